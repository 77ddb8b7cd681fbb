//! Clauses: which part of a sentence each word belongs to, so that a date can be told to
//! govern the main event or only a side remark.
//!
//! A sentence is cut, left to right, into runs of items with one of four roles:
//!
//! - `Main`: the introductory phrase ("On Monday,"), the subject and its predicate;
//! - `Reported`: what a verb of saying reports ("Smith said [that] the vote is on Friday"); a
//!   date right after the verb of saying ("said on Wednesday that...") still belongs to the
//!   main clause, it dates the saying;
//! - `Subordinate`: an appositive ("Smith, who was elected in 2016,"), a clause opened by a
//!   subordinating word ("because", "after", "when"...) or by a comma and a relative or
//!   linking word (", which", ", including", ", however"), and what follows a semicolon or a
//!   dash;
//! - `Quoted`: a quotation.
//!
//! Subordinators that head a date phrase are prepositions, not clause openers: "until after
//! the 2018 midterm elections", "since Monday", "weeks after". A coordinated predicate ("and
//! emphasized ...") starts a new run with its clause's role, so that an event can stop there.

use super::actor::Subject;
use super::lexicon;
use super::words::Words;

/// The part a run of items plays in its sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Role {
    Main,
    Reported,
    Subordinate,
    Quoted,
}

/// A run of items `start..end` with one role.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Clause {
    pub start: usize,
    pub end: usize,
    pub role: Role,
}

/// A sentence cut into clauses, covering every item in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Clauses(Vec<Clause>);

/// Where the verb of saying of the main clause is, and where its phrase ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Speech {
    pub verb: usize,
    pub phrase_end: usize,
}

impl Clauses {
    /// Cut `words`, whose main clause starts at `intro_end` with `subject`.
    pub fn of(
        words: &Words,
        intro_end: usize,
        subject: Option<&Subject>,
        speech: Option<Speech>,
    ) -> Clauses {
        let n = words.len();
        let mut runs = Vec::new();
        let mut push = |start: usize, end: usize, role: Role| {
            if end > start {
                runs.push(Clause { start, end, role });
            }
        };
        let main_from = subject.map_or(intro_end, |s| s.end.max(intro_end));
        let mut start = 0;
        if intro_is_clause(words, intro_end) {
            push(0, intro_end, Role::Subordinate);
            start = intro_end;
        }
        let mut role = Role::Main;
        let mut i = 0;
        while i < n {
            if words.is_quote(i) {
                push(start, i, role);
                push(i, i + 1, Role::Quoted);
                start = i + 1;
                i += 1;
                continue;
            }
            if let Some(s) = subject.filter(|s| i == s.head_end && s.end > s.head_end) {
                push(start, i, role);
                push(i, s.end, Role::Subordinate);
                start = s.end;
                i = s.end;
                continue;
            }
            if i < main_from {
                i += 1;
                continue;
            }
            if let Some(sp) = speech.filter(|sp| i == sp.phrase_end && role == Role::Main) {
                let reported = reported_start(words, sp.phrase_end);
                if is_reported_clause(words, reported) {
                    push(start, reported, role);
                    start = reported;
                    role = Role::Reported;
                    i = reported + 1;
                    continue;
                }
            }
            if let Some(next) = boundary(words, i, role) {
                push(start, i, role);
                start = i;
                role = next;
            }
            i += 1;
        }
        push(start, n, role);
        Clauses(runs)
    }

    /// The clause item `i` is in.
    pub fn at(&self, i: usize) -> Option<Clause> {
        self.0.iter().copied().find(|c| c.start <= i && i < c.end)
    }

    /// The clause right after `clause`.
    pub fn after(&self, clause: Clause) -> Option<Clause> {
        self.0.iter().copied().find(|c| c.start == clause.end)
    }
}

/// "After the board met on Monday, ...": an introduction opened by a subordinating word and
/// holding a verb is a subordinate clause; "On Monday," and "After the vote," are phrases of
/// the main clause.
fn intro_is_clause(words: &Words, intro_end: usize) -> bool {
    words
        .word(0)
        .is_some_and(|w| lexicon::is_subordinator(&w.to_lowercase()))
        && (1..intro_end).any(|i| {
            words
                .word(i)
                .is_some_and(|w| !words.is_capitalized(i) && lexicon::is_finite_verb(w))
        })
}

/// After the phrase of saying, skip the dates that date the saying itself ("said in a
/// statement on Wednesday that..."); what comes next is reported.
fn reported_start(words: &Words, from: usize) -> usize {
    let mut i = from;
    loop {
        let date_preposition = words
            .lower(i)
            .as_deref()
            .is_some_and(lexicon::is_preposition)
            && words.is_date(i + 1);
        if words.is_date(i) || date_preposition {
            i += 1;
        } else {
            return i;
        }
    }
}

/// What follows a verb of saying at `from` is a clause ("that the vote was fair", "the
/// vote was fair"), not an object ("announced the plan").
fn is_reported_clause(words: &Words, from: usize) -> bool {
    if words.lower(from).as_deref() == Some("that") {
        return true;
    }
    let mut after_determiner = false;
    for i in from..words.len().min(from + REPORTED_VERB_WITHIN) {
        let Some(w) = words.lower(i) else {
            return false;
        };
        if !after_determiner && i > from && !words.is_capitalized(i) && lexicon::is_finite_verb(&w)
        {
            return true;
        }
        after_determiner = lexicon::is_determiner(&w);
    }
    false
}

/// How far after a verb of saying the verb of a reported clause is looked for.
const REPORTED_VERB_WITHIN: usize = 8;

