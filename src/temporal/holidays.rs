//! The dates of named days in a given year: fixed dates, "the fourth Thursday of November",
//! "the last Monday of May", Easter by the Gregorian computus, and the feasts of the lunar
//! calendars (Lunar New Year, Ramadan, the two Eids) from tables, and the Jewish festivals by
//! the Hebrew calendar's arithmetic ([`super::hebrew_calendar`]), and the equinoxes and
//! solstices by the Sun's motion ([`super::solstices`]).

use chrono::{Datelike, Days, NaiveDate, Weekday};

use super::hebrew_calendar;
use super::lexicon::Holiday;
use super::solstices::{self, Turn};

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
        StStephensDay => fixed(12, 26),
        BurnsNight => fixed(1, 25),
        StAndrewsDay => fixed(11, 30),
        StDavidsDay => fixed(3, 1),
        StGeorgesDay => fixed(4, 23),
        MadarakaDay => fixed(6, 1),
        MashujaaDay => fixed(10, 20),
        JamhuriDay => fixed(12, 12),
        WaitangiDay => fixed(2, 6),
        VictoryDay => fixed(5, 9),
        MelbourneCupDay => nth_weekday(year, 11, Weekday::Tue, 1),
        // The last Monday on or before May 24.
        VictoriaDay => {
            let may_24 = fixed(5, 24)?;
            may_24.checked_sub_days(Days::new(u64::from(
                may_24.weekday().num_days_from_monday(),
            )))
        }
        RemembranceSunday => nth_weekday(year, 11, Weekday::Sun, 2),
        MotheringSunday => easter_plus(year, -21),
        MarchEquinox => solstices::day_of(year, Turn::MarchEquinox),
        JuneSolstice => solstices::day_of(year, Turn::JuneSolstice),
        SeptemberEquinox => solstices::day_of(year, Turn::SeptemberEquinox),
        DecemberSolstice => solstices::day_of(year, Turn::DecemberSolstice),
        IndependenceDay => fixed(7, 4),
        Halloween => fixed(10, 31),
        VeteransDay => fixed(11, 11),
        ChristmasEve => fixed(12, 24),
        Christmas => fixed(12, 25),
        BoxingDay => fixed(12, 26),
        MartinLutherKingDay => nth_weekday(year, 1, Weekday::Mon, 3),
        PresidentsDay => nth_weekday(year, 2, Weekday::Mon, 3),
        PatriotsDay => nth_weekday(year, 4, Weekday::Mon, 3),
        MothersDay => nth_weekday(year, 5, Weekday::Sun, 2),
        FathersDay => nth_weekday(year, 6, Weekday::Sun, 3),
        MemorialDay => last_weekday(year, 5, Weekday::Mon),
        LaborDay => nth_weekday(year, 9, Weekday::Mon, 1),
        ColumbusDay => nth_weekday(year, 10, Weekday::Mon, 2),
        Thanksgiving => nth_weekday(year, 11, Weekday::Thu, 4),
        BlackFriday => nth_weekday(year, 11, Weekday::Thu, 4)?.checked_add_days(Days::new(1)),
        CyberMonday => nth_weekday(year, 11, Weekday::Thu, 4)?.checked_add_days(Days::new(4)),
        CanadianThanksgiving => nth_weekday(year, 10, Weekday::Mon, 2),
        EarlyMayBank => nth_weekday(year, 5, Weekday::Mon, 1),
        SpringBank => last_weekday(year, 5, Weekday::Mon),
        SummerBank => last_weekday(year, 8, Weekday::Mon),
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
        LunarNewYearsEve => lunar_new_year(year)?.pred_opt(),
        LanternFestival => lunar_new_year(year)?.checked_add_days(chrono::Days::new(14)),
        Ramadan => islamic_feast(RAMADAN, year),
        EidAlFitr => islamic_feast(EID_AL_FITR, year),
        EidAlAdha => islamic_feast(EID_AL_ADHA, year),
        Passover => hebrew_calendar::passover(year),
        Hanukkah => hebrew_calendar::hanukkah(year),
        RoshHashanah => hebrew_calendar::rosh_hashanah(year),
        YomKippur => hebrew_calendar::yom_kippur(year),
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

