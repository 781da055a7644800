//! Colours and emphasis, with a colourless variant for `NO_COLOR` and monochrome terminals.
//!
//! Every phase is also named in words on screen, so colour is never the only signal.

use ratatui::style::{Color, Modifier, Style};

use crate::session::Phase;

/// The styles the screens use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    colour: bool,
}

impl Theme {
    /// A theme with colour, or without.
    pub fn new(colour: bool) -> Self {
        Self { colour }
    }

    /// Colour unless `NO_COLOR` is set to a non-empty value (see no-color.org).
    pub fn from_env() -> Self {
        Self::new(std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()))
    }

    fn fg(self, colour: Color) -> Style {
        if self.colour {
            Style::new().fg(colour)
        } else {
            Style::new()
        }
    }

    /// Text in `colour`, or plain without colour (the body map's marks).
    pub fn colour(self, colour: Color) -> Style {
        self.fg(colour)
    }

    /// The colour that goes with a phase.
    pub fn phase(self, phase: Phase, rating_pending: bool) -> Style {
        let colour = match phase {
            Phase::Overview | Phase::Summary => Color::Cyan,
            Phase::Prepare(_) => Color::Yellow,
            Phase::Hold(_) => Color::Magenta,
            Phase::Rest { .. } if rating_pending => Color::Cyan,
            Phase::Rest { .. } => Color::Green,
        };
        self.fg(colour).add_modifier(Modifier::BOLD)
    }

    /// The phase word, shown in reverse video so it reads without colour.
    pub fn badge(self, phase: Phase, rating_pending: bool) -> Style {
        let style = Style::new().add_modifier(Modifier::BOLD | Modifier::REVERSED);
        match self.phase(phase, rating_pending).fg {
            Some(colour) if self.colour => style.fg(colour),
            _ => style,
        }
    }

    /// Headings and titles.
    pub fn title(self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    /// Secondary text: hints, footers, labels.
    pub fn dim(self) -> Style {
        if self.colour {
            Style::new().fg(Color::DarkGray)
        } else {
            Style::new()
        }
    }

    /// Keys in the footer and help.
    pub fn key(self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
    }

    /// Advice that needs attention (high ratings, not easing).
    pub fn warning(self) -> Style {
        self.fg(Color::Yellow).add_modifier(Modifier::BOLD)
    }

    /// A good outcome ("much better").
    pub fn good(self) -> Style {
        self.fg(Color::Green).add_modifier(Modifier::BOLD)
    }

    /// The selected value on the rating scale.
    pub fn selected(self) -> Style {
        Style::new().add_modifier(Modifier::BOLD | Modifier::REVERSED)
    }
}
