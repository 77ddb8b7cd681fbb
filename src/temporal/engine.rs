//! Provisional engine: weekdays only, resolved to the most recent on or before publication.
//! Replaced by the rule pipeline (lexicon, rules, refine, resolve).

use chrono::{Datelike, Days, NaiveDate};

use super::{Analysis, Anchor, Grain, Interval, Mention, TimexType, When};
use crate::text::{TokenKind, tokenize};

pub(super) fn analyze(text: &str, published: NaiveDate) -> Analysis {
    let mut out = Analysis::default();
    for t in tokenize(text) {
        if t.kind != TokenKind::Word {
            continue;
        }
        let word = t.text(text);
        let names = [
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
        ];
        let Some(wd) = names.iter().position(|n| *n == word) else {
            continue;
        };
        let back = (published.weekday().num_days_from_monday() as i64 - wd as i64).rem_euclid(7);
        let Some(day) = published.checked_sub_days(Days::new(back as u64)) else {
            continue;
        };
        let Some(interval) = Interval::day(day) else {
            continue;
        };
        out.anchors.push(Anchor {
            start: t.start,
            end: t.end,
            text: word.to_string(),
            when: When {
                from: Some(day),
                to: Some(day),
                grain: Grain::Day,
                label: day.to_string(),
            },
            mentions: vec![out.mentions.len()],
            rule: "weekday",
        });
        out.mentions.push(Mention {
            start: t.start,
            end: t.end,
            text: word.to_string(),
            kind: TimexType::Date,
            value: day.to_string(),
            modifier: None,
            interval: Some(interval),
            grain: Some(Grain::Day),
            rule: "weekday",
            why: format!("the most recent {word} on or before {published}"),
        });
    }
    out
}
