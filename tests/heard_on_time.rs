//! Eyes closed, with speech that runs long: every phrase is made 3.25 s long (the speech
//! command copies one 3 s sound) and every get-ready is 3 s, so each hold's start falls while
//! a phrase is still sounding. A private PulseAudio null sink is recorded with `parec`, and
//! each hold's start tone must be heard within 30 ms of the hold starting, in both interfaces.
//!
//! The recording and knead share no clock: the first get-ready tick lines them up (found near
//! where the first phrase, the first sound of all, puts it), and the timing log says when
//! each hold began.

#![allow(
    clippy::cast_precision_loss,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    reason = "signal analysis on a few seconds of samples"
)]

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

mod common;
use common::pulse::{Pulse, RATE, Recorder, energy_at, pulse, sound_starts};

/// How late a hold's start tone may be heard.
const WITHIN_MS: f64 = 30.0;

/// The hold start's two notes, C5 then G5 120 ms later: no other cue has them in that order.
const HOLD_START: [(f32, f64); 2] = [(523.25, 0.0), (783.99, 120.0)];

/// The get-ready tick's one note.
const TICK_PITCH: f32 = 1100.0;

/// The stand-in speech's two pitches: low, far from every cue's.
const SPEECH_PITCHES: [f32; 2] = [180.0, 270.0];

/// Three holds that collide with speech everywhere: a 3.25 s phrase in each 3 s get-ready
/// and each 3 s rest, and a side switch.
const COLLISIONS: &str = r#"name = "Collisions"
auto_advance = true
[[step]]
region = "upper traps"
tool = "ball"
hold = "4s"
prepare = "3s"
rest = "3s"
side = "both"
[[step]]
region = "levator scapulae"
tool = "thumb"
hold = "4s"
prepare = "3s"
"#;

#[test]
fn hold_tones_are_heard_on_time_over_long_speech_in_plain_mode() {
    let Some(pulse) = pulse() else { return };
    let work = Work::new();
    let recorder = Recorder::start(&pulse, &work.dir.path().join("recording.raw"));
    let mut knead = work.plain(&pulse);
    let mut stdin = knead.stdin.take().expect("stdin");
    std::thread::sleep(Duration::from_secs(2));
    // Begin, and end the input: the session runs on by itself to the end.
    stdin.write_all(b"\n").expect("start");
    drop(stdin);
    let output = knead.wait_with_output().expect("knead ends");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{stdout}");
    assert!(stdout.contains("Session complete"), "{stdout}");
    work.check(&recorder.samples(), "plain");
}

/// A speech engine that takes a second over each phrase, nothing in the speech cache, and a
/// script that begins the session at once: the first phrase is rendered before the session
/// begins (said on screen while it is), planned at its moment, and heard.
#[test]
fn the_first_phrase_is_heard_though_nothing_was_rendered_before() {
    let Some(pulse) = pulse() else { return };
    let work = Work::with(COLLISIONS, Some(Duration::from_secs(1)));
    let recorder = Recorder::start(&pulse, &work.dir.path().join("recording.raw"));
    let mut knead = work.plain(&pulse);
    let mut stdin = knead.stdin.take().expect("stdin");
    stdin.write_all(b"\n").expect("begin at once");
    // Once the server has started the phrase (said in the log at the next tick) and it has
    // sounded a while: quit.
    work.wait_for_log("heard:phrase:", "the first phrase never started");
    std::thread::sleep(Duration::from_millis(500));
    stdin.write_all(b"q\ny\n").expect("quit");
    drop(stdin);
    let output = knead.wait_with_output().expect("knead ends");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.starts_with(&knead::words::preparing_voice()),
        "the wait is not said first:\n{stdout}"
    );
    let samples = recorder.samples();
    let log = std::fs::read_to_string(&work.log).expect("timing log");
    let first = "Upper traps, left. Four seconds.";
    let planned = log
        .lines()
        .find_map(|line| {
            let mut fields = line.strip_prefix(&format!("phrase:{first}\t"))?.split('\t');
            let due: f64 = fields.next()?.parse().ok()?;
            let late: f64 = fields.next()?.parse().ok()?;
            Some(due + late / 1000.0)
        })
        .unwrap_or_else(|| panic!("the first phrase was left out:\n{log}\n{stdout}"));
    assert!(
        log.contains(&format!("heard:phrase:{first}")),
        "the server did not start it:\n{log}"
    );
    // Planned as the session began, after the lead-in, and in the recording.
    let session_start = log
        .lines()
        .find_map(|l| l.strip_prefix("prepare-started\t"))
        .and_then(|l| l.split('\t').next()?.parse::<f64>().ok())
        .expect("the session began");
    assert!(
        (planned - session_start - 250.0).abs() < 30.0,
        "planned {planned} for a session begun at {session_start}"
    );
    let speech = samples
        .chunks(960)
        .map(|window| {
            SPEECH_PITCHES
                .iter()
                .map(|&p| energy_at(window, p))
                .sum::<f32>()
        })
        .fold(0.0, f32::max);
    assert!(
        speech > 100.0,
        "the phrase is not in the recording ({speech})\n{log}"
    );
}

