//! Where a claim goes on the timeline: the reviewer's `date_override` when there is one, else
//! the resolver's `when`. Both are read with [`parse_when`], so an override and an extracted
//! placement written the same way land on the same spot.

use std::fmt;

use crate::review::Claim;
use crate::temporal::{TemporalError, When, parse_when};

/// A claim's place on the timeline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placement {
    /// The interval, grain and label.
    pub when: When,
    /// True when the reviewer's `date_override` set it, not the resolver.
    pub corrected: bool,
}

/// Which field of a claim held the value that could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// `date_override`, written by a reviewer.
    DateOverride,
    /// `when.label`, written by the extractor (and perhaps edited).
    WhenLabel,
}

impl Field {
    /// The field's name as it appears in the claims file.
    pub fn as_str(self) -> &'static str {
        match self {
            Field::DateOverride => "date_override",
            Field::WhenLabel => "when.label",
        }
    }
}

/// A claim whose placement cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimelineError {
    /// The id of the article the claim belongs to.
    pub article: String,
    /// The claim's id.
    pub claim: String,
    /// The field holding the bad value.
    pub field: Field,
    /// What is wrong with the value.
    pub error: TemporalError,
}

impl fmt::Display for TimelineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "claim {}: {}: {}",
            self.claim,
            self.field.as_str(),
            self.error
        )
    }
}

impl std::error::Error for TimelineError {}

/// The placement of `claim` (of article `article`), or `None` when it is undated.
pub fn place(article: &str, claim: &Claim) -> Result<Option<Placement>, TimelineError> {
    let fail = |field, error| TimelineError {
        article: article.to_string(),
        claim: claim.id.clone(),
        field,
        error,
    };
    if let Some(text) = &claim.date_override {
        let when = parse_when(text).map_err(|e| fail(Field::DateOverride, e))?;
        return Ok(Some(Placement {
            when,
            corrected: true,
        }));
    }
    match &claim.when {
        Some(record) => {
            let when = parse_when(&record.label).map_err(|e| fail(Field::WhenLabel, e))?;
            Ok(Some(Placement {
                when,
                corrected: false,
            }))
        }
        None => Ok(None),
    }
}
