//! The sounds knead plays, and which session effect each one marks.

use crate::session::{Countdown, Effect, EffectKind, HoldOutcome, Outcome, PhaseKind, Plan};

/// A sound cue. Each has its own shape so it can be told apart without looking.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Cue {
    /// A soft tick on each of the last three seconds of the get-ready phase.
    GetReady,
    /// The hold begins: two rising notes.
    HoldStart,
    /// Halfway through a hold: one soft bell.
    Halfway,
    /// A tick on each of the last three seconds of a hold.
    HoldTick,
    /// The hold is over, release: two falling notes.
    Release,
    /// The rest is over and the next hold is coming: two even notes.
    Next,
    /// Move to the other side: a three-note swing.
    SwitchSides,
    /// The session is complete: a rising arpeggio.
    Complete,
    /// The rating prompt still waits after the rest: one soft, low note, quieter than any
    /// other cue, repeated every 20 s for two minutes.
    Remind,
    /// A rating typed before its prompt was kept for it: one short, soft, high note, so a
    /// person with eyes closed knows the key counted.
    Kept,
}

impl Cue {
    /// Every cue, in the order of a session.
    pub const ALL: [Cue; 10] = [
        Cue::GetReady,
        Cue::HoldStart,
        Cue::Halfway,
        Cue::HoldTick,
        Cue::Release,
        Cue::Next,
        Cue::SwitchSides,
        Cue::Complete,
        Cue::Remind,
        Cue::Kept,
    ];

    /// The name used in settings and for the file in `sounds/`.
    pub fn name(self) -> &'static str {
        match self {
            Cue::GetReady => "get_ready",
            Cue::HoldStart => "hold_start",
            Cue::Halfway => "halfway",
            Cue::HoldTick => "hold_tick",
            Cue::Release => "release",
            Cue::Next => "next",
            Cue::SwitchSides => "switch_sides",
            Cue::Complete => "complete",
            Cue::Remind => "remind",
            Cue::Kept => "kept",
        }
    }

    /// The cue with settings name `name`.
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.name() == name)
    }

    /// The cue an effect calls for, if any.
    pub fn for_effect(effect: &Effect, plan: &Plan) -> Option<Self> {
        Some(match &effect.kind {
            EffectKind::Countdown {
                phase: Countdown::Prepare,
                ..
            } => Cue::GetReady,
            EffectKind::Countdown {
                phase: Countdown::Hold,
                ..
            } => Cue::HoldTick,
            EffectKind::PhaseStarted {
                phase: PhaseKind::Hold,
                ..
            } => Cue::HoldStart,
            EffectKind::Halfway { .. } => Cue::Halfway,
            EffectKind::HoldEnded(record)
                if matches!(
                    record.outcome,
                    HoldOutcome::Completed | HoldOutcome::Released
                ) =>
            {
                Cue::Release
            }
            EffectKind::SwitchSides { .. } => Cue::SwitchSides,
            // "Next hold" after a rest; not for the first hold, not when switching sides (that
            // cue says more), and not when the hold starts at once (its own cue plays).
            EffectKind::PhaseStarted {
                hold,
                phase: PhaseKind::Prepare,
            } if *hold > 0
                && !plan.hold(*hold).switches_side
                && !plan.step(*hold).prepare.is_zero() =>
            {
                Cue::Next
            }
            EffectKind::RestEnded {
                waiting_for_rating: true,
                ..
            }
            | EffectKind::RatingReminder { .. }
            | EffectKind::StillPaused { .. } => Cue::Remind,
            EffectKind::Ended {
                outcome: Outcome::Completed | Outcome::Partial,
                ..
            } => Cue::Complete,
            EffectKind::PhaseStarted { .. }
            | EffectKind::TimeLeft { .. }
            | EffectKind::HoldEnded(_)
            | EffectKind::RestEnded { .. }
            | EffectKind::RatingGiven { .. }
            | EffectKind::Advice(_)
            | EffectKind::Paused
            | EffectKind::Resumed
            | EffectKind::Extended { .. }
            | EffectKind::SpotSkipped { .. }
            | EffectKind::SessionRated { .. }
            | EffectKind::ActivityRated { .. }
            | EffectKind::ChangeRated { .. }
            | EffectKind::Ended { .. } => return None,
        })
    }
}
