//! The decision: one pure function per assessment, and the next steps.

mod returns;
mod statutory;
mod warranty;

use chrono::NaiveDate;

use crate::answers::{Answers, Key, Needs};
use crate::decision::{Assessment, Decision, Outcome, Reason, ReasonCode, Statutory, StatutoryId, Step, StepCode};
use crate::interview;
use crate::policy::{Condition, Policy, When};

/// Decides both outcomes for `answers` under `policy`, with the questions
/// still worth asking and the next steps.
pub fn decide<'p>(policy: &'p Policy, answers: &Answers<'p>) -> Decision<'p> {
    let ret = returns::assess(policy, answers);
    let war = warranty::assess(policy, answers);
    let (statutory, notices, law_needs) = statutory::assess(policy, answers);
    let questions = interview::questions(policy, answers, ret.needs.union(war.needs).union(law_needs));
    let next_steps = next_steps(policy, answers, &ret, &war, &statutory, questions.is_empty());
    Decision { returns: ret.assessment, warranty: war.assessment, questions, next_steps, statutory, notices }
}

/// An assessment with what the rest of the decision needs to know of it.
pub(crate) struct Assessed<'p> {
    pub assessment: Assessment<'p>,
    /// The questions that could still change it.
    pub needs: Needs,
    /// The last day to act (request the RMA or the service, or ship with an
    /// RMA already held), when the outcome is eligible.
    pub act_by: Option<NaiveDate>,
    /// Whether the shopper already holds a valid RMA, so `act_by` is its last day.
    pub holds_rma: bool,
    /// Whether it was refused because the shop is not covered.
    pub shop_not_covered: bool,
}

/// Not eligible with the one reason `no-problem-reported`, citing `clause`:
/// nothing is wrong with the product (the shopper changed their mind), so
/// nothing is assessed, asked or dated. The warranty and the legal guarantee
/// both answer so.
pub(crate) fn no_problem(clause: &str) -> Assessment<'_> {
    conclude(vec![Reason::new(ReasonCode::NoProblemReported, clause)], true, Needs::default(), None, Vec::new()).0
}

/// Builds an assessment from what the rules found: any failed rule makes it
/// not eligible and nothing more is worth asking for it; otherwise an
/// unanswered question keeps it undetermined.
pub(crate) fn conclude<'p>(
    reasons: Vec<Reason<'p>>,
    failed: bool,
    needs: Needs,
    deadline: Option<NaiveDate>,
    conditions: Vec<Reason<'p>>,
) -> (Assessment<'p>, Needs) {
    if failed {
        // Only the reasons that refuse it explain a refusal.
        return (
            Assessment { outcome: Outcome::NotEligible, deadline, reasons, conditions: Vec::new() },
            Needs::default(),
        );
    }
    let outcome = if needs.is_empty() { Outcome::Eligible } else { Outcome::Undetermined };
    (Assessment { outcome, deadline, reasons, conditions }, needs)
}

/// The conditions of `list` that apply to `answers`, adding to `needs` the
/// questions that decide whether one applies.
pub(crate) fn conditions<'p>(list: &'p [Condition], answers: &Answers<'p>, needs: &mut Needs) -> Vec<Reason<'p>> {
    let mut out = Vec::with_capacity(list.len());
    for c in list {
        let applies = match &c.when {
            When::Always => Some(true),
            When::ReturnReason(v) => {
                answers.return_reason.map(|r| r.name() == v).or_else(|| need(needs, Key::ReturnReason))
            }
            When::Cause(v) => answers.cause.map(|c| c.id == *v).or_else(|| need(needs, Key::Cause)),
            When::Seller(v) => answers.seller.map(|s| s == v).or_else(|| need(needs, Key::Seller)),
        };
        if applies == Some(true) {
            out.push(Reason::new(c.code.as_ref(), &c.clause));
        }
    }
    out
}

fn need(needs: &mut Needs, key: Key) -> Option<bool> {
    needs.add(key);
    None
}

/// What to do now: act on each eligible outcome by its last day; contact
/// the shop when only it can take the return, or owes a statutory right;
/// contact support when nothing else is left.
fn next_steps<'p>(
    policy: &'p Policy,
    answers: &Answers<'p>,
    ret: &Assessed<'p>,
    war: &Assessed<'p>,
    statutory: &[Statutory<'p>],
    done: bool,
) -> Vec<Step<'p>> {
    let r = &policy.returns;
    let email = Some(policy.contact.email.as_ref());
    // Sized for the most a decision gives (return, warranty, shop, two statutory rights),
    // so the vector never grows on the hot path.
    let mut steps = Vec::with_capacity(5);
    if ret.assessment.outcome == Outcome::Eligible {
        let step = match &r.rma {
            Some(rma) if ret.holds_rma => Step {
                code: StepCode::ShipWithRma.name(),
                clause: &rma.validity_clause,
                date: ret.act_by,
                contact: None,
            },
            Some(rma) => Step {
                code: StepCode::RequestRma.name(),
                clause: &rma.request_clause,
                date: ret.act_by,
                contact: email,
            },
            None => Step {
                code: StepCode::RequestReturn.name(),
                clause: &r.window.clause,
                date: ret.act_by,
                contact: email,
            },
        };
        steps.push(step);
    }
    if war.assessment.outcome == Outcome::Eligible {
        steps.push(Step {
            code: StepCode::RequestWarrantyService.name(),
            clause: &policy.warranty.service_order_clause,
            date: war.act_by,
            contact: email,
        });
    }
    if ret.shop_not_covered {
        steps.push(Step { code: StepCode::ContactSeller.name(), clause: &r.sellers_clause, date: None, contact: None });
    }
    // A statutory right is owed by the shop that sold the product: the
    // policy's support when it was one of the policy's own shops.
    let seller_email = answers.seller.filter(|s| policy.return_covers_seller(s)).and(email);
    for s in statutory.iter().filter(|s| s.outcome == Outcome::Eligible) {
        let (code, clause) = match s.id {
            StatutoryId::EuWithdrawal => (StepCode::Withdraw, crate::law::EU_WITHDRAWAL_NOTICE),
            StatutoryId::EuLegalGuarantee => (StepCode::ClaimLegalGuarantee, crate::law::EU_GUARANTEE_REMEDIES),
        };
        steps.push(Step { code: code.name(), clause, date: s.deadline, contact: seller_email });
    }
    if done && steps.is_empty() {
        steps.push(Step {
            code: StepCode::ContactSupport.name(),
            clause: &policy.contact.clause,
            date: None,
            contact: email,
        });
    }
    steps
}
