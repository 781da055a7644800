//! `knead history`: the history screen on its own.

use crate::error::Result;
use std::path::PathBuf;
use std::process::ExitCode;

use crate::app::Exit;
use crate::app::history::HistoryScreen;
use crate::app::run::{Ended, run_history};
use crate::history;
use crate::ui::theme::Theme;

/// What `knead history` was asked.
#[derive(Debug, Clone, clap::Args)]
pub struct HistoryArgs {
    /// A client's imported history instead of your own.
    #[arg(long, value_name = "NAME", add = clap_complete::ArgValueCandidates::new(crate::cmd::shell::client_names))]
    pub client: Option<String>,
}

/// Opens the history screen.
pub fn run(args: &HistoryArgs, data_dir: Option<PathBuf>) -> Result {
    let store = super::open_history(data_dir)?;
    let overview =
        history::load_overview(&store, args.client.as_deref()).map_err(|e| e.to_string());
    let mut screen = HistoryScreen::new(overview);
    Ok(match run_history(&mut screen, Theme::from_env())? {
        Ended::App(Exit::Done) => ExitCode::SUCCESS,
        Ended::App(Exit::Interrupted) => ExitCode::from(130),
        Ended::Signal(signal) => ExitCode::from(signal.exit_status()),
    })
}
