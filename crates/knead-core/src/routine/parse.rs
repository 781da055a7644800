//! Reads a routine file's TOML into a [`Routine`], collecting every problem on the way.
//!
//! The file is parsed into a spanned tree and walked by hand rather than through a serde derive:
//! a derive stops at the first wrong value, while a therapist wants every mistake in one run,
//! each with its line and column.

use std::collections::HashMap;
use std::ops::Range;
use std::time::Duration;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::fields::{self, Field};
use super::value::{self, Value, closest, describe};
use super::{DEFAULT_STOP_ABOVE, Release, Routine, Sides, Step, Tool};
use super::{advice, names};
use crate::diagnostic::Diagnostic;

/// The outcome of reading a routine file.
#[derive(Debug, Clone)]
pub struct Parsed {
    /// The routine, when the file has no errors (warnings allowed).
    pub routine: Option<Routine>,
    /// Every problem found, in file order.
    pub diagnostics: Vec<Diagnostic>,
}

/// Parses and validates routine text.
pub fn parse(text: &str) -> Parsed {
    let (document, syntax_errors) = DeTable::parse_recoverable(text);
    let mut reader = Reader {
        source: text,
        diagnostics: Vec::new(),
    };
    let routine = if syntax_errors.is_empty() {
        reader.routine(document.get_ref())
    } else {
        // The tree is partial after a syntax error; checking it would report phantom problems.
        reader
            .diagnostics
            .extend(syntax_errors.iter().map(|e| syntax(text, e)));
        None
    };
    let Reader {
        mut diagnostics, ..
    } = reader;
    diagnostics.sort_by_key(|d| d.span.as_ref().map_or(0, |s| s.start));
    let routine = routine.filter(|_| !diagnostics.iter().any(Diagnostic::is_error));
    Parsed {
        routine,
        diagnostics,
    }
}

/// A checked value and where it was written.
#[derive(Debug, Clone)]
struct Read {
    value: Value,
    span: Range<usize>,
}

/// The keys of one table: `Some` for a good value, `None` for one already reported as bad.
type Reads = HashMap<&'static str, Option<Read>>;

/// Where the resolved fields of a step were written, so warnings point at the right line.
#[derive(Debug, Clone)]
pub(super) struct StepSpans {
    pub region: Range<usize>,
    pub tool: Range<usize>,
    pub hold: Range<usize>,
}

/// Which table a key sits in, for messages about keys in the wrong place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    Routine,
    Defaults,
    Step,
}

struct Reader<'s> {
    source: &'s str,
    diagnostics: Vec<Diagnostic>,
}

