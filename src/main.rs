//! The `knead` binary: parses the command line and reports errors the library returns.

use std::io::ErrorKind;
use std::process::ExitCode;

use clap::Parser as _;

fn main() -> ExitCode {
    let cli = knead::cli::Cli::parse();
    match knead::cli::run(cli) {
        Ok(code) => code,
        // The reader went away (`knead schema | head`): nothing more to say.
        Err(e) if e.kind() == ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("knead: error: {e}");
            ExitCode::FAILURE
        }
    }
}
