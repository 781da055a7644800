//! The report as one self-contained HTML page that prints cleanly: the first page answers
//! how it is going, the details follow on their own pages.

use std::fmt::Write as _;

use super::chart::{chart, pain_map};
pub use super::markup::escape;
use super::text::{
    adherence_lines, change_words, nothing_flagged, pain_cell, programme_cell, series, spot_cell,
};
use super::{Flag, Report, Trend};
use crate::sides::Pair;
use crate::words;

const STYLE: &str = "body{font-family:system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#222;line-height:1.45}\
h1{font-size:1.5rem;margin-bottom:.2rem}h2{font-size:1.15rem;border-bottom:1px solid #ccc;padding-bottom:.2rem;margin-top:2rem}\
table{border-collapse:collapse;width:100%;font-size:.92rem}td,th{border-bottom:1px solid #e4e4e4;padding:.25rem .4rem;text-align:left}\
th{background:#f4f4f4}.good{color:#0a6b2d;font-weight:600}.bad{color:#a33;font-weight:600}.muted{color:#666}\
section.spot,figure.map{page-break-inside:avoid;break-inside:avoid}figure.map{margin:1rem 0;text-align:center}svg{max-width:100%;height:auto}\
hr.details{border:0;margin:0}\
@page{margin:14mm 12mm}\
@media print{body{margin:0;max-width:none;font-size:10pt}h2{break-after:avoid}hr.details{break-before:page}\
tr,li,p,figure{break-inside:avoid}th{background:none;border-bottom:1px solid #999}}";

/// The report as one self-contained HTML page.
pub fn html(report: &Report, generated: &str) -> String {
    let mut h = String::new();
    let who = report.client.as_deref().map_or_else(
        || "Your sessions".to_owned(),
        |c| format!("Sessions of {}", escape(c)),
    );
    let _ = write!(
        h,
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"/><meta name=\"viewport\" content=\"width=device-width\"/>\
         <title>knead report</title><style>{STYLE}</style></head><body><h1>knead report: {who}</h1>"
    );
    let span = report.span.map_or_else(
        || "no sessions yet".to_owned(),
        |(a, b)| format!("{a} to {b}"),
    );
    let _ = write!(
        h,
        "<p class=\"muted\">{span} · {} · generated {}</p>",
        words::count(report.sessions, "session"),
        escape(generated)
    );
    html_first_page(report, &mut h);
    // Calendar weeks only where there is no programme's weeks to count against.
    if !report.weeks.is_empty() && report.adherence.per_week.is_none() {
        h.push_str("<table><tr><th>Week</th><th>Sessions</th></tr>");
        for (week, count) in report.weeks.iter().rev().take(12) {
            let _ = write!(h, "<tr><td>{week}</td><td>{count}</td></tr>");
        }
        h.push_str("</table>");
        if report.weeks.len() > 12 {
            h.push_str("<p class=\"muted\">The last 12 weeks.</p>");
        }
    }

    // Printed, the details start on a page of their own: the first answers how it is going.
    h.push_str("<hr class=\"details\"/><h2>Pain by spot</h2>");
    html_spot_table(report, &mut h);
    if report.spots.is_empty() {
        h.push_str("<p>No ratings yet.</p>");
    } else {
        h.push_str(
            "<p class=\"muted\">A session's value is the mean of its ratings of that spot. \
             The map shows each spot's latest rating.</p>",
        );
        let _ = write!(
            h,
            "<figure class=\"map\">{}</figure>",
            pain_map(&report.pain)
        );
    }
    html_sides(report, &mut h);
    for pair in report.pairs() {
        let series = series(&pair);
        let _ = write!(h, "<section class=\"spot\"><h3>{}</h3>", escape(pair.key));
        for (side, trend) in &series {
            let Some(change) = change_words(*side, trend) else {
                continue;
            };
            let verdict = if trend.much_better() {
                " <span class=\"good\">much better</span>"
            } else if trend.worse() {
                " <span class=\"bad\">worse</span>"
            } else {
                ""
            };
            let _ = write!(h, "<p>{change}{verdict}.");
            if trend.weekly {
                h.push_str(" <span class=\"muted\">Weekly means.</span>");
            }
            h.push_str("</p>");
        }
        h.push_str(&chart(&series, report.span));
        h.push_str("</section>");
    }

    html_releases(report, &mut h);
    html_findings(report, &mut h);
    html_sessions(report, &mut h);
    h.push_str("<p class=\"muted\">Made by knead. Ratings: 0 no pain, 10 worst imaginable.</p></body></html>\n");
    h
}

/// Every spot in one table, left beside right: first, last, change and the sparkline.
fn html_spot_table(report: &Report, h: &mut String) {
    if report.spots.is_empty() {
        return;
    }
    h.push_str("<table class=\"spots\"><tr><th>Spot</th><th>Left</th><th>Right</th></tr>");
    let cell = |t: Option<&&Trend>, span: &str| {
        t.and_then(|t| spot_cell(t)).map_or_else(
            || format!("<td{span}></td>"),
            |(text, class)| {
                let class = if class.is_empty() {
                    String::new()
                } else {
                    format!(" class=\"{class}\"")
                };
                format!("<td{span}{class}>{}</td>", escape(&text))
            },
        )
    };
    for pair in report.pairs() {
        let _ = write!(h, "<tr><td>{}</td>", escape(pair.key));
        if pair.both.is_some() {
            h.push_str(&cell(pair.both.as_ref(), " colspan=\"2\""));
        } else {
            h.push_str(&cell(pair.left.as_ref(), ""));
            h.push_str(&cell(pair.right.as_ref(), ""));
        }
        h.push_str("</tr>");
    }
    h.push_str("</table><p class=\"muted\">First → last session, the change, and the latest sessions from ▁ (0) to █ (10).</p>");
}

