//! Which phrase each moment of a session gets, at each level: a session driven with
//! synthetic instants, its effects turned into phrases as the app does.

use std::time::{Duration, Instant};

use super::*;
use crate::routine;
use crate::session::Input;

/// Upper trapezius on both sides (45 s holds, 5 s prepare, 15 s rest), then the levator
/// scapulae with the therapist's own words.
const ROUTINE: &str = r#"
name = "Desk"
[[step]]
region = "upper trapezius"
tool = "ball"
hold = "45s"
side = "both"
[[step]]
region = "levator scapulae"
tool = "thumb"
hold = "1m30s"
say = "Neck, side, under the ear"
"#;

/// Upper trapezius on both sides and the levator scapulae, with a 2 s get-ready: too short
/// for "Upper trapezius, left." (about 1.8 s with half a second to spare).
const SHORT_GET_READY: &str = r#"
name = "Quick"
[defaults]
prepare = "2s"
[[step]]
region = "upper trapezius"
tool = "ball"
hold = "30s"
side = "both"
[[step]]
region = "levator scapulae"
tool = "ball"
hold = "30s"
"#;

fn spoken(level: Level) -> Vec<(u64, String)> {
    spoken_in(ROUTINE, level)
}

/// Runs `routine` to its end, rating each hold 3 one second into its rest, except the
/// second, whose rest runs out unrated; returns (seconds, phrase).
fn spoken_in(routine: &str, level: Level) -> Vec<(u64, String)> {
    let mut session = Session::new(routine::parse(routine).routine.expect("valid"), false)
        .with_time_left(level == Level::Full);
    let t0 = Instant::now();
    let mut said = Vec::new();
    let mut take = |session: &mut Session| {
        let effects = session.take_effects();
        for phrase in phrases(session, &effects, level) {
            said.push((phrase.at.duration_since(t0).as_secs(), phrase.text));
        }
    };
    session.update(Input::Start, t0);
    take(&mut session);
    let mut now = t0;
    while session.phase() != Phase::Summary {
        let Some(due) = session.next_deadline().filter(|_| !session.is_paused()) else {
            // Waiting for the rating after the rest ran out (and its reminders: the session
            // has paused).
            now += Duration::from_secs(2);
            session.update(Input::Rate(Some(4)), now);
            take(&mut session);
            continue;
        };
        now = due;
        session.tick(now);
        take(&mut session);
        if let Phase::Rest { hold, rated: false } = session.phase()
            && hold != 1
            && session.timer().is_some()
        {
            now += Duration::from_secs(1);
            session.update(Input::Rate(Some(3)), now);
            take(&mut session);
        }
    }
    said
}

fn texts(said: &[(u64, String)]) -> Vec<&str> {
    said.iter().map(|(_, t)| t.as_str()).collect()
}

#[test]
fn names_says_each_spot_its_length_the_switch_hold_release_what_is_next_and_the_end() {
    let said = spoken(Level::Names);
    assert_eq!(
        texts(&said),
        [
            "Upper trapezius, left. Forty-five seconds.",
            "Hold.",
            "Release. Rate it, zero to ten.",
            "Next: upper trapezius, right.",
            // Said long, the switch would fill 4.6 s of the 5 s get-ready.
            "Right side: upper trapezius.",
            "Hold.",
            "Release. Rate it, zero to ten.",
            // The rest ran out with no rating: the prompt is said again; two minutes of
            // reminders later, the session pauses and says so.
            "Rate your right upper trapezius, zero to ten.",
            "Paused.",
            "Neck, side, under the ear. One minute thirty seconds.",
            "Hold.",
            "Release. Rate it, zero to ten.",
            // The last hold's prompt, too, waited through its reminders.
            "Paused.",
            "Session complete. Three holds.",
        ]
    );
    // Each at its moment: get ready at 0, the hold at 5 s, the release at 50 s.
    assert_eq!(said[0].0, 0);
    assert_eq!(said[1].0, 5);
    assert_eq!(said[2].0, 50);
}

