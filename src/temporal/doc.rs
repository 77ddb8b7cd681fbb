//! The analysed text as rules see it: tokens, their lexicon entries and their sentences.
//!
//! Built once per text. The lower-cased copy has the same byte offsets as the original
//! (ASCII lower-casing never changes lengths), so a token's lower-case form is a slice of it
//! and looking a word up allocates nothing.

use super::lexicon::{self, Lex, Unit, Word};
use crate::text::{Token, TokenKind, sentences_of_tokens, tokenize};

/// A tense class not worked out yet.
const UNCLASSIFIED: u8 = u8::MAX;

pub(crate) struct Doc<'t> {
    pub text: &'t str,
    lower: String,
    pub tokens: Vec<Token>,
    pub lex: Vec<Lex>,
    /// What each word can tell about tense (`tense::word_class`), worked out the first time
    /// the tense search reaches it: that search visits only the words around dates.
    tense_class: Vec<std::cell::Cell<u8>>,
    /// For each token, the index of its sentence.
    pub sentence_of: Vec<usize>,
    /// For each sentence number, its first token, and one more entry holding the token count:
    /// sentence `s` is `sentence_first[s]..sentence_first[s + 1]`.
    sentence_first: Vec<usize>,
}

/// How long a sentence may run before it is cut. The longest sentence in the news sets and
/// both corpora is 109 tokens; text with no sentence ends at all (machine-made lists, a page
/// flattened to one line) is cut into runs about this long, so the searches that look around
/// a date within its sentence stay bounded, not quadratic in the length of the text.
const MAX_SENTENCE_TOKENS: usize = 400;

/// How much further a cut may wait for a word that is no part of any date, so that it does
/// not fall inside one ("5 pm | Monday").
const CUT_SLACK: usize = 100;

/// "didn't" is the words "didn", "'" and "t" to the tokenizer; the tense rules need the
/// auxiliary itself ("did", "was", "had") and its negation ("n"), as they read "did not".
/// "won't" becomes "wo" and "n" ("wo" is read as "will"); "can't" stays whole.
///
/// `maybe` holds the words the lexicon pass saw end in "n" right before an apostrophe (a
/// test folded into a pass that runs anyway, since this runs on every text read); each is
/// checked here, and split with its lexicon entries when it is a negated auxiliary.
fn split_negations(
    lower: &str,
    tokens: Vec<Token>,
    lex: Vec<Lex>,
    maybe: &[usize],
) -> (Vec<Token>, Vec<Lex>) {
    let negated = |k: usize| {
        let t = &tokens[k];
        matches!(
            &lower[t.start..t.end - 1],
            "did"
                | "was"
                | "were"
                | "had"
                | "has"
                | "have"
                | "is"
                | "are"
                | "does"
                | "do"
                | "would"
                | "could"
                | "should"
                | "must"
                | "need"
                | "wo"
        ) && tokens.get(k + 1).is_some_and(|a| a.glued)
            && tokens.get(k + 2).is_some_and(|t| {
                t.glued && t.kind == TokenKind::Word && &lower[t.start..t.end] == "t"
            })
    };
    let split: Vec<usize> = maybe.iter().copied().filter(|&k| negated(k)).collect();
    if split.is_empty() {
        return (tokens, lex);
    }
    let mut out = Vec::with_capacity(tokens.len() + split.len());
    let mut out_lex = Vec::with_capacity(tokens.len() + split.len());
    let mut next = split.iter().peekable();
    for (k, (&t, &l)) in tokens.iter().zip(&lex).enumerate() {
        if next.peek() == Some(&&k) {
            next.next();
            let stem = Token {
                end: t.end - 1,
                ..t
            };
            out.push(stem);
            out_lex.push(lexicon::lookup(&lower[stem.start..stem.end]));
            out.push(Token {
                start: t.end - 1,
                glued: true,
                newline_before: false,
                ..t
            });
            out_lex.push(lexicon::lookup("n"));
        } else {
            out.push(t);
            out_lex.push(l);
        }
    }
    (out, out_lex)
}

