//! The states whose consumer law the checker applies, as data: the 27 EU
//! member states and the EEA states Iceland, Liechtenstein and Norway, with
//! their legal-guarantee and presumption periods and their nationwide public
//! holidays, each with its source.
//!
//! Periods: Directive (EU) 2019/771 sets 2 years of seller liability
//! (Art. 10(1)) and a 1-year presumption (Art. 11(1)) as the floor, and lets
//! a member state keep or set longer periods (Art. 10(3), Art. 11(2)).
//! Where a national law goes further, the row says which law. Rows marked
//! "from the law's text as known, not checked here" could not be checked
//! against a stored copy of the national text while this table was written.
//! Where a fact could not be verified at all, the row has no entry for it
//! rather than a guess: Liechtenstein has no legal-guarantee entry, and
//! Iceland and Norway no presumption period.
//!
//! Holidays: only days that are public holidays in the whole country, as the
//! state's statute (or, where named so, its official list) gives them; where a
//! state's law on time limits names further days on which a period cannot end
//! (Christmas Eve and Midsummer Eve in Finland and Sweden, New Year's Eve in
//! Sweden, Good Friday in the Netherlands), they are included, since the
//! withdrawal deadline is such a period. Regional holidays (a German Land's, a
//! Spanish autonomous community's, Alsace-Moselle's, the French overseas
//! departments' abolition days, a town's patron saint), Sunday substitutes
//! that a region may choose, bridge days set by decree or a government's
//! yearly decision (Hungary's, Latvia's, Bulgaria's, the Dutch ones), half
//! days (Iceland's 24 and 31 December afternoons) and one-off holidays are
//! not formalised. The tables hold the law in force in 2025 and 2026 and the
//! dated changes listed; for the states whose data was added in 2026 (all but
//! DE, ES, FR, IT, NL and PL), earlier changes are not formalised, so a date
//! before 2025 may miss a holiday since abolished or count one not yet made.
//! Holidays that existed only before 2000 are not formalised.
//!
//! The lists for 2025 and 2026 were compared, state by state, with the
//! `holidays` Python package 0.108 (the Open World Holidays Framework), which
//! cites the same statutes; the differences are named at each state. Neither
//! that package nor the statutes' texts ship with the checker.

use super::holidays::Holiday;
use chrono::Weekday::{Fri, Mon, Sat, Thu};

/// What the law of one state says for this checker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct State {
    /// ISO 3166-1 alpha-2, upper case.
    pub code: &'static str,
    /// An EEA state outside the EU (IS, LI, NO): the consumer directives
    /// apply there through the EEA Agreement, Annex XIX.
    pub eea_only: bool,
    /// The legal guarantee; `None` where this table has no verified entry.
    pub guarantee: Option<Guarantee>,
    /// Where the guarantee's periods come from. Native builds only: the
    /// page's wasm module leaves the texts out to keep within its size budget.
    #[cfg(not(target_arch = "wasm32"))]
    pub guarantee_source: &'static str,
    /// Nationwide public holidays.
    pub holidays: &'static [Holiday],
    /// Where the holidays come from: the statute or the official list
    /// (native builds only, as `guarantee_source`).
    #[cfg(not(target_arch = "wasm32"))]
    pub holidays_source: &'static str,
}

/// How long the seller answers for a lack of conformity in one state.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Guarantee {
    /// Years after delivery within which a lack of conformity that becomes
    /// apparent makes the seller liable (2019/771 Art. 10(1) and (3)); with
    /// [`Beyond`] other than `Nothing`, the years it certainly lasts.
    pub years: u8,
    /// Years after delivery within which a lack of conformity that becomes
    /// apparent is presumed to have existed at delivery (2019/771 Art. 11);
    /// `None` where this table has no verified entry.
    pub presumption_years: Option<u8>,
    /// What the national law adds after `years`.
    pub beyond: Beyond,
}

/// What a national law adds to the legal guarantee after its fixed years.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Beyond {
    /// Nothing: the guarantee ends after its years.
    Nothing,
    /// No fixed end: the seller answers for as long as a buyer may expect
    /// such goods to last (the Netherlands, Finland). The product's expected
    /// life, given by the policy, bounds it.
    ExpectedLife,
    /// No fixed end in the consumer law; the limitation period of this many
    /// years from delivery bounds the claim (Ireland).
    Limitation(u8),
    /// This many years for goods meant to last substantially longer than
    /// the fixed years (Norway's and Iceland's 5).
    MeantToLast(u8),
}

impl State {
    const fn eu(code: &'static str, guarantee: Guarantee, guarantee_source: &'static str) -> State {
        State::new(code, false, Some(guarantee), guarantee_source)
    }

    const fn eea(code: &'static str, guarantee: Option<Guarantee>, guarantee_source: &'static str) -> State {
        State::new(code, true, guarantee, guarantee_source)
    }

    #[cfg_attr(target_arch = "wasm32", allow(unused_variables))]
    const fn new(code: &'static str, eea_only: bool, guarantee: Option<Guarantee>, source: &'static str) -> State {
        State {
            code,
            eea_only,
            guarantee,
            #[cfg(not(target_arch = "wasm32"))]
            guarantee_source: source,
            holidays: &[],
            #[cfg(not(target_arch = "wasm32"))]
            holidays_source: "",
        }
    }

    #[cfg_attr(target_arch = "wasm32", allow(unused_variables))]
    const fn holidays(self, holidays: &'static [Holiday], source: &'static str) -> State {
        State {
            holidays,
            #[cfg(not(target_arch = "wasm32"))]
            holidays_source: source,
            ..self
        }
    }
}

/// `years` of liability and `presumption` years of presumption.
const fn periods(years: u8, presumption: u8) -> Guarantee {
    Guarantee { years, presumption_years: Some(presumption), beyond: Beyond::Nothing }
}

/// The directive's floor: 2 years of liability, 1 year of presumption.
const FLOOR: Guarantee = periods(2, 1);

