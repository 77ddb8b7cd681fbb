//! The crate's error type: every failure a user can cause names the file, and where it can,
//! the line and column, in the `file:line:column: message` form that editors and CI annotate.

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

/// What went wrong, for callers that react differently to different failures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// A file could not be read, written or listed.
    Io,
    /// A file is not valid UTF-8.
    Encoding,
    /// YAML, TimeML or front matter that does not parse.
    Syntax,
    /// Well-formed input whose content is wrong: a missing field, an impossible date.
    Invalid,
    /// A template that does not parse or render.
    Template,
    /// The command would overwrite something a person may have edited.
    WouldOverwrite,
    /// The command line asks for something impossible.
    Usage,
}

/// Where in which file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    /// The file, as the user named it.
    pub path: PathBuf,
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// 1-based column in characters, when known.
    pub column: Option<usize>,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", Printable(&self.path.display().to_string()))?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(column) = self.column {
                write!(f, ":{column}")?;
            }
        }
        Ok(())
    }
}

/// A claimline error: a kind, an optional location and a message that says what was
/// expected.
#[derive(Debug)]
pub struct Error {
    kind: ErrorKind,
    location: Option<Location>,
    message: String,
    source: Option<Box<dyn std::error::Error + Send + Sync>>,
}

/// Shorthand for results in this crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// An error without a location.
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Error {
        Error {
            kind,
            location: None,
            message: message.into(),
            source: None,
        }
    }

    /// An error about a whole file.
    pub fn in_file(kind: ErrorKind, path: &Path, message: impl Into<String>) -> Error {
        Error::new(kind, message).at(Location {
            path: path.to_path_buf(),
            line: None,
            column: None,
        })
    }

    /// An error at a line and column of a file.
    pub fn at_position(
        kind: ErrorKind,
        path: &Path,
        line: usize,
        column: usize,
        message: impl Into<String>,
    ) -> Error {
        Error::new(kind, message).at(Location {
            path: path.to_path_buf(),
            line: Some(line),
            column: Some(column),
        })
    }

    /// An I/O failure while doing `action` ("read", "write", "list") on `path`.
    ///
    /// The message says what was expected in words, not with the system's error number; when
    /// a file stands where a folder is needed (`site` is a file, so `site/index.html` cannot
    /// be written), the error names that file.
    pub fn io(action: &str, path: &Path, source: io::Error) -> Error {
        use io::ErrorKind as Io;
        if matches!(source.kind(), Io::NotADirectory | Io::AlreadyExists) {
            if let Some(file) = file_in_the_way(path) {
                return Error::not_a_folder(&file, action, path).with_source(source);
            }
        }
        let reason = match source.kind() {
            Io::NotFound => "no such file or directory".to_string(),
            Io::PermissionDenied => "permission denied".to_string(),
            Io::IsADirectory => "expected a file, found a folder".to_string(),
            Io::StorageFull => "the disk is full".to_string(),
            Io::ReadOnlyFilesystem => "the file system is read-only".to_string(),
            _ => source.to_string(),
        };
        Error::in_file(ErrorKind::Io, path, format!("cannot {action}: {reason}"))
            .with_source(source)
    }

    /// `file` is a file where a folder is needed to `action` `path`.
    pub(crate) fn not_a_folder(file: &Path, action: &str, path: &Path) -> Error {
        let message = if file == path {
            format!("cannot {action}: expected a folder, found a file")
        } else {
            format!(
                "expected a folder, found a file (cannot {action} {})",
                path.display()
            )
        };
        Error::in_file(ErrorKind::Io, file, message)
    }

    /// Attach a location.
    pub fn at(mut self, location: Location) -> Error {
        self.location = Some(location);
        self
    }

    /// Attach the underlying error.
    pub fn with_source(mut self, source: impl std::error::Error + Send + Sync + 'static) -> Error {
        self.source = Some(Box::new(source));
        self
    }

    /// What kind of failure this is.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// Where it happened, when known.
    pub fn location(&self) -> Option<&Location> {
        self.location.as_ref()
    }

    /// The message without the location.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(location) = &self.location {
            write!(f, "{location}: ")?;
        }
        write!(f, "{}", Printable(&self.message))
    }
}

/// Text shown with its control characters escaped (`\n`, `\t`, `\u{1b}`), for messages that
/// quote what a file holds: an error stays one line, and a hostile file cannot send escape
/// sequences to the terminal that shows it.
///
/// ```
/// use claimline::error::Printable;
/// assert_eq!(Printable("a\tb\n\u{1b}[2J").to_string(), "a\\tb\\n\\u{1b}[2J");
/// ```
pub struct Printable<'a>(pub &'a str);

