//! What the tests of generated files share: `tests/typescript.rs` and
//! `tests/vocabulary_js.rs` each keep a shipped file equal to what the engine
//! writes today, and write it anew when asked.

use std::fs;

/// Asserts that the file at `path` (from the crate's root) is `written`; with
/// the environment variable `update` set, writes it first. A stale file names
/// the command that writes it: `update=1 cargo test --test test`.
pub fn same_as_written(path: &str, written: &str, update: &str, test: &str) {
    let full = format!("{}/{path}", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os(update).is_some() {
        fs::write(&full, written).unwrap();
    }
    let shipped = fs::read_to_string(&full).unwrap();
    assert!(
        shipped == written,
        "{path} differs from what the engine writes today; run {update}=1 cargo test --test {test}"
    );
}
