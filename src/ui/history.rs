//! The history screen: each spot's pain over time as a chart with left beside right, the
//! latest pain on the body, sessions per week against each routine's intent, and the
//! sessions themselves, any of which opens to its holds.

use std::fmt::Write as _;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Color;
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{
    Axis, Block, Chart, Dataset, GraphType, List, ListItem, ListState, Paragraph,
};

use super::bodymap::{self, Palette};
use super::footer;
use crate::app::history::{Cursor, Focus, HistoryScreen};
use crate::body::View;
use crate::body::map::Tone;
use crate::history::overview::{Overview, SessionLine};
use crate::history::report::Trend;
use crate::keys::{self, Action, Screen, State};
use crate::routine::Side;
use crate::theme::Theme;
use crate::words;

/// Narrowest chart worth drawing beside the spots and the map.
const CHART_MIN: u16 = 36;

/// Draws the history screen over the whole frame. As ratatui's stateful widgets do, what the
/// layout found (how far each list is scrolled, how far the open session can scroll) is
/// handed back to the screen's state here, in the open, and nowhere else.
pub fn draw(frame: &mut Frame, screen: &mut HistoryScreen, theme: Theme) {
    let mut drawn = Drawn::default();
    view(frame, screen, theme, &mut drawn);
    screen.remember(drawn.spot, drawn.week, drawn.session, drawn.open_max);
}

/// What drawing the history found about its lists, for the screen's state.
#[derive(Debug, Default)]
struct Drawn {
    spot: Option<usize>,
    week: Option<usize>,
    session: Option<usize>,
    open_max: Option<usize>,
}

fn view(frame: &mut Frame, screen: &HistoryScreen, theme: Theme, drawn: &mut Drawn) {
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
            return message(frame, area, theme, &words::history::empty());
        }
        Err(why) => {
            return message(frame, area, theme, &words::history::cannot_show(why));
        }
    };
    let title = Line::from(vec![
        Span::styled(words::history::badge(), theme.selected()),
        Span::raw(words::history::totals(
            overview.sessions.len(),
            overview.spots.len(),
        )),
    ]);
    frame.render_widget(Paragraph::new(title), top);

    if let Some(session) = screen.open.and_then(|n| overview.sessions.get(n)) {
        drawn.open_max = Some(session_detail(frame, body, theme, session, screen));
        keys_line(
            frame,
            keys,
            theme,
            Screen::HistorySession,
            &[Action::Close, Action::Up],
        );
    } else {
        panels(frame, body, keys, theme, overview, screen, drawn);
    }
}

/// The footer of keys for `screen`.
fn keys_line(frame: &mut Frame, area: Rect, theme: Theme, screen: Screen, offer: &[Action]) {
    let state = State {
        screen,
        ..State::default()
    };
    footer(frame, area, theme, &keys::footer(&state, offer));
}

