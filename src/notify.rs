//! Desktop notifications for the moments that matter when the terminal is out of sight.
//!
//! A notification call can block for minutes when the notification service is missing or
//! stuck, so they are sent by one worker thread fed through a small bounded queue. The session
//! only ever tries to enqueue: when the queue is full the message is dropped, never waited for.

pub mod ask;
#[cfg(all(unix, not(target_os = "macos")))]
mod bus;
pub mod osascript;

use knead_core::t;
use std::sync::mpsc::{self, Receiver, SyncSender, TrySendError};
use std::thread;

use crate::session::{Effect, EffectKind, HoldOutcome, Outcome, PhaseKind, Plan};
use crate::words;

/// What the person did with the notification.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// Pressed this button (its key).
    Button(&'static str),
    /// Closed it, or it went away without an answer.
    Dismissed,
    /// The service shows no buttons: the notification was shown as text.
    Shown,
    /// No answer came within the wait; the notification was closed.
    Unanswered,
}

/// Messages that may wait for the worker; more are dropped.
pub const QUEUE: usize = 4;

/// Something that shows a notification. May block; it runs on the worker thread.
pub trait Notifier: Send + 'static {
    /// Asks whether the service is there, before the first message: a missing service is
    /// then said when the session starts, not in the middle of a rating.
    fn reach(&self) -> Result<(), NotifyError> {
        Ok(())
    }

    /// Shows `summary` with `body`.
    fn show(&self, summary: &str, body: &str) -> Result<(), NotifyError>;

    /// Shows `summary` with `body` in place of the notification `replaces` (one a session
    /// showed before), where the service can; returns the one shown, to be replaced next.
    fn show_replacing(
        &self,
        summary: &str,
        body: &str,
        _replaces: Option<u32>,
    ) -> Result<Option<u32>, NotifyError> {
        self.show(summary, body).map(|()| None)
    }
}

/// A moment that notifies (`[notifications] moments`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Moment {
    /// A hold is over: release, and rate it.
    Release,
    /// The next hold is coming.
    Next,
    /// A rest ran out and the rating still waits.
    Rate,
    /// The session is complete.
    Complete,
}

impl Moment {
    /// Every moment, in the order of a session: all notify unless the settings say otherwise.
    pub const ALL: [Moment; 4] = [
        Moment::Release,
        Moment::Next,
        Moment::Rate,
        Moment::Complete,
    ];

    /// Every moment's word, for the settings.
    pub const WORDS: [&'static str; 4] = ["release", "next", "rate", "complete"];

    /// The word the settings use.
    pub fn word(self) -> &'static str {
        match self {
            Moment::Release => Self::WORDS[0],
            Moment::Next => Self::WORDS[1],
            Moment::Rate => Self::WORDS[2],
            Moment::Complete => Self::WORDS[3],
        }
    }

    /// The moment a word stands for.
    pub fn from_word(word: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|m| m.word() == word)
    }
}

/// The notification service refused a message or did not answer. What the person reads says
/// what to do; the service's own words go to the log.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", t!("error-no-notification-service"))]
pub struct NotifyError {
    /// What the service (or D-Bus) said, for the log.
    pub detail: String,
}

/// The desktop's notification service: D-Bus on Linux and the BSDs and toasts on Windows
/// (both through notify-rust), `osascript` on macOS ([`osascript`], no buttons there).
#[derive(Debug, Default)]
pub struct Desktop;

impl Notifier for Desktop {
    #[cfg(all(unix, not(target_os = "macos")))]
    fn reach(&self) -> Result<(), NotifyError> {
        notify_rust::get_server_information()
            .map(|_| ())
            .map_err(|e| NotifyError {
                detail: e.to_string(),
            })
    }

    #[cfg(target_os = "macos")]
    fn reach(&self) -> Result<(), NotifyError> {
        osascript::reach()
    }

    fn show(&self, summary: &str, body: &str) -> Result<(), NotifyError> {
        self.show_replacing(summary, body, None).map(|_| ())
    }

