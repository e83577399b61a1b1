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
// The engine's own JSON reader (see docs/policy.md, "Size"); its value type
// is public as what `read` takes.
mod json;
mod problems;
mod read;

use checks::check;
pub use json::Json;
use problems::problem;
pub use problems::{Problem, ProblemCode};
use read::Reader;

use crate::policy::Policy;

/// The languages the page speaks; a policy's words must cover each.
pub const LANGUAGES: [&str; 3] = ["en", "es", "de"];

/// Reads a policy from JSON text.
///
/// # Errors
/// Every problem of the policy (see [`read`]); `invalid-json` alone when the
/// text is not JSON.
pub fn read_str(text: &str) -> Result<Policy, Vec<Problem>> {
    match json::parse(text) {
        Ok(value) => read(&value),
        Err((what, _)) => Err(vec![problem(ProblemCode::InvalidJson, "", &["not JSON: ", what])]),
    }
}

/// Every problem of a policy given as a JSON value; empty when it is valid.
pub fn validate(value: &Json) -> Vec<Problem> {
    read(value).err().unwrap_or_default()
}

/// Reads a policy from a JSON value, checking its shape and its meaning.
///
/// # Errors
/// Every problem found, in the order of the document for the shape, then
/// of the semantic checks; never an empty list.
pub fn read(value: &Json) -> Result<Policy, Vec<Problem>> {
    let mut r = Reader::default();
    let policy = r.policy(value, "");
    if let Some(p) = &policy {
        check(p, &mut r);
    }
    match policy {
        Some(p) if r.problems.is_empty() => Ok(p),
        _ => Err(r.problems),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policies::default_policy;

    #[test]
    fn the_builtin_policy_reads_back_as_itself() {
        let builtin = default_policy();
        let text = serde_json::to_string(builtin).unwrap();
        assert_eq!(read_str(&text).as_ref(), Ok(builtin));
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