#[test]
fn a_spot_the_get_ready_is_too_short_for_is_said_in_the_rest_before_it() {
    let said = spoken_in(SHORT_GET_READY, Level::Names);
    assert_eq!(
        texts(&said),
        [
            // Nothing comes before the first get-ready: its spot is said there.
            "Upper trapezius, left.",
            "Hold.",
            "Release. Rate it, zero to ten.",
            // Said in the rest, so the get-ready after it says nothing.
            "Next: upper trapezius, right.",
            "Hold.",
            "Release. Rate it, zero to ten.",
            "Rate your right upper trapezius, zero to ten.",
            "Paused.",
            // The rating came after the rest ran out: no "Next", so the get-ready says the
            // spot (it fits without the length).
            "Levator scapulae.",
            "Hold.",
            "Release. Rate it, zero to ten.",
            "Paused.",
            "Session complete. Three holds.",
        ]
    );
    // "Next" is said at the level that otherwise leaves it out.
    assert_eq!(
        texts(&spoken_in(SHORT_GET_READY, Level::Minimal)),
        [
            "Upper trapezius, left.",
            "Release. Rate it, zero to ten.",
            "Next: upper trapezius, right.",
            "Release. Rate it, zero to ten.",
            "Rate your right upper trapezius, zero to ten.",
            "Levator scapulae.",
            "Release. Rate it, zero to ten.",
        ]
    );
}

#[test]
fn minimal_says_only_the_spot_and_the_rating_prompt() {
    assert_eq!(
        texts(&spoken(Level::Minimal)),
        [
            "Upper trapezius, left.",
            "Release. Rate it, zero to ten.",
            "Upper trapezius, right.",
            "Release. Rate it, zero to ten.",
            "Rate your right upper trapezius, zero to ten.",
            "Neck, side, under the ear.",
            "Release. Rate it, zero to ten.",
        ]
    );
}

#[test]
fn full_adds_halfway_ten_seconds_and_a_spoken_three_two_one() {
    let said = spoken(Level::Full);
    let first_hold: Vec<(u64, &str)> = said
        .iter()
        .filter(|(at, _)| (5..=50).contains(at))
        .map(|(at, t)| (*at, t.as_str()))
        .collect();
    assert_eq!(
        first_hold,
        [
            (5, "Hold."),
            (27, "Halfway."),
            (40, "Ten seconds."),
            (47, "Three."),
            (48, "Two."),
            (49, "One."),
            (50, "Release. Rate it, zero to ten."),
        ],
        "the hold runs from 5 s to 50 s; halfway is 27.5 s"
    );
}

#[test]
fn every_phrase_a_session_says_is_rendered_ahead() {
    for (routine, level) in Level::ALL
        .into_iter()
        .flat_map(|level| [(ROUTINE, level), (SHORT_GET_READY, level)])
    {
        let ahead = every_phrase(
            Session::new(routine::parse(routine).routine.expect("valid"), false).plan(),
            level,
        );
        for (_, text) in spoken_in(routine, level) {
            assert!(
                ahead.contains(&text),
                "{level:?}: {text:?} not rendered ahead"
            );
        }
        let unique: std::collections::BTreeSet<&String> = ahead.iter().collect();
        assert_eq!(unique.len(), ahead.len(), "each phrase once");
    }
}

#[test]
fn numbers_and_lengths_read_as_words() {
    assert_eq!(number(0u8), "zero");
    assert_eq!(number(45u8), "forty-five");
    assert_eq!(number(90u8), "ninety");
    assert_eq!(number(101u16), "one hundred one");
    assert_eq!(number(3600u16), "three thousand six hundred");
    assert_eq!(length(Duration::from_secs(1)), "one second");
    assert_eq!(length(Duration::from_mins(1)), "one minute");
    assert_eq!(
        length(Duration::from_secs(150)),
        "two minutes thirty seconds"
    );
    assert_eq!(length(Duration::from_hours(1)), "sixty minutes");
    for level in Level::ALL {
        assert_eq!(Level::from_word(level.word()), Some(level));
    }
}

