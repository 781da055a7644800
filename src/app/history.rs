//! The history screen's state: which spot is selected, which panel has the keys.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind};

use crate::history::overview::Overview;

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
        if key.kind != KeyEventKind::Press {
            return false;
        }
        let (spots, sessions) = self
            .overview
            .as_ref()
            .map_or((0, 0), |o| (o.spots.len(), o.sessions.len()));
        match (key.code, self.focus) {
            (KeyCode::Char('q' | 'h') | KeyCode::Esc, _) => return true,
            (KeyCode::Tab | KeyCode::BackTab, Focus::Spots) => self.focus = Focus::Sessions,
            (KeyCode::Tab | KeyCode::BackTab, Focus::Sessions) => self.focus = Focus::Spots,
            (KeyCode::Down | KeyCode::Char('j'), Focus::Spots) => {
                self.spot = (self.spot + 1).min(spots.saturating_sub(1));
            }
            (KeyCode::Up | KeyCode::Char('k'), Focus::Spots) => {
                self.spot = self.spot.saturating_sub(1);
            }
            (KeyCode::Down | KeyCode::Char('j'), Focus::Sessions) => {
                self.session_scroll = (self.session_scroll + 1).min(sessions.saturating_sub(1));
            }
            (KeyCode::Up | KeyCode::Char('k'), Focus::Sessions) => {
                self.session_scroll = self.session_scroll.saturating_sub(1);
            }
            _ => {}
        }
        false
    }
}
