//! Easter and the holidays it moves, on plain calendar dates.
//!
//! Holidays are data ([`Holiday`]): a fixed day of the year, a day counted
//! from Easter Sunday (Western or Orthodox), a fixed day that moves when it
//! falls on a Sunday, or a weekday counted from a day of the year (the first
//! Monday of May), each with the years its rule is in force and whether a
//! working day stands in for it when it falls on a weekend. This file only
//! knows how to turn such a rule into a date; which holidays a country has
//! lives in `member_states.rs`.

use chrono::{Datelike, Days, NaiveDate, Weekday};

/// Easter Sunday of `year` in the Gregorian calendar.
///
/// The Gregorian computus, in the arithmetic form known as the anonymous
/// Gregorian algorithm (Meeus/Jones/Butcher). It is computed for every year
/// chrono accepts, proleptically before 1583; floored division keeps it
/// panic-free for negative years. `None` only when chrono has no such date.
pub fn easter_sunday(year: i32) -> Option<NaiveDate> {
    let a = year.rem_euclid(19);
    let b = year.div_euclid(100);
    let c = year.rem_euclid(100);
    let (d, e) = (b.div_euclid(4), b.rem_euclid(4));
    let f = (b + 8).div_euclid(25);
    let g = (b - f + 1).div_euclid(3);
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let n = h + l - 7 * m + 114;
    NaiveDate::from_ymd_opt(year, u32::try_from(n / 31).ok()?, u32::try_from(n % 31 + 1).ok()?)
}

/// Orthodox Easter Sunday of `year`, as a Gregorian calendar date: the
/// Julian computus (Meeus's Julian algorithm) gives the day in the Julian
/// calendar, then the calendars' difference in that year is added (13 days
/// from 1900 to 2099). The Orthodox churches of Greece, Cyprus, Bulgaria and
/// Romania keep Easter by the Julian computus while their civil calendar is
/// the Gregorian one. `None` only when chrono has no such date.
pub fn orthodox_easter_sunday(year: i32) -> Option<NaiveDate> {
    let (a, b, c) = (year.rem_euclid(4), year.rem_euclid(7), year.rem_euclid(19));
    let d = (19 * c + 15) % 30;
    let e = (2 * a + 4 * b - d + 34) % 7;
    let month = (d + e + 114) / 31;
    let day = (d + e + 114) % 31 + 1;
    // The Julian date as if it were Gregorian, then the difference: a day for
    // each century year that is no leap year in the Gregorian calendar.
    let century = year.div_euclid(100);
    let difference = century - century.div_euclid(4) - 2;
    let as_if = NaiveDate::from_ymd_opt(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)?;
    as_if.checked_add_days(Days::new(u64::try_from(difference).ok()?))
}

/// How a holiday's date is found in a given year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Feast {
    /// The same month and day every year.
    Fixed {
        /// 1 to 12.
        month: u8,
        /// 1 to 31.
        day: u8,
    },
    /// A movable feast: this many days after Easter Sunday (before it when
    /// negative); Good Friday is -2, Whit Monday 50.
    Easter(i8),
    /// This many days after Orthodox Easter Sunday (GR, CY, BG, RO).
    Orthodox(i8),
    /// A month and day that moves by `shift` days when it falls on a Sunday
    /// (the Dutch King's Day: 27 April, or the Saturday before).
    SundayShift {
        /// 1 to 12.
        month: u8,
        /// 1 to 31.
        day: u8,
        /// Days to move when the day is a Sunday; -1 is the Saturday before.
        shift: i8,
    },
    /// The first `weekday` on or after `month`/`day`: the first Monday of
    /// May is Monday on or after 1 May, the last Monday of October Monday on
    /// or after 25 October, Sweden's Midsummer Day Saturday on or after 20 June.
    WeekdayOnOrAfter {
        /// 1 to 12.
        month: u8,
        /// 1 to 31.
        day: u8,
        /// The day of the week.
        weekday: Weekday,
    },
    /// `month`/`day` when it is a Friday, else the first Monday on or after
    /// it (Ireland's St Brigid's Day: 1 February if a Friday, else the first
    /// Monday of February).
    FridayOrMonday {
        /// 1 to 12.
        month: u8,
        /// 1 to 31.
        day: u8,
    },
}

/// A nationwide public holiday and the years its rule is in force.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Holiday {
    /// Which day it is.
    pub feast: Feast,
    /// The first year the rule is in force.
    pub first_year: u16,
    /// The last year the rule is in force.
    pub last_year: u16,
    /// When it falls on a Saturday or Sunday, the first working day after it
    /// is a holiday too (Bulgaria's Labour Code Art. 154(2), Latvia's 4 May
    /// and 18 November).
    pub substitute: bool,
}

