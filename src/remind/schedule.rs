//! When a reminder fires: times of day, days of the week, quiet hours, and the next time
//! after a given moment. Pure: the caller passes the clock in.

use knead_core::t;
use std::fmt;

use jiff::civil::{DateTime, Time, Weekday};

/// The days of the week a reminder fires on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Days(u8);

/// Monday first, as people write "mon-fri".
const WEEK: [(Weekday, &str); 7] = [
    (Weekday::Monday, "mon"),
    (Weekday::Tuesday, "tue"),
    (Weekday::Wednesday, "wed"),
    (Weekday::Thursday, "thu"),
    (Weekday::Friday, "fri"),
    (Weekday::Saturday, "sat"),
    (Weekday::Sunday, "sun"),
];

impl Days {
    /// Every day.
    pub const DAILY: Days = Days(0b111_1111);

    /// Whether the reminder fires on `day`.
    pub fn contains(self, day: Weekday) -> bool {
        self.0 & bit(day) != 0
    }

    /// The days, Monday first.
    pub fn iter(self) -> impl Iterator<Item = Weekday> {
        WEEK.iter()
            .map(|&(day, _)| day)
            .filter(move |&day| self.contains(day))
    }

    /// Reads "mon-fri", "mon,wed,fri", "sat-sun", "daily", "weekdays", "weekends" (any case;
    /// full day names too). A range may wrap ("fri-mon").
    pub fn parse(text: &str) -> Result<Days, String> {
        let text = text.trim().to_ascii_lowercase();
        match text.as_str() {
            "daily" | "every day" | "all" | "*" => return Ok(Days::DAILY),
            "weekdays" => return Ok(Days(0b001_1111)),
            "weekends" | "weekend" => return Ok(Days(0b110_0000)),
            _ => {}
        }
        let mut days = 0;
        for part in text.split(',').map(str::trim) {
            let (from, to) = part.split_once('-').unwrap_or((part, part));
            let (from, to) = (day_index(from.trim())?, day_index(to.trim())?);
            let mut i = from;
            loop {
                days |= 1 << i;
                if i == to {
                    break;
                }
                i = (i + 1) % 7;
            }
        }
        Ok(Days(days))
    }
}

fn bit(day: Weekday) -> u8 {
    1 << day.to_monday_zero_offset()
}

fn day_index(word: &str) -> Result<usize, String> {
    WEEK.iter()
        .position(|(day, _)| {
            word.len() >= 3 && format!("{day:?}").to_ascii_lowercase().starts_with(word)
        })
        .ok_or_else(|| t!("remind-not-a-day", word = format!("{word:?}")))
}

impl fmt::Display for Days {
    /// The shortest way to write the days: "daily", "mon-fri", "mon,wed,fri".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if *self == Days::DAILY {
            return f.write_str("daily");
        }
        let mut parts = Vec::new();
        let mut i = 0;
        while i < 7 {
            if self.0 & (1 << i) == 0 {
                i += 1;
                continue;
            }
            let start = i;
            while i + 1 < 7 && self.0 & (1 << (i + 1)) != 0 {
                i += 1;
            }
            parts.push(match i - start {
                0 => WEEK[start].1.to_owned(),
                1 => format!("{},{}", WEEK[start].1, WEEK[i].1),
                _ => format!("{}-{}", WEEK[start].1, WEEK[i].1),
            });
            i += 1;
        }
        f.write_str(&parts.join(","))
    }
}

/// Reads a time of day, "11:00" or "9:05" (24-hour clock).
pub fn parse_time(text: &str) -> Result<Time, String> {
    let wrong = || t!("remind-not-a-time", text = format!("{text:?}"));
    let (hour, minute) = text.trim().split_once(':').ok_or_else(wrong)?;
    let hour: i8 = hour.parse().map_err(|_| wrong())?;
    let minute: i8 = minute.parse().map_err(|_| wrong())?;
    Time::new(hour, minute, 0, 0).map_err(|_| wrong())
}

/// Reads a list of times, "11:00,15:30", sorted and without repeats.
pub fn parse_times<'a>(texts: impl IntoIterator<Item = &'a str>) -> Result<Vec<Time>, String> {
    let mut times = texts
        .into_iter()
        .flat_map(|t| t.split(','))
        .filter(|t| !t.trim().is_empty())
        .map(parse_time)
        .collect::<Result<Vec<_>, _>>()?;
    if times.is_empty() {
        return Err(t!("remind-no-times"));
    }
    times.sort();
    times.dedup();
    Ok(times)
}

/// A time of day as the settings file and `remind list` write it: "09:30".
pub fn time_text(time: Time) -> String {
    format!("{:02}:{:02}", time.hour(), time.minute())
}

/// A reminder: a routine, the times of day and the days it fires on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reminder {
    /// The routine's name, as `knead run` takes it.
    pub routine: String,
    /// Times of day, sorted.
    pub at: Vec<Time>,
    /// Days of the week.
    pub days: Days,
}

