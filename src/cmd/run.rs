//! `knead run`: checks the routine, then guides the session full-screen or line by line.

use std::io::{self, IsTerminal as _, Write};
use std::process::ExitCode;

use crate::app::run::Ended;
use crate::app::{self, App, Exit};
use crate::catalog;
use crate::plain;
use crate::session::Session;
use crate::ui::theme::Theme;

/// What `knead run` was asked.
#[derive(Debug, Clone, clap::Args)]
pub struct RunArgs {
    /// A routine file, or the name of a bundled or personal routine (see `knead list`).
    pub routine: String,
    /// One line per phase change and ratings typed as numbers: for screen readers, logs, scripts.
    #[arg(long)]
    pub plain: bool,
    /// Start the next hold when the rest ends even without a rating (recorded as not rated).
    #[arg(long)]
    pub auto_advance: bool,
}

/// Runs a session; a routine with errors is reported, not run.
pub fn run(args: &RunArgs) -> io::Result<ExitCode> {
    let mut err = anstream::stderr();
    let checked = match catalog::resolve(&args.routine) {
        Ok(checked) => checked,
        Err(message) => {
            writeln!(err, "knead: {message}")?;
            return Ok(ExitCode::FAILURE);
        }
    };
    let Some(routine) = checked.parsed.routine.clone() else {
        for diagnostic in &checked.parsed.diagnostics {
            write!(err, "{}", checked.source.render(diagnostic, true))?;
        }
        writeln!(
            err,
            "knead: {} has errors; fix them and try again",
            checked.source.name()
        )?;
        return Ok(ExitCode::FAILURE);
    };
    let mut session = Session::new(routine, args.auto_advance);
    let mut out = io::stdout().lock();
    if args.plain || !io::stdin().is_terminal() || !io::stdout().is_terminal() {
        plain::run(&mut session, &mut out)?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut app = App::new(session, Theme::from_env());
    let ended = app::run::run(&mut app)?;
    // The full screen is gone: leave the results where the person can still read them.
    if app.session.records().iter().any(Option::is_some) {
        plain::summary(&app.session, &mut out)?;
    }
    Ok(match ended {
        Ended::App(Exit::Done) => ExitCode::SUCCESS,
        Ended::App(Exit::Interrupted) => ExitCode::from(130),
        Ended::Signal(signal) => ExitCode::from(u8::try_from(128 + signal).unwrap_or(1)),
    })
}
