//! The therapist's report: one self-contained file (HTML, or Markdown) that opens offline and
//! prints cleanly. Adherence, each spot's pain trend as an SVG chart, first-versus-last change,
//! every high rating, spots that keep rising, and holds often skipped or cut short.

#![allow(
    clippy::cast_precision_loss,
    clippy::cast_possible_truncation,
    reason = "means and chart coordinates of counts far below 2^52"
)]

mod follow_up;

use std::collections::BTreeMap;
use std::fmt::Write as _;

use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::TimeZone;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::store::{StopRuleAnswer, StoredHold};
use crate::body::map::{Mark, Tone};
use crate::body::{Area, Region, View};
use crate::routine::Side;
use crate::session::HoldOutcome;
use crate::session::summary::MUCH_BETTER;
use crate::sides::{self, Pair};
use crate::words;

pub use follow_up::{Adherence, Flag, Prescribed, SessionLine};

/// Ratings at or above this are listed one by one, where the routine's own `stop_above`
/// was not kept (histories from before it was).
pub const HIGH: u8 = 8;
/// A spot skipped or cut short at least this often (of at least [`MIN_HOLDS`]) is listed.
const OFTEN: f64 = 0.25;
const MIN_HOLDS: usize = 4;
/// Beyond this many sessions, trend charts plot weekly means.
const MAX_POINTS: usize = 120;

/// Everything a report shows, computed from export rows.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// Whose history: the client's name, or none for the person's own.
    pub client: Option<String>,
    /// The first and last day with a session.
    pub span: Option<(Date, Date)>,
    /// Sessions in the report.
    pub sessions: usize,
    /// Sessions per ISO week, oldest first, including weeks without any.
    pub weeks: Vec<(String, usize)>,
    /// Each spot's trend.
    pub spots: Vec<Trend>,
    /// Every rating at or above its routine's `stop_above` ([`HIGH`] where unknown).
    pub high: Vec<High>,
    /// Spots whose last three session ratings each rose.
    pub rising: Vec<String>,
    /// Spots often skipped or cut short.
    pub skipped: Vec<Skipped>,
    /// Each recognised spot in the tone of its latest rating, for the map.
    pub pain: Vec<Mark>,
    /// The prescription of the latest prescribed session.
    pub prescribed: Option<Prescribed>,
    /// What needs attention, most urgent first.
    pub flags: Vec<Flag>,
    /// Sessions done against the prescription.
    pub adherence: Adherence,
    /// Every session, oldest first.
    pub session_lines: Vec<SessionLine>,
    /// The day the report is made, in its time zone.
    pub today: Date,
    /// Each spot held until released (manual release): its time to release over sessions.
    pub releases: Vec<ReleaseTimes>,
}

/// A manual-release spot's time to release: how long until the knot let go, first session
/// against last (the mean of a session's reps).
#[derive(Debug, Clone, PartialEq)]
pub struct ReleaseTimes {
    /// The spot.
    pub spot: String,
    /// Seconds in its first session.
    pub first: f64,
    /// Seconds in its last.
    pub last: f64,
    /// Sessions with a release.
    pub sessions: usize,
}

/// Each spot's time to release, for the spots released by the person.
fn release_times(rows: &[StoredHold]) -> Vec<ReleaseTimes> {
    let mut by_spot: BTreeMap<String, Vec<(&str, Vec<f64>)>> = BTreeMap::new();
    for row in rows {
        let Some(released) = row.released else {
            continue;
        };
        let sessions = by_spot.entry(row.spot_label()).or_default();
        match sessions.last_mut() {
            Some((uid, times)) if *uid == row.session_uid => times.push(released.as_secs_f64()),
            _ => sessions.push((&row.session_uid, vec![released.as_secs_f64()])),
        }
    }
    let mean = |times: &[f64]| times.iter().sum::<f64>() / times.len() as f64;
    by_spot
        .into_iter()
        .filter_map(|(spot, sessions)| {
            Some(ReleaseTimes {
                spot,
                first: mean(&sessions.first()?.1),
                last: mean(&sessions.last()?.1),
                sessions: sessions.len(),
            })
        })
        .collect()
}

