//! What a build reads: the project's articles, and for each its claims file
//! (`data/claims/<id>.yaml`) when there is one, else the claims extracted on the fly.
//!
//! An article's metadata (title, publication date, address, publisher, author) is taken from
//! its front matter, the source of truth: the copy at the top of a claims file is for people
//! reading that file, and may lag behind a corrected headline.

use std::path::{Path, PathBuf};

use crate::article::{self, Article};
use crate::config::Config;
use crate::error::{Error, ErrorKind, Result, read_utf8};
use crate::review::{ArticleRecord, ClaimsFile, Project};
use crate::timeline::TimelineError;

/// The claims of every article, in article file order, and where each came from.
#[derive(Debug, Clone)]
pub struct Sources {
    /// One claims file per article.
    pub files: Vec<ClaimsFile>,
    /// For each file, the claims file it was read from, or the article it was extracted from.
    pub origins: Vec<Origin>,
}

/// Where a [`ClaimsFile`] came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// Read from this claims file; the text is kept to locate errors found later.
    ClaimsFile { path: PathBuf, text: String },
    /// Extracted from this article, which has no claims file yet.
    Extracted { article: PathBuf },
}

impl Sources {
    /// Read the articles in `data/articles` and their claims.
    pub fn load(data: &Path, config: &Config) -> Result<Sources> {
        let project = Project::from_data_dir(data);
        let paths = project.articles()?;
        // The claims folder may not exist yet; anything else in its place is an error.
        project.claims_files()?;
        let (articles, errors) = article::load_all(&paths);
        if let Some(e) = errors.into_iter().next() {
            return Err(e);
        }
        let mut files = Vec::with_capacity(articles.len());
        let mut origins = Vec::with_capacity(articles.len());
        for article in articles {
            let path = &article.path;
            let claims_path = project.claims_path(&article.id);
            if claims_path.exists() {
                let text = read_utf8(&claims_path)?;
                let file = crate::review::parse(&text, &claims_path)?;
                if file.article.id != article.id {
                    let (line, column) =
                        value_position(&text, 0, "id", &file.article.id).unwrap_or((1, 1));
                    return Err(Error::at_position(
                        ErrorKind::Invalid,
                        &claims_path,
                        line,
                        column,
                        format!(
                            "article.id is {:?}, expected {:?}, the id of {}",
                            file.article.id,
                            article.id,
                            path.display()
                        ),
                    ));
                }
                files.push(ClaimsFile {
                    article: record_of(&article),
                    claims: file.claims,
                });
                origins.push(Origin::ClaimsFile {
                    path: claims_path,
                    text,
                });
            } else {
                files.push(crate::claims::extract(&article, config));
                origins.push(Origin::Extracted {
                    article: path.clone(),
                });
            }
        }
        Ok(Sources { files, origins })
    }

    /// The timeline error `e` as a located error in the file the claim came from.
    pub fn locate(&self, e: &TimelineError) -> Error {
        let origin = self
            .files
            .iter()
            .position(|f| f.article.id == e.article)
            .and_then(|i| self.origins.get(i));
        match origin {
            Some(Origin::ClaimsFile { path, text }) => {
                let key = match e.field {
                    crate::timeline::Field::DateOverride => "date_override",
                    crate::timeline::Field::WhenLabel => "label",
                };
                match claim_field_position(text, &e.claim, key) {
                    Some((line, column)) => {
                        Error::at_position(ErrorKind::Invalid, path, line, column, e.to_string())
                    }
                    None => Error::in_file(ErrorKind::Invalid, path, e.to_string()),
                }
            }
            Some(Origin::Extracted { article }) => Error::in_file(
                ErrorKind::Invalid,
                article,
                format!("extracted {e} (a claimline bug; please report it)"),
            ),
            None => Error::new(ErrorKind::Invalid, format!("article {}: {e}", e.article)),
        }
    }
}

/// The claims-file record of `article`'s front matter.
fn record_of(article: &Article) -> ArticleRecord {
    let meta = &article.meta;
    ArticleRecord {
        id: article.id.clone(),
        title: meta.title.clone(),
        published: meta
            .published
            .moment
            .map_or_else(|| meta.published.date.to_string(), |m| m.to_rfc3339()),
        url: meta.url.clone(),
        publisher: meta.publisher.clone(),
        author: meta.author.clone(),
    }
}

/// The 1-based line and column of the value of `key:` inside the claim whose `id` is `claim`.
/// A text search, not a YAML parse: good enough to point an editor at the line, and `None`
/// when the layout is unusual.
fn claim_field_position(text: &str, claim: &str, key: &str) -> Option<(usize, usize)> {
    let start = text.lines().position(|line| {
        let line = line.trim_start().trim_start_matches("- ").trim_start();
        line.strip_prefix("id:")
            .is_some_and(|v| v.trim().trim_matches(['"', '\'']) == claim)
    })?;
    value_position(text, start, key, "")
}

/// The position of the first `key:` value at or after line index `from` (0-based) whose value
/// contains `value`.
fn value_position(text: &str, from: usize, key: &str, value: &str) -> Option<(usize, usize)> {
    for (n, line) in text.lines().enumerate().skip(from) {
        let body = line.trim_start().trim_start_matches("- ").trim_start();
        if let Some(rest) = body.strip_prefix(key).and_then(|r| r.strip_prefix(':')) {
            if rest.contains(value) {
                let indent = line.len() - body.len();
                let gap = rest.len() - rest.trim_start().len();
                let column = line[..indent + key.len() + 1 + gap].chars().count() + 1;
                return Some((n + 1, column));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = "article:\n  id: a\nclaims:\n  - id: one\n    sentence: s\n    date_override: x\n  - id: two\n    sentence: s\n    when:\n      label: y\n    date_override: \"2018-02-30\"\n";

    #[test]
    fn fields_are_found_inside_their_claim() {
        assert_eq!(
            claim_field_position(FILE, "two", "date_override"),
            Some((11, 20))
        );
        assert_eq!(
            claim_field_position(FILE, "one", "date_override"),
            Some((6, 20))
        );
        assert_eq!(claim_field_position(FILE, "two", "label"), Some((10, 14)));
        assert_eq!(claim_field_position(FILE, "three", "label"), None);
        assert_eq!(value_position(FILE, 0, "id", "a"), Some((2, 7)));
    }
}
