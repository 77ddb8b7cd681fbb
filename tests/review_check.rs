//! `claimline check`: each malformed claims file gives the right `file:line:column` message,
//! pointing at the offending node.

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use chrono::NaiveDate;
use claimline::config::Config;
use claimline::review::check::{Context, check_claims_file, check_claims_text};

/// A valid file; the line numbers in the cases below refer to it.
const BASE: &str = "\
article:
  id: story
  title: A story
  published: 2018-08-08
claims:
- id: a
  sentence: On Monday, the senator met officials.
  status: unreviewed
  verdict:
  sources: []
- id: b
  sentence: On Tuesday, the committee voted.
  status: reviewed
  verdict: true
  sources:
    - url: https://example.org/minutes
      accessed: 2018-08-09
";

fn context() -> Context {
    let mut c = Context::new(Config::default());
    let day = NaiveDate::from_ymd_opt(2018, 8, 8).unwrap();
    c.articles = Some(BTreeMap::from([("story".to_string(), day)]));
    c
}

/// BASE with line `n` (1-based) replaced by `text` (several lines, or none to delete it).
fn with(n: usize, text: &str) -> String {
    let mut lines: Vec<String> = BASE.lines().map(str::to_string).collect();
    if text.is_empty() {
        lines.remove(n - 1);
    } else {
        lines[n - 1] = text.to_string();
    }
    lines.join("\n") + "\n"
}

/// BASE with `text` added after line `n`.
fn after(n: usize, text: &str) -> String {
    let line = BASE.lines().nth(n - 1).unwrap();
    with(n, &format!("{line}\n{text}"))
}

fn check(text: &str) -> Vec<String> {
    check_claims_text(text, Path::new("story.yaml"), &context())
        .iter()
        .map(ToString::to_string)
        .collect()
}

#[test]
fn the_base_file_is_clean() {
    assert_eq!(check(BASE), Vec::<String>::new());
}

