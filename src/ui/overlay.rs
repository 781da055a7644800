//! Boxes drawn over the screen: the help, and the quit confirmation.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

use super::centred;
use crate::app::App;

const KEYS: &[(&str, &str)] = &[
    ("Enter", "begin; confirm a rating; \"released\""),
    ("space", "pause / resume"),
    ("n", "skip to the next hold"),
    ("b", "go back one hold"),
    ("+", "add 15 seconds to this hold"),
    ("r", "released (manual-release holds)"),
    ("0-9", "rate; t or 1 then 0 for 10"),
    ("← →", "change the rating"),
    ("s", "skip the rating"),
    ("x", "skip the rest of a spot that hurts"),
    ("q", "quit (asks first; ratings are kept)"),
    ("Ctrl-Z", "suspend; fg to come back"),
];

/// The list of keys.
pub(super) fn help(frame: &mut Frame, area: Rect, app: &App) {
    let lines: Vec<Line> = KEYS
        .iter()
        .map(|(key, what)| {
            Line::from(vec![
                Span::styled(format!(" {key:<7}"), app.theme.key()),
                Span::raw(*what),
            ])
        })
        .collect();
    let height = u16::try_from(lines.len()).unwrap_or(u16::MAX) + 2;
    let rect = centred(area, 52, height);
    frame.render_widget(Clear, rect);
    let block = Block::bordered().title(" Keys (any key closes) ");
    frame.render_widget(Paragraph::new(Text::from(lines)).block(block), rect);
}

/// "Quit the session?"
pub(super) fn confirm_quit(frame: &mut Frame, area: Rect, app: &App) {
    let text = Text::from(vec![
        Line::styled("Quit the session?", app.theme.title()),
        Line::raw("Every rating given so far is kept."),
        Line::from(vec![
            Span::styled("y", app.theme.key()),
            Span::raw(" quit   "),
            Span::styled("n", app.theme.key()),
            Span::raw(" keep going"),
        ]),
    ]);
    let rect = centred(area, 38, 5);
    frame.render_widget(Clear, rect);
    frame.render_widget(
        Paragraph::new(text)
            .block(Block::bordered())
            .wrap(Wrap { trim: true })
            .centered(),
        rect,
    );
}
