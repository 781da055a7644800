//! Plain mode's own lines (`--plain`): the overview, the questions after the summary, and
//! the notes about the outputs. The session's lines are [`super::announce`]'s.

use crate::routine::Routine;
use crate::t;

/// The overview as lines: the title, the headline, the description, the safety lines and
/// the totals; the prompt to begin is the caller's.
pub fn overview(routine: &Routine, headline: Option<&str>) -> Vec<String> {
    let mut lines = vec![match &routine.author {
        Some(author) => t!(
            "overview-title-by",
            name = routine.name.as_str(),
            author = author.as_str()
        ),
        None => routine.name.clone(),
    }];
    lines.extend(headline.map(|h| format!("{h}.")));
    lines.extend(routine.description.clone());
    lines.extend(
        routine
            .safety
            .iter()
            .map(|line| t!("overview-safety-line", line = line.as_str())),
    );
    lines.push(t!(
        "overview-totals-line",
        holds = super::holds(routine.hold_count()),
        length = super::short(routine.total_time())
    ));
    lines
}

/// The overall pain asked after the summary.
pub fn overall_prompt() -> String {
    t!("overall-prompt", question = super::session_rating_prompt())
}

/// The note asked after the summary.
pub fn note_prompt() -> String {
    t!("note-prompt-line", question = super::note_prompt())
}

/// A notice about the outputs: `"Note: no audio device: visual cues only."`.
pub fn note(notice: &str) -> String {
    t!("notice-line", notice = notice)
}

/// The history, behind for a while, has caught up.
pub fn caught_up() -> String {
    t!("caught-up")
}
