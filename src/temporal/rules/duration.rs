//! Durations: "three years", "weeks", "a decade", "two-year", "16-hour", "the past two
//! months", "more than a decade", "nearly two years", "almost an hour", "up to 180 days", "a
//! minute and a half", "day-long". Recognised and valued (`P3Y`, `PXW`), never placed on the timeline.
//!
//! Ages of people and animals are not durations: "45 years old", "a 10-year-old", "the
//! two-year-old colt". The age of a thing is one, as the annotated news writes it: "a
//! 58-year-old span" (`P58Y`), "the bus was 12 years old" (`P12Y`).

use super::super::doc::Doc;
use super::super::expr::{Amount, Candidate, Expr};
use super::super::lexicon::{Lex, Unit, Word};
use super::super::value::Mod;
use super::amount::{amount_at, and_a_half, fills_every};
use super::relative::publication_day_after;

pub(super) fn at(doc: &Doc, i: usize, out: &mut Vec<Candidate>) {
    half_a_unit(doc, i, out);
    quarter_century(doc, i, out);
    half_hour(doc, i, out);
    counted(doc, i, out);
    bare_plural(doc, i, out);
    long_compound(doc, i, out);
    first_units(doc, i, out);
}

/// "free for the first month", "sold 400 copies in the first hour", "during the first year
/// after purchase": the opening stretch of something, one unit long. Only after "for", "in",
/// "during", "over" or "within", and not "of" after it: "the first week of December" is a
/// week of the calendar.
fn first_units(doc: &Doc, i: usize, out: &mut Vec<Candidate>) {
    if doc.lex(i) != Lex::Ordinal(1) || doc.word(i) != "first" || i < 2 {
        return;
    }
    if !doc.is(i - 1, Word::The)
        || !matches!(doc.word(i - 2), "for" | "in" | "during" | "over" | "within")
    {
        return;
    }
    // ("in the first days of the crisis", plural, is left as TimeBank leaves it.)
    let Some((unit, false)) = doc.unit(i + 1) else {
        return;
    };
    if !matches!(
        unit,
        Unit::Minute | Unit::Hour | Unit::Day | Unit::Week | Unit::Month | Unit::Year
    ) || doc.is(i + 2, Word::Of)
    {
        return;
    }
    out.push(Candidate::new(
        i - 1,
        i + 2,
        Expr::Duration {
            amount: Amount::Count(1),
            unit,
        },
        "duration",
    ));
}

/// "a quarter-century", "the quarter century since": 25 years, `P25Y`; "a quarter-century
/// ago today" is a day 25 years back. ("its quarter-century low" measures a record, as "an
/// 11-year low" does, and is left out, as annotated news leaves it.)
fn quarter_century(doc: &Doc, i: usize, out: &mut Vec<Candidate>) {
    if doc.word(i) != "quarter" {
        return;
    }
    let hyphen = doc.hyphen(i + 1);
    // "a quarter of a century", written out.
    let written_out = !hyphen
        && doc.is(i + 1, Word::Of)
        && doc.is(i + 2, Word::A)
        && doc.unit(i + 3) == Some((Unit::Century, false));
    let j = if hyphen {
        i + 2
    } else if written_out {
        i + 3
    } else {
        i + 1
    };
    if doc.unit(j) != Some((Unit::Century, false)) || matches!(doc.word(j + 1), "low" | "high") {
        return;
    }
    let article = i > 0 && matches!(doc.lex(i - 1), Lex::Word(Word::A | Word::The));
    let (start, modifier) = if article {
        left_context(doc, i - 1)
    } else {
        (i, None)
    };
    let years = Amount::Count(25);
    if doc.is(j + 1, Word::Ago) {
        let mut c = ago_from_publication(doc, start, j + 1, years, Unit::Year);
        c.modifier = modifier;
        out.push(c);
        return;
    }
    let expr = Expr::Duration {
        amount: years,
        unit: Unit::Year,
    };
    let mut c = Candidate::new(start, j + 1, expr, "quarter-century");
    c.modifier = modifier;
    out.push(c);
}

/// "a half-hour", "a half hour", "the next half-hour": thirty minutes, written as one unit;
/// so "a half-century" is fifty years and "a half-decade" five.
fn half_hour(doc: &Doc, i: usize, out: &mut Vec<Candidate>) {
    if doc.word(i) != "half" || i == 0 {
        return;
    }
    let hyphen = doc.hyphen(i + 1);
    let j = if hyphen { i + 2 } else { i + 1 };
    let (n, unit) = match doc.unit(j) {
        Some((Unit::Hour, false)) => (30, Unit::Minute),
        Some((Unit::Century, false)) => (50, Unit::Year),
        Some((Unit::Decade, false)) => (5, Unit::Year),
        _ => return,
    };
    // "a half-hour show": an adjective; the article goes with the noun, as in "a two-hour
    // show".
    let adjective = hyphen
        && doc.is_word(j + 1)
        && !doc.cap(j + 1)
        && doc.lex(j + 1) == Lex::None
        && doc.tense_class(j + 1) == 0;
    let start = if adjective {
        i
    } else if matches!(doc.lex(i - 1), Lex::Word(Word::A)) {
        i - 1
    } else {
        let (start, _) = left_context(doc, i);
        if start == i && !hyphen {
            return;
        }
        start
    };
    let expr = Expr::Duration {
        amount: Amount::Count(n),
        unit,
    };
    out.push(Candidate::new(start, j + 1, expr, "half-hour"));
}

/// "half a century", "half an hour", "half a day": half of one unit, written in the next
/// smaller one (`P50Y`, `PT30M`, `PT12H`), as TimeML values are.
fn half_a_unit(doc: &Doc, i: usize, out: &mut Vec<Candidate>) {
    if doc.word(i) != "half" || !matches!(doc.lex(i + 1), Lex::Word(Word::A | Word::An)) {
        return;
    }
    let Some((unit, false)) = doc.unit(i + 2) else {
        return;
    };
    let (n, unit) = match unit {
        Unit::Century => (50, Unit::Year),
        Unit::Decade => (5, Unit::Year),
        Unit::Year => (6, Unit::Month),
        Unit::Day => (12, Unit::Hour),
        Unit::Hour => (30, Unit::Minute),
        Unit::Minute => (30, Unit::Second),
        _ => return,
    };
    let (start, modifier) = left_context(doc, i);
    // "half a century later", "half a year ago": a step of that many years or months, from
    // the story's year or from publication, as "a decade later" and "six months ago" are.
    if matches!(unit, Unit::Year | Unit::Month) && start == i {
        match doc.lex(i + 3) {
            Lex::Word(Word::Ago) => {
                out.push(ago_from_publication(doc, i, i + 3, Amount::Count(n), unit));
                return;
            }
            Lex::Word(w @ (Word::Later | Word::Earlier)) if !doc.is(i + 4, Word::Than) => {
                let expr = Expr::Narrative {
                    unit,
                    offset: if w == Word::Later {
                        n as i32
                    } else {
                        -(n as i32)
                    },
                    comparison: false,
                };
                out.push(Candidate::new(i, i + 4, expr, "units-earlier"));
                return;
            }
            _ => {}
        }
    }
    let mut c = Candidate::new(
        start,
        i + 3,
        Expr::Duration {
            amount: Amount::Count(n),
            unit,
        },
        "half-a-unit",
    );
    c.modifier = modifier;
    out.push(c);
}

/// "half a century ago", "a quarter-century ago today": an amount counted back from
/// publication, from `start` to the "ago" at `ago`; with "today", "tonight" or "this
/// morning" after it, publication's day (and the part of it) moved back.
fn ago_from_publication(
    doc: &Doc,
    start: usize,
    ago: usize,
    amount: Amount,
    unit: Unit,
) -> Candidate {
    let today = publication_day_after(doc, ago + 1);
    let (time, end) = today.unwrap_or((None, ago + 1));
    let expr = Expr::Ago {
        amount,
        unit,
        sign: -1,
        keep: today.map(|_| Unit::Day),
        on: None,
    };
    let mut c = Candidate::new(start, end, expr, "units-ago");
    c.time = time;
    c
}

