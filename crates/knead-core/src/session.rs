//! The guided session: a pure state machine that walks a routine's holds.
//!
//! It takes inputs and the current instant from outside and queues [`Effect`]s; it never reads
//! a clock, sleeps or touches a terminal, speaker or disk. Each phase ends at an absolute
//! deadline and the next one starts *at that deadline*, not when the caller noticed, so a late
//! wake-up never pushes the rest of the routine back.
//!
//! Effects wait inside the session until the shell takes them with
//! [`Session::take_effects`] (as quinn-proto queues its events): no method hands out effects
//! that a caller could forget, so one that is not taken now is taken with the next batch.

pub mod effect;
mod marks;
pub mod measures;
pub mod plan;
pub mod record;
pub mod remind;
pub mod summary;
mod timer;

use std::time::{Duration, Instant};

pub use effect::{Countdown, Effect, EffectKind, PhaseKind};
use marks::Marks;
pub use marks::{TIME_LEFT, TIME_LEFT_MIN};
pub use plan::{Plan, PlannedHold, Spot};
pub use record::{HoldOutcome, HoldRecord, MAX_RATING};
use remind::Reminders;
pub use timer::Timer;

use crate::routine::{Release, Routine};

/// How much `+` adds to a hold.
pub const EXTEND_BY: Duration = Duration::from_secs(15);

/// Where the session is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// The routine's overview, before starting.
    Overview,
    /// Getting ready for a hold.
    Prepare(usize),
    /// Holding.
    Hold(usize),
    /// Resting after a hold and rating it; `rated` once a rating was given or skipped.
    Rest {
        /// Plan index of the hold just done.
        hold: usize,
        /// Whether its rating was given or skipped.
        rated: bool,
    },
    /// The end: everything done, or quit.
    Summary,
}

/// What a person can do; the app maps keys to these.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    /// Begin from the overview.
    Start,
    /// Pause or resume the clock.
    TogglePause,
    /// Stop the clock if it runs (a box over the screen asks something).
    Pause,
    /// Restart the clock if it is stopped.
    Resume,
    /// Move on: from a get-ready, skip that hold; from a hold, end it now and rate it (the
    /// pressure was applied); from the rating prompt, go on without a rating.
    Next,
    /// Go back one hold.
    Back,
    /// Add [`EXTEND_BY`] to the current hold.
    Extend,
    /// The knot let go (manual-release holds).
    Release,
    /// The rating of the hold just done, 0 to [`MAX_RATING`], or `None` to record it as not
    /// rated. How it was typed is the interface's business.
    Rate(Option<u8>),
    /// A rating selected on the prompt but not confirmed yet (`None`: nothing selected). If
    /// the rest runs out first, it counts as given.
    Choose(Option<u8>),
    /// After ease-off advice: drop the remaining holds on that spot.
    SkipSpot,
    /// The overall pain, 0 to [`MAX_RATING`] (`None`: not given), when
    /// [`Session::session_rating_due`] asks for it.
    RateSession(Option<u8>),
    /// How well the activity [`Session::activity_due`] asks about can be done now, 0 to
    /// [`measures::PSFS_MAX`] (`None`: skipped).
    RateActivity(Option<u8>),
    /// The global impression of change, 1 to 7 (`None`: skipped), when
    /// [`Session::impression_due`] asks for it.
    RateChange(Option<u8>),
    /// The person stops the session, keeping everything rated so far.
    Quit,
    /// The process is being ended (SIGTERM, SIGHUP): stop as for [`Input::Quit`], but
    /// recorded as interrupted.
    Interrupt,
}

/// How often a paused session says that it is paused.
pub const PAUSED_EVERY: Duration = Duration::from_mins(2);

/// How long the rest goes on at least after a rating that calls for easing off: time to hear
/// "Release.", the advice (over 5 s with the offer to skip) and what is next, and to skip.
pub const ADVICE_ROOM: Duration = Duration::from_secs(10);

/// Advice shown after a rating.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notice {
    /// The rating reached the routine's `stop_above`.
    EaseOff {
        /// The spot that hurts.
        spot: Spot,
        /// The rating given.
        rating: u8,
        /// Whether holds remain on that spot, so skipping them is offered.
        can_skip: bool,
    },
    /// The rating rose since the last rep on this spot.
    NotEasing {
        /// The spot.
        spot: Spot,
        /// The previous rep's rating.
        from: u8,
        /// This rep's rating.
        to: u8,
    },
}

