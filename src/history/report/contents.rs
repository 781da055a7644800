//! What the report says, once, for both formats: the first page answers how it is going at
//! a follow-up (the prescription, what needs attention, how much was done), the details
//! follow on pages of their own.

use super::chart::{chart, pain_map, sparkline};
use super::document::{Block, Cell, Document, Paper, Span, Tone};
use jiff::civil::Date;

use super::follow_up::{Flag, Place, SessionLine, Verdict, important_change};
use super::measures::ActivityTrend;
use super::{HIGH, Report, Trend, follow_up};
use crate::routine::Side;
use crate::session::measures::PSFS_MCID;
use crate::sides::Pair;
use crate::words;
use knead_core::t;

/// The report as a document for `paper`, stamped with when it was `generated`.
pub fn document(report: &Report, generated: &str, paper: Paper) -> Document {
    let who = report.client.as_deref().map_or_else(
        || t!("report-yours"),
        |c| t!("report-of-client", client = c),
    );
    let mut d = Document {
        title: t!("report-title", who = who.as_str()),
        paper,
        blocks: Vec::new(),
        language: crate::lang::current().code(),
    };
    d.heading(1, t!("report-title", who = who.as_str()));
    let span = report.span.map_or_else(
        || t!("report-no-sessions-yet"),
        |(a, b)| t!("report-span", from = day(a), to = day(b)),
    );
    d.toned(
        t!(
            "report-generated",
            span = span,
            sessions = report.sessions,
            generated = generated
        ),
        Tone::Muted,
    );
    if !report.clocks.is_empty() {
        d.toned(
            t!(
                "report-clocks",
                client = u8::from(report.client.is_some()),
                clocks = report.clocks.join("; ")
            ),
            Tone::Muted,
        );
    }
    first_page(report, &mut d);
    // Printed, the details start on a page of their own.
    d.blocks.push(Block::PageBreak);
    spots(report, &mut d);
    releases(report, &mut d);
    skipped(report, &mut d);
    sessions(report, &mut d);
    d.toned(t!("report-made-by"), Tone::Muted);
    d
}

/// A day as the report's language writes it.
fn day(date: Date) -> String {
    crate::lang::date(date)
}

/// `value` with `digits` decimals, as the report's language writes it.
fn dec(value: f64, digits: usize) -> String {
    crate::lang::decimal(value, digits)
}

/// A change with its sign: `+2.5`, `-3,0`.
fn signed(value: f64, digits: usize) -> String {
    let text = format!("{value:+.digits$}");
    if crate::lang::current().decimal_comma() {
        text.replace('.', ",")
    } else {
        text
    }
}

/// Table heads, each a message.
fn heads(ids: &[&str]) -> Vec<String> {
    ids.iter().map(|id| crate::lang::message(id, &[])).collect()
}

/// The prescription, what needs attention, the adherence.
fn first_page(report: &Report, d: &mut Document) {
    if let Some(p) = &report.prescribed {
        d.text(t!("report-prescription", prescription = p.describe()));
        if let Some(last) = report.file_changes.last() {
            let days: Vec<String> = report.file_changes.iter().map(|d| day(*d)).collect();
            d.text(t!(
                "report-file-changed",
                days = days.join(", "),
                last = day(*last)
            ));
        }
    }
    d.heading(2, t!("report-needs-attention"));
    if report.flags.is_empty() {
        d.text(nothing_flagged());
    } else {
        let items = report
            .flags
            .iter()
            .map(|flag| {
                let tone = if matches!(flag, Flag::Note { .. } | Flag::Gap { .. }) {
                    Tone::Plain
                } else {
                    Tone::Bad
                };
                Span::toned(flag.describe(), tone)
            })
            .collect();
        d.blocks.push(Block::List {
            kind: "flags",
            items,
        });
    }

    main_outcome(report, d);
    activities(report, d);
    global_change(report, d);

    d.heading(2, t!("report-adherence"));
    for line in adherence_lines(report) {
        d.text(line);
    }
    let a = &report.adherence;
    if let Some(aim) = a.per_week
        && !a.weeks.is_empty()
    {
        // One row across the page: a programme's weeks fit on the first page beside the rest.
        let mut head = vec![t!("report-col-programme-week")];
        head.extend(a.weeks.iter().map(|(week, _)| week.to_string()));
        let mut done = vec![Cell::plain(t!("report-col-sessions"))];
        done.extend(
            a.weeks
                .iter()
                .map(|(_, done)| Cell::plain(t!("report-done-of", done = *done, aim = aim))),
        );
        d.table("weeks", &head, vec![done]);
    }
    let (mean, weeks) = report.per_week();
    d.text(match &report.prescribed {
        Some(p) if a.per_week.is_some() => t!(
            "report-average-programme",
            mean = dec(mean, 1),
            routine = p.routine.as_str(),
            weeks = weeks
        ),
        _ => t!("report-average", mean = dec(mean, 1), weeks = weeks),
    });
    prescribed_against_done(report, d);
    // Calendar weeks only where there is no programme's weeks to count against.
    if !report.weeks.is_empty() && a.per_week.is_none() {
        let rows = report
            .weeks
            .iter()
            .rev()
            .take(12)
            .map(|(week, count)| vec![Cell::plain(week.clone()), Cell::plain(count.to_string())])
            .collect();
        d.table(
            "calendar",
            &heads(&["report-col-week", "report-col-sessions"]),
            rows,
        );
        if report.weeks.len() > 12 {
            d.toned(t!("report-last-12-weeks"), Tone::Muted);
        }
    }
}

