//! Resolution: an under-specified expression, the publication date, the tense of its
//! sentence and the story's reference time together give a TimeML value and an interval.
//!
//! The choices a careful news reader makes, and this module makes the same way:
//!
//! - A bare weekday is the most recent one on or before publication (the publication day
//!   itself if it matches), unless the sentence is in the future tense: then the next one on
//!   or after. "last Friday" is strictly before, "this coming Friday" strictly after, and
//!   "next Friday" the Friday of next week.
//! - A month or a day of a month without a year: past tense picks the most recent, future
//!   tense the next, and with no cue the nearest occurrence. A weekday stated beside the date
//!   ("Friday, Oct. 13") picks the year in which they agree.
//! - Seasons, quarters and holidays follow the same rule at their own grain.
//! - "the next day", "a year earlier", "that week" count from the story's reference time: the
//!   last day (for days and weeks) or the last period (for years, quarters, months) the text
//!   placed, within the last few sentences; without one, from the publication date. "A year
//!   earlier" after "the third quarter" is the third quarter a year before, as in earnings
//!   reports.

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

use super::doc::Doc;
use super::expr::{
    Amount, Candidate, DayPick, Expr, QuarterRef, Reckoning, Shift, TimeOfDay, Vague, YearRef,
    rule_name,
};
use super::holidays::{date_of, festival_span, ramadan_span};
use super::lexicon::{Holiday, PartOfDay, Unit};
use super::tense::{Tense, tense_around};
use super::value::{Grain, Interval, Mod, Season, TimexType, When};

/// A resolved expression.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Resolved {
    pub kind: TimexType,
    pub value: String,
    pub modifier: Option<Mod>,
    pub interval: Option<Interval>,
    pub grain: Option<Grain>,
    pub why: String,
}

/// Put a resolved clock time on another day, keeping its time: `2018-08-07T21:00` moved to
/// the 8th is `2018-08-08T21:00`.
pub(crate) fn move_to_day(r: &mut Resolved, day: NaiveDate) {
    if relocate(r, day) {
        r.why = format!("{}; on {day}, by the other end of its span", r.why);
    }
}

/// Move a resolved day or month by `years`, keeping its mod: the end of a range put in
/// another year than its start ("from Aug. 30 to Sept. 2" read as two different years).
pub(crate) fn shift_years(r: &mut Resolved, years: i32) {
    let Some(first) = r.interval.map(|i| i.first()) else {
        return;
    };
    let Some(later) = shift_months(first, 12 * years) else {
        return;
    };
    let why = format!(
        "{}; {years:+} year(s), to end just after the range's start",
        r.why
    );
    let moved = match r.grain {
        Some(Grain::Day) => day_value(later, why),
        Some(Grain::Month) => month_value(later.year(), later.month(), why),
        _ => None,
    };
    if let Some(moved) = moved {
        r.value = moved.value;
        r.interval = moved.interval;
        r.why = moved.why;
    }
}

/// Take a resolved clock time off its day: a time of a recurring schedule ("open daily from
/// 8 a.m. to 7 p.m.") is every day's, `XXXX-XX-XXT08:00`, and places nothing.
pub(crate) fn unplace_time(r: &mut Resolved) {
    let Some(time) = r.value.get(10..).filter(|t| t.starts_with('T')) else {
        return;
    };
    r.value = format!("XXXX-XX-XX{time}");
    r.interval = None;
    r.why = format!("{}; a time of a recurring schedule, on no one day", r.why);
}

/// Put a resolved clock time on the day named right after it ("6 a.m. on Monday").
pub(crate) fn put_on_day(r: &mut Resolved, day: NaiveDate) {
    if relocate(r, day) {
        r.why = format!("{}; on {day}, the day named with it", r.why);
    }
}

/// Put `r` on `day`, keeping its time of day; false when it has no day to move.
pub(crate) fn relocate(r: &mut Resolved, day: NaiveDate) -> bool {
    let (Some(time), Some(interval)) = (r.value.get(10..), Interval::day(day)) else {
        return false;
    };
    r.value = format!("{day}{time}");
    r.interval = Some(interval);
    true
}

/// A placed period the story talked about, and in which sentence.
#[derive(Debug, Clone, Copy)]
struct Focus {
    grain: Grain,
    interval: Interval,
    sentence: usize,
    /// The time of day stated with it, in minutes after midnight: "Saturday night", "at
    /// 10:52 p.m.". A clock time told after it and earlier in the day has moved past midnight.
    minute: Option<u32>,
    /// Named as "early" in its day ("conceded early Wednesday"): the small hours.
    early: bool,
    /// The token after its last: what follows it in its sentence starts there.
    end: usize,
}

/// How many sentences back the story's reference time still holds.
const FOCUS_REACH: usize = 3;

/// Whether a focus is still within reach of `sentence`.
fn in_reach(sentence: usize) -> impl Fn(&Focus) -> bool {
    move |f| sentence.saturating_sub(f.sentence) <= FOCUS_REACH
}

/// Of a period and a day the story told, the one told later (the period on a tie): where
/// the story stands.
fn later_told(period: Option<Focus>, day: Option<Focus>) -> Option<Focus> {
    match (period, day) {
        (Some(p), Some(d)) if d.sentence > p.sentence => Some(d),
        (Some(p), _) => Some(p),
        (None, d) => d,
    }
}

/// Resolves a text's expressions in order, carrying the narrative reference time along.
pub(crate) struct Resolver {
    dct: NaiveDate,
    last_day: Option<Focus>,
    /// The last day told that is not after publication: what a past-tense "that week" counts
    /// from when the story has since named a day still ahead ("Sentencing is set for May 14.
    /// The shooting was the third that week").
    last_past_day: Option<NaiveDate>,
    /// The last day told that is after publication: what "the previous Saturday" in a clause
    /// that looks ahead counts from when the story has since told days gone by ("will carry
    /// its first passengers Jan. 9 ... The board voted on Friday ... A ceremony is planned
    /// for the previous Saturday").
    last_future_day: Option<NaiveDate>,
    /// The last day told in the past perfect: not the story's day, but what "the previous
    /// weekend" in its own sentence counts from ("had been set for last Wednesday but was
    /// delayed after a test the previous weekend").
    last_flashback_day: Option<Focus>,
    /// The last day ahead that ends a stretch ("free through Sunday, Sept. 16"): not where
    /// the story is, but what "the following Monday" in its sentence follows.
    last_bound_day: Option<Focus>,
    /// The half of the world the story is told from, by its dateline: which months its
    /// seasons cover.
    pub(crate) hemisphere: super::hemisphere::Hemisphere,
    /// The last month named without a year of its own ("last February", "in March"): a
    /// day of that month told next is in it.
    last_implied_month: Option<Focus>,
    last_period: Option<Focus>,
    /// A month with its year that opens its sentence as the frame of what it tells ("In
    /// March 2019, a whistle-blower filed a complaint"), long before publication.
    framing_month: Option<Focus>,
    /// The last month or shorter period named outside a flashback: what "the following
    /// month" counts from ("had last examined it in April 2002" does not move it).
    last_story_month: Option<Focus>,
    /// The last quarter named: earnings stories report on one quarter throughout, and "a
    /// year ago" anywhere in them compares with it.
    last_quarter: Option<Focus>,
    /// A year named from publication ("last year", "this year"), the sentence it is in and
    /// the token after it: a holiday or date later in that sentence belongs to it.
    sentence_year: Option<(i32, usize, usize, usize)>,
    /// A season that opens its sentence ("Last winter, the county recorded 1,870 flu cases
    /// between October and April"), and the sentence: the months the sentence names are the
    /// ones around it.
    sentence_season: Option<(Interval, usize)>,
    /// The day the story's source spoke ("the bank said on Tuesday that ..."): the day of a
    /// clock time at which someone told or said something later in the story.
    report_day: Option<NaiveDate>,
    /// "last Thursday" said on a Thursday: the day a week before publication the story named
    /// by its weekday. A bare "Thursday" told in the past later is that day, not today.
    last_weekday_a_week_back: Option<NaiveDate>,
    /// A bare weekday has named publication day ("pounded targets again Thursday", said on
    /// a Thursday): the story's own use, which a later "last Thursday" does not change.
    weekday_named_publication_day: bool,
    /// The day the lede tells, when it is within a week before publication: "A jury on
    /// Thursday convicted ...". The day of the story's news, which its clock times come
    /// back to after a flashback.
    lede_day: Option<NaiveDate>,
    /// The lede says or publishes something within a week before publication
    /// ("investigators concluded Wednesday", "a report released Thursday"): a story of what
    /// was found about an older event rather than of an event of its own.
    lede_reports: bool,
    /// The first day the first two sentences name more than a week before publication ("the
    /// crash of a turboprop on Jan. 9, 2011"): in a story whose lede reports, the day of the
    /// event reported on.
    lede_old_day: Option<NaiveDate>,
    /// The first day of this week the lede's own sentence tells an event on ("an ice
    /// resurfacer filled an arena with fumes Saturday"): a clock time told in the past after
    /// the day someone spoke of it is the event's.
    lede_event_day: Option<NaiveDate>,
    /// The last day of this week the first two sentences say or publish something on ("the
    /// fire chief said Sunday that", "investigators concluded Wednesday").
    lede_report_day: Option<NaiveDate>,
    /// The day the lede timed with a clock ("pulled out at 5:52 a.m. Friday"), within a week
    /// before publication: a day retold hour by hour.
    lede_timed_day: Option<NaiveDate>,
    /// The day and part of it the lede tells ("tore through this farming town Sunday
    /// evening", "approved a budget late Wednesday"), within a week before publication, as
    /// the minutes of the day it spans: the clock times of the story's event fall in it.
    lede_parts: Vec<(NaiveDate, std::ops::Range<u32>)>,
    /// The day ahead the lede tells, within two weeks of publication: "The city's fireworks
    /// show will go ahead Thursday night". The day of the event the story previews.
    lede_day_ahead: Option<NaiveDate>,
    /// The lede names publication day ("Travelers jammed airports today"): the news is of
    /// today, whatever it previews.
    lede_names_publication_day: bool,
    /// The last event the story dated by a noun and the day after it: "a robbery in County
    /// Louth on Holy Thursday". "The robbery took place at about 8.15 a.m." is on that day.
    dated_event: Option<(&'static str, NaiveDate)>,
    /// The last holiday the story named, on its day: the one "the holiday weekend" is of,
    /// when its weekend is near publication.
    last_holiday: Option<NaiveDate>,
    /// The token ranges of the entries of a timeline told as a look back
    /// ([`super::chronology`]): their present tense is a historical present.
    pub(crate) past_entries: Vec<std::ops::Range<usize>>,
    /// The entry of such a timeline the story is in, by its first token, and the first day
    /// its date names.
    entry_day: Option<(usize, NaiveDate)>,
}

/// A noun of an event a story dates and then tells again by name ("the robbery", "the
/// crash"), each a day long. (A `match`, compared by length first: it is asked of the words
/// before every day the story names.)
fn event_noun(w: &str) -> Option<&'static str> {
    Some(match w {
        "attack" => "attack",
        "blast" => "blast",
        "collision" => "collision",
        "bombing" => "bombing",
        "crash" => "crash",
        "derailment" => "derailment",
        "earthquake" => "earthquake",
        "explosion" => "explosion",
        "fire" => "fire",
        "heist" => "heist",
        "holdup" => "holdup",
        "killing" => "killing",
        "murder" => "murder",
        "quake" => "quake",
        "raid" => "raid",
        "robbery" => "robbery",
        "shooting" => "shooting",
        "stabbing" => "stabbing",
        "tornado" => "tornado",
        _ => return None,
    })
}

/// Whether `w` tells a disaster striking: the event a report is about ("crashed", "killed").
fn struck(w: &str) -> bool {
    matches!(
        w,
        "crashed"
            | "killed"
            | "exploded"
            | "collapsed"
            | "sank"
            | "derailed"
            | "capsized"
            | "slammed"
            | "struck"
            | "erupted"
            | "burned"
            | "occurred"
            | "injured"
    )
}

/// Whether `w` is a verb of saying or publishing findings.
fn reports(w: &str) -> bool {
    matches!(
        w,
        "said"
            | "says"
            | "concluded"
            | "found"
            | "reported"
            | "released"
            | "announced"
            | "determined"
            | "disclosed"
            | "revealed"
            | "blamed"
    )
}

/// The event noun ([`event_noun`]) a few words before the day at `start` in its clause
/// ("a robbery in County Louth on Holy Thursday").
fn event_noun_before(doc: &Doc, start: usize) -> Option<&'static str> {
    (start.saturating_sub(6)..start)
        .rev()
        .take_while(|&k| doc.is_word(k) && !doc.sentence_start(k + 1))
        .find_map(|k| event_noun(doc.word(k)))
}

impl Resolver {
    pub fn new(dct: NaiveDate) -> Resolver {
        Resolver {
            dct,
            last_day: None,
            framing_month: None,
            last_past_day: None,
            last_future_day: None,
            last_flashback_day: None,
            last_bound_day: None,
            hemisphere: super::hemisphere::Hemisphere::North,
            last_implied_month: None,
            last_period: None,
            last_story_month: None,
            last_quarter: None,
            sentence_year: None,
            sentence_season: None,
            report_day: None,
            last_weekday_a_week_back: None,
            weekday_named_publication_day: false,
            lede_day: None,
            lede_reports: false,
            lede_old_day: None,
            lede_event_day: None,
            lede_report_day: None,
            lede_timed_day: None,
            lede_parts: Vec::new(),
            lede_day_ahead: None,
            lede_names_publication_day: false,
            dated_event: None,
            last_holiday: None,
            past_entries: Vec::new(),
            entry_day: None,
        }
    }

    /// Whether `c` is a clock time that stamps an entry of a timeline told as a look back
    /// (read by the clock rule as a live blog's stamp, on publication day).
    fn stamps_a_past_entry(&self, c: &Candidate) -> bool {
        matches!(c.time, Some(TimeOfDay::Clock { .. }))
            && matches!(
                c.expr,
                Expr::Relative {
                    unit: Unit::Day,
                    offset: 0,
                    ..
                }
            )
            && super::chronology::entry_of(&self.past_entries, c.start) == Some(c.start)
    }

    /// Resolve candidate `c`; `None` when it names no real date (February 30).
    pub fn resolve(&mut self, doc: &Doc, c: &Candidate) -> Option<Resolved> {
        let nowadays;
        let c = if today_against_the_past(doc, c) {
            nowadays = Candidate {
                expr: Expr::Vague(Vague::Present),
                ..*c
            };
            &nowadays
        } else if self.stamps_a_past_entry(c) {
            // "Here is how the count unfolded. 8 p.m. - Polls close": the stamp of an entry
            // of a look back is a time of the story's day, not of publication day.
            nowadays = Candidate {
                expr: Expr::TimeOnly,
                ..*c
            };
            &nowadays
        } else {
            c
        };
        let sentence = doc.sentence_of.get(c.start).copied().unwrap_or(0);
        let as_told = tense_around(doc, c.start, c.end);
        let (tense, cue) = as_told;
        let tense = deadline_tense(doc, c, tense, cue);
        let tense = possessive_tense(doc, c, tense, cue);
        let tense = baseline_tense(doc, c, tense);
        let tense = premodifier_tense(doc, c, tense, cue);
        // An entry of a timeline told as a look back is in the historical present: its date
        // is gone, and so is what it tells, unless the entry is of publication day itself.
        let entry = super::chronology::entry_of(&self.past_entries, c.start);
        let entry_gone = entry.is_some_and(|k| {
            k == c.start
                || self
                    .entry_day
                    .is_some_and(|(e, day)| e == k && day < self.dct)
        });
        let tense = if entry_gone { Tense::Past } else { tense };
        let cue_word = cue.map(|k| doc.raw(k)).unwrap_or("");
        let tense_note = if cue_word.is_empty() {
            tense.describe().to_string()
        } else {
            format!("{} ({cue_word:?})", tense.describe())
        };
        let mut r = match self.story_reading(doc, c, (tense, cue), sentence) {
            Some(r) => r,
            None => self.resolve_expr(doc, c, (tense, as_told), &tense_note, sentence)?,
        };
        if let (Some(k), Some(interval)) = (entry.filter(|&k| k == c.start), r.interval) {
            self.entry_day = Some((k, interval.first()));
        }
        if r.modifier.is_none() {
            r.modifier = c.modifier;
        }
        if let Some(time) = c.time {
            add_time(&mut r, time);
            // A named day's midnight told in the past, when that day is publication day,
            // cannot be the one that ends it, still ahead: "the ceasefire began at midnight on
            // Friday", said on Friday. Nor can a bare one something happened before: "walked
            // off the job at 12:01 a.m. today after talks broke down shortly before midnight".
            // (A bare "stayed until midnight" keeps the annotated news's reading, above.)
            let day_named = c.expr != Expr::TimeOnly
                || doc.is(c.end, super::lexicon::Word::On)
                || matches!(doc.lex(c.end), super::lexicon::Lex::Weekday(_));
            let ends_ahead = (day_named || doc.word(c.start.wrapping_sub(1)) == "before")
                && r.interval.is_some_and(|i| i.first() == self.dct);
            // "gunmen opened fire at about 9:20 p.m. ... police moved in shortly after
            // midnight": after an evening the story has told, a bare midnight ends that day.
            let after_evening = |r: &Resolved| {
                c.expr == Expr::TimeOnly
                    && self
                        .last_day
                        .filter(in_reach(sentence))
                        .filter(|f| r.interval.is_some_and(|i| i.first() == f.interval.first()))
                        .and_then(|f| f.minute)
                        .is_some_and(|m| (18 * 60..24 * 60).contains(&m))
            };
            // The midnight into a new year is written as the end of Dec. 31, whatever began
            // at it ("the ball dropped at midnight").
            let new_year = |r: &Resolved| {
                r.interval
                    .is_some_and(|i| i.first().month() == 12 && i.first().day() == 31)
            };
            if time == TimeOfDay::Part(PartOfDay::Midnight)
                && tense == Tense::Past
                && ((c.expr == Expr::TimeOnly && midnight_that_began(doc, c)) || ends_ahead)
                && !after_evening(&r)
                && !new_year(&r)
            {
                midnight_begun(&mut r);
            }
        }
        if let (Some(interval), Some(Grain::Day)) = (r.interval, r.grain) {
            let offset = c.day_offset;
            if offset != 0 {
                let day = add_days(interval.first(), i64::from(offset))?;
                let word = if offset > 0 { "after" } else { "before" };
                let n = offset.unsigned_abs();
                let what = if n == 1 {
                    "the day".to_string()
                } else {
                    format!("{n} days")
                };
                r = day_value(
                    day,
                    format!("{what} {word} {}; {}", interval.first(), r.why),
                )?;
            }
        }
        if let (Some(pick), Some(interval)) = (c.day_pick, r.interval) {
            r = pick_in_period(pick, interval.first(), interval.last(), &r.why)?;
        }
        if let (Some(Unit::Weekend), Some(interval)) = (c.widen, r.interval) {
            let day = interval.first();
            let saturday = holiday_weekend(day)?;
            let why = format!("the weekend of {day}; {}", r.why);
            r = weekend_value(saturday, why)?;
        }
        if let (Some(Unit::Week), Some(interval)) = (c.widen, r.interval) {
            let day = interval.first();
            let why = format!("the week of {day}; {}", r.why);
            r = week_value(day, why)?;
        }
        // The widened period keeps the part of it named: "by midweek".
        if r.modifier.is_none() {
            r.modifier = c.modifier;
        }
        if let (
            Expr::Weekday {
                shift: Shift::Bare, ..
            },
            Some(interval),
        ) = (c.expr, r.interval)
        {
            if interval.first() == self.dct {
                self.weekday_named_publication_day = true;
            }
        }
        if let (
            Expr::Weekday {
                shift: Shift::Last, ..
            },
            Some(interval),
        ) = (c.expr, r.interval)
        {
            // ("has lost 25 percent since last Thursday" is a start point, not the story's
            // day.)
            if add_days(interval.first(), 7) == Some(self.dct)
                && !bound_elsewhere(doc, c.start, interval.first(), self.dct)
            {
                self.last_weekday_a_week_back = Some(interval.first());
            }
        }
        if let (Some(interval), Some(grain)) = (r.interval, r.grain) {
            let focus = Focus {
                grain,
                interval,
                sentence,
                // A midnight that began the day ("shortly after midnight", written as the
                // end of the day before) is its first minute: "6:30 a.m." told next is later
                // that day, not the next.
                minute: c.time.map(minute_of_day).map(|m| {
                    if m == 24 * 60 && !r.value.starts_with(&interval.first().to_string()) {
                        0
                    } else {
                        m
                    }
                }),
                early: grain == Grain::Day
                    && c.time.is_none()
                    && c.modifier == Some(Mod::Start)
                    && doc.is(c.start, super::lexicon::Word::Early),
                end: c.end,
            };
            // A bound ("runs through Aug. 12", "the first since June 8, 1918") tells how long
            // something lasts rather than where the story is; "overnight" in the next
            // sentence is still tonight.
            // A comparison ("the same day the year before") points away from the story.
            // Walked back to the start of the sentence once, and only for days and months.
            // ("Villagers said they had heard rumbling the night before": a day counted back
            // from the story's, in the past perfect, with an irregular participle.)
            let flashback = grain <= Grain::Month
                && (in_flashback(doc, c.start)
                    || (c.rule == rule_name::THE_UNIT_BEFORE && after_irregular_had(doc, c.start)));
            // (Dated in a flashback too: "had arrested three men over a robbery on Holy
            // Thursday".)
            // ("Labor Day ... volunteers would work through the holiday weekend.")
            if grain == Grain::Day
                && matches!(c.expr, Expr::Holiday { .. })
                && c.day_offset == 0
                && c.day_pick.is_none()
            {
                self.last_holiday = Some(interval.first());
            }
            // (A day ahead of publication is neither the lede's news nor an old event: no
            // verb to read.)
            let days_back = (self.dct - interval.first()).num_days();
            if sentence <= 1 && grain == Grain::Day && days_back >= 0 {
                let (told, cue) = super::tense::tense_around(doc, c.start, c.end);
                let said = cue.is_some_and(|k| reports(doc.word(k)));
                if (0..=7).contains(&days_back) && said {
                    self.lede_reports = true;
                    // (Not "retailers said Black Friday crowds were larger": a day that opens
                    // the reported clause is no day of the saying.)
                    let next = c.end;
                    let ends_saying = !doc.is_word(next)
                        || doc.is(next, super::lexicon::Word::That)
                        || doc.cap(next)
                        || matches!(doc.word(next), "it" | "he" | "she" | "they" | "the" | "a");
                    if ends_saying {
                        self.lede_report_day = Some(interval.first());
                    }
                }
                // (Only the lede's own sentence, and not a bound: "has gripped the Midwest
                // since Friday".)
                let bound = c.start > 0
                    && matches!(
                        doc.word(c.start - 1),
                        "since" | "until" | "through" | "by" | "from"
                    );
                if sentence == 0
                    && (0..=7).contains(&days_back)
                    && !said
                    && !bound
                    && told == Tense::Past
                    && cue.is_some()
                    && !matches!(c.time, Some(TimeOfDay::Clock { .. }))
                    && self.lede_event_day.is_none()
                    && !super::engine::is_dateline(doc, c)
                {
                    self.lede_event_day = Some(interval.first());
                }
                // (Not the end of a period reported on: "the quarter ended March 31".)
                let lead = if c.start > 0 && doc.is(c.start - 1, super::lexicon::Word::On) {
                    c.start.saturating_sub(2)
                } else {
                    c.start.saturating_sub(1)
                };
                let bounds_a_period = c.start > 0
                    && matches!(
                        doc.word(lead),
                        "ended" | "ending" | "ends" | "to" | "through" | "until" | "since" | "by"
                    );
                // Only a day an event is dated by: "the crash, which occurred on Sept. 19",
                // "a turboprop that crashed ... on Jan. 9, 2011" (not "the business year that
                // began on April 1").
                let an_event = event_noun_before(doc, c.start).is_some()
                    || cue.is_some_and(|k| struck(doc.word(k)));
                if days_back > 7 && an_event && !bounds_a_period && self.lede_old_day.is_none() {
                    self.lede_old_day = Some(interval.first());
                }
            }
            if grain == Grain::Day {
                // ("Sunday's tornado", "Tuesday's armoured van robbery": the day's possessive
                // dates the noun after it, two words of its own at most between.)
                let possessed = doc
                    .apostrophe_s(c.end)
                    .then(|| {
                        (c.end + 2..c.end + 5)
                            .take_while(|&k| {
                                doc.is_word(k)
                                    && !matches!(
                                        doc.word(k),
                                        "and" | "or" | "in" | "at" | "on" | "of" | "for" | "with"
                                    )
                            })
                            .find_map(|k| event_noun(doc.word(k)))
                    })
                    .flatten();
                if let Some(noun) = possessed.or_else(|| event_noun_before(doc, c.start)) {
                    self.dated_event = Some((noun, interval.first()));
                }
            }
            if grain <= Grain::Day && flashback {
                self.last_flashback_day = Some(focus);
            }
            let background_saying = self.last_day.is_some_and(|f| f.sentence == sentence)
                && said_in_after_clause(doc, c);
            let bound = bound_elsewhere(doc, c.start, interval.first(), self.dct);
            if grain == Grain::Day && bound {
                self.last_bound_day = Some(focus);
            }
            if grain <= Grain::Day
                && !matches!(c.expr, Expr::SameYearsAway { .. })
                && !bound
                && !when_said(doc, c)
                && !background_saying
                && !flashback
                && !remembered(doc, c)
                && !aside_clause(doc, c)
                && !self.after_a_later_day(doc, c, sentence, interval.first())
                // "shortly after 7 a.m. (2300 GMT Sunday), and by mid-afternoon": a clock
                // restated in another zone, in parentheses, is the same moment, not a day the
                // story moved to.
                && !(c.start > 0 && doc.punct(c.start - 1, '(') && c.time.is_some())
            {
                // (The lede's last such day: a dateline's date comes before the lede's.)
                if sentence <= 1
                    && grain == Grain::Day
                    && (0..=7).contains(&(self.dct - interval.first()).num_days())
                {
                    self.lede_day = Some(interval.first());
                }
                if sentence <= 1
                    && grain == Grain::Minute
                    && matches!(c.time, Some(TimeOfDay::Clock { .. }))
                    && c.expr != Expr::TimeOnly
                    && (0..=7).contains(&(self.dct - interval.first()).num_days())
                {
                    self.lede_timed_day = Some(interval.first());
                }
                if sentence <= 1 && (0..=7).contains(&(self.dct - interval.first()).num_days()) {
                    if let Some(span) = part_span(c).filter(|_| self.lede_parts.len() < 4) {
                        self.lede_parts.push((interval.first(), span));
                    }
                }
                if sentence <= 1
                    && grain <= Grain::Day
                    && interval.first() == self.dct
                    && !super::engine::is_dateline(doc, c)
                {
                    self.lede_names_publication_day = true;
                }
                if sentence <= 1
                    && grain <= Grain::Day
                    && (1..=14).contains(&(interval.first() - self.dct).num_days())
                    && self.lede_day_ahead.is_none()
                {
                    self.lede_day_ahead = Some(interval.first());
                }
                self.last_day = Some(focus);
                if interval.first() <= self.dct {
                    self.last_past_day = Some(interval.first());
                } else {
                    self.last_future_day = Some(interval.first());
                }
            }
            if grain == Grain::Day && reported_on(doc, c) {
                self.report_day = Some(interval.first());
            }
            if grain == Grain::Season && opens_sentence(doc, c.start) {
                self.sentence_season = Some((interval, sentence));
            }
            if let (
                Expr::Relative {
                    unit: Unit::Year,
                    reckoning: Reckoning::Calendar,
                    ..
                },
                Grain::Year,
            ) = (c.expr, grain)
            {
                // "five days shorter than last year because Thanksgiving fell on Nov. 28": a
                // year compared with frames nothing after it.
                // Nor does a fiscal year, which does not begin in January ("since the fiscal
                // year began on Oct. 1").
                let compared = c.start > 0 && doc.word(c.start - 1) == "than";
                if !compared && !names_fiscal_year(doc, c) {
                    self.sentence_year = Some((interval.first().year(), sentence, c.start, c.end));
                }
            }
            // "Four years ago, the primary was also held in March": a count of years back
            // that opens the sentence frames it as "last year" does; so does one of decades
            // read as a year ("A decade ago it began in July").
            if let (
                Expr::Ago {
                    unit: Unit::Year | Unit::Decade,
                    keep: None,
                    on: None,
                    ..
                },
                Grain::Year,
            ) = (c.expr, grain)
            {
                if frames_sentence(doc, c.start) {
                    self.sentence_year = Some((interval.first().year(), sentence, c.start, c.end));
                }
            }
            // "In 1992, the nominees weren't settled until June": a year stated to open the
            // sentence frames it as a relative one does. (Stated elsewhere, "the company,
            // founded in 1950, held its meeting on June 5", it dates something else.)
            if let (Expr::Year(y), Grain::Year) = (c.expr, grain) {
                // (A fiscal year begins in the calendar year before its number.)
                if frames_sentence(doc, c.start) && !names_fiscal_year(doc, c) {
                    self.sentence_year = Some((y, sentence, c.start, c.end));
                }
            }
            let implied_month = matches!(
                c.expr,
                Expr::Month { .. }
                    | Expr::Calendar {
                        year: None,
                        day: None,
                        ..
                    }
            );
            if grain == Grain::Month && implied_month {
                self.last_implied_month = Some(focus);
            }
            // "the lowest since December 2000": a start point measured from, as for days, is
            // not the period the story is in ("from 2.6 percent in the prior month").
            let since = c.start > 0 && doc.word(c.start - 1) == "since";
            // "produced 4,910 kg in the three months to June 30, against 5,380 kg in the March
            // quarter": the period compared with is not the one reported.
            // ("fell 0.4 percent from December, and 2.4 percent from a year earlier": the
            // month compared with is no more the one reported than such a quarter is.)
            let compared =
                matches!(grain, Grain::Quarter | Grain::Month) && compared_with(doc, c.start);
            // "December corn settled down 3 cents for the day and 21 cents for the month": a
            // contract's delivery month is not the month the story is in.
            let contract = grain == Grain::Month && super::tense::names_a_contract(doc, c.end);
            // "Szabo, who came to this harbor town from Budapest in 1979, spent that winter
            // baking": the year of an aside about someone is not the story's.
            let aside = grain == Grain::Year && {
                let (first, _) = doc.sentence_tokens(c.start);
                super::tense::in_relative_aside(doc, c.start, first, c.start)
            };
            // "Forty years ago this month, a new strain reached the United States": a time
            // counted back that opens the sentence frames a story told there.
            let frame_back = matches!(c.expr, Expr::Ago { .. }) && opens_sentence(doc, c.start);
            if (sets_reference(&c.expr) || frame_back) && !since && !compared && !aside && !contract
            {
                // "the Labor Department said on Friday": the day of the report is not the
                // month the story tells of ("cold weather early in the month").
                if grain <= Grain::Month
                    && !flashback
                    && !(grain <= Grain::Day && when_said(doc, c))
                {
                    self.last_story_month = Some(focus);
                }
                self.last_period = Some(focus);
                let framing = grain == Grain::Month
                    && matches!(
                        c.expr,
                        Expr::Calendar {
                            year: Some(_),
                            day: None,
                            ..
                        }
                    )
                    && frames_sentence(doc, c.start)
                    && doc.punct(c.end, ',');
                if framing {
                    self.framing_month = Some(focus);
                }
                if grain == Grain::Quarter {
                    self.last_quarter = Some(focus);
                }
            }
        }
        Some(r)
    }