/// The role of a new clause starting at item `i`, if one starts there.
fn boundary(words: &Words, i: usize, role: Role) -> Option<Role> {
    if words.is(i, ';') || words.is(i, '—') || words.is(i, '–') {
        return Some(Role::Subordinate);
    }
    if words.is(i, ':') && !words.is_quote(i + 1) {
        return Some(Role::Subordinate);
    }
    if words.is(i, ',') {
        let opens = words
            .word(i + 1)
            .is_some_and(|w| lexicon::opens_clause_after_comma(w) && !heads_date(words, i + 1));
        return opens.then_some(Role::Subordinate);
    }
    let word = words.word(i)?;
    if lexicon::is_subordinator(word) && !heads_date(words, i) && !follows_a_length(words, i) {
        return Some(Role::Subordinate);
    }
    if word == "and" && coordinated_predicate(words, i + 1) {
        return Some(role);
    }
    None
}

/// "weeks after", "two days before": a length of time before the subordinator makes it
/// part of a temporal relation, not the opening of a clause.
fn follows_a_length(words: &Words, i: usize) -> bool {
    i > 0
        && words.is_date(i - 1)
        && words.lower(i - 1).is_some_and(|w| {
            let unit = w.strip_suffix('s').unwrap_or(&w);
            matches!(
                unit,
                "second" | "minute" | "hour" | "day" | "week" | "month" | "year" | "decade"
            )
        })
}

/// The word at `i` is a preposition of a date phrase starting within the next three items.
fn heads_date(words: &Words, i: usize) -> bool {
    (i + 1..=i + 3).any(|j| words.is_date(j))
        && !(i + 1..=i + 3).take_while(|&j| !words.is_date(j)).any(|j| {
            words
                .lower(j)
                .as_deref()
                .is_some_and(lexicon::is_finite_verb)
        })
}

/// "and emphasized “...”", "and met Putin": a finite verb followed by what opens an
/// object, not "and increased diplomacy".
fn coordinated_predicate(words: &Words, verb: usize) -> bool {
    let Some(w) = words.lower(verb) else {
        return false;
    };
    if !lexicon::is_finite_verb(&w) {
        return false;
    }
    words.is_quote(verb + 1)
        || words.is_capitalized(verb + 1)
        || words
            .lower(verb + 1)
            .as_deref()
            .is_some_and(|n| lexicon::is_determiner(n) || lexicon::is_preposition(n) || n == "that")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::parse::Parsed;

    /// The clauses of `text` as (text, role); `dates` are date phrases in it.
    fn clauses(text: &str, dates: &[&str]) -> Vec<(String, Role)> {
        let words = Words::sample(text, dates);
        Parsed::of(&words, &|_| true, true)
            .clauses
            .0
            .iter()
            .map(|c| (words.source(c.start, c.end).to_string(), c.role))
            .collect()
    }

    fn roles(list: &[(&str, Role)]) -> Vec<(String, Role)> {
        list.iter().map(|(t, r)| (t.to_string(), *r)).collect()
    }

    #[test]
    fn because_opens_a_subordinate_clause() {
        assert_eq!(
            clauses(
                "Paul delivered the letter because the leader has been away all week.",
                &["all week"]
            ),
            roles(&[
                ("Paul delivered the letter", Role::Main),
                (
                    "because the leader has been away all week.",
                    Role::Subordinate
                ),
            ])
        );
    }

    #[test]
    fn date_prepositions_do_not_open_clauses() {
        assert_eq!(
            clauses(
                "He delayed the meeting until after the 2018 midterm elections.",
                &["after the 2018 midterm elections"]
            ),
            roles(&[(
                "He delayed the meeting until after the 2018 midterm elections.",
                Role::Main
            )])
        );
        assert_eq!(
            clauses(
                "The trip comes just weeks after lawmakers traveled to Moscow.",
                &["weeks"]
            ),
            roles(&[(
                "The trip comes just weeks after lawmakers traveled to Moscow.",
                Role::Main
            )])
        );
    }

    #[test]
    fn a_date_before_a_subordinator_does_not_join_it() {
        assert_eq!(
            clauses(
                "The council approved the budget on Tuesday after a long debate.",
                &["Tuesday"]
            ),
            roles(&[
                ("The council approved the budget on Tuesday", Role::Main),
                ("after a long debate.", Role::Subordinate),
            ])
        );
    }

    #[test]
    fn speech_reports_and_its_own_date_stays_main() {
        assert_eq!(
            clauses(
                "On Monday, Sen. Paul announced that lawmakers will visit in September, which is rare.",
                &["Monday", "September"]
            ),
            roles(&[
                ("On Monday, Sen. Paul announced", Role::Main),
                ("that lawmakers will visit in September", Role::Reported),
                (", which is rare.", Role::Subordinate),
            ])
        );
        assert_eq!(
            clauses("Smith said on Friday the vote was fair.", &["Friday"]),
            roles(&[
                ("Smith said on Friday", Role::Main),
                ("the vote was fair.", Role::Reported),
            ])
        );
    }

    #[test]
    fn appositives_quotes_and_coordination() {
        assert_eq!(
            clauses(
                "Smith, who won in 2016, said on Monday: “We go on.”",
                &["2016", "Monday"]
            ),
            roles(&[
                ("Smith", Role::Main),
                (", who won in 2016", Role::Subordinate),
                (", said on Monday:", Role::Main),
                ("“We go on.”", Role::Quoted),
            ])
        );
        assert_eq!(
            clauses(
                "Paul delivered a letter and emphasized “further engagement” with Russia.",
                &[]
            ),
            roles(&[
                ("Paul delivered a letter", Role::Main),
                ("and emphasized", Role::Main),
                ("“further engagement”", Role::Quoted),
                ("with Russia.", Role::Main),
            ])
        );
    }
}
