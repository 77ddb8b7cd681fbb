//! How often each resolver rule agrees with a gold annotation: the scorer's view, by rule.
//!
//! The scorer says how many values are wrong; this says which rule wrote them. For every gold
//! document it runs the resolver on the document's text against its creation time, pairs the
//! mentions with the gold TIMEX3 elements as the scorer does (by overlap, one to one, see
//! [`align`](super::align)), and counts for each rule the mentions it wrote, those paired with
//! a gold timex, and of those the ones whose type and value are gold's. A rule whose values
//! disagree with the annotation far more often than the others is worth a look: the rule that
//! read "in two weeks" under a future verb as the date ahead disagreed with most of what it
//! wrote, and the development sets turned out to write such a phrase as the amount 116 times
//! in 128.
//!
//! Mentions the TimeML writer drops (one overlapping an earlier one) are not counted: they are
//! not in the tagger's output either.

use std::collections::BTreeMap;

use serde::Serialize;

use super::align::align;
use super::document::Document;
use super::writer::{NewTimex, insert_timexes};
use crate::error::Result;
use crate::temporal::analyze;

/// One rule's counts over a corpus.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct RuleAgreement {
    /// The rule's name, as `claimline dates` shows it.
    pub rule: &'static str,
    /// Mentions the rule wrote.
    pub mentions: usize,
    /// Of those, the ones paired with a gold timex.
    pub paired: usize,
    /// Of the paired, the ones whose `type` is gold's.
    pub type_agrees: usize,
    /// Of the paired, the ones whose `value` is gold's.
    pub value_agrees: usize,
}

impl RuleAgreement {
    /// Mentions that matched no gold timex.
    pub fn spurious(&self) -> usize {
        self.mentions - self.paired
    }

    /// Mentions that cost the score something: unpaired, or paired with another value.
    pub fn disagreements(&self) -> usize {
        self.mentions - self.value_agrees
    }
}

/// Every rule's agreement with the gold annotation of `docs`, the rules that disagree most
/// first (then by name).
///
/// Fails when a document has no usable creation time, or when its own text, written back
/// with the resolver's mentions, does not parse (which would be a bug of the writer).
///
/// ```
/// use std::path::Path;
/// use claimline::timeml::{Document, agreement_by_rule};
///
/// let gold = Document::parse(
///     "<TimeML><DCT><TIMEX3 tid=\"t0\" value=\"1998-01-08\"/></DCT><TEXT>Sales fell \
///      <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-01-07\">yesterday</TIMEX3> after a \
///      warning on <TIMEX3 tid=\"t2\" type=\"DATE\" value=\"1998-01-05\">Monday</TIMEX3>.\
///      </TEXT></TimeML>".to_string(),
///     Path::new("a.tml"),
/// ).unwrap();
/// let rules = agreement_by_rule(&[gold]).unwrap();
/// let weekday = rules.iter().find(|r| r.rule == "weekday").unwrap();
/// assert_eq!((weekday.mentions, weekday.paired, weekday.value_agrees), (1, 1, 1));
/// ```
pub fn agreement_by_rule(docs: &[Document]) -> Result<Vec<RuleAgreement>> {
    let mut by_rule: BTreeMap<&'static str, RuleAgreement> = BTreeMap::new();
    for gold in docs {
        let analysis = analyze(gold.plain(), gold.creation_date()?);
        let timexes: Vec<NewTimex<'_>> = analysis.mentions.iter().map(NewTimex::from).collect();
        let system = Document::parse(insert_timexes(gold, &timexes), gold.path())?;
        // The writer keeps the mentions in order and drops only overlapping ones, so each
        // written timex is the first mention not yet used whose span it overlaps (a span
        // inside a character reference is widened to the whole of it).
        let mut rule_of = Vec::with_capacity(system.timexes().len());
        let mut next = 0;
        for t in system.timexes() {
            let found = analysis.mentions[next..]
                .iter()
                .position(|m| m.start < t.end.max(t.start + 1) && t.start < m.end.max(m.start + 1));
            match found {
                Some(offset) => {
                    rule_of.push(analysis.mentions[next + offset].rule);
                    next += offset + 1;
                }
                None => rule_of.push("unknown"),
            }
        }
        let pairs = align(gold, &system);
        let gold_of: BTreeMap<usize, usize> = pairs.iter().map(|&(g, s)| (s, g)).collect();
        for (s, t) in system.timexes().iter().enumerate() {
            let rule = rule_of[s];
            let entry = by_rule.entry(rule).or_insert_with(|| RuleAgreement {
                rule,
                ..RuleAgreement::default()
            });
            entry.mentions += 1;
            if let Some(g) = gold_of.get(&s).and_then(|&g| gold.timexes().get(g)) {
                entry.paired += 1;
                entry.type_agrees += usize::from(g.kind == t.kind);
                entry.value_agrees += usize::from(g.value == t.value);
            }
        }
    }
    let mut rules: Vec<RuleAgreement> = by_rule.into_values().collect();
    rules.sort_by(|a, b| {
        b.disagreements()
            .cmp(&a.disagreements())
            .then(a.rule.cmp(b.rule))
    });
    Ok(rules)
}

