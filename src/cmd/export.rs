//! `knead export` and `knead import`: the history as CSV or JSON for therapists, and a
//! client's JSON export merged into a separate, named history.

use crate::cli::{BundleKind, ExportArgs, ExportFormat as Format, ImportArgs};
use crate::error::{Error, Result};
use crate::history::fhir;
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use crate::history::export::{self, Filter};
use crate::history::{self, Store};

/// Runs `knead export`.
pub fn export(args: &ExportArgs, data_dir: Option<PathBuf>) -> Result {
    super::check_dates(args.since, args.until)?;
    let store = super::open_history(data_dir)?;
    super::check_filter(&store, args.client.as_deref(), args.routine.as_deref())?;
    let filter = Filter {
        client: args.client.clone(),
        since: args.since,
        until: args.until,
        routine: args.routine.clone(),
    };
    if args.format != Format::Fhir && (args.to.is_some() || args.bundle.is_some()) {
        return Err(Error::Usage(
            "--to and --bundle are for FHIR: add --format fhir".to_owned(),
        ));
    }
    let holds = store.holds(&filter)?;
    let rows: Vec<export::ExportRow> = holds.iter().map(export::ExportRow::from).collect();
    let sessions_without_holds: Vec<export::ExportRow> = store
        .sessions_without_holds(&filter)?
        .iter()
        .map(export::ExportRow::from)
        .collect();
    let mut out: Box<dyn Write> = match &args.out {
        Some(path) => Box::new(BufWriter::new(File::create(path)?)),
        None => Box::new(io::stdout().lock()),
    };
    let mut resources = None;
    match args.format {
        Format::Csv => {
            export::write_csv(&rows, &sessions_without_holds, &mut out)
                .map_err(io::Error::other)?;
        }
        Format::Json => {
            let answers: Vec<export::AnswerRow> = store
                .stop_rule_answers(&filter)?
                .iter()
                .map(export::AnswerRow::from)
                .collect();
            export::write_json(&rows, &answers, &sessions_without_holds, &mut out)
                .map_err(io::Error::from)?;
        }
        Format::Fhir => {
            let answers = store.stop_rule_answers(&filter)?;
            let sessions = store.sessions_without_holds(&filter)?;
            let input = fhir::Input {
                holds: &holds,
                sessions_without_holds: &sessions,
                answers: &answers,
                client: args.client.as_deref(),
            };
            let kind = match (&args.to, args.bundle) {
                (Some(_), _) | (None, Some(BundleKind::Transaction)) => fhir::Kind::Transaction,
                (None, Some(BundleKind::Collection) | None) => fhir::Kind::Collection,
            };
            let bundle = fhir::bundle(&input, kind, jiff::Timestamp::now());
            if let Some(url) = &args.to {
                return send(url, &bundle, args.token_env.as_deref());
            }
            serde_json::to_writer_pretty(&mut out, &bundle).map_err(io::Error::from)?;
            writeln!(out)?;
            resources = bundle["entry"].as_array().map(Vec::len);
        }
    }
    out.flush()?;
    if let (Some(path), Some(n)) = (&args.out, resources) {
        eprintln!(
            "knead: wrote a FHIR bundle of {} to {}",
            crate::words::count(n, "resource"),
            path.display()
        );
    } else if let Some(path) = &args.out {
        let also = match sessions_without_holds.len() {
            0 => String::new(),
            n => format!(" and {} without holds", crate::words::count(n, "session")),
        };
        eprintln!(
            "knead: wrote {}{also} to {}",
            crate::words::holds(rows.len()),
            path.display()
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// Sends the bundle to a FHIR server and says what it did with it.
fn send(url: &str, bundle: &serde_json::Value, token_env: Option<&str>) -> Result {
    let token = match token_env {
        Some(name) => Some(std::env::var(name).map_err(|_| {
            Error::Failed(format!(
                "--token-env {name}: no such environment variable is set"
            ))
        })?),
        None => std::env::var("KNEAD_FHIR_TOKEN")
            .ok()
            .filter(|t| !t.is_empty()),
    };
    let sent = fhir::send::send(url, bundle, token.as_deref())
        .map_err(|e| Error::Failed(e.to_string()))?;
    let count = |by: &std::collections::BTreeMap<String, usize>| {
        let total: usize = by.values().sum();
        let kinds: Vec<String> = by.iter().map(|(k, n)| format!("{n} {k}")).collect();
        if kinds.is_empty() {
            "0".to_owned()
        } else {
            format!("{total} ({})", kinds.join(", "))
        }
    };
    println!(
        "sent to {url}: {} created, {} already there",
        count(&sent.created),
        count(&sent.existing)
    );
    Ok(ExitCode::SUCCESS)
}

/// Refuses an import that looks like a person already here under another name: a client
/// whose name differs only in case or accents, or these very sessions kept under another
/// name (or as your own). Two histories of one person split their report in two.
fn same_person(store: &Store, parsed: &export::Parsed, client: &str) -> Result<()> {
    let near = store
        .clients()?
        .into_iter()
        .find(|c| c != client && export::folded(c) == export::folded(client));
    if let Some(near) = near {
        return Err(Error::Failed(format!(
            "a client named \u{201c}{near}\u{201d} is already here: if this is the same person, \
             import with --client \"{near}\"; if it is someone else, add --as-new"
        )));
    }
    let sessions = parsed.sessions();
    let holders = store.holders(&sessions)?;
    // A client who holds some of them already is this person: a newer export merges.
    if holders.iter().any(|(c, _)| c == client) {
        return Ok(());
    }
    if let Some((other, n)) = holders.into_iter().next() {
        let whose = if other.is_empty() {
            "your own history".to_owned()
        } else {
            format!("the history of \u{201c}{other}\u{201d}")
        };
        let with = if other.is_empty() {
            "they are yours already".to_owned()
        } else {
            format!("import with --client \"{other}\"")
        };
        let total = sessions.len();
        let these = match (n, total) {
            (1, 1) => "this session is".to_owned(),
            (n, total) if n == total => format!("these {total} sessions are"),
            (1, total) => format!("1 of these {total} sessions is"),
            (n, total) => format!("{n} of these {total} sessions are"),
        };
        return Err(Error::Failed(format!(
            "{these} already in {whose}: if this is the same person, {with}; to keep a second \
             copy under \u{201c}{client}\u{201d}, add --as-new"
        )));
    }
    Ok(())
}

/// Runs `knead clients`: one line per imported client.
pub fn clients(data_dir: Option<PathBuf>, out: &mut dyn std::io::Write) -> Result {
    let store = super::open_history(data_dir)?;
    let clients = store.client_summaries()?;
    if clients.is_empty() {
        writeln!(
            out,
            "No clients yet: `knead import FILE --client NAME` adds one's export."
        )?;
        return Ok(ExitCode::SUCCESS);
    }
    let width = clients
        .iter()
        .map(|c| c.name.chars().count())
        .max()
        .unwrap_or(0)
        .max("client".len());
    writeln!(
        out,
        "{:<width$}  {:>8}  {:<16}  routines",
        "client", "sessions", "last session"
    )?;
    let tz = jiff::tz::TimeZone::system();
    for client in clients {
        let last = client.last.to_zoned(tz.clone()).strftime("%Y-%m-%d %H:%M");
        writeln!(
            out,
            "{:<width$}  {:>8}  {last:<16}  {}",
            client.name,
            client.sessions,
            client.routines.join(", ")
        )?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Runs `knead import`.
pub fn import(args: &ImportArgs, data_dir: Option<PathBuf>) -> Result {
    if args.client.trim().is_empty() {
        return Err(Error::Failed("--client needs a name".to_owned()));
    }
    let json = std::fs::read_to_string(&args.file).map_err(|e| {
        Error::Failed(format!(
            "cannot read {}: {}",
            args.file.display(),
            crate::words::io_words(&e)
        ))
    })?;
    let dir = history::data_dir(data_dir).ok_or_else(super::no_data_folder)?;
    let mut store = Store::open(&dir)?;
    let client = args.client.trim();
    let parsed = export::parse(&json, client).map_err(|source| Error::Import {
        file: args.file.display().to_string(),
        source,
    })?;
    if !args.as_new {
        same_person(&store, &parsed, client)?;
    }
    let n = export::merge(&mut store, &parsed, client).map_err(|source| Error::Import {
        file: args.file.display().to_string(),
        source,
    })?;
    let already = match n.already {
        1 => "1 hold was".to_owned(),
        n => format!("{n} holds were"),
    };
    println!(
        "imported {} and {} for {} ({already} already there)",
        crate::words::count(n.sessions, "session"),
        crate::words::holds(n.holds),
        args.client,
    );
    Ok(ExitCode::SUCCESS)
}
