//! Dates as a reader sees them, and as `<time datetime>` carries them.
//!
//! A placement is shown at its real grain: a month as "July 2018", a season as "Fall 2018",
//! never as its first day, which would claim a precision the article does not have. The
//! machine-readable side is the placement's label itself (`2018-07`, `2018-W32`, `2018-FA`,
//! `2018-08-05/2018-08-08`); for an open interval the word ("after") stays outside the
//! `<time>` element and only the date it is relative to goes in `datetime`.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use crate::temporal::{Grain, Interval, parse_value};

/// A placement, ready for a template.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DateView {
    /// `after` or `before` for an open interval, shown before the `<time>` element.
    pub open: Option<&'static str>,
    /// The `datetime` attribute: the label without the open word.
    pub datetime: String,
    /// The date in words, at its grain: "Wednesday, August 8, 2018", "July 2018".
    pub text: String,
    /// The placement label as written in the claims file.
    pub label: String,
}

impl DateView {
    /// The view of placement `label` (the notation of [`crate::temporal::parse_when`]).
    /// A label that does not parse is shown as written.
    ///
    /// ```
    /// use claimline::site::DateView;
    /// let v = DateView::new("after 2018-11-06");
    /// assert_eq!((v.open, v.datetime.as_str()), (Some("after"), "2018-11-06"));
    /// assert_eq!(v.text, "Tuesday, November 6, 2018");
    /// assert_eq!(DateView::new("2018-FA").text, "Fall 2018");
    /// assert_eq!(DateView::new("BC0500").text, "500 BC");
    /// assert_eq!(DateView::new("BC02").text, "300 BC–201 BC");
    /// ```
    pub fn new(label: &str) -> DateView {
        let label = label.trim();
        let (open, rest) = match (label.strip_prefix("after "), label.strip_prefix("before ")) {
            (Some(rest), _) => (Some("after"), rest.trim()),
            (_, Some(rest)) => (Some("before"), rest.trim()),
            _ => (None, label),
        };
        DateView {
            open,
            datetime: rest.to_string(),
            text: in_words(rest).unwrap_or_else(|| rest.to_string()),
            label: label.to_string(),
        }
    }
}

/// A date in words, for a closed placement; `None` when it does not parse.
fn in_words(value: &str) -> Option<String> {
    if let Some((a, b)) = value.split_once('/') {
        let (ga, ia) = parse_value(a).ok()?;
        let (gb, ib) = parse_value(b).ok()?;
        if ga == Grain::Day && gb == Grain::Day {
            return Some(day_span(ia.first(), ib.last()));
        }
        return Some(format!("{} – {}", single(a, ga, ia), single(b, gb, ib)));
    }
    let (grain, interval) = parse_value(value).ok()?;
    Some(single(value, grain, interval))
}

fn single(value: &str, grain: Grain, interval: Interval) -> String {
    let first = interval.first();
    let last = interval.last();
    match grain {
        Grain::Day => first.format("%A, %B %-d, %Y").to_string(),
        Grain::Weekend => format!("Weekend of {}", day_span(first, last)),
        Grain::Week => format!("Week of {}", day_span(first, last)),
        Grain::Month => first.format("%B %Y").to_string(),
        Grain::Season => {
            let name = match value.rsplit('-').next() {
                Some("SP") => "Spring",
                Some("SU") => "Summer",
                Some("FA") => "Fall",
                _ => "Winter",
            };
            if first.year() == last.year() {
                format!("{name} {}", first.year())
            } else {
                format!("{name} {}–{:02}", first.year(), last.year().rem_euclid(100))
            }
        }
        Grain::Quarter => format!("Q{} {}", first.month0() / 3 + 1, first.year()),
        Grain::Half if first.month() == 1 => format!("First half of {}", first.year()),
        Grain::Half => format!("Second half of {}", first.year()),
        Grain::Year => year_in_words(first.year()),
        Grain::Decade => format!("{}s", first.year()),
        _ => format!(
            "{}–{}",
            year_in_words(first.year()),
            year_in_words(last.year())
        ),
    }
}

