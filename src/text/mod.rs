//! Plain-text structure shared by the date resolver and the claim extractor: tokens with byte
//! offsets, and the sentences and paragraphs they form. Both stages must agree on where a
//! sentence starts and ends, so there is exactly one splitter.

mod sentence;
mod token;

pub use sentence::{Sentence, sentences, sentences_of_tokens};
pub use token::{Token, TokenKind, tokenize};
