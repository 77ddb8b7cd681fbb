//! The names a claim is about, for telling whether two claims on the same day are one story.
//!
//! "Sen. Rand Paul (R-KY) delivered a letter on Wednesday" and "Sen. Paul said in a statement
//! on Wednesday" are one event seen twice: the act and the statement about it. What ties them
//! is a shared name, "Paul". A name token is a capitalised word of the claim's `actor` or
//! `speaker`, except:
//!
//! - titles and honorifics ("Sen.", "President", "Dr."), which every politician shares;
//! - function words that are capitalised only because they open the phrase ("The White
//!   House");
//! - single letters, which are initials ("Donald J. Trump") and match too easily;
//! - anything in parentheses: "(R-KY)" is a party and a state, shared by a whole delegation.

use std::collections::BTreeSet;

use crate::text::{TokenKind, tokenize};

/// Capitalised words that name an office or a courtesy, not a person.
const TITLES: &[&str] = &[
    "Sen",
    "Senator",
    "Rep",
    "Representative",
    "Congressman",
    "Congresswoman",
    "President",
    "Vice",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Gov",
    "Governor",
    "Gen",
    "General",
    "Prof",
    "Professor",
    "Rev",
    "Judge",
    "Justice",
    "Mayor",
    "Secretary",
    "Minister",
    "Prime",
    "Chairman",
    "Chairwoman",
    "Former",
    "Jr",
    "Sr",
];

/// Capitalised words that carry no name: articles, pronouns, prepositions, conjunctions.
const FUNCTION_WORDS: &[&str] = &[
    "The", "A", "An", "And", "Or", "But", "Of", "In", "On", "At", "To", "For", "By", "With",
    "From", "As", "His", "Her", "Its", "Their", "Our", "He", "She", "It", "They", "We", "You",
    "This", "That", "These", "Those",
];

/// The name tokens of `phrase`.
///
/// ```
/// use claimline::timeline::name_tokens;
/// let names: Vec<String> = name_tokens("Sen. Rand Paul (R-KY)").into_iter().collect();
/// assert_eq!(names, ["Paul", "Rand"]);
/// assert!(name_tokens("the president").is_empty());
/// ```
pub fn name_tokens(phrase: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    let mut depth = 0usize;
    for token in tokenize(phrase) {
        if token.is(phrase, '(') {
            depth += 1;
        } else if token.is(phrase, ')') {
            depth = depth.saturating_sub(1);
        }
        if depth > 0 || token.kind != TokenKind::Word || !token.is_capitalized(phrase) {
            continue;
        }
        let word = token.text(phrase);
        if word.chars().count() < 2 || TITLES.contains(&word) || FUNCTION_WORDS.contains(&word) {
            continue;
        }
        names.insert(word.to_string());
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(phrase: &str) -> Vec<String> {
        name_tokens(phrase).into_iter().collect()
    }

    #[test]
    fn titles_and_function_words_are_not_names() {
        assert_eq!(names("Sen. Paul"), ["Paul"]);
        assert_eq!(names("Rep. Massie"), ["Massie"]);
        assert_eq!(names("Congressman Thomas Massie"), ["Massie", "Thomas"]);
        assert_eq!(names("President Donald J. Trump"), ["Donald", "Trump"]);
        assert_eq!(names("Mr. Smith"), names("Dr. Smith"));
        assert_eq!(names("The White House"), ["House", "White"]);
        assert!(names("A spokesman").is_empty());
    }

    #[test]
    fn possessives_and_appositions_keep_the_name() {
        assert_eq!(names("Putin’s press secretary"), ["Putin"]);
        assert_eq!(
            names("Hogan Gidley, a White House spokesman"),
            ["Gidley", "Hogan", "House", "White"]
        );
    }

    #[test]
    fn parentheses_are_skipped() {
        assert_eq!(names("Sen. Rand Paul (R-KY)"), ["Paul", "Rand"]);
        assert_eq!(
            names("Massie (R-KY) and (nested (Deep) Words) Paul"),
            ["Massie", "Paul"]
        );
        // An unbalanced closing parenthesis does not hide what follows.
        assert_eq!(names(") Paul"), ["Paul"]);
    }
}
