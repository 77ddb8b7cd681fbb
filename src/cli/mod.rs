//! Subcommands, one file each. Each parses its arguments, calls the library and prints; none
//! holds logic a test would want to reach without the command line.

mod build;
mod check;
mod dates;
mod eval;
mod extract;
mod options;
mod out;
mod schema;
mod status;
mod timeml;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Find, resolve and review the dates in news articles; publish the reviewed timeline as a
/// static site.
///
/// A project is a folder with `data/articles/` (articles with YAML front matter) and
/// `data/claims/` (the claims reviewers edit). `claimline build` turns it into a site.
///
/// Output goes to standard output; an error is one line on standard error, `claimline:
/// error: file:line:column: message`. Exit status: 0 on success, 1 when an input is wrong or
/// a file cannot be read or written (nothing is then half-written), 2 for a mistake on the
/// command line.
#[derive(Parser)]
#[command(name = "claimline", version, about, long_about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    Dates(dates::Args),
    Extract(extract::Args),
    Build(build::Args),
    Check(check::Args),
    Status(status::Args),
    Schema(schema::Args),
    Timeml(timeml::Args),
    Eval(eval::Args),
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Dates(args) => dates::run(args),
        Command::Extract(args) => extract::run(args),
        Command::Build(args) => build::run(args),
        Command::Check(args) => check::run(args),
        Command::Status(args) => status::run(args),
        Command::Schema(args) => schema::run(args),
        Command::Timeml(args) => timeml::run(args),
        Command::Eval(args) => eval::run(args),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            out::error(e);
            ExitCode::FAILURE
        }
    }
}
