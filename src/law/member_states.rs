//! The 27 EU member states as data: legal-guarantee and presumption periods,
//! and nationwide public holidays, each with its source.
//!
//! Periods: Directive (EU) 2019/771 sets 2 years of seller liability
//! (Art. 10(1)) and a 1-year presumption (Art. 11(1)) as the floor, and lets
//! a member state keep or set longer periods (Art. 10(3), Art. 11(2)).
//! Where a national law goes further, the row says which law. Rows marked
//! "from the law's text as known, not checked here" could not be checked
//! against a stored copy of the national text while this table was written.
//!
//! Holidays: only days that are public holidays in the whole country. Regional
//! holidays (a German Land's, a Spanish autonomous community's, Alsace-Moselle's,
//! a town's patron saint), Sunday substitutes that a region may choose, and
//! bridge days set by decree are not formalised. A state whose `holidays` is
//! `None` has no holiday data: for it, only Saturdays and Sundays are taken as
//! non-working days. The tables hold the law in force in 2025 and 2026 and the
//! dated changes listed; holidays that existed only before 2000 are not
//! formalised.

use super::holidays::Holiday;

/// What the law of one EU member state says for this checker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MemberState {
    /// ISO 3166-1 alpha-2, upper case.
    pub code: &'static str,
    /// Years after delivery within which a lack of conformity that becomes
    /// apparent makes the seller liable (2019/771 Art. 10(1) and (3)).
    pub guarantee_years: u8,
    /// National law sets no fixed end to the seller's liability (it follows
    /// the goods' expected lifespan, or only a limitation period bounds it):
    /// `guarantee_years` is then the Directive's floor, a day the right
    /// certainly lasts to, not the day it ends.
    pub guarantee_open_ended: bool,
    /// Years after delivery within which a lack of conformity that becomes
    /// apparent is presumed to have existed at delivery (2019/771 Art. 11).
    pub presumption_years: u8,
    /// Nationwide public holidays; `None`: no holiday data, weekends only.
    pub holidays: Option<&'static [Holiday]>,
}

impl MemberState {
    const fn new(code: &'static str, guarantee_years: u8, presumption_years: u8) -> MemberState {
        MemberState { code, guarantee_years, guarantee_open_ended: false, presumption_years, holidays: None }
    }

    const fn open_ended(self) -> MemberState {
        MemberState { guarantee_open_ended: true, ..self }
    }

    const fn with(self, holidays: &'static [Holiday]) -> MemberState {
        MemberState { holidays: Some(holidays), ..self }
    }
}

/// The directive's floor: 2 years of liability, 1 year of presumption.
const fn floor(code: &'static str) -> MemberState {
    MemberState::new(code, 2, 1)
}

/// The 27 member states, sorted by code.
pub static MEMBER_STATES: [MemberState; 27] = [
    // Verbrauchergewährleistungsgesetz (BGBl. I 175/2021) §§ 10, 11; from the law's text as known, not checked here.
    floor("AT"),
    // Old Civil Code Art. 1649quater §1 (2 years) and §4 (2 years' presumption) as amended by the Law of
    // 20 March 2022, for contracts from 1 June 2022.
    MemberState::new("BE", 2, 2),
    // Not checked here.
    floor("BG"),
    // Transposed in the Directive's words (MPR Partners' survey of the transpositions).
    floor("CY"),
    // Civil Code §§ 2161, 2165 as amended in 2022; not checked here.
    floor("CZ"),
    // BGB § 438(1) no. 3 (2 years) and § 477(1) (1 year since 2022); not checked here.
    floor("DE").with(DE),
    // Købeloven; not checked here.
    floor("DK"),
    // Law of Obligations Act § 218; not checked here.
    floor("EE"),
    // TRLGDCU Art. 120 (3 years) and Art. 121 (2 years) as amended by Real Decreto-ley 7/2021, from 2022.
    MemberState::new("ES", 3, 2).with(ES),
    // Kuluttajansuojalaki ch. 5 as amended by Act 1242/2021 (HE 180/2021): liability follows the goods'
    // expected lifespan, bounded only by the general limitation period; presumption 1 year.
    floor("FI").open_ended(),
    // Code de la consommation L. 217-3 (2 years) and L. 217-7 (24 months for new goods).
    MemberState::new("FR", 2, 2).with(FR),
    // Not checked here.
    floor("GR"),
    // Not checked here.
    floor("HR"),
    // Government Decree 373/2021; not checked here.
    floor("HU"),
    // Consumer Rights Act 2022 s. 22(1): presumption 12 months. The seller's liability has no fixed end; the
    // Statute of Limitations 1957 s. 11(1) (6 years for contract claims) bounds it. The Act's own wording of
    // that bound was not checked here.
    floor("IE").open_ended(),
    // Codice del consumo Art. 133 and 135 (D.Lgs. 170/2021); not checked here.
    floor("IT").with(IT),
    // Not checked here.
    floor("LT"),
    // Transposed in the Directive's words (MPR Partners' survey of the transpositions).
    floor("LU"),
    // Not checked here.
    floor("LV"),
    // Not checked here.
    floor("MT"),
    // Burgerlijk Wetboek 7:17 and 7:18 as amended by the Implementatiewet richtlijnen verkoop goederen en
    // levering digitale inhoud: conformity follows the goods' expected lifespan, no fixed end; presumption
    // 1 year (Kamerstukken 36 163, nr. 3).
    floor("NL").open_ended().with(NL),
    // Ustawa o prawach konsumenta Art. 43c (from 2023): 2 years, and 2 years' presumption; from the law's text
    // as known, not checked here.
    MemberState::new("PL", 2, 2).with(PL),
    // Decreto-Lei 84/2021 Art. 12(1) (3 years) and Art. 13(1) (2 years), from 2022.
    MemberState::new("PT", 3, 2),
    // OUG 140/2021; not checked here.
    floor("RO"),
    // Konsumentköplag (2022:260), from 1 May 2022: complaints up to 3 years after delivery, and a defect
    // appearing within 2 years presumed original.
    MemberState::new("SE", 3, 2),
    // ZVPot-1 (2022); not checked here.
    floor("SI"),
    // Not checked here.
    floor("SK"),
];

