//! A reminder as a systemd user timer and the service it starts.

use std::fmt::Write as _;
use std::path::Path;

use jiff::civil::Weekday;

use super::schedule::{Days, Reminder, time_text};

/// The timer's and the service's text, for `knead-remind-NAME.timer` / `.service`.
pub fn units(reminder: &Reminder, unit: &str, program: &Path) -> (String, String) {
    let mut timer = format!(
        "# Written by `knead remind add`; `knead remind remove {routine}` removes it.\n\
         [Unit]\n\
         Description=knead reminder for {described}\n\
         \n\
         [Timer]\n",
        routine = reminder.routine,
        described = specifiers_escaped(&reminder.routine),
    );
    for calendar in on_calendar(reminder) {
        let _ = writeln!(timer, "OnCalendar={calendar}");
    }
    // A laptop that slept through a reminder does not show it on waking.
    let _ = write!(
        timer,
        "Persistent=false\n\
         AccuracySec=30s\n\
         Unit={unit}.service\n\
         \n\
         [Install]\n\
         WantedBy=timers.target\n"
    );
    let service = format!(
        "# Written by `knead remind add`; `knead remind remove {routine}` removes it.\n\
         [Unit]\n\
         Description=knead reminder for {described}\n\
         \n\
         [Service]\n\
         Type=exec\n\
         ExecStart={program} nudge {arg}\n\
         # The terminal that Start opens outlives the nudge.\n\
         KillMode=process\n",
        routine = reminder.routine,
        described = specifiers_escaped(&reminder.routine),
        program = quote(&program.to_string_lossy()),
        arg = quote(&reminder.routine),
    );
    (timer, service)
}

/// Each time as an `OnCalendar=` expression, "Mon..Fri *-*-* 11:00:00".
pub fn on_calendar(reminder: &Reminder) -> Vec<String> {
    let days = weekdays(reminder.days);
    reminder
        .at
        .iter()
        .map(|&time| {
            let when = format!("*-*-* {}:00", time_text(time));
            match &days {
                Some(days) => format!("{days} {when}"),
                None => when,
            }
        })
        .collect()
}

/// The days as systemd writes them ("Mon..Fri", "Mon,Wed,Fri"); `None` for every day.
fn weekdays(days: Days) -> Option<String> {
    if days == Days::DAILY {
        return None;
    }
    let name = |d: Weekday| format!("{d:?}")[..3].to_owned();
    let list: Vec<Weekday> = days.iter().collect();
    // One run of three or more days reads as a range.
    let contiguous = list
        .windows(2)
        .all(|w| w[1].to_monday_zero_offset() == w[0].to_monday_zero_offset() + 1);
    if contiguous && list.len() >= 3 {
        return Some(format!("{}..{}", name(list[0]), name(list[list.len() - 1])));
    }
    Some(list.iter().map(|&d| name(d)).collect::<Vec<_>>().join(","))
}

/// Text in which systemd expands nothing: `%` starts a specifier.
fn specifiers_escaped(text: &str) -> String {
    text.replace('%', "%%")
}

/// One argument of `ExecStart=`: quoted, with systemd's specifier and variable signs doubled.
fn quote(arg: &str) -> String {
    let escaped = arg
        .replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('$', "$$");
    let escaped = specifiers_escaped(&escaped);
    if escaped
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "/._-+:".contains(c))
    {
        escaped
    } else {
        format!("\"{escaped}\"")
    }
}
