//! Clock times that fall on no one day: a schedule's hours ("open daily from 8 a.m. to 7
//! p.m."), a habit's ("we usually practice at 9 a.m."), a curfew's. The resolver first puts
//! every clock time on the day the story is at; these passes then take the day off again
//! (`XXXX-XX-XXT08:00`), as TimeML writes a time that recurs, when the sentence around the
//! time says it recurs. They run after resolution because what they test, a recurrence
//! read nearby, is only known once its neighbours are resolved.

use super::anchor;
use super::doc::Doc;
use super::engine::{between, clause_ends_at, is_set, same_clause, time_on_day};
use super::expr::{Candidate, Expr, TimeOfDay};
use super::lexicon::{PartOfDay, Word};
use super::refine;

/// "I start work at 3 a.m. these days", "We usually practice at 9 a.m.": a clock time in a
/// present clause that says it is a habit is the habit's, on no one day
/// (`XXXX-XX-XXT03:00`), as a schedule's is. Only with the habit's word in the clock's own
/// clause, no day named there, and no past or future told around the clock. The hours of a
/// curfew ("a curfew from 10 p.m. to 4 a.m.") are every night's too.
pub(super) fn unplace_habitual_times(
    doc: &Doc,
    candidates: &[Candidate],
    resolved: &mut [Option<super::resolve::Resolved>],
) {
    use super::tense::{Tense, tense_around};
    let habit = |i: usize| {
        habit_adverb(doc.word(i)) || (doc.word(i) == "these" && doc.word(i + 1) == "days")
    };
    // "a curfew from 10 p.m. to 4 a.m.", "a curfew between 11 p.m. and 6 a.m.": a curfew's
    // hours are every night's.
    let curfew_hours = |c: &Candidate| {
        c.start >= 2
            && matches!(doc.word(c.start - 1), "from" | "between")
            && matches!(doc.word(c.start - 2), "curfew" | "curfews")
    };
    for (j, c) in candidates.iter().enumerate() {
        if !bare_hour(c) {
            continue;
        }
        let curfew_end = j > 0
            && curfew_hours(&candidates[j - 1])
            && candidates[j - 1].end + 1 == c.start
            && matches!(doc.word(c.start - 1), "to" | "and" | "until");
        if curfew_hours(c) || curfew_end {
            if let Some(r) = resolved[j].as_mut() {
                super::resolve::unplace_time(r);
            }
            continue;
        }
        if !matches!(c.time, Some(TimeOfDay::Clock { .. })) {
            continue;
        }
        let (first, last) = doc.sentence_tokens(c.start);
        let in_clause = |i: usize| in_clause_of(doc, c, i);
        // "Each session will begin at 10 a.m.", "All games start at 7:30 p.m.", "with each
        // paper starting at 9 a.m.": a subject taken one by one, before the time in its
        // clause, tells hours that recur, ahead as now. ("all day", "each of them": no
        // such subject.)
        let distributive = (first..c.start).any(|i| {
            matches!(doc.word(i), "each" | "all")
                && in_clause(i)
                && doc.is_word(i + 1)
                && !doc.cap(i + 1)
                && doc.lex(i + 1) == super::lexicon::Lex::None
                && doc.unit(i + 1).is_none()
                && doc.tense_class(i + 1) == 0
        });
        if !distributive && !(first..last).any(|i| habit(i) && in_clause(i)) {
            continue;
        }
        let day_named = candidates
            .iter()
            .filter(|o| o.start >= first && o.start < last && o.expr != Expr::TimeOnly)
            .any(|o| refine::names_a_day(&o.expr) && in_clause(o.start));
        let told = tense_around(doc, c.start, c.end).0;
        if day_named || told == Tense::Past || (told == Tense::Future && !distributive) {
            continue;
        }
        if let Some(r) = resolved[j].as_mut() {
            super::resolve::unplace_time(r);
        }
    }
}

