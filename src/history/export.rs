//! Exports for therapists: one row per hold with every field (and one per session in which
//! no hold was recorded), as CSV or JSON; and JSON back in, into a separate named history,
//! without duplicating anything imported twice.

use knead_core::t;
use std::io::Write;

use jiff::Timestamp;
use jiff::tz::Offset;
use serde::{Deserialize, Serialize};

use super::rows::offset_text;
use super::store::{
    ActivityRating, ChangeAnswer, Clock, HoldFacts, Programme, Reported, Screening, SessionOutcome,
    StopRuleAnswer, Store, StoreError, StoredHold, StoredSession,
};
pub use super::store::{Filter, Imported};
use crate::body::SpotId;
use crate::routine::Side;
use crate::session::HoldOutcome;
use crate::session::measures::Impression;
use crate::untrusted;

/// The export's columns, in order; their names are part of the documented format.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ExportRow {
    /// The session's unique id.
    pub session_uid: String,
    /// Empty for the person's own history, else the client it was imported as.
    pub client: String,
    /// The routine's name.
    pub routine: String,
    /// SHA-256 of the routine file.
    pub routine_hash: String,
    /// The routine's file name (`desk-neck.toml`): what identifies the routine across edits.
    /// Only the name leaves the machine, never the folder (often the person's login name).
    pub routine_path: String,
    /// When the session started (ISO 8601, UTC).
    pub session_started: String,
    /// When it ended, if it did.
    pub session_ended: Option<String>,
    /// `completed`, `partial` (some holds skipped), `quit` or `interrupted`.
    pub session_outcome: String,
    /// The week of the prescription the session ran, from 1; empty without one. New in
    /// version 3, as are `phase` and `screening`.
    #[serde(default)]
    pub week: Option<u8>,
    /// That week's phase, from 1.
    #[serde(default)]
    pub phase: Option<u8>,
    /// The answer to the stop rules asked before the session: `no`, `yes-went-on`, or empty
    /// when they were not asked.
    #[serde(default)]
    pub screening: String,
    /// The prescription's first day (`2026-11-02`), empty without one. New in version 3, as
    /// are the prescription's `programme_weeks`, `programme_per_week`, `prescribed_by` and
    /// `prescribed_for`.
    #[serde(default)]
    pub programme_start: String,
    /// How many weeks it runs.
    #[serde(default)]
    pub programme_weeks: Option<u8>,
    /// Sessions a week it asks for.
    #[serde(default)]
    pub programme_per_week: Option<u8>,
    /// Who prescribed it.
    #[serde(default)]
    pub prescribed_by: String,
    /// Who it is for (a pseudonym).
    #[serde(default)]
    pub prescribed_for: String,
    /// The routine's `stop_above` (1-10), from which a rating got ease-off advice; empty
    /// before version 3.
    #[serde(default)]
    pub stop_above: Option<u8>,
    /// Overall pain before the first hold (routines with `session_rating`). New in version 3,
    /// as are `pain_after` and `note`.
    #[serde(default)]
    pub pain_before: Option<u8>,
    /// Overall pain after the last hold.
    #[serde(default)]
    pub pain_after: Option<u8>,
    /// The person's note about the session, or empty.
    #[serde(default)]
    pub note: String,
    /// The prescription's activities as rated before the first hold, as JSON text:
    /// `[{"activity": "...", "rating": 4}]`, the rating null when skipped; empty when they
    /// were not asked. New in version 7, as are the three after it.
    #[serde(default)]
    pub activities: String,
    /// The mean of the activities rated, 0-10 (the skipped left out).
    #[serde(default)]
    pub activity_mean: Option<f64>,
    /// The programme phase whose global impression of change was asked at the end.
    #[serde(default)]
    pub change_phase: Option<u8>,
    /// The answer, 1 (very much improved) to 7 (very much worse); empty when skipped.
    #[serde(default)]
    pub change: Option<u8>,
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
    /// The catalogue's id of the spot (`upper-trapezius:left`), or empty when the region is
    /// not one knead knows. New in version 2.
    #[serde(default)]
    pub spot: String,
    /// Repetition on this side, from 1.
    pub rep: u32,
    /// Planned seconds.
    pub planned_s: f64,
    /// Seconds held.
    pub held_s: f64,
    /// Seconds until the person pressed "released" (manual holds).
    pub released_s: Option<f64>,
    /// `completed`, `released`, `cut_short`, `stopped`, `skipped` or `skipped_for_pain`.
    pub outcome: String,
    /// 0-10, or empty when not rated.
    pub rating: Option<u8>,
    /// When it was rated.
    pub rated_at: Option<String>,
    /// When the hold ended.
    pub hold_ended: String,
    /// Holds in the session's plan, each counted once (a session quit early recorded fewer).
    /// New in version 4, as are `time_zone` and `utc_offset`, which come last so that a
    /// spreadsheet reading version 3's columns by position still finds them.
    #[serde(default)]
    pub holds_planned: Option<u32>,
    /// The person's time zone at the start (`Europe/Berlin`), or empty when unknown.
    #[serde(default)]
    pub time_zone: String,
    /// Its offset from UTC then (`UTC+01:00`), from which the session's day and time are the
    /// person's; empty when unknown. Written after `UTC`, so no spreadsheet takes a leading
    /// `+` or `-` for a formula or a sum.
    #[serde(default)]
    pub utc_offset: String,
}

