//! `claimline timeml`: tag TimeML documents with the resolver.

use std::path::PathBuf;
use std::process::ExitCode;

use claimline::Result;
use claimline::timeml::tag_files;

/// Tag TimeML documents: write each with the dates the resolver finds as TIMEX3 elements.
///
/// Reads each document's creation time from `<DCT><TIMEX3 value=".."/></DCT>` and its text from
/// `<TEXT>` (annotation tags already there are dropped), and writes `DIR/<name>`: the input's
/// file name without a trailing `.TE3input`, everything outside TEXT byte for byte as it was.
/// This is the format HeidelTime and the TempEval-3 tools read and write; score the output
/// with `claimline eval`.
///
/// A document that cannot be tagged (ill-formed XML, no TEXT, no usable creation time, not
/// UTF-8) is reported with its file, line and column and not written; the others still are.
/// The exit status is non-zero if any input failed.
#[derive(clap::Args)]
pub struct Args {
    /// TimeML files, or folders searched recursively for `.tml` and `.TE3input` files.
    #[arg(required = true, value_name = "INPUT")]
    inputs: Vec<PathBuf>,
    /// The folder to write into (created when missing).
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
}

pub fn run(args: Args) -> Result<ExitCode> {
    let outcome = tag_files(&args.inputs, &args.out, |e| {
        eprintln!("claimline: error: {e}");
    })?;
    let (written, failed) = (outcome.written.len(), outcome.failed.len());
    if failed > 0 {
        eprintln!(
            "claimline: tagged {written} document(s) into {}; {failed} failed",
            args.out.display()
        );
        return Ok(ExitCode::FAILURE);
    }
    eprintln!(
        "claimline: tagged {written} document(s) into {}",
        args.out.display()
    );
    Ok(ExitCode::SUCCESS)
}
