//! Safe re-extraction: bringing a fresh extraction into a claims file that people have edited.
//!
//! The merge works on the file's *text*, not on a parsed value written back out: parsing and
//! re-serialising would drop comments, reflow scalars and reorder keys, which is exactly the
//! damage a reviewer must never see. The only edits it makes are:
//!
//! - **insert** a new claim block (unreviewed) for each claim the extractor finds that the file
//!   does not have, next to the claim that precedes it in the article, so the file keeps the
//!   article's order;
//! - **insert** the line `gone: true  # ...` under the `id:` of a claim whose sentence is no
//!   longer in the article (the claim and its review stay);
//! - **remove** that same line, if it is still exactly as the tool wrote it, when the sentence
//!   comes back;
//! - turn an empty `claims: []` into `claims:` when the first claims arrive.
//!
//! Everything else a person wrote stays byte for byte. Where the extractor now reads a claim
//! differently from the file (another date, speaker or quote), the merge does not touch the
//! file: it returns a [`Note`] pointing at the value, for the command to report.
//!
//! A file is matched to the extraction by claim `id`, then by identical sentence (so a changed
//! id scheme does not duplicate claims). The merged text is parsed again before it is
//! returned: if it would not load, or would lose a claim, the merge fails and nothing is
//! written.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde::Serialize;

use super::load;
use super::model::{Claim, ClaimsFile};
use super::render::{GONE_LINE, claim_block};
use crate::error::{Error, ErrorKind, Result};
use crate::yaml::tree::{self, Node, Value};

/// The outcome of a merge.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Merge {
    /// The file's new text; equal to the old one when there was nothing to add.
    #[serde(skip)]
    pub text: String,
    /// Ids of the claims added.
    pub added: Vec<String>,
    /// Ids of the claims newly marked `gone`.
    pub gone: Vec<String>,
    /// Ids of the claims whose `gone` line was removed because the sentence is back.
    pub back: Vec<String>,
    /// What the tool would have changed but did not, and other remarks.
    pub notes: Vec<Note>,
}

/// A remark about a place in the file: mostly a difference between what the file holds and
/// what the extractor now finds, which the merge reports instead of applying.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Note {
    /// 1-based line of the value concerned.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
    /// The claim's id; `None` for the article's metadata.
    pub claim: Option<String>,
    /// The field concerned (`when`, `speaker`, `title`...).
    pub field: String,
    /// What the file holds, when this is a difference.
    pub in_file: Option<String>,
    /// What the extractor now finds, when this is a difference.
    pub extracted: Option<String>,
    /// The whole remark, in words.
    pub message: String,
}

/// Merge `fresh` (the extraction of the article whose text is `body`) into the claims file
/// `original`, read from `path`.
///
/// Fails, with a located error, when `original` does not parse or has a layout the text
/// merge cannot extend safely (duplicate ids, a claims list in flow style); the caller then
/// leaves the file alone.
pub fn merge(original: &str, path: &Path, fresh: &ClaimsFile, body: &str) -> Result<Merge> {
    let typed = load::parse(original, path)?;
    let root = tree::parse(original, path)?.ok_or_else(|| {
        Error::in_file(ErrorKind::Invalid, path, "the claims file has no content")
    })?;
    let file = FileView::new(original, path, &root, &typed)?;
    let fresh_ids = unique_ids(&fresh.claims).map_err(|id| {
        Error::in_file(
            ErrorKind::Invalid,
            path,
            format!("the extractor produced two claims with id `{id}`; nothing was changed"),
        )
    })?;
    debug_assert_eq!(fresh_ids.len(), fresh.claims.len());

    let matches = match_claims(&typed.claims, &fresh.claims);
    let mut out = Merge::default();
    let mut edits = Edits::default();

    article_notes(&file, &typed, fresh, &mut out.notes);
    let matched_file: BTreeSet<usize> = matches.iter().flatten().copied().collect();
    let body_words = normalize(body);
    for (i, claim) in typed.claims.iter().enumerate() {
        let item = &file.items[i];
        if let Some(j) = matches.iter().position(|m| *m == Some(i)) {
            claim_notes(item, claim, &fresh.claims[j], &mut out.notes);
        }
        let present = matched_file.contains(&i) || body_words.contains(&normalize(&claim.sentence));
        match (present, claim.gone) {
            (true, true) => file.unflag_gone(item, claim, &mut edits, &mut out),
            (false, false) if item.get("gone").is_none() => {
                file.flag_gone(item, claim, &mut edits, &mut out);
            }
            (true, false) if !matched_file.contains(&i) => out.notes.push(note(
                item,
                claim,
                "sentence",
                "the extractor no longer finds a claim in this sentence; the claim is kept",
            )),
            _ => {}
        }
    }
    file.add_new_claims(&matches, fresh, &mut edits, &mut out)?;

    out.text = edits.apply(original);
    verify(&out.text, path, &typed, out.added.len())?;
    Ok(out)
}

