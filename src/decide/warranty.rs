//! The limited warranty: `warranty.*`, `periods` and `exclusions.*` clauses.

use chrono::NaiveDate;

use super::{conclude, conditions, no_problem, Assessed};
use crate::answers::{Answers, Key, Needs, ReturnReason};
use crate::decision::{Reason, ReasonCode};
use crate::policy::{Part, Policy, Product};

pub(super) fn assess<'p>(policy: &'p Policy, a: &Answers<'p>) -> Assessed<'p> {
    let w = &policy.warranty;
    let mut reasons = Vec::with_capacity(6);
    let mut needs = Needs::default();
    let mut failed = false;
    let mut deadline = None;

    // `warranty.coverage`: it covers defects in materials and workmanship; a
    // shopper with nothing wrong has no claim, and is asked nothing for it.
    match a.return_reason {
        None => needs.add(Key::ReturnReason),
        Some(ReturnReason::ChangedMind) => {
            let assessment = no_problem(&w.coverage_clause);
            return Assessed {
                assessment,
                needs: Needs::default(),
                act_by: None,
                holds_rma: false,
                shop_not_covered: false,
            };
        }
        Some(ReturnReason::Defect) => {}
    }

    match a.product {
        None => needs.add(Key::Product),
        // A product's `noWarranty` clause: sold without a warranty (a gift card).
        Some(product) if product.no_warranty.is_some() => {
            failed = true;
            let clause = product.no_warranty.as_deref().unwrap_or(&w.coverage_clause);
            reasons.push(Reason { product: Some(&product.id), ..Reason::new(ReasonCode::ProductNoWarranty, clause) });
        }
        Some(product) => {
            // `exclusions.brand`, reading 13: "Choosing one of the policy's products answers
            // `exclusions.brand`; it is cited, never asked."
            if let Some(clause) = &w.brand_clause {
                reasons.push(Reason { product: Some(&product.id), ..Reason::new("brand-covered", clause) });
            }
        }
    }

    // `warranty.jurisdiction`, reading 7: "For any other country the warranty under this policy is not
    // available." Only where the policy's products are sold; a member state listed covers its outermost
    // regions and Åland, which are part of it.
    match a.country {
        None => needs.add(Key::Country),
        Some(c) if policy.warranty_covers(c) => {
            reasons.push(Reason { country: Some(c), ..Reason::new("warranty-in-jurisdiction", &w.jurisdiction_clause) })
        }
        Some(c) => {
            failed = true;
            reasons.push(Reason {
                country: Some(c),
                ..Reason::new("warranty-outside-jurisdiction", &w.jurisdiction_clause)
            });
        }
    }

    // A policy's `commercialUsePeriod`: business use shortens the cover instead of excluding it.
    let shorter = match (&w.commercial_use_clause, w.commercial_use_period) {
        (Some(clause), Some(p)) => match a.commercial_use {
            None => {
                needs.add(Key::CommercialUse);
                None
            }
            Some(true) => Some((clause.as_ref(), p)),
            Some(false) => None,
        },
        _ => None,
    };
    let product = a.product.filter(|p| p.no_warranty.is_none());
    if let (Some((clause, p)), Some(received)) = (shorter, a.received_date) {
        reasons.push(Reason {
            period: Some(p),
            date: p.last_day(received),
            ..Reason::new(ReasonCode::CommercialUseShorterPeriod, clause)
        });
    }
    match (product, a.received_date) {
        (Some(product), Some(received)) => match period(policy, product, a, received, shorter.map(|s| s.1), &mut needs)
        {
            Period::Pending => {}
            Period::Covered { last, part, replaced } => {
                deadline = last;
                // `periods`: the part's period, counted from receipt.
                reasons.push(Reason {
                    part: part.map(|p| p.id.as_ref()),
                    period: part.map(|p| p.warranty),
                    ..part_reason("warranty-period-active", &w.periods_clause, last)
                });
                if let (Some(end), Some(rule)) = (replaced, &w.replacement) {
                    // `warranty.replacement`, reading 5: a replacement unit "is covered until the later of
                    // the original unit's last day and" its own period from the day it was received.
                    reasons.push(Reason::new("replacement-coverage", &rule.clause).date(end));
                }
            }
            Period::Ended { last, ended_by, part } => {
                deadline = last;
                failed = true;
                // `warranty.service-order`: the service must be requested within
                // the period. Without the part, the date is the day by which
                // every part's cover had ended.
                reasons.push(Reason {
                    part: part.map(|p| p.id.as_ref()),
                    period: part.map(|p| p.warranty),
                    ..part_reason("warranty-period-ended", &w.service_order_clause, Some(ended_by))
                });
            }
        },
        (_, None) if a.product.map_or(true, |p| p.no_warranty.is_none()) => needs.add(Key::ReceivedDate),
        _ => {}
    }

    // `exclusions.a`-`h` and `exclusions.software`, reading 8: "An exclusion applies only when the
    // damage was caused by the excluded thing." Reading 10, not sure of the cause: "The warranty is
    // eligible, on the condition that the maker finds a hardware defect."
    match a.cause {
        None => needs.add(Key::Cause),
        Some(cause) => {
            let code = if cause.excluded { "cause-excluded" } else { "cause-covered" };
            failed |= cause.excluded;
            reasons.push(Reason { cause: Some(&cause.id), ..Reason::new(code, &cause.clause) });
        }
    }

    // `exclusions.c`, reading 9: "Commercial use excludes the warranty whatever the cause: `exclusions.c`
    // names a use, not a cause of damage."
    if let (Some(clause), None) = (&w.commercial_use_clause, w.commercial_use_period) {
        match a.commercial_use {
            None => needs.add(Key::CommercialUse),
            Some(true) => {
                failed = true;
                reasons.push(Reason::new("commercial-use-excluded", clause));
            }
            Some(false) => {}
        }
    }

    // `warranty.coverage`, reading 12: "Only the person who bought it new is covered; a later owner is not."
    if w.original_purchaser_only {
        match a.original_purchaser {
            None => needs.add(Key::OriginalPurchaser),
            Some(true) => {}
            Some(false) => {
                failed = true;
                reasons.push(Reason::new("not-original-purchaser", &w.coverage_clause));
            }
        }
    }

    if failed {
        reasons.retain(Reason::explains_refusal);
    }
    let conds = if failed { Vec::new() } else { conditions(&w.conditions, a, &mut needs) };
    let (assessment, needs) = conclude(reasons, failed, needs, deadline, conds);
    let act_by = if needs.is_empty() { deadline } else { None };
    Assessed { assessment, needs, act_by, holds_rma: false, shop_not_covered: false }
}

