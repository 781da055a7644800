//! Sound straight to the sound server, in PulseAudio's own protocol (`PipeWire` speaks it too):
//! one connection for the session; each tone uploaded once to the server's sample cache and
//! played from there by name when due, so nothing in knead wakes between cues. The ALSA
//! route had to open its output ahead of each cue (about 320 context switches) and feed the
//! server silence while it was open (about 150 a second). A phrase is a stream of its own,
//! written whole ([`Voicing`]), so that it can be stopped when it goes stale; while the voice
//! is on, a silent stream keeps the server mixing no more than 5 ms ahead ([`Anchor`]), so
//! that a tone is heard at its moment over a phrase.

//! The loop thread only queues a sound. A thread of its own owns the connection and writes to
//! it; a second one blocks reading the server's messages and passes them on. A server that
//! hangs stalls those two threads, never the session.

use std::collections::HashMap;
use std::ffi::CString;
use std::io::{BufRead, BufReader, Cursor, Read};
use std::num::NonZero;
use std::os::unix::net::UnixStream;
use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use pulseaudio::protocol::{
    self, AuthParams, AuthReply, ChannelMap, ChannelVolume, Command, CreatePlaybackStreamReply,
    CreateUploadStreamReply, PlaySampleParams, PlaybackStreamParams, Prop, Props, SampleFormat,
    SampleSpec, SetClientNameReply, TagStructReader, UploadStreamParams, Volume,
    stream::{self, BufferAttr},
};
use rodio::Source;
use rodio::buffer::SamplesBuffer;

use super::Heard;
use crate::voice::LEAD_IN;

/// How long the server may take to answer while connecting, before knead uses ALSA instead.
const ANSWER_WITHIN: Duration = Duration::from_secs(1);

/// How long a write to the server may block before the connection counts as lost (the
/// server hung): the sound is dropped, the session goes on, the next sound connects again.
const WRITE_WITHIN: Duration = Duration::from_secs(2);

/// How long the server's cookie is.
const COOKIE_LENGTH: usize = 256;

/// The largest piece written in one message.
const PIECE: usize = 64 * 1024;

/// The largest message read from the server; its messages to a player are a few bytes.
const LARGEST_MESSAGE: u32 = 1024 * 1024;

/// How far ahead the server mixes while the anchor is open (see [`Anchor`]).
const MIX_AHEAD: Duration = Duration::from_millis(5);

/// How much silence the anchor asks for at a time, which it is never given: each ask wakes
/// knead's sound threads. The server mixes ahead (target - 2 x ask) / 2, so the target
/// length is set from both.
const ASK_EVERY: Duration = Duration::from_mins(1);

/// How long a silent stream sounds to wake the server's output ahead of a cue: a sink that
/// went idle takes tens of milliseconds to start again, which the cue would otherwise pay.
const WAKE_FOR: Duration = Duration::from_millis(100);

/// How early before a deadline the server's output is woken: under a second, so the
/// seconds with no cue near stay quiet, and far more than the tens of milliseconds an idle
/// output takes to start.
pub const WARM_UP: Duration = Duration::from_millis(500);

/// Longest the end of a session waits for knead's sounds to be taken out of the cache.
const CLOSE_WITHIN: Duration = Duration::from_millis(200);

/// A connection to the sound server, fed from any thread without waiting.
pub struct Pulse {
    jobs: Sender<Job>,
    /// Whether the output was last asked to be ready (see [`Pulse::keep_ready`]).
    ready: bool,
    /// Whether the anchor is held open (see [`Pulse::pin`]).
    pinned: bool,
    /// When the server started each sound, as it said (for the timing log).
    heard: Arc<Mutex<Vec<Heard>>>,
}

/// What a play is: a tone, or a phrase (which can be lowered or stopped while it sounds).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    /// A cue, by name.
    Tone(&'static str),
    /// A phrase, by its words.
    Phrase(String),
    /// The silence that wakes the server's output: not reported.
    Silence,
}

/// What the writing thread is asked to do, or told by the reading one.
enum Job {
    /// Play `sound` at `volume`, starting at `at`.
    Play {
        sound: SamplesBuffer,
        volume: f32,
        at: Instant,
        kind: Kind,
    },
    /// Stop the phrase sounding, or about to (it has gone stale).
    Hush,
    /// Put `sound` in the server's cache now: a tone's first play would otherwise wait for
    /// it to be uploaded (the first hold's tone was heard about 20 ms later than the rest).
    Preload(SamplesBuffer),
    /// Wake the server's output ahead of a cue.
    Wake,
    /// Hold the anchor open (`true`: the voice is on) or let it go.
    Anchor(bool),
    /// A message from the server, on connection number `link`.
    Heard { link: u64, message: Vec<u8> },
    /// Connection number `link` is gone.
    Lost { link: u64 },
    /// The session is over: take knead's sounds out of the server's cache, then say so.
    Stop(Option<mpsc::Sender<()>>),
}

