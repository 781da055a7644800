//! The session driven with synthetic instants: no clock, no sleeping.

use std::fmt::Write as _;
use std::time::{Duration, Instant};

use super::*;
use crate::routine;
use crate::session::summary::Summary;

/// calf: 2 reps on both sides (4 holds of 10 s, prepare 3 s, rest 5 s);
/// neck: one manual-release hold of up to 20 s (prepare 5 s).
const ROUTINE: &str = r#"
name = "test"
[[step]]
region = "calf"
tool = "ball"
hold = "10s"
rest = "5s"
prepare = "3s"
reps = 2
side = "both"
[[step]]
region = "neck"
tool = "thumb"
hold = "20s"
prepare = "5s"
release = "manual"
"#;

fn session_from(text: &str, auto_advance: bool) -> Session {
    let parsed = routine::parse(text);
    Session::new(parsed.routine.expect("valid test routine"), auto_advance)
}

/// A session plus a synthetic clock.
struct Sim {
    session: Session,
    t0: Instant,
    log: Vec<String>,
}

impl Sim {
    fn new(text: &str) -> Self {
        Self::with(text, false)
    }

    fn with(text: &str, auto_advance: bool) -> Self {
        Self {
            session: session_from(text, auto_advance),
            t0: Instant::now(),
            log: Vec::new(),
        }
    }

    fn at(&self, secs: f64) -> Instant {
        self.t0 + Duration::from_secs_f64(secs)
    }

    /// Ticks to `secs`, recording effects.
    fn tick(&mut self, secs: f64) {
        self.session.tick(self.at(secs));
        let fx = self.session.take_effects();
        self.record(&fx);
    }

    fn input(&mut self, input: Input, secs: f64) {
        self.session.update(input, self.at(secs));
        let fx = self.session.take_effects();
        self.record(&fx);
    }

    /// Records what the session queued outside `tick` and `input`.
    fn record_taken(&mut self) {
        let fx = self.session.take_effects();
        self.record(&fx);
    }

    fn rate(&mut self, value: u8, secs: f64) {
        self.input(Input::Rate(Some(value)), secs);
    }

    fn record(&mut self, fx: &[Effect]) {
        for effect in fx {
            let secs = effect.at.duration_since(self.t0).as_secs_f64();
            self.log
                .push(format!("{secs:.3} {}", describe(&effect.kind)));
        }
    }

    fn take(&mut self) -> Vec<String> {
        std::mem::take(&mut self.log)
    }

    fn remaining(&self, secs: f64) -> Duration {
        self.session
            .timer()
            .map_or(Duration::ZERO, |t| t.remaining(self.at(secs)))
    }
}

fn describe(kind: &EffectKind) -> String {
    match kind {
        EffectKind::PhaseStarted { hold, phase } => format!("{phase:?} {hold}").to_lowercase(),
        EffectKind::SwitchSides { hold } => format!("switch {hold}"),
        EffectKind::Countdown {
            phase,
            seconds_left,
            ..
        } => format!("{phase:?}-tick {seconds_left}").to_lowercase(),
        EffectKind::Halfway { hold } => format!("halfway {hold}"),
        EffectKind::TimeLeft { hold, seconds } => format!("left {hold} {seconds}"),
        EffectKind::HoldEnded(r) => format!(
            "ended {} {:?} held {:.3}{}",
            r.hold,
            r.outcome,
            r.held.as_secs_f64(),
            r.released_after
                .map(|d| format!(" released {:.3}", d.as_secs_f64()))
                .unwrap_or_default()
        ),
        EffectKind::RestEnded {
            hold,
            waiting_for_rating,
        } => {
            format!(
                "rest-ended {hold}{}",
                if *waiting_for_rating { " waiting" } else { "" }
            )
        }
        EffectKind::RatingReminder { hold } => format!("remind {hold}"),
        EffectKind::RatingGiven { hold, rating } => {
            format!(
                "rated {hold} {}",
                rating.map_or("-".to_owned(), |r| r.to_string())
            )
        }
        EffectKind::Advice(notice) => format!("advice {notice:?}"),
        EffectKind::Paused => "paused".into(),
        EffectKind::StillPaused { minutes } => format!("still-paused {minutes}"),
        EffectKind::Resumed => "resumed".into(),
        EffectKind::Extended { hold, by } => format!("extended {hold} {}", by.as_secs()),
        EffectKind::SpotSkipped { holds } => format!("spot-skipped {holds:?}"),
        EffectKind::SessionRated { moment, rating } => format!(
            "overall {moment:?} {}",
            rating.map_or("-".to_owned(), |r| r.to_string())
        )
        .to_lowercase(),
        EffectKind::ActivityRated { index, rating } => format!(
            "activity {index} {}",
            rating.map_or("-".to_owned(), |r| r.to_string())
        ),
        EffectKind::ChangeRated { phase, answer } => format!(
            "change {phase} {}",
            answer.map_or("-".to_owned(), |a| a.number().to_string())
        ),
        EffectKind::Ended { outcome, held } => format!("{} {held}", outcome.word()),
    }
}

#[test]
fn plan_does_every_left_rep_then_every_right_rep() {
    use crate::routine::Side::{Left, Right};
    let session = session_from(ROUTINE, false);
    let sides: Vec<_> = session
        .plan()
        .holds()
        .iter()
        .map(|h| (h.step, h.side, h.rep, h.switches_side))
        .collect();
    assert_eq!(
        sides,
        vec![
            (0, Some(Left), 1, false),
            (0, Some(Left), 2, false),
            (0, Some(Right), 1, true),
            (0, Some(Right), 2, false),
            (1, None, 1, false),
        ]
    );
}

