//! Months and seasons told as what usually happens: "flu usually peaks in February", "the
//! annual meeting, normally held in January". Such a month is no particular year's; it is
//! written `XXXX-02` and placed on no timeline. Reading it as this year's or next year's
//! February, as a bare month otherwise is, would put a generality on the timeline as an
//! event, and would move the story's month for the expressions after it.
//!
//! The cue is a frequency adverb in the month's own clause, before it. It is a narrow cue on
//! purpose: a habit told without one ("the market peaks in December") reads like any other
//! month, since nothing in the words tells it from a one-off.

use super::doc::Doc;
use super::expr::{Expr, Shift, YearRef};
use super::tense::{boundary, clause_starts};

/// How far back from the month the adverb may stand: "usually peaks in Maine in February".
const REACH: usize = 8;

/// The year-less value of a month or season told as a habit (`XXXX-02`, `XXXX-SP`), or
/// `None` when `expr` names a particular one or no habit is told.
pub(crate) fn habitual_value(doc: &Doc, expr: &Expr, start: usize) -> Option<String> {
    let code = match *expr {
        Expr::Calendar {
            year: None,
            month: Some(m),
            day: None,
            weekday: None,
        } => format!("{m:02}"),
        Expr::Season {
            season,
            shift: Shift::Bare,
            year: YearRef::Implied,
        } => season.code().to_string(),
        _ => return None,
    };
    told_as_habit(doc, start).then(|| format!("XXXX-{code}"))
}

/// Whether a frequency adverb ("usually", "normally", ...) stands before `start` in its
/// clause.
fn told_as_habit(doc: &Doc, start: usize) -> bool {
    let (first, _) = doc.sentence_tokens(start);
    let mut k = start;
    while k > first && start - k < REACH {
        k -= 1;
        if boundary(doc, k) || (doc.punct(k, ',') && clause_starts(doc, k + 1)) {
            return false;
        }
        if matches!(
            doc.word(k),
            "usually"
                | "normally"
                | "typically"
                | "generally"
                | "traditionally"
                | "customarily"
                | "ordinarily"
        ) {
            return true;
        }
    }
    false
}
