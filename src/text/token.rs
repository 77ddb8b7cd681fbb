//! Splitting text into words, numbers and punctuation, keeping byte offsets.
//!
//! Everything downstream (date rules, sentence splitting, attribution) works on tokens rather
//! than on characters: a rule that asks "is the next word a month?" should not care about
//! double spaces or line breaks. Offsets are bytes into the original text so that spans can be
//! cut out of it, and rewritten around it, without copying.
//!
//! The split is deliberately fine: "third-quarter" is three tokens, "1990s" is a number glued to
//! the word "s", "10:35" is a number, a colon and a number. Rules look at [`Token::glued`] to
//! tell "third-quarter" from "third - quarter".

/// What kind of text a token holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// A run of letters (any script).
    Word,
    /// A run of ASCII digits.
    Number,
    /// Any other single character that is not white space: `.`, `,`, `-`, `“`, `’`...
    Punct,
}

/// One token: where it is and what it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset just past the last byte.
    pub end: usize,
    /// Word, number or punctuation.
    pub kind: TokenKind,
    /// No white space between this token and the previous one.
    pub glued: bool,
    /// A line break lies between this token and the previous one.
    pub newline_before: bool,
}

impl Token {
    /// The token's text.
    pub fn text<'t>(&self, source: &'t str) -> &'t str {
        &source[self.start..self.end]
    }

    /// True for a word whose first letter is upper case.
    pub fn is_capitalized(&self, source: &str) -> bool {
        if self.kind != TokenKind::Word {
            return false;
        }
        // Most words start with an ASCII letter: no need to decode a char and ask Unicode.
        match source.as_bytes().get(self.start) {
            Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
            _ => source[self.start..]
                .chars()
                .next()
                .is_some_and(char::is_uppercase),
        }
    }

    /// The value of a number token, when it fits in a `u32`.
    pub fn number(&self, source: &str) -> Option<u32> {
        if self.kind != TokenKind::Number || self.end - self.start > 9 {
            return None;
        }
        self.text(source).parse().ok()
    }

    /// True when this is the punctuation character `c`.
    pub fn is(&self, source: &str, c: char) -> bool {
        self.kind == TokenKind::Punct && source[self.start..].starts_with(c)
    }
}

/// Split `text` into tokens.
///
/// ```
/// use claimline::text::{tokenize, TokenKind};
/// let text = "On Aug. 5-8, 1998";
/// let words: Vec<&str> = tokenize(text).iter().map(|t| t.text(text)).collect();
/// assert_eq!(words, ["On", "Aug", ".", "5", "-", "8", ",", "1998"]);
/// ```
pub fn tokenize(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    // News prose averages about one token per five bytes.
    let mut tokens = Vec::with_capacity(text.len() / 5 + 1);
    let mut i = 0;
    let mut glued = false;
    let mut newline_before = false;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_whitespace() {
            if b == b'\n' {
                newline_before = true;
            }
            glued = false;
            i += 1;
            continue;
        }
        let start = i;
        let kind;
        if b.is_ascii_digit() {
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            kind = TokenKind::Number;
        } else if b.is_ascii_alphabetic() {
            i = scan_word(text, i);
            kind = TokenKind::Word;
        } else if b < 0x80 {
            i += 1;
            kind = TokenKind::Punct;
        } else {
            // A multi-byte character: a letter starts a word, anything else is punctuation
            // (curly quotes, dashes) unless it is Unicode white space.
            let c = text[i..].chars().next().unwrap_or('\u{FFFD}');
            if is_letter(c) {
                i = scan_word(text, i);
                kind = TokenKind::Word;
            } else if c.is_whitespace() {
                glued = false;
                i += c.len_utf8();
                continue;
            } else {
                i += c.len_utf8();
                kind = TokenKind::Punct;
            }
        }
        tokens.push(Token {
            start,
            end: i,
            kind,
            glued,
            newline_before,
        });
        glued = true;
        newline_before = false;
    }
    tokens
}

/// The end of the word that starts at `i`: letters, ASCII or not.
fn scan_word(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    loop {
        i += ascii_letters(bytes, i);
        match bytes.get(i) {
            Some(&b) if b >= 0x80 => match text[i..].chars().next() {
                Some(c) if is_letter(c) => i += c.len_utf8(),
                _ => return i,
            },
            _ => return i,
        }
    }
}

/// How many ASCII letters run from `i`. Eight bytes at a time: most words fit in one step,
/// so the word's end costs one bit scan instead of a mispredicted branch per letter.
fn ascii_letters(bytes: &[u8], i: usize) -> usize {
    let mut n = 0;
    while let Some(chunk) = bytes.get(i + n..i + n + 8) {
        let mut eight = [0; 8];
        eight.copy_from_slice(chunk);
        let others = !letter_lanes(u64::from_le_bytes(eight)) & HIGH_BITS;
        if others != 0 {
            return n + (others.trailing_zeros() / 8) as usize;
        }
        n += 8;
    }
    while bytes.get(i + n).is_some_and(u8::is_ascii_alphabetic) {
        n += 1;
    }
    n
}