impl Pulse {
    /// Connects to the sound server the environment names, if there is one and it answers.
    pub fn connect() -> Result<Self, String> {
        let (jobs, queue) = mpsc::channel();
        let link = Link::open(1, &jobs)?;
        let heard = Arc::new(Mutex::new(Vec::new()));
        let writer = Writer {
            jobs: jobs.clone(),
            link: Some(link),
            links: 1,
            seq: 2,
            waiting: HashMap::new(),
            cached: HashMap::new(),
            due: Vec::new(),
            voices: Vec::new(),
            saying: Vec::new(),
            anchor: None,
            pinned: false,
            heard: Arc::clone(&heard),
        };
        std::thread::Builder::new()
            .name("knead-sound".into())
            .spawn(move || writer.run(&queue))
            .map_err(|e| e.to_string())?;
        Ok(Self {
            jobs,
            ready: false,
            pinned: false,
            heard,
        })
    }

    /// Plays `sound` at `volume` (0.0-1.0) after `delay`. Returns at once.
    pub fn play(&self, sound: SamplesBuffer, volume: f32, delay: Duration, kind: Kind) {
        let at = Instant::now() + delay;
        // The writer only ends with the process.
        let _ = self.jobs.send(Job::Play {
            sound,
            volume,
            at,
            kind,
        });
    }

    /// Puts `sound` in the server's cache ahead of its first play.
    pub fn preload(&self, sound: SamplesBuffer) {
        let _ = self.jobs.send(Job::Preload(sound));
    }

    /// Stops the phrase sounding (or about to): what it says has gone stale.
    pub fn hush(&self) {
        let _ = self.jobs.send(Job::Hush);
    }

    /// The sounds the server has started since the last call.
    /// A phrase's words still to come are kept until they are heard: stopped first, they
    /// never are.
    pub fn heard(&self) -> Vec<Heard> {
        let now = Instant::now();
        let mut heard = crate::threads::lock(&self.heard);
        let (past, to_come) = heard.drain(..).partition(|h| h.started <= now);
        *heard = to_come;
        past
    }

    /// At the end of the session: takes knead's sounds out of the server's cache, waiting
    /// at most [`CLOSE_WITHIN`] for that to be sent. The server keeps its cache until it
    /// restarts, so sounds left there would add up over a day of sessions.
    pub fn close(&self) {
        let (done, heard) = mpsc::channel();
        if self.jobs.send(Job::Stop(Some(done))).is_ok() {
            // A little beyond the writer's own limit, so that it is the one to give up.
            let _ = heard.recv_timeout(CLOSE_WITHIN + Duration::from_millis(50));
        }
    }

    /// Holds the anchor open (`true`) for as long as the voice is on, or lets it go. Opened
    /// only around sounds, it shortened the server's mixing only once what it had mixed
    /// already was heard: a phrase after a tone was still heard 420-880 ms late, and ticks
    /// were lost. Costs the server (not knead) its short mixing while the voice is on; a
    /// session of tones alone never overlaps a phrase and does without.
    pub fn pin(&mut self, pinned: bool) {
        if pinned != self.pinned {
            let _ = self.jobs.send(Job::Anchor(pinned));
        }
        self.pinned = pinned;
    }

    /// Called with `true` ahead of cues and `false` once they have sounded: the first call
    /// with `true` after a quiet spell wakes the server's output, so the cue does not pay
    /// for it. Nothing stays open in between.
    pub fn keep_ready(&mut self, ready: bool) {
        // With the anchor open the output is awake, and the silence (from the cache, so it
        // cannot be rewound) only made the server mix ahead again: a phrase begun at once
        // after it was heard 330 ms late.
        if ready && !self.ready && !self.pinned {
            let _ = self.jobs.send(Job::Wake);
        }
        self.ready = ready;
    }
}

impl Drop for Pulse {
    fn drop(&mut self) {
        let _ = self.jobs.send(Job::Stop(None));
    }
}

/// Where the sound server listens: `PULSE_SERVER` (a `unix:` path or a bare path), else the
/// `pulse/native` socket in the runtime folder (`PipeWire` serves it there too).
fn socket_path(env: &dyn Fn(&str) -> Option<std::ffi::OsString>) -> Option<PathBuf> {
    if let Some(server) = env("PULSE_SERVER") {
        let server = server.to_string_lossy().into_owned();
        // Only a local socket: a server over the network is left to ALSA's plugin.
        let path = server.strip_prefix("unix:").unwrap_or(&server);
        return path.starts_with('/').then(|| PathBuf::from(path));
    }
    ["PULSE_RUNTIME_PATH", "XDG_RUNTIME_DIR"]
        .into_iter()
        .filter_map(env)
        .map(|dir| PathBuf::from(dir).join("pulse/native"))
        .find(|path| path.exists())
}

/// The cookie that proves knead runs as the server's user: always 256 bytes, as the server
/// reads it, zeros where there is none (a server that lets anyone in accepts those).
fn cookie(env: &dyn Fn(&str) -> Option<std::ffi::OsString>) -> Vec<u8> {
    let home = env("HOME").map(PathBuf::from);
    let paths = env("PULSE_COOKIE").map(PathBuf::from).into_iter().chain(
        home.iter()
            .flat_map(|h| [h.join(".config/pulse/cookie"), h.join(".pulse-cookie")]),
    );
    let mut cookie = paths
        .filter_map(|path| std::fs::read(path).ok())
        .find(|bytes| !bytes.is_empty())
        .unwrap_or_default();
    cookie.resize(COOKIE_LENGTH, 0);
    cookie
}

