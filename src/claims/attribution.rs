//! Who says so: the speaker a sentence attributes its claim or quotation to, and how.
//!
//! The forms news uses, tried in this order:
//!
//! 1. after a quotation: "“...,” Sen. Paul said in a statement." or, inverted, "“...,” said
//!    Sen. Paul." (any verb of saying counts here, "the letter added", "she asked");
//! 2. the sentence's subject with a verb of saying: "Hogan Gidley, a White House spokesman,
//!    said in a statement:", "Rep. Massie tweeted, “...”", "The Kentucky conservative said
//!    the letter...", "Paul told CNN that...". Verbs that are not always about speech
//!    ("wrote", "added", "read") count only before a comma, a colon, a quotation, "that" or
//!    a medium ("wrote in a letter"), so "he wrote a book" is not an attribution;
//! 3. "according to X";
//! 4. a document introducing its text: "the text of the letter, which read:" (the speaker is
//!    the noun phrase before the comma, from its last determiner: "the letter").
//!
//! The attribution phrase is the verb with its medium and audience: "said in a statement",
//! "told CNN", "suggested in an interview with Breitbart News", "according to".

use super::actor::{self, Subject, SubjectKind};
use super::clause::Speech;
use super::lexicon::{self, Strength};
use super::words::Words;

/// The most items a speaker after "according to" or a relative "which" may take.
const MAX_SPEAKER: usize = 12;

/// How the sentence attributes its words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Attribution {
    /// The speaker as written: a range of items.
    pub speaker: (usize, usize),
    /// Whether the speaker names someone, is a pronoun, or a description.
    pub kind: SubjectKind,
    /// The verb phrase: "said in a statement", "tweeted", "according to".
    pub phrase: String,
    /// The item of the verb of saying (or of "according").
    pub verb: usize,
    /// Just past the phrase.
    pub phrase_end: usize,
    /// The sentence's main clause subject, when the attribution is found through it.
    pub subject: Option<Subject>,
    /// Whether the verb of saying is the main clause's verb (not "according to", not a
    /// relative "which read").
    pub in_main_clause: bool,
}

impl Attribution {
    /// The main clause's verb of saying, for cutting the sentence into clauses.
    pub fn speech(&self) -> Option<Speech> {
        self.in_main_clause.then_some(Speech {
            verb: self.verb,
            phrase_end: self.phrase_end,
        })
    }
}

/// The attribution of a sentence whose main clause has `subject`.
pub(crate) fn find(
    words: &Words,
    subject: Option<&Subject>,
    is_name: &dyn Fn(&str) -> bool,
) -> Option<Attribution> {
    after_quote(words, is_name)
        .or_else(|| by_subject(words, subject))
        .or_else(|| according_to(words))
        .or_else(|| relative(words))
}

fn after_quote(words: &Words, is_name: &dyn Fn(&str) -> bool) -> Option<Attribution> {
    (0..words.len())
        .filter(|&q| words.is_quote(q))
        .find_map(|q| {
            let mut at = q + 1;
            if words.is(at, ',') {
                at += 1;
            }
            if let Some(subject) = actor::subject(words, at, is_name) {
                let verb = past_auxiliaries(words, subject.verb);
                if words
                    .lower(verb)
                    .as_deref()
                    .and_then(lexicon::speech_verb)
                    .is_some()
                {
                    return Some(Attribution {
                        speaker: (subject.start, subject.end),
                        kind: subject.kind,
                        phrase_end: phrase_end(words, verb),
                        phrase: String::new(),
                        verb,
                        subject: Some(subject),
                        in_main_clause: true,
                    });
                }
            }
            let verb = words.lower(at)?;
            lexicon::speech_verb(&verb)?;
            let end = name_end(words, at + 1);
            (end > at + 1).then(|| Attribution {
                speaker: (at + 1, end),
                kind: speaker_kind(words, at + 1, end),
                phrase_end: at + 1,
                phrase: String::new(),
                verb: at,
                subject: None,
                in_main_clause: true,
            })
        })
        .map(|a| with_phrase(words, a))
}

fn by_subject(words: &Words, subject: Option<&Subject>) -> Option<Attribution> {
    let subject = subject?;
    let verb = past_auxiliaries(words, subject.verb);
    let strength = lexicon::speech_verb(&words.lower(verb)?)?;
    let end = phrase_end(words, verb);
    let shown = end == words.len()
        || words.is(end, ',')
        || words.is(end, ':')
        || words.is_quote(end)
        || words.lower(end).as_deref() == Some("that")
        || (words.is(end, '.') && end + 1 == words.len())
        || end > verb + 1;
    if strength == Strength::Weak && !shown {
        return None;
    }
    Some(with_phrase(
        words,
        Attribution {
            speaker: (subject.start, subject.end),
            kind: subject.kind,
            phrase: String::new(),
            verb,
            phrase_end: end,
            subject: Some(*subject),
            in_main_clause: true,
        },
    ))
}

