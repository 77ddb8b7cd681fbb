//! What the built pages show: dates at their grain, one `<time>` per entry, escaping, links,
//! drafts, and template overrides.

mod site_support;

use site_support::{Project, claim, datetimes};

fn reviewed(id: &str, label: &str, extra: &str) -> String {
    claim(id, Some(label), &format!("    status: reviewed\n{extra}"))
}

/// The text of each `<li>` entry of the index's timeline list.
fn entries(html: &str) -> Vec<String> {
    let list = &html[html.find("<ol class=\"entries\">").unwrap()..];
    let list = &list[..list.find("</ol>").unwrap()];
    list.split("<li>\n<article")
        .skip(1)
        .map(String::from)
        .collect()
}

#[test]
fn every_entry_has_one_time_at_its_real_grain() {
    let p = Project::new();
    let claims = [
        reviewed("fall", "2018-FA", ""),
        reviewed("july", "2018-07", ""),
        reviewed("midterms", "after 2018-11-06", ""),
        reviewed("visit", "2018-08-05/2018-08-08", ""),
        reviewed("week", "2018-W32", ""),
        reviewed("monday", "2018-08-06", ""),
        claim("undated", None, "    status: reviewed\n"),
    ]
    .concat();
    p.claims("one", &claims);
    p.build_ok(&[]);
    let index = p.read("site/index.html");
    assert_eq!(
        datetimes(&index),
        [
            "2018-07",
            "2018-08-05/2018-08-08",
            "2018-08-06",
            "2018-W32",
            "2018-FA",
            "2018-11-06"
        ]
    );
    let entries = entries(&index);
    assert_eq!(entries.len(), 6);
    for entry in &entries {
        assert_eq!(entry.matches("<time").count(), 1, "{entry}");
    }
    // Months and seasons read as such, never as their first day.
    assert!(index.contains("<time datetime=\"2018-07\">July 2018</time>"));
    assert!(index.contains("<time datetime=\"2018-FA\">Fall 2018</time>"));
    assert!(index.contains("<time datetime=\"2018-W32\">Week of August 6–12, 2018</time>"));
    assert!(index.contains("<time datetime=\"2018-08-05/2018-08-08\">August 5–8, 2018</time>"));
    assert!(index.contains("after <time datetime=\"2018-11-06\">Tuesday, November 6, 2018</time>"));
    assert!(!index.contains("July 1, 2018"));
    // The undated claim is shown apart, with no <time>; the total count of <time>s is the
    // entries'.
    let undated = &index[index.find("<section class=\"undated\"").unwrap()..];
    assert!(undated.contains("Sentence undated."));
    assert!(!undated.contains("<time"));
    assert_eq!(index.matches("<time").count(), 6);
}

#[test]
fn entries_show_the_wording_the_people_and_the_review() {
    let p = Project::new();
    let claims = [
        reviewed(
            "delivered",
            "2018-08-08",
            "    actor: Sen. Rand Paul\n    event: Paul delivered the letter\n    verdict: mostly-true\n    conclusion: The letter was delivered.\n    reviewer: Ana\n    reviewed_at: 2018-08-10\n    tags: [diplomacy]\n",
        ),
        reviewed(
            "statement",
            "2018-08-08",
            "    speaker: Sen. Paul\n    attribution: said in a statement\n    quote: I was honored to deliver a letter\n",
        ),
    ]
    .concat();
    p.claims("one", &claims);
    p.build_ok(&[]);
    let index = p.read("site/index.html");
    let entries = entries(&index);
    assert_eq!(
        entries.len(),
        1,
        "the statement merges with the event it speaks about"
    );
    let entry = &entries[0];
    for expected in [
        "<q class=\"wording\">on the day</q>",
        "<p class=\"event\">Paul delivered the letter</p>",
        "<dd class=\"actor\">Sen. Rand Paul</dd>",
        "Sen. Paul <span class=\"attribution\">(said in a statement)</span>",
        "<q class=\"quote\">I was honored to deliver a letter</q>",
        "<span class=\"status status-reviewed\">reviewed</span>",
        "<strong class=\"verdict verdict-mostly-true\">mostly-true</strong> · by Ana, 2018-08-10",
        "<dd class=\"conclusion\">The letter was delivered.</dd>",
        "<span class=\"tag\">diplomacy</span>",
        "<blockquote class=\"sentence\"><p>Sentence delivered.</p></blockquote>",
        "<a href=\"articles/one.html\">Article one</a>",
    ] {
        assert!(entry.contains(expected), "missing {expected:?} in\n{entry}");
    }
    let page = p.read("site/articles/one.html");
    assert_eq!(datetimes(&page), ["2018-08-08"]);
    assert!(page.contains("<link rel=\"stylesheet\" href=\"../style.css\">"));
    assert!(page.contains("The Paper"));
}

