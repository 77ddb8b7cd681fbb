//! References counted from the publication date or from the story's own reference time:
//! "today", "yesterday", "last night", "this week", "last year", "next month", "the weekend",
//! "three years ago", "in two weeks' time", and the narrative ones, "the next day", "a year
//! earlier", "that week", "the following year".

use super::super::doc::Doc;
use super::super::expr::{
    Amount, Candidate, DayPick, Expr, Reckoning, Shift, TimeOfDay, Vague, YearRef, rule_name,
};
use super::super::lexicon::{Lex, PartOfDay, Unit, Word};
use super::super::value::{Mod, Season};
use super::amount::{amount_at, and_a_half, ordinal_at};
use super::position::{part_in_before, part_of_before, position_before};
use super::weekday::part_of_day;

pub(super) fn at(doc: &Doc, i: usize, out: &mut Vec<Candidate>) {
    match doc.lex(i) {
        Lex::Word(Word::Today) => day_word(doc, i, 0, out),
        Lex::Word(Word::Yesterday) => day_word(doc, i, -1, out),
        Lex::Word(Word::Tomorrow) => day_word(doc, i, 1, out),
        Lex::Word(Word::Tonight) => {
            let (start, modifier) = position_before(doc, i);
            let mut c = Candidate::new(start, i + 1, relative(Unit::Day, 0), "tonight");
            c.time = Some(TimeOfDay::Part(PartOfDay::Night));
            c.modifier = modifier;
            out.push(c);
        }
        Lex::Word(
            Word::This
            | Word::Last
            | Word::Next
            | Word::Past
            | Word::Coming
            | Word::Current
            | Word::Previous
            | Word::Following
            | Word::That
            | Word::Same
            | Word::Latest,
        ) => {
            this_time_last(doc, i, out);
            this_day_in(doc, i, out);
            shifted_unit(doc, i, out);
        }
        Lex::Word(Word::All | Word::Whole | Word::Entire) => whole_unit(doc, i, out),
        Lex::Unit(Unit::Year) if doc.hyphen(i + 1) => {
            // "year-earlier", "year-ago" used on their own, as adjectives: "the year-ago
            // results" (the article is the noun's).
            if matches!(doc.lex(i + 2), Lex::Word(Word::Earlier | Word::Ago)) {
                out.push(Candidate::new(
                    i,
                    i + 3,
                    Expr::Narrative {
                        unit: Unit::Year,
                        offset: -1,
                        comparison: true,
                    },
                    "year-ago",
                ));
            }
        }
        _ => {}
    }
    if doc.lex(i) == Lex::PartOfDay(PartOfDay::Night) {
        the_unit_before(doc, i, Unit::Night, out);
    }
    if let Lex::Weekday(weekday) = doc.lex(i) {
        the_same_weekday(doc, i, weekday, out);
    }
    if let Lex::Unit(unit) = doc.lex(i) {
        the_unit_before(doc, i, unit, out);
        year_end(doc, i, unit, out);
        to_date(doc, i, unit, out);
        the_unit(doc, i, unit, out);
        the_same_unit(doc, i, unit, out);
        beyond_next_or_last(doc, i, unit, out);
        week_of_month(doc, i, unit, out);
    }
    if matches!(doc.lex(i), Lex::Ordinal(_)) || doc.is_number(i) {
        day_in_progress(doc, i, out);
    }
    counted_shift(doc, i, out);
}

/// "Rescuers pushed into the third day of their search", "today is the eighth day of the
/// strike", "It's the second day of an offensive": the count of days of something under way
/// names the day the story stands on. Only after a verb of entering or a present "is": "for
/// a third straight day" and "the fifth day of her maiden voyage" are left untagged, as the
/// annotated news mostly leaves them (7 tagged of 21 in the development sets, 5 of the 7
/// after "into", "entered", "on" or "spent"; both in the corpora after "is").
fn day_in_progress(doc: &Doc, i: usize, out: &mut Vec<Candidate>) {
    let (n, next) = match doc.lex(i) {
        Lex::Ordinal(n) => (n, i + 1),
        _ if doc.glued(i + 1) && matches!(doc.word(i + 1), "st" | "nd" | "rd" | "th") => {
            (doc.num(i).unwrap_or(0), i + 2)
        }
        _ => return,
    };
    if n < 2 || i < 2 || !doc.is(i - 1, Word::The) {
        return;
    }
    let j = if matches!(doc.word(next), "straight" | "consecutive") {
        next + 1
    } else {
        next
    };
    if doc.unit(j) != Some((Unit::Day, false)) {
        return;
    }
    let k = i - 2;
    let entering = matches!(
        doc.word(k),
        "into" | "entered" | "enters" | "entering" | "enter" | "is"
    ) || (k >= 1 && doc.word(k) == "s" && doc.apostrophe(k - 1));
    if entering {
        out.push(Candidate::new(
            i - 1,
            j + 1,
            narrative(Unit::Day, 0),
            "the-nth-day",
        ));
    }
}