#[test]
fn full_routine_runs_every_phase_and_cue_at_its_instant() {
    let mut sim = Sim::new(ROUTINE);
    assert_eq!(sim.session.phase(), Phase::Overview);
    sim.input(Input::Start, 0.0);
    sim.tick(13.0);
    assert_eq!(
        sim.take(),
        [
            "0.000 prepare 0",
            "1.000 prepare-tick 2",
            "2.000 prepare-tick 1",
            "3.000 hold 0",
            "8.000 halfway 0",
            "10.000 hold-tick 3",
            "11.000 hold-tick 2",
            "12.000 hold-tick 1",
            "13.000 ended 0 Completed held 10.000",
            "13.000 rest 0",
        ]
    );
    sim.rate(4, 14.2);
    sim.tick(18.0);
    assert_eq!(
        sim.take(),
        [
            "14.200 rated 0 4",
            "18.000 rest-ended 0",
            "18.000 prepare 1"
        ]
    );

    // Second left rep, then the switch to the right side.
    sim.tick(31.0);
    sim.rate(3, 32.0);
    sim.tick(36.0);
    let log = sim.take();
    assert_eq!(
        log[log.len() - 3..],
        ["36.000 rest-ended 1", "36.000 switch 2", "36.000 prepare 2"]
    );
    assert_eq!(sim.session.phase(), Phase::Prepare(2));

    // Right side, two reps.
    sim.tick(49.0);
    sim.rate(5, 49.5);
    sim.tick(67.0);
    sim.rate(2, 67.0);
    sim.tick(72.0);
    assert_eq!(sim.session.phase(), Phase::Prepare(4));
    sim.take();

    // The last hold: manual release, then only the rating.
    sim.tick(76.5);
    assert_eq!(
        sim.take(),
        [
            "74.000 prepare-tick 3",
            "75.000 prepare-tick 2",
            "76.000 prepare-tick 1"
        ]
    );
    sim.tick(77.0);
    sim.input(Input::Release, 83.5);
    assert_eq!(
        sim.take(),
        [
            "77.000 hold 4",
            "83.500 ended 4 Released held 6.500 released 6.500",
            "83.500 rest 4"
        ]
    );
    assert!(sim.session.timer().is_none(), "no rest after the last hold");
    sim.rate(1, 90.0);
    assert_eq!(
        sim.take(),
        ["90.000 rated 4 1", "90.000 summary 5", "90.000 completed 5"]
    );
    assert_eq!(sim.session.outcome(), Some(Outcome::Completed));

    let summary = Summary::of(&sim.session);
    let ratings: Vec<_> = summary
        .rows
        .iter()
        .map(|r| r.record.as_ref().and_then(|r| r.rating))
        .collect();
    assert_eq!(ratings, [Some(4), Some(3), Some(5), Some(2), Some(1)]);
    assert_eq!(summary.holds_done, 5);
    assert_eq!(summary.time_held, Duration::from_millis(46_500));
    let changes: Vec<_> = summary
        .spots
        .iter()
        .map(|s| (s.first, s.last, s.much_better()))
        .collect();
    assert_eq!(changes, [(4, 3, false), (5, 2, true)]);
}

#[test]
fn a_late_wake_up_keeps_every_deadline_where_it_was() {
    let mut sim = Sim::with(ROUTINE, true);
    sim.input(Input::Start, 0.0);
    // Wake up once, 40 s in, having slept through two holds and their rests.
    sim.tick(40.0);
    let log = sim.take();
    assert!(
        log.contains(&"13.000 ended 0 Completed held 10.000".to_owned()),
        "{log:?}"
    );
    assert!(log.contains(&"18.000 rest-ended 0".to_owned()), "{log:?}");
    assert!(log.contains(&"18.000 rated 0 -".to_owned()), "{log:?}");
    assert!(log.contains(&"21.000 hold 1".to_owned()), "{log:?}");
    assert!(log.contains(&"36.000 prepare 2".to_owned()), "{log:?}");
    assert!(log.contains(&"39.000 hold 2".to_owned()), "{log:?}");
    assert_eq!(sim.session.phase(), Phase::Hold(2));
    assert_eq!(sim.remaining(40.0), Duration::from_secs(9));
}

#[test]
fn no_drift_over_a_thirty_minute_routine_ticked_irregularly() {
    // 30 holds of 50 s with 5 s prepare and 5 s rest: exactly 30 minutes less the last rest.
    let mut text = String::from("name = \"long\"\nauto_advance = true\n");
    for i in 0..30 {
        let _ = write!(
            text,
            "[[step]]\nregion = \"spot {i}\"\ntool = \"ball\"\nhold = \"50s\"\nrest = \"5s\"\n"
        );
    }
    let mut sim = Sim::with(&text, false);
    sim.input(Input::Start, 0.0);
    // Wake at irregular, often late instants, as a loaded machine would.
    let mut t = 0.0;
    let mut step = 0.37;
    while sim.session.phase() != Phase::Summary && t < 4000.0 {
        t += step;
        step = if step > 2.5 { 0.013 } else { step * 1.9 };
        sim.tick(t);
    }
    let log = sim.take();
    let holds: Vec<&String> = log.iter().filter(|l| l.contains(" hold ")).collect();
    assert_eq!(holds.len(), 30);
    assert_eq!(holds[0], "5.000 hold 0");
    assert_eq!(holds[29], &format!("{:.3} hold 29", 29.0 * 60.0 + 5.0));
    let last_end = log
        .iter()
        .find(|l| l.contains("ended 29"))
        .expect("last hold ended");
    assert!(last_end.starts_with("1795.000 "), "{last_end}");
}

