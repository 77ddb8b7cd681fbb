//! `claimline extract` for one article: write its claims file, or merge into the one people
//! have been editing.

use std::path::PathBuf;

use serde::Serialize;

use super::Project;
use super::diagnostic::{Diagnostic, Severity};
use super::merge::{Merge, merge};
use super::render::render;
use super::schema::write_schema;
use crate::article::Article;
use crate::config::Config;
use crate::error::{Error, Result, read_utf8};
use crate::output::{check_writable, write_atomic};

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
    let plan = plan(article, project, config)?;
    if !dry_run {
        plan.write()?;
    }
    Ok(plan.outcome)
}

/// Extract every article in `paths` into its claims file, all or nothing.
///
/// Every article is read and every claims file merged in memory first. If any of that fails
/// (an article that does not load, two articles with one id, a claims file that does not
/// parse) nothing at all is written and every error is returned, one per file: a run never
/// leaves some files updated and others not because of bad input. Otherwise the schema file
/// and the claims files that change are written, each atomically. With `dry_run` nothing is
/// written.
pub fn extract_all(
    paths: &[PathBuf],
    project: &Project,
    config: &Config,
    dry_run: bool,
) -> std::result::Result<Vec<Outcome>, Vec<Error>> {
    // The claims folder may not exist yet; anything else in its place fails the run once,
    // not once per article.
    project.claims_files().map_err(|e| vec![e])?;
    let (articles, mut errors) = crate::article::load_all(paths);
    let mut plans = Vec::with_capacity(articles.len());
    for article in &articles {
        match plan(article, project, config) {
            Ok(p) => plans.push(p),
            Err(e) => errors.push(e),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    if !dry_run {
        // Check every target before the first write.
        let mut targets = vec![project.schema_path()];
        targets.extend(plans.iter().map(|p| p.outcome.path.clone()));
        for target in &targets {
            check_writable(target).map_err(|e| vec![e])?;
        }
        write_schema(project, config).map_err(|e| vec![e])?;
        for plan in &plans {
            plan.write().map_err(|e| vec![e])?;
        }
    }
    Ok(plans.into_iter().map(|p| p.outcome).collect())
}

/// What extracting one article will do: its outcome, and the text to write, if any.
struct Plan {
    outcome: Outcome,
    text: Option<String>,
}

impl Plan {
    fn write(&self) -> Result<()> {
        match &self.text {
            Some(text) => write_atomic(&self.outcome.path, text.as_bytes()),
            None => Ok(()),
        }
    }
}

fn plan(article: &Article, project: &Project, config: &Config) -> Result<Plan> {
    let fresh = crate::claims::extract(article, config);
    let path = project.claims_path(&article.id);
    let existing = match std::fs::metadata(&path) {
        Ok(_) => Some(read_utf8(&path)?),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(Error::io("read", &path, e)),
    };
    let Some(original) = existing else {
        return Ok(Plan {
            text: Some(render(&fresh)),
            outcome: Outcome {
                article: article.id.clone(),
                path,
                action: Action::Created,
                claims: fresh.claims.len(),
                merge: Merge {
                    added: fresh.claims.iter().map(|c| c.id.clone()).collect(),
                    ..Merge::default()
                },
            },
        });
    };
    let merged = merge(&original, &path, &fresh, &article.body)?;
    let claims = super::load::parse(&merged.text, &path)?.claims.len();
    let (action, text) = if merged.text == original {
        (Action::Unchanged, None)
    } else {
        (Action::Updated, Some(merged.text.clone()))
    };
    Ok(Plan {
        text,
        outcome: Outcome {
            article: article.id.clone(),
            path,
            action,
            claims,
            merge: merged,
        },
    })
}
