//! Periods and deadlines on plain calendar dates.
//!
//! Every date here is a calendar date in the shopper's own time zone
//! (CLAUSES.md reading 15): no time of day and no UTC conversion enters a rule.

use chrono::{Datelike, Days, Months, NaiveDate};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The earliest year an answer may name.
pub const FIRST_YEAR: i32 = 1900;
/// The latest year an answer may name.
pub const LAST_YEAR: i32 = 2999;

/// A length of time as a policy states it: so many days, or so many months.
///
/// Serialised as `{"days": 30}` or `{"months": 12}`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Period {
    /// A number of days.
    Days(u32),
    /// A number of calendar months.
    Months(u32),
}

impl Period {
    /// The last day of a period of this length counted from `start`.
    ///
    /// CLAUSES.md reading 1: "within N days counting from D" ends at the end
    /// of D + N, the day of the event not counted. Reading 2: "N months" from
    /// D ends on the same day-of-month N months later, or on that month's last
    /// day when it has no such day, added in one step from the start date.
    /// `None` only past the end of chrono's calendar, which no answer reaches.
    pub fn last_day(self, start: NaiveDate) -> Option<NaiveDate> {
        match self {
            Period::Days(n) => start.checked_add_days(Days::new(u64::from(n))),
            Period::Months(n) => start.checked_add_months(Months::new(n)),
        }
    }

    /// Whether the period is empty, which no policy may use.
    pub fn is_zero(self) -> bool {
        matches!(self, Period::Days(0) | Period::Months(0))
    }
}

/// A day of the year without a year, written `MM-DD`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct MonthDay {
    /// 1 to 12.
    pub month: u32,
    /// 1 to the month's length (29 for February).
    pub day: u32,
}

impl MonthDay {
    /// This day in `year`; `None` when the year has no such day (29 February).
    pub fn in_year(self, year: i32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(year, self.month, self.day)
    }

    /// The day of `date`, without its year.
    pub fn of(date: NaiveDate) -> MonthDay {
        MonthDay { month: date.month(), day: date.day() }
    }

    /// Reads `MM-DD`; `None` for anything else, or a day no year has.
    pub fn parse(text: &str) -> Option<MonthDay> {
        let b = text.as_bytes();
        if b.len() != 5 || b[2] != b'-' {
            return None;
        }
        let month = two_digits(b[0], b[1])?;
        let day = two_digits(b[3], b[4])?;
        // 2000 is a leap year, so every day that any year has exists in it.
        NaiveDate::from_ymd_opt(2000, month, day).map(|_| MonthDay { month, day })
    }
}

impl Serialize for MonthDay {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&format_args!("{:02}-{:02}", self.month, self.day))
    }
}

impl<'de> Deserialize<'de> for MonthDay {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        MonthDay::parse(&text).ok_or_else(|| serde::de::Error::custom("expected a day of the year as MM-DD"))
    }
}

/// `date` as text, exactly as chrono's `Display` writes it: `YYYY-MM-DD`,
/// and a signed year of at least four digits outside 0 to 9999 (no answer
/// or deadline reaches one). Written by hand into `buffer`, without
/// `core::fmt`: a decision sends out a few dates every time, and the page's
/// module then carries no formatter for them.
pub fn iso_date(date: NaiveDate, buffer: &mut [u8; 18]) -> &str {
    // Written from the end backwards: day, month, then the year's digits.
    let mut at = buffer.len();
    let mut put = |byte: u8| {
        at = at.saturating_sub(1);
        if let Some(slot) = buffer.get_mut(at) {
            *slot = byte;
        }
    };
    for two in [date.day(), date.month()] {
        put(b'0' + (two % 10) as u8);
        put(b'0' + (two / 10 % 10) as u8);
        put(b'-');
    }
    let year = date.year();
    let mut rest = year.unsigned_abs();
    let mut written = 0;
    while written < 4 || rest > 0 {
        put(b'0' + (rest % 10) as u8);
        rest /= 10;
        written += 1;
    }
    if !(0..=9999).contains(&year) {
        put(if year < 0 { b'-' } else { b'+' });
    }
    std::str::from_utf8(buffer.get(at..).unwrap_or_default()).unwrap_or_default()
}

/// Serialises a date as [`iso_date`] writes it (serde's `serialize_with`).
pub(crate) fn serialize_date<S: Serializer>(date: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(iso_date(*date, &mut [0; 18]))
}

/// Serialises a date that may be missing: the date, or `null`.
pub(crate) fn serialize_date_or_none<S: Serializer>(date: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
    match date {
        Some(d) => serialize_date(d, s),
        None => s.serialize_none(),
    }
}

/// Why a text is not an acceptable date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateProblem {
    /// Not `YYYY-MM-DD`, or a day that does not exist (`2026-02-30`).
    Invalid,
    /// A real date, but its year is outside 1900 to 2999.
    OutOfRange,
}

/// Reads a `YYYY-MM-DD` date with a year from 1900 to 2999.
///
/// # Errors
/// [`DateProblem::Invalid`] for any other text or an impossible day,
/// [`DateProblem::OutOfRange`] for a real date in another year.
pub fn parse_date(text: &str) -> Result<NaiveDate, DateProblem> {
    let b = text.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return Err(DateProblem::Invalid);
    }
    let year = i32::try_from(
        two_digits(b[0], b[1]).ok_or(DateProblem::Invalid)? * 100
            + two_digits(b[2], b[3]).ok_or(DateProblem::Invalid)?,
    )
    .map_err(|_| DateProblem::Invalid)?;
    let month = two_digits(b[5], b[6]).ok_or(DateProblem::Invalid)?;
    let day = two_digits(b[8], b[9]).ok_or(DateProblem::Invalid)?;
    // Year 0 exists in chrono's proleptic calendar, so an impossible day is
    // told apart from a year out of range before the range is checked.
    let date = NaiveDate::from_ymd_opt(year, month, day).ok_or(DateProblem::Invalid)?;
    if (FIRST_YEAR..=LAST_YEAR).contains(&year) {
        Ok(date)
    } else {
        Err(DateProblem::OutOfRange)
    }
}

