//! The figure rasterised into terminal cells, with spots marked: braille dots where the font has
//! them, block shades or plain ASCII where it does not.
//!
//! A marked spot differs from the body by its glyph as well as by the colour the screen gives
//! it, so the map reads with `NO_COLOR` too. Drawing a picture costs a few thousand point tests;
//! the screens draw one per phase and keep it.

// Pixel counts are small (a terminal's cells times eight) and positions are rounded on purpose.
#![allow(
    clippy::cast_precision_loss,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::cast_possible_wrap
)]

use super::figure::{self, Bounds, HEIGHT, WIDTH};
use super::{Region, View};
use crate::routine::Side;

/// How the figure is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Glyphs {
    /// Braille dots: eight to a cell, the finest.
    #[default]
    Braille,
    /// Shade blocks, for fonts without braille.
    Blocks,
    /// ASCII only.
    Ascii,
}

impl Glyphs {
    /// Every value, in the order the settings list them.
    pub const ALL: [Glyphs; 3] = [Glyphs::Braille, Glyphs::Blocks, Glyphs::Ascii];

    /// The word the command line and the settings use.
    pub const fn word(self) -> &'static str {
        match self {
            Glyphs::Braille => "braille",
            Glyphs::Blocks => "blocks",
            Glyphs::Ascii => "ascii",
        }
    }

    /// The value a word stands for.
    pub fn from_word(word: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|g| g.word().eq_ignore_ascii_case(word))
    }

    /// Pixels per cell, across and down.
    const fn pixels(self) -> (usize, usize) {
        match self {
            Glyphs::Braille => (2, 4),
            Glyphs::Blocks => (1, 2),
            Glyphs::Ascii => (1, 1),
        }
    }
}

/// How strongly a spot is marked: the current spot is `High`; a pain map grades ratings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Tone {
    /// Ratings 0-3.
    Low,
    /// Ratings 4-6.
    Mid,
    /// Ratings 7-10, and the spot being worked on.
    High,
}

impl Tone {
    /// The tone of a 0-10 rating.
    pub const fn of_rating(rating: u8) -> Self {
        match rating {
            0..=3 => Tone::Low,
            4..=6 => Tone::Mid,
            _ => Tone::High,
        }
    }
}

/// A spot to mark: a region, the side (none marks both sides of a sided region), a tone.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Mark {
    /// The region.
    pub region: &'static Region,
    /// The side, or `None` for both or a midline region.
    pub side: Option<Side>,
    /// How strongly.
    pub tone: Tone,
}

/// One cell of a picture: its glyph, and the tone of the strongest mark in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cell {
    /// What to print.
    pub glyph: char,
    /// `None` for the body or blank, else the mark's tone.
    pub tone: Option<Tone>,
}

/// A drawn figure: `rows` of `width` cells.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Picture {
    /// Cells across.
    pub width: usize,
    /// The rows, top first.
    pub rows: Vec<Vec<Cell>>,
    /// The view drawn.
    pub view: View,
}

/// Cells a figure `rows` tall takes across (cells are twice as tall as wide).
pub fn width_for(rows: usize) -> usize {
    // The figure's aspect, in cells: WIDTH units across for HEIGHT down, a cell 1 by 2.
    let across = rows as f32 * 2.0 * WIDTH / HEIGHT;
    (across.ceil() as usize).max(1)
}

/// The figure point (figure units, `x` towards the person's left) in the middle of cell
/// (`col`, `row`) of a picture of `view` drawn `width` x `height` cells: where a mouse
/// click on the map lands on the body. The inverse of [`Picture::draw`]'s placing.
pub fn point_at(view: View, col: u16, row: u16, width: usize, height: usize) -> (f32, f32) {
    let scale = (width as f32 / WIDTH).min(height as f32 * 2.0 / HEIGHT);
    let left = (width as f32 - WIDTH * scale) / 2.0;
    let top = (height as f32 * 2.0 - HEIGHT * scale) / 2.0;
    let mirror = if view.left_on_left() { -1.0 } else { 1.0 };
    let x = mirror * ((f32::from(col) + 0.5 - left) / scale - WIDTH / 2.0);
    let y = ((f32::from(row) + 0.5) * 2.0 - top) / scale;
    (x, y)
}

