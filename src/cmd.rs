//! The subcommands, one module each; each writes to the writer it is given and returns the
//! process exit code.

pub mod check;
pub mod config;
pub mod export;
pub mod history;
pub mod home;
pub mod list;
pub mod man;
pub mod new;
pub mod nudge;
pub mod regions;
pub mod remind;
pub mod report;
pub mod run;
pub mod shell;
pub mod status;
pub mod where_;
pub mod where_picker;

use knead_core::t;
use std::io::{IsTerminal as _, Write as _};
use std::process::ExitCode;

use crate::cli::{self, Cli};
use crate::routine::schema;

/// Runs the parsed command line and returns the process exit code.
/// The language chosen: `--lang`, else the settings' `[display] language`, else the
/// locale's. A settings file with mistakes still gives its language; the command that reads
/// the settings reports the mistakes.
pub fn language(flag: Option<crate::lang::Language>) -> crate::lang::Language {
    flag.or_else(|| {
        crate::config::path()
            .filter(|p| p.is_file())
            .and_then(|p| crate::config::load(&p).settings.language)
    })
    .unwrap_or_else(|| crate::lang::Language::of_locale(|name| std::env::var(name).ok()))
}

/// The language from before the command line is parsed, for what its parsing says: `--lang`
/// as written (`--lang de`, `--lang=de`) if it names one knead speaks, else as [`language`].
pub fn speak_before_parsing() {
    let args: Vec<String> = std::env::args().collect();
    let flag = args.iter().enumerate().find_map(|(i, arg)| {
        let value = match arg.strip_prefix("--lang") {
            Some("") => args.get(i + 1)?.as_str(),
            Some(rest) => rest.strip_prefix('=')?,
            None => return None,
        };
        crate::lang::Language::negotiate(value)
    });
    let chosen = language(flag);
    let _ = EARLY.set(chosen);
    crate::lang::set(chosen);
}

/// The language [`speak_before_parsing`] chose, so the settings are not read for it twice.
static EARLY: std::sync::OnceLock<crate::lang::Language> = std::sync::OnceLock::new();

/// A command line clap refused. A value knead's own parser refused (a date, a language) is
/// said in knead's words and language, as `knead: --since 20.11.2026: ...`; the rest (help,
/// version, an unknown option) as clap says it.
pub fn command_line_error(error: &clap::Error) -> std::process::ExitCode {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let context = |kind| match error.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        _ => None,
    };
    let source = std::error::Error::source(error).map(ToString::to_string);
    if let (ErrorKind::ValueValidation, Some(arg), Some(why)) =
        (error.kind(), context(ContextKind::InvalidArg), source)
    {
        // The option without its placeholder: `--since <DATE>` is `--since`.
        let arg = arg.split(' ').next().unwrap_or_default();
        let value = context(ContextKind::InvalidValue).unwrap_or_default();
        eprintln!("knead: {arg} {value}: {why}");
        return std::process::ExitCode::from(2);
    }
    let _ = error.print();
    std::process::ExitCode::from(u8::try_from(error.exit_code()).unwrap_or(2))
}

/// Whether `--lang` chose the language: then a routine's own `language` does not.
static LANGUAGE_GIVEN: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// A routine's `language`, spoken from now on unless `--lang` said otherwise: a client's
/// session follows the therapist's words on any machine.
pub fn speak_routines_language(routine: &crate::routine::Routine) {
    if let Some(language) = routine.language
        && !LANGUAGE_GIVEN.load(std::sync::atomic::Ordering::Relaxed)
    {
        crate::lang::set(language);
    }
}

pub fn run(cli: Cli) -> crate::error::Result {
    crate::logging::init(cli.verbose);
    LANGUAGE_GIVEN.store(cli.lang.is_some(), std::sync::atomic::Ordering::Relaxed);
    let chosen = cli
        .lang
        .or_else(|| EARLY.get().copied())
        .unwrap_or_else(|| language(None));
    crate::lang::set(chosen);
    let stdout = std::io::stdout();
    let colour = anstream::AutoStream::choice(&stdout) != anstream::ColorChoice::Never
        && stdout.is_terminal();
    let mut out = anstream::AutoStream::auto(stdout.lock());
    let Some(command) = cli.command else {
        drop(out);
        return home::run(cli.data_dir.as_ref());
    };
    let code = match command {
        cli::Command::Check(cli::Lazy(cli::CheckArgs { routines, format })) => {
            check::run(&routines, format, &mut out, colour)?
        }
        cli::Command::Run(cli::Lazy(args)) => {
            drop(out);
            return run::run(&args, cli.data_dir.as_ref());
        }
        cli::Command::List => {
            list::run(&mut out)?;
            ExitCode::SUCCESS
        }
        cli::Command::New(cli::Lazy(cli::NewArgs { name })) => new::new(&name, &mut out)?,
        cli::Command::Edit(cli::Lazy(cli::EditArgs { name })) => {
            new::edit(&name, &mut out, colour)?
        }
        cli::Command::Completions(cli::Lazy(cli::CompletionsArgs { shell })) => {
            shell::completions(shell, &mut out)?;
            ExitCode::SUCCESS
        }
        cli::Command::Man => {
            man::write(&mut out)?;
            ExitCode::SUCCESS
        }
        cli::Command::Config(cli::Lazy(args)) => config::run(&args, &mut out, colour)?,
        cli::Command::Export(cli::Lazy(args)) => {
            drop(out);
            return export::export(&args, cli.data_dir);
        }
        cli::Command::Import(cli::Lazy(args)) => {
            drop(out);
            return export::import(&args, cli.data_dir);
        }
        cli::Command::Report(cli::Lazy(args)) => {
            drop(out);
            return report::run(&args, cli.data_dir);
        }
        cli::Command::History(cli::Lazy(args)) => {
            drop(out);
            return history::run(&args, cli.data_dir);
        }
        cli::Command::Clients => export::clients(cli.data_dir, &mut out)?,
        cli::Command::Remind(cli::Lazy(cli::RemindArgs { command })) => {
            remind::run(&command, cli.data_dir.as_ref(), &mut out)?
        }
        cli::Command::Nudge(cli::Lazy(args)) => nudge::run(&args, cli.data_dir.as_ref(), &mut out)?,
        cli::Command::Where(cli::Lazy(args)) => {
            where_::run(&args, cli.data_dir.as_ref(), &mut out)?
        }
        cli::Command::Status(cli::Lazy(args)) => {
            status::run(&args, cli.data_dir.as_ref(), &mut out)?
        }
        cli::Command::Regions(cli::Lazy(cli::RegionsArgs { name, glyphs })) => {
            regions::run(name.as_deref(), glyphs.into(), &mut out)?;
            ExitCode::SUCCESS
        }
        cli::Command::Schema => {
            out.write_all(schema::to_json().as_bytes())?;
            ExitCode::SUCCESS
        }
    };
    out.flush()?;
    Ok(code)
}

