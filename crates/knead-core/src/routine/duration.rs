//! Durations as therapists write them: `"90s"`, `"1m30s"`, `"1m 30s"`, `"2h"` or whole seconds.
//!
//! The grammar is deliberately narrower than general-purpose parsers such as `humantime`, which
//! also take `"90 sec"`, `"5ms"` or `"2days"`: a routine file should mean one thing, and a typo
//! should be caught with a message that shows the accepted spelling.

use crate::t;
use std::fmt::{self, Write as _};
use std::time::Duration;

/// Why a duration string was not accepted; the `Display` text is shown to the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DurationError {
    /// Nothing but whitespace.
    Empty,
    /// A leading minus sign.
    Negative,
    /// A decimal point, as in `"1.5m"`.
    Fractional,
    /// A number with no unit after it, as in `"1h30"`.
    MissingUnit { number: String },
    /// A unit other than h, m or s, as in `"90 sec"` or `"5ms"`.
    UnknownUnit { unit: String },
    /// Units out of order or repeated, as in `"30s1m"`.
    Order,
    /// A number too large to mean anything.
    TooLarge,
}

impl fmt::Display for DurationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DurationError::Empty => f.write_str(&t!("duration-empty")),
            DurationError::Negative => f.write_str(&t!("duration-negative")),
            DurationError::Fractional => f.write_str(&t!("duration-fractional")),
            DurationError::MissingUnit { number } => {
                f.write_str(&t!("duration-no-unit", number = number.as_str()))
            }
            DurationError::UnknownUnit { unit } => {
                f.write_str(&t!("duration-unknown-unit", unit = unit.as_str()))
            }
            DurationError::Order => f.write_str(&t!("duration-order")),
            DurationError::TooLarge => f.write_str(&t!("duration-too-large")),
        }
    }
}

/// The accepted spellings, for help lines.
pub fn accepted() -> String {
    t!("duration-accepted")
}

/// Parses `"1h2m3s"`-style text: units h, m, s in that order, each at most once, optionally
/// separated by one space.
pub fn parse(text: &str) -> Result<Duration, DurationError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(DurationError::Empty);
    }
    if text.starts_with('-') {
        return Err(DurationError::Negative);
    }
    let mut total: u64 = 0;
    let mut last_rank = 0;
    let mut rest = text;
    while !rest.is_empty() {
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 {
            return Err(DurationError::UnknownUnit {
                unit: rest.to_owned(),
            });
        }
        let (number, after) = rest.split_at(digits);
        if after.starts_with(['.', ',']) {
            return Err(DurationError::Fractional);
        }
        let unit_len = after.bytes().take_while(u8::is_ascii_alphabetic).count();
        let (unit, after) = after.split_at(unit_len);
        let (rank, scale) = match unit {
            "h" => (1, 3600),
            "m" => (2, 60),
            "s" => (3, 1),
            "" if after.trim_start().is_empty() || after.starts_with(' ') => {
                return Err(DurationError::MissingUnit {
                    number: number.to_owned(),
                });
            }
            "" => {
                return Err(DurationError::UnknownUnit {
                    unit: after.trim().to_owned(),
                });
            }
            other => {
                return Err(DurationError::UnknownUnit {
                    unit: other.to_owned(),
                });
            }
        };
        if rank <= last_rank {
            return Err(DurationError::Order);
        }
        last_rank = rank;
        let value: u64 = number.parse().map_err(|_| DurationError::TooLarge)?;
        total = value
            .checked_mul(scale)
            .and_then(|v| total.checked_add(v))
            .ok_or(DurationError::TooLarge)?;
        rest = after.strip_prefix(' ').unwrap_or(after);
        if rest.starts_with(' ') {
            return Err(DurationError::UnknownUnit {
                unit: rest.trim().to_owned(),
            });
        }
    }
    Ok(Duration::from_secs(total))
}

/// A corrected spelling for a near miss such as `"90 sec"`, `"2 minutes"` or `"1h30"`.
pub fn suggest(text: &str) -> Option<String> {
    let mut candidate = String::new();
    let mut last_unit = None;
    for (number, word) in tokens(text)? {
        let unit = match word.as_str() {
            // English's words, then German's, Spanish's and French's: a therapist writes
            // "90 sek", "2 minutos" or "1 heure" and is shown the spelling knead reads.
            "h" | "hr" | "hrs" | "hour" | "hours" | "std" | "stunde" | "stunden" | "hora"
            | "horas" | "heure" | "heures" => 'h',
            "m" | "min" | "mins" | "minute" | "minutes" | "minuten" | "minuto" | "minutos" => 'm',
            "s" | "sec" | "secs" | "second" | "seconds" | "sek" | "sekunde" | "sekunden"
            | "seg" | "segundo" | "segundos" | "seconde" | "secondes" => 's',
            "" => match last_unit {
                Some('h') => 'm',
                Some('m') | None => 's',
                _ => return None,
            },
            _ => return None,
        };
        candidate.push_str(&number);
        candidate.push(unit);
        last_unit = Some(unit);
    }
    (parse(&candidate).is_ok() && candidate != text.trim()).then_some(candidate)
}

