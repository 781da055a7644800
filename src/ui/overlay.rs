//! Boxes drawn over the screen: the help, the quit confirmation, the overall pain and the
//! note for the therapist.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use super::centred;
use crate::app::App;
use crate::keys::{self, Action};
use crate::session::Phase;
use crate::words;

/// The list of keys.
pub(super) fn help(frame: &mut Frame, area: Rect, app: &App) {
    let lines = super::key_lines(keys::help().collect(), app.theme);
    let rows = u16::try_from(lines.len()).unwrap_or(u16::MAX);
    // On the smallest screens the box keeps only its top edge, so every key still fits.
    let (height, block) = if area.height >= rows + 2 {
        (rows + 2, Block::bordered())
    } else {
        (rows + 1, Block::new().borders(Borders::TOP))
    };
    // As wide as its longest line, where the screen has room: words run longer in German.
    let widest = lines.iter().map(Line::width).max().unwrap_or(0) + 2;
    let rect = centred(
        area,
        u16::try_from(widest).unwrap_or(u16::MAX).max(46),
        height,
    );
    frame.render_widget(Clear, rect);
    let block = block.title(words::screens::keys_title());
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
    let [question, clock, kept] = words::screens::quit_box();
    let text = Text::from(vec![
        Line::styled(question, app.theme.title()),
        Line::raw(clock),
        Line::raw(kept),
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

/// "Overall pain now", on the 0-10 scale, before the first hold or after the last.
pub(super) fn overall(frame: &mut Frame, area: Rect, app: &App) {
    let rect = centred(area, 50, 8);
    frame.render_widget(Clear, rect);
    let block = Block::bordered().title(words::screens::overall_title());
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let [question, _, values, anchors, _, keys_line] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
    ])
    .areas(inner);
    let asked = words::screens::overall_when(app.driver.session.phase() == Phase::Overview);
    frame.render_widget(Paragraph::new(asked).centered(), question);
    super::rating::draw_scale(
        frame,
        values,
        anchors,
        app,
        inner.width,
        words::pain_scale(),
    );
    let offer = keys::footer(
        &app.key_state(),
        &[Action::Digit, Action::Confirm, Action::SkipRating],
    );
    super::footer(frame, keys_line, app.theme, &offer);
    clear_footer(frame, area);
}

/// An activity of the prescription: how well it can be done now, 0 (unable) to 10 (as
/// before the problem), before the first hold.
pub(super) fn activity(frame: &mut Frame, area: Rect, app: &App, index: usize) {
    let plan = app.driver.session.plan();
    let activities = words::measures::activities(plan);
    let activity = words::measures::activity(plan, index);
    let rect = centred(area, 60, 9);
    frame.render_widget(Clear, rect);
    let block = Block::bordered().title(words::measures::activity_title());
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let [count, text, _, values, anchors, _, keys_line] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
    ])
    .areas(inner);
    frame.render_widget(
        Paragraph::new(Span::styled(
            words::measures::activity_count(index, activities.len()),
            app.theme.dim(),
        ))
        .centered(),
        count,
    );
    frame.render_widget(
        Paragraph::new(Span::styled(activity, app.theme.title())).centered(),
        text,
    );
    super::rating::draw_scale(
        frame,
        values,
        anchors,
        app,
        inner.width,
        words::measures::activity_ends(),
    );
    let offer = keys::footer(
        &app.key_state(),
        &[Action::Digit, Action::Confirm, Action::SkipRating],
    );
    super::footer(frame, keys_line, app.theme, &offer);
    clear_footer(frame, area);
}

/// The global impression of change: seven answers, 1 very much improved to 7 very much
/// worse, the one selected marked.
pub(super) fn change(frame: &mut Frame, area: Rect, app: &App) {
    let choices = words::measures::impression_choices();
    let rows = u16::try_from(choices.len()).unwrap_or(7);
    let rect = centred(area, 60, rows + 5);
    frame.render_widget(Clear, rect);
    let block = Block::bordered().title(words::measures::change_title());
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let asked = words::measures::change_asked();
    // A question longer than the box (German's, at 40 columns) takes the blank line under it.
    let asked_rows = if asked.chars().count() > usize::from(inner.width) {
        2
    } else {
        1
    };
    let [question, list, _, keys_line] = Layout::vertical([
        Constraint::Length(asked_rows),
        Constraint::Length(rows),
        Constraint::Fill(1),
        Constraint::Length(1),
    ])
    .areas(inner);
    frame.render_widget(
        Paragraph::new(Span::styled(asked, app.theme.title()))
            .centered()
            .wrap(Wrap { trim: true }),
        question,
    );
    let selected = app.driver.selected();
    let lines: Vec<Line> = choices
        .into_iter()
        .zip(1u8..)
        .map(|(choice, n)| {
            if selected == Some(n) {
                Line::styled(format!("> {choice}"), app.theme.key())
            } else {
                Line::raw(format!("  {choice}"))
            }
        })
        .collect();
    // As wide as the longest answer in the language spoken (French's are long).
    let widest = lines.iter().map(Line::width).max().unwrap_or(26);
    let widest = u16::try_from(widest).unwrap_or(u16::MAX).max(26);
    let left = Rect {
        x: list.x + list.width.saturating_sub(widest) / 2,
        width: list.width.min(widest),
        ..list
    };
    frame.render_widget(Paragraph::new(Text::from(lines)), left);
    // Seven answers, not eleven: the digit key's own label would offer 0-9.
    let mut offer = vec![words::measures::change_keys()];
    offer.extend(keys::footer(
        &app.key_state(),
        &[Action::Confirm, Action::SkipRating],
    ));
    super::footer(frame, keys_line, app.theme, &offer);
    clear_footer(frame, area);
}

/// Blanks the screen's own footer under a box that has its own keys.
fn clear_footer(frame: &mut Frame, area: Rect) {
    let bottom = Rect {
        y: area.bottom().saturating_sub(1),
        height: area.height.min(1),
        ..area
    };
    frame.render_widget(Clear, bottom);
}

/// The note for the therapist, as it is typed.
pub(super) fn note(frame: &mut Frame, area: Rect, app: &App) {
    let rect = centred(area, 64, 6);
    frame.render_widget(Clear, rect);
    let block = Block::bordered().title(format!(" {} ", words::note_prompt()));
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let [hint, text, _, keys_line] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
    ])
    .areas(inner);
    frame.render_widget(
        Paragraph::new(Span::styled(words::screens::note_hint(), app.theme.dim())),
        hint,
    );
    // The end of the line stays in view as it grows.
    let width = usize::from(text.width.saturating_sub(1));
    let typed: Vec<char> = app.driver.note().chars().collect();
    let shown: String = typed[typed.len().saturating_sub(width)..].iter().collect();
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::raw(shown),
            Span::styled("_", app.theme.key()),
        ])),
        text,
    );
    let offer = keys::footer(&app.key_state(), &[Action::Confirm, Action::KeepGoing]);
    super::footer(frame, keys_line, app.theme, &offer);
    clear_footer(frame, area);
}
