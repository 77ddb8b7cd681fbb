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
        AprilFools => fixed(4, 1),
        Juneteenth => fixed(6, 19),
        GroundhogDay => fixed(2, 2),
        EarthDay => fixed(4, 22),
        MayDay => fixed(5, 1),
        CincoDeMayo => fixed(5, 5),
        FlagDay => fixed(6, 14),
        CanadaDay => fixed(7, 1),
        BastilleDay => fixed(7, 14),
        AustraliaDay => fixed(1, 26),
        AnzacDay => fixed(4, 25),
        AllSaintsDay => fixed(11, 1),
        BonfireNight => fixed(11, 5),
        ArmisticeDay => fixed(11, 11),
        Hogmanay => fixed(12, 31),
        RemembranceSunday => nth_weekday(year, 11, Weekday::Sun, 2),
        MotheringSunday => easter_plus(year, -21),
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
        GoodFriday => easter_plus(year, -2),
        EasterMonday => easter_plus(year, 1),
        ShroveTuesday => easter_plus(year, -47),
        AshWednesday => easter_plus(year, -46),
        PalmSunday => easter_plus(year, -7),
        MaundyThursday => easter_plus(year, -3),
        HolySaturday => easter_plus(year, -1),
        AscensionDay => easter_plus(year, 39),
        Pentecost => easter_plus(year, 49),
        WhitMonday => easter_plus(year, 50),
        LunarNewYear => lunar_new_year(year),
    }
}

/// The days off that make a long weekend in `year`, in the United States and Britain: the
/// Monday holidays, Good Friday and Easter Monday, Thanksgiving, Independence Day, Christmas
/// and New Year's Day, and the British bank holidays in May and August. "The holiday
/// weekend" in a story is the weekend one of them makes.
pub(crate) fn long_weekend_days(year: i32) -> Vec<NaiveDate> {
    use Holiday::*;
    let named = [
        NewYearsDay,
        MartinLutherKingDay,
        PresidentsDay,
        GoodFriday,
        EasterMonday,
        MemorialDay,
        IndependenceDay,
        LaborDay,
        ColumbusDay,
        Thanksgiving,
        Christmas,
    ]
    .into_iter()
    .filter_map(|h| date_of(h, year));
    let bank = [
        nth_weekday(year, 5, Weekday::Mon, 1),
        last_weekday(year, 8, Weekday::Mon),
    ]
    .into_iter()
    .flatten();
    let mut days: Vec<NaiveDate> = named.chain(bank).collect();
    days.sort_unstable();
    days
}

/// The first years the table of [`LUNAR_NEW_YEAR`] covers.
const LUNAR_FIRST_YEAR: i32 = 1950;

/// The Chinese lunisolar calendar follows the moon and the solar terms, which no short
/// formula reproduces; its new year (as observed in China, UTC+8) is a table, month and day
/// for each year from 1950 to 2050, computed with the `lunardate` Python package and
/// spot-checked against published calendars. Years outside it have no date.
const LUNAR_NEW_YEAR: [(u32, u32); 101] = [
    (2, 17),
    (2, 6),
    (1, 27),
    (2, 14),
    (2, 3),
    (1, 24),
    (2, 12),
    (1, 31),
    (2, 18),
    (2, 8),
    (1, 28),
    (2, 15),
    (2, 5),
    (1, 25),
    (2, 13),
    (2, 2),
    (1, 21),
    (2, 9),
    (1, 30),
    (2, 17),
    (2, 6),
    (1, 27),
    (2, 15),
    (2, 3),
    (1, 23),
    (2, 11),
    (1, 31),
    (2, 18),
    (2, 7),
    (1, 28),
    (2, 16),
    (2, 5),
    (1, 25),
    (2, 13),
    (2, 2),
    (2, 20),
    (2, 9),
    (1, 29),
    (2, 17),
    (2, 6),
    (1, 27),
    (2, 15),
    (2, 4),
    (1, 23),
    (2, 10),
    (1, 31),
    (2, 19),
    (2, 7),
    (1, 28),
    (2, 16),
    (2, 5),
    (1, 24),
    (2, 12),
    (2, 1),
    (1, 22),
    (2, 9),
    (1, 29),
    (2, 18),
    (2, 7),
    (1, 26),
    (2, 14),
    (2, 3),
    (1, 23),
    (2, 10),
    (1, 31),
    (2, 19),
    (2, 8),
    (1, 28),
    (2, 16),
    (2, 5),
    (1, 25),
    (2, 12),
    (2, 1),
    (1, 22),
    (2, 10),
    (1, 29),
    (2, 17),
    (2, 6),
    (1, 26),
    (2, 13),
    (2, 3),
    (1, 23),
    (2, 11),
    (1, 31),
    (2, 19),
    (2, 8),
    (1, 28),
    (2, 15),
    (2, 4),
    (1, 24),
    (2, 12),
    (2, 1),
    (1, 22),
    (2, 10),
    (1, 30),
    (2, 17),
    (2, 6),
    (1, 26),
    (2, 14),
    (2, 2),
    (1, 23),
];

