//! The home screen: your routines and the bundled ones, each with its length, when it was
//! last done and this week's sessions against its aim; the ones due today stand out.

use std::fmt::Write as _;

use jiff::Zoned;
use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::Paragraph;

use super::{footer, put_line, truncate};
use crate::app::home::{Entry, Home, Typing};
use crate::keys::{self, Action};
use crate::routine::duration;
use crate::theme::Theme;
use crate::words;

/// The footer's offer, in order.
/// On a narrow screen the first that fit show: Enter, the key list and quit come first.
const OFFER: &[Action] = &[
    Action::Open,
    Action::Help,
    Action::Close,
    Action::Filter,
    Action::History,
    Action::WhereItHurts,
    Action::NewRoutine,
    Action::Up,
    Action::Confirm,
    Action::KeepGoing,
];

/// Draws the home screen over the whole frame.
pub fn draw(frame: &mut Frame, home: &Home, theme: Theme) {
    let area = frame.area();
    let [top, body, line, keys_area] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area);
    let due = home.entries.iter().filter(|e| e.due()).count();
    let right = words::home::today(&home.now, due);
    put_line(
        frame,
        top,
        &Line::styled(words::home::badge(), theme.selected()),
        Alignment::Left,
    );
    put_line(
        frame,
        top,
        &Line::styled(format!("{right} "), theme.dim()),
        Alignment::Right,
    );
    table(frame, body, home, theme);
    let status = match &home.typing {
        Typing::Filter => Line::from(vec![
            Span::styled(" / ", theme.key()),
            Span::raw(format!("{}▏", home.filter)),
        ]),
        Typing::NewName(name) => Line::from(vec![
            Span::styled(words::home::new_name(), theme.key()),
            Span::raw(format!("{name}▏")),
        ]),
        Typing::Nothing => match (&home.notice, home.filter.is_empty()) {
            (Some(notice), _) => Line::styled(format!(" {notice}"), theme.warning()),
            (None, false) => Line::styled(words::home::filter(&home.filter), theme.dim()),
            (None, true) => Line::default(),
        },
    };
    put_line(frame, line, &status, Alignment::Left);
    footer(
        frame,
        keys_area,
        theme,
        &keys::footer(&home.key_state(), OFFER),
    );
    if home.help {
        help(frame, area, theme);
    }
}

/// Column widths for a frame `width` wide: the title and the length go first when space
/// runs out.
struct Columns {
    name: usize,
    title: usize,
    length: usize,
    last: usize,
    week: usize,
}

impl Columns {
    fn fit(width: usize, entries: &[&Entry], now: &Zoned) -> Columns {
        let longest = entries
            .iter()
            .map(|e| e.name.chars().count())
            .max()
            .unwrap_or(4);
        // Each column as wide as its heading and its longest value, a space apart: a
        // language's words may be longer than English's ("Última vez", "aujourd'hui 09:30").
        let chars = |s: &str| s.chars().count();
        let [length_head, last_head, week_head] = words::home::columns();
        let last_longest = entries
            .iter()
            .map(|e| chars(&words::home::last_done(e.activity.last, now)))
            .max()
            .unwrap_or(0);
        let last = 13.max(chars(&last_head) + 1).max(last_longest + 1).min(20);
        let week = 9.max(chars(&week_head) + 1);
        let due = 4.max(chars(&words::home::due()) + 1);
        let length_width = 8.max(chars(&length_head) + 1);
        let name = longest.clamp(4, 22).min(width.saturating_sub(3 + 12 + 6));
        let rest = width.saturating_sub(3 + name + 1);
        let (length, last, week) = if rest >= last + week + length_width + due {
            (length_width, last, week)
        } else {
            (0, rest.saturating_sub(6).min(last), 6)
        };
        let title = rest.saturating_sub(length + last + week + due);
        Columns {
            name,
            title: if title >= 12 { title } else { 0 },
            length,
            last,
            week,
        }
    }
}