/// How a session ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Outcome {
    /// It reached the end and every hold was held.
    Completed,
    /// It reached the end, but some holds were skipped.
    Partial,
    /// The person quit.
    Quit,
    /// The process was ended (a signal, a kill, a crash), or it is still running.
    Interrupted,
}

impl Outcome {
    /// Every outcome, in the order the export documents them.
    pub const ALL: [Outcome; 4] = [
        Outcome::Completed,
        Outcome::Partial,
        Outcome::Quit,
        Outcome::Interrupted,
    ];

    /// The word the history and its exports use.
    pub const fn word(self) -> &'static str {
        match self {
            Outcome::Completed => "completed",
            Outcome::Partial => "partial",
            Outcome::Quit => "quit",
            Outcome::Interrupted => "interrupted",
        }
    }

    /// The outcome a word stands for; `None` for a word knead never writes.
    pub fn from_word(word: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|o| o.word() == word)
    }
}

/// A session in progress.
#[derive(Debug, Clone)]
pub struct Session {
    plan: Plan,
    phase: Phase,
    timer: Option<Timer>,
    marks: Marks,
    records: Vec<Option<HoldRecord>>,
    /// A hold's last rated attempt, kept when it is done again: it stands until the new
    /// attempt is rated.
    rated_before: Vec<Option<HoldRecord>>,
    dropped: Vec<bool>,
    effects: Vec<Effect>,
    notice: Option<Notice>,
    /// The rating selected but not confirmed on the current prompt.
    chosen: Option<u8>,
    /// Reminders while a rating prompt waits with the rest over.
    reminders: Option<Reminders>,
    /// When the clock was stopped, and how many reminders of it were sent since.
    paused_at: Option<(Instant, u32)>,
    auto_advance: bool,
    /// Whether long holds get a "ten seconds left" mark (only a voice says it).
    time_left: bool,
    outcome: Option<Outcome>,
    /// The overall pain before and after, when given.
    overall: [Option<u8>; 2],
    /// Whether each was answered (given or skipped).
    answered: [bool; 2],
    /// The activities rated (or skipped) so far, in the prescription's order; `None` when
    /// this session does not rate them.
    activities: Option<Vec<Option<u8>>>,
    /// The phase whose global impression of change is asked at the end, if one is.
    impression_of: Option<u8>,
    /// Whether it was answered (given or skipped), and the answer.
    impression_answered: bool,
    impression: Option<measures::Impression>,
}

/// When the overall pain of a session is asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Moment {
    /// Before the first hold.
    Before,
    /// After the last one.
    After,
}

impl Moment {
    fn index(self) -> usize {
        match self {
            Moment::Before => 0,
            Moment::After => 1,
        }
    }
}

impl Session {
    /// A session at the overview; `auto_advance` comes from the routine or the user's settings.
    pub fn new(routine: Routine, auto_advance: bool) -> Self {
        let auto_advance = auto_advance || routine.auto_advance;
        let plan = Plan::new(routine);
        let holds = plan.len();
        Self {
            plan,
            phase: Phase::Overview,
            timer: None,
            marks: Marks::default(),
            records: vec![None; holds],
            rated_before: vec![None; holds],
            dropped: vec![false; holds],
            effects: Vec::new(),
            notice: None,
            chosen: None,
            reminders: None,
            paused_at: None,
            auto_advance,
            time_left: false,
            outcome: None,
            overall: [None; 2],
            answered: [false; 2],
            activities: None,
            impression_of: None,
            impression_answered: false,
            impression: None,
        }
    }

    /// The outcome measures this session asks, which the history decides: the
    /// prescription's activities before the first hold (`activities`), and the global
    /// impression of change of phase `impression_of` after the last.
    #[must_use]
    pub fn with_measures(mut self, activities: bool, impression_of: Option<u8>) -> Self {
        let prescription = self.plan.routine().prescription.as_ref();
        self.activities =
            (activities && prescription.is_some_and(|p| !p.activities.is_empty())).then(Vec::new);
        self.impression_of = impression_of.filter(|_| prescription.is_some());
        self
    }

