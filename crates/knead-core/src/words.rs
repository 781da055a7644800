//! Every word knead says about a session, in one place: the full screen, plain mode,
//! notifications (and later the spoken cues) all take their wording from here.

pub mod history;
pub mod home;
pub mod lines;
pub mod measures;
mod screen;
pub mod status;
mod summary;
pub mod zones;

use std::time::Duration;

pub use summary::{Change, HoldRow, SpotRow, SummaryWords};

/// The full screen's words for a session.
pub mod screens {
    pub use super::screen::*;
}

use crate::routine::{Release, Side, duration};
use crate::session::{EffectKind, HoldOutcome, HoldRecord, Notice, Outcome, PhaseKind, Plan, Spot};
use crate::sides;

/// A countdown as `M:SS`, rounded up so it reads `0:00` only at the very end.
pub fn clock(remaining: Duration) -> String {
    let secs = remaining.as_millis().div_ceil(1000);
    format!("{}:{:02}", secs / 60, secs % 60)
}

/// Whole seconds the countdown shows for `remaining` (rounded up, as [`clock`]).
pub fn shown_seconds(remaining: Duration) -> u64 {
    u64::try_from(remaining.as_millis().div_ceil(1000)).unwrap_or(u64::MAX)
}

/// A short duration for lists: `"45s"`, `"1m30s"`, to the nearest second (1.96 s held is
/// "2s", as its row's "held 2.0s").
pub fn short(d: Duration) -> String {
    let secs = u64::try_from(d.as_millis().saturating_add(500) / 1000).unwrap_or(u64::MAX);
    duration::format(Duration::from_secs(secs))
}

/// A held time with tenths: `"44.9s"`.
pub fn held(d: Duration) -> String {
    format!("{:.1}s", d.as_secs_f64())
}

/// `"left"`, `"right"` or nothing.
pub fn side(side: Option<Side>) -> &'static str {
    side.map_or("", Side::word)
}

/// `"upper trapezius, left"` or `"suboccipitals"`: a spot in lists, titles and prompts.
pub fn spot_label(region: &str, side: Option<Side>) -> String {
    match side {
        Some(side) => format!("{region}, {}", side.word()),
        None => region.to_owned(),
    }
}

/// `"left upper trapezius"`: a spot inside a sentence ("Rate your left upper trapezius").
pub fn spot_in_sentence(region: &str, side: Option<Side>) -> String {
    match side {
        Some(side) => format!("{} {region}", side.word()),
        None => region.to_owned(),
    }
}

/// `"upper trapezius, left"` or `"suboccipitals"`, for a spot of the plan.
pub fn spot(plan: &Plan, spot: Spot) -> String {
    spot_label(&plan.routine().steps[spot.step].region, spot.side)
}

/// A rating or a mean of ratings: `"6"`, `"5.5"`.
pub fn rating_value(value: f64) -> String {
    if value.fract() == 0.0 {
        format!("{value:.0}")
    } else {
        format!("{value:.1}")
    }
}

/// The sides of a region when they differ by [`sides::NOTABLE`] or more, the worse first:
/// `"rear deltoid: right 8, left 4"`. Means keep one decimal ("right 6.5").
pub fn side_gap(region: &str, left: f64, right: f64) -> Option<String> {
    let ((worse, high), (other, low)) = sides::gap(left, right)?;
    let value = rating_value;
    Some(format!(
        "{region}: {} {}, {} {}",
        worse.word(),
        value(high),
        other.word(),
        value(low)
    ))
}

/// What a side switch asks: `"Switch to the right side"`.
pub fn switch_sides(side: Option<Side>) -> String {
    format!("Switch to the {} side", self::side(side))
}

/// What an I/O failure means, in words a person can act on (the raw error goes to the log).
#[expect(
    clippy::wildcard_enum_match_arm,
    reason = "std's error kinds, with more to come: the rest are said as they are"
)]
pub fn io_words(error: &std::io::Error) -> &'static str {
    match error.kind() {
        std::io::ErrorKind::NotFound => "there is no such file",
        std::io::ErrorKind::PermissionDenied => "permission denied",
        std::io::ErrorKind::IsADirectory => "it is a folder, not a file",
        std::io::ErrorKind::InvalidData => "it is not text (UTF-8)",
        std::io::ErrorKind::StorageFull => "the disk is full",
        std::io::ErrorKind::ReadOnlyFilesystem => "the disk is read-only",
        _ => "it could not be read",
    }
}

/// The question before the first hold and after the last, for routines that ask it.
pub const SESSION_RATING_PROMPT: &str =
    "Overall pain now, from 0 (no pain) to 10 (worst imaginable)";

