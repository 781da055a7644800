//! Writes a session to the history as it happens: the session when it starts, each hold as it
//! ends, each rating the moment it is confirmed, the outcome at the end. If the history cannot
//! be opened or written, it stops writing, says why once, and the session goes on.

use std::fmt::Write as _;
use std::path::Path;
use std::time::Instant;

use jiff::{Timestamp, Unit};
use sha2::{Digest, Sha256};

use super::store::{HoldRow, NewSession, Store};
use crate::routine::Routine;
use crate::session::{Effect, EffectKind, HoldOutcome, HoldRecord, PhaseKind, Plan};
use crate::text;

/// What identifies the routine a session ran.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionMeta {
    /// The routine's name.
    pub routine_name: String,
    /// SHA-256 of the routine file's text, so edits to a routine show in the history.
    pub routine_hash: String,
    /// Where the routine came from (a path, or `bundled/NAME.toml`).
    pub routine_path: String,
}

impl SessionMeta {
    /// The identity of `routine`, read from `text` at `path`.
    pub fn new(routine: &Routine, text: &str, path: &str) -> Self {
        let digest = Sha256::digest(text.as_bytes());
        let routine_hash = digest
            .iter()
            .fold(String::with_capacity(64), |mut hex, byte| {
                let _ = write!(hex, "{byte:02x}");
                hex
            });
        Self {
            routine_name: routine.name.clone(),
            routine_hash,
            routine_path: path.to_owned(),
        }
    }
}

/// The history side of a session.
#[derive(Debug)]
pub struct Recorder {
    store: Option<Store>,
    meta: SessionMeta,
    uid: String,
    session: Option<i64>,
    notice: Option<String>,
    previous: Vec<(String, String, u8)>,
}

impl Recorder {
    /// Opens the history in `dir`; if it cannot, the session runs unsaved with a notice.
    pub fn open(dir: Option<&Path>, meta: SessionMeta) -> Self {
        let uid = new_uid();
        let Some(dir) = dir else {
            return Self::off(
                meta,
                uid,
                "this session is not being saved: no data folder".to_owned(),
            );
        };
        match Store::open(dir) {
            Ok(store) => {
                let previous = store
                    .last_ratings(&meta.routine_name, &uid)
                    .unwrap_or_default();
                Self::saving(store, meta, uid, previous)
            }
            Err(e) => Self::off(meta, uid, format!("this session is not being saved: {e}")),
        }
    }

    /// Writes into an open store (tests use one in memory).
    pub fn with_store(store: Store, meta: SessionMeta) -> Self {
        Self::saving(store, meta, new_uid(), Vec::new())
    }

    fn saving(
        store: Store,
        meta: SessionMeta,
        uid: String,
        previous: Vec<(String, String, u8)>,
    ) -> Self {
        Self {
            store: Some(store),
            meta,
            uid,
            session: None,
            notice: None,
            previous,
        }
    }

    fn off(meta: SessionMeta, uid: String, notice: String) -> Self {
        Self {
            store: None,
            meta,
            uid,
            session: None,
            notice: Some(notice),
            previous: Vec::new(),
        }
    }

