//! The command line: what a person types, parsed with clap. The commands that carry it out
//! are `crate::cmd`'s; this module names none of them.

mod args;
pub mod complete;

use clap::{Parser, Subcommand};

pub use args::*;
use clap_complete::ArgValueCompleter;

/// Guided self-massage routines in the terminal: timed trigger-point holds, rests and pain ratings.
/// A language `--lang` takes: `de`, `de_DE.UTF-8`, `pseudo` (for tests).
fn language(text: &str) -> Result<crate::lang::Language, String> {
    crate::lang::Language::negotiate(text).ok_or_else(|| {
        knead_core::t!(
            "error-language",
            spoken = crate::lang::Language::SPOKEN
                .map(crate::lang::Language::code)
                .join(", "),
            asked = format!("{text:?}")
        )
    })
}

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
    /// The language of every screen, phrase and report: en, de, es or fr (default: the
    /// settings' [display] language, else the locale's: LC_ALL, LC_MESSAGES, LANG).
    #[allow(
        clippy::doc_markdown,
        reason = "shown as --help text, where backticks would print"
    )]
    #[arg(long, global = true, value_name = "LANG", value_parser = language)]
    pub lang: Option<crate::lang::Language>,
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

/// The subcommands. Each one's own arguments are [`Lazy`]: built only for the one typed.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run a routine: a guided session of holds, rests and pain ratings.
    Run(Lazy<RunArgs>),
    /// List the bundled routines and those in your routines folder.
    List,
    /// Check routine files for mistakes, with line and column for each.
    Check(Lazy<CheckArgs>),
    /// Your history: pain over time per spot, sessions per week, every session.
    History(Lazy<HistoryArgs>),
    /// Start a new routine of your own from the commented template.
    New(Lazy<NewArgs>),
    /// Open one of your routines in $VISUAL or $EDITOR, then check it.
    Edit(Lazy<EditArgs>),
    /// Export the history: one row per hold as CSV or JSON, or a FHIR R4 Bundle.
    Export(Lazy<ExportArgs>),
    /// Merge another person's JSON export into a separate history named --client.
    Import(Lazy<ImportArgs>),
    /// Write a self-contained report for a therapist (HTML or Markdown).
    Report(Lazy<ReportArgs>),
    /// The clients whose exports were imported: sessions, the last one, their routines.
    Clients,
    /// Check your settings, or print where they live (--path) or a default file (--default).
    Config(Lazy<ConfigArgs>),
    /// Reminders at set times, through the system's scheduler (no daemon).
    Remind(Lazy<RemindArgs>),
    /// What a reminder runs at its time: a notification to start the routine, unless it was
    /// done a moment ago, reminders are paused or it is quiet hours.
    Nudge(Lazy<NudgeArgs>),
    /// One line for a status bar: during a session the phase, spot and time left; otherwise
    /// what is due today and the next reminder.
    Status(Lazy<StatusArgs>),
    /// Where does it hurt? From a painful place to the muscles that often send pain there,
    /// and a routine for them; red flags first.
    Where(Lazy<WhereArgs>),
    /// The body regions knead knows, or one of them on the body.
    Regions(Lazy<RegionsArgs>),
    /// Print the JSON Schema of the routine format, for editors.
    Schema,
    /// Print a shell completion script (bash, zsh, fish, powershell, elvish).
    Completions(Lazy<CompletionsArgs>),
    /// Print the man page.
    Man,
}

/// What `knead check` was asked.
#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Routine files or names; every known routine when none are given.
    #[arg(add = ArgValueCompleter::new(complete::routine_or_file))]
    pub routines: Vec<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    pub format: CheckFormat,
}

/// What `knead new` was asked.
#[derive(Debug, clap::Args)]
pub struct NewArgs {
    /// Its name (the file becomes NAME.toml in your routines folder).
    #[arg(default_value = "my-routine")]
    pub name: String,
}

/// What `knead edit` was asked.
#[derive(Debug, clap::Args)]
pub struct EditArgs {
    /// A routine in your folder, or a file path.
    #[arg(add = ArgValueCompleter::new(complete::routine_or_file))]
    pub name: String,
}

/// What `knead remind` was asked.
#[derive(Debug, clap::Args)]
pub struct RemindArgs {
    /// What to do with them.
    #[command(subcommand)]
    pub command: RemindCommand,
}

/// What `knead regions` was asked.
#[derive(Debug, clap::Args)]
pub struct RegionsArgs {
    /// A region, by any name knead takes ("upper traps", "QL").
    pub name: Option<String>,
    /// How to draw the figure.
    #[arg(long, value_enum, default_value_t)]
    pub glyphs: GlyphsArg,
}

