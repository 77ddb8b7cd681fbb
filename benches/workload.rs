//! One fixed pass of a stage over a fixed input, for counting instructions.
//!
//! Wall-clock figures on a shared two-core machine move by several percent from one run to the
//! next; an instruction count does not. Under callgrind this gives a deterministic before and
//! after for a change to a hot path:
//!
//! ```text
//! cargo bench -p claimline-bench --bench workload --no-run
//! valgrind --tool=callgrind --toggle-collect='workload::run' \
//!     target/release/deps/workload-<hash> analyze typical
//! ```
//!
//! Stages: `tokenize`, `sentences` (on tokens made beforehand), `analyze`, `extract`
//! (`claims::extract_with` on an analysis made beforehand); inputs: `typical`, `dense`,
//! `prose` (see news.rs). `run` is the only function measured. It also counts the heap
//! allocations (and reallocations) the pass makes, which callgrind does not show directly.
//! Without arguments (as `cargo bench` calls it) it runs every stage once on every input and
//! prints those counts.

mod news;

use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};

use chrono::NaiveDate;
use claimline::article::Article;
use claimline::config::Config;
use claimline::temporal::{self, Analysis};
use claimline::text::{self, Token};

use news::Density;

const ARTICLES: usize = 64;

/// The system allocator, counting calls to `alloc` and `realloc`.
struct Counting;

static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is passed on unchanged to the system allocator.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        // SAFETY: the caller upholds `GlobalAlloc::alloc`'s contract, which `System` shares.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` came from `System` through `alloc` or `realloc` above.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        // SAFETY: as for `dealloc`; the caller upholds `realloc`'s contract.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Runs the measured pass and returns how many allocations and reallocations it made.
fn counted(stage: Stage, p: &Prepared) -> usize {
    let before = ALLOCATIONS.load(Ordering::Relaxed);
    run(stage, p);
    ALLOCATIONS.load(Ordering::Relaxed) - before
}

#[derive(Clone, Copy)]
enum Stage {
    Tokenize,
    Sentences,
    Analyze,
    Extract,
}

const STAGES: [(&str, Stage); 4] = [
    ("tokenize", Stage::Tokenize),
    ("sentences", Stage::Sentences),
    ("analyze", Stage::Analyze),
    ("extract", Stage::Extract),
];

const INPUTS: [Density; 3] = [Density::Typical, Density::Dense, Density::Prose];

/// Everything a stage needs, made before the measured pass.
struct Prepared {
    articles: Vec<Article>,
    tokens: Vec<Vec<Token>>,
    analyses: Vec<Analysis>,
    config: Config,
}

impl Prepared {
    fn new(density: Density) -> Prepared {
        let articles: Vec<Article> = news::articles(density, ARTICLES)
            .iter()
            .enumerate()
            .map(|(k, body)| {
                let text = format!("---\ntitle: \"Story {k}\"\npublished: 2018-08-08\n---\n{body}");
                match Article::parse(&text, &PathBuf::from(format!("story-{k}.md"))) {
                    Ok(article) => article,
                    Err(e) => panic!("a synthetic article does not parse: {e}"),
                }
            })
            .collect();
        let tokens = articles.iter().map(|a| text::tokenize(&a.body)).collect();
        let analyses = articles
            .iter()
            .map(|a| temporal::analyze(&a.body, published()))
            .collect();
        Prepared {
            articles,
            tokens,
            analyses,
            config: Config::default(),
        }
    }

    fn bytes(&self) -> usize {
        self.articles.iter().map(|a| a.body.len()).sum()
    }
}

fn published() -> NaiveDate {
    NaiveDate::from_ymd_opt(2018, 8, 8).expect("a valid date")
}

/// The measured pass.
#[inline(never)]
fn run(stage: Stage, p: &Prepared) {
    for (k, a) in p.articles.iter().enumerate() {
        let body = a.body.as_str();
        match stage {
            Stage::Tokenize => {
                black_box(text::tokenize(black_box(body)));
            }
            Stage::Sentences => {
                black_box(text::sentences_of_tokens(black_box(body), &p.tokens[k]));
            }
            Stage::Analyze => {
                black_box(temporal::analyze(black_box(body), published()));
            }
            Stage::Extract => {
                black_box(claimline::claims::extract_with(
                    a,
                    &p.analyses[k],
                    &p.config,
                ));
            }
        }
    }
}

fn report(stage: &str, density: Density, p: &Prepared, allocations: usize) {
    let mentions: usize = p.analyses.iter().map(|a| a.mentions.len()).sum();
    println!(
        "workload {stage} {}: {} bytes, {mentions} mentions, {allocations} allocations \
         ({:.1} per KB)",
        density.name(),
        p.bytes(),
        allocations as f64 * 1024.0 / p.bytes() as f64,
    );
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    let stage = args
        .first()
        .map(|name| STAGES.iter().find(|(n, _)| n == name));
    let density = args
        .get(1)
        .map(|name| INPUTS.iter().find(|d| d.name() == name));
    match (stage, density) {
        (None, _) => {
            for density in INPUTS {
                let p = Prepared::new(density);
                for (name, stage) in STAGES {
                    report(name, density, &p, counted(stage, &p));
                }
            }
            ExitCode::SUCCESS
        }
        (Some(Some((name, stage))), None | Some(Some(_))) => {
            let density = density.flatten().copied().unwrap_or(Density::Typical);
            let p = Prepared::new(density);
            report(name, density, &p, counted(*stage, &p));
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("usage: workload [tokenize|sentences|analyze|extract] [typical|dense|prose]");
            ExitCode::FAILURE
        }
    }
}