impl Reader<'_> {
    fn routine(&mut self, top: &DeTable<'_>) -> Option<Routine> {
        let reads = self.table(top, fields::ROUTINE, Place::Routine);
        let defaults = match entry(top, "defaults") {
            Some(value) => self.defaults(value),
            None => Reads::new(),
        };
        if !reads.contains_key("name") {
            self.diagnostics.push(
                Diagnostic::error(0..0, "the routine has no name")
                    .with_help("add a line such as name = \"Desk break\" at the top of the file"),
            );
        }
        let safety = match found(&reads, "safety") {
            Some(Read {
                value: Value::Lines(lines),
                ..
            }) => lines.clone(),
            _ => Vec::new(),
        };
        let stop_above = match found(&reads, "stop_above") {
            Some(Read {
                value: Value::Integer(n),
                span,
            }) => {
                self.diagnostics
                    .extend(advice::stop_above(*n, span.clone()));
                u8::try_from(*n).unwrap_or(DEFAULT_STOP_ABOVE)
            }
            _ => DEFAULT_STOP_ABOVE,
        };

        let mut steps = Vec::new();
        for (index, (table, header)) in self.step_tables(top).into_iter().enumerate() {
            if let Some((step, spans)) = self.step(index + 1, table, header, &defaults) {
                self.diagnostics
                    .extend(advice::step(&step, &spans, &safety));
                self.diagnostics.extend(names::step(
                    &step,
                    spans.region.clone(),
                    spans.tool.clone(),
                ));
                steps.push(step);
            }
        }
        Some(Routine {
            name: text(found(&reads, "name"))?,
            description: text(found(&reads, "description")),
            author: text(found(&reads, "author")),
            safety,
            stop_above,
            auto_advance: matches!(
                found(&reads, "auto_advance"),
                Some(Read {
                    value: Value::Bool(true),
                    ..
                })
            ),
            per_week: match found(&reads, "per_week") {
                Some(Read {
                    value: Value::Integer(n),
                    ..
                }) => u8::try_from(*n).ok(),
                _ => None,
            },
            steps,
        })
    }

    /// The `[[step]]` tables with their header spans, after checking their number and shape.
    fn step_tables<'a, 'i>(
        &mut self,
        top: &'a DeTable<'i>,
    ) -> Vec<(&'a DeTable<'i>, Range<usize>)> {
        let no_steps = Diagnostic::error(0..0, "the routine has no steps")
            .with_help("add at least one [[step]] with a region, a tool and a hold");
        let Some(value) = entry(top, "step") else {
            self.diagnostics.push(no_steps);
            return Vec::new();
        };
        let DeValue::Array(array) = value.get_ref() else {
            self.diagnostics.push(
                Diagnostic::error(
                    value.span(),
                    format!(
                        "step must be a list of tables, found {}",
                        describe(value.get_ref())
                    ),
                )
                .with_help("write each step under its own [[step]] header, with double brackets"),
            );
            return Vec::new();
        };
        if array.is_empty() {
            self.diagnostics.push(no_steps);
        }
        if let Some(extra) = array.get(fields::MAX_STEPS) {
            self.diagnostics.push(
                Diagnostic::error(
                    extra.span(),
                    format!(
                        "a routine can have at most {} steps, found {}",
                        fields::MAX_STEPS,
                        array.len()
                    ),
                )
                .with_help("split it into several routines"),
            );
        }
        let mut tables = Vec::with_capacity(array.len());
        for element in array {
            match element.get_ref() {
                DeValue::Table(table) => tables.push((table, element.span())),
                other => self.diagnostics.push(
                    Diagnostic::error(
                        element.span(),
                        format!("each step must be a table, found {}", describe(other)),
                    )
                    .with_help("write each step under its own [[step]] header"),
                ),
            }
        }
        tables
    }

    fn defaults(&mut self, value: &Spanned<DeValue<'_>>) -> Reads {
        if let DeValue::Table(table) = value.get_ref() {
            return self.table(table, fields::STEP, Place::Defaults);
        }
        self.diagnostics.push(
            Diagnostic::error(
                value.span(),
                format!(
                    "defaults must be a table, found {}",
                    describe(value.get_ref())
                ),
            )
            .with_help("write [defaults] on a line of its own, with step fields below it"),
        );
        Reads::new()
    }

    fn step(
        &mut self,
        number: usize,
        table: &DeTable<'_>,
        header: Range<usize>,
        defaults: &Reads,
    ) -> Option<(Step, StepSpans)> {
        let own = self.table(table, fields::STEP, Place::Step);
        let get = |name: &str| match own.get(name) {
            Some(read) => read.as_ref(),
            None => defaults.get(name).and_then(Option::as_ref),
        };
        let present = |name: &str| own.contains_key(name) || defaults.contains_key(name);
        for (name, example) in [
            ("region", "\"upper trapezius\""),
            ("tool", "\"lacrosse ball\""),
            ("hold", "\"60s\""),
        ] {
            if present(name) {
                continue;
            }
            let help = if name == "region" {
                format!("add {name} = {example} to this step")
            } else {
                format!("add {name} = {example} to this step, or set it once in [defaults]")
            };
            self.diagnostics.push(
                Diagnostic::error(header.clone(), format!("step {number} has no {name}"))
                    .with_help(help),
            );
        }

        let duration = |name: &str, default: u64| match get(name) {
            Some(Read {
                value: Value::Duration(d),
                ..
            }) => *d,
            _ => Duration::from_secs(default),
        };
        let span_of = |name: &str| get(name).map_or_else(|| header.clone(), |r| r.span.clone());
        let region = text(get("region"))?;
        let step = Step {
            region_id: crate::body::Region::recognise(&region).map(|r| r.id),
            region,
            tool: Tool::new(text(get("tool"))?),
            hold: match get("hold") {
                Some(Read {
                    value: Value::Duration(d),
                    ..
                }) => *d,
                _ => return None,
            },
            rest: duration("rest", 15),
            prepare: duration("prepare", 5),
            prepare_set: get("prepare").is_some(),
            reps: match get("reps") {
                Some(Read {
                    value: Value::Integer(n),
                    ..
                }) => u8::try_from(*n).unwrap_or(1),
                _ => 1,
            },
            // The words were checked against the same tables; an absent key is the default.
            sides: match get("side") {
                Some(Read {
                    value: Value::Word(word),
                    ..
                }) => Sides::from_word(word)?,
                _ => Sides::None,
            },
            release: match get("release") {
                Some(Read {
                    value: Value::Word(word),
                    ..
                }) => Release::from_word(word)?,
                _ => Release::Timed,
            },
            cue: text(get("cue")),
            say: text(get("say")),
        };
        let spans = StepSpans {
            region: span_of("region"),
            tool: span_of("tool"),
            hold: span_of("hold"),
        };
        Some((step, spans))
    }

    /// Checks every key of `table` against `allowed`, reporting unknown keys and bad values.
    fn table(&mut self, table: &DeTable<'_>, allowed: &'static [Field], place: Place) -> Reads {
        let mut reads = Reads::new();
        for (key, value) in table {
            let name: &str = key.get_ref();
            let Some(field) = fields::find(allowed, name) else {
                self.diagnostics.push(unknown_key(name, key.span(), place));
                continue;
            };
            if place == Place::Defaults && !fields::defaultable(field) {
                self.diagnostics.push(
                    Diagnostic::error(key.span(), format!("{name} cannot have a default"))
                        .with_help(format!("set {name} on each [[step]] instead")),
                );
                continue;
            }
            if matches!(field.kind, fields::Kind::Defaults | fields::Kind::Steps) {
                continue;
            }
            let read = match value::check(field, value, self.source) {
                Ok(value_read) => Some(Read {
                    value: value_read,
                    span: value.span(),
                }),
                Err(diagnostic) => {
                    self.diagnostics.push(diagnostic);
                    None
                }
            };
            reads.insert(field.name, read);
        }
        reads
    }
}

