//! Calendar dates: month names with or without day and year ("August 5", "Aug. 5, 2018",
//! "5 August 2018", "August 1988", "July"), numeric and ISO dates ("8/5/2018", "2018-08-05")
//! and years ("1990", "fiscal 1989", "nineteen ninety-six").
//!
//! Month names double as ordinary words: "may" the modal, "March" the verb, "June" and "April"
//! the first names. A month name therefore counts only when capitalised, and a bare "May" or
//! "March" only with support: a day or year next to it, or a preposition or shift word
//! before it ("in May", "last March"). A bare month followed by a capitalised word with
//! nothing temporal before it is taken for a name ("April Ryan").

use super::super::doc::Doc;
use super::super::expr::{Candidate, Expr, Shift, YearRef, rule_name};
use super::super::lexicon::{Lex, Unit, Word};
use super::amount::part_of_bigger_number;
use super::position::position_before;

// Kept out of the pipeline loop (`rules::collect`): inlined there, the rule families made
// the loop large enough to cost about 1% more instructions (callgrind, docs/BENCHMARKS.md).
#[inline(never)]
pub(super) fn at(doc: &Doc, i: usize, out: &mut Vec<Candidate>) {
    match doc.lex(i) {
        Lex::Month(_) | Lex::MonthAbbr(_) => month_first(doc, i, out),
        Lex::Ordinal(_) => day_first(doc, i, out),
        Lex::Cardinal(_) => {
            if let Some((year, next)) = written_year_at(doc, i) {
                let mut start = i;
                if i >= 2
                    && doc.is(i - 2, Word::The)
                    && doc
                        .unit(i - 1)
                        .is_some_and(|u| u.0 == super::super::lexicon::Unit::Year && !u.1)
                {
                    start = i - 2;
                }
                out.push(Candidate::new(
                    start,
                    next,
                    Expr::Year(year),
                    "year-in-words",
                ));
            }
        }
        // "In '73 it was gone in a week", "since '98": a year cut to two digits after a
        // preposition of time.
        _ if doc.apostrophe(i)
            && i > 0
            && matches!(
                doc.word(i - 1),
                "in" | "since" | "until" | "by" | "from" | "of" | "before" | "after"
            ) =>
        {
            if let Some((year, next)) = year_at(doc, i) {
                out.push(Candidate::new(i, next, Expr::Year(year), "year"));
            }
        }
        _ if doc.is_number(i) => {
            numeric_date(doc, i, out);
            month_slash_day(doc, i, out);
            day_first(doc, i, out);
            day_of_the_month(doc, i, out);
            if let Some(c) = bare_year(doc, i) {
                // "in 1990-95": a range of years, its end written with two digits.
                if let (Expr::Year(y), true) = (c.expr, c.end == i + 1) {
                    if let Some(end) = two_digit_year_after(doc, c.end, y) {
                        out.push(Candidate::new(
                            c.end + 1,
                            c.end + 2,
                            Expr::Year(end),
                            "range-end",
                        ));
                    }
                }
                out.push(c);
            }
        }
        _ => {}
    }
}

/// A month name or abbreviation at `i`: `(month, next token)`.
pub(crate) fn month_at(doc: &Doc, i: usize) -> Option<(u32, usize)> {
    if !(doc.cap(i) || doc.all_caps(i)) {
        return None;
    }
    match doc.lex(i) {
        Lex::Month(m) => {
            // "Sept." is an abbreviation even though "sept" is in the table as one; full
            // names take no period.
            Some((u32::from(m), i + 1))
        }
        Lex::MonthAbbr(m) => {
            if doc.punct(i + 1, '.') && doc.glued(i + 1) {
                Some((u32::from(m), i + 2))
            } else if doc.is_number(i + 1) && !doc.glued(i + 1) {
                Some((u32::from(m), i + 1))
            } else {
                None
            }
        }
        _ => None,
    }
}

/// A day of the month at `i` ("5", "5th"): `(day, next token)`.
pub(crate) fn day_at(doc: &Doc, i: usize) -> Option<(u32, usize)> {
    // "March eighth", "the fifth of May"
    if let Lex::Ordinal(d @ 1..=31) = doc.lex(i) {
        return Some((d, i + 1));
    }
    let d = doc.num(i)?;
    if !(1..=31).contains(&d) || doc.digits(i) > 2 || part_of_bigger_number(doc, i) {
        return None;
    }
    // "5:30" is a time, not a day; "April 25:" ends a clause.
    if doc.punct(i + 1, ':') && doc.glued(i + 1) && doc.is_number(i + 2) && doc.glued(i + 2) {
        return None;
    }
    let mut next = i + 1;
    if doc.glued(next) && matches!(doc.word(next), "st" | "nd" | "rd" | "th") {
        next += 1;
    }
    Some((d, next))
}

/// A year at `i`: four digits in the usual range, "'98", or written out. `(year, next)`.
pub(crate) fn year_at(doc: &Doc, i: usize) -> Option<(i32, usize)> {
    if doc.digits(i) == 4 && !part_of_bigger_number(doc, i) {
        let y = doc.num(i)? as i32;
        if (1000..=2099).contains(&y) {
            // "1995-96", "2014-15": a season or school year across two years, named (as
            // TimeML has no value for it) by the year it starts in.
            // So is "1998/99", "1999/2000", the British and Australian way of writing it.
            let next = i + 1;
            let slash = doc.punct(next, '/');
            let runs_on = (doc.dash(next) || slash)
                && doc.glued(next)
                && doc.glued(next + 1)
                && ((doc.digits(next + 1) == 2
                    && doc
                        .num(next + 1)
                        .is_some_and(|n| n as i32 == (y + 1).rem_euclid(100)))
                    || (slash
                        && doc.digits(next + 1) == 4
                        && doc.num(next + 1).is_some_and(|n| n as i32 == y + 1)));
            return Some((y, if runs_on { next + 2 } else { next }));
        }
    }
    if doc.apostrophe(i)
        && doc.digits(i + 1) == 2
        && doc.glued(i + 1)
        && !(doc.is_word(i + 2) && doc.glued(i + 2))
    {
        let y = doc.num(i + 1)? as i32;
        return Some((full_year(y), i + 2));
    }
    written_year_at(doc, i)
}

/// The end of a range of years after the dash at `dash`, written with two digits ("1990-95"),
/// in the same century as `start` and more than a year after it ("1995-96" is a season, read
/// by [`year_at`]).
fn two_digit_year_after(doc: &Doc, dash: usize, start: i32) -> Option<i32> {
    if !(doc.hyphen(dash) && doc.digits(dash + 1) == 2) {
        return None;
    }
    if doc.is_word(dash + 2) && doc.glued(dash + 2) {
        return None;
    }
    let end = start - start.rem_euclid(100) + doc.num(dash + 1)? as i32;
    (end > start + 1).then_some(end)
}

/// A two-digit year written out in full: 50-99 are the twentieth century, 00-49 the
/// twenty-first ("'98" is 1998, "FY14" 2014).
pub(crate) fn full_year(two_digits: i32) -> i32 {
    if two_digits >= 50 {
        1900 + two_digits
    } else {
        2000 + two_digits
    }
}

/// The year that may follow a day ("Aug. 5, 2018", "5 August 2018"): `(year, next token)`.
/// The year stated right after a name at `i`, "of" allowed before it: "Christmas 1998",
/// "Thanksgiving of 1999", "the third quarter of 1997", "the summer solstice of 2014". The
/// year and the token after it.
pub(super) fn year_of_after(doc: &Doc, i: usize) -> Option<(i32, usize)> {
    let at = if doc.is(i, Word::Of) { i + 1 } else { i };
    year_at(doc, at)
}

pub(crate) fn year_after(doc: &Doc, i: usize) -> Option<(i32, usize)> {
    let at = if doc.punct(i, ',') { i + 1 } else { i };
    let (year, next) = year_at(doc, at)?;
    if doc.is_number(at) && counts_something(doc, next) {
        return None;
    }
    Some((year, next))
}

/// A day of a month, with the year when stated.
pub(crate) fn day_of(year: Option<i32>, month: u32, day: u32, weekday: Option<u8>) -> Expr {
    Expr::Calendar {
        year,
        month: Some(month),
        day: Some(day),
        weekday,
    }
}

/// "nineteen ninety-six", "nineteen seventy-nine", "two thousand".
fn written_year_at(doc: &Doc, i: usize) -> Option<(i32, usize)> {
    match doc.lex(i) {
        Lex::Cardinal(c @ 18..=20) if !doc.is_number(i) => {
            let (rest, next) = super::amount::cardinal_at(doc, i + 1)?;
            if doc.is_number(i + 1) || !(10..=99).contains(&rest) {
                return None;
            }
            Some((c as i32 * 100 + rest as i32, next))
        }
        Lex::Cardinal(2) if doc.lex(i + 1) == Lex::Cardinal(1000) && !doc.is_number(i) => {
            // "two thousand" is a year only where a year is expected.
            let expected = i > 0
                && (matches!(
                    doc.lex(i - 1),
                    Lex::Word(Word::In | Word::Since | Word::By | Word::Until | Word::Of)
                ) || doc
                    .unit(i - 1)
                    .is_some_and(|u| u.0 == super::super::lexicon::Unit::Year));
            expected.then_some((2000, i + 2))
        }
        _ => None,
    }
}

