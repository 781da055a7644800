//! `knead completions`: shell completion scripts, generated from the same command-line
//! definition as `--help`, so they never drift from it.
//!
//! The completion scripts ask knead itself at each Tab (`clap_complete`'s dynamic completion,
//! `COMPLETE=bash knead -- knead run de`), so they offer the routines and clients there are
//! now, not those there were when the script was written.

use std::ffi::OsStr;
use std::io::{self, Write};

use clap::CommandFactory as _;
use clap_complete::CompletionCandidate;
use clap_complete::engine::{PathCompleter, ValueCompleter as _};
use clap_complete::env::EnvCompleter;

use crate::catalog;
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

/// What `knead run`, `check` and `edit` take: the routine names that start with `current`,
/// then the routine files and folders its path leads to.
pub fn routine_or_file(current: &OsStr) -> Vec<CompletionCandidate> {
    let typed = current.to_string_lossy();
    let names = routine_names()
        .into_iter()
        .filter(|name| name.get_value().to_string_lossy().starts_with(&*typed));
    let files = PathCompleter::any()
        .filter(|path| {
            path.is_dir()
                || path
                    .extension()
                    .is_some_and(|ext| ext.eq_ignore_ascii_case("toml"))
        })
        .complete(current);
    names.chain(files).collect()
}

/// The routines `knead run` can be given by name: the person's own first, then the bundled
/// ones (with their titles).
pub fn routine_names() -> Vec<CompletionCandidate> {
    let own = catalog::user_files().into_iter().filter_map(|path| {
        let stem = path.file_stem()?.to_string_lossy().into_owned();
        Some(CompletionCandidate::new(stem).help(Some("your routine".into())))
    });
    let bundled = catalog::BUNDLED.iter().map(|bundled| {
        let title = catalog::check_bundled(bundled)
            .parsed
            .routine
            .map(|routine| routine.name);
        CompletionCandidate::new(bundled.name).help(title.map(Into::into))
    });
    own.chain(bundled).collect()
}

/// The clients whose histories were imported into the default history folder; none when
/// there is no history yet.
pub fn client_names() -> Vec<CompletionCandidate> {
    let Some(dir) = crate::paths::data_dir(None) else {
        return Vec::new();
    };
    let Ok(store) = crate::history::store::Store::open_existing(&dir) else {
        return Vec::new();
    };
    store
        .clients()
        .unwrap_or_default()
        .into_iter()
        .map(CompletionCandidate::new)
        .collect()
}
