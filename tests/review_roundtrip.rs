//! A claims file written by claimline reads back as the same value, whatever the strings in
//! it, and reads the same through both YAML readers claimline uses.

mod common;

use std::path::Path;

use claimline::review::{
    ArticleRecord, Claim, ClaimsFile, DateRecord, Source, WhenRecord, parse, render,
};

const NASTY: &[&str] = &[
    "plain words",
    "\"double\" and 'single' quotes",
    "key: value inside",
    "ends with a colon:",
    "# looks like a comment",
    "text # with a hash",
    "- looks like a list",
    "yes",
    "no",
    "null",
    "~",
    "true",
    "2018",
    "1:20",
    "0x1F",
    "",
    " leading and trailing ",
    "unicode “quotes” — émigré 日本語 🎉",
    "two lines\nof notes",
    "paragraphs\n\nwith a final break\n",
    "tab\tinside",
    "control \u{7} and separator \u{2028}",
    "Sen. Rand Paul (R-KY) delivered a letter on Wednesday from President Donald Trump to \
     introduce the Kentucky senator to Russian President Vladimir Putin and emphasized \
     “further engagement” between Trump and Putin.",
    "A sentence: long enough to be folded, with a colon: and a # hash, that must still read back \
     exactly as it was written by the article's author.",
];

fn claim(n: usize, s: &str) -> Claim {
    let opt = |x: &str| Some(x.to_string());
    Claim {
        id: format!("c{n}"),
        gone: n % 2 == 1,
        sentence: s.to_string(),
        event: opt(s),
        quote: opt(s),
        actor: opt(s),
        speaker: opt(s),
        attribution: opt(s),
        when: Some(WhenRecord {
            label: "2018-08-05/2018-08-08".into(),
            from: opt("2018-08-05"),
            to: opt("2018-08-08"),
            grain: "day".into(),
            text: s.to_string(),
        }),
        dates: vec![DateRecord {
            text: s.to_string(),
            kind: "DATE".into(),
            value: "2018-W32".into(),
            modifier: opt("START"),
            from: opt("2018-08-06"),
            to: opt("2018-08-12"),
            grain: opt("week"),
            why: s.to_string(),
        }],
        status: "in-progress".into(),
        verdict: opt("true"),
        conclusion: opt(s),
        sources: vec![Source {
            url: "https://example.org/a?b=c#d".into(),
            title: opt(s),
            accessed: opt("2018-08-10"),
        }],
        notes: opt(s),
        reviewer: opt(s),
        reviewed_at: opt("2018-08-10"),
        tags: vec![s.to_string(), "tag".into()],
        date_override: opt("after 2018-11-06"),
    }
}

fn bare(n: usize) -> Claim {
    let mut c = common::claim(&format!("bare-{n}"), "On Monday it rained.", "2018-08-06");
    c.when = None;
    c
}

fn file(claims: Vec<Claim>) -> ClaimsFile {
    ClaimsFile {
        article: ArticleRecord {
            id: "nasty".into(),
            title: "Title: with “quotes” and # hash".into(),
            published: "2018-08-08".into(),
            url: Some("https://example.org/story".into()),
            publisher: Some("yes".into()),
            author: Some("null".into()),
        },
        claims,
    }
}

#[test]
fn write_then_read_gives_the_same_file() {
    let mut claims: Vec<Claim> = NASTY.iter().enumerate().map(|(n, s)| claim(n, s)).collect();
    claims.push(bare(0));
    let original = file(claims);
    let text = render(&original);
    let back = parse(&text, Path::new("nasty.yaml")).unwrap_or_else(|e| panic!("{e}\n{text}"));
    assert_eq!(back, original);
    // The located reader sees the same strings.
    let root = claimline::yaml::tree::parse(&text, Path::new("nasty.yaml"))
        .unwrap()
        .unwrap();
    for (node, s) in root.get("claims").unwrap().items().iter().zip(NASTY) {
        assert_eq!(node.get("sentence").unwrap().as_text().unwrap_or(""), *s);
        assert_eq!(node.get("notes").unwrap().as_text().unwrap_or(""), *s);
    }
    // And writing again is byte-identical.
    assert_eq!(render(&back), text);
}

#[test]
fn empty_review_fields_are_written_for_filling_in() {
    let text = render(&file(vec![bare(1)]));
    let expected = "\
- id: bare-1
  sentence: On Monday it rained.
  status: unreviewed
  verdict:
  conclusion:
  sources: []
  notes:
  reviewer:
  reviewed_at:
  tags: []
  date_override:
";
    assert!(text.ends_with(expected), "{text}");
    assert_eq!(
        parse(&text, Path::new("x.yaml")).unwrap().claims[0],
        bare(1)
    );
}

#[test]
fn claims_are_blocks_separated_by_blank_lines() {
    let text = render(&file(vec![bare(1), bare(2)]));
    assert!(text.contains("claims:\n\n- id: bare-1\n"), "{text}");
    assert!(text.contains("date_override:\n\n- id: bare-2\n"), "{text}");
}

#[test]
fn long_sentences_are_folded_and_lines_stay_short() {
    let text = render(&file(vec![claim(0, NASTY[22])]));
    assert!(
        text.contains("  sentence: >-\n    Sen. Rand Paul (R-KY)"),
        "{text}"
    );
    for line in text.lines() {
        assert!(line.chars().count() <= 100, "{line}");
    }
}