/// Opens an existing history for a command that reads it, or says why not.
pub(crate) fn open_history(
    data_dir: Option<std::path::PathBuf>,
) -> crate::error::Result<crate::history::Store> {
    let dir = crate::history::data_dir(data_dir).ok_or_else(no_data_folder)?;
    Ok(crate::history::Store::open_existing(&dir)?)
}

/// Refuses a span of days that ends before it starts, which would silently select nothing.
pub(crate) fn check_dates(
    since: Option<jiff::civil::Date>,
    until: Option<jiff::civil::Date>,
) -> crate::error::Result<()> {
    match (since, until) {
        (Some(since), Some(until)) if since > until => Err(crate::error::Error::Usage(t!(
            "error-since-after-until",
            since = since.to_string(),
            until = until.to_string()
        ))),
        _ => Ok(()),
    }
}

/// Refuses a `--client` or `--routine` that matches nothing in the history, naming what
/// there is (with "did you mean"), instead of writing an empty report and exiting 0.
pub(crate) fn check_filter(
    store: &crate::history::Store,
    client: Option<&str>,
    routine: Option<&str>,
) -> crate::error::Result<()> {
    if let Some(name) = client {
        let clients = store.clients()?;
        if !clients.iter().any(|c| c == name) {
            return Err(crate::error::Error::Usage(nothing_named(
                "client",
                name,
                &clients,
                &t!("error-no-clients"),
            )));
        }
    }
    if let Some(name) = routine {
        let routines = store.routines(client.unwrap_or_default())?;
        let wanted = name.to_lowercase();
        let wanted_file = wanted.strip_suffix(".toml").unwrap_or(&wanted);
        let found = routines.iter().any(|(title, stem)| {
            title.to_lowercase() == wanted || stem.to_lowercase() == wanted_file
        });
        if !found {
            let mut names: Vec<String> = routines
                .into_iter()
                .flat_map(|(title, stem)| [title, stem])
                .filter(|n| !n.is_empty())
                .collect();
            names.sort_by_key(|n| n.to_lowercase());
            names.dedup();
            return Err(crate::error::Error::Usage(nothing_named(
                "routine",
                name,
                &names,
                &t!("error-no-sessions-yet"),
            )));
        }
    }
    Ok(())
}

/// `no client named "mara". Did you mean "maria"? There are: ann, maria.` `what` is
/// `client` or `routine`, a selector in the messages.
fn nothing_named(what: &str, name: &str, names: &[String], none: &str) -> String {
    let name = format!("{name:?}");
    if names.is_empty() {
        return t!("error-nothing-named", what = what, name = name, none = none);
    }
    let guess = crate::body::closest(name.trim_matches('"'), names.iter().map(String::as_str))
        .map(|g| format!(" {}", t!("error-did-you-mean", name = format!("{g:?}"))))
        .unwrap_or_default();
    let there = t!("error-there-are", names = names.join(", "));
    format!(
        "{}{guess} {there}",
        t!("error-nothing-named-short", what = what, name = name)
    )
}

/// No folder for the history: no home folder, and neither `--data-dir` nor `KNEAD_DATA_DIR`.
pub(crate) fn no_data_folder() -> crate::error::Error {
    crate::error::Error::Failed(t!("error-no-data-folder"))
}

#[cfg(test)]
mod tests {
    use crate::cli::parse_date;

    #[test]
    fn dates_are_year_month_day_and_other_orders_are_explained() {
        assert_eq!(
            parse_date("2026-11-20").map(|d| d.to_string()),
            Ok("2026-11-20".into())
        );
        let said = parse_date("20/11/2026").expect_err("not year-month-day");
        assert_eq!(
            said,
            "dates look like 2026-11-20 (year-month-day); did you mean 2026-11-20?"
        );
        let us = parse_date("11/20/2026").expect_err("not year-month-day");
        assert!(us.ends_with("did you mean 2026-11-20?"), "{us}");
        // 03/04/2026 could be either order: no guess.
        let either = parse_date("03/04/2026").expect_err("ambiguous");
        assert!(!either.contains('?'), "{either}");
        let nonsense = parse_date("last week").expect_err("not a date");
        assert!(nonsense.ends_with("dates look like 2026-11-20 (year-month-day)"));
        assert_eq!(
            parse_date("2026-02-30"),
            Err("2026-02-30 is not a day of the calendar".into())
        );
    }
}
