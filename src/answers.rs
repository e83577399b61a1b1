//! The shopper's answers, parsed and checked against the policy in use.
//!
//! The wasm layer turns whatever JavaScript passed into a list of
//! [`RawValue`]s without judging them; everything that can be wrong with an
//! answer is found here, where native tests reach it.

use std::fmt;

use chrono::NaiveDate;

use crate::calendar::{parse_date, DateProblem};
use crate::iso_countries::country;
use crate::policy::{Cause, Policy, Product};

/// A question, named by its answer key, in asking order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Key {
    /// `asOf`: the date of the check (filled in by the page, never asked).
    AsOf,
    /// `product`.
    Product,
    /// `seller`.
    Seller,
    /// `country`.
    Country,
    /// `receivedDate`.
    ReceivedDate,
    /// `boughtOnline`: bought at a distance (online), not in a shop.
    BoughtOnline,
    /// `orderDate`.
    OrderDate,
    /// `rmaIssuedOn`.
    RmaIssuedOn,
    /// `physicallyDamaged`.
    PhysicallyDamaged,
    /// `allAccessories`.
    AllAccessories,
    /// `opened`: the product's sealed packaging has been opened.
    Opened,
    /// `returnReason`.
    ReturnReason,
    /// `part`.
    Part,
    /// `replacementReceivedDate`.
    ReplacementReceivedDate,
    /// `cause`.
    Cause,
    /// `commercialUse`.
    CommercialUse,
    /// `originalPurchaser`.
    OriginalPurchaser,
}

/// What kind of answer a question takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// One of a list of options.
    Choice,
    /// A `YYYY-MM-DD` date.
    Date,
    /// `true` or `false`.
    YesNo,
    /// A date, or `null` for "none".
    DateOrNone,
}

impl Kind {
    /// The name the JavaScript contract uses.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Choice => "choice",
            Kind::Date => "date",
            Kind::YesNo => "yes-no",
            Kind::DateOrNone => "date-or-none",
        }
    }
}

impl Key {
    /// Every key, in asking order.
    pub const ALL: [Key; 17] = [
        Key::AsOf,
        Key::Product,
        Key::Seller,
        Key::Country,
        Key::ReceivedDate,
        Key::BoughtOnline,
        Key::OrderDate,
        Key::RmaIssuedOn,
        Key::PhysicallyDamaged,
        Key::AllAccessories,
        Key::Opened,
        Key::ReturnReason,
        Key::Part,
        Key::ReplacementReceivedDate,
        Key::Cause,
        Key::CommercialUse,
        Key::OriginalPurchaser,
    ];

    /// The answer key in JavaScript.
    pub fn name(self) -> &'static str {
        match self {
            Key::AsOf => "asOf",
            Key::Product => "product",
            Key::Seller => "seller",
            Key::Country => "country",
            Key::BoughtOnline => "boughtOnline",
            Key::ReceivedDate => "receivedDate",
            Key::OrderDate => "orderDate",
            Key::RmaIssuedOn => "rmaIssuedOn",
            Key::PhysicallyDamaged => "physicallyDamaged",
            Key::AllAccessories => "allAccessories",
            Key::Opened => "opened",
            Key::ReturnReason => "returnReason",
            Key::Part => "part",
            Key::ReplacementReceivedDate => "replacementReceivedDate",
            Key::Cause => "cause",
            Key::CommercialUse => "commercialUse",
            Key::OriginalPurchaser => "originalPurchaser",
        }
    }

    /// The key named `name`, if it is one.
    pub fn from_name(name: &str) -> Option<Key> {
        Some(match name {
            "asOf" => Key::AsOf,
            "product" => Key::Product,
            "seller" => Key::Seller,
            "country" => Key::Country,
            "receivedDate" => Key::ReceivedDate,
            "boughtOnline" => Key::BoughtOnline,
            "orderDate" => Key::OrderDate,
            "rmaIssuedOn" => Key::RmaIssuedOn,
            "physicallyDamaged" => Key::PhysicallyDamaged,
            "allAccessories" => Key::AllAccessories,
            "opened" => Key::Opened,
            "returnReason" => Key::ReturnReason,
            "part" => Key::Part,
            "replacementReceivedDate" => Key::ReplacementReceivedDate,
            "cause" => Key::Cause,
            "commercialUse" => Key::CommercialUse,
            "originalPurchaser" => Key::OriginalPurchaser,
            _ => return None,
        })
    }

    /// What kind of answer it takes.
    pub fn kind(self) -> Kind {
        match self {
            Key::AsOf | Key::ReceivedDate | Key::OrderDate => Kind::Date,
            Key::RmaIssuedOn | Key::ReplacementReceivedDate => Kind::DateOrNone,
            Key::BoughtOnline
            | Key::PhysicallyDamaged
            | Key::AllAccessories
            | Key::Opened
            | Key::CommercialUse
            | Key::OriginalPurchaser => Kind::YesNo,
            Key::Product | Key::Seller | Key::Country | Key::ReturnReason | Key::Part | Key::Cause => Kind::Choice,
        }
    }
}

