//! Statutory rights beside the maker's policy: the EU right of withdrawal and
//! legal guarantee, and the US notes, as data and pure date arithmetic.
//!
//! A maker's warranty is not the whole story. In the EU the shop that sold
//! the product owes a legal guarantee, and a purchase made at a distance can
//! be withdrawn from within 14 days, whatever the maker's policy says. This
//! module knows the periods, the countries and the calendar those rights
//! need; deciding what a shopper is owed is the engine's work.
//!
//! # What is encoded, and from where
//! - **Withdrawal** (Directive 2011/83/EU Art. 9(1), 9(2)(b)): 14 days after
//!   the day the goods came into the consumer's physical possession. The day
//!   of receipt is not counted (Regulation 1182/71 Art. 3(1)): received on
//!   1 March, the 14th day is 15 March. When that day is a Saturday, Sunday or
//!   public holiday of the member state where the notice is sent (the
//!   shopper's), the period ends at the end of the next working day (1182/71
//!   Art. 3(4), Art. 2(1); the Directive applies the Regulation to its periods
//!   in recital 41): [`withdrawal_last_day`].
//!   For goods ordered together and delivered separately the period runs from
//!   the last delivery (Art. 9(2)(b)(i)); the caller passes that date.
//! - **Legal guarantee** (Directive (EU) 2019/771 Art. 10): the seller is liable
//!   for a lack of conformity that becomes apparent within 2 years of delivery,
//!   3 in Spain, Portugal and Sweden; [`legal_guarantee_last_day`].
//!   **Presumption** (Art. 11): one that becomes apparent within 1 year
//!   (2 in Belgium, Spain, France, Poland, Portugal and Sweden) is presumed to
//!   have existed at delivery; [`presumption_last_day`]. Years are added to
//!   the delivery date in one step, the last day being the same date that
//!   many years later, or the month's last day when it has none: 29 February
//!   2024 + 2 years is 28 February 2026. This is CLAUSES.md reading 2 for
//!   months (12 months a year) and Regulation 1182/71 Art. 3(2)(c) for years.
//!   No working-day extension applies: these periods bound when a defect
//!   becomes apparent, not when something must be done.
//! - **Countries** ([`MEMBER_STATES`], [`EEA_STATES`], [`state`]): the 27
//!   member states and Iceland, Liechtenstein and Norway, with their periods
//!   and nationwide public holidays, each with its source in the data. Movable
//!   feasts are days counted from Easter Sunday ([`easter_sunday`]) or, in
//!   Greece, Cyprus, Bulgaria and Romania, Orthodox Easter Sunday
//!   ([`orthodox_easter_sunday`]). France's outermost regions (RE, GP, MQ, GF,
//!   YT, MF) and Åland (AX), EU territory with ISO codes of their own, are
//!   under their state's law ([`TERRITORIES`]); a warranty's jurisdiction that
//!   names the state covers them (`Policy::warranty_covers`).
//! - **EEA**: the withdrawal directive applies in IS, LI and NO through the
//!   EEA Agreement. Norway's and Iceland's legal guarantee is 2 years, 5 for
//!   goods meant to last substantially longer (eligible past 2 years only on
//!   that condition). Not verified here, so not in the data: Liechtenstein's
//!   legal-guarantee period (no `eu-legal-guarantee` is assessed there) and
//!   Norway's and Iceland's presumption periods (neither `defect-presumed` nor
//!   `prove-lack-of-conformity` is said there).
//! - **Ends of the guarantee**: Ireland's claim is bounded by the six-year
//!   limitation period from delivery; in the Netherlands and Finland it follows
//!   the product's expected life, which the policy gives per product with its
//!   source ([`Beyond`]).
//! - **Conformity** ([`CAUSE_KINDS`]): whether a kind of cause is a lack of
//!   conformity, whatever the policy's exclusions say.
//! - **Citations** ([`CITATIONS`]): a stable id, kind and article for every
//!   provision the assessments may cite.
//!
//! # What is deliberately not formalised
//! - Regional and local holidays (a German Land's, a Spanish community's,
//!   Alsace-Moselle's, the French overseas abolition days, a town's patron
//!   saint), bridge days set by decree or yearly decision (the Dutch ones,
//!   Hungary's, Latvia's, Bulgaria's), Iceland's half days, and holiday rules
//!   changed before 2025 in the states added in 2026 (see `member_states.rs`).
//!   A deadline where such a day falls can be one working day later than
//!   computed.
//! - Holidays that existed only before 2000.
//! - The notification duties, national limitation periods other than
//!   Ireland's, and second-hand reductions of national laws.
//!
//! Every function is pure and total: no panics on any date chrono accepts;
//! `None` where an answer would fall outside chrono's calendar or the country
//! is not an EU member state.