/// The spots, the chart, the map, the weeks and the sessions, as many as fit.
fn panels(
    frame: &mut Frame,
    body: Rect,
    keys: Rect,
    theme: Theme,
    overview: &Overview,
    screen: &HistoryScreen,
    drawn: &mut Drawn,
) {
    let wide = body.width >= 70;
    let tall = body.height >= 18;
    let weeks_height = u16::try_from(overview.routines.len().clamp(1, 3)).unwrap_or(3) + 2;
    let [upper, weeks, lower] = Layout::vertical([
        Constraint::Fill(if tall { 3 } else { 1 }),
        Constraint::Length(if tall { weeks_height } else { 0 }),
        Constraint::Fill(if tall { 2 } else { 0 }),
    ])
    .areas(body);
    let spots_width = if wide {
        spots_width(overview, upper.width)
    } else {
        0
    };
    let map_width = map_width(upper.height);
    let both = upper.width >= spots_width + CHART_MIN + map_width;
    if screen.map && !both {
        // Asked for where it does not fit beside the chart: the whole screen, so the figure
        // is big enough to tell one spot from the next.
        pain_map(frame, body, theme, overview, screen);
        keys_line(
            frame,
            keys,
            theme,
            Screen::History,
            &[Action::Map, Action::Close],
        );
        return;
    }
    let [spots_area, chart_area, map_area] = Layout::horizontal([
        Constraint::Length(spots_width),
        Constraint::Fill(1),
        Constraint::Length(if both { map_width } else { 0 }),
    ])
    .areas(upper);
    if wide {
        drawn.spot = Some(spots(frame, spots_area, theme, overview, screen));
    }
    chart(frame, chart_area, theme, overview, screen.spot.at);
    if both {
        pain_map(frame, map_area, theme, overview, screen);
    }
    if tall {
        drawn.week = Some(week_lines(frame, weeks, theme, overview, screen));
        drawn.session = Some(sessions(frame, lower, theme, overview, screen));
    }
    let map_key = (!both).then_some(Action::Map);
    let (shown, lists): (Screen, &[Action]) = if wide && tall {
        (
            Screen::HistoryLists,
            &[Action::Up, Action::Focus, Action::Open],
        )
    } else {
        (Screen::History, &[Action::Up])
    };
    let offer: Vec<Action> = lists
        .iter()
        .copied()
        .chain(map_key)
        .chain([Action::Close])
        .collect();
    keys_line(frame, keys, theme, shown, &offer);
}

