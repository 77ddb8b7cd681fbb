//! Hostile input for the loaders: random bytes, random mixes of markup and quotes, very long
//! lines, deep nesting, and random cuts and splices of valid files, fed to the article loader,
//! the claims file loaders (typed, located tree, `check`, re-extraction's merge), the project
//! configuration and the TimeML reader.
//!
//! Every input must give a value or a located error — `file:line:column` for syntax, at least
//! the file otherwise, with the line inside the input — and never a panic. The generator is a
//! small seeded PRNG, so a failure names its seed and case and reproduces exactly; deep
//! nesting runs on a thread with the 8 MiB stack the binary's main thread has.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;

use claimline::article::Article;
use claimline::config::Config;
use claimline::error::decode_utf8;
use claimline::review::check::{Context, check_claims_text};
use claimline::review::{ClaimsFile, merge, parse as parse_claims};
use claimline::timeml::{Document, tag};
use claimline::{Error, ErrorKind};

mod seeded_rng;

use seeded_rng::SeededRng as Rng;

const ARTICLE: &str = "---\ntitle: \"Rain: a ‘report’\"\npublished: 2018-08-08T14:05:00-04:00\nurl: https://example.org/rain\npublisher: The Paper\n---\n“It rained on Monday,” the mayor said on Tuesday. According to officials, it will snow next week.\n\nThe council met in July.\n";

const CLAIMS: &str = "# yaml-language-server: $schema=claimline.schema.json\narticle:\n  id: a\n  title: Rain\n  published: 2018-08-08\nclaims:\n  - id: mayor-rain\n    sentence: \"“It rained on Monday,” the mayor said on Tuesday.\"\n    speaker: the mayor\n    when:\n      label: 2018-08-06\n      from: 2018-08-06\n      to: 2018-08-06\n      grain: day\n      text: on Monday\n    status: reviewed  # by hand\n    verdict: \"true\"\n    sources:\n      - url: https://weather.example.org/\n        title: Weather\n        accessed: 2018-08-09\n    notes: |\n      Checked.\n      Twice.\n    tags: [weather, city]\n    date_override: 2018-08-06\n\n  - id: snow\n    sentence: 'According to officials, it will snow next week.'\n    status: unreviewed\n";

const CONFIG: &str = "review:\n  statuses: [unreviewed, reviewed]\n  publishable: [reviewed]\n  verdicts: [true, false]\nsite:\n  title: Timeline\n  base_url: https://example.org/\n";

const TIMEML: &str = "<?xml version=\"1.0\" ?>\n<TimeML xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n<DOCID>a</DOCID>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-01-08\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">1998-01-08</TIMEX3></DCT>\n<TEXT>\nShares fell <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-01-07\">yesterday</TIMEX3> at AT&amp;T &#x2014; <EVENT eid=\"e1\" class=\"OCCURRENCE\">again</EVENT>. <![CDATA[<raw>]]> <!-- note -->\n</TEXT>\n</TimeML>\n";

/// Pieces of YAML, front matter, XML and text that parsers trip on.
const PIECES: &[&str] = &[
    "---\n",
    "...\n",
    "---",
    "\n",
    "\r\n",
    "\r",
    " ",
    "  ",
    "\t",
    ":",
    ": ",
    "- ",
    "-",
    "? ",
    "#",
    " # c\n",
    "\"",
    "'",
    "\\",
    "\\u",
    "\\x",
    "[",
    "]",
    "{",
    "}",
    ",",
    "&a ",
    "*a",
    "!!str ",
    "!tag ",
    "<<: *a\n",
    "|",
    "|-\n",
    ">",
    ">+\n",
    "%YAML 1.2\n",
    "%TAG ! x\n",
    "@",
    "`",
    "=",
    "title: ",
    "published: ",
    "url: ",
    "id: ",
    "claims:\n",
    "article:\n",
    "status: ",
    "2018-08-08",
    "2018-02-30",
    "2018-08-08T14:05:00-04:00",
    "9999-99-99",
    "-1",
    "0x1F",
    ".inf",
    "null",
    "~",
    "true",
    "no",
    "https://",
    "javascript:",
    "<",
    "</",
    ">",
    "/>",
    "<TimeML>",
    "</TimeML>",
    "<TEXT>",
    "</TEXT>",
    "<DCT>",
    "</DCT>",
    "<TIMEX3 ",
    "</TIMEX3>",
    "tid=\"t1\" ",
    "type=\"DATE\" ",
    "value=\"",
    "value=\"1998-01-08\" ",
    "functionInDocument=\"CREATION_TIME\"",
    "&amp;",
    "&",
    "&#",
    "&#x",
    "&#x1F600;",
    "&#0;",
    "&#xD800;",
    "&bogus;",
    "<!--",
    "-->",
    "<![CDATA[",
    "]]>",
    "<?xml ",
    "?>",
    "<!DOCTYPE x>",
    "\0",
    "\u{7}",
    "\u{feff}",
    "\u{2028}",
    "\u{85}",
    "é",
    "日本語",
    "🎉",
    "“",
    "”",
    "‘",
    "’",
    "\u{301}",
    "Monday",
    "on Tuesday",
    "said",
    "according to",
    "the mayor",
    ".",
    "word ",
];