    /// The period a comparison of figures ("up 15% from a year ago", "$2.1 million a year
    /// earlier") is made with: a quarter, half, season or month the story named recently, or
    /// else the quarter it reports on.
    fn compared_period(&self, sentence: usize) -> Option<Focus> {
        // A period still ahead is forecast, not reported: a figure is compared with it only in
        // the forecast's own sentence ("expects a profit in the first quarter of 1990, up
        // from a loss a year earlier").
        let reported = |f: &Focus| f.interval.first() <= self.dct || f.sentence == sentence;
        self.period_ref(sentence)
            .filter(|f| {
                matches!(
                    f.grain,
                    Grain::Quarter | Grain::Half | Grain::Season | Grain::Month
                ) && reported(f)
            })
            .or(self.last_quarter.filter(reported))
    }

    /// `tense` is the reading the rules settled on; `as_told` the tense reader's own reading
    /// of the clause and its cue (`tense_around`), before deadlines, possessives and the like
    /// adjusted it, which some readings below ask for again.
    fn resolve_expr(
        &self,
        doc: &Doc,
        c: &Candidate,
        (tense, as_told): (Tense, (Tense, Option<usize>)),
        tense_note: &str,
        sentence: usize,
    ) -> Option<Resolved> {
        let dct = self.dct;
        match c.expr {
            Expr::Calendar {
                year,
                month,
                day,
                weekday,
            } => {
                // "since 9/11", in news written after it: the attacks of Sept. 11, 2001, not
                // this year's Sept. 11.
                if c.rule == "month-slash-day" && (year, month, day) == (None, Some(9), Some(11)) {
                    let attacks = NaiveDate::from_ymd_opt(2001, 9, 11)?;
                    if dct > attacks {
                        return day_value(attacks, "the attacks of Sept. 11, 2001".to_string());
                    }
                }
                let mut clause_year = self.year_of_sentence(doc, c.start, sentence, tense);
                // "Celebrations will be subdued this year after the tsunami that struck on
                // Dec. 26": a day told as done cannot be one of this year's still ahead, nor
                // one told ahead a day gone. (A year stated in figures holds: "In 2025, the
                // deadline was moved to Dec. 15.")
                if let (Some(y), Some(m), Some(d)) = (clause_year, month, day) {
                    let stated = self.year_in_figures(doc);
                    let contradicts =
                        NaiveDate::from_ymd_opt(y, m, d).is_some_and(|date| match tense {
                            Tense::Past => date > dct,
                            Tense::Future => date < dct,
                            _ => false,
                        });
                    if contradicts && !stated {
                        clause_year = None;
                    }
                }
                // A month alone takes the sentence's year only from one that opens it, as its
                // frame ("Next year the festival will move to June"); "next year's date will
                // be announced in June" and "tickets for next year go on sale in October"
                // name a year for something else.
                if day.is_none() && year.is_none() {
                    clause_year = clause_year.filter(|_| self.year_opens_sentence(doc));
                    // "Last winter, the county recorded 1,870 flu cases between October and
                    // April": the October before that winter.
                    if let (None, Some(m), Some((season, _))) = (
                        clause_year,
                        month,
                        self.sentence_season.filter(|(_, s)| *s == sentence),
                    ) {
                        clause_year = month_nearest(season, m);
                    }
                }
                // "down from 189 million in 1987, when the October crash set records": a
                // clause of "when" hung on a year stated in figures is in that year.
                if year.is_none() {
                    if let Some(y) = year_before_when(doc, c.start) {
                        clause_year = Some(y);
                    }
                }
                // "will publish January property prices on Feb. 27": the figures of a month
                // are published after it, so the month is the last one begun.
                let figures = day.is_none()
                    && year.is_none()
                    && tense == Tense::Future
                    && super::tense::figure_follows(doc, c.end, super::tense::figure_noun);
                // "will release minutes of its April meeting": a month naming an event of
                // the organisation's own, under another verb's future, is the nearest one.
                let event_of_its_own = day.is_none()
                    && year.is_none()
                    && tense == Tense::Future
                    && c.start > 0
                    && matches!(doc.word(c.start - 1), "its" | "their")
                    && doc.is_word(c.end)
                    && !doc.cap(c.end)
                    && doc.lex(c.end) == super::lexicon::Lex::None
                    && doc.tense_class(c.end) == 0;
                // "last Oct. 31", "next June 30": the word before says which side. A
                // chronology's entry ("March: ...") is told in the historical present, of a
                // month gone.
                let shifted =
                    (c.rule == rule_name::SHIFTED_MONTH_DAY).then(|| match doc.lex(c.start) {
                        super::lexicon::Lex::Word(super::lexicon::Word::Next) => Tense::Future,
                        _ => Tense::Past,
                    });
                let shifted =
                    shifted.or((c.rule == rule_name::CHRONOLOGY_MONTH).then_some(Tense::Past));
                // "had been set for trial in June, but settlement talks dragged on", "were to
                // have been presented in November": the month of a plan told as overtaken is
                // near publication, either side of it.
                let overtaken_plan = day.is_none()
                    && year.is_none()
                    && tense == Tense::Past
                    && overtaken_plan(doc, c, as_told.1);
                let tense = if let Some(t) = shifted {
                    t
                } else if figures {
                    Tense::Past
                } else if event_of_its_own || overtaken_plan {
                    Tense::Either
                } else {
                    tense
                };
                // "after the Sept. 11 attacks": the day has become the name of the attacks
                // of 2001, whatever year the story is told in.
                if year.is_none() && month == Some(9) && day == Some(11) {
                    if let Some(attacks) = NaiveDate::from_ymd_opt(2001, 9, 11)
                        .filter(|d| *d < dct && names_the_attacks(doc, c.end))
                    {
                        return day_value(attacks, "the Sept. 11 attacks of 2001".to_string());
                    }
                }
                self.calendar(
                    (year, month, day, weekday),
                    (tense, tense_note),
                    sentence,
                    clause_year,
                )
            }
            // "on the afternoon of July 14, a Saturday,": the day just told, when it is one;
            // "It was a Sunday" may name the day of the sentence before.
            Expr::Weekday { weekday, .. }
                if c.rule == rule_name::A_WEEKDAY
                    && self.last_day.is_some_and(|f| {
                        f.sentence + 1 >= sentence
                            && f.interval.first().weekday().num_days_from_monday()
                                == u32::from(weekday)
                    }) =>
            {
                let day = self.last_day_told();
                day_value(
                    day,
                    format!("the day just told, {day}, restated by its weekday"),
                )
            }
            Expr::Weekday { weekday, shift } => {
                // "The bank reopened the next Monday": told in the past, with the article,
                // the one after the story's day, as "the following Monday".
                let shift = if shift == Shift::Next
                    && doc.is(c.start, super::lexicon::Word::The)
                    && as_told.0 == Tense::Past
                {
                    Shift::Following
                } else {
                    shift
                };
                // "Talks broke down on Friday. A second round was set for the following
                // Monday": a plan reported in the past counts from the story's day, not from
                // a day ahead the story named before.
                // ("was set for" reads either way: a plan made earlier.)
                let reported_in_past = matches!(shift, Shift::Following | Shift::Previous)
                    && matches!(as_told.0, Tense::Past | Tense::Either);
                let tense = if reported_in_past { Tense::Past } else { tense };
                if let Some(r) = self.days_from_story_day(doc, c, weekday, sentence) {
                    return Some(r);
                }
                if doc.word(c.start) == "super" && weekday == 1 {
                    if let Some(r) = super_tuesday(dct, tense) {
                        return Some(r);
                    }
                }
                self.weekday(weekday, shift, (tense, tense_note), sentence)
            }
            Expr::DayOfYear { month, day, year } => {
                let y = self.stated_year(year, sentence)?;
                let date = NaiveDate::from_ymd_opt(y, month, day)?;
                day_value(date, format!("{} {day} of {y}", month_name(month)))
            }
            Expr::Month { month, shift, year } => {
                let y = match (self.stated_year(year, sentence), shift) {
                    (Some(y), _) => y,
                    // "last February" said in March is a year back: this February is "last
                    // month".
                    (None, Shift::Last) if month + 1 < dct.month() => dct.year(),
                    (None, Shift::Last) => dct.year() - 1,
                    (None, Shift::Next | Shift::Coming) if month > dct.month() => dct.year(),
                    (None, Shift::Next | Shift::Coming) => dct.year() + 1,
                    // "Launched in October 1989, the probe passed Venus the following
                    // February": counted from the period the story is in.
                    (None, Shift::Following | Shift::Previous) => {
                        let base = match self.story_period(sentence) {
                            Some(period) => period,
                            None => Interval::day(dct)?,
                        };
                        match shift {
                            Shift::Following if month > base.last().month() => base.last().year(),
                            Shift::Following => base.last().year() + 1,
                            _ if month < base.first().month() => base.first().year(),
                            _ => base.first().year() - 1,
                        }
                    }
                    (None, _) => dct.year(),
                };
                let why = match (shift, year) {
                    (Shift::Last, YearRef::Implied) => format!(
                        "\"last\": the most recent {} before {dct}",
                        month_name(month)
                    ),
                    (Shift::Next | Shift::Coming, YearRef::Implied) => {
                        format!("\"next\": the first {} after {dct}", month_name(month))
                    }
                    (Shift::Following | Shift::Previous, YearRef::Implied) => {
                        format!("the {} next to the story's period: {y}", month_name(month))
                    }
                    (_, YearRef::Relative(r)) => format!(
                        "{} of the year {} relative to {dct}",
                        month_name(month),
                        signed(r)
                    ),
                    _ => format!("{} of {y}", month_name(month)),
                };
                month_value(y, month, why)
            }
            Expr::Year(y) => year_value(y, format!("the year {y}")),
            Expr::Decade(d) => decade_value(d, "stated".to_string()),
            Expr::DecadeOfCentury(k) => {
                let century = dct.year().div_euclid(100);
                let mut d = century * 10 + k;
                if d * 10 > dct.year() {
                    d -= 10;
                }
                decade_value(d, format!("the most recent such decade on or before {dct}"))
            }
            Expr::Turn { years } => {
                let before = dct.year().div_euclid(years) * years;
                let after = before + years;
                // A turn still generations away is not the one a story looks ahead to ("kept a
                // gig until the turn of the century" in 2006 is 2000, not 2100).
                let nearest = if dct.year() - before <= after - dct.year() {
                    before
                } else {
                    after
                };
                let y = match tense {
                    Tense::Past if years == 100 => before,
                    Tense::Future if after - dct.year() <= 25 => after,
                    _ => nearest,
                };
                year_value(
                    y,
                    format!("{tense_note}: the turn nearest that way from {dct}, {y}"),
                )
            }
            Expr::SameIn { unit, year } => {
                // (Feb. 29 in a year that has none is Feb. 28.)
                let day = NaiveDate::from_ymd_opt(year, dct.month(), dct.day())
                    .or_else(|| NaiveDate::from_ymd_opt(year, dct.month(), 28))?;
                let why = format!("publication's {} in {year}", unit_name(unit, 1));
                match unit {
                    Unit::Week => week_value(day, why),
                    Unit::Month => month_value(year, dct.month(), why),
                    _ => day_value(day, why),
                }
            }
            // TimeML writes an era before Christ with "BC" before the year or the century
            // (`BC0500`, `BC02` for the third century B.C.); the timeline places it by the
            // astronomical year, 1 - n.
            Expr::YearBc(n) => year_value(1 - n, format!("the year {n} before Christ")),
            Expr::CenturyBc(n) => Some(placed(
                TimexType::Date,
                format!("BC{:02}", n - 1),
                Interval::years(1 - n * 100, 100)?,
                Grain::Century,
                format!("the {} century before Christ", ordinal(n)),
            )),
            Expr::Century(c) => Some(placed(
                TimexType::Date,
                format!("{c:02}"),
                Interval::years(c * 100, 100)?,
                Grain::Century,
                format!("the {} century", ordinal(c + 1)),
            )),
            Expr::Season {
                season,
                shift,
                year,
            } => self.season(season, shift, year, tense, tense_note, sentence),
            Expr::Quarter {
                quarter,
                year,
                year_ago,
            } => {
                let long_gone = self
                    .story_day_long_gone(sentence)
                    .filter(|_| tense != Tense::Future);
                let y = match (self.stated_year(year, sentence), long_gone) {
                    (Some(y), _) => y,
                    // "announced the acquisition on July 28, 2003, along with its second-quarter
                    // results": beside a day long gone, the last such quarter begun by that day.
                    (None, Some(told)) => {
                        if Interval::quarter(told.year(), quarter)?.first() <= told {
                            told.year()
                        } else {
                            told.year() - 1
                        }
                    }
                    // The quarter under way and the one just ended are this year's, whatever
                    // the tense: "expects to report third-quarter net" in October is about the
                    // quarter just reported. Otherwise the tense decides: looking ahead, the
                    // next such quarter; otherwise the last one begun.
                    (None, None) => {
                        let this = Interval::quarter(dct.year(), quarter)?;
                        let recent = this.first() <= dct && this.last() >= shift_months(dct, -3)?;
                        // "will report fourth-quarter results on Jan. 29": in the first months
                        // of a year, last year's fourth quarter is the one just ended, and its
                        // figures the ones to come. ("will reach Europe in the fourth quarter"
                        // looks ahead to this year's.)
                        // ("fourth-quarter growth figures": one word may stand between.)
                        let figures = super::tense::figure_follows(doc, c.end, |w| {
                            super::tense::figure_noun(w)
                                || matches!(
                                    w,
                                    "earnings"
                                        | "profit"
                                        | "profits"
                                        | "revenue"
                                        | "loss"
                                        | "report"
                                )
                        });
                        let ended_last_year = (tense != Tense::Future || figures)
                            && Interval::quarter(dct.year() - 1, quarter)?.last()
                                >= shift_months(dct, -3)?;
                        match tense {
                            _ if recent => dct.year(),
                            _ if ended_last_year => dct.year() - 1,
                            Tense::Future if this.last() < dct => dct.year() + 1,
                            Tense::Future => dct.year(),
                            // "could close early in the second quarter", told in March: a
                            // modal that may look either way, before the quarter about to
                            // begin, looks to it rather than to one ended nine months ago.
                            Tense::Either if this.first() <= shift_months(dct, 3)? => dct.year(),
                            _ if this.first() > dct => dct.year() - 1,
                            _ => dct.year(),
                        }
                    }
                };
                let why = match year {
                    YearRef::Implied => format!(
                        "{tense_note}: quarter {quarter} of {y}, the most recent one begun by {dct} unless the sentence looks ahead"
                    ),
                    _ => format!("quarter {quarter} of {y}"),
                };
                if year_ago {
                    let y = y - 1;
                    return quarter_value(y, quarter, format!("{why}, a year before: {y}"));
                }
                quarter_value(y, quarter, why)
            }
            Expr::QuarterRef { kind, year } => {
                // "in the first half of the year compared with the same period last year",
                // "so far this year ... the same period last year": a "period" compared is the
                // one its sentence named, whatever its length.
                let period = (c.start..c.end).any(|k| doc.is(k, super::lexicon::Word::Period));
                let named = self
                    .period_ref(sentence)
                    .filter(|f| f.sentence == sentence)
                    .filter(|f| matches!(f.grain, Grain::Half | Grain::Year | Grain::Month));
                match named {
                    Some(f) if period && kind == QuarterRef::YearAgo => {
                        shift_period(f, -1, self.hemisphere)
                    }
                    _ => self.quarter_ref(kind, year, sentence),
                }
            }
            Expr::Half { half, year } => {
                let y = match self.stated_year(year, sentence) {
                    Some(y) => y,
                    None => {
                        let this = Interval::half(dct.year(), half)?;
                        // "Sales in the first half rose 11 percent", told in January: a half
                        // just begun has no results to tell; the last one ended has.
                        let just_begun = this.first() <= dct
                            && add_days(this.first(), 60).is_some_and(|d| dct < d);
                        // ("expected sales to recover in the second half", told in March:
                        // looking either way, the half about to begin.)
                        let next_half = tense == Tense::Either
                            && this.first() > dct
                            && this.first() <= shift_months(dct, 6)?;
                        if (this.first() > dct && tense != Tense::Future && !next_half)
                            || (just_begun && tense == Tense::Past)
                        {
                            dct.year() - 1
                        } else {
                            dct.year()
                        }
                    }
                };
                Some(placed(
                    TimexType::Date,
                    format!("{y:04}-H{half}"),
                    Interval::half(y, half)?,
                    Grain::Half,
                    format!("half {half} of {y}"),
                ))
            }
            Expr::Relative {
                unit,
                offset,
                reckoning,
            } => {
                // "sent jurors home for the weekend this afternoon", said on a Friday: what is
                // done for the weekend at the week's end is done for the one ahead.
                let for_the_weekend_ahead = unit == Unit::Weekend
                    && reckoning == Reckoning::Nearest
                    && c.start > 0
                    && doc.word(c.start - 1) == "for"
                    && matches!(dct.weekday(), Weekday::Thu | Weekday::Fri);
                let tense = if for_the_weekend_ahead {
                    Tense::Future
                } else {
                    tense
                };
                if let Some(r) = self.reported_this_quarter(doc, c, (unit, offset), tense, sentence)
                {
                    return Some(r);
                }
                self.relative(unit, offset, reckoning, tense, tense_note)
            }
            Expr::Ago {
                amount,
                unit,
                sign,
                keep,
                on,
            } => match keep {
                Some(keep) => self.ago_keeping(amount, unit, sign, keep, on),
                None => {
                    // Only "a year ago" compares, and only where figures are compared: the
                    // sentence is scanned for this one expression, not for every mention.
                    let compares = unit == Unit::Year
                        && sign < 0
                        && amount == Amount::Count(1)
                        && compares_figures(doc, c.start);
                    self.ago(amount, unit, sign, compares, sentence)
                }
            },
            Expr::Narrative {
                unit,
                offset,
                comparison,
            } => {
                let figures = comparison && compares_figures(doc, c.start);
                // "that night" is the day unit with the night's part of it.
                let unit = match (unit, c.time) {
                    (Unit::Day, Some(TimeOfDay::Part(PartOfDay::Night))) => Unit::Night,
                    _ => unit,
                };
                self.narrative(unit, offset, comparison, figures, sentence, tense)
            }
            Expr::SameYearsAway {
                unit,
                years,
                in_year,
                weekday,
            } => {
                // The story's period of that unit when it named one ("the Memorial Day
                // weekend", "in March"), else its day.
                let named = self
                    .period_ref(sentence)
                    .filter(|f| f.grain == unit_grain(unit));
                // (A week is carried by its Thursday, which lands in the week of the same
                // number a year away; its Monday, moved a year, falls a day or two early and
                // can land in the week before.)
                let base = named.map_or(self.last_day_told(), |f| {
                    let first = f.interval.first();
                    if unit == Unit::Week {
                        first.checked_add_days(Days::new(3)).unwrap_or(first)
                    } else {
                        first
                    }
                });
                // "the same month of 1996": as many years away as that year is.
                let years = in_year.map_or(years, |y| y - base.year());
                let day = shift_months(base, 12 * years)?;
                let why = format!(
                    "the story's {} ({base}), {years:+} year(s)",
                    unit_name(unit, 1)
                );
                // "sales rose 4 percent from the same day last year", "ridership fell 60
                // percent on Monday compared with the same day last year": a day's figures
                // are compared with the same weekday a year back (or, on a shopping holiday,
                // with that holiday), not the same date.
                let (day, why) = if let Some(w) = weekday {
                    let like = nearest_weekday(day, w);
                    (
                        like,
                        format!("{why}; the {} nearest, {like}", weekday_name(w)),
                    )
                } else if unit == Unit::Day && compares_figures_with(doc, c.start) {
                    let (like, how) = comparable_day(base, day);
                    (
                        like,
                        format!("{why}; {how}, {like}, figures being compared"),
                    )
                } else {
                    (day, why)
                };
                match unit {
                    Unit::Week => week_value(day, why),
                    Unit::Weekend => weekend_value(saturday_of_week(day)?, why),
                    Unit::Month => month_value(day.year(), day.month(), why),
                    _ => day_value(day, why),
                }
            }
            Expr::Vague(v) => {
                let (value, why) = match v {
                    Vague::Past => ("PAST_REF", "a vague reference to the past"),
                    Vague::Present => (
                        "PRESENT_REF",
                        "a reference to the present, around publication",
                    ),
                    Vague::Future => ("FUTURE_REF", "a vague reference to the future"),
                };
                Some(Resolved {
                    kind: TimexType::Date,
                    value: value.to_string(),
                    modifier: None,
                    interval: None,
                    grain: None,
                    why: why.to_string(),
                })
            }
            Expr::Holiday {
                holiday,
                shift,
                year,
            } => {
                let choose = |y: i32| date_of(holiday, y);
                let around = [
                    choose(dct.year() - 1),
                    choose(dct.year()),
                    choose(dct.year() + 1),
                ];
                let last_before = || around.iter().flatten().copied().rev().find(|d| *d < dct);
                // "fasting during Ramadan", "during Passover" told while it lasts: the one
                // under way.
                let under_way = around.iter().flatten().copied().find(|&first| {
                    festival_span(holiday, first).is_some_and(|(a, b)| a <= dct && dct <= b)
                });
                let (day, why) = match (year, shift) {
                    (YearRef::Absolute(y), _) => (choose(y)?, format!("{holiday:?} {y}")),
                    (YearRef::Implied, Shift::Bare | Shift::This) if under_way.is_some() => {
                        (under_way?, format!("{holiday:?} under way on {dct}"))
                    }
                    (YearRef::Relative(r), _) => (
                        choose(dct.year() + r)?,
                        format!("{holiday:?} of the year {}", signed(r)),
                    ),
                    (YearRef::Narrative(shift), _) => {
                        let y = self
                            .period_ref(sentence)
                            .map_or(dct.year(), |f| f.interval.first().year())
                            + shift;
                        (
                            choose(y)?,
                            format!("{holiday:?} of the year the story is about"),
                        )
                    }
                    (YearRef::Implied, Shift::Last | Shift::Previous) => (
                        last_before()?,
                        format!("\"last\": the most recent {holiday:?} before {dct}"),
                    ),
                    (YearRef::Ago(n), _) => {
                        let y = last_before()?
                            .year()
                            .checked_sub(i32::try_from(n).ok()? - 1)?;
                        (
                            choose(y)?,
                            format!("{n} back from the most recent {holiday:?} before {dct}"),
                        )
                    }
                    (YearRef::Implied, Shift::Next | Shift::Coming | Shift::Following) => (
                        around.iter().flatten().copied().find(|d| *d > dct)?,
                        format!("\"next\": the first {holiday:?} after {dct}"),
                    ),
                    (YearRef::Implied, Shift::This) => (
                        choose(dct.year())?,
                        format!("{holiday:?} of {}", dct.year()),
                    ),
                    (YearRef::Implied, Shift::Bare | Shift::That) => {
                        let sentence_year = self.year_of_sentence(doc, c.start, sentence, tense);
                        match (sentence_year, self.story_day_long_gone(sentence)) {
                            (Some(y), _) => (
                                choose(y)?,
                                format!("{holiday:?} of {y}, the year this sentence is about"),
                            ),
                            // "open on the morning of Dec. 19, 1997, when it held extra cash
                            // ahead of Christmas", told in 1999: a holiday in the sentence of a
                            // day long gone is the one nearest that day (after it, when ahead
                            // of it), not one near publication.
                            (None, Some(told)) => {
                                let near = [told.year() - 1, told.year(), told.year() + 1]
                                    .into_iter()
                                    .filter_map(choose)
                                    .filter(|d| !ahead_of(doc, c.start) || *d >= told)
                                    .min_by_key(|d| (*d - told).num_days().abs())?;
                                (near, format!("{holiday:?} nearest the story's day, {told}"))
                            }
                            // "ahead of Christmas", "in time for Christmas" said in January:
                            // the next one, however near the last, unless told as done
                            // ("cut prices ahead of Christmas" was last month).
                            (None, None) if ahead_of(doc, c.start) && as_told.0 != Tense::Past => {
                                let day = around.iter().flatten().copied().find(|d| *d >= dct)?;
                                (day, format!("before it, so the next {holiday:?}: {day}"))
                            }
                            (None, None) => {
                                let day = pick_day(tense, dct, around)?;
                                (day, format!("{tense_note}: {holiday:?} {}", day.year()))
                            }
                        }
                    }
                };
                // A month-long fast is written as the calendar month holding most of it.
                if holiday == Holiday::Ramadan {
                    let (first, last) = ramadan_span(day)?;
                    let in_first =
                        i64::from(first.num_days_in_month()) - i64::from(first.day()) + 1;
                    let most = if 2 * in_first > (last - first).num_days() {
                        first
                    } else {
                        last
                    };
                    return month_value(
                        most.year(),
                        most.month(),
                        format!("{why}, {first} to {last}; the month with most of it"),
                    );
                }
                // An eight-day festival is the smallest calendar unit that holds it all.
                if let Some((first, last)) = festival_span(holiday, day) {
                    let why = format!("{why}, {first} to {last}");
                    return if (first.year(), first.month()) == (last.year(), last.month()) {
                        month_value(first.year(), first.month(), format!("{why}; its month"))
                    } else {
                        year_value(first.year(), format!("{why}; across two months, its year"))
                    };
                }
                day_value(day, why)
            }
            Expr::Duration { amount, unit } => Some(Resolved {
                kind: TimexType::Duration,
                value: duration_value(amount, unit),
                modifier: None,
                interval: None,
                grain: Some(unit_grain(unit)),
                why: "an amount of time; not placed on the timeline".to_string(),
            }),
            Expr::DurationSum {
                first,
                second,
                third,
            } => Some(Resolved {
                kind: TimexType::Duration,
                value: duration_sum_value(first, second, third),
                modifier: None,
                interval: None,
                grain: Some(unit_grain(third.unwrap_or(second).1)),
                why: "an amount of time; not placed on the timeline".to_string(),
            }),
            Expr::Set(value) => Some(set(value.to_string())),
            Expr::SetDaily => Some(set(match c.time {
                None => "P1D".to_string(),
                Some(TimeOfDay::Clock { hour, minute }) => {
                    format!("XXXX-XX-XXT{hour:02}:{minute:02}")
                }
                Some(TimeOfDay::Part(p)) => format!("XXXX-XX-XXT{}", p.code()),
            })),
            Expr::SetMonth(m) => Some(set(format!("XXXX-{m:02}"))),
            Expr::SetDay { month, day } => Some(set(format!("XXXX-{month:02}-{day:02}"))),
            Expr::SetEvery { amount, unit } => Some(set(duration_value(amount, unit))),
            Expr::SetWeekday(wd, pod) => {
                // "every Thursday at noon": the clock time the refiner attached.
                let suffix = match (pod, c.time) {
                    (Some(p), _) | (None, Some(TimeOfDay::Part(p))) => format!("T{}", p.code()),
                    (None, Some(TimeOfDay::Clock { hour, minute })) => {
                        format!("T{hour:02}:{minute:02}")
                    }
                    (None, None) => String::new(),
                };
                Some(set(format!("XXXX-WXX-{}{suffix}", wd + 1)))
            }
            Expr::TimeOnly => {
                // "Police will give an update at noon": a time still ahead cannot fall on a
                // day the story has already told.
                // Nor can a time told in the past fall on a day still ahead: "forecasters
                // expect landfall Friday. At 5 p.m., the storm was 420 miles offshore."
                // A schedule in the present is today's, not a past day's: "early voting
                // began on Oct. 2. Polls close at 7:30 p.m."
                // A deadline's tense does not count here: "workers counted ballots until 2
                // a.m." is told in the past even though "until" looks ahead.
                let told_in_past = || tense == Tense::Past || as_told.0 == Tense::Past;
                let mut story_day = self.day_ref(sentence);
                // "The bank said on Tuesday that ... he told journalists on a conference call
                // at 7.30 a.m.": a time someone spoke at is on the day the story reports
                // them speaking, not on a day of the events they spoke of. So is the time a
                // deal was announced at ("The deal, announced at 6 a.m. before markets opened").
                if let Some(day) = self.report_day.filter(|&day| day <= dct) {
                    if let (Tense::Past, Some(k)) = as_told {
                        if matches!(doc.word(k), "told" | "said" | "announced") {
                            story_day = day;
                        }
                    }
                }
                // "A jury on Thursday convicted the owner ... The container exploded at about
                // 4:30 p.m. on June 27, 2018. ... The verdict was read at noon": two sentences
                // or more after a flashback to a day long before the lede's, a clock time told
                // in the past is back on the lede's day.
                if let (Some(lede), Some(f)) = (self.lede_day, self.last_day) {
                    let flashback_over = f.sentence + 2 <= sentence
                        && (lede - f.interval.first()).num_days() > 7
                        && story_day == f.interval.first();
                    if flashback_over && told_in_past() {
                        story_day = lede;
                    }
                }
                // "Investigators concluded Thursday that the crew of a turboprop that crashed
                // on Jan. 9, 2011, ignored warnings. ... The crew began the approach at 5:41
                // p.m.": where the lede reports on an older event, a clock time told in the
                // past, in a later sentence naming no day, is that event's.
                if let Some(old) = self.lede_old_day.filter(|_| self.lede_reports) {
                    let day_in_sentence = self.last_day.is_some_and(|f| f.sentence == sentence);
                    if sentence >= 2 && !day_in_sentence && told_in_past() {
                        story_day = old;
                    }
                }
                // "... filled an arena with fumes Saturday ... Fire Chief Dale Sorensen said
                // Sunday that players began complaining of headaches shortly after 10 a.m.":
                // where the lede tells an event this week and then a later day someone spoke
                // of it, a clock time told in the past, with no other day in its sentence, is
                // the event's.
                if let (Some(event), Some(report)) = (self.lede_event_day, self.lede_report_day) {
                    let other_day = self
                        .last_day
                        .is_some_and(|f| f.sentence == sentence && f.interval.first() != report);
                    let spoken = as_told
                        .1
                        .is_some_and(|k| reports(doc.word(k)) || doc.word(k) == "told");
                    if event < report && sentence >= 1 && !other_day && !spoken && told_in_past() {
                        story_day = event;
                    }
                }
                // "... a robbery in County Louth on Holy Thursday. ... The robbery took place at
                // about 8.15 a.m.": the event the sentence opens with, by the noun the story
                // dated it with, is on that day.
                // (Not when the sentence names its own day: "The fire began ... at 3:10 a.m. on
                // Sept. 17".)
                let day_in_sentence = self.last_day.is_some_and(|f| f.sentence == sentence);
                if let Some((noun, day)) = self.dated_event.filter(|_| !day_in_sentence) {
                    let first = (0..=c.start)
                        .rev()
                        .find(|&k| doc.sentence_start(k))
                        .unwrap_or(0);
                    if doc.is(first, super::lexicon::Word::The)
                        && doc.word(first + 1) == noun
                        && told_in_past()
                    {
                        story_day = day;
                    }
                }
                // "said 40 services had been cancelled on Monday and that the first two
                // trains this morning, the 5.52am and 6.14am, had also been withdrawn": a day
                // told in the past perfect does not move the story, but a clock time in its
                // own sentence, a few words on with no other day told there since and no
                // verb between, is on it. ("had asked yesterday to rehear testimony, before
                // returning their verdict shortly after 2 p.m.": another clause, another time.)
                if let Some(f) = self
                    .flashback_day_in(sentence)
                    .filter(|f| f.grain <= Grain::Day && f.end + 5 >= c.start)
                    .filter(|f| !(f.end..c.start).any(|k| super::tense::word_is_verb_cue(doc, k)))
                {
                    story_day = f.interval.first();
                }
                // "Crews worked overnight", "through the night" in a story of publication
                // day (or of a day still ahead, the night being told as done): the night
                // that ended that morning. "the fog was likely to return overnight": a
                // possibility is tonight's.
                let whole_night = doc.word(c.start) == "overnight"
                    || (c.end == c.start + 2
                        && doc.is(c.start, super::lexicon::Word::The)
                        && doc.word(c.start + 1) == "night");
                // "The city's fireworks show will go ahead Thursday night. ... The show is set
                // to begin at 8:45 p.m.": a story that previews a day ahead times that day's
                // event, however far down, unless its lede is today's news ("Travelers
                // jammed airports today") or the sentence says "today".
                let previewed_day = self
                    .lede_day_ahead
                    .filter(|_| !self.lede_names_publication_day)
                    .filter(|_| !names_today(doc, c.start))
                    .filter(|_| matches!(tense, Tense::Future | Tense::Present))
                    .filter(|_| story_day <= dct);
                let last_night = whole_night
                    && !matches!(tense, Tense::Future | Tense::Either)
                    && (story_day == dct || (story_day > dct && told_in_past()));
                let (base, why) =
                    if let Some(day) = self.day_looked_ahead_to(doc, c, as_told.1, sentence) {
                        (
                            day,
                            format!("looked ahead to from the day its sentence told, {day}"),
                        )
                    } else if last_night {
                        let eve = add_days(dct, -1)?;
                        (
                            eve,
                            format!("{tense_note}: the night before publication, {eve}"),
                        )
                    } else if let Some(ahead) = previewed_day {
                        (
                            ahead,
                            format!("{tense_note}: on the day ahead the story told, {ahead}"),
                        )
                    } else if matches!(tense, Tense::Future | Tense::Present) && story_day < dct {
                        (
                            dct,
                            format!("{tense_note}: on the day of publication, {dct}"),
                        )
                    } else if story_day > dct && told_in_past() {
                        // "pulled out at 5:52 a.m. Friday, with four days left before Tuesday's
                        // election. By 6:30 the Democrat was shaking hands": what is told as done
                        // is on the day the lede timed, when it timed one, not the one ahead.
                        let day = self.lede_timed_day.unwrap_or(dct);
                        (
                            day,
                            format!("{tense_note}: on the day the lede timed, {day}"),
                        )
                    } else if let Some(next) = self
                        .past_midnight(sentence, c.time)
                        // What is told as done is not past a midnight still ahead: "The mayor spoke
                        // Wednesday afternoon. The fire started around 3 a.m." on a Wednesday is
                        // that morning.
                        .filter(|&next| next <= dct || !told_in_past())
                    {
                        (
                            next,
                            format!("after the story's last time of day, so past midnight, {next}"),
                        )
                    } else if let Some(eve) = c
                        .time
                        .filter(|&t| minute_of_day(t) >= 18 * 60 && minute_of_day(t) < 24 * 60)
                        .filter(|_| told_in_past() && self.early_story_day(sentence, story_day))
                        .and_then(|_| add_days(story_day, -1))
                    {
                        // "Clinton conceded early Wednesday. The polls had closed at 8 p.m.": an
                        // evening told after the small hours is the evening before them.
                        (
                            eve,
                            format!("the evening before the story's small hours, {eve}"),
                        )
                    } else if c.time == Some(TimeOfDay::Part(PartOfDay::Night))
                        && self.in_small_hours(sentence, story_day)
                    {
                        // "At about 2 a.m. the water came in. They spent the rest of the night on
                        // the roof": the night the story is in began the evening before.
                        let eve = add_days(story_day, -1)?;
                        (
                            eve,
                            format!("the night the story's small hours belong to, begun {eve}"),
                        )
                    } else {
                        (
                            story_day,
                            format!("on the story's current day, {story_day}"),
                        )
                    };
                let (base, why) = match self.lede_part_day(c, sentence, base) {
                    Some(day) if told_in_past() => {
                        (day, format!("in the part of the day the lede told, {day}"))
                    }
                    _ => (base, why),
                };
                // "the fireworks, which begin at midnight", in a story of New Year's Day: the
                // midnight that begins the year, written as the end of Dec. 31.
                let (base, why) = match base.pred_opt() {
                    Some(eve)
                        if c.time == Some(TimeOfDay::Part(PartOfDay::Midnight))
                            && base.month() == 1
                            && base.day() == 1 =>
                    {
                        (eve, format!("the midnight that begins the year, {eve}"))
                    }
                    _ => (base, why),
                };
                Some(placed(
                    TimexType::Time,
                    base.to_string(),
                    Interval::day(base)?,
                    Grain::Day,
                    why,
                ))
            }
        }
    }

