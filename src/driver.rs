//! One session, whichever face shows it. The full screen and `--plain` read their input
//! differently and show the session differently; everything between (what an action does to
//! the session, ratings typed ahead, the questions asked over the screen, the end of input,
//! what a signal means, handing effects to the outputs) happens here, once.
//!
//! [`run::drive`] is the one loop both faces run in.

mod ahead;
mod ask;
pub mod entry;
pub mod run;

use std::collections::VecDeque;
use std::time::Instant;

use crate::keys::{Action, Screen, State};
use crate::outputs::Outputs;
use crate::session::{Effect, EffectKind, Input, Moment, Phase, Session};
use crate::signals::Signal;
use entry::RatingEntry;

/// Longest note, in characters: one line for the therapist.
pub const NOTE_CHARS: usize = 200;

/// A question asked over the session's screen, which takes the next input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ask {
    /// Nothing is asked.
    None,
    /// "Quit the session?", with the clock stopped.
    Quit,
    /// "Overall pain now", for a routine that asks it before the first hold and after the
    /// last.
    Overall,
    /// An activity of the prescription (its index): how well it can be done now, 0-10,
    /// before the first hold of a session that rates them.
    Activity(usize),
    /// The global impression of change, 1-7, after the last hold of a session that closes
    /// a phase.
    Change,
    /// The note for the therapist, being typed.
    Note,
}

impl Ask {
    /// Whether it asks for a number on a scale (typed as a rating is).
    pub fn is_scale(self) -> bool {
        matches!(self, Ask::Overall | Ask::Activity(_) | Ask::Change)
    }
}

/// Why the session's face closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// The person closed it normally.
    Done,
    /// The person quit with Ctrl-C (exit status 130, as for an interrupted command).
    Interrupted,
    /// Something changed since the stop rules were answered: they are asked again before
    /// the session starts.
    AskAgain,
}

/// How the note for the therapist is offered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum NoteOffer {
    /// On a key of the summary (the full screen).
    OnKey,
    /// Asked once the summary is said (plain mode, prescribed routines).
    ToAsk,
    /// Asked already.
    Asked,
}

/// How the loop ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ended {
    /// The face closed.
    App(Exit),
    /// A signal that ends the process (SIGTERM, SIGHUP) ended it.
    Signal(Signal),
}

/// What the person is told about an input that changed nothing in the session itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reply {
    /// A rating given before its prompt, kept for it (`None`: that rating will be skipped).
    Kept(Option<u8>),
    /// "Quit the session?" was asked.
    AskedQuit,
    /// The quit box closed and the session goes on.
    GoingOn,
    /// The note was kept with the session.
    NoteKept,
    /// Where the session stands was asked (`w`): said, and in words for plain mode.
    Where(String),
}

/// The session and everything both faces share about driving it.
#[derive(Debug)]
#[allow(
    clippy::struct_excessive_bools,
    reason = "independent facts about the input: typed ahead, ended, Ctrl-C, the quit box's pause"
)]
pub struct Driver {
    /// The session.
    pub session: Session,
    /// Sound, notifications, the history and the timing log.
    pub outputs: Outputs,
    ask: Ask,
    /// The rating being typed key by key: the selection on the prompt, or (`typing_ahead`)
    /// the last rating kept before its prompt.
    entry: RatingEntry,
    typing_ahead: bool,
    /// Ratings given before their prompts, oldest first; each answers the next prompt.
    kept: VecDeque<Option<u8>>,
    /// The note as typed, and as last saved.
    note: String,
    saved_note: Option<String>,
    /// How the note is offered after the summary.
    offer: NoteOffer,
    input_ended: bool,
    interrupted: bool,
    /// The quit box stopped the clock, so closing it restarts it.
    paused_for_quit: bool,
    /// Said once this step's effects are: the quit question, after "Paused.".
    then_say: Option<String>,
    ended: Option<Ended>,
    replies: Vec<Reply>,
}

