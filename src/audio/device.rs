//! The real sound device: the cues decoded up front, and the route they take out. On Linux
//! that is the sound server (PulseAudio or `PipeWire`) over its socket; elsewhere, and on Linux
//! built with the `alsa` feature when no server answers, rodio's mixer ([`mixer`]).

#[cfg(mixer)]
mod mixer;

use knead_core::t;
use std::collections::{BTreeMap, HashMap};
use std::fs::File;
use std::io::{BufReader, Cursor, Read, Seek};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use rodio::buffer::SamplesBuffer;
use rodio::{Decoder, Source};

use super::{Cue, Speaker};
use crate::voice::Phrase;

/// The built-in sounds, embedded so an installed binary needs no files beside it.
const EMBEDDED: [(Cue, &[u8]); 10] = [
    (Cue::GetReady, include_bytes!("../../sounds/get_ready.wav")),
    (
        Cue::HoldStart,
        include_bytes!("../../sounds/hold_start.wav"),
    ),
    (Cue::Halfway, include_bytes!("../../sounds/halfway.wav")),
    (Cue::HoldTick, include_bytes!("../../sounds/hold_tick.wav")),
    (Cue::Release, include_bytes!("../../sounds/release.wav")),
    (Cue::Next, include_bytes!("../../sounds/next.wav")),
    (
        Cue::SwitchSides,
        include_bytes!("../../sounds/switch_sides.wav"),
    ),
    (Cue::Complete, include_bytes!("../../sounds/complete.wav")),
    (Cue::Remind, include_bytes!("../../sounds/remind.wav")),
    (Cue::Kept, include_bytes!("../../sounds/kept.wav")),
];

/// Where the sounds go.
enum Route {
    /// Straight to the sound server (Linux with PulseAudio or PipeWire): nothing to open or
    /// close around cues.
    #[cfg(target_os = "linux")]
    Server(super::pulse::Pulse),
    /// Through rodio's mixer to the system's output (ALSA, WASAPI, Core Audio).
    #[cfg(mixer)]
    Mixer(mixer::Mixer),
}

/// The output device and the decoded cues.
pub struct Device {
    route: Route,
    sounds: HashMap<Cue, SamplesBuffer>,
    /// Sound files of the person's that could not be used (the built-in sound plays instead).
    pub problems: Vec<String>,
}

impl Device {
    /// Decodes every cue (the person's files where given) and opens the default device.
    pub fn open(custom: &BTreeMap<Cue, PathBuf>) -> Result<Self, DeviceError> {
        let mut sounds = HashMap::new();
        let mut problems = Vec::new();
        for (cue, bytes) in EMBEDDED {
            let own = custom.get(&cue).map(|path| {
                open_sound(path)
                    .and_then(|f| decode(BufReader::new(f)))
                    .map_err(|e| format!("{}: {e}", path.display()))
            });
            let sound = match own {
                Some(Ok(sound)) => sound,
                Some(Err(problem)) => {
                    problems.push(problem);
                    decode(Cursor::new(bytes)).map_err(DeviceError::Builtin)?
                }
                None => decode(Cursor::new(bytes)).map_err(DeviceError::Builtin)?,
            };
            sounds.insert(cue, sound);
        }
        let route = route()?;
        match &route {
            // Every tone in the server's cache before the first one plays.
            #[cfg(target_os = "linux")]
            Route::Server(server) => {
                for sound in sounds.values() {
                    server.preload(sound.clone());
                }
            }
            #[cfg(mixer)]
            Route::Mixer(_) => {}
        }
        Ok(Self {
            route,
            sounds,
            problems,
        })
    }

    /// Whether a cue has a sound (every cue does once opened).
    pub fn has(&self, cue: Cue) -> bool {
        self.sounds.contains_key(&cue)
    }
}

