//! `knead report`: a self-contained HTML or Markdown report for a therapist.

use knead_core::t;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use jiff::tz::TimeZone;

use crate::cli::{Paper as PaperArg, ReportArgs};
use crate::error::{Error, Result};
use crate::history::Filter;
use crate::history::report::{self, Paper, Report};

/// The kinds of file a report is written as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Html,
    Markdown,
}

/// The kind `out` asks for by its extension; anything else is refused before any work, so
/// `r.pdf` never holds HTML.
fn kind(out: &Path) -> Result<Kind> {
    let extension = out
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    match extension.as_str() {
        "html" | "htm" => Ok(Kind::Html),
        "md" | "markdown" => Ok(Kind::Markdown),
        _ => Err(Error::Usage(t!(
            "error-report-name",
            path = out.display().to_string()
        ))),
    }
}

/// The folder beside a Markdown report that holds its charts: `report.md` -> `report-charts`.
fn charts_folder(out: &Path) -> PathBuf {
    let stem = out
        .file_stem()
        .map_or_else(|| "report".into(), |s| s.to_string_lossy().into_owned());
    out.with_file_name(format!("{stem}-charts"))
}

/// The paper asked for, or the locale's.
fn paper(asked: Option<PaperArg>) -> Paper {
    match asked {
        Some(PaperArg::A4) => Paper::A4,
        Some(PaperArg::Letter) => Paper::Letter,
        None => {
            let locale = ["LC_ALL", "LC_PAPER", "LANG"]
                .into_iter()
                .find_map(|name| std::env::var(name).ok().filter(|v| !v.is_empty()))
                .unwrap_or_default();
            Paper::of_locale(&locale)
        }
    }
}

/// Writes `contents` to `path`, saying which file could not be written and why.
fn write(path: &Path, contents: &str) -> Result<()> {
    std::fs::write(path, contents).map_err(|e| written(path, &e))
}

/// A file or folder that could not be written, in words that name it.
fn written(path: &Path, error: &std::io::Error) -> Error {
    let why = if error.kind() == std::io::ErrorKind::NotFound {
        t!("error-no-such-folder")
    } else {
        crate::error::io_words(error)
    };
    Error::Failed(t!(
        "error-cannot-write",
        path = path.display().to_string(),
        why = why
    ))
}

/// Writes the report.
pub fn run(args: &ReportArgs, data_dir: Option<PathBuf>) -> Result {
    let kind = kind(&args.out)?;
    super::check_dates(args.since, args.until)?;
    let store = super::open_history(data_dir)?;
    super::check_filter(&store, args.client.as_deref(), args.routine.as_deref())?;
    let filter = Filter {
        client: args.client.clone(),
        since: args.since,
        until: args.until,
        routine: args.routine.clone(),
    };
    let rows = crate::history::rows::last_attempts(store.holds(&filter)?);
    let tz = TimeZone::system();
    // A report limited to a day is the report as it stood that day.
    let today = jiff::Timestamp::now().to_zoned(tz.clone()).date();
    let today = args.until.map_or(today, |until| until.min(today));
    let answers = store.stop_rule_answers(&filter)?;
    let report = Report::build(&rows, &answers, args.client.clone(), &tz, today);
    let now = jiff::Zoned::now();
    let generated = format!(
        "{} {}",
        crate::lang::date(now.date()),
        now.strftime("%H:%M")
    );
    let document = report::document(&report, &generated, paper(args.paper));
    match kind {
        Kind::Markdown => {
            let folder = charts_folder(&args.out);
            let name = folder
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let (text, charts) = report::markdown(&document, &name);
            write(&args.out, &text)?;
            if !charts.is_empty() {
                std::fs::create_dir_all(&folder).map_err(|e| written(&folder, &e))?;
                for chart in &charts {
                    write(&folder.join(&chart.name), &chart.svg)?;
                }
                eprintln!(
                    "knead: {}",
                    t!(
                        "report-wrote-charts",
                        charts = charts.len(),
                        folder = folder.display().to_string()
                    )
                );
            }
        }
        Kind::Html => write(&args.out, &report::html(&document))?,
    }
    eprintln!(
        "knead: {}",
        t!(
            "report-wrote",
            path = args.out.display().to_string(),
            sessions = report.sessions,
            spots = report.spots.len()
        )
    );
    Ok(ExitCode::SUCCESS)
}
