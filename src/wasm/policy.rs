//! The policy exports: `defaultPolicy()`, `validatePolicy(p)` and the
//! `Checker` class, a checker bound to a policy given as data.
//!
//! A policy comes in as one JSON text (`JSON.stringify`, whose throws are
//! caught), read by [`crate::validate`] so that every problem has a JSON
//! path; values go out as the rest of the module's do, as JSON text parsed by
//! `JSON.parse`.

use js_sys::{Error, Reflect, JSON};
use wasm_bindgen::prelude::*;

use super::{decision_to_js, error, read_answers, to_js};
use crate::answers::read_wire;
use crate::policy::Policy;
use crate::validate::{self, Problem, ProblemCode};
use crate::{default_policy, vocabulary::vocabulary as vocabulary_core};

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** A day of the year written MM-DD. */
export type MonthDay = string;
/** When a condition applies: always, or when one answer has this value. */
export type PolicyWhen = "always" | { returnReason: "defect" | "changed-mind" } | { cause: string } | { seller: string };
export interface PolicyCondition {
  /** The code the page words (`words.<lang>.conditions.<code>`). */
  code: string;
  /** A clause id of the policy. */
  clause: string;
  when?: PolicyWhen;
}
/** Words for the page in one language, shaped as the page's locale files. */
export interface PolicyWords {
  [key: string]: string | string[] | PolicyWords;
}
/** A return and warranty policy as data (docs/policy.md, docs/policy.schema.json). */
export interface Policy {
  id: string;
  contact: { email: string; clause: string };
  /** The countries the shopper may name; absent or null: any. */
  countries?: string[] | null;
  /** Every part id, in the order the page offers them. */
  parts: string[];
  products: {
    id: string;
    parts: { id: string; warranty: Period }[];
    hygieneSealed?: boolean;
    /** The clause that sells it as final sale: no return. */
    finalSale?: string | null;
  }[];
  return: {
    sellers: string[];
    sellersClause: string;
    window: { period: Period; clause: string };
    seasonal?: { orderedFrom: MonthDay; orderedTo: MonthDay; lastDay: MonthDay; yearsAfter: number; clause: string }[];
    rma?: { requestClause: string; validity: Period; validityClause: string } | null;
    conditionClause?: string | null;
    accessoriesClause?: string | null;
    opened?: { clause: string; refused: true } | { clause: string; condition: string } | null;
    conditions?: PolicyCondition[];
  };
  warranty: {
    coverageClause: string;
    periodsClause: string;
    serviceOrderClause: string;
    originalPurchaserOnly: boolean;
    jurisdictions: string[];
    jurisdictionClause: string;
    replacement?: { period: Period; clause: string } | null;
    commercialUseClause?: string | null;
    brandClause?: string | null;
    conditions?: PolicyCondition[];
  };
  causes: { id: string; excluded: boolean; clause: string }[];
  clauses: { id: string; kind: "rule" | "condition" | "info" }[];
  /** Words by language (en, es, de), extending and overriding the page's. */
  words?: { [lang: string]: PolicyWords };
}
export type PolicyProblemCode =
  | "invalid-json" | "wrong-type" | "missing-field" | "unknown-field" | "invalid-value" | "invalid-id"
  | "duplicate-id" | "reserved-id" | "empty-list" | "non-positive-period" | "unknown-country"
  | "undefined-part" | "unused-part" | "undefined-clause" | "undefined-cause" | "undefined-seller"
  | "cause-without-clause" | "overlapping-seasons" | "season-ends-early" | "unreachable-warranty" | "missing-language"
  | "missing-words";
export interface PolicyProblem {
  code: PolicyProblemCode;
  /** A JSON Pointer to the value at fault; "" for the whole policy. */
  path: string;
  message: string;
}
/** What `new Checker(policy)` throws for an invalid policy. */
export interface PolicyError extends Error {
  code: "invalid-policy";
  /** Every problem, as validatePolicy returns them. */
  problems: PolicyProblem[];
}
"#;

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
        let entries = read_wire(&read_answers(answers)).map_err(|e| error(&e))?;
        let decision = crate::check(&self.policy, &entries).map_err(|e| error(&e))?;
        decision_to_js(&decision)
    }

    /// Every question, option, code and clause id of this checker's policy.
    #[wasm_bindgen(unchecked_return_type = "Vocabulary")]
    pub fn vocabulary(&self) -> Result<JsValue, JsValue> {
        to_js(&vocabulary_core(&self.policy))
    }

    /// The policy's id.
    #[wasm_bindgen(getter, js_name = policyId)]
    pub fn policy_id(&self) -> String {
        self.policy.id.clone()
    }
}

/// Reads a policy from any JavaScript value, through `JSON.stringify`.
fn read(value: &JsValue) -> Result<Policy, Vec<Problem>> {
    let whole = |message: &str| {
        vec![Problem { code: ProblemCode::InvalidJson, path: String::new(), message: message.to_owned() }]
    };
    // Throws on cycles, BigInts and throwing getters; `undefined`, functions
    // and symbols give no text at all.
    let text = JSON::stringify(value).map_err(|_| whole("the policy cannot be written as JSON"))?;
    let text = text.as_string().ok_or_else(|| whole("the policy must be a JSON object"))?;
    validate::read_str(&text)
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
