//! The days the seasons turn: the two equinoxes and the two solstices of a year.
//!
//! News dates "the summer solstice" and "the first day of spring" by the astronomical event,
//! which drifts across two or three calendar days from year to year (the March equinox fell on
//! March 21 in 1991 and on March 20 since, in Greenwich time), so no fixed date will do. The
//! instants come from Jean Meeus's method (*Astronomical Algorithms*, 2nd ed., chapter 27): a
//! polynomial for the mean instant, valid for the years 1000 to 3000, corrected by the
//! twenty-four periodic terms of the Sun's apparent motion. It is good to about a minute, far
//! finer than the day this module answers with.
//!
//! The day is the one in Greenwich (UTC). A story told in New York about a solstice after 8
//! p.m. Eastern would name the day before, but the annotated news dates these days as the
//! almanacs print them, which is the Greenwich day; and a day's difference in a handful of
//! years is within what the writers themselves disagree on.

use chrono::{Days, NaiveDate};

/// Which of the year's four turning points.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Turn {
    MarchEquinox,
    JuneSolstice,
    SeptemberEquinox,
    DecemberSolstice,
}

/// Mean-instant polynomials in millennia from 2000 (Meeus, table 27.B), Julian Ephemeris Day.
const MEAN: [[f64; 5]; 4] = [
    [2451623.80984, 365242.37404, 0.05169, -0.00411, -0.00057],
    [2451716.56767, 365241.62603, 0.00325, 0.00888, -0.00030],
    [2451810.21715, 365242.01767, -0.11575, 0.00337, 0.00078],
    [2451900.05952, 365242.74049, -0.06223, -0.00823, 0.00032],
];

/// Periodic terms (Meeus, table 27.C): amplitude, phase in degrees, rate in degrees per
/// Julian century.
const PERIODIC: [(f64, f64, f64); 24] = [
    (485.0, 324.96, 1934.136),
    (203.0, 337.23, 32964.467),
    (199.0, 342.08, 20.186),
    (182.0, 27.85, 445267.112),
    (156.0, 73.14, 45036.886),
    (136.0, 171.52, 22518.443),
    (77.0, 222.54, 65928.934),
    (74.0, 296.72, 3034.906),
    (70.0, 243.58, 9037.513),
    (58.0, 119.81, 33718.147),
    (52.0, 297.17, 150.678),
    (50.0, 21.02, 2281.226),
    (45.0, 247.54, 29929.562),
    (44.0, 325.15, 31555.956),
    (29.0, 60.93, 4443.417),
    (18.0, 155.12, 67555.328),
    (17.0, 288.79, 4562.452),
    (16.0, 198.04, 62894.029),
    (14.0, 199.76, 31436.921),
    (12.0, 95.39, 14577.848),
    (12.0, 287.11, 31931.756),
    (12.0, 320.81, 34777.259),
    (9.0, 227.73, 1222.114),
    (8.0, 15.45, 16859.074),
];

/// The Julian Day of 1970-01-01 at 0h UTC.
const UNIX_EPOCH_JD: f64 = 2440587.5;

/// The Greenwich day of `turn` in `year`, for the years 1000 to 3000 (the 2019 June solstice:
/// June 21).
pub(crate) fn day_of(year: i32, turn: Turn) -> Option<NaiveDate> {
    if !(1000..=3000).contains(&year) {
        return None;
    }
    let jde = instant(year, turn);
    let days = (jde - UNIX_EPOCH_JD).floor();
    let epoch = NaiveDate::from_ymd_opt(1970, 1, 1)?;
    // Within the valid years the day count is a few hundred thousand either way: exact in
    // an f64, and in an i64.
    #[allow(clippy::cast_possible_truncation)]
    let days = days as i64;
    if days >= 0 {
        epoch.checked_add_days(Days::new(days.unsigned_abs()))
    } else {
        epoch.checked_sub_days(Days::new(days.unsigned_abs()))
    }
}

/// The instant of `turn` in `year`, as a Julian Ephemeris Day.
fn instant(year: i32, turn: Turn) -> f64 {
    let y = (f64::from(year) - 2000.0) / 1000.0;
    let c = MEAN[turn as usize];
    let jde0 = c[0] + y * (c[1] + y * (c[2] + y * (c[3] + y * c[4])));
    let t = (jde0 - 2451545.0) / 36525.0;
    let w = (35999.373 * t - 2.47).to_radians();
    let dl = 1.0 + 0.0334 * w.cos() + 0.0007 * (2.0 * w).cos();
    let s: f64 = PERIODIC
        .iter()
        .map(|&(a, b, rate)| a * (b + rate * t).to_radians().cos())
        .sum();
    jde0 + 0.00001 * s / dl
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, d)
    }

    #[test]
    fn greenwich_days_of_known_turns() {
        // Dates from the almanacs (UTC instants in comments).
        let known = [
            (1991, Turn::MarchEquinox, day(1991, 3, 21)), // 03:02
            (2001, Turn::MarchEquinox, day(2001, 3, 20)), // 13:31
            (2020, Turn::MarchEquinox, day(2020, 3, 20)), // 03:50
            (2007, Turn::JuneSolstice, day(2007, 6, 21)), // 18:06
            (2021, Turn::JuneSolstice, day(2021, 6, 21)), // 03:32
            (2024, Turn::JuneSolstice, day(2024, 6, 20)), // 20:51
            (1999, Turn::SeptemberEquinox, day(1999, 9, 23)), // 11:31
            (2025, Turn::SeptemberEquinox, day(2025, 9, 22)), // 18:19
            (1993, Turn::DecemberSolstice, day(1993, 12, 21)), // 20:26
            (2012, Turn::DecemberSolstice, day(2012, 12, 21)), // 11:12
            (2019, Turn::DecemberSolstice, day(2019, 12, 22)), // 04:19
        ];
        for (year, turn, expected) in known {
            assert_eq!(day_of(year, turn), expected, "{turn:?} {year}");
        }
    }

    #[test]
    fn the_instant_is_within_minutes_of_the_almanac() {
        // 1962 June solstice, Meeus's worked example 27.a: JDE 2437837.39245.
        let jde = instant(1962, Turn::JuneSolstice);
        assert!((jde - 2437837.39245).abs() < 0.001, "{jde}");
    }

    #[test]
    fn years_outside_the_polynomials_have_no_day() {
        assert_eq!(day_of(999, Turn::MarchEquinox), None);
        assert_eq!(day_of(3001, Turn::MarchEquinox), None);
    }
}
