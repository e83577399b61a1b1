//! What the engine returns: a [`Decision`] with an [`Assessment`] per outcome.
//!
//! Everything here is codes, clause ids, dates and answer values; the page
//! turns them into words in the shopper's language.

use chrono::NaiveDate;
use serde::{Serialize, Serializer};

use crate::answers::Kind;
use crate::calendar::{serialize_date_or_none, Period};
use crate::iso_countries::as_listed;
use crate::texts::{fixed, serialize_text, serialize_text_or_none};

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
///
/// The assessment's fields are its own, in [`Assessment`]'s order, not an
/// `Assessment` under `#[serde(flatten)]`: the same object goes out, without
/// the map serializer that flattening instantiates for every field type.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Statutory<'p> {
    /// Which right.
    pub id: StatutoryId,
    /// Eligible, not eligible, or not yet known.
    pub outcome: Outcome,
    /// The last day of the right, whenever the answers it depends on are known.
    #[serde(serialize_with = "serialize_date_or_none")]
    pub deadline: Option<NaiveDate>,
    /// Why the outcome is what it is.
    pub reasons: Vec<Reason<'p>>,
    /// What the shopper must do or accept; empty when not eligible.
    pub conditions: Vec<Reason<'p>>,
    /// Who owes it: `seller`, the shop that sold the product.
    pub contact: &'static str,
}

impl<'p> Statutory<'p> {
    /// The right `id`, assessed, owed by `contact`.
    pub fn new(id: StatutoryId, assessment: Assessment<'p>, contact: &'static str) -> Statutory<'p> {
        let Assessment { outcome, deadline, reasons, conditions } = assessment;
        Statutory { id, outcome, deadline, reasons, conditions, contact }
    }
}

code_table! {
    /// Whether the shopper can have it.
    pub enum Outcome {
        /// Yes, on the conditions listed.
        Eligible = "eligible",
        /// No, for the reasons listed.
        NotEligible = "not-eligible",
        /// Not yet known: a question that decides it is unanswered.
        Undetermined = "undetermined",
    }
}

/// One outcome with its deadline, reasons and conditions.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Assessment<'p> {
    /// Eligible, not eligible, or not yet known.
    pub outcome: Outcome,
    /// The last day (of the return window, or of coverage), whenever the
    /// answers it depends on are known, also when it has passed.
    #[serde(serialize_with = "serialize_date_or_none")]
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
    #[serde(serialize_with = "serialize_text")]
    pub code: &'p str,
    /// The clause id it applies.
    #[serde(serialize_with = "serialize_text")]
    pub clause: &'p str,
    /// The date that decided it.
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "serialize_date_or_none")]
    pub date: Option<NaiveDate>,
    /// The order date that put it in a seasonal window.
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "serialize_date_or_none")]
    pub order_date: Option<NaiveDate>,
    /// The product.
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "serialize_text_or_none")]
    pub product: Option<&'p str>,
    /// The shop.
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "serialize_text_or_none")]
    pub seller: Option<&'p str>,
    /// The country.
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "serialize_text_or_none")]
    pub country: Option<&'p str>,
    /// The part.
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "serialize_text_or_none")]
    pub part: Option<&'p str>,
    /// The part's warranty period.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
    /// The cause of the problem.
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "serialize_text_or_none")]
    pub cause: Option<&'p str>,
}

impl<'p> Reason<'p> {
    /// A reason with no values yet.
    pub fn new(code: impl Into<&'p str>, clause: &'p str) -> Reason<'p> {
        Reason {
            code: code.into(),
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
    #[serde(serialize_with = "serialize_text")]
    pub code: &'p str,
    /// The clause id it follows.
    #[serde(serialize_with = "serialize_text")]
    pub clause: &'p str,
    /// The last day to do it.
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "serialize_date_or_none")]
    pub date: Option<NaiveDate>,
    /// The address to write to.
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "serialize_text_or_none")]
    pub contact: Option<&'p str>,
}

/// A question still worth asking.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Question<'p> {
    /// The answer key.
    #[serde(serialize_with = "fixed_text")]
    pub id: &'static str,
    /// What kind of answer it takes.
    pub kind: Kind,
    /// The answer values to choose from; `None` for dates and yes/no.
    #[serde(serialize_with = "options")]
    pub options: Option<Vec<&'p str>>,
}

/// A text that lives as long as the program, written as a unit variant
/// (see `code_table!`): serde-wasm-bindgen makes its string once.
fn fixed_text<S: Serializer>(text: &&'static str, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_unit_variant("", 0, text)
}

