//! Acceptance: `claimline dates` on the seed article finds exactly the date references a
//! reader expects (tests/fixtures/seed/expected.yaml), with their type, value and interval.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use serde::Deserialize;

#[derive(Deserialize)]
struct Expected {
    published: String,
    mentions: Vec<ExpectedMention>,
}

#[derive(Deserialize)]
struct ExpectedMention {
    text: String,
    context: String,
    #[serde(rename = "type")]
    kind: String,
    value: String,
    start: Option<String>,
    end: Option<String>,
}

#[derive(Deserialize)]
struct Output {
    published: String,
    mentions: Vec<Found>,
}

#[derive(Deserialize)]
struct Found {
    text: String,
    start: usize,
    end: usize,
    #[serde(rename = "type")]
    kind: String,
    value: String,
    from: Option<String>,
    to: Option<String>,
    grain: Option<String>,
    rule: String,
}

fn fixture(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/seed")
        .join(name);
    std::fs::read_to_string(&path).unwrap()
}

#[test]
fn the_seed_article_yields_exactly_the_expected_mentions() {
    let article = fixture("article.txt");
    let expected_text = fixture("expected.yaml");
    // The `timeline:` part is the site's acceptance test; only the mentions are read here.
    let cut = expected_text
        .find("\ntimeline:")
        .unwrap_or(expected_text.len());
    let expected: Expected =
        claimline::yaml::from_str(&expected_text[..cut], Path::new("expected.yaml"), 1).unwrap();

    let mut child = Command::new(env!("CARGO_BIN_EXE_claimline"))
        .args([
            "dates",
            "--published",
            &expected.published,
            "--format",
            "json",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(article.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let output: Output = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(output.published, "2018-08-08");

    let found: Vec<String> = output
        .mentions
        .iter()
        .map(|m| format!("{} {} {}", m.text, m.kind, m.value))
        .collect();
    assert_eq!(
        output.mentions.len(),
        expected.mentions.len(),
        "found {found:#?}"
    );
    for (m, e) in output.mentions.iter().zip(&expected.mentions) {
        // Offsets cut the input at the mention, inside the expected context.
        assert_eq!(&article[m.start..m.end], m.text);
        let inside_context = article
            .match_indices(e.context.as_str())
            .any(|(at, ctx)| at <= m.start && m.end <= at + ctx.len());
        assert!(
            inside_context,
            "{} at {} is not inside {:?}",
            m.text, m.start, e.context
        );
        assert_eq!(
            (m.text.as_str(), m.kind.as_str(), m.value.as_str()),
            (e.text.as_str(), e.kind.as_str(), e.value.as_str()),
        );
        assert_eq!(m.from, e.start, "{} from", m.text);
        assert_eq!(m.to, e.end, "{} to", m.text);
        assert!(!m.rule.is_empty());
        if m.kind == "DURATION" {
            assert!(m.from.is_none() && m.to.is_none());
        } else {
            assert!(m.grain.is_some());
        }
    }
}
