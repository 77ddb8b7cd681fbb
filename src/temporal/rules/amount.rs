//! Counting words: "three", "24", "twenty-four", "a", "a few", "a couple of", "two and a half".

use super::super::doc::Doc;
use super::super::expr::Amount;
use super::super::lexicon::{Lex, Unit, Word};

/// A cardinal number at `i`, in digits or words: `(value, next token)`.
///
/// Digits must stand alone (not part of "3.5", "$3" or "1,000"); words combine as in
/// "twenty-four", "twenty four", "one hundred", "two thousand".
pub(crate) fn cardinal_at(doc: &Doc, i: usize) -> Option<(u32, usize)> {
    if doc.is_number(i) {
        if let Some(grouped) = thousands_at(doc, i) {
            return Some(grouped);
        }
        if doc.digits(i) > 6 || part_of_bigger_number(doc, i) {
            return None;
        }
        return doc.num(i).map(|n| (n, i + 1));
    }
    let Lex::Cardinal(first) = doc.lex(i) else {
        return None;
    };
    let mut value = first;
    let mut j = i + 1;
    // "twenty-four", "twenty four"
    if (20..=90).contains(&value) && value % 10 == 0 {
        let k = if doc.dash(j) && doc.glued(j) {
            j + 1
        } else {
            j
        };
        if let Lex::Cardinal(unit) = doc.lex(k) {
            if (1..=9).contains(&unit) {
                value += unit;
                j = k + 1;
            }
        }
    }
    // "one hundred", "two thousand"
    if let Lex::Cardinal(scale @ (100 | 1000)) = doc.lex(j) {
        if value < 100 {
            value *= scale;
            j += 1;
        }
    }
    Some((value, j))
}

/// A count written with thousands separators, "3,000" or "1,500,000": its value and the
/// token after it. Not money ("$3,000"), not a decimal ("3,000.5"), and not the middle of a
/// longer number.
fn thousands_at(doc: &Doc, i: usize) -> Option<(u32, usize)> {
    let group =
        |k: usize| doc.punct(k, ',') && doc.glued(k) && doc.glued(k + 1) && doc.digits(k + 1) == 3;
    if !(1..=3).contains(&doc.digits(i)) || !group(i + 1) {
        return None;
    }
    let continues_before = i > 0
        && doc.glued(i)
        && (doc.is_number(i - 1) || !doc.is_word(i - 1) && !doc.quote_mark(i - 1));
    if continues_before {
        return None;
    }
    let mut value = u64::from(doc.num(i)?);
    let mut k = i + 1;
    while group(k) {
        value = value * 1000 + u64::from(doc.num(k + 1)?);
        k += 2;
    }
    // "3,000.5", "3,000%": part of something else.
    if doc.glued(k) && (doc.punct(k, '.') && doc.is_number(k + 1) || doc.punct(k, '%')) {
        return None;
    }
    Some((u32::try_from(value).ok()?, k))
}

/// True when the digits at `i` continue a number ("1,000", "3.5", "$30") rather than stand
/// alone.
pub(crate) fn part_of_bigger_number(doc: &Doc, i: usize) -> bool {
    let before = i > 0
        && doc.glued(i)
        && (doc.punct(i - 1, '$')
            || doc.punct(i - 1, '£')
            || doc.punct(i - 1, '€')
            || doc.punct(i - 1, '#')
            || ((doc.punct(i - 1, ',') || doc.punct(i - 1, '.'))
                && i >= 2
                && doc.is_number(i - 2)
                && doc.glued(i - 1)));
    let after = doc.glued(i + 1)
        && (((doc.punct(i + 1, ',') || doc.punct(i + 1, '.'))
            && doc.is_number(i + 2)
            && doc.glued(i + 2))
            || doc.punct(i + 1, '%'));
    before || after
}

/// An amount at `i`: `(amount, next token)`. "a"/"an" count one; "a few", "several", "some",
/// "many" leave the count open; "a couple of" is two; "and a half" halves are kept.
pub(crate) fn amount_at(doc: &Doc, i: usize) -> Option<(Amount, usize)> {
    let (amount, next) = match doc.lex(i) {
        // "the next couple of years": "couple" after a word of position counts two, as "a
        // couple of" does.
        Lex::Word(Word::Couple)
            if doc.is(i + 1, Word::Of)
                && i > 0
                && matches!(
                    doc.lex(i - 1),
                    Lex::Word(Word::Next | Word::Past | Word::Last | Word::Coming)
                        | Lex::Ordinal(1)
                ) =>
        {
            (Amount::Count(2), i + 2)
        }
        // "for another year": one more, a unit after it.
        Lex::Word(Word::Another) if doc.unit(i + 1).is_some() => (Amount::Count(1), i + 1),
        Lex::Word(Word::A | Word::An) => match doc.lex(i + 1) {
            Lex::Word(Word::Few) => (Amount::Some, i + 2),
            Lex::Word(Word::Couple) if doc.is(i + 2, Word::Of) => (Amount::Count(2), i + 3),
            Lex::Cardinal(12) => (Amount::Count(12), i + 2),
            // "a hundred years", "a thousand days"
            Lex::Cardinal(n @ (100 | 1000)) => (Amount::Count(n), i + 2),
            _ => (Amount::Count(1), i + 1),
        },
        Lex::Word(Word::Several | Word::Few | Word::Many | Word::Some) => (Amount::Some, i + 1),
        _ => {
            // "2.5 years" (a half), "33.8 hours", "365.24 days", "0.3 seconds": one or two
            // decimal places.
            if doc.is_number(i)
                && doc.punct(i + 1, '.')
                && doc.glued(i + 1)
                && doc.glued(i + 2)
                && doc.is_number(i + 2)
                && (1..=2).contains(&doc.digits(i + 2))
                && !(i > 0 && doc.glued(i) && !doc.is_word(i - 1))
            {
                if doc.word(i + 2) == "5" {
                    return doc.num(i).map(|n| (Amount::Half(n), i + 3));
                }
                let (whole, frac) = (doc.num(i)?, doc.num(i + 2)?);
                let frac = if doc.digits(i + 2) == 1 {
                    frac * 10
                } else {
                    frac
                };
                return whole
                    .checked_mul(100)
                    .and_then(|w| w.checked_add(frac))
                    .map(|h| (Amount::Hundredths(h), i + 3));
            }
            let (n, next) = cardinal_at(doc, i)?;
            // "two and a half years"
            if let Some(after) = and_a_half(doc, next) {
                if doc.unit(after).is_some() {
                    return Some((Amount::Half(n), after));
                }
            }
            // "2 1/2 years"
            if doc.num(next) == Some(1)
                && doc.punct(next + 1, '/')
                && doc.glued(next + 1)
                && doc.num(next + 2) == Some(2)
                && doc.glued(next + 2)
            {
                return Some((Amount::Half(n), next + 3));
            }
            (Amount::Count(n), next)
        }
    };
    Some((amount, next))
}

