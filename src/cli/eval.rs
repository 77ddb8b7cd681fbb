//! `claimline eval`: score TIMEX3 annotation against gold, as TempEval-3 does.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use claimline::Result;
use claimline::timeml::{ReportOptions, evaluate, json, markdown, pairs, text};

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
#[derive(clap::Args)]
pub struct Args {
    /// The gold annotation: a TimeML file or a folder of them.
    gold: PathBuf,
    /// The annotation to score: a file or folder shaped like GOLD.
    system: PathBuf,
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
    let pairs = pairs(&args.gold, &args.system)?;
    let eval = match evaluate(&pairs) {
        Ok(eval) => eval,
        Err(errors) => {
            for e in &errors {
                out::error(e);
            }
            out::info(format_args!(
                "{} file(s) could not be scored; no scores printed",
                errors.len()
            ));
            return Ok(ExitCode::FAILURE);
        }
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
