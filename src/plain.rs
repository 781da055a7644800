//! `--plain`: no full screen and no cursor movement. One line per phase change, and ratings
//! read as a number on a line from stdin. For screen readers, logs and scripts.
//!
//! Every line typed gets an answer, at once or (for a rating typed ahead) when its prompt
//! comes; "Rated 7/10." is said only once the history has it, so what plain mode confirms
//! survives the process being killed a moment later.

use std::collections::VecDeque;
use std::io::{self, Write};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::time::Instant;

use crate::app::Exit;
use crate::app::run::Ended;
use crate::history::Recorder;
use crate::keys::{self, Action, Screen, State};
use crate::outputs::Outputs;
use crate::session::summary::Summary;
use crate::session::{EffectKind, Input, MAX_RATING, Moment, Phase, PhaseKind, Session};
use crate::signals::{self, Signal};
use crate::threads::{self, Waker};
use crate::{sides, words};

mod stdin;

/// What the plain loop wakes for.
enum Wake {
    /// A line typed or piped.
    Line(String),
    /// The end of input.
    Eof,
    /// SIGTERM, SIGHUP or SIGINT.
    Signal(Signal),
    /// The history saved something, or something about it changed.
    History,
}

/// Runs the session line by line until it ends, then says the summary. `open` opens the
/// outputs (sound, notifications, history) with the waker the history rings.
pub fn run(
    session: &mut Session,
    asks: &Asks<'_>,
    open: impl FnOnce(Waker) -> Outputs,
    out: &mut dyn Write,
) -> io::Result<(Outputs, Ended)> {
    let (wakes, keep_open, _signals) = spawn_sources()?;
    let mut outputs = open(threads::waker(&keep_open, || Wake::History));
    let mut said = Said::default();
    overview(session, asks.headline, out)?;
    let mut eof = false;
    let mut ended = Ended::App(Exit::Done);
    let mut ahead = VecDeque::new();
    loop {
        session.tick(Instant::now());
        report(session, &mut outputs, &mut said, out)?;
        apply_ready(session, &mut outputs, &mut said, &mut ahead, out)?;
        said.flush(&outputs, out)?;
        if session.phase() == Phase::Summary && said.is_empty() {
            summary(session, outputs.history.as_ref(), out)?;
            if ended == Ended::App(Exit::Done) {
                let wakes = (!eof).then_some(&wakes);
                afterwards(session, &mut outputs, asks, wakes, &mut ahead, out)?;
            }
            return Ok((outputs, ended));
        }
        let now = Instant::now();
        if eof && ahead.is_empty() && session.waits_for_person() {
            let input = if session.phase() == Phase::Overview {
                session.update(Input::RateSession(None), now);
                Input::Start
            } else {
                Input::Rate(None)
            };
            session.update(input, now);
            report(session, &mut outputs, &mut said, out)?;
            continue;
        }
        let next = session.next_deadline();
        let audio = outputs.audio.standby(now, next, session.waits_for_person());
        let wake = match [next, audio].into_iter().flatten().min() {
            Some(due) => wakes.recv_timeout(due.saturating_duration_since(now)),
            None => wakes.recv().map_err(|_| RecvTimeoutError::Disconnected),
        };
        match wake {
            Ok(Wake::Line(line)) => ahead.push_back(line.trim().to_owned()),
            Ok(Wake::Eof) | Err(RecvTimeoutError::Disconnected) => eof = true,
            Ok(Wake::Signal(signal)) if session.phase() != Phase::Summary => {
                // Ctrl-C is the person stopping; SIGTERM and SIGHUP end the process.
                let input = if signal == Signal::Interrupt {
                    ended = Ended::App(Exit::Interrupted);
                    Input::Quit
                } else {
                    ended = Ended::Signal(signal);
                    Input::Interrupt
                };
                ahead.clear();
                session.update(input, Instant::now());
            }
            Ok(Wake::Signal(_) | Wake::History) | Err(RecvTimeoutError::Timeout) => {}
        }
    }
}

/// What plain mode asks besides the holds' ratings.
#[derive(Debug, Clone, Copy, Default)]
pub struct Asks<'a> {
    /// Where the session stands in its prescription, said after the title.
    pub headline: Option<&'a str>,
    /// Whether to offer a note for the therapist after the summary (prescribed routines).
    pub note: bool,
}

