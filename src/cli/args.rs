//! Each subcommand's arguments, as clap reads them. The commands (`crate::cmd`) take these;
//! nothing here knows how a command is carried out.

use std::path::PathBuf;

use clap::Subcommand;
use clap_complete::ArgValueCompleter;
use jiff::civil::Date;

/// What `knead run` was asked.
#[derive(Debug, Clone, clap::Args)]
#[allow(clippy::struct_excessive_bools, reason = "command-line switches")]
pub struct RunArgs {
    /// A routine file, or the name of a bundled or personal routine (see `knead list`).
    #[arg(add = ArgValueCompleter::new(super::complete::routine_or_file))]
    pub routine: String,
    /// One line per phase change and ratings typed as numbers: for screen readers, logs, scripts.
    #[arg(long)]
    pub plain: bool,
    /// Start the next hold when the rest ends even without a rating (recorded as not rated).
    #[arg(long)]
    pub auto_advance: bool,
    /// No sound cues (the m key turns them back on).
    #[arg(long)]
    pub mute: bool,
    /// Volume of the sound cues, 0-100 (default from settings, or 80).
    #[arg(long, value_parser = clap::value_parser!(u8).range(0..=100))]
    pub volume: Option<u8>,
    /// No desktop notifications.
    #[arg(long)]
    pub no_notify: bool,
    /// Spoken guidance on for this session (the v key toggles it).
    #[arg(long, overrides_with = "no_voice")]
    pub voice: bool,
    /// Spoken guidance off for this session.
    #[arg(long, overrides_with = "voice")]
    pub no_voice: bool,
    /// Run on the default settings, without reading the settings file.
    #[arg(long)]
    pub ignore_config: bool,
    /// How to draw the body map: braille dots, shade blocks or ASCII (else the settings').
    #[arg(long, value_enum)]
    pub glyphs: Option<super::GlyphsArg>,
    /// Something changed since the stop rules were answered: ask them now (as `c` on the
    /// overview does).
    #[arg(long)]
    pub ask_again: bool,
}

impl RunArgs {
    /// A session of `routine` with every switch off, as the home screen starts one.
    pub fn of(routine: &str) -> Self {
        Self {
            routine: routine.to_owned(),
            plain: false,
            auto_advance: false,
            mute: false,
            volume: None,
            no_notify: false,
            voice: false,
            no_voice: false,
            ignore_config: false,
            glyphs: None,
            ask_again: false,
        }
    }
}

/// What `knead history` was asked.
#[derive(Debug, Clone, clap::Args)]
pub struct HistoryArgs {
    /// A client's imported history instead of your own.
    #[arg(long, value_name = "NAME", add = clap_complete::ArgValueCandidates::new(super::complete::client_names))]
    pub client: Option<String>,
    /// How to draw the pain map: braille dots, shade blocks or ASCII (else the settings').
    #[arg(long, value_enum)]
    pub glyphs: Option<super::GlyphsArg>,
}

/// Output formats of `knead export`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    /// One row per hold, with a header.
    Csv,
    /// One object per hold; `knead import` reads it back.
    Json,
    /// A FHIR R4 Bundle for a clinic's record system: a Procedure per session, an
    /// Observation per pain rating, the prescription as a service request.
    Fhir,
}

/// What `knead export` was asked.
#[derive(Debug, Clone, clap::Args)]
pub struct ExportArgs {
    /// csv, json or fhir.
    #[arg(long, value_enum)]
    pub format: ExportFormat,
    /// Sessions started on or after this day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub since: Option<Date>,
    /// Sessions started on or before this day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub until: Option<Date>,
    /// Only sessions of this routine: its title, or the name `knead run` takes.
    #[arg(long, value_name = "NAME")]
    pub routine: Option<String>,
    /// A client's imported history instead of your own.
    #[arg(long, value_name = "NAME", add = clap_complete::ArgValueCandidates::new(super::complete::client_names))]
    pub client: Option<String>,
    /// Write to this file instead of standard output.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// FHIR: send the bundle as a transaction to this server's base URL instead of writing it.
    #[arg(long, value_name = "URL", conflicts_with = "out")]
    pub to: Option<String>,
    /// FHIR: the environment variable holding the server's bearer token (else
    /// `KNEAD_FHIR_TOKEN`, when set).
    #[arg(long, value_name = "NAME", requires = "to")]
    pub token_env: Option<String>,
    /// FHIR: the bundle written to a file: a collection (the default) or a transaction a
    /// server takes at its base URL.
    #[arg(long, value_enum)]
    pub bundle: Option<BundleKind>,
}