/// The sound server when one answers, else rodio's output. The first opening is here, where
/// knead starts (not on the loop), so that a machine without an output says so at once.
fn route() -> Result<Route, DeviceError> {
    #[cfg(all(target_os = "linux", mixer))]
    let route = match super::pulse::Pulse::connect() {
        Ok(server) => Route::Server(server),
        Err(e) => {
            tracing::info!("sound server not used ({e}); trying ALSA");
            Route::Mixer(mixer::Mixer::open()?)
        }
    };
    #[cfg(all(target_os = "linux", not(mixer)))]
    let route = Route::Server(super::pulse::Pulse::connect().map_err(DeviceError::NoServer)?);
    #[cfg(not(target_os = "linux"))]
    let route = Route::Mixer(mixer::Mixer::open()?);
    Ok(route)
}

impl Speaker for Device {
    fn play(&mut self, cue: Cue, volume: f32, delay: Duration) -> Duration {
        let Some(sound) = self.sounds.get(&cue) else {
            return Duration::ZERO;
        };
        let length = sound.total_duration().unwrap_or_default();
        let sound = sound.clone();
        match &mut self.route {
            #[cfg(target_os = "linux")]
            Route::Server(server) => {
                server.play(sound, volume, delay, super::pulse::Kind::Tone(cue.name()));
            }
            #[cfg(mixer)]
            Route::Mixer(mixer) => mixer.add(sound.amplify(volume).delay(delay)),
        }
        length
    }

    fn say(&mut self, phrase: &Phrase, volume: f32, delay: Duration) -> Duration {
        let sound = phrase.sound.clone();
        match &mut self.route {
            #[cfg(target_os = "linux")]
            Route::Server(server) => {
                let kind = super::pulse::Kind::Phrase(phrase.text.clone());
                server.play(sound, volume, delay, kind);
            }
            #[cfg(mixer)]
            Route::Mixer(mixer) => mixer.say(sound, volume, delay),
        }
        phrase.length()
    }

    #[cfg_attr(
        not(target_os = "linux"),
        allow(unused_variables, reason = "only the server pins")
    )]
    fn speaking(&mut self, on: bool) {
        match &mut self.route {
            #[cfg(target_os = "linux")]
            Route::Server(server) => server.pin(on),
            // rodio mixes in knead's own memory: nothing ahead to shorten.
            #[cfg(mixer)]
            Route::Mixer(_) => {}
        }
    }

    fn hush(&mut self) {
        match &mut self.route {
            #[cfg(target_os = "linux")]
            Route::Server(server) => server.hush(),
            #[cfg(mixer)]
            Route::Mixer(mixer) => mixer.hush(),
        }
    }

    #[cfg_attr(
        not(mixer),
        allow(unused_variables, reason = "only the mixer lowers a phrase")
    )]
    fn duck(&mut self, volume: f32, until: Instant) {
        match &mut self.route {
            // The server cannot lower a phrase without a loss: a volume change rewinds its
            // output, and a sound played from its cache cannot rewind, so a third of a second
            // of the words (and of any tone starting then) was lost. The tone sounds over the
            // phrase at its own volume.
            #[cfg(target_os = "linux")]
            Route::Server(_) => {}
            #[cfg(mixer)]
            Route::Mixer(mixer) => mixer.duck(volume, until),
        }
    }

    fn heard(&mut self) -> Vec<super::Heard> {
        match &self.route {
            #[cfg(target_os = "linux")]
            Route::Server(server) => server.heard(),
            // rodio plays from knead's own memory: nothing tells when the output started it.
            #[cfg(mixer)]
            Route::Mixer(_) => Vec::new(),
        }
    }

    fn keep_open(&mut self, open: bool) {
        match &mut self.route {
            #[cfg(target_os = "linux")]
            Route::Server(server) => server.keep_ready(open),
            #[cfg(mixer)]
            Route::Mixer(mixer) => mixer.keep_open(open),
        }
    }

    fn close(&mut self) {
        match &self.route {
            #[cfg(target_os = "linux")]
            Route::Server(server) => server.close(),
            #[cfg(mixer)]
            Route::Mixer(_) => {}
        }
    }

    fn warm_up(&self) -> Duration {
        match &self.route {
            #[cfg(target_os = "linux")]
            Route::Server(_) => super::pulse::WARM_UP,
            #[cfg(mixer)]
            Route::Mixer(_) => super::WARM_UP,
        }
    }
}

