//! What the history screen shows, computed once when it opens: the sessions, each spot's
//! trend and last ratings, and sessions per week against each routine's intent.

use std::collections::BTreeMap;

use jiff::civil::Date;
use jiff::tz::TimeZone;

use super::report::{Report, Trend};
use super::store::{SessionOutcome, StoredHold};
use crate::words;

/// One session in the list.
#[derive(Debug, Clone, PartialEq)]
pub struct SessionLine {
    /// The day it started.
    pub day: Date,
    /// The routine's name.
    pub routine: String,
    /// How it ended.
    pub outcome: SessionOutcome,
    /// Holds recorded.
    pub holds: usize,
    /// Mean of its ratings, if any were given.
    pub mean: Option<f64>,
}

/// A routine's recent weeks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoutineWeeks {
    /// The routine's name.
    pub routine: String,
    /// Sessions this week, last week, and the two before (ISO weeks).
    pub weeks: [usize; 4],
    /// Sessions a week the routine is meant for, when known.
    pub intent: Option<u8>,
}

/// Everything the history screen draws.
#[derive(Debug, Clone, PartialEq)]
pub struct Overview {
    /// Newest first.
    pub sessions: Vec<SessionLine>,
    /// Each spot's trend (weekly means for long histories), alphabetical.
    pub spots: Vec<Trend>,
    /// Each spot's last ratings, oldest to newest (at most 8), in the order of `spots`.
    pub last_ratings: Vec<Vec<u8>>,
    /// Routines done in the last four weeks.
    pub routines: Vec<RoutineWeeks>,
}

impl Overview {
    /// Builds the screen's contents from the history's holds; `today` anchors "this week" and
    /// `intent` gives a routine's sessions-per-week aim by name.
    pub fn build(
        rows: &[StoredHold],
        tz: &TimeZone,
        today: Date,
        intent: &dyn Fn(&str) -> Option<u8>,
    ) -> Self {
        let report = Report::build(rows, None, tz);
        let mut sessions: BTreeMap<&str, SessionLine> = BTreeMap::new();
        let mut ratings: BTreeMap<&str, (u32, u32)> = BTreeMap::new();
        let mut last: BTreeMap<String, Vec<(jiff::Timestamp, u32, u8)>> = BTreeMap::new();
        for row in rows {
            let day = row.session_started.to_zoned(tz.clone()).date();
            let line = sessions
                .entry(&row.session_uid)
                .or_insert_with(|| SessionLine {
                    day,
                    routine: row.routine.clone(),
                    outcome: row.session_outcome,
                    holds: 0,
                    mean: None,
                });
            line.holds += 1;
            if let Some(rating) = row.rating {
                let sum = ratings.entry(&row.session_uid).or_default();
                sum.0 += u32::from(rating);
                sum.1 += 1;
                let spot = words::spot_label(&row.region, row.side);
                last.entry(spot)
                    .or_default()
                    .push((row.session_started, row.hold_index, rating));
            }
        }
        for (uid, (sum, n)) in ratings {
            if let Some(line) = sessions.get_mut(uid) {
                line.mean = Some(f64::from(sum) / f64::from(n));
            }
        }
        let mut sessions: Vec<SessionLine> = sessions.into_values().collect();
        sessions.sort_by_key(|s| std::cmp::Reverse(s.day));

        let last_ratings = report
            .spots
            .iter()
            .map(|trend| {
                let mut all = last.remove(&trend.spot).unwrap_or_default();
                all.sort();
                all.iter().rev().take(8).rev().map(|&(_, _, r)| r).collect()
            })
            .collect();
        Self {
            routines: weeks(&sessions, today, intent),
            sessions,
            spots: report.spots,
            last_ratings,
        }
    }
}

/// Sessions per routine in the four ISO weeks up to `today`.
fn weeks(
    sessions: &[SessionLine],
    today: Date,
    intent: &dyn Fn(&str) -> Option<u8>,
) -> Vec<RoutineWeeks> {
    let monday = |d: Date| {
        d.checked_sub(jiff::Span::new().days(i64::from(d.weekday().to_monday_zero_offset())))
            .unwrap_or(d)
    };
    let this_week = monday(today);
    let mut by_routine: BTreeMap<&str, [usize; 4]> = BTreeMap::new();
    for session in sessions {
        let weeks_ago = (this_week - monday(session.day)).get_days() / 7;
        if let Ok(index) = usize::try_from(weeks_ago)
            && index < 4
        {
            by_routine.entry(&session.routine).or_default()[index] += 1;
        }
    }
    by_routine
        .into_iter()
        .map(|(routine, weeks)| RoutineWeeks {
            routine: routine.to_owned(),
            weeks,
            intent: intent(routine),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use jiff::civil::date;

    use super::*;
    use crate::history::{export, sample};

    #[test]
    fn weeks_count_sessions_against_the_intent() {
        // 30 daily sessions ending on Friday 2026-11-20.
        let rows = export::parse_rows(&sample::daily(date(2026, 10, 22), 30)).expect("valid");
        let overview = Overview::build(&rows, &TimeZone::UTC, date(2026, 11, 20), &|_| Some(3));
        assert_eq!(overview.sessions.len(), 30);
        assert_eq!(overview.sessions[0].day, date(2026, 11, 20));
        assert_eq!(
            overview.routines,
            vec![RoutineWeeks {
                routine: "Post-run legs".into(),
                weeks: [5, 7, 7, 7],
                intent: Some(3)
            }]
        );
        assert_eq!(overview.spots.len(), 6);
        assert_eq!(overview.last_ratings[0].len(), 8);
    }
}