mod citations;
mod conformity;
mod holidays;
mod member_states;

pub use citations::*;
pub use conformity::{CauseKind, Conformity, CAUSE_KINDS};
pub use holidays::{easter_sunday, orthodox_easter_sunday, Feast, Holiday};
pub use member_states::{
    member_state, state, territory_of, Beyond, Guarantee, State, EEA_STATES, MEMBER_STATES, TERRITORIES,
};

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

/// Days in the withdrawal period (Directive 2011/83/EU Art. 9(1)).
pub const WITHDRAWAL_DAYS: u64 = 14;

/// More consecutive non-working days than any country's data has (Bulgaria's
/// 24 December on a Friday to its substitutes on Tuesday 28 December is 5);
/// the search for a working day stops there.
const LONGEST_BREAK: usize = 16;

/// Whether `country` (ISO alpha-2, upper case) is an EU member state.
pub fn is_member_state(country: &str) -> bool {
    member_state(country).is_some()
}

/// Whether `date` is a nationwide public holiday in `country` (a territory's
/// are its state's), or a working day standing in for one.
///
/// `false` for every day of a country whose law the checker does not know.
pub fn is_public_holiday(country: &str, date: NaiveDate) -> bool {
    state(country).is_some_and(|s| holidays::is_holiday_in(s.holidays, date))
}

/// Whether `date` is a working day in `country`: Monday to Friday and not a
/// public holiday (Regulation 1182/71 Art. 2(2)).
pub fn is_working_day(country: &str, date: NaiveDate) -> bool {
    !matches!(date.weekday(), Weekday::Sat | Weekday::Sun) && !is_public_holiday(country, date)
}

/// `day` when it is a working day in `country`, else the next working day:
/// the end of a period whose last day is a Saturday, Sunday or public holiday
/// (Regulation 1182/71 Art. 3(4)).
pub fn working_day_on_or_after(country: &str, day: NaiveDate) -> Option<NaiveDate> {
    let mut d = day;
    for _ in 0..LONGEST_BREAK {
        if is_working_day(country, d) {
            return Some(d);
        }
        d = d.succ_opt()?;
    }
    None
}

/// The last day to withdraw from a purchase made at a distance in `country`
/// (a member state, an EEA state, or an EU territory under its state's law),
/// for goods that came into the consumer's possession on `received`.
///
/// 14 days after `received`, which is not counted, moved to the next working
/// day when that is a Saturday, Sunday or public holiday there (Directive
/// 2011/83/EU Art. 9(2)(b); Regulation 1182/71 Art. 3(1), 3(4)). The notice
/// is in time when it is sent by the end of this day (Art. 11(2)). `None`
/// where the checker does not know the law.
pub fn withdrawal_last_day(country: &str, received: NaiveDate) -> Option<NaiveDate> {
    state(country)?;
    working_day_on_or_after(country, received.checked_add_days(Days::new(WITHDRAWAL_DAYS))?)
}

/// The last day on which a lack of conformity that becomes apparent is
/// covered by the legal guarantee in `country`, for goods delivered on
/// `delivered` (Directive (EU) 2019/771 Art. 10).
///
/// When the state's law adds to its years ([`Beyond`]) the guarantee lasts at
/// least until this day. `None` where the checker has no guarantee entry.
pub fn legal_guarantee_last_day(country: &str, delivered: NaiveDate) -> Option<NaiveDate> {
    add_years(delivered, state(country)?.guarantee?.years)
}

/// The last day on which a lack of conformity that becomes apparent is
/// presumed to have existed at delivery in `country`, for goods delivered on
/// `delivered` (Directive (EU) 2019/771 Art. 11). `None` where the checker
/// has no presumption entry.
pub fn presumption_last_day(country: &str, delivered: NaiveDate) -> Option<NaiveDate> {
    add_years(delivered, state(country)?.guarantee?.presumption_years?)
}

