//! The command line: what a person types, parsed with clap, and dispatch to the commands.

use std::io::{IsTerminal as _, Write as _};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::cmd;
use crate::routine::schema;

/// Guided self-massage routines in the terminal: timed trigger-point holds, rests and pain ratings.
#[derive(Debug, Parser)]
#[command(name = "knead", version, about, max_term_width = 100)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check routine files for mistakes, with line and column for each.
    Check {
        /// Routine files or names; every known routine when none are given.
        routines: Vec<String>,
        /// Output format.
        #[arg(long, value_enum, default_value_t)]
        format: cmd::check::Format,
    },
    /// Run a routine: a guided session of holds, rests and pain ratings.
    Run(cmd::run::RunArgs),
    /// List the bundled routines and those in your routines folder.
    List,
    /// Print the JSON Schema of the routine format, for editors.
    Schema,
    /// Check your settings, or print where they live (--path) or a default file (--default).
    Config(cmd::config::ConfigArgs),
}

/// Runs the parsed command line and returns the process exit code.
pub fn run(cli: Cli) -> std::io::Result<ExitCode> {
    let stdout = std::io::stdout();
    let colour = anstream::AutoStream::choice(&stdout) != anstream::ColorChoice::Never
        && stdout.is_terminal();
    let mut out = anstream::AutoStream::auto(stdout.lock());
    let code = match cli.command {
        Command::Check { routines, format } => {
            cmd::check::run(&routines, format, &mut out, colour)?
        }
        Command::Run(args) => {
            drop(out);
            return cmd::run::run(&args);
        }
        Command::List => {
            cmd::list::run(&mut out)?;
            ExitCode::SUCCESS
        }
        Command::Config(args) => cmd::config::run(&args, &mut out, colour)?,
        Command::Schema => {
            out.write_all(schema::to_json().as_bytes())?;
            ExitCode::SUCCESS
        }
    };
    out.flush()?;
    Ok(code)
}
