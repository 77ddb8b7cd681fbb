//! The pipeline: tokens and lexicon, rules, refiners, resolution, anchors.

use chrono::{Duration, NaiveDate};

use super::anchor;
use super::deadline_days;
use super::doc::Doc;
use super::expr::{Candidate, Expr, TimeOfDay, rule_name};
use super::fiscal_years;
use super::lexicon::{Holiday, Lex, PartOfDay, Word};
use super::refine;
use super::resolve::Resolver;
use super::rules;
use super::undated_hours;
use super::undated_months;
use super::value::Interval;
use super::{Analysis, Mention};

pub(super) fn analyze(text: &str, published: NaiveDate) -> Analysis {
    let doc = Doc::new(text);
    let candidates = refine::select(rules::collect(&doc));
    let candidates = refine::drop_quoted_titles(&doc, candidates);
    let candidates = refine::join_durations(&doc, candidates);
    let candidates = refine::count_from_days(&doc, candidates);
    let candidates = refine::pick_weekdays(&doc, candidates);
    let candidates = refine::pick_end_days(&doc, candidates);
    let candidates = refine::recurring_days(&doc, candidates);
    let candidates = refine::complete_ranges(&doc, candidates);
    let candidates = refine::attach_times(&doc, candidates);
    let candidates = refine::move_beside_days(&doc, candidates);
    let candidates = refine::widen_to_weeks(&doc, candidates);
    let candidates = refine::count_ahead(&doc, candidates);
    let candidates = refine::share_years(&doc, candidates);
    let candidates = refine::approximate_dates(&doc, candidates);
    let candidates = refine::restated_steps(&doc, candidates);
    // "WASHINGTON, Aug. 4 (AP) --" in a paper of Aug. 5: the story was written on the
    // dateline's day, and its "today" and "tonight" are that day's.
    let published = dateline_day(&doc, &candidates, published).unwrap_or(published);
    let mut resolver = Resolver::new(published);
    resolver.past_entries = super::chronology::past_entries(&doc, &candidates);
    resolver.hemisphere = super::hemisphere::Hemisphere::of_dateline(&doc);
    let order = resolution_order(&doc, &candidates);
    let mut resolved: Vec<Option<super::resolve::Resolved>> = vec![None; candidates.len()];
    for k in order {
        // A restated clock is the moment just told, not a new step of the story.
        if restated_clock(&doc, &candidates, k) {
            continue;
        }
        resolved[k] = resolver.resolve(&doc, &candidates[k]);
    }
    put_times_on_their_days(&doc, &candidates, &mut resolved);
    put_polling_hours_on_election_day(&doc, &candidates, &mut resolved);
    date_restated_clocks(&doc, &candidates, &mut resolved);
    end_dated_ranges_after_start(&doc, &candidates, &mut resolved, published);
    share_days_across_hours(&doc, &candidates, &mut resolved);
    start_ranges_spanning_publication(&doc, &candidates, &mut resolved, published);
    end_ranges_after_start(&doc, &candidates, &mut resolved, published);
    start_midnight_ranges_on_their_morning(&doc, &candidates, &mut resolved);
    date_listed_days_with_the_last(&candidates, &mut resolved);
    list_weekdays_ahead_after_the_first(&doc, &candidates, &mut resolved, published);
    date_weekdays_by_their_holiday(&doc, &candidates, &mut resolved);
    date_election_day_by_the_story(&doc, &candidates, &mut resolved);
    date_apposed_days(&candidates, &mut resolved);
    date_holidays_by_their_stated_day(&doc, &candidates, &mut resolved);
    start_weekday_ranges_before_their_end(&doc, &candidates, &mut resolved);
    read_weekly_hours(&doc, &candidates, &mut resolved);
    undated_hours::unplace_schedule_times(&doc, &candidates, &mut resolved);
    undated_hours::unplace_habitual_times(&doc, &candidates, &mut resolved);
    undated_hours::unplace_span_hours(&doc, &candidates, &mut resolved);
    undated_months::unplace_habitual_months(&doc, &candidates, &mut resolved);
    fiscal_years::name_fiscal_years_by_their_bounds(&doc, &candidates, &mut resolved);
    deadline_days::count_deadlines_from_their_day(&doc, &candidates, &mut resolved, published);
    let mut kept = Vec::with_capacity(candidates.len());
    let mut mentions = Vec::with_capacity(candidates.len());
    // (Mention index, placement) of each amount of time ahead; most texts have none, and
    // the vector then never allocates.
    let mut ahead = Vec::new();
    for (mut c, r) in candidates.into_iter().zip(resolved) {
        let Some(mut r) = r else {
            continue;
        };
        if let Expr::Ago { amount, unit, .. } = c.expr {
            if c.rule == rule_name::IN_UNITS_AHEAD {
                if let Some(placed) = super::resolve::amount_ahead(&mut r, amount, unit) {
                    ahead.push((mentions.len(), placed));
                }
            }
        }
        // "rolled 20 minutes later" with no clock time told before it stays an amount, and
        // "later" is no part of an amount.
        if c.rule == rule_name::CLOCK_LATER && r.kind == super::value::TimexType::Duration {
            c.end -= 1;
        }
        let (start, end) = doc.span(c.start, c.end);
        mentions.push(Mention {
            start,
            end,
            text: text[start..end].to_string(),
            kind: r.kind,
            value: r.value,
            modifier: r.modifier,
            interval: r.interval,
            grain: r.grain,
            rule: c.rule,
            why: r.why,
        });
        kept.push(c);
    }
    let anchors = anchor::build(&doc, &kept, &mentions, &ahead);
    Analysis { mentions, anchors }
}

/// The day of a dateline that opens the text ("WASHINGTON, Aug. 4 (AP) --", "LONDON, March
/// 4 (Reuters) -"), when it is one to three days before publication: wire copy filed the
/// evening before is printed the next morning with its dateline unchanged.
fn dateline_day(doc: &Doc, candidates: &[Candidate], published: NaiveDate) -> Option<NaiveDate> {
    use chrono::Datelike;
    let c = candidates.first()?;
    let Expr::Calendar {
        year,
        month: Some(month),
        day: Some(day),
        ..
    } = c.expr
    else {
        return None;
    };
    if !is_dateline(doc, c) {
        return None;
    }
    let years = match year {
        Some(y) => [Some(y), None],
        None => [Some(published.year()), Some(published.year() - 1)],
    };
    years
        .into_iter()
        .flatten()
        .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day))
        .find(|d| (1..=3).contains(&(published - *d).num_days()))
}

/// Whether `c` is the date of a dateline that opens the text: a place of capitalised words,
/// commas and the full stops of abbreviations ("ST. PAUL, Minn.,"), the comma before the
/// date, and a wire's sign or a dash after it.
pub(super) fn is_dateline(doc: &Doc, c: &Candidate) -> bool {
    let place = (2..=8).contains(&c.start)
        && doc.punct(c.start - 1, ',')
        && (0..c.start - 1)
            .all(|k| (doc.is_word(k) && doc.cap(k)) || doc.punct(k, ',') || doc.punct(k, '.'));
    place && (doc.punct(c.end, '(') || doc.dash(c.end) || doc.punct(c.end, '_'))
}

