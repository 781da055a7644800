//! What the session asks the world to do, each stamped with the instant it was due.
//!
//! Audio, notifications and history hang on these; the session itself performs no I/O.

use std::time::{Duration, Instant};

use super::record::HoldRecord;

/// An effect and the instant it was scheduled for (a deadline, or the input's instant).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Effect {
    /// When it was due. Later than this means the adapter ran late.
    pub at: Instant,
    /// What happened.
    pub kind: EffectKind,
}

/// Which timed phase a countdown belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Countdown {
    /// The get-ready phase before a hold.
    Prepare,
    /// The hold itself.
    Hold,
}

/// The phases as effects name them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhaseKind {
    /// Getting into position.
    Prepare,
    /// Holding the spot.
    Hold,
    /// Resting and rating.
    Rest,
    /// The closing summary.
    Summary,
}

/// Everything that happens in a session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EffectKind {
    /// A phase began for a hold (`hold` is the hold prepared, held or rated).
    PhaseStarted {
        /// Plan index of the hold.
        hold: usize,
        /// Which phase.
        phase: PhaseKind,
    },
    /// The person must move to the other side before this hold.
    SwitchSides {
        /// Plan index of the first hold on the new side.
        hold: usize,
    },
    /// One of the last three seconds of a prepare or a hold.
    Countdown {
        /// Plan index of the hold.
        hold: usize,
        /// Prepare or hold.
        phase: Countdown,
        /// 3, 2 or 1.
        seconds_left: u8,
    },
    /// Halfway through a hold.
    Halfway {
        /// Plan index of the hold.
        hold: usize,
    },
    /// A round amount of time is left in a long hold (ten seconds).
    TimeLeft {
        /// Plan index of the hold.
        hold: usize,
        /// Seconds left.
        seconds: u64,
    },
    /// A hold ended: on time, released by the person, skipped or stopped.
    HoldEnded(HoldRecord),
    /// The rest after a hold ran out.
    RestEnded {
        /// Plan index of the hold just rested after.
        hold: usize,
        /// Whether the session now waits for that hold's rating.
        waiting_for_rating: bool,
    },
    /// The rating prompt is still waiting after its rest ran out: a soft nudge, every
    /// [`remind::EVERY`](super::remind::EVERY) for [`remind::FOR`](super::remind::FOR).
    RatingReminder {
        /// Plan index of the hold to rate.
        hold: usize,
    },
    /// A hold was rated, or recorded as not rated (`None`).
    RatingGiven {
        /// Plan index of the hold.
        hold: usize,
        /// 0-10, or `None` for not rated.
        rating: Option<u8>,
    },
    /// Advice after a rating: ease off, or a spot that is not easing.
    Advice(super::Notice),
    /// The clock was stopped.
    Paused,
    /// The clock was restarted.
    Resumed,
    /// The clock has been stopped for this many minutes: a soft reminder that the session
    /// waits (every [`super::PAUSED_EVERY`]).
    StillPaused {
        /// Whole minutes since the pause.
        minutes: u64,
    },
    /// The current hold was made longer.
    Extended {
        /// Plan index of the hold.
        hold: usize,
        /// By how much.
        by: Duration,
    },
    /// The remaining holds on a spot were dropped after a high rating; a [`HoldEnded`] for
    /// each follows.
    ///
    /// [`HoldEnded`]: EffectKind::HoldEnded
    SpotSkipped {
        /// Plan indexes of the dropped holds.
        holds: Vec<usize>,
    },
    /// The overall pain was given, or recorded as not given (`None`).
    SessionRated {
        /// Before the first hold or after the last.
        moment: super::Moment,
        /// 0-10.
        rating: Option<u8>,
    },
    /// An activity of the prescription was rated before the first hold, or skipped
    /// (`None`).
    ActivityRated {
        /// Its index in the prescription's `activities`.
        index: usize,
        /// 0 (unable) to 10 (as before the problem).
        rating: Option<u8>,
    },
    /// The global impression of change was given, or skipped (`None`).
    ChangeRated {
        /// The programme phase it closes, from 1.
        phase: u8,
        /// The answer.
        answer: Option<super::measures::Impression>,
    },
    /// The session is over: it reached the end, or was quit or interrupted.
    Ended {
        /// How.
        outcome: super::Outcome,
        /// Holds held (completed, released, cut short or stopped), of the plan's.
        held: usize,
    },
}

impl EffectKind {
    /// A short stable name, for logs.
    pub fn label(&self) -> &'static str {
        match self {
            EffectKind::PhaseStarted {
                phase: PhaseKind::Prepare,
                ..
            } => "prepare-started",
            EffectKind::PhaseStarted {
                phase: PhaseKind::Hold,
                ..
            } => "hold-started",
            EffectKind::PhaseStarted {
                phase: PhaseKind::Rest,
                ..
            } => "rest-started",
            EffectKind::PhaseStarted {
                phase: PhaseKind::Summary,
                ..
            } => "summary-started",
            EffectKind::SwitchSides { .. } => "switch-sides",
            EffectKind::Countdown {
                phase: Countdown::Prepare,
                ..
            } => "prepare-tick",
            EffectKind::Countdown {
                phase: Countdown::Hold,
                ..
            } => "hold-tick",
            EffectKind::Halfway { .. } => "halfway",
            EffectKind::TimeLeft { .. } => "time-left",
            EffectKind::HoldEnded(_) => "hold-ended",
            EffectKind::RestEnded { .. } => "rest-ended",
            EffectKind::RatingReminder { .. } => "rating-reminder",
            EffectKind::RatingGiven { .. } => "rating-given",
            EffectKind::Advice(_) => "advice",
            EffectKind::Paused => "paused",
            EffectKind::StillPaused { .. } => "still-paused",
            EffectKind::Resumed => "resumed",
            EffectKind::Extended { .. } => "extended",
            EffectKind::SpotSkipped { .. } => "spot-skipped",
            EffectKind::SessionRated { .. } => "session-rated",
            EffectKind::ActivityRated { .. } => "activity-rated",
            EffectKind::ChangeRated { .. } => "change-rated",
            EffectKind::Ended { outcome, .. } => match outcome {
                super::Outcome::Completed | super::Outcome::Partial => "finished",
                super::Outcome::Quit => "quit",
                super::Outcome::Interrupted => "interrupted",
            },
        }
    }
}
