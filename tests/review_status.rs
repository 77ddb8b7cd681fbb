//! `claimline status`: counts per status and verdict, unreviewed ids, text and JSON.

mod common;

use std::fs;

use claimline::config::Config;
use claimline::review::{Project, render, status};
use common::{claim, file};

fn project() -> (tempfile::TempDir, Project) {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    fs::create_dir_all(data.join("claims")).unwrap();
    fs::create_dir_all(data.join("articles")).unwrap();
    let mut a = claim("a", "On Monday it rained.", "2018-08-06");
    a.status = "reviewed".into();
    a.verdict = Some("true".into());
    let mut b = claim("b", "On Tuesday it snowed.", "2018-08-07");
    b.status = "in-progress".into();
    b.verdict = Some("misleading".into());
    b.gone = true;
    let c = claim("c", "On Wednesday it hailed.", "2018-08-08");
    let mut d = claim("d", "On Thursday it cleared.", "2018-08-09");
    d.status = "on-hold".into();
    fs::write(
        data.join("claims/story.yaml"),
        render(&file(vec![a, b, c, d])),
    )
    .unwrap();
    let mut other = file(vec![claim("x", "On Friday.", "2018-08-10")]);
    other.article.id = "other".into();
    fs::write(data.join("claims/other.yaml"), render(&other)).unwrap();
    fs::write(
        data.join("articles/fresh.md"),
        "---\ntitle: New\npublished: 2018-08-08\n---\nText.\n",
    )
    .unwrap();
    let project = Project::from_data_dir(&data);
    (dir, project)
}

#[test]
fn counts_per_article_and_overall() {
    let (_dir, project) = project();
    let s = status(&project, &Config::default()).unwrap();
    assert_eq!(s.articles.len(), 2);
    let story = s.articles.iter().find(|a| a.article == "story").unwrap();
    assert_eq!(story.claims, 4);
    assert_eq!(story.statuses.get("reviewed"), 1);
    assert_eq!(story.statuses.get("in-progress"), 1);
    assert_eq!(story.statuses.get("unreviewed"), 1);
    assert_eq!(
        story.statuses.get("on-hold"),
        1,
        "off-scale statuses are counted too"
    );
    assert_eq!(story.verdicts.get("true"), 1);
    assert_eq!(story.verdicts.get("misleading"), 1);
    assert_eq!(story.verdicts.get("none"), 2);
    assert_eq!(story.unreviewed, ["c"]);
    assert_eq!(story.gone, ["b"]);
    assert_eq!(s.claims, 5);
    assert_eq!(s.unreviewed, 2);
    assert_eq!(s.statuses.get("unreviewed"), 2);
    assert_eq!(s.not_extracted, ["fresh"]);
    // Scale order first, then off-scale names.
    let names: Vec<&str> = story.statuses.iter().map(|(k, _)| k).collect();
    assert_eq!(
        names,
        [
            "unreviewed",
            "in-progress",
            "reviewed",
            "published",
            "on-hold"
        ]
    );
}

#[test]
fn the_command_prints_text_and_json_and_fails_on_broken_files() {
    let (dir, project) = project();
    let run = |args: &[&str]| common::claimline(dir.path(), args);
    let out = run(&["status"]);
    assert!(out.status.success(), "{out:?}");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("story (data/claims/story.yaml): 4 claims\n  status:  unreviewed 1, in-progress 1, reviewed 1, published 0, on-hold 1\n"), "{text}");
    assert!(text.contains("  unreviewed: c\n"), "{text}");
    assert!(
        text.contains("overall: 2 articles, 5 claims, 2 unreviewed\n"),
        "{text}"
    );

    let out = run(&["status", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["claims"], 5);
    assert_eq!(json["articles"][1]["unreviewed"], serde_json::json!(["c"]));
    assert_eq!(json["verdicts"]["none"], 3);

    fs::write(project.claims_dir().join("broken.yaml"), "article: [\n").unwrap();
    let out = run(&["status"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.starts_with("claimline: error: data/claims/broken.yaml:"),
        "{stderr}"
    );
    assert!(out.stdout.is_empty(), "no partial count: {out:?}");
    let errors = status(&project, &Config::default()).unwrap_err();
    assert_eq!(errors.len(), 1);
}

#[test]
fn text_output_shows_control_characters_in_ids_instead_of_obeying_them() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    fs::create_dir_all(data.join("claims")).unwrap();
    fs::create_dir_all(data.join("articles")).unwrap();
    // A reviewer's editor, or a hostile pull request, can put an escape sequence in an id.
    let hostile = claim("x\u{1b}[2J", "On Friday.", "2018-08-10");
    fs::write(data.join("claims/story.yaml"), render(&file(vec![hostile]))).unwrap();
    fs::write(
        data.join("articles/story.md"),
        "---\ntitle: Story\npublished: 2018-08-08\n---\nOn Friday.\n",
    )
    .unwrap();
    let out = common::claimline(dir.path(), &["status"]);
    assert!(out.status.success(), "{out:?}");
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(!text.contains('\u{1b}'), "{text:?}");
    assert!(text.contains("  unreviewed: x\\u{1b}[2J\n"), "{text}");
}
