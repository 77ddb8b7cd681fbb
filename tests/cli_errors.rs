//! Bad input, every command: each case runs the `claimline` binary in a copy of a small project
//! whose input has one thing wrong, and checks the exact message (one line, `claimline: error:
//! file:line:column: message`), the exit status, that nothing went to standard output, and
//! that not one byte of the project changed: no claims file, schema file or site page
//! written, nothing a person wrote touched.
//!
//! `RUST_BACKTRACE=1` is set for every run: an expected error is a value, printed once, and
//! never turns into a backtrace.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

const ARTICLE_A: &str =
    "---\ntitle: Rain\npublished: 2018-08-08\n---\nThe mayor said on Monday that it rained.\n";
const ARTICLE_B: &str =
    "---\ntitle: Snow\npublished: 2018-08-09\n---\nThe governor said on Tuesday that it snowed.\n";
const CLAIMS_A: &str = "# Reviewed by hand.\narticle:\n  id: a\n  title: Rain\n  published: 2018-08-08\nclaims:\n  - id: mayor-rain\n    sentence: The mayor said on Monday that it rained.\n    status: reviewed  # checked with the weather service\n    verdict: \"true\"\n    sources:\n      - url: https://weather.example.org/2018-08-06\n";

/// The project every case starts from: two articles, a hand-reviewed claims file for `a`
/// and none yet for `b` (so an extraction that went ahead would write one), no schema file
/// (so writing one would show), and a built site.
fn template() -> &'static Path {
    static TEMPLATE: OnceLock<tempfile::TempDir> = OnceLock::new();
    TEMPLATE
        .get_or_init(|| {
            let dir = tempfile::tempdir().unwrap();
            write(dir.path(), "data/articles/a.md", ARTICLE_A.as_bytes());
            write(dir.path(), "data/articles/b.md", ARTICLE_B.as_bytes());
            write(dir.path(), "data/claims/a.yaml", CLAIMS_A.as_bytes());
            write(dir.path(), "notes.txt", b"the reviewers' own notes\n");
            let out = run(dir.path(), &["build"], None);
            assert!(out.status.success(), "template build: {out:?}");
            assert!(dir.path().join("site/index.html").is_file());
            assert!(!dir.path().join("data/claims/b.yaml").exists());
            dir
        })
        .path()
}

fn write(root: &Path, rel: &str, content: &[u8]) {
    let path = root.join(rel);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, content).unwrap();
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// Every file and folder under `root` with its content: what must not change.
fn snapshot(root: &Path) -> BTreeMap<PathBuf, Option<Vec<u8>>> {
    let mut all = BTreeMap::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = fs::read_dir(&dir) else {
            // An unreadable folder (the permission cases): its name is what can be compared.
            continue;
        };
        for entry in entries {
            let path = entry.unwrap().path();
            let rel = path.strip_prefix(root).unwrap().to_path_buf();
            if path.is_dir() {
                all.insert(rel, None);
                stack.push(path);
            } else {
                all.insert(rel, Some(fs::read(&path).unwrap_or_default()));
            }
        }
    }
    all
}

fn run(dir: &Path, args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimline"))
        .current_dir(dir)
        .args(args)
        .env("RUST_BACKTRACE", "1")
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    if let Some(bytes) = stdin {
        use std::io::Write;
        child.stdin.take().unwrap().write_all(bytes).unwrap();
    }
    child.wait_with_output().unwrap()
}

/// What a case expects.
struct Case {
    name: String,
    /// Changes made to the template project.
    setup: Box<dyn Fn(&Path)>,
    args: Vec<&'static str>,
    stdin: Option<&'static [u8]>,
    /// Exactly what goes to standard output (only `check` prints its findings there).
    stdout: String,
    /// Exactly what goes to standard error.
    stderr: String,
    code: i32,
}

