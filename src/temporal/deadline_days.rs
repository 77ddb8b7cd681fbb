//! Weekdays a deadline or a move names, counted from the day it was set. "until Sunday" and
//! "postponed to Monday" look ahead, and the resolver reads them ahead of publication: in
//! news the decision is usually today's or yesterday's. When the sentence has already told
//! the past day the decision was made on ("500,000 messages Friday night, forcing it to shut
//! down its e-mail system until Sunday", "since Saturday, when the downhill was postponed to
//! Monday"), the deadline is the first such weekday after that day, and it may have passed
//! by publication. Runs after resolution, because the day the decision was made is only
//! known once its own mention is resolved.

use chrono::NaiveDate;

use super::doc::Doc;
use super::engine::weekday_after;
use super::expr::{Candidate, Expr, Shift};
use super::resolve::{Resolved, relocate};
use super::value::Grain;

/// A day told before the deadline counts only within a week of publication: a decision
/// further back than that sets a deadline the story would date in full.
const REACH_DAYS: i64 = 7;

/// Moves a bare weekday after "until" or after a move ("postponed to", "pushed back to") to
/// the first such weekday after the latest past day told before it in its sentence, when
/// that day is within a week before publication and the weekday so counted has come by
/// publication.
pub(super) fn count_deadlines_from_their_day(
    doc: &Doc,
    candidates: &[Candidate],
    resolved: &mut [Option<Resolved>],
    published: NaiveDate,
) {
    for j in 0..candidates.len() {
        let c = &candidates[j];
        let Expr::Weekday {
            weekday,
            shift: Shift::Bare,
        } = c.expr
        else {
            continue;
        };
        if !names_deadline(doc, c) {
            continue;
        }
        let Some(ahead) = resolved[j].as_ref().and_then(day) else {
            continue;
        };
        if ahead <= published {
            continue;
        }
        let (sentence_start, _) = doc.sentence_tokens(c.start);
        let set_on = (0..j)
            .rev()
            .take_while(|&k| candidates[k].start >= sentence_start)
            .find_map(|k| resolved[k].as_ref().and_then(day))
            .filter(|&d| d < published && (published - d).num_days() <= REACH_DAYS);
        let Some(set_on) = set_on else {
            continue;
        };
        let Some(deadline) = weekday_after(set_on, weekday).filter(|&d| d <= published) else {
            continue;
        };
        if let Some(r) = resolved[j].as_mut() {
            if relocate(r, deadline) {
                r.why = format!(
                    "{}; on {deadline}, the first such day after {set_on}, the day it was set",
                    r.why
                );
            }
        }
    }
}

/// "until Sunday", "till Friday", "postponed to Monday", "pushed back to Thursday".
fn names_deadline(doc: &Doc, c: &Candidate) -> bool {
    if c.start == 0 {
        return false;
    }
    match doc.word(c.start - 1) {
        "until" | "till" => true,
        "to" => super::tense::moved_before(doc, c.start - 1),
        _ => false,
    }
}

/// The day a mention is on, when it is one day or a part of one ("Friday night", "at 9
/// a.m. Saturday").
fn day(r: &Resolved) -> Option<NaiveDate> {
    let within_day = matches!(
        r.grain,
        Some(Grain::Day | Grain::PartOfDay | Grain::Hour | Grain::Minute | Grain::Second)
    );
    r.interval.map(|i| i.first()).filter(|_| within_day)
}
