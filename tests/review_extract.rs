//! `claimline extract` end to end: a reviewer's work survives re-extraction byte for byte,
//! concurrent reviews merge in git, and bad or unwritable files are never half-written.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use claimline::article::Article;
use claimline::config::Config;
use claimline::review::{Action, GONE_LINE, Project, extract_article, parse};
use common::{claimline, only_lines_added};

const FRONT: &str = "---\ntitle: Senate story\npublished: 2018-08-08\npublisher: The Paper\n---\n";

fn project() -> (tempfile::TempDir, Project) {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir_all(dir.path().join("data/articles")).unwrap();
    let project = Project::from_data_dir(&dir.path().join("data"));
    (dir, project)
}

fn write_article(project: &Project, paragraphs: &[&str]) -> PathBuf {
    let path = project.articles_dir().join("story.md");
    fs::write(&path, format!("{FRONT}{}\n", paragraphs.join("\n\n"))).unwrap();
    path
}

fn extract(project: &Project, article: &Path) -> claimline::Result<claimline::review::Outcome> {
    let article = Article::load(article).unwrap();
    extract_article(&article, project, &Config::default(), false)
}

const P1: &str = "The senator met officials on Monday in Moscow.";
const P2: &str = "On Tuesday, the committee voted to approve the visit.";
const P3: &str = "Paul delivered the letter on Wednesday, his office said.";
const P4: &str = "The delegation left on Thursday.";

/// Edit the review fields of the first claim the way a person would, with comments and odd
/// spacing; return the edited text.
fn review_first_claim(text: &str) -> String {
    let first = text.find("\n- id: ").unwrap() + 1;
    let (head, rest) = text.split_at(first);
    let rest = rest
        .replacen("  status: unreviewed\n", "  status: reviewed    # second pass done\n", 1)
        .replacen("  verdict:\n", "  verdict: mostly-true\n", 1)
        .replacen(
            "  sources: []\n",
            "  sources:\n  - url: https://example.org/minutes\n    title:   Committee minutes\n    accessed: 2018-08-09\n",
            1,
        )
        .replacen(
            "  notes:\n",
            "  notes: |\n    Called the office twice.\n    # not a comment: part of the note\n\n  # TODO: ask the agency too\n",
            1,
        );
    format!("# Reviewed by the politics desk.\n{head}{rest}")
}

#[test]
fn reviews_survive_two_re_extractions_of_a_changed_article() {
    let (_dir, project) = project();
    let article = write_article(&project, &[P1, P2, P3]);
    let first = extract(&project, &article).unwrap();
    assert_eq!(first.action, Action::Created);
    let path = project.claims_path("story");
    let original = fs::read_to_string(&path).unwrap();
    let claims = parse(&original, &path).unwrap().claims;
    assert!(
        claims.len() >= 3,
        "one claim per dated sentence at least: {original}"
    );
    let edited = review_first_claim(&original);
    fs::write(&path, &edited).unwrap();

    // 1. A sentence changed (P2 reworded), one removed (P3), one added (P4).
    let changed = "On Tuesday, the committee voted to approve the trip.";
    write_article(&project, &[P1, changed, P4]);
    let second = extract(&project, &article).unwrap();
    assert_eq!(second.action, Action::Updated);
    let after_one = fs::read_to_string(&path).unwrap();
    assert!(only_lines_added(&edited, &after_one), "{after_one}");
    assert!(
        after_one.contains(changed) && after_one.contains(P4),
        "{after_one}"
    );
    // The old claims of P2 and P3 are kept, flagged.
    assert_eq!(second.merge.gone.len(), 2, "{:?}", second.merge);
    assert_eq!(after_one.matches(GONE_LINE).count(), 2);

    // The reviewer keeps working on the new file.
    let edited_again = after_one.replacen("  tags: []\n", "  tags: [senate, russia]\n", 1);
    fs::write(&path, &edited_again).unwrap();

    // 2. Another change: P1 removed, P3 back.
    write_article(&project, &[changed, P3, P4]);
    let third = extract(&project, &article).unwrap();
    let after_two = fs::read_to_string(&path).unwrap();
    // P3's claim is back: the tool removes its own `gone` line and nothing else.
    assert_eq!(third.merge.back.len(), 1, "{:?}", third.merge);
    let back_id = &third.merge.back[0];
    let flagged = format!("- id: {back_id}\n  {GONE_LINE}\n");
    assert!(edited_again.contains(&flagged));
    let unflagged = edited_again.replace(&flagged, &format!("- id: {back_id}\n"));
    // Apart from that, lines were only added (the `gone` line of P1's reviewed claim).
    assert!(only_lines_added(&unflagged, &after_two), "{after_two}");
    assert_eq!(third.merge.gone.len(), 1);
    // Every line the reviewer wrote is there, in order, byte for byte.
    let reviewer_lines = [
        "# Reviewed by the politics desk.\n",
        "  status: reviewed    # second pass done\n",
        "  verdict: mostly-true\n",
        "    title:   Committee minutes\n",
        "    # not a comment: part of the note\n",
        "  # TODO: ask the agency too\n",
        "  tags: [senate, russia]\n",
    ];
    for line in reviewer_lines {
        assert_eq!(
            after_two.matches(line).count(),
            1,
            "{line:?} in\n{after_two}"
        );
    }
    // The reviewed claim, whose sentence is gone now, is flagged but intact.
    let file = parse(&after_two, &path).unwrap();
    let reviewed = file.claims.iter().find(|c| c.status == "reviewed").unwrap();
    assert!(reviewed.gone);
    assert_eq!(reviewed.verdict.as_deref(), Some("mostly-true"));
    assert_eq!(
        reviewed.notes.as_deref(),
        Some("Called the office twice.\n# not a comment: part of the note\n")
    );
    assert_eq!(
        reviewed.sources[0].title.as_deref(),
        Some("Committee minutes")
    );

    // 3. Nothing changed: nothing is written.
    let fourth = extract(&project, &article).unwrap();
    assert_eq!(fourth.action, Action::Unchanged);
    assert_eq!(fs::read_to_string(&path).unwrap(), after_two);
}