/// The amount whose words (three tokens at most) end right before token `end` ("three" or
/// "twenty-four" before "days"), with its first token: the count in front of a unit already
/// found.
pub(crate) fn amount_ending_at(doc: &Doc, end: usize) -> Option<(usize, Amount)> {
    (end.saturating_sub(3)..end).find_map(|k| {
        amount_at(doc, k).and_then(|(amount, next)| (next == end).then_some((k, amount)))
    })
}

/// The ordinal at `i` counting a period of a longer one: "third", "3rd", or "final"/"last",
/// given as `u32::MAX` ("the third quarter", "the last week of May", "the final day of
/// March"). Returns the ordinal and the token after it.
pub(crate) fn ordinal_at(doc: &Doc, i: usize) -> Option<(u32, usize)> {
    match doc.lex(i) {
        Lex::Ordinal(n) => Some((n, i + 1)),
        Lex::Word(Word::Last | Word::Final) => Some((u32::MAX, i + 1)),
        _ => None,
    }
}

/// "66 million years", "hundreds of years", "thousands of years ago": a count too large or
/// too loose to read, in the ages of geology and history; no amount of time to tag.
pub(crate) fn vast_count_before(doc: &Doc, i: usize) -> bool {
    let vast = |k: usize| {
        matches!(
            doc.word(k),
            "million" | "billion" | "thousand" | "millions" | "billions" | "thousands" | "hundreds"
        )
    };
    i > 0 && (vast(i - 1) || (i > 1 && doc.word(i - 1) == "of" && vast(i - 2)))
}

/// "24 hours a day", "60 minutes an hour": a count of units that fills the whole of every
/// `per` period, the idiom for "all the time" rather than an amount or a frequency (as the
/// annotated corpora leave it).
pub(crate) fn fills_every(amount: Amount, unit: Unit, per: Unit) -> bool {
    matches!(
        (amount, unit, per),
        (Amount::Count(24), Unit::Hour, Unit::Day) | (Amount::Count(60), Unit::Minute, Unit::Hour)
    )
}

/// "and a half" at `i`: the token after it.
pub(crate) fn and_a_half(doc: &Doc, i: usize) -> Option<usize> {
    (doc.is(i, Word::And)
        && matches!(doc.lex(i + 1), Lex::Word(Word::A | Word::An))
        && doc.is(i + 2, Word::Half))
    .then_some(i + 3)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn amount(text: &str) -> Option<(Amount, usize)> {
        let doc = Doc::new(text);
        amount_at(&doc, 0)
    }

    #[test]
    fn amounts() {
        assert_eq!(amount("three years"), Some((Amount::Count(3), 1)));
        assert_eq!(amount("twenty-four hours"), Some((Amount::Count(24), 3)));
        assert_eq!(amount("twenty four hours"), Some((Amount::Count(24), 2)));
        assert_eq!(amount("one hundred days"), Some((Amount::Count(100), 2)));
        assert_eq!(amount("a few days"), Some((Amount::Some, 2)));
        assert_eq!(amount("a couple of years"), Some((Amount::Count(2), 3)));
        assert_eq!(amount("several weeks"), Some((Amount::Some, 1)));
        assert_eq!(amount("2.5 years"), Some((Amount::Half(2), 3)));
        assert_eq!(amount("33.8 hours"), Some((Amount::Hundredths(3380), 3)));
        assert_eq!(amount("365.24 days"), Some((Amount::Hundredths(36524), 3)));
        assert_eq!(amount("1,000 years"), Some((Amount::Count(1000), 3)));
        assert_eq!(
            amount("1,500,000 years"),
            Some((Amount::Count(1_500_000), 5))
        );
        // Money is no count of years: the digits after "$" are not an amount.
        assert_eq!(amount_at(&Doc::new("$1,000 a year"), 1), None);
        assert_eq!(amount("3,000.5 years"), None);
        assert_eq!(amount("words"), None);
    }
}
