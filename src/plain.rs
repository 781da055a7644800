//! `--plain`: no full screen and no cursor movement. One line per phase change, and ratings
//! read as a number on a line from stdin. For screen readers, logs and scripts. A face of the
//! session: what a line does is the driver's (`crate::driver`), as for a key on the full
//! screen.
//!
//! Every line typed gets one answer, about now; "Rated 7/10." is said only once the history
//! has it, so what plain mode confirms survives the process being killed a moment later.

use std::collections::VecDeque;
use std::io::{self, Write};
use std::sync::mpsc;
use std::time::Instant;

use crate::driver::run::{self as driver_run, Face};
use crate::driver::{Ask, Driver, Ended, Reply};
use crate::history::Recorder;
use crate::keys::{self, Action, Screen};
use crate::outputs::Outputs;
use crate::session::{Effect, EffectKind, MAX_RATING, Moment, Phase, PhaseKind, Session};
use crate::threads::Waker;
use crate::words;

mod stdin;

/// What plain mode asks besides the holds' ratings.
#[derive(Debug, Clone, Copy, Default)]
pub struct Asks<'a> {
    /// Where the session stands in its prescription, said after the title.
    pub headline: Option<&'a str>,
    /// Whether to ask for a note for the therapist after the summary (prescribed routines).
    pub note: bool,
}

/// Runs the session line by line until it ends, then says the summary (also when a signal
/// ended it). `open` opens the outputs (sound, notifications, history) with the waker the
/// history rings. Returns the driver, with its outputs still open, and how it ended.
pub fn run(
    session: Session,
    asks: &Asks<'_>,
    open: impl FnOnce(Waker) -> Outputs,
    out: &mut dyn Write,
) -> io::Result<(Driver, Ended)> {
    let (tx, wakes) = mpsc::channel();
    let _signals = driver_run::listen(&tx)?;
    stdin::spawn(tx.clone())?;
    let driver = Driver::new(session, Outputs::silent()).asking_note(asks.note);
    let mut face = Lines::new(driver, asks.headline, out);
    let ended = driver_run::drive(&mut face, &wakes, &tx, open)?;
    face.finish()?;
    Ok((face.driver, ended))
}

/// The session as lines.
pub(crate) struct Lines<'a, 'o> {
    driver: Driver,
    headline: Option<&'a str>,
    out: &'o mut dyn Write,
    said: Said,
    /// Whether the overview was said.
    begun: bool,
    /// Whether the summary was said.
    summed_up: bool,
    /// The question whose prompt was said last.
    prompted: Ask,
    /// The question the overview ended with, so it is not asked twice once it opens.
    on_overview: Option<Ask>,
    /// Lines that wait for ratings kept before them.
    waiting: Waiting,
}

/// Lines that meant nothing when typed but came after ratings kept for their prompts: they
/// are read again, in order, once those are given (`9` then `x` in a script: skip the spot;
/// a number after the last hold's: the overall pain asked after it).
#[derive(Default)]
struct Waiting {
    lines: VecDeque<String>,
    /// A waiting line is being read again (one that still cannot be used goes back in front).
    replaying: bool,
    again: Option<String>,
    /// The input ended while lines still waited: the driver hears of it once they are read.
    input_ended: bool,
    /// A waiting line was read and changed the session: the next is read once that is shown.
    next: bool,
}

impl<'a, 'o> Lines<'a, 'o> {
    pub(crate) fn new(driver: Driver, headline: Option<&'a str>, out: &'o mut dyn Write) -> Self {
        Self {
            driver,
            headline,
            out,
            said: Said::default(),
            begun: false,
            summed_up: false,
            prompted: Ask::None,
            on_overview: None,
            waiting: Waiting::default(),
        }
    }