    /// "word spread on Sunday evening that the border would open at midnight": a time in a
    /// reported clause that looks ahead ("that ... would", no "and" or punctuation between
    /// "would" and the time) from a past day its sentence has told is the first such time
    /// after that day's moment, not a time on publication day. `cue` is the tense reader's.
    fn day_looked_ahead_to(
        &self,
        doc: &Doc,
        c: &Candidate,
        cue: Option<usize>,
        sentence: usize,
    ) -> Option<NaiveDate> {
        let k = cue?;
        let reported_would = doc.word(k) == "would"
            && (k.saturating_sub(4)..k).any(|j| doc.is(j, super::lexicon::Word::That))
            && (k + 1..c.start).all(|j| doc.is_word(j) && doc.word(j) != "and");
        if !reported_would {
            return None;
        }
        let told = self
            .last_day
            .filter(|f| f.sentence == sentence && f.interval.first() < self.dct)?;
        let at = c.time.map(minute_of_day)?;
        let day = told.interval.first();
        match told.minute {
            Some(m) if at <= m => add_days(day, 1),
            _ => Some(day),
        }
    }

    /// "A tornado tore through the town Sunday evening, and residents spent Memorial Day
    /// picking through what was left. ... The twister touched down at about 6:40 p.m.": the
    /// day of the part of day the lede told ([`part_span`]) that holds a clock time, when it
    /// is not `base`, the day the clock would otherwise take: earlier than it, or the small
    /// hours of an "early Friday". Not when the clock's own sentence has told another day
    /// ("Service was restored late Wednesday night, and in Europe by about 1000 GMT").
    fn lede_part_day(&self, c: &Candidate, sentence: usize, base: NaiveDate) -> Option<NaiveDate> {
        let Some(TimeOfDay::Clock { hour, minute }) = c.time else {
            return None;
        };
        let (day, span) = self
            .lede_parts
            .iter()
            .rev()
            .find(|(_, span)| span.contains(&(hour * 60 + minute)))?;
        let other_day_in_sentence = self
            .last_day
            .is_some_and(|f| f.sentence == sentence && f.interval.first() != *day);
        (*day != base && (*day < base || span.start == 0) && !other_day_in_sentence).then_some(*day)
    }

    /// Whether the story's day, within reach, was named as its early hours ("conceded early
    /// Wednesday"); an evening told after it is the evening before. (After a clock time in
    /// the small hours, an evening is as often later the same day, told in order.)
    fn early_story_day(&self, sentence: usize, story_day: NaiveDate) -> bool {
        self.last_day
            .filter(in_reach(sentence))
            .is_some_and(|f| f.early && f.interval.first() == story_day)
    }

    /// Whether the story's last time of day, on `story_day` and within reach, is in the small
    /// hours (before 5 a.m.), which belong to the night begun the evening before.
    fn in_small_hours(&self, sentence: usize, story_day: NaiveDate) -> bool {
        self.last_day
            .filter(in_reach(sentence))
            .filter(|f| f.interval.first() == story_day)
            .and_then(|f| f.minute)
            .is_some_and(|m| m < 5 * 60)
    }

    /// The next day, when a clock time told after the story's last time of day is earlier in
    /// the day but within half a day of it: the story has moved past midnight. "The road,
    /// closed Saturday night, reopened shortly after 8 a.m." is Sunday morning; "talks that
    /// began Monday afternoon ran until about 2 a.m." ended on Tuesday.
    fn past_midnight(&self, sentence: usize, time: Option<TimeOfDay>) -> Option<NaiveDate> {
        let focus = self
            .last_day
            .filter(|f| sentence.saturating_sub(f.sentence) <= FOCUS_REACH)?;
        let (before, after) = (focus.minute?, minute_of_day(time?));
        let day = 24 * 60;
        if after < before && after + day - before <= day / 2 {
            focus.interval.first().succ_opt()
        } else {
            None
        }
    }

    /// "In March 2019, a whistle-blower filed a complaint. On April 2, the inspector general
    /// opened an inquiry": a story that opens a sentence with a month long gone (a year or
    /// more before publication), and has told no day since, goes on from it; a day without a
    /// year is the first such date after the month began, within a year.
    fn after_story_month(
        &self,
        sentence: usize,
        tense: Tense,
        (m, d): (u32, u32),
    ) -> Option<NaiveDate> {
        if tense == Tense::Future {
            return None;
        }
        let month = self.framing_month.filter(in_reach(sentence))?;
        // (A day told since the month, within reach, is where the story stands.)
        if self
            .last_day
            .filter(in_reach(sentence))
            .is_some_and(|f| f.sentence >= month.sentence)
        {
            return None;
        }
        let first = month.interval.first();
        if (self.dct - first).num_days() < 366 {
            return None;
        }
        [first.year(), first.year() + 1]
            .into_iter()
            .filter_map(|y| NaiveDate::from_ymd_opt(y, m, d))
            .find(|date| *date >= first && (*date - first).num_days() < 366 && *date < self.dct)
    }