    /// The activity asked about now, on the overview: its index in the prescription's list
    /// and its words.
    pub fn activity_due(&self) -> Option<(usize, &str)> {
        if self.phase != Phase::Overview {
            return None;
        }
        let index = self.activities.as_ref()?.len();
        let activities = &self.plan.routine().prescription.as_ref()?.activities;
        activities.get(index).map(|a| (index, a.as_str()))
    }

    /// The activities' ratings given so far (`None`: skipped), in the prescription's order.
    pub fn activity_ratings(&self) -> &[Option<u8>] {
        self.activities.as_deref().unwrap_or_default()
    }

    /// The phase whose global impression of change is asked now: at the summary of a
    /// session in which something was held (not one ended from outside), until answered.
    pub fn impression_due(&self) -> Option<u8> {
        let due = self.phase == Phase::Summary
            && self.outcome != Some(Outcome::Interrupted)
            && self.held() > 0
            && !self.impression_answered;
        self.impression_of.filter(|_| due)
    }

    /// The global impression of change given, if it was.
    pub fn impression(&self) -> Option<measures::Impression> {
        self.impression
    }

    /// The overall pain this session asks for now, for a routine with `session_rating`: before
    /// starting, and at the end of a session in which something was held (not after the
    /// process was ended from outside).
    pub fn session_rating_due(&self) -> Option<Moment> {
        if !self.plan.routine().session_rating {
            return None;
        }
        let moment = match self.phase {
            Phase::Overview => Moment::Before,
            Phase::Summary if self.outcome != Some(Outcome::Interrupted) && self.held() > 0 => {
                Moment::After
            }
            Phase::Prepare(_) | Phase::Hold(_) | Phase::Rest { .. } | Phase::Summary => {
                return None;
            }
        };
        (!self.answered[moment.index()]).then_some(moment)
    }

    /// The overall pain given at `moment`, if it was.
    pub fn session_rating(&self, moment: Moment) -> Option<u8> {
        self.overall[moment.index()]
    }

    /// Marks ten seconds left in long holds ([`EffectKind::TimeLeft`]), for a voice that says
    /// it. Off by default: a deadline nothing plays for would still wake the sound output.
    #[must_use]
    pub fn with_time_left(mut self, on: bool) -> Self {
        self.time_left = on;
        self
    }

    /// The routine's holds.
    pub fn plan(&self) -> &Plan {
        &self.plan
    }

    /// The current phase.
    pub fn phase(&self) -> Phase {
        self.phase
    }

    /// The current phase's timer, if it has one running or paused.
    pub fn timer(&self) -> Option<&Timer> {
        self.timer.as_ref()
    }

    /// Whether the clock is stopped (a phase's, or the rating reminders').
    pub fn is_paused(&self) -> bool {
        match (self.timer, self.reminders) {
            (Some(timer), _) => timer.is_paused(),
            (None, Some(reminders)) => reminders.is_paused(),
            (None, None) => false,
        }
    }

    /// The rating selected on the prompt but not confirmed yet.
    pub fn chosen(&self) -> Option<u8> {
        self.chosen
    }

    /// Takes every effect queued since the last call, oldest first. The shell hands them all
    /// to its outputs; an effect not taken stays queued for the next call.
    #[must_use = "effects must reach the outputs (sound, notifications, history)"]
    pub fn take_effects(&mut self) -> Vec<Effect> {
        std::mem::take(&mut self.effects)
    }

    /// Whether effects wait to be taken.
    pub fn has_effects(&self) -> bool {
        !self.effects.is_empty()
    }

    /// Advice to show after the last rating.
    pub fn notice(&self) -> Option<Notice> {
        self.notice
    }

    /// The latest record of each hold, by plan index.
    pub fn records(&self) -> &[Option<HoldRecord>] {
        &self.records
    }

    /// Each hold as it counts, by plan index: its latest attempt, or, when that has no
    /// rating (stopped, skipped, not rated yet), the last attempt that was rated. A rating
    /// given is never taken back by going back and not rating again; the history's readers
    /// count the same way (`history::rows::last_attempts`).
    pub fn counted_records(&self) -> Vec<Option<HoldRecord>> {
        self.records
            .iter()
            .zip(&self.rated_before)
            .map(|(latest, before)| match (latest, before) {
                (Some(latest), Some(before)) if latest.rating.is_none() => Some(before.clone()),
                (latest, _) => latest.clone(),
            })
            .collect()
    }

