//! The instants inside a timed phase that get a cue: halfway through a hold, and each of the
//! last three seconds. Each is defined by the time left, so pauses and extensions move it.

use std::time::{Duration, Instant};

use super::effect::{Countdown, Effect, EffectKind};
use super::timer::Timer;

/// How long before the end of a hold the "ten seconds left" mark falls (a voice says it).
pub const TIME_LEFT: Duration = Duration::from_secs(10);

/// Holds this long or shorter get no "ten seconds left" mark (halfway would be as near).
pub const TIME_LEFT_MIN: Duration = Duration::from_secs(20);

/// The pending cues of the current phase.
#[derive(Debug, Clone, Default)]
pub(super) struct Marks {
    marks: Vec<Mark>,
}

#[derive(Debug, Clone, Copy)]
struct Mark {
    /// Fires when this much time is left.
    left: Duration,
    kind: Kind,
    fired: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Halfway,
    /// A round amount of time left (ten seconds), in holds long enough to have one apart
    /// from halfway.
    TimeLeft,
    Countdown(Countdown, u8),
}

impl Marks {
    /// Ticks at 3, 2 and 1 seconds left, those that fall inside the phase.
    pub(super) fn countdown(timer: &Timer, phase: Countdown) -> Self {
        let marks = [3u8, 2, 1]
            .into_iter()
            .map(|n| Mark {
                left: Duration::from_secs(u64::from(n)),
                kind: Kind::Countdown(phase, n),
                fired: false,
            })
            .filter(|m| m.left < timer.length())
            .collect();
        Self { marks }
    }

    /// Halfway, ten seconds left (in holds over 20 s, when `time_left`), then the countdown
    /// ticks of a hold.
    pub(super) fn hold(timer: &Timer, time_left: bool) -> Self {
        let mut marks = Self::countdown(timer, Countdown::Hold);
        marks.marks.insert(
            0,
            Mark {
                left: timer.length() / 2,
                kind: Kind::Halfway,
                fired: false,
            },
        );
        if time_left && timer.length() > TIME_LEFT_MIN {
            marks.marks.insert(
                1,
                Mark {
                    left: TIME_LEFT,
                    kind: Kind::TimeLeft,
                    fired: false,
                },
            );
        }
        marks
    }

    /// When the next unfired mark is due, or `None` if none is (or the timer is paused).
    pub(super) fn next_due(&self, timer: &Timer) -> Option<Instant> {
        self.marks
            .iter()
            .filter(|m| !m.fired)
            .filter_map(|m| timer.when_remaining(m.left))
            .min()
    }

    /// Fires every mark due by `now`, in time order, each stamped with its own instant.
    pub(super) fn fire_due(
        &mut self,
        timer: &Timer,
        now: Instant,
        hold: usize,
        fx: &mut Vec<Effect>,
    ) {
        let mut due: Vec<(Instant, Kind)> = Vec::new();
        for mark in self.marks.iter_mut().filter(|m| !m.fired) {
            if let Some(at) = timer.when_remaining(mark.left).filter(|&at| at <= now) {
                mark.fired = true;
                due.push((at, mark.kind));
            }
        }
        due.sort_by_key(|(at, _)| *at);
        fx.extend(due.into_iter().map(|(at, kind)| Effect {
            at,
            kind: match kind {
                Kind::Halfway => EffectKind::Halfway { hold },
                Kind::TimeLeft => EffectKind::TimeLeft {
                    hold,
                    seconds: TIME_LEFT.as_secs(),
                },
                Kind::Countdown(phase, seconds_left) => EffectKind::Countdown {
                    hold,
                    phase,
                    seconds_left,
                },
            },
        }));
    }

    /// After an extension: halfway moves to the new middle if it has not been reached, and
    /// ticks already heard are armed again for the new end.
    pub(super) fn extended(&mut self, timer: &Timer, now: Instant) {
        let remaining = timer.remaining(now);
        for mark in &mut self.marks {
            match mark.kind {
                Kind::Halfway if !mark.fired => mark.left = timer.length() / 2,
                Kind::Countdown(..) | Kind::TimeLeft if mark.fired && mark.left < remaining => {
                    mark.fired = false;
                }
                Kind::Halfway | Kind::TimeLeft | Kind::Countdown(..) => {}
            }
        }
    }
}
