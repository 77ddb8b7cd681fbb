//! `claimline eval` end to end on invented documents: the three formats, the error listing,
//! and refusing what cannot be scored.

mod cli_support;

use cli_support::{claimline, stderr, stdout};

use std::fs;
use std::path::Path;

fn document(text: &str) -> String {
    format!(
        "<?xml version=\"1.0\" ?>\n<TimeML>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2004-06-09\" \
         functionInDocument=\"CREATION_TIME\">June 9, 2004</TIMEX3></DCT>\n<TEXT>\n{text}\n</TEXT>\n</TimeML>\n"
    )
}

/// Gold: "Monday" and "last year". System: "Monday" exactly, "year" (relaxed, wrong value)
/// and a spurious "now". Counts: gold 2, system 3, strict 1, relaxed 2, type 2, value 1, so
/// strict P 1/3 R 1/2 F1 0.4; relaxed P 2/3 R 1 F1 0.8; type F1 0.8; value F1 0.5 × 0.8 = 0.4.
fn corpus(dir: &Path) {
    let gold = "Sales rose <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2004-06-07\">Monday</TIMEX3> \
                after <TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2003\">last year</TIMEX3> and now.";
    let system = "Sales rose <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2004-06-07\">Monday</TIMEX3> \
                  after last <TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2004\">year</TIMEX3> and \
                  <TIMEX3 tid=\"t3\" type=\"DATE\" value=\"PRESENT_REF\">now</TIMEX3>.";
    for (folder, text) in [("gold", gold), ("system", system)] {
        fs::create_dir_all(dir.join(folder)).unwrap();
        fs::write(dir.join(folder).join("x.tml"), document(text)).unwrap();
    }
}

#[test]
fn text_report_shows_every_measure_per_type() {
    let dir = tempfile::tempdir().unwrap();
    corpus(dir.path());
    let out = claimline(&["eval", "gold", "system"], dir.path());
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "TempEval-3 timex scores: 1 file(s); percentages, per gold TIMEX3 type
                     all     DATE
gold                   2        2
system                 3        3
strict P           33.33    33.33
strict R           50.00    50.00
strict F1          40.00    40.00
relaxed P          66.67    66.67
relaxed R         100.00   100.00
relaxed F1         80.00    80.00
type accuracy     100.00   100.00
type F1            80.00    80.00
value accuracy     50.00    50.00
value F1           40.00    40.00
"
    );
}

