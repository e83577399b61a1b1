//! The only file that knows about JavaScript.
//!
//! Each export converts in, calls the core, converts out, crossing the
//! boundary as few times as it can: the answers come in as one string that a
//! small reader builds from the object without judging it, and the decision
//! goes out as one JSON text that `JSON.parse` turns into plain objects
//! (`null` for a missing deadline, never `undefined` or a `Map`).

use js_sys::{Error, Reflect, JSON};
use wasm_bindgen::prelude::*;

use crate::answers::{read_wire, AnswerError};
use crate::{check as check_core, default_policy, vocabulary::vocabulary as vocabulary_core};

#[cfg(feature = "policy")]
pub mod policy;

// Writes an answers object as the wire text of `answers::read_wire`,
// without throwing whatever it is given: getters that throw, proxies,
// symbols, huge strings. `undefined` values are left out (not answered yet);
// a string longer than any answer is only marked, so no huge text is copied.
#[wasm_bindgen(inline_js = r#"
const LONGEST = 64;
const counted = (s) => s.length + ":" + s;
export function readAnswers(v) {
  if (v === null) return "!null";
  if (typeof v !== "object") return "!" + typeof v;
  try {
    if (Array.isArray(v)) return "!array";
    let out = "";
    for (const k of Reflect.ownKeys(v)) {
      let key = String(k);
      if (key.length > LONGEST) key = key.slice(0, LONGEST) + "\u2026";
      let x;
      try { x = v[k]; } catch { out += "x" + counted(key); continue; }
      const t = typeof x;
      if (t === "undefined") continue;
      if (x === null) out += "z" + counted(key);
      else if (t === "boolean") out += (x ? "t" : "f") + counted(key);
      else if (t === "number") out += "n" + counted(key);
      else if (t !== "string") out += "o" + counted(key) + counted(t);
      else if (x.length > LONGEST) out += "S" + counted(key);
      else out += "s" + counted(key) + counted(x);
    }
    return out;
  } catch {
    return "!unreadable";
  }
}
"#)]
extern "C" {
    #[wasm_bindgen(js_name = readAnswers)]
    fn read_answers(value: &JsValue) -> String;
}

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** A date written YYYY-MM-DD, year 1900 to 2999. */
export type IsoDate = string;
/** The shopper's answers; every key but asOf is optional (absent or undefined: not answered yet). */
export interface Answers {
  asOf: IsoDate;
  product?: string;
  seller?: "mi-com" | "other" | string;
  country?: string;
  /** Bought at a distance (online) rather than in a shop. */
  boughtOnline?: boolean;
  receivedDate?: IsoDate;
  orderDate?: IsoDate;
  /** null: no RMA was issued. */
  rmaIssuedOn?: IsoDate | null;
  physicallyDamaged?: boolean;
  allAccessories?: boolean;
  /** The sealed packaging has been opened. */
  opened?: boolean;
  returnReason?: "defect" | "changed-mind";
  part?: string;
  /** null: this unit is not a warranty replacement. */
  replacementReceivedDate?: IsoDate | null;
  cause?: string;
  commercialUse?: boolean;
  originalPurchaser?: boolean;
}
export type Period = { days: number } | { months: number };
export interface Reason {
  code: string;
  /** A clause id of the policy. */
  clause: string;
  date?: IsoDate;
  orderDate?: IsoDate;
  product?: string;
  seller?: string;
  country?: string;
  /** Bought at a distance (online) rather than in a shop. */
  boughtOnline?: boolean;
  part?: string;
  period?: Period;
  cause?: string;
}
export interface Assessment {
  outcome: "eligible" | "not-eligible" | "undetermined";
  deadline: IsoDate | null;
  reasons: Reason[];
  conditions: Reason[];
}
export interface Question {
  id: Exclude<keyof Answers, "asOf">;
  kind: "choice" | "date" | "yes-no" | "date-or-none";
  options: string[] | null;
}
export interface Step {
  code: string;
  clause: string;
  date?: IsoDate;
  /** The address to write to. */
  contact?: string;
}
/** A right the law gives beside the policy; its reasons cite provisions of law (see Vocabulary.citations). */
export interface StatutoryAssessment extends Assessment {
  id: "eu-withdrawal" | "eu-legal-guarantee";
  /** Who owes it: the shop that sold the product. */
  contact: "seller";
}
export interface Decision {
  return: Assessment;
  warranty: Assessment;
  questions: Question[];
  nextSteps: Step[];
  /** Present for the EU member states; empty elsewhere. */
  statutory: StatutoryAssessment[];
  /** What the law says of the policy's terms (the US notes); each reason's clause is a citation id. */
  notices: Reason[];
}
export type ErrorCode =
  | "invalid-answers" | "missing-as-of" | "unknown-key" | "wrong-type" | "invalid-date"
  | "date-out-of-range" | "unknown-option" | "part-not-in-product" | "date-after-as-of"
  | "order-after-receipt" | "before-receipt" | "unreadable-answer";
