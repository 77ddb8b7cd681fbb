//! Writing rendered pages into the output folder, and only what the build owns.
//!
//! The output folder may hold files a person put there (a `CNAME`, a logo, notes), so the
//! build keeps a manifest, [`MANIFEST`], of the files it wrote. A later build removes the
//! files the manifest lists that it no longer writes (an article that was deleted), and never
//! touches anything else. It also refuses to overwrite a file the manifest does not list,
//! unless the file already holds exactly what would be written: someone's hand-written
//! `index.html` is not lost to a build pointed at the wrong folder.
//!
//! Each file is written atomically ([`crate::output::write_atomic`]); files whose content did
//! not change are left alone. Every check (paths, files not ours) is made before the first
//! write. A failure while writing (a full disk) can still leave some pages new and others
//! old, each of them whole; the manifest is written after the pages, so the next build
//! knows them all.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Component, Path, PathBuf};

use super::render::Page;
use crate::error::{Error, ErrorKind, Result, decode_utf8, file_in_the_way};
use crate::output::{check_writable, write_atomic};

/// The manifest's file name, in the output folder.
pub const MANIFEST: &str = ".claimline-manifest";

const MANIFEST_HEADER: &str = "# Files written by `claimline build`. The next build removes those it no longer \
writes;\n# files not listed here are never touched.\n";

/// What publishing did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Changes {
    /// Files whose content was written (new or changed).
    pub written: Vec<String>,
    /// Files of a previous build that this one no longer has, now removed.
    pub removed: Vec<String>,
}

/// Write `pages` into `out`, update the manifest and remove stale files.
pub fn publish(out: &Path, pages: &[Page]) -> Result<Changes> {
    for page in pages {
        if !is_plain_relative(&page.path) || page.path == MANIFEST {
            return Err(Error::new(
                ErrorKind::Invalid,
                format!(
                    "cannot write {:?}: a page path must be a plain relative path inside the \
                     output folder",
                    page.path
                ),
            ));
        }
    }
    // Check everything before writing anything.
    if let Some(file) = file_in_the_way(out) {
        let message = if file == out {
            "expected a folder to write the site into, found a file".to_string()
        } else {
            format!(
                "expected a folder, found a file (the site is written into {})",
                out.display()
            )
        };
        return Err(Error::in_file(ErrorKind::Io, &file, message));
    }
    let previous = read_manifest(out)?;
    let mut unchanged = BTreeSet::new();
    for page in pages {
        let target = out.join(&page.path);
        check_writable(&target)?;
        match fs::read(&target) {
            Ok(existing) if existing == page.content => {
                unchanged.insert(page.path.as_str());
            }
            Ok(_) if !previous.contains(&page.path) => {
                return Err(Error::in_file(
                    ErrorKind::WouldOverwrite,
                    &target,
                    format!(
                        "exists and was not written by claimline build (it is not listed in \
                         {}); move it away or choose another --out",
                        out.join(MANIFEST).display()
                    ),
                ));
            }
            _ => {}
        }
    }
    let mut done = Changes::default();
    for page in pages {
        if !unchanged.contains(page.path.as_str()) {
            write_atomic(&out.join(&page.path), &page.content)?;
            done.written.push(page.path.clone());
        }
    }
    let current: BTreeSet<String> = pages.iter().map(|p| p.path.clone()).collect();
    let mut manifest = MANIFEST_HEADER.to_string();
    for path in &current {
        manifest.push_str(path);
        manifest.push('\n');
    }
    write_atomic(&out.join(MANIFEST), manifest.as_bytes())?;
    for stale in previous.difference(&current) {
        let target = out.join(stale);
        if target.is_file() {
            fs::remove_file(&target).map_err(|e| Error::io("remove", &target, e))?;
            remove_empty_parents(out, &target);
            done.removed.push(stale.clone());
        }
    }
    Ok(done)
}

/// The paths listed in `out`'s manifest; none when there is no manifest. Lines that are not
/// plain relative paths are ignored: nothing outside the folder is ever removed.
fn read_manifest(out: &Path) -> Result<BTreeSet<String>> {
    let path = out.join(MANIFEST);
    let bytes = match fs::read(&path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(BTreeSet::new()),
        Err(e) => return Err(Error::io("read", &path, e)),
    };
    let text = decode_utf8(bytes, &path)?;
    Ok(text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter(|l| is_plain_relative(l) && *l != MANIFEST)
        .map(String::from)
        .collect())
}

/// True for `a/b.html`: relative, no `..`, no `.`, no root or drive.
fn is_plain_relative(path: &str) -> bool {
    let p = Path::new(path);
    !path.is_empty()
        && !path.contains('\\')
        && p.components().all(|c| matches!(c, Component::Normal(_)))
}

/// Remove the folders between `target` and `out` that the removal left empty.
fn remove_empty_parents(out: &Path, target: &Path) {
    let mut dir: Option<PathBuf> = target.parent().map(Path::to_path_buf);
    while let Some(d) = dir {
        if d == out || !d.starts_with(out) {
            break;
        }
        // Fails, and stops the walk, as soon as a folder still holds something.
        if fs::remove_dir(&d).is_err() {
            break;
        }
        dir = d.parent().map(Path::to_path_buf);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_relative_paths_are_accepted() {
        for ok in ["index.html", "articles/a.html"] {
            assert!(is_plain_relative(ok), "{ok}");
        }
        for bad in [
            "",
            "/etc/passwd",
            "../x.html",
            "articles/../../x",
            "./x",
            "a\\..\\b",
        ] {
            assert!(!is_plain_relative(bad), "{bad}");
        }
    }
}