/// Stopped mid-hold with eyes closed (Ctrl-Z sends SIGTSTP, `fg` SIGCONT): the process
/// stops with the clock paused, and brought back it says aloud that the session is still
/// paused and how to go on, and `p` goes on; `q` asks aloud whether to quit.
#[test]
fn brought_back_after_ctrl_z_the_session_says_aloud_it_is_still_paused_and_asks_to_quit() {
    let Some(pulse) = pulse() else { return };
    let work = Work::with(
        "name = \"Long\"\n[[step]]\nregion = \"calf\"\ntool = \"ball\"\nhold = \"60s\"\nprepare = \"1s\"\n",
        None,
    );
    let mut knead = work.plain(&pulse);
    let pid = knead.id().to_string();
    let mut stdin = knead.stdin.take().expect("stdin");
    stdin.write_all(b"\n").expect("begin");
    work.wait_for_log("hold-started", "the hold never began");
    std::thread::sleep(Duration::from_millis(500));
    let signal = |name: &str| {
        let sent = Command::new("kill").args([name, &pid]).status();
        assert!(sent.is_ok_and(|s| s.success()), "kill {name}");
    };
    signal("-TSTP");
    let deadline = Instant::now() + Duration::from_secs(5);
    while !std::fs::read_to_string(format!("/proc/{pid}/stat")).is_ok_and(|stat| {
        stat.rsplit(')')
            .next()
            .is_some_and(|s| s.trim_start().starts_with('T'))
    }) {
        assert!(Instant::now() < deadline, "knead did not stop");
        std::thread::sleep(Duration::from_millis(20));
    }
    std::thread::sleep(Duration::from_secs(1));
    signal("-CONT");
    // The phrase is said after "Hold." (3.25 s here) and its words begin; going on writes
    // what the server started into the log.
    std::thread::sleep(Duration::from_secs(4));
    stdin.write_all(b"p\n").expect("go on");
    work.wait_for_log(
        &format!("heard:phrase:{}", knead::speech::still_paused()),
        "\"still paused\" was not said",
    );
    // The quit question is asked aloud after "Paused." (each phrase 3.25 s here); the
    // answer writes what the server started into the log.
    stdin.write_all(b"q\n").expect("ask to quit");
    std::thread::sleep(Duration::from_secs(5));
    stdin.write_all(b"y\n").expect("quit");
    drop(stdin);
    let output = knead.wait_with_output().expect("knead ends");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("left, paused."), "{stdout}");
    assert!(stdout.contains("Resumed."), "{stdout}");
    let log = std::fs::read_to_string(&work.log).expect("timing log");
    assert!(
        log.contains(&format!("heard:phrase:{}", knead::speech::quit_asked())),
        "the quit question was not said:\n{log}"
    );
}

#[test]
fn hold_tones_are_heard_on_time_over_long_speech_on_the_full_screen() {
    let Some(pulse) = pulse() else { return };
    if !common::installed("tmux", "-V") {
        return;
    }
    let work = Work::new();
    let recorder = Recorder::start(&pulse, &work.dir.path().join("recording.raw"));
    let socket = work.dir.path().join("tmux");
    let tmux = |args: &[&str]| {
        Command::new("tmux")
            .arg("-S")
            .arg(&socket)
            .args(args)
            .output()
            .expect("tmux runs")
    };
    let env = work
        .env(&pulse)
        .into_iter()
        .map(|(k, v)| format!("{k}='{v}'"))
        .collect::<Vec<_>>()
        .join(" ");
    let command = format!(
        "env {env} {} run --voice {}; echo EXIT=$?; sleep 60",
        env!("CARGO_BIN_EXE_knead"),
        work.routine.display()
    );
    let started = tmux(&[
        "new-session",
        "-d",
        "-x",
        "80",
        "-y",
        "24",
        "sh",
        "-c",
        &command,
    ]);
    assert!(started.status.success(), "{started:?}");
    std::thread::sleep(Duration::from_secs(2));
    tmux(&["send-keys", "Enter"]);
    let deadline = Instant::now() + Duration::from_mins(1);
    let screen = loop {
        let screen = tmux(&["capture-pane", "-p"]);
        let screen = String::from_utf8_lossy(&screen.stdout).into_owned();
        if screen.contains("SESSION COMPLETE") {
            break screen;
        }
        assert!(Instant::now() < deadline, "no summary:\n{screen}");
        std::thread::sleep(Duration::from_millis(100));
    };
    // "Session complete. Three holds." is said over the summary.
    std::thread::sleep(Duration::from_secs(4));
    tmux(&["send-keys", "q"]);
    std::thread::sleep(Duration::from_millis(500));
    tmux(&["kill-server"]);
    assert!(screen.contains("SESSION COMPLETE"), "{screen}");
    work.check(&recorder.samples(), "full screen");
}

