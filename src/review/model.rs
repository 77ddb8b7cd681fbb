//! The claims file: what `claimline extract` writes to `data/claims/<article-id>.yaml` and what
//! reviewers edit.
//!
//! A file holds the article's metadata and a list of claims. Each claim has two halves:
//!
//! - what the tool extracted (`sentence`, `quote`, `speaker`, `when`, `dates`...): a reviewer
//!   may correct it, and re-extraction never silently overwrites it;
//! - what the reviewer owns (`status`, `verdict`, `conclusion`, `sources`, `notes`,
//!   `reviewer`, `reviewed_at`, `tags`, `date_override`): the tool never writes these once a
//!   claim exists, except to fill in defaults for a new claim.
//!
//! A third kind of field is owned by the tool after the claim exists: `gone`, which
//! re-extraction adds when the claim's sentence is no longer in the article (and removes,
//! if untouched, when the sentence comes back).
//!
//! Names follow schema.org ClaimReview where one exists; `docs/REVIEW.md` gives the mapping.
//! Unknown fields are errors, so a typo ("verdcit") is caught by `claimline check` instead of
//! being silently ignored. The JSON Schema editors validate against is derived from these
//! types (`JsonSchema`), so it cannot drift from what the loader accepts; the doc comments
//! below are the descriptions editors show.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// One claims file: `data/claims/<article-id>.yaml`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ClaimsFile {
    /// The article the claims come from.
    pub article: ArticleRecord,
    /// The claims, in the order of the article.
    #[serde(default)]
    pub claims: Vec<Claim>,
}

/// The article's metadata, copied from its front matter.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ArticleRecord {
    /// The article id (its file name without extension).
    pub id: String,
    /// The headline.
    pub title: String,
    /// The publication date (`2018-08-08`) or date-time with offset.
    pub published: String,
    /// Where it was published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Who published it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    /// Who wrote it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
}

/// One claim or event, as extracted and as reviewed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Claim {
    /// Stable identifier, unique in the file; derived from the sentence so that it survives
    /// re-extraction.
    pub id: String,
    /// Set by `claimline extract` when the claim's sentence is no longer in the article. The
    /// claim and its review are kept; delete the claim or this line once dealt with.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub gone: bool,
    /// The sentence of the article the claim is in.
    pub sentence: String,
    /// What happened, in a few words, when the extractor could tell.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<String>,
    /// The words quoted, when the claim is a quotation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    /// Who did it: the subject of the sentence's main clause as written ("Hogan Gidley, a
    /// White House spokesman"), when it names someone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actor: Option<String>,
    /// Who says so: the person or body the claim is attributed to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    /// How it is attributed: "said in a statement", "tweeted", "according to".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attribution: Option<String>,
    /// Where the timeline places the claim, as the tool resolved it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<WhenRecord>,
    /// Every date reference in the sentence.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dates: Vec<DateRecord>,

    /// Review workflow state; `unreviewed` for a new claim.
    #[serde(default = "default_status")]
    pub status: String,
    /// The rating, from the project's verdict scale.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verdict: Option<String>,
    /// The reviewer's conclusion, in prose.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conclusion: Option<String>,
    /// Evidence the verdict rests on.
    #[serde(default)]
    pub sources: Vec<Source>,
    /// Free notes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    /// Who reviewed it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewer: Option<String>,
    /// When it was reviewed (`2018-08-10`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("format" = "date"))]
    pub reviewed_at: Option<String>,
    /// Free labels.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// The reviewer's correction of `when`, in the notation of
    /// [`crate::temporal::parse_when`]: `2018-08-06`, `2018-W32`, `after 2018-11-06`...
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_override: Option<String>,
}

/// The default review status of a new claim.
pub fn default_status() -> String {
    "unreviewed".to_string()
}

/// A timeline placement, written out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct WhenRecord {
    /// The notation: `2018-08-08`, `2018-W32`, `2018-08-05/2018-08-08`, `after 2018-11-06`.
    pub label: String,
    /// First day, inclusive; absent when open towards the past.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// Last day, inclusive; absent when open towards the future.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    /// day, week, month, season, year...
    pub grain: String,
    /// The words in the article ("on Wednesday", "from August 5 to August 8").
    pub text: String,
}

/// One date reference in a claim's sentence, as the resolver read it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DateRecord {
    /// The words as written.
    pub text: String,
    /// TimeML type: DATE, TIME, DURATION, SET.
    #[serde(rename = "type")]
    pub kind: String,
    /// TimeML value.
    pub value: String,
    /// TimeML mod, when any.
    #[serde(default, rename = "mod", skip_serializing_if = "Option::is_none")]
    pub modifier: Option<String>,
    /// First day, inclusive, when placed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// Last day, inclusive, when placed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    /// Grain, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grain: Option<String>,
    /// Why the resolver chose this value.
    pub why: String,
}

/// A piece of evidence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// An `http` or `https` address.
    #[schemars(url, regex(pattern = r"^https?://"))]
    pub url: String,
    /// What it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// When the reviewer last read it (`2018-08-10`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("format" = "date"))]
    pub accessed: Option<String>,
}
