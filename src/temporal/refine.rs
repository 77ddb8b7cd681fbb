//! Refiners: turning the rules' overlapping proposals into the mentions of the text, in the
//! order the engine runs them.
//!
//! 1. [`select`] keeps the longest reading wherever proposals overlap ("a year ago" over
//!    "a year"; "the third quarter of 1990" over "1990").
//! 2. [`drop_quoted_titles`] drops "This Week" in ABC's "This Week" and the like.
//! 3. [`join_durations`] reads "two hours and 15 minutes" as one amount.
//! 4. [`count_from_days`] reads "a week from Tuesday" as one day.
//! 5. [`pick_weekdays`] reads "the first Sunday in April" and "the Monday before
//!    Christmas" as one day, and "the second Tuesday of each month" as one recurrence.
//! 6. [`pick_end_days`] reads "the first day of next month" as one day.
//! 7. [`recurring_days`] reads "every Dec. 2" as a recurrence.
//! 8. [`complete_ranges`] finds the bare day that ends a range ("Aug. 5-8", "August 5 to 8")
//!    and gives it the month and year of its partner; the anchor stage links the two.
//! 9. [`attach_times`] joins a clock time to the day named right after it ("5 p.m. Friday")
//!    or to a daily recurrence ("10 p.m. nightly").
//! 10. [`move_beside_days`] reads "the day after Christmas" as one day, "the early hours of
//!     Saturday" as the start of one, and "the night of Feb. 26" as a part of one.
//! 11. [`widen_to_weeks`] reads "the week of March 6" and "Easter week" as weeks.
//! 12. [`count_ahead`] reads "in five years" under a future verb as a time ahead: an amount
//!     in TimeML that the timeline places five years on.
//! 13. [`share_years`] gives a date without a year the year of the date it is listed with
//!     ("on March 5 and Sept. 12, 2019") or ranged with ("from May to July 2019").
//! 14. [`approximate_dates`] takes "around" into "around Nov. 1" (mod `APPROX`).
//! 15. [`restated_steps`] reads "five days later, on Jan. 8" as Jan. 8.

use super::doc::Doc;
use super::expr::{Amount, Candidate, DayPick, Expr, Shift, TimeOfDay, YearRef, rule_name};
use super::lexicon::{Lex, PartOfDay, Unit, Word};
use super::rules::{amount_at, day_of, end_day_before, year_after};
use super::tense::{Tense, tense_around};

/// Keep the longest candidate wherever candidates overlap; ties go to the earlier start, then
/// to the rule proposed first. The result is in text order.
pub(crate) fn select(mut candidates: Vec<Candidate>) -> Vec<Candidate> {
    longest_first(&mut candidates);
    let mut kept = if candidates.len() <= SCAN_LIMIT {
        keep_by_scan(candidates)
    } else {
        keep_by_holder(candidates)
    };
    kept.sort_by_key(|c| c.start);
    kept
}

/// The order [`select`] takes candidates in: longest first, then earliest; a stable sort keeps
/// the rules' own order among equals.
fn longest_first(candidates: &mut [Candidate]) {
    candidates.sort_by(|a, b| b.len().cmp(&a.len()).then(a.start.cmp(&b.start)));
}

/// An article proposes a few dozen candidates, and testing each against every kept one is
/// the cheapest there is; past this many, the per-token [`keep_by_holder`] wins, and on
/// machine-made text with tens of thousands of dates it is the only one that finishes.
const SCAN_LIMIT: usize = 256;

/// [`select`]'s choice for candidates sorted longest first, testing each against every kept one.
fn keep_by_scan(candidates: Vec<Candidate>) -> Vec<Candidate> {
    let mut kept: Vec<Candidate> = Vec::with_capacity(candidates.len());
    for c in candidates {
        if kept.iter().all(|k| !(k.start < c.end && c.start < k.end)) {
            kept.push(c);
        }
    }
    kept
}

/// The same choice as [`keep_by_scan`], at a cost of the candidates' total length: each token
/// remembers which kept candidate holds it, and a candidate is tested on its own tokens.
fn keep_by_holder(candidates: Vec<Candidate>) -> Vec<Candidate> {
    let tokens = candidates.iter().map(|c| c.end.max(c.start + 1)).max();
    // 0: no kept candidate holds the token; otherwise the holder's place in `kept`, plus one.
    let mut holder = vec![0usize; tokens.unwrap_or(0)];
    let mut kept: Vec<Candidate> = Vec::with_capacity(candidates.len());
    for c in candidates {
        let taken = if c.end > c.start {
            holder[c.start..c.end].iter().any(|&h| h != 0)
        } else {
            // An empty candidate overlaps only a kept one that runs across its place.
            c.start > 0 && holder[c.start - 1] != 0 && holder[c.start - 1] == holder[c.start]
        };
        if !taken {
            kept.push(c);
            holder[c.start..c.end].fill(kept.len());
        }
    }
    kept
}

/// Drop what a quoted title begins with: ABC's "This Week," NBC's "Today" show, the film
/// "Tomorrow Never Dies". A quotation opened in mid-sentence whose words are all
/// capitalised (short function words aside) up to its closing mark names a show or a work,
/// not a time. A quotation that opens a sentence ("Today," he said) or holds a clause
/// ("This week has been hard.") is speech, and its dates stay.
pub(crate) fn drop_quoted_titles(doc: &Doc, mut mentions: Vec<Candidate>) -> Vec<Candidate> {
    mentions.retain(|c| !opens_quoted_title(doc, c.start));
    mentions
}

fn opens_quoted_title(doc: &Doc, start: usize) -> bool {
    if start < 2 || !doc.quote_mark(start - 1) || !doc.cap(start) {
        return false;
    }
    // What comes before the opening mark must continue a sentence, not end or introduce one.
    let before = start - 2;
    let before = if doc.quote_mark(before) && before > 0 {
        before - 1
    } else {
        before
    };
    if doc.sentence_start(start - 1)
        || [':', '.', '!', '?', '(', '—']
            .iter()
            .any(|&p| doc.punct(before, p))
    {
        return false;
    }
    for k in start..(start + 12).min(doc.len()) {
        if doc.quote_mark(k) {
            return k > start;
        }
        if doc.punct(k, ',') && doc.quote_mark(k + 1) {
            return true;
        }
        if doc.is_word(k) {
            let small = matches!(
                doc.word(k),
                "a" | "an" | "the" | "of" | "with" | "and" | "in" | "on" | "at" | "for" | "to"
            );
            if !(doc.cap(k) || small) {
                return false;
            }
        } else if !doc.is_number(k) {
            return false;
        }
    }
    false
}

