//! Cues at the effect level: a scripted session through a recording speaker, no device.

use std::cell::RefCell;
use std::rc::Rc;
use std::time::{Duration, Instant};

use super::*;
use crate::routine;
use crate::session::{Input, Session};

/// Remembers what it was asked to play.
struct Recorder(Rc<RefCell<Vec<(Cue, f32)>>>);

impl Speaker for Recorder {
    fn play(&mut self, cue: Cue, volume: f32, _delay: Duration) -> Duration {
        self.0.borrow_mut().push((cue, volume));
        Duration::ZERO
    }
}

const ROUTINE: &str = r#"
name = "cues"
[[step]]
region = "calf"
tool = "ball"
hold = "10s"
rest = "5s"
prepare = "3s"
side = "both"
[[step]]
region = "neck"
tool = "thumb"
hold = "20s"
prepare = "5s"
release = "manual"
"#;

struct Script {
    session: Session,
    audio: Audio,
    t0: Instant,
    heard: Vec<(String, Cue)>,
}

impl Script {
    fn new(choices: &Choices, speaker: Box<dyn Speaker>) -> Self {
        let routine = routine::parse(ROUTINE).routine.expect("valid");
        Self {
            session: Session::new(routine, false),
            audio: Audio::with_speaker(speaker, choices),
            t0: Instant::now(),
            heard: vec![],
        }
    }

    fn at(&self, secs: f64) -> Instant {
        self.t0 + Duration::from_secs_f64(secs)
    }

    fn play(&mut self, effects: &[crate::session::Effect], now: Instant) {
        for (cue, due) in self.audio.play(effects, self.session.plan(), &[], now).cues {
            let secs = due.duration_since(self.t0).as_secs_f64();
            self.heard.push((format!("{secs:.1}"), cue));
        }
    }

    fn tick(&mut self, secs: f64) {
        self.session.tick(self.at(secs));
        let effects = self.session.take_effects();
        self.play(&effects, self.at(secs));
    }

    /// Ticks every 100 ms from `from` to `to`, as the event loop wakes.
    fn tick_through(&mut self, from: f64, to: f64) {
        let mut t = from;
        while t < to {
            t = (t + 0.1).min(to);
            self.tick(t);
        }
    }

    fn input(&mut self, input: Input, secs: f64) {
        self.session.update(input, self.at(secs));
        let effects = self.session.take_effects();
        self.play(&effects, self.at(secs));
    }

    fn heard(&self) -> Vec<(&str, Cue)> {
        self.heard.iter().map(|(t, c)| (t.as_str(), *c)).collect()
    }
}

#[test]
fn each_cue_fires_once_at_its_instant_through_pause_extend_and_skip() {
    let choices = Choices {
        volume: 80,
        ..Choices::default()
    };
    let played = Rc::new(RefCell::new(Vec::new()));
    let mut s = Script::new(&choices, Box::new(Recorder(played.clone())));
    s.input(Input::Start, 0.0);
    // Ticking every 100 ms, as a loop would, with a pause from 9 s to 19 s.
    let mut t: f64 = 0.0;
    while t < 24.0 {
        t += 0.1;
        if (t - 9.0).abs() < 0.05 || (t - 19.0).abs() < 0.05 {
            s.input(Input::TogglePause, t);
        } else {
            s.tick(t);
        }
    }
    s.input(Input::Rate(Some(4)), 24.0);
    s.tick_through(24.0, 32.0); // rest ends 28; right side: prepare 28-31, hold from 31
    s.input(Input::Extend, 32.0); // hold 1 now ends at 56
    s.tick_through(32.0, 56.5);
    s.input(Input::Next, 57.0); // skip the rest, unrated: next hold's prepare (5 s)
    s.tick_through(57.0, 62.5);
    s.input(Input::Release, 70.0);
    s.input(Input::Rate(Some(2)), 71.0);
    assert_eq!(
        s.heard(),
        vec![
            ("1.0", Cue::GetReady),
            ("2.0", Cue::GetReady),
            ("3.0", Cue::HoldStart),
            ("8.0", Cue::Halfway),
            ("20.0", Cue::HoldTick),
            ("21.0", Cue::HoldTick),
            ("22.0", Cue::HoldTick),
            ("23.0", Cue::Release),
            ("28.0", Cue::SwitchSides),
            ("29.0", Cue::GetReady),
            ("30.0", Cue::GetReady),
            ("31.0", Cue::HoldStart),
            ("43.5", Cue::Halfway),
            ("53.0", Cue::HoldTick),
            ("54.0", Cue::HoldTick),
            ("55.0", Cue::HoldTick),
            ("56.0", Cue::Release),
            ("57.0", Cue::Next),
            ("59.0", Cue::GetReady),
            ("60.0", Cue::GetReady),
            ("61.0", Cue::GetReady),
            ("62.0", Cue::HoldStart),
            ("70.0", Cue::Release),
            ("71.0", Cue::Complete),
        ]
    );
    assert!(
        played
            .borrow()
            .iter()
            .all(|&(_, volume)| (volume - 0.8).abs() < 1e-6)
    );
}