/// A year as a reader counts it: the astronomical year 0 is 1 BC, -499 is 500 BC.
fn year_in_words(year: i32) -> String {
    if year > 0 {
        year.to_string()
    } else {
        format!("{} BC", 1 - year)
    }
}

/// Days from `first` to `last` in words, naming shared months and years once: "August 5–8,
/// 2018", "July 30 – August 2, 2018".
fn day_span(first: NaiveDate, last: NaiveDate) -> String {
    if first == last {
        first.format("%B %-d, %Y").to_string()
    } else if first.year() != last.year() {
        format!(
            "{} – {}",
            first.format("%B %-d, %Y"),
            last.format("%B %-d, %Y")
        )
    } else if first.month() != last.month() {
        format!("{} – {}", first.format("%B %-d"), last.format("%B %-d, %Y"))
    } else {
        format!("{}–{}", first.format("%B %-d"), last.format("%-d, %Y"))
    }
}

/// A publication date (`2018-08-08` or an RFC 3339 date-time) in words; as written when it
/// is neither.
pub(super) fn published_in_words(published: &str) -> String {
    crate::article::Published::parse(published)
        .map(|p| p.date.format("%A, %B %-d, %Y").to_string())
        .unwrap_or_else(|_| published.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(label: &str) -> String {
        DateView::new(label).text
    }

    #[test]
    fn each_grain_reads_at_its_own_precision() {
        let cases = [
            ("2018-08-08", "Wednesday, August 8, 2018"),
            ("2018-07", "July 2018"),
            ("2018-W32", "Week of August 6–12, 2018"),
            ("2018-W32-WE", "Weekend of August 11–12, 2018"),
            ("2018-FA", "Fall 2018"),
            ("2018-Q3", "Q3 2018"),
            ("2018-H1", "First half of 2018"),
            ("2018-H2", "Second half of 2018"),
            ("2018", "2018"),
            ("199", "1990s"),
            ("19", "1900–1999"),
        ];
        for (label, expected) in cases {
            assert_eq!(text(label), expected, "{label}");
        }
    }

    #[test]
    fn winter_names_both_years() {
        let winter = Interval::season(2018, crate::temporal::Season::Winter).unwrap();
        assert_eq!(single("2018-WI", Grain::Season, winter), "Winter 2018–19");
    }

    #[test]
    fn ranges_name_shared_parts_once() {
        assert_eq!(text("2018-08-05/2018-08-08"), "August 5–8, 2018");
        assert_eq!(text("2018-07-30/2018-08-02"), "July 30 – August 2, 2018");
        assert_eq!(
            text("2018-12-30/2019-01-02"),
            "December 30, 2018 – January 2, 2019"
        );
        assert_eq!(text("2015/2017"), "2015 – 2017");
    }

    #[test]
    fn open_intervals_keep_the_word_outside_datetime() {
        let after = DateView::new("after 2018-11-06");
        assert_eq!(after.open, Some("after"));
        assert_eq!(after.datetime, "2018-11-06");
        assert_eq!(after.label, "after 2018-11-06");
        let before = DateView::new("before 2018-07");
        assert_eq!(
            (before.open, before.text.as_str()),
            (Some("before"), "July 2018")
        );
        let closed = DateView::new("2018-W32");
        assert_eq!((closed.open, closed.datetime.as_str()), (None, "2018-W32"));
    }

    #[test]
    fn unreadable_labels_are_shown_as_written() {
        assert_eq!(text("sometime"), "sometime");
        assert_eq!(
            published_in_words("2018-08-08"),
            "Wednesday, August 8, 2018"
        );
        assert_eq!(
            published_in_words("2018-08-08T23:30:00-04:00"),
            "Wednesday, August 8, 2018"
        );
        assert_eq!(published_in_words("last week"), "last week");
    }
}
