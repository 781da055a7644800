//! The person's settings (sound, notifications, session defaults) from
//! `$XDG_CONFIG_HOME/knead/config.toml`, checked with the same located errors as routines.

use knead_core::t;
use std::collections::BTreeMap;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::time::Duration;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::audio::Cue;
use crate::body::map::Glyphs;
use crate::diagnostic::{Diagnostic, SourceFile};
use crate::remind::Scheduler;
use crate::remind::schedule::{self, Days, Quiet, Reminder};
use crate::routine::fields::{Field, Kind};
use crate::routine::value::{self, Value, closest, describe};
use crate::speech::Level;

/// The settings knead runs with.
#[derive(Debug, Clone, PartialEq, Eq)]
#[allow(clippy::struct_excessive_bools, reason = "independent on/off settings")]
pub struct Settings {
    /// Cue volume, 0-100.
    pub volume: u8,
    /// Start sessions muted.
    pub mute: bool,
    /// Ring the terminal bell when there is no audio device.
    pub bell: bool,
    /// The person's own sound files, by cue.
    pub sounds: BTreeMap<Cue, PathBuf>,
    /// Desktop notifications on or off.
    pub notifications: bool,
    /// The moments that notify.
    pub notify_moments: Vec<crate::notify::Moment>,
    /// Start the next hold after the rest without waiting for a rating.
    pub auto_advance: bool,
    /// Get-ready time for routines that do not set one.
    pub prepare: Duration,
    /// Spoken guidance.
    pub voice: crate::voice::Choices,
    /// Reminders and when they keep quiet.
    pub remind: crate::remind::Choices,
    /// Commands run at a session's moments.
    pub hooks: crate::hooks::Choices,
    /// How the body map is drawn.
    pub glyphs: Glyphs,
    /// The language of every screen, phrase and report, when the settings choose one
    /// (else the locale's).
    pub language: Option<crate::lang::Language>,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            volume: 80,
            mute: false,
            bell: false,
            sounds: BTreeMap::new(),
            notifications: true,
            notify_moments: crate::notify::Moment::ALL.to_vec(),
            auto_advance: false,
            prepare: Duration::from_secs(5),
            voice: crate::voice::Choices {
                volume: 80,
                ..crate::voice::Choices::default()
            },
            remind: crate::remind::Choices::default(),
            hooks: crate::hooks::Choices::default(),
            glyphs: Glyphs::default(),
            language: None,
        }
    }
}

/// A commented settings file with every key at its default (`knead config --default`).
pub const DEFAULT_FILE: &str = include_str!("config/default.toml");

const AUDIO: &[Field] = &[
    field("volume", Kind::Integer { min: 0, max: 100 }),
    field("mute", Kind::Bool),
    field("bell", Kind::Bool),
    field("sounds", Kind::Defaults),
];
const NOTIFICATIONS: &[Field] = &[
    field("enabled", Kind::Bool),
    field("moments", Kind::Choices(&crate::notify::Moment::WORDS)),
];
const SESSION: &[Field] = &[
    field("auto_advance", Kind::Bool),
    field(
        "prepare",
        Kind::Duration {
            min: 0,
            max: 5 * 60,
        },
    ),
];
const DISPLAY: &[Field] = &[
    field("glyphs", Kind::Choice(&GLYPHS)),
    field("language", Kind::Choice(&LANGUAGES)),
];
/// The languages `[display] language` takes, by code.
const LANGUAGES: [&str; 4] = [
    crate::lang::Language::SPOKEN[0].code(),
    crate::lang::Language::SPOKEN[1].code(),
    crate::lang::Language::SPOKEN[2].code(),
    crate::lang::Language::SPOKEN[3].code(),
];
const GLYPHS: [&str; 3] = [
    Glyphs::ALL[0].word(),
    Glyphs::ALL[1].word(),
    Glyphs::ALL[2].word(),
];
const VOICE: &[Field] = &[
    field("enabled", Kind::Bool),
    field("level", Kind::Choice(&LEVELS)),
    field("command", Kind::Lines),
    field("voice", Kind::Text { multiline: false }),
    field("rate", Kind::Integer { min: 80, max: 450 }),
    field("volume", Kind::Integer { min: 0, max: 100 }),
];
const REMIND: &[Field] = &[
    field("quiet", Kind::Text { multiline: false }),
    field("terminal", Kind::Lines),
    field("scheduler", Kind::Choice(&SCHEDULERS)),
    field(
        "wait",
        Kind::Duration {
            min: 5,
            max: 60 * 60,
        },
    ),
];
const SCHEDULERS: [&str; 4] = [
    Scheduler::ALL[0].word(),
    Scheduler::ALL[1].word(),
    Scheduler::ALL[2].word(),
    Scheduler::ALL[3].word(),
];
const HOOKS: &[Field] = &[
    field("session_start", Kind::Lines),
    field("session_end", Kind::Lines),
    field("hold_end", Kind::Lines),
    field(
        "limit",
        Kind::Duration {
            min: 1,
            max: 10 * 60,
        },
    ),
];
/// The keys of one reminder under `[reminders]`.
const REMINDER: &[Field] = &[
    field("at", Kind::Lines),
    field("days", Kind::Text { multiline: false }),
];
/// The settings' tables.
const TABLES: [&str; 8] = [
    "audio",
    "notifications",
    "session",
    "display",
    "voice",
    "remind",
    "reminders",
    "hooks",
];
const LEVELS: [&str; 3] = [
    Level::ALL[0].word(),
    Level::ALL[1].word(),
    Level::ALL[2].word(),
];
const SOUND: Field = field("sound", Kind::Text { multiline: false });

