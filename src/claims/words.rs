//! A sentence as the grammar rules see it: its tokens, with each quotation folded into one
//! opaque item and the date references marked.
//!
//! Attribution, subject and clause rules are about the reporter's words around a quotation
//! ("“...,” Sen. Paul said"), never about the words inside it: folding the quotation away
//! keeps "may" or "said" inside a quote from being read as the sentence's own.

use std::borrow::Cow;

use crate::text::{Token, TokenKind};

use super::quote::Quotation;

/// What an item is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Word,
    Number,
    Punct,
    /// The part of the quotation with this index that lies in the sentence, marks included.
    Quote(usize),
}

/// One token, or one folded quotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Item {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// No white space before it.
    pub glued: bool,
}

/// A sentence's items.
#[derive(Debug, Clone)]
pub(crate) struct Words<'t> {
    text: &'t str,
    items: Vec<Item>,
    dates: Vec<(usize, usize)>,
}

impl<'t> Words<'t> {
    /// The items of a sentence from its `tokens`; `quotations` are all the quotations of the
    /// text (each item records which it belongs to), `dates` the byte spans of date
    /// references.
    pub fn new(
        text: &'t str,
        tokens: &[Token],
        quotations: &[Quotation],
        dates: Vec<(usize, usize)>,
    ) -> Words<'t> {
        let mut items: Vec<Item> = Vec::with_capacity(tokens.len());
        for token in tokens {
            let quote = quotations.iter().position(|q| q.covers(token.start));
            if let Some(q) = quote {
                if let Some(last) = items.last_mut() {
                    if last.kind == Kind::Quote(q) {
                        last.end = token.end;
                        continue;
                    }
                }
            }
            let kind = match (quote, token.kind) {
                (Some(q), _) => Kind::Quote(q),
                (None, TokenKind::Word) => Kind::Word,
                (None, TokenKind::Number) => Kind::Number,
                (None, TokenKind::Punct) => Kind::Punct,
            };
            items.push(Item {
                start: token.start,
                end: token.end,
                kind,
                glued: token.glued,
            });
        }
        Words { text, items, dates }
    }

    /// How many items.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// The item at `i`.
    pub fn item(&self, i: usize) -> Option<Item> {
        self.items.get(i).copied()
    }

    /// The word at `i`, when it is one.
    pub fn word(&self, i: usize) -> Option<&'t str> {
        match self.items.get(i) {
            Some(it) if it.kind == Kind::Word => Some(&self.text[it.start..it.end]),
            _ => None,
        }
    }

    /// The word at `i` in lower case, when it is one. Most words of a sentence already are:
    /// those are borrowed, not copied.
    pub fn lower(&self, i: usize) -> Option<Cow<'t, str>> {
        self.word(i).map(|w| {
            if w.is_ascii() && !w.bytes().any(|b| b.is_ascii_uppercase()) {
                Cow::Borrowed(w)
            } else {
                Cow::Owned(w.to_lowercase())
            }
        })
    }

    /// Whether item `i` is the punctuation `c`.
    pub fn is(&self, i: usize, c: char) -> bool {
        matches!(self.items.get(i), Some(it) if it.kind == Kind::Punct && self.text[it.start..].starts_with(c))
    }

    /// Whether item `i` is a quotation.
    pub fn is_quote(&self, i: usize) -> bool {
        matches!(self.items.get(i), Some(it) if matches!(it.kind, Kind::Quote(_)))
    }

    /// Whether the sentence is nothing but a quotation and punctuation.
    pub fn is_only_quotation(&self) -> bool {
        self.items
            .iter()
            .any(|it| matches!(it.kind, Kind::Quote(_)))
            && self
                .items
                .iter()
                .all(|it| matches!(it.kind, Kind::Quote(_) | Kind::Punct))
    }

    /// The item holding byte `offset`, or else the first one after it.
    pub fn item_at(&self, offset: usize) -> Option<usize> {
        self.items.iter().position(|it| offset < it.end)
    }

    /// Whether item `i` is a word starting with a capital letter.
    pub fn is_capitalized(&self, i: usize) -> bool {
        self.word(i)
            .and_then(|w| w.chars().next())
            .is_some_and(char::is_uppercase)
    }

    /// Whether item `i` lies in a date reference.
    pub fn is_date(&self, i: usize) -> bool {
        self.items
            .get(i)
            .is_some_and(|it| self.dates.iter().any(|&(s, e)| it.start < e && s < it.end))
    }

    /// Whether item `i` lies inside the byte span `span`.
    pub fn is_within(&self, i: usize, span: (usize, usize)) -> bool {
        self.items
            .get(i)
            .is_some_and(|it| span.0 <= it.start && it.end <= span.1)
    }

    /// Whether item `i` is a period glued to the word before it that does not end the
    /// sentence, as in "Sen." or "U.S.".
    pub fn is_abbreviation_dot(&self, i: usize) -> bool {
        self.is(i, '.')
            && i > 0
            && i + 1 < self.items.len()
            && self.items[i].glued
            && matches!(self.items[i - 1].kind, Kind::Word)
            && !self.is_quote(i + 1)
    }

    /// Whether items `i` and `i + 1` are a possessive "’s" or "'s" glued to a word.
    pub fn is_possessive(&self, i: usize) -> bool {
        (self.is(i, '’') || self.is(i, '\''))
            && self.items[i].glued
            && self.word(i + 1) == Some("s")
            && self.items[i + 1].glued
    }

    /// The source text from item `from` to the end of item `to - 1`, as written.
    pub fn source(&self, from: usize, to: usize) -> &'t str {
        if from >= to || to > self.items.len() {
            return "";
        }
        &self.text[self.items[from].start..self.items[to - 1].end]
    }

    /// The items `from..to` without those in `skip`, joined as they were spaced in the source
    /// (a single space wherever there was white space), so that cutting a phrase out leaves
    /// readable text.
    pub fn render(&self, from: usize, to: usize, skip: impl Fn(usize) -> bool) -> String {
        let mut out = String::new();
        for i in from..to.min(self.items.len()) {
            if skip(i) {
                continue;
            }
            let it = self.items[i];
            if !out.is_empty() && !it.glued {
                out.push(' ');
            }
            out.extend(collapse_space(&self.text[it.start..it.end]));
        }
        out
    }
}

