//! The interactive app: the session, what only the screen needs (overlays, scrolling), and
//! the mapping from keys to session inputs. The terminal loop lives in [`run`].

mod backend;
pub mod entry;
pub mod history;
pub mod home;
pub mod input;
pub mod run;
mod terminal;

use std::time::Instant;

use crossterm::event::{KeyEvent, KeyEventKind};

use self::entry::RatingEntry;
use self::history::HistoryScreen;
use crate::body::map::Glyphs;
use crate::keys::{self, Action, Screen, State};
use crate::outputs::Outputs;
use crate::session::{EffectKind, Input, Moment, Session};

/// Longest note, in characters: one line for the therapist.
pub const NOTE_CHARS: usize = 200;
use crate::ui::bodymap::Figures;
use crate::ui::theme::Theme;

/// A box drawn over the current screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    /// Nothing.
    None,
    /// The list of keys.
    Help,
    /// "Quit the session?"
    ConfirmQuit,
    /// "Overall pain now", for a routine that asks it before the first hold and after the
    /// last.
    Overall,
    /// The note for the therapist, being typed.
    Note,
}

/// Why the app stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// The person closed it normally.
    Done,
    /// The person quit with Ctrl-C (exit status 130, as for an interrupted command).
    Interrupted,
}

/// Everything the screens draw from.
#[derive(Debug)]
pub struct App {
    /// The session.
    pub session: Session,
    /// The rating being typed on the prompt.
    pub entry: RatingEntry,
    /// The box over the screen, if any.
    pub overlay: Overlay,
    /// Colours.
    pub theme: Theme,
    /// First summary row shown, when the summary is taller than the screen.
    pub scroll: usize,
    /// Set when the app should close.
    pub exit: Option<Exit>,
    /// Sound, notifications and the timing log.
    pub outputs: Outputs,
    /// The history screen, when opened from the summary.
    pub history: Option<HistoryScreen>,
    /// How the body map is drawn.
    pub glyphs: Glyphs,
    /// Where the session stands in its prescription, for the overview.
    pub headline: Option<String>,
    /// The note for the therapist, as typed (saved when the person presses Enter).
    pub note: String,
    /// The note as last saved, if one was.
    pub saved_note: Option<String>,
    /// The body map's pictures, kept between frames.
    pub figures: Figures,
    interrupted: bool,
    /// The quit box stopped the clock, so closing it restarts it.
    paused_for_quit: bool,
}

impl App {
    /// An app at the routine's overview.
    pub fn new(session: Session, theme: Theme, outputs: Outputs) -> Self {
        Self {
            session,
            entry: RatingEntry::default(),
            overlay: Overlay::None,
            theme,
            scroll: 0,
            exit: None,
            outputs,
            history: None,
            glyphs: Glyphs::default(),
            headline: None,
            note: String::new(),
            saved_note: None,
            figures: Figures::default(),
            interrupted: false,
            paused_for_quit: false,
        }
    }

    /// The app drawing the body map with `glyphs`.
    #[must_use]
    pub fn with_glyphs(mut self, glyphs: Glyphs) -> Self {
        self.glyphs = glyphs;
        self
    }

    /// The app showing where the session stands in its prescription.
    #[must_use]
    pub fn with_headline(mut self, headline: Option<String>) -> Self {
        self.headline = headline;
        self
    }

    /// Hands every effect the session has queued to the outputs, and returns whether there
    /// were any. The one place effects leave the session in the full-screen app.
    pub fn flush(&mut self, now: Instant) -> bool {
        let effects = self.session.take_effects();
        // A new phase starts with nothing typed on the rating prompt.
        if effects
            .iter()
            .any(|e| matches!(e.kind, EffectKind::PhaseStarted { .. }))
        {
            self.entry = RatingEntry::default();
        }
        self.outputs.handle(&effects, &self.session, now);
        // The last hold's rating brings the summary, and the question after the last hold.
        if self.session.session_rating_due() == Some(Moment::After) && self.overlay == Overlay::None
        {
            self.ask_overall();
        }
        !effects.is_empty()
    }