#[test]
fn unparseable_files_are_never_touched() {
    let (_dir, project) = project();
    let article = write_article(&project, &[P1, P2]);
    let path = project.claims_path("story");
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    let broken = "article:\n  id: story\n  title: x\n  published: 2018-08-08\nclaims:\n- id: a\n  sentence: \"unclosed\n";
    fs::write(&path, broken).unwrap();
    let e = extract(&project, &article).unwrap_err();
    assert!(
        e.to_string().starts_with(&format!("{}:", path.display())),
        "{e}"
    );
    assert!(e.location().unwrap().line.is_some(), "{e}");
    assert_eq!(fs::read_to_string(&path).unwrap(), broken);

    let typo = claimline::review::render(&claimline::review::ClaimsFile {
        article: common::article(),
        claims: vec![common::claim("a", P1, "2018-08-06")],
    })
    .replace("  verdict:\n", "  verdcit: true\n");
    fs::write(&path, &typo).unwrap();
    let e = extract(&project, &article).unwrap_err();
    let line = typo
        .lines()
        .position(|l| l.starts_with("  verdcit"))
        .unwrap()
        + 1;
    assert!(
        e.to_string()
            .starts_with(&format!("{}:{line}:3: ", path.display())),
        "{e}"
    );
    assert!(e.to_string().contains("unknown field `verdcit`"), "{e}");
    assert_eq!(fs::read_to_string(&path).unwrap(), typo);
}

#[test]
fn a_failed_write_leaves_the_old_file() {
    let (_dir, project) = project();
    let article = write_article(&project, &[P1]);
    extract(&project, &article).unwrap();
    let path = project.claims_path("story");
    let before = fs::read(&path).unwrap();
    // Occupy the temporary file's name so the write fails midway.
    let temp = path
        .parent()
        .unwrap()
        .join(format!(".story.yaml.claimline-{}.tmp", std::process::id()));
    fs::create_dir(&temp).unwrap();
    write_article(&project, &[P1, P2]);
    assert!(extract(&project, &article).is_err());
    assert_eq!(fs::read(&path).unwrap(), before);
    fs::remove_dir(&temp).unwrap();
    assert_eq!(extract(&project, &article).unwrap().action, Action::Updated);
}

fn git() -> Option<PathBuf> {
    let ok = Command::new("git")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    ok.then(|| PathBuf::from("git"))
}

