//! `--plain`: no full screen and no cursor movement. One line per phase change, and ratings
//! read as a number on a line from stdin. For screen readers, logs and scripts.

use std::collections::VecDeque;
use std::io::{self, BufRead, Write};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::thread;
use std::time::Instant;

use crate::history::Recorder;
use crate::keys::{self, Action, Screen, State};
use crate::outputs::Outputs;
use crate::session::summary::Summary;
use crate::session::{
    Effect, EffectKind, HoldOutcome, Input, MAX_RATING, Phase, PhaseKind, Session,
};
use crate::words;

/// Runs the session line by line until it ends.
pub fn run(session: &mut Session, outputs: &mut Outputs, out: &mut dyn Write) -> io::Result<()> {
    let (lines, _keep_open) = spawn_stdin();
    overview(session, out)?;
    for notice in outputs.notices() {
        writeln!(out, "Note: {notice}.")?;
    }
    let mut eof = false;
    let mut ahead = VecDeque::new();
    loop {
        session.tick(Instant::now());
        report(session, outputs, out)?;
        apply_ready(session, outputs, &mut ahead, out)?;
        if session.phase() == Phase::Summary {
            return summary(session, outputs.history.as_ref(), out);
        }
        let now = Instant::now();
        if eof && ahead.is_empty() && waits_for_person(session) {
            let input = if session.phase() == Phase::Overview {
                Input::Start
            } else {
                Input::Rate(None)
            };
            session.update(input, now);
            report(session, outputs, out)?;
            continue;
        }
        let next = session.next_deadline();
        let audio = outputs.audio.standby(now, next, session.awaits_rating());
        let line = match [next, audio].into_iter().flatten().min() {
            Some(due) => lines.recv_timeout(due.saturating_duration_since(now)),
            None => lines.recv().map_err(|_| RecvTimeoutError::Disconnected),
        };
        match line {
            Ok(Some(line)) => ahead.push_back(line.trim().to_owned()),
            Ok(None) | Err(RecvTimeoutError::Disconnected) => eof = true,
            Err(RecvTimeoutError::Timeout) => {}
        }
    }
}

/// Applies the typed lines that mean something now. A rating typed (or piped) before its
/// prompt waits for it; anything else applies at once.
fn apply_ready(
    session: &mut Session,
    outputs: &mut Outputs,
    ahead: &mut VecDeque<String>,
    out: &mut dyn Write,
) -> io::Result<()> {
    while let Some(line) = ahead.front() {
        if is_rating(line) && !matches!(session.phase(), Phase::Rest { rated: false, .. }) {
            break;
        }
        let line = ahead.pop_front().unwrap_or_default();
        match command(session, &line) {
            Ok(Some(input)) => {
                session.update(input, Instant::now());
                report(session, outputs, out)?;
            }
            Ok(None) => {}
            Err(message) => writeln!(out, "{message}")?,
        }
    }
    out.flush()
}

/// Whether nothing will happen until the person types something.
fn waits_for_person(session: &Session) -> bool {
    match session.phase() {
        Phase::Overview => true,
        Phase::Rest { rated: false, .. } => session.timer().is_none(),
        _ => false,
    }
}

/// Whether a line is a rating (a number, `t` or `s`), which only means something on the prompt.
fn is_rating(line: &str) -> bool {
    matches!(line, "t" | "s") || line.parse::<u8>().is_ok()
}

/// What a typed line means in the current phase: the key table's plain words, or a number
/// on the rating prompt.
fn command(session: &Session, line: &str) -> Result<Option<Input>, String> {
    let state = State::of(session);
    let rating = state.screen == Screen::Rating;
    let input = match keys::plain(line, &state) {
        Some(Action::Begin) => Input::Start,
        Some(Action::Released) => Input::Release,
        Some(Action::Quit | Action::Close) => Input::Quit,
        Some(Action::Next) => Input::Next,
        Some(Action::Back) => Input::Back,
        Some(Action::Extend) => Input::Extend,
        Some(Action::Pause) => Input::TogglePause,
        Some(Action::SkipSpot) => Input::SkipSpot,
        Some(Action::SkipRating) => Input::Rate(None),
        Some(Action::Ten) => Input::Rate(Some(MAX_RATING)),
        Some(_) => return Ok(None),
        None if rating => match line.parse::<u8>() {
            Ok(value @ 0..=MAX_RATING) => Input::Rate(Some(value)),
            _ => return Err(words::RATE_HOW.to_owned()),
        },
        None if line.is_empty() => return Ok(None),
        None => return Err(keys::plain_hint()),
    };
    Ok(Some(input))
}

