//! `knead completions` and `knead man`: shell completion scripts and a man page, generated
//! from the same command-line definition as `--help`, so they never drift from it.

use std::io::{self, Write};

use clap::CommandFactory as _;

use crate::cli::Cli;

/// Prints the completion script for `shell`.
pub fn completions(shell: clap_complete::Shell, out: &mut dyn Write) -> io::Result<()> {
    let mut command = Cli::command();
    clap_complete::generate(shell, &mut command, "knead", out);
    Ok(())
}

/// Prints the man page (roff).
pub fn man(out: &mut dyn Write) -> io::Result<()> {
    clap_mangen::Man::new(Cli::command()).render(out)
}
