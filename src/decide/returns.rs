//! The return for a refund: `return.*` clauses.
//!
//! Reading 11 of CLAUSES.md: "The return depends on the shop, the window (with
//! the RMA clock), the physical condition and the accessories; the country
//! does not change it. A defective product must still be in good physical
//! condition."

use chrono::{Datelike, NaiveDate};

use super::{conclude, conditions, Assessed};
use crate::answers::{Answers, Key, Needs};
use crate::calendar::MonthDay;
use crate::decision::{Reason, ReasonCode};
use crate::policy::{Policy, ReturnPolicy, SeasonalWindow, Window};

/// The last day of the return window, as far as the answers tell it.
#[derive(Clone, Copy, Debug)]
enum Deadline<'p> {
    /// Not known without the date of receipt.
    Unknown,
    /// Known, with the seasonal window that set it, if one did.
    Known(NaiveDate, Option<&'p SeasonalWindow>),
    /// Between the ordinary window's end and a seasonal window's `latest`
    /// end: the order date tells.
    Pending { latest: NaiveDate },
}

pub(super) fn assess<'p>(policy: &'p Policy, a: &Answers<'p>) -> Assessed<'p> {
    let r = &policy.returns;
    let mut reasons = Vec::with_capacity(6);
    let mut needs = Needs::default();
    let mut failed = false;
    let mut act_by = None;
    let mut holds_rma = false;

    // `return.window`, reading 6: "The return policy covers purchases on www.mi.com only": only the
    // policy's own shops.
    let mut shop_not_covered = false;
    match a.seller {
        None => needs.add(Key::Seller),
        Some(s) if policy.return_covers_seller(s) => {
            reasons.push(Reason { seller: Some(s), ..Reason::new(ReasonCode::ReturnShopCovered, &r.sellers_clause) })
        }
        Some(s) => {
            failed = true;
            shop_not_covered = true;
            reasons
                .push(Reason { seller: Some(s), ..Reason::new(ReasonCode::ReturnShopNotCovered, &r.sellers_clause) });
        }
    }

    // A product's `finalSale` clause: it cannot be returned under the policy.
    let final_sale = match a.product {
        Some(product) => product.final_sale.as_deref().map(|clause| (product, clause)),
        None => {
            if policy.products.iter().any(|p| p.final_sale.is_some()) {
                needs.add(Key::Product);
            }
            None
        }
    };
    if let Some((product, clause)) = final_sale {
        failed = true;
        reasons.push(Reason { product: Some(&product.id), ..Reason::new(ReasonCode::ReturnFinalSale, clause) });
    }

    // A window that does not apply to the shop, or to the product, has no last day.
    let no_window = shop_not_covered || final_sale.is_some();
    // A product's own window replaces the policy's: the product then tells which applies.
    let window = policy.return_window(a.product);
    let per_product = a.product.is_none() && policy.products.iter().any(|p| p.return_window.is_some());
    let deadline = if no_window || per_product {
        if per_product && !no_window {
            needs.add(Key::Product);
        }
        Deadline::Unknown
    } else {
        deadline(r, window, a.received_date, a.order_date)
    };
    let mut reported = None;
    match deadline {
        Deadline::Unknown if !no_window && !per_product => needs.add(Key::ReceivedDate),
        Deadline::Unknown => {}
        Deadline::Pending { latest } => {
            // `return.holiday`: the order date can move the last day; it is
            // worth asking while the later day could still matter, the RMA
            // clock included.
            let rma_reach = r.rma.as_ref().and_then(|rma| match a.rma_issued_on {
                None => rma.validity.last_day(latest),
                Some(None) => None,
                Some(Some(issued)) => rma.validity.last_day(issued).filter(|_| issued <= latest),
            });
            if a.as_of <= latest || rma_reach.is_some_and(|reach| a.as_of <= reach) {
                needs.add(Key::OrderDate);
            } else {
                failed = true;
                reasons.push(Reason::new(ReasonCode::ReturnWindowClosed, &window.clause));
            }
        }
        Deadline::Known(last, seasonal) => {
            reported = Some(last);
            let clause = seasonal.map_or(window.clause.as_ref(), |s| s.clause.as_ref());
            if let Some(s) = seasonal {
                // `return.holiday`: ordered in the season, returnable to its last day.
                reasons.push(Reason {
                    order_date: a.order_date,
                    ..Reason::new(ReasonCode::ReturnHolidayWindow, &s.clause).date(last)
                });
            }
            if a.as_of <= last {
                // `return.window` / `return.rma-request`: request the RMA by the last day.
                reasons.push(Reason::new(ReasonCode::ReturnWindowOpen, clause).date(last));
                act_by = Some(last);
                if let (Some(rma), Some(Some(issued))) = (&r.rma, a.rma_issued_on) {
                    // Reading 4: "a shopper holding an RMA that was issued inside the window may still ship
                    // after the window has closed, until the RMA expires."
                    if let Some(end) = rma.validity.last_day(issued).filter(|&end| end >= a.as_of) {
                        act_by = Some(end);
                        holds_rma = true;
                    }
                }
            } else {
                match rma_after_window(r, a, last, &mut needs) {
                    RmaClock::Saves(end) => {
                        // `return.rma-validity`, reading 14: "An RMA issued inside the window means issued
                        // on or before the window's last day"; it stays valid to its own last day.
                        reasons.push(
                            Reason::new(
                                ReasonCode::RmaValid,
                                r.rma.as_ref().map_or(clause, |x| x.validity_clause.as_ref()),
                            )
                            .date(end),
                        );
                        act_by = Some(end);
                        holds_rma = true;
                    }
                    RmaClock::Pending => {}
                    RmaClock::Refuses(extra) => {
                        failed = true;
                        reasons.push(Reason::new(ReasonCode::ReturnWindowClosed, clause).date(last));
                        reasons.extend(extra);
                    }
                }
            }
        }
    }

    // `return.condition`, reading 11: "A defective product must still be in good physical condition."
    if let Some(clause) = &r.condition_clause {
        match a.physically_damaged {
            None => needs.add(Key::PhysicallyDamaged),
            Some(false) => reasons.push(Reason::new(ReasonCode::ReturnGoodCondition, clause)),
            Some(true) => {
                failed = true;
                reasons.push(Reason::new(ReasonCode::ReturnDamaged, clause));
            }
        }
    }
    // `return.accessories`: everything that came in the box.
    if let Some(clause) = &r.accessories_clause {
        match a.all_accessories {
            None => needs.add(Key::AllAccessories),
            Some(true) => reasons.push(Reason::new(ReasonCode::ReturnAccessoriesComplete, clause)),
            Some(false) => {
                failed = true;
                reasons.push(Reason::new(ReasonCode::ReturnAccessoriesMissing, clause));
            }
        }
    }
    // `opened`: an opened product is refused, or returned on a condition
    // (a restocking fee, say).
    let mut opened_condition = None;
    if let Some(rule) = &r.opened {
        match a.opened {
            None => needs.add(Key::Opened),
            Some(true) if rule.refused => {
                failed = true;
                reasons.push(Reason::new(ReasonCode::ReturnOpened, &rule.clause));
            }
            Some(true) => opened_condition = rule.condition.as_deref().map(|code| Reason::new(code, &rule.clause)),
            Some(false) => {}
        }
    }

    if failed {
        reasons.retain(Reason::explains_refusal);
    }
    let conds = if failed {
        Vec::new()
    } else {
        opened_condition.into_iter().chain(conditions(&r.conditions, a, &mut needs)).collect()
    };
    let (assessment, needs) = conclude(reasons, failed, needs, reported, conds);
    Assessed { assessment, needs, act_by, holds_rma, shop_not_covered }
}

