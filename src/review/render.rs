//! Writing a claims file the way a reviewer wants to read it, and the way git merges it.
//!
//! - A header: the `yaml-language-server` line that gives editors the schema, then how to edit.
//! - The article's metadata.
//! - Each claim as one block starting with `- id:` at the left margin, separated from the next
//!   by a blank line, so that two reviewers editing two claims touch disjoint lines and
//!   `git merge` combines their work without conflicts.
//! - Within a claim a fixed field order: what the tool extracted first (`id`, `sentence`,
//!   `quote`, `speaker`, `when`, `dates`...), then the review fields, always all present, so a
//!   reviewer fills in values instead of remembering names.
//!
//! Re-extraction writes new claims with [`claim_block`], so a claim added later looks exactly
//! like one written with the file.

use super::model::{Claim, ClaimsFile, DateRecord, Source, WhenRecord};
use super::schema::SCHEMA_FILE;
use crate::yaml::emit::Writer;

/// The width long prose is folded at.
pub const WIDTH: usize = 96;

/// The line re-extraction adds to a claim whose sentence left the article (after the claim's
/// indentation). The tool removes it again, if it is still exactly this, when the sentence
/// comes back.
pub const GONE_LINE: &str = "gone: true  # the sentence is no longer in the article; review kept";

/// The whole text of a new claims file.
///
/// ```
/// use claimline::review::{ArticleRecord, ClaimsFile, render};
/// let file = ClaimsFile {
///     article: ArticleRecord {
///         id: "a".into(), title: "T".into(), published: "2018-08-08".into(),
///         url: None, publisher: None, author: None,
///     },
///     claims: vec![],
/// };
/// let text = render(&file);
/// assert!(text.starts_with("# yaml-language-server: $schema=claimline.schema.json\n"));
/// assert!(text.ends_with("claims: []\n"));
/// ```
pub fn render(file: &ClaimsFile) -> String {
    let mut w = Writer::new(WIDTH);
    w.raw_line(&format!("# yaml-language-server: $schema={SCHEMA_FILE}"));
    w.comment(0, "");
    w.comment(
        0,
        &format!(
            "Claims from the article `{}`, for fact-checkers to review.\n\
             In each claim the fields down to `dates` are what claimline extracted: correct them\n\
             if they are wrong. The fields from `status` on are the review, yours to fill in.\n\
             `claimline extract` never changes or removes what is written here: it adds new\n\
             claims and marks claims whose sentence left the article with `gone: true`.\n\
             Check your edits with `claimline check`. Field guide: docs/REVIEW.md.",
            file.article.id
        ),
    );
    w.open("", "article");
    let a = &file.article;
    w.string("  ", "id", &a.id);
    w.string("  ", "title", &a.title);
    w.string("  ", "published", &a.published);
    optional_field(&mut w, "  ", "url", a.url.as_deref());
    optional_field(&mut w, "  ", "publisher", a.publisher.as_deref());
    optional_field(&mut w, "  ", "author", a.author.as_deref());
    w.blank();
    let mut text = w.finish();
    if file.claims.is_empty() {
        text.push_str("claims: []\n");
        return text;
    }
    text.push_str("claims:\n");
    for claim in &file.claims {
        text.push('\n');
        text.push_str(&claim_block(claim, 0));
    }
    text
}

/// One claim as a list item whose `-` is at column `dash` (0-based), ending with a line
/// break.
pub fn claim_block(claim: &Claim, dash: usize) -> String {
    let pad = " ".repeat(dash);
    let first = format!("{pad}- ");
    let lead = format!("{pad}  ");
    let nested = format!("{lead}  ");
    let mut w = Writer::new(WIDTH);
    w.string(&first, "id", &claim.id);
    if claim.gone {
        w.raw_line(&format!("{lead}{GONE_LINE}"));
    }
    w.string(&lead, "sentence", &claim.sentence);
    optional_field(&mut w, &lead, "event", claim.event.as_deref());
    optional_field(&mut w, &lead, "quote", claim.quote.as_deref());
    optional_field(&mut w, &lead, "actor", claim.actor.as_deref());
    optional_field(&mut w, &lead, "speaker", claim.speaker.as_deref());
    optional_field(&mut w, &lead, "attribution", claim.attribution.as_deref());
    if let Some(when) = &claim.when {
        w.open(&lead, "when");
        when_fields(&mut w, &nested, when);
    }
    if !claim.dates.is_empty() {
        w.open(&lead, "dates");
        for date in &claim.dates {
            date_item(&mut w, &nested, date);
        }
    }
    w.string(&lead, "status", &claim.status);
    w.optional(&lead, "verdict", claim.verdict.as_deref());
    w.optional(&lead, "conclusion", claim.conclusion.as_deref());
    if claim.sources.is_empty() {
        w.empty_list(&lead, "sources");
    } else {
        w.open(&lead, "sources");
        for source in &claim.sources {
            source_item(&mut w, &nested, source);
        }
    }
    w.optional(&lead, "notes", claim.notes.as_deref());
    w.optional(&lead, "reviewer", claim.reviewer.as_deref());
    w.optional(&lead, "reviewed_at", claim.reviewed_at.as_deref());
    if claim.tags.is_empty() {
        w.empty_list(&lead, "tags");
    } else {
        w.open(&lead, "tags");
        for tag in &claim.tags {
            w.item(&nested, tag);
        }
    }
    w.optional(&lead, "date_override", claim.date_override.as_deref());
    w.finish()
}

/// An extracted field: written only when the extractor found something.
fn optional_field(w: &mut Writer, lead: &str, key: &str, value: Option<&str>) {
    if let Some(v) = value {
        w.string(lead, key, v);
    }
}

fn when_fields(w: &mut Writer, lead: &str, when: &WhenRecord) {
    w.string(lead, "label", &when.label);
    optional_field(w, lead, "from", when.from.as_deref());
    optional_field(w, lead, "to", when.to.as_deref());
    w.string(lead, "grain", &when.grain);
    w.string(lead, "text", &when.text);
}

fn date_item(w: &mut Writer, lead: &str, date: &DateRecord) {
    let inner = format!("{lead}  ");
    w.string(&format!("{lead}- "), "text", &date.text);
    w.string(&inner, "type", &date.kind);
    w.string(&inner, "value", &date.value);
    optional_field(w, &inner, "mod", date.modifier.as_deref());
    optional_field(w, &inner, "from", date.from.as_deref());
    optional_field(w, &inner, "to", date.to.as_deref());
    optional_field(w, &inner, "grain", date.grain.as_deref());
    w.string(&inner, "why", &date.why);
}

fn source_item(w: &mut Writer, lead: &str, source: &Source) {
    let inner = format!("{lead}  ");
    w.string(&format!("{lead}- "), "url", &source.url);
    optional_field(w, &inner, "title", source.title.as_deref());
    optional_field(w, &inner, "accessed", source.accessed.as_deref());
}
