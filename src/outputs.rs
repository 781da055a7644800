//! The adapters that act on session effects: sound, desktop notifications, and the timing
//! log. Both interfaces (full screen and plain) hand every batch of effects here.

use std::time::Instant;

use crate::audio::Audio;
use crate::effect_log::EffectLog;
use crate::notify::Notifications;
use crate::session::{Effect, Plan};

/// Everything that reacts to effects outside the screen.
#[derive(Debug)]
pub struct Outputs {
    /// Sound cues.
    pub audio: Audio,
    /// Desktop notifications.
    pub notifications: Notifications,
    log: Option<EffectLog>,
}

impl std::fmt::Debug for EffectLog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("EffectLog")
    }
}

impl Outputs {
    /// Sound and notifications, plus the timing log if `KNEAD_EFFECTS_LOG` asks for one.
    pub fn new(audio: Audio, notifications: Notifications, start: Instant) -> Self {
        let log = EffectLog::from_env(start).ok().flatten();
        Self {
            audio,
            notifications,
            log,
        }
    }

    /// No sound, no notifications, no log: for screens in tests.
    pub fn silent() -> Self {
        Self {
            audio: Audio::silent(),
            notifications: Notifications::off(None),
            log: None,
        }
    }

    /// Acts on a batch of effects handled at `handled`. Never blocks: cues are queued on the
    /// audio thread and notifications on their worker.
    pub fn handle(&mut self, effects: &[Effect], plan: &Plan, handled: Instant) {
        self.notifications.poll();
        if effects.is_empty() {
            return;
        }
        let played = self.audio.play(effects, plan);
        let queued = Instant::now();
        self.notifications.send(effects, plan);
        if let Some(log) = &mut self.log
            && (log.effects(effects, handled).is_err() || log.cues(&played, queued).is_err())
        {
            self.log = None;
        }
    }

    /// The quiet notices to show: no audio device, no notifications.
    pub fn notices(&self) -> Vec<&str> {
        self.audio
            .notice()
            .into_iter()
            .chain(self.notifications.notice())
            .collect()
    }
}
