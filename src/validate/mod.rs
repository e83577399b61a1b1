//! Reading and checking a policy written as JSON (`docs/policy.md`).
//!
//! [`read`] is the one way a policy comes in from outside: it walks the JSON
//! value, reports every problem it finds with a stable [`ProblemCode`], a
//! JSON Pointer (RFC 6901) to the place and a plain message, and builds the
//! [`Policy`] only when there is none. Shape comes first (types, required
//! and unknown fields, ids, periods, dates, countries); the semantic checks
//! (references between parts of the policy, seasons, words) run on a policy
//! whose structure is right: a value of the wrong type or a missing field
//! stops them, so fixing those may show more problems; an unknown field or a
//! bad value (an id, a country, a period) does not.

mod checks;
mod problems;
mod read;
mod value;

use std::collections::HashSet;

use checks::check;
pub use problems::join;
#[cfg(not(target_arch = "wasm32"))]
use problems::problem;
pub use problems::{Path, Problem, ProblemCode};
use read::Reader;
#[cfg(not(target_arch = "wasm32"))]
pub use value::{parse, TextError};
pub use value::{Json, DEEPEST};

use crate::policy::Policy;

/// The languages the page speaks, as `www/languages.js` lists them (a test
/// holds the two lists equal; the engine is built without the page's files).
/// A policy's words must cover English; in another language missing words
/// are a warning, and the page shows the English ones.
pub const LANGUAGES: [&str; 5] = ["en", "es", "de", "fr", "it"];
/// The language whose words a policy must have: the page falls back on it.
pub const FALLBACK: &str = "en";

/// Reads a policy from JSON text.
///
/// # Errors
/// Every problem of the policy (see [`read`]); `invalid-json` alone when the
/// text is not JSON.
#[cfg(not(target_arch = "wasm32"))]
pub fn read_str(text: &str) -> Result<Policy, Vec<Problem>> {
    let whole = |code, path: &str, message: &[&str]| Err(vec![problem(code, &Path::At(path), message)]);
    match parse(text) {
        Ok(value) => read(&value),
        Err(TextError::OutOfRange(path)) => whole(ProblemCode::InvalidValue, &path, &[OUT_OF_RANGE]),
        Err(TextError::LoneSurrogate(path)) => whole(ProblemCode::InvalidValue, &path, &[LONE_SURROGATE]),
        Err(TextError::Syntax(what)) => whole(ProblemCode::InvalidJson, "", &["not JSON: ", &what]),
    }
}

/// The message of a number that no reader can hold (`1e400`).
pub const OUT_OF_RANGE: &str = "the number is out of range; a reader would make it infinite or null";
/// The message of a text with half of a UTF-16 pair.
pub const LONE_SURROGATE: &str = "the text has a lone surrogate (half of a UTF-16 pair), which no page can show";

/// Every problem of a policy given as a JSON value; empty when it is valid.
pub fn validate(value: &Json) -> Vec<Problem> {
    read(value).err().unwrap_or_default()
}

/// What a policy given as a JSON value lacks that the page makes up for
/// (words in a language other than English); they do not make it invalid,
/// and [`read`] and [`validate`] do not list them.
pub fn warnings(value: &Json) -> Vec<Problem> {
    read_all(value).2
}

/// [`warnings`] of a policy given as JSON text; none when it is not JSON.
#[cfg(not(target_arch = "wasm32"))]
pub fn warnings_str(text: &str) -> Vec<Problem> {
    parse(text).map(|value| warnings(&value)).unwrap_or_default()
}

/// Reads a policy from a JSON value, checking its shape and its meaning.
///
/// # Errors
/// Every problem found, in the order of the document for the shape, then
/// of the semantic checks; never an empty list.
pub fn read(value: &Json) -> Result<Policy, Vec<Problem>> {
    let (policy, problems, _) = read_all(value);
    match policy {
        Some(p) if problems.is_empty() => Ok(p),
        _ => Err(problems),
    }
}

/// The policy as read (when its shape is right), its problems and its warnings.
fn read_all(value: &Json) -> (Option<Policy>, Vec<Problem>, Vec<Problem>) {
    let mut r = Reader::default();
    let root = Path::At("");
    repeated_keys(value, &root, &mut r);
    let policy = r.policy(value, &root);
    if let Some(p) = &policy {
        check(p, &mut r);
    }
    (policy, r.problems, r.warnings)
}

/// Reports each key an object gives twice: JSON readers disagree on which
/// of the two counts (serde_json's `Value` and `JSON.parse` keep the last,
/// the reader here the first), so no reading is the policy's.
fn repeated_keys(value: &Json, path: &Path, r: &mut Reader) {
    match value {
        Json::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                if matches!(item, Json::Array(_) | Json::Object(_)) {
                    repeated_keys(item, &path.index(i), r);
                }
            }
        }
        Json::Object(members) => {
            // Most objects are small: looking back over their few keys
            // costs less than a set, which only a large one gets.
            let small = members.len() <= 8;
            let mut seen = HashSet::with_capacity(if small { 0 } else { members.len() });
            for (i, (key, item)) in members.iter().enumerate() {
                let here = path.key(key);
                let repeated =
                    if small { members[..i].iter().any(|(k, _)| k == key) } else { !seen.insert(key.as_str()) };
                if repeated {
                    r.report(ProblemCode::InvalidJson, &here, &["the key `", key, "` is given twice in this object"]);
                }
                if matches!(item, Json::Array(_) | Json::Object(_)) {
                    repeated_keys(item, &here, r);
                }
            }
        }
        _ => {}
    }
}

// The tests read policies from text, which only the native build does.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::policies::default_policy;

    #[test]
    fn the_builtin_policy_reads_back_as_itself() {
        let builtin = default_policy();
        let text = serde_json::to_string(builtin).unwrap();
        assert_eq!(read_str(&text).as_ref(), Ok(builtin));
    }

    /// The engine's list of languages is the page's (`www/languages.js`).
    #[test]
    fn the_languages_are_the_pages() {
        let page = include_str!("../../www/languages.js");
        let codes: Vec<&str> = page.split("code: '").skip(1).filter_map(|rest| rest.split('\'').next()).collect();
        assert_eq!(codes, LANGUAGES);
        assert_eq!(codes[0], FALLBACK);
    }

    #[test]
    fn messages_are_plain() {
        let problems = read_str(r#"{ "id": "X", "products": 3, "colour": "red" }"#).unwrap_err();
        assert!(problems.len() >= 5, "{problems:?}");
        for p in &problems {
            assert!(!p.message.ends_with('.') && p.message.chars().next().is_some_and(|c| !c.is_uppercase()), "{p}");
        }
        assert_eq!(
            ProblemCode::ALL.len(),
            ProblemCode::ALL.iter().map(|c| c.name()).collect::<std::collections::BTreeSet<_>>().len()
        );
        for code in ProblemCode::ALL {
            assert_eq!(serde_json::to_value(code).unwrap(), code.name());
        }
    }
}
