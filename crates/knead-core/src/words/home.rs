//! The home screen's words (`knead` alone).

use jiff::{Timestamp, Zoned};

/// The home screen's badge.
pub const BADGE: &str = " KNEAD ";

/// The top right: today, and how many routines are due: `"2 due today · Sun 6 Dec"`.
pub fn today(now: &Zoned, due: usize) -> String {
    let today = now.strftime("%a %-d %b").to_string();
    match due {
        0 => today,
        n => format!("{n} due today · {today}"),
    }
}

/// The prompt while a new routine's name is typed.
pub const NEW_NAME: &str = " New routine's name: ";

/// The filter in force, when it is not being typed.
pub fn filter(filter: &str) -> String {
    format!(" filter: {filter} (Esc clears)")
}

/// No routine to list.
pub const NO_ROUTINES: &str = "No routines found.";

/// No routine matches the filter.
pub fn no_match(filter: &str) -> String {
    format!("No routine matches \"{filter}\".")
}

/// The sections of the list.
pub const fn section(own: bool) -> &'static str {
    if own { "Your routines" } else { "Bundled" }
}

/// The list's column heads: length, last done, this week.
pub const COLUMNS: [&str; 3] = ["Length", "Last done", "Week"];

/// A routine that cannot run.
pub const INVALID: &str = "invalid";

/// A routine due today.
pub const DUE: &str = "due";

/// When a routine was last done, as people say it: "today 09:12", "yesterday", "3 days ago".
pub fn last_done(last: Option<Timestamp>, now: &Zoned) -> String {
    let Some(last) = last else {
        return "never".to_owned();
    };
    let at = last.to_zoned(now.time_zone().clone());
    let days = (now.date() - at.date()).get_days();
    match days {
        ..=0 => format!("today {}", at.strftime("%H:%M")),
        1 => "yesterday".to_owned(),
        2..=13 => format!("{days} days ago"),
        14..=62 => format!("{} weeks ago", days / 7),
        _ => at.strftime("%-d %b %Y").to_string(),
    }
}
