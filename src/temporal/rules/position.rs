//! Words that pick a part of a period: "early July", "mid-1996", "the end of the year", "late
//! yesterday". TimeML keeps the period as the value and says which part with `mod`; the words
//! belong to the expression's span.

use super::super::doc::Doc;
use super::super::lexicon::{Lex, Word};
use super::super::value::Mod;
use super::amount::amount_ending_at;

/// Looks left of token `start` for a position word; returns the new start and the mod.
pub(crate) fn position_before(doc: &Doc, start: usize) -> (usize, Option<Mod>) {
    if start == 0 {
        return (start, None);
    }
    // "mid-1996", "late-November": the word glued to a dash glued to the period.
    if start >= 2 && doc.hyphen(start - 1) {
        if let Some(m) = simple_position(doc.lex(start - 2)) {
            return (start - 2, Some(m));
        }
    }
    if let Some(m) = simple_position(doc.lex(start - 1)) {
        // "two days later Monday", "classes will start two hours late tomorrow": the word
        // ends a count of time, not a part of the day after it.
        // ("will fire its engine for 14 minutes early Thursday morning": a length of time
        // after "for" is how long, and "early" goes with the day.)
        // ("$180,000 a day earlier this month", "idle plants for a week later this month":
        // before "this" or "today", "earlier" and "later" open the expression, and the count
        // is its own; "two hours late tomorrow" stays a count made late.)
        let counted = matches!(
            doc.lex(start - 1),
            Lex::Word(Word::Earlier | Word::Later | Word::Early | Word::Late)
        ) && start >= 2
            && doc.unit(start - 2).is_some()
            && !lasting(doc, start - 2)
            && !(matches!(doc.lex(start - 1), Lex::Word(Word::Earlier | Word::Later))
                && opens_after_earlier(doc, start));
        if !counted {
            return (start - 1, Some(m));
        }
    }
    match part_of_before(doc, start) {
        Some((s, m)) => (s, Some(m)),
        None => (start, None),
    }
}

/// Whether token `k`, right after "earlier" or "later", makes them part of an expression of
/// their own ("later this month", "earlier today"), so that an amount before them ("for a
/// week later this month", "$180,000 a day earlier this month") is no step of the story.
pub(crate) fn opens_after_earlier(doc: &Doc, k: usize) -> bool {
    matches!(
        doc.word(k),
        "this" | "today" | "tonight" | "tomorrow" | "yesterday"
    )
}

/// "the beginning of", "the end of", "the middle of", "the start of", and the longer "the
/// early part of", "the latter part of": a part of the period named next, whose own article
/// (if any) starts at `start`. Returns where the phrase starts and the part it picks.
pub(crate) fn part_of_before(doc: &Doc, start: usize) -> Option<(usize, Mod)> {
    if start < 3 || !doc.is(start - 1, Word::Of) {
        return None;
    }
    if doc.is(start - 3, Word::The) {
        let m = match doc.lex(start - 2) {
            Lex::Word(Word::Beginning | Word::Start) => Some(Mod::Start),
            Lex::Word(Word::End) => Some(Mod::End),
            Lex::Word(Word::Middle) => Some(Mod::Mid),
            _ => None,
        };
        if let Some(m) = m {
            return Some((start - 3, m));
        }
    }
    if start >= 4 && doc.word(start - 2) == "part" && doc.is(start - 4, Word::The) {
        let m = match doc.word(start - 3) {
            "early" | "earlier" | "first" | "opening" => Mod::Start,
            "latter" | "later" | "last" | "final" | "closing" => Mod::End,
            "middle" => Mod::Mid,
            _ => return None,
        };
        return Some((start - 4, m));
    }
    None
}

/// "early in the next century", "late in the last decade": a part of the period whose article
/// is at `start`. Returns where the phrase starts and the part it picks.
pub(crate) fn part_in_before(doc: &Doc, start: usize) -> Option<(usize, Mod)> {
    if start < 2 || !doc.is(start - 1, Word::In) {
        return None;
    }
    simple_position(doc.lex(start - 2))
        .filter(|&m| m != Mod::Mid)
        .map(|m| (start - 2, m))
}

/// "the first half of the 1990s", "the last half of the '80s": TimeML has no value for half
/// a decade or century, and writes the decade with the part it starts or ends.
pub(crate) fn half_of_before(doc: &Doc, start: usize) -> Option<(usize, Mod)> {
    if start < 4 || !doc.is(start - 1, Word::Of) || !doc.is(start - 2, Word::Half) {
        return None;
    }
    if !doc.is(start - 4, Word::The) {
        return None;
    }
    let m = match doc.word(start - 3) {
        "first" | "early" | "earlier" => Mod::Start,
        "second" | "last" | "latter" | "later" => Mod::End,
        _ => return None,
    };
    Some((start - 4, m))
}

/// Whether the unit at `unit` ends an amount introduced by "for": "for 14 minutes", "for
/// about two hours".
fn lasting(doc: &Doc, unit: usize) -> bool {
    let Some((start, _)) = amount_ending_at(doc, unit) else {
        return false;
    };
    let before = if start > 0 && matches!(doc.lex(start - 1), Lex::Word(Word::About | Word::Nearly))
    {
        start - 1
    } else {
        start
    };
    before > 0 && doc.word(before - 1) == "for"
}

/// "early" and "late" pick part of a period and belong to its expression ("early July").
/// So do "earlier" and "later" before a period that holds the moment of writing ("earlier
/// this week", "later today", "earlier Sunday"): the part of it before or after that moment,
/// which TimeML writes as the period with a `START` or `END` mod.
fn simple_position(lex: Lex) -> Option<Mod> {
    match lex {
        Lex::Word(Word::Early | Word::Earlier) => Some(Mod::Start),
        Lex::Word(Word::Late | Word::Later) => Some(Mod::End),
        Lex::Word(Word::Mid) => Some(Mod::Mid),
        _ => None,
    }
}
