//! Who did it: the subject of a sentence's main clause, as written.
//!
//! News sentences mostly open with their subject, sometimes after an introductory phrase set
//! off by a comma ("On Monday,", "However,", "At Senator Paul’s request,"). The subject is a
//! name or a short noun phrase, possibly with a title ("Sen. Rand Paul"), a party tag
//! ("(R-KY)") or an appositive between commas ("Hogan Gidley, a White House spokesman,"), and
//! it ends where the finite verb starts. Without a tagger the verb is recognised from the
//! closed classes in [`lexicon`]; a subject that does not end in a recognisable verb within a
//! dozen words is not reported at all.

use super::lexicon;
use super::words::Words;

/// The longest introductory phrase skipped, in items.
const MAX_INTRO: usize = 12;
/// The longest subject, in items, appositive excluded.
const MAX_HEAD: usize = 16;
/// The longest appositive, in items.
const MAX_APPOSITIVE: usize = 16;
/// Lower-case words a subject may hold ("the president of the Senate Foreign Relations
/// Committee").
const MAX_LOWERCASE: usize = 6;

/// What a subject refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SubjectKind {
    /// It names someone: it holds a proper name ("Paul", "the White House", "An American
    /// official").
    Name,
    /// A pronoun ("he", "they").
    Pronoun,
    /// A description without a name ("the increased diplomacy", "the letter").
    Description,
}

/// A sentence's subject, as item positions in its [`Words`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Subject {
    /// First item.
    pub start: usize,
    /// Just past the head: the name or noun phrase with any parenthetical, before an
    /// appositive.
    pub head_end: usize,
    /// Just past the whole subject, appositive included (its closing comma excluded).
    pub end: usize,
    /// The finite verb after the subject (an auxiliary counts), past any adverb.
    pub verb: usize,
    /// What it refers to.
    pub kind: SubjectKind,
}

/// Where the main clause starts, after any introductory phrases ending in a comma, from item
/// `from` on: a date ("On Monday,"), a prepositional phrase ("At Senator Paul’s request,"),
/// a connective ("However,"), a subordinate clause ("When he arrived,").
pub(crate) fn skip_intro(words: &Words, from: usize) -> usize {
    let mut at = if from == 0 {
        skip_dateline(words)
    } else {
        from
    };
    while let Some(comma) = intro_comma(words, at) {
        if !is_intro(words, at, comma) {
            break;
        }
        at = comma + 1;
    }
    at
}

/// A dateline opening the first paragraph: "SPRINGFIELD —", "WASHINGTON (AP) —", "KYIV,
/// Ukraine —". Returns the item after its dash, or 0.
fn skip_dateline(words: &Words) -> usize {
    let mut i = 0;
    let mut capitals = 0;
    while i < words.len().min(MAX_INTRO) {
        if let Some(w) = words.word(i) {
            let all_caps = w.chars().all(char::is_uppercase) && w.chars().count() > 1;
            if !all_caps && !words.is_capitalized(i) {
                return 0;
            }
            capitals += usize::from(all_caps);
        } else if words.is(i, '—') || words.is(i, '–') || words.is(i, '-') {
            let spaced = words.item(i).is_some_and(|it| !it.glued);
            return if capitals > 0 && spaced { i + 1 } else { 0 };
        } else if words.is(i, '(') {
            i = (i + 1..words.len().min(i + 6))
                .find(|&j| words.is(j, ')'))
                .unwrap_or(i);
        } else if !words.is(i, ',') && !words.is_abbreviation_dot(i) {
            return 0;
        }
        i += 1;
    }
    0
}

fn intro_comma(words: &Words, from: usize) -> Option<usize> {
    (from..words.len().min(from + MAX_INTRO))
        .take_while(|&i| !words.is_quote(i) && !words.is(i, ':') && !words.is(i, ';'))
        .find(|&i| words.is(i, ','))
}

fn is_intro(words: &Words, from: usize, comma: usize) -> bool {
    let Some(first) = words.word(from) else {
        return false;
    };
    let last = (from..comma).rev().find_map(|i| words.word(i));
    // "The plant closed on Friday," is a clause, not an introduction: it has a verb.
    let has_verb = (from..comma).any(|i| is_verb_at(words, i));
    (comma == from + 1 && lexicon::is_connective(first))
        || lexicon::is_preposition(first)
        || lexicon::is_subordinator(&first.to_lowercase())
        || (!has_verb
            && ((from..comma).any(|i| words.is_date(i))
                || last.is_some_and(|w| matches!(w, "later" | "earlier" | "ago"))))
}