/// A span of clock times is one stretch of time: "between 3 p.m. and 7 p.m. today" puts 3
/// p.m. on the day said after 7 p.m.; "from 9 p.m. to 2 a.m." and "between 9 p.m. tonight
/// and 2 a.m." end on the next day.
fn share_days_across_hours(
    doc: &Doc,
    candidates: &[Candidate],
    resolved: &mut [Option<super::resolve::Resolved>],
) {
    use super::value::Grain;
    // Noon is a clock time here: "from noon to 5 p.m. Sunday". (Midnight is not: it starts
    // one day and ends the one before, which this pass cannot tell apart.)
    let clock = |c: &Candidate| match c.time {
        Some(super::expr::TimeOfDay::Clock { hour, minute }) => Some(hour * 60 + minute),
        Some(super::expr::TimeOfDay::Part(super::lexicon::PartOfDay::Noon)) => Some(12 * 60),
        _ => None,
    };
    for k in 0..candidates.len().saturating_sub(1) {
        let (a, b) = (&candidates[k], &candidates[k + 1]);
        let (Some(from), Some(to)) = (clock(a), clock(b)) else {
            continue;
        };
        if anchor::range_of(doc, a, b).is_none() {
            continue;
        }
        let clock_day = |r: &Option<super::resolve::Resolved>| {
            r.as_ref()
                .filter(|r| r.grain == Some(Grain::Minute))
                .and_then(first_day)
        };
        let (Some(day_a), Some(day_b)) = (clock_day(&resolved[k]), clock_day(&resolved[k + 1]))
        else {
            continue;
        };
        // ("from 8 p.m. to 2 a.m. Saturday": a start later in the day than the end is the
        // evening before.)
        let start_day = if from > to {
            day_b.pred_opt()
        } else {
            Some(day_b)
        };
        if a.expr == Expr::TimeOnly && b.expr != Expr::TimeOnly && Some(day_a) != start_day {
            if let (Some(r), Some(day)) = (resolved[k].as_mut(), start_day) {
                super::resolve::move_to_day(r, day);
            }
        } else if b.expr == Expr::TimeOnly && to < from && day_a == day_b {
            if let (Some(r), Some(next)) = (resolved[k + 1].as_mut(), day_a.succ_opt()) {
                super::resolve::move_to_day(r, next);
            }
        }
    }
}

/// "would travel between Saturday and New Year's Day", said on a Monday; "expect 1.4 million
/// vehicles from Wednesday through Sunday", said on a Friday: a forecast for a range that
/// began a day or two before publication and runs past it starts on the weekday just gone,
/// though the tense alone puts the start a week ahead. Further back than two days, the
/// range is a plan for the coming week ("from Thursday through Jan. 3", said on a Wednesday).
fn start_ranges_spanning_publication(
    doc: &Doc,
    candidates: &[Candidate],
    resolved: &mut [Option<super::resolve::Resolved>],
    published: NaiveDate,
) {
    for k in 0..candidates.len().saturating_sub(1) {
        let (a, b) = (&candidates[k], &candidates[k + 1]);
        // "The exhibit will be open Tuesday through Sunday" is a run set ahead; a span
        // opened by "from" or "between" is the one this rule is about.
        if bare_weekday(a).is_none() || anchor::range_of(doc, a, b) != Some(true) {
            continue;
        }
        let Some(start) = resolved[k].as_ref().and_then(first_day) else {
            continue;
        };
        let Some(gone) = start.checked_sub_days(chrono::Days::new(7)) else {
            continue;
        };
        if !(1..=2).contains(&(published - gone).num_days()) {
            continue;
        }
        let end = match bare_weekday(b) {
            Some(weekday) => weekday_after(gone, weekday),
            None => resolved[k + 1].as_ref().and_then(first_day),
        };
        if end.is_some_and(|end| end > published) {
            if let Some(r) = resolved[k].as_mut() {
                if super::resolve::relocate(r, gone) {
                    r.why = format!("{}; on {gone}, a span under way at publication", r.why);
                }
            }
        }
    }
}

/// "between midnight and 6 a.m. on Friday", "from midnight to 5 a.m.": a midnight that opens a
/// range ending in the morning is the one that begins the morning's day, written as the day
/// before at `T24:00` (TimeML's midnight ends a day), not the midnight after it.
fn start_midnight_ranges_on_their_morning(
    doc: &Doc,
    candidates: &[Candidate],
    resolved: &mut [Option<super::resolve::Resolved>],
) {
    for j in 1..candidates.len() {
        let (a, b) = (&candidates[j - 1], &candidates[j]);
        if a.end != a.start + 1 || doc.lex(a.start) != Lex::PartOfDay(PartOfDay::Midnight) {
            continue;
        }
        if anchor::range_of(doc, a, b).is_none() {
            continue;
        }
        // A clock time in the morning ends the range; its day is where the end was placed.
        let morning = matches!(b.time, Some(TimeOfDay::Clock { hour, .. }) if hour < 12);
        let Some(day) = resolved[j]
            .as_ref()
            .filter(|_| morning)
            .and_then(first_day)
            .and_then(|d| d.pred_opt())
        else {
            continue;
        };
        if let Some(r) = resolved[j - 1].as_mut() {
            if r.value.ends_with("T24:00") && super::resolve::relocate(r, day) {
                r.why = format!("{}; the midnight that begins the range's morning", r.why);
            }
        }
    }
}

