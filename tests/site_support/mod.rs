//! A throwaway claimline project in a temporary folder, and the `claimline` binary run in it.

#![allow(dead_code)] // Each test file uses its own part.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub struct Project {
    pub dir: tempfile::TempDir,
}

impl Project {
    /// An empty project.
    pub fn new() -> Project {
        Project {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    /// Write `content` to `rel`, creating folders.
    pub fn write(&self, rel: &str, content: &str) -> &Project {
        let path = self.path(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, content).unwrap();
        self
    }

    /// Add article `id`, published 2018-08-08, with `body`.
    pub fn article(&self, id: &str, body: &str) -> &Project {
        self.write(
            &format!("data/articles/{id}.md"),
            &format!("---\ntitle: Article {id}\npublished: 2018-08-08\npublisher: The Paper\n---\n{body}\n"),
        )
    }

    /// Add article `id` and its claims file: `claims` is the YAML of the `claims:` list.
    pub fn claims(&self, id: &str, claims: &str) -> &Project {
        self.article(id, "Body.");
        self.write(
            &format!("data/claims/{id}.yaml"),
            &format!("article:\n  id: {id}\n  title: Article {id}\n  published: 2018-08-08\nclaims:\n{claims}"),
        )
    }

    pub fn read(&self, rel: &str) -> String {
        fs::read_to_string(self.path(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
    }

    /// Run `claimline build ARGS` in the project folder.
    pub fn build(&self, args: &[&str]) -> Output {
        run_build(self.dir.path(), args)
    }

    /// Run `claimline build ARGS`, which must succeed; returns standard output.
    pub fn build_ok(&self, args: &[&str]) -> String {
        let out = self.build(args);
        assert!(
            out.status.success(),
            "build failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }
}

/// Run `claimline build ARGS` in `dir`.
pub fn run_build(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_claimline"))
        .arg("build")
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap()
}

/// The `datetime` of every `<time>` element of `html`, in order.
pub fn datetimes(html: &str) -> Vec<String> {
    html.split("<time datetime=\"")
        .skip(1)
        .map(|rest| rest[..rest.find('"').unwrap()].to_string())
        .collect()
}

/// Every file below `dir`, relative path and bytes, sorted.
pub fn files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let rel = path
                    .strip_prefix(dir)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/");
                out.push((rel, fs::read(&path).unwrap()));
            }
        }
    }
    out.sort();
    out
}

/// A claim in YAML, as one item of a `claims:` list; `extra` adds fields (`key: value` lines
/// indented by four spaces).
pub fn claim(id: &str, label: Option<&str>, extra: &str) -> String {
    let mut out = format!("  - id: {id}\n    sentence: Sentence {id}.\n");
    if let Some(label) = label {
        out.push_str(&format!(
            "    when:\n      label: \"{label}\"\n      grain: day\n      text: on the day\n"
        ));
    }
    out.push_str(extra);
    out
}