const fn field(name: &'static str, kind: Kind) -> Field {
    Field {
        name,
        kind,
        doc: "",
        default: None,
        required: false,
    }
}

/// Where the settings file is (it need not exist).
pub fn path() -> Option<PathBuf> {
    crate::paths::settings_file()
}

/// Settings read from a file, with what is wrong in it.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The settings: the defaults where the file is silent or wrong.
    pub settings: Settings,
    /// The file, for rendering diagnostics.
    pub source: SourceFile,
    /// Problems found.
    pub diagnostics: Vec<Diagnostic>,
}

impl Loaded {
    /// Whether any problem is an error.
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }
}

/// Reads the settings file at `path`; a missing file means the defaults.
pub fn load(path: &Path) -> Loaded {
    let name = path.display().to_string();
    match std::fs::read_to_string(path) {
        Ok(text) => {
            let base = path.parent().unwrap_or(Path::new("."));
            let (settings, diagnostics) = parse(&text, base);
            Loaded {
                settings,
                source: SourceFile::new(name, text),
                diagnostics,
            }
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Loaded {
            settings: Settings::default(),
            source: SourceFile::new(name, ""),
            diagnostics: vec![],
        },
        Err(e) => Loaded {
            settings: Settings::default(),
            source: SourceFile::new(name, ""),
            diagnostics: vec![Diagnostic::file_error(t!(
                "settings-unreadable",
                why = crate::words::io_words(&e)
            ))],
        },
    }
}

/// Parses settings text; sound paths are relative to `base`.
pub fn parse(text: &str, base: &Path) -> (Settings, Vec<Diagnostic>) {
    let (document, syntax) = DeTable::parse_recoverable(text);
    let mut reader = Reader {
        source: text,
        diagnostics: Vec::new(),
    };
    let mut settings = Settings::default();
    if syntax.is_empty() {
        reader.top(document.get_ref(), base, &mut settings);
    } else {
        for error in &syntax {
            let span = error.span().unwrap_or(0..0);
            reader.diagnostics.push(Diagnostic::error(
                span,
                t!("check-invalid-toml", message = error.message()),
            ));
        }
    }
    let mut diagnostics = reader.diagnostics;
    diagnostics.sort_by_key(|d| d.span.as_ref().map_or(0, |s| s.start));
    (settings, diagnostics)
}

struct Reader<'s> {
    source: &'s str,
    diagnostics: Vec<Diagnostic>,
}

