//! The words of `knead status`: one short line for a status bar, during a session and
//! between them.

use std::time::Duration;

use crate::routine::Side;
use crate::t;

/// A phase as a status bar names it.
pub fn phase(word: &str) -> String {
    match word {
        "prepare" => t!("status-phase-prepare"),
        "hold" => t!("status-phase-hold"),
        "rest" => t!("status-phase-rest"),
        "rate" => t!("status-phase-rate"),
        _ => "knead".to_owned(),
    }
}

/// `"upper trapezius L"`: a spot in a status bar, where every letter counts.
pub fn spot(region: &str, side: Option<Side>) -> String {
    let region = crate::body::region_name(region);
    match side {
        Some(Side::Left) => format!("{region} {}", t!("side-left-initial")),
        Some(Side::Right) => format!("{region} {}", t!("side-right-initial")),
        None => region,
    }
}

/// `"hold 2/5 · upper trapezius L · 0:34"`, with `paused` after the time when the clock is
/// stopped.
pub fn session(
    phase_word: &str,
    hold: usize,
    holds: usize,
    spot: &str,
    left: Duration,
    paused: bool,
) -> String {
    let paused = if paused {
        format!(" {}", t!("status-paused"))
    } else {
        String::new()
    };
    if phase_word == "rate" {
        return format!("{} {hold}/{holds} · {spot}", phase(phase_word));
    }
    format!(
        "{} {hold}/{holds} · {spot} · {}{paused}",
        phase(phase_word),
        super::clock(left)
    )
}

/// The short form for a narrow bar: `"hold 0:34"`, `"rate"`, `"hold 0:34 paused"`.
pub fn short(phase_word: &str, left: Duration, paused: bool) -> String {
    if phase_word == "rate" {
        return phase(phase_word);
    }
    let paused = if paused {
        format!(" {}", t!("status-paused"))
    } else {
        String::new()
    };
    format!("{} {}{paused}", phase(phase_word), super::clock(left))
}

/// Between sessions: what is due today and the next reminder. `"due: desk-neck ·
/// reminder 15:30 desk-neck"`, `"nothing due"`.
pub fn idle(due: &[String], next: Option<(&str, &str)>) -> String {
    let due = if due.is_empty() {
        t!("status-nothing-due")
    } else {
        t!("status-due", routines = due.join(", "))
    };
    match next {
        Some((when, routine)) => t!("status-reminder", due = due, when = when, routine = routine),
        None => due,
    }
}

/// The short form between sessions: `"knead"`, or `"knead: 2 due"`.
pub fn idle_short(due: usize) -> String {
    if due == 0 {
        "knead".to_owned()
    } else {
        t!("status-due-count", count = due)
    }
}

/// The tooltip of a status bar's item between sessions.
pub fn idle_tooltip(due: &[String]) -> String {
    if due.is_empty() {
        t!("status-tooltip-nothing")
    } else {
        t!("status-tooltip-due", routines = due.join(", "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_session_line_names_the_phase_the_hold_the_spot_and_the_time_left() {
        assert_eq!(
            session(
                "hold",
                2,
                5,
                &spot("upper trapezius", Some(Side::Left)),
                Duration::from_millis(33_200),
                false
            ),
            "hold 2/5 · upper trapezius L · 0:34"
        );
        assert_eq!(
            session("prepare", 1, 3, "calf R", Duration::from_secs(5), true),
            "get ready 1/3 · calf R · 0:05 paused"
        );
        assert_eq!(
            session("rate", 1, 5, "calf R", Duration::ZERO, false),
            "rate 1/5 · calf R"
        );
    }

    #[test]
    fn between_sessions_it_says_what_is_due_and_the_next_reminder() {
        assert_eq!(idle(&[], None), "nothing due");
        assert_eq!(
            idle(
                &["desk-neck".into(), "feet".into()],
                Some(("15:30", "desk-neck"))
            ),
            "due: desk-neck, feet · reminder 15:30 desk-neck"
        );
    }
}