fn end_ranges_after_start(
    doc: &Doc,
    candidates: &[Candidate],
    resolved: &mut [Option<super::resolve::Resolved>],
    published: NaiveDate,
) {
    for j in 1..candidates.len() {
        let b = &candidates[j];
        let Some(weekday) = bare_weekday(b) else {
            continue;
        };
        let before = &candidates[j - 1];
        // "Tuesday through Sunday" is a range without "from"; "moved from Tuesday to
        // Thursday" is one only with it.
        let opened = match anchor::range_of(doc, before, b) {
            Some(from) => {
                from || (matches!(before.expr, Expr::Weekday { .. })
                    && (doc.is(before.end, Word::Through) || doc.dash(before.end)))
            }
            None => false,
        };
        // ("heard nothing back until Wednesday evening", "the talks lasted until Friday": the
        // end of a wait or a stretch told as done is no deadline, and may come before the day
        // it was told on.)
        let wait_told = || {
            let (tense, cue) = super::tense::tense_around(doc, b.start, b.end);
            super::resolve::ends_a_stretch(doc, b.start, tense, cue)
        };
        let deadline = !opened
            && b.start > 0
            && (matches!(doc.lex(b.start - 1), Lex::Word(Word::By))
                || (doc.is(b.start - 1, Word::Until) && !wait_told())
                || matches!(
                    doc.word(b.start - 1),
                    "starting" | "beginning" | "effective"
                ));
        // A range's start is right before its end; a deadline's day is the last day told
        // before it in its sentence ("on Monday announced a four-week lockdown starting
        // Friday").
        let k = if opened {
            j - 1
        } else if deadline {
            // (A dateline is when the story was filed, not a day it tells: "NEW YORK, Aug.
            // 16 - Power was back on by late Friday night".)
            let Some(k) = (0..j).rev().find(|&k| {
                refine::names_a_day(&candidates[k].expr)
                    && (candidates[k].end..=b.start).all(|t| !doc.sentence_start(t))
                    && !(k == 0 && is_dateline(doc, &candidates[k]))
            }) else {
                continue;
            };
            k
        } else {
            continue;
        };
        let a = &candidates[k];
        if !refine::names_a_day(&a.expr) {
            continue;
        }
        let Some(start) = resolved[k].as_ref().and_then(first_day) else {
            continue;
        };
        // The day a deadline was set has passed; a date still ahead ("have until Nov. 21 to
        // count ballots, and ballots postmarked by Monday") is another deadline.
        if deadline && start > published {
            continue;
        }
        // Two weekdays make a range of less than a week; after a date ("from Sept. 14 to
        // Thursday") the weekday is only kept from falling before it.
        let both_weekdays = opened && matches!(a.expr, Expr::Weekday { .. });
        if let (Some(r), Some(day)) = (resolved[j].as_mut(), weekday_after(start, weekday)) {
            let end = first_day(r);
            if end != Some(day) && (both_weekdays || end.is_some_and(|e| e < start)) {
                super::resolve::move_to_day(r, day);
            }
        }
    }
}

/// "would pass through the airport between Thursday and Easter Monday": a weekday starting a
/// range is the last such day on or before the range's end, when the tense alone put it a
/// week after.
fn start_weekday_ranges_before_their_end(
    doc: &Doc,
    candidates: &[Candidate],
    resolved: &mut [Option<super::resolve::Resolved>],
) {
    for k in 0..candidates.len().saturating_sub(1) {
        let (a, b) = (&candidates[k], &candidates[k + 1]);
        if bare_weekday(a).is_none() || anchor::range_of(doc, a, b).is_none() {
            continue;
        }
        let (Some(start), Some(end)) = (
            resolved[k].as_ref().and_then(first_day),
            resolved[k + 1].as_ref().and_then(first_day),
        ) else {
            continue;
        };
        if start > end {
            if let (Some(r), Some(day)) = (
                resolved[k].as_mut(),
                start.checked_sub_days(chrono::Days::new(7)),
            ) {
                if day <= end {
                    super::resolve::move_to_day(r, day);
                }
            }
        }
    }
}

/// "Crews will work from 7 a.m. to 5 p.m., Monday through Friday", "open until 9 p.m. Monday
/// through Thursday": a range of weekdays that clock hours belong to is a weekly schedule,
/// each weekday every such day (`XXXX-WXX-1`), and the hours every day's (the schedule pass
/// then takes them off their day). A range with no hours ("the trial runs Thursday through
/// Sunday") stays the days it names.
fn read_weekly_hours(
    doc: &Doc,
    candidates: &[Candidate],
    resolved: &mut [Option<super::resolve::Resolved>],
) {
    for k in 0..candidates.len().saturating_sub(1) {
        let (a, b) = (&candidates[k], &candidates[k + 1]);
        let (Some(first), Some(last)) = (bare_weekday(a), bare_weekday(b)) else {
            continue;
        };
        if a.time.is_some() || b.time.is_some() || !refine::starts_weekday_range(doc, a) {
            continue;
        }
        // The hours right before ("to 5 p.m., Monday") or right after ("Monday through
        // Friday from 9 a.m.").
        let hours_before = k > 0 && {
            let p = &candidates[k - 1];
            p.expr == Expr::TimeOnly
                && (p.end == a.start || (p.end + 1 == a.start && doc.punct(p.end, ',')))
        };
        let hours_after = candidates.get(k + 2).is_some_and(|n| {
            n.expr == Expr::TimeOnly
                && (n.start == b.end
                    || (n.start == b.end + 1
                        && (doc.punct(b.end, ',')
                            || matches!(doc.lex(b.end), Lex::Word(Word::From | Word::At)))))
        });
        // "is open Monday through Friday", "opens Tuesday through Sunday": what a place's
        // state or habit in the present covers is every such week, unless the clause names
        // one ("open Monday through Friday this week").
        let open_every_week = a.start >= 2 && {
            let mut j = a.start - 1;
            if matches!(doc.word(j), "only" | "on") {
                j -= 1;
            }
            let state = doc.word(j) == "open"
                && j >= 1
                && matches!(doc.word(j - 1), "is" | "are" | "s" | "currently" | "now");
            let habit = doc.word(j) == "opens";
            let week_named = candidates
                .get(k + 2)
                .is_some_and(|n| n.start <= b.end + 2 && n.expr != Expr::TimeOnly);
            (state || habit) && !week_named
        };
        if hours_before || hours_after || open_every_week {
            resolved[k] = Some(super::resolve::weekday_set(first));
            resolved[k + 1] = Some(super::resolve::weekday_set(last));
        }
    }
}

/// "on 5, 6 and 7 May", "12-14 March": the bare days before a day and month are in the month
/// and year that one resolved to, whatever the tense around each would say alone. Walked from
/// the end, so that a list passes the date on from day to day.
fn date_listed_days_with_the_last(
    candidates: &[Candidate],
    resolved: &mut [Option<super::resolve::Resolved>],
) {
    use chrono::Datelike;
    for k in (0..candidates.len().saturating_sub(1)).rev() {
        let c = &candidates[k];
        let Expr::Calendar { day: Some(day), .. } = c.expr else {
            continue;
        };
        if c.rule != rule_name::RANGE_START {
            continue;
        }
        let Some(last) = resolved[k + 1].as_ref().and_then(first_day) else {
            continue;
        };
        if day >= last.day() {
            continue;
        }
        if let (Some(r), Some(date)) = (resolved[k].as_mut(), last.with_day(day)) {
            if first_day(r) != Some(date) {
                super::resolve::move_to_day(r, date);
            }
        }
    }
}