impl Picture {
    /// The figure in `view`, fitted into `width` x `height` cells, with `marks` filled in.
    pub fn draw(view: View, marks: &[Mark], width: usize, height: usize, glyphs: Glyphs) -> Self {
        let (pw, ph) = glyphs.pixels();
        let (px_w, px_h) = (width * pw, height * ph);
        // In cell widths: a pixel is 1/pw wide and 2/ph tall.
        let (unit_w, unit_h) = (1.0 / pw as f32, 2.0 / ph as f32);
        let scale = (width as f32 / WIDTH).min(height as f32 * 2.0 / HEIGHT);
        let left = (width as f32 - WIDTH * scale) / 2.0;
        let top = (height as f32 * 2.0 - HEIGHT * scale) / 2.0;
        // The least size of a marked area: about one and a half pixels, in figure units.
        let least = 0.75 * unit_w.max(unit_h) / scale;
        let mirror = if view.left_on_left() { -1.0 } else { 1.0 };
        // Pixel centres in figure units: columns give x, rows give y.
        let xs: Vec<f32> = (0..px_w)
            .map(|i| mirror * (((i as f32 + 0.5) * unit_w - left) / scale - WIDTH / 2.0))
            .collect();
        let ys: Vec<f32> = (0..px_h)
            .map(|j| ((j as f32 + 0.5) * unit_h - top) / scale)
            .collect();
        let body: Vec<Vec<bool>> = ys
            .iter()
            .map(|&y| {
                let row = figure::Row::at(y);
                xs.iter().map(|&x| row.inside(x)).collect()
            })
            .collect();
        let at = |i: isize, j: isize| {
            usize::try_from(i)
                .ok()
                .zip(usize::try_from(j).ok())
                .is_some_and(|(i, j)| {
                    body.get(j)
                        .and_then(|row| row.get(i))
                        .copied()
                        .unwrap_or(false)
                })
        };
        // Each mark of this view with its box; a row looks only at the marks that reach it.
        let marks: Vec<(&Mark, Bounds)> = marks
            .iter()
            .filter(|m| m.region.view == view)
            .filter_map(|m| Some((m, m.region.area.bounds(least)?)))
            .collect();
        let marked: Vec<Vec<Option<Tone>>> = ys
            .iter()
            .map(|&y| {
                let near: Vec<_> = marks.iter().filter(|(_, b)| b.spans(y)).collect();
                xs.iter()
                    .map(|&x| {
                        near.iter()
                            .filter(|(m, bounds)| {
                                let on = |x: f32| {
                                    bounds.holds(x, y) && m.region.area.contains(x, y, least)
                                };
                                match (m.side, m.region.sided) {
                                    (Some(Side::Left), true) => on(x),
                                    (Some(Side::Right), true) => on(-x),
                                    _ => on(x) || on(-x),
                                }
                            })
                            .map(|(m, _)| m.tone)
                            .max()
                    })
                    .collect()
            })
            .collect();
        let rows = (0..height)
            .map(|row| {
                (0..width)
                    .map(|col| {
                        let mut tone = None;
                        let mut dots = [Dot::default(); 8];
                        let mut count = 0;
                        for dj in 0..ph {
                            for di in 0..pw {
                                let (i, j) = (col * pw + di, row * ph + dj);
                                let here = marked[j][i];
                                tone = tone.max(here);
                                let (si, sj) = (i as isize, j as isize);
                                let inside = body[j][i];
                                let edge = inside
                                    && !(at(si - 1, sj)
                                        && at(si + 1, sj)
                                        && at(si, sj - 1)
                                        && at(si, sj + 1));
                                dots[count] = Dot {
                                    di,
                                    dj,
                                    inside,
                                    edge,
                                    mark: here,
                                };
                                count += 1;
                            }
                        }
                        Cell {
                            glyph: glyph(glyphs, &dots[..count], col, row),
                            tone,
                        }
                    })
                    .collect()
            })
            .collect();
        Picture { width, rows, view }
    }

    /// The rows as plain text, for tests and logs.
    pub fn lines(&self) -> Vec<String> {
        self.rows
            .iter()
            .map(|row| row.iter().map(|c| c.glyph).collect::<String>())
            .collect()
    }
}

/// One pixel of a cell (a cell has at most eight).
#[derive(Clone, Copy, Default)]
struct Dot {
    di: usize,
    dj: usize,
    inside: bool,
    edge: bool,
    mark: Option<Tone>,
}

impl Glyphs {
    /// One cell filled with `tone`, as a legend shows it: what a marked region looks like.
    pub fn sample(self, tone: Tone) -> char {
        let dots: Vec<Dot> = (0..2)
            .flat_map(|di| (0..4).map(move |dj| (di, dj)))
            .map(|(di, dj)| Dot {
                di,
                dj,
                inside: true,
                edge: false,
                mark: Some(tone),
            })
            .collect();
        glyph(self, &dots, 0, 0)
    }
}

/// The glyph for a cell's pixels. Braille draws the outline and fills marks (lower tones
/// with fewer dots); blocks and ASCII shade whole cells.
fn glyph(glyphs: Glyphs, dots: &[Dot], col: usize, row: usize) -> char {
    let strongest = dots.iter().filter_map(|d| d.mark).max();
    match glyphs {
        Glyphs::Braille => {
            let mut bits = 0u32;
            for d in dots {
                let on = match d.mark {
                    Some(Tone::High) => true,
                    // Every other dot, then one in four, in a pattern that lines up across cells.
                    Some(Tone::Mid) => (d.di + d.dj + row).is_multiple_of(2),
                    Some(Tone::Low) => (d.di + 2 * d.dj + col).is_multiple_of(4) || d.edge,
                    None => d.edge,
                };
                if on {
                    bits |= braille_bit(d.di, d.dj);
                }
            }
            char::from_u32(0x2800 + bits).unwrap_or(' ')
        }
        Glyphs::Blocks => match strongest {
            Some(Tone::High) => '█',
            Some(Tone::Mid) => '▓',
            Some(Tone::Low) => '▒',
            None if dots.iter().any(|d| d.inside) => '░',
            None => ' ',
        },
        Glyphs::Ascii => match strongest {
            Some(Tone::High) => '#',
            Some(Tone::Mid) => '+',
            Some(Tone::Low) => '=',
            None if dots.iter().any(|d| d.edge) => '.',
            None => ' ',
        },
    }
}