/// Whether token `i` is in the clause of candidate `c`: no clause ends between them.
pub(super) fn in_clause_of(doc: &Doc, c: &Candidate, i: usize) -> bool {
    let (a, b) = if i < c.start {
        (i, c.start)
    } else {
        (c.end, i)
    };
    !(a..b).any(|k| clause_ends_at(doc, k))
}

/// A clock time, noon or midnight with no day of its own: "2 a.m.", "noon".
fn bare_hour(c: &Candidate) -> bool {
    c.expr == Expr::TimeOnly
        && matches!(
            c.time,
            Some(TimeOfDay::Clock { .. } | TimeOfDay::Part(PartOfDay::Midnight | PartOfDay::Noon))
        )
}

/// Whether `w` says that what its clause tells is a habit: "usually", "normally".
pub(super) fn habit_adverb(w: &str) -> bool {
    matches!(
        w,
        "usually" | "normally" | "typically" | "generally" | "ordinarily" | "nowadays" | "often"
    )
}

/// "It is now open daily from 8 a.m. to 7 p.m.", "ferries will run every 15 minutes between 6
/// a.m. and 10 a.m.", "twice daily, leaving Spokane at 6:15 a.m.": a clock time in a sentence
/// that states a recurrence of a day or less is a time of that schedule, on no one day, as
/// the annotated news writes it (`XXXX-XX-XXT08:00`). A time joined to a day ("6 a.m. on
/// Monday", "from noon to 5 p.m. Sunday") stays on it.
pub(super) fn unplace_schedule_times(
    doc: &Doc,
    candidates: &[Candidate],
    resolved: &mut [Option<super::resolve::Resolved>],
) {
    use super::value::TimexType;
    // "every 30 minutes", "hourly", "daily", "nightly", "each day", "seven days a week"; and
    // a weekday's recurrence, "on Saturdays from noon to 4 p.m.", "each Friday from 8pm",
    // whose hours are every such day's, not publication's.
    let daily_or_more = |resolved: &[Option<super::resolve::Resolved>], k: usize| {
        let c = &candidates[k];
        resolved[k].as_ref().is_some_and(|r| {
            r.kind == TimexType::Set
                && (r.value.starts_with("PT")
                    || r.value == "P1D"
                    || r.value.starts_with("XXXX-XX-XXT")
                    || r.value.starts_with("XXXX-WXX-")
                    || (r.value == "P1W"
                        && doc.word(c.end - 1) == "week"
                        && (c.start..c.end).any(|i| doc.word(i) == "days")))
        })
    };
    let mut k = 0;
    while k < candidates.len() {
        let (first, last) = doc.sentence_tokens(candidates[k].start);
        let mut end = k;
        while end < candidates.len() && candidates[end].start < last {
            end += 1;
        }
        // "open from 9am to 7pm until the end of March", "closed between 10 p.m. and 5 a.m.
        // through Friday": hours that hold until a later day are each day's hours.
        let hours_until = (k..end.saturating_sub(1)).any(|o| {
            let (a, b) = (&candidates[o], &candidates[o + 1]);
            a.expr == Expr::TimeOnly
                && b.expr == Expr::TimeOnly
                && anchor::range_of(doc, a, b).is_some()
                && candidates[o + 2..end].iter().any(|d| {
                    d.expr != Expr::TimeOnly
                        && d.start > 0
                        && matches!(doc.word(d.start - 1), "until" | "through" | "till")
                        // "from 4 p.m. to 7 p.m., and the stores will stop selling eggs
                        // through Wednesday": another clause's bound.
                        && same_clause(doc, b, d)
                })
        });
        let days_recur = |resolved: &[Option<super::resolve::Resolved>], c: &Candidate| {
            (k..end).any(|o| {
                daily_or_more(resolved, o)
                    && resolved[o]
                        .as_ref()
                        .is_some_and(|r| !r.value.starts_with("PT"))
                    && same_clause(doc, c, &candidates[o])
                    // "The shelter, open daily, was evacuated at 3 a.m.": a verb between them
                    // tells the time of its own event.
                    && between(c, &candidates[o]).all(|i| doc.tense_class(i) == 0)
            })
        };
        if hours_until || (k..end).any(|o| daily_or_more(resolved, o)) {
            for j in k..end {
                let c = &candidates[j];
                if c.expr != Expr::TimeOnly {
                    continue;
                }
                let on_a_day = candidates
                    .get(j + 1)
                    .is_some_and(|next| time_on_day(doc, c, next))
                    || [j.checked_sub(1), Some(j + 1)]
                        .into_iter()
                        .flatten()
                        .filter(|&o| !is_set(resolved, o))
                        .filter_map(|o| candidates.get(o))
                        .any(|o| {
                            o.expr != Expr::TimeOnly
                                && o.start >= first
                                && refine::names_a_day(&o.expr)
                                // "daily from noon to 7 p.m. until Labor Day": the schedule's
                                // last day bounds it; the time is not on it.
                                && !(o.start > 0
                                    && matches!(
                                        doc.word(o.start - 1),
                                        "until" | "through" | "till"
                                    ))
                                && anchor::range_of(doc, c, o)
                                    .or_else(|| anchor::range_of(doc, o, c))
                                    .is_some()
                        });
                // "Divers searched every 30 minutes from 6 a.m.": a past day's schedule. But
                // hours that recur from day to day ("struck between 10 a.m. and 3 p.m., usually
                // on Tuesdays") are every such day's, told in the past or not.
                let told_done = !days_recur(resolved, c)
                    && super::tense::tense_around(doc, c.start, c.end).0
                        == super::tense::Tense::Past;
                // "On Saturday, shuttles will run every 15 minutes from 9 a.m.": that day's
                // schedule. A day in another clause ("..., and the gala is set for Sunday") or
                // one that bounds the schedule ("daily through Sept. 30") does not make it
                // one day's.
                let one_day = (k..end).any(|o| {
                    let d = &candidates[o];
                    refine::names_a_day(&d.expr)
                        && !is_set(resolved, o)
                        && !(d.start > 0
                            && matches!(
                                doc.word(d.start - 1),
                                "through"
                                    | "until"
                                    | "till"
                                    | "starting"
                                    | "beginning"
                                    | "from"
                                    // "daily, including Saturday": one of the schedule's days.
                                    | "including"
                                    | "except"
                                    | "excluding"
                            ))
                        && same_clause(doc, c, d)
                });
                // "shuttle buses will run every 15 minutes starting at noon": the start of
                // one day's service, on that day.
                let lead = if c.start > 0 && doc.is(c.start - 1, Word::At) {
                    c.start - 1
                } else {
                    c.start
                };
                // ("six days a week, usually starting at 5 a.m.": a habit's start, every day's.)
                let starts_service = lead > 0
                    && matches!(doc.word(lead - 1), "starting" | "beginning")
                    && !(lead > 1 && habit_adverb(doc.word(lead - 2)));
                // Hours that hold until a later day are no one day's, whatever day the
                // sentence names beside them ("resumes Wednesday, with lanes closed from 9
                // p.m. to 5 a.m. until mid-October"; "open from 9am to 7pm until the end of
                // March, closing only on Christmas Day").
                // "Polls open at 7 a.m. and close at 7 p.m., and the county clerk said
                // returns would be posted every 30 minutes": a recurrence someone reports in a
                // clause of its own is not the hours'.
                let recurs_here = hours_until
                    || (k..end).any(|o| {
                        daily_or_more(resolved, o)
                            && !between(c, &candidates[o])
                                .any(|i| matches!(doc.word(i), "said" | "says" | "told"))
                    });
                if !on_a_day
                    && !told_done
                    && recurs_here
                    && (hours_until || !one_day)
                    && !starts_service
                {
                    if let Some(r) = resolved[j].as_mut() {
                        super::resolve::unplace_time(r);
                    }
                }
            }
        }
        k = end.max(k + 1);
    }
}

