//! People's names: a speaker as a reviewer wants to read it, "Rand Paul" rather than
//! "Sen. Paul".
//!
//! Newswriting introduces a person once in full ("Sen. Rand Paul", "Congressman Thomas
//! Massie (R-KY)") and then by surname, with or without a title ("Paul", "Rep. Massie"). A
//! speaker is cleaned by dropping the appositive, the party tag and the titles, then a lone
//! surname is expanded from the full mentions earlier in the article. When earlier full
//! mentions disagree ("Donald Trump" and "Melania Trump") the surname is left as it is: a
//! guess between two people would put words in the wrong mouth.
//!
//! Descriptions ("the letter", "The Kentucky conservative", "the White House") are kept as
//! written; resolving them to a person is beyond what the text shows on its surface.

use std::collections::BTreeSet;

use crate::text::{Token, TokenKind, tokenize};

use super::lexicon;

/// The most name words kept after the titles: "Martin Luther King".
const MAX_NAME_WORDS: usize = 3;

/// The names of one article.
#[derive(Debug)]
pub(crate) struct Names<'t> {
    text: &'t str,
    tokens: &'t [Token],
    /// Capitalised words seen where capitals mark names, not sentence starts.
    mid_sentence: BTreeSet<&'t str>,
}

impl<'t> Names<'t> {
    /// Index the article `text`, given its tokens and the offsets its sentences start at.
    pub fn new(text: &'t str, tokens: &'t [Token], sentence_starts: &[usize]) -> Names<'t> {
        let mut mid_sentence = BTreeSet::new();
        let mut starts = sentence_starts.iter().peekable();
        let mut previous: Option<&Token> = None;
        for token in tokens {
            let mut at_start = false;
            while starts.peek().is_some_and(|&&s| s <= token.start) {
                starts.next();
                at_start = true;
            }
            let after_opener = previous.is_none_or(|p| {
                p.kind == TokenKind::Punct && matches!(p.text(text), "“" | "\"" | "‘" | ":" | "(")
            });
            if token.is_capitalized(text) && !at_start && !after_opener {
                mid_sentence.insert(token.text(text));
            }
            previous = Some(token);
        }
        Names {
            text,
            tokens,
            mid_sentence,
        }
    }

    /// Whether `word` is capitalised somewhere it is not opening a sentence, and so is a name.
    pub fn is_known(&self, word: &str) -> bool {
        self.mid_sentence.contains(word)
    }

    /// The clean speaker for `written` ("Sen. Paul", "Hogan Gidley, a White House
    /// spokesman"), found in a sentence starting at byte `before`: "Rand Paul", "Hogan
    /// Gidley". A description is kept as written ("the letter") unless its appositive is a
    /// name ("The city’s finance director, Ann Lee" is "Ann Lee"). `None` when nothing is
    /// left after cleaning.
    pub fn speaker(&self, written: &str, before: usize) -> Option<String> {
        let mut parts = written.split(',');
        let head = without_parentheses(parts.next().unwrap_or(written));
        if let Some(name) = self.name_in(&head, before) {
            return Some(name);
        }
        if let Some(name) = parts.next().and_then(|a| self.appositive_name(a, before)) {
            return Some(name);
        }
        let head = collapse(&head);
        (!head.is_empty()).then_some(head)
    }

    /// The name `text` ends in, without titles, a lone surname expanded; `None` for a
    /// description ("the letter", "The Kentucky conservative").
    fn name_in(&self, text: &str, before: usize) -> Option<String> {
        let tokens = tokenize(text);
        let first = tokens.iter().find(|t| t.kind == TokenKind::Word)?;
        if lexicon::is_determiner(first.text(text)) {
            return None;
        }
        let (from, to) = name_part(text, &tokens)?;
        let name = collapse(&text[tokens[from].start..tokens[to - 1].end]);
        if name.contains(' ') {
            return Some(name);
        }
        Some(self.full_name(&name, before).unwrap_or(name))
    }

    /// An appositive that is a full name and nothing else (titles aside): "Ann Lee".
    fn appositive_name(&self, text: &str, before: usize) -> Option<String> {
        let text = without_parentheses(text);
        let tokens = tokenize(&text);
        let (from, _) = name_part(&text, &tokens)?;
        let only_titles_before = tokens[..from]
            .iter()
            .all(|t| t.kind == TokenKind::Punct || lexicon::is_title(t.text(&text)));
        let name = self.name_in(&text, before)?;
        (only_titles_before && name.contains(' ')).then_some(name)
    }

    /// The one full name ending in `surname` mentioned before byte `before`.
    fn full_name(&self, surname: &str, before: usize) -> Option<String> {
        let mut found: Vec<(&str, String)> = Vec::new();
        for (k, token) in self.tokens.iter().enumerate() {
            if token.start >= before {
                break;
            }
            if token.kind != TokenKind::Word || token.text(self.text) != surname {
                continue;
            }
            let Some(given) = self.given_name_before(k) else {
                continue;
            };
            let full = collapse(&self.text[self.tokens[given].start..token.end]);
            found.push((self.tokens[given].text(self.text), full));
        }
        let (first_given, full) = found.first()?;
        found
            .iter()
            .all(|(given, _)| given == first_given)
            .then(|| full.clone())
    }

    /// The token index where the given name before the surname at `k` starts, skipping
    /// middle initials ("Donald J. Trump") and joining hyphenated names ("Jean-Marc").
    fn given_name_before(&self, k: usize) -> Option<usize> {
        let t = |i: usize| self.tokens[i].text(self.text);
        let mut j = k.checked_sub(1)?;
        while j >= 2
            && t(j) == "."
            && self.tokens[j].glued
            && t(j - 1).chars().count() == 1
            && self.tokens[j - 1].is_capitalized(self.text)
        {
            j -= 2;
        }
        let token = self.tokens[j];
        let word = t(j);
        let plausible = token.kind == TokenKind::Word
            && token.is_capitalized(self.text)
            && word.chars().count() > 1
            && !word.chars().all(char::is_uppercase)
            && is_name_word(word);
        if !plausible {
            return None;
        }
        if j >= 2
            && self.tokens[j].glued
            && t(j - 1) == "-"
            && self.tokens[j - 1].glued
            && self.tokens[j - 2].is_capitalized(self.text)
        {
            j -= 2;
        }
        Some(j)
    }
}

