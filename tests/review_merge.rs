//! Safe re-extraction: a reviewer's file only ever gains lines.

mod common;

use std::path::Path;

use claimline::review::{GONE_LINE, merge, render};
use common::{claim, file, only_lines_added};

const A: &str = "On Monday, the senator met officials.";
const B: &str = "On Tuesday, the committee voted.";
const C: &str = "On Wednesday, the letter was delivered.";
const NEW: &str = "On Thursday, a reply came.";

fn body(sentences: &[&str]) -> String {
    sentences.join("\n\n") + "\n"
}

/// A file as extracted, then edited by a reviewer: review fields filled, comments added,
/// a folded note, some re-indentation, a flow-style source list.
fn reviewed() -> String {
    let text = render(&file(vec![
        claim("a", A, "2018-08-06"),
        claim("b", B, "2018-08-07"),
        claim("c", C, "2018-08-08"),
    ]));
    let edited = text
        .replace(
            "- id: a\n",
            "# Checked with the senator's office.\n- id: a   # the meeting\n",
        )
        .replacen(
            "  status: unreviewed\n  verdict:\n",
            "  status: reviewed   # done\n  verdict: true\n",
            1,
        )
        .replacen(
            "  sources: []\n",
            "  sources: [{url: 'https://example.org/minutes', accessed: 2018-08-09}]\n",
            1,
        )
        .replacen(
            "  notes:\n",
            "  notes: >\n      Confirmed by two\n      sources.\n\n  # more to come\n",
            1,
        );
    assert_ne!(edited, text);
    edited
}

fn run(text: &str, fresh: &[claimline::review::Claim], article: &str) -> claimline::review::Merge {
    merge(
        text,
        Path::new("story.yaml"),
        &file(fresh.to_vec()),
        article,
    )
    .unwrap_or_else(|e| panic!("{e}\n{text}"))
}

#[test]
fn nothing_new_changes_nothing() {
    let text = reviewed();
    let fresh = [
        claim("a", A, "2018-08-06"),
        claim("b", B, "2018-08-07"),
        claim("c", C, "2018-08-08"),
    ];
    let m = run(&text, &fresh, &body(&[A, B, C]));
    assert_eq!(m.text, text);
    assert!(
        m.added.is_empty() && m.gone.is_empty() && m.notes.is_empty(),
        "{m:?}"
    );
}

#[test]
fn new_claims_are_inserted_in_article_order() {
    let text = reviewed();
    let fresh = [
        claim("a", A, "2018-08-06"),
        claim("new", NEW, "2018-08-09"),
        claim("b", B, "2018-08-07"),
        claim("c", C, "2018-08-08"),
    ];
    let m = run(&text, &fresh, &body(&[A, NEW, B, C]));
    assert_eq!(m.added, ["new"]);
    assert!(only_lines_added(&text, &m.text), "{}", m.text);
    // After claim a's block and the comment indented under it, before claim b.
    let a = m.text.find("- id: a").unwrap();
    let more = m.text.find("  # more to come").unwrap();
    let new = m.text.find("- id: new").unwrap();
    let b = m.text.find("- id: b").unwrap();
    assert!(a < more && more < new && new < b, "{}", m.text);
    assert!(
        m.text.contains("  date_override:\n\n- id: new\n"),
        "{}",
        m.text
    );
    assert!(
        m.text.contains("  date_override:\n\n- id: b\n"),
        "{}",
        m.text
    );
}

#[test]
fn a_claim_before_all_others_goes_after_the_claims_key() {
    let text = reviewed();
    let fresh = [claim("new", NEW, "2018-08-09"), claim("a", A, "2018-08-06")];
    let m = run(&text, &fresh, &body(&[NEW, A, B, C]));
    assert!(only_lines_added(&text, &m.text), "{}", m.text);
    // The reviewer's comment above claim a stays attached to it.
    assert!(m.text.contains("claims:\n\n- id: new\n"), "{}", m.text);
    assert!(
        m.text
            .contains("  date_override:\n\n# Checked with the senator's office.\n- id: a"),
        "{}",
        m.text
    );
}

