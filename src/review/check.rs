//! `claimline check`: every problem in a project's claims files and articles, each located at
//! the node that causes it, all in one run.
//!
//! A claims file is checked in three passes, and every pass reports all it finds:
//!
//! 1. syntax: the located YAML reader ([`crate::yaml::tree`]);
//! 2. shape: the tree against the JSON Schema editors use ([`super::claims_schema`]), so
//!    unknown fields, wrong types and statuses or verdicts off the configured scale are
//!    reported exactly as an editor underlines them;
//! 3. meaning: impossible dates (`reviewed_at`, `accessed`, `date_override`, the resolved
//!    intervals), duplicate claim ids, a verdict without a source, a source that is not an
//!    http(s) URL, a claims file whose article does not exist.
//!
//! Finally the file is loaded as `build` and `status` load it; if that fails where the passes
//! above found nothing, its error is reported too, so `check` never passes a file the other
//! commands refuse.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde_json::Value as Json;

use super::diagnostic::{Diagnostic, Severity};
use super::{Project, claims_schema, load, schema_text};
use crate::article::{self, Published};
use crate::config::Config;
use crate::error::read_utf8;
use crate::temporal::{Grain, parse_when};
use crate::yaml::tree::{self, Node};
use crate::yaml::validate::{Problem, Step, validate};

/// What a claims file is checked against.
#[derive(Debug, Clone)]
pub struct Context {
    /// The project's scales.
    pub config: Config,
    /// The claims file schema, with the project's scales.
    pub schema: Json,
    /// The project's articles by id, with their publication dates; `None` to skip the
    /// "article exists" check.
    pub articles: Option<BTreeMap<String, NaiveDate>>,
}

impl Context {
    /// A context for `config`, without article checks.
    pub fn new(config: Config) -> Context {
        let schema = claims_schema(&config);
        Context {
            config,
            schema,
            articles: None,
        }
    }
}

/// The result of checking a set of files.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    /// Every problem, sorted by file, line and column.
    pub diagnostics: Vec<Diagnostic>,
    /// How many files were checked.
    pub files: usize,
}

impl Report {
    /// How many diagnostics have `severity`.
    pub fn count(&self, severity: Severity) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .count()
    }
}

/// Check `paths` (files or folders; the project's data folder when empty) of `project`.
pub fn check(project: &Project, paths: &[PathBuf]) -> Report {
    let mut report = Report::default();
    let config = match project.config() {
        Ok(c) => c,
        Err(e) => {
            report.diagnostics.push(Diagnostic::from_error(
                &e,
                project.file(crate::config::FILE_NAME),
            ));
            Config::default()
        }
    };
    let default_run = paths.is_empty();
    let mut context = Context::new(config);
    let mut article_problems = Vec::new();
    match project.articles() {
        Ok(article_paths) => {
            let (articles, problems) = index_articles(&article_paths);
            context.articles = Some(articles);
            article_problems = problems;
        }
        // Files named on the command line are checked without the project's articles: the
        // "article exists" check is skipped rather than failing every claims file.
        Err(e) if default_run => {
            report
                .diagnostics
                .push(Diagnostic::from_error(&e, project.articles_dir()));
            context.articles = Some(BTreeMap::new());
        }
        Err(_) => {}
    }
    if default_run {
        if let Err(e) = project.claims_files() {
            report
                .diagnostics
                .push(Diagnostic::from_error(&e, project.claims_dir()));
        }
    }

    let roots = if default_run {
        // A missing data folder is already reported, as a missing articles folder.
        Vec::from_iter(Some(project.data.clone()).filter(|d| d.is_dir()))
    } else {
        paths.to_vec()
    };
    let mut files = Vec::new();
    for root in &roots {
        collect(root, &mut files, &mut report.diagnostics);
    }
    files.sort();
    files.dedup();
    for file in &files {
        report.files += 1;
        if load::is_claims_file(file) {
            report.diagnostics.extend(check_claims_file(file, &context));
        } else {
            // Articles were all loaded once to index them; report the problems of the ones
            // asked about.
            let same = |d: &Diagnostic| same_file(&d.path, file);
            report
                .diagnostics
                .extend(article_problems.iter().filter(|d| same(d)).cloned());
            article_problems.retain(|d| !same(d));
        }
    }
    if default_run {
        report
            .diagnostics
            .extend(check_schema_file(project, &context.config));
    }
    report.diagnostics.sort_by(|a, b| {
        (&a.path, a.line, a.column, a.severity).cmp(&(&b.path, b.line, b.column, b.severity))
    });
    report
}

fn same_file(a: &Path, b: &Path) -> bool {
    a == b || matches!((a.canonicalize(), b.canonicalize()), (Ok(x), Ok(y)) if x == y)
}

