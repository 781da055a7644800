//! The subcommands, one module each; each writes to the writer it is given and returns the
//! process exit code.

pub mod check;
pub mod config;
pub mod export;
pub mod history;
pub mod list;
pub mod new;
pub mod report;
pub mod run;
pub mod shell;

/// Opens an existing history for a command that reads it, or says why not (exit status 1).
pub(crate) fn open_history(
    data_dir: Option<std::path::PathBuf>,
) -> Result<crate::history::Store, std::process::ExitCode> {
    let fail = |message: String| {
        eprintln!("knead: {message}");
        std::process::ExitCode::FAILURE
    };
    let dir =
        crate::history::data_dir(data_dir).ok_or_else(|| fail("no data folder".to_owned()))?;
    crate::history::Store::open_existing(&dir).map_err(|e| fail(e.to_string()))
}