/// The 27 member states, sorted by code.
pub static MEMBER_STATES: [State; 27] = [
    State::eu("AT", FLOOR, "Verbrauchergewährleistungsgesetz (BGBl. I 175/2021) §§ 10, 11; from the law's text as known, not checked here")
        .holidays(AT, "Feiertagsruhegesetz 1957 (BGBl. 153/1957) § 1; Arbeitsruhegesetz § 7(2)"),
    State::eu("BE", periods(2, 2), "Old Civil Code Art. 1649quater §1 and §4 as amended by the Law of 20 March 2022, for contracts from 1 June 2022")
        .holidays(BE, "Arrêté royal du 18 avril 1974 (loi du 4 janvier 1974 relative aux jours fériés), art. 1"),
    State::eu("BG", FLOOR, "Not checked here")
        .holidays(BG, "Кодекс на труда (Labour Code) Art. 154(1), and Art. 154(2) for weekend holidays (ДВ бр. 105/2016)"),
    State::eu("CY", FLOOR, "Transposed in the Directive's words (MPR Partners' survey of the transpositions)")
        .holidays(CY, "The Government of Cyprus's list of public holidays; not checked here against a statute"),
    State::eu("CZ", FLOOR, "Civil Code §§ 2161, 2165 as amended in 2022; not checked here")
        .holidays(CZ, "Zákon č. 245/2000 Sb., o státních svátcích, o ostatních svátcích, §§ 1, 2"),
    State::eu("DE", FLOOR, "BGB § 438(1) no. 3 (2 years) and § 477(1) (1 year since 2022); not checked here")
        .holidays(DE, "Each Land's Feiertagsgesetz (the days all 16 share); 3 October by the Unification Treaty Art. 2(2)"),
    State::eu("DK", FLOOR, "Købeloven; not checked here")
        .holidays(DK, "Lov om helligdagsfred § 1; Store Bededag abolished from 2024 by lov nr. 131 af 28. februar 2023"),
    State::eu("EE", FLOOR, "Law of Obligations Act § 218; not checked here")
        .holidays(EE, "Pühade ja tähtpäevade seadus § 2"),
    State::eu("ES", periods(3, 2), "TRLGDCU Art. 120 (3 years) and Art. 121 (2 years) as amended by Real Decreto-ley 7/2021, from 2022")
        .holidays(ES, "Estatuto de los Trabajadores Art. 37(2); Real Decreto 2001/1983 Art. 45; the yearly BOE resolution"),
    State::eu("FI", Guarantee { beyond: Beyond::ExpectedLife, ..FLOOR }, "Kuluttajansuojalaki ch. 5 as amended by Act 1242/2021 (HE 180/2021): liability follows the goods' expected lifespan; presumption 1 year")
        .holidays(FI, "Laki säädettyjen määräaikain laskemisesta (150/1930) § 5: the church's holy days, Independence Day, May Day, Christmas Eve and Midsummer Eve"),
    State::eu("FR", periods(2, 2), "Code de la consommation L. 217-3 (2 years) and L. 217-7 (24 months for new goods)")
        .holidays(FR, "Code du travail Art. L. 3133-1"),
    State::eu("GR", FLOOR, "Not checked here")
        .holidays(GR, "The Ministry of Labour's list of public holidays; not checked here against a statute"),
    State::eu("HR", FLOOR, "Not checked here")
        .holidays(HR, "Zakon o blagdanima, spomendanima i neradnim danima u Republici Hrvatskoj (NN 110/2019) čl. 1"),
    State::eu("HU", FLOOR, "Government Decree 373/2021; not checked here")
        .holidays(HU, "2012. évi I. törvény a munka törvénykönyvéről (Labour Code) § 102(1)"),
    State::eu("IE", Guarantee { beyond: Beyond::Limitation(6), ..FLOOR }, "Consumer Rights Act 2022 s. 22(1): presumption 12 months; no fixed end of liability; the Statute of Limitations 1957 s. 11(1)(a) (6 years for contract claims) bounds it. The Act's own wording of that bound was not checked here")
        .holidays(IE, "Organisation of Working Time Act 1997, Schedule 2, with St Brigid's Day from 2023 (S.I. No. 50 of 2022)"),
    State::eu("IT", FLOOR, "Codice del consumo Art. 133 and 135 (D.Lgs. 170/2021); not checked here")
        .holidays(IT, "Legge 260/1949 Art. 2 as amended (Legge 54/1977, DPR 792/1985, Legge 336/2000); 4 October from 2026"),
    State::eu("LT", FLOOR, "Not checked here")
        .holidays(LT, "Darbo kodeksas (Labour Code) Art. 123(1)"),
    State::eu("LU", FLOOR, "Transposed in the Directive's words (MPR Partners' survey of the transpositions)")
        .holidays(LU, "Code du travail Art. L. 232-2, with 9 May from 2019"),
    State::eu("LV", FLOOR, "Not checked here")
        .holidays(LV, "Likums \"Par svētku, atceres un atzīmējamām dienām\" Art. 1, and Art. 2(5) for 4 May and 18 November on a weekend"),
    State::eu("MT", FLOOR, "Not checked here")
        .holidays(MT, "National Holidays and Other Public Holidays Act (Cap. 252) Art. 2"),
    State::eu("NL", Guarantee { beyond: Beyond::ExpectedLife, ..FLOOR }, "Burgerlijk Wetboek 7:17 and 7:18 as amended by the Implementatiewet richtlijnen verkoop goederen en levering digitale inhoud: conformity follows the goods' expected lifespan, no fixed end; presumption 1 year (Kamerstukken 36 163, nr. 3)")
        .holidays(NL, "Algemene termijnenwet Art. 3(1), and Good Friday by Art. 3(2)"),
    State::eu("PL", periods(2, 2), "Ustawa o prawach konsumenta Art. 43c (from 2023): 2 years, and 2 years' presumption; from the law's text as known, not checked here")
        .holidays(PL, "Ustawa o dniach wolnych od pracy (1951) Art. 1, with 6 January from 2011 and 24 December from 2025"),
    State::eu("PT", periods(3, 2), "Decreto-Lei 84/2021 Art. 12(1) (3 years) and Art. 13(1) (2 years), from 2022")
        .holidays(PT, "Código do Trabalho Art. 234(1), the four holidays restored by Lei 8/2016"),
    State::eu("RO", FLOOR, "OUG 140/2021; not checked here")
        .holidays(RO, "Codul muncii (Legea 53/2003) Art. 139(1), with 6 and 7 January from 2024"),
    State::eu("SE", periods(3, 2), "Konsumentköplag (2022:260), from 1 May 2022: complaints up to 3 years after delivery, a defect appearing within 2 years presumed original")
        .holidays(SE, "Lag (1989:253) om allmänna helgdagar; Lag (1930:173) om beräkning av lagstadgad tid 2 § for Midsummer Eve, Christmas Eve and New Year's Eve"),
    State::eu("SI", FLOOR, "ZVPot-1 (2022); not checked here")
        .holidays(SI, "Zakon o praznikih in dela prostih dnevih v Republiki Sloveniji, Art. 1 and 2"),
    State::eu("SK", FLOOR, "Not checked here")
        .holidays(SK, "Zákon č. 241/1993 Z. z. o štátnych sviatkoch, dňoch pracovného pokoja a pamätných dňoch, §§ 1, 2, as amended; 8 May and 15 September no longer days off from 2026 (per the holidays package; the amending act was not read here)"),
];

