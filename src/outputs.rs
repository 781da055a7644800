//! The adapters that act on session effects: sound, desktop notifications, the history and
//! the timing log. Both interfaces (full screen and plain) hand every batch of effects here.

use std::time::{Duration, Instant};

use crate::audio::Audio;
use jiff::Timestamp;

use crate::effect_log::EffectLog;
use crate::history::Recorder;
use crate::hooks::Hooks;
use crate::notify::Notifications;
use crate::session::{Effect, Session};
use crate::speech;
use crate::status;

/// How long the end of a session waits for writes the history could not take yet.
const SAVE_PATIENCE: Duration = Duration::from_secs(3);

/// Everything that reacts to effects outside the screen.
#[derive(Debug)]
pub struct Outputs {
    /// Sound cues.
    pub audio: Audio,
    /// Desktop notifications.
    pub notifications: Notifications,
    /// The history.
    pub history: Option<Recorder>,
    /// The status file `knead status` reads.
    status: Option<status::Writer>,
    /// The person's hooks.
    hooks: Hooks,
    log: Option<EffectLog>,
}

impl std::fmt::Debug for EffectLog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("EffectLog")
    }
}

impl Outputs {
    /// Sound, notifications and the history, plus the timing log if `KNEAD_EFFECTS_LOG` asks
    /// for one.
    pub fn new(
        audio: Audio,
        notifications: Notifications,
        history: Recorder,
        start: Instant,
    ) -> Self {
        let log = EffectLog::from_env(start).ok().flatten();
        Self {
            audio,
            notifications,
            history: Some(history),
            status: status::Writer::start(status::path()),
            hooks: Hooks::none(),
            log,
        }
    }

    /// With the person's hooks.
    #[must_use]
    pub fn with_hooks(mut self, hooks: Hooks) -> Self {
        self.hooks = hooks;
        self
    }

    /// No sound, no notifications, no log: for screens in tests.
    pub fn silent() -> Self {
        Self {
            audio: Audio::silent(),
            notifications: Notifications::off(None),
            history: None,
            status: None,
            hooks: Hooks::none(),
            log: None,
        }
    }

    /// Silent, but keeping the history in `history`: for tests of what is saved.
    pub fn recording(history: Recorder) -> Self {
        Self {
            history: Some(history),
            ..Self::silent()
        }
    }

    /// Acts on a batch of effects `session` gave, handled at `handled`. Never blocks: cues and
    /// phrases are queued on the audio thread, notifications on their worker and the history
    /// on its writer.
    pub fn handle(&mut self, effects: &[Effect], session: &Session, handled: Instant) {
        let plan = session.plan();
        self.notifications.poll();
        if effects.is_empty() {
            return;
        }
        for effect in effects {
            let late = handled.saturating_duration_since(effect.at).as_micros();
            tracing::debug!(effect = effect.kind.label(), late_us = late, "effect");
        }
        let phrases = if self.audio.speaks() {
            speech::phrases(session, effects, self.audio.level())
        } else {
            Vec::new()
        };
        let played = self.audio.play(effects, plan, &phrases, handled);
        let queued = Instant::now();
        self.notifications.send(effects, plan);
        // Each rating is committed here, before the screen or the plain output confirms it.
        if let Some(history) = &mut self.history {
            history.handle(effects, plan, handled, Timestamp::now());
        }
        if let Some(status) = &self.status
            && status::changes(effects)
        {
            status.say(status::Snapshot::of(
                session,
                Instant::now(),
                Timestamp::now(),
            ));
        }
        self.hooks.handle(effects, session);
        if let Some(log) = &mut self.log
            && (log.effects(effects, handled).is_err()
                || log.cues(&played.cues, queued).is_err()
                || log.phrases(&played.phrases).is_err())
        {
            self.log = None;
        }
        self.log_heard();
    }

    /// Writes what the sound output has said it started into the timing log (taken either
    /// way, so that it does not pile up).
    fn log_heard(&mut self) {
        let heard = self.audio.heard();
        if let Some(log) = &mut self.log
            && log.heard(&heard).is_err()
        {
            self.log = None;
        }
    }

    /// At the end of a session: lets queued sound finish and gives the history's waiting
    /// writes a last chance. Returns how many records could not be saved.
    pub fn finish(&mut self) -> usize {
        self.audio.finish();
        self.hooks.finish();
        self.log_heard();
        self.history
            .as_mut()
            .map_or(0, |history| history.finish(SAVE_PATIENCE))
    }

    /// Whether a timing log was asked for (`KNEAD_EFFECTS_LOG`).
    pub fn logs_timing(&self) -> bool {
        self.log.is_some()
    }

    /// For the timing log: `seconds` went on screen in `phase` at `now`, due at `due`.
    pub fn log_second(&mut self, phase: &str, seconds: u64, due: Instant, now: Instant) {
        if let Some(log) = &mut self.log
            && log.second(phase, seconds, due, now).is_err()
        {
            self.log = None;
        }
    }

    /// The quiet notices to show: no audio device, no voice, no notifications, the history.
    pub fn notices(&self) -> Vec<String> {
        let history = self.history.as_ref().and_then(Recorder::notice);
        self.audio
            .notices()
            .into_iter()
            .chain(self.notifications.notice().map(str::to_owned))
            .chain(history)
            .collect()
    }
}