/// A year standing alone: "in 1990", "1990 and beyond", "fiscal 1989". Numbers that count
/// things ("1990 people", "$2000") are not years.
fn bare_year(doc: &Doc, i: usize) -> Option<Candidate> {
    let (year, next) = year_at(doc, i)?;
    if doc.is_number(i) && counts_something(doc, next) {
        return None;
    }
    // "(1800 GMT)": a clock in wire style, never a year.
    if doc.is_number(i) && super::clock::timezone_after(doc, next) > next {
        return None;
    }
    // "555-2000", "1-800-555-1999": the last four digits of a telephone number.
    if i >= 2 && doc.dash(i - 1) && doc.glued(i - 1) && doc.glued(i) && doc.digits(i - 2) == 3 {
        return None;
    }
    // "+44 1865 555 012": a group of a telephone number written with spaces, after a
    // country code or before two more groups. ("In 1998 200 workers were laid off": one
    // number after a year is a count.)
    let group = |k: usize| doc.is_number(k) && doc.digits(k) >= 2 && !doc.glued(k);
    let country_code = i >= 2 && doc.is_number(i - 1) && doc.raw(i - 2) == "+";
    if doc.is_number(i) && group(next) && (country_code || group(next + 1)) {
        return None;
    }
    let before = if i > 0 { doc.lex(i - 1) } else { Lex::None };
    let expected = matches!(
        before,
        Lex::Word(
            Word::In
                | Word::Since
                | Word::By
                | Word::Until
                | Word::From
                | Word::Of
                | Word::Through
                | Word::Before
                | Word::After
                | Word::Between
                | Word::The
                | Word::Fiscal
        )
    );
    // "reissued in 1216, 1217 and 1225", "lived in Delft from 1650 to 1675": a number listed
    // or ranged after a year, and near it, is one too.
    let after_year = i >= 2
        && (matches!(doc.word(i - 1), "to" | "and" | "or" | "through" | "until")
            || doc.punct(i - 1, ',')
            || doc.dash(i - 1))
        && doc.digits(i - 2) == 4
        && year_at(doc, i - 2).is_some_and(|(y, _)| (y - year).abs() < 200);
    if year < 1800 && !expected && !after_year {
        return None;
    }
    // "Flight 2018", "Room 1990", "Form 1040": a number naming a thing after a capitalised
    // word, or after "No." / "number".
    if i > 0 && !expected {
        // A capitalised word opening the sentence may be a plain preposition: "For 2010,
        // revenue climbed", "During 1998, ...".
        let opener = doc.sentence_start(i - 1)
            && matches!(
                doc.word(i - 1),
                "for" | "during" | "throughout" | "around" | "circa" | "as" | "but" | "and"
            );
        let label =
            (doc.cap(i - 1) && doc.is_word(i - 1) && doc.lex(i - 1) == Lex::None && !opener)
                || matches!(
                    doc.word(i - 1),
                    "number" | "no" | "nos" | "model" | "route" | "highway" | "interstate"
                )
                || doc.punct(i - 1, '#');
        if label {
            return None;
        }
    }
    // "the Pentagon's Year 2000 center", "Year 2000 compliance": a capitalised "Year" inside
    // a sentence, before a noun, makes the number part of a name ("the year 2000" is a date).
    if i > 1
        && doc.cap(i - 1)
        && doc.unit(i - 1) == Some((Unit::Year, false))
        && !doc.sentence_start(i - 1)
        && doc.is_word(next)
        && !doc.cap(next)
        && doc.lex(next) == Lex::None
        && doc.tense_class(next) == 0
    {
        return None;
    }
    // "her 1987 Chevrolet": a model year naming a thing.
    if i >= 2 && doc.apostrophe_s(i - 2) && doc.cap(next) && doc.lex(next) == Lex::None {
        return None;
    }
    let mut start = i;
    if before == Lex::Word(Word::Fiscal) {
        start = i - 1;
    }
    // "fiscal year 2025", "fiscal year 2024-25": as "fiscal 2025".
    if i >= 2 && doc.unit(i - 1) == Some((Unit::Year, false)) && doc.is(i - 2, Word::Fiscal) {
        start = i - 2;
    }
    // "post-1959", "pre-1990"
    if i >= 2
        && doc.dash(i - 1)
        && doc.glued(i)
        && doc.glued(i - 1)
        && matches!(doc.word(i - 2), "post" | "pre")
    {
        let mut c = Candidate::new(i - 2, next, Expr::Year(year), "year");
        c.modifier = Some(if doc.word(i - 2) == "post" {
            super::super::value::Mod::After
        } else {
            super::super::value::Mod::Before
        });
        return Some(c);
    }
    // "the 2014-15 school year", "the 1996-97 fiscal year": the noun it qualifies is part
    // of the expression.
    let mut next = next;
    if start > 0
        && doc.is(start - 1, Word::The)
        && matches!(
            doc.word(next),
            "school" | "academic" | "fiscal" | "financial" | "budget"
        )
        && doc.unit(next + 1) == Some((Unit::Year, false))
    {
        start -= 1;
        next += 2;
    }
    // "the year 2000": the noun in apposition is part of the expression.
    if start >= 2
        && doc.unit(start - 1) == Some((Unit::Year, false))
        && doc.is(start - 2, Word::The)
    {
        start -= 2;
    }
    let (start, modifier) = match position_before(doc, start) {
        (s, Some(m)) => (s, Some(m)),
        _ => (start, None),
    };
    let mut c = Candidate::new(start, next, Expr::Year(year), "year");
    c.modifier = modifier;
    Some(c)
}

/// Words after a number that show it counts things rather than names a year.
fn counts_something(doc: &Doc, i: usize) -> bool {
    if doc.punct(i, '%') {
        return true;
    }
    matches!(
        doc.word(i),
        "percent"
            | "per"
            | "people"
            | "persons"
            | "men"
            | "women"
            | "children"
            | "soldiers"
            | "troops"
            | "workers"
            | "employees"
            | "jobs"
            | "votes"
            | "shares"
            | "points"
            | "units"
            | "cars"
            | "vehicles"
            | "homes"
            | "houses"
            | "acres"
            | "feet"
            | "foot"
            | "meters"
            | "metres"
            | "miles"
            | "kilometers"
            | "kilometres"
            | "tons"
            | "tonnes"
            | "barrels"
            | "pounds"
            | "dollars"
            | "yen"
            | "marks"
            | "francs"
            | "euros"
            | "members"
            | "students"
            | "cases"
            | "deaths"
            | "copies"
            | "pages"
            | "rooms"
            | "seats"
            | "passengers"
            | "million"
            | "billion"
            | "trillion"
            | "thousand"
            | "hundred"
            | "degrees"
            | "calories"
            | "square"
            | "cubic"
            | "yards"
            | "inches"
            | "ounces"
            | "gallons"
            | "liters"
            | "litres"
    )
}

/// "August 5", "Aug. 5, 2018", "August 2018", "August of 2018", "July", "last April",
/// "July last year".
fn month_first(doc: &Doc, i: usize, out: &mut Vec<Candidate>) {
    let Some((month, next)) = month_at(doc, i) else {
        return;
    };
    // "the October-December quarter", "the April-June period", "the April-to-June quarter":
    // a calendar quarter named by its first and last months.
    let second = if doc.hyphen(next) && doc.is(next + 1, Word::To) && doc.hyphen(next + 2) {
        Some(next + 3)
    } else if doc.hyphen(next) {
        Some(next + 1)
    } else {
        None
    };
    if let Some(second) = second {
        if let Some((last, after)) = month_at(doc, second) {
            let names_period = matches!(doc.word(after), "quarter" | "period");
            if names_period && month % 3 == 1 && last == month + 2 {
                let start = if i > 0 && doc.is(i - 1, Word::The) {
                    i - 1
                } else {
                    i
                };
                // "the April-June quarter of 2014": the year it is in.
                let stated = (doc.word(after + 1) == "of" && doc.digits(after + 2) == 4)
                    .then(|| doc.num(after + 2))
                    .flatten()
                    .and_then(|y| i32::try_from(y).ok());
                let (year, end) = match stated {
                    Some(y) => (YearRef::Absolute(y), after + 3),
                    None => (YearRef::Implied, after + 1),
                };
                let expr = Expr::Quarter {
                    quarter: month / 3 + 1,
                    year,
                    year_ago: false,
                };
                out.push(Candidate::new(start, end, expr, "month-range-quarter"));
                return;
            }
        }
    }
    // Month and day.
    if let Some((day, after_day)) = day_at(doc, next) {
        // A number right after a month is a day unless it is really a year ("August 1988").
        if doc.digits(next) != 4 {
            let (year, end) = match year_after(doc, after_day) {
                Some((y, end)) => (Some(y), end),
                None => (None, after_day),
            };
            let (start, modifier) = position_before(doc, i);
            // "Aug. 14 last year", "March 3 of that year"
            if year.is_none() {
                if let Some((expr, end)) = day_in_relative_year(doc, month, day, after_day) {
                    let mut c = Candidate::new(start, end, expr, "month-day-year");
                    c.modifier = modifier;
                    out.push(c);
                    return;
                }
            }
            // "expired last Oct. 31", "closes next June 30": the word says which side of
            // publication, and is part of the expression.
            let shifted = year.is_none()
                && modifier.is_none()
                && start == i
                && i > 0
                && matches!(doc.lex(i - 1), Lex::Word(Word::Last | Word::Next));
            let (start, rule) = if shifted {
                (i - 1, rule_name::SHIFTED_MONTH_DAY)
            } else {
                (start, "month-day")
            };
            let mut c = Candidate::new(start, end, day_of(year, month, day, None), rule);
            c.modifier = modifier;
            out.push(c);
            return;
        }
    }
    // Month and year: "August 1988", "August of 1988", "August, 1988".
    let y_at = if doc.is(next, Word::Of) || doc.punct(next, ',') {
        next + 1
    } else {
        next
    };
    if let Some((year, after_year)) = year_at(doc, y_at) {
        if !(doc.is_number(y_at) && counts_something(doc, after_year)) {
            let (start, modifier) = position_before(doc, i);
            let mut c = Candidate::new(
                start,
                after_year,
                Expr::Calendar {
                    year: Some(year),
                    month: Some(month),
                    day: None,
                    weekday: None,
                },
                "month-year",
            );
            c.modifier = modifier;
            out.push(c);
            return;
        }
    }
    // A bare month, perhaps shifted ("last April") or placed in a relative year ("July last
    // year", "January this year").
    let (mut start, shift) = shift_before(doc, i);
    let (year, end) = relative_year_after(doc, next);
    // ("March: Harwell says it will close its mill": a chronology's entry, the month opening
    // its line before a colon or a dash.)
    let entry = doc.line_start(i) && (doc.punct(next, ':') || doc.dash(next));
    let supported =
        shift != Shift::Bare || year != YearRef::Implied || has_support_before(doc, i) || entry;
    if !supported && is_latent(doc, i, month) {
        return;
    }
    if shift == Shift::Bare && year == YearRef::Implied && names_a_speaker(doc, i, month) {
        return;
    }
    let mut modifier = None;
    if let (s, Some(m)) = position_before(doc, start) {
        start = s;
        modifier = Some(m);
    }
    // "He came home that August": the month of the year the story is in.
    let that = shift == Shift::Bare
        && year == YearRef::Implied
        && modifier.is_none()
        && start == i
        && i > 0
        && doc.is(i - 1, Word::That);
    if that {
        let expr = Expr::Month {
            month,
            shift,
            year: YearRef::Narrative(0),
        };
        out.push(Candidate::new(i - 1, end, expr, "month"));
        return;
    }
    let expr = if shift == Shift::Bare && year == YearRef::Implied {
        Expr::Calendar {
            year: None,
            month: Some(month),
            day: None,
            weekday: None,
        }
    } else {
        Expr::Month { month, shift, year }
    };
    let rule = if entry && shift == Shift::Bare && year == YearRef::Implied {
        rule_name::CHRONOLOGY_MONTH
    } else {
        "month"
    };
    let mut c = Candidate::new(start, end, expr, rule);
    c.modifier = modifier;
    out.push(c);
}

/// A day and month placed by a relative year right after them, ending at `after`: "Aug. 14
/// last year", "23 June last year", "March 3 of that year".
fn day_in_relative_year(doc: &Doc, month: u32, day: u32, after: usize) -> Option<(Expr, usize)> {
    match relative_year_after(doc, after) {
        (year @ (YearRef::Relative(_) | YearRef::Narrative(_)), end) => {
            Some((Expr::DayOfYear { month, day, year }, end))
        }
        _ => None,
    }
}

/// "last", "next", "this", "this past", "this coming" before token `i`.
pub(crate) fn shift_before(doc: &Doc, i: usize) -> (usize, Shift) {
    if i == 0 {
        return (i, Shift::Bare);
    }
    match doc.lex(i - 1) {
        Lex::Word(Word::Last) => (i - 1, Shift::Last),
        // "reopened the next Monday": the article is part of it (the resolver reads it).
        Lex::Word(Word::Next) if i >= 2 && doc.is(i - 2, Word::The) => (i - 2, Shift::Next),
        Lex::Word(Word::Next) => (i - 1, Shift::Next),
        Lex::Word(Word::Past) if i >= 2 && doc.is(i - 2, Word::This) => (i - 2, Shift::Last),
        Lex::Word(Word::Coming) if i >= 2 && doc.is(i - 2, Word::This) => (i - 2, Shift::Coming),
        Lex::Word(Word::Coming) => (i - 1, Shift::Coming),
        Lex::Word(Word::This) => (i - 1, Shift::This),
        Lex::Word(Word::Previous) if i >= 2 && doc.is(i - 2, Word::The) => (i - 2, Shift::Previous),
        Lex::Word(Word::Following) if i >= 2 && doc.is(i - 2, Word::The) => {
            (i - 2, Shift::Following)
        }
        _ => (i, Shift::Bare),
    }
}