/// "two hours and 15 minutes", "a year and six months": two counted amounts joined by "and",
/// the larger first, are one duration. Weeks and days, or years and days, are not said
/// this way in news; the pairs that are come next to each other in the scale.
pub(crate) fn join_durations(doc: &Doc, mentions: Vec<Candidate>) -> Vec<Candidate> {
    let adjacent = |big: Unit, small: Unit| {
        matches!(
            (big, small),
            (Unit::Hour, Unit::Minute)
                | (Unit::Minute, Unit::Second)
                | (Unit::Year, Unit::Month)
                | (Unit::Day, Unit::Hour)
                | (Unit::Week, Unit::Day)
        )
    };
    // "and", a comma, or both: "2 hours, 9 minutes and 44 seconds"; or nothing before a
    // counted figure, as race times are written: "2 hours 10 minutes 37 seconds".
    let joined = |prev: &Candidate, c: &Candidate| {
        let mut gap = prev.end..c.start;
        let with_and = gap.clone().any(|j| doc.is(j, Word::And));
        let separated =
            (1..=2).contains(&gap.len()) && gap.all(|j| doc.is(j, Word::And) || doc.punct(j, ','));
        (separated || (prev.end == c.start && doc.is_number(c.start)))
            && c.modifier.is_none()
            // "for two hours, 30 minutes later": the second amount starts a count of its own.
            // ("two hours and 10 minutes before the doors opened" is one amount.)
            && (with_and
                || !matches!(
                    doc.lex(c.end),
                    Lex::Word(Word::Later | Word::Earlier | Word::Ago | Word::Before | Word::After)
                ))
    };
    let mut out: Vec<Candidate> = Vec::with_capacity(mentions.len());
    for c in mentions {
        if let (
            Some(prev),
            Expr::Duration {
                amount: Amount::Count(m),
                unit: small,
            },
        ) = (out.last_mut(), c.expr)
        {
            if joined(prev, &c) {
                match prev.expr {
                    Expr::Duration {
                        amount: Amount::Count(n),
                        unit: big,
                    } if adjacent(big, small) => {
                        prev.expr = Expr::DurationSum {
                            first: (n, big),
                            second: (m, small),
                            third: None,
                        };
                        prev.end = c.end;
                        prev.rule = "duration-sum";
                        continue;
                    }
                    Expr::DurationSum {
                        first,
                        second,
                        third: None,
                    } if adjacent(second.1, small) => {
                        prev.expr = Expr::DurationSum {
                            first,
                            second,
                            third: Some((m, small)),
                        };
                        prev.end = c.end;
                        continue;
                    }
                    _ => {}
                }
            }
        }
        out.push(c);
    }
    out
}

/// "a week from Tuesday", "three weeks from today", "10 days from tomorrow", and British
/// "a week today", "a fortnight tomorrow": a day counted from a named day is one date.
/// Longer counts name months, which a day offset cannot carry: "two months from today" is
/// the relative rule's, a shift from publication that keeps the day.
pub(crate) fn count_from_days(doc: &Doc, mentions: Vec<Candidate>) -> Vec<Candidate> {
    let mut out: Vec<Candidate> = Vec::with_capacity(mentions.len());
    for c in mentions {
        if let Some(prev) = out.last() {
            let days = match prev.expr {
                Expr::Duration {
                    amount: Amount::Count(n),
                    unit: Unit::Day,
                } => Some(n),
                Expr::Duration {
                    amount: Amount::Count(n),
                    unit: Unit::Week,
                } => n.checked_mul(7),
                _ => None,
            };
            // "a week today", "a fortnight tomorrow": British for a week or two on from that
            // day, with no "from" between.
            let days = days.or(match prev.expr {
                Expr::Duration {
                    amount: Amount::Count(1),
                    unit: Unit::Fortnight,
                } => Some(14),
                _ => None,
            });
            let british = c.start == prev.end
                && matches!(doc.lex(c.start), Lex::Word(Word::Today | Word::Tomorrow))
                && matches!(doc.lex(prev.start), Lex::Word(Word::A))
                && matches!(days, Some(7 | 14));
            // "for two weeks from June 1": how long, from when; not a day.
            let lasting = prev.start > 0 && doc.word(prev.start - 1) == "for";
            let from =
                (c.start == prev.end + 1 && doc.word(prev.end) == "from" && !lasting) || british;
            if let (Some(days), true) = (days, from) {
                if names_a_day(&c.expr) && c.day_offset == 0 && c.time.is_none() && days <= 120 {
                    let start = prev.start;
                    out.pop();
                    let mut merged = c;
                    merged.start = start;
                    merged.day_offset = i8::try_from(days).unwrap_or(0);
                    merged.modifier = None;
                    merged.rule = "count-from-day";
                    out.push(merged);
                    continue;
                }
            }
        }
        out.push(c);
    }
    out
}

