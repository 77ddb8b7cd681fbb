//! Writing files so that a crash, a full disk or a kill never leaves half a file behind: the
//! content goes to a temporary file in the same folder, is flushed to disk, and is renamed over
//! the target in one step. A reader sees the old file or the new one, never a mix.

use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::{Error, ErrorKind, Result, file_in_the_way};

/// Check, before anything is written, that a file can be written at `path`: nothing but
/// folders (or nothing yet) on the way to it, and no folder where the file goes. Commands that
/// write several files check them all first, so that a file in the way fails the run before
/// its first write rather than half way through.
///
/// ```
/// let dir = tempfile::tempdir().unwrap();
/// let site = dir.path().join("site");
/// std::fs::write(&site, "a file").unwrap();
/// let e = claimline::output::check_writable(&site.join("index.html")).unwrap_err();
/// assert_eq!(e.location().unwrap().path, site);
/// assert!(e.message().starts_with("expected a folder, found a file (cannot write "));
/// ```
pub fn check_writable(path: &Path) -> Result<()> {
    if let Some(parent) = path.parent() {
        if let Some(file) = file_in_the_way(parent) {
            return Err(Error::not_a_folder(&file, "write", path));
        }
    }
    if path.is_dir() {
        return Err(Error::in_file(
            ErrorKind::Io,
            path,
            "cannot write: expected a file, found a folder",
        ));
    }
    Ok(())
}

/// Write `contents` to `path` atomically, creating parent folders as needed.
pub fn write_atomic(path: &Path, contents: &[u8]) -> Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    fs::create_dir_all(&dir).map_err(|e| Error::io("create folder", &dir, e))?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "output".to_string());
    let temp = dir.join(format!(".{name}.claimline-{}.tmp", std::process::id()));
    // Errors name the file being written: the temporary file is ours, not the user's.
    let result = (|| {
        let mut file = File::create(&temp).map_err(|e| Error::io("write", path, e))?;
        file.write_all(contents)
            .map_err(|e| Error::io("write", path, e))?;
        file.sync_all().map_err(|e| Error::io("write", path, e))?;
        fs::rename(&temp, path).map_err(|e| Error::io("replace", path, e))
    })();
    if result.is_err() {
        // Best effort: the temporary file is ours and useless now.
        let _ = fs::remove_file(&temp);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_content_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/out.txt");
        write_atomic(&path, b"one").unwrap();
        write_atomic(&path, b"two").unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "two");
        let names: Vec<_> = fs::read_dir(path.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["out.txt"]);
    }

    #[test]
    fn failure_keeps_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        // A folder where the file should go: the rename must fail and leave it alone.
        let path = dir.path().join("taken");
        fs::create_dir(&path).unwrap();
        fs::write(path.join("keep"), b"x").unwrap();
        assert!(write_atomic(&path, b"new").is_err());
        assert_eq!(fs::read(path.join("keep")).unwrap(), b"x");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}
