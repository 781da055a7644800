//! The figure: a standing person, arms a little out, drawn from a few simple shapes so it
//! scales from a phone-sized terminal to a large one and into the report's SVG.
//!
//! Figure units: `x` from the midline towards the person's own left, `y` down from the top of
//! the head; the figure is [`WIDTH`] wide and [`HEIGHT`] tall. One unit is as wide as it is tall.

use super::Area;

/// Width of the figure, hand to hand.
pub const WIDTH: f32 = 92.0;
/// Height of the figure, head to feet.
pub const HEIGHT: f32 = 214.0;

/// One shape of the outline.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Shape {
    /// An ellipse.
    Oval {
        /// Centre.
        x: f32,
        /// Centre.
        y: f32,
        /// Half the width.
        rx: f32,
        /// Half the height.
        ry: f32,
    },
    /// A segment whose thickness goes from `r0` at `from` to `r1` at `to`: a limb.
    Limb {
        /// One end.
        from: (f32, f32),
        /// The other end.
        to: (f32, f32),
        /// Half the thickness at `from`.
        r0: f32,
        /// Half the thickness at `to`.
        r1: f32,
    },
    /// A closed polygon, listed on the person's left side only and mirrored.
    Half(&'static [(f32, f32)]),
}

/// The torso, neck to crotch, on the left side of the midline.
const TORSO: &[(f32, f32)] = &[
    (0.0, 32.0),
    (10.0, 33.5),
    (20.0, 36.5),
    (25.0, 40.5),
    (27.0, 46.0),
    (24.5, 56.0),
    (22.0, 70.0),
    (19.0, 88.0),
    (20.0, 98.0),
    (22.0, 108.0),
    (21.0, 113.0),
    (12.0, 118.0),
    (0.0, 116.0),
];

/// The outline: each shape on the left, the right is its mirror.
pub const OUTLINE: &[Shape] = &[
    Shape::Oval {
        x: 0.0,
        y: 12.5,
        rx: 8.5,
        ry: 11.5,
    },
    Shape::Limb {
        from: (0.0, 22.0),
        to: (0.0, 34.0),
        r0: 5.0,
        r1: 5.5,
    },
    Shape::Half(TORSO),
    // Upper arm, forearm, hand.
    Shape::Limb {
        from: (26.0, 46.0),
        to: (30.5, 84.0),
        r0: 5.5,
        r1: 4.5,
    },
    Shape::Limb {
        from: (31.0, 85.0),
        to: (36.5, 122.0),
        r0: 4.5,
        r1: 3.2,
    },
    Shape::Oval {
        x: 38.5,
        y: 132.0,
        rx: 4.0,
        ry: 8.0,
    },
    // Thigh, lower leg, foot.
    Shape::Limb {
        from: (11.5, 112.0),
        to: (12.0, 160.0),
        r0: 9.5,
        r1: 6.0,
    },
    Shape::Limb {
        from: (12.0, 160.0),
        to: (12.5, 200.0),
        r0: 6.0,
        r1: 3.5,
    },
    Shape::Oval {
        x: 13.5,
        y: 206.0,
        rx: 5.5,
        ry: 4.5,
    },
];

/// Whether a point is inside the figure.
pub fn inside(x: f32, y: f32) -> bool {
    let x = x.abs();
    OUTLINE
        .iter()
        .zip(&BOUNDS)
        .any(|(shape, bounds)| bounds.holds(x, y) && shape.contains(x, y))
}

/// The figure across one height: only the shapes that reach `y`, so that a row of points is
/// tested against two or three shapes instead of all of them. Gives what [`inside`] gives.
#[derive(Debug, Clone)]
pub struct Row {
    y: f32,
    shapes: Vec<(&'static Shape, Bounds)>,
}

impl Row {
    /// The shapes at height `y`.
    pub fn at(y: f32) -> Self {
        let shapes = OUTLINE
            .iter()
            .zip(BOUNDS)
            .filter(|(_, bounds)| bounds.spans(y))
            .collect();
        Row { y, shapes }
    }

