//! Spoken guidance: each phrase turned into sound by a text-to-speech command (espeak-ng by
//! default), on a thread of its own and ahead of time, cached by text, engine and voice; the
//! audio queue plays it through knead's own output, so there is one volume and speech never
//! talks over a tone. What is said, and when, is [`crate::speech`].
//!
//! The engine runs as a separate program that writes a WAV: espeak-ng's library is GPL-3,
//! and a subprocess keeps knead's licence its own. Its output never reaches the terminal.

use knead_core::t;
use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::{Cursor, Read as _};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc::{self, Sender};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use base64::Engine as _;
use rodio::Source as _;
use rodio::buffer::SamplesBuffer;
use sha2::{Digest, Sha256};

use crate::threads::lock;

pub use crate::speech::Level;

/// Silence before each phrase: Bluetooth headphones clip the first syllable otherwise.
pub const LEAD_IN: Duration = Duration::from_millis(250);

/// Longest an engine may take over one phrase before it is given up on.
const ENGINE_PATIENCE: Duration = Duration::from_secs(10);

/// Largest WAV an engine may hand back for a phrase (a minute of 48 kHz stereo is 11 MB).
const MAX_PHRASE_BYTES: u64 = 16 * 1024 * 1024;

/// The `[voice]` settings, with the session's `--voice` / `--no-voice` applied.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Choices {
    /// On or off; `None`: on when an engine is found.
    pub enabled: Option<bool>,
    /// How much is said.
    pub level: Level,
    /// The engine as an argv list; `"{text}"` is replaced by the phrase, `"{file}"` by a file
    /// to write the WAV to (otherwise it is read from the engine's standard output).
    pub command: Option<Vec<String>>,
    /// The engine's voice (espeak-ng `-v`, macOS `say -v`).
    pub voice: Option<String>,
    /// Words a minute.
    pub rate: Option<u16>,
    /// 0-100, apart from the tones' volume.
    pub volume: u8,
}

/// A phrase ready to play: its words (for logs and tests) and its sound, lead-in included.
#[derive(Clone)]
pub struct Phrase {
    /// What it says.
    pub text: String,
    /// The sound.
    pub sound: SamplesBuffer,
}

impl Phrase {
    /// How long it sounds, lead-in included.
    pub fn length(&self) -> Duration {
        self.sound.total_duration().unwrap_or_default()
    }
}

/// The command that turns text into a WAV.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Engine {
    argv: Vec<String>,
}

impl Engine {
    /// The engine the choices name, or the platform's default (espeak-ng on Linux, `say` on
    /// macOS, the system voice through PowerShell on Windows).
    pub fn from_choices(choices: &Choices) -> Self {
        let argv = choices
            .command
            .clone()
            .unwrap_or_else(|| default_argv(choices));
        Self { argv }
    }

    /// The program's name, for messages.
    pub fn program(&self) -> &str {
        self.argv.first().map_or("", String::as_str)
    }

    /// A phrase's WAV bytes. Nothing the engine prints reaches the terminal; a failure is
    /// said in words.
    #[expect(
        clippy::wildcard_enum_match_arm,
        reason = "std's error kinds, with more to come"
    )]
    pub fn render(&self, text: &str) -> Result<Vec<u8>, EngineError> {
        let file = self
            .argv
            .iter()
            .any(|a| a.contains("{file}"))
            .then(|| tempfile::Builder::new().suffix(".wav").tempfile())
            .transpose()
            .map_err(|e| EngineError::Failed(crate::words::io_words(&e)))?;
        // Text never starts an argument with "-", where an engine would read it as an option.
        let text = if text.starts_with('-') {
            format!(" {text}")
        } else {
            text.to_owned()
        };
        let encoded = base64::engine::general_purpose::STANDARD.encode(&text);
        let mut args = self.argv.iter().map(|a| {
            let a = a
                .replace("{text}", &text)
                .replace("{text_base64}", &encoded)
                .replace("{lang}", crate::lang::current().code());
            match &file {
                Some(file) => a.replace("{file}", &file.path().to_string_lossy()),
                None => a,
            }
        });
        let program = args.next().unwrap_or_default();
        let mut child = Command::new(&program)
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| match e.kind() {
                std::io::ErrorKind::NotFound => EngineError::NotFound(program.clone()),
                _ => EngineError::Failed(crate::words::io_words(&e)),
            })?;
        let mut bytes = Vec::new();
        if let Some(out) = child.stdout.take() {
            out.take(MAX_PHRASE_BYTES)
                .read_to_end(&mut bytes)
                .map_err(|e| EngineError::Failed(crate::words::io_words(&e)))?;
        }
        let deadline = Instant::now() + ENGINE_PATIENCE;
        let status = loop {
            match child.try_wait() {
                Ok(Some(status)) => break status,
                Ok(None) if Instant::now() < deadline => thread::sleep(Duration::from_millis(5)),
                _ => {
                    let _ = child.kill();
                    let _ = child.wait();
                    return Err(EngineError::Failed(t!("error-engine-slow")));
                }
            }
        };
        if !status.success() {
            return Err(EngineError::Failed(t!(
                "error-engine-exit",
                status = status.to_string()
            )));
        }
        if let Some(file) = file {
            bytes = std::fs::read(file.path())
                .map_err(|e| EngineError::Failed(crate::words::io_words(&e)))?;
        }
        Ok(bytes)
    }

    /// Where a phrase is cached: named by a hash of the engine, its voice and the text.
    fn cache_name(&self, text: &str) -> String {
        let mut hash = Sha256::new();
        for arg in &self.argv {
            hash.update(arg.as_bytes());
            hash.update([0]);
        }
        hash.update(text.as_bytes());
        hash.finalize()
            .iter()
            .take(16)
            .fold(String::with_capacity(36), |mut name, byte| {
                let _ = write!(name, "{byte:02x}");
                name
            })
            + ".wav"
    }
}