/// "Cafes stay open until 2 a.m. during Ramadan", "the camps run from 7 a.m. to 6 p.m. during
/// each break", "trains run between 7am and 7pm on strike days": hours that hold during a
/// stretch of days, or on every day of a kind, are every such day's, on no one day, in the
/// past as in the present ("Last year, the metro ran until 1:30 a.m. during Ramadan"). Only
/// when that stretch follows the time in its own clause, with no verb between (", when crews
/// worked during the night" tells an event of its own), and no day is named with the time.
/// "During the fast, sessions begin at 9 a.m." opens the sentence with it.
pub(super) fn unplace_span_hours(
    doc: &Doc,
    candidates: &[Candidate],
    resolved: &mut [Option<super::resolve::Resolved>],
) {
    for (j, c) in candidates.iter().enumerate() {
        if !bare_hour(c) {
            continue;
        }
        let on_a_day = candidates
            .get(j + 1)
            .is_some_and(|next| time_on_day(doc, c, next));
        if on_a_day || !(span_follows(doc, c) || span_opens_sentence(doc, c)) {
            continue;
        }
        if let Some(r) = resolved[j].as_mut() {
            super::resolve::unplace_time(r);
        }
    }
}

/// Whether the clause goes on from the time `c` to "during" a stretch of days or "on" a kind
/// of day, with no verb and no clause end on the way.
fn span_follows(doc: &Doc, c: &Candidate) -> bool {
    let last = doc.sentence_tokens(c.start).1.min(c.end + 10);
    for k in c.end..last {
        if clause_ends_at(doc, k) || doc.tense_class(k) != 0 {
            return false;
        }
        match doc.word(k) {
            "during" if stretch_of_days(doc, k + 1) => return true,
            "on" if kind_of_day(doc, k + 1) => return true,
            _ => {}
        }
    }
    false
}