/// "power will not be restored until Sunday or Monday", "statements are expected next
/// Tuesday or Wednesday": a weekday listed after one ahead of publication is the first such
/// day after it. Only the first carries the clause's cue ("until", "next"); the tense alone
/// would put the second a week back.
fn list_weekdays_ahead_after_the_first(
    doc: &Doc,
    candidates: &[Candidate],
    resolved: &mut [Option<super::resolve::Resolved>],
    published: NaiveDate,
) {
    for j in 1..candidates.len() {
        let (a, b) = (&candidates[j - 1], &candidates[j]);
        let Some(weekday) = bare_weekday(b) else {
            continue;
        };
        let listed =
            b.start == a.end + 1 && matches!(doc.lex(a.end), Lex::Word(Word::And | Word::Or));
        if !listed || !matches!(a.expr, Expr::Weekday { .. }) {
            continue;
        }
        let (Some(first), Some(second)) = (
            resolved[j - 1].as_ref().and_then(first_day),
            resolved[j].as_ref().and_then(first_day),
        ) else {
            continue;
        };
        if first <= published || second >= first {
            continue;
        }
        if let (Some(r), Some(day)) = (resolved[j].as_mut(), weekday_after(first, weekday)) {
            super::resolve::move_to_day(r, day);
        }
    }
}

/// "the March 13 party primaries ... received by the close of polls on Election Day", "three
/// days after the Super Tuesday primary ... broke down on election night": a story that
/// dates its own election has it on that day, whatever country or season; Election Day is
/// the American general election's date only when the story names no other. The nearest
/// election day told before the holiday counts, else the first told after it.
fn date_election_day_by_the_story(
    doc: &Doc,
    candidates: &[Candidate],
    resolved: &mut [Option<super::resolve::Resolved>],
) {
    let election_days: Vec<(usize, NaiveDate)> = candidates
        .iter()
        .enumerate()
        .filter(|(_, c)| dates_an_election(doc, c, false))
        .filter_map(|(k, _)| Some((k, resolved[k].as_ref().and_then(day_of)?)))
        .collect();
    if election_days.is_empty() {
        return;
    }
    for (j, c) in candidates.iter().enumerate() {
        let Expr::Holiday {
            holiday: super::lexicon::Holiday::ElectionDay,
            year: super::expr::YearRef::Implied,
            ..
        } = c.expr
        else {
            continue;
        };
        let told = election_days
            .iter()
            .rev()
            .find(|(k, _)| *k < j)
            .or_else(|| election_days.iter().find(|(k, _)| *k > j));
        let Some(&(_, held)) = told else {
            continue;
        };
        // "the Monday before Election Day", "the day after Election Day": counted from the
        // day it is held.
        let day = match c.day_pick {
            Some(pick) => super::resolve::pick_in_period(pick, held, held, "")
                .as_ref()
                .and_then(day_of),
            None => held.checked_add_signed(chrono::Duration::days(i64::from(c.day_offset))),
        };
        let Some(day) = day else {
            continue;
        };
        if let Some(r) = resolved[j].as_mut() {
            if first_day(r) != Some(day) && super::resolve::relocate(r, day) {
                r.why = format!("the day the story's election is held, {day}");
            }
        }
    }
}

/// Whether the day at `c` dates a vote: "the March 13 party primaries", "Tuesday's
/// election", "the Oct. 20 statewide primary", "go to the polls on Monday, May 2"; with
/// `polls_today`, also "return to the polls today" (which may be a primary's day when the story
/// names Election Day as the general election's: "after voters went to the polls yesterday
/// ... eight months before Election Day").
fn dates_an_election(doc: &Doc, c: &Candidate, polls_today: bool) -> bool {
    let polls_right_before = c.start >= 1 && doc.word(c.start - 1) == "polls";
    let day = matches!(
        c.expr,
        Expr::Weekday { .. } | Expr::Calendar { day: Some(_), .. }
    ) || (polls_today
        && polls_right_before
        && matches!(
            c.expr,
            Expr::Relative {
                unit: super::lexicon::Unit::Day,
                ..
            }
        ));
    if !day || c.time.is_some() {
        return false;
    }
    let vote = |k: usize| {
        matches!(
            doc.lex(k),
            Lex::Word(Word::Election | Word::Elections | Word::Primary | Word::Midterms)
        ) || matches!(doc.word(k), "runoff" | "caucus" | "caucuses" | "referendum")
    };
    // Up to two words describing the vote between the day and its noun ("party", "statewide
    // primary", "municipal").
    let after = if doc.apostrophe_s(c.end) {
        c.end + 2
    } else {
        c.end
    };
    let named_after = (after..after + 3).take_while(|&k| doc.is_word(k)).any(vote);
    let polls_before = polls_right_before
        || (c.start >= 3 && doc.word(c.start - 1) == "on" && doc.word(c.start - 2) == "polls");
    named_after || polls_before
}

/// "travel picks up for Presidents' Day on Monday", "Valentine's Day, which falls on
/// Wednesday", "on Monday, Labor Day": a weekday told with a holiday beside it is the
/// holiday's day, when the holiday falls on that weekday; the tense alone may have put it a
/// week off.
fn date_weekdays_by_their_holiday(
    doc: &Doc,
    candidates: &[Candidate],
    resolved: &mut [Option<super::resolve::Resolved>],
) {
    use chrono::Datelike;
    for j in 0..candidates.len() {
        let Some(weekday) = bare_weekday(&candidates[j]) else {
            continue;
        };
        let beside = [j.checked_sub(1), j.checked_add(1)]
            .into_iter()
            .flatten()
            .filter(|&k| k < candidates.len())
            .find(|&k| {
                let (a, b) = if k < j {
                    (&candidates[k], &candidates[j])
                } else {
                    (&candidates[j], &candidates[k])
                };
                matches!(candidates[k].expr, Expr::Holiday { .. })
                    && (apposed(doc, a, b) || (k < j && celebrated_on(doc, a, b)))
            });
        let Some(k) = beside else {
            continue;
        };
        let holiday = resolved[k].as_ref().and_then(day_of);
        let mut moved = None;
        if let (Some(day), Some(r)) = (holiday, resolved[j].as_mut()) {
            if day.weekday().num_days_from_monday() == u32::from(weekday)
                && first_day(r) != Some(day)
            {
                super::resolve::move_to_day(r, day);
                moved = Some(day);
            }
        }
        // "an early close, at 2 p.m., on Thursday, New Year's Eve": the clock put on the
        // weekday moves with it.
        let Some(day) = moved else {
            continue;
        };
        let clock = j
            .checked_sub(1)
            .filter(|&t| time_on_day(doc, &candidates[t], &candidates[j]));
        if let Some(time) = clock.and_then(|t| resolved[t].as_mut()) {
            if super::resolve::relocate(time, day) {
                time.why = format!("the day of the weekday it is on, {day}");
            }
        }
    }
}

/// "since Aug. 14, the day before the Taliban took the capital": the day in apposition is
/// the day just named, which the story's day need not be (a bound after "since" does not
/// move it).
fn date_apposed_days(candidates: &[Candidate], resolved: &mut [Option<super::resolve::Resolved>]) {
    for j in 1..candidates.len() {
        if candidates[j].rule != rule_name::APPOSED_DAY {
            continue;
        }
        let named = resolved[j - 1].as_ref().and_then(day_of);
        if let (Some(day), Some(r)) = (named, resolved[j].as_mut()) {
            if first_day(r) != Some(day) && super::resolve::relocate(r, day) {
                r.why = format!("the day just named, {day}, in apposition");
            }
        }
    }
}

