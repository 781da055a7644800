//! The JSON Schema of the routine format, built from the same field table as the validator.
//!
//! Editors with taplo (Even Better TOML) read it through a `#:schema` line to complete keys and
//! flag mistakes as the therapist types. Draft-07 is the newest draft taplo supports.

use serde_json::{Map, Value, json};

use super::fields::{self, Field, Kind};
use super::value::{MAX_LINE_CHARS, MAX_TEXT_CHARS};

/// Pattern of a duration string, mirroring [`super::duration::parse`].
const DURATION_PATTERN: &str = r"^\s*(\d+h( ?\d+m)?( ?\d+s)?|\d+m( ?\d+s)?|\d+s)\s*$";

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
    top.insert(
        "$id".into(),
        json!("https://knead.invalid/schema/routine.schema.json"),
    );
    top.insert("title".into(), json!("knead routine"));
    top.insert(
        "description".into(),
        json!("A self-massage routine for knead: timed trigger-point holds with rests."),
    );
    top.insert(
        "definitions".into(),
        json!({
            "step": Value::Object(object(&step_fields, Required::Own)),
            "defaults": Value::Object(object(&defaults_fields, Required::None)),
            "prescription": Value::Object(object(&all(fields::PRESCRIPTION), Required::All)),
            "phase": Value::Object(object(&all(fields::PHASE), Required::All)),
        }),
    );
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
        }),
        Kind::Lines => json!({ "type": "array", "items": { "type": "string", "minLength": 1 } }),
        Kind::Duration { min, max } => json!({
            "oneOf": [
                { "type": "integer", "minimum": min, "maximum": max },
                { "type": "string", "pattern": DURATION_PATTERN },
            ]
        }),
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
        Kind::Phases => json!({
            "type": "array",
            "minItems": 1,
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