/// One spot's ratings over time.
#[derive(Debug, Clone, PartialEq)]
pub struct Trend {
    /// "upper trapezius, left".
    pub spot: String,
    /// "upper trapezius": the region's name, one for both sides.
    pub region: String,
    /// The side, for a spot with one.
    pub side: Option<Side>,
    /// (day, mean rating that day or week).
    pub points: Vec<(Date, f64)>,
    /// Whether points are weekly means.
    pub weekly: bool,
}

impl Trend {
    /// The first and last mean rating.
    pub fn first_last(&self) -> Option<(f64, f64)> {
        Some((self.points.first()?.1, self.points.last()?.1))
    }

    /// Whether the pain rose by [`follow_up::WORSE`] or more from first to last.
    pub fn worse(&self) -> bool {
        self.first_last()
            .is_some_and(|(first, last)| last - first >= follow_up::WORSE)
    }

    /// Whether the pain dropped by [`MUCH_BETTER`] or more from first to last.
    pub fn much_better(&self) -> bool {
        self.first_last()
            .is_some_and(|(first, last)| first - last >= f64::from(MUCH_BETTER))
    }
}

/// A high rating.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct High {
    /// The day.
    pub day: Date,
    /// The spot.
    pub spot: String,
    /// The rating.
    pub rating: u8,
    /// The routine.
    pub routine: String,
}

/// A spot often skipped or cut short.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    /// The spot.
    pub spot: String,
    /// Holds planned.
    pub holds: usize,
    /// Holds skipped.
    pub skipped: usize,
    /// Holds cut short.
    pub cut_short: usize,
}

/// A spot's region and side, and its ratings by session: (day, ratings).
type SpotSessions<'a> = (&'a str, Option<Side>, BTreeMap<&'a str, (Date, Vec<u8>)>);

fn spot(row: &StoredHold) -> String {
    row.spot_label()
}

fn day(timestamp: Timestamp, tz: &TimeZone) -> Date {
    timestamp.to_zoned(tz.clone()).date()
}

fn week(day: Date) -> String {
    let iso = day.iso_week_date();
    format!("{}-W{:02}", iso.year(), iso.week())
}