#[test]
fn muted_cues_are_not_played_and_unmuting_brings_them_back() {
    let played = Rc::new(RefCell::new(Vec::new()));
    let mut s = Script::new(
        &Choices {
            volume: 50,
            mute: true,
            ..Choices::default()
        },
        Box::new(Recorder(played.clone())),
    );
    assert_eq!(s.audio.label(), "muted");
    s.input(Input::Start, 0.0);
    s.tick(3.0);
    assert!(played.borrow().is_empty());
    // Unmuted: the short tone first, so the key is heard to count.
    s.audio.toggle_mute(s.at(3.0));
    assert_eq!(s.audio.label(), "sound 50%");
    assert_eq!(*played.borrow(), vec![(Cue::Kept, 0.5)]);
    s.tick(8.0);
    assert_eq!(
        *played.borrow(),
        vec![(Cue::Kept, 0.5), (Cue::Halfway, 0.5)]
    );
    // Muted again: the tone is the last thing heard.
    s.audio.toggle_mute(s.at(8.5));
    assert_eq!(played.borrow().last(), Some(&(Cue::Kept, 0.5)));
    assert_eq!(played.borrow().len(), 3);
}

#[test]
fn waking_from_sleep_plays_only_the_last_cue_of_what_was_missed() {
    let played = Rc::new(RefCell::new(Vec::new()));
    let mut s = Script::new(&Choices::default(), Box::new(Recorder(played.clone())));
    s.input(Input::Start, 0.0);
    s.tick(3.5);
    assert_eq!(s.heard().last().map(|(_, c)| *c), Some(Cue::HoldStart));
    let before = s.heard().len();
    // The lid closes mid-hold and opens an hour later: halfway, three ticks, the release,
    // the rating prompt's nudges and then the session pausing were missed; only the latest
    // plays: the reminder, two minutes old at most, that the session is paused.
    s.tick(3600.0);
    assert_eq!(s.heard()[before..], [("3498.0", Cue::Remind)]);
    // Woken at 11.9 s: the halfway bell (8 s) is 3.9 s stale and left out; the ticks of
    // 10 s and 11 s are at most 1.9 s late, a slow machine, and play.
    let mut t = Script::new(&Choices::default(), Box::new(Recorder(played.clone())));
    t.input(Input::Start, 0.0);
    t.tick(3.5);
    let before = t.heard().len();
    t.tick(11.9);
    assert_eq!(
        t.heard()[before..],
        [("10.0", Cue::HoldTick), ("11.0", Cue::HoldTick)]
    );
}

#[test]
fn without_a_device_the_screen_says_so_once() {
    let audio = Audio::with(
        None,
        Kind::Silent,
        &Choices::default(),
        Some("no audio device: visual cues only".into()),
    );
    assert_eq!(audio.label(), "no sound");
    assert_eq!(audio.notice(), Some("no audio device: visual cues only"));
}

/// A speaker whose output can be open or closed; each cue sounds for half a second.
struct Stream {
    open: Rc<RefCell<bool>>,
    played_closed: Rc<RefCell<usize>>,
}

impl Speaker for Stream {
    fn play(&mut self, _cue: Cue, _volume: f32, _delay: Duration) -> Duration {
        if !*self.open.borrow() {
            *self.played_closed.borrow_mut() += 1;
        }
        Duration::from_millis(500)
    }

    fn keep_open(&mut self, open: bool) {
        *self.open.borrow_mut() = open;
    }
}

