//! A home programme: the routine run for a number of weeks from a start date, progressing in
//! phases (longer holds from week 3), with the reasons to stop that the therapist wrote.
//!
//! Which week it is depends on the day, which the caller passes in: the core reads no clock.

use std::fmt::Write as _;
use std::ops::RangeInclusive;
use std::time::Duration;

use jiff::ToSpan as _;
use jiff::civil::Date;

use super::{Routine, duration};
use crate::{lang, t};

/// A prescription, as `[prescription]` in a routine file sets it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prescription {
    /// Who it is for: a pseudonym.
    pub client: Option<String>,
    /// Who prescribed it.
    pub by: Option<String>,
    /// The first day of week 1.
    pub start: Date,
    /// How many weeks it runs; at least 1.
    pub weeks: u8,
    /// Sessions a week, if set.
    pub per_week: Option<u8>,
    /// Reasons to stop and contact the therapist.
    pub stop_if: Vec<String>,
    /// Activities the client finds hard, rated 0 (unable) to 10 (as before the problem) at
    /// the first session and the first of each programme week: a Patient-Specific Functional
    /// Scale.
    pub activities: Vec<String>,
    /// Whether the Patient Global Impression of Change is asked at the last session of each
    /// phase and of the programme.
    pub pgic: bool,
    /// The phases in order of their first week; the first starts in week 1.
    pub phases: Vec<Phase>,
}

/// A stretch of weeks in which the routine runs with the same changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phase {
    /// Its first week.
    pub from_week: u8,
    /// What it changes in the routine as written, applied in order; empty for the routine
    /// as written.
    pub changes: Vec<Change>,
}

/// New values for some or all steps. Changes do not add up across phases: each phase
/// starts again from the routine as written.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Change {
    /// The hold.
    pub hold: Option<Duration>,
    /// The rest.
    pub rest: Option<Duration>,
    /// The get-ready time.
    pub prepare: Option<Duration>,
    /// Holds per side.
    pub reps: Option<u8>,
    /// The steps it applies to, counted from 0; `None` for every step.
    pub steps: Option<Vec<usize>>,
}

/// Where a day falls in a prescription.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    /// Before the start, by this many days; the session runs week 1.
    Before {
        /// Days until the start, at least 1.
        days: i32,
    },
    /// In this week, from 1.
    Week(u8),
    /// After the end, by this many days; the session runs the last week.
    After {
        /// Days since the last day, at least 1.
        days: i32,
    },
}

/// What a session on a given day follows: where the day falls, and the week and phase it
/// runs (the nearest ones outside the programme's weeks).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Today {
    /// Where the day falls.
    pub when: When,
    /// The week whose values the session uses.
    pub week: u8,
    /// That week's phase, from 1.
    pub phase: usize,
}

impl Prescription {
    /// The last day of the last week.
    pub fn end(&self) -> Date {
        self.week_start(self.weeks)
            .checked_add(6.days())
            .unwrap_or(Date::MAX)
    }

    /// The first day of `week` (from 1).
    pub fn week_start(&self, week: u8) -> Date {
        let days = (i32::from(week) - 1) * 7;
        self.start.checked_add(days.days()).unwrap_or(Date::MAX)
    }

    /// Where `day` falls, and what a session that day runs.
    pub fn on(&self, day: Date) -> Today {
        let since_start = self.start.until(day).map_or(0, |span| span.get_days());
        let when = if since_start < 0 {
            When::Before { days: -since_start }
        } else if since_start >= i32::from(self.weeks) * 7 {
            When::After {
                days: since_start - i32::from(self.weeks) * 7 + 1,
            }
        } else {
            When::Week(u8::try_from(since_start / 7 + 1).unwrap_or(self.weeks))
        };
        let week = match when {
            When::Before { .. } => 1,
            When::Week(week) => week,
            When::After { .. } => self.weeks,
        };
        Today {
            when,
            week,
            phase: self.phase_of(week),
        }
    }

    /// The phase (from 1) that `week` is in.
    pub fn phase_of(&self, week: u8) -> usize {
        self.phases
            .iter()
            .rposition(|p| p.from_week <= week)
            .map_or(1, |i| i + 1)
    }

    /// The weeks of phase `number` (from 1).
    pub fn weeks_of(&self, number: usize) -> RangeInclusive<u8> {
        let index = number.saturating_sub(1);
        let from = self.phases.get(index).map_or(1, |p| p.from_week);
        let to = self
            .phases
            .get(index + 1)
            .map_or(self.weeks, |next| next.from_week - 1);
        from..=to
    }
}

