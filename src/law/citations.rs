//! The provisions of law the statutory assessments cite, as data.
//!
//! Ids are stable and dotted like the policy's clause ids in CLAUSES.md;
//! they never change once published. Kinds mean what they mean there:
//! a rule changes an outcome or a date, a condition is something the shopper
//! must do or accept, info decides nothing.
//!
//! Checked against stored copies of the texts: 2011/83/EU Art. 2(7), Art. 9
//! and Art. 13(1) (wording), Art. 16(e) (as quoted in CJEU C-681/17);
//! 2019/771 Art. 7(1)(c) and Art. 17 (wording); Regulation 1182/71 Art. 2(1),
//! 3(1) and 3(4) (wording); 15 U.S.C. 2308(b) and 16 CFR 700.10 (wording).
//! Not checked here, from the texts as known: 2011/83/EU Art. 11(1)-(2),
//! 14(1)-(2) and recital 41; 1182/71 Art. 3(2)(b)-(c); the numbering of
//! 2019/771 Art. 10, 11 and 13 (their content is confirmed by national
//! transpositions and commentaries); 16 CFR 701.3(a)(9) (the stored copy
//! breaks off before item 6; that every written warranty must carry the
//! sentence is confirmed).

use crate::policy::ClauseKind::{self, Condition, Info, Rule};
use serde::Serialize;

/// One provision of law, with a stable id.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Citation {
    /// Stable id, e.g. `eu.withdrawal.period`.
    pub id: &'static str,
    /// What it does to an assessment.
    pub kind: ClauseKind,
    /// The instrument and article, as a lawyer would write it.
    pub source: &'static str,
}

