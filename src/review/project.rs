//! Where a project keeps its files: `data/articles/`, `data/claims/`, and `claimline.yaml` in
//! the folder that holds `data/`.

use std::path::{Path, PathBuf};

use crate::config::Config;
use crate::error::Result;

/// A project's folders.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Project {
    /// The folder holding `claimline.yaml` and the data folder.
    pub root: PathBuf,
    /// The data folder (`data/` by default).
    pub data: PathBuf,
}

impl Project {
    /// The project whose data folder is `data`; its root is the folder that holds it.
    ///
    /// ```
    /// use std::path::Path;
    /// use claimline::review::Project;
    /// let p = Project::from_data_dir(Path::new("data"));
    /// assert_eq!(p.claims_dir(), Path::new("data/claims"));
    /// assert_eq!(p.root, Path::new("."));
    /// ```
    pub fn from_data_dir(data: &Path) -> Project {
        let root = match data.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        Project {
            root,
            data: data.to_path_buf(),
        }
    }

    /// `data/articles`.
    pub fn articles_dir(&self) -> PathBuf {
        self.data.join("articles")
    }

    /// `data/claims`.
    pub fn claims_dir(&self) -> PathBuf {
        self.data.join("claims")
    }

    /// The claims file of the article `article_id`.
    pub fn claims_path(&self, article_id: &str) -> PathBuf {
        self.claims_dir().join(format!("{article_id}.yaml"))
    }

    /// The JSON Schema file beside the claims files.
    pub fn schema_path(&self) -> PathBuf {
        self.claims_dir().join(super::SCHEMA_FILE)
    }

    /// The project's configuration (defaults when there is no `claimline.yaml`).
    pub fn config(&self) -> Result<Config> {
        Config::load(&self.root)
    }
}
