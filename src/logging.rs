//! The log file, `$XDG_STATE_HOME/knead/knead.log`: warnings always, more with `-v`. Nothing
//! is logged to the terminal, so the full screen is never disturbed.
//!
//! knead logs a handful of events and no spans, so a small subscriber that writes one line per
//! event does it; `tracing-subscriber` brought four crates and 50 KB of start-up allocations
//! (its span registry and the layout of its formatter) for the same lines.
//!
//! An event logged on the session's loop must not wait on the disk: lines go through a
//! channel to a thread of their own, started with the first line; [`finish`] lets it write
//! the last ones before the process exits.

use std::fmt::{self, Write as _};
use std::fs::File;
use std::io::Write as _;
use std::sync::Mutex;
use std::sync::mpsc::{self, Sender};
use std::thread::JoinHandle;

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
    let _ = tracing::subscriber::set_global_default(LogFile::new(file, level));
}

/// Writes what is still waiting for the log, then stops its thread: at the end of the
/// process, where waiting on the disk delays nothing.
pub fn finish() {
    if let Some(log) = GLOBAL.lock().ok().and_then(|mut writer| writer.take()) {
        log.finish();
    }
}

/// The global log's writer, kept where [`finish`] can reach it.
static GLOBAL: Mutex<Option<Writer>> = Mutex::new(None);

/// Writes each event as one line: `2026-12-01T10:00:00.123456Z  WARN message key=value`.
struct LogFile {
    writer: Mutex<Option<Writer>>,
    level: Level,
    global: bool,
}

/// The file, until the first line: then the thread that writes to it.
enum Writer {
    Idle(File),
    Writing(Sender<String>, JoinHandle<()>),
}

impl Writer {
    /// Hands `line` to the writing thread, starting it the first time.
    fn write(&mut self, line: String) {
        if let Writer::Idle(file) = self {
            let Ok(mut file) = file.try_clone() else {
                return;
            };
            let (tx, rx) = mpsc::channel::<String>();
            let spawned = std::thread::Builder::new()
                .name("knead-log".into())
                .stack_size(64 * 1024)
                .spawn(move || {
                    for line in rx {
                        // A log that cannot be written is not worth stopping a session for.
                        let _ = file.write_all(line.as_bytes());
                    }
                });
            let Ok(thread) = spawned else {
                return;
            };
            *self = Writer::Writing(tx, thread);
        }
        if let Writer::Writing(tx, _) = self {
            let _ = tx.send(line);
        }
    }

    /// Lets the thread write what it was sent, and waits for it.
    fn finish(self) {
        if let Writer::Writing(tx, thread) = self {
            drop(tx);
            let _ = thread.join();
        }
    }
}

impl LogFile {
    /// The global log: its writer is reachable by [`finish`].
    fn new(file: File, level: Level) -> Self {
        if let Ok(mut global) = GLOBAL.lock() {
            *global = Some(Writer::Idle(file));
        }
        Self {
            writer: Mutex::new(None),
            level,
            global: true,
        }
    }

    /// A log of its own (tests), finished by [`LogFile::finish`].
    #[cfg(test)]
    fn local(file: File, level: Level) -> Self {
        Self {
            writer: Mutex::new(Some(Writer::Idle(file))),
            level,
            global: false,
        }
    }

    #[cfg(test)]
    fn finish(&self) {
        if let Some(writer) = self.writer.lock().ok().and_then(|mut w| w.take()) {
            writer.finish();
        }
    }
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
        let writer = if self.global {
            GLOBAL.lock()
        } else {
            self.writer.lock()
        };
        if let Ok(mut writer) = writer
            && let Some(writer) = writer.as_mut()
        {
            writer.write(line);
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
        let log = std::sync::Arc::new(LogFile::local(file, Level::INFO));
        tracing::subscriber::with_default(log.clone(), || {
            tracing::info!(routine = %"Desk break", holds = 5, "session starting");
            tracing::debug!("not at info");
            tracing::warn!("no audio device");
        });
        log.finish();
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
