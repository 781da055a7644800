//! Where routines come from: the ones built into the binary, the user's routines folder, and
//! paths given on the command line.

use knead_core::t;
use std::fs::File;
use std::io::Read as _;
use std::path::{Path, PathBuf};

use crate::diagnostic::{Diagnostic, SourceFile};
use crate::routine::fields::MAX_FILE_BYTES;
use crate::routine::{self, Parsed};

/// A routine shipped inside the binary, so an installed `knead` needs no files beside it: in
/// English (`routines/NAME.toml`) and in each other language knead speaks
/// (`routines/LANG/NAME.toml`, the same steps with its words translated).
#[derive(Debug, Clone, Copy)]
pub struct Bundled {
    /// The name it is run by (`knead run desk-neck`).
    pub name: &'static str,
    /// The TOML text in English, German, Spanish and French.
    texts: [&'static str; 4],
}

impl Bundled {
    /// Its text in the language spoken (English's for the pseudo-language).
    pub fn text(&self) -> &'static str {
        self.text_in(crate::lang::current())
    }

    /// Its text in `language`.
    pub fn text_in(&self, language: crate::lang::Language) -> &'static str {
        use crate::lang::Language;
        match language {
            Language::English | Language::Pseudo => self.texts[0],
            Language::German => self.texts[1],
            Language::Spanish => self.texts[2],
            Language::French => self.texts[3],
        }
    }
}

macro_rules! bundled {
    ($($name:literal),* $(,)?) => {
        &[$(Bundled {
            name: $name,
            texts: [
                include_str!(concat!("../routines/", $name, ".toml")),
                include_str!(concat!("../routines/de/", $name, ".toml")),
                include_str!(concat!("../routines/es/", $name, ".toml")),
                include_str!(concat!("../routines/fr/", $name, ".toml")),
            ],
        }),*]
    };
}

/// Every routine in `routines/`, in the order `knead list` shows them.
pub const BUNDLED: &[Bundled] = bundled![
    "desk-neck",
    "typing-forearms",
    "low-back-wall",
    "feet-plantar",
    "post-run-legs",
    "post-lift-upper",
    "cold-pack-recovery",
    "therapist-template",
];

/// A routine file read and checked.
#[derive(Debug, Clone)]
pub struct Checked {
    /// The name to run it by, or the path it was given as.
    pub name: String,
    /// The file's name and text, for rendering diagnostics.
    pub source: SourceFile,
    /// The routine, or what is wrong with it.
    pub parsed: Parsed,
}

impl Checked {
    /// Checks text already in memory.
    pub fn from_text(name: impl Into<String>, display: impl Into<String>, text: &str) -> Self {
        Self {
            name: name.into(),
            source: SourceFile::new(display, text),
            parsed: routine::parse(text),
        }
    }

    /// Reads and checks a file, refusing anything over the size limit or not UTF-8.
    pub fn from_path(path: &Path) -> Self {
        let display = path.display().to_string();
        match read_limited(path) {
            Ok(text) => Self::from_text(display.clone(), display, &text),
            Err((diagnostic, text)) => Self {
                name: display.clone(),
                source: SourceFile::new(display, text),
                parsed: Parsed {
                    routine: None,
                    diagnostics: vec![diagnostic],
                },
            },
        }
    }

    /// Whether the file has any error (warnings do not count).
    pub fn has_errors(&self) -> bool {
        self.parsed.diagnostics.iter().any(Diagnostic::is_error)
    }
}