#[test]
fn each_problem_is_reported_at_its_node() {
    let cases: Vec<(&str, String, &[&str])> = vec![
        (
            "unclosed quote",
            with(7, "  sentence: \"On Monday"),
            &[
                "story.yaml:7:13: error: a quoted scalar starts here and is never closed: found the end of the file",
            ],
        ),
        (
            "bad indentation",
            with(8, "   status: unreviewed"),
            &["story.yaml:8:10: error: mapping values are not allowed in this context"],
        ),
        (
            "tab indentation",
            with(8, "\tstatus: unreviewed"),
            &[
                "story.yaml:8:1: error: found a tab character that violates indentation, in a plain scalar that starts at line 7 column 13",
            ],
        ),
        (
            "unclosed flow list",
            with(10, "  sources: [a, b"),
            &[
                "story.yaml:11:5: error: did not find expected ',' or ']', in a flow sequence that starts at line 10 column 12",
            ],
        ),
        (
            "misspelt claim field",
            with(9, "  verdcit: true"),
            &["story.yaml:9:3: error: claim a: unknown field `verdcit`; did you mean `verdict`?"],
        ),
        (
            "unknown top-level field",
            format!("{BASE}extra: 1\n"),
            &["story.yaml:18:1: error: unknown field `extra`; expected one of: article, claims"],
        ),
        (
            "misspelt article field",
            with(3, "  titel: A story"),
            &[
                "story.yaml:2:3: error: article: missing field `title`",
                "story.yaml:3:3: error: article: unknown field `titel`; did you mean `title`?",
            ],
        ),
        (
            "misspelt source field",
            with(17, "      acessed: 2018-08-09"),
            &[
                "story.yaml:17:7: error: claim b: sources[0]: unknown field `acessed`; did you mean `accessed`?",
            ],
        ),
        (
            "sources not a list",
            with(10, "  sources: none"),
            &["story.yaml:10:12: error: claim a: sources: expected a list, found a string"],
        ),
        (
            "tags a mapping",
            after(10, "  tags: {a: 1}"),
            &["story.yaml:11:9: error: claim a: tags: expected a list, found a mapping"],
        ),
        (
            "sentence a list",
            with(7, "  sentence: [a, b]"),
            &["story.yaml:7:13: error: claim a: sentence: expected a string, found a list"],
        ),
        (
            "gone not a boolean",
            after(6, "  gone: yes"),
            &["story.yaml:7:9: error: claim a: gone: expected true or false, found a string"],
        ),
        (
            "status off the workflow",
            with(8, "  status: done"),
            &[
                "story.yaml:8:11: error: claim a: status: \"done\" is not a status of this project; expected one of: unreviewed, in-progress, reviewed, published",
            ],
        ),
        (
            "verdict off the scale",
            with(14, "  verdict: maybe"),
            &[
                "story.yaml:14:12: error: claim b: verdict: \"maybe\" is not on the scale; expected one of: true, mostly-true, misleading, false, unverifiable",
            ],
        ),
        (
            "impossible reviewed_at",
            after(13, "  reviewed_at: 2018-02-30"),
            &["story.yaml:14:16: error: claim b: reviewed_at: \"2018-02-30\" is not a real date"],
        ),
        (
            "reviewed_at not a day",
            after(13, "  reviewed_at: 2018-08"),
            &[
                "story.yaml:14:16: error: claim b: reviewed_at: expected a day such as 2018-08-10, found \"2018-08\"",
            ],
        ),
        (
            "reviewed before publication",
            after(13, "  reviewed_at: 2018-08-01"),
            &[
                "story.yaml:14:16: warning: claim b: reviewed_at 2018-08-01 is before the article was published",
            ],
        ),
        (
            "impossible accessed",
            with(17, "      accessed: 2018-13-01"),
            &[
                "story.yaml:17:17: error: claim b: sources[0].accessed: \"2018-13-01\" is not a real date",
            ],
        ),
        (
            "date_override not a date",
            after(10, "  date_override: soon"),
            &[
                "story.yaml:11:18: error: claim a: date_override: expected a date such as 2018-08-08, 2018-07, 2018-W32, 2018-FA, 2018 or 2018-08-05/2018-08-08, found \"soon\"",
            ],
        ),
        (
            "date_override reversed",
            after(10, "  date_override: 2018-08-09/2018-08-01"),
            &[
                "story.yaml:11:18: error: claim a: date_override: the range \"2018-08-09/2018-08-01\" ends before it starts",
            ],
        ),
        (
            "duplicate claim id",
            with(11, "- id: a"),
            &[
                "story.yaml:11:7: error: duplicate claim id `a` (first on line 6); ids must be unique in a file",
            ],
        ),
        (
            "verdict without source, published",
            with(15, "  sources: []").replace(
                "    - url: https://example.org/minutes\n      accessed: 2018-08-09\n",
                "",
            ),
            &[
                "story.yaml:14:12: error: claim b: verdict `true` without any source; add the evidence under `sources:` (url, title, accessed)",
            ],
        ),
        (
            "verdict without source, in progress",
            with(9, "  verdict: false"),
            &[
                "story.yaml:9:12: warning: claim a: verdict `false` without any source; add the evidence under `sources:` (url, title, accessed)",
            ],
        ),
        (
            "reviewed without verdict",
            with(14, "  verdict:"),
            &[
                "story.yaml:13:11: warning: claim b: status `reviewed` is published on the site, but there is no verdict",
            ],
        ),
        (
            "source url not http",
            with(16, "    - url: javascript:alert(1)"),
            &[
                "story.yaml:16:12: error: claim b: sources[0].url: expected an http:// or https:// address, found \"javascript:alert(1)\"",
            ],
        ),
        (
            "article missing",
            with(2, "  id: other"),
            &[
                "story.yaml:2:7: error: article: id: no article `other` in the articles folder; the claims file has nothing to review",
                "story.yaml:2:7: warning: article: id: `other`, but the file is named `story`; `extract` writes `other.yaml`",
            ],
        ),
        (
            "impossible publication date",
            with(4, "  published: 2018-02-30"),
            &["story.yaml:4:14: error: article: published: \"2018-02-30\" is not a real date"],
        ),
        (
            "missing sentence",
            with(7, ""),
            &["story.yaml:6:3: error: claim a: missing field `sentence`"],
        ),
        (
            "duplicate field",
            after(8, "  status: reviewed"),
            &["story.yaml:9:3: error: claim a: `status` appears twice (first on line 8); keep one"],
        ),
        (
            "interval reversed",
            after(
                7,
                "  when: {label: x, from: 2018-08-08, to: 2018-08-01, grain: day, text: x}",
            ),
            &["story.yaml:8:42: error: claim a: when: to (2018-08-01) is before from (2018-08-08)"],
        ),
        (
            "second document",
            format!("{BASE}---\nclaims: []\n"),
            &[
                "story.yaml:18:1: error: a second YAML document (`---`); expected one document per file",
            ],
        ),
        (
            "not a mapping",
            "- a\n- b\n".to_string(),
            &["story.yaml:1:1: error: expected a mapping of fields, found a list"],
        ),
        (
            "empty",
            "# nothing yet\n".to_string(),
            &[
                "story.yaml:1:1: error: the claims file is empty; expected `article:` and `claims:` (run `claimline extract`)",
            ],
        ),
    ];
    assert!(cases.len() >= 20);
    let mut failures = Vec::new();
    for (name, text, expected) in &cases {
        let found = check(text);
        let ok = found.len() == expected.len()
            && found
                .iter()
                .zip(expected.iter())
                .all(|(f, e)| f.starts_with(e));
        if !ok {
            failures.push(format!(
                "{name}:\n  expected {expected:#?}\n  found {found:#?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn all_problems_of_a_file_are_reported_in_one_run() {
    let text = with(8, "  status: done").replace("  verdict: true", "  verdict: maybe");
    let found = check(&text);
    assert_eq!(found.len(), 2, "{found:#?}");
}

#[test]
fn non_utf8_files_are_located() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("story.yaml");
    let mut bytes = BASE.as_bytes().to_vec();
    bytes.splice(30..30, [0xFF]);
    fs::write(&path, bytes).unwrap();
    let found = check_claims_file(&path, &context());
    assert_eq!(found.len(), 1);
    assert!(
        found[0].to_string().contains("story.yaml:3:")
            && found[0].message.contains("not valid UTF-8"),
        "{}",
        found[0]
    );
}

#[test]
fn the_command_checks_a_project_and_fails_on_errors() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    fs::create_dir_all(data.join("articles")).unwrap();
    fs::create_dir_all(data.join("claims")).unwrap();
    fs::write(
        data.join("articles/story.md"),
        "---\ntitle: A story\npublished: 2018-08-08\n---\nOn Monday it rained.\n",
    )
    .unwrap();
    fs::write(
        data.join("articles/broken.md"),
        "---\ntitle: x\npublished: 2018-02-30\n---\n",
    )
    .unwrap();
    fs::write(data.join("claims/story.yaml"), BASE).unwrap();
    fs::write(
        data.join("claims/orphan.yaml"),
        BASE.replace("id: story", "id: orphan"),
    )
    .unwrap();
    let run = |args: &[&str]| common::claimline(dir.path(), args);
    let out = run(&["check"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(
        lines,
        [
            "data/articles/broken.md:3:12: error: published: \"2018-02-30\" is not a real date",
            "data/claims/claimline.schema.json: warning: missing: editors cannot validate the claims files; run `claimline schema --write`",
            "data/claims/orphan.yaml:2:7: error: article: id: no article `orphan` in the articles folder; the claims file has nothing to review",
        ]
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("2 errors, 1 warning"), "{stderr}");

    // One clean file: exit 0.
    let out = run(&["check", "data/claims/story.yaml"]);
    assert!(out.status.success(), "{out:?}");
}
