//! Reading a TimeML document: the document creation time, the plain text of `<TEXT>` as a
//! tagger sees it, the TIMEX3 elements already in it, and the map between the two.
//!
//! The plain text is what TempEval-3 defines: the content of `<TEXT>` with every tag removed
//! (TIMEX3, EVENT, SIGNAL, anything) and, since TimeML is XML, every reference decoded (`&amp;`
//! is one `&`). A TIMEX3's span is a byte range of that plain text. The document keeps the raw
//! bytes too, piece by piece, so that [`super::writer`] can insert new elements and leave every
//! other byte as it was.

use std::collections::BTreeSet;
use std::ops::Range;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use super::entity::decode_reference;
use super::xml::{Item, Scanner, SyntaxError, Tag};
use crate::error::{Error, ErrorKind, Result, line_column, read_utf8};

/// A parsed TimeML document.
#[derive(Debug, Clone)]
pub struct Document {
    path: PathBuf,
    source: String,
    /// The content of `<TEXT>`: from just after its start tag to just before its end tag.
    text: Range<usize>,
    pieces: Vec<Piece>,
    plain: String,
    timexes: Vec<Timex>,
    creation: Option<CreationTime>,
    reserved_tids: BTreeSet<u64>,
}

/// A TIMEX3 element found inside `<TEXT>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timex {
    /// Byte offset in [`Document::plain`] where the element's text starts.
    pub start: usize,
    /// Byte offset in [`Document::plain`] just past its text.
    pub end: usize,
    /// The `tid` attribute (empty when absent).
    pub tid: String,
    /// The `type` attribute: `DATE`, `TIME`, `DURATION` or `SET` (empty when absent).
    pub kind: String,
    /// The `value` attribute (empty when absent).
    pub value: String,
    /// The `mod` attribute, when present.
    pub modifier: Option<String>,
}

/// The document creation time as written: the `value` of the TIMEX3 in `<DCT>`.
#[derive(Debug, Clone, PartialEq, Eq)]
struct CreationTime {
    value: Option<String>,
    /// Byte offset of the value (or of the tag when there is no value), for messages.
    offset: usize,
}

/// A run of `<TEXT>` content that shows up in the plain text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Piece {
    /// Where it starts in the plain text.
    pub plain: usize,
    /// Its length in the plain text.
    pub plain_len: usize,
    /// Where its raw bytes start in the source.
    pub source: usize,
    /// How many raw bytes.
    pub source_len: usize,
    /// A reference or CDATA section: no element may start or end strictly inside it.
    pub atomic: bool,
}

impl Document {
    /// Read and parse the TimeML file at `path`.
    pub fn read(path: &Path) -> Result<Document> {
        Document::parse(read_utf8(path)?, path)
    }

    /// Parse `source`, a TimeML document; `path` names it in errors.
    ///
    /// ```
    /// use std::path::Path;
    /// use claimline::timeml::Document;
    ///
    /// let doc = Document::parse(
    ///     "<TimeML><DCT><TIMEX3 tid=\"t0\" value=\"1998-01-08\"/></DCT>\
    ///      <TEXT>Fell <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-01-07\">yesterday</TIMEX3> \
    ///      at AT&amp;T.</TEXT></TimeML>".to_string(),
    ///     Path::new("a.tml"),
    /// ).unwrap();
    /// assert_eq!(doc.plain(), "Fell yesterday at AT&T.");
    /// assert_eq!(doc.creation_date().unwrap().to_string(), "1998-01-08");
    /// let t = &doc.timexes()[0];
    /// assert_eq!((&doc.plain()[t.start..t.end], t.value.as_str()), ("yesterday", "1998-01-07"));
    /// ```
    pub fn parse(source: String, path: &Path) -> Result<Document> {
        let Builder {
            text,
            pieces,
            plain,
            timexes,
            creation,
            reserved_tids,
            ..
        } = Builder::default()
            .run(&source)
            .map_err(|e| located(&source, path, e))?;
        let Some(text) = text else {
            return Err(Error::in_file(
                ErrorKind::Invalid,
                path,
                "no <TEXT> element; expected the article inside <TEXT>...</TEXT>",
            ));
        };
        Ok(Document {
            path: path.to_path_buf(),
            source,
            text,
            pieces,
            plain,
            timexes,
            creation,
            reserved_tids,
        })
    }