/// After the summary: the overall pain, when the routine asks it, and the note, when offered.
/// Each is one line, typed ahead or now (from `wakes`, `None` once the input has ended); the
/// end of input answers nothing.
fn afterwards(
    session: &mut Session,
    outputs: &mut Outputs,
    asks: &Asks<'_>,
    mut wakes: Option<&Receiver<Wake>>,
    ahead: &mut VecDeque<String>,
    out: &mut dyn Write,
) -> io::Result<()> {
    let mut next_line = |prompt: &str, out: &mut dyn Write| -> io::Result<Option<String>> {
        writeln!(out, "{prompt}")?;
        out.flush()?;
        if let Some(line) = ahead.pop_front() {
            return Ok(Some(line));
        }
        while let Some(source) = wakes {
            match source.recv() {
                Ok(Wake::Line(line)) => return Ok(Some(line.trim().to_owned())),
                Ok(Wake::Eof | Wake::Signal(_)) | Err(_) => wakes = None,
                Ok(Wake::History) => {}
            }
        }
        Ok(None)
    };
    while session.session_rating_due().is_some() {
        let prompt = format!("{}, or s to skip:", words::SESSION_RATING_PROMPT);
        let Some(line) = next_line(&prompt, out)? else {
            break;
        };
        let Ok(rating) = overall_pain(&line) else {
            writeln!(out, "{}", words::RATE_HOW)?;
            continue;
        };
        session.update(Input::RateSession(rating), Instant::now());
        let effects = session.take_effects();
        outputs.handle(&effects, session, Instant::now());
        for effect in &effects {
            for line in words::announce(session.plan(), &effect.kind, None) {
                writeln!(out, "{line}")?;
            }
        }
    }
    if asks.note && session.records().iter().flatten().next().is_some() {
        let prompt = format!("{}, or Enter for none:", words::NOTE_PROMPT);
        let note = next_line(&prompt, out)?.unwrap_or_default();
        let note: String = note
            .chars()
            .filter(|&c| !c.is_control() && !crate::untrusted::is_bidi_control(c))
            .take(crate::app::NOTE_CHARS)
            .collect();
        if !note.trim().is_empty()
            && let Some(history) = outputs.history.as_mut()
        {
            history.note(&note);
            writeln!(out, "Note kept with this session.")?;
        }
    }
    out.flush()
}

/// Applies the typed lines that mean something now. A rating typed (or piped) before its
/// prompt waits for it, and everything after it waits too, so a script's lines keep their
/// order; anything else applies at once.
fn apply_ready(
    session: &mut Session,
    outputs: &mut Outputs,
    said: &mut Said,
    ahead: &mut VecDeque<String>,
    out: &mut dyn Write,
) -> io::Result<()> {
    while let Some(line) = ahead.front() {
        // The session is over: what is typed now answers what comes after the summary.
        if session.phase() == Phase::Summary {
            break;
        }
        let running = !matches!(session.phase(), Phase::Overview | Phase::Summary);
        let prompt = matches!(session.phase(), Phase::Rest { rated: false, .. });
        if is_rating(line) && running && !prompt {
            if !said.noted(line) {
                said.line(kept(line));
            }
            break;
        }
        let line = ahead.pop_front().unwrap_or_default();
        said.forget_noted();
        match command(session, &line) {
            Ok(Some(input)) => {
                session.update(input, Instant::now());
                if matches!(input, Input::RateSession(_)) && session.phase() == Phase::Overview {
                    session.update(Input::Start, Instant::now());
                }
                if !report(session, outputs, said, out)? {
                    said.line(format!("Nothing to do for {line:?} now."));
                }
            }
            Ok(None) => said.line(status(session)),
            Err(message) => said.line(message),
        }
    }
    said.flush(outputs, out)
}

/// The answer to a rating typed before its prompt.
fn kept(line: &str) -> String {
    match line {
        "s" => "Kept: the next rating will be skipped.".to_owned(),
        "t" => format!("Kept for the next rating: {MAX_RATING}/10."),
        _ => format!("Kept for the next rating: {line}/10."),
    }
}

/// Whether a line is a rating (a number, `t` or `s`), which only means something on the prompt.
fn is_rating(line: &str) -> bool {
    matches!(line, "t" | "s") || line.parse::<u8>().is_ok()
}