/// "During the fast, sessions begin at 9 a.m.": the sentence opens with the stretch, and
/// the time is in the clause right after it.
fn span_opens_sentence(doc: &Doc, c: &Candidate) -> bool {
    let first = doc.sentence_tokens(c.start).0;
    if doc.word(first) != "during" || !stretch_of_days(doc, first + 1) {
        return false;
    }
    let Some(comma) = (first + 1..c.start).find(|&k| doc.punct(k, ',')) else {
        return false;
    };
    !(comma + 1..c.start).any(|k| clause_ends_at(doc, k))
}

/// Whether the words from `i` name a stretch of many days: "each break", "every shutdown",
/// "Ramadan", "the holy month", "the fast", "the festival", "the summer", "the school
/// holidays".
fn stretch_of_days(doc: &Doc, i: usize) -> bool {
    if matches!(doc.word(i), "each" | "every") {
        return true;
    }
    let mut k = i;
    if matches!(doc.word(k), "the" | "this" | "that" | "its" | "their") {
        k += 1;
    }
    // "the holy month", "the fasting month", "the school holidays", "the summer break".
    if matches!(
        doc.word(k),
        "holy" | "fasting" | "school" | "summer" | "winter" | "holiday" | "festive" | "tourist"
    ) && stretch_noun(doc.word(k + 1))
    {
        return true;
    }
    stretch_noun(doc.word(k))
}

fn stretch_noun(w: &str) -> bool {
    matches!(
        w,
        "ramadan"
            | "lent"
            | "month"
            | "fast"
            | "festival"
            | "holidays"
            | "season"
            | "summer"
            | "winter"
            | "break"
            | "shutdown"
            | "closures"
            | "strike"
            | "tournament"
            | "games"
    )
}

/// Whether the words from `i` name a kind of day that recurs: "strike days", "match days",
/// "school nights", "weekdays", "weekends", "alternate days".
fn kind_of_day(doc: &Doc, i: usize) -> bool {
    match doc.word(i) {
        "weekdays" | "weekends" | "weeknights" => true,
        // "on Sundays" is a recurrence the rules read already; "on the days" is no kind.
        "the" | "those" | "these" => false,
        w => {
            doc.is_word(i)
                && !w.is_empty()
                && !doc.cap(i)
                && matches!(doc.word(i + 1), "days" | "nights")
        }
    }
}
