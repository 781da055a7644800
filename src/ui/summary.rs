//! The summary: every hold with its time and rating, and how each spot's pain changed.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::Paragraph;

use super::footer;
use crate::app::App;
use crate::keys::{self, Action};
use crate::session::Moment;
use crate::session::summary::Summary;
use crate::sides;
use crate::words;

/// Draws the summary; long lists scroll with the arrow keys.
pub(super) fn draw(frame: &mut Frame, area: Rect, app: &App) {
    let theme = app.theme;
    let summary = Summary::of(&app.driver.session);
    let routine = app.driver.session.plan().routine();
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
    let mut stats_line = format!(
        "{} of {} done · {} held",
        summary.holds_done,
        words::holds(summary.rows.len()),
        words::short(summary.time_held)
    );
    if let Some(overall) = words::overall_pain(
        app.driver.session.session_rating(Moment::Before),
        app.driver.session.session_rating(Moment::After),
    ) {
        stats_line = format!("{stats_line} · {overall}");
    }
    if app.driver.saved_note().is_some() {
        stats_line.push_str(" · note kept");
    }
    frame.render_widget(Paragraph::new(stats_line), stats);

    let mut lines: Vec<Line> = app
        .driver
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
            &[Action::Close, Action::Note, Action::Up, Action::Help],
        ),
    );
}

/// First-to-last change per spot, left beside right on one row, the spot's name shortened to
/// fit narrow screens; then the spots whose sides differ by 2 or more.
fn spot_lines(app: &App, summary: &Summary, width: u16) -> Vec<Line<'static>> {
    if summary.spots.is_empty() {
        return Vec::new();
    }
    let theme = app.theme;
    let pairs = sides::pair(summary.spots.iter().map(|s| (s.spot.step, s.spot.side, s)));
    let paired = pairs.iter().any(|p| p.left.is_some() || p.right.is_some());
    let name_width = usize::from(width)
        .saturating_sub(if paired { 32 } else { 20 })
        .clamp(8, 28);
    let mut lines = vec![Line::styled("Pain, first rating to last", theme.title())];
    let mut gaps = Vec::new();
    let steps = &app.driver.session.plan().routine().steps;
    for pair in &pairs {
        let region = &steps[pair.key].region;
        let name = super::truncate(region, name_width);
        let mut parts = vec![Span::raw(format!("  {name:<name_width$}"))];
        let mut better = Vec::new();
        for (letter, change) in [("", pair.both), ("L ", pair.left), ("R ", pair.right)] {
            let Some(change) = change else {
                continue;
            };
            let style = if change.much_better() {
                better.push(letter.trim());
                theme.good()
            } else {
                ratatui::style::Style::default()
            };
            parts.push(Span::styled(
                format!(
                    "  {letter}{:>2} → {:<2} {:+}",
                    change.first,
                    change.last,
                    change.change()
                ),
                style,
            ));
        }
        let shown = usize::from(pair.both.is_some())
            + usize::from(pair.left.is_some())
            + usize::from(pair.right.is_some());
        if !better.is_empty() {
            // Said once for the row; which side, when only one side is.
            let text = if better.len() == shown {
                "  much better".to_owned()
            } else {
                format!("  much better ({})", better.join(""))
            };
            parts.push(Span::styled(text, theme.good()));
        }
        lines.push(Line::from(parts));
        if let (Some(left), Some(right)) = (pair.left, pair.right)
            && let Some(gap) = words::side_gap(region, f64::from(left.last), f64::from(right.last))
        {
            gaps.push(gap);
        }
    }
    for gap in gaps {
        lines.push(Line::styled(
            format!("  Sides differ: {gap}"),
            theme.warning(),
        ));
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
            Some(r) if r.outcome.is_skipped() => ("-".to_owned(), "skipped".to_owned()),
            Some(r) => (
                words::held(r.released_after.unwrap_or(r.held)),
                words::hold_result(r),
            ),
        };
        let rep = format!("{}/{}", row.rep, row.reps);
        // Today against the last session of the same routine.
        let last = app
            .driver
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