/// The questions an assessment still depends on, as a set of keys.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Needs(u32);

impl Needs {
    /// Adds `key`.
    pub fn add(&mut self, key: Key) {
        self.0 |= 1 << key as u32;
    }

    /// Whether `key` is in the set.
    pub fn has(self, key: Key) -> bool {
        self.0 & (1 << key as u32) != 0
    }

    /// Both sets.
    pub fn union(self, other: Needs) -> Needs {
        Needs(self.0 | other.0)
    }

    /// Whether the set is empty.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
}

/// The seller value for any shop that the policy does not name.
pub const OTHER_SELLER: &str = "other";

/// Why the shopper wants to return the product.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReturnReason {
    /// `defect`: the product failed.
    Defect,
    /// `changed-mind`: any other reason.
    ChangedMind,
}

impl ReturnReason {
    /// The answer values, in the order the page offers them.
    pub const OPTIONS: [&'static str; 2] = ["defect", "changed-mind"];

    /// The answer value.
    pub fn name(self) -> &'static str {
        match self {
            ReturnReason::Defect => "defect",
            ReturnReason::ChangedMind => "changed-mind",
        }
    }
}

/// One answer as JavaScript gave it, before any judgement.
#[derive(Clone, Debug, PartialEq)]
pub enum RawValue {
    /// `undefined`: not answered yet.
    Undefined,
    /// `null`.
    Null,
    /// A boolean.
    Bool(bool),
    /// A string short enough to be read.
    Str(String),
    /// A string too long to be any answer; its text is not carried.
    LongStr,
    /// A number (NaN and infinities included).
    Number,
    /// Any other JavaScript type, by its `typeof`: object, function, symbol, bigint.
    Other(String),
    /// Reading the value threw.
    Unreadable,
}

/// Reads raw answers from the wire text the wasm layer's reader writes.
///
/// The text is either `!` and the JavaScript kind of a value that is not an
/// answers object (`!null`, `!string`, `!array`, `!unreadable`...), or a run
/// of entries, each a tag, the key as `<length>:<text>` and, for the tags
/// `s` (a string) and `o` (another type, by its `typeof`), the value the same
/// way. Lengths count UTF-16 code units, as JavaScript does. The other tags
/// carry no value: `z` null, `t` true, `f` false, `n` a number, `S` a string
/// too long for any answer, `x` a value whose reading threw.
///
/// # Errors
/// `invalid-answers` (field `None`) for a value that is not an object or a
/// text the reader cannot have written; `unreadable-answer` (field `None`)
/// when reading the object's keys threw.
pub fn read_wire(text: &str) -> Result<Vec<(String, RawValue)>, AnswerError> {
    let whole = |code| AnswerError::new(code, None);
    if let Some(kind) = text.strip_prefix('!') {
        return Err(whole(if kind == "unreadable" { ErrorCode::UnreadableAnswer } else { ErrorCode::InvalidAnswers }));
    }
    let mut rest = text.chars();
    let mut entries = Vec::new();
    while let Some(tag) = rest.next() {
        let key = counted(&mut rest).ok_or(whole(ErrorCode::InvalidAnswers))?;
        let value = match tag {
            'z' => RawValue::Null,
            't' => RawValue::Bool(true),
            'f' => RawValue::Bool(false),
            'n' => RawValue::Number,
            'S' => RawValue::LongStr,
            'x' => RawValue::Unreadable,
            's' => RawValue::Str(counted(&mut rest).ok_or(whole(ErrorCode::InvalidAnswers))?),
            'o' => RawValue::Other(counted(&mut rest).ok_or(whole(ErrorCode::InvalidAnswers))?),
            _ => return Err(whole(ErrorCode::InvalidAnswers)),
        };
        entries.push((key, value));
    }
    Ok(entries)
}

