//! The interactive app: the session, what only the screen needs (overlays, scrolling), and
//! the mapping from keys to session inputs. The terminal loop lives in [`run`].

mod backend;
pub mod history;
pub mod run;
mod terminal;

use std::time::Instant;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use self::history::HistoryScreen;
use crate::outputs::Outputs;
use crate::session::{Effect, Input, Phase, Session};
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
    interrupted: bool,
}

impl App {
    /// An app at the routine's overview.
    pub fn new(session: Session, theme: Theme, outputs: Outputs) -> Self {
        Self {
            session,
            overlay: Overlay::None,
            theme,
            scroll: 0,
            exit: None,
            outputs,
            history: None,
            interrupted: false,
        }
    }

    /// Handles a key press at `now`; releases and repeats of other kinds are ignored.
    pub fn on_key(&mut self, key: KeyEvent, now: Instant) -> Vec<Effect> {
        if key.kind != KeyEventKind::Press {
            return Vec::new();
        }
        let ctrl_c =
            key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('c');
        if let Some(screen) = &mut self.history {
            if screen.on_key(key) || ctrl_c {
                self.history = None;
            }
            return Vec::new();
        }
        match self.overlay {
            Overlay::Help => {
                self.overlay = Overlay::None;
                return Vec::new();
            }
            Overlay::ConfirmQuit => {
                return match key.code {
                    KeyCode::Char('y' | 'q') | KeyCode::Enter => self.quit(now),
                    _ if ctrl_c => {
                        self.interrupted = true;
                        self.quit(now)
                    }
                    _ => {
                        self.overlay = Overlay::None;
                        Vec::new()
                    }
                };
            }
            Overlay::None => {}
        }
        if ctrl_c {
            self.interrupted = true;
        }
        let phase = self.session.phase();
        match key.code {
            KeyCode::Char('?') => {
                self.overlay = Overlay::Help;
                return Vec::new();
            }
            KeyCode::Char('m') => {
                self.outputs.audio.toggle_mute();
                return Vec::new();
            }
            _ => {}
        }
        match phase {
            Phase::Overview => match key.code {
                KeyCode::Enter | KeyCode::Char(' ') => {
                    self.scroll = 0;
                    return self.session.update(Input::Start, now);
                }
                KeyCode::Down | KeyCode::Char('j') => self.scroll += 1,
                KeyCode::Up | KeyCode::Char('k') => self.scroll = self.scroll.saturating_sub(1),
                KeyCode::Char('q') | KeyCode::Esc => self.close(),
                _ if ctrl_c => self.close(),
                _ => {}
            },
            Phase::Summary => match key.code {
                KeyCode::Char('q') | KeyCode::Esc | KeyCode::Enter => self.close(),
                KeyCode::Char('h') => self.history = Some(self.open_history()),
                KeyCode::Down | KeyCode::Char('j') => self.scroll += 1,
                KeyCode::Up | KeyCode::Char('k') => self.scroll = self.scroll.saturating_sub(1),
                _ if ctrl_c => self.close(),
                _ => {}
            },
            _ if ctrl_c || matches!(key.code, KeyCode::Char('q') | KeyCode::Esc) => {
                self.overlay = Overlay::ConfirmQuit;
            }
            Phase::Prepare(_) | Phase::Hold(_) | Phase::Rest { .. } => {
                if let Some(input) = session_input(key.code, phase) {
                    return self.session.update(input, now);
                }
            }
        }
        Vec::new()
    }

    /// The history screen over this session's store, including the session just done.
    fn open_history(&self) -> HistoryScreen {
        let recorder = self.outputs.history.as_ref();
        let overview = match recorder.and_then(|h| h.store()) {
            Some(store) => crate::history::load_overview(store, None),
            None => Err(recorder
                .and_then(|h| h.notice())
                .unwrap_or("this session is not being saved")
                .to_owned()),
        };
        HistoryScreen::new(overview)
    }

    fn quit(&mut self, now: Instant) -> Vec<Effect> {
        self.overlay = Overlay::None;
        self.session.update(Input::Quit, now)
    }

    fn close(&mut self) {
        self.exit = Some(if self.interrupted {
            Exit::Interrupted
        } else {
            Exit::Done
        });
    }
}

/// The session input a key means in an active phase.
fn session_input(code: KeyCode, phase: Phase) -> Option<Input> {
    let rating = matches!(phase, Phase::Rest { rated: false, .. });
    Some(match code {
        KeyCode::Char(' ') => Input::TogglePause,
        KeyCode::Char('n') => Input::Next,
        KeyCode::Char('b') => Input::Back,
        KeyCode::Char('+' | '=') => Input::Extend,
        KeyCode::Char('x') => Input::SkipSpot,
        KeyCode::Enter | KeyCode::Char('r') if matches!(phase, Phase::Hold(_)) => Input::Release,
        KeyCode::Char(c @ '0'..='9') if rating => {
            Input::Digit(c.to_digit(10).and_then(|d| u8::try_from(d).ok())?)
        }
        KeyCode::Char('t') if rating => Input::Ten,
        KeyCode::Left | KeyCode::Down if rating => Input::Adjust(-1),
        KeyCode::Right | KeyCode::Up if rating => Input::Adjust(1),
        KeyCode::Enter if rating => Input::ConfirmRating,
        KeyCode::Char('s') if rating => Input::SkipRating,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::routine;

    fn app() -> App {
        let text = "name = \"t\"\n[[step]]\nregion = \"calf\"\ntool = \"ball\"\nhold = \"10s\"\nrest = \"5s\"\nreps = 2\n";
        let routine = routine::parse(text).routine.expect("valid");
        App::new(
            Session::new(routine, false),
            Theme::new(false),
            Outputs::silent(),
        )
    }

    fn press(app: &mut App, code: KeyCode, now: Instant) {
        app.on_key(KeyEvent::new(code, KeyModifiers::NONE), now);
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
    fn quit_asks_first_and_keeps_the_session_on_no() {
        let mut app = app();
        let t0 = Instant::now();
        press(&mut app, KeyCode::Enter, t0);
        press(&mut app, KeyCode::Char('q'), t0);
        assert_eq!(app.overlay, Overlay::ConfirmQuit);
        press(&mut app, KeyCode::Char('n'), t0);
        assert_eq!(
            (app.overlay, app.session.phase()),
            (Overlay::None, Phase::Prepare(0))
        );
        press(&mut app, KeyCode::Char('q'), t0);
        press(&mut app, KeyCode::Char('y'), t0);
        assert_eq!(app.session.phase(), Phase::Summary);
        assert_eq!(app.exit, None, "the summary is shown before closing");
        press(&mut app, KeyCode::Char('q'), t0);
        assert_eq!(app.exit, Some(Exit::Done));
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
        assert_eq!(app.session.entry().selected(), None);
        let after_hold = t0 + std::time::Duration::from_secs(15);
        app.session.tick(after_hold);
        press(&mut app, KeyCode::Char('1'), after_hold);
        press(&mut app, KeyCode::Char('0'), after_hold);
        assert_eq!(app.session.entry().selected(), Some(10));
        press(&mut app, KeyCode::Left, after_hold);
        press(&mut app, KeyCode::Enter, after_hold);
        assert_eq!(
            app.session.records()[0].as_ref().and_then(|r| r.rating),
            Some(9)
        );
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
