//! `knead history`: the history screen on its own.

use crate::cli::HistoryArgs;
use crate::error::{Error, Result};
use knead_core::t;
use std::path::PathBuf;
use std::process::ExitCode;

use crate::app::history::HistoryScreen;
use crate::app::{Ended, Exit};
use crate::history;
use crate::signals::Signal;
use crate::theme::Theme;
use crate::tui::run_history;

/// Opens the history screen.
pub fn run(args: &HistoryArgs, data_dir: Option<PathBuf>) -> Result {
    use std::io::IsTerminal as _;

    // A full screen needs a terminal to draw on and to read keys from.
    if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
        return Err(Error::Failed(t!("error-history-needs-terminal")));
    }
    let store = super::open_history(data_dir)?;
    super::check_filter(&store, args.client.as_deref(), None)?;
    let intents = crate::catalog::intents();
    let overview = history::load_overview(&store, args.client.as_deref(), &|name| {
        intents.get(name).copied()
    })
    .map_err(|e| e.to_string());
    // The settings only choose how the map is drawn here: a settings file with errors is
    // `knead run`'s to report, and the history still opens on the default.
    let glyphs = args.glyphs.map_or_else(
        || {
            crate::config::path()
                .map(|path| crate::config::load(&path))
                .filter(|loaded| !loaded.has_errors())
                .map(|loaded| loaded.settings.glyphs)
                .unwrap_or_default()
        },
        Into::into,
    );
    let mut screen = HistoryScreen::new(overview).with_glyphs(glyphs);
    Ok(match run_history(&mut screen, Theme::from_env())? {
        // No overview here to ask the stop rules again from.
        Ended::App(Exit::Done | Exit::AskAgain) => ExitCode::SUCCESS,
        Ended::App(Exit::Interrupted) => ExitCode::from(Signal::Interrupt.exit_status()),
        Ended::Signal(signal) => ExitCode::from(signal.exit_status()),
    })
}