#[test]
fn pause_banks_remaining_time_exactly_and_moves_every_cue() {
    let mut sim = Sim::new(ROUTINE);
    sim.input(Input::Start, 0.0);
    sim.tick(5.0); // 2 s into the first hold
    sim.take();
    sim.input(Input::TogglePause, 5.123);
    assert!(sim.session.is_paused());
    assert_eq!(
        sim.session.next_deadline(),
        Some(sim.at(5.123) + crate::session::PAUSED_EVERY),
        "nothing is due while paused but the reminder that it is"
    );
    assert_eq!(sim.remaining(5.123), Duration::from_millis(7_877));
    sim.tick(500.0);
    assert_eq!(
        sim.remaining(500.0),
        Duration::from_millis(7_877),
        "paused time does not run"
    );
    sim.input(Input::TogglePause, 600.0);
    sim.tick(610.0);
    assert_eq!(
        sim.take(),
        [
            "5.123 paused",
            // Ticked only at 500 s: the reminders before were a period overdue.
            "485.123 still-paused 8",
            "600.000 resumed",
            "602.877 halfway 0",
            "604.877 hold-tick 3",
            "605.877 hold-tick 2",
            "606.877 hold-tick 1",
            "607.877 ended 0 Completed held 10.000",
            "607.877 rest 0",
        ]
    );
}

#[test]
fn next_skips_a_hold_not_started_ends_a_hold_into_its_rating_and_skips_a_rating() {
    let mut sim = Sim::new(ROUTINE);
    sim.input(Input::Start, 0.0);
    sim.input(Input::Next, 0.5); // from prepare: hold 0 skipped
    sim.tick(4.0);
    sim.input(Input::Next, 6.0); // mid-hold: ended early, and still rated
    assert_eq!(
        sim.take(),
        [
            "0.000 prepare 0",
            "0.500 ended 0 Skipped held 0.000",
            "0.500 prepare 1",
            "1.500 prepare-tick 2",
            "2.500 prepare-tick 1",
            "3.500 hold 1",
            "6.000 ended 1 CutShort held 2.500",
            "6.000 rest 1",
        ]
    );
    assert_eq!(
        sim.session.phase(),
        Phase::Rest {
            hold: 1,
            rated: false
        }
    );
    sim.rate(3, 7.0);
    assert_eq!(
        sim.session.records()[1]
            .as_ref()
            .map(|r| (r.outcome, r.rating)),
        Some((HoldOutcome::CutShort, Some(3)))
    );
    sim.tick(11.0); // the rest after hold 1 ends at 11
    sim.input(Input::Next, 11.5); // from prepare 2: skipped
    let log = sim.take();
    assert_eq!(
        log[log.len() - 2..],
        ["11.500 ended 2 Skipped held 0.000", "11.500 prepare 3"]
    );
    // From the rating prompt: recorded as not rated, and on to the next hold.
    sim.tick(25.0);
    sim.input(Input::Next, 25.5);
    let log = sim.take();
    assert_eq!(
        log[log.len() - 2..],
        ["25.500 rated 3 -", "25.500 prepare 4"]
    );
}

#[test]
fn back_redoes_the_previous_hold_and_keeps_its_old_rating_until_replaced() {
    let mut sim = Sim::new(ROUTINE);
    sim.input(Input::Start, 0.0);
    sim.tick(13.0);
    sim.rate(6, 13.0);
    sim.input(Input::Back, 14.0); // from the rest after hold 0: redo hold 0
    assert_eq!(sim.session.phase(), Phase::Prepare(0));
    assert_eq!(
        sim.session.records()[0].as_ref().and_then(|r| r.rating),
        Some(6)
    );
    sim.tick(30.0);
    sim.rate(4, 30.0);
    assert_eq!(
        sim.session.records()[0].as_ref().and_then(|r| r.rating),
        Some(4)
    );
    sim.tick(32.0); // rest ends at 32; prepare 1 starts
    sim.tick(36.0); // hold 1 running
    sim.input(Input::Back, 36.0);
    assert_eq!(
        sim.session.phase(),
        Phase::Prepare(0),
        "back from a hold goes to the previous hold"
    );
    sim.input(Input::Back, 37.0);
    assert_eq!(
        sim.session.phase(),
        Phase::Prepare(0),
        "nothing before the first hold"
    );
}

#[test]
fn a_rating_stands_when_its_hold_is_done_again_and_not_rated() {
    let mut sim = Sim::new(ROUTINE);
    sim.input(Input::Start, 0.0);
    sim.tick(13.0);
    sim.rate(4, 13.0);
    sim.input(Input::Back, 14.0); // redo hold 0: prepare 3 s, then the hold
    sim.tick(20.0);
    sim.input(Input::Quit, 20.0); // stopped during the redo
    assert_eq!(
        sim.session.records()[0].as_ref().and_then(|r| r.rating),
        None
    );
    let counted = sim.session.counted_records();
    assert_eq!(counted[0].as_ref().and_then(|r| r.rating), Some(4));
    let summary = Summary::of(&sim.session);
    assert_eq!(
        summary.rows[0].record.as_ref().and_then(|r| r.rating),
        Some(4)
    );
}

