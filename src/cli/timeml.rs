//! `claimline timeml`: tag TimeML documents with the resolver.

use std::path::PathBuf;
use std::process::ExitCode;

use claimline::Result;
use claimline::timeml::tag_files;

use super::out;

/// Tag TimeML documents: write each with the dates the resolver finds as TIMEX3 elements.
///
/// Reads each document's creation time from `<DCT><TIMEX3 value=".."/></DCT>` and its text from
/// `<TEXT>` (annotation tags already there are dropped), and writes `DIR/<name>`: the input's
/// file name without a trailing `.TE3input`, everything outside TEXT byte for byte as it was.
/// This is the format HeidelTime and the TempEval-3 tools read and write; score the output
/// with `claimline eval`.
///
/// A document that cannot be tagged (ill-formed XML, no TEXT, no usable creation time, not
/// UTF-8) is reported with its file, line and column and not written; the others still are,
/// each atomically (never half a file). The exit status is 1 if any input failed. A count of
/// the documents written goes to standard error; nothing goes to standard output.
#[derive(clap::Args)]
pub struct Args {
    /// TimeML files, or folders searched recursively for `.tml` and `.TE3input` files.
    #[arg(required = true, value_name = "INPUT")]
    inputs: Vec<PathBuf>,
    /// The folder to write into (created when the first document is written). A file of the
    /// same name there is replaced.
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
}

pub fn run(args: Args) -> Result<ExitCode> {
    let outcome = tag_files(&args.inputs, &args.out, |e| out::error(e))?;
    let (written, failed) = (outcome.written.len(), outcome.failed.len());
    let into = args.out.display();
    if failed > 0 {
        out::info(format_args!(
            "tagged {written} document(s) into {into}; {failed} failed"
        ));
        return Ok(ExitCode::FAILURE);
    }
    out::info(format_args!("tagged {written} document(s) into {into}"));
    Ok(ExitCode::SUCCESS)
}