const LOW_BITS: u64 = u64::from_le_bytes([0x01; 8]);
const HIGH_BITS: u64 = u64::from_le_bytes([0x80; 8]);

/// The high bit of each byte of `x` that is an ASCII letter. Setting bit 5 folds upper case
/// onto lower case (and sends no other byte into `a..=z`); what remains is "strictly between
/// 0x60 and 0x7B", the carry-free range test of Sean Anderson's Bit Twiddling Hacks
/// (`hasbetween`), exact in every byte. Bytes of 0x80 and above are never letters here.
fn letter_lanes(x: u64) -> u64 {
    let x = x | (LOW_BITS * 0x20);
    let low = x & (LOW_BITS * 0x7F);
    (LOW_BITS * (127 + 0x7B)).wrapping_sub(low)
        & !x
        & low.wrapping_add(LOW_BITS * (127 - 0x60))
        & HIGH_BITS
}

/// A letter of any script. The non-ASCII characters of news are mostly curly quotes and
/// dashes, from the General Punctuation block, which holds no letter: answering for them
/// skips the search of Unicode's tables (about 80 instructions a character).
fn is_letter(c: char) -> bool {
    !('\u{2000}'..='\u{206F}').contains(&c) && c.is_alphabetic()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<(&str, TokenKind, bool)> {
        tokenize(text)
            .iter()
            .map(|t| (t.text(text), t.kind, t.glued))
            .collect()
    }

    #[test]
    fn words_numbers_and_punctuation() {
        use TokenKind::*;
        assert_eq!(
            split("the third-quarter, 1990s"),
            vec![
                ("the", Word, false),
                ("third", Word, false),
                ("-", Punct, true),
                ("quarter", Word, true),
                (",", Punct, true),
                ("1990", Number, false),
                ("s", Word, true),
            ]
        );
    }

    #[test]
    fn unicode_quotes_and_letters() {
        let text = "“Putin’s” café\u{a0}now";
        let words: Vec<&str> = tokenize(text).iter().map(|t| t.text(text)).collect();
        assert_eq!(words, ["“", "Putin", "’", "s", "”", "café", "now"]);
    }

    #[test]
    fn offsets_cut_the_source() {
        let text = "Moscow\nfrom August 5";
        let tokens = tokenize(text);
        assert!(tokens[1].newline_before);
        assert_eq!(tokens[3].text(text), "5");
        assert_eq!(tokens[3].number(text), Some(5));
        assert!(tokens[2].is_capitalized(text));
    }

    #[test]
    fn general_punctuation_holds_no_letter() {
        for c in ('\u{2000}'..='\u{206F}').chain(['a', 'é', 'Ж', '中', '“', '—', '1', ' ']) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
        }
    }

    #[test]
    fn every_byte_in_every_lane_is_classified_exactly() {
        for lane in 0..8 {
            for b in 0..=255u8 {
                let mut eight = [b'a'; 8];
                eight[lane] = b;
                let lanes = letter_lanes(u64::from_le_bytes(eight));
                for (k, byte) in eight.iter().enumerate() {
                    let marked = lanes & (0x80 << (8 * k)) != 0;
                    assert_eq!(
                        marked,
                        byte.is_ascii_alphabetic(),
                        "byte {byte:#04x} in lane {k}"
                    );
                }
            }
        }
    }

    #[test]
    fn letter_runs_of_every_length_and_ending() {
        for len in 0..20 {
            for end in ["", " ", "1", "é", "’", "@", "[", "`", "{"] {
                let text = format!("{}{end}tail", "Ab".repeat(len).get(..len).unwrap_or(""));
                assert_eq!(
                    ascii_letters(text.as_bytes(), 0),
                    if end.is_empty() { len + 4 } else { len }
                );
            }
        }
    }

    #[test]
    fn long_words_with_letters_beyond_ascii() {
        let text = "Außenhandelsförderungsgesetz, Ελλάδα’s Wissenschaftsministerium—O’Connell";
        let words: Vec<&str> = tokenize(text).iter().map(|t| t.text(text)).collect();
        assert_eq!(
            words,
            [
                "Außenhandelsförderungsgesetz",
                ",",
                "Ελλάδα",
                "’",
                "s",
                "Wissenschaftsministerium",
                "—",
                "O",
                "’",
                "Connell"
            ]
        );
    }

    #[test]
    fn capitalized_words() {
        let text = "Élysée and élan, Paris and paris, 1990";
        let caps: Vec<bool> = tokenize(text)
            .iter()
            .map(|t| t.is_capitalized(text))
            .collect();
        assert_eq!(
            caps,
            [true, false, false, false, true, false, false, false, false]
        );
    }

    #[test]
    fn huge_numbers_do_not_overflow() {
        let text = "12345678901234567890";
        assert_eq!(tokenize(text)[0].number(text), None);
    }
}