    /// After the loop: whatever is still to say, said now (a signal ended the session), and
    /// the summary if it was not; a line still waiting gets its answer: nothing to do now.
    fn finish(&mut self) -> io::Result<()> {
        for line in std::mem::take(&mut self.waiting.lines) {
            self.said.line(words::nothing_now(&line));
        }
        self.said.flush_all(self.out)?;
        if !self.summed_up && self.driver.session.phase() == Phase::Summary {
            self.summed_up = true;
            summary(
                &self.driver.session,
                self.driver.outputs.history.as_ref(),
                self.out,
            )?;
        }
        self.out.flush()
    }

    /// A line's meaning on the session, told to the driver. Key words are read in either
    /// case (`Y`, `T`, `S`); a note keeps the case it was typed in, and so does a line that
    /// waits.
    fn line(&mut self, raw: &str, now: Instant) {
        let lower = raw.to_lowercase();
        let line = lower.as_str();
        let driver = &mut self.driver;
        match driver.ask() {
            Ask::Quit => {
                let action = keys::plain(line, &driver.key_state());
                driver.on_quit_box(action, now);
            }
            Ask::Overall => match overall_pain(line) {
                Ok(rating) => driver.answer_overall(rating, now),
                Err(()) => self.said.line(words::rate_how()),
            },
            Ask::Activity(_) => match rating(line) {
                Some(Ok(value)) => driver.answer(value, now),
                Some(Err(())) | None => {
                    self.said.line(words::measures::activity_how());
                }
            },
            Ask::Change => match change(line) {
                Ok(answer) => driver.answer(answer, now),
                Err(()) => self.said.line(words::measures::change_how()),
            },
            Ask::Note => driver.write_note(raw, now),
            Ask::None => self.on_session(raw, line, now),
        }
    }

    fn on_session(&mut self, raw: &str, line: &str, now: Instant) {
        let driver = &mut self.driver;
        let state = driver.key_state();
        let action = keys::plain(line, &state);
        let overview = keys::OVERVIEW.contains(&state.screen);
        if overview && driver.asks_before_start() && action != Some(Action::Close) {
            // The questions before the first hold come first, as on the full screen: Enter
            // asks the first (its question is said), a number answers it.
            let overall = driver.session.session_rating_due() == Some(Moment::Before);
            let answer = if overall {
                overall_pain(line)
            } else {
                rating(line).unwrap_or(Err(()))
            };
            match (line, answer) {
                ("", _) => driver.act(Action::Begin, now),
                (_, Ok(value)) => {
                    driver.act(Action::Begin, now);
                    driver.answer(value, now);
                }
                (_, Err(())) if overall => self.said.line(words::begin_with_overall()),
                (_, Err(())) => self.said.line(words::measures::activity_how()),
            }
            return;
        }
        // Once every hold to come has its rating kept, what follows is for after the holds
        // (a script typed at once): it waits for them.
        let after_the_holds = driver.kept().next().is_some() && !driver.has_room();
        match (action, rating(line)) {
            (Some(Action::SkipRating | Action::Ten) | None, Some(Ok(value))) => {
                if !driver.rate(value, now) {
                    self.defer(raw);
                }
            }
            (_, Some(Err(()))) if after_the_holds => self.defer(raw),
            (_, Some(Err(()))) => self.said.line(words::rate_how()),
            (Some(action), _) => driver.act(action, now),
            (None, _) if line.is_empty() => {
                let status = words::status(&driver.session, now);
                self.said.line(status);
            }
            (None, _) if overview => {
                self.said.line(words::begin());
            }
            // A word that means something later in a session (`x` after ease-off advice),
            // typed after a rating kept for its prompt, waits for it.
            (None, _) if driver.kept().next().is_some() && keys::is_plain_word(line) => {
                self.defer(raw);
            }
            (None, _) if after_the_holds => self.defer(raw),
            (None, _) => self.said.line(keys::plain_hint()),
        }
    }

