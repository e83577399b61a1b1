//! Rights the law gives beside the policy: the EU right of withdrawal and
//! legal guarantee, and the US notes.
//!
//! The periods, countries, holidays and citation ids are data in
//! [`crate::law`]; this file applies them to the answers. It is
//! information about the law, not legal advice: what it does not formalise
//! (regional holidays, national rules beyond the data) is said there.

use chrono::NaiveDate;

use super::conclude;
use crate::answers::{Answers, Key, Needs, ReturnReason};
use crate::decision::{Outcome, Reason, ReasonCode, Statutory, StatutoryId};
use crate::law::{self, MemberState};
use crate::policy::Policy;

/// The statutory assessments and notices for `a`, with the questions they
/// still depend on.
pub(super) fn assess<'p>(policy: &'p Policy, a: &Answers<'p>) -> (Vec<Statutory<'p>>, Vec<Reason<'p>>, Needs) {
    let mut needs = Needs::default();
    let Some(country) = a.country else {
        // The country decides which law applies: worth asking while some
        // member state's rules could still grant a right on these answers.
        let could = law::MEMBER_STATES.iter().any(|state| {
            withdrawal(policy, a, state).0.assessment.outcome != Outcome::NotEligible
                || legal_guarantee(a, state).0.assessment.outcome != Outcome::NotEligible
        });
        if could {
            needs.add(Key::Country);
        }
        return (Vec::new(), Vec::new(), needs);
    };
    if country == "US" {
        let notices = [
            ("us-implied-warranties", law::US_IMPLIED_WARRANTIES),
            ("us-state-rights", law::US_STATE_RIGHTS),
            ("us-exclusion-needs-cause", law::US_TIE_IN),
        ];
        return (Vec::new(), notices.iter().map(|&(code, id)| Reason::new(code, id)).collect(), needs);
    }
    let Some(state) = law::member_state(country) else { return (Vec::new(), Vec::new(), needs) };
    let (withdrawal, n1) = withdrawal(policy, a, state);
    let (guarantee, n2) = legal_guarantee(a, state);
    (vec![withdrawal, guarantee], Vec::new(), n1.union(n2))
}

/// Who the rights are owed to: a consumer (2011/83/EU Art. 2(1), 2019/771
/// Art. 2(2)). The checker reads "used for a business" as not a consumer.
fn consumer<'p>(a: &Answers<'p>, reasons: &mut Vec<Reason<'p>>, needs: &mut Needs) -> bool {
    match a.commercial_use {
        None => needs.add(Key::CommercialUse),
        Some(true) => {
            reasons.push(Reason::new("not-a-consumer", law::EU_CONSUMER));
            return false;
        }
        Some(false) => {}
    }
    true
}

/// `eu.withdrawal.*`: 14 days after receipt for goods bought at a distance,
/// moved to the next working day of the member state when the last day is
/// not one (`eu.periods.working-day`).
fn withdrawal<'p>(policy: &'p Policy, a: &Answers<'p>, state: &MemberState) -> (Statutory<'p>, Needs) {
    let mut reasons = Vec::with_capacity(4);
    let mut needs = Needs::default();
    let mut failed = false;
    let mut deadline = None;

    // `eu.withdrawal.distance`: the policy's own shops sell online (the
    // checker is embedded in their product pages); any other shop may not.
    let own_shop = a.seller.map(|s| policy.return_covers_seller(s));
    match (own_shop, a.bought_online) {
        (Some(true), _) | (_, Some(true)) => {}
        (None, _) => needs.add(Key::Seller),
        (Some(false), None) => needs.add(Key::BoughtOnline),
        (Some(false), Some(false)) => {
            failed = true;
            reasons.push(Reason::new("withdrawal-not-at-distance", law::EU_WITHDRAWAL_DISTANCE));
        }
    }
    failed |= !consumer(a, &mut reasons, &mut needs);
    // `eu.withdrawal.hygiene`: sealed hygiene goods, once unsealed.
    if a.product.is_some_and(|p| p.hygiene_sealed) {
        match a.opened {
            None => needs.add(Key::Opened),
            Some(true) => {
                failed = true;
                reasons.push(Reason::new("withdrawal-unsealed-hygiene", law::EU_WITHDRAWAL_HYGIENE));
            }
            Some(false) => {}
        }
    }
    // `eu.withdrawal.period` and `eu.periods.counting`: the day of receipt
    // is not counted.
    match a.received_date.and_then(|r| Some((r, law::withdrawal_last_day(state.code, r)?))) {
        None => needs.add(Key::ReceivedDate),
        Some((received, last)) => {
            deadline = Some(last);
            if a.as_of <= last {
                reasons.push(Reason::new("withdrawal-open", law::EU_WITHDRAWAL_PERIOD).date(last));
            } else {
                failed = true;
                reasons.push(Reason::new("withdrawal-period-ended", law::EU_WITHDRAWAL_PERIOD).date(last));
            }
            if received.checked_add_days(chrono::Days::new(law::WITHDRAWAL_DAYS)) != Some(last) {
                reasons.push(Reason::new("withdrawal-moved-to-working-day", law::EU_PERIODS_WORKING_DAY).date(last));
            }
        }
    }
    let conditions = [
        ("withdrawal-no-reason-needed", law::EU_WITHDRAWAL_NO_REASON),
        ("withdrawal-notice-in-time", law::EU_WITHDRAWAL_NOTICE),
        ("withdrawal-send-back", law::EU_WITHDRAWAL_RETURN),
        ("withdrawal-testing-allowed", law::EU_WITHDRAWAL_TESTING),
        ("withdrawal-refund", law::EU_WITHDRAWAL_REFUND),
    ];
    let conditions = conditions.iter().map(|&(code, id)| Reason::new(code, id)).collect();
    if failed {
        // A moved last day explains only a period that ended.
        let ended = reasons.iter().any(|r| r.is(ReasonCode::WithdrawalPeriodEnded));
        reasons
            .retain(|r| !r.is(ReasonCode::WithdrawalOpen) && (ended || !r.is(ReasonCode::WithdrawalMovedToWorkingDay)));
    }
    let (assessment, needs) = conclude(reasons, failed, needs, deadline, conditions);
    (Statutory { id: StatutoryId::EuWithdrawal, assessment, contact: "seller" }, needs)
}

