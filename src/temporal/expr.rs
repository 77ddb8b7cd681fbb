//! What a rule extracts before anything is resolved: which parts the text stated, and which are
//! left for the resolver to fill from the publication date, the tense or the narrative.
//!
//! "Wednesday" is a weekday with no week; "August 5" a month and day with no year; "a year
//! earlier" a shift from whatever the story was last talking about. Keeping the stated parts
//! apart from the implied ones (as chrono-node does) is what lets the resolver explain itself.

use super::lexicon::{Holiday, PartOfDay, Unit};
use super::value::{Mod, Season};

/// How a reference is shifted by the word in front of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shift {
    /// No shift word: "Wednesday", "July".
    Bare,
    /// "this Friday", "this July".
    This,
    /// "last Friday", "last July", "this past Friday".
    Last,
    /// "next Friday", "next July".
    Next,
    /// "this coming Friday", "the coming Sunday": the first one after publication (for a
    /// weekday; "next Friday" is the one of next week).
    Coming,
    /// "the previous Friday": before the narrative's reference time.
    Previous,
    /// "the following Friday": after the narrative's reference time.
    Following,
    /// "by that Friday", "failed to come home that Wednesday": the one of the narrative's
    /// week, on or after its reference time.
    That,
}

/// The year a month, season, quarter or holiday belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum YearRef {
    /// Not stated: the resolver chooses from the publication date and tense.
    Implied,
    /// Stated: "the third quarter of 1990".
    Absolute(i32),
    /// Relative to the publication year: "this year's" = 0, "last year's" = -1.
    Relative(i32),
    /// The year the story is talking about, moved by the offset: "that year" = 0, "the
    /// following year" = 1, "the previous year" = -1.
    Narrative(i32),
    /// Counted back from the last one before publication: "two summers ago" = Ago(2).
    Ago(u32),
}

/// How many units a duration or shift counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Amount {
    /// A number: "three", "a", "24".
    Count(u32),
    /// A number and a half: "two and a half" = Half(2), "a minute and a half" = Half(1).
    Half(u32),
    /// A decimal figure other than a half, in hundredths: "33.8 hours" = Hundredths(3380),
    /// "365.24 days" = Hundredths(36524). Only an amount of time takes one; nothing is
    /// counted or placed by it.
    Hundredths(u32),
    /// Unstated: "weeks", "several years", "a few days" (TimeML `X`).
    Some,
}

/// Vague references, TimeML's `PAST_REF`, `PRESENT_REF`, `FUTURE_REF`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Vague {
    Past,
    Present,
    Future,
}

/// The quarter a financial story is about when it does not number it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum QuarterRef {
    /// "the quarter", "the period": the one the story reports on.
    Reported,
    /// "the latest quarter", "last quarter", "the most recent period": one already ended.
    Latest,
    /// "the current quarter": the one the publication date is in.
    Current,
    /// "the year-ago quarter", "the year-earlier period": the same quarter a year before.
    YearAgo,
    /// "that quarter": the quarter the story last named.
    That,
}

/// How a unit counted from publication is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Reckoning {
    /// The calendar unit: "this week" is the ISO week of publication, "last week" the one
    /// before.
    Calendar,
    /// The stretch just ended: "the past week" is the seven days before publication.
    Trailing,
    /// The nearest one in the direction of the tense: "the weekend" after a past verb is the
    /// one before publication, after a future one the next.
    Nearest,
    /// A school's year, named by the calendar year it begins in (August or September):
    /// "this school year" in February 1992 is 1991, as "the 1991-92 school year" is.
    School,
}

/// A time of day attached to a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TimeOfDay {
    Clock { hour: u32, minute: u32 },
    Part(PartOfDay),
}

