//! Finding TimeML files in folders, naming the tagger's output files, and pairing gold files
//! with system files for the scorer.

use std::ffi::OsStr;
use std::fs;
use std::path::{Path, PathBuf};

use crate::error::{Error, ErrorKind, Result};

/// The suffix TempEval-3 gives the raw input of a document (`X.tml.TE3input`).
const INPUT_SUFFIX: &str = ".TE3input";

/// Whether a file found in a folder is a TimeML document: `.tml`, or TempEval-3 input
/// (`.TE3input`). Hidden files (`.DS_Store`, editor swap files) never are.
pub fn is_timeml_name(name: &OsStr) -> bool {
    let Some(name) = name.to_str() else {
        return false;
    };
    !name.starts_with('.') && (name.ends_with(".tml") || name.ends_with(INPUT_SUFFIX))
}

/// The TimeML files under `dir`, recursively, in a stable order (by name at each level, a
/// folder's files before its subfolders'). Symbolic links to files are followed; links to
/// folders are not, so a loop of links cannot make the walk endless.
pub fn files_in(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    walk(dir, &mut out)?;
    Ok(out)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    let mut files = Vec::new();
    let mut dirs = Vec::new();
    for entry in fs::read_dir(dir).map_err(|e| Error::io("list", dir, e))? {
        let entry = entry.map_err(|e| Error::io("list", dir, e))?;
        let path = entry.path();
        let kind = entry.file_type().map_err(|e| Error::io("list", &path, e))?;
        if kind.is_dir() {
            if !entry.file_name().to_string_lossy().starts_with('.') {
                dirs.push(path);
            }
        } else if is_timeml_name(&entry.file_name()) && (kind.is_file() || path.is_file()) {
            files.push(path);
        }
    }
    files.sort();
    dirs.sort();
    out.extend(files);
    for d in dirs {
        walk(&d, out)?;
    }
    Ok(())
}

/// The name the tagger writes a document under: the input's file name with a trailing
/// `.TE3input` removed.
///
/// ```
/// use std::path::Path;
/// use claimline::timeml::output_name;
/// assert_eq!(output_name(Path::new("in/APW1998.tml.TE3input")).as_deref(), Some("APW1998.tml"));
/// assert_eq!(output_name(Path::new("in/wsj_0001.tml")).as_deref(), Some("wsj_0001.tml"));
/// assert_eq!(output_name(Path::new(".TE3input")), None);
/// ```
pub fn output_name(path: &Path) -> Option<String> {
    let name = path.file_name()?.to_str()?;
    let name = name.strip_suffix(INPUT_SUFFIX).unwrap_or(name);
    (!name.is_empty()).then(|| name.to_string())
}

/// A gold file and the system file scored against it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pair {
    /// The path relative to the gold folder (the file name when two files were given): how
    /// reports name the document.
    pub name: String,
    pub gold: PathBuf,
    pub system: PathBuf,
}