/// The EEA states outside the EU, sorted by code. The withdrawal directive
/// (2011/83/EU) applies there through the EEA Agreement, Annex XIX.
pub static EEA_STATES: [State; 3] = [
    State::eea("IS", Some(Guarantee { years: 2, presumption_years: None, beyond: Beyond::MeantToLast(5) }), "Lög um neytendakaup nr. 48/2003, 27. gr.: complaints within 2 years of delivery, 5 years for goods meant to last substantially longer; from the law's text as known, not checked here. The presumption period was not verified: no entry")
        .holidays(IS, "Lög um 40 stunda vinnuviku nr. 88/1971, 6. gr. (almennir frídagar); the half days of 24 and 31 December are not formalised"),
    State::eea("LI", None, "Not verified here (the ABGB of Liechtenstein and its Konsumentenschutzgesetz): no entry")
        .holidays(LI, "The Government of Liechtenstein's list of public holidays (Arbeitsgesetz Art. 18); not checked here against the text"),
    State::eea("NO", Some(Guarantee { years: 2, presumption_years: None, beyond: Beyond::MeantToLast(5) }), "Forbrukerkjøpsloven (LOV-2002-06-21-34) § 27(1): complaints within 2 years of delivery, 5 years for goods or parts meant to last substantially longer. The presumption period (§ 18) was not verified: no entry")
        .holidays(NO, "Lov om helligdager og helligdagsfred (1995) § 1; lov om 1. og 17. mai som høgtidsdager (1947)"),
];

/// EU territory with an ISO code of its own, and the member state whose law
/// applies there: France's outermost regions (TFEU Art. 349, 355(1)) and
/// Åland (Act of Accession 1994, Protocol No 2, which leaves the consumer
/// directives in force there).
pub static TERRITORIES: [(&str, &str); 7] =
    [("AX", "FI"), ("GF", "FR"), ("GP", "FR"), ("MF", "FR"), ("MQ", "FR"), ("RE", "FR"), ("YT", "FR")];

/// The member state with this ISO alpha-2 code (upper case); `None` for any
/// other country.
pub fn member_state(code: &str) -> Option<&'static State> {
    member_state_by(number(code))
}

fn member_state_by(code: u16) -> Option<&'static State> {
    MEMBER_STATES.binary_search_by_key(&code, |s| number(s.code)).ok().and_then(|i| MEMBER_STATES.get(i))
}

/// A two-letter code as one number (its letters in order), so that a
/// lookup compares numbers instead of calling `memcmp`; 0 for any text that
/// is not two bytes, which no code is. A decision looks a state up on every
/// day it counts towards a deadline.
fn number(code: &str) -> u16 {
    match *code.as_bytes() {
        [a, b] => u16::from_be_bytes([a, b]),
        _ => 0,
    }
}

/// The state whose consumer law applies in `country`: a member state, an
/// EEA state, or the member state of an EU territory with its own code.
pub fn state(country: &str) -> Option<&'static State> {
    let country = number(country);
    let code = TERRITORIES.iter().find(|(t, _)| number(t) == country).map_or(country, |&(_, s)| number(s));
    member_state_by(code).or_else(|| EEA_STATES.iter().find(|s| number(s.code) == code))
}

/// The member state `country` is a territory of, when it is one.
pub fn territory_of(country: &str) -> Option<&'static str> {
    let country = number(country);
    TERRITORIES.iter().find(|(t, _)| number(t) == country).map(|&(_, s)| s)
}

/// Austria. Easter Sunday and Whit Sunday, holidays too, are Sundays.
static AT: &[Holiday] = &[
    Holiday::fixed(1, 1),   // Neujahr
    Holiday::fixed(1, 6),   // Heilige Drei Könige
    Holiday::easter(1),     // Ostermontag
    Holiday::fixed(5, 1),   // Staatsfeiertag
    Holiday::easter(39),    // Christi Himmelfahrt
    Holiday::easter(50),    // Pfingstmontag
    Holiday::easter(60),    // Fronleichnam
    Holiday::fixed(8, 15),  // Mariä Himmelfahrt
    Holiday::fixed(10, 26), // Nationalfeiertag
    Holiday::fixed(11, 1),  // Allerheiligen
    Holiday::fixed(12, 8),  // Mariä Empfängnis
    Holiday::fixed(12, 25), // Christtag
    Holiday::fixed(12, 26), // Stefanitag
];

/// Belgium: the ten legal holidays.
static BE: &[Holiday] = &[
    Holiday::fixed(1, 1),   // Nouvel An
    Holiday::easter(1),     // Lundi de Pâques
    Holiday::fixed(5, 1),   // Fête du Travail
    Holiday::easter(39),    // Ascension
    Holiday::easter(50),    // Lundi de Pentecôte
    Holiday::fixed(7, 21),  // Fête nationale
    Holiday::fixed(8, 15),  // Assomption
    Holiday::fixed(11, 1),  // Toussaint
    Holiday::fixed(11, 11), // Armistice
    Holiday::fixed(12, 25), // Noël
];