fn two_digits(a: u8, b: u8) -> Option<u32> {
    if a.is_ascii_digit() && b.is_ascii_digit() {
        Some(u32::from(a - b'0') * 10 + u32::from(b - b'0'))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> NaiveDate {
        parse_date(text).unwrap()
    }

    #[test]
    fn days_do_not_count_the_day_of_the_event() {
        assert_eq!(Period::Days(30).last_day(d("2026-01-01")), Some(d("2026-01-31")));
        assert_eq!(Period::Days(30).last_day(d("2026-12-15")), Some(d("2027-01-14")));
        assert_eq!(Period::Days(30).last_day(d("2028-02-01")), Some(d("2028-03-02")));
        assert_eq!(Period::Days(30).last_day(d("2027-02-01")), Some(d("2027-03-03")));
    }

    #[test]
    fn months_clamp_to_the_end_of_the_month() {
        assert_eq!(Period::Months(1).last_day(d("2026-01-31")), Some(d("2026-02-28")));
        assert_eq!(Period::Months(1).last_day(d("2028-01-31")), Some(d("2028-02-29")));
        assert_eq!(Period::Months(12).last_day(d("2028-02-29")), Some(d("2029-02-28")));
        assert_eq!(Period::Months(48).last_day(d("2028-02-29")), Some(d("2032-02-29")));
        assert_eq!(Period::Months(1).last_day(d("2026-12-31")), Some(d("2027-01-31")));
        // In one step: 31 March + 2 months is 31 May, not 30 May.
        assert_eq!(Period::Months(2).last_day(d("2026-03-31")), Some(d("2026-05-31")));
    }

    #[test]
    fn dates_are_read_strictly() {
        assert_eq!(parse_date("2026-02-28"), Ok(NaiveDate::from_ymd_opt(2026, 2, 28).unwrap()));
        assert_eq!(parse_date("2028-02-29").map(|d| d.day()), Ok(29));
        for bad in [
            "2026-02-30",
            "2026-2-28",
            "2026-02-28T00:00",
            "26-02-28",
            "",
            "2026-13-01",
            "2026-00-10",
            "2026-01-00",
            "+2026-01-01",
            "2026/01/01",
            "２０２６-01-01",
        ] {
            assert_eq!(parse_date(bad), Err(DateProblem::Invalid), "{bad}");
        }
        assert_eq!(parse_date("1899-12-31"), Err(DateProblem::OutOfRange));
        assert!(parse_date("1900-01-01").is_ok());
        assert!(parse_date("2999-12-31").is_ok());
        assert_eq!(parse_date("3000-01-01"), Err(DateProblem::OutOfRange));
        assert_eq!(parse_date("0000-01-01"), Err(DateProblem::OutOfRange));
        assert_eq!(parse_date("9999-01-01"), Err(DateProblem::OutOfRange));
        assert_eq!(parse_date("2027-02-29"), Err(DateProblem::Invalid));
        assert_eq!(parse_date("1900-02-29"), Err(DateProblem::Invalid));
    }

    #[test]
    fn dates_are_written_as_chrono_writes_them() {
        #[derive(Serialize)]
        struct Dated {
            #[serde(serialize_with = "serialize_date_or_none")]
            deadline: Option<NaiveDate>,
        }
        let mut days = vec![NaiveDate::MIN, NaiveDate::MAX];
        for year in [-10_000, -1, 0, 1, 999, 1900, 2026, 9999, 10_000, 99_999, 100_000] {
            days.push(NaiveDate::from_ymd_opt(year, 1, 1).unwrap());
            days.push(NaiveDate::from_ymd_opt(year, 12, 31).unwrap());
        }
        let mut day = d("2027-12-25");
        while day.year() < 2029 {
            days.push(day);
            day = day.succ_opt().unwrap();
        }
        for day in days {
            assert_eq!(iso_date(day, &mut [0; 18]), day.to_string());
            // What chrono's own serde writes.
            assert_eq!(
                serde_json::to_value(Dated { deadline: Some(day) }).unwrap()["deadline"],
                serde_json::to_value(day).unwrap()
            );
        }
        assert_eq!(serde_json::to_string(&Dated { deadline: None }).unwrap(), r#"{"deadline":null}"#);
    }

    #[test]
    fn month_days_round_trip() {
        assert_eq!(MonthDay::parse("01-30"), Some(MonthDay { month: 1, day: 30 }));
        assert_eq!(MonthDay::parse("02-29"), Some(MonthDay { month: 2, day: 29 }));
        assert_eq!(MonthDay::parse("02-30"), None);
        assert_eq!(MonthDay::parse("1-30"), None);
        assert_eq!(MonthDay { month: 2, day: 29 }.in_year(2027), None);
        assert_eq!(serde_json::to_string(&MonthDay { month: 11, day: 1 }).unwrap(), "\"11-01\"");
        assert_eq!(serde_json::to_string(&Period::Months(12)).unwrap(), "{\"months\":12}");
    }
}
