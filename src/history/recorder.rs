//! Writes a session to the history as it happens: the session when it starts, each hold as it
//! ends, each rating the moment it is confirmed, the outcome at the end. If the history cannot
//! be opened, it says why once and the session goes on unsaved; a write that fails is kept
//! and tried again.

use std::fmt::Write as _;
use std::path::Path;
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use jiff::tz::TimeZone;
use jiff::{Timestamp, Unit};
use sha2::{Digest, Sha256};

use super::store::{ActivityRating, Clock, HoldRow, NewSession, Programme, Store};
use super::writer::{self, Job, Source, Status, Write};
use crate::body::SpotId;
use crate::routine::{Routine, Side};
use crate::session::{Effect, EffectKind, HoldRecord, Moment, PhaseKind, Plan};
use crate::threads::Waker;

/// What identifies the routine a session ran.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionMeta {
    /// The routine's name.
    pub routine_name: String,
    /// SHA-256 of the routine file's text, so edits to a routine show in the history.
    pub routine_hash: String,
    /// Where the routine came from (a path, or `bundled/NAME.toml`).
    pub routine_path: String,
    /// Where the session stands in the routine's prescription.
    pub programme: Programme,
    /// The person's time zone, whose offset at the start the history keeps.
    pub time_zone: TimeZone,
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
            programme: Programme {
                stop_above: Some(routine.stop_above),
                ..Programme::default()
            },
            time_zone: TimeZone::system(),
        }
    }
}

/// The history side of a session, on the loop thread: turns effects into writes and hands
/// them to the writer thread ([`super::writer`]), which owns the database. Nothing here waits
/// on the disk.
pub struct Recorder {
    meta: SessionMeta,
    uid: String,
    /// Whether the session's row has been sent.
    begun: bool,
    /// The overall pain before the first hold, given before the session's row exists.
    pain_before: Option<u8>,
    /// The activities rated before the first hold, likewise.
    activities: Vec<ActivityRating>,
    /// To the writer; `None` when there is no data folder.
    jobs: Option<Sender<Job>>,
    status: Arc<Mutex<Status>>,
    /// Writes sent so far.
    sent: u64,
    wake: Waker,
}

impl std::fmt::Debug for Recorder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Recorder")
            .field("uid", &self.uid)
            .field("sent", &self.sent)
            .finish_non_exhaustive()
    }
}

impl Recorder {
    /// Starts writing to the history in `dir`, opened on the writer thread; if it cannot be
    /// opened, the session runs unsaved and [`Recorder::notice`] says why. `wake` is called
    /// (on the writer thread) whenever what it has saved or what is wrong changes.
    pub fn open(dir: Option<&Path>, meta: SessionMeta, wake: Waker) -> Self {
        let uid = new_uid();
        let Some(dir) = dir else {
            return Self::off(
                meta,
                uid,
                &knead_core::t!("history-not-saved-no-folder"),
                wake,
            );
        };
        let source = Source::Folder {
            dir: dir.to_owned(),
            routine: meta.routine_name.clone(),
            uid: uid.clone(),
        };
        Self::start(source, meta, uid, wake)
    }

    /// Writes into an open store (tests use one in memory).
    pub fn with_store(store: Store, meta: SessionMeta) -> Self {
        Self::start(Source::Open(store), meta, new_uid(), Arc::new(|| {}))
    }

    fn start(source: Source, meta: SessionMeta, uid: String, wake: Waker) -> Self {
        let status = Arc::new(Mutex::new(Status::default()));
        match writer::spawn(source, status.clone(), wake.clone()) {
            Ok(jobs) => Self {
                meta,
                uid,
                begun: false,
                pain_before: None,
                activities: Vec::new(),
                jobs: Some(jobs),
                status,
                sent: 0,
                wake,
            },
            Err(e) => Self::off(
                meta,
                uid,
                &knead_core::t!("history-not-saved-writer", why = e.to_string()),
                wake,
            ),
        }
    }

    fn off(meta: SessionMeta, uid: String, notice: &str, wake: Waker) -> Self {
        let status = Status {
            off: true,
            notice: Some(notice.to_owned()),
            ..Status::default()
        };
        Self {
            meta,
            uid,
            begun: false,
            pain_before: None,
            activities: Vec::new(),
            jobs: None,
            status: Arc::new(Mutex::new(status)),
            sent: 0,
            wake,
        }
    }