/// The right of withdrawal is for contracts concluded at a distance (online, by phone or mail) or off premises,
/// between a trader and a consumer (2011/83/EU Art. 2(7), 9(1)).
pub const EU_WITHDRAWAL_DISTANCE: &str = "eu.withdrawal.distance";
/// 14 days from the day the goods came into the consumer's physical possession (2011/83/EU Art. 9(1), 9(2)(b)).
pub const EU_WITHDRAWAL_PERIOD: &str = "eu.withdrawal.period";
/// No reason needs to be given (2011/83/EU Art. 9(1)).
pub const EU_WITHDRAWAL_NO_REASON: &str = "eu.withdrawal.no-reason";
/// Tell the trader before the period ends; sending the notice in time is enough (2011/83/EU Art. 11(1)-(2)).
pub const EU_WITHDRAWAL_NOTICE: &str = "eu.withdrawal.notice";
/// Sealed goods unfit for return for health or hygiene reasons, once unsealed, are excepted (2011/83/EU Art. 16(e)).
pub const EU_WITHDRAWAL_HYGIENE: &str = "eu.withdrawal.hygiene";
/// Send the goods back within 14 days of the notice; the direct cost of return is the consumer's unless the
/// trader agreed to bear it or did not say so (2011/83/EU Art. 14(1)).
pub const EU_WITHDRAWAL_RETURN: &str = "eu.withdrawal.return";
/// Handling beyond what is needed to establish the goods' nature, characteristics and functioning makes the
/// consumer liable for lost value, but does not end the right (2011/83/EU Art. 14(2)).
pub const EU_WITHDRAWAL_TESTING: &str = "eu.withdrawal.testing";
/// The trader refunds every payment, standard delivery included, within 14 days (2011/83/EU Art. 13).
pub const EU_WITHDRAWAL_REFUND: &str = "eu.withdrawal.refund";
/// The day of the event is not counted; a period of days ends at the end of its last day (1182/71 Art. 3(1), 3(2)(b)-(c)).
pub const EU_PERIODS_COUNTING: &str = "eu.periods.counting";
/// A period whose last day is a Saturday, Sunday or public holiday ends at the end of the next working day
/// (1182/71 Art. 3(4); public holidays are those of the member state, Art. 2(1)).
pub const EU_PERIODS_WORKING_DAY: &str = "eu.periods.working-day";
/// The seller is liable for a lack of conformity that becomes apparent within 2 years of delivery, longer where
/// national law says so (2019/771 Art. 10(1), 10(3)).
pub const EU_GUARANTEE_PERIOD: &str = "eu.guarantee.period";
/// A lack of conformity that becomes apparent within 1 year of delivery (2 in some states) is presumed to have
/// existed at delivery (2019/771 Art. 11).
pub const EU_GUARANTEE_PRESUMPTION: &str = "eu.guarantee.presumption";
/// Repair or replacement first, then a price reduction or ending the contract (2019/771 Art. 13).
pub const EU_GUARANTEE_REMEDIES: &str = "eu.guarantee.remedies";
/// The goods must come with the accessories the consumer may reasonably expect (2019/771 Art. 7(1)(c)).
pub const EU_GUARANTEE_ACCESSORIES: &str = "eu.guarantee.accessories";
/// A commercial guarantee, such as a maker's, is in addition to the legal guarantee (2019/771 Art. 17).
pub const EU_GUARANTEE_COMMERCIAL: &str = "eu.guarantee.commercial";
/// The rights are a consumer's: someone buying outside their trade, business, craft or profession
/// (2011/83/EU Art. 2(1); 2019/771 Art. 2(2)).
pub const EU_CONSUMER: &str = "eu.consumer";
/// The seller answers for the goods' conformity: a fault from an outside cause after delivery (an accident,
/// misuse, liquid) is not a lack of conformity (2019/771 Art. 5-7, 10(1)).
pub const EU_GUARANTEE_CONFORMITY: &str = "eu.guarantee.conformity";
/// Goods with digital elements must conform in their software too, updates included (2019/771 Art. 2(5)(b), 7(3)).
pub const EU_GUARANTEE_DIGITAL: &str = "eu.guarantee.digital-elements";
/// Goods must have the durability normal for goods of the type that a consumer may reasonably expect
/// (2019/771 Art. 7(1)(d)).
pub const EU_GUARANTEE_DURABILITY: &str = "eu.guarantee.durability";
/// A seller's or maker's terms cannot take away or narrow the consumer's rights (2019/771 Art. 21(1)).
pub const EU_GUARANTEE_BINDING: &str = "eu.guarantee.binding";
/// The consumer directives apply in Iceland, Liechtenstein and Norway through the EEA Agreement (Annex XIX).
pub const EEA_AGREEMENT: &str = "eea.agreement";
/// France's outermost regions and Åland are EU territory where the Treaties, and so the directives, apply
/// under their member state's law (TFEU Art. 349, 355(1); 1994 Act of Accession, Protocol No 2).
pub const EU_TERRITORY: &str = "eu.territory";
/// Ireland: no fixed end of the seller's liability; a claim must be brought within six years of delivery
/// (Statute of Limitations 1957 s. 11(1)(a)).
pub const IE_LIMITATION: &str = "ie.guarantee.limitation";
/// The Netherlands and Finland: beyond the two years, the seller answers for as long as a buyer may expect such
/// goods to last (BW 7:17, 7:23; Kuluttajansuojalaki ch. 5).
pub const EXPECTED_LIFE: &str = "eu.guarantee.expected-life";
/// Norway and Iceland: 2 years to complain, 5 for goods meant to last substantially longer (Forbrukerkjøpsloven
/// § 27(1); Lög um neytendakaup 48/2003, 27. gr.).
pub const MEANT_TO_LAST: &str = "eea.guarantee.meant-to-last";
/// Implied warranties may be limited to the duration of a written warranty, where the law allows (15 U.S.C. 2308(b)).
pub const US_IMPLIED_WARRANTIES: &str = "us.implied-warranties";
/// "You may also have other rights which vary from State to State" (16 CFR 701.3(a)(9)).
pub const US_STATE_RIGHTS: &str = "us.state-rights";
/// Coverage may not be tied to the use of branded articles; damage is excluded only when they caused it
/// (15 U.S.C. 2302(c), 16 CFR 700.10).
pub const US_TIE_IN: &str = "us.tie-in";

const fn cite(id: &'static str, kind: ClauseKind, source: &'static str) -> Citation {
    Citation { id, kind, source }
}

