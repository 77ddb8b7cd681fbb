//! Quotations: the spans of a paragraph between quotation marks.
//!
//! News uses curly quotes (“ ” and ‘ ’) or straight ones (" and '), with single quotes
//! nested inside double ones ("He said ‘no’ twice") and, in headlines and British style, as
//! the outer quotes. The right single quote is also the apostrophe ("Putin’s"), so it closes
//! a single quotation only where it cannot be one: not between two letters.
//!
//! A quotation may run over several sentences (“It was a bomb. You can see it,” he said.),
//! so quotations are found per paragraph, before sentences are looked at. It never runs over a
//! paragraph break: by the newspaper convention a quotation that goes on into the next
//! paragraph leaves its closing mark off and opens the next paragraph again, so an unclosed
//! double quotation ends with its paragraph. An unclosed single quotation is more likely an
//! apostrophe ('90s, 'tis) than a quotation and is dropped.

/// One quotation, as byte offsets into the text it was found in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Quotation {
    /// The opening mark.
    pub open: usize,
    /// The first byte of the quoted words.
    pub start: usize,
    /// Just past the last quoted byte.
    pub end: usize,
    /// Just past the closing mark; `end` itself when the paragraph ended first.
    pub close: usize,
}

impl Quotation {
    /// Whether the byte at `offset` lies inside the quotation, marks included.
    pub fn covers(&self, offset: usize) -> bool {
        self.open <= offset && offset < self.close
    }

    /// The quoted words that fall inside `from..to`, trimmed; a trailing comma, which stands
    /// for the period the attribution displaced ("...,” he said), is dropped.
    pub fn words_within<'t>(&self, text: &'t str, from: usize, to: usize) -> Option<&'t str> {
        let start = self.start.max(from);
        let end = self.end.min(to);
        if start >= end {
            return None;
        }
        let words = text[start..end].trim();
        let words = words.strip_suffix(',').unwrap_or(words).trim_end();
        (!words.is_empty()).then_some(words)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    CurlyDouble,
    StraightDouble,
    CurlySingle,
    StraightSingle,
}

impl Mark {
    fn is_double(self) -> bool {
        matches!(self, Mark::CurlyDouble | Mark::StraightDouble)
    }
}

/// The quotations in `text[from..to]`, one paragraph, in order. Offsets are into `text`.
pub(crate) fn find(text: &str, from: usize, to: usize) -> Vec<Quotation> {
    let mut out = Vec::new();
    // The open outer quotation: its mark and where the mark is.
    let mut outer: Option<(Mark, usize)> = None;
    // A quotation nested in the outer one, which only needs to be skipped over.
    let mut nested: Option<Mark> = None;
    let paragraph = &text[from..to];
    for (i, c) in paragraph.char_indices() {
        let at = from + i;
        let prev = paragraph[..i].chars().next_back();
        let next = paragraph[i + c.len_utf8()..].chars().next();
        let Some((mark, open)) = outer else {
            let opened = match c {
                '“' => Some(Mark::CurlyDouble),
                '"' if opens(prev, next) => Some(Mark::StraightDouble),
                '‘' if next.is_some_and(|n| !n.is_whitespace()) => Some(Mark::CurlySingle),
                '\'' if opens(prev, next) && next.is_some_and(char::is_alphabetic) => {
                    Some(Mark::StraightSingle)
                }
                _ => None,
            };
            if let Some(m) = opened {
                outer = Some((m, at));
                nested = None;
            }
            continue;
        };
        let closes_outer = match (mark, c) {
            (Mark::CurlyDouble, '”') => true,
            (Mark::StraightDouble, '"') => prev.is_some_and(|p| !p.is_whitespace()),
            (Mark::CurlySingle, '’') | (Mark::StraightSingle, '\'') => {
                nested.is_none() && closes_single(prev, next)
            }
            _ => false,
        };
        if closes_outer {
            out.push(Quotation {
                open,
                start: open + mark_len(text, open),
                end: at,
                close: at + c.len_utf8(),
            });
            outer = None;
            nested = None;
            continue;
        }
        nested = match (nested, c) {
            (None, '‘') if mark.is_double() => Some(Mark::CurlySingle),
            (None, '\'') if mark.is_double() && opens(prev, next) => Some(Mark::StraightSingle),
            (None, '“') if !mark.is_double() => Some(Mark::CurlyDouble),
            (Some(Mark::CurlySingle), '’') if closes_single(prev, next) => None,
            (Some(Mark::StraightSingle), '\'') if closes_single(prev, next) => None,
            (Some(Mark::CurlyDouble), '”') => None,
            (n, _) => n,
        };
    }
    if let Some((mark, open)) = outer {
        if mark.is_double() {
            let end = from + paragraph.trim_end().len();
            out.push(Quotation {
                open,
                start: open + mark_len(text, open),
                end,
                close: end,
            });
        }
    }
    out
}