/// "the first Sunday in April", "the last Monday of May": a weekday counted within a month;
/// "the Monday before Christmas", "the Friday after Thanksgiving": the nearest such weekday
/// on that side of a day. The month or day is resolved as usual, then the weekday picked
/// from it.
pub(crate) fn pick_weekdays(doc: &Doc, mentions: Vec<Candidate>) -> Vec<Candidate> {
    let mut out: Vec<Candidate> = Vec::with_capacity(mentions.len());
    let mut skip = false;
    for (k, c) in mentions.iter().enumerate() {
        if skip {
            skip = false;
            continue;
        }
        // "the weekend before Christmas", "the weekend after Thanksgiving": the weekend of
        // the Saturday on that side of the day. ("the last weekend before Christmas": the
        // same, the one right before it.)
        if let (
            Expr::Relative {
                unit: Unit::Weekend,
                offset: offset @ (0 | -1),
                ..
            },
            Some(next),
        ) = (c.expr, mentions.get(k + 1))
        {
            let last_before = offset == -1 && doc.word(c.start + 1) == "last";
            let pick = match doc.word(c.end) {
                "before" if offset == 0 || last_before => Some(DayPick::Before(5)),
                "after" if offset == 0 => Some(DayPick::After(5)),
                _ => None,
            };
            if let (Some(pick), true, true) = (
                pick,
                next.start == c.end + 1 && doc.is(c.start, Word::The),
                names_a_day(&next.expr) && next.time.is_none(),
            ) {
                let mut merged = *next;
                merged.start = c.start;
                merged.day_pick = Some(pick);
                merged.widen = Some(Unit::Weekend);
                merged.rule = "weekend-of";
                out.push(merged);
                skip = true;
                continue;
            }
        }
        let Expr::Weekday { weekday, shift } = c.expr else {
            out.push(*c);
            continue;
        };
        let Some(next) = mentions.get(k + 1) else {
            out.push(*c);
            continue;
        };
        let joined = next.start == c.end + 1 && c.time.is_none() && next.time.is_none();
        let the = |i: usize| i > 0 && doc.is(i - 1, Word::The);
        let ordinal = match (shift, c.start) {
            (Shift::Bare, s) if s >= 2 && doc.is(s - 2, Word::The) => match doc.lex(s - 1) {
                Lex::Ordinal(n @ 1..=5) => i8::try_from(n).ok().map(|n| (n, s - 2)),
                _ => None,
            },
            (Shift::Last, s) if the(s) => Some((-1, s - 1)),
            _ => None,
        };
        let month_next = matches!(
            next.expr,
            Expr::Calendar {
                month: Some(_),
                day: None,
                ..
            } | Expr::Month { .. }
        );
        // "the second Tuesday of each month": one recurrence, monthly, as annotated news
        // writes it.
        if let (Some((_, start)), true, Expr::Set("P1M"), "of") =
            (ordinal, joined, next.expr, doc.word(c.end))
        {
            let mut merged = *next;
            merged.start = start;
            merged.rule = "weekday-of-every-month";
            out.push(merged);
            skip = true;
            continue;
        }
        let pick = if let (Some((n, start)), true, true, true) = (
            ordinal,
            joined,
            month_next,
            matches!(doc.word(c.end), "in" | "of"),
        ) {
            Some((DayPick::Nth(n, weekday), start))
        } else if shift == Shift::Bare
            && the(c.start)
            && joined
            && names_a_day(&next.expr)
            && !matches!(next.expr, Expr::Weekday { .. })
        {
            match doc.word(c.end) {
                "before" => Some((DayPick::Before(weekday), c.start - 1)),
                "after" => Some((DayPick::After(weekday), c.start - 1)),
                _ => None,
            }
        } else {
            None
        };
        match pick {
            Some((pick, start)) => {
                let mut merged = *next;
                merged.start = start;
                merged.day_pick = Some(pick);
                merged.rule = "weekday-of";
                out.push(merged);
                skip = true;
            }
            None => out.push(*c),
        }
    }
    out
}

/// "the first day of next month", "the last day of 2012", "the final day of March": the day
/// at one end of the period named after "of". ("the last day of the month" has no period
/// mention of its own and is the relative rule's.)
pub(crate) fn pick_end_days(doc: &Doc, mut mentions: Vec<Candidate>) -> Vec<Candidate> {
    for c in &mut mentions {
        if c.day_pick.is_some() || c.time.is_some() {
            continue;
        }
        let Some(pick) = end_day_before(doc, c.start) else {
            continue;
        };
        let period = match c.expr {
            Expr::Calendar {
                year,
                month,
                day: None,
                ..
            } => month.is_some() || year.is_some(),
            Expr::Month { .. } | Expr::Year(_) => true,
            Expr::Relative { unit, .. } | Expr::Narrative { unit, .. } => {
                matches!(unit, Unit::Month | Unit::Year | Unit::Week | Unit::Quarter)
            }
            Expr::Quarter { .. } => true,
            _ => false,
        };
        if period && c.modifier.is_none() {
            c.start -= 4;
            c.day_pick = Some(pick);
            c.rule = "end-day-of";
        }
    }
    mentions
}

/// "every Dec. 2", "each Fourth of July", "every Christmas": a day of the year that
/// recurs. Holidays that move with the calendar (Easter, Thanksgiving) have no such value
/// and are left as dates. A weekday listed after a recurring one ("every Monday and
/// Thursday") recurs too.
pub(crate) fn recurring_days(doc: &Doc, mut mentions: Vec<Candidate>) -> Vec<Candidate> {
    use super::holidays::date_of;
    use chrono::Datelike;
    for c in &mut mentions {
        if c.start == 0
            || !matches!(doc.lex(c.start - 1), Lex::Word(Word::Every | Word::Each))
            || c.time.is_some()
        {
            continue;
        }
        let day = match c.expr {
            Expr::Calendar {
                year: None,
                month: Some(month),
                day: Some(day),
                ..
            } => Some((month, day)),
            Expr::DayOfYear {
                month,
                day,
                year: super::expr::YearRef::Implied,
            } => Some((month, day)),
            Expr::Holiday { holiday, .. } => match (date_of(holiday, 2001), date_of(holiday, 2002))
            {
                (Some(a), Some(b)) if (a.month(), a.day()) == (b.month(), b.day()) => {
                    Some((a.month(), a.day()))
                }
                _ => None,
            },
            _ => None,
        };
        if let Some((month, day)) = day {
            c.expr = Expr::SetDay { month, day };
            c.start -= 1;
            c.rule = "every-day-of-year";
        }
    }
    // "every Monday and Thursday", "each Tuesday or Friday", "every Monday, Wednesday and
    // Friday": the weekdays listed after a recurring one recur too.
    for k in 1..mentions.len() {
        let (before, rest) = mentions.split_at_mut(k);
        let (prev, c) = (&before[k - 1], &mut rest[0]);
        let Expr::Weekday {
            weekday,
            shift: super::expr::Shift::Bare,
        } = c.expr
        else {
            continue;
        };
        let joins =
            |k: usize| doc.punct(k, ',') || matches!(doc.lex(k), Lex::Word(Word::And | Word::Or));
        let listed = matches!(prev.expr, Expr::SetWeekday(..))
            && (c.start == prev.end + 1 || c.start == prev.end + 2)
            && (prev.end..c.start).all(joins);
        if listed {
            c.expr = Expr::SetWeekday(weekday, None);
            c.rule = "every";
        }
    }
    mentions
}

/// "the early hours of Saturday", "the small hours of this morning": the start of that day.
fn early_hours_before(doc: &Doc, c: &Candidate) -> bool {
    c.start >= 4
        && doc.is(c.start - 1, Word::Of)
        && doc.unit(c.start - 2) == Some((Unit::Hour, true))
        && matches!(doc.word(c.start - 3), "early" | "small" | "wee")
        && doc.is(c.start - 4, Word::The)
}

