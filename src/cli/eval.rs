//! `claimline eval`: score TIMEX3 annotation against gold, as TempEval-3 does.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use claimline::timeml::{
    Document, ReportOptions, agreement_by_rule, agreement_markdown, agreement_text, evaluate,
    files_in, json, markdown, pairs, text,
};
use claimline::{Error, Result};

use super::out;

/// Score a system's TIMEX3 annotation against gold, as TempEval-3 Task A scores timexes.
///
/// GOLD and SYSTEM are two TimeML files, or two folders whose files of the same relative path
/// are compared (every gold file needs its system file). Only TIMEX3 elements inside `<TEXT>`
/// count, and the two texts must be identical once tags are stripped.
///
/// Prints strict and relaxed precision, recall and F1 (identical and overlapping extents,
/// matched one to one), and type and value accuracy and F1 (accuracy over relaxed matches
/// times relaxed F1), in total and per gold TIMEX3 type, on standard output. Writes no file.
/// A file that cannot be read or compared is reported on standard error and no scores are
/// printed.
///
/// With `--by-rule` and no SYSTEM, runs the resolver on GOLD's documents itself and counts,
/// for each of its rules, the mentions it wrote, those paired with a gold TIMEX3 and those
/// with gold's type and value, the rules that disagree most first: where to look for the
/// rule behind a class of errors.
#[derive(clap::Args)]
pub struct Args {
    /// The gold annotation: a TimeML file or a folder of them.
    gold: PathBuf,
    /// The annotation to score: a file or folder shaped like GOLD.
    #[arg(required_unless_present = "by_rule")]
    system: Option<PathBuf>,
    /// Run the resolver on GOLD and count, per rule, how often what it wrote agrees with
    /// gold (no SYSTEM).
    #[arg(long, conflicts_with_all = ["system", "errors", "per_file", "label"])]
    by_rule: bool,
    /// Also list every difference (`FILE:LINE:COLUMN: missed|spurious|span|type|value: ...`,
    /// located in the gold file) and count them by class and by text.
    #[arg(long)]
    errors: bool,
    /// Also print a row per file.
    #[arg(long)]
    per_file: bool,
    /// `text` for the terminal, `markdown` for docs/ACCURACY.md, `json` for scripts.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// The corpus name in Markdown rows; the gold folder's name by default.
    #[arg(long)]
    label: Option<String>,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Format {
    Text,
    Markdown,
    Json,
}

pub fn run(args: Args) -> Result<ExitCode> {
    let Some(system) = args.system.as_deref() else {
        return by_rule(&args);
    };
    let pairs = pairs(&args.gold, system)?;
    let eval = match evaluate(&pairs) {
        Ok(eval) => eval,
        Err(errors) => return Ok(failed(&errors, "could not be scored; no scores printed")),
    };
    let options = ReportOptions {
        per_file: args.per_file,
        errors: args.errors,
        label: args.label.unwrap_or_else(|| {
            let name = args.gold.file_stem().or(args.gold.file_name());
            name.map_or_else(|| "corpus".into(), |n| n.to_string_lossy().into_owned())
        }),
    };
    out::stdout(|w| match args.format {
        Format::Text => w.write_all(text(&eval, &options).as_bytes()),
        Format::Markdown => w.write_all(markdown(&eval, &options).as_bytes()),
        Format::Json => out::json(w, &json(&eval, &options)),
    })?;
    Ok(ExitCode::SUCCESS)
}

/// `--by-rule`: every gold document read first (all errors reported, nothing printed if any),
/// then the resolver's agreement with it, rule by rule.
fn by_rule(args: &Args) -> Result<ExitCode> {
    let paths = if args.gold.is_dir() {
        files_in(&args.gold)?
    } else {
        vec![args.gold.clone()]
    };
    let mut docs = Vec::with_capacity(paths.len());
    let mut errors = Vec::new();
    for path in &paths {
        match Document::read(path) {
            Ok(doc) => docs.push(doc),
            Err(e) => errors.push(e),
        }
    }
    if !errors.is_empty() {
        return Ok(failed(&errors, "could not be read; no counts printed"));
    }
    let rules = match agreement_by_rule(&docs) {
        Ok(rules) => rules,
        Err(e) => return Ok(failed(&[e], "could not be read; no counts printed")),
    };
    out::stdout(|w| match args.format {
        Format::Text => w.write_all(agreement_text(&rules, docs.len()).as_bytes()),
        Format::Markdown => w.write_all(agreement_markdown(&rules).as_bytes()),
        Format::Json => out::json(w, &rules),
    })?;
    Ok(ExitCode::SUCCESS)
}

/// Every error on standard error, then how many files failed and what was not printed.
fn failed(errors: &[Error], outcome: &str) -> ExitCode {
    for e in errors {
        out::error(e);
    }
    out::info(format_args!("{} file(s) {outcome}", errors.len()));
    ExitCode::FAILURE
}
