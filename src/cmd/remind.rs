//! `knead remind`: reminders kept in the settings file and handed to the system's scheduler.

use crate::cli::RemindCommand;
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
                Error::Failed(format!(
                    "cannot end the pause: {}",
                    crate::words::io_words(&e)
                ))
            })?;
            writeln!(
                out,
                "{}",
                if was {
                    "Reminders are on again."
                } else {
                    "Reminders were not paused."
                }
            )?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// The settings file and its text, refusing one with errors: a reminder written into a
/// file knead cannot read would never fire.
fn settings_text() -> Result<(PathBuf, String, config::Settings)> {
    let path = config::path()
        .ok_or_else(|| Error::Failed("no home folder: the settings have nowhere to live".into()))?;
    let loaded = config::load(&path);
    if loaded.has_errors() {
        return Err(Error::Failed(format!(
            "the settings in {} have errors; `knead config` shows them. Fix them first",
            path.display()
        )));
    }
    Ok((path, loaded.source.text().to_owned(), loaded.settings))
}

/// Writes the settings through a file beside them, so a crash mid-write leaves the old file.
fn write_settings(path: &Path, text: &str) -> Result<()> {
    let fail = |e: std::io::Error| {
        Error::Failed(format!(
            "cannot write {}: {}",
            path.display(),
            crate::words::io_words(&e)
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
    Places::of_this_user()
        .ok_or_else(|| Error::Failed("no home folder: reminders have nowhere to live".into()))
}

fn program() -> Result<PathBuf> {
    std::env::current_exe().map_err(|e| {
        Error::Failed(format!(
            "cannot tell where knead is installed: {}",
            crate::words::io_words(&e)
        ))
    })
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
        "Reminder for {routine}: {} {}.",
        reminder.times_text(),
        days_words(reminder.days)
    )?;
    let state = install::state(scheduler, routine, &places()?);
    // Where the state says why and what loads it, the same advice is not given twice.
    let mut said = done.clone();
    if matches!(state, State::NotLoaded { .. }) {
        said.notes.clear();
    }
    report(out, scheduler, &said, "written")?;
    if state != State::Active {
        // Kept in the settings: once the scheduler is there, `knead remind add` again loads it.
        let why = if state == State::Missing && !done.notes.is_empty() {
            "the scheduler did not take it (the note above says why)".to_owned()
        } else {
            state.why_not(routine)
        };
        return Err(Error::Failed(format!(
            "the reminder for {routine} is kept in the settings but will not fire: {why}"
        )));
    }
    if let Some(next) = reminder.next_after(now.datetime()) {
        writeln!(
            out,
            "Next: {} ({} has it).",
            when(next, now.datetime()),
            scheduler.word()
        )?;
    }
    Ok(ExitCode::SUCCESS)
}

/// A routine a reminder can start: one found by name and free of errors.
fn check_routine(routine: &str) -> Result<()> {
    if catalog::looks_like_path(routine) || routine.contains(['/', '\\']) {
        return Err(Error::Usage(format!(
            "reminders name a routine, not a file: copy {routine} into your routines folder \
             (`knead list` shows where) and use its name"
        )));
    }
    let checked = catalog::by_name(routine)?;
    if checked.has_errors() {
        return Err(Error::Failed(format!(
            "{routine} has errors (`knead check {routine}` shows them); fix them first"
        )));
    }
    Ok(())
}

fn days_words(days: Days) -> String {
    match days.to_string().as_str() {
        "daily" => "every day".to_owned(),
        "mon-fri" => "on weekdays".to_owned(),
        text => format!("on {text}"),
    }
}

/// A moment as people say it: "today 15:30", "tomorrow 11:00", "Mon 7 Dec 11:00".
pub fn when(at: DateTime, now: DateTime) -> String {
    let time = schedule::time_text(at.time());
    let days = (at.date() - now.date()).get_days();
    match days {
        0 => format!("today {time}"),
        1 => format!("tomorrow {time}"),
        _ => format!("{} {time}", at.date().strftime("%a %-d %b")),
    }
}

fn report(out: &mut dyn Write, scheduler: Scheduler, done: &Done, verb: &str) -> Result<()> {
    for file in &done.files {
        writeln!(
            out,
            "{} {verb}: {}",
            scheduler_words(scheduler),
            file.display()
        )?;
    }
    // On removal, what was taken out of the crontab is said with what was unloaded.
    if done.crontab && verb == "written" {
        writeln!(out, "crontab updated (`crontab -l` shows it).")?;
    }
    for note in &done.notes {
        writeln!(out, "Note: {note}")?;
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
        writeln!(
            out,
            "No reminders. `knead remind add desk-neck --at 11:00,15:30 --days mon-fri` adds one."
        )?;
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
            (State::Active, Some(n)) => format!("next {}", when(n, now.datetime())),
            (State::Active, None) => "active".to_owned(),
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
    writeln!(out, "Scheduler: {}.", scheduler.word())?;
    if let Some(quiet) = choices.quiet {
        writeln!(out, "Quiet hours: {quiet}.")?;
    }
    if let Some(until) = remind::paused_until().filter(|&u| u > now.timestamp()) {
        let until = until.to_zoned(now.time_zone().clone()).datetime();
        writeln!(
            out,
            "Paused until {} (`knead remind resume` ends the pause).",
            when(until, now.datetime())
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
        let hint = match crate::routine::value::closest(routine, known.iter().copied()) {
            Some(guess) => format!("; did you mean {guess}?"),
            None if known.is_empty() => "; there are none".to_owned(),
            None => format!("; there are reminders for {}", known.join(", ")),
        };
        return Err(Error::Failed(format!("no reminder for {routine}{hint}")));
    }
    if was_set {
        write_settings(&path, &edited)?;
    }
    writeln!(out, "No more reminders for {routine}.")?;
    for unloaded in &done.unloaded {
        writeln!(out, "{unloaded}.")?;
    }
    report(out, scheduler, &done, "removed")?;
    Ok(ExitCode::SUCCESS)
}

/// The end of a pause: `2h`, `45m`, `1h30m`, `3d`, `2w` from now, or `until 2026-12-28` (the
/// start of that day, on the person's clock).
fn pause_end(text: &str, now: &Zoned) -> Result<Zoned> {
    let text = text.trim();
    if text == "until" {
        return Err(Error::Usage(
            "until when? `knead remind pause until 2026-12-28` (or until 2026-12-28 09:00)".into(),
        ));
    }
    if let Some(day) = text.strip_prefix("until ") {
        let (day, time) = match day.trim().split_once(' ') {
            Some((day, time)) => {
                let time: jiff::civil::Time = time.trim().parse().map_err(|_| {
                    Error::Usage(format!(
                        "{time:?} is not a time of day; write it like 09:00"
                    ))
                })?;
                (day, time)
            }
            None => (day.trim(), jiff::civil::Time::midnight()),
        };
        let day = crate::cli::parse_date(day).map_err(Error::Usage)?;
        let end = day
            .to_datetime(time)
            .to_zoned(now.time_zone().clone())
            .map_err(|_| Error::Usage(format!("{day} cannot be a day here")))?;
        if end <= *now {
            return Err(Error::Usage(format!(
                "{day} has begun already: a pause ends later than now"
            )));
        }
        return Ok(end);
    }
    let unknown = || {
        Error::Usage(format!(
            "{text:?} is not a length of time; try 2h, 45m, 1h30m, 3d or until 2026-12-28"
        ))
    };
    let span: jiff::Span = text.parse().map_err(|_| unknown())?;
    if span.is_negative() {
        return Err(unknown());
    }
    if span.is_zero() {
        return Err(Error::Usage(format!(
            "a pause of {text} pauses nothing; `knead remind resume` ends a pause"
        )));
    }
    let end = now
        .checked_add(span)
        .map_err(|_| Error::Usage("too long a pause".into()))?;
    if end.timestamp() > now.timestamp() + jiff::SignedDuration::from_hours(24 * 366) {
        return Err(Error::Usage(
            "a pause of more than a year: `knead remind remove` stops a reminder for good".into(),
        ));
    }
    Ok(end)
}

fn pause(text: &str, out: &mut dyn Write, now: &Zoned) -> Result {
    let until = pause_end(text, now)?.timestamp();
    remind::pause(until).map_err(|e| {
        Error::Failed(format!(
            "cannot keep the pause: {}",
            crate::words::io_words(&e)
        ))
    })?;
    let until = until.to_zoned(now.time_zone().clone()).datetime();
    writeln!(
        out,
        "Reminders paused until {} (`knead remind resume` ends the pause).",
        when(until, now.datetime())
    )?;
    Ok(ExitCode::SUCCESS)
}
