//! The full-screen event loop: waits for a key, a signal or the next moment something on
//! screen changes, and redraws only then.

use std::io;
use std::sync::mpsc::{self, RecvTimeoutError, Sender};
use std::time::{Duration, Instant};

use crossterm::event::Event;

use super::history::HistoryScreen;
use super::home::{Choice, Home};
use super::input::{self, Read};
use super::terminal::Tui;
use super::{App, Exit};
use crate::keys;
use crate::outputs::Outputs;
use crate::session::{Input, Phase};
use crate::signals::{self, Signal};
use crate::threads::{self, Waker};
use crate::ui;
use crate::ui::theme::Theme;
use crate::words;

/// How the loop ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ended {
    /// The app closed.
    App(Exit),
    /// A signal ended it.
    Signal(Signal),
}

/// Something the loop wakes for.
enum Wake {
    Terminal(Event),
    Signal(Signal),
    /// The history saved something, read something, or something about it changed.
    History,
}

/// Runs the app full-screen until it closes or a signal ends it; the terminal is restored
/// whatever happens.
///
/// # Panics
///
/// Only in debug builds with `KNEAD_TEST_PANIC` set: a switch for the test that proves the
/// terminal is restored after a panic.
pub fn run(
    app: &mut App,
    mut open_outputs: Option<Box<dyn FnOnce(Waker) -> Outputs>>,
) -> io::Result<Ended> {
    // Signal handlers go in before the terminal changes; the threads that read keys and
    // watch the terminal start after the first frame, which is drawn before anything else.
    let (tx, events) = mpsc::channel();
    let _signals = listen(&tx)?;
    let mut tui = Tui::enter()?;
    let first = Instant::now();
    tui.terminal.draw(|frame| ui::draw(frame, app, first))?;
    let _input = spawn_sources(&tx)?;
    let wake = tx;
    // That frame is on screen: the loop draws again only when something on it changes.
    let mut shown = Some(Face::of(app, first));
    let mut dirty = false;
    loop {
        let now = Instant::now();
        app.session.tick(now);
        let changed = app.flush(now);
        let face = Face::of(app, now);
        if dirty || changed || shown != Some(face) {
            tui.terminal.draw(|frame| ui::draw(frame, app, now))?;
            if shown.is_none_or(|s| s.seconds != face.seconds || s.phase != face.phase) {
                log_second(app, face, now);
            }
            shown = Some(face);
            dirty = false;
        }
        // The first frame is on screen: now open what is slow to open (before any key can
        // start the session), and draw again with its notices.
        if let Some(open) = open_outputs.take() {
            app.outputs = open(threads::waker(&wake, || Wake::History));
            dirty = true;
            continue;
        }
        // Test builds only: prove the terminal survives a panic mid-hold.
        if cfg!(debug_assertions)
            && matches!(face.phase, Phase::Hold(_))
            && std::env::var_os("KNEAD_TEST_PANIC").is_some()
        {
            panic!("KNEAD_TEST_PANIC: deliberate panic during a hold");
        }
        if let Some(exit) = app.exit {
            return Ok(Ended::App(exit));
        }
        let audio = app.outputs.audio.standby(
            now,
            app.session.next_deadline(),
            app.session.waits_for_person(),
        );
        let due = [next_wake(app, now), audio].into_iter().flatten().min();
        // The timeout is measured from just before blocking: the redraw and the outputs above
        // took time, and the wake-up must not be late by that much.
        let wake = match due {
            Some(at) => events.recv_timeout(at.saturating_duration_since(Instant::now())),
            None => events.recv().map_err(|_| RecvTimeoutError::Disconnected),
        };
        match wake {
            Ok(Wake::Terminal(Event::Key(key))) if keys::is_suspend(&key) => {
                app.pause_for_suspend(Instant::now());
                tui.suspend()?;
                dirty = true;
            }
            Ok(Wake::Terminal(Event::Key(key))) => {
                let now = Instant::now();
                app.on_key(key, now);
                app.flush(now);
                dirty = true;
            }
            Ok(Wake::Terminal(_)) => dirty = true,
            // What the history says shows on the header, the summary and its own screen.
            Ok(Wake::History) => {
                app.poll_history();
                dirty = true;
            }
            Ok(Wake::Signal(Signal::Stop)) => {
                app.pause_for_suspend(Instant::now());
                tui.suspend()?;
                dirty = true;
            }
            Ok(Wake::Signal(Signal::Continue)) => {
                tui.resume()?;
                dirty = true;
            }
            Ok(Wake::Signal(signal)) => {
                let now = Instant::now();
                app.session.update(Input::Interrupt, now);
                app.flush(now);
                return Ok(Ended::Signal(signal));
            }
            Err(RecvTimeoutError::Timeout) => {}
            Err(RecvTimeoutError::Disconnected) => return Ok(Ended::App(Exit::Done)),
        }
    }
}

/// What the screen shows that changes with time alone; a redraw is needed when it changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Face {
    phase: Phase,
    seconds: u64,
    paused: bool,
}

impl Face {
    fn of(app: &App, now: Instant) -> Self {
        let seconds = app
            .session
            .timer()
            .map_or(0, |t| words::shown_seconds(t.remaining(now)));
        Self {
            phase: app.session.phase(),
            seconds,
            paused: app.session.is_paused(),
        }
    }
}