/// Bulgaria: Orthodox Easter; a holiday other than Easter that falls on a
/// Saturday or Sunday gives the first working day(s) after it (Art. 154(2)).
/// 1 November is a day off for schools only; the bridge days the Council of
/// Ministers declares (2 January 2026, 31 December 2025) are not formalised.
static BG: &[Holiday] = &[
    Holiday::fixed(1, 1).substituted(),   // Нова година
    Holiday::fixed(3, 3).substituted(),   // Ден на Освобождението
    Holiday::orthodox(-2),                // Велики петък
    Holiday::orthodox(-1),                // Велика събота
    Holiday::orthodox(0),                 // Великден
    Holiday::orthodox(1),                 // Великден, понеделник
    Holiday::fixed(5, 1).substituted(),   // Ден на труда
    Holiday::fixed(5, 6).substituted(),   // Гергьовден
    Holiday::fixed(5, 24).substituted(),  // Ден на светите братя Кирил и Методий
    Holiday::fixed(9, 6).substituted(),   // Ден на Съединението
    Holiday::fixed(9, 22).substituted(),  // Ден на Независимостта
    Holiday::fixed(12, 24).substituted(), // Бъдни вечер
    Holiday::fixed(12, 25).substituted(), // Рождество Христово
    Holiday::fixed(12, 26).substituted(), // Рождество Христово
];

/// Cyprus: Orthodox Easter. Easter Tuesday and 24 December, days off in the
/// public service, are not in the list compared with.
static CY: &[Holiday] = &[
    Holiday::fixed(1, 1),   // Πρωτοχρονιά
    Holiday::fixed(1, 6),   // Θεοφάνεια
    Holiday::orthodox(-48), // Καθαρά Δευτέρα
    Holiday::fixed(3, 25),  // Ευαγγελισμός, Greek Independence Day
    Holiday::fixed(4, 1),   // Cyprus National Day
    Holiday::orthodox(-2),  // Μεγάλη Παρασκευή
    Holiday::orthodox(1),   // Δευτέρα του Πάσχα
    Holiday::fixed(5, 1),   // Πρωτομαγιά
    Holiday::orthodox(50),  // Κατακλυσμός
    Holiday::fixed(8, 15),  // Κοίμηση της Θεοτόκου
    Holiday::fixed(10, 1),  // Cyprus Independence Day
    Holiday::fixed(10, 28), // Ημέρα του Όχι
    Holiday::fixed(12, 25), // Χριστούγεννα
    Holiday::fixed(12, 26), // Σύναξη της Θεοτόκου
];

/// Czechia: state holidays (§ 1) and other holidays (§ 2).
static CZ: &[Holiday] = &[
    Holiday::fixed(1, 1),   // Den obnovy samostatného českého státu; Nový rok
    Holiday::easter(-2),    // Velký pátek
    Holiday::easter(1),     // Velikonoční pondělí
    Holiday::fixed(5, 1),   // Svátek práce
    Holiday::fixed(5, 8),   // Den vítězství
    Holiday::fixed(7, 5),   // Cyril a Metoděj
    Holiday::fixed(7, 6),   // Jan Hus
    Holiday::fixed(9, 28),  // Den české státnosti
    Holiday::fixed(10, 28), // Den vzniku samostatného československého státu
    Holiday::fixed(11, 17), // Den boje za svobodu a demokracii
    Holiday::fixed(12, 24), // Štědrý den
    Holiday::fixed(12, 25), // 1. svátek vánoční
    Holiday::fixed(12, 26), // 2. svátek vánoční
];

/// Denmark. Constitution Day (5 June), 24 and 31 December are not public
/// holidays.
static DK: &[Holiday] = &[
    Holiday::fixed(1, 1),              // Nytårsdag
    Holiday::easter(-3),               // Skærtorsdag
    Holiday::easter(-2),               // Langfredag
    Holiday::easter(1),                // 2. påskedag
    Holiday::easter(26).through(2023), // Store bededag, abolished from 2024
    Holiday::easter(39),               // Kristi himmelfartsdag
    Holiday::easter(50),               // 2. pinsedag
    Holiday::fixed(12, 25),            // Juledag
    Holiday::fixed(12, 26),            // 2. juledag
];

/// Estonia. Easter Sunday and Whit Sunday are Sundays.
static EE: &[Holiday] = &[
    Holiday::fixed(1, 1),   // uusaasta
    Holiday::fixed(2, 24),  // iseseisvuspäev
    Holiday::easter(-2),    // suur reede
    Holiday::fixed(5, 1),   // kevadpüha
    Holiday::fixed(6, 23),  // võidupüha
    Holiday::fixed(6, 24),  // jaanipäev
    Holiday::fixed(8, 20),  // taasiseseisvumispäev
    Holiday::fixed(12, 24), // jõululaupäev
    Holiday::fixed(12, 25), // esimene jõulupüha
    Holiday::fixed(12, 26), // teine jõulupüha
];

/// Finland: the days § 5 of the time-limits act names. Midsummer Day and All
/// Saints' Day always fall on a Saturday.
static FI: &[Holiday] = &[
    Holiday::fixed(1, 1),                      // uudenvuodenpäivä
    Holiday::fixed(1, 6),                      // loppiainen
    Holiday::easter(-2),                       // pitkäperjantai
    Holiday::easter(1),                        // toinen pääsiäispäivä
    Holiday::fixed(5, 1),                      // vappu
    Holiday::easter(39),                       // helatorstai
    Holiday::weekday_on_or_after(6, 19, Fri),  // juhannusaatto
    Holiday::weekday_on_or_after(6, 20, Sat),  // juhannuspäivä
    Holiday::weekday_on_or_after(10, 31, Sat), // pyhäinpäivä
    Holiday::fixed(12, 6),                     // itsenäisyyspäivä
    Holiday::fixed(12, 24),                    // jouluaatto
    Holiday::fixed(12, 25),                    // joulupäivä
    Holiday::fixed(12, 26),                    // tapaninpäivä
];

