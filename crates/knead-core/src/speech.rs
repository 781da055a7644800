//! What the voice says, and when: the words for the ear, chosen from a batch of effects and
//! the session they came from. Like [`crate::words`] for the eye, and pure: the `knead` crate
//! renders the phrases and plays them.

use std::time::{Duration, Instant};

use crate::routine::Side;
use crate::session::{
    Countdown, Effect, EffectKind, HoldOutcome, Notice, Outcome, Phase, PhaseKind, Plan, Session,
};
use crate::t;
use crate::words;

/// How much the voice says (`[voice] level`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Level {
    /// The spot at get ready and the rating prompt only.
    Minimal,
    /// The spot and its length, the side switch, hold, release, what is next, the end.
    #[default]
    Names,
    /// All of that, with "Halfway.", "Ten seconds." and a spoken 3-2-1.
    Full,
}

impl Level {
    /// Every level, in the order the settings document them.
    pub const ALL: [Level; 3] = [Level::Minimal, Level::Names, Level::Full];

    /// The word the settings use.
    pub const fn word(self) -> &'static str {
        match self {
            Level::Minimal => "minimal",
            Level::Names => "names",
            Level::Full => "full",
        }
    }

    /// The level a word stands for.
    pub fn from_word(word: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|l| l.word() == word)
    }
}

/// A phrase to say: when its effect was due, its words, and how long it may wait for the
/// voice to be free before it is not worth saying.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Said {
    /// When its effect was due.
    pub at: Instant,
    /// The words.
    pub text: String,
    /// How long it may wait behind another phrase.
    pub patience: Duration,
}

/// How long what a person must hear (the spot, release, the rating prompt, the end) may wait
/// behind another phrase.
pub const MUST: Duration = Duration::from_secs(5);

/// How long a phrase that only echoes a tone or looks ahead ("Hold.", "Next: ...", the
/// count) may wait: said late it would mislead, so it is left out.
pub const MAY: Duration = Duration::from_millis(300);

/// Room "Next: ..." leaves before the rest ends: enough for it to be said (with its lead-in)
/// before the get-ready tone, which would otherwise wait for it.
pub const NEXT_ROOM: Duration = Duration::from_secs(3);

/// How long "Next: ..." may wait for the voice: a rating typed while "Rate it, zero to ten"
/// is still being said is the usual case with eyes closed, and the rest has time to spare.
fn next_patience(session: &Session, at: Instant) -> Duration {
    let left = session
        .timer()
        .map_or(Duration::ZERO, |timer| timer.remaining(at));
    left.saturating_sub(NEXT_ROOM).clamp(MAY, MUST)
}