/// The offer after the summary: a line for the therapist, kept with the session.
pub const NOTE_PROMPT: &str = "A note for your therapist (one line)";

/// Why the history screen is empty when the session has no history to write to.
pub const NOT_SAVED: &str = "this session is not being saved";

/// Said before the session while the voice renders its first phrase (a few seconds at most).
pub const PREPARING_VOICE: &str = "Preparing the voice (a few seconds at most)...";

/// What a manual-release hold asks, under its cue.
pub const RELEASE_PROMPT: &str = "Press Enter when the knot lets go.";

/// What to type on the rating prompt when a line was not a rating (plain mode).
pub const RATE_HOW: &str = "Type a number from 0 (no pain) to 10 (worst imaginable), or s to skip.";

/// The overview's prompt in plain mode.
pub const BEGIN: &str = "Press Enter to begin, or q then Enter to quit.";

/// The overview's prompt in plain mode when the overall pain comes first.
pub fn begin_with_overall() -> String {
    format!("{SESSION_RATING_PROMPT}: type it and Enter to begin (s to skip, q to quit).")
}

/// The question before quitting, in plain mode.
pub const QUIT_ASK: &str =
    "Quit the session? The clock is stopped. y then Enter quits; anything else goes on.";

/// The answer when the quit question is declined.
pub const GOING_ON: &str = "Going on.";

/// The answer when the note was kept.
pub const NOTE_KEPT: &str = "Note kept with this session.";

/// The answer to a rating given before its prompt: kept for it.
pub fn kept(rating: Option<u8>) -> String {
    match rating {
        Some(value) => format!("Kept for the next rating: {value}/10."),
        None => "Kept: the next rating will be skipped.".to_owned(),
    }
}

/// A rating typed ahead, beside the spot it will rate: `"rating 7/10 kept"`.
pub fn kept_badge(rating: Option<u8>) -> String {
    match rating {
        Some(value) => format!("rating {value}/10 kept"),
        None => "rating to be skipped".to_owned(),
    }
}

/// A rating given, beside its spot: `"rated 7/10"`.
pub fn rated(rating: u8) -> String {
    format!("rated {rating}/10")
}

/// The answer to a line that means nothing yet, typed after a rating kept for its prompt.
pub fn after_the_rating(line: &str) -> String {
    format!("Kept until after the next rating: {line:?}.")
}

/// The answer to a line that means nothing now.
pub fn nothing_now(line: &str) -> String {
    format!("Nothing to do for {line:?} now.")
}

/// Where the session stands at `now`, for a bare Enter in plain mode: `"Hold 2/5: calf,
/// right, 23 s left."`
pub fn status(session: &crate::session::Session, now: std::time::Instant) -> String {
    use crate::session::Phase;
    let plan = session.plan();
    let total = plan.len();
    let left = session.timer().map(|t| clock(t.remaining(now)));
    let left = match (left, session.is_paused()) {
        (Some(left), true) => format!("{left} left, paused"),
        (Some(left), false) => format!("{left} left"),
        (None, _) => "waiting".to_owned(),
    };
    match session.phase() {
        Phase::Prepare(i) => format!(
            "Get ready {}/{total}: {}, {left}.",
            i + 1,
            hold_line(plan, i)
        ),
        Phase::Hold(i) => format!("Hold {}/{total}: {}, {left}.", i + 1, hold_line(plan, i)),
        Phase::Rest { hold, rated } => {
            let rating = if rated { "" } else { " Rate it to go on." };
            match session.upcoming_hold() {
                Some(next) => format!(
                    "Rest after hold {}: {left}.{rating} Next: {}.",
                    hold + 1,
                    hold_line(plan, next)
                ),
                None => format!("Rest after hold {}: {left}.{rating}", hold + 1),
            }
        }
        Phase::Overview => BEGIN.to_owned(),
        Phase::Summary => summary_title(session.outcome()).to_owned() + ".",
    }
}

/// The notification when a hold is over: `"Release. Rate your left calf 0-10"`.
pub fn rate_notification(region: &str, side: Option<Side>) -> String {
    format!("Release. {}", rate_request(region, side))
}

/// What the rating prompt asks when its rest ran out: `"Rate your left calf 0-10"`.
pub fn rate_request(region: &str, side: Option<Side>) -> String {
    format!("Rate your {} 0-10", spot_in_sentence(region, side))
}

/// The notification as the next hold gets ready: `"Next: left calf, 45 s"`.
pub fn next_notification(region: &str, side: Option<Side>, hold: Duration) -> String {
    format!(
        "Next: {}, {} s",
        spot_in_sentence(region, side),
        hold.as_secs()
    )
}

