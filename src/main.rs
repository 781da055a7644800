//! The `knead` binary: parses the command line and reports errors the library returns.

use std::process::ExitCode;

use clap::Parser as _;

fn main() -> ExitCode {
    let cli = knead::cli::Cli::parse();
    match knead::cli::run(cli) {
        Ok(code) => code,
        // The one place a failure is printed.
        Err(e) => {
            if !e.is_silent() {
                eprintln!("knead: {e}");
            }
            e.exit_code()
        }
    }
}