impl Case {
    fn new(name: impl Into<String>, args: &[&'static str]) -> Case {
        Case {
            name: name.into(),
            setup: Box::new(|_| {}),
            args: args.to_vec(),
            stdin: None,
            stdout: String::new(),
            stderr: String::new(),
            code: 1,
        }
    }

    fn setup(mut self, f: impl Fn(&Path) + 'static) -> Case {
        self.setup = Box::new(f);
        self
    }

    /// The one-line error every command but `check` prints.
    fn error(mut self, located: &str) -> Case {
        self.stderr = format!("claimline: error: {located}\n");
        self
    }

    fn stderr(mut self, text: &str) -> Case {
        self.stderr = text.to_string();
        self
    }

    fn stdout(mut self, text: &str) -> Case {
        self.stdout = text.to_string();
        self
    }

    fn stdin(mut self, bytes: &'static [u8]) -> Case {
        self.stdin = Some(bytes);
        self
    }

    /// Run the case; `None` when it passed.
    fn check(&self) -> Option<String> {
        let dir = tempfile::tempdir().unwrap();
        copy_dir(template(), dir.path());
        (self.setup)(dir.path());
        let before = snapshot(dir.path());
        let out = run(dir.path(), &self.args, self.stdin);
        let after = snapshot(dir.path());
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        let mut failures = Vec::new();
        if out.status.code() != Some(self.code) {
            failures.push(format!(
                "exit status {:?}, expected {}",
                out.status, self.code
            ));
        }
        if stderr != self.stderr {
            failures.push(format!(
                "stderr:\n  got      {stderr:?}\n  expected {:?}",
                self.stderr
            ));
        }
        if stdout != self.stdout {
            failures.push(format!(
                "stdout:\n  got      {stdout:?}\n  expected {:?}",
                self.stdout
            ));
        }
        if before != after {
            let changed: Vec<_> = before
                .keys()
                .chain(after.keys())
                .filter(|k| before.get(*k) != after.get(*k))
                .collect();
            failures.push(format!("files changed: {changed:?}"));
        }
        restore_permissions(dir.path());
        (!failures.is_empty()).then(|| {
            format!(
                "{} (claimline {}):\n{}",
                self.name,
                self.args.join(" "),
                failures.join("\n")
            )
        })
    }
}

/// Run every case and report all failures at once.
fn run_all(cases: &[Case]) {
    let failures: Vec<String> = cases.iter().filter_map(Case::check).collect();
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n\n")
    );
}

/// One thing wrong in the front matter of article `a`, and where it is reported.
struct ArticleProblem {
    name: &'static str,
    content: &'static [u8],
    located: &'static str,
}

const ARTICLE_PROBLEMS: &[ArticleProblem] = &[
    ArticleProblem {
        name: "front matter without published",
        content: b"---\ntitle: Rain\n---\nIt rained on Monday.\n",
        located: "data/articles/a.md:2:1: the front matter has no `published:` date; expected \
                  e.g. `published: 2018-08-08` (relative dates in the article are resolved \
                  against it)",
    },
    ArticleProblem {
        name: "impossible date",
        content: b"---\ntitle: Rain\npublished: 2018-02-30\n---\nIt rained on Monday.\n",
        located: "data/articles/a.md:3:12: published: \"2018-02-30\" is not a real date",
    },
    ArticleProblem {
        name: "not UTF-8",
        content: b"---\ntitle: Rain\npublished: 2018-08-08\n---\nIt rained on Mon\xE9day.\n",
        located: "data/articles/a.md:5:17: not valid UTF-8 (byte 0xE9); expected UTF-8 text \
                  \u{2014} re-save the file as UTF-8",
    },
    ArticleProblem {
        name: "url not http(s)",
        content:
            b"---\ntitle: Rain\npublished: 2018-08-08\nurl: javascript:alert(1)\n---\nIt rained.\n",
        located: "data/articles/a.md:4:6: url: expected an http:// or https:// address, found \
                  \"javascript:alert(1)\"",
    },
    ArticleProblem {
        name: "front matter never closed",
        content: b"---\ntitle: Rain\npublished: 2018-08-08\nIt rained.\n",
        located: "data/articles/a.md:1:1: the front matter opened here is never closed; \
                  expected a line `---` after it",
    },
];

