//! The view model: everything the pages show, computed once from the claims files and
//! serialisable.
//!
//! Templates receive only this, never the claims files, so that every decision about what is
//! published (drafts, links, dates in words) is made here, in Rust, and tested once. It is
//! also the single source for the outputs that are still to come (ClaimReview JSON-LD,
//! TimelineJS JSON, an Atom feed, a sitemap, a live preview server): each is another
//! rendering of the same [`SiteView`].
//!
//! What is published: the claim as extracted (sentence, quote, speaker, event, the date as
//! written and as resolved) and the public half of the review (status, verdict, conclusion,
//! sources, reviewer, review date, tags). Reviewers' `notes` are their working space and are
//! never put in the view. Only `http` and `https` addresses become links (`href`); any other
//! address is kept as text.

use serde::Serialize;

use super::dates::{DateView, published_in_words};
use crate::config::Config;
use crate::review::{ClaimsFile, Source};
use crate::timeline::{Entry, Item, Timeline, TimelineError};

/// The whole site.
#[derive(Debug, Clone, Serialize)]
pub struct SiteView {
    /// Site-wide settings.
    pub site: SiteInfo,
    /// Every article's claims on one timeline.
    pub timeline: TimelineView,
    /// The articles, in input order, each with its own timeline.
    pub articles: Vec<ArticleView>,
}

/// Site-wide settings.
#[derive(Debug, Clone, Serialize)]
pub struct SiteInfo {
    /// The title; "Timeline" unless the project config sets one.
    pub title: String,
    /// Where the site is published, when configured.
    pub base_url: Option<String>,
    /// True for a drafts build: unpublishable claims are shown, and marked.
    pub drafts: bool,
}

/// A timeline, ready to show.
#[derive(Debug, Clone, Serialize)]
pub struct TimelineView {
    /// Placed entries, oldest first.
    pub entries: Vec<EntryView>,
    /// Claims with no date.
    pub undated: Vec<ClaimView>,
    /// How many claims are shown, placed and undated.
    pub claim_count: usize,
}

/// One timeline entry.
#[derive(Debug, Clone, Serialize)]
pub struct EntryView {
    /// A stable anchor: `<article id>--<first claim id>`.
    pub id: String,
    /// Where it is placed.
    pub date: DateView,
    /// True when a reviewer's correction placed any of its claims.
    pub corrected: bool,
    /// Its claims, in article order.
    pub claims: Vec<ClaimView>,
}

/// One claim.
#[derive(Debug, Clone, Serialize)]
pub struct ClaimView {
    /// A stable anchor: `claim-<article id>--<claim id>`.
    pub id: String,
    /// The claim's id in its claims file.
    pub claim_id: String,
    /// The article it comes from.
    pub article: ArticleRef,
    /// The sentence of the article.
    pub sentence: String,
    /// What happened, when known.
    pub event: Option<String>,
    /// The words quoted.
    pub quote: Option<String>,
    /// Who did it.
    pub actor: Option<String>,
    /// Who says so.
    pub speaker: Option<String>,
    /// How it is attributed ("said in a statement").
    pub attribution: Option<String>,
    /// The date as the article words it ("on Wednesday").
    pub wording: Option<String>,
    /// True when a reviewer's `date_override` placed it.
    pub corrected: bool,
    /// When corrected: where the resolver had placed it.
    pub extracted: Option<DateView>,
    /// Review status.
    pub status: String,
    /// The status as a CSS class name fragment (letters, digits and hyphens).
    pub status_class: String,
    /// True when the status is not publishable (shown only in a drafts build).
    pub draft: bool,
    /// The verdict, when given.
    pub verdict: Option<String>,
    /// The verdict as a CSS class name fragment.
    pub verdict_class: Option<String>,
    /// The reviewer's conclusion.
    pub conclusion: Option<String>,
    /// Evidence.
    pub sources: Vec<SourceView>,
    /// Who reviewed it.
    pub reviewer: Option<String>,
    /// When it was reviewed, as written.
    pub reviewed_at: Option<String>,
    /// Labels.
    pub tags: Vec<String>,
}