/// An under-specified temporal expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Expr {
    /// Calendar parts as stated; at least one is present. "Aug. 5", "August 1988",
    /// "Friday, Oct. 13", "2018-08-05".
    Calendar {
        year: Option<i32>,
        month: Option<u32>,
        day: Option<u32>,
        weekday: Option<u8>,
    },
    /// A day of a month in a year named relative to publication or to the story: "Aug. 14
    /// last year", "March 3 of that year".
    DayOfYear {
        month: u32,
        day: u32,
        year: YearRef,
    },
    /// A weekday without a date: "Wednesday", "last Friday".
    Weekday {
        weekday: u8,
        shift: Shift,
    },
    /// A month name with a shift or relative year: "last April", "July last year".
    Month {
        month: u32,
        shift: Shift,
        year: YearRef,
    },
    /// A year: "1990", "fiscal 1989", "nineteen ninety-six".
    Year(i32),
    /// A decade by its first three digits: 199 for "the 1990s".
    Decade(i32),
    /// A decade named without its century: "the '80s", "the nineties" (8, 9).
    DecadeOfCentury(i32),
    /// A century, TimeML style: 19 for "the 20th century".
    Century(i32),
    /// A year before Christ, as counted: 500 for "500 B.C.".
    YearBc(i32),
    /// A century before Christ, by its ordinal: 3 for "the third century B.C.".
    CenturyBc(i32),
    /// "the turn of the century" (`years` 100), "the turn of the millennium" (1000): the
    /// year that starts one, the last begun or the next by tense.
    Turn {
        years: i32,
    },
    Season {
        season: Season,
        shift: Shift,
        year: YearRef,
    },
    /// A numbered quarter: "the third quarter", "third-quarter", "Q3 1998".
    Quarter {
        quarter: u32,
        year: YearRef,
        /// "the year-ago third quarter": the year before the one `year` gives, whether it
        /// is stated or chosen by the resolver from the publication date.
        year_ago: bool,
    },
    /// An unnumbered quarter of financial reporting, perhaps in a stated year ("the 1988
    /// quarter").
    QuarterRef {
        kind: QuarterRef,
        year: Option<i32>,
    },
    /// A half year: "the first half", "the last half of 1989".
    Half {
        half: u32,
        year: YearRef,
    },
    /// A unit counted from the publication date: today (day, 0), last week (week, -1), next
    /// year (year, 1).
    Relative {
        unit: Unit,
        offset: i32,
        reckoning: Reckoning,
    },
    /// A shift from the publication date: "three years ago" (-3), "in two weeks' time" (+2).
    /// `keep` is a finer unit of the publication date carried along: "a year ago this week"
    /// is the same week a year back, "a year ago today" the same day. `on` is a weekday
    /// that names the day kept instead of publication's: "fifty years ago Sunday".
    Ago {
        amount: Amount,
        unit: Unit,
        sign: i32,
        keep: Option<Unit>,
        on: Option<u8>,
    },
    /// Publication's day, week or month in a year stated: "on this day in 1969", "this week
    /// in 1944", "this month in 1989", the history column's anniversaries.
    SameIn {
        unit: Unit,
        year: i32,
    },
    /// The story's current day, week, weekend or month, some years away: "the same weekend
    /// last year", "the same month a year earlier" (`years` -1), or in a stated year: "the
    /// same month of 1996" (`in_year`). A day may be named by its weekday: "the same
    /// Saturday last year" (Monday = 0).
    SameYearsAway {
        unit: Unit,
        years: i32,
        in_year: Option<i32>,
        weekday: Option<u8>,
    },
    /// A shift from the story's reference time: "the next day", "a year earlier", "that week".
    /// A comparison ("a year earlier", "year-ago") keeps the grain of the period compared;
    /// a step ("the following year") names a whole unit.
    Narrative {
        unit: Unit,
        offset: i32,
        comparison: bool,
    },
    Vague(Vague),
    Holiday {
        holiday: Holiday,
        shift: Shift,
        year: YearRef,
    },
    /// An amount of time: "three years", "weeks", "a decade".
    Duration {
        amount: Amount,
        unit: Unit,
    },
    /// Counted amounts said as one: "two hours and 15 minutes", "a year and six months", "2
    /// hours, 9 minutes, 44 seconds". The larger unit comes first.
    DurationSum {
        first: (u32, Unit),
        second: (u32, Unit),
        third: Option<(u32, Unit)>,
    },
    /// A recurrence; the TimeML value is built by the rule ("P1D", "XXXX-WXX-1").
    Set(&'static str),
    /// Every day, at the candidate's time of day when it has one: "daily" = `P1D`, "nightly"
    /// = `XXXX-XX-XXTNI`, "10 p.m. nightly" = `XXXX-XX-XXT22:00`.
    SetDaily,
    /// A recurrence with a computed value: "each July" = `XXXX-07`.
    SetMonth(u32),
    /// A recurring day of the year: "every Dec. 2", "each Fourth of July" = `XXXX-12-02`.
    SetDay {
        month: u32,
        day: u32,
    },
    /// A recurring weekday, possibly at a part of day: "every Monday", "Tuesday nights".
    SetWeekday(u8, Option<PartOfDay>),
    /// "every 30 minutes", "every four years": a recurrence with a counted period.
    SetEvery {
        amount: Amount,
        unit: Unit,
    },
    /// A clock time or part of day with no date stated: "at 3 p.m.", "this morning" is a
    /// `Relative` with a time instead.
    TimeOnly,
}