enum RmaClock<'p> {
    /// An RMA issued inside the window is still valid to this day.
    Saves(NaiveDate),
    /// Whether an RMA was issued is still unanswered and could matter.
    Pending,
    /// No RMA can save the return; more reasons why, if any.
    Refuses(Vec<Reason<'p>>),
}

/// After the window's `last` day: `return.rma-request` and `return.rma-validity`.
/// Reading 4: "The RMA must be requested by the last day of the return window."
/// Reading 14: "An RMA issued inside the window means issued on or before the window's last day."
fn rma_after_window<'p>(r: &'p ReturnPolicy, a: &Answers<'p>, last: NaiveDate, needs: &mut Needs) -> RmaClock<'p> {
    let Some(rma) = &r.rma else { return RmaClock::Refuses(Vec::new()) };
    match a.rma_issued_on {
        None => {
            // Worth asking only while an RMA issued on the last day would still be valid.
            if rma.validity.last_day(last).is_some_and(|end| a.as_of <= end) {
                needs.add(Key::RmaIssuedOn);
                RmaClock::Pending
            } else {
                RmaClock::Refuses(Vec::new())
            }
        }
        Some(None) => RmaClock::Refuses(Vec::new()),
        Some(Some(issued)) if issued > last => {
            RmaClock::Refuses(vec![Reason::new(ReasonCode::RmaIssuedAfterWindow, &rma.request_clause).date(last)])
        }
        Some(Some(issued)) => match rma.validity.last_day(issued) {
            Some(end) if a.as_of <= end => RmaClock::Saves(end),
            end => RmaClock::Refuses(
                end.map(|end| Reason::new(ReasonCode::RmaExpired, &rma.validity_clause).date(end))
                    .into_iter()
                    .collect(),
            ),
        },
    }
}

