//! The report as Markdown, readable as text: tables, and the charts as SVG files beside it.

use std::fmt::Write as _;

use super::chart::{chart, pain_map};
use super::text::{
    adherence_lines, change_words, nothing_flagged, pain_cell, programme_cell, series, spot_cell,
};
use super::{Flag, Report, Trend};
use crate::sides::Pair;
use crate::words;

/// The same table in Markdown.
fn markdown_spot_table(report: &Report, m: &mut String, md_cell: &dyn Fn(&str) -> String) {
    if report.spots.is_empty() {
        return;
    }
    m.push_str("| Spot | Left | Right |\n|---|---|---|\n");
    let cell = |t: Option<&&Trend>| {
        t.and_then(|t| spot_cell(t))
            .map_or_else(String::new, |(text, class)| match class {
                "good" => format!("{text} **much better**"),
                "bad" => format!("{text} **worse**"),
                _ => text,
            })
    };
    for pair in report.pairs() {
        let (left, right) = if pair.both.is_some() {
            (cell(pair.both.as_ref()), "(no side)".to_owned())
        } else {
            (cell(pair.left.as_ref()), cell(pair.right.as_ref()))
        };
        let _ = writeln!(m, "| {} | {} | {} |", md_cell(pair.key), left, right);
    }
    m.push_str(
        "\nFirst → last session, the change, and the latest sessions from ▁ (0) to █ (10).\n\n",
    );
}

/// A chart written beside a Markdown report: its file name inside the charts folder, and
/// the SVG.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChartFile {
    /// "01-calf.svg".
    pub name: String,
    /// The drawing.
    pub svg: String,
}

/// A file name for the `n`-th chart, of a region's name: "03-upper-trapezius.svg". Nothing
/// from the name survives but letters and digits, so no name can point outside the folder.
fn chart_name(n: usize, region: &str) -> String {
    let mut slug = String::new();
    for c in region.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug: String = slug.trim_matches('-').chars().take(40).collect();
    if slug.is_empty() {
        format!("{n:02}-spot.svg")
    } else {
        format!("{n:02}-{slug}.svg")
    }
}

/// Left and right, then each region's pain with its chart, as Markdown; the charts go in
/// `charts` to be written into the folder `folder` beside the report.
fn markdown_spots(
    report: &Report,
    m: &mut String,
    md_cell: &dyn Fn(&str) -> String,
    (folder, charts): (&str, &mut Vec<ChartFile>),
) {
    let gaps = report.side_gaps();
    if report.pairs().iter().any(Pair::sided) {
        m.push_str("## Left and right\n\n");
        if gaps.is_empty() {
            m.push_str("No spot differs by 2 or more between its sides.\n\n");
        }
        for gap in &gaps {
            let _ = writeln!(m, "- **{}**", md_cell(gap));
        }
        if !gaps.is_empty() {
            m.push('\n');
        }
    }
    m.push_str("## Pain by spot\n\nA session's value is the mean of its ratings of that spot.\n\n");
    markdown_spot_table(report, m, md_cell);
    for (n, pair) in report.pairs().into_iter().enumerate() {
        let series = series(&pair);
        let _ = writeln!(m, "### {}\n", md_cell(pair.key));
        for (side, trend) in &series {
            let Some(change) = change_words(*side, trend) else {
                continue;
            };
            let verdict = if trend.much_better() {
                " **much better**"
            } else if trend.worse() {
                " **worse**"
            } else {
                ""
            };
            let _ = writeln!(m, "{change}{verdict}.\n");
        }
        let svg = chart(&series, report.span);
        if !svg.is_empty() {
            let name = chart_name(n + 1, pair.key);
            let _ = writeln!(m, "![{} trend]({folder}/{name})\n", md_cell(pair.key));
            charts.push(ChartFile { name, svg });
        }
    }
}

