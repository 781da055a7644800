//! `knead nudge ROUTINE`: what the scheduler runs at a reminder's time. It decides whether
//! to remind (not when paused, done a moment ago, in quiet hours or hours late), then shows
//! a notification with Start, In 10 minutes and Skip, and does what was pressed. The question
//! goes after `[remind] wait` (2 minutes): a nudge still waiting would meet the next one.
//!
//! It always exits 0: the scheduler has no one to tell of a failure, so the reason goes to
//! the log and to its output (the journal, or the person who ran it by hand).

use crate::cli::NudgeArgs;
use knead_core::t;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use jiff::Zoned;

use crate::catalog;
use crate::config;
use crate::error::Result;
use crate::history::{self, Store, activity};
use crate::notify::ask::{self, Answer};
use crate::remind::decide::{self, Decision, Facts, SNOOZE};
use crate::remind::{self, terminal};
use crate::routine::duration;

/// Whether a nudge decides for itself (the scheduler's) or shows its question now
/// (`knead remind test`, so a person can see one).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    /// Not when paused, done a moment ago, in quiet hours or hours late.
    Decided,
    /// Now, whatever the time.
    Now,
}

/// Runs one nudge for the scheduler.
pub fn run(args: &NudgeArgs, data_dir: Option<&PathBuf>, out: &mut dyn Write) -> Result {
    nudge(&args.routine, When::Decided, data_dir, out)
}

/// Runs one nudge for `name`: decided, or now.
pub fn nudge(name: &str, when: When, data_dir: Option<&PathBuf>, out: &mut dyn Write) -> Result {
    let say = |out: &mut dyn Write, line: String| -> Result<()> {
        tracing::info!("nudge {name}: {line}");
        writeln!(out, "{line}")?;
        Ok(())
    };
    let settings = match config::path().map(|p| config::load(&p)) {
        Some(loaded) if loaded.has_errors() => {
            tracing::warn!("nudge: the settings have errors; reminding with the defaults");
            loaded.settings
        }
        Some(loaded) => loaded.settings,
        None => config::Settings::default(),
    };
    let reminder = settings.remind.reminder(name);
    if reminder.is_none() && when == When::Decided {
        say(out, t!("nudge-no-reminder", name = name))?;
        return Ok(ExitCode::SUCCESS);
    }
    let checked = match catalog::by_name(name) {
        Ok(checked) => checked,
        Err(e) => {
            say(out, t!("nudge-not-reminding", why = e.to_string()))?;
            return Ok(ExitCode::SUCCESS);
        }
    };
    let Some(routine) = checked.parsed.routine.clone() else {
        say(out, t!("nudge-routine-errors", name = name))?;
        return Ok(ExitCode::SUCCESS);
    };
    super::speak_routines_language(&routine);
    let summary = knead_core::t!(
        "nudge-time-for",
        routine = routine.name.as_str(),
        length = duration::format(routine.total_time())
    );
    let mut snoozed = false;
    loop {
        if let Some(reminder) = reminder.filter(|_| when == When::Decided) {
            let now = Zoned::now();
            let facts = Facts {
                last_done: last_done(
                    data_dir.cloned(),
                    checked.source.name(),
                    &routine.name,
                    &now,
                ),
                now: now.clone(),
                reminder,
                paused_until: remind::paused_until(),
                quiet: settings.remind.quiet,
                snoozed,
            };
            let decision = decide::decide(&facts);
            if let Some(reason) = decision.reason(&now) {
                say(out, t!("nudge-not-reminding-of", name = name, why = reason))?;
                return Ok(ExitCode::SUCCESS);
            }
            debug_assert_eq!(decision, Decision::Remind);
        }
        let answer = match question(&summary, name, snoozed, settings.remind.wait) {
            Ok(answer) => answer,
            Err(e) if when == When::Now => {
                tracing::warn!("nudge: {}", e.detail);
                return Err(crate::error::Error::Failed(t!("error-nudge-no-service")));
            }
            Err(e) => {
                tracing::warn!("nudge: {}", e.detail);
                // Not the session's words: --no-notify means nothing to a scheduler.
                say(out, t!("nudge-no-service", name = name))?;
                return Ok(ExitCode::SUCCESS);
            }
        };
        if answer == Answer::Button("later") {
            say(out, t!("nudge-again-in", minutes = SNOOZE.as_mins()))?;
            std::thread::sleep(snooze());
            snoozed = true;
            continue;
        }
        say(out, answered(answer, &settings.remind, name))?;
        return Ok(ExitCode::SUCCESS);
    }
}

/// What came of the question, in words; Start opens the terminal.
fn answered(answer: Answer, remind: &remind::Choices, name: &str) -> String {
    match answer {
        Answer::Button("start") => start(remind.terminal.as_deref(), name),
        Answer::Shown => t!("nudge-reminded", name = name),
        Answer::Unanswered => t!(
            "nudge-unanswered",
            name = name,
            wait = duration::format(remind.wait)
        ),
        Answer::Button(_) | Answer::Dismissed => t!("nudge-not-started", name = name),
    }
}

/// Asks with Start, In 10 minutes and Skip. "In 10 minutes" comes back once; the second time
/// it is not offered, so it never nags.
fn question(
    summary: &str,
    name: &str,
    snoozed: bool,
    wait: Duration,
) -> std::result::Result<Answer, crate::notify::NotifyError> {
    let later = knead_core::t!("nudge-later", minutes = SNOOZE.as_mins());
    let start = knead_core::t!("nudge-start");
    let skip = knead_core::t!("nudge-skip");
    let mut buttons = vec![("start", start.as_str())];
    if !snoozed {
        buttons.push(("later", later.as_str()));
    }
    buttons.push(("skip", skip.as_str()));
    ask::ask(summary, &format!("knead run {name}"), &buttons, wait)
}

/// Opens a terminal running the routine; what happened, in words.
fn start(configured: Option<&[String]>, name: &str) -> String {
    if configured.is_none()
        && let Some(why) = terminal::no_display()
    {
        return t!("nudge-cannot-start", name = name, why = why);
    }
    let program = std::env::current_exe().ok();
    let command = program
        .as_deref()
        .and_then(|p| terminal::command(configured, p, name));
    let Some(argv) = command else {
        return t!("nudge-no-terminal", name = name);
    };
    match terminal::open(&argv) {
        Ok(()) => t!("nudge-started", name = name, terminal = argv[0].as_str()),
        Err(e) => t!(
            "nudge-terminal-failed",
            name = name,
            terminal = argv[0].as_str(),
            why = e.to_string()
        ),
    }
}

/// The snooze; tests (debug builds only) shorten it with `KNEAD_TEST_SNOOZE_MS`.
fn snooze() -> Duration {
    let test = cfg!(debug_assertions)
        .then(|| std::env::var("KNEAD_TEST_SNOOZE_MS").ok()?.parse().ok())
        .flatten();
    test.map_or(SNOOZE.unsigned_abs(), Duration::from_millis)
}

/// When the routine was last started, from the history if there is one.
fn last_done(
    data_dir: Option<PathBuf>,
    path: &str,
    name: &str,
    now: &Zoned,
) -> Option<jiff::Timestamp> {
    let dir = history::data_dir(data_dir)?;
    let store = Store::peek(&dir)?;
    let starts = store
        .starts()
        .inspect_err(|e| tracing::warn!("nudge: reading the history: {e}"))
        .ok()?;
    activity::of(&starts, path, name, now).last
}
