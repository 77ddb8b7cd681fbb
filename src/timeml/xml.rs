//! A small XML scanner: the tokens of a document (text, tags, comments...) with their byte
//! offsets, and nothing more.
//!
//! Why not an XML crate: the tagger must write every byte outside the inserted TIMEX3 elements
//! back exactly as it was read (the TempEval-3 scorer refuses a document whose text changed), so
//! it needs the raw byte range of every token, entities undecoded. A scanner that keeps offsets
//! is a few hundred lines; TimeML uses no DTD, namespaces play no part in it, and
//! well-formedness (tag nesting, one root) is checked by [`super::document`], which knows what
//! it is building. Every error carries the byte offset where the problem starts so that the
//! message can name the line and column.

use std::ops::Range;

/// A well-formedness problem at a byte offset of the document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SyntaxError {
    pub offset: usize,
    pub message: String,
}

impl SyntaxError {
    pub(crate) fn new(offset: usize, message: impl Into<String>) -> SyntaxError {
        SyntaxError {
            offset,
            message: message.into(),
        }
    }
}

/// One token of the document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Item<'a> {
    /// Character data between markup, raw (references undecoded).
    Text(Range<usize>),
    /// A start tag, or an empty-element tag (`<X/>`) when `tag.empty`.
    Start(Tag<'a>),
    /// An end tag.
    End { name: &'a str, span: Range<usize> },
    /// A comment, processing instruction, XML declaration or DOCTYPE: markup that is not text.
    Markup(Range<usize>),
    /// A CDATA section: `content` is literal text.
    Cdata {
        span: Range<usize>,
        content: Range<usize>,
    },
}

/// A start or empty-element tag.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Tag<'a> {
    pub name: &'a str,
    pub attributes: Vec<Attribute<'a>>,
    pub empty: bool,
    pub span: Range<usize>,
}

impl<'a> Tag<'a> {
    /// The attribute named `name`, if present.
    pub(crate) fn attribute(&self, name: &str) -> Option<&Attribute<'a>> {
        self.attributes.iter().find(|a| a.name == name)
    }
}

/// One attribute, its value raw (references undecoded).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Attribute<'a> {
    pub name: &'a str,
    pub raw: &'a str,
    /// Byte offset of the value's first byte in the document.
    pub value_start: usize,
}

impl Attribute<'_> {
    /// The value with its references decoded.
    pub(crate) fn value(&self) -> Result<String, SyntaxError> {
        super::entity::decode_all(self.raw)
            .map_err(|(at, message)| SyntaxError::new(self.value_start + at, message))
    }
}

/// The tokens of `src` in order; after the first error, nothing more.
pub(crate) struct Scanner<'a> {
    src: &'a str,
    pos: usize,
}

impl<'a> Scanner<'a> {
    pub(crate) fn new(src: &'a str) -> Scanner<'a> {
        Scanner { src, pos: 0 }
    }

    fn bytes(&self) -> &'a [u8] {
        self.src.as_bytes()
    }