/// One connection: the socket written to and the protocol version agreed on.
struct Link {
    number: u64,
    socket: UnixStream,
    version: u16,
}

impl Link {
    /// Connects, introduces knead and starts the thread that reads what the server says.
    fn open(number: u64, jobs: &Sender<Job>) -> Result<Self, String> {
        let env = |name: &str| std::env::var_os(name);
        let path = socket_path(&env).ok_or("no PulseAudio or PipeWire socket")?;
        let socket = UnixStream::connect(&path)
            .map_err(|e| format!("{}: {}", path.display(), crate::words::io_words(&e)))?;
        let words = |e: std::io::Error| crate::words::io_words(&e);
        socket
            .set_read_timeout(Some(ANSWER_WITHIN))
            .and_then(|()| socket.set_write_timeout(Some(WRITE_WITHIN)))
            .map_err(words)?;
        let mut reader = BufReader::new(socket.try_clone().map_err(words)?);
        let mut writer = socket.try_clone().map_err(words)?;
        let said = |e: protocol::ProtocolError| format!("the sound server: {e}");

        let auth = AuthParams {
            version: protocol::MAX_VERSION,
            supports_shm: false,
            supports_memfd: false,
            cookie: cookie(&env),
        };
        let hello = Command::Auth(auth);
        protocol::write_command_message(&mut writer, 0, &hello, protocol::MAX_VERSION)
            .map_err(said)?;
        let (_, reply) =
            protocol::read_reply_message::<AuthReply>(&mut reader, protocol::MAX_VERSION)
                .map_err(said)?;
        let version = reply.version.min(protocol::MAX_VERSION);
        if version < protocol::MIN_VERSION {
            return Err(format!(
                "the sound server speaks protocol {version}, too old"
            ));
        }
        let mut props = Props::new();
        props.set(Prop::ApplicationName, c"knead");
        props.set(Prop::ApplicationId, c"knead");
        protocol::write_command_message(&mut writer, 1, &Command::SetClientName(props), version)
            .map_err(said)?;
        protocol::read_reply_message::<SetClientNameReply>(&mut reader, version).map_err(said)?;

        // From now on the reading thread waits as long as the server is quiet.
        socket.set_read_timeout(None).map_err(words)?;
        let jobs = jobs.clone();
        std::thread::Builder::new()
            .name("knead-sound-in".into())
            .spawn(move || listen(number, reader, &jobs))
            .map_err(|e| e.to_string())?;
        Ok(Self {
            number,
            socket,
            version,
        })
    }
}

/// Passes on every message the server sends until the connection ends.
fn listen(link: u64, mut reader: BufReader<UnixStream>, jobs: &Sender<Job>) {
    loop {
        let message = protocol::read_descriptor(&mut reader)
            .map_err(|e| e.to_string())
            .and_then(|head| {
                if head.length > LARGEST_MESSAGE {
                    return Err(format!("a message of {} bytes", head.length));
                }
                let mut body = vec![0; head.length as usize];
                reader.read_exact(&mut body).map_err(|e| e.to_string())?;
                // Only commands: sound data comes to recorders, and knead records nothing.
                Ok((head.channel == u32::MAX).then_some(body))
            });
        match message {
            Ok(Some(message)) => {
                if jobs.send(Job::Heard { link, message }).is_err() {
                    return;
                }
            }
            Ok(None) => {}
            Err(e) => {
                tracing::info!("sound server connection ended: {e}");
                let _ = jobs.send(Job::Lost { link });
                return;
            }
        }
    }
}

/// What an answer the writer waits for is about.
enum Waiting {
    /// The server has made room for this sound: the bytes go next.
    Upload(u64, Vec<u8>),
    /// A sound taken out of the cache at the end.
    Removal,
    /// A play: the server's answer says it started.
    Play { what: Kind, due: Instant },
    /// A phrase's stream made: its channel, and the sound to write to it.
    Phrase {
        text: String,
        due: Instant,
        words: Duration,
        bytes: Vec<u8>,
    },
    /// The anchor made: its channel.
    Anchor,
    /// An answer not worth a warning when it is an error (a phrase stopped just as it ended
    /// by itself).
    Quiet,
}

/// A phrase to say.
struct PhraseDue {
    /// When its words are to be heard (it starts at once, behind silence until then).
    due: Instant,
    /// How far into its sound its words begin: the silence before them.
    words: Duration,
    sound: SamplesBuffer,
    volume: f32,
    text: String,
}

