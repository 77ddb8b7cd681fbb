//! `claimline extract`: write or update the claims files reviewers edit.

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use claimline::Result;
use claimline::review::{Action, Outcome, extract_all};

use super::options::{Data, Format};
use super::out;

/// Extract the claims of articles into `DATA/claims/<article-id>.yaml`, for review.
///
/// A claims file that does not exist is written whole. One that exists is never rewritten:
/// claimline only adds to it, so reviewers' fields, comments and formatting stay byte for
/// byte. New claims are inserted as unreviewed blocks in article order; a claim whose sentence
/// left the article is kept and marked `gone: true`; where the extractor now reads a claim
/// differently (another date, speaker or quote) the difference is reported as a note, and the
/// file keeps what it says. To start a file over, delete it and run `extract` again (git keeps
/// the old one).
///
/// Also writes `DATA/claims/claimline.schema.json`, which the files' first line points editors
/// at.
///
/// All or nothing: every article is read and every claims file merged before anything is
/// written. If any article or claims file has a problem, each is reported on standard error
/// with its file, line and column, no file is written, and the exit status is 1.
#[derive(clap::Args)]
pub struct Args {
    /// Article files; all of DATA/articles/ when none is given.
    articles: Vec<PathBuf>,
    #[command(flatten)]
    data: Data,
    /// `text`: one line per claims file on standard output, notes on standard error; `json`:
    /// one report `{"files": [{"article", "path", "action", "claims", "added", "gone",
    /// "back", "notes"}, ...]}` on standard output.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Report what would change without writing anything.
    #[arg(long)]
    dry_run: bool,
}

pub fn run(args: Args) -> Result<ExitCode> {
    let project = args.data.project();
    let config = project.config()?;
    let paths = if args.articles.is_empty() {
        project.articles()?
    } else {
        args.articles.clone()
    };
    let outcomes = match extract_all(&paths, &project, &config, args.dry_run) {
        Ok(outcomes) => outcomes,
        Err(errors) => {
            for e in &errors {
                out::error(e);
            }
            return Ok(ExitCode::FAILURE);
        }
    };
    match args.format {
        Format::Text => {
            for d in outcomes.iter().flat_map(Outcome::diagnostics) {
                out::stderr_line(d);
            }
            out::stdout(|w| print_text(w, &outcomes, args.dry_run))?;
        }
        Format::Json => {
            out::stdout(|w| out::json(w, &serde_json::json!({ "files": outcomes })))?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn print_text(w: &mut impl Write, outcomes: &[Outcome], dry_run: bool) -> io::Result<()> {
    let would = if dry_run { "would be " } else { "" };
    for o in outcomes {
        let path = o.path.display();
        let notes = match o.merge.notes.len() {
            0 => String::new(),
            n => format!(" ({n} notes, see above)"),
        };
        match o.action {
            Action::Created => writeln!(w, "{path}: {would}created, {} claims", o.claims)?,
            Action::Unchanged => writeln!(w, "{path}: unchanged, {} claims{notes}", o.claims)?,
            Action::Updated => writeln!(
                w,
                "{path}: {would}updated, {} new, {} gone, {} back, {} claims{notes}",
                o.merge.added.len(),
                o.merge.gone.len(),
                o.merge.back.len(),
                o.claims,
            )?,
        }
    }
    Ok(())
}
