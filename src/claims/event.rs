//! What happened: a short text for the timeline, when one can be cut cleanly from the
//! sentence.
//!
//! The event is the clause the claim's date governs, with the date phrase itself removed
//! (the timeline shows the date beside it):
//!
//! - a date in the main clause gives the subject's head (no appositive, no party tag) and
//!   the predicate up to the next clause, with what a verb of saying reports: "Sen. Paul
//!   announced that Russian lawmakers have agreed to visit the U.S. Capitol";
//! - a date in a subordinate or reported clause gives that clause: in "The increased
//!   diplomacy ... occurred after President Trump met with President Putin in Helsinki,
//!   Finland, in July", July dates the meeting, and the event is "President Trump met with
//!   President Putin in Helsinki, Finland";
//! - an undated claim gives its main clause.
//!
//! A main clause that only says someone said something ("Sen. Paul said in a statement")
//! is an event only when dated: a statement on a day is news, an undated "the letter added"
//! is not. There is no event when the subject is not found, when a date sits inside a
//! quotation, or when the text would run past [`MAX_WORDS`]: an empty field is better than
//! a garbled one.

use super::actor::Subject;
use super::clause::{Clause, Clauses, Role, Speech};
use super::lexicon;
use super::words::Words;

/// The longest event, in words.
pub(crate) const MAX_WORDS: usize = 24;
/// The shortest event, in words.
const MIN_WORDS: usize = 2;

/// What the event is cut from.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Parts<'a> {
    pub words: &'a Words<'a>,
    pub clauses: &'a Clauses,
    /// The main clause's subject.
    pub subject: Option<&'a Subject>,
    /// The verb of saying of the main clause.
    pub speech: Option<Speech>,
    /// The byte span of the anchor that places the claim.
    pub anchor: Option<(usize, usize)>,
}

/// The event of a sentence, if it can be told cleanly.
pub(crate) fn event(parts: Parts) -> Option<String> {
    let words = parts.words;
    let dated_clause = match parts.anchor {
        Some((start, _)) => Some(parts.clauses.at(words.item_at(start)?)?),
        None => None,
    };
    let text = match dated_clause {
        Some(c) if c.role == Role::Quoted => return None,
        Some(c) if c.role != Role::Main => side_clause(parts, c)?,
        _ => main_clause(parts)?,
    };
    finish(&text)
}

/// The subject's head and its predicate.
fn main_clause(parts: Parts) -> Option<String> {
    let words = parts.words;
    let subject = parts.subject?;
    let mut from = subject.end;
    if words.is(from, ',') {
        from += 1;
    }
    if words.word(from).is_some_and(lexicon::is_connective) && words.is(from + 1, ',') {
        from += 2;
    }
    let mut clause = parts.clauses.at(subject.verb)?;
    let mut end = clause.end;
    // Carry on through what the verb reports and through quotations that are its object
    // ("emphasized “further engagement” between..."), not those it introduces after a comma.
    while let Some(next) = parts.clauses.after(clause) {
        let object_quote = next.role == Role::Quoted
            && !words.is(next.start.wrapping_sub(1), ',')
            && !words.is(next.start.wrapping_sub(1), ':');
        let continues = next.role == Role::Reported
            || object_quote
            || (clause.role == Role::Quoted
                && next.role == Role::Main
                && words.word(next.start).is_some());
        if !continues {
            break;
        }
        end = next.end;
        clause = next;
    }
    let skip = removed(parts);
    if let Some(speech) = parts.speech {
        let says_only = (from..end).all(|i| {
            skip(i)
                || (words.word(i).is_none() && !words.is_quote(i))
                || (speech.verb..speech.phrase_end).contains(&i)
                || words
                    .lower(i)
                    .as_deref()
                    .is_some_and(|w| lexicon::is_auxiliary(w) || lexicon::is_verb_adverb(w))
        });
        if says_only && parts.anchor.is_none() {
            return None;
        }
    }
    let head = words.render(subject.start, subject.head_end, |i| {
        skip(i) || in_parentheses(words, subject.start, i)
    });
    let predicate = words.render(from, end, &skip);
    Some(format!("{head} {predicate}"))
}

/// A subordinate or reported clause, without the word that opens it.
fn side_clause(parts: Parts, clause: Clause) -> Option<String> {
    let words = parts.words;
    let mut from = clause.start;
    if words.is(from, ',') {
        from += 1;
    }
    let opener = words.lower(from)?;
    if lexicon::is_subordinator(&opener) || matches!(&*opener, "that" | "which" | "who" | "where") {
        from += 1;
    }
    if parts.subject.is_some_and(|s| clause.start == s.head_end) {
        // An appositive has no subject of its own.
        return None;
    }
    Some(words.render(from, clause.end, removed(parts)))
}

