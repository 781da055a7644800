//! Notifications through fake notifiers: one that blocks forever, one that fails.

use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::*;
use crate::routine;
use crate::session::{Input, Session};

/// Blocks on its first message until the test ends, like a stuck notification service.
struct Hung(Mutex<mpsc::Receiver<()>>);

impl Notifier for Hung {
    fn show(&self, _: &str, _: &str) -> Result<(), NotifyError> {
        let _ = self.0.lock().map(|rx| rx.recv());
        Ok(())
    }
}

struct Failing;

impl Notifier for Failing {
    fn show(&self, _: &str, _: &str) -> Result<(), NotifyError> {
        Err(NotifyError {
            detail: "org.freedesktop.Notifications was not provided by any .service files".into(),
        })
    }
}

/// The notice the worker reports, polled for as the loop would, for at most 5 s.
fn notice_within_5s(notifications: &mut Notifications) -> Option<String> {
    let deadline = Instant::now() + Duration::from_secs(5);
    while notifications.notice().is_none() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(5));
        notifications.poll();
    }
    notifications.notice().map(str::to_owned)
}

/// The session's end, which always sends a notification.
fn ended() -> crate::session::Effect {
    crate::session::Effect {
        at: Instant::now(),
        kind: crate::session::EffectKind::Ended {
            outcome: crate::session::Outcome::Completed,
            held: 2,
        },
    }
}

/// Remembers what it showed.
struct Shown(Arc<Mutex<Vec<(String, String)>>>);

impl Notifier for Shown {
    fn show(&self, summary: &str, body: &str) -> Result<(), NotifyError> {
        self.0
            .lock()
            .map_err(|e| NotifyError {
                detail: e.to_string(),
            })?
            .push((summary.to_owned(), body.to_owned()));
        Ok(())
    }
}

fn session() -> Session {
    let text = "name = \"Legs\"\n[[step]]\nregion = \"calf\"\ntool = \"ball\"\nhold = \"60s\"\nside = \"both\"\ncue = \"Lean in. Breathe.\"\n";
    Session::new(routine::parse(text).routine.expect("valid"), false)
}

#[test]
fn a_hold_ending_a_rest_running_out_unrated_the_next_hold_and_the_end_each_send_one_message() {
    let shown = Arc::new(Mutex::new(Vec::new()));
    let mut notifications = Notifications::start(Shown(shown.clone()));
    let mut session = session();
    let t0 = Instant::now();
    let run = |input: Option<Input>, secs: u64, s: &mut Session, n: &mut Notifications| {
        let now = t0 + Duration::from_secs(secs);
        match input {
            Some(input) => s.update(input, now),
            None => s.tick(now),
        }
        let effects = s.take_effects();
        n.send(&effects, s.plan());
    };
    // Each message is let through before the next step, as minutes apart in a real session
    // (the queue is only four deep).
    let settle = |count: usize| {
        let deadline = Instant::now() + Duration::from_secs(5);
        while shown.lock().map_or(0, |s| s.len()) < count && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(5));
        }
    };
    run(Some(Input::Start), 0, &mut session, &mut notifications);
    run(None, 65, &mut session, &mut notifications);
    settle(1);
    // The rest runs out with no rating: the prompt asks again, as a notification.
    run(None, 200, &mut session, &mut notifications);
    settle(2);
    run(
        Some(Input::Rate(Some(5))),
        200,
        &mut session,
        &mut notifications,
    );
    settle(3);
    run(None, 265, &mut session, &mut notifications); // prepare 200-205 s, hold 205-265 s
    settle(4);
    run(
        Some(Input::Rate(None)),
        265,
        &mut session,
        &mut notifications,
    );
    drop(notifications); // closes the queue; the worker finishes what it has
    let deadline = Instant::now() + Duration::from_secs(5);
    while shown.lock().map_or(0, |s| s.len()) < 5 && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(5));
    }
    let shown = shown.lock().expect("lock").clone();
    assert_eq!(
        shown,
        vec![
            (
                "Release. Rate your left calf 0-10".to_owned(),
                "Legs".to_owned()
            ),
            ("Rate your left calf 0-10".to_owned(), "Legs".to_owned()),
            ("Next: right calf, 60 s".to_owned(), "Lean in.".to_owned()),
            (
                "Release. Rate your right calf 0-10".to_owned(),
                "Legs".to_owned()
            ),
            ("Session complete".to_owned(), "Legs: well done.".to_owned()),
        ]
    );
}

