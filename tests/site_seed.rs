//! Acceptance: the bundled example builds into the seed article's timeline, in the order of
//! the `timeline:` list of `tests/fixtures/seed/expected.yaml`, and the committed `site/` is
//! what the build produces.
//!
//! These need the real date resolver and claim extractor: with the provisional ones only the
//! weekday entries appear and nothing is grouped.

mod site_support;

use std::path::Path;

use serde::Deserialize;
use site_support::{datetimes, files, run_build};

#[derive(Deserialize)]
struct Expected {
    timeline: Vec<Row>,
}

#[derive(Deserialize)]
struct Row {
    when: String,
}

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Build the example project (the repository's own `data/`, `claimline.yaml` and
/// `templates/`) into a temporary folder; returns the folder.
fn build_example() -> tempfile::TempDir {
    let out = tempfile::tempdir().unwrap();
    let status = run_build(repo(), &["--out", out.path().to_str().unwrap()]);
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    out
}

#[test]
fn the_example_site_shows_the_seed_timeline_in_order() {
    let out = build_example();
    let index = std::fs::read_to_string(out.path().join("index.html")).unwrap();

    let text = std::fs::read_to_string(repo().join("tests/fixtures/seed/expected.yaml")).unwrap();
    let expected: Expected =
        claimline::yaml::from_str(&text, Path::new("expected.yaml"), 1).unwrap();
    let expected_datetimes: Vec<String> = expected
        .timeline
        .iter()
        .map(|row| row.when.trim_start_matches("after ").to_string())
        .collect();
    assert_eq!(expected_datetimes.len(), 10);
    assert_eq!(datetimes(&index), expected_datetimes);
    assert!(index.contains("after <time datetime=\"2018-11-06\">"));

    // Each entry holds the sentences the expected event comes from; the week and the two
    // Wednesday events told twice are single entries of two claims.
    // Only the timeline list: the undated claims follow it on the page.
    let timeline = index
        .split("<section class=\"undated\"")
        .next()
        .unwrap_or(&index);
    let entries: Vec<&str> = timeline.split("<li>\n<article").skip(1).collect();
    let expected_claims: [&[&str]; 10] = [
        &["in Helsinki, Finland, in July"],
        &["from August 5 to August 8"],
        &["Sen. Paul announced"],
        &["Rep. Massie tweeted"],
        &["away from Moscow all week", "in Moscow this week"],
        &[
            "delivered a letter on Wednesday",
            "Sen. Paul said in a statement",
        ],
        &["the White House asked Trump", "Hogan Gidley"],
        &["Massie wrote"],
        &["this fall"],
        &["midterm elections"],
    ];
    assert_eq!(entries.len(), expected_claims.len());
    for (entry, phrases) in entries.iter().zip(expected_claims) {
        assert_eq!(
            entry.matches("<div class=\"claim").count(),
            phrases.len(),
            "{entry}"
        );
        for phrase in phrases {
            assert!(entry.contains(phrase), "{phrase:?} missing from\n{entry}");
        }
    }
}

#[test]
fn the_committed_site_is_what_the_build_produces() {
    let out = build_example();
    assert!(
        files(out.path()) == files(&repo().join("site")),
        "site/ is stale: run `cargo run --release -- build` and commit site/"
    );
}