impl Reminder {
    /// The first time this reminder fires strictly after `now`; `None` only when it has no
    /// days or no times.
    pub fn next_after(&self, now: DateTime) -> Option<DateTime> {
        (0..=7).find_map(|offset| {
            let date = now
                .date()
                .checked_add(jiff::Span::new().days(offset))
                .ok()?;
            if !self.days.contains(date.weekday()) {
                return None;
            }
            self.at
                .iter()
                .map(|&time| date.to_datetime(time))
                .find(|&at| at > now)
        })
    }

    /// Whether it fires at some time on `day`.
    pub fn fires_on(&self, day: Weekday) -> bool {
        self.days.contains(day) && !self.at.is_empty()
    }

    /// The times written for people: "11:00, 15:30".
    pub fn times_text(&self) -> String {
        self.at
            .iter()
            .map(|&t| time_text(t))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// Hours in which no reminder shows, "12:00-13:00"; may cross midnight ("22:00-07:00").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quiet {
    /// The first quiet minute.
    pub from: Time,
    /// The end (not quiet itself).
    pub to: Time,
}

impl Quiet {
    /// Reads "12:00-13:00".
    pub fn parse(text: &str) -> Result<Quiet, String> {
        let (from, to) = text
            .split_once('-')
            .ok_or_else(|| t!("remind-not-a-span", text = format!("{text:?}")))?;
        Ok(Quiet {
            from: parse_time(from)?,
            to: parse_time(to)?,
        })
    }

    /// Whether `time` falls in the quiet hours.
    pub fn contains(self, time: Time) -> bool {
        if self.from <= self.to {
            self.from <= time && time < self.to
        } else {
            time >= self.from || time < self.to
        }
    }
}

impl fmt::Display for Quiet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}", time_text(self.from), time_text(self.to))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::{date, time};

    fn reminder(at: &[&str], days: &str) -> Reminder {
        Reminder {
            routine: "desk-neck".into(),
            at: parse_times(at.iter().copied()).expect("times"),
            days: Days::parse(days).expect("days"),
        }
    }

    #[test]
    fn days_are_read_the_ways_people_write_them_and_written_back_shortest() {
        for (text, shown) in [
            ("mon-fri", "mon-fri"),
            ("Mon-Fri", "mon-fri"),
            ("weekdays", "mon-fri"),
            ("monday,wednesday,friday", "mon,wed,fri"),
            ("sat-sun", "sat,sun"),
            ("fri-mon", "mon,fri-sun"),
            ("daily", "daily"),
            ("mon-sun", "daily"),
            ("tue", "tue"),
        ] {
            assert_eq!(
                Days::parse(text).map(|d| d.to_string()),
                Ok(shown.to_owned()),
                "{text}"
            );
        }
        let wrong = Days::parse("mon-fry").expect_err("fry is no day");
        assert!(wrong.starts_with("\"fry\" is not a day"), "{wrong}");
        assert!(Days::parse("mo").is_err(), "two letters are too few");
    }

    #[test]
    fn times_are_24_hour_sorted_and_checked() {
        let times = parse_times(["15:30,11:00", "9:05"]).expect("valid");
        assert_eq!(
            times,
            [time(9, 5, 0, 0), time(11, 0, 0, 0), time(15, 30, 0, 0)]
        );
        for wrong in ["25:00", "11", "11:60", "noon", "3pm"] {
            let said = parse_time(wrong).expect_err(wrong);
            assert!(said.contains("times look like 09:30"), "{said}");
        }
        assert!(parse_times([""]).is_err());
    }

    #[test]
    fn the_next_time_is_later_today_or_on_the_next_day_it_fires() {
        let r = reminder(&["11:00", "15:30"], "mon-fri");
        // 2026-12-04 is a Friday.
        let friday = date(2026, 12, 4);
        assert_eq!(
            r.next_after(friday.at(10, 0, 0, 0)),
            Some(friday.at(11, 0, 0, 0))
        );
        assert_eq!(
            r.next_after(friday.at(11, 0, 0, 0)),
            Some(friday.at(15, 30, 0, 0)),
            "strictly after: the 11:00 that is firing now is not next"
        );
        assert_eq!(
            r.next_after(friday.at(16, 0, 0, 0)),
            Some(date(2026, 12, 7).at(11, 0, 0, 0)),
            "after Friday's last, Monday's first"
        );
        let sundays = reminder(&["09:00"], "sun");
        assert_eq!(
            sundays.next_after(date(2026, 12, 6).at(9, 30, 0, 0)),
            Some(date(2026, 12, 13).at(9, 0, 0, 0)),
            "a week later"
        );
    }

    #[test]
    fn quiet_hours_may_cross_midnight() {
        let lunch = Quiet::parse("12:00-13:00").expect("valid");
        assert!(lunch.contains(time(12, 0, 0, 0)));
        assert!(lunch.contains(time(12, 59, 0, 0)));
        assert!(!lunch.contains(time(13, 0, 0, 0)));
        let night = Quiet::parse("22:00-07:00").expect("valid");
        assert!(night.contains(time(23, 0, 0, 0)) && night.contains(time(6, 0, 0, 0)));
        assert!(!night.contains(time(12, 0, 0, 0)));
        assert_eq!(night.to_string(), "22:00-07:00");
        assert!(Quiet::parse("noon").is_err());
    }
}