/// Items left out of an event: the sentence's closing punctuation, and the anchor's words
/// with the prepositions that head them.
fn removed<'a>(parts: Parts<'a>) -> impl Fn(usize) -> bool + 'a {
    let words = parts.words;
    let span = parts.anchor;
    let first = span.and_then(|(start, _)| words.item_at(start));
    let last = words.len().saturating_sub(1);
    let closing = ['.', '!', '?', ':', '…'].iter().any(|&c| words.is(last, c));
    move |i| {
        if closing && i == last {
            return true;
        }
        let Some(span) = span else {
            return false;
        };
        if words.is_within(i, span) {
            return true;
        }
        first.is_some_and(|f| {
            // "on Wednesday", "until after the 2018 midterm elections"
            let mut j = f;
            while j > 0
                && words
                    .lower(j - 1)
                    .as_deref()
                    .is_some_and(lexicon::is_preposition)
            {
                j -= 1;
                if j == i {
                    return true;
                }
            }
            false
        })
    }
}

/// Whether item `i` is inside parentheses opened at or after `from`.
fn in_parentheses(words: &Words, from: usize, i: usize) -> bool {
    let mut depth = 0i32;
    for j in from..=i {
        if words.is(j, '(') {
            depth += 1;
        } else if words.is(j, ')') {
            if j == i {
                return depth > 0;
            }
            depth -= 1;
        }
    }
    depth > 0
}

/// Trim the punctuation a cut leaves, capitalise, and check the length.
fn finish(text: &str) -> Option<String> {
    let text = text
        .trim()
        .trim_end_matches([',', ';', ':', ' '])
        .trim_start_matches([',', ';', ':', ' ']);
    let count = text.split_whitespace().count();
    if !(MIN_WORDS..=MAX_WORDS).contains(&count) {
        return None;
    }
    let mut chars = text.chars();
    let first = chars.next()?;
    Some(first.to_uppercase().chain(chars).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::parse::Parsed;

    /// The event of `text` placed by the date phrase `anchor`.
    fn event_of(text: &str, anchor: Option<&str>) -> Option<String> {
        let span = anchor.map(|a| {
            let at = text.find(a).unwrap();
            (at, at + a.len())
        });
        let words = Words::sample(text, anchor.as_slice());
        let parsed = Parsed::of(&words, &|_| true, true);
        event(Parts {
            words: &words,
            clauses: &parsed.clauses,
            subject: parsed.subject.as_ref(),
            speech: parsed.speech(),
            anchor: span,
        })
    }

    #[test]
    fn main_clause_without_date_intro_and_appositive() {
        assert_eq!(
            event_of(
                "On Monday, Sen. Paul announced that Russian lawmakers have agreed to visit the U.S. Capitol, which would be a first.",
                Some("Monday")
            )
            .as_deref(),
            Some("Sen. Paul announced that Russian lawmakers have agreed to visit the U.S. Capitol")
        );
        assert_eq!(
            event_of(
                "Paul, a member of the committee, has continued to meet officials in Moscow this week along with aides.",
                Some("this week")
            )
            .as_deref(),
            Some("Paul has continued to meet officials in Moscow along with aides")
        );
        assert_eq!(
            event_of("Trump invited Putin to D.C. this fall.", Some("this fall")).as_deref(),
            Some("Trump invited Putin to D.C.")
        );
        assert_eq!(
            event_of(
                "Sen. Rand Paul (R-KY) delivered a letter on Wednesday and emphasized “further engagement” with Russia.",
                Some("Wednesday")
            )
            .as_deref(),
            Some("Sen. Rand Paul delivered a letter")
        );
    }

    #[test]
    fn the_dated_clause_is_the_event() {
        assert_eq!(
            event_of(
                "The increased diplomacy occurred after President Trump met with President Putin in Helsinki, Finland, in July.",
                Some("July")
            )
            .as_deref(),
            Some("President Trump met with President Putin in Helsinki, Finland")
        );
        assert_eq!(
            event_of(
                "Paul delivered the letter to aides because the Russian leader has been away from Moscow all week.",
                Some("all week")
            )
            .as_deref(),
            Some("The Russian leader has been away from Moscow")
        );
        assert_eq!(
            event_of(
                "However, he delayed the meeting until after the 2018 midterm elections.",
                Some("after the 2018 midterm elections")
            )
            .as_deref(),
            Some("He delayed the meeting")
        );
    }

    #[test]
    fn statements_are_events_only_when_dated() {
        assert_eq!(
            event_of(
                "“I was honored,” Sen. Paul said in a statement on Wednesday.",
                Some("Wednesday")
            )
            .as_deref(),
            Some("Sen. Paul said in a statement")
        );
        assert_eq!(
            event_of(
                "On Monday, Rep. Massie tweeted, “This may be why.”",
                Some("Monday")
            )
            .as_deref(),
            Some("Rep. Massie tweeted")
        );
        assert_eq!(event_of("“Thank you,” the letter added.", None), None);
    }

    #[test]
    fn none_rather_than_garbage() {
        assert_eq!(
            event_of("“We met on Monday,” she said.", Some("Monday")),
            None
        );
        assert_eq!(
            event_of(
                "The Kentucky conservative said the letter emphasized “the importance of further engagement in various areas including countering terrorism, enhancing legislative dialogue and resuming cultural exchanges.”",
                None
            ),
            None
        );
        assert_eq!(event_of("A quiet morning in the capital", None), None);
    }
}
