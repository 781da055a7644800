//! The end-of-session summary: every hold as done, and how each spot's pain changed.

use std::time::Duration;

use super::plan::Spot;
use super::record::HoldRecord;
use super::{Outcome, Session};
use crate::routine::Side;

/// A change from first to last rating at least this big is said: a drop is "much better", a
/// rise "worse".
pub const MUCH_BETTER: u8 = 2;

/// One hold in the summary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// The body region.
    pub region: String,
    /// The side, if the step has one.
    pub side: Option<Side>,
    /// Repetition on this side, from 1.
    pub rep: u8,
    /// Repetitions on this side.
    pub reps: u8,
    /// What happened, or `None` if the session ended before this hold.
    pub record: Option<HoldRecord>,
}

/// How one spot's rating changed from its first rated rep to its last.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpotChange {
    /// The spot.
    pub spot: Spot,
    /// The body region.
    pub region: String,
    /// First rating given on the spot.
    pub first: u8,
    /// Last rating given on the spot.
    pub last: u8,
    /// Number of ratings given on the spot.
    pub ratings: usize,
    /// The sum of those ratings (their mean is the spot's value for the session).
    pub sum: u16,
}

impl SpotChange {
    /// Last minus first: negative is better.
    pub fn change(&self) -> i16 {
        i16::from(self.last) - i16::from(self.first)
    }

    /// Whether the pain dropped by [`MUCH_BETTER`] or more.
    pub fn much_better(&self) -> bool {
        self.first >= self.last + MUCH_BETTER
    }

    /// Whether the pain rose by [`MUCH_BETTER`] or more: said as plainly as a drop.
    pub fn worse(&self) -> bool {
        self.last >= self.first + MUCH_BETTER
    }

    /// The spot's value for the session: the mean of its ratings (as the report's trends).
    pub fn mean(&self) -> f64 {
        f64::from(self.sum) / f64::from(u16::try_from(self.ratings).unwrap_or(u16::MAX).max(1))
    }
}

/// Everything the summary screen shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    /// Every hold of the plan, in order.
    pub rows: Vec<Row>,
    /// Spots with at least two ratings, in plan order.
    pub spots: Vec<SpotChange>,
    /// Every spot rated, in plan order, for comparing the sides (one rating is enough).
    pub rated: Vec<SpotChange>,
    /// Holds done: held for their time, or until the knot let go.
    pub holds_done: usize,
    /// Holds ended early: moved on from (`n`) or stopped by quitting.
    pub ended_early: usize,
    /// Total time held, holds ended early included.
    pub time_held: Duration,
    /// How the session ended, if it has.
    pub outcome: Option<Outcome>,
}

impl Summary {
    /// Summarises a session in any phase.
    pub fn of(session: &Session) -> Self {
        let plan = session.plan();
        let counted = session.counted_records();
        let rows: Vec<Row> = plan
            .holds()
            .iter()
            .zip(&counted)
            .map(|(hold, record)| Row {
                region: plan.routine().steps[hold.step].region.clone(),
                side: hold.side,
                rep: hold.rep,
                reps: hold.reps,
                record: record.clone(),
            })
            .collect();
        let held: Vec<&HoldRecord> = counted
            .iter()
            .flatten()
            .filter(|r| r.outcome.was_held())
            .collect();

        let mut spots: Vec<SpotChange> = Vec::new();
        for (index, record) in counted.iter().enumerate() {
            let Some(rating) = record.as_ref().and_then(|r| r.rating) else {
                continue;
            };
            let spot = plan.spot(index);
            match spots.iter_mut().find(|s| s.spot == spot) {
                Some(change) => {
                    change.last = rating;
                    change.ratings += 1;
                    change.sum += u16::from(rating);
                }
                None => spots.push(SpotChange {
                    spot,
                    region: plan.routine().steps[spot.step].region.clone(),
                    first: rating,
                    last: rating,
                    ratings: 1,
                    sum: u16::from(rating),
                }),
            }
        }
        let rated = spots.clone();
        spots.retain(|s| s.ratings > 1);
        let done = held.iter().filter(|r| r.outcome.ran_its_course()).count();

        Self {
            rows,
            spots,
            rated,
            holds_done: done,
            ended_early: held.len() - done,
            time_held: held.iter().map(|r| r.held).sum(),
            outcome: session.outcome(),
        }
    }
}
