//! Boxes drawn over the screen: the help, and the quit confirmation.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use super::centred;
use crate::app::App;
use crate::keys;

/// The list of keys.
pub(super) fn help(frame: &mut Frame, area: Rect, app: &App) {
    let lines: Vec<Line> = keys::help()
        .map(|(key, what)| {
            Line::from(vec![
                Span::styled(format!(" {key:<8}"), app.theme.key()),
                Span::raw(what),
            ])
        })
        .collect();
    let rows = u16::try_from(lines.len()).unwrap_or(u16::MAX);
    // On the smallest screens the box keeps only its top edge, so every key still fits.
    let (height, block) = if area.height >= rows + 2 {
        (rows + 2, Block::bordered())
    } else {
        (rows + 1, Block::new().borders(Borders::TOP))
    };
    let rect = centred(area, 46, height);
    frame.render_widget(Clear, rect);
    let block = block.title(" Keys (any key closes) ");
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
    let block = Block::bordered();
    frame.render_widget(
        Paragraph::new(text)
            .block(block)
            .wrap(Wrap { trim: true })
            .centered(),
        rect,
    );
}