impl Reader<'_> {
    fn top(&mut self, top: &DeTable<'_>, base: &Path, settings: &mut Settings) {
        for (key, value) in top {
            let name: &str = key.get_ref();
            let fields = match name {
                "audio" => AUDIO,
                "notifications" => NOTIFICATIONS,
                "session" => SESSION,
                "display" => DISPLAY,
                "voice" => VOICE,
                "remind" => REMIND,
                "hooks" => HOOKS,
                "reminders" => {
                    if let Some(table) = self.table(name, value) {
                        self.reminders(table, settings);
                    }
                    continue;
                }
                _ => {
                    let place = t!("settings-in-settings");
                    self.unknown(name, key.span(), &place, TABLES.iter().copied());
                    continue;
                }
            };
            let Some(table) = self.table(name, value) else {
                continue;
            };
            for (key, value) in table {
                let Some(field) = self.field(fields, key, &format!("[{name}]")) else {
                    continue;
                };
                if field.kind == Kind::Defaults {
                    if let Some(sounds) = self.table("sounds", value) {
                        self.sounds(sounds, base, settings);
                    }
                    continue;
                }
                match value::check(field, value, self.source) {
                    Ok(Value::Text(text)) if (name, field.name) == ("remind", "quiet") => {
                        match Quiet::parse(&text) {
                            Ok(quiet) => settings.remind.quiet = Some(quiet),
                            Err(e) => self.diagnostics.push(Diagnostic::error(value.span(), e)),
                        }
                    }
                    Ok(Value::Lines(argv)) if name == "hooks" => {
                        // A hook that cannot run is only ever logged: say so here.
                        match argv.first() {
                            None => self.diagnostics.push(
                                Diagnostic::warning(value.span(), t!("settings-hook-empty"))
                                    .with_help(t!("settings-hook-empty-help")),
                            ),
                            Some(program) if which::which(program).is_err() => {
                                self.diagnostics.push(
                                    Diagnostic::warning(
                                        value.span(),
                                        t!(
                                            "settings-hook-missing",
                                            program = format!("{program:?}")
                                        ),
                                    )
                                    .with_help(t!("settings-hook-missing-help")),
                                );
                            }
                            Some(_) => {}
                        }
                        apply(settings, name, field.name, Value::Lines(argv));
                    }
                    Ok(checked) => apply(settings, name, field.name, checked),
                    Err(mut diagnostic) => {
                        // A shell line written as text: the command that runs it.
                        if name == "hooks"
                            && let Some(line) = value.get_ref().as_str()
                        {
                            diagnostic.help =
                                Some(t!("settings-hook-line-help", line = format!("{line:?}")));
                        }
                        self.diagnostics.push(diagnostic);
                    }
                }
            }
        }
    }

    /// `[reminders]`: one `routine = { at = [...], days = "..." }` per routine.
    fn reminders(&mut self, table: &DeTable<'_>, settings: &mut Settings) {
        for (key, value) in table {
            let routine: &str = key.get_ref();
            let Some(entry) = self.table(&format!("reminders.{routine}"), value) else {
                continue;
            };
            let mut at = None;
            let mut at_written = false;
            let mut days = Days::DAILY;
            for (key, value) in entry {
                at_written |= key.get_ref() == "at";
                let place = t!("settings-in-reminder", routine = routine);
                let Some(field) = self.field(REMINDER, key, &place) else {
                    continue;
                };
                let read = match value::check(field, value, self.source) {
                    Ok(Value::Lines(times)) => {
                        schedule::parse_times(times.iter().map(String::as_str))
                            .map(|times| at = Some(times))
                    }
                    Ok(Value::Text(text)) => Days::parse(&text).map(|d| days = d),
                    Ok(_) => Ok(()),
                    Err(diagnostic) => {
                        self.diagnostics.push(diagnostic);
                        continue;
                    }
                };
                if let Err(e) = read {
                    self.diagnostics.push(Diagnostic::error(value.span(), e));
                }
            }
            match at {
                Some(at) => settings.remind.reminders.push(Reminder {
                    routine: routine.to_owned(),
                    at,
                    days,
                }),
                // A wrong time has its own error already.
                None if at_written => {}
                None => self.diagnostics.push(
                    Diagnostic::error(
                        key.span(),
                        t!("settings-reminder-no-times", routine = routine),
                    )
                    .with_help(t!("settings-reminder-no-times-help")),
                ),
            }
        }
    }

    fn sounds(&mut self, table: &DeTable<'_>, base: &Path, settings: &mut Settings) {
        for (key, value) in table {
            let name: &str = key.get_ref();
            let Some(cue) = Cue::from_name(name) else {
                self.unknown(
                    name,
                    key.span(),
                    "[audio.sounds]",
                    Cue::ALL.iter().map(|c| c.name()),
                );
                continue;
            };
            let path = match value::check(&SOUND, value, self.source) {
                Ok(Value::Text(path)) => base.join(path),
                Ok(_) => continue,
                Err(diagnostic) => {
                    self.diagnostics.push(diagnostic);
                    continue;
                }
            };
            if path.is_file() {
                settings.sounds.insert(cue, path);
            } else {
                self.diagnostics.push(
                    Diagnostic::error(
                        value.span(),
                        t!("settings-no-sound-file", path = path.display().to_string()),
                    )
                    .with_help(t!("settings-no-sound-file-help")),
                );
            }
        }
    }

    fn table<'a, 'i>(
        &mut self,
        name: &str,
        value: &'a Spanned<DeValue<'i>>,
    ) -> Option<&'a DeTable<'i>> {
        if let DeValue::Table(table) = value.get_ref() {
            return Some(table);
        }
        self.diagnostics.push(
            Diagnostic::error(
                value.span(),
                t!(
                    "settings-not-table",
                    name = name,
                    found = describe(value.get_ref())
                ),
            )
            .with_help(t!("settings-not-table-help", name = name)),
        );
        None
    }

    /// The field `key` names among `fields`; an unknown key is reported, with `place`.
    fn field<'f>(
        &mut self,
        fields: &'f [Field],
        key: &Spanned<std::borrow::Cow<'_, str>>,
        place: &str,
    ) -> Option<&'f Field> {
        let name: &str = key.get_ref();
        let found = fields.iter().find(|f| f.name == name);
        if found.is_none() {
            self.unknown(name, key.span(), place, fields.iter().map(|f| f.name));
        }
        found
    }

    fn unknown<'a>(
        &mut self,
        name: &str,
        span: Range<usize>,
        place: &str,
        known: impl Iterator<Item = &'a str> + Clone,
    ) {
        let diagnostic = Diagnostic::error(
            span,
            t!(
                "check-unknown-key",
                key = format!("{name:?}"),
                table = place
            ),
        );
        let help = match closest(name, known.clone()) {
            Some(guess) => t!("check-did-you-mean", key = format!("{guess:?}")),
            None => t!(
                "check-keys-allowed",
                keys = known.collect::<Vec<_>>().join(", ")
            ),
        };
        self.diagnostics.push(diagnostic.with_help(help));
    }
}