/// "the day after Christmas", "the day before Election Day": the named day, moved by one.
/// ("the day before yesterday" is the relative rule's own.) "the early hours of Saturday":
/// the start of the day. "the night of Feb. 26": a part of it.
pub(crate) fn move_beside_days(doc: &Doc, mut mentions: Vec<Candidate>) -> Vec<Candidate> {
    for c in &mut mentions {
        if (names_a_day(&c.expr) || c.time.is_some())
            && c.modifier.is_none()
            && early_hours_before(doc, c)
        {
            c.start -= 4;
            c.modifier = Some(super::value::Mod::Start);
            continue;
        }
        if !names_a_day(&c.expr) || c.time.is_some() || matches!(c.expr, Expr::Relative { .. }) {
            continue;
        }
        // "the night of Feb. 26", "the afternoon of Jan. 12, 2010": a part of the day, as
        // "Friday night" is.
        let part_of = match c.start.checked_sub(3) {
            Some(k) if doc.is(k, Word::The) && doc.word(k + 2) == "of" => match doc.lex(k + 1) {
                Lex::PartOfDay(
                    p @ (PartOfDay::Morning
                    | PartOfDay::Afternoon
                    | PartOfDay::Evening
                    | PartOfDay::Night),
                ) => Some(p),
                _ => None,
            },
            _ => None,
        };
        if let Some(p) = part_of {
            c.start -= 3;
            c.time = Some(TimeOfDay::Part(p));
            c.rule = "part-of-the-day";
            continue;
        }
        // ("the week after Thanksgiving": the week after the holiday's.)
        let beside = c.start >= 3
            && doc.is(c.start - 3, Word::The)
            && matches!(doc.lex(c.start - 1), Lex::Word(Word::After | Word::Before));
        let unit = match doc.unit(c.start.wrapping_sub(2)) {
            Some((u @ (Unit::Day | Unit::Week), false)) if beside => Some(u),
            _ => None,
        };
        if let Some(unit) = unit {
            let sign = if doc.is(c.start - 1, Word::After) {
                1
            } else {
                -1
            };
            if unit == Unit::Week {
                c.day_offset = 7 * sign;
                c.widen = Some(Unit::Week);
            } else {
                c.day_offset = sign;
            }
            c.start -= 3;
            c.rule = "the-day-beside";
        }
    }
    mentions
}

/// "the week of March 6": the week around a date. "Easter week": the week around a holiday;
/// "the Memorial Day weekend": the weekend next to it; "the weekend of July 30": the weekend
/// a date falls in, which takes the place of "the weekend" read alone before it.
pub(crate) fn widen_to_weeks(doc: &Doc, mut mentions: Vec<Candidate>) -> Vec<Candidate> {
    let mut swallowed = Vec::new();
    for k in 0..mentions.len() {
        let c = &mentions[k];
        if !names_a_day(&c.expr) || c.time.is_some() || c.day_offset != 0 {
            continue;
        }
        let weekend_of = c.start >= 3
            && matches!(c.expr, Expr::Calendar { .. } | Expr::DayOfYear { .. })
            && doc.is(c.start - 1, Word::Of)
            && doc.unit(c.start - 2) == Some((Unit::Weekend, false))
            && doc.is(c.start - 3, Word::The);
        if weekend_of {
            let start = c.start - 3;
            if k > 0 && mentions[k - 1].start >= start && mentions[k - 1].end < mentions[k].start {
                swallowed.push(k - 1);
            }
            let c = &mut mentions[k];
            c.start = start;
            c.widen = Some(Unit::Weekend);
            c.rule = "weekend-of";
            continue;
        }
        let c = &mut mentions[k];
        // "the week of March 6"; "the week ending Sept. 23", "the week ended Friday".
        let week_of = c.start >= 3
            && (doc.is(c.start - 1, Word::Of)
                || matches!(doc.word(c.start - 1), "ending" | "ended"))
            && doc.unit(c.start - 2) == Some((Unit::Week, false))
            && doc.is(c.start - 3, Word::The);
        if week_of {
            c.start -= 3;
            c.widen = Some(Unit::Week);
            c.rule = "week-of";
        } else if (matches!(c.expr, Expr::Holiday { .. })
            && doc.unit(c.end) == Some((Unit::Week, false)))
            || (matches!(
                c.expr,
                Expr::Holiday { .. } | Expr::DayOfYear { .. } | Expr::Calendar { .. }
            ) && doc.unit(c.end) == Some((Unit::Weekend, false)))
        {
            // "Easter week"; "the Labor Day weekend", "Thanksgiving weekend": the weekend
            // the holiday belongs to, whose article is the weekend's.
            c.widen = doc.unit(c.end).map(|(u, _)| u);
            c.end += 1;
            if c.widen == Some(Unit::Weekend) && c.start > 0 && doc.is(c.start - 1, Word::The) {
                c.start -= 1;
            }
        }
    }
    for k in swallowed.into_iter().rev() {
        mentions.remove(k);
    }
    mentions
}

/// True for expressions that name one day.
pub(crate) fn names_a_day(expr: &Expr) -> bool {
    match expr {
        Expr::Calendar { day, .. } => day.is_some(),
        Expr::DayOfYear { .. } => true,
        Expr::Weekday { .. } | Expr::Holiday { .. } => true,
        Expr::Relative { unit, .. } => *unit == super::lexicon::Unit::Day,
        _ => false,
    }
}

/// Whether the weekday `c` opens a range to another: "Monday through Friday", "Sunday to
/// Thursday".
pub(crate) fn starts_weekday_range(doc: &Doc, c: &Candidate) -> bool {
    matches!(c.expr, Expr::Weekday { .. })
        && (matches!(doc.lex(c.end), Lex::Word(Word::Through | Word::To))
            || doc.word(c.end) == "thru"
            || doc.dash(c.end))
        && matches!(doc.lex(c.end + 1), Lex::Weekday(_))
}