/// "three years", "a week", "two-year", "the past two months".
fn counted(doc: &Doc, i: usize, out: &mut Vec<Candidate>) {
    let Some((mut amount, mut j)) = amount_at(doc, i) else {
        return;
    };
    // Start at the first word of an amount only ("twenty-four", not "four").
    let continues = |k: usize| amount_at(doc, k).is_some_and(|(_, n)| n > i);
    if (i > 0 && continues(i - 1)) || (i > 1 && doc.dash(i - 1) && continues(i - 2)) {
        return;
    }
    let hyphen = doc.hyphen(j);
    if hyphen {
        j += 1;
    }
    // "two to three weeks", "a year or two", "12 to 18 months": a range of amounts. (Not
    // from a year: "sentenced in October 2005 to six years".)
    let mut ranged = false;
    if !hyphen && doc.digits(i) != 4 && matches!(doc.lex(j), Lex::Word(Word::To | Word::Or)) {
        if let Some((_, after)) = amount_at(doc, j + 1) {
            if doc.unit(after).is_some() {
                ranged = true;
                j = after;
            }
        }
    }
    // "20 more years", "two more weeks", "two more trading days"
    if doc.is(j, Word::More)
        && (doc.unit(j + 1).is_some()
            || (kind_of_day(doc.word(j + 1)) && doc.unit(j + 2).is_some()))
    {
        j += 1;
    }
    // "eight trading days", "three business days", "three straight months", "an extra
    // hour", "an additional year", "a single day"
    if (kind_of_day(doc.word(j))
        || matches!(
            doc.word(j),
            "shopping"
            | "calendar"
            | "straight"
            | "consecutive"
            | "successive"
            | "extra"
            | "additional"
            | "single"
            | "full"
            | "whole"
            | "entire"
    )) && doc.unit(j + 1).is_some()
        // "the next two fiscal years"; "a fiscal year" is a kind of year, not an amount.
        || (doc.word(j) == "fiscal"
            && doc.unit(j + 1).is_some()
            && !matches!(amount, Amount::Count(1)))
    {
        j += 1;
    }
    // "a 30-second spot": glued to a count by a hyphen, "second" is the unit, not the
    // ordinal.
    let unit_at = if hyphen && doc.word(j) == "second" {
        Some((Unit::Second, false))
    } else {
        doc.unit(j)
    };
    let Some((unit, plural)) = unit_at else {
        return;
    };
    // "the Thirty Years' War", "the Six-Day War", "Ten Days That Shook the World": a count
    // and its unit both in capitals, inside a sentence, are a name. (Not a headline in
    // capitals, nor "Two weeks" opening a sentence, where only the count is capitalised.)
    if doc.cap(j) && !doc.all_caps(j) && doc.cap(i) && !doc.sentence_start(i) {
        return;
    }
    // "a multiyear deal": the word holds its own (unstated) count; the bare-plural rule reads
    // it.
    if doc.word(j).starts_with("multi") {
        return;
    }
    if ranged {
        amount = Amount::Some;
    }
    let mut end = j + 1;
    if let Some(after) = and_a_half(doc, end) {
        if let Amount::Count(n) = amount {
            amount = Amount::Half(n);
            end = after;
        }
    }
    // "a year or two": the range ends with a bare amount.
    if !ranged && doc.is(end, Word::Or) {
        if let Some((_, after)) = amount_at(doc, end + 1) {
            if doc.unit(after).is_none() && !doc.is_word(after) {
                ranged = true;
                amount = Amount::Some;
                end = after;
            }
        }
    }
    // "a year-round calendar": the unit begins a compound adjective.
    if !plural && doc.hyphen(end) && doc.word(end + 1) == "round" {
        return;
    }
    // "a day care center", "a day trip", "a night shift": the unit begins a compound noun
    // ("a one-day trip" is an amount describing the trip).
    if !plural
        && !hyphen
        && matches!(unit, Unit::Day | Unit::Night)
        && matches!(
            doc.word(end),
            "care"
                | "trip"
                | "trips"
                | "job"
                | "jobs"
                | "shift"
                | "shifts"
                | "laborer"
                | "laborers"
                | "school"
                | "camp"
                | "pass"
                | "trader"
                | "traders"
                | "club"
        )
    {
        return;
    }
    // "a weekend series", "a weekend getaway": a weekend before a noun names a kind of
    // thing; an amount of weekends is counted ("a weekend in Paris" stays one).
    if !plural
        && !hyphen
        && unit == Unit::Weekend
        && matches!(amount, Amount::Count(1))
        && doc.is_word(end)
        && !doc.cap(end)
        && doc.lex(end) == Lex::None
        && doc.tense_class(end) == 0
        && !matches!(
            doc.word(end),
            "in" | "at" | "on" | "of" | "with" | "away" | "off"
        )
    {
        return;
    }
    // "a" counts one only before a singular unit; "three year" stands only in compounds,
    // hyphenated ("a three-year term") or not ("a five year low").
    let compound = hyphen
        || (!plural
            && doc.is_word(end)
            && doc.lex(end) == Lex::None
            && !doc.cap(end)
            && doc.word(end) != "old");
    match amount {
        Amount::Count(1) if plural && !ranged => return,
        Amount::Count(n) if n != 1 && !plural && !compound => return,
        Amount::Some if !plural && !compound && !ranged => return,
        _ => {}
    }
    if hyphen && plural {
        return;
    }
    // "60 Minutes", "Two Days in Paris": a capitalised unit mid-sentence is part of a title.
    if doc.cap(j) && !doc.sentence_start(j) && !doc.all_caps(j) && !doc.cap(i) {
        return;
    }
    // "three days a week": not an amount of time but the frequency of a recurrence, which
    // the set rule reads whole. Hours and minutes stay amounts ("walks 30 minutes a day").
    if matches!(doc.lex(i), Lex::Word(Word::A))
        && i > 0
        && doc.unit(i - 1).is_some_and(|(u, p)| p && u < unit)
    {
        return;
    }
    // "a 24-hour convenience store", "the 24-hour tip line", "a 24-hour command center": a
    // place or service open round the clock, not an amount of time (a "24-hour strike"
    // lasts one). Annotated news tags the first kind nowhere (seven times in six sets).
    if hyphen
        && unit == Unit::Hour
        && matches!(amount, Amount::Count(24))
        && round_the_clock(doc, end)
    {
        return;
    }
    // "24 hours a day": the idiom for "all the time", not an amount.
    let whole_period =
        matches!(doc.unit(end + 1), Some((per, false)) if fills_every(amount, unit, per));
    if (unit >= Unit::Day || whole_period)
        && matches!(doc.lex(end), Lex::Word(Word::A | Word::An | Word::Per))
        && doc.unit(end + 1).is_some_and(|(u, p)| !p && u > unit)
        && !super::set::dates_a_count(doc, end)
    {
        return;
    }
    // "a 58-year-old span", "the 112-year-old theater": the age of a thing is an amount of
    // time, as the annotated news writes it (29 times of 29); a person's age is not.
    if !plural
        && doc.dash(end)
        && doc.word(end + 1) == "old"
        && aged_thing(doc, end + 2)
        && !agent_after_name(doc, i, end + 2)
    {
        let (mut start, modifier) = left_context(doc, i);
        if start + 1 == i && matches!(doc.lex(start), Lex::Word(Word::The | Word::A | Word::An)) {
            start = i;
        }
        let mut c = Candidate::new(start, end + 2, Expr::Duration { amount, unit }, "duration");
        c.modifier = modifier;
        out.push(c);
        return;
    }
    // "The bus was 12 years old", "the machine, which is 14 years old": a thing's age after
    // a copula is an amount of time too, as the annotated news writes it (4 of 6 in the
    // development sets; the two left untagged are "more than 15/60 years old"); a person's
    // is not ("Smith, who is 45 years old").
    if doc.word(end) == "old" {
        let (start, modifier) = left_context(doc, i);
        if thing_is_before(doc, start) {
            let mut c = Candidate::new(start, end + 1, Expr::Duration { amount, unit }, "duration");
            c.modifier = modifier;
            out.push(c);
        }
        return;
    }
    // Ages: "45 years old", "a 10-year-old".
    // ... and "the first dose at 12 to 15 months of age".
    // ... and "a flu shot for everyone 6 months and older", "children 5 years or under".
    // ... and "among 2-year-olds", "children aged 6 months to 4 years".
    if doc.word(end) == "old"
        || (doc.dash(end) && matches!(doc.word(end + 1), "old" | "olds"))
        || aged_before(doc, i)
        || (doc.word(end) == "of" && doc.word(end + 1) == "age")
        || (matches!(doc.word(end), "and" | "or")
            && matches!(
                doc.word(end + 1),
                "older" | "younger" | "over" | "under" | "up" | "above" | "below"
            ))
    {
        return;
    }
    // "a second" is an ordinal; "a day" only when nothing makes it a recurrence ("twice a
    // day" is left to the set rule).
    // "a day" after a count or a plural noun is a rate ("interviews a day"): the set rule's.
    if matches!(doc.lex(i), Lex::Word(Word::A | Word::An)) && super::set::rate_context(doc, i) {
        return;
    }
    if unit == Unit::Night && !plural {
        return;
    }
    // "Sept. 11 will be a day of mourning", "Today is a day that turns up once every four
    // years": after a copula or a weekday, "a day" described by what follows is a kind of day, not an
    // amount ("it has been a day since the attack" is one).
    if unit == Unit::Day
        && !plural
        && matches!(doc.lex(i), Lex::Word(Word::A))
        && i > 0
        // ("declared Monday a day of national mourning": said of a day named before it.)
        && (matches!(
            doc.word(i - 1),
            "is" | "was" | "be" | "been" | "were" | "are"
        ) || matches!(doc.lex(i - 1), Lex::Weekday(_)))
        && matches!(
            doc.word(end),
            "of" | "that" | "when" | "which" | "where" | "like"
        )
    {
        return;
    }
    // "a quarter of voters", "three quarters of the town", "a quarter point": fractions.
    // "several quarters of losses" is a time: no fraction is vague.
    if unit == Unit::Quarter
        && (!plural
            || (doc.is(end, Word::Of) && amount != Amount::Some)
            || matches!(doc.word(end), "point" | "points" | "mile" | "miles"))
    {
        return;
    }
    let (mut start, modifier) = left_context(doc, i);
    // "lost in the final a year ago", "reached the final two years ago": the noun "final"
    // before a shift back from publication, not "the final two years".
    if start < i && doc.is(end, Word::Ago) && matches!(doc.word(i - 1), "final" | "latest") {
        start = i;
    }
    // The article belongs to the noun a compound describes ("the eight-year war") or that an
    // "of" phrase continues ("the two days of talks"), not to the duration.
    if start < i
        && doc.is(start, Word::The)
        && start + 1 == i
        && (compound || doc.is(end, Word::Of))
    {
        start = i;
    }
    // ("rebalance every six months or so": the hedge is the set's, which ends at the unit, as
    // the news sets write it.)
    let every = i > 0 && matches!(doc.lex(i - 1), Lex::Word(Word::Every | Word::Each));
    let (mut end, modifier) = if every {
        (end, modifier)
    } else {
        right_context(doc, end, modifier)
    };
    // "over a 22-month period", "a 24-hour span": the noun is the amount's, and so is its
    // article.
    if hyphen
        && start == i
        && i > 0
        && matches!(doc.word(end), "period" | "span" | "stretch")
        && matches!(doc.lex(i - 1), Lex::Word(Word::A | Word::An | Word::The))
    {
        start = i - 1;
        end += 1;
    }
    let mut c = Candidate::new(start, end, Expr::Duration { amount, unit }, "duration");
    c.modifier = modifier;
    out.push(c);
}