/// The patience of "Next: ..." when the rating comes `rated_after` into a rest of `rest`.
fn next_patience_in(rest: &str, rated_after: Duration) -> Duration {
    let text = format!(
        "name = \"Two\"\n[[step]]\nregion = \"calf\"\ntool = \"ball\"\nhold = \"10s\"\nrest = \"{rest}\"\nside = \"both\"\n"
    );
    let mut session = Session::new(routine::parse(&text).routine.expect("valid"), false);
    let t0 = Instant::now();
    session.update(Input::Start, t0);
    let mut now = t0;
    while !matches!(session.phase(), Phase::Rest { .. }) {
        now = session.next_deadline().expect("running");
        session.tick(now);
    }
    // Only the rating's batch is of interest here.
    let _before = session.take_effects();
    session.update(Input::Rate(Some(3)), now + rated_after);
    let effects = session.take_effects();
    let said = phrases(&session, &effects, Level::Names);
    let next = said
        .iter()
        .find(|s| s.text.starts_with("Next:"))
        .expect("what is next is said");
    next.patience
}

#[test]
fn what_is_next_waits_for_the_voice_while_the_rest_has_room_for_it() {
    // Rated while "Rate it, zero to ten" is still being said: 14 s of rest are left, so
    // "Next" may wait for the voice as long as what must be heard does.
    assert_eq!(next_patience_in("15s", Duration::from_secs(1)), MUST);
    // 6 s left: it may wait until 3 s before the get-ready tone.
    assert_eq!(
        next_patience_in("10s", Duration::from_secs(4)),
        Duration::from_secs(3)
    );
    // A short rest: said at once or not at all.
    assert_eq!(next_patience_in("4s", Duration::from_secs(1)), MAY);
}

#[test]
fn a_step_with_repetitions_says_which_one() {
    let text = "name = \"Calves\"\n[[step]]\nregion = \"calf\"\ntool = \"ball\"\nhold = \"30s\"\n\
                side = \"left\"\nreps = 3\n[[step]]\nregion = \"neck\"\ntool = \"thumb\"\n\
                hold = \"30s\"\nsay = \"Neck, side\"\nreps = 2\n";
    let plan = Session::new(routine::parse(text).routine.expect("valid"), false)
        .plan()
        .clone();
    assert_eq!(
        get_ready(&plan, 1, Level::Names, true),
        "Calf, left, second of three. Thirty seconds."
    );
    assert_eq!(next_phrase(&plan, 2), "Next: calf, left, third of three.");
    // The therapist's words, then which repetition.
    assert_eq!(
        get_ready(&plan, 3, Level::Minimal, true),
        "Neck, side. First of two."
    );
    assert!(
        every_phrase(&plan, Level::Names)
            .contains(&"Calf, left, first of three. Thirty seconds.".to_owned())
    );
}

#[test]
fn advice_to_ease_off_is_said_at_every_level() {
    use crate::session::{Effect, Notice};
    let session = Session::new(routine::parse(ROUTINE).routine.expect("valid"), false);
    let spot = session.plan().spot(0);
    let advice = |can_skip| Effect {
        at: Instant::now(),
        kind: EffectKind::Advice(Notice::EaseOff {
            spot,
            rating: 9,
            can_skip,
        }),
    };
    for level in Level::ALL {
        let said: Vec<String> = phrases(&session, &[advice(true)], level)
            .into_iter()
            .map(|p| p.text)
            .collect();
        assert_eq!(
            said,
            ["That's a lot: ease off a little, or press x to skip the rest of this spot."]
        );
    }
    let last = phrases(&session, &[advice(false)], Level::Names);
    assert_eq!(last[0].text, "That's a lot: ease off a little.");
    assert!(every_phrase(session.plan(), Level::Minimal).contains(&last[0].text));
}

/// A session of `text` run to its first rest, its effects taken; and that instant.
fn first_rest(text: &str) -> (Session, Instant) {
    let mut session = Session::new(routine::parse(text).routine.expect("valid"), false);
    let mut now = Instant::now();
    session.update(Input::Start, now);
    while !matches!(session.phase(), Phase::Rest { .. }) {
        let _ = session.take_effects();
        now = session.next_deadline().expect("running");
        session.tick(now);
    }
    (session, now)
}

