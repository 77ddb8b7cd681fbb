//! `claimline build`: the static site.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use claimline::site::{self, Options};
use claimline::{Error, ErrorKind, Result};

use super::options::Data;
use super::out;

/// Build the static site: the timeline of every article, a page per article, a stylesheet.
///
/// Run it in the project folder. It reads the articles in DATA/articles and, for each, its
/// claims file DATA/claims/<id>.yaml (claims are extracted on the fly for an article without
/// one; no claims file is written), orders the claims into a timeline and renders the site
/// with tera templates into OUT: index.html, articles/<id>.html, style.css, and
/// .claimline-manifest, the list of files the build owns.
///
/// Only claims whose review status is publishable (claimline.yaml; by default reviewed and
/// published) are shown, unless --drafts. Nothing is written unless every input reads and
/// every page renders; files an earlier build wrote and this one does not are removed, and
/// nothing else in OUT is touched. Prints a one-line summary.
#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    data: Data,
    /// Where to write the site (created when missing).
    #[arg(long, value_name = "DIR", default_value = "site")]
    out: PathBuf,
    /// A folder of templates overriding the built-in ones by file name (base.html,
    /// index.html, article.html, _timeline.html, _entry.html, _claim.html, style.css).
    /// Default: the project's templates/ folder, beside the data folder, when there is one.
    #[arg(long, value_name = "DIR")]
    templates: Option<PathBuf>,
    /// Show every claim, whatever its review status; claims not yet publishable are marked
    /// as drafts.
    #[arg(long)]
    drafts: bool,
}

pub fn run(args: Args) -> Result<ExitCode> {
    let project = args.data.project();
    let templates = match args.templates {
        Some(dir) if dir.is_dir() => Some(dir),
        Some(dir) => {
            return Err(Error::in_file(
                ErrorKind::Usage,
                &dir,
                "--templates: no such folder",
            ));
        }
        None => Some(project.file("templates")).filter(|d| d.is_dir()),
    };
    let options = Options {
        config: project.config()?,
        data: project.data,
        out: args.out,
        templates,
        drafts: args.drafts,
    };
    let summary = site::build(&options)?;
    out::stdout(|w| writeln!(w, "{summary}"))?;
    Ok(ExitCode::SUCCESS)
}