    /// How the session ended, once it has.
    pub fn outcome(&self) -> Option<Outcome> {
        self.outcome
    }

    /// Whether the session waits for auto-advance rather than a rating.
    pub fn auto_advance(&self) -> bool {
        self.auto_advance
    }

    /// No more input can come (it ended, or nobody is there): from `now` the session goes on
    /// by itself as with auto-advance. A rating prompt whose rest already ran out is
    /// answered "not rated", and a last rest that waited for a rating starts running.
    pub fn no_more_input(&mut self, now: Instant) {
        let mut fx = std::mem::take(&mut self.effects);
        self.advance_to(now, &mut fx);
        self.auto_advance = true;
        if let Phase::Rest { hold, rated: false } = self.phase
            && self.timer.is_none()
        {
            self.rate(hold, None, now, &mut fx);
        }
        self.effects = fx;
    }

    /// Whether the session waits for a rating with nothing else to come first: the rest ran
    /// out (or there was none), so the next thing that happens is the person's key.
    pub fn awaits_rating(&self) -> bool {
        matches!(self.phase, Phase::Rest { rated: false, .. }) && self.timer.is_none()
    }

    /// Whether nothing happens until the person acts: the overview, or a rating with the
    /// rest over.
    pub fn waits_for_person(&self) -> bool {
        self.phase == Phase::Overview || self.awaits_rating()
    }

    /// The hold the current phase is about.
    pub fn current_hold(&self) -> Option<usize> {
        match self.phase {
            Phase::Prepare(i) | Phase::Hold(i) | Phase::Rest { hold: i, .. } => Some(i),
            Phase::Overview | Phase::Summary => None,
        }
    }

    /// The hold that comes after the current phase (skipping dropped ones).
    pub fn upcoming_hold(&self) -> Option<usize> {
        match self.phase {
            Phase::Overview => self.next_after(None),
            Phase::Prepare(i) | Phase::Hold(i) | Phase::Rest { hold: i, .. } => {
                self.next_after(Some(i))
            }
            Phase::Summary => None,
        }
    }

    /// The next instant something is due (a mark or a phase's end), or `None` when nothing
    /// runs (paused, waiting for a key). The app sleeps until then.
    pub fn next_deadline(&self) -> Option<Instant> {
        if let Some(reminder) = self.paused_reminder_due() {
            return Some(reminder);
        }
        let Some(timer) = self.timer.as_ref() else {
            return self.reminders.and_then(|r| r.next_due());
        };
        let deadline = timer.deadline()?;
        Some(
            self.marks
                .next_due(timer)
                .map_or(deadline, |mark| mark.min(deadline)),
        )
    }

    /// When the next reminder that the session is paused is due.
    fn paused_reminder_due(&self) -> Option<Instant> {
        if !self.is_paused() {
            return None;
        }
        let (since, sent) = self.paused_at?;
        Some(since + PAUSED_EVERY * (sent + 1))
    }

    /// Advances through every mark and deadline up to `now`, queueing what they call for.
    pub fn tick(&mut self, now: Instant) {
        let mut fx = std::mem::take(&mut self.effects);
        self.advance_to(now, &mut fx);
        self.effects = fx;
    }

    /// Applies an input at `now`; due deadlines are processed first.
    pub fn update(&mut self, input: Input, now: Instant) {
        let mut fx = std::mem::take(&mut self.effects);
        self.advance_to(now, &mut fx);
        self.apply(input, now, &mut fx);
        self.effects = fx;
    }

    fn advance_to(&mut self, now: Instant, fx: &mut Vec<Effect>) {
        while let Some(timer) = self.timer {
            let Some(deadline) = timer.deadline() else {
                break;
            };
            let hold = self.current_hold().unwrap_or_default();
            self.marks.fire_due(&timer, now, hold, fx);
            if deadline > now {
                break;
            }
            self.expire(deadline, fx);
        }
        if let Some(reminders) = &mut self.reminders {
            reminders.fire_due(now, fx);
            // The last reminder went unanswered: the session pauses, and says so from then on
            // every two minutes, rather than going silent for good.
            if let Some(end) = reminders.take_end().filter(|_| self.timer.is_none()) {
                self.toggle_pause(end.min(now), fx);
            }
        }
        while let Some(at) = self.paused_reminder_due().filter(|&at| at <= now) {
            if let Some((since, sent)) = &mut self.paused_at {
                *sent += 1;
                let minutes = at.duration_since(*since).as_secs() / 60;
                // One overdue by more than a period (the machine slept) is passed over.
                if now.duration_since(at) < PAUSED_EVERY {
                    fx.push(Effect {
                        at,
                        kind: EffectKind::StillPaused { minutes },
                    });
                }
            }
        }
    }

