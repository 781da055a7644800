//! The home screen's words (`knead` alone).

use jiff::{Timestamp, Zoned};

use crate::t;

/// The home screen's badge.
pub fn badge() -> String {
    format!(" {} ", t!("home-badge"))
}

/// The top right: today, and how many routines are due: `"2 due today · Sun 6 Dec"`.
pub fn today(now: &Zoned, due: usize) -> String {
    let today = crate::lang::weekday_day_month(now.date());
    match due {
        0 => today,
        n => t!("home-due-today", count = n, today = today),
    }
}

/// The prompt while a new routine's name is typed.
pub fn new_name() -> String {
    format!(" {} ", t!("home-new-name"))
}

/// The filter in force, when it is not being typed.
pub fn filter(filter: &str) -> String {
    format!(" {} ", t!("home-filter", filter = filter))
}

/// No routine to list.
pub fn no_routines() -> String {
    t!("home-no-routines")
}

/// No routine matches the filter.
pub fn no_match(filter: &str) -> String {
    t!("home-no-match", filter = filter)
}

/// The sections of the list.
pub fn section(own: bool) -> String {
    if own {
        t!("home-yours")
    } else {
        t!("home-bundled")
    }
}

/// The list's column heads: length, last done, this week.
pub fn columns() -> [String; 3] {
    [
        t!("home-column-length"),
        t!("home-column-last-done"),
        t!("home-column-week"),
    ]
}

/// A routine that cannot run.
pub fn invalid() -> String {
    t!("home-invalid")
}

/// A routine due today.
pub fn due() -> String {
    t!("home-due")
}

/// When a routine was last done, as people say it: "today 09:12", "yesterday", "3 days ago".
pub fn last_done(last: Option<Timestamp>, now: &Zoned) -> String {
    let Some(last) = last else {
        return t!("home-never");
    };
    let at = last.to_zoned(now.time_zone().clone());
    let days = (now.date() - at.date()).get_days();
    match days {
        ..=0 => t!("home-today-at", time = at.strftime("%H:%M").to_string()),
        1 => t!("home-yesterday"),
        2..=13 => t!("home-days-ago", days = days),
        14..=62 => t!("home-weeks-ago", weeks = days / 7),
        _ => crate::lang::day_month_year(at.date()),
    }
}