/// Whether the words from `i`, after "N-year-old", name a thing rather than a person: a
/// lowercase noun phrase ("switching equipment", "investment bank") with no word for a
/// person in its first four words ("former armored-car guard"), and not a name, a
/// verb or a preposition, which make the age a person's ("a 29-year-old from Lakewood").
fn aged_thing(doc: &Doc, i: usize) -> bool {
    // "the 22-year-old Riverside Mall", "the 71-year-old Alder Street Bridge", "the
    // 41-year-old Larimer Center tower": a name whose last word, or the noun after it, is a
    // building, a structure or a vessel.
    if doc.cap(i) && doc.is_word(i) {
        let run_end = (i..i + 5)
            .take_while(|&k| doc.is_word(k) && doc.cap(k))
            .last()
            .map_or(i, |k| k + 1);
        return names_a_structure(doc.word(run_end - 1))
            || (doc.is_word(run_end) && !doc.cap(run_end) && names_a_structure(doc.word(run_end)));
    }
    if !doc.is_word(i)
        || doc.cap(i)
        || doc.lex(i) != Lex::None
        || doc.tense_class(i) != 0
        || matches!(
            doc.word(i),
            // ("from", "at", "in", "of", "and", "or", "on", "to" are words of the lexicon.)
            "who" | "with" | "named"
        )
    {
        return false;
    }
    // ("anti-abortion protester", "obstetrician-gynecologist": a hyphen joins the words.)
    (i..i + 8)
        .take_while(|&k| (doc.is_word(k) && !doc.cap(k)) || (doc.dash(k) && doc.glued(k)))
        .filter(|&k| doc.is_word(k))
        .take(4)
        .all(|k| !names_a_person(doc.word(k)))
}

/// "said Harlan, a 58-year-old rancher", "Fiona Marchbank, a 34-year-old solicitor": after a
/// name and a comma, an age whose noun phrase ends in a word for someone who does something
/// (in "-er", "-or") is a person's, though the word is not in [`names_a_person`]. A company's
/// trade is no person: "Lehman, a 158-year-old investment bank", "a 40-year-old toy maker".
fn agent_after_name(doc: &Doc, number: usize, phrase: usize) -> bool {
    let after_name = number >= 3
        && matches!(doc.lex(number - 1), Lex::Word(Word::A | Word::An))
        && doc.punct(number - 2, ',')
        && doc.cap(number - 3)
        && doc.is_word(number - 3);
    if !after_name {
        return false;
    }
    let head = (phrase..phrase + 8)
        .take_while(|&k| (doc.is_word(k) && !doc.cap(k)) || (doc.dash(k) && doc.glued(k)))
        .filter(|&k| doc.is_word(k))
        .take(4)
        .last();
    head.is_some_and(|k| {
        let w = doc.word(k);
        w.len() > 4
            && (w.ends_with("er") || w.ends_with("or"))
            && !matches!(
                w,
                "maker"
                    | "retailer"
                    | "lender"
                    | "carrier"
                    | "supplier"
                    | "manufacturer"
                    | "publisher"
                    | "broadcaster"
                    | "insurer"
                    | "exporter"
                    | "importer"
                    | "distributor"
                    | "developer"
                    | "provider"
                    | "brewer"
                    | "grocer"
                    | "wholesaler"
                    | "shipper"
                    | "refiner"
                    | "computer"
                    | "container"
                    | "tower"
                    | "center"
                    | "theater"
                    | "freighter"
                    | "tanker"
                    | "liner"
                    | "reactor"
                    | "harbor"
                    | "corridor"
            )
    })
}

/// Whether a copula ends at `start` after a thing as its subject: "The bus was", "the
/// machine, which is", "The lift, at the resort, was". Not a person ("who is", "the man
/// was", "Smith was") nor a pronoun for one.
fn thing_is_before(doc: &Doc, start: usize) -> bool {
    if start < 2 || !matches!(doc.word(start - 1), "is" | "was" | "are" | "were") {
        return false;
    }
    let mut k = start - 2;
    if doc.word(k) == "which" && k > 0 && doc.punct(k - 1, ',') {
        return true;
    }
    // Past an aside between commas to the subject before it.
    if doc.punct(k, ',') {
        let Some(comma) = (k.saturating_sub(12)..k)
            .rev()
            .take_while(|&j| !doc.sentence_start(j + 1))
            .find(|&j| doc.punct(j, ','))
        else {
            return false;
        };
        if comma == 0 {
            return false;
        }
        k = comma - 1;
    }
    let w = doc.word(k);
    doc.is_word(k)
        && (!doc.cap(k) || names_a_structure(w))
        && doc.lex(k) == Lex::None
        && doc.tense_class(k) == 0
        && !names_a_person(w)
        && !matches!(
            w,
            "who" | "he" | "she" | "they" | "i" | "we" | "you" | "which" | "that" | "each" | "both"
        )
}

/// Whether `w` (lower-cased) is a word for a building, a structure or a vessel, as the
/// last word of a name or the noun after one: "Riverside Mall", "Alder Street Bridge".
fn names_a_structure(w: &str) -> bool {
    matches!(
        w,
        "mall"
            | "center"
            | "centre"
            | "bridge"
            | "building"
            | "tower"
            | "hotel"
            | "stadium"
            | "arena"
            | "theater"
            | "theatre"
            | "museum"
            | "church"
            | "cathedral"
            | "library"
            | "school"
            | "station"
            | "dam"
            | "plant"
            | "hospital"
            | "airport"
            | "tunnel"
            | "canal"
            | "market"
            | "hall"
            | "ballpark"
            | "field"
            | "pier"
            | "lighthouse"
            | "mill"
            | "factory"
            | "refinery"
            | "reactor"
            | "ferry"
            | "ship"
    )
}

