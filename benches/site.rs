//! `claimline build` through the library, end to end: read the articles, extract their claims
//! (the example project has no claims files, so every build extracts on the fly), order the
//! timeline, render every page with tera and publish them atomically.
//!
//! Two projects: the bundled example (one article, the repository's own `data/`,
//! `templates/` and `claimline.yaml`), and 64 synthetic articles of typical news written
//! into cargo's scratch folder for benchmarks, to see how a build grows with an archive.
//! Run with `cargo bench -p claimline-bench --bench site`; see docs/BENCHMARKS.md.

mod news;

use std::fs;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;

use claimline::config::Config;
use claimline::site::{self, Options};
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

use news::Density;

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn scratch(name: &str) -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join(name)
}

fn bytes_of_articles(data: &Path) -> u64 {
    let articles = claimline::article::list(&data.join("articles")).unwrap_or_default();
    articles
        .iter()
        .filter_map(|p| fs::metadata(p).ok())
        .map(|m| m.len())
        .sum()
}

/// A data folder of `count` synthetic articles, written afresh.
fn synthetic_project(count: usize) -> PathBuf {
    let data = scratch("site-bench-data");
    let articles = data.join("articles");
    // A stale claims/ folder from another run would change what is measured.
    let _ = fs::remove_dir_all(&data);
    if let Err(e) = fs::create_dir_all(&articles) {
        panic!("{}: {e}", articles.display());
    }
    for (k, body) in news::articles(Density::Typical, count).iter().enumerate() {
        let text = format!(
            "---\ntitle: \"Synthetic story {k}\"\npublished: 2018-08-{:02}\n---\n{body}",
            1 + k % 28
        );
        let path = articles.join(format!("2018-08-{:02}-story-{k}.md", 1 + k % 28));
        if let Err(e) = fs::write(&path, text) {
            panic!("{}: {e}", path.display());
        }
    }
    data
}

fn build(c: &mut Criterion) {
    let root = workspace();
    let config = match Config::load(&root) {
        Ok(config) => config,
        Err(e) => panic!("the example's claimline.yaml: {e}"),
    };
    let projects = [
        ("example", root.join("data"), Some(root.join("templates"))),
        ("typical-64", synthetic_project(64), None),
    ];
    let mut group = c.benchmark_group("build");
    group.sample_size(20);
    group.measurement_time(Duration::from_secs(8));
    for (name, data, templates) in projects {
        let options = Options {
            data: data.clone(),
            out: scratch(&format!("site-bench-{name}")),
            templates,
            drafts: true,
            config: config.clone(),
        };
        match site::build(&options) {
            Ok(summary) => eprintln!("project {name}: {summary}"),
            Err(e) => panic!("building {name}: {e}"),
        }
        group.throughput(Throughput::Bytes(bytes_of_articles(&data)));
        group.bench_function(BenchmarkId::from_parameter(name), |b| {
            b.iter(|| black_box(site::build(black_box(&options))))
        });
    }
    group.finish();
}

criterion_group!(benches, build);
criterion_main!(benches);