/// The member state with this ISO alpha-2 code (upper case); `None` for any
/// other country.
pub fn member_state(code: &str) -> Option<&'static MemberState> {
    MEMBER_STATES.binary_search_by(|s| s.code.cmp(code)).ok().map(|i| &MEMBER_STATES[i])
}

/// Germany: the public holidays of all 16 Länder (each Land's Feiertagsgesetz;
/// 3 October by the Unification Treaty, Art. 2(2)). Epiphany, Corpus Christi,
/// Assumption, Reformation Day, All Saints, Repentance Day, Women's Day and
/// Children's Day are holidays in some Länder only: not formalised.
static DE: &[Holiday] = &[
    Holiday::fixed(1, 1),                             // Neujahr
    Holiday::easter(-2),                              // Karfreitag
    Holiday::easter(1),                               // Ostermontag
    Holiday::fixed(5, 1),                             // Tag der Arbeit
    Holiday::easter(39),                              // Christi Himmelfahrt
    Holiday::easter(50),                              // Pfingstmontag
    Holiday::fixed(10, 3).since(1990),                // Tag der Deutschen Einheit
    Holiday::fixed(10, 31).since(2017).through(2017), // 500 years of the Reformation: once, in every Land
    Holiday::fixed(12, 25),                           // 1. Weihnachtstag
    Holiday::fixed(12, 26),                           // 2. Weihnachtstag
];

/// Spain: the national holidays (Estatuto de los Trabajadores Art. 37(2),
/// Real Decreto 2001/1983 Art. 45) kept in every autonomous community, as the
/// yearly BOE resolution lists them (6 January is replaceable by a community
/// but every community keeps it). Holy Thursday, Easter Monday, 19 March,
/// 25 July and the Mondays a community substitutes for a holiday on a Sunday
/// are regional: not formalised.
static ES: &[Holiday] = &[
    Holiday::fixed(1, 1),   // Año Nuevo
    Holiday::fixed(1, 6),   // Epifanía del Señor
    Holiday::easter(-2),    // Viernes Santo
    Holiday::fixed(5, 1),   // Fiesta del Trabajo
    Holiday::fixed(8, 15),  // Asunción de la Virgen
    Holiday::fixed(10, 12), // Fiesta Nacional de España
    Holiday::fixed(11, 1),  // Todos los Santos
    Holiday::fixed(12, 6),  // Día de la Constitución
    Holiday::fixed(12, 8),  // Inmaculada Concepción
    Holiday::fixed(12, 25), // Natividad del Señor
];

