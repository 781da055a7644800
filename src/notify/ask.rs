//! A notification that asks: the buttons a reminder offers, and which one was pressed.
//! It blocks until the person answers, so only a process of its own uses it (`knead nudge`).

use std::time::Duration;

use super::NotifyError;

/// What the person did with the notification.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// Pressed this button (its key).
    Button(&'static str),
    /// Closed it, or it went away without an answer.
    Dismissed,
    /// The service shows no buttons: the notification was shown as text.
    Shown,
}

/// Shows `summary` and `body` with `buttons` (key, label) where the service supports them,
/// and waits at most `patience` for an answer.
pub fn ask(
    summary: &str,
    body: &str,
    buttons: &[(&'static str, &str)],
    patience: Duration,
) -> Result<Answer, NotifyError> {
    #[cfg(all(unix, not(target_os = "macos")))]
    if supports_buttons()? {
        let mut notification = notify_rust::Notification::new();
        notification.appname("knead").summary(summary).body(body);
        return ask_with_buttons(notification, buttons, patience);
    }
    // macOS and Windows notifications are shown here without buttons: notify-rust's toasts
    // on Windows, `osascript`'s `display notification` on macOS (it has none).
    #[cfg(not(all(unix, not(target_os = "macos"))))]
    let _ = (buttons, patience);
    super::Notifier::show(&super::Desktop, summary, body)?;
    Ok(Answer::Shown)
}

/// Whether the service draws buttons (the "actions" capability).
#[cfg(all(unix, not(target_os = "macos")))]
fn supports_buttons() -> Result<bool, NotifyError> {
    let capabilities = notify_rust::get_capabilities().map_err(|e| NotifyError {
        detail: e.to_string(),
    })?;
    Ok(capabilities.iter().any(|c| c == "actions"))
}

#[cfg(all(unix, not(target_os = "macos")))]
fn ask_with_buttons(
    mut notification: notify_rust::Notification,
    buttons: &[(&'static str, &str)],
    patience: Duration,
) -> Result<Answer, NotifyError> {
    for (key, label) in buttons {
        notification.action(key, label);
    }
    // It stays until answered: a reminder that vanishes while someone is away is missed.
    notification.timeout(notify_rust::Timeout::Never);
    let handle = notification.show().map_err(|e| NotifyError {
        detail: e.to_string(),
    })?;
    let keys: Vec<&'static str> = buttons.iter().map(|(k, _)| *k).collect();
    let (tx, rx) = std::sync::mpsc::channel();
    // The wait has no end of its own: it runs on a thread the process leaves behind when
    // patience runs out.
    std::thread::spawn(move || {
        handle.wait_for_action(|action| {
            let answer = keys
                .iter()
                .find(|k| **k == action)
                .map_or(Answer::Dismissed, |k| Answer::Button(k));
            let _ = tx.send(answer);
        });
    });
    Ok(rx.recv_timeout(patience).unwrap_or(Answer::Dismissed))
}