/// The phrase on the server, or on its way there: a playback stream of its own, not a sound
/// from the server's cache. A sound played from the cache cannot be rewound, so while one
/// sounds the server cannot take back what it has mixed ahead: a tone started over a phrase
/// played that way was heard 330 ms late with its first notes lost, and a 50 ms tick not at
/// all. A stream can be rewound, and a tone is mixed in at once. The whole phrase is written
/// at once and the stream starts when it is all there, so it costs no wake-ups while it plays.
///
/// Several can be on their way at once (a phrase waits behind another in its own leading
/// silence), so each is known by the request that made its stream: kept as one, a phrase
/// stopped while its stream was being made was played after all once the next one came.
struct Voicing {
    /// The sequence number of the request that makes its stream.
    request: u32,
    /// Its stream's channel, once the server has made it.
    channel: Option<u32>,
    /// Stopped before the server made it: stop it as soon as it does.
    hushed: bool,
}

/// A play waiting for its moment, or for its sound to be on the server.
struct Due {
    at: Instant,
    sound: u64,
    volume: u32,
    kind: Kind,
}

/// Owns the connection: puts each sound in the server's sample cache once and has the
/// server play it from there, so a cue is one short message and no stream is fed.
struct Writer {
    jobs: Sender<Job>,
    link: Option<Link>,
    links: u64,
    seq: u32,
    waiting: HashMap<u32, Waiting>,
    /// Sounds on the server (`true`) or on their way (`false`), by content.
    cached: HashMap<u64, bool>,
    /// Plays not sent yet, soonest first.
    due: Vec<Due>,
    /// The phrases sounding or on their way, while they may still sound.
    voices: Vec<Voicing>,
    /// The phrases whose start the server has yet to tell: each one's channel, name, when
    /// its words were due and how far into its sound they begin.
    saying: Vec<(u32, String, Instant, Duration)>,
    /// When the server started each sound, for [`Pulse::heard`].
    heard: Arc<Mutex<Vec<Heard>>>,
    /// The silent stream held open while the voice is on.
    anchor: Option<Anchor>,
    /// Whether it is to be open (on a new connection too).
    pinned: bool,
}

/// A stream that plays nothing and asks the server to mix no more than [`MIX_AHEAD`] ahead,
/// held open while the voice is on. Without it the server mixes up to seconds ahead, and a
/// sound from its cache cannot be taken back out of what is mixed: a tone started over a
/// phrase was heard 330 ms late with its first notes lost, a 50 ms tick not at all, and
/// "Hold." after the hold's tone 860 ms late. It asks for silence only every [`ASK_EVERY`]:
/// asking in the server's default small pieces, it woke knead's sound threads about 400
/// times a second (fed silence instead, the server held phrases 2 s or asked 600 times a
/// second).
enum Anchor {
    /// Asked for; let go as soon as it is made.
    Opening { close: bool },
    /// Made: its channel.
    Open(u32),
}

impl Writer {
    fn run(mut self, queue: &Receiver<Job>) {
        loop {
            let job = match self.next_play() {
                Some(at) => {
                    match queue.recv_timeout(at.saturating_duration_since(Instant::now())) {
                        Ok(job) => Some(job),
                        Err(RecvTimeoutError::Timeout) => None,
                        Err(RecvTimeoutError::Disconnected) => return,
                    }
                }
                None => match queue.recv() {
                    Ok(job) => Some(job),
                    Err(_) => return,
                },
            };
            let done = match job {
                Some(Job::Play {
                    sound,
                    volume,
                    at,
                    kind,
                }) => self.play(&sound, volume, at, kind),
                Some(Job::Hush) => self.hush(),
                Some(Job::Preload(sound)) => self.cache(&sound).map(|_| ()),
                Some(Job::Wake) => self.play(&silence(), 1.0, Instant::now(), Kind::Silence),
                Some(Job::Anchor(pinned)) => {
                    self.pinned = pinned;
                    if pinned {
                        self.open_anchor()
                    } else {
                        self.close_anchor()
                    }
                }
                Some(Job::Heard { link, message }) if self.is_current(link) => self.heard(&message),
                Some(Job::Lost { link }) if self.is_current(link) => {
                    Err("the server left".to_owned())
                }
                Some(Job::Stop(done)) => {
                    self.forget(queue);
                    if let Some(done) = done {
                        let _ = done.send(());
                    }
                    return;
                }
                Some(Job::Heard { .. } | Job::Lost { .. }) | None => Ok(()),
            };
            let played = done.and_then(|()| self.send_due());
            if let Err(e) = played {
                tracing::warn!("sound: {e}; connecting again for the next sound");
                self.drop_link();
            }
        }
    }

    fn is_current(&self, link: u64) -> bool {
        self.link.as_ref().is_some_and(|l| l.number == link)
    }

    fn drop_link(&mut self) {
        if let Some(link) = self.link.take() {
            let _ = link.socket.shutdown(std::net::Shutdown::Both);
        }
        self.waiting.clear();
        self.cached.clear();
        self.due.clear();
        self.voices.clear();
        self.saying.clear();
        self.anchor = None;
    }

    /// Stops every phrase sounding or waiting to; one whose stream is still being made is
    /// stopped as soon as it is.
    fn hush(&mut self) -> Result<(), String> {
        let mut ended = Vec::new();
        self.voices.retain_mut(|voice| {
            voice.hushed = true;
            ended.extend(voice.channel);
            voice.channel.is_none()
        });
        self.saying.retain(|s| !ended.contains(&s.0));
        // A phrase stopped before its words began was not heard: its time, told ahead, goes.
        let now = Instant::now();
        crate::threads::lock(&self.heard).retain(|h| h.started <= now);
        ended
            .into_iter()
            .try_for_each(|channel| self.end_phrase(channel))
    }

