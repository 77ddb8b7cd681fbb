//! Reading claims files.

use std::path::{Path, PathBuf};

use super::model::ClaimsFile;
use crate::error::{Error, ErrorKind, Result, read_utf8};
use crate::yaml;

/// Parse a claims file held in memory; `path` names it in errors.
///
/// An empty file is an error (it has no `article:`); syntax errors, unknown fields and wrong
/// types come back located (`file:line:column: message`).
pub fn parse(text: &str, path: &Path) -> Result<ClaimsFile> {
    if text.trim().is_empty() {
        return Err(Error::in_file(
            ErrorKind::Invalid,
            path,
            "the claims file is empty; expected `article:` and `claims:` (run `claimline extract`)",
        ));
    }
    yaml::from_str(text, path, 1)
}

/// Read and parse the claims file at `path`.
pub fn load(path: &Path) -> Result<ClaimsFile> {
    parse(&read_utf8(path)?, path)
}

/// The claims files in `dir` (`.yaml` and `.yml`), sorted; none when the folder does not
/// exist yet.
pub fn list(dir: &Path) -> Result<Vec<PathBuf>> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(Error::io("list", dir, e)),
    };
    let mut paths = Vec::new();
    for entry in entries {
        let path = entry.map_err(|e| Error::io("list", dir, e))?.path();
        if is_claims_file(&path) && path.is_file() {
            paths.push(path);
        }
    }
    paths.sort();
    Ok(paths)
}

/// Whether `path` is named like a claims file.
pub fn is_claims_file(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| matches!(e, "yaml" | "yml"))
}
