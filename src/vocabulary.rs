//! Every code, question, option and clause id a policy can put in front of
//! a shopper: what the page's locale files must have words for.

use serde::Serialize;

use crate::answers::{Answers, ErrorCode, Key};
use crate::decision::{NoticeCode, Question, ReasonCode, StatutoryCondition, StatutoryId, StepCode};
use crate::interview::question;
use crate::law::{Citation, CITATIONS};
use crate::policy::{Clause, Policy};

/// The words a page needs for a policy, as codes and ids.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Vocabulary<'p> {
    /// Every question but `asOf`, in asking order, with all its options.
    pub questions: Vec<Question<'p>>,
    /// Reason codes.
    pub reasons: &'static [ReasonCode],
    /// Condition codes of the policy.
    pub conditions: Vec<&'p str>,
    /// Next step codes.
    pub steps: &'static [StepCode],
    /// Error codes.
    pub errors: &'static [ErrorCode],
    /// The policy's clauses with their kinds.
    pub clauses: &'p [Clause],
    /// Notice codes (what the law says of the policy's terms).
    pub notices: &'static [NoticeCode],
    /// The provisions of law that statutory reasons, conditions, steps and
    /// notices cite.
    pub citations: &'static [Citation],
    /// The ids of the assessments a decision can hold: `return`, `warranty`,
    /// then the statutory ones.
    pub assessments: Vec<&'static str>,
    /// The policy's support address, for a page to offer whatever the outcome.
    pub contact: &'p str,
}

/// The vocabulary of `policy`.
pub fn vocabulary(policy: &Policy) -> Vocabulary<'_> {
    // A date that every question can be worded for; no rule runs here.
    let answers = Answers::new(chrono::NaiveDate::MIN);
    let mut conditions = policy.condition_codes();
    for code in StatutoryCondition::ALL.map(StatutoryCondition::name) {
        if !conditions.contains(&code) {
            conditions.push(code);
        }
    }
    Vocabulary {
        questions: Key::ALL.into_iter().skip(1).map(|k| question(policy, &answers, k)).collect(),
        reasons: &ReasonCode::ALL,
        conditions,
        steps: &StepCode::ALL,
        errors: &ErrorCode::ALL,
        clauses: &policy.clauses,
        notices: &NoticeCode::ALL,
        citations: &CITATIONS,
        assessments: ["return", "warranty"].into_iter().chain(StatutoryId::ALL.map(StatutoryId::name)).collect(),
        contact: &policy.contact.email,
    }
}
