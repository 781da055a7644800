//! A prescribed routine on the day it runs: which week and phase it is, how many of this
//! week's sessions are done, and the stop rules, each line asked on its own before the first
//! session of each programme week, again whenever its file changes, and again after a yes.

use std::io::{self, Write};

use jiff::{Timestamp, ToSpan as _, Zoned};

use crate::history::rows::{Measured, Started};
use crate::history::{Programme, Screening};
use crate::routine::Routine;
use crate::routine::prescription::{Prescription, Today, When};
use knead_core::t;

/// Where today's session stands in its prescription.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Course {
    /// The week and phase it runs.
    pub today: Today,
    /// The overview's line: "Week 3 of 6 · 2 of 4 sessions this week".
    pub headline: String,
    /// This week's sessions done before this one, inside the programme's weeks.
    pub done: Option<u32>,
    /// The outcome measures this session asks ([`Course::measures`] decides).
    pub asks: Measures,
}

impl Course {
    /// What the history keeps of it, with the prescription it follows.
    pub fn programme(
        &self,
        prescription: &Prescription,
        screening: Option<Screening>,
    ) -> Programme {
        Programme {
            week: Some(self.today.week),
            phase: u8::try_from(self.today.phase).ok(),
            screening,
            start: Some(prescription.start),
            weeks: Some(prescription.weeks),
            per_week: prescription.per_week,
            by: prescription.by.clone(),
            client: prescription.client.clone(),
            stop_above: None,
        }
    }
}

/// Today's place in `routine`'s prescription (`None` without one), counting this week's
/// sessions of it in `starts` (the routine at `path`, or under its title).
pub fn course(routine: &Routine, path: &str, starts: &[Started], now: &Zoned) -> Option<Course> {
    let prescription = routine.prescription.as_ref()?;
    let today = prescription.on(now.date());
    let done = match today.when {
        When::Week(week) => Some(sessions_in_week(
            prescription,
            week,
            starts,
            path,
            routine,
            now,
        )),
        When::Before { .. } | When::After { .. } => None,
    };
    Some(Course {
        today,
        headline: today.headline(prescription, done),
        done,
        asks: Measures::default(),
    })
}

/// The outcome measures a session asks, decided from the history.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Measures {
    /// Whether the prescription's activities are rated before the first hold.
    pub activities: bool,
    /// The phase whose global impression of change is asked after the last hold.
    pub change_of: Option<u8>,
}

impl Course {
    /// What this session asks of `routine`'s prescription, given the person's sessions that
    /// asked a measure (`measured`) and when this programme week began (`week_began`).
    ///
    /// The activities are rated at the first session and at the first session of each
    /// programme week (before the start and after the end: only if never rated). The global
    /// impression of change closes each phase once: at the session that reaches the phase's
    /// last week's `per_week` (its first session, without `per_week`), or, when that week
    /// ended short of it, at the next session, about the phase just ended; after the
    /// programme's end, about its last phase.
    ///
    /// A phase the person did no session in is not asked about afterwards: there is no
    /// change of theirs to impress.
    pub fn measures(
        &self,
        p: &Prescription,
        (measured, starts): (&[Measured], &[Started]),
        routine: (&str, &str),
        (week_began, tz): (Option<Timestamp>, &jiff::tz::TimeZone),
    ) -> Measures {
        let (path, name) = routine;
        let did_some = |phase: usize| {
            let weeks = p.weeks_of(phase);
            let from = p.week_start(*weeks.start());
            let to = p
                .week_start(*weeks.end())
                .checked_add(7.days())
                .unwrap_or(from);
            starts.iter().any(|s| {
                let day = s.at.to_zoned(tz.clone()).date();
                (s.routine_path == path || s.routine_name == name) && day >= from && day < to
            })
        };
        let mine: Vec<&Measured> = measured
            .iter()
            .filter(|m| m.routine_path == path || m.routine_name == name)
            .collect();
        let activities = !p.activities.is_empty()
            && match week_began {
                Some(began) => !mine.iter().any(|m| m.activities && m.at >= began),
                None => !mine.iter().any(|m| m.activities),
            };
        let asked = |phase: usize| {
            mine.iter()
                .any(|m| m.change_phase.is_some_and(|c| usize::from(c) == phase))
        };
        let phase = self.today.phase;
        let change_of = match self.today.when {
            _ if !p.pgic => None,
            When::Week(week) => {
                let last_week = *p.weeks_of(phase).end() == week;
                let aim = u32::from(p.per_week.unwrap_or(1));
                if last_week && self.done.unwrap_or(0) + 1 >= aim && !asked(phase) {
                    Some(phase)
                } else if phase > 1 && !asked(phase - 1) && did_some(phase - 1) {
                    Some(phase - 1)
                } else {
                    None
                }
            }
            When::After { .. } => {
                let last = p.phases.len();
                (!asked(last) && did_some(last)).then_some(last)
            }
            When::Before { .. } => None,
        };
        Measures {
            activities,
            change_of: change_of.and_then(|c| u8::try_from(c).ok()),
        }
    }
}