/// What a typed line means in the current phase: the key table's plain words, or a number
/// on the rating prompt. `Ok(None)` is a bare Enter with nothing to do: the answer is where
/// the session stands.
fn command(session: &Session, line: &str) -> Result<Option<Input>, String> {
    let state = State::of(session);
    let rating = state.screen == Screen::Rating;
    let input = match keys::plain(line, &state) {
        Some(Action::Begin) | None
            if state.screen == Screen::Overview && session.session_rating_due().is_some() =>
        {
            return overall_then_begin(line);
        }
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
        None if state.screen == Screen::Overview && is_rating(line) => {
            return Err(format!("Ratings come after each hold. {BEGIN}"));
        }
        None if state.screen == Screen::Overview => return Err(BEGIN.to_owned()),
        None if line.is_empty() => return Ok(None),
        None => return Err(keys::plain_hint()),
    };
    Ok(Some(input))
}

/// The overview's prompt.
const BEGIN: &str = "Press Enter to begin, or q then Enter to quit.";

/// The overview's prompt when the overall pain comes first.
fn begin_with_overall() -> String {
    format!(
        "{}: type it and Enter to begin (s to skip, q to quit).",
        words::SESSION_RATING_PROMPT
    )
}

/// A line on the overview of a routine that asks the overall pain first: the pain (or a
/// skip), then the session begins.
fn overall_then_begin(line: &str) -> Result<Option<Input>, String> {
    overall_pain(line)
        .map(|rating| Some(Input::RateSession(rating)))
        .map_err(|()| begin_with_overall())
}

/// The overall pain typed as a line: a number, `t` for 10, `s` or nothing to skip.
fn overall_pain(line: &str) -> Result<Option<u8>, ()> {
    match line {
        "" | "s" => Ok(None),
        "t" => Ok(Some(MAX_RATING)),
        number => number
            .parse::<u8>()
            .ok()
            .filter(|v| *v <= MAX_RATING)
            .map(Some)
            .ok_or(()),
    }
}

/// Where the session stands, for a bare Enter while the clock runs: `"Hold 2/5: calf,
/// right, 23 s left."`
fn status(session: &Session) -> String {
    let plan = session.plan();
    let total = plan.len();
    let left = session
        .timer()
        .map(|t| words::clock(t.remaining(Instant::now())));
    let left = match (left, session.is_paused()) {
        (Some(left), true) => format!("{left} left, paused"),
        (Some(left), false) => format!("{left} left"),
        (None, _) => "waiting".to_owned(),
    };
    match session.phase() {
        Phase::Prepare(i) => format!(
            "Get ready {}/{total}: {}, {left}.",
            i + 1,
            words::hold_line(plan, i)
        ),
        Phase::Hold(i) => format!(
            "Hold {}/{total}: {}, {left}.",
            i + 1,
            words::hold_line(plan, i)
        ),
        Phase::Rest { hold, .. } => match session.upcoming_hold() {
            Some(next) => format!(
                "Rest after hold {}: {left}. Next: {}.",
                hold + 1,
                words::hold_line(plan, next)
            ),
            None => format!("Rest after hold {}: {left}.", hold + 1),
        },
        Phase::Overview | Phase::Summary => BEGIN.to_owned(),
    }
}

/// Lines waiting to be said, in order. A line after a rating waits until the history has
/// that rating (or is known not to: then the note says so), so "Rated" is never said for a
/// rating a kill could still lose.
#[derive(Default)]
struct Said {
    lines: VecDeque<(Option<u64>, String)>,
    /// The rating typed ahead that was already answered "kept", so it is answered once.
    noted: Option<String>,
    /// Whether the history was behind when last looked at.
    behind: bool,
    /// The outputs' notices already said.
    notices: Vec<String>,
}

impl Said {
    fn line(&mut self, line: String) {
        self.lines.push_back((None, line));
    }

    fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    fn noted(&mut self, line: &str) -> bool {
        let seen = self.noted.as_deref() == Some(line);
        self.noted = Some(line.to_owned());
        seen
    }

    fn forget_noted(&mut self) {
        self.noted = None;
    }

