//! Printing an [`Evaluation`]: a terminal table, a Markdown table for `docs/ACCURACY.md`, or
//! JSON for scripts. Measures print as percentages with two decimals, as the TempEval-3
//! toolkit prints them.

use std::fmt::Write as _;

use serde_json::{Value, json};

use super::discrepancy::{Class, classes};
use super::evaluation::Evaluation;
use super::score::{Counts, Measures};

/// What to print besides the totals.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReportOptions {
    /// A row per file.
    pub per_file: bool,
    /// Every difference, and the differences grouped by class.
    pub errors: bool,
    /// The corpus name in Markdown rows (`timebank`).
    pub label: String,
}

/// How many of the most frequent texts a class lists in text and JSON output.
const TOP_TEXTS: usize = 20;
/// ...and in the Markdown table.
const TOP_TEXTS_MARKDOWN: usize = 8;
/// How many value shapes are listed.
const TOP_SHAPES: usize = 10;

fn pct(x: f64) -> String {
    format!("{:.2}", x * 100.0)
}

/// The rows "all" then one per type, skipping types with nothing in them.
fn rows(eval: &Evaluation) -> Vec<(String, Counts)> {
    let mut rows = vec![("all".to_string(), eval.total())];
    rows.extend(
        eval.by_type()
            .into_iter()
            .filter(|(_, c)| c.gold + c.system > 0)
            .map(|(k, c)| (if k.is_empty() { "(no type)".into() } else { k }, c)),
    );
    rows
}

