//! The words both formats of the report share: a spot's change, the adherence figures, a
//! session's cells. HTML and Markdown escape them their own way.

use super::chart::sparkline;
use super::{HIGH, Report, SessionLine, Trend, follow_up};
use crate::routine::Side;
use crate::sides::Pair;

/// One side of a spot in the table: "7.0 → 4.0 (-3.0) ▇▆▅▃", and the verdict's class.
pub(super) fn spot_cell(trend: &Trend) -> Option<(String, &'static str)> {
    let (first, last) = trend.first_last()?;
    let class = if trend.much_better() {
        "good"
    } else if trend.worse() {
        "bad"
    } else {
        ""
    };
    Some((
        format!(
            "{first:.1} → {last:.1} ({:+.1}) {}",
            last - first,
            sparkline(trend)
        ),
        class,
    ))
}

/// A region's trends in the order they are drawn: no side, left, right.
pub(super) fn series<'a>(pair: &Pair<&str, &'a Trend>) -> Vec<(Option<Side>, &'a Trend)> {
    [
        (None, pair.both),
        (Some(Side::Left), pair.left),
        (Some(Side::Right), pair.right),
    ]
    .into_iter()
    .filter_map(|(side, trend)| Some((side, trend?)))
    .collect()
}

/// "Left: first 7.0, last 4.0 (-3.0)": a side's change, as both report formats say it.
pub(super) fn change_words(side: Option<Side>, trend: &Trend) -> Option<String> {
    let (first, last) = trend.first_last()?;
    let who = side.map_or_else(String::new, |s| format!("{}: ", capitalised(s.word())));
    Some(format!(
        "{who}first {first:.1}, last {last:.1} ({:+.1})",
        last - first
    ))
}

/// "left" as a sentence starts it.
pub(super) fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map_or_else(String::new, |c| {
        c.to_uppercase().chain(chars).collect::<String>()
    })
}

/// What the flags did not find, so an empty list reads as checked, not as missing.
pub(super) fn nothing_flagged() -> String {
    format!(
        "Nothing: no rating at the routine's stop_above (or {HIGH}) or more, no spot worse by {} \
         or rising, no gap of {} days, no note.",
        follow_up::WORSE,
        follow_up::GAP_DAYS
    )
}

/// The adherence figures in words: against the prescription when there is one.
pub(super) fn adherence_lines(report: &Report) -> Vec<String> {
    let a = &report.adherence;
    let mut lines = Vec::new();
    if let (Some(percent), Some(aim)) = (a.percent, a.per_week) {
        let done: usize = a.weeks.iter().map(|w| w.1).sum();
        lines.push(format!(
            "{done} of {} prescribed sessions ({percent:.0}%) in weeks 1-{} ({aim} a week).",
            usize::from(aim) * a.weeks.len(),
            a.weeks.len()
        ));
    }
    lines.push(format!(
        "Days with a session in the last 30 days (to {}): {}.",
        report.today, a.days_last_30
    ));
    lines.push(format!("Holds held: {} of {} recorded.", a.held, a.planned));
    lines
}

/// "3 / 2": a session's week and phase, or nothing.
pub(super) fn programme_cell(s: &SessionLine) -> String {
    match (s.week, s.phase) {
        (Some(week), Some(phase)) => format!("{week} / {phase}"),
        (Some(week), None) => week.to_string(),
        _ => String::new(),
    }
}

/// "6 → 3": the overall pain before and after, as far as given.
pub(super) fn pain_cell((before, after): (Option<u8>, Option<u8>)) -> String {
    let value = |v: Option<u8>| v.map_or_else(|| "-".to_owned(), |v| v.to_string());
    if before.is_none() && after.is_none() {
        String::new()
    } else {
        format!("{} → {}", value(before), value(after))
    }
}
