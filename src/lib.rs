//! knead: guided self-massage routines in the terminal.
//!
//! The library holds everything but process start-up, so tests reach the core directly.

pub use knead_core::{body, diagnostic, lang, routine, session, sides, speech, untrusted, words};

pub mod app;
pub mod audio;
pub mod catalog;
pub mod cli;
pub mod cmd;
pub mod config;
pub mod driver;
mod effect_log;
pub mod error;
pub mod history;
pub mod hooks;
pub mod keys;
pub mod logging;
pub mod notify;
pub mod outputs;
mod panic_hook;
pub mod paths;
pub mod plain;
pub mod prescribed;
pub mod remind;
pub mod signals;
pub mod status;
pub mod stderr_log;
pub mod theme;
pub mod threads;
pub mod tui;
pub mod ui;
pub mod voice;