/// A session's folders, the routine and the speech command that makes every phrase 3 s.
struct Work {
    dir: tempfile::TempDir,
    routine: std::path::PathBuf,
    log: std::path::PathBuf,
}

impl Work {
    fn new() -> Self {
        Self::with(COLLISIONS, None)
    }

    /// `routine`, with a speech command that takes `slow` before it answers (`None`: at
    /// once).
    fn with(text: &str, slow: Option<Duration>) -> Self {
        let dir = tempfile::tempdir().expect("tempdir");
        let routine = dir.path().join("routine.toml");
        std::fs::write(&routine, text).expect("write routine");
        let phrase = dir.path().join("phrase.wav");
        write_speech(&phrase);
        let config = dir.path().join("knead");
        std::fs::create_dir_all(&config).expect("config folder");
        std::fs::write(
            config.join("config.toml"),
            format!(
                "[voice]\ncommand = [\"sh\", \"-c\", \"sleep {}; cp '{}' \\\"$0\\\"\", \"{{file}}\"]\n",
                slow.unwrap_or_default().as_secs_f64(),
                phrase.display()
            ),
        )
        .expect("settings");
        let log = dir.path().join("effects.tsv");
        Self { dir, routine, log }
    }

    /// Starts `knead run --plain --voice` on the routine, its input and output piped.
    fn plain(&self, pulse: &Pulse) -> std::process::Child {
        Command::new(env!("CARGO_BIN_EXE_knead"))
            .args(["run", "--plain", "--voice"])
            .arg(&self.routine)
            .envs(self.env(pulse))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("knead starts")
    }