fn according_to(words: &Words) -> Option<Attribution> {
    let at = (0..words.len().saturating_sub(1)).find(|&i| {
        words.lower(i).as_deref() == Some("according")
            && words.lower(i + 1).as_deref() == Some("to")
    })?;
    let start = at + 2;
    let end = (start..words.len().min(start + MAX_SPEAKER))
        .find(|&i| {
            words.is(i, ',')
                || words.is(i, ';')
                || words.is_quote(i)
                || (words.is(i, '.') && !words.is_abbreviation_dot(i))
        })
        .unwrap_or(words.len().min(start + MAX_SPEAKER));
    (end > start).then(|| Attribution {
        speaker: (start, end),
        kind: speaker_kind(words, start, end),
        phrase: "according to".to_string(),
        verb: at,
        phrase_end: start,
        subject: None,
        in_main_clause: false,
    })
}

fn relative(words: &Words) -> Option<Attribution> {
    let comma = (1..words.len().saturating_sub(2)).find(|&i| {
        words.is(i, ',')
            && matches!(words.lower(i + 1).as_deref(), Some("which" | "that"))
            && words
                .lower(i + 2)
                .as_deref()
                .and_then(lexicon::speech_verb)
                .is_some()
    })?;
    let earliest = comma.saturating_sub(MAX_SPEAKER);
    let phrase: Vec<usize> = (earliest..comma)
        .rev()
        .take_while(|&i| {
            words.word(i).is_some() || words.is_abbreviation_dot(i) || words.is_possessive(i)
        })
        .collect();
    let start = phrase
        .iter()
        .copied()
        .find(|&i| words.word(i).is_some_and(lexicon::is_determiner))
        .or_else(|| {
            phrase
                .iter()
                .copied()
                .take_while(|&i| words.is_capitalized(i) || words.word(i).is_none())
                .last()
        })?;
    let verb = comma + 2;
    Some(with_phrase(
        words,
        Attribution {
            speaker: (start, comma),
            kind: speaker_kind(words, start, comma),
            phrase: String::new(),
            verb,
            phrase_end: verb + 1,
            subject: None,
            in_main_clause: false,
        },
    ))
}

fn with_phrase(words: &Words, mut a: Attribution) -> Attribution {
    a.phrase = words.render(a.verb, a.phrase_end, |_| false);
    a
}

fn speaker_kind(words: &Words, start: usize, end: usize) -> SubjectKind {
    match words.word(start) {
        Some(w) if lexicon::is_pronoun(w) && end == start + 1 => SubjectKind::Pronoun,
        _ if (start..end).any(|i| {
            words.is_capitalized(i)
                && words
                    .word(i)
                    .is_some_and(|w| !lexicon::is_determiner(w) && !lexicon::is_title(w))
        }) =>
        {
            SubjectKind::Name
        }
        _ => SubjectKind::Description,
    }
}

/// "has said": the verb of saying after auxiliaries and adverbs.
fn past_auxiliaries(words: &Words, mut verb: usize) -> usize {
    while let Some(w) = words.lower(verb) {
        let next = words.lower(verb + 1);
        let more = next
            .as_deref()
            .is_some_and(|n| lexicon::is_finite_verb(n) || lexicon::is_verb_adverb(n));
        if (lexicon::is_auxiliary(&w) || lexicon::is_verb_adverb(&w)) && more {
            verb += 1;
        } else {
            break;
        }
    }
    verb
}

/// Just past the verb of saying at `verb` with what tells where and to whom it was said:
/// "told CNN", "said in a statement", "wrote on Twitter", "said in an interview with Fox
/// News". A date after the verb ("said on Wednesday") is not part of it.
pub(crate) fn phrase_end(words: &Words, verb: usize) -> usize {
    let mut i = verb + 1;
    if matches!(
        words.lower(verb).as_deref(),
        Some("told" | "tells" | "tell")
    ) {
        i = audience_end(words, i);
    }
    for _ in 0..3 {
        let next = match words.lower(i).as_deref() {
            Some("in" | "at") => medium_end(words, i + 1),
            Some("on" | "to") if words.is_capitalized(i + 1) && !words.is_date(i + 1) => {
                Some(name_end(words, i + 1))
            }
            Some("to") => Some(audience_end(words, i + 1)),
            _ => None,
        };
        match next {
            Some(end) if end > i + 1 => i = end,
            _ => break,
        }
    }
    i
}

