//! The `claimline` command line: parses arguments, calls the library, prints errors as one line
//! each and sets the exit code. Everything else lives in the library.

mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}