/// Sessions started in the prescription's `week` (its days run from the start's weekday),
/// in the person's time zone.
fn sessions_in_week(
    p: &Prescription,
    week: u8,
    starts: &[Started],
    path: &str,
    routine: &Routine,
    now: &Zoned,
) -> u32 {
    let tz = now.time_zone().clone();
    let first = p.week_start(week);
    let midnight = |day: jiff::civil::Date| day.to_zoned(tz.clone()).map(|z| z.timestamp());
    let (Ok(from), Ok(to)) = (
        midnight(first),
        midnight(first.checked_add(7.days()).unwrap_or(first)),
    ) else {
        return 0;
    };
    let in_week = |at: Timestamp| at >= from && at < to;
    let count = starts
        .iter()
        .filter(|s| (s.routine_path == path || s.routine_name == routine.name) && in_week(s.at))
        .count();
    u32::try_from(count).unwrap_or(u32::MAX)
}

/// Whether the stop rules are asked before this session: there are some, and the routine
/// file as it is now was never answered, or its last answer was a yes, or it was answered
/// before this programme week began (`week_began`): a clinician asks again each week, since
/// what was true last week may not be now.
pub fn must_ask(
    prescription: &Prescription,
    last: Option<(Screening, Timestamp)>,
    week_began: Option<Timestamp>,
) -> bool {
    !prescription.stop_if.is_empty()
        && last.is_none_or(|(answer, at)| answer.is_yes() || week_began.is_some_and(|w| at < w))
}

/// When this programme week began on the person's clock, for a session inside the
/// programme's weeks.
pub fn week_began(prescription: &Prescription, today: Today, now: &Zoned) -> Option<Timestamp> {
    let When::Week(week) = today.when else {
        return None;
    };
    prescription
        .week_start(week)
        .to_zoned(now.time_zone().clone())
        .ok()
        .map(|z| z.timestamp())
}

/// The answers to the stop rules: the lines answered yes, and what the person chose.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answers {
    /// No, stopped, or went on anyway.
    pub screening: Screening,
    /// Each line of `stop_if` answered yes, as the prescription words it.
    pub yes_to: Vec<String>,
}

/// How the answers are typed: single keys at a terminal, lines otherwise.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Typing {
    /// One key, no Enter.
    Keys,
    /// A line, ended by Enter.
    Lines,
}

