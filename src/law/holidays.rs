//! Easter and the holidays it moves, on plain calendar dates.
//!
//! Holidays are data ([`Holiday`]): a fixed day of the year, a day counted
//! from Easter Sunday, or a fixed day that moves when it falls on a Sunday,
//! each with the years its rule is in force. This file only knows how to turn
//! such a rule into a date; which holidays a country has lives in
//! `member_states.rs`.

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

    /// A holiday on `month`/`day`, moved by `shift` days when that is a Sunday.
    pub const fn sunday_shift(month: u8, day: u8, shift: i8) -> Holiday {
        Holiday::always(Feast::SundayShift { month, day, shift })
    }

    const fn always(feast: Feast) -> Holiday {
        Holiday { feast, first_year: 0, last_year: u16::MAX }
    }

    /// The same holiday, in force from `year` on.
    pub const fn since(self, year: u16) -> Holiday {
        Holiday { first_year: year, ..self }
    }

    /// The same holiday, in force up to and including `year`.
    pub const fn through(self, year: u16) -> Holiday {
        Holiday { last_year: year, ..self }
    }

    /// The day this holiday falls on in `year`; `None` when its rule is not
    /// in force that year, or the day is outside chrono's calendar.
    pub fn date_in(self, year: i32) -> Option<NaiveDate> {
        if year < i32::from(self.first_year) || year > i32::from(self.last_year) {
            return None;
        }
        match self.feast {
            Feast::Fixed { month, day } => NaiveDate::from_ymd_opt(year, month.into(), day.into()),
            Feast::Easter(offset) => shift(easter_sunday(year)?, offset),
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