/// The phrases `effects` call for, each with the instant its effect was due, in order.
/// `session` is the session after the batch (what comes next, whether the rest goes on).
#[allow(
    clippy::too_many_lines,
    reason = "one arm per effect, every one named, read in one place"
)]
pub fn phrases(session: &Session, effects: &[Effect], level: Level) -> Vec<Said> {
    let plan = session.plan();
    let mut said: Vec<Said> = Vec::new();
    // A side switch is said with the get-ready that follows it, as one phrase.
    let mut switch: Option<String> = None;
    // What is next, said once the rest of the batch is.
    let mut then: Option<Said> = None;
    // The rest ran its course after a rating, so "Next: ..." said the spot coming.
    let announced = !effects
        .iter()
        .any(|e| matches!(e.kind, EffectKind::RatingGiven { .. }))
        && effects.iter().any(|e| {
            matches!(
                e.kind,
                EffectKind::RestEnded {
                    waiting_for_rating: false,
                    ..
                }
            )
        });
    let moved_on = effects.iter().any(|e| {
        matches!(
            e.kind,
            EffectKind::PhaseStarted {
                phase: PhaseKind::Prepare | PhaseKind::Summary,
                ..
            }
        )
    });
    for effect in effects {
        let mut patience = MAY;
        let text = match &effect.kind {
            EffectKind::SwitchSides { hold } if level != Level::Minimal => {
                switch = Some(switch_phrase(plan.hold(*hold).side));
                continue;
            }
            EffectKind::PhaseStarted {
                hold,
                phase: PhaseKind::Prepare,
            } => {
                patience = MUST;
                let switching = switch.take().is_some();
                if announced && !spot_fits(plan, *hold) {
                    continue;
                }
                fitted(plan, *hold, level, switching)
            }
            EffectKind::PhaseStarted {
                phase: PhaseKind::Hold,
                ..
            } if level != Level::Minimal => t!("speech-hold"),
            EffectKind::Halfway { .. } if level == Level::Full => t!("speech-halfway"),
            EffectKind::Countdown {
                phase: Countdown::Hold,
                seconds_left,
                ..
            } if level == Level::Full => format!("{}.", capitalised(&number(*seconds_left))),
            EffectKind::TimeLeft { seconds, .. } if level == Level::Full => {
                format!("{}.", capitalised(&length(Duration::from_secs(*seconds))))
            }
            EffectKind::HoldEnded(record)
                if matches!(
                    record.outcome,
                    HoldOutcome::Completed | HoldOutcome::Released | HoldOutcome::CutShort
                ) =>
            {
                patience = MUST;
                // A rating typed during the hold answers the prompt at once: not asked for.
                let rated = effects.iter().any(|e| {
                    matches!(e.kind, EffectKind::RatingGiven { hold, .. } if hold == record.hold)
                });
                if rated { released() } else { release() }
            }
            EffectKind::RestEnded {
                hold,
                waiting_for_rating: true,
            } => {
                patience = MUST;
                rate_request(plan, *hold)
            }
            // Once the rating is in and the rest goes on: what comes after it.
            // Said at every level when the get-ready is too short for the spot.
            EffectKind::RatingGiven { .. }
                if !moved_on && matches!(session.phase(), Phase::Rest { rated: true, .. }) =>
            {
                // After the advice a rating may call for, which matters more.
                then = what_is_next(session, level, effect.at);
                continue;
            }
            EffectKind::Paused if level != Level::Minimal => t!("speech-paused"),
            EffectKind::StillPaused { .. } if level != Level::Minimal => {
                patience = MUST;
                still_paused()
            }
            EffectKind::Resumed if level != Level::Minimal => t!("speech-resumed"),
            // `x` after the advice: heard, since the advice it answers was; then the spot
            // now next, which "Next: ..." named otherwise.
            EffectKind::SpotSkipped { .. } => {
                if !moved_on && matches!(session.phase(), Phase::Rest { .. }) {
                    then = what_is_next(session, level, effect.at);
                }
                if level == Level::Minimal {
                    continue;
                }
                t!("speech-skipped")
            }
            EffectKind::Advice(Notice::EaseOff { can_skip, .. }) => {
                patience = MUST;
                ease_off_phrase(*can_skip)
            }
            EffectKind::Ended {
                outcome: outcome @ (Outcome::Completed | Outcome::Partial),
                held,
            } if level != Level::Minimal => {
                patience = MUST;
                end_phrase(*outcome, *held, plan.len())
            }
            EffectKind::PhaseStarted { .. }
            | EffectKind::SwitchSides { .. }
            | EffectKind::Countdown { .. }
            | EffectKind::Halfway { .. }
            | EffectKind::TimeLeft { .. }
            | EffectKind::HoldEnded(_)
            | EffectKind::RestEnded { .. }
            | EffectKind::RatingReminder { .. }
            | EffectKind::RatingGiven { .. }
            | EffectKind::Advice(_)
            | EffectKind::Paused
            | EffectKind::StillPaused { .. }
            | EffectKind::Resumed
            | EffectKind::Extended { .. }
            | EffectKind::SessionRated { .. }
            | EffectKind::ActivityRated { .. }
            | EffectKind::ChangeRated { .. }
            | EffectKind::Ended { .. } => continue,
        };
        said.push(Said {
            at: effect.at,
            text,
            patience,
        });
    }
    // It waits for the phrases of this batch before it, besides its own patience.
    said.extend(then.map(|next| Said {
        patience: next.patience + said.iter().map(|s| speaking_time(&s.text)).sum(),
        ..next
    }));
    if let (Some(switch), Some(first)) = (switch, effects.first()) {
        said.push(Said {
            at: first.at,
            text: switch,
            patience: MUST,
        });
    }
    said
}

/// "Next: ..." for the hold after this rest, at `at`: at every level when its get-ready is
/// too short to say its spot, where it is the only place the spot is said.
fn what_is_next(session: &Session, level: Level, at: Instant) -> Option<Said> {
    let plan = session.plan();
    let next = session.upcoming_hold()?;
    let patience = if spot_fits(plan, next) {
        if level == Level::Minimal {
            return None;
        }
        next_patience(session, at)
    } else {
        MUST
    };
    Some(Said {
        at,
        text: next_phrase(plan, next),
        patience,
    })
}

