//! Claims: the sentences of an article a fact-checker will check, with their dates, their
//! speaker and their quotations.
//!
//! [`extract`] reads an article once and returns its [`ClaimsFile`], in memory; writing it,
//! merging it with a reviewed file and checking it belong to [`crate::review`]. The pipeline:
//!
//! 1. the body is resolved for dates once ([`crate::temporal::analyze`]) and cut into tokens
//!    and sentences once ([`crate::text`]);
//! 2. each paragraph is told prose or page furniture (`boilerplate`), its quotations are
//!    found (`quote`) and block quotations are recognised (`block`);
//! 3. each prose sentence becomes a claim when it carries a date reference, a quotation or
//!    an attribution. Its quotations folded away (`words`), the sentence gives its subject
//!    (`actor`), its speaker (`attribution`, cleaned and expanded by `names`), its
//!    clauses (`clause`), the anchor that places it (`when`) and what happened
//!    (`event`);
//! 4. what one sentence cannot know is filled in from its neighbours: a quotation running
//!    over several sentences is attributed in all of them, a block quotation to its
//!    introducer, a sentence that is only a quotation to the speaker of the sentence before
//!    it in the same paragraph, and a pronoun speaker ("she added") to the named speaker of
//!    the sentence just before;
//! 5. each claim gets a stable id from its sentence (`id`) and the project's initial
//!    review status; the other review fields are left for the reviewer.
//!
//! A claim's `when` comes only from the date references in its own sentence: a sentence
//! quoted from a block or from a long quotation does not inherit the date of the sentence
//! that introduced it, because that date is when it was said, not what it is about.
//!
//! ```
//! use std::path::Path;
//! use claimline::{article::Article, claims, config::Config};
//!
//! let text = "---\ntitle: Visit\npublished: 2018-08-08\n---\n\
//!             “We are ready,” Gov. Jane Roe said on Monday.\n";
//! let article = Article::parse(text, Path::new("visit.md")).unwrap();
//! let file = claims::extract(&article, &Config::default());
//! let claim = &file.claims[0];
//! assert_eq!(claim.quote.as_deref(), Some("We are ready"));
//! assert_eq!(claim.speaker.as_deref(), Some("Jane Roe"));
//! assert_eq!(claim.attribution.as_deref(), Some("said"));
//! assert_eq!(claim.when.as_ref().map(|w| w.label.as_str()), Some("2018-08-06"));
//! assert_eq!(claim.status, "unreviewed");
//! ```

mod actor;
mod attribution;
mod block;
mod boilerplate;
mod clause;
mod event;
mod id;
mod lexicon;
mod names;
mod parse;
mod quote;
mod when;
mod words;

use std::collections::BTreeMap;
use std::ops::Range;

use crate::article::{Article, Published};
use crate::config::Config;
use crate::review::{ArticleRecord, Claim, ClaimsFile, DateRecord, WhenRecord};
use crate::temporal::{self, Analysis};
use crate::text::{self, Sentence, Token};

use actor::SubjectKind;
use block::Role as BlockRole;
use quote::Quotation;
use words::Words;

/// Extract the claims of `article`, resolving its dates against its publication date.
pub fn extract(article: &Article, config: &Config) -> ClaimsFile {
    let analysis = temporal::analyze(&article.body, article.meta.published.date);
    extract_with(article, &analysis, config)
}

/// Extract the claims of `article` with the date `analysis` of its body already made: for
/// callers that also show or score the dates, and for checking the extractor against gold
/// dates. The analysis's offsets must be into `article.body`; mentions and anchors that do
/// not fall inside a sentence are ignored.
pub fn extract_with(article: &Article, analysis: &Analysis, config: &Config) -> ClaimsFile {
    let body = article.body.as_str();
    let tokens = text::tokenize(body);
    let sentences = text::sentences_of_tokens(body, &tokens);
    let drafts = Extraction::new(body, analysis, &tokens, &sentences).drafts();
    let mut ids = id::Ids::default();
    let claims = drafts
        .into_iter()
        .map(|d| Claim {
            id: ids.next(&d.sentence),
            gone: false,
            sentence: d.sentence,
            event: d.event,
            quote: d.quote,
            actor: d.actor,
            speaker: d.speaker,
            attribution: d.attribution,
            when: d.when,
            dates: d.dates,
            status: config.initial_status().to_string(),
            verdict: None,
            conclusion: None,
            sources: Vec::new(),
            notes: None,
            reviewer: None,
            reviewed_at: None,
            tags: Vec::new(),
            date_override: None,
        })
        .collect();
    ClaimsFile {
        article: article_record(article),
        claims,
    }
}