impl Report {
    /// Computes a report from the history's holds, days counted in `tz`, made on `today`.
    pub fn build(
        rows: &[StoredHold],
        answers: &[StopRuleAnswer],
        client: Option<String>,
        tz: &TimeZone,
        today: Date,
    ) -> Self {
        let mut session_days: BTreeMap<&str, Date> = BTreeMap::new();
        // spot -> (region, side, session -> (day, ratings))
        let mut by_spot: BTreeMap<String, SpotSessions<'_>> = BTreeMap::new();
        let mut high = Vec::new();
        let mut outcomes: BTreeMap<String, Skipped> = BTreeMap::new();
        for row in rows {
            let day = day(row.session_started, tz);
            // Adherence counts sessions in which something was held.
            if row.outcome.was_held() {
                session_days.insert(&row.session_uid, day);
            }
            let spot = spot(row);
            let stat = outcomes.entry(spot.clone()).or_insert_with(|| Skipped {
                spot: spot.clone(),
                holds: 0,
                skipped: 0,
                cut_short: 0,
            });
            stat.holds += 1;
            match row.outcome {
                HoldOutcome::Skipped | HoldOutcome::SkippedForPain => stat.skipped += 1,
                HoldOutcome::CutShort => stat.cut_short += 1,
                HoldOutcome::Completed | HoldOutcome::Released | HoldOutcome::Stopped => {}
            }
            if let Some(rating) = row.rating {
                by_spot
                    .entry(spot.clone())
                    .or_insert_with(|| (row.region_name(), row.side, BTreeMap::new()))
                    .2
                    .entry(&row.session_uid)
                    .or_insert((day, vec![]))
                    .1
                    .push(rating);
                if rating >= row.programme.stop_above.unwrap_or(HIGH) {
                    high.push(High {
                        day,
                        spot,
                        rating,
                        routine: row.routine.clone(),
                    });
                }
            }
        }
        let spots: Vec<Trend> = by_spot
            .into_iter()
            .map(|(spot, (region, side, sessions))| Trend {
                region: region.to_owned(),
                side,
                ..trend(spot, sessions.into_values())
            })
            .collect();
        let rising: Vec<String> = spots
            .iter()
            .filter(|t| {
                let last: Vec<f64> = t.points.iter().rev().take(3).map(|p| p.1).collect();
                last.len() == 3 && last[0] > last[1] && last[1] > last[2]
            })
            .map(|t| t.spot.clone())
            .collect();
        let skipped = outcomes
            .into_values()
            .filter(|s| {
                s.holds >= MIN_HOLDS && (s.skipped + s.cut_short) as f64 >= OFTEN * s.holds as f64
            })
            .collect();
        let span = session_days
            .values()
            .min()
            .copied()
            .zip(session_days.values().max().copied());
        let session_lines = follow_up::session_lines(rows, tz);
        let prescribed = follow_up::prescribed(rows);
        let flags = follow_up::flags(
            rows,
            answers,
            &session_lines,
            &spots,
            &high,
            &rising,
            tz,
            today,
        );
        let adherence = follow_up::adherence(&session_lines, prescribed.as_ref(), today);
        Self {
            client,
            span,
            sessions: session_days.len(),
            weeks: weeks(&session_days.values().copied().collect::<Vec<_>>()),
            spots,
            high,
            rising,
            skipped,
            pain: pain(rows),
            prescribed,
            flags,
            adherence,
            session_lines,
            today,
            releases: release_times(rows),
        }
    }

    /// Each region's trends, left beside right, in the order of [`Report::spots`].
    pub fn pairs(&self) -> Vec<Pair<&str, &Trend>> {
        sides::pair(self.spots.iter().map(|t| (t.region.as_str(), t.side, t)))
    }

    /// The regions whose sides' latest values differ by 2 or more, in words:
    /// "rear deltoid: right 8, left 4".
    pub fn side_gaps(&self) -> Vec<String> {
        self.pairs()
            .iter()
            .filter_map(|pair| {
                let left = pair.left?.points.last()?.1;
                let right = pair.right?.points.last()?.1;
                words::side_gap(pair.key, left, right)
            })
            .collect()
    }

    /// Mean sessions per week over the whole span.
    pub fn per_week(&self) -> f64 {
        if self.weeks.is_empty() {
            0.0
        } else {
            self.sessions as f64 / self.weeks.len() as f64
        }
    }
}

/// Each recognised spot (one the map can draw) in the tone of its latest rating.
pub fn pain(rows: &[StoredHold]) -> Vec<Mark> {
    let mut latest: BTreeMap<&str, (Timestamp, Mark)> = BTreeMap::new();
    for row in rows {
        let (Some(rating), Some(spot)) = (row.rating, row.spot.as_deref()) else {
            continue;
        };
        let Some(region) = Region::of_spot(spot).filter(|r| r.area != Area::Anywhere) else {
            continue;
        };
        let at = row.rated_at.unwrap_or(row.hold_ended);
        let mark = Mark {
            region,
            side: row.side,
            tone: Tone::of_rating(rating),
        };
        match latest.get(spot) {
            Some((when, _)) if *when > at => {}
            _ => {
                latest.insert(spot, (at, mark));
            }
        }
    }
    latest.into_values().map(|(_, mark)| mark).collect()
}