/// Claims files and articles under `path`, recursively; folders in sorted order.
fn collect(path: &Path, files: &mut Vec<PathBuf>, problems: &mut Vec<Diagnostic>) {
    if path.is_dir() {
        let entries = match std::fs::read_dir(path) {
            Ok(e) => e,
            Err(e) => {
                let error = crate::error::Error::io("list", path, e);
                problems.push(Diagnostic::from_error(&error, path));
                return;
            }
        };
        let mut children: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        children.sort();
        for child in children {
            if child.is_dir() || is_checked(&child) {
                collect(&child, files, problems);
            }
        }
    } else if path.exists() {
        files.push(path.to_path_buf());
    } else {
        let error = crate::error::Error::io(
            "read",
            path,
            std::io::Error::from(std::io::ErrorKind::NotFound),
        );
        problems.push(Diagnostic::from_error(&error, path));
    }
}

fn is_checked(path: &Path) -> bool {
    load::is_claims_file(path) || is_article(path)
}

fn is_article(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| matches!(e, "md" | "markdown" | "txt"))
}

/// The articles at `paths` by id, and the problems of the ones that do not load.
fn index_articles(paths: &[PathBuf]) -> (BTreeMap<String, NaiveDate>, Vec<Diagnostic>) {
    let (articles, errors) = article::load_all(paths);
    let mut ids: BTreeMap<String, NaiveDate> = articles
        .into_iter()
        .map(|a| (a.id, a.meta.published.date))
        .collect();
    // A broken article still exists: its claims file is not orphaned.
    for path in paths {
        if let Ok(id) = article::article_id(path) {
            ids.entry(id).or_insert(NaiveDate::MIN);
        }
    }
    let problems = errors
        .iter()
        .map(|e| Diagnostic::from_error(e, e.location().map_or(Path::new(""), |l| &l.path)))
        .collect();
    (ids, problems)
}

fn check_schema_file(project: &Project, config: &Config) -> Vec<Diagnostic> {
    let claims = load::list(&project.claims_dir()).unwrap_or_default();
    if claims.is_empty() {
        return Vec::new();
    }
    let path = project.schema_path();
    let message = match std::fs::read_to_string(&path) {
        Ok(text) if text == schema_text(config) => return Vec::new(),
        Ok(_) => {
            "out of date with claimline.yaml or this claimline; run `claimline schema --write`"
        }
        Err(_) => {
            "missing: editors cannot validate the claims files; run `claimline schema --write`"
        }
    };
    vec![Diagnostic {
        path,
        line: None,
        column: None,
        severity: Severity::Warning,
        message: message.to_string(),
    }]
}

/// Check the claims file at `path`.
pub fn check_claims_file(path: &Path, context: &Context) -> Vec<Diagnostic> {
    match read_utf8(path) {
        Ok(text) => check_claims_text(&text, path, context),
        Err(e) => vec![Diagnostic::from_error(&e, path)],
    }
}

/// Check a claims file held in memory; `path` names it in the diagnostics.
///
/// ```
/// use std::path::Path;
/// use claimline::config::Config;
/// use claimline::review::check::{Context, check_claims_text};
/// let text = "article: {id: a, title: T, published: 2018-08-08}\n\
///             claims:\n- id: c1\n  sentence: It rained.\n  verdict: maybe\n";
/// let found = check_claims_text(text, Path::new("a.yaml"), &Context::new(Config::default()));
/// assert_eq!(found[0].to_string(), "a.yaml:5:12: error: claim c1: verdict: \"maybe\" is not \
///     on the scale; expected one of: true, mostly-true, misleading, false, unverifiable");
/// ```
pub fn check_claims_text(text: &str, path: &Path, context: &Context) -> Vec<Diagnostic> {
    let root = match tree::parse(text, path) {
        Ok(Some(root)) => root,
        Ok(None) => {
            return vec![Diagnostic::at(
                path,
                1,
                1,
                Severity::Error,
                "the claims file is empty; expected `article:` and `claims:` (run `claimline extract`)",
            )];
        }
        Err(e) => return vec![Diagnostic::from_error(&e, path)],
    };
    let mut out = Checker {
        path,
        root: &root,
        context,
        found: Vec::new(),
    };
    for v in validate(&root, &context.schema) {
        let message = out.describe(&v.path, &v.problem);
        out.push(v.pos.line, v.pos.column, Severity::Error, message);
    }
    out.article();
    out.claims();
    let mut found = out.found;
    if !found.iter().any(|d| d.severity == Severity::Error) {
        if let Err(e) = load::parse(text, path) {
            found.push(Diagnostic::from_error(&e, path));
        }
    }
    found
}

struct Checker<'a> {
    path: &'a Path,
    root: &'a Node,
    context: &'a Context,
    found: Vec<Diagnostic>,
}