/// Why there is no sound output.
#[derive(Debug, thiserror::Error)]
pub enum DeviceError {
    /// The sound library found no output; its words, for the log.
    #[error("{0}")]
    Output(String),
    /// No sound server answered, and this build has no other way out (Linux without the
    /// `alsa` feature); the server's words, for the log.
    #[error("{}", t!("error-sound-no-server", why = .0.as_str()))]
    #[cfg_attr(mixer, allow(dead_code))]
    NoServer(String),
    /// A built-in sound did not decode (a build that embedded a broken file).
    #[error("{}", t!("error-sound-builtin", why = .0.to_string()))]
    Builtin(SoundError),
}

/// Why one of the person's sound files is not used (the built-in sound plays instead).
#[derive(Debug, thiserror::Error)]
pub enum SoundError {
    /// It could not be opened.
    #[error("{}", crate::words::io_words(.0))]
    Unreadable(std::io::Error),
    /// A device, a pipe or a folder, which would never end or cannot be read.
    #[error("{}", t!("error-sound-not-a-file"))]
    NotAFile,
    /// Too big to be a cue.
    #[error("{}", t!("error-sound-too-large"))]
    TooLarge,
    /// Not a WAV file knead can read.
    #[error("{}", t!("error-sound-not-wav"))]
    NotWav,
}

/// Whether a sound output could exist here, judged without loading any sound library: a
/// sound card, a sound server listening, or an ALSA configuration of the person's (Linux). Probing
/// ALSA when none of these is there loads its plugins (several MiB) only to fail.
pub fn may_exist(env: &dyn Fn(&str) -> Option<std::ffi::OsString>, root: &Path) -> bool {
    let has = |path: &Path| root.join(path.strip_prefix("/").unwrap_or(path)).exists();
    let card = std::fs::read_dir(root.join("dev/snd")).is_ok_and(|entries| {
        entries
            .flatten()
            .any(|e| e.file_name().to_string_lossy().starts_with("pcmC"))
    });
    let runtime = env("XDG_RUNTIME_DIR").map(PathBuf::from);
    let server = env("PULSE_SERVER").is_some()
        || runtime
            .as_ref()
            .is_some_and(|dir| has(&dir.join("pulse/native")) || has(&dir.join("pipewire-0")));
    let non_empty = |path: &Path| {
        std::fs::metadata(root.join(path.strip_prefix("/").unwrap_or(path)))
            .is_ok_and(|m| m.len() > 0)
    };
    let configured = env("ALSA_CONFIG_PATH").is_some_and(|p| non_empty(Path::new(&p)))
        || env("HOME").is_some_and(|home| non_empty(&Path::new(&home).join(".asoundrc")))
        || non_empty(Path::new("/etc/asound.conf"));
    card || server || configured
}

/// Largest sound file knead reads for a cue: a few seconds of sound is a few hundred KiB.
const MAX_SOUND_BYTES: u64 = 16 * 1024 * 1024;

/// Opens a sound file of the person's, refusing what is not a plain file of sensible size
/// (a device such as `/dev/zero` or a pipe would never end).
fn open_sound(path: &Path) -> Result<File, SoundError> {
    let file = File::open(path).map_err(SoundError::Unreadable)?;
    let meta = file.metadata().map_err(SoundError::Unreadable)?;
    if !meta.is_file() {
        return Err(SoundError::NotAFile);
    }
    if meta.len() > MAX_SOUND_BYTES {
        return Err(SoundError::TooLarge);
    }
    Ok(file)
}

