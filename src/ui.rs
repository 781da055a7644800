//! Drawing: one module per screen, all read-only views of the [`App`] at an instant.

mod active;
pub mod bodymap;
pub mod digits;
pub mod history;
pub mod home;
mod overlay;
mod overview;
mod rating;
mod summary;
pub mod where_;

use std::time::Instant;

use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::{App, Ask};
use crate::session::Phase;

/// Smallest useful size; below it the screen asks for a bigger window.
pub const MIN_WIDTH: u16 = 40;
/// Smallest useful height.
pub const MIN_HEIGHT: u16 = 12;

/// Draws the whole session screen for `app` at `now` (the history opened from the summary
/// is drawn by [`history::draw`]).
pub fn draw(frame: &mut Frame, app: &App, now: Instant) {
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        too_small(frame, area);
        return;
    }
    match app.driver.session.phase() {
        Phase::Overview => overview::draw(frame, area, app),
        Phase::Summary => summary::draw(frame, area, app),
        Phase::Rest { rated: false, .. } => rating::draw(frame, area, app, now),
        Phase::Prepare(_) | Phase::Hold(_) | Phase::Rest { .. } => {
            active::draw(frame, area, app, now);
        }
    }
    if app.help {
        overlay::help(frame, area, app);
        return;
    }
    match app.driver.ask() {
        Ask::None => {}
        Ask::Quit => overlay::confirm_quit(frame, area, app),
        Ask::Overall => overlay::overall(frame, area, app),
        Ask::Activity(index) => overlay::activity(frame, area, app, index),
        Ask::Change => overlay::change(frame, area, app),
        Ask::Note => overlay::note(frame, area, app),
    }
}

fn too_small(frame: &mut Frame, area: Rect) {
    let text = crate::words::screens::too_small((MIN_WIDTH, MIN_HEIGHT), (area.width, area.height));
    frame.render_widget(
        Paragraph::new(text).wrap(ratatui::widgets::Wrap { trim: true }),
        area,
    );
}

/// The top line: a phase badge and details on the left, the routine's name on the right.
fn header(frame: &mut Frame, area: Rect, app: &App, badge: &str, details: &str) {
    let theme = app.theme;
    let phase = app.driver.session.phase();
    let pending = matches!(phase, Phase::Rest { rated: false, .. });
    let mut left = vec![Span::styled(
        format!(" {badge} "),
        theme.badge(phase, pending),
    )];
    if app.driver.session.is_paused() {
        left.push(Span::raw(" "));
        left.push(Span::styled(
            crate::words::screens::paused(),
            theme.selected(),
        ));
    }
    // Never let a person believe their ratings are kept when they are not.
    if app
        .driver
        .outputs
        .history
        .as_ref()
        .is_some_and(|h| !h.is_saving())
    {
        left.push(Span::raw(" "));
        left.push(Span::styled(
            crate::words::screens::not_saved_badge(),
            theme
                .warning()
                .add_modifier(ratatui::style::Modifier::REVERSED),
        ));
    }
    left.push(Span::raw(format!("  {details}")));
    let left = Line::from(left);
    // The right side: the sound state always, the routine's name when there is room.
    let sound = app.driver.outputs.audio.label();
    let name = &app.driver.session.plan().routine().name;
    let room = usize::from(area.width).saturating_sub(left.width() + 2);
    put_line(frame, area, &left, Alignment::Left);
    let right = if room >= sound.len() + 16 {
        format!("{} · {sound}", truncate(name, room - sound.len() - 3))
    } else if room >= sound.len() {
        sound
    } else {
        return;
    };
    put_line(
        frame,
        area,
        &Line::styled(right, theme.dim()),
        Alignment::Right,
    );
}

/// The bottom line: the keys that work now; those that do not fit are left off (`?` lists all).
fn footer(frame: &mut Frame, area: Rect, theme: crate::theme::Theme, keys: &[(String, String)]) {
    let mut spans = Vec::new();
    let mut width = 0;
    for (key, what) in keys {
        let item = key.chars().count() + what.chars().count() + 3;
        if width + item > usize::from(area.width) {
            break;
        }
        width += item;
        spans.push(Span::styled(format!(" {key}"), theme.key()));
        spans.push(Span::styled(format!(" {what} "), theme.dim()));
    }
    put_line(frame, area, &Line::from(spans), Alignment::Left);
}

/// The countdown: large digits at `big`'s scale when they fit, one bold line otherwise.
fn countdown(
    frame: &mut Frame,
    area: Rect,
    clock: &str,
    style: ratatui::style::Style,
    big: Option<u16>,
) {
    if let Some(scale) = big
        && digits::BigText::width(clock) * scale <= area.width
        && area.height >= digits::HEIGHT * scale
    {
        frame.render_widget(digits::BigText::new(clock, style).scaled(scale), area);
    } else {
        put_line(frame, area, &Line::styled(clock, style), Alignment::Center);
    }
}

