//! Boxes drawn over the screen: the help, and the quit confirmation.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use super::centred;
use crate::app::App;
use crate::keys::{self, Action};

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

/// "Quit the session?", with the clock stopped; the footer shows only the box's keys.
pub(super) fn confirm_quit(frame: &mut Frame, area: Rect, app: &App) {
    let offer = keys::footer(&app.key_state(), &[Action::QuitNow, Action::KeepGoing]);
    let mut keys_line = Vec::new();
    for (n, (key, what)) in offer.iter().enumerate() {
        let gap = if n == 0 { "" } else { "   " };
        keys_line.push(Span::styled(format!("{gap}{key}"), app.theme.key()));
        keys_line.push(Span::raw(format!(" {what}")));
    }
    let text = Text::from(vec![
        Line::styled("Quit the session?", app.theme.title()),
        Line::raw("The clock is paused."),
        Line::raw("Every rating so far is kept."),
        Line::from(keys_line),
    ]);
    let rect = centred(area, 38, 6);
    frame.render_widget(Clear, rect);
    let block = Block::bordered();
    frame.render_widget(
        Paragraph::new(text)
            .block(block)
            .wrap(Wrap { trim: true })
            .centered(),
        rect,
    );
    let bottom = Rect {
        y: area.bottom().saturating_sub(1),
        height: area.height.min(1),
        ..area
    };
    frame.render_widget(Clear, bottom);
    super::footer(frame, bottom, app.theme, &offer);
}