    /// What the keys act on now: the box over the screen, if one asks, else the screen.
    pub fn key_state(&self) -> State {
        let mut state = self.screen_state();
        match self.overlay {
            Overlay::ConfirmQuit => state.screen = Screen::ConfirmQuit,
            Overlay::Overall => state.screen = Screen::Overall,
            Overlay::Note => state.screen = Screen::Note,
            Overlay::None | Overlay::Help => {}
        }
        state
    }

    /// What the screen under any box shows, for the key table (its footer).
    pub fn screen_state(&self) -> State {
        State {
            muted: self.outputs.audio.is_muted(),
            voice: self
                .outputs
                .audio
                .has_voice()
                .then(|| self.outputs.audio.voice_on()),
            ..State::of(&self.session)
        }
    }

    /// Handles a key press at `now` (releases and repeats are ignored). What the session
    /// does with it waits in its queue for [`App::flush`].
    #[allow(
        clippy::too_many_lines,
        reason = "one arm per action of the key table, read in one place"
    )]
    pub fn on_key(&mut self, key: KeyEvent, now: Instant) {
        if let Some(screen) = &mut self.history {
            if screen.on_key(key) {
                self.history = None;
            }
            return;
        }
        if self.overlay == Overlay::Help {
            if key.kind == KeyEventKind::Press {
                self.overlay = Overlay::None;
            }
            return;
        }
        let state = self.key_state();
        let action = keys::action(&key, &state);
        if state.screen == Screen::ConfirmQuit {
            match action {
                Some(Action::QuitNow) => self.quit(now),
                Some(Action::Interrupt) => {
                    self.interrupted = true;
                    self.quit(now);
                }
                // Any other key keeps going: only `y` (or a second Ctrl-C) quits.
                Some(_) => self.keep_going(now),
                None if key.kind == KeyEventKind::Press => self.keep_going(now),
                None => {}
            }
            return;
        }
        if state.screen == Screen::Note {
            self.type_note(&key, action);
            return;
        }
        if state.screen == Screen::Overall
            && let Some(answer) = match action {
                Some(Action::Confirm) => self.entry.selected().map(Some),
                Some(Action::SkipRating) => Some(None),
                _ => None,
            }
        {
            self.answer_overall(answer, now);
            return;
        }
        let Some(action) = action else { return };
        let input = match action {
            Action::Begin if self.session.session_rating_due() == Some(Moment::Before) => {
                return self.ask_overall();
            }
            Action::Begin => {
                self.scroll = 0;
                Input::Start
            }
            Action::Note => {
                self.note = self.saved_note.clone().unwrap_or_default();
                self.overlay = Overlay::Note;
                return;
            }
            Action::Pause => Input::TogglePause,
            Action::Next => Input::Next,
            Action::Back => Input::Back,
            Action::Extend => Input::Extend,
            Action::Released => Input::Release,
            Action::SkipSpot => Input::SkipSpot,
            Action::Confirm => match self.entry.selected() {
                Some(rating) => Input::Rate(Some(rating)),
                None => return,
            },
            Action::SkipRating => Input::Rate(None),
            Action::Digit => {
                if let crossterm::event::KeyCode::Char(c) = key.code
                    && let Some(d) = c.to_digit(10).and_then(|d| u8::try_from(d).ok())
                {
                    self.entry.digit(d);
                }
                self.chosen(state.screen)
            }
            Action::Ten => {
                self.entry.ten();
                self.chosen(state.screen)
            }
            Action::Lower => {
                self.entry.step(-1);
                self.chosen(state.screen)
            }
            Action::Raise => {
                self.entry.step(1);
                self.chosen(state.screen)
            }
            Action::Mute => return self.outputs.audio.toggle_mute(),
            Action::Voice => return self.outputs.audio.toggle_voice(),
            Action::Help => {
                self.overlay = Overlay::Help;
                return;
            }
            Action::Quit => return self.ask_to_quit(now),
            Action::Interrupt => {
                self.interrupted = true;
                if matches!(
                    self.session.phase(),
                    crate::session::Phase::Overview | crate::session::Phase::Summary
                ) {
                    self.close();
                } else {
                    self.ask_to_quit(now);
                }
                return;
            }
            Action::Close => return self.close(),
            Action::History => {
                self.history = Some(self.open_history());
                return;
            }
            Action::Up => {
                self.scroll = self.scroll.saturating_sub(1);
                return;
            }
            Action::Down => {
                self.scroll += 1;
                return;
            }
            Action::QuitNow
            | Action::KeepGoing
            | Action::Focus
            | Action::Map
            | Action::Suspend
            | Action::Open
            | Action::NewRoutine
            | Action::Filter => return,
        };
        self.session.update(input, now);
    }

    /// The selection as the session hears it: the hold's rating prompt keeps it in case the
    /// rest runs out; the overall pain waits for Enter.
    fn chosen(&self, screen: Screen) -> Input {
        if screen == Screen::Overall {
            Input::Choose(None)
        } else {
            Input::Choose(self.entry.selected())
        }
    }

    /// Opens the "Overall pain now" box with nothing selected.
    fn ask_overall(&mut self) {
        self.entry = RatingEntry::default();
        self.overlay = Overlay::Overall;
    }

    /// The overall pain given (`None`: skipped); before the first hold, the session begins.
    fn answer_overall(&mut self, rating: Option<u8>, now: Instant) {
        self.overlay = Overlay::None;
        self.entry = RatingEntry::default();
        let before = self.session.phase() == crate::session::Phase::Overview;
        self.session.update(Input::RateSession(rating), now);
        if before {
            self.scroll = 0;
            self.session.update(Input::Start, now);
        }
    }

    /// A key on the note box: text goes in, Enter saves the note with the session, Esc
    /// leaves it as it was.
    fn type_note(&mut self, key: &KeyEvent, action: Option<Action>) {
        use crossterm::event::KeyCode;
        match (action, key.code) {
            (Some(Action::Confirm), _) => {
                self.overlay = Overlay::None;
                let note = self.note.trim().to_owned();
                if let Some(history) = self.outputs.history.as_mut() {
                    history.note(&note);
                }
                self.saved_note = Some(note).filter(|n| !n.is_empty());
            }
            (Some(Action::KeepGoing | Action::Interrupt), _) => self.overlay = Overlay::None,
            (_, KeyCode::Backspace) => {
                self.note.pop();
            }
            (_, KeyCode::Char(c))
                if !c.is_control()
                    && !crate::untrusted::is_bidi_control(c)
                    && !crate::untrusted::is_invisible(c)
                    && self.note.chars().count() < NOTE_CHARS =>
            {
                self.note.push(c);
            }
            _ => {}
        }
    }

    /// Before the process stops (Ctrl-Z): stops the clock, and hands over at once what that
    /// brings due (a hold that ended a moment ago), so nothing waits unsaved while stopped.
    pub fn pause_for_suspend(&mut self, now: Instant) {
        if self.session.timer().is_some_and(|t| !t.is_paused()) {
            self.session.update(Input::TogglePause, now);
        }
        self.flush(now);
    }

    /// The history screen over this session's store, including the session just done. It
    /// is read on the history's own thread; the screen says so until it arrives.
    fn open_history(&mut self) -> HistoryScreen {
        self.history_screen().with_glyphs(self.glyphs)
    }

    fn history_screen(&mut self) -> HistoryScreen {
        let not_saved = || "this session is not being saved".to_owned();
        let Some(recorder) = self.outputs.history.as_mut() else {
            return HistoryScreen::new(Err(not_saved()));
        };
        if recorder.is_off() {
            return HistoryScreen::new(Err(recorder.notice().unwrap_or_else(not_saved)));
        }
        let read = recorder
            .read(|store| crate::history::load_overview(store, None).map_err(|e| e.to_string()));
        match read {
            Some(loading) => HistoryScreen::loading(loading),
            None => HistoryScreen::new(Err(not_saved())),
        }
    }

    /// Takes in what the history's thread has answered; returns whether the screen changed.
    pub fn poll_history(&mut self) -> bool {
        self.history.as_mut().is_some_and(HistoryScreen::poll)
    }

    /// Opens "Quit the session?" with the clock stopped: time spent deciding is not taken
    /// from the hold.
    fn ask_to_quit(&mut self, now: Instant) {
        self.overlay = Overlay::ConfirmQuit;
        self.paused_for_quit = !self.session.is_paused();
        self.session.update(Input::Pause, now);
    }

    /// Closes the quit box; the clock runs again if the box stopped it.
    fn keep_going(&mut self, now: Instant) {
        self.overlay = Overlay::None;
        self.interrupted = false;
        if std::mem::take(&mut self.paused_for_quit) {
            self.session.update(Input::Resume, now);
        }
    }

    fn quit(&mut self, now: Instant) {
        self.overlay = Overlay::None;
        self.paused_for_quit = false;
        self.session.update(Input::Quit, now);
    }

    fn close(&mut self) {
        self.exit = Some(if self.interrupted {
            Exit::Interrupted
        } else {
            Exit::Done
        });
    }
}

