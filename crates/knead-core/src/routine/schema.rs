//! The JSON Schema of the routine format, built from the same field table as the validator.
//!
//! Editors with taplo (Even Better TOML) read it through a `#:schema` line to complete keys and
//! flag mistakes as the therapist types. Draft-07 is the newest draft taplo supports.

use std::fmt::Write as _;

use serde_json::{Map, Value, json};

use super::fields::{self, Field, Kind};
use super::value::{MAX_LINE_CHARS, MAX_TEXT_CHARS};

/// The definition of durations within `min..=max` seconds: `seconds-1-3600`.
fn duration_name(min: u64, max: u64) -> String {
    format!("seconds-{min}-{max}")
}

/// Pattern of a duration string within `min..=max` seconds, as [`super::duration::parse`]
/// reads it (units h, m, s in order, each at most once, one optional space between, any
/// number of digits): every split of the seconds into hours, minutes and seconds that the
/// range allows, so an editor flags "0s" or "2h" where knead would.
fn duration_pattern(min: u64, max: u64) -> String {
    let mut forms: Vec<String> = Vec::new();
    let number = |lo: u64, hi: u64| format!("0*({})", range(lo, hi).join("|"));
    let exactly = |n: u64| number(n, n);
    // Seconds above what the other units leave, up to the most that still fits.
    let seconds = |taken: u64| number(min.saturating_sub(taken), max - taken);
    if min <= max {
        forms.push(format!("{}s", seconds(0)));
    }
    for h in 0..=max / 3600 {
        let hours = exactly(h);
        let taken = h * 3600;
        // h alone, h and m, h and s, h, m and s.
        if (min..=max).contains(&taken) {
            forms.push(format!("{hours}h"));
        }
        forms.push(format!("{hours}h ?{}s", seconds(taken)));
        for m in 0..=(max - taken) / 60 {
            let both = taken + m * 60;
            if (min..=max).contains(&both) {
                forms.push(format!("{hours}h ?{}m", exactly(m)));
            }
            forms.push(format!("{hours}h ?{}m ?{}s", exactly(m), seconds(both)));
        }
    }
    for m in 0..=max / 60 {
        let taken = m * 60;
        if (min..=max).contains(&taken) {
            forms.push(format!("{}m", exactly(m)));
        }
        forms.push(format!("{}m ?{}s", exactly(m), seconds(taken)));
    }
    format!("^\\s*({})\\s*$", forms.join("|"))
}

/// Alternatives matching the whole numbers `lo..=hi` written without leading zeros: numbers of
/// each length apart, then digit by digit.
fn range(lo: u64, hi: u64) -> Vec<String> {
    let mut out = Vec::new();
    let mut start = lo;
    while start <= hi {
        let digits = start.to_string().len();
        let top = 10u64.pow(u32::try_from(digits).unwrap_or(19)) - 1;
        let end = hi.min(top);
        out.extend(same_length(&start.to_string(), &end.to_string()));
        match end.checked_add(1) {
            Some(next) => start = next,
            None => break,
        }
    }
    out
}

/// Alternatives for `lo..=hi`, two numbers written with as many digits.
fn same_length(lo: &str, hi: &str) -> Vec<String> {
    if lo == hi {
        return vec![lo.to_owned()];
    }
    let (a, b) = (lo.as_bytes()[0], hi.as_bytes()[0]);
    let (lo_rest, hi_rest) = (&lo[1..], &hi[1..]);
    if a == b {
        let head = char::from(a);
        return same_length(lo_rest, hi_rest)
            .into_iter()
            .map(|r| format!("{head}{r}"))
            .collect();
    }
    let n = lo_rest.len();
    let any = |from: u8, to: u8| {
        if from == to {
            format!("{}\\d{{{n}}}", char::from(from))
        } else {
            format!("[{}-{}]\\d{{{n}}}", char::from(from), char::from(to))
        }
    };
    let zeros = "0".repeat(n);
    let nines = "9".repeat(n);
    let mut out = Vec::new();
    // From lo to the end of its first digit, whole first digits between, then up to hi.
    let mut first = a;
    if lo_rest != zeros {
        out.extend(
            same_length(lo_rest, &nines)
                .into_iter()
                .map(|r| format!("{}{r}", char::from(a))),
        );
        first = a + 1;
    }
    let last = if hi_rest == nines { b } else { b - 1 };
    if first <= last {
        out.push(any(first, last));
    }
    if hi_rest != nines {
        out.extend(
            same_length(&zeros, hi_rest)
                .into_iter()
                .map(|r| format!("{}{r}", char::from(b))),
        );
    }
    out
}

