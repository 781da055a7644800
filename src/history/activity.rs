//! How much a routine has been done: when last, and how often this week. The home screen
//! shows it, and a reminder stays quiet for a routine done a moment ago.

use jiff::{Timestamp, Zoned};

use super::rows::Started;

/// A routine's recent sessions.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Activity {
    /// When it was last started.
    pub last: Option<Timestamp>,
    /// Sessions started since Monday.
    pub this_week: u32,
}

/// The activity of the routine at `path` (as the history records where a routine came
/// from), also counting sessions under its title `name` from before it was at that path.
pub fn of(starts: &[Started], path: &str, name: &str, now: &Zoned) -> Activity {
    let monday = week_start(now);
    starts
        .iter()
        .filter(|s| s.routine_path == path || s.routine_name == name)
        .fold(Activity::default(), |mut a, s| {
            a.last = a.last.max(Some(s.at));
            a.this_week += u32::from(s.at >= monday);
            a
        })
}

/// Monday 00:00 of this week, in the person's time zone.
pub fn week_start(now: &Zoned) -> Timestamp {
    let back = i64::from(now.weekday().to_monday_zero_offset());
    now.date()
        .checked_sub(jiff::Span::new().days(back))
        .ok()
        .and_then(|d| d.to_zoned(now.time_zone().clone()).ok())
        .map_or(now.timestamp(), |z| z.timestamp())
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;
    use jiff::tz::TimeZone;

    fn start(path: &str, name: &str, at: &str) -> Started {
        Started {
            routine_name: name.into(),
            routine_path: path.into(),
            at: at.parse().expect("timestamp"),
        }
    }

    #[test]
    fn last_and_this_week_count_the_routines_own_sessions_from_monday() {
        // Wednesday 2026-12-02, 12:00 in Berlin; Monday began 2026-11-30T00:00+01:00.
        let now = date(2026, 12, 2)
            .at(12, 0, 0, 0)
            .to_zoned(TimeZone::get("Europe/Berlin").expect("tz"))
            .expect("zoned");
        let starts = [
            start("bundled/desk-neck.toml", "Desk", "2026-11-29T22:59:00Z"),
            start("bundled/desk-neck.toml", "Desk", "2026-11-29T23:01:00Z"),
            start("/old/place.toml", "Desk", "2026-12-01T09:00:00Z"),
            start("bundled/feet.toml", "Feet", "2026-12-02T08:00:00Z"),
        ];
        let desk = of(&starts, "bundled/desk-neck.toml", "Desk", &now);
        assert_eq!(desk.this_week, 2, "Sunday 23:59 Berlin time is last week");
        assert_eq!(desk.last, Some("2026-12-01T09:00:00Z".parse().expect("ts")));
        let never = of(&starts, "bundled/legs.toml", "Legs", &now);
        assert_eq!(never, Activity::default());
    }
}