/// A capitalised word that can be part of a person's name.
fn is_name_word(word: &str) -> bool {
    !lexicon::is_title(word)
        && !lexicon::is_descriptor(word)
        && !lexicon::is_calendar_word(word)
        && !lexicon::is_determiner(word)
        && !lexicon::is_pronoun(word)
        && !lexicon::is_preposition(word)
        && !lexicon::is_connective(word)
}

/// The tokens of the name at the end of `head`, after its last title, descriptor or
/// lower-case word: "Rand Paul" in "Kentucky Republican Sen. Rand Paul". `None` when `head`
/// does not end in a name ("The Kentucky conservative").
fn name_part(head: &str, tokens: &[Token]) -> Option<(usize, usize)> {
    // The name words since the last word that cannot be part of a name; initials ("J.")
    // are kept between them but not counted.
    let mut words: Vec<usize> = Vec::new();
    for (i, token) in tokens.iter().enumerate() {
        let text = token.text(head);
        match token.kind {
            TokenKind::Word if token.is_capitalized(head) && is_name_word(text) => {
                let initial = text.chars().count() == 1
                    && tokens.get(i + 1).is_some_and(|n| n.text(head) == ".");
                if !initial {
                    words.push(i);
                }
            }
            TokenKind::Punct if matches!(text, "." | "-") && token.glued => {}
            // "O’Brien", but not the possessive "Putin’s".
            TokenKind::Punct
                if matches!(text, "'" | "’")
                    && token.glued
                    && tokens
                        .get(i + 1)
                        .is_some_and(|n| n.glued && n.is_capitalized(head)) => {}
            _ => words.clear(),
        }
    }
    // Keep the last few name words: "Kentucky Rand Paul" was a place and a name.
    let from = *words.get(words.len().saturating_sub(MAX_NAME_WORDS))?;
    Some((from, tokens.len()))
}

