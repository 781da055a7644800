//! Sound cues: which effect gets which sound, and playing them without ever making the
//! session wait. Playback happens on rodio's own thread; handing a cue over only queues it.

mod cue;
mod device;
#[cfg(target_os = "linux")]
mod pulse;
pub mod synth;

use knead_core::t;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;
use std::time::{Duration, Instant};

pub use cue::Cue;
pub use device::Device;

use crate::session::{Effect, Plan};
use crate::speech::Said;
use crate::voice::{LEAD_IN, Level, Phrase, Voice};

/// Longest wait at the end of a session for a cue or phrase still sounding: "Session
/// complete. Five holds." ends about 2.5 s after the last rating, and the sound server stops
/// what knead handed it once knead exits.
pub const DRAIN_LIMIT: Duration = Duration::from_secs(3);

/// How overdue a cue may be and still play: a loaded machine is late by milliseconds, a
/// machine waking from sleep by minutes.
pub const STALE: Duration = Duration::from_secs(2);

/// How early before a deadline the output is opened, so the cue starts on time. A stream
/// just opened (ALSA through PulseAudio) starts with about 450 ms of silence queued, and a
/// sound server whose output went idle when knead let go takes longer again: at 750 or
/// 1000 ms, cues after a long quiet stretch sounded 190-460 ms late (`tests/audio_device.rs`).
pub const WARM_UP: Duration = Duration::from_millis(1500);

/// How long the output stays open after a sound while the session waits for a key: a
/// person rates within seconds, and a stream opened on demand starts late.
pub const LINGER: Duration = Duration::from_secs(15);

/// How long a phrase asked for by a key (where am I) may take to be rendered and still be
/// said.
pub const ASKED_WITHIN: Duration = Duration::from_secs(3);

/// How often the loop looks whether such a phrase is rendered.
const PENDING_POLL: Duration = Duration::from_millis(50);

/// How loud a phrase stays, of its own volume, while a tone sounds over it: the tone is
/// heard at its moment and the words go on underneath.
pub const DUCK: f32 = 0.3;

/// A sound the output started: what (`cue:NAME`, `phrase:WORDS`), when it was to start, and
/// when the output said it had (the sound server's answer), for the timing log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heard {
    /// `cue:NAME` or `phrase:WORDS`.
    pub what: String,
    /// When it was to start.
    pub due: Instant,
    /// When the output said it had.
    pub started: Instant,
}

/// Somewhere cues can be played. `play` and `say` must return at once.
pub trait Speaker {
    /// Starts `cue` at `volume` (0.0-1.0) after `delay`; returns how long it will sound.
    fn play(&mut self, cue: Cue, volume: f32, delay: Duration) -> Duration;

    /// Starts a spoken phrase after `delay`; returns how long it will sound. Speakers that
    /// cannot speak (the bell) say nothing.
    fn say(&mut self, _phrase: &Phrase, _volume: f32, _delay: Duration) -> Duration {
        Duration::ZERO
    }

    /// Whether phrases may come (the voice is on): the output then keeps ready between
    /// sounds, so that a tone and a phrase started together are both on time.
    fn speaking(&mut self, _on: bool) {}

    /// Stops the phrase sounding, or about to: what it says has gone stale.
    fn hush(&mut self) {}

    /// Lowers the phrase sounding to `volume` (0.0-1.0) until `until`, so that a tone is
    /// heard over it.
    fn duck(&mut self, _volume: f32, _until: Instant) {}

    /// The sounds the output has started since the last call, as it reported them (empty
    /// where it reports nothing).
    fn heard(&mut self) -> Vec<Heard> {
        Vec::new()
    }

    /// Has the output open (`true`) or lets it go (`false`). An open sound stream wakes
    /// the machine hundreds of times a second even when silent, so it is kept only
    /// around cues.
    fn keep_open(&mut self, _open: bool) {}

    /// How early before a deadline [`Speaker::keep_open`] is asked for, so the cue starts on
    /// time.
    fn warm_up(&self) -> Duration {
        WARM_UP
    }

    /// At the end of the session: lets go of what the output holds for knead. Waits only
    /// briefly.
    fn close(&mut self) {}
}

/// The terminal bell, for machines without sound: only the cues that matter most ring it.
#[derive(Debug, Default)]
pub struct Bell;

impl Speaker for Bell {
    fn play(&mut self, cue: Cue, _volume: f32, _delay: Duration) -> Duration {
        if matches!(
            cue,
            Cue::HoldStart | Cue::Release | Cue::Next | Cue::SwitchSides | Cue::Complete
        ) {
            let mut out = std::io::stdout();
            let _ = out.write_all(b"\x07").and_then(|()| out.flush());
        }
        Duration::ZERO
    }
}