/// Reads `<length>:<text>`, the length in UTF-16 code units.
fn counted(chars: &mut std::str::Chars<'_>) -> Option<String> {
    let mut units: usize = 0;
    loop {
        match chars.next()? {
            ':' => break,
            c => units = units.checked_mul(10)?.checked_add(c.to_digit(10)? as usize)?,
        }
    }
    let mut out = String::new();
    while units > 0 {
        let c = chars.next()?;
        units = units.checked_sub(c.len_utf16())?;
        out.push(c);
    }
    Some(out)
}

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
                        policy
                            .returns
                            .sellers
                            .iter()
                            .map(String::as_str)
                            .chain([OTHER_SELLER])
                            .find(|&known| known == s)
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
                        policy.products.iter().flat_map(|p| &p.parts).map(|p| p.id.as_str()).find(|&id| id == s)
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

    /// The checks between answers, in the asking order of the field at fault.
    fn check_between(&self) -> Result<(), AnswerError> {
        let after_as_of = |key: Key, date: Option<NaiveDate>| match date {
            Some(d) if d > self.as_of => Err(AnswerError::at(ErrorCode::DateAfterAsOf, key)),
            _ => Ok(()),
        };
        after_as_of(Key::ReceivedDate, self.received_date)?;
        after_as_of(Key::OrderDate, self.order_date)?;
        if let (Some(order), Some(received)) = (self.order_date, self.received_date) {
            if order > received {
                return Err(AnswerError::at(ErrorCode::OrderAfterReceipt, Key::OrderDate));
            }
        }
        after_as_of(Key::RmaIssuedOn, self.rma_issued_on.flatten())?;
        if let (Some(product), Some(part)) = (self.product, self.part) {
            if !product.parts.iter().any(|p| p.id == part) {
                return Err(AnswerError::at(ErrorCode::PartNotInProduct, Key::Part));
            }
        }
        after_as_of(Key::ReplacementReceivedDate, self.replacement_received_date.flatten())
    }
}

fn choice<T>(key: Key, value: &RawValue, find: impl FnOnce(&str) -> Option<T>) -> Result<T, AnswerError> {
    match value {
        RawValue::Str(s) => find(s).ok_or_else(|| AnswerError::at(ErrorCode::UnknownOption, key)),
        RawValue::LongStr => Err(AnswerError::at(ErrorCode::UnknownOption, key)),
        other => Err(not_read(key, other)),
    }
}

fn date(key: Key, value: &RawValue) -> Result<NaiveDate, AnswerError> {
    match value {
        RawValue::Str(s) => parse_date(s).map_err(|p| {
            AnswerError::at(
                match p {
                    DateProblem::Invalid => ErrorCode::InvalidDate,
                    DateProblem::OutOfRange => ErrorCode::DateOutOfRange,
                },
                key,
            )
        }),
        RawValue::LongStr => Err(AnswerError::at(ErrorCode::InvalidDate, key)),
        other => Err(not_read(key, other)),
    }
}

fn date_or_none(key: Key, value: &RawValue) -> Result<Option<NaiveDate>, AnswerError> {
    match value {
        RawValue::Null => Ok(None),
        other => date(key, other).map(Some),
    }
}

fn yes_no(key: Key, value: &RawValue) -> Result<bool, AnswerError> {
    match value {
        RawValue::Bool(b) => Ok(*b),
        other => Err(not_read(key, other)),
    }
}

fn not_read(key: Key, value: &RawValue) -> AnswerError {
    let code = if *value == RawValue::Unreadable { ErrorCode::UnreadableAnswer } else { ErrorCode::WrongType };
    AnswerError::at(code, key)
}

/// The stable machine code of an [`AnswerError`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorCode {
    /// The whole value is not an answers object.
    InvalidAnswers,
    /// `asOf` is missing.
    MissingAsOf,
    /// A key that is not a question.
    UnknownKey,
    /// A value of the wrong type for its question.
    WrongType,
    /// Not a `YYYY-MM-DD` date, or a day that does not exist.
    InvalidDate,
    /// A date whose year is outside 1900 to 2999.
    DateOutOfRange,
    /// A value that is not one of the question's options.
    UnknownOption,
    /// A part that the chosen product does not have.
    PartNotInProduct,
    /// A date later than `asOf`.
    DateAfterAsOf,
    /// An order date later than the date of receipt.
    OrderAfterReceipt,
    /// Reading the value threw.
    UnreadableAnswer,
}

impl ErrorCode {
    /// Every code, in the order the contract lists them.
    pub const ALL: [ErrorCode; 11] = [
        ErrorCode::InvalidAnswers,
        ErrorCode::MissingAsOf,
        ErrorCode::UnknownKey,
        ErrorCode::WrongType,
        ErrorCode::InvalidDate,
        ErrorCode::DateOutOfRange,
        ErrorCode::UnknownOption,
        ErrorCode::PartNotInProduct,
        ErrorCode::DateAfterAsOf,
        ErrorCode::OrderAfterReceipt,
        ErrorCode::UnreadableAnswer,
    ];

