//! `claimline extract` for one article: write its claims file, or merge into the one people
//! have been editing.

use std::path::PathBuf;

use serde::Serialize;

use super::Project;
use super::diagnostic::{Diagnostic, Severity};
use super::merge::{Merge, merge};
use super::render::render;
use crate::article::Article;
use crate::config::Config;
use crate::error::{Error, Result, read_utf8};
use crate::output::write_atomic;

/// What happened to one claims file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Action {
    /// The file did not exist and was written.
    Created,
    /// New claims were added, or `gone` lines added or removed.
    Updated,
    /// Nothing to add.
    Unchanged,
}

/// The outcome of extracting one article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Outcome {
    /// The article's id.
    pub article: String,
    /// The claims file.
    pub path: PathBuf,
    /// What was done (or, with `dry_run`, would be done).
    pub action: Action,
    /// How many claims the file holds now.
    pub claims: usize,
    /// What the merge added, flagged and reported (empty for a new file).
    #[serde(flatten)]
    pub merge: Merge,
}

impl Outcome {
    /// The merge's notes as diagnostics on the claims file.
    pub fn diagnostics(&self) -> Vec<Diagnostic> {
        self.merge
            .notes
            .iter()
            .map(|n| Diagnostic::at(&self.path, n.line, n.column, Severity::Note, &n.message))
            .collect()
    }
}

/// Extract the claims of `article` into its claims file in `project`.
///
/// A missing file is written whole. An existing one is merged as text ([`merge`]): nothing a
/// person wrote is changed. A file that does not parse is left untouched and the error
/// (`file:line:column`) returned. With `dry_run` nothing is written.
pub fn extract_article(
    article: &Article,
    project: &Project,
    config: &Config,
    dry_run: bool,
) -> Result<Outcome> {
    let fresh = crate::claims::extract(article, config);
    let path = project.claims_path(&article.id);
    let existing = match std::fs::metadata(&path) {
        Ok(_) => Some(read_utf8(&path)?),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(Error::io("read", &path, e)),
    };
    let Some(original) = existing else {
        if !dry_run {
            write_atomic(&path, render(&fresh).as_bytes())?;
        }
        return Ok(Outcome {
            article: article.id.clone(),
            path,
            action: Action::Created,
            claims: fresh.claims.len(),
            merge: Merge {
                added: fresh.claims.iter().map(|c| c.id.clone()).collect(),
                ..Merge::default()
            },
        });
    };
    let merged = merge(&original, &path, &fresh, &article.body)?;
    let action = if merged.text == original {
        Action::Unchanged
    } else {
        if !dry_run {
            write_atomic(&path, merged.text.as_bytes())?;
        }
        Action::Updated
    };
    let claims = super::load::parse(&merged.text, &path)?.claims.len();
    Ok(Outcome {
        article: article.id.clone(),
        path,
        action,
        claims,
        merge: merged,
    })
}