#[test]
fn a_corrected_date_says_so() {
    let p = Project::new();
    p.claims(
        "one",
        &reviewed("fixed", "2018-08-06", "    date_override: 2018-08-08\n"),
    );
    p.build_ok(&[]);
    let index = p.read("site/index.html");
    assert_eq!(datetimes(&index), ["2018-08-08"]);
    assert!(index.contains("<article class=\"entry corrected\""));
    assert!(index.contains("date corrected by the reviewer; first read as Monday, August 6, 2018"));
}

#[test]
fn drafts_are_hidden_unless_asked_for_and_then_marked() {
    let p = Project::new();
    let claims = [
        reviewed("done", "2018-08-06", ""),
        claim("wip", Some("2018-08-07"), "    status: in-progress\n"),
        claim("new", None, ""),
    ]
    .concat();
    p.claims("one", &claims);
    p.build_ok(&[]);
    let index = p.read("site/index.html");
    assert!(index.contains("Sentence done."));
    assert!(!index.contains("Sentence wip."));
    assert!(!index.contains("Sentence new."));
    assert!(!index.contains("draft"));
    assert!(!p.read("site/articles/one.html").contains("Sentence wip."));

    p.build_ok(&["--drafts"]);
    let index = p.read("site/index.html");
    assert!(index.contains("<p class=\"drafts-banner\">"));
    assert!(index.contains("<div class=\"claim\" id=\"claim-one--done\">"));
    assert!(index.contains("<div class=\"claim draft\" id=\"claim-one--wip\">"));
    assert!(index.contains("<div class=\"claim draft\" id=\"claim-one--new\">"));
    assert!(index.contains("Draft: in-progress, not cleared for publication"));
    assert_eq!(datetimes(&index), ["2018-08-06", "2018-08-07"]);
}

#[test]
fn the_project_config_decides_what_is_publishable() {
    let p = Project::new();
    p.claims("one", &claim("new", Some("2018-08-06"), ""));
    p.write(
        "claimline.yaml",
        "review:\n  publishable: [unreviewed]\nsite:\n  title: Paul & Putin\n",
    );
    p.build_ok(&[]);
    let index = p.read("site/index.html");
    assert!(index.contains("Sentence new."));
    assert!(index.contains("<title>Paul &amp; Putin</title>"));
}

