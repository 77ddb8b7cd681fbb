//! A sentence read by the grammar rules, in the one order they depend on each other: the
//! introduction, then the subject, then the attribution (which may find the subject after a
//! quotation), then the clauses (which need both).

use super::actor::{self, Subject};
use super::attribution::{self, Attribution};
use super::clause::{Clauses, Speech};
use super::words::Words;

/// What the grammar rules found in a sentence.
#[derive(Debug, Clone)]
pub(crate) struct Parsed {
    /// The main clause's subject: at the start of the main clause, or after a leading
    /// quotation ("“...,” Sen. Paul said").
    pub subject: Option<Subject>,
    /// Who the sentence attributes its words to.
    pub attribution: Option<Attribution>,
    /// The sentence cut into clauses.
    pub clauses: Clauses,
}

impl Parsed {
    /// Read `words`. `is_name` tells known names; `attribute` is false for a sentence whose
    /// attribution is known from elsewhere (a block quotation).
    pub fn of(words: &Words, is_name: &dyn Fn(&str) -> bool, attribute: bool) -> Parsed {
        let intro = actor::skip_intro(words, 0);
        let subject = actor::subject(words, intro, is_name);
        let attribution = if attribute {
            attribution::find(words, subject.as_ref(), is_name)
        } else {
            None
        };
        let subject = subject.or_else(|| attribution.as_ref().and_then(|a| a.subject));
        let speech = attribution.as_ref().and_then(Attribution::speech);
        let clauses = Clauses::of(words, intro, subject.as_ref(), speech);
        Parsed {
            subject,
            attribution,
            clauses,
        }
    }

    /// The main clause's verb of saying.
    pub fn speech(&self) -> Option<Speech> {
        self.attribution.as_ref().and_then(Attribution::speech)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_subject_after_a_leading_quotation() {
        let words = Words::sample("“We won,” Mayor Roe said on Monday.", &["Monday"]);
        let parsed = Parsed::of(&words, &|_| true, true);
        let subject = parsed.subject.unwrap();
        assert_eq!(words.source(subject.start, subject.end), "Mayor Roe");
        assert_eq!(
            parsed.speech().map(|s| words.source(s.verb, s.phrase_end)),
            Some("said")
        );
    }

    #[test]
    fn block_sentences_are_not_attributed_again() {
        let words = Words::sample("The mayor said the budget is balanced.", &[]);
        assert!(Parsed::of(&words, &|_| true, false).attribution.is_none());
        assert!(Parsed::of(&words, &|_| true, true).attribution.is_some());
    }
}
