//! Writing YAML for people: one `key: value` line at a time, with comments, blank lines and a
//! choice of scalar style that keeps long sentences readable.
//!
//! serde_yaml's emitter cannot write comments, folds nothing and picks its own layout; the
//! claims file is edited by hand and merged by git, so its layout is chosen here, line by line.
//! Every string is written in the first style of this list that reads it back exactly:
//!
//! 1. plain (`title: Rand Paul delivers a letter`), when it fits on the line and cannot be
//!    mistaken for anything else (`yes`, `null`, `1.5`, `- x`, `a: b` and `#` are quoted);
//! 2. folded (`>-`, wrapped at spaces) for long one-line prose;
//! 3. literal (`|`) for text with line breaks;
//! 4. double-quoted with escapes for everything else (control characters, tabs, leading
//!    spaces...).
//!
//! ```
//! use claimline::yaml::emit::Writer;
//! let mut w = Writer::new(60);
//! w.string("", "plain", "Rand Paul");
//! w.string("", "tricky", "yes");
//! w.string("", "colon", "Note: see below");
//! assert_eq!(w.finish(), "plain: Rand Paul\ntricky: \"yes\"\ncolon: \"Note: see below\"\n");
//! ```

/// Builds YAML text line by line.
#[derive(Debug, Clone)]
pub struct Writer {
    out: String,
    width: usize,
}

impl Writer {
    /// A writer that wraps folded prose at `width` characters.
    pub fn new(width: usize) -> Writer {
        Writer {
            out: String::new(),
            width,
        }
    }

    /// `# text` at `indent` spaces; one comment line per line of `text`.
    pub fn comment(&mut self, indent: usize, text: &str) {
        for line in text.split('\n') {
            push_spaces(&mut self.out, indent);
            self.out.push('#');
            if !line.is_empty() {
                self.out.push(' ');
                self.out.push_str(line);
            }
            self.out.push('\n');
        }
    }

    /// An empty line.
    pub fn blank(&mut self) {
        self.out.push('\n');
    }

    /// A line written as is (it must be valid YAML in its place).
    pub fn raw_line(&mut self, line: &str) {
        self.out.push_str(line);
        self.out.push('\n');
    }

    /// `key: value` for a string, after `lead` (the indentation, or `- ` for the first key of
    /// a list item).
    pub fn string(&mut self, lead: &str, key: &str, value: &str) {
        let head = format!("{lead}{key}:");
        let indent = lead.chars().count() + 2;
        self.scalar(head, indent, value);
    }

    /// `key: value` for an optional string: nothing after the colon when absent, so the
    /// reviewer only has to type the value.
    pub fn optional(&mut self, lead: &str, key: &str, value: Option<&str>) {
        match value {
            Some(v) => self.string(lead, key, v),
            None => self.open(lead, key),
        }
    }

    /// `key: true` or `key: false`.
    pub fn boolean(&mut self, lead: &str, key: &str, value: bool) {
        self.out.push_str(&format!("{lead}{key}: {value}\n"));
    }

    /// `key:` alone: an empty value, or the head of a nested block.
    pub fn open(&mut self, lead: &str, key: &str) {
        self.out.push_str(&format!("{lead}{key}:\n"));
    }

    /// `key: []`.
    pub fn empty_list(&mut self, lead: &str, key: &str) {
        self.out.push_str(&format!("{lead}{key}: []\n"));
    }

    /// `- value` for a string item of a list, after `lead` (the indentation).
    pub fn item(&mut self, lead: &str, value: &str) {
        let head = format!("{lead}-");
        let indent = lead.chars().count() + 2;
        self.scalar(head, indent, value);
    }

    /// The text written so far.
    pub fn finish(self) -> String {
        self.out
    }

    fn scalar(&mut self, head: String, indent: usize, value: &str) {
        let room = self.width.saturating_sub(head.chars().count() + 1);
        self.out.push_str(&head);
        self.out.push_str(&scalar(value, indent, room, self.width));
        self.out.push('\n');
    }
}

