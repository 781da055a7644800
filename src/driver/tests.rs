//! Both faces over one table of scenarios: the same inputs at the same instants (a line in
//! plain mode, the keys that mean it on the full screen) give the same session, history and
//! summary words.

use std::time::{Duration, Instant};

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::Driver;
use super::run::Face as _;
use crate::app::App;
use crate::history::export::{self, ExportRow};
use crate::history::{Recorder, SessionMeta, Store};
use crate::outputs::Outputs;
use crate::plain::{self, Lines};
use crate::routine;
use crate::session::{Outcome, Session};
use crate::theme::Theme;

/// Calf on both sides, two reps each (prepare 2 s, hold 5 s, rest 4 s), then the neck once.
const ROUTINE: &str = r#"
name = "Scenarios"
stop_above = 9
[[step]]
region = "calf"
tool = "ball"
hold = "5s"
rest = "4s"
prepare = "2s"
reps = 2
side = "both"
[[step]]
region = "neck"
tool = "thumb"
hold = "5s"
prepare = "2s"
rest = "3s"
"#;

/// One input: when (seconds from the start), the line typed in plain mode, and the keys
/// pressed on the full screen for the same thing.
type Step = (f64, &'static str, &'static [KeyCode]);

const ENTER: KeyCode = KeyCode::Enter;
const fn c(ch: char) -> KeyCode {
    KeyCode::Char(ch)
}

/// The scenarios: what a person does, and when.
const SCENARIOS: &[(&str, &[Step])] = &[
    (
        "ratings on each prompt",
        &[
            (0.0, "", &[ENTER]),
            (8.0, "4", &[c('4'), ENTER]),
            (19.5, "t", &[c('t'), ENTER]),
            (31.0, "3", &[c('3'), ENTER]),
            (42.0, "s", &[c('s')]),
            (53.0, "2", &[c('2'), ENTER]),
        ],
    ),
    (
        "ratings typed during the get-ready and the hold are kept for their prompts",
        &[
            (0.0, "", &[ENTER]),
            (1.0, "6", &[c('6')]),
            (4.0, "5", &[c('5')]),
            (14.0, "3", &[c('3')]),
        ],
    ),
    (
        "a rating typed before the session begins",
        &[(0.0, "8", &[c('8')]), (0.5, "", &[ENTER])],
    ),
    (
        "a hold ended early, one gone back to, one extended, a pause",
        &[
            (0.0, "", &[ENTER]),
            (4.0, "n", &[c('n')]),
            (5.0, "7", &[c('7'), ENTER]),
            (6.0, "b", &[c('b')]),
            (10.0, "+", &[c('+')]),
            (12.0, "p", &[c(' ')]),
            (20.0, "p", &[c('p')]),
            (35.0, "2", &[c('2'), ENTER]),
        ],
    ),
    (
        "ease-off advice and the rest of the spot skipped",
        &[
            (0.0, "", &[ENTER]),
            (7.5, "9", &[c('9'), ENTER]),
            (8.0, "x", &[c('x')]),
        ],
    ),
    (
        "quit asked, declined, asked again and confirmed",
        &[
            (0.0, "", &[ENTER]),
            (3.0, "q", &[c('q')]),
            (30.0, "n", &[c('n')]),
            (8.0 + 27.0, "5", &[c('5'), ENTER]),
            (36.0, "q", &[c('q')]),
            (37.0, "y", &[c('y')]),
        ],
    ),
];

/// What a face made of a scenario.
#[derive(Debug, PartialEq)]
struct Played {
    effects: Vec<String>,
    history: Vec<(u32, u32, String, Option<u8>)>,
    outcome: Option<Outcome>,
    summary: String,
}

fn driver() -> Driver {
    let routine = routine::parse(ROUTINE).routine.expect("valid");
    let meta = SessionMeta::new(&routine, ROUTINE, "scenarios.toml");
    let store = Store::in_memory().expect("in memory");
    Driver::new(
        Session::new(routine, false),
        Outputs::recording(Recorder::with_store(store, meta)),
    )
}

