//! Splitting an article into front matter and body, and checking the front matter.

use std::path::Path;

use serde::Deserialize;

use super::{Meta, Published};
use crate::error::{Error, ErrorKind, Result};
use crate::yaml;

/// An article file cut in two.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Parts<'t> {
    /// The YAML between the `---` lines.
    pub front_matter: &'t str,
    /// 1-based line of the file where the front matter's first line is.
    pub front_matter_line: usize,
    /// Everything after the closing `---` line.
    pub body: &'t str,
    /// 1-based line of the file where the body starts.
    pub body_line: usize,
}

/// Cut `text` into front matter and body. The front matter is required: it carries the
/// publication date.
pub fn split_front_matter<'t>(text: &'t str, path: &Path) -> Result<Parts<'t>> {
    let text_no_bom = text.strip_prefix('\u{feff}').unwrap_or(text);
    let offset = text.len() - text_no_bom.len();
    let mut lines = text_no_bom.split_inclusive('\n');
    let first = lines.next().unwrap_or("");
    if first.trim_end() != "---" {
        return Err(Error::at_position(
            ErrorKind::Syntax,
            path,
            1,
            1,
            "expected front matter: a line `---`, then `title:` and `published:` (e.g. \
             `published: 2018-08-08`), then a closing `---` line",
        ));
    }
    let front_start = offset + first.len();
    let mut position = front_start;
    let mut line_no = 1;
    for line in lines {
        line_no += 1;
        let trimmed = line.trim_end();
        if trimmed == "---" || trimmed == "..." {
            return Ok(Parts {
                front_matter: &text[front_start..position],
                front_matter_line: 2,
                body: &text[position + line.len()..],
                body_line: line_no + 1,
            });
        }
        position += line.len();
    }
    Err(Error::at_position(
        ErrorKind::Syntax,
        path,
        1,
        1,
        "the front matter opened here is never closed; expected a line `---` after it",
    ))
}

/// A scalar as YAML gives it; dates must be strings, but people write `published: 2018`.
#[derive(Deserialize)]
#[serde(untagged)]
enum Scalar {
    Text(String),
    Integer(i64),
    Float(f64),
    Flag(bool),
}

impl Scalar {
    fn as_text(&self) -> String {
        match self {
            Scalar::Text(s) => s.clone(),
            Scalar::Integer(i) => i.to_string(),
            Scalar::Float(f) => f.to_string(),
            Scalar::Flag(b) => b.to_string(),
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMeta {
    title: Option<String>,
    published: Option<Scalar>,
    url: Option<String>,
    publisher: Option<String>,
    author: Option<String>,
    language: Option<String>,
}

/// Check the front matter's fields. `first_line` is the file line the YAML starts on.
pub(super) fn parse_meta(front: &str, path: &Path, first_line: usize) -> Result<Meta> {
    let raw: RawMeta = if front.trim().is_empty() {
        RawMeta {
            title: None,
            published: None,
            url: None,
            publisher: None,
            author: None,
            language: None,
        }
    } else {
        yaml::from_str(front, path, first_line)?
    };
    let at_field = |key: &str, message: String| {
        let (line, column) = field_position(front, key).unwrap_or((0, 0));
        Error::at_position(
            ErrorKind::Invalid,
            path,
            first_line + line,
            column + 1,
            message,
        )
    };
    let Some(published) = raw.published else {
        return Err(Error::at_position(
            ErrorKind::Invalid,
            path,
            first_line,
            1,
            "the front matter has no `published:` date; expected e.g. `published: 2018-08-08` \
             (relative dates in the article are resolved against it)",
        ));
    };
    let published = Published::parse(&published.as_text())
        .map_err(|m| at_field("published", format!("published: {m}")))?;
    let title = match raw.title {
        Some(t) if !t.trim().is_empty() => t.trim().to_string(),
        _ => {
            return Err(Error::at_position(
                ErrorKind::Invalid,
                path,
                first_line,
                1,
                "the front matter has no `title:`; expected the article's headline",
            ));
        }
    };
    if let Some(url) = &raw.url {
        if !is_web_url(url) {
            return Err(at_field(
                "url",
                format!("url: expected an http:// or https:// address, found {url:?}"),
            ));
        }
    }
    Ok(Meta {
        title,
        published,
        url: raw.url,
        publisher: raw.publisher.filter(|s| !s.trim().is_empty()),
        author: raw.author.filter(|s| !s.trim().is_empty()),
        language: raw.language.unwrap_or_else(|| "en".to_string()),
    })
}

/// An absolute `http` or `https` URL with a host and no white space or control characters.
pub(crate) fn is_web_url(url: &str) -> bool {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    match rest {
        Some(rest) => {
            let host = rest.split(['/', '?', '#']).next().unwrap_or("");
            !host.is_empty() && !url.chars().any(|c| c.is_whitespace() || c.is_control())
        }
        None => false,
    }
}

/// The 0-based line and column of the value of top-level `key:` in `front`.
fn field_position(front: &str, key: &str) -> Option<(usize, usize)> {
    for (n, line) in front.lines().enumerate() {
        if let Some(rest) = line.strip_prefix(key) {
            if let Some(value) = rest.strip_prefix(':') {
                let column = key.len() + 1 + (value.len() - value.trim_start().len());
                return Some((n, line[..column].chars().count()));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::Article;
    use std::path::Path;

    fn error(text: &str) -> String {
        Article::parse(text, Path::new("a.md"))
            .unwrap_err()
            .to_string()
    }

    #[test]
    fn missing_front_matter() {
        assert!(error("Just text.").starts_with("a.md:1:1: expected front matter"));
    }

    #[test]
    fn unclosed_front_matter() {
        assert!(error("---\ntitle: x\n").contains("never closed"));
    }

    #[test]
    fn missing_published() {
        let e = error("---\ntitle: x\n---\nbody");
        assert!(e.starts_with("a.md:2:1: "), "{e}");
        assert!(e.contains("no `published:`"), "{e}");
    }

    #[test]
    fn impossible_date_points_at_the_value() {
        let e = error("---\ntitle: x\npublished: 2018-02-30\n---\nbody");
        assert_eq!(e, "a.md:3:12: published: \"2018-02-30\" is not a real date");
    }

    #[test]
    fn unknown_field_is_located() {
        let e = error("---\ntitle: x\npublished: 2018-08-08\npubished: y\n---\n");
        assert!(e.starts_with("a.md:4:1: unknown field `pubished`"), "{e}");
    }

    #[test]
    fn non_web_urls_are_refused() {
        let e = error("---\ntitle: x\npublished: 2018-08-08\nurl: javascript:alert(1)\n---\n");
        assert!(e.starts_with("a.md:4:6: url: expected an http"), "{e}");
    }

    #[test]
    fn year_only_is_not_a_publication_date() {
        let e = error("---\ntitle: x\npublished: 2018\n---\n");
        assert!(e.contains("expected a date such as 2018-08-08"), "{e}");
    }
}
