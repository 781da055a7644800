//! Wording shared by the full-screen and the plain interfaces, so both say the same thing.

use std::time::Duration;

use crate::routine::{Side, duration};
use crate::session::{Notice, Plan, Spot};

/// A countdown as `M:SS`, rounded up so it reads `0:00` only at the very end.
pub fn clock(remaining: Duration) -> String {
    let secs = remaining.as_millis().div_ceil(1000);
    format!("{}:{:02}", secs / 60, secs % 60)
}

/// Whole seconds the countdown shows for `remaining` (rounded up, as [`clock`]).
pub fn shown_seconds(remaining: Duration) -> u64 {
    u64::try_from(remaining.as_millis().div_ceil(1000)).unwrap_or(u64::MAX)
}

/// A short duration for lists: `"45s"`, `"1m30s"`.
pub fn short(d: Duration) -> String {
    duration::format(Duration::from_secs(d.as_secs()))
}

/// A held time with tenths: `"44.9s"`.
pub fn held(d: Duration) -> String {
    format!("{:.1}s", d.as_secs_f64())
}

/// `"left"`, `"right"` or nothing.
pub fn side(side: Option<Side>) -> &'static str {
    side.map_or("", Side::word)
}

/// `"upper trapezius, left"` or `"suboccipitals"`.
pub fn spot(plan: &Plan, spot: Spot) -> String {
    let region = &plan.routine().steps[spot.step].region;
    match spot.side {
        Some(side) => format!("{region}, {}", side.word()),
        None => region.clone(),
    }
}

/// `"upper trapezius, left, 45s"`: what a hold is, for "next:" lines and plain mode.
pub fn hold_line(plan: &Plan, index: usize) -> String {
    let step = plan.step(index);
    format!("{}, {}", spot(plan, plan.spot(index)), short(step.hold))
}

/// `"rep 1 of 2"` when a step has several reps, otherwise nothing.
pub fn rep(plan: &Plan, index: usize) -> Option<String> {
    let hold = plan.hold(index);
    (hold.reps > 1).then(|| format!("rep {} of {}", hold.rep, hold.reps))
}

/// Advice after a rating, in words.
pub fn notice(plan: &Plan, notice: Notice) -> String {
    match notice {
        Notice::EaseOff {
            spot: at,
            rating,
            can_skip,
        } => {
            let skip = if can_skip {
                " Press x to skip the rest of this spot."
            } else {
                ""
            };
            format!(
                "{rating}/10 is a lot: ease off the pressure on {}.{skip}",
                spot(plan, at)
            )
        }
        Notice::NotEasing { spot: at, from, to } => {
            format!(
                "{} went from {from} to {to}: this spot is not easing; consider stopping.",
                spot(plan, at)
            )
        }
    }
}

/// The first sentence of a text, for places with little room.
pub fn first_sentence(text: &str) -> String {
    let text = text.trim();
    text.find(". ")
        .map_or_else(|| text.to_owned(), |end| text[..=end].to_owned())
}

/// The anchors of the rating scale.
pub const SCALE_LOW: &str = "0 no pain";
/// The top anchor of the rating scale.
pub const SCALE_HIGH: &str = "10 worst imaginable";

/// "1 hold", "5 holds".
pub fn holds(n: usize) -> String {
    if n == 1 {
        "1 hold".to_owned()
    } else {
        format!("{n} holds")
    }
}

/// Whether `c` could rewrite the terminal or disguise text: a control, reordering or
/// invisible character. (Routines refuse these, with a message for each kind.)
pub fn is_unsafe(c: char) -> bool {
    c.is_control() || is_bidi_control(c) || is_invisible(c)
}

/// Format characters that show nothing: a region written with one would look the same as the
/// region without it yet be kept apart in the history. The zero-width joiner and non-joiner
/// stay allowed; emoji sequences and several scripts need them.
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{034F}'
            | '\u{061C}'
            | '\u{115F}'
            | '\u{1160}'
            | '\u{17B4}'
            | '\u{17B5}'
            | '\u{180E}'
            | '\u{200B}'
            | '\u{2060}'..='\u{2064}'
            | '\u{3164}'
            | '\u{FEFF}'
            | '\u{FFA0}'
            | '\u{FFF9}'..='\u{FFFB}'
    )
}

/// Characters that reorder text on screen and can disguise what a line says.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_hold_is_singular() {
        assert_eq!(holds(1), "1 hold");
        assert_eq!(holds(0), "0 holds");
        assert_eq!(holds(12), "12 holds");
    }

    #[test]
    fn clock_rounds_up_so_zero_shows_only_at_the_end() {
        assert_eq!(
            clock(Duration::from_mins(1) + Duration::from_secs(30)),
            "1:30"
        );
        assert_eq!(clock(Duration::from_millis(89_001)), "1:30");
        assert_eq!(clock(Duration::from_secs(89)), "1:29");
        assert_eq!(clock(Duration::from_millis(1)), "0:01");
        assert_eq!(clock(Duration::ZERO), "0:00");
        assert_eq!(clock(Duration::from_hours(1)), "60:00");
    }
}