#[cfg(target_os = "macos")]
fn default_argv(choices: &Choices) -> Vec<String> {
    let mut argv = vec!["say".to_owned(), "-o".into(), "{file}".into()];
    argv.push("--data-format=LEI16@22050".into());
    // A voice of the language spoken, of those macOS installs with the system.
    let voice = choices.voice.clone().or_else(|| {
        match crate::lang::current() {
            crate::lang::Language::German => Some("Anna"),
            crate::lang::Language::Spanish => Some("Mónica"),
            crate::lang::Language::French => Some("Thomas"),
            crate::lang::Language::English | crate::lang::Language::Pseudo => None,
        }
        .map(str::to_owned)
    });
    if let Some(voice) = &voice {
        argv.extend(["-v".to_owned(), voice.clone()]);
    }
    if let Some(rate) = choices.rate {
        argv.extend(["-r".to_owned(), rate.to_string()]);
    }
    argv.push("{text}".into());
    argv
}

#[cfg(windows)]
fn default_argv(choices: &Choices) -> Vec<String> {
    // SAPI through PowerShell: no extra runtime, and the system's own voices.
    let mut script = String::from(
        "Add-Type -AssemblyName System.Speech; $s = New-Object System.Speech.Synthesis.SpeechSynthesizer; ",
    );
    if let Some(voice) = &choices.voice {
        let _ = write!(script, "$s.SelectVoice('{}'); ", voice.replace('\'', "''"));
    } else if crate::lang::current() != crate::lang::Language::English {
        // A voice of the language spoken, or none (then tones only, said once): English
        // words read by a German voice help nobody, nor German by an English one.
        let _ = write!(
            script,
            "$v = $s.GetInstalledVoices() | Where-Object {{ $_.VoiceInfo.Culture.TwoLetterISOLanguageName -eq '{}' }} | Select-Object -First 1; \
             if (-not $v) {{ exit 3 }}; $s.SelectVoice($v.VoiceInfo.Name); ",
            crate::lang::current().code()
        );
    }
    if let Some(rate) = choices.rate {
        // SAPI's rate runs from -10 to 10 around about 180 words a minute.
        let sapi = ((i32::from(rate) - 180) / 20).clamp(-10, 10);
        let _ = write!(script, "$s.Rate = {sapi}; ");
    }
    // The text arrives as base64 inside the script: -Command joins every argument after it
    // into the code it runs, and a phrase (a therapist's `say`) must never be code.
    script.push_str(
        "$t = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String('{text_base64}')); \
         $s.SetOutputToWaveFile('{file}'); $s.Speak($t); $s.Dispose()",
    );
    vec![
        "powershell".to_owned(),
        "-NoProfile".into(),
        "-NonInteractive".into(),
        "-Command".into(),
        script,
    ]
}

#[cfg(not(any(target_os = "macos", windows)))]
fn default_argv(choices: &Choices) -> Vec<String> {
    let mut argv = vec!["espeak-ng".to_owned(), "--stdout".into()];
    // The voice chosen, else the language spoken's (espeak-ng has de, es and fr).
    let voice = choices.voice.clone().or_else(|| {
        let language = crate::lang::current();
        (language != crate::lang::Language::English && language != crate::lang::Language::Pseudo)
            .then(|| language.code().to_owned())
    });
    if let Some(voice) = &voice {
        argv.extend(["-v".to_owned(), voice.clone()]);
    }
    if let Some(rate) = choices.rate {
        argv.extend(["-s".to_owned(), rate.to_string()]);
    }
    argv.push("{text}".into());
    argv
}

