//! The history screen's state: which spot and session are under the cursor, which panel has
//! the keys, and whether a session is open.

use knead_core::t;
use std::sync::mpsc::Receiver;

use crossterm::event::KeyEvent;

use super::figures::Figures;
use crate::body::map::Glyphs;
use crate::history::overview::Overview;
use crate::keys::{self, Action, Screen, State};

/// Which list the arrow keys move in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    /// The spots (and the chart follows).
    Spots,
    /// Sessions per week, by routine.
    Weeks,
    /// The sessions; Enter opens the one under the cursor.
    Sessions,
}

impl Focus {
    fn next(self) -> Self {
        match self {
            Focus::Spots => Focus::Weeks,
            Focus::Weeks => Focus::Sessions,
            Focus::Sessions => Focus::Spots,
        }
    }
}

/// What the history screen shows, or why there is nothing.
pub type Loaded = Result<Overview, String>;

/// A cursor in a list of `len` rows, and the first row shown. The offset is the drawing's
/// to keep (it knows the height); a cursor never passes the last row.
#[derive(Debug, Default)]
pub struct Cursor {
    /// The row under the cursor.
    pub at: usize,
    /// The first row drawn last time, so the list only scrolls when the cursor leaves it.
    pub offset: usize,
}

impl Cursor {
    fn down(&mut self, len: usize) {
        self.at = (self.at + 1).min(len.saturating_sub(1));
    }

    fn up(&mut self) {
        self.at = self.at.saturating_sub(1);
    }
}

/// The history screen.
#[derive(Debug)]
pub struct HistoryScreen {
    /// What it shows, or why there is nothing.
    pub overview: Loaded,
    /// The history being read on the writer thread, while it is.
    loading: Option<Receiver<Loaded>>,
    /// The selected region row (see [`Overview::rows`]).
    pub spot: Cursor,
    /// The routine under the cursor in sessions per week.
    pub week: Cursor,
    /// The session under the cursor, newest first.
    pub session: Cursor,
    /// Where the arrow keys go.
    pub focus: Focus,
    /// The session opened with Enter, and how far its holds are scrolled.
    pub open: Option<usize>,
    /// The first line of the open session shown.
    pub open_scroll: usize,
    /// Open the newest session once the history arrives (`h` on a summary: that session).
    open_newest: bool,
    /// The furthest the open session scrolls, as last drawn.
    pub open_max: usize,
    /// The pain map instead of the chart, where there is no room for both.
    pub map: bool,
    /// How the body map is drawn.
    pub glyphs: Glyphs,
    /// The body map's pictures, drawn once per size.
    pub figures: Figures,
}

impl HistoryScreen {
    /// A screen over `overview`.
    pub fn new(overview: Loaded) -> Self {
        Self {
            overview,
            loading: None,
            spot: Cursor::default(),
            week: Cursor::default(),
            session: Cursor::default(),
            focus: Focus::Spots,
            open: None,
            open_scroll: 0,
            open_newest: false,
            open_max: 0,
            map: false,
            glyphs: Glyphs::default(),
            figures: Figures::default(),
        }
    }

    /// The screen drawing the body map with `glyphs`.
    #[must_use]
    pub fn with_glyphs(mut self, glyphs: Glyphs) -> Self {
        self.glyphs = glyphs;
        self
    }

    /// A screen that says it is loading until `loading` answers (see [`HistoryScreen::poll`]).
    pub fn loading(loading: Receiver<Loaded>) -> Self {
        Self {
            loading: Some(loading),
            ..Self::new(Err(t!("history-reading")))
        }
    }

    /// The screen opening the newest session once it is read: the one a summary is of, as
    /// its holds were written before the history is read, on the same thread.
    #[must_use]
    pub fn opening_newest(mut self) -> Self {
        self.open_newest = true;
        self
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
                self.overview = Err(t!("history-unreadable"));
            }
        }
        self.loading = None;
        if self.open_newest && self.overview.as_ref().is_ok_and(|o| !o.sessions.is_empty()) {
            self.focus = Focus::Sessions;
            self.session.at = 0;
            self.open = Some(0);
            self.open_scroll = 0;
        }
        true
    }

    /// What the keys mean now: the open session, or the lists.
    pub fn state(&self) -> State {
        State {
            screen: if self.open.is_some() {
                Screen::HistorySession
            } else {
                Screen::History
            },
            ..State::default()
        }
    }

    /// Keeps what drawing found: how far each list drawn is scrolled, and how far the open
    /// session can scroll (`None`: not drawn this time).
    pub fn remember(
        &mut self,
        spot: Option<usize>,
        week: Option<usize>,
        session: Option<usize>,
        open_max: Option<usize>,
    ) {
        for (cursor, offset) in [
            (&mut self.spot, spot),
            (&mut self.week, week),
            (&mut self.session, session),
        ] {
            if let Some(offset) = offset {
                cursor.offset = offset;
            }
        }
        if let Some(max) = open_max {
            self.open_max = max;
        }
    }

    /// Handles a key; returns `true` when the screen should close.
    pub fn on_key(&mut self, key: KeyEvent) -> bool {
        let action = keys::action(&key, &self.state());
        if self.open.is_some() {
            match action {
                Some(Action::Interrupt) => return true,
                Some(Action::Close) => self.open = None,
                Some(Action::Down) => {
                    self.open_scroll = (self.open_scroll + 1).min(self.open_max);
                }
                Some(Action::Up) => self.open_scroll = self.open_scroll.saturating_sub(1),
                _ => {}
            }
            return false;
        }
        let (rows, weeks, sessions) = self.overview.as_ref().map_or((0, 0, 0), |o| {
            (o.rows.len(), o.routines.len(), o.sessions.len())
        });
        match (action, self.focus) {
            (Some(Action::Close | Action::Interrupt), _) => return true,
            (Some(Action::Focus), focus) => self.focus = focus.next(),
            (Some(Action::Map), _) => self.map = !self.map,
            (Some(Action::Down), Focus::Spots) => self.spot.down(rows),
            (Some(Action::Up), Focus::Spots) => self.spot.up(),
            (Some(Action::Down), Focus::Weeks) => self.week.down(weeks),
            (Some(Action::Up), Focus::Weeks) => self.week.up(),
            (Some(Action::Down), Focus::Sessions) => self.session.down(sessions),
            (Some(Action::Up), Focus::Sessions) => self.session.up(),
            (Some(Action::Open), Focus::Sessions) if self.session.at < sessions => {
                self.open = Some(self.session.at);
                self.open_scroll = 0;
            }
            _ => {}
        }
        false
    }
}