    /// A line that means nothing yet but follows ratings kept for their prompts: it waits,
    /// in order, and is read again once they are given (`9` then `x` in a script: skip the
    /// spot; a number after the last hold's: the overall pain asked after it).
    fn defer(&mut self, line: &str) {
        if self.waiting.replaying {
            self.waiting.again = Some(line.to_owned());
            return;
        }
        self.said.line(words::after_the_rating(line));
        self.waiting.lines.push_back(line.to_owned());
    }

    /// Reads the waiting lines again, in order, one at a time (each may change what the next
    /// means), until one must wait longer.
    fn replay(&mut self, now: Instant) {
        self.waiting.next = false;
        while let Some(line) = self.waiting.lines.pop_front() {
            self.waiting.replaying = true;
            let ask = self.driver.ask();
            self.line(&line, now);
            self.waiting.replaying = false;
            if let Some(again) = self.waiting.again.take() {
                self.waiting.lines.push_front(again);
                break;
            }
            // What it did must reach the session before the next line is read.
            if self.driver.has_news() || self.driver.ask() != ask {
                self.waiting.next = !self.waiting.lines.is_empty();
                break;
            }
        }
        if self.waiting.lines.is_empty() && std::mem::take(&mut self.waiting.input_ended) {
            self.driver.input_ended(now);
        }
    }

    /// The overview, once.
    fn begin(&mut self) -> io::Result<()> {
        self.begun = true;
        let session = &self.driver.session;
        if session.session_rating_due().is_none()
            && let Some((index, _)) = session.activity_due()
        {
            self.on_overview = Some(Ask::Activity(index));
        }
        overview(&self.driver.session, self.headline, self.out)
    }

    /// The prompt of a question asked after the summary, once it is asked.
    fn prompt(&mut self) {
        let ask = self.driver.ask();
        if ask == self.prompted {
            return;
        }
        self.prompted = ask;
        // The overview ended with this question: not asked twice.
        if ask != Ask::None && self.on_overview.take_if(|asked| *asked == ask).is_some() {
            return;
        }
        match ask {
            Ask::Overall => self.said.line(words::lines::overall_prompt()),
            Ask::Activity(index) => {
                let line = activity_prompt(&self.driver.session, index);
                self.said.line(line);
            }
            Ask::Change => self.said.line(words::measures::change_prompt()),
            Ask::Note => self.said.line(words::lines::note_prompt()),
            Ask::Quit => self.said.line(words::quit_ask()),
            Ask::None => {}
        }
    }
}

impl Face for Lines<'_, '_> {
    type Event = String;

    fn driver(&mut self) -> &mut Driver {
        &mut self.driver
    }

    fn show(&mut self, effects: &[Effect], now: Instant) -> io::Result<()> {
        if !self.begun {
            return self.begin();
        }
        let replies = self.driver.take_replies();
        announce(&self.driver, effects, &replies, &mut self.said);
        let mut moved = effects.iter().any(|e| {
            matches!(
                e.kind,
                EffectKind::RatingGiven { .. } | EffectKind::SessionRated { .. }
            )
        }) || self.driver.ask() != self.prompted;
        for reply in replies {
            match reply {
                Reply::Kept(rating) => self.said.line(words::kept(rating)),
                Reply::GoingOn => self.said.line(words::going_on()),
                Reply::NoteKept => self.said.line(words::note_kept()),
                Reply::Where(status) => self.said.line(status),
                // Its prompt is said below, as for every question.
                Reply::AskedQuit => {}
            }
        }
        let summary_due = self.driver.session.phase() == Phase::Summary;
        if !summary_due || self.summed_up {
            self.prompt();
        }
        self.said.flush(&self.driver.outputs, self.out)?;
        if summary_due && !self.summed_up && self.said.is_empty() {
            self.summed_up = true;
            summary(
                &self.driver.session,
                self.driver.outputs.history.as_ref(),
                self.out,
            )?;
            self.prompt();
            self.said.flush(&self.driver.outputs, self.out)?;
            moved = true;
        }
        // Lines that waited are read again once what they waited for is said: after the
        // summary and its question, in the order they were typed.
        let ready = !summary_due || self.summed_up;
        if ready && (moved || self.waiting.next || self.driver.kept().next().is_none()) {
            self.replay(now);
            self.said.flush(&self.driver.outputs, self.out)?;
        }
        Ok(())
    }

