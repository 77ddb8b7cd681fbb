//! `claimline build` as a command: its report, its errors, and what it does to the output
//! folder.

mod site_support;

use std::fs;

use site_support::{Project, claim, files};

fn reviewed(id: &str, label: &str) -> String {
    claim(id, Some(label), "    status: reviewed\n")
}

#[test]
fn prints_a_one_line_summary() {
    let p = Project::new();
    let claims = [
        reviewed("a", "2018-08-06"),
        reviewed("b", "2018-07"),
        claim("c", None, "    status: published\n"),
        claim("d", Some("2018-08-08"), ""),
    ]
    .concat();
    p.claims("one", &claims);
    p.claims("two", &reviewed("x", "2018-08-06"));
    let stdout = p.build_ok(&[]);
    assert_eq!(
        stdout,
        "built site: 2 articles, 4 claims (1 undated), 3 timeline entries; 1 claim not yet \
         publishable left out (--drafts shows them)\n"
    );
    let stdout = p.build_ok(&["--drafts", "--out", "preview"]);
    assert_eq!(
        stdout,
        "built preview: 2 articles, 5 claims (1 undated), 4 timeline entries\n"
    );
}

#[test]
fn extracts_on_the_fly_for_articles_without_claims_file() {
    let p = Project::new();
    p.article("plain", "Paul spoke on Monday. Nothing more.");
    let stdout = p.build_ok(&["--drafts"]);
    assert_eq!(
        stdout,
        "built site: 1 article, 1 claim (0 undated), 1 timeline entry\n"
    );
    assert!(p.read("site/index.html").contains("Paul spoke on Monday."));
}

#[test]
fn same_input_gives_byte_identical_output() {
    let p = Project::new();
    p.claims(
        "one",
        &[reviewed("a", "2018-08-06"), reviewed("b", "2018-W32")].concat(),
    );
    p.claims("two", &reviewed("c", "2018-FA"));
    p.build_ok(&["--out", "first"]);
    p.build_ok(&["--out", "second"]);
    let first = files(&p.path("first"));
    assert_eq!(
        first.len(),
        5,
        "{:?}",
        first.iter().map(|f| &f.0).collect::<Vec<_>>()
    );
    assert_eq!(first, files(&p.path("second")));
    // A rebuild into the same folder changes nothing.
    p.build_ok(&["--out", "first"]);
    assert_eq!(first, files(&p.path("first")));
}

#[test]
fn stale_pages_are_removed_and_nothing_else() {
    let p = Project::new();
    p.claims("keep", &reviewed("a", "2018-08-06"));
    p.claims("gone", &reviewed("b", "2018-08-07"));
    p.build_ok(&[]);
    assert!(p.path("site/articles/gone.html").is_file());
    // Files a person put in the output folder.
    p.write("site/CNAME", "timeline.example.org\n");
    p.write("site/articles/notes.txt", "mine\n");

    fs::remove_file(p.path("data/articles/gone.md")).unwrap();
    fs::remove_file(p.path("data/claims/gone.yaml")).unwrap();
    p.build_ok(&[]);
    assert!(!p.path("site/articles/gone.html").exists());
    assert!(p.path("site/articles/keep.html").is_file());
    assert_eq!(p.read("site/CNAME"), "timeline.example.org\n");
    assert_eq!(p.read("site/articles/notes.txt"), "mine\n");
    let manifest = p.read("site/.claimline-manifest");
    assert!(manifest.contains("articles/keep.html\n"), "{manifest}");
    assert!(!manifest.contains("gone"), "{manifest}");
}

#[test]
fn a_rebuild_writes_only_what_changed() {
    let p = Project::new();
    p.claims("one", &reviewed("a", "2018-08-06"));
    p.claims("two", &reviewed("b", "2018-08-07"));
    let options = claimline::site::Options {
        data: p.path("data"),
        out: p.path("out"),
        templates: None,
        drafts: false,
        config: claimline::config::Config::default(),
    };
    let first = claimline::site::build(&options).unwrap();
    assert_eq!(
        first.changes.written,
        [
            "articles/one.html",
            "articles/two.html",
            "index.html",
            "style.css"
        ]
    );
    let again = claimline::site::build(&options).unwrap();
    assert!(again.changes.written.is_empty());
    assert!(again.changes.removed.is_empty());

    fs::remove_file(p.path("data/articles/two.md")).unwrap();
    let after = claimline::site::build(&options).unwrap();
    assert_eq!(after.changes.written, ["index.html"]);
    assert_eq!(after.changes.removed, ["articles/two.html"]);
}

#[test]
fn emptied_folders_are_removed_with_their_last_page() {
    let p = Project::new();
    p.claims("only", &reviewed("a", "2018-08-06"));
    p.build_ok(&[]);
    // Pretend an earlier build also wrote a page in a folder of its own.
    p.write("site/old/page.html", "old");
    let manifest = p.read("site/.claimline-manifest") + "old/page.html\n../outside.html\n";
    p.write("site/.claimline-manifest", &manifest);
    p.write("outside.html", "not ours");
    p.build_ok(&[]);
    assert!(!p.path("site/old").exists());
    // A manifest line pointing outside the folder is ignored, never followed.
    assert_eq!(p.read("outside.html"), "not ours");
}