/// "a statement", "an interview with Breitbart News", "a Facebook post": a medium noun
/// after at most a determiner and three modifiers.
fn medium_end(words: &Words, from: usize) -> Option<usize> {
    let mut i = from;
    if words.word(i).is_some_and(lexicon::is_determiner) {
        i += 1;
    }
    let noun = (i..i + 4).find(|&j| words.lower(j).as_deref().is_some_and(lexicon::is_medium))?;
    if (i..noun).any(|j| (words.word(j).is_none() && !words.is(j, '-')) || words.is_date(j)) {
        return None;
    }
    let mut end = noun + 1;
    if matches!(
        words.lower(end).as_deref(),
        Some("with" | "to" | "for" | "on")
    ) && (words.is_capitalized(end + 1)
        || (words.lower(end + 1).as_deref() == Some("the") && words.is_capitalized(end + 2)))
        && !words.is_date(end + 1)
    {
        end = name_end(words, end + 1);
    }
    Some(end)
}

/// Who was told: "CNN", "the Associated Press", "reporters".
fn audience_end(words: &Words, from: usize) -> usize {
    match words.lower(from).as_deref() {
        Some(
            "reporters" | "journalists" | "lawmakers" | "supporters" | "police" | "investigators"
            | "viewers" | "listeners" | "him" | "her" | "them" | "me" | "us",
        ) => from + 1,
        _ if words.is_capitalized(from) && !words.is_date(from) => name_end(words, from),
        Some("the") if words.is_capitalized(from + 1) => name_end(words, from),
        _ => from,
    }
}