/// A face being played a scenario.
trait Player {
    /// Applies one step through the face.
    fn input(&mut self, step: &Step, now: Instant);
    /// Steps the driver to `now` and lets the face see the effects.
    fn step(&mut self, now: Instant) -> Vec<crate::session::Effect>;
    fn driver(&mut self) -> &mut Driver;
}

struct Keys(App);

impl Player for Keys {
    fn input(&mut self, (_, _, keys): &Step, now: Instant) {
        for &key in *keys {
            self.0.on_key(KeyEvent::new(key, KeyModifiers::NONE), now);
        }
    }

    fn step(&mut self, now: Instant) -> Vec<crate::session::Effect> {
        self.0.driver.step(now)
    }

    fn driver(&mut self) -> &mut Driver {
        &mut self.0.driver
    }
}

struct Typed<'a, 'o>(Lines<'a, 'o>);

impl Player for Typed<'_, '_> {
    fn input(&mut self, (_, line, _): &Step, now: Instant) {
        self.0.read((*line).to_owned(), now).expect("read");
    }

    fn step(&mut self, now: Instant) -> Vec<crate::session::Effect> {
        let effects = self.0.driver().step(now);
        self.0.show(&effects, now).expect("shown");
        effects
    }

    fn driver(&mut self) -> &mut Driver {
        self.0.driver()
    }
}

/// Runs `steps` through `face`, stepping it at each input and every 100 ms between, up to
/// `end` seconds; returns every effect with the instant it was due.
fn play(face: &mut dyn Player, steps: &[Step], end: u32) -> Vec<String> {
    let t0 = Instant::now();
    let mut effects = Vec::new();
    let mut next = 0;
    for tenth in 0..=end * 10 {
        let at = f64::from(tenth) / 10.0;
        while next < steps.len() && steps[next].0 <= at {
            face.input(&steps[next], t0 + Duration::from_secs_f64(steps[next].0));
            next += 1;
        }
        for effect in face.step(t0 + Duration::from_secs_f64(at)) {
            let secs = effect.at.duration_since(t0).as_secs_f64();
            effects.push(format!("{secs:.1} {}", effect.kind.label()));
        }
    }
    effects
}

fn saved(driver: &mut Driver) -> Vec<(u32, u32, String, Option<u8>)> {
    let rows: Vec<ExportRow> = driver
        .outputs
        .history
        .as_mut()
        .and_then(|h| h.read(|store| export::rows(store, &export::Filter::default())))
        .expect("a history")
        .recv()
        .expect("read")
        .expect("rows");
    rows.into_iter()
        .map(|r| (r.hold_index, r.attempt, r.outcome, r.rating))
        .collect()
}

fn summary(driver: &Driver) -> String {
    let mut out = Vec::new();
    plain::summary(&driver.session, None, &mut out).expect("written");
    String::from_utf8(out).expect("utf-8")
}

fn result(effects: Vec<String>, driver: &mut Driver) -> Played {
    Played {
        effects,
        history: saved(driver),
        outcome: driver.session.outcome(),
        summary: summary(driver),
    }
}

#[test]
fn both_faces_make_the_same_session_of_the_same_inputs() {
    for (name, steps) in SCENARIOS {
        let end = 120;
        let mut app = App::new(
            Session::new(routine::parse(ROUTINE).routine.expect("valid"), false),
            Theme::new(false),
            Outputs::silent(),
        );
        app.driver = driver();
        let mut keys = Keys(app);
        let effects = play(&mut keys, steps, end);
        let on_screen = result(effects, &mut keys.0.driver);

        let mut out = Vec::new();
        let mut typed = Typed(Lines::new(driver(), None, &mut out));
        let effects = play(&mut typed, steps, end);
        let in_lines = result(effects, typed.driver());

        assert_eq!(on_screen, in_lines, "{name}");
    }
}

