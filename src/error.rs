//! Why a command could not do what was asked, with the exit status that says so. Commands
//! return these; `main` prints each once, as `knead: ...`, on stderr.

use std::io;
use std::process::ExitCode;

use crate::history::StoreError;
use crate::history::export::ImportError;

/// A command's failure.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The command line asked for something that cannot be (exit status 2).
    #[error("{0}")]
    Usage(String),
    /// What was asked could not be done; the message says why and what to do (exit 1).
    #[error("{0}")]
    Failed(String),
    /// The history could not be opened or read.
    #[error(transparent)]
    History(#[from] StoreError),
    /// A file to import was not a knead export.
    #[error("{file}: {source}")]
    Import {
        /// The file.
        file: String,
        /// What was wrong with it.
        source: ImportError,
    },
    /// No routine by that name or path.
    #[error(transparent)]
    Routine(#[from] crate::catalog::ResolveError),
    /// Reading or writing failed.
    #[error("{0}")]
    Io(#[from] io::Error),
}

pub use crate::words::io_words;

impl Error {
    /// The exit status: 2 for a usage error, 0 when the reader of stdout went away
    /// (`knead schema | head`), 1 otherwise.
    pub fn exit_code(&self) -> ExitCode {
        match self {
            Error::Usage(_) => ExitCode::from(2),
            Error::Io(e) if reader_gone(e) => ExitCode::SUCCESS,
            Error::Failed(_)
            | Error::History(_)
            | Error::Import { .. }
            | Error::Routine(_)
            | Error::Io(_) => ExitCode::FAILURE,
        }
    }

    /// Whether there is nothing to say (the reader of stdout went away).
    pub fn is_silent(&self) -> bool {
        matches!(self, Error::Io(e) if reader_gone(e))
    }
}

/// Whether `error` means the other end of a pipe closed. Windows says so in two more ways
/// than std maps to `BrokenPipe`: "the pipe is being closed" (232) and "no process is on the
/// other end of the pipe" (233, what `knead export | more` gets when `more` quits).
fn reader_gone(error: &io::Error) -> bool {
    error.kind() == io::ErrorKind::BrokenPipe
        || (cfg!(windows) && matches!(error.raw_os_error(), Some(232 | 233)))
}

/// What a command returns: its exit status, or why it failed.
pub type Result<T = ExitCode> = std::result::Result<T, Error>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_failure_has_its_exit_status() {
        assert_eq!(Error::Usage("x".into()).exit_code(), ExitCode::from(2));
        assert_eq!(Error::Failed("x".into()).exit_code(), ExitCode::FAILURE);
        let pipe = Error::Io(io::Error::from(io::ErrorKind::BrokenPipe));
        assert!(pipe.is_silent());
        assert_eq!(pipe.exit_code(), ExitCode::SUCCESS);
        assert_eq!(
            Error::Failed("no data folder".into()).to_string(),
            "no data folder"
        );
        let missing = io::Error::from(io::ErrorKind::NotFound);
        assert_eq!(io_words(&missing), "there is no such file");
    }
}
