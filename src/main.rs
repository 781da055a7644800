//! The `knead` binary: parses the command line and reports errors the library returns.

use std::process::ExitCode;

use clap::Parser as _;

fn main() -> ExitCode {
    // A shell asking for completions gets them and nothing else.
    knead::cmd::shell::answer_completion();
    let cli = knead::cli::Cli::parse();
    let ran = knead::cmd::run(cli);
    // The log's last lines reach the file before the process exits.
    knead::logging::finish();
    match ran {
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
