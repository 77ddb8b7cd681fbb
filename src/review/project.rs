//! Where a project keeps its files: `data/articles/`, `data/claims/`, and `claimline.yaml` in
//! the folder that holds `data/`.

use std::path::{Path, PathBuf};

use crate::article;
use crate::config::Config;
use crate::error::{Error, ErrorKind, Result};

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

    /// The project's article files, sorted.
    ///
    /// Every command that reads articles needs at least one, so a missing articles folder, a
    /// file in its place and an empty one are errors, each saying what was expected: most
    /// often the command was run outside the project folder.
    pub fn articles(&self) -> Result<Vec<PathBuf>> {
        let dir = self.articles_dir();
        match std::fs::metadata(&dir) {
            Ok(m) if m.is_dir() => {}
            Ok(_) => {
                return Err(Error::in_file(
                    ErrorKind::Io,
                    &dir,
                    "expected the folder of articles, found a file",
                ));
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(Error::in_file(
                    ErrorKind::Io,
                    &dir,
                    "no such folder; run claimline in a project folder (one with data/articles/) \
                     or name the data folder with --data",
                ));
            }
            Err(e) => return Err(Error::io("read", &dir, e)),
        }
        let paths = article::list(&dir)?;
        if paths.is_empty() {
            return Err(Error::in_file(
                ErrorKind::Invalid,
                &dir,
                "no articles found; expected .md, .markdown or .txt files with front matter",
            ));
        }
        Ok(paths)
    }

    /// The project's claims files, sorted; none when the claims folder does not exist yet.
    pub fn claims_files(&self) -> Result<Vec<PathBuf>> {
        super::load::list(&self.claims_dir())
    }

    /// The claims file of the article `article_id`.
    pub fn claims_path(&self, article_id: &str) -> PathBuf {
        self.claims_dir().join(format!("{article_id}.yaml"))
    }

    /// The JSON Schema file beside the claims files.
    pub fn schema_path(&self) -> PathBuf {
        self.claims_dir().join(super::SCHEMA_FILE)
    }

    /// `name` in the project's root folder, as a person would write it: `claimline.yaml`
    /// rather than `./claimline.yaml` when the root is the current folder, so that messages
    /// name files the way the user does.
    ///
    /// ```
    /// use std::path::Path;
    /// use claimline::review::Project;
    /// assert_eq!(Project::from_data_dir(Path::new("data")).file("templates"), Path::new("templates"));
    /// assert_eq!(Project::from_data_dir(Path::new("news/data")).file("templates"), Path::new("news/templates"));
    /// ```
    pub fn file(&self, name: &str) -> PathBuf {
        if self.root == Path::new(".") {
            PathBuf::from(name)
        } else {
            self.root.join(name)
        }
    }

    /// The project's configuration (defaults when there is no `claimline.yaml`).
    pub fn config(&self) -> Result<Config> {
        Config::load_file(&self.file(crate::config::FILE_NAME))
    }
}
