//! The screen during a session: get ready, hold, and rest once the hold is rated.
//!
//! Built to be read at a glance from two metres: the phase word in reverse video, the spot in
//! bold, the countdown in large digits, and what comes next at the bottom.

use std::time::{Duration, Instant};

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Paragraph, Wrap};

use super::bodymap::{self, Palette};
use super::digits;
use super::{countdown, footer, header, next_line, put_line};
use crate::app::App;
use crate::body::map::Mark;
use crate::keys::{self, Action};
use crate::routine::Release;
use crate::session::Phase;
use crate::words;

/// Draws the prepare, hold or (rated) rest screen.
pub(super) fn draw(frame: &mut Frame, area: Rect, app: &App, now: Instant) {
    let session = &app.driver.session;
    let plan = session.plan();
    let Some(i) = session.current_hold() else {
        return;
    };
    let phase = session.phase();
    let theme = app.theme;
    let step = plan.step(i);
    let (remaining, length) = session
        .timer()
        .map_or((Duration::ZERO, Duration::ZERO), |t| {
            (t.remaining(now), t.length())
        });
    let badge = words::screens::badge(phase);
    let details = words::screens::position(phase, i, plan.len());

    let [top, middle, next_area, keys] = super::rows(area, [Some(1), None, Some(1), Some(1)]);
    header(frame, top, app, &badge, &details);
    put_line(
        frame,
        next_area,
        &next_line(app, area.width),
        Alignment::Center,
    );
    let text_area = draw_map(frame, app, area, middle, i);

    let big = area.height >= 18;
    let clock = words::clock(remaining);
    // A large screen gets digits twice the size, when they fit beside the map.
    let scale = if area.height >= 36 && digits::BigText::width(&clock) * 2 <= text_area.width {
        2
    } else {
        1
    };
    let tool_line = area.height >= 15;
    let [
        _,
        spot_area,
        tool_area,
        _,
        clock_area,
        _,
        gauge_area,
        _,
        body,
    ] = super::rows(
        text_area,
        [
            Some(u16::from(big)),
            Some(1),
            Some(u16::from(tool_line)),
            Some(1),
            Some(if big { digits::HEIGHT * scale } else { 1 }),
            Some(u16::from(big)),
            Some(1),
            Some(1),
            None,
        ],
    );

    put_line(
        frame,
        spot_area,
        &spot_line(app, i, usize::from(spot_area.width)),
        Alignment::Center,
    );
    if tool_line {
        let hint = step
            .tool
            .known
            .map(|t| format!(": {}", t.hint()))
            .unwrap_or_default();
        let line = super::truncate(
            &format!("{}{hint}", step.tool),
            usize::from(text_area.width),
        );
        put_line(
            frame,
            tool_area,
            &Line::styled(line, theme.dim()),
            Alignment::Center,
        );
    }

    countdown(
        frame,
        clock_area,
        &clock,
        theme.phase(phase, false),
        big.then_some(scale),
    );
    gauge(frame, gauge_area, app, remaining, length);

    frame.render_widget(
        Paragraph::new(body_text(app, i))
            .wrap(Wrap { trim: true })
            .centered(),
        body,
    );

    footer(
        frame,
        keys,
        app.theme,
        &keys::footer(&app.screen_state(), OFFER),
    );
}

/// The body map beside the text when it fits; returns the room left for the text.
fn draw_map(frame: &mut Frame, app: &App, area: Rect, middle: Rect, i: usize) -> Rect {
    let Some((map, text, mark)) = map_beside(app, area, middle, i) else {
        return middle;
    };
    let side = app
        .driver
        .session
        .plan()
        .hold(i)
        .side
        .filter(|_| mark.region.sided);
    bodymap::draw(
        frame,
        map,
        &app.figures,
        mark.region.view,
        &[mark],
        side,
        Palette::Current,
        app.theme,
        app.glyphs,
    );
    text
}

/// The map's column and the text's beside it, when the screen is large enough and the spot
/// is one knead can place on the body.
fn map_beside(app: &App, area: Rect, middle: Rect, i: usize) -> Option<(Rect, Rect, Mark)> {
    if area.width < bodymap::MIN_WIDTH || area.height < bodymap::MIN_HEIGHT {
        return None;
    }
    let plan = app.driver.session.plan();
    let mark = bodymap::step_marks(plan.step(i), plan.hold(i).side)?;
    let height = middle.height.saturating_sub(1);
    let width = bodymap::width(height);
    let map = Rect::new(middle.x + 1, middle.y + 1, width, height);
    let text_x = map.right() + 2;
    let text = Rect::new(
        text_x,
        middle.y,
        middle.right().saturating_sub(text_x + 1),
        middle.height,
    );
    Some((map, text, mark))
}