/// A claims file's text with the positions the merge needs.
struct FileView<'a> {
    text: &'a str,
    path: &'a Path,
    root: &'a Node,
    /// The `claims:` entry, when the file has one.
    claims: Option<&'a tree::Entry>,
    items: &'a [Node],
    /// Column (0-based) of the `-` of the claim items.
    dash: usize,
    crlf: bool,
}

impl<'a> FileView<'a> {
    fn new(
        text: &'a str,
        path: &'a Path,
        root: &'a Node,
        typed: &ClaimsFile,
    ) -> Result<FileView<'a>> {
        if !matches!(root.value, Value::Mapping { flow: false, .. }) {
            return Err(located(
                path,
                root,
                "expected `article:` and `claims:` at the top",
            ));
        }
        let claims = root.entry("claims");
        let items = claims.map_or(&[][..], |e| e.value.items());
        if items.len() != typed.claims.len() {
            return Err(located(
                path,
                root,
                "the claims list could not be read twice alike",
            ));
        }
        if let Some(e) = claims {
            if let Value::Sequence { flow: true, items } = &e.value.value {
                if !items.is_empty() {
                    return Err(located(
                        path,
                        &e.value,
                        "the claims list is written in flow style (`[...]`); re-extraction \
                         adds claims only to a list of `- ` items",
                    ));
                }
            }
        }
        if let Err(second) = unique_ids(&typed.claims) {
            let node = items
                .iter()
                .filter_map(|n| n.get("id"))
                .filter(|id| id.as_text() == Some(second.as_str()))
                .nth(1)
                .unwrap_or(root);
            return Err(located(
                path,
                node,
                &format!("duplicate claim id `{second}`; make ids unique before re-extracting"),
            ));
        }
        let mut dash = 0;
        for (n, item) in items.iter().enumerate() {
            let Some(offset) = dash_offset(text, item) else {
                return Err(located(
                    path,
                    item,
                    "this claim is not written as a `- ` list item; re-extraction cannot \
                     place new claims around it",
                ));
            };
            let column = text[line_start(text, offset)..offset].chars().count();
            if n == 0 {
                dash = column;
            }
        }
        Ok(FileView {
            text,
            path,
            root,
            claims,
            items,
            dash,
            crlf: text.contains("\r\n"),
        })
    }

    fn newline(&self, s: &str) -> String {
        if self.crlf {
            s.replace('\n', "\r\n")
        } else {
            s.to_string()
        }
    }

    fn flag_gone(&self, item: &Node, claim: &Claim, edits: &mut Edits, out: &mut Merge) {
        let Some(id) = item.entry("id") else { return };
        if !matches!(item.value, Value::Mapping { flow: false, .. }) {
            out.notes.push(note(
                item,
                claim,
                "gone",
                "the sentence is no longer in the article, but this claim is written in flow \
                 style, so it cannot be marked; add `gone: true` by hand",
            ));
            return;
        }
        let at = line_end(self.text, id.value.end.offset);
        let indent = " ".repeat(id.key.start.column - 1);
        let mut line = format!("{indent}{GONE_LINE}\n");
        if at == self.text.len() && !self.text.ends_with('\n') {
            line.insert(0, '\n');
        }
        edits.insert(at, self.newline(&line));
        out.gone.push(claim.id.clone());
    }

    fn unflag_gone(&self, item: &Node, claim: &Claim, edits: &mut Edits, out: &mut Merge) {
        let Some(entry) = item.entry("gone") else {
            return;
        };
        let start = line_start(self.text, entry.key.start.offset);
        let end = line_end(self.text, entry.key.start.offset);
        let line = self.text[start..end].trim_end_matches(['\n', '\r']);
        let indent = " ".repeat(entry.key.start.column - 1);
        if line == format!("{indent}{GONE_LINE}") {
            edits.replace(start, end, String::new());
            out.back.push(claim.id.clone());
        } else {
            out.notes.push(note(
                item,
                claim,
                "gone",
                "the sentence is back in the article; `gone` is left as you wrote it",
            ));
        }
    }

    /// Insert the extracted claims the file does not have, each after the file's claim that
    /// precedes it in the article.
    fn add_new_claims(
        &self,
        matches: &[Option<usize>],
        fresh: &ClaimsFile,
        edits: &mut Edits,
        out: &mut Merge,
    ) -> Result<()> {
        // Group the new claims by the file item they follow (`None`: before all).
        let mut groups: BTreeMap<Option<usize>, Vec<&Claim>> = BTreeMap::new();
        let mut anchor = None;
        for (claim, m) in fresh.claims.iter().zip(matches) {
            match m {
                Some(i) => anchor = Some(*i),
                None => {
                    groups.entry(anchor).or_default().push(claim);
                    out.added.push(claim.id.clone());
                }
            }
        }
        for (after, claims) in groups {
            let blocks: Vec<String> = claims.iter().map(|c| claim_block(c, self.dash)).collect();
            match after {
                Some(i) => {
                    let at = self.item_end(i);
                    let mut text = format!("\n{}", blocks.join("\n"));
                    if at == self.text.len() && !self.text.ends_with('\n') {
                        text.insert(0, '\n');
                    }
                    edits.insert(at, self.newline(&text));
                }
                None => self.add_first(blocks, edits)?,
            }
        }
        Ok(())
    }

    /// New claims that come before every claim of the file, or into a file without claims.
    fn add_first(&self, blocks: Vec<String>, edits: &mut Edits) -> Result<()> {
        let joined = blocks.join("\n");
        let Some(claims) = self.claims else {
            // No `claims:` at all: add the key and the list at the end.
            let mut text = format!("\nclaims:\n\n{joined}");
            if !self.text.ends_with('\n') {
                text.insert(0, '\n');
            }
            edits.insert(self.text.len(), self.newline(&text));
            return Ok(());
        };
        if let Some(first) = self.items.first() {
            // Before the first claim, and before the comments that lead into it.
            let dash = dash_offset(self.text, first).unwrap_or(first.start.offset);
            let mut at = line_end(self.text, claims.key.start.offset);
            while at < line_start(self.text, dash)
                && self.text[at..line_end(self.text, at)].trim().is_empty()
            {
                at = line_end(self.text, at);
            }
            edits.insert(at, self.newline(&format!("{joined}\n")));
            return Ok(());
        }
        let value = &claims.value;
        match &value.value {
            Value::Sequence { flow: true, .. } => {
                // `claims: []` becomes `claims:`; whatever follows on the line stays.
                edits.replace(claims.key.end.offset, value.end.offset, ":".to_string());
            }
            _ if value.is_null() => {}
            _ => {
                return Err(located(
                    self.path,
                    value,
                    &format!(
                        "`claims` should be a list of claims, found {}",
                        value.describe()
                    ),
                ));
            }
        }
        let at = line_end(self.text, claims.key.start.offset);
        let mut text = format!("\n{joined}");
        if at == self.text.len() && !self.text.ends_with('\n') {
            text.insert(0, '\n');
        }
        edits.insert(at, self.newline(&text));
        Ok(())
    }

    /// Where the text of claim item `i` ends: after its last line of content and the comments
    /// indented under it. Comments at the list's own indentation belong to what follows.
    fn item_end(&self, i: usize) -> usize {
        let text = self.text;
        let mut end = line_end(text, self.items[i].end.offset);
        let mut cursor = end;
        while cursor < text.len() {
            let next = line_end(text, cursor);
            let line = &text[cursor..next];
            let content = line.trim();
            if content.is_empty() {
                cursor = next;
                continue;
            }
            let indent = line.len() - line.trim_start().len();
            if content.starts_with('#') && indent > self.dash {
                end = next;
                cursor = next;
                continue;
            }
            break;
        }
        end
    }
}