/// `text` without parenthesised parts ("(R-KY)").
fn without_parentheses(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// Trimmed, with each run of white space as one space.
fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::sentences;

    fn speaker(article: &str, written: &str) -> Option<String> {
        let tokens = tokenize(article);
        let starts: Vec<usize> = sentences(article).iter().map(|s| s.start).collect();
        let names = Names::new(article, &tokens, &starts);
        names.speaker(written, article.len())
    }

    const ARTICLE: &str = "Sen. Jane Roe (D-OR) met President Donald J. Trump. \
        Congressman Tom Doe, a Democrat, objected. Later, Roe spoke.";

    #[test]
    fn titles_tags_and_appositives_are_dropped() {
        assert_eq!(
            speaker(ARTICLE, "Sen. Jane Roe (D-OR)").as_deref(),
            Some("Jane Roe")
        );
        assert_eq!(
            speaker(ARTICLE, "Hogan Gidley, a White House spokesman").as_deref(),
            Some("Hogan Gidley")
        );
        assert_eq!(
            speaker(ARTICLE, "Russian Foreign Minister Sergei Lavrov").as_deref(),
            Some("Sergei Lavrov")
        );
        assert_eq!(
            speaker(ARTICLE, "Kentucky Republican Rand Paul").as_deref(),
            Some("Rand Paul")
        );
        assert_eq!(
            speaker(ARTICLE, "Rep. Beto O’Rourke").as_deref(),
            Some("Beto O’Rourke")
        );
        assert_eq!(
            speaker(ARTICLE, "Gov. Mary Ann Lee Smith").as_deref(),
            Some("Ann Lee Smith"),
            "at most three name words are kept"
        );
        assert_eq!(speaker(ARTICLE, "Q R S T U V").as_deref(), Some("T U V"));
    }

    #[test]
    fn surnames_expand_from_earlier_full_mentions() {
        assert_eq!(speaker(ARTICLE, "Sen. Roe").as_deref(), Some("Jane Roe"));
        assert_eq!(speaker(ARTICLE, "Rep. Doe").as_deref(), Some("Tom Doe"));
        assert_eq!(
            speaker(ARTICLE, "Mr. Trump").as_deref(),
            Some("Donald J. Trump")
        );
        assert_eq!(speaker(ARTICLE, "Smith").as_deref(), Some("Smith"));
    }

    #[test]
    fn only_earlier_mentions_count() {
        let article = "Roe spoke first. Then Sen. Jane Roe left.";
        let tokens = tokenize(article);
        let starts: Vec<usize> = sentences(article).iter().map(|s| s.start).collect();
        let names = Names::new(article, &tokens, &starts);
        assert_eq!(names.speaker("Roe", 0).as_deref(), Some("Roe"));
        assert_eq!(
            names.speaker("Roe", article.len()).as_deref(),
            Some("Jane Roe")
        );
    }

    #[test]
    fn two_people_with_one_surname_stay_ambiguous() {
        let article = "Donald Trump spoke. Melania Trump smiled. Trump left.";
        assert_eq!(speaker(article, "Trump").as_deref(), Some("Trump"));
    }

    #[test]
    fn a_named_appositive_names_a_description() {
        assert_eq!(
            speaker(ARTICLE, "The city’s finance director, Ann Lee").as_deref(),
            Some("Ann Lee")
        );
        assert_eq!(
            speaker(ARTICLE, "His lawyer, Dr. John Q. Public").as_deref(),
            Some("John Q. Public")
        );
        assert_eq!(
            speaker(ARTICLE, "The mayor, a Democrat").as_deref(),
            Some("The mayor"),
            "a description in the appositive is not a name"
        );
    }

    #[test]
    fn descriptions_stay_as_written() {
        assert_eq!(
            speaker(ARTICLE, "The Kentucky conservative").as_deref(),
            Some("The Kentucky conservative")
        );
        assert_eq!(
            speaker(ARTICLE, "the letter").as_deref(),
            Some("the letter")
        );
        assert_eq!(
            speaker(ARTICLE, "the White House").as_deref(),
            Some("the White House")
        );
    }

    #[test]
    fn names_mid_sentence_are_known() {
        let tokens = tokenize(ARTICLE);
        let starts: Vec<usize> = sentences(ARTICLE).iter().map(|s| s.start).collect();
        let names = Names::new(ARTICLE, &tokens, &starts);
        assert!(names.is_known("Roe"));
        assert!(!names.is_known("Later"));
        assert!(!names.is_known("Congressman"));
        assert!(names.is_known("Jane"));
    }
}