#[test]
fn a_hung_service_never_blocks_the_session_and_extra_messages_are_dropped() {
    let (release, blocked) = mpsc::channel();
    let mut notifications = Notifications::start(Hung(Mutex::new(blocked)));
    let session = session();
    let end = ended();
    // The worker holds one message and the queue four more; every further send must return
    // at once, dropping its message. (If a send waited, this test would never finish.)
    for _ in 0..100 {
        notifications.send(std::slice::from_ref(&end), session.plan());
    }
    assert!(
        notifications.dropped() >= 100 - QUEUE - 1,
        "dropped {}",
        notifications.dropped()
    );
    assert!(notifications.dropped() <= 100 - QUEUE);
    drop(release);
}

#[test]
fn a_failing_service_becomes_one_quiet_notice() {
    let mut notifications = Notifications::start(Failing);
    let session = session();
    let end = ended();
    notifications.send(&[end.clone(), end], session.plan());
    assert_eq!(
        notice_within_5s(&mut notifications).as_deref(),
        Some("notifications off: no notification service answered (--no-notify turns them off)")
    );
}

/// A service that is not there: it does not answer when asked, and shows nothing.
struct Absent(Arc<Mutex<usize>>);

impl Notifier for Absent {
    fn reach(&self) -> Result<(), NotifyError> {
        Err(NotifyError {
            detail: "org.freedesktop.DBus.Error.ServiceUnknown".into(),
        })
    }

    fn show(&self, _: &str, _: &str) -> Result<(), NotifyError> {
        *crate::threads::lock(&self.0) += 1;
        Ok(())
    }
}

#[test]
fn a_missing_service_is_said_before_anything_is_sent_and_nothing_is_tried() {
    let tried = Arc::new(Mutex::new(0));
    let mut notifications = Notifications::start(Absent(Arc::clone(&tried)));
    assert_eq!(
        notice_within_5s(&mut notifications).as_deref(),
        Some("notifications off: no notification service answered (--no-notify turns them off)")
    );
    let session = session();
    let end = ended();
    notifications.send(&[end], session.plan());
    std::thread::sleep(Duration::from_millis(50));
    assert_eq!(*crate::threads::lock(&tried), 0);
}

#[test]
fn turned_off_by_choice_says_nothing_and_sends_nothing() {
    let mut notifications = Notifications::desktop(false);
    assert_eq!(notifications.notice(), None);
    let session = session();
    let end = ended();
    notifications.send(&[end], session.plan());
    assert_eq!(notifications.dropped(), 0);
}

/// Each summary shown, with the notification it replaced.
type Replaced = Arc<Mutex<Vec<(String, Option<u32>)>>>;

/// Remembers which notification each one replaced, and numbers them as a service does.
struct Numbered(Replaced);

impl Notifier for Numbered {
    fn show(&self, _: &str, _: &str) -> Result<(), NotifyError> {
        Ok(())
    }

    fn show_replacing(
        &self,
        summary: &str,
        _: &str,
        replaces: Option<u32>,
    ) -> Result<Option<u32>, NotifyError> {
        let mut shown = self.0.lock().expect("lock");
        shown.push((summary.to_owned(), replaces));
        // The service keeps the number of the one replaced.
        Ok(Some(replaces.unwrap_or(41)))
    }
}

#[test]
fn a_session_keeps_one_notification_and_only_the_moments_chosen_notify() {
    let shown = Arc::new(Mutex::new(Vec::new()));
    let mut notifications = Notifications::start(Numbered(shown.clone()))
        .with_moments(&[Moment::Release, Moment::Complete]);
    let mut session = session();
    let t0 = Instant::now();
    for (input, secs) in [
        (Some(Input::Start), 0),
        (None, 65),                        // the hold ends: release
        (None, 200),                       // the rest ran out: "rate" is not chosen
        (Some(Input::Rate(Some(5))), 200), // the next hold: "next" is not chosen
        (None, 265),
        (Some(Input::Rate(None)), 265),
    ] {
        let now = t0 + Duration::from_secs(secs);
        match input {
            Some(input) => session.update(input, now),
            None => session.tick(now),
        }
        let effects = session.take_effects();
        notifications.send(&effects, session.plan());
        std::thread::sleep(Duration::from_millis(50));
    }
    drop(notifications);
    let deadline = Instant::now() + Duration::from_secs(5);
    while shown.lock().map_or(0, |s| s.len()) < 3 && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(5));
    }
    assert_eq!(
        *shown.lock().expect("lock"),
        [
            ("Release. Rate your left calf 0-10".to_owned(), None),
            ("Release. Rate your right calf 0-10".to_owned(), Some(41)),
            ("Session complete".to_owned(), Some(41)),
        ]
    );
}
