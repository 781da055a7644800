//! The built-in cue sounds, synthesised so the project owns them outright and anyone can
//! rebuild them: `cargo run --example gen_sounds` writes `sounds/*.wav`, and a test checks
//! that the committed files are exactly what this code makes.
//!
//! Bells are a few decaying harmonics; ticks are short high clicks. Every cue begins on its
//! own pitch (see [`signature`]), rising for "hold", falling for "release", so they are easy to
//! tell apart with eyes closed.

#![allow(
    clippy::cast_precision_loss,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    reason = "sample arithmetic on short, bounded buffers"
)]

use std::f32::consts::TAU;
use std::io::Cursor;

use super::Cue;

/// Samples per second of the built-in sounds.
pub const RATE: u32 = 22_050;

/// One struck note: pitch in Hz, onset and length in seconds, loudness 0-1.
#[derive(Debug, Clone, Copy)]
struct Note {
    pitch: f32,
    at: f32,
    length: f32,
    gain: f32,
}

const fn note(pitch: f32, at: f32, length: f32, gain: f32) -> Note {
    Note {
        pitch,
        at,
        length,
        gain,
    }
}

const C5: f32 = 523.25;
const D5: f32 = 587.33;
const E5: f32 = 659.25;
const G4: f32 = 392.00;
const B4: f32 = 493.88;
const G5: f32 = 783.99;
const A4: f32 = 440.00;
const F4: f32 = 349.23;

const GET_READY: &[Note] = &[note(1100.0, 0.0, 0.05, 0.35)];
const HOLD_TICK: &[Note] = &[note(1700.0, 0.0, 0.05, 0.4)];
const HOLD_START: &[Note] = &[note(C5, 0.0, 0.22, 0.5), note(G5, 0.12, 0.35, 0.5)];
const RELEASE: &[Note] = &[note(G5, 0.0, 0.22, 0.5), note(C5, 0.12, 0.45, 0.5)];
const HALFWAY: &[Note] = &[note(E5, 0.0, 0.5, 0.4)];
const NEXT: &[Note] = &[note(A4, 0.0, 0.2, 0.45), note(A4, 0.18, 0.3, 0.45)];
const SWITCH_SIDES: &[Note] = &[
    note(D5, 0.0, 0.16, 0.45),
    note(A4, 0.13, 0.16, 0.45),
    note(D5, 0.26, 0.3, 0.45),
];
const COMPLETE: &[Note] = &[
    note(G4, 0.0, 0.3, 0.45),
    note(B4, 0.12, 0.3, 0.45),
    note(D5, 0.24, 0.3, 0.45),
    note(G5, 0.36, 0.6, 0.45),
];

/// Lower and softer than every other cue: a nudge, not an alarm.
const REMIND: &[Note] = &[note(F4, 0.0, 0.6, 0.3)];

/// Short, soft and high: an acknowledgement, too brief to be taken for a phase's cue.
const KEPT: &[Note] = &[note(1320.0, 0.0, 0.06, 0.25)];

fn notes(cue: Cue) -> &'static [Note] {
    match cue {
        Cue::GetReady => GET_READY,
        Cue::HoldTick => HOLD_TICK,
        Cue::HoldStart => HOLD_START,
        Cue::Release => RELEASE,
        Cue::Halfway => HALFWAY,
        Cue::Next => NEXT,
        Cue::SwitchSides => SWITCH_SIDES,
        Cue::Complete => COMPLETE,
        Cue::Remind => REMIND,
        Cue::Kept => KEPT,
    }
}

/// The pitch a cue begins with, distinct for every cue; tests find cues in recordings by it.
pub fn signature(cue: Cue) -> f32 {
    notes(cue)[0].pitch
}

/// A cue's samples, mono, at [`RATE`].
pub fn samples(cue: Cue) -> Vec<i16> {
    let notes = notes(cue);
    let end = notes.iter().map(|n| n.at + n.length).fold(0.0, f32::max);
    let count = (end * RATE as f32).ceil() as usize;
    let mut mix = vec![0.0f32; count];
    for n in notes {
        let tick = n.pitch > 1000.0;
        let start = (n.at * RATE as f32) as usize;
        let len = (n.length * RATE as f32) as usize;
        // Ticks die away fast; bells ring on.
        let decay = if tick { 0.008 } else { n.length / 4.0 };
        for i in 0..len.min(count - start) {
            let t = i as f32 / RATE as f32;
            let attack = (t / 0.004).min(1.0);
            let envelope = attack * (-t / decay).exp();
            let wave = (TAU * n.pitch * t).sin()
                + 0.3 * (TAU * 2.0 * n.pitch * t).sin()
                + 0.1 * (TAU * 3.0 * n.pitch * t).sin();
            mix[start + i] += n.gain * envelope * wave / 1.4;
        }
    }
    mix.iter()
        .map(|s| (s.clamp(-1.0, 1.0) * f32::from(i16::MAX)) as i16)
        .collect()
}

/// A cue as a 16-bit mono WAV file.
pub fn wav(cue: Cue) -> Vec<u8> {
    let spec = hound::WavSpec {
        channels: 1,
        sample_rate: RATE,
        bits_per_sample: 16,
        sample_format: hound::SampleFormat::Int,
    };
    let mut bytes = Cursor::new(Vec::new());
    // Writing to memory cannot fail; an empty file would fail the reproducibility test.
    if let Ok(mut writer) = hound::WavWriter::new(&mut bytes, spec) {
        for sample in samples(cue) {
            let _ = writer.write_sample(sample);
        }
        let _ = writer.finalize();
    }
    bytes.into_inner()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn committed_sounds_are_exactly_what_the_generator_makes() {
        for cue in Cue::ALL {
            let path = format!("{}/sounds/{}.wav", env!("CARGO_MANIFEST_DIR"), cue.name());
            let committed = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
            assert!(
                committed == wav(cue),
                "{path} differs: run `cargo run --example gen_sounds`"
            );
        }
    }

    #[test]
    fn every_cue_starts_on_its_own_pitch_and_is_short() {
        let mut pitches: Vec<u32> = Cue::ALL.iter().map(|&c| signature(c) as u32).collect();
        pitches.sort_unstable();
        pitches.dedup();
        assert_eq!(pitches.len(), Cue::ALL.len());
        for cue in Cue::ALL {
            let secs = samples(cue).len() as f32 / RATE as f32;
            assert!(secs > 0.04 && secs < 1.0, "{cue:?} lasts {secs} s");
        }
    }

    #[test]
    fn hold_start_rises_and_release_falls() {
        let start = notes(Cue::HoldStart);
        let release = notes(Cue::Release);
        assert!(start[0].pitch < start[1].pitch);
        assert!(release[0].pitch > release[1].pitch);
    }
}