fn overview(session: &Session, out: &mut dyn Write) -> io::Result<()> {
    let routine = session.plan().routine();
    match &routine.author {
        Some(author) => writeln!(out, "{} (by {author})", routine.name)?,
        None => writeln!(out, "{}", routine.name)?,
    }
    if let Some(description) = &routine.description {
        writeln!(out, "{description}")?;
    }
    for line in &routine.safety {
        writeln!(out, "Safety: {line}")?;
    }
    writeln!(
        out,
        "{}, about {}.",
        words::holds(routine.hold_count()),
        words::short(routine.total_time())
    )?;
    writeln!(out, "Press Enter to begin, or q then Enter to quit.")?;
    out.flush()
}

/// Hands the effects to the outputs and says at once what changed about them: a problem that
/// starts mid-session (the disk fills, the history breaks), or the history catching up.
fn handle(
    session: &Session,
    outputs: &mut Outputs,
    effects: &[Effect],
    out: &mut dyn Write,
) -> io::Result<()> {
    let before = outputs.notices().len();
    let behind = |outputs: &Outputs| outputs.history.as_ref().is_some_and(Recorder::is_behind);
    let was_behind = behind(outputs);
    outputs.handle(effects, session.plan(), Instant::now());
    for notice in outputs.notices().into_iter().skip(before) {
        writeln!(out, "Note: {notice}.")?;
    }
    if was_behind && !behind(outputs) {
        writeln!(
            out,
            "Note: the history caught up; everything so far is saved."
        )?;
    }
    Ok(())
}

/// One line per phase change and rating; ticks and halfway marks are left to audio.
fn report(session: &mut Session, outputs: &mut Outputs, out: &mut dyn Write) -> io::Result<()> {
    let effects = session.take_effects();
    handle(session, outputs, &effects, out)?;
    let plan = session.plan();
    // Holds dropped with their spot are told in one line, not one each.
    let dropped: Vec<usize> = effects
        .iter()
        .filter_map(|e| match &e.kind {
            EffectKind::SpotSkipped { holds } => Some(holds.iter().copied()),
            _ => None,
        })
        .flatten()
        .collect();
    let rest = session.timer().map(crate::session::Timer::length);
    for effect in &effects {
        if let EffectKind::HoldEnded(record) = &effect.kind
            && dropped.contains(&record.hold)
        {
            continue;
        }
        // The rest's length is known only once it started.
        let rest = match effect.kind {
            EffectKind::PhaseStarted {
                phase: PhaseKind::Rest,
                ..
            } => rest,
            _ => None,
        };
        for line in words::announce(plan, &effect.kind, rest) {
            writeln!(out, "{line}")?;
        }
    }
    out.flush()
}

/// The summary as plain lines.
pub fn summary(
    session: &Session,
    history: Option<&Recorder>,
    out: &mut dyn Write,
) -> io::Result<()> {
    let summary = Summary::of(session);
    let title = words::summary_title(summary.outcome);
    writeln!(
        out,
        "{title}: {} of {} holds done, {} held.",
        summary.holds_done,
        summary.rows.len(),
        words::short(summary.time_held)
    )?;
    for (n, row) in summary.rows.iter().enumerate() {
        let spot = words::spot_label(&row.region, row.side);
        let result = match &row.record {
            None => "not reached".to_owned(),
            Some(r) if r.outcome == HoldOutcome::Skipped => "skipped".to_owned(),
            Some(r) => {
                let last = history.and_then(|h| h.last_time(&row.region, row.side));
                let rating = match (r.rating, last) {
                    (Some(v), Some(before)) => format!("rated {v}/10 (last time {before})"),
                    (Some(v), None) => format!("rated {v}/10"),
                    (None, _) => "not rated".to_owned(),
                };
                format!(
                    "held {}, {rating}",
                    words::held(r.released_after.unwrap_or(r.held))
                )
            }
        };
        writeln!(
            out,
            "  {}. {spot}, rep {}/{}: {result}",
            n + 1,
            row.rep,
            row.reps
        )?;
    }
    for spot in &summary.spots {
        let verdict = if spot.much_better() {
            " (much better)"
        } else {
            ""
        };
        writeln!(
            out,
            "  {}: {} to {}{verdict}",
            words::spot(session.plan(), spot.spot),
            spot.first,
            spot.last
        )?;
    }
    out.flush()
}

/// Reads stdin lines on a thread; `None` marks the end of input. The returned sender keeps
/// the channel open after EOF, so waiting on it still times out instead of spinning.
fn spawn_stdin() -> (Receiver<Option<String>>, Sender<Option<String>>) {
    let (tx, rx) = mpsc::channel();
    let reader = tx.clone();
    let _ = thread::Builder::new()
        .name("knead-stdin".into())
        .spawn(move || {
            for line in io::stdin().lock().lines() {
                let Ok(line) = line else { break };
                if reader.send(Some(line)).is_err() {
                    break;
                }
            }
            let _ = reader.send(None);
        });
    (rx, tx)
}