/// The Islamic calendar is lunar and, as most Muslim countries keep it, set by sighting or by
/// tables rather than by a formula (the arithmetic calendar is a day off about half the
/// time). Its feasts are a table: for each Hijri year from 1369 (1950) to 1471 (2049), the
/// first day of Ramadan, Eid al-Fitr (the first of Shawwal) and Eid al-Adha (the tenth of Dhu
/// al-Hijja), by the Umm al-Qura calendar of Saudi Arabia, computed with the `hijridate`
/// Python package. Observance elsewhere may differ by a day; dates outside it have none.
const ISLAMIC_FEASTS: [[(i32, u32, u32); 3]; 103] = [
    [(1950, 6, 17), (1950, 7, 16), (1950, 9, 23)],
    [(1951, 6, 6), (1951, 7, 6), (1951, 9, 12)],
    [(1952, 5, 25), (1952, 6, 23), (1952, 8, 31)],
    [(1953, 5, 14), (1953, 6, 13), (1953, 8, 20)],
    [(1954, 5, 4), (1954, 6, 2), (1954, 8, 9)],
    [(1955, 4, 24), (1955, 5, 23), (1955, 7, 30)],
    [(1956, 4, 12), (1956, 5, 11), (1956, 7, 19)],
    [(1957, 4, 1), (1957, 5, 1), (1957, 7, 8)],
    [(1958, 3, 21), (1958, 4, 20), (1958, 6, 27)],
    [(1959, 3, 11), (1959, 4, 10), (1959, 6, 17)],
    [(1960, 2, 28), (1960, 3, 28), (1960, 6, 4)],
    [(1961, 2, 16), (1961, 3, 18), (1961, 5, 25)],
    [(1962, 2, 5), (1962, 3, 7), (1962, 5, 14)],
    [(1963, 1, 26), (1963, 2, 24), (1963, 5, 3)],
    [(1964, 1, 15), (1964, 2, 14), (1964, 4, 22)],
    [(1965, 1, 3), (1965, 2, 2), (1965, 4, 11)],
    [(1965, 12, 23), (1966, 1, 22), (1966, 4, 1)],
    [(1966, 12, 13), (1967, 1, 12), (1967, 3, 21)],
    [(1967, 12, 2), (1968, 1, 1), (1968, 3, 9)],
    [(1968, 11, 21), (1968, 12, 21), (1969, 2, 27)],
    [(1969, 11, 10), (1969, 12, 10), (1970, 2, 16)],
    [(1970, 11, 1), (1970, 11, 30), (1971, 2, 6)],
    [(1971, 10, 20), (1971, 11, 19), (1972, 1, 26)],
    [(1972, 10, 8), (1972, 11, 7), (1973, 1, 14)],
    [(1973, 9, 27), (1973, 10, 27), (1974, 1, 3)],
    [(1974, 9, 17), (1974, 10, 16), (1974, 12, 24)],
    [(1975, 9, 6), (1975, 10, 6), (1975, 12, 13)],
    [(1976, 8, 26), (1976, 9, 24), (1976, 12, 1)],
    [(1977, 8, 15), (1977, 9, 14), (1977, 11, 21)],
    [(1978, 8, 5), (1978, 9, 3), (1978, 11, 10)],
    [(1979, 7, 25), (1979, 8, 23), (1979, 10, 31)],
    [(1980, 7, 13), (1980, 8, 12), (1980, 10, 19)],
    [(1981, 7, 2), (1981, 8, 1), (1981, 10, 8)],
    [(1982, 6, 22), (1982, 7, 21), (1982, 9, 27)],
    [(1983, 6, 12), (1983, 7, 11), (1983, 9, 17)],
    [(1984, 5, 31), (1984, 6, 30), (1984, 9, 5)],
    [(1985, 5, 20), (1985, 6, 19), (1985, 8, 26)],
    [(1986, 5, 9), (1986, 6, 8), (1986, 8, 15)],
    [(1987, 4, 29), (1987, 5, 28), (1987, 8, 4)],
    [(1988, 4, 17), (1988, 5, 16), (1988, 7, 23)],
    [(1989, 4, 7), (1989, 5, 6), (1989, 7, 13)],
    [(1990, 3, 27), (1990, 4, 26), (1990, 7, 2)],
    [(1991, 3, 17), (1991, 4, 15), (1991, 6, 22)],
    [(1992, 3, 5), (1992, 4, 4), (1992, 6, 11)],
    [(1993, 2, 22), (1993, 3, 24), (1993, 5, 31)],
    [(1994, 2, 11), (1994, 3, 13), (1994, 5, 20)],
    [(1995, 1, 31), (1995, 3, 2), (1995, 5, 9)],
    [(1996, 1, 21), (1996, 2, 19), (1996, 4, 27)],
    [(1997, 1, 10), (1997, 2, 8), (1997, 4, 17)],
    [(1997, 12, 30), (1998, 1, 29), (1998, 4, 7)],
    [(1998, 12, 19), (1999, 1, 18), (1999, 3, 27)],
    [(1999, 12, 9), (2000, 1, 8), (2000, 3, 16)],
    [(2000, 11, 27), (2000, 12, 27), (2001, 3, 5)],
    [(2001, 11, 16), (2001, 12, 16), (2002, 2, 22)],
    [(2002, 11, 6), (2002, 12, 5), (2003, 2, 11)],
    [(2003, 10, 26), (2003, 11, 25), (2004, 2, 1)],
    [(2004, 10, 15), (2004, 11, 14), (2005, 1, 21)],
    [(2005, 10, 4), (2005, 11, 3), (2006, 1, 10)],
    [(2006, 9, 24), (2006, 10, 23), (2006, 12, 31)],
    [(2007, 9, 13), (2007, 10, 13), (2007, 12, 20)],
    [(2008, 9, 1), (2008, 10, 1), (2008, 12, 8)],
    [(2009, 8, 22), (2009, 9, 20), (2009, 11, 27)],
    [(2010, 8, 11), (2010, 9, 10), (2010, 11, 16)],
    [(2011, 8, 1), (2011, 8, 30), (2011, 11, 6)],
    [(2012, 7, 20), (2012, 8, 19), (2012, 10, 26)],
    [(2013, 7, 9), (2013, 8, 8), (2013, 10, 15)],
    [(2014, 6, 28), (2014, 7, 28), (2014, 10, 4)],
    [(2015, 6, 18), (2015, 7, 17), (2015, 9, 23)],
    [(2016, 6, 6), (2016, 7, 6), (2016, 9, 11)],
    [(2017, 5, 27), (2017, 6, 25), (2017, 9, 1)],
    [(2018, 5, 16), (2018, 6, 15), (2018, 8, 21)],
    [(2019, 5, 6), (2019, 6, 4), (2019, 8, 11)],
    [(2020, 4, 24), (2020, 5, 24), (2020, 7, 31)],
    [(2021, 4, 13), (2021, 5, 13), (2021, 7, 20)],
    [(2022, 4, 2), (2022, 5, 2), (2022, 7, 9)],
    [(2023, 3, 23), (2023, 4, 21), (2023, 6, 28)],
    [(2024, 3, 11), (2024, 4, 10), (2024, 6, 16)],
    [(2025, 3, 1), (2025, 3, 30), (2025, 6, 6)],
    [(2026, 2, 18), (2026, 3, 20), (2026, 5, 27)],
    [(2027, 2, 8), (2027, 3, 9), (2027, 5, 16)],
    [(2028, 1, 28), (2028, 2, 26), (2028, 5, 5)],
    [(2029, 1, 16), (2029, 2, 14), (2029, 4, 24)],
    [(2030, 1, 5), (2030, 2, 4), (2030, 4, 13)],
    [(2030, 12, 26), (2031, 1, 24), (2031, 4, 2)],
    [(2031, 12, 15), (2032, 1, 14), (2032, 3, 22)],
    [(2032, 12, 4), (2033, 1, 2), (2033, 3, 11)],
    [(2033, 11, 23), (2033, 12, 23), (2034, 3, 1)],
    [(2034, 11, 12), (2034, 12, 12), (2035, 2, 18)],
    [(2035, 11, 1), (2035, 12, 1), (2036, 2, 7)],
    [(2036, 10, 20), (2036, 11, 19), (2037, 1, 26)],
    [(2037, 10, 10), (2037, 11, 8), (2038, 1, 16)],
    [(2038, 9, 30), (2038, 10, 29), (2039, 1, 5)],
    [(2039, 9, 19), (2039, 10, 19), (2039, 12, 26)],
    [(2040, 9, 7), (2040, 10, 7), (2040, 12, 14)],
    [(2041, 8, 28), (2041, 9, 26), (2041, 12, 4)],
    [(2042, 8, 17), (2042, 9, 15), (2042, 11, 23)],
    [(2043, 8, 6), (2043, 9, 4), (2043, 11, 12)],
    [(2044, 7, 26), (2044, 8, 24), (2044, 10, 31)],
    [(2045, 7, 15), (2045, 8, 14), (2045, 10, 21)],
    [(2046, 7, 5), (2046, 8, 3), (2046, 10, 10)],
    [(2047, 6, 24), (2047, 7, 24), (2047, 9, 30)],
    [(2048, 6, 12), (2048, 7, 12), (2048, 9, 19)],
    [(2049, 6, 2), (2049, 7, 1), (2049, 9, 8)],
];

