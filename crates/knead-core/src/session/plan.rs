//! A routine expanded into the holds a session walks through, in order.

use crate::routine::{Routine, Side, Step};

/// One hold of the session: a step, on one side, one repetition.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlannedHold {
    /// Index of the step in the routine.
    pub step: usize,
    /// The side, for steps with one.
    pub side: Option<Side>,
    /// Repetition on this side, from 1.
    pub rep: u8,
    /// Repetitions on this side.
    pub reps: u8,
    /// Whether this is the first hold after the other side's, so the person must switch.
    pub switches_side: bool,
}

/// A spot on the body: one step on one side. Ratings are compared within a spot.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Spot {
    /// Index of the step in the routine.
    pub step: usize,
    /// The side, for steps with one.
    pub side: Option<Side>,
}

/// The routine and its holds, in the order they are done.
#[derive(Debug, Clone)]
pub struct Plan {
    routine: Routine,
    holds: Vec<PlannedHold>,
}

impl Plan {
    /// Expands every step into reps x sides holds: all reps on the left, then on the right.
    pub fn new(routine: Routine) -> Self {
        let mut holds = Vec::with_capacity(routine.hold_count());
        for (index, step) in routine.steps.iter().enumerate() {
            for (n, &side) in step.sides.expand().iter().enumerate() {
                for rep in 1..=step.reps {
                    holds.push(PlannedHold {
                        step: index,
                        side,
                        rep,
                        reps: step.reps,
                        switches_side: n > 0 && rep == 1,
                    });
                }
            }
        }
        Self { routine, holds }
    }

    /// The routine the plan was made from.
    pub fn routine(&self) -> &Routine {
        &self.routine
    }

    /// Every hold, in order.
    pub fn holds(&self) -> &[PlannedHold] {
        &self.holds
    }

    /// Number of holds.
    pub fn len(&self) -> usize {
        self.holds.len()
    }

    /// Whether there are no holds (never, for a valid routine).
    pub fn is_empty(&self) -> bool {
        self.holds.is_empty()
    }

    /// The hold at `index`.
    pub fn hold(&self, index: usize) -> &PlannedHold {
        &self.holds[index]
    }

    /// The step a hold belongs to.
    pub fn step(&self, index: usize) -> &Step {
        &self.routine.steps[self.holds[index].step]
    }

    /// The spot a hold works on.
    pub fn spot(&self, index: usize) -> Spot {
        let hold = self.holds[index];
        Spot {
            step: hold.step,
            side: hold.side,
        }
    }
}