/// How to get the default engine, for the notice when it is missing.
fn install_hint(program: &str) -> String {
    match program {
        "espeak-ng" => format!("; {}", t!("voice-install-espeak")),
        _ => String::new(),
    }
}

/// Why a phrase could not be rendered.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EngineError {
    /// The program is not installed.
    #[error("{}", t!("error-engine-not-found", program = .0.as_str()))]
    NotFound(String),
    /// It ran and failed, or its sound could not be read.
    #[error("{0}")]
    Failed(String),
}

/// Phrases rendered on a background thread, ready by text.
pub struct Voice {
    ready: Arc<Mutex<HashMap<String, Phrase>>>,
    /// What went wrong, in words, and whether it was the engine missing.
    problem: Arc<Mutex<Option<(String, bool)>>>,
    /// To the renderer: more phrases to make.
    more: Option<Sender<String>>,
}

impl Voice {
    /// Starts rendering `phrases` with `engine`, in order, using the cache in `cache` (when
    /// there is one). Returns at once.
    pub fn start(engine: Engine, cache: Option<PathBuf>, phrases: Vec<String>) -> Self {
        Self::start_with(engine, cache, phrases, Vec::new())
    }

    /// [`Voice::start`], with the phrases `rendered` already ([`first_phrase`]).
    pub fn start_with(
        engine: Engine,
        cache: Option<PathBuf>,
        phrases: Vec<String>,
        rendered: Vec<Phrase>,
    ) -> Self {
        let rendered: HashMap<String, Phrase> =
            rendered.into_iter().map(|p| (p.text.clone(), p)).collect();
        let ready = Arc::new(Mutex::new(rendered));
        let problem = Arc::new(Mutex::new(None));
        let (more, todo) = mpsc::channel::<String>();
        let ahead = phrases.len();
        for phrase in phrases {
            let _ = more.send(phrase);
        }
        let (into, problems) = (ready.clone(), problem.clone());
        let started = thread::Builder::new()
            .name("knead-voice".into())
            .spawn(move || {
                let started = Instant::now();
                let mut told = false;
                for text in todo {
                    match phrase(&engine, cache.as_deref(), &text) {
                        Ok(phrase) => {
                            let count = {
                                let mut ready = lock(&into);
                                ready.insert(text, phrase);
                                ready.len()
                            };
                            if count == ahead && !told {
                                told = true;
                                tracing::info!(
                                    phrases = ahead,
                                    ms = started.elapsed().as_millis(),
                                    "voice: every phrase ready"
                                );
                            }
                        }
                        Err(e) => {
                            let words = match &e {
                                EngineError::NotFound(p) => format!("{e}{}", install_hint(p)),
                                EngineError::Failed(why) => t!(
                                    "voice-engine-failed",
                                    program = engine.program(),
                                    why = why.as_str()
                                ),
                            };
                            tracing::warn!("voice: {words}");
                            let missing = matches!(e, EngineError::NotFound(_));
                            *lock(&problems) = Some((t!("voice-problem", words = words), missing));
                            if matches!(e, EngineError::NotFound(_)) {
                                break;
                            }
                        }
                    }
                }
            });
        if let Err(e) = started {
            let words = t!("voice-cannot-start", why = e.to_string());
            *lock(&problem) = Some((t!("voice-problem", words = words), false));
        }
        Self {
            ready,
            problem,
            more: Some(more),
        }
    }

    /// The phrase, if it has been rendered.
    pub fn get(&self, text: &str) -> Option<Phrase> {
        lock(&self.ready).get(text).cloned()
    }

    /// Asks for a phrase that was not known ahead of time.
    pub fn prepare(&self, text: &str) {
        if let Some(more) = &self.more {
            let _ = more.send(text.to_owned());
        }
    }

    /// What went wrong with the engine, once something did.
    pub fn notice(&self) -> Option<String> {
        lock(&self.problem).as_ref().map(|(words, _)| words.clone())
    }

    /// Whether the engine cannot be used at all (not installed): nothing will be said.
    pub fn is_broken(&self) -> bool {
        lock(&self.problem)
            .as_ref()
            .is_some_and(|(_, missing)| *missing)
    }

    /// How many phrases are ready.
    pub fn ready_count(&self) -> usize {
        lock(&self.ready).len()
    }
}

