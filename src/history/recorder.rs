//! Writes a session to the history as it happens: the session when it starts, each hold as it
//! ends, each rating the moment it is confirmed, the outcome at the end. If the history cannot
//! be opened or written, it stops writing, says why once, and the session goes on.

use std::collections::VecDeque;
use std::fmt::Write as _;
use std::path::Path;
use std::time::{Duration, Instant};

use jiff::{Timestamp, Unit};
use sha2::{Digest, Sha256};

use super::store::{HoldRow, NewSession, SessionOutcome, Store};
use crate::routine::{Routine, Side};
use crate::session::{Effect, EffectKind, HoldRecord, PhaseKind, Plan};

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
    /// Whether the session's row has been queued.
    begun: bool,
    /// Writes not yet in the database, oldest first.
    pending: VecDeque<Write>,
    notice: Option<String>,
    previous: Vec<(String, Option<Side>, u8)>,
}

/// One write to the history, kept until it succeeds.
#[derive(Debug)]
enum Write {
    Begin(NewSession),
    Hold(HoldRow),
    Rate {
        hold: u32,
        rating: Option<u8>,
        at: String,
    },
    End {
        outcome: SessionOutcome,
        at: String,
    },
}

/// How often [`Recorder::finish`] tries again.
const RETRY: Duration = Duration::from_millis(100);

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
        previous: Vec<(String, Option<Side>, u8)>,
    ) -> Self {
        Self {
            store: Some(store),
            meta,
            uid,
            session: None,
            begun: false,
            pending: VecDeque::new(),
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
            begun: false,
            pending: VecDeque::new(),
            notice: Some(notice),
            previous: Vec::new(),
        }
    }

    /// Writes what `effects` record. Wall-clock times are derived here, from the instant each
    /// effect was due, so the session itself never reads a clock.
    ///
    /// A write that fails (the database locked by another process for longer than the busy
    /// timeout, a full disk) is kept, with everything after it, and tried again with the next
    /// batch and by [`Recorder::finish`]: a confirmed rating is never dropped.
    pub fn handle(&mut self, effects: &[Effect], plan: &Plan, now: Instant, wall: Timestamp) {
        if self.store.is_none() {
            return;
        }
        let at = |effect: &Effect| {
            let ago = now.saturating_duration_since(effect.at);
            let when = wall
                .checked_sub(ago)
                .unwrap_or(wall)
                .round(Unit::Millisecond)
                .unwrap_or(wall);
            when.to_string()
        };
        for effect in effects {
            match &effect.kind {
                EffectKind::PhaseStarted {
                    phase: PhaseKind::Prepare | PhaseKind::Hold,
                    ..
                } if !self.begun => {
                    self.begun = true;
                    self.pending.push_back(Write::Begin(NewSession {
                        uid: self.uid.clone(),
                        routine_name: self.meta.routine_name.clone(),
                        routine_hash: self.meta.routine_hash.clone(),
                        routine_path: self.meta.routine_path.clone(),
                        started_at: at(effect),
                    }));
                }
                _ if !self.begun => {}
                EffectKind::HoldEnded(record) => {
                    self.pending
                        .push_back(Write::Hold(row(plan, record, at(effect))));
                }
                EffectKind::RatingGiven { hold, rating } => self.pending.push_back(Write::Rate {
                    hold: u32::try_from(*hold).unwrap_or(u32::MAX),
                    rating: *rating,
                    at: at(effect),
                }),
                EffectKind::Ended { outcome, .. } => self.pending.push_back(Write::End {
                    outcome: *outcome,
                    at: at(effect),
                }),
                _ => {}
            }
        }
        self.flush();
    }

    /// Writes what is waiting, in order, stopping at the first failure.
    fn flush(&mut self) {
        let Some(store) = &mut self.store else { return };
        while let Some(write) = self.pending.front() {
            let result = match (write, self.session) {
                (Write::Begin(session), _) => store
                    .begin(session, "")
                    .map(|id| self.session = Some(id))
                    .map_err(|e| ("starting the session", e)),
                (Write::Hold(hold), Some(id)) => {
                    store.hold(id, hold).map_err(|e| ("writing a hold", e))
                }
                (Write::Rate { hold, rating, at }, Some(id)) => store
                    .rate(id, *hold, *rating, at)
                    .map_err(|e| ("writing a rating", e)),
                (Write::End { outcome, at }, Some(id)) => store
                    .end(id, *outcome, at)
                    .map_err(|e| ("ending the session", e)),
                // Unreachable: the session's row is always the first write.
                (_, None) => Ok(()),
            };
            match result {
                Ok(()) => {
                    self.pending.pop_front();
                }
                Err((doing, e)) => {
                    if self.notice.is_none() {
                        tracing::warn!("history: {doing} failed: {e}");
                    }
                    self.notice = Some(format!(
                        "not saved yet ({doing} failed: {e}); knead keeps trying"
                    ));
                    return;
                }
            }
        }
        if self.notice.take().is_some() {
            tracing::info!("history: caught up after a failed write");
        }
    }

    /// At the end of the session: keeps trying the writes still waiting for up to `patience`
    /// (another process may release the database, space may be freed). Returns how many
    /// records could not be written.
    pub fn finish(&mut self, patience: Duration) -> usize {
        let deadline = Instant::now() + patience;
        self.flush();
        while !self.pending.is_empty() && Instant::now() < deadline {
            std::thread::sleep(RETRY);
            self.flush();
        }
        if !self.pending.is_empty() && self.store.is_some() {
            self.notice = Some(format!(
                "this session is not fully saved: {} records could not be written ({})",
                self.pending.len(),
                self.notice.as_deref().unwrap_or("unknown error")
            ));
        }
        self.pending.len()
    }

    /// Why the session is not being saved, if it is not.
    pub fn notice(&self) -> Option<&str> {
        self.notice.as_deref()
    }

    /// Whether writes are waiting for the history to take them.
    pub fn is_behind(&self) -> bool {
        !self.pending.is_empty()
    }

    /// Whether everything so far is saved.
    pub fn is_saving(&self) -> bool {
        self.store.is_some() && self.pending.is_empty()
    }

    /// The rating a spot had at the end of the last session of this routine.
    pub fn last_time(&self, region: &str, side: Option<Side>) -> Option<u8> {
        self.previous
            .iter()
            .rev()
            .find(|(r, s, _)| r == region && *s == side)
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
        side: hold.side,
        rep: u32::from(hold.rep),
        planned_ms: ms(record.planned),
        held_ms: ms(record.held),
        released_ms: record.released_after.map(ms),
        outcome: record.outcome,
        ended_at,
    }
}