/// The JSON export's envelope, so an import can tell a knead export from anything else.
#[derive(Debug, Serialize, Deserialize)]
struct Envelope {
    format: String,
    version: u32,
    holds: Vec<ExportRow>,
    /// Every answer to a prescription's stop rules, a yes that stopped the session included
    /// (it has no holds). New in version 3.
    #[serde(default)]
    stop_rules: Vec<AnswerRow>,
    /// Sessions in which no hold was recorded (quit before the first), each as a row whose
    /// hold columns are empty or 0. New in version 6.
    #[serde(default)]
    sessions_without_holds: Vec<ExportRow>,
}

/// An answer to a prescription's stop rules, as exported.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnswerRow {
    /// The routine's name.
    pub routine: String,
    /// SHA-256 of the routine file it was asked for.
    pub routine_hash: String,
    /// When (ISO 8601, UTC).
    pub asked_at: String,
    /// `no`, `yes-stopped` or `yes-went-on`.
    pub answer: String,
    /// The lines of the prescription's `stop_if` answered yes. New in version 4.
    #[serde(default)]
    pub yes_to: Vec<String>,
    /// The person's time zone when they answered, as for a hold. New in version 5.
    #[serde(default)]
    pub time_zone: String,
    /// Its offset from UTC then. New in version 5.
    #[serde(default)]
    pub utc_offset: String,
}

impl From<&StopRuleAnswer> for AnswerRow {
    fn from(a: &StopRuleAnswer) -> Self {
        Self {
            routine: a.routine.clone(),
            routine_hash: a.routine_hash.clone(),
            asked_at: a.asked_at.to_string(),
            answer: a.answer.word().to_owned(),
            yes_to: a.yes_to.clone(),
            time_zone: a.clock.zone.clone().unwrap_or_default(),
            utc_offset: a.clock.offset.map(offset_cell).unwrap_or_default(),
        }
    }
}

impl TryFrom<&AnswerRow> for StopRuleAnswer {
    type Error = String;

    fn try_from(row: &AnswerRow) -> Result<Self, String> {
        check_text("routine", &row.routine)?;
        check_text("routine_hash", &row.routine_hash)?;
        for line in &row.yes_to {
            check_text("yes_to", line)?;
        }
        Ok(Self {
            routine: row.routine.clone(),
            routine_hash: row.routine_hash.clone(),
            asked_at: row
                .asked_at
                .parse()
                .map_err(|_| format!("{:?} is not an ISO 8601 time", row.asked_at))?,
            answer: Screening::from_word(&row.answer)
                .ok_or_else(|| format!("answer {:?} is not one knead writes", row.answer))?,
            yes_to: row.yes_to.clone(),
            clock: clock_of(&row.time_zone, &row.utc_offset)?,
        })
    }
}

const FORMAT: &str = "knead-history";
/// The version written: 2 added `spot`, 3 the prescription's `week`, `phase` and
/// `screening`, 4 `holds_planned`, `time_zone` and `utc_offset`, 5 the time zone and offset
/// of each stop-rule answer, 6 the sessions without holds, 7 the activities and the global
/// impression of change. Imports read every version up to it.
const VERSION: u32 = 7;

/// An offset as the export writes it: `UTC+01:00`.
fn offset_cell(offset: Offset) -> String {
    format!("UTC{}", offset_text(offset))
}

