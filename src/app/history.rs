//! The history screen's state: which spot is selected, which panel has the keys.

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

/// The history screen.
#[derive(Debug, Clone)]
pub struct HistoryScreen {
    /// What it shows, or why there is nothing.
    pub overview: Result<Overview, String>,
    /// The selected spot.
    pub spot: usize,
    /// The first session shown.
    pub session_scroll: usize,
    /// Where the arrow keys go.
    pub focus: Focus,
}

impl HistoryScreen {
    /// A screen over `overview`.
    pub fn new(overview: Result<Overview, String>) -> Self {
        Self {
            overview,
            spot: 0,
            session_scroll: 0,
            focus: Focus::Spots,
        }
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