/// "last year", "this year", "next year", "of last year" after token `i`.
pub(crate) fn relative_year_after(doc: &Doc, i: usize) -> (YearRef, usize) {
    let j = if doc.is(i, Word::Of) { i + 1 } else { i };
    let is_year = doc
        .unit(j + 1)
        .is_some_and(|(u, plural)| u == super::super::lexicon::Unit::Year && !plural);
    if is_year {
        match doc.lex(j) {
            Lex::Word(Word::Last) => return (YearRef::Relative(-1), j + 2),
            Lex::Word(Word::This) => return (YearRef::Relative(0), j + 2),
            Lex::Word(Word::Next) => return (YearRef::Relative(1), j + 2),
            Lex::Word(Word::That) => return (YearRef::Narrative(0), j + 2),
            _ => {}
        }
    }
    // "Jan. 15 of the following year", "in June of the previous year": the story's year,
    // moved by one.
    let following = doc.is(i, Word::Of)
        && doc.is(j, Word::The)
        && doc
            .unit(j + 2)
            .is_some_and(|(u, plural)| u == super::super::lexicon::Unit::Year && !plural);
    if following {
        match doc.lex(j + 1) {
            Lex::Word(Word::Following | Word::Next) => return (YearRef::Narrative(1), j + 3),
            Lex::Word(Word::Previous) => return (YearRef::Narrative(-1), j + 3),
            _ => {}
        }
    }
    (YearRef::Implied, i)
}

/// A word before a bare month that shows it is a date: "in May", "since March", "by June".
fn has_support_before(doc: &Doc, i: usize) -> bool {
    if i == 0 {
        return false;
    }
    let prev = doc.lex(i - 1);
    matches!(
        prev,
        Lex::Word(
            Word::In
                | Word::Since
                | Word::Until
                | Word::By
                | Word::From
                | Word::Through
                | Word::Before
                | Word::After
                | Word::Between
                | Word::Around
                | Word::Early
                | Word::Late
                | Word::Mid
                | Word::Of
                | Word::To
                | Word::And
                | Word::Or
                | Word::Last
                | Word::Next
                | Word::This
                | Word::Each
                | Word::Every
                | Word::The
        )
    ) || matches!(doc.word(i - 1), "during" | "until" | "into" | "throughout")
        // "as soon as May", "as early as March", "as recently as May".
        || (i >= 3
            && doc.word(i - 1) == "as"
            && matches!(doc.word(i - 2), "soon" | "early" | "late" | "recently")
            && doc.word(i - 3) == "as")
        // "figures for March", "the forecast for June"; "voted for May" is a person, but
        // "sales figures for May", "scheduled for May" are the month.
        || (doc.word(i - 1) == "for" && (doc.word(i) != "may" || period_noun_before(doc, i - 1)))
        || (doc.dash(i - 1)
            && i >= 2
            && matches!(
                doc.lex(i - 2),
                Lex::Word(Word::Mid | Word::Early | Word::Late)
            ))
}

/// Whether the word before `for` at `i` takes a period after it: a figure reported for a
/// month ("sales figures for May") or a plan set for one ("scheduled for May").
fn period_noun_before(doc: &Doc, i: usize) -> bool {
    i > 0
        && (super::super::tense::figure_noun(doc.word(i - 1))
            || matches!(
                doc.word(i - 1),
                "forecast"
                    | "forecasts"
                    | "scheduled"
                    | "planned"
                    | "slated"
                    | "set"
                    | "due"
                    | "booked"
                    | "expected"
                    | "rescheduled"
                    | "postponed"
                    | "delayed"
            ))
}

/// "a day after May announced", "talks between Trump and May ended": a bare "May" or "March"
/// followed by a verb is the subject of a clause, a person, unless a preposition that only
/// dates take sits before it ("in May was the busiest month" is rare; "in May announced" is
/// not English).
fn names_a_speaker(doc: &Doc, i: usize, month: u32) -> bool {
    use super::super::tense::PAST_FORM;
    if month != 5 && month != 3 {
        return false;
    }
    let next = i + 1;
    if !doc.is_word(next) || doc.cap(next) {
        return false;
    }
    let verb = doc.tense_class(next) & PAST_FORM != 0
        || matches!(
            doc.word(next),
            "says" | "said" | "told" | "will" | "would" | "has" | "is" | "was" | "wants"
        );
    // "the three months to March rose": after a span of time or another month, "to" leads
    // to a date; the verb is the span's.
    let span_to = i >= 2
        && doc.is(i - 1, Word::To)
        && (doc.unit(i - 2).is_some() || month_at(doc, i - 2).is_some());
    // "sales figures for May will be published": a figure's month.
    let figure_for = i > 0 && doc.word(i - 1) == "for" && period_noun_before(doc, i - 1);
    let date_only_before = span_to
        || figure_for
        || i > 0
            && matches!(
                doc.lex(i - 1),
                Lex::Word(
                    Word::In
                        | Word::Since
                        | Word::Until
                        | Word::Through
                        | Word::Early
                        | Word::Late
                        | Word::Mid
                        | Word::Last
                        | Word::Next
                        | Word::This
                )
            );
    // "In February we were seeing $18 oil again, and March was the best month": after
    // "and", a month of the same sentence before it makes a list of months.
    let months_listed = i >= 1
        && matches!(doc.word(i - 1), "and" | "or")
        && (doc.sentence_tokens(i).0..i - 1).any(|k| matches!(doc.lex(k), Lex::Month(_)));
    verb && !date_only_before && !months_listed
}

/// Whether a bare, unsupported month name is more likely an ordinary word or a name.
fn is_latent(doc: &Doc, i: usize, month: u32) -> bool {
    // "its May production figures", "final March sales": a month measured by the figure
    // after it is a month, whatever its name is as a word.
    if super::super::tense::figure_follows(doc, i + 1, super::super::tense::figure_noun) {
        return false;
    }
    // "Brent crude for May delivery", "the March contract", "May crude": a futures month.
    if super::super::tense::names_a_contract(doc, i + 1) {
        return false;
    }
    // "may" and "march" are common words; written capitalised mid-sentence without support
    // they are still most often names ("Theresa May") or sentence-initial verbs.
    if month == 5 || month == 3 {
        return true;
    }
    // A capitalised word right after ("April Ryan") or right before ("Jennifer April") makes
    // a name.
    let name_after = doc.cap(i + 1)
        && doc.is_word(i + 1)
        && doc.lex(i + 1) == Lex::None
        && !doc.sentence_start(i + 1);
    let name_before = i > 0
        && doc.cap(i - 1)
        && doc.is_word(i - 1)
        && doc.lex(i - 1) == Lex::None
        && !doc.sentence_start(i);
    name_after || name_before
}

/// "5 August 2018", "5th August", "the 5th of August".
fn day_first(doc: &Doc, i: usize, out: &mut Vec<Candidate>) {
    let Some((day, next)) = day_at(doc, i) else {
        return;
    };
    let of = doc.is(next, Word::Of);
    // "the fifth of May": a written ordinal needs its "of"; "first May" is not a date.
    if !doc.is_number(i) && !of {
        return;
    }
    let m_at = if of { next + 1 } else { next };
    let Some((month, after_month)) = month_at(doc, m_at) else {
        return;
    };
    let (year, end) = match year_after(doc, after_month) {
        Some((y, end)) => (Some(y), end),
        None => (None, after_month),
    };
    let start = if of && i > 0 && doc.is(i - 1, Word::The) {
        i - 1
    } else {
        i
    };
    // "on 23 June last year", as "June 23 last year".
    if year.is_none() {
        if let Some((expr, end)) = day_in_relative_year(doc, month, day, after_month) {
            out.push(Candidate::new(start, end, expr, "day-month-year"));
            return;
        }
    }
    out.push(Candidate::new(
        start,
        end,
        day_of(year, month, day, None),
        "day-month",
    ));
}

/// A preposition of time before a date with no month or year of its own: "on 3/15", "on the
/// 29th".
fn date_preposition(doc: &Doc, i: usize) -> bool {
    i > 0
        && matches!(
            doc.lex(i - 1),
            Lex::Word(Word::On | Word::Since | Word::Until | Word::Through | Word::By)
        )
}

/// "on the 29th", "by the 5th": a day of the story's month, named by its number alone. Only
/// with a preposition of time before and nothing after that it could count ("the 29th
/// floor", "on the 5th anniversary").
/// "Tuesday the 17th", "Friday, the 13th": a weekday before it names the day too, and makes
/// the date.
fn day_of_the_month(doc: &Doc, i: usize, out: &mut Vec<Candidate>) {
    if i < 2 || !doc.is(i - 1, Word::The) {
        return;
    }
    let weekday_at = |k: usize| match doc.lex(k) {
        Lex::Weekday(w) if doc.cap(k) => Some((k, w)),
        _ => None,
    };
    let weekday = weekday_at(i - 2).or_else(|| {
        (i >= 3 && doc.punct(i - 2, ','))
            .then(|| weekday_at(i - 3))
            .flatten()
    });
    if weekday.is_none() && !date_preposition(doc, i - 1) {
        return;
    }
    let Some((day, next)) = day_at(doc, i) else {
        return;
    };
    // The suffix makes the number an ordinal: "on the 29 of" is not written.
    if next != i + 2 {
        return;
    }
    let counts = doc.is_word(next)
        && !matches!(
            doc.lex(next),
            Lex::Word(Word::And | Word::Or | Word::To | Word::At | Word::Through)
        )
        && !matches!(
            doc.word(next),
            "at" | "when" | "as" | "in" | "after" | "before"
        );
    if counts {
        return;
    }
    let expr = Expr::Calendar {
        year: None,
        month: None,
        day: Some(day),
        weekday: weekday.map(|(_, w)| w),
    };
    let start = weekday.map_or(i - 1, |(k, _)| k);
    out.push(Candidate::new(start, next, expr, "day-of-the-month"));
}

/// "on 3/15", "since 11/2": month and day written in figures with no year, after a
/// preposition of time; "3/4" alone is a fraction.
fn month_slash_day(doc: &Doc, i: usize, out: &mut Vec<Candidate>) {
    // "by 3/4 of a point": a fraction.
    if !date_preposition(doc, i)
        || doc.is(i - 1, Word::By)
        || doc.is(i + 3, Word::Of)
        || !(doc.punct(i + 1, '/') && doc.glued(i + 1) && doc.glued(i + 2))
        || doc.digits(i) > 2
        || doc.digits(i + 2) > 2
        || (doc.glued(i + 3) && (doc.punct(i + 3, '/') || doc.is_number(i + 3)))
    {
        return;
    }
    let (Some(month), Some(day)) = (doc.num(i), doc.num(i + 2)) else {
        return;
    };
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return;
    }
    out.push(Candidate::new(
        i,
        i + 3,
        day_of(None, month, day, None),
        "month-slash-day",
    ));
}

