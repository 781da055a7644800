//! Plain mode's own lines (`--plain`): the overview, the questions after the summary, and
//! the notes about the outputs. The session's lines are [`super::announce`]'s.

use crate::routine::Routine;

/// The overview as lines: the title, the headline, the description, the safety lines and
/// the totals; the prompt to begin is the caller's.
pub fn overview(routine: &Routine, headline: Option<&str>) -> Vec<String> {
    let mut lines = vec![match &routine.author {
        Some(author) => format!("{} (by {author})", routine.name),
        None => routine.name.clone(),
    }];
    lines.extend(headline.map(|h| format!("{h}.")));
    lines.extend(routine.description.clone());
    lines.extend(routine.safety.iter().map(|line| format!("Safety: {line}")));
    lines.push(format!(
        "{}, about {}.",
        super::holds(routine.hold_count()),
        super::short(routine.total_time())
    ));
    lines
}

/// The overall pain asked after the summary.
pub fn overall_prompt() -> String {
    format!("{}, or s to skip:", super::SESSION_RATING_PROMPT)
}

/// The note asked after the summary.
pub fn note_prompt() -> String {
    format!("{}, or Enter for none:", super::NOTE_PROMPT)
}

/// A notice about the outputs: `"Note: no audio device: visual cues only."`.
pub fn note(notice: &str) -> String {
    format!("Note: {notice}.")
}

/// The history, behind for a while, has caught up.
pub const CAUGHT_UP: &str = "Note: the history caught up; everything so far is saved.";
