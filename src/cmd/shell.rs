//! `knead completions`: shell completion scripts, generated from the same command-line
//! definition as `--help`, so they never drift from it.
//!
//! The completion scripts ask knead itself at each Tab (`clap_complete`'s dynamic completion,
//! `COMPLETE=bash knead -- knead run de`), so they offer the routines and clients there are
//! now, not those there were when the script was written.

use std::io::{self, Write};

use clap::CommandFactory as _;
use clap_complete::env::EnvCompleter;

use crate::cli::Cli;

/// The environment variable that turns a knead run into a completion request.
pub const COMPLETE_VAR: &str = "COMPLETE";

/// Answers a completion request and exits, when the shell's script made one; otherwise
/// returns at once. Called first thing in `main`.
pub fn answer_completion() {
    // Every start passes here: only a completion request goes on to read the arguments and
    // the working folder.
    if std::env::var_os(COMPLETE_VAR).is_none() {
        return;
    }
    clap_complete::CompleteEnv::with_factory(Cli::command)
        .var(COMPLETE_VAR)
        .complete();
}

/// Prints the completion script for `shell`: it calls `knead` (found on `PATH`) for the words.
pub fn completions(shell: clap_complete::Shell, out: &mut dyn Write) -> io::Result<()> {
    use clap_complete::env::{Bash, Elvish, Fish, Powershell, Zsh};

    let completer: &dyn EnvCompleter = match shell {
        clap_complete::Shell::Bash => &Bash,
        clap_complete::Shell::Elvish => &Elvish,
        clap_complete::Shell::Fish => &Fish,
        clap_complete::Shell::PowerShell => &Powershell,
        clap_complete::Shell::Zsh => &Zsh,
        // A shell clap learns later: its static script, without the routine names.
        other => {
            clap_complete::generate(other, &mut Cli::command(), "knead", out);
            return Ok(());
        }
    };
    let mut script = Vec::new();
    completer.write_registration(COMPLETE_VAR, "knead", "knead", "knead", &mut script)?;
    if shell == clap_complete::Shell::Zsh {
        // Found in zsh's fpath (the Debian package's vendor-completions), the file is loaded
        // as the function `_knead` at the first Tab: then it must complete, not only register.
        let script = String::from_utf8_lossy(&script).replace(
            "compdef _clap_dynamic_completer_knead knead",
            "if [[ \"${funcstack[1]}\" == _knead ]]; then\n    \
             _clap_dynamic_completer_knead \"$@\"\nelse\n    \
             compdef _clap_dynamic_completer_knead knead\nfi",
        );
        return out.write_all(script.as_bytes());
    }
    out.write_all(&script)
}