/// The characters `knead check` refuses in text, as a regular-expression class body:
/// controls, reordering marks and invisible format characters (`untrusted`); a line break
/// too unless `multiline`.
fn refused(multiline: bool) -> String {
    let mut class = String::new();
    for (from, to) in [
        (0x00, 0x09),
        (0x0B, 0x1F),
        (0x7F, 0x9F),
        (0x00AD, 0x00AD),
        (0x034F, 0x034F),
        (0x061C, 0x061C),
        (0x115F, 0x1160),
        (0x17B4, 0x17B5),
        (0x180E, 0x180E),
        (0x200B, 0x200B),
        (0x200E, 0x200F),
        (0x202A, 0x202E),
        (0x2060, 0x2064),
        (0x2066, 0x2069),
        (0x3164, 0x3164),
        (0xFEFF, 0xFEFF),
        (0xFFA0, 0xFFA0),
        (0xFFF9, 0xFFFB),
    ] {
        let _ = if from == to {
            write!(class, "\\u{from:04X}")
        } else {
            write!(class, "\\u{from:04X}-\\u{to:04X}")
        };
    }
    if !multiline {
        class.push_str("\\n");
    }
    class
}

/// Text `knead check` takes: not blank, none of [`refused`]'s characters.
fn text_pattern(multiline: bool) -> String {
    let refused = refused(multiline);
    format!("^[^{refused}]*[^\\s{refused}][^{refused}]*$")
}

/// The schema, as pretty-printed JSON with a trailing newline.
pub fn to_json() -> String {
    let mut text = serde_json::to_string_pretty(&schema()).unwrap_or_default();
    text.push('\n');
    text
}

/// The schema as a JSON value.
pub fn schema() -> Value {
    let step_fields: Vec<&Field> = fields::STEP.iter().collect();
    let defaults_fields: Vec<&Field> = fields::STEP
        .iter()
        .filter(|f| fields::defaultable(f))
        .collect();
    let mut top = object(&fields::ROUTINE.iter().collect::<Vec<_>>(), Required::All);
    top.insert(
        "$schema".into(),
        json!("http://json-schema.org/draft-07/schema#"),
    );
    // A name for the format's version, not an address: knead publishes no schema on the web
    // (`knead new` writes it beside the routines folder, `knead schema` prints it).
    top.insert("$id".into(), json!("urn:knead:routine-schema:1"));
    top.insert("title".into(), json!("knead routine"));
    top.insert(
        "description".into(),
        json!("A self-massage routine for knead: timed trigger-point holds with rests."),
    );
    let mut definitions = json!({
        "step": Value::Object(object(&step_fields, Required::Own)),
        "defaults": Value::Object(object(&defaults_fields, Required::None)),
        "prescription": Value::Object(object(&all(fields::PRESCRIPTION), Required::All)),
        "phase": Value::Object(object(&all(fields::PHASE), Required::All)),
    });
    let every = [
        fields::ROUTINE,
        fields::STEP,
        fields::PRESCRIPTION,
        fields::PHASE,
    ];
    for field in every.into_iter().flatten() {
        if let Kind::Duration { min, max } = field.kind {
            definitions[duration_name(min, max)] = json!({
                "oneOf": [
                    { "type": "integer", "minimum": min, "maximum": max },
                    { "type": "string", "pattern": duration_pattern(min, max) },
                ]
            });
        }
    }
    top.insert("definitions".into(), definitions);
    Value::Object(top)
}

fn all(fields: &'static [Field]) -> Vec<&'static Field> {
    fields.iter().collect()
}

/// A pattern matching any of `words` in any case: JSON Schema's patterns have no flags.
fn any_case(words: &[&str]) -> String {
    let alternatives: Vec<String> = words
        .iter()
        .map(|w| {
            w.chars()
                .map(|c| {
                    if c.is_ascii_alphabetic() {
                        format!("[{}{}]", c.to_ascii_lowercase(), c.to_ascii_uppercase())
                    } else {
                        c.to_string()
                    }
                })
                .collect()
        })
        .collect();
    format!("^\\s*({})\\s*$", alternatives.join("|"))
}

/// Which keys an object requires.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Required {
    /// Every required key.
    All,
    /// Those `[defaults]` cannot supply: a step's region, which check requires on each step.
    Own,
    /// None: `[defaults]` itself.
    None,
}