fn soup(rng: &mut Rng) -> String {
    let mut text = String::new();
    for _ in 0..rng.below(80) {
        text.push_str(rng.pick(PIECES));
    }
    text
}

fn random_bytes(rng: &mut Rng) -> Vec<u8> {
    let len = rng.below(600);
    (0..len)
        .map(|_| {
            // Mostly ASCII with structure characters, so parsers get past the first byte.
            if rng.below(100) < 80 {
                rng.pick(b"abc -:'\"[]{}<>/=&#\n\t01289")
            } else {
                rng.next() as u8
            }
        })
        .collect()
}

/// `valid` cut, spliced and sprinkled with pieces: inputs that get deep into the parsers.
fn mutation(rng: &mut Rng, valid: &str) -> String {
    let mut text = valid.to_string();
    for _ in 0..1 + rng.below(4) {
        let at = floor(&text, rng.below(text.len() + 1));
        match rng.below(5) {
            0 => text.truncate(at),
            1 => text.insert_str(at, rng.pick(PIECES)),
            2 => {
                let end = floor(&text, at + rng.below(40));
                text.replace_range(at..end.max(at), "");
            }
            3 => {
                let end = floor(&text, at + rng.below(60)).max(at);
                let copy = text[at..end].to_string();
                let to = floor(&text, rng.below(text.len() + 1));
                text.insert_str(to, &copy);
            }
            _ => text.insert_str(at, &soup(rng)),
        }
    }
    text
}

