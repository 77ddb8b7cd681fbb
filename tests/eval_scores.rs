//! The scorer on small invented gold/system pairs whose scores were worked out by hand.

use std::path::Path;

use claimline::timeml::{Counts, Document, Evaluation, FileResult, compare};

fn doc(name: &str, text: &str) -> Document {
    let source = format!(
        "<?xml version=\"1.0\"?>\n<TimeML>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2001-03-07\" \
         functionInDocument=\"CREATION_TIME\">2001-03-07</TIMEX3></DCT>\n<TEXT>{text}</TEXT>\n</TimeML>\n"
    );
    Document::parse(source, Path::new(name)).unwrap()
}

fn score(gold: &str, system: &str) -> FileResult {
    compare(
        "x.tml",
        "gold/x.tml",
        &doc("gold/x.tml", gold),
        &doc("system/x.tml", system),
    )
    .unwrap()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-12
}

/// One of everything. Gold has 4 timexes; the system has 4:
/// - "Monday": identical extent, type and value (strict match, all right);
/// - "week" inside gold "last week": relaxed only, right type, wrong value;
/// - "in two weeks" over gold "two weeks": relaxed only, wrong type, wrong value;
/// - "again": spurious;
/// - gold "every Friday": missed.
///
/// So strict 1, relaxed 3, type 2, value 1: strict P = R = 1/4, relaxed P = R = 3/4, type
/// accuracy 2/3 and F1 2/3 × 3/4 = 1/2, value accuracy 1/3 and F1 1/3 × 3/4 = 1/4.
const GOLD: &str = "The board met on <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2001-03-05\">Monday</TIMEX3> and again \
<TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2001-W09\">last week</TIMEX3>;\nit votes in \
<TIMEX3 tid=\"t3\" type=\"DURATION\" value=\"P2W\">two weeks</TIMEX3>, \
<TIMEX3 tid=\"t4\" type=\"SET\" value=\"XXXX-WXX-5\">every Friday</TIMEX3>.";
const SYSTEM: &str = "The board met on <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2001-03-05\">Monday</TIMEX3> and \
<TIMEX3 tid=\"t2\" type=\"DATE\" value=\"PRESENT_REF\">again</TIMEX3> last \
<TIMEX3 tid=\"t3\" type=\"DATE\" value=\"2001-W10\">week</TIMEX3>;\nit votes \
<TIMEX3 tid=\"t4\" type=\"DATE\" value=\"2001-03-21\">in two weeks</TIMEX3>, every Friday.";

#[test]
fn one_of_everything_scores_as_computed_by_hand() {
    let file = score(GOLD, SYSTEM);
    assert_eq!(
        file.counts,
        Counts {
            gold: 4,
            system: 4,
            strict: 1,
            relaxed: 3,
            type_match: 2,
            value_match: 1
        }
    );
    let m = file.counts.measures();
    assert_eq!(
        (m.strict.precision, m.strict.recall, m.strict.f1),
        (0.25, 0.25, 0.25)
    );
    assert_eq!(
        (m.relaxed.precision, m.relaxed.recall, m.relaxed.f1),
        (0.75, 0.75, 0.75)
    );
    assert!(close(m.type_accuracy, 2.0 / 3.0) && close(m.type_f1, 0.5));
    assert!(close(m.value_accuracy, 1.0 / 3.0) && close(m.value_f1, 0.25));
}

#[test]
fn per_type_rows_partition_the_counts() {
    let file = score(GOLD, SYSTEM);
    let rows: Vec<(&str, Counts)> = file.by_type.iter().map(|(k, c)| (k.as_str(), *c)).collect();
    // DATE: gold Monday and last week, matched by Monday and week, plus the spurious DATE
    // "again". DURATION: gold two weeks, matched by the DATE "in two weeks". SET: missed.
    assert_eq!(
        rows,
        [
            (
                "DATE",
                Counts {
                    gold: 2,
                    system: 3,
                    strict: 1,
                    relaxed: 2,
                    type_match: 2,
                    value_match: 1
                }
            ),
            (
                "DURATION",
                Counts {
                    gold: 1,
                    system: 1,
                    strict: 0,
                    relaxed: 1,
                    type_match: 0,
                    value_match: 0
                }
            ),
            (
                "SET",
                Counts {
                    gold: 1,
                    ..Counts::default()
                }
            ),
        ]
    );
    let mut sum = Counts::default();
    for (_, c) in &rows {
        sum.add(c);
    }
    assert_eq!(sum, file.counts);
}