/// What a person asked for: the settings and flags that shape sound.
#[derive(Debug, Clone, Default)]
pub struct Choices {
    /// 0-100.
    pub volume: u8,
    /// Start muted.
    pub mute: bool,
    /// Ring the bell when there is no device.
    pub bell: bool,
    /// The person's own sound files.
    pub sounds: BTreeMap<Cue, PathBuf>,
}

/// The sound side of a session: a speaker (or none), volume and mute.
pub struct Audio {
    speaker: Option<Box<dyn Speaker>>,
    kind: Kind,
    volume: u8,
    muted: bool,
    notice: Option<String>,
    /// When the last cue or phrase handed over stops sounding.
    busy_until: Option<Instant>,
    /// When the last tone handed over stops sounding.
    tones_until: Option<Instant>,
    /// The voice, when there is one to speak with.
    voice: Option<Voice>,
    /// Whether the voice speaks (`v` toggles it).
    speaking: bool,
    /// The voice's volume, 0-100.
    voice_volume: u8,
    /// How much the voice says.
    level: Level,
    /// When the last phrase handed over stops sounding.
    speaking_until: Option<Instant>,
    /// A phrase asked for now but not rendered yet, and when it stops being worth saying.
    pending: Option<(String, Instant)>,
}

/// One thing in the queue of [`Audio::play`]: a tone, or a phrase with how long it may wait.
enum Sound {
    Cue(Cue),
    Phrase(Phrase, Duration),
}

/// What [`Audio::play`] handed over: each cue with the instant its effect was due, and each
/// phrase with its due instant and the instant its first sound is to play.
#[derive(Debug, Default)]
pub struct Played {
    /// Cues, with when they were due.
    pub cues: Vec<(Cue, Instant)>,
    /// Phrases: (what, due, first sound).
    pub phrases: Vec<(String, Instant, Instant)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Device,
    Bell,
    Silent,
}

impl Audio {
    /// Opens the default device; without one, falls back to the bell (if chosen) or silence,
    /// with one quiet notice. Any diagnostics the sound libraries print go to stderr, which the
    /// caller has pointed at the log file.
    pub fn open(choices: &Choices) -> Self {
        // The probe knows where Linux keeps sound cards and servers; elsewhere the system's
        // own sound service is asked directly.
        let may_exist = Self::may_have_output();
        let device = if may_exist {
            Device::open(&choices.sounds)
        } else {
            Err(device::DeviceError::Output(t!("audio-no-output")))
        };
        match device {
            Ok(device) => {
                let notice = device
                    .problems
                    .first()
                    .map(|p| knead_core::t!("audio-built-in-sound", sound = p.as_str()));
                Self::with(Some(Box::new(device)), Kind::Device, choices, notice)
            }
            Err(reason) => {
                // The details are for the log (stderr points there during a session).
                tracing::warn!("no audio device: {reason}");
                let missing = match reason {
                    // A sound card, but nothing knead can play through on it.
                    device::DeviceError::NoServer(_) => knead_core::t!("audio-no-server"),
                    device::DeviceError::Output(_) | device::DeviceError::Builtin(_) => {
                        knead_core::t!("audio-no-device")
                    }
                };
                if choices.bell {
                    let notice = Some(knead_core::t!("audio-bell-only", missing = missing));
                    Self::with(Some(Box::new(Bell)), Kind::Bell, choices, notice)
                } else {
                    let notice = Some(knead_core::t!("audio-visual-only", missing = missing));
                    Self::with(None, Kind::Silent, choices, notice)
                }
            }
        }
    }

    /// Whether a sound output could be here at all (Linux: a card, a sound server or an ALSA
    /// configuration), judged without opening anything: the voice is readied only then.
    pub fn may_have_output() -> bool {
        let env = |name: &str| std::env::var_os(name);
        !cfg!(target_os = "linux") || device::may_exist(&env, std::path::Path::new("/"))
    }

    /// Audio through a given speaker (tests use a recording one).
    pub fn with_speaker(speaker: Box<dyn Speaker>, choices: &Choices) -> Self {
        Self::with(Some(speaker), Kind::Device, choices, None)
    }

    /// No sound at all, without a notice (for screens in tests).
    pub fn silent() -> Self {
        Self::with(None, Kind::Silent, &Choices::default(), None)
    }

