//! The shopper's answers, parsed and checked against the policy in use.
//!
//! The wasm layer turns whatever JavaScript passed into a list of
//! [`RawValue`]s without judging them; everything that can be wrong with an
//! answer is found here, where native tests reach it.

mod between;
mod errors;
mod keys;
mod values;

use chrono::NaiveDate;

pub use errors::{AnswerError, ErrorCode};
pub use keys::{Key, Kind, Needs, ReturnReason, OTHER_SELLER};
pub use values::RawValue;
use values::{choice, date, date_or_none, yes_no};

use crate::iso_countries::country;
use crate::policy::{Cause, Policy, Product, Text};

/// Answers that have been checked against a policy.
///
/// `None` means not answered yet; for the two "date or none" questions,
/// `Some(None)` means answered "none".
#[derive(Clone, Debug, PartialEq)]
pub struct Answers<'p> {
    /// The date of the check.
    pub as_of: NaiveDate,
    /// The product.
    pub product: Option<&'p Product>,
    /// The shop: one of the policy's sellers, or `other`.
    pub seller: Option<&'p str>,
    /// Where it was bought and is used.
    pub country: Option<&'static str>,
    /// Whether it was bought at a distance (online) rather than in a shop.
    pub bought_online: Option<bool>,
    /// When the shipment was received.
    pub received_date: Option<NaiveDate>,
    /// When the order was placed.
    pub order_date: Option<NaiveDate>,
    /// When an RMA was issued, or `Some(None)` for none.
    pub rma_issued_on: Option<Option<NaiveDate>>,
    /// Whether the product is physically broken or damaged.
    pub physically_damaged: Option<bool>,
    /// Whether every accessory that came in the box is there.
    pub all_accessories: Option<bool>,
    /// Whether the sealed packaging has been opened.
    pub opened: Option<bool>,
    /// Why it is returned.
    pub return_reason: Option<ReturnReason>,
    /// The part that has the problem, one of the product's parts.
    pub part: Option<&'p str>,
    /// When this unit was received as a warranty replacement, or `Some(None)`.
    pub replacement_received_date: Option<Option<NaiveDate>>,
    /// What led to the problem.
    pub cause: Option<&'p Cause>,
    /// Whether it is used for a business.
    pub commercial_use: Option<bool>,
    /// Whether the person checking bought it new.
    pub original_purchaser: Option<bool>,
}