#[test]
fn the_scenarios_do_what_they_say() {
    let play_keys = |steps: &[Step]| {
        let mut app = App::new(
            Session::new(routine::parse(ROUTINE).routine.expect("valid"), false),
            Theme::new(false),
            Outputs::silent(),
        );
        app.driver = driver();
        let mut keys = Keys(app);
        let effects = play(&mut keys, steps, 120);
        result(effects, &mut keys.0.driver)
    };
    let ratings =
        |played: &Played| -> Vec<Option<u8>> { played.history.iter().map(|row| row.3).collect() };
    let rated = play_keys(SCENARIOS[0].1);
    assert_eq!(
        ratings(&rated),
        [Some(4), Some(10), Some(3), None, Some(2)],
        "{rated:#?}"
    );
    let kept = play_keys(SCENARIOS[1].1);
    assert_eq!(
        ratings(&kept)[..3],
        [Some(6), Some(5), Some(3)],
        "{kept:#?}"
    );
    let before = play_keys(SCENARIOS[2].1);
    assert_eq!(ratings(&before)[0], Some(8), "{before:#?}");
    let quit = play_keys(SCENARIOS[5].1);
    assert_eq!(quit.outcome, Some(Outcome::Quit), "{quit:#?}");
}

/// A hold rated 3, gone back to, done again and its rating skipped: the summary said "not
/// rated" while the history kept the 3. Both now keep the 3: a rating given is not taken
/// back by going back and not rating again.
#[test]
fn the_summary_and_the_history_agree_on_a_hold_done_again() {
    let mut driver = driver();
    let t0 = Instant::now();
    let at = |s: f64| t0 + Duration::from_secs_f64(s);
    driver.act(crate::keys::Action::Begin, at(0.0));
    let _ = driver.step(at(7.5));
    driver.rate(Some(3), at(7.5));
    let _ = driver.step(at(7.5));
    driver.act(crate::keys::Action::Back, at(8.0));
    let _ = driver.step(at(15.5));
    driver.rate(None, at(15.5));
    let _ = driver.step(at(15.5));
    let words = crate::words::SummaryWords::of(&driver.session, &|_, _| None);
    assert_eq!(words.holds[0].result, "rated 3/10", "{words:#?}");
    let rows = driver
        .outputs
        .history
        .as_mut()
        .and_then(|h| h.read(|store| store.holds(&export::Filter::default())))
        .expect("a history")
        .recv()
        .expect("read")
        .expect("rows");
    assert_eq!(rows.len(), 2, "both attempts are kept: {rows:#?}");
    let read = crate::history::rows::last_attempts(rows);
    assert_eq!(read.len(), 1);
    assert_eq!((read[0].attempt, read[0].rating), (1, Some(3)));
}

/// A script's lines typed all at once: ratings are kept only while holds are left for them;
/// the next number answers what comes after the holds.
#[test]
fn a_rating_is_kept_only_while_a_hold_is_left_for_it() {
    let text = "name = \"one\"\n[[step]]\nregion = \"calf\"\ntool = \"ball\"\nhold = \"5s\"\n";
    let routine = routine::parse(text).routine.expect("valid");
    let mut driver = Driver::new(Session::new(routine, false), Outputs::silent());
    let t0 = Instant::now();
    driver.act(crate::keys::Action::Begin, t0);
    assert!(driver.rate(Some(4), t0));
    assert!(!driver.rate(Some(3), t0), "one hold, one rating");
    assert_eq!(driver.kept().collect::<Vec<_>>(), [Some(4)]);
    // On the full screen, a digit with no hold left for it is not kept either.
    driver.typed(crate::keys::Action::Digit, Some(7), t0);
    assert_eq!(driver.kept().collect::<Vec<_>>(), [Some(4)]);
}