/// Each prescribed spot, first session against latest, judged against the change that
/// matters for where it started.
fn main_outcome(report: &Report, d: &mut Document) {
    if report.main_outcome.is_empty() {
        return;
    }
    d.heading(2, t!("report-main-outcome"));
    let rows = report
        .main_outcome
        .iter()
        .map(|o| {
            let verdict = verdict_span(o.verdict(), o.sessions, t!("report-one-session"));
            vec![
                Cell::plain(o.spot.clone()),
                Cell::plain(format!("{} ({})", dec(o.first.0, 1), day(o.first.1))),
                Cell::plain(format!("{} ({})", dec(o.last.0, 1), day(o.last.1))),
                Cell::plain(signed(o.last.0 - o.first.0, 1)),
                Cell::plain(format!("{:.0}", o.important())),
                Cell {
                    spans: vec![verdict],
                },
            ]
        })
        .collect();
    d.table(
        "outcome",
        &heads(&[
            "report-col-spot",
            "report-col-first",
            "report-col-latest",
            "report-col-change",
            "report-col-important",
            "report-col-verdict",
        ]),
        rows,
    );
    d.toned(
        t!(
            "report-outcome-note",
            low = important_change(0.0),
            middle = important_change(4.0),
            high = important_change(7.0)
        ),
        Tone::Muted,
    );
}

/// A first-against-latest verdict in words: better, worse, no important change, or `once`
/// for what was rated in a single session.
fn verdict_span(verdict: Verdict, sessions: usize, once: String) -> Span {
    match verdict {
        Verdict::Better => Span::toned(t!("report-better"), Tone::Good),
        Verdict::Worse => Span::toned(t!("report-worse"), Tone::Bad),
        Verdict::Unchanged if sessions < 2 => Span::plain(once),
        Verdict::Unchanged => Span::plain(t!("report-no-important-change")),
    }
}

/// The functional scale: each activity and their mean, first rating against latest.
fn activities(report: &Report, d: &mut Document) {
    let f = &report.functional;
    let Some(mean) = &f.mean else {
        return;
    };
    d.heading(2, t!("report-activities"));
    let row = |name: String, trend: &ActivityTrend, decimals: usize| {
        let verdict = verdict_span(trend.verdict(), trend.sessions, t!("report-rated-once"));
        vec![
            Cell::plain(name),
            Cell::plain(format!(
                "{} ({})",
                dec(trend.first.0, decimals),
                day(trend.first.1)
            )),
            Cell::plain(format!(
                "{} ({})",
                dec(trend.last.0, decimals),
                day(trend.last.1)
            )),
            Cell::plain(signed(trend.last.0 - trend.first.0, decimals)),
            Cell {
                spans: vec![verdict],
            },
        ]
    };
    let mut rows: Vec<Vec<Cell>> = f
        .activities
        .iter()
        .map(|t| row(t.activity.clone(), t, 0))
        .collect();
    rows.push(row(t!("report-activities-mean"), mean, 1));
    d.table(
        "activities",
        &heads(&[
            "report-col-activity",
            "report-col-first",
            "report-col-latest",
            "report-col-change",
            "report-col-verdict",
        ]),
        rows,
    );
    d.toned(
        t!("report-activities-note", mcid = format!("{PSFS_MCID:.0}")),
        Tone::Muted,
    );
}

