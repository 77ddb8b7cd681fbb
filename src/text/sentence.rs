//! Splitting article text into paragraphs and sentences.
//!
//! News prose is full of periods that do not end anything: "Sen. Rand Paul", "Aug. 5",
//! "Donald J. Trump", "the U.S. Capitol", "10 a.m. Tuesday". A period ends a sentence only
//! when the next word could start one; after a title, a month abbreviation or an initial it
//! never does, and after words such as "U.S.", "Inc." or "p.m." it does only when a typical
//! sentence opener ("The", "He", "But"...) follows. A blank line always ends a paragraph, and
//! with it a sentence, so headlines and photo credits stand alone.

use super::token::{Token, TokenKind, tokenize};

/// A sentence: a byte range of the text, trimmed, and the paragraph it belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset just past the last character (after any closing quote).
    pub end: usize,
    /// Index of the paragraph, counting from 0; paragraphs are separated by blank lines.
    pub paragraph: usize,
}

impl Sentence {
    /// The sentence's text.
    pub fn text<'t>(&self, source: &'t str) -> &'t str {
        &source[self.start..self.end]
    }
}

/// Split `text` into sentences, in order.
///
/// ```
/// use claimline::text::sentences;
/// let text = "Sen. Rand Paul spoke on Aug. 5. He left.\n\nCOMMENTS";
/// let found: Vec<&str> = sentences(text).iter().map(|s| s.text(text)).collect();
/// assert_eq!(found, ["Sen. Rand Paul spoke on Aug. 5.", "He left.", "COMMENTS"]);
/// ```
pub fn sentences(text: &str) -> Vec<Sentence> {
    sentences_of_tokens(text, &tokenize(text))
}

/// Split into sentences using tokens already computed for `text`.
pub fn sentences_of_tokens(text: &str, tokens: &[Token]) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut paragraph = 0;
    let mut first: Option<usize> = None;
    let mut i = 0;
    while i < tokens.len() {
        let token = tokens[i];
        if i > 0 && token.newline_before && blank_line_between(text, tokens[i - 1].end, token.start)
        {
            if let Some(f) = first.take() {
                out.push(Sentence {
                    start: tokens[f].start,
                    end: tokens[i - 1].end,
                    paragraph,
                });
            }
            paragraph += 1;
        }
        if first.is_none() {
            first = Some(i);
        }
        if let Some(last) = sentence_end_at(text, tokens, i) {
            if let Some(f) = first.take() {
                out.push(Sentence {
                    start: tokens[f].start,
                    end: tokens[last].end,
                    paragraph,
                });
            }
            i = last;
        }
        i += 1;
    }
    if let (Some(f), Some(last)) = (first, tokens.last()) {
        out.push(Sentence {
            start: tokens[f].start,
            end: last.end,
            paragraph,
        });
    }
    out
}

/// Two or more line breaks with nothing but white space between them.
fn blank_line_between(text: &str, from: usize, to: usize) -> bool {
    text[from..to].bytes().filter(|&b| b == b'\n').count() >= 2
}

/// When token `i` ends a sentence, the index of the sentence's last token (the terminator or
/// the closing quotes after it).
fn sentence_end_at(text: &str, tokens: &[Token], i: usize) -> Option<usize> {
    let t = tokens[i];
    if t.kind != TokenKind::Punct {
        return None;
    }
    let c = t.text(text);
    if !matches!(c, "." | "!" | "?" | "…") {
        return None;
    }
    // Closing quotes and brackets belong to the sentence they close.
    let mut last = i;
    while let Some(next) = tokens.get(last + 1) {
        if next.glued && is_closer(next.text(text)) {
            last += 1;
        } else {
            break;
        }
    }
    let Some(next) = tokens.get(last + 1) else {
        return Some(last);
    };
    if next.glued {
        return None;
    }
    let starts_sentence = match next.kind {
        TokenKind::Word => next.is_capitalized(text),
        TokenKind::Number => true,
        TokenKind::Punct => is_opener(next.text(text)),
    };
    if !starts_sentence {
        return None;
    }
    if c == "." && i > 0 {
        let prev = tokens[i - 1];
        if prev.kind == TokenKind::Word && prev.end == t.start {
            if never_ends(text, tokens, i) {
                return None;
            }
            if rarely_ends(text, tokens, i) && !is_opener_word(next.text(text)) {
                return None;
            }
        }
    }
    Some(last)
}

fn is_closer(s: &str) -> bool {
    matches!(s, "\"" | "'" | "”" | "’" | ")" | "]" | "»")
}

fn is_opener(s: &str) -> bool {
    matches!(s, "\"" | "'" | "“" | "‘" | "(" | "[" | "«" | "—" | "-")
}