fn apply(settings: &mut Settings, table: &str, key: &str, value: Value) {
    match (table, key, value) {
        ("audio", "volume", Value::Integer(n)) => settings.volume = u8::try_from(n).unwrap_or(80),
        ("audio", "mute", Value::Bool(b)) => settings.mute = b,
        ("audio", "bell", Value::Bool(b)) => settings.bell = b,
        ("notifications", "enabled", Value::Bool(b)) => settings.notifications = b,
        ("notifications", "moments", Value::Words(words)) => {
            settings.notify_moments = words
                .into_iter()
                .filter_map(crate::notify::Moment::from_word)
                .collect();
        }
        ("session", "auto_advance", Value::Bool(b)) => settings.auto_advance = b,
        ("session", "prepare", Value::Duration(d)) => settings.prepare = d,
        ("display", "glyphs", Value::Word(word)) => {
            settings.glyphs = Glyphs::from_word(word).unwrap_or_default();
        }
        ("display", "language", Value::Word(word)) => {
            settings.language = crate::lang::Language::negotiate(word);
        }
        ("voice", "enabled", Value::Bool(b)) => settings.voice.enabled = Some(b),
        ("voice", "level", Value::Word(word)) => {
            settings.voice.level = Level::from_word(word).unwrap_or_default();
        }
        ("voice", "command", Value::Lines(argv)) if !argv.is_empty() => {
            settings.voice.command = Some(argv);
        }
        ("voice", "voice", Value::Text(voice)) => settings.voice.voice = Some(voice),
        ("voice", "rate", Value::Integer(n)) => settings.voice.rate = u16::try_from(n).ok(),
        ("remind", "terminal", Value::Lines(argv)) if !argv.is_empty() => {
            settings.remind.terminal = Some(argv);
        }
        ("remind", "scheduler", Value::Word(word)) => {
            settings.remind.scheduler = Scheduler::from_word(word);
        }
        ("remind", "wait", Value::Duration(d)) => settings.remind.wait = d,
        ("hooks", "session_start", Value::Lines(argv)) if !argv.is_empty() => {
            settings.hooks.session_start = Some(argv);
        }
        ("hooks", "session_end", Value::Lines(argv)) if !argv.is_empty() => {
            settings.hooks.session_end = Some(argv);
        }
        ("hooks", "hold_end", Value::Lines(argv)) if !argv.is_empty() => {
            settings.hooks.hold_end = Some(argv);
        }
        ("hooks", "limit", Value::Duration(d)) => settings.hooks.limit = d,
        ("voice", "volume", Value::Integer(n)) => {
            settings.voice.volume = u8::try_from(n).unwrap_or(80);
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hook_that_cannot_run_is_said_when_the_settings_are_checked() {
        let text = "[hooks]\nsession_start = \"echo hi\"\nhold_end = [\"no-such-program-xyz\"]\n\
                    session_end = []\nlimit = \"5s\"\n";
        let (settings, diagnostics) = parse(text, Path::new("."));
        let said: Vec<(bool, &str, Option<&str>)> = diagnostics
            .iter()
            .map(|d| (d.is_error(), d.message.as_str(), d.help.as_deref()))
            .collect();
        assert_eq!(said.len(), 3, "{said:?}");
        assert!(said[0].0, "text where a command goes is an error: {said:?}");
        assert_eq!(
            said[0].2,
            Some("a hook is a program and its arguments: [\"sh\", \"-c\", \"echo hi\"]")
        );
        assert_eq!(
            said[1],
            (
                false,
                "no program \"no-such-program-xyz\" is found to run",
                said[1].2
            )
        );
        assert_eq!(said[2].1, "an empty hook runs nothing");
        assert_eq!(settings.hooks.limit, std::time::Duration::from_secs(5));
        let (_, fine) = parse(
            "[hooks]\nsession_end = [\"sh\", \"-c\", \"true\"]\n",
            Path::new("."),
        );
        assert!(fine.is_empty(), "{fine:?}");
    }

    fn problems(text: &str) -> Vec<String> {
        let file = SourceFile::new("c", text);
        let (_, diagnostics) = parse(text, Path::new("."));
        diagnostics
            .iter()
            .map(|d| {
                file.render(d, false)
                    .lines()
                    .next()
                    .unwrap_or_default()
                    .trim_start_matches("c:")
                    .to_owned()
            })
            .collect()
    }

    #[test]
    fn the_default_file_parses_to_the_defaults() {
        let (settings, diagnostics) = parse(DEFAULT_FILE, Path::new("."));
        assert_eq!(diagnostics, vec![]);
        assert_eq!(settings, Settings::default());
    }

    #[test]
    fn the_voice_settings_are_read_and_checked_with_their_place() {
        let text = "[voice]\nenabled = false\nlevel = \"full\"\ncommand = [\"piper\", \"{text}\"]\n\
                    voice = \"en-gb\"\nrate = 150\nvolume = 40\n";
        let (settings, diagnostics) = parse(text, Path::new("."));
        assert_eq!(diagnostics, vec![]);
        assert_eq!(
            settings.voice,
            crate::voice::Choices {
                enabled: Some(false),
                level: Level::Full,
                command: Some(vec!["piper".into(), "{text}".into()]),
                voice: Some("en-gb".into()),
                rate: Some(150),
                volume: 40,
            }
        );
        let wrong = problems("[voice]\nlevel = \"loud\"\nrate = 1000\nspeed = 3\n");
        assert_eq!(wrong.len(), 3, "{wrong:?}");
        assert!(
            wrong[0].starts_with("2:9: error:")
                && wrong[0].contains("\"minimal\", \"names\" or \"full\""),
            "{wrong:?}"
        );
        assert!(
            wrong[1].starts_with("3:8: error: rate must be between 80 and 450"),
            "{wrong:?}"
        );
        assert!(
            wrong[2].contains("unknown key \"speed\" in [voice]"),
            "{wrong:?}"
        );
    }

    #[test]
    fn every_key_is_read() {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::write(dir.path().join("gong.wav"), b"RIFF").expect("write");
        let text = "[audio]\nvolume = 35\nmute = true\nbell = true\n[audio.sounds]\nrelease = \"gong.wav\"\n\
                    [notifications]\nenabled = false\n[session]\nauto_advance = true\nprepare = \"10s\"\n\
                    [display]\nglyphs = \"Blocks\"\n";
        let (settings, diagnostics) = parse(text, dir.path());
        assert_eq!(settings.glyphs, Glyphs::Blocks);
        assert_eq!(diagnostics, vec![]);
        assert_eq!(
            (settings.volume, settings.mute, settings.bell),
            (35, true, true)
        );
        assert_eq!(
            settings.sounds.get(&Cue::Release),
            Some(&dir.path().join("gong.wav"))
        );
        assert!(!settings.notifications && settings.auto_advance);
        assert_eq!(settings.prepare, Duration::from_secs(10));
    }

    #[test]
    fn mistakes_get_line_and_column() {
        let text = "[audio]\nvolume = 130\nmte = true\n[audio.sounds]\nrelese = \"x.wav\"\nhalfway = \"missing.wav\"\n\
                    [sesion]\n[session]\nprepare = \"5 sec\"\n";
        assert_eq!(
            problems(text),
            vec![
                "2:10: error: volume must be between 0 and 100, found 130",
                "3:1: error: unknown key \"mte\" in [audio]",
                "5:1: error: unknown key \"relese\" in [audio.sounds]",
                "6:11: error: no sound file at ./missing.wav",
                "7:2: error: unknown key \"sesion\" in the settings",
                "9:11: error: prepare must be a duration like \"90s\" or \"1m30s\", found \"5 sec\"",
            ]
        );
    }

    #[test]
    fn the_moments_that_notify_are_read_and_a_wrong_one_is_pointed_at() {
        let (settings, diagnostics) = parse(
            "[notifications]\nmoments = [\"Release\", \"complete\", \"release\"]\n",
            Path::new("."),
        );
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        assert_eq!(
            settings.notify_moments,
            [
                crate::notify::Moment::Release,
                crate::notify::Moment::Complete
            ]
        );
        assert_eq!(
            problems("[notifications]\nmoments = [\"release\", \"nxt\"]\n"),
            vec![
                "2:23: error: each of moments must be \"release\", \"next\", \"rate\" or \"complete\", found \"nxt\""
            ]
        );
    }

    #[test]
    fn reminders_and_their_options_are_read_and_checked_with_their_place() {
        let text = "[remind]\nquiet = \"12:00-13:00\"\nterminal = [\"kitty\"]\nscheduler = \"cron\"\n\
                    [reminders]\ndesk-neck = { at = [\"11:00\", \"15:30\"], days = \"mon-fri\" }\n\
                    feet = { at = [\"18:00\"] }\n";
        let (settings, diagnostics) = parse(text, Path::new("."));
        assert_eq!(diagnostics, vec![]);
        let remind = &settings.remind;
        assert_eq!(
            remind.quiet.map(|q| q.to_string()),
            Some("12:00-13:00".into())
        );
        assert_eq!(remind.terminal, Some(vec!["kitty".to_owned()]));
        assert_eq!(remind.scheduler, Some(Scheduler::Cron));
        let desk = remind.reminder("desk-neck").expect("read");
        assert_eq!(
            (desk.times_text(), desk.days.to_string()),
            ("11:00, 15:30".into(), "mon-fri".into())
        );
        assert_eq!(remind.reminder("feet").map(|r| r.days), Some(Days::DAILY));

        let wrong = problems(
            "[remind]\nquiet = \"noon\"\nscheduler = \"anacron\"\n[reminders]\n\
             a = { at = [\"25:00\"] }\nb = { days = \"mon\" }\nc = { at = [\"10:00\"], day = \"mon\" }\n",
        );
        assert_eq!(wrong.len(), 5, "{wrong:?}");
        assert!(
            wrong[0].starts_with("2:9: error: \"noon\" is not a span of time"),
            "{wrong:?}"
        );
        assert!(
            wrong[1].starts_with("3:13: error:") && wrong[1].contains("\"systemd\""),
            "{wrong:?}"
        );
        assert!(
            wrong[2].starts_with("5:12: error: \"25:00\" is not a time of day"),
            "{wrong:?}"
        );
        assert!(
            wrong[3].starts_with("6:1: error: the reminder for b has no times"),
            "{wrong:?}"
        );
        assert!(
            wrong[4].contains("unknown key \"day\" in the reminder for c"),
            "{wrong:?}"
        );
    }

    #[test]
    fn a_missing_file_means_the_defaults() {
        let loaded = load(Path::new("/nonexistent/knead/config.toml"));
        assert!(!loaded.has_errors());
        assert_eq!(loaded.settings, Settings::default());
    }
}