fn mark_len(text: &str, at: usize) -> usize {
    text[at..].chars().next().map_or(1, char::len_utf8)
}

/// A straight quote opens where a word starts: after white space, an opening bracket or
/// dash, or at the start, and before something that is not white space.
fn opens(prev: Option<char>, next: Option<char>) -> bool {
    let after_break = prev.is_none_or(|p| p.is_whitespace() || "([{—–-“‘".contains(p));
    after_break && next.is_some_and(|n| !n.is_whitespace())
}

/// A single quote closes unless it is an apostrophe inside a word ("Putin’s", "don't").
fn closes_single(prev: Option<char>, next: Option<char>) -> bool {
    let Some(p) = prev else { return false };
    if p.is_whitespace() {
        return false;
    }
    !(p.is_alphanumeric() && next.is_some_and(char::is_alphabetic))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<&str> {
        find(text, 0, text.len())
            .iter()
            .map(|q| &text[q.start..q.end])
            .collect()
    }

    #[test]
    fn curly_and_straight_double_quotes() {
        assert_eq!(
            quoted("“We won,” she said. He said \"we lost\" twice."),
            ["We won,", "we lost"]
        );
    }

    #[test]
    fn apostrophes_do_not_close_or_open() {
        assert_eq!(
            quoted("“Putin’s aides don't know,” the mayor’s office said."),
            ["Putin’s aides don't know,"]
        );
        assert!(quoted("It's the senator's view, not the '90s.").is_empty());
    }

    #[test]
    fn nested_single_quotes_stay_inside() {
        assert_eq!(
            quoted("“He told me ‘never again,’ and left,” Smith said."),
            ["He told me ‘never again,’ and left,"]
        );
        assert_eq!(
            quoted("\"He said 'no' to us,\" she added."),
            ["He said 'no' to us,"]
        );
    }

    #[test]
    fn single_quotes_as_outer_quotes() {
        assert_eq!(
            quoted("Trump Stressing ‘Further Engagement’ Between U.S. and Russia"),
            ["Further Engagement"]
        );
        assert_eq!(
            quoted("‘We’ll see,’ she said, ‘nothing is decided.’"),
            ["We’ll see,", "nothing is decided."]
        );
    }

    #[test]
    fn a_quotation_spans_sentences_but_not_paragraphs() {
        let text = "“It was a bomb. You can see it,” he said.\n\n“We keep going.";
        let first = find(text, 0, 42);
        assert_eq!(first.len(), 1);
        assert_eq!(
            &text[first[0].start..first[0].end],
            "It was a bomb. You can see it,"
        );
        let second = find(text, 43, text.len());
        assert_eq!(&text[second[0].start..second[0].end], "We keep going.");
        assert_eq!(second[0].close, text.len());
    }

    #[test]
    fn words_within_a_sentence() {
        let text = "“It was a bomb. You can see it,” he said.";
        let q = find(text, 0, text.len())[0];
        assert_eq!(q.words_within(text, 0, 17), Some("It was a bomb."));
        assert_eq!(q.words_within(text, 18, text.len()), Some("You can see it"));
        assert_eq!(q.words_within(text, 33, text.len()), None);
        assert!(q.covers(0) && q.covers(q.close - 1) && !q.covers(q.close));
    }

    #[test]
    fn unclosed_single_quote_is_dropped() {
        assert!(quoted("Rock ‘n roll is here to stay").is_empty());
        assert!(quoted("the ‘80s were fun").is_empty());
        assert!(quoted("the '80s were fun").is_empty());
    }
}
