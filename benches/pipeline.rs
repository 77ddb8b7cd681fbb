//! Throughput of the reading stages, article by article, as an archive run would call them:
//! tokenizing, sentence splitting, the date resolver, and claim extraction.
//!
//! Run with `cargo bench -p claimline-bench --bench pipeline`; figures and their meaning are
//! in docs/BENCHMARKS.md. Before measuring, each input is described (bytes, tokens, mentions
//! per KB, rules that fired) so a figure can be judged: a resolver that found nothing would be
//! fast for the wrong reason.
//!
//! `CLAIMLINE_TIMEML=<dir>` (default `../shared/corpora/timeml` beside the workspace, when it
//! exists) adds a figure on real newswire read from TimeML files at run time. That text is
//! licensed research data: it is read, never copied into the repository.

mod news;

use std::collections::BTreeSet;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::NaiveDate;
use claimline::article::Article;
use claimline::config::Config;
use claimline::temporal::{self, Analysis};
use claimline::text;
use criterion::measurement::WallTime;
use criterion::{
    BenchmarkGroup, BenchmarkId, Criterion, Throughput, criterion_group, criterion_main,
};

use news::Density;

/// Articles per synthetic input: about 330 KB, well past the caches' warm-up and quick enough
/// to sample twenty times on a shared two-core machine.
const ARTICLES: usize = 64;

/// The publication date every synthetic article is resolved against: the seed's, a Wednesday.
fn published() -> NaiveDate {
    NaiveDate::from_ymd_opt(2018, 8, 8).expect("a valid date")
}

/// One benchmark input: article bodies with their publication dates.
struct Input {
    name: String,
    texts: Vec<(String, NaiveDate)>,
}

impl Input {
    fn synthetic(density: Density) -> Input {
        Input {
            name: density.name().to_string(),
            texts: news::articles(density, ARTICLES)
                .into_iter()
                .map(|t| (t, published()))
                .collect(),
        }
    }

    fn bytes(&self) -> u64 {
        self.texts.iter().map(|(t, _)| t.len() as u64).sum()
    }

    /// What the input holds, printed before it is measured.
    fn describe(&self) {
        let mut tokens = 0;
        let mut sentences = 0;
        let mut mentions = 0;
        let mut rules = BTreeSet::new();
        for (t, date) in &self.texts {
            let toks = text::tokenize(t);
            sentences += text::sentences_of_tokens(t, &toks).len();
            tokens += toks.len();
            let found = temporal::analyze(t, *date);
            mentions += found.mentions.len();
            rules.extend(found.mentions.iter().map(|m| m.rule));
        }
        let kb = self.bytes() as f64 / 1024.0;
        eprintln!(
            "input {}: {} texts, {} bytes ({:.1} KB), {} tokens, {} sentences, {} mentions ({:.2} per KB), {} rules",
            self.name,
            self.texts.len(),
            self.bytes(),
            kb,
            tokens,
            sentences,
            mentions,
            mentions as f64 / kb,
            rules.len(),
        );
    }
}

fn seed_article() -> Article {
    let path = workspace().join("data/articles/2018-08-08-rand-paul-letter.md");
    match Article::load(&path) {
        Ok(article) => article,
        Err(e) => panic!("the bundled seed article: {e}"),
    }
}

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Real newswire from TimeML files, when a local copy exists; never committed.
fn timeml_input() -> Option<Input> {
    let dir = std::env::var_os("CLAIMLINE_TIMEML")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace().join("../shared/corpora/timeml"));
    if !dir.is_dir() {
        return None;
    }
    let files = claimline::timeml::files_in(&dir).ok()?;
    let texts: Vec<(String, NaiveDate)> = files
        .iter()
        .filter_map(|path| {
            let doc = claimline::timeml::Document::read(path).ok()?;
            let date = doc.creation_date().ok()?;
            Some((doc.plain().to_string(), date))
        })
        .collect();
    (!texts.is_empty()).then(|| Input {
        name: "timeml-local".to_string(),
        texts,
    })
}

fn inputs() -> Vec<Input> {
    let seed = seed_article();
    let mut inputs = vec![
        Input {
            name: "seed".to_string(),
            texts: vec![(seed.body, seed.meta.published.date)],
        },
        Input::synthetic(Density::Typical),
        Input::synthetic(Density::Dense),
        Input::synthetic(Density::Prose),
    ];
    inputs.extend(timeml_input());
    inputs
}

fn configure<'c>(c: &'c mut Criterion, name: &str) -> BenchmarkGroup<'c, WallTime> {
    let mut group = c.benchmark_group(name);
    group.sample_size(30);
    group.warm_up_time(Duration::from_secs(2));
    group.measurement_time(Duration::from_secs(6));
    group
}

