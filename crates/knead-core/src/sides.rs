//! Left beside right: a region's values on each side gathered into one row, and whether the
//! two sides differ enough to point out. The summary, the history screen and the report all
//! answer "is my right side worse than my left?" with it.

use crate::routine::Side;

/// A difference between the sides, in rating points, worth pointing out.
pub const NOTABLE: f64 = 2.0;

/// One region's values: on both sides at once (or a midline region), on the left, on the right.
#[derive(Debug, Clone, PartialEq)]
pub struct Pair<K, T> {
    /// What the region is known by: its name, or the routine's step.
    pub key: K,
    /// The value with no side.
    pub both: Option<T>,
    /// The left side's.
    pub left: Option<T>,
    /// The right side's.
    pub right: Option<T>,
}

impl<K, T> Pair<K, T> {
    /// Whether the region has both a left and a right value.
    pub fn sided(&self) -> bool {
        self.left.is_some() && self.right.is_some()
    }
}

/// Gathers `(key, side, value)` into one pair per key, in the order keys first appear; a
/// later value for the same key and side replaces the earlier one.
pub fn pair<K: PartialEq, T>(
    items: impl IntoIterator<Item = (K, Option<Side>, T)>,
) -> Vec<Pair<K, T>> {
    let mut pairs: Vec<Pair<K, T>> = Vec::new();
    for (key, side, value) in items {
        let index = pairs.iter().position(|p| p.key == key).unwrap_or_else(|| {
            pairs.push(Pair {
                key,
                both: None,
                left: None,
                right: None,
            });
            pairs.len() - 1
        });
        let pair = &mut pairs[index];
        let slot = match side {
            None => &mut pair.both,
            Some(Side::Left) => &mut pair.left,
            Some(Side::Right) => &mut pair.right,
        };
        *slot = Some(value);
    }
    pairs
}

/// The sides' difference when it is [`NOTABLE`]: (the worse side and its value, the other).
pub fn gap(left: f64, right: f64) -> Option<((Side, f64), (Side, f64))> {
    if (left - right).abs() < NOTABLE {
        return None;
    }
    Some(if right > left {
        ((Side::Right, right), (Side::Left, left))
    } else {
        ((Side::Left, left), (Side::Right, right))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sides_of_a_region_share_a_row_in_first_seen_order() {
        let pairs = pair([
            ("calf".to_owned(), Some(Side::Right), 6),
            ("neck".to_owned(), None, 3),
            ("calf".to_owned(), Some(Side::Left), 4),
            ("calf".to_owned(), Some(Side::Left), 5),
        ]);
        assert_eq!(
            pairs,
            [
                Pair {
                    key: "calf".to_owned(),
                    both: None,
                    left: Some(5),
                    right: Some(6)
                },
                Pair {
                    key: "neck".to_owned(),
                    both: Some(3),
                    left: None,
                    right: None
                },
            ]
        );
        assert!(pairs[0].sided());
        assert!(!pairs[1].sided());
    }

    #[test]
    fn two_points_between_the_sides_is_pointed_out_and_less_is_not() {
        assert_eq!(gap(4.0, 8.0), Some(((Side::Right, 8.0), (Side::Left, 4.0))));
        assert_eq!(gap(6.0, 4.0), Some(((Side::Left, 6.0), (Side::Right, 4.0))));
        assert_eq!(gap(5.0, 6.5), None);
        assert_eq!(gap(5.0, 5.0), None);
    }
}
