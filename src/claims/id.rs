//! Claim ids that survive re-extraction.
//!
//! Reviewers' work is keyed by claim id, so an id must not change when the article is
//! re-extracted: not when the extractor improves, not when another paragraph is edited. It
//! is therefore derived from the claim's own sentence only: `c-` and eight hex digits of a
//! 64-bit FNV-1a hash of the normalised sentence, folded to 32 bits. Normalising (white space
//! runs as one space, curly quotes as straight ones, lower case) keeps the id when a
//! sentence is re-wrapped or its typography cleaned.
//!
//! FNV-1a is written out here because its output is fixed by its definition; the standard
//! library's `DefaultHasher` may change between Rust releases.
//!
//! A sentence that appears twice gets `-2` on its second id, `-3` on its third, in article
//! order; so does, in the unlikely case, a different sentence whose hash collides with an
//! earlier one. Only adding or removing an earlier copy of the same sentence moves these
//! suffixes.

use std::collections::BTreeSet;

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// 64-bit FNV-1a of `bytes`.
fn fnv1a64(bytes: &[u8]) -> u64 {
    bytes.iter().fold(FNV_OFFSET, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(FNV_PRIME)
    })
}

/// The form of a sentence its id is computed from.
fn normalize(sentence: &str) -> String {
    let mut out = String::with_capacity(sentence.len());
    for word in sentence.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        for c in word.chars() {
            match c {
                '“' | '”' | '„' | '«' | '»' => out.push('"'),
                '‘' | '’' | '‚' => out.push('\''),
                // Unicode lower case of ASCII is ASCII lower case; most characters are ASCII.
                _ if c.is_ascii() => out.push(c.to_ascii_lowercase()),
                _ => out.extend(c.to_lowercase()),
            }
        }
    }
    out
}

/// The base id of a sentence, before any duplicate suffix.
fn base_id(sentence: &str) -> String {
    let hash = fnv1a64(normalize(sentence).as_bytes());
    format!("c-{:08x}", (hash >> 32) ^ (hash & 0xffff_ffff))
}

/// Hands out the ids of one article's claims, in article order.
#[derive(Debug, Default)]
pub(crate) struct Ids {
    used: BTreeSet<String>,
}

impl Ids {
    /// The id of the next claim, whose sentence is `sentence`.
    pub fn next(&mut self, sentence: &str) -> String {
        let base = base_id(sentence);
        let mut id = base.clone();
        let mut n = 1;
        while self.used.contains(&id) {
            n += 1;
            id = format!("{base}-{n}");
        }
        self.used.insert(id.clone());
        id
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv1a_matches_the_published_vectors() {
        assert_eq!(fnv1a64(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a64(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a64(b"foobar"), 0x8594_4171_f739_67e8);
    }

    #[test]
    fn ids_are_fixed_by_the_sentence() {
        // A changed hash would orphan every reviewed claim: this value must never change.
        assert_eq!(base_id("Paul met Putin on Monday."), "c-f5b97818");
        assert_ne!(base_id("Paul met Putin on Tuesday."), "c-f5b97818");
    }

    #[test]
    fn spacing_case_and_quote_style_do_not_matter() {
        assert_eq!(
            base_id("“We won,” she said."),
            base_id("\"We  won,\"\n she   said.")
        );
        assert_eq!(base_id("Paul’s trip"), base_id("paul's TRIP"));
    }

    #[test]
    fn duplicates_get_suffixes_in_order() {
        let mut ids = Ids::default();
        let a = ids.next("Thank you.");
        let b = ids.next("Something else.");
        let c = ids.next("Thank you.");
        let d = ids.next("Thank  you.");
        assert_eq!(c, format!("{a}-2"));
        assert_eq!(d, format!("{a}-3"));
        assert_ne!(a, b);
    }
}
