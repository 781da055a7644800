//! After a rest runs out with no rating: a soft reminder every [`EVERY`] for [`FOR`], then
//! the session pauses (and says so every two minutes, as a paused session does). Someone lying on a ball with their eyes closed is brought back to the prompt
//! without being nagged for as long as they stay away.

use std::time::{Duration, Instant};

use super::effect::{Effect, EffectKind};
use super::timer::Timer;

/// Time between reminders.
pub const EVERY: Duration = Duration::from_secs(20);

/// How long reminders go on; after that the prompt waits quietly.
pub const FOR: Duration = Duration::from_mins(2);

/// The reminders of one rating prompt. They run on a [`Timer`], so a pause (the quit box,
/// Ctrl-Z) holds them as it holds a hold.
#[derive(Debug, Clone, Copy)]
pub(super) struct Reminders {
    hold: usize,
    timer: Timer,
    sent: u32,
    /// Whether the end of the reminders was acted on.
    ended: bool,
}

impl Reminders {
    /// Reminders for `hold`'s rating, the first [`EVERY`] after `at`.
    pub(super) fn start(hold: usize, at: Instant) -> Self {
        Self {
            hold,
            timer: Timer::start(FOR, at),
            sent: 0,
            ended: false,
        }
    }

    /// When the next reminder is due; `None` once all were sent, or while paused.
    pub(super) fn next_due(&self) -> Option<Instant> {
        let elapsed = EVERY.checked_mul(self.sent + 1)?;
        let left = FOR.checked_sub(elapsed)?;
        self.timer.when_remaining(left)
    }

    /// Queues every reminder due by `now`, each at its own instant. One that is more than
    /// [`EVERY`] overdue (the machine slept through it) is passed over: a beep about a rating
    /// hours later only startles.
    pub(super) fn fire_due(&mut self, now: Instant, fx: &mut Vec<Effect>) {
        while let Some(at) = self.next_due().filter(|&at| at <= now) {
            self.sent += 1;
            if now.duration_since(at) < EVERY {
                fx.push(Effect {
                    at,
                    kind: EffectKind::RatingReminder { hold: self.hold },
                });
            }
        }
    }

    /// When the reminders ended (the last one's instant), once, when every reminder has
    /// been sent and the prompt still waits.
    pub(super) fn take_end(&mut self) -> Option<Instant> {
        if self.ended || self.next_due().is_some() || self.timer.is_paused() {
            return None;
        }
        self.ended = true;
        self.timer.deadline()
    }

    pub(super) fn is_paused(&self) -> bool {
        self.timer.is_paused()
    }

    pub(super) fn pause(&mut self, now: Instant) {
        self.timer.pause(now);
    }

    pub(super) fn resume(&mut self, now: Instant) {
        self.timer.resume(now);
    }
}
