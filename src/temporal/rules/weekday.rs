//! Weekdays: "Wednesday", "last Friday", "this coming Sunday", "Friday morning",
//! "Friday, Oct. 13", "Mondays" (a recurrence).
//!
//! A weekday is news' most common date and names no week: the resolver picks the week from the
//! publication date and tense. Newspapers named after weekdays ("Sunday Times") are not dates.

use super::super::doc::Doc;
use super::super::expr::{Candidate, Expr, Shift, TimeOfDay, rule_name};
use super::super::lexicon::{Lex, PartOfDay, Unit, Word};
use super::calendar::{day_at, day_of, month_at, shift_before, year_after};
use super::position::position_before;

// Kept out of the pipeline loop (`rules::collect`): inlined there, the rule families made
// the loop large enough to cost about 1% more instructions (callgrind, docs/BENCHMARKS.md).
#[inline(never)]
pub(super) fn at(doc: &Doc, i: usize, out: &mut Vec<Candidate>) {
    match doc.lex(i) {
        // "the Good Friday Agreement": the day names the event.
        Lex::Weekday(_) if super::holiday::names_an_event(doc, i + 1) => {}
        Lex::Weekday(wd) => weekday(doc, i, wd, out),
        // "showers could arrive by midweek": the week of the Wednesday the tense points to,
        // its middle. A lower-case word only ("Midweek" may be a title).
        Lex::Word(Word::Midweek)
            if (!doc.cap(i) || doc.sentence_start(i))
                && !(i > 0 && matches!(doc.lex(i - 1), Lex::Word(Word::A | Word::An))) =>
        {
            let mut c = Candidate::new(
                i,
                i + 1,
                Expr::Weekday {
                    weekday: 2,
                    shift: Shift::Bare,
                },
                "midweek",
            );
            c.widen = Some(Unit::Week);
            c.modifier = Some(super::super::value::Mod::Mid);
            out.push(c);
        }
        // "TGI Fridays": a capitalised word before a plural weekday makes a name.
        Lex::Weekdays(wd)
            if doc.cap(i)
                && !(i > 0
                    && doc.cap(i - 1)
                    && doc.is_word(i - 1)
                    && doc.lex(i - 1) == Lex::None
                    && !doc.sentence_start(i - 1)) =>
        {
            let (pod, end) = plural_part_of_day(doc, i + 1);
            out.push(Candidate::new(
                i,
                end,
                Expr::SetWeekday(wd, pod),
                "weekday-set",
            ));
        }
        _ => {}
    }
}

/// Whether the word at `i` names what runs on a weekday before it, week after week: "Sunday
/// services", "Saturday flights", "weekday trains".
pub(super) fn runs_on_that_day(doc: &Doc, i: usize) -> bool {
    matches!(
        doc.word(i),
        "service"
            | "services"
            | "trains"
            | "flights"
            | "buses"
            | "sailings"
            | "departures"
            | "trading"
            | "opening"
            | "openings"
            | "hours"
    )
}

fn weekday(doc: &Doc, i: usize, wd: u8, out: &mut Vec<Candidate>) {
    if is_name(doc, i) {
        return;
    }
    // "Tuesday nights": a recurrence. So is a weekday naming a kind of service: "cut Sunday
    // services", "add Saturday flights" ("Sunday's service" is one day's).
    let (pod, end) = plural_part_of_day(doc, i + 1);
    // ("the Sunday service drew 300" may be one day's: only without a determiner.)
    let determined = i > 0
        && matches!(
            doc.word(i - 1),
            "the" | "a" | "an" | "this" | "that" | "last" | "next" | "its" | "their"
        );
    // ("their Sunday schedules", "the usual Sunday frequency": a kind of timetable is every
    // such day's, determiner or not.)
    let timetable = matches!(
        doc.word(i + 1),
        "schedule" | "schedules" | "timetable" | "timetables" | "frequency"
    );
    if pod.is_some() || (doc.cap(i) && (timetable || (!determined && runs_on_that_day(doc, i + 1))))
    {
        out.push(Candidate::new(
            i,
            end,
            Expr::SetWeekday(wd, pod),
            "weekday-set",
        ));
        return;
    }
    // "Friday, Oct. 13", "Friday Oct. 13, 1989", "Saturday 25 April", "Sunday the 2nd of April".
    let j = if doc.punct(i + 1, ',') { i + 2 } else { i + 1 };
    // British copy and broadcasts: "Sunday the 2nd of April", "Monday, the 13th of March".
    let the_of = |j: usize| {
        doc.is(j, Word::The)
            .then(|| day_at(doc, j + 1))
            .flatten()
            .filter(|&(_, after)| doc.is(after, Word::Of))
            .and_then(|(d, after)| month_at(doc, after + 1).map(|(m, end)| (m, d, end)))
    };
    let dated = month_at(doc, j)
        .and_then(|(m, after)| day_at(doc, after).map(|(d, end)| (m, d, end)))
        .or_else(|| {
            day_at(doc, j).and_then(|(d, after)| month_at(doc, after).map(|(m, end)| (m, d, end)))
        })
        .or_else(|| the_of(j));
    // "Friday through Sunday, July 10-12": the weekdays and the days are two ranges side by
    // side; "Sunday" ends the first and "July 10" starts the second.
    let ends_weekday_range = i >= 2
        && (matches!(doc.word(i - 1), "through" | "to" | "until" | "thru") || doc.dash(i - 1))
        && matches!(doc.lex(i - 2), Lex::Weekday(_));
    let dated = dated.filter(|&(_, _, end)| {
        let range_after =
            (doc.dash(end) || matches!(doc.word(end), "through" | "to")) && doc.is_number(end + 1);
        !(ends_weekday_range && range_after)
    });
    // "on Easter Sunday, April 11", "Black Friday, Nov. 26": the weekday ends a holiday's
    // name, which keeps it; the date in apposition is an expression of its own.
    // ("On Black Monday, Oct. 19, 1987": so does a day history named.)
    let ends_holiday = i > 0
        && (super::holiday::holiday_at(doc, i - 1).is_some_and(|(_, end)| end == i + 1)
            || super::holiday::black_monday(doc, i - 1).is_some());
    if let Some((month, day, end)) = dated {
        let (year, end) = match year_after(doc, end) {
            Some((y, end)) => (Some(y), end),
            None => (None, end),
        };
        let (start, shift) = shift_before(doc, i);
        let date = day_of(year, month, day, Some(wd));
        if ends_holiday && doc.punct(i + 1, ',') {
            out.push(Candidate::new(j, end, date, "weekday-date"));
            return;
        }
        // "next Tuesday, Nov. 7", "last Friday, March 3": a weekday counted a week on or back
        // is an expression of its own, and the date in apposition another, as the annotated
        // news writes them; both are the date's day. ("this Friday, December 30th", a
        // broadcast's greeting, is written both ways, and "this coming Sunday, March eighth"
        // as one: they stay one.)
        if matches!(shift, Shift::Next | Shift::Last) && doc.punct(i + 1, ',') {
            out.push(Candidate::new(start, i + 1, date, "weekday-date"));
            out.push(Candidate::new(j, end, date, "weekday-date"));
            return;
        }
        out.push(Candidate::new(start, end, date, "weekday-date"));
        return;
    }
    let (start, shift) = match shift_before(doc, i) {
        (_, Shift::Bare) if that_of_the_story(doc, i) => (i - 1, Shift::That),
        found => found,
    };
    if shift == Shift::Bare {
        if let Some(c) = british_week_on(doc, i, wd).or_else(|| of_a_week(doc, i, wd)) {
            out.push(c);
            return;
        }
    }
    // "the Tuesday after next", "the Sunday before last": a week beyond next or last.
    if shift == Shift::Bare && i > 0 && doc.is(i - 1, Word::The) {
        let beyond = match (doc.lex(i + 1), doc.lex(i + 2)) {
            (Lex::Word(Word::After), Lex::Word(Word::Next)) => Some((Shift::Next, 7)),
            (Lex::Word(Word::Before), Lex::Word(Word::Last)) => Some((Shift::Last, -7)),
            _ => None,
        };
        if let Some((shift, days)) = beyond {
            let mut c = Candidate::new(
                i - 1,
                i + 3,
                Expr::Weekday { weekday: wd, shift },
                "weekday",
            );
            c.day_offset = days;
            out.push(c);
            return;
        }
    }
    let (start, modifier) = position_before(doc, start);
    // "Super Tuesday", "Holy Thursday": the day's name is the expression. (Ash Wednesday,
    // Good Friday, Black Friday and the like are holidays of their own, placed by the
    // holiday rule.)
    let start =
        if start == i && i > 0 && doc.cap(i - 1) && matches!(doc.word(i - 1), "super" | "holy") {
            i - 1
        } else {
            start
        };
    let (time, end) = match part_of_day(doc, i + 1) {
        Some(pod) => (Some(TimeOfDay::Part(pod)), i + 2),
        None => (None, i + 1),
    };
    // "on July 14, a Saturday,", "It was a Saturday", "which falls on Wednesday": the weekday
    // restates the day before it (the resolver checks that it agrees).
    if let Some(restated) = restatement_at(doc, i).filter(|_| start == i) {
        let mut c = Candidate::new(
            restated,
            end,
            Expr::Weekday { weekday: wd, shift },
            rule_name::A_WEEKDAY,
        );
        c.time = time;
        out.push(c);
        return;
    }
    let mut c = Candidate::new(start, end, Expr::Weekday { weekday: wd, shift }, "weekday");
    c.modifier = modifier;
    c.time = time;
    out.push(c);
}

/// Where a weekday at `i` that names again the day just told starts: ", a Saturday," after
/// a date, "It was a Sunday", "happens to be a Sunday" (with its article), "Christmas Eve,
/// which falls on a Sunday" or "falls on Wednesday". `None` for any other weekday.
fn restatement_at(doc: &Doc, i: usize) -> Option<usize> {
    let falls_on = |on: usize| {
        on >= 1 && doc.is(on, Word::On) && matches!(doc.word(on - 1), "falls" | "fell" | "fall")
    };
    if i >= 3
        && doc.is(i - 1, Word::A)
        && (doc.punct(i - 2, ',')
            || matches!(doc.word(i - 2), "was" | "is" | "be")
            || falls_on(i - 2))
    {
        Some(i - 1)
    } else if i >= 2 && falls_on(i - 1) {
        Some(i)
    } else {
        None
    }
}