fn floor(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Long lines and deep nesting, for parsers that recurse or scan quadratically.
fn extremes() -> Vec<String> {
    let deep = 20_000;
    let long = "x".repeat(200_000);
    vec![
        "[".repeat(deep),
        "{".repeat(deep),
        format!("{}{}", "[".repeat(deep), "]".repeat(deep)),
        format!("a: {}1{}", "[".repeat(deep), "]".repeat(deep)),
        (0..2000)
            .map(|i| format!("{}- \n", " ".repeat(i)))
            .collect(),
        (0..2000)
            .map(|i| format!("{}k{i}:\n", " ".repeat(i)))
            .collect(),
        "- ".repeat(deep),
        "&a [*a, ".repeat(deep),
        format!("---\ntitle: {long}\npublished: 2018-08-08\n---\n{long}\n"),
        format!("---\ntitle: \"{long}\n---\n"),
        format!("title: '{long}"),
        format!(
            "<TimeML><TEXT>{}x{}</TEXT></TimeML>",
            "<a>".repeat(deep),
            "</a>".repeat(deep)
        ),
        format!("<TimeML><TEXT>{}</TEXT></TimeML>", "<a>".repeat(deep)),
        format!("<TimeML><TEXT>{}</TEXT></TimeML>", "&amp;".repeat(deep)),
        format!("<TimeML><TEXT>{long}</TEXT></TimeML>"),
        format!("<TimeML {}>", "a=\"b\" ".repeat(deep)),
        "\n".repeat(200_000),
        "\u{feff}".repeat(deep),
    ]
}

/// The located-error contract: the error names `path`, a syntax error has a line and column,
/// and any line is inside the input.
fn assert_located(e: &Error, path: &Path, text: &str, what: &str) {
    let Some(location) = e.location() else {
        panic!("{what}: error without a file: {e}");
    };
    assert_eq!(location.path, path, "{what}: {e}");
    if e.kind() == ErrorKind::Syntax {
        assert!(
            location.line.is_some() || text.trim().is_empty(),
            "{what}: {e}"
        );
    }
    if let Some(line) = location.line {
        let lines = text.split('\n').count();
        assert!(
            line >= 1 && line <= lines + 1,
            "{what}: line {line} of {lines}: {e}"
        );
        assert!(location.column.is_some_and(|c| c >= 1), "{what}: {e}");
    }
    assert!(!e.message().is_empty(), "{what}");
    // One line, and nothing a terminal would act on (a hostile file's escape sequences).
    assert!(
        !e.to_string().chars().any(char::is_control),
        "{what}: control character in {:?}",
        e.to_string()
    );
}

/// Every loader on one input.
fn load_everything(bytes: &[u8]) {
    let text = match decode_utf8(bytes.to_vec(), Path::new("in.txt")) {
        Ok(text) => text,
        Err(e) => {
            assert_eq!(e.kind(), ErrorKind::Encoding);
            assert_located(
                &e,
                Path::new("in.txt"),
                &String::from_utf8_lossy(bytes),
                "utf-8",
            );
            return;
        }
    };
    let article_path = Path::new("data/articles/a.md");
    let article = Article::parse(&text, article_path);
    if let Err(e) = &article {
        assert_located(e, article_path, &text, "article");
    }

    let claims_path = Path::new("data/claims/a.yaml");
    match parse_claims(&text, claims_path) {
        Ok(file) => merge_into(&text, claims_path, &file),
        Err(e) => assert_located(&e, claims_path, &text, "claims"),
    }
    for d in check_claims_text(&text, claims_path, &Context::new(Config::default())) {
        assert_eq!(d.path, claims_path, "check: {d}");
        assert!(!d.to_string().chars().any(char::is_control), "check: {d:?}");
        if let Some(line) = d.line {
            assert!(line <= text.split('\n').count() + 1, "check: {d}");
        }
    }
    if let Err(e) = claimline::yaml::tree::parse(&text, claims_path) {
        assert_located(&e, claims_path, &text, "tree");
    }

    let config_path = Path::new("claimline.yaml");
    if let Err(e) = Config::parse(&text, config_path) {
        assert_located(&e, config_path, &text, "config");
    }

    let tml_path = Path::new("in/a.tml");
    match Document::parse(text.clone(), tml_path) {
        Ok(doc) => {
            let plain = doc.plain();
            for t in doc.timexes() {
                assert!(
                    t.start <= t.end && t.end <= plain.len(),
                    "timex out of the text"
                );
                assert!(plain.is_char_boundary(t.start) && plain.is_char_boundary(t.end));
            }
            match doc.creation_date() {
                Ok(_) => {
                    if let Err(e) = tag(&doc) {
                        assert_located(&e, tml_path, &text, "tag");
                    }
                }
                Err(e) => assert_located(&e, tml_path, &text, "creation date"),
            }
        }
        Err(e) => assert_located(&e, tml_path, &text, "timeml"),
    }
}

/// Re-extraction into a hostile but loadable claims file: a merge that fails is located; one
/// that succeeds must still load.
fn merge_into(text: &str, path: &Path, file: &ClaimsFile) {
    let fresh = ClaimsFile {
        article: file.article.clone(),
        claims: Vec::new(),
    };
    match merge(text, path, &fresh, "Some other article text.") {
        Ok(m) => {
            parse_claims(&m.text, path).expect("a merged file loads");
        }
        Err(e) => assert_located(&e, path, text, "merge"),
    }
}

/// Run `inputs` through every loader, catching panics so that one run reports them all.
fn survive(name: &str, inputs: impl IntoIterator<Item = Vec<u8>>) {
    let mut panics = Vec::new();
    for (case, input) in inputs.into_iter().enumerate() {
        if catch_unwind(AssertUnwindSafe(|| load_everything(&input))).is_err() {
            let shown = String::from_utf8_lossy(&input);
            let shown: String = shown.chars().take(300).collect();
            panics.push(format!("{name} case {case}: {shown:?}"));
        }
    }
    assert!(
        panics.is_empty(),
        "{} input(s) panicked:\n{}",
        panics.len(),
        panics.join("\n")
    );
}

/// Cases per generator, and the seed: `CLAIMLINE_HOSTILE_CASES=100000
/// CLAIMLINE_HOSTILE_SEED=7 cargo test --release --test hostile_input` searches longer and
/// elsewhere. The defaults keep `cargo test` quick and always the same.
fn cases() -> usize {
    env_number("CLAIMLINE_HOSTILE_CASES").unwrap_or(400) as usize
}

fn rng(stream: u64) -> Rng {
    Rng(env_number("CLAIMLINE_HOSTILE_SEED").unwrap_or(0) << 8 | stream)
}

fn env_number(name: &str) -> Option<u64> {
    std::env::var(name).ok()?.parse().ok()
}

#[test]
fn random_bytes_never_panic() {
    let mut rng = rng(1);
    survive("bytes", (0..cases()).map(|_| random_bytes(&mut rng)));
}

#[test]
fn markup_soup_never_panics() {
    let mut rng = rng(2);
    survive("soup", (0..cases()).map(|_| soup(&mut rng).into_bytes()));
}

#[test]
fn cut_and_spliced_files_never_panic() {
    let mut rng = rng(3);
    for (name, valid) in [
        ("article", ARTICLE),
        ("claims", CLAIMS),
        ("config", CONFIG),
        ("timeml", TIMEML),
    ] {
        load_everything(valid.as_bytes());
        survive(
            name,
            (0..cases()).map(|_| mutation(&mut rng, valid).into_bytes()),
        );
    }
}

#[test]
fn the_valid_seeds_load() {
    let article = Article::parse(ARTICLE, Path::new("a.md")).unwrap();
    assert_eq!(article.meta.title, "Rain: a ‘report’");
    let claims = parse_claims(CLAIMS, Path::new("a.yaml")).unwrap();
    assert_eq!(claims.claims.len(), 2);
    assert!(Config::parse(CONFIG, Path::new("c.yaml")).is_ok());
    let doc = Document::parse(TIMEML.to_string(), Path::new("a.tml")).unwrap();
    assert_eq!(doc.timexes().len(), 1);
}

#[test]
fn long_lines_and_deep_nesting_never_panic() {
    // The binary's main thread has 8 MiB of stack; test threads have less.
    std::thread::Builder::new()
        .stack_size(8 << 20)
        .spawn(|| survive("extreme", extremes().into_iter().map(String::into_bytes)))
        .unwrap()
        .join()
        .unwrap();
}

#[test]
fn enormous_counts_of_time_never_panic() {
    // Counts from the text reach date arithmetic; none may overflow (debug builds check).
    let published = chrono::NaiveDate::from_ymd_opt(2013, 3, 20).unwrap();
    for count in [
        "4294967295",
        "2147483648",
        "999999999",
        "99999999999999999999",
    ] {
        for unit in ["days", "weeks", "months", "years", "decades", "centuries"] {
            for frame in [
                "{c} {u} ago today",
                "{c} {u} ago this month",
                "{c} {u} later",
                "{c} {u} earlier",
                "in {c} {u}",
                "{c} {u} from now",
                "a {u} from Tuesday, then {c} {u} before",
            ] {
                let text = frame.replace("{c}", count).replace("{u}", unit);
                let _ = claimline::temporal::analyze(&text, published);
            }
        }
    }
}

/// `phrase` repeated 20,000 times, published 2018-08-08: every repeat is one mention, of
/// `words`, read as `value`.
fn read_alike(phrase: &str, words: &str, value: &str) {
    let published = chrono::NaiveDate::from_ymd_opt(2018, 8, 8).unwrap();
    let text = phrase.repeat(20_000);
    let found = claimline::temporal::analyze(&text, published);
    assert_eq!(found.mentions.len(), 20_000);
    assert!(
        found
            .mentions
            .iter()
            .all(|m| m.text == words && m.value == value),
        "every repeat reads the same"
    );
}

#[test]
fn a_habit_repeated_without_end_is_read_alike() {
    // Every bare month in a clause of habit is looked at once with its own sentence; one of
    // 20,000 months must not make the pass look at all the others.
    read_alike("Arrivals usually rise in May. ", "May", "XXXX-05");
}

#[test]
fn a_feed_flattened_to_one_sentence_is_read_whole() {
    // No full stop, no line break: to the resolver one sentence of 20,000 dated phrases. Every
    // search around a date is bounded by the sentence, so the sentence must be bounded too;
    // before it was, this text took 8 s in release, growing with the square of its length.
    // Each date is still read, and read alike.
    read_alike(
        "talks resume at 5 pm Monday and ",
        "5 pm Monday",
        "2018-08-13T17:00",
    );
}