/// The rules as a table for the terminal: a header line naming the corpus's size, then a
/// row per rule, the rules that disagree most first.
pub fn agreement_text(rules: &[RuleAgreement], files: usize) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Agreement with gold by resolver rule: {files} file(s); a rule's mentions, those paired \
         with a gold TIMEX3 (relaxed), and of those the ones with gold's type and value"
    );
    let header = COLUMNS.map(String::from);
    for row in std::iter::once(header).chain(rules.iter().map(cells)) {
        let [rule, numbers @ ..] = row;
        let _ = write!(out, "{rule:<32}");
        for n in numbers {
            let _ = write!(out, " {n:>8}");
        }
        out.push('\n');
    }
    out
}

/// The same rows as a Markdown table.
pub fn agreement_markdown(rules: &[RuleAgreement]) -> String {
    use std::fmt::Write;
    let mut out = format!(
        "| {} |\n|---|--:|--:|--:|--:|--:|--:|\n",
        COLUMNS.join(" | ")
    );
    for r in rules {
        let [rule, numbers @ ..] = cells(r);
        let _ = writeln!(out, "| `{rule}` | {} |", numbers.join(" | "));
    }
    out
}

/// The tables' columns, and a rule's cells under them.
const COLUMNS: [&str; 7] = [
    "rule", "mentions", "paired", "spurious", "type", "value", "value %",
];

fn cells(r: &RuleAgreement) -> [String; 7] {
    [
        r.rule.to_string(),
        r.mentions.to_string(),
        r.paired.to_string(),
        r.spurious().to_string(),
        r.type_agrees.to_string(),
        r.value_agrees.to_string(),
        percent(r.value_agrees, r.paired),
    ]
}

/// `part` of `whole` as a percentage with two decimals; `-` when `whole` is zero.
fn percent(part: usize, whole: usize) -> String {
    if whole == 0 {
        "-".to_string()
    } else {
        format!("{:.2}", 100.0 * part as f64 / whole as f64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn doc(text: &str) -> Document {
        Document::parse(
            format!(
                "<TimeML><DCT><TIMEX3 tid=\"t0\" value=\"2004-06-09\"/></DCT><TEXT>{text}</TEXT></TimeML>"
            ),
            Path::new("a.tml"),
        )
        .unwrap()
    }

    fn rule<'a>(rules: &'a [RuleAgreement], name: &str) -> &'a RuleAgreement {
        rules.iter().find(|r| r.rule == name).unwrap()
    }

    #[test]
    fn counts_agreement_disagreement_and_spurious_mentions_by_rule() {
        // Gold dates Monday right and "last year" to another year; "now" is not annotated.
        let gold = doc(
            "Sales rose <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2004-06-07\">Monday</TIMEX3> \
             after <TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2002\">last year</TIMEX3> and now.",
        );
        let rules = agreement_by_rule(&[gold]).unwrap();
        let weekday = rule(&rules, "weekday");
        assert_eq!(
            (
                weekday.mentions,
                weekday.paired,
                weekday.type_agrees,
                weekday.value_agrees
            ),
            (1, 1, 1, 1)
        );
        let last_year = rule(&rules, "last-unit");
        assert_eq!(
            (last_year.mentions, last_year.paired, last_year.type_agrees),
            (1, 1, 1)
        );
        assert_eq!(last_year.value_agrees, 0);
        let now = rule(&rules, "vague");
        assert_eq!((now.mentions, now.paired, now.spurious()), (1, 0, 1));
        // The rules that cost something come first, the one that agrees last.
        assert_eq!(rules.last().unwrap().rule, "weekday");
        assert_eq!(weekday.disagreements(), 0);
    }

    #[test]
    fn a_text_with_a_reference_maps_each_timex_to_its_rule() {
        let gold = doc(
            "Q&amp;A session <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2004-06-08\">yesterday</TIMEX3>.",
        );
        let rules = agreement_by_rule(&[gold]).unwrap();
        assert_eq!(rules.len(), 1);
        assert_eq!(rules[0].rule, "today-yesterday-tomorrow");
        assert_eq!(rules[0].value_agrees, 1);
    }

    #[test]
    fn tables_show_each_rule_with_its_share_of_agreeing_values() {
        let rules = [
            RuleAgreement {
                rule: "weekday",
                mentions: 4,
                paired: 3,
                type_agrees: 3,
                value_agrees: 2,
            },
            RuleAgreement {
                rule: "vague",
                mentions: 1,
                ..RuleAgreement::default()
            },
        ];
        let text = agreement_text(&rules, 2);
        assert!(text.starts_with("Agreement with gold by resolver rule: 2 file(s);"));
        assert!(text.contains(&format!(
            "{:<32} {:>8} {:>8} {:>8} {:>8} {:>8} {:>8}",
            "weekday", 4, 3, 1, 3, 2, "66.67"
        )));
        assert!(text.lines().last().unwrap().ends_with('-'));
        assert_eq!(
            agreement_markdown(&rules).lines().nth(2),
            Some("| `weekday` | 4 | 3 | 1 | 3 | 2 | 66.67 |")
        );
    }

    #[test]
    fn a_document_without_a_creation_time_is_an_error() {
        let gold = Document::parse(
            "<TimeML><TEXT>Sold Monday.</TEXT></TimeML>".to_string(),
            Path::new("a.tml"),
        )
        .unwrap();
        assert!(agreement_by_rule(&[gold]).is_err());
    }
}