/// The output is open only around cues: not on the overview or in the quiet middle of a
/// hold, but from `WARM_UP` before each deadline until its cue has sounded; every cue due at a
/// deadline finds it open.
#[test]
fn the_output_is_open_only_around_cues() {
    let open = Rc::new(RefCell::new(true));
    let played_closed = Rc::new(RefCell::new(0));
    let speaker = Stream {
        open: open.clone(),
        played_closed: played_closed.clone(),
    };
    let mut s = Script::new(&Choices::default(), Box::new(speaker));
    let standby = |s: &mut Script, secs: f64| {
        let next = s.session.next_deadline();
        let awaits = s.session.awaits_rating();
        s.audio.standby(s.at(secs), next, awaits)
    };
    // The overview: nothing is due, so nothing is open.
    assert_eq!(standby(&mut s, 0.0), None);
    assert!(!*open.borrow());
    // Prepare 3 s: ticks at 1 s and 2 s, the hold at 3 s (halfway at 8 s, ticks from 10 s).
    s.input(Input::Start, 0.0);
    assert_eq!(standby(&mut s, 0.0), None, "the 1 s tick is near");
    assert!(*open.borrow());
    // Run the session as the loop would, calling standby wherever it asks and each second.
    let mut t: f64 = 0.0;
    let mut opened_at_halfway = false;
    let mut closed_mid_hold = false;
    while t < 13.5 {
        let wake = standby(&mut s, t).map(|at| at.duration_since(s.t0).as_secs_f64());
        t = wake.unwrap_or(t + 1.0).min(t + 1.0).max(t + 0.01);
        s.tick(t);
        standby(&mut s, t);
        if (5.0..6.0).contains(&t) && !*open.borrow() {
            closed_mid_hold = true;
        }
        if (6.5..8.0).contains(&t) && *open.borrow() {
            opened_at_halfway = true;
        }
    }
    assert!(
        closed_mid_hold,
        "closed between the hold's start and its halfway bell"
    );
    assert!(opened_at_halfway, "open again before the halfway bell");
    assert_eq!(
        *played_closed.borrow(),
        0,
        "every cue found the output open"
    );
    // The hold ended at 13 s; the rest is over at 18 s and the session waits for the rating.
    // The nudge sounds at once; the output stays open a while for a prompt answer (whose
    // cue would be late on a device still opening), then goes until the first reminder.
    s.tick_through(13.5, 18.2);
    assert_eq!(s.session.next_deadline(), Some(s.at(38.0)));
    let until = standby(&mut s, 18.2).expect("a time to let go");
    assert!(*open.borrow());
    assert!(
        until >= s.at(18.5) + LINGER && until <= s.at(19.0) + LINGER,
        "{until:?}"
    );
    let after = until.duration_since(s.t0).as_secs_f64() + 0.01;
    assert_eq!(
        standby(&mut s, after),
        s.at(38.0).checked_sub(WARM_UP),
        "wakes to open for the reminder"
    );
    assert!(!*open.borrow());
    // Muted (its short tone the last sound), nothing lingers after it.
    s.audio.toggle_mute(s.at(60.0));
    assert_eq!(standby(&mut s, 60.5), None);
    assert!(!*open.borrow());
}

#[test]
fn a_rating_left_waiting_is_nudged_by_the_soft_remind_cue() {
    let played = Rc::new(RefCell::new(Vec::new()));
    let mut s = Script::new(&Choices::default(), Box::new(Recorder(played.clone())));
    s.input(Input::Start, 0.0);
    // Wake at every deadline, as the loop does, through the rest (18 s) and two reminders.
    let mut t = 0.0;
    while t < 58.5 {
        let next = s
            .session
            .next_deadline()
            .map(|at| at.duration_since(s.t0).as_secs_f64());
        t = next.unwrap_or(58.5).min(58.5);
        s.tick(t);
    }
    let heard: Vec<(&str, Cue)> = s
        .heard()
        .into_iter()
        .filter(|&(_, cue)| cue == Cue::Remind)
        .collect();
    assert_eq!(
        heard,
        [
            ("18.0", Cue::Remind),
            ("38.0", Cue::Remind),
            ("58.0", Cue::Remind)
        ]
    );
    assert!(
        crate::audio::synth::signature(Cue::Remind)
            < Cue::ALL
                .into_iter()
                .filter(|&c| c != Cue::Remind)
                .map(crate::audio::synth::signature)
                .fold(f32::MAX, f32::min),
        "the nudge is the lowest cue"
    );
}

/// Remembers when each cue and phrase is to start; each cue sounds for half a second.
struct Timed(Rc<RefCell<Vec<(String, Duration)>>>);

/// A delay to the nearest millisecond (a phrase's length is whole samples).
fn rounded(d: Duration) -> Duration {
    Duration::from_millis(u64::try_from((d.as_micros() + 500) / 1000).unwrap_or(u64::MAX))
}