    /// A day and month told in the past while the story is far back in time ("The quake struck
    /// on Feb. 6, 2023. By Feb. 20, the toll had passed 50,000."): the one within weeks of the
    /// story's day, not of publication, as long as it is not after publication.
    fn near_past_story_day(
        &self,
        sentence: usize,
        tense: Tense,
        (m, d): (u32, u32),
    ) -> Option<NaiveDate> {
        let story = self.day_ref(sentence);
        if tense != Tense::Past || (self.dct - story).num_days() <= NEAR_DAYS {
            return None;
        }
        // The story's year and the ones either side of it, but only a day within weeks of the
        // story's: "March 31 ... Oct. 5" is no narrative.
        [story.year() - 1, story.year(), story.year() + 1]
            .into_iter()
            .filter_map(|y| NaiveDate::from_ymd_opt(y, m, d))
            .filter(|date| *date <= self.dct && (*date - story).num_days().abs() <= NEAR_DAYS)
            .min_by_key(|date| (*date - story).num_days().abs())
    }

    /// The last day the story placed, however far back, else publication: what "the next
    /// day", "that week" and "the previous Friday" count from, since they name a day only
    /// against another one.
    fn last_day_told(&self) -> NaiveDate {
        self.last_day.map_or(self.dct, |f| f.interval.first())
    }

    /// The day told in the past perfect in `sentence`, unless a day the story moved to was
    /// told after it there: what the sentence's own steps and clock times count from.
    /// ("Police said on Thursday that 14 people had been detained after the unrest, which
    /// began late Wednesday and went on until 2 a.m. the following morning": Thursday, told
    /// first, is not the unrest's day.)
    fn flashback_day_in(&self, sentence: usize) -> Option<Focus> {
        self.last_flashback_day
            .filter(|f| f.sentence == sentence)
            .filter(|f| {
                self.last_day
                    .is_none_or(|d| d.sentence < f.sentence || d.end < f.end)
            })
    }

    /// The last day told, or for what is told in the past the last such day not after
    /// publication: a schedule named since is not where a past narrative stands.
    fn day_told_for(&self, tense: Tense, sentence: usize) -> NaiveDate {
        // A flashback day told in this very sentence is what it counts from.
        if let Some(f) = self.flashback_day_in(sentence) {
            return f.interval.first();
        }
        let told = self.last_day_told();
        if tense == Tense::Past && told > self.dct {
            self.last_past_day.unwrap_or(self.dct)
        } else {
            self.day_told_ahead(tense)
        }
    }

    /// The last day told, or, in a clause that looks ahead when that day is behind
    /// publication, the last day ahead the story told ("bus routes will change on the same
    /// day", "a ceremony is planned for the previous Saturday", after "will open Jan. 9 ... On
    /// Friday the board approved the date").
    fn day_told_ahead(&self, tense: Tense) -> NaiveDate {
        let told = self.last_day_told();
        match self.last_future_day {
            Some(ahead) if tense == Tense::Future && told <= self.dct => ahead,
            _ => told,
        }
    }

    /// "It was a cold morning in February 1943 when the ship went down. Three days later,
    /// the first survivors reached Iceland": a story set in a month or year long gone, with no
    /// day told, cannot count days from publication; the days it counts stay in its period,
    /// at that period's grain.
    fn within_untold_period(&self, sentence: usize, offset: i32) -> Option<Resolved> {
        let period = self.last_period.filter(in_reach(sentence))?;
        // Any day told within reach is what the story counts from ("will reopen Oct. 15 ...
        // closed in September 2020 ... a preview the day before").
        let day_told = self.last_day.filter(in_reach(sentence)).is_some();
        let long_gone = add_days(period.interval.last(), 60).is_some_and(|d| d < self.dct);
        if day_told || !long_gone {
            return None;
        }
        let first = period.interval.first();
        let why = format!(
            "{offset:+} day(s) or week(s) from the story's period, {first}, whose day is untold"
        );
        match period.grain {
            Grain::Month => month_value(first.year(), first.month(), why),
            Grain::Year => year_value(first.year(), why),
            _ => None,
        }
    }

    /// "Bond prices steadied in early trading today after Thursday's steep sell-off": a day
    /// right after "after", when its sentence has already told a later day, is what came
    /// before that day's news, not where the story goes.
    fn after_a_later_day(&self, doc: &Doc, c: &Candidate, sentence: usize, day: NaiveDate) -> bool {
        c.start > 0
            && doc.is(c.start - 1, super::lexicon::Word::After)
            && self
                .last_day
                .is_some_and(|f| f.sentence == sentence && f.interval.first() > day)
    }

    /// "Polls published on Tuesday showed support slipping three days before Friday's
    /// referendum": a weekday counted some days from the story's day is that many days from
    /// it, when the weekdays agree; whatever the tense of the clause around it.
    fn days_from_story_day(
        &self,
        doc: &Doc,
        c: &Candidate,
        weekday: u8,
        sentence: usize,
    ) -> Option<Resolved> {
        let k = c.start.checked_sub(3)?;
        let sign = match doc.word(c.start - 1) {
            "before" => 1,
            "after" => -1,
            _ => return None,
        };
        if doc.unit(k + 1) != Some((Unit::Day, true)) {
            return None;
        }
        let n = match doc.lex(k) {
            super::lexicon::Lex::Cardinal(n) => i64::from(n),
            _ => doc.raw(k).parse::<i64>().ok()?,
        };
        let base = self.day_ref(sentence);
        let day = add_days(base, sign * n)?;
        (day.weekday().num_days_from_monday() == u32::from(weekday)).then_some(())?;
        let side = if sign > 0 { "after" } else { "before" };
        day_value(
            day,
            format!(
                "{n} days {side} the story's day, {base}, and a {}",
                weekday_name(weekday)
            ),
        )
    }

    /// The story's current day: the last day placed within reach, else publication.
    fn day_ref(&self, sentence: usize) -> NaiveDate {
        match self.last_day {
            Some(f) if sentence.saturating_sub(f.sentence) <= FOCUS_REACH => f.interval.first(),
            _ => self.dct,
        }
    }

    /// The year a stated or story-relative year reference names; `None` when the text leaves
    /// it implied.
    fn stated_year(&self, year: YearRef, sentence: usize) -> Option<i32> {
        match year {
            YearRef::Absolute(y) => Some(y),
            YearRef::Relative(r) => Some(self.dct.year() + r),
            YearRef::Narrative(shift) => Some(
                self.period_ref(sentence)
                    .map_or(self.dct.year(), |f| f.interval.first().year())
                    + shift,
            ),
            // Counting back is done by the rule that knows its period's calendar.
            YearRef::Implied | YearRef::Ago(_) => None,
        }
    }

    /// The year named from publication earlier in the same sentence ("Last year, officers made
    /// 14 arrests on Halloween"; "from last year, when Easter fell in mid-April"), if the
    /// tense agrees with it: a past verb cannot reach into a year still ahead, nor a future
    /// one into a year gone. A year written out ("built in 1932") is a fact of its own clause
    /// more often than the frame of the sentence, and does not count.
    fn year_of_sentence(&self, doc: &Doc, at: usize, sentence: usize, tense: Tense) -> Option<i32> {
        let (y, _, start, end) = self.sentence_year.filter(|(_, s, _, _)| *s == sentence)?;
        // "a trial could begin early next year; the court is closed Monday for Memorial Day":
        // a semicolon opens a clause of its own. So does ", and" or ", but" before a new
        // subject ("Last year's event drew 31,000 people, and tickets for this one went on
        // sale April 1"); before a verb ("sales fell in March, and rose in April") the
        // subject, and the year, carry on.
        let new_clause = |k: usize| {
            doc.punct(k, ';')
                || (doc.punct(k, ',')
                    && matches!(doc.word(k + 1), "and" | "but")
                    && doc.is_word(k + 2)
                    && !super::tense::word_is_verb_cue(doc, k + 2))
        };
        // ("Ten years ago we would have called this a disaster drill," said a nurse who has
        // worked double shifts since Christmas: a year inside a quotation frames nothing
        // past its close.)
        let quoted = start > 0 && doc.quote_mark(start - 1) && (end..at).any(|k| doc.quote_mark(k));
        if quoted || (end..at).any(new_clause) {
            return None;
        }
        // A year stated in figures that frames the sentence ("In 2020, the deadline was
        // moved to July 15") holds whatever the tense says: a date a move or a deadline
        // looks ahead to is still in that year.
        let stated = self.year_in_figures(doc);
        let agrees = match tense {
            _ if stated => true,
            Tense::Past => y <= self.dct.year(),
            Tense::Future => y >= self.dct.year(),
            _ => true,
        };
        agrees.then_some(y)
    }

    /// The day told earlier in this sentence, when it is more than a year before publication:
    /// the story is back in history there.
    fn story_day_long_gone(&self, sentence: usize) -> Option<NaiveDate> {
        let day = self
            .last_day
            .filter(|f| f.sentence == sentence)?
            .interval
            .first();
        ((self.dct - day).num_days() > 366).then_some(day)
    }

    /// Whether the year the sentence named ([`Self::year_of_sentence`]) is stated in figures
    /// ("In 2020"), which holds whatever the tense says, as a relative one ("next year") may
    /// not.
    fn year_in_figures(&self, doc: &Doc) -> bool {
        self.sentence_year
            .is_some_and(|(_, _, start, _)| doc.is_number(start))
    }

    /// Whether the year the sentence named ([`Self::year_of_sentence`]) opens it, a frame
    /// rather than a possessive ("next year's date").
    fn year_opens_sentence(&self, doc: &Doc) -> bool {
        self.sentence_year.is_some_and(|(_, _, start, end)| {
            let possessive = doc.apostrophe_s(end);
            frames_sentence(doc, start) && !possessive
        })
    }

    /// The period the story is in, within reach: the last day told or the last period named,
    /// whichever came later in the text.
    fn story_period(&self, sentence: usize) -> Option<Interval> {
        let period = self.last_period.filter(in_reach(sentence));
        let day = self.last_day.filter(in_reach(sentence));
        later_told(period, day).map(|f| f.interval)
    }

    /// A reading a few rules ask for before their expression's own, from where the story is:
    /// "by the end of the year" in a story back in history, "the holiday weekend", "for the
    /// full year" in an earnings story. `None` leaves the expression to its resolver.
    fn story_reading(
        &self,
        doc: &Doc,
        c: &Candidate,
        (tense, cue): (Tense, Option<usize>),
        sentence: usize,
    ) -> Option<Resolved> {
        // "At least 40 lenders have closed since the start of the year": a count still
        // running is of publication's year, whatever year the story last named. (One that
        // had run, "had risen 40 percent since the start of the year", is the story's.)
        let running_since =
            c.start > 0 && doc.word(c.start - 1) == "since" && !past_perfect_cue(doc, cue);
        match c.rule {
            rule_name::END_OF_THE_UNIT if tense == Tense::Past && !running_since => {
                self.story_period_at_an_end(c, sentence)
            }
            rule_name::THE_HOLIDAY_WEEKEND => {
                holiday_weekend_near(self.dct, tense, self.last_holiday)
            }
            rule_name::THE_FULL_YEAR if tense == Tense::Past => self.reported_full_year(sentence),
            _ => None,
        }
    }

    /// "The bridge opened in May 1937. By the end of the year, a million people had crossed
    /// it": told in the past, the end (or start, or middle) of "the year", "the month" or
    /// "the decade" is of the story's period, when the story is back in history (two years
    /// or more before publication's). Told otherwise ("expects to finish by the end of the
    /// year"), or in a story of last year, it is publication's, as the rule reads it.
    fn story_period_at_an_end(&self, c: &Candidate, sentence: usize) -> Option<Resolved> {
        let Expr::Relative {
            unit, offset: 0, ..
        } = c.expr
        else {
            return None;
        };
        let dct = self.dct;
        match unit {
            Unit::Year | Unit::Decade => {
                let period = self.period_ref(sentence)?.interval;
                let y = period.first().year();
                // ("since the start of the year", after "the late 1990s": a decade is no year
                // of the story's.)
                let within_a_year = (period.last() - period.first()).num_days() < 366;
                if unit == Unit::Year && y < dct.year() - 1 && within_a_year {
                    year_value(y, format!("the story's year, {y}, told in the past"))
                } else if unit == Unit::Decade
                    && y < dct.year() - 1
                    && y.div_euclid(10) < dct.year().div_euclid(10)
                {
                    decade_value(
                        y.div_euclid(10),
                        format!("the decade of the story's year, {y}, told in the past"),
                    )
                } else {
                    None
                }
            }
            Unit::Month => {
                let base = self.story_month(sentence)?.interval.first();
                if base.year() >= dct.year() - 1 {
                    return None;
                }
                month_value(
                    base.year(),
                    base.month(),
                    format!(
                        "the story's month, {}, told in the past",
                        base.format("%Y-%m")
                    ),
                )
            }
            _ => None,
        }
    }

    /// "Fourth-quarter profit rose 12 percent. For the full year, the company earned $190
    /// million": in an earnings story, the full year told in the past is the one the
    /// reported quarter or half is in, whichever year the story is published in. (A
    /// forecast "for the full year" is publication's.)
    fn reported_full_year(&self, sentence: usize) -> Option<Resolved> {
        let f = self
            .period_ref(sentence)
            .filter(|f| matches!(f.grain, Grain::Quarter | Grain::Half))
            .or(self.last_quarter.filter(in_reach(sentence)))?;
        let y = f.interval.first().year();
        year_value(y, format!("the year of the quarter the story reports, {y}"))
    }

    /// The story's month: the later told of its last day and its last month, within reach.
    fn story_month(&self, sentence: usize) -> Option<Focus> {
        let month = self.last_story_month.filter(in_reach(sentence));
        let day = self.last_day.filter(in_reach(sentence));
        later_told(month, day)
    }

    /// The story's current period, within reach.
    fn period_ref(&self, sentence: usize) -> Option<Focus> {
        self.last_period
            .filter(|f| sentence.saturating_sub(f.sentence) <= FOCUS_REACH)
    }

    /// A date from its stated parts (`Expr::Calendar`: year, month, day, weekday).
    fn calendar(
        &self,
        (year, month, day, weekday): (Option<i32>, Option<u32>, Option<u32>, Option<u8>),
        (tense, tense_note): (Tense, &str),
        sentence: usize,
        clause_year: Option<i32>,
    ) -> Option<Resolved> {
        let dct = self.dct;
        match (year, month, day) {
            (Some(y), Some(m), Some(d)) => {
                let date = NaiveDate::from_ymd_opt(y, m, d)?;
                day_value(date, "the date as written".to_string())
            }
            (None, Some(m), Some(d)) => {
                let options = [dct.year() - 1, dct.year(), dct.year() + 1]
                    .map(|y| NaiveDate::from_ymd_opt(y, m, d));
                // A stated weekday settles the year where one agrees: near publication, or,
                // when none there does, near the day of a story back in history ("the Allies
                // announced it on Tuesday, May 8", in a story of 1945).
                let agrees = |date: &NaiveDate| {
                    weekday.is_some_and(|w| date.weekday().num_days_from_monday() == u32::from(w))
                };
                let mut agreeing: Vec<NaiveDate> =
                    options.iter().flatten().copied().filter(agrees).collect();
                let story_year = self.day_ref(sentence).year();
                if agreeing.is_empty() && story_year < dct.year() - 1 {
                    agreeing = [story_year - 1, story_year, story_year + 1]
                        .into_iter()
                        .filter_map(|y| NaiveDate::from_ymd_opt(y, m, d))
                        .filter(agrees)
                        .collect();
                }
                let in_year = clause_year.and_then(|y| NaiveDate::from_ymd_opt(y, m, d));
                let (date, why) = if let Some(date) = in_year.filter(|_| agreeing.len() != 1) {
                    (
                        date,
                        format!("in {}, the year this sentence is about", date.year()),
                    )
                } else if agreeing.len() == 1 {
                    (
                        agreeing[0],
                        format!(
                            "the year in which {} falls on a {}",
                            agreeing[0].format("%B %-d"),
                            agreeing[0].format("%A")
                        ),
                    )
                } else if let Some(date) = self
                    .last_implied_month
                    .filter(|f| sentence.saturating_sub(f.sentence) <= 1)
                    .filter(|f| f.interval.first().month() == m)
                    // "announced in January that she would not run, and the winner will take
                    // office on Jan. 3": a future verb cannot reach into a month gone.
                    .filter(|f| !(tense == Tense::Future && f.interval.last() < dct))
                    .and_then(|f| NaiveDate::from_ymd_opt(f.interval.first().year(), m, d))
                {
                    // "killed four people last February. The fire broke out on Feb. 13": a
                    // day of the month the story just named is in that month.
                    (
                        date,
                        format!("in {}, the month the story is in", date.format("%B %Y")),
                    )
                } else if let Some(date) = self.after_story_month(sentence, tense, (m, d)) {
                    (
                        date,
                        format!(
                            "{tense_note}: the first such date after the story's month, long gone"
                        ),
                    )
                } else if let Some(date) = self.near_past_story_day(sentence, tense, (m, d)) {
                    (
                        date,
                        format!(
                            "{tense_note}: the nearest such date to the story's day, {}",
                            self.day_ref(sentence)
                        ),
                    )
                } else {
                    let date = pick_day(tense, dct, options)?;
                    let rule = if (date - dct).num_days().abs() <= NEAR_DAYS {
                        "the nearest such date, within weeks of publication".to_string()
                    } else {
                        pick_rule(tense, "date")
                    };
                    (date, format!("{tense_note}: {rule}"))
                };
                day_value(date, why)
            }
            (Some(y), Some(m), None) => month_value(y, m, format!("{} of {y}", month_name(m))),
            // "Next year the festival will move to June": the month of the year the sentence
            // has named.
            (None, Some(m), None) if clause_year.is_some() => {
                let y = clause_year?;
                month_value(
                    y,
                    m,
                    format!("{} of {y}, the year this sentence is about", month_name(m)),
                )
            }
            (None, Some(m), None) => {
                let options = [dct.year() - 1, dct.year(), dct.year() + 1]
                    .map(|y| NaiveDate::from_ymd_opt(y, m, 1));
                let first = pick_month(tense, dct, options)?;
                month_value(
                    first.year(),
                    m,
                    format!("{tense_note}: {}", pick_rule(tense, "month")),
                )
            }
            (Some(y), None, None) => year_value(y, format!("the year {y}")),
            // "on the 29th": that day of the story's month, or of the month either side of
            // it: the last one gone by for what is told in the past, the next one to come for
            // what lies ahead, otherwise the one nearest the story's day.
            (None, None, Some(d)) => {
                let base = self.day_ref(sentence);
                let first = NaiveDate::from_ymd_opt(base.year(), base.month(), 1)?;
                let options = [-1, 0, 1].map(|k| {
                    shift_months(first, k)
                        .and_then(|f| NaiveDate::from_ymd_opt(f.year(), f.month(), d))
                });
                let from = if matches!(tense, Tense::Past | Tense::Future) {
                    dct
                } else {
                    base
                };
                // "Friday the 13th": with its weekday, the nearest month that way whose day
                // falls on it.
                if let Some(w) = weekday {
                    let agrees =
                        |date: &NaiveDate| date.weekday().num_days_from_monday() == u32::from(w);
                    let months = (-12..=12).filter_map(|k| {
                        shift_months(first, k)
                            .and_then(|f| NaiveDate::from_ymd_opt(f.year(), f.month(), d))
                            .filter(agrees)
                    });
                    let date = match tense {
                        Tense::Past => months.filter(|date| *date <= from).max(),
                        Tense::Future | Tense::Present => months.filter(|date| *date >= from).min(),
                        _ => months.min_by_key(|date| (*date - from).num_days().abs()),
                    }?;
                    return day_value(
                        date,
                        format!(
                            "{tense_note}: the nearest day {d} that is a {}",
                            weekday_name(w)
                        ),
                    );
                }
                let date = pick_by_tense(tense, from, options)?;
                day_value(
                    date,
                    format!("{tense_note}: day {d} of the month, counted from {base}"),
                )
            }
            _ => None,
        }
    }

    fn weekday(
        &self,
        weekday: u8,
        shift: Shift,
        (tense, tense_note): (Tense, &str),
        sentence: usize,
    ) -> Option<Resolved> {
        let dct = self.dct;
        let target = u32::from(weekday);
        let today = dct.weekday().num_days_from_monday();
        let back = i64::from((today + 7 - target) % 7);
        let ahead = i64::from((target + 7 - today) % 7);
        let name = weekday_name(weekday);
        let (day, why) = match shift {
            Shift::Bare | Shift::This
                if matches!(tense, Tense::Future | Tense::Present)
                    || (shift == Shift::This && target > today) =>
            {
                (
                    add_days(dct, ahead)?,
                    format!("{tense_note}: the first {name} on or after {dct}"),
                )
            }
            Shift::Bare if matches!(tense, Tense::Either | Tense::Unknown) && ahead < back => (
                add_days(dct, ahead)?,
                format!("{tense_note}: the nearest {name}, on or after {dct}"),
            ),
            // "climbed over the fence last Thursday ... slipped out at 3:10 p.m. Thursday",
            // said on a Thursday: the Thursday the story named, not today (unless the story
            // had already called today by its weekday).
            Shift::Bare
                if back == 0
                    && !self.weekday_named_publication_day
                    && self.last_weekday_a_week_back.is_some() =>
            {
                let day = self.last_weekday_a_week_back?;
                (
                    day,
                    format!("{tense_note}: the {name} the story called \"last\", {day}"),
                )
            }
            Shift::Bare | Shift::This => (
                add_days(dct, -back)?,
                format!("{tense_note}: the most recent {name} on or before {dct}"),
            ),
            // "set out on Monday, March 12 ... failed to come home that Wednesday": the first
            // such day on or after the story's.
            Shift::That => {
                let base = self.day_told_for(tense, sentence);
                let today = base.weekday().num_days_from_monday();
                let ahead = i64::from((target + 7 - today) % 7);
                (
                    add_days(base, ahead)?,
                    format!("\"that\": the {name} on or after the story's day, {base}"),
                )
            }
            Shift::Last => (
                add_days(dct, -(if back == 0 { 7 } else { back }))?,
                format!("\"last\": the most recent {name} before {dct}"),
            ),
            Shift::Coming => (
                add_days(dct, if ahead == 0 { 7 } else { ahead })?,
                format!("\"this coming\": the first {name} after {dct}"),
            ),
            // "next Friday" is the Friday of next week: said on a Wednesday, nine days on,
            // not two ("this Friday"). All six "next" + weekday in the annotated news agree.
            Shift::Next => {
                let monday = add_days(dct, -i64::from(today))?;
                (
                    add_days(monday, 7 + i64::from(target))?,
                    format!("\"next\": the {name} of the week after {dct}'s"),
                )
            }
            Shift::Previous | Shift::Following => {
                // "during tests over the Thanksgiving weekend; a second test the following
                // Monday": a weekend or week told in this sentence, after the story's day,
                // is what the weekday follows or precedes.
                let week = self
                    .last_period
                    .filter(|f| matches!(f.grain, Grain::Week | Grain::Weekend))
                    .filter(|f| f.sentence == sentence)
                    .filter(|f| self.last_day.is_none_or(|d| d.sentence <= f.sentence));
                // ("Rides will be free through Sunday, Sept. 16, and fares will begin the
                // following Monday": the end of a stretch told in this sentence, after the
                // story's day.)
                let bound = self
                    .last_bound_day
                    .filter(|f| f.sentence == sentence && shift == Shift::Following)
                    .filter(|f| {
                        self.last_day
                            .is_none_or(|d| d.sentence < f.sentence || d.end < f.end)
                    });
                let base = match (week, shift) {
                    (Some(f), Shift::Following) => f.interval.last(),
                    (Some(f), _) => f.interval.first(),
                    (None, _) => match bound {
                        Some(f) => f.interval.first(),
                        None => self.day_told_for(tense, sentence),
                    },
                };
                // "had been scheduled to finish on May 10 ... met again the following
                // Monday", told a few days after: what was done the week after the story's
                // day would still be ahead, so it follows the day told in the past perfect.
                let base = match self.last_flashback_day.filter(in_reach(sentence)) {
                    Some(f)
                        if shift == Shift::Following
                            && tense == Tense::Past
                            && f.interval.first() < base
                            && super::engine::weekday_after(base, weekday)
                                .is_some_and(|d| d > dct) =>
                    {
                        f.interval.first()
                    }
                    _ => base,
                };
                let today = base.weekday().num_days_from_monday();
                if shift == Shift::Previous {
                    let back = i64::from((today + 7 - target) % 7);
                    (
                        add_days(base, -(if back == 0 { 7 } else { back }))?,
                        format!("the {name} before the story's day, {base}"),
                    )
                } else {
                    let ahead = i64::from((target + 7 - today) % 7);
                    (
                        add_days(base, if ahead == 0 { 7 } else { ahead })?,
                        format!("the {name} after the story's day, {base}"),
                    )
                }
            }
        };
        day_value(day, why)
    }

