//! The one session loop: it waits for the face's input, a signal, the history or the next
//! deadline, tells the driver, and lets the face show what changed. The full screen and
//! plain mode differ only in their [`Face`].

use std::io;
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender};
use std::time::Instant;

use super::{Driver, Ended};
use crate::outputs::Outputs;
use crate::session::Effect;
use crate::signals::{self, Signal};
use crate::threads::{self, Waker};

/// Something the loop wakes for.
#[derive(Debug)]
pub enum Wake<E> {
    /// The face's input: a terminal event, a line.
    Input(E),
    /// The input ended: no more can come.
    InputEnded,
    /// A signal the loop handles.
    Signal(Signal),
    /// The history saved something, read something, or something about it changed.
    History,
}

/// How a session is shown and read: the full screen or plain lines. The face owns the
/// driver, so what it shows is read from the same place the loop changes.
pub trait Face {
    /// One piece of input, as the face's reader delivers it.
    type Event;

    /// The session's driver.
    fn driver(&mut self) -> &mut Driver;

    /// Shows the session at `now`, after `effects` (empty when only time or a reply moved).
    fn show(&mut self, effects: &[Effect], now: Instant) -> io::Result<()>;

    /// When the face must show something again with nothing happening (the next second of a
    /// countdown); `None` when only events change it.
    fn next_show(&self, now: Instant) -> Option<Instant>;

    /// Reads one event: the face decides what it means and tells the driver.
    fn read(&mut self, event: Self::Event, now: Instant) -> io::Result<()>;

    /// The history rang: what it says may show.
    fn history_changed(&mut self);

    /// The input ended: no more can come.
    fn input_ended(&mut self, now: Instant) {
        self.driver().input_ended(now);
    }

    /// Whether the face is done (plain mode closes by itself once nothing is asked).
    fn is_done(&mut self) -> bool;

    /// The process is about to stop (SIGTSTP): give the terminal back.
    fn suspend(&mut self) -> io::Result<()>;

    /// The process continues (SIGCONT): take the terminal again.
    fn resume(&mut self) -> io::Result<()>;

    /// Ctrl-C came from the terminal, which echoed `^C` where the cursor was.
    fn interrupted(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// The signals a session handles: the ending ones and the job-control pair.
pub const SIGNALS: [Signal; 5] = [
    Signal::Terminate,
    Signal::HangUp,
    Signal::Interrupt,
    Signal::Stop,
    Signal::Continue,
];

/// Sends the session's signals to `tx` while the guard lives; the thread that reads the
/// face's input watches for them.
pub fn listen<E: Send + 'static>(tx: &Sender<Wake<E>>) -> io::Result<signals::Caught> {
    let tx = tx.clone();
    signals::listen(&SIGNALS, move |signal| {
        tx.send(Wake::Signal(signal)).is_ok()
    })
}

/// Runs the session until the face is done or a signal ends it. The face shows the session
/// once before `open` opens the outputs (sound, notifications and the history take tens of
/// milliseconds, long before a person can press Enter), then again as things change.
/// `keep_open` is a sender of the channel `wakes` reads, kept so the history can ring it
/// and so the channel never closes under the loop.
pub fn drive<F: Face>(
    face: &mut F,
    wakes: &Receiver<Wake<F::Event>>,
    keep_open: &Sender<Wake<F::Event>>,
    open: impl FnOnce(Waker) -> Outputs,
) -> io::Result<Ended>
where
    F::Event: Send + 'static,
{
    face.show(&[], Instant::now())?;
    face.driver().outputs = open(threads::waker(keep_open, || Wake::History));
    loop {
        let now = Instant::now();
        let effects = face.driver().step(now);
        face.show(&effects, now)?;
        if let Some(ended) = face.driver().ended() {
            return Ok(ended);
        }
        if face.is_done() {
            face.driver().close(now);
            continue;
        }
        let due = [face.driver().next_wake(now), face.next_show(now)]
            .into_iter()
            .flatten()
            .min();
        // The timeout is measured from just before blocking: showing and the outputs above
        // took time, and the wake-up must not be late by that much.
        let woke = match due {
            Some(at) => wakes.recv_timeout(at.saturating_duration_since(Instant::now())),
            None => wakes.recv().map_err(|_| RecvTimeoutError::Disconnected),
        };
        let now = Instant::now();
        match woke {
            Ok(Wake::Input(event)) => face.read(event, now)?,
            Ok(Wake::InputEnded) => face.input_ended(now),
            Ok(Wake::Signal(Signal::Stop)) => {
                face.driver().suspend(now);
                let effects = face.driver().step(now);
                face.show(&effects, now)?;
                face.suspend()?;
            }
            Ok(Wake::Signal(Signal::Continue)) => {
                face.resume()?;
                face.driver().continued(now);
            }
            Ok(Wake::Signal(signal)) => {
                if signal == Signal::Interrupt {
                    face.interrupted()?;
                }
                face.driver().signal(signal, now);
            }
            Ok(Wake::History) => face.history_changed(),
            Err(RecvTimeoutError::Timeout) => {}
            // `keep_open` keeps the channel open, so this does not happen; if it did, nothing
            // more could come.
            Err(RecvTimeoutError::Disconnected) => {
                face.driver().input_ended(now);
                if due.is_none() {
                    face.driver().close(now);
                }
            }
        }
    }
}