/// "Tuesday week", "a week on Friday": British for the weekday a week after the coming one;
/// "Saturday fortnight", "a fortnight on Saturday", two weeks after it.
fn british_week_on(doc: &Doc, i: usize, wd: u8) -> Option<Candidate> {
    let weeks = |k: usize| match doc.word(k) {
        "week" => Some(1),
        "fortnight" => Some(2),
        _ => None,
    };
    let (start, end, n) = match weeks(i + 1) {
        Some(n) if !doc.cap(i + 1) && !doc.is(i + 2, Word::Of) => (i, i + 2, n),
        _ if i >= 3
            && doc.is(i - 1, Word::On)
            && matches!(doc.lex(i - 3), Lex::Word(Word::A) | Lex::Cardinal(1)) =>
        {
            (i - 3, i + 1, weeks(i - 2)?)
        }
        _ => return None,
    };
    let mut c = Candidate::new(
        start,
        end,
        Expr::Weekday {
            weekday: wd,
            shift: Shift::Coming,
        },
        "weekday",
    );
    c.day_offset = 7 * n;
    Some(c)
}

/// "failed to come home that Wednesday", "by that Friday": a demonstrative before the
/// weekday points into the story's week. After a verb that takes a clause ("said that
/// Friday's vote", "hopes that Monday") or a conjunction ("so that", "now that"), "that"
/// opens the clause instead.
fn that_of_the_story(doc: &Doc, i: usize) -> bool {
    if i == 0 || !doc.is(i - 1, Word::That) || doc.apostrophe(i + 1) {
        return false;
    }
    if i == 1 || doc.sentence_start(i - 1) {
        return true;
    }
    doc.is_word(i - 2) && !opens_a_clause(doc.word(i - 2))
}

/// Words after which "that" opens a clause: verbs of saying, thinking and showing (in any
/// of their regular forms), and the conjunctions and adjectives built on "that".
fn opens_a_clause(w: &str) -> bool {
    let verb = |v: &str| {
        matches!(
            v,
            "say"
                | "tell"
                | "announce"
                | "report"
                | "add"
                | "note"
                | "believe"
                | "expect"
                | "hope"
                | "think"
                | "know"
                | "decide"
                | "agree"
                | "state"
                | "warn"
                | "insist"
                | "argue"
                | "suggest"
                | "show"
                | "predict"
                | "indicate"
                | "confirm"
                | "claim"
                | "mean"
                | "fear"
                | "feel"
                | "learn"
                | "ensure"
                | "assure"
                | "promise"
                | "estimate"
                | "admit"
                | "deny"
                | "rule"
                | "conclude"
                | "order"
                | "demand"
                | "request"
                | "recommend"
                | "propose"
                | "ask"
                | "urge"
                | "mention"
                | "explain"
                | "declare"
                | "acknowledge"
                | "testify"
                | "allege"
                | "signal"
                | "reveal"
                | "disclose"
                | "find"
                | "discover"
                | "realize"
                | "doubt"
                | "worry"
                | "assume"
        )
    };
    let forms = [
        Some(w),
        w.strip_suffix('s'),
        w.strip_suffix("es"),
        w.strip_suffix('d'),
        w.strip_suffix("ed"),
    ];
    // ("denied", "testifies", "worried": a "y" turned "i".)
    let y_stem = w.strip_suffix("ied").or_else(|| w.strip_suffix("ies"));
    forms.into_iter().flatten().any(verb)
        || y_stem.is_some_and(|stem| matches!(stem, "den" | "testif" | "worr"))
        || matches!(
            w,
            "said"
                | "told"
                | "thought"
                | "knew"
                | "found"
                | "meant"
                | "felt"
                | "so"
                | "now"
                | "such"
                | "clear"
                | "sure"
                | "aware"
                | "certain"
                | "likely"
                | "unlikely"
                | "fact"
                | "given"
                | "except"
                | "saying"
                | "adding"
                | "noting"
                | "warning"
        )
}

/// "Thursday of next week", "Wednesday of last week": that weekday of the week named.
fn of_a_week(doc: &Doc, i: usize, wd: u8) -> Option<Candidate> {
    if !doc.is(i + 1, Word::Of) || doc.unit(i + 3) != Some((Unit::Week, false)) {
        return None;
    }
    let offset = match doc.lex(i + 2) {
        Lex::Word(Word::Next) => 1,
        Lex::Word(Word::Last) => -1,
        Lex::Word(Word::This) => 0,
        _ => return None,
    };
    let mut c = Candidate::new(
        i,
        i + 4,
        Expr::Relative {
            unit: Unit::Week,
            offset,
            reckoning: super::super::expr::Reckoning::Calendar,
        },
        "weekday-of-week",
    );
    c.day_pick = Some(super::super::expr::DayPick::Nth(1, wd));
    Some(c)
}

/// A singular part of day right after a weekday: "Friday morning", "Sunday night".
pub(crate) fn part_of_day(doc: &Doc, i: usize) -> Option<PartOfDay> {
    match doc.lex(i) {
        Lex::PartOfDay(p) if !doc.raw(i).ends_with('s') => Some(p),
        _ => None,
    }
}

/// A plural part of day ("nights", "mornings") making a weekday a recurrence.
fn plural_part_of_day(doc: &Doc, i: usize) -> (Option<PartOfDay>, usize) {
    match doc.lex(i) {
        Lex::PartOfDay(p) if doc.raw(i).ends_with('s') => (Some(p), i + 1),
        Lex::Units(Unit::Night) => (Some(PartOfDay::Night), i + 1),
        _ => (None, i),
    }
}

/// "the Sunday Times", "Monday Night Football": a weekday inside a name.
fn is_name(doc: &Doc, i: usize) -> bool {
    let next_is_paper = doc.cap(i + 1)
        && matches!(
            doc.word(i + 1),
            "times"
                | "telegraph"
                | "express"
                | "mirror"
                | "herald"
                | "post"
                | "star"
                | "mail"
                | "independent"
                | "tribune"
                | "journal"
                | "observer"
                | "standard"
                | "people"
                | "sport"
                | "business"
                | "magazine"
                | "review"
                | "edition"
                | "school"
        );
    let the_before = i > 0 && doc.is(i - 1, Word::The);
    let proper_after = doc.cap(i + 1)
        && doc.is_word(i + 1)
        && doc.lex(i + 1) == Lex::None
        && !doc.sentence_start(i + 1);
    // "Monday Night Football": a part of day, then a name.
    let name_after_part = doc.cap(i + 1)
        && matches!(doc.lex(i + 1), Lex::PartOfDay(_))
        && doc.cap(i + 2)
        && doc.is_word(i + 2)
        && doc.lex(i + 2) == Lex::None;
    // "starred with Tuesday Weld": after "with", a weekday and a name make a person; a date
    // there would be the weekday's event ("with Tuesday's vote").
    let with_before = i > 0
        && matches!(
            doc.word(i - 1),
            "with" | "starring" | "alongside" | "actress" | "actor" | "singer" | "star"
        );
    // "run to a Sunday timetable", "a Saturday schedule": a kind of day describing a thing.
    let kind_of_day = i > 0
        && matches!(doc.word(i - 1), "a" | "an")
        && doc.is_word(i + 1)
        && !doc.cap(i + 1)
        && doc.lex(i + 1) == Lex::None
        && doc.tense_class(i + 1) == 0;
    // "taught Sunday school", "a Sunday school teacher": the church's classes, whatever
    // their case.
    let sunday_school = doc.word(i) == "sunday" && matches!(doc.word(i + 1), "school" | "schools");
    next_is_paper
        || ((the_before || with_before) && proper_after)
        || name_after_part
        || kind_of_day
        || sunday_school
}