/// The signals the loop handles: the ending ones and the job-control pair.
const SIGNALS: [Signal; 5] = [
    Signal::Terminate,
    Signal::HangUp,
    Signal::Interrupt,
    Signal::Stop,
    Signal::Continue,
];

/// Sends the signals the loops handle to `tx` while the guard lives; the input thread
/// watches for them.
fn listen(tx: &Sender<Wake>) -> io::Result<signals::Caught> {
    let tx = tx.clone();
    signals::listen(&SIGNALS, move |signal| {
        tx.send(Wake::Signal(signal)).is_ok()
    })
}

/// For the timing log: a new second is on screen; it was due when the remaining time
/// reached it (the clock shows whole seconds rounded up).
fn log_second(app: &mut App, face: Face, now: Instant) {
    if !app.outputs.logs_timing() {
        return;
    }
    let Some(timer) = app.session.timer().filter(|t| !t.is_paused()) else {
        return;
    };
    let Some(due) = timer.when_remaining(Duration::from_secs(face.seconds)) else {
        return;
    };
    let phase = match face.phase {
        Phase::Prepare(n) => format!("prepare-{n}"),
        Phase::Hold(n) => format!("hold-{n}"),
        Phase::Rest { hold, .. } => format!("rest-{hold}"),
        Phase::Overview | Phase::Summary => return,
    };
    app.outputs.log_second(&phase, face.seconds, due, now);
}

/// The next session deadline (a reminder, while a rating waits) or the next change of the
/// shown second, whichever comes first; `None` when nothing runs (paused, or waiting quietly
/// for a key).
fn next_wake(app: &App, now: Instant) -> Option<Instant> {
    let display = app.session.timer().and_then(|timer| {
        let shown = words::shown_seconds(timer.remaining(now));
        shown
            .checked_sub(1)
            .and_then(|s| timer.when_remaining(Duration::from_secs(s)))
    });
    match (app.session.next_deadline(), display) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// Terminal events and the terminal hanging up, sent to the channel the signals go to, so
/// the loop blocks in one place with one timeout. Input goes elsewhere once the guard drops.
fn spawn_sources(tx: &Sender<Wake>) -> io::Result<input::Listening> {
    let keys = tx.clone();
    input::listen(Box::new(move |got| {
        let wake = match got {
            Read::Event(event) => Wake::Terminal(event),
            Read::HungUp => Wake::Signal(Signal::HangUp),
        };
        keys.send(wake).is_ok()
    }))
}

/// Shows the history screen full-screen until the person closes it (or a signal ends it).
pub fn run_history(screen: &mut HistoryScreen, theme: Theme) -> io::Result<Ended> {
    let state = keys::State {
        screen: keys::Screen::History,
        ..keys::State::default()
    };
    let ended = run_keyed(
        screen,
        |frame, screen| ui::history::draw(frame, screen, theme),
        |screen, key| {
            if keys::action(&key, &state) == Some(keys::Action::Interrupt) {
                Some(Exit::Interrupted)
            } else {
                screen.on_key(key).then_some(Exit::Done)
            }
        },
    )?;
    Ok(ended.map_or_else(Ended::Signal, |exit| Ended::App(exit.unwrap_or(Exit::Done))))
}

/// How the home screen closed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HomeEnded {
    /// The person chose something.
    Chose(Choice),
    /// A signal ended it.
    Signal(Signal),
}

/// Shows the home screen full-screen until the person chooses (or a signal ends it).
pub fn run_home(home: &mut Home, theme: Theme) -> io::Result<HomeEnded> {
    let ended = run_keyed(
        home,
        |frame, home| ui::home::draw(frame, home, theme),
        Home::on_key,
    )?;
    Ok(ended.map_or_else(HomeEnded::Signal, |choice| {
        HomeEnded::Chose(choice.unwrap_or(Choice::Quit))
    }))
}

/// A screen that changes only when a key is pressed (the history, the home screen): drawn,
/// and drawn again after each key, until `on_key` decides. `Ok(None)` when the input went
/// away; `Err` with the signal that ended it.
fn run_keyed<S, T>(
    state: &mut S,
    draw: impl Fn(&mut ratatui::Frame, &S),
    mut on_key: impl FnMut(&mut S, crossterm::event::KeyEvent) -> Option<T>,
) -> io::Result<Result<Option<T>, Signal>> {
    let (tx, events) = mpsc::channel();
    let _signals = listen(&tx)?;
    let mut tui = Tui::enter()?;
    tui.terminal.draw(|frame| draw(frame, state))?;
    let _input = spawn_sources(&tx)?;
    loop {
        match events.recv() {
            Ok(Wake::Terminal(Event::Key(key))) if keys::is_suspend(&key) => tui.suspend()?,
            Ok(Wake::Terminal(Event::Key(key))) => {
                if let Some(decided) = on_key(state, key) {
                    return Ok(Ok(Some(decided)));
                }
            }
            Ok(Wake::Terminal(_) | Wake::Signal(Signal::Continue)) => tui.resume()?,
            Ok(Wake::History) => {}
            Ok(Wake::Signal(Signal::Stop)) => tui.suspend()?,
            Ok(Wake::Signal(signal)) => return Ok(Err(signal)),
            Err(_) => return Ok(Ok(None)),
        }
        tui.terminal.draw(|frame| draw(frame, state))?;
    }
}