#[cfg(test)]
mod tests {
    use crossterm::event::{KeyCode, KeyEventKind, KeyModifiers};

    use super::*;
    use crate::routine;
    use crate::session::Phase;

    fn app() -> App {
        let text = "name = \"t\"\n[[step]]\nregion = \"calf\"\ntool = \"ball\"\nhold = \"10s\"\nrest = \"5s\"\nreps = 2\n";
        let routine = routine::parse(text).routine.expect("valid");
        App::new(
            Session::new(routine, false),
            Theme::new(false),
            Outputs::silent(),
        )
    }

    /// Every hold the app's history has saved, read on its writer thread.
    fn saved_rows(app: &mut App) -> Vec<crate::history::export::ExportRow> {
        use crate::history::export;
        app.outputs
            .history
            .as_mut()
            .and_then(|h| h.read(|store| export::rows(store, &export::Filter::default())))
            .expect("a history")
            .recv()
            .expect("read")
            .expect("rows")
    }

    fn press(app: &mut App, code: KeyCode, now: Instant) {
        app.on_key(KeyEvent::new(code, KeyModifiers::NONE), now);
        app.flush(now);
    }

    #[test]
    fn key_releases_are_not_presses() {
        let mut app = app();
        let now = Instant::now();
        let mut release = KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE);
        release.kind = KeyEventKind::Release;
        app.on_key(release, now);
        assert_eq!(app.session.phase(), Phase::Overview);
        press(&mut app, KeyCode::Enter, now);
        assert_eq!(app.session.phase(), Phase::Prepare(0));
    }

    #[test]
    fn quit_asks_with_the_clock_stopped_and_only_y_quits() {
        let mut app = app();
        let t0 = Instant::now();
        let at = |s: u64| t0 + std::time::Duration::from_secs(s);
        press(&mut app, KeyCode::Enter, t0);
        press(&mut app, KeyCode::Char('q'), at(1));
        assert_eq!(app.overlay, Overlay::ConfirmQuit);
        assert!(
            app.session.is_paused(),
            "the clock stops while the box asks"
        );
        // Enter (begin, confirm, released) and q again keep the session.
        for key in [KeyCode::Enter, KeyCode::Char('q')] {
            press(&mut app, key, at(30));
            assert_eq!(
                (app.overlay, app.session.phase()),
                (Overlay::None, Phase::Prepare(0)),
                "{key:?}"
            );
            assert!(!app.session.is_paused(), "keep going restarts the clock");
            press(&mut app, KeyCode::Char('q'), at(30));
        }
        press(&mut app, KeyCode::Char('n'), at(100));
        // 1 s of the 5 s prepare ran before the box opened; the minutes it was open did not.
        let left = app.session.timer().map(|t| t.remaining(at(100)));
        assert_eq!(left, Some(std::time::Duration::from_secs(4)));
        press(&mut app, KeyCode::Char('q'), at(100));
        press(&mut app, KeyCode::Char('y'), at(100));
        assert_eq!(app.session.phase(), Phase::Summary);
        assert_eq!(app.exit, None, "the summary is shown before closing");
        press(&mut app, KeyCode::Char('q'), at(100));
        assert_eq!(app.exit, Some(Exit::Done));
    }

    #[test]
    fn a_paused_session_stays_paused_after_the_quit_box() {
        let mut app = app();
        let t0 = Instant::now();
        press(&mut app, KeyCode::Enter, t0);
        press(&mut app, KeyCode::Char('p'), t0);
        press(&mut app, KeyCode::Char('q'), t0);
        press(&mut app, KeyCode::Esc, t0);
        assert_eq!(app.overlay, Overlay::None);
        assert!(app.session.is_paused());
    }

    #[test]
    fn ctrl_c_then_keep_going_then_quit_is_a_normal_quit() {
        let mut app = app();
        let t0 = Instant::now();
        press(&mut app, KeyCode::Enter, t0);
        app.on_key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL), t0);
        press(&mut app, KeyCode::Char('n'), t0);
        press(&mut app, KeyCode::Char('q'), t0);
        press(&mut app, KeyCode::Char('y'), t0);
        press(&mut app, KeyCode::Char('q'), t0);
        assert_eq!(app.exit, Some(Exit::Done));
    }

    #[test]
    fn a_digit_typed_but_not_confirmed_counts_when_the_rest_runs_out() {
        let mut app = app();
        let t0 = Instant::now();
        let at = |s: u64| t0 + std::time::Duration::from_secs(s);
        press(&mut app, KeyCode::Enter, t0);
        app.session.tick(at(15)); // prepare 5 s, hold 10 s; rest 5 s
        app.flush(at(15));
        press(&mut app, KeyCode::Char('6'), at(16));
        press(&mut app, KeyCode::Right, at(17));
        app.session.tick(at(20));
        app.flush(at(20));
        assert_eq!(app.session.phase(), Phase::Prepare(1));
        assert_eq!(
            app.session.records()[0].as_ref().and_then(|r| r.rating),
            Some(7)
        );
        assert_eq!(app.entry.selected(), None, "the next prompt starts empty");
    }

    #[test]
    fn ctrl_c_twice_quits_and_exits_as_interrupted() {
        let mut app = app();
        let t0 = Instant::now();
        press(&mut app, KeyCode::Enter, t0);
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        app.on_key(ctrl_c, t0);
        assert_eq!(app.overlay, Overlay::ConfirmQuit);
        app.on_key(ctrl_c, t0);
        assert_eq!(app.session.phase(), Phase::Summary);
        app.on_key(ctrl_c, t0);
        assert_eq!(app.exit, Some(Exit::Interrupted));
    }

    #[test]
    fn digits_rate_only_on_the_rating_prompt() {
        let mut app = app();
        let t0 = Instant::now();
        press(&mut app, KeyCode::Enter, t0);
        press(&mut app, KeyCode::Char('7'), t0);
        assert_eq!(app.entry.selected(), None);
        let after_hold = t0 + std::time::Duration::from_secs(15);
        app.session.tick(after_hold);
        app.flush(after_hold);
        press(&mut app, KeyCode::Char('1'), after_hold);
        press(&mut app, KeyCode::Char('0'), after_hold);
        assert_eq!(app.entry.selected(), Some(10));
        press(&mut app, KeyCode::Left, after_hold);
        press(&mut app, KeyCode::Enter, after_hold);
        assert_eq!(
            app.session.records()[0].as_ref().and_then(|r| r.rating),
            Some(9)
        );
    }

    #[test]
    fn ctrl_z_right_after_a_hold_ends_keeps_the_hold_and_its_rating() {
        use crate::history::{Recorder, SessionMeta, Store};
        let mut app = app();
        let meta = SessionMeta::new(app.session.plan().routine(), "", "test.toml");
        let store = Store::in_memory().expect("in memory");
        app.outputs = Outputs::recording(Recorder::with_store(store, meta));
        let t0 = Instant::now();
        let at = |ms: u64| t0 + std::time::Duration::from_millis(ms);
        press(&mut app, KeyCode::Enter, t0);
        // The loop last woke just before the hold's end (5 s prepare + 10 s hold); Ctrl-Z
        // arrives 1 ms after it, before the loop has seen the deadline.
        app.session.tick(at(14_990));
        app.flush(at(14_990));
        app.pause_for_suspend(at(15_001));
        // `fg`, then the rating.
        press(&mut app, KeyCode::Char('7'), at(60_000));
        press(&mut app, KeyCode::Enter, at(60_000));
        let rows = saved_rows(&mut app);
        let kept: Vec<(u32, &str, Option<u8>)> = rows
            .iter()
            .map(|r| (r.hold_index, r.outcome.as_str(), r.rating))
            .collect();
        assert_eq!(kept, [(0, "completed", Some(7))]);
    }

    #[test]
    fn the_overall_pain_is_asked_before_and_after_and_the_note_is_kept() {
        use crate::history::{Recorder, SessionMeta, Store};
        let text = "name = \"t\"\nsession_rating = true\n[[step]]\nregion = \"calf\"\n\
                    tool = \"ball\"\nhold = \"10s\"\nrest = \"5s\"\nprepare = \"0s\"\n";
        let routine = routine::parse(text).routine.expect("valid");
        let meta = SessionMeta::new(&routine, text, "t.toml");
        let mut app = App::new(
            Session::new(routine, false),
            Theme::new(false),
            Outputs::recording(Recorder::with_store(
                Store::in_memory().expect("in memory"),
                meta,
            )),
        );
        let t0 = Instant::now();
        // Enter on the overview asks first; the session begins once it is answered.
        press(&mut app, KeyCode::Enter, t0);
        assert_eq!(
            (app.overlay, app.session.phase()),
            (Overlay::Overall, Phase::Overview)
        );
        press(&mut app, KeyCode::Enter, t0);
        assert_eq!(app.session.phase(), Phase::Overview, "Enter needs a value");
        press(&mut app, KeyCode::Char('6'), t0);
        press(&mut app, KeyCode::Enter, t0);
        assert_eq!(
            (app.overlay, app.session.phase()),
            (Overlay::None, Phase::Hold(0))
        );
        // The hold's own rating, then the question after the last hold comes by itself.
        let rest = t0 + std::time::Duration::from_secs(10);
        app.session.tick(rest);
        app.flush(rest);
        press(&mut app, KeyCode::Char('4'), rest);
        press(&mut app, KeyCode::Enter, rest);
        assert_eq!(
            (app.session.phase(), app.overlay),
            (Phase::Summary, Overlay::Overall)
        );
        press(&mut app, KeyCode::Char('3'), rest);
        press(&mut app, KeyCode::Enter, rest);
        assert_eq!(app.overlay, Overlay::None);
        // n opens the note; letters are text there, not keys (q does not close).
        press(&mut app, KeyCode::Char('n'), rest);
        assert_eq!(app.overlay, Overlay::Note);
        for c in "quit hurting\u{202e}".chars() {
            press(&mut app, KeyCode::Char(c), rest);
        }
        press(&mut app, KeyCode::Backspace, rest);
        press(&mut app, KeyCode::Enter, rest);
        assert_eq!(app.exit, None);
        assert_eq!(app.saved_note.as_deref(), Some("quit hurtin"));
        let rows = saved_rows(&mut app);
        let kept: Vec<_> = rows
            .iter()
            .map(|r| (r.pain_before, r.rating, r.pain_after, r.note.as_str()))
            .collect();
        assert_eq!(kept, [(Some(6), Some(4), Some(3), "quit hurtin")]);
    }

    #[test]
    fn help_opens_anywhere_and_any_key_closes_it() {
        let mut app = app();
        let t0 = Instant::now();
        press(&mut app, KeyCode::Char('?'), t0);
        assert_eq!(app.overlay, Overlay::Help);
        press(&mut app, KeyCode::Enter, t0);
        assert_eq!(
            (app.overlay, app.session.phase()),
            (Overlay::None, Phase::Overview)
        );
    }
}