#[cfg(test)]
impl<'t> Words<'t> {
    /// The words of a one-sentence `text` whose date phrases are `dates`, for tests.
    pub(crate) fn sample(text: &'t str, dates: &[&str]) -> Words<'t> {
        let spans = dates
            .iter()
            .map(|d| {
                let at = text
                    .find(d)
                    .unwrap_or_else(|| panic!("{d:?} not in {text:?}"));
                (at, at + d.len())
            })
            .collect();
        let quotes = super::quote::find(text, 0, text.len());
        Words::new(text, &crate::text::tokenize(text), &quotes, spans)
    }
}

/// The characters of `s` with each run of white space turned into one space.
fn collapse_space(s: &str) -> impl Iterator<Item = char> + '_ {
    let mut previous_space = false;
    s.chars().filter_map(move |c| {
        if c.is_whitespace() {
            let keep = !previous_space;
            previous_space = true;
            keep.then_some(' ')
        } else {
            previous_space = false;
            Some(c)
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_borrows_words_already_in_lower_case() {
        let words = Words::sample("The ÉLYSÉE said élan, says Paul.", &[]);
        let lowered: Vec<Option<String>> = (0..words.len())
            .map(|i| words.lower(i).map(|w| w.into_owned()))
            .collect();
        let expected: Vec<Option<String>> = (0..words.len())
            .map(|i| words.word(i).map(str::to_lowercase))
            .collect();
        assert_eq!(lowered, expected);
        assert!(matches!(words.lower(2), Some(Cow::Borrowed("said"))));
        assert!(matches!(words.lower(0), Some(Cow::Owned(_))));
    }

    #[test]
    fn quotations_fold_into_one_item() {
        let words = Words::sample("“It may rain,” Sen. Paul said on Monday.", &["Monday"]);
        let shown: Vec<&str> = (0..words.len()).map(|i| words.source(i, i + 1)).collect();
        assert_eq!(
            shown,
            [
                "“It may rain,”",
                "Sen",
                ".",
                "Paul",
                "said",
                "on",
                "Monday",
                "."
            ]
        );
        assert!(words.is_quote(0));
        assert_eq!(words.item(0).map(|it| it.kind), Some(Kind::Quote(0)));
        assert!(words.is_abbreviation_dot(2));
        assert!(words.is_date(6) && !words.is_date(5));
        assert_eq!(words.source(1, 4), "Sen. Paul");
    }

    #[test]
    fn render_drops_items_and_keeps_spacing() {
        let words = Words::sample(
            "Paul met officials in Moscow\nthis week, along with aides.",
            &[],
        );
        let week = |i: usize| matches!(words.source(i, i + 1), "this" | "week");
        assert_eq!(
            words.render(0, words.len(), week),
            "Paul met officials in Moscow, along with aides."
        );
        assert!(!words.is_possessive(0));
    }

    #[test]
    fn possessives() {
        let words = Words::sample("Putin’s aide", &[]);
        assert!(words.is_possessive(1));
    }
}
