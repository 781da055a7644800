//! A notification that asks: the buttons a reminder offers, and which one was pressed.
//! It blocks until the person answers or its wait runs out, so only a process of its own uses
//! it (`knead nudge`).

use std::time::Duration;

use super::NotifyError;

pub use super::Answer;

/// Shows `summary` and `body` with `buttons` (key, label) where the service supports them,
/// and waits at most `wait` for an answer.
pub fn ask(
    summary: &str,
    body: &str,
    buttons: &[(&'static str, &str)],
    wait: Duration,
) -> Result<Answer, NotifyError> {
    #[cfg(all(unix, not(target_os = "macos")))]
    return super::bus::ask(summary, body, buttons, wait);
    // macOS and Windows notifications are shown here without buttons: notify-rust's toasts
    // on Windows, `osascript`'s `display notification` on macOS (it has none).
    #[cfg(not(all(unix, not(target_os = "macos"))))]
    {
        let _ = (buttons, wait);
        super::Notifier::show(&super::Desktop, summary, body)?;
        Ok(Answer::Shown)
    }
}