/// `temporal::analyze`, one call per article.
fn analyze(c: &mut Criterion) {
    let inputs = inputs();
    let mut group = configure(c, "analyze");
    for input in &inputs {
        input.describe();
        group.throughput(Throughput::Bytes(input.bytes()));
        group.bench_function(BenchmarkId::from_parameter(&input.name), |b| {
            b.iter(|| {
                for (t, date) in &input.texts {
                    black_box(temporal::analyze(black_box(t), *date));
                }
            })
        });
    }
    group.finish();
}

/// `temporal::analyze` on one text of growing size: a flat MB/s means the cost is linear in
/// the text; a falling one means some stage is not.
fn analyze_scaling(c: &mut Criterion) {
    let mut group = configure(c, "analyze-one-text");
    for kb in [4, 64, 512] {
        let t = news::text_of_size(Density::Typical, kb * 1024);
        group.throughput(Throughput::Bytes(t.len() as u64));
        group.bench_function(BenchmarkId::from_parameter(format!("{kb}KB")), |b| {
            b.iter(|| black_box(temporal::analyze(black_box(&t), published())))
        });
    }
    group.finish();
}

/// `temporal::analyze` on one text with no sentence end: typical news with every full stop,
/// question and exclamation mark and line break made a space, as a page flattened by a
/// careless scraper or a hostile feed would come. Everything that looks around a date within
/// its sentence is bounded by `Doc`'s longest sentence; a flat MB/s here says that bound
/// holds.
fn analyze_flat_text(c: &mut Criterion) {
    let mut group = configure(c, "analyze-flat-text");
    for kb in [64, 512] {
        let t = news::text_of_size(Density::Typical, kb * 1024).replace(['.', '!', '?', '\n'], " ");
        group.throughput(Throughput::Bytes(t.len() as u64));
        group.bench_function(BenchmarkId::from_parameter(format!("{kb}KB")), |b| {
            b.iter(|| black_box(temporal::analyze(black_box(&t), published())))
        });
    }
    group.finish();
}

/// The shared text stages on their own: tokenizing, and splitting tokens into sentences.
fn text_stages(c: &mut Criterion) {
    let mut group = configure(c, "text");
    for density in [Density::Typical, Density::Dense] {
        let input = Input::synthetic(density);
        group.throughput(Throughput::Bytes(input.bytes()));
        group.bench_function(BenchmarkId::new("tokenize", &input.name), |b| {
            b.iter(|| {
                for (t, _) in &input.texts {
                    black_box(text::tokenize(black_box(t)));
                }
            })
        });
        let tokens: Vec<Vec<text::Token>> =
            input.texts.iter().map(|(t, _)| text::tokenize(t)).collect();
        group.bench_function(BenchmarkId::new("sentences_of_tokens", &input.name), |b| {
            b.iter(|| {
                for ((t, _), toks) in input.texts.iter().zip(&tokens) {
                    black_box(text::sentences_of_tokens(black_box(t), black_box(toks)));
                }
            })
        });
    }
    group.finish();
}

/// Claim extraction: with the resolver (`claims::extract`), and on an analysis made
/// beforehand (`claims::extract_with`) to show the extractor's own share.
fn claims(c: &mut Criterion) {
    let config = Config::default();
    let seed = seed_article();
    let typical: Vec<Article> = news::articles(Density::Typical, ARTICLES)
        .iter()
        .enumerate()
        .map(|(k, body)| synthetic_article(k, body))
        .collect();
    let mut group = configure(c, "claims");
    for (name, articles) in [
        ("seed", std::slice::from_ref(&seed)),
        ("typical", &typical[..]),
    ] {
        let bytes: usize = articles.iter().map(|a| a.body.len()).sum();
        group.throughput(Throughput::Bytes(bytes as u64));
        group.bench_function(BenchmarkId::new("extract", name), |b| {
            b.iter(|| {
                for a in articles {
                    black_box(claimline::claims::extract(black_box(a), &config));
                }
            })
        });
        let analyses: Vec<Analysis> = articles
            .iter()
            .map(|a| temporal::analyze(&a.body, a.meta.published.date))
            .collect();
        group.bench_function(BenchmarkId::new("extract_with", name), |b| {
            b.iter(|| {
                for (a, found) in articles.iter().zip(&analyses) {
                    black_box(claimline::claims::extract_with(
                        black_box(a),
                        found,
                        &config,
                    ));
                }
            })
        });
    }
    group.finish();
}

fn synthetic_article(k: usize, body: &str) -> Article {
    let text = format!("---\ntitle: \"Synthetic story {k}\"\npublished: 2018-08-08\n---\n{body}");
    let path = PathBuf::from(format!("synthetic-{k}.md"));
    match Article::parse(&text, &path) {
        Ok(article) => article,
        Err(e) => panic!("a synthetic article does not parse: {e}"),
    }
}

criterion_group!(
    benches,
    analyze,
    analyze_scaling,
    analyze_flat_text,
    text_stages,
    claims
);
criterion_main!(benches);
