//! Checks one TOML value against the kind its key requires, with a message that says what was
//! found and what would be accepted.

use std::ops::Range;
use std::time::Duration;

use toml::Spanned;
use toml::de::DeValue;

use super::duration;
use super::fields::{Field, Kind};
use crate::diagnostic::Diagnostic;
use crate::t;
use crate::untrusted;

/// A value that passed its field's checks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Text(String),
    Lines(Vec<String>),
    Duration(Duration),
    Integer(i64),
    Word(&'static str),
    Words(Vec<&'static str>),
    Bool(bool),
    Date(jiff::civil::Date),
    /// Step numbers with where each was written, checked against the step count later.
    Numbers(Vec<(usize, Range<usize>)>),
}

/// Checks `value` against `field`; `source` is the whole file, to quote what was written.
#[expect(
    clippy::wildcard_enum_match_arm,
    reason = "toml's own value type: only some kinds mean something here"
)]
pub fn check(
    field: &Field,
    value: &Spanned<DeValue<'_>>,
    source: &str,
) -> Result<Value, Diagnostic> {
    let span = value.span();
    let written = source.get(span.clone()).unwrap_or("").trim();
    let name = field.name;
    let wrong_type = || {
        Diagnostic::error(
            span.clone(),
            t!(
                "check-must-be",
                key = name,
                expected = expected(field.kind),
                found = describe(value.get_ref())
            ),
        )
    };
    match (field.kind, value.get_ref()) {
        (Kind::Text { multiline }, DeValue::String(s)) => {
            text(name, s, multiline, span.clone()).map(|()| Value::Text(s.to_string()))
        }
        (Kind::Lines, DeValue::Array(items)) => lines(name, items),
        (Kind::Choices(words), DeValue::Array(items)) => choices(name, words, items, source),
        (Kind::Activities, DeValue::Array(items)) => activities(name, items, span.clone()),
        (Kind::Lines | Kind::Activities, DeValue::String(_)) => {
            Err(wrong_type().with_help(t!("check-in-brackets-help", key = name, written = written)))
        }
        (
            Kind::Duration { min, max },
            v @ (DeValue::String(_) | DeValue::Integer(_) | DeValue::Float(_)),
        ) => duration_value(name, (min, max), v, written, span.clone()),
        // 2.0 is the whole number 2 (an editor's schema takes it so); 2.5 is not.
        (Kind::Integer { min, max }, DeValue::Float(f)) => {
            whole(name, (min, max), f.as_str(), written, span.clone())
        }
        (Kind::Integer { min, max }, DeValue::Integer(i)) => match integer(i.as_str(), i.radix()) {
            Some(n) if (min..=max).contains(&n) => Ok(Value::Integer(n)),
            _ => Err(Diagnostic::error(
                span.clone(),
                t!(
                    "check-between",
                    key = name,
                    min = min,
                    max = max,
                    found = written
                ),
            )),
        },
        // Whatever the case, as tool and region names are: "Left" is left.
        (Kind::Choice(words), DeValue::String(s)) => words
            .iter()
            .find(|w| w.eq_ignore_ascii_case(s.trim()))
            .map(|w| Value::Word(w))
            .ok_or_else(|| {
                let diagnostic = Diagnostic::error(
                    span.clone(),
                    t!(
                        "check-must-be",
                        key = name,
                        expected = one_of(words),
                        found = written
                    ),
                );
                match closest(s, words.iter().copied()) {
                    Some(word) => {
                        diagnostic.with_help(t!("check-did-you-mean", key = format!("\"{word}\"")))
                    }
                    None => diagnostic,
                }
            }),
        (Kind::Bool, DeValue::Boolean(b)) => Ok(Value::Bool(*b)),
        (Kind::Date, DeValue::Datetime(datetime)) => date(name, datetime, written, span.clone()),
        // In quotes too: an editor's schema sees a TOML date as text, so knead takes the text
        // it would take, a real day written 2026-11-02.
        (Kind::Date, DeValue::String(s)) => quoted_date(name, s, written, span.clone()),
        (Kind::StepNumbers, DeValue::Array(items)) => {
            let mut numbers = Vec::with_capacity(items.len());
            for item in items {
                let number = match item.get_ref() {
                    DeValue::Integer(i) => integer(i.as_str(), i.radix())
                        .and_then(|n| usize::try_from(n).ok())
                        .filter(|n| *n >= 1),
                    _ => None,
                };
                let Some(number) = number else {
                    let found = source.get(item.span()).unwrap_or("").trim();
                    return Err(Diagnostic::error(
                        item.span(),
                        t!("check-each-step-number", key = name, found = found),
                    )
                    .with_help(t!("check-no-such-step-help")));
                };
                numbers.push((number, item.span()));
            }
            Ok(Value::Numbers(numbers))
        }
        (Kind::Integer { .. }, DeValue::String(_)) => Err(wrong_type().with_help(t!(
            "check-unquote-number-help",
            key = name,
            written = written.trim_matches('"')
        ))),
        _ => Err(wrong_type()),
    }
}