#[test]
fn hostile_text_is_escaped_and_only_web_links_are_linked() {
    let p = Project::new();
    // The article's front matter is where the page's metadata comes from; the copy in the
    // claims file is ignored, hostile or not.
    p.write(
        "data/articles/evil.md",
        "---\ntitle: \"<script>alert('title')</script>\"\npublished: 2018-08-08\nauthor: \"\\\"><img src=x onerror=alert(1)>\"\npublisher: \"<b>Paper</b>\"\n---\nBody.\n",
    );
    p.write(
        "data/claims/evil.yaml",
        r#"article:
  id: evil
  title: "<script>alert('title')</script>"
  published: 2018-08-08
  url: "javascript:alert('article')"
claims:
  - id: "x\"><script>alert(1)</script>"
    sentence: "He said <script>alert(\"s\")</script> & left 'now'."
    quote: "</q><script>alert(2)</script>"
    speaker: "<b onmouseover=alert(3)>Bob</b>"
    event: "<iframe src=javascript:alert(4)>"
    status: reviewed
    verdict: "\" onclick=\"alert(5)"
    when: { label: "2018-08-08", grain: day, text: "<em>Wednesday</em>" }
    sources:
      - { url: "javascript:alert(6)", title: "<b>click</b>" }
      - { url: "data:text/html,<script>alert(7)</script>" }
      - { url: "https://example.org/report?a=1&b=\"2\"", title: Report }
      - { url: "  https://example.org/padded" }
    tags: ["<i>t</i>"]
"#,
    );
    p.build_ok(&[]);
    for page in ["site/index.html", "site/articles/evil.html"] {
        let html = p.read(page);
        for bad in [
            "<script",
            "<img",
            "<iframe",
            "<b ",
            "<b>",
            "<em>",
            "<i>",
            "href=\"javascript:",
            "href=\"data:",
            "cite=\"javascript:",
            "onclick=\"",
            "href=\"  https",
        ] {
            assert!(!html.contains(bad), "{page} contains {bad:?}");
        }
        assert!(
            html.contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;"),
            "{page}"
        );
    }
    assert!(
        p.read("site/articles/evil.html")
            .contains("by &quot;&gt;&lt;img src=x")
    );
    let index = p.read("site/index.html");
    // Quotes cannot break out of attributes.
    assert!(index.contains("id=\"claim-evil--x&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\""));
    assert!(index.contains(
        "He said &lt;script&gt;alert(&quot;s&quot;)&lt;/script&gt; &amp; left &#39;now&#39;."
    ));
    // The one web address is a link, escaped; the others are plain text.
    assert!(index.contains(
        "<a href=\"https://example.org/report?a=1&amp;b=&quot;2&quot;\" rel=\"nofollow noopener\">Report</a>"
    ));
    assert!(index.contains("<li>&lt;b&gt;click&lt;/b&gt; (javascript:alert(6))</li>"));
    assert_eq!(
        index.matches("<a href=").count(),
        4,
        "site title, claim's article, article list, the report"
    );
}

#[test]
fn a_site_overrides_templates_by_file_name() {
    let p = Project::new();
    p.claims("one", &reviewed("a", "2018-08-06", ""));
    // A whole page, a partial used by the defaults, and a partial of the site's own.
    p.write(
        "templates/_claim.html",
        "<p class=\"mine\">{{ claim.sentence }}</p>{% include \"_extra.html\" %}",
    );
    p.write("templates/_extra.html", "<hr class=\"extra\">");
    p.write("templates/style.css", "body { color: red; }\n");
    p.write("templates/README.md", "{% not a template %}");
    p.build_ok(&[]);
    let index = p.read("site/index.html");
    assert!(index.contains("<p class=\"mine\">Sentence a.</p><hr class=\"extra\">"));
    assert!(
        index.contains("<h1>Timeline</h1>"),
        "index.html itself is still the default"
    );
    assert_eq!(p.read("site/style.css"), "body { color: red; }\n");
    assert!(
        p.read("site/articles/one.html")
            .contains("<p class=\"mine\">")
    );

    // --templates points elsewhere; the project's templates/ is then not used.
    p.write(
        "other/index.html",
        "{{ site.title }}: {{ timeline.entries | length }} entries\n",
    );
    p.build_ok(&["--templates", "other", "--out", "other-site"]);
    assert_eq!(p.read("other-site/index.html"), "Timeline: 1 entries\n");
    assert!(
        !p.read("other-site/articles/one.html")
            .contains("class=\"mine\"")
    );
    assert_ne!(p.read("other-site/style.css"), "body { color: red; }\n");
}