/// The notification at the end: (summary, body). `held` of `total` holds were held.
pub fn complete_notification(routine: &str, held: usize, total: usize) -> (String, String) {
    if held == total {
        (
            summary_title(Some(Outcome::Completed)).to_owned(),
            format!("{routine}: well done."),
        )
    } else {
        (
            summary_title(Some(Outcome::Partial)).to_owned(),
            format!("{routine}: {held} of {}.", holds(total)),
        )
    }
}

/// `"upper trapezius, left, 45s"`: what a hold is, for "next:" lines and plain mode.
pub fn hold_line(plan: &Plan, index: usize) -> String {
    let step = plan.step(index);
    format!("{}, {}", spot(plan, plan.spot(index)), short(step.hold))
}

/// `"rep 1 of 2"` when a step has several reps, otherwise nothing.
pub fn rep(plan: &Plan, index: usize) -> Option<String> {
    let hold = plan.hold(index);
    (hold.reps > 1).then(|| format!("rep {} of {}", hold.rep, hold.reps))
}

/// Advice after a rating, in words.
pub fn notice(plan: &Plan, notice: Notice) -> String {
    match notice {
        Notice::EaseOff {
            spot: at,
            rating,
            can_skip,
        } => {
            let skip = if can_skip {
                " Press x to skip the rest of this spot."
            } else {
                ""
            };
            format!(
                "{rating}/10 is a lot: ease off the pressure on {}.{skip}",
                spot(plan, at)
            )
        }
        Notice::NotEasing { spot: at, from, to } => {
            format!(
                "{} went from {from} to {to}: this spot is not easing; consider stopping.",
                spot(plan, at)
            )
        }
    }
}

/// The overall pain of a session for its summary: "Overall pain 6/10 before, 3/10 after";
/// `None` when neither was given.
pub fn overall_pain(before: Option<u8>, after: Option<u8>) -> Option<String> {
    match (before, after) {
        (None, None) => None,
        (Some(b), Some(a)) => Some(format!("Overall pain {b}/10 before, {a}/10 after")),
        (Some(b), None) => Some(format!("Overall pain {b}/10 before")),
        (None, Some(a)) => Some(format!("Overall pain {a}/10 after")),
    }
}

/// What plain mode says as each effect happens, one line each (ticks and halfway are left to
/// the sound). `rest` is the rest now running, if any.
pub fn announce(plan: &Plan, effect: &EffectKind, rest: Option<Duration>) -> Vec<String> {
    let total = plan.len();
    let line = match effect {
        EffectKind::PhaseStarted {
            hold,
            phase: PhaseKind::Prepare,
        } => {
            let step = plan.step(*hold);
            format!(
                "Get ready {}/{total}: {}, {} ({})",
                hold + 1,
                spot(plan, plan.spot(*hold)),
                step.tool,
                short(step.prepare)
            )
        }
        EffectKind::SwitchSides { hold } => format!("{}.", switch_sides(plan.hold(*hold).side)),
        EffectKind::PhaseStarted {
            hold,
            phase: PhaseKind::Hold,
        } => {
            let step = plan.step(*hold);
            let mut lines = vec![format!(
                "Hold {}/{total}: {}, {} s",
                hold + 1,
                spot(plan, plan.spot(*hold)),
                step.hold.as_secs()
            )];
            if let Some(cue) = &step.cue {
                lines.push(format!("  {}", cue.replace('\n', " ")));
            }
            if step.release == Release::Manual {
                lines.push(format!("  {RELEASE_PROMPT}"));
            }
            return lines;
        }
        EffectKind::HoldEnded(record) => match record.outcome {
            HoldOutcome::Completed | HoldOutcome::Released => {
                format!("Release. Held {}.", held(record.held))
            }
            HoldOutcome::CutShort => format!("Moved on after {}.", held(record.held)),
            HoldOutcome::Skipped | HoldOutcome::SkippedForPain => {
                format!("Skipped hold {}.", record.hold + 1)
            }
            HoldOutcome::Stopped => return Vec::new(),
        },
        EffectKind::PhaseStarted {
            hold,
            phase: PhaseKind::Rest,
        } => {
            let rest = rest
                .map(|r| format!("Rest {}. ", short(r)))
                .unwrap_or_default();
            format!(
                "{rest}Rate {} from 0 (no pain) to 10 (worst imaginable), or s to skip:",
                spot(plan, plan.spot(*hold))
            )
        }
        EffectKind::RestEnded {
            waiting_for_rating: true,
            ..
        } => "Rest over. Rate to go on:".to_owned(),
        EffectKind::RatingGiven {
            rating: Some(value),
            ..
        } => format!("Rated {value}/10."),
        EffectKind::RatingGiven { rating: None, .. } => "Not rated.".to_owned(),
        EffectKind::SessionRated {
            rating: Some(value),
            ..
        } => format!("Overall pain {value}/10."),
        EffectKind::SessionRated { rating: None, .. } => "Overall pain not given.".to_owned(),
        EffectKind::ActivityRated { index, rating } => {
            measures::activity_rated(measures::activity(plan, *index), *rating)
        }
        EffectKind::ChangeRated { answer, .. } => measures::change_rated(*answer),
        EffectKind::Advice(advice) => notice(plan, *advice),
        EffectKind::Paused => "Paused; p then Enter resumes.".to_owned(),
        EffectKind::StillPaused { minutes } => {
            format!("Still paused ({minutes} min); p then Enter resumes.")
        }
        EffectKind::Resumed => "Resumed.".to_owned(),
        EffectKind::Extended { by, .. } => format!("Hold extended by {} s.", by.as_secs()),
        EffectKind::SpotSkipped { holds } => match holds.len() {
            1 => "Skipped the last hold on that spot.".to_owned(),
            n => format!("Skipped the {n} remaining holds on that spot."),
        },
        EffectKind::PhaseStarted {
            phase: PhaseKind::Summary,
            ..
        }
        | EffectKind::Countdown { .. }
        | EffectKind::Halfway { .. }
        | EffectKind::TimeLeft { .. }
        | EffectKind::RestEnded { .. }
        | EffectKind::RatingReminder { .. }
        | EffectKind::Ended { .. } => return Vec::new(),
    };
    vec![line]
}