/// A date in quotes, `"2026-11-02"`: a real day, written as a TOML date would be.
fn quoted_date(
    name: &str,
    text: &str,
    written: &str,
    span: Range<usize>,
) -> Result<Value, Diagnostic> {
    let text = text.trim();
    let day = (text.len() == 10)
        .then(|| text.parse::<jiff::civil::Date>().ok())
        .flatten();
    day.map(Value::Date).ok_or_else(|| {
        Diagnostic::error(span, t!("check-calendar-day", key = name, found = written))
            .with_help(t!("check-calendar-day-help", key = name))
    })
}

/// A number written with a point (`2.0`): the whole number it is, within `min..=max`.
fn whole(
    name: &str,
    (min, max): (i64, i64),
    text: &str,
    written: &str,
    span: Range<usize>,
) -> Result<Value, Diagnostic> {
    // Checked whole and far below 2^53 before the cast.
    #[expect(
        clippy::cast_possible_truncation,
        reason = "a whole number well within i64"
    )]
    let n = text
        .parse::<f64>()
        .ok()
        .filter(|x| x.fract() == 0.0 && x.abs() < 1e15)
        .map(|x| x as i64);
    match n {
        Some(n) if (min..=max).contains(&n) => Ok(Value::Integer(n)),
        _ => Err(Diagnostic::error(
            span,
            t!(
                "check-whole-number",
                key = name,
                min = min,
                max = max,
                found = written
            ),
        )),
    }
}

/// A TOML local date (`2026-11-02`): a real day, with no time or offset.
fn date(
    name: &str,
    datetime: &toml::value::Datetime,
    written: &str,
    span: Range<usize>,
) -> Result<Value, Diagnostic> {
    let day = match (datetime.date, datetime.time, datetime.offset) {
        (Some(d), None, None) => jiff::civil::Date::new(
            i16::try_from(d.year).unwrap_or(i16::MAX),
            i8::try_from(d.month).unwrap_or(i8::MAX),
            i8::try_from(d.day).unwrap_or(i8::MAX),
        )
        .ok(),
        _ => None,
    };
    day.map(Value::Date).ok_or_else(|| {
        Diagnostic::error(span, t!("check-calendar-day", key = name, found = written))
            .with_help(t!("check-day-without-time-help"))
    })
}

/// A duration written as text (`"90s"`) or whole seconds (`90`), within `min..=max` seconds.
#[expect(
    clippy::wildcard_enum_match_arm,
    reason = "toml's own value type: only some kinds mean something here"
)]
fn duration_value(
    name: &str,
    (min, max): (u64, u64),
    value: &DeValue<'_>,
    written: &str,
    span: Range<usize>,
) -> Result<Value, Diagnostic> {
    let d = match value {
        DeValue::String(s) => duration::parse(s).map_err(|error| {
            let help = duration::suggest(s).map_or_else(
                || format!("{error}; {}", duration::accepted()),
                |fix| {
                    let meant = t!("check-did-you-mean", key = format!("\"{fix}\""));
                    format!("{error}; {meant}")
                },
            );
            Diagnostic::error(
                span.clone(),
                t!("check-duration", key = name, found = written),
            )
            .with_help(help)
        })?,
        DeValue::Integer(i) => {
            let secs = integer(i.as_str(), i.radix()).and_then(|n| u64::try_from(n).ok());
            let Some(n) = secs else {
                let message = t!(
                    "check-between",
                    key = name,
                    min = bound(min),
                    max = bound(max),
                    found = written
                );
                return Err(Diagnostic::error(span, message));
            };
            Duration::from_secs(n)
        }
        _ => {
            return Err(Diagnostic::error(
                span,
                t!("check-whole-seconds", key = name, found = written),
            )
            .with_help(duration::accepted()));
        }
    };
    in_range(name, d, min, max, written, span).map(|()| Value::Duration(d))
}

