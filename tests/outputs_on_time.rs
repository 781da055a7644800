//! A session driven in real time, as the app loop drives it, with no audio device and a
//! notification service that never answers: every effect must still be handled on time.

use std::sync::Mutex;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use knead::audio::{Audio, Choices};
use knead::history::{Recorder, SessionMeta};
use knead::notify::{Notifications, Notifier};
use knead::outputs::Outputs;
use knead::routine;
use knead::session::{Input, Session};

/// A notification service stuck forever on its first message.
struct Hung(Mutex<mpsc::Receiver<()>>);

impl Notifier for Hung {
    fn show(&self, _: &str, _: &str) -> Result<(), knead::notify::NotifyError> {
        let _ = self.0.lock().map(|rx| rx.recv());
        Ok(())
    }
}

#[test]
fn no_device_and_a_hung_notifier_leave_every_deadline_on_time() {
    let text = "name = \"t\"\nauto_advance = true\n[[step]]\nregion = \"calf\"\ntool = \"ball\"\n\
                hold = \"1s\"\nprepare = \"1s\"\nrest = \"1s\"\nside = \"both\"\nreps = 2\n";
    let mut session = Session::new(routine::parse(text).routine.expect("valid"), false);
    let (_release, stuck) = mpsc::channel();
    // This machine may or may not have a sound device; either way nothing may wait on it.
    let audio = Audio::open(&Choices {
        volume: 80,
        ..Choices::default()
    });
    // The history is written too (each rating and hold commits with an fsync) and must not
    // make the session late either.
    let data = tempfile::tempdir().expect("tempdir");
    let meta = SessionMeta::new(session.plan().routine(), text, "t.toml");
    let history = Recorder::open(Some(data.path()), meta, std::sync::Arc::new(|| {}));
    let mut outputs = Outputs::new(
        audio,
        Notifications::start(Hung(Mutex::new(stuck))),
        history,
        Instant::now(),
    );

    let mut worst = Duration::ZERO;
    let mut handled = 0;
    let start = Instant::now();
    session.update(Input::Start, start);
    let effects = session.take_effects();
    outputs.handle(&effects, &session, start);
    // Until the last hold's rating prompt (whose reminders would go on for two minutes).
    while let Some(due) = session.next_deadline().filter(|_| !session.awaits_rating()) {
        std::thread::sleep(due.saturating_duration_since(Instant::now()));
        let now = Instant::now();
        session.tick(now);
        let effects = session.take_effects();
        outputs.handle(&effects, &session, now);
        let done = Instant::now();
        for effect in &effects {
            worst = worst.max(done.saturating_duration_since(effect.at));
            handled += 1;
        }
        assert!(
            start.elapsed() < Duration::from_mins(1),
            "the session stalled"
        );
    }
    // The last hold waits for its rating, auto-advance or not.
    let now = Instant::now();
    session.update(Input::Rate(None), now);
    let effects = session.take_effects();
    outputs.handle(&effects, &session, now);
    assert!(session.outcome().is_some(), "the session did not finish");
    assert!(handled > 20, "only {handled} effects");
    assert!(
        outputs.notifications.dropped() > 0,
        "the hung service should have made the queue overflow"
    );
    // A blocked notification call would stall a loop for as long as it blocks (up to minutes).
    assert!(
        worst < Duration::from_millis(50),
        "an effect was handled {worst:?} after it was due"
    );
}