    /// The file this document was read from, as named.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The document as read, byte for byte.
    pub fn source(&self) -> &str {
        &self.source
    }

    /// The text of `<TEXT>` with tags removed and references decoded.
    pub fn plain(&self) -> &str {
        &self.plain
    }

    /// The TIMEX3 elements inside `<TEXT>` with some text, in document order. Empty-element
    /// tags (`<TIMEX3 .../>`) mark no text and are left out.
    pub fn timexes(&self) -> &[Timex] {
        &self.timexes
    }

    /// The text of a timex.
    pub fn text_of(&self, timex: &Timex) -> &str {
        &self.plain[timex.start..timex.end]
    }

    /// The document creation time: the date part of the `value` of the TIMEX3 in `<DCT>`
    /// (`1998-01-08`, `1989-10-26T10:00`, or the compact `19980108`).
    pub fn creation_date(&self) -> Result<NaiveDate> {
        let Some(creation) = &self.creation else {
            return Err(Error::in_file(
                ErrorKind::Invalid,
                &self.path,
                "no document creation time; expected <DCT><TIMEX3 value=\"YYYY-MM-DD\" .../></DCT> \
                 outside <TEXT>",
            ));
        };
        let invalid = |message: String| {
            let (line, column) = line_column(&self.source, creation.offset);
            Error::at_position(ErrorKind::Invalid, &self.path, line, column, message)
        };
        let Some(value) = &creation.value else {
            return Err(invalid(
                "the creation-time TIMEX3 has no `value`; expected value=\"YYYY-MM-DD\"".into(),
            ));
        };
        parse_creation_date(value).ok_or_else(|| {
            invalid(format!(
                "document creation time {value:?} is not a date; expected YYYY-MM-DD (a time \
                 after it is allowed) or YYYYMMDD"
            ))
        })
    }

    /// The byte range of the content of `<TEXT>` in [`Document::source`].
    pub(crate) fn text_range(&self) -> Range<usize> {
        self.text.clone()
    }

    pub(crate) fn pieces(&self) -> &[Piece] {
        &self.pieces
    }

    /// Numbers `n` of the ids `tn` used outside `<TEXT>`, which new TIMEX3 ids must avoid.
    pub(crate) fn reserved_tids(&self) -> &BTreeSet<u64> {
        &self.reserved_tids
    }

    /// The byte offset in [`Document::source`] of plain-text offset `plain`: where a tag
    /// inserted there would go.
    pub fn source_offset(&self, plain: usize) -> usize {
        let i = self
            .pieces
            .partition_point(|p| p.plain + p.plain_len <= plain);
        match self.pieces.get(i) {
            Some(p) if plain >= p.plain && !p.atomic => p.source + (plain - p.plain),
            Some(p) => p.source,
            None => self.text.end,
        }
    }
}

fn located(source: &str, path: &Path, e: SyntaxError) -> Error {
    let (line, column) = line_column(source, e.offset);
    Error::at_position(ErrorKind::Syntax, path, line, column, e.message)
}

/// The date part of a DCT value.
fn parse_creation_date(value: &str) -> Option<NaiveDate> {
    let value = value.trim();
    let bytes = value.as_bytes();
    let digits = |r: Range<usize>| {
        bytes
            .get(r)
            .is_some_and(|b| b.iter().all(u8::is_ascii_digit))
    };
    let date_end = if digits(0..4)
        && bytes.get(4) == Some(&b'-')
        && digits(5..7)
        && bytes.get(7) == Some(&b'-')
        && digits(8..10)
    {
        10
    } else if digits(0..8) {
        8
    } else {
        return None;
    };
    // What follows the date must be a time (`T...`) or nothing: `1998-01-089` is no date.
    match bytes.get(date_end) {
        None | Some(b'T') => {}
        _ => return None,
    }
    let date = &value[..date_end];
    if date_end == 10 {
        NaiveDate::parse_from_str(date, "%Y-%m-%d").ok()
    } else {
        NaiveDate::parse_from_str(date, "%Y%m%d").ok()
    }
}

/// An element open at some point of the scan.
struct Open<'a> {
    name: &'a str,
    tag_start: usize,
    /// A TIMEX3 inside TEXT, waiting for its end.
    timex: Option<Timex>,
}