#[test]
fn removed_sentences_are_flagged_and_kept() {
    let text = reviewed();
    let fresh = [claim("a", A, "2018-08-06"), claim("c", C, "2018-08-08")];
    let m = run(&text, &fresh, &body(&[A, C]));
    assert_eq!(m.gone, ["b"]);
    assert!(only_lines_added(&text, &m.text));
    assert!(
        m.text
            .contains(&format!("- id: b\n  {GONE_LINE}\n  sentence: ")),
        "{}",
        m.text
    );
    // Flagging is done once.
    let again = run(&m.text, &fresh, &body(&[A, C]));
    assert_eq!(again.text, m.text);
    // When the sentence comes back, the tool's own line goes away again.
    let back = run(
        &m.text,
        &[
            claim("a", A, "2018-08-06"),
            claim("b", B, "2018-08-07"),
            claim("c", C, "2018-08-08"),
        ],
        &body(&[A, B, C]),
    );
    assert_eq!(back.back, ["b"]);
    assert_eq!(back.text, text);
}

#[test]
fn a_gone_line_the_reviewer_touched_is_left_alone() {
    let text = reviewed();
    let fresh = [claim("a", A, "2018-08-06"), claim("c", C, "2018-08-08")];
    let flagged = run(&text, &fresh, &body(&[A, C])).text;
    let touched = flagged.replace(GONE_LINE, "gone: true  # asked the editor");
    let all = [
        claim("a", A, "2018-08-06"),
        claim("b", B, "2018-08-07"),
        claim("c", C, "2018-08-08"),
    ];
    let m = run(&touched, &all, &body(&[A, B, C]));
    assert_eq!(m.text, touched);
    assert!(
        m.notes
            .iter()
            .any(|n| n.message.contains("sentence is back")),
        "{m:?}"
    );
}

#[test]
fn a_sentence_still_in_the_article_is_not_gone() {
    let text = reviewed();
    let fresh = [claim("a", A, "2018-08-06"), claim("c", C, "2018-08-08")];
    let m = run(&text, &fresh, &body(&[A, B, C]));
    assert!(m.gone.is_empty());
    assert_eq!(m.text, text);
    assert!(
        m.notes
            .iter()
            .any(|n| n.claim.as_deref() == Some("b")
                && n.message.contains("no longer finds a claim"))
    );
}

#[test]
fn differences_are_reported_not_applied() {
    let text = reviewed();
    let mut a = claim("a", A, "2018-08-13");
    a.speaker = Some("The senator".into());
    let fresh = [a, claim("b", B, "2018-08-07"), claim("c", C, "2018-08-08")];
    let m = run(&text, &fresh, &body(&[A, B, C]));
    assert_eq!(m.text, text);
    let when = m.notes.iter().find(|n| n.field == "when").unwrap();
    assert_eq!(when.claim.as_deref(), Some("a"));
    assert!(
        when.in_file.as_deref().unwrap().starts_with("\"2018-08-06"),
        "{when:?}"
    );
    assert!(
        when.extracted
            .as_deref()
            .unwrap()
            .starts_with("\"2018-08-13"),
        "{when:?}"
    );
    // Points at the `when:` value of claim a.
    let line = text.lines().position(|l| l == "  when:").unwrap() + 1;
    assert_eq!((when.line, when.column), (line + 1, 5));
    let speaker = m.notes.iter().find(|n| n.field == "speaker").unwrap();
    assert_eq!(speaker.in_file, Some("nothing".into()));
}

#[test]
fn ids_may_change_when_the_sentence_is_the_same() {
    let text = reviewed();
    let fresh = [
        claim("a2", A, "2018-08-06"),
        claim("b", B, "2018-08-07"),
        claim("c", C, "2018-08-08"),
    ];
    let m = run(&text, &fresh, &body(&[A, B, C]));
    assert_eq!(m.text, text, "matched by sentence: nothing added");
}