impl Routine {
    /// The routine as a session on `day` runs it: its prescription's phase that day (the
    /// first before the start, the last after the end), else as written.
    #[must_use]
    pub fn today(&self, day: Date) -> Routine {
        match &self.prescription {
            Some(p) => self.in_phase(p.on(day).phase),
            None => self.clone(),
        }
    }

    /// The routine as phase `number` (from 1) of its prescription runs it; the routine as
    /// written when it has no prescription or no such phase.
    #[must_use]
    pub fn in_phase(&self, number: usize) -> Routine {
        let mut routine = self.clone();
        let Some(phase) = self
            .prescription
            .as_ref()
            .and_then(|p| p.phases.get(number.wrapping_sub(1)))
        else {
            return routine;
        };
        for change in &phase.changes {
            for (index, step) in routine.steps.iter_mut().enumerate() {
                if change.steps.as_ref().is_some_and(|s| !s.contains(&index)) {
                    continue;
                }
                step.hold = change.hold.unwrap_or(step.hold);
                step.rest = change.rest.unwrap_or(step.rest);
                if let Some(prepare) = change.prepare {
                    step.prepare = prepare;
                    step.prepare_set = true;
                }
                step.reps = change.reps.unwrap_or(step.reps);
            }
        }
        routine
    }
}

impl Routine {
    /// The plan, phase by phase, for `knead check`: one line for the programme, one per
    /// phase with what it changes and what a session then takes, under it each step's hold,
    /// rest and reps in that phase (a step whose hold is shorter than in the phase before is
    /// marked: phases change the routine as written, not the phase before), and the stop
    /// rules. Empty without a prescription.
    pub fn plan(&self) -> Vec<String> {
        let Some(p) = &self.prescription else {
            return Vec::new();
        };
        let day = |d: Date| format!("{} {}", lang::weekday(d), lang::date(d));
        let mut head = vec![t!(
            "plan-weeks",
            weeks = p.weeks,
            start = day(p.start),
            end = day(p.end())
        )];
        if let Some(aim) = p.per_week {
            head.push(t!("plan-per-week", sessions = aim));
        }
        head.extend(p.by.iter().map(|by| t!("plan-by", by = by.as_str())));
        head.extend(
            p.client
                .iter()
                .map(|client| t!("plan-for", client = client.as_str())),
        );
        let mut lines = vec![t!("plan-prescription", head = head.join(", "))];
        for (index, phase) in p.phases.iter().enumerate() {
            let number = index + 1;
            let weeks = p.weeks_of(number);
            let span = if weeks.start() == weeks.end() {
                t!("plan-week", week = *weeks.start())
            } else {
                t!(
                    "plan-weeks-from-to",
                    first = *weeks.start(),
                    last = *weeks.end()
                )
            };
            let changes = if phase.changes.is_empty() {
                t!("plan-as-written")
            } else {
                phase
                    .changes
                    .iter()
                    .map(Change::describe)
                    .collect::<Vec<_>>()
                    .join("; ")
            };
            let routine = self.in_phase(number);
            let phase_line = t!(
                "plan-phase",
                number = number,
                weeks = span,
                changes = changes,
                summary = routine.summary()
            );
            lines.push(format!("  {phase_line}"));
            let before = (number > 1).then(|| self.in_phase(number - 1));
            for (index, step) in routine.steps.iter().enumerate() {
                let mut line = format!(
                    "    {}",
                    t!(
                        "plan-step",
                        number = index + 1,
                        region = step.region.as_str(),
                        hold = duration::format(step.hold),
                        rest = duration::format(step.rest),
                        reps = step.reps
                    )
                );
                if let Some(earlier) = before.as_ref().map(|r| r.steps[index].hold)
                    && step.hold < earlier
                {
                    let shorter = t!(
                        "plan-shorter-hold",
                        phase = number - 1,
                        hold = duration::format(earlier)
                    );
                    let _ = write!(line, " ({shorter})");
                }
                lines.push(line);
            }
        }
        for reason in &p.stop_if {
            lines.push(format!(
                "  {}",
                t!("plan-stop-if", reason = reason.as_str())
            ));
        }
        if !p.activities.is_empty() {
            lines.push(format!("  {}", t!("plan-activities")));
            lines.extend(
                p.activities
                    .iter()
                    .enumerate()
                    .map(|(i, a)| format!("    {}. {a}", i + 1)),
            );
        }
        if p.pgic {
            lines.push(format!("  {}", t!("plan-pgic")));
        }
        lines
    }
}