/// The kind of FHIR Bundle written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum BundleKind {
    /// A collection: the resources, to read or import.
    Collection,
    /// A transaction: each resource created only if none with its identifier exists.
    Transaction,
}

/// What `knead import` was asked.
#[derive(Debug, Clone, clap::Args)]
pub struct ImportArgs {
    /// A JSON export (`knead export --format json`).
    pub file: PathBuf,
    /// The name to keep this person's history under, separate from yours.
    #[arg(long, value_name = "NAME")]
    pub client: String,
    /// Keep it under NAME even though a client with nearly that name, or these very sessions
    /// under another name, are already here: it is another person.
    #[arg(long)]
    pub as_new: bool,
}

/// What `knead report` was asked.
#[derive(Debug, Clone, clap::Args)]
pub struct ReportArgs {
    /// A client's imported history instead of your own.
    #[arg(long, value_name = "NAME", add = clap_complete::ArgValueCandidates::new(super::complete::client_names))]
    pub client: Option<String>,
    /// Only sessions started on or after this day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub since: Option<Date>,
    /// Only sessions started on or before this day (YYYY-MM-DD): a report as it stood then.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub until: Option<Date>,
    /// Only sessions of this routine: its title, or the name `knead run` takes.
    #[arg(long, value_name = "NAME")]
    pub routine: Option<String>,
    /// The paper it prints on; by default the locale's (letter in the Americas' letter
    /// countries, A4 elsewhere).
    #[arg(long, value_enum, value_name = "SIZE")]
    pub paper: Option<Paper>,
    /// The file to write: .html or .md.
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
}

/// The paper a report prints on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Paper {
    /// 210 x 297 mm.
    A4,
    /// 8.5 x 11 in.
    Letter,
}

/// What `knead config` was asked.
#[derive(Debug, Clone, clap::Args)]
pub struct ConfigArgs {
    /// Print where the settings file is (it need not exist yet).
    #[arg(long, conflicts_with = "default")]
    pub path: bool,
    /// Print a commented settings file with every key at its default.
    #[arg(long)]
    pub default: bool,
}

/// What `knead nudge` was asked.
#[derive(Debug, Clone, clap::Args)]
pub struct NudgeArgs {
    /// The routine a reminder is for.
    #[arg(add = clap_complete::ArgValueCompleter::new(super::complete::routine_or_file))]
    pub routine: String,
}

/// What `knead where` was asked.
#[derive(Debug, Clone, clap::Args)]
pub struct WhereArgs {
    /// Where it hurts: "temple", "between the shoulder blades", "heel". Without it, in a
    /// terminal, a body map to point at; elsewhere the list of places.
    pub zone: Vec<String>,
    /// How to print it.
    #[arg(long, value_enum, default_value_t)]
    pub format: WhereFormat,
    /// Which of the muscles listed to work, by number (1,3); the first three by default.
    #[arg(long, value_name = "NUMBERS", value_delimiter = ',')]
    pub muscles: Vec<usize>,
    /// Write a routine for them as NAME.toml in your routines folder (never replacing one).
    #[arg(long, value_name = "NAME")]
    pub save: Option<String>,
    /// Print the routine instead of the list.
    #[arg(long)]
    pub routine: bool,
    /// How to draw the figure.
    #[arg(long, value_enum)]
    pub glyphs: Option<super::GlyphsArg>,
}