    /// Opens the anchor, unless it is open or on its way.
    fn open_anchor(&mut self) -> Result<(), String> {
        const RATE: u32 = 8_000;
        match &mut self.anchor {
            Some(Anchor::Opening { close }) => {
                *close = false;
                return Ok(());
            }
            Some(Anchor::Open(_)) => return Ok(()),
            None => {}
        }
        if self.link.is_none() {
            self.links += 1;
            self.link = Some(Link::open(self.links, &self.jobs)?);
        }
        let bytes_per_ms = RATE * 2 / 1000;
        let ahead = bytes_per_ms * u32::try_from(MIX_AHEAD.as_millis()).unwrap_or(5);
        let asks_every = bytes_per_ms * u32::try_from(ASK_EVERY.as_millis()).unwrap_or(60_000);
        let params = PlaybackStreamParams {
            sample_spec: SampleSpec {
                format: SampleFormat::S16Le,
                channels: 1,
                sample_rate: RATE,
            },
            channel_map: ChannelMap::mono(),
            buffer_attr: BufferAttr {
                target_length: 2 * asks_every + 2 * ahead,
                minimum_request_length: asks_every,
                // Playing (on nothing) from the start: waiting to fill, it took longer to
                // shorten the mixing (a phrase begun at once was heard 1.7 s late, not 0.3 s).
                pre_buffering: 0,
                ..BufferAttr::default()
            },
            flags: stream::StreamFlags {
                adjust_latency: true,
                ..stream::StreamFlags::default()
            },
            sync_id: self.seq,
            props: {
                let mut props = Props::new();
                props.set(Prop::MediaName, c"knead timing");
                props
            },
            ..PlaybackStreamParams::default()
        };
        self.anchor = Some(Anchor::Opening { close: false });
        self.send(
            &Command::CreatePlaybackStream(params),
            Some(Waiting::Anchor),
        )
    }

    /// Lets the anchor go.
    fn close_anchor(&mut self) -> Result<(), String> {
        match self.anchor.take() {
            Some(Anchor::Open(channel)) => self.end_phrase(channel),
            Some(Anchor::Opening { .. }) => {
                self.anchor = Some(Anchor::Opening { close: true });
                Ok(())
            }
            None => Ok(()),
        }
    }

    /// Ends a phrase's stream (stopping it if it still sounds).
    fn end_phrase(&mut self, channel: u32) -> Result<(), String> {
        self.send(
            &Command::DeletePlaybackStream(channel),
            Some(Waiting::Quiet),
        )
    }

    /// When the writer must act next: the soonest play whose sound is on the server.
    fn next_play(&self) -> Option<Instant> {
        self.due
            .iter()
            .filter(|due| self.cached.get(&due.sound) == Some(&true))
            .map(|due| due.at)
            .min()
    }

    /// Says a phrase now: a stream of its own (see [`Voicing`]), made first; the sound is
    /// written once the server answers.
    fn say(&mut self, phrase: PhraseDue) -> Result<(), String> {
        let channels = u8::try_from(phrase.sound.channels().get()).unwrap_or(u8::MAX);
        let bytes = encode(&phrase.sound);
        let length = u32::try_from(bytes.len()).map_err(|_| "a phrase too long to say")?;
        let frame = 4 * u32::from(channels);
        let per_ms = phrase.sound.sample_rate().get() * frame / 1000;
        let ahead = per_ms * u32::try_from(MIX_AHEAD.as_millis()).unwrap_or(5) / frame * frame;
        let target = length
            .checked_mul(2)
            .and_then(|two| two.checked_add(ahead))
            .ok_or("a phrase too long to say")?;
        let mut volume = ChannelVolume::empty();
        for _ in 0..channels {
            volume.push(Volume::from_linear(phrase.volume));
        }
        let params = PlaybackStreamParams {
            sample_spec: SampleSpec {
                format: SampleFormat::Float32Le,
                channels,
                sample_rate: phrase.sound.sample_rate().get(),
            },
            channel_map: map_for(channels),
            // Room for the whole phrase, which starts once it is all there. The server asks
            // for more once what it has is a request short of the target: with the phrase
            // as the request, not while it plays (asked every 20 ms, knead's sound threads
            // woke 100 times a second of speech). It mixes (target - 2 x request) ahead: the
            // anchor's short mixing from the start, though the anchor is still being made
            // (asking the phrase's length, a first phrase was heard 2 s late).
            buffer_attr: BufferAttr {
                max_length: target,
                target_length: target,
                pre_buffering: length,
                minimum_request_length: length,
                ..BufferAttr::default()
            },
            cvolume: Some(volume),
            // Streams of one sync group start and stop together: each its own.
            sync_id: self.seq,
            props: {
                let mut props = Props::new();
                props.set(Prop::MediaName, c"knead phrase");
                props
            },
            ..PlaybackStreamParams::default()
        };
        self.voices.push(Voicing {
            request: self.seq,
            channel: None,
            hushed: false,
        });
        self.send(
            &Command::CreatePlaybackStream(params),
            Some(Waiting::Phrase {
                text: phrase.text,
                due: phrase.due,
                words: phrase.words,
                bytes,
            }),
        )
    }

