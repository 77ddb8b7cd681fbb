//! `claimline extract`: write or update the claims files reviewers edit.

use std::path::PathBuf;
use std::process::ExitCode;

use claimline::article::{self, Article};
use claimline::review::{Action, Diagnostic, Outcome, Project, extract_article, write_schema};
use claimline::{Error, ErrorKind, Result};

/// Extract the claims of articles into `DATA/claims/<article-id>.yaml`, for review.
///
/// A claims file that does not exist is written whole. One that exists is never rewritten:
/// claimline only adds to it, so reviewers' fields, comments and formatting stay byte for
/// byte. New claims are inserted as unreviewed blocks in article order; a claim whose sentence
/// left the article is kept and marked `gone: true`; where the extractor now reads a claim
/// differently (another date, speaker or quote) the difference is reported as a note, and the
/// file keeps what it says. A file that does not parse is left alone and reported with its
/// line and column. To start a file over, delete it and run `extract` again (git keeps the
/// old one).
///
/// Also writes `DATA/claims/claimline.schema.json`, which the files' first line points editors
/// at.
#[derive(clap::Args)]
pub struct Args {
    /// Article files; all of DATA/articles/ when none is given.
    articles: Vec<PathBuf>,
    /// The project's data folder; the configuration is read from the folder that holds it.
    #[arg(long, value_name = "DIR", default_value = "data")]
    data: PathBuf,
    /// `text`: one line per file on stdout, notes on stderr; `json`: one report on stdout.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Report what would change without writing anything.
    #[arg(long)]
    dry_run: bool,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Format {
    Text,
    Json,
}

pub fn run(args: Args) -> Result<ExitCode> {
    let project = Project::from_data_dir(&args.data);
    let config = project.config()?;
    let paths = if args.articles.is_empty() {
        article::list(&project.articles_dir())?
    } else {
        args.articles.clone()
    };
    if paths.is_empty() {
        return Err(Error::new(
            ErrorKind::Usage,
            format!(
                "no articles in {}; expected .md or .txt files with front matter",
                project.articles_dir().display()
            ),
        ));
    }
    if !args.dry_run {
        write_schema(&project, &config)?;
    }
    let mut outcomes = Vec::new();
    let mut errors = Vec::new();
    for path in &paths {
        let result = Article::load(path)
            .and_then(|article| extract_article(&article, &project, &config, args.dry_run));
        match result {
            Ok(outcome) => outcomes.push(outcome),
            Err(e) => errors.push(Diagnostic::from_error(&e, path)),
        }
    }
    match args.format {
        Format::Text => print_text(&outcomes, &errors, args.dry_run),
        Format::Json => print_json(&outcomes, &errors)?,
    }
    Ok(if errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

fn print_text(outcomes: &[Outcome], errors: &[Diagnostic], dry_run: bool) {
    let would = if dry_run { "would be " } else { "" };
    for o in outcomes {
        for d in o.diagnostics() {
            eprintln!("{d}");
        }
        let path = o.path.display();
        match o.action {
            Action::Created => println!("{path}: {would}created, {} claims", o.claims),
            Action::Unchanged => {
                println!("{path}: unchanged, {} claims{}", o.claims, notes_suffix(o))
            }
            Action::Updated => println!(
                "{path}: {would}updated, {} new, {} gone, {} back, {} claims{}",
                o.merge.added.len(),
                o.merge.gone.len(),
                o.merge.back.len(),
                o.claims,
                notes_suffix(o)
            ),
        }
    }
    for e in errors {
        eprintln!("claimline: {e}");
    }
}

fn notes_suffix(o: &Outcome) -> String {
    match o.merge.notes.len() {
        0 => String::new(),
        n => format!(" ({n} notes, see above)"),
    }
}

fn print_json(outcomes: &[Outcome], errors: &[Diagnostic]) -> Result<()> {
    let doc = serde_json::json!({ "files": outcomes, "errors": errors });
    let text = serde_json::to_string_pretty(&doc)
        .map_err(|e| Error::new(ErrorKind::Invalid, format!("cannot write JSON: {e}")))?;
    println!("{text}");
    Ok(())
}
