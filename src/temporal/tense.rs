//! The tense around a date reference, which decides which "Wednesday" or "December" it means.
//!
//! "Paul delivered the letter on Wednesday" is the Wednesday before publication; "Paul will
//! meet Putin on Wednesday" the one after. There is no part-of-speech tagger here, by design
//! (no model to download, nothing slow on the hot path): the nearest verb-like cue in the
//! sentence decides, read through its auxiliaries ("will be held" is future, "has been" is
//! past, "is scheduled" future). Cues are irregular past forms, regular "-ed" forms not used
//! as adjectives, the modals and the words of planning ("scheduled", "plans to").

use super::doc::Doc;
use super::lexicon::{Lex, Word};

/// The tense that governs a reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tense {
    Past,
    Present,
    Future,
    /// No cue in the sentence.
    Unknown,
}

impl Tense {
    pub fn describe(self) -> &'static str {
        match self {
            Tense::Past => "past tense",
            Tense::Present => "present tense",
            Tense::Future => "future tense",
            Tense::Unknown => "no tense cue",
        }
    }
}

/// The tense governing tokens `start..end`, and the cue token that decided it.
pub(crate) fn tense_around(doc: &Doc, start: usize, end: usize) -> (Tense, Option<usize>) {
    let (first, last) = doc.sentence_tokens(start);
    let mut left = start;
    let mut right = end;
    // Alternate outwards, left first: the verb before a reference ("delivered a letter on
    // Wednesday") governs it more often than the one after.
    loop {
        let mut moved = false;
        if left > first {
            left -= 1;
            moved = true;
            if boundary(doc, left) {
                left = first;
            } else if let Some(t) = cue(doc, left) {
                return (t, Some(left));
            }
        }
        if right < last {
            moved = true;
            if boundary(doc, right) {
                right = last;
            } else {
                if let Some(t) = cue(doc, right) {
                    return (t, Some(right));
                }
                right += 1;
            }
        }
        if !moved {
            return (Tense::Unknown, None);
        }
    }
}

/// Punctuation that ends the clause a reference lives in.
fn boundary(doc: &Doc, i: usize) -> bool {
    doc.punct(i, ';')
}

/// The tense token `i` signals, if it is a verb-like cue.
fn cue(doc: &Doc, i: usize) -> Option<Tense> {
    if !doc.is_word(i) {
        // "’ll", "'ll"
        if doc.apostrophe(i) && doc.word(i + 1) == "ll" && doc.glued(i + 1) {
            return Some(Tense::Future);
        }
        return None;
    }
    let w = doc.word(i);
    match w {
        "will" | "shall" | "would" | "ll" => {
            // "the will of the people"
            if i > 0 && doc.is(i - 1, Word::The) {
                return None;
            }
            return Some(Tense::Future);
        }
        "plan" | "plans" | "intend" | "intends" | "aims" if doc.is(i + 1, Word::To) => {
            return Some(Tense::Future);
        }
        "should" | "might" => return Some(Tense::Future),
        // The modal, not the month: the month is capitalised.
        "may" if doc.raw(i) == "may" => return Some(Tense::Future),
        "scheduled" | "slated" | "planned" | "intends" | "expects" | "expected" | "upcoming"
        | "due" => {
            if i > 0 && matches!(doc.lex(i - 1), Lex::Word(Word::The | Word::A | Word::An)) {
                return None;
            }
            return Some(Tense::Future);
        }
        "going" if doc.is(i + 1, Word::To) => return Some(Tense::Future),
        "is" | "are" | "am" => return Some(Tense::Present),
        "was" | "were" | "had" | "did" => return Some(Tense::Past),
        "has" | "have" => {
            // Present perfect reports the past: "has met", "have agreed".
            return Some(Tense::Past);
        }
        _ => {}
    }
    if is_past_form(w) {
        // "the proposed plan": a participle used as an adjective.
        if i > 0 && matches!(doc.lex(i - 1), Lex::Word(Word::The | Word::A | Word::An))
            || matches!(
                doc.word(i.wrapping_sub(1)),
                "its" | "his" | "her" | "their" | "our"
            )
        {
            return None;
        }
        // Read through auxiliaries: "will be held", "is scheduled", "has been".
        for k in (i.saturating_sub(3)..i).rev() {
            match doc.word(k) {
                "will" | "shall" | "would" => return Some(Tense::Future),
                "is" | "are" | "am" => return Some(Tense::Present),
                "be" | "been" | "being" | "not" | "also" | "already" | "just" => continue,
                _ => {}
            }
            if doc.apostrophe(k) && doc.word(k + 1) == "ll" {
                return Some(Tense::Future);
            }
            break;
        }
        return Some(Tense::Past);
    }
    None
}