    /// Plays `sound` at `volume` (linear, 0.0-1.0) `at` an instant, putting it in the
    /// server's cache first if it is not there.
    fn play(
        &mut self,
        sound: &SamplesBuffer,
        volume: f32,
        at: Instant,
        kind: Kind,
    ) -> Result<(), String> {
        if let Kind::Phrase(text) = kind {
            // Started now, behind silence for as long as it is to wait: a stream made later,
            // while a tone from the cache sounds, waited for what the server had mixed ahead.
            let now = Instant::now();
            let silence = at.saturating_duration_since(now);
            return self.say(PhraseDue {
                // Its own sound begins with the lead-in before the words.
                due: at + LEAD_IN,
                words: silence + LEAD_IN,
                sound: after_silence(sound, silence),
                volume,
                text,
            });
        }
        let key = self.cache(sound)?;
        self.due.push(Due {
            at,
            sound: key,
            volume: Volume::from_linear(volume).as_u32(),
            kind,
        });
        Ok(())
    }

    /// Puts `sound` in the server's cache unless it is there (connecting first if need
    /// be); returns its key.
    fn cache(&mut self, sound: &SamplesBuffer) -> Result<u64, String> {
        if self.link.is_none() {
            self.links += 1;
            self.link = Some(Link::open(self.links, &self.jobs)?);
            if self.pinned {
                self.open_anchor()?;
            }
        }
        let key = content(sound);
        if !self.cached.contains_key(&key) {
            self.upload(key, sound)?;
        }
        Ok(key)
    }

    /// Asks the server for room for `sound` in its cache; the bytes follow its answer.
    fn upload(&mut self, key: u64, sound: &SamplesBuffer) -> Result<(), String> {
        let channels = u8::try_from(sound.channels().get()).unwrap_or(u8::MAX);
        let channel_map = map_for(channels);
        let bytes = encode(sound);
        let params = UploadStreamParams {
            media_name: Some(name(key)),
            sample_spec: SampleSpec {
                format: SampleFormat::Float32Le,
                channels,
                sample_rate: sound.sample_rate().get(),
            },
            channel_map,
            length: u32::try_from(bytes.len()).map_err(|_| "a sound too long to play")?,
            props: Props::new(),
        };
        self.cached.insert(key, false);
        self.send(
            &Command::CreateUploadStream(params),
            Some(Waiting::Upload(key, bytes)),
        )
    }

    /// Sends each play that is due and whose sound is on the server. One held up for
    /// longer than [`super::STALE`] (a server slow to take the sound) is left out.
    fn send_due(&mut self) -> Result<(), String> {
        let now = Instant::now();
        let mut later = Vec::new();
        for due in std::mem::take(&mut self.due) {
            match self.cached.get(&due.sound) {
                Some(true) if due.at <= now => {
                    if now.duration_since(due.at) > super::STALE {
                        tracing::info!("sound: left out, the server took too long");
                        continue;
                    }
                    let params = PlaySampleParams {
                        sink_index: None,
                        sink_name: None,
                        volume: due.volume,
                        name: name(due.sound),
                        props: Props::new(),
                    };
                    let waiting = Waiting::Play {
                        what: due.kind,
                        due: due.at,
                    };
                    self.send(&Command::PlaySample(params), Some(waiting))?;
                }
                Some(_) => later.push(due),
                // Its upload failed: nothing to play.
                None => {}
            }
        }
        self.due = later;
        Ok(())
    }

    /// Sends `command`, remembering what its answer is about.
    fn send(&mut self, command: &Command, about: Option<Waiting>) -> Result<(), String> {
        let link = self.link.as_mut().ok_or("not connected")?;
        let seq = self.seq;
        self.seq = self.seq.wrapping_add(1).max(2);
        protocol::write_command_message(&mut link.socket, seq, command, link.version)
            .map_err(|e| format!("writing to the sound server: {e}"))?;
        if let Some(about) = about {
            self.waiting.insert(seq, about);
        }
        Ok(())
    }

    /// Writes a phrase into the stream the server has made for it (channel `channel`), or
    /// ends the stream if the phrase was stopped meanwhile.
    fn write_phrase(
        &mut self,
        (request, channel): (u32, u32),
        text: &str,
        (due, words): (Instant, Duration),
        bytes: &[u8],
    ) -> Result<(), String> {
        let Some(at) = self.voices.iter().position(|v| v.request == request) else {
            return self.end_phrase(channel);
        };
        if self.voices[at].hushed {
            self.voices.remove(at);
            return self.end_phrase(channel);
        }
        self.voices[at].channel = Some(channel);
        let link = self.link.as_mut().ok_or("not connected")?;
        for piece in bytes.chunks(PIECE) {
            protocol::write_memblock(&mut link.socket, channel, piece, 0)
                .map_err(|e| format!("writing a phrase: {e}"))?;
        }
        // The server says when it has started it (all of it is there).
        self.saying
            .push((channel, format!("phrase:{text}"), due, words));
        Ok(())
    }