impl Speaker for Timed {
    fn play(&mut self, cue: Cue, _volume: f32, delay: Duration) -> Duration {
        self.0
            .borrow_mut()
            .push((cue.name().to_owned(), rounded(delay)));
        Duration::from_millis(500)
    }

    fn say(&mut self, phrase: &Phrase, _volume: f32, delay: Duration) -> Duration {
        self.0
            .borrow_mut()
            .push((phrase.text.clone(), rounded(delay)));
        phrase.length()
    }

    fn hush(&mut self) {
        self.0
            .borrow_mut()
            .push(("hush".to_owned(), Duration::ZERO));
    }

    fn duck(&mut self, volume: f32, _until: Instant) {
        // The voice at 80%, lowered to a third of that.
        assert!((volume - 0.8 * crate::audio::DUCK).abs() < 1e-6, "{volume}");
        self.0
            .borrow_mut()
            .push(("duck".to_owned(), Duration::ZERO));
    }
}

/// A voice whose every phrase is the halfway bell (0.5 s) after the lead-in: 0.75 s.
fn stand_in_voice(phrases: &[&str]) -> Voice {
    let wav = format!("{}/sounds/halfway.wav", env!("CARGO_MANIFEST_DIR"));
    let engine = crate::voice::Engine::from_choices(&crate::voice::Choices {
        command: Some(vec!["cat".into(), wav]),
        ..crate::voice::Choices::default()
    });
    let voice = Voice::start(
        engine,
        None,
        phrases.iter().map(|p| (*p).to_owned()).collect(),
    );
    let deadline = Instant::now() + Duration::from_secs(10);
    while voice.ready_count() < phrases.len() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(5));
    }
    voice
}

/// What a [`Timed`] speaker was asked: (cue or phrase, delay).
type Heard = Rc<RefCell<Vec<(String, Duration)>>>;

/// Audio speaking at `full` through a [`Timed`] speaker, with "Release. Rate it, zero to
/// ten." and "Three." rendered, and the session its effects come from.
fn speaking() -> (Heard, Session, Audio) {
    let heard = Rc::new(RefCell::new(Vec::new()));
    let session = Session::new(routine::parse(ROUTINE).routine.expect("valid"), false);
    let voice = stand_in_voice(&["Release. Rate it, zero to ten.", "Three."]);
    let audio = Audio::with_speaker(Box::new(Timed(heard.clone())), &Choices::default())
        .with_voice(voice, Level::Full, true, 80);
    (heard, session, audio)
}

fn ms(n: u64) -> Duration {
    Duration::from_millis(n)
}

fn said(at: Instant, text: &str, patience: Duration) -> crate::speech::Said {
    crate::speech::Said {
        at,
        text: text.to_owned(),
        patience,
    }
}

#[test]
fn speech_and_tones_share_one_queue() {
    use crate::session::{Effect, EffectKind, HoldOutcome, HoldRecord};
    let (heard, session, mut audio) = speaking();
    let t0 = Instant::now();
    let at = |n: u64| t0 + ms(n);
    let ended = Effect {
        at: at(0),
        kind: EffectKind::HoldEnded(HoldRecord {
            hold: 0,
            planned: Duration::from_secs(10),
            held: Duration::from_secs(10),
            released_after: None,
            outcome: HoldOutcome::Completed,
            rating: None,
        }),
    };
    let release = [said(
        at(0),
        "Release. Rate it, zero to ten.",
        crate::speech::MUST,
    )];
    let played = audio.play(&[ended], session.plan(), &release, at(0));
    // The release tone, then the phrase once the tone has sounded; its first sound comes
    // after the lead-in.
    assert_eq!(
        *heard.borrow(),
        [
            ("release".to_owned(), ms(0)),
            ("Release. Rate it, zero to ten.".to_owned(), ms(500))
        ]
    );
    assert_eq!(
        played.phrases[0].2,
        at(750),
        "the first sound, after the lead-in"
    );
    heard.borrow_mut().clear();
    // While the phrase sounds (to 1.25 s): a tick and a bell sound at once, over it, the
    // phrase lowered under each.
    let tick = Effect {
        at: at(600),
        kind: EffectKind::Countdown {
            hold: 1,
            phase: crate::session::Countdown::Hold,
            seconds_left: 2,
        },
    };
    let bell = Effect {
        at: at(700),
        kind: EffectKind::Halfway { hold: 1 },
    };
    audio.play(&[tick], session.plan(), &[], at(600));
    audio.play(&[bell], session.plan(), &[], at(700));
    assert_eq!(
        *heard.borrow(),
        [
            ("hold_tick".to_owned(), ms(0)),
            ("duck".to_owned(), ms(0)),
            ("halfway".to_owned(), ms(0)),
            ("duck".to_owned(), ms(0)),
        ]
    );
    heard.borrow_mut().clear();
    // A spoken count replaces its tick.
    let three = Effect {
        at: at(5000),
        kind: EffectKind::Countdown {
            hold: 1,
            phase: crate::session::Countdown::Hold,
            seconds_left: 3,
        },
    };
    audio.play(
        std::slice::from_ref(&three),
        session.plan(),
        &[said(at(5000), "Three.", crate::speech::MAY)],
        at(5000),
    );
    assert_eq!(*heard.borrow(), [("Three.".to_owned(), ms(0))]);
    heard.borrow_mut().clear();
    // A phrase not rendered in time is left out; its tone still plays.
    audio.play(
        &[Effect {
            at: at(9000),
            kind: EffectKind::Halfway { hold: 1 },
        }],
        session.plan(),
        &[said(at(9000), "Halfway.", crate::speech::MAY)],
        at(9000),
    );
    assert_eq!(*heard.borrow(), [("halfway".to_owned(), ms(0))]);
    heard.borrow_mut().clear();
}