    fn season(
        &self,
        season: Season,
        shift: Shift,
        year: YearRef,
        tense: Tense,
        tense_note: &str,
        sentence: usize,
    ) -> Option<Resolved> {
        let dct = self.dct;
        let hemisphere = self.hemisphere;
        let occurrence = |y: i32| hemisphere.season(y, season).map(|i| (y, i));
        let years = [dct.year() - 2, dct.year() - 1, dct.year(), dct.year() + 1];
        let all: Vec<(i32, Interval)> = years.iter().filter_map(|&y| occurrence(y)).collect();
        let current = all.iter().copied().find(|(_, i)| i.contains(dct));
        // "last summer": the most recent one over before publication, not the one under way.
        let last_over = || {
            all.iter()
                .copied()
                .rev()
                .find(|(_, i)| i.last() < dct && Some(*i) != current.map(|c| c.1))
        };
        let name = season_name(season);
        let story = matches!(shift, Shift::Following | Shift::Previous)
            .then(|| self.story_period(sentence))
            .flatten();
        let (y, why) = match (shift, year) {
            (_, YearRef::Absolute(y)) => (y, format!("{name} {y}")),
            (_, YearRef::Relative(r)) => (
                dct.year() + r,
                format!("{name} of the year {} relative to {dct}", signed(r)),
            ),
            (_, YearRef::Narrative(shift)) => {
                let y = self
                    .period_ref(sentence)
                    .map_or(dct.year(), |f| f.interval.first().year())
                    + shift;
                (y, format!("{name} of the year the story is about, {y}"))
            }
            // "It reopened the following spring", "the previous winter": counted from the
            // period the story is in, when it has named one.
            (Shift::Following | Shift::Previous, _) if story.is_some() => {
                let base = story?;
                let mut around =
                    (base.first().year() - 1..=base.last().year() + 1).filter_map(&occurrence);
                let found = if shift == Shift::Following {
                    around.find(|(_, i)| i.first() > base.last())
                } else {
                    around.rfind(|(_, i)| i.last() < base.first())
                };
                let (y, _) = found?;
                let side = if shift == Shift::Following {
                    "after"
                } else {
                    "before"
                };
                (
                    y,
                    format!(
                        "the first {name} {side} the story's period, {}",
                        base.first()
                    ),
                )
            }
            // "two summers ago": the one before last summer.
            (_, YearRef::Ago(n)) => {
                let (last, _) = last_over()?;
                let y = last.checked_sub(i32::try_from(n).ok()? - 1)?;
                (
                    y,
                    format!("{n} {name}s back from the most recent before {dct}"),
                )
            }
            (Shift::Last | Shift::Previous, _) => {
                let (y, _) = last_over()?;
                (y, format!("\"last\": the most recent {name} before {dct}"))
            }
            (Shift::Next | Shift::Coming | Shift::Following, _) => {
                let (y, _) = all.iter().copied().find(|(_, i)| i.first() > dct)?;
                (y, format!("\"next\": the first {name} after {dct}"))
            }
            (Shift::This, _) => match current {
                Some((y, _)) => (y, format!("\"this\": the {name} under way on {dct}")),
                // "said this winter had been exceptionally difficult", told in March: the one
                // that ended weeks ago, unless the sentence looks ahead.
                None if tense != Tense::Future
                    && last_over().is_some_and(|(_, i)| (dct - i.last()).num_days() <= 31) =>
                {
                    let (y, _) = last_over()?;
                    (y, format!("\"this\": the {name} just over on {dct}"))
                }
                None => {
                    let y = if season == Season::Winter && dct.month() <= 2 {
                        dct.year() - 1
                    } else {
                        dct.year()
                    };
                    (y, format!("\"this\": the {name} of {}", dct.year()))
                }
            },
            (Shift::Bare | Shift::That, YearRef::Implied) => {
                let pick = match (tense, current) {
                    (_, Some(c)) => c,
                    (Tense::Past, None) => {
                        all.iter().copied().rev().find(|(_, i)| i.first() <= dct)?
                    }
                    (Tense::Future, None) => all.iter().copied().find(|(_, i)| i.first() >= dct)?,
                    (_, None) => {
                        let y = if season == Season::Winter && dct.month() <= 2 {
                            dct.year() - 1
                        } else {
                            dct.year()
                        };
                        // "They tell me maybe next month, maybe in the spring", said in
                        // December: with no tense to decide, a season long over this year
                        // yields to the next one, weeks away.
                        let this = occurrence(y)?;
                        let next = occurrence(y + 1)?;
                        if (dct - this.1.last()).num_days() > 120
                            && (next.1.first() - dct).num_days() <= 120
                        {
                            next
                        } else {
                            this
                        }
                    }
                };
                (
                    pick.0,
                    format!("{tense_note}: {}", pick_rule(tense, "season")),
                )
            }
        };
        let interval = self.hemisphere.season(y, season)?;
        Some(placed(
            TimexType::Date,
            format!("{y:04}-{}", season.code()),
            interval,
            Grain::Season,
            why,
        ))
    }

    /// The quarter the story is reporting on, within reach: the period it is in when that is
    /// a quarter, else the last quarter it named. ("the quarter ending Dec. 31, compared with
    /// 64 cents in the year-ago quarter": a day named since the quarter does not take the
    /// story off it.)
    fn quarter_reported(&self, sentence: usize) -> Option<Focus> {
        self.period_ref(sentence)
            .filter(|f| f.grain == Grain::Quarter)
            .or(self.last_quarter.filter(in_reach(sentence)))
    }

    /// "We are pleased with our performance this quarter", in a report published weeks after
    /// the quarter it reports on ended: that quarter, not the one under way, when the clause
    /// does not look ahead.
    fn reported_this_quarter(
        &self,
        doc: &Doc,
        c: &Candidate,
        (unit, offset): (Unit, i32),
        tense: Tense,
        sentence: usize,
    ) -> Option<Resolved> {
        if unit != Unit::Quarter
            || offset != 0
            || doc.word(c.start) != "this"
            || matches!(tense, Tense::Future | Tense::Either)
        {
            return None;
        }
        let focus = self.quarter_reported(sentence)?;
        let ended = focus.interval.last();
        let reported = quarter_of(focus.interval.first());
        let just_ended = ended < self.dct && (self.dct - ended).num_days() <= 45;
        (just_ended && reported == shift_quarter(quarter_of(self.dct), -1)).then_some(())?;
        quarter_value(
            reported.0,
            reported.1,
            format!("this quarter, the one the story reports on, ended {ended}"),
        )
    }

    fn quarter_ref(
        &self,
        kind: QuarterRef,
        year: Option<i32>,
        sentence: usize,
    ) -> Option<Resolved> {
        let dct = self.dct;
        let current = quarter_of(dct);
        let latest_completed = shift_quarter(current, -1);
        let focus = self.quarter_reported(sentence);
        let focus_quarter = focus.map(|f| quarter_of(f.interval.first()));
        let ((y, q), why) = match kind {
            QuarterRef::Current => (current, format!("the quarter under way on {dct}")),
            QuarterRef::Reported => match focus_quarter {
                Some(fq) => (fq, "the quarter the story is reporting on".to_string()),
                None => (
                    latest_completed,
                    format!("the last quarter completed before {dct}"),
                ),
            },
            // "no estimate of the impact on fourth-quarter results. In the latest quarter,
            // Aetna had a loss": the latest quarter has ended; one still running is not it.
            QuarterRef::Latest => match focus.filter(|f| f.interval.last() < dct) {
                Some(f) => (
                    quarter_of(f.interval.first()),
                    "the quarter the story is reporting on".to_string(),
                ),
                None => (
                    latest_completed,
                    format!("the last quarter completed before {dct}"),
                ),
            },
            QuarterRef::That => (
                focus_quarter.unwrap_or(latest_completed),
                "the quarter named before".to_string(),
            ),
            QuarterRef::YearAgo => {
                // A comparison is with a quarter reported, not one forecast in an earlier
                // sentence: "losses through the third quarter of 1990. ... In the year-ago
                // period" is a year before the quarter just ended.
                // ("net income in its fiscal fourth quarter, which ended June 30, rose 18
                // percent ... up from $34.9 million in the year-earlier period": a fiscal
                // quarter is written by its label, whose calendar months may lie ahead; told
                // in the sentence before, it is the one reported.)
                let base = focus
                    .filter(|f| f.interval.first() <= dct || f.sentence + 1 >= sentence)
                    .map_or(latest_completed, |f| quarter_of(f.interval.first()));
                (
                    (base.0 - 1, base.1),
                    format!("the same quarter a year before {}-Q{}", base.0, base.1),
                )
            }
        };
        // "the 1988 quarter": the quarter in question, in the year stated.
        let (y, why) = match year {
            Some(stated) => (stated, format!("{why}, in {stated}")),
            None => (y, why),
        };
        quarter_value(y, q, why)
    }

    fn relative(
        &self,
        unit: Unit,
        offset: i32,
        reckoning: Reckoning,
        tense: Tense,
        tense_note: &str,
    ) -> Option<Resolved> {
        let dct = self.dct;
        let rel = match offset {
            0 => "this".to_string(),
            -1 => "last".to_string(),
            1 => "next".to_string(),
            n => format!("{n:+}"),
        };
        match unit {
            Unit::Day => {
                let day = add_days(dct, i64::from(offset))?;
                let word = match offset {
                    0 => "today".to_string(),
                    -1 => "yesterday".to_string(),
                    1 => "tomorrow".to_string(),
                    n => format!("{n:+} days"),
                };
                day_value(day, format!("{word}, counted from publication on {dct}"))
            }
            Unit::Week if reckoning == Reckoning::Trailing => {
                // "the past week", "the last week": the seven days before publication, named
                // by the week their middle falls in.
                let middle = add_days(dct, -3)?;
                week_value(
                    middle,
                    format!("the seven days before publication on {dct}"),
                )
            }
            // "The Commerce Department reports new-home sales this week", said on a Sunday:
            // the week that starts the next day, as a Sunday paper's readers count it, unless
            // told as past ("polls taken this week").
            Unit::Week if offset == 0 && dct.weekday() == Weekday::Sun && tense != Tense::Past => {
                let day = add_days(dct, 1)?;
                week_value(
                    day,
                    format!(
                        "this week, said on a Sunday ({dct}) of what is to come: the week ahead"
                    ),
                )
            }
            Unit::Week | Unit::Fortnight => {
                let day = add_days(dct, 7 * i64::from(offset))?;
                week_value(
                    day,
                    format!("{rel} week, counted from publication on {dct}"),
                )
            }
            Unit::Weekend => {
                let sat = saturday_of_week(dct)?;
                let this = if reckoning == Reckoning::Nearest
                    && dct.weekday() == Weekday::Sun
                    && tense == Tense::Future
                {
                    // "should climb into the 60s by the weekend", said on a Sunday: the
                    // weekend under way is all but over; the next one is meant.
                    add_days(sat, 7)?
                } else if dct.weekday() == Weekday::Sat || dct.weekday() == Weekday::Sun {
                    sat
                } else if (reckoning == Reckoning::Nearest && weekend_behind(dct, tense))
                    || (offset == 0 && tense == Tense::Past)
                {
                    // "It snowed this weekend", said on a weekday: the weekend just gone.
                    add_days(sat, -7)?
                } else {
                    sat
                };
                let day = add_days(this, 7 * i64::from(offset))?;
                let why = if reckoning == Reckoning::Nearest {
                    format!("{tense_note}: the weekend nearest {dct} in that direction")
                } else {
                    format!("{rel} weekend, counted from publication on {dct}")
                };
                weekend_value(day, why)
            }
            Unit::Month => {
                let first = NaiveDate::from_ymd_opt(dct.year(), dct.month(), 1)?;
                let first = shift_months(first, offset)?;
                month_value(
                    first.year(),
                    first.month(),
                    format!("{rel} month, counted from publication on {dct}"),
                )
            }
            Unit::Quarter => {
                let (y, q) = shift_quarter(quarter_of(dct), offset);
                quarter_value(
                    y,
                    q,
                    format!("{rel} quarter, counted from publication on {dct}"),
                )
            }
            // "the new year": the one about to begin in the second half of a year, or just
            // begun in the first. Once January is over, one still to come is next year's:
            // "will report in the new year", said in March.
            Unit::Year if reckoning == Reckoning::Nearest => {
                let ahead = match tense {
                    Tense::Future => dct.month() >= 2,
                    _ => dct.month() >= 7,
                };
                let y = dct.year() + i32::from(ahead);
                year_value(
                    y,
                    format!("{tense_note}: the new year nearest publication on {dct}"),
                )
            }
            Unit::Year if reckoning == Reckoning::School => {
                let begun = if dct.month() >= 8 {
                    dct.year()
                } else {
                    dct.year() - 1
                };
                let y = begun + offset;
                year_value(
                    y,
                    format!("{rel} school year, named by the year it begins in, {y}"),
                )
            }
            Unit::Year => {
                let y = dct.year() + offset;
                year_value(y, format!("{rel} year, counted from publication on {dct}"))
            }
            Unit::Decade => decade_value(
                dct.year().div_euclid(10) + offset,
                format!("{rel} decade, counted from publication on {dct}"),
            ),
            Unit::Century => {
                let c = dct.year().div_euclid(100) + offset;
                Some(placed(
                    TimexType::Date,
                    format!("{c:02}"),
                    Interval::years(c * 100, 100)?,
                    Grain::Century,
                    format!("{rel} century"),
                ))
            }
            _ => None,
        }
    }

    /// "a year ago this week", "two months ago today": publication's week or day, moved back
    /// (or ahead) by whole months or years.
    fn ago_keeping(
        &self,
        amount: Amount,
        unit: Unit,
        sign: i32,
        keep: Unit,
        on: Option<u8>,
    ) -> Option<Resolved> {
        let dct = on.map_or(self.dct, |w| nearest_weekday(self.dct, w));
        // A count from the text may be any size: no arithmetic here may overflow.
        // In months where the unit is a year or longer: "half a century" is 600.
        let months_per_unit = match unit {
            Unit::Year => 12,
            Unit::Decade => 120,
            Unit::Century => 1200,
            _ => 0,
        };
        let (n, months) = match amount {
            Amount::Count(n) => {
                let n = i32::try_from(n).ok()?;
                (n, n.checked_mul(months_per_unit)?)
            }
            Amount::Half(n) if months_per_unit > 0 => {
                let n = i32::try_from(n).ok()?;
                (
                    n,
                    n.checked_mul(months_per_unit)?
                        .checked_add(months_per_unit / 2)?,
                )
            }
            Amount::Half(_) | Amount::Hundredths(_) | Amount::Some => return None,
        };
        let day = match unit {
            Unit::Week => add_days(dct, i64::from(sign) * 7 * i64::from(n))?,
            Unit::Month => shift_months(dct, sign.checked_mul(n)?)?,
            Unit::Year | Unit::Decade | Unit::Century => {
                shift_months(dct, sign.checked_mul(months)?)?
            }
            _ => return None,
        };
        let why = format!(
            "publication's {} ({dct}) {n} {} {}",
            unit_name(keep, 1),
            unit_name(unit, n),
            if sign < 0 { "earlier" } else { "later" }
        );
        match keep {
            Unit::Day => day_value(day, why),
            Unit::Week => week_value(day, why),
            Unit::Weekend => weekend_value(saturday_of_week(day)?, why),
            Unit::Month => month_value(day.year(), day.month(), why),
            _ => None,
        }
    }

    /// `compares`: "a year ago" in a sentence that compares figures, read against the period
    /// the story reports on.
    fn ago(
        &self,
        amount: Amount,
        unit: Unit,
        sign: i32,
        compares: bool,
        sentence: usize,
    ) -> Option<Resolved> {
        let dct = self.dct;
        // "a year and a half ago" is 18 months ago, placed at the month.
        if let (Amount::Half(n), Unit::Year) = (amount, unit) {
            let months = n.checked_mul(12)?.checked_add(6)?;
            return self.ago(Amount::Count(months), Unit::Month, sign, false, sentence);
        }
        let n = match amount {
            Amount::Count(n) | Amount::Half(n) => n as i32,
            Amount::Hundredths(_) => return None,
            Amount::Some => {
                return Some(Resolved {
                    kind: TimexType::Date,
                    value: if sign < 0 { "PAST_REF" } else { "FUTURE_REF" }.to_string(),
                    modifier: None,
                    interval: None,
                    grain: None,
                    why: "an unstated number of units from publication".to_string(),
                });
            }
        };
        let k = n * sign;
        // "a year ago" in a story about a quarter is that quarter a year before; "41 years
        // ago" is history, counted from publication.
        if compares {
            if let Some(f) = self.compared_period(sentence) {
                return shift_period(f, k, self.hemisphere);
            }
        }
        let word = if sign < 0 { "before" } else { "after" };
        let why = format!("{n} {} {word} publication on {dct}", unit_name(unit, n));
        match unit {
            Unit::Day | Unit::Night => {
                let day = add_days(dct, i64::from(k))?;
                day_value(day, why)
            }
            Unit::Week => week_value(add_days(dct, 7 * i64::from(k))?, why),
            Unit::Weekend => {
                weekend_value(saturday_of_week(add_days(dct, 7 * i64::from(k))?)?, why)
            }
            Unit::Fortnight => week_value(add_days(dct, 14 * i64::from(k))?, why),
            Unit::Month => {
                let day = shift_months(dct, k)?;
                month_value(day.year(), day.month(), why)
            }
            Unit::Quarter => {
                let (y, q) = shift_quarter(quarter_of(dct), k);
                quarter_value(y, q, why)
            }
            Unit::Year => {
                let y = dct.year() + k;
                year_value(y, why)
            }
            Unit::Decade | Unit::Century | Unit::Millennium => {
                let y = dct.year()
                    + k * if unit == Unit::Decade {
                        10
                    } else if unit == Unit::Century {
                        100
                    } else {
                        1000
                    };
                year_value(y, why)
            }
            Unit::Second | Unit::Minute | Unit::Hour => None,
        }
    }

    /// `figures`: a comparison made in a sentence that compares figures.
    fn narrative(
        &self,
        unit: Unit,
        offset: i32,
        comparison: bool,
        figures: bool,
        sentence: usize,
        tense: Tense,
    ) -> Option<Resolved> {
        let dct = self.dct;
        // ("for the week" in a market report is publication's week, whatever month the story
        // named.)
        if matches!(unit, Unit::Day | Unit::Night)
            || (matches!(unit, Unit::Week | Unit::Fortnight) && offset != 0)
        {
            if let Some(r) = self.within_untold_period(sentence, offset) {
                return Some(r);
            }
        }
        match unit {
            Unit::Day | Unit::Night => {
                let mut base = self.day_told_for(tense, sentence);
                // "At about 2 a.m. the water came in. They spent that night on the roof."
                // ("Shot at 2 a.m. Jan. 12 after an argument the night before": the evening
                // before is Jan. 11's, as it is counted from the day.)
                if unit == Unit::Night && offset == 0 && self.in_small_hours(sentence, base) {
                    base = add_days(base, -1)?;
                }
                let day = add_days(base, i64::from(offset))?;
                day_value(
                    day,
                    format!("{offset:+} day(s) from the story's day, {base}"),
                )
            }
            Unit::Week | Unit::Fortnight => {
                // "spread to 32 states last week, up from 27 the week before": from the week
                // the story named last, when it named one after its last day.
                let week = self
                    .last_period
                    .filter(in_reach(sentence))
                    .filter(|f| f.grain == Grain::Week);
                let day = self.last_day.filter(in_reach(sentence));
                let base = match later_told(week, day) {
                    Some(f) if f.grain == Grain::Week => f.interval.first(),
                    _ => self.day_told_for(tense, sentence),
                };
                week_value(
                    add_days(base, 7 * i64::from(offset))?,
                    format!("{offset:+} week(s) from the story's day, {base}"),
                )
            }
            Unit::Weekend => {
                let base = self.day_told_for(tense, sentence);
                weekend_value(
                    saturday_of_week(add_days(base, 7 * i64::from(offset))?)?,
                    format!("{offset:+} weekend(s) from the story's day, {base}"),
                )
            }
            Unit::Month => {
                // The story's month: the later told of its last day and its last month,
                // within reach ("the span gave way on Aug. 21 ... the state closed 11 other
                // bridges the following month").
                let base = self
                    .story_month(sentence)
                    .map_or(dct, |f| f.interval.first());
                let day = shift_months(base, offset)?;
                month_value(
                    day.year(),
                    day.month(),
                    format!(
                        "{offset:+} month(s) from the story's month, {}",
                        base.format("%Y-%m")
                    ),
                )
            }
            Unit::Quarter => {
                // "fell from the previous quarter": from the quarter the story reports on,
                // even when a day ("due on March 9") was told since.
                let recent = self.period_ref(sentence);
                let base = recent
                    .filter(|f| f.grain == Grain::Quarter)
                    .or(self.last_quarter)
                    .or(recent.filter(|f| f.grain <= Grain::Quarter))
                    .map_or(dct, |f| f.interval.first());
                let (y, q) = shift_quarter(quarter_of(base), offset);
                quarter_value(y, q, "counted from the story's quarter".to_string())
            }
            Unit::Year => {
                // "a year earlier" is a comparison: it keeps the grain of what the story
                // compares (a quarter, a month, a day a year before). "the following year",
                // "that year" are years.
                if comparison {
                    let compared = figures
                        .then(|| self.compared_period(sentence))
                        .flatten()
                        .or_else(|| self.period_ref(sentence).filter(|f| f.grain <= Grain::Day));
                    if let Some(f) = compared {
                        return shift_period(f, offset, self.hemisphere);
                    }
                }
                let (base, why) = match self.period_ref(sentence) {
                    Some(f) => (f.interval.first().year(), "the story's year"),
                    None => (dct.year(), "the year of publication"),
                };
                let y = base + offset;
                year_value(y, format!("{offset:+} year(s) from {why}, {base}"))
            }
            Unit::Decade => decade_value(
                dct.year().div_euclid(10) + offset,
                "counted from publication".to_string(),
            ),
            Unit::Hour | Unit::Minute => self.clock_later(unit, offset, sentence),
            _ => None,
        }
    }

    /// "The pickup hit a fence at 1:30 a.m. and rolled about 20 minutes later": the story's
    /// last clock time, moved. Without one the amount stands alone, as a duration.
    fn clock_later(&self, unit: Unit, offset: i32, sentence: usize) -> Option<Resolved> {
        let minutes = i64::from(offset) * if unit == Unit::Hour { 60 } else { 1 };
        let clock = self
            .last_day
            .filter(in_reach(sentence))
            .filter(|f| f.grain == Grain::Minute)
            .and_then(|f| Some((f.interval.first(), f.minute?)));
        let Some((day, minute)) = clock else {
            return Some(Resolved {
                kind: TimexType::Duration,
                value: duration_value(Amount::Count(offset.unsigned_abs()), unit),
                modifier: None,
                interval: None,
                grain: Some(unit_grain(unit)),
                why: "an amount of time; the story told no clock time to count from".to_string(),
            });
        };
        let at = day.and_hms_opt(0, 0, 0)? + chrono::Duration::minutes(i64::from(minute) + minutes);
        let day = at.date();
        Some(Resolved {
            kind: TimexType::Time,
            value: format!("{day}T{}", at.format("%H:%M")),
            modifier: None,
            interval: Interval::day(day),
            grain: Some(Grain::Minute),
            why: format!(
                "{offset:+} {} from the story's last clock time",
                unit_name(unit, 2)
            ),
        })
    }
}

