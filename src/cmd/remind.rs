//! `knead remind`: reminders kept in the settings file and handed to the system's scheduler.

use crate::cli::RemindCommand;
use knead_core::t;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use jiff::Zoned;
use jiff::civil::DateTime;

use crate::catalog;
use crate::config;
use crate::error::{Error, Result};
use crate::remind::install::{self, Done, Places, State};
use crate::remind::schedule::{self, Days, Reminder};
use crate::remind::{self, Scheduler, edit};

/// Runs a `knead remind` subcommand.
pub fn run(command: &RemindCommand, data_dir: Option<&PathBuf>, out: &mut dyn Write) -> Result {
    let now = Zoned::now();
    match command {
        RemindCommand::Add { routine, at, days } => add(routine, at, days, out, &now),
        RemindCommand::List => list(out, &now),
        RemindCommand::Remove { routine } => remove(routine, out),
        RemindCommand::Test { routine } => {
            check_routine(routine)?;
            super::nudge::nudge(routine, super::nudge::When::Now, data_dir, out)
        }
        RemindCommand::Pause { duration } => pause(&duration.join(" "), out, &now),
        RemindCommand::Resume => {
            let was = remind::resume().map_err(|e| {
                Error::Failed(t!("error-remind-resume", why = crate::words::io_words(&e)))
            })?;
            writeln!(
                out,
                "{}",
                if was {
                    t!("remind-on-again")
                } else {
                    t!("remind-not-paused")
                }
            )?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// The settings file and its text, refusing one with errors: a reminder written into a
/// file knead cannot read would never fire.
fn settings_text() -> Result<(PathBuf, String, config::Settings)> {
    let path = config::path().ok_or_else(|| Error::Failed(t!("error-no-home-for-settings")))?;
    let loaded = config::load(&path);
    if loaded.has_errors() {
        return Err(Error::Failed(t!(
            "error-settings-have-errors",
            path = path.display().to_string()
        )));
    }
    Ok((path, loaded.source.text().to_owned(), loaded.settings))
}

/// Writes the settings through a file beside them, so a crash mid-write leaves the old file.
fn write_settings(path: &Path, text: &str) -> Result<()> {
    let fail = |e: std::io::Error| {
        Error::Failed(t!(
            "error-cannot-write",
            path = path.display().to_string(),
            why = crate::words::io_words(&e)
        ))
    };
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(fail)?;
    let mut file = tempfile::NamedTempFile::new_in(dir).map_err(fail)?;
    file.write_all(text.as_bytes()).map_err(fail)?;
    // The new file keeps the old one's permissions, not the private ones of a temporary file.
    if let Ok(meta) = std::fs::metadata(path) {
        file.as_file()
            .set_permissions(meta.permissions())
            .map_err(fail)?;
    }
    file.persist(path).map_err(|e| fail(e.error))?;
    Ok(())
}

fn places() -> Result<Places> {
    Places::of_this_user().ok_or_else(|| Error::Failed(t!("error-no-home-for-reminders")))
}

fn program() -> Result<PathBuf> {
    std::env::current_exe()
        .map_err(|e| Error::Failed(t!("error-no-program", why = crate::words::io_words(&e))))
}

fn add(routine: &str, at: &[String], days: &str, out: &mut dyn Write, now: &Zoned) -> Result {
    let at = schedule::parse_times(at.iter().map(String::as_str)).map_err(Error::Usage)?;
    let days = Days::parse(days).map_err(Error::Usage)?;
    check_routine(routine)?;
    let (path, text, settings) = settings_text()?;
    let reminder = Reminder {
        routine: routine.to_owned(),
        at,
        days,
    };
    let edited = edit::set(&text, &reminder).map_err(Error::Failed)?;
    let scheduler = settings.remind.scheduler.unwrap_or_else(Scheduler::detect);
    let done = install::install(scheduler, &reminder, &program()?, &places()?)
        .map_err(|e| Error::Failed(e.to_string()))?;
    write_settings(&path, &edited)?;
    writeln!(
        out,
        "{}",
        t!(
            "remind-added",
            routine = routine,
            times = reminder.times_text(),
            days = days_words(reminder.days)
        )
    )?;
    let state = install::state(scheduler, routine, &places()?);
    // Where the state says why and what loads it, the same advice is not given twice.
    let mut said = done.clone();
    if matches!(state, State::NotLoaded { .. }) {
        said.notes.clear();
    }
    report(out, scheduler, &said, Verb::Written)?;
    if state != State::Active {
        // Kept in the settings: once the scheduler is there, `knead remind add` again loads it.
        let why = if state == State::Missing && !done.notes.is_empty() {
            t!("remind-not-taken")
        } else {
            state.why_not(routine)
        };
        return Err(Error::Failed(t!(
            "error-remind-will-not-fire",
            routine = routine,
            why = why
        )));
    }
    if let Some(next) = reminder.next_after(now.datetime()) {
        writeln!(
            out,
            "{}",
            t!(
                "remind-next",
                when = when(next, now.datetime()),
                scheduler = scheduler.word()
            )
        )?;
    }
    Ok(ExitCode::SUCCESS)
}

/// A routine a reminder can start: one found by name and free of errors.
fn check_routine(routine: &str) -> Result<()> {
    if catalog::looks_like_path(routine) || routine.contains(['/', '\\']) {
        return Err(Error::Usage(t!("error-remind-file", routine = routine)));
    }
    let checked = catalog::by_name(routine)?;
    if checked.has_errors() {
        return Err(Error::Failed(t!("error-remind-errors", routine = routine)));
    }
    Ok(())
}

fn days_words(days: Days) -> String {
    match days.to_string().as_str() {
        "daily" => t!("remind-every-day"),
        "mon-fri" => t!("remind-weekdays"),
        text => t!("remind-on-days", days = text),
    }
}

/// A moment as people say it: "today 15:30", "tomorrow 11:00", "Mon 7 Dec 11:00".
pub fn when(at: DateTime, now: DateTime) -> String {
    let time = schedule::time_text(at.time());
    let days = (at.date() - now.date()).get_days();
    match days {
        0 => t!("remind-today-at", time = time),
        1 => t!("remind-tomorrow-at", time = time),
        _ => t!(
            "remind-day-at",
            day = knead_core::lang::weekday_day_month(at.date()),
            time = time
        ),
    }
}

/// What was done to the scheduler's files.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Verb {
    Written,
    Removed,
}

fn report(out: &mut dyn Write, scheduler: Scheduler, done: &Done, verb: Verb) -> Result<()> {
    for file in &done.files {
        let (what, file) = (scheduler_words(scheduler), file.display().to_string());
        let line = match verb {
            Verb::Written => t!("remind-file-written", what = what, file = file),
            Verb::Removed => t!("remind-file-removed", what = what, file = file),
        };
        writeln!(out, "{line}")?;
    }
    // On removal, what was taken out of the crontab is said with what was unloaded.
    if done.crontab && verb == Verb::Written {
        writeln!(out, "{}", t!("remind-crontab-updated"))?;
    }
    for note in &done.notes {
        writeln!(out, "{}", t!("remind-note", note = note.as_str()))?;
    }
    Ok(())
}

fn scheduler_words(scheduler: Scheduler) -> &'static str {
    match scheduler {
        Scheduler::Systemd => "systemd unit",
        Scheduler::Cron => "crontab",
        Scheduler::Launchd => "launchd agent",
        Scheduler::TaskScheduler => "Task Scheduler task",
    }
}

fn list(out: &mut dyn Write, now: &Zoned) -> Result {
    let (_, _, settings) = settings_text()?;
    let choices = &settings.remind;
    if choices.reminders.is_empty() {
        writeln!(out, "{}", t!("remind-none"))?;
        return Ok(ExitCode::SUCCESS);
    }
    let scheduler = choices.scheduler.unwrap_or_else(Scheduler::detect);
    let places = places()?;
    let width = choices
        .reminders
        .iter()
        .map(|r| r.routine.chars().count())
        .max()
        .unwrap_or(0);
    for reminder in &choices.reminders {
        let state = install::state(scheduler, &reminder.routine, &places);
        let next = match (&state, reminder.next_after(now.datetime())) {
            (State::Active, Some(n)) => t!("remind-list-next", when = when(n, now.datetime())),
            (State::Active, None) => t!("remind-active"),
            (state, _) => state.words(&reminder.routine),
        };
        writeln!(
            out,
            "{:<width$}  {:<14}  {:<8}  {next}",
            reminder.routine,
            reminder.times_text(),
            reminder.days.to_string(),
        )?;
    }
    writeln!(
        out,
        "{}",
        t!("remind-scheduler", scheduler = scheduler.word())
    )?;
    if let Some(quiet) = choices.quiet {
        writeln!(out, "{}", t!("remind-quiet", quiet = quiet.to_string()))?;
    }
    if let Some(until) = remind::paused_until().filter(|&u| u > now.timestamp()) {
        let until = until.to_zoned(now.time_zone().clone()).datetime();
        writeln!(
            out,
            "{}",
            t!("remind-paused-until", when = when(until, now.datetime()))
        )?;
    }
    Ok(ExitCode::SUCCESS)
}

fn remove(routine: &str, out: &mut dyn Write) -> Result {
    let (path, text, settings) = settings_text()?;
    let scheduler = settings.remind.scheduler.unwrap_or_else(Scheduler::detect);
    let (edited, was_set) = edit::remove(&text, routine).map_err(Error::Failed)?;
    let places = places()?;
    // The scheduler of the settings, and any other still holding it (the setting changed).
    let mut schedulers = vec![scheduler];
    schedulers.extend(
        install::holders(routine, &places)
            .into_iter()
            .filter(|s| *s != scheduler),
    );
    let mut done = Done::default();
    for scheduler in schedulers {
        let one = install::uninstall(scheduler, routine, &places)
            .map_err(|e| Error::Failed(e.to_string()))?;
        done.files.extend(one.files);
        done.unloaded.extend(one.unloaded);
        done.notes.extend(one.notes);
        done.crontab |= one.crontab && scheduler == Scheduler::Cron;
    }
    if !was_set && done.files.is_empty() && done.unloaded.is_empty() {
        let known: Vec<&str> = settings
            .remind
            .reminders
            .iter()
            .map(|r| r.routine.as_str())
            .collect();
        let message = match crate::routine::value::closest(routine, known.iter().copied()) {
            Some(guess) => t!("error-no-reminder-meant", routine = routine, meant = guess),
            None if known.is_empty() => t!("error-no-reminder-none", routine = routine),
            None => t!(
                "error-no-reminder-others",
                routine = routine,
                others = known.join(", ")
            ),
        };
        return Err(Error::Failed(message));
    }
    if was_set {
        write_settings(&path, &edited)?;
    }
    writeln!(out, "{}", t!("remind-removed", routine = routine))?;
    for unloaded in &done.unloaded {
        writeln!(out, "{unloaded}.")?;
    }
    report(out, scheduler, &done, Verb::Removed)?;
    Ok(ExitCode::SUCCESS)
}

/// The end of a pause: `2h`, `45m`, `1h30m`, `3d`, `2w` from now, or `until 2026-12-28` (the
/// start of that day, on the person's clock).
fn pause_end(text: &str, now: &Zoned) -> Result<Zoned> {
    let text = text.trim();
    if text == "until" {
        return Err(Error::Usage(t!("error-pause-until-when")));
    }
    if let Some(day) = text.strip_prefix("until ") {
        let (day, time) = match day.trim().split_once(' ') {
            Some((day, time)) => {
                let time: jiff::civil::Time = time.trim().parse().map_err(|_| {
                    Error::Usage(t!("error-not-a-time", time = format!("{time:?}")))
                })?;
                (day, time)
            }
            None => (day.trim(), jiff::civil::Time::midnight()),
        };
        let day = crate::cli::parse_date(day).map_err(Error::Usage)?;
        let end = day
            .to_datetime(time)
            .to_zoned(now.time_zone().clone())
            .map_err(|_| Error::Usage(t!("error-no-such-day-here", day = day.to_string())))?;
        if end <= *now {
            return Err(Error::Usage(t!(
                "error-pause-in-past",
                day = day.to_string()
            )));
        }
        return Ok(end);
    }
    let unknown = || Error::Usage(t!("error-not-a-length", text = format!("{text:?}")));
    let span: jiff::Span = text.parse().map_err(|_| unknown())?;
    if span.is_negative() {
        return Err(unknown());
    }
    if span.is_zero() {
        return Err(Error::Usage(t!("error-pause-nothing", text = text)));
    }
    let end = now
        .checked_add(span)
        .map_err(|_| Error::Usage(t!("error-pause-too-long")))?;
    if end.timestamp() > now.timestamp() + jiff::SignedDuration::from_hours(24 * 366) {
        return Err(Error::Usage(t!("error-pause-over-a-year")));
    }
    Ok(end)
}

fn pause(text: &str, out: &mut dyn Write, now: &Zoned) -> Result {
    let until = pause_end(text, now)?.timestamp();
    remind::pause(until)
        .map_err(|e| Error::Failed(t!("error-pause-not-kept", why = crate::words::io_words(&e))))?;
    let until = until.to_zoned(now.time_zone().clone()).datetime();
    writeln!(
        out,
        "{}",
        t!("remind-paused", when = when(until, now.datetime()))
    )?;
    Ok(ExitCode::SUCCESS)
}