#[test]
fn a_phrase_gone_stale_is_stopped_once_the_tone_is_on_its_way() {
    use crate::session::{Effect, EffectKind};
    let (heard, session, mut audio) = speaking();
    let t0 = Instant::now();
    let at = |n: u64| t0 + ms(n);
    let release = [said(
        at(0),
        "Release. Rate it, zero to ten.",
        crate::speech::MUST,
    )];
    audio.play(&[], session.plan(), &release, at(0));
    heard.borrow_mut().clear();
    // A new phase while it still sounds: it has gone stale, and stops once the tone is on
    // its way (stopping it must not delay the tone).
    let hold = Effect {
        at: at(400),
        kind: EffectKind::PhaseStarted {
            hold: 1,
            phase: crate::session::PhaseKind::Hold,
        },
    };
    audio.play(&[hold], session.plan(), &[], at(400));
    assert_eq!(
        *heard.borrow(),
        [
            ("hold_start".to_owned(), ms(0)),
            ("duck".to_owned(), ms(0)),
            ("hush".to_owned(), ms(0))
        ]
    );
    heard.borrow_mut().clear();
}

#[test]
fn a_phrase_that_may_not_wait_is_left_out_and_v_turns_the_voice_off() {
    use crate::session::{Effect, EffectKind};
    let (heard, session, mut audio) = speaking();
    let t0 = Instant::now();
    let at = |n: u64| t0 + ms(n);
    let three = Effect {
        at: at(20_000),
        kind: EffectKind::Countdown {
            hold: 1,
            phase: crate::session::Countdown::Hold,
            seconds_left: 3,
        },
    };
    // A phrase that may not wait is left out while another sounds; one that must, waits.
    let long = [said(
        at(12_000),
        "Release. Rate it, zero to ten.",
        crate::speech::MUST,
    )];
    audio.play(&[], session.plan(), &long, at(12_000));
    let three_late = [said(at(12_100), "Three.", crate::speech::MAY)];
    audio.play(&[], session.plan(), &three_late, at(12_100));
    audio.play(&[], session.plan(), &long, at(12_200));
    assert_eq!(
        *heard.borrow(),
        [
            ("Release. Rate it, zero to ten.".to_owned(), ms(0)),
            ("Release. Rate it, zero to ten.".to_owned(), ms(550)),
        ]
    );
    heard.borrow_mut().clear();
    // v turns the voice off, said by the short tone (over the phrase still sounding); then
    // the tone alone, its tick back.
    audio.toggle_voice(Instant::now());
    assert!(!audio.speaks());
    assert_eq!(heard.borrow()[0].0, "kept");
    heard.borrow_mut().clear();
    audio.play(
        &[three],
        session.plan(),
        &[said(at(20_000), "Three.", crate::speech::MAY)],
        at(20_000),
    );
    assert_eq!(*heard.borrow(), [("hold_tick".to_owned(), ms(0))]);
    assert_eq!(audio.label(), "sound 0%");
    audio.toggle_voice(Instant::now());
    assert_eq!(audio.label(), "sound 0% · voice");
}

