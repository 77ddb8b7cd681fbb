//! Finding date references in news text and resolving them against the publication date.
//!
//! This is the heart of claimline. A news article says *when* in words that only make sense
//! against the day it was published: "on Wednesday", "in July", "this fall", "last week". The
//! resolver reads the text once and returns two things:
//!
//! - [`Mention`]s: every temporal expression, as TimeML (TIMEX3) would mark it, with its type,
//!   its TimeML value, the interval of days it covers and the rule that produced it. This is
//!   what `claimline dates` prints and what the TempEval scorer compares with gold annotation.
//! - [`Anchor`]s: where a phrase puts an event on a timeline. Usually one mention ("on
//!   Wednesday"), but a range ("from August 5 to August 8") joins two, and a phrase such as
//!   "until after the 2018 midterm elections" is read more richly than TimeML allows: TimeML
//!   marks only "2018", the timeline places the event after election day, 2018-11-06.
//!
//! # How it works
//!
//! Following chrono-node and HeidelTime, resolution happens in stages, each small:
//!
//! 1. the text is tokenized once ([`crate::text::tokenize`]) and each word is looked up in the
//!    lexicon (`lexicon.rs`); most tokens are not temporal and cost nothing further;
//! 2. rules, one family per file under `rules/`, parse an under-specified expression around
//!    each temporal word ("Wednesday", with no week yet);
//! 3. refiners merge neighbours ("Friday" + "morning", "August 5" + "to" + "August 8"), take
//!    in modifiers ("early", "the past", "ago") and drop overlaps and latent matches ("may"
//!    the modal verb);
//! 4. each expression is resolved against the publication date, the tense of the sentence it
//!    sits in, and the narrative's current reference time ("the next day").
//!
//! The module does no I/O; its only error type, [`TemporalError`], is for parsing values.
//!
//! # Conventions
//!
//! Where TimeML leaves a choice, the resolver follows how annotated news marks it (measured on
//! TimeBank, AQUAINT and the project's news sets; `docs/ACCURACY.md`), and where they
//! disagree, the guidelines and the reading most of them share:
//!
//! - **Extent.** Articles and possessives belong to the noun phrase ("its fourth quarter", "a
//!   [third-quarter] loss", "the eight-year war"); prepositions are not part of the
//!   expression ("within a week", "over three years"); "early", "late", "mid-", "earlier",
//!   "later", "nearly", "about", "around" are ("early July", `START`; "earlier this month";
//!   "about five hours", `APPROX`); "almost" is not.
//! - **Type.** A clock time is a TIME, and so is a part of a day however the day is named
//!   ("this morning", "Wednesday night": `2018-08-08TNI`). "In recent years" is a duration
//!   (`PXY`).
//! - **Tense.** The verb before a reference governs it; a reporting clause after it only when
//!   nothing before does. Present-tense schedules ("reopens Saturday"), plans ("is scheduled
//!   for"), deadlines ("until", "by", "effective") look ahead; infinitives after a past verb
//!   take the nearest reading.
//! - **Comparisons.** "A year ago" and "a year earlier" compare with the period the story
//!   reports on (in earnings stories, the quarter) and keep its grain.
//!
//! Every rule family keeps its examples beside it (`rules/*.rs`, `EXAMPLES` and `NEGATIVES`),
//! and one test runs them all.
//!
//! # Example
//!
//! ```
//! use chrono::NaiveDate;
//! use claimline::temporal::analyze;
//!
//! let published = NaiveDate::from_ymd_opt(2018, 8, 8).unwrap(); // a Wednesday
//! let found = analyze("Paul met Putin's aides on Monday.", published);
//! assert_eq!(found.mentions[0].text, "Monday");
//! assert_eq!(found.mentions[0].value, "2018-08-06");
//! ```

mod anchor;
mod chronology;
mod deadline_days;
mod doc;
mod engine;
mod error;
mod expr;
mod fiscal_years;
mod hebrew_calendar;
mod hemisphere;
mod holidays;
mod lexicon;
mod refine;
mod resolve;
mod rules;
mod solstices;
mod tense;
mod undated_hours;
mod undated_months;
mod value;

pub use error::TemporalError;
pub use value::{Grain, Interval, Mod, Season, TimexType, When, parse_value, parse_when};

/// The rule name of an amount of time ahead ("will reopen in two weeks") on the anchor that
/// places it: the one anchor built from a duration that still places its event.
pub(crate) const IN_UNITS_AHEAD: &str = expr::rule_name::IN_UNITS_AHEAD;

use serde::ser::{Serialize, SerializeMap, Serializer};

use chrono::NaiveDate;

/// One temporal expression found in a text, resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Byte offset of the first byte in the analysed text.
    pub start: usize,
    /// Byte offset just past the last byte.
    pub end: usize,
    /// The words as written.
    pub text: String,
    /// TimeML type.
    pub kind: TimexType,
    /// TimeML value: `2018-08-08`, `2018-W32`, `2018-FA`, `P3Y`, `PRESENT_REF`...
    pub value: String,
    /// TimeML `mod`: "early July" is `2018-07` with `START`.
    pub modifier: Option<Mod>,
    /// The days it covers; `None` for durations, sets and vague references.
    pub interval: Option<Interval>,
    /// How precise it is; `None` for vague references such as "recently".
    pub grain: Option<Grain>,
    /// The rule that recognised it, for debugging and for the review file.
    pub rule: &'static str,
    /// Why it resolved to this value, in words a reviewer can check.
    pub why: String,
}

impl Serialize for Mention {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("text", &self.text)?;
        map.serialize_entry("start", &self.start)?;
        map.serialize_entry("end", &self.end)?;
        map.serialize_entry("type", self.kind.as_str())?;
        map.serialize_entry("value", &self.value)?;
        if let Some(m) = self.modifier {
            map.serialize_entry("mod", m.as_str())?;
        }
        map.serialize_entry("from", &self.interval.map(|i| i.first()))?;
        map.serialize_entry("to", &self.interval.map(|i| i.last()))?;
        map.serialize_entry("grain", &self.grain)?;
        map.serialize_entry("rule", self.rule)?;
        map.serialize_entry("why", &self.why)?;
        map.end()
    }
}

/// A phrase that places events on the timeline, and where it places them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Anchor {
    /// Byte offset of the phrase ("from August 5 to August 8", "after the 2018 midterm
    /// elections").
    pub start: usize,
    /// Byte offset just past the phrase.
    pub end: usize,
    /// The phrase as written.
    pub text: String,
    /// Where it places an event.
    pub when: When,
    /// Indexes into [`Analysis::mentions`] of the mentions it is built from.
    pub mentions: Vec<usize>,
    /// The rule that built it.
    pub rule: &'static str,
}

/// Everything the resolver found in one text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Analysis {
    /// Temporal expressions in text order.
    pub mentions: Vec<Mention>,
    /// Timeline placements in text order.
    pub anchors: Vec<Anchor>,
}

/// Whether `word` names a weekday or a month ("Friday", "Aug"), whatever its case.
pub(crate) fn is_calendar_name(word: &str) -> bool {
    matches!(
        lexicon::lookup(&word.to_ascii_lowercase()),
        lexicon::Lex::Weekday(_) | lexicon::Lex::Month(_) | lexicon::Lex::MonthAbbr(_)
    )
}

/// Find and resolve every temporal expression in `text`, a news article published on
/// `published`.
pub fn analyze(text: &str, published: NaiveDate) -> Analysis {
    engine::analyze(text, published)
}