/// The offset of the `-` that opens list item `item`.
fn dash_offset(text: &str, item: &Node) -> Option<usize> {
    let before = text[..item.start.offset].trim_end_matches([' ', '\t', '\n', '\r']);
    before.ends_with('-').then(|| before.len() - 1)
}

fn line_start(text: &str, offset: usize) -> usize {
    text[..offset].rfind('\n').map_or(0, |i| i + 1)
}

/// The offset just past the line break ending the line that holds `offset`.
fn line_end(text: &str, offset: usize) -> usize {
    text[offset..]
        .find('\n')
        .map_or(text.len(), |i| offset + i + 1)
}

/// Text edits, applied together at the end so that offsets stay those of the original.
#[derive(Default)]
struct Edits(Vec<(usize, usize, String)>);

impl Edits {
    fn insert(&mut self, at: usize, text: String) {
        self.0.push((at, at, text));
    }

    fn replace(&mut self, start: usize, end: usize, text: String) {
        self.0.push((start, end, text));
    }

    fn apply(mut self, original: &str) -> String {
        // Stable: edits at the same offset land in the order they were made.
        self.0.sort_by_key(|(start, _, _)| *start);
        let mut text = original.to_string();
        for (start, end, replacement) in self.0.into_iter().rev() {
            text.replace_range(start..end, &replacement);
        }
        text
    }
}

