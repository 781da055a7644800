//! The rating prompt, shown while the rest runs: the 0-10 scale with its anchors, the value
//! being typed, and the rest countdown.

use std::time::Instant;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::digits;
use super::{countdown, footer, header, next_line};
use crate::app::App;
use crate::keys::{self, Action};
use crate::session::MAX_RATING;
use crate::words;

/// The 0-10 scale, each value in a cell of four columns (three when narrow), the selection in
/// reverse video, with its anchors underneath.
pub(super) fn draw_scale(
    frame: &mut Frame,
    values_area: Rect,
    anchors_area: Rect,
    app: &App,
    width: u16,
    (low, high): (String, String),
) {
    let cell = if width >= 48 { 4 } else { 3 };
    let selected = app.driver.selected();
    let values: Vec<Span> = (0..=MAX_RATING)
        .map(|v| {
            let label = format!("{v:^cell$}");
            if selected == Some(v) {
                Span::styled(label, app.theme.selected())
            } else {
                Span::raw(label)
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(Line::from(values)).centered(), values_area);
    // Under the scale's width, a space apart; a long top anchor (a language's longer words)
    // is cut, never run into the bottom one.
    let room = cell * 11;
    let low_width = low.chars().count();
    let high: String = if low_width + 1 + high.chars().count() > room {
        let keep = room.saturating_sub(low_width + 2);
        high.chars()
            .take(keep)
            .chain(std::iter::once('…'))
            .collect()
    } else {
        high
    };
    let gap = room.saturating_sub(low_width + high.chars().count()).max(1);
    let anchors = format!("{low}{}{high}", " ".repeat(gap));
    frame.render_widget(
        Paragraph::new(Span::styled(anchors, app.theme.dim())).centered(),
        anchors_area,
    );
}

/// The rest countdown, or what the prompt waits for once the rest is over.
fn rest_clock(frame: &mut Frame, area: Rect, app: &App, now: Instant, big: bool) {
    let session = &app.driver.session;
    let theme = app.theme;
    match (session.timer(), session.upcoming_hold()) {
        (Some(timer), _) => {
            let style = theme.phase(session.phase(), true);
            countdown(
                frame,
                area,
                &words::clock(timer.remaining(now)),
                style,
                big.then_some(1),
            );
        }
        (None, Some(_)) => {
            let wait = Span::styled(words::screens::rest_over(), theme.warning());
            frame.render_widget(Paragraph::new(wait).centered(), area);
        }
        (None, None) => {
            let last = Span::styled(words::screens::last_hold(), theme.dim());
            frame.render_widget(Paragraph::new(last).centered(), area);
        }
    }
}

/// Draws the rating prompt for the hold just done.
pub(super) fn draw(frame: &mut Frame, area: Rect, app: &App, now: Instant) {
    let session = &app.driver.session;
    let plan = session.plan();
    let Some(i) = session.current_hold() else {
        return;
    };
    let theme = app.theme;
    let big = area.height >= 20;
    let ask = words::screens::how_tender(&words::spot(plan, plan.spot(i)));
    // A question longer than the screen is wide (a long spot, a language's longer words)
    // takes a second line rather than losing its end.
    let ask_rows = if ask.chars().count() > usize::from(area.width) {
        2
    } else {
        1
    };
    let [
        top,
        _,
        question,
        _,
        scale,
        anchors,
        _,
        hint,
        _,
        clock_area,
        _,
        next_area,
        keys,
    ] = super::rows(
        area,
        [
            Some(1),
            Some(u16::from(area.height >= 14)),
            Some(ask_rows),
            Some(u16::from(area.height >= 16)),
            Some(1),
            Some(1),
            Some(u16::from(area.height >= 16)),
            Some(if area.width >= 60 { 1 } else { 2 }),
            Some(1),
            Some(if big { digits::HEIGHT } else { 1 }),
            None,
            Some(1),
            Some(1),
        ],
    );

    header(
        frame,
        top,
        app,
        &words::screens::badge(app.driver.session.phase()),
        &words::screens::position(app.driver.session.phase(), i, plan.len()),
    );
    frame.render_widget(
        Paragraph::new(Span::styled(ask, theme.title()))
            .wrap(Wrap { trim: true })
            .centered(),
        question,
    );

    draw_scale(frame, scale, anchors, app, area.width, words::pain_scale());
    let selected = app.driver.selected();
    let how = words::screens::rating_hint(selected);
    frame.render_widget(
        Paragraph::new(Span::styled(how, theme.key()))
            .wrap(Wrap { trim: true })
            .centered(),
        hint,
    );

    rest_clock(frame, clock_area, app, now, big);
    frame.render_widget(
        Paragraph::new(next_line(app, area.width)).centered(),
        next_area,
    );
    footer(
        frame,
        keys,
        app.theme,
        &keys::footer(
            &app.screen_state(),
            &[
                Action::Digit,
                Action::Confirm,
                Action::SkipRating,
                Action::Pause,
                Action::Next,
                Action::Quit,
                Action::Help,
            ],
        ),
    );
}