fn message(frame: &mut Frame, area: Rect, theme: Theme, text: &str) {
    let [top, body, keys] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
    ])
    .areas(area);
    frame.render_widget(
        Paragraph::new(Span::styled(words::history::badge(), theme.selected())),
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

/// The latest rating of each side of a row, as the spots list writes it: "L 4  R 6".
fn latest(overview: &Overview, row: usize) -> String {
    let Some(pair) = overview.rows.get(row) else {
        return String::new();
    };
    let last = |index: Option<usize>| {
        index
            .and_then(|i| overview.last_ratings.get(i))
            .and_then(|r| r.last())
            .map_or_else(|| "-".to_owned(), |&v| words::rating_value(v))
    };
    let mut text = String::new();
    if pair.both.is_some() || (pair.left.is_none() && pair.right.is_none()) {
        let _ = write!(text, "{:>2}", last(pair.both));
    }
    for (side, index) in [(Side::Left, pair.left), (Side::Right, pair.right)] {
        let letter = words::history::side_letter(Some(side));
        if index.is_some() {
            if !text.is_empty() {
                text.push_str("  ");
            }
            let _ = write!(text, "{letter} {:>2}", last(index));
        }
    }
    text
}

/// Wide enough for the longest spot name in full and its sides, up to 45% of `width`.
fn spots_width(overview: &Overview, width: u16) -> u16 {
    let longest = (0..overview.rows.len())
        .map(|row| {
            overview.rows[row].key.chars().count() + 1 + latest(overview, row).chars().count()
        })
        .max()
        .unwrap_or(10);
    // Borders and the cursor's mark.
    let wanted = u16::try_from(longest + 4).unwrap_or(u16::MAX);
    wanted.clamp(20, (width * 9 / 20).max(20))
}

fn spots(
    frame: &mut Frame,
    area: Rect,
    theme: Theme,
    overview: &Overview,
    screen: &HistoryScreen,
) -> usize {
    let inner = usize::from(area.width.saturating_sub(3));
    let items: Vec<ListItem> = (0..overview.rows.len())
        .map(|row| {
            let sides = latest(overview, row);
            let room = inner.saturating_sub(sides.chars().count() + 1);
            let name = super::truncate(&overview.rows[row].key, room);
            ListItem::new(format!("{name:<room$} {sides}"))
        })
        .collect();
    list(
        frame,
        area,
        theme,
        &words::history::spots_title(),
        items,
        &screen.spot,
        screen.focus == Focus::Spots,
    )
}

/// A bordered list with a cursor that scrolls only when the cursor leaves what is shown.
fn list(
    frame: &mut Frame,
    area: Rect,
    theme: Theme,
    title: &str,
    items: Vec<ListItem>,
    cursor: &Cursor,
    focused: bool,
) -> usize {
    let block = Block::bordered()
        .title(title.to_owned())
        .border_style(if focused { theme.key() } else { theme.dim() });
    let mut state = ListState::default()
        .with_offset(cursor.offset)
        .with_selected(Some(cursor.at));
    let list = List::new(items)
        .block(block)
        .highlight_style(if focused {
            theme.selected()
        } else {
            theme.title()
        })
        .highlight_symbol("›");
    frame.render_stateful_widget(list, area, &mut state);
    state.offset()
}

/// The colours of a region's series: no side, left, right.
fn series_colour(side: Option<Side>) -> Color {
    match side {
        None => Color::Cyan,
        Some(Side::Left) => Color::Blue,
        Some(Side::Right) => Color::Magenta,
    }
}

fn chart(frame: &mut Frame, area: Rect, theme: Theme, overview: &Overview, selected: usize) {
    let Some(pair) = overview.rows.get(selected) else {
        return;
    };
    let series: Vec<(Option<Side>, &Trend)> = [
        (None, pair.both),
        (Some(Side::Left), pair.left),
        (Some(Side::Right), pair.right),
    ]
    .into_iter()
    .filter_map(|(side, i)| Some((side, overview.spots.get(i?)?)))
    .collect();
    // One time axis for both sides.
    let Some((start, last_day)) = crate::history::report::span(&series) else {
        return;
    };
    let points = session_columns(series.iter().map(|(_, trend)| trend.points.as_slice()));
    let end = points.iter().flatten().map(|&(x, _)| x).fold(1.0, f64::max);
    let title = chart_title(&pair.key, &series);
    let datasets = series
        .iter()
        .zip(&points)
        .map(|((side, _), data)| {
            let name = side.map_or_else(String::new, |s| crate::words::side(Some(s)));
            Dataset::default()
                .name(name)
                .marker(Marker::Braille)
                .graph_type(GraphType::Line)
                .style(theme.colour(series_colour(*side)))
                .data(data)
        })
        .collect();
    let ratings = series
        .iter()
        .filter_map(|(side, trend)| {
            let index = overview
                .spots
                .iter()
                .position(|s| std::ptr::eq(s, *trend))?;
            let last = overview.last_ratings.get(index)?;
            let text = last
                .iter()
                .map(|&v| words::rating_value(v))
                .collect::<Vec<_>>()
                .join(" ");
            Some(match side {
                None => text,
                Some(s) => format!("{} {text}", words::side(Some(*s))),
            })
        })
        .collect::<Vec<_>>()
        .join(" · ");
    // A difference between the sides matters more than the last few ratings the chart shows.
    let bottom = match overview
        .gaps
        .iter()
        .find(|g| g.starts_with(&format!("{}:", pair.key)))
    {
        Some(gap) => Line::styled(words::history::sides_differ(gap), theme.warning()),
        None => Line::raw(words::history::last_values(&ratings)),
    };
    let block = Block::bordered().title(title).title_bottom(bottom);
    let chart = Chart::new(datasets)
        .block(block)
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
        )
        .legend_position(Some(ratatui::widgets::LegendPosition::TopRight))
        .hidden_legend_constraints((Constraint::Percentage(50), Constraint::Percentage(50)));
    frame.render_widget(chart, area);
}

