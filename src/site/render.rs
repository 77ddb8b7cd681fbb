//! Rendering the view model into pages, in memory.

use serde::Serialize;

use super::templates::Templates;
use super::view::{ArticleView, SiteInfo, SiteView, TimelineView};
use crate::error::{Error, ErrorKind, Result};

/// One rendered file of the site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    /// Where it goes, relative to the output folder, with `/` separators.
    pub path: String,
    /// Its bytes.
    pub content: Vec<u8>,
}

/// What a template sees. Every page: `page` (`index`, `article` or `style`), `site`, `root`.
/// The index adds `timeline` and `articles`; an article page adds `article`.
#[derive(Serialize)]
struct Context<'a> {
    page: &'static str,
    site: &'a SiteInfo,
    /// The way back to the site root from the page: `""` or `"../"`.
    root: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    timeline: Option<&'a TimelineView>,
    #[serde(skip_serializing_if = "Option::is_none")]
    articles: Option<&'a [ArticleView]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    article: Option<&'a ArticleView>,
}

/// Render every page of `view`, sorted by path. Nothing is written.
pub fn render(view: &SiteView, templates: &Templates) -> Result<Vec<Page>> {
    let page = |path: String, template: &str, context: &Context<'_>| -> Result<Page> {
        let context = tera::Context::from_serialize(context).map_err(|e| {
            Error::new(
                ErrorKind::Template,
                format!("cannot pass the site to the templates: {e}"),
            )
        })?;
        Ok(Page {
            path,
            content: templates.render(template, &context)?.into_bytes(),
        })
    };
    let top = Context {
        page: "style",
        site: &view.site,
        root: "",
        timeline: None,
        articles: None,
        article: None,
    };
    let mut pages = vec![
        page(
            "index.html".to_string(),
            "index.html",
            &Context {
                page: "index",
                timeline: Some(&view.timeline),
                articles: Some(&view.articles),
                ..top
            },
        )?,
        page("style.css".to_string(), "style.css", &top)?,
    ];
    for article in &view.articles {
        pages.push(page(
            article.path.clone(),
            "article.html",
            &Context {
                page: "article",
                root: "../",
                article: Some(article),
                ..top
            },
        )?);
    }
    pages.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(pages)
}