fn push_spaces(out: &mut String, n: usize) {
    out.extend(std::iter::repeat_n(' ', n));
}

/// The text that follows `key:` (or `-`) for the string `value`: a space and the value, or a
/// block scalar header and its lines (without the final line break). `indent` is the column
/// block content is indented to, `room` the width left on the key's line, `width` the line
/// width folded text wraps at.
pub fn scalar(value: &str, indent: usize, room: usize, width: usize) -> String {
    let fits = value.chars().count() <= room;
    if is_plain_safe(value) && fits {
        return format!(" {value}");
    }
    if is_foldable(value) && !fits {
        return folded(value, indent, width);
    }
    if is_plain_safe(value) {
        // A single long word: nothing to wrap at.
        return format!(" {value}");
    }
    if value.contains('\n') && is_literal_safe(value) {
        return literal(value, indent);
    }
    format!(" {}", double_quoted(value))
}

/// Characters that must be escaped wherever they appear: controls (a tab only outside
/// quotes is harmless, but is invisible in an editor), the byte order mark, and the line and
/// paragraph separators that YAML 1.1 readers treat as line breaks.
fn needs_escape(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{feff}' | '\u{2028}' | '\u{2029}' | '\u{fffe}' | '\u{ffff}'
        )
}

/// Whether `value` reads back as the same string when written unquoted after `key: `.
pub fn is_plain_safe(value: &str) -> bool {
    let Some(first) = value.chars().next() else {
        return false;
    };
    if value.trim() != value || value.chars().any(needs_escape) {
        return false;
    }
    if "-?:,[]{}#&*!|>'\"%@`".contains(first) {
        return false;
    }
    if value.contains(": ") || value.contains(" #") || value.ends_with(':') {
        return false;
    }
    !is_ambiguous(value)
}

/// Whether a plain `value` would be read as something other than a string by a YAML 1.2 or
/// YAML 1.1 reader (editors and other tools may use either): null, a boolean, a number, a
/// sexagesimal number. A plain `YYYY-MM-DD` date stays a string in YAML 1.2, which is what
/// claimline and the schema expect, so dates are written unquoted.
fn is_ambiguous(value: &str) -> bool {
    let lower = value.to_ascii_lowercase();
    if matches!(
        lower.as_str(),
        "~" | "null" | "true" | "false" | "yes" | "no" | "on" | "off" | "y" | "n"
    ) {
        return true;
    }
    if is_iso_date(value) {
        return false;
    }
    let unsigned = lower.strip_prefix(['-', '+']).unwrap_or(&lower);
    if matches!(unsigned, ".inf" | ".nan") {
        return true;
    }
    let Some(first) = unsigned.chars().next() else {
        return true;
    };
    if !(first.is_ascii_digit() || first == '.') {
        return false;
    }
    // Any YAML 1.1 or 1.2 number: hex, octal, binary, or digits with points, underscores,
    // exponents and sexagesimal colons. Over-matching only costs a pair of quotes.
    let radix = |prefix: &str, ok: fn(char) -> bool| {
        unsigned
            .strip_prefix(prefix)
            .is_some_and(|rest| rest.chars().all(|c| ok(c) || c == '_'))
    };
    radix("0x", |c| c.is_ascii_hexdigit())
        || radix("0o", |c| c.is_digit(8))
        || radix("0b", |c| c.is_digit(2))
        || unsigned
            .chars()
            .all(|c| c.is_ascii_digit() || "._:e+-".contains(c))
}

fn is_iso_date(value: &str) -> bool {
    let b = value.as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
}

/// One line of prose whose words are separated by single spaces: folding at those spaces
/// reads back exactly.
fn is_foldable(value: &str) -> bool {
    !value.is_empty()
        && value.trim() == value
        && !value.contains("  ")
        && !value
            .chars()
            .any(|c| needs_escape(c) || c.is_whitespace() && c != ' ')
}