/// France: the fêtes légales of the Code du travail, Art. L. 3133-1. Good
/// Friday and 26 December in Alsace-Moselle (L. 3134-13) and the overseas
/// abolition days (L. 3422-2) are regional: not formalised.
static FR: &[Holiday] = &[
    Holiday::fixed(1, 1),   // Jour de l'an
    Holiday::easter(1),     // Lundi de Pâques
    Holiday::fixed(5, 1),   // Fête du travail
    Holiday::fixed(5, 8),   // Victoire 1945
    Holiday::easter(39),    // Ascension
    Holiday::easter(50),    // Lundi de Pentecôte
    Holiday::fixed(7, 14),  // Fête nationale
    Holiday::fixed(8, 15),  // Assomption
    Holiday::fixed(11, 1),  // Toussaint
    Holiday::fixed(11, 11), // Armistice 1918
    Holiday::fixed(12, 25), // Noël
];

/// Italy: Legge 260/1949 Art. 2 as amended (Legge 54/1977, DPR 792/1985,
/// Legge 336/2000 for 2 June), and the law of October 2025 that makes
/// 4 October a national holiday from 2026. A town's patron saint is local:
/// not formalised.
static IT: &[Holiday] = &[
    Holiday::fixed(1, 1),              // Capodanno
    Holiday::fixed(1, 6),              // Epifania
    Holiday::easter(1),                // Lunedì dell'Angelo
    Holiday::fixed(4, 25),             // Festa della Liberazione
    Holiday::fixed(5, 1),              // Festa del Lavoro
    Holiday::fixed(6, 2).since(2001),  // Festa della Repubblica (on the first Sunday of June until 2000)
    Holiday::fixed(8, 15),             // Ferragosto
    Holiday::fixed(10, 4).since(2026), // San Francesco d'Assisi
    Holiday::fixed(11, 1),             // Ognissanti
    Holiday::fixed(12, 8),             // Immacolata Concezione
    Holiday::fixed(12, 25),            // Natale
    Holiday::fixed(12, 26),            // Santo Stefano
];

/// Netherlands: the algemeen erkende feestdagen of the Algemene termijnenwet,
/// Art. 3(1), and Good Friday, equated with them by Art. 3(2): the days on
/// which Dutch law treats a period as not ending. The bridge days a royal
/// decree equates every few years (Art. 3(3)) are not formalised.
static NL: &[Holiday] = &[
    Holiday::fixed(1, 1),                                       // Nieuwjaarsdag
    Holiday::easter(-2),                                        // Goede Vrijdag (Art. 3(2))
    Holiday::easter(1),                                         // Tweede Paasdag
    Holiday::sunday_shift(4, 30, -1).since(1980).through(2013), // Koninginnedag: 30 April, the Saturday before if a Sunday
    Holiday::sunday_shift(4, 27, -1).since(2014),               // Koningsdag: 27 April, the Saturday before if a Sunday
    Holiday::fixed(5, 5),                                       // Bevrijdingsdag
    Holiday::easter(39),                                        // Hemelvaartsdag
    Holiday::easter(50),                                        // Tweede Pinksterdag
    Holiday::fixed(12, 25),                                     // Eerste Kerstdag
    Holiday::fixed(12, 26),                                     // Tweede Kerstdag
];

