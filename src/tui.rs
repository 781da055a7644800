//! The full screen as a face of the session ([`crate::driver::run::drive`] runs the loop):
//! it draws when something on screen changes, never in a busy loop. Also the loop of the
//! screens that change only on keys (the history, the home screen).

use std::io;
use std::sync::mpsc::{self, Sender};
use std::time::{Duration, Instant};

use crossterm::event::Event;

mod backend;
pub mod input;
mod terminal;

use self::input::Read;
use self::terminal::Tui;
use crate::app::history::HistoryScreen;
use crate::app::home::{Choice, Home};
use crate::app::where_::{Chose, Picker};
use crate::app::{App, Ended, Exit};
use crate::driver::Driver;
use crate::driver::run::{self as driver_run, Face, Wake};
use crate::keys;
use crate::outputs::Outputs;
use crate::session::{Effect, Phase};
use crate::signals::Signal;
use crate::theme::Theme;
use crate::threads::Waker;
use crate::ui;
use crate::words;

/// Runs the session full-screen until it closes or a signal ends it; the terminal is
/// restored whatever happens. The overview is drawn before `open` opens the outputs.
///
/// # Panics
///
/// Only in debug builds with `KNEAD_TEST_PANIC` set: a switch for the test that proves the
/// terminal is restored after a panic.
pub fn run(app: &mut App, open: impl FnOnce(Waker) -> Outputs) -> io::Result<Ended> {
    // Signal handlers go in before the terminal changes; the thread that reads keys starts
    // after the first frame, which is drawn before anything else.
    let (tx, wakes) = mpsc::channel();
    let _signals = driver_run::listen(&tx)?;
    let tui = Tui::enter()?;
    let mut screen = FullScreen {
        app,
        tui,
        shown: None,
        dirty: true,
        input: None,
        tx: tx.clone(),
    };
    driver_run::drive(&mut screen, &wakes, &tx, open)
}

/// The session on the full screen.
struct FullScreen<'a> {
    app: &'a mut App,
    tui: Tui,
    /// What the screen shows now, as far as time alone changes it.
    shown: Option<Look>,
    /// Something besides time changed: draw again.
    dirty: bool,
    /// The terminal's input, once the first frame is on screen.
    input: Option<input::Listening>,
    tx: Sender<Wake<Event>>,
}

impl Face for FullScreen<'_> {
    type Event = Event;

    fn driver(&mut self) -> &mut Driver {
        &mut self.app.driver
    }

    fn show(&mut self, effects: &[Effect], now: Instant) -> io::Result<()> {
        let app = &mut *self.app;
        // About to close (q on the overview, a signal): the terminal is restored next, and a
        // last frame would only flash.
        if app.driver.ended().is_some() {
            return Ok(());
        }
        // A kept rating is said beside the spot, or on the overview (the driver has sounded
        // it already).
        if !app.driver.take_replies().is_empty() {
            self.dirty = true;
        }
        let look = Look::of(app, now);
        if self.dirty || !effects.is_empty() || self.shown != Some(look) {
            // The history opened from the summary is a screen of its own, whose lists keep
            // where drawing scrolled them.
            match app.history.as_mut() {
                Some(screen) => {
                    let theme = app.theme;
                    self.tui
                        .terminal
                        .draw(|frame| ui::history::draw(frame, screen, theme))?;
                }
                None => {
                    self.tui.terminal.draw(|frame| ui::draw(frame, app, now))?;
                }
            }
            if self
                .shown
                .is_none_or(|s| s.seconds != look.seconds || s.phase != look.phase)
            {
                log_second(app, look, now);
            }
            self.shown = Some(look);
            self.dirty = false;
        }
        if self.input.is_none() {
            self.input = Some(spawn_sources(&self.tx)?);
            // The outputs open next, and their notices show on the next frame.
            self.dirty = true;
        }
        // Test builds only: prove the terminal survives a panic mid-hold.
        if cfg!(debug_assertions)
            && matches!(look.phase, Phase::Hold(_))
            && std::env::var_os("KNEAD_TEST_PANIC").is_some()
        {
            panic!("KNEAD_TEST_PANIC: deliberate panic during a hold");
        }
        Ok(())
    }

    fn next_show(&self, now: Instant) -> Option<Instant> {
        let timer = self.app.driver.session.timer()?;
        let shown = words::shown_seconds(timer.remaining(now));
        shown
            .checked_sub(1)
            .and_then(|s| timer.when_remaining(Duration::from_secs(s)))
    }

    #[expect(
        clippy::wildcard_enum_match_arm,
        reason = "crossterm's events: only keys are read, every other one redraws"
    )]
    fn read(&mut self, event: Event, now: Instant) -> io::Result<()> {
        self.dirty = true;
        match event {
            Event::Key(key) if keys::is_suspend(&key) => {
                let driver = &mut self.app.driver;
                driver.suspend(now);
                // What the pause brings due (a hold that ended a moment ago) is handed over
                // now, so nothing waits unsaved while stopped.
                let effects = driver.step(now);
                self.show(&effects, now)?;
                self.tui.suspend()
            }
            Event::Key(key) => {
                self.app.on_key(key, now);
                Ok(())
            }
            _ => Ok(()),
        }
    }

    fn history_changed(&mut self) {
        self.app.poll_history();
        self.dirty = true;
    }

    fn is_done(&mut self) -> bool {
        false
    }

    fn suspend(&mut self) -> io::Result<()> {
        self.dirty = true;
        self.tui.suspend()
    }

    fn resume(&mut self) -> io::Result<()> {
        self.dirty = true;
        self.tui.resume()
    }
}

