//! The `knead` binary: parses the command line and reports errors the library returns.

use std::process::ExitCode;

use clap::Parser as _;

fn main() -> ExitCode {
    // A shell asking for completions gets them and nothing else.
    knead::cmd::shell::answer_completion();
    // The command line's own mistakes (a date written 20.11.2026) are said in the language too.
    knead::cmd::speak_before_parsing();
    let cli = match knead::cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return knead::cmd::command_line_error(&e),
    };
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
