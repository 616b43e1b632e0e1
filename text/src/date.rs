//! Calendar dates of posts: parsed from ISO 8601, written out in words.

use crate::lang::Lang;
use std::fmt;
use std::str::FromStr;

/// A calendar date (no time, no zone), as posts are dated.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// The year, e.g. 2016.
    pub year: u16,
    /// The month, 1 to 12.
    pub month: u8,
    /// The day of the month, 1 to 31.
    pub day: u8,
}

const MONTHS_FR: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl Date {
    /// A date, if it exists in the Gregorian calendar.
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let valid = (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
        valid.then_some(Date { year, month, day })
    }

    /// The date in UTC at `seconds` after 1970-01-01 00:00 UTC (a clock's reading: the
    /// core has no clock of its own).
    pub fn from_unix_seconds(seconds: u64) -> Date {
        // Howard Hinnant's `civil_from_days`, for days since 1970-01-01.
        let days = (seconds / 86_400) as i64 + 719_468;
        let era = days.div_euclid(146_097);
        let day_of_era = days.rem_euclid(146_097);
        let year_of_era =
            (day_of_era - day_of_era / 1_460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let shifted_month = (5 * day_of_year + 2) / 153;
        let day = (day_of_year - (153 * shifted_month + 2) / 5 + 1) as u8;
        let month = if shifted_month < 10 {
            shifted_month + 3
        } else {
            shifted_month - 9
        } as u8;
        let year = year_of_era + era * 400 + i64::from(month <= 2);
        Date {
            year: year as u16,
            month,
            day,
        }
    }

    /// The month's name in `lang`, lower case in French as French writes it.
    pub fn month_name(self, lang: Lang) -> &'static str {
        let i = usize::from(self.month - 1);
        match lang {
            Lang::Fr => MONTHS_FR[i],
            Lang::En => MONTHS_EN[i],
        }
    }

    /// The date in words: "9 juin 2016", "1er juin 2016", "9 June 2016".
    ///
    /// Day, month and year are joined by no-break spaces so the date never wraps.
    pub fn long(self, lang: Lang) -> String {
        let month = self.month_name(lang);
        let day = match (lang, self.day) {
            (Lang::Fr, 1) => "1er".to_owned(),
            (_, d) => d.to_string(),
        };
        format!("{day}\u{a0}{month}\u{a0}{}", self.year)
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// `YYYY-MM-DD`, the form `<time datetime>` and front matter use.
impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// As `YYYY-MM-DD`, in the data files the build writes.
impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// Why a date was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BadDate(pub String);

impl fmt::Display for BadDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "bad date {:?}: expected an existing day written YYYY-MM-DD, e.g. 2016-06-09",
            self.0
        )
    }
}

impl std::error::Error for BadDate {}

impl FromStr for Date {
    type Err = BadDate;

    /// Parses exactly `YYYY-MM-DD`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || BadDate(s.to_owned());
        let b = s.as_bytes();
        let shape_ok = b.len() == 10
            && b[4] == b'-'
            && b[7] == b'-'
            && b.iter()
                .enumerate()
                .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
        if !shape_ok {
            return Err(bad());
        }
        let year = s[0..4].parse().map_err(|_| bad())?;
        let month = s[5..7].parse().map_err(|_| bad())?;
        let day = s[8..10].parse().map_err(|_| bad())?;
        Date::new(year, month, day).ok_or_else(bad)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_clock_reading_is_a_day_in_utc() {
        let at = |s| Date::from_unix_seconds(s).to_string();
        assert_eq!(at(0), "1970-01-01");
        assert_eq!(at(1_465_430_400), "2016-06-09");
        assert_eq!(at(1_465_430_400 + 86_399), "2016-06-09");
        assert_eq!(at(951_782_400), "2000-02-29");
        assert_eq!(at(1_796_083_200 - 1), "2026-11-30");
        assert_eq!(at(4_107_542_400), "2100-03-01");
    }

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn writes_dates_in_both_languages() {
        assert_eq!(d("2016-06-09").long(Lang::Fr), "9\u{a0}juin\u{a0}2016");
        assert_eq!(d("2016-06-09").long(Lang::En), "9\u{a0}June\u{a0}2016");
        assert_eq!(d("2024-08-15").long(Lang::Fr), "15\u{a0}août\u{a0}2024");
        assert_eq!(d("2024-12-31").long(Lang::En), "31\u{a0}December\u{a0}2024");
    }

    #[test]
    fn first_of_the_month_is_premier_in_french() {
        assert_eq!(d("2025-02-01").long(Lang::Fr), "1er\u{a0}février\u{a0}2025");
        assert_eq!(d("2025-02-01").long(Lang::En), "1\u{a0}February\u{a0}2025");
    }

    #[test]
    fn round_trips_iso() {
        assert_eq!(d("2016-06-09").to_string(), "2016-06-09");
    }

    #[test]
    fn refuses_malformed_and_impossible_dates() {
        for bad in [
            "2016-6-9",
            "09/06/2016",
            "2016-13-01",
            "2016-00-10",
            "2016-04-31",
            "2015-02-29",
            "2016-06-09T10:00",
            "",
            "２０１６-06-09",
        ] {
            assert!(bad.parse::<Date>().is_err(), "{bad} should be refused");
        }
        assert_eq!(d("2016-02-29"), Date::new(2016, 2, 29).unwrap());
        assert!("1900-02-29".parse::<Date>().is_err());
        assert!("2000-02-29".parse::<Date>().is_ok());
    }

    #[test]
    fn orders_chronologically() {
        assert!(d("2016-06-09") < d("2016-06-10"));
        assert!(d("2015-12-31") < d("2016-01-01"));
    }
}
