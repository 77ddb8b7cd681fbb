//! Anchors: where a phrase places events on the timeline, read more richly than TimeML.
//!
//! TimeML marks temporal expressions; a timeline needs the phrase around them:
//!
//! - ranges join two mentions: "from August 5 to August 8", "Aug. 5-8", "between 2015 and
//!   2017", "from Monday through Wednesday" place an event on the whole interval;
//! - "after", "until after", "following" open the interval towards the future, "before" and
//!   "prior to" towards the past;
//! - an election named by its year ("the 2018 midterm elections") is election day of that
//!   year, although TimeML marks only "2018".
//!
//! - an amount of time ahead ("the plant will reopen in six months") places the event that
//!   many units on, although TimeML writes the amount (`P6M`).
//!
//! Other durations, recurrences and vague references ("recently") place nothing.

use chrono::{Datelike, NaiveDate};

use super::doc::Doc;
use super::expr::Candidate;
use super::holidays::date_of;
use super::lexicon::{Holiday, Lex, Word};
use super::value::{Grain, Interval, When};
use super::{Anchor, Mention};

/// Build the anchors of a text from its mentions and the candidates they came from (same
/// order, same length), and where each amount of time ahead places its event, by mention
/// index ("will reopen in two weeks": TimeML's `P2W`, the timeline's week two weeks on).
pub(crate) fn build(
    doc: &Doc,
    candidates: &[Candidate],
    mentions: &[Mention],
    ahead: &[(usize, When)],
) -> Vec<Anchor> {
    let mut anchors = Vec::new();
    let mut k = 0;
    while k < mentions.len() {
        let (m, c) = (&mentions[k], &candidates[k]);
        let Some(interval) = m.interval else {
            if let Some((_, when)) = ahead.iter().find(|(i, _)| *i == k) {
                anchors.push(Anchor {
                    start: m.start,
                    end: m.end,
                    text: m.text.clone(),
                    when: when.clone(),
                    mentions: vec![k],
                    rule: super::expr::rule_name::IN_UNITS_AHEAD,
                });
            }
            k += 1;
            continue;
        };
        // A range with the next mention.
        if let Some((start_tok, rule)) = range_with_next(doc, candidates, mentions, k) {
            let n = &mentions[k + 1];
            if let Some(next) = n.interval {
                if next.last() >= interval.first() {
                    let (start, end) = (doc.tokens[start_tok].start, n.end);
                    let grain = m
                        .grain
                        .unwrap_or(Grain::Day)
                        .max(n.grain.unwrap_or(Grain::Day));
                    anchors.push(Anchor {
                        start,
                        end,
                        text: doc.text[start..end].to_string(),
                        when: When {
                            from: Some(interval.first()),
                            to: Some(next.last()),
                            grain,
                            label: format!("{}/{}", label_of(m), label_of(n)),
                        },
                        mentions: vec![k, k + 1],
                        rule,
                    });
                    k += 2;
                    continue;
                }
            }
        }
        // An election named by its year.
        let (mut when, mut end_tok, mut rule) = (plain(m, interval), c.end, "mention");
        let mut start_tok = c.start;
        if m.grain == Some(Grain::Year) {
            if let Some((day, after)) = election_after(doc, c.end, interval.first().year()) {
                if let Some(i) = Interval::day(day) {
                    when = plain_day(day, i);
                    end_tok = after;
                    rule = "election";
                    if start_tok > 0 && doc.is(start_tok - 1, Word::The) {
                        start_tok -= 1;
                    }
                }
            }
        }
        // "after", "until after", "before", "prior to"
        if let Some((open, prep_tok)) = opening_before(doc, start_tok) {
            when = open_when(&when, open);
            start_tok = prep_tok;
            rule = if open == Open::After {
                "after"
            } else {
                "before"
            };
        }
        let (start, end) = doc.span(start_tok, end_tok);
        anchors.push(Anchor {
            start,
            end,
            text: doc.text[start..end].to_string(),
            when,
            mentions: vec![k],
            rule,
        });
        k += 1;
    }
    anchors
}

