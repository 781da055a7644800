//! The real output paths: knead plays to a private PulseAudio server with a null sink, either
//! straight to its socket (what it does on Linux when a server answers) or through rodio ->
//! ALSA -> the pulse plugin (where it cannot find the socket). The sink's monitor is recorded
//! with `parec`, and every cue must be in the recording, in order, each within 50 ms of its
//! deadline.
//!
//! The recording and knead have no shared clock, so times are compared after aligning the first
//! cue; each later cue must then sit within 50 ms of where its deadline puts it.

#![allow(
    clippy::cast_precision_loss,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    reason = "signal analysis on a few seconds of samples"
)]

use std::io::Write;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use knead::audio::{Cue, synth};

mod common;
use common::pulse::{Pulse, RATE, Recorder, energy_at, pulse, sound_starts, sound_starts_at};

const TOLERANCE_MS: f64 = 50.0;

/// Two steps: both sides of the calf, then the neck; 9 s holds keep each cue clear of the next.
const ROUTINE: &str = r#"name = "Cue check"
[[step]]
region = "calf"
tool = "ball"
hold = "9s"
prepare = "3s"
rest = "2s"
side = "both"
[[step]]
region = "neck"
tool = "thumb"
hold = "9s"
prepare = "3s"
"#;

/// The timing log with each phrase moved to where its first sound is: knead's plan, plus
/// the word's own quiet start.
fn at_first_sound(timings: Vec<(String, f64, f64)>) -> Vec<(String, f64, f64)> {
    timings
        .into_iter()
        .map(|(event, due, sound)| match event.strip_prefix("phrase:") {
            Some(text) => {
                let onset = engine_onset_ms(text);
                (event, due, sound + onset)
            }
            None => (event, due, sound),
        })
        .collect()
}

/// Where the engine's own first sound is in `text` as espeak-ng says it (ms): a phrase that
/// begins with a stop ("Calf") starts with a few tens of ms of near-silence that are the
/// word's, not knead's lateness.
fn engine_onset_ms(text: &str) -> f64 {
    let wav = Command::new("espeak-ng")
        .args(["--stdout", text])
        .output()
        .expect("espeak-ng runs")
        .stdout;
    // espeak-ng streams its WAV and leaves the length unset: the samples follow the header.
    let rate = u32::from_le_bytes([wav[24], wav[25], wav[26], wav[27]]);
    let samples: Vec<f32> = wav[44..]
        .chunks_exact(2)
        .map(|b| f32::from(i16::from_le_bytes([b[0], b[1]])) / 32768.0)
        .collect();
    sound_starts_at(&samples, rate)
        .first()
        .map_or(0.0, |&start| start as f64 * 1000.0 / f64::from(rate))
}

/// Which cue a sound starting at `start` is, by the pitch it begins on.
fn identify(samples: &[f32], start: usize) -> Cue {
    let window = &samples[start..(start + (RATE / 25) as usize).min(samples.len())];
    Cue::ALL
        .into_iter()
        .max_by(|a, b| {
            energy_at(window, synth::signature(*a))
                .total_cmp(&energy_at(window, synth::signature(*b)))
        })
        .expect("cues")
}

#[test]
fn every_cue_reaches_the_sound_server_over_its_socket_in_order_and_on_time() {
    cues_reach_the_server(Way::Socket);
}

/// Built with the `alsa` feature (`make test` runs this file so too).
#[test]
#[cfg(feature = "alsa")]
fn every_cue_reaches_the_sound_server_through_alsa_in_order_and_on_time() {
    cues_reach_the_server(Way::Alsa);
}

