//! `knead report`: a self-contained HTML or Markdown report for a therapist.

use crate::cli::ReportArgs;
use crate::error::Result;
use std::path::PathBuf;
use std::process::ExitCode;

use jiff::tz::TimeZone;

use crate::history::Filter;
use crate::history::report::{self, Report};

/// The folder beside a Markdown report that holds its charts: `report.md` -> `report-charts`.
fn charts_folder(out: &std::path::Path) -> PathBuf {
    let stem = out
        .file_stem()
        .map_or_else(|| "report".into(), |s| s.to_string_lossy().into_owned());
    out.with_file_name(format!("{stem}-charts"))
}

/// Writes the report.
pub fn run(args: &ReportArgs, data_dir: Option<PathBuf>) -> Result {
    let store = super::open_history(data_dir)?;
    super::check_filter(&store, args.client.as_deref(), None)?;
    let filter = Filter {
        client: args.client.clone(),
        since: args.since,
        ..Filter::default()
    };
    let rows = crate::history::rows::last_attempts(store.holds(&filter)?);
    let tz = TimeZone::system();
    let today = jiff::Timestamp::now().to_zoned(tz.clone()).date();
    let answers = store.stop_rule_answers(&filter)?;
    let report = Report::build(&rows, &answers, args.client.clone(), &tz, today);
    let generated = jiff::Zoned::now().strftime("%Y-%m-%d %H:%M").to_string();
    let markdown = args
        .out
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("md") || e.eq_ignore_ascii_case("markdown"));
    if markdown {
        let folder = charts_folder(&args.out);
        let name = folder
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let (text, charts) = report::markdown(&report, &generated, &name);
        std::fs::write(&args.out, text)?;
        if !charts.is_empty() {
            std::fs::create_dir_all(&folder)?;
            for chart in &charts {
                std::fs::write(folder.join(&chart.name), &chart.svg)?;
            }
            eprintln!(
                "knead: wrote {} into {}",
                crate::words::count(charts.len(), "chart"),
                folder.display()
            );
        }
    } else {
        std::fs::write(&args.out, report::html(&report, &generated))?;
    }
    eprintln!(
        "knead: wrote {} ({}, {})",
        args.out.display(),
        crate::words::count(report.sessions, "session"),
        crate::words::count(report.spots.len(), "spot")
    );
    Ok(ExitCode::SUCCESS)
}