/// Mean rating per session (or per week, when there are many), oldest first.
fn trend(spot: String, sessions: impl Iterator<Item = (Date, Vec<u8>)>) -> Trend {
    let mut points: Vec<(Date, f64)> = sessions
        .map(|(day, ratings)| {
            (
                day,
                ratings.iter().map(|&r| f64::from(r)).sum::<f64>() / ratings.len() as f64,
            )
        })
        .collect();
    points.sort_by_key(|p| p.0);
    let weekly = points.len() > MAX_POINTS;
    if weekly {
        let mut by_week: BTreeMap<String, (Date, f64, usize)> = BTreeMap::new();
        for (day, value) in &points {
            let entry = by_week.entry(week(*day)).or_insert((*day, 0.0, 0));
            entry.1 += value;
            entry.2 += 1;
        }
        points = by_week
            .into_values()
            .map(|(day, sum, n)| (day, sum / n as f64))
            .collect();
    }
    Trend {
        spot,
        region: String::new(),
        side: None,
        points,
        weekly,
    }
}

/// Sessions per ISO week from the first week to the last, empty weeks included.
fn weeks(days: &[Date]) -> Vec<(String, usize)> {
    let (Some(&first), Some(&last)) = (days.iter().min(), days.iter().max()) else {
        return Vec::new();
    };
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    let mut cursor = first;
    while cursor <= last {
        counts.entry(week(cursor)).or_insert(0);
        match cursor.checked_add(jiff::Span::new().days(7)) {
            Ok(next) => cursor = next,
            Err(_) => break,
        }
    }
    counts.entry(week(last)).or_insert(0);
    for day in days {
        *counts.entry(week(*day)).or_insert(0) += 1;
    }
    counts.into_iter().collect()
}

/// The first and last day of any of a region's trends: the time axis both sides share.
pub fn span(series: &[(Option<Side>, &Trend)]) -> Option<(Date, Date)> {
    let first = series
        .iter()
        .filter_map(|(_, t)| t.points.first())
        .map(|p| p.0)
        .min()?;
    let last = series
        .iter()
        .filter_map(|(_, t)| t.points.last())
        .map(|p| p.0)
        .max()?;
    Some((first, last))
}

/// A region's trends (one, or left and right) as one SVG line chart: ratings 0-10 against
/// the date, each side in its own colour and marker, with a legend. `axis` is the time axis
/// every chart of a report shares (else the series' own span); its last day is labelled.
pub fn chart(series: &[(Option<Side>, &Trend)], axis: Option<(Date, Date)>) -> String {
    let mut svg = String::new();
    let Some((start, last)) = axis.or_else(|| span(series)) else {
        return svg;
    };
    let x = |d: Date| f64::from((d - start).get_days());
    let end = x(last).max(1.0);
    {
        let root = SVGBackend::with_string(&mut svg, (560, 200)).into_drawing_area();
        let drawn = (|| -> Result<(), Box<dyn std::error::Error + '_>> {
            root.fill(&WHITE)?;
            let mut chart = ChartBuilder::on(&root)
                .margin(8)
                .x_label_area_size(22)
                .y_label_area_size(28)
                .build_cartesian_2d(0f64..end, 0f64..10f64)?;
            let label = |v: &f64| {
                start
                    .checked_add(jiff::Span::new().days(v.round() as i64))
                    .map(|d| d.to_string())
                    .unwrap_or_default()
            };
            chart
                .configure_mesh()
                .x_labels(5)
                .y_labels(6)
                .x_label_formatter(&label)
                .light_line_style(WHITE)
                .draw()?;
            for (side, trend) in series {
                let points: Vec<(f64, f64)> =
                    trend.points.iter().map(|&(d, v)| (x(d), v)).collect();
                let colour = match side {
                    None => RGBColor(40, 90, 160),
                    Some(Side::Left) => RGBColor(30, 110, 190),
                    Some(Side::Right) => RGBColor(190, 60, 110),
                };
                let line = LineSeries::new(points.clone(), colour.stroke_width(2));
                let drawn = chart.draw_series(line)?;
                if let Some(side) = side {
                    drawn.label(side.word()).legend(move |(x, y)| {
                        PathElement::new(vec![(x, y), (x + 16, y)], colour.stroke_width(2))
                    });
                }
                if points.len() <= 60 {
                    // Left as dots, right as triangles: the sides tell apart without colour.
                    match side {
                        Some(Side::Right) => {
                            chart.draw_series(
                                points
                                    .iter()
                                    .map(|&p| TriangleMarker::new(p, 4, colour.filled())),
                            )?;
                        }
                        _ => {
                            chart.draw_series(
                                points.iter().map(|&p| Circle::new(p, 3, colour.filled())),
                            )?;
                        }
                    }
                }
            }
            // The last day is always named, whichever days the axis labels fall on.
            let grey = BLACK.mix(0.6);
            let style = TextStyle::from(("sans-serif", 11).into_font())
                .color(&grey)
                .pos(Pos::new(HPos::Right, VPos::Bottom));
            chart.draw_series(std::iter::once(Text::new(
                format!("last {last}"),
                (end, 0.3),
                style,
            )))?;
            if series.iter().any(|(side, _)| side.is_some()) {
                chart
                    .configure_series_labels()
                    .background_style(WHITE.mix(0.8))
                    .border_style(BLACK.mix(0.3))
                    .position(SeriesLabelPosition::UpperRight)
                    .draw()?;
            }
            root.present()?;
            Ok(())
        })();
        if drawn.is_err() {
            return String::new();
        }
    }
    svg
}

