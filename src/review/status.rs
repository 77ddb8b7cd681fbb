//! `claimline status`: how far the review has come, per article and overall.

use std::path::PathBuf;

use serde::ser::{Serialize, SerializeMap, Serializer};

use super::{ClaimsFile, Project, load};
use crate::article;
use crate::config::Config;
use crate::error::Error;

/// Counts by name, in the order of the project's scale, then any off-scale names found,
/// alphabetically; serialised as a JSON object in that order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Counts {
    entries: Vec<(String, usize)>,
    scale: usize,
}

impl Counts {
    fn new(scale: &[String]) -> Counts {
        Counts {
            entries: scale.iter().map(|s| (s.clone(), 0)).collect(),
            scale: scale.len(),
        }
    }

    fn add(&mut self, name: &str, n: usize) {
        match self.entries.iter_mut().find(|(k, _)| k == name) {
            Some((_, count)) => *count += n,
            None => {
                self.entries.push((name.to_string(), n));
                self.entries[self.scale..].sort();
            }
        }
    }

    /// The count of `name` (0 when absent).
    pub fn get(&self, name: &str) -> usize {
        self.entries
            .iter()
            .find(|(k, _)| k == name)
            .map_or(0, |(_, n)| *n)
    }

    /// The names and counts, in order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, usize)> {
        self.entries.iter().map(|(k, n)| (k.as_str(), *n))
    }
}

impl Serialize for Counts {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.entries.len()))?;
        for (k, v) in &self.entries {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

/// The review state of one article's claims.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ArticleStatus {
    /// The article id.
    pub article: String,
    /// Its claims file.
    pub path: PathBuf,
    /// How many claims.
    pub claims: usize,
    /// Claims per status.
    pub statuses: Counts,
    /// Claims per verdict; `none` for claims without one.
    pub verdicts: Counts,
    /// Ids of the claims still in the first status of the workflow.
    pub unreviewed: Vec<String>,
    /// Ids of the claims whose sentence left the article.
    pub gone: Vec<String>,
}

/// The review state of a project.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Summary {
    /// Per article, in file order.
    pub articles: Vec<ArticleStatus>,
    /// Articles without a claims file yet.
    pub not_extracted: Vec<String>,
    /// How many claims in all.
    pub claims: usize,
    /// Claims per status, all articles.
    pub statuses: Counts,
    /// Claims per verdict, all articles.
    pub verdicts: Counts,
    /// How many claims are unreviewed, all articles.
    pub unreviewed: usize,
}

/// Where the review of `project` stands.
///
/// A count that silently left out a file would mislead, so every article and claims file
/// must load: otherwise the errors, one per file, all of them, are returned instead.
pub fn status(project: &Project, config: &Config) -> Result<Summary, Vec<Error>> {
    let mut summary = Summary {
        articles: Vec::new(),
        not_extracted: Vec::new(),
        claims: 0,
        statuses: Counts::new(&config.review.statuses),
        verdicts: verdict_counts(config),
        unreviewed: 0,
    };
    let mut errors = Vec::new();
    let article_paths = project.articles().unwrap_or_else(|e| {
        errors.push(e);
        Vec::new()
    });
    let (articles, article_errors) = article::load_all(&article_paths);
    errors.extend(article_errors);
    let paths = project.claims_files().unwrap_or_else(|e| {
        errors.push(e);
        Vec::new()
    });
    for path in paths {
        match load::load(&path) {
            Ok(file) => {
                let a = article_status(&file, path, config);
                summary.claims += a.claims;
                summary.unreviewed += a.unreviewed.len();
                for (k, v) in a.statuses.iter() {
                    summary.statuses.add(k, v);
                }
                for (k, v) in a.verdicts.iter() {
                    summary.verdicts.add(k, v);
                }
                summary.articles.push(a);
            }
            Err(e) => errors.push(e),
        }
    }
    summary.not_extracted = articles
        .into_iter()
        .filter(|a| !project.claims_path(&a.id).exists())
        .map(|a| a.id)
        .collect();
    if errors.is_empty() {
        Ok(summary)
    } else {
        Err(errors)
    }
}

fn verdict_counts(config: &Config) -> Counts {
    let mut scale = config.review.verdicts.clone();
    scale.push("none".to_string());
    Counts::new(&scale)
}

fn article_status(file: &ClaimsFile, path: PathBuf, config: &Config) -> ArticleStatus {
    let mut statuses = Counts::new(&config.review.statuses);
    let mut verdicts = verdict_counts(config);
    let mut unreviewed = Vec::new();
    let mut gone = Vec::new();
    for claim in &file.claims {
        statuses.add(&claim.status, 1);
        verdicts.add(claim.verdict.as_deref().unwrap_or("none"), 1);
        if claim.status == config.initial_status() {
            unreviewed.push(claim.id.clone());
        }
        if claim.gone {
            gone.push(claim.id.clone());
        }
    }
    ArticleStatus {
        article: file.article.id.clone(),
        path,
        claims: file.claims.len(),
        statuses,
        verdicts,
        unreviewed,
        gone,
    }
}
