//! The project configuration, `claimline.yaml` at the project root. Optional: without it a
//! project uses the defaults below, which suit most newsrooms.
//!
//! ```yaml
//! review:
//!   statuses: [unreviewed, in-progress, reviewed, published]   # the workflow, in order
//!   publishable: [reviewed, published]                         # what the site shows
//!   verdicts: [true, mostly-true, misleading, false, unverifiable]
//! site:
//!   title: Timeline
//!   base_url: https://example.org/timeline/
//! ```

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{Error, ErrorKind, Result, read_utf8};
use crate::yaml;

/// The name of the configuration file in a project's root folder.
pub const FILE_NAME: &str = "claimline.yaml";

/// A project's configuration.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    /// The review workflow.
    pub review: ReviewConfig,
    /// The published site.
    pub site: SiteConfig,
}

/// Review scales.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ReviewConfig {
    /// Workflow states, in order; the first is given to new claims.
    pub statuses: Vec<String>,
    /// The states whose claims the site shows (without `--drafts`).
    pub publishable: Vec<String>,
    /// The verdict scale, from best to worst.
    pub verdicts: Vec<String>,
}

/// Site settings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
pub struct SiteConfig {
    /// The site's title; "Timeline" when not set.
    pub title: Option<String>,
    /// The absolute address the site is published at, for links in feeds and sitemaps.
    pub base_url: Option<String>,
}

impl Default for ReviewConfig {
    fn default() -> Self {
        let words = |w: &[&str]| w.iter().map(|s| s.to_string()).collect();
        ReviewConfig {
            statuses: words(&["unreviewed", "in-progress", "reviewed", "published"]),
            publishable: words(&["reviewed", "published"]),
            verdicts: words(&["true", "mostly-true", "misleading", "false", "unverifiable"]),
        }
    }
}

impl Config {
    /// The path of the configuration file of the project rooted at `root`.
    pub fn path(root: &Path) -> PathBuf {
        root.join(FILE_NAME)
    }

    /// Load `claimline.yaml` from `root`, or the defaults when there is none.
    pub fn load(root: &Path) -> Result<Config> {
        Config::load_file(&Config::path(root))
    }

    /// Load the configuration file at `path`, or the defaults when there is none.
    pub fn load_file(path: &Path) -> Result<Config> {
        if !path.exists() {
            return Ok(Config::default());
        }
        let text = read_utf8(path)?;
        Config::parse(&text, path)
    }

    /// Parse and check a configuration held in memory.
    pub fn parse(text: &str, path: &Path) -> Result<Config> {
        let config: Config = if text.trim().is_empty() {
            Config::default()
        } else {
            yaml::from_str(text, path, 1)?
        };
        config.validate(path)?;
        Ok(config)
    }

    fn validate(&self, path: &Path) -> Result<()> {
        let r = &self.review;
        if r.statuses.is_empty() {
            return Err(Error::in_file(
                ErrorKind::Invalid,
                path,
                "review.statuses is empty; expected the workflow states, e.g. [unreviewed, reviewed]",
            ));
        }
        if r.verdicts.is_empty() {
            return Err(Error::in_file(
                ErrorKind::Invalid,
                path,
                "review.verdicts is empty; expected a verdict scale, e.g. [true, false]",
            ));
        }
        for p in &r.publishable {
            if !r.statuses.contains(p) {
                return Err(Error::in_file(
                    ErrorKind::Invalid,
                    path,
                    format!(
                        "review.publishable names {p:?}, which is not in review.statuses ({})",
                        r.statuses.join(", ")
                    ),
                ));
            }
        }
        if let Some(url) = &self.site.base_url {
            if !crate::article::is_web_url(url) {
                return Err(Error::in_file(
                    ErrorKind::Invalid,
                    path,
                    format!(
                        "site.base_url: expected an http:// or https:// address, found {url:?}"
                    ),
                ));
            }
        }
        Ok(())
    }

    /// The status a newly extracted claim gets.
    pub fn initial_status(&self) -> &str {
        self.review
            .statuses
            .first()
            .map_or("unreviewed", String::as_str)
    }

    /// Whether the site shows claims in `status`.
    pub fn is_publishable(&self, status: &str) -> bool {
        self.review.publishable.iter().any(|s| s == status)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_without_a_file() {
        let dir = tempfile::tempdir().unwrap();
        let c = Config::load(dir.path()).unwrap();
        assert_eq!(c.initial_status(), "unreviewed");
        assert!(c.is_publishable("reviewed"));
        assert!(!c.is_publishable("in-progress"));
    }

    #[test]
    fn partial_file_keeps_other_defaults() {
        let c = Config::parse("review:\n  verdicts: [ok, wrong]\n", Path::new("c.yaml")).unwrap();
        assert_eq!(c.review.verdicts, ["ok", "wrong"]);
        assert_eq!(c.review.statuses.len(), 4);
    }

    #[test]
    fn publishable_must_be_a_status() {
        let e = Config::parse("review:\n  publishable: [done]\n", Path::new("c.yaml")).unwrap_err();
        assert!(
            e.to_string()
                .contains("\"done\", which is not in review.statuses"),
            "{e}"
        );
    }

    #[test]
    fn typos_are_located() {
        let e = Config::parse("review:\n  verdict: [a]\n", Path::new("c.yaml")).unwrap_err();
        assert!(
            e.to_string()
                .starts_with("c.yaml:2:3: review: unknown field `verdict`"),
            "{e}"
        );
    }
}