/// The report for a terminal.
pub fn text(eval: &Evaluation, options: &ReportOptions) -> String {
    let mut out = String::new();
    if options.errors {
        for d in eval.discrepancies() {
            let _ = writeln!(out, "{d}");
        }
        out.push('\n');
        text_classes(&mut out, &classes(eval.discrepancies()));
        out.push('\n');
    }
    if options.per_file {
        text_per_file(&mut out, eval);
        out.push('\n');
    }
    let rows = rows(eval);
    let _ = writeln!(
        out,
        "TempEval-3 timex scores: {} file(s); percentages, per gold TIMEX3 type",
        eval.files.len()
    );
    let measures: Vec<Measures> = rows.iter().map(|(_, c)| c.measures()).collect();
    type Line = (&'static str, fn(&Counts, &Measures) -> String);
    let lines: [Line; 12] = [
        ("gold", |c, _| c.gold.to_string()),
        ("system", |c, _| c.system.to_string()),
        ("strict P", |_, m| pct(m.strict.precision)),
        ("strict R", |_, m| pct(m.strict.recall)),
        ("strict F1", |_, m| pct(m.strict.f1)),
        ("relaxed P", |_, m| pct(m.relaxed.precision)),
        ("relaxed R", |_, m| pct(m.relaxed.recall)),
        ("relaxed F1", |_, m| pct(m.relaxed.f1)),
        ("type accuracy", |_, m| pct(m.type_accuracy)),
        ("type F1", |_, m| pct(m.type_f1)),
        ("value accuracy", |_, m| pct(m.value_accuracy)),
        ("value F1", |_, m| pct(m.value_f1)),
    ];
    let width = rows.iter().map(|(k, _)| k.len()).max().unwrap_or(0).max(8);
    let _ = write!(out, "{:<15}", "");
    for (k, _) in &rows {
        let _ = write!(out, " {k:>width$}");
    }
    out.push('\n');
    for (label, cell) in lines {
        let _ = write!(out, "{label:<15}");
        for ((_, c), m) in rows.iter().zip(&measures) {
            let _ = write!(out, " {:>width$}", cell(c, m));
        }
        out.push('\n');
    }
    out
}

fn text_per_file(out: &mut String, eval: &Evaluation) {
    let width = eval
        .files
        .iter()
        .map(|f| f.name.len())
        .max()
        .unwrap_or(4)
        .max(4);
    let _ = writeln!(
        out,
        "{:<width$} {:>5} {:>6} {:>9} {:>10} {:>7} {:>8}",
        "file", "gold", "system", "strict F1", "relaxed F1", "type F1", "value F1"
    );
    for f in &eval.files {
        let m = f.counts.measures();
        let _ = writeln!(
            out,
            "{:<width$} {:>5} {:>6} {:>9} {:>10} {:>7} {:>8}",
            f.name,
            f.counts.gold,
            f.counts.system,
            pct(m.strict.f1),
            pct(m.relaxed.f1),
            pct(m.type_f1),
            pct(m.value_f1)
        );
    }
}

fn text_classes(out: &mut String, classes: &[Class]) {
    let _ = writeln!(out, "Error classes (most frequent words first):");
    for class in classes {
        let _ = writeln!(
            out,
            "{:<8} {:>5}  {}",
            class.problem,
            class.count,
            class.problem.description()
        );
        for (text, n) in class.by_text.iter().take(TOP_TEXTS) {
            let _ = writeln!(out, "  {n:>5}  {text:?}");
        }
        if class.by_text.len() > TOP_TEXTS {
            let _ = writeln!(
                out,
                "         ... {} more texts",
                class.by_text.len() - TOP_TEXTS
            );
        }
        if !class.by_shape.is_empty() {
            let _ = writeln!(out, "  by value shape, gold -> system:");
            for (shape, n) in class.by_shape.iter().take(TOP_SHAPES) {
                let _ = writeln!(out, "  {n:>5}  {shape}");
            }
        }
    }
}

/// The report as Markdown tables: the scores (one row for the corpus, one per type), then a
/// row per file and the error classes when asked.
pub fn markdown(eval: &Evaluation, options: &ReportOptions) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "| corpus | TIMEX3 | gold | system | strict P | strict R | strict F1 | relaxed P | \
         relaxed R | relaxed F1 | type F1 | value F1 |"
    );
    let _ = writeln!(out, "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
    for (kind, c) in rows(eval) {
        let m = c.measures();
        let _ = writeln!(
            out,
            "| {} | {kind} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
            markdown_cell(&options.label),
            c.gold,
            c.system,
            pct(m.strict.precision),
            pct(m.strict.recall),
            pct(m.strict.f1),
            pct(m.relaxed.precision),
            pct(m.relaxed.recall),
            pct(m.relaxed.f1),
            pct(m.type_f1),
            pct(m.value_f1)
        );
    }
    if options.per_file {
        let _ = writeln!(
            out,
            "\n| file | gold | system | strict F1 | relaxed F1 | type F1 | value F1 |"
        );
        let _ = writeln!(out, "|---|--:|--:|--:|--:|--:|--:|");
        for f in &eval.files {
            let m = f.counts.measures();
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} | {} |",
                markdown_cell(&f.name),
                f.counts.gold,
                f.counts.system,
                pct(m.strict.f1),
                pct(m.relaxed.f1),
                pct(m.type_f1),
                pct(m.value_f1)
            );
        }
    }
    if options.errors {
        let _ = writeln!(out, "\n| error class | count | most frequent |");
        let _ = writeln!(out, "|---|--:|---|");
        for class in classes(eval.discrepancies()) {
            let top: Vec<String> = class
                .by_text
                .iter()
                .take(TOP_TEXTS_MARKDOWN)
                .map(|(t, n)| format!("{} ({n})", markdown_cell(&format!("{t:?}"))))
                .collect();
            let _ = writeln!(
                out,
                "| {} — {} | {} | {} |",
                class.problem,
                class.problem.description(),
                class.count,
                top.join(", ")
            );
        }
    }
    out
}

/// `text` safe inside a Markdown table cell.
fn markdown_cell(text: &str) -> String {
    text.replace('|', "\\|").replace(['\n', '\r'], " ")
}

/// The report as JSON: counts and measures (fractions, not percentages) in total and per
/// type, and per file, differences and classes when asked.
pub fn json(eval: &Evaluation, options: &ReportOptions) -> Value {
    let scores = |c: &Counts| json!({ "counts": c, "measures": c.measures() });
    let by_type: serde_json::Map<String, Value> = eval
        .by_type()
        .iter()
        .map(|(k, c)| (k.clone(), scores(c)))
        .collect();
    let mut doc = json!({
        "files": eval.files.len(),
        "total": scores(&eval.total()),
        "by_type": by_type,
    });
    if options.per_file {
        doc["per_file"] = eval
            .files
            .iter()
            .map(|f| json!({ "file": f.name, "counts": f.counts, "measures": f.counts.measures() }))
            .collect();
    }
    if options.errors {
        doc["discrepancies"] = eval.discrepancies().map(|d| json!(d)).collect();
        doc["classes"] = classes(eval.discrepancies())
            .into_iter()
            .map(|mut c| {
                c.by_text.truncate(TOP_TEXTS);
                c.by_shape.truncate(TOP_SHAPES);
                json!(c)
            })
            .collect();
    }
    doc
}
