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

use crate::t;

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
    format!("{}s", crate::lang::decimal(d.as_secs_f64(), 1))
}

/// `"left"`, `"right"` or nothing, in the language spoken.
pub fn side(side: Option<Side>) -> String {
    match side {
        Some(Side::Left) => t!("side-left"),
        Some(Side::Right) => t!("side-right"),
        None => String::new(),
    }
}

/// `"upper trapezius, left"` or `"suboccipitals"`: a spot in lists, titles and prompts.
pub fn spot_label(region: &str, side: Option<Side>) -> String {
    let region = crate::body::region_name(region);
    let region = region.as_str();
    match side {
        Some(_) => t!("spot-label", region = region, side = self::side(side)),
        None => region.to_owned(),
    }
}

/// `"left upper trapezius"`: a spot inside a sentence ("Rate your left upper trapezius").
pub fn spot_in_sentence(region: &str, side: Option<Side>) -> String {
    let region = crate::body::region_name(region);
    let region = region.as_str();
    match side {
        Some(_) => t!("spot-in-sentence", region = region, side = self::side(side)),
        None => region.to_owned(),
    }
}

/// `"upper trapezius, left"` or `"suboccipitals"`, for a spot of the plan.
pub fn spot(plan: &Plan, spot: Spot) -> String {
    spot_label(&plan.routine().steps[spot.step].region, spot.side)
}

/// A rating or a mean of ratings: `"6"`, `"5.5"` (`"5,5"` in German).
pub fn rating_value(value: f64) -> String {
    if value.fract() == 0.0 {
        format!("{value:.0}")
    } else {
        crate::lang::decimal(value, 1)
    }
}

/// The sides of a region when they differ by [`sides::NOTABLE`] or more, the worse first:
/// `"rear deltoid: right 8, left 4"`. Means keep one decimal ("right 6.5").
pub fn side_gap(region: &str, left: f64, right: f64) -> Option<String> {
    let ((worse, high), (other, low)) = sides::gap(left, right)?;
    let value = rating_value;
    Some(t!(
        "side-gap",
        region = region,
        worse = self::side(Some(worse)),
        high = value(high),
        other = self::side(Some(other)),
        low = value(low)
    ))
}

/// What a side switch asks: `"Switch to the right side"`.
pub fn switch_sides(side: Option<Side>) -> String {
    t!("switch-sides", side = self::side(side))
}

/// What an I/O failure means, in words a person can act on (the raw error goes to the log).
#[expect(
    clippy::wildcard_enum_match_arm,
    reason = "std's error kinds, with more to come: the rest are said as they are"
)]
pub fn io_words(error: &std::io::Error) -> String {
    match error.kind() {
        std::io::ErrorKind::NotFound => t!("io-not-found"),
        std::io::ErrorKind::PermissionDenied => t!("io-permission-denied"),
        std::io::ErrorKind::IsADirectory => t!("io-is-a-folder"),
        std::io::ErrorKind::InvalidData => t!("io-not-text"),
        std::io::ErrorKind::StorageFull => t!("io-disk-full"),
        std::io::ErrorKind::ReadOnlyFilesystem => t!("io-read-only"),
        _ => t!("io-unreadable"),
    }
}

/// The question before the first hold and after the last, for routines that ask it.
pub fn session_rating_prompt() -> String {
    t!("session-rating-prompt")
}

/// The offer after the summary: a line for the therapist, kept with the session.
pub fn note_prompt() -> String {
    t!("note-prompt")
}

/// Why the history screen is empty when the session has no history to write to.
pub fn not_saved() -> String {
    t!("not-saved")
}

/// Said before the session while the voice renders its first phrase (a few seconds at most).
pub fn preparing_voice() -> String {
    t!("preparing-voice")
}

/// What a manual-release hold asks, under its cue.
pub fn release_prompt() -> String {
    t!("release-prompt")
}

/// What to type on the rating prompt when a line was not a rating (plain mode).
pub fn rate_how() -> String {
    t!("rate-how")
}