    /// Waits (at most 10 s) until the timing log has a line starting with `event`.
    fn wait_for_log(&self, event: &str, otherwise: &str) {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let log = std::fs::read_to_string(&self.log).unwrap_or_default();
            if log.lines().any(|l| l.starts_with(event)) {
                return;
            }
            assert!(Instant::now() < deadline, "{otherwise}:\n{log}");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// The environment knead runs in: this server, these folders, the timing log.
    fn env(&self, pulse: &Pulse) -> Vec<(String, String)> {
        let dir = self.dir.path().display().to_string();
        vec![
            ("PULSE_SERVER".into(), pulse.server()),
            ("HOME".into(), pulse.home().display().to_string()),
            ("XDG_CONFIG_HOME".into(), dir.clone()),
            ("XDG_STATE_HOME".into(), dir.clone()),
            ("XDG_CACHE_HOME".into(), format!("{dir}/cache")),
            ("KNEAD_DATA_DIR".into(), dir),
            ("KNEAD_EFFECTS_LOG".into(), self.log.display().to_string()),
        ]
    }

    /// Every hold's start tone is in the recording within [`WITHIN_MS`] of the hold's start.
    fn check(&self, samples: &[f32], face: &str) {
        let log = std::fs::read_to_string(&self.log).expect("timing log");
        let lines: Vec<(&str, f64, f64)> = log
            .lines()
            .skip(1)
            .filter_map(|line| {
                let mut fields = line.split('\t');
                let event = fields.next()?;
                let due: f64 = fields.next()?.parse().ok()?;
                let late: f64 = fields.next()?.parse().ok()?;
                Some((event, due, due + late / 1000.0))
            })
            .collect();
        let first_phrase = lines
            .iter()
            .find(|l| l.0.starts_with("phrase:"))
            .unwrap_or_else(|| panic!("no phrase was said:\n{log}"))
            .2;
        let first_sound = *sound_starts(samples)
            .first()
            .expect("something was recorded");
        // Roughly, by the first phrase; then exactly, by the first get-ready tick near it: a
        // tone against tones, each started the same way.
        let rough = ms(first_sound) - first_phrase;
        let tick = lines
            .iter()
            .find(|l| l.0 == "cue:get_ready")
            .unwrap_or_else(|| panic!("{face}: no get-ready tick:\n{log}"))
            .1;
        let heard_tick = notes_near(samples, &[(TICK_PITCH, 0.0)], tick + rough, 300.0, 300.0)
            .unwrap_or_else(|| panic!("{face}: the first get-ready tick is not heard"));
        let offset = heard_tick - tick;
        let holds: Vec<f64> = lines
            .iter()
            .filter(|l| l.0 == "hold-started")
            .map(|l| l.1)
            .collect();
        assert_eq!(holds.len(), 3, "{log}");
        let mut heard = Vec::new();
        for due in &holds {
            let want = due + offset;
            let onset = notes_near(samples, &HOLD_START, want, 150.0, 3500.0);
            heard.push(onset.map(|at| at - want));
        }
        eprintln!("{face}: hold start tones heard, ms after the hold began: {heard:.1?}");
        for (i, late) in heard.iter().enumerate() {
            let late = late.unwrap_or_else(|| panic!("{face}: hold {i}'s tone is not heard"));
            assert!(
                late.abs() <= WITHIN_MS,
                "{face}: hold {i}'s start tone heard {late:.0} ms after the hold began: {heard:.0?}\n{log}"
            );
        }
        // The speech was there to collide with: the get-ready phrase sounds as the hold begins.
        let before = (holds[0] + offset - 200.0) / 1000.0 * f64::from(RATE);
        let window = &samples[before as usize..before as usize + 960];
        let speech: f32 = SPEECH_PITCHES.iter().map(|&p| energy_at(window, p)).sum();
        assert!(
            speech > 100.0,
            "{face}: no speech before the first hold ({speech})"
        );
    }
}

fn ms(sample: usize) -> f64 {
    sample as f64 * 1000.0 / f64::from(RATE)
}

/// Where a tone of these notes (pitch, ms after its start) begins near `want` ms, from
/// `before` ms before it to `after` ms after: the middle of the first 20 ms window, 1 ms
/// apart, where the quietest of its notes reaches a quarter of the loudest such moment (a
/// quarter of the energy, half the amplitude: the note fills the back half of the window).
fn notes_near(
    samples: &[f32],
    notes: &[(f32, f64)],
    want: f64,
    before: f64,
    after: f64,
) -> Option<f64> {
    let window = (RATE / 50) as usize;
    let hop = (RATE / 1000) as usize;
    let at_ms = |ms: f64| (ms.max(0.0) / 1000.0 * f64::from(RATE)) as usize;
    let last = notes.iter().map(|n| at_ms(n.1)).max().unwrap_or(0);
    let from = at_ms(want - before);
    let to = at_ms(want + after).min(samples.len().saturating_sub(window + last));
    let scores: Vec<(usize, f32)> = (from..to)
        .step_by(hop)
        .map(|at| {
            let quietest = notes
                .iter()
                .map(|&(pitch, later)| {
                    let start = at + at_ms(later);
                    hann_energy(&samples[start..start + window], pitch)
                })
                .fold(f32::MAX, f32::min);
            (at, quietest)
        })
        .collect();
    let loudest = scores.iter().map(|e| e.1).fold(0.0, f32::max);
    // Notes at a fiftieth of full scale: anything quieter is not the tone.
    if loudest < 5.0 {
        return None;
    }
    scores
        .iter()
        .find(|e| e.1 >= loudest / 4.0)
        .map(|e| ms(e.0 + window / 2))
}

/// Energy at `pitch` of `samples` under a Hann window: a tone's neighbours (the stand-in
/// speech, other cues) leak far less into it than through a plain window.
fn hann_energy(samples: &[f32], pitch: f32) -> f32 {
    let n = samples.len() as f32;
    let windowed: Vec<f32> = samples
        .iter()
        .enumerate()
        .map(|(i, s)| s * (0.5 - 0.5 * (std::f32::consts::TAU * i as f32 / n).cos()))
        .collect();
    energy_at(&windowed, pitch)
}

/// Three seconds of stand-in speech: two low pitches, loud from the first sample.
fn write_speech(path: &Path) {
    let spec = hound::WavSpec {
        channels: 1,
        sample_rate: 22_050,
        bits_per_sample: 16,
        sample_format: hound::SampleFormat::Int,
    };
    let mut wav = hound::WavWriter::create(path, spec).expect("wav");
    for n in 0..3 * 22_050 {
        let t = n as f32 / 22_050.0;
        let s: f32 = SPEECH_PITCHES
            .iter()
            .map(|&p| 0.2 * (std::f32::consts::TAU * p * t).sin())
            .sum();
        wav.write_sample((s * 32_767.0) as i16).expect("sample");
    }
    wav.finalize().expect("wav written");
}
