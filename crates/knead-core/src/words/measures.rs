//! The outcome measures' words: the activities of the functional scale and the global
//! impression of change, as the session's boxes, plain mode, the history and the report say
//! them.

use crate::session::Plan;
use crate::session::measures::Impression;

/// The activity box's title.
pub const ACTIVITY_TITLE: &str = " How well can you do it now? ";

/// The ends of the activity scale, under its numbers.
pub const ACTIVITY_ENDS: (&str, &str) = ("0 unable", "10 as before the problem");

/// The activity box's place in the list: "Activity 2 of 3".
pub fn activity_count(index: usize, of: usize) -> String {
    format!("Activity {} of {of}", index + 1)
}

/// What plain mode asks for an activity.
pub fn activity_prompt(index: usize, of: usize, activity: &str) -> String {
    format!(
        "{}: {activity}. How well can you do it now, from 0 (unable) to 10 (as before the \
         problem)? Type it and Enter (s to skip).",
        activity_count(index, of)
    )
}

/// Plain mode's overview, when the activities come before the first hold.
pub const ACTIVITIES_FIRST: &str =
    "Before you begin, rate how well you can do each of these activities now.";

/// What plain mode says after a line that is not an activity's rating.
pub const ACTIVITY_HOW: &str =
    "Type a number from 0 (unable) to 10 (as before the problem), or s to skip.";

/// The prescription's activity at `index`, as written.
pub fn activity(plan: &Plan, index: usize) -> &str {
    plan.routine()
        .prescription
        .as_ref()
        .and_then(|p| p.activities.get(index))
        .map_or("", String::as_str)
}

/// An activity rated, as plain mode confirms it and the history lists it.
pub fn activity_rated(activity: &str, rating: Option<u8>) -> String {
    match rating {
        Some(r) => format!("{activity}: {r}/10."),
        None => format!("{activity}: skipped."),
    }
}

/// The mean of the activities rated: "Activities 4.5/10 on average".
pub fn activity_mean(mean: f64) -> String {
    format!("Activities {mean:.1}/10 on average")
}

/// The global impression box's title.
pub const CHANGE_TITLE: &str = " Since the programme began ";

/// The global impression's question in its box, under the title that says since when.
pub const CHANGE_ASKED: &str = "How has your problem changed?";

/// The global impression box's keys for its answers.
pub const CHANGE_KEYS: (&str, &str) = ("1-7", "choose");

/// The global impression's question.
pub const CHANGE_QUESTION: &str = "Since you began the programme, how has your problem changed?";

/// An answer in words, as every screen and the report say it.
pub const fn impression(answer: Impression) -> &'static str {
    match answer {
        Impression::VeryMuchImproved => "very much improved",
        Impression::MuchImproved => "much improved",
        Impression::MinimallyImproved => "minimally improved",
        Impression::NoChange => "no change",
        Impression::MinimallyWorse => "minimally worse",
        Impression::MuchWorse => "much worse",
        Impression::VeryMuchWorse => "very much worse",
    }
}

/// The seven answers numbered, one per line, for the box and plain mode.
pub fn impression_choices() -> Vec<String> {
    Impression::ALL
        .iter()
        .map(|&i| format!("{} {}", i.number(), impression(i)))
        .collect()
}

/// What plain mode asks at the end.
pub fn change_prompt() -> String {
    format!(
        "{CHANGE_QUESTION}\n  {}\nType the number and Enter (s to skip).",
        impression_choices().join("\n  ")
    )
}

/// What the person said about a session, as the history's open session lists it under its
/// holds: the overall pain, each activity with the mean, the global impression, the note.
pub fn said(
    pain: (Option<u8>, Option<u8>),
    activities: &[(&str, Option<u8>)],
    change: Option<(u8, Option<Impression>)>,
    note: Option<&str>,
) -> Vec<String> {
    let mut lines: Vec<String> = super::overall_pain(pain.0, pain.1).into_iter().collect();
    if !activities.is_empty() {
        let mean = crate::session::measures::psfs_mean(activities.iter().map(|a| a.1));
        lines.push(match mean {
            Some(mean) => format!("{}:", activity_mean(mean)),
            None => "Activities, none rated:".to_owned(),
        });
        lines.extend(activities.iter().map(|(activity, rating)| {
            let rating = rating.map_or_else(|| "skipped".to_owned(), |r| format!("{r}/10"));
            format!("  {activity}: {rating}")
        }));
    }
    if let Some((phase, answer)) = change {
        let answer = answer.map_or("not answered", impression);
        lines.push(format!(
            "Since the programme began: {answer} (end of phase {phase})"
        ));
    }
    lines.extend(note.map(|n| format!("Note: {n}")));
    lines
}

/// The global impression given, for the summary: "Change: much improved".
pub fn change_short(answer: Impression) -> String {
    format!("Change: {}", impression(answer))
}

/// What plain mode says after a line that is not one of the answers.
pub const CHANGE_HOW: &str = "Type a number from 1 (very much improved) to 7 (very much worse), \
     or s to skip.";

/// The answer given, as plain mode confirms it and the summary and history show it.
pub fn change_rated(answer: Option<Impression>) -> String {
    match answer {
        Some(a) => format!("Since the programme began: {}.", impression(a)),
        None => "Change since the programme began: not given.".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_answer_has_its_own_words() {
        let mut words: Vec<&str> = Impression::ALL.iter().map(|&i| impression(i)).collect();
        words.sort_unstable();
        words.dedup();
        assert_eq!(words.len(), 7);
        assert_eq!(impression_choices()[0], "1 very much improved");
        assert_eq!(impression_choices()[6], "7 very much worse");
    }
}
