//! The routine's overview: what it is, its safety lines, its steps and how long it takes.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Paragraph, Wrap};

use super::bodymap::{self, Palette};
use super::footer;
use crate::app::App;
use crate::body::View;
use crate::keys::{self, Action};
use crate::words;

/// Draws the overview; Enter begins.
pub(super) fn draw(frame: &mut Frame, area: Rect, app: &App) {
    let theme = app.theme;
    let routine = app.driver.session.plan().routine();
    let [body, total, keys] = Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area);
    let body = with_map(frame, body, area, app);

    let mut lines = vec![Line::from(vec![Span::styled(
        routine.name.clone(),
        theme.title(),
    )])];
    if let Some(author) = &routine.author {
        lines.push(Line::styled(words::screens::by(author), theme.dim()));
    }
    if let Some(headline) = &app.headline {
        lines.push(Line::styled(headline.clone(), theme.title()));
    }
    if let Some(description) = &routine.description {
        lines.push(Line::raw(""));
        lines.extend(description.lines().map(|l| Line::raw(l.to_owned())));
    }
    if !routine.safety.is_empty() {
        lines.push(Line::raw(""));
        lines.push(Line::styled(words::screens::safety(), theme.warning()));
        lines.extend(routine.safety.iter().map(|s| Line::raw(format!("  • {s}"))));
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(words::screens::steps(), theme.title()));
    // Each region as the language spoken names it (a German session: "oberer Trapezius").
    let regions: Vec<String> = routine
        .steps
        .iter()
        .map(|s| crate::body::region_name(&s.region))
        .collect();
    let region_width = regions
        .iter()
        .map(|r| r.chars().count())
        .max()
        .unwrap_or(0)
        .min(24);
    for (n, (step, region)) in routine.steps.iter().zip(&regions).enumerate() {
        let region = super::truncate(region, region_width);
        lines.push(Line::raw(words::screens::step_line(
            n + 1,
            step,
            &region,
            region_width,
        )));
    }
    let notices = app.driver.outputs.notices();
    if !notices.is_empty() {
        lines.push(Line::raw(""));
    }
    for notice in notices {
        lines.push(Line::styled(words::screens::note(&notice), theme.dim()));
    }
    // Ratings typed before the session began, kept for its first holds.
    let kept: Vec<Option<u8>> = app.driver.kept().collect();
    if !kept.is_empty() {
        lines.push(Line::raw(""));
        lines.push(Line::styled(
            words::screens::kept_ahead(&kept),
            theme.good(),
        ));
    }
    let overflow = wrapped_height(&lines, body.width).saturating_sub(usize::from(body.height));
    let scroll = u16::try_from(app.scroll.min(overflow)).unwrap_or(u16::MAX);
    let paragraph = Paragraph::new(Text::from(lines)).wrap(Wrap { trim: false });
    frame.render_widget(paragraph.scroll((scroll, 0)), body);
    let totals = words::screens::totals(
        routine.hold_count(),
        &words::short(routine.total_time()),
        overflow > 0,
    );
    frame.render_widget(Paragraph::new(Span::styled(totals, theme.title())), total);
    footer(
        frame,
        keys,
        app.theme,
        &keys::footer(
            &app.screen_state(),
            &[Action::Begin, Action::Changed, Action::Help, Action::Close],
        ),
    );
}

/// Every spot of the routine on the figure, front and back, to the right of the text when
/// the screen is large enough; returns the room left for the text.
fn with_map(frame: &mut Frame, body: Rect, area: Rect, app: &App) -> Rect {
    if area.width < bodymap::MIN_WIDTH || area.height < bodymap::MIN_HEIGHT {
        return body;
    }
    let marks = bodymap::routine_marks(&app.driver.session.plan().routine().steps);
    let views: Vec<View> = View::ALL
        .into_iter()
        .filter(|v| marks.iter().any(|m| m.region.view == *v))
        .collect();
    if views.is_empty() {
        return body;
    }
    let height = body.height.saturating_sub(1);
    let width = bodymap::width(height);
    let count = u16::try_from(views.len()).unwrap_or(2);
    let total = (width + 2) * count;
    // The text keeps at least 40 columns.
    if body.width < total + 40 {
        return body;
    }
    let mut x = body.right() - total;
    for view in views {
        let area = Rect::new(x + 1, body.y + 1, width, height);
        bodymap::draw(
            frame,
            area,
            &app.figures,
            view,
            &marks,
            None,
            Palette::Current,
            app.theme,
            app.glyphs,
        );
        x += width + 2;
    }
    Rect {
        width: body.width - total - 1,
        ..body
    }
}

/// Rows `lines` take when wrapped to `width`, estimated generously (word wrapping can take a
/// row more than a plain character count): scrolling a little past the end shows only blank.
fn wrapped_height(lines: &[Line], width: u16) -> usize {
    let width = usize::from(width.max(1));
    lines
        .iter()
        .map(|line| line.width().div_ceil(width).max(1) + usize::from(line.width() > width))
        .sum()
}