/// "set out for Thanksgiving gatherings on Thursday", "Easter services on Sunday": a holiday,
/// one plain noun of how it is kept, and "on" the weekday it falls on.
fn celebrated_on(doc: &Doc, holiday: &Candidate, day: &Candidate) -> bool {
    day.start == holiday.end + 2
        && doc.is_word(holiday.end)
        && !doc.cap(holiday.end)
        && doc.lex(holiday.end) == Lex::None
        && doc.word(holiday.end + 1) == "on"
}

/// Whether `b`, right after `a`, restates its day: only an apposition or "on" between ("on
/// Monday, Labor Day", "Valentine's Day, which falls on Wednesday"). "said Thursday that
/// sales since Thanksgiving" names two days.
fn apposed(doc: &Doc, a: &Candidate, b: &Candidate) -> bool {
    b.start >= a.end
        && b.start - a.end <= 4
        && (a.end..b.start).all(|t| {
            !doc.sentence_start(t)
                && (doc.punct(t, ',')
                    || matches!(doc.word(t), "on" | "which" | "falls" | "fall" | "is"))
        })
}

/// "the first match will be played on Labour Day, next Monday", "Orthodox Christians
/// celebrate Easter on May 2": a holiday restated as another day than the calendar this
/// resolver knows gives it (another country's Labour Day, another church's Easter) is the day
/// the story states. (A weekday it falls on dates the weekday instead: the pass above.)
fn date_holidays_by_their_stated_day(
    doc: &Doc,
    candidates: &[Candidate],
    resolved: &mut [Option<super::resolve::Resolved>],
) {
    use chrono::Datelike;
    for k in 0..candidates.len().saturating_sub(1) {
        let (a, b) = (&candidates[k], &candidates[k + 1]);
        let states_day = matches!(
            b.expr,
            Expr::Weekday { .. } | Expr::Calendar { day: Some(_), .. }
        );
        if !matches!(a.expr, Expr::Holiday { .. }) || !states_day || !apposed(doc, a, b) {
            continue;
        }
        // "scheduled to begin after Memorial Day, on June 3": the day restates the span
        // after the holiday, not the holiday.
        let related = a.start > 0
            && matches!(
                doc.word(a.start - 1),
                "after" | "before" | "since" | "until" | "till" | "by" | "following"
            );
        // "open on Good Friday, Saturday and Easter Monday": a list of days, not one restated.
        let listed = candidates.get(k + 2).is_some_and(|c| {
            matches!(
                c.expr,
                Expr::Weekday { .. } | Expr::Holiday { .. } | Expr::Calendar { day: Some(_), .. }
            ) && c.start > b.end
                && c.start - b.end <= 2
                && (b.end..c.start)
                    .all(|t| doc.punct(t, ',') || matches!(doc.word(t), "and" | "or"))
        });
        if related || listed {
            continue;
        }
        let (Some(holiday), Some(stated)) = (
            resolved[k].as_ref().and_then(day_of),
            resolved[k + 1].as_ref().and_then(day_of),
        ) else {
            continue;
        };
        let same_weekday = holiday.weekday() == stated.weekday();
        if holiday == stated || (same_weekday && bare_weekday(b).is_some()) {
            continue;
        }
        // "leading to Easter on April 16", said in March 2006: a year in which the holiday
        // falls on the day stated is the one meant, for both.
        if let (
            Expr::Holiday { holiday: named, .. },
            Expr::Calendar {
                year: None,
                month: Some(m),
                day: Some(d),
                ..
            },
        ) = (a.expr, b.expr)
        {
            let agreeing = [stated.year(), stated.year() + 1, stated.year() - 1]
                .into_iter()
                .filter_map(|y| super::holidays::date_of(named, y))
                .find(|day| day.month() == m && day.day() == d);
            if let Some(day) = agreeing {
                for r in resolved[k..=k + 1].iter_mut().flatten() {
                    super::resolve::move_to_day(r, day);
                }
                continue;
            }
        }
        if let Some(r) = resolved[k].as_mut() {
            super::resolve::move_to_day(r, stated);
        }
    }
}

/// The weekday (0 = Monday) of a bare weekday mention ("Friday"; not "next Friday").
fn bare_weekday(c: &Candidate) -> Option<u8> {
    match c.expr {
        Expr::Weekday {
            weekday,
            shift: super::expr::Shift::Bare,
        } => Some(weekday),
        _ => None,
    }
}

/// The first day after `day` (never `day` itself) that falls on `weekday` (0 = Monday).
pub(super) fn weekday_after(day: NaiveDate, weekday: u8) -> Option<NaiveDate> {
    use chrono::Datelike;
    let from = day.weekday().num_days_from_monday();
    let ahead = (u32::from(weekday) + 7 - from) % 7;
    let ahead = if ahead == 0 { 7 } else { ahead };
    day.checked_add_days(chrono::Days::new(u64::from(ahead)))
}

fn first_day(r: &super::resolve::Resolved) -> Option<NaiveDate> {
    r.interval.map(|i| i.first())
}

/// The day a mention resolved to, when it is a whole day ("Labour Day", not "the week after
/// Thanksgiving").
fn day_of(r: &super::resolve::Resolved) -> Option<NaiveDate> {
    first_day(r).filter(|_| r.grain == Some(super::value::Grain::Day))
}

/// "from Aug. 30 to Sept. 2", "from mid-June through August": a range's end without a year
/// of its own is the first such day or month on or after its start, though the tense alone
/// might put it a year before or after.
fn end_dated_ranges_after_start(
    doc: &Doc,
    candidates: &[Candidate],
    resolved: &mut [Option<super::resolve::Resolved>],
    published: NaiveDate,
) {
    use chrono::Datelike;
    for k in 0..candidates.len().saturating_sub(1) {
        let (a, b) = (&candidates[k], &candidates[k + 1]);
        // Both ends dates of the calendar: "a revision Friday to December's figures" is no
        // range.
        let yearless = |c: &Candidate| matches!(c.expr, Expr::Calendar { year: None, .. });
        let dated = matches!(a.expr, Expr::Calendar { .. });
        if !dated || anchor::range_of(doc, a, b).is_none() {
            continue;
        }
        let start = resolved[k].as_ref().and_then(first_day);
        let end = resolved[k + 1].as_ref().and_then(first_day);
        let (Some(start), Some(end)) = (start, end) else {
            continue;
        };
        if let Some(holiday) = yearless_holiday(b) {
            if end < start {
                end_holiday_after_start(&mut resolved[k..=k + 1], holiday, yearless(a), published);
            }
            continue;
        }
        if !yearless(b) {
            continue;
        }
        if let Some(r) = resolved[k + 1].as_mut() {
            let years = if end < start {
                1
            } else if end.with_year(end.year() - 1).is_some_and(|e| e >= start) {
                -1
            } else {
                0
            };
            if years != 0 {
                super::resolve::shift_years(r, years);
            }
        }
    }
}

