//! A private PulseAudio server with a null sink, and its monitor recorded with `parec`: for
//! the tests that check when a sound is heard, not only when it was handed over.

#![allow(
    clippy::cast_precision_loss,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    reason = "signal analysis on a few seconds of samples"
)]

use std::path::{Path, PathBuf};
use std::process::{Child, Command};
use std::time::{Duration, Instant};

/// Samples a second of the recording.
pub const RATE: u32 = 48_000;

/// A PulseAudio daemon of our own, killed when dropped.
pub struct Pulse {
    pub dir: tempfile::TempDir,
}

impl Pulse {
    pub fn start() -> Result<Self, String> {
        for tool in ["pulseaudio", "parec", "pactl"] {
            Command::new(tool)
                .arg("--version")
                .output()
                .map_err(|_| format!("{tool} is not installed"))?;
        }
        let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
        let (rt, home) = (dir.path().join("rt"), dir.path().join("home"));
        std::fs::create_dir_all(&rt).map_err(|e| e.to_string())?;
        std::fs::create_dir_all(&home).map_err(|e| e.to_string())?;
        // ALSA's default device goes to this server (the pulse plugin, libasound2-plugins),
        // named here so that the ALSA way needs no PULSE_SERVER.
        let socket = dir.path().join("native");
        let server = format!("unix:{}", socket.display());
        std::fs::write(
            home.join(".asoundrc"),
            format!(
                "pcm.!default {{ type pulse server \"{server}\" }}\n\
                 ctl.!default {{ type pulse server \"{server}\" }}\n"
            ),
        )
        .map_err(|e| e.to_string())?;
        let status = Command::new("pulseaudio")
            .args(["-D", "-n", "--exit-idle-time=-1", "--disallow-exit"])
            .arg(format!(
                "--log-target=file:{}",
                dir.path().join("pulse.log").display()
            ))
            .arg("--load=module-null-sink sink_name=knead_test rate=48000")
            .arg(format!(
                "--load=module-native-protocol-unix socket={} auth-anonymous=1",
                socket.display()
            ))
            .env("HOME", &home)
            .env("XDG_RUNTIME_DIR", &rt)
            .status()
            .map_err(|e| e.to_string())?;
        let pulse = Self { dir };
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            let info = Command::new("pactl")
                .arg("info")
                .env("PULSE_SERVER", pulse.server())
                .output();
            if info.is_ok_and(|o| o.status.success()) {
                return Ok(pulse);
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let log = std::fs::read_to_string(pulse.dir.path().join("pulse.log")).unwrap_or_default();
        Err(format!(
            "the PulseAudio server did not start ({status}): {log}"
        ))
    }

    pub fn server(&self) -> String {
        format!("unix:{}", self.dir.path().join("native").display())
    }

    pub fn home(&self) -> PathBuf {
        self.dir.path().join("home")
    }

    /// Stops (`STOP`) or continues (`CONT`) the server: a stopped one accepts connections
    /// and never answers, as a hung sound server does.
    pub fn signal(&self, signal: &str) {
        let pid = std::fs::read_to_string(self.dir.path().join("rt/pulse/pid")).expect("pid");
        let status = Command::new("kill")
            .args([&format!("-{signal}"), pid.trim()])
            .status()
            .expect("kill runs");
        assert!(status.success());
    }
}

impl Drop for Pulse {
    fn drop(&mut self) {
        let pid = std::fs::read_to_string(self.dir.path().join("rt/pulse/pid")).unwrap_or_default();
        if !pid.trim().is_empty() {
            let _ = Command::new("kill").arg(pid.trim()).status();
        }
    }
}

/// Records the null sink's monitor to a raw file until dropped.
pub struct Recorder {
    child: Child,
    path: PathBuf,
}

impl Recorder {
    pub fn start(pulse: &Pulse, path: &Path) -> Self {
        let file = std::fs::File::create(path).expect("recording file");
        let child = Command::new("parec")
            .args([
                "-d",
                "knead_test.monitor",
                "--rate=48000",
                "--channels=1",
                "--format=s16le",
                "--raw",
            ])
            .env("PULSE_SERVER", pulse.server())
            .stdout(file)
            .spawn()
            .expect("parec starts");
        let recorder = Self {
            child,
            path: path.to_owned(),
        };
        // Start knead only once samples are flowing, so the first cue is on the recording.
        let deadline = Instant::now() + Duration::from_secs(10);
        while std::fs::metadata(path).map_or(0, |m| m.len()) < u64::from(RATE) / 5 * 2 {
            assert!(Instant::now() < deadline, "parec records nothing");
            std::thread::sleep(Duration::from_millis(20));
        }
        recorder
    }

    pub fn samples(mut self) -> Vec<f32> {
        std::thread::sleep(Duration::from_millis(300));
        let _ = self.child.kill();
        let _ = self.child.wait();
        let bytes = std::fs::read(&self.path).expect("recording");
        bytes
            .chunks_exact(2)
            .map(|b| f32::from(i16::from_le_bytes([b[0], b[1]])) / 32768.0)
            .collect()
    }
}

/// Where sounds start in the recording (samples from its start).
pub fn sound_starts(samples: &[f32]) -> Vec<usize> {
    sound_starts_at(samples, RATE)
}

/// Where sounds start in `samples` recorded at `rate`: a 5 ms frame loud enough after quiet.
pub fn sound_starts_at(samples: &[f32], rate: u32) -> Vec<usize> {
    let frame = (rate / 200) as usize; // 5 ms
    let mut starts = Vec::new();
    let mut active = false;
    for (index, chunk) in samples.chunks(frame).enumerate() {
        let rms = (chunk.iter().map(|s| s * s).sum::<f32>() / chunk.len() as f32).sqrt();
        if !active && rms > 0.005 {
            active = true;
            starts.push(index * frame);
        } else if active && rms < 0.002 {
            active = false;
        }
    }
    starts
}

/// Energy of `samples` at `pitch` (the Goertzel algorithm).
pub fn energy_at(samples: &[f32], pitch: f32) -> f32 {
    let coefficient = 2.0 * (std::f32::consts::TAU * pitch / RATE as f32).cos();
    let (mut s1, mut s2) = (0.0f32, 0.0f32);
    for &x in samples {
        let s = x + coefficient * s1 - s2;
        s2 = s1;
        s1 = s;
    }
    s1 * s1 + s2 * s2 - coefficient * s1 * s2
}

/// A PulseAudio server of our own, or `None` (saying why) when it cannot start. CI installs
/// PulseAudio (scripts/install-deps): there, a skip would hide a failure.
pub fn pulse() -> Option<Pulse> {
    match Pulse::start() {
        Ok(pulse) => Some(pulse),
        Err(reason) => {
            assert!(
                std::env::var_os("CI").is_none(),
                "the real-device test cannot run under CI: {reason}"
            );
            eprintln!("skipping the real-device test: {reason}");
            None
        }
    }
}
