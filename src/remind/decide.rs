//! What a nudge does when the scheduler runs it: remind, or stay quiet and say why. Pure:
//! the clock, the pause, the history and the settings are passed in.

use jiff::{SignedDuration, Timestamp, Zoned};
use knead_core::t;

use super::schedule::{Quiet, Reminder};

/// A routine done this recently needs no reminder.
pub const DONE_WITHIN: SignedDuration = SignedDuration::from_hours(3);

/// A scheduler that runs a nudge this long after its time (a laptop waking up, a missed run
/// caught up) is too late: the moment has passed, and a burst of old reminders is what
/// people hate most in break timers.
pub const LATE_AFTER: SignedDuration = SignedDuration::from_mins(15);

/// How long "In 10 minutes" waits.
pub const SNOOZE: SignedDuration = SignedDuration::from_mins(10);

/// What a nudge knows when it decides.
#[derive(Debug, Clone)]
pub struct Facts<'a> {
    /// Now, in the person's time zone.
    pub now: Zoned,
    /// The reminder being run.
    pub reminder: &'a Reminder,
    /// Reminders are paused until then.
    pub paused_until: Option<Timestamp>,
    /// When the routine was last started.
    pub last_done: Option<Timestamp>,
    /// Hours without reminders.
    pub quiet: Option<Quiet>,
    /// A snoozed reminder coming back: it is late by design.
    pub snoozed: bool,
}

/// The decision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    /// Show the reminder.
    Remind,
    /// Reminders are paused.
    Paused {
        /// Until when.
        until: Timestamp,
    },
    /// The routine was done a short while ago.
    DoneRecently {
        /// When it was started.
        at: Timestamp,
    },
    /// It is quiet hours.
    QuietHours(Quiet),
    /// The scheduler ran this long after the reminder's time.
    TooLate {
        /// How late.
        by: SignedDuration,
    },
}

/// Decides what a nudge does.
pub fn decide(facts: &Facts<'_>) -> Decision {
    let now = facts.now.timestamp();
    if let Some(until) = facts.paused_until.filter(|&until| until > now) {
        return Decision::Paused { until };
    }
    if let Some(at) = facts
        .last_done
        .filter(|&at| now.duration_since(at) < DONE_WITHIN)
    {
        return Decision::DoneRecently { at };
    }
    if let Some(quiet) = facts.quiet.filter(|q| q.contains(facts.now.time())) {
        return Decision::QuietHours(quiet);
    }
    if !facts.snoozed
        && let Some(by) = lateness(facts.reminder, &facts.now).filter(|&by| by > LATE_AFTER)
    {
        return Decision::TooLate { by };
    }
    Decision::Remind
}

/// How long ago the reminder's latest time before `now` was (within the last week).
fn lateness(reminder: &Reminder, now: &Zoned) -> Option<SignedDuration> {
    let week_ago = now.datetime().checked_sub(jiff::Span::new().days(7)).ok()?;
    let mut latest = None;
    let mut at = week_ago;
    while let Some(next) = reminder.next_after(at).filter(|&n| n <= now.datetime()) {
        latest = Some(next);
        at = next;
    }
    let latest = latest?.to_zoned(now.time_zone().clone()).ok()?;
    Some(now.duration_since(&latest))
}