/// The colour of a rating's tone on the report's map.
fn tone_colour(tone: Tone) -> &'static str {
    match tone {
        Tone::Low => "#4caf50",
        Tone::Mid => "#f0b400",
        Tone::High => "#d32f2f",
    }
}

/// Front and back with each spot filled in the colour of its latest rating, the sides named,
/// and a legend: one SVG drawn from knead's own figure.
pub fn pain_map(marks: &[Mark]) -> String {
    use crate::body::figure::{HEIGHT, WIDTH, svg_shapes};
    let gap = 24.0;
    let (w, h) = (WIDTH * 2.0 + gap + 16.0, HEIGHT + 44.0);
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w:.0} {h:.0}\" width=\"{:.0}\" \
         height=\"{:.0}\" role=\"img\" aria-label=\"Latest pain on the body\" \
         font-family=\"sans-serif\" font-size=\"7\">",
        w * 1.6,
        h * 1.6
    );
    let outline = svg_shapes().concat();
    for (n, view) in [View::Front, View::Back].into_iter().enumerate() {
        let cx = 8.0 + WIDTH / 2.0 + n as f32 * (WIDTH + gap);
        // Figure units have the person's left at +x; the view decides where that is drawn.
        let flip = if view.left_on_left() { -1.0 } else { 1.0 };
        let _ = write!(
            svg,
            "<g transform=\"translate({cx:.1} 6) scale({flip:.0} 1)\">\
             <g fill=\"#eeeeee\" stroke=\"#9e9e9e\" stroke-width=\"0.6\">{outline}</g>"
        );
        for mark in marks.iter().filter(|m| m.region.view == view) {
            let colour = tone_colour(mark.tone);
            let signs: &[f32] = match (mark.side, mark.region.sided) {
                (Some(Side::Left), true) => &[1.0],
                (Some(Side::Right), true) => &[-1.0],
                _ => &[1.0, -1.0],
            };
            for &sign in signs {
                if let Some(shape) = mark.region.area.svg(sign) {
                    let _ = write!(
                        svg,
                        "<g fill=\"{colour}\" stroke=\"{colour}\" opacity=\"0.85\">\
                         <title>{}</title>{shape}</g>",
                        escape(&words::spot_label(
                            mark.region.name,
                            mark.side.filter(|_| mark.region.sided)
                        ))
                    );
                }
            }
        }
        svg.push_str("</g>");
        let (left, right) = if view.left_on_left() {
            ("L", "R")
        } else {
            ("R", "L")
        };
        let base = HEIGHT + 18.0;
        let _ = write!(
            svg,
            "<text x=\"{:.1}\" y=\"{base:.1}\" text-anchor=\"middle\">{left}</text>\
             <text x=\"{cx:.1}\" y=\"{base:.1}\" text-anchor=\"middle\">{}</text>\
             <text x=\"{:.1}\" y=\"{base:.1}\" text-anchor=\"middle\">{right}</text>",
            cx - WIDTH / 2.0,
            view.label(),
            cx + WIDTH / 2.0
        );
    }
    let y = HEIGHT + 32.0;
    for (n, (tone, range)) in [(Tone::Low, "0-3"), (Tone::Mid, "4-6"), (Tone::High, "7-10")]
        .into_iter()
        .enumerate()
    {
        let x = 20.0 + n as f32 * 50.0;
        let _ = write!(
            svg,
            "<rect x=\"{x:.0}\" y=\"{:.0}\" width=\"8\" height=\"8\" fill=\"{}\"/>\
             <text x=\"{:.0}\" y=\"{:.0}\">{range}</text>",
            y - 7.0,
            tone_colour(tone),
            x + 11.0,
            y
        );
    }
    svg.push_str("</svg>");
    svg
}

