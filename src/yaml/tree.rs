//! A YAML document as a tree of nodes that know where they are in the text.
//!
//! serde_yaml turns YAML into typed values and forgets where each value was written. Two things
//! need those places: `claimline check`, whose messages point at the offending value (the
//! `verdict:` value, the duplicated `id:`), and safe re-extraction, which edits a reviewer's
//! file as text (inserting new claim blocks between existing ones) and so must know where each
//! claim starts and ends. This module builds that tree from the events of `saphyr-parser`.
//!
//! Scalars keep the text as written and how YAML 1.2 (the core schema serde_yaml also follows)
//! resolves it: `true` is a boolean, `~` and an empty value are null, `2018` an integer,
//! `2018-08-08` a string.
//!
//! ```
//! use std::path::Path;
//! use claimline::yaml::tree::parse;
//! let root = parse("claims:\n- id: a\n  verdict: true\n", Path::new("x.yaml")).unwrap().unwrap();
//! let claim = &root.get("claims").unwrap().items()[0];
//! let verdict = claim.get("verdict").unwrap();
//! assert_eq!((verdict.start.line, verdict.start.column), (3, 12));
//! assert_eq!(verdict.as_text(), Some("true"));
//! ```

use std::collections::HashMap;
use std::path::Path;

use saphyr_parser::{Event, Marker, Parser, ScalarStyle, Span};

use crate::error::{Error, ErrorKind, Result};

/// A place in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Pos {
    /// Byte offset.
    pub offset: usize,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
}

/// A node and the text it covers.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// Where the node starts: the first character of a scalar, the `[` or `{` of a flow
    /// collection, the first key or item content of a block collection.
    pub start: Pos,
    /// Just past the node's last character of content (trailing blank lines, comments and,
    /// for block scalars, trailing line breaks are not part of it).
    pub end: Pos,
    /// What it holds.
    pub value: Value,
}

/// What a node holds.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// A scalar, with its text as written (after unescaping and folding).
    Scalar(Scalar),
    /// A list.
    Sequence {
        /// The items, in order.
        items: Vec<Node>,
        /// Written `[a, b]` rather than as `- ` lines.
        flow: bool,
    },
    /// A mapping.
    Mapping {
        /// The entries, in the order written; duplicates are kept (callers report them).
        entries: Vec<Entry>,
        /// Written `{a: b}` rather than as `key:` lines.
        flow: bool,
    },
}

/// One `key: value` of a mapping.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// The key node.
    pub key: Node,
    /// The value node (a null scalar for `key:` with nothing after it).
    pub value: Node,
}

/// A scalar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scalar {
    /// The value's text.
    pub text: String,
    /// How it was written.
    pub style: Style,
    /// What YAML 1.2 makes of it.
    pub kind: ScalarKind,
}

/// How a scalar was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// Unquoted.
    Plain,
    /// `'...'`
    SingleQuoted,
    /// `"..."`
    DoubleQuoted,
    /// `|`
    Literal,
    /// `>`
    Folded,
}

/// The type YAML 1.2's core schema gives a scalar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScalarKind {
    /// `~`, `null`, or nothing.
    Null,
    /// `true`, `false` (and their capitalised forms).
    Bool,
    /// `12`, `0x1F`, `0o17`.
    Int,
    /// `1.5`, `.inf`, `.nan`.
    Float,
    /// Anything else, and every quoted or block scalar.
    Str,
}

impl Node {
    /// The value of `key` when this node is a mapping that has it (the first, if repeated).
    pub fn get(&self, key: &str) -> Option<&Node> {
        self.entry(key).map(|e| &e.value)
    }

    /// The entry of `key` when this node is a mapping that has it (the first, if repeated).
    pub fn entry(&self, key: &str) -> Option<&Entry> {
        self.entries().iter().find(|e| e.key.as_text() == Some(key))
    }

    /// The entries of a mapping; empty for anything else.
    pub fn entries(&self) -> &[Entry] {
        match &self.value {
            Value::Mapping { entries, .. } => entries,
            _ => &[],
        }
    }

    /// The items of a sequence; empty for anything else.
    pub fn items(&self) -> &[Node] {
        match &self.value {
            Value::Sequence { items, .. } => items,
            _ => &[],
        }
    }

    /// The text of a scalar that is not null.
    pub fn as_text(&self) -> Option<&str> {
        match &self.value {
            Value::Scalar(s) if s.kind != ScalarKind::Null => Some(&s.text),
            _ => None,
        }
    }

    /// Whether this is a null scalar (`~`, `null`, or nothing).
    pub fn is_null(&self) -> bool {
        matches!(&self.value, Value::Scalar(s) if s.kind == ScalarKind::Null)
    }