/// The activity asked before the first hold, said: "Turning my head while driving. How well
/// can you do it now? From 0, unable, to 10, as before the problem."
pub fn activity_question(activity: &str) -> String {
    t!("speech-activity", activity = capitalised(activity))
}

/// The global impression of change asked after the last hold, said.
pub fn change_question() -> String {
    t!("speech-change")
}

/// Whether `effects` move the session on, so that a phrase said before them has gone stale
/// and is stopped rather than finished: a new phase (the spot of a hold already begun), a
/// rating given (the prompt asking for it), a rest run out, a spot skipped, the end.
pub fn moves_on(effects: &[Effect]) -> bool {
    effects.iter().any(|effect| match effect.kind {
        EffectKind::PhaseStarted { .. }
        | EffectKind::RatingGiven { .. }
        | EffectKind::RestEnded { .. }
        | EffectKind::SpotSkipped { .. }
        | EffectKind::Ended { .. } => true,
        EffectKind::SwitchSides { .. }
        | EffectKind::Countdown { .. }
        | EffectKind::Halfway { .. }
        | EffectKind::TimeLeft { .. }
        | EffectKind::HoldEnded(_)
        | EffectKind::RatingReminder { .. }
        | EffectKind::Advice(_)
        | EffectKind::Paused
        | EffectKind::StillPaused { .. }
        | EffectKind::Resumed
        | EffectKind::Extended { .. }
        | EffectKind::SessionRated { .. }
        | EffectKind::ActivityRated { .. }
        | EffectKind::ChangeRated { .. } => false,
    })
}

/// Where the session stands at `now`, said (the `w` key): "Holding upper trapezius, left.
/// Thirty-two seconds left." Rendered when asked: the time left changes.
pub fn where_am_i(session: &Session, now: Instant) -> String {
    let plan = session.plan();
    let spot = |hold: usize| words::spot_label(&plan.step(hold).region, plan.hold(hold).side);
    let left = session.timer().map(|t| {
        let seconds = t.remaining(now).as_secs_f64().ceil();
        // Whole seconds, as the screen shows them.
        #[expect(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "a phase's seconds, non-negative and small"
        )]
        let seconds = seconds as u64;
        sentences(&t!(
            "speech-left",
            length = length(Duration::from_secs(seconds))
        ))
    });
    let paused = if session.is_paused() {
        format!("{} ", t!("speech-paused"))
    } else {
        String::new()
    };
    let now_doing = match session.phase() {
        Phase::Overview => return t!("speech-begin"),
        Phase::Summary => return format!("{}.", words::summary_title(session.outcome())),
        Phase::Prepare(i) => t!("speech-getting-ready", spot = spot(i)),
        Phase::Hold(i) => t!("speech-holding", spot = spot(i)),
        Phase::Rest { hold, rated: false } if left.is_none() => return rate_request(plan, hold),
        Phase::Rest { .. } => match session.upcoming_hold() {
            Some(next) => t!("speech-resting-next", spot = spot(next)),
            None => t!("speech-resting"),
        },
    };
    match left {
        Some(left) => format!("{paused}{now_doing} {left}"),
        None => format!("{paused}{now_doing}"),
    }
}

