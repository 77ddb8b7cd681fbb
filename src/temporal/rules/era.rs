//! Decades, centuries and eras: "the 1990s", "the early 1980s", "mid-1990s", "the '80s",
//! "the nineties", "the 20th century", "the twentieth century", "500 B.C.", "A.D. 79", "the
//! third century B.C.".
//!
//! TimeML names a decade by its first three digits (`199`) and a century by its first two
//! (`19` for the twentieth century). Before Christ it puts `BC` before either (`BC0500`,
//! `BC02`); the timeline places those by the astronomical year, so that 500 B.C. sorts
//! before 49 B.C. and both before A.D. 79.

use super::super::doc::Doc;
use super::super::expr::{Candidate, Expr};
use super::super::lexicon::{Lex, Unit, Word};
use super::position::{half_of_before, part_of_before, position_before};

pub(super) fn at(doc: &Doc, i: usize, out: &mut Vec<Candidate>) {
    turn_of(doc, i, out);
    era_year(doc, i, out);
    if let Some((expr, end)) = decade_at(doc, i).or_else(|| century_at(doc, i)) {
        // "the 19th-century ruler": before a noun the article is the noun's.
        let adjective = end >= 2 && doc.dash(end - 2);
        let the = i > 0 && doc.is(i - 1, Word::The) && !adjective;
        // "the '80s" needs its article to be read as a decade; "1990s" does not.
        if matches!(expr, Expr::DecadeOfCentury(_)) && !the && !doc.apostrophe(i) {
            return;
        }
        // "temperatures in the 30s", "highs in the 70s": degrees, not decades.
        if matches!(expr, Expr::DecadeOfCentury(_)) && !doc.apostrophe(i) && about_weather(doc, i) {
            return;
        }
        let mut start = if the { i - 1 } else { i };
        let mut modifier = None;
        // "the end of the 1980s", "the first half of the century"
        if the {
            if let Some((s, m)) = part_of_before(doc, i - 1).or_else(|| half_of_before(doc, i - 1))
            {
                start = s;
                modifier = Some(m);
            }
        }
        // "the early 1980s": the article comes before the position word.
        if !the {
            if let (s, Some(m)) = position_before(doc, i) {
                start = if s > 0 && doc.is(s - 1, Word::The) {
                    s - 1
                } else {
                    s
                };
                modifier = Some(m);
            }
        }
        let mut c = Candidate::new(start, end, expr, "decade-century");
        c.modifier = modifier;
        out.push(c);
    }
}

/// Whether the sentence around token `i` talks about temperatures.
fn about_weather(doc: &Doc, i: usize) -> bool {
    let (first, last) = doc.sentence_tokens(i);
    (first..last).any(|k| {
        matches!(
            doc.word(k),
            "temperature" | "temperatures" | "degrees" | "highs" | "lows" | "readings" | "wind"
        )
    })
}

/// "1990s", "'80s", "80s", "nineties", "1600s".
fn decade_at(doc: &Doc, i: usize) -> Option<(Expr, usize)> {
    let plural_s = |j: usize| doc.word(j) == "s" && doc.glued(j);
    if doc.is_number(i) && plural_s(i + 1) {
        let n = doc.num(i)? as i32;
        return match doc.digits(i) {
            // "the 1600s", "the early 1900s": a round hundred names its century; "the 2000s"
            // is read as a decade, as news uses it.
            4 if n % 100 == 0 && (1000..2000).contains(&n) => Some((Expr::Century(n / 100), i + 2)),
            4 if n % 10 == 0 && (1000..=2090).contains(&n) => Some((Expr::Decade(n / 10), i + 2)),
            2 if n % 10 == 0 => Some((Expr::DecadeOfCentury(n / 10), i + 2)),
            _ => None,
        };
    }
    if doc.apostrophe(i) && doc.glued(i + 1) && doc.digits(i + 1) == 2 && plural_s(i + 2) {
        let n = doc.num(i + 1)? as i32;
        return (n % 10 == 0).then_some((Expr::DecadeOfCentury(n / 10), i + 3));
    }
    if let Lex::DecadeWord(d) = doc.lex(i) {
        return Some((Expr::DecadeOfCentury(i32::from(d) / 10), i + 1));
    }
    None
}

