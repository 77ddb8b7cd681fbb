//! The one place that reads and writes YAML.
//!
//! `serde_yaml` was asked for by the design card but is archived upstream; keeping every call
//! to it in this module means it can be swapped for another implementation in one place.
//! Errors come back as crate [`Error`]s that name the file, line and column.

use std::path::Path;

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::error::{Error, ErrorKind, Result};

/// Parse `text` (which starts at line `first_line` of the file `path`, 1-based) into `T`.
///
/// `first_line` lets callers parse a fragment, such as an article's front matter, and still
/// report positions in the whole file.
pub fn from_str<T: DeserializeOwned>(text: &str, path: &Path, first_line: usize) -> Result<T> {
    serde_yaml::from_str(text).map_err(|e| located(&e, path, first_line))
}

/// Serialise `value` as a YAML document (without the leading `---`).
pub fn to_string<T: Serialize>(value: &T) -> Result<String> {
    serde_yaml::to_string(value).map_err(|e| {
        Error::new(ErrorKind::Invalid, format!("cannot write YAML: {e}")).with_source(e)
    })
}

fn located(e: &serde_yaml::Error, path: &Path, first_line: usize) -> Error {
    let message = clean_message(&e.to_string());
    match e.location() {
        Some(loc) => Error::at_position(
            ErrorKind::Syntax,
            path,
            loc.line() + first_line - 1,
            loc.column(),
            message,
        ),
        None => Error::in_file(ErrorKind::Syntax, path, message),
    }
}

/// serde_yaml appends " at line L column C" to its messages; the location is already in
/// front of ours.
fn clean_message(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
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

    #[test]
    fn errors_are_located_in_the_whole_file() {
        let e = from_str::<Doc>("title: a\ntitel: b\n", Path::new("x.md"), 2).unwrap_err();
        let text = e.to_string();
        assert!(text.starts_with("x.md:3:1: "), "{text}");
        assert!(text.contains("unknown field `titel`"), "{text}");
        assert!(!text.contains(" at line "), "{text}");
    }
}