/// Every phrase a session of `plan` may say at `level`, to render ahead of time.
pub fn every_phrase(plan: &Plan, level: Level) -> Vec<String> {
    let mut all = Vec::new();
    for i in 0..plan.len() {
        if plan.hold(i).switches_side && level != Level::Minimal {
            all.push(fitted(plan, i, level, true));
        }
        all.push(fitted(plan, i, level, false));
        all.push(rate_request(plan, i));
        if level != Level::Minimal || !spot_fits(plan, i) {
            all.push(next_phrase(plan, i));
        }
        if level == Level::Full && plan.step(i).hold > TIME_LEFT_MIN {
            all.push(format!("{}.", capitalised(&length(TIME_LEFT))));
        }
    }
    all.extend([release(), released(), quit_asked()]);
    // The measures are asked whatever the level: a question nobody hears goes unanswered.
    if let Some(p) = &plan.routine().prescription {
        all.extend(p.activities.iter().map(|a| activity_question(a)));
        if p.pgic {
            all.push(change_question());
        }
    }
    all.extend([ease_off_phrase(true), ease_off_phrase(false)]);
    if level != Level::Minimal {
        all.extend([
            t!("speech-hold"),
            t!("speech-paused"),
            still_paused(),
            t!("speech-resumed"),
            t!("speech-skipped"),
        ]);
        for held in 0..=plan.len() {
            let outcome = if held == plan.len() {
                Outcome::Completed
            } else {
                Outcome::Partial
            };
            all.push(end_phrase(outcome, held, plan.len()));
        }
    }
    if level == Level::Full {
        all.push(t!("speech-halfway"));
        for n in 1..=3u8 {
            all.push(format!("{}.", capitalised(&number(n))));
        }
    }
    let mut seen = std::collections::BTreeSet::new();
    all.retain(|p| seen.insert(p.clone()));
    all
}

pub use crate::session::{TIME_LEFT, TIME_LEFT_MIN};

/// Said every two minutes of a pause, and when knead is brought back (`fg`) paused: `p`
/// goes on in both faces.
pub fn still_paused() -> String {
    t!("speech-still-paused")
}

/// Asked aloud when `q` or Ctrl-C stops the clock to ask.
pub fn quit_asked() -> String {
    t!("speech-quit-asked")
}

/// The release, asking for the rating.
fn release() -> String {
    t!("speech-release")
}

/// The release when the rating is already in.
fn released() -> String {
    t!("speech-released")
}

/// How long a phrase takes to say, roughly: espeak-ng at its usual rate says about 14
/// characters a second, and the lead-in comes before. Only for choosing between a long and a
/// short form: a tone is on time whatever a phrase does.
pub fn speaking_time(text: &str) -> Duration {
    let characters = u64::try_from(text.chars().count()).unwrap_or(u64::MAX);
    Duration::from_millis(250 + 70 * characters)
}

/// Room a get-ready phrase leaves before the hold: half a second.
const FIT_ROOM: Duration = Duration::from_millis(500);

/// The get-ready phrase for `hold` that fits its get-ready: the spot and the length ("Upper
/// trapezius, left. Forty-five seconds.", after "Switch to the right side." when `switching`),
/// or, where that would outlast the get-ready, the spot alone ("Upper trapezius, left.";
/// "Right side: upper trapezius."). Said long, a switch filled 4.7 s of a 5 s get-ready.
fn fitted(plan: &Plan, hold: usize, level: Level, switching: bool) -> String {
    let full = if switching {
        format!(
            "{} {}",
            switch_phrase(plan.hold(hold).side),
            get_ready(plan, hold, level, false)
        )
    } else {
        get_ready(plan, hold, level, true)
    };
    let room = plan.step(hold).prepare.saturating_sub(FIT_ROOM);
    if speaking_time(&full) <= room || level == Level::Minimal {
        return full;
    }
    let spot = get_ready(plan, hold, Level::Minimal, !switching);
    match (switching, plan.hold(hold).side) {
        (true, Some(side)) => t!(
            "speech-side-spot",
            side = capitalised(&t!("worked-side", side = words::side(Some(side)))),
            spot = lowercase_first(&spot)
        ),
        _ => spot,
    }
}

/// Whether the spot alone ("Upper trapezius, left.") can be said in `hold`'s get-ready.
/// Where it cannot, the rest before says it ("Next: ..."), at every level, and the get-ready
/// says nothing: cut short by the hold's tone, it told nothing.
fn spot_fits(plan: &Plan, hold: usize) -> bool {
    let room = plan.step(hold).prepare.saturating_sub(FIT_ROOM);
    speaking_time(&get_ready(plan, hold, Level::Minimal, true)) <= room
}

fn lowercase_first(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_lowercase().chain(chars).collect()
    })
}