/// Greece: Orthodox Easter. 1 May is moved when it falls in Holy Week or
/// Easter week; that move is not formalised.
static GR: &[Holiday] = &[
    Holiday::fixed(1, 1),   // Πρωτοχρονιά
    Holiday::fixed(1, 6),   // Θεοφάνεια
    Holiday::orthodox(-48), // Καθαρά Δευτέρα
    Holiday::fixed(3, 25),  // Ευαγγελισμός, Independence Day
    Holiday::orthodox(-2),  // Μεγάλη Παρασκευή
    Holiday::orthodox(1),   // Δευτέρα του Πάσχα
    Holiday::fixed(5, 1),   // Πρωτομαγιά
    Holiday::orthodox(50),  // Αγίου Πνεύματος
    Holiday::fixed(8, 15),  // Κοίμηση της Θεοτόκου
    Holiday::fixed(10, 28), // Ημέρα του Όχι
    Holiday::fixed(12, 25), // Χριστούγεννα
    Holiday::fixed(12, 26), // Σύναξη της Θεοτόκου
];

/// Croatia.
static HR: &[Holiday] = &[
    Holiday::fixed(1, 1),   // Nova godina
    Holiday::fixed(1, 6),   // Bogojavljenje
    Holiday::easter(1),     // Uskrsni ponedjeljak
    Holiday::fixed(5, 1),   // Praznik rada
    Holiday::fixed(5, 30),  // Dan državnosti
    Holiday::easter(60),    // Tijelovo
    Holiday::fixed(6, 22),  // Dan antifašističke borbe
    Holiday::fixed(8, 5),   // Dan pobjede i domovinske zahvalnosti
    Holiday::fixed(8, 15),  // Velika Gospa
    Holiday::fixed(11, 1),  // Svi sveti
    Holiday::fixed(11, 18), // Dan sjećanja na žrtve Domovinskog rata
    Holiday::fixed(12, 25), // Božić
    Holiday::fixed(12, 26), // Sveti Stjepan
];

/// Hungary. The bridge days a yearly decree moves are not formalised.
static HU: &[Holiday] = &[
    Holiday::fixed(1, 1),   // újév
    Holiday::fixed(3, 15),  // nemzeti ünnep
    Holiday::easter(-2),    // nagypéntek
    Holiday::easter(1),     // húsvéthétfő
    Holiday::fixed(5, 1),   // a munka ünnepe
    Holiday::easter(50),    // pünkösdhétfő
    Holiday::fixed(8, 20),  // államalapítás ünnepe
    Holiday::fixed(10, 23), // nemzeti ünnep
    Holiday::fixed(11, 1),  // mindenszentek
    Holiday::fixed(12, 25), // karácsony
    Holiday::fixed(12, 26), // karácsony
];

/// Ireland: the public holidays of Schedule 2. Good Friday is not one. The
/// Monday banks close for a holiday on a weekend is not a public holiday.
static IE: &[Holiday] = &[
    Holiday::fixed(1, 1),                        // New Year's Day
    Holiday::friday_or_monday(2, 1).since(2023), // St Brigid's Day
    Holiday::fixed(3, 17),                       // St Patrick's Day
    Holiday::easter(1),                          // Easter Monday
    Holiday::weekday_on_or_after(5, 1, Mon),     // May bank holiday
    Holiday::weekday_on_or_after(6, 1, Mon),     // June bank holiday
    Holiday::weekday_on_or_after(8, 1, Mon),     // August bank holiday
    Holiday::weekday_on_or_after(10, 25, Mon),   // October bank holiday (last Monday)
    Holiday::fixed(12, 25),                      // Christmas Day
    Holiday::fixed(12, 26),                      // St Stephen's Day
];

/// Lithuania. Mother's Day and Father's Day (first Sundays of May and June)
/// and Easter Sunday are Sundays.
static LT: &[Holiday] = &[
    Holiday::fixed(1, 1),   // Naujieji metai
    Holiday::fixed(2, 16),  // Lietuvos valstybės atkūrimo diena
    Holiday::fixed(3, 11),  // Lietuvos nepriklausomybės atkūrimo diena
    Holiday::easter(1),     // antroji Velykų diena
    Holiday::fixed(5, 1),   // Tarptautinė darbo diena
    Holiday::fixed(6, 24),  // Rasos ir Joninių diena
    Holiday::fixed(7, 6),   // Valstybės diena
    Holiday::fixed(8, 15),  // Žolinė
    Holiday::fixed(11, 1),  // Visų šventųjų diena
    Holiday::fixed(11, 2),  // Mirusiųjų atminimo diena
    Holiday::fixed(12, 24), // Kūčios
    Holiday::fixed(12, 25), // Kalėdos
    Holiday::fixed(12, 26), // antroji Kalėdų diena
];

/// Luxembourg.
static LU: &[Holiday] = &[
    Holiday::fixed(1, 1),             // Nouvel An
    Holiday::easter(1),               // Lundi de Pâques
    Holiday::fixed(5, 1),             // Fête du Travail
    Holiday::fixed(5, 9).since(2019), // Journée de l'Europe
    Holiday::easter(39),              // Ascension
    Holiday::easter(50),              // Lundi de Pentecôte
    Holiday::fixed(6, 23),            // Fête nationale
    Holiday::fixed(8, 15),            // Assomption
    Holiday::fixed(11, 1),            // Toussaint
    Holiday::fixed(12, 25),           // Noël
    Holiday::fixed(12, 26),           // Saint-Étienne
];

/// Latvia: 4 May and 18 November on a weekend give the next working day.
/// Easter Sunday, Mother's Day and Whit Sunday are Sundays; the bridge days
/// the Cabinet moves are not formalised.
static LV: &[Holiday] = &[
    Holiday::fixed(1, 1),                 // Jaungada diena
    Holiday::easter(-2),                  // Lielā Piektdiena
    Holiday::easter(1),                   // Otrās Lieldienas
    Holiday::fixed(5, 1),                 // Darba svētki, Satversmes sapulces sasaukšanas diena
    Holiday::fixed(5, 4).substituted(),   // Neatkarības atjaunošanas diena
    Holiday::fixed(6, 23),                // Līgo diena
    Holiday::fixed(6, 24),                // Jāņu diena
    Holiday::fixed(11, 18).substituted(), // Latvijas Republikas proklamēšanas diena
    Holiday::fixed(12, 24),               // Ziemassvētku vakars
    Holiday::fixed(12, 25),               // Ziemassvētki
    Holiday::fixed(12, 26),               // Otrie Ziemassvētki
    Holiday::fixed(12, 31),               // Vecgada vakars
];