/// Whether `w` is a word for a person (or an animal), as news writes after an age.
fn names_a_person(w: &str) -> bool {
    w.ends_with("man")
        || w.ends_with("men")
        || w.ends_with("ist")
        || w.ends_with("ian")
        || matches!(
            w,
            "boy"
                | "girl"
                | "child"
                | "children"
                | "baby"
                | "infant"
                | "toddler"
                | "teen"
                | "teenager"
                | "youth"
                | "son"
                | "daughter"
                | "mother"
                | "father"
                | "brother"
                | "sister"
                | "wife"
                | "husband"
                | "widow"
                | "widower"
                | "grandmother"
                | "grandfather"
                | "grandson"
                | "granddaughter"
                | "cousin"
                | "nephew"
                | "niece"
                | "twin"
                | "twins"
                | "friend"
                | "girlfriend"
                | "boyfriend"
                | "neighbor"
                | "neighbour"
                | "acquaintance"
                | "resident"
                | "native"
                | "victim"
                | "suspect"
                | "defendant"
                | "patient"
                | "inmate"
                | "prisoner"
                | "student"
                | "junior"
                | "senior"
                | "sophomore"
                | "freshman"
                | "graduate"
                | "recruit"
                | "rookie"
                | "veteran"
                | "pensioner"
                | "retiree"
                | "volunteer"
                | "candidate"
                | "president"
                | "legislator"
                | "councillor"
                | "councilor"
                | "trustee"
                | "mayor"
                | "senator"
                | "judge"
                | "lawyer"
                | "doctor"
                | "nurse"
                | "teacher"
                | "schoolteacher"
                | "professor"
                | "officer"
                | "soldier"
                | "paratrooper"
                | "commander"
                | "guard"
                | "lieutenant"
                | "sergeant"
                | "agent"
                | "driver"
                | "pilot"
                | "worker"
                | "employee"
                | "clerk"
                | "executive"
                | "manager"
                | "owner"
                | "operator"
                | "contractor"
                | "consultant"
                | "engineer"
                | "farmer"
                | "miner"
                | "roofer"
                | "hiker"
                | "swimmer"
                | "runner"
                | "player"
                | "striker"
                | "goalkeeper"
                | "linebacker"
                | "quarterback"
                | "pitcher"
                | "coach"
                | "singer"
                | "actor"
                | "actress"
                | "author"
                | "writer"
                | "tester"
                | "researcher"
                | "scientist"
                | "bookkeeper"
                | "pharmacist"
                | "chef"
                | "immigrant"
                | "refugee"
                | "protester"
                | "survivor"
                | "mom"
                | "dad"
                | "mechanic"
                | "medic"
                | "cleric"
                | "critic"
                | "carpenter"
                | "plasterer"
                | "bricklayer"
                | "plumber"
                | "welder"
                | "painter"
                | "laborer"
                | "labourer"
                | "mason"
                | "cook"
                | "baker"
                | "butcher"
                | "tailor"
                | "seamstress"
                | "waiter"
                | "waitress"
                | "cashier"
                | "janitor"
                | "cleaner"
                | "housekeeper"
                | "housewife"
                | "maid"
                | "nanny"
                | "midwife"
                | "caregiver"
                | "caretaker"
                | "porter"
                | "courier"
                | "trader"
                | "vendor"
                | "shopkeeper"
                | "merchant"
                | "accountant"
                | "banker"
                | "broker"
                | "analyst"
                | "reporter"
                | "photographer"
                | "filmmaker"
                | "producer"
                | "dancer"
                | "poet"
                | "sailor"
                | "shepherd"
                | "herder"
                | "migrant"
                | "applicant"
                | "seeker"
                | "detainee"
                | "trainee"
                | "apprentice"
                | "assistant"
                | "attendant"
                // (Words that only describe people: "a 76-year-old former paratrooper".)
                | "former"
                | "retired"
                | "unemployed"
                | "homeless"
                | "pregnant"
                | "divorced"
                | "married"
                // (An animal's age is told as a person's: "the two-year-old colt".)
                | "colt"
                | "filly"
                | "mare"
                | "stallion"
                | "horse"
                | "dog"
                | "puppy"
                | "cat"
                | "calf"
                | "elephant"
                | "whale"
                | "bear"
                | "panda"
                | "lion"
                | "tiger"
                | "gorilla"
        )
}

/// Whether the noun phrase starting at `i` names a place or service ("convenience store",
/// "tip line", "snow-removal depot", "Quik Stop"): within its first few words, before any
/// verb or punctuation.
fn round_the_clock(doc: &Doc, i: usize) -> bool {
    if doc.cap(i) && doc.is_word(i) {
        return true;
    }
    let mut k = i;
    while k < i + 4 && (doc.is_word(k) || (doc.dash(k) && doc.glued(k))) {
        if matches!(
            doc.word(k),
            "store"
                | "stores"
                | "shop"
                | "shops"
                | "line"
                | "lines"
                | "hotline"
                | "hotlines"
                | "service"
                | "services"
                | "center"
                | "centre"
                | "centers"
                | "centres"
                | "depot"
                | "desk"
                | "schedule"
                | "coverage"
                | "news"
                | "channel"
                | "pharmacy"
                | "diner"
                | "restaurant"
                | "gym"
                | "access"
                | "security"
                | "surveillance"
                | "care"
                | "clinic"
                | "operation"
                | "operations"
                | "patrol"
                | "watch"
                | "station"
                | "market"
                | "supermarket"
                | "helpline"
                | "lab"
                | "laboratory"
        ) {
            return true;
        }
        if doc.tense_class(k) != 0 {
            return false;
        }
        k += 1;
    }
    false
}

/// Words before an amount that belong to the duration: "the past", "the next", "more than",
/// "nearly", "up to", "within", "the first".
fn left_context(doc: &Doc, i: usize) -> (usize, Option<Mod>) {
    if i == 0 {
        return (i, None);
    }
    let the = |k: usize| {
        if k > 0 && doc.is(k - 1, Word::The) {
            k - 1
        } else {
            k
        }
    };
    // "expected to last six weeks", "could last two years", "will begin Sunday and last 48
    // hours", "storms that usually last three days": "last" is the verb.
    let verb_last = doc.is(i - 1, Word::Last)
        && i >= 2
        && matches!(
            doc.word(i - 2),
            "to" | "will"
                | "would"
                | "could"
                | "may"
                | "might"
                | "should"
                | "can"
                | "must"
                | "and"
                | "or"
                | "not"
                | "usually"
                | "typically"
                | "often"
                | "generally"
                | "normally"
        );
    match doc.lex(i - 1) {
        Lex::Word(Word::Last) if verb_last => (i, None),
        // "with notes following three years later", "following three years of talks": with
        // no article "following" is a preposition or a verb, not "the following three years".
        Lex::Word(Word::Following) if !(i >= 2 && doc.is(i - 2, Word::The)) => (i, None),
        // ("We knew it was coming six months ago": after a form of "be", "coming" is the
        // verb, not "the coming six months".)
        Lex::Word(Word::Coming)
            if i >= 2
                && matches!(
                    doc.word(i - 2),
                    "was" | "is" | "are" | "were" | "be" | "been" | "s" | "re"
                ) =>
        {
            (i, None)
        }
        Lex::Word(
            Word::Past | Word::Last | Word::Next | Word::Coming | Word::Previous | Word::Following,
        ) => (the(i - 1), None),
        // "the full two years", "a full two years"
        Lex::Word(Word::Full | Word::Whole | Word::Entire)
            if i >= 2 && matches!(doc.lex(i - 2), Lex::Word(Word::A | Word::An)) =>
        {
            (i - 2, None)
        }
        // ("The lots were full an hour later": an adjective before "an hour", whose article
        // is its count, is no part of it.)
        Lex::Word(Word::Full | Word::Whole | Word::Entire)
            if matches!(doc.lex(i), Lex::Word(Word::A | Word::An)) =>
        {
            (i, None)
        }
        Lex::Ordinal(1) | Lex::Word(Word::Full | Word::Whole | Word::Entire) => (the(i - 1), None),
        _ if doc.word(i - 1) == "final" || doc.word(i - 1) == "latest" => (the(i - 1), None),
        Lex::Word(Word::The) => (i - 1, None),
        // "nearly", "almost", "around", "about" and "some" belong to the expression, as
        // TimeML and TimeBank have them (AQUAINT leaves "about" out). "nearly two years" and
        // "almost two years" are short of two years: LESS_THAN, as every news writer marks
        // them (55 and 9 times; TimeBank is split three ways).
        Lex::Word(Word::Nearly | Word::Almost) => (i - 1, Some(Mod::LessThan)),
        // "just under two hours", "just over a week": quantifiers, unlike a bare "under" or
        // "over", which are prepositions in news far more often.
        // ... and after "in" the preposition is taken, so "under" and "over" can only bound
        // the amount: "sold out in under an hour", "the first time in over a decade".
        Lex::Word(Word::Under | Word::Over)
            if i >= 2 && (doc.word(i - 2) == "just" || doc.is(i - 2, Word::In)) =>
        {
            let m = if doc.is(i - 1, Word::Under) {
                Mod::LessThan
            } else {
                Mod::MoreThan
            };
            let start = if doc.is(i - 2, Word::In) {
                i - 1
            } else {
                i - 2
            };
            (start, Some(m))
        }
        Lex::Word(Word::Around | Word::Roughly | Word::Some | Word::About) => {
            (i - 1, Some(Mod::Approx))
        }
        // "over", "under" and "within" are prepositions in news far more often than
        // quantifiers ("over three years", "within a week"): not part of the expression.
        Lex::Word(Word::Than) if i >= 2 => match doc.lex(i - 2) {
            Lex::Word(Word::More) => {
                // "no more than"
                if i >= 3 && doc.word(i - 3) == "no" {
                    (i - 3, Some(Mod::EqualOrLess))
                } else {
                    (i - 2, Some(Mod::MoreThan))
                }
            }
            Lex::Word(Word::Less) => (i - 2, Some(Mod::LessThan)),
            _ => (i, None),
        },
        // "adds up to hours each month": the verb's particles before a bare plural, not a
        // bound; with a count ("will add up to 20 minutes to commutes") it bounds the count.
        Lex::Word(Word::To)
            if i >= 2
                && doc.is(i - 2, Word::Up)
                && !(i >= 3
                    && doc.unit(i).is_some()
                    && matches!(doc.word(i - 3), "add" | "adds" | "added" | "adding")) =>
        {
            (i - 2, Some(Mod::EqualOrLess))
        }
        _ if i >= 2 && doc.word(i - 1) == "least" && doc.is(i - 2, Word::At) => {
            (i - 2, Some(Mod::EqualOrMore))
        }
        _ => (i, None),
    }
}

/// "or more", "or so" after a duration.
fn right_context(doc: &Doc, end: usize, modifier: Option<Mod>) -> (usize, Option<Mod>) {
    if doc.is(end, Word::Or) {
        match doc.word(end + 1) {
            "more" | "longer" => return (end + 2, Some(Mod::EqualOrMore)),
            "so" => return (end + 2, Some(Mod::Approx)),
            _ => {}
        }
    }
    (end, modifier)
}

