//! The end-of-session summary in words, once: the full screen lays these out as a table, plain
//! mode (and the terminal after the full screen closes) prints them as lines.

use crate::routine::Side;
use crate::session::summary::{SpotChange, Summary};
use crate::session::{HoldOutcome, HoldRecord, Moment, Session};
use crate::sides;
use crate::t;

/// The outcome measures a session was given, for its summary.
fn measures(session: &Session) -> Vec<String> {
    let mut said: Vec<String> =
        crate::session::measures::psfs_mean(session.activity_ratings().iter().copied())
            .map(super::measures::activity_mean)
            .into_iter()
            .collect();
    said.extend(session.impression().map(super::measures::change_short));
    said
}

/// The summary of a session, every part in words.
#[derive(Debug, Clone, PartialEq)]
pub struct SummaryWords {
    /// "Session complete", "Session stopped", ...
    pub title: String,
    /// "3 of 4 holds done, 1 cut short, 2m15s held"
    pub done: String,
    /// "Overall pain 6/10 before, 3/10 after", when asked.
    pub overall: Option<String>,
    /// The outcome measures given: "Activities 4.5/10 on average", "Change: much improved".
    pub measures: Vec<String>,
    /// First rating to last, one row per region (left beside right).
    pub spots: Vec<SpotRow>,
    /// The regions whose sides differ by [`sides::NOTABLE`] or more: "calf: left 6, right 3".
    pub gaps: Vec<String>,
    /// Every hold of the plan.
    pub holds: Vec<HoldRow>,
}

/// One region's change from first rating to last, per side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpotRow {
    /// The region as the routine names it.
    pub region: String,
    /// Each side's change (no side first, then left, then right).
    pub changes: Vec<Change>,
    /// "much better", "worse", "much better (L)", when said.
    pub verdict: Option<String>,
}

/// One spot's first and last rating.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Change {
    /// The side, if the region has one.
    pub side: Option<Side>,
    /// First rating.
    pub first: u8,
    /// Last rating.
    pub last: u8,
    /// Dropped by 2 or more.
    pub better: bool,
    /// Rose by 2 or more.
    pub worse: bool,
}

impl Change {
    /// `"L 6 → 4 -2"` or `"6 → 4 -2"`: for tables.
    pub fn short(&self) -> String {
        format!(
            "{}{:>2} → {:<2} {:+}",
            side_letter(self.side),
            self.first,
            self.last,
            i16::from(self.last) - i16::from(self.first)
        )
    }
}

/// One hold: where, which rep, how long and how it went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HoldRow {
    /// The region as the routine names it.
    pub region: String,
    /// The side, if any.
    pub side: Option<Side>,
    /// `"1/2"`.
    pub rep: String,
    /// `"44.9s"`, or `"-"` when it was not held.
    pub held: String,
    /// `"rated 6/10"`, `"not rated (cut short)"`, `"skipped"`, `"not reached"`.
    pub result: String,
    /// The rating of the same spot at the end of the last session, when known and rated now.
    pub last_time: Option<u8>,
}

impl SummaryWords {
    /// The summary of `session`; `last_time` says a spot's rating at the end of the last
    /// session of the same routine, when the history knows it.
    pub fn of(session: &Session, last_time: &dyn Fn(&str, Option<Side>) -> Option<u8>) -> Self {
        let summary = Summary::of(session);
        let steps = &session.plan().routine().steps;
        let spots = sides::pair(summary.spots.iter().map(|s| (s.spot.step, s.spot.side, s)))
            .into_iter()
            .map(|pair| {
                let changes: Vec<Change> = [
                    (None, pair.both),
                    (Some(Side::Left), pair.left),
                    (Some(Side::Right), pair.right),
                ]
                .into_iter()
                .filter_map(|(side, change)| change.map(|c| change_of(side, c)))
                .collect();
                SpotRow {
                    region: crate::body::region_name(&steps[pair.key].region),
                    verdict: verdict(&changes),
                    changes,
                }
            })
            .collect();
        // The sides compared on each spot's value for the session, the mean of its ratings:
        // the report compares the same value, with the same rule.
        let gaps = sides::pair(summary.rated.iter().map(|s| (s.spot.step, s.spot.side, s)))
            .into_iter()
            .filter_map(|pair| {
                let (left, right) = (pair.left?, pair.right?);
                super::side_gap(
                    &crate::body::region_name(&steps[pair.key].region),
                    left.mean(),
                    right.mean(),
                )
            })
            .collect();
        let holds = summary
            .rows
            .iter()
            .map(|row| {
                let rated = row.record.as_ref().and_then(|r| r.rating).is_some();
                HoldRow {
                    region: crate::body::region_name(&row.region),
                    side: row.side,
                    rep: format!("{}/{}", row.rep, row.reps),
                    held: row
                        .record
                        .as_ref()
                        .filter(|r| r.outcome.was_held())
                        .map_or_else(
                            || "-".to_owned(),
                            |r| super::held(r.released_after.unwrap_or(r.held)),
                        ),
                    result: result(row.record.as_ref()),
                    last_time: last_time(&row.region, row.side).filter(|_| rated),
                }
            })
            .collect();
        Self {
            title: super::summary_title(summary.outcome),
            done: done(&summary),
            overall: super::overall_pain(
                session.session_rating(Moment::Before),
                session.session_rating(Moment::After),
            ),
            measures: measures(session),
            spots,
            gaps,
            holds,
        }
    }

