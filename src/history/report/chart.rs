//! The report's drawings: each region's trend as an SVG line chart on the report's time
//! axis, the body with each spot in the tone of its latest rating, and sparklines for tables.

#![allow(
    clippy::cast_precision_loss,
    clippy::cast_possible_truncation,
    reason = "means and chart coordinates of counts far below 2^52"
)]

use std::fmt::Write as _;

use jiff::civil::Date;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::Trend;
use super::follow_up::GAP_DAYS;
use super::markup::escape;
use crate::body::View;
use crate::body::map::{Mark, Tone};
use crate::routine::Side;
use crate::words;

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
                // Half a unit beyond each end, so a point at 0, 10, or on the first or last day
                // is drawn whole.
                .build_cartesian_2d(-0.5f64..end + 0.5, -0.4f64..10.4)?;
            let label = |v: &f64| {
                start
                    .checked_add(jiff::Span::new().days(v.round() as i64))
                    .map(crate::lang::date)
                    .unwrap_or_default()
            };
            chart
                .configure_mesh()
                .x_labels(5)
                .y_labels(6)
                .x_label_formatter(&label)
                .y_label_formatter(&|v: &f64| format!("{v:.0}"))
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
                // The line breaks where there were no sessions for a while: a week without
                // one (two, between weekly means) is a gap, not a straight slope.
                let gap = if trend.weekly {
                    14.0
                } else {
                    f64::from(GAP_DAYS)
                };
                for (n, run) in runs(&points, gap).into_iter().enumerate() {
                    let drawn = chart.draw_series(LineSeries::new(run, colour.stroke_width(2)))?;
                    if let Some(side) = side.filter(|_| n == 0) {
                        drawn.label(words::side(Some(side))).legend(move |(x, y)| {
                            PathElement::new(vec![(x, y), (x + 16, y)], colour.stroke_width(2))
                        });
                    }
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
                knead_core::t!("chart-last", day = crate::lang::date(last)),
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

/// `points` (day, value) cut where the next comes `gap` days or more after the last.
fn runs(points: &[(f64, f64)], gap: f64) -> Vec<Vec<(f64, f64)>> {
    let mut runs: Vec<Vec<(f64, f64)>> = Vec::new();
    for &point in points {
        match runs.last_mut() {
            Some(run) if run.last().is_some_and(|p| point.0 - p.0 < gap) => run.push(point),
            _ => runs.push(vec![point]),
        }
    }
    runs
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
         height=\"{:.0}\" role=\"img\" aria-label=\"{}\" \
         font-family=\"sans-serif\" font-size=\"7\">",
        w * 1.6,
        h * 1.6,
        escape(&knead_core::t!("report-map-alt"))
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

#[cfg(test)]
mod tests {
    use jiff::civil::date;

    use super::*;

    #[test]
    fn a_line_breaks_where_there_were_no_sessions_for_a_week() {
        let points = [
            (0.0, 5.0),
            (2.0, 4.0),
            (12.0, 6.0),
            (13.0, 6.0),
            (20.0, 3.0),
        ];
        let runs = runs(&points, 7.0);
        assert_eq!(
            runs.iter().map(Vec::len).collect::<Vec<_>>(),
            [2, 2, 1],
            "{runs:?}"
        );
        let trend = Trend {
            spot: "calf".into(),
            region: "calf".into(),
            side: None,
            points: vec![
                (date(2026, 11, 2), 10.0),
                (date(2026, 11, 3), 9.0),
                (date(2026, 11, 20), 0.0),
                (date(2026, 11, 21), 1.0),
            ],
            weekly: false,
            latest: Some(1.0),
        };
        let svg = chart(&[(None, &trend)], None);
        // The series' colour, #285AA0: its lines and its dots.
        let lines = svg
            .split('<')
            .filter(|e| e.starts_with("polyline") && e.contains("#285AA0"))
            .count();
        assert_eq!(lines, 2, "two runs, no slope over the gap:\n{svg}");
    }
}
