//! The history screen's words: its titles, its empty states and its lines.

use std::fmt::Write as _;
use std::time::Duration;

use jiff::civil::{Date, Time};

use crate::routine::Side;

/// The history screen's badge.
pub const BADGE: &str = " HISTORY ";

/// A history with nothing in it yet.
pub const EMPTY: &str = "No sessions yet: the history fills as you rate holds.";

/// A history that cannot be read.
pub fn cannot_show(why: &str) -> String {
    format!("The history cannot be shown: {why}")
}

/// Beside the badge: `"12 sessions · 6 spots"`.
pub fn totals(sessions: usize, spots: usize) -> String {
    format!(
        "  {} · {}",
        super::count(sessions, "session"),
        super::count(spots, "spot")
    )
}

/// The panels' titles.
pub const SPOTS_TITLE: &str = " Spots ";
/// The pain map's title.
pub const MAP_TITLE: &str = " Latest pain ";
/// The sessions list's title.
pub const SESSIONS_TITLE: &str = " Sessions, newest first ";
/// An opened session's title.
pub const SESSION_TITLE: &str = " Session ";

/// The weeks panel's title, with how many routines when they do not all fit.
pub fn weeks_title(routines: Option<usize>) -> String {
    match routines {
        Some(n) => format!(" Sessions per week · {n} routines "),
        None => " Sessions per week ".to_owned(),
    }
}

/// The weeks panel with nothing to show.
pub const NO_WEEKS: &str = "No sessions in the last four weeks.";

/// A routine's weeks: `"Desk break   2 this week (aim 3) · before: 3, 1, 0"`.
pub fn week_line(routine: &str, width: usize, weeks: [usize; 4], aim: Option<u8>) -> String {
    let aim = aim.map(|n| format!(" (aim {n})")).unwrap_or_default();
    format!(
        "{routine:<width$} {} this week{aim} · before: {}, {}, {}",
        weeks[0], weeks[1], weeks[2], weeks[3]
    )
}

/// `"L"`, `"R"` or nothing: a side in a list's narrow column.
pub const fn side_letter(side: Option<Side>) -> &'static str {
    match side {
        Some(Side::Left) => "L",
        Some(Side::Right) => "R",
        None => "",
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
        let _ = write!(title, "· {letter}{gap}{first:.1}→{last:.1} ");
        if much_better {
            better.push(letter);
        }
    }
    if !better.is_empty() {
        // Said once; which side only when not every side is.
        if better.len() == series.len() {
            let _ = write!(title, "· {} ", super::MUCH_BETTER_WORD);
        } else {
            let _ = write!(
                title,
                "· {} ({}) ",
                super::MUCH_BETTER_WORD,
                better.join("")
            );
        }
    }
    title
}

/// Under the chart: the sides that differ, which matters more than the last values.
pub fn sides_differ(gap: &str) -> String {
    format!(" sides differ: {gap} ")
}

/// Under the chart: each side's value in its last sessions.
pub fn last_values(values: &str) -> String {
    format!(" last: {values} ")
}

/// A session's mean rating, or that it was not rated.
pub fn mean(mean: Option<f64>) -> String {
    mean.map_or_else(|| "not rated".to_owned(), |m| format!("mean {m:.1}"))
}

/// A time of day as lists show it: `"09:12"`.
pub fn time_of_day(time: Time) -> String {
    time.strftime("%H:%M").to_string()
}

/// An opened session's first line: `"2026-12-01 09:12 · Desk break"`.
pub fn session_heading(day: Date, time: Time, routine: &str) -> String {
    format!("{day} {} · {routine}", time_of_day(time))
}

/// How long a session took, or that it has no end.
pub fn length(length: Option<Duration>) -> String {
    length.map_or_else(|| "no end recorded".to_owned(), super::short)
}

/// The opened session's table head.
pub const DETAIL_COLUMNS: [&str; 5] = ["#", "spot", "held", "outcome", "rating"];

/// A hold done again after going back.
pub const AGAIN: &str = " (again)";

/// How long a hold was held of its plan: `"40s of 45s"`.
pub fn held_of(held: Duration, planned: Duration) -> String {
    format!("{} of {}", super::short(held), super::short(planned))
}