    fn rest(&self) -> &'a str {
        &self.src[self.pos..]
    }

    fn skip_whitespace(&mut self) -> bool {
        let start = self.pos;
        while self
            .bytes()
            .get(self.pos)
            .is_some_and(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
        {
            self.pos += 1;
        }
        self.pos > start
    }

    /// A name at the current position, or `None` when none starts here.
    fn name(&mut self) -> Option<&'a str> {
        let rest = self.rest();
        let mut chars = rest.char_indices();
        let (_, first) = chars.next()?;
        if !is_name_start(first) {
            return None;
        }
        let end = chars
            .find(|&(_, c)| !is_name_char(c))
            .map_or(rest.len(), |(i, _)| i);
        self.pos += end;
        Some(&rest[..end])
    }

    /// What the scanner sees at the current position, for messages.
    fn found(&self) -> String {
        match self.rest().chars().next() {
            None => "the end of the file".to_string(),
            Some(c) => format!("{c:?}"),
        }
    }

    /// Skip past `terminator`, returning the offset where it starts.
    fn skip_past(
        &mut self,
        terminator: &str,
        start: usize,
        what: &str,
    ) -> Result<usize, SyntaxError> {
        match self.rest().find(terminator) {
            Some(i) => {
                let at = self.pos + i;
                self.pos = at + terminator.len();
                Ok(at)
            }
            None => Err(SyntaxError::new(
                start,
                format!("unclosed {what}: expected `{terminator}` before the end of the file"),
            )),
        }
    }

    fn markup(&mut self, start: usize) -> Result<Item<'a>, SyntaxError> {
        let rest = self.rest();
        if rest.starts_with("<!--") {
            self.pos += 4;
            self.skip_past("-->", start, "comment")?;
            return Ok(Item::Markup(start..self.pos));
        }
        if rest.starts_with("<![CDATA[") {
            self.pos += 9;
            let content_start = self.pos;
            let content_end = self.skip_past("]]>", start, "CDATA section")?;
            return Ok(Item::Cdata {
                span: start..self.pos,
                content: content_start..content_end,
            });
        }
        if rest.starts_with("<?") {
            self.pos += 2;
            self.skip_past("?>", start, "processing instruction")?;
            return Ok(Item::Markup(start..self.pos));
        }
        if rest.starts_with("<!DOCTYPE") {
            return self.doctype(start);
        }
        Err(SyntaxError::new(
            start,
            "`<!` starts no comment, CDATA section or DOCTYPE",
        ))
    }

    fn doctype(&mut self, start: usize) -> Result<Item<'a>, SyntaxError> {
        // The internal subset may hold `>` inside brackets and quotes.
        let mut depth = 0usize;
        let mut quote: Option<u8> = None;
        let bytes = self.bytes();
        let mut i = self.pos + 2;
        while let Some(&b) = bytes.get(i) {
            match (quote, b) {
                (Some(q), _) if b == q => quote = None,
                (Some(_), _) => {}
                (None, b'"' | b'\'') => quote = Some(b),
                (None, b'[') => depth += 1,
                (None, b']') => depth = depth.saturating_sub(1),
                (None, b'>') if depth == 0 => {
                    self.pos = i + 1;
                    return Ok(Item::Markup(start..self.pos));
                }
                _ => {}
            }
            i += 1;
        }
        Err(SyntaxError::new(
            start,
            "unclosed DOCTYPE: expected `>` before the end of the file",
        ))
    }

    fn end_tag(&mut self, start: usize) -> Result<Item<'a>, SyntaxError> {
        self.pos += 2;
        let Some(name) = self.name() else {
            return Err(SyntaxError::new(
                self.pos,
                format!(
                    "expected an element name after `</`, found {}",
                    self.found()
                ),
            ));
        };
        self.skip_whitespace();
        if self.rest().starts_with('>') {
            self.pos += 1;
            return Ok(Item::End {
                name,
                span: start..self.pos,
            });
        }
        Err(SyntaxError::new(
            self.pos,
            format!("expected `>` to close `</{name}`, found {}", self.found()),
        ))
    }

    fn start_tag(&mut self, start: usize) -> Result<Item<'a>, SyntaxError> {
        self.pos += 1;
        let Some(name) = self.name() else {
            return Err(SyntaxError::new(
                start,
                format!(
                    "`<` starts no tag (followed by {}); write `&lt;` for a literal less-than sign",
                    self.found()
                ),
            ));
        };
        let mut attributes: Vec<Attribute<'a>> = Vec::new();
        loop {
            let spaced = self.skip_whitespace();
            let rest = self.rest();
            if rest.starts_with('>') {
                self.pos += 1;
                return Ok(Item::Start(Tag {
                    name,
                    attributes,
                    empty: false,
                    span: start..self.pos,
                }));
            }
            if rest.starts_with("/>") {
                self.pos += 2;
                return Ok(Item::Start(Tag {
                    name,
                    attributes,
                    empty: true,
                    span: start..self.pos,
                }));
            }
            if rest.is_empty() {
                return Err(SyntaxError::new(
                    start,
                    format!("unclosed tag `<{name}`: expected `>` before the end of the file"),
                ));
            }
            let at = self.pos;
            let Some(attribute) = self.name() else {
                return Err(SyntaxError::new(
                    at,
                    format!(
                        "expected an attribute name, `>` or `/>` in tag `<{name}`, found {}",
                        self.found()
                    ),
                ));
            };
            if !spaced {
                return Err(SyntaxError::new(
                    at,
                    format!("expected a space before attribute `{attribute}` in tag `<{name}`"),
                ));
            }
            if attributes.iter().any(|a| a.name == attribute) {
                return Err(SyntaxError::new(
                    at,
                    format!("attribute `{attribute}` appears twice in tag `<{name}`"),
                ));
            }
            self.skip_whitespace();
            if !self.rest().starts_with('=') {
                return Err(SyntaxError::new(
                    self.pos,
                    format!(
                        "expected `=` after attribute `{attribute}` in tag `<{name}`, found {}",
                        self.found()
                    ),
                ));
            }
            self.pos += 1;
            self.skip_whitespace();
            let quote = match self.bytes().get(self.pos) {
                Some(&q @ (b'"' | b'\'')) => q as char,
                _ => {
                    return Err(SyntaxError::new(
                        self.pos,
                        format!(
                            "expected a quoted value for attribute `{attribute}` in tag \
                             `<{name}`, found {}",
                            self.found()
                        ),
                    ));
                }
            };
            let value_start = self.pos + 1;
            let Some(len) = self.src[value_start..].find(quote) else {
                return Err(SyntaxError::new(
                    self.pos,
                    format!(
                        "unclosed value of attribute `{attribute}` in tag `<{name}`: expected \
                         `{quote}` before the end of the file"
                    ),
                ));
            };
            let raw = &self.src[value_start..value_start + len];
            if let Some(lt) = raw.find('<') {
                return Err(SyntaxError::new(
                    value_start + lt,
                    format!(
                        "`<` inside the value of attribute `{attribute}` (is its closing \
                         `{quote}` missing?); write `&lt;` for a literal less-than sign"
                    ),
                ));
            }
            attributes.push(Attribute {
                name: attribute,
                raw,
                value_start,
            });
            self.pos = value_start + len + 1;
        }
    }
}