/// The clock of an exported `time_zone` and `utc_offset`, both empty for one not kept.
fn clock_of(zone: &str, offset: &str) -> Result<Clock, String> {
    // A time zone's name as the tz database writes them: `America/Argentina/Buenos_Aires`.
    let zone_char = |c: char| c.is_ascii_alphanumeric() || "/_-+".contains(c);
    if zone.len() > 64 || !zone.chars().all(zone_char) {
        return Err(format!("time_zone {zone:?} is not a time zone's name"));
    }
    Ok(Clock {
        zone: Some(zone.to_owned()).filter(|z| !z.is_empty()),
        offset: match offset {
            "" => None,
            offset => Some(parse_offset(offset).ok_or_else(|| {
                format!("utc_offset {offset:?} is not an offset such as UTC+01:00")
            })?),
        },
    })
}

/// Reads what [`offset_cell`] writes.
fn parse_offset(text: &str) -> Option<Offset> {
    let text = text.strip_prefix("UTC")?;
    let (sign, rest) = match text.split_at_checked(1)? {
        ("+", rest) => (1, rest),
        ("-", rest) => (-1, rest),
        _ => return None,
    };
    let (hours, minutes) = rest.split_once(':')?;
    let digits = |s: &str, max: i32| {
        (s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<i32>().ok())
            .flatten()
            .filter(|v| *v <= max)
    };
    let seconds = sign * (digits(hours, 23)? * 3600 + digits(minutes, 59)? * 60);
    Offset::from_seconds(seconds).ok()
}

/// A path's last part: what an export keeps of where a routine came from.
fn file_name(path: &str) -> &str {
    path.rsplit(['/', '\\']).next().unwrap_or(path)
}

/// Every hold matching `filter`, oldest first, in the export's format.
pub fn rows(store: &Store, filter: &Filter) -> Result<Vec<ExportRow>, StoreError> {
    Ok(store.holds(filter)?.iter().map(ExportRow::from).collect())
}

impl From<&StoredSession> for ExportRow {
    /// A session's columns, its hold columns left at their defaults (a session without holds
    /// writes them empty).
    fn from(session: &StoredSession) -> Self {
        Self {
            session_uid: session.session_uid.clone(),
            client: session.client.clone(),
            routine: session.routine.clone(),
            routine_hash: session.routine_hash.clone(),
            routine_path: file_name(&session.routine_path).to_owned(),
            session_started: session.session_started.to_string(),
            session_ended: session.session_ended.map(|t| t.to_string()),
            session_outcome: session.session_outcome.word().to_owned(),
            holds_planned: session.holds_planned,
            time_zone: session.clock.zone.clone().unwrap_or_default(),
            utc_offset: session.clock.offset.map(offset_cell).unwrap_or_default(),
            week: session.programme.week,
            phase: session.programme.phase,
            screening: session
                .programme
                .screening
                .map_or("", Screening::word)
                .to_owned(),
            programme_start: session
                .programme
                .start
                .map(|d| d.to_string())
                .unwrap_or_default(),
            programme_weeks: session.programme.weeks,
            programme_per_week: session.programme.per_week,
            prescribed_by: session.programme.by.clone().unwrap_or_default(),
            prescribed_for: session.programme.client.clone().unwrap_or_default(),
            stop_above: session.programme.stop_above,
            pain_before: session.reported.pain_before,
            pain_after: session.reported.pain_after,
            note: session.reported.note.clone().unwrap_or_default(),
            activities: if session.reported.activities.is_empty() {
                String::new()
            } else {
                serde_json::to_string(&session.reported.activities).unwrap_or_default()
            },
            activity_mean: session.reported.activity_mean(),
            change_phase: session.reported.change.map(|c| c.phase),
            change: session
                .reported
                .change
                .and_then(|c| c.answer)
                .map(Impression::number),
            ..Self::default()
        }
    }
}