/// The minutes of the day a day's part of day spans, before midnight ("Sunday evening",
/// "last night", "late Wednesday"); the small hours after midnight are the next day's.
/// "early Friday" is Friday's small hours and dawn, to 7 a.m.
fn part_span(c: &Candidate) -> Option<std::ops::Range<u32>> {
    let hours = match c.time {
        Some(TimeOfDay::Part(PartOfDay::Morning)) => 5..12,
        Some(TimeOfDay::Part(PartOfDay::Afternoon)) => 12..18,
        Some(TimeOfDay::Part(PartOfDay::Evening)) => 17..24,
        Some(TimeOfDay::Part(PartOfDay::Night)) => 18..24,
        None if c.modifier == Some(Mod::End) && c.expr != Expr::TimeOnly => 18..24,
        None if c.modifier == Some(Mod::Start) && c.expr != Expr::TimeOnly => 0..7,
        _ => return None,
    };
    Some(hours.start * 60..hours.end * 60)
}

/// Minutes after midnight; a part of the day counts from a typical hour in it (morning news
/// is told at 8, a night's at 10 p.m.), and midnight closes the day.
fn minute_of_day(time: TimeOfDay) -> u32 {
    match time {
        TimeOfDay::Clock { hour, minute } => hour * 60 + minute,
        TimeOfDay::Part(part) => {
            60 * match part {
                PartOfDay::Morning => 8,
                PartOfDay::Noon => 12,
                PartOfDay::Afternoon => 15,
                PartOfDay::Evening => 19,
                PartOfDay::Night => 22,
                PartOfDay::Midnight => 24,
            }
        }
    }
}

/// Put a clock time or part of day on a resolved day.
///
/// A time of day makes a TIME: a clock time (`2018-08-07T15:00`), and a part of a day however
/// the day is named, by its relation to publication ("this morning", "last night"), its
/// weekday or date ("Wednesday night") or its place in the story ("the next morning"):
/// `2018-08-08TNI`. So the TimeML guidelines have it, and so TimeBank (4 times of 4) and the
/// development news sets (49 of 49) annotate it; AQUAINT alone writes DATE (19 of 21).
fn add_time(r: &mut Resolved, time: TimeOfDay) {
    let Some(interval) = r.interval else {
        return;
    };
    if r.grain != Some(Grain::Day) {
        return;
    }
    let day = interval.first();
    let (suffix, grain, what) = match time {
        TimeOfDay::Clock { hour, minute } => (
            format!("T{hour:02}:{minute:02}"),
            Grain::Minute,
            format!("{hour:02}:{minute:02}"),
        ),
        TimeOfDay::Part(PartOfDay::Noon) => {
            ("T12:00".to_string(), Grain::Minute, "noon".to_string())
        }
        TimeOfDay::Part(PartOfDay::Midnight) => {
            ("T24:00".to_string(), Grain::Minute, "midnight".to_string())
        }
        TimeOfDay::Part(p) => (
            format!("T{}", p.code()),
            Grain::PartOfDay,
            format!("{p:?}").to_lowercase(),
        ),
    };
    r.grain = Some(grain);
    r.why = format!("{}; {what}", r.why);
    r.kind = TimexType::Time;
    r.value = format!("{day}{suffix}");
}

/// Whether the sentence around `start` says "today" or "tonight": what it times is
/// publication day's.
fn names_today(doc: &Doc, start: usize) -> bool {
    let (first, last) = doc.sentence_tokens(start);
    (first..last).any(|k| matches!(doc.word(k), "today" | "tonight"))
}

/// Whether a bare "midnight" told in the past is one at which something happened ("the
/// ceasefire took effect at midnight"): the one that began the story's day. Any other is the
/// one that ends it, `T24:00` of that day, as the annotated news writes "the fireworks begin
/// at midnight", "stayed until midnight", "midnight Friday" and "at midnight on Sunday" (a
/// named day's midnight is its end).
fn midnight_that_began(doc: &Doc, c: &Candidate) -> bool {
    let at = |k: usize| matches!(doc.word(k), "at" | "since" | "after" | "from");
    let at_k = if c.start > 0 && at(c.start - 1) {
        Some(c.start - 1)
    } else if c.modifier.is_some() && c.start > 1 && at(c.start - 2) {
        Some(c.start - 2)
    } else {
        None
    };
    // ("battles continued until after midnight": the end of what lasted, the day's end.)
    let until = at_k.is_some_and(|k| k > 0 && doc.is(k - 1, super::lexicon::Word::Until));
    at_k.is_some() && !until && !doc.is(c.end, super::lexicon::Word::On)
}

/// "the 70th anniversary of D-Day", "D-Day" itself: a day remembered is not where the story
/// of the ceremony stands.
fn remembered(doc: &Doc, c: &Candidate) -> bool {
    c.rule == rule_name::HISTORIC_DAY
        || (c.start >= 2
            && doc.is(c.start - 1, super::lexicon::Word::Of)
            && matches!(
                doc.word(c.start - 2),
                "anniversary" | "centenary" | "centennial" | "bicentennial"
            ))
}

/// Whether the expression at `start` opens its sentence as its frame: first in it, or after
/// the "In" or "During" that opens it ("In 1992, the nominees weren't settled until June").
fn frames_sentence(doc: &Doc, start: usize) -> bool {
    opens_sentence(doc, start)
        || (start > 0
            && matches!(doc.word(start - 1), "in" | "during")
            && opens_sentence(doc, start - 1))
}

/// Whether the year expression `c` is a fiscal one ("fiscal 2025", "the fiscal year").
fn names_fiscal_year(doc: &Doc, c: &Candidate) -> bool {
    (c.start..c.end).any(|k| doc.word(k) == "fiscal")
}

/// Whether the expression at `start` opens its sentence, or follows only an opening quotation
/// mark or bracket.
fn opens_sentence(doc: &Doc, start: usize) -> bool {
    doc.sentence_start(start)
        || (start > 0 && doc.sentence_start(start - 1) && !doc.is_word(start - 1))
}

/// The year whose month `m` lies nearest `period` (inside it, or the fewest days outside).
fn month_nearest(period: Interval, m: u32) -> Option<i32> {
    let y = period.first().year();
    (y - 1..=y + 1)
        .filter_map(|y| Some((y, Interval::month(y, m)?)))
        .min_by_key(|(_, month)| {
            if month.last() < period.first() {
                (period.first() - month.last()).num_days()
            } else if month.first() > period.last() {
                (month.first() - period.last()).num_days()
            } else {
                0
            }
        })
        .map(|(y, _)| y)
}

/// `r`, a midnight on its day, as the one that began that day. TimeML writes every midnight
/// as `T24:00`, so this one is the end of the day before: "the ceasefire took effect at
/// midnight", told on Aug. 22, is `2019-08-21T24:00`, the same moment as `2019-08-22T00:00`
/// (the annotated news writes `T24:00` 129 times of 132).
fn midnight_begun(r: &mut Resolved) {
    if let Some(eve) = r.interval.and_then(|i| i.first().pred_opt()) {
        r.value = format!("{eve}T24:00");
    }
}

/// Whether the sentence around token `i` compares figures: it states an amount of money or
/// a percentage, or says what it compares ("lower than a year ago", "narrowed from a year
/// earlier", "the year-ago results"). "The storm hit a year ago this week" does not.
fn compares_figures(doc: &Doc, i: usize) -> bool {
    let (first, last) = doc.sentence_tokens(i);
    (first..last).any(|k| {
        let w = doc.word(k);
        let hyphenated_comparison =
            w == "year" && doc.dash(k + 1) && matches!(doc.word(k + 2), "ago" | "earlier");
        doc.punct(k, '%')
            || doc.punct(k, '$')
            || doc.punct(k, '#')
            || doc.punct(k, '£')
            || doc.punct(k, '€')
            || hyphenated_comparison
            || matches!(
                w,
                "percent"
                    | "cents"
                    | "million"
                    | "billion"
                    | "trillion"
                    | "yen"
                    | "pence"
                    | "than"
                    | "compared"
                    | "from"
                    | "versus"
                    | "vs"
            )
    })
}

/// The day a [`DayPick`] names in the period `first..=last` (a month, a year), or beside
/// the day `first`.
pub(super) fn pick_in_period(
    pick: DayPick,
    first: NaiveDate,
    last: NaiveDate,
    why: &str,
) -> Option<Resolved> {
    let weekday_of = |d: NaiveDate| i64::from(d.weekday().num_days_from_monday());
    // A step of 0 days to the same weekday is a whole week: "the Monday before" a Monday.
    let strictly = |n: i64| if n == 0 { 7 } else { n };
    let (day, what) = match pick {
        DayPick::Nth(n, wd) if n > 0 => {
            let offset = (7 + i64::from(wd) - weekday_of(first)) % 7;
            let day = add_days(first, offset + 7 * (i64::from(n) - 1))?;
            if day > last {
                return None;
            }
            (day, format!("weekday {n} of the period"))
        }
        DayPick::Nth(_, wd) => {
            let offset = (7 + weekday_of(last) - i64::from(wd)) % 7;
            (
                add_days(last, -offset)?,
                "the last such weekday of the month".to_string(),
            )
        }
        DayPick::Before(wd) => {
            let back = strictly((7 + weekday_of(first) - i64::from(wd)) % 7);
            (
                add_days(first, -back)?,
                format!("the weekday before {first}"),
            )
        }
        DayPick::After(wd) => {
            let ahead = strictly((7 + i64::from(wd) - weekday_of(first)) % 7);
            (
                add_days(first, ahead)?,
                format!("the weekday after {first}"),
            )
        }
        DayPick::First => (first, "the first day of the period".to_string()),
        DayPick::Last => (last, "the last day of the period".to_string()),
    };
    day_value(day, format!("{what}; {why}"))
}

/// The Saturday of the weekend a holiday belongs to: its own when it falls on one; the one
/// before a Monday or Tuesday holiday (Memorial Day, Labor Day); otherwise the one after
/// (Thanksgiving, a Friday Fourth of July).
fn holiday_weekend(day: NaiveDate) -> Option<NaiveDate> {
    let back = match day.weekday() {
        Weekday::Sat => 0,
        Weekday::Sun => 1,
        Weekday::Mon => 2,
        Weekday::Tue => 3,
        Weekday::Wed => -3,
        Weekday::Thu => -2,
        Weekday::Fri => -1,
    };
    add_days(day, -back)
}

/// "Amtrak has added 40 trains for the holiday weekend": the weekend of the public holiday
/// nearest publication, within two weeks (a story names the holiday weekend it is about,
/// whatever its tense; "has added trains for" still looks ahead). `None` when no holiday is
/// that near; the plain weekend rule reads it then.
fn holiday_weekend_near(
    dct: NaiveDate,
    tense: Tense,
    named: Option<NaiveDate>,
) -> Option<Resolved> {
    const REACH: i64 = 14;
    // The weekend of a holiday the story named, when it is within reach: in a story of
    // Labor Day, not Britain's summer bank holiday a week earlier.
    if let Some((day, saturday)) = named
        .filter(|day| super::holidays::long_weekend_days(day.year()).contains(day))
        .and_then(|day| Some((day, holiday_weekend(day)?)))
        .filter(|(_, saturday)| (*saturday - dct).num_days().abs() <= REACH)
    {
        return weekend_value(
            saturday,
            format!("the weekend of the holiday the story named, {day}"),
        );
    }
    let weekends = (dct.year() - 1..=dct.year() + 1)
        .flat_map(super::holidays::long_weekend_days)
        .filter_map(|day| Some((day, holiday_weekend(day)?)))
        .filter(|(_, saturday)| (*saturday - dct).num_days().abs() <= REACH);
    // The nearest; between two as near, the one the tense looks to.
    let (day, saturday) = weekends.min_by_key(|(_, sat)| {
        let away = (*sat - dct).num_days();
        let wrong_way = if tense == Tense::Past {
            away > 0
        } else {
            away < -1
        };
        (away.abs(), wrong_way)
    })?;
    weekend_value(
        saturday,
        format!("the weekend of the public holiday on {day}, nearest publication"),
    )
}

/// Whether "the weekend", said on a weekday, is the one behind publication. The past looks
/// back and the future ahead; a schedule in the present ("the fair runs over the weekend")
/// looks ahead; a modal that looks either way ("rain could fall over the weekend") takes the
/// nearer, and on a Wednesday, the one ahead; with no cue at all news reports what happened.
fn weekend_behind(dct: NaiveDate, tense: Tense) -> bool {
    match tense {
        Tense::Past => true,
        Tense::Future | Tense::Present => false,
        Tense::Either => matches!(dct.weekday(), Weekday::Mon | Weekday::Tue),
        Tense::Unknown => !matches!(dct.weekday(), Weekday::Thu | Weekday::Fri),
    }
}

/// "a dozen roses sold for $15; today they go for $65", "The neighborhood had no grocery
/// store. Today it has three": "today" opening a clause in the present, against a past just
/// told, is the present of the contrast (`PRESENT_REF`), not the day of publication.
fn today_against_the_past(doc: &Doc, c: &Candidate) -> bool {
    use super::tense::{CUE_WORD, PAST_FORM};
    let today = matches!(
        c.expr,
        Expr::Relative {
            unit: Unit::Day,
            offset: 0,
            ..
        }
    ) && c.time.is_none()
        && c.end == c.start + 1
        && doc.word(c.start) == "today";
    if !today {
        return false;
    }
    let i = c.start;
    let after_and = i >= 2 && doc.punct(i - 2, ',') && matches!(doc.word(i - 1), "and" | "but");
    let opens = doc.sentence_start(i)
        || (i >= 1 && doc.punct(i - 1, ';'))
        || after_and
        || (i >= 1 && doc.sentence_start(i - 1) && matches!(doc.word(i - 1), "and" | "but"));
    if !opens {
        return false;
    }
    let past_word = |k: usize| {
        doc.tense_class(k) & PAST_FORM != 0 || matches!(doc.word(k), "was" | "were" | "had" | "did")
    };
    // "Today is the deadline": "today" as the subject names the day.
    if doc.tense_class(c.end) != 0 {
        return false;
    }
    // The clause it opens: a present verb, nothing past or to come ("an estimated 10 million"
    // describes, it does not tell).
    let mut verb = false;
    for k in c.end..(c.end + 8).min(doc.len()) {
        if doc.is_number(k) {
            continue;
        }
        if !doc.is_word(k) {
            if doc.punct(k, ',') && k == c.end {
                continue;
            }
            break;
        }
        let other_cue = doc.tense_class(k) & CUE_WORD != 0
            && !matches!(doc.word(k), "is" | "are" | "has" | "have");
        let describing = matches!(doc.word(k - 1), "a" | "an" | "the");
        if (past_word(k) && !describing) || other_cue {
            return false;
        }
        verb |= matches!(doc.word(k), "is" | "are" | "has" | "have" | "do" | "does")
            || (k > c.end && doc.word(k).ends_with('s') && !doc.cap(k))
            || matches!(doc.word(k - 1), "they" | "we" | "it" | "he" | "she");
    }
    if !verb {
        return false;
    }
    // What it stands against: a past in the clause or sentence before. ("Yesterday we had
    // tickets. Today they tell us they mean nothing": against yesterday, today is a day.)
    let (first, _) = doc.sentence_tokens(i);
    let from = if first + 1 >= i {
        doc.sentence_tokens(first.saturating_sub(1)).0
    } else {
        first
    };
    (from..i).any(past_word) && !(from..i).any(|k| doc.word(k) == "yesterday")
}

/// Whether the day `c` names is the one a source spoke on: a bare weekday or "today" right
/// after "said", "told" or "announced" ("said on Tuesday that profit fell").
fn reported_on(doc: &Doc, c: &Candidate) -> bool {
    let today = !matches!(c.expr, Expr::Relative { offset: -1, .. });
    today
        && verb_before_bare_day(doc, c)
            .is_some_and(|k| matches!(doc.word(k), "said" | "told" | "announced"))
}

/// The word before a bare weekday, "today" or "yesterday" (and its "on"), when `c` is one
/// with no time of day.
fn verb_before_bare_day(doc: &Doc, c: &Candidate) -> Option<usize> {
    let day_word = matches!(
        c.expr,
        Expr::Weekday {
            shift: Shift::Bare,
            ..
        }
    ) || matches!(
        c.expr,
        Expr::Relative {
            unit: Unit::Day,
            offset: -1 | 0,
            ..
        }
    );
    if !day_word || c.time.is_some() || c.start == 0 {
        return None;
    }
    let k = if doc.word(c.start - 1) == "on" && c.start >= 2 {
        c.start - 2
    } else {
        c.start - 1
    };
    Some(k)
}

/// Whether a bare weekday or "today" only says when something was said: "..., officials said
/// Wednesday." The story's events stay on their own day ("A quake shook the Andes late
/// Tuesday, officials said Wednesday. It struck at 10:52 p.m.").
fn when_said(doc: &Doc, c: &Candidate) -> bool {
    let reporting = verb_before_bare_day(doc, c).is_some_and(|k| {
        matches!(
            doc.word(k),
            "said" | "says" | "told" | "announced" | "reported" | "added" | "confirmed" | "stated"
        ) || published_report(doc, k)
    });
    // Only at the end of its clause: "said Wednesday that it would close" goes on to say
    // what, and may well be the story's day.
    reporting && (doc.punct(c.end, '.') || doc.punct(c.end, ',') || c.end >= doc.len())
}

/// Whether a bare day only dates a saying in an "after" clause that follows the day of the
/// sentence's main event: "Shares fell 18 percent Friday after the company said late Thursday
/// that a strike had cut its profit. The stock hit a low at 9 a.m." stays on Friday.
fn said_in_after_clause(doc: &Doc, c: &Candidate) -> bool {
    let Some(k) = verb_before_bare_day(doc, c) else {
        return false;
    };
    if !matches!(
        doc.word(k),
        "said" | "announced" | "reported" | "confirmed" | "disclosed" | "warned"
    ) {
        return false;
    }
    let (first, _) = doc.sentence_tokens(k);
    (first..k).any(|j| doc.word(j) == "after")
}

/// Whether the word at `k` publishes a report: "In an account posted late Wednesday", "a
/// statement issued Monday". The day is the report's; the events it tells keep theirs.
fn published_report(doc: &Doc, k: usize) -> bool {
    matches!(doc.word(k), "posted" | "published" | "issued" | "released")
        && k > 0
        && matches!(
            doc.word(k - 1),
            "account" | "statement" | "report" | "post" | "notice" | "letter" | "update" | "memo"
        )
}

/// Whether the reference at `start` is told in the past perfect, looking back from the
/// story's time rather than moving it: "shoppers said they had planned their routes at
/// Thanksgiving dinner. A line began to form at 4 a.m." is still the story's day.
fn in_flashback(doc: &Doc, start: usize) -> bool {
    let mut k = start;
    while k > 0 && !doc.sentence_start(k) {
        k -= 1;
        if doc.word(k) == "had" {
            // "had last examined it", "had already left"
            let mut n = k + 1;
            while n < start && (super::tense::is_adverb(doc.word(n)) || doc.word(n) == "last") {
                n += 1;
            }
            let next = doc.word(n);
            if next == "been" || next.ends_with("ed") || next.ends_with("en") {
                return true;
            }
        }
    }
    false
}

/// Whether "had" and an irregular participle ("had heard", "had begun") come before `start`
/// in its sentence.
fn after_irregular_had(doc: &Doc, start: usize) -> bool {
    let (first, _) = doc.sentence_tokens(start);
    (first..start).any(|k| {
        doc.word(k) == "had"
            && (super::tense::past_form(doc.word(k + 1))
                || matches!(
                    doc.word(k + 1),
                    "begun"
                        | "gone"
                        | "done"
                        | "come"
                        | "run"
                        | "won"
                        | "known"
                        | "shown"
                        | "flown"
                        | "grown"
                        | "thrown"
                        | "drawn"
                        | "sworn"
                        | "worn"
                        | "torn"
                ))
    })
}

/// "ahead of" right before token `start`: what follows is still to come.
fn ahead_of(doc: &Doc, start: usize) -> bool {
    // ("in time for Christmas": done before a day still to come, as "ahead of" it.)
    let in_time_for = start >= 3
        && doc.word(start - 1) == "for"
        && doc.word(start - 2) == "time"
        && doc.word(start - 3) == "in";
    in_time_for
        || (start >= 2
            && doc.is(start - 1, super::lexicon::Word::Of)
            && doc.word(start - 2) == "ahead")
}

/// Whether the reference at `start`, on `day`, bounds a span of time away from where the story
/// is: a start point ("since June 8, 1918"), an end still ahead ("through Aug. 12", "until
/// Friday", "by Monday"), the end of a reporting period ("the quarter ended June 30") or the
/// baseline of a change ("sales rose 18 percent from a year earlier"). Such a day does not
/// become the story's current day.
fn bound_elsewhere(doc: &Doc, start: usize, day: NaiveDate, dct: NaiveDate) -> bool {
    use super::lexicon::Word;
    if start == 0 {
        return false;
    }
    // "raise the price starting May 11", "travel ahead of the Lunar New Year": the start of
    // something decided, or a day something is done before, is not where the story is.
    // ("until at least noon Saturday": the bound's word before its hedge.)
    let start = if start >= 3 && doc.word(start - 1) == "least" && doc.word(start - 2) == "at" {
        start - 2
    } else {
        start
    };
    let before = doc.word(start - 1);
    let end_ahead = day > dct
        && (doc.is(start - 1, Word::Until)
            || matches!(
                before,
                "through" | "till" | "by" | "thru" | "starting" | "beginning" | "effective"
            )
            || ahead_of(doc, start));
    // "the quarter ended June 30": the end of a reporting period, not the story's day.
    // So is British "the year to March 31", "the three months to June".
    // ("the quarter, which ended Aug. 31": a relative clause between.)
    let period_end = matches!(before, "ended" | "ending" | "to") && start >= 2 && {
        let mut j = start - 2;
        if before != "to" {
            while j > 0
                && j + 4 > start
                && (matches!(doc.word(j), "which" | "that") || doc.punct(j, ','))
            {
                j -= 1;
            }
        }
        doc.unit(j).is_some() || doc.word(j) == "period"
    };
    // "a string of burglaries that began after Christmas": the start of a span, as "since".
    let began_after = before == "after"
        && start >= 2
        && matches!(
            doc.word(start - 2),
            "began" | "begun" | "started" | "starting" | "resumed" | "erupted"
        );
    // "a 40-day travel season that began on Jan. 14", "a one-week recess that includes
    // Easter": a relative clause telling where a span starts, or a day it holds, is
    // background to the clause it hangs on.
    let verb_at = if matches!(before, "on" | "in") {
        start.saturating_sub(2)
    } else {
        start - 1
    };
    // (Only a span of the calendar: "talks that began Monday afternoon ran until 2 a.m."
    // dates the event the story is about.)
    let span_clause = verb_at >= 2
        && matches!(doc.word(verb_at - 1), "that" | "which")
        && matches!(
            doc.word(verb_at),
            "began" | "begins" | "started" | "starts" | "includes" | "included"
        )
        && matches!(
            doc.word(verb_at - 2),
            "season"
                | "recess"
                | "break"
                | "holiday"
                | "holidays"
                | "vacation"
                | "period"
                | "term"
                | "semester"
                | "festival"
        );
    end_ahead
        || period_end
        || began_after
        || span_clause
        || before == "since"
        || measured_from(doc, start)
}