/// The bit of a braille cell's dot in column `di` (0-1) and row `dj` (0-3).
const fn braille_bit(di: usize, dj: usize) -> u32 {
    match (di, dj) {
        (0, 0) => 0x01,
        (0, 1) => 0x02,
        (0, 2) => 0x04,
        (0, 3) => 0x40,
        (1, 0) => 0x08,
        (1, 1) => 0x10,
        (1, 2) => 0x20,
        _ => 0x80,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_tone_has_its_own_sample_in_every_glyph_set() {
        for glyphs in [Glyphs::Braille, Glyphs::Blocks, Glyphs::Ascii] {
            let samples = [Tone::Low, Tone::Mid, Tone::High].map(|t| glyphs.sample(t));
            assert!(
                samples[0] != samples[1] && samples[1] != samples[2] && samples[0] != samples[2],
                "{glyphs:?}: {samples:?}"
            );
        }
        assert_eq!(Glyphs::Blocks.sample(Tone::High), '█');
        assert_eq!(Glyphs::Ascii.sample(Tone::Low), '=');
    }

    fn mark(region: &str, side: Option<Side>) -> Mark {
        Mark {
            region: Region::recognise(region).expect("known"),
            side,
            tone: Tone::High,
        }
    }

    /// The columns, left to right, where a marked cell is.
    fn marked_columns(picture: &Picture) -> Vec<usize> {
        let mut cols: Vec<usize> = picture
            .rows
            .iter()
            .flat_map(|row| row.iter().enumerate().filter(|(_, c)| c.tone.is_some()))
            .map(|(i, _)| i)
            .collect();
        cols.sort_unstable();
        cols.dedup();
        cols
    }

    #[test]
    fn the_persons_left_is_on_the_viewers_left_from_behind_and_right_from_the_front() {
        for glyphs in Glyphs::ALL {
            let back = Picture::draw(
                View::Back,
                &[mark("calf", Some(Side::Left))],
                20,
                22,
                glyphs,
            );
            let cols = marked_columns(&back);
            assert!(!cols.is_empty(), "{glyphs:?}");
            assert!(cols.iter().all(|&c| c < 10), "{glyphs:?}: {cols:?}");
            let front = Picture::draw(
                View::Front,
                &[mark("quads", Some(Side::Left))],
                20,
                22,
                glyphs,
            );
            let cols = marked_columns(&front);
            assert!(
                !cols.is_empty() && cols.iter().all(|&c| c >= 10),
                "{glyphs:?}: {cols:?}"
            );
        }
    }

    #[test]
    fn a_spot_of_the_other_view_is_not_drawn_and_none_marks_both_sides() {
        let picture = Picture::draw(
            View::Front,
            &[mark("calf", Some(Side::Left))],
            20,
            22,
            Glyphs::Braille,
        );
        assert!(marked_columns(&picture).is_empty());
        let both = Picture::draw(View::Back, &[mark("calf", None)], 20, 22, Glyphs::Braille);
        let cols = marked_columns(&both);
        assert!(cols.iter().any(|&c| c < 10) && cols.iter().any(|&c| c >= 10));
    }

    #[test]
    fn the_smallest_region_still_shows_on_the_smallest_figure() {
        for region in super::super::REGIONS {
            if region.area == super::super::Area::Anywhere {
                continue;
            }
            let m = Mark {
                region,
                side: Some(Side::Left),
                tone: Tone::High,
            };
            for glyphs in Glyphs::ALL {
                let p = Picture::draw(region.view, &[m], width_for(16), 16, glyphs);
                assert!(!marked_columns(&p).is_empty(), "{} {glyphs:?}", region.id);
            }
        }
    }

    #[test]
    fn marks_differ_from_the_body_by_glyph_not_only_colour() {
        let p = Picture::draw(
            View::Back,
            &[mark("hamstrings", Some(Side::Right))],
            20,
            22,
            Glyphs::Ascii,
        );
        let text = p.lines().concat();
        assert!(text.contains('#') && text.contains('.'));
        let p = Picture::draw(View::Back, &[], 20, 22, Glyphs::Blocks);
        assert!(!p.lines().concat().contains('█'));
        assert_eq!(p.rows.len(), 22);
        assert!(p.rows.iter().all(|r| r.len() == 20));
    }

    #[test]
    fn glyph_words_round_trip() {
        for g in Glyphs::ALL {
            assert_eq!(Glyphs::from_word(g.word()), Some(g));
        }
        assert_eq!(Glyphs::from_word("Blocks"), Some(Glyphs::Blocks));
        assert_eq!(Glyphs::from_word("emoji"), None);
        assert_eq!(width_for(24), 21);
    }
}
