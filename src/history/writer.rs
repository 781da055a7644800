//! The thread that owns the history database. The session's loop hands it writes through a
//! channel and never waits: another process holding the database (an import, a backup tool)
//! or a slow disk delays the writes, never a deadline.
//!
//! Writes are kept in order until they succeed; what is done and what is wrong is published
//! in a [`Status`] the loop reads without waiting on the disk, and each change is announced
//! through a [`Waker`], so the loop redraws or confirms without polling.

use knead_core::t;
use std::collections::VecDeque;
use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use super::store::{HoldRow, NewSession, SessionOutcome, Store, StoreError};
use crate::routine::Side;

use crate::threads::Waker;
pub(super) use crate::threads::lock;

/// How often a failed write is tried again.
const RETRY: Duration = Duration::from_millis(250);

/// One write to the history, kept until it succeeds.
#[derive(Debug)]
pub(super) enum Write {
    Begin(Box<NewSession>),
    Hold(HoldRow),
    Rate {
        hold: u32,
        rating: Option<u8>,
        at: jiff::Timestamp,
    },
    End {
        outcome: SessionOutcome,
        at: jiff::Timestamp,
    },
    PainAfter(Option<u8>),
    Change {
        phase: u8,
        answer: Option<crate::session::measures::Impression>,
    },
    Note(String),
}

/// A read of the open store, run on the writer thread between writes.
pub(super) type Read = Box<dyn FnOnce(&Store) + Send>;

/// What the loop asks of the writer.
pub(super) enum Job {
    Write(Write),
    Read(Read),
    /// Try what is left for this long, then answer how many writes are still not done.
    Finish(Duration, Sender<usize>),
}

/// Where the history stands, as the loop sees it.
#[derive(Debug, Default)]
pub(super) struct Status {
    /// Writes committed, counted from the first one sent.
    pub saved: u64,
    /// Whether the database could not be used at all: nothing will be saved.
    pub off: bool,
    /// Whether a write failed and is waiting to be tried again.
    pub failing: bool,
    /// Whether the writer has ended (its work done, or it panicked): nothing more will be
    /// saved, so nobody should wait for it.
    pub stopped: bool,
    /// What to tell the person, when something is wrong.
    pub notice: Option<String>,
    /// The ratings of the last session of this routine, once the store is open.
    pub previous: Vec<(String, Option<Side>, u8)>,
}

/// Where the writer's database comes from.
pub(super) enum Source {
    /// Open (or create) the history in this folder, on the writer thread.
    Folder {
        dir: PathBuf,
        routine: String,
        uid: String,
    },
    /// An open store (tests).
    Open(Store),
}

/// Starts the writer; it ends when every sender is gone or after [`Job::Finish`].
pub(super) fn spawn(
    source: Source,
    status: Arc<Mutex<Status>>,
    wake: Waker,
) -> std::io::Result<Sender<Job>> {
    let (tx, rx) = mpsc::channel();
    thread::Builder::new()
        .name("knead-history".into())
        .spawn(move || {
            let _stopped = Stopped(status.clone(), wake.clone());
            let store = match source {
                Source::Open(store) => store,
                Source::Folder { dir, routine, uid } => match Store::open(&dir) {
                    Ok(store) => {
                        lock(&status).previous =
                            store.last_ratings(&routine, &uid).unwrap_or_default();
                        store
                    }
                    Err(e) => {
                        give_up(&status, &e);
                        wake();
                        return drain(&rx);
                    }
                },
            };
            Writer {
                store,
                pending: VecDeque::new(),
                status,
                wake,
                session: None,
            }
            .run(&rx);
        })?;
    Ok(tx)
}

/// Marks the writer ended when its thread ends, however it ends, so a caller waiting for a
/// write (plain mode's "Rated") is never left waiting on a thread that is gone.
struct Stopped(Arc<Mutex<Status>>, Waker);

impl Drop for Stopped {
    fn drop(&mut self) {
        lock(&self.0).stopped = true;
        (self.1)();
    }
}

/// The history cannot be used: every later write is dropped, and the person told once.
fn give_up(status: &Mutex<Status>, error: &StoreError) {
    tracing::warn!("history: {error}");
    let mut status = lock(status);
    status.off = true;
    status.notice = Some(t!("saving-off", why = error.to_string()));
}

/// With no database: answers a finish, ignores the rest.
fn drain(rx: &Receiver<Job>) {
    let mut unsaved = 0;
    for job in rx {
        match job {
            Job::Write(_) => unsaved += 1,
            Job::Read(_) => {}
            Job::Finish(_, answer) => {
                let _ = answer.send(unsaved);
                return;
            }
        }
    }
}