/// Splits `"1 hour 30"` into `[("1", "hour"), ("30", "")]`; `None` for anything else.
fn tokens(text: &str) -> Option<Vec<(String, String)>> {
    let mut pairs: Vec<(String, String)> = Vec::new();
    let mut after_space = false;
    for c in text.trim().chars() {
        if c.is_ascii_digit() {
            match pairs.last_mut() {
                Some((number, word)) if word.is_empty() && !after_space => number.push(c),
                _ => pairs.push((c.to_string(), String::new())),
            }
        } else if c.is_alphabetic() {
            pairs.last_mut()?.1.extend(c.to_lowercase());
        } else if !c.is_whitespace() {
            return None;
        }
        after_space = c.is_whitespace();
    }
    (!pairs.is_empty()).then_some(pairs)
}

/// Formats whole seconds compactly (`"90s"` becomes `"1m30s"`); minutes run up to 60 before
/// hours appear, so limits read as `"60m"`.
pub fn format(duration: Duration) -> String {
    let secs = duration.as_secs();
    let (h, m, s) = if secs <= 3600 {
        (0, secs / 60, secs % 60)
    } else {
        (secs / 3600, secs % 3600 / 60, secs % 60)
    };
    let mut out = String::new();
    if h > 0 {
        let _ = write!(out, "{h}h");
    }
    if m > 0 {
        let _ = write!(out, "{m}m");
    }
    if s > 0 || out.is_empty() {
        let _ = write!(out, "{s}s");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secs(text: &str) -> Result<u64, DurationError> {
        parse(text).map(|d| d.as_secs())
    }

    #[test]
    fn accepts_every_documented_form() {
        assert_eq!(secs("90s"), Ok(90));
        assert_eq!(secs("1m30s"), Ok(90));
        assert_eq!(secs("1m 30s"), Ok(90));
        assert_eq!(secs("2m"), Ok(120));
        assert_eq!(secs("1h"), Ok(3600));
        assert_eq!(secs("1h 5m 3s"), Ok(3903));
        assert_eq!(secs("1h30m"), Ok(5400));
        assert_eq!(secs(" 45s "), Ok(45));
        assert_eq!(secs("0s"), Ok(0));
        assert_eq!(secs("120s"), Ok(120));
    }

    #[test]
    fn rejects_spelled_out_or_spaced_units() {
        assert_eq!(
            secs("90 sec"),
            Err(DurationError::MissingUnit {
                number: "90".into()
            })
        );
        assert_eq!(
            secs("90sec"),
            Err(DurationError::UnknownUnit { unit: "sec".into() })
        );
        assert_eq!(
            secs("5ms"),
            Err(DurationError::UnknownUnit { unit: "ms".into() })
        );
        assert_eq!(
            secs("2days"),
            Err(DurationError::UnknownUnit {
                unit: "days".into()
            })
        );
    }

    #[test]
    fn rejects_negative_fractional_and_unitless_parts() {
        assert_eq!(secs("-5s"), Err(DurationError::Negative));
        assert_eq!(secs("1.5m"), Err(DurationError::Fractional));
        assert_eq!(
            secs("1h30"),
            Err(DurationError::MissingUnit {
                number: "30".into()
            })
        );
        assert_eq!(
            secs("90"),
            Err(DurationError::MissingUnit {
                number: "90".into()
            })
        );
        assert_eq!(secs(""), Err(DurationError::Empty));
        assert_eq!(
            secs("s"),
            Err(DurationError::UnknownUnit { unit: "s".into() })
        );
    }

    #[test]
    fn rejects_units_out_of_order_or_repeated() {
        assert_eq!(secs("30s1m"), Err(DurationError::Order));
        assert_eq!(secs("1m1m"), Err(DurationError::Order));
    }

    #[test]
    fn rejects_more_than_one_space_and_huge_numbers() {
        assert!(secs("1m  30s").is_err());
        assert_eq!(secs("99999999999999999999s"), Err(DurationError::TooLarge));
        assert_eq!(secs("9999999999999999h"), Err(DurationError::TooLarge));
    }

    #[test]
    fn format_is_compact_and_round_trips() {
        for (n, text) in [
            (0, "0s"),
            (5, "5s"),
            (90, "1m30s"),
            (120, "2m"),
            (3600, "60m"),
            (5400, "1h30m"),
        ] {
            let d = Duration::from_secs(n);
            assert_eq!(format(d), text);
            assert_eq!(parse(text), Ok(d));
        }
    }

    #[test]
    fn suggest_fixes_common_near_misses() {
        assert_eq!(suggest("90 sec").as_deref(), Some("90s"));
        assert_eq!(suggest("2 minutes").as_deref(), Some("2m"));
        assert_eq!(suggest("1h30").as_deref(), Some("1h30m"));
        assert_eq!(suggest("1m30").as_deref(), Some("1m30s"));
        assert_eq!(suggest("90").as_deref(), Some("90s"));
        assert_eq!(suggest("1 min 30 secs").as_deref(), Some("1m30s"));
        // In the words of the other languages knead speaks.
        assert_eq!(suggest("90 sek").as_deref(), Some("90s"));
        assert_eq!(suggest("2 minutos").as_deref(), Some("2m"));
        assert_eq!(suggest("1 heure 30 minutes").as_deref(), Some("1h30m"));
        assert_eq!(suggest("1 Stunde").as_deref(), Some("1h"));
        assert_eq!(suggest("-5s"), None);
        assert_eq!(suggest("1.5m"), None);
        assert_eq!(suggest("90s"), None);
        assert_eq!(suggest("soon"), None);
    }
}
