//! A reminder as a macOS launchd agent (`~/Library/LaunchAgents/LABEL.plist`).

use std::fmt::Write as _;
use std::path::Path;

use super::schedule::{Days, Reminder};

/// The agent's property list. launchd counts weekdays from Sunday (0).
pub fn plist(reminder: &Reminder, label: &str, program: &Path) -> String {
    let mut text = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n\
         <plist version=\"1.0\">\n<dict>\n",
    );
    let _ = writeln!(
        text,
        "\t<key>Label</key>\n\t<string>{}</string>",
        escape(label)
    );
    text.push_str("\t<key>ProgramArguments</key>\n\t<array>\n");
    for arg in [&*program.to_string_lossy(), "nudge", &reminder.routine] {
        let _ = writeln!(text, "\t\t<string>{}</string>", escape(arg));
    }
    text.push_str("\t</array>\n\t<key>StartCalendarInterval</key>\n\t<array>\n");
    let days: Vec<Option<i8>> = if reminder.days == Days::DAILY {
        vec![None]
    } else {
        reminder
            .days
            .iter()
            .map(|d| Some(d.to_sunday_zero_offset()))
            .collect()
    };
    for day in days {
        for time in &reminder.at {
            text.push_str("\t\t<dict>\n");
            if let Some(day) = day {
                let _ = writeln!(
                    text,
                    "\t\t\t<key>Weekday</key>\n\t\t\t<integer>{day}</integer>"
                );
            }
            let _ = writeln!(
                text,
                "\t\t\t<key>Hour</key>\n\t\t\t<integer>{}</integer>\n\t\t\t<key>Minute</key>\n\t\t\t<integer>{}</integer>",
                time.hour(),
                time.minute()
            );
            text.push_str("\t\t</dict>\n");
        }
    }
    text.push_str(
        "\t</array>\n\t<key>ProcessType</key>\n\t<string>Interactive</string>\n</dict>\n</plist>\n",
    );
    text
}

/// Text inside an XML element.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