/// "5 p.m. EST Nov. 9", "noon Saturday", "4 a.m. EDT Thursday", "8 p.m. tonight": a time
/// followed by the day it is on becomes one TIME mention; "10 p.m. nightly", one SET.
pub(crate) fn attach_times(doc: &Doc, mentions: Vec<Candidate>) -> Vec<Candidate> {
    let mut out: Vec<Candidate> = Vec::with_capacity(mentions.len());
    let mut i = 0;
    while i < mentions.len() {
        let c = mentions[i];
        if let Some(merged) = mentions
            .get(i + 1)
            .and_then(|next| weekly_at_a_time(doc, &c, next))
        {
            out.push(merged);
            i += 2;
            continue;
        }
        if c.expr == Expr::TimeOnly {
            // "10 p.m. nightly", "9 a.m. daily": one recurrence at that time. Not the end of
            // a span of hours ("from 10 a.m. to 8 p.m. daily"), whose start would be left a
            // single day's time.
            let ends_span = || {
                c.start > 0
                    && (matches!(doc.lex(c.start - 1), Lex::Word(Word::To | Word::Until))
                        || doc.dash(c.start - 1))
                    && out
                        .last()
                        .is_some_and(|p| p.expr == Expr::TimeOnly && p.end + 1 == c.start)
            };
            if let (Some(next), Some(TimeOfDay::Clock { .. })) = (mentions.get(i + 1), c.time) {
                if next.expr == Expr::SetDaily && next.start == c.end && !ends_span() {
                    let mut merged = *next;
                    merged.start = c.start;
                    merged.time = c.time;
                    merged.rule = "time-and-recurrence";
                    out.push(merged);
                    i += 2;
                    continue;
                }
            }
            if let Some(next) = mentions.get(i + 1) {
                // "5 p.m. Friday", "4 p.m. EST, Nov. 7"; "8 p.m. on Tuesday" stays two
                // expressions, as TimeML marks them.
                // ("7 a.m. to 6 p.m., Monday through Saturday": the hours of each day of a
                // range of weekdays, which the range does not take in.)
                // ("at 5 p.m. That night, a farmer called": the clock's full stop ended its
                // sentence.)
                let gap_ok = (next.start == c.end
                    || (next.start == c.end + 1 && doc.punct(c.end, ',')))
                    && !starts_weekday_range(doc, next)
                    && !doc.sentence_start(next.start);
                // "8 p.m. tonight", "9 a.m. this morning", "midnight tonight": the clock time
                // is the finer one.
                let day_only = next.time.is_none()
                    || matches!(
                        (c.time, next.time),
                        (
                            Some(
                                TimeOfDay::Clock { .. }
                                    | TimeOfDay::Part(PartOfDay::Noon | PartOfDay::Midnight)
                            ),
                            Some(TimeOfDay::Part(_))
                        )
                    );
                // "6pm that day", "9:30 that night", "noon the next day", "9:30 p.m. the
                // previous evening": a day the narrative names.
                // ("10 a.m. the same morning" stays two.)
                let that_day = match next.expr {
                    Expr::Narrative {
                        unit: Unit::Day | Unit::Night,
                        offset,
                        ..
                    } => {
                        (offset == 0 && doc.is(next.start, Word::That))
                            || (offset.abs() == 1 && doc.is(next.start, Word::The))
                    }
                    _ => false,
                };
                if gap_ok && (names_a_day(&next.expr) || that_day) && day_only {
                    let mut merged = *next;
                    merged.start = c.start;
                    merged.time = c.time.map(|t| in_part_of_day(t, next.time));
                    merged.modifier = c.modifier.or(next.modifier);
                    merged.rule = "time-and-day";
                    out.push(merged);
                    i += 2;
                    continue;
                }
            }
        }
        out.push(c);
        i += 1;
    }
    out
}

/// A clock time read in the part of the day named with it: "four o'clock this afternoon" is
/// 16:00 and "eight o'clock tonight" 20:00, where the clock alone said neither. An hour
/// already past noon, or one that cannot be in that part ("2 a.m. tonight" is early in the
/// night), stays as written.
fn in_part_of_day(time: TimeOfDay, part: Option<TimeOfDay>) -> TimeOfDay {
    let TimeOfDay::Clock { hour, minute } = time else {
        return time;
    };
    // ("police began letting them back at 6 o'clock this morning", after "yesterday
    // afternoon": the morning named with the clock outranks the half guessed from before;
    // "12:01 Saturday morning" is a minute after midnight.)
    if part == Some(TimeOfDay::Part(PartOfDay::Morning)) && (12..=23).contains(&hour) {
        return TimeOfDay::Clock {
            hour: hour - 12,
            minute,
        };
    }
    let afternoon = match part {
        Some(TimeOfDay::Part(PartOfDay::Afternoon)) => (1..=6).contains(&hour),
        Some(TimeOfDay::Part(PartOfDay::Evening)) => (4..=11).contains(&hour),
        Some(TimeOfDay::Part(PartOfDay::Night)) => (7..=11).contains(&hour),
        _ => false,
    };
    if afternoon {
        TimeOfDay::Clock {
            hour: hour + 12,
            minute,
        }
    } else {
        time
    }
}

/// "every Thursday at noon", "each Sunday at 10 a.m.", "at 6 a.m. every Monday": a recurring
/// weekday and a clock time next to it are one recurrence at that time.
fn weekly_at_a_time(doc: &Doc, a: &Candidate, b: &Candidate) -> Option<Candidate> {
    let clock = |c: &Candidate| {
        c.expr == Expr::TimeOnly
            && matches!(
                c.time,
                Some(
                    TimeOfDay::Clock { .. }
                        | TimeOfDay::Part(PartOfDay::Noon | PartOfDay::Midnight)
                )
            )
    };
    let weekly = |c: &Candidate| matches!(c.expr, Expr::SetWeekday(_, None));
    // "every Monday, Wednesday and Friday at noon": the time is the whole list's, not its
    // last day's.
    // ("breakfast meetings, every Thursday at 6:30 a.m.": a set opened by "every" after a
    // comma is no list's last day.)
    let listed = a.start > 0
        && !matches!(doc.lex(a.start), Lex::Word(Word::Every | Word::Each))
        && (doc.punct(a.start - 1, ',')
            || matches!(doc.lex(a.start - 1), Lex::Word(Word::And | Word::Or)));
    let (set, time) =
        if weekly(a) && !listed && clock(b) && b.start == a.end + 1 && doc.is(a.end, Word::At) {
            (a, b)
        } else if clock(a) && weekly(b) && b.start == a.end {
            (b, a)
        } else {
            return None;
        };
    let mut merged = *set;
    merged.start = a.start;
    merged.end = b.end;
    merged.time = time.time;
    Some(merged)
}