/// The overview's prompt in plain mode.
pub fn begin() -> String {
    t!("begin")
}

/// The overview's prompt in plain mode when the overall pain comes first.
pub fn begin_with_overall() -> String {
    t!("begin-with-overall", question = session_rating_prompt())
}

/// The question before quitting, in plain mode.
pub fn quit_ask() -> String {
    t!("quit-ask")
}

/// The answer when the quit question is declined.
pub fn going_on() -> String {
    t!("going-on")
}

/// The answer when the note was kept.
pub fn note_kept() -> String {
    t!("note-kept")
}

/// The answer to a rating given before its prompt: kept for it.
pub fn kept(rating: Option<u8>) -> String {
    match rating {
        Some(value) => t!("kept-rating", rating = value),
        None => t!("kept-skip"),
    }
}

/// A rating typed ahead, beside the spot it will rate: `"rating 7/10 kept"`.
pub fn kept_badge(rating: Option<u8>) -> String {
    match rating {
        Some(value) => t!("kept-badge", rating = value),
        None => t!("kept-badge-skip"),
    }
}

/// A rating given, beside its spot: `"rated 7/10"`.
pub fn rated(rating: u8) -> String {
    t!("rated", rating = rating)
}

/// The answer to a line that means nothing yet, typed after a rating kept for its prompt.
pub fn after_the_rating(line: &str) -> String {
    t!("after-the-rating", line = format!("{line:?}"))
}

/// The answer to a line that means nothing now.
pub fn nothing_now(line: &str) -> String {
    t!("nothing-now", line = format!("{line:?}"))
}

/// Where the session stands at `now`, for a bare Enter in plain mode: `"Hold 2/5: calf,
/// right, 23 s left."`
pub fn status(session: &crate::session::Session, now: std::time::Instant) -> String {
    use crate::session::Phase;
    let plan = session.plan();
    let total = plan.len();
    let left = session.timer().map(|t| clock(t.remaining(now)));
    let left = match (left, session.is_paused()) {
        (Some(left), true) => t!("status-left-paused", left = left),
        (Some(left), false) => t!("status-left", left = left),
        (None, _) => t!("status-waiting"),
    };
    let rate = |rated: bool| {
        if rated {
            String::new()
        } else {
            t!("status-rate-to-go-on")
        }
    };
    match session.phase() {
        Phase::Prepare(i) => t!(
            "status-prepare",
            number = i + 1,
            total = total,
            hold = hold_line(plan, i),
            left = left
        ),
        Phase::Hold(i) => t!(
            "status-hold",
            number = i + 1,
            total = total,
            hold = hold_line(plan, i),
            left = left
        ),
        Phase::Rest { hold, rated } => match session.upcoming_hold() {
            Some(next) => t!(
                "status-rest-next",
                number = hold + 1,
                left = left,
                rate = rate(rated),
                next = hold_line(plan, next)
            ),
            None => t!(
                "status-rest",
                number = hold + 1,
                left = left,
                rate = rate(rated)
            ),
        },
        Phase::Overview => begin(),
        Phase::Summary => summary_title(session.outcome()) + ".",
    }
}

/// The notification when a hold is over: `"Release. Rate your left calf 0-10"`.
pub fn rate_notification(region: &str, side: Option<Side>) -> String {
    t!("rate-notification", request = rate_request(region, side))
}

/// What the rating prompt asks when its rest ran out: `"Rate your left calf 0-10"`.
pub fn rate_request(region: &str, side: Option<Side>) -> String {
    t!("rate-request", spot = spot_in_sentence(region, side))
}

/// The notification as the next hold gets ready: `"Next: left calf, 45 s"`.
pub fn next_notification(region: &str, side: Option<Side>, hold: Duration) -> String {
    t!(
        "next-notification",
        spot = spot_in_sentence(region, side),
        seconds = hold.as_secs()
    )
}