    /// Whether this is a mapping or a sequence written in block style.
    pub fn is_block_collection(&self) -> bool {
        matches!(
            &self.value,
            Value::Sequence { flow: false, .. } | Value::Mapping { flow: false, .. }
        )
    }

    /// What the node is, in words for messages: "a string", "a list", "a mapping", "nothing".
    pub fn describe(&self) -> &'static str {
        match &self.value {
            Value::Scalar(s) => match s.kind {
                ScalarKind::Null => "nothing",
                ScalarKind::Bool => "a boolean",
                ScalarKind::Int | ScalarKind::Float => "a number",
                ScalarKind::Str => "a string",
            },
            Value::Sequence { .. } => "a list",
            Value::Mapping { .. } => "a mapping",
        }
    }
}

/// Parse `text` (the file `path`, named in errors) into its one document's root node; `None`
/// for a file with no content. A second document is an error: a claimline file holds one.
pub fn parse(text: &str, path: &Path) -> Result<Option<Node>> {
    let positions = Positions::new(text);
    let mut builder = Builder {
        positions: &positions,
        text,
        stack: Vec::new(),
        anchors: HashMap::new(),
        root: None,
        documents: 0,
    };
    let mut parser = Parser::new_from_str(text);
    while let Some(next) = parser.next_event() {
        match next {
            Ok((event, span)) => builder
                .event(event, span)
                .map_err(|(pos, message)| syntax_error(path, pos, message))?,
            Err(e) => {
                let pos = positions.pos(*e.marker());
                if e.info() == TOO_DEEP {
                    // libyaml's reading would take quadratic time here.
                    return Err(too_deep_error(path, pos.line, pos.column));
                }
                if let Some(better) = super::syntax_error(text, path) {
                    return Err(better);
                }
                return Err(syntax_error(path, pos, e.info().to_string()));
            }
        }
    }
    Ok(builder.root)
}

/// The parser's message when flow collections (`[...]`, `{...}`) nest past its limit of 255.
const TOO_DEEP: &str = "recursion limit exceeded";

fn too_deep_error(path: &Path, line: usize, column: usize) -> Error {
    Error::at_position(
        ErrorKind::Syntax,
        path,
        line,
        column,
        "brackets nested too deeply (more than 255 levels of [ ] or { }); expected a few levels",
    )
}

/// A located error when `text` (which starts at line `first_line` of `path`) nests flow
/// collections past this parser's limit.
///
/// libyaml, under serde_yaml, takes time quadratic in that depth before its own limit of 128
/// stops the typed reading: a file of a hundred thousand `[` would hold it for many seconds.
/// This parser refuses in linear time, so typed reading asks it first.
pub(crate) fn too_deep(text: &str, path: &Path, first_line: usize) -> Option<Error> {
    let mut parser = Parser::new_from_str(text);
    while let Some(event) = parser.next_event() {
        if let Err(e) = event {
            if e.info() != TOO_DEEP {
                return None;
            }
            let offset = text
                .char_indices()
                .nth(e.marker().index())
                .map_or(text.len(), |(i, _)| i);
            let (line, column) = crate::error::line_column(text, offset);
            return Some(too_deep_error(path, line + first_line - 1, column));
        }
    }
    None
}

fn syntax_error(path: &Path, pos: Pos, message: String) -> Error {
    Error::at_position(ErrorKind::Syntax, path, pos.line, pos.column, message)
}

/// Turns the parser's character-based markers into byte offsets, lines and columns.
///
/// Every lookup is a table read and a binary search, not a walk along the line: a hostile
/// file with thousands of nodes on one long line would otherwise take quadratic time. Lines
/// are counted at `\n` only, as everywhere in claimline (see [`crate::error::line_column`]);
/// the parser's own line count also breaks at a lone `\r`, which would point past the lines
/// an editor shows.
struct Positions<'t> {
    text: &'t str,
    /// The byte offset of each line's start.
    line_starts: Vec<usize>,
    /// The character index of each line's start.
    line_start_chars: Vec<usize>,
    /// The byte offset of each character, when some are wider than a byte.
    char_offsets: Option<Vec<usize>>,
    /// How many characters the text has.
    chars: usize,
}