impl Holiday {
    /// A holiday on the same month and day every year.
    pub const fn fixed(month: u8, day: u8) -> Holiday {
        Holiday::always(Feast::Fixed { month, day })
    }

    /// A holiday `offset` days after Easter Sunday.
    pub const fn easter(offset: i8) -> Holiday {
        Holiday::always(Feast::Easter(offset))
    }

    /// A holiday `offset` days after Orthodox Easter Sunday.
    pub const fn orthodox(offset: i8) -> Holiday {
        Holiday::always(Feast::Orthodox(offset))
    }

    /// A holiday on the first `weekday` on or after `month`/`day`.
    pub const fn weekday_on_or_after(month: u8, day: u8, weekday: Weekday) -> Holiday {
        Holiday::always(Feast::WeekdayOnOrAfter { month, day, weekday })
    }

    /// A holiday on `month`/`day` when that is a Friday, else on the first
    /// Monday on or after it.
    pub const fn friday_or_monday(month: u8, day: u8) -> Holiday {
        Holiday::always(Feast::FridayOrMonday { month, day })
    }

    /// The same holiday, with the first working day after it a holiday too
    /// when it falls on a Saturday or Sunday.
    pub const fn substituted(self) -> Holiday {
        Holiday { substitute: true, ..self }
    }

    /// A holiday on `month`/`day`, moved by `shift` days when that is a Sunday.
    pub const fn sunday_shift(month: u8, day: u8, shift: i8) -> Holiday {
        Holiday::always(Feast::SundayShift { month, day, shift })
    }

    const fn always(feast: Feast) -> Holiday {
        Holiday { feast, first_year: 0, last_year: u16::MAX, substitute: false }
    }

    /// The same holiday, in force from `year` on.
    pub const fn since(self, year: u16) -> Holiday {
        Holiday { first_year: year, ..self }
    }

    /// The same holiday, in force up to and including `year`.
    pub const fn through(self, year: u16) -> Holiday {
        Holiday { last_year: year, ..self }
    }

    /// Whether this holiday falls on `date`: [`Holiday::date_in`] of its
    /// year is `date`. A fixed day is compared by its month and day, without
    /// making a date; a deadline's count asks this of every holiday of the
    /// state for each day it looks at.
    pub fn falls_on(self, date: NaiveDate) -> bool {
        match self.feast {
            Feast::Fixed { month, day } => {
                self.in_force(date.year()) && date.month() == u32::from(month) && date.day() == u32::from(day)
            }
            // Easter Sunday is 22 March to 25 April (ordinals 81 to 116, leap
            // years included), so a day that far from its feast's window is
            // told apart without working Easter out.
            Feast::Easter(offset) => {
                (81..=116).contains(&(i64::from(date.ordinal()) - i64::from(offset)))
                    && self.date_in(date.year()) == Some(date)
            }
            _ => self.date_in(date.year()) == Some(date),
        }
    }

    fn in_force(self, year: i32) -> bool {
        (i32::from(self.first_year)..=i32::from(self.last_year)).contains(&year)
    }

    /// The day this holiday falls on in `year`; `None` when its rule is not
    /// in force that year, or the day is outside chrono's calendar.
    pub fn date_in(self, year: i32) -> Option<NaiveDate> {
        if !self.in_force(year) {
            return None;
        }
        match self.feast {
            Feast::Fixed { month, day } => NaiveDate::from_ymd_opt(year, month.into(), day.into()),
            Feast::Easter(offset) => shift(easter_sunday(year)?, offset),
            Feast::Orthodox(offset) => shift(orthodox_easter_sunday(year)?, offset),
            Feast::WeekdayOnOrAfter { month, day, weekday } => {
                let from = NaiveDate::from_ymd_opt(year, month.into(), day.into())?;
                let ahead = (7 + weekday.num_days_from_monday() - from.weekday().num_days_from_monday()) % 7;
                from.checked_add_days(Days::new(u64::from(ahead)))
            }
            Feast::FridayOrMonday { month, day } => {
                let from = NaiveDate::from_ymd_opt(year, month.into(), day.into())?;
                if from.weekday() == Weekday::Fri {
                    Some(from)
                } else {
                    Holiday::weekday_on_or_after(month, day, Weekday::Mon).date_in(year)
                }
            }
            Feast::SundayShift { month, day, shift: by } => {
                let date = NaiveDate::from_ymd_opt(year, month.into(), day.into())?;
                if date.weekday() == Weekday::Sun {
                    shift(date, by)
                } else {
                    Some(date)
                }
            }
        }
    }
}

