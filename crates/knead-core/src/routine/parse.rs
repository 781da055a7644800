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

use super::advice::{self, StepSpans};
use super::duration;
use super::fields::{self, Field};
use super::names;
use super::prescription::{Change, Phase, Prescription};
use super::value::{self, Value, closest, describe};
use super::{DEFAULT_STOP_ABOVE, Release, Routine, Sides, Step, Tool};
use crate::diagnostic::Diagnostic;
use crate::t;

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
    // Steps sharing a value from [defaults] would each report it at the same place: once is
    // enough (the sort is stable, so equal ones are neighbours).
    diagnostics.dedup();
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

/// Which table a key sits in, for messages about keys in the wrong place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    Routine,
    Defaults,
    Step,
    Prescription,
    Phase,
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
                Diagnostic::error(0..0, t!("check-no-name")).with_help(t!("check-no-name-help")),
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
        let mut step_spans = Vec::new();
        let tables = self.step_tables(top);
        let step_count = tables.len();
        for (index, (table, header)) in tables.into_iter().enumerate() {
            if let Some((step, spans)) = self.step(index + 1, table, header, &defaults) {
                self.diagnostics
                    .extend(advice::step(&step, &spans, &safety));
                steps.push(step);
                step_spans.push(spans);
            }
        }
        let prescription = entry(top, "prescription")
            .and_then(|value| self.prescription(value, step_count))
            .inspect(|(_, holds)| {
                // Unreadable steps were reported already; advice needs every step.
                if steps.len() == step_count {
                    self.phase_advice(&steps, &step_spans, holds, &safety);
                }
            })
            .map(|(prescription, _)| prescription);
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
            session_rating: matches!(
                found(&reads, "session_rating"),
                Some(Read {
                    value: Value::Bool(true),
                    ..
                })
            ),
            language: match found(&reads, "language") {
                Some(Read {
                    value: Value::Word(code),
                    ..
                }) => crate::lang::Language::negotiate(code),
                _ => None,
            },
            per_week: match found(&reads, "per_week") {
                Some(Read {
                    value: Value::Integer(n),
                    ..
                }) => u8::try_from(*n).ok(),
                _ => None,
            }
            .filter(|_| prescription.as_ref().is_none_or(|p| p.per_week.is_none()))
            .or(prescription.as_ref().and_then(|p| p.per_week)),
            steps,
            prescription,
        })
        .inspect(|routine| {
            // A file with errors is not a session yet: its length would be one more line.
            if let Some(at) = step_spans.first()
                && !self.diagnostics.iter().any(Diagnostic::is_error)
            {
                self.diagnostics.extend(length(routine, at.hold.clone()));
            }
        })
    }

    /// The `[prescription]` table, and where each phase's hold was written (for the clinical
    /// warnings on its values); `None` when it has errors, reported on the way.
    fn prescription(
        &mut self,
        value: &Spanned<DeValue<'_>>,
        step_count: usize,
    ) -> Option<(Prescription, Vec<PhaseHolds>)> {
        let DeValue::Table(table) = value.get_ref() else {
            self.diagnostics.push(
                Diagnostic::error(
                    value.span(),
                    t!(
                        "check-prescription-not-table",
                        found = describe(value.get_ref())
                    ),
                )
                .with_help(t!("check-prescription-not-table-help")),
            );
            return None;
        };
        let errors_before = self.error_count();
        let reads = self.table(table, fields::PRESCRIPTION, Place::Prescription);
        let header = header_span(self.source, value.span(), "[prescription]");
        for (name, example) in [("start", "2026-11-02"), ("weeks", "6")] {
            if !reads.contains_key(name) {
                self.diagnostics.push(
                    Diagnostic::error(header.clone(), t!("check-prescription-lacks", key = name))
                        .with_help(t!(
                            "check-prescription-lacks-help",
                            key = name,
                            example = example
                        )),
                );
            }
        }
        let weeks = match found(&reads, "weeks") {
            Some(Read {
                value: Value::Integer(n),
                ..
            }) => u8::try_from(*n).ok(),
            _ => None,
        };
        let (phases, holds) = match entry(table, "phase") {
            Some(value) => self.phases(value, weeks.unwrap_or(u8::MAX), step_count),
            None => (Vec::new(), Vec::new()),
        };
        let start = match found(&reads, "start") {
            Some(Read {
                value: Value::Date(date),
                ..
            }) => *date,
            _ => return None,
        };
        let mut phases = phases;
        if phases.first().is_none_or(|p| p.from_week > 1) {
            phases.insert(
                0,
                Phase {
                    from_week: 1,
                    changes: Vec::new(),
                },
            );
        }
        let prescription = Prescription {
            client: text(found(&reads, "client")),
            by: text(found(&reads, "by")),
            start,
            weeks: weeks?,
            per_week: match found(&reads, "per_week") {
                Some(Read {
                    value: Value::Integer(n),
                    ..
                }) => u8::try_from(*n).ok(),
                _ => None,
            },
            stop_if: match found(&reads, "stop_if") {
                Some(Read {
                    value: Value::Lines(lines),
                    ..
                }) => lines.clone(),
                _ => Vec::new(),
            },
            activities: match found(&reads, "activities") {
                Some(Read {
                    value: Value::Lines(lines),
                    ..
                }) => lines.clone(),
                _ => Vec::new(),
            },
            pgic: matches!(
                found(&reads, "pgic"),
                Some(Read {
                    value: Value::Bool(true),
                    ..
                })
            ),
            phases,
        };
        (self.error_count() == errors_before).then_some((prescription, holds))
    }

    /// The `[[prescription.phase]]` tables, entries with the same `from_week` forming one
    /// phase.
    fn phases(
        &mut self,
        value: &Spanned<DeValue<'_>>,
        weeks: u8,
        step_count: usize,
    ) -> (Vec<Phase>, Vec<PhaseHolds>) {
        let DeValue::Array(array) = value.get_ref() else {
            self.diagnostics.push(
                Diagnostic::error(
                    value.span(),
                    t!("check-phase-not-list", found = describe(value.get_ref())),
                )
                .with_help(t!("check-phase-header-help")),
            );
            return (Vec::new(), Vec::new());
        };
        let mut phases: Vec<Phase> = Vec::new();
        let mut holds = Vec::new();
        let mut last_week = 1;
        for element in array {
            let DeValue::Table(table) = element.get_ref() else {
                self.diagnostics.push(
                    Diagnostic::error(
                        element.span(),
                        t!("check-phase-not-table", found = describe(element.get_ref())),
                    )
                    .with_help(t!("check-phase-header-help")),
                );
                continue;
            };
            let header = header_span(self.source, element.span(), "[[prescription.phase]]");
            let reads = self.table(table, fields::PHASE, Place::Phase);
            let Some(entry) = self.phase(&reads, header.clone(), (weeks, last_week), step_count)
            else {
                continue;
            };
            last_week = last_week.max(entry.from_week);
            let (from_week, change) = (entry.from_week, entry.change.clone());
            holds.push(entry);
            match phases.last_mut() {
                Some(phase) if phase.from_week == from_week => {
                    for earlier in &phase.changes {
                        if let Some((key, step)) = earlier.clash(&change, step_count) {
                            self.diagnostics.push(
                                Diagnostic::error(
                                    header.clone(),
                                    t!(
                                        "check-phase-clash",
                                        week = from_week,
                                        key = key,
                                        step = step + 1
                                    ),
                                )
                                .with_help(t!("check-phase-clash-help")),
                            );
                        }
                    }
                    phase.changes.push(change);
                }
                _ => phases.push(Phase {
                    from_week,
                    changes: vec![change],
                }),
            }
        }
        (phases, holds)
    }

    /// One `[[prescription.phase]]` entry, checked against the weeks, the phase above it
    /// (`last_week`) and the step count.
    fn phase(
        &mut self,
        reads: &Reads,
        header: Range<usize>,
        (weeks, last_week): (u8, u8),
        step_count: usize,
    ) -> Option<PhaseHolds> {
        let Some((from_week, week_span)) = (match found(reads, "from_week") {
            Some(Read {
                value: Value::Integer(n),
                span,
            }) => u8::try_from(*n).ok().map(|w| (w, span.clone())),
            _ => None,
        }) else {
            if !reads.contains_key("from_week") {
                self.diagnostics.push(
                    Diagnostic::error(header, t!("check-phase-no-week"))
                        .with_help(t!("check-phase-no-week-help")),
                );
            }
            return None;
        };
        if from_week > weeks {
            self.diagnostics.push(
                Diagnostic::error(
                    week_span.clone(),
                    t!("check-phase-after-end", week = from_week, weeks = weeks),
                )
                .with_help(t!("check-phase-after-end-help", weeks = weeks)),
            );
        } else if from_week < last_week {
            self.diagnostics.push(
                Diagnostic::error(
                    week_span.clone(),
                    t!(
                        "check-phase-out-of-order",
                        week = from_week,
                        above = last_week
                    ),
                )
                .with_help(t!("check-phase-out-of-order-help")),
            );
        }
        let duration = |name: &str| match found(reads, name) {
            Some(Read {
                value: Value::Duration(d),
                ..
            }) => Some(*d),
            _ => None,
        };
        let steps = match found(reads, "steps") {
            Some(Read {
                value: Value::Numbers(numbers),
                span,
            }) => {
                if numbers.is_empty() {
                    self.diagnostics.push(
                        Diagnostic::error(span.clone(), t!("check-steps-empty"))
                            .with_help(t!("check-steps-empty-help")),
                    );
                }
                Some(self.step_numbers(numbers, step_count))
            }
            _ => None,
        };
        let change = Change {
            hold: duration("hold"),
            rest: duration("rest"),
            prepare: duration("prepare"),
            reps: match found(reads, "reps") {
                Some(Read {
                    value: Value::Integer(n),
                    ..
                }) => u8::try_from(*n).ok(),
                _ => None,
            },
            steps,
        };
        let sets = ["hold", "rest", "prepare", "reps"];
        if !sets.iter().any(|name| reads.contains_key(name)) {
            self.diagnostics.push(
                Diagnostic::error(header, t!("check-phase-changes-nothing", week = from_week))
                    .with_help(t!("check-phase-changes-nothing-help")),
            );
        }
        Some(PhaseHolds {
            from_week,
            hold: found(reads, "hold").map(|r| r.span.clone()),
            change,
        })
    }

    /// Step numbers (from 1) as indexes (from 0), reporting any past the last step.
    fn step_numbers(&mut self, numbers: &[(usize, Range<usize>)], step_count: usize) -> Vec<usize> {
        let mut indexes = Vec::with_capacity(numbers.len());
        for (number, span) in numbers {
            if *number > step_count {
                self.diagnostics.push(
                    Diagnostic::error(
                        span.clone(),
                        t!("check-no-such-step", number = *number, count = step_count),
                    )
                    .with_help(t!("check-no-such-step-help")),
                );
            } else if indexes.contains(&(number - 1)) {
                self.diagnostics.push(
                    Diagnostic::error(span.clone(), t!("check-step-twice", number = *number))
                        .with_help(t!("check-step-twice-help")),
                );
            } else {
                indexes.push(number - 1);
            }
        }
        indexes
    }

    /// The clinical warnings on every hold a phase sets, pointing at where it set it.
    fn phase_advice(
        &mut self,
        steps: &[Step],
        spans: &[StepSpans],
        holds: &[PhaseHolds],
        safety: &[String],
    ) {
        for phase in holds {
            let Some(hold_span) = &phase.hold else {
                continue;
            };
            for (index, (step, at)) in steps.iter().zip(spans).enumerate() {
                if phase
                    .change
                    .steps
                    .as_ref()
                    .is_some_and(|s| !s.contains(&index))
                {
                    continue;
                }
                let resolved = Step {
                    hold: phase.change.hold.unwrap_or(step.hold),
                    ..step.clone()
                };
                let at = StepSpans {
                    hold: hold_span.clone(),
                    ..at.clone()
                };
                for mut warning in advice::step(&resolved, &at, safety) {
                    if warning.span.as_ref() == Some(hold_span) {
                        warning.message = t!(
                            "check-from-week",
                            week = phase.from_week,
                            message = warning.message.as_str()
                        );
                    }
                    if !self.diagnostics.contains(&warning) {
                        self.diagnostics.push(warning);
                    }
                }
            }
        }
    }

    fn error_count(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }

    /// The `[[step]]` tables with their header spans, after checking their number and shape.
    #[expect(
        clippy::wildcard_enum_match_arm,
        reason = "toml's own value type: only some kinds mean something here"
    )]
    fn step_tables<'a, 'i>(
        &mut self,
        top: &'a DeTable<'i>,
    ) -> Vec<(&'a DeTable<'i>, Range<usize>)> {
        let no_steps =
            Diagnostic::error(0..0, t!("check-no-steps")).with_help(t!("check-no-steps-help"));
        let Some(value) = entry(top, "step") else {
            self.diagnostics.push(no_steps);
            return Vec::new();
        };
        let DeValue::Array(array) = value.get_ref() else {
            self.diagnostics.push(
                Diagnostic::error(
                    value.span(),
                    t!("check-step-not-list", found = describe(value.get_ref())),
                )
                .with_help(t!("check-step-not-list-help")),
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
                    t!(
                        "check-too-many-steps",
                        most = fields::MAX_STEPS,
                        found = array.len()
                    ),
                )
                .with_help(t!("check-too-many-steps-help")),
            );
        }
        let mut tables = Vec::with_capacity(array.len());
        for element in array {
            match element.get_ref() {
                DeValue::Table(table) => tables.push((table, element.span())),
                other => self.diagnostics.push(
                    Diagnostic::error(
                        element.span(),
                        t!("check-step-not-table", found = describe(other)),
                    )
                    .with_help(t!("check-step-not-table-help")),
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
                t!(
                    "check-defaults-not-table",
                    found = describe(value.get_ref())
                ),
            )
            .with_help(t!("check-defaults-not-table-help")),
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
                t!("check-step-lacks-help", key = name, example = example)
            } else {
                t!(
                    "check-step-lacks-default-help",
                    key = name,
                    example = example
                )
            };
            self.diagnostics.push(
                Diagnostic::error(
                    header.clone(),
                    t!("check-step-lacks", number = number, key = name),
                )
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
        // Told even when another key of this step is wrong: a slip in a region's name is
        // worth knowing with the rest, not after the errors are fixed.
        let (region, tool) = (text(get("region")), text(get("tool")));
        if let Some(region) = &region {
            self.diagnostics
                .extend(names::region(region, span_of("region")));
        }
        if let Some(tool) = &tool {
            self.diagnostics.extend(names::tool(tool, span_of("tool")));
        }
        let region = region?;
        let step = Step {
            region_id: crate::body::Region::recognise(&region).map(|r| r.id),
            region,
            tool: Tool::new(tool?),
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
                    Diagnostic::error(key.span(), t!("check-no-default", key = name))
                        .with_help(t!("check-no-default-help", key = name)),
                );
                continue;
            }
            if matches!(
                field.kind,
                fields::Kind::Defaults
                    | fields::Kind::Steps
                    | fields::Kind::Prescription
                    | fields::Kind::Phases
            ) {
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

/// One `[[prescription.phase]]` entry as written: its change, and where it set the hold.
#[derive(Debug, Clone)]
struct PhaseHolds {
    from_week: u8,
    hold: Option<Range<usize>>,
    change: Change,
}

/// Where a table's header is written: the last `header` that starts at or before the
/// table's span (which may begin at its header or at its first key); the table's own span if
/// there is none.
fn header_span(source: &str, table: Range<usize>, header: &str) -> Range<usize> {
    source
        .get(..(table.start + header.len()).min(source.len()))
        .and_then(|before| before.rfind(header))
        .map_or(table, |at| at..at + header.len())
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

/// Longest session without a warning: a long break, or a whole post-training session.
const LONG_SESSION: Duration = Duration::from_hours(2);
/// Longest session knead runs: past a day it is a mistake (500 steps of 20 reps a side).
const LONGEST_SESSION: Duration = Duration::from_hours(24);

/// An error for a routine (as written or in its longest phase) over a day, a warning over
/// two hours.
fn length(routine: &Routine, at: Range<usize>) -> Option<Diagnostic> {
    let phases = routine.prescription.as_ref().map_or(0, |p| p.phases.len());
    let (phase, longest) = (1..=phases)
        .map(|n| (Some(n), routine.in_phase(n).total_time()))
        .chain([(None, routine.total_time())])
        .max_by_key(|(_, time)| *time)?;
    let took = duration::format(longest);
    let takes = match phase {
        Some(n) => t!(
            "check-session-takes-in-phase",
            took = took.as_str(),
            phase = n
        ),
        None => t!("check-session-takes", took = took.as_str()),
    };
    if longest > LONGEST_SESSION {
        Some(
            Diagnostic::error(at, t!("check-session-over-a-day", takes = takes))
                .with_help(t!("check-session-over-a-day-help")),
        )
    } else if longest > LONG_SESSION {
        Some(Diagnostic::warning(at, takes).with_help(t!("check-session-long-help")))
    } else {
        None
    }
}

/// Words people write for a key that spelling alone would not lead to: "repetitions" is
/// nearer "region" than "reps" letter by letter.
const OTHER_WORDS: &[(&str, &str)] = &[
    ("repetitions", "reps"),
    ("repetition", "reps"),
    ("repeats", "reps"),
    ("rounds", "reps"),
    ("sets", "reps"),
    ("duration", "hold"),
    ("hold_time", "hold"),
    ("time", "hold"),
    ("rest_time", "rest"),
    ("pause", "rest"),
    ("muscle", "region"),
    ("area", "region"),
    ("instructions", "cue"),
    ("title", "name"),
];

/// An unknown key, with the likeliest intended key or the right place for it.
fn unknown_key(name: &str, span: Range<usize>, place: Place) -> Diagnostic {
    let (here, elsewhere, table) = match place {
        Place::Routine => (fields::ROUTINE, fields::STEP, t!("check-in-routine")),
        Place::Defaults => (fields::STEP, fields::ROUTINE, "[defaults]".to_owned()),
        Place::Step => (fields::STEP, fields::ROUTINE, t!("check-in-step")),
        Place::Prescription => (
            fields::PRESCRIPTION,
            fields::ROUTINE,
            "[prescription]".to_owned(),
        ),
        Place::Phase => (fields::PHASE, fields::STEP, t!("check-in-phase")),
    };
    let diagnostic = Diagnostic::error(
        span,
        t!(
            "check-unknown-key",
            key = format!("{name:?}"),
            table = table
        ),
    );
    let names = || {
        here.iter()
            .filter(|f| place != Place::Defaults || fields::defaultable(f))
            .map(|f| f.name)
    };
    let meant = OTHER_WORDS
        .iter()
        .find(|(said, _)| name.eq_ignore_ascii_case(said))
        .map(|(_, key)| *key)
        .filter(|key| names().any(|n| n == *key));
    if let Some(guess) = meant.or_else(|| closest(name, names())) {
        return diagnostic.with_help(t!("check-did-you-mean", key = format!("{guess:?}")));
    }
    if place == Place::Routine && fields::find(fields::PRESCRIPTION, name).is_some() {
        let fix = if name == "phase" {
            t!("check-phase-in-prescription")
        } else {
            t!("check-key-in-prescription", key = name)
        };
        return diagnostic.with_help(fix);
    }
    if fields::find(elsewhere, name).is_some() {
        let fix = match place {
            Place::Routine => t!("check-key-in-step", key = name),
            Place::Defaults | Place::Step | Place::Prescription => {
                t!("check-key-in-routine", key = name)
            }
            Place::Phase => t!("check-key-not-in-phase", key = name),
        };
        return diagnostic.with_help(fix);
    }
    let list: Vec<&str> = names().collect();
    diagnostic.with_help(t!("check-keys-allowed", keys = list.join(", ")))
}

/// A TOML syntax error, reworded where the parser's text is terse.
fn syntax(source: &str, error: &toml::de::Error) -> Diagnostic {
    let span = error.span().unwrap_or(0..0);
    let message = error.message().trim_end_matches('.');
    if message == "duplicate key" {
        let key = source.get(span.clone()).unwrap_or("").trim();
        return Diagnostic::error(span, t!("check-set-twice", key = key))
            .with_help(t!("check-set-twice-help"));
    }
    let diagnostic = Diagnostic::error(span, t!("check-invalid-toml", message = message));
    let help = if message.starts_with("string values must be quoted") {
        t!("check-unquoted-help")
    } else if message.starts_with("invalid basic string") {
        t!("check-unclosed-string-help")
    } else if message.starts_with("unclosed array table") {
        t!("check-unclosed-table-help")
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

    /// `steps` steps of 20 reps a side, 5 + 90 + 30 s each: 5,000 s a step.
    fn long(steps: usize, prescription: &str) -> String {
        let step = "[[step]]\nregion = \"calf\"\ntool = \"ball\"\nhold = \"90s\"\nrest = \"30s\"\n\
                    reps = 20\nside = \"both\"\n";
        format!("name = \"n\"\n{}{prescription}", step.repeat(steps))
    }

    #[test]
    fn a_session_over_a_day_is_refused_and_one_over_two_hours_warned() {
        // 20 steps: 27.8 hours, a mistake, not a session.
        let day = problems(&long(20, ""));
        assert!(
            day.iter()
                .any(|p| p.contains("error: a session takes 27h46m10s: more than a day")),
            "{day:?}"
        );
        assert!(parse(&long(20, "")).routine.is_none());
        // 2 steps: 2.8 hours, valid with a warning.
        let parsed = parse(&long(2, ""));
        assert!(parsed.routine.is_some());
        let hours = problems(&long(2, ""));
        assert_eq!(
            hours
                .iter()
                .filter(|p| p.contains("a session takes"))
                .count(),
            1,
            "{hours:?}"
        );
        assert!(
            problems(&long(1, ""))
                .iter()
                .all(|p| !p.contains("a session takes"))
        );
        // One step (1.4 hours) whose phase 2 holds 3 minutes: 2.4 hours then.
        let phased = problems(&long(
            1,
            "[prescription]\nstart = 2026-11-02\nweeks = 4\n\
             [[prescription.phase]]\nfrom_week = 3\nhold = \"3m\"\n",
        ));
        assert!(
            phased
                .iter()
                .any(|p| p.contains("warning: a session takes 2h22m50s in phase 2")),
            "{phased:?}"
        );
    }

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
    fn a_warning_about_a_shared_default_is_said_once() {
        let text = "name = \"n\"\n[defaults]\ntool = \"ball\"\nhold = \"5s\"\n\
                    [[step]]\nregion = \"calf\"\n[[step]]\nregion = \"quad\"\n[[step]]\nregion = \"neck\"\n";
        assert_eq!(
            problems(text),
            vec!["4:8: warning: a 5s compression hold is very short"]
        );
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

    #[test]
    fn a_week_that_sets_a_key_twice_for_a_step_or_names_no_step_is_an_error() {
        let base = "name = \"n\"\n[defaults]\ntool = \"ball\"\nhold = \"45s\"\n\
            [[step]]\nregion = \"calf\"\n[[step]]\nregion = \"quad\"\n\
            [prescription]\nstart = 2026-11-02\nweeks = 6\n";
        // Both entries of week 3 set the hold of step 2: which one holds?
        let twice = format!(
            "{base}[[prescription.phase]]\nfrom_week = 3\nhold = \"60s\"\n\
             [[prescription.phase]]\nfrom_week = 3\nhold = \"75s\"\nsteps = [2]\n"
        );
        assert_eq!(
            problems(&twice),
            vec!["15:1: error: this entry and one above it, both from week 3, set hold for step 2"]
        );
        // Different keys, or different steps, are one phase's parts.
        let parts = format!(
            "{base}[[prescription.phase]]\nfrom_week = 3\nhold = \"60s\"\nsteps = [1]\n\
             [[prescription.phase]]\nfrom_week = 3\nhold = \"75s\"\nsteps = [2]\n\
             [[prescription.phase]]\nfrom_week = 3\nreps = 2\n"
        );
        assert_eq!(problems(&parts), Vec::<String>::new());
        let none =
            format!("{base}[[prescription.phase]]\nfrom_week = 3\nhold = \"60s\"\nsteps = []\n");
        assert_eq!(
            problems(&none),
            vec!["15:9: error: steps = [] names no step"]
        );
    }

    const PRESCRIBED: &str = "name = \"n\"\nper_week = 2\n[defaults]\ntool = \"ball\"\nhold = \"45s\"\n\
        [[step]]\nregion = \"calf\"\n[[step]]\nregion = \"quad\"\n\
        [prescription]\nclient = \"maria\"\nby = \"J. Ortiz, PT\"\nstart = 2026-11-02\nweeks = 6\n\
        per_week = 4\nstop_if = [\"numbness or tingling\"]\n\
        [[prescription.phase]]\nfrom_week = 3\nhold = \"60s\"\n\
        [[prescription.phase]]\nfrom_week = 3\nreps = 2\nsteps = [2]\n\
        [[prescription.phase]]\nfrom_week = 5\nhold = \"90s\"\nsteps = [1]\n";

    #[test]
    fn a_prescription_reads_into_phases_from_week_1() {
        let parsed = parse(PRESCRIBED);
        assert_eq!(parsed.diagnostics, vec![]);
        let routine = parsed.routine.expect("valid");
        assert_eq!(
            routine.per_week,
            Some(4),
            "the prescription's per_week wins"
        );
        let p = routine.prescription.as_ref().expect("prescription");
        assert_eq!((p.client.as_deref(), p.weeks), (Some("maria"), 6));
        assert_eq!(p.start, jiff::civil::date(2026, 11, 2));
        assert_eq!(p.stop_if, vec!["numbness or tingling"]);
        let starts: Vec<(u8, usize)> = p
            .phases
            .iter()
            .map(|f| (f.from_week, f.changes.len()))
            .collect();
        assert_eq!(starts, vec![(1, 0), (3, 2), (5, 1)]);
        let holds = |n| {
            routine
                .in_phase(n)
                .steps
                .iter()
                .map(|s| (s.hold.as_secs(), s.reps))
                .collect::<Vec<_>>()
        };
        assert_eq!(holds(1), vec![(45, 1), (45, 1)]);
        assert_eq!(holds(2), vec![(60, 1), (60, 2)]);
        assert_eq!(holds(3), vec![(90, 1), (45, 1)]);
    }

    #[test]
    fn prescription_mistakes_are_located_and_explained() {
        let text = "name = \"n\"\n[[step]]\nregion = \"calf\"\ntool = \"ball\"\nhold = 60\n\
                    [prescription]\nstart = \"2026-11-31\"\nweeks = 6\nwho = \"x\"\n\
                    [[prescription.phase]]\nfrom_week = 4\nhold = \"60s\"\n\
                    [[prescription.phase]]\nfrom_week = 2\nsteps = [1, 3]\nreps = 2\n\
                    [[prescription.phase]]\nfrom_week = 7\ntool = \"roller\"\n\
                    [[prescription.phase]]\nhold = 30\n";
        assert_eq!(
            problems(text),
            vec![
                // A date in quotes is taken, as an editor's schema takes it; not a day that
                // does not exist.
                "7:9: error: start must be a calendar day like 2026-11-02, found \"2026-11-31\"",
                "9:1: error: unknown key \"who\" in [prescription]",
                "14:13: error: this phase starts in week 2, before the phase above it (week 4)",
                "15:13: error: there is no step 3: the routine has 1 step",
                "17:1: error: the phase from week 7 changes nothing",
                "18:13: error: this phase starts in week 7, but the prescription runs 6 weeks",
                "19:1: error: unknown key \"tool\" in a phase",
                "20:1: error: this phase has no from_week",
            ]
        );
        let helps: Vec<_> = parse(text)
            .diagnostics
            .into_iter()
            .filter_map(|d| d.help)
            .collect();
        assert_eq!(helps[0], "write it as a date: start = 2026-11-02");
        assert!(helps[6].starts_with("a phase can change only hold, rest, prepare and reps"));
        assert!(parse(text).routine.is_none());
    }

    #[test]
    fn activities_are_at_most_five_short_lines_each_once() {
        let base = "name = \"n\"\n[[step]]\nregion = \"calf\"\ntool = \"ball\"\nhold = 60\n\
                    [prescription]\nstart = 2026-11-02\nweeks = 6\npgic = true\n";
        let good = format!(
            "{base}activities = [\"turning my head while driving\", \" reaching a shelf \"]\n"
        );
        let parsed = parse(&good);
        assert_eq!(parsed.diagnostics, vec![]);
        let p = parsed
            .routine
            .and_then(|r| r.prescription)
            .expect("prescribed");
        assert_eq!(
            p.activities,
            vec!["turning my head while driving", "reaching a shelf"]
        );
        assert!(p.pgic);
        assert_eq!(
            problems(&format!(
                "{base}activities = [\"a\", \"b\", \"c\", \"d\", \"e\", \"f\"]\n"
            )),
            vec!["10:40: error: activities lists 6 activities; the scale rates at most 5"]
        );
        assert_eq!(
            problems(&format!("{base}activities = [\"go\"]\n")),
            vec!["10:15: error: each of activities must be 3 to 80 characters, found 2"]
        );
        let long = "x".repeat(81);
        assert_eq!(
            problems(&format!("{base}activities = [\"{long}\"]\n")),
            vec!["10:15: error: each of activities must be 3 to 80 characters, found 81"]
        );
        assert_eq!(
            problems(&format!(
                "{base}activities = [\"Walking the dog\", \"walking the dog \"]\n"
            )),
            vec!["10:34: error: \"walking the dog\" is listed twice in activities"]
        );
        assert_eq!(
            problems(&format!("{base}activities = \"walking\"\n")),
            vec![
                "10:14: error: activities must be a list of activities, like [\"...\", \"...\"], \
                 found text"
            ]
        );
    }

    #[test]
    fn a_prescription_needs_a_real_start_day_and_its_length() {
        let base = "name = \"n\"\n[[step]]\nregion = \"calf\"\ntool = \"ball\"\nhold = 60\n";
        assert_eq!(
            problems(&format!("{base}[prescription]\nby = \"me\"\n")),
            vec![
                "6:1: error: the prescription has no start",
                "6:1: error: the prescription has no weeks",
            ]
        );
        assert_eq!(
            problems(&format!(
                "{base}[prescription]\nstart = 2026-11-02T10:00:00\nweeks = 53\n"
            )),
            vec![
                "7:9: error: start must be a calendar day like 2026-11-02, found 2026-11-02T10:00:00",
                "8:9: error: weeks must be between 1 and 52, found 53",
            ]
        );
        assert_eq!(
            problems(&format!(
                "{base}[prescription]\nstart = 2026-02-30\nweeks = 2\n"
            )),
            vec!["7:9: error: invalid TOML: invalid date, expected day between 01 and 28"],
            "TOML itself rejects a day that does not exist"
        );
        let top = parse(&format!("start = 2026-11-02\n{base}")).diagnostics;
        assert_eq!(top[0].message, "unknown key \"start\" in the routine");
        assert_eq!(
            top[0].help.as_deref(),
            Some("start belongs to the prescription: put it under [prescription]")
        );
        let help = parse(&format!("{base}[[phase]]\nfrom_week = 2\n")).diagnostics[0]
            .help
            .clone();
        assert_eq!(
            help.as_deref(),
            Some("a phase belongs to the prescription: write it under [[prescription.phase]]")
        );
    }

    #[test]
    fn every_phases_holds_get_the_clinical_warnings_where_the_phase_sets_them() {
        let text = "name = \"n\"\n[[step]]\nregion = \"calf\"\ntool = \"ball\"\nhold = 60\n\
                    [prescription]\nstart = 2026-11-02\nweeks = 6\n\
                    [[prescription.phase]]\nfrom_week = 3\nhold = \"3m\"\n";
        assert_eq!(
            problems(text),
            vec!["11:8: warning: from week 3, a 3m compression hold is long"]
        );
        assert!(parse(text).routine.is_some(), "a warning does not stop it");
    }
}