/// An object schema for `fields` with the keys it requires.
fn object(fields: &[&Field], required: Required) -> Map<String, Value> {
    let properties: Map<String, Value> = fields
        .iter()
        .map(|f| (f.name.to_owned(), property(f)))
        .collect();
    let mut out = Map::new();
    out.insert("type".into(), json!("object"));
    out.insert("properties".into(), Value::Object(properties));
    out.insert("additionalProperties".into(), json!(false));
    let names: Vec<&str> = fields
        .iter()
        .filter(|f| match required {
            Required::All => f.required,
            Required::Own => f.required && !fields::defaultable(f),
            Required::None => false,
        })
        .map(|f| f.name)
        .collect();
    if !names.is_empty() {
        out.insert("required".into(), json!(names));
    }
    out
}

fn property(field: &Field) -> Value {
    let mut schema = match field.kind {
        Kind::Text { multiline } => json!({
            "type": "string",
            "minLength": 1,
            "maxLength": if multiline { MAX_TEXT_CHARS } else { MAX_LINE_CHARS },
            "pattern": text_pattern(multiline),
        }),
        Kind::Lines => json!({
            "type": "array",
            "items": {
                "type": "string",
                "minLength": 1,
                "maxLength": MAX_LINE_CHARS,
                "pattern": text_pattern(false),
            },
        }),
        // Each range's long pattern once, in the definitions.
        Kind::Duration { min, max } => {
            json!({ "allOf": [{ "$ref": format!("#/definitions/{}", duration_name(min, max)) }] })
        }
        Kind::Integer { min, max } => json!({ "type": "integer", "minimum": min, "maximum": max }),
        // The words as listed, for completion, or any case of them, as knead reads them.
        Kind::Choice(words) => json!({
            "type": "string",
            "anyOf": [{ "enum": words }, { "pattern": any_case(words) }],
        }),
        Kind::Choices(words) => json!({
            "type": "array",
            "uniqueItems": true,
            "items": { "type": "string", "anyOf": [{ "enum": words }, { "pattern": any_case(words) }] },
        }),
        Kind::Bool => json!({ "type": "boolean" }),
        Kind::Defaults => json!({ "$ref": "#/definitions/defaults" }),
        Kind::Steps => json!({
            "type": "array",
            "minItems": 1,
            "maxItems": fields::MAX_STEPS,
            "items": { "$ref": "#/definitions/step" },
        }),
        // Taplo checks a TOML date as a string of this format.
        Kind::Date => json!({ "type": "string", "format": "date" }),
        Kind::StepNumbers => json!({
            "type": "array",
            "minItems": 1,
            "uniqueItems": true,
            "items": { "type": "integer", "minimum": 1, "maximum": fields::MAX_STEPS },
        }),
        Kind::Prescription => json!({ "$ref": "#/definitions/prescription" }),
        Kind::Activities => json!({
            "type": "array",
            "maxItems": fields::MAX_ACTIVITIES,
            "uniqueItems": true,
            "items": {
                "type": "string",
                "minLength": fields::ACTIVITY_CHARS.start(),
                "maxLength": fields::ACTIVITY_CHARS.end(),
                "pattern": text_pattern(false),
            },
        }),
        // No phases is a programme that does not change: knead takes `phase = []` too.
        Kind::Phases => json!({
            "type": "array",
            "items": { "$ref": "#/definitions/phase" },
        }),
    };
    if let Value::Object(map) = &mut schema {
        map.insert("description".into(), json!(field.doc));
        if let Some(default) = field.default.and_then(toml_literal) {
            map.insert("default".into(), default);
        }
    }
    schema
}

/// A default written as a TOML literal (`"15s"`, `8`, `false`) as a JSON value.
fn toml_literal(literal: &str) -> Option<Value> {
    if let Some(text) = literal.strip_prefix('"').and_then(|s| s.strip_suffix('"')) {
        return Some(json!(text));
    }
    match literal {
        "true" => Some(json!(true)),
        "false" => Some(json!(false)),
        number => number.parse::<i64>().ok().map(Value::from),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schema_lists_every_field_with_its_description() {
        let schema = schema();
        for field in fields::ROUTINE {
            assert!(
                schema["properties"][field.name]["description"].is_string(),
                "{}",
                field.name
            );
        }
        for field in fields::STEP {
            assert!(
                schema["definitions"]["step"]["properties"][field.name].is_object(),
                "{}",
                field.name
            );
        }
        assert!(schema["definitions"]["defaults"]["properties"]["region"].is_null());
        assert_eq!(schema["required"], json!(["name", "step"]));
        assert_eq!(schema["definitions"]["step"]["required"], json!(["region"]));
        assert!(schema["definitions"]["defaults"]["required"].is_null());
        assert_eq!(
            schema["definitions"]["step"]["properties"]["rest"]["default"],
            json!("15s")
        );
    }
}