/// The article's metadata as the claims file records it.
fn article_record(article: &Article) -> ArticleRecord {
    ArticleRecord {
        id: article.id.clone(),
        title: article.meta.title.clone(),
        published: published_text(&article.meta.published),
        url: article.meta.url.clone(),
        publisher: article.meta.publisher.clone(),
        author: article.meta.author.clone(),
    }
}

/// The publication date as the front matter gave it: a date, or a date-time with offset.
fn published_text(published: &Published) -> String {
    match published.moment {
        Some(moment) => moment.to_rfc3339(),
        None => published.date.to_string(),
    }
}

/// A paragraph: its sentences and tokens.
#[derive(Debug, Clone)]
struct Paragraph {
    start: usize,
    end: usize,
    sentences: Range<usize>,
    prose: bool,
}

/// A claim before its id.
#[derive(Debug, Clone)]
struct Draft {
    sentence: String,
    event: Option<String>,
    quote: Option<String>,
    actor: Option<String>,
    speaker: Option<String>,
    attribution: Option<String>,
    when: Option<WhenRecord>,
    dates: Vec<DateRecord>,
    /// The quotations the sentence overlaps.
    quotations: Vec<usize>,
    /// For a sentence that is nothing but a quotation: who the sentence before it, in the
    /// same paragraph, attributed its words to. Newswriting does not repeat "she said" for
    /// each sentence a speaker goes on with.
    follows: Option<Said>,
}

/// Who a sentence's words are attributed to.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Said {
    speaker: Option<String>,
    phrase: String,
}

/// The sentence just before the one being read.
#[derive(Debug, Clone)]
struct Previous {
    sentence: usize,
    paragraph: usize,
    said: Option<Said>,
}

/// One article being extracted.
struct Extraction<'a> {
    body: &'a str,
    analysis: &'a Analysis,
    tokens: &'a [Token],
    sentences: &'a [Sentence],
    paragraphs: Vec<Paragraph>,
    quotations: Vec<Quotation>,
    blocks: Vec<BlockRole>,
    names: names::Names<'a>,
}

