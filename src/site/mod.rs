//! Rendering the timeline as a static site with tera templates.
//!
//! A build runs in stages, each its own module, and writes nothing until every page is
//! rendered, so a bad template or a bad claims file leaves the previous site as it was:
//!
//! 1. `sources`: read the articles and their claims files (extracting on the fly for an
//!    article without one);
//! 2. `view`: order the claims into a [`crate::timeline::Timeline`] and turn it into a
//!    serialisable [`SiteView`], the one render context every output is made from;
//! 3. `templates`: load the built-in templates and the site's overrides;
//! 4. [`render`]: render `index.html`, `articles/<id>.html` and `style.css` in memory;
//! 5. `publish`: write them atomically, and remove what an earlier build wrote and this one
//!    does not.
//!
//! # What is shown
//!
//! Only claims whose status the project config calls publishable (by default `reviewed` and
//! `published`); a drafts build ([`Options::drafts`]) shows every claim and marks the others
//! as drafts. The bundled example project lists every status as publishable in its
//! `claimline.yaml`, so that a fresh clone's `claimline build` shows the example article's
//! whole timeline, each claim with its real review status ("unreviewed"); a real project
//! leaves that setting at its default.
//!
//! The output is deterministic: the same input gives byte-identical files (no clock, no hash
//! order: inputs are read in sorted order and tera's maps keep insertion order).

mod dates;
mod publish;
mod render;
mod sources;
mod templates;
mod view;

pub use dates::DateView;
pub use publish::{Changes, MANIFEST, publish};
pub use render::{Page, render};
pub use sources::{Origin, Sources};
pub use templates::{DEFAULTS, Templates};
pub use view::{
    ArticleRef, ArticleView, ClaimView, EntryView, SiteInfo, SiteView, SourceView, TimelineView,
    article_path,
};

use std::fmt;
use std::path::PathBuf;

use crate::config::Config;
use crate::error::Result;

/// What to build, and how.
#[derive(Debug, Clone)]
pub struct Options {
    /// The data folder, holding `articles/` and `claims/`.
    pub data: PathBuf,
    /// The output folder.
    pub out: PathBuf,
    /// The folder of template overrides, if any.
    pub templates: Option<PathBuf>,
    /// Show every claim, marking those not publishable as drafts.
    pub drafts: bool,
    /// The project configuration.
    pub config: Config,
}

/// What a build did, for the one-line report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    /// Articles read.
    pub articles: usize,
    /// Claims shown, placed and undated.
    pub claims: usize,
    /// Of those, the undated.
    pub undated: usize,
    /// Claims left out because their status is not publishable.
    pub hidden: usize,
    /// Timeline entries on the index page.
    pub entries: usize,
    /// The output folder.
    pub out: PathBuf,
    /// What was written and removed.
    pub changes: Changes,
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let count =
            |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        write!(
            f,
            "built {}: {}, {} ({} undated), {}",
            self.out.display(),
            count(self.articles, "article", "articles"),
            count(self.claims, "claim", "claims"),
            self.undated,
            count(self.entries, "timeline entry", "timeline entries"),
        )?;
        if self.hidden > 0 {
            write!(
                f,
                "; {} not yet publishable left out (--drafts shows them)",
                count(self.hidden, "claim", "claims")
            )?;
        }
        Ok(())
    }
}

/// Build the site described by `options`.
pub fn build(options: &Options) -> Result<Summary> {
    let sources = Sources::load(&options.data, &options.config)?;
    let view = SiteView::new(&sources.files, &options.config, options.drafts)
        .map_err(|e| sources.locate(&e))?;
    let templates = Templates::load(options.templates.as_deref())?;
    let pages = render(&view, &templates)?;
    let changes = publish(&options.out, &pages)?;
    let total: usize = sources.files.iter().map(|f| f.claims.len()).sum();
    Ok(Summary {
        articles: sources.files.len(),
        claims: view.timeline.claim_count,
        undated: view.timeline.undated.len(),
        hidden: total - view.timeline.claim_count,
        entries: view.timeline.entries.len(),
        out: options.out.clone(),
        changes,
    })
}