fn table(frame: &mut Frame, area: Rect, home: &Home, theme: Theme) {
    let shown = home.visible();
    if shown.is_empty() {
        let text = if home.entries.is_empty() {
            words::home::no_routines()
        } else {
            words::home::no_match(&home.filter)
        };
        put_line(
            frame,
            area,
            &Line::styled(format!(" {text}"), theme.dim()),
            Alignment::Left,
        );
        return;
    }
    let cols = Columns::fit(usize::from(area.width), &shown, &home.now);
    let mut lines: Vec<Line> = Vec::new();
    let mut cursor_line = 0;
    let mut section = None;
    for (i, entry) in shown.iter().enumerate() {
        if section != Some(entry.own) {
            section = Some(entry.own);
            let label = words::home::section(entry.own);
            if !lines.is_empty() {
                lines.push(Line::default());
            }
            lines.push(heading(&label, &cols, theme));
        }
        if i == home.cursor {
            cursor_line = lines.len();
        }
        lines.push(row(entry, &cols, &home.now, theme, i == home.cursor));
    }
    // Scrolled so the cursor's row is on screen, and never past the last row.
    let height = usize::from(area.height);
    let offset = (cursor_line + 1)
        .saturating_sub(height)
        .min(lines.len().saturating_sub(height));
    let visible: Vec<Line> = lines.into_iter().skip(offset).take(height).collect();
    frame.render_widget(Paragraph::new(Text::from(visible)), area);
}

fn heading<'a>(label: &str, cols: &Columns, theme: Theme) -> Line<'a> {
    let mut text = format!(
        "   {:<w$} ",
        label,
        w = cols.name + cols.title.min(1) * (cols.title + 1)
    );
    let [length, last, week] = words::home::columns();
    if cols.length > 0 {
        let _ = write!(text, "{length:<w$}", w = cols.length);
    }
    let _ = write!(text, "{last:<w$}{week:<w2$}", w = cols.last, w2 = cols.week);
    Line::styled(text, theme.dim())
}

fn row<'a>(entry: &Entry, cols: &Columns, now: &Zoned, theme: Theme, selected: bool) -> Line<'a> {
    let due = entry.due();
    // The due mark stays when the "due" column does not fit.
    let marker = match (selected, due) {
        (true, _) => " ▸ ",
        (false, true) => " • ",
        (false, false) => "   ",
    };
    let mut spans = vec![Span::styled(
        format!(
            "{marker}{:<w$} ",
            truncate(&entry.name, cols.name),
            w = cols.name
        ),
        if selected {
            theme.selected()
        } else if due {
            theme.title()
        } else {
            Style::default()
        },
    )];
    if cols.title > 0 {
        spans.push(Span::styled(
            format!(
                "{:<w$} ",
                truncate(&entry.title, cols.title),
                w = cols.title
            ),
            if entry.length.is_none() {
                theme.warning()
            } else {
                theme.dim()
            },
        ));
    }
    if cols.length > 0 {
        let length = entry.length.map(duration::format).unwrap_or_default();
        spans.push(Span::raw(format!("{length:<w$}", w = cols.length)));
    }
    // A routine that cannot run says so at every width, where the title may not fit.
    let (last, style) = if entry.problem.is_some() {
        (words::home::invalid(), theme.warning())
    } else {
        (
            words::home::last_done(entry.activity.last, now),
            Style::default(),
        )
    };
    let last = truncate(&last, cols.last.saturating_sub(1));
    spans.push(Span::styled(format!("{last:<w$}", w = cols.last), style));
    let week = match entry.per_week {
        Some(aim) => format!("{}/{aim}", entry.activity.this_week),
        None => entry.activity.this_week.to_string(),
    };
    spans.push(Span::raw(format!("{week:<w$}", w = cols.week)));
    if due {
        spans.push(Span::styled(words::home::due(), theme.title()));
    }
    Line::from(spans)
}

fn help(frame: &mut Frame, area: Rect, theme: Theme) {
    super::keys_overlay(frame, area, theme, keys::home_help(), 46);
}
