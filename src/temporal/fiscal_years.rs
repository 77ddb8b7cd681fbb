//! Fiscal years bounded by a day: "the fiscal year that begins July 1", "for the fiscal year
//! ending June 30", "the current fiscal year, which began Oct. 1". News names a fiscal year
//! by the calendar year it ends in (a state's year from July 1, 1997 to June 30, 1998 is
//! fiscal 1998), so a fiscal year read from the publication date alone ("this year") is a
//! year early half the time, and "the fiscal year ending June 30" read as an amount of time
//! is no date at all. When the clause right after it gives the day it begins or ends on,
//! that day names it. Runs after resolution, because the bounding day is only known once
//! its own mention is resolved.

use chrono::{Datelike, Months, NaiveDate};

use super::doc::Doc;
use super::expr::Candidate;
use super::resolve::Resolved;
use super::value::{Grain, Interval, TimexType};

/// Which end of the fiscal year the verb after it names.
#[derive(Clone, Copy)]
enum Bound {
    Begins,
    Ends,
}

/// Names each fiscal year without a stated year by the day its clause says it begins or
/// ends on.
pub(super) fn name_fiscal_years_by_their_bounds(
    doc: &Doc,
    candidates: &[Candidate],
    resolved: &mut [Option<Resolved>],
) {
    for j in 0..candidates.len().saturating_sub(1) {
        let c = &candidates[j];
        if !unstated_fiscal_year(doc, c) {
            continue;
        }
        // ("the second half of the fiscal year, which ends June 30" is a half of one.)
        let whole = resolved[j].as_ref().is_some_and(|r| {
            r.value == "P1Y" || (r.value.len() == 4 && r.value.bytes().all(|b| b.is_ascii_digit()))
        });
        if !whole {
            continue;
        }
        let Some(bound) = bound_between(doc, c.end, candidates[j + 1].start) else {
            continue;
        };
        let Some(day) = resolved[j + 1]
            .as_ref()
            .and_then(|r| bounding_day(&r.value, bound))
        else {
            continue;
        };
        let Some((year, interval)) = fiscal_year(bound, day) else {
            continue;
        };
        if let Some(r) = resolved[j].as_mut() {
            r.kind = TimexType::Date;
            r.value = year.to_string();
            r.interval = Some(interval);
            r.grain = Some(Grain::Year);
            r.modifier = None;
            r.why = format!(
                "the fiscal year that {} on {day}, named by the year it ends in",
                match bound {
                    Bound::Begins => "begins",
                    Bound::Ends => "ends",
                }
            );
        }
    }
}

/// "the fiscal year", "the current fiscal year", "fiscal year": a mention ending in "fiscal
/// year" with no figure in it (a stated "fiscal 1997" or "the 1996-97 fiscal year" keeps its
/// own name).
fn unstated_fiscal_year(doc: &Doc, c: &Candidate) -> bool {
    c.end >= c.start + 2
        && doc.word(c.end - 1) == "year"
        && matches!(doc.word(c.end - 2), "fiscal" | "financial")
        && (c.start..c.end).all(|k| doc.digits(k) == 0)
}

/// The bound the words from `from` up to `to` tell: ", which begins", "that ended", "ending",
/// "began on", "ends at" and nothing else.
fn bound_between(doc: &Doc, from: usize, to: usize) -> Option<Bound> {
    let mut k = from;
    if doc.punct(k, ',') {
        k += 1;
    }
    if matches!(doc.word(k), "which" | "that") {
        k += 1;
    }
    if doc.word(k) == "will" {
        k += 1;
    }
    let bound = match doc.word(k) {
        "begins" | "began" | "begin" | "beginning" | "starts" | "started" | "start"
        | "starting" => Bound::Begins,
        "ends" | "ended" | "end" | "ending" => Bound::Ends,
        _ => return None,
    };
    k += 1;
    if matches!(doc.word(k), "on" | "in" | "at") {
        k += 1;
    }
    (k == to).then_some(bound)
}

/// The day a resolved day, month or clock time ("1997-07-01", "2000-03",
/// "2008-09-30T24:00") bounds the year on: of a month ("ends in March"), its first day for
/// a beginning and its last for an end.
fn bounding_day(value: &str, bound: Bound) -> Option<NaiveDate> {
    let year = value.get(0..4)?.parse().ok()?;
    let month = value.get(5..7)?.parse().ok()?;
    match (value.get(8..10), bound) {
        (Some(d), _) => NaiveDate::from_ymd_opt(year, month, d.parse().ok()?),
        (None, Bound::Begins) => NaiveDate::from_ymd_opt(year, month, 1),
        (None, Bound::Ends) => NaiveDate::from_ymd_opt(year, month, 1)?
            .checked_add_months(Months::new(1))?
            .pred_opt(),
    }
}

/// The name and days of the fiscal year that begins or ends on `day`. A year ending in
/// January is a retailer's, named by the year before ("fiscal 1994 ended Jan. 28, 1995"); so
/// is one beginning in February.
fn fiscal_year(bound: Bound, day: NaiveDate) -> Option<(i32, Interval)> {
    let (first, last) = match bound {
        Bound::Begins => (day, day.checked_add_months(Months::new(12))?.pred_opt()?),
        Bound::Ends => (day.checked_sub_months(Months::new(12))?.succ_opt()?, day),
    };
    let year = if last.month() == 1 {
        last.year() - 1
    } else {
        last.year()
    };
    Some((year, Interval::days(first, last)?))
}
