//! The one place that reads and writes YAML.
//!
//! `serde_yaml` was asked for by the design card but is archived upstream; keeping every call
//! to it in this module means it can be swapped for another implementation in one place.
//! Errors come back as crate [`Error`]s that name the file, line and column.
//!
//! Two more needs live here, beside typed reading: [`tree`] parses a document into nodes that
//! know their line and column (for `claimline check` and for editing claims files as text),
//! and [`emit`] writes YAML line by line with comments and readable scalars (for the files
//! people edit), and [`validate`] checks a tree against a JSON Schema with node positions.

pub mod emit;
pub mod tree;
pub mod validate;

use std::path::Path;

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::error::{Error, ErrorKind, Result, line_column};

/// Parse `text` (which starts at line `first_line` of the file `path`, 1-based) into `T`.
///
/// `first_line` lets callers parse a fragment, such as an article's front matter, and still
/// report positions in the whole file.
///
/// A syntax error is reported as such even where the typed reading stumbled first on what the
/// broken syntax made of a value: `status: [reviewed` is an unclosed bracket, not "a sequence
/// where a string was expected".
pub fn from_str<T: DeserializeOwned>(text: &str, path: &Path, first_line: usize) -> Result<T> {
    if let Some(e) = tree::too_deep(text, path, first_line) {
        return Err(e);
    }
    serde_yaml::from_str(text).map_err(|e| {
        syntax_error_from(text, path, first_line).unwrap_or_else(|| match e.location() {
            Some(_) => located(&e, text, path, first_line),
            None => unplaced(&e, text, path, first_line),
        })
    })
}

/// A place for the few failures libyaml reports without one: a second document in the file.
///
/// The located reader usually finds the `---` that starts it. libyaml also reads the
/// invisible U+0085, U+2028 and U+2029 as line breaks (YAML 1.1), so a `---` or a `%` after
/// one of them starts a document only for it: then the first of those characters is the
/// place to show.
fn unplaced(e: &serde_yaml::Error, text: &str, path: &Path, first_line: usize) -> Error {
    let at = |line, column, message: &str| syntax_at(path, first_line, line, column, message);
    if let Err(tree) = tree::parse(text, path) {
        if let Some((Some(line), Some(column))) = tree.location().map(|l| (l.line, l.column)) {
            return at(line, column, tree.message());
        }
    }
    if let Some((offset, c)) = text
        .char_indices()
        .find(|(_, c)| matches!(c, '\u{85}' | '\u{2028}' | '\u{2029}'))
    {
        let (line, column) = line_column(text, offset);
        return at(
            line,
            column,
            &format!(
                "U+{:04X}, an invisible line separator, breaks the YAML here; expected an \
                 ordinary line break or a space",
                c as u32
            ),
        );
    }
    at(1, 1, &format!("{e}; expected one YAML document"))
}

/// Serialise `value` as a YAML document (without the leading `---`).
pub fn to_string<T: Serialize>(value: &T) -> Result<String> {
    serde_yaml::to_string(value).map_err(|e| {
        Error::new(ErrorKind::Invalid, format!("cannot write YAML: {e}")).with_source(e)
    })
}

/// The syntax error libyaml (through serde_yaml) finds in `text`, if any. Its messages say
/// more than most parsers' ("while scanning a quoted scalar at line 7 column 13"), so the
/// located tree reports them when both readers refuse a file.
pub(crate) fn syntax_error(text: &str, path: &Path) -> Option<Error> {
    syntax_error_from(text, path, 1)
}

/// [`syntax_error`] for a fragment that starts at line `first_line` of the file.
fn syntax_error_from(text: &str, path: &Path, first_line: usize) -> Option<Error> {
    serde_yaml::from_str::<serde_yaml::Value>(text)
        .err()
        .filter(|e| e.location().is_some())
        .map(|e| located(&e, text, path, first_line))
}

/// `e` as a crate error located in the file: `text` starts at line `first_line` of `path`.
///
/// Lines are counted the claimline way, at `\n` only ([`line_column`]); libyaml also breaks
/// lines at a lone `\r` and at U+0085, U+2028 and U+2029, and its line numbers then point
/// past the lines an editor shows.
fn located(e: &serde_yaml::Error, text: &str, path: &Path, first_line: usize) -> Error {
    let (message, context_mark) = explain(&e.to_string());
    let offset = match (context_mark, e.location()) {
        (Some((line, column)), _) => libyaml_offset(text, line, column),
        (None, Some(loc)) => loc.index(),
        (None, None) => return Error::in_file(ErrorKind::Syntax, path, message),
    };
    let (line, column) = line_column(text, offset);
    syntax_at(path, first_line, line, column, message)
}