    fn apply(&mut self, input: Input, now: Instant, fx: &mut Vec<Effect>) {
        match (input, self.phase) {
            (Input::Start, Phase::Overview) => match self.next_after(None) {
                Some(first) => self.start_prepare(first, now, fx),
                None => self.finish(now, fx),
            },
            (Input::TogglePause, _) => self.toggle_pause(now, fx),
            (Input::Pause, _) if !self.is_paused() => self.toggle_pause(now, fx),
            (Input::Resume, _) if self.is_paused() => self.toggle_pause(now, fx),
            (Input::Next, phase) => self.next(phase, now, fx),
            (Input::Back, phase) => self.back(phase, now, fx),
            (Input::Extend, Phase::Hold(i)) => {
                if let Some(timer) = &mut self.timer {
                    timer.extend(EXTEND_BY);
                    self.marks.extended(timer, now);
                    fx.push(Effect {
                        at: now,
                        kind: EffectKind::Extended {
                            hold: i,
                            by: EXTEND_BY,
                        },
                    });
                }
            }
            (Input::Release, Phase::Hold(i)) if self.plan.step(i).release == Release::Manual => {
                let elapsed = self.timer.map(|t| t.elapsed(now));
                self.end_hold(i, now, HoldOutcome::Released, elapsed, fx);
                self.start_rest(i, now, fx);
            }
            (Input::Rate(rating), Phase::Rest { hold, rated: false })
                if rating.is_none_or(|r| r <= MAX_RATING) =>
            {
                self.rate(hold, rating, now, fx);
            }
            (Input::Choose(rating), Phase::Rest { rated: false, .. })
                if rating.is_none_or(|r| r <= MAX_RATING) =>
            {
                self.chosen = rating;
            }
            (Input::SkipSpot, _) => self.skip_spot(now, fx),
            (Input::RateSession(rating), _) if rating.is_none_or(|r| r <= MAX_RATING) => {
                if let Some(moment) = self.session_rating_due() {
                    self.overall[moment.index()] = rating;
                    self.answered[moment.index()] = true;
                    fx.push(Effect {
                        at: now,
                        kind: EffectKind::SessionRated { moment, rating },
                    });
                }
            }
            (Input::RateActivity(rating), Phase::Overview)
                if rating.is_none_or(|r| r <= measures::PSFS_MAX) =>
            {
                if let Some((index, _)) = self.activity_due()
                    && let Some(activities) = &mut self.activities
                {
                    activities.push(rating);
                    fx.push(Effect {
                        at: now,
                        kind: EffectKind::ActivityRated { index, rating },
                    });
                }
            }
            (Input::RateChange(answer), Phase::Summary)
                if answer.is_none_or(|n| measures::Impression::from_number(n).is_some()) =>
            {
                if let Some(phase) = self.impression_due() {
                    let answer = answer.and_then(measures::Impression::from_number);
                    self.impression = answer;
                    self.impression_answered = true;
                    fx.push(Effect {
                        at: now,
                        kind: EffectKind::ChangeRated { phase, answer },
                    });
                }
            }
            (Input::Quit, phase) if phase != Phase::Summary => {
                self.quit(phase, Outcome::Quit, now, fx);
            }
            (Input::Interrupt, phase) if phase != Phase::Summary => {
                self.quit(phase, Outcome::Interrupted, now, fx);
            }
            _ => {}
        }
    }

