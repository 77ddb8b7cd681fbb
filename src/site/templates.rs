//! The templates: defaults built into the binary, overridden by a site's own folder.
//!
//! As in Zola, the defaults are compiled in with `include_str!`, so `claimline build` works
//! with nothing but data. A site changes any of them by putting a file of the same name in
//! its templates folder (`--templates DIR`, by default `templates/` in the project when it
//! exists); it may also add partials of its own. Only files directly in the folder with a
//! template extension (`html`, `htm`, `xml`, `css`, `js`, `json`, `txt`) are read, so a
//! README or an editor's backup file there does no harm.
//!
//! Autoescaping is on for `.html`, `.htm` and `.xml`, which is every page: article text can
//! never become markup. Templates must put attribute values in double quotes, the quotes the
//! escaper protects.
//!
//! A template error is reported like any other input error, `file:line:column: message`,
//! naming the override's path, or `<built-in>/name` for a default.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::error::{Error, ErrorKind, Result, read_utf8};

/// The default templates, by name.
pub const DEFAULTS: &[(&str, &str)] = &[
    ("base.html", include_str!("../../templates/base.html")),
    ("index.html", include_str!("../../templates/index.html")),
    ("article.html", include_str!("../../templates/article.html")),
    (
        "_timeline.html",
        include_str!("../../templates/_timeline.html"),
    ),
    ("_entry.html", include_str!("../../templates/_entry.html")),
    ("_claim.html", include_str!("../../templates/_claim.html")),
    ("style.css", include_str!("../../templates/style.css")),
];

const EXTENSIONS: &[&str] = &["html", "htm", "xml", "css", "js", "json", "txt"];

/// A loaded, checked set of templates.
pub struct Templates {
    tera: tera::Tera,
    /// Where each template came from: `None` for a default.
    origins: BTreeMap<String, Option<PathBuf>>,
}

impl Templates {
    /// The defaults, overridden by the files in `dir` when given.
    pub fn load(dir: Option<&Path>) -> Result<Templates> {
        let mut sources: BTreeMap<String, (String, Option<PathBuf>)> = DEFAULTS
            .iter()
            .map(|(name, text)| (name.to_string(), (text.to_string(), None)))
            .collect();
        if let Some(dir) = dir {
            for path in template_files(dir)? {
                let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
                    return Err(Error::in_file(
                        ErrorKind::Template,
                        &path,
                        "a template's file name must be valid UTF-8",
                    ));
                };
                let text = read_utf8(&path)?;
                sources.insert(name.to_string(), (text, Some(path.clone())));
            }
        }
        let origins: BTreeMap<String, Option<PathBuf>> = sources
            .iter()
            .map(|(name, (_, origin))| (name.clone(), origin.clone()))
            .collect();
        let mut tera = tera::Tera::new();
        tera.add_raw_templates(sources.iter().map(|(name, (text, _))| (name, text)))
            .map_err(|e| located(&e, &origins))?;
        Ok(Templates { tera, origins })
    }

    /// Render template `name` with `context`.
    pub fn render(&self, name: &str, context: &tera::Context) -> Result<String> {
        self.tera
            .render(name, context)
            .map_err(|e| located(&e, &self.origins))
    }

    /// Where template `name` was read from; `None` for a built-in default.
    pub fn origin(&self, name: &str) -> Option<&Path> {
        self.origins.get(name).and_then(|o| o.as_deref())
    }
}

/// The template files directly in `dir`, sorted by name.
fn template_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let entries = std::fs::read_dir(dir).map_err(|e| Error::io("list", dir, e))?;
    let mut paths = Vec::new();
    for entry in entries {
        let path = entry.map_err(|e| Error::io("list", dir, e))?.path();
        let hidden = path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'));
        let is_template = path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| EXTENSIONS.contains(&e));
        if is_template && !hidden && path.is_file() {
            paths.push(path);
        }
    }
    paths.sort();
    Ok(paths)
}

/// A tera error as a claimline error, located in the template's file.
fn located(error: &tera::Error, origins: &BTreeMap<String, Option<PathBuf>>) -> Error {
    let path_of = |name: &str| match origins.get(name) {
        Some(Some(path)) => path.clone(),
        _ => Path::new("<built-in>").join(name),
    };
    match error.kind() {
        tera::ErrorKind::SyntaxError(report) | tera::ErrorKind::RenderingError(report) => {
            let span = report.span();
            Error::at_position(
                ErrorKind::Template,
                &path_of(report.filename()),
                span.start_line,
                span.start_col + 1,
                report.message(),
            )
        }
        tera::ErrorKind::MissingParent { current, parent } => Error::in_file(
            ErrorKind::Template,
            &path_of(current),
            format!(
                "extends {parent:?}, which is not a template; the templates are: {}",
                origins.keys().cloned().collect::<Vec<_>>().join(", ")
            ),
        ),
        tera::ErrorKind::CircularExtend {
            tpl,
            inheritance_chain,
        } => Error::in_file(
            ErrorKind::Template,
            &path_of(tpl),
            format!("extends itself through {}", inheritance_chain.join(" -> ")),
        ),
        _ => {
            // Checks made after parsing (an unknown filter, a missing parent) come as one
            // text holding a report per problem: "error: message" then "--> name:line:col".
            let text = error.to_string();
            let message = text
                .lines()
                .next()
                .unwrap_or("")
                .trim_start_matches("error: ")
                .to_string();
            let place = text
                .lines()
                .find_map(|l| l.trim_start().strip_prefix("--> "))
                .and_then(parse_place);
            match place {
                Some((name, line, column)) => {
                    Error::at_position(ErrorKind::Template, &path_of(name), line, column, message)
                }
                None => Error::new(ErrorKind::Template, format!("templates: {message}")),
            }
        }
    }
}

/// `name:line:column` from tera's report.
fn parse_place(text: &str) -> Option<(&str, usize, usize)> {
    let mut parts = text.rsplitn(3, ':');
    let column = parts.next()?.trim().parse().ok()?;
    let line = parts.next()?.trim().parse().ok()?;
    Some((parts.next()?, line, column))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_load() {
        let t = Templates::load(None).unwrap();
        for (name, _) in DEFAULTS {
            assert_eq!(t.origin(name), None);
        }
    }

    #[test]
    fn places_parse_from_reports() {
        assert_eq!(parse_place("index.html:3:5"), Some(("index.html", 3, 5)));
        assert_eq!(parse_place("a:b.html:1:2"), Some(("a:b.html", 1, 2)));
        assert_eq!(parse_place("index.html"), None);
    }
}