/// Remembers whether it was closed.
struct Closing(std::sync::Arc<std::sync::Mutex<Vec<String>>>);

impl Speaker for Closing {
    fn play(&mut self, _cue: Cue, _volume: f32, _delay: Duration) -> Duration {
        Duration::ZERO
    }

    fn close(&mut self) {
        self.0.lock().expect("lock").push("(closed)".to_owned());
    }
}

#[test]
fn the_output_is_closed_at_the_end() {
    let asked = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let voice = stand_in_voice(&["Hold."]);
    let audio = Audio::with_speaker(Box::new(Closing(asked.clone())), &Choices::default())
        .with_voice(voice, Level::Names, true, 80);
    audio.abandon();
    assert_eq!(*asked.lock().expect("lock"), ["(closed)"]);
}

#[test]
fn a_phrase_asked_for_by_a_key_is_said_once_rendered() {
    let heard = Rc::new(RefCell::new(Vec::new()));
    let voice = stand_in_voice(&["Hold."]);
    let mut audio = Audio::with_speaker(Box::new(Timed(heard.clone())), &Choices::default())
        .with_voice(voice, Level::Names, true, 80);
    let t0 = Instant::now();
    // Not rendered ahead: asked of the voice, and said once it is there.
    audio.say_when_ready("Holding calf. Ten seconds left.", t0);
    let deadline = Instant::now() + Duration::from_secs(10);
    while heard.borrow().is_empty() && Instant::now() < deadline {
        let next = audio.standby(Instant::now(), None, false);
        assert!(next.is_some(), "the loop is asked to look again");
        std::thread::sleep(Duration::from_millis(20));
    }
    assert_eq!(heard.borrow()[0].0, "Holding calf. Ten seconds left.");
    // Voice off: nothing is asked or said.
    heard.borrow_mut().clear();
    audio.toggle_voice(Instant::now());
    heard.borrow_mut().clear();
    audio.say_when_ready("Holding calf. Nine seconds left.", Instant::now());
    assert!(heard.borrow().is_empty());
}

/// Eyes closed on a ball on the floor: each activity's question and the global impression's
/// are said as they are asked, and an answered one is not said over the next.
#[test]
fn the_measures_questions_are_said_as_they_are_asked() {
    use crate::driver::{Ask, Driver};
    let text = "name = \"t\"\n[[step]]\nregion = \"calf\"\ntool = \"ball\"\nhold = \"1s\"\n\
                prepare = \"0s\"\nrest = \"0s\"\n[prescription]\nstart = 2026-11-02\nweeks = 2\n\
                pgic = true\nactivities = [\"walking the dog\", \"sleeping on my side\"]\n";
    let session = Session::new(routine::parse(text).routine.expect("valid"), false)
        .with_measures(true, Some(1));
    let walking = crate::speech::activity_question("walking the dog");
    let sleeping = crate::speech::activity_question("sleeping on my side");
    let heard = Rc::new(RefCell::new(Vec::new()));
    let change = crate::speech::change_question();
    let voice = stand_in_voice(&[&walking, &sleeping, &change]);
    let mut outputs = crate::outputs::Outputs::silent();
    outputs.audio = Audio::with_speaker(Box::new(Timed(heard.clone())), &Choices::default())
        .with_voice(voice, Level::Minimal, true, 80);
    let mut driver = Driver::new(session, outputs);
    let said =
        |heard: &Heard| -> Vec<String> { heard.borrow().iter().map(|h| h.0.clone()).collect() };
    let t0 = Instant::now();
    driver.act(crate::keys::Action::Begin, t0);
    assert_eq!(driver.ask(), Ask::Activity(0));
    assert_eq!(said(&heard), [walking.as_str()]);
    driver.answer(Some(4), t0 + ms(100));
    assert_eq!(driver.ask(), Ask::Activity(1));
    assert_eq!(
        said(&heard),
        [walking.clone(), "hush".to_owned(), sleeping.clone()],
        "the first question, answered, stops for the next"
    );
    driver.answer(None, t0 + ms(200));
    let end = t0 + Duration::from_secs(2);
    let _ = driver.step(end);
    driver.rate(Some(3), end);
    let _ = driver.step(end);
    assert_eq!(driver.ask(), Ask::Change);
    assert_eq!(
        said(&heard).last().map(String::as_str),
        Some(change.as_str())
    );
}
