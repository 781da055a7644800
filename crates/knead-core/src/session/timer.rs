//! A phase's countdown: an absolute deadline on the monotonic clock, banked while paused.
//!
//! Remaining time is always derived from the deadline, never decremented per tick, so a late
//! wake-up cannot make the timer run long and a pause keeps exactly what was left.

use std::time::{Duration, Instant};

/// A countdown that can be paused, resumed and extended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timer {
    length: Duration,
    state: State,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Running { deadline: Instant },
    Paused { remaining: Duration },
}

impl Timer {
    /// A timer of `length` that started at `start`.
    pub fn start(length: Duration, start: Instant) -> Self {
        Self {
            length,
            state: State::Running {
                deadline: start + length,
            },
        }
    }

    /// The full length, including extensions.
    pub fn length(&self) -> Duration {
        self.length
    }

    /// Time left at `now`; zero once the deadline has passed.
    pub fn remaining(&self, now: Instant) -> Duration {
        match self.state {
            State::Running { deadline } => deadline.saturating_duration_since(now),
            State::Paused { remaining } => remaining,
        }
    }

    /// Time run so far at `now`, pauses excluded.
    pub fn elapsed(&self, now: Instant) -> Duration {
        self.length.saturating_sub(self.remaining(now))
    }

    /// The deadline, or `None` while paused.
    pub fn deadline(&self) -> Option<Instant> {
        match self.state {
            State::Running { deadline } => Some(deadline),
            State::Paused { .. } => None,
        }
    }

    /// The instant at which `remaining` will be left, or `None` while paused.
    pub fn when_remaining(&self, remaining: Duration) -> Option<Instant> {
        self.deadline()
            .map(|d| d.checked_sub(remaining).unwrap_or(d))
    }

    /// Whether the timer is paused.
    pub fn is_paused(&self) -> bool {
        matches!(self.state, State::Paused { .. })
    }

    /// Stops the clock at `now`, banking what is left.
    pub fn pause(&mut self, now: Instant) {
        if let State::Running { .. } = self.state {
            self.state = State::Paused {
                remaining: self.remaining(now),
            };
        }
    }

    /// Restarts the clock at `now` with exactly the banked time left.
    pub fn resume(&mut self, now: Instant) {
        if let State::Paused { remaining } = self.state {
            self.state = State::Running {
                deadline: now + remaining,
            };
        }
    }

    /// Adds `by` to the length and the deadline.
    pub fn extend(&mut self, by: Duration) {
        self.length += by;
        self.state = match self.state {
            State::Running { deadline } => State::Running {
                deadline: deadline + by,
            },
            State::Paused { remaining } => State::Paused {
                remaining: remaining + by,
            },
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const fn s(n: u64) -> Duration {
        Duration::from_secs(n)
    }

    #[test]
    fn remaining_is_derived_from_the_deadline() {
        let t0 = Instant::now();
        let timer = Timer::start(s(60), t0);
        assert_eq!(timer.remaining(t0 + s(15)), s(45));
        assert_eq!(timer.remaining(t0 + s(75)), Duration::ZERO);
        assert_eq!(timer.deadline(), Some(t0 + s(60)));
    }

    #[test]
    fn pause_banks_remaining_time_to_the_nanosecond() {
        let t0 = Instant::now();
        let mut timer = Timer::start(s(60), t0);
        timer.pause(t0 + Duration::from_millis(20_123));
        assert_eq!(timer.remaining(t0 + s(500)), Duration::from_millis(39_877));
        assert_eq!(timer.deadline(), None);
        timer.resume(t0 + s(600));
        assert_eq!(
            timer.deadline(),
            Some(t0 + s(600) + Duration::from_millis(39_877))
        );
        assert_eq!(timer.elapsed(t0 + s(601)), Duration::from_millis(21_123));
    }

    #[test]
    fn extend_moves_the_deadline_running_or_paused() {
        let t0 = Instant::now();
        let mut timer = Timer::start(s(60), t0);
        timer.extend(s(15));
        assert_eq!(timer.deadline(), Some(t0 + s(75)));
        timer.pause(t0 + s(70));
        timer.extend(s(15));
        assert_eq!(timer.remaining(t0 + s(999)), s(20));
        assert_eq!(timer.length(), s(90));
    }
}