impl<'p> Answers<'p> {
    /// Answers with only the date of the check.
    pub fn new(as_of: NaiveDate) -> Answers<'p> {
        Answers {
            as_of,
            product: None,
            seller: None,
            country: None,
            bought_online: None,
            received_date: None,
            order_date: None,
            rma_issued_on: None,
            physically_damaged: None,
            all_accessories: None,
            opened: None,
            return_reason: None,
            part: None,
            replacement_received_date: None,
            cause: None,
            commercial_use: None,
            original_purchaser: None,
        }
    }

    /// Whether the question `key` has an answer.
    pub fn has(&self, key: Key) -> bool {
        match key {
            Key::AsOf => true,
            Key::Product => self.product.is_some(),
            Key::Seller => self.seller.is_some(),
            Key::Country => self.country.is_some(),
            Key::BoughtOnline => self.bought_online.is_some(),
            Key::ReceivedDate => self.received_date.is_some(),
            Key::OrderDate => self.order_date.is_some(),
            Key::RmaIssuedOn => self.rma_issued_on.is_some(),
            Key::PhysicallyDamaged => self.physically_damaged.is_some(),
            Key::AllAccessories => self.all_accessories.is_some(),
            Key::Opened => self.opened.is_some(),
            Key::ReturnReason => self.return_reason.is_some(),
            Key::Part => self.part.is_some(),
            Key::ReplacementReceivedDate => self.replacement_received_date.is_some(),
            Key::Cause => self.cause.is_some(),
            Key::CommercialUse => self.commercial_use.is_some(),
            Key::OriginalPurchaser => self.original_purchaser.is_some(),
        }
    }

    /// Checks raw answers against `policy`.
    ///
    /// `entries` are the object's own keys with their values, in the
    /// object's order; `Undefined` values count as not answered.
    ///
    /// # Errors
    /// The first problem in this order: an unknown key (in the object's
    /// order), then each answer in asking order, then the checks between
    /// answers. See [`ErrorCode`].
    pub fn parse(entries: &[(String, RawValue)], policy: &'p Policy) -> Result<Answers<'p>, AnswerError> {
        let mut values: [Option<&RawValue>; Key::ALL.len()] = [None; Key::ALL.len()];
        for (name, value) in entries {
            let key =
                Key::from_name(name).ok_or_else(|| AnswerError::new(ErrorCode::UnknownKey, Some(name.clone())))?;
            if *value != RawValue::Undefined {
                values[key as usize] = Some(value);
            }
        }
        let as_of = match values[Key::AsOf as usize] {
            None => return Err(AnswerError::at(ErrorCode::MissingAsOf, Key::AsOf)),
            Some(v) => date(Key::AsOf, v)?,
        };
        let mut a = Answers::new(as_of);
        for key in Key::ALL.into_iter().skip(1) {
            let Some(v) = values[key as usize] else { continue };
            match key {
                Key::AsOf => {}
                Key::Product => a.product = Some(choice(key, v, |s| policy.product(s))?),
                Key::Seller => {
                    a.seller = Some(choice(key, v, |s| {
                        policy.returns.sellers.iter().map(Text::as_ref).chain([OTHER_SELLER]).find(|&known| known == s)
                    })?)
                }
                // Any of the 249, or of the policy's own list when it has one.
                Key::Country => a.country = Some(choice(key, v, |s| country(s).filter(|c| policy.allows_country(c)))?),
                Key::BoughtOnline => a.bought_online = Some(yes_no(key, v)?),
                Key::ReceivedDate => a.received_date = Some(date(key, v)?),
                Key::OrderDate => a.order_date = Some(date(key, v)?),
                Key::RmaIssuedOn => a.rma_issued_on = Some(date_or_none(key, v)?),
                Key::PhysicallyDamaged => a.physically_damaged = Some(yes_no(key, v)?),
                Key::AllAccessories => a.all_accessories = Some(yes_no(key, v)?),
                Key::Opened => a.opened = Some(yes_no(key, v)?),
                Key::ReturnReason => {
                    a.return_reason = Some(choice(key, v, |s| match s {
                        "defect" => Some(ReturnReason::Defect),
                        "changed-mind" => Some(ReturnReason::ChangedMind),
                        _ => None,
                    })?)
                }
                Key::Part => {
                    a.part = Some(choice(key, v, |s| {
                        policy.products.iter().flat_map(|p| p.parts.iter()).map(|p| p.id.as_ref()).find(|&id| id == s)
                    })?)
                }
                Key::ReplacementReceivedDate => a.replacement_received_date = Some(date_or_none(key, v)?),
                Key::Cause => a.cause = Some(choice(key, v, |s| policy.cause(s))?),
                Key::CommercialUse => a.commercial_use = Some(yes_no(key, v)?),
                Key::OriginalPurchaser => a.original_purchaser = Some(yes_no(key, v)?),
            }
        }
        a.check_between()?;
        Ok(a)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policies::default_policy;

    fn raw(pairs: &[(&str, RawValue)]) -> Vec<(String, RawValue)> {
        pairs.iter().map(|(k, v)| (k.to_string(), v.clone())).collect()
    }

    fn s(text: &str) -> RawValue {
        RawValue::Str(text.to_owned())
    }

    fn err(pairs: &[(&str, RawValue)]) -> (ErrorCode, Option<String>) {
        let e = Answers::parse(&raw(pairs), default_policy()).unwrap_err();
        (e.code, e.field)
    }

    fn f(name: &str) -> Option<String> {
        Some(name.to_owned())
    }

    #[test]
    fn each_error_names_its_field() {
        use ErrorCode::*;
        assert_eq!(err(&[]), (MissingAsOf, f("asOf")));
        assert_eq!(err(&[("asOf", RawValue::Undefined)]), (MissingAsOf, f("asOf")));
        assert_eq!(err(&[("asOf", s("2026-01-01")), ("colour", s("red"))]), (UnknownKey, f("colour")));
        assert_eq!(err(&[("asOf", RawValue::Number)]), (WrongType, f("asOf")));
        assert_eq!(err(&[("asOf", s("2026-02-30"))]), (InvalidDate, f("asOf")));
        assert_eq!(err(&[("asOf", RawValue::LongStr)]), (InvalidDate, f("asOf")));
        assert_eq!(err(&[("asOf", s("9999-01-01"))]), (DateOutOfRange, f("asOf")));
        assert_eq!(err(&[("asOf", s("2026-01-01")), ("product", s("mi-phone"))]), (UnknownOption, f("product")));
        assert_eq!(err(&[("asOf", s("2026-01-01")), ("product", RawValue::Null)]), (WrongType, f("product")));
        assert_eq!(err(&[("asOf", s("2026-01-01")), ("country", s("de"))]), (UnknownOption, f("country")));
        assert_eq!(
            err(&[("asOf", s("2026-01-01")), ("physicallyDamaged", s("true"))]),
            (WrongType, f("physicallyDamaged"))
        );
        assert_eq!(err(&[("asOf", s("2026-01-01")), ("cause", RawValue::Unreadable)]), (UnreadableAnswer, f("cause")));
        assert_eq!(
            err(&[("asOf", s("2026-01-01")), ("part", s("wristband")), ("product", s("mi-power-bank"))]),
            (PartNotInProduct, f("part"))
        );
        assert_eq!(
            err(&[("asOf", s("2026-01-01")), ("receivedDate", s("2026-01-02"))]),
            (DateAfterAsOf, f("receivedDate"))
        );
        assert_eq!(
            err(&[("asOf", s("2026-01-01")), ("rmaIssuedOn", s("2026-01-02"))]),
            (DateAfterAsOf, f("rmaIssuedOn"))
        );
        assert_eq!(
            err(&[("asOf", s("2026-01-10")), ("receivedDate", s("2026-01-01")), ("orderDate", s("2026-01-02"))]),
            (OrderAfterReceipt, f("orderDate"))
        );
        let received = ("receivedDate", s("2026-01-05"));
        assert_eq!(
            err(&[("asOf", s("2026-01-10")), received.clone(), ("rmaIssuedOn", s("2026-01-04"))]),
            (BeforeReceipt, f("rmaIssuedOn"))
        );
        assert_eq!(
            err(&[("asOf", s("2026-01-10")), received.clone(), ("replacementReceivedDate", s("2026-01-04"))]),
            (BeforeReceipt, f("replacementReceivedDate"))
        );
        // The day of receipt itself is no error; a later date past asOf is date-after-as-of first.
        assert!(Answers::parse(
            &raw(&[("asOf", s("2026-01-10")), received.clone(), ("rmaIssuedOn", s("2026-01-05"))]),
            default_policy()
        )
        .is_ok());
        assert_eq!(
            err(&[
                ("asOf", s("2026-01-10")),
                received.clone(),
                ("orderDate", s("2026-01-06")),
                ("rmaIssuedOn", s("2026-01-01"))
            ]),
            (OrderAfterReceipt, f("orderDate")),
            "the earlier key in asking order first"
        );
        assert_eq!(
            err(&[
                ("asOf", s("2026-01-10")),
                received,
                ("rmaIssuedOn", s("2026-01-01")),
                ("part", s("wristband")),
                ("product", s("mi-power-bank"))
            ]),
            (BeforeReceipt, f("rmaIssuedOn")),
        );
    }

    #[test]
    fn errors_come_in_the_contract_order() {
        use ErrorCode::*;
        // Unknown keys first, even after a bad answer in the object's order.
        assert_eq!(err(&[("product", RawValue::Number), ("zzz", RawValue::Bool(true))]), (UnknownKey, f("zzz")));
        // Then answers in asking order, whatever the object's order.
        assert_eq!(
            err(&[("asOf", s("2026-01-01")), ("cause", s("x")), ("seller", RawValue::Number)]),
            (WrongType, f("seller"))
        );
        // A missing asOf before any other answer.
        assert_eq!(err(&[("product", s("x"))]), (MissingAsOf, f("asOf")));
        // Then the checks between answers, after every answer is read.
        assert_eq!(
            err(&[("asOf", s("2026-01-01")), ("receivedDate", s("2026-02-01")), ("cause", s("nope"))]),
            (UnknownOption, f("cause"))
        );
    }

    #[test]
    fn null_means_none_only_for_date_or_none() {
        let p = default_policy();
        let a = Answers::parse(
            &raw(&[
                ("asOf", s("2026-01-01")),
                ("rmaIssuedOn", RawValue::Null),
                ("replacementReceivedDate", RawValue::Null),
            ]),
            p,
        )
        .unwrap();
        assert_eq!(a.rma_issued_on, Some(None));
        assert_eq!(a.replacement_received_date, Some(None));
        assert_eq!(err(&[("asOf", s("2026-01-01")), ("receivedDate", RawValue::Null)]).0, ErrorCode::WrongType);
        assert_eq!(err(&[("asOf", RawValue::Null)]).0, ErrorCode::WrongType);
    }

    #[test]
    fn a_full_set_of_answers_reads() {
        let p = default_policy();
        let a = Answers::parse(
            &raw(&[
                ("originalPurchaser", RawValue::Bool(true)),
                ("asOf", s("2026-11-23")),
                ("product", s("mi-headphones")),
                ("seller", s("mi-com")),
                ("country", s("DE")),
                ("receivedDate", s("2026-11-01")),
                ("orderDate", s("2026-10-28")),
                ("rmaIssuedOn", RawValue::Null),
                ("physicallyDamaged", RawValue::Bool(false)),
                ("allAccessories", RawValue::Bool(true)),
                ("returnReason", s("changed-mind")),
                ("part", s("adapter")),
                ("replacementReceivedDate", RawValue::Undefined),
                ("cause", s("liquid")),
                ("commercialUse", RawValue::Bool(false)),
            ]),
            p,
        )
        .unwrap();
        assert_eq!(a.product.map(|p| p.id.as_ref()), Some("mi-headphones"));
        assert_eq!(a.part, Some("adapter"));
        assert_eq!(a.country, Some("DE"));
        assert_eq!(a.cause.map(|c| c.clause.as_ref()), Some("exclusions.f"));
        assert_eq!(a.replacement_received_date, None);
        assert_eq!(a.return_reason, Some(ReturnReason::ChangedMind));
    }
}
