//! The therapist's report, computed once from the history's rows: this module holds the
//! figures (each spot's trend, high ratings, skips, release times), `follow_up` the first
//! page's (prescription, flags, adherence, every session), `chart` the drawings,
//! `contents` what the report says as a `document` (headings, paragraphs, tables,
//! figures), which `html` and `markdown` render.

#![allow(
    clippy::cast_precision_loss,
    clippy::cast_possible_truncation,
    reason = "means and chart coordinates of counts far below 2^52"
)]

mod chart;
mod contents;
mod document;
mod follow_up;
mod html;
mod markdown;
mod markup;
mod measures;

use std::collections::BTreeMap;

use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::TimeZone;

use super::store::{StopRuleAnswer, StoredHold};
use crate::body::map::{Mark, Tone};
use crate::body::{Area, SpotId};
use crate::routine::Side;
use crate::session::HoldOutcome;
use crate::session::summary::MUCH_BETTER;
use crate::sides::{self, Pair};
use crate::words;

pub use chart::{chart, pain_map, span, sparkline};
pub use contents::document;
pub use document::{Block, Cell, Document, Paper, Span, Tone as TextTone};
pub use follow_up::{
    Adherence, Flag, MainOutcome, PhaseDone, Place, Prescribed, SessionLine, Verdict,
    important_change,
};
pub use html::{escape, html};
pub use markdown::{ChartFile, inert, markdown};

/// Ratings at or above this are listed one by one, where the routine's own `stop_above`
/// was not kept (histories from before it was).
pub const HIGH: u8 = 8;
/// A spot skipped or cut short at least this often (of at least [`MIN_HOLDS`]) is listed.
const OFTEN: f64 = 0.25;
const MIN_HOLDS: usize = 4;
/// Beyond this many sessions, trend charts plot weekly means.
const MAX_POINTS: usize = 120;

/// Everything a report shows, computed from export rows.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// Whose history: the client's name, or none for the person's own.
    pub client: Option<String>,
    /// The first and last day with a session.
    pub span: Option<(Date, Date)>,
    /// Whose clocks the days and times are on: each time zone the sessions were done in
    /// (`America/Los_Angeles, UTC-08:00`), or the report's for sessions from before knead kept
    /// the person's.
    pub clocks: Vec<String>,
    /// Sessions in the report.
    pub sessions: usize,
    /// Sessions per ISO week, oldest first, including weeks without any.
    pub weeks: Vec<(String, usize)>,
    /// Each spot's trend.
    pub spots: Vec<Trend>,
    /// Every rating at or above its routine's `stop_above` ([`HIGH`] where unknown).
    pub high: Vec<High>,
    /// Spots whose last three session ratings each rose.
    pub rising: Vec<String>,
    /// Spots often skipped or cut short.
    pub skipped: Vec<Skipped>,
    /// Each recognised spot in the tone of its latest rating, for the map.
    pub pain: Vec<Mark>,
    /// The prescription of the latest prescribed session.
    pub prescribed: Option<Prescribed>,
    /// Each spot of the prescription's sessions, first against latest.
    pub main_outcome: Vec<MainOutcome>,
    /// Each phase of the prescription as it was done.
    pub phases: Vec<PhaseDone>,
    /// The activities of the functional scale, first against latest.
    pub functional: measures::Functional,
    /// Every answer to the global impression of change.
    pub changes: Vec<measures::ChangeAnswered>,
    /// The days the prescription's routine file changed.
    pub file_changes: Vec<Date>,
    /// What needs attention, most urgent first.
    pub flags: Vec<Flag>,
    /// Sessions done against the prescription.
    pub adherence: Adherence,
    /// Every session, oldest first.
    pub session_lines: Vec<SessionLine>,
    /// The day the report is made, in its time zone.
    pub today: Date,
    /// Each spot held until released (manual release): its time to release over sessions.
    pub releases: Vec<ReleaseTimes>,
}

/// A manual-release spot's time to release: how long until the knot let go, first session
/// against last (the mean of a session's reps).
#[derive(Debug, Clone, PartialEq)]
pub struct ReleaseTimes {
    /// The spot.
    pub spot: String,
    /// Seconds in its first session.
    pub first: f64,
    /// Seconds in its last.
    pub last: f64,
    /// Sessions with a release.
    pub sessions: usize,
}