/// "40 weddings booked between June 6 and Labor Day": a holiday ending a range that was put
/// before the range's start is the first one on or after it; or, when the start has no year
/// of its own and the range so read lies nearer publication, the start is a year earlier
/// ("from Dec. 20 to New Year's Day", said on Jan. 2). `ends` holds the start's and the end's
/// readings.
fn end_holiday_after_start(
    ends: &mut [Option<super::resolve::Resolved>],
    holiday: Holiday,
    start_yearless: bool,
    published: NaiveDate,
) {
    use chrono::Datelike;
    let [Some(start_r), Some(end_r)] = ends else {
        return;
    };
    let (Some(start), Some(end)) = (first_day(start_r), first_day(end_r)) else {
        return;
    };
    let Some(later_end) = (0..=1)
        .filter_map(|y| super::holidays::date_of(holiday, start.year() + y))
        .find(|&d| d >= start)
    else {
        return;
    };
    // How far a range lies from publication: none when it holds it.
    let away = |first: NaiveDate, last: NaiveDate| {
        (first - published)
            .num_days()
            .max((published - last).num_days())
            .max(0)
    };
    let earlier_start = start
        .with_year(start.year() - 1)
        .filter(|&e| start_yearless && e <= end);
    if earlier_start.is_some_and(|e| away(e, end) < away(start, later_end)) {
        super::resolve::shift_years(start_r, -1);
    } else if super::resolve::relocate(end_r, later_end) {
        end_r.why = format!(
            "{}; on {later_end}, the first after the range's start",
            end_r.why
        );
    }
}

/// The holiday a mention names with no year, shift or offset of its own: "Labor Day", not
/// "last Christmas", "Easter 1996" or "the day after Thanksgiving".
fn yearless_holiday(c: &Candidate) -> Option<Holiday> {
    match c.expr {
        Expr::Holiday {
            holiday,
            shift: super::expr::Shift::Bare,
            year: super::expr::YearRef::Implied,
        } if c.day_offset == 0 && c.day_pick.is_none() => Some(holiday),
        _ => None,
    }
}

/// "Voters elect a new council on Thursday. ... Polling stations will be open from 7 a.m. to 10
/// p.m.": the hours of the polls are the election day's, the latest day the story named in a
/// sentence about the vote, not publication day's or the day of whatever was told since.
fn put_polling_hours_on_election_day(
    doc: &Doc,
    candidates: &[Candidate],
    resolved: &mut [Option<super::resolve::Resolved>],
) {
    use super::value::Grain;
    let sentence_has = |start: usize, words: &[&str]| {
        let (first, last) = doc.sentence_tokens(start);
        (first..last).any(|k| words.contains(&doc.word(k)))
    };
    const VOTE: &[&str] = &[
        "election",
        "elections",
        "vote",
        "voters",
        "polls",
        "referendum",
        "runoff",
        "ballot",
        "primary",
        "by-election",
    ];
    const POLLING: &[&str] = &["polls", "polling"];
    // The polls' own hours, in their clause: "polls close at 8 p.m.", "Polling stations will
    // be open from 7 a.m. to 10 p.m.", not "the polls closed at 8 p.m., and with all
    // precincts reporting by 2:40 a.m.".
    // ("Polls close at 6pm that day": "that day" is the vote's, named before.)
    let that_day =
        |c: &Candidate| c.end >= 2 && doc.word(c.end - 1) == "day" && doc.word(c.end - 2) == "that";
    let polls_hours = |c: &Candidate, r: &super::resolve::Resolved| {
        (c.expr == Expr::TimeOnly || that_day(c)) && r.grain == Some(Grain::Minute) && {
            let (first, _) = doc.sentence_tokens(c.start);
            (c.start.saturating_sub(16).max(first)..c.start)
                .rev()
                .take_while(|&k| !doc.punct(k, ',') && !doc.punct(k, ';'))
                .any(|k| POLLING.contains(&doc.word(k)))
        }
    };
    // Most stories tell no hours of the polls: one look at each clock time's clause, and done.
    let any = candidates
        .iter()
        .zip(resolved.iter())
        .any(|(c, r)| r.as_ref().is_some_and(|r| polls_hours(c, r)));
    if !any {
        return;
    }
    let mut election_day: Option<NaiveDate> = None;
    // The day the story names as the vote's own ("Election Day", "the Nov. 4 election")
    // outranks the latest day of a sentence about the vote ("must be postmarked by Election
    // Day, Nov. 4, and received by 10 a.m. on Nov. 14").
    let mut vote_day: Option<NaiveDate> = None;
    for k in 0..candidates.len() {
        let c = &candidates[k];
        let Some(r) = resolved[k].as_mut() else {
            continue;
        };
        let names_the_vote = dates_an_election(doc, c, true)
            || matches!(
                c.expr,
                Expr::Holiday {
                    holiday: super::lexicon::Holiday::ElectionDay,
                    ..
                }
            );
        // Of the days told so far in sentences about the vote, the latest: "early voting
        // began on Oct. 2 ... before Election Day". A day's early or late hours ("too close
        // to call early Wednesday") are the count's, not the vote's.
        if r.grain == Some(Grain::Day) && c.time.is_none() && sentence_has(c.start, VOTE) {
            if c.modifier.is_none() {
                election_day = election_day.max(first_day(r));
                // ("return to the polls today ... for a runoff between the two who finished
                // first in the Nov. 2 election": the later vote.)
                if names_the_vote && c.day_offset == 0 && c.day_pick.is_none() {
                    vote_day = vote_day.max(first_day(r));
                }
            }
            continue;
        }
        let election_day = vote_day.or(election_day);
        if !polls_hours(c, r) {
            continue;
        }
        // A day told after it in its clause is its own: "polls open from 7 a.m. to 8 p.m. on
        // March 19" (but not "close at 6pm, and counting will begin on Saturday night").
        let (_, last) = doc.sentence_tokens(c.start);
        let clause_end = (c.end..last)
            .find(|&t| doc.punct(t, ',') || doc.punct(t, ';'))
            .unwrap_or(last);
        let own_day = candidates[k + 1..]
            .iter()
            .take_while(|d| d.start < clause_end)
            .any(|d| refine::names_a_day(&d.expr));
        if own_day {
            continue;
        }
        if let Some(day) = election_day.filter(|d| first_day(r) != Some(*d)) {
            if super::resolve::relocate(r, day) {
                r.why = format!("{}; on {day}, the election day the story named", r.why);
            }
        }
    }
}