/// The phrase a session begins with, rendered before it can begin so that it is heard even
/// when the cache is empty (a session begun at once, as a script's Enter does, left it out).
/// From the cache when it is there; otherwise the engine gets at most `within`, and
/// `waiting` is called once it has taken [`QUIET_WAIT`], so that a longer wait is said on
/// screen. `None` when it is not ready by then (the voice's thread goes on with it).
pub fn first_phrase(
    engine: &Engine,
    cache: Option<&Path>,
    text: &str,
    within: Duration,
    waiting: impl FnOnce(),
) -> Option<Phrase> {
    let cached = cache.map(|dir| dir.join(engine.cache_name(text)));
    if let Some(path) = &cached
        && let Ok(bytes) = std::fs::read(path)
        && let Ok(sound) = decode(&bytes)
    {
        return Some(Phrase {
            text: text.to_owned(),
            sound,
        });
    }
    let (done, result) = mpsc::channel();
    let (engine, cache, text) = (engine.clone(), cache.map(Path::to_owned), text.to_owned());
    thread::Builder::new()
        .name("knead-voice-first".into())
        .spawn(move || {
            let _ = done.send(phrase(&engine, cache.as_deref(), &text));
        })
        .ok()?;
    if let Ok(rendered) = result.recv_timeout(QUIET_WAIT.min(within)) {
        return rendered.ok();
    }
    waiting();
    result
        .recv_timeout(within.saturating_sub(QUIET_WAIT))
        .ok()?
        .ok()
}

/// How long the first phrase may take before the wait is said: espeak-ng takes about 0.1 s.
const QUIET_WAIT: Duration = Duration::from_millis(300);

/// One phrase: from the cache when it is there, else from the engine (and then cached).
fn phrase(engine: &Engine, cache: Option<&Path>, text: &str) -> Result<Phrase, EngineError> {
    let cached = cache.map(|dir| dir.join(engine.cache_name(text)));
    if let Some(path) = &cached
        && let Ok(bytes) = std::fs::read(path)
        && let Ok(sound) = decode(&bytes)
    {
        return Ok(Phrase {
            text: text.to_owned(),
            sound,
        });
    }
    let bytes = engine.render(text)?;
    let sound = decode(&bytes).map_err(|()| EngineError::Failed(t!("error-engine-not-wav")))?;
    if let Some(path) = &cached {
        store(path, &bytes);
    }
    Ok(Phrase {
        text: text.to_owned(),
        sound,
    })
}

/// Writes a rendered phrase to the cache; a cache that cannot be written only costs time.
fn store(path: &Path, bytes: &[u8]) {
    let Some(dir) = path.parent() else { return };
    let written = std::fs::create_dir_all(dir)
        .and_then(|()| tempfile::NamedTempFile::new_in(dir))
        .and_then(|mut file| {
            std::io::Write::write_all(&mut file, bytes)?;
            file.persist(path).map_err(|e| e.error)?;
            Ok(())
        });
    if let Err(e) = written {
        tracing::info!("voice: phrase not cached: {e}");
    }
}

/// Quieter than this (-60 dB) is silence at a phrase's end.
const SILENT: f32 = 0.001;

/// Kept after a phrase's last sound: its decay, so the last word is not cut.
const TAIL: Duration = Duration::from_millis(40);

/// A WAV, with [`LEAD_IN`] of silence before it and the engine's own silence after it taken
/// off (espeak-ng adds 0.3 s): the queue holds the next tone until a phrase ends, and that
/// silence made a side switch's phrase outlast a 5 s get-ready.
fn decode(bytes: &[u8]) -> Result<SamplesBuffer, ()> {
    let decoder = rodio::Decoder::new(Cursor::new(bytes.to_vec())).map_err(|_| ())?;
    let (channels, rate) = (decoder.channels(), decoder.sample_rate());
    let per_second = u128::from(rate.get()) * u128::from(channels.get());
    let samples_in = |d: Duration| usize::try_from(per_second * d.as_millis() / 1000).unwrap_or(0);
    let lead = samples_in(LEAD_IN);
    let mut samples = vec![0.0; lead];
    samples.extend(decoder);
    let Some(last) = samples.iter().rposition(|s| s.abs() > SILENT) else {
        return Err(());
    };
    let frame = usize::from(channels.get());
    let end = (last + 1 + samples_in(TAIL)).min(samples.len());
    samples.truncate(end.div_ceil(frame) * frame);
    Ok(SamplesBuffer::new(channels, rate, samples))
}

/// Where rendered phrases are kept: `$XDG_CACHE_HOME/knead/voice`.
pub fn cache_dir() -> Option<PathBuf> {
    crate::paths::cache_dir().map(|dir| dir.join("voice"))
}

#[cfg(test)]
mod tests;
