//! What a resolved date reference *is*: its TimeML type, its grain, the interval of days it
//! covers, and the TimeML `value` string that names it.
//!
//! Two notations meet here. TimeML (TIMEX3) values are what news temporal taggers exchange
//! (`2018-08-08`, `2018-W32`, `2018-FA`, `199`, `P3Y`, `PRESENT_REF`); they are what
//! `claimline dates` prints and what the TempEval scorer compares. A timeline needs more than
//! a name: it needs the days a reference covers, so every placed reference also carries an
//! [`Interval`]. [`parse_when`] goes the other way, from the notation a reviewer may type in a
//! `date_override` back to an interval.
//!
//! Seasons are meteorological (spring = March to May, summer = June to August, fall =
//! September to November, winter = December to February of the next year): news uses season
//! names loosely, and whole months are what a reader can check. Weeks are ISO 8601 weeks
//! (Monday to Sunday), as TimeML's `YYYY-Www` values are.

use std::fmt;

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

use super::error::TemporalError;

/// The four TIMEX3 types of TimeML.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    /// A calendar date or period: "Wednesday", "July", "2018", "last week", "now".
    Date,
    /// A time of day, or a part of a day: "3 p.m.", "Tuesday morning", "last night".
    Time,
    /// An amount of time: "three years", "weeks". Recognised, never placed.
    Duration,
    /// A recurrence: "every Monday", "annually". Recognised, never placed.
    Set,
}

impl TimexType {
    /// The TimeML spelling: `DATE`, `TIME`, `DURATION`, `SET`.
    pub fn as_str(self) -> &'static str {
        match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        }
    }
}

impl fmt::Display for TimexType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How precise a reference is. Ordered from finest to coarsest, which is the order the timeline
/// uses to break ties between references that start on the same day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Grain {
    Second,
    Minute,
    Hour,
    /// Morning, afternoon, evening, night.
    #[serde(rename = "part-of-day")]
    PartOfDay,
    Day,
    Weekend,
    Week,
    Month,
    Season,
    Quarter,
    /// Half of a year (TimeML `H1`, `H2`).
    Half,
    Year,
    Decade,
    Century,
    Millennium,
}

impl Grain {
    /// The lowercase name used in JSON and YAML output.
    pub fn as_str(self) -> &'static str {
        match self {
            Grain::Second => "second",
            Grain::Minute => "minute",
            Grain::Hour => "hour",
            Grain::PartOfDay => "part-of-day",
            Grain::Day => "day",
            Grain::Weekend => "weekend",
            Grain::Week => "week",
            Grain::Month => "month",
            Grain::Season => "season",
            Grain::Quarter => "quarter",
            Grain::Half => "half",
            Grain::Year => "year",
            Grain::Decade => "decade",
            Grain::Century => "century",
            Grain::Millennium => "millennium",
        }
    }
}

impl fmt::Display for Grain {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// TimeML's `mod` attribute: how a reference qualifies the period it names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Mod {
    Before,
    After,
    OnOrBefore,
    OnOrAfter,
    LessThan,
    MoreThan,
    EqualOrLess,
    EqualOrMore,
    Start,
    Mid,
    End,
    Approx,
}

impl Mod {
    /// The TimeML spelling, e.g. `START`, `EQUAL_OR_LESS`.
    pub fn as_str(self) -> &'static str {
        match self {
            Mod::Before => "BEFORE",
            Mod::After => "AFTER",
            Mod::OnOrBefore => "ON_OR_BEFORE",
            Mod::OnOrAfter => "ON_OR_AFTER",
            Mod::LessThan => "LESS_THAN",
            Mod::MoreThan => "MORE_THAN",
            Mod::EqualOrLess => "EQUAL_OR_LESS",
            Mod::EqualOrMore => "EQUAL_OR_MORE",
            Mod::Start => "START",
            Mod::Mid => "MID",
            Mod::End => "END",
            Mod::Approx => "APPROX",
        }
    }
}

impl fmt::Display for Mod {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The four seasons, with their TimeML codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Season {
    Spring,
    Summer,
    Fall,
    Winter,
}

impl Season {
    /// `SP`, `SU`, `FA`, `WI`.
    pub fn code(self) -> &'static str {
        match self {
            Season::Spring => "SP",
            Season::Summer => "SU",
            Season::Fall => "FA",
            Season::Winter => "WI",
        }
    }