    /// Whether the point at `x` on this row is inside the figure.
    pub fn inside(&self, x: f32) -> bool {
        let x = x.abs();
        self.shapes
            .iter()
            .any(|(shape, bounds)| bounds.holds(x, self.y) && shape.contains(x, self.y))
    }
}

/// A box around a shape: a point outside it is outside the shape. Drawing a map tests
/// thousands of points against every shape; the box turns most of those tests into four
/// comparisons instead of a square root.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bounds {
    left: f32,
    top: f32,
    right: f32,
    bottom: f32,
}

/// Added to every side of a box, so that rounding in the exact tests can never put a point
/// inside a shape and outside its box.
const SLACK: f32 = 0.01;

impl Bounds {
    /// The box around a point `r` out in every direction.
    const fn around(x: f32, y: f32, r: f32) -> Self {
        Bounds {
            left: x - r - SLACK,
            top: y - r - SLACK,
            right: x + r + SLACK,
            bottom: y + r + SLACK,
        }
    }

    /// The box holding both boxes.
    const fn join(self, other: Self) -> Self {
        Bounds {
            left: self.left.min(other.left),
            top: self.top.min(other.top),
            right: self.right.max(other.right),
            bottom: self.bottom.max(other.bottom),
        }
    }

    /// Whether the point is in the box.
    pub fn holds(&self, x: f32, y: f32) -> bool {
        (self.left..=self.right).contains(&x) && self.spans(y)
    }

    /// Whether the box reaches height `y`.
    pub fn spans(&self, y: f32) -> bool {
        (self.top..=self.bottom).contains(&y)
    }
}

/// Each shape's box, worked out when compiling.
const BOUNDS: [Bounds; OUTLINE.len()] = {
    let mut out = [Bounds::around(0.0, 0.0, 0.0); OUTLINE.len()];
    let mut i = 0;
    while i < OUTLINE.len() {
        out[i] = OUTLINE[i].bounds();
        i += 1;
    }
    out
};

impl Shape {
    /// The box around the shape (on the left side).
    pub const fn bounds(&self) -> Bounds {
        match *self {
            Shape::Oval { x, y, rx, ry } => Bounds {
                left: x - rx - SLACK,
                top: y - ry - SLACK,
                right: x + rx + SLACK,
                bottom: y + ry + SLACK,
            },
            Shape::Limb { from, to, r0, r1 } => {
                let r = r0.max(r1);
                Bounds::around(from.0, from.1, r).join(Bounds::around(to.0, to.1, r))
            }
            Shape::Half(points) => {
                let mut out = Bounds::around(points[0].0, points[0].1, 0.0);
                let mut i = 1;
                while i < points.len() {
                    out = out.join(Bounds::around(points[i].0, points[i].1, 0.0));
                    i += 1;
                }
                out
            }
        }
    }
}

impl Shape {
    /// Whether the point (on the left side, `x >= 0`) is inside this shape.
    pub fn contains(&self, x: f32, y: f32) -> bool {
        match *self {
            Shape::Oval {
                x: cx,
                y: cy,
                rx,
                ry,
            } => in_oval(x - cx, y - cy, rx, ry),
            Shape::Limb { from, to, r0, r1 } => {
                let (t, distance) = along(x, y, from, to);
                distance <= r0 + (r1 - r0) * t
            }
            Shape::Half(points) => in_half_polygon(points, x, y),
        }
    }
}

impl Area {
    /// Whether the point (person's left side coordinates) is inside the area, each dimension
    /// at least `least` wide so that a small muscle still shows on a small figure.
    pub fn contains(&self, x: f32, y: f32, least: f32) -> bool {
        match *self {
            Area::Oval {
                x: cx,
                y: cy,
                rx,
                ry,
            } => in_oval(x - cx, y - cy, rx.max(least), ry.max(least)),
            Area::Band { from, to, r } => along(x, y, from, to).1 <= r.max(least),
            Area::Anywhere => false,
        }
    }
}

