//! The body map's pictures, kept between frames: a picture is rasterised once for its phase
//! and size, and each redraw only copies its cells. State of the screens, filled as they draw.

use std::cell::RefCell;
use std::rc::Rc;

use crate::body::View;
use crate::body::map::Tone;
use crate::body::map::{Glyphs, Mark, Picture};
use crate::routine::Side;

/// Pictures drawn for the screens, kept while their phase and size last. Interior mutability
/// because drawing reads the app immutably; what it keeps changes nothing that is shown.
#[derive(Debug, Default)]
pub struct Figures {
    kept: RefCell<Vec<(Key, Rc<Picture>)>>,
}

/// What a picture was drawn for.
#[derive(Debug, Clone, PartialEq)]
struct Key {
    view: View,
    marks: Vec<(&'static str, Option<Side>, Tone)>,
    width: usize,
    height: usize,
    glyphs: Glyphs,
}

/// Most pictures kept: the overview's two views and the active screen's one, with room over.
const KEEP: usize = 4;

impl Figures {
    /// The picture for these marks and this size, drawn now only if it was not kept.
    pub fn picture(
        &self,
        view: View,
        marks: &[Mark],
        width: usize,
        height: usize,
        glyphs: Glyphs,
    ) -> Rc<Picture> {
        let key = Key {
            view,
            marks: marks
                .iter()
                .map(|m| (m.region.id, m.side, m.tone))
                .collect(),
            width,
            height,
            glyphs,
        };
        let mut kept = self.kept.borrow_mut();
        if let Some((_, picture)) = kept.iter().find(|(k, _)| *k == key) {
            return Rc::clone(picture);
        }
        let picture = Rc::new(Picture::draw(view, marks, width, height, glyphs));
        if kept.len() >= KEEP {
            kept.remove(0);
        }
        kept.push((key, Rc::clone(&picture)));
        picture
    }

    /// How many pictures have been drawn and kept (for tests: redraws must not draw again).
    #[cfg(test)]
    pub fn kept(&self) -> usize {
        self.kept.borrow().len()
    }
}
