//! The only file that knows about JavaScript.
//!
//! Each export converts in, calls the core, converts out. Every value goes
//! out through one converter, serde-wasm-bindgen's JSON-compatible
//! serializer ([`to_js`]): plain objects and arrays, `null` for a missing
//! deadline, never `undefined` or a `Map`. The answers come in through a
//! small reader on `js_sys` ([`read_answers`]), for reasons it gives.

use js_sys::{Array, Error, JsString, Reflect};
use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::answers::{AnswerError, ErrorCode, RawValue};
use crate::iso_countries::as_listed;
use crate::texts::remember;
use crate::{check as check_core, default_policy, Decision, Reason};

#[cfg(feature = "policy")]
pub mod policy;

// The declarations of every value that crosses, written from the code
// tables by `tests/typescript.rs` (which fails when this file is stale).
#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = include_str!("types.d.ts");

#[wasm_bindgen]
extern "C" {
    // `Array.isArray` with its throw caught: a revoked proxy throws.
    #[wasm_bindgen(js_namespace = Array, js_name = isArray, catch)]
    fn is_array(value: &JsValue) -> Result<bool, JsValue>;
}

/// Decides `answers` under the default policy.
///
/// Throws a [`CheckError`] (an `Error` with `code` and `field`) for malformed answers.
#[wasm_bindgen(unchecked_return_type = "Decision")]
pub fn check(#[wasm_bindgen(unchecked_param_type = "Answers")] answers: &JsValue) -> Result<JsValue, JsValue> {
    let entries = read_answers(answers).map_err(|e| error(&e))?;
    let decision = check_core(default_policy(), &entries).map_err(|e| error(&e))?;
    remember_texts(&decision);
    to_js(&decision)
}

/// Remembers the texts of a decision under the default policy, which all
/// live as long as the module (the type says so), so that they go out as
/// JavaScript strings made once ([`crate::texts`]). The country question's
/// 249 options are the ISO list's own and need no remembering.
fn remember_texts(decision: &Decision<'static>) {
    let reasons = |list: &[Reason<'static>]| {
        for r in list {
            remember(r.code);
            remember(r.clause);
            for text in [r.product, r.seller, r.country, r.part, r.cause].into_iter().flatten() {
                remember(text);
            }
        }
    };
    for a in [&decision.returns, &decision.warranty] {
        reasons(&a.reasons);
        reasons(&a.conditions);
    }
    for s in &decision.statutory {
        reasons(&s.reasons);
        reasons(&s.conditions);
    }
    reasons(&decision.notices);
    for step in &decision.next_steps {
        remember(step.code);
        remember(step.clause);
        if let Some(contact) = step.contact {
            remember(contact);
        }
    }
    for q in &decision.questions {
        q.options.iter().flatten().filter(|o| as_listed(o).is_none()).for_each(|o| remember(o));
    }
}

/// Every question, option, code and clause id of the default policy.
///
/// In the custom-policy module only. The page's module leaves it out: the
/// default policy's vocabulary never changes, so the page and the npm
/// package's `eligibility-checker/engine` carry it as data,
/// `www/vocabulary.js`, written from this same function by
/// `tests/vocabulary_js.rs`. Measured, gzip -9: the page's module
/// 32,560 -> 29,523 B without it.
#[cfg(feature = "policy")]
#[wasm_bindgen(unchecked_return_type = "Vocabulary")]
pub fn vocabulary() -> Result<JsValue, JsValue> {
    to_js(&crate::vocabulary::vocabulary(default_policy()))
}

/// The one converter out: JSON-compatible (missing values as `null`, maps as
/// plain objects, numbers as numbers). serde-wasm-bindgen makes each field
/// name once per module and reuses it.
fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsValue> {
    value.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).map_err(JsValue::from)
}