/// The end of a range written with a bare day: "Aug. 5-8", "August 5 to 8", "5-8 August".
/// Adds a candidate for the bare number, with its partner's month and year.
pub(crate) fn complete_ranges(doc: &Doc, mut mentions: Vec<Candidate>) -> Vec<Candidate> {
    let mut added = Vec::new();
    // Weekdays that turn out to start a range with a day of the month after them: "from
    // Thursday 15 to Sunday 18 March" is Thursday 15 March, not the coming Thursday.
    let mut absorbed = Vec::new();
    // The ranges' starts that take the year written after their end: "May 3-4, 2001".
    let mut dated_starts: Vec<(usize, i32)> = Vec::new();
    for (k, c) in mentions.iter().enumerate() {
        let Expr::Calendar {
            year,
            month: Some(month),
            day: Some(_),
            weekday,
        } = c.expr
        else {
            continue;
        };
        // Forward: "Aug. 5-8", "August 5 to 8, 2018"
        let sep = c.end;
        let is_sep = doc.dash(sep)
            || matches!(
                doc.lex(sep),
                Lex::Word(Word::To | Word::Through | Word::Until | Word::And | Word::Or)
            );
        if weekday.is_none() && is_sep && mentions.get(k + 1).is_none_or(|n| n.start > sep + 1) {
            let d = sep + 1;
            if let Some((day, end)) = bare_day(doc, d) {
                // "Aug. 5-8, 2018": the year after the range belongs to both.
                let (year, end) = match (year, year_after(doc, end)) {
                    (None, Some((y, after))) => {
                        dated_starts.push((k, y));
                        (Some(y), after)
                    }
                    _ => (year, end),
                };
                added.push(Candidate::new(
                    d,
                    end,
                    day_of(year, month, day, None),
                    "range-end",
                ));
            }
        }
        // A list: "July 11, 12 and 13", "March 3, 4 or 5, 1998". Only a list closed by "and"
        // or "or" before its last day, so "on July 11, 12 were arrested" stays a count.
        if weekday.is_none() && doc.punct(sep, ',') {
            let free = |d: usize| mentions.get(k + 1).is_none_or(|n| n.start > d);
            let mut days = Vec::new();
            let mut at = sep;
            let closed = loop {
                let closing = matches!(doc.lex(at), Lex::Word(Word::And | Word::Or));
                if !(closing || doc.punct(at, ',')) || !free(at + 1) {
                    break false;
                }
                match bare_day(doc, at + 1) {
                    Some((day, end)) => {
                        days.push((at + 1, end, day));
                        at = end;
                    }
                    None => break false,
                }
                if closing {
                    break true;
                }
            };
            if closed {
                // "March 3, 4 and 5, 1998": the year after the last day belongs to all, and
                // to the last one's expression.
                let after_list = year.is_none().then(|| year_after(doc, at)).flatten();
                if let Some((y, _)) = after_list {
                    dated_starts.push((k, y));
                }
                let year = year.or(after_list.map(|(y, _)| y));
                let last = days.len() - 1;
                for (n, (d, end, day)) in days.into_iter().enumerate() {
                    let end = match after_list {
                        Some((_, after)) if n == last => after,
                        _ => end,
                    };
                    added.push(Candidate::new(
                        d,
                        end,
                        day_of(year, month, day, None),
                        "range-end",
                    ));
                }
            }
        }
        // Backward: "5-8 August", "12 and 13 March", "5, 6 and 7 May": the days before
        // share the month after the last; a list may go on back with commas.
        let mut sep = c.start;
        let mut first = true;
        while sep >= 2 {
            let joins = if first {
                doc.dash(sep - 1)
                    || matches!(doc.lex(sep - 1), Lex::Word(Word::To | Word::And | Word::Or))
            } else {
                doc.punct(sep - 1, ',')
            };
            let d = sep - 2;
            if !joins || mentions[..k].last().is_some_and(|p| p.end > d) {
                break;
            }
            match bare_day(doc, d) {
                Some((day, end)) if end == sep - 1 => {
                    // "Thursday 15 to Sunday 18 March": the weekday before the day is its own.
                    let named = mentions[..k].iter().rposition(|p| {
                        p.end == d
                            && first
                            && matches!(
                                p.expr,
                                Expr::Weekday {
                                    shift: Shift::Bare,
                                    ..
                                }
                            )
                    });
                    let (start, wd) = match named.map(|n| (n, mentions[n].expr)) {
                        Some((n, Expr::Weekday { weekday, .. })) => {
                            absorbed.push(n);
                            (mentions[n].start, Some(weekday))
                        }
                        _ => (d, None),
                    };
                    added.push(Candidate::new(
                        start,
                        end,
                        day_of(year, month, day, wd),
                        rule_name::RANGE_START,
                    ));
                }
                _ => break,
            }
            sep = d;
            first = false;
        }
    }
    for (k, y) in dated_starts {
        if let Expr::Calendar { year, .. } = &mut mentions[k].expr {
            *year = Some(y);
        }
    }
    if !added.is_empty() {
        absorbed.sort_unstable();
        for n in absorbed.into_iter().rev() {
            mentions.remove(n);
        }
        mentions.extend(added);
        mentions.sort_by_key(|c| c.start);
        mentions.dedup_by(|a, b| a.start < b.end && b.start < a.end);
    }
    mentions
}

/// A day number standing alone at `i`: digits 1-31, not followed by a month or a unit (which
/// would make it another expression or a count).
fn bare_day(doc: &Doc, i: usize) -> Option<(u32, usize)> {
    let d = doc.num(i)?;
    if doc.digits(i) > 2 || !(1..=31).contains(&d) {
        return None;
    }
    let mut end = i + 1;
    if doc.glued(end) && matches!(doc.word(end), "st" | "nd" | "rd" | "th") {
        end += 1;
    }
    if doc.unit(end).is_some() || doc.punct(end, ':') || doc.punct(end, '%') {
        return None;
    }
    // "by April 15 and 30 million by mid-June": a count of something, not a day.
    let counts = matches!(
        doc.word(end),
        "million"
            | "billion"
            | "trillion"
            | "thousand"
            | "hundred"
            | "percent"
            | "people"
            | "men"
            | "women"
            | "children"
    ) || (doc.is_word(end) && !doc.cap(end) && doc.plural_noun_like(end));
    if counts {
        return None;
    }
    Some((d, end))
}

