//! `knead check`: validates routine files and reports every problem with its line and column.

use crate::cli::CheckFormat as Format;
use std::io::{self, Write};
use std::process::ExitCode;

use serde::Serialize;

use crate::catalog::{self, Checked};
use crate::diagnostic::Severity;
use knead_core::t;

/// Checks the named routines (all known ones when `args` is empty) and prints the results.
pub fn run(
    args: &[String],
    format: Format,
    out: &mut dyn Write,
    colour: bool,
) -> io::Result<ExitCode> {
    let checked = if args.is_empty() {
        all_known()
    } else {
        args.iter().map(|a| resolve(a)).collect()
    };
    match format {
        Format::Text => write_text(&checked, out, colour)?,
        Format::Json => write_json(&checked, out)?,
    }
    let failed = checked.iter().any(Checked::has_errors);
    Ok(if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

/// Every bundled routine and every file in the user's routines folder.
fn all_known() -> Vec<Checked> {
    let bundled = catalog::BUNDLED.iter().map(catalog::check_bundled);
    let user = catalog::user_files()
        .into_iter()
        .map(|p| catalog::check_user_file(&p));
    bundled.chain(user).collect()
}

/// A name or path; an unknown name becomes a file-level error so it is reported like the rest.
fn resolve(arg: &str) -> Checked {
    catalog::resolve(arg).unwrap_or_else(|message| {
        let mut checked = Checked::from_text(arg, arg, "");
        checked.parsed.diagnostics = vec![crate::diagnostic::Diagnostic::file_error(
            message.to_string(),
        )];
        checked
    })
}

fn write_text(checked: &[Checked], out: &mut dyn Write, colour: bool) -> io::Result<()> {
    for file in checked {
        for diagnostic in &file.parsed.diagnostics {
            write!(out, "{}", file.source.render(diagnostic, colour))?;
        }
        if let Some(routine) = &file.parsed.routine {
            let warnings = file.parsed.diagnostics.len();
            let valid = if warnings == 0 {
                t!("check-valid", summary = routine.summary())
            } else {
                t!(
                    "check-valid-with-warnings",
                    summary = routine.summary(),
                    warnings = warnings
                )
            };
            writeln!(out, "{}: {valid}", file.source.name())?;
            for line in routine.plan() {
                writeln!(out, "  {line}")?;
            }
        }
    }
    if checked.len() > 1 {
        let bad = checked.iter().filter(|c| c.has_errors()).count();
        let files = checked.len();
        writeln!(
            out,
            "{}",
            t!(
                "check-files",
                files = files,
                valid = files - bad,
                errors = bad
            )
        )?;
    }
    Ok(())
}

#[derive(Serialize)]
struct JsonReport<'a> {
    files: Vec<JsonFile<'a>>,
    diagnostics: Vec<JsonDiagnostic<'a>>,
}

#[derive(Serialize)]
struct JsonFile<'a> {
    file: &'a str,
    valid: bool,
    steps: Option<usize>,
    holds: Option<usize>,
    total_seconds: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    prescription: Option<JsonPrescription>,
}

/// The programme's weeks and each phase's resolved length, for tools that show the plan.
#[derive(Serialize)]
struct JsonPrescription {
    start: String,
    end: String,
    weeks: u8,
    per_week: Option<u8>,
    stop_if: Vec<String>,
    activities: Vec<String>,
    pgic: bool,
    phases: Vec<JsonPhase>,
}

#[derive(Serialize)]
struct JsonPhase {
    phase: usize,
    from_week: u8,
    to_week: u8,
    holds: usize,
    total_seconds: u64,
}

impl JsonPrescription {
    fn of(routine: &crate::routine::Routine) -> Option<Self> {
        let p = routine.prescription.as_ref()?;
        let phases = (1..=p.phases.len())
            .map(|number| {
                let weeks = p.weeks_of(number);
                let resolved = routine.in_phase(number);
                JsonPhase {
                    phase: number,
                    from_week: *weeks.start(),
                    to_week: *weeks.end(),
                    holds: resolved.hold_count(),
                    total_seconds: resolved.total_time().as_secs(),
                }
            })
            .collect();
        Some(Self {
            start: p.start.to_string(),
            end: p.end().to_string(),
            weeks: p.weeks,
            per_week: p.per_week,
            stop_if: p.stop_if.clone(),
            activities: p.activities.clone(),
            pgic: p.pgic,
            phases,
        })
    }
}

#[derive(Serialize)]
struct JsonDiagnostic<'a> {
    file: &'a str,
    severity: Severity,
    line: Option<usize>,
    column: Option<usize>,
    end_line: Option<usize>,
    end_column: Option<usize>,
    message: &'a str,
    help: Option<&'a str>,
}

fn write_json(checked: &[Checked], out: &mut dyn Write) -> io::Result<()> {
    let files = checked
        .iter()
        .map(|c| {
            let routine = c.parsed.routine.as_ref();
            JsonFile {
                file: c.source.name(),
                valid: routine.is_some(),
                steps: routine.map(|r| r.steps.len()),
                holds: routine.map(crate::routine::Routine::hold_count),
                total_seconds: routine.map(|r| r.total_time().as_secs()),
                prescription: routine.and_then(JsonPrescription::of),
            }
        })
        .collect();
    let diagnostics = checked
        .iter()
        .flat_map(|c| c.parsed.diagnostics.iter().map(move |d| (c, d)))
        .map(|(c, d)| {
            let start = d.span.as_ref().map(|s| c.source.position(s.start));
            let end = d.span.as_ref().map(|s| c.source.position(s.end));
            JsonDiagnostic {
                file: c.source.name(),
                severity: d.severity,
                line: start.map(|p| p.line),
                column: start.map(|p| p.column),
                end_line: end.map(|p| p.line),
                end_column: end.map(|p| p.column),
                message: &d.message,
                help: d.help.as_deref(),
            }
        })
        .collect();
    serde_json::to_writer_pretty(&mut *out, &JsonReport { files, diagnostics })?;
    writeln!(out)
}
