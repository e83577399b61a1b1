//! The value the validator walks: a tree of [`Json`] values in the
//! document's order, whole numbers apart from the rest.
//!
//! It comes from one of two readers, each of which reports what JSON alone
//! cannot say with a pointer to the place:
//! - in the wasm module, the page's own parsed object, walked at the
//!   boundary (`wasm::policy`), so the policy the engine checks is the one
//!   the page shows;
//! - natively, JSON text read by serde_json ([`parse`]): files, the command
//!   line, the tests.

/// How deep arrays and objects may nest: well past any policy, well short of
/// the stack.
pub const DEEPEST: usize = 64;

/// A JSON value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Json {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A whole number that fits an `i64`.
    Int(i64),
    /// Any other number: a fraction, an exponent, or too large.
    Fraction,
    /// A string.
    Str(String),
    /// An array.
    Array(Vec<Json>),
    /// An object's members in the document's order (a repeated key is kept
    /// twice, and reported; [`Json::get`] finds the first).
    Object(Vec<(String, Json)>),
}

impl Json {
    /// The member `key` of an object.
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(members) => members.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// The name of its type, for messages.
    pub fn type_name(&self) -> &'static str {
        match self {
            Json::Null => "null",
            Json::Bool(_) => "a boolean",
            Json::Int(_) | Json::Fraction => "a number",
            Json::Str(_) => "a string",
            Json::Array(_) => "an array",
            Json::Object(_) => "an object",
        }
    }

    /// A number as the value keeps it: whole numbers that fit, the rest
    /// apart (the caller has refused infinities and NaN already).
    pub fn number(n: f64) -> Json {
        // 2^63: every whole f64 below it in magnitude fits an i64.
        const LIMIT: f64 = 9_223_372_036_854_775_808.0;
        if n.fract() == 0.0 && n.abs() < LIMIT {
            // Whole and in range, so the conversion is exact.
            Json::Int(n as i64)
        } else {
            Json::Fraction
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub use text::{parse, TextError};

/// JSON text through serde_json, keeping what serde_json's own `Value`
/// would lose: every member of an object (a repeated key too, which
/// `Value` overwrites), their order, and where in the document a number out
/// of range or a lone surrogate stopped the reading.
#[cfg(not(target_arch = "wasm32"))]
mod text {
    use std::cell::RefCell;
    use std::fmt;

    use serde::de::{DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};

    use super::{Json, DEEPEST};
    use crate::validate::problems::join;

    /// Why a text could not be read.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum TextError {
        /// A number too large for a double (`1e400`), at this JSON Pointer.
        OutOfRange(String),
        /// A `\uD800` escape without its other half, at this JSON Pointer.
        LoneSurrogate(String),
        /// Not JSON: serde_json's message, with the line and column.
        Syntax(String),
    }

    /// Reads a JSON text (RFC 8259) with whitespace around it.
    ///
    /// # Errors
    /// A [`TextError`] for a text that is not JSON, nests deeper than
    /// [`DEEPEST`], or holds what a policy cannot be read with.
    pub fn parse(text: &str) -> Result<Json, TextError> {
        let steps = RefCell::new(Vec::new());
        let mut de = serde_json::Deserializer::from_str(text);
        let read = Seed { steps: &steps, depth: 0 }.deserialize(&mut de).and_then(|v| de.end().map(|()| v));
        read.map_err(|e| {
            let message = e.to_string();
            // The steps still stand where the reading stopped.
            let pointer = steps.borrow().iter().fold(String::new(), |path, step: &String| join(&path, step));
            if message.starts_with("number out of range") {
                TextError::OutOfRange(pointer)
            } else if message.contains("surrogate") || message.starts_with("unexpected end of hex escape") {
                // serde_json's words for a first half without its second.
                TextError::LoneSurrogate(pointer)
            } else {
                TextError::Syntax(message)
            }
        })
    }

    /// One value, at the path `steps` holds: each array index and member
    /// key is pushed on the way in and popped once read, so after an error
    /// they are the path to the value that failed.
    #[derive(Clone, Copy)]
    struct Seed<'s> {
        steps: &'s RefCell<Vec<String>>,
        depth: usize,
    }

    impl<'de> DeserializeSeed<'de> for Seed<'_> {
        type Value = Json;

        fn deserialize<D: Deserializer<'de>>(self, de: D) -> Result<Json, D::Error> {
            if self.depth > DEEPEST {
                return Err(serde::de::Error::custom("nested too deeply"));
            }
            de.deserialize_any(self)
        }
    }

    impl Seed<'_> {
        fn inner(self) -> Self {
            Seed { steps: self.steps, depth: self.depth + 1 }
        }
    }

    impl<'de> Visitor<'de> for Seed<'_> {
        type Value = Json;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a JSON value")
        }

        fn visit_unit<E>(self) -> Result<Json, E> {
            Ok(Json::Null)
        }

        fn visit_bool<E>(self, b: bool) -> Result<Json, E> {
            Ok(Json::Bool(b))
        }

        fn visit_i64<E>(self, n: i64) -> Result<Json, E> {
            Ok(Json::Int(n))
        }

        fn visit_u64<E>(self, n: u64) -> Result<Json, E> {
            Ok(i64::try_from(n).map_or(Json::Fraction, Json::Int))
        }

        fn visit_f64<E>(self, _: f64) -> Result<Json, E> {
            Ok(Json::Fraction)
        }

        fn visit_str<E>(self, s: &str) -> Result<Json, E> {
            Ok(Json::Str(s.to_owned()))
        }

        fn visit_string<E>(self, s: String) -> Result<Json, E> {
            Ok(Json::Str(s))
        }

        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Json, A::Error> {
            let mut items = Vec::new();
            loop {
                self.steps.borrow_mut().push(items.len().to_string());
                let item = seq.next_element_seed(self.inner())?;
                self.steps.borrow_mut().pop();
                match item {
                    Some(v) => items.push(v),
                    None => return Ok(Json::Array(items)),
                }
            }
        }

        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Json, A::Error> {
            let mut members = Vec::new();
            while let Some(key) = map.next_key::<String>()? {
                self.steps.borrow_mut().push(key.clone());
                let value = map.next_value_seed(self.inner())?;
                self.steps.borrow_mut().pop();
                members.push((key, value));
            }
            Ok(Json::Object(members))
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        fn s(text: &str) -> Json {
            Json::Str(text.to_owned())
        }

        #[test]
        fn reads_json_in_order_with_every_member() {
            assert_eq!(
                parse(r#" {"b": [true, false, -12, 0], "a": null, "b": "x\u00e9"} "#).unwrap(),
                Json::Object(vec![
                    ("b".into(), Json::Array(vec![Json::Bool(true), Json::Bool(false), Json::Int(-12), Json::Int(0)])),
                    ("a".into(), Json::Null),
                    ("b".into(), s("x\u{e9}")),
                ])
            );
            assert_eq!(parse("[1.5, 1e3, 99999999999999999999]").unwrap(), Json::Array(vec![Json::Fraction; 3]));
        }

        #[test]
        fn says_where_a_number_or_a_surrogate_stopped_it() {
            assert_eq!(parse(r#"{"a": [1, {"x/y": 1e400}]}"#), Err(TextError::OutOfRange("/a/1/x~1y".to_owned())));
            assert_eq!(parse(r#"{"words": {"en": "\ud800"}}"#), Err(TextError::LoneSurrogate("/words/en".to_owned())));
            assert_eq!(parse(r#"["\udc00x"]"#), Err(TextError::LoneSurrogate("/0".to_owned())));
            // A pair is one character.
            assert_eq!(parse(r#""\ud83d\ude00""#), Ok(s("\u{1F600}")));
        }

        #[test]
        fn refuses_what_is_not_json() {
            for bad in ["", "{", "[1,]", "{\"a\" 1}", "nul", "01", "\"\\x\"", "[] []", "'a'"] {
                assert!(matches!(parse(bad), Err(TextError::Syntax(_))), "{bad}");
            }
            let deep = format!("{}{}", "[".repeat(70), "]".repeat(70));
            assert!(matches!(parse(&deep), Err(TextError::Syntax(m)) if m.contains("nested too deeply")));
        }
    }
}
