//! The questions the driver asks over the session's screen: "Quit the session?" (with the
//! clock stopped), the overall pain before the first hold and after the last, the
//! prescription's activities before the first hold and the global impression of change
//! after the last, and the note for the therapist; and Ctrl-C, which asks to quit.

use std::time::Instant;

use super::entry::RatingEntry;
use super::{Ask, Driver, NOTE_CHARS, Reply};
use crate::keys::Action;
use crate::session::measures::Impression;
use crate::session::{Input, Moment, Phase};

impl Driver {
    /// What a box asking for a number (the overall pain, an activity, the global impression)
    /// does with an action: a value chosen, confirmed or skipped; every other action waits
    /// until it is answered.
    pub(super) fn on_scale_box(&mut self, action: Action, now: Instant) {
        // Only the box's own keys reach it (the key table's `Screen::Overall`), so the
        // actions it does not take are left alone, not listed.
        if action == Action::Confirm {
            if let Some(value) = self.entry.selected() {
                self.answer(Some(value), now);
            }
        } else if action == Action::SkipRating {
            self.answer(None, now);
        } else if action == Action::Interrupt {
            self.interrupt(now);
        } else if matches!(
            action,
            Action::Digit | Action::Ten | Action::Lower | Action::Raise
        ) {
            self.typed(action, None, now);
        }
    }

    /// What the note box does with an action (its text comes through [`Driver::type_note`]).
    pub(super) fn on_note_box(&mut self, action: Action, now: Instant) {
        if action == Action::Confirm {
            self.save_note(now);
        } else if matches!(action, Action::KeepGoing | Action::Interrupt) {
            self.ask = Ask::None;
        }
    }

    /// The answer to the question asked (`None`: skipped): the overall pain, an activity
    /// (0-10) or the global impression of change (1-7; another number is no answer).
    /// Before the first hold the next question follows, or the session begins.
    pub fn answer(&mut self, value: Option<u8>, now: Instant) {
        let input = match self.ask {
            Ask::Overall => Input::RateSession(value),
            Ask::Activity(_) => Input::RateActivity(value),
            Ask::Change if value.is_none_or(|n| Impression::from_number(n).is_some()) => {
                Input::RateChange(value)
            }
            Ask::Change | Ask::Quit | Ask::Note | Ask::None => return,
        };
        self.ask = Ask::None;
        self.entry = RatingEntry::default();
        self.outputs.audio.forget_asked(now);
        let before = self.session.phase() == Phase::Overview;
        self.session.update(input, now);
        if before {
            self.begin(now);
        }
    }

    /// The overall pain given (`None`: skipped).
    pub fn answer_overall(&mut self, rating: Option<u8>, now: Instant) {
        self.ask = Ask::Overall;
        self.answer(rating, now);
    }

    /// Whether a question comes before the first hold: the overall pain or an activity.
    pub fn asks_before_start(&self) -> bool {
        self.session.phase() == Phase::Overview
            && (self.session.session_rating_due() == Some(Moment::Before)
                || self.session.activity_due().is_some())
    }

    /// From the overview: the next question before the first hold (the overall pain, then
    /// each activity), or, with none left, the first hold.
    pub(super) fn begin(&mut self, now: Instant) {
        if self.session.session_rating_due() == Some(Moment::Before) {
            self.ask_overall();
        } else if let Some((index, activity)) = self.session.activity_due() {
            let said = crate::speech::activity_question(activity);
            self.entry = RatingEntry::default();
            self.ask = Ask::Activity(index);
            // Asked with eyes closed too (on a ball on the floor): the question is said.
            self.outputs.audio.say_when_ready(&said, now);
        } else {
            self.session.update(Input::Start, now);
        }
    }

    pub(super) fn ask_overall(&mut self) {
        self.entry = RatingEntry::default();
        self.ask = Ask::Overall;
    }

    /// The global impression of change, asked and said.
    pub(super) fn ask_change(&mut self, now: Instant) {
        self.entry = RatingEntry::default();
        self.ask = Ask::Change;
        self.outputs
            .audio
            .say_when_ready(&crate::speech::change_question(), now);
    }

    /// A character typed into the note (control and invisible characters are left out).
    pub fn type_note(&mut self, c: char) {
        if self.ask == Ask::Note
            && !c.is_control()
            && !crate::untrusted::is_bidi_control(c)
            && !crate::untrusted::is_invisible(c)
            && self.note.chars().count() < NOTE_CHARS
        {
            self.note.push(c);
        }
    }

    /// Backspace in the note.
    pub fn erase_note(&mut self) {
        if self.ask == Ask::Note {
            self.note.pop();
        }
    }

    /// The whole note at once (plain mode's line), then saved.
    pub fn write_note(&mut self, text: &str, now: Instant) {
        if self.ask != Ask::Note {
            return;
        }
        self.note.clear();
        for c in text.chars() {
            self.type_note(c);
        }
        self.save_note(now);
    }

    pub(super) fn save_note(&mut self, _now: Instant) {
        self.ask = Ask::None;
        let note = self.note.trim().to_owned();
        if note.is_empty() {
            return;
        }
        if let Some(history) = self.outputs.history.as_mut() {
            history.note(&note);
        }
        self.saved_note = Some(note);
        self.replies.push(Reply::NoteKept);
    }

    /// Ctrl-C typed: during a session it asks to quit (a second one quits), elsewhere it
    /// closes; either way the exit status says so.
    pub(super) fn interrupt(&mut self, now: Instant) {
        self.interrupted = true;
        match self.ask {
            Ask::Quit => self.quit(now),
            Ask::Overall | Ask::Activity(_) | Ask::Change | Ask::Note => self.ask = Ask::None,
            Ask::None => match self.session.phase() {
                Phase::Overview | Phase::Summary => self.close(now),
                Phase::Prepare(_) | Phase::Hold(_) | Phase::Rest { .. } => self.ask_to_quit(now),
            },
        }
    }

    /// What the quit box does with an input: only `y` (or a second Ctrl-C) quits; anything
    /// else (`None`: a key or line that means nothing) keeps going.
    pub fn on_quit_box(&mut self, action: Option<Action>, now: Instant) {
        match action {
            Some(Action::QuitNow) => self.quit(now),
            Some(Action::Interrupt) => {
                self.interrupted = true;
                self.quit(now);
            }
            Some(_) | None => self.keep_going(now),
        }
    }

    /// Opens "Quit the session?" with the clock stopped: time spent deciding is not taken
    /// from the hold.
    pub(super) fn ask_to_quit(&mut self, now: Instant) {
        self.ask = Ask::Quit;
        self.paused_for_quit = !self.session.is_paused();
        self.session.update(Input::Pause, now);
        self.replies.push(Reply::AskedQuit);
        // Eyes closed, "Paused." alone left the question unheard.
        self.then_say = Some(crate::speech::quit_asked());
    }

    /// Closes the quit box; the clock runs again if the box stopped it.
    pub(super) fn keep_going(&mut self, now: Instant) {
        self.ask = Ask::None;
        self.then_say = None;
        self.outputs.audio.forget_asked(now);
        self.interrupted = false;
        if std::mem::take(&mut self.paused_for_quit) {
            self.session.update(Input::Resume, now);
        }
        self.replies.push(Reply::GoingOn);
    }

    pub(super) fn quit(&mut self, now: Instant) {
        self.ask = Ask::None;
        self.then_say = None;
        self.outputs.audio.forget_asked(now);
        self.paused_for_quit = false;
        self.kept.clear();
        self.session.update(Input::Quit, now);
    }
}
