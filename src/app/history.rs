//! The history screen's state: which spot is selected, which panel has the keys.

use std::sync::mpsc::Receiver;

use ratatui::crossterm::event::KeyEvent;

use crate::history::overview::Overview;
use crate::keys::{self, Action, Screen, State};

/// Which list the arrow keys move in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    /// The spots (and the chart follows).
    Spots,
    /// The sessions.
    Sessions,
}

/// What the history screen shows, or why there is nothing.
pub type Loaded = Result<Overview, String>;

/// The history screen.
#[derive(Debug)]
pub struct HistoryScreen {
    /// What it shows, or why there is nothing.
    pub overview: Loaded,
    /// The history being read on the writer thread, while it is.
    loading: Option<Receiver<Loaded>>,
    /// The selected spot.
    pub spot: usize,
    /// The first session shown.
    pub session_scroll: usize,
    /// Where the arrow keys go.
    pub focus: Focus,
}

impl HistoryScreen {
    /// A screen over `overview`.
    pub fn new(overview: Loaded) -> Self {
        Self {
            overview,
            loading: None,
            spot: 0,
            session_scroll: 0,
            focus: Focus::Spots,
        }
    }

    /// A screen that says it is loading until `loading` answers (see [`HistoryScreen::poll`]).
    pub fn loading(loading: Receiver<Loaded>) -> Self {
        Self {
            loading: Some(loading),
            ..Self::new(Err("reading the history…".to_owned()))
        }
    }

    /// Takes the history once it has been read; returns whether it arrived now.
    pub fn poll(&mut self) -> bool {
        let Some(loading) = &self.loading else {
            return false;
        };
        match loading.try_recv() {
            Ok(overview) => self.overview = overview,
            Err(std::sync::mpsc::TryRecvError::Empty) => return false,
            Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                self.overview = Err("the history could not be read".to_owned());
            }
        }
        self.loading = None;
        true
    }

    /// Handles a key; returns `true` when the screen should close.
    pub fn on_key(&mut self, key: KeyEvent) -> bool {
        let state = State {
            screen: Screen::History,
            ..State::default()
        };
        let (spots, sessions) = self
            .overview
            .as_ref()
            .map_or((0, 0), |o| (o.spots.len(), o.sessions.len()));
        match (keys::action(&key, &state), self.focus) {
            (Some(Action::Close | Action::Interrupt), _) => return true,
            (Some(Action::Focus), Focus::Spots) => self.focus = Focus::Sessions,
            (Some(Action::Focus), Focus::Sessions) => self.focus = Focus::Spots,
            (Some(Action::Down), Focus::Spots) => {
                self.spot = (self.spot + 1).min(spots.saturating_sub(1));
            }
            (Some(Action::Up), Focus::Spots) => {
                self.spot = self.spot.saturating_sub(1);
            }
            (Some(Action::Down), Focus::Sessions) => {
                self.session_scroll = (self.session_scroll + 1).min(sessions.saturating_sub(1));
            }
            (Some(Action::Up), Focus::Sessions) => {
                self.session_scroll = self.session_scroll.saturating_sub(1);
            }
            _ => {}
        }
        false
    }
}