    /// One notification per session on the freedesktop service: each replaces the last
    /// (15 piled up for a 5-hold session). Elsewhere each is shown anew.
    #[cfg(not(target_os = "macos"))]
    fn show_replacing(
        &self,
        summary: &str,
        body: &str,
        replaces: Option<u32>,
    ) -> Result<Option<u32>, NotifyError> {
        let mut notification = notify_rust::Notification::new();
        notification.appname("knead").summary(summary).body(body);
        #[cfg(all(unix, not(target_os = "macos")))]
        if let Some(id) = replaces {
            notification.id(id);
        }
        #[cfg(not(all(unix, not(target_os = "macos"))))]
        let _ = replaces;
        let shown = notification.show().map_err(|e| NotifyError {
            detail: e.to_string(),
        })?;
        #[cfg(all(unix, not(target_os = "macos")))]
        return Ok(Some(shown.id()));
        #[cfg(not(all(unix, not(target_os = "macos"))))]
        {
            let _ = shown;
            Ok(None)
        }
    }

    /// Each shown anew: `osascript` cannot replace one.
    #[cfg(target_os = "macos")]
    fn show_replacing(
        &self,
        summary: &str,
        body: &str,
        _replaces: Option<u32>,
    ) -> Result<Option<u32>, NotifyError> {
        osascript::show(summary, body).map(|()| None)
    }
}

/// Whether this process can reach a D-Bus session bus at all. Windows and macOS notify
/// without one.
pub fn session_bus_available() -> bool {
    if cfg!(any(windows, target_os = "macos")) {
        return true;
    }
    std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some_and(|v| !v.is_empty())
        || std::env::var_os("XDG_RUNTIME_DIR")
            .is_some_and(|dir| std::path::Path::new(&dir).join("bus").exists())
}

/// The notification side of a session.
#[derive(Debug)]
pub struct Notifications {
    queue: Option<SyncSender<Message>>,
    failures: Option<Receiver<NotifyError>>,
    notice: Option<String>,
    dropped: usize,
    /// The moments that notify.
    moments: Vec<Moment>,
}

#[derive(Debug)]
struct Message {
    summary: String,
    body: String,
}

impl Notifications {
    /// Notifications turned off, with the reason to show (or none, when the person chose it).
    pub fn off(notice: Option<String>) -> Self {
        Self {
            queue: None,
            failures: None,
            notice,
            dropped: 0,
            moments: Moment::ALL.to_vec(),
        }
    }

    /// Only these `moments` notify.
    #[must_use]
    pub fn with_moments(mut self, moments: &[Moment]) -> Self {
        self.moments = moments.to_vec();
        self
    }

    /// Starts the worker that sends through `notifier`.
    pub fn start(notifier: impl Notifier) -> Self {
        let (queue, inbox) = mpsc::sync_channel::<Message>(QUEUE);
        let (report, failures) = mpsc::channel();
        let spawned = thread::Builder::new()
            .name("knead-notify".into())
            .spawn(move || {
                if let Err(error) = notifier.reach() {
                    // Off for this session: what is queued is let go unsent.
                    let _ = report.send(error);
                    for _ in inbox {}
                    return;
                }
                let mut reported = false;
                let mut shown = None;
                for message in inbox {
                    match notifier.show_replacing(&message.summary, &message.body, shown) {
                        Ok(id) => shown = id,
                        Err(error) if !reported => {
                            reported = true;
                            let _ = report.send(error);
                        }
                        Err(_) => {}
                    }
                }
            });
        match spawned {
            Ok(_) => Self {
                queue: Some(queue),
                failures: Some(failures),
                notice: None,
                dropped: 0,
                moments: Moment::ALL.to_vec(),
            },
            Err(e) => Self::off(Some(knead_core::t!(
                "notifications-off",
                why = e.to_string()
            ))),
        }
    }