/// Poland: Ustawa o dniach wolnych od pracy (1951) Art. 1, with 6 January
/// from 2011 and 24 December from 2025 (Ustawa of 6 December 2024).
static PL: &[Holiday] = &[
    Holiday::fixed(1, 1),               // Nowy Rok
    Holiday::fixed(1, 6).since(2011),   // Trzech Króli
    Holiday::easter(0),                 // Wielkanoc
    Holiday::easter(1),                 // Poniedziałek Wielkanocny
    Holiday::fixed(5, 1),               // Święto Pracy
    Holiday::fixed(5, 3),               // Święto Konstytucji 3 Maja
    Holiday::easter(49),                // Zielone Świątki
    Holiday::easter(60),                // Boże Ciało
    Holiday::fixed(8, 15),              // Wniebowzięcie NMP
    Holiday::fixed(11, 1),              // Wszystkich Świętych
    Holiday::fixed(11, 11),             // Narodowe Święto Niepodległości
    Holiday::fixed(12, 24).since(2025), // Wigilia
    Holiday::fixed(12, 25),             // Boże Narodzenie
    Holiday::fixed(12, 26),             // drugi dzień Bożego Narodzenia
];

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Datelike, NaiveDate};

    /// Every date in `year` that one of `country`'s holidays falls on.
    fn holidays(country: &str, year: i32) -> Vec<String> {
        let list = member_state(country).and_then(|s| s.holidays).unwrap();
        let mut days: Vec<NaiveDate> = list.iter().filter_map(|h| h.date_in(year)).collect();
        days.sort();
        days.dedup();
        assert!(days.iter().all(|d| d.year() == year));
        days.iter().map(|d| d.format("%m-%d").to_string()).collect()
    }

    #[test]
    fn every_member_state_has_data_and_nothing_else_does() {
        let codes: Vec<&str> = MEMBER_STATES.iter().map(|s| s.code).collect();
        assert_eq!(
            codes,
            [
                "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT",
                "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK"
            ]
        );
        for s in &MEMBER_STATES {
            assert_eq!(member_state(s.code), Some(s));
            assert!(
                s.guarantee_years >= 2 && s.presumption_years >= 1 && s.presumption_years <= s.guarantee_years,
                "{}",
                s.code
            );
        }
        for other in ["US", "GB", "CH", "NO", "IS", "EL", "UK", "EU", "de", "", "DEU"] {
            assert_eq!(member_state(other), None, "{other}");
        }
    }

    #[test]
    fn national_periods_beyond_the_directive() {
        let periods =
            |c: &str| member_state(c).map(|s| (s.guarantee_years, s.presumption_years, s.guarantee_open_ended));
        assert_eq!(periods("DE"), Some((2, 1, false)));
        assert_eq!(periods("ES"), Some((3, 2, false)));
        assert_eq!(periods("PT"), Some((3, 2, false)));
        assert_eq!(periods("FR"), Some((2, 2, false)));
        assert_eq!(periods("SE"), Some((3, 2, false)));
        assert_eq!(periods("NL"), Some((2, 1, true)));
        let with_holidays: Vec<&str> = MEMBER_STATES.iter().filter(|s| s.holidays.is_some()).map(|s| s.code).collect();
        assert_eq!(with_holidays, ["DE", "ES", "FR", "IT", "NL", "PL"]);
    }

    /// Each country's published list of nationwide public holidays for one year.
    #[rustfmt::skip]
    const PUBLISHED: &[(&str, i32, &[&str])] = &[
        ("DE", 2024, &["01-01", "03-29", "04-01", "05-01", "05-09", "05-20", "10-03", "12-25", "12-26"]),
        ("FR", 2024, &["01-01", "04-01", "05-01", "05-08", "05-09", "05-20", "07-14", "08-15", "11-01", "11-11",
                       "12-25"]),
        // The BOE list of holidays common to all communities, and 8 December
        // (a Sunday in 2024, which several communities moved to the 9th).
        ("ES", 2024, &["01-01", "01-06", "03-29", "05-01", "08-15", "10-12", "11-01", "12-06", "12-08", "12-25"]),
        ("IT", 2024, &["01-01", "01-06", "04-01", "04-25", "05-01", "06-02", "08-15", "11-01", "12-08", "12-25",
                       "12-26"]),
        ("NL", 2024, &["01-01", "03-29", "04-01", "04-27", "05-05", "05-09", "05-20", "12-25", "12-26"]),
        ("PL", 2025, &["01-01", "01-06", "04-20", "04-21", "05-01", "05-03", "06-08", "06-19", "08-15", "11-01",
                       "11-11", "12-24", "12-25", "12-26"]),
    ];

    #[test]
    fn published_holiday_lists() {
        for &(country, year, expected) in PUBLISHED {
            assert_eq!(holidays(country, year), expected, "{country} {year}");
        }
    }

    /// Rule changes: country, year, day, whether it is a holiday that year.
    const CHANGES: &[(&str, i32, &str, bool)] = &[
        ("DE", 2017, "10-31", true), // 500 years of the Reformation, once
        ("DE", 2018, "10-31", false),
        ("IT", 2025, "10-04", false), // San Francesco from 2026
        ("IT", 2027, "10-04", true),
        ("NL", 2025, "04-26", true), // 27 April a Sunday: King's Day on the Saturday
        ("NL", 2025, "04-27", false),
        ("NL", 2014, "04-26", true), // the first King's Day, also moved off a Sunday
        ("NL", 2013, "04-30", true), // the last Queen's Day
        ("NL", 2013, "04-27", false),
        ("NL", 2006, "04-29", true),  // 30 April a Sunday: Queen's Day on the Saturday
        ("PL", 2024, "12-24", false), // Christmas Eve from 2025
        ("PL", 2025, "12-24", true),
        ("PL", 2010, "01-06", false), // Epiphany from 2011
        ("PL", 2011, "01-06", true),
    ];

    #[test]
    fn holiday_rule_changes() {
        for &(country, year, day, holiday) in CHANGES {
            assert_eq!(holidays(country, year).contains(&day.to_string()), holiday, "{country} {year}-{day}");
        }
    }
}