#[test]
fn extend_adds_fifteen_seconds_and_rearms_the_final_ticks() {
    let mut sim = Sim::new(ROUTINE);
    sim.input(Input::Start, 0.0);
    sim.tick(11.5); // hold 0: 3..13, ticks at 10 and 11 heard
    sim.take();
    sim.input(Input::Extend, 11.5);
    sim.tick(40.0);
    assert_eq!(
        sim.take(),
        [
            "11.500 extended 0 15",
            "25.000 hold-tick 3",
            "26.000 hold-tick 2",
            "27.000 hold-tick 1",
            "28.000 ended 0 Completed held 25.000",
            "28.000 rest 0",
            "33.000 rest-ended 0 waiting",
        ]
    );
}

#[test]
fn extend_before_halfway_moves_halfway_to_the_new_middle() {
    let mut sim = Sim::new(ROUTINE);
    sim.input(Input::Start, 0.0);
    sim.tick(4.0);
    sim.take();
    sim.input(Input::Extend, 4.0);
    sim.tick(12.0);
    assert_eq!(
        sim.take(),
        ["4.000 extended 0 15"],
        "the old middle (8 s) passes without a cue"
    );
    sim.tick(16.0);
    assert_eq!(sim.take(), ["15.500 halfway 0"]);
}

#[test]
fn extend_outside_a_hold_does_nothing() {
    let mut sim = Sim::new(ROUTINE);
    sim.input(Input::Start, 0.0);
    sim.input(Input::Extend, 0.5);
    assert_eq!(sim.take(), ["0.000 prepare 0"]);
    assert_eq!(sim.remaining(0.5), Duration::from_millis(2500));
}

#[test]
fn manual_release_caps_at_the_hold_time_and_timed_holds_ignore_release() {
    let mut sim = Sim::new(ROUTINE);
    sim.input(Input::Start, 0.0);
    sim.tick(4.0);
    sim.input(Input::Release, 4.0); // hold 0 is timed: ignored
    assert_eq!(sim.session.phase(), Phase::Hold(0));
    // Hold 0 to its rating, that to prepare 1, then holds 1, 2 and 3 skipped.
    for n in 0..5 {
        sim.input(Input::Next, 5.0 + f64::from(n));
    }
    // Hold 4 (manual, cap 20 s): prepare 9..14, hold 14..34; never released.
    sim.tick(40.0);
    let log = sim.take();
    assert!(
        log.contains(&"34.000 ended 4 Completed held 20.000".to_owned()),
        "{log:?}"
    );
    assert_eq!(
        sim.session.records()[4]
            .as_ref()
            .and_then(|r| r.released_after),
        None
    );
}

#[test]
fn quit_mid_hold_keeps_every_rating_given() {
    let mut sim = Sim::new(ROUTINE);
    sim.input(Input::Start, 0.0);
    sim.tick(13.0);
    sim.rate(7, 13.5);
    sim.tick(25.0); // hold 1 runs 21..31
    sim.take();
    sim.input(Input::Quit, 25.0);
    assert_eq!(
        sim.take(),
        ["25.000 ended 1 Stopped held 4.000", "25.000 quit 2"]
    );
    assert_eq!(sim.session.phase(), Phase::Summary);
    assert_eq!(sim.session.outcome(), Some(Outcome::Quit));
    assert_eq!(
        sim.session.records()[0].as_ref().and_then(|r| r.rating),
        Some(7)
    );
    assert_eq!(sim.session.next_deadline(), None);
    sim.input(Input::Quit, 26.0);
    assert!(sim.take().is_empty(), "quitting twice does nothing");
}

#[test]
fn without_auto_advance_the_next_hold_waits_for_the_rating() {
    let mut sim = Sim::new(ROUTINE);
    sim.input(Input::Start, 0.0);
    sim.tick(200.0);
    assert_eq!(
        sim.session.phase(),
        Phase::Rest {
            hold: 0,
            rated: false
        }
    );
    let log = sim.take();
    assert_eq!(
        log.iter().rev().nth(1).map(String::as_str),
        Some("18.000 rest-ended 0 waiting"),
        "the reminders of the last two minutes were slept through, not beeped now"
    );
    // At their end the session paused, and says so every two minutes.
    assert_eq!(log.last().map(String::as_str), Some("138.000 paused"));
    assert_eq!(sim.session.next_deadline(), Some(sim.at(258.0)));
    sim.input(Input::Rate(None), 200.0);
    assert_eq!(sim.take(), ["200.000 rated 0 -", "200.000 prepare 1"]);
}

#[test]
fn auto_advance_records_not_rated_and_moves_on() {
    let mut sim = Sim::with(ROUTINE, true);
    sim.input(Input::Start, 0.0);
    sim.tick(18.5);
    let log = sim.take();
    assert_eq!(
        log[log.len() - 3..],
        [
            "18.000 rest-ended 0",
            "18.000 rated 0 -",
            "18.000 prepare 1"
        ]
    );
    assert_eq!(
        sim.session.records()[0].as_ref().map(|r| r.rating),
        Some(None)
    );
}

#[test]
fn with_auto_advance_the_last_hold_ends_the_session_by_itself() {
    let mut sim = Sim::with(ROUTINE, true);
    sim.input(Input::Start, 0.0);
    // Four calf holds (3 + 10 + 5 each), then the neck: prepare 5 s, hold 20 s, and the
    // last rest (the default 15 s) runs out with nobody to answer.
    sim.tick(1_000.0);
    assert_eq!(sim.session.phase(), Phase::Summary);
    assert_eq!(sim.session.outcome(), Some(Outcome::Completed));
    let log = sim.take();
    assert_eq!(
        log[log.len() - 3..],
        [
            "112.000 rated 4 -",
            "112.000 summary 5",
            "112.000 completed 5"
        ],
        "{log:#?}"
    );
}