    /// The current timer ran out at `at`: move to what follows, starting at `at`.
    fn expire(&mut self, at: Instant, fx: &mut Vec<Effect>) {
        match self.phase {
            Phase::Prepare(i) => self.start_hold(i, at, fx),
            Phase::Hold(i) => {
                self.end_hold(i, at, HoldOutcome::Completed, None, fx);
                self.start_rest(i, at, fx);
            }
            Phase::Rest { hold, rated } => {
                // A rating selected but not confirmed counts: the person chose it.
                let chosen = self.chosen.filter(|_| !rated);
                let advance = rated || chosen.is_some() || self.auto_advance;
                fx.push(Effect {
                    at,
                    kind: EffectKind::RestEnded {
                        hold,
                        waiting_for_rating: !advance,
                    },
                });
                if let Some(rating) = chosen {
                    // With the rest over, the rating moves straight on to the next hold.
                    self.timer = None;
                    self.rate(hold, Some(rating), at, fx);
                } else if advance {
                    if !rated {
                        self.record_rating(hold, None, at, fx);
                    }
                    self.advance(hold, at, fx);
                } else {
                    self.timer = None;
                    self.reminders = Some(Reminders::start(hold, at));
                }
            }
            Phase::Overview | Phase::Summary => self.timer = None,
        }
    }

    fn start_prepare(&mut self, i: usize, at: Instant, fx: &mut Vec<Effect>) {
        self.phase = Phase::Prepare(i);
        self.leave_prompt();
        if self.plan.hold(i).switches_side {
            fx.push(Effect {
                at,
                kind: EffectKind::SwitchSides { hold: i },
            });
        }
        fx.push(Effect {
            at,
            kind: EffectKind::PhaseStarted {
                hold: i,
                phase: PhaseKind::Prepare,
            },
        });
        let prepare = self.plan.step(i).prepare;
        if prepare.is_zero() {
            self.start_hold(i, at, fx);
        } else {
            let timer = Timer::start(prepare, at);
            self.marks = Marks::countdown(&timer, Countdown::Prepare);
            self.timer = Some(timer);
        }
    }

    fn start_hold(&mut self, i: usize, at: Instant, fx: &mut Vec<Effect>) {
        self.phase = Phase::Hold(i);
        self.notice = None;
        let timer = Timer::start(self.plan.step(i).hold, at);
        self.marks = Marks::hold(&timer, self.time_left);
        self.timer = Some(timer);
        fx.push(Effect {
            at,
            kind: EffectKind::PhaseStarted {
                hold: i,
                phase: PhaseKind::Hold,
            },
        });
    }

    fn end_hold(
        &mut self,
        i: usize,
        at: Instant,
        outcome: HoldOutcome,
        released: Option<Duration>,
        fx: &mut Vec<Effect>,
    ) {
        let (planned, held) = self
            .timer
            .map_or((self.plan.step(i).hold, Duration::ZERO), |t| {
                (t.length(), t.elapsed(at))
            });
        let record = HoldRecord {
            hold: i,
            planned,
            held,
            released_after: released,
            outcome,
            rating: None,
        };
        if let Some(rated) = self.records[i].take().filter(|r| r.rating.is_some()) {
            self.rated_before[i] = Some(rated);
        }
        self.records[i] = Some(record.clone());
        self.timer = None;
        fx.push(Effect {
            at,
            kind: EffectKind::HoldEnded(record),
        });
    }

    fn start_rest(&mut self, i: usize, at: Instant, fx: &mut Vec<Effect>) {
        self.phase = Phase::Rest {
            hold: i,
            rated: false,
        };
        self.marks = Marks::default();
        self.leave_prompt();
        // After the last hold there is nothing to rest for: only the rating remains, and
        // it is reminded of as after a rest that ran out. When nobody can answer (auto-advance,
        // or the input has ended), the last rest runs out like any other, so the session ends.
        self.timer = (self.next_after(Some(i)).is_some() || self.auto_advance)
            .then(|| Timer::start(self.plan.step(i).rest, at));
        if self.timer.is_none() {
            self.reminders = Some(Reminders::start(i, at));
        }
        fx.push(Effect {
            at,
            kind: EffectKind::PhaseStarted {
                hold: i,
                phase: PhaseKind::Rest,
            },
        });
    }

    fn advance(&mut self, after: usize, at: Instant, fx: &mut Vec<Effect>) {
        match self.next_after(Some(after)) {
            Some(next) => self.start_prepare(next, at, fx),
            None => self.finish(at, fx),
        }
    }