/// Whether candidate `k` restates, in parentheses, the clock time just before it in another
/// zone: "at 9 a.m. EDT (1300 GMT)", "shortly after 5 a.m. (0300 GMT)".
fn restated_clock(doc: &Doc, candidates: &[Candidate], k: usize) -> bool {
    restates_clock_before(doc, candidates, k) && candidates[k].expr == Expr::TimeOnly
}

/// Whether candidate `k` is a clock time in parentheses right after a clock time, with or
/// without a day of its own ("(0100 GMT Thursday)").
fn restates_clock_before(doc: &Doc, candidates: &[Candidate], k: usize) -> bool {
    let c = &candidates[k];
    k > 0
        && c.start > 0
        && matches!(c.time, Some(TimeOfDay::Clock { .. }))
        && doc.punct(c.start - 1, '(')
        && candidates[k - 1].expr == Expr::TimeOnly
        // "at about 2:40 a.m. local time (2340 GMT Wednesday)"
        && past_local_time(doc, candidates[k - 1].end) + 1 == c.start
}

/// The token after "local time" at `i`, or `i` when the words are not there: "at 10:16 a.m.
/// local time", which annotated news leaves outside the expression.
fn past_local_time(doc: &Doc, i: usize) -> usize {
    if doc.word(i) == "local" && doc.word(i + 1) == "time" {
        i + 2
    } else {
        i
    }
}

/// "at 8 p.m. EST (0100 GMT)": a restated clock names the moment the clock before it names,
/// so it is on that clock's day, or on the day before or after where the zones' difference
/// carries it past midnight. Real zones lie between 12 hours behind and 14 hours ahead of
/// GMT, which leaves one day for each pair of clocks. When the restatement names its day
/// ("8 p.m. EST (0100 GMT Thursday)"), the first clock's day follows from it instead.
fn date_restated_clocks(
    doc: &Doc,
    candidates: &[Candidate],
    resolved: &mut [Option<super::resolve::Resolved>],
) {
    let minutes = |c: &Candidate| match c.time {
        Some(TimeOfDay::Clock { hour, minute }) => Some(i64::from(hour * 60 + minute)),
        _ => None,
    };
    for k in 0..candidates.len() {
        if !restates_clock_before(doc, candidates, k) {
            continue;
        }
        let (Some(restated), Some(local)) = (minutes(&candidates[k]), minutes(&candidates[k - 1]))
        else {
            continue;
        };
        let ahead = local - restated;
        let days = if ahead > 14 * 60 {
            1
        } else if ahead < -12 * 60 {
            -1
        } else {
            0
        };
        if candidates[k].expr != Expr::TimeOnly {
            let day = resolved[k]
                .as_ref()
                .and_then(first_day)
                .and_then(|d| d.checked_sub_signed(Duration::days(days)));
            if let (Some(day), Some(r)) = (day, resolved[k - 1].as_mut()) {
                if super::resolve::relocate(r, day) {
                    r.why = format!("{}; on {day}, by its restatement in another zone", r.why);
                }
            }
            continue;
        }
        let Some(told) = resolved[k - 1].clone() else {
            continue;
        };
        let day = first_day(&told).and_then(|d| d.checked_add_signed(Duration::days(days)));
        let on = match day {
            Some(day) => day.to_string(),
            None => told.value.get(..10).unwrap_or("XXXX-XX-XX").to_string(),
        };
        resolved[k] = Some(super::resolve::Resolved {
            value: format!("{on}T{:02}:{:02}", restated / 60, restated % 60),
            modifier: candidates[k].modifier,
            interval: day.and_then(Interval::day).or(told.interval),
            why: format!("the clock just told, restated in another zone, on {on}"),
            ..told
        });
        // "at 11:59 p.m. Eastern time (0359 GMT on Friday)": the weekday the restated
        // clock is on is the restated moment's day, whatever the tense says.
        let weekday_on = candidates
            .get(k + 1)
            .filter(|w| time_on_day(doc, &candidates[k], w))
            .and_then(bare_weekday);
        let on = resolved.get_mut(k + 1).and_then(Option::as_mut);
        if let (Some(day), Some(weekday), Some(r)) = (day, weekday_on, on) {
            use chrono::Datelike;
            if day.weekday().num_days_from_monday() == u32::from(weekday)
                && first_day(r) != Some(day)
                && super::resolve::relocate(r, day)
            {
                r.why = format!("the day of the clock it restates, {day}");
            }
        }
    }
}

/// Whether `time` is a clock time followed by "on" and `day`: "8 p.m. on Tuesday", "6 a.m.
/// local time on Monday" (the words for the clock's zone may stand between).
pub(super) fn time_on_day(doc: &Doc, time: &Candidate, day: &Candidate) -> bool {
    let mut end = past_local_time(doc, time.end);
    // "would open an hour early, at 9 a.m., on Friday": the time set off by commas.
    if doc.punct(end, ',') && doc.is(end + 1, Word::On) {
        end += 1;
    }
    // "a special midnight performance on New Year's Eve", "the 9 p.m. show on Friday": a
    // time before its noun, after an article, is on the noun's day.
    let article_before = (time.start.saturating_sub(2)..time.start)
        .any(|k| matches!(doc.word(k), "a" | "an" | "the" | "its" | "their"));
    if article_before
        && doc.is_word(end)
        && !doc.cap(end)
        && doc.lex(end) == Lex::None
        && doc.is(end + 1, Word::On)
    {
        end += 1;
    }
    // "darkness falling by 5:15 p.m. in much of the Northeast on Halloween": a place
    // stands between, a preposition and a few words with no verb or stop.
    if matches!(doc.word(end), "in" | "at" | "near" | "outside") {
        if let Some(on) = (end + 2..(end + 6).min(doc.len())).find(|&k| doc.is(k, Word::On)) {
            if (end + 1..on).all(|k| doc.is_word(k) && doc.tense_class(k) == 0) {
                end = on;
            }
        }
    }
    // "lifted off at 7:20 a.m. EST (1220 GMT) on Christmas Day": the clock restated in
    // another zone, in parentheses, stands between.
    if doc.punct(end, '(') {
        if let Some(close) = (end + 1..(end + 5).min(doc.len())).find(|&k| doc.punct(k, ')')) {
            if doc.is(close + 1, Word::On) {
                end = close + 1;
            }
        }
    }
    // ("at about 7:19 p.m. local time Sunday": the day right after the zone.)
    let after_local_time = end > time.end && day.start == end;
    time.expr == Expr::TimeOnly
        && (after_local_time || (day.start == end + 1 && doc.is(end, Word::On)))
        && refine::names_a_day(&day.expr)
}

/// "has been moved to next Saturday at 10 a.m.": a clock right after a day and "at" is that
/// day's, even when the tense would put a clock of its own elsewhere.
fn day_at_time(doc: &Doc, day: &Candidate, time: &Candidate) -> bool {
    time.expr == Expr::TimeOnly
        && time.start == day.end + 1
        && doc.is(day.end, Word::At)
        && refine::names_a_day(&day.expr)
}

