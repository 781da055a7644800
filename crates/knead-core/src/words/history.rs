//! The history screen's words: its titles, its empty states and its lines.

use std::fmt::Write as _;
use std::time::Duration;

use jiff::civil::{Date, Time};

use crate::routine::Side;
use crate::t;

/// The history screen's badge.
pub fn badge() -> String {
    format!(" {} ", t!("history-badge"))
}

/// A history with nothing in it yet.
pub fn empty() -> String {
    t!("history-empty")
}

/// A history that cannot be read.
pub fn cannot_show(why: &str) -> String {
    t!("history-cannot-show", why = why)
}

/// Beside the badge: `"12 sessions · 6 spots"`.
pub fn totals(sessions: usize, spots: usize) -> String {
    format!(
        "  {}",
        t!("history-totals", sessions = sessions, spots = spots)
    )
}

/// The spots panel's title.
pub fn spots_title() -> String {
    format!(" {} ", t!("history-spots"))
}

/// The pain map's title.
pub fn map_title() -> String {
    format!(" {} ", t!("history-latest-pain"))
}

/// The sessions list's title.
pub fn sessions_title() -> String {
    format!(" {} ", t!("history-sessions"))
}

/// An opened session's title.
pub fn session_title() -> String {
    format!(" {} ", t!("history-session"))
}

/// The weeks panel's title, with how many routines when they do not all fit.
pub fn weeks_title(routines: Option<usize>) -> String {
    match routines {
        Some(n) => format!(" {} ", t!("history-weeks-routines", count = n)),
        None => format!(" {} ", t!("history-weeks")),
    }
}

/// The weeks panel with nothing to show.
pub fn no_weeks() -> String {
    t!("history-no-weeks")
}

/// A routine's weeks: `"Desk break   2 this week (aim 3) · before: 3, 1, 0"`.
pub fn week_line(routine: &str, width: usize, weeks: [usize; 4], aim: Option<u8>) -> String {
    let aim = aim
        .map(|n| format!(" {}", t!("history-aim", aim = n)))
        .unwrap_or_default();
    format!(
        "{routine:<width$} {}{aim} · {}",
        t!("history-this-week", count = weeks[0]),
        t!(
            "history-before",
            first = weeks[1],
            second = weeks[2],
            third = weeks[3]
        )
    )
}

/// `"L"`, `"R"` or nothing: a side in a list's narrow column.
pub fn side_letter(side: Option<Side>) -> String {
    match side {
        Some(Side::Left) => t!("side-left-initial"),
        Some(Side::Right) => t!("side-right-initial"),
        None => String::new(),
    }
}

/// The chart's title: `" calf · L 6.5→3.5 · R 9.5→6.5 · much better (L) "`; `better` says
/// which of the series dropped by two or more.
pub fn chart_title(region: &str, series: &[(Option<Side>, f64, f64, bool)]) -> String {
    let mut title = format!(" {region} ");
    let mut better = Vec::new();
    for &(side, first, last, much_better) in series {
        let letter = side_letter(side);
        let gap = if letter.is_empty() { "" } else { " " };
        let _ = write!(
            title,
            "· {letter}{gap}{}→{} ",
            crate::lang::decimal(first, 1),
            crate::lang::decimal(last, 1)
        );
        if much_better {
            better.push(letter);
        }
    }
    if !better.is_empty() {
        // Said once; which side only when not every side is.
        if better.len() == series.len() {
            let _ = write!(title, "· {} ", super::much_better_word());
        } else {
            let _ = write!(
                title,
                "· {} ({}) ",
                super::much_better_word(),
                better.join("")
            );
        }
    }
    title
}

/// Under the chart: the sides that differ, which matters more than the last values.
pub fn sides_differ(gap: &str) -> String {
    format!(" {} ", t!("history-sides-differ", gap = gap))
}

/// Under the chart: each side's value in its last sessions.
pub fn last_values(values: &str) -> String {
    format!(" {} ", t!("history-last", values = values))
}

/// A session's mean rating, or that it was not rated.
pub fn mean(mean: Option<f64>) -> String {
    mean.map_or_else(
        || t!("not-rated"),
        |m| t!("history-mean", mean = crate::lang::decimal(m, 1)),
    )
}

/// A time of day as lists show it: `"09:12"`.
pub fn time_of_day(time: Time) -> String {
    time.strftime("%H:%M").to_string()
}

/// An opened session's first line: `"2026-12-01 09:12 · Desk break"`.
pub fn session_heading(day: Date, time: Time, routine: &str) -> String {
    format!(
        "{} {} · {routine}",
        crate::lang::date(day),
        time_of_day(time)
    )
}

/// How long a session took, or that it has no end.
pub fn length(length: Option<Duration>) -> String {
    length.map_or_else(|| t!("history-no-end"), super::short)
}

/// The opened session's table head.
pub fn detail_columns() -> [String; 5] {
    [
        "#".to_owned(),
        t!("column-spot"),
        t!("column-held"),
        t!("column-outcome"),
        t!("column-rating"),
    ]
}

/// A hold done again after going back.
pub fn again() -> String {
    format!(" {}", t!("history-again"))
}

/// How long a hold was held of its plan: `"40s of 45s"`.
pub fn held_of(held: Duration, planned: Duration) -> String {
    t!(
        "history-held-of",
        held = super::short(held),
        planned = super::short(planned)
    )
}
