//! `claimline check`: validate claims files and articles.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use claimline::Result;
use claimline::review::Severity;
use claimline::review::check::check;

use super::options::Data;
use super::out;

/// Check claims files and articles; report every problem in one run.
///
/// Each problem is one line `file:line:column: severity: message` on standard output, the
/// format editors and CI annotate, pointing at the offending value; a count follows on
/// standard error. Checked: YAML syntax; unknown fields and wrong types; a status or verdict
/// not on the scales of `claimline.yaml`; impossible dates (`reviewed_at`, `accessed`,
/// `date_override`, resolved intervals); duplicate claim ids; a verdict without any source (an
/// error once the status is publishable); a source URL that is not http(s); a claims file
/// whose article is missing; articles' front matter. Writes no file. Exits with 1 when there
/// is any error (warnings alone exit 0).
#[derive(clap::Args)]
pub struct Args {
    /// Files or folders to check; the whole data folder when none is given.
    paths: Vec<PathBuf>,
    #[command(flatten)]
    data: Data,
}

pub fn run(args: Args) -> Result<ExitCode> {
    let report = check(&args.data.project(), &args.paths);
    out::stdout(|w| {
        for d in &report.diagnostics {
            writeln!(w, "{d}")?;
        }
        Ok(())
    })?;
    let errors = report.count(Severity::Error);
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    out::stderr_line(format_args!(
        "checked {}: {}, {}",
        plural(report.files, "file"),
        plural(errors, "error"),
        plural(report.count(Severity::Warning), "warning")
    ));
    Ok(if errors == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