/// Each spot's time to release, for the spots released by the person.
fn release_times(rows: &[StoredHold]) -> Vec<ReleaseTimes> {
    let mut by_spot: BTreeMap<String, Vec<(&str, Vec<f64>)>> = BTreeMap::new();
    for row in rows {
        let Some(released) = row.released else {
            continue;
        };
        let sessions = by_spot.entry(row.spot_label()).or_default();
        match sessions.last_mut() {
            Some((uid, times)) if *uid == row.session_uid => times.push(released.as_secs_f64()),
            _ => sessions.push((&row.session_uid, vec![released.as_secs_f64()])),
        }
    }
    let mean = |times: &[f64]| times.iter().sum::<f64>() / times.len() as f64;
    by_spot
        .into_iter()
        .filter_map(|(spot, sessions)| {
            Some(ReleaseTimes {
                spot,
                first: mean(&sessions.first()?.1),
                last: mean(&sessions.last()?.1),
                sessions: sessions.len(),
            })
        })
        .collect()
}

/// One spot's ratings over time.
#[derive(Debug, Clone, PartialEq)]
pub struct Trend {
    /// "upper trapezius, left".
    pub spot: String,
    /// "upper trapezius": the region's name, one for both sides.
    pub region: String,
    /// The side, for a spot with one.
    pub side: Option<Side>,
    /// (day, mean rating that day or week).
    pub points: Vec<(Date, f64)>,
    /// Whether points are weekly means.
    pub weekly: bool,
    /// The mean rating of the latest session that rated the spot: what the sides are compared
    /// on, as the end-of-session summary compares them.
    pub latest: Option<f64>,
}

impl Trend {
    /// The first and last mean rating.
    pub fn first_last(&self) -> Option<(f64, f64)> {
        Some((self.points.first()?.1, self.points.last()?.1))
    }

    /// Whether the pain rose by [`follow_up::WORSE`] or more from first to last.
    pub fn worse(&self) -> bool {
        self.first_last()
            .is_some_and(|(first, last)| last - first >= follow_up::WORSE)
    }

    /// Whether the pain dropped by [`MUCH_BETTER`] or more from first to last.
    pub fn much_better(&self) -> bool {
        self.first_last()
            .is_some_and(|(first, last)| first - last >= f64::from(MUCH_BETTER))
    }
}

/// A high rating.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct High {
    /// The day.
    pub day: Date,
    /// The spot.
    pub spot: String,
    /// The rating.
    pub rating: u8,
    /// The routine.
    pub routine: String,
}

/// A spot often skipped or cut short.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    /// The spot.
    pub spot: String,
    /// Holds planned.
    pub holds: usize,
    /// Holds skipped.
    pub skipped: usize,
    /// Holds cut short.
    pub cut_short: usize,
}

/// A spot's region and side, and its ratings by session: (day, ratings).
type SpotSessions<'a> = (&'a str, Option<Side>, BTreeMap<&'a str, (Date, Vec<u8>)>);

fn spot(row: &StoredHold) -> String {
    row.spot_label()
}

/// The day a session started on the person's clock (`tz` for one from before it was kept).
fn day(row: &StoredHold, tz: &TimeZone) -> Date {
    row.local_start(tz).date()
}

fn week(day: Date) -> String {
    let iso = day.iso_week_date();
    format!("{}-W{:02}", iso.year(), iso.week())
}