/// The last day of the return window: the ordinary window from receipt, or
/// a seasonal window's last day when the order falls in its season and it
/// ends later. Reading 3: "This never shortens the ordinary window: the last day is the later of the two."
fn deadline<'p>(
    r: &'p ReturnPolicy,
    window: &Window,
    received: Option<NaiveDate>,
    order: Option<NaiveDate>,
) -> Deadline<'p> {
    let Some(received) = received else { return Deadline::Unknown };
    let Some(ordinary) = window.period.last_day(received) else { return Deadline::Unknown };
    match order {
        Some(order) => {
            let best = r
                .seasonal
                .iter()
                .filter_map(|s| Some((seasonal_last_day(s, season_year(s, order)?)?, s)))
                .filter(|&(end, _)| end > ordinary)
                .max_by_key(|&(end, _)| end);
            match best {
                Some((end, s)) => Deadline::Known(end, Some(s)),
                None => Deadline::Known(ordinary, None),
            }
        }
        None => {
            // The latest season an order received on `received` can have been
            // placed in: this year's if it had begun, else last year's.
            let latest = r
                .seasonal
                .iter()
                .filter_map(|s| {
                    let year = received.year();
                    let year =
                        if s.ordered_from.in_year(year).is_some_and(|from| from <= received) { year } else { year - 1 };
                    seasonal_last_day(s, year)
                })
                .max();
            match latest {
                Some(latest) if latest > ordinary => Deadline::Pending { latest },
                _ => Deadline::Known(ordinary, None),
            }
        }
    }
}

/// The year the season that `order` falls in began, when it falls in one. A
/// season that spans New Year (27 December to 6 January) began the year
/// before for an order in January.
fn season_year(s: &SeasonalWindow, order: NaiveDate) -> Option<i32> {
    let day = MonthDay::of(order);
    if s.ordered_from <= s.ordered_to {
        (s.ordered_from..=s.ordered_to).contains(&day).then_some(order.year())
    } else if day >= s.ordered_from {
        Some(order.year())
    } else if day <= s.ordered_to {
        order.year().checked_sub(1)
    } else {
        None
    }
}

/// The last day of a season that began in `order_year`.
fn seasonal_last_day(s: &SeasonalWindow, order_year: i32) -> Option<NaiveDate> {
    let year = order_year.checked_add(i32::try_from(s.years_after).ok()?)?;
    s.last_day.in_year(year)
}