/// Reads at most [`MAX_FILE_BYTES`] of UTF-8 text; on failure, says why, with whatever text
/// could be read so the error can quote it.
fn read_limited(path: &Path) -> Result<String, (Diagnostic, String)> {
    let fail = |d: Diagnostic| (d, String::new());
    if path.is_dir() {
        return Err(fail(Diagnostic::file_error(t!("check-file-is-folder"))));
    }
    let mut bytes = Vec::new();
    File::open(path)
        .and_then(|f| f.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes))
        .map_err(|e| {
            tracing::debug!("reading {}: {e}", path.display());
            fail(Diagnostic::file_error(t!(
                "check-file-unreadable",
                why = crate::words::io_words(&e)
            )))
        })?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(fail(
            Diagnostic::file_error(t!("check-file-too-large"))
                .with_help(t!("check-file-too-large-help")),
        ));
    }
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let text = String::from_utf8_lossy(e.as_bytes()).into_owned();
        (
            Diagnostic::error(at..at + 1, t!("check-file-not-utf8"))
                .with_help(t!("check-file-not-utf8-help")),
            text,
        )
    })
}

/// The user's routines folder (`$XDG_CONFIG_HOME/knead/routines` on Linux).
pub fn user_dir() -> Option<PathBuf> {
    crate::paths::routines_dir()
}

/// The `.toml` files in the user's routines folder, sorted by name; empty if there is none.
pub fn user_files() -> Vec<PathBuf> {
    let Some(dir) = user_dir() else {
        return Vec::new();
    };
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| {
            path.extension()
                .is_some_and(|ext| ext.eq_ignore_ascii_case("toml"))
        })
        .collect();
    files.sort();
    files
}

/// Checks a bundled routine.
pub fn check_bundled(bundled: &Bundled) -> Checked {
    Checked::from_text(
        bundled.name,
        format!("bundled/{}.toml", bundled.name),
        bundled.text(),
    )
}

/// Checks a user's routine file, named by its file stem.
pub fn check_user_file(path: &Path) -> Checked {
    let mut checked = Checked::from_path(path);
    if let Some(stem) = path.file_stem() {
        checked.name = stem.to_string_lossy().into_owned();
    }
    checked
}

/// Each known routine's sessions-per-week aim (`per_week`), by routine name.
pub fn intents() -> std::collections::HashMap<String, u8> {
    let bundled = BUNDLED.iter().map(check_bundled);
    let user = user_files().into_iter().map(|p| check_user_file(&p));
    bundled
        .chain(user)
        .filter_map(|c| c.parsed.routine)
        .filter_map(|r| Some((r.name, r.per_week?)))
        .collect()
}

/// Finds a routine by path or by name: a path that exists (or looks like one) is read as a
/// file; otherwise the name is looked up in the user's folder, then among the bundled ones.
pub fn resolve(arg: &str) -> Result<Checked, ResolveError> {
    let path = Path::new(arg);
    if path.exists() || looks_like_path(arg) {
        return Ok(Checked::from_path(path));
    }
    by_name(arg)
}

/// Whether `arg` names a file rather than a routine: it has a folder in it or ends in
/// `.toml`.
pub fn looks_like_path(arg: &str) -> bool {
    arg.contains(std::path::MAIN_SEPARATOR)
        || Path::new(arg)
            .extension()
            .is_some_and(|ext| ext.eq_ignore_ascii_case("toml"))
}

/// Finds a routine by name only: the user's folder first, then the bundled ones. What a
/// reminder runs, wherever the scheduler starts it.
pub fn by_name(name: &str) -> Result<Checked, ResolveError> {
    if let Some(file) = user_files()
        .into_iter()
        .find(|p| p.file_stem().is_some_and(|s| s == name))
    {
        return Ok(check_user_file(&file));
    }
    if let Some(bundled) = BUNDLED.iter().find(|b| b.name == name) {
        return Ok(check_bundled(bundled));
    }
    Err(ResolveError::Unknown(name.to_owned()))
}