/// Each series' points placed one column per session, not per day: two sessions on one day
/// are two points. A point is known by its day and its place among that day's points of its
/// series, which the other side's point from the same session shares.
fn session_columns<'a>(
    series: impl Iterator<Item = &'a [(jiff::civil::Date, f64)]>,
) -> Vec<Vec<(f64, f64)>> {
    let keyed: Vec<Vec<((jiff::civil::Date, usize), f64)>> = series
        .map(|points| {
            let mut nth: Vec<((jiff::civil::Date, usize), f64)> = Vec::new();
            for &(day, value) in points {
                let k = nth.iter().filter(|((d, _), _)| *d == day).count();
                nth.push(((day, k), value));
            }
            nth
        })
        .collect();
    let mut columns: Vec<(jiff::civil::Date, usize)> =
        keyed.iter().flatten().map(|&(key, _)| key).collect();
    columns.sort_unstable();
    columns.dedup();
    let column = |key| {
        columns
            .binary_search(&key)
            .map_or(0.0, |i| f64::from(u32::try_from(i).unwrap_or(u32::MAX)))
    };
    keyed
        .iter()
        .map(|series| series.iter().map(|&(key, v)| (column(key), v)).collect())
        .collect()
}

/// " calf · L 6.5→3.5 · R 9.5→6.5 · much better (L) ": each side's first and last mean.
fn chart_title(region: &str, series: &[(Option<Side>, &Trend)]) -> String {
    let values: Vec<(Option<Side>, f64, f64, bool)> = series
        .iter()
        .filter_map(|(side, trend)| {
            let (first, last) = trend.first_last()?;
            Some((*side, first, last, trend.much_better()))
        })
        .collect();
    words::history::chart_title(region, &values)
}

/// Cells across the pain map's panel for `height` rows: two figures, a gap, the border.
fn map_width(height: u16) -> u16 {
    let figure = bodymap::width(height.saturating_sub(3));
    figure * 2 + 3
}

/// Front and back with each spot in the colour and glyph of its latest rating, and a legend.
fn pain_map(
    frame: &mut Frame,
    area: Rect,
    theme: Theme,
    overview: &Overview,
    screen: &HistoryScreen,
) {
    let block = Block::bordered()
        .title(words::history::map_title())
        .border_style(theme.dim());
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if inner.height < 6 || inner.width < 10 {
        return;
    }
    let [figures, legend] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(1)]).areas(inner);
    let width = bodymap::width(figures.height).min(figures.width.saturating_sub(1) / 2);
    let [front, _, back] = Layout::horizontal([
        Constraint::Length(width),
        Constraint::Length(1),
        Constraint::Length(width),
    ])
    .flex(ratatui::layout::Flex::Center)
    .areas(figures);
    for (view, at) in [(View::Front, front), (View::Back, back)] {
        bodymap::draw(
            frame,
            at,
            &screen.figures,
            view,
            &overview.pain,
            None,
            Palette::Pain,
            theme,
            screen.glyphs,
        );
    }
    let mut spans = Vec::new();
    for (tone, range) in [(Tone::Low, "0-3"), (Tone::Mid, "4-6"), (Tone::High, "7-10")] {
        spans.push(Span::styled(
            screen.glyphs.sample(tone).to_string(),
            bodymap::pain_style(theme, tone),
        ));
        let gap = if tone == Tone::High { "" } else { "  " };
        spans.push(Span::styled(format!(" {range}{gap}"), theme.dim()));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)).centered(), legend);
}

fn week_lines(
    frame: &mut Frame,
    area: Rect,
    theme: Theme,
    overview: &Overview,
    screen: &HistoryScreen,
) -> usize {
    let name_width = usize::from(area.width).saturating_sub(40).clamp(10, 32);
    let items: Vec<ListItem> = if overview.routines.is_empty() {
        vec![ListItem::new(words::history::no_weeks())]
    } else {
        overview
            .routines
            .iter()
            .map(|r| {
                ListItem::new(words::history::week_line(
                    &super::truncate(&r.routine, name_width),
                    name_width,
                    r.weeks,
                    r.intent,
                ))
            })
            .collect()
    };
    let crowded = overview.routines.len() > usize::from(area.height.saturating_sub(2));
    let title = words::history::weeks_title(crowded.then_some(overview.routines.len()));
    list(
        frame,
        area,
        theme,
        &title,
        items,
        &screen.week,
        screen.focus == Focus::Weeks,
    )
}