/// Whether `date` is one of `list`'s holidays, or a working day that stands
/// in for one of them that fell on a weekend: each such holiday, in date
/// order, takes the first weekday after it that is no holiday and not taken
/// by an earlier one (Bulgaria's 24 to 26 December on Saturday to Monday
/// give Tuesday and Wednesday).
pub fn is_holiday_in(list: &[Holiday], date: NaiveDate) -> bool {
    let on = |d: NaiveDate| list.iter().any(|h| h.falls_on(d));
    if on(date) {
        return true;
    }
    let weekend = |d: NaiveDate| matches!(d.weekday(), Weekday::Sat | Weekday::Sun);
    if weekend(date) || !list.iter().any(|h| h.substitute) {
        return false;
    }
    let standing_in = |d: NaiveDate| list.iter().any(|h| h.substitute && h.falls_on(d));
    // Walk the days before `date` in order, a substitute owed for each
    // weekend holiday and paid on the next free weekday; a substitute lies
    // within a few days of its holiday.
    let Some(mut d) = date.checked_sub_days(Days::new(SUBSTITUTE_REACH)) else { return false };
    let mut owed = 0u32;
    while d < date {
        if weekend(d) {
            owed += u32::from(standing_in(d));
        } else if owed > 0 && !on(d) {
            owed -= 1;
        }
        let Some(next) = d.succ_opt() else { return false };
        d = next;
    }
    owed > 0
}

/// How far before a day its substitute's holiday can lie: longer than any
/// run of weekends, holidays and earlier substitutes.
const SUBSTITUTE_REACH: u64 = 16;

fn shift(date: NaiveDate, days: i8) -> Option<NaiveDate> {
    let n = Days::new(u64::from(days.unsigned_abs()));
    if days < 0 {
        date.checked_sub_days(n)
    } else {
        date.checked_add_days(n)
    }
}

#[cfg(test)]
mod tests {
    use super::super::date;
    use super::*;

    #[test]
    fn easter_in_known_years() {
        // Published Easter dates; 1818 and 2285 are the earliest possible
        // day (22 March), 1943 and 2038 the latest (25 April).
        for known in [
            "1900-04-15",
            "1943-04-25",
            "1954-04-18",
            "1961-04-02",
            "1981-04-19",
            "1818-03-22",
            "2000-04-23",
            "2008-03-23",
            "2011-04-24",
            "2016-03-27",
            "2019-04-21",
            "2024-03-31",
            "2025-04-20",
            "2026-04-05",
            "2027-03-28",
            "2038-04-25",
            "2285-03-22",
        ] {
            let d = date(known);
            assert_eq!(easter_sunday(d.year()), Some(d), "{known}");
        }
    }

    /// Gauss's Easter formula with its two exceptions: an independent
    /// derivation of the same Gregorian rule.
    fn gauss(year: i32) -> NaiveDate {
        let (a, b, c) = (year % 19, year % 4, year % 7);
        let k = year / 100;
        let p = (13 + 8 * k) / 25;
        let q = k / 4;
        let m = (15 - p + k - q) % 30;
        let n = (4 + k - q) % 7;
        let d = (19 * a + m) % 30;
        let e = (2 * b + 4 * c + 6 * d + n) % 7;
        let march22 = NaiveDate::from_ymd_opt(year, 3, 22).unwrap();
        let mut easter = march22 + Days::new((d + e) as u64);
        if d == 29 && e == 6 {
            easter = NaiveDate::from_ymd_opt(year, 4, 19).unwrap();
        } else if d == 28 && e == 6 && (11 * m + 11) % 30 < 19 {
            easter = NaiveDate::from_ymd_opt(year, 4, 18).unwrap();
        }
        easter
    }

    #[test]
    fn easter_agrees_with_gauss_and_is_a_sunday_between_22_march_and_25_april() {
        for year in 1583..=4099 {
            let easter = easter_sunday(year).unwrap();
            assert_eq!(easter, gauss(year), "{year}");
            assert_eq!(easter.weekday(), Weekday::Sun, "{year}");
            let lo = NaiveDate::from_ymd_opt(year, 3, 22).unwrap();
            let hi = NaiveDate::from_ymd_opt(year, 4, 25).unwrap();
            assert!((lo..=hi).contains(&easter), "{year}");
        }
    }

    #[test]
    fn easter_never_panics_at_the_ends_of_chronos_calendar() {
        for year in [
            NaiveDate::MIN.year(),
            NaiveDate::MIN.year() + 1,
            -1,
            0,
            1,
            NaiveDate::MAX.year() - 1,
            NaiveDate::MAX.year(),
        ] {
            if let Some(e) = easter_sunday(year) {
                assert_eq!(e.weekday(), Weekday::Sun);
            }
        }
        for year in [i32::MIN, i32::MAX] {
            assert_eq!(easter_sunday(year), None);
        }
    }