/// CLAUSES.md reading 2 with 12 months a year: the same date `years` later,
/// or that month's last day, added in one step.
pub fn add_years(start: NaiveDate, years: u8) -> Option<NaiveDate> {
    start.checked_add_months(Months::new(12 * u32::from(years)))
}

/// `YYYY-MM-DD` as a date, for the tests of every file here.
#[cfg(test)]
fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn working_days() {
        assert!(is_working_day("DE", date("2025-04-17")));
        assert!(!is_working_day("DE", date("2025-04-18")), "Good Friday");
        assert!(!is_working_day("DE", date("2025-04-19")), "Saturday");
        assert!(!is_working_day("DE", date("2025-04-20")), "Sunday");
        assert!(!is_working_day("DE", date("2025-04-21")), "Easter Monday");
        assert!(is_working_day("DE", date("2025-04-22")));
        // Good Friday is no public holiday in France (outside Alsace-Moselle).
        assert!(is_working_day("FR", date("2025-04-18")));
        // Belgium's national day; an outermost region keeps France's holidays.
        assert!(!is_working_day("BE", date("2025-07-21")));
        assert!(is_public_holiday("RE", date("2025-07-14")) && is_public_holiday("AX", date("2025-12-06")));
        // A non-member has weekends only.
        assert!(is_working_day("US", date("2025-12-25")));
        assert!(!is_working_day("US", date("2025-12-27")));
    }

    /// Withdrawal deadlines as data: country, day of receipt, last day, why.
    const WITHDRAWALS: &[(&str, &str, &str, &str)] = &[
        ("DE", "2027-03-01", "2027-03-15", "received 1 March: the 14th day, 15 March, a Monday"),
        ("DE", "2027-03-02", "2027-03-16", "the day after"),
        ("DE", "2027-02-28", "2027-03-15", "the day before: the 14th day is Sunday 14 March"),
        ("FR", "2023-12-20", "2024-01-03", "across a year end"),
        ("FR", "2024-02-20", "2024-03-05", "across a leap day"),
        ("DE", "2025-03-01", "2025-03-17", "a Saturday delivery whose 14th day is a Saturday: the Monday"),
        ("AT", "2025-03-01", "2025-03-17", "the same in Austria"),
        ("RE", "2026-06-30", "2026-07-15", "Réunion: France's 14 July"),
        ("AX", "2026-11-22", "2026-12-07", "Åland: Finland's Independence Day, a Sunday in 2026"),
        ("BG", "2026-05-10", "2026-05-26", "14th day 24 May, a Sunday: Monday the 25th stands in"),
        ("BG", "2026-12-12", "2026-12-29", "24-26 December Thursday to Saturday, the 28th stands in for the 26th"),
        ("LV", "2025-04-20", "2025-05-06", "4 May 2025 a Sunday: Monday the 5th stands in"),
        ("GR", "2026-03-30", "2026-04-14", "14th day Orthodox Easter Monday, 13 April 2026: the Tuesday"),
        ("DE", "2025-04-04", "2025-04-22", "14th day Good Friday, then a weekend and Easter Monday: the Tuesday"),
        ("FR", "2025-04-04", "2025-04-18", "Good Friday is a working day in France"),
        ("PL", "2025-12-10", "2025-12-29", "14th day 24 December 2025: 24 to 26 December, then a weekend"),
        ("PL", "2024-12-10", "2024-12-24", "24 December 2024 was still a working day"),
        ("NL", "2025-04-12", "2025-04-28", "14th day Saturday 26 April, King's Day moved off Sunday the 27th"),
        ("NL", "2026-04-21", "2026-05-06", "14th day Bevrijdingsdag, a Tuesday"),
        ("ES", "2026-11-22", "2026-12-07", "14th day Sunday 6 December, Monday the 7th a working day nationwide"),
        ("IT", "2027-09-20", "2027-10-05", "14th day 4 October 2027, San Francesco"),
    ];

    /// One nationwide holiday of each state on a Tuesday to Thursday, with
    /// the 14th day the day before it, the day itself and the day after: the
    /// expected last days were computed from the `holidays` Python package
    /// 0.108 (Open World Holidays Framework), not from this module's data.
    #[rustfmt::skip]
    const HOLIDAY_EDGES: &[(&str, &str, &str, &str)] = &[
        ("AT", "2026-11-23", "2026-12-07", "the 14th day is the day before Immaculate Conception, 2026-12-08"),
        ("AT", "2026-11-24", "2026-12-09", "the 14th day is Immaculate Conception, 2026-12-08"),
        ("AT", "2026-11-25", "2026-12-09", "the 14th day is the day after Immaculate Conception, 2026-12-08"),
        ("BE", "2026-07-06", "2026-07-20", "the 14th day is the day before National Day, 2026-07-21"),
        ("BE", "2026-07-07", "2026-07-22", "the 14th day is National Day, 2026-07-21"),
        ("BE", "2026-07-08", "2026-07-22", "the 14th day is the day after National Day, 2026-07-21"),
        ("BG", "2026-02-16", "2026-03-02", "the 14th day is the day before Liberation Day, 2026-03-03"),
        ("BG", "2026-02-17", "2026-03-04", "the 14th day is Liberation Day, 2026-03-03"),
        ("BG", "2026-02-18", "2026-03-04", "the 14th day is the day after Liberation Day, 2026-03-03"),
        ("CY", "2026-03-17", "2026-03-31", "the 14th day is the day before Cyprus National Day, 2026-04-01"),
        ("CY", "2026-03-18", "2026-04-02", "the 14th day is Cyprus National Day, 2026-04-01"),
        ("CY", "2026-03-19", "2026-04-02", "the 14th day is the day after Cyprus National Day, 2026-04-01"),
        ("CZ", "2026-10-13", "2026-10-27", "the 14th day is the day before Independent Czechoslovak State Day, 2026-10-28"),
        ("CZ", "2026-10-14", "2026-10-29", "the 14th day is Independent Czechoslovak State Day, 2026-10-28"),
        ("CZ", "2026-10-15", "2026-10-29", "the 14th day is the day after Independent Czechoslovak State Day, 2026-10-28"),
        ("DE", "2026-04-29", "2026-05-13", "the 14th day is the day before Ascension Day, 2026-05-14"),
        ("DE", "2026-04-30", "2026-05-15", "the 14th day is Ascension Day, 2026-05-14"),
        ("DE", "2026-05-01", "2026-05-15", "the 14th day is the day after Ascension Day, 2026-05-14"),
        ("DK", "2026-04-29", "2026-05-13", "the 14th day is the day before Ascension Day, 2026-05-14"),
        ("DK", "2026-04-30", "2026-05-15", "the 14th day is Ascension Day, 2026-05-14"),
        ("DK", "2026-05-01", "2026-05-15", "the 14th day is the day after Ascension Day, 2026-05-14"),
        ("EE", "2026-02-09", "2026-02-23", "the 14th day is the day before Independence Day, 2026-02-24"),
        ("EE", "2026-02-10", "2026-02-25", "the 14th day is Independence Day, 2026-02-24"),
        ("EE", "2026-02-11", "2026-02-25", "the 14th day is the day after Independence Day, 2026-02-24"),
        ("ES", "2026-11-23", "2026-12-07", "the 14th day is the day before Immaculate Conception, 2026-12-08"),
        ("ES", "2026-11-24", "2026-12-09", "the 14th day is Immaculate Conception, 2026-12-08"),
        ("ES", "2026-11-25", "2026-12-09", "the 14th day is the day after Immaculate Conception, 2026-12-08"),
        ("FI", "2025-12-22", "2026-01-05", "the 14th day is the day before Epiphany, 2026-01-06"),
        ("FI", "2025-12-23", "2026-01-07", "the 14th day is Epiphany, 2026-01-06"),
        ("FI", "2025-12-24", "2026-01-07", "the 14th day is the day after Epiphany, 2026-01-06"),
        ("FR", "2026-06-29", "2026-07-13", "the 14th day is the day before National Day, 2026-07-14"),
        ("FR", "2026-06-30", "2026-07-15", "the 14th day is National Day, 2026-07-14"),
        ("FR", "2026-07-01", "2026-07-15", "the 14th day is the day after National Day, 2026-07-14"),
        ("GR", "2026-03-10", "2026-03-24", "the 14th day is the day before Independence Day, 2026-03-25"),
        ("GR", "2026-03-11", "2026-03-26", "the 14th day is Independence Day, 2026-03-25"),
        ("GR", "2026-03-12", "2026-03-26", "the 14th day is the day after Independence Day, 2026-03-25"),
        ("HR", "2026-07-21", "2026-08-04", "the 14th day is the day before Victory and Homeland Thanksgiving Day and Croatian Veterans Day, 2026-08-05"),
        ("HR", "2026-07-22", "2026-08-06", "the 14th day is Victory and Homeland Thanksgiving Day and Croatian Veterans Day, 2026-08-05"),
        ("HR", "2026-07-23", "2026-08-06", "the 14th day is the day after Victory and Homeland Thanksgiving Day and Croatian Veterans Day, 2026-08-05"),
        ("HU", "2028-02-29", "2028-03-14", "the 14th day is the day before National Day, 2028-03-15"),
        ("HU", "2028-03-01", "2028-03-16", "the 14th day is National Day, 2028-03-15"),
        ("HU", "2028-03-02", "2028-03-16", "the 14th day is the day after National Day, 2028-03-15"),
        ("IE", "2026-03-02", "2026-03-16", "the 14th day is the day before Saint Patrick's Day, 2026-03-17"),
        ("IE", "2026-03-03", "2026-03-18", "the 14th day is Saint Patrick's Day, 2026-03-17"),
        ("IE", "2026-03-04", "2026-03-18", "the 14th day is the day after Saint Patrick's Day, 2026-03-17"),
        ("IT", "2026-05-18", "2026-06-01", "the 14th day is the day before Republic Day, 2026-06-02"),
        ("IT", "2026-05-19", "2026-06-03", "the 14th day is Republic Day, 2026-06-02"),
        ("IT", "2026-05-20", "2026-06-03", "the 14th day is the day after Republic Day, 2026-06-02"),
        ("LT", "2026-02-24", "2026-03-10", "the 14th day is the day before Day of Restoration of Independence of Lithuania, 2026-03-11"),
        ("LT", "2026-02-25", "2026-03-12", "the 14th day is Day of Restoration of Independence of Lithuania, 2026-03-11"),
        ("LT", "2026-02-26", "2026-03-12", "the 14th day is the day after Day of Restoration of Independence of Lithuania, 2026-03-11"),
        ("LU", "2026-06-08", "2026-06-22", "the 14th day is the day before National Day, 2026-06-23"),
        ("LU", "2026-06-09", "2026-06-24", "the 14th day is National Day, 2026-06-23"),
        ("LU", "2026-06-10", "2026-06-24", "the 14th day is the day after National Day, 2026-06-23"),
        ("LV", "2026-11-03", "2026-11-17", "the 14th day is the day before Republic of Latvia Proclamation Day, 2026-11-18"),
        ("LV", "2026-11-04", "2026-11-19", "the 14th day is Republic of Latvia Proclamation Day, 2026-11-18"),
        ("LV", "2026-11-05", "2026-11-19", "the 14th day is the day after Republic of Latvia Proclamation Day, 2026-11-18"),
        ("MT", "2026-03-16", "2026-03-30", "the 14th day is the day before Freedom Day, 2026-03-31"),
        ("MT", "2026-03-17", "2026-04-01", "the 14th day is Freedom Day, 2026-03-31"),
        ("MT", "2026-03-18", "2026-04-01", "the 14th day is the day after Freedom Day, 2026-03-31"),
        ("NL", "2026-04-29", "2026-05-13", "the 14th day is the day before Ascension Day, 2026-05-14"),
        ("NL", "2026-04-30", "2026-05-15", "the 14th day is Ascension Day, 2026-05-14"),
        ("NL", "2026-05-01", "2026-05-15", "the 14th day is the day after Ascension Day, 2026-05-14"),
        ("PL", "2026-10-27", "2026-11-10", "the 14th day is the day before National Independence Day, 2026-11-11"),
        ("PL", "2026-10-28", "2026-11-12", "the 14th day is National Independence Day, 2026-11-11"),
        ("PL", "2026-10-29", "2026-11-12", "the 14th day is the day after National Independence Day, 2026-11-11"),
        ("PT", "2026-05-26", "2026-06-09", "the 14th day is the day before Day of Portugal, Camões, and the Portuguese Communities, 2026-06-10"),
        ("PT", "2026-05-27", "2026-06-11", "the 14th day is Day of Portugal, Camões, and the Portuguese Communities, 2026-06-10"),
        ("PT", "2026-05-28", "2026-06-11", "the 14th day is the day after Day of Portugal, Camões, and the Portuguese Communities, 2026-06-10"),
        ("RO", "2027-05-17", "2027-05-31", "the 14th day is the day before Children's Day, 2027-06-01"),
        ("RO", "2027-05-18", "2027-06-02", "the 14th day is Children's Day, 2027-06-01"),
        ("RO", "2027-05-19", "2027-06-02", "the 14th day is the day after Children's Day, 2027-06-01"),
        ("SE", "2025-12-22", "2026-01-05", "the 14th day is the day before Epiphany, 2026-01-06"),
        ("SE", "2025-12-23", "2026-01-07", "the 14th day is Epiphany, 2026-01-06"),
        ("SE", "2025-12-24", "2026-01-07", "the 14th day is the day after Epiphany, 2026-01-06"),
        ("SI", "2026-06-10", "2026-06-24", "the 14th day is the day before Statehood Day, 2026-06-25"),
        ("SI", "2026-06-11", "2026-06-26", "the 14th day is Statehood Day, 2026-06-25"),
        ("SI", "2026-06-12", "2026-06-26", "the 14th day is the day after Statehood Day, 2026-06-25"),
        ("SK", "2025-12-22", "2026-01-05", "the 14th day is the day before Epiphany (Three Kings' Day and Orthodox Christmas), 2026-01-06"),
        ("SK", "2025-12-23", "2026-01-07", "the 14th day is Epiphany (Three Kings' Day and Orthodox Christmas), 2026-01-06"),
        ("SK", "2025-12-24", "2026-01-07", "the 14th day is the day after Epiphany (Three Kings' Day and Orthodox Christmas), 2026-01-06"),
        ("IS", "2026-06-02", "2026-06-16", "the 14th day is the day before National Day, 2026-06-17"),
        ("IS", "2026-06-03", "2026-06-18", "the 14th day is National Day, 2026-06-17"),
        ("IS", "2026-06-04", "2026-06-18", "the 14th day is the day after National Day, 2026-06-17"),
        ("LI", "2026-03-04", "2026-03-18", "the 14th day is the day before Saint Joseph's Day, 2026-03-19"),
        ("LI", "2026-03-05", "2026-03-20", "the 14th day is Saint Joseph's Day, 2026-03-19"),
        ("LI", "2026-03-06", "2026-03-20", "the 14th day is the day after Saint Joseph's Day, 2026-03-19"),
        ("NO", "2029-05-02", "2029-05-16", "the 14th day is the day before Constitution Day, 2029-05-17"),
        ("NO", "2029-05-03", "2029-05-18", "the 14th day is Constitution Day, 2029-05-17"),
        ("NO", "2029-05-04", "2029-05-18", "the 14th day is the day after Constitution Day, 2029-05-17"),
    ];

    #[test]
    fn a_holiday_of_every_state_at_the_day_before_the_day_and_the_day_after() {
        let mut states: Vec<&str> = HOLIDAY_EDGES.iter().map(|e| e.0).collect();
        states.dedup();
        let mut all: Vec<&str> = MEMBER_STATES.iter().chain(&EEA_STATES).map(|s| s.code).collect();
        all.sort_unstable();
        states.sort_unstable();
        assert_eq!(states, all, "one holiday of every state");
        for &(country, received, expected, why) in HOLIDAY_EDGES {
            let got = withdrawal_last_day(country, date(received));
            assert_eq!(got, Some(date(expected)), "{country} {received}: {why}");
        }
    }

    #[test]
    fn withdrawal_last_days() {
        for &(country, received, expected, why) in WITHDRAWALS {
            let got = withdrawal_last_day(country, date(received));
            assert_eq!(got, Some(date(expected)), "{country} {received}: {why}");
        }
        assert_eq!(date("2025-03-01").weekday(), Weekday::Sat);
        assert_eq!(date("2025-04-18").weekday(), Weekday::Fri);
    }

    #[test]
    fn withdrawal_is_for_member_states_only() {
        for other in ["US", "GB", "CH", "", "GL", "NC"] {
            assert_eq!(withdrawal_last_day(other, date("2025-03-01")), None, "{other}");
        }
        // The EEA states apply the directive too.
        assert_eq!(withdrawal_last_day("NO", date("2025-03-01")), Some(date("2025-03-17")));
        assert!(is_member_state("IE") && !is_member_state("CH"));
    }

    #[test]
    fn guarantee_and_presumption_add_years_with_month_end_clamping() {
        let g = |c: &str, d: &str| legal_guarantee_last_day(c, date(d)).map(|d| d.to_string());
        let p = |c: &str, d: &str| presumption_last_day(c, date(d)).map(|d| d.to_string());
        // 29 February + 2 years is 28 February; + 1 year too.
        assert_eq!(g("DE", "2024-02-29").as_deref(), Some("2026-02-28"));
        assert_eq!(p("DE", "2024-02-29").as_deref(), Some("2025-02-28"));
        // 29 February + 4 years is 29 February again (2028 is a leap year).
        assert_eq!(add_years(date("2024-02-29"), 4), Some(date("2028-02-29")));
        // Spain and Portugal: 3 years and 2; France: 2 and 2.
        assert_eq!(g("ES", "2024-02-29").as_deref(), Some("2027-02-28"));
        assert_eq!(p("ES", "2024-02-29").as_deref(), Some("2026-02-28"));
        assert_eq!(g("PT", "2025-06-15").as_deref(), Some("2028-06-15"));
        assert_eq!(p("FR", "2025-06-15").as_deref(), Some("2027-06-15"));
        // Year ends.
        assert_eq!(g("IT", "2024-12-31").as_deref(), Some("2026-12-31"));
        assert_eq!(p("IT", "2024-12-31").as_deref(), Some("2025-12-31"));
        assert_eq!(g("IT", "2025-01-01").as_deref(), Some("2027-01-01"));
        // No working-day extension: 2026-02-28 is a Saturday and stays.
        assert_eq!(date("2026-02-28").weekday(), Weekday::Sat);
        // Non-members.
        assert_eq!(g("US", "2025-01-01"), None);
        assert_eq!(p("CH", "2025-01-01"), None);
    }

    #[test]
    fn a_13_month_old_band_in_germany_is_inside_the_guarantee_and_past_the_presumption() {
        let delivered = date("2024-01-15");
        let today = date("2025-02-15");
        assert!(presumption_last_day("DE", delivered).unwrap() < today);
        assert!(legal_guarantee_last_day("DE", delivered).unwrap() >= today);
        // In France the presumption still runs.
        assert!(presumption_last_day("FR", delivered).unwrap() >= today);
    }

    #[test]
    fn no_panic_at_the_ends_of_chronos_calendar() {
        for d in [NaiveDate::MIN, NaiveDate::MAX] {
            for c in ["DE", "PL", "NL", "ES", "BE", "US"] {
                let _ = withdrawal_last_day(c, d);
                let _ = legal_guarantee_last_day(c, d);
                let _ = presumption_last_day(c, d);
                let _ = is_working_day(c, d);
                let _ = working_day_on_or_after(c, d);
            }
        }
        assert_eq!(withdrawal_last_day("DE", NaiveDate::MAX), None);
        assert_eq!(legal_guarantee_last_day("DE", NaiveDate::MAX), None);
        // The last day chrono has: when it is no working day, none follows.
        let last_day = NaiveDate::MAX;
        if !is_working_day("DE", last_day) {
            assert_eq!(working_day_on_or_after("DE", last_day), None);
        }
    }

    #[test]
    fn every_date_from_1900_to_2999_has_a_working_day_within_reach() {
        for country in MEMBER_STATES.iter().chain(&EEA_STATES).map(|s| s.code) {
            let mut d = date("1900-01-01");
            while d.year() <= 2999 {
                let end = withdrawal_last_day(country, d).unwrap();
                assert!(is_working_day(country, end));
                d = d + Days::new(11);
            }
        }
    }
}