impl fmt::Display for Printable<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut rest = self.0;
        while let Some(i) = rest.find(char::is_control) {
            f.write_str(&rest[..i])?;
            let c = rest[i..].chars().next().unwrap_or_default();
            match c {
                '\n' => f.write_str("\\n")?,
                '\r' => f.write_str("\\r")?,
                '\t' => f.write_str("\\t")?,
                _ => write!(f, "\\u{{{:x}}}", c as u32)?,
            }
            rest = &rest[i + c.len_utf8()..];
        }
        f.write_str(rest)
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source
            .as_deref()
            .map(|e| e as &(dyn std::error::Error + 'static))
    }
}

/// The first of `path` and the folders above it, outermost first, that exists and is not a
/// folder: what stops `path` being used as, or created inside, a folder.
pub(crate) fn file_in_the_way(path: &Path) -> Option<PathBuf> {
    let mut ancestors: Vec<&Path> = path
        .ancestors()
        .filter(|p| !p.as_os_str().is_empty())
        .collect();
    ancestors.reverse();
    ancestors
        .into_iter()
        .find(|p| std::fs::metadata(p).is_ok_and(|m| !m.is_dir()))
        .map(Path::to_path_buf)
}

/// The 1-based line and column (in characters) of byte offset `offset` in `text`.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let offset = floor_char_boundary(text, offset.min(text.len()));
    let before = &text[..offset];
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Read a file as UTF-8, with an error naming the line and column of the first bad byte.
pub fn read_utf8(path: &Path) -> Result<String> {
    let bytes = std::fs::read(path).map_err(|e| Error::io("read", path, e))?;
    decode_utf8(bytes, path)
}

/// The bytes read from `path` as UTF-8 text, with an error naming the line and column of the
/// first bad byte.
///
/// ```
/// use std::path::Path;
/// use claimline::error::decode_utf8;
/// let e = decode_utf8(b"ok\nab\xFFcd".to_vec(), Path::new("<stdin>")).unwrap_err();
/// assert!(e.to_string().starts_with("<stdin>:2:3: not valid UTF-8 (byte 0xFF)"));
/// ```
pub fn decode_utf8(bytes: Vec<u8>, path: &Path) -> Result<String> {
    String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let bytes = e.as_bytes();
        // The prefix is valid UTF-8 by definition of `valid_up_to`.
        let prefix = std::str::from_utf8(&bytes[..valid]).unwrap_or_default();
        let (line, column) = line_column(prefix, prefix.len());
        Error::at_position(
            ErrorKind::Encoding,
            path,
            line,
            column,
            format!(
                "not valid UTF-8 (byte 0x{:02X}); expected UTF-8 text — re-save the file as UTF-8",
                bytes[valid]
            ),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_characters() {
        let text = "ab\n“cd”\nef";
        assert_eq!(line_column(text, 0), (1, 1));
        assert_eq!(line_column(text, 3), (2, 1));
        // After the three-byte opening quote: the second character of line 2.
        assert_eq!(line_column(text, 6), (2, 2));
        assert_eq!(line_column(text, text.len()), (3, 3));
    }

    #[test]
    fn display_uses_the_editor_format() {
        let e = Error::at_position(ErrorKind::Invalid, Path::new("a.yaml"), 3, 7, "bad");
        assert_eq!(e.to_string(), "a.yaml:3:7: bad");
        let e = Error::in_file(ErrorKind::Io, Path::new("a.md"), "cannot read");
        assert_eq!(e.to_string(), "a.md: cannot read");
    }

    #[test]
    fn non_utf8_names_line_and_column() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("bad.md");
        std::fs::write(&path, b"ok\nab\xFFcd").unwrap();
        let e = read_utf8(&path).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::Encoding);
        assert!(e.to_string().contains("bad.md:2:3: not valid UTF-8"), "{e}");
    }

    #[test]
    fn a_file_where_a_folder_should_be_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let site = dir.path().join("site");
        std::fs::write(&site, "not a folder").unwrap();
        let page = site.join("articles/a.html");
        let e = std::fs::create_dir_all(page.parent().unwrap()).unwrap_err();
        let e = Error::io("create folder", page.parent().unwrap(), e);
        assert_eq!(e.location().unwrap().path, site);
        assert!(
            e.message()
                .starts_with("expected a folder, found a file (cannot create folder "),
            "{e}"
        );
        let e = Error::io("list", &site, std::fs::read_dir(&site).unwrap_err());
        assert_eq!(
            e.message(),
            "cannot list: expected a folder, found a file",
            "{e}"
        );
        let e = Error::io("read", dir.path(), std::fs::read(dir.path()).unwrap_err());
        assert_eq!(e.message(), "cannot read: expected a file, found a folder");
    }
}
