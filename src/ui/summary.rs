//! The summary: every hold with its time and rating, and how each spot's pain changed.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::Paragraph;

use super::footer;
use crate::app::App;
use crate::keys::{self, Action};
use crate::session::HoldOutcome;
use crate::session::summary::Summary;
use crate::words;

/// Draws the summary; long lists scroll with the arrow keys.
pub(super) fn draw(frame: &mut Frame, area: Rect, app: &App) {
    let theme = app.theme;
    let summary = Summary::of(&app.session);
    let routine = app.session.plan().routine();
    let [top, stats, _, body, keys] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
    ])
    .areas(area);

    let title = words::summary_title(summary.outcome);
    let head = Line::from(vec![
        Span::styled(format!(" {} ", title.to_uppercase()), theme.selected()),
        Span::styled(format!("  {}", routine.name), theme.title()),
    ]);
    frame.render_widget(Paragraph::new(head), top);
    let stats_line = format!(
        "{} of {} holds done · {} held",
        summary.holds_done,
        summary.rows.len(),
        words::short(summary.time_held)
    );
    frame.render_widget(Paragraph::new(stats_line), stats);

    let mut lines: Vec<Line> = app
        .outputs
        .history
        .as_ref()
        .and_then(crate::history::Recorder::notice)
        .map(|n| {
            vec![
                Line::styled(
                    format!("Note: {n}. The ratings below are all there is."),
                    theme.warning(),
                ),
                Line::raw(""),
            ]
        })
        .unwrap_or_default();
    lines.extend(spot_lines(app, &summary, body.width));
    lines.extend(hold_lines(app, &summary, body.width));
    let visible = usize::from(body.height);
    let scroll = app.scroll.min(lines.len().saturating_sub(visible));
    let scroll = u16::try_from(scroll).unwrap_or(u16::MAX);
    frame.render_widget(Paragraph::new(Text::from(lines)).scroll((scroll, 0)), body);
    footer(
        frame,
        keys,
        app.theme,
        &keys::footer(
            &app.screen_state(),
            &[Action::Close, Action::Up, Action::Help],
        ),
    );
}

/// First-to-last change per spot, the spot's name shortened to fit narrow screens.
fn spot_lines(app: &App, summary: &Summary, width: u16) -> Vec<Line<'static>> {
    if summary.spots.is_empty() {
        return Vec::new();
    }
    let name_width = usize::from(width).saturating_sub(26).clamp(10, 28);
    let mut lines = vec![Line::styled(
        "Pain, first rating to last",
        app.theme.title(),
    )];
    for spot in &summary.spots {
        let name = super::truncate(&words::spot(app.session.plan(), spot.spot), name_width);
        let mut parts = vec![Span::raw(format!(
            "  {name:<name_width$} {:>2} → {:<2} {:+}",
            spot.first,
            spot.last,
            spot.change()
        ))];
        if spot.much_better() {
            parts.push(Span::styled("  much better", app.theme.good()));
        }
        lines.push(Line::from(parts));
    }
    lines.push(Line::raw(""));
    lines
}

/// One line per hold: a full table when there is room, a compact one on narrow screens.
fn hold_lines(app: &App, summary: &Summary, width: u16) -> Vec<Line<'static>> {
    let wide = width >= 64;
    let header = if wide {
        format!(
            "  {:<3} {:<22} {:<6} {:<5} {:>7}  rating",
            "#", "spot", "side", "rep", "held"
        )
    } else {
        format!("{:>2} {:<16} {:>6} rating", "#", "spot", "held")
    };
    let mut lines = vec![Line::styled(header, app.theme.dim())];
    for (n, row) in summary.rows.iter().enumerate() {
        let (time, rating) = match &row.record {
            None => ("-".to_owned(), "not reached".to_owned()),
            Some(r) if r.outcome == HoldOutcome::Skipped => ("-".to_owned(), "skipped".to_owned()),
            Some(r) => (
                words::held(r.released_after.unwrap_or(r.held)),
                words::hold_result(r),
            ),
        };
        let rep = format!("{}/{}", row.rep, row.reps);
        // Today against the last session of the same routine.
        let last = app
            .outputs
            .history
            .as_ref()
            .and_then(|h| h.last_time(&row.region, row.side));
        let rated = row.record.as_ref().is_some_and(|r| r.rating.is_some());
        let rating = match last {
            Some(before) if rated && wide => format!("{rating}  (last time {before})"),
            Some(before) if rated => format!("{rating} ({before})"),
            _ => rating,
        };
        lines.push(Line::raw(if wide {
            format!(
                "  {:<3} {:<22} {:<6} {rep:<5} {time:>7}  {rating}",
                n + 1,
                super::truncate(&row.region, 22),
                words::side(row.side),
            )
        } else {
            let side = row
                .side
                .map_or("", |s| if s.word() == "left" { " L" } else { " R" });
            let spot = super::truncate(&format!("{}{side} {rep}", row.region), 16);
            format!("{:>2} {spot:<16} {time:>6} {rating}", n + 1)
        }));
    }
    lines
}
