//! Rights the law gives beside the policy: the EU right of withdrawal and
//! legal guarantee, and the US notes.
//!
//! The periods, countries, holidays and citation ids are data in
//! [`crate::law`]; this file applies them to the answers. It is
//! information about the law, not legal advice: what it does not formalise
//! (regional holidays, national rules beyond the data) is said there.

use chrono::NaiveDate;

use super::{conclude, no_problem};
use crate::answers::{Answers, Key, Needs, ReturnReason};
use crate::decision::{Outcome, Reason, ReasonCode, Statutory, StatutoryCondition, StatutoryId};
use crate::law::{self, Beyond, CauseKind, Conformity, Guarantee, State};
use crate::policy::{Channel, Policy};

/// The statutory assessments and notices for `a`, with the questions they
/// still depend on.
pub(super) fn assess<'p>(policy: &'p Policy, a: &Answers<'p>) -> (Vec<Statutory<'p>>, Vec<Reason<'p>>, Needs) {
    let mut needs = Needs::default();
    let Some(country) = a.country else {
        // The country decides which law applies: worth asking while some
        // state's rules could still grant a right on these answers.
        let could = law::MEMBER_STATES.iter().chain(&law::EEA_STATES).any(|state| {
            withdrawal(policy, a, state, "").0.outcome != Outcome::NotEligible
                || state.guarantee.is_some_and(|g| legal_guarantee(a, state, g, "").0.outcome != Outcome::NotEligible)
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
    // A member state, an EEA state, or EU territory under its state's law.
    let Some(state) = law::state(country) else { return (Vec::new(), Vec::new(), needs) };
    let (withdrawal, mut all) = withdrawal(policy, a, state, country);
    let mut rights = Vec::with_capacity(2);
    rights.push(withdrawal);
    // Where this table has no verified guarantee entry (Liechtenstein), none is assessed.
    if let Some(g) = state.guarantee {
        let (guarantee, n) = legal_guarantee(a, state, g, country);
        rights.push(guarantee);
        all = all.union(n);
    }
    (rights, Vec::new(), all)
}

/// `eu.territory` and `eea.agreement`: whose law applies, when the country is
/// not itself an EU member state.
fn whose_law<'p>(state: &State, country: &str) -> Option<Reason<'p>> {
    if law::territory_of(country).is_some() {
        Some(Reason { country: Some(state.code), ..Reason::new(ReasonCode::LawOfMemberState, law::EU_TERRITORY) })
    } else if state.eea_only {
        Some(Reason { country: Some(state.code), ..Reason::new(ReasonCode::LawOfEeaState, law::EEA_AGREEMENT) })
    } else {
        None
    }
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
/// moved to the next working day of the state when the last day is not one
/// (`eu.periods.working-day`).
fn withdrawal<'p>(policy: &'p Policy, a: &Answers<'p>, state: &State, country: &str) -> (Statutory<'p>, Needs) {
    let mut reasons: Vec<Reason<'p>> = Vec::with_capacity(5);
    reasons.extend(whose_law(state, country));
    let mut needs = Needs::default();
    let mut failed = false;
    let mut deadline = None;

    // `eu.withdrawal.distance`: "The right of withdrawal is for contracts concluded at a distance ... or off
    // premises." A shop that sells one way only tells; for one that sells both ways (any shop the policy does
    // not describe), the shopper's answer does.
    let at_distance = match a.seller {
        None => {
            needs.add(Key::Seller);
            None
        }
        Some(seller) => match policy.channel(seller) {
            Channel::Distance => Some(true),
            Channel::InStore => Some(false),
            Channel::Both => {
                if a.bought_online.is_none() {
                    needs.add(Key::BoughtOnline);
                }
                a.bought_online
            }
        },
    };
    // No right, so no period, for a sale in a shop or to a business.
    let mut no_right = at_distance == Some(false);
    if no_right {
        failed = true;
        reasons.push(Reason::new("withdrawal-not-at-distance", law::EU_WITHDRAWAL_DISTANCE));
    }
    if !consumer(a, &mut reasons, &mut needs) {
        failed = true;
        no_right = true;
    }
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
        _ if no_right => {}
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
    (Statutory::new(StatutoryId::EuWithdrawal, assessment, "seller"), needs)
}

/// `eu.guarantee.*`: the seller answers for a lack of conformity that
/// becomes apparent within the state's period from delivery, and a defect
/// within the presumption period is presumed to have been there at
/// delivery. Accessories included; the maker's warranty comes on top.
fn legal_guarantee<'p>(a: &Answers<'p>, state: &State, g: Guarantee, country: &str) -> (Statutory<'p>, Needs) {
    let mut reasons: Vec<Reason<'p>> = Vec::with_capacity(5);
    reasons.extend(whose_law(state, country));
    let mut conditions = Vec::with_capacity(5);
    let mut needs = Needs::default();
    // `eu.guarantee.conformity`: the seller answers for a lack of conformity;
    // a shopper with nothing wrong has none to claim, and is asked nothing for it.
    match a.return_reason {
        None => needs.add(Key::ReturnReason),
        Some(ReturnReason::ChangedMind) => {
            let assessment = no_problem(law::EU_GUARANTEE_CONFORMITY);
            return (Statutory::new(StatutoryId::EuLegalGuarantee, assessment, "seller"), Needs::default());
        }
        Some(ReturnReason::Defect) => {}
    }
    let mut failed = !consumer(a, &mut reasons, &mut needs);
    let mut deadline = None;

    // `eu.guarantee.conformity` and `eu.guarantee.binding`: "a seller's or maker's terms cannot take away or narrow
    // the consumer's rights". The kind of the cause decides, by the law's own table; the policy's exclusions never do.
    match a.cause {
        None => needs.add(Key::Cause),
        Some(c) => match c.kind.unwrap_or(CauseKind::Unknown).conformity() {
            Conformity::Lack => {}
            Conformity::NotALack => {
                failed = true;
                reasons.push(Reason {
                    cause: Some(&c.id),
                    ..Reason::new("not-a-lack-of-conformity", law::EU_GUARANTEE_CONFORMITY)
                });
            }
            Conformity::If(code, citation) => {
                conditions.push(Reason { cause: Some(&c.id), ..Reason::new(code, citation) })
            }
        },
    }
    let at = |reason: Reason<'p>| Reason { country: Some(state.code), ..reason };
    match a.received_date.and_then(|r| Some((r, law::add_years(r, g.years)?))) {
        None => needs.add(Key::ReceivedDate),
        Some((received, fixed)) => {
            // Ireland: the six years of the limitation period are the period.
            let (last, clause) = match g.beyond {
                Beyond::Limitation(years) => (law::add_years(received, years), law::IE_LIMITATION),
                _ => (Some(fixed), law::EU_GUARANTEE_PERIOD),
            };
            let last = last.unwrap_or(fixed);
            if a.as_of <= last {
                deadline = Some(last);
                reasons.push(at(Reason::new("guarantee-open", clause).date(last)));
            } else {
                match beyond(a, g.beyond, received, fixed) {
                    Past::Ended => {
                        deadline = Some(last);
                        failed = true;
                        reasons.push(at(Reason::new("guarantee-period-ended", clause).date(last)));
                    }
                    Past::Pending(key) => needs.add(key),
                    Past::Within { end, condition, citation } => {
                        // "beyond the two-year minimum the outcome is eligible only with a condition saying so"
                        deadline = end;
                        reasons.push(at(Reason::new("guarantee-beyond-minimum", law::EU_GUARANTEE_PERIOD).date(fixed)));
                        conditions.push(at(Reason { date: end, ..Reason::new(condition, citation) }));
                    }
                    Past::After { end, code, citation } => {
                        deadline = Some(end);
                        failed = true;
                        reasons.push(at(Reason::new(code, citation).date(end)));
                    }
                }
            }
            match g.presumption_years.and_then(|years| law::add_years(received, years)) {
                Some(presumed) if a.as_of <= presumed => {
                    reasons.push(Reason::new("defect-presumed", law::EU_GUARANTEE_PRESUMPTION).date(presumed))
                }
                Some(presumed) => conditions
                    .push(Reason::new("prove-lack-of-conformity", law::EU_GUARANTEE_PRESUMPTION).date(presumed)),
                // No verified presumption period: nothing is said of it.
                None => {}
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
    (Statutory::new(StatutoryId::EuLegalGuarantee, assessment, "seller"), needs)
}

/// Where the date of the check falls after a guarantee's fixed years.
enum Past {
    /// The guarantee has ended.
    Ended,
    /// This question tells.
    Pending(Key),
    /// Still running on a condition, to `end` when known.
    Within { end: Option<NaiveDate>, condition: StatutoryCondition, citation: &'static str },
    /// Ended on `end`, for this reason.
    After { end: NaiveDate, code: ReasonCode, citation: &'static str },
}

/// What a national law adds after the fixed years, which ended on `fixed`,
/// for goods `received`.
fn beyond(a: &Answers<'_>, rule: Beyond, received: NaiveDate, fixed: NaiveDate) -> Past {
    match rule {
        Beyond::Nothing | Beyond::Limitation(_) => Past::Ended,
        // `eu.guarantee.expected-life`: "the seller answers for as long as a buyer may expect such goods to last".
        Beyond::ExpectedLife => {
            let Some(product) = a.product else { return Past::Pending(Key::Product) };
            let condition = StatutoryCondition::GuaranteeWithinExpectedLife;
            match product.expected_life.as_ref().map(|life| life.period.last_day(received)) {
                // The policy gives no expected life: the condition says what decides.
                None => Past::Within { end: None, condition, citation: law::EXPECTED_LIFE },
                // An expected life within the fixed years adds nothing to them.
                Some(None) => Past::Ended,
                Some(Some(end)) if end <= fixed => Past::Ended,
                Some(Some(end)) if a.as_of <= end => {
                    Past::Within { end: Some(end), condition, citation: law::EXPECTED_LIFE }
                }
                Some(Some(end)) => {
                    Past::After { end, code: ReasonCode::GuaranteeExpectedLifeEnded, citation: law::EXPECTED_LIFE }
                }
            }
        }
        // `eea.guarantee.meant-to-last`: "5 for goods meant to last substantially longer".
        Beyond::MeantToLast(years) => match law::add_years(received, years) {
            Some(end) if a.as_of <= end => Past::Within {
                end: Some(end),
                condition: StatutoryCondition::GuaranteeIfMeantToLast,
                citation: law::MEANT_TO_LAST,
            },
            Some(end) => Past::After { end, code: ReasonCode::GuaranteePeriodEnded, citation: law::MEANT_TO_LAST },
            None => Past::Ended,
        },
    }
}
