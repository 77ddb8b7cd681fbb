//! Where a system annotation differs from gold, one record per difference: the work list for
//! whoever improves the resolver.
//!
//! Each record prints as one line, `FILE:LINE:COLUMN: PROBLEM: details | context`, located in
//! the gold file, so editors and `grep ': missed: '` work on it; [`classes`] counts the
//! records by problem and by the words involved, to show which fixes pay most.

use std::collections::BTreeMap;
use std::fmt;

use serde::Serialize;

use super::document::{Document, Timex};

/// The kinds of difference, as the TempEval-3 measures see them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Problem {
    /// A gold timex that no system timex matched (costs recall).
    Missed,
    /// A system timex that matched no gold timex (costs precision).
    Spurious,
    /// A relaxed match whose extents differ (costs strict P/R).
    Span,
    /// A relaxed match with the wrong `type`.
    Type,
    /// A relaxed match with the wrong `value`.
    Value,
}

impl Problem {
    /// The word used in listings: `missed`, `spurious`, `span`, `type`, `value`.
    pub fn as_str(self) -> &'static str {
        match self {
            Problem::Missed => "missed",
            Problem::Spurious => "spurious",
            Problem::Span => "span",
            Problem::Type => "type",
            Problem::Value => "value",
        }
    }

    /// What the records of this kind are, for summaries.
    pub fn description(self) -> &'static str {
        match self {
            Problem::Missed => "gold timexes no system timex matched (recall)",
            Problem::Spurious => "system timexes that matched no gold timex (precision)",
            Problem::Span => "matches with different extents (strict only)",
            Problem::Type => "matches with the wrong type",
            Problem::Value => "matches with the wrong value",
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// One side of a difference: a timex as annotated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Side {
    pub text: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub value: String,
}

impl Side {
    fn of(doc: &Document, t: &Timex) -> Side {
        Side {
            text: doc.text_of(t).to_string(),
            kind: t.kind.clone(),
            value: t.value.clone(),
        }
    }
}

/// One difference between gold and system.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Discrepancy {
    pub problem: Problem,
    /// The gold file, as named.
    pub file: String,
    /// Where the timex's text starts in the gold file (1-based).
    pub line: usize,
    pub column: usize,
    pub gold: Option<Side>,
    pub system: Option<Side>,
    /// The surrounding text on one line, the timex in `[` `]`.
    pub context: String,
}

impl Discrepancy {
    /// What groups this record with similar ones: the words, lowercased, with whitespace
    /// collapsed (the gold words, or the system's for a spurious timex).
    pub fn key(&self) -> String {
        let side = self.gold.as_ref().or(self.system.as_ref());
        side.map(|s| one_line(&s.text).to_lowercase())
            .unwrap_or_default()
    }
}

impl fmt::Display for Discrepancy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}: ",
            self.file, self.line, self.column, self.problem
        )?;
        let text = |s: &Side| format!("{:?}", one_line(&s.text));
        match (&self.gold, &self.system) {
            (Some(g), None) => write!(f, "gold {} {} {}", g.kind, g.value, text(g))?,
            (None, Some(s)) => write!(f, "system {} {} {}", s.kind, s.value, text(s))?,
            (Some(g), Some(s)) => match self.problem {
                Problem::Type => write!(f, "{} gold {} system {}", text(g), g.kind, s.kind)?,
                Problem::Value => write!(
                    f,
                    "{} gold {} system {} ({})",
                    text(g),
                    g.value,
                    s.value,
                    g.kind
                )?,
                _ => write!(f, "gold {} system {}", text(g), text(s))?,
            },
            (None, None) => {}
        }
        write!(f, " | {}", self.context)
    }
}

/// The differences between the two documents given their aligned `pairs`, in text order.
pub(crate) fn find(
    file: &str,
    gold: &Document,
    system: &Document,
    pairs: &[(usize, usize)],
) -> Vec<Discrepancy> {
    let (g, s) = (gold.timexes(), system.timexes());
    let lines = LineIndex::new(gold.source());
    let mut found: Vec<(usize, Discrepancy)> = Vec::new();
    let mut record = |problem, start: usize, end: usize, gi: Option<usize>, si: Option<usize>| {
        let (line, column) = lines.locate(gold.source_offset(start));
        let discrepancy = Discrepancy {
            problem,
            file: file.to_string(),
            line,
            column,
            gold: gi.map(|i| Side::of(gold, &g[i])),
            system: si.map(|j| Side::of(system, &s[j])),
            context: context(gold.plain(), start, end),
        };
        found.push((start, discrepancy));
    };
    let mut gold_paired = vec![false; g.len()];
    let mut system_paired = vec![false; s.len()];
    for &(i, j) in pairs {
        gold_paired[i] = true;
        system_paired[j] = true;
        let (gt, st) = (&g[i], &s[j]);
        if (gt.start, gt.end) != (st.start, st.end) {
            record(Problem::Span, gt.start, gt.end, Some(i), Some(j));
        }
        if gt.kind != st.kind {
            record(Problem::Type, gt.start, gt.end, Some(i), Some(j));
        }
        if gt.value != st.value {
            record(Problem::Value, gt.start, gt.end, Some(i), Some(j));
        }
    }
    for (i, t) in g.iter().enumerate().filter(|&(i, _)| !gold_paired[i]) {
        record(Problem::Missed, t.start, t.end, Some(i), None);
    }
    for (j, t) in s.iter().enumerate().filter(|&(j, _)| !system_paired[j]) {
        record(Problem::Spurious, t.start, t.end, None, Some(j));
    }
    found.sort_by_key(|(start, d)| (*start, d.problem));
    found.into_iter().map(|(_, d)| d).collect()
}

