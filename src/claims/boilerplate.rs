//! Telling the article's prose from the page furniture around it.
//!
//! Articles copied from the web bring headlines, photo captions and credits ("AP
//! Photo/Pavel Golovkin"), section labels ("COMMENTS") and requests to the reader ("Please let
//! us know if you're having issues with commenting."). None of it is a claim. The rules are
//! about form, not about any site's wording:
//!
//! - a paragraph with a credit line (`Photo/`, `Photo:`, `Photo by`, `Getty Images`, `©`) is
//!   a caption;
//! - prose ends its paragraphs with sentence punctuation (`.`, `!`, `?`, `…`, or `:` before a
//!   quotation); a paragraph without it is prose only when it is long (a dozen words or more)
//!   and not in Title Case, which is how headlines and captions are set;
//! - a sentence that opens by speaking to the reader ("Please...", "Click here...", "Sign
//!   up...") is site furniture.

use crate::text::{Token, TokenKind};

use super::lexicon;

/// Fewer words than this, without sentence punctuation, is a label or a caption.
const MIN_UNPUNCTUATED_WORDS: usize = 12;

/// Whether the paragraph made of `tokens` (offsets into `text`) is article prose.
pub(crate) fn is_prose(text: &str, tokens: &[Token]) -> bool {
    let (Some(first), Some(last)) = (tokens.first(), tokens.last()) else {
        return false;
    };
    let paragraph = &text[first.start..last.end];
    if has_credit_line(paragraph, text, tokens) {
        return false;
    }
    let words: Vec<&str> = tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .map(|t| t.text(text))
        .collect();
    if words.is_empty() {
        return false;
    }
    let trimmed = paragraph.trim_end();
    let core = trimmed.trim_end_matches(['”', '"', '’', '\'', ')', ']', '»']);
    if trimmed.ends_with(':') || core.ends_with(['.', '!', '?', '…']) {
        return true;
    }
    words.len() >= MIN_UNPUNCTUATED_WORDS && !is_title_case(&words)
}

/// Whether a sentence speaks to the reader instead of reporting.
pub(crate) fn addresses_reader(text: &str, tokens: &[Token]) -> bool {
    let mut words = tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .map(|t| t.text(text));
    match words.next() {
        Some(first) => lexicon::addresses_reader(first, words.next()),
        None => false,
    }
}

fn has_credit_line(paragraph: &str, text: &str, tokens: &[Token]) -> bool {
    if paragraph.contains('©') || paragraph.contains("All rights reserved") {
        return true;
    }
    tokens.windows(2).any(|pair| {
        let (word, next) = (pair[0].text(text), pair[1].text(text));
        let credit_word = matches!(
            word,
            "Photo" | "Photos" | "Photograph" | "Image" | "Images" | "Illustration" | "Credit"
        );
        (credit_word && pair[1].glued && matches!(next, "/" | ":"))
            || (matches!(word, "Photo" | "Photograph" | "Photos") && next == "by")
            || (word == "Getty" && next == "Images")
    })
}

/// Most words that are not short function words start with a capital.
fn is_title_case(words: &[&str]) -> bool {
    let content: Vec<&&str> = words
        .iter()
        .filter(|w| {
            !matches!(
                w.to_lowercase().as_str(),
                "a" | "an"
                    | "the"
                    | "and"
                    | "or"
                    | "but"
                    | "of"
                    | "to"
                    | "in"
                    | "on"
                    | "at"
                    | "by"
                    | "for"
                    | "from"
                    | "with"
                    | "as"
                    | "vs"
                    | "via"
                    | "into"
                    | "over"
                    | "s"
            )
        })
        .collect();
    if content.len() < 3 {
        return content.iter().all(|w| w.chars().all(char::is_uppercase));
    }
    let capitalised = content
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    capitalised * 5 >= content.len() * 4
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn prose(text: &str) -> bool {
        is_prose(text, &tokenize(text))
    }

    #[test]
    fn captions_and_credits_are_not_prose() {
        assert!(!prose(
            "The mayor, right, greets visitors at the new library on\nReuters Photo/Jane Doe"
        ));
        assert!(!prose(
            "Firefighters at the scene. (Photo by John Roe/Getty Images)"
        ));
        assert!(!prose("Photo: City of Springfield"));
        assert!(!prose("© 2018 Example News. All rights reserved."));
    }

    #[test]
    fn labels_and_headlines_are_not_prose() {
        assert!(!prose("COMMENTS"));
        assert!(!prose("Related Stories"));
        assert!(!prose(
            "Mayor Signs Budget Deal With Council After ‘Long Night’ Of Talks In City Hall"
        ));
    }

    #[test]
    fn sentences_are_prose() {
        assert!(prose("The council met on Monday."));
        assert!(prose(
            "Hogan Gidley, a White House spokesman, said in a statement:"
        ));
        assert!(prose("“We are done,” she said."));
        assert!(prose("He tweeted, “This is the end”:"));
        // A name-heavy sentence is still prose when it ends like one.
        assert!(prose(
            "Russian President Vladimir Putin met Chinese President Xi Jinping."
        ));
        // A long paragraph that lost its final period is still prose.
        assert!(prose(
            "the committee voted to send the bill back to the floor after a long debate about costs"
        ));
    }

    #[test]
    fn reader_requests() {
        let text = "Please let us know if you're having issues with commenting.";
        assert!(addresses_reader(text, &tokenize(text)));
        let text = "Sign up for our newsletter.";
        assert!(addresses_reader(text, &tokenize(text)));
        let text = "Paul signed the letter.";
        assert!(!addresses_reader(text, &tokenize(text)));
    }
}