    fn with(
        speaker: Option<Box<dyn Speaker>>,
        kind: Kind,
        choices: &Choices,
        notice: Option<String>,
    ) -> Self {
        let volume = choices.volume.min(100);
        Self {
            speaker,
            kind,
            volume,
            muted: choices.mute,
            notice,
            busy_until: None,
            tones_until: None,
            voice: None,
            speaking: false,
            voice_volume: 0,
            level: Level::default(),
            speaking_until: None,
            pending: None,
        }
    }

    /// Speaks with `voice` from now on (`on`: whether it starts speaking), at `volume`. A
    /// session without a sound output stays silent: the bell cannot speak.
    #[must_use]
    pub fn with_voice(mut self, voice: Voice, level: Level, on: bool, volume: u8) -> Self {
        if self.kind == Kind::Device {
            self.voice = Some(voice);
            self.level = level;
            self.speaking = on;
            if let Some(speaker) = self.speaker.as_mut() {
                speaker.speaking(on);
            }
            self.voice_volume = volume.min(100);
            // The first phrase comes with the key that begins: the output stays open on the
            // overview for a while, as after a sound, so that phrase is not late by an open.
            self.busy_until = Some(Instant::now());
        }
        self
    }

    /// How much the voice says.
    pub fn level(&self) -> Level {
        self.level
    }

    /// Whether sound goes to a real output (not the bell, not nothing).
    pub fn has_device(&self) -> bool {
        self.kind == Kind::Device
    }

    /// Whether phrases are wanted now: a voice that works, switched on.
    pub fn speaks(&self) -> bool {
        self.speaking && self.voice.as_ref().is_some_and(|v| !v.is_broken())
    }

    /// Turns the voice off or back on.
    pub fn toggle_voice(&mut self, now: Instant) {
        if self.voice.is_some() {
            self.speaking = !self.speaking;
            if let Some(speaker) = self.speaker.as_mut() {
                speaker.speaking(self.speaking);
            }
            self.acknowledge(now);
        }
    }

    /// Plays the cue of each effect that has one, and the `phrases` the batch calls for. A
    /// tone is never late: it sounds at its moment, over a phrase still sounding (lowered to
    /// [`DUCK`] while it does). A phrase said before a batch that moves the session on (a new
    /// phase, a rating, the end) has gone stale and is stopped. A phrase starts once the tones
    /// before it have sounded, and waits behind another phrase only as long as its patience;
    /// a countdown tick the voice counts aloud (the `full` level) is left to the voice.
    /// Returns what was handed over, for the timing log.
    ///
    /// Cues more than [`STALE`] overdue at `now` (the machine slept through them) are left
    /// out, except the batch's last: waking up to a burst of ticks and bells would say
    /// nothing, the last cue says where the session stands. Stale phrases are left out, and
    /// so is a phrase not rendered yet: the tone still plays.
    pub fn play(
        &mut self,
        effects: &[Effect],
        plan: &Plan,
        phrases: &[Said],
        now: Instant,
    ) -> Played {
        let mut played = Played::default();
        if self.muted || self.speaker.is_none() {
            return played;
        }
        // Stopped after this batch's tones are on their way, so that stopping it (which makes
        // the sound server take back what it has mixed ahead) never delays them.
        let mut stale = self.speaking_until.is_some_and(|until| until > now)
            && crate::speech::moves_on(effects);
        let cues: Vec<(Cue, Instant)> = effects
            .iter()
            .filter_map(|effect| Some((Cue::for_effect(effect, plan)?, effect.at)))
            .collect();
        let last = cues.len().saturating_sub(1);
        let phrases = self.ready(phrases, now);
        // Cues before phrases due at the same instant: the release tone, then "Release".
        let mut queue: Vec<(Instant, Sound)> = Vec::new();
        for (i, (cue, at)) in cues.into_iter().enumerate() {
            if i != last && now.saturating_duration_since(at) > STALE {
                continue;
            }
            queue.push((at, Sound::Cue(cue)));
        }
        for (at, phrase, patience) in &phrases {
            queue.push((*at, Sound::Phrase(phrase.clone(), *patience)));
        }
        queue.sort_by_key(|(at, sound)| (*at, matches!(sound, Sound::Phrase(..))));
        let volume = f32::from(self.volume) / 100.0;
        let voice_volume = f32::from(self.voice_volume) / 100.0;
        let counted_aloud = self.level == Level::Full;
        for (at, sound) in queue {
            let Some(speaker) = self.speaker.as_mut() else {
                break;
            };
            match sound {
                Sound::Cue(cue) => {
                    let counted = cue == Cue::HoldTick
                        && counted_aloud
                        && phrases.iter().any(|(due, _, _)| *due == at);
                    if counted {
                        continue;
                    }
                    let until = now + speaker.play(cue, volume, Duration::ZERO);
                    if self.speaking_until.is_some_and(|speaking| speaking > now) {
                        speaker.duck(voice_volume * DUCK, until);
                    }
                    self.tones_until = Some(self.tones_until.map_or(until, |t| t.max(until)));
                    played.cues.push((cue, at));
                }
                Sound::Phrase(phrase, patience) => {
                    if std::mem::take(&mut stale) {
                        self.hush();
                    }
                    // Behind another phrase for longer than it may wait: not worth saying late.
                    if self
                        .speaking_until
                        .is_some_and(|until| until > now + patience)
                    {
                        tracing::info!(phrase = %phrase.text, "voice: left out, the voice was busy");
                        continue;
                    }
                    let start = self.speak(&phrase, now);
                    played.phrases.push((phrase.text, at, start + LEAD_IN));
                }
            }
        }
        if stale {
            self.hush();
        }
        self.busy_until = [self.busy_until, self.tones_until, self.speaking_until]
            .into_iter()
            .flatten()
            .max();
        played
    }