    fn finish(&mut self, at: Instant, fx: &mut Vec<Effect>) {
        self.phase = Phase::Summary;
        self.timer = None;
        self.leave_prompt();
        let skipped = self
            .records
            .iter()
            .flatten()
            .any(|r| r.outcome.is_skipped());
        let outcome = if skipped {
            Outcome::Partial
        } else {
            Outcome::Completed
        };
        self.outcome = Some(outcome);
        fx.push(Effect {
            at,
            kind: EffectKind::PhaseStarted {
                hold: self.plan.len(),
                phase: PhaseKind::Summary,
            },
        });
        fx.push(Effect {
            at,
            kind: EffectKind::Ended {
                outcome,
                held: self.held(),
            },
        });
    }

    /// Holds held so far: every record but the skipped.
    fn held(&self) -> usize {
        self.records
            .iter()
            .flatten()
            .filter(|r| r.outcome.was_held())
            .count()
    }

    /// Forgets the rating prompt's selection and reminders: the prompt is answered or gone.
    fn leave_prompt(&mut self) {
        self.chosen = None;
        self.reminders = None;
    }

    fn rate(&mut self, hold: usize, rating: Option<u8>, now: Instant, fx: &mut Vec<Effect>) {
        self.leave_prompt();
        self.record_rating(hold, rating, now, fx);
        self.phase = Phase::Rest { hold, rated: true };
        self.notice = rating.and_then(|r| self.advice(hold, r));
        if let Some(notice) = self.notice {
            fx.push(Effect {
                at: now,
                kind: EffectKind::Advice(notice),
            });
        }
        // Advice to ease off given after the rest ran out: a few seconds of rest more, so that
        // it is shown and said, and `x` can skip the spot, before the next get-ready.
        // (It came with the next get-ready at the same instant and was never seen.)
        let ease_off = matches!(self.notice, Some(Notice::EaseOff { .. }));
        if ease_off && self.next_after(Some(hold)).is_some() {
            match self.timer.as_mut() {
                None => {
                    self.marks = Marks::default();
                    self.timer = Some(Timer::start(ADVICE_ROOM, now));
                    return;
                }
                // Given early (typed during the hold), the advice came after "Release." and
                // was cut by the get-ready of a short rest: the rest lasts as long.
                Some(timer) => {
                    let left = timer.remaining(now);
                    timer.extend(ADVICE_ROOM.saturating_sub(left));
                }
            }
        }
        // The rest already ran out, or this was the last hold (whose rest runs only so
        // that an unanswered prompt ends by itself): go on now.
        if self.timer.is_none() || self.next_after(Some(hold)).is_none() {
            self.timer = None;
            self.advance(hold, now, fx);
        }
    }

    fn record_rating(
        &mut self,
        hold: usize,
        rating: Option<u8>,
        at: Instant,
        fx: &mut Vec<Effect>,
    ) {
        if let Some(record) = &mut self.records[hold] {
            record.rating = rating;
        }
        fx.push(Effect {
            at,
            kind: EffectKind::RatingGiven { hold, rating },
        });
    }

    /// Ease-off advice for a high rating, or a note when a spot's rating rose since its last rep.
    fn advice(&self, hold: usize, rating: u8) -> Option<Notice> {
        let spot = self.plan.spot(hold);
        if rating >= self.plan.routine().stop_above {
            let can_skip = self.remaining_on_spot(hold).next().is_some();
            return Some(Notice::EaseOff {
                spot,
                rating,
                can_skip,
            });
        }
        let previous = (0..hold)
            .rev()
            .filter(|&j| {
                self.plan.spot(j) == spot && self.plan.hold(j).rep < self.plan.hold(hold).rep
            })
            .find_map(|j| self.records[j].as_ref().and_then(|r| r.rating))?;
        (rating > previous).then_some(Notice::NotEasing {
            spot,
            from: previous,
            to: rating,
        })
    }

