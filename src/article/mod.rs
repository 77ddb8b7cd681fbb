//! Articles: a text file whose YAML front matter says what it is and when it was published.
//!
//! ```text
//! ---
//! title: Rand Paul Delivers Letter from Trump to Putin
//! published: 2018-08-08            # or 2018-08-08T14:05:00-04:00
//! publisher: Breitbart News        # optional, like url, author and language
//! ---
//! Sen. Rand Paul (R-KY) delivered a letter on Wednesday ...
//! ```
//!
//! The publication date is what every relative date in the body is resolved against, so it is
//! required and must be a real day. When a time with an offset is given, the date as written
//! (the newsroom's local date) is the reference: a story stamped 23:30-04:00 on the 8th says
//! "today" about the 8th.

mod front_matter;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::Serialize;

use crate::error::{Error, ErrorKind, Result, read_utf8};

pub(crate) use front_matter::is_web_url;
pub use front_matter::split_front_matter;

/// An article, loaded and checked.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Article {
    /// Stable identifier, from the file name: `data/articles/rand-paul.md` is `rand-paul`.
    pub id: String,
    /// Where it was read from.
    #[serde(skip)]
    pub path: PathBuf,
    /// What the front matter says.
    pub meta: Meta,
    /// The article text after the front matter; mention offsets are relative to it.
    #[serde(skip)]
    pub body: String,
    /// The 1-based line of the file on which the body starts.
    #[serde(skip)]
    pub body_line: usize,
}

/// An article's front matter.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Meta {
    /// The headline.
    pub title: String,
    /// When it was published.
    pub published: Published,
    /// Where it was published, an `http` or `https` URL.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Who published it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    /// Who wrote it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// Its language, a BCP 47 tag; `en` when not given.
    pub language: String,
}

/// A publication date, with the time and offset when the front matter gives them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Published {
    /// The date relative references are resolved against.
    pub date: NaiveDate,
    /// The exact moment, when known.
    pub moment: Option<DateTime<FixedOffset>>,
}

impl Serialize for Published {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        match self.moment {
            Some(m) => s.serialize_str(&m.to_rfc3339()),
            None => s.serialize_str(&self.date.to_string()),
        }
    }
}

impl Published {
    /// Parse `2018-08-08` or an RFC 3339 date-time such as `2018-08-08T14:05:00-04:00`.
    ///
    /// ```
    /// use claimline::article::Published;
    /// assert_eq!(Published::parse("2018-08-08").unwrap().date.to_string(), "2018-08-08");
    /// let p = Published::parse("2018-08-08T23:30:00-04:00").unwrap();
    /// assert_eq!(p.date.to_string(), "2018-08-08");
    /// assert!(Published::parse("2018-02-30").is_err());
    /// ```
    pub fn parse(text: &str) -> std::result::Result<Published, String> {
        let text = text.trim();
        if let Ok(date) = NaiveDate::parse_from_str(text, "%Y-%m-%d") {
            if text.len() == 10 {
                return Ok(Published { date, moment: None });
            }
        }
        if let Ok(moment) = DateTime::parse_from_rfc3339(text) {
            return Ok(Published {
                date: moment.date_naive(),
                moment: Some(moment),
            });
        }
        if looks_like_date(text) {
            return Err(format!("{text:?} is not a real date"));
        }
        Err(format!(
            "expected a date such as 2018-08-08 or a date-time with offset such as \
             2018-08-08T14:05:00-04:00, found {text:?}"
        ))
    }
}

fn looks_like_date(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() >= 10
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[4] == b'-'
        && b[5..7].iter().all(u8::is_ascii_digit)
        && b[7] == b'-'
        && b[8..10].iter().all(u8::is_ascii_digit)
}

impl Article {
    /// Read and check the article at `path`.
    pub fn load(path: &Path) -> Result<Article> {
        let text = read_utf8(path)?;
        Article::parse(&text, path)
    }