impl Change {
    /// The first key both changes set for a step both apply to, with that step (from 0):
    /// two entries of one week that would each decide the same value.
    pub fn clash(&self, other: &Change, step_count: usize) -> Option<(&'static str, usize)> {
        let applies =
            |change: &Change, step: usize| change.steps.as_ref().is_none_or(|s| s.contains(&step));
        let step = (0..step_count).find(|&s| applies(self, s) && applies(other, s))?;
        let key = [
            ("hold", self.hold.is_some() && other.hold.is_some()),
            ("rest", self.rest.is_some() && other.rest.is_some()),
            ("prepare", self.prepare.is_some() && other.prepare.is_some()),
            ("reps", self.reps.is_some() && other.reps.is_some()),
        ]
        .into_iter()
        .find_map(|(key, both)| both.then_some(key))?;
        Some((key, step))
    }

    /// What it sets, for the plan: `hold 60s, reps 2 (steps 1, 2)`.
    pub fn describe(&self) -> String {
        let mut parts = Vec::new();
        for (name, value) in [
            ("hold", self.hold),
            ("rest", self.rest),
            ("prepare", self.prepare),
        ] {
            if let Some(value) = value {
                parts.push(format!("{name} {}", duration::format(value)));
            }
        }
        if let Some(reps) = self.reps {
            parts.push(format!("reps {reps}"));
        }
        let mut text = parts.join(", ");
        if let Some(steps) = &self.steps {
            let numbers: Vec<String> = steps.iter().map(|i| (i + 1).to_string()).collect();
            let steps = t!(
                "plan-change-steps",
                count = numbers.len(),
                steps = numbers.join(", ")
            );
            text = format!("{text} ({steps})");
        }
        text
    }
}

