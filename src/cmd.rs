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
