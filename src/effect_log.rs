//! An opt-in log of every effect and cue with how late it was handled, and of when the sound
//! server said it started each sound, for measuring timing (`KNEAD_EFFECTS_LOG=FILE`). Off
//! unless asked for; costs nothing then.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::time::Instant;

use crate::audio::{Cue, Heard};
use crate::session::Effect;

/// Where timings go.
pub struct EffectLog {
    out: BufWriter<File>,
    start: Instant,
}

impl EffectLog {
    /// Opens the file named by `KNEAD_EFFECTS_LOG`, if set. The header names the wall-clock
    /// time of `start`, so that a recording made by another program can be lined up with it.
    pub fn from_env(start: Instant) -> io::Result<Option<Self>> {
        let Some(path) = std::env::var_os("KNEAD_EFFECTS_LOG") else {
            return Ok(None);
        };
        let mut out = BufWriter::new(File::create(path)?);
        let since_start = start.elapsed();
        let start_unix = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default()
            .saturating_sub(since_start);
        writeln!(
            out,
            "event\tdue_ms\tlate_us\tstart_unix_ms={:.3}",
            start_unix.as_secs_f64() * 1000.0
        )?;
        Ok(Some(Self { out, start }))
    }

    /// Records each effect: when it was due (since start) and how long after that it was handled.
    pub fn effects(&mut self, effects: &[Effect], handled: Instant) -> io::Result<()> {
        for effect in effects {
            self.line(effect.kind.label(), effect.at, handled)?;
        }
        Ok(())
    }

    /// Records each cue handed to the audio thread: when its effect was due and how long after
    /// that the hand-off finished.
    pub fn cues(&mut self, cues: &[(Cue, Instant)], handed: Instant) -> io::Result<()> {
        for (cue, due) in cues {
            self.line(&format!("cue:{}", cue.name()), *due, handed)?;
        }
        self.out.flush()
    }

    /// Records each phrase handed to the audio thread: `phrase:TEXT`, when its effect was due
    /// and how long after that its first sound is to play.
    pub fn phrases(&mut self, phrases: &[(String, Instant, Instant)]) -> io::Result<()> {
        for (text, due, first) in phrases {
            self.line(&format!("phrase:{text}"), *due, *first)?;
        }
        self.out.flush()
    }

    /// Records each sound the output reported starting: `heard:cue:NAME` or
    /// `heard:phrase:WORDS`, when it was to be heard (a phrase's words, past the silence
    /// before them) and how long after that the output (the sound server's answer) said it
    /// was. Added to the `cue:` or `phrase:` line's lateness, it is how late the sound was
    /// heard.
    pub fn heard(&mut self, heard: &[Heard]) -> io::Result<()> {
        for sound in heard {
            self.line(&format!("heard:{}", sound.what), sound.due, sound.started)?;
        }
        self.out.flush()
    }

    /// Records a second going on screen: `second:PHASE:N`, when it was due and how late.
    pub fn second(
        &mut self,
        phase: &str,
        seconds: u64,
        due: Instant,
        at: Instant,
    ) -> io::Result<()> {
        self.line(&format!("second:{phase}:{seconds}"), due, at)?;
        self.out.flush()
    }

    /// One line; lateness is signed, so anything early would show as negative.
    fn line(&mut self, event: &str, due: Instant, at: Instant) -> io::Result<()> {
        let due_ms = due.saturating_duration_since(self.start).as_secs_f64() * 1000.0;
        let late = if at >= due {
            i128::try_from(at.duration_since(due).as_micros()).unwrap_or(i128::MAX)
        } else {
            -i128::try_from(due.duration_since(at).as_micros()).unwrap_or(i128::MAX)
        };
        writeln!(self.out, "{event}\t{due_ms:.3}\t{late}")
    }
}
