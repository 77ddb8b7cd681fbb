//! Claims: sentences with their dates, attribution and quotes, ready for review.
//!
//! INTERIM (branches `site` and `review`): a minimal extractor so that `claimline build` works end to end
//! before the real one (branch `claims`) lands. It makes one claim per sentence that holds a
//! timeline anchor, with no attribution, quote or event. The real extractor replaces this
//! whole file at merge; keep nothing else here.

use crate::article::Article;
use crate::config::Config;
use crate::review::{ArticleRecord, Claim, ClaimsFile, DateRecord, WhenRecord};
use crate::temporal::analyze;
use crate::text::sentences;

/// The claims of `article`: one per sentence that places something on the timeline.
pub fn extract(article: &Article, config: &Config) -> ClaimsFile {
    let body = &article.body;
    let analysis = analyze(body, article.meta.published.date);
    let mut claims = Vec::new();
    for (index, sentence) in sentences(body).iter().enumerate() {
        let inside = |start: usize| sentence.start <= start && start < sentence.end;
        let Some(anchor) = analysis.anchors.iter().find(|a| inside(a.start)) else {
            continue;
        };
        let when = &anchor.when;
        // A stable id (the contract: it survives re-extraction when other sentences move):
        // the first words and a hash (FNV-1a) of the sentence.
        let text = sentence.text(body);
        let mut hash: u32 = 0x811c_9dc5;
        for b in text
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .bytes()
        {
            hash = (hash ^ u32::from(b)).wrapping_mul(0x0100_0193);
        }
        let words: Vec<String> = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .take(5)
            .map(str::to_lowercase)
            .collect();
        let mut id = format!("{}-{:04x}", words.join("-"), hash & 0xffff);
        while claims.iter().any(|c: &Claim| c.id == id) {
            id.push_str(&format!("-{index}"));
        }
        claims.push(Claim {
            id,
            gone: false,
            sentence: sentence.text(body).to_string(),
            event: None,
            quote: None,
            actor: None,
            speaker: None,
            attribution: None,
            when: Some(WhenRecord {
                label: when.label.clone(),
                from: when.from.map(|d| d.to_string()),
                to: when.to.map(|d| d.to_string()),
                grain: when.grain.to_string(),
                text: anchor.text.clone(),
            }),
            dates: analysis
                .mentions
                .iter()
                .filter(|m| inside(m.start))
                .map(|m| DateRecord {
                    text: m.text.clone(),
                    kind: m.kind.to_string(),
                    value: m.value.clone(),
                    modifier: m.modifier.map(|x| x.to_string()),
                    from: m.interval.map(|i| i.first().to_string()),
                    to: m.interval.map(|i| i.last().to_string()),
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
    let published = &article.meta.published;
    ClaimsFile {
        article: ArticleRecord {
            id: article.id.clone(),
            title: article.meta.title.clone(),
            published: published
                .moment
                .map_or_else(|| published.date.to_string(), |m| m.to_rfc3339()),
            url: article.meta.url.clone(),
            publisher: article.meta.publisher.clone(),
            author: article.meta.author.clone(),
        },
        claims,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn one_claim_per_dated_sentence() {
        let text = "---\ntitle: T\npublished: 2018-08-08\n---\nPaul spoke on Monday. Nothing else.\n\nHe left on Wednesday.\n";
        let article = Article::parse(text, Path::new("a.md")).unwrap();
        let file = extract(&article, &Config::default());
        assert_eq!(file.article.id, "a");
        assert_eq!(file.article.published, "2018-08-08");
        let got: Vec<(&str, &str, &str)> = file
            .claims
            .iter()
            .map(|c| {
                let when = c.when.as_ref().unwrap();
                (c.id.as_str(), c.sentence.as_str(), when.label.as_str())
            })
            .collect();
        assert_eq!(
            got,
            [
                (
                    "paul-spoke-on-monday-c37e",
                    "Paul spoke on Monday.",
                    "2018-08-06"
                ),
                (
                    "he-left-on-wednesday-5fde",
                    "He left on Wednesday.",
                    "2018-08-08"
                )
            ]
        );
        assert_eq!(file.claims[0].status, "unreviewed");
        assert_eq!(file.claims[0].dates[0].text, "Monday");
    }
}