impl Area {
    /// The box around the area at least `least` wide; `None` for a spot that is not one place.
    pub fn bounds(&self, least: f32) -> Option<Bounds> {
        match *self {
            Area::Oval { x, y, rx, ry } => Some(
                Shape::Oval {
                    x,
                    y,
                    rx: rx.max(least),
                    ry: ry.max(least),
                }
                .bounds(),
            ),
            Area::Band { from, to, r } => Some(
                Shape::Limb {
                    from,
                    to,
                    r0: r.max(least),
                    r1: r.max(least),
                }
                .bounds(),
            ),
            Area::Anywhere => None,
        }
    }
}

fn in_oval(dx: f32, dy: f32, rx: f32, ry: f32) -> bool {
    (dx / rx).powi(2) + (dy / ry).powi(2) <= 1.0
}

/// How far along the segment the nearest point is (0 to 1), and the distance to it.
fn along(x: f32, y: f32, from: (f32, f32), to: (f32, f32)) -> (f32, f32) {
    let (dx, dy) = (to.0 - from.0, to.1 - from.1);
    let length = dx * dx + dy * dy;
    let t = if length == 0.0 {
        0.0
    } else {
        (((x - from.0) * dx + (y - from.1) * dy) / length).clamp(0.0, 1.0)
    };
    let (nx, ny) = (from.0 + t * dx, from.1 + t * dy);
    (t, ((x - nx).powi(2) + (y - ny).powi(2)).sqrt())
}

/// Inside the polygon made of `points` and their mirror image (even-odd rule). Only the left
/// half is tested, closed along the midline, since the point is already on the left.
fn in_half_polygon(points: &[(f32, f32)], x: f32, y: f32) -> bool {
    let mut inside = false;
    let n = points.len();
    for i in 0..n {
        let (x0, y0) = points[i];
        let (x1, y1) = points[(i + 1) % n];
        if (y0 > y) != (y1 > y) && x < x0 + (y - y0) / (y1 - y0) * (x1 - x0) {
            inside = !inside;
        }
    }
    inside
}

impl Area {
    /// The area as an SVG shape on one side (`sign` 1 for the person's left, -1 for the
    /// right), in figure units; `None` for a spot that is not one place.
    pub fn svg(&self, sign: f32) -> Option<String> {
        match *self {
            Area::Oval { x, y, rx, ry } => Some(format!(
                "<ellipse cx=\"{:.1}\" cy=\"{y:.1}\" rx=\"{rx:.1}\" ry=\"{ry:.1}\"/>",
                sign * x
            )),
            Area::Band { from, to, r } => Some(format!(
                "<line x1=\"{:.1}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\" \
                 stroke-width=\"{:.1}\" stroke-linecap=\"round\"/>",
                sign * from.0,
                from.1,
                sign * to.0,
                to.1,
                2.0 * r
            )),
            Area::Anywhere => None,
        }
    }
}

/// The outline as SVG path data for one view, in figure units with the midline at `x = 0`.
pub fn svg_shapes() -> Vec<String> {
    let mut out = Vec::new();
    for sign in [1.0_f32, -1.0] {
        for shape in OUTLINE {
            out.push(match *shape {
                Shape::Oval { x, y, rx, ry } => format!(
                    "<ellipse cx=\"{:.1}\" cy=\"{y:.1}\" rx=\"{rx:.1}\" ry=\"{ry:.1}\"/>",
                    sign * x
                ),
                Shape::Limb { from, to, r0, r1 } => limb_path(sign, from, to, r0, r1),
                Shape::Half(points) => {
                    let path: Vec<String> = points
                        .iter()
                        .map(|(x, y)| format!("{:.1},{y:.1}", sign * x))
                        .collect();
                    format!("<polygon points=\"{}\"/>", path.join(" "))
                }
            });
        }
    }
    out
}