/// A 9 typed during the hold answers the prompt as the hold ends, in the same batch: the
/// release is said without asking for the rating, the advice before what is next, and the
/// rest lasts long enough for them.
#[test]
fn a_high_rating_typed_during_the_hold_is_answered_with_the_advice_first() {
    let text = "name = \"Calves\"\n[[step]]\nregion = \"calf\"\ntool = \"ball\"\nhold = \"6s\"\n\
                prepare = \"3s\"\nrest = \"6s\"\nreps = 3\n";
    let (mut session, now) = first_rest(text);
    session.update(Input::Rate(Some(9)), now);
    let effects = session.take_effects();
    let planned = phrases(&session, &effects, Level::Names);
    let said: Vec<String> = planned.iter().map(|p| p.text.clone()).collect();
    assert_eq!(
        said,
        [
            "Release.",
            "That's a lot: ease off a little, or press x to skip the rest of this spot.",
            "Next: calf, second of three.",
        ]
    );
    assert!(every_phrase(session.plan(), Level::Names).contains(&said[0]));
    // "Next" waits for the two before it: left out, it was never said.
    assert!(
        planned[2].patience >= speaking_time(&said[0]) + speaking_time(&said[1]),
        "{:?}",
        planned[2].patience
    );
    let left = session.timer().expect("the rest runs").remaining(now);
    assert_eq!(
        left,
        crate::session::ADVICE_ROOM,
        "the 6 s rest is stretched"
    );
    // `x`, as the advice offers: said to be done.
    session.update(Input::SkipSpot, now + Duration::from_secs(5));
    let effects = session.take_effects();
    let said: Vec<String> = phrases(&session, &effects, Level::Names)
        .into_iter()
        .map(|p| p.text)
        .collect();
    assert_eq!(said, ["Skipped the rest of this spot."]);
    assert!(every_phrase(session.plan(), Level::Names).contains(&said[0]));
}

/// `x` in a rest skips the spot "Next: ..." named: the spot now next is said instead.
#[test]
fn after_skipping_a_spot_the_spot_now_next_is_said() {
    let text = "name = \"Two\"\n[defaults]\ntool = \"ball\"\nhold = \"6s\"\nprepare = \"3s\"\n\
                rest = \"15s\"\n[[step]]\nregion = \"calf\"\nreps = 2\n[[step]]\nregion = \"neck\"\n";
    let (mut session, now) = first_rest(text);
    session.update(Input::Rate(Some(9)), now + Duration::from_secs(1));
    let _ = session.take_effects();
    session.update(Input::SkipSpot, now + Duration::from_secs(8));
    let effects = session.take_effects();
    let said: Vec<String> = phrases(&session, &effects, Level::Names)
        .into_iter()
        .map(|p| p.text)
        .collect();
    assert_eq!(said, ["Skipped the rest of this spot.", "Next: neck."]);
}

#[test]
fn pausing_and_going_on_are_said_above_the_minimal_level() {
    use crate::session::Effect;
    let session = Session::new(routine::parse(ROUTINE).routine.expect("valid"), false);
    let at = Instant::now();
    let effects = [
        Effect {
            at,
            kind: EffectKind::Paused,
        },
        Effect {
            at,
            kind: EffectKind::Resumed,
        },
    ];
    let said = |level| -> Vec<String> {
        phrases(&session, &effects, level)
            .into_iter()
            .map(|p| p.text)
            .collect()
    };
    assert_eq!(said(Level::Names), ["Paused.", "Going on."]);
    // Minimal: the short tone alone says the key counted.
    assert!(said(Level::Minimal).is_empty());
}

#[test]
fn where_am_i_says_the_phase_the_spot_and_the_time_left() {
    let mut session = Session::new(routine::parse(ROUTINE).routine.expect("valid"), false);
    let t0 = Instant::now();
    assert_eq!(where_am_i(&session, t0), "Press Enter to begin.");
    session.update(Input::Start, t0);
    assert_eq!(
        where_am_i(&session, t0 + Duration::from_millis(1500)),
        "Getting ready: upper trapezius, left. Four seconds left."
    );
    session.tick(t0 + Duration::from_secs(5));
    assert_eq!(
        where_am_i(&session, t0 + Duration::from_secs(20)),
        "Holding upper trapezius, left. Thirty seconds left."
    );
    session.update(Input::TogglePause, t0 + Duration::from_secs(20));
    assert_eq!(
        where_am_i(&session, t0 + Duration::from_mins(1)),
        "Paused. Holding upper trapezius, left. Thirty seconds left."
    );
}
