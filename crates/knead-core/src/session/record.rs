//! What happened to each hold.

use std::time::Duration;

/// How a hold ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HoldOutcome {
    /// It ran its full time.
    Completed,
    /// The person pressed "released" on a manual-release hold.
    Released,
    /// The person skipped on before its time was up.
    CutShort,
    /// The person quit the session during it.
    Stopped,
    /// It never started: skipped from its prepare.
    Skipped,
    /// It never started: dropped with the rest of its spot after ease-off advice, because
    /// the spot hurt too much.
    SkippedForPain,
}

impl HoldOutcome {
    /// Every outcome, in the order the export documents them.
    pub const ALL: [HoldOutcome; 6] = [
        HoldOutcome::Completed,
        HoldOutcome::Released,
        HoldOutcome::CutShort,
        HoldOutcome::Stopped,
        HoldOutcome::Skipped,
        HoldOutcome::SkippedForPain,
    ];

    /// The word the history and its exports use.
    pub const fn word(self) -> &'static str {
        match self {
            HoldOutcome::Completed => "completed",
            HoldOutcome::Released => "released",
            HoldOutcome::CutShort => "cut_short",
            HoldOutcome::Stopped => "stopped",
            HoldOutcome::Skipped => "skipped",
            HoldOutcome::SkippedForPain => "skipped_for_pain",
        }
    }

    /// Whether the hold never started (skipped, for whatever reason).
    pub const fn is_skipped(self) -> bool {
        matches!(self, HoldOutcome::Skipped | HoldOutcome::SkippedForPain)
    }

    /// Whether the hold ran its time, or until the knot let go: a hold done, not one ended
    /// early.
    pub const fn ran_its_course(self) -> bool {
        matches!(self, HoldOutcome::Completed | HoldOutcome::Released)
    }

    /// Whether pressure was applied: every outcome but a skip.
    pub const fn was_held(self) -> bool {
        !self.is_skipped()
    }

    /// The outcome a word stands for; `None` for a word knead never writes.
    pub fn from_word(word: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|o| o.word() == word)
    }
}

/// One hold as it was done.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HoldRecord {
    /// Plan index of the hold.
    pub hold: usize,
    /// Planned length, extensions included.
    pub planned: Duration,
    /// How long it was actually held, pauses excluded.
    pub held: Duration,
    /// For manual-release holds released in time: how long until the knot let go.
    pub released_after: Option<Duration>,
    /// How it ended.
    pub outcome: HoldOutcome,
    /// The 0-10 rating, or `None` when not (yet) rated.
    pub rating: Option<u8>,
}

/// Highest rating: the worst pain imaginable.
pub const MAX_RATING: u8 = 10;