#[cfg(test)]
pub(super) const EXAMPLES: &[super::examples::Example] = &[
    // What is readied for a weekday's event under a verb that looks ahead puts the event ahead.
    (
        "2012-11-03",
        "County officials said they would set up generators at 40 polling places for Tuesday's election; the polls open at 6 a.m.",
        "Tuesday",
        "DATE 2012-11-06",
    ),
    // Voters deciding, electing or choosing in the present is a schedule, as voting is.
    (
        "1992-09-17",
        "French voters decide on the Maastricht treaty in a referendum on Sunday, and analysts said sterling could fall further.",
        "Sunday",
        "DATE 1992-09-20",
    ),
    // What is called off had not happened when it was: the nearest such day.
    (
        "2002-07-01",
        "City officials canceled Thursday's show last week after the driest six months on record.",
        "Thursday",
        "DATE 2002-07-04",
    ),
    // What is campaigned or trained for is still to come.
    (
        "2003-11-23",
        "Candidates began the last three days of campaigning for Wednesday's assembly election on Sunday.",
        "Wednesday",
        "DATE 2003-11-26",
    ),
    // A count of time still to go puts the day ahead.
    (
        "2010-03-27",
        "With Census Day, Thursday, five days away, city officials said Friday that fewer than half had mailed back their forms.",
        "Thursday",
        "DATE 2010-04-01",
    ),
    // The term of an order runs ahead of when it was given.
    (
        "1991-04-23",
        "The mayor ordered flags at city buildings lowered to half-staff through Friday.",
        "Friday",
        "DATE 1991-04-26",
    ),
    // A day that is the subject of what is expected is still to come.
    (
        "1996-11-27",
        "Security lines stretched to 45 minutes by midmorning, and airline officials expected Sunday to be even busier.",
        "Sunday",
        "DATE 1996-12-01",
    ),
    // The "but" of "not ... but" joins two phrases of one clause.
    (
        "1999-12-30",
        "Consultants said the biggest risk might come not at midnight but on Monday, when businesses reopen.",
        "Monday",
        "DATE 2000-01-03",
    ),
    // "cut", "set", "hit" after ", which" hung on one name in the singular are past.
    (
        "1998-10-19",
        "Investors were cheered by the Federal Reserve, which unexpectedly cut interest rates on Thursday.",
        "Thursday",
        "DATE 1998-10-15",
    ),
    // Super Tuesday is the primaries' own Tuesday of its cycle, from the calendar's table.
    (
        "1988-02-20",
        "Aides said turnout on Super Tuesday could be the highest since the early 1970s.",
        "Super Tuesday",
        "DATE 1988-03-08",
    ),
    (
        "2008-03-20",
        "She carried eight states on Super Tuesday.",
        "Super Tuesday",
        "DATE 2008-02-05",
    ),
    // A participle after "will be" and words of degree completes the future.
    (
        "1992-10-13",
        "Portfolio managers say they will be just as focused on the presidential debate Thursday night.",
        "Thursday night",
        "TIME 1992-10-15TNI",
    ),
    // A participle between an adjective of order and its noun is no verb.
    (
        "1998-09-19",
        "The leading candidates meet in a final televised debate on Thursday evening.",
        "Thursday evening",
        "TIME 1998-09-24TEV",
    ),
    // A weekday counted some days from the story's day is that many days from it.
    (
        "1995-11-21",
        "Polls published on Tuesday showed support slipping three days before Friday's referendum.",
        "Friday",
        "DATE 1995-11-24",
    ),
    (
        "1995-11-21",
        "Counting ended on Tuesday, 3 days after Saturday's vote.",
        "Saturday",
        "DATE 1995-11-18",
    ),
    // After "stay" or "remain" a participle says how a thing is; the tense is the verb's.
    (
        "1988-12-30",
        "The exchange will close at its regular time today and stay closed Monday.",
        "Monday",
        "DATE 1989-01-02",
    ),
    (
        "1988-12-30",
        "The exchange stayed closed Monday after the storm.",
        "Monday",
        "DATE 1988-12-26",
    ),
    // After "of" and a bare noun, "heads" is the noun's plural, not a schedule's verb ...
    (
        "1992-04-10",
        "The mayor told a closed meeting of department heads Wednesday that the city was short of cash.",
        "Wednesday",
        "DATE 1992-04-08",
    ),
    // A weekday after the one told, a name of more than one word, dates the telling, not
    // the clause reported after it.
    (
        "2002-06-21",
        "Owner Bill Castellano told Continental Press Thursday the team would look for a new \
         home if the measure fails.",
        "Thursday",
        "DATE 2002-06-20",
    ),
    // ... but a plural before it can be the verb's subject.
    (
        "1992-04-10",
        "The board of directors meets Wednesday to vote on the sale.",
        "Wednesday",
        "DATE 1992-04-15",
    ),
    // "moves" with a day, in the present, is a schedule.
    (
        "2000-07-20",
        "This programme moves to a new time, 9 p.m., from Monday.",
        "Monday",
        "DATE 2000-07-24",
    ),
    // A participle right after a modal's verb describes its object, whatever the verb.
    (
        "1998-03-16",
        "Japanese and South Korean officials will resume stalled talks on a fisheries pact in Seoul on Thursday.",
        "Thursday",
        "DATE 1998-03-19",
    ),
    // A lottery's drawing is a fixture: what is done for it is ahead.
    (
        "1994-07-12",
        "The jackpot will reach an estimated $18 million for Wednesday's drawing.",
        "Wednesday",
        "DATE 1994-07-13",
    ),
    // "have it collected": a participle after "will have" and a pronoun is what will be done.
    (
        "1998-11-24",
        "Residents whose trash is normally picked up on Thursdays will have it collected Friday.",
        "Friday",
        "DATE 1998-11-27",
    ),
    // A plan told in the past perfect was overtaken, on a day either side of publication:
    // the nearest; told as overtaken by a past ("but were set back"), one gone by.
    (
        "1996-01-07",
        "Congress, which had planned to return Tuesday to resume budget talks, postponed its \
         session until Wednesday, aides said.",
        "Tuesday",
        "DATE 1996-01-09",
    ),
    // What is wanted done on a day is ahead of the wanting, though its noun ("vote") has a
    // verb's form.
    (
        "1989-11-16",
        "Rep. Oscar Billings said leaders wanted the vote held Tuesday so members could leave \
         for home by Wednesday afternoon.",
        "Tuesday",
        "DATE 1989-11-21",
    ),
    // The end of a wait told as done is no deadline set on the day told before it.
    (
        "1988-10-21",
        "Lindqvist told the Register Thursday that she had offered four dates this month and \
         heard nothing back until Wednesday evening.",
        "Wednesday evening",
        "TIME 1988-10-19TEV",
    ),
    // A participle joined by "and" to a passive under "will be" shares its auxiliary.
    (
        "2011-07-27",
        "A coroner said an inquest will be opened and adjourned on Friday.",
        "Friday",
        "DATE 2011-07-29",
    ),
    (
        "2011-07-27",
        "The suspects were arrested and charged on Friday.",
        "Friday",
        "DATE 2011-07-22",
    ),
    // A clause after "after" with a past verb of its own tells a day gone by, whatever the
    // main clause's tense.
    (
        "2017-12-17",
        "The race will be decided early next month, after a recount on Wednesday left the \
         two candidates tied.",
        "Wednesday",
        "DATE 2017-12-13",
    ),
    // A schedule verb's base form capitalised inside a sentence is part of a name ("TransPlains
    // Air"), no verb of a schedule after a plural subject.
    (
        "1992-08-14",
        "Airlines rushed yesterday to match a fare sale announced by TransPlains Air on \
         Wednesday.",
        "Wednesday",
        "DATE 1992-08-12",
    ),
    // "that Wednesday" points into the story's week: the first such day on or after the
    // story's day. After a verb that takes a clause, "that" opens the clause.
    (
        "2001-03-21",
        "Kerr set out alone on Monday, March 12. When he failed to come home that Wednesday, \
         his sister called the sheriff.",
        "that Wednesday",
        "DATE 2001-03-14",
    ),
    (
        "2016-08-10",
        "The tax was unveiled on July 25, and by that Friday lawyers were fielding calls.",
        "that Friday",
        "DATE 2016-07-29",
    ),
    (
        "2001-03-21",
        "Officials said that Friday was the deadline.",
        "Friday",
        "DATE 2001-03-16",
    ),
    // "the next Monday" told in the past is the one after the story's day; said of what is
    // ahead, it is "next Monday".
    (
        "1999-03-14",
        "On Friday, Feb. 26, regulators closed the bank. It reopened the next Monday.",
        "the next Monday",
        "DATE 1999-03-01",
    ),
    (
        "1999-03-10",
        "The board will meet the next Monday.",
        "the next Monday",
        "DATE 1999-03-15",
    ),
    // "the following Monday" told as done cannot fall after publication: when the story's
    // day would put it there, it follows the day told in the past perfect.
    (
        "1994-05-19",
        "The board certified the results Wednesday night. It had been scheduled to finish \
         on May 10. It put off a decision and met again the following Monday.",
        "the following Monday",
        "DATE 1994-05-16",
    ),
    // The first ballots of an event, cast under a verb joined by "and" to one under a modal,
    // are still to come; the results of an event under a modal are of one held.
    (
        "2008-01-09",
        "The voters will gather in the lodge and cast the first ballots of Tuesday's primary.",
        "Tuesday",
        "DATE 2008-01-15",
    ),
    (
        "2008-01-09",
        "The committee will discuss the results of Tuesday's vote.",
        "Tuesday",
        "DATE 2008-01-08",
    ),
    // A weekday counted a week on, with its date in apposition: two expressions, one day.
    // A prospect told in the past ("were possible") looks either way: the nearer day.
    // What a place is open in the present, a range of weekdays, is every such week; a
    // week named with it keeps the days.
    // A schedule verb's form right after a verb told in the past is its object, a noun.
    // A year before a schedule verb is its subject, not a count ("by 149 votes").
    // A weekday opening an entry of a timeline told as a look back is the one gone by.
    (
        "1997-03-13",
        "Two prisoners remain at large. Here is what we know so far.\n\n\
         Saturday, 10:15 p.m.: A guard finds two cells empty.\n\nMonday: A stolen van turns up.",
        "Saturday",
        "DATE 1997-03-08",
    ),
    // A weekday's timetable is every such day's, whatever determiner is before it.
    (
        "1994-02-13",
        "Commuter railroads switched to their Sunday schedules after the storm.",
        "Sunday",
        "SET XXXX-WXX-7",
    ),
    (
        "2001-06-29",
        "The Senate sent the budget to the House with two days left before fiscal 2002 \
         begins on Sunday.",
        "Sunday",
        "DATE 2001-07-01",
    ),
    (
        "2002-09-25",
        "Dunning told reporters she had counted votes Tuesday night and was two short.",
        "Tuesday night",
        "TIME 2002-09-24TNI",
    ),
    (
        "2004-10-31",
        "Polls close at 8, and on Wednesday I intend to sleep until noon.",
        "Wednesday",
        "DATE 2004-11-03",
    ),
    (
        "2000-04-19",
        "The east wing is currently open only Monday through Friday.",
        "Friday",
        "SET XXXX-WXX-5",
    ),
    (
        "2000-04-19",
        "The library will be open Monday through Friday next week.",
        "Friday",
        "DATE 2000-04-28",
    ),
    (
        "2011-05-27",
        "Forecasters warned Thursday that more severe storms were possible Saturday night.",
        "Saturday night",
        "TIME 2011-05-28TNI",
    ),
    (
        "2000-11-01",
        "Voters will decide next Tuesday, Nov. 7, whether to impose stricter limits.",
        "next Tuesday",
        "DATE 2000-11-07",
    ),
    (
        "2000-11-01",
        "Voters will decide next Tuesday, Nov. 7, whether to impose stricter limits.",
        "Nov. 7",
        "DATE 2000-11-07",
    ),
    (
        "1998-03-05",
        "The vote is set for this coming Sunday, March eighth.",
        "this coming Sunday, March eighth",
        "DATE 1998-03-08",
    ),
    // A range of weekdays that clock hours belong to is a weekly schedule; without hours it
    // is the days it names.
    (
        "2012-03-19",
        "Crews will work from 7 a.m. to 5 p.m., Monday through Friday, and will stop for Memorial Day.",
        "Friday",
        "SET XXXX-WXX-5",
    ),
    (
        "2004-08-30",
        "The library will also stay open until 9 p.m. Monday through Thursday.",
        "Monday",
        "SET XXXX-WXX-1",
    ),
    (
        "2004-08-30",
        "The library will also stay open until 9 p.m. Monday through Thursday.",
        "9 p.m.",
        "TIME XXXX-XX-XXT21:00",
    ),
    (
        "2010-10-21",
        "The tournament runs Thursday through Sunday at the Palm Springs course.",
        "Sunday",
        "DATE 2010-10-24",
    ),
    // A step in a clause that looks ahead counts from the day ahead the story told, when it
    // has since told days gone by.
    (
        "2005-12-19",
        "The new line will open on Jan. 9. On Friday the board approved the date. A ceremony is planned for the previous Saturday.",
        "the previous Saturday",
        "DATE 2006-01-07",
    ),
    // And a step told in the past counts from the last day gone by, not from a day ahead
    // the story has named since.
    (
        "2012-08-10",
        "The council voted Thursday to extend its review of the sale. The review will end Nov. 4. The developer had raised its offer the previous Friday.",
        "the previous Friday",
        "DATE 2012-08-03",
    ),
    // A capitalised month inside a sentence is no verb ("march") to read a tense from.
    (
        "2024-03-18",
        "Hospitals in the city treated 41 fasting patients for low blood sugar between March 11 and Sunday.",
        "Sunday",
        "DATE 2024-03-17",
    ),
    // A same-form past joined by "and" to a past or perfect verb is past too.
    (
        "2011-07-26",
        "The franc has gained 14 percent since January and hit a record high on Monday.",
        "Monday",
        "DATE 2011-07-25",
    ),
    // A same-form past after a modal and its verb is a participle, no past: "will remain
    // shut".
    (
        "2021-09-20",
        "Markets in Hong Kong were closed Monday and will remain shut Tuesday for the holiday.",
        "Tuesday",
        "DATE 2021-09-21",
    ),
    // A participle between a verb in -ing and its plural noun describes the noun: "will begin
    // emailing affected customers" stays ahead.
    (
        "2019-07-31",
        "The hotel chain will begin emailing affected customers on Thursday.",
        "Thursday",
        "DATE 2019-08-01",
    ),
    // A game whose winner is still to be known is still to be played.
    (
        "1992-10-07",
        "The winner of Saturday's game will take over first place.",
        "Saturday",
        "DATE 1992-10-10",
    ),
    // What is braced for or awaited is to come.
    (
        "2008-09-30",
        "Investors are also bracing for Friday's report on September employment.",
        "Friday",
        "DATE 2008-10-03",
    ),
    // An adjective of state ending in -ed is no past verb.
    (
        "2024-06-05",
        "The central bank is expected to leave interest rates unchanged on Friday.",
        "Friday",
        "DATE 2024-06-07",
    ),
    // Being able or not is a state, no infinitive of a plan.
    (
        "2005-04-03",
        "He made his last public appearance, unable to speak, on Wednesday.",
        "Wednesday",
        "DATE 2005-03-30",
    ),
    // What is called for is to come.
    (
        "2013-07-04",
        "The Brotherhood called for protests after Friday prayers.",
        "Friday",
        "DATE 2013-07-05",
    ),
    // A past form that is also a noun, before a date a finite verb follows, is part of the
    // subject.
    (
        "2016-07-15",
        "A gospel set Sunday morning will be followed by a softball game.",
        "Sunday morning",
        "TIME 2016-07-17TMO",
    ),
    // A "that" right after the day opens what was told; the day is the telling's.
    (
        "1993-01-26",
        "The principal told the Sentinel Monday that classes would resume next week.",
        "Monday",
        "DATE 1993-01-25",
    ),
    // A colon closes one statement; the day after it takes its own clause's tense.
    (
        "2019-12-04",
        "The coverage is patchy where you can get it: Monday afternoon I lost the signal twice.",
        "Monday afternoon",
        "TIME 2019-12-02TAF",
    ),
    // What is called "from" a day starts then, after the call; figures from a day's survey
    // are that past day's.
    (
        "1998-12-10",
        "The drivers' union called a 48-hour strike from 6am Monday, threatening fuel deliveries.",
        "6am Monday",
        "TIME 1998-12-14T06:00",
    ),
    (
        "1998-12-10",
        "The ministry announced figures from Monday's survey.",
        "Monday",
        "DATE 1998-12-07",
    ),
    // A perfect that reports an arrangement: the arranging is done, the span it runs over
    // lies ahead, its end as its start.
    (
        "2017-11-20",
        "Officials have suspended all lane closures from noon Wednesday until 6 a.m. Monday.",
        "noon Wednesday",
        "TIME 2017-11-22T12:00",
    ),
    (
        "2017-11-20",
        "Officials have suspended all lane closures from noon Wednesday until 6 a.m. Monday.",
        "6 a.m. Monday",
        "TIME 2017-11-27T06:00",
    ),
    (
        "2018-05-12",
        "The Harbor Grill has booked every table from 10 a.m. to 3 p.m. Sunday.",
        "3 p.m. Sunday",
        "TIME 2018-05-13T15:00",
    ),
    (
        "2010-06-18",
        "The final has been moved from Saturday afternoon to 11am on Sunday.",
        "Saturday afternoon",
        "TIME 2010-06-19TAF",
    ),
    (
        "1999-12-29",
        "He said leave had been canceled from Thursday through Jan. 3.",
        "Thursday",
        "DATE 1999-12-30",
    ),
    (
        "2017-11-22",
        "Prices have climbed from Monday's close.",
        "Monday",
        "DATE 2017-11-20",
    ),
    // A plan with its object is made now for what lies ahead.
    (
        "1989-03-15",
        "Parents plan a rally at 10 a.m. Saturday outside the district office.",
        "10 a.m. Saturday",
        "TIME 1989-03-18T10:00",
    ),
    (
        "1989-03-15",
        "The union plans a strike on Monday.",
        "Monday",
        "DATE 1989-03-20",
    ),
    // A plural subject's base-form verb of schedule states a plan.
    (
        "2025-02-10",
        "Pitchers and catchers report Wednesday, and the first full-squad workout is set for Feb. 17.",
        "Wednesday",
        "DATE 2025-02-12",
    ),
    (
        "2025-02-12",
        "Seniors graduate Saturday.",
        "Saturday",
        "DATE 2025-02-15",
    ),
    // A date in a phrase after "after" is before the future event: the nearest one.
    (
        "1997-05-19",
        "Castlebridge Rovers will play in the Premier League from August after a 2-1 win at Ashworth Town on Sunday clinched promotion.",
        "Sunday",
        "DATE 1997-05-18",
    ),
    // After "for" and a length of time, "early" goes with the day ("start two hours late
    // tomorrow" keeps it with the count).
    (
        "1999-03-30",
        "The probe will fire its main engine for 14 minutes early Thursday morning to correct its course.",
        "early Thursday morning",
        "TIME 1999-04-01TMO START",
    ),
    // What people are expected or registered for is still to come, and its times with it.
    (
        "2014-06-27",
        "About 9,000 runners are expected for Sunday's Lakefront Half Marathon, which starts at 6:30 a.m. at Harbor Park.",
        "Sunday",
        "DATE 2014-06-29",
    ),
    (
        "2014-06-27",
        "About 9,000 runners are expected for Sunday's Lakefront Half Marathon, which starts at 6:30 a.m. at Harbor Park.",
        "6:30 a.m.",
        "TIME 2014-06-29T06:30",
    ),
    // A day something is cancelled or sold out for is the one ahead, a second one too.
    (
        "2009-12-08",
        "The University of Wisconsin has canceled classes for Wednesday.",
        "Wednesday",
        "DATE 2009-12-09",
    ),
    (
        "2000-11-22",
        "Flights on both routes were sold out for Wednesday and Sunday.",
        "Sunday",
        "DATE 2000-11-26",
    ),
    // So does "happens to be a Sunday".
    (
        "2004-02-29",
        "Today is leap day, and this year the extra day happens to be a Sunday.",
        "a Sunday",
        "DATE 2004-02-29",
    ),
    // A weekday and "the 2nd of April" are one date.
    (
        "1995-03-13",
        "The race, postponed because of snow, will be run on Sunday the 2nd of April.",
        "Sunday the 2nd of April",
        "DATE 1995-04-02",
    ),
    // "which falls on a Sunday" restates the day just named.
    (
        "2006-12-20",
        "Services start at 3 p.m. on Christmas Eve, which falls on a Sunday.",
        "a Sunday",
        "DATE 2006-12-24",
    ),
    (
        "2000-10-20",
        "Pumpkin carving day is on Halloween, which falls on Tuesday.",
        "Tuesday",
        "DATE 2000-10-31",
    ),
    // A weekday and date that agree in no year near publication are of the story's year.
    (
        "1995-05-08",
        "Half a century ago today, the war in Europe ended. The Allies agreed to announce it on Tuesday, May 8.",
        "Tuesday, May 8",
        "DATE 1945-05-08",
    ),
    // "It was a Sunday" names again the day the sentence before told.
    (
        "1991-12-07",
        "Fifty years ago this morning, the first Japanese planes appeared over Pearl Harbor. It was a Sunday, and most people heard the news on the radio that afternoon.",
        "a Sunday",
        "DATE 1941-12-07",
    ),
    (
        "1991-12-07",
        "Fifty years ago this morning, the first Japanese planes appeared over Pearl Harbor. It was a Sunday, and most people heard the news on the radio that afternoon.",
        "that afternoon",
        "TIME 1941-12-07TAF",
    ),
    // ", a Saturday," after a date restates it; the narrative counts on from that day.
    (
        "2001-08-06",
        "Searchers found Ann Lindgren on the afternoon of July 14, a Saturday, three miles from her car.",
        "a Saturday",
        "DATE 2001-07-14",
    ),
    (
        "2001-08-06",
        "The fire started on July 14, a Saturday. The next morning crews arrived.",
        "The next morning",
        "TIME 2001-07-15TMO",
    ),
    // "scattered" before a noun describes the weather; "could" is the clause's cue.
    (
        "1988-07-05",
        "A weak cold front could bring scattered thunderstorms late Friday, but the relief would be brief.",
        "late Friday",
        "DATE 1988-07-08 END",
    ),
    (
        "1988-07-05",
        "Police scattered the crowd on Friday.",
        "Friday",
        "DATE 1988-07-01",
    ),
    // Taking part in a weekday's event under a verb that looks ahead puts it ahead.
    (
        "1992-10-07",
        "The coach said quarterback Eddie Lamont will start Saturday's game against Western Plains.",
        "Saturday",
        "DATE 1992-10-10",
    ),
    (
        "1992-10-07",
        "Officials will review Saturday's game.",
        "Saturday",
        "DATE 1992-10-03",
    ),
    // British: "Saturday fortnight" is two weeks after the coming Saturday.
    (
        "2012-03-07",
        "The match was postponed until Saturday fortnight.",
        "Saturday fortnight",
        "DATE 2012-03-24",
    ),
    (
        "2012-03-07",
        "The vote is a fortnight on Thursday.",
        "a fortnight on Thursday",
        "DATE 2012-03-22",
    ),
    // An absolute construction after a comma has no tense of its own: the nearest day.
    (
        "2002-12-30",
        "Traders expect a quiet holiday, with stock markets closed on Wednesday and bond markets shutting early.",
        "Wednesday",
        "DATE 2003-01-01",
    ),
    (
        "2002-12-30",
        "He was charged with assault committed on Wednesday.",
        "Wednesday",
        "DATE 2002-12-25",
    ),
    // Negative contractions read as their auxiliaries: what did not happen until a day.
    (
        "2002-02-14",
        "The board didn't meet until Friday.",
        "Friday",
        "DATE 2002-02-08",
    ),
    (
        "2002-02-14",
        "He wasn't charged until Friday.",
        "Friday",
        "DATE 2002-02-08",
    ),
    // A past verb negated by its object: "said nothing until Friday".
    (
        "2002-02-14",
        "The ministry said nothing until Friday.",
        "Friday",
        "DATE 2002-02-08",
    ),
    (
        "2002-02-14",
        "The company made no statement until Monday.",
        "Monday",
        "DATE 2002-02-11",
    ),
    (
        "2002-02-14",
        "The board won't meet until Friday.",
        "Friday",
        "DATE 2002-02-15",
    ),
    // A plural subject before a phrase saying which ones makes "go" a present-tense schedule.
    (
        "2013-09-18",
        "Tickets for the Dec. 1 game go on sale Monday at 10 a.m.",
        "Monday",
        "DATE 2013-09-23",
    ),
    // A participle opening a span ("running from") is dated by neither the verb before it
    // nor its own form: the nearest such day.
    (
        "2022-12-06",
        "The Met Office issued a yellow weather alert this morning, running from Wednesday \
         evening until Monday.",
        "Wednesday evening",
        "TIME 2022-12-07TEV",
    ),
    // "open" is the schedule's present-tense verb, not such a participle.
    (
        "2022-12-06",
        "Polls open from 7 a.m. on Saturday.",
        "Saturday",
        "DATE 2022-12-10",
    ),
    // A term in quotation marks does not end the clause that governs the weekday.
    (
        "2022-12-06",
        "The council will open 14 \"warm spaces\" in libraries from Thursday, as forecasters \
         warned of frost.",
        "Thursday",
        "DATE 2022-12-08",
    ),
    // An agreement in the past perfect still stands ("had planned to" is a plan overtaken).
    (
        "1997-09-02",
        "Both sides had agreed to return to the table Thursday.",
        "Thursday",
        "DATE 1997-09-04",
    ),
    // A plural subject before a phrase set off by commas governs a base-form schedule verb.
    (
        "2014-01-10",
        "Schools, closed for three straight days, reopen Monday on a regular schedule.",
        "Monday",
        "DATE 2014-01-13",
    ),
    // What is looked ahead or forward to is still to come.
    (
        "1989-05-11",
        "Shares were little changed as dealers looked ahead to Friday's trade figures.",
        "Friday",
        "DATE 1989-05-12",
    ),
    // A relative clause has its own verb: a schedule in the plain present is ahead,
    // whatever the main clause's tense.
    (
        "1990-06-06",
        "Italy, who play Austria in Rome on Saturday, had not lost an opening match since 1986.",
        "Saturday",
        "DATE 1990-06-09",
    ),
    // A participle describing a modal verb's object is no past tense.
    (
        "2003-05-14",
        "Commuters will see reduced service on Friday while crews repair the signals.",
        "Friday",
        "DATE 2003-05-16",
    ),
    // Nor is a passive's participle after "be" or "been": its auxiliary tells.
    (
        "2011-05-11",
        "The new span is to be officially opened on Monday.",
        "Monday",
        "DATE 2011-05-16",
    ),
    // Nor is one after a preposition or an article, before its noun.
    (
        "2023-10-08",
        "House Republicans will meet behind closed doors on Tuesday evening.",
        "Tuesday evening",
        "TIME 2023-10-10TEV",
    ),
    // So is one after an infinitive's verb: what is scheduled is ahead.
    (
        "2016-04-17",
        "The former treasurer is scheduled to be sentenced Thursday in federal court.",
        "Thursday",
        "DATE 2016-04-21",
    ),
    // A date after a warning's short object and "on" is the warning's, not what it warns of.
    (
        "2019-05-27",
        "The club said it warned fans on Friday not to buy tickets from touts.",
        "Friday",
        "DATE 2019-05-24",
    ),
    // "last Thursday" said on a Thursday names the story's Thursday; a bare "Thursday"
    // told in the past after it is that day, not publication's. (A start point, "since last
    // Thursday", names no story day.)
    (
        "2006-03-02",
        "When Rourke climbed over the jail fence last Thursday, he had two weeks left to serve. He slipped out of the exercise yard at about 3:10 p.m. Thursday.",
        "about 3:10 p.m. Thursday",
        "TIME 2006-02-23T15:10 APPROX",
    ),
    (
        "1999-03-25",
        "NATO warplanes pounded targets again Thursday. The plan was signed at a ceremony in Paris last Thursday. Villages burned late Thursday, human rights groups said.",
        "late Thursday",
        "DATE 1999-03-25 END",
    ),
    (
        "2003-03-20",
        "Crude has lost 25 percent since last Thursday. Bush announced the strikes early Thursday in Baghdad.",
        "early Thursday",
        "DATE 2003-03-20 START",
    ),
    // The day a decision names for something is ahead of the decision.
    (
        "2004-09-04",
        "Putin declared Monday and Tuesday days of national mourning.",
        "Tuesday",
        "DATE 2004-09-07",
    ),
    // A weekday in apposition with a holiday, or "on" it, is the holiday's day.
    (
        "2011-02-19",
        "Travel picks up for Presidents' Day on Monday.",
        "Monday",
        "DATE 2011-02-21",
    ),
    (
        "2002-11-26",
        "Airports were bracing for their busiest day on Wednesday, the day before Thanksgiving.",
        "Wednesday",
        "DATE 2002-11-27",
    ),
    (
        "2003-11-26",
        "Millions set out for Thanksgiving gatherings on Thursday.",
        "Thursday",
        "DATE 2003-11-27",
    ),
    // A weekday listed after one ahead is the first such day after it.
    (
        "2003-08-15",
        "Power would not be fully restored until Sunday or Monday, officials said.",
        "Monday",
        "DATE 2003-08-18",
    ),
    // A weekday starting a range is not after the range's end.
    (
        "2015-04-03",
        "Heathrow said 310,000 passengers would pass through between Thursday and Easter Monday.",
        "Thursday",
        "DATE 2015-04-02",
    ),
    // A forecast for a range that began a day or two ago and runs past publication starts
    // on the weekday just gone; one further back is a plan for the coming week.
    (
        "2021-11-24",
        "About 2 million people are expected to drive between Monday and Sunday.",
        "Monday",
        "DATE 2021-11-22",
    ),
    (
        "2021-11-24",
        "About 2 million people are expected to drive between Monday and Sunday.",
        "Sunday",
        "DATE 2021-11-28",
    ),
    (
        "2019-12-23",
        "Some 100 million people will travel between Saturday and New Year's Day.",
        "Saturday",
        "DATE 2019-12-21",
    ),
    (
        "2019-12-18",
        "Leave will be cancelled from Thursday through Jan. 3.",
        "Thursday",
        "DATE 2019-12-19",
    ),
    // A weekday something is meant for is ahead of the plan, whatever its tense; not an old
    // plan, nor one a past report is about.
    (
        "2019-02-15",
        "The district has canceled classes for Wednesday.",
        "Wednesday",
        "DATE 2019-02-20",
    ),
    (
        "2015-04-28",
        "She said she expected to finish by Friday, leaving closing arguments for Monday.",
        "Monday",
        "DATE 2015-05-04",
    ),
    (
        "1994-02-14",
        "Restaurants were already taking reservations for Saturday night.",
        "Saturday night",
        "TIME 1994-02-19TNI",
    ),
    (
        "1999-10-24",
        "A vigil planned for Saturday was canceled.",
        "Saturday",
        "DATE 1999-10-23",
    ),
    (
        "2010-02-16",
        "The race, originally planned for Sunday, will be held Thursday.",
        "Sunday",
        "DATE 2010-02-14",
    ),
    // A participle after a preposition is an adjective, no past tense.
    (
        "1992-09-17",
        "The pound could come under renewed pressure after the French referendum on Sunday.",
        "Sunday",
        "DATE 1992-09-20",
    ),
    // A weekday fronted after ", and" takes the tense of the clause it opens.
    (
        "1999-01-01",
        "Ministers fixed the rates yesterday, and on Monday banks will begin quoting prices in euros.",
        "Monday",
        "DATE 1999-01-04",
    ),
    // A participle after "and" shares the "will be" of what it is joined to.
    (
        "2015-12-23",
        "Post offices will be open until noon tomorrow and closed Friday for the holiday.",
        "Friday",
        "DATE 2015-12-25",
    ),
    // What may reach "into" a weekday reaches it ahead, as "until" does.
    (
        "1994-10-31",
        "Tomorrow will be sunny, but rain moves in late Wednesday and could last into Friday.",
        "Friday",
        "DATE 1994-11-04",
    ),
    // "the following Monday" after the end of a stretch told in its sentence follows that
    // end, though the end is no day the story moved to.
    (
        "2001-09-05",
        "Rides will be free through Sunday, Sept. 16, and regular fares will begin the \
         following Monday.",
        "the following Monday",
        "DATE 2001-09-17",
    ),
    // "the following Monday" in a plan reported in the past counts from the story's day, not
    // from a day ahead named before; after a weekend told in its sentence, from the weekend.
    (
        "1988-02-09",
        "Guards will strike from Feb. 22. Talks broke down on Friday. A second round was set for the following Monday.",
        "the following Monday",
        "DATE 1988-02-08",
    ),
    (
        "1992-12-02",
        "The terminal will not open until February. The system jammed during tests over the Thanksgiving weekend; a second test the following Monday also failed.",
        "the following Monday",
        "DATE 1992-11-30",
    ),
    // "as early as" or "as soon as" a weekday: the earliest a prospect may come, ahead.
    (
        "2001-09-05",
        "About 40,000 students could be left stranded as early as Monday.",
        "Monday",
        "DATE 2001-09-10",
    ),
    // A decision in the present perfect still stands: what it commits to lies ahead.
    (
        "2005-05-27",
        "The suspect has agreed to surrender at the courthouse on Tuesday.",
        "Tuesday",
        "DATE 2005-05-31",
    ),
    // A team named before a fixture verb and its opponent takes the plural: a schedule.
    (
        "1996-05-03",
        "Carlton meet Richmond at the MCG on Sunday, and the coach said his captain would play.",
        "Sunday",
        "DATE 1996-05-05",
    ),
    // ", followed by" goes on with the clause before it, whose verb is the tense.
    (
        "2008-02-06",
        "The next contests are in Louisiana on Saturday, followed by Maine on Sunday.",
        "Sunday",
        "DATE 2008-02-10",
    ),
    // A participle phrase set off by commas describes a noun; the verb before it is the
    // clause's.
    (
        "2012-10-30",
        "Several towns postponed the parade, usually held on Halloween, until Saturday.",
        "Saturday",
        "DATE 2012-11-03",
    ),
    // British "Tuesday week", "a week on Friday": a week after the coming one.
    (
        "2019-10-17",
        "The hearing resumes on Tuesday week.",
        "Tuesday week",
        "DATE 2019-10-29",
    ),
    (
        "2019-10-17",
        "The results are due a week on Friday.",
        "a week on Friday",
        "DATE 2019-10-25",
    ),
    // A weekday of a week named.
    (
        "2019-10-17",
        "The deal was signed on Wednesday of last week.",
        "Wednesday of last week",
        "DATE 2019-10-09",
    ),
    (
        "2019-10-17",
        "The vote is set for Thursday of next week.",
        "Thursday of next week",
        "DATE 2019-10-24",
    ),
    // A participle after "if" is a condition still to be met.
    (
        "2020-03-19",
        "If approved Tuesday, the plan would take effect in January.",
        "Tuesday",
        "DATE 2020-03-24",
    ),
    // A schedule verb's base form after "and" is present, not the perfect before it.
    (
        "2019-08-20",
        "The Lakers have won six straight and play at Denver on Wednesday night.",
        "Wednesday night",
        "TIME 2019-08-21TNI",
    ),
    // Taking part in a weekday's event under a future verb puts the event ahead.
    (
        "2019-08-20",
        "Serena Williams will face Naomi Osaka in Saturday's final.",
        "Saturday",
        "DATE 2019-08-24",
    ),
    (
        "2019-08-20",
        "Results of Thursday's elections will be announced on Sunday.",
        "Thursday",
        "DATE 2019-08-15",
    ),
    // What will be done before a weekday's event comes before an event still ahead.
    (
        "1989-06-24",
        "The manager said he would decide before Sunday's doubleheader whether to move him up.",
        "Sunday",
        "DATE 1989-06-25",
    ),
    (
        "1989-06-24",
        "He had left the club before Sunday's game.",
        "Sunday",
        "DATE 1989-06-18",
    ),
    // A forecast is of what lies ahead, whatever the tense of the sentence around it.
    (
        "2020-01-15",
        "Firefighters had worked through the weekend before hot, windy weather forecast for \
         Thursday.",
        "Thursday",
        "DATE 2020-01-16",
    ),
    (
        "2020-01-15",
        "The rain that was forecast for Monday never came.",
        "Monday",
        "DATE 2020-01-13",
    ),
    (
        "1990-08-08",
        "Baghdad had promised to begin withdrawing on Sunday, but Iraqi radio said otherwise.",
        "Sunday",
        "DATE 1990-08-05",
    ),
    // A forecast carried along by "with" is of what lies ahead.
    (
        "2007-07-13",
        "Forecasters promised relief, with the first break from the humidity expected on Tuesday.",
        "Tuesday",
        "DATE 2007-07-17",
    ),
    // A fixture something is done for is still to come; a deed is not.
    (
        "2018-05-21",
        "Supporters were scrambling to reach Kiev for Saturday's Champions League final.",
        "Saturday",
        "DATE 2018-05-26",
    ),
    (
        "2000-05-26",
        "Rain is forecast for Sunday's Indianapolis 500.",
        "Sunday",
        "DATE 2000-05-28",
    ),
    (
        "1995-03-22",
        "A sect claimed responsibility for Monday's nerve gas attack.",
        "Monday",
        "DATE 1995-03-20",
    ),
    // What is booked or travelled to, or taken part in as now, is still to come.
    (
        "2005-04-16",
        "A record 20,000 runners are entered in Monday's Boston Marathon.",
        "Monday",
        "DATE 2005-04-18",
    ),
    (
        "2005-04-20",
        "He ran in Monday's marathon and finished third.",
        "Monday",
        "DATE 2005-04-18",
    ),
    (
        "2009-04-13",
        "Tickets for Thursday's opener sold out within minutes.",
        "Thursday",
        "DATE 2009-04-16",
    ),
    (
        "1994-06-25",
        "Officials urged soccer fans headed to Sunday's match to take the train.",
        "Sunday",
        "DATE 1994-06-26",
    ),
    // "continues" announces a schedule; the weekday listed with the first shares its verb.
    (
        "2001-05-13",
        "The tour continues in Bristol on Tuesday and Glasgow on Friday.",
        "Friday",
        "DATE 2001-05-18",
    ),
    // A countdown to a weekday's event looks ahead.
    (
        "2007-12-31",
        "With three days left before Thursday's caucuses, the candidates crisscrossed Iowa.",
        "Thursday",
        "DATE 2008-01-03",
    ),
    // What is due is still to come; so is what new officials take.
    (
        "2014-03-30",
        "Investors are waiting for the March jobs report, due Friday.",
        "Friday",
        "DATE 2014-04-04",
    ),
    // What did not happen until a day had come is behind.
    (
        "2007-10-14",
        "The quarterback did not throw in practice until Friday.",
        "Friday",
        "DATE 2007-10-12",
    ),
    // After a count, "votes" is a noun, not a schedule.
    (
        "2019-03-17",
        "MPs rejected the deal by 149 votes on Tuesday.",
        "Tuesday",
        "DATE 2019-03-12",
    ),
    // "Come Monday" looks ahead.
    (
        "2013-03-20",
        "Come Monday, the new rules apply.",
        "Monday",
        "DATE 2013-03-25",
    ),
    // A weekday's event that is watched for or awaited is still to come.
    (
        "2013-03-19",
        "Investors will be watching Thursday's jobless claims and Friday's payrolls report.",
        "Friday",
        "DATE 2013-03-22",
    ),
    (
        "2013-03-19",
        "Traders await Thursday's jobless claims.",
        "Thursday",
        "DATE 2013-03-21",
    ),
    // The present of news announces a schedule.
    (
        "2013-03-20",
        "The pope celebrates his first Easter Mass on Sunday.",
        "Sunday",
        "DATE 2013-03-24",
    ),
    (
        "2013-03-20",
        "Supporters rally Saturday outside the courthouse.",
        "Saturday",
        "DATE 2013-03-23",
    ),
    // A plan, hope or aim held now is for a day ahead; "the plan" is a noun and says nothing.
    (
        "2013-03-20",
        "Officials plan to announce the results Tuesday.",
        "Tuesday",
        "DATE 2013-03-26",
    ),
    (
        "2013-03-20",
        "The union wants to strike on Tuesday.",
        "Tuesday",
        "DATE 2013-03-26",
    ),
    // The "am" of "2am" is the time of day, not a present-tense verb.
    (
        "2013-03-18",
        "Police said the attack happened at about 2am on Saturday.",
        "Saturday",
        "DATE 2013-03-16",
    ),
    (
        "2021-04-14",
        "The runoff is the Tuesday after next.",
        "the Tuesday after next",
        "DATE 2021-04-27",
    ),
    (
        "2021-04-14",
        "The fire broke out the Sunday before last.",
        "the Sunday before last",
        "DATE 2021-04-04",
    ),
    // "Tuesday through Sunday" is a range without "from": its end comes after its start.
    (
        "2023-10-11",
        "The exhibit will be open Tuesday through Sunday.",
        "Sunday",
        "DATE 2023-10-22",
    ),
    // A deadline or a start set on a past day of its sentence falls after that day.
    (
        "2021-03-31",
        "French President Emmanuel Macron on Monday announced a four-week lockdown starting Friday.",
        "Friday",
        "DATE 2021-04-02",
    ),
    (
        "2018-09-13",
        "A judge on Monday ordered the release of the documents by Friday.",
        "Friday",
        "DATE 2018-09-14",
    ),
    // A dateline is when the story was filed, not a day it tells: the deadline after it
    // keeps its tense.
    (
        "2003-08-16",
        "BOSTON, Aug. 16 - Service on the line was back by late Friday night, officials said.",
        "late Friday night",
        "TIME 2003-08-15TNI END",
    ),
    // Without a day of its own, the decision is recent and the start still ahead.
    (
        "1998-08-12",
        "Parish officials ordered an evacuation beginning at 6 a.m. Thursday.",
        "6 a.m. Thursday",
        "TIME 1998-08-13T06:00",
    ),
    (
        "2020-03-18",
        "The governor imposed a curfew starting Friday.",
        "Friday",
        "DATE 2020-03-20",
    ),
    // A date a schedule names is ahead of the report, whatever its tense; an old date of a
    // changed schedule is not.
    (
        "1998-02-27",
        "The sentencing had been set for Wednesday, a court clerk said.",
        "Wednesday",
        "DATE 1998-03-04",
    ),
    (
        "1997-01-03",
        "Libraries, which were scheduled to reopen Monday, will stay shut.",
        "Monday",
        "DATE 1997-01-06",
    ),
    (
        "2010-02-16",
        "The slalom, originally set for Sunday, was moved to Thursday.",
        "Sunday",
        "DATE 2010-02-14",
    ),
    // A weekday's event after a preposition is not the subject of the verb that follows:
    // the results are ahead, the election behind. "ahead of" puts the event ahead.
    (
        "2019-05-24",
        "Results of Thursday's council elections will be announced on Sunday.",
        "Thursday",
        "DATE 2019-05-23",
    ),
    (
        "2019-05-24",
        "Sunday's final will be televised.",
        "Sunday",
        "DATE 2019-05-26",
    ),
    (
        "2019-05-21",
        "Police closed roads ahead of Saturday's parade.",
        "Saturday",
        "DATE 2019-05-25",
    ),
    // "the previous Friday" counts from the last day the story told, however far back.
    (
        "1989-10-30",
        "London shares closed lower Friday. Traders blamed the pound. Dealers said the mood was grim. Volume was thin. Banks led the fall. The index ended down 4.5% from the previous Friday.",
        "the previous Friday",
        "DATE 1989-10-20",
    ),
    // So are the irregular past forms news uses most ("broke out", "became").
    (
        "2023-11-23",
        "A fire broke out Saturday at a warehouse on the waterfront.",
        "Saturday",
        "DATE 2023-11-18",
    ),
    // Short regular past forms ("died", "sued") are past too.
    (
        "2018-09-13",
        "He died Saturday at his home in Maine.",
        "Saturday",
        "DATE 2018-09-08",
    ),
    (
        "2018-09-13",
        "The family sued the city Monday.",
        "Monday",
        "DATE 2018-09-10",
    ),
    (
        "1990-06-24",
        "Forecasters warned that showers could arrive by midweek.",
        "midweek",
        "DATE 1990-W26 MID",
    ),
    (
        "1990-06-24",
        "Prices fell sharply midweek before recovering.",
        "midweek",
        "DATE 1990-W25 MID",
    ),
    // Two ranges side by side: "Sunday" ends the weekdays, "July 10" starts the days.
    (
        "2020-07-08",
        "The festival runs from Friday through Sunday, July 10-12.",
        "Sunday",
        "DATE 2020-07-12",
    ),
    // "around" before a possessive is the particle of a verb.
    (
        "2000-01-07",
        "Lawyers will look for ways to get around Wednesday's ruling.",
        "Wednesday",
        "DATE 2000-01-05",
    ),
    (
        "2018-08-08",
        "Earlier Sunday, police and protesters clashed downtown.",
        "Earlier Sunday",
        "DATE 2018-08-05 START",
    ),
    // No tense cue: the nearest such day ("Residents vote Saturday"); the present states a
    // schedule, so the next one.
    (
        "2013-03-27",
        "Residents vote Saturday on the new school levy.",
        "Saturday",
        "DATE 2013-03-30",
    ),
    (
        "2013-03-27",
        "Families are getting ready for the parade on Friday.",
        "Friday",
        "DATE 2013-03-29",
    ),
    (
        "2018-01-24",
        "The Hawks have won three straight and visit the Nets on Sunday.",
        "Sunday",
        "DATE 2018-01-28",
    ),
    (
        "2018-01-24",
        "The Hawks lost at home and signed a guard on Monday.",
        "Monday",
        "DATE 2018-01-22",
    ),
    (
        "2013-03-27",
        "The two sides meet again Thursday.",
        "Thursday",
        "DATE 2013-03-28",
    ),
    // "agreed" is a past form, though most words in "-eed" are not.
    (
        "2007-03-21",
        "Ministers agreed on Tuesday on the text of a declaration that leaders will sign.",
        "Tuesday",
        "DATE 2007-03-20",
    ),
    // A participle after "will stay" is read through to the "will".
    (
        "2004-09-15",
        "Schools in Mobile will stay closed through Friday.",
        "Friday",
        "DATE 2004-09-17",
    ),
    // The new date of something moved lies ahead.
    (
        "2002-10-31",
        "Several townships moved their events to Saturday to avoid a school night.",
        "Saturday",
        "DATE 2002-11-02",
    ),
    (
        "2005-07-08",
        "The decisive stage, at Courchevel in the Alps, comes on Tuesday.",
        "Tuesday",
        "DATE 2005-07-12",
    ),
    (
        "2008-10-12",
        "Investors braced for the opening of Asian markets Monday morning.",
        "Monday morning",
        "TIME 2008-10-13TMO",
    ),
    (
        "1992-03-10",
        "Voters in eight states, most of them in the South, go to the polls on Super Tuesday.",
        "Super Tuesday",
        "DATE 1992-03-10",
    ),
    // "next Friday" is the Friday of next week.
    (
        "1996-09-19",
        "The board moved the decision to a special meeting next Friday rather than tomorrow.",
        "next Friday",
        "DATE 1996-09-27",
    ),
    (
        "1999-09-01",
        "The jury will announce its awards next Friday.",
        "next Friday",
        "DATE 1999-09-10",
    ),
    (
        "2009-06-17",
        "The council will vote next Tuesday.",
        "next Tuesday",
        "DATE 2009-06-23",
    ),
    (
        "1993-07-12",
        "The Des Moines River spilled over a levee in the early hours of Saturday.",
        "the early hours of Saturday",
        "DATE 1993-07-10 START",
    ),
    // The weekday that ends a range of weekdays is the first such day after its start.
    (
        "1990-09-04",
        "The council counted traffic deaths from 6 p.m. Friday until midnight Monday.",
        "midnight Monday",
        "TIME 1990-09-03T24:00",
    ),
    (
        "1989-10-30",
        "It bought 254,200 shares from Sept. 14 to Thursday.",
        "Thursday",
        "DATE 1989-10-26",
    ),
    // A weekday counted in a month, or beside a day.
    (
        "1994-10-30",
        "Standard time will remain in effect until the first Sunday in April.",
        "the first Sunday in April",
        "DATE 1995-04-02",
    ),
    (
        "2023-03-12",
        "The Supreme Court opens its term the first Monday of October.",
        "the first Monday of October",
        "DATE 2023-10-02",
    ),
    (
        "2023-03-12",
        "The last Monday in May is Memorial Day.",
        "The last Monday in May",
        "DATE 2023-05-29",
    ),
    (
        "2003-12-19",
        "Airlines said the Monday before Christmas was shaping up as one of their busiest days.",
        "the Monday before Christmas",
        "DATE 2003-12-22",
    ),
    // Base forms after a plural subject are present-tense schedules, even when the nearest
    // such weekday lies behind (2018-08-08 is a Wednesday).
    (
        "2018-08-08",
        "Polls close at 8 p.m. Tuesday in most states.",
        "8 p.m. Tuesday",
        "TIME 2018-08-14T20:00",
    ),
    (
        "2018-08-08",
        "The city museums reopen Monday after the strike.",
        "Monday",
        "DATE 2018-08-13",
    ),
    (
        "2018-08-08",
        "New episodes air Tuesday on the network.",
        "Tuesday",
        "DATE 2018-08-14",
    ),
    (
        "2018-08-08",
        "The two executives testify Monday before the committee.",
        "Monday",
        "DATE 2018-08-13",
    ),
    (
        "2018-08-08",
        "The museum closed Monday after the flood.",
        "Monday",
        "DATE 2018-08-06",
    ),
    (
        "2013-03-27",
        "The swim meet was held Thursday.",
        "Thursday",
        "DATE 2013-03-21",
    ),
    (
        "2019-04-06",
        "The runoff is on Friday.",
        "Friday",
        "DATE 2019-04-12",
    ),
    (
        "2013-03-27",
        "The sale follows Monday's announcement by the board.",
        "Monday",
        "DATE 2013-03-25",
    ),
    // "could" and "can" look either way, unless negated.
    (
        "2013-03-27",
        "A new coach could be hired by Friday.",
        "Friday",
        "DATE 2013-03-29",
    ),
    (
        "2013-03-27",
        "The champions can secure the title Thursday.",
        "Thursday",
        "DATE 2013-03-28",
    ),
    (
        "2013-03-29",
        "The spokesman could not be reached Monday.",
        "Monday",
        "DATE 2013-03-25",
    ),
    (
        "2013-03-27",
        "The union warned of further strikes through the weekend.",
        "the weekend",
        "DATE 2013-W13-WE",
    ),
    (
        "2013-03-27",
        "The union warned on Monday that strikes would spread.",
        "Monday",
        "DATE 2013-03-25",
    ),
    (
        "2013-03-27",
        "Fans line up Saturday for a chance to see the team that won the title.",
        "Saturday",
        "DATE 2013-03-30",
    ),
    (
        "2000-01-07",
        "Lawyers said they would look for ways to overturn Wednesday's ruling.",
        "Wednesday",
        "DATE 2000-01-05",
    ),
    (
        "2000-01-07",
        "Sunday's final will be shown live.",
        "Sunday",
        "DATE 2000-01-09",
    ),
    // A parenthetical report does not govern the clause around it.
    (
        "2013-03-29",
        "From Monday, officials said, the bridge will carry one lane.",
        "Monday",
        "DATE 2013-04-01",
    ),
    (
        "2013-03-27",
        "Promoters expect a sellout Saturday.",
        "Saturday",
        "DATE 2013-03-30",
    ),
    (
        "2013-03-27",
        "The festival runs Thursday through Sunday.",
        "Thursday",
        "DATE 2013-03-28",
    ),
    (
        "2013-03-27",
        "The vote was delayed until after the weekend.",
        "the weekend",
        "DATE 2013-W13-WE",
    ),
    (
        "2013-03-27",
        "He must have left town on Friday.",
        "Friday",
        "DATE 2013-03-22",
    ),
    (
        "2018-08-08",
        "Sen. Rand Paul delivered a letter on Wednesday.",
        "Wednesday",
        "DATE 2018-08-08",
    ),
    (
        "2018-08-08",
        "On Monday, Sen. Paul announced the visit.",
        "Monday",
        "DATE 2018-08-06",
    ),
    (
        "2018-08-08",
        "The talks ended Friday.",
        "Friday",
        "DATE 2018-08-03",
    ),
    (
        "2018-08-08",
        "Putin will meet Paul on Friday.",
        "Friday",
        "DATE 2018-08-10",
    ),
    (
        "2018-08-08",
        "The vote will be held Wednesday.",
        "Wednesday",
        "DATE 2018-08-08",
    ),
    (
        "2018-08-08",
        "He spoke last Friday.",
        "last Friday",
        "DATE 2018-08-03",
    ),
    (
        "2018-08-08",
        "They met last Wednesday.",
        "last Wednesday",
        "DATE 2018-08-01",
    ),
    (
        "2018-08-08",
        "They meet next Wednesday.",
        "next Wednesday",
        "DATE 2018-08-15",
    ),
    (
        "2018-08-08",
        "The report is due next Monday.",
        "next Monday",
        "DATE 2018-08-13",
    ),
    (
        "2018-08-08",
        "Officials said Tuesday that the bridge was safe.",
        "Tuesday",
        "DATE 2018-08-07",
    ),
    (
        "2018-08-08",
        "The bomb exploded Sunday morning.",
        "Sunday morning",
        "TIME 2018-08-05TMO",
    ),
    (
        "2018-08-08",
        "Police arrived Tuesday night.",
        "Tuesday night",
        "TIME 2018-08-07TNI",
    ),
    (
        "2018-08-08",
        "The attack came on Friday, Oct. 13, 1989.",
        "Friday, Oct. 13, 1989",
        "DATE 1989-10-13",
    ),
    (
        "1989-10-27",
        "The market fell on Friday, Oct. 13.",
        "Friday, Oct. 13",
        "DATE 1989-10-13",
    ),
    (
        "2018-08-08",
        "This coming Sunday the polls open.",
        "This coming Sunday",
        "DATE 2018-08-12",
    ),
    (
        "2018-08-08",
        "Sales jumped this past Monday.",
        "this past Monday",
        "DATE 2018-08-06",
    ),
    (
        "2018-08-08",
        "The fire started early Saturday.",
        "early Saturday",
        "DATE 2018-08-04 START",
    ),
    (
        "2018-08-08",
        "The rescue ended late Monday.",
        "late Monday",
        "DATE 2018-08-06 END",
    ),
    (
        "2018-08-08",
        "Shops open on Sundays.",
        "Sundays",
        "SET XXXX-WXX-7",
    ),
    (
        "2018-08-08",
        "The club meets Tuesday nights.",
        "Tuesday nights",
        "SET XXXX-WXX-2TNI",
    ),
    (
        "2018-08-08",
        "The truce began Thursday, and talks resumed Friday.",
        "Thursday",
        "DATE 2018-08-02",
    ),
    (
        "2018-08-08",
        "The truce began Thursday, and talks resumed Friday.",
        "Friday",
        "DATE 2018-08-03",
    ),
    (
        "2019-01-03",
        "Markets slid on Monday.",
        "Monday",
        "DATE 2018-12-31",
    ),
    (
        "2018-08-08",
        "He arrived Saturday, Aug. 4.",
        "Saturday, Aug. 4",
        "DATE 2018-08-04",
    ),
    (
        "2018-08-08",
        "Friday's meeting was cancelled.",
        "Friday",
        "DATE 2018-08-03",
    ),
    (
        "2018-08-08",
        "The ministers will gather Thursday.",
        "Thursday",
        "DATE 2018-08-09",
    ),
    (
        "2018-08-08",
        "The court ruled on Wednesday, and the defence will appeal on Friday.",
        "Friday",
        "DATE 2018-08-10",
    ),
    (
        "1998-02-16",
        "The summit opened Monday.",
        "Monday",
        "DATE 1998-02-16",
    ),
    (
        "1998-02-16",
        "The team lost Sunday.",
        "Sunday",
        "DATE 1998-02-15",
    ),
    (
        "1998-02-16",
        "Leaders are expected to sign the deal Tuesday.",
        "Tuesday",
        "DATE 1998-02-17",
    ),
    (
        "2018-08-08",
        "Paul arrived in Moscow Sunday and left Monday.",
        "Sunday",
        "DATE 2018-08-05",
    ),
    (
        "2018-08-08",
        "The jury will deliberate Thursday and Friday.",
        "Friday",
        "DATE 2018-08-10",
    ),
    (
        "2018-08-08",
        "Investigators said Monday the cause was unclear.",
        "Monday",
        "DATE 2018-08-06",
    ),
    (
        "2018-08-08",
        "The Senate votes next Tuesday.",
        "next Tuesday",
        "DATE 2018-08-14",
    ),
    (
        "2018-08-08",
        "The fire was contained by Thursday morning, officials said.",
        "Thursday morning",
        "TIME 2018-08-02TMO",
    ),
    (
        "1999-03-13",
        "The government staged celebrations to mark the entry on Friday.",
        "Friday",
        "DATE 1999-03-12",
    ),
    (
        "1989-10-30",
        "The permit had been due to lapse Friday evening.",
        "Friday evening",
        "TIME 1989-10-27TEV",
    ),
    (
        "1999-10-24",
        "A concert planned at the stadium for Saturday was called off.",
        "Saturday",
        "DATE 1999-10-23",
    ),
    (
        "1989-10-31",
        "Flights are to restart in Lisbon Tuesday.",
        "Tuesday",
        "DATE 1989-10-31",
    ),
    (
        "2018-08-08",
        "The talks lasted until Friday.",
        "Friday",
        "DATE 2018-08-03",
    ),
    (
        "2007-04-18",
        "He has a hearing on Monday.",
        "Monday",
        "DATE 2007-04-23",
    ),
    // A weekday that ends a holiday's name stays in it; the date in apposition is its own.
    (
        "1993-04-04",
        "The church plans a vigil at the airport on Easter Sunday, April 11.",
        "Easter Sunday",
        "DATE 1993-04-11",
    ),
    (
        "1993-04-04",
        "The church plans a vigil at the airport on Easter Sunday, April 11.",
        "April 11",
        "DATE 1993-04-11",
    ),
    // What comes after a weekday's event, told as ahead, leaves the event the nearest such
    // day, either side.
    (
        "2018-08-08",
        "After Thursday's final rehearsal the theater closes for a week.",
        "Thursday",
        "DATE 2018-08-09",
    ),
    (
        "2018-08-08",
        "After Tuesday's vote the bill goes to the Senate.",
        "Tuesday",
        "DATE 2018-08-07",
    ),
    // A deadline set on a past day of the sentence is the first such weekday after that
    // day, which may have come by publication; set today, it is still ahead.
    (
        "2018-08-08",
        "A fire Saturday night forced the plant to halt production until Monday.",
        "Monday",
        "DATE 2018-08-06",
    ),
    (
        "2018-08-08",
        "Heavy rain on Sunday, when the final was postponed to Tuesday, flooded the pitch.",
        "Tuesday",
        "DATE 2018-08-07",
    ),
    (
        "2018-08-08",
        "A fire last night forced the plant to halt production until Monday.",
        "Monday",
        "DATE 2018-08-13",
    ),
    // So does what was done, not decided, until a day: an activity that went on.
    (
        "2006-11-08",
        "The governor campaigned until late Monday night and voted early Tuesday.",
        "late Monday night",
        "TIME 2006-11-06TNI END",
    ),
    (
        "2000-04-03",
        "The city gave the tenants until 8 a.m. Tuesday to leave.",
        "8 a.m. Tuesday",
        "TIME 2000-04-04T08:00",
    ),
    (
        "2018-09-27",
        "The museum, closed since last summer, reopens on Saturday.",
        "Saturday",
        "DATE 2018-09-29",
    ),
    (
        "2018-09-27",
        "The court hears the appeal Tuesday.",
        "Tuesday",
        "DATE 2018-10-02",
    ),
    (
        "1989-10-30",
        "The sale follows Tuesday's statement by Acme, which owns a share.",
        "Tuesday",
        "DATE 1989-10-24",
    ),
    (
        "1998-09-30",
        "The band planned to leave Oslo on Thursday.",
        "Thursday",
        "DATE 1998-10-01",
    ),
    (
        "1999-05-05",
        "The mayor has scheduled a briefing Thursday.",
        "Thursday",
        "DATE 1999-05-06",
    ),
    (
        "1999-05-07",
        "Until Thursday, police had not named her as a witness.",
        "Thursday",
        "DATE 1999-05-06",
    ),
];

#[cfg(test)]
pub(super) const NEGATIVES: &[super::examples::Negative] = &[
    (
        "2013-03-20",
        "The actress, who starred with Tuesday Weld in the film, was 81.",
    ),
    // The church's classes, not a day.
    (
        "2010-04-25",
        "Investors were drawn in by members of the church where he taught Sunday school.",
    ),
    (
        "1996-02-07",
        "She was a Sunday school teacher at the church.",
    ),
    (
        "2001-05-13",
        "They closed with a cover of an old tribute to the actress Tuesday Weld.",
    ),
    (
        "2011-12-30",
        "Most services will run to a Sunday timetable.",
    ),
    ("2018-08-08", "She writes for the Sunday Times."),
    (
        "2018-08-08",
        "Her children attend Sunday School at the church.",
    ),
    ("2018-08-08", "They met at a TGI Fridays near the airport."),
    ("2018-08-08", "The Sunday Telegraph reported the story."),
    ("2018-08-08", "He watched Monday Night Football."),
];