    /// The code as JavaScript sees it.
    pub fn name(self) -> &'static str {
        match self {
            ErrorCode::InvalidAnswers => "invalid-answers",
            ErrorCode::MissingAsOf => "missing-as-of",
            ErrorCode::UnknownKey => "unknown-key",
            ErrorCode::WrongType => "wrong-type",
            ErrorCode::InvalidDate => "invalid-date",
            ErrorCode::DateOutOfRange => "date-out-of-range",
            ErrorCode::UnknownOption => "unknown-option",
            ErrorCode::PartNotInProduct => "part-not-in-product",
            ErrorCode::DateAfterAsOf => "date-after-as-of",
            ErrorCode::OrderAfterReceipt => "order-after-receipt",
            ErrorCode::UnreadableAnswer => "unreadable-answer",
        }
    }

    fn message(self) -> &'static str {
        match self {
            ErrorCode::InvalidAnswers => "answers must be a plain object",
            ErrorCode::MissingAsOf => "asOf, the date of the check, is required",
            ErrorCode::UnknownKey => "not a question of the checker",
            ErrorCode::WrongType => "the value has the wrong type for this question",
            ErrorCode::InvalidDate => "not a real date written YYYY-MM-DD",
            ErrorCode::DateOutOfRange => "the year must be from 1900 to 2999",
            ErrorCode::UnknownOption => "not one of the question's options",
            ErrorCode::PartNotInProduct => "the chosen product has no such part",
            ErrorCode::DateAfterAsOf => "the date is later than asOf",
            ErrorCode::OrderAfterReceipt => "the order date is later than the date of receipt",
            ErrorCode::UnreadableAnswer => "reading the value threw an exception",
        }
    }
}

/// Malformed answers: which rule they break, and at which key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnswerError {
    /// The stable machine code.
    pub code: ErrorCode,
    /// The answer key at fault; `None` when the whole value is at fault.
    pub field: Option<String>,
}

impl AnswerError {
    /// An error at `field`.
    pub fn new(code: ErrorCode, field: Option<String>) -> AnswerError {
        AnswerError { code, field }
    }

    fn at(code: ErrorCode, key: Key) -> AnswerError {
        AnswerError::new(code, Some(key.name().to_owned()))
    }
}

impl fmt::Display for AnswerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.field {
            Some(field) => write!(f, "{field}: {}", self.code.message()),
            None => f.write_str(self.code.message()),
        }
    }
}

impl std::error::Error for AnswerError {}

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
    fn keys_are_in_asking_order() {
        assert!(Key::ALL.windows(2).all(|w| w[0] < w[1]));
        for (i, k) in Key::ALL.iter().enumerate() {
            assert_eq!(*k as usize, i);
            assert_eq!(Key::from_name(k.name()), Some(*k));
        }
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
        assert_eq!(a.product.map(|p| p.id.as_str()), Some("mi-headphones"));
        assert_eq!(a.part, Some("adapter"));
        assert_eq!(a.country, Some("DE"));
        assert_eq!(a.cause.map(|c| c.clause.as_str()), Some("exclusions.f"));
        assert_eq!(a.replacement_received_date, None);
        assert_eq!(a.return_reason, Some(ReturnReason::ChangedMind));
    }

    #[test]
    fn the_wire_text_reads_back() {
        assert_eq!(
            read_wire("s4:asOf10:2026-01-01z11:rmaIssuedOnt17:physicallyDamagedn4:partS6:seller").unwrap(),
            raw(&[
                ("asOf", s("2026-01-01")),
                ("rmaIssuedOn", RawValue::Null),
                ("physicallyDamaged", RawValue::Bool(true)),
                ("part", RawValue::Number),
                ("seller", RawValue::LongStr),
            ])
        );
        // Lengths count UTF-16 units: an astral character is two, "é" one.
        assert_eq!(
            read_wire("s2:\u{1F600}1:\u{e9}x1:kf0:").unwrap(),
            raw(&[("\u{1F600}", s("\u{e9}")), ("k", RawValue::Unreadable), ("", RawValue::Bool(false))])
        );
        assert_eq!(read_wire("o3:key6:symbol").unwrap(), raw(&[("key", RawValue::Other("symbol".into()))]));
        assert_eq!(read_wire("").unwrap(), raw(&[]));
        for bad in
            ["s4:asO", "s4:asOf", "s4:asOf3:ab", "q1:a", "s:a", "s99999999999999999999999:a", "sx:a", "s1:\u{1F600}1:a"]
        {
            assert_eq!(read_wire(bad).unwrap_err().code, ErrorCode::InvalidAnswers, "{bad}");
        }
        assert_eq!(read_wire("!null").unwrap_err(), AnswerError::new(ErrorCode::InvalidAnswers, None));
        assert_eq!(read_wire("!unreadable").unwrap_err(), AnswerError::new(ErrorCode::UnreadableAnswer, None));
    }

    #[test]
    fn messages_are_plain() {
        let e = AnswerError::new(ErrorCode::UnknownKey, f("colour"));
        assert_eq!(e.to_string(), "colour: not a question of the checker");
        for code in ErrorCode::ALL {
            let m = code.message();
            assert!(!m.ends_with('.') && m.chars().next().is_some_and(|c| c.is_lowercase()), "{m}");
        }
    }
}
