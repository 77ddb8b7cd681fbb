//! The dates of named days in a given year: fixed dates, "the fourth Thursday of November",
//! "the last Monday of May", and Easter by the Gregorian computus.

use chrono::{Datelike, Days, NaiveDate, Weekday};

use super::lexicon::Holiday;

/// The date of `holiday` in `year`, when the calendar has it.
pub(crate) fn date_of(holiday: Holiday, year: i32) -> Option<NaiveDate> {
    use Holiday::*;
    let fixed = |m, d| NaiveDate::from_ymd_opt(year, m, d);
    match holiday {
        NewYearsDay => fixed(1, 1),
        NewYearsEve => fixed(12, 31),
        ValentinesDay => fixed(2, 14),
        StPatricksDay => fixed(3, 17),
        Juneteenth => fixed(6, 19),
        IndependenceDay => fixed(7, 4),
        Halloween => fixed(10, 31),
        VeteransDay => fixed(11, 11),
        ChristmasEve => fixed(12, 24),
        Christmas => fixed(12, 25),
        BoxingDay => fixed(12, 26),
        MartinLutherKingDay => nth_weekday(year, 1, Weekday::Mon, 3),
        PresidentsDay => nth_weekday(year, 2, Weekday::Mon, 3),
        MothersDay => nth_weekday(year, 5, Weekday::Sun, 2),
        FathersDay => nth_weekday(year, 6, Weekday::Sun, 3),
        MemorialDay => last_weekday(year, 5, Weekday::Mon),
        LaborDay => nth_weekday(year, 9, Weekday::Mon, 1),
        ColumbusDay => nth_weekday(year, 10, Weekday::Mon, 2),
        Thanksgiving => nth_weekday(year, 11, Weekday::Thu, 4),
        BlackFriday => nth_weekday(year, 11, Weekday::Thu, 4)?.checked_add_days(Days::new(1)),
        CyberMonday => nth_weekday(year, 11, Weekday::Thu, 4)?.checked_add_days(Days::new(4)),
        // The Tuesday after the first Monday of November.
        ElectionDay => nth_weekday(year, 11, Weekday::Mon, 1)?.checked_add_days(Days::new(1)),
        Easter => easter(year),
        GoodFriday => easter(year)?.checked_sub_days(Days::new(2)),
    }
}

/// The `n`th `weekday` of `month` (1-based).
fn nth_weekday(year: i32, month: u32, weekday: Weekday, n: u8) -> Option<NaiveDate> {
    NaiveDate::from_weekday_of_month_opt(year, month, weekday, n)
}

/// The last `weekday` of `month`.
fn last_weekday(year: i32, month: u32, weekday: Weekday) -> Option<NaiveDate> {
    let next_month = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)?
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)?
    };
    let mut day = next_month.pred_opt()?;
    while day.weekday() != weekday {
        day = day.pred_opt()?;
    }
    Some(day)
}

/// Easter Sunday, by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
fn easter(year: i32) -> Option<NaiveDate> {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn known_dates() {
        assert_eq!(date_of(Holiday::ElectionDay, 2018), Some(d("2018-11-06")));
        assert_eq!(date_of(Holiday::ElectionDay, 1998), Some(d("1998-11-03")));
        assert_eq!(date_of(Holiday::Thanksgiving, 1999), Some(d("1999-11-25")));
        assert_eq!(date_of(Holiday::Thanksgiving, 2018), Some(d("2018-11-22")));
        assert_eq!(date_of(Holiday::MemorialDay, 2018), Some(d("2018-05-28")));
        assert_eq!(date_of(Holiday::LaborDay, 2018), Some(d("2018-09-03")));
        assert_eq!(date_of(Holiday::Easter, 2000), Some(d("2000-04-23")));
        assert_eq!(date_of(Holiday::Easter, 2018), Some(d("2018-04-01")));
        assert_eq!(date_of(Holiday::Easter, 2019), Some(d("2019-04-21")));
        assert_eq!(date_of(Holiday::GoodFriday, 2018), Some(d("2018-03-30")));
        assert_eq!(
            date_of(Holiday::MartinLutherKingDay, 2018),
            Some(d("2018-01-15"))
        );
    }
}