fn sessions(
    frame: &mut Frame,
    area: Rect,
    theme: Theme,
    overview: &Overview,
    screen: &HistoryScreen,
) -> usize {
    let routine_width = usize::from(area.width).saturating_sub(58).clamp(10, 32);
    let items: Vec<ListItem> = overview
        .sessions
        .iter()
        .map(|s| {
            let mean = words::history::mean(s.mean);
            ListItem::new(format!(
                "{} {}  {:<routine_width$} {:<11} {:<14} {mean}",
                s.day,
                words::history::time_of_day(s.time),
                super::truncate(&s.routine, routine_width),
                words::session_outcome(s.outcome),
                words::session_holds(s.outcome, s.held, s.holds, s.planned)
            ))
        })
        .collect();
    list(
        frame,
        area,
        theme,
        &words::history::sessions_title(),
        items,
        &screen.session,
        screen.focus == Focus::Sessions,
    )
}

/// One session opened: when, what, how it ended, and each hold with its time and rating.
fn session_detail(
    frame: &mut Frame,
    area: Rect,
    theme: Theme,
    session: &SessionLine,
    screen: &HistoryScreen,
) -> usize {
    let length = words::history::length(session.length);
    let [number, spot, held, outcome, rating] = words::history::detail_columns();
    let mut lines = vec![
        Line::styled(
            words::history::session_heading(session.day, session.time, &session.routine),
            theme.title(),
        ),
        Line::raw(format!(
            "{} · {} · {}",
            words::session_outcome(session.outcome),
            words::session_holds(
                session.outcome,
                session.held,
                session.holds,
                session.planned
            ),
            length
        )),
        Line::raw(""),
        Line::styled(
            format!("  {number:<3} {spot:<30} {held:>15}  {outcome:<10} {rating}"),
            theme.dim(),
        ),
    ];
    for (n, hold) in session.detail.iter().enumerate() {
        let again = if hold.attempt > 1 {
            words::history::again()
        } else {
            String::new()
        };
        let held = if hold.outcome.is_skipped() {
            "-".to_owned()
        } else {
            words::history::held_of(hold.held, hold.planned)
        };
        let rating = hold.rating.map_or_else(
            || "-".to_owned(),
            |r| format!("{r}/{}", crate::session::MAX_RATING),
        );
        lines.push(Line::raw(format!(
            "  {:<3} {:<30} {held:>15}  {:<10} {rating}",
            n + 1,
            super::truncate(&format!("{}{again}", hold.spot), 30),
            words::hold_outcome(hold.outcome),
        )));
    }
    if !session.said.is_empty() {
        lines.push(Line::raw(""));
        lines.extend(session.said.iter().map(|s| Line::raw(s.clone())));
    }
    let block = Block::bordered()
        .title(words::history::session_title())
        .border_style(theme.key());
    let visible = usize::from(block.inner(area).height);
    let max = lines.len().saturating_sub(visible);
    let scroll = u16::try_from(screen.open_scroll.min(max)).unwrap_or(u16::MAX);
    frame.render_widget(
        Paragraph::new(Text::from(lines))
            .block(block)
            .scroll((scroll, 0)),
        area,
    );
    max
}

#[cfg(test)]
mod tests {
    use jiff::civil::date;

    use super::session_columns;

    #[test]
    fn two_sessions_on_one_day_are_two_columns_and_the_sides_share_them() {
        let left = [
            (date(2026, 12, 1), 6.0),
            (date(2026, 12, 3), 5.0),
            (date(2026, 12, 3), 4.0),
        ];
        let right = [(date(2026, 12, 3), 7.0), (date(2026, 12, 3), 3.0)];
        let columns = session_columns([left.as_slice(), right.as_slice()].into_iter());
        assert_eq!(columns[0], [(0.0, 6.0), (1.0, 5.0), (2.0, 4.0)]);
        assert_eq!(columns[1], [(1.0, 7.0), (2.0, 3.0)]);
    }
}
