//! The summary: every hold with its time and rating, and how each spot's pain changed. The
//! words are `words::SummaryWords`, as plain mode prints them; this lays them out.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::Paragraph;

use super::footer;
use crate::app::App;
use crate::keys::{self, Action};
use crate::routine::Side;
use crate::words::{self, SummaryWords};

/// Draws the summary; long lists scroll with the arrow keys.
pub(super) fn draw(frame: &mut Frame, area: Rect, app: &App) {
    let theme = app.theme;
    let history = app.driver.outputs.history.as_ref();
    let last = |region: &str, side| history.and_then(|h| h.last_time(region, side));
    let summary = SummaryWords::of(&app.driver.session, &last);
    let routine = app.driver.session.plan().routine();
    let mut stats_line = vec![summary.done.clone()];
    stats_line.extend(summary.overall.clone());
    stats_line.extend(summary.measures.iter().cloned());
    if app.driver.saved_note().is_some() {
        stats_line.push(words::note_kept_short());
    }
    let stats_text = stats_line.join(" · ");
    // The figures wrap onto a second line rather than lose the overall pain or the change
    // (a language's longer words need it at 80 columns).
    let stats_rows = if stats_text.chars().count() > usize::from(area.width) && area.height > 14 {
        2
    } else {
        1
    };
    let [top, stats, _, body, keys] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(stats_rows),
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
    ])
    .areas(area);

    let head = Line::from(vec![
        Span::styled(
            format!(" {} ", summary.title.to_uppercase()),
            theme.selected(),
        ),
        Span::styled(format!("  {}", routine.name), theme.title()),
    ]);
    frame.render_widget(Paragraph::new(head), top);
    let stats_paragraph = Paragraph::new(stats_text);
    let stats_paragraph = if stats_rows > 1 {
        stats_paragraph.wrap(ratatui::widgets::Wrap { trim: true })
    } else {
        stats_paragraph
    };
    frame.render_widget(stats_paragraph, stats);

    let mut lines: Vec<Line> = history
        .and_then(crate::history::Recorder::notice)
        .map(|n| {
            vec![
                Line::styled(words::not_saved_summary(&n), theme.warning()),
                Line::raw(""),
            ]
        })
        .unwrap_or_default();
    // The last rating's advice (ease off after a 10/10 on the last hold): plain mode prints
    // it before the summary; here it heads the summary, or it would never be seen.
    if let Some(notice) = app.driver.session.notice() {
        let plan = app.driver.session.plan();
        lines.push(Line::styled(words::notice(plan, notice), theme.warning()));
        lines.push(Line::raw(""));
    }
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
/// fit narrow screens; then the regions whose sides differ.
fn spot_lines(app: &App, summary: &SummaryWords, width: u16) -> Vec<Line<'static>> {
    if summary.spots.is_empty() && summary.gaps.is_empty() {
        return Vec::new();
    }
    let theme = app.theme;
    // The names get what the widest row's changes and verdict leave, so no row is cut.
    let widest = summary
        .spots
        .iter()
        .map(|s| {
            let changes: usize = s
                .changes
                .iter()
                .map(|c| c.short().chars().count() + 2)
                .sum();
            let verdict = s.verdict.as_ref().map_or(0, |v| v.chars().count() + 2);
            changes + verdict + 2
        })
        .max()
        .unwrap_or(0);
    let name_width = usize::from(width).saturating_sub(widest).clamp(8, 28);
    let mut lines = vec![Line::styled(words::pain_first_to_last(), theme.title())];
    for spot in &summary.spots {
        let name = super::truncate(&spot.region, name_width);
        let mut parts = vec![Span::raw(format!("  {name:<name_width$}"))];
        for change in &spot.changes {
            let style = if change.better {
                theme.good()
            } else if change.worse {
                theme.warning()
            } else {
                Style::default()
            };
            parts.push(Span::styled(format!("  {}", change.short()), style));
        }
        if let Some(verdict) = &spot.verdict {
            let worse = spot.changes.iter().any(|c| c.worse);
            let style = if worse { theme.warning() } else { theme.good() };
            parts.push(Span::styled(format!("  {verdict}"), style));
        }
        lines.push(Line::from(parts));
    }
    for gap in &summary.gaps {
        lines.push(Line::styled(
            format!("  {}", words::sides_differ(gap)),
            theme.warning(),
        ));
    }
    lines.push(Line::raw(""));
    lines
}

/// One line per hold: a full table when there is room, a compact one on narrow screens.
fn hold_lines(app: &App, summary: &SummaryWords, width: u16) -> Vec<Line<'static>> {
    let wide = width >= 64;
    let [number, spot, side, rep, held, rating] = words::summary_columns();
    // As wide as the language's longest side word ("izquierdo"), at least 6.
    let side_width = [
        side.as_str(),
        &words::side(Some(Side::Left)),
        &words::side(Some(Side::Right)),
    ]
    .iter()
    .map(|w| w.chars().count())
    .max()
    .unwrap_or(6)
    .max(6);
    let header = if wide {
        format!("  {number:<3} {spot:<22} {side:<side_width$} {rep:<5} {held:>7}  {rating}")
    } else {
        format!("{number:>2} {spot:<16} {held:>6} {rating}")
    };
    let mut lines = vec![Line::styled(header, app.theme.dim())];
    for (n, row) in summary.holds.iter().enumerate() {
        // Today against the last session of the same routine.
        let result = match row.last_time {
            Some(before) if wide => format!("{}  ({})", row.result, words::last_time(before)),
            Some(before) => format!("{} ({before})", row.result),
            None => row.result.clone(),
        };
        lines.push(Line::raw(if wide {
            format!(
                "  {:<3} {:<22} {:<side_width$} {:<5} {:>7}  {result}",
                n + 1,
                super::truncate(&row.region, 22),
                words::side(row.side),
                row.rep,
                row.held,
            )
        } else {
            // The region gives way, never the side or the rep: two rows of one region must
            // still say which side each was.
            let tail = format!("{} {}", words::side_initial(row.side), row.rep);
            let room = 16usize.saturating_sub(tail.chars().count());
            let spot = format!("{}{tail}", super::truncate(&row.region, room));
            format!("{:>2} {spot:<16} {:>6} {result}", n + 1, row.held)
        }));
    }
    lines
}