    /// Acts on one message from the server.
    fn heard(&mut self, message: &[u8]) -> Result<(), String> {
        let version = self
            .link
            .as_ref()
            .map_or(protocol::MAX_VERSION, |l| l.version);
        let mut cursor = Cursor::new(message);
        let (seq, command) = Command::read_tag_prefixed(&mut cursor, version)
            .map_err(|e| format!("a message from the sound server: {e}"))?;
        tracing::trace!("server: {command:?}");
        match (command, self.waiting.remove(&seq)) {
            (Command::Reply, Some(Waiting::Upload(key, bytes))) => {
                let reply: CreateUploadStreamReply =
                    TagStructReader::new(&mut cursor as &mut dyn BufRead, version)
                        .read()
                        .map_err(|e| format!("the sound server's room for a sound: {e}"))?;
                let link = self.link.as_mut().ok_or("not connected")?;
                for piece in bytes.chunks(PIECE) {
                    protocol::write_memblock(&mut link.socket, reply.channel, piece, 0)
                        .map_err(|e| format!("writing a sound: {e}"))?;
                }
                self.send(&Command::FinishUploadStream(reply.channel), None)?;
                // The server takes messages in order: a play sent now comes after the sound.
                self.cached.insert(key, true);
                Ok(())
            }
            (Command::Reply, Some(Waiting::Anchor)) => {
                let reply: CreatePlaybackStreamReply =
                    TagStructReader::new(&mut cursor as &mut dyn BufRead, version)
                        .read()
                        .map_err(|e| format!("the sound server's stream: {e}"))?;
                if matches!(self.anchor, Some(Anchor::Opening { close: false })) {
                    self.anchor = Some(Anchor::Open(reply.channel));
                    Ok(())
                } else {
                    self.anchor = None;
                    self.end_phrase(reply.channel)
                }
            }
            (Command::Error(error), Some(Waiting::Anchor)) => {
                tracing::info!("sound: no stream to keep the server's mixing short: {error:?}");
                self.anchor = None;
                Ok(())
            }
            (Command::Reply, Some(Waiting::Play { what, due })) => {
                let what = match what {
                    Kind::Tone(name) => format!("cue:{name}"),
                    Kind::Phrase(text) => format!("phrase:{text}"),
                    Kind::Silence => return Ok(()),
                };
                let started = Instant::now();
                crate::threads::lock(&self.heard).push(Heard { what, due, started });
                Ok(())
            }
            (
                Command::Reply,
                Some(Waiting::Phrase {
                    text,
                    due,
                    words,
                    bytes,
                }),
            ) => {
                let reply: CreatePlaybackStreamReply =
                    TagStructReader::new(&mut cursor as &mut dyn BufRead, version)
                        .read()
                        .map_err(|e| format!("the sound server's stream: {e}"))?;
                self.write_phrase((seq, reply.channel), &text, (due, words), &bytes)
            }
            (Command::Started(channel), _) => {
                if let Some(at) = self.saying.iter().position(|s| s.0 == channel) {
                    let (_, what, due, words) = self.saying.remove(at);
                    let started = Instant::now() + words;
                    crate::threads::lock(&self.heard).push(Heard { what, due, started });
                }
                Ok(())
            }
            // The phrase has played to its end.
            (Command::Underflow(underflow), _) => {
                let before = self.voices.len();
                self.voices.retain(|v| v.channel != Some(underflow.channel));
                if self.voices.len() == before {
                    return Ok(());
                }
                self.end_phrase(underflow.channel)
            }
            (Command::Error(error), Some(Waiting::Phrase { text, .. })) => {
                tracing::warn!("the sound server did not take a phrase ({text}): {error:?}");
                self.voices.retain(|v| v.request != seq);
                Ok(())
            }
            (Command::Error(error), Some(Waiting::Upload(key, _))) => {
                tracing::warn!("the sound server did not take a sound: {error:?}");
                self.cached.remove(&key);
                Ok(())
            }
            (Command::Error(error), None) => {
                tracing::warn!("the sound server refused: {error:?}");
                Ok(())
            }
            // Answers to plays and to what is `Quiet` (errors included: a phrase stopped just
            // as it ended), and news knead has no use for.
            _ => Ok(()),
        }
    }

    /// Takes the sounds this session put in the server's cache out again, and waits (at
    /// most [`CLOSE_WITHIN`]) for the server to answer: it drops what a client that has
    /// gone still had in flight, and most of the removals with it.
    fn forget(&mut self, queue: &Receiver<Job>) {
        let deadline = Instant::now() + CLOSE_WITHIN;
        let sounds: Vec<u64> = self.cached.keys().copied().collect();
        for key in sounds {
            if self
                .send(&Command::RemoveSample(name(key)), Some(Waiting::Removal))
                .is_err()
            {
                return;
            }
        }
        while self.waiting.values().any(|w| matches!(w, Waiting::Removal)) {
            let left = deadline.saturating_duration_since(Instant::now());
            match queue.recv_timeout(left) {
                Ok(Job::Heard { link, message }) if self.is_current(link) => {
                    if self.heard(&message).is_err() {
                        return;
                    }
                }
                Ok(Job::Lost { link }) if self.is_current(link) => return,
                Err(_) => return,
                Ok(_) => {}
            }
        }
    }
}