/// Built without it, as knead ships: with no server socket to be found, knead says there is
/// no sound server (not that there is no device: ALSA is set up here) and why in the log,
/// and the session still runs.
#[test]
#[cfg(not(feature = "alsa"))]
fn without_a_server_socket_a_build_without_alsa_says_there_is_no_sound_server() {
    let Some(pulse) = pulse() else { return };
    let work = tempfile::tempdir().expect("tempdir");
    let routine = work.path().join("cues.toml");
    std::fs::write(&routine, ROUTINE).expect("write routine");
    let effects = work.path().join("effects.tsv");
    let mut knead = knead_by(
        Way::Alsa,
        &pulse,
        work.path(),
        &routine,
        "--no-voice",
        &effects,
    );
    let mut stdin = knead.stdin.take().expect("stdin");
    stdin.write_all(b"q\n").expect("quit at the overview");
    drop(stdin);
    let output = knead.wait_with_output().expect("knead ends");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("no sound server (PulseAudio or PipeWire): visual cues only"),
        "{stdout}"
    );
    let log = std::fs::read_to_string(work.path().join("knead/knead.log")).unwrap_or_default();
    assert!(log.contains("built without the alsa feature"), "{log}");
    assert!(!log.contains("trying ALSA"), "{log}");
}

fn cues_reach_the_server(way: Way) {
    let Some(pulse) = pulse() else { return };
    let work = tempfile::tempdir().expect("tempdir");
    let routine = work.path().join("cues.toml");
    std::fs::write(&routine, ROUTINE).expect("write routine");
    let effects = work.path().join("effects.tsv");
    let recorder = Recorder::start(&pulse, &work.path().join("recording.raw"));

    // The tones alone: speech has its own test below.
    let mut knead = knead_by(way, &pulse, work.path(), &routine, "--no-voice", &effects);
    let mut stdin = knead.stdin.take().expect("stdin");
    // Begin after a pause, as a person reading the overview would: the sound server needs a
    // moment (about 2 s here) before a new stream plays anything.
    std::thread::sleep(Duration::from_secs(3));
    stdin.write_all(b"\n5\n3\n").expect("start and ratings");
    // The last rating only once the last hold is over, so "complete" sounds on its own.
    let deadline = Instant::now() + Duration::from_secs(90);
    while std::fs::read_to_string(&effects)
        .unwrap_or_default()
        .matches("hold-ended")
        .count()
        < 3
    {
        assert!(
            Instant::now() < deadline,
            "the session did not reach its last hold"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    std::thread::sleep(Duration::from_millis(1500));
    stdin.write_all(b"2\n").expect("last rating");
    drop(stdin);
    let output = knead.wait_with_output().expect("knead ends");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{stdout}");
    assert!(
        !stdout.contains("no audio device"),
        "knead did not find the device:\n{stdout}"
    );
    let log = std::fs::read_to_string(work.path().join("knead/knead.log")).unwrap_or_default();
    assert_eq!(
        log.contains("trying ALSA"),
        way == Way::Alsa,
        "knead did not take the {way:?} way:\n{log}"
    );
    let samples = recorder.samples();

    let expected: Vec<(Cue, f64)> = std::fs::read_to_string(&effects)
        .expect("effects log")
        .lines()
        .filter_map(|line| {
            let mut fields = line.split('\t');
            let cue = Cue::from_name(fields.next()?.strip_prefix("cue:")?)?;
            Some((cue, fields.next()?.parse::<f64>().ok()?))
        })
        .collect();
    // 6 get-ready ticks, 3 starts, 3 halfways, 9 hold ticks, 3 releases, switch, next, complete.
    assert_eq!(expected.len(), 27, "cues handed over: {expected:?}");
    // The ratings typed at the start are kept for their holds, said by the short soft tone
    // (not a session's cue, so not in the log; the two sound as one).
    let (kept, starts): (Vec<usize>, Vec<usize>) = sound_starts(&samples)
        .into_iter()
        .partition(|&start| identify(&samples, start) == Cue::Kept);
    assert!(!kept.is_empty(), "the ratings kept were not acknowledged");
    let first = *starts.first().expect("something was recorded");
    let offset_ms = first as f64 * 1000.0 / f64::from(RATE) - expected[0].1;

    let mut report = Vec::new();
    let mut last_start = None;
    for &(cue, due_ms) in &expected {
        let want = due_ms + offset_ms;
        let found = starts
            .iter()
            .copied()
            .find(|&s| (s as f64 * 1000.0 / f64::from(RATE) - want).abs() <= TOLERANCE_MS);
        let Some(start) = found else {
            panic!(
                "{cue:?} due at {due_ms:.0} ms is not in the recording within {TOLERANCE_MS} ms; sounds at {starts:?}"
            );
        };
        assert!(last_start < Some(start), "{cue:?} is out of order");
        last_start = Some(start);
        assert_eq!(
            identify(&samples, start),
            cue,
            "the sound at {start} is not {cue:?}; expected {expected:?} starts {starts:?} offset {offset_ms}"
        );
        report.push(format!(
            "{}:{:+.1}",
            cue.name(),
            start as f64 * 1000.0 / f64::from(RATE) - want
        ));
    }
    eprintln!(
        "cue onsets against their deadlines (ms, first cue aligned): {}",
        report.join(" ")
    );
}

/// How knead reaches the sound server.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Way {
    /// Its socket, named by `PULSE_SERVER`: knead speaks the server's protocol itself.
    Socket,
    /// No socket to be found (no `PULSE_SERVER`, an empty runtime folder): knead falls back to
    /// ALSA, whose default device (the test's `.asoundrc`) is the server.
    Alsa,
}

/// `knead run --plain VOICE ROUTINE` through `pulse` over its socket.
fn knead_through(pulse: &Pulse, work: &Path, routine: &Path, voice: &str, log: &Path) -> Child {
    knead_by(Way::Socket, pulse, work, routine, voice, log)
}

/// `knead -v run --plain VOICE ROUTINE` reaching `pulse` the `way` given, with every folder it
/// uses (settings, log, history, the speech cache) in `work` and its timing log at `log`.
fn knead_by(
    way: Way,
    pulse: &Pulse,
    work: &Path,
    routine: &Path,
    voice: &str,
    log: &Path,
) -> Child {
    let mut command = Command::new(env!("CARGO_BIN_EXE_knead"));
    match way {
        Way::Socket => command.env("PULSE_SERVER", pulse.server()),
        Way::Alsa => {
            let runtime = work.join("runtime");
            std::fs::create_dir_all(&runtime).expect("runtime folder");
            command
                .env_remove("PULSE_SERVER")
                .env_remove("PULSE_RUNTIME_PATH")
                .env("XDG_RUNTIME_DIR", runtime)
        }
    };
    command
        .args(["-v", "run", "--plain", voice])
        .arg(routine)
        .env("HOME", pulse.home())
        .env("XDG_CONFIG_HOME", work)
        .env("XDG_STATE_HOME", work)
        .env("XDG_CACHE_HOME", work.join("cache"))
        .env("KNEAD_DATA_DIR", work)
        .env("KNEAD_EFFECTS_LOG", log)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("knead starts")
}

/// One step, both sides: long enough get-ready and hold that each phrase sounds on its own.
const SPOKEN: &str = r#"name = "Voice check"
[[step]]
region = "calf"
tool = "ball"
hold = "6s"
prepare = "5s"
rest = "6s"
side = "both"
"#;

/// (event, due ms, when it is to sound in ms) from the timing log.
fn timings(log: &Path) -> Vec<(String, f64, f64)> {
    std::fs::read_to_string(log)
        .expect("effects log")
        .lines()
        .skip(1)
        .filter_map(|line| {
            let mut fields = line.split('\t');
            let event = fields.next()?.to_owned();
            let due: f64 = fields.next()?.parse().ok()?;
            let late: f64 = fields.next()?.parse().ok()?;
            Some((event, due, due + late / 1000.0))
        })
        .collect()
}

/// Speech through the real output: espeak-ng renders each phrase ahead, and the recording
/// holds each one where the timing log says its first sound was due to play, with no tone
/// sounding over it.
#[test]
fn spoken_phrases_reach_a_real_sound_server_at_their_moments() {
    let Some(pulse) = pulse_and_espeak() else {
        return;
    };
    let work = tempfile::tempdir().expect("tempdir");
    let routine = work.path().join("spoken.toml");
    std::fs::write(&routine, SPOKEN).expect("write routine");
    let log = work.path().join("effects.tsv");
    let recorder = Recorder::start(&pulse, &work.path().join("recording.raw"));
    let mut knead = knead_through(&pulse, work.path(), &routine, "--voice", &log);
    let mut stdin = knead.stdin.take().expect("stdin");
    std::thread::sleep(Duration::from_secs(3));
    // Begin; rate the first hold 5 once "Release. Rate it" has been said, so "Next: ..." is
    // said too; the second waits for its rating.
    stdin.write_all(b"\n").expect("start");
    let deadline = Instant::now() + Duration::from_mins(1);
    while !timings(&log).iter().any(|t| t.0 == "hold-ended") {
        assert!(Instant::now() < deadline, "the first hold did not end");
        std::thread::sleep(Duration::from_millis(50));
    }
    std::thread::sleep(Duration::from_secs(3));
    stdin.write_all(b"5\n").expect("first rating");
    while timings(&log).iter().filter(|t| t.0 == "hold-ended").count() < 2 {
        assert!(
            Instant::now() < deadline,
            "the session did not reach its last hold"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    std::thread::sleep(Duration::from_millis(3500));
    stdin.write_all(b"2\n").expect("last rating");
    drop(stdin);
    let output = knead.wait_with_output().expect("knead ends");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{stdout}");
    assert!(!stdout.contains("voice:"), "a voice problem: {stdout}");
    // knead took its tones and phrases out of the server's cache as it left (the server
    // would keep them until it restarts).
    let cache = Command::new("pactl")
        .args(["list", "samples", "short"])
        .env("PULSE_SERVER", pulse.server())
        .output()
        .expect("pactl runs");
    let cache = String::from_utf8_lossy(&cache.stdout);
    assert!(
        !cache.contains("knead-"),
        "left in the server's cache:\n{cache}"
    );
    let samples = recorder.samples();
    let all = at_first_sound(timings(&log));
    let phrases: Vec<(String, f64, f64)> = all
        .iter()
        .filter(|t| t.0.starts_with("phrase:"))
        .cloned()
        .collect();
    let said: Vec<&str> = phrases.iter().map(|p| &p.0["phrase:".len()..]).collect();
    assert_eq!(
        said,
        [
            "Calf, left. Six seconds.",
            "Hold.",
            "Release. Rate it, zero to ten.",
            "Next: calf, right.",
            "Switch to the right side. Calf. Six seconds.",
            "Hold.",
            "Release. Rate it, zero to ten.",
            "Session complete. Two holds.",
        ],
        "{all:?}"
    );
    let starts = sound_starts(&samples);
    let ms = |sample: usize| sample as f64 * 1000.0 / f64::from(RATE);
    let offset = best_offset(&starts, &all);
    let mut report = Vec::new();
    for (event, due, sound) in &phrases {
        let want = sound + offset;
        let found = starts
            .iter()
            .map(|&s| ms(s))
            .find(|&at| (at - want).abs() <= TOLERANCE_MS);
        let Some(at) = found else {
            panic!(
                "{event} due to sound at {sound:.0} ms is not in the recording; sounds at {:?}\n{all:?}",
                starts
                    .iter()
                    .map(|&s| (ms(s) - offset).round())
                    .collect::<Vec<_>>()
            );
        };
        // Speech is broadband and lasts: a cue is a single pitch of half a second at most.
        let start = (at * f64::from(RATE) / 1000.0) as usize;
        let window = &samples[start..(start + (RATE as usize) / 4).min(samples.len())];
        let loud = window.iter().map(|s| s * s).sum::<f32>() / window.len() as f32;
        assert!(loud > 1e-5, "{event}: silence where speech should be");
        report.push(format!("{:+.0}ms/{:.0}ms", at - want, sound - due));
    }
    eprintln!(
        "phrases against their planned first sound (recording), and due-to-first-sound: {}",
        report.join(" ")
    );
}

/// The recording and knead share no clock: the offset that lines up the most cues and
/// phrases of the timing log with sounds starting in the recording.
fn best_offset(starts: &[usize], timings: &[(String, f64, f64)]) -> f64 {
    let ms = |sample: usize| sample as f64 * 1000.0 / f64::from(RATE);
    let planned: Vec<f64> = timings
        .iter()
        .filter(|t| t.0.starts_with("phrase:") || t.0.starts_with("cue:"))
        .map(|t| t.2)
        .collect();
    let matches = |offset: f64| {
        planned
            .iter()
            .filter(|&&p| {
                starts
                    .iter()
                    .any(|&s| (ms(s) - offset - p).abs() <= TOLERANCE_MS)
            })
            .count()
    };
    starts
        .iter()
        .flat_map(|&s| planned.iter().map(move |&p| ms(s) - p))
        .max_by_key(|&offset| matches(offset))
        .expect("something was recorded")
}

/// A PulseAudio server of our own, when it and espeak-ng are installed. Under CI (which
/// installs both) a missing one fails the test instead of skipping it.
fn pulse_and_espeak() -> Option<Pulse> {
    let pulse = Pulse::start();
    let espeak = Command::new("espeak-ng").arg("--version").output();
    let missing = match (&pulse, &espeak) {
        (Err(reason), _) => Some(reason.clone()),
        (_, Err(_)) => Some("espeak-ng is not installed".to_owned()),
        _ => None,
    };
    if let Some(reason) = missing {
        assert!(
            std::env::var_os("CI").is_none(),
            "the spoken-guidance test cannot run under CI: {reason}"
        );
        eprintln!("skipping the spoken-guidance test: {reason}");
        return None;
    }
    pulse.ok()
}

/// One long hold: the output closes in its quiet middle and opens again for the halfway bell.
const QUIET_MIDDLE: &str = r#"name = "Hung server"
[[step]]
region = "calf"
tool = "ball"
hold = "16s"
prepare = "2s"
"#;

/// A sound server that stops answering while the output is closed: opening it again (for the
/// halfway bell) never returns, and that happens off the loop, so the session keeps its time
/// to the end and only the sound is lost.
#[test]
fn a_sound_server_that_hangs_between_cues_does_not_stop_the_session() {
    let Some(pulse) = pulse() else { return };
    let work = tempfile::tempdir().expect("tempdir");
    let routine = work.path().join("hung.toml");
    std::fs::write(&routine, QUIET_MIDDLE).expect("write routine");
    let effects = work.path().join("effects.tsv");
    let mut knead = knead_through(&pulse, work.path(), &routine, "--no-voice", &effects);
    let mut stdin = knead.stdin.take().expect("stdin");
    std::thread::sleep(Duration::from_secs(3));
    stdin.write_all(b"\n").expect("start");
    let began = Instant::now();
    // Mid-hold, with the output closed since the hold's first cue.
    std::thread::sleep(Duration::from_secs(6));
    pulse.signal("STOP");
    stdin.write_all(b"4\n").expect("rating");
    drop(stdin);
    let deadline = Instant::now() + Duration::from_secs(30);
    let ended = loop {
        if let Some(status) = knead.try_wait().expect("wait") {
            break Some(status);
        }
        if Instant::now() > deadline {
            break None;
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    pulse.signal("CONT");
    let Some(status) = ended else {
        let _ = knead.kill();
        panic!("the session stopped when the sound server hung");
    };
    let took = began.elapsed();
    let mut out = String::new();
    std::io::Read::read_to_string(&mut knead.stdout.take().expect("stdout"), &mut out)
        .expect("read");
    assert!(status.success(), "{out}");
    assert!(out.contains("Rated 4/10."), "{out}");
    // 2 s to get ready and a 16 s hold, then the summary: on time, not held up by the server.
    assert!(took < Duration::from_secs(22), "took {took:?}:\n{out}");
    // The halfway bell fell due and was handed to the output (which never opened).
    let log = std::fs::read_to_string(&effects).expect("effects log");
    assert!(log.contains("cue:halfway"), "{log}");
}