/// "2018-08-05", "2018/08/05", "8/5/2018", "08/05/18".
fn numeric_date(doc: &Doc, i: usize, out: &mut Vec<Candidate>) {
    let glued3 = |sep: char| {
        doc.punct(i + 1, sep)
            && doc.glued(i + 1)
            && doc.is_number(i + 2)
            && doc.glued(i + 2)
            && doc.punct(i + 3, sep)
            && doc.glued(i + 3)
            && doc.is_number(i + 4)
            && doc.glued(i + 4)
    };
    if i > 0
        && doc.glued(i)
        && (doc.is_number(i - 1) || doc.punct(i - 1, '/') || doc.punct(i - 1, '-'))
    {
        return;
    }
    if doc.glued(i + 5) && (doc.is_number(i + 5) || doc.punct(i + 5, '/')) {
        return;
    }
    for sep in ['-', '/'] {
        if !glued3(sep) {
            continue;
        }
        let (a, b, c) = (doc.num(i), doc.num(i + 2), doc.num(i + 4));
        let (Some(a), Some(b), Some(c)) = (a, b, c) else {
            return;
        };
        let (year, month, day) =
            if doc.digits(i) == 4 && doc.digits(i + 2) <= 2 && doc.digits(i + 4) <= 2 {
                (a as i32, b, c)
            } else if sep == '/'
                && doc.digits(i) <= 2
                && doc.digits(i + 2) <= 2
                && matches!(doc.digits(i + 4), 2 | 4)
            {
                let y = if doc.digits(i + 4) == 4 {
                    c as i32
                } else {
                    full_year(c as i32)
                };
                // Month first, as American copy writes it, unless the first number cannot
                // be a month: "31/12/2024" is day first.
                if a > 12 && b <= 12 {
                    (y, b, a)
                } else {
                    (y, a, b)
                }
            } else {
                return;
            };
        if chrono::NaiveDate::from_ymd_opt(year, month, day).is_none() {
            return;
        }
        out.push(Candidate::new(
            i,
            i + 5,
            day_of(Some(year), month, day, None),
            "numeric-date",
        ));
        return;
    }
}