struct Writer {
    store: Store,
    pending: VecDeque<Write>,
    status: Arc<Mutex<Status>>,
    wake: Waker,
    /// The session's row id, once written.
    session: Option<i64>,
}

impl Writer {
    fn run(mut self, rx: &Receiver<Job>) {
        loop {
            // With writes waiting after a failure, wake to try again; otherwise sleep until
            // the loop sends something.
            let job = if self.pending.is_empty() {
                rx.recv().map_err(|_| RecvTimeoutError::Disconnected)
            } else {
                rx.recv_timeout(RETRY)
            };
            let mut next = match job {
                Ok(job) => Some(job),
                Err(RecvTimeoutError::Timeout) => None,
                Err(RecvTimeoutError::Disconnected) => {
                    self.finish(Duration::ZERO);
                    return;
                }
            };
            // Everything already sent is taken in order; the writes go in one go.
            while let Some(job) = next {
                match job {
                    Job::Write(write) => self.pending.push_back(write),
                    // A read sees every write sent before it.
                    Job::Read(read) => {
                        self.flush();
                        read(&self.store);
                    }
                    Job::Finish(patience, answer) => {
                        let left = self.finish(patience);
                        // Closed before answering: the process may exit the moment it hears,
                        // and a connection closed properly leaves no write-ahead log behind.
                        drop(self);
                        let _ = answer.send(left);
                        return;
                    }
                }
                next = rx.try_recv().ok();
            }
            self.flush();
        }
    }

    /// Writes what is waiting, in order, stopping at the first failure.
    fn flush(&mut self) {
        let mut changed = false;
        while let Some(write) = self.pending.front() {
            let result = match (write, self.session) {
                (Write::Begin(session), _) => self
                    .store
                    .begin(session, "")
                    .map(|id| self.session = Some(id))
                    .map_err(|e| (t!("saving-begin"), e)),
                (Write::Hold(hold), Some(id)) => self
                    .store
                    .hold(id, hold)
                    .map_err(|e| (t!("saving-hold"), e)),
                (Write::Rate { hold, rating, at }, Some(id)) => self
                    .store
                    .rate(id, *hold, *rating, *at)
                    .map_err(|e| (t!("saving-rating"), e)),
                (Write::End { outcome, at }, Some(id)) => self
                    .store
                    .end(id, *outcome, *at)
                    .map_err(|e| (t!("saving-end"), e)),
                (Write::PainAfter(rating), Some(id)) => self
                    .store
                    .pain_after(id, *rating)
                    .map_err(|e| (t!("saving-pain"), e)),
                (Write::Change { phase, answer }, Some(id)) => self
                    .store
                    .change(id, *phase, *answer)
                    .map_err(|e| (t!("saving-change"), e)),
                (Write::Note(note), Some(id)) => self
                    .store
                    .note(id, note)
                    .map_err(|e| (t!("saving-note"), e)),
                // Unreachable: the session's row is always the first write.
                (_, None) => Ok(()),
            };
            match result {
                Ok(()) => {
                    self.pending.pop_front();
                    let mut status = lock(&self.status);
                    status.saved += 1;
                    if status.failing {
                        status.failing = false;
                        status.notice = None;
                        tracing::info!("history: caught up after a failed write");
                    }
                    changed = true;
                }
                Err((doing, e)) => {
                    let mut status = lock(&self.status);
                    if !status.failing {
                        tracing::warn!("history: {doing} failed: {e}");
                        status.failing = true;
                        changed = true;
                    }
                    status.notice = Some(t!("saving-not-yet", doing = doing, why = e.to_string()));
                    break;
                }
            }
        }
        if changed {
            (self.wake)();
        }
    }

    /// At the end: keeps trying what is left for up to `patience` (another process may let
    /// go of the database, space may be freed). Returns how many writes are still not done.
    fn finish(&mut self, patience: Duration) -> usize {
        let deadline = Instant::now() + patience;
        self.flush();
        while !self.pending.is_empty() && Instant::now() < deadline {
            thread::sleep(RETRY.min(deadline.saturating_duration_since(Instant::now())));
            self.flush();
        }
        let left = self.pending.len();
        if left > 0 {
            let mut status = lock(&self.status);
            let why = status
                .notice
                .clone()
                .unwrap_or_else(|| t!("saving-unknown"));
            status.notice = Some(t!("saving-incomplete", left = left, why = why));
        }
        left
    }
}
