//! The full-screen app: the session's driver, and what only the screen needs (the key list,
//! scrolling, the history screen, the body map's pictures). Keys become actions through the
//! key table; what an action does to the session is the driver's. The loop that shows it is
//! `crate::tui`'s.

pub mod figures;
pub mod history;
pub mod home;
pub mod where_;

use std::time::Instant;

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind};

use self::figures::Figures;
use self::history::HistoryScreen;
use crate::body::map::Glyphs;
use crate::driver::Driver;
pub use crate::driver::{Ask, Ended, Exit};
use crate::keys::{self, Action, State};
use crate::outputs::Outputs;
use crate::session::Session;
use crate::theme::Theme;

/// Everything the screens draw from.
#[derive(Debug)]
pub struct App {
    /// The session and what both faces share about it.
    pub driver: Driver,
    /// Whether the list of keys is shown over the screen.
    pub help: bool,
    /// Colours.
    pub theme: Theme,
    /// First summary row shown, when the summary is taller than the screen.
    pub scroll: usize,
    /// The history screen, when opened from the summary.
    pub history: Option<HistoryScreen>,
    /// How the body map is drawn.
    pub glyphs: Glyphs,
    /// Where the session stands in its prescription, for the overview.
    pub headline: Option<String>,
    /// The body map's pictures, kept between frames.
    pub figures: Figures,
}

impl App {
    /// An app at the routine's overview.
    pub fn new(session: Session, theme: Theme, outputs: Outputs) -> Self {
        Self {
            driver: Driver::new(session, outputs),
            help: false,
            theme,
            scroll: 0,
            history: None,
            glyphs: Glyphs::default(),
            headline: None,
            figures: Figures::default(),
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

    /// The session.
    pub fn session(&self) -> &Session {
        &self.driver.session
    }

    /// What the keys act on now: the question over the screen, if one asks, else the screen.
    pub fn key_state(&self) -> State {
        self.driver.key_state()
    }

    /// What the screen under any box shows, for the key table (its footer).
    pub fn screen_state(&self) -> State {
        self.driver.screen_state()
    }

    /// Handles a key press at `now` (releases and repeats are ignored). What the session
    /// does with it waits in its queue for the driver's next step.
    #[expect(
        clippy::wildcard_enum_match_arm,
        reason = "crossterm's key codes: the note takes characters and Backspace"
    )]
    pub fn on_key(&mut self, key: KeyEvent, now: Instant) {
        if let Some(screen) = &mut self.history {
            if screen.on_key(key) {
                self.history = None;
            }
            return;
        }
        if self.help {
            if key.kind == KeyEventKind::Press {
                self.help = false;
            }
            return;
        }
        let state = self.key_state();
        let action = keys::action(&key, &state);
        if self.driver.ask() == Ask::Note {
            match (action, key.code) {
                (Some(Action::Confirm | Action::KeepGoing | Action::Interrupt), _) => {}
                (_, KeyCode::Backspace) => return self.driver.erase_note(),
                (_, KeyCode::Char(c)) => return self.driver.type_note(c),
                _ => return,
            }
        }
        let Some(action) = action else {
            // Any key that means nothing closes the quit box: only `y` quits.
            if self.driver.ask() == Ask::Quit && key.kind == KeyEventKind::Press {
                self.driver.on_quit_box(None, now);
            }
            return;
        };
        match action {
            Action::Help => self.help = true,
            Action::History => self.history = Some(self.open_history()),
            Action::Up => self.scroll = self.scroll.saturating_sub(1),
            Action::Down => self.scroll += 1,
            Action::Digit => {
                let digit = match key.code {
                    KeyCode::Char(c) => c.to_digit(10).and_then(|d| u8::try_from(d).ok()),
                    _ => None,
                };
                self.driver.typed(action, digit, now);
            }
            Action::Begin => {
                self.scroll = 0;
                self.driver.act(action, now);
            }
            Action::Pause
            | Action::Next
            | Action::Back
            | Action::Extend
            | Action::Released
            | Action::Ten
            | Action::Lower
            | Action::Raise
            | Action::Confirm
            | Action::SkipRating
            | Action::SkipSpot
            | Action::Mute
            | Action::Voice
            | Action::Where
            | Action::Quit
            | Action::QuitNow
            | Action::KeepGoing
            | Action::Interrupt
            | Action::Close
            | Action::Changed
            | Action::Note
            | Action::Focus
            | Action::Map
            | Action::Suspend
            | Action::Open
            | Action::NewRoutine
            | Action::WhereItHurts
            | Action::Left
            | Action::Right
            | Action::Yes
            | Action::No
            | Action::Pick
            | Action::Save
            | Action::Filter => self.driver.act(action, now),
        }
    }