impl<'t> Positions<'t> {
    fn new(text: &'t str) -> Positions<'t> {
        let mut line_starts = vec![0];
        let mut line_start_chars = vec![0];
        let mut char_offsets = (!text.is_ascii()).then(|| Vec::with_capacity(text.len()));
        let mut chars = 0;
        for (i, (offset, c)) in text.char_indices().enumerate() {
            if let Some(offsets) = &mut char_offsets {
                offsets.push(offset);
            }
            if c == '\n' {
                line_starts.push(offset + 1);
                line_start_chars.push(i + 1);
            }
            chars = i + 1;
        }
        Positions {
            text,
            line_starts,
            line_start_chars,
            char_offsets,
            chars,
        }
    }

    fn pos(&self, marker: Marker) -> Pos {
        let index = marker.index().min(self.chars);
        let offset = match &self.char_offsets {
            Some(offsets) => offsets.get(index).copied().unwrap_or(self.text.len()),
            None => index,
        };
        // The last line starting at or before the offset; line_starts[0] is 0, so never 0.
        let line = self.line_starts.partition_point(|&s| s <= offset).max(1);
        Pos {
            offset,
            line,
            column: index - self.line_start_chars[line - 1] + 1,
        }
    }
}

enum Open {
    Sequence {
        start: Pos,
        flow: bool,
        items: Vec<Node>,
        anchor: usize,
    },
    Mapping {
        start: Pos,
        flow: bool,
        entries: Vec<Entry>,
        pending_key: Option<Node>,
        anchor: usize,
    },
}

struct Builder<'p, 't> {
    positions: &'p Positions<'t>,
    text: &'t str,
    stack: Vec<Open>,
    anchors: HashMap<usize, Node>,
    root: Option<Node>,
    documents: usize,
}

type Failure = (Pos, String);

impl Builder<'_, '_> {
    fn event(&mut self, event: Event<'_>, span: Span) -> std::result::Result<(), Failure> {
        let start = self.positions.pos(span.start);
        let end = self.positions.pos(span.end);
        match event {
            Event::DocumentStart(_) => {
                self.documents += 1;
                if self.documents > 1 {
                    return Err((
                        start,
                        "a second YAML document (`---`); expected one document per file"
                            .to_string(),
                    ));
                }
            }
            Event::Scalar(text, style, anchor, tag) => {
                let style = match style {
                    ScalarStyle::Plain => Style::Plain,
                    ScalarStyle::SingleQuoted => Style::SingleQuoted,
                    ScalarStyle::DoubleQuoted => Style::DoubleQuoted,
                    ScalarStyle::Literal => Style::Literal,
                    ScalarStyle::Folded => Style::Folded,
                };
                let kind = match tag.as_deref() {
                    Some(tag) if tag.is_yaml_core_schema() => match tag.suffix.as_str() {
                        "null" => ScalarKind::Null,
                        "bool" => ScalarKind::Bool,
                        "int" => ScalarKind::Int,
                        "float" => ScalarKind::Float,
                        _ => ScalarKind::Str,
                    },
                    Some(_) => ScalarKind::Str,
                    None if style == Style::Plain => resolve_plain(&text),
                    None => ScalarKind::Str,
                };
                let end = match style {
                    // Block scalars end where the next token starts; their content ends at
                    // the last non-blank character before that.
                    Style::Literal | Style::Folded => self.trim_back(start, end),
                    _ => end,
                };
                let node = Node {
                    start,
                    end,
                    value: Value::Scalar(Scalar {
                        text: text.into_owned(),
                        style,
                        kind,
                    }),
                };
                self.finish(node, anchor);
            }
            Event::SequenceStart(anchor, _) => self.stack.push(Open::Sequence {
                start,
                flow: !span.is_empty(),
                items: Vec::new(),
                anchor,
            }),
            Event::MappingStart(anchor, _) => self.stack.push(Open::Mapping {
                start,
                flow: !span.is_empty(),
                entries: Vec::new(),
                pending_key: None,
                anchor,
            }),
            Event::SequenceEnd | Event::MappingEnd => {
                let Some(open) = self.stack.pop() else {
                    return Err((start, "unbalanced YAML structure".to_string()));
                };
                let (node, anchor) = match open {
                    Open::Sequence {
                        start: s,
                        flow,
                        items,
                        anchor,
                    } => {
                        let node_end = if flow {
                            end
                        } else {
                            items.last().map_or(s, |n| n.end)
                        };
                        let value = Value::Sequence { items, flow };
                        (
                            Node {
                                start: s,
                                end: node_end,
                                value,
                            },
                            anchor,
                        )
                    }
                    Open::Mapping {
                        start: s,
                        flow,
                        entries,
                        anchor,
                        ..
                    } => {
                        let node_end = if flow {
                            end
                        } else {
                            entries.last().map_or(s, |e| e.value.end.max(e.key.end))
                        };
                        let value = Value::Mapping { entries, flow };
                        (
                            Node {
                                start: s,
                                end: node_end,
                                value,
                            },
                            anchor,
                        )
                    }
                };
                self.finish(node, anchor);
            }
            Event::Alias(id) => {
                let Some(target) = self.anchors.get(&id) else {
                    return Err((start, "an alias to an unknown anchor".to_string()));
                };
                let mut node = target.clone();
                node.start = start;
                node.end = end;
                self.finish(node, 0);
            }
            Event::Nothing | Event::StreamStart | Event::StreamEnd | Event::DocumentEnd => {}
        }
        Ok(())
    }