#[test]
fn errors_are_greppable_lines_then_classes() {
    let dir = tempfile::tempdir().unwrap();
    corpus(dir.path());
    let out = claimline(
        &["eval", "gold", "system", "--errors", "--per-file"],
        dir.path(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[..3],
        [
            "gold/x.tml:5:124: span: gold \"last year\" system \"year\" | Sales rose Monday after [last year] and now.",
            "gold/x.tml:5:124: value: \"last year\" gold 2003 system 2004 (DATE) | Sales rose Monday after [last year] and now.",
            "gold/x.tml:5:147: spurious: system DATE PRESENT_REF \"now\" | Sales rose Monday after last year and [now].",
        ]
    );
    assert!(
        text.contains(
            "Error classes (most frequent words first):\n\
         spurious     1  system timexes that matched no gold timex (precision)\n\
         \x20     1  \"now\"\n\
         span         1  matches with different extents (strict only)\n\
         \x20     1  \"last year\"\n\
         value        1  matches with the wrong value\n\
         \x20     1  \"last year\"\n\
         \x20 by value shape, gold -> system:\n\
         \x20     1  9999 -> 9999\n"
        ),
        "{text}"
    );
    assert!(
        text.contains(
            "file   gold system strict F1 relaxed F1 type F1 value F1\n\
         x.tml     2      3     40.00      80.00   80.00    40.00\n"
        ),
        "{text}"
    );
}

#[test]
fn markdown_prints_the_accuracy_table() {
    let dir = tempfile::tempdir().unwrap();
    corpus(dir.path());
    let out = claimline(
        &["eval", "gold", "system", "--format", "markdown"],
        dir.path(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "| corpus | TIMEX3 | gold | system | strict P | strict R | strict F1 | relaxed P | relaxed R | relaxed F1 | type F1 | value F1 |\n\
         |---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n\
         | gold | all | 2 | 3 | 33.33 | 50.00 | 40.00 | 66.67 | 100.00 | 80.00 | 80.00 | 40.00 |\n\
         | gold | DATE | 2 | 3 | 33.33 | 50.00 | 40.00 | 66.67 | 100.00 | 80.00 | 80.00 | 40.00 |\n"
    );
    let out = claimline(
        &[
            "eval", "gold", "system", "--format", "markdown", "--label", "tiny", "--errors",
        ],
        dir.path(),
    );
    let text = stdout(&out);
    assert!(text.contains("| tiny | all | 2 | 3 |"), "{text}");
    assert!(
        text.contains("| value — matches with the wrong value | 1 | \"last year\" (1) |"),
        "{text}"
    );
}

#[test]
fn json_holds_counts_measures_and_differences() {
    let dir = tempfile::tempdir().unwrap();
    corpus(dir.path());
    let out = claimline(
        &[
            "eval",
            "gold/x.tml",
            "system/x.tml",
            "--format",
            "json",
            "--errors",
            "--per-file",
        ],
        dir.path(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["files"], 1);
    assert_eq!(v["total"]["counts"]["relaxed"], 2);
    assert_eq!(v["total"]["measures"]["relaxed"]["f1"], 0.8);
    assert_eq!(v["by_type"]["DATE"]["counts"]["system"], 3);
    assert_eq!(v["per_file"][0]["file"], "x.tml");
    assert_eq!(v["discrepancies"][2]["problem"], "spurious");
    assert_eq!(v["discrepancies"][2]["system"]["value"], "PRESENT_REF");
    assert_eq!(v["discrepancies"][2]["line"], 5);
    assert_eq!(v["classes"][2]["by_shape"][0][0], "9999 -> 9999");
}

#[test]
fn refuses_to_score_incomplete_or_ill_formed_output() {
    let dir = tempfile::tempdir().unwrap();
    corpus(dir.path());
    fs::write(dir.path().join("gold/y.tml"), document("Nothing.")).unwrap();
    let out = claimline(&["eval", "gold", "system"], dir.path());
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "claimline: error: 1 gold file(s) have no system file of the same name: system/y.tml\n"
    );
    assert!(stdout(&out).is_empty());

    fs::write(
        dir.path().join("system/y.tml"),
        document("Nothing <TIMEX3>."),
    )
    .unwrap();
    let out = claimline(&["eval", "gold", "system"], dir.path());
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "claimline: error: system/y.tml:6:1: expected </TIMEX3> to close <TIMEX3> from line 5 column 9, found </TEXT>\n\
         claimline: 1 file(s) could not be scored; no scores printed\n"
    );
    assert!(stdout(&out).is_empty());
}

#[test]
fn scores_the_taggers_own_output() {
    let dir = tempfile::tempdir().unwrap();
    corpus(dir.path());
    let out = claimline(&["timeml", "gold", "--out", "tagged"], dir.path());
    assert!(out.status.success(), "{}", stderr(&out));
    let out = claimline(&["eval", "gold", "tagged"], dir.path());
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).starts_with("TempEval-3 timex scores: 1 file(s)"));
}

/// `--by-rule` runs the resolver on the gold documents: "Monday" and "last year" agree with
/// gold, and the unannotated "now" is the vague rule's spurious mention.
#[test]
fn by_rule_counts_each_rules_agreement_with_gold() {
    let dir = tempfile::tempdir().unwrap();
    corpus(dir.path());
    let out = claimline(&["eval", "gold", "--by-rule"], dir.path());
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.starts_with("Agreement with gold by resolver rule: 1 file(s);"),
        "{text}"
    );
    let row = |rule: &str| {
        text.lines()
            .find(|l| l.split_whitespace().next() == Some(rule))
            .map(|l| l.split_whitespace().skip(1).collect::<Vec<_>>().join(" "))
    };
    assert_eq!(row("weekday").as_deref(), Some("1 1 0 1 1 100.00"));
    assert_eq!(row("last-unit").as_deref(), Some("1 1 0 1 1 100.00"));
    assert_eq!(row("vague").as_deref(), Some("1 0 1 0 0 -"));

    let json = claimline(
        &["eval", "gold", "--by-rule", "--format", "json"],
        dir.path(),
    );
    let rules: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(rules.as_array().map(Vec::len), Some(3));

    // A system annotation has no place here; nor does a file that is no TimeML.
    let both = claimline(&["eval", "gold", "system", "--by-rule"], dir.path());
    assert_eq!(both.status.code(), Some(2));
    fs::write(dir.path().join("gold").join("y.tml"), "<TimeML><TEXT>").unwrap();
    let bad = claimline(&["eval", "gold", "--by-rule"], dir.path());
    assert_eq!(bad.status.code(), Some(1));
    assert!(stdout(&bad).is_empty());
    assert!(stderr(&bad).contains("y.tml"), "{}", stderr(&bad));
}