#[test]
fn every_difference_is_listed_once_in_text_order_located_in_the_gold_file() {
    let file = score(GOLD, SYSTEM);
    let lines: Vec<String> = file.discrepancies.iter().map(|d| d.to_string()).collect();
    assert_eq!(
        lines,
        [
            "gold/x.tml:4:92: spurious: system DATE PRESENT_REF \"again\" | The board met on Monday and [again] last week; it votes in two weeks, every…",
            "gold/x.tml:4:144: span: gold \"last week\" system \"week\" | The board met on Monday and again [last week]; it votes in two weeks, every Friday.",
            "gold/x.tml:4:144: value: \"last week\" gold 2001-W09 system 2001-W10 (DATE) | The board met on Monday and again [last week]; it votes in two weeks, every Friday.",
            "gold/x.tml:5:58: span: gold \"two weeks\" system \"in two weeks\" | …Monday and again last week; it votes in [two weeks], every Friday.",
            "gold/x.tml:5:58: type: \"two weeks\" gold DURATION system DATE | …Monday and again last week; it votes in [two weeks], every Friday.",
            "gold/x.tml:5:58: value: \"two weeks\" gold P2W system 2001-03-21 (DURATION) | …Monday and again last week; it votes in [two weeks], every Friday.",
            "gold/x.tml:5:125: missed: gold SET XXXX-WXX-5 \"every Friday\" | …again last week; it votes in two weeks, [every Friday].",
        ]
    );
}

#[test]
fn one_system_timex_over_two_gold_ones_matches_only_the_first() {
    // Gold: "Monday" and "Friday"; system: "Monday to Friday". Relaxed: 1 match, P = 1/1,
    // R = 1/2, F1 = 2/3; strict: none.
    let file = score(
        "open <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2001-03-05\">Monday</TIMEX3> to \
         <TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2001-03-09\">Friday</TIMEX3>",
        "open <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2001-03-05\">Monday to Friday</TIMEX3>",
    );
    let m = file.counts.measures();
    assert_eq!((m.relaxed.precision, m.relaxed.recall), (1.0, 0.5));
    assert!(close(m.relaxed.f1, 2.0 / 3.0));
    assert_eq!(m.strict.f1, 0.0);
    // The value of the one match is right: value accuracy 1, value F1 = relaxed F1.
    assert!(close(m.value_f1, 2.0 / 3.0));
    let problems: Vec<_> = file
        .discrepancies
        .iter()
        .map(|d| d.problem.as_str())
        .collect();
    assert_eq!(problems, ["span", "missed"]);
}

#[test]
fn corpus_measures_are_computed_from_summed_counts() {
    // File 1: one gold, found exactly. File 2: three gold, none found. Summed: P = 1/1,
    // R = 1/4, F1 = 2 × 1 × 0.25 / 1.25 = 0.4 (the mean of the two files' F1 would be 0.5).
    let one = score(
        "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2001\">2001</TIMEX3>",
        "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2001\">2001</TIMEX3>",
    );
    let t = |v: &str| format!("<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"{v}\">{v}</TIMEX3>");
    let two = score(
        &format!("{} {} {}", t("1999"), t("2000"), t("2002")),
        "1999 2000 2002",
    );
    let corpus = Evaluation {
        files: vec![one, two],
    };
    let m = corpus.total().measures();
    assert_eq!((m.relaxed.precision, m.relaxed.recall), (1.0, 0.25));
    assert!(close(m.relaxed.f1, 0.4) && close(m.strict.f1, 0.4) && close(m.value_f1, 0.4));
    assert_eq!(corpus.by_type()[0].1.gold, 4);
}

#[test]
fn spans_count_in_decoded_text_whatever_the_references_look_like() {
    // The system wrote the ampersand as a numeric reference: one byte longer raw, the same
    // plain text, so the extents are still identical.
    let file = score(
        "AT&amp;T rose <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2001-03-06\">yesterday</TIMEX3>",
        "AT&#38;T rose <TIMEX3 tid=\"t9\" type=\"DATE\" value=\"2001-03-06\">yesterday</TIMEX3>",
    );
    assert_eq!(file.counts.strict, 1);
    assert!(file.discrepancies.is_empty());
}

#[test]
fn an_empty_gold_timex_counts_but_never_matches() {
    // As the toolkit does: it is in the gold total, and nothing can overlap it.
    let file = score(
        "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"PAST_REF\"></TIMEX3>x \
         <TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2001-03-05\">Monday</TIMEX3>",
        "x <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2001-03-05\">Monday</TIMEX3>",
    );
    assert_eq!((file.counts.gold, file.counts.relaxed), (2, 1));
    assert_eq!(file.counts.measures().relaxed.recall, 0.5);
}

#[test]
fn nothing_annotated_on_either_side_is_a_perfect_score() {
    let m = score("Nothing here.", "Nothing here.").counts.measures();
    assert_eq!(
        (m.strict.f1, m.relaxed.f1, m.type_f1, m.value_f1),
        (1.0, 1.0, 1.0, 1.0)
    );
}

#[test]
fn different_texts_cannot_be_scored() {
    let e = compare(
        "x.tml",
        "gold/x.tml",
        &doc("gold/x.tml", "Sold on <TIMEX3>Monday</TIMEX3>."),
        &doc("system/x.tml", "Sold\non Monday!"),
    )
    .unwrap_err()
    .to_string();
    assert_eq!(
        e,
        "system/x.tml:4:11: the text differs from gold gold/x.tml: gold has \" on Monday.\", system \
         has \"\\non Monday!\"; a tagger may only add and remove tags"
    );
}