/// Malta: the five national holidays and nine public holidays.
static MT: &[Holiday] = &[
    Holiday::fixed(1, 1),   // New Year's Day
    Holiday::fixed(2, 10),  // St Paul's Shipwreck
    Holiday::fixed(3, 19),  // St Joseph
    Holiday::fixed(3, 31),  // Freedom Day
    Holiday::easter(-2),    // Good Friday
    Holiday::fixed(5, 1),   // Worker's Day
    Holiday::fixed(6, 7),   // Sette Giugno
    Holiday::fixed(6, 29),  // St Peter and St Paul
    Holiday::fixed(8, 15),  // Assumption
    Holiday::fixed(9, 8),   // Our Lady of Victories
    Holiday::fixed(9, 21),  // Independence Day
    Holiday::fixed(12, 8),  // Immaculate Conception
    Holiday::fixed(12, 13), // Republic Day
    Holiday::fixed(12, 25), // Christmas Day
];

/// Portugal. Easter Sunday is a Sunday.
static PT: &[Holiday] = &[
    Holiday::fixed(1, 1),   // Ano Novo
    Holiday::easter(-2),    // Sexta-feira Santa
    Holiday::fixed(4, 25),  // Dia da Liberdade
    Holiday::fixed(5, 1),   // Dia do Trabalhador
    Holiday::easter(60),    // Corpo de Deus
    Holiday::fixed(6, 10),  // Dia de Portugal
    Holiday::fixed(8, 15),  // Assunção
    Holiday::fixed(10, 5),  // Implantação da República
    Holiday::fixed(11, 1),  // Todos os Santos
    Holiday::fixed(12, 1),  // Restauração da Independência
    Holiday::fixed(12, 8),  // Imaculada Conceição
    Holiday::fixed(12, 25), // Natal
];

/// Romania: Orthodox Easter and Pentecost.
static RO: &[Holiday] = &[
    Holiday::fixed(1, 1),             // Anul Nou
    Holiday::fixed(1, 2),             // a doua zi de Anul Nou
    Holiday::fixed(1, 6).since(2024), // Boboteaza
    Holiday::fixed(1, 7).since(2024), // Sfântul Ioan Botezătorul
    Holiday::fixed(1, 24),            // Ziua Unirii Principatelor Române
    Holiday::orthodox(-2),            // Vinerea Mare
    Holiday::orthodox(1),             // a doua zi de Paști
    Holiday::fixed(5, 1),             // Ziua Muncii
    Holiday::fixed(6, 1),             // Ziua Copilului
    Holiday::orthodox(50),            // a doua zi de Rusalii
    Holiday::fixed(8, 15),            // Adormirea Maicii Domnului
    Holiday::fixed(11, 30),           // Sfântul Andrei
    Holiday::fixed(12, 1),            // Ziua Națională
    Holiday::fixed(12, 25),           // Crăciunul
    Holiday::fixed(12, 26),           // a doua zi de Crăciun
];

/// Sweden: the allmänna helgdagar and the three eves the time-limits act
/// adds. Midsummer Day and All Saints' Day always fall on a Saturday.
static SE: &[Holiday] = &[
    Holiday::fixed(1, 1),                      // nyårsdagen
    Holiday::fixed(1, 6),                      // trettondedag jul
    Holiday::easter(-2),                       // långfredagen
    Holiday::easter(1),                        // annandag påsk
    Holiday::fixed(5, 1),                      // första maj
    Holiday::easter(39),                       // Kristi himmelsfärdsdag
    Holiday::fixed(6, 6),                      // Sveriges nationaldag
    Holiday::weekday_on_or_after(6, 19, Fri),  // midsommarafton (1930:173)
    Holiday::weekday_on_or_after(6, 20, Sat),  // midsommardagen
    Holiday::weekday_on_or_after(10, 31, Sat), // alla helgons dag
    Holiday::fixed(12, 24),                    // julafton (1930:173)
    Holiday::fixed(12, 25),                    // juldagen
    Holiday::fixed(12, 26),                    // annandag jul
    Holiday::fixed(12, 31),                    // nyårsafton (1930:173)
];

/// Slovenia. Easter Sunday and Whit Sunday are Sundays.
static SI: &[Holiday] = &[
    Holiday::fixed(1, 1),   // novo leto
    Holiday::fixed(1, 2),   // novo leto
    Holiday::fixed(2, 8),   // Prešernov dan
    Holiday::easter(1),     // velikonočni ponedeljek
    Holiday::fixed(4, 27),  // dan upora proti okupatorju
    Holiday::fixed(5, 1),   // praznik dela
    Holiday::fixed(5, 2),   // praznik dela
    Holiday::fixed(6, 25),  // dan državnosti
    Holiday::fixed(8, 15),  // Marijino vnebovzetje
    Holiday::fixed(10, 31), // dan reformacije
    Holiday::fixed(11, 1),  // dan spomina na mrtve
    Holiday::fixed(12, 25), // božič
    Holiday::fixed(12, 26), // dan samostojnosti in enotnosti
];

/// Slovakia. 1 September and 17 November, no longer days off, are left out
/// (their earlier years are not formalised).
static SK: &[Holiday] = &[
    Holiday::fixed(1, 1),                // Deň vzniku Slovenskej republiky
    Holiday::fixed(1, 6),                // Zjavenie Pána
    Holiday::easter(-2),                 // Veľký piatok
    Holiday::easter(1),                  // Veľkonočný pondelok
    Holiday::fixed(5, 1),                // Sviatok práce
    Holiday::fixed(5, 8).through(2025),  // Deň víťazstva nad fašizmom
    Holiday::fixed(7, 5),                // Sviatok svätého Cyrila a Metoda
    Holiday::fixed(8, 29),               // Výročie SNP
    Holiday::fixed(9, 15).through(2025), // Sedembolestná Panna Mária
    Holiday::fixed(11, 1),               // Sviatok všetkých svätých
    Holiday::fixed(12, 24),              // Štedrý deň
    Holiday::fixed(12, 25),              // Prvý sviatok vianočný
    Holiday::fixed(12, 26),              // Druhý sviatok vianočný
];