/// The summary's title.
pub fn summary_title(outcome: Option<Outcome>) -> &'static str {
    match outcome {
        Some(Outcome::Completed) | None => "Session complete",
        Some(Outcome::Partial) => "Session partly done",
        Some(Outcome::Quit) => "Session stopped",
        Some(Outcome::Interrupted) => "Session interrupted",
    }
}

/// How much of a session was done, for lists of sessions: `"5 holds"` when complete,
/// `"3 of 5 holds"` when some were skipped, `"2 of 5 holds held"` when it stopped early
/// (`"2 holds held"` for a session whose plan the history did not keep). `recorded` counts
/// the holds reached, `planned` the plan's.
pub fn session_holds(
    outcome: Outcome,
    held: usize,
    recorded: usize,
    planned: Option<usize>,
) -> String {
    let of = planned.unwrap_or(recorded);
    match (outcome, planned) {
        (Outcome::Completed, _) => self::holds(of),
        (Outcome::Partial, _) => format!("{held} of {}", self::holds(of)),
        (Outcome::Quit | Outcome::Interrupted, Some(planned)) => {
            format!("{held} of {} held", self::holds(planned))
        }
        (Outcome::Quit | Outcome::Interrupted, None) => format!("{} held", self::holds(held)),
    }
}

/// What the summary says of a hold that was done: `"rated 6/10"` or `"not rated"`, with how
/// it ended when it did not run its time.
pub fn hold_result(record: &HoldRecord) -> String {
    let rating = record.rating.map_or_else(|| "not rated".to_owned(), rated);
    format!("{rating}{}", hold_note(record.outcome))
}

/// How a hold that was done ended, when it did not run its time: `" (cut short)"`.
pub fn hold_note(outcome: HoldOutcome) -> String {
    match outcome {
        HoldOutcome::CutShort | HoldOutcome::Stopped => format!(" ({})", hold_outcome(outcome)),
        HoldOutcome::Completed
        | HoldOutcome::Released
        | HoldOutcome::Skipped
        | HoldOutcome::SkippedForPain => String::new(),
    }
}

/// How a hold went, in words (the history stores `cut_short`; a person reads "cut short").
pub const fn hold_outcome(outcome: HoldOutcome) -> &'static str {
    match outcome {
        HoldOutcome::Completed => "held",
        HoldOutcome::Released => "released",
        HoldOutcome::CutShort => "cut short",
        HoldOutcome::Stopped => "stopped",
        HoldOutcome::Skipped => "skipped",
        HoldOutcome::SkippedForPain => "skipped for pain",
    }
}

/// How a session ended, in words, for lists of sessions.
pub const fn session_outcome(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Completed => "completed",
        Outcome::Partial => "partly done",
        Outcome::Quit => "stopped",
        Outcome::Interrupted => "interrupted",
    }
}