/// A link to an article's page.
#[derive(Debug, Clone, Serialize)]
pub struct ArticleRef {
    /// The article id.
    pub id: String,
    /// Its headline.
    pub title: String,
    /// Its page, relative to the site root: `articles/<id>.html`.
    pub path: String,
    /// Where it was published, when that is an `http` or `https` address.
    pub href: Option<String>,
}

/// A piece of evidence.
#[derive(Debug, Clone, Serialize)]
pub struct SourceView {
    /// The address to link to; only for `http` and `https` addresses.
    pub href: Option<String>,
    /// What to show: the title, else the address.
    pub text: String,
    /// The address as written (shown as text when it is not linked).
    pub url: String,
    /// When the reviewer read it, as written.
    pub accessed: Option<String>,
}

/// An article and its claims.
#[derive(Debug, Clone, Serialize)]
pub struct ArticleView {
    /// The article id.
    pub id: String,
    /// Its headline.
    pub title: String,
    /// Its page, relative to the site root.
    pub path: String,
    /// Where it was published, when that is an `http` or `https` address.
    pub href: Option<String>,
    /// Who published it.
    pub publisher: Option<String>,
    /// Who wrote it.
    pub author: Option<String>,
    /// The publication date as written.
    pub published: String,
    /// The publication date in words.
    pub published_text: String,
    /// Its claims on a timeline of their own.
    pub timeline: TimelineView,
}

/// The page of article `id`, relative to the site root.
pub fn article_path(id: &str) -> String {
    format!("articles/{id}.html")
}

impl SiteView {
    /// Build the view of `files`. Only claims whose status `config` calls publishable are
    /// shown, unless `drafts` is set.
    pub fn new(files: &[ClaimsFile], config: &Config, drafts: bool) -> Result<Self, TimelineError> {
        let keep = |claim: &crate::review::Claim| drafts || config.is_publishable(&claim.status);
        let timeline = Timeline::build(files, keep)?;
        let mut articles = Vec::with_capacity(files.len());
        for file in files {
            let own = Timeline::build(std::slice::from_ref(file), keep)?;
            let a = &file.article;
            articles.push(ArticleView {
                id: a.id.clone(),
                title: a.title.clone(),
                path: article_path(&a.id),
                href: web_url(a.url.as_deref()),
                publisher: a.publisher.clone(),
                author: a.author.clone(),
                published: a.published.clone(),
                published_text: published_in_words(&a.published),
                timeline: TimelineView::new(&own, config),
            });
        }
        Ok(SiteView {
            site: SiteInfo {
                title: config
                    .site
                    .title
                    .clone()
                    .unwrap_or_else(|| "Timeline".to_string()),
                base_url: config.site.base_url.clone(),
                drafts,
            },
            timeline: TimelineView::new(&timeline, config),
            articles,
        })
    }
}

impl TimelineView {
    fn new(timeline: &Timeline<'_>, config: &Config) -> TimelineView {
        TimelineView {
            entries: timeline
                .entries
                .iter()
                .map(|e| EntryView::new(e, config))
                .collect(),
            undated: timeline
                .undated
                .iter()
                .map(|i| ClaimView::new(i, config))
                .collect(),
            claim_count: timeline.claim_count(),
        }
    }
}

impl EntryView {
    fn new(entry: &Entry<'_>, config: &Config) -> EntryView {
        let first = &entry.items[0];
        EntryView {
            id: format!("{}--{}", first.article.id, first.claim.id),
            date: DateView::new(&entry.when.label),
            corrected: entry.corrected(),
            claims: entry
                .items
                .iter()
                .map(|i| ClaimView::new(i, config))
                .collect(),
        }
    }
}