/// Asks about each stop rule on its own, as a clinician would; `read` gives the next
/// answer's first character, `None` when there is none (end of input, Esc). The answers, or
/// `None` when the person left without them, in which case the session does not start and
/// nothing is kept.
pub fn ask(
    prescription: &Prescription,
    typing: Typing,
    out: &mut dyn Write,
    mut read: impl FnMut() -> io::Result<Option<char>>,
) -> io::Result<Option<Answers>> {
    let who = prescription
        .by
        .clone()
        .unwrap_or_else(|| t!("rules-your-therapist"));
    writeln!(out, "{}", t!("rules-before", who = who.as_str()))?;
    let lines = if typing == Typing::Lines {
        "lines"
    } else {
        "keys"
    };
    let mut yes_to = Vec::new();
    for reason in &prescription.stop_if {
        write!(
            out,
            "  {} ",
            t!("rules-ask", rule = capitalised(reason), typing = lines)
        )?;
        out.flush()?;
        loop {
            // y and n, or the language's own first letters of yes and no (j, s, o).
            let yes = t!("answer-yes-key").chars().next().unwrap_or('y');
            let no = t!("answer-no-key").chars().next().unwrap_or('n');
            match read()?.map(|c| c.to_lowercase().next().unwrap_or(c)) {
                Some(c) if c == 'n' || c == no => {
                    writeln!(out, "n")?;
                    break;
                }
                Some(c) if c == 'y' || c == yes => {
                    writeln!(out, "y")?;
                    yes_to.push(reason.clone());
                    break;
                }
                None | Some('q') => {
                    writeln!(out)?;
                    return Ok(None);
                }
                Some(_) => {
                    write!(out, "\n  {} ", t!("rules-please", typing = lines))?;
                    out.flush()?;
                }
            }
        }
    }
    if yes_to.is_empty() {
        return Ok(Some(Answers {
            screening: Screening::No,
            yes_to,
        }));
    }
    writeln!(out, "{}", t!("rules-then-stop", who = who.as_str()))?;
    write!(out, "{} ", t!("rules-start-anyway", typing = lines))?;
    out.flush()?;
    let went_on = read()?.is_some_and(|c| c.eq_ignore_ascii_case(&'s'));
    writeln!(out, "{}", if went_on { "s" } else { "" })?;
    let screening = if went_on {
        Screening::YesWentOn
    } else {
        Screening::YesStopped
    };
    Ok(Some(Answers { screening, yes_to }))
}