#[test]
fn a_rating_given_on_the_last_hold_ends_the_session_at_once_even_with_auto_advance() {
    let text = "name = \"t\"\n[[step]]\nregion = \"calf\"\ntool = \"ball\"\n\
                hold = \"10s\"\nrest = \"30s\"\nprepare = \"0s\"\n";
    let mut sim = Sim::with(text, true);
    sim.input(Input::Start, 0.0);
    sim.tick(10.0);
    sim.rate(4, 12.0);
    assert_eq!(sim.session.phase(), Phase::Summary);
    let mut waits = Sim::with(text, true);
    waits.input(Input::Start, 0.0);
    waits.tick(39.0);
    assert!(matches!(waits.session.phase(), Phase::Rest { .. }));
    waits.tick(40.0);
    assert_eq!(waits.session.phase(), Phase::Summary, "its rest ran out");
}

#[test]
fn when_input_ends_a_waiting_prompt_is_left_unrated_and_the_rest_runs_by_itself() {
    let mut sim = Sim::new(ROUTINE);
    sim.input(Input::Start, 0.0);
    sim.tick(200.0);
    assert!(sim.session.awaits_rating());
    sim.take();
    sim.session.no_more_input(sim.at(200.0));
    sim.record_taken();
    assert_eq!(sim.take(), ["200.000 rated 0 -", "200.000 prepare 1"]);
    sim.tick(10_000.0);
    assert_eq!(sim.session.phase(), Phase::Summary);
}

#[test]
fn a_rating_only_counts_during_the_rest_and_only_on_the_scale() {
    let mut sim = Sim::new(ROUTINE);
    sim.input(Input::Start, 0.0);
    sim.input(Input::Rate(Some(7)), 0.5);
    assert_eq!(sim.take(), ["0.000 prepare 0"]);
    sim.tick(13.0);
    sim.take();
    sim.input(Input::Rate(Some(11)), 13.0); // off the scale: ignored
    assert!(sim.take().is_empty());
    assert_eq!(
        sim.session.phase(),
        Phase::Rest {
            hold: 0,
            rated: false
        }
    );
    sim.input(Input::Rate(Some(10)), 13.3);
    assert!(sim.take().contains(&"13.300 rated 0 10".to_owned()));
    sim.input(Input::Rate(Some(3)), 13.4);
    assert!(sim.take().is_empty(), "a hold is rated once");
}

#[test]
fn an_effect_not_taken_waits_for_the_next_batch() {
    let mut session = session_from(ROUTINE, false);
    let t0 = Instant::now();
    session.update(Input::Start, t0);
    // The hold ends at 13 s; pausing just after it (as Ctrl-Z does) must not lose that.
    session.update(Input::TogglePause, t0 + Duration::from_millis(13_001));
    let fx = session.take_effects();
    let kinds: Vec<&str> = fx.iter().map(|e| e.kind.label()).collect();
    assert_eq!(
        kinds,
        [
            "prepare-started",
            "prepare-tick",
            "prepare-tick",
            "hold-started",
            "halfway",
            "hold-tick",
            "hold-tick",
            "hold-tick",
            "hold-ended",
            "rest-started",
            "paused"
        ]
    );
    assert!(session.take_effects().is_empty(), "taken once");
}

#[test]
fn a_high_rating_offers_to_skip_the_rest_of_that_spot() {
    let mut sim = Sim::new(ROUTINE);
    sim.input(Input::Start, 0.0);
    sim.tick(13.0);
    sim.rate(9, 13.0);
    let spot = Spot {
        step: 0,
        side: Some(crate::routine::Side::Left),
    };
    assert_eq!(
        sim.session.notice(),
        Some(Notice::EaseOff {
            spot,
            rating: 9,
            can_skip: true
        })
    );
    sim.take();
    sim.input(Input::SkipSpot, 14.0);
    assert_eq!(
        sim.take(),
        [
            "14.000 spot-skipped [1]",
            "14.000 ended 1 SkippedForPain held 0.000"
        ]
    );
    // The 5 s rest lasts 10 s from the advice, to hear it and to skip.
    sim.tick(18.0);
    assert_eq!(sim.take(), Vec::<String>::new());
    sim.tick(23.0);
    assert_eq!(
        sim.take(),
        ["23.000 rest-ended 0", "23.000 switch 2", "23.000 prepare 2"]
    );
    let summary = Summary::of(&sim.session);
    assert_eq!(
        summary.rows[1].record.as_ref().map(|r| r.outcome),
        Some(HoldOutcome::SkippedForPain)
    );
}

#[test]
fn advice_given_after_the_rest_ran_out_rests_a_while_then_the_spot_can_be_skipped_from_its_prepare()
{
    let mut sim = Sim::new(ROUTINE);
    sim.input(Input::Start, 0.0);
    sim.tick(13.0);
    sim.tick(20.0); // rest over, waiting
    // Reaches stop_above (8): the advice, and the rest goes on for it to be heard and read
    // (it came with the next get-ready, at the same instant, and was never seen).
    sim.rate(8, 20.0);
    assert_eq!(
        sim.session.phase(),
        Phase::Rest {
            hold: 0,
            rated: true
        }
    );
    assert!(sim.take().iter().any(|e| e.contains("advice")));
    sim.tick(20.0 + ADVICE_ROOM.as_secs_f64());
    assert_eq!(sim.session.phase(), Phase::Prepare(1));
    sim.take();
    sim.input(Input::SkipSpot, 28.5);
    assert_eq!(
        sim.take(),
        [
            "28.500 spot-skipped [1]",
            "28.500 ended 1 SkippedForPain held 0.000",
            "28.500 switch 2",
            "28.500 prepare 2"
        ]
    );
}