/// The spot in bold, with the rep and, once rated, the rating.
/// The spot, its rep, the rating just given and one typed ahead, in `width` columns: where
/// they do not fit the separators narrow, then the rep goes (the header says it too), so
/// the rating is never the part cut.
fn spot_line(app: &App, i: usize, width: usize) -> Line<'static> {
    let session = &app.driver.session;
    let plan = session.plan();
    let rep = words::rep(plan, i);
    let rating = session.records()[i].as_ref().and_then(|r| r.rating);
    let rated = match (session.phase(), rating) {
        (Phase::Rest { .. }, Some(rating)) => Some(words::rated(rating)),
        _ => None,
    };
    // A rating typed before its prompt: said on screen, as the tone says it aloud.
    let kept = app.driver.kept().next().map(words::kept_badge);
    let spot = words::spot(plan, plan.spot(i));
    let line = |gap: &str, rep: Option<&String>, spot: &str| {
        let mut spans = vec![Span::styled(spot.to_owned(), app.theme.title())];
        spans.extend(rep.map(|r| Span::raw(format!("{gap}{r}"))));
        spans.extend(rated.as_ref().map(|r| Span::raw(format!("{gap}{r}"))));
        spans.extend(
            kept.as_ref()
                .map(|k| Span::styled(format!("{gap}{k}"), app.theme.good())),
        );
        Line::from(spans)
    };
    let tight = line(" · ", None, &spot);
    [
        line("  ·  ", rep.as_ref(), &spot),
        line(" · ", rep.as_ref(), &spot),
    ]
    .into_iter()
    .find(|l| l.width() <= width)
    .unwrap_or_else(|| {
        // Still too wide: the spot's name gives way last, cut to what is left.
        let room = width.saturating_sub(tight.width() - spot.chars().count());
        line(" · ", None, &super::truncate(&spot, room))
    })
}

/// A bar of thick rules for time gone and thin ones for time left, readable without colour.
fn gauge(frame: &mut Frame, area: Rect, app: &App, remaining: Duration, length: Duration) {
    let width = area.width.saturating_sub(4);
    let total = length.as_millis();
    let gone = total.saturating_sub(remaining.as_millis());
    let filled = (gone * u128::from(width))
        .checked_div(total)
        .map_or(width, |f| u16::try_from(f).unwrap_or(width));
    let (filled, width) = (usize::from(filled.min(width)), usize::from(width));
    let style = app.theme.phase(app.driver.session.phase(), false);
    let line = Line::from(vec![
        Span::styled("━".repeat(filled), style),
        Span::styled("─".repeat(width - filled), app.theme.dim()),
    ]);
    put_line(frame, area, &line, Alignment::Center);
}

/// What to read under the countdown: a side switch, advice, the cue, the release key.
fn body_text(app: &App, i: usize) -> Text<'static> {
    let session = &app.driver.session;
    let plan = session.plan();
    let theme = app.theme;
    let step = plan.step(i);
    let mut lines: Vec<Line> = Vec::new();
    if let Some(notice) = session.notice() {
        lines.push(Line::styled(words::notice(plan, notice), theme.warning()));
        lines.push(Line::raw(""));
    }
    match session.phase() {
        Phase::Prepare(_) => {
            if let (true, Some(side)) = (plan.hold(i).switches_side, plan.hold(i).side) {
                lines.push(Line::styled(
                    words::switch_sides(Some(side)),
                    theme.warning(),
                ));
            }
            lines.extend(cue_lines(step.cue.as_deref()));
        }
        Phase::Hold(_) => {
            lines.extend(cue_lines(step.cue.as_deref()));
            if step.release == Release::Manual {
                lines.push(Line::styled(words::release_prompt(), theme.key()));
            }
        }
        Phase::Overview | Phase::Rest { .. } | Phase::Summary => {
            lines.push(Line::styled(words::screens::rest(), Style::new()));
        }
    }
    Text::from(lines)
}

fn cue_lines(cue: Option<&str>) -> Vec<Line<'static>> {
    cue.map(|c| c.lines().map(|l| Line::raw(l.to_owned())).collect())
        .unwrap_or_default()
}

/// The keys the active screens offer, in footer order; the table says which apply now.
const OFFER: &[Action] = &[
    Action::Pause,
    Action::Released,
    Action::Extend,
    Action::SkipSpot,
    Action::Next,
    Action::Back,
    Action::Mute,
    Action::Voice,
    Action::Quit,
    Action::Help,
];
