//! `claimline timeml` (being written).

use std::process::ExitCode;

use claimline::{Error, ErrorKind, Result};

/// (being written)
#[derive(clap::Args)]
pub struct Args {}

pub fn run(_args: Args) -> Result<ExitCode> {
    Err(Error::new(ErrorKind::Usage, "`timeml` is not written yet"))
}
