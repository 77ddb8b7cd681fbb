//! `claimline schema`: the JSON Schema of the claims file.

use std::io::Write;
use std::process::ExitCode;

use claimline::Result;
use claimline::review::{schema_text, write_schema};

use super::options::Data;
use super::out;

/// Print the JSON Schema (draft 2020-12) of the claims files, with the project's status and
/// verdict scales from `claimline.yaml`.
///
/// Claims files start with `# yaml-language-server: $schema=claimline.schema.json`: editors
/// with a YAML language server (VS Code's YAML extension, Neovim, Helix, Zed...) then validate
/// and complete fields as you type. `claimline extract` keeps that file up to date; after
/// changing the scales in `claimline.yaml`, run `claimline schema --write`.
///
/// Prints the schema on standard output; writes no file unless --write.
#[derive(clap::Args)]
pub struct Args {
    /// Write the schema to DATA/claims/claimline.schema.json (atomically, only when it
    /// changed) instead of printing it.
    #[arg(long)]
    write: bool,
    #[command(flatten)]
    data: Data,
}

pub fn run(args: Args) -> Result<ExitCode> {
    let project = args.data.project();
    let config = project.config()?;
    if args.write {
        let path = write_schema(&project, &config)?;
        out::stdout(|w| writeln!(w, "wrote {}", path.display()))?;
    } else {
        out::stdout(|w| w.write_all(schema_text(&config).as_bytes()))?;
    }
    Ok(ExitCode::SUCCESS)
}