    /// Stops the phrase sounding: it has gone stale.
    fn hush(&mut self) {
        if let Some(speaker) = self.speaker.as_mut() {
            speaker.hush();
        }
        tracing::debug!("voice: a phrase gone stale stopped");
        self.speaking_until = None;
        self.busy_until = self.tones_until;
    }

    /// Says `text` now, or as soon as the voice has rendered it (within [`ASKED_WITHIN`]):
    /// what a key asked for, which could not be rendered ahead. Over a phrase sounding, it
    /// waits for it; a voice that is off says nothing.
    pub fn say_when_ready(&mut self, text: &str, now: Instant) {
        let Some(voice) = self.voice.as_ref().filter(|_| self.speaking && !self.muted) else {
            return;
        };
        if voice.get(text).is_none() {
            voice.prepare(text);
        }
        self.pending = Some((text.to_owned(), now + ASKED_WITHIN));
        self.say_pending(now);
    }

    /// Forgets what was asked to be said, and stops it if it sounds: it is answered (the
    /// quit question went on over the hold that resumed).
    pub fn forget_asked(&mut self, now: Instant) {
        self.pending = None;
        if self.speaking_until.is_some_and(|until| until > now) {
            self.hush();
        }
    }

    /// Says the phrase asked for, once it is rendered; forgets it once too late.
    fn say_pending(&mut self, now: Instant) {
        let Some((text, until)) = self.pending.take() else {
            return;
        };
        if now > until {
            return;
        }
        let Some(phrase) = self.voice.as_ref().and_then(|v| v.get(&text)) else {
            self.pending = Some((text, until));
            return;
        };
        self.speak(&phrase, now);
        self.busy_until = self.busy_until.max(self.speaking_until);
    }

    /// Says `phrase` once the tones and the phrase sounding have ended; returns when it
    /// starts.
    fn speak(&mut self, phrase: &Phrase, now: Instant) -> Instant {
        let start = [self.tones_until, self.speaking_until]
            .into_iter()
            .flatten()
            .fold(now, Instant::max);
        if let Some(speaker) = self.speaker.as_mut() {
            let volume = f32::from(self.voice_volume) / 100.0;
            self.speaking_until = Some(start + speaker.say(phrase, volume, start - now));
        }
        start
    }

    /// The sounds the output has started since the last call, as it reported them.
    pub fn heard(&mut self) -> Vec<Heard> {
        self.speaker.as_mut().map(|s| s.heard()).unwrap_or_default()
    }

    /// The phrases that can be said now: rendered, and not stale.
    fn ready(&self, phrases: &[Said], now: Instant) -> Vec<(Instant, Phrase, Duration)> {
        let Some(voice) = self.voice.as_ref().filter(|_| self.speaking) else {
            return Vec::new();
        };
        phrases
            .iter()
            .filter(|said| now.saturating_duration_since(said.at) <= STALE)
            .filter_map(|said| {
                let phrase = voice.get(&said.text);
                if phrase.is_none() {
                    tracing::info!(phrase = %said.text, "voice: not rendered in time; the tone plays alone");
                    voice.prepare(&said.text);
                }
                Some((said.at, phrase?, said.patience))
            })
            .collect()
    }

