//! The JSON Schema is the model: a full file validates against it, and it lists exactly the
//! model's fields.

mod common;

use std::collections::BTreeSet;
use std::path::Path;

use claimline::config::Config;
use claimline::review::check::{Context, check_claims_text};
use claimline::review::{ClaimsFile, DateRecord, Source, claims_schema, render};
use claimline::yaml::{tree, validate::validate};
use serde_json::Value;

/// A file with every field of the model set.
fn full() -> ClaimsFile {
    let mut f = common::file(vec![common::claim(
        "a",
        "On Monday it rained.",
        "2018-08-06",
    )]);
    f.article.url = Some("https://example.org/story".into());
    f.article.author = Some("A. Writer".into());
    let c = &mut f.claims[0];
    c.gone = true;
    c.event = Some("rain".into());
    c.quote = Some("it rained".into());
    c.actor = Some("the sky".into());
    c.speaker = Some("the weather service".into());
    c.attribution = Some("said".into());
    c.dates = vec![DateRecord {
        text: "Monday".into(),
        kind: "DATE".into(),
        value: "2018-08-06".into(),
        modifier: Some("START".into()),
        from: Some("2018-08-06".into()),
        to: Some("2018-08-06".into()),
        grain: Some("day".into()),
        why: "the most recent Monday".into(),
    }];
    c.status = "in-progress".into();
    c.verdict = Some("true".into());
    c.conclusion = Some("It did.".into());
    c.sources = vec![Source {
        url: "https://example.org/weather".into(),
        title: Some("Weather report".into()),
        accessed: Some("2018-08-09".into()),
    }];
    c.notes = Some("note".into());
    c.reviewer = Some("Alice".into());
    c.reviewed_at = Some("2018-08-09".into());
    c.tags = vec!["weather".into()];
    c.date_override = Some("2018-W32".into());
    f
}

#[test]
fn a_full_file_validates() {
    let schema = claims_schema(&Config::default());
    let text = render(&full());
    let root = tree::parse(&text, Path::new("story.yaml"))
        .unwrap()
        .unwrap();
    assert_eq!(validate(&root, &schema), []);
    let found = check_claims_text(
        &text,
        Path::new("story.yaml"),
        &Context::new(Config::default()),
    );
    assert_eq!(found, []);
}

fn keys(v: &Value) -> BTreeSet<String> {
    v.as_object().unwrap().keys().cloned().collect()
}

#[test]
fn the_schema_lists_every_model_field() {
    let schema = claims_schema(&Config::default());
    let value = serde_json::to_value(full()).unwrap();
    let defs = &schema["$defs"];
    assert_eq!(keys(&schema["properties"]), keys(&value));
    assert_eq!(
        keys(&defs["ArticleRecord"]["properties"]),
        keys(&value["article"])
    );
    let claim = &value["claims"][0];
    assert_eq!(keys(&defs["Claim"]["properties"]), keys(claim));
    assert_eq!(
        keys(&defs["WhenRecord"]["properties"]),
        keys(&claim["when"])
    );
    assert_eq!(
        keys(&defs["DateRecord"]["properties"]),
        keys(&claim["dates"][0])
    );
    assert_eq!(
        keys(&defs["Source"]["properties"]),
        keys(&claim["sources"][0])
    );
    for def in [
        "ArticleRecord",
        "Claim",
        "WhenRecord",
        "DateRecord",
        "Source",
    ] {
        assert_eq!(defs[def]["additionalProperties"], false, "{def}");
    }
}

#[test]
fn configured_scales_are_enums() {
    let config = Config::parse(
        "review:\n  statuses: [todo, done]\n  publishable: [done]\n  verdicts: [ok, '1']\n",
        Path::new("claimline.yaml"),
    )
    .unwrap();
    let schema = claims_schema(&config);
    let claim = &schema["$defs"]["Claim"]["properties"];
    assert_eq!(claim["status"]["enum"], serde_json::json!(["todo", "done"]));
    // `verdict: 1` is read by YAML as a number: both readings are allowed.
    assert_eq!(
        claim["verdict"]["enum"],
        serde_json::json!(["ok", "1", 1, null])
    );
}
