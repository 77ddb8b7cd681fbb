//! Options several commands share, defined once so that they read and behave the same in
//! every command.

use std::path::PathBuf;

use claimline::review::Project;

/// `--data DIR`: which project a command works on.
#[derive(clap::Args)]
pub struct Data {
    /// The project's data folder, holding articles/ and claims/. The configuration,
    /// claimline.yaml, is read from the folder that holds it.
    #[arg(long = "data", value_name = "DIR", default_value = "data")]
    pub dir: PathBuf,
}

impl Data {
    /// The project whose data folder this is.
    pub fn project(&self) -> Project {
        Project::from_data_dir(&self.dir)
    }
}

/// `--format`: for people or for scripts. Each command says what the two look like.
#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Text,
    Json,
}