/// Whether the word before a bare plural unit makes it a thing rather than an amount of time:
/// an owner ("extended its hours"), a superlative ("one of their busiest days") or a kind of
/// unit ("leap years", "business days", "office hours", "light years", "match days", "such
/// days", "the war years").
/// "trading", "business", "working", "school": the days counted are of that kind ("three
/// business days"), and "more" may stand before ("two more trading days").
fn kind_of_day(word: &str) -> bool {
    matches!(word, "trading" | "business" | "working" | "school")
}

fn kind_of_unit(before: &str) -> bool {
    matches!(
        before,
        "its" | "their" | "his" | "her" | "our" | "my" | "your"
    ) || (before.len() > 5 && before.ends_with("iest"))
        || matches!(
            before,
            "best"
                | "worst"
                | "longest"
                | "shortest"
                | "hottest"
                | "coldest"
                | "darkest"
                | "leap"
                | "light"
                | "dog"
                | "business"
                | "working"
                | "school"
                | "office"
                | "opening"
                | "peak"
                | "rush"
                | "strike"
                | "visiting"
                | "trading"
                | "calendar"
                | "ordinary"
                | "century"
                | "reserve"
                | "sick"
                | "snow"
                | "rest"
                | "banking"
                | "glory"
                | "library"
                | "store"
                | "shop"
                | "operating"
                | "polling"
                | "service"
                | "delivery"
                | "story"
                | "daylight"
                | "waking"
                // The hours a place keeps: "regular hours resume Dec. 27", "will review the
                // new hours", "calling hours will be Wednesday".
                | "regular"
                | "normal"
                | "usual"
                | "new"
                | "calling"
                | "shortened"
                | "reduced"
                | "extended"
                | "additional"
                | "shopping"
                | "voting"
                | "match"
                | "race"
                | "game"
                | "such"
                | "war"
                | "golden"
                | "feast"
                // The days a season or a custom makes: "the long days of the British
                // summer", "fasting days", "the busiest travel days".
                | "long"
                | "short"
                | "fasting"
                | "travel"
                | "summer"
                | "winter"
                | "hot"
                | "cold"
                | "warm"
                | "sunny"
                | "rainy"
                // "Japanese fiscal years run from April 1", "election days", "any lost
                // days": years of accounts, days of an event, days lost, counted as things.
                | "fiscal"
                | "financial"
                | "election"
                | "lost"
        )
}

/// Whether the word at `k`, before a bare plural unit, is a noun that says what kind of unit
/// it is ("furlough days", "parade days", "fasting days", "bad-weather days"): a lower-case
/// word the lexicon does not know, with no tense, that is not one of the adverbs,
/// prepositions and verbs of duration after which the plural is an amount ("for days",
/// "could take years", "perhaps decades", "within hours", "not weeks").
fn noun_before(doc: &Doc, k: usize) -> bool {
    let w = doc.word(k);
    doc.is_word(k)
        && !doc.cap(k)
        // ("final" is in the lexicon for the quarter rule; here it is a word like any other.)
        && matches!(doc.lex(k), Lex::None | Lex::Word(Word::Final))
        && doc.tense_class(k) == 0
        && !w.ends_with("ly")
        && w.chars().all(|c| c.is_ascii_lowercase() || c == '-')
        && !matches!(
            w,
            // prepositions and conjunctions the lexicon leaves alone
            "about" | "for" | "but" | "into" | "through" | "during" | "across" | "with"
                | "without" | "like" | "out" | "off" | "away"
                // verbs of duration
                | "spend" | "spent" | "spending" | "wait" | "waited" | "waiting" | "take"
                | "took" | "taken" | "takes" | "taking" | "lasted" | "lasts" | "lasting"
                | "seemed" | "be" | "been" | "being"
                // pronouns, the object of a verb of time ("gave him weeks to live")
                | "him" | "them" | "us" | "me" | "it" | "you"
                // adverbs and hedges
                | "just" | "only" | "even" | "still" | "what" | "not" | "perhaps" | "maybe"
                | "possibly"
        )
}

/// "weeks", "years", "decades", "hours": a plural unit with no count.
fn bare_plural(doc: &Doc, i: usize, out: &mut Vec<Candidate>) {
    let Some((unit, true)) = doc.unit(i) else {
        return;
    };
    if unit == Unit::Night || unit == Unit::Weekend || unit == Unit::Quarter {
        return;
    }
    // "a multiyear deal", "three multiyear deals": the count before it is the deal's.
    if i > 0 && !doc.word(i).starts_with("multi") {
        // A count, an ordinal or a vague word before it belongs to another rule.
        let prev = doc.lex(i - 1);
        if amount_at(doc, i - 1).is_some()
            || matches!(
                prev,
                Lex::Ordinal(_)
                    | Lex::Cardinal(_)
                    | Lex::Word(
                        Word::Recent
                            | Word::Coming
                            | Word::These
                            | Word::Those
                            | Word::Few
                            | Word::Several
                            | Word::Many
                            | Word::Some
                            | Word::Early
                            | Word::Late
                    )
            )
            || doc.is_number(i - 1)
            || doc.dash(i - 1)
            || kind_of_unit(doc.word(i - 1))
            // ("had told police days before": an amount after all, when a word of time
            // relation follows.)
            || (noun_before(doc, i - 1)
                && !matches!(
                    doc.word(i + 1),
                    "before" | "after" | "earlier" | "later" | "ago" | "in" | "ahead" | "of"
                ))
            || super::amount::vast_count_before(doc, i)
            // "687 Earth days", "Martian years": a name makes them units of something else.
            // (A capital opening a sentence or a quotation is no name: '"For years, ...'.)
            || (doc.cap(i - 1)
                && doc.is_word(i - 1)
                && doc.lex(i - 1) == Lex::None
                && !doc.sentence_start(i - 1)
                && !(i >= 2 && doc.quote_mark(i - 2)))
        {
            return;
        }
    }
    if doc.word(i + 1) == "old" || doc.dash(i + 1) {
        return;
    }
    // "had been working 16-hour days": the days of work an amount describes, no amount.
    if i >= 2 && matches!(doc.unit(i - 1), Some((_, false))) && doc.dash(i - 2) {
        return;
    }
    // "Sunday hours were eliminated": a day's opening hours.
    if i >= 1 && matches!(doc.lex(i - 1), Lex::Weekday(_)) && unit == Unit::Hour {
        return;
    }
    // "the years 2000 to 2004", "the years 1939-45": the word names the years that follow.
    if unit == Unit::Year
        && i > 0
        && doc.is(i - 1, Word::The)
        && super::calendar::year_at(doc, i + 1).is_some()
    {
        return;
    }
    // "minutes released Wednesday", "the minutes of the meeting": the record of a meeting.
    if unit == Unit::Minute
        && matches!(
            doc.word(i + 1),
            "released" | "published" | "show" | "showed" | "shows" | "of" | "from"
        )
    {
        return;
    }
    // "in the weeks before the shooting": not an amount of time but the period before an
    // event the story tells, placed in the story's month.
    if i > 0
        && doc.is(i - 1, Word::The)
        && matches!(unit, Unit::Day | Unit::Week)
        && matches!(
            doc.lex(i + 1),
            Lex::Word(Word::Before | Word::After | Word::Following)
        )
    {
        let expr = Expr::Narrative {
            unit: Unit::Month,
            offset: 0,
            comparison: false,
        };
        out.push(Candidate::new(i, i + 1, expr, "the-days-before"));
        return;
    }
    // "as the days lengthen", "as the years passed": the days themselves, no amount.
    if i > 0
        && doc.is(i - 1, Word::The)
        && matches!(
            doc.word(i + 1),
            "lengthen"
                | "shorten"
                | "grow"
                | "grew"
                | "get"
                | "got"
                | "pass"
                | "passed"
                | "went"
                | "wore"
                | "drag"
                | "dragged"
        )
    {
        return;
    }
    // "in the weeks that followed": the article belongs to the noun phrase; the expression
    // is "weeks". "the weeks ahead", like "the coming weeks", is one expression (TimeBank).
    let ahead = i > 0 && doc.is(i - 1, Word::The) && doc.word(i + 1) == "ahead";
    let (start, modifier) = match i {
        0 => (i, None),
        _ if ahead => (i - 1, None),
        _ if doc.is(i - 1, Word::The) => (i, None),
        _ => left_context(doc, i),
    };
    let mut c = Candidate::new(
        start,
        if ahead { i + 2 } else { i + 1 },
        Expr::Duration {
            amount: Amount::Some,
            unit,
        },
        "duration",
    );
    c.modifier = modifier;
    out.push(c);
}

