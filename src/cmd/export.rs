//! `knead export` and `knead import`: the history as CSV or JSON for therapists, and a
//! client's JSON export merged into a separate, named history.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use jiff::civil::Date;

use crate::history::export::{self, Filter};
use crate::history::{self, Store};

/// Output formats of `knead export`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// One row per hold, with a header.
    Csv,
    /// One object per hold; `knead import` reads it back.
    Json,
}

/// What `knead export` was asked.
#[derive(Debug, Clone, clap::Args)]
pub struct ExportArgs {
    /// csv or json.
    #[arg(long, value_enum)]
    pub format: Format,
    /// Sessions started on or after this day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub since: Option<Date>,
    /// Sessions started on or before this day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub until: Option<Date>,
    /// Only sessions of this routine (its name).
    #[arg(long, value_name = "NAME")]
    pub routine: Option<String>,
    /// A client's imported history instead of your own.
    #[arg(long, value_name = "NAME")]
    pub client: Option<String>,
    /// Write to this file instead of standard output.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

/// What `knead import` was asked.
#[derive(Debug, Clone, clap::Args)]
pub struct ImportArgs {
    /// A JSON export (`knead export --format json`).
    pub file: PathBuf,
    /// The name to keep this person's history under, separate from yours.
    #[arg(long, value_name = "NAME")]
    pub client: String,
}

/// Runs `knead export`.
pub fn export(args: &ExportArgs, data_dir: Option<PathBuf>) -> io::Result<ExitCode> {
    let store = match super::open_history(data_dir) {
        Ok(store) => store,
        Err(code) => return Ok(code),
    };
    let filter = Filter {
        client: args.client.clone(),
        since: args.since,
        until: args.until,
        routine: args.routine.clone(),
    };
    let rows = match export::rows(&store, &filter) {
        Ok(rows) => rows,
        Err(e) => return Ok(fail(&e.to_string())),
    };
    let mut out: Box<dyn Write> = match &args.out {
        Some(path) => Box::new(BufWriter::new(File::create(path)?)),
        None => Box::new(io::stdout().lock()),
    };
    match args.format {
        Format::Csv => export::write_csv(&rows, &mut out).map_err(io::Error::other)?,
        Format::Json => export::write_json(&rows, &mut out)?,
    }
    out.flush()?;
    if let Some(path) = &args.out {
        eprintln!("knead: wrote {} holds to {}", rows.len(), path.display());
    }
    Ok(ExitCode::SUCCESS)
}

/// Runs `knead import`.
pub fn import(args: &ImportArgs, data_dir: Option<PathBuf>) -> io::Result<ExitCode> {
    if args.client.trim().is_empty() {
        return Ok(fail("--client needs a name"));
    }
    let json = match std::fs::read_to_string(&args.file) {
        Ok(json) => json,
        Err(e) => return Ok(fail(&format!("cannot read {}: {e}", args.file.display()))),
    };
    let Some(dir) = history::data_dir(data_dir) else {
        return Ok(fail("no data folder"));
    };
    let mut store = match Store::open(&dir) {
        Ok(store) => store,
        Err(e) => return Ok(fail(&e.to_string())),
    };
    match export::import(&mut store, &json, args.client.trim()) {
        Ok(n) => {
            println!(
                "imported {} sessions and {} holds for {} ({} holds were already there)",
                n.sessions, n.holds, args.client, n.already
            );
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => Ok(fail(&format!("{}: {e}", args.file.display()))),
    }
}

fn fail(message: &str) -> ExitCode {
    eprintln!("knead: {message}");
    ExitCode::FAILURE
}
