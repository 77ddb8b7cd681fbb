//! claimline: find the dates in news articles, resolve them against the publication date,
//! extract the claims attached to them, let fact-checkers review those claims in YAML, and
//! publish the reviewed timeline as a static site.
//!
//! The library does the work; the `claimline` binary is a thin command line over it. The
//! stages, each a module:
//!
//! - [`article`]: an article file, its front matter and body;
//! - [`text`]: tokens and sentences, shared by the stages below;
//! - [`temporal`]: finding and resolving date references (the heart of the project);
//! - [`claims`]: sentences, attribution and quotes, turned into reviewable claims;
//! - [`review`]: the claims files reviewers edit, and safe re-extraction into them;
//! - [`timeline`]: ordering claims in time;
//! - [`site`]: rendering the timeline with tera templates;
//! - [`timeml`]: TimeML input and output, and the TempEval-3 scorer.
//!
//! All YAML goes through [`yaml`], all file writes through [`output`].

pub mod article;
pub mod claims;
pub mod config;
pub mod error;
pub mod output;
pub mod review;
pub mod site;
pub mod temporal;
pub mod text;
pub mod timeline;
pub mod timeml;
pub mod yaml;

pub use error::{Error, ErrorKind, Result};