/// Every answer to the global impression of change, worse ones marked.
fn global_change(report: &Report, d: &mut Document) {
    if report.changes.is_empty() {
        return;
    }
    d.heading(2, t!("report-global-change"));
    let rows = report
        .changes
        .iter()
        .map(|c| {
            let answer = match c.answer {
                Some(a) if a.is_better() => Span::toned(words::measures::impression(a), Tone::Good),
                Some(a) if a.number() >= 5 => {
                    Span::toned(words::measures::impression(a), Tone::Bad)
                }
                Some(a) => Span::plain(words::measures::impression(a)),
                None => Span::toned(t!("change-not-answered"), Tone::Muted),
            };
            vec![
                Cell::plain(day(c.day)),
                Cell::plain(t!("report-end-of-phase", phase = c.phase)),
                Cell {
                    spans: vec![answer],
                },
            ]
        })
        .collect();
    d.table(
        "change",
        &heads(&["report-col-day", "report-col-asked-at", "report-col-since"]),
        rows,
    );
    d.toned(t!("report-change-note"), Tone::Muted);
}

/// The hold lengths each phase prescribed against what was held.
fn prescribed_against_done(report: &Report, d: &mut Document) {
    if report.phases.is_empty() {
        return;
    }
    let rows = report
        .phases
        .iter()
        .map(|phase| {
            let weeks = if phase.weeks.0 == phase.weeks.1 {
                phase.weeks.0.to_string()
            } else {
                format!("{}-{}", phase.weeks.0, phase.weeks.1)
            };
            let prescribed: Vec<String> =
                phase.prescribed.iter().map(|s| format!("{s} s")).collect();
            vec![
                Cell::plain(phase.phase.to_string()),
                Cell::plain(weeks),
                Cell::plain(phase.sessions.to_string()),
                Cell::plain(prescribed.join(", ")),
                Cell::plain(phase.held.map_or_else(String::new, |s| format!("{s:.0} s"))),
            ]
        })
        .collect();
    d.table(
        "phases",
        &heads(&[
            "report-col-phase",
            "report-col-weeks-with-sessions",
            "report-col-sessions",
            "report-col-hold-prescribed",
            "report-col-held-on-average",
        ]),
        rows,
    );
}

/// The pain of each spot: one table left beside right, the map, the sides, and each
/// region's words and chart.
fn spots(report: &Report, d: &mut Document) {
    d.heading(2, t!("report-pain-by-spot"));
    if report.spots.is_empty() {
        d.text(t!("report-no-ratings"));
        return;
    }
    spot_table(report, d);
    d.toned(t!("report-spot-note"), Tone::Muted);
    d.blocks.push(Block::Figure {
        alt: t!("report-map-alt"),
        file: "00-pain-map.svg".into(),
        svg: pain_map(&report.pain),
        standalone: true,
    });
    if report.pairs().iter().any(Pair::sided) {
        d.heading(2, t!("report-left-and-right"));
        let gaps = report.side_gaps();
        if gaps.is_empty() {
            d.text(t!("report-no-side-gap"));
        } else {
            d.text(t!("report-side-gaps"));
            d.blocks.push(Block::List {
                kind: "gaps",
                items: gaps
                    .into_iter()
                    .map(|g| Span::toned(g, Tone::Bad))
                    .collect(),
            });
        }
    }
    for (n, pair) in report.pairs().into_iter().enumerate() {
        let series = series(&pair);
        let mut section = vec![Block::Heading {
            level: 3,
            text: crate::body::region_name(pair.key),
        }];
        for (side, trend) in &series {
            let Some(change) = change_words(*side, trend) else {
                continue;
            };
            let mut spans = vec![Span::plain(change)];
            if let Some(verdict) = verdict(trend) {
                spans.push(Span::plain(" "));
                spans.push(verdict);
            }
            spans.push(Span::plain("."));
            if trend.weekly {
                spans.push(Span::toned(
                    format!(" {}", t!("report-weekly-means")),
                    Tone::Muted,
                ));
            }
            section.push(Block::Paragraph {
                spans,
                tone: Tone::Plain,
            });
        }
        let svg = chart(&series, report.span);
        if !svg.is_empty() {
            section.push(Block::Figure {
                alt: t!(
                    "report-trend-alt",
                    region = crate::body::region_name(pair.key)
                ),
                file: chart_name(n + 1, pair.key),
                svg,
                standalone: false,
            });
        }
        d.blocks.push(Block::Keep(section));
    }
}