/// "the turn of the century", "the turn of the 20th century", "the turn of the millennium":
/// the year a century or millennium begins, approximately.
fn turn_of(doc: &Doc, i: usize, out: &mut Vec<Candidate>) {
    // The rule runs at the period named: "century", "millennium" or "20th".
    let (expr, the_at, end) = match doc.lex(i) {
        Lex::Unit(Unit::Century) => (Expr::Turn { years: 100 }, i.checked_sub(1), i + 1),
        Lex::Unit(Unit::Millennium) => (Expr::Turn { years: 1000 }, i.checked_sub(1), i + 1),
        _ => match century_at(doc, i) {
            Some((Expr::Century(c), end)) => (Expr::Year(c * 100), i.checked_sub(1), end),
            _ => return,
        },
    };
    let Some(the_at) = the_at else {
        return;
    };
    if the_at < 2 || !doc.is(the_at, Word::The) || !doc.is(the_at - 1, Word::Of) {
        return;
    }
    if doc.word(the_at - 2) != "turn" {
        return;
    }
    let start = if the_at >= 3 && doc.is(the_at - 3, Word::The) {
        the_at - 3
    } else {
        the_at - 2
    };
    let mut c = Candidate::new(start, end, expr, "turn-of-century");
    c.modifier = Some(super::super::value::Mod::Approx);
    out.push(c);
}

/// "20th century", "twentieth century", "11th century", "19th-century".
fn century_at(doc: &Doc, i: usize) -> Option<(Expr, usize)> {
    let (n, next) = if doc.is_number(i)
        && doc.glued(i + 1)
        && matches!(doc.word(i + 1), "st" | "nd" | "rd" | "th")
    {
        (doc.num(i)?, i + 2)
    } else if let Lex::Ordinal(n) = doc.lex(i) {
        (n, i + 1)
    } else if let (Lex::Cardinal(tens @ 20..=90), true, Lex::Ordinal(unit @ 1..=9)) =
        (doc.lex(i), doc.dash(i + 1), doc.lex(i + 2))
    {
        // "twenty-first"
        (tens + unit, i + 3)
    } else {
        return None;
    };
    // "first century" inside "twenty-first century" is not a century of its own.
    if i >= 2 && doc.dash(i - 1) && matches!(doc.lex(i - 2), Lex::Cardinal(20..=90)) {
        return None;
    }
    // "a 19th-century ruler": the adjective names the century as the noun does.
    let next = if doc.hyphen(next) { next + 1 } else { next };
    if !(1..=30).contains(&n) {
        return None;
    }
    // "the 17th and 18th centuries": two centuries sharing the plural; the first is one of
    // its own ("the 17th"), the second carries the noun.
    let paired = |k: usize| {
        k >= 1
            && matches!(doc.lex(k), Lex::Word(Word::And | Word::Or | Word::To))
            && matches!(doc.word(k - 1), "st" | "nd" | "rd" | "th")
    };
    match doc.unit(next) {
        Some((Unit::Century, false)) => {}
        Some((Unit::Century, true)) if i >= 1 && paired(i - 1) => {}
        _ if paired(next) && ordinal_before_centuries(doc, next + 1) => {
            return Some((Expr::Century(n as i32 - 1), next));
        }
        _ => return None,
    }
    // "the third century B.C.": a century counted back from the era's start.
    if let Some((Era::BeforeChrist, end)) = era_after(doc, next + 1) {
        return Some((Expr::CenturyBc(n as i32), end));
    }
    Some((Expr::Century(n as i32 - 1), next + 1))
}

/// Whether an ordinal in figures ("18th") and the plural "centuries" stand from `k`.
fn ordinal_before_centuries(doc: &Doc, k: usize) -> bool {
    doc.is_number(k)
        && doc.glued(k + 1)
        && matches!(doc.word(k + 1), "st" | "nd" | "rd" | "th")
        && doc.unit(k + 2) == Some((Unit::Century, true))
}

/// Which side of the start of the common era a marker names.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Era {
    BeforeChrist,
    Common,
}