/// The options, or `null`; the ISO list's own codes (the country question
/// of a policy without a list of its own: 249 of them, on every decision
/// until it is answered) as fixed texts.
fn options<S: Serializer>(options: &Option<Vec<&str>>, s: S) -> Result<S::Ok, S::Error> {
    struct Option_<'a>(&'a str);
    impl Serialize for Option_<'_> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            match as_listed(self.0).or_else(|| fixed(self.0)) {
                Some(code) => fixed_text(&code, s),
                None => s.serialize_str(self.0),
            }
        }
    }
    match options {
        Some(list) => s.collect_seq(list.iter().map(|o| Option_(o))),
        None => s.serialize_none(),
    }
}

code_table! {
    /// The reasons the engine gives, policy's and law's, in the contract's
    /// order; the column says whether a reason explains a refusal (or when
    /// a window ended), the reasons a "not eligible" assessment keeps.
    pub enum ReasonCode: explains_refusal -> bool {
        /// The shop is one the return policy covers.
        ReturnShopCovered = "return-shop-covered" => false,
        /// The shop is not one the return policy covers.
        ReturnShopNotCovered = "return-shop-not-covered" => true,
        /// The return window is open.
        ReturnWindowOpen = "return-window-open" => false,
        /// The return window has ended.
        ReturnWindowClosed = "return-window-closed" => true,
        /// An order in a season has a longer window.
        ReturnHolidayWindow = "return-holiday-window" => true,
        /// The RMA is still valid.
        RmaValid = "rma-valid" => false,
        /// The RMA has expired.
        RmaExpired = "rma-expired" => true,
        /// The RMA was issued after the window ended.
        RmaIssuedAfterWindow = "rma-issued-after-window" => true,
        /// The product is in good condition.
        ReturnGoodCondition = "return-good-condition" => false,
        /// The product is damaged.
        ReturnDamaged = "return-damaged" => true,
        /// Every accessory is there.
        ReturnAccessoriesComplete = "return-accessories-complete" => false,
        /// An accessory is missing.
        ReturnAccessoriesMissing = "return-accessories-missing" => true,
        /// The product is sold as final sale (custom policies).
        ReturnFinalSale = "return-final-sale" => true,
        /// Opening the packaging refuses the return (custom policies).
        ReturnOpened = "return-opened" => true,
        /// The brand is covered by the warranty.
        BrandCovered = "brand-covered" => false,
        /// The country is one the warranty covers.
        WarrantyInJurisdiction = "warranty-in-jurisdiction" => false,
        /// The country is not one the warranty covers.
        WarrantyOutsideJurisdiction = "warranty-outside-jurisdiction" => true,
        /// The part's warranty period runs.
        WarrantyPeriodActive = "warranty-period-active" => false,
        /// The part's warranty period has ended.
        WarrantyPeriodEnded = "warranty-period-ended" => true,
        /// A replacement's own coverage.
        ReplacementCoverage = "replacement-coverage" => false,
        /// The cause is covered.
        CauseCovered = "cause-covered" => false,
        /// The cause is excluded.
        CauseExcluded = "cause-excluded" => true,
        /// Business use is excluded.
        CommercialUseExcluded = "commercial-use-excluded" => true,
        /// Only the original purchaser is covered.
        NotOriginalPurchaser = "not-original-purchaser" => true,
        /// The product has no warranty (the policy's `noWarranty`).
        ProductNoWarranty = "product-no-warranty" => true,
        /// Business use has a shorter warranty period.
        CommercialUseShorterPeriod = "commercial-use-shorter-period" => true,
        /// Nothing is wrong with the product (the shopper changed their mind):
        /// the warranty and the legal guarantee are not assessed.
        NoProblemReported = "no-problem-reported" => true,
        /// The withdrawal period is open.
        WithdrawalOpen = "withdrawal-open" => false,
        /// The withdrawal period has ended.
        WithdrawalPeriodEnded = "withdrawal-period-ended" => true,
        /// The period's last day moved to the next working day.
        WithdrawalMovedToWorkingDay = "withdrawal-moved-to-working-day" => false,
        /// Not bought at a distance: no right of withdrawal.
        WithdrawalNotAtDistance = "withdrawal-not-at-distance" => true,
        /// A sealed hygiene product was unsealed.
        WithdrawalUnsealedHygiene = "withdrawal-unsealed-hygiene" => true,
        /// Bought for a business: not a consumer.
        NotAConsumer = "not-a-consumer" => true,
        /// The legal guarantee runs.
        GuaranteeOpen = "guarantee-open" => false,
        /// The member state's period is longer than the Directive's minimum.
        GuaranteeBeyondMinimum = "guarantee-beyond-minimum" => false,
        /// The legal guarantee has ended.
        GuaranteePeriodEnded = "guarantee-period-ended" => true,
        /// A defect is presumed to have been there at delivery.
        DefectPresumed = "defect-presumed" => false,
        /// The legal guarantee covers the part.
        GuaranteeCoversPart = "guarantee-covers-part" => false,
        /// The cause is not a lack of conformity.
        NotALackOfConformity = "not-a-lack-of-conformity" => true,
        /// The product's expected life, which bounds the guarantee (NL, FI), has ended.
        GuaranteeExpectedLifeEnded = "guarantee-expected-life-ended" => true,
        /// An outermost region or Åland: its member state's law applies.
        LawOfMemberState = "law-of-member-state" => false,
        /// An EEA state: the Directives apply through the EEA Agreement.
        LawOfEeaState = "law-of-eea-state" => false,
    }
}