/// `git merge-file` on (ours, base, theirs); returns the merged text, or `None` on conflict.
fn merge_file(dir: &Path, base: &str, ours: &str, theirs: &str) -> Option<String> {
    let write = |name: &str, text: &str| {
        let p = dir.join(name);
        fs::write(&p, text).unwrap();
        p
    };
    let (o, b, t) = (
        write("ours.yaml", ours),
        write("base.yaml", base),
        write("theirs.yaml", theirs),
    );
    let status = Command::new("git")
        .arg("merge-file")
        .args([&o, &b, &t])
        .status()
        .unwrap();
    status.success().then(|| fs::read_to_string(&o).unwrap())
}

#[test]
fn two_reviewers_on_one_file_merge_cleanly_in_git() {
    if git().is_none() {
        eprintln!("git is not installed: skipping the three-way merge test");
        return;
    }
    let (dir, project) = project();
    let article = write_article(&project, &[P1, P2, P3]);
    extract(&project, &article).unwrap();
    let path = project.claims_path("story");
    let base = fs::read_to_string(&path).unwrap();
    let ids: Vec<String> = parse(&base, &path)
        .unwrap()
        .claims
        .into_iter()
        .map(|c| c.id)
        .collect();
    assert!(ids.len() >= 2);

    // Alice reviews the first claim, Bob the second: neighbouring blocks.
    let edit = |text: &str, id: &str, verdict: &str, reviewer: &str| {
        let start = text.find(&format!("- id: {id}\n")).unwrap();
        let (head, rest) = text.split_at(start);
        let rest = rest
            .replacen("  status: unreviewed\n", "  status: reviewed\n", 1)
            .replacen("  verdict:\n", &format!("  verdict: {verdict}\n"), 1)
            .replacen("  reviewer:\n", &format!("  reviewer: {reviewer}\n"), 1)
            .replacen(
                "  date_override:\n",
                "  date_override:\n  # checked twice\n",
                1,
            );
        format!("{head}{rest}")
    };
    let alice = edit(&base, &ids[0], "true", "Alice");
    let bob = edit(&base, &ids[1], "misleading", "Bob");
    let merged = merge_file(dir.path(), &base, &alice, &bob).expect("no conflict");
    let file = parse(&merged, &path).unwrap();
    assert_eq!(file.claims[0].reviewer.as_deref(), Some("Alice"));
    assert_eq!(file.claims[1].reviewer.as_deref(), Some("Bob"));

    // Both re-extract after the article gained a sentence: identical additions merge too.
    write_article(&project, &[P1, P2, P3, P4]);
    fs::write(&path, &alice).unwrap();
    extract(&project, &article).unwrap();
    let alice2 = fs::read_to_string(&path).unwrap();
    fs::write(&path, &bob).unwrap();
    extract(&project, &article).unwrap();
    let bob2 = fs::read_to_string(&path).unwrap();
    let merged = merge_file(dir.path(), &base, &alice2, &bob2).expect("no conflict");
    let file = parse(&merged, &path).unwrap();
    assert_eq!(file.claims.len(), ids.len() + 1);
    assert_eq!(file.claims[0].verdict.as_deref(), Some("true"));
    assert_eq!(file.claims[1].verdict.as_deref(), Some("misleading"));
}

#[test]
fn the_command_creates_then_reports_and_refuses_broken_files() {
    let (dir, project) = project();
    write_article(&project, &[P1, P2]);
    let out = claimline(dir.path(), &["extract"]);
    assert!(out.status.success(), "{out:?}");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.starts_with("data/claims/story.yaml: created, "),
        "{stdout}"
    );
    let schema = dir.path().join("data/claims/claimline.schema.json");
    assert!(
        fs::read_to_string(&schema)
            .unwrap()
            .contains("\"unreviewed\"")
    );

    let out = claimline(dir.path(), &["extract", "--format", "json"]);
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["files"][0]["action"], "unchanged");
    assert_eq!(report.as_object().unwrap().len(), 1, "{report}");

    let path = dir.path().join("data/claims/story.yaml");
    let text = fs::read_to_string(&path).unwrap();
    let broken = text.replacen("  status: unreviewed\n", "  status: [unclosed\n", 1);
    fs::write(&path, &broken).unwrap();
    let out = claimline(dir.path(), &["extract"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.starts_with("claimline: error: data/claims/story.yaml:"),
        "{stderr}"
    );
    assert!(out.stdout.is_empty(), "{out:?}");
    assert_eq!(fs::read_to_string(&path).unwrap(), broken);
}
