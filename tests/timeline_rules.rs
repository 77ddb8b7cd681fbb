//! The timeline's placement, grouping and ordering rules, on hand-written claims files.

use std::path::Path;

use claimline::review::ClaimsFile;
use claimline::timeline::{Field, Timeline};

/// A claims file for article `id`; `claims` is the YAML list of claims, one flow mapping a
/// line, with `when` given as a bare label.
fn file(id: &str, claims: &[&str]) -> ClaimsFile {
    let mut yaml =
        format!("article: {{ id: {id}, title: {id}, published: 2018-08-08 }}\nclaims:\n");
    for c in claims {
        yaml.push_str(&format!("  - {c}\n"));
    }
    // Each `when: X` shorthand becomes the full record the extractor writes.
    let yaml = expand_when(&yaml);
    claimline::yaml::from_str(&yaml, Path::new("test.yaml"), 1).unwrap()
}

fn expand_when(yaml: &str) -> String {
    let mut out = String::new();
    let mut rest = yaml;
    while let Some(i) = rest.find("when: \"") {
        out.push_str(&rest[..i]);
        let after = &rest[i + 7..];
        let end = after.find('"').unwrap();
        let label = &after[..end];
        out.push_str(&format!(
            "when: {{ label: \"{label}\", grain: day, text: \"{label}\" }}"
        ));
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    out
}

/// `(label, claim ids)` of each entry, in order.
fn entries(timeline: &Timeline<'_>) -> Vec<(String, Vec<String>)> {
    timeline
        .entries
        .iter()
        .map(|e| {
            (
                e.when.label.clone(),
                e.items.iter().map(|i| i.claim.id.clone()).collect(),
            )
        })
        .collect()
}

fn labels(timeline: &Timeline<'_>) -> Vec<String> {
    entries(timeline).into_iter().map(|(l, _)| l).collect()
}

fn all(_: &claimline::review::Claim) -> bool {
    true
}

#[test]
fn the_seed_article_reads_in_the_expected_order() {
    // The claims the extractor is expected to find in the seed article, in article order.
    let seed = file(
        "seed",
        &[
            r#"{ id: delivered, sentence: s, actor: "Sen. Rand Paul (R-KY)", when: "2018-08-08" }"#,
            r#"{ id: statement, sentence: s, speaker: "Sen. Paul", when: "2018-08-08" }"#,
            r#"{ id: away, sentence: s, actor: "Paul", when: "2018-W32" }"#,
            r#"{ id: emphasized, sentence: s, speaker: "The Kentucky conservative" }"#,
            r#"{ id: asked, sentence: s, actor: "the White House", when: "2018-08-08" }"#,
            r#"{ id: gidley, sentence: s, speaker: "Hogan Gidley, a White House spokesman", when: "2018-08-08" }"#,
            r#"{ id: moscow, sentence: s, actor: "He", speaker: "letter from Trump", when: "2018-08-05/2018-08-08" }"#,
            r#"{ id: officials, sentence: s, actor: "Paul, a member of the Senate Foreign Relations Committee", when: "2018-W32" }"#,
            r#"{ id: announced, sentence: s, actor: "Sen. Paul", when: "2018-08-06" }"#,
            r#"{ id: helsinki, sentence: s, actor: "President Trump", when: "2018-07" }"#,
            r#"{ id: fall, sentence: s, actor: "Trump", when: "2018-FA" }"#,
            r#"{ id: midterms, sentence: s, actor: "he", when: "after 2018-11-06" }"#,
            r#"{ id: tweeted, sentence: s, speaker: "Rep. Massie", when: "2018-08-06" }"#,
            r#"{ id: wrote, sentence: s, speaker: "Massie", when: "2018-08-08" }"#,
        ],
    );
    let files = [seed];
    let timeline = Timeline::build(&files, all).unwrap();
    let expected: Vec<(&str, Vec<&str>)> = vec![
        ("2018-07", vec!["helsinki"]),
        ("2018-08-05/2018-08-08", vec!["moscow"]),
        ("2018-08-06", vec!["announced"]),
        ("2018-08-06", vec!["tweeted"]),
        ("2018-W32", vec!["away", "officials"]),
        ("2018-08-08", vec!["delivered", "statement"]),
        ("2018-08-08", vec!["asked", "gidley"]),
        ("2018-08-08", vec!["wrote"]),
        ("2018-FA", vec!["fall"]),
        ("after 2018-11-06", vec!["midterms"]),
    ];
    let expected: Vec<(String, Vec<String>)> = expected
        .into_iter()
        .map(|(l, ids)| (l.to_string(), ids.into_iter().map(String::from).collect()))
        .collect();
    assert_eq!(entries(&timeline), expected);
    let undated: Vec<&str> = timeline
        .undated
        .iter()
        .map(|i| i.claim.id.as_str())
        .collect();
    assert_eq!(undated, ["emphasized"]);
    assert_eq!(timeline.claim_count(), 14);
}

#[test]
fn a_day_comes_before_the_week_that_starts_on_it_whatever_the_input_order() {
    for claims in [
        [
            r#"{ id: w, sentence: s, when: "2018-W32" }"#,
            r#"{ id: d, sentence: s, when: "2018-08-06" }"#,
        ],
        [
            r#"{ id: d, sentence: s, when: "2018-08-06" }"#,
            r#"{ id: w, sentence: s, when: "2018-W32" }"#,
        ],
    ] {
        let files = [file("a", &claims)];
        assert_eq!(
            labels(&Timeline::build(&files, all).unwrap()),
            ["2018-08-06", "2018-W32"]
        );
    }
}

#[test]
fn finer_grain_first_among_entries_starting_on_the_same_day() {
    // All four start on 2018-07-30 (a Monday) or on 2018-07-01.
    let files = [file(
        "a",
        &[
            r#"{ id: q, sentence: s, when: "2018-Q3" }"#,
            r#"{ id: m, sentence: s, when: "2018-07" }"#,
            r#"{ id: d1, sentence: s, when: "2018-07-01" }"#,
            r#"{ id: w, sentence: s, when: "2018-W31" }"#,
            r#"{ id: d30, sentence: s, when: "2018-07-30" }"#,
        ],
    )];
    assert_eq!(
        labels(&Timeline::build(&files, all).unwrap()),
        ["2018-07-01", "2018-07", "2018-Q3", "2018-07-30", "2018-W31"]
    );
}

#[test]
fn start_comes_before_grain() {
    // The week starts on Monday the 6th, before Wednesday the 8th.
    let files = [file(
        "a",
        &[
            r#"{ id: wed, sentence: s, when: "2018-08-08" }"#,
            r#"{ id: week, sentence: s, when: "2018-W32" }"#,
        ],
    )];
    assert_eq!(
        labels(&Timeline::build(&files, all).unwrap()),
        ["2018-W32", "2018-08-08"]
    );
}

#[test]
fn earlier_end_first_when_start_and_grain_tie() {
    let files = [file(
        "a",
        &[
            r#"{ id: long, sentence: s, when: "2018-08-05/2018-08-09" }"#,
            r#"{ id: range, sentence: s, when: "2018-08-05/2018-08-08" }"#,
            r#"{ id: day, sentence: s, when: "2018-08-05" }"#,
        ],
    )];
    assert_eq!(
        labels(&Timeline::build(&files, all).unwrap()),
        [
            "2018-08-05",
            "2018-08-05/2018-08-08",
            "2018-08-05/2018-08-09"
        ]
    );
}

#[test]
fn open_intervals() {
    let files = [file(
        "a",
        &[
            r#"{ id: after, sentence: s, when: "after 2018-11-06" }"#,
            r#"{ id: day7, sentence: s, when: "2018-11-07" }"#,
            r#"{ id: day6, sentence: s, when: "2018-11-06" }"#,
            r#"{ id: decade, sentence: s, when: "199" }"#,
            r#"{ id: before, sentence: s, when: "before 2018-11-06" }"#,
        ],
    )];
    // "after 2018-11-06" starts on the 7th, and sorts after the closed day that also
    // starts then; "before" sorts before everything, even the 1990s.
    assert_eq!(
        labels(&Timeline::build(&files, all).unwrap()),
        [
            "before 2018-11-06",
            "199",
            "2018-11-06",
            "2018-11-07",
            "after 2018-11-06"
        ]
    );
}

#[test]
fn source_position_breaks_the_last_ties() {
    let a = file(
        "a",
        &[
            r#"{ id: a2, sentence: s, actor: Smith, when: "2018-08-08" }"#,
            r#"{ id: a1, sentence: s, actor: Jones, when: "2018-08-08" }"#,
        ],
    );
    let b = file(
        "b",
        &[r#"{ id: b1, sentence: s, actor: Smith, when: "2018-08-08" }"#],
    );
    let files = [b, a];
    let timeline = Timeline::build(&files, all).unwrap();
    let ids: Vec<Vec<String>> = entries(&timeline).into_iter().map(|(_, ids)| ids).collect();
    // Article order first (b was given first), then claim order; the same name in two
    // articles does not merge.
    assert_eq!(ids, [vec!["b1"], vec!["a2"], vec!["a1"]]);
    assert_eq!(timeline.entries[0].items[0].article.id, "b");
    assert_eq!(timeline.entries[0].items[0].source, 0);
    assert_eq!(timeline.entries[2].items[0].position, 1);
}

#[test]
fn grouping_needs_the_same_label_and_a_shared_name() {
    let files = [file(
        "a",
        &[
            r#"{ id: delivered, sentence: s, actor: "Paul", when: "2018-08-08" }"#,
            r#"{ id: senator, sentence: s, actor: "Sen. Jones", when: "2018-08-08" }"#,
            r#"{ id: week, sentence: s, actor: "Paul", when: "2018-W32" }"#,
            r#"{ id: said, sentence: s, speaker: "Sen. Paul", when: "2018-08-08" }"#,
            r#"{ id: same-day-other-spelling, sentence: s, actor: "Paul", when: "2018-08-08/2018-08-08" }"#,
        ],
    )];
    let timeline = Timeline::build(&files, all).unwrap();
    let ids: Vec<Vec<String>> = entries(&timeline).into_iter().map(|(_, ids)| ids).collect();
    // "Sen." is a title, not a name: Jones and Paul stay apart. The label must match as
    // written, so a one-day range stays its own entry.
    assert_eq!(
        ids,
        [
            vec!["week"],
            vec!["delivered", "said"],
            vec!["senator"],
            vec!["same-day-other-spelling"],
        ]
    );
}

#[test]
fn date_override_wins_and_is_marked() {
    let files = [file(
        "a",
        &[
            r#"{ id: fixed, sentence: s, actor: Paul, when: "2018-08-06", date_override: "2018-08-08" }"#,
            r#"{ id: kept, sentence: s, actor: Paul, when: "2018-08-08" }"#,
            r#"{ id: dated-by-reviewer, sentence: s, date_override: "2018-07" }"#,
        ],
    )];
    let timeline = Timeline::build(&files, all).unwrap();
    assert_eq!(
        entries(&timeline),
        [
            ("2018-07".to_string(), vec!["dated-by-reviewer".to_string()]),
            (
                "2018-08-08".to_string(),
                vec!["fixed".to_string(), "kept".to_string()]
            ),
        ]
    );
    let merged = &timeline.entries[1];
    assert!(merged.corrected());
    assert!(merged.items[0].corrected);
    assert!(!merged.items[1].corrected);
    assert!(timeline.undated.is_empty());
}

#[test]
fn undated_claims_are_kept_apart_in_input_order() {
    let files = [
        file(
            "a",
            &[
                r#"{ id: a1, sentence: s }"#,
                r#"{ id: a2, sentence: s, when: "2018" }"#,
            ],
        ),
        file("b", &[r#"{ id: b1, sentence: s }"#]),
    ];
    let timeline = Timeline::build(&files, all).unwrap();
    assert_eq!(labels(&timeline), ["2018"]);
    let undated: Vec<(&str, &str)> = timeline
        .undated
        .iter()
        .map(|i| (i.article.id.as_str(), i.claim.id.as_str()))
        .collect();
    assert_eq!(undated, [("a", "a1"), ("b", "b1")]);
}

#[test]
fn claims_left_out_neither_show_nor_group() {
    let files = [file(
        "a",
        &[
            r#"{ id: one, sentence: s, actor: "Paul Smith", status: reviewed, when: "2018-08-08" }"#,
            r#"{ id: bridge, sentence: s, actor: "Paul Jones", status: unreviewed, when: "2018-08-08" }"#,
            r#"{ id: two, sentence: s, actor: "Jones", status: published, when: "2018-08-08" }"#,
            r#"{ id: hidden, sentence: s, status: unreviewed }"#,
        ],
    )];
    let timeline = Timeline::build(&files, |c| c.status != "unreviewed").unwrap();
    let ids: Vec<Vec<String>> = entries(&timeline).into_iter().map(|(_, ids)| ids).collect();
    // Without the hidden "bridge", "one" and "two" share no name.
    assert_eq!(ids, [vec!["one"], vec!["two"]]);
    assert!(timeline.undated.is_empty());
    assert_eq!(timeline.claim_count(), 2);
}

#[test]
fn unreadable_placements_name_the_claim_and_field() {
    let files = [file(
        "a",
        &[r#"{ id: bad, sentence: s, when: "2018-08-08", date_override: "2018-02-30" }"#],
    )];
    let e = Timeline::build(&files, all).unwrap_err();
    assert_eq!(
        (e.article.as_str(), e.claim.as_str(), e.field),
        ("a", "bad", Field::DateOverride)
    );
    assert_eq!(
        e.to_string(),
        "claim bad: date_override: \"2018-02-30\" is not a real date"
    );

    let files = [file(
        "a",
        &[r#"{ id: odd, sentence: s, when: "next-ish" }"#],
    )];
    let e = Timeline::build(&files, all).unwrap_err();
    assert_eq!(e.field, Field::WhenLabel);
    assert!(
        e.to_string()
            .starts_with("claim odd: when.label: expected a date"),
        "{e}"
    );
}
