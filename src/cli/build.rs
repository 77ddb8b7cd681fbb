//! `claimline build`: the static site.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use claimline::config::Config;
use claimline::site::{self, Options};
use claimline::{Error, ErrorKind, Result};

/// Build the static site: the timeline of every article, a page per article, a stylesheet.
///
/// Run it in the project folder. It reads the articles in DATA/articles and, for each, its
/// claims file DATA/claims/<id>.yaml (claims are extracted on the fly for an article without
/// one), orders the claims into a timeline and renders the site with tera templates into OUT.
/// Only claims whose review status is publishable (claimline.yaml; by default reviewed and
/// published) are shown, unless --drafts. Nothing is written unless every page renders; files
/// an earlier build wrote and this one does not are removed, and nothing else in OUT is
/// touched.
#[derive(clap::Args)]
pub struct Args {
    /// The data folder, holding articles/ and claims/.
    #[arg(long, value_name = "DIR", default_value = "data")]
    data: PathBuf,
    /// Where to write the site.
    #[arg(long, value_name = "DIR", default_value = "site")]
    out: PathBuf,
    /// A folder of templates overriding the built-in ones by file name (base.html,
    /// index.html, article.html, _timeline.html, _entry.html, _claim.html, style.css).
    /// Default: templates/ when the project has one.
    #[arg(long, value_name = "DIR")]
    templates: Option<PathBuf>,
    /// Show every claim, whatever its review status; claims not yet publishable are marked
    /// as drafts.
    #[arg(long)]
    drafts: bool,
}

pub fn run(args: Args) -> Result<ExitCode> {
    let templates = match args.templates {
        Some(dir) if dir.is_dir() => Some(dir),
        Some(dir) => {
            return Err(Error::in_file(
                ErrorKind::Usage,
                &dir,
                "--templates: no such folder",
            ));
        }
        None => Some(PathBuf::from("templates")).filter(|d| d.is_dir()),
    };
    let options = Options {
        data: args.data,
        out: args.out,
        templates,
        drafts: args.drafts,
        config: Config::load(Path::new(""))?,
    };
    let summary = site::build(&options)?;
    println!("{summary}");
    Ok(ExitCode::SUCCESS)
}
