//! The questions: their answer keys in asking order, the kind of answer each
//! takes, the fixed options, and [`Needs`], a set of keys.

/// A question, named by its answer key, in asking order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Key {
    /// `asOf`: the date of the check (filled in by the page, never asked).
    AsOf,
    /// `product`.
    Product,
    /// `returnReason`.
    ReturnReason,
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
    /// `cause`.
    Cause,
    /// `part`.
    Part,
    /// `replacementReceivedDate`.
    ReplacementReceivedDate,
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
        Key::ReturnReason,
        Key::Seller,
        Key::Country,
        Key::ReceivedDate,
        Key::BoughtOnline,
        Key::OrderDate,
        Key::RmaIssuedOn,
        Key::PhysicallyDamaged,
        Key::AllAccessories,
        Key::Opened,
        Key::Cause,
        Key::Part,
        Key::ReplacementReceivedDate,
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
