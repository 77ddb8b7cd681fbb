//! The Jewish festivals news dates most ("Passover", "Hanukkah", "Rosh Hashanah", "Yom
//! Kippur"), computed from the fixed arithmetic of the Hebrew calendar rather than a table,
//! so that any year has them.
//!
//! The Hebrew year starts on 1 Tishrei. Its day follows from the mean lunar month counted from
//! the calendar's epoch (the *molad*) and four postponement rules; the arithmetic below is the
//! standard one (Dershowitz and Reingold, *Calendrical Calculations*), on day numbers counted
//! from 1 January of year 1 (chrono's `num_days_from_ce`). The other festivals sit a fixed
//! number of days from a new year: the months from Nisan to Elul never change length, and
//! only Heshvan, before Kislev, has 29 or 30 days.

use chrono::{Datelike, NaiveDate};

/// Day number of 1 Tishrei of year 1 (7 October 3761 BCE in the proleptic Julian calendar).
const EPOCH: i64 = -1_373_427;

/// Days from the epoch to the molad-based start of Hebrew `year`, with the rule that moves
/// the new year off a Sunday, Wednesday or Friday.
fn elapsed_days(year: i64) -> i64 {
    let months = (235 * year - 234).div_euclid(19);
    let parts = 12_084 + 13_753 * months;
    let days = 29 * months + parts.div_euclid(25_920);
    if (3 * (days + 1)).rem_euclid(7) < 3 {
        days + 1
    } else {
        days
    }
}

/// The day number of 1 Tishrei (Rosh Hashanah) of Hebrew `year`, after the postponements
/// that keep every year's length lawful.
fn new_year_day(year: i64) -> i64 {
    let (before, this, after) = (
        elapsed_days(year - 1),
        elapsed_days(year),
        elapsed_days(year + 1),
    );
    let delay = if after - this == 356 {
        2
    } else if this - before == 382 {
        1
    } else {
        0
    };
    EPOCH + this + delay
}

fn date(day: i64) -> Option<NaiveDate> {
    NaiveDate::from_num_days_from_ce_opt(i32::try_from(day).ok()?)
}

/// The Hebrew year whose Rosh Hashanah falls in the autumn of Gregorian `year`.
fn hebrew_year_starting_in(year: i32) -> i64 {
    i64::from(year) + 3761
}

/// Rosh Hashanah (1 Tishrei) in Gregorian `year`.
pub(crate) fn rosh_hashanah(year: i32) -> Option<NaiveDate> {
    date(new_year_day(hebrew_year_starting_in(year)))
}

/// Yom Kippur (10 Tishrei) in Gregorian `year`.
pub(crate) fn yom_kippur(year: i32) -> Option<NaiveDate> {
    date(new_year_day(hebrew_year_starting_in(year)) + 9)
}

/// The first day of Passover (15 Nisan) in Gregorian `year`: 163 days before the next Rosh
/// Hashanah, since Nisan to Elul are always 177 days.
pub(crate) fn passover(year: i32) -> Option<NaiveDate> {
    date(new_year_day(hebrew_year_starting_in(year)) - 163)
}

/// The first day of Hanukkah (25 Kislev) in Gregorian `year`: the 30 days of Tishrei, the 29
/// or 30 of Heshvan (30 in a "complete" year of 355 or 385 days) and 24 more.
pub(crate) fn hanukkah(year: i32) -> Option<NaiveDate> {
    let hebrew = hebrew_year_starting_in(year);
    let start = new_year_day(hebrew);
    let length = new_year_day(hebrew + 1) - start;
    let heshvan = if length % 10 == 5 { 30 } else { 29 };
    date(start + 30 + heshvan + 24).filter(|d| d.year() == year)
}

/// How many days the festival starting on its first day lasts, as kept outside Israel.
pub(crate) const FESTIVAL_DAYS: u64 = 8;

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("a test date")
    }

    #[test]
    fn festivals_fall_on_their_published_dates() {
        // First days, as Jewish calendars publish them (the festival begins the evening
        // before).
        let cases = [
            (passover(1988), "1988-04-02"),
            (passover(2009), "2009-04-09"),
            (passover(2021), "2021-03-28"),
            (passover(2023), "2023-04-06"),
            (passover(2024), "2024-04-23"),
            (rosh_hashanah(2009), "2009-09-19"),
            (rosh_hashanah(2023), "2023-09-16"),
            (yom_kippur(2009), "2009-09-28"),
            (yom_kippur(1973), "1973-10-06"),
            (hanukkah(2009), "2009-12-12"),
            (hanukkah(2011), "2011-12-21"),
            (hanukkah(2020), "2020-12-11"),
            (hanukkah(2024), "2024-12-26"),
        ];
        for (got, want) in cases {
            assert_eq!(got, Some(d(want)), "{want}");
        }
    }

    #[test]
    fn every_year_is_lawful() {
        // A Hebrew year has 353, 354 or 355 days, or 383, 384 or 385 in a leap year, and
        // Rosh Hashanah never falls on a Sunday, Wednesday or Friday.
        for year in 1800..2200 {
            let hebrew = hebrew_year_starting_in(year);
            let length = new_year_day(hebrew + 1) - new_year_day(hebrew);
            assert!(
                matches!(length, 353..=355 | 383..=385),
                "{year}: {length} days"
            );
            let weekday = rosh_hashanah(year).expect("a date").weekday();
            assert!(
                !matches!(
                    weekday,
                    chrono::Weekday::Sun | chrono::Weekday::Wed | chrono::Weekday::Fri
                ),
                "{year}: {weekday}"
            );
            assert!(hanukkah(year).is_some(), "{year}");
        }
    }
}