    fn from_code(code: &str) -> Option<Season> {
        match code {
            "SP" => Some(Season::Spring),
            "SU" => Some(Season::Summer),
            "FA" => Some(Season::Fall),
            "WI" => Some(Season::Winter),
            _ => None,
        }
    }

    /// The season a day falls in (meteorological), and the year that names it: December 2018
    /// is in winter 2018 (TimeML `2018-WI`), January 2019 too.
    pub fn of(day: NaiveDate) -> (i32, Season) {
        match day.month() {
            3..=5 => (day.year(), Season::Spring),
            6..=8 => (day.year(), Season::Summer),
            9..=11 => (day.year(), Season::Fall),
            12 => (day.year(), Season::Winter),
            _ => (day.year() - 1, Season::Winter),
        }
    }

    /// The position of the season in its year, spring first.
    pub fn index(self) -> i32 {
        match self {
            Season::Spring => 0,
            Season::Summer => 1,
            Season::Fall => 2,
            Season::Winter => 3,
        }
    }
}

/// A closed run of whole days, `first..=last`.
///
/// Inside, the end is kept exclusive (`end` is the day after the last), so that intervals
/// compose without off-by-one arithmetic: "July 13-15" is `[Jul 13, Jul 16)`. Serialised as
/// the inclusive `from` and `to` a reader expects.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Interval {
    start: NaiveDate,
    end: NaiveDate,
}

impl Interval {
    /// The interval from `first` to `last`, both included. `None` when `last` is before
    /// `first` or the end falls off chrono's calendar.
    pub fn days(first: NaiveDate, last: NaiveDate) -> Option<Interval> {
        if last < first {
            return None;
        }
        Some(Interval {
            start: first,
            end: last.succ_opt()?,
        })
    }

    /// One day.
    pub fn day(day: NaiveDate) -> Option<Interval> {
        Interval::days(day, day)
    }

    /// A calendar month.
    pub fn month(year: i32, month: u32) -> Option<Interval> {
        let start = NaiveDate::from_ymd_opt(year, month, 1)?;
        let end = start.checked_add_months(Months::new(1))?;
        Some(Interval { start, end })
    }

    /// A calendar year.
    pub fn year(year: i32) -> Option<Interval> {
        Some(Interval {
            start: NaiveDate::from_ymd_opt(year, 1, 1)?,
            end: NaiveDate::from_ymd_opt(year.checked_add(1)?, 1, 1)?,
        })
    }

    /// `count` whole years from January 1 of `first_year`: a decade, a century.
    pub fn years(first_year: i32, count: i32) -> Option<Interval> {
        Some(Interval {
            start: NaiveDate::from_ymd_opt(first_year, 1, 1)?,
            end: NaiveDate::from_ymd_opt(first_year.checked_add(count)?, 1, 1)?,
        })
    }

    /// Quarter 1 to 4 of a year.
    pub fn quarter(year: i32, quarter: u32) -> Option<Interval> {
        if !(1..=4).contains(&quarter) {
            return None;
        }
        let start = NaiveDate::from_ymd_opt(year, (quarter - 1) * 3 + 1, 1)?;
        let end = start.checked_add_months(Months::new(3))?;
        Some(Interval { start, end })
    }

    /// Half 1 or 2 of a year.
    pub fn half(year: i32, half: u32) -> Option<Interval> {
        if !(1..=2).contains(&half) {
            return None;
        }
        let start = NaiveDate::from_ymd_opt(year, (half - 1) * 6 + 1, 1)?;
        let end = start.checked_add_months(Months::new(6))?;
        Some(Interval { start, end })
    }

    /// ISO week `week` of ISO year `year`, Monday to Sunday.
    pub fn iso_week(year: i32, week: u32) -> Option<Interval> {
        let start = NaiveDate::from_isoywd_opt(year, week, Weekday::Mon)?;
        Some(Interval {
            start,
            end: start.checked_add_days(Days::new(7))?,
        })
    }