/// What `knead completions` was asked.
#[derive(Debug, clap::Args)]
pub struct CompletionsArgs {
    /// The shell.
    pub shell: clap_complete::Shell,
}

/// A subcommand's own arguments, which clap builds only when that subcommand is the one
/// typed (`Command::defer`). Built eagerly, every start built all seventeen subcommands'
/// arguments before `knead run` could draw: a third of a millisecond, a 32 KiB stack frame
/// and the heap they left behind. Help, completions and the man page build them all, as
/// before.
#[derive(Debug, Clone)]
pub struct Lazy<T>(pub T);

impl<T: clap::Args> clap::Args for Lazy<T> {
    fn group_id() -> Option<clap::Id> {
        T::group_id()
    }

    fn augment_args(cmd: clap::Command) -> clap::Command {
        cmd.defer(|cmd| keep_about(cmd, T::augment_args))
    }

    fn augment_args_for_update(cmd: clap::Command) -> clap::Command {
        cmd.defer(|cmd| keep_about(cmd, T::augment_args_for_update))
    }
}

/// Adds a subcommand's arguments after its description was set: the arguments' type would
/// otherwise put its own doc comment ("What `knead run` was asked") in the subcommand's help.
fn keep_about(cmd: clap::Command, augment: fn(clap::Command) -> clap::Command) -> clap::Command {
    let about = cmd.get_about().cloned();
    let long_about = cmd.get_long_about().cloned();
    let cmd = augment(cmd);
    let cmd = match about {
        Some(about) => cmd.about(about),
        None => cmd.about(None),
    };
    match long_about {
        Some(long_about) => cmd.long_about(long_about),
        None => cmd.long_about(None),
    }
}

impl<T: clap::FromArgMatches> clap::FromArgMatches for Lazy<T> {
    fn from_arg_matches(matches: &clap::ArgMatches) -> Result<Self, clap::Error> {
        T::from_arg_matches(matches).map(Self)
    }

    fn from_arg_matches_mut(matches: &mut clap::ArgMatches) -> Result<Self, clap::Error> {
        T::from_arg_matches_mut(matches).map(Self)
    }

    fn update_from_arg_matches(&mut self, matches: &clap::ArgMatches) -> Result<(), clap::Error> {
        self.0.update_from_arg_matches(matches)
    }

    fn update_from_arg_matches_mut(
        &mut self,
        matches: &mut clap::ArgMatches,
    ) -> Result<(), clap::Error> {
        self.0.update_from_arg_matches_mut(matches)
    }
}

#[cfg(test)]
mod tests {
    use clap::{CommandFactory as _, Parser as _};

    use super::*;

    #[test]
    fn only_the_subcommand_typed_has_its_arguments_built() {
        let mut cli = Cli::command();
        cli.build();
        let unbuilt = Cli::command();
        let check = unbuilt.find_subcommand("check").expect("check");
        assert_eq!(
            check.get_arguments().count(),
            0,
            "check's arguments were built eagerly"
        );
        let built = cli.find_subcommand("check").expect("check");
        assert!(built.get_arguments().any(|a| a.get_id() == "format"));
    }

    #[test]
    fn each_subcommand_keeps_its_own_description() {
        let mut cli = Cli::command();
        cli.build();
        let about = |name: &str| {
            cli.find_subcommand(name)
                .and_then(|c| c.get_about())
                .map(ToString::to_string)
        };
        assert_eq!(
            about("run").as_deref(),
            Some("Run a routine: a guided session of holds, rests and pain ratings")
        );
        assert_eq!(
            about("remind").as_deref(),
            Some("Reminders at set times, through the system's scheduler (no daemon)")
        );
        assert!(about("nudge").is_some_and(|a| a.ends_with("or it is quiet hours")));
    }

    #[test]
    fn arguments_of_the_typed_subcommand_and_global_ones_are_read() {
        let cli = Cli::try_parse_from(["knead", "run", "desk-neck", "--plain", "--data-dir", "/d"])
            .expect("parses");
        assert_eq!(cli.data_dir.as_deref(), Some(std::path::Path::new("/d")));
        let Some(Command::Run(Lazy(args))) = cli.command else {
            panic!("not run: {:?}", cli.command);
        };
        assert!(args.plain);
        let cli =
            Cli::try_parse_from(["knead", "check", "--format", "json", "a.toml"]).expect("parses");
        let Some(Command::Check(Lazy(check))) = cli.command else {
            panic!("not check");
        };
        assert_eq!(check.routines, ["a.toml"]);
        let wrong = Cli::try_parse_from(["knead", "run", "desk-neck", "--format", "json"]);
        assert!(wrong.is_err(), "check's --format was taken by run");
    }
}