/// Counts of one problem: how many, and the most frequent words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Class {
    pub problem: Problem,
    pub count: usize,
    /// `(key, count)`, most frequent first, then alphabetical.
    pub by_text: Vec<(String, usize)>,
    /// For wrong values: `(gold shape -> system shape, count)`, digits shown as `9`, e.g.
    /// `9999-99-99 -> 9999-W99`.
    pub by_shape: Vec<(String, usize)>,
}

/// The records grouped by problem, in the order of [`Problem`].
pub fn classes<'a>(all: impl IntoIterator<Item = &'a Discrepancy>) -> Vec<Class> {
    let mut texts: BTreeMap<Problem, BTreeMap<String, usize>> = BTreeMap::new();
    let mut shapes: BTreeMap<Problem, BTreeMap<String, usize>> = BTreeMap::new();
    for d in all {
        *texts
            .entry(d.problem)
            .or_default()
            .entry(d.key())
            .or_default() += 1;
        if let (Problem::Value, Some(g), Some(s)) = (d.problem, &d.gold, &d.system) {
            let shape = format!("{} -> {}", shape(&g.value), shape(&s.value));
            *shapes
                .entry(d.problem)
                .or_default()
                .entry(shape)
                .or_default() += 1;
        }
    }
    texts
        .into_iter()
        .map(|(problem, by_text)| Class {
            problem,
            count: by_text.values().sum(),
            by_text: most_frequent(by_text),
            by_shape: most_frequent(shapes.remove(&problem).unwrap_or_default()),
        })
        .collect()
}

fn most_frequent(counts: BTreeMap<String, usize>) -> Vec<(String, usize)> {
    let mut v: Vec<(String, usize)> = counts.into_iter().collect();
    // Stable: equal counts stay in the map's alphabetical order.
    v.sort_by_key(|(_, n)| std::cmp::Reverse(*n));
    v
}

fn shape(value: &str) -> String {
    value
        .chars()
        .map(|c| if c.is_ascii_digit() { '9' } else { c })
        .collect()
}

/// `text` with every run of whitespace turned into one space.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Characters of context shown on each side.
const CONTEXT: usize = 40;

/// The words around `start..end` of `plain` on one line, the span in brackets.
fn context(plain: &str, start: usize, end: usize) -> String {
    let before = &plain[..start];
    let after = &plain[end..];
    let from = before
        .char_indices()
        .rev()
        .nth(CONTEXT - 1)
        .map_or(0, |(i, _)| i);
    let to = after
        .char_indices()
        .nth(CONTEXT)
        .map_or(after.len(), |(i, _)| i);
    let mut out = String::new();
    if from > 0 {
        out.push('…');
    }
    let left = one_line(&before[from..]);
    out.push_str(&left);
    if !left.is_empty() && before.ends_with(char::is_whitespace) {
        out.push(' ');
    }
    out.push('[');
    out.push_str(&one_line(&plain[start..end]));
    out.push(']');
    let right = one_line(&after[..to]);
    if !right.is_empty() && after.starts_with(char::is_whitespace) {
        out.push(' ');
    }
    out.push_str(&right);
    if to < after.len() {
        out.push('…');
    }
    out
}

/// Line starts of a file, for many line:column lookups in one pass.
/// ([`crate::error::line_column`] rescans from the start each time: fine for one error, slow
/// for a listing of thousands.)
struct LineIndex<'a> {
    source: &'a str,
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    fn new(source: &'a str) -> LineIndex<'a> {
        let mut starts = vec![0];
        starts.extend(source.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { source, starts }
    }

    /// 1-based line and column (in characters) of byte `offset`.
    fn locate(&self, offset: usize) -> (usize, usize) {
        let line = self.starts.partition_point(|&s| s <= offset);
        let start = self.starts[line - 1];
        let column = self.source[start..offset].chars().count() + 1;
        (line, column)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn context_is_one_line_with_the_span_in_brackets() {
        assert_eq!(
            context("It fell\n on  Monday, sharply.", 13, 19),
            "It fell on [Monday], sharply."
        );
        assert_eq!(context("Monday", 0, 6), "[Monday]");
        let long = format!("{} x now y {}", "a".repeat(60), "b".repeat(60));
        let c = context(&long, 63, 66);
        assert_eq!(
            c,
            format!("…{} x [now] y {}…", "a".repeat(37), "b".repeat(37))
        );
    }

    #[test]
    fn line_index_agrees_with_line_column() {
        let text = "ab\n“cd”\n\nef";
        let index = LineIndex::new(text);
        for offset in [0, 1, 3, 6, 9, 11, 12, text.len()] {
            if text.is_char_boundary(offset) {
                assert_eq!(
                    index.locate(offset),
                    crate::error::line_column(text, offset),
                    "{offset}"
                );
            }
        }
    }

    #[test]
    fn shapes_hide_digits() {
        assert_eq!(shape("1998-W02"), "9999-W99");
        assert_eq!(shape("PRESENT_REF"), "PRESENT_REF");
    }
}
