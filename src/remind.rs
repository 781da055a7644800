//! Reminders without a daemon: each one is handed to the system's own scheduler (a systemd
//! user timer, cron, launchd or the Task Scheduler), which runs `knead nudge ROUTINE` at its
//! times; the nudge decides whether to show a notification.
//!
//! The settings file holds the reminders (`[reminders]`) and their options (`[remind]`);
//! `schedule` says when they fire, `decide` what a nudge does, one module per scheduler
//! writes its files as text, and `install` puts them in place.

pub mod cron;
pub mod decide;
pub mod edit;
pub mod install;
pub mod launchd;
pub mod schedule;
pub mod schtasks;
pub mod systemd;
pub mod terminal;

use std::path::PathBuf;

use jiff::Timestamp;

pub use schedule::{Days, Quiet, Reminder};

/// The reminders and how they behave, from the settings file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choices {
    /// Hours without reminders.
    pub quiet: Option<Quiet>,
    /// The terminal that Start opens, as a command to which knead's own is appended.
    pub terminal: Option<Vec<String>>,
    /// The scheduler, when not the platform's usual one.
    pub scheduler: Option<Scheduler>,
    /// How long a reminder's notification waits for an answer.
    pub wait: std::time::Duration,
    /// The reminders, in the order of the file.
    pub reminders: Vec<Reminder>,
}

/// How long a reminder waits for an answer unless the settings say otherwise: long enough to
/// look up from the work, short enough that a nudge never meets the next one.
pub const WAIT: std::time::Duration = std::time::Duration::from_mins(2);

impl Default for Choices {
    fn default() -> Self {
        Self {
            quiet: None,
            terminal: None,
            scheduler: None,
            wait: WAIT,
            reminders: Vec::new(),
        }
    }
}

impl Choices {
    /// The reminder for `routine`, if there is one.
    pub fn reminder(&self, routine: &str) -> Option<&Reminder> {
        self.reminders.iter().find(|r| r.routine == routine)
    }
}

/// The program that runs a reminder at its time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scheduler {
    /// A systemd user timer (Linux).
    Systemd,
    /// A crontab line (Unix without systemd).
    Cron,
    /// A launchd agent (macOS).
    Launchd,
    /// A Task Scheduler task (Windows).
    TaskScheduler,
}

impl Scheduler {
    /// Every scheduler, for the settings' words.
    pub const ALL: [Scheduler; 4] = [
        Scheduler::Systemd,
        Scheduler::Cron,
        Scheduler::Launchd,
        Scheduler::TaskScheduler,
    ];

    /// The word the settings file uses.
    pub const fn word(self) -> &'static str {
        match self {
            Scheduler::Systemd => "systemd",
            Scheduler::Cron => "cron",
            Scheduler::Launchd => "launchd",
            Scheduler::TaskScheduler => "schtasks",
        }
    }

    /// The scheduler a word names.
    pub fn from_word(word: &str) -> Option<Scheduler> {
        Self::ALL.into_iter().find(|s| s.word() == word)
    }

    /// This system's scheduler: launchd on macOS, the Task Scheduler on Windows, a systemd
    /// user timer where systemd runs the system, else cron.
    pub fn detect() -> Scheduler {
        if cfg!(target_os = "macos") {
            Scheduler::Launchd
        } else if cfg!(windows) {
            Scheduler::TaskScheduler
        } else if std::path::Path::new("/run/systemd/system").is_dir() {
            Scheduler::Systemd
        } else {
            Scheduler::Cron
        }
    }
}

/// The name a reminder's files and tasks are known by: `knead-remind-` and the routine's
/// name, with anything a unit or task name cannot hold made `_`.
pub fn unit_name(routine: &str) -> String {
    let safe: String = routine
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || "-_.".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect();
    format!("knead-remind-{safe}")
}

/// A word as a POSIX shell reads it back unchanged: as it is when plainly safe, else
/// single-quoted (cron lines and the macOS Terminal's command are run by a shell).
fn sh_word(word: &str) -> String {
    if word
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "/._-+:=,".contains(c))
    {
        word.to_owned()
    } else {
        format!("'{}'", word.replace('\'', "'\\''"))
    }
}

/// Where the pause is kept: it is a moment's state, not a setting, so it stays out of the
/// settings file a person may keep in version control.
fn pause_file() -> Option<PathBuf> {
    crate::paths::state_dir().map(|d| d.join("remind-paused-until"))
}

/// Until when reminders are paused, if they are.
pub fn paused_until() -> Option<Timestamp> {
    let text = std::fs::read_to_string(pause_file()?).ok()?;
    text.trim().parse().ok()
}

/// Pauses reminders until `until`.
pub fn pause(until: Timestamp) -> std::io::Result<PathBuf> {
    let file = pause_file().ok_or_else(|| std::io::Error::other("no home folder"))?;
    if let Some(dir) = file.parent() {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(&file, format!("{until}\n"))?;
    Ok(file)
}

/// Ends a pause; whether there was one.
pub fn resume() -> std::io::Result<bool> {
    let Some(file) = pause_file() else {
        return Ok(false);
    };
    match std::fs::remove_file(file) {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unit_names_hold_only_what_systemd_and_task_names_allow() {
        assert_eq!(unit_name("desk-neck"), "knead-remind-desk-neck");
        assert_eq!(unit_name("my routine/ö"), "knead-remind-my_routine__");
    }

    /// The files each scheduler is given, as text (golden files under `snapshots/`): a
    /// weekday reminder twice a day, and one every day for a routine whose name needs
    /// quoting.
    #[test]
    fn each_schedulers_files_match_their_golden_text() {
        let program = std::path::Path::new("/usr/bin/knead");
        let weekdays = Reminder {
            routine: "desk-neck".into(),
            at: schedule::parse_times(["11:00,15:30"]).expect("times"),
            days: Days::parse("mon-fri").expect("days"),
        };
        let daily = Reminder {
            routine: "my feet 100%".into(),
            at: schedule::parse_times(["07:05"]).expect("times"),
            days: Days::DAILY,
        };
        for (name, reminder) in [("weekdays", &weekdays), ("daily", &daily)] {
            let unit = unit_name(&reminder.routine);
            let (timer, service) = systemd::units(reminder, &unit, program);
            insta::assert_snapshot!(format!("{name}.timer"), timer);
            insta::assert_snapshot!(format!("{name}.service"), service);
            let plist = launchd::plist(reminder, "org.knead.remind.x", program);
            insta::assert_snapshot!(format!("{name}.plist"), plist);
            let task = schtasks::task(
                reminder,
                std::path::Path::new("C:\\Program Files\\knead\\knead.exe"),
            );
            insta::assert_snapshot!(format!("{name}.task.xml"), task);
            let env = [("DISPLAY".to_owned(), ":0".to_owned())];
            insta::assert_snapshot!(
                format!("{name}.crontab"),
                cron::lines(reminder, &unit, program, &env).join("\n")
            );
        }
    }

    #[test]
    fn scheduler_words_round_trip() {
        for s in Scheduler::ALL {
            assert_eq!(Scheduler::from_word(s.word()), Some(s));
        }
        assert_eq!(Scheduler::from_word("anacron"), None);
    }
}