    /// Check an article held in memory; `path` names it in errors and gives its id.
    pub fn parse(text: &str, path: &Path) -> Result<Article> {
        let parts = split_front_matter(text, path)?;
        let meta = front_matter::parse_meta(parts.front_matter, path, parts.front_matter_line)?;
        Ok(Article {
            id: article_id(path)?,
            path: path.to_path_buf(),
            meta,
            body: parts.body.to_string(),
            body_line: parts.body_line,
        })
    }
}

/// The id of the article stored at `path`: its file name without extension, lower-cased, with
/// anything but letters and digits turned into single hyphens.
///
/// ```
/// use std::path::Path;
/// use claimline::article::article_id;
/// assert_eq!(article_id(Path::new("data/articles/Rand Paul_Letter.md")).unwrap(), "rand-paul-letter");
/// ```
pub fn article_id(path: &Path) -> Result<String> {
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    let mut id = String::with_capacity(stem.len());
    for c in stem.chars() {
        if c.is_alphanumeric() {
            id.extend(c.to_lowercase());
        } else if !id.ends_with('-') && !id.is_empty() {
            id.push('-');
        }
    }
    while id.ends_with('-') {
        id.pop();
    }
    if id.is_empty() {
        return Err(Error::in_file(
            ErrorKind::Invalid,
            path,
            "the file name has no letters or digits to make an article id from",
        ));
    }
    Ok(id)
}

/// Load every article in `paths`: those that load, in order, and an error for each that does
/// not. A file whose id an earlier file already has is an error too: both would share one
/// claims file and one page.
///
/// All of them are tried, so that one run reports every broken article.
pub fn load_all(paths: &[PathBuf]) -> (Vec<Article>, Vec<Error>) {
    let mut articles = Vec::with_capacity(paths.len());
    let mut errors = Vec::new();
    let mut first: BTreeMap<String, &Path> = BTreeMap::new();
    for path in paths {
        match Article::load(path) {
            Ok(article) => match first.get(&article.id) {
                Some(earlier) => errors.push(Error::in_file(
                    ErrorKind::Invalid,
                    path,
                    format!(
                        "has the same article id, {:?}, as {}; rename one of them",
                        article.id,
                        earlier.display()
                    ),
                )),
                None => {
                    first.insert(article.id.clone(), path);
                    articles.push(article);
                }
            },
            Err(e) => errors.push(e),
        }
    }
    (articles, errors)
}

/// The article files in `dir` (`.md`, `.markdown`, `.txt`), sorted by path so every run sees
/// them in the same order.
pub fn list(dir: &Path) -> Result<Vec<PathBuf>> {
    let entries = std::fs::read_dir(dir).map_err(|e| Error::io("list", dir, e))?;
    let mut paths = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| Error::io("list", dir, e))?;
        let path = entry.path();
        let is_article = path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| matches!(e, "md" | "markdown" | "txt"));
        if is_article && path.is_file() {
            paths.push(path);
        }
    }
    paths.sort();
    Ok(paths)
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = "---\ntitle: A title\npublished: 2018-08-08\npublisher: Breitbart News\n---\nOn Wednesday it rained.\n";

    #[test]
    fn loads_front_matter_and_body() {
        let a = Article::parse(GOOD, Path::new("data/articles/rain.md")).unwrap();
        assert_eq!(a.id, "rain");
        assert_eq!(a.meta.title, "A title");
        assert_eq!(a.meta.published.date.to_string(), "2018-08-08");
        assert_eq!(a.meta.publisher.as_deref(), Some("Breitbart News"));
        assert_eq!(a.meta.language, "en");
        assert_eq!(a.body, "On Wednesday it rained.\n");
        assert_eq!(a.body_line, 6);
    }

    #[test]
    fn date_time_with_offset_keeps_the_local_date() {
        let text = GOOD.replace("2018-08-08", "2018-08-08T23:30:00-04:00");
        let a = Article::parse(&text, Path::new("a.md")).unwrap();
        assert_eq!(a.meta.published.date.to_string(), "2018-08-08");
        assert!(a.meta.published.moment.is_some());
    }
}