    /// The history screen over this session's store, including the session just done. It
    /// is read on the history's own thread; the screen says so until it arrives.
    /// The history screen; from a summary, open at the session it sums up.
    fn open_history(&mut self) -> HistoryScreen {
        let screen = self.history_screen().with_glyphs(self.glyphs);
        if self.key_state().screen == keys::Screen::Summary {
            screen.opening_newest()
        } else {
            screen
        }
    }

    fn history_screen(&mut self) -> HistoryScreen {
        let not_saved = || crate::words::not_saved();
        let Some(recorder) = self.driver.outputs.history.as_mut() else {
            return HistoryScreen::new(Err(not_saved()));
        };
        if recorder.is_off() {
            return HistoryScreen::new(Err(recorder.notice().unwrap_or_else(not_saved)));
        }
        let read = recorder
            // The routines are read for their aims on the history's thread, not this one.
            .read(|store| {
                let intents = crate::catalog::intents();
                crate::history::load_overview(store, None, &|name| intents.get(name).copied())
                    .map_err(|e| e.to_string())
            });
        match read {
            Some(loading) => HistoryScreen::loading(loading),
            None => HistoryScreen::new(Err(not_saved())),
        }
    }

    /// Takes in what the history's thread has answered; returns whether the screen changed.
    pub fn poll_history(&mut self) -> bool {
        self.history.as_mut().is_some_and(HistoryScreen::poll)
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
        app.driver
            .outputs
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
        let _ = app.driver.step(now);
    }

