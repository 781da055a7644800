//! The outcome measures' words: the activities of the functional scale and the global
//! impression of change, as the session's boxes, plain mode, the history and the report say
//! them.

use crate::session::Plan;
use crate::session::measures::Impression;
use crate::t;

/// The activity box's title.
pub fn activity_title() -> String {
    format!(" {} ", t!("activity-title"))
}

/// The ends of the activity scale, under its numbers.
pub fn activity_ends() -> (String, String) {
    (t!("activity-low"), t!("activity-high"))
}

/// The activity box's place in the list: "Activity 2 of 3".
pub fn activity_count(index: usize, of: usize) -> String {
    t!("activity-count", number = index + 1, total = of)
}

/// What plain mode asks for an activity.
pub fn activity_prompt(index: usize, of: usize, activity: &str) -> String {
    t!(
        "activity-prompt",
        count = activity_count(index, of),
        activity = activity
    )
}

/// Plain mode's overview, when the activities come before the first hold.
pub fn activities_first() -> String {
    t!("activities-first")
}

/// What plain mode says after a line that is not an activity's rating.
pub fn activity_how() -> String {
    t!("activity-how")
}

/// The prescription's activities, as written (none without a prescription).
pub fn activities(plan: &Plan) -> &[String] {
    plan.routine()
        .prescription
        .as_ref()
        .map_or(&[][..], |p| &p.activities[..])
}

/// The prescription's activity at `index`, as written.
pub fn activity(plan: &Plan, index: usize) -> &str {
    activities(plan).get(index).map_or("", String::as_str)
}

/// An activity rated, as plain mode confirms it and the history lists it.
pub fn activity_rated(activity: &str, rating: Option<u8>) -> String {
    match rating {
        Some(r) => t!("activity-rated", activity = activity, rating = r),
        None => t!("activity-skipped", activity = activity),
    }
}

/// The mean of the activities rated: "Activities 4.5/10 on average".
pub fn activity_mean(mean: f64) -> String {
    t!("activity-mean", mean = crate::lang::decimal(mean, 1))
}

/// The global impression box's title.
pub fn change_title() -> String {
    format!(" {} ", t!("change-title"))
}

/// The global impression's question in its box, under the title that says since when.
pub fn change_asked() -> String {
    t!("change-asked")
}

/// The global impression box's keys for its answers.
pub fn change_keys() -> (String, String) {
    ("1-7".to_owned(), t!("change-choose"))
}

/// The global impression's question.
pub fn change_question() -> String {
    t!("change-question")
}

/// An answer in words, as every screen and the report say it.
pub fn impression(answer: Impression) -> String {
    match answer {
        Impression::VeryMuchImproved => t!("impression-very-much-improved"),
        Impression::MuchImproved => t!("impression-much-improved"),
        Impression::MinimallyImproved => t!("impression-minimally-improved"),
        Impression::NoChange => t!("impression-no-change"),
        Impression::MinimallyWorse => t!("impression-minimally-worse"),
        Impression::MuchWorse => t!("impression-much-worse"),
        Impression::VeryMuchWorse => t!("impression-very-much-worse"),
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
        "{}\n  {}\n{}",
        change_question(),
        impression_choices().join("\n  "),
        t!("change-type")
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
            None => t!("activities-none-rated"),
        });
        lines.extend(activities.iter().map(|(activity, rating)| {
            let rating = rating.map_or_else(|| t!("activity-skipped-word"), |r| format!("{r}/10"));
            format!("  {activity}: {rating}")
        }));
    }
    if let Some((phase, answer)) = change {
        let answer = answer.map_or_else(|| t!("change-not-answered"), impression);
        lines.push(t!("change-said", answer = answer, phase = phase));
    }
    lines.extend(note.map(|n| t!("note-said", note = n)));
    lines
}

/// The global impression given, for the summary: "Change: much improved".
pub fn change_short(answer: Impression) -> String {
    t!("change-short", answer = impression(answer))
}

/// What plain mode says after a line that is not one of the answers.
pub fn change_how() -> String {
    t!("change-how")
}

/// The answer given, as plain mode confirms it and the summary and history show it.
pub fn change_rated(answer: Option<Impression>) -> String {
    match answer {
        Some(a) => t!("change-rated", answer = impression(a)),
        None => t!("change-not-given"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_answer_has_its_own_words() {
        let mut words: Vec<String> = Impression::ALL.iter().map(|&i| impression(i)).collect();
        words.sort_unstable();
        words.dedup();
        assert_eq!(words.len(), 7);
        assert_eq!(impression_choices()[0], "1 very much improved");
        assert_eq!(impression_choices()[6], "7 very much worse");
    }
}
