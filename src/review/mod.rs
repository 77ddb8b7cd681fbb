//! The claims files reviewers edit, and safe re-extraction into them.