impl Today {
    /// One line for the overview: `Week 3 of 6 · phase 2 · 2 of 4 sessions this week`.
    /// `done` is the sessions already done this week, when known.
    pub fn headline(&self, prescription: &Prescription, done: Option<u32>) -> String {
        let weeks = prescription.weeks;
        let phase = if prescription.phases.len() > 1 {
            format!(
                " · {}",
                t!(
                    "headline-phase",
                    phase = self.phase,
                    phases = prescription.phases.len()
                )
            )
        } else {
            String::new()
        };
        match self.when {
            When::Week(week) => {
                let sessions = match (done, prescription.per_week) {
                    (Some(done), Some(aim)) => {
                        format!(" · {}", t!("headline-sessions-of", done = done, aim = aim))
                    }
                    (Some(done), None) => format!(" · {}", t!("headline-sessions", done = done)),
                    (None, _) => String::new(),
                };
                format!(
                    "{}{phase}{sessions}",
                    t!("headline-week", week = week, weeks = weeks)
                )
            }
            When::Before { days } => t!(
                "headline-before",
                start = crate::lang::date(prescription.start),
                days = days,
                phase = phase
            ),
            When::After { days } => t!(
                "headline-after",
                end = crate::lang::date(prescription.end()),
                days = days,
                weeks = weeks,
                phase = phase
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    /// Six weeks from Monday 2026-11-02, holds of 60 s from week 3 and reps 2 on step 1 from
    /// week 5.
    fn six_weeks() -> Prescription {
        Prescription {
            client: None,
            by: None,
            start: date(2026, 11, 2),
            weeks: 6,
            per_week: Some(4),
            stop_if: vec![],
            activities: vec![],
            pgic: false,
            phases: vec![
                Phase {
                    from_week: 1,
                    changes: vec![],
                },
                Phase {
                    from_week: 3,
                    changes: vec![Change {
                        hold: Some(Duration::from_mins(1)),
                        ..Change::default()
                    }],
                },
                Phase {
                    from_week: 5,
                    changes: vec![Change {
                        reps: Some(2),
                        steps: Some(vec![0]),
                        ..Change::default()
                    }],
                },
            ],
        }
    }

    #[test]
    fn a_day_falls_in_its_week_and_phase() {
        let p = six_weeks();
        let on = |y, m, d| p.on(date(y, m, d));
        assert_eq!(on(2026, 11, 2).when, When::Week(1));
        assert_eq!(on(2026, 11, 8).when, When::Week(1), "Sunday ends week 1");
        assert_eq!(on(2026, 11, 9).when, When::Week(2));
        let third = on(2026, 11, 16);
        assert_eq!((third.when, third.week, third.phase), (When::Week(3), 3, 2));
        assert_eq!(on(2026, 11, 30).phase, 3);
        assert_eq!(on(2026, 12, 13).when, When::Week(6));
        assert_eq!(p.end(), date(2026, 12, 13));
    }

    #[test]
    fn before_and_after_run_the_nearest_phase() {
        let p = six_weeks();
        let before = p.on(date(2026, 10, 30));
        assert_eq!(
            (before.when, before.week, before.phase),
            (When::Before { days: 3 }, 1, 1)
        );
        let after = p.on(date(2026, 12, 14));
        assert_eq!(
            (after.when, after.week, after.phase),
            (When::After { days: 1 }, 6, 3)
        );
        assert_eq!(
            after.headline(&p, Some(0)),
            "Ended 2026-12-13 (1 day ago) · this session follows week 6 · phase 3 of 3"
        );
        assert_eq!(
            before.headline(&p, None),
            "Starts 2026-11-02 (in 3 days) · this session follows week 1 · phase 1 of 3"
        );
    }

    #[test]
    fn the_headline_counts_this_weeks_sessions_against_the_aim() {
        let p = six_weeks();
        let today = p.on(date(2026, 11, 18));
        assert_eq!(
            today.headline(&p, Some(2)),
            "Week 3 of 6 · phase 2 of 3 · 2 of 4 sessions this week"
        );
        let plain = Prescription {
            phases: vec![p.phases[0].clone()],
            per_week: None,
            ..p
        };
        assert_eq!(
            today.headline(&plain, Some(1)),
            "Week 3 of 6 · 1 session this week"
        );
    }

    #[test]
    fn phases_span_the_weeks_up_to_the_next() {
        let p = six_weeks();
        assert_eq!(p.weeks_of(1), 1..=2);
        assert_eq!(p.weeks_of(2), 3..=4);
        assert_eq!(p.weeks_of(3), 5..=6);
        assert_eq!(p.phase_of(4), 2);
    }

    #[test]
    fn changes_apply_to_the_routine_as_written_not_on_top_of_each_other() {
        let text = "name = \"n\"\n[defaults]\ntool = \"ball\"\nhold = \"45s\"\n\
                    [[step]]\nregion = \"calf\"\n[[step]]\nregion = \"quad\"\n";
        let mut routine = super::super::parse(text).routine.expect("valid");
        routine.prescription = Some(six_weeks());
        let holds = |r: &Routine| {
            r.steps
                .iter()
                .map(|s| (s.hold.as_secs(), s.reps))
                .collect::<Vec<_>>()
        };
        assert_eq!(holds(&routine.in_phase(1)), vec![(45, 1), (45, 1)]);
        assert_eq!(holds(&routine.in_phase(2)), vec![(60, 1), (60, 1)]);
        assert_eq!(holds(&routine.in_phase(3)), vec![(45, 2), (45, 1)]);
        assert_eq!(holds(&routine.in_phase(9)), holds(&routine));
    }

    #[test]
    fn the_plan_lists_every_phase_with_what_a_session_takes() {
        let text = "name = \"n\"\n[defaults]\ntool = \"ball\"\nhold = \"45s\"\nrest = 0\nprepare = 0\n\
                    [[step]]\nregion = \"calf\"\n[[step]]\nregion = \"quad\"\n";
        let mut routine = super::super::parse(text).routine.expect("valid");
        assert!(routine.plan().is_empty());
        routine.prescription = Some(Prescription {
            by: Some("J. Ortiz, PT".into()),
            stop_if: vec!["numbness".into()],
            ..six_weeks()
        });
        assert_eq!(
            routine.plan(),
            vec![
                "prescription: 6 weeks from Mon 2026-11-02 to Sun 2026-12-13, 4 sessions a week, by J. Ortiz, PT",
                "  phase 1, weeks 1-2: as written · 2 steps, 2 holds, 1m30s",
                "    step 1 calf: hold 45s, rest 0s, 1 rep",
                "    step 2 quad: hold 45s, rest 0s, 1 rep",
                "  phase 2, weeks 3-4: hold 1m · 2 steps, 2 holds, 2m",
                "    step 1 calf: hold 1m, rest 0s, 1 rep",
                "    step 2 quad: hold 1m, rest 0s, 1 rep",
                "  phase 3, weeks 5-6: reps 2 (step 1) · 2 steps, 3 holds, 2m15s",
                "    step 1 calf: hold 45s, rest 0s, 2 reps (shorter than phase 2's 1m: this phase does not set its hold)",
                "    step 2 quad: hold 45s, rest 0s, 1 rep (shorter than phase 2's 1m: this phase does not set its hold)",
                "  stop if: numbness",
            ]
        );
    }

    #[test]
    fn a_change_says_what_it_sets() {
        let change = Change {
            hold: Some(Duration::from_secs(90)),
            reps: Some(2),
            steps: Some(vec![0, 2]),
            ..Change::default()
        };
        assert_eq!(change.describe(), "hold 1m30s, reps 2 (steps 1, 3)");
    }
}