    /// Says what changed about the outputs (a problem that starts mid-session, the history
    /// catching up), then every line whose record is settled, in order, stopping at the
    /// first that waits.
    fn flush(&mut self, outputs: &Outputs, out: &mut dyn Write) -> io::Result<()> {
        let history = outputs.history.as_ref();
        let notices = outputs.notices();
        let behind = history.is_some_and(Recorder::is_behind);
        if self.behind && !behind {
            writeln!(
                out,
                "Note: the history caught up; everything so far is saved."
            )?;
            self.notices.retain(|n| notices.contains(n));
        }
        self.behind = behind;
        for notice in notices {
            if !self.notices.contains(&notice) {
                writeln!(out, "Note: {notice}.")?;
                self.notices.push(notice);
            }
        }
        while let Some((wait, _)) = self.lines.front() {
            let settled = match (wait, history) {
                (Some(count), Some(history)) => history.is_settled(*count),
                _ => true,
            };
            if !settled {
                break;
            }
            if let Some((_, line)) = self.lines.pop_front() {
                writeln!(out, "{line}")?;
            }
        }
        out.flush()
    }
}

fn overview(session: &Session, headline: Option<&str>, out: &mut dyn Write) -> io::Result<()> {
    let routine = session.plan().routine();
    match &routine.author {
        Some(author) => writeln!(out, "{} (by {author})", routine.name)?,
        None => writeln!(out, "{}", routine.name)?,
    }
    if let Some(headline) = headline {
        writeln!(out, "{headline}.")?;
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
    if session.session_rating_due().is_some() {
        writeln!(out, "{}", begin_with_overall())?;
    } else {
        writeln!(out, "{BEGIN}")?;
    }
    out.flush()
}

/// One line per phase change and rating; ticks and halfway marks are left to audio. Returns
/// whether anything happened.
fn report(
    session: &mut Session,
    outputs: &mut Outputs,
    said: &mut Said,
    out: &mut dyn Write,
) -> io::Result<bool> {
    let effects = session.take_effects();
    outputs.handle(&effects, session, Instant::now());
    // Everything the history was sent up to here, ratings included.
    let sent = outputs.history.as_ref().map(Recorder::sent);
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
        let wait = matches!(effect.kind, EffectKind::RatingGiven { .. })
            .then_some(sent)
            .flatten();
        for line in words::announce(plan, &effect.kind, rest) {
            said.lines.push_back((wait, line));
        }
    }
    said.flush(outputs, out)?;
    Ok(!effects.is_empty())
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
        "{title}: {} of {} done, {} held.",
        summary.holds_done,
        words::holds(summary.rows.len()),
        words::short(summary.time_held)
    )?;
    if let Some(overall) = words::overall_pain(
        session.session_rating(Moment::Before),
        session.session_rating(Moment::After),
    ) {
        writeln!(out, "{overall}.")?;
    }
    for (n, row) in summary.rows.iter().enumerate() {
        let spot = words::spot_label(&row.region, row.side);
        let result = match &row.record {
            None => "not reached".to_owned(),
            Some(r) if r.outcome.is_skipped() => "skipped".to_owned(),
            Some(r) => {
                let last = history.and_then(|h| h.last_time(&row.region, row.side));
                let rating = match (r.rating, last) {
                    (Some(v), Some(before)) => format!("rated {v}/10 (last time {before})"),
                    (Some(v), None) => format!("rated {v}/10"),
                    (None, _) => "not rated".to_owned(),
                };
                format!(
                    "held {}, {rating}{}",
                    words::held(r.released_after.unwrap_or(r.held)),
                    words::hold_note(r.outcome)
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
    let steps = &session.plan().routine().steps;
    for pair in sides::pair(summary.spots.iter().map(|s| (s.spot.step, s.spot.side, s))) {
        if let (Some(left), Some(right)) = (pair.left, pair.right)
            && let Some(gap) = words::side_gap(
                &steps[pair.key].region,
                f64::from(left.last),
                f64::from(right.last),
            )
        {
            writeln!(out, "  Sides differ: {gap}.")?;
        }
    }
    out.flush()
}

/// Stdin's lines and the ending signals, into one channel. The returned sender keeps the
/// channel open after EOF, so waiting on it still times out instead of spinning; the
/// history's waker sends on a clone of it. The signals are caught while the guard lives.
fn spawn_sources() -> io::Result<(Receiver<Wake>, Sender<Wake>, signals::Caught)> {
    let (tx, rx) = mpsc::channel();
    let signalled = tx.clone();
    let caught = signals::listen(
        &[Signal::Terminate, Signal::HangUp, Signal::Interrupt],
        move |signal| signalled.send(Wake::Signal(signal)).is_ok(),
    )?;
    stdin::spawn(tx.clone())?;
    Ok((rx, tx, caught))
}