/// "day-long", "year-long", "decades-long"; "multi-year", an unstated number of them.
fn long_compound(doc: &Doc, i: usize, out: &mut Vec<Candidate>) {
    let Some((unit, plural)) = doc.unit(i) else {
        return;
    };
    if !plural && i >= 2 && doc.word(i - 2) == "multi" && doc.dash(i - 1) && doc.glued(i - 1) {
        out.push(Candidate::new(
            i - 2,
            i + 1,
            Expr::Duration {
                amount: Amount::Some,
                unit,
            },
            "duration",
        ));
        return;
    }
    if doc.hyphen(i + 1) && doc.word(i + 2) == "long" {
        // "two-day-long" is the counted rule's.
        if i > 0 && doc.dash(i - 1) && doc.glued(i) {
            return;
        }
        let amount = if plural {
            Amount::Some
        } else {
            Amount::Count(1)
        };
        out.push(Candidate::new(
            i,
            i + 3,
            Expr::Duration { amount, unit },
            "duration",
        ));
    }
}

/// "a weeklong recess", "a yearlong inquiry": the unit and "long" written as one word, one
/// of the unit, as "week-long" is.
pub(super) fn long_word(i: usize, unit: Unit, out: &mut Vec<Candidate>) {
    out.push(Candidate::new(
        i,
        i + 1,
        Expr::Duration {
            amount: Amount::Count(1),
            unit,
        },
        "duration",
    ));
}

/// Whether the amount at `i` states an age after "aged": "aged 62", "aged 6 months to 4
/// years", "aged between 5 and 11 years".
fn aged_before(doc: &Doc, i: usize) -> bool {
    (i.saturating_sub(5)..i)
        .rev()
        .take_while(|&k| doc.is_word(k) || doc.is_number(k))
        .any(|k| {
            doc.word(k) == "aged"
                && (k + 1..i).all(|j| {
                    doc.is_number(j)
                        || doc.unit(j).is_some()
                        || matches!(doc.word(j), "to" | "and" | "or" | "between" | "from")
                        || doc.lex(j) != Lex::None
                })
        })
}