impl Report {
    /// Computes a report from the history's holds (each hold's counted attempt), made on
    /// `today`; days and times are the person's own, and in `tz` for sessions from before
    /// knead kept the person's clock.
    pub fn build(
        rows: &[StoredHold],
        answers: &[StopRuleAnswer],
        client: Option<String>,
        tz: &TimeZone,
        today: Date,
    ) -> Self {
        let mut session_days: BTreeMap<&str, Date> = BTreeMap::new();
        // spot -> (region, side, session -> (day, ratings))
        let mut by_spot: BTreeMap<String, SpotSessions<'_>> = BTreeMap::new();
        let mut high = Vec::new();
        let mut outcomes: BTreeMap<String, Skipped> = BTreeMap::new();
        for row in rows {
            let day = day(row, tz);
            // Adherence counts sessions in which something was held.
            if row.outcome.was_held() {
                session_days.insert(&row.session_uid, day);
            }
            let spot = spot(row);
            let stat = outcomes.entry(spot.clone()).or_insert_with(|| Skipped {
                spot: spot.clone(),
                holds: 0,
                skipped: 0,
                cut_short: 0,
            });
            stat.holds += 1;
            match row.outcome {
                HoldOutcome::Skipped | HoldOutcome::SkippedForPain => stat.skipped += 1,
                HoldOutcome::CutShort => stat.cut_short += 1,
                HoldOutcome::Completed | HoldOutcome::Released | HoldOutcome::Stopped => {}
            }
            if let Some(rating) = row.rating {
                by_spot
                    .entry(spot.clone())
                    .or_insert_with(|| (row.region_name(), row.side, BTreeMap::new()))
                    .2
                    .entry(&row.session_uid)
                    .or_insert((day, vec![]))
                    .1
                    .push(rating);
                if rating >= row.programme.stop_above.unwrap_or(HIGH) {
                    high.push(High {
                        day,
                        spot,
                        rating,
                        routine: row.routine.clone(),
                    });
                }
            }
        }
        let spots = trends_of(by_spot);
        let rising: Vec<String> = spots
            .iter()
            .filter(|t| {
                let last: Vec<f64> = t.points.iter().rev().take(3).map(|p| p.1).collect();
                last.len() == 3 && last[0] > last[1] && last[1] > last[2]
            })
            .map(|t| t.spot.clone())
            .collect();
        let skipped = outcomes
            .into_values()
            .filter(|s| {
                s.holds >= MIN_HOLDS && (s.skipped + s.cut_short) as f64 >= OFTEN * s.holds as f64
            })
            .collect();
        let span = session_days
            .values()
            .min()
            .copied()
            .zip(session_days.values().max().copied());
        let prescribed = follow_up::prescribed(rows);
        let session_lines = follow_up::session_lines(rows, tz);
        let flags = follow_up::flags(
            rows,
            answers,
            &session_lines,
            &spots,
            &high,
            &rising,
            tz,
            today,
        );
        let adherence = follow_up::adherence(&session_lines, prescribed.as_ref(), today);
        let (main_outcome, phases, file_changes) =
            follow_up::progress(rows, prescribed.as_ref(), tz);
        Self {
            client,
            span,
            clocks: follow_up::clocks(rows, tz),
            sessions: session_days.len(),
            weeks: weeks(&session_days.values().copied().collect::<Vec<_>>()),
            spots,
            high,
            rising,
            skipped,
            pain: pain(rows),
            functional: measures::functional(rows, prescribed.as_ref(), tz),
            changes: measures::changes(rows, prescribed.as_ref(), tz),
            prescribed,
            main_outcome,
            phases,
            file_changes,
            flags,
            adherence,
            session_lines,
            today,
            releases: release_times(rows),
        }
    }

    /// Each region's trends, left beside right, in the order of [`Report::spots`].
    pub fn pairs(&self) -> Vec<Pair<&str, &Trend>> {
        pairs(&self.spots)
    }

    /// The regions whose sides differ by 2 or more at their latest, in words.
    pub fn side_gaps(&self) -> Vec<String> {
        side_gaps(&self.spots)
    }

    /// Mean sessions per week: of the prescribed routine over the programme's weeks so far
    /// when there is a prescription, else of every session over the weeks they span.
    pub fn per_week(&self) -> (f64, usize) {
        if self.adherence.per_week.is_some() {
            let weeks = self.adherence.weeks.len();
            let done: usize = self.adherence.weeks.iter().map(|w| w.1).sum();
            return (
                if weeks == 0 {
                    0.0
                } else {
                    done as f64 / weeks as f64
                },
                weeks,
            );
        }
        let weeks = self.weeks.len();
        let mean = if weeks == 0 {
            0.0
        } else {
            self.sessions as f64 / weeks as f64
        };
        (mean, weeks)
    }
}

/// Each region's trends, left beside right, in the order given.
pub fn pairs(spots: &[Trend]) -> Vec<Pair<&str, &Trend>> {
    sides::pair(spots.iter().map(|t| (t.region.as_str(), t.side, t)))
}