    /// Holds after `hold` on the same spot that are still to come.
    fn remaining_on_spot(&self, hold: usize) -> impl Iterator<Item = usize> + '_ {
        let spot = self.plan.spot(hold);
        (hold + 1..self.plan.len()).filter(move |&j| self.plan.spot(j) == spot && !self.dropped[j])
    }

    fn skip_spot(&mut self, now: Instant, fx: &mut Vec<Effect>) {
        let Some(Notice::EaseOff {
            spot,
            can_skip: true,
            ..
        }) = self.notice
        else {
            return;
        };
        let Some(rated) = (0..self.plan.len()).rev().find(|&j| {
            self.plan.spot(j) == spot
                && self.records[j].as_ref().is_some_and(|r| r.rating.is_some())
        }) else {
            return;
        };
        let holds: Vec<usize> = self.remaining_on_spot(rated).collect();
        self.notice = None;
        fx.push(Effect {
            at: now,
            kind: EffectKind::SpotSkipped {
                holds: holds.clone(),
            },
        });
        // Each dropped hold ends here, once, as every other hold does.
        for &j in &holds {
            self.dropped[j] = true;
            let record = HoldRecord {
                hold: j,
                planned: self.plan.step(j).hold,
                held: Duration::ZERO,
                released_after: None,
                outcome: HoldOutcome::SkippedForPain,
                rating: None,
            };
            self.records[j] = Some(record.clone());
            fx.push(Effect {
                at: now,
                kind: EffectKind::HoldEnded(record),
            });
        }
        // If the dropped spot was being prepared, move past it.
        if let Phase::Prepare(i) = self.phase
            && holds.contains(&i)
        {
            self.timer = None;
            self.advance(i, now, fx);
        }
    }

    fn toggle_pause(&mut self, now: Instant, fx: &mut Vec<Effect>) {
        let kind = match (&mut self.timer, &mut self.reminders) {
            (Some(timer), _) if timer.is_paused() => {
                timer.resume(now);
                EffectKind::Resumed
            }
            (Some(timer), _) => {
                timer.pause(now);
                EffectKind::Paused
            }
            (None, Some(reminders)) if reminders.is_paused() => {
                reminders.resume(now);
                EffectKind::Resumed
            }
            (None, Some(reminders)) => {
                reminders.pause(now);
                EffectKind::Paused
            }
            (None, None) => return,
        };
        self.paused_at = (kind == EffectKind::Paused).then_some((now, 0));
        fx.push(Effect { at: now, kind });
    }

    fn next(&mut self, phase: Phase, now: Instant, fx: &mut Vec<Effect>) {
        match phase {
            Phase::Prepare(i) => {
                if self.records[i].is_none() {
                    self.timer = None;
                    self.end_hold(i, now, HoldOutcome::Skipped, None, fx);
                }
                self.timer = None;
                self.advance(i, now, fx);
            }
            // Pressure was applied, so the hold is still rated.
            Phase::Hold(i) => {
                self.end_hold(i, now, HoldOutcome::CutShort, None, fx);
                self.start_rest(i, now, fx);
            }
            Phase::Rest { hold, rated } => {
                if !rated {
                    self.record_rating(hold, None, now, fx);
                }
                self.timer = None;
                self.advance(hold, now, fx);
            }
            Phase::Overview | Phase::Summary => {}
        }
    }

    fn back(&mut self, phase: Phase, now: Instant, fx: &mut Vec<Effect>) {
        let target = match phase {
            Phase::Prepare(i) | Phase::Hold(i) => self.previous_before(i).unwrap_or(i),
            Phase::Rest { hold, .. } => hold,
            Phase::Overview | Phase::Summary => return,
        };
        self.timer = None;
        self.notice = None;
        self.start_prepare(target, now, fx);
    }

    fn quit(&mut self, phase: Phase, outcome: Outcome, now: Instant, fx: &mut Vec<Effect>) {
        if let Phase::Hold(i) = phase {
            self.end_hold(i, now, HoldOutcome::Stopped, None, fx);
        }
        self.phase = Phase::Summary;
        self.timer = None;
        self.leave_prompt();
        self.outcome = Some(outcome);
        fx.push(Effect {
            at: now,
            kind: EffectKind::Ended {
                outcome,
                held: self.held(),
            },
        });
    }

    /// The first hold after `index` (or the first of all) that was not dropped.
    fn next_after(&self, index: Option<usize>) -> Option<usize> {
        let from = index.map_or(0, |i| i + 1);
        (from..self.plan.len()).find(|&j| !self.dropped[j])
    }

    fn previous_before(&self, index: usize) -> Option<usize> {
        (0..index).rev().find(|&j| !self.dropped[j])
    }
}

#[cfg(test)]
mod tests;