    fn next_show(&self, now: Instant) -> Option<Instant> {
        // Lines waiting to be read again, or what the last one did, go on at once.
        (self.waiting.next || self.driver.has_news()).then_some(now)
    }

    fn input_ended(&mut self, now: Instant) {
        if self.waiting.lines.is_empty() {
            self.driver.input_ended(now);
        } else {
            self.waiting.input_ended = true;
        }
    }

    fn read(&mut self, line: String, now: Instant) -> io::Result<()> {
        let line = line.trim();
        let ask = self.driver.ask();
        let said = self.said.len();
        self.line(line, now);
        // Every line gets an answer: an effect's line, a reply, a question, or this.
        let answered = self.said.len() > said
            || self.driver.ask() != ask
            || self.driver.has_news()
            || self.driver.ended().is_some();
        if !answered {
            self.said.line(words::nothing_now(line));
        }
        Ok(())
    }

    fn history_changed(&mut self) {}

    fn is_done(&mut self) -> bool {
        self.summed_up && self.said.is_empty() && self.driver.is_finished()
    }

    fn suspend(&mut self) -> io::Result<()> {
        self.out.flush()?;
        crate::signals::stop_here()
    }

    fn resume(&mut self) -> io::Result<()> {
        Ok(())
    }

    /// The summary starts on a line of its own, not after the `^C` a terminal echoed.
    fn interrupted(&mut self) -> io::Result<()> {
        use std::io::IsTerminal as _;
        if io::stdin().is_terminal() && io::stdout().is_terminal() {
            writeln!(self.out)?;
        }
        Ok(())
    }
}

/// A line read as a rating: a number, or the key table's words for 10 (`t`) and a skip
/// (`s`); `Err` for a number off the scale (`11`, `-1`, `7.5`); `None` when it is not one.
fn rating(line: &str) -> Option<Result<Option<u8>, ()>> {
    let prompt = keys::State {
        screen: Screen::Rating,
        ..keys::State::default()
    };
    match keys::plain(line, &prompt) {
        Some(Action::SkipRating) => return Some(Ok(None)),
        Some(Action::Ten) => return Some(Ok(Some(MAX_RATING))),
        _ => {}
    }
    match line.parse::<u8>() {
        Ok(v) if v <= MAX_RATING => Some(Ok(Some(v))),
        Ok(_) => Some(Err(())),
        Err(_) => line.parse::<f64>().is_ok().then_some(Err(())),
    }
}

/// The global impression typed as a line: 1 to 7, or `s` to skip (`None`); an error for
/// anything else.
fn change(line: &str) -> Result<Option<u8>, ()> {
    let prompt = keys::State {
        screen: Screen::Overall,
        ..keys::State::default()
    };
    if keys::plain(line, &prompt) == Some(Action::SkipRating) {
        return Ok(None);
    }
    line.parse::<u8>()
        .ok()
        .filter(|n| (1..=7).contains(n))
        .map(Some)
        .ok_or(())
}

/// An activity's question in plain mode: "Activity 1 of 2: ...".
fn activity_prompt(session: &Session, index: usize) -> String {
    let plan = session.plan();
    let of = words::measures::activities(plan).len();
    words::measures::activity_prompt(index, of, words::measures::activity(plan, index))
}

/// The overall pain typed as a line: a number, `t` for 10, `s` or nothing to skip.
fn overall_pain(line: &str) -> Result<Option<u8>, ()> {
    match line {
        "" => Ok(None),
        line => rating(line).unwrap_or(Err(())),
    }
}

