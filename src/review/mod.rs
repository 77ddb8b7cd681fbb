//! The claims files reviewers edit, and safe re-extraction into them.

mod model;

pub use model::{ArticleRecord, Claim, ClaimsFile, DateRecord, Source, WhenRecord, default_status};