/// "Upper trapezius, left. Forty-five seconds." (the step's `say` in place of the spot).
/// Without `with_side` when the switch has just said it ("Switch to the right side. Upper
/// trapezius. Forty-five seconds."): said twice, the phrase outlasted a 5 s get-ready and
/// pushed the hold's bell late.
fn get_ready(plan: &Plan, hold: usize, level: Level, with_side: bool) -> String {
    let step = plan.step(hold);
    let which = repetition(plan, hold);
    let spot = if let Some(say) = &step.say {
        let say = if say.ends_with(['.', '!', '?']) {
            say.clone()
        } else {
            format!("{say}.")
        };
        match which {
            Some(which) => format!("{say} {}.", capitalised(&which)),
            None => say,
        }
    } else {
        let side = plan.hold(hold).side.filter(|_| with_side);
        let spot = words::spot_label(&step.region, side);
        match which {
            Some(which) => format!("{}, {which}.", capitalised(&spot)),
            None => format!("{}.", capitalised(&spot)),
        }
    };
    if level == Level::Minimal {
        spot
    } else {
        format!("{spot} {}.", capitalised(&length(step.hold)))
    }
}

/// "second of three", for a step with more than one repetition on a side.
fn repetition(plan: &Plan, hold: usize) -> Option<String> {
    let hold = plan.hold(hold);
    (hold.reps > 1).then(|| {
        if hold.rep <= 10 {
            t!(
                "speech-rep-ordinal",
                rep = hold.rep,
                total = number(hold.reps)
            )
        } else {
            t!(
                "speech-rep-number",
                rep = number(hold.rep),
                total = number(hold.reps)
            )
        }
    })
}

fn switch_phrase(side: Option<Side>) -> String {
    format!("{}.", words::switch_sides(side))
}

/// "Rate your left upper trapezius, zero to ten."
fn rate_request(plan: &Plan, hold: usize) -> String {
    let step = plan.step(hold);
    t!(
        "speech-rate",
        spot = words::spot_in_sentence(&step.region, plan.hold(hold).side)
    )
}

/// Said after a rating at or above the routine's `stop_above`.
fn ease_off_phrase(can_skip: bool) -> String {
    if can_skip {
        t!("speech-ease-off-skip")
    } else {
        t!("speech-ease-off")
    }
}

/// "Next: levator scapulae, left." ("Next: calf, left, second of three.")
fn next_phrase(plan: &Plan, hold: usize) -> String {
    let step = plan.step(hold);
    let spot = words::spot_label(&step.region, plan.hold(hold).side);
    match repetition(plan, hold) {
        Some(which) => t!("speech-next-rep", spot = spot, which = which),
        None => t!("speech-next", spot = spot),
    }
}

/// "Session complete. Five holds." or "Session partly done. Three of five holds."
fn end_phrase(outcome: Outcome, held: usize, total: usize) -> String {
    let title = words::summary_title(Some(outcome));
    sentences(&if outcome == Outcome::Completed {
        t!(
            "speech-end-complete",
            title = title,
            count = total,
            total = number_usize(total)
        )
    } else {
        t!(
            "speech-end-partly",
            title = title,
            count = total,
            held = number_usize(held),
            total = number_usize(total)
        )
    })
}

/// Each sentence begun with a capital: a number said in words may start one in one
/// language and not in another ("Three of five holds.", "Pressions faites : trois sur cinq.").
fn sentences(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut start = true;
    let mut previous = ' ';
    for c in text.chars() {
        if start && c.is_alphabetic() {
            out.extend(c.to_uppercase());
            start = false;
        } else {
            out.push(c);
            if c.is_alphabetic() || c.is_numeric() {
                start = false;
            }
        }
        if previous == '.' && c == ' ' {
            start = true;
        }
        previous = c;
    }
    out
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// A length as it is said: "forty-five seconds", "one minute thirty seconds", "two minutes".
pub fn length(d: Duration) -> String {
    let secs = d.as_secs();
    let (minutes, seconds) = (secs / 60, secs % 60);
    let seconds_said = |n: u64| t!("speech-seconds", count = n, words = number(n));
    let minutes_said = |n: u64| t!("speech-minutes", count = n, words = number(n));
    match (minutes, seconds) {
        (0, s) => seconds_said(s),
        (m, 0) => minutes_said(m),
        (m, s) => format!("{} {}", minutes_said(m), seconds_said(s)),
    }
}

fn number_usize(n: usize) -> String {
    number(u64::try_from(n).unwrap_or(u64::MAX))
}

/// A number in words in the language spoken, for what a routine holds (0 to 9,999;
/// beyond, in digits).
pub fn number(n: impl Into<u64>) -> String {
    crate::lang::number_words(crate::lang::current(), n.into())
}

#[cfg(test)]
mod tests;