    #[test]
    fn key_releases_are_not_presses() {
        let mut app = app();
        let now = Instant::now();
        let mut release = KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE);
        release.kind = KeyEventKind::Release;
        app.on_key(release, now);
        assert_eq!(app.driver.session.phase(), Phase::Overview);
        press(&mut app, KeyCode::Enter, now);
        assert_eq!(app.driver.session.phase(), Phase::Prepare(0));
    }

    #[test]
    fn quit_asks_with_the_clock_stopped_and_only_y_quits() {
        let mut app = app();
        let t0 = Instant::now();
        let at = |s: u64| t0 + std::time::Duration::from_secs(s);
        press(&mut app, KeyCode::Enter, t0);
        press(&mut app, KeyCode::Char('q'), at(1));
        assert_eq!(app.driver.ask(), Ask::Quit);
        assert!(
            app.driver.session.is_paused(),
            "the clock stops while the box asks"
        );
        // Enter (begin, confirm, released) and q again keep the session.
        for key in [KeyCode::Enter, KeyCode::Char('q')] {
            press(&mut app, key, at(30));
            assert_eq!(
                (app.driver.ask(), app.driver.session.phase()),
                (Ask::None, Phase::Prepare(0)),
                "{key:?}"
            );
            assert!(
                !app.driver.session.is_paused(),
                "keep going restarts the clock"
            );
            press(&mut app, KeyCode::Char('q'), at(30));
        }
        press(&mut app, KeyCode::Char('n'), at(100));
        // 1 s of the 5 s prepare ran before the box opened; the minutes it was open did not.
        let left = app.driver.session.timer().map(|t| t.remaining(at(100)));
        assert_eq!(left, Some(std::time::Duration::from_secs(4)));
        press(&mut app, KeyCode::Char('q'), at(100));
        press(&mut app, KeyCode::Char('y'), at(100));
        assert_eq!(app.driver.session.phase(), Phase::Summary);
        assert_eq!(
            app.driver.ended(),
            None,
            "the summary is shown before closing"
        );
        press(&mut app, KeyCode::Char('q'), at(100));
        assert_eq!(app.driver.ended(), Some(Ended::App(Exit::Done)));
    }

    #[test]
    fn a_paused_session_stays_paused_after_the_quit_box() {
        let mut app = app();
        let t0 = Instant::now();
        press(&mut app, KeyCode::Enter, t0);
        press(&mut app, KeyCode::Char('p'), t0);
        press(&mut app, KeyCode::Char('q'), t0);
        press(&mut app, KeyCode::Esc, t0);
        assert_eq!(app.driver.ask(), Ask::None);
        assert!(app.driver.session.is_paused());
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
        assert_eq!(app.driver.ended(), Some(Ended::App(Exit::Done)));
    }

    #[test]
    fn a_digit_typed_but_not_confirmed_counts_when_the_rest_runs_out() {
        let mut app = app();
        let t0 = Instant::now();
        let at = |s: u64| t0 + std::time::Duration::from_secs(s);
        press(&mut app, KeyCode::Enter, t0);
        app.driver.session.tick(at(15)); // prepare 5 s, hold 10 s; rest 5 s
        let _ = app.driver.step(at(15));
        press(&mut app, KeyCode::Char('6'), at(16));
        press(&mut app, KeyCode::Right, at(17));
        app.driver.session.tick(at(20));
        let _ = app.driver.step(at(20));
        assert_eq!(app.driver.session.phase(), Phase::Prepare(1));
        assert_eq!(
            app.driver.session.records()[0]
                .as_ref()
                .and_then(|r| r.rating),
            Some(7)
        );
        assert_eq!(app.driver.selected(), None, "the next prompt starts empty");
    }

    #[test]
    fn ctrl_c_twice_quits_and_exits_as_interrupted() {
        let mut app = app();
        let t0 = Instant::now();
        press(&mut app, KeyCode::Enter, t0);
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        app.on_key(ctrl_c, t0);
        assert_eq!(app.driver.ask(), Ask::Quit);
        app.on_key(ctrl_c, t0);
        assert_eq!(app.driver.session.phase(), Phase::Summary);
        app.on_key(ctrl_c, t0);
        assert_eq!(app.driver.ended(), Some(Ended::App(Exit::Interrupted)));
    }

    #[test]
    fn a_digit_before_the_prompt_is_kept_for_it_and_on_the_prompt_selects() {
        let mut app = app();
        let t0 = Instant::now();
        let at = |s: u64| t0 + std::time::Duration::from_secs(s);
        press(&mut app, KeyCode::Enter, t0);
        // During the get-ready: kept for hold 1's prompt (it used to be dropped).
        press(&mut app, KeyCode::Char('7'), at(1));
        assert_eq!(app.driver.kept().collect::<Vec<_>>(), [Some(7)]);
        app.driver.session.tick(at(15));
        let _ = app.driver.step(at(15));
        assert_eq!(
            app.driver.session.records()[0]
                .as_ref()
                .and_then(|r| r.rating),
            Some(7),
            "answered as its prompt opened"
        );
        // On hold 2's prompt a digit selects; 1 then 0 is 10.
        app.driver.session.tick(at(35));
        let _ = app.driver.step(at(35));
        press(&mut app, KeyCode::Char('1'), at(35));
        press(&mut app, KeyCode::Char('0'), at(35));
        assert_eq!(app.driver.selected(), Some(10));
        press(&mut app, KeyCode::Left, at(35));
        press(&mut app, KeyCode::Enter, at(35));
        assert_eq!(
            app.driver.session.records()[1]
                .as_ref()
                .and_then(|r| r.rating),
            Some(9)
        );
    }

    #[test]
    fn ctrl_z_right_after_a_hold_ends_keeps_the_hold_and_its_rating() {
        use crate::history::{Recorder, SessionMeta, Store};
        let mut app = app();
        let meta = SessionMeta::new(app.driver.session.plan().routine(), "", "test.toml");
        let store = Store::in_memory().expect("in memory");
        app.driver.outputs = Outputs::recording(Recorder::with_store(store, meta));
        let t0 = Instant::now();
        let at = |ms: u64| t0 + std::time::Duration::from_millis(ms);
        press(&mut app, KeyCode::Enter, t0);
        // The loop last woke just before the hold's end (5 s prepare + 10 s hold); Ctrl-Z
        // arrives 1 ms after it, before the loop has seen the deadline.
        app.driver.session.tick(at(14_990));
        let _ = app.driver.step(at(14_990));
        app.driver.suspend(at(15_001));
        let _ = app.driver.step(at(15_001));
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
            (app.driver.ask(), app.driver.session.phase()),
            (Ask::Overall, Phase::Overview)
        );
        press(&mut app, KeyCode::Enter, t0);
        assert_eq!(
            app.driver.session.phase(),
            Phase::Overview,
            "Enter needs a value"
        );
        press(&mut app, KeyCode::Char('6'), t0);
        press(&mut app, KeyCode::Enter, t0);
        assert_eq!(
            (app.driver.ask(), app.driver.session.phase()),
            (Ask::None, Phase::Hold(0))
        );
        // The hold's own rating, then the question after the last hold comes by itself.
        let rest = t0 + std::time::Duration::from_secs(10);
        app.driver.session.tick(rest);
        let _ = app.driver.step(rest);
        press(&mut app, KeyCode::Char('4'), rest);
        press(&mut app, KeyCode::Enter, rest);
        assert_eq!(
            (app.driver.session.phase(), app.driver.ask()),
            (Phase::Summary, Ask::Overall)
        );
        press(&mut app, KeyCode::Char('3'), rest);
        press(&mut app, KeyCode::Enter, rest);
        assert_eq!(app.driver.ask(), Ask::None);
        // n opens the note; letters are text there, not keys (q does not close).
        press(&mut app, KeyCode::Char('n'), rest);
        assert_eq!(app.driver.ask(), Ask::Note);
        for c in "quit hurting\u{202e}".chars() {
            press(&mut app, KeyCode::Char(c), rest);
        }
        press(&mut app, KeyCode::Backspace, rest);
        press(&mut app, KeyCode::Enter, rest);
        assert_eq!(app.driver.ended(), None);
        assert_eq!(app.driver.saved_note(), Some("quit hurtin"));
        let rows = saved_rows(&mut app);
        let kept: Vec<_> = rows
            .iter()
            .map(|r| (r.pain_before, r.rating, r.pain_after, r.note.as_str()))
            .collect();
        assert_eq!(kept, [(Some(6), Some(4), Some(3), "quit hurtin")]);
    }

    #[test]
    fn the_activities_come_after_the_overall_pain_and_the_change_before_the_note() {
        use crate::history::{Recorder, SessionMeta, Store};
        let text = "name = \"t\"\nsession_rating = true\n[[step]]\nregion = \"calf\"\n\
                    tool = \"ball\"\nhold = \"10s\"\nrest = \"5s\"\nprepare = \"0s\"\n\
                    [prescription]\nstart = 2026-11-02\nweeks = 2\npgic = true\n\
                    activities = [\"walking the dog\", \"sleeping on my side\"]\n";
        let routine = routine::parse(text).routine.expect("valid");
        let meta = SessionMeta::new(&routine, text, "t.toml");
        let mut app = App::new(
            Session::new(routine, false).with_measures(true, Some(1)),
            Theme::new(false),
            Outputs::recording(Recorder::with_store(
                Store::in_memory().expect("in memory"),
                meta,
            )),
        );
        let t0 = Instant::now();
        // A digit on the overview answers the first question, the overall pain.
        press(&mut app, KeyCode::Char('6'), t0);
        press(&mut app, KeyCode::Enter, t0);
        assert_eq!(
            (app.driver.ask(), app.driver.session.phase()),
            (Ask::Activity(0), Phase::Overview)
        );
        press(&mut app, KeyCode::Enter, t0);
        assert_eq!(app.driver.ask(), Ask::Activity(0), "Enter needs a value");
        press(&mut app, KeyCode::Char('3'), t0);
        press(&mut app, KeyCode::Enter, t0);
        assert_eq!(app.driver.ask(), Ask::Activity(1));
        press(&mut app, KeyCode::Char('s'), t0);
        assert_eq!(
            (app.driver.ask(), app.driver.session.phase()),
            (Ask::None, Phase::Hold(0)),
            "s skipped the last activity and the session began"
        );
        let rest = t0 + std::time::Duration::from_secs(10);
        app.driver.session.tick(rest);
        let _ = app.driver.step(rest);
        press(&mut app, KeyCode::Char('4'), rest);
        press(&mut app, KeyCode::Enter, rest);
        press(&mut app, KeyCode::Char('2'), rest);
        press(&mut app, KeyCode::Enter, rest);
        assert_eq!(app.driver.ask(), Ask::Change, "after the overall pain");
        press(&mut app, KeyCode::Char('9'), rest);
        press(&mut app, KeyCode::Enter, rest);
        assert_eq!(app.driver.ask(), Ask::Change, "9 is not an answer");
        press(&mut app, KeyCode::Char('2'), rest);
        press(&mut app, KeyCode::Enter, rest);
        assert_eq!(app.driver.ask(), Ask::None);
        let rows = saved_rows(&mut app);
        assert_eq!(rows.len(), 1);
        assert_eq!(
            rows[0].activities,
            r#"[{"activity":"walking the dog","rating":3},{"activity":"sleeping on my side","rating":null}]"#
        );
        assert_eq!(
            (
                rows[0].pain_before,
                rows[0].pain_after,
                rows[0].change_phase,
                rows[0].change
            ),
            (Some(6), Some(2), Some(1), Some(2))
        );
    }

    #[test]
    fn a_digit_on_the_overview_answers_the_overall_pain_first_as_in_plain_mode() {
        let text = "name = \"t\"\nsession_rating = true\n[[step]]\nregion = \"calf\"\n\
                    tool = \"ball\"\nhold = \"10s\"\nprepare = \"0s\"\n";
        let routine = routine::parse(text).routine.expect("valid");
        let mut app = App::new(
            Session::new(routine, false),
            Theme::new(false),
            Outputs::silent(),
        );
        let t0 = Instant::now();
        press(&mut app, KeyCode::Char('6'), t0);
        assert_eq!(app.driver.ask(), Ask::Overall);
        assert_eq!(app.driver.selected(), Some(6));
        assert!(app.driver.kept().next().is_none(), "not a hold's rating");
        press(&mut app, KeyCode::Enter, t0);
        assert_eq!(app.driver.session.phase(), Phase::Hold(0));
        assert_eq!(
            app.driver
                .session
                .session_rating(crate::session::Moment::Before),
            Some(6)
        );
    }

    #[test]
    fn help_opens_anywhere_and_any_key_closes_it() {
        let mut app = app();
        let t0 = Instant::now();
        press(&mut app, KeyCode::Char('?'), t0);
        assert!(app.help);
        press(&mut app, KeyCode::Enter, t0);
        assert_eq!(
            (app.driver.ask(), app.driver.session.phase()),
            (Ask::None, Phase::Overview)
        );
    }
}