/// `eu.guarantee.*`: the seller answers for a lack of conformity that
/// becomes apparent within the member state's period from delivery, and a
/// defect within the presumption period is presumed to have been there at
/// delivery. Accessories included; the maker's warranty comes on top.
fn legal_guarantee<'p>(a: &Answers<'p>, state: &MemberState) -> (Statutory<'p>, Needs) {
    let mut reasons = Vec::with_capacity(4);
    let mut conditions = Vec::with_capacity(4);
    let mut needs = Needs::default();
    // `eu.guarantee.conformity`: the seller answers for a lack of conformity;
    // a shopper with nothing wrong has none to claim, and is asked nothing for it.
    match a.return_reason {
        None => needs.add(Key::ReturnReason),
        Some(ReturnReason::ChangedMind) => {
            let nothing = vec![Reason::new(ReasonCode::NoProblemReported, law::EU_GUARANTEE_CONFORMITY)];
            let (assessment, needs) = conclude(nothing, true, Needs::default(), None, Vec::new());
            return (Statutory { id: StatutoryId::EuLegalGuarantee, assessment, contact: "seller" }, needs);
        }
        Some(ReturnReason::Defect) => {}
    }
    let mut failed = !consumer(a, &mut reasons, &mut needs);
    let mut deadline = None;

    // `eu.guarantee.conformity`: the causes the policy excludes are outside
    // causes (accident, misuse, liquid...), not a lack of conformity.
    match a.cause {
        None => needs.add(Key::Cause),
        Some(c) if c.excluded => {
            failed = true;
            reasons.push(Reason {
                cause: Some(&c.id),
                ..Reason::new("not-a-lack-of-conformity", law::EU_GUARANTEE_CONFORMITY)
            });
        }
        Some(_) => {}
    }
    let dates =
        |r: NaiveDate| Some((law::legal_guarantee_last_day(state.code, r)?, law::presumption_last_day(state.code, r)?));
    match a.received_date.and_then(dates) {
        None => needs.add(Key::ReceivedDate),
        Some((last, presumed)) => {
            if a.as_of <= last {
                deadline = Some(last);
                reasons.push(Reason {
                    country: Some(state.code),
                    ..Reason::new("guarantee-open", law::EU_GUARANTEE_PERIOD).date(last)
                });
            } else if state.guarantee_open_ended {
                // The law of this state sets no end: the product's expected
                // lifespan does. The date is only the Directive's minimum.
                reasons.push(Reason {
                    country: Some(state.code),
                    ..Reason::new("guarantee-beyond-minimum", law::EU_GUARANTEE_PERIOD).date(last)
                });
            } else {
                deadline = Some(last);
                failed = true;
                reasons.push(Reason {
                    country: Some(state.code),
                    ..Reason::new("guarantee-period-ended", law::EU_GUARANTEE_PERIOD).date(last)
                });
            }
            if a.as_of <= presumed {
                reasons.push(Reason::new("defect-presumed", law::EU_GUARANTEE_PRESUMPTION).date(presumed));
            } else {
                conditions.push(Reason::new("prove-lack-of-conformity", law::EU_GUARANTEE_PRESUMPTION).date(presumed));
            }
        }
    }
    if let Some(part) = a.part {
        reasons
            .push(Reason { part: Some(part), ..Reason::new("guarantee-covers-part", law::EU_GUARANTEE_ACCESSORIES) });
    }
    conditions.push(Reason::new("guarantee-remedies", law::EU_GUARANTEE_REMEDIES));
    conditions.push(Reason::new("guarantee-beside-warranty", law::EU_GUARANTEE_COMMERCIAL));
    if failed {
        reasons.retain(Reason::explains_refusal);
    }
    let (assessment, needs) = conclude(reasons, failed, needs, deadline, conditions);
    (Statutory { id: StatutoryId::EuLegalGuarantee, assessment, contact: "seller" }, needs)
}