/// "will be redeemed in five years", "the vote will be held in two weeks": after "in" and
/// under a future verb, a counted amount of days or longer is a shift ahead of publication,
/// placed at the grain of its unit. TimeML still writes the amount (`P2W`), as the annotated
/// news does 116 times in 128 in the development sets; the engine turns the resolved date
/// back into it and keeps the date only as the anchor that places the event on the
/// timeline ([`super::resolve::amount_ahead`]). Anything else after "in" stays an amount: the past
/// ("rose 5% in a year"), a record ("the first time in three years", "the highest level in a
/// decade", even in the future: "will be the first time in years"), a qualified amount ("in
/// the next two weeks", "in less than a month") or one that describes a noun ("in 10-year
/// increments").
pub(crate) fn count_ahead(doc: &Doc, mut mentions: Vec<Candidate>) -> Vec<Candidate> {
    for c in &mut mentions {
        let Expr::Duration {
            amount: amount @ (Amount::Count(_) | Amount::Half(_)),
            unit,
        } = c.expr
        else {
            continue;
        };
        if unit < Unit::Day || c.start == 0 {
            continue;
        }
        // "in about two weeks", "in around a year": an approximate date ahead.
        let inside = matches!(
            doc.word(c.start),
            "around" | "roughly" | "about" | "approximately"
        );
        let amount_start = if inside { c.start + 1 } else { c.start };
        let qualified = c.modifier.is_some() && !inside;
        let after_in = doc.is(c.start - 1, Word::In);
        if qualified || !after_in || amount_at(doc, amount_start).is_none() {
            continue;
        }
        let describes_noun = doc.is_word(c.end) && doc.lex(c.end) == Lex::None && !doc.cap(c.end);
        if describes_noun || doc.dash(c.end - 1) || records_in(doc, c.start - 1) {
            continue;
        }
        // An infinitive after a past or unmarked verb ("hope to reopen the beach in a
        // month", "plans to open in two weeks") looks ahead as well.
        // "The Olympics open in Tokyo in 11 days": a schedule told in the present looks
        // ahead too ("the plant produces 500 cars in a day" is no schedule verb).
        let ahead = match tense_around(doc, c.start, c.end) {
            (Tense::Future | Tense::Either, _) => true,
            (Tense::Present, Some(k)) => {
                doc.tense_class(k) & (super::tense::SCHEDULE | super::tense::PLURAL_SCHEDULE) != 0
            }
            _ => false,
        };
        if !ahead {
            continue;
        }
        c.expr = Expr::Ago {
            amount,
            unit,
            sign: 1,
            keep: None,
            on: None,
        };
        c.rule = super::expr::rule_name::IN_UNITS_AHEAD;
        if inside {
            c.modifier = Some(super::value::Mod::Approx);
        }
    }
    mentions
}

/// A record or a first before "in" (at token `before`): an ordinal, "only", "ever", "since",
/// "time", or a superlative ("the highest", "its biggest", "best"), within twelve tokens in
/// the sentence ("the third major hurricane to strike the U.S. mainland in 13 months"). A
/// word ending in "-est" counts only after an article or possessive ("the highest"), which
/// keeps out verbs such as "suggest", and not when it is a noun ("the crest").
fn records_in(doc: &Doc, before: usize) -> bool {
    let (first, _) = doc.sentence_tokens(before);
    // A modal between the word and "in" makes the "in" a step ahead, whatever comes before
    // it: "The first maps should be released in about six weeks".
    let modal = |k: &usize| {
        matches!(
            doc.word(*k),
            "will" | "would" | "should" | "could" | "may" | "might" | "must" | "can"
        )
    };
    (first..before)
        .rev()
        .take(12)
        .take_while(|k| !modal(k))
        .any(|k| {
            let w = doc.word(k);
            let determined = k > first
                && matches!(
                    doc.word(k - 1),
                    "the" | "its" | "their" | "his" | "her" | "our" | "my" | "your"
                );
            // "fourth-quarter earnings reports, which start in two weeks": an ordinal naming
            // a quarter or half is no record.
            let names_period = matches!(doc.word(k + 1), "quarter" | "half")
                || (doc.dash(k + 1) && matches!(doc.word(k + 2), "quarter" | "half"));
            (matches!(doc.lex(k), Lex::Ordinal(_)) && !names_period)
                || matches!(
                    w,
                    "first"
                        | "last"
                        | "only"
                        | "time"
                        | "times"
                        | "ever"
                        | "since"
                        | "best"
                        | "worst"
                )
                || (w.len() > 4
                    && w.ends_with("est")
                    && determined
                    && !NOT_SUPERLATIVE.contains(&w))
        })
}

/// Nouns ending in "-est" that follow an article as superlatives do.
const NOT_SUPERLATIVE: &[&str] = &[
    "arrest",
    "conquest",
    "contest",
    "crest",
    "forest",
    "harvest",
    "inquest",
    "interest",
    "midwest",
    "northwest",
    "protest",
    "quest",
    "request",
    "southwest",
    "unrest",
];

/// "on March 5 and Sept. 12, 2019", "in March or April 2020", "Jan. 3, Feb. 7 and March 1,
/// 1999": dates listed together share the year written on the last of them. So do the ends
/// of a range ("from May to July 2019") and a month with the year told right after it
/// ("from June to March in 2008").
pub(crate) fn share_years(doc: &Doc, mut mentions: Vec<Candidate>) -> Vec<Candidate> {
    for k in (0..mentions.len().saturating_sub(1)).rev() {
        let next = mentions[k + 1];
        let c = &mut mentions[k];
        // "over the Columbus Day weekend in 1990", "at Thanksgiving in 1990": a holiday
        // with the year told right after it.
        if let (
            Expr::Holiday {
                year: own @ YearRef::Implied,
                ..
            },
            Expr::Year(y),
        ) = (&mut c.expr, next.expr)
        {
            if next.start == c.end + 1 && doc.is(c.end, Word::In) {
                *own = YearRef::Absolute(y);
            }
            continue;
        }
        let Expr::Calendar {
            year: ref mut own @ None,
            month: Some(month),
            day,
            ..
        } = c.expr
        else {
            continue;
        };
        // "moved from June to March in 2008": a year told right after the month.
        if let (Expr::Year(y), true) = (next.expr, next.start == c.end + 1) {
            if doc.is(c.end, Word::In) {
                *own = Some(y);
            }
            continue;
        }
        // "increases in April and August last year": a bare month listed before one in a
        // relative year is in that year too.
        if let (
            Expr::Month {
                shift: Shift::Bare,
                year: relative @ YearRef::Relative(_),
                ..
            },
            None,
        ) = (next.expr, day)
        {
            let listed = next.start == c.end + 1
                && matches!(doc.lex(c.end), Lex::Word(Word::And | Word::Or));
            if listed {
                c.expr = Expr::Month {
                    month,
                    shift: Shift::Bare,
                    year: relative,
                };
            }
            continue;
        }
        let Expr::Calendar {
            year: Some(year),
            month: Some(next_month),
            day: next_day,
            ..
        } = next.expr
        else {
            continue;
        };
        // A listing joins them: "and", "or" or a comma between, nothing else.
        let listed = (c.end..next.start)
            .all(|j| doc.punct(j, ',') || matches!(doc.lex(j), Lex::Word(Word::And | Word::Or)))
            && next.start > c.end;
        // So does a range, "from May to July 2019", "Aug. 5 to Sept. 30, 2019"; its start
        // is in the year before when it comes later in the calendar ("from November to
        // February 2019").
        // "moved the primary from June to March in 2008" is a change of date, not a span.
        let moved = c.start >= 2
            && doc.is(c.start - 1, Word::From)
            && (c.start.saturating_sub(5)..c.start - 1).any(|j| {
                matches!(
                    doc.word(j),
                    "moved"
                        | "shifted"
                        | "switched"
                        | "changed"
                        | "pushed"
                        | "postponed"
                        | "rescheduled"
                        | "delayed"
                        | "advanced"
                        | "brought"
                )
            });
        let range = next.start == c.end + 1
            && !moved
            && (matches!(
                doc.lex(c.end),
                Lex::Word(Word::To | Word::Through | Word::Until)
            ) || (doc.dash(c.end) && doc.is_word(c.end + 1)));
        // A day listed with a month-year ("May 5 and June 2019") is not the same grain.
        let same_grain = day.is_some() == next_day.is_some();
        if (listed || range) && same_grain {
            let later = (month, day.unwrap_or(1)) > (next_month, next_day.unwrap_or(1));
            *own = Some(if range && later { year - 1 } else { year });
        }
    }
    mentions
}