/// Rejects empty text, and control characters that could rewrite the user's terminal.
fn text(name: &str, s: &str, multiline: bool, span: Range<usize>) -> Result<(), Diagnostic> {
    if s.trim().is_empty() {
        return Err(Diagnostic::error(span, t!("check-empty", key = name)));
    }
    let limit = if multiline {
        MAX_TEXT_CHARS
    } else {
        MAX_LINE_CHARS
    };
    let length = s.chars().count();
    if length > limit {
        return Err(Diagnostic::error(
            span,
            t!("check-too-long", key = name, length = length, limit = limit),
        )
        .with_help(t!("check-too-long-help", limit = limit)));
    }
    if let Some(c) = s.chars().find(|&c| untrusted::is_invisible(c)) {
        return Err(Diagnostic::error(
            span,
            t!(
                "check-invisible",
                key = name,
                character = format!("U+{:04X}", u32::from(c))
            ),
        )
        .with_help(t!("check-invisible-help")));
    }
    let bad = s
        .chars()
        .find(|&c| (c.is_control() && !(multiline && c == '\n')) || untrusted::is_bidi_control(c));
    match bad {
        None => Ok(()),
        Some('\n') => Err(Diagnostic::error(span, t!("check-single-line", key = name))
            .with_help(t!("check-single-line-help"))),
        Some(c) => Err(Diagnostic::error(
            span,
            t!(
                "check-control",
                key = name,
                character = format!("U+{:04X}", u32::from(c))
            ),
        )
        .with_help(t!("check-control-help"))),
    }
}

/// Most characters in a one-line value (a name, a region, a path).
pub const MAX_LINE_CHARS: usize = 200;

/// Most characters in a description, cue or safety line.
pub const MAX_TEXT_CHARS: usize = 4000;

fn in_range(
    name: &str,
    d: Duration,
    min: u64,
    max: u64,
    written: &str,
    span: Range<usize>,
) -> Result<(), Diagnostic> {
    if (min..=max).contains(&d.as_secs()) {
        return Ok(());
    }
    let message = if min == 0 {
        t!(
            "check-at-most",
            key = name,
            max = bound(max),
            found = written
        )
    } else {
        t!(
            "check-between",
            key = name,
            min = bound(min),
            max = bound(max),
            found = written
        )
    };
    Err(Diagnostic::error(span, message))
}

fn bound(secs: u64) -> String {
    duration::format(Duration::from_secs(secs))
}

/// Parses a TOML integer's digits (underscores already removed by the parser).
fn integer(digits: &str, radix: u32) -> Option<i64> {
    i64::from_str_radix(digits, radix).ok()
}

fn expected(kind: Kind) -> String {
    match kind {
        Kind::Text { .. } => t!("check-expect-text"),
        Kind::Lines => t!("check-expect-lines"),
        Kind::Duration { .. } => t!("check-expect-duration"),
        Kind::Integer { min, max } => t!("check-expect-whole", min = min, max = max),
        Kind::Choice(words) => one_of(words),
        Kind::Choices(words) => t!("check-expect-words", words = one_of(words)),
        Kind::Bool => t!("check-expect-boolean"),
        Kind::Defaults | Kind::Prescription => t!("check-kind-table"),
        Kind::Steps => t!("check-expect-steps"),
        Kind::Date => t!("check-expect-date"),
        Kind::StepNumbers => t!("check-expect-step-numbers"),
        Kind::Phases => t!("check-expect-phases"),
        Kind::Activities => t!("check-expect-activities"),
    }
}

fn one_of(words: &[&str]) -> String {
    let quoted: Vec<String> = words.iter().map(|w| format!("\"{w}\"")).collect();
    match quoted.split_last() {
        Some((last, rest)) if !rest.is_empty() => {
            t!(
                "check-one-of",
                first = rest.join(", "),
                last = last.as_str()
            )
        }
        _ => quoted.concat(),
    }
}

/// Names a TOML value's type the way a person would.
pub fn describe(value: &DeValue<'_>) -> String {
    match value {
        DeValue::String(_) => t!("check-kind-text"),
        DeValue::Integer(_) => t!("check-kind-number"),
        DeValue::Float(_) => t!("check-kind-decimal"),
        DeValue::Boolean(_) => t!("check-kind-boolean"),
        DeValue::Datetime(_) => t!("check-kind-date"),
        DeValue::Array(_) => t!("check-kind-list"),
        DeValue::Table(_) => t!("check-kind-table"),
    }
}

