//! The full screen's words for a session: badges, headings, hints and the boxes over the
//! screen. The drawing code in the shell only lays them out.

use crate::routine::{Release, Sides, Step};
use crate::session::{Phase, Plan};

/// The badge of a phase: `"GET READY"`, `"HOLD"`, `"REST"`, `"RATE"`.
pub fn badge(phase: Phase) -> &'static str {
    match phase {
        Phase::Prepare(_) => "GET READY",
        Phase::Hold(_) => "HOLD",
        Phase::Rest { rated: false, .. } => "RATE",
        Phase::Rest { rated: true, .. } => "REST",
        Phase::Overview => "OVERVIEW",
        Phase::Summary => "SUMMARY",
    }
}

/// Where the session stands, beside the badge: `"hold 2 of 5"`, `"after hold 2 of 5"` (not
/// "done": a hold cut short or skipped rests too).
pub fn position(phase: Phase, hold: usize, holds: usize) -> String {
    match phase {
        Phase::Rest { .. } => format!("after hold {} of {holds}", hold + 1),
        Phase::Overview | Phase::Prepare(_) | Phase::Hold(_) | Phase::Summary => {
            format!("hold {} of {holds}", hold + 1)
        }
    }
}

/// Under the countdown during a rest that is rated.
pub const REST: &str = "Rest. Let the spot settle.";

/// Where the countdown was, once the rest ran out and the rating still waits.
pub const REST_OVER: &str = "Rest over: rate to go on.";

/// Where the countdown was after the last hold.
pub const LAST_HOLD: &str = "Last hold: rate it to see the summary.";

/// The rating prompt's question: `"Rate calf, left: how tender is it now?"`.
pub fn how_tender(spot: &str) -> String {
    format!("Rate {spot}: how tender is it now?")
}

/// How to rate, under the scale: with a value selected, or none yet.
pub fn rating_hint(selected: Option<u8>) -> String {
    match selected {
        Some(v) => {
            format!("{v} selected: Enter to confirm · 0-9, t for 10, ←/→ to change · s skip")
        }
        None => "Type 0-9, or t (or 1 then 0) for 10 · ←/→ · Enter confirms · s skips".to_owned(),
    }
}

/// The key list's title.
pub const KEYS_TITLE: &str = " Keys (any key closes) ";

/// The quit box: its question and what it promises.
pub const QUIT_BOX: [&str; 3] = [
    "Quit the session?",
    "The clock is paused.",
    "Every rating so far is kept.",
];

/// The overall pain box's title.
pub const OVERALL_TITLE: &str = " Overall pain now ";

/// When the overall pain is asked: before the first hold (`true`) or after the last.
pub const fn overall_when(before: bool) -> &'static str {
    if before {
        "Before the first hold"
    } else {
        "After the last hold"
    }
}

/// Under the note being typed.
pub const NOTE_HINT: &str = "Kept with this session.";

/// The overview's author line: `"by Ana"`.
pub fn by(author: &str) -> String {
    format!("by {author}")
}

/// The overview's headings.
pub const SAFETY: &str = "Safety";
/// The overview's list of steps.
pub const STEPS: &str = "Steps";

/// A step on the overview: `"  2  calf       45s x2 each side, until released · ball"`, its
/// region already cut to fit `region_width`.
pub fn step_line(n: usize, step: &Step, region: &str, region_width: usize) -> String {
    let sides = match step.sides {
        Sides::Both => " each side",
        Sides::Left => " left",
        Sides::Right => " right",
        Sides::None => "",
    };
    let reps = if step.reps > 1 {
        format!(" x{}", step.reps)
    } else {
        String::new()
    };
    let manual = match step.release {
        Release::Manual => ", until released",
        Release::Timed => "",
    };
    let hold = super::short(step.hold);
    format!(
        "  {n:>2}  {region:<region_width$}  {hold}{reps}{sides}{manual} · {}",
        step.tool
    )
}

/// A notice on the overview: `"Note: no audio device: visual cues only"`.
pub fn note(notice: &str) -> String {
    format!("Note: {notice}")
}

/// The overview's totals: `"5 holds · about 4m30s"`, and a hint when it scrolls.
pub fn totals(holds: usize, length: &str, scrolls: bool) -> String {
    let more = if scrolls { "  (↑↓ for more)" } else { "" };
    format!("{} · about {length}{more}", super::holds(holds))
}

/// Ratings typed on the overview, kept for the first holds: `"Kept for the first holds:
/// 7/10, skip"`.
pub fn kept_ahead(kept: &[Option<u8>]) -> String {
    let ratings: Vec<String> = kept
        .iter()
        .map(|r| r.map_or_else(|| "skip".to_owned(), |v| format!("{v}/10")))
        .collect();
    format!("Kept for the first holds: {}", ratings.join(", "))
}

/// The header's badges for a stopped clock and a history that is not saving.
pub const PAUSED: &str = " PAUSED ";
/// Never let a person believe their ratings are kept when they are not.
pub const NOT_SAVED_BADGE: &str = " NOT SAVED ";

/// "next: ..." under a phase: the hold after it, or the summary.
pub fn next(plan: &Plan, upcoming: Option<usize>) -> String {
    match upcoming {
        Some(n) if plan.hold(n).switches_side => {
            format!("next: {} (switch sides)", super::hold_line(plan, n))
        }
        Some(n) => format!("next: {}", super::hold_line(plan, n)),
        None => "next: the summary".to_owned(),
    }
}

/// Under the body map, pointing to the side being worked on: `"◀ left side"` when it is
/// drawn on the left, `"right side ▶"` when on the right.
pub fn worked_side(side: crate::routine::Side, drawn_left: bool) -> String {
    if drawn_left {
        format!("◀ {} side", side.word())
    } else {
        format!("{} side ▶", side.word())
    }
}

/// A terminal too small to draw in.
pub fn too_small(min: (u16, u16), size: (u16, u16)) -> String {
    format!(
        "knead needs at least {}x{}; this is {}x{}",
        min.0, min.1, size.0, size.1
    )
}