/// An era marker from token `k`: "B.C.", "BC", "B.C.E.", "BCE", "A.D.", "AD", "CE", and
/// the token after it. Only in capitals: "ad" and "ce" are words of their own.
fn era_after(doc: &Doc, k: usize) -> Option<(Era, usize)> {
    // (Asked after every number: one byte test spares nearly all of them the rest.)
    if !matches!(doc.raw(k).as_bytes().first(), Some(b'A' | b'B' | b'C')) {
        return None;
    }
    let dotted = |letters: &[&str]| -> Option<usize> {
        let mut j = k;
        for (n, letter) in letters.iter().enumerate() {
            if doc.raw(j) != *letter || (n > 0 && !doc.glued(j)) || !doc.punct(j + 1, '.') {
                return None;
            }
            j += 2;
        }
        Some(j)
    };
    if let Some(end) = dotted(&["B", "C", "E"]).or_else(|| dotted(&["B", "C"])) {
        return Some((Era::BeforeChrist, end));
    }
    if let Some(end) = dotted(&["A", "D"]).or_else(|| dotted(&["C", "E"])) {
        return Some((Era::Common, end));
    }
    match doc.raw(k) {
        "BC" | "BCE" => Some((Era::BeforeChrist, k + 1)),
        "AD" | "CE" => Some((Era::Common, k + 1)),
        _ => None,
    }
}

/// "500 B.C.", "44 BC", "A.D. 79", "79 AD": a year of a stated era. (A year of the common
/// era with four digits is the calendar rule's; its marker adds nothing to the value.)
fn era_year(doc: &Doc, i: usize, out: &mut Vec<Candidate>) -> Option<()> {
    // ("2,500 B.C." is one figure: the rule reads it from its first digits.)
    let thousands = |k: usize| doc.punct(k, ',') && doc.glued(k) && doc.glued(k + 1);
    if !doc.is_number(i)
        || (doc.glued(i + 1) && doc.is_number(i + 1))
        || (i >= 2 && thousands(i - 1) && doc.is_number(i - 2))
    {
        return None;
    }
    let (n, next) = if thousands(i + 1) && doc.digits(i + 2) == 3 {
        (
            doc.num(i)?
                .checked_mul(1000)?
                .checked_add(doc.num(i + 2)?)?,
            i + 3,
        )
    } else {
        (doc.num(i)?, i + 1)
    };
    if !(1..=9999).contains(&n) {
        return None;
    }
    let n = n as i32;
    if let Some((era, end)) = era_after(doc, next) {
        let expr = match era {
            Era::BeforeChrist => Expr::YearBc(n),
            Era::Common => Expr::Year(n),
        };
        out.push(Candidate::new(i, end, expr, "era-year"));
        return Some(());
    }
    // "A.D. 79", "AD 800": the marker first.
    // ("A.D." ends in a full stop glued to "D"; "AD" is one token.)
    let marker_before = i >= 1 && (doc.raw(i - 1) == "AD" || (doc.punct(i - 1, '.') && i >= 4));
    if !marker_before {
        return Some(());
    }
    let before = [i.saturating_sub(4), i - 1]
        .into_iter()
        .find(|&k| era_after(doc, k).is_some_and(|(era, end)| era == Era::Common && end == i));
    if let Some(start) = before {
        out.push(Candidate::new(start, next, Expr::Year(n), "era-year"));
    }
    Some(())
}

