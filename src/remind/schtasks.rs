//! A reminder as a Windows Task Scheduler task, registered with `schtasks /Create /XML`.

use std::fmt::Write as _;
use std::path::Path;

use super::launchd::escape;
use super::schedule::Reminder;

/// The task's XML definition: one weekly trigger per time of day, never run late.
pub fn task(reminder: &Reminder, program: &Path) -> String {
    let mut text = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n\
         <Task version=\"1.2\" xmlns=\"http://schemas.microsoft.com/windows/2004/02/mit/task\">\n",
    );
    let _ = writeln!(
        text,
        "  <RegistrationInfo>\n    <Description>knead reminder for {}</Description>\n  </RegistrationInfo>\n  <Triggers>",
        escape(&reminder.routine)
    );
    for time in &reminder.at {
        let _ = writeln!(
            text,
            "    <CalendarTrigger>\n      <StartBoundary>2026-01-05T{:02}:{:02}:00</StartBoundary>\n      <ScheduleByWeek>\n        <WeeksInterval>1</WeeksInterval>\n        <DaysOfWeek>",
            time.hour(),
            time.minute()
        );
        for day in reminder.days.iter() {
            let _ = writeln!(text, "          <{day:?} />");
        }
        text.push_str("        </DaysOfWeek>\n      </ScheduleByWeek>\n    </CalendarTrigger>\n");
    }
    let _ = write!(
        text,
        "  </Triggers>\n  <Settings>\n    <StartWhenAvailable>false</StartWhenAvailable>\n    \
         <DisallowStartIfOnBatteries>false</DisallowStartIfOnBatteries>\n    \
         <StopIfGoingOnBatteries>false</StopIfGoingOnBatteries>\n    \
         <MultipleInstancesPolicy>IgnoreNew</MultipleInstancesPolicy>\n    \
         <ExecutionTimeLimit>PT1H</ExecutionTimeLimit>\n  </Settings>\n  \
         <Actions Context=\"Author\">\n    <Exec>\n      <Command>{}</Command>\n      \
         <Arguments>nudge {}</Arguments>\n    </Exec>\n  </Actions>\n</Task>\n",
        escape(&program.to_string_lossy()),
        escape(&windows_arg(&reminder.routine)),
    );
    text
}

/// One command-line argument as Windows programs split them: quoted when it has a space.
fn windows_arg(arg: &str) -> String {
    if arg.contains([' ', '\t', '"']) {
        format!("\"{}\"", arg.replace('"', "\\\""))
    } else {
        arg.to_owned()
    }
}

/// The task file as `schtasks` reads it: UTF-16 with a byte-order mark.
pub fn utf16(text: &str) -> Vec<u8> {
    let mut bytes = vec![0xFF, 0xFE];
    for unit in text.encode_utf16() {
        bytes.extend_from_slice(&unit.to_le_bytes());
    }
    bytes
}
