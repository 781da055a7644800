//! knead: guided self-massage routines in the terminal.
//!
//! The library holds everything but process start-up, so tests reach the core directly.

pub mod app;
pub mod catalog;
pub mod cli;
pub mod cmd;
pub mod diagnostic;
pub mod plain;
pub mod routine;
pub mod session;
pub mod text;
pub mod ui;
