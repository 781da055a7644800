//! Checks one TOML value against the kind its key requires, with a message that says what was
//! found and what would be accepted.

use std::ops::Range;
use std::time::Duration;

use toml::Spanned;
use toml::de::DeValue;

use super::duration;
use super::fields::{Field, Kind};
use crate::diagnostic::Diagnostic;
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
            format!(
                "{name} must be {}, found {}",
                expected(field.kind),
                describe(value.get_ref())
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
            Err(wrong_type().with_help(format!("put the text in brackets: {name} = [{written}]")))
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
                format!("{name} must be between {min} and {max}, found {written}"),
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
                    format!("{name} must be {}, found {written}", one_of(words)),
                );
                match closest(s, words.iter().copied()) {
                    Some(word) => diagnostic.with_help(format!("did you mean \"{word}\"?")),
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
                        format!("each of {name} must be a step number from 1, found {found}"),
                    )
                    .with_help("count the [[step]] tables from the top, starting at 1"));
                };
                numbers.push((number, item.span()));
            }
            Ok(Value::Numbers(numbers))
        }
        (Kind::Integer { .. }, DeValue::String(_)) => Err(wrong_type().with_help(format!(
            "write the number without quotes: {name} = {}",
            written.trim_matches('"')
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
        Diagnostic::error(
            span,
            format!("{name} must be a calendar day like 2026-11-02, found {written}"),
        )
        .with_help(format!("write it as a date: {name} = 2026-11-02"))
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
            format!("{name} must be a whole number from {min} to {max}, found {written}"),
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
        Diagnostic::error(
            span,
            format!("{name} must be a calendar day like 2026-11-02, found {written}"),
        )
        .with_help("write the year, month and day only, without a time")
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
                || format!("{error}; {}", duration::ACCEPTED),
                |fix| format!("{error}; did you mean \"{fix}\"?"),
            );
            Diagnostic::error(
                span.clone(),
                format!("{name} must be a duration like \"90s\" or \"1m30s\", found {written}"),
            )
            .with_help(help)
        })?,
        DeValue::Integer(i) => {
            let secs = integer(i.as_str(), i.radix()).and_then(|n| u64::try_from(n).ok());
            let Some(n) = secs else {
                let message = format!(
                    "{name} must be between {} and {}, found {written}",
                    bound(min),
                    bound(max)
                );
                return Err(Diagnostic::error(span, message));
            };
            Duration::from_secs(n)
        }
        _ => {
            return Err(Diagnostic::error(
                span,
                format!("{name} must be whole seconds, found {written}"),
            )
            .with_help(duration::ACCEPTED));
        }
    };
    in_range(name, d, min, max, written, span).map(|()| Value::Duration(d))
}