#[test]
fn a_low_rating_gives_no_advice_and_skip_spot_does_nothing() {
    let mut sim = Sim::new(ROUTINE);
    sim.input(Input::Start, 0.0);
    sim.tick(13.0);
    sim.rate(7, 13.0);
    assert_eq!(sim.session.notice(), None);
    sim.take();
    sim.input(Input::SkipSpot, 14.0);
    assert!(sim.take().is_empty());
}

#[test]
fn a_rating_that_rises_between_reps_gets_a_note() {
    let mut sim = Sim::new(ROUTINE);
    sim.input(Input::Start, 0.0);
    sim.tick(13.0);
    sim.rate(4, 13.0);
    sim.tick(31.0);
    sim.rate(6, 31.0);
    let spot = Spot {
        step: 0,
        side: Some(crate::routine::Side::Left),
    };
    assert_eq!(
        sim.session.notice(),
        Some(Notice::NotEasing {
            spot,
            from: 4,
            to: 6
        })
    );
    // The right side is a different spot: its first rating has nothing to compare with.
    sim.tick(49.0);
    sim.rate(7, 49.0);
    assert_eq!(sim.session.notice(), None);
}

#[test]
fn the_next_deadline_is_the_next_cue_or_phase_end() {
    let mut sim = Sim::new(ROUTINE);
    assert_eq!(sim.session.next_deadline(), None);
    sim.input(Input::Start, 0.0);
    assert_eq!(sim.session.next_deadline(), Some(sim.at(1.0)));
    sim.tick(3.0);
    assert_eq!(sim.session.next_deadline(), Some(sim.at(8.0)), "halfway");
    sim.tick(8.0);
    assert_eq!(
        sim.session.next_deadline(),
        Some(sim.at(10.0)),
        "first tick"
    );
}

/// A laptop that sleeps mid-hold and wakes hours later (or a clock that leaps): every
/// deadline passed fires once, at its own instant, in order; the session then waits at the
/// rating prompt instead of running through the routine unattended. A clock read that goes
/// backwards changes nothing.
#[test]
fn a_clock_jump_of_hours_fires_each_passed_deadline_once_and_waits_for_the_person() {
    let mut sim = Sim::new(ROUTINE);
    sim.input(Input::Start, 0.0);
    sim.tick(6.0);
    let before = sim.take();
    assert_eq!(sim.session.phase(), Phase::Hold(0));
    // Eight hours later.
    sim.tick(8.0 * 3600.0);
    let after = sim.take();
    let ended: Vec<_> = after.iter().filter(|l| l.contains(" ended 0")).collect();
    assert_eq!(ended, ["13.000 ended 0 Completed held 10.000"], "{after:?}");
    // The rating prompt's reminders were slept through; at their end the session paused, and
    // of the reminders that it is, only the last (a period overdue at most) is said.
    let tail: Vec<&str> = after
        .iter()
        .rev()
        .take(2)
        .rev()
        .map(String::as_str)
        .collect();
    assert_eq!(tail, ["138.000 paused", "28698.000 still-paused 476"]);
    assert!(after.iter().any(|l| l == "18.000 rest-ended 0 waiting"));
    assert!(after.iter().all(|l| !before.contains(l)), "nothing twice");
    assert_eq!(
        sim.session.next_deadline(),
        Some(sim.at(28_698.0 + 120.0)),
        "only the next reminder that it is paused"
    );
    // A reading from before the jump: no effect, no panic, nothing undone.
    sim.tick(7.0);
    assert!(sim.take().is_empty());
    sim.rate(4, 8.0 * 3600.0 + 1.0);
    assert_eq!(sim.session.phase(), Phase::Prepare(1));
}

/// calf, no sides: two holds of 10 s, prepare 3 s, rest 5 s.
const TWO_HOLDS: &str = r#"
name = "two"
[[step]]
region = "calf"
tool = "ball"
hold = "10s"
rest = "5s"
prepare = "3s"
reps = 2
"#;

#[test]
fn a_rating_selected_but_not_confirmed_counts_when_the_rest_runs_out() {
    let mut sim = Sim::new(TWO_HOLDS);
    sim.input(Input::Start, 0.0);
    sim.tick(13.0); // hold 0 ends at 13, rest to 18
    sim.take();
    sim.input(Input::Choose(Some(4)), 14.0);
    sim.input(Input::Choose(Some(6)), 15.0); // changed their mind
    assert!(sim.take().is_empty(), "a selection is not a rating yet");
    assert_eq!(sim.session.chosen(), Some(6));
    sim.tick(18.0);
    assert_eq!(
        sim.take(),
        [
            "18.000 rest-ended 0",
            "18.000 rated 0 6",
            "18.000 prepare 1"
        ]
    );
    assert_eq!(sim.session.chosen(), None, "the next prompt starts empty");
    // A selection cleared again does not count.
    sim.tick(31.0);
    sim.input(Input::Choose(Some(2)), 32.0);
    sim.input(Input::Choose(None), 33.0);
    sim.tick(40.0);
    assert_eq!(
        sim.session.phase(),
        Phase::Rest {
            hold: 1,
            rated: false
        }
    );
}

