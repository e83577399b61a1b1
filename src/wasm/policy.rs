//! The policy exports: `defaultPolicy()`, `validatePolicy(p)` and the
//! `Checker` class, a checker bound to a policy given as data.
//!
//! A policy comes in as the object the page parsed (its `JSON.parse` of the
//! policy file, or `el.policy = {...}`), walked once at the boundary into
//! the value [`crate::validate`] reads, so the policy the engine checks and
//! uses is the one the page shows its words from; every problem has a JSON
//! Pointer. Values go out through the module's one converter.

use js_sys::{Array, Error, JsString, Reflect};
use wasm_bindgen::prelude::*;

use super::{error, is_array, read_answers, to_js};
use crate::policy::Policy;
use crate::validate::{self, Json, Path, Problem, ProblemCode, DEEPEST, LONE_SURROGATE, OUT_OF_RANGE};
use crate::{default_policy, vocabulary::vocabulary as vocabulary_core};

// The policy's declarations, written from the code tables with the rest
// (`tests/typescript.rs`).
#[wasm_bindgen(typescript_custom_section)]
const POLICY_TYPES: &'static str = include_str!("policy-types.d.ts");

#[wasm_bindgen]
extern "C" {
    // `Object.keys` with its throw caught: a proxy's trap may throw.
    #[wasm_bindgen(js_namespace = Object, js_name = keys, catch)]
    fn object_keys(value: &JsValue) -> Result<Array, JsValue>;
}

/// The built-in policy as a plain object; it passes `validatePolicy`.
#[wasm_bindgen(js_name = defaultPolicy, unchecked_return_type = "Policy")]
pub fn default_policy_js() -> Result<JsValue, JsValue> {
    to_js(default_policy())
}

/// Every problem of `policy`, each with a code, a JSON path and a message;
/// `[]` for a valid policy.
#[wasm_bindgen(js_name = validatePolicy, unchecked_return_type = "PolicyProblem[]")]
pub fn validate_policy(#[wasm_bindgen(unchecked_param_type = "unknown")] policy: &JsValue) -> Result<JsValue, JsValue> {
    to_js(&read(policy).err().unwrap_or_default())
}

/// What `policy` lacks that the page makes up for (words in a language other
/// than English, shown in English), as `validatePolicy` lists problems; they
/// do not make it invalid. `[]` when there are none or the policy is not JSON.
#[wasm_bindgen(js_name = policyWarnings, unchecked_return_type = "PolicyProblem[]")]
pub fn policy_warnings(#[wasm_bindgen(unchecked_param_type = "unknown")] policy: &JsValue) -> Result<JsValue, JsValue> {
    let mut walk = Walk { problems: Vec::new() };
    let warnings = match walk.value(policy, &Path::At(""), 0) {
        Some(json) if walk.problems.is_empty() => validate::warnings(&json),
        _ => Vec::new(),
    };
    to_js(&warnings)
}

/// A checker bound to a policy, validated once when it is built.
#[wasm_bindgen]
pub struct Checker {
    policy: Policy,
}

#[wasm_bindgen]
impl Checker {
    /// Reads and validates `policy`; throws a `PolicyError` (code
    /// `invalid-policy`, with every problem) when it is not valid.
    #[wasm_bindgen(constructor)]
    pub fn new(#[wasm_bindgen(unchecked_param_type = "Policy")] policy: &JsValue) -> Result<Checker, JsValue> {
        match read(policy) {
            Ok(policy) => Ok(Checker { policy }),
            Err(problems) => Err(policy_error(&problems)),
        }
    }

    /// Decides `answers` under this checker's policy, as `check` does under
    /// the default one; answers are checked against this policy's products,
    /// parts, sellers, countries and causes.
    ///
    /// Throws a `CheckError` for malformed answers.
    #[wasm_bindgen(unchecked_return_type = "Decision")]
    pub fn check(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Answers")] answers: &JsValue,
    ) -> Result<JsValue, JsValue> {
        let entries = read_answers(answers).map_err(|e| error(&e))?;
        let decision = crate::check(&self.policy, &entries).map_err(|e| error(&e))?;
        to_js(&decision)
    }

    /// Every question, option, code and clause id of this checker's policy.
    #[wasm_bindgen(unchecked_return_type = "Vocabulary")]
    pub fn vocabulary(&self) -> Result<JsValue, JsValue> {
        to_js(&vocabulary_core(&self.policy))
    }

    /// The policy's id.
    #[wasm_bindgen(getter, js_name = policyId)]
    pub fn policy_id(&self) -> String {
        self.policy.id.to_string()
    }
}

/// Reads and validates a policy given as any JavaScript value.
fn read(value: &JsValue) -> Result<Policy, Vec<Problem>> {
    let mut walk = Walk { problems: Vec::new() };
    if value.is_undefined() {
        walk.unreadable(&Path::At(""), "undefined is not a policy");
    }
    let json = walk.value(value, &Path::At(""), 0);
    match json {
        Some(json) if walk.problems.is_empty() => validate::read(&json),
        _ => Err(walk.problems),
    }
}

/// The walk of a JavaScript value into the [`Json`] the validator reads:
/// the own enumerable string keys of objects, as `JSON.stringify` takes
/// them (a member whose value is `undefined` is absent). What JSON cannot
/// hold, or a read that throws, stops the walk with a problem: a lone
/// surrogate or a number out of range (what `JSON.parse` makes of `1e400`)
/// at its pointer; a value that is no JSON data (a function, a symbol, a
/// BigInt, nesting past 64, so a cycle too) or a throwing read as
/// `invalid-json` of the whole policy, naming the place. Every read that can
/// throw comes back as a `Result`, so no throw crosses the module's frames.
struct Walk {
    problems: Vec<Problem>,
}