/// A syntax error at `line` and `column` of a fragment that starts at line `first_line` of
/// the file `path`.
fn syntax_at(
    path: &Path,
    first_line: usize,
    line: usize,
    column: usize,
    message: impl Into<String>,
) -> Error {
    Error::at_position(
        ErrorKind::Syntax,
        path,
        line + first_line - 1,
        column,
        message,
    )
}

/// The byte offset of libyaml's 1-based `line` and `column` (in characters) in `text`.
fn libyaml_offset(text: &str, line: usize, column: usize) -> usize {
    let (mut at_line, mut at_column) = (1, 1);
    let mut chars = text.char_indices().peekable();
    while let Some((offset, c)) = chars.next() {
        if (at_line, at_column) >= (line, column) {
            return offset;
        }
        let crlf = c == '\r' && chars.peek().is_some_and(|&(_, next)| next == '\n');
        if crlf {
            chars.next();
        }
        if matches!(c, '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}') {
            at_line += 1;
            at_column = 1;
        } else {
            at_column += 1;
        }
    }
    text.len()
}

/// Reword libyaml's "PROBLEM at line L column C, while CONTEXT at line L2 column C2".
///
/// The location is already in front of our messages, so it is dropped from the text. When
/// the problem is the end of the file (an unclosed quote or bracket), the useful place is
/// where the unclosed thing starts, which is returned to be used as the location.
fn explain(message: &str) -> (String, Option<(usize, usize)>) {
    let Some((problem, context)) = message.split_once(", while ") else {
        return (strip_mark(message).0.to_string(), None);
    };
    let problem = strip_mark(problem).0;
    let (what, mark) = strip_mark(context);
    let what = what
        .strip_prefix("scanning ")
        .or_else(|| what.strip_prefix("parsing "))
        .unwrap_or(what);
    if what.starts_with("for the next token") {
        // No node to name: the problem is where the parser stopped.
        return (problem.to_string(), None);
    }
    if problem.contains("end of stream") {
        return (
            format!("{what} starts here and is never closed: found the end of the file"),
            mark,
        );
    }
    let text = match mark {
        Some((line, column)) => {
            format!("{problem}, in {what} that starts at line {line} column {column}")
        }
        None => format!("{problem}, in {what}"),
    };
    (text, None)
}