#[cfg(test)]
pub(super) const EXAMPLES: &[super::examples::Example] = &[
    // After a form of "be", "coming" is the verb: the amount is counted back from now.
    (
        "2011-05-02",
        "\"We knew it was coming six months ago, and we still got caught,\" said a systems manager.",
        "six months ago",
        "DATE 2010-11",
    ),
    // "more" and a kind of day may both stand between the count and its unit.
    (
        "2008-09-29",
        "The vote left markets without a plan for at least two more trading days.",
        "at least two more trading days",
        "DURATION P2D EQUAL_OR_MORE",
    ),
    // "a half-century" is fifty years, as "a half-hour" is thirty minutes.
    (
        "2003-07-01",
        "A half-century is a long time, and few of the veterans remain.",
        "A half-century",
        "DURATION P50Y",
    ),
    (
        "2003-07-01",
        "It was the end of a half-century rivalry.",
        "half-century",
        "DURATION P50Y",
    ),
    // The days an hyphened amount describes are no amount of their own.
    (
        "2022-04-21",
        "The pilot had been working 16-hour days during a crew shortage.",
        "days",
        "NONE",
    ),
    // A thing's age after a copula is an amount of time; a person's is not.
    (
        "2008-12-13",
        "The bus was 12 years old, and the district had planned to replace it.",
        "12 years old",
        "DURATION P12Y",
    ),
    (
        "2009-12-05",
        "The propane-powered machine, which is 14 years old, was last serviced in October.",
        "14 years old",
        "DURATION P14Y",
    ),
    (
        "2000-04-15",
        "The lift, at a resort in the Tyrol, was 12 years old and had been overhauled.",
        "12 years old",
        "DURATION P12Y",
    ),
    // "a quarter of a century", written out, is 25 years.
    // The opening stretch of something, one unit long; a week "of" a month is the calendar's.
    (
        "2010-01-16",
        "Admission will be free for the first month, and the museum will open daily.",
        "the first month",
        "DURATION P1M",
    ),
    (
        "2010-01-16",
        "Customers get software updates during the first year after purchase.",
        "the first year",
        "DURATION P1Y",
    ),
    (
        "2009-05-20",
        "The war killed 80,000 people over more than a quarter of a century.",
        "more than a quarter of a century",
        "DURATION P25Y MORE_THAN",
    ),
    // The unit and "long" written as one word.
    (
        "2007-10-10",
        "Lawmakers left Washington for a weeklong recess.",
        "weeklong",
        "DURATION P1W",
    ),
    // "the final" is a match before a shift back from publication.
    (
        "2011-01-18",
        "Petrova-Kline, who lost in the final a year ago, has won two titles.",
        "a year ago",
        "DATE 2010",
    ),
    // A quarter-century is 25 years, and a shift back from publication like any other.
    (
        "2000-04-30",
        "In the quarter century since, Vietnam has changed beyond recognition.",
        "the quarter century",
        "DURATION P25Y",
    ),
    (
        "2000-04-30",
        "A quarter-century ago today, a North Vietnamese tank smashed through the gates.",
        "A quarter-century ago today",
        "DATE 1975-04-30",
    ),
    // Half a unit back from publication's day.
    (
        "1995-05-08",
        "Half a century ago today, the war in Europe ended.",
        "Half a century ago today",
        "DATE 1945-05-08",
    ),
    // The age of a thing is an amount of time; a person's is not (the negatives).
    (
        "2000-11-16",
        "Kestrel, a 40-year-old toy maker, filed for bankruptcy.",
        "40-year-old",
        "DURATION P40Y",
    ),
    (
        "2008-09-15",
        "Lehman, a 158-year-old investment bank, filed for bankruptcy protection.",
        "158-year-old",
        "DURATION P158Y",
    ),
    (
        "1991-02-20",
        "Fire destroyed much of the 12-year-old switching equipment.",
        "12-year-old",
        "DURATION P12Y",
    ),
    (
        "1998-03-22",
        "Extremists oppose the nearly four-year-old truce.",
        "nearly four-year-old",
        "DURATION P4Y LESS_THAN",
    ),
    // A weekday's "hours" are its opening hours, not an amount (the weekday is a set).
    (
        "2010-06-02",
        "Sunday hours were eliminated during the budget cuts.",
        "hours",
        "NONE",
    ),
    // A name whose last word, or the noun after it, is a building, a structure or a
    // vessel is a thing's: "the 71-year-old Alder Street Bridge".
    (
        "2018-11-08",
        "The 71-year-old Alder Street Bridge closes to cars on Monday.",
        "71-year-old",
        "DURATION P71Y",
    ),
    (
        "2018-11-08",
        "The largest tenant in the 41-year-old Larimer Center tower will move.",
        "41-year-old",
        "DURATION P41Y",
    ),
    // Ages are no amounts of time: "2-year-olds", "aged 6 months to 4 years".
    (
        "2016-07-15",
        "Vaccination rates among 2-year-olds fell.",
        "2-year",
        "NONE",
    ),
    (
        "2016-07-15",
        "Children aged 6 months to 4 years will get the vaccine first.",
        "4 years",
        "NONE",
    ),
    // The days themselves, doing something, are no amount either.
    (
        "1994-02-15",
        "Sunset comes a little later as the days lengthen.",
        "days",
        "NONE",
    ),
    // So are the days of a fixture, and days of a kind: "on match days", "on such days".
    (
        "2019-09-14",
        "Fans will travel free on local transport on match days.",
        "days",
        "NONE",
    ),
    (
        "2007-07-13",
        "In the past, he simply stayed closed on such days.",
        "days",
        "NONE",
    ),
    // Any noun before the plural says what kind of day it is, listed or not.
    (
        "2010-06-23",
        "State workers will take unpaid furlough days to close the budget gap.",
        "days",
        "NONE",
    ),
    (
        "2014-11-05",
        "Flights may still be delayed on bad-weather days this winter.",
        "days",
        "NONE",
    ),
    // So does a pronoun before it: the object of a verb of time.
    (
        "2016-02-10",
        "Doctors gave him weeks to live.",
        "weeks",
        "DURATION PXW",
    ),
    // But a word of time relation after it makes it an amount again.
    (
        "2016-02-10",
        "A nurse had warned the hospital weeks before the outbreak.",
        "weeks",
        "DURATION PXW",
    ),
    // A kind of hour or day: "story hours" are events, "26 shopping days" an amount.
    (
        "2016-07-15",
        "Story hours will be held twice a week at the library.",
        "hours",
        "NONE",
    ),
    (
        "2016-07-15",
        "There are only 26 shopping days left before Christmas.",
        "26 shopping days",
        "DURATION P26D",
    ),
    // Glued to a count, "second" is the unit.
    (
        "2016-07-15",
        "Advertisers pay $40,000 for a 30-second spot.",
        "30-second",
        "DURATION PT30S",
    ),
    // A shift that recurs ("earlier each year") is an amount.
    (
        "2016-07-15",
        "The holy month moves about 11 days earlier each year.",
        "about 11 days",
        "DURATION P11D APPROX",
    ),
    (
        "1997-04-10",
        "Trains will run every 10 minutes during rush hours beginning Sunday.",
        "hours",
        "NONE",
    ),
    (
        "2011-06-20",
        "Trains will operate between 7am and 7pm on strike days, the company said on Monday.",
        "days",
        "NONE",
    ),
    // An age bound is no amount of time.
    (
        "2020-10-05",
        "The CDC recommends a flu shot every year for everyone 6 months and older.",
        "6 months",
        "NONE",
    ),
    // Without an article "following" is no part of the amount.
    (
        "1999-03-31",
        "The euro was launched on Jan. 1, 1999, with notes and coins following three years later.",
        "three years later",
        "DATE 2002",
    ),
    (
        "1999-03-31",
        "Following three years of talks, the two sides signed the treaty.",
        "three years",
        "DURATION P3Y",
    ),
    // Open round the clock is no amount; a strike that lasts a day is one.
    (
        "2000-01-10",
        "He held up a 24-hour convenience store on Blackstone Avenue.",
        "24-hour",
        "NONE",
    ),
    (
        "2000-01-10",
        "Workers staged a 24-hour strike.",
        "24-hour",
        "DURATION PT24H",
    ),
    // A count with thousands separators.
    (
        "2009-03-10",
        "Quakes struck the fault several times over the past 3,000 years.",
        "the past 3,000 years",
        "DURATION P3000Y",
    ),
    // A range of amounts starts at an amount, not at a year.
    (
        "2009-03-10",
        "Harold Pruitt was sentenced in October 2005 to six years in prison.",
        "six years",
        "DURATION P6Y",
    ),
    // "a full year", "an entire week", "a full two years": amounts, with their article.
    (
        "2014-07-24",
        "He served a full year in office.",
        "a full year",
        "DURATION P1Y",
    ),
    (
        "2014-07-24",
        "He waited an entire week for the call.",
        "an entire week",
        "DURATION P1W",
    ),
    (
        "2014-07-24",
        "She served a full two years in office.",
        "a full two years",
        "DURATION P2Y",
    ),
    // "last" as the verb: the amount stands alone.
    (
        "1997-11-20",
        "The strike will begin at midnight on Sunday and last 48 hours.",
        "48 hours",
        "DURATION PT48H",
    ),
    (
        "1997-11-20",
        "Such storms usually last three days.",
        "three days",
        "DURATION P3D",
    ),
    // "the years 2000 to 2004": the word names the years that follow.
    (
        "2005-06-22",
        "The report will cover the years 2000 to 2004.",
        "years",
        "NONE",
    ),
    // "adds up to" is a verb and its particles; "up to" alone bounds the amount.
    (
        "2019-05-24",
        "The wait is not trivial when it adds up to hours each month.",
        "hours",
        "DURATION PTXH",
    ),
    (
        "2007-08-08",
        "The detour will add up to 20 minutes to many commutes.",
        "up to 20 minutes",
        "DURATION PT20M EQUAL_OR_LESS",
    ),
    // "multiyear", AP's spelling, and "multi-year": years, how many unstated.
    (
        "2016-03-09",
        "The quarterback signed a multiyear contract with the Broncos on Tuesday.",
        "multiyear",
        "DURATION PXY",
    ),
    (
        "2016-03-09",
        "The council approved a multi-year plan to repave the city's roads.",
        "multi-year",
        "DURATION PXY",
    ),
    (
        "2001-05-13",
        "They played for just under two hours.",
        "just under two hours",
        "DURATION PT2H LESS_THAN",
    ),
    (
        "2001-09-14",
        "\"For years, people trusted him with their money,\" a neighbor said.",
        "years",
        "DURATION PXY",
    ),
    (
        "1995-06-14",
        "Analysts put the cost at $600 million over the next two fiscal years.",
        "the next two fiscal years",
        "DURATION P2Y",
    ),
    // Amounts listed with commas are one amount.
    (
        "2013-03-20",
        "She won the marathon in 2 hours, 9 minutes, 44 seconds.",
        "2 hours, 9 minutes, 44 seconds",
        "DURATION PT2H9M44S",
    ),
    // A decimal figure is written as stated; ISO 8601 lets the last component carry it.
    (
        "2004-05-07",
        "The average workweek lengthened to 33.8 hours.",
        "33.8 hours",
        "DURATION PT33.8H",
    ),
    (
        "2004-02-29",
        "Earth takes about 365.24 days to circle the sun.",
        "about 365.24 days",
        "DURATION P365.24D APPROX",
    ),
    (
        "2013-03-20",
        "He finished in 2 hours 10 minutes 37 seconds.",
        "2 hours 10 minutes 37 seconds",
        "DURATION PT2H10M37S",
    ),
    (
        "2013-03-20",
        "Tickets sold out in under an hour.",
        "under an hour",
        "DURATION PT1H LESS_THAN",
    ),
    (
        "2013-03-20",
        "It was the first rate cut in over a decade.",
        "over a decade",
        "DURATION P10Y MORE_THAN",
    ),
    (
        "2013-03-20",
        "The climb took 3 hours, 20 minutes and 5 seconds.",
        "3 hours, 20 minutes and 5 seconds",
        "DURATION PT3H20M5S",
    ),
    (
        "2013-03-20",
        "In the next half-hour, we will hear from precinct captains.",
        "the next half-hour",
        "DURATION PT30M",
    ),
    (
        "2013-03-20",
        "A half hour later, the rain began.",
        "A half hour",
        "DURATION PT30M",
    ),
    (
        "2020-07-08",
        "He enlisted in 1968. Half a century later, he still has nightmares.",
        "Half a century later",
        "DATE 2018",
    ),
    (
        "1998-08-17",
        "Just ahead of Albright's one-day trip, officials met.",
        "one-day",
        "DURATION P1D",
    ),
    (
        "1989-10-26",
        "Funds may have to sell their junk bonds in the weeks ahead.",
        "the weeks ahead",
        "DURATION PXW",
    ),
    (
        "1989-10-26",
        "The company returned to profit after several quarters of losses.",
        "several quarters",
        "DURATION PXQ",
    ),
    (
        "1989-10-26",
        "Over the next couple of years, prices should rise.",
        "the next couple of years",
        "DURATION P2Y",
    ),
    (
        "2021-07-04",
        "The scheme cost investors $14 million over a 22-month period.",
        "a 22-month period",
        "DURATION P22M",
    ),
    (
        "2021-07-04",
        "Americans got an extra hour of sleep last night.",
        "an extra hour",
        "DURATION PT1H",
    ),
    (
        "2021-07-04",
        "Purists insist the decade does not end for another year.",
        "another year",
        "DURATION P1Y",
    ),
    (
        "2012-08-10",
        "The worst drought in half a century drove up the cost of corn.",
        "half a century",
        "DURATION P50Y",
    ),
    (
        "2012-08-10",
        "The meeting lasted half an hour.",
        "half an hour",
        "DURATION PT30M",
    ),
    (
        "2018-03-07",
        "The trial is expected to last six weeks.",
        "six weeks",
        "DURATION P6W",
    ),
    (
        "2018-03-07",
        "Storms halted play for two hours and 15 minutes.",
        "two hours and 15 minutes",
        "DURATION PT2H15M",
    ),
    // A relation after the sum ("before", "after") does not split it.
    (
        "2005-11-25",
        "She arrived at 6:50 a.m., two hours and 10 minutes before the doors opened.",
        "two hours and 10 minutes",
        "DURATION PT2H10M",
    ),
    (
        "2018-03-07",
        "The sentence was reduced to a year and six months.",
        "a year and six months",
        "DURATION P1Y6M",
    ),
    (
        "2018-03-07",
        "Consumer confidence fell for three straight months.",
        "three straight months",
        "DURATION P3M",
    ),
    (
        "2013-01-04",
        "The rule gives landlords a year to comply.",
        "a year",
        "DURATION P1Y",
    ),
    (
        "2018-08-08",
        "It would be the first time in three years.",
        "three years",
        "DURATION P3Y",
    ),
    (
        "2018-08-08",
        "The trip comes just weeks after the summit.",
        "weeks",
        "DURATION PXW",
    ),
    (
        "2018-08-08",
        "The strike lasted a week.",
        "a week",
        "DURATION P1W",
    ),
    (
        "2018-08-08",
        "He signed a two-year contract.",
        "two-year",
        "DURATION P2Y",
    ),
    (
        "2018-08-08",
        "After a 16-hour flight they landed.",
        "16-hour",
        "DURATION PT16H",
    ),
    (
        "2018-08-08",
        "Prices rose over the past two months.",
        "the past two months",
        "DURATION P2M",
    ),
    (
        "2018-08-08",
        "Output will grow over the next three years.",
        "the next three years",
        "DURATION P3Y",
    ),
    (
        "2018-08-08",
        "The feud has lasted more than a decade.",
        "more than a decade",
        "DURATION P10Y MORE_THAN",
    ),
    (
        "2018-08-08",
        "He served nearly two years.",
        "nearly two years",
        "DURATION P2Y LESS_THAN",
    ),
    (
        "2005-07-07",
        "Rovers had trailed for almost an hour.",
        "almost an hour",
        "DURATION PT1H LESS_THAN",
    ),
    (
        "2018-08-08",
        "Suspects can be held for up to 180 days.",
        "up to 180 days",
        "DURATION P180D EQUAL_OR_LESS",
    ),
    (
        "2018-08-08",
        "The vote took a minute and a half.",
        "a minute and a half",
        "DURATION PT1M30S",
    ),
    (
        "2018-08-08",
        "Talks lasted about three hours.",
        "about three hours",
        "DURATION PT3H APPROX",
    ),
    (
        "2018-08-08",
        "Talks lasted around three hours.",
        "around three hours",
        "DURATION PT3H APPROX",
    ),
    (
        "2018-08-08",
        "The siege lasted several years.",
        "several years",
        "DURATION PXY",
    ),
    (
        "2018-08-08",
        "Profit rose in the first nine months.",
        "the first nine months",
        "DURATION P9M",
    ),
    (
        "2018-08-08",
        "The project has taken decades.",
        "decades",
        "DURATION PXY",
    ),
    (
        "2018-08-08",
        "Talks could last weeks or months.",
        "months",
        "DURATION PXM",
    ),
    (
        "2018-08-08",
        "It was a day-long meeting.",
        "day-long",
        "DURATION P1D",
    ),
    (
        "2018-08-08",
        "The sentence is at least five years.",
        "at least five years",
        "DURATION P5Y EQUAL_OR_MORE",
    ),
    (
        "2018-08-08",
        "Parole comes within 18 months.",
        "18 months",
        "DURATION P18M",
    ),
    (
        "2018-08-08",
        "The review took less than an hour.",
        "less than an hour",
        "DURATION PT1H LESS_THAN",
    ),
    (
        "2018-08-08",
        "Inflation fell for 14 days.",
        "14 days",
        "DURATION P14D",
    ),
    (
        "2018-08-08",
        "The battle raged for two and a half years.",
        "two and a half years",
        "DURATION P2Y6M",
    ),
    (
        "2018-08-08",
        "The mission lasted 2.5 years.",
        "2.5 years",
        "DURATION P2Y6M",
    ),
    (
        "2018-08-08",
        "The pact runs for 30 years or more.",
        "30 years or more",
        "DURATION P30Y EQUAL_OR_MORE",
    ),
    (
        "2018-08-08",
        "Rescuers searched for twenty-four hours.",
        "twenty-four hours",
        "DURATION PT24H",
    ),
    (
        "2018-08-08",
        "Talks took two decades.",
        "two decades",
        "DURATION P20Y",
    ),
    (
        "2018-08-08",
        "The suspect was held for a few days.",
        "a few days",
        "DURATION PXD",
    ),
    (
        "2018-08-08",
        "The two quarters were weak.",
        "The two quarters",
        "DURATION P2Q",
    ),
    (
        "2018-08-08",
        "The drought has lasted five months.",
        "five months",
        "DURATION P5M",
    ),
    (
        "2018-08-08",
        "The talks lasted over a week.",
        "a week",
        "DURATION P1W",
    ),
    (
        "2018-08-08",
        "He was detained for 48 hours.",
        "48 hours",
        "DURATION PT48H",
    ),
    (
        "2018-08-08",
        "The republic has stood for almost a hundred years.",
        "almost a hundred years",
        "DURATION P100Y LESS_THAN",
    ),
    (
        "2018-08-08",
        "The family stayed in a shelter for 2 1/2 years.",
        "2 1/2 years",
        "DURATION P2Y6M",
    ),
    (
        "2018-08-08",
        "The contract covers at least 20 more years.",
        "at least 20 more years",
        "DURATION P20Y EQUAL_OR_MORE",
    ),
    (
        "2018-08-08",
        "Shipments resume within two to three weeks.",
        "two to three weeks",
        "DURATION PXW",
    ),
    (
        "2018-08-08",
        "We might, in a year or two, hire more staff.",
        "a year or two",
        "DURATION PXY",
    ),
    (
        "2018-08-08",
        "The currency fell to a five year low.",
        "five year",
        "DURATION P5Y",
    ),
    (
        "2018-08-08",
        "The index rose eight trading days in a row.",
        "eight trading days",
        "DURATION P8D",
    ),
    (
        "2018-08-08",
        "It ended the eight-year war.",
        "eight-year",
        "DURATION P8Y",
    ),
    (
        "2018-08-08",
        "The two days of talks ended.",
        "two days",
        "DURATION P2D",
    ),
    (
        "2018-08-08",
        "The money will be spent over three years.",
        "three years",
        "DURATION P3Y",
    ),
    (
        "1998-11-20",
        "The bank was robbed on Oct. 23. A van was spotted in the weeks before the robbery.",
        "weeks",
        "DATE 1998-10",
    ),
];