/// Rejects empty text, and control characters that could rewrite the user's terminal.
fn text(name: &str, s: &str, multiline: bool, span: Range<usize>) -> Result<(), Diagnostic> {
    if s.trim().is_empty() {
        return Err(Diagnostic::error(span, format!("{name} must not be empty")));
    }
    let (limit, what) = if multiline {
        (MAX_TEXT_CHARS, "text")
    } else {
        (MAX_LINE_CHARS, "line")
    };
    let length = s.chars().count();
    if length > limit {
        return Err(Diagnostic::error(
            span,
            format!("{name} is {length} characters long; at most {limit} fit on the screen"),
        )
        .with_help(format!(
            "shorten it: a {what} here holds at most {limit} characters"
        )));
    }
    if let Some(c) = s.chars().find(|&c| untrusted::is_invisible(c)) {
        return Err(Diagnostic::error(
            span,
            format!(
                "{name} contains the invisible character U+{:04X}",
                u32::from(c)
            ),
        )
        .with_help("remove it: invisible characters make two names that look the same differ"));
    }
    let bad = s
        .chars()
        .find(|&c| (c.is_control() && !(multiline && c == '\n')) || untrusted::is_bidi_control(c));
    match bad {
        None => Ok(()),
        Some('\n') => Err(
            Diagnostic::error(span, format!("{name} must be a single line")).with_help(
                "line breaks are allowed only in description and cue; in safety and \
                     stop_if, write each line as an item of its own: [\"...\", \"...\"]",
            ),
        ),
        Some(c) => Err(Diagnostic::error(
            span,
            format!(
                "{name} contains the control character U+{:04X}",
                u32::from(c)
            ),
        )
        .with_help("remove it: control characters could rewrite the terminal")),
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
        format!("{name} must be at most {}, found {written}", bound(max))
    } else {
        format!(
            "{name} must be between {} and {}, found {written}",
            bound(min),
            bound(max)
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
        Kind::Text { .. } => "text in quotes".into(),
        Kind::Lines => "a list of text lines, like [\"...\", \"...\"]".into(),
        Kind::Duration { .. } => "a duration like \"90s\" or \"1m30s\", or whole seconds".into(),
        Kind::Integer { min, max } => format!("a whole number from {min} to {max}"),
        Kind::Choice(words) => one_of(words),
        Kind::Choices(words) => format!("a list of words, each {}", one_of(words)),
        Kind::Bool => "true or false".into(),
        Kind::Defaults | Kind::Prescription => "a table".into(),
        Kind::Steps => "a list of [[step]] tables".into(),
        Kind::Date => "a date like 2026-11-02".into(),
        Kind::StepNumbers => "a list of step numbers, like [1, 2]".into(),
        Kind::Phases => "a list of [[prescription.phase]] tables".into(),
        Kind::Activities => "a list of activities, like [\"...\", \"...\"]".into(),
    }
}

fn one_of(words: &[&str]) -> String {
    let quoted: Vec<String> = words.iter().map(|w| format!("\"{w}\"")).collect();
    match quoted.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
        _ => quoted.concat(),
    }
}

/// Names a TOML value's type the way a person would.
pub fn describe(value: &DeValue<'_>) -> &'static str {
    match value {
        DeValue::String(_) => "text",
        DeValue::Integer(_) => "a number",
        DeValue::Float(_) => "a decimal number",
        DeValue::Boolean(_) => "true/false",
        DeValue::Datetime(_) => "a date",
        DeValue::Array(_) => "a list",
        DeValue::Table(_) => "a table",
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
                    format!(
                        "each {name} line must be text in quotes, found {}",
                        describe(other)
                    ),
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
            format!(
                "{name} lists {} activities; the scale rates at most {MAX_ACTIVITIES}",
                items.len()
            ),
        )
        .with_help("keep the five the client finds hardest"));
    }
    let mut lines: Vec<String> = Vec::with_capacity(items.len());
    for item in items {
        let DeValue::String(s) = item.get_ref() else {
            return Err(Diagnostic::error(
                item.span(),
                format!(
                    "each of {name} must be text in quotes, found {}",
                    describe(item.get_ref())
                ),
            ));
        };
        text(name, s, false, item.span())?;
        let activity = s.trim();
        let length = activity.chars().count();
        if !ACTIVITY_CHARS.contains(&length) {
            return Err(Diagnostic::error(
                item.span(),
                format!(
                    "each of {name} must be {} to {} characters, found {length}",
                    ACTIVITY_CHARS.start(),
                    ACTIVITY_CHARS.end()
                ),
            )
            .with_help(
                "say what the client finds hard and when: \"turning my head while driving\"",
            ));
        }
        if let Some(first) = lines
            .iter()
            .position(|l| l.to_lowercase() == activity.to_lowercase())
        {
            return Err(Diagnostic::error(
                item.span(),
                format!("\"{activity}\" is listed twice in {name}"),
            )
            .with_help(format!(
                "remove it, or say how it differs from activity {}",
                first + 1
            )));
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
                format!("each of {name} must be {}, found {written}", one_of(words)),
            );
            return Err(match said.and_then(|s| closest(s, words.iter().copied())) {
                Some(word) => diagnostic.with_help(format!("did you mean \"{word}\"?")),
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