code_table! {
    /// The conditions the law attaches to the statutory rights (a policy's
    /// own condition codes are its data).
    pub enum StatutoryCondition {
        /// No reason is needed to withdraw.
        WithdrawalNoReasonNeeded = "withdrawal-no-reason-needed",
        /// The notice must be sent in time.
        WithdrawalNoticeInTime = "withdrawal-notice-in-time",
        /// The goods go back within 14 days.
        WithdrawalSendBack = "withdrawal-send-back",
        /// Testing as in a shop is allowed.
        WithdrawalTestingAllowed = "withdrawal-testing-allowed",
        /// The refund.
        WithdrawalRefund = "withdrawal-refund",
        /// After the presumption, the buyer proves the lack of conformity.
        ProveLackOfConformity = "prove-lack-of-conformity",
        /// The remedies: repair, replacement, price reduction, refund.
        GuaranteeRemedies = "guarantee-remedies",
        /// The legal guarantee stands beside the warranty.
        GuaranteeBesideWarranty = "guarantee-beside-warranty",
        /// Past two years the guarantee runs within the product's expected life (NL, FI).
        GuaranteeWithinExpectedLife = "guarantee-within-expected-life",
        /// From two to five years, for a product meant to last that long (NO, IS).
        GuaranteeIfMeantToLast = "guarantee-if-meant-to-last",
        /// Wear is a lack of conformity only beyond normal wear.
        WearBeyondNormal = "wear-beyond-normal",
        /// A software fault is covered; lost data is not.
        SoftwareFaultNotDataLoss = "software-fault-not-data-loss",
    }
}

code_table! {
    /// The next steps, in the contract's order.
    pub enum StepCode {
        /// Ask for an RMA.
        RequestRma = "request-rma",
        /// Ask for the return (policies without an RMA).
        RequestReturn = "request-return",
        /// Ship with the RMA.
        ShipWithRma = "ship-with-rma",
        /// Ask for warranty service.
        RequestWarrantyService = "request-warranty-service",
        /// Ask the shop that sold it.
        ContactSeller = "contact-seller",
        /// Withdraw from the contract.
        Withdraw = "withdraw",
        /// Claim the legal guarantee from the seller.
        ClaimLegalGuarantee = "claim-legal-guarantee",
        /// Write to the policy's support address.
        ContactSupport = "contact-support",
    }
}

code_table! {
    /// What the law says of the policy's terms (the US notes).
    pub enum NoticeCode {
        /// Implied warranties.
        UsImpliedWarranties = "us-implied-warranties",
        /// Rights that vary from state to state.
        UsStateRights = "us-state-rights",
        /// An exclusion needs a cause (no tie-in).
        UsExclusionNeedsCause = "us-exclusion-needs-cause",
    }
}

code_table! {
    /// The rights the law gives beside the policy.
    pub enum StatutoryId {
        /// The right of withdrawal from a distance contract.
        EuWithdrawal = "eu-withdrawal",
        /// The legal guarantee of conformity.
        EuLegalGuarantee = "eu-legal-guarantee",
    }
}

impl Reason<'_> {
    /// Whether it explains a refusal: the reasons a "not eligible"
    /// assessment keeps (see [`ReasonCode::explains_refusal`]).
    pub fn explains_refusal(&self) -> bool {
        ReasonCode::from_name(self.code).is_some_and(ReasonCode::explains_refusal)
    }

    /// Whether its code is `code`.
    pub fn is(&self, code: ReasonCode) -> bool {
        self.code == code.name()
    }
}