/// Every provision the statutory assessments may cite.
pub static CITATIONS: [Citation; 28] = [
    cite(EU_WITHDRAWAL_DISTANCE, Rule, "Directive 2011/83/EU, Art. 2(7), 9(1)"),
    cite(EU_CONSUMER, Rule, "Directive 2011/83/EU, Art. 2(1); Directive (EU) 2019/771, Art. 2(2)"),
    cite(EU_WITHDRAWAL_PERIOD, Rule, "Directive 2011/83/EU, Art. 9(1), 9(2)(b)"),
    cite(EU_WITHDRAWAL_NO_REASON, Info, "Directive 2011/83/EU, Art. 9(1)"),
    cite(EU_WITHDRAWAL_NOTICE, Condition, "Directive 2011/83/EU, Art. 11(1)-(2)"),
    cite(EU_WITHDRAWAL_HYGIENE, Rule, "Directive 2011/83/EU, Art. 16(e)"),
    cite(EU_WITHDRAWAL_RETURN, Condition, "Directive 2011/83/EU, Art. 14(1)"),
    cite(EU_WITHDRAWAL_TESTING, Condition, "Directive 2011/83/EU, Art. 14(2)"),
    cite(EU_WITHDRAWAL_REFUND, Info, "Directive 2011/83/EU, Art. 13"),
    cite(EU_PERIODS_COUNTING, Rule, "Regulation (EEC, Euratom) No 1182/71, Art. 3(1), 3(2)(b)-(c)"),
    cite(EU_PERIODS_WORKING_DAY, Rule, "Regulation (EEC, Euratom) No 1182/71, Art. 2(1), 3(4)"),
    cite(EU_GUARANTEE_PERIOD, Rule, "Directive (EU) 2019/771, Art. 10(1), 10(3)"),
    cite(EU_GUARANTEE_PRESUMPTION, Rule, "Directive (EU) 2019/771, Art. 11(1)-(2)"),
    cite(EU_GUARANTEE_CONFORMITY, Rule, "Directive (EU) 2019/771, Art. 5-7, 10(1)"),
    cite(EU_GUARANTEE_REMEDIES, Condition, "Directive (EU) 2019/771, Art. 13"),
    cite(EU_GUARANTEE_ACCESSORIES, Info, "Directive (EU) 2019/771, Art. 7(1)(c)"),
    cite(EU_GUARANTEE_COMMERCIAL, Info, "Directive (EU) 2019/771, Art. 17"),
    cite(EU_GUARANTEE_DIGITAL, Condition, "Directive (EU) 2019/771, Art. 2(5)(b), 7(3)"),
    cite(EU_GUARANTEE_DURABILITY, Condition, "Directive (EU) 2019/771, Art. 7(1)(d)"),
    cite(EU_GUARANTEE_BINDING, Info, "Directive (EU) 2019/771, Art. 21(1)"),
    cite(
        EXPECTED_LIFE,
        Condition,
        "Burgerlijk Wetboek 7:17, 7:23; Kuluttajansuojalaki (38/1978) ch. 5 as amended by 1242/2021",
    ),
    cite(IE_LIMITATION, Rule, "Statute of Limitations 1957 (Ireland), s. 11(1)(a); Consumer Rights Act 2022"),
    cite(
        MEANT_TO_LAST,
        Condition,
        "Forbrukerkjøpsloven (LOV-2002-06-21-34) § 27(1); Lög um neytendakaup nr. 48/2003, 27. gr.",
    ),
    cite(EEA_AGREEMENT, Info, "Agreement on the European Economic Area, Annex XIX"),
    cite(EU_TERRITORY, Info, "TFEU Art. 349, 355(1); Act of Accession 1994, Protocol No 2"),
    cite(US_IMPLIED_WARRANTIES, Info, "15 U.S.C. 2308(b)"),
    cite(US_STATE_RIGHTS, Info, "16 CFR 701.3(a)(9)"),
    cite(US_TIE_IN, Rule, "15 U.S.C. 2302(c); 16 CFR 700.10"),
];

/// The provision with this id.
pub fn citation(id: &str) -> Option<&'static Citation> {
    CITATIONS.iter().find(|c| c.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_dotted_kebab_case_and_found() {
        for (i, c) in CITATIONS.iter().enumerate() {
            assert!(CITATIONS[..i].iter().all(|o| o.id != c.id), "{} twice", c.id);
            let parts: Vec<&str> = c.id.split('.').collect();
            assert!(parts.len() >= 2 && ["eu", "eea", "ie", "us"].contains(&parts[0]), "{}", c.id);
            assert!(
                parts.iter().all(|p| !p.is_empty()
                    && !p.starts_with('-')
                    && !p.ends_with('-')
                    && p.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')),
                "{}",
                c.id
            );
            assert!(!c.source.is_empty());
            assert_eq!(citation(c.id), Some(c));
        }
        assert_eq!(citation("eu.withdrawal.nope"), None);
        assert_eq!(citation(EU_PERIODS_WORKING_DAY).map(|c| c.kind), Some(ClauseKind::Rule));
        assert_eq!(citation(EU_GUARANTEE_REMEDIES).map(|c| c.kind), Some(ClauseKind::Condition));
        assert_eq!(citation(US_STATE_RIGHTS).map(|c| c.kind), Some(ClauseKind::Info));
    }

    #[test]
    fn kinds_serialise_as_the_clause_map_writes_them() {
        let json = serde_json::to_string(&CITATIONS[0]).unwrap();
        assert_eq!(
            json,
            r#"{"id":"eu.withdrawal.distance","kind":"rule","source":"Directive 2011/83/EU, Art. 2(7), 9(1)"}"#
        );
    }
}
