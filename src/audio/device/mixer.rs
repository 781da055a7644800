//! rodio's mixer to the system's output (ALSA, WASAPI, Core Audio): open only around cues,
//! since an open stream wakes the machine a hundred times a second even when silent. Opening
//! and closing talk to the sound server, which can hang, so both happen on threads of their
//! own, never the loop's. Playing a cue only hands a buffer to rodio's mixer thread.
//!
//! On Linux this route is built only with the `alsa` feature: linking libasound costs every
//! start of knead 0.3-0.5 ms and 36 KiB of private memory, for machines with no sound server.

use std::sync::atomic::{AtomicBool, AtomicU32, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use rodio::buffer::SamplesBuffer;
use rodio::{DeviceSinkBuilder, MixerDeviceSink, Source};

use super::DeviceError;

/// How often rodio's thread looks at a phrase's volume and whether it is to stop.
const CONTROL_EVERY: Duration = Duration::from_millis(5);

/// The output, shared with the threads that open and close it, and the phrase last said.
pub struct Mixer(Arc<Mutex<Output>>, Option<Arc<Control>>);

/// What the loop asks of a phrase in rodio's mixer, read on rodio's thread.
struct Control {
    /// Its own volume and the lowered one, as `f32` bits.
    volume: AtomicU32,
    low: AtomicU32,
    /// Lowered until this many microseconds after `since`.
    ducked_until: AtomicU64,
    since: Instant,
    stopped: AtomicBool,
}

impl Control {
    fn factor(&self) -> f32 {
        let now = u64::try_from(self.since.elapsed().as_micros()).unwrap_or(u64::MAX);
        let bits = if now < self.ducked_until.load(Ordering::Relaxed) {
            &self.low
        } else {
            &self.volume
        };
        f32::from_bits(bits.load(Ordering::Relaxed))
    }
}

impl Mixer {
    /// Opens the default output (here, where knead starts, so that a machine without one says
    /// so at once).
    pub fn open() -> Result<Self, DeviceError> {
        Ok(Mixer(
            Arc::new(Mutex::new(Output::Open(open_sink()?))),
            None,
        ))
    }

    /// Says a phrase at `volume` after `delay`, as one that [`Mixer::hush`] can stop and
    /// [`Mixer::duck`] lower.
    pub fn say(&mut self, sound: SamplesBuffer, volume: f32, delay: Duration) {
        let control = Arc::new(Control {
            volume: AtomicU32::new(volume.to_bits()),
            low: AtomicU32::new(volume.to_bits()),
            ducked_until: AtomicU64::new(0),
            since: Instant::now(),
            stopped: AtomicBool::new(false),
        });
        let read = Arc::clone(&control);
        let source = sound
            .amplify(volume)
            .stoppable()
            .periodic_access(CONTROL_EVERY, move |phrase| {
                if read.stopped.load(Ordering::Relaxed) {
                    phrase.stop();
                }
                phrase.inner_mut().set_factor(read.factor());
            })
            .delay(delay);
        self.1 = Some(control);
        self.add(source);
    }

    /// Stops the phrase last said.
    pub fn hush(&mut self) {
        if let Some(control) = self.1.take() {
            control.stopped.store(true, Ordering::Relaxed);
        }
    }

    /// Lowers the phrase last said to `volume` until `until`.
    pub fn duck(&self, volume: f32, until: Instant) {
        if let Some(control) = &self.1 {
            let own = f32::from_bits(control.volume.load(Ordering::Relaxed));
            control
                .low
                .store(volume.min(own).to_bits(), Ordering::Relaxed);
            let micros = until.saturating_duration_since(control.since).as_micros();
            control
                .ducked_until
                .store(u64::try_from(micros).unwrap_or(u64::MAX), Ordering::Relaxed);
        }
    }

    /// Adds `source`, opening the output first if it is closed.
    pub fn add(&self, source: impl Source + Send + 'static) {
        add(&self.0, source);
    }

    /// Has the output open or lets it go.
    pub fn keep_open(&self, open: bool) {
        keep_open(&self.0, open);
    }
}

/// A sound handed over before the output finished opening; it is added once it has.
type Pending = Box<dyn FnOnce(&MixerDeviceSink) + Send>;

/// The output as the opening thread leaves it.
#[derive(Default)]
enum Output {
    /// Closed.
    #[default]
    Closed,
    /// Being opened; the sounds to add once it is.
    Opening(Vec<Pending>),
    /// Open.
    Open(MixerDeviceSink),
}

/// Adds `source` to rodio's mixer, opening the output first if it is closed.
fn add(output: &Arc<Mutex<Output>>, source: impl Source + Send + 'static) {
    let mut slot = crate::threads::lock(output);
    match &mut *slot {
        Output::Open(sink) => sink.mixer().add(source),
        Output::Opening(pending) => {
            pending.push(Box::new(move |sink| sink.mixer().add(source)));
        }
        // Not warmed up (a key press, not a deadline): it sounds once the output is open.
        Output::Closed => {
            *slot = Output::Opening(vec![Box::new(move |sink| sink.mixer().add(source))]);
            drop(slot);
            open_aside(output);
        }
    }
}

/// Opens rodio's output on a thread of its own; what was handed over meanwhile is added then.
fn open_aside(output: &Arc<Mutex<Output>>) {
    let shared = Arc::clone(output);
    let opening = std::thread::Builder::new()
        .name("knead-open-audio".into())
        .spawn(move || {
            let sink = open_sink();
            let mut slot = crate::threads::lock(&shared);
            match (std::mem::take(&mut *slot), sink) {
                (Output::Opening(pending), Ok(sink)) => {
                    for add in pending {
                        add(&sink);
                    }
                    *slot = Output::Open(sink);
                }
                // Let go while opening: close what was opened, aside too.
                (other, Ok(sink)) => {
                    *slot = other;
                    drop(slot);
                    drop(sink);
                }
                (_, Err(e)) => tracing::warn!("sound output did not open: {e}"),
            }
        });
    if let Err(e) = opening {
        tracing::warn!("opening the sound output: {e}");
        *crate::threads::lock(output) = Output::Closed;
    }
}

/// Has rodio's output open or lets it go: an open output is fed silence hundreds of times a
/// second, so it is kept only around cues.
fn keep_open(output: &Arc<Mutex<Output>>, open: bool) {
    let mut slot = crate::threads::lock(output);
    match (open, std::mem::take(&mut *slot)) {
        (true, Output::Closed) => {
            *slot = Output::Opening(Vec::new());
            drop(slot);
            open_aside(output);
        }
        // Closing waits for the sound library's thread, which never returns when the
        // sound server hangs: it is done on a thread of its own, never the loop's.
        (false, Output::Open(sink)) => {
            drop(slot);
            let closing = std::thread::Builder::new()
                .name("knead-close-audio".into())
                .spawn(move || drop(sink));
            if let Err(e) = closing {
                tracing::warn!("closing the sound output on this thread: {e}");
            }
        }
        // Still opening with nothing to play: the opening thread closes it when done.
        (false, Output::Opening(pending)) if pending.is_empty() => {}
        (_, state) => *slot = state,
    }
}

/// Opens the default output device.
fn open_sink() -> Result<MixerDeviceSink, DeviceError> {
    // A stream error mid-session goes to the log: rodio's own callback prints it to stderr,
    // which is the screen wherever stderr is not pointed at the log (Windows).
    let log = |e: rodio::cpal::Error| tracing::warn!("sound output: {e}");
    let mut sink = DeviceSinkBuilder::from_default_device()
        .and_then(|builder| builder.with_error_callback(log).open_sink_or_fallback())
        // Rarely: only another device works; rodio looks through them.
        .or_else(|_| DeviceSinkBuilder::open_default_sink())
        .map_err(|e| DeviceError::Output(e.to_string()))?;
    sink.log_on_drop(false);
    Ok(sink)
}