/// "Numbness or tingling" as a question starts it.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |c| {
        c.to_uppercase().chain(chars).collect::<String>()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;
    use jiff::tz::TimeZone;

    fn routine() -> Routine {
        let text = std::fs::read_to_string("tests/fixtures/prescription.toml").expect("fixture");
        crate::routine::parse(&text).routine.expect("valid")
    }

    fn at(text: &str) -> Timestamp {
        text.parse().expect("timestamp")
    }

    fn started(path: &str, when: &str) -> Started {
        Started {
            routine_name: "other".into(),
            routine_path: path.into(),
            at: at(when),
        }
    }

    #[test]
    fn the_course_counts_this_prescription_weeks_sessions_in_local_time() {
        // Wednesday 2026-11-18 in Berlin: week 3 (Monday 16th to Sunday 22nd).
        let now = date(2026, 11, 18)
            .at(9, 0, 0, 0)
            .to_zoned(TimeZone::get("Europe/Berlin").expect("tz"))
            .expect("zoned");
        let starts = [
            started("p.toml", "2026-11-15T22:59:00Z"), // Sunday 23:59 in Berlin: week 2
            started("p.toml", "2026-11-15T23:01:00Z"),
            started("p.toml", "2026-11-17T18:00:00Z"),
            started("elsewhere.toml", "2026-11-17T19:00:00Z"),
        ];
        let course = course(&routine(), "p.toml", &starts, &now).expect("prescribed");
        assert_eq!((course.today.week, course.today.phase), (3, 2));
        assert_eq!(
            course.headline,
            "Week 3 of 6 · phase 2 of 3 · 2 of 4 sessions this week"
        );
        let r = routine();
        let kept = course.programme(
            r.prescription.as_ref().expect("prescribed"),
            Some(Screening::No),
        );
        assert_eq!(
            (
                kept.week,
                kept.phase,
                kept.screening,
                kept.start,
                kept.weeks
            ),
            (
                Some(3),
                Some(2),
                Some(Screening::No),
                Some(date(2026, 11, 2)),
                Some(6)
            )
        );
        assert_eq!(
            (kept.by.as_deref(), kept.client.as_deref()),
            (Some("J. Ortiz, PT"), Some("maria"))
        );
    }

    #[test]
    fn the_rules_are_asked_each_week_until_a_no_for_this_file() {
        let r = routine();
        let p = r.prescription.as_ref().expect("prescribed");
        let monday = at("2026-11-16T00:00:00Z");
        let tuesday = at("2026-11-17T09:00:00Z");
        let last_week = at("2026-11-13T09:00:00Z");
        assert!(must_ask(p, None, Some(monday)));
        assert!(must_ask(
            p,
            Some((Screening::YesWentOn, tuesday)),
            Some(monday)
        ));
        assert!(must_ask(
            p,
            Some((Screening::YesStopped, tuesday)),
            Some(monday)
        ));
        assert!(!must_ask(p, Some((Screening::No, tuesday)), Some(monday)));
        assert!(
            must_ask(p, Some((Screening::No, last_week)), Some(monday)),
            "a no from last week is asked again"
        );
        assert!(!must_ask(p, Some((Screening::No, last_week)), None));
        let none = Prescription {
            stop_if: vec![],
            ..p.clone()
        };
        assert!(!must_ask(&none, None, Some(monday)));
    }

    fn measured(at_text: &str, activities: bool, change_phase: Option<u8>) -> Measured {
        Measured {
            routine_name: "other".into(),
            routine_path: "p.toml".into(),
            at: at(at_text),
            activities,
            change_phase,
        }
    }

    /// What a session on `day` asks, with `done` sessions before it that week.
    fn measures_on(day: jiff::civil::Date, done: u32, history: &[Measured]) -> Measures {
        let mut r = routine();
        let p = r.prescription.as_mut().expect("prescribed");
        p.activities = vec!["turning my head while driving".into()];
        p.pgic = true;
        let now = day.at(9, 0, 0, 0).to_zoned(TimeZone::UTC).expect("zoned");
        let course = Course {
            today: p.on(day),
            headline: String::new(),
            done: Some(done),
            asks: Measures::default(),
        };
        let began = week_began(p, course.today, &now);
        // A session on every day of the programme so far: each phase was done.
        let starts: Vec<Started> = (0..60)
            .map(|n| Started {
                routine_name: "n".into(),
                routine_path: "p.toml".into(),
                at: date(2026, 11, 2)
                    .checked_add(n.days())
                    .expect("a day")
                    .at(8, 0, 0, 0)
                    .to_zoned(TimeZone::UTC)
                    .expect("zoned")
                    .timestamp(),
            })
            .filter(|s| s.at < now.timestamp())
            .collect();
        course.measures(
            p,
            (history, &starts),
            ("p.toml", "n"),
            (began, &TimeZone::UTC),
        )
    }

    #[test]
    fn activities_are_rated_once_a_programme_week_and_the_change_closes_each_phase() {
        // Phases: weeks 1-2, 3-4, 5-6; 4 sessions a week; Monday 2026-11-02 is day 1.
        let first = measures_on(date(2026, 11, 2), 0, &[]);
        assert_eq!(
            first,
            Measures {
                activities: true,
                change_of: None
            },
            "the first session rates the activities"
        );
        let monday = [measured("2026-11-02T09:00:00Z", true, None)];
        assert!(!measures_on(date(2026, 11, 4), 1, &monday).activities);
        assert!(
            measures_on(date(2026, 11, 9), 0, &monday).activities,
            "week 2's first session rates them again"
        );
        assert_eq!(
            measures_on(date(2026, 11, 12), 3, &monday).change_of,
            Some(1),
            "the 4th session of phase 1's last week closes it"
        );
        assert_eq!(measures_on(date(2026, 11, 12), 2, &monday).change_of, None);
        assert_eq!(
            measures_on(date(2026, 11, 17), 0, &monday).change_of,
            Some(1),
            "phase 1 ended short of its sessions: asked at the next one"
        );
        let closed = [
            measured("2026-11-02T09:00:00Z", true, None),
            measured("2026-11-16T09:00:00Z", true, Some(1)),
        ];
        assert_eq!(measures_on(date(2026, 11, 17), 1, &closed).change_of, None);
        assert_eq!(
            measures_on(date(2026, 11, 26), 3, &closed).change_of,
            Some(2)
        );
        assert_eq!(
            measures_on(date(2026, 12, 20), 0, &closed).change_of,
            Some(3),
            "after the end: the last phase, which is the programme's"
        );
        assert!(
            !measures_on(date(2026, 12, 20), 0, &closed).activities,
            "after the end, only if never rated"
        );
        let mut r = routine();
        let p = r.prescription.as_mut().expect("prescribed");
        let course = Course {
            today: p.on(date(2026, 11, 12)),
            headline: String::new(),
            done: Some(3),
            asks: Measures::default(),
        };
        assert_eq!(
            course.measures(p, (&[], &[]), ("p.toml", "n"), (None, &TimeZone::UTC)),
            Measures::default(),
            "a prescription without activities or pgic asks neither"
        );
    }

    #[test]
    fn a_phase_with_no_session_is_not_asked_about() {
        let mut r = routine();
        let p = r.prescription.as_mut().expect("prescribed");
        p.pgic = true;
        // Week 3 (phase 2), the first session ever: nothing was done in phase 1.
        let day = date(2026, 11, 17);
        let course = Course {
            today: p.on(day),
            headline: String::new(),
            done: Some(0),
            asks: Measures::default(),
        };
        let asks = course.measures(p, (&[], &[]), ("p.toml", "n"), (None, &TimeZone::UTC));
        assert_eq!(asks.change_of, None);
        let once = [Started {
            routine_name: "n".into(),
            routine_path: "p.toml".into(),
            at: at("2026-11-05T09:00:00Z"),
        }];
        let asks = course.measures(p, (&[], &once), ("p.toml", "n"), (None, &TimeZone::UTC));
        assert_eq!(asks.change_of, Some(1), "one session in phase 1 is enough");
    }

    #[test]
    fn a_week_begins_at_midnight_on_the_persons_clock() {
        let r = routine();
        let p = r.prescription.as_ref().expect("prescribed");
        let now = date(2026, 11, 18)
            .at(9, 0, 0, 0)
            .to_zoned(TimeZone::fixed(jiff::tz::offset(1)))
            .expect("zoned");
        let today = p.on(now.date());
        assert_eq!(
            week_began(p, today, &now),
            Some(at("2026-11-15T23:00:00Z")),
            "Monday 16th, 00:00 at UTC+1"
        );
        let before = date(2026, 10, 30)
            .at(9, 0, 0, 0)
            .to_zoned(TimeZone::UTC)
            .expect("zoned");
        assert_eq!(week_began(p, p.on(before.date()), &before), None);
    }

    fn answers(keys: &str) -> (Option<Answers>, String) {
        let r = routine();
        let mut keys = keys.chars();
        let mut out = Vec::new();
        let answer = ask(
            r.prescription.as_ref().expect("prescribed"),
            Typing::Lines,
            &mut out,
            || Ok(keys.next()),
        )
        .expect("asks");
        (answer, String::from_utf8(out).expect("utf-8"))
    }

    fn screening(keys: &str) -> Option<Screening> {
        answers(keys).0.map(|a| a.screening)
    }

    #[test]
    fn each_rule_is_asked_on_its_own_and_a_yes_advises_stopping() {
        let (answer, said) = answers("nn");
        assert_eq!(
            answer,
            Some(Answers {
                screening: Screening::No,
                yes_to: vec![]
            })
        );
        assert!(
            said.starts_with(
                "Before you start: J. Ortiz, PT asked you to stop and get in touch if any of \
                 these is true today.\n  Numbness or tingling in the arm or hand? Type y or n \
                 and Enter: n\n  Pain that stays above 7 after the session? Type y or n and \
                 Enter: n\n"
            ),
            "{said}"
        );
        assert!(!said.contains("Then stop"));
        let (answer, said) = answers("nyx");
        assert_eq!(
            answer,
            Some(Answers {
                screening: Screening::YesStopped,
                yes_to: vec!["pain that stays above 7 after the session".into()]
            })
        );
        assert!(said.contains("Then stop here and contact J. Ortiz, PT before you go on"));
        assert_eq!(screening("Yns"), Some(Screening::YesWentOn));
        let (answer, said) = answers("?nn");
        assert_eq!(answer.map(|a| a.screening), Some(Screening::No));
        assert!(said.contains("Please type y or n and Enter"));
        assert_eq!(screening(""), None, "no answer: no session, nothing kept");
        assert_eq!(screening("n"), None, "half the answers: no session either");
    }
}
