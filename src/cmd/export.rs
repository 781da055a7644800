//! `knead export` and `knead import`: the history as CSV or JSON for therapists, and a
//! client's JSON export merged into a separate, named history.

use crate::cli::{BundleKind, ExportArgs, ExportFormat as Format, ImportArgs};
use crate::error::{Error, Result};
use crate::history::fhir;
use knead_core::t;
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
        return Err(Error::Usage(t!("error-fhir-options")));
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
            "knead: {}",
            t!(
                "export-wrote-bundle",
                resources = n,
                path = path.display().to_string()
            )
        );
    } else if let Some(path) = &args.out {
        let (holds, path) = (rows.len(), path.display().to_string());
        let wrote = match sessions_without_holds.len() {
            0 => t!("export-wrote", holds = holds, path = path),
            n => t!(
                "export-wrote-with-empty",
                holds = holds,
                sessions = n,
                path = path
            ),
        };
        eprintln!("knead: {wrote}");
    }
    Ok(ExitCode::SUCCESS)
}

/// Sends the bundle to a FHIR server and says what it did with it.
fn send(url: &str, bundle: &serde_json::Value, token_env: Option<&str>) -> Result {
    let token = match token_env {
        Some(name) => Some(
            std::env::var(name).map_err(|_| Error::Failed(t!("error-token-env", name = name)))?,
        ),
        None => std::env::var("KNEAD_FHIR_TOKEN")
            .ok()
            .filter(|t| !t.is_empty()),
    };
    let sent = fhir::send::send(url, bundle, token.as_deref())
        .map_err(|e| Error::Failed(e.to_string()))?;
    let count = |by: &std::collections::BTreeMap<String, usize>| {
        let total: usize = by.values().sum();
        // FHIR's resource names (Observation, Procedure) stay as FHIR spells them.
        let kinds: Vec<String> = by.iter().map(|(k, n)| format!("{n} {k}")).collect();
        if kinds.is_empty() {
            "0".to_owned()
        } else {
            format!("{total} ({})", kinds.join(", "))
        }
    };
    println!(
        "{}",
        t!(
            "export-sent",
            url = url,
            created = count(&sent.created),
            existing = count(&sent.existing)
        )
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
        return Err(Error::Failed(t!("error-import-near-client", client = near)));
    }
    let sessions = parsed.sessions();
    let holders = store.holders(&sessions)?;
    // A client who holds some of them already is this person: a newer export merges.
    if holders.iter().any(|(c, _)| c == client) {
        return Ok(());
    }
    if let Some((other, n)) = holders.into_iter().next() {
        let total = sessions.len();
        // A selector in the messages: "all", or how many.
        let n = if n == total {
            knead_core::lang::FluentValue::from("all")
        } else {
            knead_core::lang::FluentValue::from(n)
        };
        let message = if other.is_empty() {
            t!(
                "error-import-yours",
                held = n,
                total = total,
                client = client
            )
        } else {
            t!(
                "error-import-theirs",
                held = n,
                total = total,
                other = other,
                client = client
            )
        };
        return Err(Error::Failed(message));
    }
    Ok(())
}

/// Runs `knead clients`: one line per imported client.
pub fn clients(data_dir: Option<PathBuf>, out: &mut dyn std::io::Write) -> Result {
    let store = super::open_history(data_dir)?;
    let clients = store.client_summaries()?;
    if clients.is_empty() {
        writeln!(out, "{}", t!("clients-none"))?;
        return Ok(ExitCode::SUCCESS);
    }
    let width = clients
        .iter()
        .map(|c| c.name.chars().count())
        .max()
        .unwrap_or(0)
        .max(t!("clients-client").chars().count());
    writeln!(
        out,
        "{:<width$}  {:>8}  {:<16}  {}",
        t!("clients-client"),
        t!("clients-sessions"),
        t!("clients-last"),
        t!("clients-routines")
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
        return Err(Error::Failed(t!("error-client-needs-name")));
    }
    let json = std::fs::read_to_string(&args.file).map_err(|e| {
        Error::Failed(t!(
            "error-cannot-read",
            path = args.file.display().to_string(),
            why = crate::words::io_words(&e)
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
    println!(
        "{}",
        t!(
            "import-done",
            sessions = n.sessions,
            holds = n.holds,
            client = args.client.as_str(),
            already = n.already
        )
    );
    Ok(ExitCode::SUCCESS)
}
