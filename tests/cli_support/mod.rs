//! Running the `claimline` binary from integration tests.
#![allow(dead_code)]

use std::path::Path;
use std::process::{Command, Output};

/// Run `claimline ARGS` in `dir`.
pub fn claimline(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_claimline"))
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap()
}

pub fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}