    /// The summary as plain lines: for `--plain`, and left on the terminal after the full
    /// screen closes.
    pub fn lines(&self) -> Vec<String> {
        let mut lines = vec![format!("{}: {}.", self.title, self.done)];
        lines.extend(self.overall.iter().map(|o| format!("{o}.")));
        lines.extend(self.measures.iter().map(|m| format!("{m}.")));
        for (n, hold) in self.holds.iter().enumerate() {
            let held = if hold.held == "-" {
                String::new()
            } else {
                t!("summary-line-held", held = hold.held.as_str())
            };
            let last = hold
                .last_time
                .map(|v| format!(" ({})", super::last_time(v)))
                .unwrap_or_default();
            lines.push(t!(
                "summary-line-hold",
                number = n + 1,
                spot = super::spot_label(&hold.region, hold.side),
                rep = hold.rep.as_str(),
                held = held,
                result = hold.result.as_str(),
                last = last
            ));
        }
        for spot in &self.spots {
            let changes: Vec<String> = spot
                .changes
                .iter()
                .map(|c| match c.side {
                    Some(_) => t!(
                        "summary-change-side",
                        side = super::side(c.side),
                        first = c.first,
                        last = c.last
                    ),
                    None => t!("summary-change", first = c.first, last = c.last),
                })
                .collect();
            let verdict = spot
                .verdict
                .as_ref()
                .map(|v| format!(" ({v})"))
                .unwrap_or_default();
            lines.push(format!(
                "  {}: {}{verdict}",
                spot.region,
                changes.join(", ")
            ));
        }
        lines.extend(
            self.gaps
                .iter()
                .map(|g| format!("  {}.", super::sides_differ(g))),
        );
        lines
    }
}

/// "3 of 4 holds done, 1 cut short, 2m15s held": a hold cut short or stopped is held but not
/// done.
fn done(summary: &Summary) -> String {
    let mut cut = 0;
    let mut stopped = 0;
    for record in summary.rows.iter().filter_map(|r| r.record.as_ref()) {
        match record.outcome {
            HoldOutcome::CutShort => cut += 1,
            HoldOutcome::Stopped => stopped += 1,
            HoldOutcome::Completed
            | HoldOutcome::Released
            | HoldOutcome::Skipped
            | HoldOutcome::SkippedForPain => {}
        }
    }
    let mut parts = vec![t!(
        "summary-done",
        done = summary.holds_done,
        total = summary.rows.len()
    )];
    if cut > 0 {
        parts.push(t!("summary-count-cut-short", count = cut));
    }
    if stopped > 0 {
        parts.push(t!("summary-count-stopped", count = stopped));
    }
    parts.push(t!(
        "summary-time-held",
        held = super::short(summary.time_held)
    ));
    parts.join(", ")
}

/// What a hold's row says it came to.
fn result(record: Option<&HoldRecord>) -> String {
    match record {
        None => t!("summary-not-reached"),
        Some(r) if r.outcome.is_skipped() => super::hold_outcome(r.outcome),
        Some(r) => super::hold_result(r),
    }
}