#[test]
fn a_rest_that_runs_out_unrated_reminds_every_20_s_for_two_minutes_then_pauses_and_says_so() {
    let mut sim = Sim::new(ROUTINE);
    sim.input(Input::Start, 0.0);
    sim.tick(13.0);
    sim.take();
    // Wake at every deadline, as the loop does.
    while let Some(due) = sim.session.next_deadline() {
        let secs = due.duration_since(sim.t0).as_secs_f64();
        if secs > 400.0 {
            break;
        }
        sim.tick(secs);
    }
    assert_eq!(
        sim.take(),
        [
            "18.000 rest-ended 0 waiting",
            "38.000 remind 0",
            "58.000 remind 0",
            "78.000 remind 0",
            "98.000 remind 0",
            "118.000 remind 0",
            "138.000 remind 0",
            // Never silent for good: it pauses, and says so every two minutes.
            "138.000 paused",
            "258.000 still-paused 2",
            "378.000 still-paused 4",
        ]
    );
    assert!(sim.session.is_paused());
    sim.rate(3, 3600.0);
    assert_eq!(sim.session.phase(), Phase::Prepare(1));
    assert!(!sim.session.is_paused());
}

#[test]
fn reminders_stop_with_the_rating_and_hold_still_while_paused() {
    let mut sim = Sim::new(ROUTINE);
    sim.input(Input::Start, 0.0);
    sim.tick(40.0); // rest-ended at 18, a reminder at 38
    sim.take();
    sim.input(Input::Pause, 45.0);
    assert!(sim.session.is_paused());
    // Paused: only the reminder that it is, two minutes on.
    assert_eq!(sim.session.next_deadline(), Some(sim.at(165.0)));
    sim.tick(500.0);
    sim.input(Input::Resume, 500.0);
    // 7 s of the gap to the next reminder were used before the pause: 13 s are left.
    assert_eq!(sim.session.next_deadline(), Some(sim.at(513.0)));
    sim.tick(513.0);
    assert_eq!(
        sim.take(),
        [
            "45.000 paused",
            // Those slept through by more than two minutes are passed over.
            "405.000 still-paused 6",
            "500.000 resumed",
            "513.000 remind 0"
        ]
    );
    sim.rate(5, 520.0);
    sim.tick(3.0 * 3600.0);
    assert!(
        !sim.take().iter().any(|l| l.contains("remind")),
        "no reminder after the rating"
    );
}

#[test]
fn the_last_holds_rating_is_reminded_from_the_end_of_the_hold() {
    let mut sim = Sim::new(TWO_HOLDS);
    sim.input(Input::Start, 0.0);
    sim.tick(13.0);
    sim.rate(2, 14.0);
    sim.tick(31.0); // hold 1: prepare 18..21, hold 21..31; no rest after it
    sim.take();
    sim.tick(51.0);
    assert_eq!(sim.take(), ["51.000 remind 1"]);
    sim.rate(1, 52.0);
    assert_eq!(
        sim.take(),
        ["52.000 rated 1 1", "52.000 summary 2", "52.000 completed 2"]
    );
}

#[test]
fn a_session_ends_completed_partial_quit_or_interrupted() {
    let run = |skip_first: bool| {
        let mut sim = Sim::new(TWO_HOLDS);
        sim.input(Input::Start, 0.0);
        if skip_first {
            sim.input(Input::Next, 1.0);
        } else {
            sim.tick(13.0);
            sim.rate(2, 13.0);
            sim.tick(18.0);
        }
        sim.tick(100.0);
        sim.rate(3, 100.0);
        (sim.session.outcome(), sim.take().pop())
    };
    assert_eq!(
        run(false),
        (Some(Outcome::Completed), Some("100.000 completed 2".into()))
    );
    assert_eq!(
        run(true),
        (Some(Outcome::Partial), Some("100.000 partial 1".into()))
    );

    let mut sim = Sim::new(TWO_HOLDS);
    sim.input(Input::Start, 0.0);
    sim.tick(5.0);
    sim.input(Input::Interrupt, 5.0);
    assert_eq!(
        sim.take().last().map(String::as_str),
        Some("5.000 interrupted 1")
    );
    assert_eq!(sim.session.outcome(), Some(Outcome::Interrupted));
    for outcome in Outcome::ALL {
        assert_eq!(Outcome::from_word(outcome.word()), Some(outcome));
    }
    assert_eq!(Outcome::from_word("abandoned"), None);
}