#[test]
fn refuses_to_overwrite_files_it_did_not_write() {
    let p = Project::new();
    p.claims("one", &reviewed("a", "2018-08-06"));
    p.write("site/index.html", "<p>my own page</p>\n");
    let out = p.build(&[]);
    assert!(!out.status.success());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.starts_with(
            "claimline: error: site/index.html: exists and was not written by claimline build"
        ),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert_eq!(p.read("site/index.html"), "<p>my own page</p>\n");
    assert!(!p.path("site/style.css").exists(), "nothing is written");
}

#[test]
fn a_bad_date_override_is_located_and_nothing_is_written() {
    let p = Project::new();
    p.claims("one", &reviewed("a", "2018-08-06"));
    p.build_ok(&[]);
    let before = files(&p.path("site"));
    let claims = [
        reviewed("a", "2018-08-06"),
        claim("b", Some("2018-08-06"), "    date_override: 2018-02-30\n"),
    ]
    .concat();
    p.claims("one", &claims);
    let out = p.build(&["--drafts"]);
    assert!(!out.status.success());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(
        stderr,
        "claimline: error: data/claims/one.yaml:19:20: claim b: date_override: \"2018-02-30\" is \
         not a real date\n"
    );
    assert_eq!(before, files(&p.path("site")));
}

#[test]
fn a_broken_template_names_its_file_and_line() {
    let p = Project::new();
    p.claims("one", &reviewed("a", "2018-08-06"));
    p.write(
        "templates/index.html",
        "{% extends \"base.html\" %}\n{% block content %}\n{% if %}\n{% endblock content %}\n",
    );
    let out = p.build(&[]);
    assert!(!out.status.success());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.starts_with("claimline: error: templates/index.html:3:"),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(!p.path("site").exists(), "no half-written site");

    p.write("templates/index.html", "{% extends \"base.html\" %}\n{% block content %}\n\n  {{ site.title | shout }}\n{% endblock content %}\n");
    let stderr = String::from_utf8(p.build(&[]).stderr).unwrap();
    assert_eq!(
        stderr,
        "claimline: error: templates/index.html:4:19: Unknown filter `shout`\n"
    );

    // A template that parses but fails while rendering is located too.
    p.write(
        "templates/index.html",
        "{% extends \"base.html\" %}\n{% block content %}{{ site.nope }}{% endblock content %}\n",
    );
    let stderr = String::from_utf8(p.build(&[]).stderr).unwrap();
    assert!(
        stderr.starts_with("claimline: error: templates/index.html:2:"),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(!p.path("site").exists());
}

#[test]
fn input_errors_are_one_located_line() {
    let p = Project::new();
    let out = p.build(&[]);
    assert!(!out.status.success());
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        "claimline: error: data/articles: no such folder; run claimline in a project folder (one \
         with data/articles/) or name the data folder with --data\n"
    );

    p.write("data/articles/bad.md", "---\ntitle: T\n---\nBody\n");
    let stderr = String::from_utf8(p.build(&[]).stderr).unwrap();
    assert!(
        stderr.starts_with("claimline: error: data/articles/bad.md:"),
        "{stderr}"
    );
    assert!(stderr.contains("published"), "{stderr}");
    fs::remove_file(p.path("data/articles/bad.md")).unwrap();

    p.claims("one", "  - id: a\n    sentence: s\n    verdcit: true\n");
    let stderr = String::from_utf8(p.build(&[]).stderr).unwrap();
    assert!(
        stderr.starts_with(
            "claimline: error: data/claims/one.yaml:8:5: claims[0]: unknown field `verdcit`"
        ),
        "{stderr}"
    );

    p.claims("one", "  - id: a\n    sentence: s\n");
    p.write(
        "data/claims/one.yaml",
        &p.read("data/claims/one.yaml")
            .replace("id: one", "id: ../../escape"),
    );
    let stderr = String::from_utf8(p.build(&[]).stderr).unwrap();
    assert_eq!(
        stderr,
        "claimline: error: data/claims/one.yaml:2:7: article.id is \"../../escape\", expected \
         \"one\", the id of data/articles/one.md\n"
    );
    assert!(!p.path("site").exists());
}

#[test]
fn template_inheritance_errors_name_the_template() {
    let p = Project::new();
    p.claims("one", &reviewed("a", "2018-08-06"));
    p.write("templates/index.html", "{% extends \"nope.html\" %}\n");
    let stderr = String::from_utf8(p.build(&[]).stderr).unwrap();
    assert!(
        stderr.starts_with(
            "claimline: error: templates/index.html: extends \"nope.html\", which is not a template; \
             the templates are: _claim.html, _entry.html, _timeline.html, article.html, base.html"
        ),
        "{stderr}"
    );
}

#[test]
fn a_missing_templates_folder_is_an_error() {
    let p = Project::new();
    p.claims("one", &reviewed("a", "2018-08-06"));
    let stderr = String::from_utf8(p.build(&["--templates", "nowhere"]).stderr).unwrap();
    assert_eq!(
        stderr,
        "claimline: error: nowhere: --templates: no such folder\n"
    );
}