/// The regions done on both sides, left beside right at their latest, and those whose sides
/// differ by 2 or more.
fn html_sides(report: &Report, h: &mut String) {
    if !report.pairs().iter().any(Pair::sided) {
        return;
    }
    h.push_str("<h2>Left and right</h2>");
    let gaps = report.side_gaps();
    if gaps.is_empty() {
        h.push_str("<p>No spot differs by 2 or more between its sides.</p>");
    } else {
        h.push_str("<p>Sides that differ by 2 or more at their latest:</p><ul>");
        for gap in &gaps {
            let _ = write!(h, "<li class=\"bad\">{}</li>", escape(gap));
        }
        h.push_str("</ul>");
    }
}

/// What the first page answers: the prescription, what needs attention, the adherence.
fn html_first_page(report: &Report, h: &mut String) {
    if let Some(p) = &report.prescribed {
        let _ = write!(h, "<p>Prescription: {}.</p>", escape(&p.describe()));
    }
    h.push_str("<h2>Needs attention</h2>");
    if report.flags.is_empty() {
        let _ = write!(h, "<p>{}</p>", nothing_flagged());
    } else {
        h.push_str("<ul class=\"flags\">");
        for flag in &report.flags {
            let class = if matches!(flag, Flag::Note { .. } | Flag::Gap { .. }) {
                ""
            } else {
                " class=\"bad\""
            };
            let _ = write!(h, "<li{class}>{}</li>", escape(&flag.describe()));
        }
        h.push_str("</ul>");
    }

    let _ = write!(h, "<h2>Adherence</h2>");
    for line in adherence_lines(report) {
        let _ = write!(h, "<p>{}</p>", escape(&line));
    }
    if report.adherence.per_week.is_some() && !report.adherence.weeks.is_empty() {
        h.push_str("<table><tr><th>Programme week</th><th>Sessions</th></tr>");
        for (week, done) in &report.adherence.weeks {
            let _ = write!(
                h,
                "<tr><td>{week}</td><td>{done} of {}</td></tr>",
                report.adherence.per_week.unwrap_or_default()
            );
        }
        h.push_str("</table>");
    }
    let _ = write!(
        h,
        "<p>{:.1} sessions a week on average over {}.</p>",
        report.per_week(),
        words::count(report.weeks.len(), "week")
    );
}

/// Every session: when, what, where in the programme, how much, how it ended, the note.
fn html_sessions(report: &Report, h: &mut String) {
    h.push_str("<h2>Sessions</h2>");
    if report.session_lines.is_empty() {
        h.push_str("<p>None.</p>");
        return;
    }
    h.push_str(
        "<table class=\"sessions\"><tr><th>Date</th><th>Time</th><th>Routine</th><th>Week</th>\
         <th>Holds</th><th>Outcome</th><th>Pain</th><th>Note</th></tr>",
    );
    for s in &report.session_lines {
        let _ = write!(
            h,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{} of {}</td><td>{}</td>\
             <td>{}</td><td>{}</td></tr>",
            s.day,
            s.time,
            escape(&s.routine),
            programme_cell(s),
            s.held,
            s.planned,
            words::session_outcome(s.outcome),
            pain_cell(s.pain),
            escape(s.note.as_deref().unwrap_or(""))
        );
    }
    h.push_str("</table>");
}

/// Manual-release spots: how long until the knot let go, first session against last.
fn html_releases(report: &Report, h: &mut String) {
    if report.releases.is_empty() {
        return;
    }
    h.push_str(
        "<h2>Time to release</h2><table class=\"releases\"><tr><th>Spot</th><th>First</th>\
         <th>Last</th><th>Change</th><th>Sessions</th></tr>",
    );
    for r in &report.releases {
        let _ = write!(
            h,
            "<tr><td>{}</td><td>{:.0} s</td><td>{:.0} s</td><td>{:+.0} s</td><td>{}</td></tr>",
            escape(&r.spot),
            r.first,
            r.last,
            r.last - r.first,
            r.sessions
        );
    }
    h.push_str("</table><p class=\"muted\">Holds the person ended when the knot let go; a shorter time is a spot releasing sooner.</p>");
}

/// Holds skipped or cut short, for the details after the first page.
fn html_findings(report: &Report, h: &mut String) {
    h.push_str("<h2>Often skipped or cut short</h2>");
    if report.skipped.is_empty() {
        h.push_str("<p>None.</p>");
    } else {
        h.push_str("<table><tr><th>Spot</th><th>Holds</th><th>Skipped</th><th>Cut short</th></tr>");
        for s in &report.skipped {
            let _ = write!(
                h,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                escape(&s.spot),
                s.holds,
                s.skipped,
                s.cut_short
            );
        }
        h.push_str("</table>");
    }
}