impl Checker<'_> {
    fn push(&mut self, line: usize, column: usize, severity: Severity, message: String) {
        self.found
            .push(Diagnostic::at(self.path, line, column, severity, message));
    }

    fn at(&mut self, node: &Node, severity: Severity, message: String) {
        self.push(node.start.line, node.start.column, severity, message);
    }

    /// "claim c1: sources[0].url" for a path into the document.
    fn place(&self, path: &[Step]) -> String {
        let mut words = Vec::new();
        let mut rest = path;
        if let [Step::Key(k), Step::Index(i), tail @ ..] = path {
            if k == "claims" {
                words.push(self.claim_name(*i));
                rest = tail;
            }
        }
        let mut field = String::new();
        for step in rest {
            match step {
                Step::Key(k) if field.is_empty() => field.push_str(k),
                Step::Key(k) => {
                    field.push('.');
                    field.push_str(k);
                }
                Step::Index(i) => field.push_str(&format!("[{i}]")),
            }
        }
        if !field.is_empty() {
            words.push(field);
        }
        words.join(": ")
    }

    fn claim_name(&self, index: usize) -> String {
        let id = self
            .root
            .get("claims")
            .and_then(|c| c.items().get(index))
            .and_then(|c| c.get("id"))
            .and_then(Node::as_text);
        match id {
            Some(id) => format!("claim {id}"),
            None => format!("claim #{}", index + 1),
        }
    }

    fn describe(&self, path: &[Step], problem: &Problem) -> String {
        let place = self.place(path);
        let prefix = if place.is_empty() {
            String::new()
        } else {
            format!("{place}: ")
        };
        match problem {
            Problem::UnknownField { field, known } => {
                let hint = match closest(field, known) {
                    Some(k) => format!("; did you mean `{k}`?"),
                    None => format!("; expected one of: {}", known.join(", ")),
                };
                format!("{prefix}unknown field `{field}`{hint}")
            }
            Problem::MissingField { field } => format!("{prefix}missing field `{field}`"),
            Problem::DuplicateKey { field, first_line } => {
                format!("{prefix}`{field}` appears twice (first on line {first_line}); keep one")
            }
            Problem::WrongType { expected, found } => {
                format!("{prefix}expected {expected}, found {found}")
            }
            Problem::NotAllowed { found, allowed } => {
                let scale = match path.last() {
                    Some(Step::Key(k)) if k == "status" => "is not a status of this project",
                    Some(Step::Key(k)) if k == "verdict" => "is not on the scale",
                    _ => "is not allowed",
                };
                format!(
                    "{prefix}{found} {scale}; expected one of: {}",
                    allowed.join(", ")
                )
            }
        }
    }

    fn article(&mut self) {
        let Some(article) = self.root.get("article") else {
            return;
        };
        if let Some(node) = article.get("published") {
            if let Some(text) = node.as_text() {
                if let Err(m) = Published::parse(text) {
                    self.at(node, Severity::Error, format!("article: published: {m}"));
                }
            }
        }
        if let Some(node) = article.get("url") {
            self.web_url(node, "article: url");
        }
        let Some(id_node) = article.get("id") else {
            return;
        };
        let Some(id) = id_node.as_text() else { return };
        if let Some(articles) = &self.context.articles {
            if !articles.contains_key(id) {
                self.at(
                    id_node,
                    Severity::Error,
                    format!(
                        "article: id: no article `{id}` in the articles folder; the claims file \
                         has nothing to review"
                    ),
                );
            }
        }
        let stem = self.path.file_stem().and_then(|s| s.to_str());
        if stem.is_some_and(|s| s != id) {
            self.at(
                id_node,
                Severity::Warning,
                format!(
                    "article: id: `{id}`, but the file is named `{}`; `extract` writes \
                     `{id}.yaml`",
                    stem.unwrap_or_default()
                ),
            );
        }
    }

    fn published(&self) -> Option<NaiveDate> {
        let id = self.root.get("article")?.get("id")?.as_text()?;
        let date = *self.context.articles.as_ref()?.get(id)?;
        (date != NaiveDate::MIN).then_some(date)
    }

    fn claims(&mut self) {
        let root = self.root;
        let Some(claims) = root.get("claims") else {
            return;
        };
        let mut ids: BTreeMap<&str, usize> = BTreeMap::new();
        for (i, claim) in claims.items().iter().enumerate() {
            let name = self.claim_name(i);
            if let Some(id) = claim.get("id") {
                if let Some(text) = id.as_text() {
                    match ids.get(text) {
                        Some(first) => self.at(
                            id,
                            Severity::Error,
                            format!("duplicate claim id `{text}` (first on line {first}); ids must be unique in a file"),
                        ),
                        None => {
                            ids.insert(text, id.start.line);
                        }
                    }
                }
            }
            self.claim(claim, &name);
        }
    }

    fn claim(&mut self, claim: &Node, name: &str) {
        let config = &self.context.config;
        let status = claim
            .get("status")
            .and_then(Node::as_text)
            .unwrap_or(config.initial_status());
        let publishable = config.is_publishable(status);
        let has_sources = claim.get("sources").is_some_and(|s| !s.items().is_empty());
        match claim.get("verdict") {
            Some(v) if v.as_text().is_some() && !has_sources => {
                let severity = if publishable {
                    Severity::Error
                } else {
                    Severity::Warning
                };
                let found = v.as_text().unwrap_or_default();
                self.at(
                    v,
                    severity,
                    format!(
                        "{name}: verdict `{found}` without any source; add the evidence under \
                         `sources:` (url, title, accessed)"
                    ),
                );
            }
            Some(v) if v.as_text().is_some() => {}
            _ if publishable => {
                if let Some(s) = claim.get("status") {
                    self.at(
                        s,
                        Severity::Warning,
                        format!("{name}: status `{status}` is published on the site, but there is no verdict"),
                    );
                }
            }
            _ => {}
        }
        if publishable && claim.get("gone").and_then(Node::as_text) == Some("true") {
            if let Some(s) = claim.get("status") {
                self.at(
                    s,
                    Severity::Warning,
                    format!("{name}: published, but its sentence is no longer in the article (`gone: true`)"),
                );
            }
        }
        if let Some(node) = claim.get("reviewed_at") {
            if let Some(day) = self.day(node, &format!("{name}: reviewed_at")) {
                if self.published().is_some_and(|p| day < p) {
                    self.at(
                        node,
                        Severity::Warning,
                        format!("{name}: reviewed_at {day} is before the article was published"),
                    );
                }
            }
        }
        if let Some(node) = claim.get("date_override") {
            if let Some(text) = node.as_text() {
                if let Err(e) = parse_when(text) {
                    self.at(node, Severity::Error, format!("{name}: date_override: {e}"));
                }
            }
        }
        for (i, source) in claim
            .get("sources")
            .map_or(&[][..], Node::items)
            .iter()
            .enumerate()
        {
            if let Some(url) = source.get("url") {
                self.web_url(url, &format!("{name}: sources[{i}].url"));
            }
            if let Some(accessed) = source.get("accessed") {
                self.day(accessed, &format!("{name}: sources[{i}].accessed"));
            }
        }
        if let Some(when) = claim.get("when") {
            self.interval(when, &format!("{name}: when"));
        }
        for (i, date) in claim
            .get("dates")
            .map_or(&[][..], Node::items)
            .iter()
            .enumerate()
        {
            self.interval(date, &format!("{name}: dates[{i}]"));
        }
    }

    /// A `YYYY-MM-DD` day; reports and returns `None` otherwise.
    fn day(&mut self, node: &Node, field: &str) -> Option<NaiveDate> {
        let text = node.as_text()?;
        match parse_when(text) {
            Ok(w) if w.grain == Grain::Day && w.from.is_some() => w.from,
            Ok(_) => {
                self.at(
                    node,
                    Severity::Error,
                    format!("{field}: expected a day such as 2018-08-10, found {text:?}"),
                );
                None
            }
            Err(e) => {
                self.at(node, Severity::Error, format!("{field}: {e}"));
                None
            }
        }
    }

    /// The `from` and `to` days of a `when` or `dates` entry.
    fn interval(&mut self, node: &Node, field: &str) {
        let from = node
            .get("from")
            .and_then(|n| self.day(n, &format!("{field}.from")));
        let to = node
            .get("to")
            .and_then(|n| self.day(n, &format!("{field}.to")));
        if let (Some(from), Some(to), Some(to_node)) = (from, to, node.get("to")) {
            if to < from {
                self.at(
                    to_node,
                    Severity::Error,
                    format!("{field}: to ({to}) is before from ({from})"),
                );
            }
        }
    }

    fn web_url(&mut self, node: &Node, field: &str) {
        if let Some(url) = node.as_text() {
            if !article::is_web_url(url) {
                self.at(
                    node,
                    Severity::Error,
                    format!("{field}: expected an http:// or https:// address, found {url:?}"),
                );
            }
        }
    }
}

/// The known name closest to a misspelt one, when it is close enough to be a typo.
fn closest<'k>(name: &str, known: &'k [String]) -> Option<&'k str> {
    known
        .iter()
        .map(|k| (edit_distance(name, k), k))
        .filter(|(d, k)| *d <= 2.max(k.len() / 4))
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k.as_str())
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous + usize::from(ca != *cb);
            previous = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(row[j + 1] + 1);
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typos_are_recognised() {
        let known: Vec<String> = ["verdict", "sources", "status"].map(String::from).to_vec();
        assert_eq!(closest("verdcit", &known), Some("verdict"));
        assert_eq!(closest("source", &known), Some("sources"));
        assert_eq!(closest("colour", &known), None);
    }
}