/// The lines for a batch of effects; ticks and halfway marks are left to the sound. A
/// rating's line waits until the history has it. The clock stopped and restarted by the quit
/// question is not said again: the question and its answer say so.
fn announce(driver: &Driver, effects: &[Effect], replies: &[Reply], said: &mut Said) {
    let session = &driver.session;
    // Everything the history was sent up to here, ratings included.
    let sent = driver.outputs.history.as_ref().map(Recorder::sent);
    let plan = session.plan();
    // Holds dropped with their spot are told in one line, not one each. (Questions of one
    // variant each, asked with `if let`: what every effect means is `words::announce`'s.)
    let mut dropped: Vec<usize> = Vec::new();
    for effect in effects {
        if let EffectKind::SpotSkipped { holds } = &effect.kind {
            dropped.extend(holds);
        }
    }
    let rest = session.timer().map(crate::session::Timer::length);
    for effect in effects {
        if let EffectKind::HoldEnded(record) = &effect.kind
            && dropped.contains(&record.hold)
        {
            continue;
        }
        if (effect.kind == EffectKind::Paused && replies.contains(&Reply::AskedQuit))
            || (effect.kind == EffectKind::Resumed && replies.contains(&Reply::GoingOn))
        {
            continue;
        }
        // The rest's length is known only once it started.
        let rest = if let EffectKind::PhaseStarted {
            phase: PhaseKind::Rest,
            ..
        } = effect.kind
        {
            rest
        } else {
            None
        };
        let wait = matches!(effect.kind, EffectKind::RatingGiven { .. })
            .then_some(sent)
            .flatten();
        for line in words::announce(plan, &effect.kind, rest) {
            said.lines.push_back((wait, line));
        }
    }
}

/// Lines waiting to be said, in order. A line after a rating waits until the history has
/// that rating (or is known not to: then the note says so), so "Rated" is never said for a
/// rating a kill could still lose.
#[derive(Default)]
struct Said {
    lines: VecDeque<(Option<u64>, String)>,
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

    fn len(&self) -> usize {
        self.lines.len()
    }

    /// Says every line now, settled or not: the session is over.
    fn flush_all(&mut self, out: &mut dyn Write) -> io::Result<()> {
        for (_, line) in self.lines.drain(..) {
            writeln!(out, "{line}")?;
        }
        out.flush()
    }

    /// Says what changed about the outputs (a problem that starts mid-session, the history
    /// catching up), then every line whose record is settled, in order, stopping at the
    /// first that waits.
    fn flush(&mut self, outputs: &Outputs, out: &mut dyn Write) -> io::Result<()> {
        let history = outputs.history.as_ref();
        let notices = outputs.notices();
        let behind = history.is_some_and(Recorder::is_behind);
        if self.behind && !behind {
            writeln!(out, "{}", words::lines::caught_up())?;
            self.notices.retain(|n| notices.contains(n));
        }
        self.behind = behind;
        for notice in notices {
            if !self.notices.contains(&notice) {
                writeln!(out, "{}", words::lines::note(&notice))?;
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
    for line in words::lines::overview(session.plan().routine(), headline) {
        writeln!(out, "{line}")?;
    }
    if session.session_rating_due().is_some() {
        writeln!(out, "{}", words::begin_with_overall())?;
    } else if session.activity_due().is_some() {
        writeln!(out, "{}", words::measures::activities_first())?;
        writeln!(out, "{}", activity_prompt(session, 0))?;
    } else {
        writeln!(out, "{}", words::begin())?;
    }
    out.flush()
}

/// The summary as plain lines (the words are `words::SummaryWords`, as on the full screen).
pub fn summary(
    session: &Session,
    history: Option<&Recorder>,
    out: &mut dyn Write,
) -> io::Result<()> {
    let last = |region: &str, side| history.and_then(|h| h.last_time(region, side));
    for line in words::SummaryWords::of(session, &last).lines() {
        writeln!(out, "{line}")?;
    }
    out.flush()
}