impl Driver {
    /// A driver at the session's overview, acting through `outputs`.
    pub fn new(session: Session, outputs: Outputs) -> Self {
        Self {
            session,
            outputs,
            ask: Ask::None,
            entry: RatingEntry::default(),
            typing_ahead: false,
            kept: VecDeque::new(),
            note: String::new(),
            saved_note: None,
            offer: NoteOffer::OnKey,
            input_ended: false,
            interrupted: false,
            paused_for_quit: false,
            then_say: None,
            ended: None,
            replies: Vec::new(),
        }
    }

    /// The driver asking for the note after the summary instead of offering it on a key.
    #[must_use]
    pub fn asking_note(mut self, ask: bool) -> Self {
        self.offer = if ask {
            NoteOffer::ToAsk
        } else {
            NoteOffer::OnKey
        };
        self
    }

    /// What is asked over the screen now.
    pub fn ask(&self) -> Ask {
        self.ask
    }

    /// The rating selected on the prompt (or being typed ahead of it).
    pub fn selected(&self) -> Option<u8> {
        self.entry.selected()
    }

    /// Ratings given before their prompts, oldest first.
    pub fn kept(&self) -> impl Iterator<Item = Option<u8>> + '_ {
        self.kept.iter().copied()
    }

    /// The note as typed so far.
    pub fn note(&self) -> &str {
        &self.note
    }

    /// The note as saved with the session, if one was.
    pub fn saved_note(&self) -> Option<&str> {
        self.saved_note.as_deref()
    }

    /// How the face should end, once it should.
    pub fn ended(&self) -> Option<Ended> {
        self.ended
    }

    /// Whether input has ended (plain mode's stdin closed).
    pub fn input_has_ended(&self) -> bool {
        self.input_ended
    }

    /// Whether the last input changed something the face will show: effects queued, or a
    /// reply to give.
    pub fn has_news(&self) -> bool {
        self.session.has_effects() || !self.replies.is_empty()
    }

    /// Takes what the person should be told about their inputs since the last call.
    pub fn take_replies(&mut self) -> Vec<Reply> {
        std::mem::take(&mut self.replies)
    }

    /// What the keys (and plain mode's words) act on now: the question asked, else the
    /// session's screen.
    pub fn key_state(&self) -> State {
        let mut state = self.screen_state();
        match self.ask {
            Ask::Quit => state.screen = Screen::ConfirmQuit,
            Ask::Overall | Ask::Activity(_) | Ask::Change => state.screen = Screen::Overall,
            Ask::Note => state.screen = Screen::Note,
            Ask::None => {}
        }
        state
    }

    /// What the screen under any question shows, for the key table (its footer).
    pub fn screen_state(&self) -> State {
        let audio = &self.outputs.audio;
        State {
            muted: audio.is_muted(),
            voice: audio.has_voice().then(|| audio.voice_on()),
            ..State::of(&self.session)
        }
    }

    /// Brings the session up to `now` and hands every effect it queued to the outputs; the
    /// face shows them. A rating kept for the prompt now open answers it, and with no input
    /// to come the session goes on by itself. The one place effects leave the session.
    pub fn step(&mut self, now: Instant) -> Vec<Effect> {
        self.session.tick(now);
        let mut effects = Vec::new();
        loop {
            if self.on_prompt()
                && self.ask == Ask::None
                && let Some(rating) = self.kept.pop_front()
            {
                self.session.update(Input::Rate(rating), now);
            }
            if self.input_ended {
                self.answer_for_nobody(now);
            }
            let batch = self.session.take_effects();
            if batch.is_empty() {
                break;
            }
            self.outputs.handle(&batch, &self.session, now);
            effects.extend(batch);
        }
        if effects.iter().any(|e| {
            matches!(
                e.kind,
                EffectKind::PhaseStarted { .. } | EffectKind::RatingGiven { .. }
            )
        }) {
            // A new phase, or an answered prompt: nothing is selected, and a key typed
            // ahead from now on is a rating of its own (within a phase a digit corrects
            // the one before, and 1 then 0 is 10).
            self.entry = RatingEntry::default();
            self.typing_ahead = false;
        }
        if let Some(text) = self.then_say.take() {
            self.outputs.audio.say_when_ready(&text, now);
        }
        self.after_the_last_hold(now);
        effects
    }

    /// At the summary: the overall pain when the routine asks it, then the global
    /// impression of change when this session closes a phase, then the note when it is
    /// asked (after a session quit before any hold too: why is what a therapist wants to
    /// know); once nothing is asked, a face that closes by itself (plain mode) may close.
    fn after_the_last_hold(&mut self, now: Instant) {
        if self.session.phase() != Phase::Summary || self.ask != Ask::None {
            return;
        }
        if self.session.session_rating_due() == Some(Moment::After) && !self.input_ended {
            self.ask_overall();
        } else if self.session.impression_due().is_some() && !self.input_ended {
            self.ask_change(now);
        } else if self.offer == NoteOffer::ToAsk && !self.input_ended {
            self.offer = NoteOffer::Asked;
            self.note.clear();
            self.ask = Ask::Note;
        }
    }

    /// Whether plain mode, which closes by itself, has nothing more to ask.
    pub fn is_finished(&self) -> bool {
        self.session.phase() == Phase::Summary
            && self.ask == Ask::None
            && ((self.session.session_rating_due().is_none()
                && self.session.impression_due().is_none())
                || self.input_ended)
            && (self.offer != NoteOffer::ToAsk || self.input_ended)
    }

    /// No input can come: whatever waits for the person is answered "nothing" and the
    /// session runs to its end.
    fn answer_for_nobody(&mut self, now: Instant) {
        match self.ask {
            Ask::Quit => self.keep_going(now),
            // Before the first hold nobody answered: the session begins all the same. After
            // the last, nothing is recorded for a question nobody heard.
            Ask::Overall if self.session.phase() == Phase::Overview => {
                self.answer_overall(None, now);
            }
            // Activities nobody rated are not kept: the next session asks them again.
            Ask::Overall | Ask::Activity(_) | Ask::Change | Ask::Note => self.ask = Ask::None,
            Ask::None => {}
        }
        match self.session.phase() {
            Phase::Overview => {
                if self.session.session_rating_due().is_some() {
                    self.session.update(Input::RateSession(None), now);
                }
                self.session.update(Input::Start, now);
            }
            Phase::Prepare(_) | Phase::Hold(_) | Phase::Rest { .. } => {
                if self.kept.is_empty() {
                    self.session.no_more_input(now);
                }
            }
            Phase::Summary => {}
        }
    }

    /// The one mapping from what a person does to what the session hears. Actions that are
    /// the face's own (help, scrolling, the history screen) are left to it.
    pub fn act(&mut self, action: Action, now: Instant) {
        match self.ask {
            Ask::Quit => return self.on_quit_box(Some(action), now),
            Ask::Overall | Ask::Activity(_) | Ask::Change => {
                return self.on_scale_box(action, now);
            }
            Ask::Note => return self.on_note_box(action, now),
            Ask::None => {}
        }
        let input = match action {
            Action::Begin => return self.begin(now),
            Action::Note => {
                self.note = self.saved_note.clone().unwrap_or_default();
                self.ask = Ask::Note;
                return;
            }
            Action::Pause => {
                // The key counted, heard with eyes closed (the voice says which it was).
                self.outputs.audio.acknowledge(now);
                Input::TogglePause
            }
            Action::Next => Input::Next,
            Action::Back => Input::Back,
            Action::Extend => Input::Extend,
            Action::Released => Input::Release,
            Action::SkipSpot => Input::SkipSpot,
            Action::Confirm => {
                if let Some(rating) = self.entry.selected() {
                    self.rate(Some(rating), now);
                }
                return;
            }
            Action::SkipRating => {
                self.rate(None, now);
                return;
            }
            Action::Digit | Action::Ten | Action::Lower | Action::Raise => {
                return self.typed(action, None, now);
            }
            Action::Mute => return self.outputs.audio.toggle_mute(now),
            Action::Voice => return self.outputs.audio.toggle_voice(now),
            Action::Where => return self.where_am_i(now),
            Action::Quit => return self.ask_to_quit(now),
            Action::Interrupt => return self.interrupt(now),
            Action::Close => return self.close(now),
            Action::Changed => {
                if matches!(self.session.phase(), Phase::Overview) {
                    self.session.update(Input::Quit, now);
                    self.ended = Some(Ended::App(Exit::AskAgain));
                }
                return;
            }
            Action::QuitNow
            | Action::WhereItHurts
            | Action::Left
            | Action::Right
            | Action::Yes
            | Action::No
            | Action::Pick
            | Action::Save
            | Action::KeepGoing
            | Action::Help
            | Action::History
            | Action::Up
            | Action::Down
            | Action::Focus
            | Action::Map
            | Action::Suspend
            | Action::Open
            | Action::NewRoutine
            | Action::Filter => return,
        };
        self.session.update(input, now);
    }

    /// Says where the session stands (`w`), and has it written where the face writes replies.
    fn where_am_i(&mut self, now: Instant) {
        let said = crate::speech::where_am_i(&self.session, now);
        self.outputs.audio.say_when_ready(&said, now);
        self.replies
            .push(Reply::Where(crate::words::status(&self.session, now)));
    }

    /// Input has ended: nothing more can be answered, so the session runs to its end.
    pub fn input_ended(&mut self, now: Instant) {
        self.input_ended = true;
        self.answer_for_nobody(now);
    }

    /// A signal: SIGINT is the person quitting (asked or not), SIGTERM and SIGHUP end the
    /// process; either way the session ends here, keeping what was rated.
    pub fn signal(&mut self, signal: Signal, now: Instant) {
        let (input, ended) = if signal == Signal::Interrupt {
            (Input::Quit, Ended::App(Exit::Interrupted))
        } else {
            (Input::Interrupt, Ended::Signal(signal))
        };
        self.ask = Ask::None;
        self.session.update(input, now);
        self.ended = Some(ended);
    }

    /// Before the process stops (Ctrl-Z): stops the clock, so no time is lost while stopped.
    pub fn suspend(&mut self, now: Instant) {
        if self.session.timer().is_some_and(|t| !t.is_paused()) {
            self.session.update(Input::TogglePause, now);
        }
    }

    /// Brought back after Ctrl-Z (`fg`): a session left paused says so, and how to go on.
    pub fn continued(&mut self, now: Instant) {
        if self.session.is_paused() {
            self.outputs
                .audio
                .say_when_ready(&crate::speech::still_paused(), now);
            self.replies
                .push(Reply::Where(crate::words::status(&self.session, now)));
        }
    }

    /// Closes the face: the summary read, or the overview left (a session stopped before
    /// its first hold, which the history does not keep).
    pub fn close(&mut self, now: Instant) {
        if self.session.phase() == Phase::Overview {
            self.session.update(Input::Quit, now);
        }
        self.ended = Some(Ended::App(if self.interrupted {
            Exit::Interrupted
        } else {
            Exit::Done
        }));
    }

    /// The next instant the session or the sound needs the loop awake.
    pub fn next_wake(&mut self, now: Instant) -> Option<Instant> {
        let next = self.session.next_deadline();
        let audio = self.outputs.audio.standby(
            now,
            next,
            self.session.waits_for_person() && !self.input_ended,
        );
        [next, audio].into_iter().flatten().min()
    }
}

#[cfg(test)]
mod tests;