/// Every spot in one table, left beside right: first, last, change and the sparkline. A
/// spot without a side (a midline region, or a step done on both sides at once) has a
/// column of its own, so a region done both ways shows all of it, and nothing without a
/// side reads as the left.
fn spot_table(report: &Report, d: &mut Document) {
    let cell = |t: Option<&Trend>| Cell {
        spans: t.and_then(spot_cell).unwrap_or_default(),
    };
    let pairs = report.pairs();
    let sided = pairs.iter().any(|p| p.left.is_some() || p.right.is_some());
    let sideless = pairs.iter().any(|p| p.both.is_some());
    let mut head = vec![t!("report-col-spot")];
    if sided {
        head.extend([t!("report-col-left"), t!("report-col-right")]);
    }
    if sideless {
        head.push(if sided {
            t!("report-col-no-side")
        } else {
            t!("report-col-change")
        });
    }
    let rows = pairs
        .iter()
        .map(|pair| {
            let mut row = vec![Cell::plain(crate::body::region_name(pair.key))];
            if sided {
                row.extend([cell(pair.left), cell(pair.right)]);
            }
            if sideless {
                row.push(cell(pair.both));
            }
            row
        })
        .collect();
    d.table("spots", &head, rows);
    d.toned(t!("report-spot-table-note"), Tone::Muted);
}

/// A spot's cell: "7.0 → 4.0 (-3.0) ▇▆▅▃", and "better" or "worse" where it is.
fn spot_cell(trend: &Trend) -> Option<Vec<Span>> {
    let (first, last) = trend.first_last()?;
    let mut spans = vec![Span::plain(format!(
        "{} → {} ({}) {}",
        dec(first, 1),
        dec(last, 1),
        signed(last - first, 1),
        sparkline(trend)
    ))];
    if let Some(verdict) = verdict(trend) {
        spans.push(Span::plain(" "));
        spans.push(verdict);
    }
    Some(spans)
}

/// "better" or "worse" where the change from the first session to the last is important,
/// judged as the main outcome is (nothing for a spot rated in one session).
fn verdict(trend: &Trend) -> Option<Span> {
    if trend.points.len() < 2 {
        return None;
    }
    let (first, last) = trend.first_last()?;
    match Verdict::of(first, last) {
        Verdict::Better => Some(Span::toned(t!("report-better"), Tone::Good)),
        Verdict::Worse => Some(Span::toned(t!("report-worse"), Tone::Bad)),
        Verdict::Unchanged => None,
    }
}

/// A region's trends in the order they are drawn: no side, left, right.
fn series<'a>(pair: &Pair<&str, &'a Trend>) -> Vec<(Option<Side>, &'a Trend)> {
    [
        (None, pair.both),
        (Some(Side::Left), pair.left),
        (Some(Side::Right), pair.right),
    ]
    .into_iter()
    .filter_map(|(side, trend)| Some((side, trend?)))
    .collect()
}

/// "Left: first 7.0, last 4.0 (-3.0)": a side's change.
fn change_words(side: Option<Side>, trend: &Trend) -> Option<String> {
    let (first, last) = trend.first_last()?;
    let who = side.map_or_else(String::new, |s| {
        format!("{}: ", capitalised(&words::side(Some(s))))
    });
    Some(t!(
        "report-change-words",
        who = who,
        first = dec(first, 1),
        last = dec(last, 1),
        change = signed(last - first, 1)
    ))
}

/// "left" as a sentence starts it.
fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map_or_else(String::new, |c| {
        c.to_uppercase().chain(chars).collect::<String>()
    })
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

/// What the flags did not find, so an empty list reads as checked, not as missing.
fn nothing_flagged() -> String {
    t!(
        "report-nothing-flagged",
        high = HIGH,
        worse = follow_up::WORSE,
        days = follow_up::GAP_DAYS
    )
}