impl From<&StoredHold> for ExportRow {
    fn from(hold: &StoredHold) -> Self {
        #[allow(
            clippy::cast_precision_loss,
            reason = "milliseconds of a hold fit an f64 exactly"
        )]
        let seconds = |d: std::time::Duration| d.as_millis() as f64 / 1000.0;
        Self {
            hold_index: hold.hold_index,
            attempt: hold.attempt,
            step: hold.step,
            region: hold.region.clone(),
            tool: hold.tool.clone(),
            side: hold.side.map_or("", Side::word).to_owned(),
            spot: hold.spot.map(|s| s.to_string()).unwrap_or_default(),
            rep: hold.rep,
            planned_s: seconds(hold.planned),
            held_s: seconds(hold.held),
            released_s: hold.released.map(seconds),
            outcome: hold.outcome.word().to_owned(),
            rating: hold.rating,
            rated_at: hold.rated_at.map(|t| t.to_string()),
            hold_ended: hold.hold_ended.to_string(),
            ..Self::from(&hold.session())
        }
    }
}

impl TryFrom<&ExportRow> for StoredSession {
    type Error = String;

    /// Reads a row's session columns as someone else's knead wrote them: every word and time
    /// must be one knead writes.
    fn try_from(row: &ExportRow) -> Result<Self, String> {
        check_row(row)?;
        let unknown = |name: &str, value: &str| format!("{name} {value:?} is not one knead writes");
        let session_outcome = SessionOutcome::from_word(&row.session_outcome)
            .ok_or_else(|| unknown("session_outcome", &row.session_outcome))?;
        Ok(Self {
            session_uid: row.session_uid.clone(),
            client: row.client.clone(),
            routine: row.routine.clone(),
            routine_hash: row.routine_hash.clone(),
            routine_path: row.routine_path.clone(),
            session_started: time(&row.session_started)?,
            session_ended: row.session_ended.as_deref().map(time).transpose()?,
            session_outcome,
            holds_planned: row.holds_planned,
            clock: clock_of(&row.time_zone, &row.utc_offset)?,
            programme: Programme {
                week: row.week,
                phase: row.phase,
                screening: match row.screening.as_str() {
                    "" => None,
                    word => {
                        Some(Screening::from_word(word).ok_or_else(|| unknown("screening", word))?)
                    }
                },
                start: match row.programme_start.as_str() {
                    "" => None,
                    day => Some(
                        day.parse()
                            .map_err(|_| format!("programme_start {day:?} is not a date"))?,
                    ),
                },
                weeks: row.programme_weeks,
                per_week: row.programme_per_week,
                by: Some(row.prescribed_by.clone()).filter(|s| !s.is_empty()),
                client: Some(row.prescribed_for.clone()).filter(|s| !s.is_empty()),
                stop_above: row.stop_above,
            },
            reported: Reported {
                pain_before: row.pain_before,
                pain_after: row.pain_after,
                note: Some(row.note.clone()).filter(|n| !n.is_empty()),
                activities: activities_of(&row.activities)?,
                change: match row.change_phase {
                    Some(phase) => Some(ChangeAnswer {
                        phase,
                        answer: match row.change {
                            Some(n) => Some(
                                Impression::from_number(n)
                                    .ok_or_else(|| format!("change {n} is not from 1 to 7"))?,
                            ),
                            None => None,
                        },
                    }),
                    None => None,
                },
            },
        })
    }
}

impl TryFrom<&ExportRow> for StoredHold {
    type Error = String;

    /// Reads a row someone else's knead wrote: its session, then its hold.
    fn try_from(row: &ExportRow) -> Result<Self, String> {
        let session = StoredSession::try_from(row)?;
        check_hold(row)?;
        let side = match row.side.as_str() {
            "" => None,
            s => {
                Some(Side::from_word(s).ok_or_else(|| format!("side {s:?} is not left or right"))?)
            }
        };
        let outcome = HoldOutcome::from_word(&row.outcome)
            .ok_or_else(|| format!("outcome {:?} is not one knead writes", row.outcome))?;
        #[allow(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "checked: seconds of a hold between 0 and 24 hours"
        )]
        let duration = |s: f64| std::time::Duration::from_millis((s * 1000.0).round() as u64);
        let hold = HoldFacts {
            hold_index: row.hold_index,
            attempt: row.attempt,
            step: row.step,
            region: row.region.clone(),
            // A spot this knead's catalogue knows is kept; one from an older export (or a
            // newer knead's catalogue) is recognised from the text as written.
            spot: SpotId::parse(&row.spot).or_else(|| SpotId::recognise(&row.region, side)),
            tool: row.tool.clone(),
            side,
            rep: row.rep,
            planned: duration(row.planned_s),
            held: duration(row.held_s),
            released: row.released_s.map(duration),
            outcome,
            rating: row.rating,
            rated_at: row.rated_at.as_deref().map(time).transpose()?,
            hold_ended: time(&row.hold_ended)?,
        };
        Ok(Self::new(session, hold))
    }
}