/// What `check` adds about the template project, which has no schema file yet.
const SCHEMA_WARNING: &str = "data/claims/claimline.schema.json: warning: missing: editors \
                              cannot validate the claims files; run `claimline schema --write`\n";

/// `location: message` as `check` prints it: `location: error: message`.
fn as_check_line(located: &str) -> String {
    let split = located
        .match_indices(": ")
        .next()
        .map(|(i, _)| i)
        .expect("a location");
    format!("{}: error: {}\n", &located[..split], &located[split + 2..])
}

#[test]
fn a_broken_article_fails_every_command_and_writes_nothing() {
    let mut cases = Vec::new();
    for p in ARTICLE_PROBLEMS {
        let content = p.content;
        let broken = move |root: &Path| write(root, "data/articles/a.md", content);
        for args in [
            &["dates", "data/articles/a.md"][..],
            &["extract"],
            &["extract", "--format", "json"],
            &["extract", "data/articles/b.md", "data/articles/a.md"],
            &["build"],
            &["build", "--drafts"],
            &["status"],
            &["status", "--format", "json"],
        ] {
            cases.push(Case::new(p.name, args).setup(broken).error(p.located));
        }
        cases.push(
            Case::new(p.name, &["check"])
                .setup(broken)
                .stdout(&(as_check_line(p.located) + SCHEMA_WARNING))
                .stderr("checked 3 files: 1 error, 1 warning\n"),
        );
    }
    // `dates` reads standard input too, and takes the date from --published then.
    cases.push(
        Case::new(
            "not UTF-8 on standard input",
            &["dates", "--published", "2018-08-08"],
        )
        .stdin(b"On Monday\nit rained \xFF.\n")
        .error(
            "<stdin>:2:11: not valid UTF-8 (byte 0xFF); expected UTF-8 text \u{2014} \
                 re-save the file as UTF-8",
        ),
    );
    cases.push(
        Case::new("no publication date", &["dates", "-"])
            .stdin(b"On Monday it rained.\n")
            .error(
                "<stdin>: no publication date to resolve against; expected --published \
                 YYYY-MM-DD, or front matter with `published:`",
            ),
    );
    cases.push(
        Case::new(
            "impossible --published",
            &["dates", "--published", "2018-02-30"],
        )
        .stdin(b"On Monday it rained.\n")
        .error("--published: \"2018-02-30\" is not a real date"),
    );
    // Two articles of one id would share a claims file and a page.
    let twin = |root: &Path| write(root, "data/articles/a.txt", ARTICLE_B.as_bytes());
    let twin_error = "data/articles/a.txt: has the same article id, \"a\", as data/articles/a.md; \
                      rename one of them";
    for args in [&["extract"][..], &["build"], &["status"]] {
        cases.push(
            Case::new("two articles, one id", args)
                .setup(twin)
                .error(twin_error),
        );
    }
    run_all(&cases);
}

#[test]
fn every_broken_article_is_reported_in_one_run() {
    let both = |root: &Path| {
        write(root, "data/articles/a.md", ARTICLE_PROBLEMS[0].content);
        write(root, "data/articles/b.md", ARTICLE_PROBLEMS[1].content);
    };
    let lines = format!(
        "claimline: error: {}\nclaimline: error: {}\n",
        ARTICLE_PROBLEMS[0].located,
        ARTICLE_PROBLEMS[1].located.replace("a.md", "b.md")
    );
    run_all(&[
        Case::new("two broken articles", &["extract"])
            .setup(both)
            .stderr(&lines),
        Case::new("two broken articles", &["status"])
            .setup(both)
            .stderr(&lines),
    ]);
}