/// What a sound is called in the server's cache: by its content, so another knead, or this
/// one again, reuses the name instead of adding to the cache.
fn name(key: u64) -> CString {
    CString::new(format!("knead-{key:016x}")).unwrap_or_default()
}

/// A hash of a sound's samples, rate and channels.
fn content(sound: &SamplesBuffer) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    sound.channels().hash(&mut hasher);
    sound.sample_rate().hash(&mut hasher);
    for sample in sound.clone() {
        sample.to_bits().hash(&mut hasher);
    }
    hasher.finish()
}

/// The channel map of a sound with `channels` channels.
fn map_for(channels: u8) -> ChannelMap {
    match channels {
        1 => ChannelMap::mono(),
        2 => ChannelMap::stereo(),
        // Three channels or more: the server's own map for that many.
        _ => ChannelMap::default(),
    }
}

/// A short silence, played to wake the server's output.
fn silence() -> SamplesBuffer {
    const RATE: NonZero<u32> = match NonZero::new(8_000) {
        Some(rate) => rate,
        None => NonZero::<u32>::MIN,
    };
    let frames = usize::try_from(WAKE_FOR.as_millis()).unwrap_or(100) * 8;
    SamplesBuffer::new(NonZero::<u16>::MIN, RATE, vec![0.0; frames])
}

/// `sound` after `silence`.
fn after_silence(sound: &SamplesBuffer, silence: Duration) -> SamplesBuffer {
    let (channels, rate) = (sound.channels(), sound.sample_rate());
    let frames = u128::from(rate.get()) * silence.as_micros() / 1_000_000;
    let zeros = usize::try_from(frames).unwrap_or(0) * usize::from(channels.get());
    let samples: Vec<f32> = std::iter::repeat_n(0.0, zeros)
        .chain(sound.clone())
        .collect();
    SamplesBuffer::new(channels, rate, samples)
}

/// `sound` as the server's bytes: 32-bit float, little-endian.
fn encode(sound: &SamplesBuffer) -> Vec<u8> {
    sound.clone().flat_map(f32::to_le_bytes).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ffi::OsString;

    #[test]
    fn the_socket_is_where_the_environment_says() {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::create_dir_all(dir.path().join("pulse")).expect("mkdir");
        std::fs::write(dir.path().join("pulse/native"), "").expect("socket stand-in");
        let runtime = dir.path().as_os_str().to_owned();
        let env = |name: &str| (name == "XDG_RUNTIME_DIR").then(|| runtime.clone());
        assert_eq!(socket_path(&env), Some(dir.path().join("pulse/native")));
        let server = |name: &str| (name == "PULSE_SERVER").then(|| OsString::from("unix:/run/p"));
        assert_eq!(socket_path(&server), Some(PathBuf::from("/run/p")));
        // A server over the network is not this module's: ALSA's plugin can reach it.
        let remote = |name: &str| (name == "PULSE_SERVER").then(|| OsString::from("tcp:host"));
        assert_eq!(socket_path(&remote), None);
        let nothing = |_: &str| None;
        assert_eq!(socket_path(&nothing), None);
    }

    #[test]
    fn the_cookie_is_always_as_long_as_the_server_reads_it() {
        let dir = tempfile::tempdir().expect("tempdir");
        let home = dir.path().as_os_str().to_owned();
        let env = |name: &str| (name == "HOME").then(|| home.clone());
        assert_eq!(cookie(&env), vec![0; COOKIE_LENGTH], "none: zeros");
        std::fs::create_dir_all(dir.path().join(".config/pulse")).expect("mkdir");
        std::fs::write(dir.path().join(".config/pulse/cookie"), [7; COOKIE_LENGTH]).expect("write");
        assert_eq!(cookie(&env), vec![7; COOKIE_LENGTH]);
    }

    #[test]
    fn a_sound_is_sent_as_float_bytes_and_named_by_its_content() {
        let sound = |samples: Vec<f32>| {
            SamplesBuffer::new(
                NonZero::new(2).expect("two"),
                NonZero::new(1000).expect("rate"),
                samples,
            )
        };
        let bytes = encode(&sound(vec![0.5, -0.5, 1.0, 0.0]));
        let samples: Vec<f32> = bytes
            .chunks_exact(4)
            .map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
            .collect();
        assert_eq!(samples, [0.5, -0.5, 1.0, 0.0]);
        let (a, b) = (sound(vec![0.5, 0.5]), sound(vec![0.5, 0.25]));
        assert_eq!(
            content(&a),
            content(&a.clone()),
            "the same sound, the same name"
        );
        assert_ne!(content(&a), content(&b));
        assert!(name(content(&a)).to_bytes().starts_with(b"knead-"));
    }
}