/// Iceland: the general days off.
static IS: &[Holiday] = &[
    Holiday::fixed(1, 1),                     // nýársdagur
    Holiday::easter(-3),                      // skírdagur
    Holiday::easter(-2),                      // föstudagurinn langi
    Holiday::easter(1),                       // annar í páskum
    Holiday::weekday_on_or_after(4, 19, Thu), // sumardagurinn fyrsti
    Holiday::fixed(5, 1),                     // verkalýðsdagurinn
    Holiday::easter(39),                      // uppstigningardagur
    Holiday::easter(50),                      // annar í hvítasunnu
    Holiday::fixed(6, 17),                    // þjóðhátíðardagurinn
    Holiday::weekday_on_or_after(8, 1, Mon),  // frídagur verslunarmanna
    Holiday::fixed(12, 25),                   // jóladagur
    Holiday::fixed(12, 26),                   // annar í jólum
];

/// Liechtenstein.
static LI: &[Holiday] = &[
    Holiday::fixed(1, 1),   // Neujahr
    Holiday::fixed(1, 6),   // Heilige Drei Könige
    Holiday::fixed(2, 2),   // Mariä Lichtmess
    Holiday::fixed(3, 19),  // Josefstag
    Holiday::easter(1),     // Ostermontag
    Holiday::fixed(5, 1),   // Tag der Arbeit
    Holiday::easter(39),    // Auffahrt
    Holiday::easter(50),    // Pfingstmontag
    Holiday::easter(60),    // Fronleichnam
    Holiday::fixed(8, 15),  // Staatsfeiertag, Mariä Himmelfahrt
    Holiday::fixed(9, 8),   // Mariä Geburt
    Holiday::fixed(11, 1),  // Allerheiligen
    Holiday::fixed(12, 8),  // Mariä Empfängnis
    Holiday::fixed(12, 25), // Weihnachten
    Holiday::fixed(12, 26), // Stephanstag
];