/// "The ceasefire had expired at 6 a.m. on Monday": the time is on the day named with it,
/// even when that day does not become the story's (a flashback, a bound).
fn put_times_on_their_days(
    doc: &Doc,
    candidates: &[Candidate],
    resolved: &mut [Option<super::resolve::Resolved>],
) {
    use super::value::Grain;
    for k in 0..candidates.len() {
        // "7:20 a.m. EST (1220 GMT) on Christmas Day": the day is after the restated clock.
        let d = if k + 1 < candidates.len() && restated_clock(doc, candidates, k + 1) {
            k + 2
        } else {
            k + 1
        };
        let d = if candidates
            .get(d)
            .is_some_and(|day| time_on_day(doc, &candidates[k], day))
        {
            d
        } else if k > 0 && day_at_time(doc, &candidates[k - 1], &candidates[k]) {
            k - 1
        } else {
            continue;
        };
        let day = resolved[d]
            .as_ref()
            .filter(|r| r.grain == Some(Grain::Day))
            .and_then(first_day);
        // "service will run until 2 a.m. on New Year's Eve": an eve is an evening, and its
        // small hours are the next day's.
        let eve = matches!(
            candidates[d].expr,
            Expr::Holiday {
                holiday: Holiday::NewYearsEve | Holiday::ChristmasEve | Holiday::Hogmanay,
                ..
            }
        );
        let small_hours = matches!(
            candidates[k].time,
            Some(TimeOfDay::Clock { hour: 0..=4, .. })
        );
        let day = if eve && small_hours {
            day.and_then(|d| d.succ_opt())
        } else {
            day
        };
        if let (Some(day), Some(r)) = (day, resolved[k].as_mut()) {
            if r.grain == Some(Grain::Minute) && first_day(r) != Some(day) {
                super::resolve::put_on_day(r, day);
            }
        }
    }
}

/// Whether mention `k` was read as a recurrence: days of a schedule ("Monday through
/// Friday" with its hours) name no one day.
pub(super) fn is_set(resolved: &[Option<super::resolve::Resolved>], k: usize) -> bool {
    resolved
        .get(k)
        .and_then(Option::as_ref)
        .is_some_and(|r| r.kind == super::value::TimexType::Set)
}

/// The tokens between two mentions, whichever comes first.
pub(super) fn between(a: &Candidate, b: &Candidate) -> std::ops::Range<usize> {
    if a.start < b.start {
        a.end..b.start
    } else {
        b.end..a.start
    }
}

/// Whether nothing between `a` and `b` ends a clause, as the tense reader sees one: a
/// semicolon, a quotation mark, or a comma before a word that opens a new clause (", and the
/// county will hold ...").
pub(super) fn same_clause(doc: &Doc, a: &Candidate, b: &Candidate) -> bool {
    // "The pool opens Saturday and will be open daily from noon": "and" before an auxiliary
    // starts a predicate of its own.
    let new_predicate = |i: usize| {
        doc.word(i) == "and"
            && matches!(
                doc.word(i + 1),
                "will" | "would" | "is" | "are" | "was" | "were" | "has" | "have" | "can" | "could"
            )
    };
    !between(a, b).any(|i| clause_ends_at(doc, i) || new_predicate(i))
}

/// Whether a clause ends at token `i`, as the tense reader sees one: a semicolon, a quote, a
/// colon between statements, or a comma before a word that opens a clause.
pub(super) fn clause_ends_at(doc: &Doc, i: usize) -> bool {
    use super::tense::{boundary, clause_starts};
    boundary(doc, i) || (doc.punct(i, ',') && clause_starts(doc, i + 1))
}

/// The order to resolve candidates in: text order, except that a time of day followed by
/// "on" and the day it is on ("at midnight on Sunday", "8 p.m. on Tuesday") waits for that
/// day, so that the time lands on it rather than on the story's previous day. So do both
/// ends of a span of hours before its day ("from 7 a.m. to 7 p.m. on March 19", "between 4
/// and 9 p.m. on Friday").
fn resolution_order(doc: &Doc, candidates: &[Candidate]) -> Vec<usize> {
    let on_day = |time: &Candidate, day: &Candidate| time_on_day(doc, time, day);
    let mut order: Vec<usize> = (0..candidates.len()).collect();
    let mut k = 0;
    while k + 1 < candidates.len() {
        let (first, second) = (&candidates[k], &candidates[k + 1]);
        if on_day(first, second) {
            order.swap(k, k + 1);
            k += 2;
            continue;
        }
        let span_of_hours = first.expr == Expr::TimeOnly
            && second.start == first.end + 1
            && (matches!(doc.lex(first.end), Lex::Word(Word::To | Word::Until))
                || doc.dash(first.end)
                || (doc.is(first.end, Word::And)
                    && first.start > 0
                    && doc.is(first.start - 1, Word::Between)));
        if let Some(day) = candidates.get(k + 2) {
            if span_of_hours && on_day(second, day) {
                order[k..k + 3].copy_from_slice(&[k + 2, k, k + 1]);
                k += 3;
                continue;
            }
        }
        k += 1;
    }
    order
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::super::lexicon::Holiday;
    use super::super::resolve::day_value;
    use super::end_holiday_after_start;

    fn day(s: &str) -> NaiveDate {
        s.parse().expect("a date")
    }

    fn ends(start: &str, end: &str) -> Vec<Option<super::super::resolve::Resolved>> {
        vec![
            day_value(day(start), String::new()),
            day_value(day(end), String::new()),
        ]
    }

    fn values(ends: &[Option<super::super::resolve::Resolved>]) -> Vec<String> {
        ends.iter()
            .map(|r| r.as_ref().map(|r| r.value.clone()).unwrap_or_default())
            .collect()
    }

    #[test]
    fn a_holiday_before_its_start_moves_after_it() {
        let mut e = ends("2015-06-06", "2014-09-01");
        end_holiday_after_start(&mut e, Holiday::LaborDay, true, day("2015-05-10"));
        assert_eq!(values(&e), ["2015-06-06", "2015-09-07"]);
    }

    #[test]
    fn a_start_a_year_early_moves_when_that_range_is_nearer_publication() {
        // "from Dec. 20 to New Year's Day", said on Jan. 2 with the start read as the
        // coming December: the range that just ended is the one.
        let mut e = ends("2015-12-20", "2015-01-01");
        end_holiday_after_start(&mut e, Holiday::NewYearsDay, true, day("2015-01-02"));
        assert_eq!(values(&e), ["2014-12-20", "2015-01-01"]);
        // A start with a year of its own stays.
        let mut e = ends("2015-12-20", "2015-01-01");
        end_holiday_after_start(&mut e, Holiday::NewYearsDay, false, day("2015-01-02"));
        assert_eq!(values(&e), ["2015-12-20", "2016-01-01"]);
    }
}