/// "five days later, on Jan. 8", "a week earlier, on March 3": a narrative step restated as
/// a date takes that date, which says what the step counts from better than the story's day.
pub(crate) fn restated_steps(doc: &Doc, mut mentions: Vec<Candidate>) -> Vec<Candidate> {
    for k in 0..mentions.len().saturating_sub(1) {
        let next = mentions[k + 1];
        let c = &mut mentions[k];
        let step = matches!(
            c.expr,
            Expr::Narrative {
                unit: Unit::Day | Unit::Week,
                offset,
                ..
            } if offset != 0
        );
        // ("two days later, on Sunday afternoon": the step is the day, the time is the
        // weekday's own.)
        let restated = next.start == c.end + 2
            && doc.punct(c.end, ',')
            && doc.word(c.end + 1) == "on"
            && names_a_day(&next.expr)
            && (next.time.is_none() || matches!(next.expr, Expr::Weekday { .. }))
            && next.day_offset == 0;
        if step && restated {
            c.expr = next.expr;
            c.rule = "restated-step";
        }
    }
    // "the call was not sent until 4:05 a.m., 25 minutes later": minutes or hours later in
    // apposition to a clock time restate that time, counted from an earlier one.
    for k in 1..mentions.len() {
        let prev = mentions[k - 1];
        let c = &mut mentions[k];
        let apposed = c.start == prev.end + 1
            && matches!(prev.time, Some(TimeOfDay::Clock { .. }))
            && prev.expr == Expr::TimeOnly
            && c.rule == rule_name::CLOCK_LATER
            && doc.punct(prev.end, ',');
        if apposed {
            c.expr = Expr::TimeOnly;
            c.time = prev.time;
            c.rule = "restated-step";
        }
    }
    mentions
}

/// "around Nov. 1", "around year end", "roughly 1990": a word of approximation before a date
/// belongs to its expression, with the mod `APPROX`, as it already does before amounts ("about
/// three hours") and clock times ("around 7 p.m."), where their own rules take it. "about" is
/// not one of them here: before a date it is mostly the preposition ("asked about Tuesday's
/// vote").
pub(crate) fn approximate_dates(doc: &Doc, mut mentions: Vec<Candidate>) -> Vec<Candidate> {
    for c in &mut mentions {
        let amount = matches!(
            c.expr,
            Expr::Duration { .. }
                | Expr::DurationSum { .. }
                | Expr::Set(_)
                | Expr::SetDaily
                | Expr::SetMonth(_)
                | Expr::SetDay { .. }
                | Expr::SetWeekday(..)
                | Expr::SetEvery { .. }
        );
        // "ways to get around Wednesday's ruling": the possessive makes it a noun's
        // determiner, and "around" the particle of a verb.
        let possessive = doc.apostrophe_s(c.end);
        if c.start == 0 || amount || possessive {
            continue;
        }
        if matches!(
            doc.word(c.start - 1),
            "around" | "roughly" | "approximately" | "circa"
        ) {
            c.start -= 1;
            // TimeML has one mod: "around year end" keeps `END`.
            c.modifier = c.modifier.or(Some(super::value::Mod::Approx));
        }
    }
    mentions
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use crate::temporal::analyze;

    fn texts(text: &str) -> Vec<String> {
        let published = NaiveDate::from_ymd_opt(2021, 3, 31).expect("a valid date");
        analyze(text, published)
            .mentions
            .into_iter()
            .map(|m| m.text)
            .collect()
    }

    /// The per-token holder must keep exactly what the scan keeps, empty spans and ties
    /// included, on few candidates and on more than [`super::SCAN_LIMIT`].
    #[test]
    fn selecting_by_holder_keeps_what_the_scan_keeps() {
        use crate::temporal::expr::{Candidate, Expr, Vague};

        const RULES: [&str; 3] = ["first", "second", "third"];
        // A small linear congruential generator: the same cases on every run.
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = |bound: u64| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            ((state >> 33) % bound) as usize
        };
        for round in 0..2_000 {
            let (n, tokens) = if round % 10 == 0 {
                (600, 1_000)
            } else {
                (24, 30)
            };
            let n = 1 + next(n);
            let mut candidates: Vec<Candidate> = (0..n)
                .map(|_| {
                    let start = next(tokens);
                    let end = start + next(6);
                    Candidate::new(start, end, Expr::Vague(Vague::Present), RULES[next(3)])
                })
                .collect();
            super::longest_first(&mut candidates);
            let by_holder = super::keep_by_holder(candidates.clone());
            let by_scan = super::keep_by_scan(candidates);
            assert_eq!(by_holder, by_scan);
        }
    }

    #[test]
    fn a_count_after_and_does_not_end_a_range_of_days() {
        let found =
            texts("It aims to vaccinate 10 million people by April 15 and 30 million by mid-June.");
        assert_eq!(found, ["April 15", "mid-June"]);
        let found = texts("Tickets went on sale May 2 and 3 people won.");
        assert_eq!(found, ["May 2"]);
        // A day that does end a range is still read.
        let found = texts("The survey was conducted Aug. 19-23 among 1,200 adults.");
        assert_eq!(found, ["Aug. 19", "23"]);
    }
}
