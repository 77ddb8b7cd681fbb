//! Chronologies that look back: "Here is how the dispute unfolded. March 31: The nurses'
//! contract expires ... Sept. 10: The strike begins at 7 a.m."
//!
//! News often ends a story with a timeline whose entries each open on a date and a colon
//! and are told in the historical present. Read as ordinary present tense, an entry's
//! weekday ("Sunday, 11:40 p.m.: A guard notices ...") would be the next Sunday, and its
//! clock times and "two weeks later" would be counted from publication. A timeline that the
//! story introduces as a look back ("how the dispute unfolded", "a look back", "what we know
//! so far", "a timeline") is told of days gone by, so its entries' present tense is a past.
//!
//! A timeline introduced otherwise ("Here are the key dates" for a takeover still running,
//! a forecast's "Saturday: Showers likely", a festival's schedule) is left to the ordinary
//! reading: its entries may well lie ahead.

use std::ops::Range;

use super::doc::Doc;
use super::expr::Candidate;

/// The words of an introduction that says the timeline looks back.
const LOOKS_BACK: [&str; 8] = [
    "unfolded",
    "developed",
    "happened",
    "grew",
    "timeline",
    "chronology",
    "back", // "a look back"
    "know", // "what we know so far"
];

/// The token ranges of the lines that open on an entry of a timeline the story introduced as
/// a look back, in text order; empty when the story has none.
pub(crate) fn past_entries(doc: &Doc, candidates: &[Candidate]) -> Vec<Range<usize>> {
    // ("Sunday, 11:40 p.m.: A guard notices": a day and its clock time, then the colon.)
    // Looked up by position, so that a text of many dated lines stays linear.
    let mut colon_ends: Vec<usize> = candidates
        .iter()
        .filter(|d| doc.punct(d.end, ':'))
        .map(|d| d.start)
        .collect();
    colon_ends.sort_unstable();
    // ("8 p.m. - Polls close": a dash serves as the colon after a clock time.)
    let before_colon = |end: usize| {
        doc.punct(end, ':')
            || (doc.dash(end) && !doc.hyphen(end))
            || colon_ends.binary_search(&end).is_ok()
            || (doc.punct(end, ',') && colon_ends.binary_search(&(end + 1)).is_ok())
    };
    let mut openers: Vec<usize> = candidates
        .iter()
        .filter(|c| doc.line_start(c.start) && before_colon(c.end))
        .map(|c| c.start)
        .collect();
    openers.sort_unstable();
    openers.dedup();
    // One dated line with a colon is a heading or a live blog's stamp, not a timeline.
    let (Some(&first), true) = (openers.first(), openers.len() >= 2) else {
        return Vec::new();
    };
    if !introduced_as_look_back(doc, first) {
        return Vec::new();
    }
    // Each entry runs to the next line; found once, so that the lookup per token is cheap.
    openers
        .iter()
        .map(|&start| {
            let end = (start + 1..doc.len())
                .find(|&k| doc.line_start(k))
                .unwrap_or(doc.len());
            start..end
        })
        .collect()
}

/// Whether the sentence before token `first` says "here is" a look back.
fn introduced_as_look_back(doc: &Doc, first: usize) -> bool {
    let Some(end) = first.checked_sub(1) else {
        return false;
    };
    let (start, _) = doc.sentence_tokens(end);
    let here = matches!(doc.word(start), "here" | "here's");
    here && (start..end).any(|k| LOOKS_BACK.contains(&doc.word(k)))
}

/// The first token of the entry of `entries` that token `i` lies in.
pub(crate) fn entry_of(entries: &[Range<usize>], i: usize) -> Option<usize> {
    let after = entries.partition_point(|e| e.start <= i);
    let entry = entries.get(after.checked_sub(1)?)?;
    entry.contains(&i).then_some(entry.start)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::temporal::doc::Doc;

    fn line_starts(text: &str) -> Vec<usize> {
        let doc = Doc::new(text);
        (0..doc.len()).filter(|&i| doc.line_start(i)).collect()
    }

    #[test]
    fn the_introduction_decides() {
        let back = "The strike ended Friday. Here is how it unfolded.\nMay 2: Talks fail.\nMay 9: Nurses walk out.";
        let doc = Doc::new(back);
        assert!(introduced_as_look_back(&doc, line_starts(back)[1]));
        let ahead = "The bid runs on. Here are the key dates.\nMay 2: Offer expires.\nMay 9: Vote.";
        let doc = Doc::new(ahead);
        assert!(!introduced_as_look_back(&doc, line_starts(ahead)[1]));
    }

    #[test]
    fn a_token_is_in_the_entry_whose_line_holds_it() {
        let entries = [3..7, 7..9, 12..20];
        assert_eq!(entry_of(&entries, 2), None);
        assert_eq!(entry_of(&entries, 3), Some(3));
        assert_eq!(entry_of(&entries, 8), Some(7));
        assert_eq!(entry_of(&entries, 10), None);
        assert_eq!(entry_of(&entries, 19), Some(12));
        assert_eq!(entry_of(&entries, 20), None);
    }
}
