//! The pipeline: tokens and lexicon, rules, refiners, resolution, anchors.

use chrono::NaiveDate;

use super::anchor;
use super::doc::Doc;
use super::refine;
use super::resolve::Resolver;
use super::rules;
use super::{Analysis, Mention};

pub(super) fn analyze(text: &str, published: NaiveDate) -> Analysis {
    let doc = Doc::new(text);
    let candidates = refine::select(rules::collect(&doc));
    let candidates = refine::complete_ranges(&doc, candidates);
    let candidates = refine::attach_times(&doc, candidates);
    let candidates = refine::widen_to_weeks(&doc, candidates);
    let mut resolver = Resolver::new(published);
    let mut kept = Vec::with_capacity(candidates.len());
    let mut mentions = Vec::with_capacity(candidates.len());
    for c in candidates {
        let Some(r) = resolver.resolve(&doc, &c) else {
            continue;
        };
        let (start, end) = doc.span(c.start, c.end);
        mentions.push(Mention {
            start,
            end,
            text: text[start..end].to_string(),
            kind: r.kind,
            value: r.value,
            modifier: r.modifier,
            interval: r.interval,
            grain: r.grain,
            rule: c.rule,
            why: r.why,
        });
        kept.push(c);
    }
    let anchors = anchor::build(&doc, &kept, &mentions);
    Analysis { mentions, anchors }
}