/// The first page as Markdown: the prescription, what needs attention, the adherence.
fn markdown_first_page(report: &Report, m: &mut String, md_cell: &dyn Fn(&str) -> String) {
    if let Some(p) = &report.prescribed {
        let _ = writeln!(m, "Prescription: {}.\n", md_cell(&p.describe()));
    }
    m.push_str("## Needs attention\n\n");
    if report.flags.is_empty() {
        let _ = writeln!(m, "{}\n", nothing_flagged());
    } else {
        for flag in &report.flags {
            let text = md_cell(&flag.describe());
            if matches!(flag, Flag::Note { .. } | Flag::Gap { .. }) {
                let _ = writeln!(m, "- {text}");
            } else {
                let _ = writeln!(m, "- **{text}**");
            }
        }
        m.push('\n');
    }
    m.push_str("## Adherence\n\n");
    for line in adherence_lines(report) {
        let _ = writeln!(m, "{}\n", md_cell(&line));
    }
    if report.adherence.per_week.is_some() && !report.adherence.weeks.is_empty() {
        m.push_str("| Programme week | Sessions |\n|---|---|\n");
        for (week, done) in &report.adherence.weeks {
            let _ = writeln!(
                m,
                "| {week} | {done} of {} |",
                report.adherence.per_week.unwrap_or_default()
            );
        }
        m.push('\n');
    }
    let _ = writeln!(
        m,
        "{:.1} sessions a week on average over {}.\n",
        report.per_week(),
        words::count(report.weeks.len(), "week")
    );
}

/// The report as Markdown, readable as text, with its charts as SVG files for the folder
/// `folder` beside it (a relative path the Markdown links to).
pub fn markdown(report: &Report, generated: &str, folder: &str) -> (String, Vec<ChartFile>) {
    let mut charts = Vec::new();
    let md_cell = |text: &str| text.replace('|', "\\|").replace(['\n', '\r'], " ");
    let mut m = String::new();
    let who = report.client.as_deref().map_or_else(
        || "Your sessions".to_owned(),
        |c| format!("Sessions of {}", md_cell(c)),
    );
    let _ = writeln!(m, "# knead report: {who}\n");
    let span = report.span.map_or_else(
        || "no sessions yet".to_owned(),
        |(a, b)| format!("{a} to {b}"),
    );
    let _ = writeln!(
        m,
        "{span} · {} · generated {generated}\n",
        words::count(report.sessions, "session")
    );
    markdown_first_page(report, &mut m, &md_cell);
    if !report.weeks.is_empty() {
        m.push_str("| Week | Sessions |\n|---|---|\n");
        for (week, count) in report.weeks.iter().rev().take(12) {
            let _ = writeln!(m, "| {week} | {count} |");
        }
        m.push('\n');
    }
    if !report.pain.is_empty() {
        let name = "00-pain-map.svg".to_owned();
        let _ = writeln!(m, "![Latest pain on the body]({folder}/{name})\n");
        charts.push(ChartFile {
            name,
            svg: pain_map(&report.pain),
        });
    }
    markdown_spots(report, &mut m, &md_cell, (folder, &mut charts));
    if !report.releases.is_empty() {
        m.push_str("## Time to release\n\n| Spot | First | Last | Change | Sessions |\n|---|---|---|---|---|\n");
        for r in &report.releases {
            let _ = writeln!(
                m,
                "| {} | {:.0} s | {:.0} s | {:+.0} s | {} |",
                md_cell(&r.spot),
                r.first,
                r.last,
                r.last - r.first,
                r.sessions
            );
        }
        m.push('\n');
    }
    m.push_str("## Often skipped or cut short\n\n");
    if report.skipped.is_empty() {
        m.push_str("None.\n");
    } else {
        m.push_str("| Spot | Holds | Skipped | Cut short |\n|---|---|---|---|\n");
        for s in &report.skipped {
            let _ = writeln!(
                m,
                "| {} | {} | {} | {} |",
                md_cell(&s.spot),
                s.holds,
                s.skipped,
                s.cut_short
            );
        }
    }
    m.push_str("\n## Sessions\n\n");
    if report.session_lines.is_empty() {
        m.push_str("None.\n");
    } else {
        m.push_str(
            "| Date | Time | Routine | Week | Holds | Outcome | Pain | Note |\n\
             |---|---|---|---|---|---|---|---|\n",
        );
        for s in &report.session_lines {
            let _ = writeln!(
                m,
                "| {} | {} | {} | {} | {} of {} | {} | {} | {} |",
                s.day,
                s.time,
                md_cell(&s.routine),
                programme_cell(s),
                s.held,
                s.planned,
                words::session_outcome(s.outcome),
                pain_cell(s.pain),
                md_cell(s.note.as_deref().unwrap_or(""))
            );
        }
    }
    (m, charts)
}

#[cfg(test)]
mod tests {
    use super::chart_name;

    #[test]
    fn chart_files_are_named_from_letters_and_digits_only() {
        assert_eq!(chart_name(3, "Upper trapezius"), "03-upper-trapezius.svg");
        assert_eq!(chart_name(1, "../../etc/passwd"), "01-etc-passwd.svg");
        assert_eq!(chart_name(2, "<script>"), "02-script.svg");
        assert_eq!(chart_name(4, "Ω"), "04-spot.svg");
    }
}
