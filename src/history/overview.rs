//! What the history screen shows, computed once when it opens: the sessions with their holds,
//! each spot's trend and last ratings with left beside right, the pain on the body, and
//! sessions per week against each routine's intent.

use std::collections::BTreeMap;
use std::time::Duration;

use jiff::Timestamp;
use jiff::civil::{Date, Time};
use jiff::tz::TimeZone;

use super::report::{self, Trend};
use super::store::{SessionOutcome, StoredHold};
use crate::body::map::Mark;
use crate::session::HoldOutcome;
use crate::sides::Pair;

/// One session in the list.
#[derive(Debug, Clone, PartialEq)]
pub struct SessionLine {
    /// When it started.
    pub started: Timestamp,
    /// The day it started, in the person's time zone.
    pub day: Date,
    /// The time of day it started.
    pub time: Time,
    /// How long it took, when it ended.
    pub length: Option<Duration>,
    /// Every hold recorded, in the order done.
    pub detail: Vec<HoldLine>,
    /// The routine's name.
    pub routine: String,
    /// How it ended.
    pub outcome: SessionOutcome,
    /// Holds of the plan that were recorded (each once, however often it was redone).
    pub holds: usize,
    /// Holds in its plan, when the history kept it (a session quit early recorded fewer).
    pub planned: Option<usize>,
    /// Of those, the holds held (not skipped), by their last attempt.
    pub held: usize,
    /// Mean of its ratings, if any were given.
    pub mean: Option<f64>,
    /// What the person said about it: the overall pain, the activities, the global
    /// impression of change, the note.
    pub said: Vec<String>,
}

/// One hold of a session, as its detail lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HoldLine {
    /// "calf, left".
    pub spot: String,
    /// 1, or more when it was done again after going back.
    pub attempt: u32,
    /// Planned length.
    pub planned: Duration,
    /// Time held.
    pub held: Duration,
    /// How it ended.
    pub outcome: HoldOutcome,
    /// 0-10, when rated.
    pub rating: Option<u8>,
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
    /// Each spot's value in its last sessions (the mean of the session's ratings, as the
    /// summary and the report compare sides), oldest to newest (at most 8), in the order of
    /// `spots`.
    pub last_ratings: Vec<Vec<f64>>,
    /// One row per region: its spots (indices into `spots`), left beside right.
    pub rows: Vec<Pair<String, usize>>,
    /// Each recognised spot coloured by its latest rating, for the body map.
    pub pain: Vec<Mark>,
    /// Regions whose sides differ by 2 or more at their latest: "calf: right 7, left 4".
    pub gaps: Vec<String>,
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
        // Every attempt is listed in its session; the figures count each hold once, as the
        // summary does (`rows::last_attempts`).
        let counted = super::rows::counted(rows);
        let counting: Vec<StoredHold> = counted.iter().map(|&i| rows[i].clone()).collect();
        let spots = report::trends(&counting, tz);
        let counts = |i: usize| counted.binary_search(&i).is_ok();
        let mut sessions: BTreeMap<&str, SessionLine> = BTreeMap::new();
        let mut ratings: BTreeMap<&str, (u32, u32)> = BTreeMap::new();
        let mut last: BTreeMap<String, Vec<(jiff::Timestamp, u32, u8)>> = BTreeMap::new();
        // Each session's latest hold so far, and whether it was held.
        let mut latest: BTreeMap<&str, (u32, bool)> = BTreeMap::new();
        for (i, row) in rows.iter().enumerate() {
            let line = sessions.entry(&row.session_uid).or_insert_with(|| {
                let local = row.local_start(tz);
                SessionLine {
                    started: row.session_started,
                    day: local.date(),
                    time: local.time(),
                    length: row
                        .session_ended
                        .and_then(|end| Duration::try_from(end - row.session_started).ok()),
                    detail: Vec::new(),
                    routine: row.routine.clone(),
                    outcome: row.session_outcome,
                    holds: 0,
                    planned: row.holds_planned.and_then(|n| usize::try_from(n).ok()),
                    held: 0,
                    mean: None,
                    said: said(&row.reported),
                }
            });
            line.detail.push(HoldLine {
                spot: row.spot_label(),
                attempt: row.attempt,
                planned: row.planned,
                held: row.held,
                outcome: row.outcome,
                rating: row.rating,
            });
            // Rows come in plan order, each hold's attempts in order: a hold done again
            // counts once, as its last attempt went.
            let held = row.outcome.was_held();
            match latest.insert(&row.session_uid, (row.hold_index, held)) {
                Some((index, was_held)) if index == row.hold_index => {
                    line.held -= usize::from(was_held);
                }
                _ => line.holds += 1,
            }
            line.held += usize::from(held);
            if let Some(rating) = row.rating.filter(|_| counts(i)) {
                let sum = ratings.entry(&row.session_uid).or_default();
                sum.0 += u32::from(rating);
                sum.1 += 1;
                let spot = row.spot_label();
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
        sessions.sort_by_key(|s| std::cmp::Reverse(s.started));

        let last_ratings = spots
            .iter()
            .map(|trend| {
                let mut all = last.remove(&trend.spot).unwrap_or_default();
                all.sort();
                // One value per session: a spot rated on several reps is one entry.
                let mut by_session: Vec<(jiff::Timestamp, u32, u32)> = Vec::new();
                for (started, _, rating) in all {
                    match by_session.last_mut() {
                        Some((at, sum, n)) if *at == started => {
                            *sum += u32::from(rating);
                            *n += 1;
                        }
                        _ => by_session.push((started, u32::from(rating), 1)),
                    }
                }
                by_session
                    .iter()
                    .rev()
                    .take(8)
                    .rev()
                    .map(|&(_, sum, n)| f64::from(sum) / f64::from(n))
                    .collect()
            })
            .collect();
        Self {
            routines: weeks(&sessions, today, intent),
            gaps: report::side_gaps(&spots),
            sessions,
            rows: region_rows(&spots),
            pain: report::pain(&counting),
            spots,
            last_ratings,
        }
    }
}

