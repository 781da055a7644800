//! A reminder as crontab lines, for systems without systemd. Each line ends with a tag so
//! `knead remind remove` finds its own lines and no one else's.

use std::fmt::Write as _;
use std::path::Path;

use super::schedule::{Days, Reminder};

/// The tag that marks a reminder's lines.
pub fn tag(unit: &str) -> String {
    format!("# {unit}")
}

/// One line per time of day. `env` is put before the command: cron runs without the
/// desktop session's variables, and a notification needs its bus.
pub fn lines(
    reminder: &Reminder,
    unit: &str,
    program: &Path,
    env: &[(String, String)],
) -> Vec<String> {
    let days = if reminder.days == Days::DAILY {
        "*".to_owned()
    } else {
        reminder
            .days
            .iter()
            .map(|d| d.to_sunday_zero_offset().to_string())
            .collect::<Vec<_>>()
            .join(",")
    };
    let env: String = env.iter().fold(String::new(), |mut text, (k, v)| {
        let _ = write!(text, "{k}={} ", sh(v));
        text
    });
    reminder
        .at
        .iter()
        .map(|t| {
            format!(
                "{} {} * * {days} {env}{} nudge {} {}",
                t.minute(),
                t.hour(),
                sh(&program.to_string_lossy()),
                sh(&reminder.routine),
                tag(unit)
            )
        })
        .collect()
}

/// A word for the shell cron runs, with `%` (which cron turns into a newline) escaped.
fn sh(word: &str) -> String {
    super::sh_word(&word.replace('%', "\\%"))
}