/// The label of a placed mention: its TimeML value, without a time of day (a timeline places
/// days, and `2018-08-07TMO` is not a day).
fn label_of(m: &Mention) -> String {
    match m.value.find('T') {
        Some(i) if m.value.len() >= 10 && m.value.as_bytes().get(4) == Some(&b'-') => {
            m.value[..i].to_string()
        }
        _ => m.value.clone(),
    }
}

fn plain(m: &Mention, interval: Interval) -> When {
    When {
        from: Some(interval.first()),
        to: Some(interval.last()),
        grain: m.grain.unwrap_or(Grain::Day).max(Grain::Day),
        label: label_of(m),
    }
}

fn plain_day(day: NaiveDate, interval: Interval) -> When {
    When {
        from: Some(interval.first()),
        to: Some(interval.last()),
        grain: Grain::Day,
        label: day.to_string(),
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Open {
    After,
    Before,
}

fn open_when(when: &When, open: Open) -> When {
    match open {
        Open::After => When {
            from: when.to.and_then(|d| d.succ_opt()),
            to: None,
            grain: when.grain,
            label: format!("after {}", when.label),
        },
        Open::Before => When {
            from: None,
            to: when.from.and_then(|d| d.pred_opt()),
            grain: when.grain,
            label: format!("before {}", when.label),
        },
    }
}

/// "after", "until after", "following", "before", "prior to" right before token `i`.
fn opening_before(doc: &Doc, i: usize) -> Option<(Open, usize)> {
    if i == 0 {
        return None;
    }
    match doc.lex(i - 1) {
        Lex::Word(Word::After) => {
            let start = if i >= 2 && doc.is(i - 2, Word::Until) {
                i - 2
            } else {
                i - 1
            };
            Some((Open::After, start))
        }
        Lex::Word(Word::Following) => Some((Open::After, i - 1)),
        Lex::Word(Word::Before) => Some((Open::Before, i - 1)),
        Lex::Word(Word::To) if i >= 2 && doc.word(i - 2) == "prior" => Some((Open::Before, i - 2)),
        _ => None,
    }
}

/// "midterm elections", "presidential election", "elections", "midterms" right after a year.
fn election_after(doc: &Doc, i: usize, year: i32) -> Option<(NaiveDate, usize)> {
    let mut j = i;
    if matches!(
        doc.lex(j),
        Lex::Word(Word::Midterm | Word::Presidential | Word::General | Word::Primary)
    ) {
        j += 1;
    }
    match doc.lex(j) {
        Lex::Word(Word::Election | Word::Elections | Word::Midterms) => {
            // Primaries have no single date; only general elections do.
            if doc.is(j - 1, Word::Primary) && j > i {
                return None;
            }
            Some((date_of(Holiday::ElectionDay, year)?, j + 1))
        }
        _ => None,
    }
}

/// When mention `k` and `k + 1` form a range, the token where the phrase starts ("from",
/// "between", or mention `k` itself) and the rule.
fn range_with_next(
    doc: &Doc,
    candidates: &[Candidate],
    mentions: &[Mention],
    k: usize,
) -> Option<(usize, &'static str)> {
    let (a, b) = (candidates.get(k)?, candidates.get(k + 1)?);
    mentions.get(k + 1)?.interval?;
    let opened = range_of(doc, a, b)?;
    Some((if opened { a.start - 1 } else { a.start }, "range"))
}

/// Whether `a` and the candidate `b` right after it are the two ends of a range: joined by a
/// dash, "to", "through" or "until", or by "and" after "between". `Some(true)` when "from" or
/// "between" opens it ("from Friday until Monday"), `Some(false)` when nothing does ("Aug.
/// 5-8", "9 p.m. to 2 a.m."). The anchor stage places such ranges; the engine also uses the
/// pairing to keep their ends on consistent days.
pub(crate) fn range_of(doc: &Doc, a: &Candidate, b: &Candidate) -> Option<bool> {
    let from = a.start > 0 && doc.is(a.start - 1, Word::From);
    let between = a.start > 0 && doc.is(a.start - 1, Word::Between);
    if b.start != a.end + 1 {
        return None;
    }
    let sep = a.end;
    let joined = doc.dash(sep)
        || matches!(
            doc.lex(sep),
            Lex::Word(Word::To | Word::Through | Word::Until)
        )
        || (between && doc.is(sep, Word::And));
    joined.then_some(from || between)
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use crate::temporal::analyze;

    /// (published, text, anchor phrase, label)
    const EXAMPLES: &[(&str, &str, &str, &str)] = &[
        // An amount of time ahead: TimeML's `P2W`, the timeline's week two weeks on.
        (
            "2018-08-08",
            "The vote will be held in two weeks.",
            "two weeks",
            "2018-W34",
        ),
        (
            "2018-08-08",
            "Officials said the plant would reopen in six months.",
            "six months",
            "2019-02",
        ),
        (
            "2018-08-08",
            "He will be in Moscow from August 5 to August 8.",
            "from August 5 to August 8",
            "2018-08-05/2018-08-08",
        ),
        (
            "2018-08-08",
            "Voting runs Aug. 5-8 in most states.",
            "Aug. 5-8",
            "2018-08-05/2018-08-08",
        ),
        (
            "2018-08-08",
            "Exports tripled between 2015 and 2017.",
            "between 2015 and 2017",
            "2015/2017",
        ),
        (
            "2018-08-08",
            "Talks ran from Monday through Wednesday.",
            "from Monday through Wednesday",
            "2018-08-06/2018-08-08",
        ),
        (
            "2018-08-08",
            "He delayed the meeting until after the 2018 midterm elections.",
            "until after the 2018 midterm elections",
            "after 2018-11-06",
        ),
        (
            "2018-08-08",
            "The vote comes before the 2020 presidential election.",
            "before the 2020 presidential election",
            "before 2020-11-03",
        ),
        (
            "2018-08-08",
            "Sales recovered after July.",
            "after July",
            "after 2018-07",
        ),
        (
            "2018-08-08",
            "Paul delivered the letter on Wednesday.",
            "Wednesday",
            "2018-08-08",
        ),
        (
            "2018-08-08",
            "The bomb exploded Sunday morning.",
            "Sunday morning",
            "2018-08-05",
        ),
        (
            "2018-08-08",
            "Trump invited Putin to D.C. this fall.",
            "this fall",
            "2018-FA",
        ),
        (
            "2018-08-08",
            "Prices rose prior to 2016.",
            "prior to 2016",
            "before 2016",
        ),
    ];

    #[test]
    fn anchors_place_phrases() {
        let mut failures = Vec::new();
        for (published, text, phrase, label) in EXAMPLES {
            let published: NaiveDate = published.parse().unwrap();
            let found = analyze(text, published);
            match found.anchors.iter().find(|a| a.text == *phrase) {
                Some(a) if a.when.label == *label => {
                    // The label must read back as the same span: the timeline and the review
                    // file both parse it.
                    let back = crate::temporal::parse_when(&a.when.label).unwrap();
                    assert_eq!((back.from, back.to), (a.when.from, a.when.to), "{text}");
                }
                Some(a) => failures.push(format!(
                    "{text:?}: {phrase:?} is {}, expected {label}",
                    a.when.label
                )),
                None => {
                    let got: Vec<&str> = found.anchors.iter().map(|a| a.text.as_str()).collect();
                    failures.push(format!("{text:?}: no anchor {phrase:?}; found {got:?}"));
                }
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn durations_sets_and_vague_references_place_nothing() {
        let published: NaiveDate = "2018-08-08".parse().unwrap();
        let found = analyze(
            "It took three years. He runs daily. Costs rose recently.",
            published,
        );
        assert_eq!(found.mentions.len(), 3);
        assert!(found.anchors.is_empty());
    }
}
