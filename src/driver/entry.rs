//! The rating as it is typed on the full screen: a digit, `t`, 1 then 0 for 10, the arrows.
//! The session only hears the decision (`Input::Rate`); how it was typed stays here.

use crate::session::MAX_RATING;

/// The number being typed on the rating prompt.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RatingEntry {
    selected: Option<u8>,
    /// The last key was the digit 1, so a 0 now means 10.
    one_pending: bool,
}

impl RatingEntry {
    /// The value that Enter would confirm.
    pub fn selected(self) -> Option<u8> {
        self.selected
    }

    /// A digit key: selects it, except that 1 then 0 selects 10.
    pub fn digit(&mut self, digit: u8) {
        let digit = digit.min(9);
        self.selected = Some(if self.one_pending && digit == 0 {
            MAX_RATING
        } else {
            digit
        });
        self.one_pending = digit == 1;
    }

    /// Selects 10 directly (the `t` key).
    pub fn ten(&mut self) {
        self.selected = Some(MAX_RATING);
        self.one_pending = false;
    }

    /// Keeps the selection within `range` (the global impression's 1 to 7): an arrow
    /// stops at its ends.
    pub fn keep_within(&mut self, range: std::ops::RangeInclusive<u8>) {
        self.selected = self.selected.map(|v| v.clamp(*range.start(), *range.end()));
    }

    /// Moves the selection by `delta`; the first move from nothing lands on 5, the middle.
    pub fn step(&mut self, delta: i8) {
        self.selected = Some(match self.selected {
            None => 5,
            Some(value) => value.saturating_add_signed(delta).min(MAX_RATING),
        });
        self.one_pending = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(keys: &str) -> Option<u8> {
        let mut entry = RatingEntry::default();
        for key in keys.chars() {
            match key {
                't' => entry.ten(),
                '<' => entry.step(-1),
                '>' => entry.step(1),
                d => entry.digit(
                    d.to_digit(10)
                        .and_then(|d| u8::try_from(d).ok())
                        .expect("digit"),
                ),
            }
        }
        entry.selected()
    }

    #[test]
    fn every_value_is_one_key_before_enter() {
        for value in 0..=9 {
            assert_eq!(typed(&value.to_string()), Some(value));
        }
        assert_eq!(typed("t"), Some(10));
    }

    #[test]
    fn one_then_zero_is_ten_but_not_after_that() {
        assert_eq!(typed("10"), Some(10));
        assert_eq!(typed("100"), Some(0));
        assert_eq!(typed("110"), Some(10));
        assert_eq!(typed("01"), Some(1));
        assert_eq!(typed("70"), Some(0));
    }

    #[test]
    fn arrows_start_in_the_middle_and_stay_in_range() {
        assert_eq!(typed(">"), Some(5));
        assert_eq!(typed("<"), Some(5));
        assert_eq!(typed("9>>>"), Some(10));
        assert_eq!(typed("1<<<"), Some(0));
        assert_eq!(typed("1>0"), Some(0));
    }
}
