//! The full screen's words for a session: badges, headings, hints and the boxes over the
//! screen. The drawing code in the shell only lays them out.

use crate::routine::{Release, Sides, Step};
use crate::session::{Phase, Plan};
use crate::t;

/// The badge of a phase: `"GET READY"`, `"HOLD"`, `"REST"`, `"RATE"`.
pub fn badge(phase: Phase) -> String {
    match phase {
        Phase::Prepare(_) => t!("badge-prepare"),
        Phase::Hold(_) => t!("badge-hold"),
        Phase::Rest { rated: false, .. } => t!("badge-rate"),
        Phase::Rest { rated: true, .. } => t!("badge-rest"),
        Phase::Overview => t!("badge-overview"),
        Phase::Summary => t!("badge-summary"),
    }
}

/// Where the session stands, beside the badge: `"hold 2 of 5"`, `"after hold 2 of 5"` (not
/// "done": a hold cut short or skipped rests too).
pub fn position(phase: Phase, hold: usize, holds: usize) -> String {
    match phase {
        Phase::Rest { .. } => t!("position-after", number = hold + 1, total = holds),
        Phase::Overview | Phase::Prepare(_) | Phase::Hold(_) | Phase::Summary => {
            t!("position", number = hold + 1, total = holds)
        }
    }
}

/// Under the countdown during a rest that is rated.
pub fn rest() -> String {
    t!("screen-rest")
}

/// Where the countdown was, once the rest ran out and the rating still waits.
pub fn rest_over() -> String {
    t!("screen-rest-over")
}

/// Where the countdown was after the last hold.
pub fn last_hold() -> String {
    t!("screen-last-hold")
}

/// The rating prompt's question: `"Rate calf, left: how tender is it now?"`.
pub fn how_tender(spot: &str) -> String {
    t!("how-tender", spot = spot)
}

/// How to rate, under the scale: with a value selected, or none yet.
pub fn rating_hint(selected: Option<u8>) -> String {
    match selected {
        Some(v) => t!("rating-hint-selected", value = v),
        None => t!("rating-hint"),
    }
}

/// The key list's title.
pub fn keys_title() -> String {
    format!(" {} ", t!("keys-title"))
}

/// The quit box: its question and what it promises.
pub fn quit_box() -> [String; 3] {
    [
        t!("quit-box-question"),
        t!("quit-box-paused"),
        t!("quit-box-kept"),
    ]
}

/// The overall pain box's title.
pub fn overall_title() -> String {
    format!(" {} ", t!("overall-title"))
}

/// When the overall pain is asked: before the first hold (`true`) or after the last.
pub fn overall_when(before: bool) -> String {
    if before {
        t!("overall-when-before")
    } else {
        t!("overall-when-after")
    }
}

/// Under the note being typed.
pub fn note_hint() -> String {
    t!("note-hint")
}

/// The overview's author line: `"by Ana"`.
pub fn by(author: &str) -> String {
    t!("by", author = author)
}

/// The overview's safety heading.
pub fn safety() -> String {
    t!("heading-safety")
}

/// The overview's list of steps.
pub fn steps() -> String {
    t!("heading-steps")
}

/// A step on the overview: `"  2  calf       45s x2 each side, until released · ball"`, its
/// region already cut to fit `region_width`.
pub fn step_line(n: usize, step: &Step, region: &str, region_width: usize) -> String {
    let sides = match step.sides {
        Sides::Both => format!(" {}", t!("step-each-side")),
        Sides::Left => format!(" {}", t!("side-left")),
        Sides::Right => format!(" {}", t!("side-right")),
        Sides::None => String::new(),
    };
    let reps = if step.reps > 1 {
        format!(" x{}", step.reps)
    } else {
        String::new()
    };
    let manual = match step.release {
        Release::Manual => t!("step-until-released"),
        Release::Timed => String::new(),
    };
    let hold = super::short(step.hold);
    format!(
        "  {n:>2}  {region:<region_width$}  {hold}{reps}{sides}{manual} · {}",
        step.tool
    )
}

/// A notice on the overview: `"Note: no audio device: visual cues only"`.
pub fn note(notice: &str) -> String {
    t!("notice", notice = notice)
}

/// The overview's totals: `"5 holds · about 4m30s"`, and a hint when it scrolls.
pub fn totals(holds: usize, length: &str, scrolls: bool) -> String {
    let more = if scrolls {
        format!("  {}", t!("totals-more"))
    } else {
        String::new()
    };
    format!(
        "{}{more}",
        t!("totals", holds = super::holds(holds), length = length)
    )
}

/// Ratings typed on the overview, kept for the first holds: `"Kept for the first holds:
/// 7/10, skip"`.
pub fn kept_ahead(kept: &[Option<u8>]) -> String {
    let ratings: Vec<String> = kept
        .iter()
        .map(|r| r.map_or_else(|| t!("kept-ahead-skip"), |v| format!("{v}/10")))
        .collect();
    t!("kept-ahead", ratings = ratings.join(", "))
}

/// The header's badge for a stopped clock.
pub fn paused() -> String {
    format!(" {} ", t!("badge-paused"))
}

/// Never let a person believe their ratings are kept when they are not.
pub fn not_saved_badge() -> String {
    format!(" {} ", t!("badge-not-saved"))
}

/// "next: ..." under a phase: the hold after it, or the summary.
pub fn next(plan: &Plan, upcoming: Option<usize>) -> String {
    match upcoming {
        Some(n) if plan.hold(n).switches_side => {
            t!("next-switch", hold = super::hold_line(plan, n))
        }
        Some(n) => t!("next-hold", hold = super::hold_line(plan, n)),
        None => t!("next-summary"),
    }
}

/// Under the body map, pointing to the side being worked on: `"◀ left side"` when it is
/// drawn on the left, `"right side ▶"` when on the right.
pub fn worked_side(side: crate::routine::Side, drawn_left: bool) -> String {
    let side = t!("worked-side", side = super::side(Some(side)));
    if drawn_left {
        format!("◀ {side}")
    } else {
        format!("{side} ▶")
    }
}

/// A terminal too small to draw in.
pub fn too_small(min: (u16, u16), size: (u16, u16)) -> String {
    t!(
        "too-small",
        min = format!("{}x{}", min.0, min.1),
        size = format!("{}x{}", size.0, size.1)
    )
}