/// "The dollar, which surged on Monday, eased in late morning": a day told in a relative
/// clause set off by commas is background to the clause it interrupts.
fn aside_clause(doc: &Doc, c: &Candidate) -> bool {
    let k = if c.start > 0 && matches!(doc.word(c.start - 1), "on" | "in") {
        c.start - 1
    } else {
        c.start
    };
    k >= 3
        && doc.word(k - 2) == "which"
        && doc.punct(k - 3, ',')
        && doc.tense_class(k - 1) & super::tense::PAST_FORM != 0
        && doc.punct(c.end, ',')
}

/// The year stated in figures right before the ", when" that opens the clause `start` is in,
/// with no comma between: "in 1987, when the October crash set records".
fn year_before_when(doc: &Doc, start: usize) -> Option<i32> {
    let (first, _) = doc.sentence_tokens(start);
    let when = (first + 2..start)
        .rev()
        .take_while(|&k| !doc.punct(k, ',') && !doc.punct(k, ';'))
        .find(|&k| doc.word(k) == "when")?;
    if !doc.punct(when - 1, ',') || doc.digits(when - 2) != 4 {
        return None;
    }
    doc.num(when - 2)
        .and_then(|y| i32::try_from(y).ok())
        .filter(|y| (1000..=2999).contains(y))
}

/// "turnout on Super Tuesday could be the highest", "calling it Super Tuesday": the
/// primaries' own Tuesday of the nearest cycle, the way the tense points (the next one ahead
/// or the last one gone), rather than any Tuesday near publication.
fn super_tuesday(dct: NaiveDate, tense: Tense) -> Option<Resolved> {
    let days = || super::holidays::super_tuesdays_near(dct).map(Some);
    // (None on the side the tense points to: the nearest.)
    let day =
        pick_by_tense(tense, dct, days()).or_else(|| pick_by_tense(Tense::Unknown, dct, days()))?;
    day_value(
        day,
        format!("Super Tuesday of the {} primaries", day.year()),
    )
}

/// Deadlines and schedules. "until Tuesday", "until March 6": in news a date after "until" is
/// almost always a deadline still ahead ("gave the relatives until 9 a.m. Tuesday",
/// "postponed until Tuesday morning"), whatever the tense of the decision that set it; only a
/// verb of lasting ("the talks lasted until Friday") keeps it in the past. "by" and "through"
/// mark deadlines too when no past tense says otherwise; "effective", "payable" and "ahead of"
/// schedule.
fn deadline_tense(doc: &Doc, c: &Candidate, tense: Tense, cue: Option<usize>) -> Tense {
    use super::lexicon::Word;
    if c.start == 0 {
        return tense;
    }
    let before = doc.word(c.start - 1);
    // "is down 20 percent since October": the start of what is measured is behind, whatever
    // the tense of the measure.
    if before == "since" && !matches!(c.expr, Expr::Duration { .. } | Expr::DurationSum { .. }) {
        return Tense::Past;
    }
    // "Chinese New Year, which falls on Jan. 27": the calendar told in the present, as "the
    // deadline is June 30".
    if tense == Tense::Unknown
        && before == "on"
        && c.start >= 2
        && matches!(doc.word(c.start - 2), "falls" | "fall")
    {
        return Tense::Present;
    }
    // "retroactive to Jan. 1", "backdated to March": what reaches back reaches a date gone.
    if before == "to"
        && c.start >= 2
        && matches!(
            doc.word(c.start - 2),
            "retroactive" | "retroactively" | "backdated"
        )
    {
        return Tense::Past;
    }
    if tense == Tense::Future {
        return tense;
    }
    // "a retrial could not begin before the fall", "nobody expected this before the fall":
    // a season that bounds what is told is the one nearest publication, either side,
    // whatever the tense; a past perfect ("had ended before the spring") keeps its past.
    if before == "before"
        && matches!(
            c.expr,
            Expr::Season { .. }
                | Expr::Month { .. }
                | Expr::Calendar {
                    year: None,
                    day: None,
                    ..
                }
        )
        && !past_perfect_cue(doc, cue)
    {
        return Tense::Either;
    }
    // "from now until Christmas", "between now and June": a span that starts now ends ahead,
    // whatever the tense ("even if we ran trials every day from now until Christmas").
    if c.start >= 3
        && matches!(before, "until" | "till" | "to" | "through" | "and")
        && doc.word(c.start - 2) == "now"
        && matches!(doc.word(c.start - 3), "from" | "between")
    {
        return Tense::Future;
    }
    // "declared Monday a day of national mourning", "declared Wednesday a public holiday":
    // the day a decision names for something is ahead of the decision.
    if matches!(before, "declared" | "proclaimed" | "designated")
        && matches!(c.expr, Expr::Weekday { .. })
        && matches!(doc.word(c.end), "a" | "an" | "as" | "and")
    {
        return Tense::Future;
    }
    // "could be left stranded as early as Monday", "as soon as Friday": the earliest a
    // prospect may come, ahead whatever the verbs before it say.
    // (Not a clock time or a date: "stores opened as early as 5 a.m.")
    if before == "as"
        && matches!(c.expr, Expr::Weekday { .. })
        && c.start >= 3
        && matches!(doc.word(c.start - 2), "early" | "soon")
        && doc.word(c.start - 3) == "as"
    {
        return Tense::Future;
    }
    // "effective Feb. 1", "payable Dec. 15", "ahead of the weekend": scheduled, so ahead.
    if matches!(before, "effective" | "payable") || ahead_of(doc, c.start) {
        return Tense::Future;
    }
    // "ordered an evacuation beginning at 6 a.m. Thursday", "a curfew starting Friday": the
    // start of something decided looks ahead of the decision, whose past tense does not
    // reach it. (A decision on a past day of the sentence is counted from that day later.)
    let participle = if matches!(before, "at" | "on" | "in") {
        doc.word(c.start.wrapping_sub(2))
    } else {
        before
    };
    if matches!(participle, "starting" | "beginning") && cue.is_none_or(|k| doc.word(k) != "had") {
        return Tense::Future;
    }
    // "pushed back to June 21", "moved their events to Saturday", "postponed to March": the
    // new date of something moved, ahead unless the move is told as done and over ("had been
    // moved to May 3 before the storm" still looks ahead of the move, so this holds too).
    // ("extended the suspension last month through the end of August": an extension's new
    // end, as a move's new date.)
    if matches!(before, "to" | "for" | "through")
        && !matches!(c.expr, Expr::Duration { .. } | Expr::DurationSum { .. })
        && super::tense::moved_before(doc, c.start - 1)
    {
        return Tense::Future;
    }
    if scheduled_for(doc, c.start) || planned_for_weekday(doc, c) {
        return Tense::Future;
    }
    // "delayed until after the weekend" is a deadline like "until Monday"; so is "until at
    // least June".
    let at_least = c.start >= 3 && before == "least" && doc.word(c.start - 2) == "at";
    let until = doc.is(c.start - 1, Word::Until)
        || (at_least && doc.is(c.start - 3, Word::Until))
        || (c.start >= 2 && before == "after" && doc.is(c.start - 2, Word::Until))
        || (c.start >= 3
            && before == "the"
            && doc.word(c.start - 2) == "after"
            && doc.is(c.start - 3, Word::Until));
    if until {
        return if ends_a_stretch(doc, c.start, tense, cue) {
            tense
        } else {
            Tense::Future
        };
    }
    // "by August", "through January": a deadline or an end point; ahead unless a past tense
    // says it is behind ("sales had doubled by March"). The present perfect reports a decision
    // whose term is still running ("has extended the loans through January").
    let perfect = cue.is_some_and(|k| {
        matches!(doc.word(k), "has" | "have")
            || (k > 0 && matches!(doc.word(k - 1), "has" | "have"))
    });
    // A clock time with no day under a plan someone made in the past ("she expected to be
    // back at her car by 4 p.m.") keeps looking either way: it is the story's day's. A
    // forecast in the passive ("snow was expected to taper off by early afternoon") is a
    // deadline like any other.
    let plan_told_in_past = tense == Tense::Either
        && c.expr == Expr::TimeOnly
        && cue.is_some_and(|k| {
            !matches!(
                doc.word(k.wrapping_sub(1)),
                "was" | "were" | "is" | "are" | "be" | "been"
            )
        });
    // "set off fireworks through the night": all of a night is a span, no end point.
    let whole_night = before == "through"
        && c.expr == Expr::TimeOnly
        && c.time == Some(TimeOfDay::Part(PartOfDay::Night));
    // ("rain moves in late Wednesday and could last into Friday": what may reach into a
    // weekday reaches it ahead. A season is left to the tense: "made it difficult to meet
    // demand well into the summer" is of a summer gone.)
    let into_weekday =
        before == "into" && tense == Tense::Either && matches!(c.expr, Expr::Weekday { .. });
    // "ordered flags lowered to half-staff through Friday", "imposed a curfew through
    // Sunday": the term of an order runs from when it was given, ahead of publication when
    // told as news.
    let ordered_term = before == "through"
        && matches!(c.expr, Expr::Weekday { .. })
        && (c.start.saturating_sub(14)..c.start - 1)
            .rev()
            .take_while(|&j| !super::tense::boundary(doc, j))
            .any(|j| matches!(doc.word(j), "ordered" | "imposed" | "declared" | "extended"));
    if ordered_term {
        return Tense::Future;
    }
    if (matches!(before, "by" | "through") || into_weekday)
        && (tense != Tense::Past || perfect)
        && !plan_told_in_past
        && !whole_night
    {
        return Tense::Future;
    }
    tense
}

/// Whether the tense reader's cue is a past perfect's: "had" itself, or the participle right
/// after it ("had doubled since the start of the year", "had ended before the spring").
fn past_perfect_cue(doc: &Doc, cue: Option<usize>) -> bool {
    cue.is_some_and(|k| doc.word(k) == "had" || doc.word(k.wrapping_sub(1)) == "had")
}

/// Whether "until" before the reference at `start` ends a stretch told as done rather than
/// setting a deadline: a wait ([`ends_a_wait`]) or a verb of lasting ("the talks lasted
/// until Friday").
pub(crate) fn ends_a_stretch(doc: &Doc, start: usize, tense: Tense, cue: Option<usize>) -> bool {
    ends_a_wait(doc, start, tense, cue)
        || cue.is_some_and(|k| {
            matches!(
                doc.word(k),
                "lasted"
                    | "continued"
                    | "stayed"
                    | "remained"
                    | "ran"
                    | "held"
                    | "lived"
                    | "worked"
                    | "served"
                    | "waited"
                    | "slept"
                    | "fought"
                    | "raged"
                    | "persisted"
                    | "campaigned"
                    | "played"
                    | "talked"
                    | "debated"
                    | "negotiated"
                    | "marched"
                    | "protested"
                    | "camped"
                    | "stood"
                    | "sat"
                    | "dragged"
                    | "stalled"
                    | "languished"
                    | "stretched"
                    | "lingered"
                    | "simmered"
                    | "smouldered"
                    | "smoldered"
                    | "burned"
                    | "flowed"
            )
        })
}

/// Whether "until" before the reference at `start` ends a wait told as done: in the past
/// perfect ("Until Thursday, they had not called him a suspect") or a negated past ("did not
/// throw until Friday", "heard nothing back until Wednesday evening"). The day is when what
/// was waited for came, not a deadline set on an earlier day.
pub(crate) fn ends_a_wait(doc: &Doc, start: usize, tense: Tense, cue: Option<usize>) -> bool {
    // "Until Thursday, they had not called him a suspect": the past perfect looks back
    // from a past moment, so the end point is behind too.
    let past_perfect = cue.is_some_and(|k| doc.word(k) == "had");
    // "did not throw in practice until Friday": what did not happen before a day that
    // has come.
    // ("wasn't charged until Friday": the auxiliary's negation before the cue.)
    let negated_past = cue.is_some_and(|k| {
        doc.word(k) == "did"
            || (k.saturating_sub(3)..=k).any(|j| {
                j > 0
                    && matches!(doc.word(j), "not" | "n" | "never")
                    && matches!(doc.word(j - 1), "did" | "was" | "were")
            })
            || (matches!(doc.word(k), "was" | "were")
                && matches!(doc.word(k + 1), "not" | "n" | "never"))
    });
    // "said nothing until April 28", "made no statement until Friday": a past verb
    // negated by its object waits for a day that has come, as "did not" does.
    let negated_object = tense == Tense::Past
        && cue.is_some_and(|k| {
            let between = k + 1..start;
            between.clone().all(|j| !matches!(doc.word(j), "," | ";"))
                && between
                    .into_iter()
                    .any(|j| matches!(doc.word(j), "nothing" | "no" | "none"))
        });
    // "no new cases were found until November", "nobody noticed until Friday": a subject
    // that negates the past verb waits the same way.
    let negated_subject = tense == Tense::Past
        && cue.is_some_and(|k| {
            (k.saturating_sub(4)..k)
                .rev()
                .take_while(|&j| !matches!(doc.word(j), "," | ";"))
                .any(|j| matches!(doc.word(j), "no" | "nobody" | "nothing" | "none"))
        });
    past_perfect || negated_past || negated_object || negated_subject
}

/// A schedule told in the past perfect or as one that was to be ("had been set for trial in
/// June", "had been due in August", "were to have been presented in November", "was
/// supposed to be done by May"), by the verb of the clause the date is in (`cue`, the tense
/// reader's).
fn overtaken_plan(doc: &Doc, c: &Candidate, cue: Option<usize>) -> bool {
    let Some(k) = cue else {
        return false;
    };
    // ("was set in motion in February" is no plan; "had been planned since February" dates
    // when the planning began.)
    let set_in_motion = doc.word(k) == "set"
        && matches!(
            doc.word(k + 1),
            "in" | "up" | "off" | "out" | "aside" | "about"
        );
    let plan = matches!(
        doc.word(k),
        "set" | "scheduled" | "slated" | "due" | "planned" | "expected" | "supposed"
    ) && !set_in_motion
        && !(c.start > 0 && doc.word(c.start - 1) == "since");
    let before = doc.word(k.wrapping_sub(1));
    // ("were to have been presented": the cue is "have", after "to" and before "been".)
    let was_to_have = k >= 1
        && doc.word(k) == "have"
        && before == "to"
        && matches!(
            doc.word(k + 1),
            "been" | "taken" | "begun" | "opened" | "started"
        );
    // ("had planned to retire in June but stayed on": an intention of one's own, in the
    // past perfect, was overtaken in the past; the tense reader keeps it there. "had
    // scheduled hearings for October" is a schedule.)
    let passive = before == "been"
        || (doc.word(k) == "supposed" && matches!(before, "was" | "were"))
        || (before == "had" && matches!(doc.word(k), "set" | "scheduled" | "slated"));
    (plan && passive) || was_to_have
}

/// "is scheduled for Saturday", "had been set for Wednesday", "were scheduled to reopen
/// Monday", "is slated to adjourn on Feb. 27": a date a schedule names is still ahead when
/// the schedule is reported, whatever the tense of the report. (A schedule that has been
/// kept is told with the event's own verb: "was held as scheduled on Tuesday".) A schedule
/// that was changed says nothing of its old date: "the race, originally set for Sunday, will
/// be held Thursday".
fn scheduled_for(doc: &Doc, start: usize) -> bool {
    let k = if start > 0 && matches!(doc.word(start - 1), "for" | "on") {
        start - 1
    } else {
        start
    };
    let schedule = |j: usize| {
        matches!(doc.word(j), "scheduled" | "slated" | "set")
            && !(j > 0
                && matches!(
                    doc.word(j - 1),
                    "originally" | "previously" | "initially" | "first"
                ))
    };
    (k >= 1 && schedule(k - 1) && doc.word(k) == "for")
        || (k >= 3 && doc.word(k - 2) == "to" && schedule(k - 3))
}

/// "declared a total fire ban for Wednesday", "has canceled classes for Wednesday",
/// "leaving closing arguments for Monday": a weekday something is meant for is a day a plan
/// names, ahead of the plan whatever tense tells it, as with "set for". Not an old plan
/// ("originally planned for Sunday"), nor a weekday's event, which its possessive reads
/// ("responsible for Monday's attack"), nor a plan a past report is about ("a memorial
/// service planned for Saturday was canceled", "the rain forecast for Monday never came").
fn planned_for_weekday(doc: &Doc, c: &Candidate) -> bool {
    c.start > 0
        && doc.word(c.start - 1) == "for"
        && matches!(c.expr, Expr::Weekday { .. })
        && !matches!(doc.word(c.end), "was" | "were" | "had" | "did" | "never")
        && !doc.apostrophe_s(c.end)
        && !(c.start.saturating_sub(5)..c.start - 1).any(|j| {
            matches!(
                doc.word(j),
                "originally" | "previously" | "initially" | "first"
            )
        })
}

/// Whether the words from `k` name the attacks of Sept. 11, 2001: "attacks", "terrorist
/// attacks", "hijackings", "commission".
fn names_the_attacks(doc: &Doc, k: usize) -> bool {
    let k = if matches!(doc.word(k), "terrorist" | "terror") {
        k + 1
    } else {
        k
    };
    matches!(
        doc.word(k),
        "attacks" | "attack" | "hijackings" | "commission"
    )
}

/// "Tuesday's statement", "over Thursday's closing price": a weekday that owns an event names
/// one already reported. So it does as the object of a plan ("would look for ways to get
/// around Wednesday's ruling"); only a verb after it, with the weekday's event as its subject,
/// puts it ahead ("Sunday's game will be televised"). Without a cue a bare weekday is read as
/// the nearest one.
fn possessive_tense(doc: &Doc, c: &Candidate, tense: Tense, cue: Option<usize>) -> Tense {
    let possessive = matches!(c.expr, Expr::Weekday { .. }) && doc.apostrophe_s(c.end);
    if !possessive {
        return tense;
    }
    // After a preposition the weekday's event is not the subject, so a verb after it does not
    // tell its time: "results of Thursday's elections will be announced Sunday" reports an
    // election already held. Only "ahead of Sunday's match" says the event is still to come.
    let before = doc.word(c.start.wrapping_sub(1));
    if ahead_of(doc, c.start) {
        return Tense::Future;
    }
    // "Tickets for Thursday's opener sold out", "fans headed to Sunday's match", "dealers
    // looked ahead to Friday's trade figures", "9,000 runners are expected for Sunday's
    // race": what is booked, prepared, expected, travelled to or looked forward to is still
    // to come.
    if matches!(before, "for" | "to")
        && matches!(
            doc.word(c.start.wrapping_sub(2)),
            "tickets"
                | "seats"
                | "reservations"
                | "preparations"
                | "ready"
                | "headed"
                | "heading"
                | "ahead"
                | "forward"
                | "expected"
                | "planned"
                | "scheduled"
                | "booked"
                | "registered"
                | "entered"
                | "bracing"
                | "braced"
                | "waiting"
                | "awaiting"
                | "campaigning"
                | "campaign"
                | "rehearsing"
                | "rehearsals"
                | "practicing"
                | "practising"
                | "training"
        )
    {
        return Tense::Future;
    }
    // "City officials canceled Thursday's show last week", "postponed Saturday's game":
    // what is called off had not happened when it was, so it may lie either side of
    // publication: the nearest such day.
    if matches!(
        before,
        "canceled" | "cancelled" | "postponed" | "scrapped" | "canceling" | "cancelling"
    ) {
        return Tense::Either;
    }
    // "20,000 runners are entered in Monday's Boston Marathon", "is competing in Sunday's
    // final": taking part, told as now, in an event still to come.
    if before == "in"
        && tense != Tense::Past
        && matches!(
            doc.word(c.start.wrapping_sub(2)),
            "entered" | "registered" | "competing" | "running" | "racing" | "riding" | "playing"
        )
    {
        return Tense::Future;
    }
    // "With one day left before Thursday's caucuses": a countdown to an event to come. So
    // is what will be done before it: "said he would decide before Sunday's doubleheader".
    if before == "before"
        && (matches!(
            doc.word(c.start.wrapping_sub(2)),
            "left" | "remaining" | "go"
        ) || tense == Tense::Future)
    {
        return Tense::Future;
    }
    // "will face Osaka in Saturday's final", "will start at Sunday's race": a future verb
    // whose subject takes part in the weekday's event puts the event ahead; what is said of,
    // after or about an event ("results of Thursday's elections will be announced") reports
    // one already held.
    // ("would set up generators at 40 polling places for Tuesday's election": what is done
    // for the event under a verb that looks ahead readies it, so the event is ahead too.)
    if tense == Tense::Future
        && matches!(before, "in" | "at" | "during" | "for")
        && cue.is_some_and(|k| k < c.start)
    {
        return Tense::Future;
    }
    // "will start Saturday's game", "will miss Sunday's final", "attention would turn to
    // Friday's release": taking part in the event, or turning to it, under a verb that looks
    // ahead puts the event ahead; "will review Saturday's game" does not.
    let takes_part = matches!(
        before,
        "start" | "play" | "attend" | "host" | "miss" | "skip" | "coach" | "headline" | "open"
    ) || (before == "to"
        && matches!(
            doc.word(c.start.wrapping_sub(2)),
            "turn" | "turns" | "look" | "looks"
        ));
    if tense == Tense::Future && takes_part && cue.is_some_and(|k| k < c.start) {
        return Tense::Future;
    }
    // "will cast the first ballots of Tuesday's primary", "will attend a dinner on the eve
    // of Sunday's race": under a verb that looks ahead, the start of an event, its eve or its
    // first ballots are part of it, so the event is ahead. ("will discuss the results of Tuesday's vote"
    // reports one held.)
    if tense == Tense::Future
        && before == "of"
        && cue.is_some_and(|k| k < c.start)
        && matches!(
            doc.word(c.start.wrapping_sub(2)),
            "start" | "opening" | "kickoff" | "beginning" | "eve" | "ballots" | "votes"
        )
    {
        return Tense::Future;
    }
    // "the winner of Saturday's game will take over first place": a game whose winner is
    // still to be known is still to be played.
    if before == "of"
        && matches!(
            doc.word(c.start.wrapping_sub(2)),
            "winner" | "winners" | "loser"
        )
        && matches!(tense, Tense::Future | Tense::Present)
    {
        return Tense::Future;
    }
    // "After Tuesday's matinee the school closes for two weeks", "the cut after Friday's
    // second round will leave the top 60": what comes after the event is told as ahead, so
    // the event is the nearest such day, either side ("After Tuesday's vote the bill will go
    // to the Senate" said on a Wednesday is yesterday's vote).
    if matches!(before, "after" | "following")
        && matches!(tense, Tense::Future | Tense::Present)
        && cue.is_some_and(|k| k > c.start)
    {
        return Tense::Either;
    }
    // "scrambling to reach Kiev for Saturday's final", "Rain is forecast for Sunday's
    // Indianapolis 500": a fixture something is done for is still to come. (A deed is not:
    // "claimed responsibility for Monday's attack".)
    if before == "for" && fixture_follows(doc, c.end) {
        return Tense::Future;
    }
    if matches!(
        before,
        "of" | "from"
            | "after"
            | "since"
            | "following"
            | "for"
            | "to"
            | "at"
            | "in"
            | "on"
            | "over"
            | "about"
            | "with"
            | "by"
            | "during"
    ) {
        return Tense::Past;
    }
    // "Investors will be watching Thursday's jobless claims and Friday's payrolls report",
    // "traders await Friday's report": what is watched for or awaited has not happened yet.
    // The verb may govern a list of such events; the walk back stops at another verb.
    if tense != Tense::Past {
        let mut k = c.start;
        while k > 0 && c.start - k < 8 && (doc.is_word(k - 1) || doc.apostrophe(k - 1)) {
            k -= 1;
            let w = doc.word(k);
            if matches!(
                w,
                "watching" | "watch" | "watches" | "await" | "awaits" | "awaiting" | "eyeing"
            ) {
                return Tense::Future;
            }
            if super::tense::word_is_verb_cue(doc, k) {
                break;
            }
        }
    }
    let cue_before = cue.is_some_and(|k| k < c.start);
    if matches!(tense, Tense::Unknown | Tense::Present) || cue_before {
        Tense::Past
    } else {
        tense
    }
}

