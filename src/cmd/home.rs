//! `knead` alone: the home screen in a terminal, and back to it after each session, history
//! or new routine; elsewhere, the same list as text.

use knead_core::t;
use std::io::{self, IsTerminal as _, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use jiff::Zoned;

use crate::app::home::{Choice, Entry, Home};
use crate::app::{Ended, Exit};
use crate::catalog::{self, Checked};
use crate::cmd;
use crate::cmd::run::{NotStarted, Went};
use crate::cmd::where_picker;
use crate::config;
use crate::error::Result;
use crate::history::{self, Store};
use crate::signals::Signal;
use crate::theme::Theme;
use crate::tui::{HomeEnded, run_home};
use crate::words::home::last_done;

/// What the home screen says when the settings kept a session from starting.
fn settings_broken() -> String {
    t!("home-settings-broken")
}

/// What the home screen says when a session it started did not start.
fn not_started(why: NotStarted) -> String {
    match why {
        NotStarted::Settings => settings_broken(),
        NotStarted::NoAnswer => t!("home-no-answer"),
        NotStarted::AsAdvised => t!("home-as-advised"),
    }
}

/// Shows the home screen until the person quits; without a terminal, prints the list.
pub fn run(data_dir: Option<&PathBuf>) -> Result {
    if !io::stdin().is_terminal() || !io::stdout().is_terminal() {
        let now = Zoned::now();
        print(&entries(data_dir, &now), &now, &mut io::stdout().lock())?;
        return Ok(ExitCode::SUCCESS);
    }
    let theme = Theme::from_env();
    let mut selected: Option<String> = None;
    let mut notice = None;
    loop {
        let now = Zoned::now();
        let mut home = Home::new(entries(data_dir, &now), now);
        if let Some(name) = &selected {
            home.select(name);
        }
        home.notice = notice.take();
        let choice = match run_home(&mut home, theme)? {
            HomeEnded::Chose(choice) => choice,
            HomeEnded::Signal(signal) => return Ok(ExitCode::from(signal.exit_status())),
        };
        match choice {
            Choice::Quit => return Ok(ExitCode::SUCCESS),
            Choice::Interrupted => return Ok(ExitCode::from(Signal::Interrupt.exit_status())),
            Choice::Run(name) => {
                selected = Some(name.clone());
                match cmd::run::session(&crate::cli::RunArgs::of(&name), data_dir) {
                    Ok(Went::Ran(Ended::App(Exit::Done))) => {}
                    Ok(Went::Ran(ended)) => return Ok(cmd::run::exit_code(ended)),
                    Ok(Went::NotStarted(why)) => notice = Some(not_started(why)),
                    Err(e) => notice = Some(e.to_string()),
                }
            }
            Choice::History => {
                let args = crate::cli::HistoryArgs {
                    client: None,
                    glyphs: None,
                };
                if let Err(e) = cmd::history::run(&args, data_dir.cloned()) {
                    notice = Some(e.to_string());
                }
            }
            Choice::Where => {
                let glyphs = config::path()
                    .map(|p| config::load(&p).settings.glyphs)
                    .unwrap_or_default();
                match cmd::where_picker::pick(glyphs, data_dir)? {
                    where_picker::Picked::Nothing | where_picker::Picked::Ran(_) => {}
                    where_picker::Picked::Saved(name) => {
                        notice = Some(crate::words::zones::saved(&name));
                        selected = Some(name);
                    }
                    where_picker::Picked::Ended(code) => return Ok(code),
                }
            }
            Choice::New(name) => {
                selected = cmd::new::file_name(&name).ok();
                notice = new_routine(&name)?;
            }
        }
    }
}

/// Writes a new routine and opens it in the editor; what went wrong, if anything, for the
/// home screen to say.
fn new_routine(typed: &str) -> Result<Option<String>> {
    let mut out = anstream::AutoStream::auto(io::stdout().lock());
    if let Err(e) = cmd::new::new(typed, &mut out) {
        return Ok(Some(e.to_string()));
    }
    let name = cmd::new::file_name(typed)?;
    let name = name.as_str();
    let colour = io::stdout().is_terminal();
    let checked = cmd::new::edit(name, &mut out, colour);
    out.flush()?;
    Ok(match checked {
        Ok(code) if code == ExitCode::SUCCESS => Some(t!("home-routine-ready", name = name)),
        Ok(_) => Some(t!("home-routine-mistakes", name = name)),
        Err(e) => Some(e.to_string()),
    })
}

/// Every routine with its activity: the person's own first, then the bundled ones.
pub(crate) fn entries(data_dir: Option<&PathBuf>, now: &Zoned) -> Vec<Entry> {
    let own = catalog::user_files()
        .into_iter()
        .map(|p| (catalog::check_user_file(&p), true));
    let bundled = catalog::BUNDLED
        .iter()
        .map(|b| (catalog::check_bundled(b), false));
    let routines: Vec<(Checked, bool)> = own.chain(bundled).collect();
    let starts = history::data_dir(data_dir.cloned())
        .and_then(|dir| Store::peek(&dir))
        .and_then(|store| store.starts().ok())
        .unwrap_or_default();
    let reminders = config::path()
        .map(|p| config::load(&p).settings.remind)
        .unwrap_or_default();
    crate::app::home::entries(&routines, &starts, &reminders, now)
}

/// The list as text: one line per routine, the due ones marked.
fn print(entries: &[Entry], now: &Zoned, out: &mut dyn Write) -> io::Result<()> {
    let width = entries
        .iter()
        .map(|e| e.name.chars().count())
        .max()
        .unwrap_or(0);
    let mut section = None;
    for entry in entries {
        if section != Some(entry.own) {
            if section.is_some() {
                writeln!(out)?;
            }
            section = Some(entry.own);
            writeln!(
                out,
                "{}",
                if entry.own {
                    t!("list-yours")
                } else {
                    t!("list-bundled")
                }
            )?;
        }
        if let Some(problem) = &entry.problem {
            let invalid = t!("list-invalid-because", why = problem.as_str());
            writeln!(out, "  {:<width$}  {invalid}", entry.name)?;
            continue;
        }
        let length = entry
            .length
            .map(crate::routine::duration::format)
            .unwrap_or_default();
        let done = entry.activity.this_week;
        let week = match entry.per_week {
            Some(aim) => t!("list-this-week-of", done = done, aim = aim),
            None => t!("list-this-week", done = done),
        };
        let due = if entry.due() {
            format!("  {}", t!("list-due-today"))
        } else {
            String::new()
        };
        writeln!(
            out,
            "  {:<width$}  {:<7} {} {:<14} {week}{due}",
            entry.name,
            length,
            t!("list-last"),
            last_done(entry.activity.last, now),
        )?;
    }
    Ok(())
}