/// A routine that could not be found.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ResolveError {
    /// No file by that path, and no routine by that name.
    #[error("{}", t!("error-no-routine", name = .0.as_str()))]
    Unknown(String),
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each language's version of a bundled routine is valid, warning-free and the same
    /// routine: the same steps, spots, tools, times, sides and programme; only its words
    /// differ.
    #[test]
    fn every_bundled_routine_is_the_same_routine_in_each_language() {
        use crate::lang::Language;
        for bundled in BUNDLED {
            let english = routine::parse(bundled.text_in(Language::English))
                .routine
                .expect("valid");
            for language in [Language::German, Language::Spanish, Language::French] {
                let parsed = routine::parse(bundled.text_in(language));
                assert_eq!(parsed.diagnostics, vec![], "{language:?} {}", bundled.name);
                let theirs = parsed.routine.expect("valid");
                assert_ne!(
                    theirs.name, english.name,
                    "{language:?} {}: translated",
                    bundled.name
                );
                let shape = |r: &routine::Routine| {
                    r.steps
                        .iter()
                        .map(|s| {
                            (
                                s.region_id,
                                s.tool.known,
                                s.hold,
                                s.rest,
                                s.prepare,
                                s.reps,
                                s.sides,
                                s.release,
                            )
                        })
                        .collect::<Vec<_>>()
                };
                assert_eq!(
                    shape(&theirs),
                    shape(&english),
                    "{language:?} {}",
                    bundled.name
                );
                assert_eq!(
                    (theirs.stop_above, theirs.per_week, theirs.language),
                    (english.stop_above, english.per_week, english.language),
                    "{language:?} {}",
                    bundled.name
                );
                assert_eq!(
                    theirs
                        .prescription
                        .as_ref()
                        .map(|p| (p.start, p.weeks, p.phases.len())),
                    english
                        .prescription
                        .as_ref()
                        .map(|p| (p.start, p.weeks, p.phases.len())),
                    "{language:?} {}",
                    bundled.name
                );
            }
        }
    }

    #[test]
    fn every_bundled_routine_is_valid_and_warning_free() {
        for bundled in BUNDLED {
            let checked = check_bundled(bundled);
            assert!(
                checked.parsed.routine.is_some(),
                "{}: {:?}",
                bundled.name,
                checked.parsed.diagnostics
            );
            assert_eq!(checked.parsed.diagnostics, vec![], "{}", bundled.name);
            // Every spot is one the catalogue knows, so the map can draw it.
            for step in &checked.parsed.routine.as_ref().expect("valid").steps {
                assert!(
                    step.region_id.is_some(),
                    "{}: {:?} is not in the catalogue",
                    bundled.name,
                    step.region
                );
            }
        }
    }

    #[test]
    fn every_file_in_routines_folder_is_bundled() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("routines");
        for dir in [
            root.clone(),
            root.join("de"),
            root.join("es"),
            root.join("fr"),
        ] {
            for entry in std::fs::read_dir(&dir).expect("routines/ exists") {
                let path = entry.expect("entry").path();
                if path.is_dir() {
                    continue;
                }
                let stem = path.file_stem().and_then(|s| s.to_str()).expect("name");
                assert!(
                    BUNDLED.iter().any(|b| b.name == stem),
                    "{} is not in BUNDLED",
                    path.display()
                );
            }
        }
    }

    #[test]
    fn oversized_and_non_utf8_files_are_refused_with_a_message() {
        let dir = tempfile::tempdir().expect("tempdir");
        let big = dir.path().join("big.toml");
        std::fs::write(&big, vec![b'#'; 1024 * 1024 + 1]).expect("write");
        let checked = Checked::from_path(&big);
        assert_eq!(
            checked.parsed.diagnostics[0].message,
            "is larger than 1 MiB; a routine file should be a few KiB"
        );

        let latin1 = dir.path().join("latin1.toml");
        std::fs::write(&latin1, b"name = \"caf\xe9\"\n").expect("write");
        let checked = Checked::from_path(&latin1);
        assert_eq!(checked.parsed.diagnostics[0].span, Some(11..12));
    }

    #[test]
    fn unknown_names_point_to_knead_list() {
        let err = resolve("no-such-routine").expect_err("unknown");
        assert!(err.to_string().contains("knead list"), "{err}");
        assert_eq!(resolve("desk-neck").expect("bundled").name, "desk-neck");
    }
}
