//! Exports for therapists: one row per hold with every field, as CSV or JSON; and JSON back
//! in, into a separate named history, without duplicating anything imported twice.

use std::collections::BTreeMap;
use std::io::Write;

use jiff::civil::Date;
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};

use super::store::{Store, StoreError};
use crate::untrusted;

/// The export's columns, in order; their names are part of the documented format.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExportRow {
    /// The session's unique id.
    pub session_uid: String,
    /// Empty for the person's own history, else the client it was imported as.
    pub client: String,
    /// The routine's name.
    pub routine: String,
    /// SHA-256 of the routine file.
    pub routine_hash: String,
    /// Where the routine came from.
    pub routine_path: String,
    /// When the session started (ISO 8601, UTC).
    pub session_started: String,
    /// When it ended, if it did.
    pub session_ended: Option<String>,
    /// `completed`, `quit` or `interrupted`.
    pub session_outcome: String,
    /// The hold's position in the session, from 0.
    pub hold_index: u32,
    /// 1, or more when the hold was done again after going back.
    pub attempt: u32,
    /// The routine step, from 0.
    pub step: u32,
    /// Body region.
    pub region: String,
    /// Tool.
    pub tool: String,
    /// `left`, `right` or empty.
    pub side: String,
    /// Repetition on this side, from 1.
    pub rep: u32,
    /// Planned seconds.
    pub planned_s: f64,
    /// Seconds held.
    pub held_s: f64,
    /// Seconds until the person pressed "released" (manual holds).
    pub released_s: Option<f64>,
    /// `completed`, `released`, `cut_short`, `stopped` or `skipped`.
    pub outcome: String,
    /// 0-10, or empty when not rated.
    pub rating: Option<u8>,
    /// When it was rated.
    pub rated_at: Option<String>,
    /// When the hold ended.
    pub hold_ended: String,
}

/// Which rows to export.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// A client's imported history instead of the person's own.
    pub client: Option<String>,
    /// Sessions started on or after this day (UTC).
    pub since: Option<Date>,
    /// Sessions started on or before this day (UTC).
    pub until: Option<Date>,
    /// Only this routine (its name, any case).
    pub routine: Option<String>,
}

/// The JSON export's envelope, so an import can tell a knead export from anything else.
#[derive(Debug, Serialize, Deserialize)]
struct Envelope {
    format: String,
    version: u32,
    holds: Vec<ExportRow>,
}

const FORMAT: &str = "knead-history";

