//! Pairing gold timexes with system timexes, one to one, by overlap: the TempEval-3 notion of
//! a relaxed match.
//!
//! The official toolkit does not compare every gold timex with every system timex. Its
//! TimeML-Normalizer walks both annotations token by token, and when a timex begins while a
//! timex of the other annotation is open (begun and not yet ended) and that one has not been
//! paired yet, it gives the two the same id; the scorer then counts shared ids as relaxed
//! matches. So:
//!
//! - a pair needs overlapping extents;
//! - pairing is one to one: a system timex covering two gold ones ("from Monday to Friday" as
//!   one) matches the first and leaves the second missed;
//! - it is greedy in text order: a timex that begins inside an already-paired timex of the
//!   other side stays unpaired, even if it overlaps nothing else.
//!
//! This module does the same on byte offsets of the plain text instead of tokens (the same
//! thing for extents that start and end on token boundaries, as taggers' do). A timex whose
//! text is empty or only whitespace has no token and is never paired, but the scorer still
//! counts it, as the toolkit does.

use super::document::{Document, Timex};

/// Pairs `(gold index, system index)` into [`Document::timexes`] of the two documents, in text
/// order.
pub fn align(gold: &Document, system: &Document) -> Vec<(usize, usize)> {
    const GOLD: usize = 0;
    let docs = [gold, system];
    let timexes = [gold.timexes(), system.timexes()];
    let usable = |side: usize, t: &Timex| !docs[side].text_of(t).trim().is_empty();
    let mut paired = [vec![false; timexes[0].len()], vec![false; timexes[1].len()]];
    // The most recently begun timex of each side: the only one that can still be open when a
    // timex of the other side begins, since a side's timexes do not overlap.
    let mut last: [Option<usize>; 2] = [None, None];
    let mut next = [0, 0];
    let mut pairs = Vec::new();
    loop {
        let starts = [0, 1].map(|side| timexes[side].get(next[side]).map(|t| t.start));
        // Gold first on a tie, as the toolkit walks the gold annotation first.
        let side = match starts {
            [None, None] => break,
            [Some(g), Some(s)] if g <= s => GOLD,
            [Some(_), None] => GOLD,
            _ => 1,
        };
        let other = 1 - side;
        let i = next[side];
        next[side] += 1;
        let t = &timexes[side][i];
        if !usable(side, t) {
            continue;
        }
        let open = last[other].filter(|&j| !paired[other][j] && timexes[other][j].end > t.start);
        if let Some(j) = open {
            paired[side][i] = true;
            paired[other][j] = true;
            pairs.push(if side == GOLD { (i, j) } else { (j, i) });
        }
        last[side] = Some(i);
    }
    pairs.sort_unstable();
    pairs
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    /// A document whose TEXT is `text` with `[` `]` marking timexes (brackets removed).
    fn doc(marked: &str) -> Document {
        let mut xml = String::from("<T><TEXT>");
        for c in marked.chars() {
            match c {
                '[' => xml.push_str("<TIMEX3 type=\"DATE\" value=\"x\">"),
                ']' => xml.push_str("</TIMEX3>"),
                c => xml.push(c),
            }
        }
        xml.push_str("</TEXT></T>");
        Document::parse(xml, Path::new("t.tml")).unwrap()
    }

    fn pairs(gold: &str, system: &str) -> Vec<(usize, usize)> {
        align(&doc(gold), &doc(system))
    }

    #[test]
    fn identical_and_overlapping_extents_pair() {
        assert_eq!(
            pairs("[Monday] and [May 5]", "[Monday] and [May 5]"),
            [(0, 0), (1, 1)]
        );
        assert_eq!(pairs("[last Monday] x", "last [Monday] x"), [(0, 0)]);
        assert_eq!(pairs("last [Monday] x", "[last Monday] x"), [(0, 0)]);
        assert_eq!(pairs("[last Monday] x", "[last] Monday x"), [(0, 0)]);
        // Touching is not overlapping.
        assert_eq!(pairs("[last] Monday", "last[ Monday]"), []);
    }

    #[test]
    fn pairing_is_one_to_one_and_greedy_in_text_order() {
        // One system timex over two gold ones: the first pairs, the second is missed.
        assert_eq!(
            pairs("[Monday] to [Friday]", "[Monday to Friday]"),
            [(0, 0)]
        );
        assert_eq!(
            pairs("[Monday to Friday]", "[Monday] to [Friday]"),
            [(0, 0)]
        );
        // A system timex beginning inside an already paired gold one stays unpaired...
        assert_eq!(pairs("[a b c] d", "[a] [b c d]"), [(0, 0)]);
        // ...until a gold timex begins inside it.
        assert_eq!(pairs("[a b c] [d e]", "[a] [b c d] e"), [(0, 0), (1, 1)]);
    }

    #[test]
    fn empty_timexes_never_pair() {
        assert_eq!(pairs("a[ ]b [c]", "a[ ]b [c]"), [(1, 1)]);
    }
}