fn change_of(side: Option<Side>, change: &SpotChange) -> Change {
    Change {
        side,
        first: change.first,
        last: change.last,
        better: change.much_better(),
        worse: change.worse(),
    }
}

/// Said once for the row: "much better" or "worse" when every side shown agrees, else which
/// side: "much better (L)", "worse (R)".
fn verdict(changes: &[Change]) -> Option<String> {
    let said = |word: String, pick: fn(&Change) -> bool| {
        let sides: Vec<&Change> = changes.iter().filter(|c| pick(c)).collect();
        if sides.is_empty() {
            None
        } else if sides.len() == changes.len() {
            Some(word)
        } else {
            let letters: String = sides
                .iter()
                .map(|c| side_letter(c.side).trim().to_owned())
                .collect();
            Some(format!("{word} ({letters})"))
        }
    };
    let parts: Vec<String> = [
        said(super::much_better_word(), |c| c.better),
        said(super::worse_word(), |c| c.worse),
    ]
    .into_iter()
    .flatten()
    .collect();
    (!parts.is_empty()).then(|| parts.join(", "))
}

/// `"L "`, `"R "` or nothing.
fn side_letter(side: Option<Side>) -> String {
    match side {
        Some(Side::Left) => format!("{} ", t!("side-left-initial")),
        Some(Side::Right) => format!("{} ", t!("side-right-initial")),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use std::time::{Duration, Instant};

    use super::*;
    use crate::routine;
    use crate::session::Input;

    /// Calf on both sides, two reps each: hold 10 s, rest 5 s, no get-ready.
    fn session() -> Session {
        let text = "name = \"t\"\n[[step]]\nregion = \"calf\"\ntool = \"ball\"\nhold = \"10s\"\n\
                    rest = \"5s\"\nprepare = \"0s\"\nreps = 2\nside = \"both\"\n";
        Session::new(routine::parse(text).routine.expect("valid"), false)
    }

    /// Rates every hold in turn with `ratings`, each at the start of its rest.
    fn rated(ratings: [u8; 4]) -> Session {
        let mut session = session();
        let t0 = Instant::now();
        session.update(Input::Start, t0);
        for (i, rating) in ratings.into_iter().enumerate() {
            let end = t0 + Duration::from_secs(15 * i as u64 + 10);
            session.tick(end);
            session.update(Input::Rate(Some(rating)), end);
        }
        session.tick(t0 + Duration::from_secs(100));
        let _ = session.take_effects();
        session
    }

    #[test]
    fn a_rise_of_two_is_said_as_plainly_as_a_drop() {
        let words = SummaryWords::of(&rated([4, 6, 6, 4]), &|_, _| None);
        assert_eq!(words.spots.len(), 1);
        assert_eq!(
            words.spots[0].verdict.as_deref(),
            Some("much better (R), worse (L)")
        );
        let lines = words.lines();
        assert!(
            lines.contains(
                &"  calf: left 4 to 6, right 6 to 4 (much better (R), worse (L))".to_owned()
            ),
            "{lines:#?}"
        );
    }

    #[test]
    fn the_sides_are_compared_on_each_sides_mean_for_the_session() {
        // Left 6 and 5 (5.5), right 3 and 4 (3.5): the last ratings differ by one point, the
        // session's values by two, as the report sees them.
        let words = SummaryWords::of(&rated([6, 5, 3, 4]), &|_, _| None);
        assert_eq!(words.gaps, ["calf: left 5.5, right 3.5"]);
    }

    #[test]
    fn a_hold_ended_early_is_held_but_not_done_and_said_in_words() {
        let mut session = session();
        let t0 = Instant::now();
        session.update(Input::Start, t0);
        session.update(Input::Next, t0 + Duration::from_secs(2));
        session.update(Input::Rate(Some(3)), t0 + Duration::from_secs(3));
        session.update(Input::Quit, t0 + Duration::from_secs(9));
        let words = SummaryWords::of(&session, &|_, _| None);
        assert_eq!(
            words.done,
            "0 of 4 holds done, 1 cut short, 1 stopped, 4s held"
        );
        assert_eq!(words.holds[0].result, "rated 3/10 (cut short)");
        assert_eq!(words.holds[1].result, "not rated (stopped)");
        assert_eq!(words.holds[2].result, "not reached");
    }
}