fn part_reason<'p>(code: &'p str, clause: &'p str, last: Option<NaiveDate>) -> Reason<'p> {
    Reason { date: last, ..Reason::new(code, clause) }
}

/// Where the date of the check falls in the cover.
enum Period<'p> {
    /// The part or a replacement date could still change it.
    Pending,
    /// Covered to `last` (known when the answers tell it).
    Covered { last: Option<NaiveDate>, part: Option<&'p Part>, replaced: Option<NaiveDate> },
    /// Not covered since the day after `last` (known when the answers tell
    /// it); every part's cover had ended by `ended_by`.
    Ended { last: Option<NaiveDate>, ended_by: NaiveDate, part: Option<&'p Part> },
}

/// `periods`, `warranty.service-order` and `warranty.replacement`: the last
/// day of cover of the part with the problem, counted from receipt of the
/// shipment, or of a replacement unit when that ends later.
fn period<'p>(
    policy: &'p Policy,
    product: &'p Product,
    a: &Answers<'p>,
    received: NaiveDate,
    shorter: Option<crate::calendar::Period>,
    needs: &mut Needs,
) -> Period<'p> {
    let rule = policy.warranty.replacement.as_ref();
    let replaced = match a.replacement_received_date {
        Some(Some(r)) => rule.and_then(|rule| rule.period.last_day(r)),
        _ => None,
    };
    // Business use under `commercialUsePeriod`: the shorter of the part's period and that one.
    let own = |part: &Part| {
        let end = part.warranty.last_day(received)?;
        Some(shorter.and_then(|p| p.last_day(received)).map_or(end, |s| s.min(end)))
    };
    let cover = |part: &Part| own(part).map(|end| replaced.map_or(end, |r| r.max(end)));
    let part = a.part.and_then(|id| product.parts.iter().find(|p| p.id == id));
    let (first, last) = match part {
        Some(p) => (cover(p), cover(p)),
        None => (product.parts.iter().filter_map(cover).min(), product.parts.iter().filter_map(cover).max()),
    };
    let (Some(first), Some(last)) = (first, last) else { return Period::Pending };
    // The part matters when its cover is still running and differs between parts.
    if part.is_none() && first != last && a.as_of <= last {
        needs.add(Key::Part);
        return Period::Pending;
    }
    // A replacement received today would be covered to this day: the question is
    // worth asking when that is later than the cover the answers give.
    if a.replacement_received_date.is_none() {
        if let Some(best) = rule.and_then(|rule| rule.period.last_day(a.as_of)) {
            if best > last {
                needs.add(Key::ReplacementReceivedDate);
                return Period::Pending;
            }
        }
    }
    let known = (first == last).then_some(last);
    if a.as_of <= first {
        let own = part.and_then(own);
        Period::Covered { last: known, part, replaced: replaced.filter(|&r| own.is_some_and(|own| r > own)) }
    } else {
        Period::Ended { last: known, ended_by: last, part }
    }
}