#[test]
fn a_missing_file_or_folder_is_named() {
    let no_file = "cannot read: no such file or directory";
    let no_project = "data/articles: no such folder; run claimline in a project folder (one \
                      with data/articles/) or name the data folder with --data";
    let no_data = |root: &Path| fs::remove_dir_all(root.join("data")).unwrap();
    run_all(&[
        Case::new("missing file", &["dates", "data/articles/nope.md"])
            .error(&format!("data/articles/nope.md: {no_file}")),
        Case::new("missing file", &["extract", "data/articles/nope.md"])
            .error(&format!("data/articles/nope.md: {no_file}")),
        Case::new(
            "missing file among good ones",
            &["extract", "data/articles/b.md", "data/articles/nope.md"],
        )
        .error(&format!("data/articles/nope.md: {no_file}")),
        Case::new("missing file", &["check", "data/claims/nope.yaml"])
            .stdout(&format!("data/claims/nope.yaml: error: {no_file}\n"))
            .stderr("checked 0 files: 1 error, 0 warnings\n"),
        Case::new("missing file", &["timeml", "nope.tml", "--out", "tagged"]).stderr(&format!(
            "claimline: error: nope.tml: {no_file}\nclaimline: tagged 0 document(s) into \
                 tagged; 1 failed\n"
        )),
        Case::new("missing file", &["eval", "nope.tml", "nope2.tml"])
            .error(&format!("nope.tml: {no_file}")),
        Case::new("no data folder", &["extract"])
            .setup(no_data)
            .error(no_project),
        Case::new("no data folder", &["build"])
            .setup(no_data)
            .error(no_project),
        Case::new("no data folder", &["status"])
            .setup(no_data)
            .error(no_project),
        Case::new("no data folder", &["check"])
            .setup(no_data)
            .stdout(&as_check_line(no_project))
            .stderr("checked 0 files: 1 error, 0 warnings\n"),
        Case::new("a folder given as a file", &["dates", "data"])
            .error("data: cannot read: expected a file, found a folder"),
    ]);
}

#[test]
fn an_empty_articles_folder_is_an_error() {
    let empty = |root: &Path| {
        fs::remove_file(root.join("data/articles/a.md")).unwrap();
        fs::remove_file(root.join("data/articles/b.md")).unwrap();
        write(root, "data/articles/README", b"not an article\n");
    };
    let message = "data/articles: no articles found; expected .md, .markdown or .txt files with \
                   front matter";
    let mut cases: Vec<Case> = ["extract", "build", "status"]
        .into_iter()
        .map(|command| {
            Case::new("empty articles folder", &[command])
                .setup(empty)
                .error(message)
        })
        .collect();
    cases.push(
        Case::new("empty articles folder", &["check"])
            .setup(empty)
            .stdout(&format!(
                "{}data/claims/a.yaml:3:7: error: article: id: no article `a` in the articles \
                 folder; the claims file has nothing to review\n{SCHEMA_WARNING}",
                as_check_line(message)
            ))
            .stderr("checked 1 file: 2 errors, 1 warning\n"),
    );
    run_all(&cases);
}

