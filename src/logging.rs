//! The log file, `$XDG_STATE_HOME/knead/knead.log`: warnings always, more with `-v`. Nothing
//! is logged to the terminal, so the full screen is never disturbed.
//!
//! knead logs a handful of events and no spans, so a small subscriber that writes one line per
//! event does it; `tracing-subscriber` brought four crates and 50 KB of start-up allocations
//! (its span registry and the layout of its formatter) for the same lines.

use std::fmt::{self, Write as _};
use std::fs::File;
use std::io::Write as _;
use std::sync::Mutex;

use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Level, Metadata, Subscriber};

/// Starts logging to the log file; without a usable state folder, logs nowhere.
pub fn init(verbose: u8) {
    let level = match verbose {
        0 => Level::WARN,
        1 => Level::INFO,
        2 => Level::DEBUG,
        _ => Level::TRACE,
    };
    let Some(path) = crate::paths::log_file() else {
        return;
    };
    let Some(dir) = path.parent() else {
        return;
    };
    if std::fs::create_dir_all(dir).is_err() {
        return;
    }
    let Ok(file) = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&path)
    else {
        return;
    };
    let _ = tracing::subscriber::set_global_default(LogFile {
        file: Mutex::new(file),
        level,
    });
}

/// Writes each event as one line: `2026-12-01T10:00:00.123456Z  WARN message key=value`.
struct LogFile {
    file: Mutex<File>,
    level: Level,
}

impl Subscriber for LogFile {
    fn enabled(&self, metadata: &Metadata<'_>) -> bool {
        // More verbose levels compare greater: TRACE > DEBUG > INFO > WARN > ERROR.
        *metadata.level() <= self.level
    }

    fn max_level_hint(&self) -> Option<tracing::level_filters::LevelFilter> {
        Some(self.level.into())
    }

    fn new_span(&self, _span: &Attributes<'_>) -> Id {
        Id::from_u64(1)
    }

    fn record(&self, _span: &Id, _values: &Record<'_>) {}

    fn record_follows_from(&self, _span: &Id, _follows: &Id) {}

    fn event(&self, event: &Event<'_>) {
        let mut line = format!(
            "{:.6} {:>5} ",
            jiff::Timestamp::now(),
            event.metadata().level()
        );
        event.record(&mut Line(&mut line));
        line.push('\n');
        if let Ok(mut file) = self.file.lock() {
            // A log that cannot be written is not worth stopping a session for.
            let _ = file.write_all(line.as_bytes());
        }
    }

    fn enter(&self, _span: &Id) {}

    fn exit(&self, _span: &Id) {}
}

/// The message first, then each other field as ` key=value`.
struct Line<'a>(&'a mut String);

impl Visit for Line<'_> {
    fn record_debug(&mut self, field: &Field, value: &dyn fmt::Debug) {
        if field.name() == "message" {
            let _ = write!(self.0, "{value:?}");
        } else {
            let _ = write!(self.0, " {}={value:?}", field.name());
        }
    }

    fn record_str(&mut self, field: &Field, value: &str) {
        if field.name() == "message" {
            self.0.push_str(value);
        } else {
            let _ = write!(self.0, " {}={value:?}", field.name());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_event_is_one_line_with_its_level_message_and_fields() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("knead.log");
        let file = File::create(&path).expect("create");
        let log = LogFile {
            file: Mutex::new(file),
            level: Level::INFO,
        };
        tracing::subscriber::with_default(log, || {
            tracing::info!(routine = %"Desk break", holds = 5, "session starting");
            tracing::debug!("not at info");
            tracing::warn!("no audio device");
        });
        let text = std::fs::read_to_string(&path).expect("read");
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 2, "{text}");
        assert!(
            lines[0].ends_with("  INFO session starting routine=Desk break holds=5"),
            "{text}"
        );
        assert!(lines[1].ends_with("  WARN no audio device"), "{text}");
        let stamp = lines[0].split_whitespace().next().expect("time");
        assert!(stamp.parse::<jiff::Timestamp>().is_ok(), "{stamp}");
    }
}
