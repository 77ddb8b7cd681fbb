//! TimeML documents in and out, and the TempEval-3 scorer: the yardstick of the resolver.
//!
//! TimeML is the XML annotation that news temporal taggers (HeidelTime, SUTime) and the
//! TempEval evaluations exchange: an article in `<TEXT>`, its publication date in `<DCT>`,
//! and temporal expressions marked as `<TIMEX3 type=".." value="..">` elements. This module
//!
//! - reads a document ([`Document`]): the creation time, the plain text a tagger sees (every
//!   tag stripped, references decoded) and the TIMEX3 elements already there;
//! - writes it back with the resolver's mentions as TIMEX3 elements ([`tag`],
//!   [`insert_timexes`]), every other byte as it was;
//! - scores a system annotation against gold exactly as TempEval-3 Task A does for timexes
//!   ([`compare`], [`Evaluation`], [`Counts::measures`]) and lists the differences
//!   ([`Discrepancy`]) so that they can be fixed;
//! - counts, for each resolver rule, how often what it wrote agrees with gold
//!   ([`agreement_by_rule`]), to find the rule behind a class of errors.
//!
//! # Example
//!
//! ```
//! use std::path::Path;
//! use claimline::timeml::{Document, Evaluation, compare};
//!
//! let gold = Document::parse(
//!     "<TimeML><TEXT>Sold <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-01-05\">last Monday</TIMEX3>.</TEXT></TimeML>"
//!         .to_string(),
//!     Path::new("gold/a.tml"),
//! ).unwrap();
//! let system = Document::parse(
//!     "<TimeML><TEXT>Sold last <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-01-12\">Monday</TIMEX3>.</TEXT></TimeML>"
//!         .to_string(),
//!     Path::new("system/a.tml"),
//! ).unwrap();
//! let file = compare("a.tml", "gold/a.tml", &gold, &system).unwrap();
//! let m = file.counts.measures();
//! assert_eq!((m.strict.f1, m.relaxed.f1, m.type_f1, m.value_f1), (0.0, 1.0, 1.0, 0.0));
//! assert_eq!(
//!     file.discrepancies[1].to_string(),
//!     "gold/a.tml:1:68: value: \"last Monday\" gold 1998-01-05 system 1998-01-12 (DATE) | Sold [last Monday]."
//! );
//! let corpus = Evaluation { files: vec![file] };
//! assert_eq!(corpus.total().relaxed, 1);
//! ```

mod agreement;
mod align;
mod batch;
mod corpus;
mod discrepancy;
mod document;
mod entity;
mod evaluation;
mod report;
mod score;
mod writer;
mod xml;

pub use agreement::{RuleAgreement, agreement_by_rule, agreement_markdown, agreement_text};
pub use align::align;
pub use batch::{Outcome, tag_files};
pub use corpus::{Pair, files_in, is_timeml_name, output_name, pairs};
pub use discrepancy::{Class, Discrepancy, Problem, Side, classes};
pub use document::{Document, Timex};
pub use entity::{escape_attribute, escape_text};
pub use evaluation::{ByType, Evaluation, FileResult, compare, evaluate};
pub use report::{ReportOptions, json, markdown, text};
pub use score::{Counts, Measures, Prf};
pub use writer::{NewTimex, insert_timexes, tag};