/// What the screen shows that changes with time alone; a redraw is needed when it changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Look {
    phase: Phase,
    seconds: u64,
    paused: bool,
}

impl Look {
    fn of(app: &App, now: Instant) -> Self {
        let session = &app.driver.session;
        let seconds = session
            .timer()
            .map_or(0, |t| words::shown_seconds(t.remaining(now)));
        Self {
            phase: session.phase(),
            seconds,
            paused: session.is_paused(),
        }
    }
}

/// For the timing log: a new second is on screen; it was due when the remaining time
/// reached it (the clock shows whole seconds rounded up).
fn log_second(app: &mut App, look: Look, now: Instant) {
    let driver = &mut app.driver;
    if !driver.outputs.logs_timing() {
        return;
    }
    let Some(timer) = driver.session.timer().filter(|t| !t.is_paused()) else {
        return;
    };
    let Some(due) = timer.when_remaining(Duration::from_secs(look.seconds)) else {
        return;
    };
    let phase = match look.phase {
        Phase::Prepare(n) => format!("prepare-{n}"),
        Phase::Hold(n) => format!("hold-{n}"),
        Phase::Rest { hold, .. } => format!("rest-{hold}"),
        Phase::Overview | Phase::Summary => return,
    };
    driver.outputs.log_second(&phase, look.seconds, due, now);
}

/// Terminal events and the terminal hanging up, sent to the channel the signals go to, so
/// the loop blocks in one place with one timeout. Input goes elsewhere once the guard drops.
fn spawn_sources(tx: &Sender<Wake<Event>>) -> io::Result<input::Listening> {
    let keys = tx.clone();
    input::listen(Box::new(move |got| {
        let wake = match got {
            Read::Event(event) => Wake::Input(event),
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

/// Shows "where does it hurt?" full-screen until the person chooses (or a signal ends it).
pub fn run_where(picker: &mut Picker, theme: Theme) -> io::Result<Result<Chose, Signal>> {
    let figures = crate::app::figures::Figures::default();
    let ended = run_screen(
        picker,
        |frame, picker| ui::where_::draw(frame, picker, &figures, theme),
        Picker::on_key,
        Some(Picker::on_mouse),
    )?;
    Ok(ended.map(|chose| chose.unwrap_or(Chose::Quit)))
}

/// A screen that changes only when a key is pressed (the history, the home screen): drawn,
/// and drawn again after each key, until `on_key` decides. `Ok(None)` when the input went
/// away; `Err` with the signal that ended it.
fn run_keyed<S, T>(
    state: &mut S,
    draw: impl FnMut(&mut ratatui::Frame, &mut S),
    on_key: impl FnMut(&mut S, crossterm::event::KeyEvent) -> Option<T>,
) -> io::Result<Result<Option<T>, Signal>> {
    run_screen(state, draw, on_key, None)
}

/// What a screen does with a mouse event, when it takes them.
type OnMouse<S, T> = fn(&mut S, crossterm::event::MouseEvent) -> Option<T>;

/// [`run_keyed`], with mouse events for a screen that takes them (the body map's picker).
fn run_screen<S, T>(
    state: &mut S,
    mut draw: impl FnMut(&mut ratatui::Frame, &mut S),
    mut on_key: impl FnMut(&mut S, crossterm::event::KeyEvent) -> Option<T>,
    on_mouse: Option<OnMouse<S, T>>,
) -> io::Result<Result<Option<T>, Signal>> {
    let (tx, events) = mpsc::channel();
    let _signals = driver_run::listen(&tx)?;
    let mut tui = Tui::enter()?;
    if on_mouse.is_some() {
        tui.capture_mouse()?;
    }
    tui.terminal.draw(|frame| draw(frame, state))?;
    let _input = spawn_sources(&tx)?;
    loop {
        match events.recv() {
            Ok(Wake::Input(Event::Key(key))) if keys::is_suspend(&key) => tui.suspend()?,
            Ok(Wake::Input(Event::Key(key))) => {
                if let Some(decided) = on_key(state, key) {
                    return Ok(Ok(Some(decided)));
                }
            }
            Ok(Wake::Input(Event::Mouse(mouse))) => {
                if let Some(decided) = on_mouse.and_then(|on| on(state, mouse)) {
                    return Ok(Ok(Some(decided)));
                }
            }
            Ok(Wake::Input(_) | Wake::Signal(Signal::Continue)) => tui.resume()?,
            Ok(Wake::History | Wake::InputEnded) => {}
            Ok(Wake::Signal(Signal::Stop)) => tui.suspend()?,
            Ok(Wake::Signal(signal)) => return Ok(Err(signal)),
            Err(_) => return Ok(Ok(None)),
        }
        tui.terminal.draw(|frame| draw(frame, state))?;
    }
}
