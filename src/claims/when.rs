//! Where a claim goes on the timeline, and the date references it holds.
//!
//! A sentence may hold several date anchors. The one that places the claim is the one that
//! governs its main event, chosen by, in order:
//!
//! 1. the reporter's words before a quotation's: a date inside quotation marks belongs to
//!    the quoted speaker's story, the date outside dates the claim ("“We met on Monday,” she
//!    said on Friday" is placed on Friday). A date inside a quotation still places a
//!    sentence that has no other.
//! 2. the main clause before reported speech, and reported speech before a subordinate
//!    clause ([`Role`] order): "On Monday, Paul announced that lawmakers will visit in
//!    September" is placed on Monday; "Smith resigned on Tuesday after the board met on
//!    Monday" on Tuesday. A date that is the only one is used wherever it stands: "Paul
//!    delivered the letter ... because the Russian leader has been away from Moscow all
//!    week" is placed in that week.
//! 3. the earlier in the sentence, and of two starting together the longer ("after the 2018
//!    midterm elections" over "2018").
//!
//! Durations and sets ("three years", "every Monday") never place a claim, and vague
//! references without an interval do not either.

use std::cmp::Reverse;

use crate::review::{DateRecord, WhenRecord};
use crate::temporal::{Analysis, Anchor, Mention, TimexType};

use super::clause::{Clauses, Role};
use super::words::Words;

/// The anchor that places a sentence spanning bytes `from..to`, if any.
pub(crate) fn choose<'a>(
    analysis: &'a Analysis,
    from: usize,
    to: usize,
    words: &Words,
    clauses: &Clauses,
) -> Option<&'a Anchor> {
    analysis
        .anchors
        .iter()
        .filter(|a| from <= a.start && a.end <= to && places(analysis, a))
        .min_by_key(|a| {
            let role = words
                .item_at(a.start)
                .and_then(|i| clauses.at(i))
                .map_or(Role::Quoted, |c| c.role);
            (role == Role::Quoted, role, a.start, Reverse(a.end))
        })
}

/// Whether an anchor places events: it has an interval and is not built only from
/// durations and sets, unless it is an amount of time ahead ("will reopen in six months").
fn places(analysis: &Analysis, anchor: &Anchor) -> bool {
    let bounded = anchor.when.from.is_some() || anchor.when.to.is_some();
    if anchor.rule == crate::temporal::IN_UNITS_AHEAD {
        return bounded;
    }
    let kinds = anchor
        .mentions
        .iter()
        .filter_map(|&m| analysis.mentions.get(m))
        .map(|m| m.kind);
    let mut any = false;
    let mut all_unplaced = true;
    for kind in kinds {
        any = true;
        all_unplaced &= matches!(kind, TimexType::Duration | TimexType::Set);
    }
    bounded && !(any && all_unplaced)
}

/// The timeline placement an anchor gives.
pub(crate) fn record(anchor: &Anchor) -> WhenRecord {
    WhenRecord {
        label: anchor.when.label.clone(),
        from: anchor.when.from.map(|d| d.to_string()),
        to: anchor.when.to.map(|d| d.to_string()),
        grain: anchor.when.grain.as_str().to_string(),
        text: anchor.text.clone(),
    }
}

