//! Hooks: commands of the person's own run at a session's moments (`[hooks] session_start`,
//! `session_end`, `hold_end`), with the facts in environment variables. They run one at a
//! time on a thread of their own with a time limit: a hook that fails or hangs is logged and
//! killed at its limit, and never holds up the session.

use std::process::{Command, Stdio};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use crate::session::{Effect, EffectKind, HoldOutcome, Plan, Session};
use crate::words;

/// How long a hook may run unless the settings say otherwise.
pub const LIMIT: Duration = Duration::from_secs(10);

/// The hooks the settings name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choices {
    /// Run when the first hold's get-ready begins.
    pub session_start: Option<Vec<String>>,
    /// Run when the session ends, however it ends.
    pub session_end: Option<Vec<String>>,
    /// Run when a hold is over and its rating given or skipped.
    pub hold_end: Option<Vec<String>>,
    /// Longest a hook may run before it is killed.
    pub limit: Duration,
}

impl Default for Choices {
    fn default() -> Self {
        Self {
            session_start: None,
            session_end: None,
            hold_end: None,
            limit: LIMIT,
        }
    }
}

impl Choices {
    fn any(&self) -> bool {
        self.session_start.is_some() || self.session_end.is_some() || self.hold_end.is_some()
    }
}

/// One hook to run: its command and its variables.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Job {
    /// The command.
    pub argv: Vec<String>,
    /// `KNEAD_...` variables.
    pub env: Vec<(&'static str, String)>,
}

/// Hooks not finished yet, for [`Hooks::finish`] to wait on.
#[derive(Debug, Default)]
struct Pending {
    count: Mutex<usize>,
    done: Condvar,
}

/// The session's side: turns effects into jobs for the hooks' thread.
#[derive(Debug)]
pub struct Hooks {
    choices: Choices,
    tx: Option<Sender<Job>>,
    pending: Arc<Pending>,
    started: bool,
}

impl Hooks {
    /// Hooks as `choices` name them; no thread unless one is named.
    pub fn new(choices: Choices) -> Self {
        let pending = Arc::new(Pending::default());
        let tx = choices.any().then(|| {
            let (tx, rx) = mpsc::channel();
            let limit = choices.limit;
            let pending = Arc::clone(&pending);
            let spawned = std::thread::Builder::new()
                .name("hooks".into())
                .spawn(move || worker(&rx, limit, &pending));
            spawned.ok().map(|_| tx)
        });
        Self {
            choices,
            tx: tx.flatten(),
            pending,
            started: false,
        }
    }

    /// None.
    pub fn none() -> Self {
        Self::new(Choices::default())
    }

    /// Queues the hooks `effects` call for. Never blocks.
    pub fn handle(&mut self, effects: &[Effect], session: &Session) {
        if self.tx.is_none() {
            return;
        }
        let plan = session.plan();
        for effect in effects {
            for job in self.jobs(&effect.kind, plan, session) {
                self.send(job);
            }
        }
    }

    fn jobs(&mut self, kind: &EffectKind, plan: &Plan, session: &Session) -> Vec<Job> {
        let routine = ("KNEAD_ROUTINE", plan.routine().name.clone());
        let holds = ("KNEAD_HOLDS", plan.len().to_string());
        let mut jobs = Vec::new();
        let mut job =
            |argv: &Option<Vec<String>>, event: &'static str, env: Vec<(&'static str, String)>| {
                if let Some(argv) = argv {
                    let mut all = vec![
                        ("KNEAD_EVENT", event.to_owned()),
                        routine.clone(),
                        holds.clone(),
                    ];
                    all.extend(env);
                    jobs.push(Job {
                        argv: argv.clone(),
                        env: all,
                    });
                }
            };
        match kind {
            EffectKind::PhaseStarted { .. } if !self.started => {
                self.started = true;
                job(&self.choices.session_start, "session_start", Vec::new());
            }
            EffectKind::RatingGiven { hold, rating } => {
                job(
                    &self.choices.hold_end,
                    "hold_end",
                    hold_env(plan, session, *hold, *rating),
                );
            }
            // A hold skipped is over with no rating to wait for.
            EffectKind::HoldEnded(record) if record.outcome == HoldOutcome::Skipped => {
                job(
                    &self.choices.hold_end,
                    "hold_end",
                    hold_env(plan, session, record.hold, None),
                );
            }
            // A session quit on its overview never began: nothing ends.
            EffectKind::Ended { outcome, held } if self.started => {
                job(
                    &self.choices.session_end,
                    "session_end",
                    vec![
                        ("KNEAD_OUTCOME", outcome.word().to_owned()),
                        ("KNEAD_HELD", held.to_string()),
                    ],
                );
            }
            EffectKind::PhaseStarted { .. }
            | EffectKind::Ended { .. }
            | EffectKind::HoldEnded(_)
            | EffectKind::SwitchSides { .. }
            | EffectKind::Countdown { .. }
            | EffectKind::Halfway { .. }
            | EffectKind::TimeLeft { .. }
            | EffectKind::RestEnded { .. }
            | EffectKind::RatingReminder { .. }
            | EffectKind::Advice(_)
            | EffectKind::Paused
            | EffectKind::Resumed
            | EffectKind::StillPaused { .. }
            | EffectKind::Extended { .. }
            | EffectKind::SpotSkipped { .. }
            | EffectKind::SessionRated { .. }
            | EffectKind::ActivityRated { .. }
            | EffectKind::ChangeRated { .. } => {}
        }
        jobs
    }

    fn send(&self, job: Job) {
        let Some(tx) = &self.tx else { return };
        if let Ok(mut count) = self.pending.count.lock() {
            *count += 1;
        }
        if tx.send(job).is_err()
            && let Ok(mut count) = self.pending.count.lock()
        {
            *count -= 1;
        }
    }

    /// At the end of a session: waits for queued hooks (each has its limit), so a
    /// `session_end` hook is not cut off by knead exiting.
    pub fn finish(&self) {
        let Ok(mut count) = self.pending.count.lock() else {
            return;
        };
        let deadline = Instant::now() + self.choices.limit.saturating_mul(2);
        while *count > 0 {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                tracing::warn!("hooks: {} still running as the session ends", *count);
                return;
            }
            let Ok((next, _)) = self.pending.done.wait_timeout(count, left) else {
                return;
            };
            count = next;
        }
    }
}