/// A simple past or past participle: irregular forms, or a regular "-ed" verb.
fn is_past_form(w: &str) -> bool {
    if IRREGULAR_PAST.binary_search(&w).is_ok() {
        return true;
    }
    w.len() > 4
        && w.ends_with("ed")
        && !w.ends_with("eed")
        && !matches!(
            w,
            "hundred"
                | "kindred"
                | "sacred"
                | "naked"
                | "wicked"
                | "wretched"
                | "rugged"
                | "ragged"
                | "crooked"
                | "beloved"
                | "learned"
                | "aged"
                | "united"
                | "limited"
                | "based"
                | "related"
                | "detailed"
                | "advanced"
                | "armed"
                | "dedicated"
                | "sophisticated"
                | "complicated"
                | "interested"
                | "concerned"
                | "bored"
                | "tired"
        )
}

/// Irregular past forms, sorted for binary search.
const IRREGULAR_PAST: &[&str] = &[
    "ate",
    "awoke",
    "began",
    "bent",
    "bit",
    "bled",
    "blew",
    "bore",
    "bought",
    "bound",
    "brought",
    "built",
    "burnt",
    "came",
    "caught",
    "chose",
    "clung",
    "crept",
    "dealt",
    "did",
    "drank",
    "drew",
    "drove",
    "dug",
    "dwelt",
    "fed",
    "fell",
    "felt",
    "fled",
    "flew",
    "forbade",
    "forgave",
    "forgot",
    "fought",
    "found",
    "froze",
    "gave",
    "got",
    "grew",
    "heard",
    "held",
    "hid",
    "hung",
    "kept",
    "knew",
    "laid",
    "led",
    "left",
    "lent",
    "lost",
    "made",
    "meant",
    "met",
    "overcame",
    "overtook",
    "paid",
    "ran",
    "rang",
    "rode",
    "rose",
    "said",
    "sang",
    "sank",
    "sat",
    "saw",
    "sent",
    "shone",
    "shook",
    "shot",
    "slept",
    "slid",
    "sold",
    "sought",
    "spent",
    "spoke",
    "sprang",
    "stole",
    "stood",
    "strove",
    "struck",
    "stuck",
    "stung",
    "swam",
    "swept",
    "swore",
    "swung",
    "taught",
    "thought",
    "threw",
    "told",
    "took",
    "tore",
    "understood",
    "undertook",
    "upheld",
    "was",
    "went",
    "were",
    "withdrew",
    "withheld",
    "woke",
    "won",
    "wore",
    "wove",
    "wrote",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn tense(text: &str, word: &str) -> Tense {
        let doc = Doc::new(text);
        let i = (0..doc.len()).find(|&i| doc.raw(i) == word).unwrap();
        tense_around(&doc, i, i + 1).0
    }

    #[test]
    fn irregular_list_is_sorted() {
        let mut sorted = IRREGULAR_PAST.to_vec();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(IRREGULAR_PAST, sorted.as_slice());
    }

    #[test]
    fn cues() {
        assert_eq!(
            tense("Paul delivered a letter on Wednesday.", "Wednesday"),
            Tense::Past
        );
        assert_eq!(
            tense("Paul will meet Putin on Wednesday.", "Wednesday"),
            Tense::Future
        );
        assert_eq!(
            tense("The vote will be held on Friday.", "Friday"),
            Tense::Future
        );
        assert_eq!(
            tense("On Monday, Sen. Paul announced it.", "Monday"),
            Tense::Past
        );
        assert_eq!(
            tense("The talks are scheduled for Friday.", "Friday"),
            Tense::Future
        );
        assert_eq!(tense("He has been away all week.", "week"), Tense::Past);
        assert_eq!(tense("They’ll arrive Friday.", "Friday"), Tense::Future);
        assert_eq!(
            tense("The proposed plan, Friday.", "Friday"),
            Tense::Unknown
        );
        assert_eq!(tense("Friday.", "Friday"), Tense::Unknown);
    }
}