    #[test]
    fn orthodox_easter_in_known_years() {
        // Published Orthodox Easter dates; in 2025 and 2017 it fell with the
        // Western one.
        for known in [
            "2010-04-04",
            "2017-04-16",
            "2021-05-02",
            "2022-04-24",
            "2023-04-16",
            "2024-05-05",
            "2025-04-20",
            "2026-04-12",
            "2027-05-02",
            "2028-04-16",
        ] {
            let d = date(known);
            assert_eq!(orthodox_easter_sunday(d.year()), Some(d), "{known}");
        }
        for year in 1900..=2999 {
            let e = orthodox_easter_sunday(year).unwrap();
            assert_eq!(e.weekday(), Weekday::Sun, "{year}");
            assert!(e >= easter_sunday(year).unwrap(), "{year}: never before the Western Easter");
        }
        for year in [NaiveDate::MIN.year(), NaiveDate::MAX.year(), i32::MIN, i32::MAX] {
            let _ = orthodox_easter_sunday(year);
        }
    }

    #[test]
    fn weekdays_counted_from_a_day() {
        // Ireland's first Monday of May and last Monday of October, 2026.
        assert_eq!(Holiday::weekday_on_or_after(5, 1, Weekday::Mon).date_in(2026), Some(date("2026-05-04")));
        assert_eq!(Holiday::weekday_on_or_after(10, 25, Weekday::Mon).date_in(2026), Some(date("2026-10-26")));
        // On the day itself when it is that weekday: 1 June 2026 is a Monday.
        assert_eq!(Holiday::weekday_on_or_after(6, 1, Weekday::Mon).date_in(2026), Some(date("2026-06-01")));
        // St Brigid's Day: 1 February 2030 is a Friday; in 2026 the 2nd is the first Monday.
        assert_eq!(Holiday::friday_or_monday(2, 1).date_in(2030), Some(date("2030-02-01")));
        assert_eq!(Holiday::friday_or_monday(2, 1).date_in(2026), Some(date("2026-02-02")));
        assert_eq!(Holiday::friday_or_monday(2, 1).date_in(2025), Some(date("2025-02-03")));
    }

    #[test]
    fn a_working_day_stands_in_for_a_weekend_holiday() {
        let list = [
            Holiday::fixed(12, 24).substituted(),
            Holiday::fixed(12, 25).substituted(),
            Holiday::fixed(12, 26).substituted(),
            Holiday::fixed(5, 24).substituted(),
        ];
        // 24 to 26 December 2022: Saturday to Monday; Tuesday and Wednesday stand in.
        assert!(is_holiday_in(&list, date("2022-12-26")));
        assert!(is_holiday_in(&list, date("2022-12-27")));
        assert!(is_holiday_in(&list, date("2022-12-28")));
        assert!(!is_holiday_in(&list, date("2022-12-29")));
        // 24 May 2026 is a Sunday: Monday the 25th stands in.
        assert!(!is_holiday_in(&list, date("2026-05-22")));
        assert!(is_holiday_in(&list, date("2026-05-25")));
        assert!(!is_holiday_in(&list, date("2026-05-26")));
        // Without the substitute flag nothing stands in.
        assert!(!is_holiday_in(&[Holiday::fixed(5, 24)], date("2026-05-25")));
    }

    #[test]
    fn holiday_rules_give_their_dates_only_while_in_force() {
        let good_friday = Holiday::easter(-2);
        assert_eq!(good_friday.date_in(2025), Some(date("2025-04-18")));
        let once = Holiday::fixed(10, 31).since(2017).through(2017);
        assert_eq!(once.date_in(2016), None);
        assert_eq!(once.date_in(2017), Some(date("2017-10-31")));
        assert_eq!(once.date_in(2018), None);
        // 27 April 2025 is a Sunday: the day moves to Saturday the 26th.
        let kings_day = Holiday::sunday_shift(4, 27, -1);
        assert_eq!(kings_day.date_in(2025), Some(date("2025-04-26")));
        assert_eq!(kings_day.date_in(2024), Some(date("2024-04-27")));
        assert_eq!(Holiday::sunday_shift(4, 30, 1).date_in(2028), Some(date("2028-05-01")));
        // 29 February is simply absent in common years.
        assert_eq!(Holiday::fixed(2, 29).date_in(2025), None);
        for year in [NaiveDate::MIN.year(), NaiveDate::MAX.year(), i32::MIN, i32::MAX] {
            let _ = Holiday::easter(60).date_in(year);
            let _ = Holiday::easter(-2).date_in(year);
            let _ = Holiday::sunday_shift(12, 31, 1).date_in(year);
        }
    }
}
