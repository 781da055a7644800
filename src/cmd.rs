//! The subcommands, one module each; each writes to the writer it is given and returns the
//! process exit code.

pub mod check;
pub mod config;
pub mod export;
pub mod history;
pub mod list;
pub mod man;
pub mod new;
pub mod report;
pub mod run;
pub mod shell;

/// Opens an existing history for a command that reads it, or says why not.
pub(crate) fn open_history(
    data_dir: Option<std::path::PathBuf>,
) -> crate::error::Result<crate::history::Store> {
    let dir = crate::history::data_dir(data_dir).ok_or_else(no_data_folder)?;
    Ok(crate::history::Store::open_existing(&dir)?)
}

/// No folder for the history: no home folder, and neither `--data-dir` nor `KNEAD_DATA_DIR`.
pub(crate) fn no_data_folder() -> crate::error::Error {
    crate::error::Error::Failed(
        "no data folder: set KNEAD_DATA_DIR or pass --data-dir DIR".to_owned(),
    )
}