/// The columns of [`ISLAMIC_FEASTS`].
const RAMADAN: usize = 0;
const EID_AL_FITR: usize = 1;
const EID_AL_ADHA: usize = 2;

/// The first day of the Islamic feast in column `which` of [`ISLAMIC_FEASTS`] that falls in
/// `year`; in the rare year that holds two, the earlier.
fn islamic_feast(which: usize, year: i32) -> Option<NaiveDate> {
    ISLAMIC_FEASTS
        .iter()
        .map(|feasts| feasts[which])
        .find(|&(y, _, _)| y == year)
        .and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d))
}

/// The days of a festival that lasts more than a day, from its first day: Ramadan up to the
/// eve of Eid al-Fitr, Passover and Hanukkah eight days. `None` for a one-day holiday.
pub(crate) fn festival_span(holiday: Holiday, first: NaiveDate) -> Option<(NaiveDate, NaiveDate)> {
    match holiday {
        Holiday::Ramadan => ramadan_span(first),
        Holiday::Passover | Holiday::Hanukkah => Some((
            first,
            first.checked_add_days(Days::new(hebrew_calendar::FESTIVAL_DAYS - 1))?,
        )),
        _ => None,
    }
}

/// The days of Ramadan that begins on `first`: up to the eve of Eid al-Fitr.
pub(crate) fn ramadan_span(first: NaiveDate) -> Option<(NaiveDate, NaiveDate)> {
    ISLAMIC_FEASTS
        .iter()
        .find(|feasts| {
            let (y, m, d) = feasts[RAMADAN];
            NaiveDate::from_ymd_opt(y, m, d) == Some(first)
        })
        .and_then(|feasts| {
            let (y, m, d) = feasts[EID_AL_FITR];
            Some((first, NaiveDate::from_ymd_opt(y, m, d)?.pred_opt()?))
        })
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

/// The Tuesday of the year's largest set of US presidential primaries, as each cycle's
/// calendar fixed it (no rule gives it: states moved their primaries from one cycle to the
/// next). Years outside the table have none.
const SUPER_TUESDAY: [(i32, u32, u32); 11] = [
    (1984, 3, 13),
    (1988, 3, 8),
    (1992, 3, 10),
    (1996, 3, 12),
    (2000, 3, 7),
    (2004, 3, 2),
    (2008, 2, 5),
    (2012, 3, 6),
    (2016, 3, 1),
    (2020, 3, 3),
    (2024, 3, 5),
];

/// The Super Tuesdays of the cycles whose primaries lie within a year and a half of `near`.
pub(crate) fn super_tuesdays_near(near: NaiveDate) -> impl Iterator<Item = NaiveDate> {
    SUPER_TUESDAY
        .iter()
        .filter_map(|&(y, m, d)| NaiveDate::from_ymd_opt(y, m, d))
        .filter(move |day| (*day - near).num_days().abs() <= 550)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn every_super_tuesday_is_a_tuesday() {
        for &(y, m, d) in &SUPER_TUESDAY {
            let day = NaiveDate::from_ymd_opt(y, m, d).unwrap();
            assert_eq!(day.weekday(), Weekday::Tue, "{day}");
        }
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
    fn islamic_feasts_come_from_the_umm_al_qura_table() {
        assert_eq!(date_of(Holiday::Ramadan, 2023), Some(d("2023-03-23")));
        assert_eq!(date_of(Holiday::EidAlFitr, 2023), Some(d("2023-04-21")));
        assert_eq!(date_of(Holiday::EidAlAdha, 2023), Some(d("2023-06-28")));
        assert_eq!(date_of(Holiday::Ramadan, 1949), None);
        // Eleven days earlier every solar year; a lunar month of 29 or 30 days.
        for year in 1951..=2048 {
            let first = date_of(Holiday::Ramadan, year).expect("a year in the table");
            let (start, last) = ramadan_span(first).expect("its span");
            assert_eq!(start, first);
            assert!(matches!((last - first).num_days() + 1, 29 | 30), "{year}");
            let eid = date_of(Holiday::EidAlFitr, last.year());
            assert!(eid.is_some(), "{year}");
        }
    }

    #[test]
    fn lunar_new_year_is_a_table_of_late_january_and_february_days() {
        assert_eq!(date_of(Holiday::LunarNewYear, 2000), Some(d("2000-02-05")));
        assert_eq!(date_of(Holiday::LunarNewYear, 2007), Some(d("2007-02-18")));
        assert_eq!(date_of(Holiday::LunarNewYear, 2020), Some(d("2020-01-25")));
        assert_eq!(
            date_of(Holiday::LanternFestival, 1999),
            Some(d("1999-03-02"))
        );
        assert_eq!(
            date_of(Holiday::LanternFestival, 2025),
            Some(d("2025-02-12"))
        );
        assert_eq!(
            date_of(Holiday::LunarNewYearsEve, 2023),
            Some(d("2023-01-21"))
        );
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