/// Cuts every sentence longer than [`MAX_SENTENCE_TOKENS`] into runs of about that length,
/// each cut made before the first word past that length that the lexicon does not know
/// (`plain`), or [`CUT_SLACK`] tokens later if none comes. A sentence's number moves on by one
/// for each cut made before it, so the numbers of ordinary sentences after a long one keep
/// their order and their gaps.
fn cut_long_sentences(
    sentence_of: &mut [usize],
    sentence_first: &mut Vec<usize>,
    plain: impl Fn(usize) -> bool,
) {
    let mut first = Vec::with_capacity(sentence_first.len() + 1);
    first.push(0);
    let mut cuts = 0;
    let mut run = 0;
    let mut previous = 0;
    for (k, s) in sentence_of.iter_mut().enumerate() {
        if *s != previous {
            run = 0;
            for _ in previous..*s {
                first.push(k);
            }
            previous = *s;
        }
        if run >= MAX_SENTENCE_TOKENS && (plain(k) || run >= MAX_SENTENCE_TOKENS + CUT_SLACK) {
            cuts += 1;
            run = 0;
            first.push(k);
        }
        run += 1;
        *s += cuts;
    }
    first.push(sentence_of.len());
    *sentence_first = first;
}

impl<'t> Doc<'t> {
    pub fn new(text: &'t str) -> Doc<'t> {
        let lower = text.to_ascii_lowercase();
        let tokens = tokenize(text);
        let bytes = lower.as_bytes();
        let mut maybe_negated = Vec::new();
        let lex = tokens
            .iter()
            .enumerate()
            .map(|(k, t)| match t.kind {
                TokenKind::Word => {
                    // "didn't": see split_negations.
                    if bytes[t.end - 1] == b'n'
                        && matches!(bytes.get(t.end), Some(b'\'' | 0xE2))
                        && t.end - t.start > 2
                    {
                        maybe_negated.push(k);
                    }
                    lexicon::lookup(&lower[t.start..t.end])
                }
                _ => Lex::None,
            })
            .collect();
        let (tokens, lex) = if maybe_negated.is_empty() {
            (tokens, lex)
        } else {
            split_negations(&lower, tokens, lex, &maybe_negated)
        };
        let tense_class = vec![std::cell::Cell::new(UNCLASSIFIED); tokens.len()];
        let sentences = sentences_of_tokens(text, &tokens);
        // A sentence's number is its place in `sentences`: the resolver counts sentences from
        // the lede by it. A number no token holds (a sentence of no tokens) starts where the
        // next one does.
        let mut sentence_of = Vec::with_capacity(tokens.len());
        let mut sentence_first = Vec::with_capacity(sentences.len() + 1);
        sentence_first.push(0);
        let mut s = 0;
        for (k, t) in tokens.iter().enumerate() {
            while s + 1 < sentences.len() && t.start >= sentences[s].end {
                s += 1;
                sentence_first.push(k);
            }
            sentence_of.push(s);
        }
        sentence_first.push(tokens.len());
        if sentence_first
            .windows(2)
            .any(|w| w[1] - w[0] > MAX_SENTENCE_TOKENS)
        {
            let plain = |k: usize| tokens[k].kind == TokenKind::Word && matches!(lex[k], Lex::None);
            cut_long_sentences(&mut sentence_of, &mut sentence_first, plain);
        }
        Doc {
            text,
            lower,
            tokens,
            lex,
            tense_class,
            sentence_of,
            sentence_first,
        }
    }

    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    /// The lower-cased text of token `i`, or "" past the end.
    pub fn word(&self, i: usize) -> &str {
        self.tokens
            .get(i)
            .map_or("", |t| &self.lower[t.start..t.end])
    }

    /// Whether token `i` is the lower-case word `w`. The length is compared before the text,
    /// so a search for one word over many tokens seldom slices the text.
    pub fn word_is(&self, i: usize, w: &str) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.end - t.start == w.len() && &self.lower[t.start..t.end] == w)
    }

    /// The original text of token `i`, or "" past the end.
    pub fn raw(&self, i: usize) -> &'t str {
        self.tokens
            .get(i)
            .map_or("", |t| &self.text[t.start..t.end])
    }

    pub fn lex(&self, i: usize) -> Lex {
        self.lex.get(i).copied().unwrap_or(Lex::None)
    }

    pub fn tense_class(&self, i: usize) -> u8 {
        let Some(cell) = self.tense_class.get(i) else {
            return 0;
        };
        if cell.get() == UNCLASSIFIED {
            // "between March 11 and Sunday", "in May": a capitalised month inside a
            // sentence is the month, not the verb "march" or the modal "may".
            let month =
                matches!(self.lex(i), Lex::Month(_)) && self.cap(i) && !self.sentence_start(i);
            cell.set(if month {
                0
            } else {
                super::tense::word_class(self.word(i))
            });
        }
        cell.get()
    }

    pub fn is(&self, i: usize, w: Word) -> bool {
        self.lex(i) == Lex::Word(w)
    }

    pub fn punct(&self, i: usize, c: char) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Punct && self.text[t.start..].starts_with(c))
    }

    /// A quotation mark of any style: straight, curly, or the doubled `` and '' of wire text.
    pub fn quote_mark(&self, i: usize) -> bool {
        self.punct(i, '"')
            || self.punct(i, '“')
            || self.punct(i, '”')
            || self.punct(i, '`')
            || (self.punct(i, '\'')
                && (self.punct(i + 1, '\'') || (i > 0 && self.punct(i - 1, '\''))))
    }

    /// A hyphen or dash of any kind.
    pub fn dash(&self, i: usize) -> bool {
        self.punct(i, '-') || self.punct(i, '–') || self.punct(i, '—')
    }

    /// A dash at `i` glued to the tokens either side of it, joining them into one word:
    /// "quarter-century", "year-ago", "19th-century".
    pub fn hyphen(&self, i: usize) -> bool {
        self.dash(i) && self.glued(i) && self.glued(i + 1)
    }

    /// An apostrophe, straight or curly.
    pub fn apostrophe(&self, i: usize) -> bool {
        self.punct(i, '\'') || self.punct(i, '’') || self.punct(i, '‘')
    }

    /// "'s" from token `i` on: an apostrophe and a bare "s", as in "Monday's" or "it's". The
    /// possessive is how a date modifies a noun ("Friday's vote", "last year's quarter").
    pub fn apostrophe_s(&self, i: usize) -> bool {
        self.apostrophe(i) && self.word(i + 1) == "s"
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Word)
    }

    /// A word that looks like a plural noun: no meaning to the resolver, longer than three
    /// letters, ending in "s" but not "ss" or "us" ("teams", "interviews"; not "class",
    /// "bonus").
    pub fn plural_noun_like(&self, i: usize) -> bool {
        let w = self.word(i);
        self.is_word(i)
            && self.lex(i) == Lex::None
            && w.len() > 3
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !w.ends_with("us")
    }

    pub fn is_number(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Number)
    }

    pub fn num(&self, i: usize) -> Option<u32> {
        self.tokens.get(i).and_then(|t| t.number(self.text))
    }

    pub fn digits(&self, i: usize) -> usize {
        match self.tokens.get(i) {
            Some(t) if t.kind == TokenKind::Number => t.end - t.start,
            _ => 0,
        }
    }

    pub fn cap(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.is_capitalized(self.text))
    }

    /// Token `i` touches the one before it (no space between).
    pub fn glued(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.glued)
    }

    /// Token `i` is the first of its sentence.
    /// Whether token `i` opens a line of the text: a paragraph, a list item, a live blog's
    /// entry.
    pub fn line_start(&self, i: usize) -> bool {
        i == 0 || self.tokens.get(i).is_some_and(|t| t.newline_before)
    }

    pub fn sentence_start(&self, i: usize) -> bool {
        i == 0 || self.sentence_of.get(i) != self.sentence_of.get(i - 1)
    }

    /// The word at `i` is written in capitals throughout (a headline, an acronym).
    pub fn all_caps(&self, i: usize) -> bool {
        let raw = self.raw(i);
        raw.chars().any(char::is_alphabetic) && !raw.chars().any(char::is_lowercase)
    }

    pub fn unit(&self, i: usize) -> Option<(Unit, bool)> {
        match self.lex(i) {
            Lex::Unit(u) => Some((u, false)),
            Lex::Units(u) => Some((u, true)),
            _ => None,
        }
    }

    /// Byte span of tokens `start..end`.
    pub fn span(&self, start: usize, end: usize) -> (usize, usize) {
        (self.tokens[start].start, self.tokens[end - 1].end)
    }

    /// Token index range `[first, last)` of the sentence containing token `i`.
    pub fn sentence_tokens(&self, i: usize) -> (usize, usize) {
        match self.sentence_of.get(i) {
            Some(&s) => (self.sentence_first[s], self.sentence_first[s + 1]),
            // Past the last token: nothing, unless the whole text is the first sentence.
            None if self.sentence_of.last() == Some(&0) => (0, i),
            None => (i, i),
        }
    }

    /// The first token of the sentence before the one holding token `i` (of its own, when it
    /// is the first): where "its sentence or the one before" starts.
    pub fn previous_sentence_start(&self, i: usize) -> usize {
        let first = self.sentence_tokens(i).0;
        if first > 0 {
            self.sentence_tokens(first - 1).0
        } else {
            first
        }
    }

    /// The end (exclusive) of the sentence after the one holding token `i` (of its own, when
    /// it is the last).
    pub fn next_sentence_end(&self, i: usize) -> usize {
        let last = self.sentence_tokens(i).1;
        if last < self.len() {
            self.sentence_tokens(last).1
        } else {
            last
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Doc;
    use crate::temporal::lexicon::Lex;

    fn words(text: &str) -> Vec<String> {
        let doc = Doc::new(text);
        (0..doc.len()).map(|i| doc.word(i).to_string()).collect()
    }

    /// Each token's sentence, found by walking out from it to where the number changes.
    fn walked(doc: &Doc, i: usize) -> (usize, usize) {
        let s = doc.sentence_of[i];
        let mut a = i;
        while a > 0 && doc.sentence_of[a - 1] == s {
            a -= 1;
        }
        let mut b = i;
        while b < doc.len() && doc.sentence_of[b] == s {
            b += 1;
        }
        (a, b)
    }

    #[test]
    fn sentence_tokens_are_the_run_of_the_token_sentence() {
        let doc =
            Doc::new("Talks resume Monday. They ended at 5 p.m.!\n\nHe said: \"Friday.\" Done");
        for i in 0..doc.len() {
            assert_eq!(doc.sentence_tokens(i), walked(&doc, i), "token {i}");
        }
        assert_eq!(doc.sentence_tokens(0), (0, 4));
        assert!(doc.sentence_start(4));
    }

    #[test]
    fn text_with_no_sentence_end_is_cut_into_bounded_sentences() {
        let text = "talks resume at 1 p.m. Monday and ".repeat(200) + "Friday. It ended. Done.";
        let doc = Doc::new(&text);
        assert!(doc.len() > 4 * super::MAX_SENTENCE_TOKENS);
        for i in 0..doc.len() {
            let (a, b) = doc.sentence_tokens(i);
            assert_eq!((a, b), walked(&doc, i), "token {i}");
            assert!(b - a <= super::MAX_SENTENCE_TOKENS + super::CUT_SLACK);
        }
        // Every cut falls before a word the lexicon does not know ("talks", "resume"), never
        // inside "at 5 pm Monday"; the first is as soon as one comes.
        let first_cut = doc.sentence_tokens(0).1;
        assert!(first_cut >= super::MAX_SENTENCE_TOKENS);
        assert!((super::MAX_SENTENCE_TOKENS..first_cut).all(|k| doc.lex(k) != Lex::None));
        let friday = (0..doc.len()).find(|&k| doc.word(k) == "friday").unwrap();
        for (_, b) in (0..friday).map(|i| doc.sentence_tokens(i)) {
            assert!(
                b > friday || matches!(doc.word(b), "talks" | "resume"),
                "cut at {b}"
            );
        }
        // The sentences after the long one are whole, and in order.
        let last = doc.len() - 1;
        assert_eq!(doc.sentence_tokens(last), (last - 1, last + 1));
        assert_eq!(doc.sentence_of[last], doc.sentence_of[last - 2] + 1);
    }

    #[test]
    fn negative_contractions_split_off_their_auxiliary() {
        assert_eq!(words("didn't"), ["did", "n", "'", "t"]);
        assert_eq!(words("Wasn’t"), ["was", "n", "’", "t"]);
        assert_eq!(words("won't"), ["wo", "n", "'", "t"]);
        // Nothing else moves: "can't", a name, a word that merely ends in "n".
        assert_eq!(words("can't"), ["can", "'", "t"]);
        assert_eq!(words("Dunn's"), ["dunn", "'", "s"]);
        assert_eq!(words("ran"), ["ran"]);
    }
}