fn folded(value: &str, indent: usize, width: usize) -> String {
    let room = width.saturating_sub(indent).max(30);
    let mut out = String::from(" >-");
    let mut line_len = 0;
    for word in value.split(' ') {
        let len = word.chars().count();
        if line_len > 0 && line_len + 1 + len <= room {
            out.push(' ');
            line_len += 1;
        } else {
            out.push('\n');
            push_spaces(&mut out, indent);
            line_len = 0;
        }
        out.push_str(word);
        line_len += len;
    }
    out
}

/// Text with line breaks that a literal block keeps exactly: no escapes needed, no trailing
/// white space on a line (invisible, and lost by many editors), no leading white space on the
/// first line (it would be taken for indentation).
fn is_literal_safe(value: &str) -> bool {
    let first_ok = value.chars().next().is_some_and(|c| !c.is_whitespace());
    first_ok
        && !value
            .chars()
            .any(|c| c != '\n' && (needs_escape(c) || c == '\t'))
        && value.split('\n').all(|line| line.trim_end() == line)
}

fn literal(value: &str, indent: usize) -> String {
    let body = value.trim_end_matches('\n');
    let trailing = value.len() - body.len();
    let chomp = match trailing {
        0 => "-",
        1 => "",
        _ => "+",
    };
    let mut out = format!(" |{chomp}");
    for line in body.split('\n') {
        out.push('\n');
        if !line.is_empty() {
            push_spaces(&mut out, indent);
            out.push_str(line);
        }
    }
    // Keep-chomping: the extra line breaks are part of the value.
    for _ in 1..trailing {
        out.push('\n');
    }
    out
}

/// `value` as a double-quoted YAML scalar, escaped so that any string reads back exactly.
pub fn double_quoted(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 2);
    out.push('"');
    for c in value.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\0' => out.push_str("\\0"),
            c if needs_escape(c) => {
                let n = c as u32;
                if n <= 0xFF {
                    out.push_str(&format!("\\x{n:02X}"));
                } else {
                    out.push_str(&format!("\\u{n:04X}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_when_unambiguous() {
        for s in [
            "Rand Paul",
            "2018-08-08",
            "2018-W32",
            "2018-FA",
            "R-KY",
            "“quoted”",
            "a:b",
        ] {
            assert!(is_plain_safe(s), "{s}");
        }
        for s in [
            "yes", "No", "null", "~", "true", "1.5", "-5", "0x1F", "1:20", ".inf", "- x", "a: b",
            "a #b", "#x", "key:", " lead", "trail ", "", "'q'", "\"q\"", "[x]", "{x}", "*ref",
            "&anchor", "!tag", "|", ">", "%x", "@x", "`x", "?", "1e5", "a\tb",
        ] {
            assert!(!is_plain_safe(s), "{s:?}");
        }
    }

    #[test]
    fn long_prose_is_folded_at_spaces() {
        let sentence = "Sen. Rand Paul (R-KY) delivered a letter on Wednesday from President \
                        Donald Trump to introduce the Kentucky senator to Russian President.";
        let text = scalar(sentence, 4, 50, 60);
        assert!(text.starts_with(" >-\n    Sen. Rand Paul"), "{text}");
        assert!(text.lines().all(|l| l.chars().count() <= 60), "{text}");
    }

    #[test]
    fn multi_line_text_is_literal() {
        assert_eq!(scalar("a\nb", 2, 50, 60), " |-\n  a\n  b");
        assert_eq!(scalar("a\n\nb\n", 2, 50, 60), " |\n  a\n\n  b");
        assert_eq!(scalar("a\n\n", 2, 50, 60), " |+\n  a\n");
        assert_eq!(scalar(" a\nb", 2, 50, 60), " \" a\\nb\"");
    }

    #[test]
    fn escapes() {
        assert_eq!(
            double_quoted("a\"b\\c\u{7}\u{2028}\t"),
            "\"a\\\"b\\\\c\\x07\\u2028\\t\""
        );
    }
}