impl ClaimView {
    fn new(item: &Item<'_>, config: &Config) -> ClaimView {
        let c = item.claim;
        ClaimView {
            id: format!("claim-{}--{}", item.article.id, c.id),
            claim_id: c.id.clone(),
            article: ArticleRef {
                id: item.article.id.clone(),
                title: item.article.title.clone(),
                path: article_path(&item.article.id),
                href: web_url(item.article.url.as_deref()),
            },
            sentence: c.sentence.clone(),
            event: c.event.clone(),
            quote: c.quote.clone(),
            actor: c.actor.clone(),
            speaker: c.speaker.clone(),
            attribution: c.attribution.clone(),
            wording: c.when.as_ref().map(|w| w.text.clone()),
            corrected: item.corrected,
            extracted: c
                .when
                .as_ref()
                .filter(|_| item.corrected)
                .map(|w| DateView::new(&w.label)),
            status: c.status.clone(),
            status_class: class_name(&c.status),
            draft: !config.is_publishable(&c.status),
            verdict: c.verdict.clone(),
            verdict_class: c.verdict.as_deref().map(class_name),
            conclusion: c.conclusion.clone(),
            sources: c.sources.iter().map(SourceView::new).collect(),
            reviewer: c.reviewer.clone(),
            reviewed_at: c.reviewed_at.clone(),
            tags: c.tags.clone(),
        }
    }
}

impl SourceView {
    fn new(source: &Source) -> SourceView {
        SourceView {
            href: web_url(Some(&source.url)),
            text: source
                .title
                .clone()
                .filter(|t| !t.trim().is_empty())
                .unwrap_or_else(|| source.url.clone()),
            url: source.url.clone(),
            accessed: source.accessed.clone(),
        }
    }
}

/// `url` when it may be linked: only `http` and `https` addresses ever reach an `href`.
fn web_url(url: Option<&str>) -> Option<String> {
    url.filter(|u| crate::article::is_web_url(u))
        .map(String::from)
}

/// `text` lower-cased, with every run of characters other than ASCII letters and digits
/// turned into one hyphen: safe in a `class` attribute and in CSS selectors.
fn class_name(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn class_names_are_plain() {
        assert_eq!(class_name("mostly-true"), "mostly-true");
        assert_eq!(class_name("In Progress"), "in-progress");
        assert_eq!(class_name("\"><script>"), "script");
        assert_eq!(class_name("Été"), "t");
    }

    #[test]
    fn only_web_addresses_become_links() {
        let source = |url: &str, title: Option<&str>| {
            SourceView::new(&Source {
                url: url.into(),
                title: title.map(String::from),
                accessed: None,
            })
        };
        let ok = source("https://example.org/a?b=1&c=2", Some("Report"));
        assert_eq!(ok.href.as_deref(), Some("https://example.org/a?b=1&c=2"));
        assert_eq!(ok.text, "Report");
        for bad in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            "data:text/html,<script>",
            "//example.org",
            "ftp://example.org",
            "https://",
            "https://exa mple.org",
        ] {
            let s = source(bad, None);
            assert_eq!(s.href, None, "{bad}");
            assert_eq!(s.text, bad);
        }
        assert_eq!(
            source("http://a.example", Some("  ")).text,
            "http://a.example"
        );
    }

    #[test]
    fn an_article_address_is_linked_only_when_it_is_a_web_address() {
        let file = |url: &str| -> ClaimsFile {
            let yaml = format!(
                "article: {{ id: a, title: A, published: 2018-08-08, url: {url:?} }}\n\
                 claims: [{{ id: c, sentence: s, status: reviewed }}]\n"
            );
            crate::yaml::from_str(&yaml, std::path::Path::new("a.yaml"), 1).unwrap()
        };
        let view = SiteView::new(&[file("javascript:alert(1)")], &Config::default(), false);
        let view = view.unwrap();
        assert_eq!(view.articles[0].href, None);
        assert_eq!(view.timeline.undated[0].article.href, None);
        let view = SiteView::new(&[file("https://example.org/a")], &Config::default(), false);
        let view = view.unwrap();
        assert_eq!(
            view.articles[0].href.as_deref(),
            Some("https://example.org/a")
        );
        assert_eq!(
            view.timeline.undated[0].article.href.as_deref(),
            Some("https://example.org/a")
        );
    }
}