/// The subject that starts at item `from`, if the words there read as one. `is_name` says
/// whether a capitalised word is known as a name in the article (used for a sentence's first
/// word, which is capitalised anyway).
pub(crate) fn subject(
    words: &Words,
    from: usize,
    is_name: &dyn Fn(&str) -> bool,
) -> Option<Subject> {
    let first = words.word(from)?;
    if lexicon::is_pronoun(first) {
        let verb = skip_adverbs(words, from + 1);
        return is_verb_at(words, verb).then_some(Subject {
            start: from,
            head_end: from + 1,
            end: from + 1,
            verb,
            kind: SubjectKind::Pronoun,
        });
    }
    let head_end = head_end(words, from)?;
    let (end, verb) = if words.is(head_end, ',') {
        appositive(words, head_end)?
    } else {
        let verb = skip_adverbs(words, head_end);
        if !is_verb_at(words, verb) {
            return None;
        }
        (head_end, verb)
    };
    Some(Subject {
        start: from,
        head_end,
        end,
        verb,
        kind: kind(words, from, end, is_name),
    })
}

/// The end of a noun phrase starting at `from`: the item where a verb or a comma follows it.
fn head_end(words: &Words, from: usize) -> Option<usize> {
    let mut i = from;
    let mut after_determiner = false;
    let mut lowercase = 0;
    let mut content = 0;
    while i < words.len() && i - from <= MAX_HEAD {
        if let Some(word) = words.word(i) {
            let lower = word.to_lowercase();
            if i == from && lexicon::is_determiner(word) {
                after_determiner = true;
                i += 1;
                continue;
            }
            if i == from
                && (lexicon::is_preposition(&lower)
                    || lexicon::is_subordinator(&lower)
                    || matches!(lower.as_str(), "and" | "or" | "but" | "nor"))
            {
                return None;
            }
            let compound =
                i > 0 && words.is(i - 1, '-') && words.item(i).is_some_and(|it| it.glued);
            if words.is_capitalized(i) {
                after_determiner = false;
            } else if compound || (word == "s" && i > 0 && words.is_possessive(i - 1)) {
                // the "led" of "NATO-led", the "s" of "Putin’s"
            } else {
                if !after_determiner
                    && content > 0
                    && (lexicon::is_finite_verb(&lower)
                        || (lexicon::is_verb_adverb(&lower) && next_is_verb(words, i + 1)))
                {
                    break;
                }
                if lexicon::is_subordinator(&lower)
                    || matches!(lower.as_str(), "that" | "which" | "who" | "whom")
                {
                    return None;
                }
                lowercase += 1;
                if lowercase > MAX_LOWERCASE {
                    return None;
                }
                after_determiner = lexicon::is_determiner(&lower);
            }
            content += 1;
            i += 1;
            continue;
        }
        if words
            .item(i)
            .is_some_and(|it| it.kind == super::words::Kind::Number)
        {
            content += 1;
            i += 1;
        } else if words.is_abbreviation_dot(i)
            || words.is_possessive(i)
            || (words.is(i, '-') && words.item(i).is_some_and(|it| it.glued))
            || words.is(i, '&')
        {
            i += 1;
        } else if words.is(i, '(') {
            i = (i + 1..words.len().min(i + 10)).find(|&j| words.is(j, ')'))? + 1;
        } else {
            break;
        }
    }
    (content > 0 && i > from).then_some(i)
}

/// An appositive after the head, between commas, followed by the verb: ", a White House
/// spokesman, said". A lone connective between commas (", however,") is skipped but is not
/// part of the subject. Returns the subject's end and the verb.
fn appositive(words: &Words, comma: usize) -> Option<(usize, usize)> {
    let start = comma + 1;
    let close = (start..words.len().min(start + MAX_APPOSITIVE))
        .take_while(|&i| !words.is_quote(i) && !words.is(i, ':') && !words.is(i, ';'))
        .find(|&i| words.is(i, ','))?;
    let verb = skip_adverbs(words, close + 1);
    if !is_verb_at(words, verb) || close == start {
        return None;
    }
    if close == start + 1 && words.word(start).is_some_and(lexicon::is_connective) {
        return Some((comma, verb));
    }
    // ", a White House spokesman,", ", Putin’s press secretary,", ", who ...,", and the
    // participle phrases of newswire (", speaking on condition of anonymity,").
    let opens_noun_phrase = words.word(start).is_some_and(|w| {
        lexicon::is_determiner(w)
            || words.is_capitalized(start)
            || w == "who"
            || (w.len() > 4 && w.ends_with("ing"))
    });
    opens_noun_phrase.then_some((close, verb))
}

fn kind(
    words: &Words,
    from: usize,
    head_end: usize,
    is_name: &dyn Fn(&str) -> bool,
) -> SubjectKind {
    let names = (from..head_end).any(|i| {
        let Some(word) = words.word(i) else {
            return false;
        };
        let proper = words.is_capitalized(i)
            && !lexicon::is_title(word)
            && !lexicon::is_descriptor(word)
            && !lexicon::is_determiner(word)
            && !lexicon::is_calendar_word(word);
        proper && (i > 0 || is_name(word))
    });
    if names {
        SubjectKind::Name
    } else {
        SubjectKind::Description
    }
}

fn skip_adverbs(words: &Words, mut i: usize) -> usize {
    while let Some(lower) = words.lower(i) {
        if lexicon::is_verb_adverb(&lower) && next_is_verb(words, i + 1) {
            i += 1;
        } else {
            break;
        }
    }
    i
}