    /// Keeps the output open only while a cue sounds, while the session's next deadline
    /// (`next`) is within the speaker's warm-up ([`WARM_UP`] for rodio's output), or for
    /// [`LINGER`] after a sound when the session `awaits` the person (a key brings the next cue, and a device opened only then would
    /// sound it late). Returns when it needs calling again: to open before the next
    /// deadline, or to let go.
    pub fn standby(
        &mut self,
        now: Instant,
        next: Option<Instant>,
        awaits: bool,
    ) -> Option<Instant> {
        self.say_pending(now);
        // Looking again shortly for a phrase asked for and not rendered yet.
        let pending = self.pending.as_ref().map(|_| now + PENDING_POLL);
        let speaker = self.speaker.as_mut()?;
        let warm_up = speaker.warm_up();
        let next = next.filter(|_| !self.muted);
        let near = next.is_some_and(|at| at.saturating_duration_since(now) <= warm_up);
        let linger = awaits && !self.muted;
        let until = self
            .busy_until
            .map(|end| if linger { end + LINGER } else { end })
            .filter(|&until| until > now);
        speaker.keep_open(near || until.is_some());
        if near {
            // The deadline itself wakes the caller.
            return pending;
        }
        let warm = next.and_then(|at| at.checked_sub(warm_up));
        [warm, until, pending].into_iter().flatten().min()
    }

    /// Lets a cue still sounding finish (at most [`DRAIN_LIMIT`]) before the device closes, so
    /// "session complete" is heard in full. Only for the end of a session: it waits.
    pub fn finish(&self) {
        if let Some(busy) = self.busy_until {
            std::thread::sleep(
                busy.saturating_duration_since(Instant::now())
                    .min(DRAIN_LIMIT),
            );
        }
    }

    /// At the very end of the process: lets it exit without closing the output. Closing
    /// waits for the sound library's own thread, which never returns when the sound server
    /// went away mid-session (knead then hung for good, spinning); the system closes it.
    pub fn abandon(mut self) {
        if let Some(speaker) = self.speaker.as_mut() {
            speaker.close();
        }
        std::mem::forget(self);
    }

    /// Says with a short soft tone that a key counted though nothing on the session changed
    /// (a rating typed before its prompt). Over a phrase it mixes in rather than waiting:
    /// an acknowledgement heard late is no acknowledgement.
    pub fn acknowledge(&mut self, now: Instant) {
        if self.muted {
            return;
        }
        let volume = f32::from(self.volume) / 100.0;
        if let Some(speaker) = self.speaker.as_mut() {
            let until = now + speaker.play(Cue::Kept, volume, Duration::ZERO);
            if self.speaking_until.is_some_and(|speaking| speaking > now) {
                let voice_volume = f32::from(self.voice_volume) / 100.0;
                speaker.duck(voice_volume * DUCK, until);
            }
            self.tones_until = Some(self.tones_until.map_or(until, |t| t.max(until)));
            self.busy_until = Some(self.busy_until.map_or(until, |busy| busy.max(until)));
        }
    }

    /// Turns sound off or back on, with the short tone of [`Audio::acknowledge`] as the last
    /// sound before it goes quiet or the first once it is back: the key counted.
    pub fn toggle_mute(&mut self, now: Instant) {
        if self.muted {
            self.muted = false;
            self.acknowledge(now);
        } else {
            self.acknowledge(now);
            self.muted = true;
        }
    }

    /// Whether sound is muted.
    pub fn is_muted(&self) -> bool {
        self.muted
    }

    /// A short state for the screen: `sound 80%`, `muted`, `bell`, `no sound`, with
    /// ` · voice` while the voice speaks.
    pub fn label(&self) -> String {
        let sound = match (self.kind, self.muted) {
            (Kind::Silent, _) => knead_core::t!("sound-none"),
            (_, true) => knead_core::t!("sound-muted"),
            (Kind::Bell, false) => knead_core::t!("sound-bell"),
            (Kind::Device, false) => knead_core::t!("sound-volume", volume = self.volume),
        };
        if self.speaks() && !self.muted {
            format!("{sound} · {}", knead_core::t!("sound-voice"))
        } else {
            sound
        }
    }

    /// Whether there is a voice the `v` key can turn on and off.
    pub fn has_voice(&self) -> bool {
        self.voice.as_ref().is_some_and(|v| !v.is_broken())
    }

    /// Whether the voice is switched on (for the footer's label).
    pub fn voice_on(&self) -> bool {
        self.speaking
    }

    /// The quiet notices about sound and voice, if there is something to say.
    pub fn notices(&self) -> Vec<String> {
        self.notice
            .iter()
            .cloned()
            .chain(self.voice.as_ref().and_then(Voice::notice))
            .collect()
    }

    /// The one quiet notice about sound, if there is something to say.
    pub fn notice(&self) -> Option<&str> {
        self.notice.as_deref()
    }
}

impl std::fmt::Debug for Audio {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Audio")
            .field("kind", &self.kind)
            .field("muted", &self.muted)
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests;