/// The variables of a hold's hook.
fn hold_env(
    plan: &Plan,
    session: &Session,
    hold: usize,
    rating: Option<u8>,
) -> Vec<(&'static str, String)> {
    let spot = plan.spot(hold);
    let record = session.records().get(hold).and_then(Option::as_ref);
    vec![
        ("KNEAD_HOLD", (hold + 1).to_string()),
        ("KNEAD_SPOT", words::spot(plan, spot)),
        (
            "KNEAD_REGION",
            plan.routine().steps[spot.step].region.clone(),
        ),
        ("KNEAD_SIDE", words::side(spot.side)),
        (
            "KNEAD_OUTCOME",
            record.map_or("", |r| r.outcome.word()).to_owned(),
        ),
        (
            "KNEAD_HELD_S",
            record.map_or(String::new(), |r| format!("{:.1}", r.held.as_secs_f64())),
        ),
        (
            "KNEAD_RATING",
            rating.map_or(String::new(), |r| r.to_string()),
        ),
    ]
}

/// Ends a hook and everything it started: its process group on Unix.
fn kill_group(child: &mut std::process::Child) {
    #[cfg(unix)]
    if let Some(group) = i32::try_from(child.id())
        .ok()
        .and_then(rustix::process::Pid::from_raw)
    {
        let _ = rustix::process::kill_process_group(group, rustix::process::Signal::KILL);
        return;
    }
    let _ = child.kill();
}

fn worker(rx: &Receiver<Job>, limit: Duration, pending: &Pending) {
    while let Ok(job) = rx.recv() {
        run(&job, limit);
        if let Ok(mut count) = pending.count.lock() {
            *count = count.saturating_sub(1);
            pending.done.notify_all();
        }
    }
}

/// Runs one hook, killing it at `limit`; what went wrong goes to the log.
fn run(job: &Job, limit: Duration) {
    let Some((program, args)) = job.argv.split_first() else {
        return;
    };
    let event = job.env.first().map_or("", |(_, v)| v.as_str()).to_owned();
    let mut command = Command::new(program);
    command
        .args(args)
        .envs(job.env.iter().map(|(k, v)| (*k, v.as_str())))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    // A group of its own, so the limit ends what the hook started too (`sh -c "sleep 30"`).
    #[cfg(unix)]
    std::os::unix::process::CommandExt::process_group(&mut command, 0);
    let spawned = command.spawn();
    let mut child = match spawned {
        Ok(child) => child,
        Err(e) => {
            tracing::warn!("hook {event}: cannot run {program}: {e}");
            return;
        }
    };
    let deadline = Instant::now() + limit;
    loop {
        match child.try_wait() {
            Ok(Some(status)) if status.success() => return,
            Ok(Some(status)) => {
                tracing::warn!("hook {event}: {program} failed ({status})");
                return;
            }
            Ok(None) if Instant::now() >= deadline => {
                kill_group(&mut child);
                let _ = child.wait();
                tracing::warn!(
                    "hook {event}: {program} was still running after {}; stopped it",
                    crate::routine::duration::format(limit)
                );
                return;
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(20)),
            Err(e) => {
                tracing::warn!("hook {event}: {e}");
                return;
            }
        }
    }
}
