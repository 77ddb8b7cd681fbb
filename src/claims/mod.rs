//! Claims: sentences with their dates, attribution and quotes, ready for review.

use crate::article::Article;
use crate::config::Config;
use crate::review::{ArticleRecord, Claim, ClaimsFile, DateRecord, WhenRecord};

/// INTERIM (branch `review`): one claim per sentence that has a temporal anchor, with its
/// dates and placement but no attribution or quote. The real extractor (branch `claims`)
/// replaces this whole function at merge time; nothing else depends on how it works.
pub fn extract(article: &Article, config: &Config) -> ClaimsFile {
    let body = &article.body;
    let analysis = crate::temporal::analyze(body, article.meta.published.date);
    let mut claims: Vec<Claim> = Vec::new();
    for sentence in crate::text::sentences(body) {
        let inside = |start: usize, end: usize| sentence.start <= start && end <= sentence.end;
        let Some(anchor) = analysis.anchors.iter().find(|a| inside(a.start, a.end)) else {
            continue;
        };
        let text = sentence
            .text(body)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        // A readable, stable id: the first words, and a hash of the sentence (FNV-1a) that
        // tells apart sentences starting alike.
        let mut hash: u32 = 0x811c_9dc5;
        for b in text.bytes() {
            hash = (hash ^ u32::from(b)).wrapping_mul(0x0100_0193);
        }
        let words: Vec<String> = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .take(5)
            .map(str::to_lowercase)
            .collect();
        let mut id = format!("{}-{:04x}", words.join("-"), hash & 0xffff);
        while claims.iter().any(|c| c.id == id) {
            id.push('x');
        }
        let day = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string());
        claims.push(Claim {
            id,
            gone: false,
            sentence: text,
            event: None,
            quote: None,
            actor: None,
            speaker: None,
            attribution: None,
            when: Some(WhenRecord {
                label: anchor.when.label.clone(),
                from: day(anchor.when.from),
                to: day(anchor.when.to),
                grain: anchor.when.grain.to_string(),
                text: anchor.text.clone(),
            }),
            dates: analysis
                .mentions
                .iter()
                .filter(|m| inside(m.start, m.end))
                .map(|m| DateRecord {
                    text: m.text.clone(),
                    kind: m.kind.to_string(),
                    value: m.value.clone(),
                    modifier: m.modifier.map(|x| x.to_string()),
                    from: day(m.interval.map(|i| i.first())),
                    to: day(m.interval.map(|i| i.last())),
                    grain: m.grain.map(|g| g.to_string()),
                    why: m.why.clone(),
                })
                .collect(),
            status: config.initial_status().to_string(),
            verdict: None,
            conclusion: None,
            sources: Vec::new(),
            notes: None,
            reviewer: None,
            reviewed_at: None,
            tags: Vec::new(),
            date_override: None,
        });
    }
    let meta = &article.meta;
    ClaimsFile {
        article: ArticleRecord {
            id: article.id.clone(),
            title: meta.title.clone(),
            published: match meta.published.moment {
                Some(m) => m.to_rfc3339(),
                None => meta.published.date.to_string(),
            },
            url: meta.url.clone(),
            publisher: meta.publisher.clone(),
            author: meta.author.clone(),
        },
        claims,
    }
}
