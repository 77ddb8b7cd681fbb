//! Ordering claims in time.
//!
//! The input is a project's claims files, one per article, in a fixed order (the build reads
//! them sorted by file name). The output is a [`Timeline`]: [`Entry`]s in time order, and the
//! claims that have no date kept apart in [`Timeline::undated`], never guessed onto the line.
//!
//! # Placement
//!
//! A claim is placed by the reviewer's `date_override` when set (the entry then says the date
//! was corrected), else by its extracted `when`. Both are read with
//! [`crate::temporal::parse_when`], so `2018-08-08` typed by a reviewer and `2018-08-08` written
//! by the extractor are the same place. A claim with neither is undated.
//!
//! # Grouping
//!
//! One event is often reported twice in one article: "Paul delivered the letter on Wednesday"
//! and "Sen. Paul said in a statement on Wednesday". Claims of the same article with the same
//! placement label that share a name token (see [`name_tokens`]) form one entry; the relation
//! is closed transitively. Members keep article order.
//!
//! # Order
//!
//! Entries are sorted by, in turn:
//!
//! 1. **start** — the first day of the interval. "after X" starts the day after X; "before X"
//!    is open towards the past and sorts before every dated entry;
//! 2. **grain, finer first** — of two entries that start on the same day, the more precise one
//!    comes first: Monday 2018-08-06 before week 2018-W32 (which starts that Monday), the
//!    week before the month. A reader meets the specific event, then the vaguer period it
//!    opens, which reads naturally and keeps days in calendar order: Monday, the week, then
//!    Wednesday 2018-08-08;
//! 3. **end** — the earlier end first: a single day before a range that starts on it; an
//!    interval open towards the future ("after X") after every closed one;
//! 4. **source position** — the article's place in the input, then the claim's place in its
//!    article (claims follow the article's sentences).
//!
//! Every key is total and none depends on hashing, so the same input always gives the same
//! timeline.
//!
//! # What comes next
//!
//! An [`Entry`] holds [`Item`]s that each name their own article, so a timeline fed by many
//! sources needs no new shape: merging the same event across articles, telling the date a
//! claim was made from the date of the event it is about, and flagging sources that disagree
//! on a date are grouping and annotation steps over the same entries.

mod group;
mod names;
mod order;
mod placement;

pub use names::name_tokens;
pub use placement::{Field, Placement, TimelineError, place};

use std::collections::BTreeSet;

use crate::review::{ArticleRecord, Claim, ClaimsFile};
use crate::temporal::When;

use group::Candidate;
use order::SortKey;

/// Claims in time order.
#[derive(Debug, Clone)]
pub struct Timeline<'a> {
    /// Placed entries, oldest first.
    pub entries: Vec<Entry<'a>>,
    /// Claims with no date, in input order.
    pub undated: Vec<Item<'a>>,
}

/// One point or span of the timeline, with the claims placed there.
#[derive(Debug, Clone)]
pub struct Entry<'a> {
    /// Where it is: the placement all its items share.
    pub when: When,
    /// Its claims, in article order; never empty.
    pub items: Vec<Item<'a>>,
}

/// One claim, with where it comes from.
#[derive(Debug, Clone, Copy)]
pub struct Item<'a> {
    /// The index of its claims file in the input.
    pub source: usize,
    /// The article it comes from.
    pub article: &'a ArticleRecord,
    /// Its index in the article's claims.
    pub position: usize,
    /// The claim.
    pub claim: &'a Claim,
    /// True when the reviewer's `date_override` placed it.
    pub corrected: bool,
}

impl Entry<'_> {
    /// True when a reviewer's correction placed any of its claims.
    pub fn corrected(&self) -> bool {
        self.items.iter().any(|i| i.corrected)
    }
}

impl<'a> Timeline<'a> {
    /// Order the claims of `files` that `keep` accepts.
    ///
    /// ```
    /// use claimline::review::{ArticleRecord, Claim, ClaimsFile, WhenRecord};
    /// use claimline::timeline::Timeline;
    ///
    /// let claim = |id: &str, label: Option<&str>| Claim {
    ///     id: id.into(),
    ///     sentence: format!("Sentence {id}."),
    ///     event: None, quote: None, actor: None, speaker: None, attribution: None,
    ///     when: label.map(|l| WhenRecord {
    ///         label: l.into(), from: None, to: None, grain: "day".into(), text: l.into(),
    ///     }),
    ///     dates: vec![], status: "reviewed".into(), verdict: None, conclusion: None,
    ///     sources: vec![], notes: None, reviewer: None, reviewed_at: None, tags: vec![],
    ///     date_override: None,
    ///     gone: false,
    /// };
    /// let file = ClaimsFile {
    ///     article: ArticleRecord {
    ///         id: "a".into(), title: "A".into(), published: "2018-08-08".into(),
    ///         url: None, publisher: None, author: None,
    ///     },
    ///     claims: vec![claim("w", Some("2018-W32")), claim("m", Some("2018-08-06")), claim("u", None)],
    /// };
    /// let files = [file];
    /// let timeline = Timeline::build(&files, |_| true).unwrap();
    /// let labels: Vec<&str> = timeline.entries.iter().map(|e| e.when.label.as_str()).collect();
    /// assert_eq!(labels, ["2018-08-06", "2018-W32"]);
    /// assert_eq!(timeline.undated[0].claim.id, "u");
    /// ```
    pub fn build(
        files: &'a [ClaimsFile],
        keep: impl Fn(&Claim) -> bool,
    ) -> Result<Timeline<'a>, TimelineError> {
        let mut keyed: Vec<(SortKey, Entry<'a>)> = Vec::new();
        let mut undated = Vec::new();
        for (source, file) in files.iter().enumerate() {
            let mut placed: Vec<(Item<'a>, When)> = Vec::new();
            for (position, claim) in file.claims.iter().enumerate() {
                if !keep(claim) {
                    continue;
                }
                let placement = place(&file.article.id, claim)?;
                let item = Item {
                    source,
                    article: &file.article,
                    position,
                    claim,
                    corrected: placement.as_ref().is_some_and(|p| p.corrected),
                };
                match placement {
                    Some(p) => placed.push((item, p.when)),
                    None => undated.push(item),
                }
            }
            let candidates: Vec<Candidate<'_>> = placed
                .iter()
                .map(|(item, when)| Candidate {
                    label: &when.label,
                    names: names_of(item.claim),
                })
                .collect();
            for members in group::group(&candidates) {
                let first = &placed[members[0]];
                let when = first.1.clone();
                let key = SortKey::new(&when, source, first.0.position);
                let items = members.iter().map(|&m| placed[m].0).collect();
                keyed.push((key, Entry { when, items }));
            }
        }
        keyed.sort_by(|a, b| a.0.cmp(&b.0));
        Ok(Timeline {
            entries: keyed.into_iter().map(|(_, e)| e).collect(),
            undated,
        })
    }

    /// How many claims it holds, placed and undated.
    pub fn claim_count(&self) -> usize {
        self.entries.iter().map(|e| e.items.len()).sum::<usize>() + self.undated.len()
    }
}

/// The name tokens of a claim: those of its actor and its speaker together.
fn names_of(claim: &Claim) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for phrase in [&claim.actor, &claim.speaker].into_iter().flatten() {
        names.extend(name_tokens(phrase));
    }
    names
}