fn next_is_verb(words: &Words, i: usize) -> bool {
    match words.lower(i) {
        Some(w) => {
            lexicon::is_finite_verb(&w)
                || (lexicon::is_verb_adverb(&w) && next_is_verb(words, i + 1))
        }
        None => false,
    }
}

fn is_verb_at(words: &Words, i: usize) -> bool {
    words
        .word(i)
        .is_some_and(|w| !words.is_capitalized(i) && lexicon::is_finite_verb(&w.to_lowercase()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The subject of `text` as written, and its kind; `date` marks a date phrase.
    fn actor(text: &str, date: Option<&str>) -> Option<(String, SubjectKind)> {
        let words = Words::sample(text, date.as_slice());
        let from = skip_intro(&words, 0);
        let s = subject(&words, from, &|w| matches!(w, "Paul" | "Russian"))?;
        Some((words.source(s.start, s.end).to_string(), s.kind))
    }

    fn named(text: &str, date: Option<&str>) -> Option<String> {
        actor(text, date).and_then(|(a, k)| (k == SubjectKind::Name).then_some(a))
    }

    #[test]
    fn names_with_titles_and_party_tags() {
        assert_eq!(
            named(
                "Sen. Rand Paul (R-KY) delivered a letter on Wednesday.",
                Some("Wednesday")
            ),
            Some("Sen. Rand Paul (R-KY)".into())
        );
        assert_eq!(
            named("Gov. Jane Q. Public signed the bill.", None),
            Some("Gov. Jane Q. Public".into())
        );
        assert_eq!(
            named("Paul delivered the letter.", None),
            Some("Paul".into())
        );
    }

    #[test]
    fn introductory_phrases_are_skipped() {
        assert_eq!(
            named("On Monday, Sen. Paul announced a visit.", Some("Monday")),
            Some("Sen. Paul".into())
        );
        assert_eq!(
            named(
                "On Wednesday, the White House asked Trump for it.",
                Some("Wednesday")
            ),
            Some("the White House".into())
        );
        assert_eq!(
            named(
                "At the mayor’s request, President Trump provided a letter.",
                None
            ),
            Some("President Trump".into())
        );
        assert_eq!(
            named("However, Smith delayed the meeting.", None),
            Some("Smith".into())
        );
        assert_eq!(
            named("Two days later, the Senate voted.", None),
            Some("the Senate".into())
        );
    }

    #[test]
    fn datelines_are_skipped() {
        assert_eq!(
            actor("SPRINGFIELD — The city council approved a budget.", None),
            Some(("The city council".into(), SubjectKind::Description))
        );
        assert_eq!(
            named("WASHINGTON (AP) — Sen. Jane Roe resigned.", None),
            Some("Sen. Jane Roe".into())
        );
        assert_eq!(
            named("KYIV, Ukraine — President Smith left.", None),
            Some("President Smith".into())
        );
        assert_eq!(
            actor("NATO-led forces withdrew.", None),
            Some(("NATO-led forces".into(), SubjectKind::Description)),
            "a hyphen inside a word is no dateline, and “-led” is no verb"
        );
    }

    #[test]
    fn appositives_belong_to_the_subject() {
        assert_eq!(
            named(
                "Hogan Gidley, a White House spokesman, said in a statement:",
                None
            ),
            Some("Hogan Gidley, a White House spokesman".into())
        );
        assert_eq!(
            named(
                "Dmitry Peskov, Putin’s press secretary, confirmed it.",
                None
            ),
            Some("Dmitry Peskov, Putin’s press secretary".into())
        );
        assert_eq!(
            named("Paul, however, has continued to meet officials.", None),
            Some("Paul".into())
        );
        assert_eq!(
            named(
                "The city’s finance director, Ann Lee, wrote in a memo:",
                None
            ),
            Some("The city’s finance director, Ann Lee".into()),
            "a name in the appositive names the subject"
        );
    }

    #[test]
    fn pronouns_and_descriptions_name_no_one() {
        assert_eq!(
            actor("However, he delayed the meeting.", None),
            Some(("he".into(), SubjectKind::Pronoun))
        );
        assert_eq!(
            actor(
                "The increased diplomacy between the two nations occurred later.",
                None
            ),
            Some((
                "The increased diplomacy between the two nations".into(),
                SubjectKind::Description
            ))
        );
        assert_eq!(
            actor("Officials said the road was closed.", None),
            Some(("Officials".into(), SubjectKind::Description))
        );
    }

    #[test]
    fn descriptions_with_a_proper_noun_name_someone() {
        assert_eq!(
            named("The Kentucky conservative said the letter was warm.", None),
            Some("The Kentucky conservative".into())
        );
        assert_eq!(
            named("Russian lawmakers have agreed to visit.", None),
            Some("Russian lawmakers".into())
        );
    }

    #[test]
    fn no_subject_without_a_verb() {
        assert_eq!(actor("A quiet morning in the capital", None), None);
        assert_eq!(actor("“We will win,” she said.", None), None);
    }
}