/// The summary's heading over each spot's change.
pub const PAIN_FIRST_TO_LAST: &str = "Pain, first rating to last";

/// The summary table's column heads: number, spot, side, rep, held, rating.
pub const SUMMARY_COLUMNS: [&str; 6] = ["#", "spot", "side", "rep", "held", "rating"];

/// Beside the summary's figures once the note is saved.
pub const NOTE_KEPT_SHORT: &str = "note kept";

/// A region whose sides differ: `"Sides differ: calf: left 6, right 3"`.
pub fn sides_differ(gap: &str) -> String {
    format!("Sides differ: {gap}")
}

/// A rating from the last session, beside today's: `"last time 6"`.
pub fn last_time(rating: u8) -> String {
    format!("last time {rating}")
}

/// `" L"`, `" R"` or nothing: a side in a narrow table.
pub fn side_initial(side: Option<Side>) -> &'static str {
    match side {
        Some(Side::Left) => " L",
        Some(Side::Right) => " R",
        None => "",
    }
}

/// Over the summary when the history could not keep the session.
pub fn not_saved_summary(notice: &str) -> String {
    format!("Note: {notice}. The ratings below are all there is.")
}

/// A drop of two points or more from first rating to last.
pub const MUCH_BETTER_WORD: &str = "much better";

/// A rise of two points or more from first rating to last.
pub const WORSE_WORD: &str = "worse";

/// The first sentence of a text, for places with little room.
pub fn first_sentence(text: &str) -> String {
    let text = text.trim();
    text.find(". ")
        .map_or_else(|| text.to_owned(), |end| text[..=end].to_owned())
}

/// The anchors of the rating scale.
pub const SCALE_LOW: &str = "0 no pain";
/// The top anchor of the rating scale.
pub const SCALE_HIGH: &str = "10 worst imaginable";

/// The pain scale's two ends, as the rating prompt and the overall pain box show them.
pub const PAIN_SCALE: (&str, &str) = (SCALE_LOW, SCALE_HIGH);

/// "1 hold", "5 holds".
pub fn holds(n: usize) -> String {
    count(n, "hold")
}

/// `n` of a thing whose plural adds an s: "1 session", "0 sessions", "4 weeks".
pub fn count(n: usize, thing: &str) -> String {
    if n == 1 {
        format!("1 {thing}")
    } else {
        format!("{n} {thing}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_time_held_is_said_to_the_nearest_second_as_its_rows_are() {
        assert_eq!(short(Duration::from_millis(1_960)), "2s");
        assert_eq!(held(Duration::from_millis(1_960)), "2.0s");
        assert_eq!(short(Duration::from_millis(1_400)), "1s");
        assert_eq!(short(Duration::from_secs(90)), "1m30s");
    }

    #[test]
    fn a_spot_reads_the_same_in_both_word_orders() {
        assert_eq!(spot_label("calf", Some(Side::Left)), "calf, left");
        assert_eq!(spot_in_sentence("calf", Some(Side::Left)), "left calf");
        assert_eq!(spot_label("neck", None), "neck");
        assert_eq!(
            side_gap("rear deltoid", 4.0, 8.0).as_deref(),
            Some("rear deltoid: right 8, left 4")
        );
        assert_eq!(
            side_gap("calf", 6.5, 4.0).as_deref(),
            Some("calf: left 6.5, right 4")
        );
        assert_eq!(side_gap("calf", 6.0, 4.5), None);
        assert_eq!(spot_in_sentence("neck", None), "neck");
        assert_eq!(
            rate_notification("calf", Some(Side::Right)),
            "Release. Rate your right calf 0-10"
        );
        assert_eq!(switch_sides(Some(Side::Right)), "Switch to the right side");
    }

    #[test]
    fn one_hold_is_singular() {
        assert_eq!(holds(1), "1 hold");
        assert_eq!(holds(0), "0 holds");
        assert_eq!(holds(12), "12 holds");
        assert_eq!(count(1, "session"), "1 session");
        assert_eq!(count(3, "week"), "3 weeks");
    }

    #[test]
    fn clock_rounds_up_so_zero_shows_only_at_the_end() {
        assert_eq!(
            clock(Duration::from_mins(1) + Duration::from_secs(30)),
            "1:30"
        );
        assert_eq!(clock(Duration::from_millis(89_001)), "1:30");
        assert_eq!(clock(Duration::from_secs(89)), "1:29");
        assert_eq!(clock(Duration::from_millis(1)), "0:01");
        assert_eq!(clock(Duration::ZERO), "0:00");
        assert_eq!(clock(Duration::from_hours(1)), "60:00");
    }
}