/// A tapered limb as a polygon with round ends (two circles and the quadrilateral between).
fn limb_path(sign: f32, from: (f32, f32), to: (f32, f32), r0: f32, r1: f32) -> String {
    let (dx, dy) = (to.0 - from.0, to.1 - from.1);
    let length = (dx * dx + dy * dy).sqrt().max(f32::EPSILON);
    let (nx, ny) = (-dy / length, dx / length);
    let corners = [
        (from.0 + nx * r0, from.1 + ny * r0),
        (to.0 + nx * r1, to.1 + ny * r1),
        (to.0 - nx * r1, to.1 - ny * r1),
        (from.0 - nx * r0, from.1 - ny * r0),
    ];
    let points: Vec<String> = corners
        .iter()
        .map(|(x, y)| format!("{:.1},{y:.1}", sign * x))
        .collect();
    format!(
        "<polygon points=\"{}\"/><circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"{r0:.1}\"/>\
         <circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"{r1:.1}\"/>",
        points.join(" "),
        sign * from.0,
        from.1,
        sign * to.0,
        to.1
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::body::REGIONS;

    #[test]
    fn the_figure_is_one_body_with_a_gap_between_the_legs() {
        assert!(inside(0.0, 12.0), "head");
        assert!(inside(0.0, 60.0), "chest");
        assert!(inside(-38.5, 132.0), "right hand");
        assert!(inside(13.0, 206.0), "left foot");
        assert!(!inside(0.0, 150.0), "between the knees");
        assert!(!inside(45.0, 20.0), "beside the head");
        assert!(!inside(0.0, HEIGHT + 1.0));
    }

    #[test]
    fn every_region_sits_on_the_figure() {
        for region in REGIONS {
            let centre = match region.area {
                Area::Oval { x, y, .. } => (x, y),
                Area::Band { from, to, .. } => {
                    (f32::midpoint(from.0, to.0), f32::midpoint(from.1, to.1))
                }
                Area::Anywhere => continue,
            };
            assert!(inside(centre.0, centre.1), "{} is off the body", region.id);
            assert!(region.area.contains(centre.0, centre.1, 0.0));
        }
    }

    /// Every point a shape or area holds, on a grid finer than any map's pixels: the boxes
    /// that let drawing skip the exact tests must never leave a point out.
    #[test]
    fn every_shape_and_area_lies_inside_its_box() {
        // Quarter units, a little beyond the figure on every side.
        let grid = || {
            (0..=368_u16).flat_map(|i| {
                (0..=868_u16)
                    .map(move |j| (f32::from(i) / 4.0 - WIDTH / 2.0, f32::from(j) / 4.0 - 1.0))
            })
        };
        for (shape, bounds) in OUTLINE.iter().zip(&BOUNDS) {
            assert_eq!(*bounds, shape.bounds());
            let held = grid().filter(|&(x, y)| shape.contains(x, y)).count();
            assert!(held > 0, "{shape:?} holds no point of the grid");
            for (x, y) in grid() {
                assert!(
                    !shape.contains(x, y) || bounds.holds(x, y),
                    "{shape:?} holds ({x}, {y}) outside {bounds:?}"
                );
            }
        }
        for (x, y) in grid() {
            assert_eq!(Row::at(y).inside(x), inside(x, y), "({x}, {y})");
        }
        for region in REGIONS {
            for least in [0.0, 4.0] {
                let Some(bounds) = region.area.bounds(least) else {
                    continue;
                };
                let exact = |x: f32, y: f32| match region.area {
                    Area::Oval {
                        x: cx,
                        y: cy,
                        rx,
                        ry,
                    } => in_oval(x - cx, y - cy, rx.max(least), ry.max(least)),
                    Area::Band { from, to, r } => along(x, y, from, to).1 <= r.max(least),
                    Area::Anywhere => false,
                };
                for (x, y) in grid() {
                    assert!(
                        !exact(x, y) || bounds.holds(x, y),
                        "{} holds ({x}, {y}) outside {bounds:?}",
                        region.id
                    );
                    assert_eq!(region.area.contains(x, y, least), exact(x, y));
                }
            }
        }
    }

    #[test]
    fn a_small_area_grows_to_the_least_size() {
        let area = Area::Oval {
            x: 0.0,
            y: 0.0,
            rx: 1.0,
            ry: 1.0,
        };
        assert!(!area.contains(2.5, 0.0, 0.0));
        assert!(area.contains(2.5, 0.0, 3.0));
    }
}
