//! Comparing system documents with gold documents: per file, per gold TIMEX3 type, and in
//! total.
//!
//! Per type, every timex falls in exactly one row so that the rows add up to the total: a gold
//! timex and whatever system timex it is paired with count under the *gold* type; a system
//! timex paired with nothing counts under its own type. A type row's precision is therefore
//! "of the system timexes that landed on this type", and its type accuracy says how often the
//! system named the gold type correctly.

use std::collections::BTreeMap;

use serde::Serialize;

use super::align::align;
use super::corpus::Pair;
use super::discrepancy::{self, Discrepancy};
use super::document::Document;
use super::score::Counts;
use crate::error::{Error, ErrorKind, Result, line_column};

/// Counts per TIMEX3 type, in the order `DATE`, `TIME`, `DURATION`, `SET`, then any other
/// spelling found alphabetically.
pub type ByType = Vec<(String, Counts)>;

/// The comparison of one system document with its gold document.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FileResult {
    /// How reports name the document (its path relative to the gold folder).
    pub name: String,
    pub counts: Counts,
    pub by_type: ByType,
    /// Every difference, in text order.
    pub discrepancies: Vec<Discrepancy>,
}

/// Compare `system` with `gold`, two annotations of the same text. `label` names the gold file
/// in discrepancy records.
///
/// Fails when the plain texts differ: the offsets would not be comparable, and TempEval-3's
/// scorer refuses such a pair too.
pub fn compare(name: &str, label: &str, gold: &Document, system: &Document) -> Result<FileResult> {
    same_text(gold, system)?;
    let pairs = align(gold, system);
    let (g, s) = (gold.timexes(), system.timexes());
    let mut counts = Counts {
        gold: g.len(),
        system: s.len(),
        ..Counts::default()
    };
    let mut by_type: BTreeMap<&str, Counts> = BTreeMap::new();
    for t in g {
        by_type.entry(&t.kind).or_default().gold += 1;
    }
    let mut system_paired = vec![false; s.len()];
    for &(i, j) in &pairs {
        system_paired[j] = true;
        let (gt, st) = (&g[i], &s[j]);
        let matched = Counts {
            gold: 0,
            system: 1,
            strict: usize::from((gt.start, gt.end) == (st.start, st.end)),
            relaxed: 1,
            type_match: usize::from(gt.kind == st.kind),
            value_match: usize::from(gt.value == st.value),
        };
        counts.add(&Counts {
            system: 0,
            ..matched
        });
        by_type.entry(&gt.kind).or_default().add(&matched);
    }
    for (j, t) in s.iter().enumerate() {
        if !system_paired[j] {
            by_type.entry(&t.kind).or_default().system += 1;
        }
    }
    Ok(FileResult {
        name: name.to_string(),
        counts,
        by_type: ordered(by_type.into_iter().map(|(k, c)| (k.to_string(), c))),
        discrepancies: discrepancy::find(label, gold, system, &pairs),
    })
}

fn same_text(gold: &Document, system: &Document) -> Result<()> {
    let (a, b) = (gold.plain(), system.plain());
    if a == b {
        return Ok(());
    }
    let mut at = a
        .bytes()
        .zip(b.bytes())
        .position(|(x, y)| x != y)
        .unwrap_or(a.len().min(b.len()));
    while !a.is_char_boundary(at) || !b.is_char_boundary(at) {
        at -= 1;
    }
    let show = |s: &str| {
        let part: String = s[at..].chars().take(30).collect();
        if part.is_empty() {
            "the end of the text".to_string()
        } else {
            format!("{part:?}")
        }
    };
    let (line, column) = line_column(system.source(), system.source_offset(at));
    Err(Error::at_position(
        ErrorKind::Invalid,
        system.path(),
        line,
        column,
        format!(
            "the text differs from gold {}: gold has {}, system has {}; a tagger may only \
             add and remove tags",
            gold.path().display(),
            show(a),
            show(b)
        ),
    ))
}

fn ordered(rows: impl Iterator<Item = (String, Counts)>) -> ByType {
    let mut rows: ByType = rows.collect();
    let rank = |k: &str| {
        ["DATE", "TIME", "DURATION", "SET"]
            .iter()
            .position(|t| *t == k)
            .unwrap_or(4)
    };
    rows.sort_by(|a, b| (rank(&a.0), &a.0).cmp(&(rank(&b.0), &b.0)));
    rows
}

/// Read and compare every pair. Any file that cannot be read or parsed, or whose text differs
/// from gold, makes the whole evaluation fail (a score over the other files would look
/// complete and not be); every such error is returned, not just the first.
pub fn evaluate(pairs: &[Pair]) -> Result<Evaluation, Vec<Error>> {
    let mut eval = Evaluation::default();
    let mut errors = Vec::new();
    for pair in pairs {
        let gold = Document::read(&pair.gold);
        let system = Document::read(&pair.system);
        match (gold, system) {
            (Ok(g), Ok(s)) => {
                let label = pair.gold.display().to_string();
                match compare(&pair.name, &label, &g, &s) {
                    Ok(file) => eval.files.push(file),
                    Err(e) => errors.push(e),
                }
            }
            (g, s) => errors.extend(g.err().into_iter().chain(s.err())),
        }
    }
    if errors.is_empty() {
        Ok(eval)
    } else {
        Err(errors)
    }
}

/// The comparison of a whole corpus: files in the order given.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Evaluation {
    pub files: Vec<FileResult>,
}

impl Evaluation {
    /// The counts summed over all files: what the TempEval-3 measures are computed from.
    pub fn total(&self) -> Counts {
        let mut total = Counts::default();
        for f in &self.files {
            total.add(&f.counts);
        }
        total
    }

    /// The counts per type summed over all files.
    pub fn by_type(&self) -> ByType {
        let mut sum: BTreeMap<String, Counts> = BTreeMap::new();
        for f in &self.files {
            for (kind, c) in &f.by_type {
                sum.entry(kind.clone()).or_default().add(c);
            }
        }
        ordered(sum.into_iter())
    }

    /// Every difference, file by file.
    pub fn discrepancies(&self) -> impl Iterator<Item = &Discrepancy> {
        self.files.iter().flat_map(|f| &f.discrepancies)
    }
}