/// "the last week of May", "the second week of June 2024", "the first week of March": the
/// week around the middle of those seven days of the month, so a week that straddles two
/// months is the one most of it lies in. "The first weekend of May" is the weekend of the
/// month's first Saturday, as race and festival calendars count it.
fn week_of_month(doc: &Doc, i: usize, unit: Unit, out: &mut Vec<Candidate>) {
    if i < 2 || !matches!(unit, Unit::Week | Unit::Weekend) || !doc.is(i + 1, Word::Of) {
        return;
    }
    let Some((month, after)) = super::calendar::month_at(doc, i + 2) else {
        return;
    };
    if !doc.is(i - 2, Word::The) {
        return;
    }
    let (year, end) = match super::calendar::year_at(doc, after) {
        Some((y, end)) => (Some(y), end),
        None => (None, after),
    };
    // The first to fourth, or the last.
    let nth = match ordinal_at(doc, i - 1) {
        Some((n @ 1..=4, _)) => n as i8,
        Some((u32::MAX, _)) => -1,
        _ => return,
    };
    if unit == Unit::Weekend {
        let month_expr = Expr::Calendar {
            year,
            month: Some(month),
            day: None,
            weekday: None,
        };
        let mut c = Candidate::new(i - 2, end, month_expr, "weekend-of-month");
        c.day_pick = Some(DayPick::Nth(nth, 5));
        c.widen = Some(Unit::Weekend);
        out.push(c);
        return;
    }
    let days = match month {
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    let middle = if nth > 0 {
        7 * nth as u32 - 3
    } else {
        days - 3
    };
    let mut c = Candidate::new(
        i - 2,
        end,
        super::calendar::day_of(year, month, middle, None),
        "week-of-month",
    );
    c.widen = Some(Unit::Week);
    out.push(c);
}

/// "the first day of", "the last day of", "the final day of" right before token `start`:
/// the day at that end of the period named from `start` on.
pub(crate) fn end_day_before(doc: &Doc, start: usize) -> Option<DayPick> {
    if start < 4
        || !doc.is(start - 1, Word::Of)
        || doc.unit(start - 2) != Some((Unit::Day, false))
        || !doc.is(start - 4, Word::The)
    {
        return None;
    }
    match ordinal_at(doc, start - 3)? {
        (1, _) => Some(DayPick::First),
        (u32::MAX, _) => Some(DayPick::Last),
        _ => None,
    }
}

/// Whether the story at token `i` is about the flu: its sentence or the one before speaks of
/// it, or the story does twice ("missed a game with the flu", once, makes no flu story).
fn about_flu(doc: &Doc, i: usize) -> bool {
    let last = doc.sentence_tokens(i).1;
    let flu = |k: usize| matches!(doc.word(k), "flu" | "influenza");
    (doc.previous_sentence_start(i)..last).any(flu)
        || (0..doc.len()).filter(|&k| flu(k)).count() >= 2
}

/// "the week after next", "the weekend before last", "the month after next": two units from
/// this one, as "the Tuesday after next" is two Tuesdays away.
fn beyond_next_or_last(doc: &Doc, i: usize, unit: Unit, out: &mut Vec<Candidate>) {
    if i == 0
        || !doc.is(i - 1, Word::The)
        || !matches!(unit, Unit::Week | Unit::Weekend | Unit::Month | Unit::Year)
    {
        return;
    }
    let offset = match (doc.lex(i + 1), doc.lex(i + 2)) {
        (Lex::Word(Word::After), Lex::Word(Word::Next)) => 2,
        (Lex::Word(Word::Before), Lex::Word(Word::Last)) => -2,
        _ => return,
    };
    out.push(Candidate::new(
        i - 1,
        i + 3,
        relative(unit, offset),
        "unit-beyond-next-or-last",
    ));
}

/// "the same weekend last year", "the same month a year earlier", "the same day the year
/// before": the story's current unit, a year away; "the same month of 1996": in that year. ("the same period last year" is the
/// quarter rule's: the reported quarter a year back.)
fn the_same_unit(doc: &Doc, i: usize, unit: Unit, out: &mut Vec<Candidate>) {
    the_same(doc, i, unit, None, out);
}

/// "the same Saturday last year": the story's day, told by its weekday, a year away.
fn the_same_weekday(doc: &Doc, i: usize, weekday: u8, out: &mut Vec<Candidate>) {
    the_same(doc, i, Unit::Day, Some(weekday), out);
}

fn the_same(doc: &Doc, i: usize, unit: Unit, weekday: Option<u8>, out: &mut Vec<Candidate>) {
    if i < 2
        || !matches!(unit, Unit::Day | Unit::Week | Unit::Weekend | Unit::Month)
        || doc.word(i - 1) != "same"
        || !doc.is(i - 2, Word::The)
    {
        return;
    }
    let k = i + 1;
    let year_at = |j: usize| doc.unit(j) == Some((Unit::Year, false));
    // "the same month of 1996", "the same week in 2019": the story's unit in a stated year.
    let stated = matches!(doc.word(k), "of" | "in")
        .then(|| super::calendar::year_at(doc, k + 1))
        .flatten();
    let (years, in_year, end) = match (doc.word(k), doc.word(k + 1), doc.word(k + 2)) {
        _ if stated.is_some() => match stated {
            Some((y, after)) => (0, Some(y), after),
            None => return,
        },
        ("last", _, _) if year_at(k + 1) => (-1, None, k + 2),
        ("next", _, _) if year_at(k + 1) => (1, None, k + 2),
        ("a", _, "earlier" | "ago" | "before") if year_at(k + 1) => (-1, None, k + 3),
        ("the", "previous" | "prior", _) if year_at(k + 2) => (-1, None, k + 3),
        ("the", _, "before" | "earlier") if year_at(k + 1) => (-1, None, k + 3),
        _ => return,
    };
    let expr = Expr::SameYearsAway {
        unit,
        years,
        in_year,
        weekday,
    };
    out.push(Candidate::new(i - 2, end, expr, "the-same-unit"));
}

/// "this time last year", "at this point last year", "this time next month": publication's
/// day a year or a month away, about.
fn this_time_last(doc: &Doc, i: usize, out: &mut Vec<Candidate>) {
    if !doc.is(i, Word::This) || !matches!(doc.word(i + 1), "time" | "point") {
        return;
    }
    let sign = match doc.lex(i + 2) {
        Lex::Word(Word::Last) => -1,
        Lex::Word(Word::Next) => 1,
        _ => return,
    };
    let Some((unit @ (Unit::Year | Unit::Month), false)) = doc.unit(i + 3) else {
        return;
    };
    let expr = Expr::Ago {
        amount: Amount::Count(1),
        unit,
        sign,
        keep: Some(Unit::Day),
        on: None,
    };
    let mut c = Candidate::new(i, i + 4, expr, "this-time-last-unit");
    c.modifier = Some(Mod::Approx);
    out.push(c);
}

/// "the day before", "the week after", "the night before": a step from the story's day,
/// when nothing follows to anchor it ("the day before the vote" is the day of an event).
fn the_unit_before(doc: &Doc, i: usize, unit: Unit, out: &mut Vec<Candidate>) {
    if i == 0 || !doc.is(i - 1, Word::The) {
        return;
    }
    let offset = match doc.lex(i + 1) {
        Lex::Word(Word::Before) => -1,
        Lex::Word(Word::After) => 1,
        _ => return,
    };
    // "The council had said the day before it would rule": after a verb of saying, a
    // reported clause with its own subject and modal follows the date.
    // So does "that" opening it: "had predicted the day before that she would win".
    let reported_after = i >= 2
        && matches!(
            doc.word(i - 2),
            "said"
                | "announced"
                | "told"
                | "warned"
                | "reported"
                | "added"
                | "promised"
                | "predicted"
                | "insisted"
                | "declared"
        )
        && ((matches!(doc.word(i + 2), "it" | "he" | "she" | "they" | "we" | "i")
            && matches!(
                doc.word(i + 3),
                "would" | "could" | "will" | "might" | "should" | "had" | "was" | "were"
            ))
            || doc.is(i + 2, Word::That));
    // "on June 26, the day before service begins", "on July 12, the day after the enclave
    // fell": in apposition to the day just named, it is that day, whatever event follows.
    let apposed = unit == Unit::Day
        // ("Wednesday, the day before Thanksgiving" is one day named twice, the holiday's.)
        && !matches!(
            doc.lex(i + 2),
            Lex::Holiday(_) | Lex::Month(_) | Lex::Weekday(_)
        )
        && !super::holiday::starts_name(doc, i + 2)
        && i >= 3
        && doc.punct(i - 2, ',')
        && (matches!(doc.lex(i - 3), Lex::Weekday(_))
            || (doc.is_number(i - 3) && doc.num(i - 3).is_some_and(|n| n <= 31 || n >= 1000)));
    if apposed {
        out.push(Candidate::new(
            i - 1,
            i + 2,
            narrative(Unit::Day, 0),
            rule_name::APPOSED_DAY,
        ));
        return;
    }
    // "had sent its drivers home the day before in an overtime dispute", "swung wildly the
    // day before as well": a preposition or conjunction after "before" starts no object.
    // Nor does the verb of the clause it sat in: "a fan shut down the night before had never
    // been restarted".
    let ends = clause_ends(doc, i + 2)
        || reported_after
        || matches!(
            doc.word(i + 2),
            "had" | "has" | "have" | "was" | "were" | "is" | "are"
        )
        || matches!(
            doc.word(i + 2),
            "according"
                | "when"
                | "and"
                | "but"
                | "in"
                | "as"
                | "at"
                | "while"
                | "because"
                | "after"
                | "amid"
                | "during"
        );
    if !ends
        || !matches!(
            unit,
            Unit::Day | Unit::Night | Unit::Week | Unit::Month | Unit::Year
        )
    {
        return;
    }
    let narrative_unit = if unit == Unit::Night { Unit::Day } else { unit };
    let mut c = Candidate::new(
        i - 1,
        i + 2,
        Expr::Narrative {
            unit: narrative_unit,
            offset,
            comparison: false,
        },
        rule_name::THE_UNIT_BEFORE,
    );
    if unit == Unit::Night {
        c.time = Some(TimeOfDay::Part(PartOfDay::Night));
    }
    out.push(c);
}

/// "up 4 percent year-to-date", "its year-to-date decline", "sales month to date": the
/// current year or month, so far.
fn to_date(doc: &Doc, i: usize, unit: Unit, out: &mut Vec<Candidate>) {
    if !matches!(unit, Unit::Year | Unit::Month) {
        return;
    }
    let hyphens = doc.dash(i + 1) && doc.is(i + 2, Word::To) && doc.dash(i + 3);
    let end = if hyphens && doc.word(i + 4) == "date" {
        i + 5
    } else if doc.is(i + 1, Word::To) && doc.word(i + 2) == "date" {
        i + 3
    } else {
        return;
    };
    out.push(Candidate::new(i, end, relative(unit, 0), "unit-to-date"));
}

/// "year-end", "year end", "year's end": the end of the current year ("since year-end": of
/// the last one).
fn year_end(doc: &Doc, i: usize, unit: Unit, out: &mut Vec<Candidate>) {
    if unit != Unit::Year {
        return;
    }
    let end = if doc.dash(i + 1) && doc.glued(i + 1) && doc.word(i + 2) == "end" {
        i + 3
    } else if doc.is(i + 1, Word::End) {
        i + 2
    } else if doc.apostrophe_s(i + 1) && doc.is(i + 3, Word::End) {
        i + 4
    } else {
        return;
    };
    if i > 0
        && matches!(
            doc.lex(i - 1),
            Lex::Word(Word::The | Word::A | Word::Last | Word::This | Word::Next)
        )
    {
        return;
    }
    let offset = if i > 0 && doc.is(i - 1, Word::Since) {
        -1
    } else {
        0
    };
    let mut c = Candidate::new(i, end, relative(Unit::Year, offset), "year-end");
    c.modifier = Some(Mod::End);
    out.push(c);
}

/// "the weekend", "the end of the year", "the year ended June 30" (a fiscal year: a
/// duration, as earnings reports use it), "the full year", "for the year", "for the week".
fn the_unit(doc: &Doc, i: usize, unit: Unit, out: &mut Vec<Candidate>) {
    if i == 0 {
        return;
    }
    // "Person of the Year", "Coach of the Month": a title, capitalised mid-sentence.
    if doc.cap(i) && !doc.sentence_start(i) && !doc.all_caps(i) {
        return;
    }
    // "the new year": the year about to begin, or just begun.
    if unit == Unit::Year && doc.word(i - 1) == "new" && i >= 2 && doc.is(i - 2, Word::The) {
        let expr = Expr::Relative {
            unit,
            offset: 0,
            reckoning: Reckoning::Nearest,
        };
        out.push(Candidate::new(i - 2, i + 1, expr, "the-new-year"));
        return;
    }
    // "the fiscal year", "the full year", "the calendar year", "the holiday weekend", "the
    // long weekend"
    let mut k = i;
    let qualifier = matches!(doc.lex(k - 1), Lex::Word(Word::Fiscal | Word::Full))
        || (unit == Unit::Year && doc.word(k - 1) == "calendar")
        || (unit == Unit::Weekend && matches!(doc.word(k - 1), "holiday" | "long"));
    if qualifier {
        k -= 1;
        // "the bank holiday weekend"
        if unit == Unit::Weekend && k > 1 && doc.word(k - 1) == "bank" {
            k -= 1;
        }
        // "the long holiday weekend", "the long bank holiday weekend"
        if unit == Unit::Weekend && k > 1 && doc.word(k - 1) == "long" && doc.word(k) != "long" {
            k -= 1;
        }
    }
    // "spent the final weekend of the campaign knocking on doors": the campaign's last
    // weekend is the one nearest publication, as "the weekend" is.
    let final_weekend = !qualifier && unit == Unit::Weekend && doc.word(k - 1) == "final";
    if final_weekend {
        k -= 1;
    }
    if k == 0 || !doc.is(k - 1, Word::The) {
        return;
    }
    let start = k - 1;
    // "the last day of the month", "the first day of the year": the story's month or year,
    // at one end. (With a period named otherwise, "the first day of next month", the
    // refiner joins the two.)
    if !qualifier && matches!(unit, Unit::Month | Unit::Year) {
        if let Some(pick) = end_day_before(doc, start) {
            let mut c = Candidate::new(start - 4, i + 1, narrative(unit, 0), "end-day-of");
            c.day_pick = Some(pick);
            out.push(c);
            return;
        }
    }
    // "Earlier in the day", "later in the week": the story's day or week, the part of it
    // before or after what was just told; the whole phrase is the expression, as
    // "earlier this week" is. "Early in the month" and "late in the year" are its start and
    // end ("late in the day" is a time of day, and left alone).
    // (modifier, comparative): "earlier"/"later" reach the day too, "early"/"late" do not.
    let position = match doc.lex(start.wrapping_sub(2)) {
        Lex::Word(Word::Earlier) => Some((Mod::Start, true)),
        Lex::Word(Word::Later) => Some((Mod::End, true)),
        Lex::Word(Word::Early) => Some((Mod::Start, false)),
        Lex::Word(Word::Late) => Some((Mod::End, false)),
        _ => None,
    };
    let in_the_unit = |comparative: bool| {
        !qualifier
            && start >= 2
            && doc.is(start - 1, Word::In)
            && (matches!(unit, Unit::Week | Unit::Month | Unit::Year)
                || (comparative && unit == Unit::Day))
    };
    // "trains will be detoured throughout the day": the whole of the story's day. ("for most
    // of the day" and "on the day" were measured too: the writers split on them.)
    if !qualifier
        && unit == Unit::Day
        && position.is_none()
        && start >= 1
        && doc.word(start - 1) == "throughout"
    {
        out.push(Candidate::new(start, i + 1, narrative(unit, 0), "the-day"));
        return;
    }
    if let Some((modifier, _)) = position.filter(|&(_, comparative)| in_the_unit(comparative)) {
        let mut c = Candidate::new(start - 2, i + 1, narrative(unit, 0), "earlier-in-the-unit");
        c.modifier = Some(modifier);
        out.push(c);
        return;
    }
    // "the year to March", the British way of writing "the year ended March 31".
    let ended = matches!(doc.word(i + 1), "ended" | "ending")
        || (doc.word(i + 1) == "that" && matches!(doc.word(i + 2), "ended" | "ends"))
        || (doc.is(i + 1, Word::To) && super::calendar::month_at(doc, i + 2).is_some());
    if unit == Unit::Weekend {
        let (start, modifier) = position_before(doc, start);
        let expr = Expr::Relative {
            unit: Unit::Weekend,
            offset: 0,
            reckoning: Reckoning::Nearest,
        };
        // "the holiday weekend", "the long weekend": the weekend a public holiday makes.
        let rule = if qualifier {
            rule_name::THE_HOLIDAY_WEEKEND
        } else {
            "the-weekend"
        };
        let mut c = Candidate::new(start, i + 1, expr, rule);
        c.modifier = modifier;
        out.push(c);
        return;
    }
    // "a decision by the end of the day": a deadline at the end of the story's day. "At the
    // end of the day" is the idiom for "in the end", and stays out.
    if unit == Unit::Day {
        if let (s, Some(Mod::End)) = position_before(doc, start) {
            let deadline =
                s < start && s > 0 && matches!(doc.word(s - 1), "by" | "until" | "till" | "before");
            if deadline {
                // "until the end of the day Friday": the end of that weekday.
                let (expr, end) = match doc.lex(i + 1) {
                    Lex::Weekday(weekday) => (
                        Expr::Weekday {
                            weekday,
                            shift: Shift::Bare,
                        },
                        i + 2,
                    ),
                    _ => (narrative(Unit::Day, 0), i + 1),
                };
                let mut c = Candidate::new(s, end, expr, "end-of-the-day");
                c.modifier = Some(Mod::End);
                out.push(c);
            }
        }
        return;
    }
    if !matches!(
        unit,
        Unit::Year | Unit::Month | Unit::Week | Unit::Quarter | Unit::Decade | Unit::Century
    ) {
        return;
    }
    // "the year ended June 30" is a fiscal year, reported as an amount of time; "the quarter
    // ended Sept. 30" is the quarter being reported, left to the quarter rule.
    if ended && unit == Unit::Year {
        out.push(Candidate::new(
            start,
            i + 1,
            Expr::Duration {
                amount: Amount::Count(1),
                unit,
            },
            "the-year-ended",
        ));
        return;
    }
    if unit == Unit::Quarter {
        return;
    }
    // "the end of the year", "the beginning of the month", "the end of the decade": this
    // one, at one end.
    if let (s, Some(m)) = position_before(doc, start) {
        if s < start {
            let mut c = Candidate::new(s, i + 1, relative(unit, 0), rule_name::END_OF_THE_UNIT);
            c.modifier = Some(m);
            out.push(c);
            return;
        }
    }
    if matches!(unit, Unit::Decade | Unit::Century) {
        return;
    }
    if qualifier && unit == Unit::Year {
        out.push(Candidate::new(
            start,
            i + 1,
            relative(Unit::Year, 0),
            rule_name::THE_FULL_YEAR,
        ));
        return;
    }
    // "for the year", "during the week", "for the month", "the week's": the story's year,
    // month or week.
    // "The Dow ended the week down 3 percent": markets end, finish and close a week or year.
    let after_preposition = start > 0
        && (matches!(
            doc.lex(start - 1),
            Lex::Word(Word::In | Word::Through | Word::Over | Word::Of)
        ) || matches!(
            doc.word(start - 1),
            "for" | "during" | "ended" | "finished" | "closed" | "ending" | "finishing" | "closing"
        ));
    let possessive = doc.apostrophe_s(i + 1);
    let followed = doc.is_word(i + 1)
        && matches!(
            doc.lex(i + 1),
            Lex::Word(
                Word::Before | Word::After | Word::Ago | Word::Earlier | Word::Later | Word::Of
            )
        );
    // "since 2014, the year Russia annexed Crimea": an appositive that names the year just
    // written by what happened in it.
    if unit == Unit::Year
        && start >= 2
        && doc.punct(start - 1, ',')
        && doc.digits(start - 2) == 4
        && (matches!(
            doc.word(i + 1),
            "the" | "a" | "when" | "that" | "in" | "he" | "she" | "they" | "it" | "we" | "i"
        ) || (doc.cap(i + 1) && doc.is_word(i + 1)))
    {
        if let Some(y) = doc.num(start - 2) {
            out.push(Candidate::new(
                start,
                i + 1,
                Expr::Year(y as i32),
                "the-unit",
            ));
            return;
        }
    }
    // "the week ending Sept. 23" is the week of that date, the refiner's.
    let week_ending = unit == Unit::Week && ended;
    if (after_preposition || possessive)
        && !followed
        && !week_ending
        && matches!(unit, Unit::Year | Unit::Month | Unit::Week)
    {
        out.push(Candidate::new(start, i + 1, narrative(unit, 0), "the-unit"));
    }
}

/// "all week", "all day", "the whole month", "the entire year": the current one. ("a whole
/// year" is an amount, the duration rule's.)
fn whole_unit(doc: &Doc, i: usize, out: &mut Vec<Candidate>) {
    if i > 0 && matches!(doc.lex(i - 1), Lex::Word(Word::A | Word::An)) {
        return;
    }
    let Some((unit, false)) = doc.unit(i + 1) else {
        return;
    };
    if !matches!(
        unit,
        Unit::Day | Unit::Week | Unit::Weekend | Unit::Month | Unit::Year
    ) {
        return;
    }
    // "all week long"
    let end = if doc.word(i + 2) == "long" {
        i + 3
    } else {
        i + 2
    };
    let start = if !doc.is(i, Word::All) && i > 0 && doc.is(i - 1, Word::The) {
        i - 1
    } else {
        i
    };
    out.push(Candidate::new(start, end, relative(unit, 0), "all-unit"));
}

/// The years a shift word moves from the current one, for the kinds of year told only with
/// one ("this season", "next school year"): this or current 0, last or past -1, next or
/// coming 1.
fn year_shift(word: Lex) -> Option<i32> {
    match word {
        Lex::Word(Word::This | Word::Current) => Some(0),
        Lex::Word(Word::Last | Word::Past) => Some(-1),
        Lex::Word(Word::Next | Word::Coming) => Some(1),
        _ => None,
    }
}

fn relative(unit: Unit, offset: i32) -> Expr {
    Expr::Relative {
        unit,
        offset,
        reckoning: Reckoning::Calendar,
    }
}

/// "today", "yesterday morning", "late yesterday", "the day before yesterday".
fn day_word(doc: &Doc, i: usize, offset: i32, out: &mut Vec<Candidate>) {
    // "USA Today", "VOA Today", "the Today show": names.
    if doc.cap(i)
        && !doc.sentence_start(i)
        && i > 0
        && doc.cap(i - 1)
        && doc.lex(i - 1) == Lex::None
    {
        return;
    }
    // "The Day After Tomorrow", "Yesterday" as a title: capitalised mid-sentence after a
    // capitalised "After" or "Before".
    if doc.cap(i)
        && !doc.sentence_start(i)
        && i > 0
        && doc.cap(i - 1)
        && matches!(doc.lex(i - 1), Lex::Word(Word::After | Word::Before))
    {
        return;
    }
    let mut start = i;
    let mut offset = offset;
    // "the day before yesterday", "the day after tomorrow"
    if i >= 3
        && doc.is(i - 3, Word::The)
        && doc.unit(i - 2) == Some((Unit::Day, false))
        && ((offset == -1 && doc.is(i - 1, Word::Before))
            || (offset == 1 && doc.is(i - 1, Word::After)))
    {
        start = i - 3;
        offset *= 2;
    }
    let (start, modifier) = position_before(doc, start);
    let (time, end) = match part_of_day(doc, i + 1) {
        Some(p) => (Some(TimeOfDay::Part(p)), i + 2),
        None => (None, i + 1),
    };
    let mut c = Candidate::new(
        start,
        end,
        relative(Unit::Day, offset),
        "today-yesterday-tomorrow",
    );
    c.modifier = modifier;
    c.time = time;
    out.push(c);
}

/// "this week", "last year", "next month", "the past year", "the following day", "that
/// week", "last night", "this morning", "the same day".
fn shifted_unit(doc: &Doc, i: usize, out: &mut Vec<Candidate>) {
    let word = doc.lex(i);
    // "this past week", "this coming year"
    let (word, j) = match (word, doc.lex(i + 1)) {
        (Lex::Word(Word::This), Lex::Word(Word::Past)) => (Lex::Word(Word::Last), i + 2),
        (Lex::Word(Word::This), Lex::Word(Word::Coming)) => (Lex::Word(Word::Next), i + 2),
        (Lex::Word(Word::That), Lex::Word(Word::Same)) => (Lex::Word(Word::Same), i + 2),
        _ => (word, i + 1),
    };
    let the = i > 0 && doc.is(i - 1, Word::The);
    // Parts of the day: "this morning", "last night", "that evening".
    if let Some(pod) = part_of_day(doc, j) {
        let (expr, rule) = match word {
            Lex::Word(Word::This) if !the => (relative(Unit::Day, 0), "this-morning"),
            Lex::Word(Word::Last) if !the && pod == PartOfDay::Night => {
                (relative(Unit::Day, -1), "last-night")
            }
            Lex::Word(Word::That | Word::Same) => (narrative(Unit::Day, 0), "that-morning"),
            Lex::Word(Word::Next | Word::Following) if the => {
                (narrative(Unit::Day, 1), "the-next-morning")
            }
            Lex::Word(Word::Previous) if the => (narrative(Unit::Day, -1), "the-previous-night"),
            _ => return,
        };
        let start = if the { i - 1 } else { i };
        let (start, modifier) = position_before(doc, start);
        let mut c = Candidate::new(start, j + 1, expr, rule);
        c.time = Some(TimeOfDay::Part(pod));
        c.modifier = modifier;
        out.push(c);
        return;
    }
    // "fiscal" may sit between: "the current fiscal year", "last fiscal year"; so may the
    // British, Australian and Japanese names for it, "the current financial year", "next
    // business year". (A bare "the financial year to June" is left untagged, as the
    // annotated news leaves it.)
    let fiscal = doc.is(j, Word::Fiscal)
        || (matches!(doc.word(j), "financial" | "business")
            && doc.unit(j + 1) == Some((Unit::Year, false)));
    // "this school year", "next academic year": a school's year, named by the year it
    // begins in. ("the school year" alone is left untagged, as the annotated news leaves
    // it.)
    let school = !the
        && matches!(doc.word(j), "school" | "academic")
        && doc.unit(j + 1) == Some((Unit::Year, false));
    if school {
        let Some(offset) = year_shift(word) else {
            return;
        };
        out.push(Candidate::new(
            i,
            j + 2,
            Expr::Relative {
                unit: Unit::Year,
                offset,
                reckoning: Reckoning::School,
            },
            "this-school-year",
        ));
        return;
    }
    let k = if fiscal { j + 1 } else { j };
    // "this season", "last season": a season of play or of the stage, which news dates by
    // the year it is in (all seven in the development sets). Not a season of the calendar:
    // those have names.
    if !the && !fiscal && doc.word(j) == "season" && !doc.cap(j) {
        let Some(offset) = year_shift(word) else {
            return;
        };
        // In a story about the flu, the season is the winter it peaks in ("the dominant
        // strain this season", "the whole of last season").
        let expr = if about_flu(doc, i) {
            Expr::Season {
                season: Season::Winter,
                shift: match offset {
                    0 => Shift::This,
                    -1 => Shift::Last,
                    _ => Shift::Next,
                },
                year: YearRef::Implied,
            }
        } else {
            relative(Unit::Year, offset)
        };
        out.push(Candidate::new(i, j + 1, expr, "this-season"));
        return;
    }
    let Some((unit, false)) = doc.unit(k) else {
        return;
    };
    // "in the next hour", "over the past hour" are amounts of time from or up to now; "this
    // hour" is the present ("at this hour, crews are still working"). ("the last minute" is
    // an idiom.)
    if unit == Unit::Hour {
        let expr = match (word, the) {
            (Lex::Word(Word::Next | Word::Past | Word::Last | Word::Coming), true) => {
                Expr::Duration {
                    amount: Amount::Count(1),
                    unit,
                }
            }
            (Lex::Word(Word::This), false) => Expr::Vague(Vague::Present),
            _ => return,
        };
        let start = if the { i - 1 } else { i };
        out.push(Candidate::new(start, k + 1, expr, "the-next-hour"));
        return;
    }
    // "the middle of the next decade", "the end of the last century": a part of a period of
    // the calendar, not of the years ahead or behind.
    // ("early in the next century", "late in the last decade" too.)
    let part_in = if the {
        part_in_before(doc, i - 1)
    } else {
        None
    };
    let part_of_one = the && (part_of_before(doc, i - 1).is_some() || part_in.is_some());
    let (expr, rule) = match (word, the) {
        (Lex::Word(Word::Next | Word::Coming), true)
            if part_of_one && matches!(unit, Unit::Decade | Unit::Century) =>
        {
            (relative(unit, 1), "next-unit")
        }
        (Lex::Word(Word::Last | Word::Past), true)
            if part_of_one && matches!(unit, Unit::Decade | Unit::Century) =>
        {
            (relative(unit, -1), "last-unit")
        }
        // "this day" is a figure of speech ("this day in history"); news says "today".
        (Lex::Word(Word::This), false) if unit != Unit::Day => (relative(unit, 0), "this-unit"),
        (Lex::Word(Word::Current), _) if unit == Unit::Quarter => (
            Expr::QuarterRef {
                kind: super::super::expr::QuarterRef::Current,
                year: None,
            },
            "current-quarter",
        ),
        (Lex::Word(Word::Current), _) => (relative(unit, 0), "current-unit"),
        (Lex::Word(Word::Last | Word::Past), false) => (relative(unit, -1), "last-unit"),
        // "over the past decade": the ten years up to now, an amount; a decade of the
        // calendar would be "the 2000s". So are "the past week", "the past month" and "the
        // past year" (the last seven days, thirty days, twelve months, not a week, month or
        // year of the calendar: the annotated news writes "the past year" as `P1Y` 14 times of
        // 14, though TimeBank writes the year twice); "the last week" is read as the
        // calendar's. A fortnight is no period of the calendar at all: "the past fortnight"
        // is two weeks.
        (Lex::Word(Word::Last | Word::Past), true)
            if matches!(unit, Unit::Decade | Unit::Century | Unit::Fortnight)
                || (doc.is(i, Word::Past)
                    && matches!(unit, Unit::Week | Unit::Month | Unit::Year)) =>
        {
            (
                Expr::Duration {
                    amount: super::super::expr::Amount::Count(1),
                    unit,
                },
                "the-past-unit",
            )
        }
        // "over the next decade": the years ahead, an amount, as "the past decade" is the
        // years behind. ("the next century" is the calendar's, below: in news it names the
        // century about to begin, "20" said in the 1990s.)
        (Lex::Word(Word::Next | Word::Coming), true) if unit == Unit::Century => {
            (relative(unit, 1), "next-unit")
        }
        // ("over the next week", "over the next year": the span ahead, as "over the past
        // year" is the span behind; "in the next week" is the calendar's, and so is "over
        // the next year or so", a time some way into it.)
        (Lex::Word(Word::Next | Word::Coming), true)
            if unit == Unit::Decade
                || (matches!(unit, Unit::Week | Unit::Month | Unit::Year)
                    && i >= 2
                    && doc.word(i - 2) == "over"
                    && doc.word(k + 1) != "or") =>
        {
            (
                Expr::Duration {
                    amount: super::super::expr::Amount::Count(1),
                    unit,
                },
                "the-next-unit",
            )
        }
        // "the last day of school", "the last day to register": the final one of something,
        // not yesterday.
        (Lex::Word(Word::Last | Word::Latest), true) if matches!(unit, Unit::Day | Unit::Night) => {
            return;
        }
        (Lex::Word(Word::Last | Word::Past | Word::Latest), true) => {
            if unit == Unit::Quarter {
                (
                    Expr::QuarterRef {
                        kind: super::super::expr::QuarterRef::Latest,
                        year: None,
                    },
                    "latest-quarter",
                )
            } else {
                let expr = Expr::Relative {
                    unit,
                    offset: -1,
                    reckoning: Reckoning::Trailing,
                };
                (expr, "the-past-unit")
            }
        }
        (Lex::Word(Word::Next | Word::Coming), false) => (relative(unit, 1), "next-unit"),
        (Lex::Word(Word::Coming), true) => (relative(unit, 1), "the-coming-unit"),
        // "until the next fiscal year begins": an institution's year is counted from now,
        // not from a year the sentence names ("the money for year 2000 repairs").
        (Lex::Word(Word::Next), true) if fiscal => (relative(unit, 1), "the-next-unit"),
        (Lex::Word(Word::Next | Word::Following), true) => (narrative(unit, 1), "the-next-unit"),
        (Lex::Word(Word::Previous), true) => (narrative(unit, -1), "the-previous-unit"),
        (Lex::Word(Word::That), false) => (narrative(unit, 0), "that-unit"),
        (Lex::Word(Word::Same), true) => (narrative(unit, 0), "the-same-unit"),
        _ => return,
    };
    // "the next week" is mostly a duration ("over the next week"); only days and larger
    // units read as narrative steps reliably. Weeks stay, the duration rule also proposes.
    if matches!(unit, Unit::Second | Unit::Minute | Unit::Hour | Unit::Night) {
        return;
    }
    let start = if the { i - 1 } else { i };
    // "earlier that day", "later that year", "early this week", "late last year".
    let (start, modifier) = match part_in {
        Some((s, m)) if matches!(unit, Unit::Decade | Unit::Century) => (s, Some(m)),
        _ => position_before(doc, start),
    };
    let mut end = k + 1;
    // "this weekend's", "last year's": the possessive is not part of the expression.
    if end < doc.len() && doc.apostrophe_s(end) {
        end = k + 1;
    }
    // "the next year or so": about that period.
    let about = doc.is(end, Word::Or) && doc.word(end + 1) == "so";
    if about {
        end += 2;
    }
    let mut c = Candidate::new(start, end, expr, rule);
    // "earlier that day" places nothing more precisely than the day; TimeML keeps no mod.
    c.modifier = match (modifier, doc.lex(start)) {
        (Some(_), Lex::Word(Word::Earlier | Word::Later))
            if matches!(expr, Expr::Narrative { .. }) =>
        {
            None
        }
        (m, _) => m,
    };
    if about && c.modifier.is_none() {
        c.modifier = Some(Mod::Approx);
    }
    out.push(c);
}

fn narrative(unit: Unit, offset: i32) -> Expr {
    Expr::Narrative {
        unit,
        offset,
        comparison: false,
    }
}

/// "three years ago", "a year earlier", "two days later", "six weeks ago", "five months
/// from now", "in two weeks' time", "the day before".
fn counted_shift(doc: &Doc, i: usize, out: &mut Vec<Candidate>) {
    let (amount, mut j) = match amount_at(doc, i) {
        Some(found) => found,
        // "just months ago", "weeks ago": a count left unsaid, as in "a few weeks ago".
        // ("66 million years ago" is geology's, with a count this rule cannot read.)
        None if matches!(doc.unit(i), Some((u, true)) if u >= Unit::Day)
            && doc.is(i + 1, Word::Ago)
            && !(i > 0 && amount_at(doc, i - 1).is_some())
            && !super::amount::vast_count_before(doc, i) =>
        {
            (Amount::Some, i)
        }
        None => return,
    };
    // Amounts continue an earlier amount ("twenty-four" starts at "twenty"), not "four".
    if i > 0 && amount_at(doc, i - 1).is_some_and(|(_, n)| n > i) {
        return;
    }
    // "1.3 seconds later": too fine a figure to place a date by; the duration rule has it.
    if matches!(amount, Amount::Hundredths(_)) {
        return;
    }
    let mut amount = amount;
    let mut half_end = None;
    if let Some(after) = and_a_half(doc, j + 1) {
        if let (Amount::Count(n), Some(_)) = (amount, doc.unit(j)) {
            amount = Amount::Half(n);
            half_end = Some(after);
        }
    }
    let Some((unit, plural)) = doc.unit(j) else {
        return;
    };
    // "an hour ago": without the time of publication there is nothing to count from; the
    // duration rule keeps the amount. "about 20 minutes later", after a clock time the story
    // told, is a time: the resolver counts from that clock time, and keeps the amount when
    // the story told none.
    if unit < Unit::Day {
        let later = match doc.lex(j + 1) {
            Lex::Word(Word::Later) => 1,
            Lex::Word(Word::Earlier) => -1,
            _ => return,
        };
        let (Amount::Count(n), Unit::Hour | Unit::Minute) = (amount, unit) else {
            return;
        };
        // "later than planned"; "sunset comes two minutes later each evening", a shift that
        // recurs: the amount, the duration rule's.
        // (Two days of hours or four of minutes at most: "50 minutes later" is a clock time.)
        let most = if unit == Unit::Hour { 48 } else { 240 };
        if doc.is(j + 2, Word::Than) || n > most || matches!(doc.word(j + 2), "each" | "every") {
            return;
        }
        let (start, modifier) = match doc.lex(i.wrapping_sub(1)) {
            Lex::Word(Word::About | Word::Around | Word::Roughly) => (i - 1, Some(Mod::Approx)),
            _ => (i, None),
        };
        let mut c = Candidate::new(
            start,
            j + 2,
            Expr::Narrative {
                unit,
                offset: later * n as i32,
                comparison: false,
            },
            rule_name::CLOCK_LATER,
        );
        c.modifier = modifier;
        out.push(c);
        return;
    }
    if matches!(amount, Amount::Count(1)) == plural
        && !matches!(amount, Amount::Some)
        && half_end.is_none()
    {
        // "one days" or "three day" (the latter is the adjective "three-day"): not a shift.
        if !(plural && matches!(amount, Amount::Count(n) if n != 1)) {
            return;
        }
    }
    // "a year and a half ago": the shift word follows the half.
    j = half_end.unwrap_or(j + 1);
    // "a week later than planned", "two days earlier than expected": a difference, the
    // amount the duration rule keeps.
    if matches!(doc.lex(j), Lex::Word(Word::Later | Word::Earlier)) && doc.is(j + 1, Word::Than) {
        return;
    }
    // "moves about 11 days earlier each year": a shift that recurs is an amount, no date.
    if matches!(doc.lex(j), Lex::Word(Word::Later | Word::Earlier))
        && (matches!(doc.word(j + 1), "each" | "every")
            || (matches!(doc.lex(j + 1), Lex::Word(Word::A | Word::Per))
                && doc.unit(j + 2).is_some()))
    {
        return;
    }
    let (sign, narrative_ref, end) = match doc.lex(j) {
        Lex::Word(Word::Ago) => (-1, false, j + 1),
        // "idle two plants for a week later this month": "later" opens an expression of its
        // own ("later this month", "earlier today"), and the amount before it is a duration.
        Lex::Word(Word::Earlier | Word::Later)
            if super::position::opens_after_earlier(doc, j + 1) =>
        {
            return;
        }
        Lex::Word(Word::Earlier) => (-1, true, j + 1),
        Lex::Word(Word::Later) => (1, true, j + 1),
        Lex::Word(Word::Before) if clause_ends(doc, j + 1) => (-1, true, j + 1),
        Lex::Word(Word::After) if clause_ends(doc, j + 1) => (1, true, j + 1),
        // ("every three months from now on": henceforth, not a day three months away.)
        Lex::Word(Word::From) if doc.is(j + 1, Word::Now) && doc.word(j + 2) != "on" => {
            (1, false, j + 2)
        }
        // "a year from today", "six months from today": publication's day, so many months
        // on. (Days and weeks counted from a day are the refiner's: "a week from Tuesday".)
        Lex::Word(Word::From)
            if doc.is(j + 1, Word::Today)
                && matches!(unit, Unit::Month | Unit::Year | Unit::Decade) =>
        {
            (1, false, j + 2)
        }
        Lex::Word(Word::Hence) => (1, false, j + 1),
        // "a week or so ago"
        Lex::Word(Word::Or) if doc.word(j + 1) == "so" && doc.is(j + 2, Word::Ago) => {
            (-1, false, j + 3)
        }
        _ => {
            // "in two weeks' time", "in a week's time"
            let in_before = i > 0 && doc.is(i - 1, Word::In) && doc.apostrophe(j);
            if in_before && doc.is(j + 1, Word::Time) {
                (1, false, j + 2)
            } else if in_before && doc.word(j + 1) == "s" && doc.is(j + 2, Word::Time) {
                (1, false, j + 3)
            } else {
                return;
            }
        }
    };
    let mut start = i;
    let mut modifier = None;
    if i > 0 {
        modifier = match doc.lex(i - 1) {
            Lex::Word(Word::About | Word::Around | Word::Roughly) => Some(Mod::Approx),
            Lex::Word(Word::Nearly | Word::Almost) => Some(Mod::Approx),
            _ => None,
        };
        if modifier.is_some() {
            start = i - 1;
        } else if i >= 2 && doc.is(i - 1, Word::Than) && doc.is(i - 2, Word::More) {
            start = i - 2;
            modifier = Some(Mod::Before);
        } else if sign < 0 && i >= 2 && doc.is(i - 1, Word::Than) && doc.is(i - 2, Word::Less) {
            // "re-elected less than a year ago": after the point a year back.
            start = i - 2;
            modifier = Some(Mod::After);
        } else if sign < 0 && matches!(doc.lex(i - 1), Lex::Word(Word::Over | Word::Under)) {
            // "just over a year ago", "under two weeks ago"
            start = if i >= 2 && doc.word(i - 2) == "just" {
                i - 2
            } else {
                i - 1
            };
            modifier = Some(if doc.is(i - 1, Word::Over) {
                Mod::Before
            } else {
                Mod::After
            });
        }
    }
    if doc.word(end - 2) == "so" {
        modifier = Some(Mod::Approx);
    }
    // "a year ago this week", "two years ago today": the week or day of publication, moved.
    // "Twenty years ago tonight", "fifty years ago this morning": the anniversary story's
    // day, and the part of it.
    let mut end = end;
    let from_today = doc.is(end - 1, Word::Today) && doc.is(end - 2, Word::From);
    let mut keep = from_today.then_some(Unit::Day);
    let mut time = None;
    let mut on = None;
    if !narrative_ref
        && !from_today
        && matches!(
            unit,
            Unit::Week | Unit::Month | Unit::Year | Unit::Decade | Unit::Century
        )
    {
        if let Some((part, after)) = publication_day_after(doc, end) {
            keep = Some(Unit::Day);
            time = part;
            end = after;
        } else if let (Lex::Weekday(w), true, true) = (
            doc.lex(end),
            sign < 0,
            matches!(unit, Unit::Year | Unit::Decade | Unit::Century),
        ) {
            // "Fifty years ago Sunday, Apollo 11 landed": the anniversary falls on the
            // weekday nearest publication; the day is that one, so many years back.
            keep = Some(Unit::Day);
            on = Some(w);
            end += 1;
        }
        match doc.lex(end) {
            _ if keep.is_some() => {}
            Lex::Word(Word::This) => {
                if let Some((u @ (Unit::Week | Unit::Weekend | Unit::Month), false)) =
                    doc.unit(end + 1)
                {
                    if u < unit {
                        keep = Some(u);
                        end += 2;
                    }
                }
            }
            _ => {}
        }
    }
    let expr = if narrative_ref && matches!(unit, Unit::Decade | Unit::Century) {
        // "a decade earlier" is ten years before the story's year, as "a decade ago" is ten
        // years before publication: a year, not the decade before the story's decade. So is
        // "a century later" a hundred years on.
        let years = if unit == Unit::Decade { 10 } else { 100 };
        Expr::Narrative {
            unit: Unit::Year,
            offset: sign * years * count(amount),
            comparison: false,
        }
    } else if narrative_ref {
        // "a year earlier" compares figures with the period a year before; "two years
        // later" moves the story on, by whole units.
        Expr::Narrative {
            unit,
            offset: sign * count(amount),
            comparison: sign < 0 && count(amount) == 1,
        }
    } else {
        Expr::Ago {
            amount,
            unit,
            sign,
            keep,
            on,
        }
    };
    let mut c = Candidate::new(
        start,
        end,
        expr,
        if narrative_ref {
            "units-earlier"
        } else {
            "units-ago"
        },
    );
    c.modifier = modifier;
    c.time = time;
    out.push(c);
}

/// "today", "tonight", "this morning" right after a shift from publication ("a week ago
/// today", "twenty years ago tonight", "fifty years ago this morning"): the shift keeps
/// publication's day, and the part of it named. The part and the token after the words.
pub(super) fn publication_day_after(doc: &Doc, i: usize) -> Option<(Option<TimeOfDay>, usize)> {
    match doc.lex(i) {
        Lex::Word(Word::Today) => Some((None, i + 1)),
        Lex::Word(Word::Tonight) => Some((Some(TimeOfDay::Part(PartOfDay::Night)), i + 1)),
        Lex::Word(Word::This) => {
            part_of_day(doc, i + 1).map(|part| (Some(TimeOfDay::Part(part)), i + 2))
        }
        _ => None,
    }
}

/// "On this day in 1969", "this week in 1944", "On this date in 1776", "this month in 1989":
/// publication's day, week or month in the year stated, as history columns date their
/// anniversaries.
fn this_day_in(doc: &Doc, i: usize, out: &mut Vec<Candidate>) {
    if !doc.is(i, Word::This) {
        return;
    }
    let unit = match doc.unit(i + 1) {
        Some((u @ (Unit::Day | Unit::Week | Unit::Month), false)) => u,
        _ if doc.word(i + 1) == "date" => Unit::Day,
        _ => return,
    };
    if !doc.is(i + 2, Word::In) {
        return;
    }
    let Some((year, end)) = super::calendar::year_at(doc, i + 3) else {
        return;
    };
    out.push(Candidate::new(
        i,
        end,
        Expr::SameIn { unit, year },
        "this-day-in",
    ));
}

fn count(amount: Amount) -> i32 {
    match amount {
        Amount::Count(n) | Amount::Half(n) => n as i32,
        Amount::Hundredths(h) => (h / 100) as i32,
        Amount::Some => 0,
    }
}

/// Nothing but punctuation or the end of the sentence follows: "the day before." as opposed
/// to "the day before the vote".
fn clause_ends(doc: &Doc, i: usize) -> bool {
    i >= doc.len() || (!doc.is_word(i) && !doc.is_number(i)) || doc.sentence_start(i)
}

#[cfg(test)]
pub(super) const EXAMPLES: &[super::examples::Example] = &[
    // A decade the story named is no year of its own: "the start of the year" is
    // publication's.
    (
        "2001-03-19",
        "Hiring boomed in the late 1990s. Companies have announced more than 200,000 job cuts since the start of the year.",
        "the start of the year",
        "DATE 2001 START",
    ),
    // A count still running since the start of the year is of publication's year, whatever
    // year the story last named; one that had run is the story's.
    (
        "2007-08-09",
        "The lender made $7.2 billion in loans last year, up from $1.9 billion in 2003. At least 40 lenders have closed since the start of the year.",
        "the start of the year",
        "DATE 2007 START",
    ),
    (
        "2007-08-09",
        "The mill opened in May 1937. Output had doubled since the start of the year.",
        "the start of the year",
        "DATE 1937 START",
    ),
    // A day in a relative clause set off by commas is background: the story stays put.
    (
        "1991-08-20",
        "The dollar, which surged on Monday, eased in late morning, and bonds slipped after rallying the day before.",
        "the day before",
        "DATE 1991-08-19",
    ),
    // A forecast is of what lies ahead of it, with its object between it and "for".
    (
        "2000-04-13",
        "The Meteorological Department forecast thunderstorms for this weekend.",
        "this weekend",
        "DATE 2000-W15-WE",
    ),
    // A school's year is named by the year it begins in.
    (
        "1992-02-26",
        "Enrollment climbed from 5,100 in 1985 to 7,300 this school year.",
        "this school year",
        "DATE 1991",
    ),
    (
        "1997-01-29",
        "The district must send its calendar for next school year to the state by March 1.",
        "next school year",
        "DATE 1997",
    ),
    (
        "1999-09-17",
        "Teachers worked without a contract through last academic year.",
        "last academic year",
        "DATE 1998",
    ),
    // A day a span of the calendar holds, told in a relative clause, does not move the story.
    (
        "2002-03-30",
        "Schools reopen Monday, April 8, after a one-week recess that includes Easter, and the board will take up the budget later that week.",
        "later that week",
        "DATE 2002-W15",
    ),
    // A narrative step counts from a day told in the past perfect later in its sentence, not
    // from the day of the saying told before it.
    (
        "1998-08-07",
        "Police said on Thursday that 14 people had been detained after the unrest, which \
         began late Wednesday and went on until shortly after 2 a.m. the following morning.",
        "2 a.m. the following morning",
        "TIME 1998-08-06T02:00",
    ),
    // "the holiday weekend" in a story that named a holiday is that holiday's weekend, when
    // it is near publication (not another country's holiday nearer).
    (
        "2001-08-26",
        "County offices will be closed on Labor Day. Volunteers said they would work through \
         the holiday weekend.",
        "the holiday weekend",
        "DATE 2001-W35-WE",
    ),
    // "this week" said on a Sunday of what is to come: the week that starts the next day;
    // told as past, the week ending that Sunday.
    (
        "2003-10-12",
        "The Commerce Department reports new-home sales this week.",
        "this week",
        "DATE 2003-W42",
    ),
    (
        "1989-11-12",
        "East Germans who had crossed into the West this week returned home.",
        "this week",
        "DATE 1989-W45",
    ),
    // "the calendar year", as against a fiscal one: the story's year.
    (
        "1997-04-10",
        "He said version 8 would ship by the end of the calendar year.",
        "the end of the calendar year",
        "DATE 1997 END",
    ),
    // "the next fiscal year" is counted from publication, not from a year the sentence names.
    (
        "1998-08-07",
        "Congress approved $2.25 billion for year 2000 repairs, but it cannot be spent until the next fiscal year.",
        "the next fiscal year",
        "DATE 1999",
    ),
    // A dateline a day before publication is the day the story was written: its "today".
    (
        "1989-08-05",
        "WASHINGTON, Aug. 4 (AP) -- Congress passed the savings and loan bill today.",
        "today",
        "DATE 1989-08-04",
    ),
    (
        "1989-08-05",
        "Congress passed the savings and loan bill today, ending talks begun Aug. 4.",
        "today",
        "DATE 1989-08-05",
    ),
    // A shift that recurs is an amount.
    (
        "1994-02-15",
        "Sunset was at 5:30 p.m. Tuesday, and it will come about two minutes later each evening.",
        "about two minutes",
        "DURATION PT2M APPROX",
    ),
    // A season of play is dated by its year.
    (
        "2006-07-12",
        "He is hitting .318 with 19 home runs this season.",
        "this season",
        "DATE 2006",
    ),
    (
        "2006-01-12",
        "San Francisco went 4-12 last season and has not reached the playoffs since 2002.",
        "last season",
        "DATE 2005",
    ),
    // In a story about the flu, the season is the winter.
    (
        "2013-01-16",
        "Flu cases rose again last week. The main strain this season is an H3N2 virus.",
        "this season",
        "DATE 2012-WI",
    ),
    (
        "2019-11-20",
        "Influenza killed 61 children in the state in the whole of last season.",
        "last season",
        "DATE 2018-WI",
    ),
    (
        "2004-11-10",
        "Flu clinics opened across the county on Monday. Pharmacies expect a rush. Suppliers will ship about 60 million doses this season, the health department said. The flu usually peaks in February.",
        "this season",
        "DATE 2004-WI",
    ),
    (
        "2019-05-02",
        "The orchestra will tour Asia next season.",
        "next season",
        "DATE 2020",
    ),
    // So does "the same day" looking ahead.
    (
        "2005-12-19",
        "The new line will open on Jan. 9. On Friday the board approved the date. Bus routes will change on the same day.",
        "the same day",
        "DATE 2006-01-09",
    ),
    // "early in the next century": a part of the calendar's century.
    (
        "1999-06-10",
        "Final results may not be in until early in the next century.",
        "early in the next century",
        "DATE 20 START",
    ),
    // "for the month" after a month told is that month.
    (
        "1995-06-20",
        "Exports rose 4 percent in May, and the ministry reported a trade deficit of 900 million dollars for the month.",
        "the month",
        "DATE 1995-05",
    ),
    // An appositive "the year" names the year just written.
    (
        "2022-02-24",
        "Oil topped $100 for the first time since 2014, the year Russia annexed Crimea.",
        "the year",
        "DATE 2014",
    ),
    // "throughout the day" is the whole of the story's day.
    (
        "2016-03-15",
        "The parade steps off on Thursday. Buses will be detoured throughout the day.",
        "the day",
        "DATE 2016-03-17",
    ),
    // After a verb of saying, "the day before" may stand before the reported clause.
    (
        "2008-02-06",
        "The senator lost Tuesday. She had predicted the day before that she would win.",
        "the day before",
        "DATE 2008-02-04",
    ),
    (
        "2019-04-13",
        "The council had said the day before it would rule for two years.",
        "the day before",
        "DATE 2019-04-12",
    ),
    // The verb of the clause "the night before" sat in ends it: "before" has no object.
    (
        "1989-10-14",
        "The blast struck on Oct. 12. A fan shut down for maintenance the night before had never been restarted.",
        "the night before",
        "TIME 1989-10-11TNI",
    ),
    (
        "2017-11-03",
        "The train crashed on Aug. 23, 2016. A signal upgrade installed the week before was not certified.",
        "the week before",
        "DATE 2016-W33",
    ),
    // What was predicted or forecast, a one-word object before the date, lies ahead of the
    // forecast; a pronoun after the verb is whom it was told, and the date the telling's.
    (
        "2000-11-08",
        "Forecasters predicted frost this weekend.",
        "this weekend",
        "DATE 2000-W45-WE",
    ),
    // In apposition to a day just named, "the day before" or "the day after" is that day,
    // whatever event follows, and whatever the story's day is; before a holiday it is the
    // holiday rule's.
    (
        "2021-06-20",
        "A ribbon-cutting is planned for 10 a.m. on June 26, the day before service begins.",
        "the day before",
        "DATE 2021-06-26",
    ),
    (
        "2021-08-27",
        "About 120,000 people have been flown out since Aug. 14, the day before the rebels \
         took the capital.",
        "the day before",
        "DATE 2021-08-14",
    ),
    (
        "2005-07-11",
        "Most of the men were killed on July 12, 1995, the day after the town fell.",
        "the day after",
        "DATE 1995-07-12",
    ),
    (
        "2002-11-26",
        "Airports expect their busiest day on Wednesday, the day before Thanksgiving.",
        "Wednesday",
        "DATE 2002-11-27",
    ),
    // A preposition or conjunction after "before" starts no object.
    (
        "2017-01-07",
        "The storm hit Friday. The city had sent half its plow drivers home the day before in an overtime dispute.",
        "the day before",
        "DATE 2017-01-05",
    ),
    (
        "1996-04-24",
        "Haney was found dead April 22. Prosecutors say Tully shot Haney the night before after Haney threatened to report him.",
        "the night before",
        "TIME 1996-04-21TNI",
    ),
    // "less than" and "just over" a time ago bound it from either side.
    (
        "2004-03-12",
        "Davis, who was re-elected less than a year ago, lost the recall vote.",
        "less than a year ago",
        "DATE 2003 AFTER",
    ),
    (
        "2017-05-08",
        "He founded his movement just over a year ago.",
        "just over a year ago",
        "DATE 2016 BEFORE",
    ),
    // The month a change is measured from ("fell 0.4 percent from December") is not the one
    // reported; "a year earlier" compares with the reported one.
    (
        "2013-03-14",
        "Industrial output in January fell 0.4 percent from December, and was down 2.4 percent from a year earlier.",
        "a year earlier",
        "DATE 2012-01",
    ),
    // A part of the next or last decade is a part of the calendar's decade, not of the ten
    // years ahead or behind.
    (
        "1999-03-10",
        "Output will peak by the middle of the next decade.",
        "the middle of the next decade",
        "DATE 200 MID",
    ),
    (
        "1999-03-10",
        "It rose in the first part of the week.",
        "the first part of the week",
        "DATE 1999-W10 START",
    ),
    // A financial or business year is a fiscal one when a word places it.
    (
        "1989-05-24",
        "The company forecast a 10 pct rise in profit for the current business year.",
        "the current business year",
        "DATE 1989",
    ),
    (
        "1989-05-24",
        "Profit rose in the last financial year.",
        "the last financial year",
        "DATE 1988",
    ),
    // The small hours belong to the night begun the evening before; "the night before" is
    // still counted from the day.
    (
        "1991-01-28",
        "It started to rain on the afternoon of Jan. 9. At about 2 a.m. the water came through the door. They spent that night on the roof.",
        "that night",
        "TIME 1991-01-09TNI",
    ),
    (
        "1992-10-27",
        "He was shot at 2 a.m. Jan. 12. The two men had argued inside the club the night before.",
        "the night before",
        "TIME 1992-01-11TNI",
    ),
    // Said on a Sunday, a weekend still to come is the next one.
    (
        "1995-04-16",
        "Rain moves in Monday, but temperatures should climb into the 60s by the weekend.",
        "the weekend",
        "DATE 1995-W16-WE",
    ),
    // What is done "for the weekend" at the week's end is done for the one ahead.
    (
        "2025-09-19",
        "The judge sent jurors home for the weekend this afternoon.",
        "the weekend",
        "DATE 2025-W38-WE",
    ),
    // "the first weekend of May": the weekend of the month's first Saturday.
    (
        "2013-03-20",
        "The first weekend of May brings the derby to town.",
        "The first weekend of May",
        "DATE 2013-W18-WE",
    ),
    (
        "2013-03-20",
        "The fair takes over the park on the last weekend of June.",
        "the last weekend of June",
        "DATE 2013-W26-WE",
    ),
    // "the last week of May": the week around the middle of those seven days.
    (
        "2024-04-10",
        "Construction will begin in the last week of May.",
        "the last week of May",
        "DATE 2024-W22",
    ),
    (
        "2024-04-10",
        "Enrollment opens the second week of June.",
        "the second week of June",
        "DATE 2024-W24",
    ),
    // Two units away: "the week after next", "the weekend before last".
    (
        "2024-04-10",
        "The museum reopens the week after next.",
        "the week after next",
        "DATE 2024-W17",
    ),
    (
        "2024-04-10",
        "The weekend before last, two hikers went missing.",
        "The weekend before last",
        "DATE 2024-W13-WE",
    ),
    (
        "2024-04-10",
        "Sales fell in the year before last.",
        "the year before last",
        "DATE 2022",
    ),
    // "the week ending Sept. 23" is the week of that date.
    (
        "2023-09-25",
        "Hospitals reported 41 admissions in the week ending Sept. 23.",
        "the week ending Sept. 23",
        "DATE 2023-W38",
    ),
    // "the same weekend last year": the story's weekend (or month, or day), a year back.
    (
        "2006-05-30",
        "Films took in $240 million over the Memorial Day weekend, up 11 percent from the same weekend last year.",
        "the same weekend last year",
        "DATE 2005-W21-WE",
    ),
    // A week a year back is the week of the same number.
    (
        "1997-12-20",
        "Sales rose 3.1 percent in the week ended Dec. 13 from the same week a year earlier.",
        "the same week a year earlier",
        "DATE 1996-W50",
    ),
    (
        "2024-03-12",
        "Sales on Monday rose 8 percent from the same day last year. Stores opened at 6 a.m.",
        "6 a.m.",
        "TIME 2024-03-11T06:00",
    ),
    // A day's figures are compared with the same weekday a year back, or on a shopping
    // holiday with that holiday; not in an anniversary.
    (
        "2024-03-12",
        "Sales on Monday rose 8 percent from the same day last year. Stores opened at 6 a.m.",
        "the same day last year",
        "DATE 2023-03-13",
    ),
    (
        "1996-11-30",
        "Sales on Friday, the day after Thanksgiving, rose 5 percent from the same day last year.",
        "the same day last year",
        "DATE 1995-11-24",
    ),
    (
        "2024-03-12",
        "He was arrested on Monday, and on the same day last year his brother was charged.",
        "the same day last year",
        "DATE 2023-03-11",
    ),
    // A day named by its weekday is that weekday a year back, the one nearest the date.
    (
        "2009-12-21",
        "Takings at the mall on Saturday were down 3 percent from the same Saturday last year.",
        "the same Saturday last year",
        "DATE 2008-12-20",
    ),
    (
        "2016-06-08",
        "Turnout on Sunday was lower than on the same Sunday a year earlier.",
        "the same Sunday a year earlier",
        "DATE 2015-06-07",
    ),
    (
        "2014-06-06",
        "Sales in May rose 4 percent from the same month a year earlier.",
        "the same month a year earlier",
        "DATE 2013-05",
    ),
    // "the next day" counts from the last day told, even several sentences back.
    (
        "2020-03-13",
        "The envoy landed in Paris on Monday. Talks began at once. Aides were upbeat. The mood soured. Tempers flared. The next day, he flew home.",
        "The next day",
        "DATE 2020-03-10",
    ),
    // "late" after a count of time is the count's: the day is not qualified.
    (
        "2014-01-06",
        "Because of the cold, classes will start two hours late tomorrow.",
        "tomorrow",
        "DATE 2014-01-07",
    ),
    // A flashback in the past perfect does not move the story's clock times, but "the next
    // day" still counts from the day it names.
    (
        "2020-03-13",
        "Police said the man had flown to Paris on Monday. The next day, he rented a car.",
        "The next day",
        "DATE 2020-03-10",
    ),
    (
        "2018-08-08",
        "Paul has been away from Moscow all week.",
        "all week",
        "DATE 2018-W32",
    ),
    (
        "2018-08-08",
        "He met officials in Moscow this week.",
        "this week",
        "DATE 2018-W32",
    ),
    // "earlier" and "later" before the period of writing belong to the expression.
    (
        "2018-08-08",
        "Earlier this month, the board rejected the offer.",
        "Earlier this month",
        "DATE 2018-08 START",
    ),
    (
        "2018-08-08",
        "The company expects to close the sale later this year.",
        "later this year",
        "DATE 2018 END",
    ),
    (
        "2018-08-08",
        "The minister will meet the rebels later today.",
        "later today",
        "DATE 2018-08-08 END",
    ),
    // ... but not after a count: "two days later" is a date of its own.
    (
        "2018-08-08",
        "The strike began on July 30. Two days later Wednesday's talks collapsed.",
        "Two days later",
        "DATE 2018-08-01",
    ),
    (
        "2008-10-20",
        "The index is still up 4 percent year-to-date.",
        "year-to-date",
        "DATE 2008",
    ),
    // A step from the story's day, when nothing follows to anchor it.
    (
        "1992-01-20",
        "Hughes was shot on Jan. 12. The two men had argued inside the club the night before, according to testimony.",
        "the night before",
        "TIME 1992-01-11TNI",
    ),
    (
        "1992-01-20",
        "Hughes was shot on Jan. 12. The day before, police had warned him.",
        "The day before",
        "DATE 1992-01-11",
    ),
    (
        "2019-07-25",
        "North Korea fired two missiles early Thursday. Earlier in the day, Japan said none had landed in its waters.",
        "Earlier in the day",
        "DATE 2019-07-25 START",
    ),
    // "the holiday weekend": the weekend a public holiday near publication makes.
    (
        "1999-11-22",
        "Amtrak has added 40 trains for the holiday weekend.",
        "the holiday weekend",
        "DATE 1999-W47-WE",
    ),
    (
        "2000-08-20",
        "Engineering works will close the line for nine days, including the bank holiday weekend.",
        "the bank holiday weekend",
        "DATE 2000-W34-WE",
    ),
    (
        "2005-09-07",
        "Traffic deaths rose over the holiday weekend.",
        "the holiday weekend",
        "DATE 2005-W35-WE",
    ),
    (
        "1990-09-03",
        "Troopers will be out in force tonight as travelers head home from the long holiday weekend.",
        "the long holiday weekend",
        "DATE 1990-W35-WE",
    ),
    // A fortnight is no period of the calendar: "the past fortnight" is two weeks.
    (
        "1997-11-20",
        "Over the past fortnight, prices have fallen sharply.",
        "the past fortnight",
        "DURATION P2W",
    ),
    // Told in the past in a story back in history, "the end of the year" is the story's.
    (
        "2009-06-26",
        "The bridge opened in May 1937. By the end of the year, more than a million people had crossed it.",
        "the end of the year",
        "DATE 1937 END",
    ),
    (
        "2009-06-26",
        "The bridge opened in May 1937. By the end of the decade, traffic had tripled.",
        "the end of the decade",
        "DATE 193 END",
    ),
    (
        "2009-06-26",
        "Sales fell 5 percent in 2005. The company expects to return to profit by the end of the year.",
        "the end of the year",
        "DATE 2009 END",
    ),
    // A start point measured from and the day of a report are not the story's month.
    (
        "2018-04-06",
        "The rate is the lowest since December 2000. Earnings rose 2.7 percent in March, from 2.6 percent in the prior month.",
        "the prior month",
        "DATE 2018-02",
    ),
    (
        "2018-04-06",
        "Employers added 103,000 jobs in March, the Labor Department said on Friday, as cold weather early in the month held back hiring.",
        "early in the month",
        "DATE 2018-03 START",
    ),
    // A step forward in a narrative moves the story there: the next step counts from it.
    (
        "2016-10-14",
        "Smith was hired in 2009. Two years later he left. A year later he returned.",
        "A year later",
        "DATE 2012",
    ),
    (
        "2016-10-14",
        "Smith was hired in 2009. Three years later, he was promoted, and the following year he became chief executive.",
        "the following year",
        "DATE 2013",
    ),
    // "early in the month", "late in the year": the story's month or year, at one end.
    (
        "1989-12-28",
        "Stores that slashed prices early in the month had little left by Christmas.",
        "early in the month",
        "DATE 1989-12 START",
    ),
    (
        "2018-08-08",
        "The company expects to close the deal late in the year.",
        "late in the year",
        "DATE 2018 END",
    ),
    (
        "2022-09-12",
        "The city has had 312 homicides so far, compared with 290 at this point last year.",
        "this point last year",
        "DATE 2021-09-12 APPROX",
    ),
    (
        "2022-09-12",
        "The firm has until the end of the day Friday to respond.",
        "the end of the day Friday",
        "DATE 2022-09-16 END",
    ),
    (
        "2022-09-12",
        "Officials expect a decision by the end of the day.",
        "the end of the day",
        "DATE 2022-09-12 END",
    ),
    // Half years are counted in months.
    (
        "2021-04-14",
        "The company went public a year and a half ago.",
        "a year and a half ago",
        "DATE 2019-10",
    ),
    (
        "2021-04-14",
        "Two and a half years ago, the plant closed.",
        "Two and a half years ago",
        "DATE 2018-10",
    ),
    // A difference, not a step: "later than planned".
    (
        "2023-06-15",
        "The 1918 flu pandemic killed millions. A century later, scientists still study it.",
        "A century later",
        "DATE 2018",
    ),
    (
        "2021-09-02",
        "Schools will reopen on Sept. 8, a week later than planned.",
        "a week",
        "DURATION P1W",
    ),
    (
        "1989-10-26",
        "The plants will be closed over the next year or so.",
        "the next year or so",
        "DATE 1990 APPROX",
    ),
    // An unstated count: the past, unplaced.
    (
        "1989-10-20",
        "The company, which just months ago was losing money, now expects a profit.",
        "months ago",
        "DATE PAST_REF",
    ),
    (
        "2020-07-08",
        "Over the next decade, the city will spend $2 billion on transit.",
        "the next decade",
        "DURATION P10Y",
    ),
    // "the next century" is the calendar's, the century about to begin.
    (
        "1997-09-14",
        "Health officials say a new pandemic is all but certain in the next century.",
        "the next century",
        "DATE 20",
    ),
    // A weekend counted from the story's day or from publication is a weekend, not its week.
    (
        "2018-04-04",
        "The storm hit on Saturday, March 3. That weekend, crews worked nonstop.",
        "That weekend",
        "DATE 2018-W09-WE",
    ),
    (
        "2018-04-04",
        "Two weekends ago, the river flooded.",
        "Two weekends ago",
        "DATE 2018-W12-WE",
    ),
    (
        "2018-08-08",
        "The deal collapsed last week.",
        "last week",
        "DATE 2018-W31",
    ),
    (
        "2018-08-08",
        "Talks resume next week.",
        "next week",
        "DATE 2018-W33",
    ),
    (
        "2018-08-08",
        "Sales fell last month.",
        "last month",
        "DATE 2018-07",
    ),
    (
        "2018-08-08",
        "Prices rose this month.",
        "this month",
        "DATE 2018-08",
    ),
    (
        "2018-08-08",
        "The law takes effect next month.",
        "next month",
        "DATE 2018-09",
    ),
    (
        "2018-08-08",
        "Exports fell last year.",
        "last year",
        "DATE 2017",
    ),
    (
        "2018-08-08",
        "Growth will slow next year.",
        "next year",
        "DATE 2019",
    ),
    (
        "2018-08-08",
        "Turnout was low this year.",
        "this year",
        "DATE 2018",
    ),
    (
        "2018-08-08",
        "The plan was unveiled today.",
        "today",
        "DATE 2018-08-08",
    ),
    (
        "2018-08-08",
        "The minister resigned yesterday.",
        "yesterday",
        "DATE 2018-08-07",
    ),
    (
        "2018-08-08",
        "Voting ends tomorrow.",
        "tomorrow",
        "DATE 2018-08-09",
    ),
    (
        "2018-08-08",
        "The president speaks tonight.",
        "tonight",
        "TIME 2018-08-08TNI",
    ),
    (
        "2018-08-08",
        "Fighting raged last night.",
        "last night",
        "TIME 2018-08-07TNI",
    ),
    (
        "2018-08-08",
        "The fire broke out this morning.",
        "this morning",
        "TIME 2018-08-08TMO",
    ),
    (
        "2018-08-08",
        "He left yesterday afternoon.",
        "yesterday afternoon",
        "TIME 2018-08-07TAF",
    ),
    (
        "2018-08-08",
        "The talks broke down late yesterday.",
        "late yesterday",
        "DATE 2018-08-07 END",
    ),
    (
        "2018-08-08",
        "The day before yesterday was hot.",
        "The day before yesterday",
        "DATE 2018-08-06",
    ),
    (
        "2018-08-08",
        "The firm was founded three years ago.",
        "three years ago",
        "DATE 2015",
    ),
    (
        "2018-08-08",
        "The fire started two days ago.",
        "two days ago",
        "DATE 2018-08-06",
    ),
    (
        "2018-08-08",
        "She left six weeks ago.",
        "six weeks ago",
        "DATE 2018-W26",
    ),
    (
        "2018-08-08",
        "The merger closed two months ago.",
        "two months ago",
        "DATE 2018-06",
    ),
    (
        "2018-08-08",
        "The mine closed a decade ago.",
        "a decade ago",
        "DATE 2008",
    ),
    (
        "2018-08-08",
        "He arrived a week or so ago.",
        "a week or so ago",
        "DATE 2018-W31 APPROX",
    ),
    (
        "2018-08-08",
        "It happened almost four years ago.",
        "almost four years ago",
        "DATE 2014 APPROX",
    ),
    (
        "2018-08-08",
        "The rules change in two weeks' time.",
        "two weeks' time",
        "DATE 2018-W34",
    ),
    // "in" + amount under a future verb: an amount in TimeML, as the annotated news writes
    // it; the timeline places it ahead (the `count_ahead` refiner; the anchor tests check
    // the placement).
    (
        "2018-08-08",
        "The stock will be redeemed in five years.",
        "five years",
        "DURATION P5Y",
    ),
    (
        "2018-08-08",
        "The vote will be held in two weeks.",
        "two weeks",
        "DURATION P2W",
    ),
    (
        "2018-08-08",
        "The new law takes effect in 30 days.",
        "30 days",
        "DURATION P30D",
    ),
    // A story set in a month long gone, with no day told, keeps the days it counts in that
    // month; the year it is in follows.
    (
        "2019-04-12",
        "It was a cold morning in February 1943 when the ship went down. Three days later, \
         the first survivors reached Iceland.",
        "Three days later",
        "DATE 1943-02",
    ),
    (
        "2019-04-12",
        "It was a cold morning in February 1943 when the ship went down. Three days later, \
         the first survivors reached Iceland. By the end of that year, only 12 were alive.",
        "the end of that year",
        "DATE 1943 END",
    ),
    // "the week before" a week just named counts from that week.
    (
        "2005-03-02",
        "Influenza spread to 32 states last week, up from 27 the week before, officials said.",
        "the week before",
        "DATE 2005-W07",
    ),
    // A relative pronoun after a plural noun is a plural subject ("reports, which start");
    // an ordinal naming a quarter is no record.
    (
        "1998-01-02",
        "Investors are waiting for fourth-quarter earnings reports, which start coming out in \
         about two weeks.",
        "about two weeks",
        "DURATION P2W APPROX",
    ),
    // A record ("the third ... in 13 months") is an amount, the ordinal a dozen words back.
    (
        "2018-10-12",
        "It was the third major hurricane to strike the U.S. mainland in 13 months.",
        "13 months",
        "DURATION P13M",
    ),
    // A schedule in the present looks ahead as a future verb does; other present verbs
    // keep "in" an amount ("produces 500 cars in a day").
    (
        "2019-08-20",
        "The Olympics open in Tokyo in 11 days.",
        "11 days",
        "DURATION P11D",
    ),
    (
        "2019-08-20",
        "The plant produces 500 cars in a day.",
        "a day",
        "DURATION P1D",
    ),
    (
        "2018-08-08",
        "Officials said the plant would reopen in six months.",
        "six months",
        "DURATION P6M",
    ),
    (
        "2018-08-08",
        "The owners hope to reopen the pier in a month.",
        "a month",
        "DURATION P1M",
    ),
    (
        "2019-04-18",
        "Forecasters expect the river to crest in about two weeks.",
        "about two weeks",
        "DURATION P2W APPROX",
    ),
    (
        "2019-04-18",
        "The festival will return in around a year.",
        "around a year",
        "DURATION P1Y APPROX",
    ),
    // ... but a record, the past, or a qualified amount stays an amount.
    (
        "2018-08-08",
        "It will be the first time in three years.",
        "three years",
        "DURATION P3Y",
    ),
    (
        "2018-08-08",
        "Rents will reach their highest level in a decade.",
        "a decade",
        "DURATION P10Y",
    ),
    (
        "2018-08-08",
        "Protesters will march past the crest in a week.",
        "a week",
        "DURATION P1W",
    ),
    (
        "2018-08-08",
        "Prices rose 5% in a year.",
        "a year",
        "DURATION P1Y",
    ),
    (
        "2018-08-08",
        "Rates will rise in the next two weeks.",
        "the next two weeks",
        "DURATION P2W",
    ),
    (
        "2013-03-27",
        "The storm hit a year ago this week.",
        "a year ago this week",
        "DATE 2012-W13",
    ),
    (
        "2013-03-27",
        "The mine collapsed five years ago today.",
        "five years ago today",
        "DATE 2008-03-27",
    ),
    // Counted back past the start of the era, a year is written with `BC` (1993 less 3,500
    // years is 1508 B.C.: there is no year 0).
    (
        "1993-05-05",
        "The tomb was sealed 3,500 years ago, archaeologists said.",
        "3,500 years ago",
        "DATE BC1508",
    ),
    // "On this day in 1969": publication's day, week or month in the year stated.
    (
        "2019-07-20",
        "On this day in 1969, Apollo 11 landed on the moon.",
        "this day in 1969",
        "DATE 1969-07-20",
    ),
    (
        "2019-07-20",
        "This week in 1944, Allied troops pushed south from Normandy.",
        "This week in 1944",
        "DATE 1944-W29",
    ),
    // "Fifty years ago Sunday": the anniversary on the weekday nearest publication.
    (
        "2018-11-08",
        "One hundred years ago Sunday, the guns fell silent on the Western Front.",
        "One hundred years ago Sunday",
        "DATE 1918-11-11",
    ),
    (
        "2013-03-27",
        "Revenue fell in Q4 2012. The storm hit a year ago.",
        "a year ago",
        "DATE 2012",
    ),
    (
        "2013-03-27",
        "The plant opened in the first quarter of 2010. Two years later, it closed.",
        "Two years later",
        "DATE 2012",
    ),
    (
        "1999-12-30",
        "The first test will come when the new year arrives in New Zealand.",
        "the new year",
        "DATE 2000",
    ),
    (
        "2000-01-03",
        "Markets opened the new year with a rally.",
        "the new year",
        "DATE 2000",
    ),
    // A past "that week" counts from the last day told in the past, not from a schedule
    // named since.
    (
        "2013-03-22",
        "The jury returned its verdict on Thursday. Sentencing is set for May 14. The \
         shooting was the third in the neighborhood that week.",
        "that week",
        "DATE 2013-W12",
    ),
    // "this weekend" told in the past, on a weekday, is the weekend just gone.
    (
        "2013-03-18",
        "Heavy snow fell across the region this weekend.",
        "this weekend",
        "DATE 2013-W11-WE",
    ),
    (
        "2013-03-18",
        "Stores will be open this weekend.",
        "this weekend",
        "DATE 2013-W12-WE",
    ),
    (
        "2013-03-20",
        "Voters head to the polls in a week's time.",
        "a week's time",
        "DATE 2013-W13",
    ),
    // A past-perfect day is no story day, but "the previous weekend" in its own sentence
    // counts from it.
    (
        "2011-04-05",
        "The launch had been set for last Wednesday but was delayed after engineers found a \
         faulty valve during a test the previous weekend.",
        "the previous weekend",
        "DATE 2011-W12-WE",
    ),
    // A modal between an ordinal and "in" makes the "in" a step ahead, not a record.
    (
        "2011-04-05",
        "The first maps should be released in about six weeks, project scientists said.",
        "about six weeks",
        "DURATION P6W APPROX",
    ),
    // A step restated as a date takes the date.
    (
        "2008-01-02",
        "A poll published Monday night showed a close race. New Hampshire votes five days \
         later, on Jan. 8.",
        "five days later",
        "DATE 2008-01-08",
    ),
    // So does a step restated as a weekday with its time of day; the time stays the
    // weekday's.
    (
        "1994-09-06",
        "Walker set out from the trailhead on Friday. Searchers joined the hunt on Saturday. Two days later, on Sunday afternoon, a helicopter crew spotted him.",
        "Two days later",
        "DATE 1994-09-04",
    ),
    // Markets end, finish and close the year.
    (
        "1997-12-31",
        "The Dow is on track for a gain, finishing the year up 22.6 percent.",
        "the year",
        "DATE 1997",
    ),
    (
        "2000-08-22",
        "Engineering work will close the line over the bank holiday weekend.",
        "the bank holiday weekend",
        "DATE 2000-W34-WE",
    ),
    // "the weekend before Christmas": the weekend of the Saturday before the day.
    (
        "2004-11-27",
        "Some stores will stay open for 36 hours straight over the weekend before Christmas.",
        "the weekend before Christmas",
        "DATE 2004-W51-WE",
    ),
    // "the final weekend" of a campaign is the one nearest publication, as "the weekend" is.
    (
        "2021-11-02",
        "About 9,000 residents had voted early, most of them on the final weekend.",
        "the final weekend",
        "DATE 2021-W43-WE",
    ),
    // "the last weekend before Christmas" is that one, not last weekend.
    (
        "1996-12-02",
        "\"We won't know anything for sure until the last weekend before Christmas,\" she said.",
        "the last weekend before Christmas",
        "DATE 1996-W51-WE",
    ),
    // "the last day of the month", "the first day of next month": a day at one end of the
    // period.
    (
        "2013-03-20",
        "The fund stops taking applications on the last day of the month.",
        "the last day of the month",
        "DATE 2013-03-31",
    ),
    (
        "2013-03-20",
        "The new rules apply from the first day of next month.",
        "the first day of next month",
        "DATE 2013-04-01",
    ),
    (
        "2013-03-20",
        "Talks are due to end on the final day of March.",
        "the final day of March",
        "DATE 2013-03-31",
    ),
    // "the following month" counts from the story's time: the later told of its last day
    // and its last month, a month told in the past perfect being a flashback.
    (
        "2004-03-11",
        "The span gave way on Aug. 21. Inspectors had last examined it in April 2002. A week \
         after the collapse, the state closed 11 other bridges the following month.",
        "the following month",
        "DATE 2003-09",
    ),
    // British "a fortnight today" counts on from today.
    (
        "2000-10-15",
        "Clocks go back an hour a fortnight today, at 2 a.m.",
        "a fortnight today",
        "DATE 2000-10-29",
    ),
    // "a year from today" is publication's day a year on; days and weeks counted from a day
    // are the refiner's ("a week from today").
    (
        "2011-07-27",
        "With the Games opening a year from today, union officials say many sites are behind.",
        "a year from today",
        "DATE 2012-07-27",
    ),
    (
        "2001-05-19",
        "The license expires six months from today, and the Belmont is three weeks from today.",
        "six months from today",
        "DATE 2001-11-19",
    ),
    // "a week ago today" is a day.
    (
        "2013-03-22",
        "A week ago today, the city was celebrating.",
        "A week ago today",
        "DATE 2013-03-15",
    ),
    // So is the anniversary story's "twenty years ago tonight", with the part of the day.
    (
        "1989-07-20",
        "Good evening. Twenty years ago tonight, two Americans stepped onto the surface of the moon.",
        "Twenty years ago tonight",
        "TIME 1969-07-20TNI",
    ),
    (
        "1991-12-07",
        "Fifty years ago this morning, the first Japanese planes appeared over Pearl Harbor.",
        "Fifty years ago this morning",
        "TIME 1941-12-07TMO",
    ),
    (
        "1999-11-09",
        "A decade ago today, the Berlin Wall opened.",
        "A decade ago today",
        "DATE 1989-11-09",
    ),
    // Once January is over, a new year still to come is next year's.
    (
        "2013-03-20",
        "The inquiry will report in the new year.",
        "the new year",
        "DATE 2014",
    ),
    (
        "2013-03-20",
        "Prices have risen steadily since the new year.",
        "the new year",
        "DATE 2013",
    ),
    (
        "2013-03-07",
        "The debt will keep rising through the end of the decade.",
        "the end of the decade",
        "DATE 201 END",
    ),
    (
        "1992-03-10",
        "In the next hour, we'll go live to Atlanta.",
        "the next hour",
        "DURATION PT1H",
    ),
    (
        "2005-08-28",
        "At this hour, the storm is a Category 3.",
        "this hour",
        "DATE PRESENT_REF",
    ),
    // "later" and "earlier" before "this" or "today" open an expression of their own; the
    // amount before them is a duration or a rate.
    (
        "1992-01-08",
        "The company said it would idle two plants for a week later this month.",
        "later this month",
        "DATE 1992-01 END",
    ),
    (
        "2007-11-27",
        "Rates, which reached $180,000 a day earlier this month, slipped to $160,000.",
        "earlier this month",
        "DATE 2007-11 START",
    ),
    (
        "1992-01-08",
        "She returned two days later.",
        "two days later",
        "DATE 1992-01-10",
    ),
    // "today" opening a present clause against a past just told is the present.
    (
        "2007-07-19",
        "Ten years ago the neighborhood had no grocery store. Today it has three.",
        "Today",
        "DATE PRESENT_REF",
    ),
    (
        "1994-02-14",
        "In 1970 a dozen roses sold for $15; today they go for $65.",
        "today",
        "DATE PRESENT_REF",
    ),
    (
        "1995-12-08",
        "Few people used graphical browsers in 1993, and today an estimated 10 million do.",
        "today",
        "DATE PRESENT_REF",
    ),
    (
        "1994-02-14",
        "The firm reported a loss last week. Today is the deadline for bids.",
        "Today",
        "DATE 1994-02-14",
    ),
    // The story's month in a stated year: one expression.
    (
        "1998-01-15",
        "Sales fell to 6,000 in December, from 18,000 in the same month of 1996.",
        "the same month of 1996",
        "DATE 1996-12",
    ),
    // Against yesterday, "today" is a day.
    (
        "2015-09-01",
        "\"Yesterday we had tickets. Today they tell us the tickets mean nothing.\"",
        "Today",
        "DATE 2015-09-01",
    ),
    (
        "1994-02-14",
        "Police arrested him Monday. Today he will appear in court.",
        "Today",
        "DATE 1994-02-14",
    ),
    // A day counted from a named day is one date.
    (
        "2004-01-19",
        "The New Hampshire primary will be held a week from Tuesday.",
        "a week from Tuesday",
        "DATE 2004-01-27",
    ),
    (
        "2001-05-19",
        "The Belmont Stakes, the last leg, is three weeks from today.",
        "three weeks from today",
        "DATE 2001-06-09",
    ),
    (
        "2017-02-13",
        "They stayed for two weeks from June 1 on.",
        "two weeks",
        "DURATION P2W",
    ),
    // A quotation that holds speech keeps its dates.
    (
        "2018-03-07",
        "He said, \"This week has been hard.\"",
        "This week",
        "DATE 2018-W10",
    ),
    (
        "2018-03-07",
        "\"Today,\" he said, \"we begin.\"",
        "Today",
        "DATE 2018-03-07",
    ),
    (
        "2018-03-07",
        "The mill closed in 1991. A decade earlier, it had employed 2,000 people.",
        "A decade earlier",
        "DATE 1981",
    ),
    (
        "2018-03-07",
        "The dam was finished in 1962. Two decades later, it cracked.",
        "Two decades later",
        "DATE 1982",
    ),
    (
        "2017-09-16",
        "The threat level was raised on Friday night and lowered 48 hours later.",
        "48 hours",
        "DURATION PT48H",
    ),
    (
        "2018-08-08",
        "The vote is five days from now.",
        "five days from now",
        "DATE 2018-08-13",
    ),
    // "from now on" is henceforth: the amount before it is a recurrence's, and "now" the
    // present.
    (
        "1991-09-27",
        "The ministry will publish waiting times every three months from now on.",
        "every three months",
        "SET P3M",
    ),
    (
        "1991-09-27",
        "The ministry will publish waiting times every three months from now on.",
        "now",
        "DATE PRESENT_REF",
    ),
    (
        "2018-08-08",
        "The quake struck on July 3. Rescuers arrived the next day.",
        "the next day",
        "DATE 2018-07-04",
    ),
    (
        "2018-08-08",
        "The bill passed on June 5. Two days later, the governor signed it.",
        "Two days later",
        "DATE 2018-06-07",
    ),
    (
        "2018-08-08",
        "The plant opened in 2001. A year earlier, the town had voted for it.",
        "A year earlier",
        "DATE 2000",
    ),
    (
        "2018-08-08",
        "Profit rose in the third quarter, from $3 million a year earlier.",
        "a year earlier",
        "DATE 2017-Q3",
    ),
    (
        "2018-08-08",
        "Sales were $9 million in May, up from $8 million a year earlier.",
        "a year earlier",
        "DATE 2017-05",
    ),
    (
        "2018-08-08",
        "He was elected in 2010. The following year he resigned.",
        "The following year",
        "DATE 2011",
    ),
    (
        "2018-08-08",
        "The strike began on May 1. That week, talks failed.",
        "That week",
        "DATE 2018-W18",
    ),
    (
        "2018-08-08",
        "Police raided the house on June 4. Earlier that day, a witness called.",
        "Earlier that day",
        "DATE 2018-06-04",
    ),
    (
        "2018-08-08",
        "The team won in 2015 and lost later that year.",
        "later that year",
        "DATE 2015",
    ),
    (
        "2018-08-08",
        "Sales were flat with year-earlier results.",
        "year-earlier",
        "DATE 2017",
    ),
    (
        "2018-08-08",
        "The offer expires this weekend.",
        "this weekend",
        "DATE 2018-W32-WE",
    ),
    (
        "2018-08-08",
        "Protests continued last weekend.",
        "last weekend",
        "DATE 2018-W31-WE",
    ),
    (
        "2018-08-08",
        "Sales for the current fiscal year rose.",
        "the current fiscal year",
        "DATE 2018",
    ),
    // A fiscal year whose clause gives the day it begins or ends on is named by the year it
    // ends in ...
    (
        "1997-06-17",
        "The council adopted a $214 million budget for the fiscal year that begins July 1.",
        "the fiscal year",
        "DATE 1998",
    ),
    (
        "1991-05-02",
        "The shortfall is not covered in the budget for the fiscal year ending June 30.",
        "the fiscal year",
        "DATE 1991",
    ),
    (
        "1997-06-17",
        "Aid will rise in the next fiscal year, which begins Oct. 1.",
        "the next fiscal year",
        "DATE 1998",
    ),
    // ... and a retailer's, ending in January, by the year before.
    (
        "1995-03-09",
        "Sales rose 4 percent in the fiscal year that ended Jan. 28.",
        "the fiscal year",
        "DATE 1994",
    ),
    // A half of one keeps its own name.
    (
        "1993-03-09",
        "Orders should recover in the second half of the fiscal year, which ends June 30.",
        "the second half of the fiscal year",
        "DATE 1993-H2",
    ),
    (
        "2019-01-03",
        "Sales fell last month.",
        "last month",
        "DATE 2018-12",
    ),
    (
        "2020-12-28",
        "Cases rose this week.",
        "this week",
        "DATE 2020-W53",
    ),
    (
        "2019-01-03",
        "The index rose this week.",
        "this week",
        "DATE 2019-W01",
    ),
    (
        "2018-08-08",
        "The boats stayed in port all day.",
        "all day",
        "DATE 2018-08-08",
    ),
    (
        "2018-08-08",
        "The fire burned for the whole week.",
        "the whole week",
        "DATE 2018-W32",
    ),
    (
        "2018-08-08",
        "The ruling came on July 20. The previous week, lawyers had met.",
        "The previous week",
        "DATE 2018-W28",
    ),
    (
        "2018-08-08",
        "The storm hit on March 2. The same day, schools closed.",
        "The same day",
        "DATE 2018-03-02",
    ),
    (
        "2018-08-08",
        "Rebels attacked on May 9 and withdrew the next morning.",
        "the next morning",
        "TIME 2018-05-10TMO",
    ),
    (
        "2018-08-08",
        "The index fell 2 percent today.",
        "today",
        "DATE 2018-08-08",
    ),
    (
        "2018-08-08",
        "The bank cut rates last quarter.",
        "last quarter",
        "DATE 2018-Q2",
    ),
    (
        "2018-08-08",
        "The museum reopens next year.",
        "next year",
        "DATE 2019",
    ),
    (
        "2018-08-08",
        "Ten days ago the border closed.",
        "Ten days ago",
        "DATE 2018-07-29",
    ),
    (
        "2018-08-08",
        "The census was taken 50 years ago.",
        "50 years ago",
        "DATE 1968",
    ),
    (
        "2018-08-08",
        "The shop closed a month ago.",
        "a month ago",
        "DATE 2018-07",
    ),
    (
        "1989-10-30",
        "Officials confirmed the reports over the weekend.",
        "the weekend",
        "DATE 1989-W43-WE",
    ),
    (
        "1989-10-30",
        "Traders will square positions before the weekend.",
        "the weekend",
        "DATE 1989-W44-WE",
    ),
    (
        "2008-10-10",
        "The Dow Jones industrial average ended the week down 18 percent.",
        "the week",
        "DATE 2008-W41",
    ),
    // 1998-08-12 is a Wednesday: a modal that looks either way takes the weekend ahead.
    (
        "1998-08-12",
        "Up to 15 inches of rain could fall over the weekend if the storm stalls.",
        "the weekend",
        "DATE 1998-W33-WE",
    ),
    (
        "1998-08-13",
        "The fair runs over the weekend at the county grounds.",
        "the weekend",
        "DATE 1998-W33-WE",
    ),
    // The object of "threatened" is a name: the weekend is when, not what lies ahead.
    (
        "2024-04-08",
        "Clouds that had threatened Texas over the weekend thinned by midday.",
        "the weekend",
        "DATE 2024-W14-WE",
    ),
    (
        "2024-04-08",
        "The union threatened a strike over the weekend.",
        "the weekend",
        "DATE 2024-W15-WE",
    ),
    (
        "1989-10-30",
        "Revenue for the year ended June 30 rose.",
        "the year",
        "DURATION P1Y",
    ),
    (
        "2013-03-18",
        "Pre-tax profit in the year to March fell 4 percent.",
        "the year",
        "DURATION P1Y",
    ),
    // "the fiscal year ended Jan. 31" is a year that can be named, a date, where "the year
    // ended June 30" stays the amount TimeBank writes.
    (
        "1989-10-30",
        "During the fiscal year ended Jan. 31, revenue grew.",
        "the fiscal year",
        "DATE 1988",
    ),
    (
        "1989-10-30",
        "Revenue for the full year was flat.",
        "the full year",
        "DATE 1989",
    ),
    (
        "1989-10-30",
        "The deal should close by year-end.",
        "year-end",
        "DATE 1989 END",
    ),
    (
        "1989-10-30",
        "The index is up 5% since year-end.",
        "year-end",
        "DATE 1988 END",
    ),
    (
        "1989-10-30",
        "Cuts will be made by year's end.",
        "year's end",
        "DATE 1989 END",
    ),
    (
        "1989-10-30",
        "Costs fall by the end of the year.",
        "the end of the year",
        "DATE 1989 END",
    ),
    (
        "1990-08-13",
        "Troops arrive by the end of the month.",
        "the end of the month",
        "DATE 1990-08 END",
    ),
    (
        "1989-10-30",
        "In 1988 it lost money. For the year, sales fell.",
        "the year",
        "DATE 1988",
    ),
    (
        "1989-10-27",
        "For the week, the benchmark gained 2.1%.",
        "the week",
        "DATE 1989-W43",
    ),
    (
        "1998-08-08",
        "Prices have risen 4 percent in the past month.",
        "the past month",
        "DURATION P1M",
    ),
    (
        "2016-03-15",
        "Home prices have climbed 9 percent over the past year.",
        "the past year",
        "DURATION P1Y",
    ),
    // The span ahead after "over", as the span behind; "in the next year" is the calendar's.
    (
        "2003-06-10",
        "The agency will help families find housing over the next week.",
        "the next week",
        "DURATION P1W",
    ),
    (
        "1981-06-12",
        "Police interviewed more than 40 men over the next year.",
        "the next year",
        "DURATION P1Y",
    ),
    (
        "2003-06-10",
        "Prices will rise in the next year.",
        "the next year",
        "DATE 2004",
    ),
    (
        "1998-08-08",
        "Rescuers have worked around the clock over the past week.",
        "the past week",
        "DURATION P1W",
    ),
    (
        "2000-04-14",
        "He has been in Denver for the last week.",
        "the last week",
        "DATE 2000-W15",
    ),
    (
        "2000-01-28",
        "The singer left the band in June 1998 and rejoined later that year.",
        "later that year",
        "DATE 1998",
    ),
    (
        "2000-01-15",
        "The general came to power 41 years ago. Sales rose in May.",
        "41 years ago",
        "DATE 1959",
    ),
    (
        "1998-04-18",
        "She joined the board on May 22, 1995, and the following year she became chair.",
        "the following year",
        "DATE 1996",
    ),
    // A count of days under way is the day the story stands on.
    (
        "2007-06-08",
        "Rescue crews pushed into the third day of their search for four trapped miners.",
        "the third day",
        "DATE 2007-06-08",
    ),
    (
        "1999-05-07",
        "Searchers on Wednesday entered the fourth day of their hunt for two climbers.",
        "the fourth day",
        "DATE 1999-05-05",
    ),
    (
        "1998-03-06",
        "Gunfire echoed across the valley. It's the second day of an offensive by the army.",
        "the second day",
        "DATE 1998-03-06",
    ),
    (
        "2011-07-14",
        "The strike is the 10th straight day of lost output.",
        "the 10th straight day",
        "DATE 2011-07-14",
    ),
    // Not after other verbs: "for a third straight day", "the fifth day of her voyage".
    (
        "2011-07-14",
        "Fires pushed the air into the unhealthy range for a third straight day on Monday.",
        "a third straight day",
        "NONE",
    ),
];

#[cfg(test)]
pub(super) const NEGATIVES: &[super::examples::Negative] = &[
    ("2022-09-14", "Dinosaurs died out 66 million years ago."),
    // "the school year" alone names no year the annotated news tags.
    (
        "2005-05-04",
        "Students will make up the lost time before the school year ends.",
    ),
    ("2018-08-08", "At the end of the day, voters want jobs."),
    ("2018-08-08", "Time magazine named her Person of the Year."),
    (
        "2018-08-08",
        "Critics panned the film \"The Day After Tomorrow\" at its release.",
    ),
    // Quoted titles opened mid-sentence.
    (
        "2018-08-08",
        "Baker, speaking on ABC's \"This Week,\" defended the plan.",
    ),
    (
        "2018-08-08",
        "She told NBC's \"Today\" show that she would run.",
    ),
    (
        "2018-08-08",
        "He watched ``This Week With David Brinkley'' with his father.",
    ),
    ("2018-08-08", "The last time they met was tense."),
    (
        "2004-10-04",
        "Thousands rushed to register on the last day to sign up for the election.",
    ),
    ("2018-08-08", "This is the first time in history."),
    ("2018-08-08", "He scored in the last minute."),
    ("2018-08-08", "A second opinion was sought."),
    ("2018-08-08", "He was the second speaker."),
    ("2018-08-08", "All members voted."),
    ("2018-08-08", "She was the last speaker of the night shift."),
    ("2018-08-08", "Next, the chairman spoke."),
    ("2018-08-08", "She told USA Today about it."),
];