fn decode<R: Read + Seek + Send + Sync + 'static>(data: R) -> Result<SamplesBuffer, SoundError> {
    let decoder = Decoder::new(data).map_err(|e| {
        tracing::info!("sound file not decoded: {e}");
        SoundError::NotWav
    })?;
    let (channels, rate) = (decoder.channels(), decoder.sample_rate());
    Ok(SamplesBuffer::new(
        channels,
        rate,
        decoder.collect::<Vec<_>>(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::audio::synth;

    #[test]
    fn a_persons_wav_file_decodes_and_other_files_are_refused() {
        let sound = decode(Cursor::new(synth::wav(Cue::Release))).expect("a WAV decodes");
        assert_eq!(sound.count(), synth::samples(Cue::Release).len());
        let Err(error) = decode(Cursor::new(b"not a sound".to_vec())) else {
            panic!("decoded noise")
        };
        assert!(matches!(error, SoundError::NotWav), "{error}");
        assert_eq!(error.to_string(), "not a readable WAV file");
    }

    #[test]
    fn a_device_is_looked_for_only_where_one_could_be() {
        use std::ffi::OsString;
        let root = tempfile::tempdir().expect("tempdir");
        let at = |p: &str| root.path().join(p);
        let none = |_: &str| None;
        // A bare server: no card, no sound server, no ALSA configuration.
        assert!(!may_exist(&none, root.path()));
        // ALSA pointed at an empty file (as the tests do) still means none.
        std::fs::write(at("empty.conf"), "").expect("write");
        let empty = |n: &str| (n == "ALSA_CONFIG_PATH").then(|| OsString::from("/empty.conf"));
        assert!(!may_exist(&empty, root.path()));
        // Each of these means there may be one.
        let pulse = |n: &str| (n == "PULSE_SERVER").then(|| OsString::from("unix:/x"));
        assert!(may_exist(&pulse, root.path()));
        std::fs::create_dir_all(at("run/user/1/pulse")).expect("mkdir");
        std::fs::write(at("run/user/1/pulse/native"), "").expect("socket stand-in");
        let runtime = |n: &str| (n == "XDG_RUNTIME_DIR").then(|| OsString::from("/run/user/1"));
        assert!(may_exist(&runtime, root.path()));
        std::fs::create_dir_all(at("home/ann")).expect("mkdir");
        std::fs::write(at("home/ann/.asoundrc"), "pcm.!default bluealsa").expect("write");
        let home = |n: &str| (n == "HOME").then(|| OsString::from("/home/ann"));
        assert!(may_exist(&home, root.path()));
        std::fs::create_dir_all(at("dev/snd")).expect("mkdir");
        std::fs::write(at("dev/snd/pcmC0D0p"), "").expect("card stand-in");
        assert!(may_exist(&none, root.path()));
    }

    #[test]
    fn only_plain_files_of_sensible_size_are_read_as_cues() {
        assert_eq!(
            open_sound(Path::new("/dev/zero"))
                .err()
                .map(|e| e.to_string()),
            Some("not a regular file".to_owned())
        );
        assert_eq!(
            open_sound(Path::new("/no/such/cue.wav"))
                .err()
                .map(|e| e.to_string()),
            Some("there is no such file".to_owned()),
            "an OS error is said in words"
        );
        let dir = tempfile::tempdir().expect("tempdir");
        assert!(open_sound(dir.path()).is_err(), "a folder");
        let huge = dir.path().join("huge.wav");
        File::create(&huge)
            .and_then(|f| f.set_len(MAX_SOUND_BYTES + 1))
            .expect("sparse file");
        assert!(open_sound(&huge).is_err_and(|e| e.to_string().contains("16 MiB")));
        let fine = dir.path().join("fine.wav");
        std::fs::write(&fine, EMBEDDED[0].1).expect("write");
        let sound = open_sound(&fine).and_then(|f| decode(BufReader::new(f)));
        assert!(sound.is_ok());
    }
}
