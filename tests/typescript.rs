//! The TypeScript the wasm module ships is the one written from the code
//! tables: `src/wasm/types.d.ts` and `src/wasm/policy-types.d.ts`, which the
//! module includes in its `.d.ts` (`tests/js/types.test.mjs` checks the built
//! one), are what `typescript::declarations` writes today.
//! `UPDATE_TYPES=1 cargo test --test typescript` writes them anew.
#![cfg(not(target_arch = "wasm32"))]

mod generated;

use eligibility_checker::typescript::{declarations, policy_declarations};

fn same_as_written(file: &str, written: &str) {
    generated::same_as_written(&format!("src/wasm/{file}"), written, "UPDATE_TYPES", "typescript");
}

#[test]
fn the_shipped_declarations_are_the_generated_ones() {
    same_as_written("types.d.ts", &declarations());
    same_as_written("policy-types.d.ts", &policy_declarations());
}

#[test]
fn the_declarations_follow_the_tables() {
    let ts = declarations();
    // Every answer key in asking order, and no value the engine never writes.
    let keys: Vec<usize> =
        eligibility_checker::Key::ALL.iter().map(|k| ts.find(&format!("  {}", k.name())).unwrap()).collect();
    assert!(keys.windows(2).all(|w| w[0] < w[1]), "keys out of asking order");
    let reason = &ts[ts.find("export interface Reason ").unwrap()..ts.find("export interface Assessment").unwrap()];
    assert!(!reason.contains("boughtOnline"), "Reason declares boughtOnline, which no reason carries");
    assert!(ts.contains("\"withdrawal-moved-to-working-day\"") && ts.contains("\"part-not-in-product\""));
    assert!(ts.contains("export type StatutoryId = \"eu-withdrawal\" | \"eu-legal-guarantee\";"));
    assert!(policy_declarations().contains("\"season-ends-early\""));
}