/// The notification at the end: (summary, body). `held` of `total` holds were held.
pub fn complete_notification(routine: &str, held: usize, total: usize) -> (String, String) {
    if held == total {
        (
            summary_title(Some(Outcome::Completed)),
            t!("complete-well-done", routine = routine),
        )
    } else {
        (
            summary_title(Some(Outcome::Partial)),
            t!(
                "complete-partly",
                routine = routine,
                held = held,
                total = total
            ),
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
    (hold.reps > 1).then(|| t!("rep-of", rep = hold.rep, reps = hold.reps))
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
                t!("ease-off-skip")
            } else {
                String::new()
            };
            t!(
                "ease-off",
                rating = rating,
                spot = spot(plan, at),
                skip = skip
            )
        }
        Notice::NotEasing { spot: at, from, to } => {
            t!("not-easing", spot = spot(plan, at), from = from, to = to)
        }
    }
}

/// The overall pain of a session for its summary: "Overall pain 6/10 before, 3/10 after";
/// `None` when neither was given.
pub fn overall_pain(before: Option<u8>, after: Option<u8>) -> Option<String> {
    match (before, after) {
        (None, None) => None,
        (Some(b), Some(a)) => Some(t!("overall-before-after", before = b, after = a)),
        (Some(b), None) => Some(t!("overall-before", before = b)),
        (None, Some(a)) => Some(t!("overall-after", after = a)),
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
            t!(
                "announce-prepare",
                number = hold + 1,
                total = total,
                spot = spot(plan, plan.spot(*hold)),
                tool = step.tool.to_string(),
                prepare = short(step.prepare)
            )
        }
        EffectKind::SwitchSides { hold } => format!("{}.", switch_sides(plan.hold(*hold).side)),
        EffectKind::PhaseStarted {
            hold,
            phase: PhaseKind::Hold,
        } => {
            let step = plan.step(*hold);
            let mut lines = vec![t!(
                "announce-hold",
                number = hold + 1,
                total = total,
                spot = spot(plan, plan.spot(*hold)),
                seconds = step.hold.as_secs()
            )];
            if let Some(cue) = &step.cue {
                lines.push(format!("  {}", cue.replace('\n', " ")));
            }
            if step.release == Release::Manual {
                lines.push(format!("  {}", release_prompt()));
            }
            return lines;
        }
        EffectKind::HoldEnded(record) => match record.outcome {
            HoldOutcome::Completed | HoldOutcome::Released => {
                t!("announce-released", held = held(record.held))
            }
            HoldOutcome::CutShort => t!("announce-cut-short", held = held(record.held)),
            HoldOutcome::Skipped | HoldOutcome::SkippedForPain => {
                t!("announce-skipped", number = record.hold + 1)
            }
            HoldOutcome::Stopped => return Vec::new(),
        },
        EffectKind::PhaseStarted {
            hold,
            phase: PhaseKind::Rest,
        } => {
            let rest = rest
                .map(|r| t!("announce-rest", rest = short(r)))
                .unwrap_or_default();
            t!(
                "announce-rate",
                rest = rest,
                spot = spot(plan, plan.spot(*hold))
            )
        }
        EffectKind::RestEnded {
            waiting_for_rating: true,
            ..
        } => t!("announce-rest-over"),
        EffectKind::RatingGiven {
            rating: Some(value),
            ..
        } => t!("announce-rated", rating = *value),
        EffectKind::RatingGiven { rating: None, .. } => t!("announce-not-rated"),
        EffectKind::SessionRated {
            rating: Some(value),
            ..
        } => t!("announce-overall", rating = *value),
        EffectKind::SessionRated { rating: None, .. } => t!("announce-overall-not-given"),
        EffectKind::ActivityRated { index, rating } => {
            measures::activity_rated(measures::activity(plan, *index), *rating)
        }
        EffectKind::ChangeRated { answer, .. } => measures::change_rated(*answer),
        EffectKind::Advice(advice) => notice(plan, *advice),
        EffectKind::Paused => t!("announce-paused"),
        EffectKind::StillPaused { minutes } => t!("announce-still-paused", minutes = *minutes),
        EffectKind::Resumed => t!("announce-resumed"),
        EffectKind::Extended { by, .. } => t!("announce-extended", seconds = by.as_secs()),
        EffectKind::SpotSkipped { holds } => t!("announce-spot-skipped", count = holds.len()),
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
pub fn summary_title(outcome: Option<Outcome>) -> String {
    match outcome {
        Some(Outcome::Completed) | None => t!("summary-complete"),
        Some(Outcome::Partial) => t!("summary-partly"),
        Some(Outcome::Quit) => t!("summary-stopped"),
        Some(Outcome::Interrupted) => t!("summary-interrupted"),
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
        (Outcome::Partial, _) => t!("holds-of", held = held, total = of),
        (Outcome::Quit | Outcome::Interrupted, Some(planned)) => {
            t!("holds-of-held", held = held, total = planned)
        }
        (Outcome::Quit | Outcome::Interrupted, None) => t!("holds-held", count = held),
    }
}

/// What the summary says of a hold that was done: `"rated 6/10"` or `"not rated"`, with how
/// it ended when it did not run its time.
pub fn hold_result(record: &HoldRecord) -> String {
    let rating = record.rating.map_or_else(|| t!("not-rated"), rated);
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
pub fn hold_outcome(outcome: HoldOutcome) -> String {
    match outcome {
        HoldOutcome::Completed => t!("hold-held"),
        HoldOutcome::Released => t!("hold-released"),
        HoldOutcome::CutShort => t!("hold-cut-short"),
        HoldOutcome::Stopped => t!("hold-stopped"),
        HoldOutcome::Skipped => t!("hold-skipped"),
        HoldOutcome::SkippedForPain => t!("hold-skipped-for-pain"),
    }
}

/// How a session ended, in words, for lists of sessions.
pub fn session_outcome(outcome: Outcome) -> String {
    match outcome {
        Outcome::Completed => t!("session-completed"),
        Outcome::Partial => t!("session-partly"),
        Outcome::Quit => t!("session-stopped"),
        Outcome::Interrupted => t!("session-interrupted"),
    }
}

/// The summary's heading over each spot's change.
pub fn pain_first_to_last() -> String {
    t!("pain-first-to-last")
}

/// The summary table's column heads: number, spot, side, rep, held, rating.
pub fn summary_columns() -> [String; 6] {
    [
        "#".to_owned(),
        t!("column-spot"),
        t!("column-side"),
        t!("column-rep"),
        t!("column-held"),
        t!("column-rating"),
    ]
}

/// Beside the summary's figures once the note is saved.
pub fn note_kept_short() -> String {
    t!("note-kept-short")
}

/// A region whose sides differ: `"Sides differ: calf: left 6, right 3"`.
pub fn sides_differ(gap: &str) -> String {
    t!("sides-differ", gap = gap)
}

/// A rating from the last session, beside today's: `"last time 6"`.
pub fn last_time(rating: u8) -> String {
    t!("last-time", rating = rating)
}

/// `" L"`, `" R"` or nothing: a side in a narrow table.
pub fn side_initial(side: Option<Side>) -> String {
    match side {
        Some(Side::Left) => format!(" {}", t!("side-left-initial")),
        Some(Side::Right) => format!(" {}", t!("side-right-initial")),
        None => String::new(),
    }
}

/// Over the summary when the history could not keep the session.
pub fn not_saved_summary(notice: &str) -> String {
    t!("not-saved-summary", notice = notice)
}

/// A drop of two points or more from first rating to last.
pub fn much_better_word() -> String {
    t!("much-better")
}

/// A rise of two points or more from first rating to last.
pub fn worse_word() -> String {
    t!("worse")
}

/// The first sentence of a text, for places with little room.
pub fn first_sentence(text: &str) -> String {
    let text = text.trim();
    text.find(". ")
        .map_or_else(|| text.to_owned(), |end| text[..=end].to_owned())
}

/// The pain scale's two ends, as the rating prompt and the overall pain box show them.
pub fn pain_scale() -> (String, String) {
    (t!("scale-low"), t!("scale-high"))
}

/// "1 hold", "5 holds".
pub fn holds(n: usize) -> String {
    t!("holds", count = n)
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
