//! The order of entries; the rule is explained in the [module documentation](super).

use chrono::NaiveDate;

use crate::temporal::{Grain, When};

/// Where an entry sorts. Field order is comparison order.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(super) struct SortKey {
    start: Start,
    grain: Grain,
    end: End,
    article: usize,
    position: usize,
}

/// The first day; an interval open towards the past ("before X") comes before every day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Start {
    BeginningOfTime,
    Day(NaiveDate),
}

/// The last day; an interval open towards the future ("after X") comes after every day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum End {
    Day(NaiveDate),
    EndOfTime,
}

impl SortKey {
    /// The key of an entry placed at `when`, whose first claim is claim `position` of article
    /// `article` (both in input order).
    pub(super) fn new(when: &When, article: usize, position: usize) -> SortKey {
        SortKey {
            start: when.from.map_or(Start::BeginningOfTime, Start::Day),
            grain: when.grain,
            end: when.to.map_or(End::EndOfTime, End::Day),
            article,
            position,
        }
    }
}