impl<'a> Extraction<'a> {
    fn new(
        body: &'a str,
        analysis: &'a Analysis,
        tokens: &'a [Token],
        sentences: &'a [Sentence],
    ) -> Extraction<'a> {
        let paragraphs = paragraphs(body, tokens, sentences);
        let mut quotations = Vec::new();
        let mut has_quotation = Vec::with_capacity(paragraphs.len());
        for p in &paragraphs {
            let found = quote::find(body, p.start, p.end);
            has_quotation.push(!found.is_empty());
            quotations.extend(found);
        }
        let starts: Vec<usize> = sentences.iter().map(|s| s.start).collect();
        let mut extraction = Extraction {
            body,
            analysis,
            tokens,
            sentences,
            paragraphs,
            quotations,
            blocks: Vec::new(),
            names: names::Names::new(body, tokens, &starts),
        };
        let shapes: Vec<block::Shape> = extraction
            .paragraphs
            .iter()
            .zip(has_quotation)
            .map(|(p, has_quotation)| block::Shape {
                prose: p.prose,
                has_quotation,
                ends_with_colon: body[p.start..p.end].trim_end().ends_with(':'),
                attributes: p.prose
                    && p.sentences.clone().any(|k| {
                        let words = extraction.words(k);
                        extraction.parse(&words, true).attribution.is_some()
                    }),
            })
            .collect();
        extraction.blocks = block::roles(&shapes);
        extraction
    }

    /// The claims, in article order.
    fn drafts(&self) -> Vec<Draft> {
        let mut drafts: Vec<Draft> = Vec::new();
        // What each quotation is attributed to, and each block introducer.
        let mut quoted_by: BTreeMap<usize, Said> = BTreeMap::new();
        let mut introduced_by: BTreeMap<usize, Option<Said>> = BTreeMap::new();
        let mut previous: Option<Previous> = None;
        for (p, paragraph) in self.paragraphs.iter().enumerate() {
            if !paragraph.prose {
                previous = None;
                continue;
            }
            for k in paragraph.sentences.clone() {
                let before = previous.take().filter(|prev| prev.sentence + 1 == k);
                let Some((mut draft, said)) = self.sentence(p, k, before.as_ref(), &introduced_by)
                else {
                    continue;
                };
                if let Some(said) = &said {
                    for &q in &draft.quotations {
                        quoted_by.entry(q).or_insert_with(|| said.clone());
                    }
                }
                if let BlockRole::Introducer(_) = self.blocks[p] {
                    if k + 1 == paragraph.sentences.end {
                        introduced_by.insert(p, said.clone());
                        draft.quote = Some(self.block_text(p));
                    }
                }
                previous = Some(Previous {
                    sentence: k,
                    paragraph: p,
                    said,
                });
                drafts.push(draft);
            }
        }
        // A quotation over several sentences is attributed where its attribution stands; a
        // bare quotation otherwise continues the speaker before it.
        for draft in &mut drafts {
            if draft.speaker.is_some() || draft.attribution.is_some() {
                continue;
            }
            let said = draft
                .quotations
                .iter()
                .find_map(|q| quoted_by.get(q))
                .cloned()
                .or_else(|| draft.follows.clone());
            if let Some(said) = said {
                draft.speaker = said.speaker;
                draft.attribution = Some(said.phrase);
            }
        }
        drafts
    }

    /// The words of sentence `k`, with its date references marked.
    fn words(&self, k: usize) -> Words<'a> {
        let s = self.sentences[k];
        let spans = self
            .analysis
            .mentions
            .iter()
            .map(|m| (m.start, m.end))
            .chain(self.analysis.anchors.iter().map(|a| (a.start, a.end)))
            .filter(|&(start, end)| s.start <= start && end <= s.end)
            .collect();
        Words::new(
            self.body,
            self.tokens_of(s.start, s.end),
            &self.quotations,
            spans,
        )
    }

    /// `words` read by the grammar rules.
    fn parse(&self, words: &Words, attribute: bool) -> parse::Parsed {
        parse::Parsed::of(words, &|w| self.names.is_known(w), attribute)
    }

    /// The claim of sentence `k` in paragraph `p`, and who it attributes its words to;
    /// `before` is the sentence just before it.
    fn sentence(
        &self,
        p: usize,
        k: usize,
        before: Option<&Previous>,
        introduced_by: &BTreeMap<usize, Option<Said>>,
    ) -> Option<(Draft, Option<Said>)> {
        let s = self.sentences[k];
        if boilerplate::addresses_reader(self.body, self.tokens_of(s.start, s.end)) {
            return None;
        }
        let words = self.words(k);
        let block_role = &self.blocks[p];
        let in_block = matches!(block_role, BlockRole::Quoted(_));
        let parsed = self.parse(&words, !in_block);
        let anchor = when::choose(self.analysis, s.start, s.end, &words, &parsed.clauses);
        // What a block quotation says happened is an event only when it says when; otherwise
        // it is the quoted speaker's words, which `quote` holds.
        let event = if in_block && anchor.is_none() {
            None
        } else {
            event::event(event::Parts {
                words: &words,
                clauses: &parsed.clauses,
                subject: parsed.subject.as_ref(),
                speech: parsed.speech(),
                anchor: anchor.map(|a| (a.start, a.end)),
            })
        };
        let actor = parsed
            .subject
            .filter(|s| s.kind == SubjectKind::Name)
            .map(|s| collapse(words.source(s.start, s.end)));
        let quotations: Vec<usize> = (0..self.quotations.len())
            .filter(|&q| {
                let quotation = self.quotations[q];
                quotation.open < s.end && s.start < quotation.close
            })
            .collect();
        let sentence = collapse(s.text(self.body));
        let said_before = before.and_then(|b| b.said.as_ref());
        let (quote, said) = match block_role {
            BlockRole::Quoted(introducer) => (
                Some(sentence.clone()),
                introduced_by.get(introducer).cloned().flatten(),
            ),
            _ => {
                let quote = self.inline_quote(&quotations, s.start, s.end);
                let said = parsed.attribution.as_ref().map(|a| Said {
                    speaker: match a.kind {
                        // "she added": the speaker of the sentence just before, if named.
                        SubjectKind::Pronoun => said_before.and_then(|b| b.speaker.clone()),
                        _ => self
                            .names
                            .speaker(words.source(a.speaker.0, a.speaker.1), s.start),
                    },
                    phrase: a.phrase.clone(),
                });
                (quote, said)
            }
        };
        let follows = said_before
            .filter(|_| words.is_only_quotation() && before.is_some_and(|b| b.paragraph == p))
            .cloned();
        let mentions = self
            .analysis
            .mentions
            .iter()
            .filter(|m| s.start <= m.start && m.end <= s.end);
        let draft = Draft {
            sentence,
            event,
            quote,
            actor,
            speaker: said.as_ref().and_then(|w| w.speaker.clone()),
            attribution: said.as_ref().map(|w| w.phrase.clone()),
            when: anchor.map(when::record),
            dates: mentions.map(when::date_record).collect(),
            quotations,
            follows,
        };
        let introduces = matches!(block_role, BlockRole::Introducer(_))
            && k + 1 == self.paragraphs[p].sentences.end;
        let is_claim = !draft.dates.is_empty()
            || draft.quote.is_some()
            || draft.attribution.is_some()
            || introduces;
        is_claim.then_some((draft, said))
    }

    /// The words of the quotations in `from..to`, joined.
    fn inline_quote(&self, quotations: &[usize], from: usize, to: usize) -> Option<String> {
        let parts: Vec<String> = quotations
            .iter()
            .filter_map(|&q| self.quotations[q].words_within(self.body, from, to))
            .map(collapse)
            .collect();
        (!parts.is_empty()).then(|| parts.join(" … "))
    }

    /// The text of the block quotation introduced by paragraph `p`, paragraphs apart.
    fn block_text(&self, p: usize) -> String {
        let BlockRole::Introducer(quoted) = &self.blocks[p] else {
            return String::new();
        };
        quoted
            .iter()
            .map(|&q| collapse(&self.body[self.paragraphs[q].start..self.paragraphs[q].end]))
            .collect::<Vec<_>>()
            .join("\n\n")
    }

    /// The tokens inside `from..to`.
    fn tokens_of(&self, from: usize, to: usize) -> &'a [Token] {
        let first = self.tokens.partition_point(|t| t.start < from);
        let last = self.tokens.partition_point(|t| t.start < to);
        &self.tokens[first..last]
    }
}

/// The paragraphs the sentences form.
fn paragraphs(body: &str, tokens: &[Token], sentences: &[Sentence]) -> Vec<Paragraph> {
    let mut out: Vec<Paragraph> = Vec::new();
    for (k, s) in sentences.iter().enumerate() {
        match out.last_mut() {
            Some(p) if p.sentences.end == k && sentences[k - 1].paragraph == s.paragraph => {
                p.end = s.end;
                p.sentences.end = k + 1;
            }
            _ => out.push(Paragraph {
                start: s.start,
                end: s.end,
                sentences: k..k + 1,
                prose: false,
            }),
        }
    }
    for p in &mut out {
        let first = tokens.partition_point(|t| t.start < p.start);
        let last = tokens.partition_point(|t| t.start < p.end);
        p.prose = boilerplate::is_prose(body, &tokens[first..last]);
    }
    out
}

/// Trimmed, each run of white space as one space.
fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests;