/// For each fresh claim, the index of the file claim it is: same id, else same sentence.
fn match_claims(file: &[Claim], fresh: &[Claim]) -> Vec<Option<usize>> {
    let mut taken = vec![false; file.len()];
    let mut out: Vec<Option<usize>> = fresh
        .iter()
        .map(|f| {
            let i = file.iter().position(|c| c.id == f.id)?;
            taken[i] = true;
            Some(i)
        })
        .collect();
    for (j, f) in fresh.iter().enumerate() {
        if out[j].is_some() {
            continue;
        }
        let sentence = normalize(&f.sentence);
        let candidates: Vec<usize> = (0..file.len())
            .filter(|&i| !taken[i] && normalize(&file[i].sentence) == sentence)
            .collect();
        if let [i] = candidates[..] {
            taken[i] = true;
            out[j] = Some(i);
        }
    }
    out
}

/// The ids, or the first id that appears twice.
fn unique_ids(claims: &[Claim]) -> std::result::Result<BTreeSet<&str>, String> {
    let mut seen = BTreeSet::new();
    for c in claims {
        if !seen.insert(c.id.as_str()) {
            return Err(c.id.clone());
        }
    }
    Ok(seen)
}

/// Text with every run of white space made one space, for comparing sentences across
/// re-wrapping.
fn normalize(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn note(item: &Node, claim: &Claim, field: &str, message: &str) -> Note {
    Note {
        line: item.start.line,
        column: item.start.column,
        claim: Some(claim.id.clone()),
        field: field.to_string(),
        in_file: None,
        extracted: None,
        message: format!("claim {}: {message}", claim.id),
    }
}

fn difference(
    at: &Node,
    claim: Option<&str>,
    field: &str,
    in_file: String,
    extracted: String,
) -> Note {
    let prefix = claim.map_or_else(|| "article".to_string(), |c| format!("claim {c}"));
    Note {
        line: at.start.line,
        column: at.start.column,
        claim: claim.map(str::to_string),
        field: field.to_string(),
        message: format!(
            "{prefix}: {field}: the file has {in_file}, the extractor now finds {extracted}; \
             the file is left as it is"
        ),
        in_file: Some(in_file),
        extracted: Some(extracted),
    }
}

fn shown(value: Option<&str>) -> String {
    value.map_or_else(|| "nothing".to_string(), |v| format!("{v:?}"))
}

fn article_notes(file: &FileView, typed: &ClaimsFile, fresh: &ClaimsFile, notes: &mut Vec<Note>) {
    let node = file.root.get("article").unwrap_or(file.root);
    let (a, b) = (&typed.article, &fresh.article);
    let fields: [(&str, Option<&str>, Option<&str>); 6] = [
        ("id", Some(a.id.as_str()), Some(b.id.as_str())),
        ("title", Some(a.title.as_str()), Some(b.title.as_str())),
        (
            "published",
            Some(a.published.as_str()),
            Some(b.published.as_str()),
        ),
        ("url", a.url.as_deref(), b.url.as_deref()),
        ("publisher", a.publisher.as_deref(), b.publisher.as_deref()),
        ("author", a.author.as_deref(), b.author.as_deref()),
    ];
    for (field, old, new) in fields {
        if old != new {
            let at = node.get(field).unwrap_or(node);
            notes.push(difference(at, None, field, shown(old), shown(new)));
        }
    }
}

fn claim_notes(item: &Node, old: &Claim, new: &Claim, notes: &mut Vec<Note>) {
    let id = Some(old.id.as_str());
    let mut compare = |field: &str, a: Option<String>, b: Option<String>| {
        if a != b {
            let at = item.get(field).unwrap_or(item);
            notes.push(difference(
                at,
                id,
                field,
                shown(a.as_deref()),
                shown(b.as_deref()),
            ));
        }
    };
    if normalize(&old.sentence) != normalize(&new.sentence) {
        compare(
            "sentence",
            Some(old.sentence.clone()),
            Some(new.sentence.clone()),
        );
    }
    for (field, a, b) in [
        ("event", &old.event, &new.event),
        ("quote", &old.quote, &new.quote),
        ("actor", &old.actor, &new.actor),
        ("speaker", &old.speaker, &new.speaker),
        ("attribution", &old.attribution, &new.attribution),
    ] {
        compare(field, a.clone(), b.clone());
    }
    let when = |c: &Claim| {
        c.when.as_ref().map(|w| {
            format!(
                "{} ({}, {} to {})",
                w.label,
                w.grain,
                w.from.as_deref().unwrap_or("open"),
                w.to.as_deref().unwrap_or("open")
            )
        })
    };
    compare("when", when(old), when(new));
    // The resolver's wording (`why`) may change freely; the readings may not.
    let dates = |c: &Claim| {
        let list: Vec<String> = c
            .dates
            .iter()
            .map(|d| format!("{} = {}", d.text, d.value))
            .collect();
        (!list.is_empty()).then(|| list.join("; "))
    };
    compare("dates", dates(old), dates(new));
}

/// The merged text must load, keep every claim the file had and hold the added ones.
fn verify(text: &str, path: &Path, before: &ClaimsFile, added: usize) -> Result<()> {
    let after = load::parse(text, path).map_err(|e| {
        Error::in_file(
            ErrorKind::Invalid,
            path,
            format!("re-extraction would have produced a file that does not load ({e}); nothing was changed"),
        )
    })?;
    let kept = before.claims.iter().all(|c| {
        after
            .claims
            .iter()
            .any(|a| a.id == c.id && a.sentence == c.sentence)
    });
    if !kept || after.claims.len() != before.claims.len() + added {
        return Err(Error::in_file(
            ErrorKind::Invalid,
            path,
            "re-extraction would have lost or duplicated a claim; nothing was changed",
        ));
    }
    Ok(())
}

fn located(path: &Path, node: &Node, message: &str) -> Error {
    Error::at_position(
        ErrorKind::Invalid,
        path,
        node.start.line,
        node.start.column,
        message,
    )
}