impl Walk {
    fn unreadable(&mut self, path: &Path, what: &str) {
        let path = path.pointer();
        let at = if path.is_empty() { "" } else { " at " };
        let message = ["the policy cannot be read as JSON", at, &path, ": ", what].concat();
        self.problems.push(Problem { code: ProblemCode::InvalidJson, path: String::new(), message });
    }

    fn invalid(&mut self, path: &Path, message: &str) {
        self.problems.push(Problem {
            code: ProblemCode::InvalidValue,
            path: path.pointer(),
            message: message.to_owned(),
        });
    }

    fn value(&mut self, v: &JsValue, path: &Path, depth: usize) -> Option<Json> {
        self.member(v, path, depth).map(|m| m.unwrap_or(Json::Null))
    }

    /// A value as an object's member: `Some(None)` for `undefined`, which
    /// makes the member absent (elsewhere it reads as `null`).
    fn member(&mut self, v: &JsValue, path: &Path, depth: usize) -> Option<Option<Json>> {
        if depth > DEEPEST {
            self.unreadable(path, "nested more than 64 deep");
            return None;
        }
        // The kinds a policy is made of first: each test is a call out of
        // the module, and a string's comes with its text.
        if let Some(text) = v.as_string() {
            return self.whole(&text, v.unchecked_ref(), path).then_some(Some(Json::Str(text)));
        }
        if v.is_object() {
            return match is_array(v) {
                Ok(true) => self.array(v, path, depth).map(Some),
                Ok(false) => self.object(v, path, depth).map(Some),
                Err(_) => {
                    self.unreadable(path, "reading it threw");
                    None
                }
            };
        }
        if let Some(n) = v.as_f64() {
            if !n.is_finite() {
                self.invalid(path, OUT_OF_RANGE);
                return None;
            }
            return Some(Some(Json::number(n)));
        }
        if let Some(b) = v.as_bool() {
            return Some(Some(Json::Bool(b)));
        }
        if v.is_null() {
            return Some(Some(Json::Null));
        }
        if v.is_undefined() {
            return Some(None);
        }
        self.unreadable(path, "a function, a symbol or a BigInt is no JSON data");
        None
    }

    /// Whether `text`, read from `s`, is all of it: a lone surrogate would
    /// reach Rust as U+FFFD, so a text that has one (rare) is checked unit
    /// by unit, and reported.
    fn whole(&mut self, text: &str, s: &JsString, path: &Path) -> bool {
        // U+FFFD is EF BF BD in UTF-8: a scan for its first byte is cheaper
        // than `contains('\u{FFFD}')`, which builds a substring searcher for
        // every text (measured in a 10,000-part policy's validation).
        if text.bytes().any(|b| b == 0xEF) && text.contains('\u{FFFD}') && !s.is_valid_utf16() {
            self.invalid(path, LONE_SURROGATE);
            return false;
        }
        true
    }

    fn array(&mut self, v: &JsValue, path: &Path, depth: usize) -> Option<Json> {
        let Some(length) = self.got(Reflect::get(v, &JsValue::from_str("length")), path).and_then(|l| l.as_f64())
        else {
            self.unreadable(path, "an array without a length");
            return None;
        };
        let mut items = Vec::new();
        let mut i = 0;
        while f64::from(i) < length {
            let here = path.index(i as usize);
            let item = self.got(Reflect::get_u32(v, i), &here)?;
            items.push(self.value(&item, &here, depth + 1)?);
            i += 1;
        }
        Some(Json::Array(items))
    }

    fn object(&mut self, v: &JsValue, path: &Path, depth: usize) -> Option<Json> {
        let Ok(keys) = object_keys(v) else {
            self.unreadable(path, "listing its keys threw");
            return None;
        };
        let mut members = Vec::with_capacity(keys.length() as usize);
        for key in keys.iter() {
            let text = key.as_string()?;
            let here = path.key(&text);
            if !self.whole(&text, key.unchecked_ref(), &here) {
                return None;
            }
            let item = self.got(Reflect::get(v, &key), &here)?;
            if let Some(item) = self.member(&item, &here, depth + 1)? {
                members.push((text, item));
            }
        }
        Some(Json::Object(members))
    }

    /// What a read gave, or `None` when it threw, reported.
    fn got(&mut self, read: Result<JsValue, JsValue>, path: &Path) -> Option<JsValue> {
        match read {
            Ok(item) => Some(item),
            Err(_) => {
                self.unreadable(path, "reading it threw");
                None
            }
        }
    }
}

/// A JavaScript `Error` with `code: "invalid-policy"` and every problem.
fn policy_error(problems: &[Problem]) -> JsValue {
    let first = problems.first().map(ToString::to_string).unwrap_or_default();
    let err = Error::new(&format!("invalid policy ({} problems): {first}", problems.len()));
    let list = to_js(&problems).unwrap_or(JsValue::NULL);
    // Setting a property on a fresh Error cannot fail.
    let _ = Reflect::set(&err, &JsValue::from_str("code"), &JsValue::from_str("invalid-policy"));
    let _ = Reflect::set(&err, &JsValue::from_str("problems"), &list);
    err.into()
}