/// A date reference as the claims file shows it.
pub(crate) fn date_record(mention: &Mention) -> DateRecord {
    DateRecord {
        text: mention.text.clone(),
        kind: mention.kind.as_str().to_string(),
        value: mention.value.clone(),
        modifier: mention.modifier.map(|m| m.as_str().to_string()),
        from: mention.interval.map(|i| i.first().to_string()),
        to: mention.interval.map(|i| i.last().to_string()),
        grain: mention.grain.map(|g| g.as_str().to_string()),
        why: mention.why.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::parse::Parsed;
    use crate::temporal::{Grain, Interval, parse_when};

    /// An analysis of `text` with an anchor (and a mention of `kind`) for each
    /// `(phrase, notation)`.
    fn analysis(text: &str, anchors: &[(&str, &str, TimexType)]) -> Analysis {
        let mut out = Analysis::default();
        for &(phrase, notation, kind) in anchors {
            let start = text.find(phrase).unwrap();
            let when = parse_when(notation).unwrap();
            out.anchors.push(Anchor {
                start,
                end: start + phrase.len(),
                text: phrase.to_string(),
                when: when.clone(),
                mentions: vec![out.mentions.len()],
                rule: "test",
            });
            out.mentions.push(Mention {
                start,
                end: start + phrase.len(),
                text: phrase.to_string(),
                kind,
                value: notation.to_string(),
                modifier: None,
                interval: when
                    .from
                    .zip(when.to)
                    .and_then(|(f, t)| Interval::days(f, t)),
                grain: Some(Grain::Day),
                rule: "test",
                why: "test".to_string(),
            });
        }
        out
    }

    fn chosen(text: &str, anchors: &[(&str, &str, TimexType)]) -> Option<String> {
        let found = analysis(text, anchors);
        let phrases: Vec<&str> = anchors.iter().map(|a| a.0).collect();
        let words = Words::sample(text, &phrases);
        let parsed = Parsed::of(&words, &|_| true, true);
        choose(&found, 0, text.len(), &words, &parsed.clauses).map(|a| a.text.clone())
    }

    const DATE: TimexType = TimexType::Date;

    #[test]
    fn the_only_anchor_is_used_wherever_it_stands() {
        assert_eq!(
            chosen(
                "Paul delivered the letter because the leader has been away all week.",
                &[("all week", "2018-W32", DATE)]
            ),
            Some("all week".into())
        );
    }

    #[test]
    fn the_main_clause_governs() {
        assert_eq!(
            chosen(
                "Smith resigned on Tuesday after the board met on Monday.",
                &[
                    ("Tuesday", "2018-08-07", DATE),
                    ("Monday", "2018-08-06", DATE)
                ]
            ),
            Some("Tuesday".into())
        );
        assert_eq!(
            chosen(
                "The board met on Monday.",
                &[("Monday", "2018-08-06", DATE)]
            ),
            Some("Monday".into())
        );
        assert_eq!(
            chosen(
                "After the board met on Monday, Smith resigned on Tuesday.",
                &[
                    ("Monday", "2018-08-06", DATE),
                    ("Tuesday", "2018-08-07", DATE)
                ]
            ),
            Some("Tuesday".into()),
            "a subordinate clause before the subject is still subordinate"
        );
        assert_eq!(
            chosen(
                "On Monday, Smith said he would resign on Friday.",
                &[
                    ("Monday", "2018-08-06", DATE),
                    ("Friday", "2018-08-10", DATE)
                ]
            ),
            Some("Monday".into()),
            "an introductory date phrase belongs to the main clause"
        );
    }

    #[test]
    fn the_saying_before_what_is_reported() {
        assert_eq!(
            chosen(
                "On Monday, Paul announced that lawmakers will visit in September.",
                &[
                    ("Monday", "2018-08-06", DATE),
                    ("September", "2018-09", DATE)
                ]
            ),
            Some("Monday".into())
        );
        assert_eq!(
            chosen(
                "Smith said the vote will be held on Friday.",
                &[("Friday", "2018-08-10", DATE)]
            ),
            Some("Friday".into())
        );
    }

    #[test]
    fn quoted_dates_yield_to_the_reporters() {
        assert_eq!(
            chosen(
                "“We met on Monday,” she said on Friday.",
                &[
                    ("Monday", "2018-08-06", DATE),
                    ("Friday", "2018-08-10", DATE)
                ]
            ),
            Some("Friday".into())
        );
        assert_eq!(
            chosen(
                "“We met on Monday,” she said.",
                &[("Monday", "2018-08-06", DATE)]
            ),
            Some("Monday".into())
        );
    }

    #[test]
    fn durations_never_place() {
        let mut found = analysis(
            "It comes weeks after the vote.",
            &[("weeks", "2018-08-06", TimexType::Duration)],
        );
        assert!(!places(&found, &found.anchors[0]));
        found.mentions[0].kind = DATE;
        assert!(places(&found, &found.anchors[0]));
    }

    #[test]
    fn an_amount_of_time_ahead_places() {
        let text = "The council will vote on the budget in two weeks.";
        let found = crate::temporal::analyze(text, "2018-08-08".parse().unwrap());
        assert_eq!(found.mentions[0].kind, TimexType::Duration);
        let anchor = &found.anchors[0];
        assert!(places(&found, anchor));
        assert_eq!(record(anchor).label, "2018-W34");
    }

    #[test]
    fn records() {
        let found = analysis("in July", &[("July", "2018-07", DATE)]);
        let when = record(&found.anchors[0]);
        assert_eq!(when.label, "2018-07");
        assert_eq!(when.from.as_deref(), Some("2018-07-01"));
        assert_eq!(when.to.as_deref(), Some("2018-07-31"));
        assert_eq!(when.grain, "month");
        assert_eq!(when.text, "July");
        let date = date_record(&found.mentions[0]);
        assert_eq!(date.kind, "DATE");
        assert_eq!(date.value, "2018-07");
        assert_eq!(date.to.as_deref(), Some("2018-07-31"));
    }
}