/// Just past a name or short description starting at `from`: capitalised words with their
/// abbreviation periods, initials, hyphens and possessives, after an optional determiner and
/// up to three lower-case words ("the Associated Press", "Sen. Paul", "the spokesman").
pub(crate) fn name_end(words: &Words, from: usize) -> usize {
    let mut i = from;
    if words.word(i).is_some_and(lexicon::is_determiner) {
        i += 1;
    }
    let mut lowercase = 0;
    while i < words.len() {
        if (words.is_capitalized(i) && !words.is_date(i))
            || words.is_abbreviation_dot(i)
            || (words.is(i, '-') && words.item(i).is_some_and(|it| it.glued))
        {
            i += 1;
        } else if words.is_possessive(i) {
            i += 2;
        } else if let Some(w) = words.lower(i) {
            let plain = !lexicon::is_preposition(&w)
                && !lexicon::is_subordinator(&w)
                && !lexicon::is_finite_verb(&w)
                && !matches!(&*w, "who" | "that" | "which" | "and" | "or");
            if plain && lowercase < 3 && i > from && !words.is_capitalized(from) {
                lowercase += 1;
                i += 1;
            } else {
                break;
            }
        } else {
            break;
        }
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (speaker as written, phrase) of `text`; `date` marks a date phrase.
    fn attribution(text: &str, date: Option<&str>) -> Option<(String, String)> {
        let words = Words::sample(text, date.as_slice());
        let is_name = |w: &str| matches!(w, "Paul" | "Smith");
        let intro = actor::skip_intro(&words, 0);
        let subject = actor::subject(&words, intro, &is_name);
        let a = find(&words, subject.as_ref(), &is_name)?;
        Some((words.source(a.speaker.0, a.speaker.1).to_string(), a.phrase))
    }

    fn pair(speaker: &str, phrase: &str) -> Option<(String, String)> {
        Some((speaker.to_string(), phrase.to_string()))
    }

    #[test]
    fn after_the_quotation() {
        assert_eq!(
            attribution(
                "“I was honored,” Sen. Paul said in a statement on Wednesday.",
                Some("Wednesday")
            ),
            pair("Sen. Paul", "said in a statement")
        );
        assert_eq!(
            attribution("“Thank you for meeting him,” the letter added.", None),
            pair("the letter", "added")
        );
        assert_eq!(
            attribution(
                "\"We will rebuild,\" said Mayor Jane Roe, who took office in May.",
                None
            ),
            pair("Mayor Jane Roe", "said")
        );
        assert_eq!(
            attribution("“Why now?” she asked.", None),
            pair("she", "asked")
        );
        assert_eq!(
            attribution("“It is over,” Smith told CNN on Friday.", Some("Friday")),
            pair("Smith", "told CNN")
        );
    }

    #[test]
    fn before_the_quotation() {
        assert_eq!(
            attribution(
                "On Monday, Rep. Massie tweeted, “This may be why.”",
                Some("Monday")
            ),
            pair("Rep. Massie", "tweeted")
        );
        assert_eq!(
            attribution(
                "On Wednesday, Massie wrote, “Thank you”:",
                Some("Wednesday")
            ),
            pair("Massie", "wrote")
        );
        assert_eq!(
            attribution(
                "Hogan Gidley, a White House spokesman, said in a statement on Wednesday:",
                Some("Wednesday")
            ),
            pair(
                "Hogan Gidley, a White House spokesman",
                "said in a statement"
            )
        );
    }

    #[test]
    fn reported_speech() {
        assert_eq!(
            attribution(
                "The Kentucky conservative said the letter emphasized “the importance of talks.”",
                None
            ),
            pair("The Kentucky conservative", "said")
        );
        assert_eq!(
            attribution(
                "Congressman Massie suggested in an interview with Breitbart News that talks help.",
                None
            ),
            pair(
                "Congressman Massie",
                "suggested in an interview with Breitbart News"
            )
        );
        assert_eq!(
            attribution(
                "Dmitry Peskov, Putin’s press secretary, confirmed that the letter was delivered.",
                None
            ),
            pair("Dmitry Peskov, Putin’s press secretary", "confirmed")
        );
        assert_eq!(
            attribution(
                "The mayor has repeatedly said the budget is balanced.",
                None
            ),
            pair("The mayor", "said")
        );
    }

    #[test]
    fn according_to() {
        assert_eq!(
            attribution(
                "The plant closed in 2015, according to state records.",
                None
            ),
            pair("state records", "according to")
        );
        assert_eq!(
            attribution(
                "According to Smith, a former aide, the deal collapsed.",
                None
            ),
            pair("Smith", "according to")
        );
    }

    #[test]
    fn documents_that_read() {
        assert_eq!(
            attribution(
                "An American official provided to CNN the text of the letter, which read:",
                None
            ),
            pair("the letter", "read")
        );
    }

    #[test]
    fn a_corpus_of_newswire_attributions() {
        let cases: &[(&str, &[&str], &str, &str)] = &[
            (
                "“We are not going anywhere,” Pelosi told reporters on Tuesday.",
                &["Tuesday"],
                "Pelosi",
                "told reporters",
            ),
            (
                "Police said the suspect fled on foot.",
                &[],
                "Police",
                "said",
            ),
            (
                "The company said in a filing on Monday that revenue fell.",
                &["Monday"],
                "The company",
                "said in a filing",
            ),
            (
                "“This is a sad day,” said Senate Majority Leader Mitch McConnell, R-Ky.",
                &[],
                "Senate Majority Leader Mitch McConnell",
                "said",
            ),
            (
                "Johnson wrote on Twitter: “Enough.”",
                &[],
                "Johnson",
                "wrote on Twitter",
            ),
            (
                "In a statement, the ministry said the talks had failed.",
                &[],
                "the ministry",
                "said",
            ),
            (
                "“It’s over,” she said, adding that she would not run.",
                &[],
                "she",
                "said",
            ),
            (
                "According to the Associated Press, the vote was delayed.",
                &[],
                "the Associated Press",
                "according to",
            ),
            (
                "“No comment,” a spokeswoman for the ministry said.",
                &[],
                "a spokeswoman for the ministry",
                "said",
            ),
            (
                "Trump tweeted Tuesday that the summit would go ahead.",
                &["Tuesday"],
                "Trump",
                "tweeted",
            ),
            (
                "Former President Barack Obama said in a speech that democracy is fragile.",
                &[],
                "Former President Barack Obama",
                "said in a speech",
            ),
            (
                "‘We will win,’ the prime minister said.",
                &[],
                "the prime minister",
                "said",
            ),
            (
                "The minister told The Associated Press that talks would resume.",
                &[],
                "The minister",
                "told The Associated Press",
            ),
            (
                "Two officials, speaking on condition of anonymity, said the plan was dropped.",
                &[],
                "Two officials, speaking on condition of anonymity",
                "said",
            ),
        ];
        for &(text, dates, speaker, phrase) in cases {
            let words = Words::sample(text, dates);
            let found = find(
                &words,
                actor::subject(&words, actor::skip_intro(&words, 0), &|_| false).as_ref(),
                &|_| false,
            );
            let got = found.map(|a| (words.source(a.speaker.0, a.speaker.1).to_string(), a.phrase));
            assert_eq!(got, pair(speaker, phrase), "{text}");
        }
    }

    #[test]
    fn weak_verbs_need_evidence_of_speech() {
        assert_eq!(attribution("Smith wrote a book about the war.", None), None);
        assert_eq!(
            attribution("Paul has continued to meet with officials.", None),
            None
        );
        assert_eq!(
            attribution(
                "Smith wrote in a Facebook post that the vote was rigged.",
                None
            ),
            pair("Smith", "wrote in a Facebook post")
        );
        assert_eq!(
            attribution("The White House asked Trump for the letter.", None),
            None
        );
    }

    #[test]
    fn no_attribution_in_narration() {
        assert_eq!(
            attribution("Paul delivered the letter on Wednesday.", Some("Wednesday")),
            None
        );
        assert_eq!(
            attribution(
                "Sen. Rand Paul delivered a letter and emphasized “further engagement” between them.",
                None
            ),
            None
        );
        assert_eq!(
            attribution("He called the plan “a disaster” and Smith left.", None),
            None
        );
    }
}