/// The candidate closest to `word`, if it is close enough to be a likely typo.
pub fn closest<'a>(word: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let word = word.to_lowercase();
    candidates
        .map(|c| (strsim::jaro_winkler(&word, c), c))
        .filter(|(score, c)| *score >= 0.8 || strsim::levenshtein(&word, c) <= 2)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

/// A list of one-line texts, each checked as a line of text is.
#[expect(
    clippy::wildcard_enum_match_arm,
    reason = "toml's own value type: anything but text is the same mistake"
)]
fn lines(name: &str, items: &[Spanned<DeValue<'_>>]) -> Result<Value, Diagnostic> {
    let mut lines = Vec::with_capacity(items.len());
    for item in items {
        match item.get_ref() {
            DeValue::String(s) => {
                text(name, s, false, item.span())?;
                lines.push(s.to_string());
            }
            other => {
                return Err(Diagnostic::error(
                    item.span(),
                    t!("check-each-line-text", key = name, found = describe(other)),
                ));
            }
        }
    }
    Ok(Value::Lines(lines))
}

/// A Patient-Specific Functional Scale's activities: at most five, each one line of 3 to 80
/// characters, no two the same (in any case): the client rates each, and two alike would
/// count one activity twice in the mean.
fn activities(
    name: &str,
    items: &[Spanned<DeValue<'_>>],
    span: Range<usize>,
) -> Result<Value, Diagnostic> {
    use super::fields::{ACTIVITY_CHARS, MAX_ACTIVITIES};
    if items.len() > MAX_ACTIVITIES {
        let at = items.get(MAX_ACTIVITIES).map_or(span, Spanned::span);
        return Err(Diagnostic::error(
            at,
            t!(
                "check-activities-too-many",
                key = name,
                count = items.len(),
                most = MAX_ACTIVITIES
            ),
        )
        .with_help(t!("check-activities-too-many-help")));
    }
    let mut lines: Vec<String> = Vec::with_capacity(items.len());
    for item in items {
        let DeValue::String(s) = item.get_ref() else {
            return Err(Diagnostic::error(
                item.span(),
                t!(
                    "check-each-text",
                    key = name,
                    found = describe(item.get_ref())
                ),
            ));
        };
        text(name, s, false, item.span())?;
        let activity = s.trim();
        let length = activity.chars().count();
        if !ACTIVITY_CHARS.contains(&length) {
            return Err(Diagnostic::error(
                item.span(),
                t!(
                    "check-activity-length",
                    key = name,
                    least = *ACTIVITY_CHARS.start(),
                    most = *ACTIVITY_CHARS.end(),
                    found = length
                ),
            )
            .with_help(t!("check-activity-length-help")));
        }
        if let Some(first) = lines
            .iter()
            .position(|l| l.to_lowercase() == activity.to_lowercase())
        {
            return Err(Diagnostic::error(
                item.span(),
                t!("check-activity-twice", activity = activity, key = name),
            )
            .with_help(t!("check-activity-twice-help", number = first + 1)));
        }
        lines.push(activity.to_owned());
    }
    Ok(Value::Lines(lines))
}

/// A list of words from `words`, each read in any case and kept once.
fn choices(
    name: &str,
    words: &'static [&'static str],
    items: &[Spanned<DeValue<'_>>],
    source: &str,
) -> Result<Value, Diagnostic> {
    let mut chosen: Vec<&'static str> = Vec::with_capacity(items.len());
    for item in items {
        let said = match item.get_ref() {
            DeValue::String(s) => Some(s.trim()),
            DeValue::Integer(_)
            | DeValue::Float(_)
            | DeValue::Boolean(_)
            | DeValue::Datetime(_)
            | DeValue::Array(_)
            | DeValue::Table(_) => None,
        };
        let word = said.and_then(|s| words.iter().find(|w| w.eq_ignore_ascii_case(s)));
        let Some(word) = word else {
            let written = source.get(item.span()).unwrap_or("").trim();
            let diagnostic = Diagnostic::error(
                item.span(),
                t!(
                    "check-each-must-be",
                    key = name,
                    expected = one_of(words),
                    found = written
                ),
            );
            return Err(match said.and_then(|s| closest(s, words.iter().copied())) {
                Some(word) => {
                    diagnostic.with_help(t!("check-did-you-mean", key = format!("\"{word}\"")))
                }
                None => diagnostic,
            });
        };
        if !chosen.contains(word) {
            chosen.push(word);
        }
    }
    Ok(Value::Words(chosen))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::routine::fields;

    fn check_toml(field: &str, toml_value: &str) -> Result<Value, String> {
        let source = format!("k = {toml_value}");
        let value = DeValue::parse(toml_value).expect("valid TOML value");
        // Shift the value's span to where it sits in `source`.
        let value = Spanned::new(4..source.len(), value.into_inner());
        let field = fields::find(fields::STEP, field)
            .or_else(|| fields::find(fields::ROUTINE, field))
            .expect("known field");
        check(field, &value, &source).map_err(|d| {
            d.help
                .map_or(d.message.clone(), |h| format!("{} / {h}", d.message))
        })
    }

    #[test]
    fn durations_accept_strings_and_whole_seconds() {
        assert_eq!(
            check_toml("hold", "\"1m 30s\""),
            Ok(Value::Duration(Duration::from_secs(90)))
        );
        assert_eq!(
            check_toml("hold", "90"),
            Ok(Value::Duration(Duration::from_secs(90)))
        );
        assert_eq!(check_toml("rest", "0"), Ok(Value::Duration(Duration::ZERO)));
    }

    #[test]
    fn duration_errors_say_what_was_found_and_suggest_a_fix() {
        assert_eq!(
            check_toml("hold", "\"0s\""),
            Err("hold must be between 1s and 60m, found \"0s\"".into())
        );
        assert_eq!(
            check_toml("hold", "\"90 sec\""),
            Err(
                "hold must be a duration like \"90s\" or \"1m30s\", found \"90 sec\" / \
                 \"90\" has no unit; did you mean \"90s\"?"
                    .into()
            )
        );
        assert_eq!(
            check_toml("hold", "\"1h30\""),
            Err(
                "hold must be a duration like \"90s\" or \"1m30s\", found \"1h30\" / \
                 \"30\" has no unit; did you mean \"1h30m\"?"
                    .into()
            )
        );
        assert!(check_toml("hold", "\"-5s\"").is_err_and(|m| m.contains("cannot be negative")));
        assert_eq!(
            check_toml("hold", "-5"),
            Err("hold must be between 1s and 60m, found -5".into())
        );
        assert_eq!(
            check_toml("rest", "\"31m\""),
            Err("rest must be at most 30m, found \"31m\"".into())
        );
        assert!(
            check_toml("hold", "90.5").is_err_and(|m| m.starts_with("hold must be whole seconds"))
        );
    }

    #[test]
    fn wrong_types_name_both_sides() {
        assert_eq!(
            check_toml("region", "3"),
            Err("region must be text in quotes, found a number".into())
        );
        assert_eq!(
            check_toml("reps", "\"2\""),
            Err("reps must be a whole number from 1 to 20, found text / write the number without quotes: reps = 2".into())
        );
        assert_eq!(
            check_toml("reps", "21"),
            Err("reps must be between 1 and 20, found 21".into())
        );
        assert_eq!(
            check_toml("side", "\"bth\""),
            Err("side must be \"none\", \"left\", \"right\" or \"both\", found \"bth\" / did you mean \"both\"?".into())
        );
        assert!(
            check_toml("safety", "\"Stop if numb\"")
                .is_err_and(|m| m.contains("put the text in brackets"))
        );
    }

    #[test]
    fn text_rejects_control_characters_and_empty_strings() {
        assert!(check_toml("region", "\"a\\u001b[2Jb\"").is_err_and(|m| m.contains("U+001B")));
        assert!(check_toml("region", "\"calf\\u202e\"").is_err_and(|m| m.contains("U+202E")));
        assert!(check_toml("region", "\"a\\nb\"").is_err_and(|m| m.contains("single line")));
        // A safety line with a break is told to become two lines, not that breaks are allowed.
        let safety = check_toml("safety", "[\"Stop if numb\\nor tingling\"]");
        assert!(
            safety
                .as_ref()
                .is_err_and(|m| m.contains("an item of its own")
                    && !m.contains("allowed only in description, cue and safety")),
            "{safety:?}"
        );
        assert_eq!(
            check_toml("cue", "\"line one\\nline two\""),
            Ok(Value::Text("line one\nline two".into()))
        );
        assert_eq!(
            check_toml("region", "\"  \""),
            Err("region must not be empty".into())
        );
    }

    #[test]
    fn closest_finds_typos_but_not_unrelated_words() {
        let keys = ["region", "tool", "hold", "rest"];
        assert_eq!(closest("regoin", keys.iter().copied()), Some("region"));
        assert_eq!(closest("hlod", keys.iter().copied()), Some("hold"));
        assert_eq!(closest("banana", keys.iter().copied()), None);
    }
}
