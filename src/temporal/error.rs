//! Errors of the temporal module. It reads no files, so its errors name values, not places;
//! callers that know the file add the location.

use std::fmt;

/// What can go wrong when a date value is parsed or built.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TemporalError {
    /// The text is not a value claimline understands (`"2018-8-8"`, `"soon"`).
    BadValue { value: String },
    /// The value has the right shape but names no real day (`"2018-02-30"`, `"2018-W54"`).
    ImpossibleDate { value: String },
    /// A range whose end comes before its start.
    ReversedRange { value: String },
}

impl fmt::Display for TemporalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TemporalError::BadValue { value } => write!(
                f,
                "expected a date such as 2018-08-08, 2018-07, 2018-W32, 2018-FA, 2018 or \
                 2018-08-05/2018-08-08, found {value:?}"
            ),
            TemporalError::ImpossibleDate { value } => {
                write!(f, "{value:?} is not a real date")
            }
            TemporalError::ReversedRange { value } => {
                write!(f, "the range {value:?} ends before it starts")
            }
        }
    }
}

impl std::error::Error for TemporalError {}
