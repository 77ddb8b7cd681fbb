//! The claims files reviewers edit, and safe re-extraction into them.
//!
//! A reviewer's YAML is where their work lives, so everything here is built around one rule:
//! the tool never destroys a human edit. Files are written once, in full, by [`render`]; after
//! that re-extraction only ever inserts text into them (new claim blocks, a `gone: true` line)
//! and reports what it would otherwise have changed. `docs/REVIEW.md` is the reviewers' guide.
//!
//! - [`model`](ClaimsFile): the file's contract, shared with extraction and the site;
//! - [`render`]: writing a new file;
//! - [`claims_schema`]: the JSON Schema editors validate against;
//! - [`load`]: reading files;
//! - [`merge`]: safe re-extraction into an edited file;
//! - [`extract_article`], [`extract_all`]: write or merge claims files;
//! - [`check`](check::check): every problem of a project's files, located.

pub mod check;
mod diagnostic;
mod extract;
mod load;
mod merge;
mod model;
mod project;
mod render;
mod schema;
mod status;

pub use diagnostic::{Diagnostic, Severity};
pub use extract::{Action, Outcome, extract_all, extract_article};
pub use load::{is_claims_file, list, load, parse};
pub use merge::{Merge, Note, merge};
pub use model::{ArticleRecord, Claim, ClaimsFile, DateRecord, Source, WhenRecord, default_status};
pub use project::Project;
pub use render::{GONE_LINE, WIDTH, claim_block, render};
pub use schema::{SCHEMA_FILE, claims_schema, schema_text, write_schema};
pub use status::{ArticleStatus, Counts, Summary, status};