#[test]
fn a_claims_file_with_a_yaml_syntax_error_is_located_and_kept() {
    // An unclosed flow sequence, as an editor leaves it half typed.
    let broken = |root: &Path| {
        let text = CLAIMS_A.replace("    status: reviewed", "    status: [reviewed");
        write(root, "data/claims/a.yaml", text.as_bytes());
    };
    let located = "data/claims/a.yaml:10:5: did not find expected ',' or ']', in a flow \
                   sequence that starts at line 9 column 13";
    let mut cases: Vec<Case> = [
        &["extract"][..],
        &["extract", "data/articles/a.md"],
        &["build"],
        &["status"],
    ]
    .into_iter()
    .map(|args| {
        Case::new("YAML syntax error", args)
            .setup(broken)
            .error(located)
    })
    .collect();
    cases.push(
        Case::new("YAML syntax error", &["check"])
            .setup(broken)
            .stdout(&(as_check_line(located) + SCHEMA_WARNING))
            .stderr("checked 3 files: 1 error, 1 warning\n"),
    );
    // An empty claims file (a crash in an editor, a bad merge) is not an empty review.
    let empty = |root: &Path| write(root, "data/claims/a.yaml", b"");
    let empty_message = "data/claims/a.yaml: the claims file is empty; expected `article:` and \
                         `claims:` (run `claimline extract`)";
    for args in [&["extract"][..], &["build"], &["status"]] {
        cases.push(
            Case::new("empty claims file", args)
                .setup(empty)
                .error(empty_message),
        );
    }
    run_all(&cases);
}

#[test]
fn a_file_where_a_folder_should_be_stops_the_command_before_any_write() {
    let site_is_a_file = |root: &Path| {
        fs::remove_dir_all(root.join("site")).unwrap();
        write(root, "site", b"a file someone saved as site\n");
    };
    let claims_is_a_file = |root: &Path| {
        fs::remove_dir_all(root.join("data/claims")).unwrap();
        write(root, "data/claims", b"a file\n");
    };
    let pages_is_a_file = |root: &Path| {
        fs::remove_dir_all(root.join("site/articles")).unwrap();
        write(root, "site/articles", b"a file\n");
    };
    let claims_list = "data/claims: cannot list: expected a folder, found a file";
    run_all(&[
        Case::new("site is a file", &["build"])
            .setup(site_is_a_file)
            .error("site: expected a folder to write the site into, found a file"),
        Case::new("inside a file", &["build", "--out", "notes.txt/site"])
            .error("notes.txt: expected a folder, found a file (the site is written into notes.txt/site)"),
        Case::new("site/articles is a file", &["build"])
            .setup(pages_is_a_file)
            .error("site/articles: expected a folder, found a file (cannot write site/articles/a.html)"),
        Case::new("data/claims is a file", &["extract"])
            .setup(claims_is_a_file)
            .error(claims_list),
        Case::new("data/claims is a file", &["build"])
            .setup(claims_is_a_file)
            .error(claims_list),
        Case::new("data/claims is a file", &["status"])
            .setup(claims_is_a_file)
            .error(claims_list),
        Case::new("data/claims is a file", &["check"])
            .setup(claims_is_a_file)
            .stdout(&as_check_line(claims_list))
            .stderr("checked 2 files: 1 error, 0 warnings\n"),
        Case::new("data/claims is a file", &["schema", "--write"])
            .setup(claims_is_a_file)
            .error("data/claims: expected a folder, found a file (cannot read data/claims/claimline.schema.json)"),
        Case::new("a claims file is a folder", &["extract"])
            .setup(|root: &Path| fs::create_dir_all(root.join("data/claims/b.yaml/x")).unwrap())
            .error("data/claims/b.yaml: cannot read: expected a file, found a folder"),
        Case::new("--out is a file", &["timeml", "data/articles/a.md", "--out", "notes.txt"])
            .error("notes.txt: --out: expected a folder to write into, found a file"),
    ]);
}