/// Which day of a longer period, or beside a day, is meant: "the first Sunday in April" is
/// `Nth(1, 6)`, "the last Monday in May" `Nth(-1, 0)`, "the Monday before Christmas"
/// `Before(0)`, "the first day of next month" `First`, "the last day of the year" `Last`.
/// Weekdays count from Monday = 0.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DayPick {
    Nth(i8, u8),
    Before(u8),
    After(u8),
    First,
    Last,
}

/// A rule's match: a token range, what it means, and how sure the rule is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Candidate {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    pub expr: Expr,
    pub time: Option<TimeOfDay>,
    pub modifier: Option<Mod>,
    /// Read the day as the larger period around it: "the week of March 6", "Easter week".
    pub widen: Option<super::lexicon::Unit>,
    /// Days to move the named day by: "the day after Christmas" (+1), "the day before the
    /// Aug. 5 vote" (-1).
    pub day_offset: i8,
    /// A day of the period or next to the day resolved: "the first Sunday in April", "the
    /// last day of the month".
    pub day_pick: Option<DayPick>,
    pub rule: &'static str,
}

/// The names of the rules whose candidates a later pass singles out. The pass asks "which
/// rule found this?" through these constants, so the rule that names a candidate and the
/// pass that reads the name cannot drift apart by a typo.
pub(crate) mod rule_name {
    /// "a Saturday" restating the day just told.
    pub const A_WEEKDAY: &str = "a-weekday";
    /// "the end of the year", read from the story's period when told in the past.
    pub const END_OF_THE_UNIT: &str = "end-of-the-unit";
    /// "the holiday weekend", the nearest holiday's.
    pub const THE_HOLIDAY_WEEKEND: &str = "the-holiday-weekend";
    /// "for the full year" in an earnings story.
    pub const THE_FULL_YEAR: &str = "the-full-year";
    /// "will reopen in two weeks": an amount in TimeML, placed ahead of publication on the
    /// timeline.
    pub const IN_UNITS_AHEAD: &str = "in-units-ahead";
    /// "the day before", "the night before": counted back from the story's day.
    pub const THE_UNIT_BEFORE: &str = "the-unit-before";
    /// "20 minutes later" after a clock time; an amount when no clock time came before.
    pub const CLOCK_LATER: &str = "clock-later";
    /// "the day before" or "the day after" an event, in apposition to the day just named
    /// ("on June 26, the day before service begins"): that day.
    pub const APPOSED_DAY: &str = "apposed-day";
    /// A bare day before a day and month, "5" in "5-8 August", dated by the one after it.
    pub const RANGE_START: &str = "range-start";
    /// A day and month after "last" or "next": "last Oct. 31", whose word gives the side of
    /// publication.
    pub const SHIFTED_MONTH_DAY: &str = "shifted-month-day";
    /// A month opening a chronology's entry ("March: Harwell says it will close its
    /// mill"): told in the historical present, the last such month gone.
    pub const CHRONOLOGY_MONTH: &str = "chronology-month";
    /// A day of history known by its name ("D-Day"): never the story's day.
    pub const HISTORIC_DAY: &str = "historic-day";
}

impl Candidate {
    pub fn new(start: usize, end: usize, expr: Expr, rule: &'static str) -> Candidate {
        Candidate {
            start,
            end,
            expr,
            time: None,
            modifier: None,
            widen: None,
            day_offset: 0,
            day_pick: None,
            rule,
        }
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }
}