/// A time as an export writes it.
fn time(s: &str) -> Result<Timestamp, String> {
    s.parse::<Timestamp>()
        .map_err(|_| format!("{s:?} is not an ISO 8601 time"))
}

/// Export rows read into the history's typed rows (for tests, benchmarks and imports).
pub fn parse_rows(rows: &[ExportRow]) -> Result<Vec<StoredHold>, String> {
    rows.iter()
        .enumerate()
        .map(|(n, row)| StoredHold::try_from(row).map_err(|e| format!("hold {}: {e}", n + 1)))
        .collect()
}

/// The columns a row of a session without holds leaves empty.
const HOLD_COLUMNS: [&str; 15] = [
    "hold_index",
    "attempt",
    "step",
    "region",
    "tool",
    "side",
    "spot",
    "rep",
    "planned_s",
    "held_s",
    "released_s",
    "outcome",
    "rating",
    "rated_at",
    "hold_ended",
];

/// Writes rows as CSV with a header, the sessions without holds among them in time order
/// with their hold columns empty. Text that a spreadsheet would run as a formula (starting
/// with `=`, `+`, `-`, `@`, tab or carriage return) is prefixed with `'` so it stays text.
pub fn write_csv(
    rows: &[ExportRow],
    sessions_without_holds: &[ExportRow],
    out: &mut dyn Write,
) -> Result<(), csv::Error> {
    let header = header();
    let hold_columns: Vec<usize> = header
        .iter()
        .enumerate()
        .filter(|(_, name)| HOLD_COLUMNS.contains(&name.as_str()))
        .map(|(i, _)| i)
        .collect();
    let mut all: Vec<(&ExportRow, bool)> = rows
        .iter()
        .map(|r| (r, false))
        .chain(sessions_without_holds.iter().map(|r| (r, true)))
        .collect();
    // Stable: a session's holds keep their order.
    all.sort_by_key(|(row, _)| row.session_started.parse::<Timestamp>().ok());
    let mut writer = csv::WriterBuilder::new()
        .has_headers(false)
        .from_writer(out);
    writer.write_record(&header)?;
    for (row, without_holds) in all {
        let mut safe = row.clone();
        for text in [
            &mut safe.routine,
            &mut safe.routine_path,
            &mut safe.region,
            &mut safe.tool,
            &mut safe.client,
            &mut safe.note,
            &mut safe.prescribed_by,
            &mut safe.prescribed_for,
            &mut safe.time_zone,
        ] {
            if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
                text.insert(0, '\'');
            }
        }
        if without_holds {
            let record = cells(&safe)?;
            writer.write_record(record.iter().enumerate().map(|(i, cell)| {
                if hold_columns.contains(&i) { "" } else { cell }
            }))?;
        } else {
            writer.serialize(safe)?;
        }
    }
    writer.flush()?;
    Ok(())
}

/// A row's cells as the CSV writes them.
fn cells(row: &ExportRow) -> Result<csv::StringRecord, csv::Error> {
    let mut writer = csv::WriterBuilder::new()
        .has_headers(false)
        .from_writer(Vec::new());
    writer.serialize(row)?;
    let bytes = writer
        .into_inner()
        .map_err(|e| csv::Error::from(e.into_error()))?;
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(bytes.as_slice());
    let mut record = csv::StringRecord::new();
    reader.read_record(&mut record)?;
    Ok(record)
}

/// The CSV columns, for an export with no rows: the names serde gives [`ExportRow`]'s
/// fields, read from a row written with its header, so they cannot drift from the rows.
fn header() -> Vec<String> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let mut names = Vec::new();
    if writer.serialize(ExportRow::default()).is_ok()
        && let Ok(bytes) = writer.into_inner()
    {
        let mut reader = csv::Reader::from_reader(bytes.as_slice());
        if let Ok(header) = reader.headers() {
            names = header.iter().map(str::to_owned).collect();
        }
    }
    names
}

