//! The history screen: each spot's pain over time as a chart, its last ratings, sessions per
//! week against each routine's intent, and the sessions themselves.

use std::fmt::Write as _;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Axis, Block, Chart, Dataset, GraphType, List, ListItem, ListState, Paragraph,
};

use super::footer;
use super::theme::Theme;
use crate::app::history::{Focus, HistoryScreen};
use crate::history::overview::Overview;
use crate::keys::{self, Action, Screen, State};
use crate::words;

/// Draws the history screen over the whole frame.
pub fn draw(frame: &mut Frame, screen: &HistoryScreen, theme: Theme) {
    let area = frame.area();
    let [top, body, keys] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
    ])
    .areas(area);
    let overview = match &screen.overview {
        Ok(overview) if !overview.sessions.is_empty() => overview,
        Ok(_) => {
            return message(
                frame,
                area,
                theme,
                "No sessions yet: the history fills as you rate holds.",
            );
        }
        Err(why) => {
            return message(
                frame,
                area,
                theme,
                &format!("The history cannot be shown: {why}"),
            );
        }
    };
    let title = Line::from(vec![
        Span::styled(" HISTORY ", theme.selected()),
        Span::raw(format!(
            "  {}",
            words::count(overview.sessions.len(), "session")
        )),
    ]);
    frame.render_widget(Paragraph::new(title), top);

    let wide = area.width >= 70;
    let tall = area.height >= 20;
    let [upper, weeks, lower] = Layout::vertical([
        Constraint::Fill(if tall { 3 } else { 1 }),
        Constraint::Length(if tall {
            u16::try_from(overview.routines.len().min(3)).unwrap_or(3) + 2
        } else {
            0
        }),
        Constraint::Fill(if tall { 2 } else { 0 }),
    ])
    .areas(body);
    let [spots_area, chart_area] = Layout::horizontal([
        Constraint::Length(if wide { 26 } else { 0 }),
        Constraint::Fill(1),
    ])
    .areas(upper);
    if wide {
        spots(frame, spots_area, theme, overview, screen);
    }
    chart(frame, chart_area, theme, overview, screen.spot);
    if tall {
        week_lines(frame, weeks, overview);
        sessions(frame, lower, theme, overview, screen);
    }
    let (screen, offer): (Screen, &[Action]) = if wide && tall {
        (
            Screen::HistoryLists,
            &[Action::Up, Action::Focus, Action::Close],
        )
    } else {
        (Screen::History, &[Action::Up, Action::Close])
    };
    let state = State {
        screen,
        ..State::default()
    };
    footer(frame, keys, theme, &keys::footer(&state, offer));
}

fn message(frame: &mut Frame, area: Rect, theme: Theme, text: &str) {
    let [top, body, keys] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
    ])
    .areas(area);
    frame.render_widget(
        Paragraph::new(Span::styled(" HISTORY ", theme.selected())),
        top,
    );
    frame.render_widget(
        Paragraph::new(text.to_owned()).wrap(ratatui::widgets::Wrap { trim: true }),
        body,
    );
    let state = State {
        screen: Screen::History,
        ..State::default()
    };
    footer(frame, keys, theme, &keys::footer(&state, &[Action::Close]));
}

fn spots(frame: &mut Frame, area: Rect, theme: Theme, overview: &Overview, screen: &HistoryScreen) {
    let items: Vec<ListItem> = overview
        .spots
        .iter()
        .zip(&overview.last_ratings)
        .map(|(trend, last)| {
            let now = last.last().map_or_else(|| "-".to_owned(), u8::to_string);
            let name = super::truncate(&trend.spot, 19);
            ListItem::new(format!("{name:<19} {now:>2}"))
        })
        .collect();
    let focused = screen.focus == Focus::Spots;
    let block = Block::bordered().title(" Spots ").border_style(if focused {
        theme.key()
    } else {
        theme.dim()
    });
    let mut state = ListState::default().with_selected(Some(screen.spot));
    let list = List::new(items)
        .block(block)
        .highlight_style(theme.selected())
        .highlight_symbol("›");
    frame.render_stateful_widget(list, area, &mut state);
}

fn chart(frame: &mut Frame, area: Rect, theme: Theme, overview: &Overview, selected: usize) {
    let Some(trend) = overview.spots.get(selected) else {
        return;
    };
    let Some(&(start, _)) = trend.points.first() else {
        return;
    };
    let points: Vec<(f64, f64)> = trend
        .points
        .iter()
        .map(|&(d, v)| (f64::from((d - start).get_days()), v))
        .collect();
    let end = points.last().map_or(1.0, |p| p.0).max(1.0);
    let last_day = trend.points.last().map_or(start, |p| p.0);
    let ratings = overview
        .last_ratings
        .get(selected)
        .map(|r| r.iter().map(u8::to_string).collect::<Vec<_>>().join(" "));
    let mut title = format!(" {} ", trend.spot);
    if let Some((first, last)) = trend.first_last() {
        let _ = write!(title, "· {first:.1} → {last:.1} ");
        if trend.much_better() {
            title.push_str("much better ");
        }
    }
    let dataset = Dataset::default()
        .marker(Marker::Braille)
        .graph_type(GraphType::Line)
        .style(theme.key())
        .data(&points);
    let chart = Chart::new(vec![dataset])
        .block(
            Block::bordered()
                .title(title)
                .title_bottom(format!(" last: {} ", ratings.unwrap_or_default())),
        )
        .x_axis(
            Axis::default()
                .bounds([0.0, end])
                .labels([start.to_string(), last_day.to_string()])
                .style(theme.dim()),
        )
        .y_axis(
            Axis::default()
                .bounds([0.0, 10.0])
                .labels(["0", "5", "10"])
                .style(theme.dim()),
        );
    frame.render_widget(chart, area);
}

fn week_lines(frame: &mut Frame, area: Rect, overview: &Overview) {
    let lines: Vec<Line> = overview
        .routines
        .iter()
        .take(3)
        .map(|r| {
            let aim = r.intent.map(|n| format!(" (aim {n})")).unwrap_or_default();
            Line::raw(format!(
                "{:<28} {} this week{aim} · {}, {}, {} the weeks before",
                super::truncate(&r.routine, 28),
                r.weeks[0],
                r.weeks[1],
                r.weeks[2],
                r.weeks[3]
            ))
        })
        .collect();
    let lines = if lines.is_empty() {
        vec![Line::raw("No sessions in the last four weeks.")]
    } else {
        lines
    };
    frame.render_widget(
        Paragraph::new(lines).block(Block::bordered().title(" Sessions per week ")),
        area,
    );
}

fn sessions(
    frame: &mut Frame,
    area: Rect,
    theme: Theme,
    overview: &Overview,
    screen: &HistoryScreen,
) {
    let items: Vec<ListItem> = overview
        .sessions
        .iter()
        .skip(screen.session_scroll)
        .map(|s| {
            let mean = s
                .mean
                .map_or_else(|| "not rated".to_owned(), |m| format!("mean {m:.1}"));
            ListItem::new(format!(
                "{}  {:<24} {:<11} {:<14} {mean}",
                s.day,
                super::truncate(&s.routine, 24),
                s.outcome.word(),
                words::session_holds(s.outcome, s.held, s.holds)
            ))
        })
        .collect();
    let focused = screen.focus == Focus::Sessions;
    let block = Block::bordered()
        .title(" Sessions ")
        .border_style(if focused { theme.key() } else { theme.dim() });
    frame.render_widget(List::new(items).block(block), area);
}