impl Decision {
    /// Why a nudge stayed quiet, for the log and a person who runs it by hand.
    pub fn reason(&self, now: &Zoned) -> Option<String> {
        let local = |t: Timestamp| {
            t.to_zoned(now.time_zone().clone())
                .strftime("%H:%M")
                .to_string()
        };
        match self {
            Decision::Remind => None,
            Decision::Paused { until } => Some(t!("remind-skip-paused", until = local(*until))),
            Decision::DoneRecently { at } => Some(t!(
                "remind-skip-done",
                at = local(*at),
                hours = DONE_WITHIN.as_hours()
            )),
            Decision::QuietHours(quiet) => Some(t!("remind-skip-quiet", quiet = quiet.to_string())),
            Decision::TooLate { by } => Some(t!(
                "remind-skip-late",
                minutes = by.as_mins(),
                most = LATE_AFTER.as_mins()
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::remind::schedule::{Days, parse_times};
    use jiff::civil::date;
    use jiff::tz::TimeZone;

    fn reminder() -> Reminder {
        Reminder {
            routine: "desk-neck".into(),
            at: parse_times(["11:00", "15:30"]).expect("times"),
            days: Days::parse("mon-fri").expect("days"),
        }
    }

    /// Friday 2026-12-04 at `h:m` in Berlin.
    fn at(h: i8, m: i8) -> Zoned {
        date(2026, 12, 4)
            .at(h, m, 0, 0)
            .to_zoned(TimeZone::get("Europe/Berlin").expect("tz"))
            .expect("zoned")
    }

    fn facts(reminder: &Reminder, now: Zoned) -> Facts<'_> {
        Facts {
            now,
            reminder,
            paused_until: None,
            last_done: None,
            quiet: None,
            snoozed: false,
        }
    }

    #[test]
    fn on_time_and_nothing_in_the_way_it_reminds() {
        let r = reminder();
        assert_eq!(decide(&facts(&r, at(11, 0))), Decision::Remind);
        assert_eq!(decide(&facts(&r, at(11, 14))), Decision::Remind);
    }

    #[test]
    fn a_pause_keeps_it_quiet_until_it_runs_out() {
        let r = reminder();
        let until = at(12, 0).timestamp();
        let paused = Facts {
            paused_until: Some(until),
            ..facts(&r, at(11, 0))
        };
        assert_eq!(decide(&paused), Decision::Paused { until });
        let over = Facts {
            paused_until: Some(at(10, 0).timestamp()),
            ..facts(&r, at(11, 0))
        };
        assert_eq!(decide(&over), Decision::Remind, "a pause that ended");
    }

    #[test]
    fn a_routine_done_in_the_last_three_hours_is_not_reminded() {
        let r = reminder();
        let done = at(8, 30).timestamp();
        let recent = Facts {
            last_done: Some(done),
            ..facts(&r, at(11, 0))
        };
        assert_eq!(decide(&recent), Decision::DoneRecently { at: done });
        let earlier = Facts {
            last_done: Some(at(7, 59).timestamp()),
            ..facts(&r, at(11, 0))
        };
        assert_eq!(decide(&earlier), Decision::Remind, "3 h 1 min ago");
    }

    #[test]
    fn quiet_hours_win_over_the_schedule() {
        let r = reminder();
        let quiet = Quiet::parse("10:30-11:30").expect("quiet");
        let lunch = Facts {
            quiet: Some(quiet),
            ..facts(&r, at(11, 0))
        };
        assert_eq!(decide(&lunch), Decision::QuietHours(quiet));
        let after = Facts {
            quiet: Some(quiet),
            ..facts(&r, at(15, 30))
        };
        assert_eq!(decide(&after), Decision::Remind);
    }

    #[test]
    fn a_reminder_run_long_after_its_time_is_dropped_unless_it_was_snoozed() {
        let r = reminder();
        // Woken up at 13:00: the 11:00 reminder is two hours late.
        let woke = facts(&r, at(13, 0));
        assert_eq!(
            decide(&woke),
            Decision::TooLate {
                by: SignedDuration::from_hours(2)
            }
        );
        let snoozed = Facts {
            snoozed: true,
            ..facts(&r, at(11, 20))
        };
        assert_eq!(decide(&snoozed), Decision::Remind);
        // Monday morning, after Friday's 15:30: late by days.
        let monday = date(2026, 12, 7)
            .at(9, 0, 0, 0)
            .to_zoned(TimeZone::get("Europe/Berlin").expect("tz"))
            .expect("zoned");
        assert!(matches!(
            decide(&facts(&r, monday)),
            Decision::TooLate { .. }
        ));
    }

    #[test]
    fn each_quiet_decision_says_why_in_local_time() {
        let now = at(11, 0);
        let said = Decision::Paused {
            until: at(13, 0).timestamp(),
        }
        .reason(&now)
        .expect("a reason");
        assert!(said.contains("until 13:00"), "{said}");
        let done = Decision::DoneRecently {
            at: at(9, 15).timestamp(),
        }
        .reason(&now)
        .expect("a reason");
        assert_eq!(done, "it was done at 09:15, less than 3 hours ago");
        assert_eq!(Decision::Remind.reason(&now), None);
    }
}