/// Words that a period never ends a sentence after: titles, month abbreviations, initials.
fn never_ends(text: &str, tokens: &[Token], dot: usize) -> bool {
    let word = tokens[dot - 1].text(text);
    if word.chars().count() == 1 && word.chars().all(char::is_uppercase) {
        // "J." in "Donald J. Trump", but not the "S." of "U.S.".
        return !is_dotted_initialism(text, tokens, dot);
    }
    matches!(
        word,
        "Mr" | "Mrs"
            | "Ms"
            | "Dr"
            | "Sen"
            | "Sens"
            | "Rep"
            | "Reps"
            | "Gov"
            | "Gen"
            | "Lt"
            | "Col"
            | "Sgt"
            | "Capt"
            | "Cmdr"
            | "Adm"
            | "Maj"
            | "Prof"
            | "Rev"
            | "Hon"
            | "Pres"
            | "Supt"
            | "Atty"
            | "Amb"
            | "St"
            | "Mt"
            | "Ft"
            | "Jan"
            | "Feb"
            | "Mar"
            | "Apr"
            | "Jun"
            | "Jul"
            | "Aug"
            | "Sep"
            | "Sept"
            | "Oct"
            | "Nov"
            | "Dec"
            | "No"
            | "Nos"
            | "vs"
            | "Vol"
            | "Fig"
    )
}

/// Abbreviations that end a sentence only when a sentence opener follows: "Corp.", "U.S.",
/// "p.m.", "Jr.".
fn rarely_ends(text: &str, tokens: &[Token], dot: usize) -> bool {
    let word = tokens[dot - 1].text(text);
    if matches!(
        word,
        "Inc" | "Corp" | "Co" | "Ltd" | "Bros" | "Jr" | "Sr" | "Cos" | "Plc" | "etc"
    ) {
        return true;
    }
    is_dotted_initialism(text, tokens, dot)
}

/// The period at `dot` closes a dotted initialism: U.S., a.m., p.m., U.N.
fn is_dotted_initialism(text: &str, tokens: &[Token], dot: usize) -> bool {
    let word = tokens[dot - 1].text(text);
    dot >= 3
        && word.chars().count() <= 2
        && tokens[dot - 2].is(text, '.')
        && tokens[dot - 2].glued
        && tokens[dot - 3].kind == TokenKind::Word
        && tokens[dot - 3].text(text).chars().count() <= 2
}

fn is_opener_word(word: &str) -> bool {
    matches!(
        word,
        "The"
            | "A"
            | "An"
            | "He"
            | "She"
            | "It"
            | "They"
            | "We"
            | "I"
            | "You"
            | "But"
            | "And"
            | "Or"
            | "So"
            | "In"
            | "On"
            | "At"
            | "By"
            | "For"
            | "With"
            | "From"
            | "This"
            | "That"
            | "These"
            | "Those"
            | "His"
            | "Her"
            | "Its"
            | "Their"
            | "Our"
            | "There"
            | "Here"
            | "As"
            | "After"
            | "Before"
            | "When"
            | "While"
            | "If"
            | "However"
            | "Meanwhile"
            | "Also"
            | "Still"
            | "Yet"
            | "Now"
            | "Then"
            | "Last"
            | "Earlier"
            | "Later"
            | "Officials"
            | "Analysts"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text).iter().map(|s| s.text(text)).collect()
    }

    #[test]
    fn titles_initials_and_months_do_not_end_sentences() {
        assert_eq!(
            split("President Donald J. Trump met Sen. Paul on Aug. 5 in Moscow. Then he left."),
            [
                "President Donald J. Trump met Sen. Paul on Aug. 5 in Moscow.",
                "Then he left."
            ]
        );
    }

    #[test]
    fn dotted_initialisms_end_only_before_an_opener() {
        assert_eq!(
            split("They will visit the U.S. Capitol. They came to the U.S. The trip ended."),
            [
                "They will visit the U.S. Capitol.",
                "They came to the U.S.",
                "The trip ended."
            ]
        );
        assert_eq!(
            split("It starts at 10 a.m. Tuesday in Ohio."),
            ["It starts at 10 a.m. Tuesday in Ohio."]
        );
    }

    #[test]
    fn quotes_stay_with_their_sentence() {
        assert_eq!(
            split("“It was a bomb,” he said. “You can see it.” She left."),
            [
                "“It was a bomb,” he said.",
                "“You can see it.”",
                "She left."
            ]
        );
    }

    #[test]
    fn blank_lines_end_paragraphs() {
        let text = "A headline without a period\n\nThe body starts here. It goes on\nacross a line.\n\nCOMMENTS";
        let found = sentences(text);
        let texts: Vec<&str> = found.iter().map(|s| s.text(text)).collect();
        assert_eq!(
            texts,
            [
                "A headline without a period",
                "The body starts here.",
                "It goes on\nacross a line.",
                "COMMENTS"
            ]
        );
        let paragraphs: Vec<usize> = found.iter().map(|s| s.paragraph).collect();
        assert_eq!(paragraphs, [0, 1, 1, 2]);
    }

    #[test]
    fn lower_case_after_a_period_continues() {
        assert_eq!(
            split("It rose 3.5 percent, i.e. a lot."),
            ["It rose 3.5 percent, i.e. a lot."]
        );
    }

    #[test]
    fn empty_and_blank_text() {
        assert!(sentences("").is_empty());
        assert!(sentences("  \n\n  ").is_empty());
    }
}
