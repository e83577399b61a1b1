//! Whether a cause of a problem is a lack of conformity: the law's own data.
//!
//! A seller answers under the legal guarantee for a lack of conformity that
//! existed at delivery (Directive (EU) 2019/771 Art. 10(1)); a maker's or
//! seller's terms cannot narrow that (Art. 21). So a policy's exclusions never
//! decide it: each of a policy's causes names the kind of cause it is
//! (`"kind"` in the policy's JSON), and this table says what the law makes of
//! each kind.

use serde::Serialize;

use crate::decision::StatutoryCondition;

/// A kind of cause the law knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum CauseKind {
    /// A fault that appeared in normal use: a defect in materials or making.
    Defect,
    /// The shopper does not know; also a policy cause that names no kind.
    Unknown,
    /// A fault of the software or firmware of goods with digital elements.
    SoftwareFault,
    /// Lost or damaged data, with no fault of the goods.
    DataLoss,
    /// Either of the two above, as one answer.
    SoftwareOrData,
    /// Wear: less battery life, worn parts.
    Wear,
    /// Damage the consumer caused: an accident, liquid, misuse, neglect, a
    /// wrong power supply.
    ConsumerDamage,
    /// An event from outside after delivery: lightning, a storm, a fire.
    OutsideEvent,
    /// The consumer's own modification or opening of the goods.
    Modification,
    /// A repair or service by someone neither the seller nor the maker sent.
    ThirdPartyRepair,
    /// Damage done by another product used with it.
    OtherProduct,
}

/// What the law makes of a kind of cause.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Conformity {
    /// A lack of conformity: the legal guarantee applies.
    Lack,
    /// Not a lack of conformity: the legal guarantee does not apply.
    NotALack,
    /// A lack of conformity on a condition, by its code and citation.
    If(StatutoryCondition, &'static str),
}

/// Every kind with its JSON name, what the law makes of it, and why.
pub static CAUSE_KINDS: [(CauseKind, &str, Conformity, &str); 11] = {
    use CauseKind::*;
    use Conformity::*;
    [
        (Defect, "defect", Lack, "Directive (EU) 2019/771, Art. 6, 7, 10(1)"),
        (
            Unknown,
            "unknown",
            Lack,
            "Directive (EU) 2019/771, Art. 11: within the presumption the lack is presumed; after it, to be shown",
        ),
        (
            SoftwareFault,
            "software-fault",
            Lack,
            "Directive (EU) 2019/771, Art. 2(5)(b), 7(3): the digital elements of goods must conform",
        ),
        (
            DataLoss,
            "data-loss",
            NotALack,
            "Directive (EU) 2019/771, Art. 5-7: lost data alone is no fault of the goods",
        ),
        (
            SoftwareOrData,
            "software-or-data",
            If(StatutoryCondition::SoftwareFaultNotDataLoss, super::EU_GUARANTEE_DIGITAL),
            "Directive (EU) 2019/771, Art. 2(5)(b), 7(3)",
        ),
        (
            Wear,
            "wear",
            If(StatutoryCondition::WearBeyondNormal, super::EU_GUARANTEE_DURABILITY),
            "Directive (EU) 2019/771, Art. 7(1)(d): the durability normal for goods of the type",
        ),
        (
            ConsumerDamage,
            "consumer-damage",
            NotALack,
            "Directive (EU) 2019/771, Art. 10(1): the lack must exist at delivery",
        ),
        (OutsideEvent, "outside-event", NotALack, "Directive (EU) 2019/771, Art. 10(1)"),
        (Modification, "modification", NotALack, "Directive (EU) 2019/771, Art. 10(1)"),
        (ThirdPartyRepair, "third-party-repair", NotALack, "Directive (EU) 2019/771, Art. 10(1)"),
        (OtherProduct, "other-product", NotALack, "Directive (EU) 2019/771, Art. 10(1)"),
    ]
};

impl CauseKind {
    /// The kind named `name` in a policy's JSON.
    pub fn from_name(name: &str) -> Option<CauseKind> {
        CAUSE_KINDS.iter().find(|k| k.1 == name).map(|k| k.0)
    }

    /// Its name in a policy's JSON.
    pub fn name(self) -> &'static str {
        CAUSE_KINDS.iter().find(|k| k.0 == self).map_or("unknown", |k| k.1)
    }

    /// What the law makes of it.
    pub fn conformity(self) -> Conformity {
        CAUSE_KINDS.iter().find(|k| k.0 == self).map_or(Conformity::Lack, |k| k.2)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_once_with_its_name_and_a_source() {
        for (i, &(kind, name, _, source)) in CAUSE_KINDS.iter().enumerate() {
            assert!(CAUSE_KINDS[..i].iter().all(|k| k.0 != kind && k.1 != name), "{name} twice");
            assert_eq!(CauseKind::from_name(name), Some(kind));
            assert_eq!(kind.name(), name);
            assert_eq!(serde_json::to_value(kind).unwrap(), name);
            assert!(source.starts_with("Directive"), "{name}");
        }
        assert_eq!(CauseKind::from_name("accident"), None);
    }

    #[test]
    fn the_law_not_the_policy_decides_conformity() {
        assert_eq!(CauseKind::Defect.conformity(), Conformity::Lack);
        assert_eq!(CauseKind::SoftwareFault.conformity(), Conformity::Lack);
        assert_eq!(CauseKind::DataLoss.conformity(), Conformity::NotALack);
        assert_eq!(CauseKind::ConsumerDamage.conformity(), Conformity::NotALack);
        assert!(matches!(CauseKind::Wear.conformity(), Conformity::If(StatutoryCondition::WearBeyondNormal, _)));
    }
}
