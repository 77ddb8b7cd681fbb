//! `claimline schema`: the JSON Schema of the claims file.

use std::path::PathBuf;
use std::process::ExitCode;

use claimline::Result;
use claimline::review::{Project, schema_text, write_schema};

/// Print the JSON Schema (draft 2020-12) of the claims files, with the project's status and
/// verdict scales from `claimline.yaml`.
///
/// Claims files start with `# yaml-language-server: $schema=claimline.schema.json`: editors
/// with a YAML language server (VS Code's YAML extension, Neovim, Helix, Zed...) then validate
/// and complete fields as you type. `claimline extract` keeps that file up to date; after
/// changing the scales in `claimline.yaml`, run `claimline schema --write`.
#[derive(clap::Args)]
pub struct Args {
    /// Write the schema to DATA/claims/claimline.schema.json instead of printing it.
    #[arg(long)]
    write: bool,
    /// The project's data folder; the configuration is read from the folder that holds it.
    #[arg(long, value_name = "DIR", default_value = "data")]
    data: PathBuf,
}

pub fn run(args: Args) -> Result<ExitCode> {
    let project = Project::from_data_dir(&args.data);
    let config = project.config()?;
    if args.write {
        let path = write_schema(&project, &config)?;
        println!("wrote {}", path.display());
    } else {
        print!("{}", schema_text(&config));
    }
    Ok(ExitCode::SUCCESS)
}
