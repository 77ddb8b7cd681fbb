//! `claimline status`: review progress.

use std::io::{self, Write};
use std::process::ExitCode;

use claimline::Result;
use claimline::review::{Counts, Summary, status};

use super::options::{Data, Format};
use super::out;

/// Show how far the review has come: per article and overall, the claims per status and
/// per verdict, the ids of the claims nobody has reviewed yet, and the articles not extracted
/// yet.
///
/// Reads every article and claims file and writes no file. If any of them cannot be read,
/// each such file is reported on standard error, nothing is printed on standard output (a
/// count that left a file out would mislead) and the exit status is 1.
#[derive(clap::Args)]
pub struct Args {
    /// `text` for people; `json` for scripts and dashboards: `{"articles": [...],
    /// "not_extracted": [...], "claims", "statuses", "verdicts", "unreviewed"}`.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    #[command(flatten)]
    data: Data,
}

pub fn run(args: Args) -> Result<ExitCode> {
    let project = args.data.project();
    let config = project.config()?;
    let summary = match status(&project, &config) {
        Ok(summary) => summary,
        Err(errors) => {
            for e in &errors {
                out::error(e);
            }
            return Ok(ExitCode::FAILURE);
        }
    };
    out::stdout(|w| match args.format {
        Format::Json => out::json(w, &summary),
        Format::Text => print_text(w, &summary),
    })?;
    Ok(ExitCode::SUCCESS)
}

fn counts(c: &Counts) -> String {
    c.iter()
        .map(|(k, n)| format!("{} {n}", out::printable(k)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Ids and names as a comma-separated list, each safe for a terminal.
fn list(items: &[String]) -> String {
    items
        .iter()
        .map(|i| out::printable(i))
        .collect::<Vec<_>>()
        .join(", ")
}

fn print_text(w: &mut impl Write, s: &Summary) -> io::Result<()> {
    for a in &s.articles {
        writeln!(
            w,
            "{} ({}): {} claims",
            out::printable(&a.article),
            out::printable(&a.path.display().to_string()),
            a.claims
        )?;
        writeln!(w, "  status:  {}", counts(&a.statuses))?;
        writeln!(w, "  verdict: {}", counts(&a.verdicts))?;
        if !a.unreviewed.is_empty() {
            writeln!(w, "  unreviewed: {}", list(&a.unreviewed))?;
        }
        if !a.gone.is_empty() {
            writeln!(w, "  gone from the article: {}", list(&a.gone))?;
        }
    }
    if !s.not_extracted.is_empty() {
        writeln!(
            w,
            "not extracted yet (run `claimline extract`): {}",
            list(&s.not_extracted)
        )?;
    }
    writeln!(
        w,
        "overall: {} articles, {} claims, {} unreviewed",
        s.articles.len(),
        s.claims,
        s.unreviewed
    )?;
    writeln!(w, "  status:  {}", counts(&s.statuses))?;
    writeln!(w, "  verdict: {}", counts(&s.verdicts))
}