/// The id `scripts/build.sh` stamps into this build (`EC_BUILD_ID`, also in
/// the page's `pkg/build.js`), so that the page never runs with the engine of
/// another deploy; `dev` when built without it.
#[wasm_bindgen(js_name = buildId)]
pub fn build_id() -> String {
    option_env!("EC_BUILD_ID").unwrap_or("dev").to_string()
}

/// The longest answer text read: a longer one is no option and no date, so
/// its text is not copied (a 10 MB string costs nothing).
const LONGEST: u32 = 64;

/// Reads an answers object into the core's raw answers, judging nothing.
///
/// Why not `serde_wasm_bindgen::from_value`: the contract tells `undefined`
/// (not answered yet) from `null` ("none"), which serde-wasm-bindgen reads
/// alike; an unknown key must be an error, which it skips; and its
/// `Object.entries` would let a throwing getter or proxy trap throw through
/// the module's frames. Here every read that can throw is a `Reflect` call
/// whose throw comes back as a `Result`.
///
/// # Errors
/// `invalid-answers` for a value that is not a plain object (null, an
/// array, a primitive, a function); `unreadable-answer` when listing its keys
/// threw. Keys are its own string keys, as `Reflect.ownKeys` lists them;
/// symbol keys are no answers and are passed over, as `JSON.stringify` does.
fn read_answers(value: &JsValue) -> Result<Vec<(String, RawValue)>, AnswerError> {
    let whole = |code| AnswerError::new(code, None);
    if !value.is_object() {
        return Err(whole(ErrorCode::InvalidAnswers));
    }
    match is_array(value) {
        Ok(false) => {}
        Ok(true) => return Err(whole(ErrorCode::InvalidAnswers)),
        Err(_) => return Err(whole(ErrorCode::UnreadableAnswer)),
    }
    let keys: Array = Reflect::own_keys(value).map_err(|_| whole(ErrorCode::UnreadableAnswer))?.unchecked_into();
    let mut entries = Vec::with_capacity(keys.length() as usize);
    for key in keys.iter() {
        let Some(name) = key.dyn_ref::<JsString>() else { continue };
        let raw = match Reflect::get(value, &key) {
            Err(_) => RawValue::Unreadable,
            Ok(v) if v.is_undefined() => continue,
            Ok(v) => raw_value(&v),
        };
        entries.push((short_text(name), raw));
    }
    Ok(entries)
}

/// One answer as the core reads it, by its JavaScript type. A string
/// first: most answers are one, and each question asked of JavaScript is a
/// call out of the module.
fn raw_value(v: &JsValue) -> RawValue {
    if let Some(s) = v.dyn_ref::<JsString>() {
        if s.length() > LONGEST {
            RawValue::LongStr
        } else {
            RawValue::Str(String::from(s))
        }
    } else if v.is_null() {
        RawValue::Null
    } else if let Some(b) = v.as_bool() {
        RawValue::Bool(b)
    } else if v.as_f64().is_some() {
        RawValue::Number
    } else {
        RawValue::Other(v.js_typeof().as_string().unwrap_or_default())
    }
}

/// A key's text, cut after [`LONGEST`] UTF-16 units (marked `…`): no key is
/// that long, and the error names it by its beginning.
fn short_text(s: &JsString) -> String {
    if s.length() <= LONGEST {
        return String::from(s);
    }
    String::from(s.slice(0, LONGEST)) + "\u{2026}"
}

/// A JavaScript `Error` with the stable `code` and the `field` at fault.
fn error(e: &AnswerError) -> JsValue {
    let err = Error::new(&e.message());
    let field = e.field.as_deref().map_or(JsValue::NULL, JsValue::from_str);
    // Setting a property on a fresh Error cannot fail.
    let _ = Reflect::set(&err, &JsValue::from_str("code"), &JsValue::from_str(e.code.name()));
    let _ = Reflect::set(&err, &JsValue::from_str("field"), &field);
    err.into()
}

/// The allocator: talc in place of the default dlmalloc, for a smaller module.
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