/// What the person said about a session, a line each, as the open session lists them.
fn said(reported: &super::rows::Reported) -> Vec<String> {
    let activities: Vec<(&str, Option<u8>)> = reported
        .activities
        .iter()
        .map(|a| (a.activity.as_str(), a.rating))
        .collect();
    crate::words::measures::said(
        (reported.pain_before, reported.pain_after),
        &activities,
        reported.change.map(|c| (c.phase, c.answer)),
        reported.note.as_deref(),
    )
}

/// One row per region, its spots (indices into `spots`) left beside right.
fn region_rows(spots: &[Trend]) -> Vec<Pair<String, usize>> {
    let mut rows: Vec<Pair<String, usize>> = report::pairs(spots)
        .into_iter()
        .map(|pair| {
            let index =
                |t: Option<&Trend>| t.and_then(|t| spots.iter().position(|s| std::ptr::eq(s, t)));
            Pair {
                key: pair.key.to_owned(),
                both: index(pair.both),
                left: index(pair.left),
                right: index(pair.right),
            }
        })
        .collect();
    // Alphabetical as a person reads it: "IT band" among the i's, not before "calf".
    rows.sort_by_cached_key(|row| row.key.to_lowercase());
    rows
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
    // A session in which nothing was held is not a session done.
    for session in sessions.iter().filter(|s| s.held > 0) {
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
    use crate::body::map::Tone;
    use crate::history::{export, sample};
    use crate::routine::Side;
    use crate::words;

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

    #[test]
    fn every_attempt_is_listed_and_a_rating_stands_when_its_redo_is_not_rated() {
        let day = date(2026, 11, 18);
        let mut again = sample::row("a", day, 0, "calf", "left", None, "stopped");
        again.attempt = 2;
        let rows = vec![
            sample::row("a", day, 0, "calf", "left", Some(3), "completed"),
            again,
        ];
        let rows = export::parse_rows(&rows).expect("valid");
        let overview = Overview::build(&rows, &TimeZone::UTC, date(2026, 11, 20), &|_| None);
        assert_eq!(overview.sessions[0].detail.len(), 2, "both attempts shown");
        assert_eq!(overview.last_ratings, [vec![3.0]]);
        assert_eq!(overview.sessions[0].mean, Some(3.0));
    }

    #[test]
    fn an_open_session_lists_what_the_person_said_about_it() {
        let day = date(2026, 11, 18);
        let mut row = sample::row("a", day, 0, "calf", "left", Some(3), "completed");
        row.pain_before = Some(6);
        row.activities =
            r#"[{"activity":"walking the dog","rating":4},{"activity":"sleeping","rating":null}]"#
                .into();
        row.change_phase = Some(2);
        row.change = Some(6);
        row.note = "sore after".into();
        let rows = export::parse_rows(&[row]).expect("valid");
        let overview = Overview::build(&rows, &TimeZone::UTC, date(2026, 11, 20), &|_| None);
        assert_eq!(
            overview.sessions[0].said,
            [
                "Overall pain 6/10 before",
                "Activities 4.0/10 on average:",
                "  walking the dog: 4/10",
                "  sleeping: skipped",
                "Since the programme began: much worse (end of phase 2)",
                "Note: sore after",
            ]
        );
        let plain =
            export::parse_rows(&[sample::row("b", day, 0, "calf", "left", None, "completed")])
                .expect("valid");
        let overview = Overview::build(&plain, &TimeZone::UTC, date(2026, 11, 20), &|_| None);
        assert!(overview.sessions[0].said.is_empty());
    }

    #[test]
    fn the_last_values_are_one_per_session_the_mean_of_its_ratings() {
        // Two reps of the calf in each of two sessions: "last:" once listed all four.
        let rows = vec![
            sample::row(
                "a",
                date(2026, 11, 18),
                0,
                "calf",
                "left",
                Some(6),
                "completed",
            ),
            sample::row(
                "a",
                date(2026, 11, 18),
                1,
                "calf",
                "left",
                Some(5),
                "completed",
            ),
            sample::row(
                "b",
                date(2026, 11, 19),
                0,
                "calf",
                "left",
                Some(4),
                "completed",
            ),
            sample::row(
                "b",
                date(2026, 11, 19),
                1,
                "calf",
                "left",
                Some(4),
                "completed",
            ),
        ];
        let rows = export::parse_rows(&rows).expect("valid");
        let overview = Overview::build(&rows, &TimeZone::UTC, date(2026, 11, 20), &|_| None);
        assert_eq!(overview.last_ratings, [vec![5.5, 4.0]]);
    }

    #[test]
    fn a_partial_session_says_how_much_was_held_and_one_with_nothing_held_is_not_adherence() {
        let day = date(2026, 11, 18);
        let mut rows = vec![
            sample::row("partial", day, 0, "calf", "left", Some(4), "completed"),
            sample::row("partial", day, 1, "calf", "right", None, "skipped"),
            sample::row("partial", day, 2, "neck", "", Some(3), "cut_short"),
            sample::row("none", day, 0, "calf", "left", None, "skipped"),
        ];
        // Hold 1 of the partial session was skipped, then done after going back.
        let mut again = sample::row("partial", day, 1, "calf", "right", Some(5), "completed");
        again.attempt = 2;
        rows.insert(2, again);
        for row in &mut rows {
            row.session_outcome = "partial".into();
        }
        rows[4].session_outcome = "quit".into();
        let rows = export::parse_rows(&rows).expect("valid");
        let overview = Overview::build(&rows, &TimeZone::UTC, date(2026, 11, 20), &|_| None);
        let partial = overview
            .sessions
            .iter()
            .find(|s| s.outcome == SessionOutcome::Partial)
            .expect("the partial session");
        assert_eq!((partial.held, partial.holds), (3, 3));
        let none = overview
            .sessions
            .iter()
            .find(|s| s.outcome == SessionOutcome::Quit)
            .expect("the quit session");
        assert_eq!((none.held, none.holds), (0, 1));
        assert_eq!(
            words::session_holds(none.outcome, none.held, none.holds, none.planned),
            "0 holds held"
        );
        // With its plan kept, a session quit early says how much of it was left.
        assert_eq!(
            words::session_holds(none.outcome, none.held, none.holds, Some(4)),
            "0 of 4 holds held"
        );
        // This week: only the session in which something was held counts.
        assert_eq!(overview.routines[0].weeks, [1, 0, 0, 0]);
        let report = crate::history::report::Report::build(
            &rows,
            &[],
            None,
            &TimeZone::UTC,
            jiff::civil::date(2026, 11, 30),
        );
        assert_eq!(report.sessions, 1);

        let skipped_once = rows[..2].to_vec();
        let overview =
            Overview::build(&skipped_once, &TimeZone::UTC, date(2026, 11, 20), &|_| None);
        let line = &overview.sessions[0];
        assert_eq!(
            words::session_holds(line.outcome, line.held, line.holds, line.planned),
            "1 of 2 holds"
        );
    }

    #[test]
    fn spots_pair_their_sides_the_map_takes_each_latest_rating_and_sessions_keep_their_holds() {
        let rows = vec![
            sample::row(
                "a",
                date(2026, 11, 18),
                0,
                "calves",
                "left",
                Some(8),
                "completed",
            ),
            sample::row(
                "a",
                date(2026, 11, 18),
                1,
                "calf",
                "right",
                Some(3),
                "completed",
            ),
            sample::row(
                "a",
                date(2026, 11, 18),
                2,
                "my ear",
                "",
                Some(5),
                "completed",
            ),
            sample::row(
                "b",
                date(2026, 11, 19),
                0,
                "Calf",
                "left",
                Some(6),
                "completed",
            ),
            sample::row("b", date(2026, 11, 19), 1, "calf", "right", None, "skipped"),
        ];
        let rows = export::parse_rows(&rows).expect("valid");
        let overview = Overview::build(&rows, &TimeZone::UTC, date(2026, 11, 20), &|_| None);
        // "calves", "calf" and "Calf" are one region; the text no catalogue knows stays.
        let keys: Vec<&str> = overview.rows.iter().map(|p| p.key.as_str()).collect();
        assert_eq!(keys, ["calf", "my ear"]);
        let calf = &overview.rows[0];
        let last = |i: Option<usize>| overview.last_ratings[i.expect("a side")].last().copied();
        assert_eq!((last(calf.left), last(calf.right)), (Some(6.0), Some(3.0)));
        assert_eq!(overview.gaps, ["calf: left 6, right 3"]);
        // The map: each recognised spot once, by its latest rating; "my ear" is not drawn.
        let pain: Vec<(&str, Option<Side>, Tone)> = overview
            .pain
            .iter()
            .map(|m| (m.region.id, m.side, m.tone))
            .collect();
        assert_eq!(
            pain,
            [
                ("calf", Some(Side::Left), Tone::Mid),
                ("calf", Some(Side::Right), Tone::Low)
            ]
        );
        // Newest first, each with its holds and how long it took.
        assert_eq!(overview.sessions[0].day, date(2026, 11, 19));
        assert_eq!(overview.sessions[0].time, jiff::civil::time(8, 0, 0, 0));
        assert_eq!(overview.sessions[0].length, Some(Duration::from_mins(15)));
        let detail: Vec<(&str, HoldOutcome, Option<u8>)> = overview.sessions[0]
            .detail
            .iter()
            .map(|h| (h.spot.as_str(), h.outcome, h.rating))
            .collect();
        assert_eq!(
            detail,
            [
                ("calf, left", HoldOutcome::Completed, Some(6)),
                ("calf, right", HoldOutcome::Skipped, None)
            ]
        );
    }
}