#[cfg(test)]
pub(super) const NEGATIVES: &[super::examples::Negative] = &[
    // Years of accounts, days of an event or days lost, counted as things.
    (
        "1999-06-10",
        "Japanese fiscal years differ from American ones.",
    ),
    (
        "2012-11-08",
        "Poll workers must report early on election days.",
    ),
    (
        "2004-02-02",
        "Rail passengers deserved compensation for any lost days.",
    ),
    // After a name and a comma, an age before a word for someone who does something.
    (
        "2000-11-16",
        "\"We will win again,\" said Harlan, a 58-year-old rancher.",
    ),
    (
        "1989-01-02",
        "Amsden, a 47-year-old farm equipment dealer, will take office.",
    ),
    // A person's age, whatever the trade: not an amount.
    (
        "1991-03-09",
        "Rosa Delgado, a 34-year-old seamstress, came north with her son.",
    ),
    (
        "1991-03-09",
        "Wilmer Reyes, a 23-year-old carpenter, said he left to find work.",
    ),
    // "year-round" is an adjective; a weekday's "hours" are its opening hours.
    (
        "2016-03-02",
        "The board voted to move 11 schools to a year-round calendar.",
    ),
    // A count and its unit in capitals inside a sentence are a name.
    (
        "2018-11-08",
        "The treaty ended the Thirty Years' War, the museum said.",
    ),
    (
        "2017-06-05",
        "Israel captured the Old City in the Six-Day War.",
    ),
    // The days a season or a custom makes are no amount of time.
    (
        "2010-08-09",
        "Families are preparing for the fast in the long days of the British holidays.",
    ),
    (
        "2000-11-22",
        "It is usually one of the busiest travel days.",
    ),
    ("2024-03-11", "Fasting days in the north are much longer."),
    (
        "2002-09-10",
        "It will be a day of mourning across the country.",
    ),
    ("2004-02-29", "It is a day that few people will forget."),
    (
        "2000-04-30",
        "Rates are just above their quarter-century low.",
    ),
    (
        "2011-06-30",
        "The council closed the gap by cutting library hours and freezing pay.",
    ),
    (
        "2019-07-19",
        "The Mets travel to Miami for a weekend series.",
    ),
    (
        "2019-02-06",
        "The CDC recommends a first dose at 12 to 15 months of age.",
    ),
    (
        "2013-03-20",
        "Minutes released by the Fed suggested another increase.",
    ),
    (
        "2013-03-20",
        "The empire ruled the region for hundreds of years.",
    ),
    (
        "2024-03-20",
        "Mars takes about 687 Earth days to orbit the sun.",
    ),
    ("2018-08-08", "It was one of their busiest days in memory."),
    // The hours a place keeps are no amount of time.
    (
        "2019-12-20",
        "The clinic will close early, and regular hours resume after the holiday.",
    ),
    (
        "2000-04-20",
        "The board will review the new hours after a trial period.",
    ),
    (
        "2015-03-02",
        "Calling hours will be held at the funeral home.",
    ),
    (
        "2018-08-08",
        "The mall extended its hours for the holidays.",
    ),
    (
        "2018-08-08",
        "Century years get a leap day only if divisible by 400.",
    ),
    (
        "2018-08-08",
        "In ordinary years she celebrates with friends.",
    ),
    ("2018-08-08", "Refunds arrive faster on business days."),
    ("2018-08-08", "A 10-year-old boy was hurt."),
    ("2018-08-08", "The man, 45 years old, was arrested."),
    ("2018-08-08", "Wait a second."),
    ("2018-08-08", "Smith, who is 45 years old, was arrested."),
    ("2018-08-08", "The man was 45 years old."),
    ("2018-08-08", "Ortega was 29 years old when she moved."),
    ("2018-08-08", "The two-year-old colt won."),
    ("2018-08-08", "A 29-year-old from Lakewood was hurt."),
    (
        "2018-08-08",
        "The 46-year-old John Smith was arrested at home.",
    ),
    (
        "2018-08-08",
        "A 76-year-old former American paratrooper laid a wreath.",
    ),
    ("2018-08-08", "\"It broke,\" said a 38-year-old mechanic."),
    (
        "2018-08-08",
        "The judge postponed the trial of a 34-year-old former armored-car guard.",
    ),
    (
        "2018-08-08",
        "Police sought James Kopp, a 44-year-old anti-abortion protester.",
    ),
    ("2018-08-08", "A 67-year-old Ankeny man was killed."),
    ("2018-08-08", "He lost a second time."),
    ("2018-08-08", "He said so on CBS's 60 Minutes program."),
    ("2018-08-08", "A day care center opened on Main Street."),
    ("2018-08-08", "Nurses on the night shift walked out."),
    // The whole of every day: "all the time", not an amount.
    (
        "2018-08-08",
        "Guards stood outside the office 24 hours a day.",
    ),
    ("2018-08-08", "Crews worked twenty-four hours a day."),
];