/// Whether a fixture, a sporting or public event held on a set day, is named within a few
/// words after the possessive at `end` ("'s World Cup final", "'s Indianapolis 500").
fn fixture_follows(doc: &Doc, end: usize) -> bool {
    (end + 2..end + 6).any(|k| {
        matches!(
            doc.word(k),
            "final"
                | "semifinal"
                | "race"
                | "game"
                | "match"
                | "marathon"
                | "opener"
                | "qualifier"
                | "derby"
                | "cup"
                | "500"
                | "concert"
                | "parade"
                | "ceremony"
                | "launch"
                | "debate"
                | "summit"
                | "drawing"
                | "draw"
        )
    })
}

/// "up from its October forecast", "compared with the June figure", "down from Monday's
/// close": a figure a change is measured from was already there, whatever the tense of the
/// change ("now expects revenue of $12 billion, up from its October forecast").
fn baseline_tense(doc: &Doc, c: &Candidate, tense: Tense) -> Tense {
    if measured_from(doc, c.start) {
        Tense::Past
    } else {
        tense
    }
}

/// Whether the reference at `start` is the baseline a change is measured from: "up from its
/// October forecast", "18 percent from a year earlier", "compared with the June figure".
fn measured_from(doc: &Doc, start: usize) -> bool {
    let mut k = start;
    // Skip the determiners between the preposition and the date.
    while k > 0
        && matches!(
            doc.word(k - 1),
            "its" | "their" | "his" | "her" | "the" | "a"
        )
    {
        k -= 1;
    }
    // "compared with $9 million a year earlier", "from 74 cents a share a year ago": the
    // figure compared stands between the comparison and its date.
    let mut steps = 0;
    while k > 2 && steps < 10 && is_figure_token(doc, k - 1) {
        k -= 1;
        steps += 1;
    }
    k >= 2
        && (matches!(
            (doc.word(k - 2), doc.word(k - 1)),
            ("up" | "down" | "percent", "from")
                | ("compared", "with" | "to")
                | (_, "versus" | "vs")
        ) || (doc.punct(k - 2, '%') && doc.word(k - 1) == "from"))
}

/// A token of a stated figure: a number, a currency or percent sign, or a word of amount
/// ("$9.2 million", "74 cents a share", "3.5 percent").
pub(super) fn is_figure_token(doc: &Doc, k: usize) -> bool {
    doc.is_number(k)
        || doc.punct(k, '$')
        || doc.punct(k, '%')
        || doc.punct(k, '£')
        || doc.punct(k, '€')
        || (doc.punct(k, '.') && doc.is_number(k.wrapping_sub(1)) && doc.is_number(k + 1))
        || (doc.punct(k, ',') && doc.is_number(k.wrapping_sub(1)) && doc.is_number(k + 1))
        || matches!(
            doc.word(k),
            "million" | "billion" | "trillion" | "percent" | "cents" | "cent" | "share" | "a"
        )
}

/// "under a June agreement", "its October forecast", "the March report": a month naming the
/// time of a thing already made or said is behind publication. Only a modal or a schedule
/// says otherwise ("the March summit will decide"), and not for figures about a month ("will
/// get January consumer spending data").
fn premodifier_tense(doc: &Doc, c: &Candidate, tense: Tense, cue: Option<usize>) -> Tense {
    use super::lexicon::Lex;
    let month_only = matches!(
        c.expr,
        Expr::Calendar {
            year: None,
            month: Some(_),
            day: None,
            ..
        }
    );
    if !month_only || c.start == 0 || tense == Tense::Past {
        return tense;
    }
    // "fresh figures on January consumer spending", "the November jobs report": figures for
    // a month are published after it, whatever the verb that awaits them. (A hyphen joins
    // the words of one: "June existing-home sales".)
    let data_after = (c.end..c.end + 6)
        .take_while(|&k| (doc.is_word(k) && !doc.cap(k)) || doc.hyphen(k))
        .filter(|&k| !doc.hyphen(k))
        .take(3)
        .any(|k| {
            matches!(
                doc.word(k),
                "sales"
                    | "spending"
                    | "data"
                    | "figures"
                    | "jobs"
                    | "payrolls"
                    | "inflation"
                    | "unemployment"
                    | "employment"
                    | "exports"
                    | "imports"
                    | "output"
                    | "production"
                    | "orders"
                    | "starts"
                    | "statistics"
                    | "numbers"
                    | "trade"
            )
        });
    // ("would receive their October and November pay": wages for a month are paid after it;
    // "further action in March if no pay offer is made" is no month's pay.)
    let pay = |k: usize| matches!(doc.word(k), "pay" | "wages" | "salaries" | "pensions");
    let pay_after = pay(c.end)
        || (matches!(doc.word(c.end), "and" | "or")
            && matches!(doc.lex(c.end + 1), Lex::Month(_) | Lex::MonthAbbr(_))
            && pay(c.end + 2));
    if data_after || pay_after {
        return Tense::Past;
    }
    let determiner = matches!(
        doc.word(c.start - 1),
        "a" | "an" | "its" | "their" | "his" | "her" | "our"
    );
    let noun_after = doc.is_word(c.end) && !doc.cap(c.end) && doc.lex(c.end) == Lex::None;
    let modal = cue.is_some_and(|k| super::tense::is_modal(doc.word(k)));
    // ("The Senate is scheduled to leave for its August recess": a schedule or a plan held
    // now looks ahead as a modal does.)
    let scheduled = tense == Tense::Future
        && cue.is_some_and(|k| {
            matches!(
                doc.word(k),
                "scheduled" | "slated" | "due" | "set" | "expected" | "planned" | "plan" | "plans"
            )
        });
    if determiner && noun_after && !modal && !scheduled {
        Tense::Past
    } else {
        tense
    }
}

/// `years` years from a period the story named, at that period's grain (a season as the
/// story's hemisphere counts it).
fn shift_period(
    f: Focus,
    years: i32,
    hemisphere: super::hemisphere::Hemisphere,
) -> Option<Resolved> {
    let from = f.interval.first();
    let shifted = shift_months(from, 12 * years)?;
    let why = format!("{years:+} year(s) from the period the story compares with ({from})");
    match f.grain {
        Grain::Quarter => {
            let (y, q) = quarter_of(shifted);
            quarter_value(y, q, why)
        }
        Grain::Half => {
            let h = if shifted.month() <= 6 { 1 } else { 2 };
            Some(placed(
                TimexType::Date,
                format!("{:04}-H{h}", shifted.year()),
                Interval::half(shifted.year(), h)?,
                Grain::Half,
                why,
            ))
        }
        Grain::Season => {
            let (y, s) = hemisphere.season_of(shifted);
            season_value(y, s, hemisphere, why)
        }
        Grain::Month => month_value(shifted.year(), shifted.month(), why),
        Grain::Year | Grain::Decade | Grain::Century | Grain::Millennium => Some(placed(
            TimexType::Date,
            format!("{:04}", shifted.year()),
            Interval::year(shifted.year())?,
            Grain::Year,
            why,
        )),
        _ => day_value(shifted, why),
    }
}

/// Whether the expression at `start` is what a figure is compared with: "against 5,380 kg
/// in the March quarter", "versus $2 million in the first quarter", "compared with 64
/// cents in the third quarter", "up from $3 million in the second quarter", "fell 0.4
/// percent from December". Only within the clause, a few words back.
fn compared_with(doc: &Doc, start: usize) -> bool {
    let mut k = start;
    let mut steps = 0;
    while k > 0 && steps < 7 {
        k -= 1;
        steps += 1;
        match doc.word(k) {
            "against" | "versus" | "vs" | "compared" => return true,
            "from" if k > 0 && matches!(doc.word(k - 1), "up" | "down") => return true,
            // "fell 0.4 percent from December": a change measured from a period.
            "from" if k > 0 && matches!(doc.word(k - 1), "percent" | "pct" | "%") => return true,
            _ => {}
        }
        // A comma inside a number ("5,380") is no clause's end.
        let in_number = doc.glued(k) && doc.glued(k + 1) && doc.is_number(k + 1);
        if (doc.punct(k, ',') && !in_number)
            || doc.punct(k, ';')
            || super::tense::word_is_verb_cue(doc, k)
        {
            return false;
        }
    }
    false
}

/// Whether the words before `start` measure a figure against it: "rose 4 percent from",
/// "compared with", "up from" ([`compared_with`]), and "than", "over", "ahead of".
fn compares_figures_with(doc: &Doc, start: usize) -> bool {
    compared_with(doc, start)
        || matches!(doc.word(start.wrapping_sub(1)), "than" | "over")
        || (start >= 2 && doc.word(start - 1) == "of" && doc.word(start - 2) == "ahead")
}

/// The day of another year that figures of `base` are compared with: the holiday `base` is,
/// in `near`'s year, for the shopping days that move with Thanksgiving; else the day with
/// `base`'s weekday nearest `near`.
fn comparable_day(base: NaiveDate, near: NaiveDate) -> (NaiveDate, &'static str) {
    use super::lexicon::Holiday;
    let shopping = [
        Holiday::Thanksgiving,
        Holiday::BlackFriday,
        Holiday::CyberMonday,
    ];
    if let Some(day) = shopping.iter().find_map(|&h| {
        (super::holidays::date_of(h, base.year()) == Some(base))
            .then(|| super::holidays::date_of(h, near.year()))
            .flatten()
    }) {
        return (day, "the same shopping holiday");
    }
    let weekday = base.weekday().num_days_from_monday() as u8;
    (nearest_weekday(near, weekday), "the same weekday")
}

/// The day with `weekday` (Monday = 0) nearest `near`, within three days either side.
fn nearest_weekday(near: NaiveDate, weekday: u8) -> NaiveDate {
    let ahead = (u32::from(weekday) + 7 - near.weekday().num_days_from_monday()) % 7;
    let shift = if ahead <= 3 {
        i64::from(ahead)
    } else {
        i64::from(ahead) - 7
    };
    add_days(near, shift).unwrap_or(near)
}

/// Whether an expression moves the story's reference period. Comparisons ("a year earlier",
/// "the year-ago quarter", "three years ago") point away from it and leave it where it was,
/// so that "the quarter" after "a year ago" is still the quarter being reported.
fn sets_reference(expr: &Expr) -> bool {
    match expr {
        Expr::Ago { .. } | Expr::SameYearsAway { .. } => false,
        // "one of hundreds of vessels lost in the 19th century": a century frames a story
        // too wide for "the following spring" or "that year" to count from.
        Expr::Century(_) => false,
        Expr::Narrative { unit, offset, .. } => {
            *offset >= 0 || matches!(unit, Unit::Day | Unit::Night | Unit::Week | Unit::Weekend)
        }
        // "the 1988 period" in a story of 1989 is the comparison, not the quarter reported.
        Expr::QuarterRef { kind, year } => !matches!(kind, QuarterRef::YearAgo) && year.is_none(),
        Expr::Quarter { year_ago: true, .. } => false,
        Expr::Quarter {
            year: YearRef::Relative(r),
            ..
        } => *r >= 0,
        _ => true,
    }
}

fn placed(
    kind: TimexType,
    value: String,
    interval: Interval,
    grain: Grain,
    why: String,
) -> Resolved {
    Resolved {
        kind,
        value,
        modifier: None,
        interval: Some(interval),
        grain: Some(grain),
        why,
    }
}

/// Every such weekday, `XXXX-WXX-1` for Mondays (`weekday` counts from Monday = 0).
pub(crate) fn weekday_set(weekday: u8) -> Resolved {
    set(format!("XXXX-WXX-{}", weekday + 1))
}

fn set(value: String) -> Resolved {
    Resolved {
        kind: TimexType::Set,
        value,
        modifier: None,
        interval: None,
        grain: None,
        why: "a recurrence; not placed on the timeline".to_string(),
    }
}

pub(super) fn day_value(day: NaiveDate, why: String) -> Option<Resolved> {
    Some(placed(
        TimexType::Date,
        day.to_string(),
        Interval::day(day)?,
        Grain::Day,
        why,
    ))
}

fn year_value(y: i32, why: String) -> Option<Resolved> {
    // An astronomical year of 0 or less is a year before Christ ("3,500 years ago", counted
    // from 1993, is the year -1507, 1508 B.C.): TimeML writes it with `BC`.
    let value = if y > 0 {
        format!("{y:04}")
    } else {
        format!("BC{:04}", 1 - i64::from(y))
    };
    Some(placed(
        TimexType::Date,
        value,
        Interval::year(y)?,
        Grain::Year,
        why,
    ))
}

fn quarter_value(y: i32, q: u32, why: String) -> Option<Resolved> {
    Some(placed(
        TimexType::Date,
        format!("{y:04}-Q{q}"),
        Interval::quarter(y, q)?,
        Grain::Quarter,
        why,
    ))
}

fn season_value(
    y: i32,
    season: Season,
    hemisphere: super::hemisphere::Hemisphere,
    why: String,
) -> Option<Resolved> {
    let value = format!("{y:04}-{}", season.code());
    Some(placed(
        TimexType::Date,
        value,
        hemisphere.season(y, season)?,
        Grain::Season,
        why,
    ))
}

fn month_value(y: i32, m: u32, why: String) -> Option<Resolved> {
    Some(placed(
        TimexType::Date,
        format!("{y:04}-{m:02}"),
        Interval::month(y, m)?,
        Grain::Month,
        why,
    ))
}

fn decade_value(d: i32, why: String) -> Option<Resolved> {
    Some(placed(
        TimexType::Date,
        format!("{d:03}"),
        Interval::years(d * 10, 10)?,
        Grain::Decade,
        format!("the {}0s; {why}", d),
    ))
}

fn week_value(day: NaiveDate, why: String) -> Option<Resolved> {
    let w = day.iso_week();
    Some(placed(
        TimexType::Date,
        format!("{:04}-W{:02}", w.year(), w.week()),
        Interval::week_of(day)?,
        Grain::Week,
        why,
    ))
}

fn weekend_value(saturday: NaiveDate, why: String) -> Option<Resolved> {
    let w = saturday.iso_week();
    Some(placed(
        TimexType::Date,
        format!("{:04}-W{:02}-WE", w.year(), w.week()),
        Interval::weekend(w.year(), w.week())?,
        Grain::Weekend,
        why,
    ))
}

fn saturday_of_week(day: NaiveDate) -> Option<NaiveDate> {
    let w = day.iso_week();
    NaiveDate::from_isoywd_opt(w.year(), w.week(), Weekday::Sat)
}

fn add_days(day: NaiveDate, n: i64) -> Option<NaiveDate> {
    if n >= 0 {
        day.checked_add_days(Days::new(n as u64))
    } else {
        day.checked_sub_days(Days::new(n.unsigned_abs()))
    }
}

fn shift_months(day: NaiveDate, n: i32) -> Option<NaiveDate> {
    if n >= 0 {
        day.checked_add_months(Months::new(n as u32))
    } else {
        day.checked_sub_months(Months::new(n.unsigned_abs()))
    }
}

fn quarter_of(day: NaiveDate) -> (i32, u32) {
    (day.year(), (day.month() - 1) / 3 + 1)
}

fn shift_quarter((y, q): (i32, u32), n: i32) -> (i32, u32) {
    let index = y * 4 + q as i32 - 1 + n;
    (index.div_euclid(4), (index.rem_euclid(4) + 1) as u32)
}

/// Among days one year apart, the one the tense points at: past the latest on or before
/// `dct`, future the earliest on or after, present or unmarked this year's, otherwise the
/// nearest. A day
/// within a few weeks of publication is the near one whatever the tense: "will be in Moscow
/// from August 5" in a letter quoted on August 8 is this August, not next.
fn pick_day(tense: Tense, dct: NaiveDate, options: [Option<NaiveDate>; 3]) -> Option<NaiveDate> {
    let nearest = pick_by_tense(Tense::Unknown, dct, options)?;
    if (nearest - dct).num_days().abs() <= NEAR_DAYS {
        return Some(nearest);
    }
    // "the general election is Nov. 5", "the deadline is June 30": a day stated in the
    // present tense, or with no tense at all, is a fact of this year's calendar.
    // A schedule in the present whose day this year is long gone is next year's: "the new
    // commissioners take office Jan. 1", said in November.
    if matches!(tense, Tense::Present | Tense::Unknown) {
        if let Some(day) = options.iter().flatten().find(|d| d.year() == dct.year()) {
            let gone = tense == Tense::Present && (dct - *day).num_days() > NEAR_DAYS;
            if !gone {
                return Some(*day);
            }
        }
    }
    // Feb. 29 has no date in the year the tense points at: "the next risk date was Feb. 29",
    // said in January of a leap year, is the one that exists.
    pick_by_tense(tense, dct, options).or(Some(nearest))
}

/// How close to publication a day must be to win over the tense.
const NEAR_DAYS: i64 = 45;

/// Among dates one year apart, the one the tense points at: past the latest on or before
/// `dct`, future the earliest on or after, otherwise the nearest.
fn pick_by_tense(
    tense: Tense,
    dct: NaiveDate,
    options: impl IntoIterator<Item = Option<NaiveDate>>,
) -> Option<NaiveDate> {
    let options: Vec<NaiveDate> = options.into_iter().flatten().collect();
    match tense {
        Tense::Past => options.iter().copied().rev().find(|d| *d <= dct),
        Tense::Future => options.iter().copied().find(|d| *d >= dct),
        _ => options
            .iter()
            .copied()
            .min_by_key(|d| ((*d - dct).num_days().abs(), *d > dct)),
    }
}

/// Months compare by month: "in August" in an August article is this August whatever the tense.
fn pick_month(tense: Tense, dct: NaiveDate, options: [Option<NaiveDate>; 3]) -> Option<NaiveDate> {
    let this_month = NaiveDate::from_ymd_opt(dct.year(), dct.month(), 1)?;
    if matches!(tense, Tense::Past | Tense::Future) {
        return pick_by_tense(tense, this_month, options);
    }
    // Nearest by the middle of each month, from the day of publication: six months back and
    // six ahead are no tie on June 21 ("the earliest sunsets come in early December" is
    // the coming one). This month is always the nearest.
    options.into_iter().flatten().min_by_key(|first| {
        let middle = first.with_day(15).unwrap_or(*first);
        ((middle - dct).num_days().abs(), *first > this_month)
    })
}

fn pick_rule(tense: Tense, what: &str) -> String {
    match tense {
        Tense::Past => format!("the most recent such {what} on or before publication"),
        Tense::Future => format!("the next such {what} on or after publication"),
        _ => format!("the nearest such {what} to publication"),
    }
}

/// How TimeML writes an amount of `unit`: whether it is a time (after the `T`), its ISO 8601
/// designator, and how many of the designator's units one `unit` is. Decades and centuries
/// count in years, as TimeBank writes them ("two decades" is `P20Y`).
fn unit_designator(unit: Unit) -> (bool, char, u64) {
    match unit {
        Unit::Second => (true, 'S', 1),
        Unit::Minute => (true, 'M', 1),
        Unit::Hour => (true, 'H', 1),
        Unit::Day | Unit::Night => (false, 'D', 1),
        Unit::Weekend => (false, 'D', 2),
        Unit::Week => (false, 'W', 1),
        Unit::Fortnight => (false, 'W', 2),
        Unit::Month => (false, 'M', 1),
        Unit::Quarter => (false, 'Q', 1),
        Unit::Year => (false, 'Y', 1),
        Unit::Decade => (false, 'Y', 10),
        Unit::Century => (false, 'Y', 100),
        Unit::Millennium => (false, 'Y', 1000),
    }
}

/// "will reopen in two weeks", resolved as the week two weeks ahead (`count_ahead`): TimeML
/// writes the amount (`P2W`), as the annotated news does, so `r` becomes that amount, and
/// the week it named is returned to place the event on the timeline.
pub(crate) fn amount_ahead(r: &mut Resolved, amount: Amount, unit: Unit) -> Option<When> {
    let interval = r.interval?;
    let placed = When {
        from: Some(interval.first()),
        to: Some(interval.last()),
        grain: r.grain.unwrap_or(Grain::Day).max(Grain::Day),
        label: r.value.clone(),
    };
    r.why = format!(
        "an amount of time ahead, written as the amount; the timeline places it in {}",
        r.value
    );
    r.kind = TimexType::Duration;
    r.value = duration_value(amount, unit);
    r.interval = None;
    r.grain = Some(unit_grain(unit));
    Some(placed)
}

/// "three years" = `P3Y`, "two and a half hours" = `PT2H30M`, "weeks" = `PXW`, and a decimal
/// figure as stated, "33.8 hours" = `PT33.8H` (ISO 8601 lets the last component carry a
/// fraction).
fn duration_value(amount: Amount, unit: Unit) -> String {
    let (time, designator, per_unit) = unit_designator(unit);
    let figure = match amount {
        Amount::Count(n) | Amount::Half(n) => (u64::from(n) * per_unit).to_string(),
        Amount::Hundredths(h) => {
            let total = u64::from(h) * per_unit;
            match total % 100 {
                0 => format!("{}", total / 100),
                f if f % 10 == 0 => format!("{}.{}", total / 100, f / 10),
                f => format!("{}.{f:02}", total / 100),
            }
        }
        // An unstated number of decades is an unstated number of years.
        Amount::Some => "X".to_string(),
    };
    // The half, in the unit below, where news says one: "two and a half days" = `P2DT12H`.
    let half = match (amount, unit) {
        (Amount::Half(_), Unit::Minute) => "30S",
        (Amount::Half(_), Unit::Hour) => "30M",
        (Amount::Half(_), Unit::Day | Unit::Night) => "T12H",
        (Amount::Half(_), Unit::Year) => "6M",
        _ => "",
    };
    format!("P{}{figure}{designator}{half}", if time { "T" } else { "" })
}

/// "two hours and 15 minutes" = `PT2H15M`, "a year and six months" = `P1Y6M`: each amount in
/// its ISO 8601 designator, the time ones after the `T`.
fn duration_sum_value(
    first: (u32, Unit),
    second: (u32, Unit),
    third: Option<(u32, Unit)>,
) -> String {
    // The shared table: a fortnight is two weeks and a decade ten years here too.
    let part = |(n, unit): (u32, Unit)| -> (bool, String) {
        let (time, designator, per_unit) = unit_designator(unit);
        (time, format!("{}{designator}", u64::from(n) * per_unit))
    };
    let mut date = String::new();
    let mut time = String::new();
    for amount in [Some(first), Some(second), third].into_iter().flatten() {
        let (is_time, body) = part(amount);
        if is_time {
            time.push_str(&body);
        } else {
            date.push_str(&body);
        }
    }
    if time.is_empty() {
        format!("P{date}")
    } else {
        format!("P{date}T{time}")
    }
}

fn unit_grain(unit: Unit) -> Grain {
    match unit {
        Unit::Second => Grain::Second,
        Unit::Minute => Grain::Minute,
        Unit::Hour => Grain::Hour,
        Unit::Day | Unit::Night => Grain::Day,
        Unit::Weekend => Grain::Weekend,
        Unit::Week | Unit::Fortnight => Grain::Week,
        Unit::Month => Grain::Month,
        Unit::Quarter => Grain::Quarter,
        Unit::Year => Grain::Year,
        Unit::Decade => Grain::Decade,
        Unit::Century => Grain::Century,
        Unit::Millennium => Grain::Millennium,
    }
}

fn unit_name(unit: Unit, n: i32) -> String {
    let s = format!("{unit:?}").to_lowercase();
    if n == 1 { s } else { format!("{s}s") }
}

fn month_name(m: u32) -> &'static str {
    const NAMES: [&str; 12] = [
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
    NAMES
        .get((m as usize).wrapping_sub(1))
        .copied()
        .unwrap_or("?")
}

fn weekday_name(wd: u8) -> &'static str {
    const NAMES: [&str; 7] = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];
    NAMES.get(wd as usize).copied().unwrap_or("?")
}

fn season_name(s: Season) -> &'static str {
    match s {
        Season::Spring => "spring",
        Season::Summer => "summer",
        Season::Fall => "fall",
        Season::Winter => "winter",
    }
}

fn signed(r: i32) -> String {
    match r {
        0 => "of publication".to_string(),
        -1 => "before publication".to_string(),
        1 => "after publication".to_string(),
        n => format!("{n:+}"),
    }
}

fn ordinal(n: i32) -> String {
    let suffix = match (n % 10, n % 100) {
        (1, 11) | (2, 12) | (3, 13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}