    /// Sends what `effects` record to the writer. Wall-clock times are derived here, from
    /// the instant each effect was due, so the session itself never reads a clock.
    ///
    /// A write that fails (the database locked by another process, a full disk) is kept by
    /// the writer, with everything after it, and tried again until it succeeds or the session
    /// ends: a confirmed rating is never dropped.
    pub fn handle(&mut self, effects: &[Effect], plan: &Plan, now: Instant, wall: Timestamp) {
        if self.jobs.is_none() {
            return;
        }
        let at = |effect: &Effect| {
            let ago = now.saturating_duration_since(effect.at);
            wall.checked_sub(ago)
                .unwrap_or(wall)
                .round(Unit::Millisecond)
                .unwrap_or(wall)
        };
        for effect in effects {
            let write = match &effect.kind {
                EffectKind::PhaseStarted {
                    phase: PhaseKind::Prepare | PhaseKind::Hold,
                    ..
                } if !self.begun => {
                    self.begun = true;
                    let started_at = at(effect);
                    Write::Begin(Box::new(NewSession {
                        uid: self.uid.clone(),
                        routine_name: self.meta.routine_name.clone(),
                        routine_hash: self.meta.routine_hash.clone(),
                        routine_path: self.meta.routine_path.clone(),
                        started_at,
                        clock: Clock::of(&started_at.to_zoned(self.meta.time_zone.clone())),
                        holds_planned: u32::try_from(plan.len()).unwrap_or(u32::MAX),
                        programme: self.meta.programme.clone(),
                        pain_before: self.pain_before,
                        activities: std::mem::take(&mut self.activities),
                    }))
                }
                EffectKind::SessionRated {
                    moment: Moment::Before,
                    rating,
                } if !self.begun => {
                    self.pain_before = *rating;
                    continue;
                }
                EffectKind::ActivityRated { index, rating } if !self.begun => {
                    let activity = plan
                        .routine()
                        .prescription
                        .as_ref()
                        .and_then(|p| p.activities.get(*index))
                        .cloned()
                        .unwrap_or_default();
                    self.activities.push(ActivityRating {
                        activity,
                        rating: *rating,
                    });
                    continue;
                }
                _ if !self.begun => continue,
                EffectKind::ChangeRated { phase, answer } => Write::Change {
                    phase: *phase,
                    answer: *answer,
                },
                EffectKind::SessionRated {
                    moment: Moment::After,
                    rating,
                } => Write::PainAfter(*rating),
                EffectKind::HoldEnded(record) => Write::Hold(row(plan, record, at(effect))),
                EffectKind::RatingGiven { hold, rating } => Write::Rate {
                    hold: u32::try_from(*hold).unwrap_or(u32::MAX),
                    rating: *rating,
                    at: at(effect),
                },
                EffectKind::Ended { outcome, .. } => Write::End {
                    outcome: *outcome,
                    at: at(effect),
                },
                EffectKind::PhaseStarted { .. }
                | EffectKind::SwitchSides { .. }
                | EffectKind::Countdown { .. }
                | EffectKind::Halfway { .. }
                | EffectKind::TimeLeft { .. }
                | EffectKind::RestEnded { .. }
                | EffectKind::RatingReminder { .. }
                | EffectKind::Advice(_)
                | EffectKind::Paused
                | EffectKind::StillPaused { .. }
                | EffectKind::Resumed
                | EffectKind::Extended { .. }
                | EffectKind::SpotSkipped { .. }
                | EffectKind::SessionRated { .. }
                | EffectKind::ActivityRated { .. } => continue,
            };
            self.send(Job::Write(write));
        }
    }

    fn send(&mut self, job: Job) {
        let is_write = matches!(job, Job::Write(_));
        let sent = self
            .jobs
            .as_ref()
            .is_some_and(|jobs| jobs.send(job).is_ok());
        if !sent {
            // The writer is gone (it panicked): say so rather than pretend.
            self.jobs = None;
            let mut status = writer::lock(&self.status);
            status.off = true;
            status
                .notice
                .get_or_insert_with(|| knead_core::t!("history-not-saved-stopped"));
        } else if is_write {
            self.sent += 1;
        }
    }