#[cfg(test)]
pub(super) const EXAMPLES: &[super::examples::Example] = &[
    // A month that bounds what is told, after "before", is the nearest, either side.
    (
        "1996-03-20",
        "Officials said they wanted the repairs finished before August.",
        "August",
        "DATE 1996-08",
    ),
    // A past verb whose subject negates it waits for a month that has come.
    (
        "1998-03-10",
        "The outbreak peaked in August, and no new cases were found until November.",
        "November",
        "DATE 1997-11",
    ),
    // A stretch told as done ("dragged on until") ends on a day gone, not a deadline ahead.
    (
        "2004-08-25",
        "Classes last spring dragged on until June 18.",
        "June 18",
        "DATE 2004-06-18",
    ),
    (
        "1996-07-18",
        "The company first approached Hollis last fall, but talks stalled until early June.",
        "early June",
        "DATE 1996-06 START",
    ),
    // A phrase after "after" opened by a count or a plain adjective is before the clause's
    // event, as one opened by an article is: the nearest such month.
    (
        "1999-09-22",
        "Marcie is the third typhoon to hit South Korea this year, after two storms in August \
         that killed 67 people.",
        "August",
        "DATE 1999-08",
    ),
    (
        "1991-02-10",
        "India expects a record wheat harvest this spring after steady rain across the north \
         in December and January.",
        "December",
        "DATE 1990-12",
    ),
    // What is booked is for a date near publication, ahead of the booking, whatever the
    // tense the bookings are told in.
    (
        "2014-07-31",
        "She said bookings for August were very strong.",
        "August",
        "DATE 2014-08",
    ),
    (
        "1997-06-16",
        "He said bookings for late June and July were running ahead of last summer.",
        "July",
        "DATE 1997-07",
    ),
    (
        "1990-12-21",
        "Theater owners said advance sales for January were weaker than a year ago.",
        "January",
        "DATE 1991-01",
    ),
    // A clause of "when" hung on a year stated in figures is in that year.
    (
        "1988-12-30",
        "Volume averaged 161 million shares a day, down from 189 million in 1987, when the October crash set records.",
        "October",
        "DATE 1987-10",
    ),
    (
        "2008-07-01",
        "The last time the river rose this high was in 2001, when it crested on June 22.",
        "June 22",
        "DATE 2001-06-22",
    ),
    // A relative clause set off by commas before the governing verb's infinitive is no
    // verb of the date's; "to exceed" is an infinitive, no "-ed" past.
    (
        "2020-04-03",
        "Forecasters expect the unemployment rate, which rose to 4.4 percent in February, to exceed 10 percent by May.",
        "May",
        "DATE 2020-05",
    ),
    // A leap day said in the past tense in January: the one this year, the only one near.
    (
        "2000-01-05",
        "Officials said the next risk date was Feb. 29, because older programs miss it.",
        "Feb. 29",
        "DATE 2000-02-29",
    ),
    (
        "2001-01-10",
        "The system failed on Feb. 29, when the clock rolled over.",
        "Feb. 29",
        "DATE 2000-02-29",
    ),
    // "falls on" tells the calendar in the present: a day long gone this year is next year's.
    (
        "1989-12-04",
        "Developers have delayed launching new flats until after the holiday, which falls on Jan. 27.",
        "Jan. 27",
        "DATE 1990-01-27",
    ),
    // The month a change starts from is one month, not a habit's, beside "each year".
    (
        "1999-02-17",
        "The contract raises salaries 3.5 percent in each year and lengthens the school day by 20 minutes beginning in September.",
        "September",
        "DATE 1999-09",
    ),
    // A participle joined to a passive one by "or" shares its auxiliary, "will be".
    (
        "1999-06-29",
        "The rest of the systems will be repaired or replaced by Sept. 30.",
        "Sept. 30",
        "DATE 1999-09-30",
    ),
    // Preparations for a day, told in the perfect, are for the nearest such day.
    (
        "1999-10-20",
        "Preparations for Macao's return to the motherland on December 20 have entered their \
         final stage, an official said here today.",
        "December 20",
        "DATE 1999-12-20",
    ),
    // A day told as done is not one of the sentence's year still ahead, unless that year is
    // stated in figures.
    (
        "2005-01-19",
        "Celebrations are expected to be subdued this year after the tsunami that struck the \
         northern coast on Dec. 26, killing 68 people.",
        "Dec. 26",
        "DATE 2004-12-26",
    ),
    (
        "2005-01-19",
        "In 2005, the deadline was moved to Dec. 15.",
        "Dec. 15",
        "DATE 2005-12-15",
    ),
    // A bare month in a clause told in the present as a habit is every year's; a past or a
    // year told in the sentence places it.
    (
        "2003-06-10",
        "Arrivals usually rise from May to September, when the sea is calm.",
        "May",
        "DATE XXXX-05",
    ),
    (
        "2003-06-10",
        "Arrivals usually rose in May, officials said.",
        "May",
        "DATE 2003-05",
    ),
    // A span of months that a season or a fiscal year runs over recurs; one month the
    // season did something in does not.
    (
        "2008-03-10",
        "The whale-watching season in Hawaii runs from December to May.",
        "May",
        "DATE XXXX-05",
    ),
    (
        "2008-03-10",
        "The firm's fiscal year runs from December through November.",
        "December",
        "DATE XXXX-12",
    ),
    (
        "2008-03-10",
        "The fishing season opened in July.",
        "July",
        "DATE 2007-07",
    ),
    // A yearly recurrence in the clause ("each year", "annually") makes its months a
    // habit's; "annually" after an amount is a rate.
    (
        "2006-11-08",
        "The cave is closed to visitors from September through April each year.",
        "September",
        "DATE XXXX-09",
    ),
    (
        "2006-11-08",
        "The levy will cost the owner of a home about $211 annually, with collection starting \
         in January.",
        "January",
        "DATE 2007-01",
    ),
    // A count of decades back, read as a year, frames its sentence as one of years does.
    (
        "2022-04-02",
        "A decade ago it began in July, and donations still cover the costs.",
        "July",
        "DATE 2012-07",
    ),
    // A year compared with ("than in 1996") places no month of a habit; a habit reported
    // without "that", or told in a relative clause, is not the saying verb's past.
    (
        "1998-06-10",
        "The flood season, which usually runs from July to September, could bring higher \
         water than in 1996.",
        "July",
        "DATE XXXX-07",
    ),
    (
        "2005-01-19",
        "The Meteorological Department warned of more rain in the east coast states, where the \
         monsoon usually lasts from November to March.",
        "November",
        "DATE XXXX-11",
    ),
    (
        "1988-10-29",
        "Ellen Vogt said pedestrian deaths usually rise in November, when people walk home in \
         the dark.",
        "November",
        "DATE XXXX-11",
    ),
    // A verb of schedules ("runs", "begin") reads ahead alone; beside "usually" it tells
    // the habit.
    (
        "2006-06-20",
        "The rainy season usually runs from December to April.",
        "December",
        "DATE XXXX-12",
    ),
    (
        "2006-06-20",
        "The festival runs from December to April.",
        "December",
        "DATE 2006-12",
    ),
    // A saying verb's tense does not reach the present habit it reports.
    (
        "2001-12-20",
        "Police warned that robberies usually rise in December, when branches are busy.",
        "December",
        "DATE XXXX-12",
    ),
    (
        "2001-12-20",
        "Police said that robberies usually rose in December.",
        "December",
        "DATE 2001-12",
    ),
    // A modal's form after an article or a possessive is a noun, no cue of tense.
    (
        "1998-10-29",
        "He saw a man carrying a can on Jan. 17.",
        "Jan. 17",
        "DATE 1998-01-17",
    ),
    (
        "1998-10-29",
        "His will was read on Jan. 17.",
        "Jan. 17",
        "DATE 1998-01-17",
    ),
    (
        "1998-10-29",
        "The team can clinch the title on Jan. 17.",
        "Jan. 17",
        "DATE 1999-01-17",
    ),
    // What is wanted done by a day is ahead of the wanting.
    (
        "1997-01-12",
        "Quinlan said on Thursday that she wanted a budget finished by May 31.",
        "May 31",
        "DATE 1997-05-31",
    ),
    (
        "1997-01-12",
        "The budget was finished by May 31.",
        "May 31",
        "DATE 1996-05-31",
    ),
    // "into" supports a bare "March" as "in" does; after "and", a month told earlier in the
    // sentence makes a list of months, not a person's name.
    (
        "1997-04-05",
        "An early Easter pulled spring shopping into March and cold weather kept customers away.",
        "March",
        "DATE 1997-03",
    ),
    (
        "1989-04-05",
        "In February we were seeing $18 oil again, and March was the best month for refining.",
        "March",
        "DATE 1989-03",
    ),
    // A weekday before "the 17th" names the same day: the nearest month that way in which
    // the day falls on that weekday.
    (
        "2005-05-06",
        "The Queen's Speech will be on Tuesday the 17th.",
        "Tuesday the 17th",
        "DATE 2005-05-17",
    ),
    (
        "2005-05-06",
        "The last market crash came on Friday the 13th.",
        "Friday the 13th",
        "DATE 2004-08-13",
    ),
    // A count of years back that opens the sentence frames its months, as "last year" does;
    // inside a quotation, not past the quotation's close.
    (
        "2006-03-18",
        "Four years ago, the primary was also held in March, and turnout was 27 percent.",
        "March",
        "DATE 2002-03",
    ),
    (
        "1989-01-10",
        "\"Ten years ago we would have called this a drill,\" said a nurse who has worked \
         double shifts since Christmas.",
        "Christmas",
        "DATE 1988-12-25",
    ),
    // What one has to do is still to be done: "will have to" looks ahead, where a present
    // perfect before an infinitive ("has agreed to") may not.
    (
        "2005-12-19",
        "Dorsey, who was appointed in October, will have to run again in November.",
        "November",
        "DATE 2006-11",
    ),
    // One number after a year is a count, not a telephone number's group.
    (
        "2011-01-01",
        "In 1998 200 workers were laid off.",
        "1998",
        "DATE 1998",
    ),
    // "has" before an article and a thing held on a set day is the verb of having, in the
    // present: the thing is still to come.
    (
        "2007-04-18",
        "She arrived last summer with her three sons and has an appointment in September.",
        "September",
        "DATE 2007-09",
    ),
    // The month of a plan told as overtaken is the nearest one, either side of publication;
    // a start point after "since" stays behind.
    (
        "2022-04-02",
        "The suit had been set for trial in June, but the parties settled.",
        "June",
        "DATE 2022-06",
    ),
    (
        "2018-06-12",
        "The exercises, the next of which had been due in August, were called off.",
        "August",
        "DATE 2018-08",
    ),
    (
        "1991-10-25",
        "The results were to have been presented at a conference in November, but the team \
         released them early.",
        "November",
        "DATE 1991-11",
    ),
    (
        "2020-09-04",
        "Courts had scheduled thousands of hearings for October.",
        "October",
        "DATE 2020-10",
    ),
    (
        "2018-06-12",
        "The festival had been planned since February.",
        "February",
        "DATE 2018-02",
    ),
    // A futures month is a month, even named "May", and lies ahead of the trading.
    // A year cut to two digits after a preposition of time.
    (
        "2011-04-20",
        "The river rose in 1973 and 1986. \"In '73 it was gone in a week,\" she said.",
        "'73",
        "DATE 1973",
    ),
    (
        "2011-04-20",
        "Prices have doubled since '98.",
        "'98",
        "DATE 1998",
    ),
    (
        "1989-04-12",
        "Brent crude for May delivery rose 35 cents to $19.10 a barrel.",
        "May",
        "DATE 1989-05",
    ),
    // The attacks of Sept. 11, 2001, are named by their day in any later year.
    (
        "2008-09-15",
        "It was the biggest drop since the market reopened after the Sept. 11 attacks.",
        "Sept. 11",
        "DATE 2001-09-11",
    ),
    (
        "2002-12-02",
        "Tourism fell after the September 11 terrorist attacks on the United States.",
        "September 11",
        "DATE 2001-09-11",
    ),
    (
        "2001-09-05",
        "The meeting is set for Sept. 11 at the Capitol.",
        "Sept. 11",
        "DATE 2001-09-11",
    ),
    (
        "2006-09-05",
        "The memorial will open on Sept. 11, officials said.",
        "Sept. 11",
        "DATE 2006-09-11",
    ),
    // An early year listed or ranged after a year is one too.
    (
        "2014-01-10",
        "The painter lived in Delft from 1650 to 1675.",
        "1675",
        "DATE 1675",
    ),
    // A month naming an organisation's own event, under another verb's future: the nearest.
    (
        "2014-05-14",
        "The Fed will release minutes of its April meeting next Wednesday.",
        "April",
        "DATE 2014-04",
    ),
    // A month's figures are published after it: the month is the last one begun.
    (
        "2007-02-15",
        "The bureau will publish January property prices for 70 cities on Feb. 27.",
        "January",
        "DATE 2007-01",
    ),
    // A season that opens the sentence frames its months: the ones around it.
    (
        "2020-10-14",
        "Last winter, the county recorded 1,870 flu cases between October and April.",
        "October",
        "DATE 2019-10",
    ),
    (
        "2020-10-14",
        "Last winter the snow came in November and stayed until March.",
        "March",
        "DATE 2020-03",
    ),
    // "will have his appeal heard": the participle is what he gets done, ahead.
    (
        "2006-04-06",
        "The man will have his appeal heard on 22 May.",
        "22 May",
        "DATE 2006-05-22",
    ),
    // A comma before a name continues a relative clause; its modal still governs.
    (
        "2004-06-30",
        "In December the probe will be released, which should land on Titan, Saturn's largest moon, on Jan. 14.",
        "Jan. 14",
        "DATE 2005-01-14",
    ),
    // What begins in a month is decided ahead of it.
    (
        "1994-02-03",
        "The trustees approved a three-year freeze on fees beginning in September.",
        "September",
        "DATE 1994-09",
    ),
    // The verb of a relative clause set off by commas is not the main clause's.
    (
        "2018-11-22",
        "Democrats, who won control of the House two weeks ago, take over in January.",
        "January",
        "DATE 2019-01",
    ),
    // A comma inside a list in the relative clause does not close it.
    (
        "1989-11-02",
        "He succeeds Ann Lee, who stepped down as chairman, president and chief executive in March.",
        "March",
        "DATE 1989-03",
    ),
    // "the following February" counts from the story's period, not from publication.
    (
        "1995-12-06",
        "Launched on Oct. 18, 1989, the probe swung past Venus the following February.",
        "the following February",
        "DATE 1990-02",
    ),
    // A year that opens the sentence frames a month in it; a year named for something else
    // ("next year's schedule") does not.
    (
        "2009-05-07",
        "Next year the fair will move to June.",
        "June",
        "DATE 2010-06",
    ),
    (
        "2009-05-07",
        "Next year's schedule will be published in June.",
        "June",
        "DATE 2009-06",
    ),
    // "the early part of", "the latter part of": a part of the period, as "early" is.
    (
        "1999-03-10",
        "Shares rose in the early part of March.",
        "the early part of March",
        "DATE 1999-03 START",
    ),
    // What is added or set "for" a month is planned for the nearest one, a few words on.
    (
        "1989-11-20",
        "The club has added a two-day youth clinic for early May.",
        "early May",
        "DATE 1990-05 START",
    ),
    // "though" opens a clause of its own: its verb does not date what comes before.
    (
        "2011-07-26",
        "The Swiss National Bank next reviews monetary policy on Sept. 15, though analysts said it could act earlier.",
        "Sept. 15",
        "DATE 2011-09-15",
    ),
    // "May" before the figures measured over it is the month, though alone it is often a
    // name.
    (
        "1991-06-20",
        "The board will release its May production figures next Thursday.",
        "May",
        "DATE 1991-05",
    ),
    // A year across two, written with a slash, is one expression named by its first year.
    (
        "1998-03-10",
        "The government promised to send a revised 1998/99 budget to parliament.",
        "1998/99",
        "DATE 1998",
    ),
    (
        "2000-05-10",
        "It forecast a net profit of about $A58 million for 1999/2000.",
        "1999/2000",
        "DATE 1999",
    ),
    // "last" before the month just gone reaches back a year: that one is "last month".
    (
        "1998-03-01",
        "The inquiry began when two military helicopters crashed last February.",
        "last February",
        "DATE 1997-02",
    ),
    (
        "1998-05-01",
        "The inquiry began when two military helicopters crashed last February.",
        "last February",
        "DATE 1998-02",
    ),
    // A date set as the day of something is the nearest such date, whatever the verb's tense.
    (
        "1999-11-15",
        "A federal judge Monday set Feb. 22 as the sentencing date for a former mortgage broker.",
        "Feb. 22",
        "DATE 2000-02-22",
    ),
    // A month listed before one in a relative year shares it.
    (
        "2007-02-15",
        "Prices are now higher than in April and August last year.",
        "April",
        "DATE 2006-04",
    ),
    // A day written before its month keeps its day with a relative year.
    (
        "2017-03-10",
        "The pound's fall since the referendum on 23 June last year had added to its costs.",
        "23 June last year",
        "DATE 2016-06-23",
    ),
    (
        "1991-06-13",
        "He was arrested at his home on 14 February last year and charged three months later.",
        "14 February last year",
        "DATE 1990-02-14",
    ),
    // "as early as" bounds a date; the verb says which side of publication it lies.
    (
        "2025-02-10",
        "Hackers got into its billing system as early as Nov. 21 and had access for weeks.",
        "Nov. 21",
        "DATE 2024-11-21",
    ),
    // A price reported for a month is the month gone; a contract's month lies ahead.
    (
        "1988-04-14",
        "Treasury prices slipped today as traders braced for Friday's report on the nation's merchandise trade deficit for February.",
        "February",
        "DATE 1988-02",
    ),
    (
        "1990-03-05",
        "Attention would turn to Friday's release of wholesale prices for February.",
        "February",
        "DATE 1990-02",
    ),
    (
        "1990-03-05",
        "Crude for April delivery rose 40 cents a barrel.",
        "April",
        "DATE 1990-04",
    ),
    // A contract named by its commodity is one too; a figure for the month is not.
    (
        "1990-08-03",
        "September crude oil futures settled at $23.11 a barrel, up $1.35.",
        "September",
        "DATE 1990-09",
    ),
    (
        "1998-10-30",
        "December corn futures settled at $2.04 a bushel, down 3 cents for the day.",
        "December",
        "DATE 1998-12",
    ),
    (
        "1996-03-14",
        "May crude fell 22 cents in New York.",
        "May",
        "DATE 1996-05",
    ),
    // A contract's month is not the month the story is in.
    (
        "1998-10-30",
        "December corn futures settled at $2.04 a bushel, down 3 cents for the day and 21 cents for the month.",
        "the month",
        "DATE 1998-10",
    ),
    (
        "1996-03-14",
        "The ministry said February crude production fell 3 percent.",
        "February",
        "DATE 1996-02",
    ),
    // A range's start takes the month after its end, with its own weekday.
    (
        "2012-03-07",
        "The festival runs from Thursday 15 to Sunday 18 March.",
        "Thursday 15",
        "DATE 2012-03-15",
    ),
    // "as soon as May": the month, with a deadline's look ahead after "until at least".
    (
        "2020-04-03",
        "The mayor said the city could reopen as soon as May.",
        "May",
        "DATE 2020-05",
    ),
    (
        "2020-04-03",
        "The company furloughed 1,000 workers until at least June.",
        "June",
        "DATE 2020-06",
    ),
    // A prospect told in the past looks either way: the nearest March.
    (
        "2013-01-22",
        "The House speaker said a vote in his chamber was unlikely before March.",
        "March",
        "DATE 2013-03",
    ),
    // A base form after "and" shares the auxiliary before it.
    (
        "2006-01-24",
        "The company said it would buy back shares and begin paying a dividend in April, its \
         first since it went public in 1996.",
        "April",
        "DATE 2006-04",
    ),
    // Untensed, the nearest month is counted from the middle of each month: six months on
    // either side are no tie.
    (
        "2024-06-21",
        "The days will grow shorter, although the earliest sunsets come in early December.",
        "early December",
        "DATE 2024-12 START",
    ),
    // A day of the month the story just named, without a year of its own, is in it.
    (
        "2022-01-31",
        "An apartment fire killed four people last February. The fire broke out shortly \
         after 2 a.m. on Feb. 13.",
        "Feb. 13",
        "DATE 2021-02-13",
    ),
    (
        "1996-11-07",
        "The new commissioners take office Jan. 1.",
        "Jan. 1",
        "DATE 1997-01-01",
    ),
    // A date that is the subject of a reported clause takes that clause's modal.
    (
        "2002-03-20",
        "Forecasters said April could be cooler than average.",
        "April",
        "DATE 2002-04",
    ),
    // "since" leads to a start point behind, whatever the tense of what is measured.
    (
        "2008-09-16",
        "The S&P 500 is down about 20 percent since October, when it hit a record.",
        "October",
        "DATE 2007-10",
    ),
    // The future perfect looks ahead.
    (
        "2021-03-15",
        "Everyone over 50 will have been offered a first dose by mid-April.",
        "mid-April",
        "DATE 2021-04 MID",
    ),
    // A verb whose past is its base form is past after a singular subject and before an
    // object: the present would be "cuts".
    (
        "2013-05-20",
        "The company cut its dividend in August.",
        "August",
        "DATE 2012-08",
    ),
    // What an "after" gerund tells came before the clause's event, on either side of
    // publication.
    (
        "2013-03-20",
        "The film opens nationwide on Friday after premiering at Sundance in January.",
        "January",
        "DATE 2013-01",
    ),
    // A day of the month by its number alone, after a preposition of time.
    (
        "2013-03-20",
        "The vote was held on the 12th and results came on the 14th.",
        "the 14th",
        "DATE 2013-03-14",
    ),
    (
        "2013-03-20",
        "Ballots must arrive by the 5th, officials said.",
        "the 5th",
        "DATE 2013-04-05",
    ),
    // Month and day in figures, no year, after a preposition of time.
    (
        "2013-03-20",
        "The complaint was posted online on 3/15.",
        "3/15",
        "DATE 2013-03-15",
    ),
    // "9/11" in news written after it is the day of the attacks.
    (
        "2011-09-09",
        "Air travel has changed since 9/11, the airline's chief said.",
        "9/11",
        "DATE 2001-09-11",
    ),
    (
        "1998-09-02",
        "The council will vote on the plan on 9/11.",
        "9/11",
        "DATE 1998-09-11",
    ),
    // A plan told in the past perfect lies in the past.
    (
        "2013-03-20",
        "He had planned to retire in June but stayed on through December.",
        "June",
        "DATE 2012-06",
    ),
    // After a span of time, "to May" is a date even when a verb follows.
    (
        "2013-03-18",
        "Sales in the three months to March rose 4 percent.",
        "March",
        "DATE 2013-03",
    ),
    // A range's start without a year takes the end's, or the year before when it comes
    // later in the calendar.
    (
        "2016-10-19",
        "The exhibition ran from May to July 2019 in Boston.",
        "May",
        "DATE 2019-05",
    ),
    (
        "2016-10-19",
        "The ski season runs from November to February 2019.",
        "November",
        "DATE 2018-11",
    ),
    (
        "2016-10-19",
        "Construction lasted from Aug. 5 to Sept. 30, 2019.",
        "Aug. 5",
        "DATE 2019-08-05",
    ),
    (
        "2016-10-19",
        "The state moved its primary from June to March in 2008.",
        "March",
        "DATE 2008-03",
    ),
    // A range's end without a year is the first such day or month after its start.
    (
        "2024-10-16",
        "The festival runs from Aug. 30 to Sept. 2.",
        "Sept. 2",
        "DATE 2025-09-02",
    ),
    (
        "2024-10-16",
        "From mid-June through August, the pool was open daily.",
        "August",
        "DATE 2024-08",
    ),
    // A numeric date is month first unless its first number cannot be a month.
    (
        "2024-07-10",
        "The deadline was extended to 31/12/2024 after complaints.",
        "31/12/2024",
        "DATE 2024-12-31",
    ),
    // A day told in the past while the story is a year back is the story's year's; a day
    // months from the story's is not drawn to it.
    // "said nothing until April 28", told twenty years on: a day that came, in the
    // story's year.
    (
        "2006-04-26",
        "Twenty years ago this morning, the reactor exploded. Moscow said nothing until the evening of April 28.",
        "the evening of April 28",
        "TIME 1986-04-28TEV",
    ),
    (
        "2024-10-16",
        "Applications were accepted until March 31. The survey was conducted Oct. 5.",
        "Oct. 5",
        "DATE 2024-10-05",
    ),
    (
        "2024-02-06",
        "The quake struck on Feb. 6, 2023. By Feb. 20, the death toll had passed 50,000.",
        "Feb. 20",
        "DATE 2023-02-20",
    ),
    (
        "2024-03-20",
        "The budget for fiscal year 2025 cuts planetary science by 6 percent.",
        "fiscal year 2025",
        "DATE 2025",
    ),
    // A range of years with a two-digit end.
    (
        "2021-04-14",
        "Sales grew 5 percent a year in 1990-95.",
        "95",
        "DATE 1995",
    ),
    // A count after "and" is not the end of a range of days.
    (
        "2021-03-31",
        "The government aims to vaccinate 10 million people by April 15 and 30 million by mid-June.",
        "April 15",
        "DATE 2021-04-15",
    ),
    // An approximation belongs to the date, as it does to an amount.
    (
        "1989-10-20",
        "The sale is expected to be completed around Nov. 1.",
        "around Nov. 1",
        "DATE 1989-11-01 APPROX",
    ),
    (
        "2018-08-08",
        "Prices began to climb around March, traders said.",
        "around March",
        "DATE 2018-03 APPROX",
    ),
    (
        "1997-11-12",
        "The district must settle bus contracts for the 1997-98 school year by Jan. 15.",
        "the 1997-98 school year",
        "DATE 1997",
    ),
    // "last" or "next" before a day and month is part of it, and says which side.
    (
        "1988-03-15",
        "Its previous contract expired last Oct. 31, and the pilots have worked without one since.",
        "last Oct. 31",
        "DATE 1987-10-31",
    ),
    (
        "1988-03-15",
        "The plant will close next Oct. 31.",
        "next Oct. 31",
        "DATE 1988-10-31",
    ),
    // A relative clause in the present holds now, whatever the main clause's past.
    (
        "2008-09-30",
        "Congress last week passed a stopgap bill that funds the government through March 6.",
        "March 6",
        "DATE 2009-03-06",
    ),
    // "the fiscal year" frames no day of the calendar year: it began the year before.
    (
        "2018-01-21",
        "This is the fourth stopgap measure since the fiscal year began on Oct. 1.",
        "Oct. 1",
        "DATE 2017-10-01",
    ),
    // A span reaching into a month says nothing of the side of publication: the nearest.
    (
        "1988-03-09",
        "Party officials described it as a long contest stretching into June.",
        "June",
        "DATE 1988-06",
    ),
    // "set in motion", "set up": no schedule, but what was done.
    (
        "2003-10-12",
        "The recall drive was set in motion in February by a county activist.",
        "February",
        "DATE 2003-02",
    ),
    // What is retroactive reaches back to a date gone.
    (
        "1993-08-06",
        "The new rates will be retroactive to Jan. 1, the bill's sponsors said.",
        "Jan. 1",
        "DATE 1993-01-01",
    ),
    // A year stated to open the sentence frames a month in it; a fiscal year does not (it
    // began the calendar year before).
    (
        "2000-03-08",
        "In 1992, the party's nominees were not settled until June.",
        "June",
        "DATE 1992-06",
    ),
    (
        "2024-11-20",
        "Fiscal 2025 began on Oct. 1, and Congress has passed two stopgap bills.",
        "Oct. 1",
        "DATE 2024-10-01",
    ),
    (
        "1996-05-14",
        "The deficit is to fall to 3 percent of output by the 1996-97 fiscal year.",
        "the 1996-97 fiscal year",
        "DATE 1996",
    ),
    (
        "2022-02-23",
        "Traders will get fresh figures on January consumer spending on Friday.",
        "January",
        "DATE 2022-01",
    ),
    (
        "2008-09-22",
        "The stadium, opened in 1923, hosted its final game on Sept. 21.",
        "Sept. 21",
        "DATE 2008-09-21",
    ),
    (
        "2019-03-04",
        "Last year the fair opened on Aug. 3, a week late.",
        "Aug. 3",
        "DATE 2018-08-03",
    ),
    (
        "1999-12-30",
        "Officials said computers were ready for the year 2000.",
        "the year 2000",
        "DATE 2000",
    ),
    (
        "2017-02-13",
        "The last day of school has already been pushed back to June 21.",
        "June 21",
        "DATE 2017-06-21",
    ),
    // A date right before the "that" of what was promised dates the promise.
    (
        "2008-08-20",
        "NATO leaders promised at a summit in April that Georgia would one day join the alliance.",
        "April",
        "DATE 2008-04",
    ),
    // An extension's new end looks ahead, as a move's new date does.
    (
        "2020-06-10",
        "The court extended the suspension last month through the end of August.",
        "the end of August",
        "DATE 2020-08 END",
    ),
    (
        "2018-08-08",
        "He will be in Moscow from August 5 to August 8.",
        "August 5",
        "DATE 2018-08-05",
    ),
    (
        "2018-08-08",
        "He will be in Moscow from August 5 to August 8.",
        "August 8",
        "DATE 2018-08-08",
    ),
    (
        "2018-08-08",
        "The deal was signed on Aug. 5, 2016.",
        "Aug. 5, 2016",
        "DATE 2016-08-05",
    ),
    (
        "2018-08-08",
        "The law takes effect Jan. 1.",
        "Jan. 1",
        "DATE 2019-01-01",
    ),
    (
        "2018-08-08",
        "The company was founded on March 3.",
        "March 3",
        "DATE 2018-03-03",
    ),
    (
        "2018-08-08",
        "The vote will take place on March 3.",
        "March 3",
        "DATE 2019-03-03",
    ),
    (
        "2019-01-03",
        "The shutdown began on Dec. 22.",
        "Dec. 22",
        "DATE 2018-12-22",
    ),
    (
        "2019-01-03",
        "Talks resume Jan. 7.",
        "Jan. 7",
        "DATE 2019-01-07",
    ),
    (
        "2018-08-08",
        "She was born on 5 May 1961.",
        "5 May 1961",
        "DATE 1961-05-05",
    ),
    (
        "2018-08-08",
        "The treaty was signed on the 5th of August.",
        "the 5th of August",
        "DATE 2018-08-05",
    ),
    (
        "2018-08-08",
        "It closed in August 1988.",
        "August 1988",
        "DATE 1988-08",
    ),
    (
        "2018-08-08",
        "In August of 2014 the line opened.",
        "August of 2014",
        "DATE 2014-08",
    ),
    (
        "2018-08-08",
        "The records from February 1947 were lost.",
        "February 1947",
        "DATE 1947-02",
    ),
    ("2018-08-08", "It reopened in July.", "July", "DATE 2018-07"),
    (
        "2018-08-08",
        "Trump met Putin in Helsinki, Finland, in July.",
        "July",
        "DATE 2018-07",
    ),
    (
        "2018-08-08",
        "Elections are due in December.",
        "December",
        "DATE 2018-12",
    ),
    (
        "2018-08-08",
        "Prices fell sharply in December.",
        "December",
        "DATE 2017-12",
    ),
    (
        "2018-08-08",
        "The plant will close in May.",
        "May",
        "DATE 2019-05",
    ),
    // "for" before a bare month dates it ("figures for March"); "voted for May" does not.
    (
        "2023-03-03",
        "Retail figures for March are due on April 21.",
        "March",
        "DATE 2023-03",
    ),
    (
        "2018-08-08",
        "Sales rose in March.",
        "March",
        "DATE 2018-03",
    ),
    (
        "2018-08-08",
        "He resigned last April.",
        "last April",
        "DATE 2018-04",
    ),
    (
        "2018-08-08",
        "It happened last August.",
        "last August",
        "DATE 2017-08",
    ),
    (
        "2018-08-08",
        "They meet again next March.",
        "next March",
        "DATE 2019-03",
    ),
    (
        "2018-08-08",
        "The index peaked in early July.",
        "early July",
        "DATE 2018-07 START",
    ),
    (
        "2018-08-08",
        "Results are expected in mid-September.",
        "mid-September",
        "DATE 2018-09 MID",
    ),
    (
        "2018-08-08",
        "The strike ended in late-June.",
        "late-June",
        "DATE 2018-06 END",
    ),
    (
        "2018-08-08",
        "Work stopped at the end of May.",
        "the end of May",
        "DATE 2018-05 END",
    ),
    (
        "2018-08-08",
        "It was launched in June last year.",
        "June last year",
        "DATE 2017-06",
    ),
    (
        "2018-08-08",
        "Rates rose in January this year.",
        "January this year",
        "DATE 2018-01",
    ),
    (
        "2018-08-08",
        "The probe began on 2018-07-12.",
        "2018-07-12",
        "DATE 2018-07-12",
    ),
    (
        "2018-08-08",
        "The filing is dated 8/5/2018.",
        "8/5/2018",
        "DATE 2018-08-05",
    ),
    (
        "2018-08-08",
        "The memo, dated 12/24/17, leaked.",
        "12/24/17",
        "DATE 2017-12-24",
    ),
    (
        "2018-08-08",
        "The plant opened in 1990.",
        "1990",
        "DATE 1990",
    ),
    (
        "2018-08-08",
        "Profits doubled in fiscal 2017.",
        "fiscal 2017",
        "DATE 2017",
    ),
    (
        "2018-08-08",
        "Growth slowed in early 2016.",
        "early 2016",
        "DATE 2016 START",
    ),
    (
        "2018-08-08",
        "The tower was finished in mid-1996.",
        "mid-1996",
        "DATE 1996 MID",
    ),
    (
        "2018-08-08",
        "The outlook for 1990 and beyond is unclear.",
        "1990",
        "DATE 1990",
    ),
    (
        "1998-02-16",
        "It was the worst flood since nineteen seventy-nine.",
        "nineteen seventy-nine",
        "DATE 1979",
    ),
    (
        "1998-02-16",
        "The games come in the year two thousand.",
        "the year two thousand",
        "DATE 2000",
    ),
    (
        "2018-08-08",
        "Sept. 11, 2001, changed everything.",
        "Sept. 11, 2001",
        "DATE 2001-09-11",
    ),
    (
        "2018-08-08",
        "The hearing is set for Sept. 4.",
        "Sept. 4",
        "DATE 2018-09-04",
    ),
    (
        "2018-08-08",
        "In 2015, sales of the 2,000 units rose.",
        "2015",
        "DATE 2015",
    ),
    (
        "2018-08-08",
        "The storm hit on August 2nd.",
        "August 2nd",
        "DATE 2018-08-02",
    ),
    (
        "2018-08-08",
        "The contract runs until June 30, 2020.",
        "June 30, 2020",
        "DATE 2020-06-30",
    ),
    (
        "2018-08-08",
        "Filing closes December 1.",
        "December 1",
        "DATE 2018-12-01",
    ),
    (
        "2018-08-08",
        "Voting runs Aug. 5-8 in most states.",
        "Aug. 5",
        "DATE 2018-08-05",
    ),
    // A chronology told from a month long gone that frames its sentence goes on from it.
    (
        "2021-06-10",
        "In March 2019, a whistle-blower filed a complaint. On April 2, the inspector general opened an inquiry.",
        "April 2",
        "DATE 2019-04-02",
    ),
    (
        "2021-06-10",
        "The record was set in March 2019. On April 2, the city opened a new pool.",
        "April 2",
        "DATE 2021-04-02",
    ),
    // A month opening a chronology's entry, before a colon or a dash, is a month gone.
    (
        "2004-01-05",
        "Timeline:\nFebruary: A storm knocks out power.\nMarch: Harwell says it will close its mill.",
        "March",
        "DATE 2003-03",
    ),
    // "of the following year", "of the previous year": the story's year, moved by one.
    (
        "2021-06-10",
        "In March 2019, a complaint was filed. On Jan. 15 of the following year, the trial began.",
        "Jan. 15 of the following year",
        "DATE 2020-01-15",
    ),
    (
        "2021-06-10",
        "The plant closed in October 2008; it had opened in May of the previous year.",
        "May of the previous year",
        "DATE 2007-05",
    ),
    // The year written after a range's end or a list's last day is the start's too.
    (
        "2018-11-08",
        "The summit was held on May 3-4, 2001, in Quebec.",
        "May 3",
        "DATE 2001-05-03",
    ),
    (
        "2018-11-08",
        "Talks were held March 3, 4 and 5, 1998, in Geneva.",
        "March 3",
        "DATE 1998-03-03",
    ),
    // A figure is reported for a month begun, whatever the tense of its release; "for"
    // takes "May" as the month after such a noun ("voted for May" is a person).
    (
        "2019-06-19",
        "Retail sales figures for May will be published on Thursday.",
        "May",
        "DATE 2019-05",
    ),
    // ("housing starts for August" are figures; so is a month before a hyphened figure.)
    (
        "1990-09-14",
        "The Commerce Department will report next Tuesday on housing starts for August.",
        "August",
        "DATE 1990-08",
    ),
    (
        "2002-07-20",
        "The National Association of Realtors will release June existing-home sales on Monday.",
        "June",
        "DATE 2002-06",
    ),
    // A year stated in figures that frames the sentence holds for a date a move looks ahead
    // to.
    (
        "2024-03-20",
        "In 2020, the deadline was moved to July 15 because of the pandemic.",
        "July 15",
        "DATE 2020-07-15",
    ),
    // A schedule verb's form as the subject of a past verb: "Preliminary votes in May
    // proposed ranges" (a noun), not "the board votes in May" (a schedule).
    (
        "2019-06-13",
        "The board meets on June 27. Preliminary votes in May proposed ranges for increases.",
        "May",
        "DATE 2019-05",
    ),
    (
        "2019-06-19",
        "The final vote is scheduled for May.",
        "May",
        "DATE 2020-05",
    ),
    // The day a thing is set for is the plan's: the nearest such day, whatever the tense of
    // the setting.
    (
        "2019-11-06",
        "The judge set sentencing for Jan. 12 and ordered Harris held without bail.",
        "Jan. 12",
        "DATE 2020-01-12",
    ),
    (
        "2019-11-06",
        "The board scheduled a vote for March 3.",
        "March 3",
        "DATE 2020-03-03",
    ),
    // A year named earlier in the sentence does not cross ", and" before a new subject.
    (
        "2004-05-12",
        "Last year's event drew 31,000 people, and tickets for this one went on sale April 1.",
        "April 1",
        "DATE 2004-04-01",
    ),
    // A day of a month just named is in it, unless a future verb points past it.
    (
        "2021-08-14",
        "The mayor announced in January that she would not run again, and the winner will take \
         office on Jan. 3.",
        "Jan. 3",
        "DATE 2022-01-03",
    ),
    // "that August": the month of the story's year.
    (
        "2010-11-11",
        "On the night of Feb. 3, 1952 Chinese troops overran the next hill. He was wounded two \
         weeks later. He came home that August, married the following spring, and went to work.",
        "that August",
        "DATE 1952-08",
    ),
    // Days listed before a day and month share its month and its year.
    (
        "2019-11-06",
        "The inquiry heard evidence on 12 and 13 March.",
        "12",
        "DATE 2019-03-12",
    ),
    (
        "2019-11-06",
        "Polling stations open on 5, 6 and 7 May.",
        "5",
        "DATE 2019-05-05",
    ),
    (
        "2019-11-06",
        "Polling stations open on 5, 6 and 7 May.",
        "6",
        "DATE 2019-05-06",
    ),
    (
        "2018-08-08",
        "Voting runs Aug. 5-8 in most states.",
        "8",
        "DATE 2018-08-08",
    ),
    // Days listed after a month and day share them, when "and" or "or" closes the list.
    (
        "2000-06-01",
        "Public hearings are scheduled for July 11, 12 and 13 in three suburbs.",
        "12",
        "DATE 2000-07-12",
    ),
    (
        "2000-06-01",
        "Travellers holding tickets for April 13 or 14 can exchange them.",
        "14",
        "DATE 2001-04-14",
    ),
    (
        "2000-06-01",
        "Voting took place on March 3, 4 and 5, 1998.",
        "5, 1998",
        "DATE 1998-03-05",
    ),
    (
        "2000-06-01",
        "On July 11, 12 protesters were arrested and 13 were hurt.",
        "12",
        "NONE",
    ),
    (
        "2000-06-01",
        "On July 11, 12 and 13 people were hurt.",
        "12",
        "NONE",
    ),
    (
        "2018-08-08",
        "The fair runs 10-12 September.",
        "10",
        "DATE 2018-09-10",
    ),
    (
        "2018-08-08",
        "The fair runs 10-12 September.",
        "12 September",
        "DATE 2018-09-12",
    ),
    (
        "2018-08-08",
        "The strike lasted from July 2 to 9, 2017.",
        "9, 2017",
        "DATE 2017-07-09",
    ),
    (
        "2018-08-08",
        "Prices rose between 2015 and 2017.",
        "2017",
        "DATE 2017",
    ),
    (
        "2010-11-27",
        "Economists said holiday sales in December could climb 4 percent.",
        "December",
        "DATE 2010-12",
    ),
    (
        "2006-02-22",
        "Stricter rules for imports take effect in mid-March, the ministry said.",
        "mid-March",
        "DATE 2006-03 MID",
    ),
    (
        "2019-04-18",
        "The levee failed on Aug. 14 last year, flooding 600 homes.",
        "Aug. 14 last year",
        "DATE 2018-08-14",
    ),
    (
        "2019-04-18",
        "Work slowed despite a pledge by the mayor in January that the road would reopen.",
        "January",
        "DATE 2019-01",
    ),
    (
        "2020-01-29",
        "The company now expects revenue of $12.4 billion, up from its October forecast.",
        "October",
        "DATE 2019-10",
    ),
    // "it forecast": after "he", "she" or "it" the bare form is the past; the month the
    // forecast was made in is gone, what it forecast "in the fourth quarter" is ahead.
    (
        "1997-05-30",
        "Okafor said the company expected earnings for fiscal 1997, which ends Oct. 31, of \
         $2.40 a share, up from the $2.25 it forecast in February.",
        "February",
        "DATE 1997-02",
    ),
    // "will have" with no participle is the verb of having, under the modal.
    (
        "2000-07-14",
        "Many Parisians have already left, and those who remain will have the city largely to \
         themselves in August.",
        "August",
        "DATE 2000-08",
    ),
    // A month before a noun after "sales for" names the noun's time, not a period of
    // figures.
    (
        "1991-12-05",
        "Extra trains will be added, and ticket sales for January journeys will open on \
         Dec. 15.",
        "January",
        "DATE 1992-01",
    ),
    // A possibility not ruled out lies ahead.
    (
        "1999-07-29",
        "The union said it would meet officials on Monday and did not rule out a strike in \
         August.",
        "August",
        "DATE 1999-08",
    ),
    (
        "1999-07-29",
        "The minister has not ruled out an election in March.",
        "March",
        "DATE 2000-03",
    ),
    // Pay for a month is paid after it, whatever the modal.
    (
        "1997-12-23",
        "Teachers in most regions would receive their October and November pay before New \
         Year's Day.",
        "October",
        "DATE 1997-10",
    ),
    (
        "2019-11-02",
        "The museum is trying to sell the painting under a June agreement with its donor.",
        "June",
        "DATE 2019-06",
    ),
    // A schedule held now looks ahead as a modal does.
    (
        "1989-07-27",
        "The Senate is scheduled to leave for its August recess on Aug. 4.",
        "August",
        "DATE 1989-08",
    ),
    (
        "2019-11-02",
        "Turnout in the November election is expected to be high.",
        "November",
        "DATE 2019-11",
    ),
    (
        "2019-02-10",
        "The opening was planned for early March, but no date was fixed.",
        "early March",
        "DATE 2019-03 START",
    ),
    (
        "2018-08-08",
        "She arrived in Moscow the day before Aug. 5.",
        "the day before Aug. 5",
        "DATE 2018-08-04",
    ),
    (
        "2020-10-03",
        "The record shows two votes, on March 5 and Sept. 12, 2019.",
        "March 5",
        "DATE 2019-03-05",
    ),
    (
        "2020-10-03",
        "The shows ran in March or April 2015.",
        "March",
        "DATE 2015-03",
    ),
    (
        "2020-10-03",
        "Council minutes list a vote on March 5.",
        "March 5",
        "DATE 2020-03-05",
    ),
    (
        "2020-02-17",
        "The economy shrank in the October-December quarter, the government said.",
        "the October-December quarter",
        "DATE 2019-Q4",
    ),
    (
        "2020-02-17",
        "Economists expect growth to resume in the April-June period.",
        "the April-June period",
        "DATE 2020-Q2",
    ),
    // With its year: "of 2014" is part of it.
    (
        "2013-06-10",
        "Economists expect the economy to shrink in the April-June quarter of 2014.",
        "the April-June quarter of 2014",
        "DATE 2014-Q2",
    ),
    (
        "2021-08-12",
        "In the April-to-June quarter, the economy grew at a 6.5 percent annual rate.",
        "the April-to-June quarter",
        "DATE 2021-Q2",
    ),
    (
        "2011-02-22",
        "For 2010, revenue climbed 8 percent.",
        "2010",
        "DATE 2010",
    ),
    (
        "2013-03-27",
        "Applications must be submitted no later than May 15.",
        "May 15",
        "DATE 2013-05-15",
    ),
    (
        "2013-03-27",
        "The primary is on June 4, and the general election is Nov. 5.",
        "Nov. 5",
        "DATE 2013-11-05",
    ),
    (
        "2013-03-27",
        "The shortstop, who turns 39 in June, missed last season.",
        "June",
        "DATE 2013-06",
    ),
    (
        "2018-08-08",
        "Sales since May have doubled.",
        "May",
        "DATE 2018-05",
    ),
    (
        "2018-08-08",
        "The index fell in March, rose after March ended and held in May.",
        "May",
        "DATE 2018-05",
    ),
    (
        "2018-08-08",
        "The law of May 1915 still applies.",
        "May 1915",
        "DATE 1915-05",
    ),
    (
        "2018-08-08",
        "The paper ran in the May 14 edition.",
        "May 14",
        "DATE 2018-05-14",
    ),
    (
        "2018-08-08",
        "Officials said in May that exports fell.",
        "May",
        "DATE 2018-05",
    ),
    (
        "2018-08-08",
        "Since June, prices have doubled.",
        "June",
        "DATE 2018-06",
    ),
    (
        "2018-08-08",
        "The fund was set up on 3 March 2009.",
        "3 March 2009",
        "DATE 2009-03-03",
    ),
    (
        "2018-08-08",
        "The deadline was Aug 1.",
        "Aug 1",
        "DATE 2018-08-01",
    ),
    (
        "2018-08-08",
        "Ballots must arrive by Nov. 6, the day polls close.",
        "Nov. 6",
        "DATE 2018-11-06",
    ),
    (
        "2018-08-08",
        "The ban dates from 1967.",
        "1967",
        "DATE 1967",
    ),
    (
        "2018-08-08",
        "Between 2015 and 2017 exports tripled.",
        "2015",
        "DATE 2015",
    ),
    (
        "2018-08-08",
        "Prices rose until 2012, then fell.",
        "2012",
        "DATE 2012",
    ),
    (
        "2018-08-08",
        "The rebels held the city by late 1994.",
        "late 1994",
        "DATE 1994 END",
    ),
    (
        "2018-08-08",
        "The case was filed on July 30th.",
        "July 30th",
        "DATE 2018-07-30",
    ),
    (
        "2018-08-08",
        "The report, released June 12, blamed the crew.",
        "June 12",
        "DATE 2018-06-12",
    ),
    (
        "2018-08-08",
        "Shares hit a low in October 2008.",
        "October 2008",
        "DATE 2008-10",
    ),
    (
        "2018-08-08",
        "The Herald wrote in a column on Saturday, April 25: the law is flawed.",
        "Saturday, April 25",
        "DATE 2018-04-25",
    ),
    (
        "2015-03-05",
        "The marathon is this coming Sunday, March eighth.",
        "this coming Sunday, March eighth",
        "DATE 2015-03-08",
    ),
    (
        "2018-08-08",
        "The pact was signed on the fifth of May.",
        "the fifth of May",
        "DATE 2018-05-05",
    ),
    (
        "1999-03-12",
        "The March summit will let the two leaders meet.",
        "March",
        "DATE 1999-03",
    ),
    (
        "2000-02-24",
        "The post-1959 politics split families.",
        "post-1959",
        "DATE 1959 AFTER",
    ),
    (
        "2000-02-24",
        "A hearing is set for the week of March 6.",
        "the week of March 6",
        "DATE 2000-W10",
    ),
    // "the weekend of July 30": the weekend the date falls in, one expression.
    (
        "1988-07-14",
        "Crews will close the bridge this weekend and again over the weekend of July 30.",
        "the weekend of July 30",
        "DATE 1988-W30-WE",
    ),
    (
        "2000-04-17",
        "Protesters prayed as Easter week began.",
        "Easter week",
        "DATE 2000-W16",
    ),
    (
        "1998-08-11",
        "CHICAGO, August 11 (Wire) -- The mayor spoke.",
        "August 11",
        "DATE 1998-08-11",
    ),
    (
        "1989-10-26",
        "The insurer agreed to buy the lender in January.",
        "January",
        "DATE 1990-01",
    ),
    (
        "1999-02-10",
        "The parade would go ahead on April 24.",
        "April 24",
        "DATE 1999-04-24",
    ),
    (
        "2000-01-15",
        "The judge rejected an order that the boy stay in Ohio until March 6.",
        "March 6",
        "DATE 2000-03-06",
    ),
    (
        "1989-10-27",
        "Her appointment as editor is effective Feb. 1.",
        "Feb. 1",
        "DATE 1990-02-01",
    ),
    (
        "1989-10-27",
        "The payout is payable Dec. 15 to shareholders registered by Nov. 17.",
        "Dec. 15",
        "DATE 1989-12-15",
    ),
    (
        "1998-02-13",
        "Flights will resume, opening markets by August.",
        "August",
        "DATE 1998-08",
    ),
    (
        "2018-08-08",
        "Sales had doubled by March.",
        "March",
        "DATE 2018-03",
    ),
    (
        "1998-02-13",
        "The airline will triple its routes between Spain and Peru by August.",
        "August",
        "DATE 1998-08",
    ),
    (
        "1989-11-02",
        "She replaces Moreno, who resigned as chair and managing director in March.",
        "March",
        "DATE 1989-03",
    ),
    (
        "1989-10-30",
        "Draft rules to be released in early November will settle it.",
        "early November",
        "DATE 1989-11 START",
    ),
    (
        "1989-10-30",
        "Lenders have extended the company loans through January.",
        "January",
        "DATE 1990-01",
    ),
    // "and that" opens a second reported clause: the first clause's verb is not its date's.
    (
        "2000-11-08",
        "Doctors said supplies have run short and that shots given in December would still \
         protect children.",
        "December",
        "DATE 2000-12",
    ),
    (
        "2000-11-08",
        "Doctors said supplies ran short in December and that shots would still protect \
         children.",
        "December",
        "DATE 1999-12",
    ),
];