impl<'a> Iterator for Scanner<'a> {
    type Item = Result<Item<'a>, SyntaxError>;

    fn next(&mut self) -> Option<Self::Item> {
        let rest = self.rest();
        if rest.is_empty() {
            return None;
        }
        let start = self.pos;
        let result = if !rest.starts_with('<') {
            let len = rest.find('<').unwrap_or(rest.len());
            self.pos += len;
            Ok(Item::Text(start..self.pos))
        } else if rest.starts_with("<!") || rest.starts_with("<?") {
            self.markup(start)
        } else if rest.starts_with("</") {
            self.end_tag(start)
        } else {
            self.start_tag(start)
        };
        if result.is_err() {
            self.pos = self.src.len();
        }
        Some(result)
    }
}

fn is_name_start(c: char) -> bool {
    c.is_ascii_alphabetic() || c == '_' || c == ':' || (!c.is_ascii() && c.is_alphabetic())
}

fn is_name_char(c: char) -> bool {
    is_name_start(c)
        || c.is_ascii_digit()
        || c == '-'
        || c == '.'
        || (!c.is_ascii() && c.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(src: &str) -> Vec<Item<'_>> {
        Scanner::new(src).collect::<Result<_, _>>().unwrap()
    }

    fn error(src: &str) -> SyntaxError {
        let mut scanner = Scanner::new(src);
        let e = scanner
            .find_map(|r| r.err())
            .unwrap_or_else(|| panic!("no error in {src:?}"));
        assert!(scanner.next().is_none(), "the scanner stops after an error");
        e
    }

    #[test]
    fn tokens_keep_their_byte_ranges() {
        let src = "<?xml version=\"1.0\"?>\n<A x='1' y = \"a&amp;b\">hi<B/></A><!-- c -->";
        let got = items(src);
        assert_eq!(got[0], Item::Markup(0..21));
        assert_eq!(got[1], Item::Text(21..22));
        let Item::Start(tag) = &got[2] else {
            panic!("{:?}", got[2])
        };
        assert_eq!(tag.name, "A");
        assert!(!tag.empty);
        assert_eq!(&src[tag.span.clone()], "<A x='1' y = \"a&amp;b\">");
        assert_eq!(tag.attribute("x").unwrap().raw, "1");
        let y = tag.attribute("y").unwrap();
        assert_eq!(y.value().unwrap(), "a&b");
        assert_eq!(&src[y.value_start..y.value_start + y.raw.len()], "a&amp;b");
        assert!(matches!(&got[3], Item::Text(r) if &src[r.clone()] == "hi"));
        assert!(matches!(&got[4], Item::Start(t) if t.name == "B" && t.empty));
        assert!(matches!(&got[5], Item::End { name: "A", .. }));
        assert!(matches!(&got[6], Item::Markup(_)));
        assert_eq!(got.len(), 7);
    }

    #[test]
    fn cdata_and_doctype_with_internal_subset() {
        let src = "<!DOCTYPE x [ <!ENTITY a \">\"> ]><x><![CDATA[a<b]]></x>";
        let got = items(src);
        assert_eq!(got[0], Item::Markup(0..32));
        assert!(matches!(&got[2], Item::Cdata { content, .. } if &src[content.clone()] == "a<b"));
    }

    #[test]
    fn hostile_markup_is_located() {
        let cases: &[(&str, usize, &str)] = &[
            ("ab<", 2, "`<` starts no tag"),
            ("a < b", 2, "`<` starts no tag"),
            ("<A x=\"1\"", 0, "unclosed tag `<A`"),
            ("<A x=\"1>text", 5, "unclosed value of attribute `x`"),
            ("<A x=\"1>te<B>\">", 10, "`<` inside the value"),
            ("<A x=1>", 5, "expected a quoted value"),
            ("<A x>", 4, "expected `=` after attribute `x`"),
            ("<A x='1'y='2'>", 8, "expected a space before attribute `y`"),
            ("<A x='1' x='2'>", 9, "attribute `x` appears twice"),
            ("<A !>", 3, "expected an attribute name"),
            ("</>", 2, "expected an element name"),
            ("</A x>", 4, "expected `>` to close `</A`"),
            ("<!-- x", 0, "unclosed comment"),
            ("<![CDATA[ x", 0, "unclosed CDATA section"),
            ("<?xml ", 0, "unclosed processing instruction"),
            ("<!DOCTYPE [ > ", 0, "unclosed DOCTYPE"),
            ("<!ELEMENT x>", 0, "`<!` starts no comment"),
        ];
        for &(src, offset, message) in cases {
            let e = error(src);
            assert_eq!(e.offset, offset, "{src:?}: {e:?}");
            assert!(e.message.contains(message), "{src:?}: {e:?}");
        }
    }

    #[test]
    fn names_may_be_non_ascii() {
        let got = items("<été a.b-c:d='1'/>");
        assert!(
            matches!(&got[0], Item::Start(t) if t.name == "été" && t.attributes[0].name == "a.b-c:d")
        );
    }
}
