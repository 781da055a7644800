//! The body map on screen: the figure with the spots marked, a caption saying which view it
//! is and which side is which, drawn from pictures kept between frames.
//!
//! A picture is rasterised once for its phase and size ([`Figures`]); each redraw only copies
//! its cells, so a hold costs no more per second with the map than without it.

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};

use super::put_line;
use crate::app::figures::Figures;
use crate::body::map::{Glyphs, Mark, Tone, width_for};
use crate::body::{Area, Region, View};
use crate::routine::{Side, Sides, Step};
use crate::theme::Theme;

/// Smallest screen the map is shown on beside the countdown; below it, text only.
pub const MIN_WIDTH: u16 = 80;
/// Smallest height for the map.
pub const MIN_HEIGHT: u16 = 24;
/// Rows under the figure: the view and the sides.
const CAPTION: u16 = 2;

/// The marks for a step's spot: its region on the side being worked on (or both).
pub fn step_marks(step: &Step, side: Option<Side>) -> Option<Mark> {
    let region = Region::by_id(step.region_id?)?;
    (region.area != Area::Anywhere).then_some(Mark {
        region,
        side,
        tone: Tone::High,
    })
}

/// A step's marks on the overview: each side it works on.
pub fn routine_marks(steps: &[Step]) -> Vec<Mark> {
    steps
        .iter()
        .filter_map(|step| {
            let side = match step.sides {
                Sides::Left => Some(Side::Left),
                Sides::Right => Some(Side::Right),
                Sides::None | Sides::Both => None,
            };
            step_marks(step, side)
        })
        .collect()
}

/// The cells the figure itself takes in `area`, above its caption: where a click lands on it.
pub fn figure_area(area: Rect) -> Rect {
    Rect::new(
        area.x,
        area.y,
        area.width,
        area.height.saturating_sub(CAPTION),
    )
}

/// Cells across a figure with its caption takes in `height` rows.
pub fn width(height: u16) -> u16 {
    let rows = usize::from(height.saturating_sub(CAPTION));
    u16::try_from(width_for(rows)).unwrap_or(u16::MAX).max(12)
}

/// How a mark's tone is coloured: the spot being worked on, or pain by rating.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Palette {
    /// One spot, in the hold's colour.
    Current,
    /// Ratings: green, yellow, red.
    Pain,
}

/// Draws the figure of `view` with `marks` into `area`, and its caption below it. `side` is
/// the side in words for the caption (the spot being worked on), if any.
#[allow(clippy::too_many_arguments)]
pub fn draw(
    frame: &mut Frame,
    area: Rect,
    figures: &Figures,
    view: View,
    marks: &[Mark],
    side: Option<Side>,
    palette: Palette,
    theme: Theme,
    glyphs: Glyphs,
) {
    let height = area.height.saturating_sub(CAPTION);
    if height < 4 || area.width < 4 {
        return;
    }
    let picture = figures.picture(
        view,
        marks,
        usize::from(area.width),
        usize::from(height),
        glyphs,
    );
    let buffer = frame.buffer_mut();
    for (y, row) in (area.y..).zip(&picture.rows) {
        for (x, cell) in (area.x..).zip(row) {
            if matches!(cell.glyph, ' ' | '\u{2800}') {
                continue;
            }
            let style = match cell.tone {
                None => theme.dim(),
                Some(tone) => tone_style(theme, palette, tone),
            };
            if let Some(c) = buffer.cell_mut((x, y)) {
                c.set_char(cell.glyph).set_style(style);
            }
        }
    }
    let caption = Rect::new(area.x, area.y + height, area.width, 1);
    put_line(
        frame,
        caption,
        &view_line(view, side, theme, area.width),
        Alignment::Center,
    );
    if let Some(side) = side {
        let below = Rect::new(area.x, area.y + height + 1, area.width, 1);
        let on_left = (side == Side::Left) == view.left_on_left();
        let text = crate::words::screens::worked_side(side, on_left);
        let alignment = if on_left {
            Alignment::Left
        } else {
            Alignment::Right
        };
        put_line(
            frame,
            below,
            &Line::styled(text, tone_style(theme, palette, Tone::High)),
            alignment,
        );
    }
}

/// `"R  back view  L"` with the letters on the sides they are drawn on, and the worked side's
/// letter in bold.
fn view_line(view: View, side: Option<Side>, theme: Theme, width: u16) -> Line<'static> {
    let (left, right) = if view.left_on_left() {
        (Side::Left, Side::Right)
    } else {
        (Side::Right, Side::Left)
    };
    let letter = |s: Side| {
        let text = crate::words::history::side_letter(Some(s));
        if Some(s) == side {
            Span::styled(text, theme.title())
        } else {
            Span::styled(text, theme.dim())
        }
    };
    Line::from(vec![
        letter(left),
        Span::styled(format!("  {}  ", view_label(view, width)), theme.dim()),
        letter(right),
    ])
}

/// How a rating's tone is drawn on the pain map (and its legend).
pub fn pain_style(theme: Theme, tone: Tone) -> Style {
    tone_style(theme, Palette::Pain, tone)
}

/// "front view", or "front" where the figure is too narrow for the longer caption.
fn view_label(view: View, width: u16) -> String {
    let label = view.label();
    // Both views shorten together, so figures side by side read alike.
    let longest = View::Front
        .label()
        .chars()
        .count()
        .max(View::Back.label().chars().count());
    if usize::from(width) >= longest + 6 {
        label
    } else {
        view.short_label()
    }
}

fn tone_style(theme: Theme, palette: Palette, tone: Tone) -> Style {
    let colour = match (palette, tone) {
        (Palette::Current, _) => Color::Magenta,
        (Palette::Pain, Tone::Low) => Color::Green,
        (Palette::Pain, Tone::Mid) => Color::Yellow,
        (Palette::Pain, Tone::High) => Color::Red,
    };
    theme.colour(colour).add_modifier(Modifier::BOLD)
}