/// Every hold matching `filter`, oldest first.
pub fn rows(store: &Store, filter: &Filter) -> Result<Vec<ExportRow>, StoreError> {
    let since = filter.since.map(|d| d.to_string()).unwrap_or_default();
    let until = filter
        .until
        .and_then(|d| d.tomorrow().ok())
        .map_or_else(|| "9999".to_owned(), |d| d.to_string());
    let mut statement = store.conn().prepare(
        "SELECT s.uid, s.client, s.routine_name, s.routine_hash, s.routine_path, s.started_at,
                s.ended_at, s.outcome, h.hold_index, h.attempt, h.step, h.region, h.tool, h.side,
                h.rep, h.planned_ms, h.held_ms, h.released_ms, h.outcome, h.rating, h.rated_at,
                h.ended_at
         FROM hold h JOIN session s ON s.id = h.session_id
         WHERE s.client = ?1 AND s.started_at >= ?2 AND s.started_at < ?3
               AND (?4 = '' OR lower(s.routine_name) = lower(?4))
         ORDER BY s.started_at, s.id, h.hold_index, h.attempt",
    )?;
    let client = filter.client.clone().unwrap_or_default();
    let routine = filter.routine.clone().unwrap_or_default();
    #[allow(
        clippy::cast_precision_loss,
        reason = "milliseconds of a hold fit an f64 exactly"
    )]
    let seconds = |ms: i64| ms as f64 / 1000.0;
    let rows = statement.query_map(params![client, since, until, routine], |r| {
        Ok(ExportRow {
            session_uid: r.get(0)?,
            client: r.get(1)?,
            routine: r.get(2)?,
            routine_hash: r.get(3)?,
            routine_path: r.get(4)?,
            session_started: r.get(5)?,
            session_ended: r.get(6)?,
            session_outcome: r.get(7)?,
            hold_index: r.get(8)?,
            attempt: r.get(9)?,
            step: r.get(10)?,
            region: r.get(11)?,
            tool: r.get(12)?,
            side: r.get(13)?,
            rep: r.get(14)?,
            planned_s: seconds(r.get(15)?),
            held_s: seconds(r.get(16)?),
            released_s: r.get::<_, Option<i64>>(17)?.map(seconds),
            outcome: r.get(18)?,
            rating: r.get(19)?,
            rated_at: r.get(20)?,
            hold_ended: r.get(21)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Writes rows as CSV with a header. Text that a spreadsheet would run as a formula (starting
/// with `=`, `+`, `-`, `@`, tab or carriage return) is prefixed with `'` so it stays text.
pub fn write_csv(rows: &[ExportRow], out: &mut dyn Write) -> Result<(), csv::Error> {
    let mut writer = csv::Writer::from_writer(out);
    for row in rows {
        let mut safe = row.clone();
        for text in [
            &mut safe.routine,
            &mut safe.routine_path,
            &mut safe.region,
            &mut safe.tool,
            &mut safe.client,
        ] {
            if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
                text.insert(0, '\'');
            }
        }
        writer.serialize(safe)?;
    }
    if rows.is_empty() {
        writer.write_record(HEADER)?;
    }
    writer.flush()?;
    Ok(())
}

/// The CSV columns, for an export with no rows.
const HEADER: [&str; 22] = [
    "session_uid",
    "client",
    "routine",
    "routine_hash",
    "routine_path",
    "session_started",
    "session_ended",
    "session_outcome",
    "hold_index",
    "attempt",
    "step",
    "region",
    "tool",
    "side",
    "rep",
    "planned_s",
    "held_s",
    "released_s",
    "outcome",
    "rating",
    "rated_at",
    "hold_ended",
];

/// Writes rows as a JSON document that `knead import` reads back.
pub fn write_json(rows: &[ExportRow], out: &mut dyn Write) -> serde_json::Result<()> {
    let envelope = Envelope {
        format: FORMAT.to_owned(),
        version: 1,
        holds: rows.to_vec(),
    };
    serde_json::to_writer_pretty(&mut *out, &envelope)?;
    let _ = writeln!(out);
    Ok(())
}

/// What an import added.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Imported {
    /// New sessions.
    pub sessions: usize,
    /// New holds.
    pub holds: usize,
    /// Holds already there.
    pub already: usize,
}

/// Why an import failed.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// Not a knead JSON export.
    #[error("not a knead history export: {0}")]
    Format(String),
    /// The database refused.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Refuses a row that no knead wrote: text that could rewrite a terminal or disguise itself,
/// ratings off the scale, times that are not times. The file comes from someone else.
fn check_row(row: &ExportRow) -> Result<(), String> {
    for (name, value) in [
        ("session_uid", row.session_uid.as_str()),
        ("routine", &row.routine),
        ("routine_hash", &row.routine_hash),
        ("routine_path", &row.routine_path),
        ("region", &row.region),
        ("tool", &row.tool),
        ("side", &row.side),
        ("outcome", &row.outcome),
        ("session_outcome", &row.session_outcome),
    ] {
        check_text(name, value)?;
    }
    if row.rating.is_some_and(|r| r > 10) {
        return Err(format!("rating {:?} is not on the 0-10 scale", row.rating));
    }
    let seconds = [Some(row.planned_s), Some(row.held_s), row.released_s];
    if seconds
        .into_iter()
        .flatten()
        .any(|s| !(0.0..=86_400.0).contains(&s))
    {
        return Err("a hold's time is not between 0 and 24 hours".into());
    }
    let times = [
        Some(&row.session_started),
        row.session_ended.as_ref(),
        row.rated_at.as_ref(),
        Some(&row.hold_ended),
    ];
    for time in times.into_iter().flatten() {
        time.parse::<jiff::Timestamp>()
            .map_err(|_| format!("{time:?} is not an ISO 8601 time"))?;
    }
    Ok(())
}

/// Longest text an imported row may hold (a routine's path is the longest).
const MAX_IMPORTED_CHARS: usize = 4096;

/// Text from an imported file: one line, at most [`MAX_IMPORTED_CHARS`] characters, nothing
/// that could rewrite the terminal or hide itself.
fn check_text(name: &str, value: &str) -> Result<(), String> {
    if value.chars().count() > MAX_IMPORTED_CHARS {
        return Err(format!(
            "{name} is longer than {MAX_IMPORTED_CHARS} characters"
        ));
    }
    match value.chars().find(|&c| untrusted::is_unsafe(c)) {
        Some(c) => Err(format!(
            "{name} contains the character U+{:04X}",
            u32::from(c)
        )),
        None => Ok(()),
    }
}

/// Merges a JSON export into the history of `client`, in one transaction; rows already there
/// (by session id, hold and attempt) are left as they are.
pub fn import(store: &mut Store, json: &str, client: &str) -> Result<Imported, ImportError> {
    let envelope: Envelope =
        serde_json::from_str(json).map_err(|e| ImportError::Format(e.to_string()))?;
    if envelope.format != FORMAT || envelope.version != 1 {
        return Err(ImportError::Format(format!(
            "format {:?} version {}",
            envelope.format, envelope.version
        )));
    }
    check_text("client", client).map_err(ImportError::Format)?;
    for (n, row) in envelope.holds.iter().enumerate() {
        check_row(row).map_err(|e| ImportError::Format(format!("hold {}: {e}", n + 1)))?;
    }
    let mut sessions: BTreeMap<&str, Vec<&ExportRow>> = BTreeMap::new();
    for row in &envelope.holds {
        sessions
            .entry(row.session_uid.as_str())
            .or_default()
            .push(row);
    }
    let tx = store.transaction().map_err(StoreError::from)?;
    let mut imported = Imported::default();
    for (uid, holds) in sessions {
        let first = holds[0];
        let added = tx
            .execute(
                "INSERT OR IGNORE INTO session (uid, client, routine_name, routine_hash, routine_path,
                                                started_at, ended_at, outcome)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![
                    uid,
                    client,
                    first.routine,
                    first.routine_hash,
                    first.routine_path,
                    first.session_started,
                    first.session_ended,
                    first.session_outcome
                ],
            )
            .map_err(StoreError::from)?;
        imported.sessions += added;
        let id: i64 = tx
            .query_row(
                "SELECT id FROM session WHERE client = ?1 AND uid = ?2",
                params![client, uid],
                |r| r.get(0),
            )
            .optional()
            .map_err(StoreError::from)?
            .ok_or_else(|| ImportError::Format(format!("session {uid} could not be stored")))?;
        for hold in holds {
            #[allow(
                clippy::cast_possible_truncation,
                reason = "seconds of a hold, well inside i64"
            )]
            let ms = |s: f64| (s * 1000.0).round() as i64;
            let added = tx
                .execute(
                    "INSERT OR IGNORE INTO hold (session_id, hold_index, attempt, step, region, tool, side, rep,
                                                 planned_ms, held_ms, released_ms, outcome, rating, rated_at, ended_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
                    params![
                        id,
                        hold.hold_index,
                        hold.attempt,
                        hold.step,
                        hold.region,
                        hold.tool,
                        hold.side,
                        hold.rep,
                        ms(hold.planned_s),
                        ms(hold.held_s),
                        hold.released_s.map(ms),
                        hold.outcome,
                        hold.rating,
                        hold.rated_at,
                        hold.hold_ended
                    ],
                )
                .map_err(StoreError::from)?;
            imported.holds += added;
            imported.already += 1 - added;
        }
    }
    tx.commit().map_err(StoreError::from)?;
    Ok(imported)
}