    /// Keeps the person's note about the session, when it has a row (something was held).
    pub fn note(&mut self, note: &str) {
        let note = note.trim();
        if self.begun && !note.is_empty() {
            self.send(Job::Write(Write::Note(note.to_owned())));
        }
    }

    /// Runs `read` on the open history, between writes on the writer thread; the answer
    /// comes on the returned channel, and the waker rings when it is there (`None` when
    /// there is no history to read).
    pub fn read<T: Send + 'static>(
        &mut self,
        read: impl FnOnce(&Store) -> T + Send + 'static,
    ) -> Option<Receiver<T>> {
        let (tx, rx) = mpsc::channel();
        self.jobs.as_ref()?;
        let wake = self.wake.clone();
        self.send(Job::Read(Box::new(move |store| {
            let _ = tx.send(read(store));
            wake();
        })));
        Some(rx)
    }

    /// Whether the history cannot be used at all this session.
    pub fn is_off(&self) -> bool {
        writer::lock(&self.status).off
    }

    /// At the end of the session: gives the writes still waiting up to `patience` (another
    /// process may let go of the database, space may be freed) and waits for the answer.
    /// Returns how many records could not be written.
    pub fn finish(&mut self, patience: Duration) -> usize {
        let unsent = || usize::try_from(self.sent).unwrap_or(usize::MAX);
        let Some(jobs) = self.jobs.take() else {
            return 0;
        };
        let (tx, rx) = mpsc::channel();
        if jobs.send(Job::Finish(patience, tx)).is_err() {
            return unsent();
        }
        // The writer may still be opening the database (it waits for other processes too).
        rx.recv_timeout(patience + FINISH_MARGIN)
            .unwrap_or_else(|_| unsent().saturating_sub(self.saved_count()))
    }

    fn saved_count(&self) -> usize {
        usize::try_from(writer::lock(&self.status).saved).unwrap_or(usize::MAX)
    }

    /// How many writes have been sent so far: a caller that must not confirm something before
    /// it is saved waits until [`Recorder::is_settled`] says so for this count.
    pub fn sent(&self) -> u64 {
        self.sent
    }

    /// Whether the first `count` writes are done with: saved, or known not to be saved yet
    /// (a failure the person is told about), or never to be saved (no history).
    pub fn is_settled(&self, count: u64) -> bool {
        let status = writer::lock(&self.status);
        status.saved >= count || status.failing || status.off || status.stopped
    }

    /// Why the session is not (or not yet) saved, if it is not.
    pub fn notice(&self) -> Option<String> {
        writer::lock(&self.status).notice.clone()
    }

    /// Whether a write failed and waits to be tried again.
    pub fn is_behind(&self) -> bool {
        writer::lock(&self.status).failing
    }

    /// Whether everything so far is saved or on its way.
    pub fn is_saving(&self) -> bool {
        let status = writer::lock(&self.status);
        !status.off && !status.failing
    }

    /// The rating a spot had at the end of the last session of this routine.
    pub fn last_time(&self, region: &str, side: Option<Side>) -> Option<u8> {
        writer::lock(&self.status)
            .previous
            .iter()
            .rev()
            .find(|(r, s, _)| r == region && *s == side)
            .map(|&(_, _, rating)| rating)
    }
}

/// How long [`Recorder::finish`] waits beyond its patience for a writer still opening the
/// database (which keeps trying for 3 s while another process creates it).
const FINISH_MARGIN: Duration = Duration::from_secs(4);

/// A session id unique across machines and processes: the start in microseconds and the pid.
fn new_uid() -> String {
    format!(
        "{}-{}",
        Timestamp::now().as_microsecond(),
        std::process::id()
    )
}

/// A hold as the history stores it.
fn row(plan: &Plan, record: &HoldRecord, ended_at: Timestamp) -> HoldRow {
    let hold = plan.hold(record.hold);
    let step = plan.step(record.hold);
    let ms = |d: std::time::Duration| i64::try_from(d.as_millis()).unwrap_or(i64::MAX);
    HoldRow {
        hold_index: u32::try_from(record.hold).unwrap_or(u32::MAX),
        step: u32::try_from(hold.step).unwrap_or(u32::MAX),
        region: step.region.clone(),
        spot: step
            .region_id
            .and_then(crate::body::Region::by_id)
            .map(|r| SpotId::new(r, hold.side)),
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