/// Norway.
static NO: &[Holiday] = &[
    Holiday::fixed(1, 1),   // første nyttårsdag
    Holiday::easter(-3),    // skjærtorsdag
    Holiday::easter(-2),    // langfredag
    Holiday::easter(1),     // andre påskedag
    Holiday::fixed(5, 1),   // offentlig høytidsdag
    Holiday::fixed(5, 17),  // grunnlovsdag
    Holiday::easter(39),    // Kristi himmelfartsdag
    Holiday::easter(50),    // andre pinsedag
    Holiday::fixed(12, 25), // første juledag
    Holiday::fixed(12, 26), // andre juledag
];

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

    /// Whether the state names its holidays' source (kept in native builds only).
    #[cfg(not(target_arch = "wasm32"))]
    fn sourced(s: &State) -> bool {
        !s.holidays_source.is_empty()
    }

    /// In the wasm build the source texts are left out.
    #[cfg(target_arch = "wasm32")]
    fn sourced(_: &State) -> bool {
        true
    }

    /// Every date in `year` that one of `country`'s holidays falls on.
    fn holidays(country: &str, year: i32) -> Vec<String> {
        let list = state(country).unwrap().holidays;
        let mut d = NaiveDate::from_ymd_opt(year, 1, 1).unwrap();
        let mut days = Vec::new();
        while d.year() == year {
            if super::super::holidays::is_holiday_in(list, d) {
                days.push(d.format("%m-%d").to_string());
            }
            d = d.succ_opt().unwrap();
        }
        days
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
            assert_eq!(state(s.code), Some(s));
            assert!(!s.eea_only && !s.holidays.is_empty() && sourced(s), "{}", s.code);
            let g = s.guarantee.unwrap();
            let p = g.presumption_years.unwrap();
            assert!(g.years >= 2 && p >= 1 && p <= g.years, "{}", s.code);
        }
        for other in ["US", "GB", "CH", "NO", "IS", "EL", "UK", "EU", "de", "", "DEU", "RE", "AX"] {
            assert_eq!(member_state(other), None, "{other}");
        }
        for other in ["US", "GB", "CH", "EL", "UK", "EU", "de", "", "DEU", "GL", "FO", "NC", "PF", "BL", "PM"] {
            assert_eq!(state(other), None, "{other}");
        }
    }

    #[test]
    fn a_holiday_falls_on_exactly_the_day_its_rule_gives() {
        // `falls_on` skips making a date for fixed days and for days far from
        // Easter; it must answer as `date_in` does, leap years and the
        // rules' first and last years of force included.
        for s in MEMBER_STATES.iter().chain(&EEA_STATES) {
            for year in [1900, 1999, 2000, 2016, 2017, 2018, 2024, 2025, 2026, 2027, 2028, 2100, 2999] {
                let mut d = NaiveDate::from_ymd_opt(year, 1, 1).unwrap();
                while d.year() == year {
                    for h in s.holidays {
                        assert_eq!(h.falls_on(d), h.date_in(year) == Some(d), "{} {d} {h:?}", s.code);
                    }
                    d = d.succ_opt().unwrap();
                }
            }
        }
    }

    #[test]
    fn eea_states_and_eu_territories() {
        for code in ["IS", "LI", "NO"] {
            let s = state(code).unwrap();
            assert!(s.eea_only && !s.holidays.is_empty() && sourced(s), "{code}");
        }
        // Liechtenstein: no verified legal-guarantee entry; Norway and Iceland without a presumption.
        assert_eq!(state("LI").unwrap().guarantee, None);
        assert_eq!(
            state("NO").unwrap().guarantee,
            Some(Guarantee { years: 2, presumption_years: None, beyond: Beyond::MeantToLast(5) })
        );
        for (t, s) in TERRITORIES {
            assert_eq!(state(t).map(|x| x.code), Some(s), "{t}");
            assert_eq!(territory_of(t), Some(s));
            assert!(crate::iso_countries::country(t).is_some(), "{t} is an ISO code");
        }
        assert_eq!(territory_of("FR"), None);
    }

    #[test]
    fn national_periods_beyond_the_directive() {
        let periods = |c: &str| {
            member_state(c).and_then(|s| s.guarantee).map(|g| (g.years, g.presumption_years.unwrap(), g.beyond))
        };
        assert_eq!(periods("DE"), Some((2, 1, Beyond::Nothing)));
        assert_eq!(periods("ES"), Some((3, 2, Beyond::Nothing)));
        assert_eq!(periods("PT"), Some((3, 2, Beyond::Nothing)));
        assert_eq!(periods("FR"), Some((2, 2, Beyond::Nothing)));
        assert_eq!(periods("SE"), Some((3, 2, Beyond::Nothing)));
        assert_eq!(periods("NL"), Some((2, 1, Beyond::ExpectedLife)));
        assert_eq!(periods("FI"), Some((2, 1, Beyond::ExpectedLife)));
        assert_eq!(periods("IE"), Some((2, 1, Beyond::Limitation(6))));
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
        // 2026, as the `holidays` package 0.108 lists them, less its Sundays
        // and the bridge days no statute makes (BG, HU, LV 2 January and the
        // like); Bulgaria's and Latvia's substitutes for weekend holidays included.
        ("AT", 2026, &["01-01", "01-06", "04-06", "05-01", "05-14", "05-25", "06-04", "08-15", "10-26", "11-01",
                       "12-08", "12-25", "12-26"]),
        ("BE", 2026, &["01-01", "04-06", "05-01", "05-14", "05-25", "07-21", "08-15", "11-01", "11-11", "12-25"]),
        ("BG", 2026, &["01-01", "03-03", "04-10", "04-11", "04-12", "04-13", "05-01", "05-06", "05-24", "05-25",
                       "09-06", "09-07", "09-22", "12-24", "12-25", "12-26", "12-28"]),
        ("CY", 2026, &["01-01", "01-06", "02-23", "03-25", "04-01", "04-10", "04-13", "05-01", "06-01", "08-15",
                       "10-01", "10-28", "12-25", "12-26"]),
        ("CZ", 2026, &["01-01", "04-03", "04-06", "05-01", "05-08", "07-05", "07-06", "09-28", "10-28", "11-17",
                       "12-24", "12-25", "12-26"]),
        ("DK", 2026, &["01-01", "04-02", "04-03", "04-06", "05-14", "05-25", "12-25", "12-26"]),
        ("EE", 2026, &["01-01", "02-24", "04-03", "05-01", "06-23", "06-24", "08-20", "12-24", "12-25", "12-26"]),
        ("FI", 2026, &["01-01", "01-06", "04-03", "04-06", "05-01", "05-14", "06-19", "06-20", "10-31", "12-06",
                       "12-24", "12-25", "12-26"]),
        ("GR", 2026, &["01-01", "01-06", "02-23", "03-25", "04-10", "04-13", "05-01", "06-01", "08-15", "10-28",
                       "12-25", "12-26"]),
        ("HR", 2026, &["01-01", "01-06", "04-06", "05-01", "05-30", "06-04", "06-22", "08-05", "08-15", "11-01",
                       "11-18", "12-25", "12-26"]),
        ("HU", 2026, &["01-01", "03-15", "04-03", "04-06", "05-01", "05-25", "08-20", "10-23", "11-01", "12-25",
                       "12-26"]),
        ("IE", 2026, &["01-01", "02-02", "03-17", "04-06", "05-04", "06-01", "08-03", "10-26", "12-25", "12-26"]),
        ("IE", 2025, &["01-01", "02-03", "03-17", "04-21", "05-05", "06-02", "08-04", "10-27", "12-25", "12-26"]),
        ("LT", 2026, &["01-01", "02-16", "03-11", "04-06", "05-01", "06-24", "07-06", "08-15", "11-01", "11-02",
                       "12-24", "12-25", "12-26"]),
        ("LU", 2026, &["01-01", "04-06", "05-01", "05-09", "05-14", "05-25", "06-23", "08-15", "11-01", "12-25",
                       "12-26"]),
        ("LV", 2025, &["01-01", "04-18", "04-21", "05-01", "05-04", "05-05", "06-23", "06-24", "11-18", "12-24",
                       "12-25", "12-26", "12-31"]),
        ("MT", 2026, &["01-01", "02-10", "03-19", "03-31", "04-03", "05-01", "06-07", "06-29", "08-15", "09-08",
                       "09-21", "12-08", "12-13", "12-25"]),
        ("PT", 2026, &["01-01", "04-03", "04-25", "05-01", "06-04", "06-10", "08-15", "10-05", "11-01", "12-01",
                       "12-08", "12-25"]),
        ("RO", 2026, &["01-01", "01-02", "01-06", "01-07", "01-24", "04-10", "04-13", "05-01", "06-01", "08-15",
                       "11-30", "12-01", "12-25", "12-26"]),
        ("SE", 2026, &["01-01", "01-06", "04-03", "04-06", "05-01", "05-14", "06-06", "06-19", "06-20", "10-31",
                       "12-24", "12-25", "12-26", "12-31"]),
        ("SI", 2026, &["01-01", "01-02", "02-08", "04-06", "04-27", "05-01", "05-02", "06-25", "08-15", "10-31",
                       "11-01", "12-25", "12-26"]),
        ("SK", 2026, &["01-01", "01-06", "04-03", "04-06", "05-01", "07-05", "08-29", "11-01", "12-24", "12-25",
                       "12-26"]),
        ("SK", 2025, &["01-01", "01-06", "04-18", "04-21", "05-01", "05-08", "07-05", "08-29", "09-15", "11-01",
                       "12-24", "12-25", "12-26"]),
        ("IS", 2026, &["01-01", "04-02", "04-03", "04-06", "04-23", "05-01", "05-14", "05-25", "06-17", "08-03",
                       "12-25", "12-26"]),
        ("LI", 2026, &["01-01", "01-06", "02-02", "03-19", "04-06", "05-01", "05-14", "05-25", "06-04", "08-15",
                       "09-08", "11-01", "12-08", "12-25", "12-26"]),
        ("NO", 2026, &["01-01", "04-02", "04-03", "04-06", "05-01", "05-14", "05-17", "05-25", "12-25", "12-26"]),
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