    /// The ISO week that contains `day`.
    pub fn week_of(day: NaiveDate) -> Option<Interval> {
        let w = day.iso_week();
        Interval::iso_week(w.year(), w.week())
    }

    /// The weekend (Saturday and Sunday) of ISO week `week`.
    pub fn weekend(year: i32, week: u32) -> Option<Interval> {
        let start = NaiveDate::from_isoywd_opt(year, week, Weekday::Sat)?;
        Some(Interval {
            start,
            end: start.checked_add_days(Days::new(2))?,
        })
    }

    /// A meteorological season; winter `year` runs from December of `year` to February of the
    /// next.
    pub fn season(year: i32, season: Season) -> Option<Interval> {
        let first_month = match season {
            Season::Spring => 3,
            Season::Summer => 6,
            Season::Fall => 9,
            Season::Winter => 12,
        };
        let start = NaiveDate::from_ymd_opt(year, first_month, 1)?;
        let end = start.checked_add_months(Months::new(3))?;
        Some(Interval { start, end })
    }

    /// The first day.
    pub fn first(&self) -> NaiveDate {
        self.start
    }

    /// The last day.
    pub fn last(&self) -> NaiveDate {
        self.end.pred_opt().unwrap_or(self.start)
    }

    /// The day after the last.
    pub fn end_exclusive(&self) -> NaiveDate {
        self.end
    }

    /// How many days it covers.
    pub fn len_days(&self) -> i64 {
        (self.end - self.start).num_days()
    }

    /// Whether `day` is inside.
    pub fn contains(&self, day: NaiveDate) -> bool {
        self.start <= day && day < self.end
    }

    /// The smallest interval covering both.
    pub fn span(&self, other: &Interval) -> Interval {
        Interval {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }
}

impl fmt::Display for Interval {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.len_days() == 1 {
            write!(f, "{}", self.start)
        } else {
            write!(f, "{}/{}", self.start, self.last())
        }
    }
}

/// Where on the timeline a phrase puts an event: a closed interval, or a half-open one
/// ("until after the 2018 midterm elections" starts the day after election day and never
/// ends). Either side may be open, never both.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct When {
    /// The first day the event can fall on; `None` when open towards the past.
    pub from: Option<NaiveDate>,
    /// The last day the event can fall on; `None` when open towards the future.
    pub to: Option<NaiveDate>,
    /// The grain of the reference that set it.
    pub grain: Grain,
    /// The notation the timeline shows and the site puts in `datetime`: a TimeML value
    /// (`2018-07`, `2018-W32`, `2018-FA`), an ISO interval (`2018-08-05/2018-08-08`), or
    /// `after 2018-11-06` / `before 2018-11-06` for open ones.
    pub label: String,
}

/// Parse the notation a reviewer writes in a `date_override` (and that [`When::label`]
/// produces) into a [`When`]: `2018-08-08`, `2018-08`, `2018`, `2018-W32`, `2018-W32-WE`,
/// `2018-Q3`, `2018-H1`, `2018-FA`, `199` (a decade), `2018-08-05/2018-08-08`,
/// `after 2018-11-06`, `before 2018-11-06`.
///
/// ```
/// use claimline::temporal::{parse_when, Grain};
/// let fall = parse_when("2018-FA").unwrap();
/// assert_eq!(fall.from.unwrap().to_string(), "2018-09-01");
/// assert_eq!(fall.to.unwrap().to_string(), "2018-11-30");
/// assert_eq!(fall.grain, Grain::Season);
/// assert!(parse_when("2018-02-30").is_err());
/// ```
pub fn parse_when(text: &str) -> Result<When, TemporalError> {
    let text = text.trim();
    let bad = || TemporalError::BadValue {
        value: text.to_string(),
    };
    if let Some(rest) = text.strip_prefix("after ") {
        let day = parse_value(rest.trim())?;
        let from = day.1.end_exclusive();
        return Ok(When {
            from: Some(from),
            to: None,
            grain: day.0,
            label: format!("after {}", rest.trim()),
        });
    }
    if let Some(rest) = text.strip_prefix("before ") {
        let day = parse_value(rest.trim())?;
        let to = day.1.first().pred_opt().ok_or_else(bad)?;
        return Ok(When {
            from: None,
            to: Some(to),
            grain: day.0,
            label: format!("before {}", rest.trim()),
        });
    }
    if let Some((a, b)) = text.split_once('/') {
        let (ga, ia) = parse_value(a)?;
        let (gb, ib) = parse_value(b)?;
        if ib.last() < ia.first() {
            return Err(TemporalError::ReversedRange {
                value: text.to_string(),
            });
        }
        return Ok(When {
            from: Some(ia.first()),
            to: Some(ib.last()),
            grain: ga.max(gb),
            label: text.to_string(),
        });
    }
    let (grain, interval) = parse_value(text)?;
    Ok(When {
        from: Some(interval.first()),
        to: Some(interval.last()),
        grain,
        label: text.to_string(),
    })
}