#[test]
fn the_overall_pain_is_asked_once_before_and_once_after_when_the_routine_says_so() {
    let mut plain = Sim::new(TWO_HOLDS);
    assert_eq!(plain.session.session_rating_due(), None);
    plain.input(Input::RateSession(Some(5)), 0.0);
    assert!(
        plain.take().is_empty(),
        "a routine that does not ask takes none"
    );

    let text = format!("session_rating = true\n{TWO_HOLDS}");
    let mut sim = Sim::new(&text);
    assert_eq!(sim.session.session_rating_due(), Some(Moment::Before));
    sim.input(Input::RateSession(Some(11)), 0.0);
    assert_eq!(
        sim.session.session_rating_due(),
        Some(Moment::Before),
        "off the scale"
    );
    sim.input(Input::RateSession(Some(6)), 0.0);
    sim.input(Input::RateSession(Some(2)), 0.0);
    assert_eq!(sim.session.session_rating_due(), None);
    assert_eq!(
        sim.session.session_rating(Moment::Before),
        Some(6),
        "the first answer counts"
    );
    sim.input(Input::Start, 0.0);
    assert_eq!(
        sim.session.session_rating_due(),
        None,
        "not while holds run"
    );
    sim.tick(100.0);
    sim.rate(3, 100.0);
    sim.tick(200.0);
    sim.rate(3, 200.0);
    assert_eq!(sim.session.phase(), Phase::Summary);
    assert_eq!(sim.session.session_rating_due(), Some(Moment::After));
    sim.input(Input::RateSession(None), 200.0);
    assert_eq!(sim.session.session_rating_due(), None);
    assert_eq!(sim.session.session_rating(Moment::After), None);
    let log = sim.take();
    assert_eq!(
        log.first().map(String::as_str),
        Some("0.000 overall before 6")
    );
    assert_eq!(
        log.last().map(String::as_str),
        Some("200.000 overall after -")
    );

    // Ended from outside, or before anything was held: nothing to ask after.
    let mut sim = Sim::new(&text);
    sim.input(Input::Start, 0.0);
    sim.input(Input::Interrupt, 1.0);
    assert_eq!(sim.session.session_rating_due(), None);
    let mut sim = Sim::new(&text);
    sim.input(Input::Start, 0.0);
    sim.input(Input::Quit, 1.0);
    assert_eq!(sim.session.session_rating_due(), None);
}

/// Two holds with a prescription that lists two activities and asks the global impression.
fn measured() -> String {
    format!(
        "{TWO_HOLDS}[prescription]\nstart = 2026-11-02\nweeks = 6\npgic = true\n\
         activities = [\"turning my head while driving\", \"reaching a shelf\"]\n"
    )
}

#[test]
fn activities_are_rated_in_order_on_the_overview_only_when_asked() {
    let text = measured();
    let mut not_asked = Sim::new(&text);
    not_asked.session = not_asked.session.with_measures(false, None);
    assert_eq!(not_asked.session.activity_due(), None);
    not_asked.input(Input::RateActivity(Some(4)), 0.0);
    assert!(
        not_asked.take().is_empty(),
        "a week already rated takes none"
    );

    let mut sim = Sim::new(&text);
    sim.session = sim.session.with_measures(true, None);
    assert_eq!(
        sim.session.activity_due(),
        Some((0, "turning my head while driving"))
    );
    sim.input(Input::RateActivity(Some(11)), 0.0);
    assert_eq!(
        sim.session.activity_due().map(|a| a.0),
        Some(0),
        "off the scale"
    );
    sim.input(Input::RateActivity(Some(3)), 0.0);
    assert_eq!(sim.session.activity_due(), Some((1, "reaching a shelf")));
    sim.input(Input::RateActivity(None), 0.5);
    assert_eq!(sim.session.activity_due(), None);
    sim.input(Input::RateActivity(Some(9)), 0.5);
    assert_eq!(sim.session.activity_ratings(), &[Some(3), None]);
    assert_eq!(sim.take(), vec!["0.000 activity 0 3", "0.500 activity 1 -"]);

    // A routine without a prescription has no activities to ask.
    let mut plain = Sim::new(TWO_HOLDS);
    plain.session = plain.session.with_measures(true, Some(1));
    assert_eq!(plain.session.activity_due(), None);
    plain.input(Input::Start, 0.0);
    plain.tick(100.0);
    plain.rate(2, 100.0);
    plain.tick(200.0);
    plain.rate(2, 200.0);
    assert_eq!(plain.session.impression_due(), None);
}

#[test]
fn the_global_impression_is_asked_once_at_the_end_of_a_session_that_held_something() {
    let text = measured();
    let mut sim = Sim::new(&text);
    sim.session = sim.session.with_measures(false, Some(2));
    assert_eq!(sim.session.impression_due(), None, "not before the holds");
    sim.input(Input::Start, 0.0);
    sim.tick(100.0);
    sim.rate(2, 100.0);
    sim.tick(200.0);
    sim.rate(2, 200.0);
    assert_eq!(sim.session.phase(), Phase::Summary);
    assert_eq!(sim.session.impression_due(), Some(2));
    sim.take();
    for off in [0, 8] {
        sim.input(Input::RateChange(Some(off)), 200.0);
    }
    assert_eq!(sim.session.impression_due(), Some(2), "1 to 7 only");
    sim.input(Input::RateChange(Some(2)), 201.0);
    sim.input(Input::RateChange(Some(5)), 202.0);
    assert_eq!(
        sim.session.impression(),
        Some(measures::Impression::MuchImproved),
        "the first answer counts"
    );
    assert_eq!(sim.session.impression_due(), None);
    assert_eq!(sim.take(), vec!["201.000 change 2 2"]);

    // Quit before any hold, or ended from outside: not asked.
    let mut quit = Sim::new(&text);
    quit.session = quit.session.with_measures(false, Some(2));
    quit.input(Input::Start, 0.0);
    quit.input(Input::Quit, 1.0);
    assert_eq!(quit.session.impression_due(), None);
    let mut ended = Sim::new(&text);
    ended.session = ended.session.with_measures(false, Some(2));
    ended.input(Input::Start, 0.0);
    ended.tick(100.0);
    ended.rate(2, 100.0);
    ended.input(Input::Interrupt, 101.0);
    assert_eq!(ended.session.impression_due(), None);
}
