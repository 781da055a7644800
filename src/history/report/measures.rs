//! The outcome measures over a programme, for the report's first page: each activity of the
//! functional scale first against latest (2 points being the change a client notices), and
//! every answer to the global impression of change.

use jiff::civil::Date;
use jiff::tz::TimeZone;

use super::follow_up::{Prescribed, Verdict, of_prescription};
use crate::history::rows::{StoredHold, by_session};
use crate::session::measures::{Impression, PSFS_MCID, psfs_mean};

/// One activity's ratings over the sessions that rated it.
#[derive(Debug, Clone, PartialEq)]
pub struct ActivityTrend {
    /// The activity, as the prescription words it.
    pub activity: String,
    /// The first rating and its day.
    pub first: (f64, Date),
    /// The latest rating and its day.
    pub last: (f64, Date),
    /// Sessions that rated it.
    pub sessions: usize,
}

impl ActivityTrend {
    /// Better (up by 2 or more: higher is better on this scale), worse, or neither.
    pub fn verdict(&self) -> Verdict {
        let change = self.last.0 - self.first.0;
        if self.sessions < 2 {
            Verdict::Unchanged
        } else if change >= PSFS_MCID {
            Verdict::Better
        } else if -change >= PSFS_MCID {
            Verdict::Worse
        } else {
            Verdict::Unchanged
        }
    }
}

/// The functional scale over the programme: each activity, then their mean (the last row,
/// named by the caller).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Functional {
    /// Each activity, in the order first rated.
    pub activities: Vec<ActivityTrend>,
    /// The mean of each session's rated activities, first against latest.
    pub mean: Option<ActivityTrend>,
}

/// An answer to the global impression of change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChangeAnswered {
    /// The day of the session that asked it.
    pub day: Date,
    /// The phase it closed.
    pub phase: u8,
    /// The answer; `None` when skipped.
    pub answer: Option<Impression>,
}

/// The sessions that rated activities or answered the global impression: those of the
/// prescription when there is one.
fn measured<'a>(
    rows: &'a [StoredHold],
    p: Option<&Prescribed>,
) -> impl Iterator<Item = &'a StoredHold> {
    by_session(rows)
        .into_iter()
        .map(|holds| holds[0])
        .filter(move |first| p.is_none_or(|p| of_prescription(first, p)))
}

/// The functional scale over `rows`' sessions (those of `p` when given).
pub fn functional(rows: &[StoredHold], p: Option<&Prescribed>, tz: &TimeZone) -> Functional {
    let mut activities: Vec<(String, Vec<(f64, Date)>)> = Vec::new();
    let mut means: Vec<(f64, Date)> = Vec::new();
    for session in measured(rows, p) {
        let day = session.local_start(tz).date();
        let rated = &session.reported.activities;
        for a in rated {
            let Some(rating) = a.rating else { continue };
            let index = activities
                .iter()
                .position(|(name, _)| *name == a.activity)
                .unwrap_or_else(|| {
                    activities.push((a.activity.clone(), Vec::new()));
                    activities.len() - 1
                });
            activities[index].1.push((f64::from(rating), day));
        }
        if let Some(mean) = psfs_mean(rated.iter().map(|a| a.rating)) {
            means.push((mean, day));
        }
    }
    let trend = |activity: String, ratings: &[(f64, Date)]| {
        Some(ActivityTrend {
            activity,
            first: *ratings.first()?,
            last: *ratings.last()?,
            sessions: ratings.len(),
        })
    };
    Functional {
        mean: trend(String::new(), &means),
        activities: activities
            .into_iter()
            .filter_map(|(activity, ratings)| trend(activity, &ratings))
            .collect(),
    }
}

/// Every answer to the global impression of change in `rows`' sessions, oldest first.
pub fn changes(rows: &[StoredHold], p: Option<&Prescribed>, tz: &TimeZone) -> Vec<ChangeAnswered> {
    measured(rows, p)
        .filter_map(|session| {
            let change = session.reported.change?;
            Some(ChangeAnswered {
                day: session.local_start(tz).date(),
                phase: change.phase,
                answer: change.answer,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history::export;
    use crate::history::rows::ActivityRating;
    use jiff::civil::date;

    /// One hold a day from 2026-11-02, each session rating two activities and, on the days
    /// given, answering the global impression.
    fn sessions(
        ratings: &[(Option<u8>, Option<u8>)],
        change: &[(usize, u8, u8)],
    ) -> Vec<StoredHold> {
        let mut rows = export::parse_rows(&crate::history::sample::daily(
            date(2026, 11, 2),
            i64::try_from(ratings.len()).expect("few"),
        ))
        .expect("valid sample");
        let uids: Vec<String> = rows.iter().map(|r| r.session_uid.clone()).collect();
        let mut n = 0;
        for (i, row) in rows.iter_mut().enumerate() {
            if i > 0 && uids[i] != uids[i - 1] {
                n += 1;
            }
            let (a, b) = ratings[n];
            row.reported.activities = vec![
                ActivityRating {
                    activity: "walking the dog".into(),
                    rating: a,
                },
                ActivityRating {
                    activity: "sleeping on my side".into(),
                    rating: b,
                },
            ];
            row.reported.change = change.iter().find(|c| c.0 == n).map(|&(_, phase, answer)| {
                crate::history::rows::ChangeAnswer {
                    phase,
                    answer: Impression::from_number(answer),
                }
            });
        }
        rows
    }

    #[test]
    fn each_activity_is_first_against_latest_and_two_points_matter() {
        let rows = sessions(
            &[(Some(2), Some(5)), (None, Some(5)), (Some(5), Some(4))],
            &[(2, 1, 2)],
        );
        let f = functional(&rows, None, &TimeZone::UTC);
        let walking = &f.activities[0];
        assert_eq!(walking.activity, "walking the dog");
        assert_eq!(
            (walking.first, walking.last),
            ((2.0, date(2026, 11, 2)), (5.0, date(2026, 11, 4)))
        );
        assert_eq!(walking.sessions, 2, "the skipped one left out");
        assert_eq!(walking.verdict(), Verdict::Better);
        let sleeping = &f.activities[1];
        assert_eq!(
            sleeping.verdict(),
            Verdict::Unchanged,
            "5 to 4 is within 2 points"
        );
        let mean = f.mean.expect("a mean");
        assert_eq!((mean.first.0, mean.last.0), (3.5, 4.5));
        assert_eq!(mean.sessions, 3);
        let answered = changes(&rows, None, &TimeZone::UTC);
        assert_eq!(
            answered,
            vec![ChangeAnswered {
                day: date(2026, 11, 4),
                phase: 1,
                answer: Some(Impression::MuchImproved)
            }]
        );
        let worse = sessions(&[(Some(6), None), (Some(3), None)], &[]);
        assert_eq!(
            functional(&worse, None, &TimeZone::UTC).activities[0].verdict(),
            Verdict::Worse
        );
        assert_eq!(functional(&[], None, &TimeZone::UTC), Functional::default());
    }
}