/** What `check` throws for malformed answers. */
export interface CheckError extends Error {
  code: ErrorCode;
  /** The answer key at fault; null when the whole value is not an answers object. */
  field: string | null;
}
export interface Vocabulary {
  questions: Question[];
  reasons: string[];
  conditions: string[];
  steps: string[];
  errors: ErrorCode[];
  clauses: { id: string; kind: "rule" | "condition" | "info" }[];
  notices: string[];
  citations: { id: string; kind: "rule" | "condition" | "info"; source: string }[];
  /** The ids of the assessments a decision can hold. */
  assessments: ["return", "warranty", "eu-withdrawal", "eu-legal-guarantee"];
  /** The policy's support address. */
  contact: string;
}
"#;

/// Decides `answers` under the default policy.
///
/// Throws a [`CheckError`] (an `Error` with `code` and `field`) for malformed answers.
#[wasm_bindgen(unchecked_return_type = "Decision")]
pub fn check(#[wasm_bindgen(unchecked_param_type = "Answers")] answers: &JsValue) -> Result<JsValue, JsValue> {
    let entries = read_wire(&read_answers(answers)).map_err(|e| error(&e))?;
    let decision = check_core(default_policy(), &entries).map_err(|e| error(&e))?;
    decision_to_js(&decision)
}

/// Every question, option, code and clause id of the default policy.
#[wasm_bindgen(unchecked_return_type = "Vocabulary")]
pub fn vocabulary() -> Result<JsValue, JsValue> {
    JSON::parse(&crate::json::vocabulary(&vocabulary_core(default_policy())))
}

/// A decision goes out as JSON text from the engine's own writer
/// ([`crate::json`]), the hot path of every check.
fn decision_to_js(decision: &crate::Decision<'_>) -> Result<JsValue, JsValue> {
    JSON::parse(&crate::json::decision(decision))
}

/// Every other value (the policy exports') goes out as JSON text from its
/// `Serialize`, parsed by the engine's host.
#[cfg(feature = "policy")]
fn to_js<T: serde::Serialize>(value: &T) -> Result<JsValue, JsValue> {
    // Serialising the engine's own types cannot fail: they have only string keys.
    let text =
        serde_json::to_string(value).map_err(|_| JsValue::from(Error::new("the decision could not be written")))?;
    JSON::parse(&text)
}

/// A JavaScript `Error` with the stable `code` and the `field` at fault.
fn error(e: &AnswerError) -> JsValue {
    let err = Error::new(&e.to_string());
    let field = e.field.as_deref().map_or(JsValue::NULL, JsValue::from_str);
    // Setting a property on a fresh Error cannot fail.
    let _ = Reflect::set(&err, &JsValue::from_str("code"), &JsValue::from_str(e.code.name()));
    let _ = Reflect::set(&err, &JsValue::from_str("field"), &field);
    err.into()
}