    /// The desktop's notifications, or off with a quiet notice when there is no D-Bus session.
    pub fn desktop(enabled: bool) -> Self {
        if !enabled {
            Self::off(None)
        } else if session_bus_available() {
            Self::start(Desktop)
        } else {
            Self::off(Some(knead_core::t!("notifications-off-no-bus")))
        }
    }

    /// Queues the notifications `effects` call for, dropping any that do not fit. Never blocks.
    pub fn send(&mut self, effects: &[Effect], plan: &Plan) {
        let Some(queue) = self.queue.clone() else {
            return;
        };
        let messages = effects
            .iter()
            .filter_map(|e| message(e, plan))
            .filter(|(moment, _, _)| self.moments.contains(moment));
        for (_, summary, body) in messages {
            match queue.try_send(Message { summary, body }) {
                Ok(()) => {}
                Err(TrySendError::Full(_)) => self.dropped += 1,
                Err(TrySendError::Disconnected(_)) => {
                    self.queue = None;
                    break;
                }
            }
        }
    }

    /// Picks up a failure the worker reported, turning it into the notice. Never blocks.
    pub fn poll(&mut self) {
        if let Some(error) = self.failures.as_ref().and_then(|f| f.try_recv().ok()) {
            tracing::warn!("notifications failed: {}", error.detail);
            self.notice = Some(knead_core::t!("notifications-off", why = error.to_string()));
        }
    }

    /// The one quiet notice about notifications, if there is something to say.
    pub fn notice(&self) -> Option<&str> {
        self.notice.as_deref()
    }

    /// Messages dropped because the worker was still busy with earlier ones.
    pub fn dropped(&self) -> usize {
        self.dropped
    }
}

/// The notification an effect calls for, and its moment: the end of a hold, the next hold,
/// the end of a rest with no rating, the end.
pub fn message(effect: &Effect, plan: &Plan) -> Option<(Moment, String, String)> {
    let routine = &plan.routine().name;
    match &effect.kind {
        EffectKind::HoldEnded(record)
            if matches!(
                record.outcome,
                HoldOutcome::Completed | HoldOutcome::Released
            ) =>
        {
            let region = &plan.step(record.hold).region;
            let side = plan.hold(record.hold).side;
            Some((
                Moment::Release,
                words::rate_notification(region, side),
                routine.clone(),
            ))
        }
        EffectKind::PhaseStarted {
            hold,
            phase: PhaseKind::Prepare,
        } if *hold > 0 => {
            let step = plan.step(*hold);
            let summary = words::next_notification(&step.region, plan.hold(*hold).side, step.hold);
            let body = step
                .cue
                .as_deref()
                .map_or_else(|| routine.clone(), words::first_sentence);
            Some((Moment::Next, summary, body))
        }
        EffectKind::Ended {
            outcome: Outcome::Completed | Outcome::Partial,
            held,
        } => {
            let (summary, body) = words::complete_notification(routine, *held, plan.len());
            Some((Moment::Complete, summary, body))
        }
        EffectKind::RestEnded {
            hold,
            waiting_for_rating: true,
        } => Some((
            Moment::Rate,
            words::rate_request(&plan.step(*hold).region, plan.hold(*hold).side),
            routine.clone(),
        )),
        EffectKind::PhaseStarted { .. }
        | EffectKind::SwitchSides { .. }
        | EffectKind::Countdown { .. }
        | EffectKind::Halfway { .. }
        | EffectKind::TimeLeft { .. }
        | EffectKind::HoldEnded(_)
        | EffectKind::RestEnded { .. }
        | EffectKind::RatingReminder { .. }
        | EffectKind::RatingGiven { .. }
        | EffectKind::Advice(_)
        | EffectKind::Paused
        | EffectKind::StillPaused { .. }
        | EffectKind::Resumed
        | EffectKind::Extended { .. }
        | EffectKind::SpotSkipped { .. }
        | EffectKind::SessionRated { .. }
        | EffectKind::ActivityRated { .. }
        | EffectKind::ChangeRated { .. }
        | EffectKind::Ended { .. } => None,
    }
}

#[cfg(test)]
mod tests;