/// How `knead where` prints.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum WhereFormat {
    /// Text to read.
    #[default]
    Text,
    /// The zone, its red flags and its muscles as JSON.
    Json,
}

/// What `knead status` was asked.
#[derive(Debug, Clone, clap::Args)]
pub struct StatusArgs {
    /// How to print it: a line, JSON, or a waybar or i3bar block.
    #[arg(long, value_enum, default_value_t)]
    pub format: StatusFormat,
}

/// How `knead status` prints.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum StatusFormat {
    /// One line of text (tmux's `#(knead status)`).
    #[default]
    Text,
    /// The facts as JSON.
    Json,
    /// A waybar custom module's JSON (text, tooltip, class).
    Waybar,
    /// An i3bar block (`full_text`, `short_text`).
    I3bar,
}

/// How `knead check` prints its results.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum CheckFormat {
    /// For people: `file:line:col: error: ...` with the line and a caret.
    #[default]
    Text,
    /// For editors and CI: one JSON document.
    Json,
}

/// What `knead remind` was asked.
#[derive(Debug, Clone, Subcommand)]
pub enum RemindCommand {
    /// Remind you of a routine at these times (replaces its earlier reminder).
    Add {
        /// The routine, by the name `knead run` takes.
        #[arg(add = ArgValueCompleter::new(super::complete::routine_or_file))]
        routine: String,
        /// Times of day, 24-hour: 11:00,15:30.
        #[arg(long, value_name = "TIMES", required = true)]
        at: Vec<String>,
        /// Days of the week: mon-fri, mon,wed,fri, weekends, daily.
        #[arg(long, value_name = "DAYS", default_value = "daily")]
        days: String,
    },
    /// Your reminders and when each comes next.
    List,
    /// Stop reminding of a routine; its scheduler entry goes too.
    Remove {
        /// The routine.
        #[arg(add = ArgValueCompleter::new(super::complete::routine_or_file))]
        routine: String,
    },
    /// Show a reminder's notification now, whatever the time, to see what it looks like.
    Test {
        /// The routine.
        #[arg(add = ArgValueCompleter::new(super::complete::routine_or_file))]
        routine: String,
    },
    /// No reminders for a while: 2h, 45m, 3d, or until a day (until 2026-12-28).
    Pause {
        /// How long: 2h, 45m, 1h30m, 3d, 2w; or "until" and a day (and a time).
        #[arg(num_args = 1.., required = true, allow_hyphen_values = true)]
        duration: Vec<String>,
    },
    /// Reminders again, after a pause.
    Resume,
}

/// Reads a `--since`/`--until` day. A person types dates many ways; the message shows the
/// one knead reads, and the typed date in it when the order is clear (20/11/2026).
pub fn parse_date(text: &str) -> Result<jiff::civil::Date, String> {
    if let Ok(date) = text.trim().parse() {
        return Ok(date);
    }
    let parts: Vec<u32> = text
        .split(['/', '.', '-'])
        .map(|p| p.trim().parse().unwrap_or(0))
        .collect();
    // Day and month in either order, when one of them can only be the day.
    let guess = match parts[..] {
        [a, b, year] if year > 999 && a > 12 && (1..=12).contains(&b) => Some((year, b, a)),
        [a, b, year] if year > 999 && b > 12 && (1..=12).contains(&a) => Some((year, a, b)),
        _ => None,
    };
    let guess = guess
        .and_then(|(y, m, d)| {
            let date = jiff::civil::Date::new(
                i16::try_from(y).ok()?,
                i8::try_from(m).ok()?,
                i8::try_from(d).ok()?,
            )
            .ok()?;
            Some(format!(
                "; {}",
                knead_core::t!("check-did-you-mean", key = date.to_string())
            ))
        })
        .unwrap_or_default();
    if let [year, _, _] = parts[..]
        && year > 999
    {
        return Err(knead_core::t!("error-not-a-calendar-day", text = text));
    }
    Err(format!("{}{guess}", knead_core::t!("error-date-format")))
}