/// Pair `gold` with `system`: two files, or two folders whose files of the same relative path
/// are compared (or, when the system folder is flat as `claimline timeml` writes it, of the same
/// name). Every gold file needs its system file; extra system files are ignored, as TempEval-3
/// does.
pub fn pairs(gold: &Path, system: &Path) -> Result<Vec<Pair>> {
    let usage = |m: String| Error::new(ErrorKind::Usage, m);
    match (gold.is_dir(), system.is_dir()) {
        (true, true) => {
            let mut out = Vec::new();
            let mut missing = Vec::new();
            for g in files_in(gold)? {
                let relative = g.strip_prefix(gold).unwrap_or(&g).to_path_buf();
                let mut s = system.join(&relative);
                // `claimline timeml` writes a folder tree flat: accept its output for a gold tree.
                if !s.is_file() {
                    if let Some(flat) = g.file_name().map(|n| system.join(n)) {
                        if flat.is_file() {
                            s = flat;
                        }
                    }
                }
                if s.is_file() {
                    out.push(Pair {
                        name: relative.to_string_lossy().into_owned(),
                        gold: g,
                        system: s,
                    });
                } else {
                    missing.push(s.display().to_string());
                }
            }
            if !missing.is_empty() {
                let shown = missing
                    .iter()
                    .take(5)
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(", ");
                let more = match missing.len() {
                    n if n > 5 => format!(" and {} more", n - 5),
                    _ => String::new(),
                };
                return Err(usage(format!(
                    "{} gold file(s) have no system file of the same name: {shown}{more}",
                    missing.len()
                )));
            }
            if out.is_empty() {
                return Err(usage(format!(
                    "{}: no TimeML files (.tml or .TE3input) to score",
                    gold.display()
                )));
            }
            Ok(out)
        }
        (false, false) if gold.is_file() && system.is_file() => Ok(vec![Pair {
            name: gold.file_name().map_or_else(
                || gold.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            ),
            gold: gold.to_path_buf(),
            system: system.to_path_buf(),
        }]),
        _ => {
            for p in [gold, system] {
                if !p.exists() {
                    return Err(Error::in_file(
                        ErrorKind::Io,
                        p,
                        "cannot read: no such file or directory",
                    ));
                }
            }
            Err(usage(format!(
                "{} and {} must be two folders or two files",
                gold.display(),
                system.display()
            )))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walks_recursively_in_a_stable_order() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        for f in [
            "b.tml",
            "a.tml.TE3input",
            "notes.txt",
            ".hidden.tml",
            "sub/c.tml",
            ".git/d.tml",
        ] {
            let p = root.join(f);
            fs::create_dir_all(p.parent().unwrap()).unwrap();
            fs::write(p, "x").unwrap();
        }
        let names: Vec<_> = files_in(root)
            .unwrap()
            .iter()
            .map(|p| p.strip_prefix(root).unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["a.tml.TE3input", "b.tml", "sub/c.tml"]);
    }

    #[test]
    fn pairs_by_relative_path_and_names_missing_files() {
        let dir = tempfile::tempdir().unwrap();
        let (g, s) = (dir.path().join("g"), dir.path().join("s"));
        for p in [
            g.join("a.tml"),
            g.join("b.tml"),
            s.join("a.tml"),
            s.join("z.tml"),
        ] {
            fs::create_dir_all(p.parent().unwrap()).unwrap();
            fs::write(p, "x").unwrap();
        }
        let e = pairs(&g, &s).unwrap_err().to_string();
        assert!(
            e.starts_with("1 gold file(s) have no system file of the same name: "),
            "{e}"
        );
        assert!(e.ends_with("b.tml"), "{e}");
        fs::write(s.join("b.tml"), "x").unwrap();
        let got = pairs(&g, &s).unwrap();
        assert_eq!(got.len(), 2);
        assert_eq!(
            (got[1].name.as_str(), got[1].system.clone()),
            ("b.tml", s.join("b.tml"))
        );
        // A gold tree against flat system output.
        fs::create_dir_all(g.join("sub")).unwrap();
        fs::rename(g.join("b.tml"), g.join("sub/b.tml")).unwrap();
        let got = pairs(&g, &s).unwrap();
        assert_eq!(
            (got[1].name.as_str(), got[1].system.clone()),
            ("sub/b.tml", s.join("b.tml"))
        );
        let one = pairs(&g.join("a.tml"), &s.join("z.tml")).unwrap();
        assert_eq!(one[0].name, "a.tml");
        let e = pairs(&g, &s.join("a.tml")).unwrap_err().to_string();
        assert!(e.ends_with("must be two folders or two files"), "{e}");
        let e = pairs(&g, &dir.path().join("nope")).unwrap_err().to_string();
        assert!(
            e.ends_with("nope: cannot read: no such file or directory"),
            "{e}"
        );
    }
}
