//! One problem or remark about a place in a file, in the `file:line:column: severity: message`
//! form editors and CI annotate.

use std::fmt;
use std::path::PathBuf;

use serde::Serialize;

use crate::error::{Error, Location, Printable};

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The file is wrong: `claimline check` fails.
    Error,
    /// Probably a mistake, but the file loads and publishes.
    Warning,
    /// Information: what re-extraction would have changed, and did not.
    Note,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "note",
        })
    }
}

/// A located message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// The file.
    pub path: PathBuf,
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// 1-based column in characters, when known.
    pub column: Option<usize>,
    /// How serious.
    pub severity: Severity,
    /// What is wrong and what was expected.
    pub message: String,
}

impl Diagnostic {
    /// A diagnostic at a line and column.
    pub fn at(
        path: impl Into<PathBuf>,
        line: usize,
        column: usize,
        severity: Severity,
        message: impl Into<String>,
    ) -> Diagnostic {
        Diagnostic {
            path: path.into(),
            line: Some(line),
            column: Some(column),
            severity,
            message: message.into(),
        }
    }

    /// An error diagnostic made from a crate error, keeping its location.
    pub fn from_error(error: &Error, fallback_path: impl Into<PathBuf>) -> Diagnostic {
        let location = error.location();
        Diagnostic {
            path: location.map_or_else(|| fallback_path.into(), |l| l.path.clone()),
            line: location.and_then(|l| l.line),
            column: location.and_then(|l| l.column),
            severity: Severity::Error,
            message: error.message().to_string(),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let location = Location {
            path: self.path.clone(),
            line: self.line,
            column: self.column,
        };
        write!(
            f,
            "{location}: {}: {}",
            self.severity,
            Printable(&self.message)
        )
    }
}