/// Writes `line` on the first row of `area`, aligned, cut at its right edge. Unlike a
/// `Paragraph` it touches only the cells the text covers (each frame starts blank): a session
/// redraws once a second all day, and styling whole rows cost more than the text itself.
fn put_line(frame: &mut Frame, area: Rect, line: &Line, alignment: Alignment) {
    let area = area.intersection(frame.area());
    if area.is_empty() {
        return;
    }
    let width = u16::try_from(line.width()).map_or(area.width, |w| w.min(area.width));
    let x = match alignment {
        Alignment::Left => area.x,
        // As `Paragraph` centres, so screens look the same whichever drew them.
        Alignment::Center => area.x + (area.width / 2).saturating_sub(width / 2),
        Alignment::Right => area.x + area.width - width,
    };
    frame.buffer_mut().set_line(x, area.y, line, width);
}

/// "next: ..." for the hold after the current phase, cut to `width`.
fn next_line(app: &App, width: u16) -> Line<'static> {
    let plan = app.driver.session.plan();
    let text = crate::words::screens::next(plan, app.driver.session.upcoming_hold());
    Line::styled(truncate(&text, usize::from(width)), app.theme.dim())
}

/// `text` cut to `width` characters, with an ellipsis when cut.
fn truncate(text: &str, width: usize) -> String {
    use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};
    if text.width() <= width {
        return text.to_owned();
    }
    // Columns, not characters: an emoji or a CJK character takes two.
    let mut cut = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        used += w;
        cut.push(c);
    }
    cut.push('…');
    cut
}

/// Rows of fixed heights, top to bottom, with the one row given as `None` taking what is left;
/// rows that no longer fit get no height. The same rectangles `Layout` gives for lengths and
/// one fill when they fit (every size the session screens draw at), without its constraint
/// solver, which allocated 127 KB on a screen redrawn every second.
fn rows<const N: usize>(area: Rect, heights: [Option<u16>; N]) -> [Rect; N] {
    let fixed = heights
        .iter()
        .flatten()
        .fold(0u16, |sum, &h| sum.saturating_add(h));
    let fill = area.height.saturating_sub(fixed);
    let mut y = area.y;
    heights.map(|height| {
        let height = height.unwrap_or(fill).min(area.bottom().saturating_sub(y));
        let row = Rect::new(area.x, y, area.width, height);
        y += height;
        row
    })
}

/// The list of keys of a screen that is not a session's (`?` on the home screen and the body
/// map), boxed, `width` cells wide, over the middle of `area`.
fn keys_overlay(
    frame: &mut Frame,
    area: Rect,
    theme: crate::theme::Theme,
    keys: impl Iterator<Item = (String, String)>,
    width: u16,
) {
    use ratatui::widgets::{Block, Clear, Paragraph};
    let lines = key_lines(keys.collect(), theme);
    let height = u16::try_from(lines.len()).unwrap_or(u16::MAX) + 2;
    let widest = lines.iter().map(Line::width).max().unwrap_or(0) + 2;
    let width = u16::try_from(widest).unwrap_or(u16::MAX).max(width);
    let rect = centred(area, width, height);
    frame.render_widget(Clear, rect);
    frame.render_widget(
        Paragraph::new(ratatui::text::Text::from(lines))
            .block(Block::bordered().title(crate::words::screens::keys_title())),
        rect,
    );
}

/// The `?` list's lines: each key in a column as wide as the longest (at least 7, as
/// "Enter r"), then what it does.
fn key_lines(keys: Vec<(String, String)>, theme: crate::theme::Theme) -> Vec<Line<'static>> {
    let column = keys
        .iter()
        .map(|(key, _)| key.chars().count())
        .max()
        .unwrap_or(0)
        .max(7);
    keys.into_iter()
        .map(|(key, what)| {
            Line::from(vec![
                Span::styled(format!(" {key:<column$} "), theme.key()),
                Span::raw(what),
            ])
        })
        .collect()
}

/// A rectangle of `width` x `height` centred in `area` (clamped to it).
fn centred(area: Rect, width: u16, height: u16) -> Rect {
    let [row] = Layout::vertical([Constraint::Length(height.min(area.height))])
        .flex(ratatui::layout::Flex::Center)
        .areas(area);
    let [cell] = Layout::horizontal([Constraint::Length(width.min(area.width))])
        .flex(ratatui::layout::Flex::Center)
        .areas(row);
    cell
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod rows_tests {
    use ratatui::layout::{Constraint, Layout, Rect};

    use super::rows;

    #[test]
    fn rows_are_the_rectangles_layout_gives_when_they_fit() {
        let area = Rect::new(2, 3, 40, 20);
        let ours = rows(area, [Some(1), Some(0), Some(3), None, Some(2)]);
        let theirs: [Rect; 5] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(0),
            Constraint::Length(3),
            Constraint::Fill(1),
            Constraint::Length(2),
        ])
        .areas(area);
        assert_eq!(ours, theirs);
    }

    #[test]
    fn rows_that_do_not_fit_get_no_height_and_stay_inside() {
        let area = Rect::new(0, 0, 10, 4);
        let [a, b, c] = rows(area, [Some(3), None, Some(3)]);
        assert_eq!((a.height, b.height, c.height), (3, 0, 1));
        assert!(c.bottom() <= area.bottom());
    }
}
