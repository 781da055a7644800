//! An opt-in log of every effect with how late the loop handled it, for measuring timing
//! (`KNEAD_EFFECTS_LOG=FILE`). Off unless asked for; costs nothing then.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::time::Instant;

use crate::session::Effect;

/// Where effect timings go.
pub struct EffectLog {
    out: BufWriter<File>,
    start: Instant,
}

impl EffectLog {
    /// Opens the file named by `KNEAD_EFFECTS_LOG`, if set.
    pub fn from_env(start: Instant) -> io::Result<Option<Self>> {
        let Some(path) = std::env::var_os("KNEAD_EFFECTS_LOG") else {
            return Ok(None);
        };
        let mut out = BufWriter::new(File::create(path)?);
        writeln!(out, "effect\tdue_ms\tlate_us")?;
        Ok(Some(Self { out, start }))
    }

    /// Records each effect: when it was due (since start) and how long after that it was handled.
    pub fn record(&mut self, effects: &[Effect], handled: Instant) -> io::Result<()> {
        for effect in effects {
            let due = effect
                .at
                .saturating_duration_since(self.start)
                .as_secs_f64()
                * 1000.0;
            let late = handled.saturating_duration_since(effect.at).as_micros();
            writeln!(self.out, "{}\t{due:.3}\t{late}", effect.kind.label())?;
        }
        self.out.flush()
    }
}