#[cfg(test)]
pub(super) const EXAMPLES: &[super::examples::Example] = &[
    // "the 17th and 18th centuries": two centuries sharing the plural.
    (
        "2019-07-20",
        "The 17th and 18th centuries saw the town grow into a port.",
        "The 17th",
        "DATE 16",
    ),
    (
        "2019-07-20",
        "The 17th and 18th centuries saw the town grow into a port.",
        "18th centuries",
        "DATE 17",
    ),
    // Years and centuries before Christ carry "BC" before the value, as TimeML writes them;
    // a year of the common era with fewer than four digits is zero-padded.
    (
        "2018-11-08",
        "The site was settled around 500 B.C. and abandoned a thousand years later.",
        "around 500 B.C.",
        "DATE BC0500 APPROX",
    ),
    (
        "2018-11-08",
        "Caesar crossed the river in 49 BC with one legion.",
        "49 BC",
        "DATE BC0049",
    ),
    (
        "2018-11-08",
        "The tablet, from 2,500 BCE, lists grain deliveries.",
        "2,500 BCE",
        "DATE BC2500",
    ),
    (
        "2018-11-08",
        "The coins date from the third century B.C., the museum said.",
        "the third century B.C.",
        "DATE BC02",
    ),
    (
        "2018-11-08",
        "Vesuvius erupted in A.D. 79, burying the town.",
        "A.D. 79",
        "DATE 0079",
    ),
    (
        "2018-11-08",
        "The chapel was built in 800 AD by monks.",
        "800 AD",
        "DATE 0800",
    ),
    // The adjective names the century too; its article is the noun's.
    (
        "2009-05-05",
        "The production is a drama about the 19th-century ruler Muhammad Ali.",
        "19th-century",
        "DATE 18",
    ),
    // A part of a decade or century takes the article of the period after "of"; half a
    // decade has no value of its own and is the decade with the half it starts or ends.
    (
        "1999-03-10",
        "Sales stayed flat in the last half of the '80s.",
        "the last half of the '80s",
        "DATE 198 END",
    ),
    (
        "1999-03-10",
        "Sales rose in the first half of the 1990s.",
        "the first half of the 1990s",
        "DATE 199 START",
    ),
    (
        "1999-03-10",
        "The firm was founded at the beginning of the 20th century.",
        "the beginning of the 20th century",
        "DATE 19 START",
    ),
    (
        "1999-03-10",
        "Prices rose through the latter part of the 1970s.",
        "the latter part of the 1970s",
        "DATE 197 END",
    ),
    (
        "2006-08-30",
        "He kept a regular gig at a hotel bar until the turn of the century.",
        "the turn of the century",
        "DATE 2000 APPROX",
    ),
    (
        "1995-08-30",
        "The mill was built around the turn of the century.",
        "around the turn of the century",
        "DATE 1900 APPROX",
    ),
    (
        "1995-08-30",
        "The new bridge should be finished by the turn of the century.",
        "the turn of the century",
        "DATE 2000 APPROX",
    ),
    (
        "2006-08-30",
        "The house dates from the turn of the 20th century.",
        "the turn of the 20th century",
        "DATE 1900 APPROX",
    ),
    (
        "2011-10-18",
        "The wreck probably dates from the 1600s.",
        "the 1600s",
        "DATE 16",
    ),
    (
        "2009-10-27",
        "The shop opened in the early 1900s.",
        "the early 1900s",
        "DATE 19 START",
    ),
    (
        "2009-10-27",
        "Prices fell sharply in the 2000s.",
        "the 2000s",
        "DATE 200",
    ),
    (
        "2018-08-08",
        "Crime fell in the 1990s.",
        "the 1990s",
        "DATE 199",
    ),
    (
        "2018-08-08",
        "It was built in the early 1980s.",
        "the early 1980s",
        "DATE 198 START",
    ),
    (
        "2018-08-08",
        "Prices peaked in the late 1970s.",
        "the late 1970s",
        "DATE 197 END",
    ),
    (
        "2018-08-08",
        "The style returned in the mid-1990s.",
        "the mid-1990s",
        "DATE 199 MID",
    ),
    (
        "2018-08-08",
        "Disco ruled the '70s.",
        "the '70s",
        "DATE 197",
    ),
    (
        "2018-08-08",
        "Growth in the nineties was fast.",
        "the nineties",
        "DATE 199",
    ),
    (
        "2018-08-08",
        "The 20th century saw two wars.",
        "The 20th century",
        "DATE 19",
    ),
    (
        "2018-08-08",
        "The church dates from the 11th century.",
        "the 11th century",
        "DATE 10",
    ),
    (
        "2018-08-08",
        "The twenty-first century began badly.",
        "The twenty-first century",
        "DATE 20",
    ),
    (
        "2018-08-08",
        "Oil boomed in the 1970s and 1980s.",
        "1980s",
        "DATE 198",
    ),
    (
        "2000-01-15",
        "The chip was designed in the 80s.",
        "the 80s",
        "DATE 198",
    ),
    (
        "2018-08-08",
        "Wages stagnated in the 2000s.",
        "the 2000s",
        "DATE 200",
    ),
    (
        "2018-08-08",
        "The mill ran from the 1850s.",
        "the 1850s",
        "DATE 185",
    ),
    (
        "2018-08-08",
        "Rents rose in the last decade.",
        "the last decade",
        "DURATION P10Y",
    ),
    (
        "2018-08-08",
        "The town grew fast in the 1920s.",
        "the 1920s",
        "DATE 192",
    ),
    (
        "2018-08-08",
        "Such laws date to the 19th century.",
        "the 19th century",
        "DATE 18",
    ),
];

#[cfg(test)]
pub(super) const NEGATIVES: &[super::examples::Negative] = &[
    // "ad" and "ce" in lower case are words, not eras.
    (
        "2018-11-08",
        "The campaign ran the ad 30 times on local radio.",
    ),
    (
        "2019-10-31",
        "Expect temperatures in the 30s with light winds.",
    ),
    ("2019-10-31", "She is in her 40s."),
];
