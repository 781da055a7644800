//! Ratings given before their prompts: kept in order while a hold is left for each, and the
//! keys that type one (a digit, `t`, the arrows), which on the prompt select instead.

use std::time::Instant;

use super::entry::RatingEntry;
use super::{Ask, Driver, Reply};
use crate::keys::Action;
use crate::session::{Input, MAX_RATING, Phase};

impl Driver {
    pub(super) fn on_prompt(&self) -> bool {
        matches!(self.session.phase(), Phase::Rest { rated: false, .. })
    }

    /// Whether a rating given now is for a hold still to come.
    pub(super) fn ahead_of_prompt(&self) -> bool {
        matches!(
            self.session.phase(),
            Phase::Overview | Phase::Prepare(_) | Phase::Hold(_) | Phase::Rest { rated: true, .. }
        )
    }

    /// A digit key (`digit`), `t` or an arrow, typed on the full screen: on the prompt it
    /// selects (and the session keeps the selection in case the rest runs out); before the
    /// prompt it is kept for it.
    pub fn typed(&mut self, action: Action, digit: Option<u8>, now: Instant) {
        match self.ask {
            Ask::Quit => return self.on_quit_box(Some(action), now),
            Ask::Note => return,
            // The questions before the first hold come first: a rating typed on the overview
            // answers the first, as a number does in plain mode (Enter then confirms).
            Ask::None if self.asks_before_start() => self.begin(now),
            Ask::Overall | Ask::Activity(_) | Ask::Change | Ask::None => {}
        }
        if !self.on_prompt() && !self.ask.is_scale() && !self.ahead_of_prompt() {
            return;
        }
        let ahead = self.ask == Ask::None && self.ahead_of_prompt();
        if ahead && !self.typing_ahead {
            // A new rating typed ahead, when a hold is left for it.
            if self.kept.len() >= self.holds_to_rate() {
                return;
            }
            self.entry = RatingEntry::default();
        }
        // The global impression's answers are a list read downwards: ↓ (and ←) go down it,
        // to the next answer, starting from "no change" in its middle.
        let change = self.ask == Ask::Change;
        match (action, digit) {
            (Action::Digit, Some(d)) => self.entry.digit(d),
            (Action::Ten, _) => self.entry.ten(),
            (Action::Lower | Action::Raise, _) if change && self.entry.selected().is_none() => {
                self.entry.digit(4);
            }
            (Action::Lower, _) if change => self.entry.step(1),
            (Action::Raise, _) if change => self.entry.step(-1),
            (Action::Lower, _) => self.entry.step(-1),
            (Action::Raise, _) => self.entry.step(1),
            _ => return,
        }
        if change && matches!(action, Action::Lower | Action::Raise) {
            self.entry.keep_within(1..=7);
        }
        if ahead {
            let rating = self.entry.selected();
            if self.typing_ahead {
                self.kept.pop_back();
            }
            self.typing_ahead = true;
            self.kept.push_back(rating);
            self.replies.push(Reply::Kept(rating));
            // Heard with eyes closed too: a short, soft tone says the key was taken.
            self.outputs.audio.acknowledge(now);
        } else if self.ask == Ask::None {
            self.session
                .update(Input::Choose(self.entry.selected()), now);
            self.outputs.audio.acknowledge(now);
        }
    }

    /// A rating decided (plain mode's number, Enter on a selection, `s`): on the prompt it
    /// answers it; before its prompt it is kept for it, in order. Returns `false` when no
    /// hold is left for it (every hold to come has its rating kept already): a script's next
    /// line is then an answer to what comes after the holds, and waits for it.
    pub fn rate(&mut self, rating: Option<u8>, now: Instant) -> bool {
        if rating.is_some_and(|r| r > MAX_RATING) {
            return true;
        }
        if self.ask.is_scale() {
            self.answer(rating, now);
            return true;
        }
        if self.on_prompt() && self.kept.is_empty() {
            self.typing_ahead = false;
            self.session.update(Input::Rate(rating), now);
            true
        } else if self.kept.len() < self.holds_to_rate() {
            self.typing_ahead = false;
            self.kept.push_back(rating);
            self.replies.push(Reply::Kept(rating));
            self.outputs.audio.acknowledge(now);
            true
        } else {
            false
        }
    }

    /// Whether a rating given now, before its prompt, has a hold left to rate.
    pub fn has_room(&self) -> bool {
        self.kept.len() < self.holds_to_rate()
    }

    /// How many ratings the session can still take: the current hold's, unless it is given,
    /// and every hold to come.
    pub(super) fn holds_to_rate(&self) -> usize {
        let from = match self.session.phase() {
            Phase::Overview => 0,
            Phase::Prepare(i)
            | Phase::Hold(i)
            | Phase::Rest {
                hold: i,
                rated: false,
            } => i,
            Phase::Rest { hold, rated: true } => hold + 1,
            Phase::Summary => return 0,
        };
        let records = self.session.records();
        (from..records.len())
            .filter(|&j| {
                records[j]
                    .as_ref()
                    .is_none_or(|r| !r.outcome.is_skipped() && j == from)
            })
            .count()
    }
}
