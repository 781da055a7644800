//! `knead status`: one line for a status bar. During a session it reads the file the session
//! writes at each phase change and works out the time left from its deadline; between
//! sessions it says what is due today and the next reminder.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use jiff::{Timestamp, Zoned};
use serde_json::json;

use crate::cli::{StatusArgs, StatusFormat};
use crate::config;
use crate::error::Result;
use crate::remind;
use crate::status::{self, Snapshot};
use crate::words;

/// Runs `knead status`.
pub fn run(args: &StatusArgs, data_dir: Option<&PathBuf>, out: &mut dyn Write) -> Result {
    let now = Zoned::now();
    let value = match status::running(now.timestamp()) {
        Some(session) => in_session(&session, now.timestamp(), args.format),
        None => between(data_dir, &now, args.format),
    };
    match value {
        Shown::Line(line) => writeln!(out, "{line}")?,
        Shown::Json(value) => writeln!(out, "{value}")?,
    }
    Ok(ExitCode::SUCCESS)
}

enum Shown {
    Line(String),
    Json(serde_json::Value),
}

fn in_session(session: &Snapshot, now: Timestamp, format: StatusFormat) -> Shown {
    let line = session.line(now);
    let left = session.left(now);
    match format {
        StatusFormat::Text => Shown::Line(line),
        StatusFormat::Json => Shown::Json(json!({
            "state": "session",
            "routine": session.routine,
            "phase": session.phase,
            "hold": session.hold,
            "holds": session.holds,
            "spot": session.spot,
            "left_s": words::shown_seconds(left),
            "paused": session.paused,
            "text": line,
        })),
        StatusFormat::Waybar => Shown::Json(json!({
            "text": line,
            "tooltip": format!("knead: {}", session.routine),
            "class": if session.paused { "paused" } else { session.phase.as_str() },
            "alt": session.phase,
        })),
        StatusFormat::I3bar => Shown::Json(json!({
            "name": "knead",
            "full_text": line,
            "short_text": words::status::short(&session.phase, left, session.paused),
        })),
    }
}

fn between(data_dir: Option<&PathBuf>, now: &Zoned, format: StatusFormat) -> Shown {
    let due: Vec<String> = super::home::entries(data_dir, now)
        .into_iter()
        .filter(crate::app::home::Entry::due)
        .map(|e| e.name)
        .collect();
    let next = next_reminder(now);
    let when = next
        .as_ref()
        .map(|(at, _)| super::remind::when(*at, now.datetime()));
    let next_words = next
        .as_ref()
        .zip(when.as_deref())
        .map(|((_, routine), when)| (when, routine.as_str()));
    let line = words::status::idle(&due, next_words);
    match format {
        StatusFormat::Text => Shown::Line(line),
        StatusFormat::Json => Shown::Json(json!({
            "state": "idle",
            "due": due,
            "next_reminder": next.as_ref().map(|(at, routine)| json!({
                "at": at.to_string(),
                "routine": routine,
            })),
            "text": line,
        })),
        StatusFormat::Waybar => Shown::Json(json!({
            "text": line,
            "tooltip": words::status::idle_tooltip(&due),
            "class": if due.is_empty() { "idle" } else { "due" },
            "alt": if due.is_empty() { "idle" } else { "due" },
        })),
        StatusFormat::I3bar => Shown::Json(json!({
            "name": "knead",
            "full_text": line,
            "short_text": words::status::idle_short(due.len()),
        })),
    }
}

/// The next reminder to fire, and its routine: none while reminders are paused past it.
fn next_reminder(now: &Zoned) -> Option<(jiff::civil::DateTime, String)> {
    let settings = config::path().map(|p| config::load(&p).settings)?;
    let paused = remind::paused_until()
        .filter(|&u| u > now.timestamp())
        .map(|u| u.to_zoned(now.time_zone().clone()).datetime());
    settings
        .remind
        .reminders
        .iter()
        .filter_map(|r| {
            Some((
                r.next_after(paused.unwrap_or(now.datetime()))?,
                r.routine.clone(),
            ))
        })
        .min()
}