fn entry<'a, 'i>(table: &'a DeTable<'i>, name: &str) -> Option<&'a Spanned<DeValue<'i>>> {
    table
        .iter()
        .find(|(key, _)| key.get_ref() == name)
        .map(|(_, value)| value)
}

fn found<'r>(reads: &'r Reads, name: &str) -> Option<&'r Read> {
    reads.get(name).and_then(Option::as_ref)
}

fn text(read: Option<&Read>) -> Option<String> {
    match read {
        Some(Read {
            value: Value::Text(s),
            ..
        }) => Some(s.clone()),
        _ => None,
    }
}

/// An unknown key, with the likeliest intended key or the right place for it.
fn unknown_key(name: &str, span: Range<usize>, place: Place) -> Diagnostic {
    let (here, elsewhere, table) = match place {
        Place::Routine => (fields::ROUTINE, fields::STEP, "the routine"),
        Place::Defaults => (fields::STEP, fields::ROUTINE, "[defaults]"),
        Place::Step => (fields::STEP, fields::ROUTINE, "a step"),
    };
    let diagnostic = Diagnostic::error(span, format!("unknown key {name:?} in {table}"));
    let names = || {
        here.iter()
            .filter(|f| place != Place::Defaults || fields::defaultable(f))
            .map(|f| f.name)
    };
    if let Some(guess) = closest(name, names()) {
        return diagnostic.with_help(format!("did you mean {guess:?}?"));
    }
    if fields::find(elsewhere, name).is_some() {
        let fix = match place {
            Place::Routine => {
                format!("{name} is a step field: put it under a [[step]] or in [defaults]")
            }
            Place::Defaults | Place::Step => {
                format!("{name} applies to the whole routine: move it above the first table")
            }
        };
        return diagnostic.with_help(fix);
    }
    let list: Vec<&str> = names().collect();
    diagnostic.with_help(format!("the keys allowed here are {}", list.join(", ")))
}

