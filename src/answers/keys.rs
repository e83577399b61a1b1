//! The questions: their answer keys in asking order, the kind of answer each
//! takes, the fixed options, and [`Needs`], a set of keys.

code_table! {
    /// A question, named by its answer key. The rows are the asking order:
    /// the interview, `vocabulary()`, the TypeScript `Answers` and
    /// docs/codes.md all follow it.
    pub enum Key: kind -> Kind {
        /// `asOf`: the date of the check (filled in by the page, never asked).
        AsOf = "asOf" => Kind::Date,
        /// `product`.
        Product = "product" => Kind::Choice,
        /// `returnReason`.
        ReturnReason = "returnReason" => Kind::Choice,
        /// `seller`.
        Seller = "seller" => Kind::Choice,
        /// `country`.
        Country = "country" => Kind::Choice,
        /// `receivedDate`.
        ReceivedDate = "receivedDate" => Kind::Date,
        /// `boughtOnline`: bought at a distance (online), not in a shop.
        BoughtOnline = "boughtOnline" => Kind::YesNo,
        /// `orderDate`.
        OrderDate = "orderDate" => Kind::Date,
        /// `rmaIssuedOn`.
        RmaIssuedOn = "rmaIssuedOn" => Kind::DateOrNone,
        /// `physicallyDamaged`.
        PhysicallyDamaged = "physicallyDamaged" => Kind::YesNo,
        /// `allAccessories`.
        AllAccessories = "allAccessories" => Kind::YesNo,
        /// `opened`: the product's sealed packaging has been opened.
        Opened = "opened" => Kind::YesNo,
        /// `cause`.
        Cause = "cause" => Kind::Choice,
        /// `part`.
        Part = "part" => Kind::Choice,
        /// `replacementReceivedDate`.
        ReplacementReceivedDate = "replacementReceivedDate" => Kind::DateOrNone,
        /// `commercialUse`.
        CommercialUse = "commercialUse" => Kind::YesNo,
        /// `originalPurchaser`.
        OriginalPurchaser = "originalPurchaser" => Kind::YesNo,
    }
}

code_table! {
    /// What kind of answer a question takes.
    pub enum Kind {
        /// One of a list of options.
        Choice = "choice",
        /// A `YYYY-MM-DD` date.
        Date = "date",
        /// `true` or `false`.
        YesNo = "yes-no",
        /// A date, or `null` for "none".
        DateOrNone = "date-or-none",
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_in_asking_order() {
        assert!(Key::ALL.windows(2).all(|w| w[0] < w[1]));
        for (i, k) in Key::ALL.iter().enumerate() {
            assert_eq!(*k as usize, i);
            assert_eq!(Key::from_name(k.name()), Some(*k));
        }
    }
}