/// Writes rows, and the answers to stop rules, as a JSON document that `knead import` reads
/// back.
pub fn write_json(
    rows: &[ExportRow],
    answers: &[AnswerRow],
    sessions_without_holds: &[ExportRow],
    out: &mut dyn Write,
) -> serde_json::Result<()> {
    let envelope = Envelope {
        format: FORMAT.to_owned(),
        version: VERSION,
        holds: rows.to_vec(),
        stop_rules: answers.to_vec(),
        sessions_without_holds: sessions_without_holds.to_vec(),
    };
    serde_json::to_writer_pretty(&mut *out, &envelope)?;
    let _ = writeln!(out);
    Ok(())
}

/// Why an import failed.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// Not a knead JSON export.
    #[error("{}", t!("error-import-format", why = .0.as_str()))]
    Format(String),
    /// An export a newer knead wrote, with columns this one does not know.
    #[error("{}", t!("error-import-newer", version = *.version, known = *.known))]
    Newer {
        /// The export's version.
        version: u32,
        /// The newest this knead reads.
        known: u32,
    },
    /// A CSV export, which is for spreadsheets: only the JSON one can be read back.
    #[error("{}", t!("error-import-csv"))]
    Csv,
    /// The database refused.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// The activities of an exported row: at most five, each one line with a rating on the
/// scale.
fn activities_of(text: &str) -> Result<Vec<ActivityRating>, String> {
    if text.is_empty() {
        return Ok(Vec::new());
    }
    let activities: Vec<ActivityRating> = serde_json::from_str(text)
        .map_err(|_| format!("activities {text:?} is not knead's list of activities"))?;
    if activities.len() > crate::routine::fields::MAX_ACTIVITIES {
        return Err(format!("activities lists {} activities", activities.len()));
    }
    for a in &activities {
        check_text("activities", &a.activity)?;
        if a.rating.is_some_and(|r| r > 10) {
            return Err(format!(
                "activity rating {:?} is not on the 0-10 scale",
                a.rating
            ));
        }
    }
    Ok(activities)
}

/// Refuses a row whose session no knead wrote: text that could rewrite a terminal or
/// disguise itself, ratings off the scale, times that are not times. The file comes from
/// someone else.
fn check_row(row: &ExportRow) -> Result<(), String> {
    for (name, value) in [
        ("session_uid", row.session_uid.as_str()),
        ("routine", &row.routine),
        ("routine_hash", &row.routine_hash),
        ("routine_path", &row.routine_path),
        ("session_outcome", &row.session_outcome),
        ("screening", &row.screening),
        ("prescribed_by", &row.prescribed_by),
        ("prescribed_for", &row.prescribed_for),
        ("note", &row.note),
        ("time_zone", &row.time_zone),
    ] {
        check_text(name, value)?;
    }
    clock_of(&row.time_zone, &row.utc_offset)?;
    for (name, rating) in [
        ("pain_before", row.pain_before),
        ("stop_above", row.stop_above),
        ("pain_after", row.pain_after),
    ] {
        if rating.is_some_and(|r| r > 10) {
            return Err(format!("{name} {rating:?} is not on the 0-10 scale"));
        }
    }
    for time in [Some(&row.session_started), row.session_ended.as_ref()]
        .into_iter()
        .flatten()
    {
        time.parse::<jiff::Timestamp>()
            .map_err(|_| format!("{time:?} is not an ISO 8601 time"))?;
    }
    Ok(())
}