fn lunar_new_year(year: i32) -> Option<NaiveDate> {
    let k = usize::try_from(year.checked_sub(LUNAR_FIRST_YEAR)?).ok()?;
    let &(month, day) = LUNAR_NEW_YEAR.get(k)?;
    NaiveDate::from_ymd_opt(year, month, day)
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

/// The day `days` from Easter Sunday: the church year's moving days ("Ash Wednesday" is
/// -46, "Pentecost" +49).
fn easter_plus(year: i32, days: i64) -> Option<NaiveDate> {
    easter(year)?.checked_add_signed(chrono::TimeDelta::try_days(days)?)
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
        assert_eq!(date_of(Holiday::EasterMonday, 2002), Some(d("2002-04-01")));
        // Easter 2018 was April 1.
        assert_eq!(date_of(Holiday::ShroveTuesday, 2018), Some(d("2018-02-13")));
        assert_eq!(date_of(Holiday::AshWednesday, 2018), Some(d("2018-02-14")));
        assert_eq!(date_of(Holiday::PalmSunday, 2018), Some(d("2018-03-25")));
        assert_eq!(
            date_of(Holiday::MaundyThursday, 2018),
            Some(d("2018-03-29"))
        );
        assert_eq!(date_of(Holiday::HolySaturday, 2018), Some(d("2018-03-31")));
        assert_eq!(date_of(Holiday::AscensionDay, 2018), Some(d("2018-05-10")));
        assert_eq!(date_of(Holiday::Pentecost, 2018), Some(d("2018-05-20")));
        assert_eq!(date_of(Holiday::WhitMonday, 2018), Some(d("2018-05-21")));
        assert_eq!(
            date_of(Holiday::MotheringSunday, 2018),
            Some(d("2018-03-11"))
        );
        assert_eq!(
            date_of(Holiday::RemembranceSunday, 2018),
            Some(d("2018-11-11"))
        );
        assert_eq!(
            date_of(Holiday::RemembranceSunday, 2019),
            Some(d("2019-11-10"))
        );
        assert_eq!(
            date_of(Holiday::MartinLutherKingDay, 2018),
            Some(d("2018-01-15"))
        );
    }

    #[test]
    fn lunar_new_year_is_a_table_of_late_january_and_february_days() {
        assert_eq!(date_of(Holiday::LunarNewYear, 2000), Some(d("2000-02-05")));
        assert_eq!(date_of(Holiday::LunarNewYear, 2007), Some(d("2007-02-18")));
        assert_eq!(date_of(Holiday::LunarNewYear, 2020), Some(d("2020-01-25")));
        assert_eq!(date_of(Holiday::LunarNewYear, 1949), None);
        assert_eq!(date_of(Holiday::LunarNewYear, 2051), None);
        // The new moon nearest the start of spring always falls between Jan. 21 and Feb. 20.
        for year in 1950..=2050 {
            let day = date_of(Holiday::LunarNewYear, year).expect("a year in the table");
            let earliest = NaiveDate::from_ymd_opt(year, 1, 21).expect("a date");
            let latest = NaiveDate::from_ymd_opt(year, 2, 20).expect("a date");
            assert!(earliest <= day && day <= latest, "{year}: {day}");
        }
    }
}