#[derive(Default)]
struct Builder<'a> {
    stack: Vec<Open<'a>>,
    root_closed: bool,
    /// Depth of the stack at which TEXT is open, while it is.
    text_depth: Option<usize>,
    text_start: usize,
    text: Option<Range<usize>>,
    dct_depth: Option<usize>,
    creation: Option<CreationTime>,
    fallback_creation: Option<CreationTime>,
    pieces: Vec<Piece>,
    plain: String,
    timexes: Vec<Timex>,
    reserved_tids: BTreeSet<u64>,
}

impl<'a> Builder<'a> {
    fn run(mut self, source: &'a str) -> Result<Builder<'a>, SyntaxError> {
        for item in Scanner::new(source) {
            match item? {
                Item::Text(range) => self.text(source, range)?,
                Item::Cdata { span, content } => {
                    self.outside_root(span.start, "a CDATA section")?;
                    if self.text_depth.is_some() {
                        self.push_piece(&source[content.clone()], span, true);
                    }
                }
                Item::Markup(_) => {}
                Item::Start(tag) => self.start(tag)?,
                Item::End { name, span } => self.end(source, name, span)?,
            }
        }
        if let Some(open) = self.stack.last() {
            return Err(SyntaxError::new(
                open.tag_start,
                format!(
                    "unclosed element <{}>: expected </{}> before the end of the file",
                    open.name, open.name
                ),
            ));
        }
        if self.creation.is_none() {
            self.creation = self.fallback_creation.take();
        }
        self.timexes
            .sort_by_key(|t| (t.start, std::cmp::Reverse(t.end)));
        Ok(self)
    }

    fn outside_root(&self, offset: usize, what: &str) -> Result<(), SyntaxError> {
        if self.stack.is_empty() {
            return Err(SyntaxError::new(
                offset,
                format!(
                    "{what} outside the root element; expected everything inside one element \
                     such as <TimeML>"
                ),
            ));
        }
        Ok(())
    }

    fn text(&mut self, source: &'a str, range: Range<usize>) -> Result<(), SyntaxError> {
        let raw = &source[range.clone()];
        if self.stack.is_empty() {
            // A byte-order mark may open a UTF-8 file; it is not text.
            let lead = if range.start == 0 && raw.starts_with('\u{feff}') {
                '\u{feff}'.len_utf8()
            } else {
                0
            };
            if let Some(i) = raw[lead..].find(|c: char| !c.is_whitespace()) {
                return self.outside_root(range.start + lead + i, "text");
            }
            return Ok(());
        }
        let inside = self.text_depth.is_some();
        let mut at = 0;
        while let Some(i) = raw[at..].find('&') {
            let amp = at + i;
            let r = decode_reference(&raw[amp..])
                .map_err(|m| SyntaxError::new(range.start + amp, m))?;
            if inside {
                if amp > at {
                    let start = range.start + at;
                    self.push_piece(&raw[at..amp], start..range.start + amp, false);
                }
                let start = range.start + amp;
                self.push_piece(r.ch.encode_utf8(&mut [0; 4]), start..start + r.len, true);
            }
            at = amp + r.len;
        }
        if inside && at < raw.len() {
            self.push_piece(&raw[at..], range.start + at..range.end, false);
        }
        Ok(())
    }

    fn push_piece(&mut self, plain: &str, source: Range<usize>, atomic: bool) {
        self.pieces.push(Piece {
            plain: self.plain.len(),
            plain_len: plain.len(),
            source: source.start,
            source_len: source.len(),
            atomic,
        });
        self.plain.push_str(plain);
    }

    fn start(&mut self, tag: Tag<'a>) -> Result<(), SyntaxError> {
        if self.stack.is_empty() && self.root_closed {
            return Err(SyntaxError::new(
                tag.span.start,
                format!(
                    "a second root element <{}>; expected one element such as <TimeML> around \
                     the whole document",
                    tag.name
                ),
            ));
        }
        // Every reference must be well-formed, whether or not we use the value.
        for a in &tag.attributes {
            a.value()?;
        }
        let mut timex = None;
        if self.text_depth.is_some() {
            if tag.name == "TEXT" {
                return Err(self.second_text(&tag));
            }
            if tag.name == "TIMEX3" && !tag.empty {
                timex = Some(self.timex(&tag)?);
            }
        } else {
            self.reserve_tids(&tag);
            match tag.name {
                "TEXT" if self.text.is_some() => return Err(self.second_text(&tag)),
                "TEXT" => {
                    self.text_start = tag.span.end;
                    if tag.empty {
                        self.text = Some(tag.span.end..tag.span.end);
                    } else {
                        self.text_depth = Some(self.stack.len() + 1);
                    }
                }
                "DCT" if !tag.empty => self.dct_depth = Some(self.stack.len() + 1),
                "TIMEX3" => self.creation_candidate(&tag)?,
                _ => {}
            }
        }
        if !tag.empty {
            self.stack.push(Open {
                name: tag.name,
                tag_start: tag.span.start,
                timex,
            });
        } else if self.stack.is_empty() {
            self.root_closed = true;
        }
        Ok(())
    }

    fn second_text(&self, tag: &Tag<'_>) -> SyntaxError {
        SyntaxError::new(
            tag.span.start,
            "a second <TEXT> element; expected exactly one TEXT per document",
        )
    }

    fn timex(&self, tag: &Tag<'_>) -> Result<Timex, SyntaxError> {
        let get = |name: &str| tag.attribute(name).map(|a| a.value()).transpose();
        Ok(Timex {
            start: self.plain.len(),
            end: self.plain.len(),
            tid: get("tid")?.unwrap_or_default(),
            kind: get("type")?.unwrap_or_default(),
            value: get("value")?.unwrap_or_default(),
            modifier: get("mod")?,
        })
    }

    fn creation_candidate(&mut self, tag: &Tag<'_>) -> Result<(), SyntaxError> {
        let candidate = || -> Result<CreationTime, SyntaxError> {
            Ok(match tag.attribute("value") {
                Some(a) => CreationTime {
                    value: Some(a.value()?),
                    offset: a.value_start,
                },
                None => CreationTime {
                    value: None,
                    offset: tag.span.start,
                },
            })
        };
        let in_dct = self.dct_depth.is_some();
        if in_dct && self.creation.is_none() {
            self.creation = Some(candidate()?);
        } else if !in_dct
            && self.fallback_creation.is_none()
            && tag
                .attribute("functionInDocument")
                .is_some_and(|a| a.raw == "CREATION_TIME")
        {
            self.fallback_creation = Some(candidate()?);
        }
        Ok(())
    }

    /// Remember ids like `t12` used outside TEXT (the DCT's `t0`, TLINK targets), so that the
    /// writer numbers new TIMEX3 elements around them.
    fn reserve_tids(&mut self, tag: &Tag<'_>) {
        for a in &tag.attributes {
            if let Some(n) = a
                .raw
                .strip_prefix('t')
                .filter(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
                .and_then(|d| d.parse::<u64>().ok())
            {
                self.reserved_tids.insert(n);
            }
        }
    }

    fn end(&mut self, source: &str, name: &'a str, span: Range<usize>) -> Result<(), SyntaxError> {
        let Some(open) = self.stack.pop() else {
            return Err(SyntaxError::new(
                span.start,
                format!("closing tag </{name}> has no opening <{name}>"),
            ));
        };
        if open.name != name {
            let (line, column) = line_column(source, open.tag_start);
            return Err(SyntaxError::new(
                span.start,
                format!(
                    "expected </{}> to close <{}> from line {line} column {column}, found </{name}>",
                    open.name, open.name
                ),
            ));
        }
        let depth = self.stack.len() + 1;
        if let Some(mut timex) = open.timex {
            timex.end = self.plain.len();
            self.timexes.push(timex);
        }
        if self.text_depth == Some(depth) {
            self.text_depth = None;
            self.text = Some(self.text_start..span.start);
        }
        if self.dct_depth == Some(depth) {
            self.dct_depth = None;
        }
        if self.stack.is_empty() {
            self.root_closed = true;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(src: &str) -> Result<Document> {
        Document::parse(src.to_string(), Path::new("doc.tml"))
    }

    fn error(src: &str) -> String {
        parse(src).unwrap_err().to_string()
    }

    #[test]
    fn plain_text_strips_every_tag_and_decodes_references() {
        let doc = parse(
            "<?xml version=\"1.0\"?>\n<TimeML>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" \
             value=\"2001-02-03\" functionInDocument=\"CREATION_TIME\">20010203</TIMEX3></DCT>\n\
             <TEXT>\nA <EVENT eid=\"e1\">sale</EVENT> &amp; <SIGNAL>on</SIGNAL> \
             <TIMEX3 tid=\"t5\" type=\"DATE\" value=\"2001-02-02\" mod=\"END\">late Friday</TIMEX3>\
             &#233;<!-- note --><TIMEX3 tid=\"t6\" type=\"DURATION\" value=\"P1D\">a &lt;day&gt;</TIMEX3>.\n\
             </TEXT>\n<TLINK lid=\"l1\" relatedToTime=\"t5\"/>\n</TimeML>\n",
        )
        .unwrap();
        assert_eq!(doc.plain(), "\nA sale & on late Fridayéa <day>.\n");
        let t: Vec<_> = doc
            .timexes()
            .iter()
            .map(|t| {
                (
                    doc.text_of(t),
                    t.tid.as_str(),
                    t.kind.as_str(),
                    t.value.as_str(),
                )
            })
            .collect();
        assert_eq!(
            t,
            [
                ("late Friday", "t5", "DATE", "2001-02-02"),
                ("a <day>", "t6", "DURATION", "P1D")
            ]
        );
        assert_eq!(doc.timexes()[0].modifier.as_deref(), Some("END"));
        assert_eq!(doc.timexes()[1].modifier, None);
        assert_eq!(doc.creation_date().unwrap().to_string(), "2001-02-03");
        // t0 in the DCT and t5 in the TLINK outside TEXT; t6 lived inside TEXT only.
        assert_eq!(
            doc.reserved_tids().iter().copied().collect::<Vec<_>>(),
            [0, 5]
        );
        assert!(doc.source()[doc.text_range()].starts_with("\nA <EVENT"));
    }

    #[test]
    fn creation_date_forms() {
        for (value, date) in [
            ("1998-08-07", Some("1998-08-07")),
            ("1989-10-26T10:00:00", Some("1989-10-26")),
            ("19980108", Some("1998-01-08")),
            (" 1998-01-08 ", Some("1998-01-08")),
            ("1998-02-30", None),
            ("1998-01-089", None),
            ("199801", None),
            ("PRESENT_REF", None),
            ("", None),
        ] {
            assert_eq!(
                parse_creation_date(value).map(|d| d.to_string()).as_deref(),
                date,
                "{value:?}"
            );
        }
    }

    #[test]
    fn creation_time_falls_back_to_function_in_document() {
        let doc = parse(
            "<TimeML><TIMEX3 tid=\"t0\" value=\"1990-05-06\" functionInDocument=\"CREATION_TIME\"/>\
             <TEXT>x</TEXT></TimeML>",
        )
        .unwrap();
        assert_eq!(doc.creation_date().unwrap().to_string(), "1990-05-06");
    }

    #[test]
    fn missing_or_bad_creation_time_is_reported_at_the_value() {
        let doc = parse("<TimeML><TEXT>x</TEXT></TimeML>").unwrap();
        let e = doc.creation_date().unwrap_err().to_string();
        assert!(e.starts_with("doc.tml: no document creation time"), "{e}");
        let doc =
            parse("<TimeML>\n<DCT><TIMEX3 value=\"soon\"/></DCT><TEXT>x</TEXT></TimeML>").unwrap();
        let e = doc.creation_date().unwrap_err().to_string();
        assert!(
            e.starts_with("doc.tml:2:21: document creation time \"soon\" is not a date"),
            "{e}"
        );
        let doc =
            parse("<TimeML>\n<DCT><TIMEX3 tid=\"t0\"/></DCT><TEXT>x</TEXT></TimeML>").unwrap();
        let e = doc.creation_date().unwrap_err().to_string();
        assert!(
            e.starts_with("doc.tml:2:6: the creation-time TIMEX3 has no `value`"),
            "{e}"
        );
    }

    #[test]
    fn ill_formed_documents_name_line_and_column() {
        let cases = [
            (
                "<TimeML><TEXT>a</TimeML>",
                "doc.tml:1:16: expected </TEXT> to close <TEXT> from line 1 column 9, found </TimeML>",
            ),
            (
                "<TimeML>\n<TEXT>a <EVENT>b</TEXT>",
                "doc.tml:2:17: expected </EVENT> to close <EVENT>",
            ),
            (
                "<TimeML>\n  <TEXT>a",
                "doc.tml:2:3: unclosed element <TEXT>",
            ),
            (
                "<TimeML><TEXT>a</TEXT></TimeML></x>",
                "doc.tml:1:32: closing tag </x> has no opening <x>",
            ),
            (
                "<TimeML><TEXT>a & b</TEXT></TimeML>",
                "doc.tml:1:17: `&` starts no reference",
            ),
            (
                "<TimeML><TEXT>&nbsp;</TEXT></TimeML>",
                "doc.tml:1:15: unknown entity `&nbsp;`",
            ),
            (
                "<TimeML><DCT x=\"&bad;\"/><TEXT/></TimeML>",
                "doc.tml:1:17: unknown entity",
            ),
            (
                "<TimeML><TEXT>a</TEXT><TEXT>b</TEXT></TimeML>",
                "doc.tml:1:23: a second <TEXT> element",
            ),
            (
                "<TimeML><TEXT>a<TEXT>b</TEXT></TEXT></TimeML>",
                "doc.tml:1:16: a second <TEXT> element",
            ),
            (
                "<TimeML><TEXT>a</TEXT></TimeML><x/>",
                "doc.tml:1:32: a second root element <x>",
            ),
            (
                "junk<TimeML/>",
                "doc.tml:1:1: text outside the root element",
            ),
            (
                "<TimeML><DOCID>x</DOCID></TimeML>",
                "doc.tml: no <TEXT> element",
            ),
            ("", "doc.tml: no <TEXT> element"),
            (
                "<TimeML><TEXT>1 < 2</TEXT></TimeML>",
                "doc.tml:1:17: `<` starts no tag",
            ),
        ];
        for (src, expected) in cases {
            let e = error(src);
            assert!(
                e.starts_with(expected),
                "{src:?}\n  got: {e}\n want: {expected}"
            );
        }
    }

    #[test]
    fn source_offsets_skip_tags_and_never_split_a_reference() {
        let src = "<T><TEXT>ab<E>cd</E>&amp;e<![CDATA[xy]]></TEXT></T>";
        let doc = parse(src).unwrap();
        assert_eq!(doc.plain(), "abcd&exy");
        let at = |plain| &src[doc.source_offset(plain)..];
        assert!(at(0).starts_with("ab<E>"));
        assert!(at(1).starts_with("b<E>"));
        assert!(at(2).starts_with("cd</E>"));
        assert!(at(4).starts_with("&amp;e"));
        assert!(at(5).starts_with("e<!["));
        assert!(at(6).starts_with("<![CDATA[xy"));
        assert!(at(7).starts_with("<![CDATA[xy"));
        assert!(at(8).starts_with("</TEXT>"));
    }

    #[test]
    fn a_byte_order_mark_is_not_text() {
        let doc = parse("\u{feff}<?xml version=\"1.0\"?><T><TEXT>a</TEXT></T>").unwrap();
        assert_eq!(doc.plain(), "a");
        let e = error("\u{feff} x<T/>");
        assert!(
            e.starts_with("doc.tml:1:3: text outside the root element"),
            "{e}"
        );
        let e = error("<T><TEXT>a</TEXT></T>\u{feff}");
        assert!(
            e.starts_with("doc.tml:1:22: text outside the root element"),
            "{e}"
        );
    }

    #[test]
    fn empty_text_and_empty_timexes() {
        let doc = parse("<T><TEXT/></T>").unwrap();
        assert_eq!(doc.plain(), "");
        assert_eq!(doc.text_range(), 10..10);
        let doc = parse("<T><TEXT>a<TIMEX3 tid=\"t1\"/>b</TEXT></T>").unwrap();
        assert!(doc.timexes().is_empty());
    }

    #[test]
    fn utf8_problems_name_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("bad.tml");
        std::fs::write(&path, b"<T><TEXT>\n\xFF</TEXT></T>").unwrap();
        let e = Document::read(&path).unwrap_err().to_string();
        assert!(e.ends_with("bad.tml:2:1: not valid UTF-8 (byte 0xFF); expected UTF-8 text — re-save the file as UTF-8"), "{e}");
    }
}