#[cfg(test)]
pub(super) const NEGATIVES: &[super::examples::Negative] = &[
    // A group of a telephone number written with spaces is no year.
    (
        "2003-01-01",
        "Places must be booked by calling +44 1865 555 012.",
    ),
    (
        "2003-01-01",
        "Places must be booked by calling 1865 555 012.",
    ),
    ("2013-03-20", "She lives on the 29th floor."),
    ("2013-03-20", "On the 5th anniversary, crowds gathered."),
    ("2013-03-20", "Rates rose by 3/4 of a point."),
    ("2013-03-20", "The bill passed 3/4 of the chamber."),
    (
        "2019-05-24",
        "Most Conservative lawmakers voted for May in the first round.",
    ),
    ("2018-08-08", "He may leave the party."),
    ("2018-08-08", "Protesters march to the capital."),
    ("2018-08-08", "Theresa May spoke to reporters."),
    (
        "2017-09-16",
        "The attack came after May announced new measures.",
    ),
    (
        "2017-09-16",
        "Talks between Trump and May ended without a deal.",
    ),
    ("2018-08-08", "April Ryan asked a question."),
    ("2018-08-08", "The company sold 1995 cars."),
    ("2018-08-08", "It costs $2016 per unit."),
    ("2018-08-08", "Turnout rose 2.5 percent to 2,017 voters."),
    ("2018-08-08", "Room 1204 was empty."),
    ("2018-08-08", "An august body met."),
    ("2018-08-08", "Voters may march on the capital."),
    ("2018-08-08", "The score was 3-1."),
    ("2018-08-08", "Flight 2018 landed safely."),
    (
        "1999-12-30",
        "The county's hotline, 555-2000, will be staffed. Call 1-800-555-1999 for details.",
    ),
    (
        "1999-12-31",
        "Officials at the Pentagon's Year 2000 center said systems were normal.",
    ),
    ("2018-08-08", "The bill had 1,990 pages."),
    ("2018-08-08", "They decorated the Christmas tree."),
    ("2018-08-08", "She read 42 books."),
    ("2018-08-08", "He said it may be too late."),
    ("2018-08-08", "The index closed at 2,018 points."),
    ("2018-08-08", "Highway 1990 was closed."),
    ("2018-08-08", "The vote was 52-48."),
    (
        "2018-08-08",
        "Police found the suspect's 1987 Ford Mustang.",
    ),
];
