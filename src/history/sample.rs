//! Generated histories with known figures, for tests, benchmarks and screenshots.

use jiff::civil::Date;
use jiff::{Span, Timestamp};

use super::export::ExportRow;

/// One row of a made-up session on `day`.
pub fn row(
    uid: &str,
    day: Date,
    hold_index: u32,
    region: &str,
    side: &str,
    rating: Option<u8>,
    outcome: &str,
) -> ExportRow {
    let at = |seconds: i64| {
        day.to_zoned(jiff::tz::TimeZone::UTC)
            .map_or(Timestamp::UNIX_EPOCH, |z| z.timestamp())
            .checked_add(Span::new().seconds(8 * 3600 + seconds))
            .unwrap_or(Timestamp::UNIX_EPOCH)
            .to_string()
    };
    let held = if outcome == "skipped" { 0.0 } else { 60.0 };
    ExportRow {
        session_uid: uid.to_owned(),
        client: String::new(),
        routine: "Post-run legs".to_owned(),
        routine_hash: "0".repeat(64),
        routine_path: "bundled/post-run-legs.toml".to_owned(),
        session_started: at(0),
        session_ended: Some(at(900)),
        session_outcome: "completed".to_owned(),
        week: None,
        phase: None,
        screening: String::new(),
        programme_start: String::new(),
        programme_weeks: None,
        programme_per_week: None,
        prescribed_by: String::new(),
        prescribed_for: String::new(),
        stop_above: None,
        pain_before: None,
        pain_after: None,
        note: String::new(),
        activities: String::new(),
        activity_mean: None,
        change_phase: None,
        change: None,
        hold_index,
        attempt: 1,
        step: hold_index / 2,
        region: region.to_owned(),
        tool: "foam roller".to_owned(),
        side: side.to_owned(),
        spot: String::new(),
        rep: 1,
        planned_s: 60.0,
        held_s: held,
        released_s: None,
        outcome: outcome.to_owned(),
        rating,
        rated_at: rating.map(|_| at(80 * i64::from(hold_index) + 70)),
        hold_ended: at(80 * i64::from(hold_index) + 65),
        holds_planned: None,
        time_zone: String::new(),
        utc_offset: String::new(),
    }
}

/// A daily session for `days` days from `start`: calves, hamstrings, quads, glutes and one
/// hip spot on both sides (10 holds, 11 with the hip), with ratings that slowly ease.
pub fn daily(start: Date, days: i64) -> Vec<ExportRow> {
    let spots = [
        ("calf", "left"),
        ("calf", "right"),
        ("hamstrings", "left"),
        ("hamstrings", "right"),
        ("quadriceps", "left"),
    ];
    let mut rows = Vec::with_capacity(usize::try_from(days).unwrap_or(0) * 11);
    for n in 0..days {
        let Ok(day) = start.checked_add(Span::new().days(n)) else {
            break;
        };
        let uid = format!("sample-{n}");
        let ease = u8::try_from((n * 4 / days.max(1)).min(4)).unwrap_or(4);
        for (i, (region, side)) in spots.iter().enumerate() {
            for rep in 0..2u32 {
                let index = u32::try_from(i).unwrap_or(0) * 2 + rep;
                let rating = 7u8
                    .saturating_sub(ease)
                    .saturating_sub(u8::try_from(rep).unwrap_or(0));
                rows.push(row(
                    &uid,
                    day,
                    index,
                    region,
                    side,
                    Some(rating),
                    "completed",
                ));
            }
        }
        rows.push(row(
            &uid,
            day,
            10,
            "gluteus maximus",
            "",
            if n % 3 == 0 { None } else { Some(4) },
            "completed",
        ));
    }
    rows
}
