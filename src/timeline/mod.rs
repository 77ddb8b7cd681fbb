//! Ordering claims in time.