    /// Writes what `effects` record. Wall-clock times are derived here, from the instant each
    /// effect was due, so the session itself never reads a clock.
    pub fn handle(&mut self, effects: &[Effect], plan: &Plan, now: Instant, wall: Timestamp) {
        let Some(store) = &mut self.store else { return };
        let at = |effect: &Effect| {
            let ago = now.saturating_duration_since(effect.at);
            let when = wall
                .checked_sub(ago)
                .unwrap_or(wall)
                .round(Unit::Millisecond)
                .unwrap_or(wall);
            when.to_string()
        };
        let mut result = Ok(());
        for effect in effects {
            result = match (&effect.kind, self.session) {
                (
                    EffectKind::PhaseStarted {
                        phase: PhaseKind::Prepare | PhaseKind::Hold,
                        ..
                    },
                    None,
                ) => {
                    let session = NewSession {
                        uid: self.uid.clone(),
                        routine_name: self.meta.routine_name.clone(),
                        routine_hash: self.meta.routine_hash.clone(),
                        routine_path: self.meta.routine_path.clone(),
                        started_at: at(effect),
                    };
                    store
                        .begin(&session, "")
                        .map(|id| self.session = Some(id))
                        .map_err(|e| ("starting the session", e))
                }
                (EffectKind::HoldEnded(record), Some(id)) => store
                    .hold(id, &row(plan, record, at(effect)))
                    .map_err(|e| ("writing a hold", e)),
                (EffectKind::RatingGiven { hold, rating }, Some(id)) => store
                    .rate(
                        id,
                        u32::try_from(*hold).unwrap_or(u32::MAX),
                        *rating,
                        &at(effect),
                    )
                    .map_err(|e| ("writing a rating", e)),
                (EffectKind::SpotSkipped { holds }, Some(id)) => holds
                    .iter()
                    .try_for_each(|&hold| {
                        let record = HoldRecord {
                            hold,
                            planned: plan.step(hold).hold,
                            held: std::time::Duration::ZERO,
                            released_after: None,
                            outcome: HoldOutcome::Skipped,
                            rating: None,
                        };
                        store.hold(id, &row(plan, &record, at(effect)))
                    })
                    .map_err(|e| ("writing skipped holds", e)),
                (EffectKind::Finished, Some(id)) => store
                    .end(id, "completed", &at(effect))
                    .map_err(|e| ("ending the session", e)),
                (EffectKind::Abandoned, Some(id)) => store
                    .end(id, "quit", &at(effect))
                    .map_err(|e| ("ending the session", e)),
                _ => Ok(()),
            };
            if result.is_err() {
                break;
            }
        }
        if let Err((doing, e)) = result {
            tracing::warn!("history: {doing} failed: {e}");
            self.notice = Some(format!(
                "this session is not being saved: {doing} failed: {e}"
            ));
            self.store = None;
        }
    }

    /// Why the session is not being saved, if it is not.
    pub fn notice(&self) -> Option<&str> {
        self.notice.as_deref()
    }

    /// Whether the session is being saved.
    pub fn is_saving(&self) -> bool {
        self.store.is_some()
    }

    /// The rating a spot had at the end of the last session of this routine.
    pub fn last_time(&self, region: &str, side: &str) -> Option<u8> {
        self.previous
            .iter()
            .rev()
            .find(|(r, s, _)| r == region && s == side)
            .map(|&(_, _, rating)| rating)
    }

    /// The open store, for tests.
    pub fn store(&self) -> Option<&Store> {
        self.store.as_ref()
    }
}

/// A session id unique across machines and processes: the start in microseconds and the pid.
fn new_uid() -> String {
    format!(
        "{}-{}",
        Timestamp::now().as_microsecond(),
        std::process::id()
    )
}

/// A hold as the history stores it.
fn row(plan: &Plan, record: &HoldRecord, ended_at: String) -> HoldRow {
    let hold = plan.hold(record.hold);
    let step = plan.step(record.hold);
    let ms = |d: std::time::Duration| i64::try_from(d.as_millis()).unwrap_or(i64::MAX);
    HoldRow {
        hold_index: u32::try_from(record.hold).unwrap_or(u32::MAX),
        step: u32::try_from(hold.step).unwrap_or(u32::MAX),
        region: step.region.clone(),
        tool: step.tool.name.clone(),
        side: text::side(hold.side).to_owned(),
        rep: u32::from(hold.rep),
        planned_ms: ms(record.planned),
        held_ms: ms(record.held),
        released_ms: record.released_after.map(ms),
        outcome: outcome_word(record.outcome).to_owned(),
        ended_at,
    }
}

/// The stored name of a hold's outcome.
pub fn outcome_word(outcome: HoldOutcome) -> &'static str {
    match outcome {
        HoldOutcome::Completed => "completed",
        HoldOutcome::Released => "released",
        HoldOutcome::CutShort => "cut_short",
        HoldOutcome::Stopped => "stopped",
        HoldOutcome::Skipped => "skipped",
    }
}