/// A TOML syntax error, reworded where the parser's text is terse.
fn syntax(source: &str, error: &toml::de::Error) -> Diagnostic {
    let span = error.span().unwrap_or(0..0);
    let message = error.message().trim_end_matches('.');
    if message == "duplicate key" {
        let key = source.get(span.clone()).unwrap_or("").trim();
        return Diagnostic::error(span, format!("{key} is set twice"))
            .with_help("each key may appear once per table; remove one of them");
    }
    let diagnostic = Diagnostic::error(span, format!("invalid TOML: {message}"));
    let help = if message.starts_with("string values must be quoted") {
        "put text in double quotes, like region = \"calf\""
    } else if message.starts_with("invalid basic string") {
        "close the text with \" on the same line, or use \"\"\" quotes for text over several lines"
    } else if message.starts_with("unclosed array table") {
        "a step header is written [[step]], with two brackets on each side"
    } else {
        return diagnostic;
    };
    diagnostic.with_help(help)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::SourceFile;

    /// The first line of each diagnostic, as `line:col: severity: message`.
    fn problems(text: &str) -> Vec<String> {
        let file = SourceFile::new("t", text);
        parse(text)
            .diagnostics
            .iter()
            .map(|d| {
                let first = file
                    .render(d, false)
                    .lines()
                    .next()
                    .unwrap_or_default()
                    .to_owned();
                first.trim_start_matches("t:").to_owned()
            })
            .collect()
    }

    const MINIMAL: &str =
        "name = \"n\"\n[[step]]\nregion = \"calf\"\ntool = \"ball\"\nhold = \"60s\"\n";

    #[test]
    fn minimal_routine_gets_the_documented_defaults() {
        let parsed = parse(MINIMAL);
        assert_eq!(parsed.diagnostics, vec![]);
        let routine = parsed.routine.expect("valid");
        let step = &routine.steps[0];
        assert_eq!(step.rest, Duration::from_secs(15));
        assert_eq!(step.prepare, Duration::from_secs(5));
        assert_eq!(
            (step.reps, step.sides, step.release),
            (1, Sides::None, Release::Timed)
        );
        assert_eq!(routine.stop_above, 8);
        assert!(!routine.auto_advance);
    }

    #[test]
    fn defaults_fill_in_what_steps_omit_and_steps_win() {
        let text = "name = \"n\"\n[defaults]\ntool = \"foam roller\"\nhold = 45\nside = \"both\"\n\
                    [[step]]\nregion = \"calf\"\n[[step]]\nregion = \"quad\"\nhold = \"1m\"\nside = \"left\"\n";
        let routine = parse(text).routine.expect("valid");
        assert_eq!(routine.steps[0].tool.name, "foam roller");
        assert_eq!(routine.steps[0].hold, Duration::from_secs(45));
        assert_eq!(routine.steps[0].sides, Sides::Both);
        assert_eq!(routine.steps[1].hold, Duration::from_mins(1));
        assert_eq!(routine.steps[1].sides, Sides::Left);
    }

    #[test]
    fn every_problem_is_reported_in_one_run() {
        let text = "name = \"n\"\nstop_above = 11\n[[step]]\nregion = \"calf\"\ntool = \"ball\"\nhold = \"0s\"\n\
                    [[step]]\nregoin = \"quad\"\ntool = \"ball\"\nhold = \"90 sec\"\nreps = 0\n";
        assert_eq!(
            problems(text),
            vec![
                "2:14: error: stop_above must be between 1 and 10, found 11",
                "6:8: error: hold must be between 1s and 60m, found \"0s\"",
                "7:1: error: step 2 has no region",
                "8:1: error: unknown key \"regoin\" in a step",
                "10:8: error: hold must be a duration like \"90s\" or \"1m30s\", found \"90 sec\"",
                "11:8: error: reps must be between 1 and 20, found 0",
            ]
        );
        assert!(parse(text).routine.is_none());
    }

    #[test]
    fn a_bad_value_is_not_also_reported_as_missing() {
        let text = "name = \"n\"\n[[step]]\nregion = \"calf\"\ntool = 3\nhold = \"60s\"\n";
        assert_eq!(
            problems(text),
            vec!["4:8: error: tool must be text in quotes, found a number"]
        );
    }

    #[test]
    fn missing_name_and_steps_point_at_the_start() {
        assert_eq!(
            problems("description = \"d\"\n"),
            vec![
                "1:1: error: the routine has no name",
                "1:1: error: the routine has no steps"
            ]
        );
    }

    #[test]
    fn keys_in_the_wrong_table_say_where_they_belong() {
        let text = "name = \"n\"\nhold = 3\n[defaults]\nregion = \"x\"\n[[step]]\nregion = \"calf\"\ntool = \"ball\"\nhold = 60\nauthor = \"me\"\n";
        let parsed = parse(text);
        let helps: Vec<_> = parsed
            .diagnostics
            .iter()
            .filter_map(|d| d.help.clone())
            .collect();
        assert_eq!(
            helps,
            vec![
                "hold is a step field: put it under a [[step]] or in [defaults]",
                "set region on each [[step]] instead",
                "author applies to the whole routine: move it above the first table",
            ]
        );
    }

    #[test]
    fn single_bracket_step_is_explained() {
        let text = "name = \"n\"\n[step]\nregion = \"calf\"\n";
        assert_eq!(
            problems(text),
            vec!["2:1: error: step must be a list of tables, found a table"]
        );
    }

    #[test]
    fn syntax_errors_and_duplicates_are_located() {
        assert_eq!(
            problems("name = \"a\"\nname = \"b\"\n"),
            vec!["2:1: error: name is set twice"]
        );
        assert_eq!(
            problems("name = \n"),
            vec!["1:8: error: invalid TOML: string values must be quoted, expected literal string"]
        );
    }

    #[test]
    fn too_many_steps_is_an_error_at_the_first_extra_step() {
        let mut text = String::from("name = \"n\"\n[defaults]\ntool = \"ball\"\nhold = 30\n");
        for _ in 0..501 {
            text.push_str("[[step]]\nregion = \"calf\"\n");
        }
        let found = problems(&text);
        assert_eq!(
            found,
            vec![format!(
                "{}:1: error: a routine can have at most 500 steps, found 501",
                5 + 500 * 2
            )]
        );
    }
}
