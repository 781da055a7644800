//! What a running session is doing, for `knead status` and status bars: a small file the
//! session writes at each phase change (never each second), with the phase's deadline on
//! the wall clock, so that a bar asking every second computes the time left itself and costs
//! the session nothing. A worker thread writes it: the loop never waits on the disk.

use std::path::PathBuf;
use std::sync::mpsc::{self, Sender};
use std::time::{Duration, Instant};

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use crate::session::{Effect, EffectKind, Phase, Session};
use crate::words;

/// The file's name in [`crate::paths::runtime_dir`].
const FILE: &str = "status.json";

/// Where the running session's status is.
pub fn path() -> Option<PathBuf> {
    crate::paths::runtime_dir().map(|d| d.join(FILE))
}

/// A session's status at its last phase change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Snapshot {
    /// The session's process, so a file left by a killed one is known as stale.
    pub pid: u32,
    /// The routine's name.
    pub routine: String,
    /// `prepare`, `hold`, `rest`, or `rate` (the rest is over and the rating waits).
    pub phase: String,
    /// The hold, from 1.
    pub hold: usize,
    /// Holds in the session.
    pub holds: usize,
    /// The spot, as a status bar names it ("upper trapezius L").
    pub spot: String,
    /// When the phase ends, on the wall clock; `None` while the clock is stopped or the
    /// phase waits (a rest waiting for its rating).
    pub deadline: Option<Timestamp>,
    /// The time left when the clock was stopped, in milliseconds.
    pub left_ms: Option<u64>,
    /// Whether the clock is stopped.
    pub paused: bool,
}

impl Snapshot {
    /// The session's status at `now` (monotonic), with `wall` the same moment on the wall
    /// clock; `None` outside the phases a bar shows (the overview, the summary).
    pub fn of(session: &Session, now: Instant, wall: Timestamp) -> Option<Self> {
        let over = session.timer().is_none_or(|t| t.remaining(now).is_zero());
        let (phase, hold) = match session.phase() {
            Phase::Prepare(hold) => ("prepare", hold),
            Phase::Hold(hold) => ("hold", hold),
            // The rest ran out and the rating waits: no time to count down.
            Phase::Rest { hold, rated: false } if over => ("rate", hold),
            Phase::Rest { hold, .. } => ("rest", hold),
            Phase::Overview | Phase::Summary => return None,
        };
        let plan = session.plan();
        let spot = plan.spot(hold);
        let region = &plan.routine().steps[spot.step].region;
        let timer = session.timer();
        let paused = session.is_paused();
        let left = timer.map(|t| t.remaining(now));
        let deadline = match (timer.and_then(crate::session::Timer::deadline), paused) {
            (Some(deadline), false) => {
                let left = deadline.saturating_duration_since(now);
                jiff::SignedDuration::try_from(left)
                    .ok()
                    .and_then(|left| wall.checked_add(left).ok())
            }
            _ => None,
        };
        Some(Self {
            pid: std::process::id(),
            routine: plan.routine().name.clone(),
            phase: phase.to_owned(),
            hold: hold + 1,
            holds: plan.len(),
            spot: words::status::spot(region, spot.side),
            deadline,
            left_ms: left
                .filter(|_| paused)
                .map(|d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX)),
            paused,
        })
    }

    /// The time left at `now`.
    pub fn left(&self, now: Timestamp) -> Duration {
        match self.deadline {
            Some(deadline) => Duration::try_from(deadline.duration_since(now)).unwrap_or_default(),
            None => Duration::from_millis(self.left_ms.unwrap_or(0)),
        }
    }

    /// The status line: "hold 2/5 · upper trapezius L · 0:34".
    pub fn line(&self, now: Timestamp) -> String {
        words::status::session(
            &self.phase,
            self.hold,
            self.holds,
            &self.spot,
            self.left(now),
            self.paused,
        )
    }
}

/// Whether a batch of effects changes what a status bar shows: a phase, the clock stopped or
/// started, a hold made longer, the end. The countdown's ticks do not.
pub fn changes(effects: &[Effect]) -> bool {
    effects.iter().any(|e| {
        matches!(
            e.kind,
            EffectKind::PhaseStarted { .. }
                | EffectKind::Paused
                | EffectKind::Resumed
                | EffectKind::Extended { .. }
                | EffectKind::RestEnded { .. }
                | EffectKind::RatingGiven { .. }
                | EffectKind::SpotSkipped { .. }
                | EffectKind::Ended { .. }
        )
    })
}

/// The session's side: hands each new status to a thread that writes it.
#[derive(Debug)]
pub struct Writer {
    tx: Sender<Option<Snapshot>>,
}

impl Writer {
    /// A writer to `path`, or `None` when there is no folder for it.
    pub fn start(path: Option<PathBuf>) -> Option<Self> {
        let path = path?;
        let (tx, rx) = mpsc::channel::<Option<Snapshot>>();
        std::thread::Builder::new()
            .name("status".into())
            .spawn(move || {
                while let Ok(mut latest) = rx.recv() {
                    // Only the newest matters.
                    while let Ok(newer) = rx.try_recv() {
                        latest = newer;
                    }
                    if let Err(e) = write(&path, latest.as_ref()) {
                        tracing::debug!("status file {}: {e}", path.display());
                    }
                }
            })
            .ok()?;
        Some(Self { tx })
    }

    /// Says `snapshot` (`None`: no session runs any more). Never blocks.
    pub fn say(&self, snapshot: Option<Snapshot>) {
        let _ = self.tx.send(snapshot);
    }
}

/// Writes `snapshot` to `path` whole (through a file beside it), or removes the file.
fn write(path: &std::path::Path, snapshot: Option<&Snapshot>) -> std::io::Result<()> {
    let Some(snapshot) = snapshot else {
        // Only this session's: another knead may have started since.
        if read(path).is_some_and(|s| s.pid == std::process::id()) {
            std::fs::remove_file(path)?;
        }
        return Ok(());
    };
    let dir = path.parent().unwrap_or(std::path::Path::new("."));
    std::fs::create_dir_all(dir)?;
    let mut file = tempfile::NamedTempFile::new_in(dir)?;
    serde_json::to_writer(&mut file, snapshot)?;
    file.persist(path).map_err(|e| e.error)?;
    Ok(())
}

fn read(path: &std::path::Path) -> Option<Snapshot> {
    serde_json::from_slice(&std::fs::read(path).ok()?).ok()
}

/// The running session's status, if one runs: a file whose process is gone, or whose
/// phase ended long ago, is stale and ignored.
pub fn running(now: Timestamp) -> Option<Snapshot> {
    let snapshot = read(&path()?)?;
    if !alive(snapshot.pid) {
        return None;
    }
    // A deadline long past: the session is not moving (killed on a system where a process
    // cannot be asked about).
    if snapshot
        .deadline
        .is_some_and(|d| now.duration_since(d) > jiff::SignedDuration::from_mins(10))
    {
        return None;
    }
    Some(snapshot)
}

/// Whether process `pid` is running.
#[cfg(unix)]
fn alive(pid: u32) -> bool {
    let Some(pid) = i32::try_from(pid)
        .ok()
        .and_then(rustix::process::Pid::from_raw)
    else {
        return false;
    };
    match rustix::process::test_kill_process(pid) {
        Ok(()) => true,
        // Someone else's process holds that number now: not a session of ours, but alive.
        Err(e) => e == rustix::io::Errno::PERM,
    }
}

/// Whether process `pid` is running: not known without asking the system here; the
/// deadline decides.
#[cfg(not(unix))]
fn alive(_pid: u32) -> bool {
    true
}
