//! Routines: the TOML format a therapist writes, read into plain data the session can run.

mod advice;
pub mod duration;
pub mod fields;
mod names;
mod parse;
pub mod prescription;
pub mod schema;
pub mod tool;
pub mod value;

use std::time::Duration;

pub use parse::{Parsed, parse};
pub use prescription::Prescription;
pub use tool::{Action, KnownTool, Tool};

/// Default rating at or above which ease-off advice is shown.
pub const DEFAULT_STOP_ABOVE: u8 = 8;

/// A validated routine, ready to run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Routine {
    /// The title.
    pub name: String,
    /// What the routine is for.
    pub description: Option<String>,
    /// Who wrote it.
    pub author: Option<String>,
    /// Lines shown before the session starts.
    pub safety: Vec<String>,
    /// A rating at or above this gets ease-off advice.
    pub stop_above: u8,
    /// Whether the next hold starts after the rest even without a rating.
    pub auto_advance: bool,
    /// Whether the overall pain is asked before the first hold and after the last.
    pub session_rating: bool,
    /// The language its sessions speak, when the therapist chose one.
    pub language: Option<crate::lang::Language>,
    /// Sessions a week the routine is meant for, if its author says.
    pub per_week: Option<u8>,
    /// The steps, in order; never empty.
    pub steps: Vec<Step>,
    /// The home programme this routine is part of, if a therapist prescribed it.
    pub prescription: Option<Prescription>,
}

/// One spot to work on, possibly on both sides and several times.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    /// The body region or spot, as written.
    pub region: String,
    /// The catalogue's id for it, when knead recognises it (`"upper-trapezius"`), worked out
    /// once when the file is read rather than on every redraw.
    pub region_id: Option<&'static str>,
    /// What to press with.
    pub tool: Tool,
    /// How long each hold lasts (the cap, for manual release).
    pub hold: Duration,
    /// Rest after each hold.
    pub rest: Duration,
    /// Get-ready time before each hold.
    pub prepare: Duration,
    /// Whether the file set `prepare` (in the step or `[defaults]`); if not, the user's default
    /// prepare time may replace the built-in one.
    pub prepare_set: bool,
    /// Holds per side.
    pub reps: u8,
    /// Which side or sides.
    pub sides: Sides,
    /// Whether the hold ends on time or when the person says the knot let go.
    pub release: Release,
    /// What to do, shown during the hold.
    pub cue: Option<String>,
    /// What the voice says for the spot, in place of its region and side.
    pub say: Option<String>,
}

/// Which sides a step works on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sides {
    /// A midline spot, or side does not matter.
    None,
    /// The left side only.
    Left,
    /// The right side only.
    Right,
    /// The left side, then the right.
    Both,
}

/// One side of the body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Side {
    /// Left.
    Left,
    /// Right.
    Right,
}

impl Sides {
    /// Every value, in the order the format lists them.
    pub const ALL: [Sides; 4] = [Sides::None, Sides::Left, Sides::Right, Sides::Both];

    /// The word a routine file uses for it.
    pub const fn word(self) -> &'static str {
        match self {
            Sides::None => "none",
            Sides::Left => "left",
            Sides::Right => "right",
            Sides::Both => "both",
        }
    }

    /// The value a word stands for; `None` for a word the format does not have.
    pub fn from_word(word: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.word() == word)
    }

    /// The holds' sides in the order they are done.
    pub fn expand(self) -> &'static [Option<Side>] {
        match self {
            Sides::None => &[None],
            Sides::Left => &[Some(Side::Left)],
            Sides::Right => &[Some(Side::Right)],
            Sides::Both => &[Some(Side::Left), Some(Side::Right)],
        }
    }
}

impl Side {
    /// Both sides, left first.
    pub const ALL: [Side; 2] = [Side::Left, Side::Right];

    /// The side as a lowercase word.
    pub const fn word(self) -> &'static str {
        match self {
            Side::Left => "left",
            Side::Right => "right",
        }
    }

    /// The side a word stands for (`"left"`, `"right"`).
    pub fn from_word(word: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.word() == word)
    }
}

/// How a hold ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Release {
    /// When its time is up.
    Timed,
    /// When the person presses a key, or at the hold time at the latest.
    Manual,
}

impl Release {
    /// Every value, in the order the format lists them.
    pub const ALL: [Release; 2] = [Release::Timed, Release::Manual];