/// Refuses a row whose hold no knead wrote, as [`check_row`] does its session.
fn check_hold(row: &ExportRow) -> Result<(), String> {
    for (name, value) in [
        ("region", row.region.as_str()),
        ("tool", &row.tool),
        ("side", &row.side),
        ("spot", &row.spot),
        ("outcome", &row.outcome),
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
    for time in [row.rated_at.as_ref(), Some(&row.hold_ended)]
        .into_iter()
        .flatten()
    {
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
    let parsed = parse(json, client)?;
    merge(store, &parsed, client)
}

/// A checked export, ready to merge.
#[derive(Debug)]
pub struct Parsed {
    holds: Vec<StoredHold>,
    answers: Vec<StopRuleAnswer>,
    sessions_without_holds: Vec<StoredSession>,
}

impl Parsed {
    /// The sessions it holds, each once.
    pub fn sessions(&self) -> Vec<&str> {
        let mut uids: Vec<&str> = self
            .holds
            .iter()
            .map(|h| h.session_uid.as_str())
            .chain(
                self.sessions_without_holds
                    .iter()
                    .map(|s| s.session_uid.as_str()),
            )
            .collect();
        uids.sort_unstable();
        uids.dedup();
        uids
    }
}

/// Merges a checked export into the history of `client`.
pub fn merge(store: &mut Store, parsed: &Parsed, client: &str) -> Result<Imported, ImportError> {
    let imported = store.import(client, &parsed.holds, &parsed.sessions_without_holds)?;
    store.import_stop_rule_answers(client, &parsed.answers)?;
    Ok(imported)
}

/// What is wrong in an export that does not read, and where: "hold 3's region: invalid
/// type: null, expected a string" (serde's words name no field).
fn where_wrong(e: &serde_path_to_error::Error<serde_json::Error>) -> String {
    let inner = e.inner();
    let what = inner.to_string();
    // The line and column say little in a file written on one line.
    let what = what
        .rsplit_once(" at line ")
        .map_or(what.as_str(), |(what, _)| what);
    let mut place = String::new();
    let mut segments = e.path().iter().peekable();
    while let Some(segment) = segments.next() {
        use serde_path_to_error::Segment;
        match (segment, segments.peek()) {
            (Segment::Map { key }, Some(Segment::Seq { index })) => {
                let item = match key.as_str() {
                    "holds" => "hold",
                    "stop_rules" => "stop rule answer",
                    "sessions_without_holds" => "session without holds",
                    other => other,
                };
                place = format!("{item} {}", index + 1);
                segments.next();
            }
            (Segment::Map { key }, _) if place.is_empty() => place.clone_from(key),
            (Segment::Map { key }, _) => place = format!("{place}'s {key}"),
            _ => {}
        }
    }
    if place.is_empty() || inner.is_syntax() || inner.is_eof() {
        what.to_owned()
    } else {
        format!("{place}: {what}")
    }
}

/// Reads and checks a JSON export meant for `client`, without writing anything.
pub fn parse(json: &str, client: &str) -> Result<Parsed, ImportError> {
    if json.trim_start().starts_with("session_uid,") {
        return Err(ImportError::Csv);
    }
    let envelope: Envelope =
        serde_path_to_error::deserialize(&mut serde_json::Deserializer::from_str(json))
            .map_err(|e| ImportError::Format(where_wrong(&e)))?;
    if envelope.format != FORMAT || envelope.version == 0 {
        return Err(ImportError::Format(format!(
            "format {:?} version {}",
            envelope.format, envelope.version
        )));
    }
    if envelope.version > VERSION {
        return Err(ImportError::Newer {
            version: envelope.version,
            known: VERSION,
        });
    }
    check_text("client", client).map_err(ImportError::Format)?;
    let mut holds = parse_rows(&envelope.holds).map_err(ImportError::Format)?;
    let answers = envelope
        .stop_rules
        .iter()
        .enumerate()
        .map(|(n, a)| {
            StopRuleAnswer::try_from(a).map_err(|e| format!("stop rule answer {}: {e}", n + 1))
        })
        .collect::<Result<Vec<_>, _>>()
        .map_err(ImportError::Format)?;
    let sessions_without_holds = envelope
        .sessions_without_holds
        .iter()
        .enumerate()
        .map(|(n, row)| {
            StoredSession::try_from(row)
                .map_err(|e| format!("session without holds {}: {e}", n + 1))
        })
        .collect::<Result<Vec<_>, _>>()
        .map_err(ImportError::Format)?;
    // Each session's holds together, as the store writes a session once.
    holds.sort_by(|a, b| a.session_uid.cmp(&b.session_uid));
    Ok(Parsed {
        holds,
        answers,
        sessions_without_holds,
    })
}

/// A client's name as a person would tell it apart: without case or accents ("María Pérez"
/// and "maria perez" are one name).
pub fn folded(name: &str) -> String {
    use unicode_normalization::UnicodeNormalization as _;
    name.trim()
        .nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_csv_export_has_the_columns_of_a_full_one() {
        let mut empty = Vec::new();
        write_csv(&[], &[], &mut empty).expect("writes");
        let mut full = Vec::new();
        write_csv(&[ExportRow::default()], &[], &mut full).expect("writes");
        let first = |bytes: &[u8]| {
            String::from_utf8_lossy(bytes)
                .lines()
                .next()
                .map(str::to_owned)
        };
        assert_eq!(first(&empty), first(&full));
        let columns = first(&empty).expect("a header");
        for name in [
            "session_uid",
            "holds_planned",
            "time_zone",
            "utc_offset",
            "hold_ended",
        ] {
            assert!(columns.split(',').any(|c| c == name), "{name} in {columns}");
        }
    }

    #[test]
    fn a_session_without_holds_is_a_csv_row_in_time_order_with_its_hold_columns_empty() {
        let hold = |uid: &str, at: &str| ExportRow {
            session_uid: uid.into(),
            session_started: at.into(),
            hold_index: 2,
            region: "calf".into(),
            planned_s: 30.0,
            outcome: "completed".into(),
            hold_ended: at.into(),
            ..ExportRow::default()
        };
        let empty = ExportRow {
            session_uid: "quit".into(),
            session_started: "2026-11-03T08:00:00Z".into(),
            session_outcome: "quit".into(),
            note: "too sore today".into(),
            ..ExportRow::default()
        };
        let mut out = Vec::new();
        write_csv(
            &[
                hold("s1", "2026-11-02T08:00:00Z"),
                hold("s2", "2026-11-04T08:00:00Z"),
            ],
            &[empty],
            &mut out,
        )
        .expect("writes");
        let mut reader = csv::Reader::from_reader(out.as_slice());
        let header = reader.headers().expect("header").clone();
        let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
        let cell = |row: &csv::StringRecord, name: &str| {
            let i = header.iter().position(|h| h == name).expect(name);
            row[i].to_owned()
        };
        let uids: Vec<String> = rows.iter().map(|r| cell(r, "session_uid")).collect();
        assert_eq!(uids, ["s1", "quit", "s2"]);
        assert_eq!(cell(&rows[1], "note"), "too sore today");
        assert_eq!(cell(&rows[1], "session_outcome"), "quit");
        for name in HOLD_COLUMNS {
            assert_eq!(
                cell(&rows[1], name),
                "",
                "{name} of a session without holds"
            );
        }
        assert_eq!(cell(&rows[0], "hold_index"), "2");
        assert_eq!(cell(&rows[2], "planned_s"), "30.0");
    }

    #[test]
    fn offsets_are_written_after_utc_and_read_back() {
        for (seconds, text) in [
            (3600, "UTC+01:00"),
            (-8 * 3600, "UTC-08:00"),
            (20_700, "UTC+05:45"),
            (0, "UTC+00:00"),
        ] {
            let offset = Offset::from_seconds(seconds).expect("offset");
            assert_eq!(offset_cell(offset), text);
            assert_eq!(parse_offset(text), Some(offset));
        }
        for bad in [
            "",
            "+01:00",
            "UTC01:00",
            "UTC+1:00",
            "UTC+24:00",
            "UTC+01:60",
            "UTC+01-00",
            "UTC+aa:bb",
        ] {
            assert_eq!(parse_offset(bad), None, "{bad}");
        }
    }

    #[test]
    fn an_imported_time_zone_is_a_time_zones_name_or_nothing() {
        let row = |zone: &str| ExportRow {
            session_started: "2026-11-02T08:00:00Z".into(),
            hold_ended: "2026-11-02T08:01:00Z".into(),
            outcome: "completed".into(),
            session_outcome: "completed".into(),
            time_zone: zone.into(),
            ..ExportRow::default()
        };
        for good in [
            "",
            "Europe/Berlin",
            "America/Argentina/Buenos_Aires",
            "Etc/GMT+5",
        ] {
            assert!(check_row(&row(good)).is_ok(), "{good}");
        }
        for bad in [
            "=HYPERLINK(\"x\")",
            "Europe/Berlin\u{1b}[2J",
            &"A".repeat(65),
            "a b",
        ] {
            assert!(check_row(&row(bad)).is_err(), "{bad}");
        }
    }

    #[test]
    fn only_the_routine_file_name_leaves_the_machine() {
        assert_eq!(
            file_name("/home/maria.lopez/routines/desk-neck.toml"),
            "desk-neck.toml"
        );
        assert_eq!(
            file_name(r"C:\Users\Maria\routines\desk-neck.toml"),
            "desk-neck.toml"
        );
        assert_eq!(file_name("bundled/desk-neck.toml"), "desk-neck.toml");
    }
}
