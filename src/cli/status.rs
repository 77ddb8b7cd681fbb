//! `claimline status`: review progress.

use std::path::PathBuf;
use std::process::ExitCode;

use claimline::review::{Counts, Project, Summary, status};
use claimline::{Error, ErrorKind, Result};

/// Show how far the review has come: per article and overall, the claims per status and
/// per verdict, and the ids of the claims nobody has reviewed yet.
#[derive(clap::Args)]
pub struct Args {
    /// `text` for people, `json` for scripts and dashboards.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// The project's data folder; the configuration is read from the folder that holds it.
    #[arg(long, value_name = "DIR", default_value = "data")]
    data: PathBuf,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Format {
    Text,
    Json,
}

pub fn run(args: Args) -> Result<ExitCode> {
    let project = Project::from_data_dir(&args.data);
    let config = project.config()?;
    let summary = status(&project, &config);
    match args.format {
        Format::Json => {
            let text = serde_json::to_string_pretty(&summary)
                .map_err(|e| Error::new(ErrorKind::Invalid, format!("cannot write JSON: {e}")))?;
            println!("{text}");
        }
        Format::Text => print_text(&summary),
    }
    for e in &summary.errors {
        eprintln!("claimline: {e}");
    }
    Ok(if summary.errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

fn counts(c: &Counts) -> String {
    c.iter()
        .map(|(k, n)| format!("{k} {n}"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn print_text(s: &Summary) {
    for a in &s.articles {
        println!("{} ({}): {} claims", a.article, a.path.display(), a.claims);
        println!("  status:  {}", counts(&a.statuses));
        println!("  verdict: {}", counts(&a.verdicts));
        if !a.unreviewed.is_empty() {
            println!("  unreviewed: {}", a.unreviewed.join(", "));
        }
        if !a.gone.is_empty() {
            println!("  gone from the article: {}", a.gone.join(", "));
        }
    }
    if !s.not_extracted.is_empty() {
        println!(
            "not extracted yet (run `claimline extract`): {}",
            s.not_extracted.join(", ")
        );
    }
    println!(
        "overall: {} articles, {} claims, {} unreviewed",
        s.articles.len(),
        s.claims,
        s.unreviewed
    );
    println!("  status:  {}", counts(&s.statuses));
    println!("  verdict: {}", counts(&s.verdicts));
}
