//! Answers written as JSON (the scenario tables), as the engine's raw
//! answers: what the wasm boundary would read from the same object.

use eligibility_checker::RawValue;
use serde_json::Value;

/// The answers object's keys and values, in serde_json's order of keys.
pub fn entries(answers: &Value) -> Vec<(String, RawValue)> {
    let Value::Object(map) = answers else { panic!("answers must be an object") };
    map.iter()
        .map(|(k, v)| {
            let raw = match v {
                Value::Null => RawValue::Null,
                Value::Bool(b) => RawValue::Bool(*b),
                Value::String(s) => RawValue::Str(s.clone()),
                Value::Number(_) => RawValue::Number,
                Value::Array(_) | Value::Object(_) => RawValue::Other("object".into()),
            };
            (k.clone(), raw)
        })
        .collect()
}
