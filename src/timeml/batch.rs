//! Tagging many TimeML files in one run, the way `claimline timeml` does.
//!
//! One bad document must not cost the others: every file is tried, every failure is reported
//! with its file (and line and column where there is one), and the caller decides the exit
//! status from the list. A failed document writes nothing; a written one is written atomically,
//! so an output folder never holds half a file. Two inputs that would be written under the
//! same name both fail (whichever came first would otherwise win silently), and so does an
//! input that its own output would overwrite.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use super::corpus::{files_in, output_name};
use super::document::Document;
use super::writer::tag;
use crate::error::{Error, ErrorKind, Result};
use crate::output::write_atomic;

/// What a run did, in input order.
#[derive(Debug, Default)]
pub struct Outcome {
    /// Files written.
    pub written: Vec<PathBuf>,
    /// One error per input that could not be tagged.
    pub failed: Vec<Error>,
}

/// Tag every TimeML document named by `inputs` (files, or folders searched recursively, leaving
/// out anything inside `out`) and write each into `out`. `report` is called with each failure
/// as it happens.
///
/// Only a problem with `out` itself (a file, or unreadable) stops the run early.
pub fn tag_files(
    inputs: &[PathBuf],
    out: &Path,
    mut report: impl FnMut(&Error),
) -> Result<Outcome> {
    let mut outcome = Outcome::default();
    let mut fail = |e: Error, outcome: &mut Outcome| {
        report(&e);
        outcome.failed.push(e);
    };
    // The folder is created by the first write: a run that tags nothing leaves no trace.
    let out_dir = match fs::metadata(out) {
        Ok(m) if m.is_dir() => Some(fs::canonicalize(out).map_err(|e| Error::io("read", out, e))?),
        Ok(_) => {
            return Err(Error::in_file(
                ErrorKind::Usage,
                out,
                "--out: expected a folder to write into, found a file",
            ));
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(Error::io("read", out, e)),
    };
    // Output from an earlier run into a folder inside an input folder is not input.
    let is_output = |p: &Path| {
        out_dir
            .as_ref()
            .is_some_and(|d| fs::canonicalize(p).is_ok_and(|c| c.starts_with(d)))
    };

    let mut files = Vec::new();
    for input in inputs {
        if input.is_dir() {
            match files_in(input) {
                Ok(found) => {
                    let all = found.len();
                    let found: Vec<PathBuf> = found.into_iter().filter(|f| !is_output(f)).collect();
                    let message = match all {
                        0 => "no TimeML files (.tml or .TE3input) in this folder",
                        _ => "no TimeML files in this folder outside the --out folder",
                    };
                    if found.is_empty() {
                        fail(
                            Error::in_file(ErrorKind::Usage, input, message),
                            &mut outcome,
                        );
                    }
                    files.extend(found);
                }
                Err(e) => fail(e, &mut outcome),
            }
        } else if input.is_file() {
            files.push(input.clone());
        } else {
            fail(
                Error::in_file(
                    ErrorKind::Io,
                    input,
                    "cannot read: no such file or directory",
                ),
                &mut outcome,
            );
        }
    }

    let mut by_name: BTreeMap<String, Vec<&PathBuf>> = BTreeMap::new();
    for f in &files {
        if let Some(name) = output_name(f) {
            by_name.entry(name).or_default().push(f);
        }
    }
    for file in &files {
        let Some(name) = output_name(file) else {
            fail(
                Error::in_file(
                    ErrorKind::Usage,
                    file,
                    "no file name to write the output under",
                ),
                &mut outcome,
            );
            continue;
        };
        let target = out.join(&name);
        let same_name = &by_name[&name];
        if same_name.len() > 1 {
            let others: Vec<String> = same_name
                .iter()
                .filter(|p| **p != file)
                .map(|p| p.display().to_string())
                .collect();
            fail(
                Error::in_file(
                    ErrorKind::WouldOverwrite,
                    file,
                    format!(
                        "{} would also be written from {}; tag them into different folders",
                        target.display(),
                        others.join(", ")
                    ),
                ),
                &mut outcome,
            );
            continue;
        }
        let overwrites_input = out_dir
            .as_ref()
            .is_some_and(|d| fs::canonicalize(file).is_ok_and(|f| f == d.join(&name)));
        if overwrites_input {
            fail(
                Error::in_file(
                    ErrorKind::WouldOverwrite,
                    file,
                    "the output would overwrite this input; choose another --out folder",
                ),
                &mut outcome,
            );
            continue;
        }
        match Document::read(file)
            .and_then(|doc| tag(&doc))
            .and_then(|tagged| write_atomic(&target, tagged.as_bytes()))
        {
            Ok(()) => outcome.written.push(target),
            Err(e) => fail(e, &mut outcome),
        }
    }
    Ok(outcome)
}