    /// Place a finished node in its parent (or as the root).
    fn finish(&mut self, node: Node, anchor: usize) {
        if anchor != 0 {
            self.anchors.insert(anchor, node.clone());
        }
        match self.stack.last_mut() {
            None => self.root = Some(node),
            Some(Open::Sequence { items, .. }) => items.push(node),
            Some(Open::Mapping {
                entries,
                pending_key,
                ..
            }) => match pending_key.take() {
                None => *pending_key = Some(node),
                Some(key) => entries.push(Entry { key, value: node }),
            },
        }
    }

    /// Move `end` back over trailing white space, never before `start`.
    fn trim_back(&self, start: Pos, end: Pos) -> Pos {
        let content = &self.text[start.offset..end.offset.max(start.offset)];
        let trimmed = content.trim_end_matches([' ', '\t', '\n', '\r']);
        let offset = start.offset + trimmed.len();
        let (line, column) = crate::error::line_column(self.text, offset);
        Pos {
            offset,
            line,
            column,
        }
    }
}

/// What a YAML 1.2 reader makes of `text` written unquoted, as a JSON value: `true` is a
/// boolean, `12` a number, `~` null, `2018-08-08` a string.
///
/// ```
/// use claimline::yaml::tree::plain_reading;
/// assert_eq!(plain_reading("true"), serde_json::json!(true));
/// assert_eq!(plain_reading("2018-08-08"), serde_json::json!("2018-08-08"));
/// ```
pub fn plain_reading(text: &str) -> serde_json::Value {
    use serde_json::Value as Json;
    match resolve_plain(text) {
        ScalarKind::Null => Json::Null,
        ScalarKind::Bool => Json::Bool(text.eq_ignore_ascii_case("true")),
        ScalarKind::Int => text
            .parse::<i64>()
            .map_or_else(|_| Json::String(text.to_string()), Json::from),
        ScalarKind::Float => text
            .parse::<f64>()
            .ok()
            .and_then(serde_json::Number::from_f64)
            .map_or_else(|| Json::String(text.to_string()), Json::Number),
        ScalarKind::Str => Json::String(text.to_string()),
    }
}

/// The YAML 1.2 core schema's reading of a plain scalar.
fn resolve_plain(text: &str) -> ScalarKind {
    match text {
        "" | "~" | "null" | "Null" | "NULL" => ScalarKind::Null,
        "true" | "True" | "TRUE" | "false" | "False" | "FALSE" => ScalarKind::Bool,
        _ if is_core_int(text) => ScalarKind::Int,
        _ if is_core_float(text) => ScalarKind::Float,
        _ => ScalarKind::Str,
    }
}

fn is_core_int(text: &str) -> bool {
    let all = |s: &str, f: fn(&u8) -> bool| !s.is_empty() && s.as_bytes().iter().all(f);
    if let Some(hex) = text.strip_prefix("0x") {
        return all(hex, u8::is_ascii_hexdigit);
    }
    if let Some(oct) = text.strip_prefix("0o") {
        return all(oct, |b| (b'0'..=b'7').contains(b));
    }
    let digits = text.strip_prefix(['-', '+']).unwrap_or(text);
    all(digits, u8::is_ascii_digit)
}

fn is_core_float(text: &str) -> bool {
    let unsigned = text.strip_prefix(['-', '+']).unwrap_or(text);
    if matches!(unsigned, ".inf" | ".Inf" | ".INF") || matches!(text, ".nan" | ".NaN" | ".NAN") {
        return true;
    }
    let (mantissa, exponent) = match unsigned.find(['e', 'E']) {
        Some(i) => (&unsigned[..i], Some(&unsigned[i + 1..])),
        None => (unsigned, None),
    };
    let (whole, fraction) = match mantissa.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (mantissa, None),
    };
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let mantissa_ok = digits(whole)
        && fraction.is_none_or(digits)
        && !(whole.is_empty() && fraction.is_none_or(str::is_empty));
    let exponent_ok = exponent.is_none_or(|e| {
        let e = e.strip_prefix(['-', '+']).unwrap_or(e);
        !e.is_empty() && digits(e)
    });
    mantissa_ok && exponent_ok && (fraction.is_some() || exponent.is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn root(text: &str) -> Node {
        parse(text, Path::new("t.yaml")).unwrap().unwrap()
    }

    #[test]
    fn scalars_are_resolved_as_yaml_1_2() {
        let r = root(
            "a: true\nb: 2018\nc: 2018-08-08\nd:\ne: yes\nf: '1'\ng: 1.5e3\nh: .inf\ni: 0x1F\nj: 1.2.3\n",
        );
        let kind = |k: &str| match &r.get(k).unwrap().value {
            Value::Scalar(s) => s.kind,
            _ => panic!("not a scalar"),
        };
        assert_eq!(kind("a"), ScalarKind::Bool);
        assert_eq!(kind("b"), ScalarKind::Int);
        assert_eq!(kind("c"), ScalarKind::Str);
        assert_eq!(kind("d"), ScalarKind::Null);
        assert_eq!(kind("e"), ScalarKind::Str);
        assert_eq!(kind("f"), ScalarKind::Str);
        assert_eq!(kind("g"), ScalarKind::Float);
        assert_eq!(kind("h"), ScalarKind::Float);
        assert_eq!(kind("i"), ScalarKind::Int);
        assert_eq!(kind("j"), ScalarKind::Str);
    }

    #[test]
    fn positions_break_lines_at_newlines_only() {
        // A lone carriage return is not a line break for an editor's line numbers.
        let text = "a: 1\rb: “x”\nc: [1, 2]\n";
        let r = root(text);
        let c = r.entry("c").unwrap();
        assert_eq!((c.key.start.line, c.key.start.column), (2, 1));
        let two = &c.value.items()[1];
        assert_eq!((two.start.line, two.start.column), (2, 8));
        assert_eq!(&text[two.start.offset..two.end.offset], "2");
    }

    #[test]
    fn many_nodes_on_one_line_take_linear_time() {
        // Quadratic position lookups made this take tens of seconds.
        let text = format!("k: [{}]\n", "“x”, ".repeat(50_000));
        let r = root(&text);
        let items = r.get("k").unwrap().items();
        assert_eq!(items.len(), 50_000);
        let last = &items[49_999];
        assert_eq!(last.start.column, 4 + 49_999 * 5 + 1);
        assert_eq!(&text[last.start.offset..last.end.offset], "“x”");
    }

    #[test]
    fn positions_count_characters_and_bytes() {
        let text = "t: “q”\nk: v\n";
        let r = root(text);
        let k = r.entry("k").unwrap();
        assert_eq!((k.key.start.line, k.key.start.column), (2, 1));
        assert_eq!(&text[k.value.start.offset..k.value.end.offset], "v");
        let t = r.get("t").unwrap();
        assert_eq!(&text[t.start.offset..t.end.offset], "“q”");
    }

    #[test]
    fn block_collections_end_at_their_last_content() {
        let text = "claims:\n- id: a\n  notes: |\n    x\n\n  # comment\n\n- id: b\nafter: 1\n";
        let r = root(text);
        let claims = r.get("claims").unwrap();
        let first = &claims.items()[0];
        assert_eq!(
            &text[first.start.offset..first.end.offset],
            "id: a\n  notes: |\n    x"
        );
        assert_eq!(&text[claims.end.offset - 1..claims.end.offset], "b");
        assert!(!claims.items()[1].get("id").unwrap().is_null());
    }

    #[test]
    fn flow_collections_are_marked() {
        let r = root("a: []\nb:\n- x\n");
        assert!(!r.get("a").unwrap().is_block_collection());
        assert!(r.get("b").unwrap().is_block_collection());
    }

    #[test]
    fn syntax_errors_are_located() {
        let e = parse("a: b\n  c: d\n", Path::new("t.yaml")).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::Syntax);
        assert!(e.to_string().starts_with("t.yaml:2:"), "{e}");
    }

    #[test]
    fn one_document_only() {
        let e = parse("a: 1\n---\nb: 2\n", Path::new("t.yaml")).unwrap_err();
        assert!(
            e.to_string()
                .starts_with("t.yaml:2:1: a second YAML document"),
            "{e}"
        );
    }

    #[test]
    fn aliases_copy_their_anchor() {
        let r = root("a: &x hello\nb: *x\n");
        assert_eq!(r.get("b").unwrap().as_text(), Some("hello"));
        assert_eq!(r.get("b").unwrap().start.line, 2);
    }

    #[test]
    fn empty_text_has_no_root() {
        assert!(
            parse("# only a comment\n", Path::new("t.yaml"))
                .unwrap()
                .is_none()
        );
    }
}