/// The adherence figures in words: against the prescription when there is one.
fn adherence_lines(report: &Report) -> Vec<String> {
    let a = &report.adherence;
    let mut lines = Vec::new();
    if let (Some(percent), Some(aim), Some(p)) = (a.percent, a.per_week, &report.prescribed) {
        let done: usize = a.weeks.iter().map(|w| w.1).sum();
        lines.push(t!(
            "report-adherence-prescribed",
            done = done,
            total = usize::from(aim) * a.weeks.len(),
            routine = p.routine.as_str(),
            percent = format!("{percent:.0}"),
            weeks = a.weeks.len(),
            aim = aim
        ));
    }
    lines.push(t!(
        "report-days-last-30",
        today = day(report.today),
        days = a.days_last_30
    ));
    lines.push(t!(
        "report-holds-held",
        sessions = report.sessions,
        held = a.held,
        planned = a.planned,
        known = u8::from(a.plan_known)
    ));
    lines
}

/// Manual-release spots: how long until the knot let go, first session against last.
fn releases(report: &Report, d: &mut Document) {
    if report.releases.is_empty() {
        return;
    }
    d.heading(2, t!("report-time-to-release"));
    let rows = report
        .releases
        .iter()
        .map(|r| {
            vec![
                Cell::plain(r.spot.clone()),
                Cell::plain(format!("{:.0} s", r.first)),
                Cell::plain(format!("{:.0} s", r.last)),
                Cell::plain(format!("{:+.0} s", r.last - r.first)),
                Cell::plain(r.sessions.to_string()),
            ]
        })
        .collect();
    d.table(
        "releases",
        &heads(&[
            "report-col-spot",
            "report-col-first",
            "report-col-last",
            "report-col-change",
            "report-col-sessions",
        ]),
        rows,
    );
    d.toned(t!("report-release-note"), Tone::Muted);
}

/// Holds skipped or cut short.
fn skipped(report: &Report, d: &mut Document) {
    d.heading(2, t!("report-often-skipped"));
    if report.skipped.is_empty() {
        d.text(t!("report-none"));
        return;
    }
    let rows = report
        .skipped
        .iter()
        .map(|s| {
            vec![
                Cell::plain(s.spot.clone()),
                Cell::plain(s.holds.to_string()),
                Cell::plain(s.skipped.to_string()),
                Cell::plain(s.cut_short.to_string()),
            ]
        })
        .collect();
    d.table(
        "skipped",
        &heads(&[
            "report-col-spot",
            "report-col-holds",
            "report-col-skipped",
            "report-col-cut-short",
        ]),
        rows,
    );
}

/// Every session: when, what, where in the programme, how much, how it ended, the note.
fn sessions(report: &Report, d: &mut Document) {
    d.heading(2, t!("report-sessions"));
    if report.session_lines.is_empty() {
        d.text(t!("report-none"));
        return;
    }
    let rows = report
        .session_lines
        .iter()
        .map(|s| {
            vec![
                Cell::plain(day(s.day)),
                Cell::plain(s.time.clone()),
                Cell::plain(s.routine.clone()),
                Cell::plain(place_cell(s)),
                Cell::plain(t!("report-done-of", done = s.held, aim = s.planned)),
                Cell::plain(words::session_outcome(s.outcome)),
                Cell::plain(pain_cell(s.pain)),
                Cell::plain(s.note.clone().unwrap_or_default()),
            ]
        })
        .collect();
    d.table(
        "sessions",
        &heads(&[
            "report-col-date",
            "report-col-time",
            "report-col-routine",
            "report-col-week",
            "report-col-holds",
            "report-col-outcome",
            "report-col-pain",
            "report-col-note",
        ]),
        rows,
    );
}

/// "3 / 2": a session's week and phase; "before the start" for one before the programme's
/// first day (which adherence leaves out, so the label must too).
fn place_cell(s: &SessionLine) -> String {
    match s.place {
        Place::Week {
            week,
            phase: Some(phase),
        } => format!("{week} / {phase}"),
        Place::Week { week, phase: None } => week.to_string(),
        Place::Before => t!("report-before-start"),
        Place::After => t!("report-after-end"),
        Place::Unprescribed => String::new(),
    }
}

/// "6 → 3": the overall pain before and after, as far as given.
fn pain_cell((before, after): (Option<u8>, Option<u8>)) -> String {
    let value = |v: Option<u8>| v.map_or_else(|| "-".to_owned(), |v| v.to_string());
    if before.is_none() && after.is_none() {
        String::new()
    } else {
        format!("{} → {}", value(before), value(after))
    }
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
