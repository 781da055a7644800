//! Large digits for the countdown, readable from across the room.
//!
//! A 3x5 pixel font drawn with full blocks, each pixel two cells wide (at `scaled(2)` four
//! cells and two rows, for a large screen). It is small on purpose: from one second to the
//! next only a few cells change, which keeps terminal traffic low.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::Widget;

/// Rows of each glyph.
pub const HEIGHT: u16 = 5;
const PIXEL: &str = "██";

fn glyph(c: char) -> Option<[&'static str; 5]> {
    Some(match c {
        '0' => ["###", "# #", "# #", "# #", "###"],
        '1' => ["  #", "  #", "  #", "  #", "  #"],
        '2' => ["###", "  #", "###", "#  ", "###"],
        '3' => ["###", "  #", "###", "  #", "###"],
        '4' => ["# #", "# #", "###", "  #", "  #"],
        '5' => ["###", "#  ", "###", "  #", "###"],
        '6' => ["###", "#  ", "###", "# #", "###"],
        '7' => ["###", "  #", "  #", "  #", "  #"],
        '8' => ["###", "# #", "###", "# #", "###"],
        '9' => ["###", "# #", "###", "  #", "###"],
        ':' => [" ", "#", " ", "#", " "],
        _ => return None,
    })
}

/// Text such as `"1:30"` drawn in large digits, centred in its area.
#[derive(Debug, Clone)]
pub struct BigText<'a> {
    text: &'a str,
    style: Style,
    scale: u16,
}

impl<'a> BigText<'a> {
    /// Large `text` in `style`.
    pub fn new(text: &'a str, style: Style) -> Self {
        Self {
            text,
            style,
            scale: 1,
        }
    }

    /// Each pixel `scale` times as wide and tall.
    #[must_use]
    pub fn scaled(mut self, scale: u16) -> Self {
        self.scale = scale.max(1);
        self
    }

    /// Width in cells: each pixel is two cells, glyphs one pixel apart.
    pub fn width(text: &str) -> u16 {
        let pixels: usize = text.chars().filter_map(glyph).map(|g| g[0].len() + 1).sum();
        u16::try_from(pixels.saturating_sub(1) * 2).unwrap_or(u16::MAX)
    }
}

impl Widget for BigText<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let scale = self.scale;
        let width = Self::width(self.text).saturating_mul(scale);
        if width > area.width || HEIGHT.saturating_mul(scale) > area.height {
            return;
        }
        let pixel = PIXEL.repeat(usize::from(scale));
        let mut x = area.x + (area.width - width) / 2;
        for glyph in self.text.chars().filter_map(glyph) {
            for (row, line) in (0u16..).zip(glyph) {
                for (col, c) in (0u16..).zip(line.chars()) {
                    if c == '#' {
                        let px = x + 2 * scale * col;
                        for dy in 0..scale {
                            buf.set_string(px, area.y + row * scale + dy, &pixel, self.style);
                        }
                    }
                }
            }
            x += 2 * scale * (u16::try_from(glyph[0].len()).unwrap_or(0) + 1);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn width_counts_two_cells_per_pixel_and_one_pixel_gaps() {
        assert_eq!(BigText::width("0"), 6);
        // Three 3-pixel digits, a 1-pixel colon and three 1-pixel gaps: 13 pixels.
        assert_eq!(BigText::width("1:30"), 26);
    }

    #[test]
    fn renders_centred_and_skips_when_too_small() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 10, 5));
        BigText::new("7", Style::new()).render(buf.area, &mut buf);
        let top: String = (0..10).map(|x| buf[(x, 0)].symbol().to_owned()).collect();
        assert_eq!(top, "  ██████  ");
        let mut small = Buffer::empty(Rect::new(0, 0, 4, 5));
        BigText::new("7", Style::new()).render(small.area, &mut small);
        assert_eq!(small, Buffer::empty(Rect::new(0, 0, 4, 5)));
    }

    #[test]
    fn scaled_digits_are_twice_as_wide_and_tall() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 12, 10));
        BigText::new("7", Style::new())
            .scaled(2)
            .render(buf.area, &mut buf);
        let row = |y| {
            (0..12)
                .map(|x| buf[(x, y)].symbol().to_owned())
                .collect::<String>()
        };
        assert_eq!(row(0), "████████████");
        assert_eq!(row(1), row(0));
        assert_eq!(row(2), "        ████");
        assert_eq!(row(9), "        ████");
    }
}
