//! What the engine returns: a [`Decision`] with an [`Assessment`] per outcome.
//!
//! Everything here is codes, clause ids, dates and answer values; the page
//! turns them into words in the shopper's language.

use chrono::NaiveDate;
use serde::Serialize;

use crate::calendar::Period;

/// The answer to "can I still return this, or claim the warranty?".
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Decision<'p> {
    /// The return for a refund.
    #[serde(rename = "return")]
    pub returns: Assessment<'p>,
    /// The warranty: repair or replacement.
    pub warranty: Assessment<'p>,
    /// The unanswered questions still worth asking, in asking order.
    pub questions: Vec<Question<'p>>,
    /// What to do now.
    pub next_steps: Vec<Step<'p>>,
    /// Rights the law gives beside the policy, where the country is known to
    /// have them (the EU member states); empty elsewhere.
    pub statutory: Vec<Statutory<'p>>,
    /// What the law says about the policy's terms, shown but deciding nothing
    /// (the US notes); each cites a provision of law.
    pub notices: Vec<Reason<'p>>,
}

/// A right the law gives beside the policy: an assessment whose reasons and
/// conditions cite provisions of law instead of policy clauses.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Statutory<'p> {
    /// Which right: `eu-withdrawal` or `eu-legal-guarantee`.
    pub id: &'static str,
    /// Its outcome, deadline, reasons and conditions.
    #[serde(flatten)]
    pub assessment: Assessment<'p>,
    /// Who owes it: `seller`, the shop that sold the product.
    pub contact: &'static str,
}

/// Whether the shopper can have it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    /// Yes, on the conditions listed.
    Eligible,
    /// No, for the reasons listed.
    NotEligible,
    /// Not yet known: a question that decides it is unanswered.
    Undetermined,
}

/// One outcome with its deadline, reasons and conditions.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Assessment<'p> {
    /// Eligible, not eligible, or not yet known.
    pub outcome: Outcome,
    /// The last day (of the return window, or of coverage), whenever the
    /// answers it depends on are known, also when it has passed.
    pub deadline: Option<NaiveDate>,
    /// Why the outcome is what it is.
    pub reasons: Vec<Reason<'p>>,
    /// What the shopper must do or accept; empty when not eligible.
    pub conditions: Vec<Reason<'p>>,
}

/// A reason or a condition: a code, the clause it applies, and the values
/// that decided it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Reason<'p> {
    /// The stable code.
    pub code: &'p str,
    /// The clause id it applies.
    pub clause: &'p str,
    /// The date that decided it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    /// The order date that put it in a seasonal window.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order_date: Option<NaiveDate>,
    /// The product.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub product: Option<&'p str>,
    /// The shop.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub seller: Option<&'p str>,
    /// The country.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<&'p str>,
    /// The part.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub part: Option<&'p str>,
    /// The part's warranty period.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
    /// The cause of the problem.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cause: Option<&'p str>,
}

impl<'p> Reason<'p> {
    /// A reason with no values yet.
    pub fn new(code: &'p str, clause: &'p str) -> Reason<'p> {
        Reason {
            code,
            clause,
            date: None,
            order_date: None,
            product: None,
            seller: None,
            country: None,
            part: None,
            period: None,
            cause: None,
        }
    }

    /// With the date that decided it.
    pub fn date(self, date: NaiveDate) -> Self {
        Reason { date: Some(date), ..self }
    }
}

/// A next step: what to do, the clause that asks for it, and by when.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Step<'p> {
    /// The stable code.
    pub code: &'p str,
    /// The clause id it follows.
    pub clause: &'p str,
    /// The last day to do it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    /// The address to write to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact: Option<&'p str>,
}

/// A question still worth asking.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Question<'p> {
    /// The answer key.
    pub id: &'static str,
    /// `choice`, `date`, `yes-no` or `date-or-none`.
    pub kind: &'static str,
    /// The answer values to choose from; `None` for dates and yes/no.
    pub options: Option<Vec<&'p str>>,
}

/// Every code the engine can return, for the page's locale files and tests.
pub mod codes {
    /// Reason codes.
    pub const REASONS: [&str; 26] = [
        "return-shop-covered",
        "return-shop-not-covered",
        "return-window-open",
        "return-window-closed",
        "return-holiday-window",
        "rma-valid",
        "rma-expired",
        "rma-issued-after-window",
        "return-good-condition",
        "return-damaged",
        "return-accessories-complete",
        "return-accessories-missing",
        "return-final-sale",
        "return-opened",
        "brand-covered",
        "warranty-in-jurisdiction",
        "warranty-outside-jurisdiction",
        "warranty-period-active",
        "warranty-period-ended",
        "replacement-coverage",
        "cause-covered",
        "cause-excluded",
        "commercial-use-excluded",
        "not-original-purchaser",
        "product-no-warranty",
        "commercial-use-shorter-period",
    ];
    /// Next step codes.
    pub const STEPS: [&str; 8] = [
        "request-rma",
        "request-return",
        "ship-with-rma",
        "request-warranty-service",
        "contact-seller",
        "withdraw",
        "claim-legal-guarantee",
        "contact-support",
    ];
    /// Reason codes of the statutory assessments.
    pub const STATUTORY_REASONS: [&str; 15] = [
        "withdrawal-open",
        "withdrawal-period-ended",
        "withdrawal-moved-to-working-day",
        "withdrawal-not-at-distance",
        "withdrawal-unsealed-hygiene",
        "not-a-consumer",
        "guarantee-open",
        "guarantee-beyond-minimum",
        "guarantee-period-ended",
        "defect-presumed",
        "guarantee-covers-part",
        "not-a-lack-of-conformity",
        "guarantee-expected-life-ended",
        "law-of-member-state",
        "law-of-eea-state",
    ];
    /// Condition codes of the statutory assessments.
    pub const STATUTORY_CONDITIONS: [&str; 12] = [
        "withdrawal-no-reason-needed",
        "withdrawal-notice-in-time",
        "withdrawal-send-back",
        "withdrawal-testing-allowed",
        "withdrawal-refund",
        "prove-lack-of-conformity",
        "guarantee-remedies",
        "guarantee-beside-warranty",
        "guarantee-within-expected-life",
        "guarantee-if-meant-to-last",
        "wear-beyond-normal",
        "software-fault-not-data-loss",
    ];
    /// Notice codes.
    pub const NOTICES: [&str; 3] = ["us-implied-warranties", "us-state-rights", "us-exclusion-needs-cause"];
}