/// Parse one placed TimeML value into its grain and interval.
///
/// ```
/// use claimline::temporal::{parse_value, Grain};
/// let (grain, week) = parse_value("2018-W32").unwrap();
/// assert_eq!(grain, Grain::Week);
/// assert_eq!(week.to_string(), "2018-08-06/2018-08-12");
/// // A year before Christ is placed by its astronomical number: 500 B.C. is -499.
/// let (_, bc) = parse_value("BC0500").unwrap();
/// assert_eq!(bc.to_string(), "-0499-01-01/-0499-12-31");
/// ```
pub fn parse_value(value: &str) -> Result<(Grain, Interval), TemporalError> {
    let bad = || TemporalError::BadValue {
        value: value.to_string(),
    };
    let impossible = || TemporalError::ImpossibleDate {
        value: value.to_string(),
    };
    let num = |s: &str| -> Result<i64, TemporalError> {
        if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) || s.len() > 6 {
            return Err(bad());
        }
        s.parse::<i64>().map_err(|_| bad())
    };
    // Before Christ: `BC0500` (the year 500 B.C.), `BC02` (the third century B.C.), placed
    // by the astronomical year (1 - n).
    if let Some(rest) = value.strip_prefix("BC") {
        let n = num(rest)? as i32;
        return match rest.len() {
            4..=6 if n > 0 => Ok((Grain::Year, Interval::year(1 - n).ok_or_else(impossible)?)),
            2 => Ok((
                Grain::Century,
                Interval::years(1 - (n + 1) * 100, 100).ok_or_else(impossible)?,
            )),
            _ => Err(bad()),
        };
    }
    let parts: Vec<&str> = value.split('-').collect();
    match parts.as_slice() {
        [y] if y.len() == 4 => {
            let y = num(y)? as i32;
            Ok((Grain::Year, Interval::year(y).ok_or_else(impossible)?))
        }
        [d] if d.len() == 3 => {
            let d = num(d)? as i32;
            Ok((
                Grain::Decade,
                Interval::years(d * 10, 10).ok_or_else(impossible)?,
            ))
        }
        [c] if c.len() == 2 => {
            let c = num(c)? as i32;
            Ok((
                Grain::Century,
                Interval::years(c * 100, 100).ok_or_else(impossible)?,
            ))
        }
        [y, second] if y.len() == 4 => {
            let y = num(y)? as i32;
            // Seasons first: "WI" (winter) also starts with W.
            if let Some(season) = Season::from_code(second) {
                return Ok((
                    Grain::Season,
                    Interval::season(y, season).ok_or_else(impossible)?,
                ));
            }
            if let Some(w) = second.strip_prefix('W') {
                let w = num(w)? as u32;
                return Ok((
                    Grain::Week,
                    Interval::iso_week(y, w).ok_or_else(impossible)?,
                ));
            }
            if let Some(q) = second.strip_prefix('Q') {
                let q = num(q)? as u32;
                return Ok((
                    Grain::Quarter,
                    Interval::quarter(y, q).ok_or_else(impossible)?,
                ));
            }
            if let Some(h) = second.strip_prefix('H') {
                let h = num(h)? as u32;
                return Ok((Grain::Half, Interval::half(y, h).ok_or_else(impossible)?));
            }
            if second.len() != 2 {
                return Err(bad());
            }
            let m = num(second)? as u32;
            Ok((Grain::Month, Interval::month(y, m).ok_or_else(impossible)?))
        }
        [y, w, we] if y.len() == 4 && w.starts_with('W') && *we == "WE" => {
            let y = num(y)? as i32;
            let w = num(&w[1..])? as u32;
            Ok((
                Grain::Weekend,
                Interval::weekend(y, w).ok_or_else(impossible)?,
            ))
        }
        [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2 => {
            let day = NaiveDate::from_ymd_opt(num(y)? as i32, num(m)? as u32, num(d)? as u32)
                .ok_or_else(impossible)?;
            Ok((Grain::Day, Interval::day(day).ok_or_else(impossible)?))
        }
        _ => Err(bad()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn intervals_are_inclusive_outside_exclusive_inside() {
        let july = Interval::month(2018, 7).unwrap();
        assert_eq!(july.first(), d("2018-07-01"));
        assert_eq!(july.last(), d("2018-07-31"));
        assert_eq!(july.end_exclusive(), d("2018-08-01"));
        assert_eq!(july.len_days(), 31);
        assert!(july.contains(d("2018-07-31")));
        assert!(!july.contains(d("2018-08-01")));
    }

    #[test]
    fn winter_crosses_the_year() {
        let w = Interval::season(2018, Season::Winter).unwrap();
        assert_eq!(w.to_string(), "2018-12-01/2019-02-28");
        assert_eq!(Season::of(d("2019-01-15")), (2018, Season::Winter));
        assert_eq!(Season::of(d("2018-08-08")), (2018, Season::Summer));
    }

    #[test]
    fn iso_weeks_follow_iso_years() {
        assert_eq!(
            Interval::week_of(d("2018-08-08")).unwrap().to_string(),
            "2018-08-06/2018-08-12"
        );
        // 2018-12-31 is a Monday in ISO week 1 of 2019.
        assert_eq!(
            Interval::week_of(d("2018-12-31")).unwrap(),
            Interval::iso_week(2019, 1).unwrap()
        );
    }

    #[test]
    fn values_parse_back_to_intervals() {
        let cases = [
            ("2018-08-08", Grain::Day, "2018-08-08"),
            ("2018-07", Grain::Month, "2018-07-01/2018-07-31"),
            ("2018", Grain::Year, "2018-01-01/2018-12-31"),
            ("2018-W32", Grain::Week, "2018-08-06/2018-08-12"),
            ("2018-W32-WE", Grain::Weekend, "2018-08-11/2018-08-12"),
            ("2018-Q3", Grain::Quarter, "2018-07-01/2018-09-30"),
            ("2018-H2", Grain::Half, "2018-07-01/2018-12-31"),
            ("2018-FA", Grain::Season, "2018-09-01/2018-11-30"),
            ("2018-WI", Grain::Season, "2018-12-01/2019-02-28"),
            ("199", Grain::Decade, "1990-01-01/1999-12-31"),
            ("19", Grain::Century, "1900-01-01/1999-12-31"),
        ];
        for (value, grain, interval) in cases {
            let (g, i) = parse_value(value).unwrap();
            assert_eq!((g, i.to_string().as_str()), (grain, interval), "{value}");
        }
    }

    #[test]
    fn impossible_and_malformed_values_are_errors() {
        for bad in [
            "2018-02-30",
            "2018-13",
            "2018-W54",
            "2018-Q5",
            "18-08-08",
            "2018-8-8",
            "",
            "soon",
            "2018-XX",
            "after",
            "2018-08-09/2018-08-01",
        ] {
            assert!(parse_when(bad).is_err(), "{bad:?} should not parse");
        }
    }

    #[test]
    fn open_and_ranged_spans() {
        let after = parse_when("after 2018-11-06").unwrap();
        assert_eq!(after.from, Some(d("2018-11-07")));
        assert_eq!(after.to, None);
        let before = parse_when("before 2018-11-06").unwrap();
        assert_eq!(before.to, Some(d("2018-11-05")));
        let range = parse_when("2018-08-05/2018-08-08").unwrap();
        assert_eq!(
            (range.from, range.to),
            (Some(d("2018-08-05")), Some(d("2018-08-08")))
        );
        assert_eq!(range.grain, Grain::Day);
    }
}