/// Permissions cannot stop the superuser, so these cases only run for other users (CI
/// containers often run tests as root; a developer's machine does not).
#[cfg(unix)]
#[test]
fn an_unreadable_or_unwritable_folder_is_reported() {
    use std::os::unix::fs::PermissionsExt;
    let probe = tempfile::tempdir().unwrap();
    fs::set_permissions(probe.path(), fs::Permissions::from_mode(0o000)).unwrap();
    let privileged = fs::read_dir(probe.path()).is_ok();
    fs::set_permissions(probe.path(), fs::Permissions::from_mode(0o755)).unwrap();
    if privileged {
        eprintln!("skipped: running with privileges that ignore file permissions");
        return;
    }
    let lock = |rel: &'static str, mode: u32| {
        move |root: &Path| {
            fs::set_permissions(root.join(rel), fs::Permissions::from_mode(mode)).unwrap()
        }
    };
    run_all(&[
        Case::new("unreadable site", &["build"])
            .setup(lock("site", 0o000))
            .error("site/.claimline-manifest: cannot read: permission denied"),
        Case::new("read-only claims folder", &["extract"])
            .setup(lock("data/claims", 0o555))
            .error("data/claims/claimline.schema.json: cannot write: permission denied"),
        Case::new("unreadable claims folder", &["status"])
            .setup(lock("data/claims", 0o000))
            .error("data/claims: cannot list: permission denied"),
    ]);
}

fn restore_permissions(root: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        for rel in ["site", "data/claims"] {
            let _ = fs::set_permissions(root.join(rel), fs::Permissions::from_mode(0o755));
        }
    }
    #[cfg(not(unix))]
    let _ = root;
}

#[test]
fn timeml_input_errors_are_located_and_nothing_is_written() {
    let tml = |root: &Path, name: &str, content: &[u8]| write(root, &format!("in/{name}"), content);
    run_all(&[
        Case::new("TimeML not UTF-8", &["timeml", "in", "--out", "tagged"])
            .setup(move |root: &Path| {
                tml(root, "a.tml", b"<TimeML>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-01-08\" functionInDocument=\"CREATION_TIME\">1998-01-08</TIMEX3></DCT>\n<TEXT>On Monday \xFF.</TEXT>\n</TimeML>\n")
            })
            .stderr("claimline: error: in/a.tml:3:17: not valid UTF-8 (byte 0xFF); expected UTF-8 text \u{2014} re-save the file as UTF-8\nclaimline: tagged 0 document(s) into tagged; 1 failed\n"),
        Case::new("TimeML ill-formed", &["timeml", "in", "--out", "tagged"])
            .setup(move |root: &Path| {
                tml(root, "a.tml", b"<TimeML>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-01-08\" functionInDocument=\"CREATION_TIME\">1998-01-08</TIMEX3></DCT>\n<TEXT>On <b>Monday.</TEXT>\n</TimeML>\n")
            })
            .stderr("claimline: error: in/a.tml:3:20: expected </b> to close <b> from line 3 column 10, found </TEXT>\nclaimline: tagged 0 document(s) into tagged; 1 failed\n"),
        Case::new("TimeML without creation time", &["timeml", "in", "--out", "tagged"])
            .setup(move |root: &Path| tml(root, "a.tml", b"<TimeML><TEXT>On Monday.</TEXT></TimeML>\n"))
            .stderr("claimline: error: in/a.tml: no document creation time; expected <DCT><TIMEX3 value=\"YYYY-MM-DD\" .../></DCT> outside <TEXT>\nclaimline: tagged 0 document(s) into tagged; 1 failed\n"),
    ]);
}

#[test]
fn a_broken_configuration_is_located() {
    let broken = |root: &Path| write(root, "claimline.yaml", b"review:\n  verdict: [a]\n");
    let located = "claimline.yaml:2:3: review: unknown field `verdict`, expected one of \
                   `statuses`, `publishable`, `verdicts`";
    let mut cases: Vec<Case> = [
        &["extract"][..],
        &["build"],
        &["status"],
        &["schema"],
        &["schema", "--write"],
    ]
    .into_iter()
    .map(|args| {
        Case::new("broken claimline.yaml", args)
            .setup(broken)
            .error(located)
    })
    .collect();
    cases.push(
        Case::new("broken claimline.yaml", &["check"])
            .setup(broken)
            .stdout(&(as_check_line(located) + SCHEMA_WARNING))
            .stderr("checked 3 files: 1 error, 1 warning\n"),
    );
    run_all(&cases);
}
