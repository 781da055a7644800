//! knead: guided self-massage routines in the terminal.
//!
//! The library holds everything but process start-up, so tests reach the core directly.

pub mod app;
pub mod audio;
pub mod catalog;
pub mod cli;
pub mod cmd;
pub mod config;
pub mod diagnostic;
mod effect_log;
pub mod history;
pub mod logging;
pub mod notify;
pub mod outputs;
mod panic_hook;
pub mod plain;
pub mod routine;
pub mod session;
pub mod stderr_log;
pub mod text;
pub mod ui;
