//! The command line: what a person types, parsed with clap, and dispatch to the commands.

use std::io::{IsTerminal as _, Write as _};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use clap_complete::ArgValueCompleter;

use crate::cmd;
use crate::routine::schema;

/// Guided self-massage routines in the terminal: timed trigger-point holds, rests and pain ratings.
#[derive(Debug, Parser)]
#[command(name = "knead", version, about, max_term_width = 100)]
pub struct Cli {
    /// Where the history lives (default: $KNEAD_DATA_DIR, else $XDG_DATA_HOME/knead).
    #[allow(
        clippy::doc_markdown,
        reason = "shown as --help text, where backticks would print"
    )]
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<std::path::PathBuf>,
    /// Log more to the log file (-v info, -vv debug, -vvv everything).
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,
    /// What to do; without a command, the home screen (in a terminal) or the list of
    /// routines with how often each was done.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// How the body figure is drawn: braille dots, shade blocks for fonts without braille, or
/// plain ASCII.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum GlyphsArg {
    /// Braille dots, the finest.
    #[default]
    Braille,
    /// Shade blocks.
    Blocks,
    /// ASCII only.
    Ascii,
}

impl From<GlyphsArg> for crate::body::map::Glyphs {
    fn from(arg: GlyphsArg) -> Self {
        match arg {
            GlyphsArg::Braille => Self::Braille,
            GlyphsArg::Blocks => Self::Blocks,
            GlyphsArg::Ascii => Self::Ascii,
        }
    }
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run a routine: a guided session of holds, rests and pain ratings.
    Run(cmd::run::RunArgs),
    /// List the bundled routines and those in your routines folder.
    List,
    /// Check routine files for mistakes, with line and column for each.
    Check {
        /// Routine files or names; every known routine when none are given.
        #[arg(add = ArgValueCompleter::new(cmd::shell::routine_or_file))]
        routines: Vec<String>,
        /// Output format.
        #[arg(long, value_enum, default_value_t)]
        format: cmd::check::Format,
    },
    /// Your history: pain over time per spot, sessions per week, every session.
    History(cmd::history::HistoryArgs),
    /// Start a new routine of your own from the commented template.
    New {
        /// Its name (the file becomes NAME.toml in your routines folder).
        #[arg(default_value = "my-routine")]
        name: String,
    },
    /// Open one of your routines in $VISUAL or $EDITOR, then check it.
    Edit {
        /// A routine in your folder, or a file path.
        #[arg(add = ArgValueCompleter::new(cmd::shell::routine_or_file))]
        name: String,
    },
    /// Export the history: one row per hold as CSV or JSON, or a FHIR R4 Bundle.
    Export(cmd::export::ExportArgs),
    /// Merge another person's JSON export into a separate history named --client.
    Import(cmd::export::ImportArgs),
    /// Write a self-contained report for a therapist (HTML or Markdown).
    Report(cmd::report::ReportArgs),
    /// The clients whose exports were imported: sessions, the last one, their routines.
    Clients,
    /// Check your settings, or print where they live (--path) or a default file (--default).
    Config(cmd::config::ConfigArgs),
    /// Reminders at set times, through the system's scheduler (no daemon).
    Remind {
        /// What to do with them.
        #[command(subcommand)]
        command: cmd::remind::RemindCommand,
    },
    /// What a reminder runs at its time: a notification to start the routine, unless it was
    /// done a moment ago, reminders are paused or it is quiet hours.
    Nudge(cmd::nudge::NudgeArgs),
    /// The body regions knead knows, or one of them on the body.
    Regions {
        /// A region, by any name knead takes ("upper traps", "QL").
        name: Option<String>,
        /// How to draw the figure.
        #[arg(long, value_enum, default_value_t)]
        glyphs: GlyphsArg,
    },
    /// Print the JSON Schema of the routine format, for editors.
    Schema,
    /// Print a shell completion script (bash, zsh, fish, powershell, elvish).
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
    /// Print the man page.
    Man,
}

/// Runs the parsed command line and returns the process exit code.
pub fn run(cli: Cli) -> crate::error::Result {
    crate::logging::init(cli.verbose);
    let stdout = std::io::stdout();
    let colour = anstream::AutoStream::choice(&stdout) != anstream::ColorChoice::Never
        && stdout.is_terminal();
    let mut out = anstream::AutoStream::auto(stdout.lock());
    let Some(command) = cli.command else {
        drop(out);
        return cmd::home::run(cli.data_dir.as_ref());
    };
    let code = match command {
        Command::Check { routines, format } => {
            cmd::check::run(&routines, format, &mut out, colour)?
        }
        Command::Run(args) => {
            drop(out);
            return cmd::run::run(&args, cli.data_dir);
        }
        Command::List => {
            cmd::list::run(&mut out)?;
            ExitCode::SUCCESS
        }
        Command::New { name } => cmd::new::new(&name, &mut out)?,
        Command::Edit { name } => cmd::new::edit(&name, &mut out, colour)?,
        Command::Completions { shell } => {
            cmd::shell::completions(shell, &mut out)?;
            ExitCode::SUCCESS
        }
        Command::Man => {
            cmd::man::write(&mut out)?;
            ExitCode::SUCCESS
        }
        Command::Config(args) => cmd::config::run(&args, &mut out, colour)?,
        Command::Export(args) => {
            drop(out);
            return cmd::export::export(&args, cli.data_dir);
        }
        Command::Import(args) => {
            drop(out);
            return cmd::export::import(&args, cli.data_dir);
        }
        Command::Report(args) => {
            drop(out);
            return cmd::report::run(&args, cli.data_dir);
        }
        Command::History(args) => {
            drop(out);
            return cmd::history::run(&args, cli.data_dir);
        }
        Command::Clients => cmd::export::clients(cli.data_dir, &mut out)?,
        Command::Remind { command } => cmd::remind::run(&command, &mut out)?,
        Command::Nudge(args) => cmd::nudge::run(&args, cli.data_dir.as_ref(), &mut out)?,
        Command::Regions { name, glyphs } => {
            cmd::regions::run(name.as_deref(), glyphs.into(), &mut out)?;
            ExitCode::SUCCESS
        }
        Command::Schema => {
            out.write_all(schema::to_json().as_bytes())?;
            ExitCode::SUCCESS
        }
    };
    out.flush()?;
    Ok(code)
}