/// The regions whose sides' latest sessions differ by 2 or more (the rule and the values
/// of the end-of-session summary), in words: "rear deltoid: right 8, left 4".
pub fn side_gaps(spots: &[Trend]) -> Vec<String> {
    pairs(spots)
        .iter()
        .filter_map(|pair| {
            let left = pair.left?.latest?;
            let right = pair.right?.latest?;
            words::side_gap(pair.key, left, right)
        })
        .collect()
}

/// Each spot's ratings over time, from the holds that count: what the history screen draws,
/// without the rest of a report.
pub fn trends(rows: &[StoredHold], tz: &TimeZone) -> Vec<Trend> {
    let mut by_spot: BTreeMap<String, SpotSessions<'_>> = BTreeMap::new();
    for row in rows {
        if let Some(rating) = row.rating {
            by_spot
                .entry(spot(row))
                .or_insert_with(|| (row.region_name(), row.side, BTreeMap::new()))
                .2
                .entry(&row.session_uid)
                .or_insert((day(row, tz), vec![]))
                .1
                .push(rating);
        }
    }
    trends_of(by_spot)
}

fn trends_of(by_spot: BTreeMap<String, SpotSessions<'_>>) -> Vec<Trend> {
    by_spot
        .into_iter()
        .map(|(spot, (region, side, sessions))| Trend {
            region: crate::body::region_name(region),
            side,
            ..trend(spot, sessions.into_values())
        })
        .collect()
}

/// Each recognised spot (one the map can draw) in the tone of its latest rating.
pub fn pain(rows: &[StoredHold]) -> Vec<Mark> {
    let mut latest: BTreeMap<SpotId, (Timestamp, Mark)> = BTreeMap::new();
    for row in rows {
        let (Some(rating), Some(spot)) = (row.rating, row.spot) else {
            continue;
        };
        let region = spot.region();
        if region.area == Area::Anywhere {
            continue;
        }
        let at = row.rated_at.unwrap_or(row.hold_ended);
        let mark = Mark {
            region,
            side: row.side,
            tone: Tone::of_rating(rating),
        };
        match latest.get(&spot) {
            Some((when, _)) if *when > at => {}
            _ => {
                latest.insert(spot, (at, mark));
            }
        }
    }
    latest.into_values().map(|(_, mark)| mark).collect()
}

/// Mean rating per session (or per week, when there are many), oldest first.
fn trend(spot: String, sessions: impl Iterator<Item = (Date, Vec<u8>)>) -> Trend {
    let mut points: Vec<(Date, f64)> = sessions
        .map(|(day, ratings)| {
            (
                day,
                ratings.iter().map(|&r| f64::from(r)).sum::<f64>() / ratings.len() as f64,
            )
        })
        .collect();
    points.sort_by_key(|p| p.0);
    let latest = points.last().map(|p| p.1);
    let weekly = points.len() > MAX_POINTS;
    if weekly {
        let mut by_week: BTreeMap<String, (Date, f64, usize)> = BTreeMap::new();
        for (day, value) in &points {
            let entry = by_week.entry(week(*day)).or_insert((*day, 0.0, 0));
            entry.1 += value;
            entry.2 += 1;
        }
        points = by_week
            .into_values()
            .map(|(day, sum, n)| (day, sum / n as f64))
            .collect();
    }
    Trend {
        spot,
        region: String::new(),
        side: None,
        points,
        weekly,
        latest,
    }
}

/// Sessions per ISO week from the first week to the last, empty weeks included.
fn weeks(days: &[Date]) -> Vec<(String, usize)> {
    let (Some(&first), Some(&last)) = (days.iter().min(), days.iter().max()) else {
        return Vec::new();
    };
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    let mut cursor = first;
    while cursor <= last {
        counts.entry(week(cursor)).or_insert(0);
        match cursor.checked_add(jiff::Span::new().days(7)) {
            Ok(next) => cursor = next,
            Err(_) => break,
        }
    }
    counts.entry(week(last)).or_insert(0);
    for day in days {
        *counts.entry(week(*day)).or_insert(0) += 1;
    }
    counts.into_iter().collect()
}