/// Escapes text for HTML, so nothing in a routine or region name can become markup.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

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

/// A trend's last points as a sparkline, one block per session from ▁ (0) to █ (10): the
/// shape of the change in a table cell, in HTML and Markdown alike.
pub fn sparkline(trend: &Trend) -> String {
    const BLOCKS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    let skip = trend.points.len().saturating_sub(SPARK_POINTS);
    trend.points[skip..]
        .iter()
        .map(|&(_, v)| {
            // 0-10 onto the eight blocks, rounded: the thresholds its value passes.
            let level = (1..BLOCKS.len())
                .filter(|&i| v * 0.7 >= i as f64 - 0.5)
                .count();
            BLOCKS[level]
        })
        .collect()
}

/// Sessions a sparkline shows, the latest.
const SPARK_POINTS: usize = 12;

/// One side of a spot in the table: "7.0 → 4.0 (-3.0) ▇▆▅▃", and the verdict's class.
fn spot_cell(trend: &Trend) -> Option<(String, &'static str)> {
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

/// "Left: first 7.0, last 4.0 (-3.0)": a side's change, as both report formats say it.
fn change_words(side: Option<Side>, trend: &Trend) -> Option<String> {
    let (first, last) = trend.first_last()?;
    let who = side.map_or_else(String::new, |s| format!("{}: ", capitalised(s.word())));
    Some(format!(
        "{who}first {first:.1}, last {last:.1} ({:+.1})",
        last - first
    ))
}

/// "left" as a sentence starts it.
fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map_or_else(String::new, |c| {
        c.to_uppercase().chain(chars).collect::<String>()
    })
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

/// What the flags did not find, so an empty list reads as checked, not as missing.
fn nothing_flagged() -> String {
    format!(
        "Nothing: no rating at the routine's stop_above (or {HIGH}) or more, no spot worse by {} \
         or rising, no gap of {} days, no note.",
        follow_up::WORSE,
        follow_up::GAP_DAYS
    )
}

/// The adherence figures in words: against the prescription when there is one.
fn adherence_lines(report: &Report) -> Vec<String> {
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
            s.outcome.word(),
            pain_cell(s.pain),
            escape(s.note.as_deref().unwrap_or(""))
        );
    }
    h.push_str("</table>");
}

/// "3 / 2": a session's week and phase, or nothing.
fn programme_cell(s: &SessionLine) -> String {
    match (s.week, s.phase) {
        (Some(week), Some(phase)) => format!("{week} / {phase}"),
        (Some(week), None) => week.to_string(),
        _ => String::new(),
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
                s.outcome.word(),
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