/// "text at line L column C" -> ("text", Some((L, C))).
fn strip_mark(text: &str) -> (&str, Option<(usize, usize)>) {
    let Some(i) = text.rfind(" at line ") else {
        return (text, None);
    };
    let mark = text[i + " at line ".len()..]
        .split_once(" column ")
        .and_then(|(l, c)| Some((l.parse().ok()?, c.trim().parse().ok()?)));
    (&text[..i], mark)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Doc {
        title: String,
    }

    /// Strings a reviewer or an article can contain, each written by [`emit`] and read back by
    /// serde_yaml and by [`tree`]: both must give the string back unchanged.
    #[test]
    fn nasty_strings_round_trip() {
        let long = "word ".repeat(40).trim_end().to_string();
        let nasty = [
            "plain",
            "\"double\" and 'single' quotes",
            "colon: inside",
            "ends with colon:",
            "# not a comment",
            "text # not a comment",
            "- not a list",
            "? not a key",
            "yes",
            "no",
            "null",
            "~",
            "true",
            "False",
            "on",
            "2018",
            "1.5",
            "1:20",
            "0x1F",
            ".inf",
            "2018-08-08",
            "2018-W32",
            "",
            " leading space",
            "trailing space ",
            "unicode “quotes” — dashes, émigré, 日本語, 🎉",
            "line\nbreak",
            "two\n\nparagraphs\n",
            "kept\n\n\n",
            "\nstarts with a break",
            "tab\there",
            "carriage\r\nreturn",
            "bell\u{7} and nul \0",
            "line\u{2028}separator",
            "bom\u{feff}",
            "back\\slash",
            "{flow}",
            "[flow]",
            "*alias",
            "&anchor",
            "!tag",
            "| pipe",
            "> angle",
            "%percent",
            "@at",
            "`tick",
            "double  space in a long enough sentence to be folded if it were not for the two spaces",
            long.as_str(),
            "a: b long enough sentence with a colon: in it, which must be folded or quoted when it \
             runs past the width of one line",
            "ends with a space in a long sentence that is long enough to be wrapped at some point ",
        ];
        #[derive(Deserialize)]
        struct Doc {
            m: Inner,
            l: Vec<String>,
        }
        #[derive(Deserialize)]
        struct Inner {
            v: Option<String>,
        }
        for value in nasty {
            let mut w = emit::Writer::new(60);
            w.open("", "m");
            w.string("  ", "v", value);
            w.open("", "l");
            w.item("  ", value);
            let text = w.finish();
            let typed: Doc = from_str(&text, Path::new("t.yaml"), 1)
                .unwrap_or_else(|e| panic!("{value:?}: {e}\n{text}"));
            assert_eq!(
                typed.m.v.as_deref().unwrap_or(""),
                value,
                "serde_yaml:\n{text}"
            );
            assert_eq!(typed.l, [value], "serde_yaml:\n{text}");
            let root = tree::parse(&text, Path::new("t.yaml"))
                .unwrap_or_else(|e| panic!("{value:?}: {e}\n{text}"))
                .unwrap();
            let v = root.get("m").unwrap().get("v").unwrap();
            assert_eq!(v.as_text().unwrap_or(""), value, "tree:\n{text}");
            assert_eq!(
                root.get("l").unwrap().items()[0].as_text(),
                Some(value),
                "tree:\n{text}"
            );
        }
    }

    #[test]
    fn libyaml_messages_are_reworded() {
        assert_eq!(
            explain(
                "found unexpected end of stream at line 18 column 1, while scanning a quoted scalar at line 7 column 13"
            ),
            (
                "a quoted scalar starts here and is never closed: found the end of the file"
                    .to_string(),
                Some((7, 13))
            )
        );
        assert_eq!(
            explain(
                "found character that cannot start any token at line 2 column 1, while scanning for the next token at line 2 column 1"
            ),
            (
                "found character that cannot start any token".to_string(),
                None
            )
        );
    }

    #[test]
    fn lines_are_counted_at_newlines_as_editors_show_them() {
        // libyaml counts the lone \r and the U+2028 as line breaks too: line 4.
        let text = "a: 1\rb: 2\u{2028}c: 3\nd: [“é”, }\n";
        let e = from_str::<serde_yaml::Value>(text, Path::new("x.yaml"), 1).unwrap_err();
        let location = e.location().unwrap();
        assert_eq!((location.line, location.column), (Some(2), Some(10)), "{e}");
        assert_eq!(libyaml_offset("a\r\nb\rc", 3, 1), 5);
        assert_eq!(libyaml_offset("ab", 9, 9), 2);
    }

    #[test]
    fn deep_brackets_are_refused_before_libyaml_sees_them() {
        let text = format!(
            "title: x\nlist: {}1{}\n",
            "[".repeat(100_000),
            "]".repeat(100_000)
        );
        let e = from_str::<serde_yaml::Value>(&text, Path::new("x.yaml"), 3).unwrap_err();
        assert_eq!(
            e.to_string(),
            "x.yaml:4:262: brackets nested too deeply (more than 255 levels of [ ] or { }); \
             expected a few levels"
        );
        let e = tree::parse(&text, Path::new("x.yaml")).unwrap_err();
        assert!(
            e.to_string()
                .starts_with("x.yaml:2:262: brackets nested too deeply"),
            "{e}"
        );
    }

    #[test]
    fn a_second_document_is_located() {
        let e = from_str::<Doc>("title: a\n---\ntitle: b\n", Path::new("x.md"), 2).unwrap_err();
        assert_eq!(
            e.to_string(),
            "x.md:3:1: a second YAML document (`---`); expected one document per file"
        );
    }

    #[test]
    fn an_invisible_line_separator_is_shown() {
        let e = from_str::<Doc>("title: a\u{85}---\n", Path::new("x.md"), 2).unwrap_err();
        assert_eq!(
            e.to_string(),
            "x.md:2:9: U+0085, an invisible line separator, breaks the YAML here; expected an \
             ordinary line break or a space"
        );
    }

    #[test]
    fn a_syntax_error_wins_over_the_type_error_it_causes() {
        let e = from_str::<Doc>("title: [unclosed\n", Path::new("x.md"), 2).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::Syntax);
        let text = e.to_string();
        assert!(text.starts_with("x.md:3:"), "{text}");
        assert!(text.contains("flow sequence"), "{text}");
    }

    #[test]
    fn errors_are_located_in_the_whole_file() {
        let e = from_str::<Doc>("title: a\ntitel: b\n", Path::new("x.md"), 2).unwrap_err();
        let text = e.to_string();
        assert!(text.starts_with("x.md:3:1: "), "{text}");
        assert!(text.contains("unknown field `titel`"), "{text}");
        assert!(!text.contains(" at line "), "{text}");
    }
}