#[test]
fn empty_and_missing_claim_lists_receive_claims() {
    let empty = render(&file(vec![]));
    assert!(empty.ends_with("claims: []\n"));
    let m = run(&empty, &[claim("a", A, "2018-08-06")], &body(&[A]));
    assert!(m.text.ends_with("claims:\n\n- id: a\n  sentence: On Monday, the senator met officials.\n  when:\n    label: 2018-08-06\n    from: 2018-08-06\n    to: 2018-08-06\n    grain: day\n    text: on Monday\n  status: unreviewed\n  verdict:\n  conclusion:\n  sources: []\n  notes:\n  reviewer:\n  reviewed_at:\n  tags: []\n  date_override:\n"), "{}", m.text);

    let missing = empty.replace("claims: []\n", "");
    let m = run(&missing, &[claim("a", A, "2018-08-06")], &body(&[A]));
    assert!(only_lines_added(&missing, &m.text));
    assert!(m.text.contains("\nclaims:\n\n- id: a\n"), "{}", m.text);
}

#[test]
fn indented_lists_and_crlf_are_followed() {
    let text = render(&file(vec![claim("a", A, "2018-08-06")]));
    // The claims list indented under its key, as some editors format it.
    let (head, claims) = text.split_at(text.find("claims:\n").unwrap());
    let indented: String = claims
        .split_inclusive('\n')
        .map(|l| {
            if l.starts_with("claims") || l == "\n" {
                l.to_string()
            } else {
                format!("  {l}")
            }
        })
        .collect();
    let indented = format!("{head}{indented}");
    let crlf = indented.replace('\n', "\r\n");
    let m = run(
        &crlf,
        &[claim("a", A, "2018-08-06"), claim("nw", NEW, "2018-08-09")],
        &body(&[A, NEW]),
    );
    assert!(
        m.text.contains("\r\n\r\n  - id: nw\r\n    sentence: "),
        "{:?}",
        m.text
    );
    assert!(
        !m.text.replace("\r\n", "").contains('\n'),
        "only CRLF line ends"
    );
    assert!(only_lines_added(&crlf, &m.text));
}

#[test]
fn reordered_claims_keep_their_order() {
    let text = render(&file(vec![
        claim("b", B, "2018-08-07"),
        claim("a", A, "2018-08-06"),
    ]));
    let fresh = [
        claim("a", A, "2018-08-06"),
        claim("nw", NEW, "2018-08-09"),
        claim("b", B, "2018-08-07"),
    ];
    let m = run(&text, &fresh, &body(&[A, NEW, B]));
    assert!(only_lines_added(&text, &m.text), "{}", m.text);
    // The new claim follows a, its predecessor in the article, wherever a is.
    assert!(m.text.find("- id: a").unwrap() < m.text.find("- id: nw").unwrap());
    assert!(m.text.find("- id: b").unwrap() < m.text.find("- id: a").unwrap());
}

#[test]
fn unsafe_files_are_refused_with_a_location() {
    let fresh = [claim("a", A, "2018-08-06")];
    let bad = "article:\n  id: story\n  title: x\n  published: 2018-08-08\nclaims:\n- id: a\n  sentence: [unclosed\n";
    let e = merge(bad, Path::new("s.yaml"), &file(fresh.to_vec()), A).unwrap_err();
    assert!(e.to_string().starts_with("s.yaml:"), "{e}");

    let dup = render(&file(vec![
        claim("a", A, "2018-08-06"),
        claim("a", B, "2018-08-07"),
    ]));
    let e = merge(&dup, Path::new("s.yaml"), &file(fresh.to_vec()), A).unwrap_err();
    let line = dup
        .lines()
        .enumerate()
        .filter(|(_, l)| *l == "- id: a")
        .nth(1)
        .unwrap()
        .0
        + 1;
    assert_eq!(
        e.to_string(),
        format!("s.yaml:{line}:7: duplicate claim id `a`; make ids unique before re-extracting")
    );

    let flow =
        "article: {id: story, title: x, published: 2018-08-08}\nclaims: [{id: a, sentence: x}]\n";
    let e = merge(
        flow,
        Path::new("s.yaml"),
        &file(vec![claim("b", B, "2018-08-07")]),
        B,
    )
    .unwrap_err();
    assert!(e.to_string().contains("flow style"), "{e}");
}