    /// The word a routine file uses for it.
    pub const fn word(self) -> &'static str {
        match self {
            Release::Timed => "timed",
            Release::Manual => "manual",
        }
    }

    /// The value a word stands for; `None` for a word the format does not have.
    pub fn from_word(word: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.word() == word)
    }
}

impl Step {
    /// Holds this step expands to: reps on each side.
    pub fn hold_count(&self) -> usize {
        usize::from(self.reps) * self.sides.expand().len()
    }
}

impl Routine {
    /// Uses `prepare` for every step whose file did not set a prepare time.
    #[must_use]
    pub fn with_default_prepare(mut self, prepare: Duration) -> Self {
        for step in self.steps.iter_mut().filter(|s| !s.prepare_set) {
            step.prepare = prepare;
        }
        self
    }

    /// Holds in the whole routine.
    pub fn hold_count(&self) -> usize {
        self.steps.iter().map(Step::hold_count).sum()
    }

    /// Planned length: every prepare and hold, and every rest but the one after the last hold.
    pub fn total_time(&self) -> Duration {
        let mut total = Duration::ZERO;
        let mut last_rest = Duration::ZERO;
        for step in &self.steps {
            let holds = u32::try_from(step.hold_count()).unwrap_or(u32::MAX);
            total += (step.prepare + step.hold + step.rest) * holds;
            last_rest = step.rest;
        }
        total.saturating_sub(last_rest)
    }

    /// One line for listings: steps, holds and total time.
    pub fn summary(&self) -> String {
        let steps = self.steps.len();
        let holds = self.hold_count();
        crate::t!(
            "routine-summary",
            steps = steps,
            holds = holds,
            time = duration::format(self.total_time())
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn step(hold: u64, rest: u64, prepare: u64, reps: u8, sides: Sides) -> Step {
        Step {
            region: "calf".into(),
            region_id: Some("calf"),
            tool: Tool::new("ball"),
            hold: Duration::from_secs(hold),
            rest: Duration::from_secs(rest),
            prepare: Duration::from_secs(prepare),
            prepare_set: true,
            reps,
            sides,
            release: Release::Timed,
            cue: None,
            say: None,
        }
    }

    fn routine(steps: Vec<Step>) -> Routine {
        Routine {
            name: "r".into(),
            description: None,
            author: None,
            safety: vec![],
            stop_above: DEFAULT_STOP_ABOVE,
            auto_advance: false,
            session_rating: false,
            language: None,
            per_week: None,
            steps,
            prescription: None,
        }
    }

    #[test]
    fn every_word_of_the_format_is_one_value_and_back() {
        // A new variant must be added to ALL (and so to the format) before this compiles.
        let listed = |s: Sides| match s {
            Sides::None | Sides::Left | Sides::Right | Sides::Both => Sides::ALL.contains(&s),
        };
        assert!(Sides::ALL.into_iter().all(listed));
        for word in fields::SIDES {
            assert_eq!(Sides::from_word(word).map(Sides::word), Some(word));
        }
        for word in fields::RELEASES {
            assert_eq!(Release::from_word(word).map(Release::word), Some(word));
        }
        assert_eq!(fields::SIDES.len(), Sides::ALL.len());
        assert_eq!(fields::RELEASES.len(), Release::ALL.len());
        assert_eq!(Sides::from_word("Left"), None);
        assert_eq!(Side::from_word("right"), Some(Side::Right));
    }

    #[test]
    fn both_sides_double_the_holds() {
        assert_eq!(step(60, 15, 5, 2, Sides::Both).hold_count(), 4);
        assert_eq!(step(60, 15, 5, 3, Sides::Left).hold_count(), 3);
        assert_eq!(Sides::Both.expand(), &[Some(Side::Left), Some(Side::Right)]);
    }

    #[test]
    fn total_time_leaves_out_the_rest_after_the_last_hold() {
        // 2 holds of (5 + 60 + 15) and 1 of (5 + 30 + 10), minus the final 10 s rest.
        let r = routine(vec![
            step(60, 15, 5, 2, Sides::None),
            step(30, 10, 5, 1, Sides::None),
        ]);
        assert_eq!(r.total_time(), Duration::from_secs(160 + 45 - 10));
        assert_eq!(r.summary(), "2 steps, 3 holds, 3m15s");
    }
}
