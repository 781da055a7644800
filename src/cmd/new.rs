//! `knead new` and `knead edit`: a person's own routines, in their routines folder.

use crate::error::{Error, Result};
use knead_core::t;
use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use crate::catalog::{self, BUNDLED, Checked};
use crate::routine::schema;

/// The commented template every new routine starts from.
fn template() -> &'static str {
    BUNDLED
        .iter()
        .find(|b| b.name == "therapist-template")
        .map_or("", crate::catalog::Bundled::text)
}

/// The name `knead run` takes for a routine called `name`: "Neck plan" is `neck-plan`
/// (`neck-plan.toml`); a usage error for anything but letters, digits, spaces, - and _.
pub fn file_name(name: &str) -> Result<String> {
    let name = name.trim();
    if name.is_empty()
        || !name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ' '))
    {
        return Err(Error::Usage(t!(
            "error-routine-name",
            name = format!("{name:?}")
        )));
    }
    Ok(name
        .split_whitespace()
        .collect::<Vec<_>>()
        .join("-")
        .to_ascii_lowercase())
}

/// Writes a new routine `name` from the template, titled as typed ("Neck plan") in a file
/// named for it (`neck-plan.toml`); never replaces an existing file.
pub fn new(name: &str, out: &mut dyn Write) -> Result {
    let title = name.trim();
    let text = template().replacen(
        "name = \"Template: neck and upper back\"",
        &format!("name = \"{title}\""),
        1,
    );
    let path = write_new(name, &text)?;
    writeln!(out, "{}", path.display())?;
    Ok(ExitCode::SUCCESS)
}

/// Writes `text` as the routine `name` (slugged: `neck-plan.toml`) in the routines folder,
/// never replacing a file there; where it went.
pub fn write_new(name: &str, text: &str) -> Result<PathBuf> {
    let name = file_name(name)?;
    let name = name.as_str();
    let dir = catalog::user_dir().ok_or_else(|| Error::Failed(t!("error-no-home-for-routines")))?;
    std::fs::create_dir_all(&dir)?;
    let path = dir.join(format!("{name}.toml"));
    // create_new: if a file is there, even one made a moment ago by something else, keep it.
    match std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&path)
    {
        Ok(mut file) => file.write_all(text.as_bytes())?,
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
            return Err(Error::Failed(t!(
                "error-routine-exists",
                path = path.display().to_string(),
                name = name
            )));
        }
        Err(e) => return Err(e.into()),
    }
    write_schema(&dir);
    Ok(path)
}

/// Keeps `../schema/routine.schema.json` next to the routines folder current, so the
/// template's `#:schema` line gives completion and checking in editors.
fn write_schema(routines: &Path) {
    if let Some(parent) = routines.parent() {
        let dir = parent.join("schema");
        let path = dir.join("routine.schema.json");
        let text = schema::to_json();
        if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
            let _ = std::fs::create_dir_all(&dir).and_then(|()| std::fs::write(&path, text));
        }
    }
}

/// The editor when neither VISUAL nor EDITOR is set.
const DEFAULT_EDITOR: &str = if cfg!(windows) { "notepad" } else { "vi" };

fn editor_not_found(editor: &str) -> Error {
    Error::Failed(t!("error-no-editor", editor = format!("{editor:?}")))
}

/// Runs `editor` on `path` through the shell, so an editor given with arguments
/// ("code --wait") works.
fn open_editor(editor: &str, path: &std::path::Path) -> std::io::Result<std::process::ExitStatus> {
    if cfg!(windows) {
        Command::new("cmd")
            .arg("/C")
            .arg(format!("{editor} \"{}\"", path.display()))
            .status()
    } else {
        Command::new("sh")
            .arg("-c")
            .arg(format!("{editor} \"$1\""))
            .arg("knead")
            .arg(path)
            .status()
    }
}

/// Opens a routine in `$VISUAL` or `$EDITOR` (else `vi`), then checks it.
pub fn edit(name: &str, out: &mut dyn Write, colour: bool) -> Result {
    let path = own_routine(name).ok_or_else(|| {
        Error::Failed(t!(
            "error-no-own-routine",
            quoted = format!("{name:?}"),
            name = name
        ))
    })?;
    let chosen = ["VISUAL", "EDITOR"]
        .into_iter()
        .find_map(|name| std::env::var(name).ok().filter(|e| !e.trim().is_empty()));
    let editor = match chosen {
        Some(editor) => editor,
        // The default editor is a terminal's: without one it would read escape codes and
        // leave the file as it was. One the person chose may be a window's ("code --wait").
        None if !(std::io::stdin().is_terminal() && std::io::stdout().is_terminal()) => {
            return Err(Error::Failed(t!(
                "error-edit-needs-terminal",
                editor = DEFAULT_EDITOR,
                path = path.display().to_string(),
                name = name
            )));
        }
        None => {
            eprintln!(
                "knead: opening {} in {DEFAULT_EDITOR}, as neither VISUAL nor EDITOR is set \
                 (for another, set EDITOR, for example EDITOR=nano)",
                path.display()
            );
            DEFAULT_EDITOR.to_owned()
        }
    };
    // Looked up first, so the shell's own "not found" never reaches the person.
    let program = editor.split_whitespace().next().unwrap_or_default();
    if which::which(program).is_err() {
        return Err(editor_not_found(&editor));
    }
    match open_editor(&editor, &path) {
        Ok(status) if status.success() => {}
        // What shells answer for a command they cannot find or run.
        Ok(status) if matches!(status.code(), Some(126 | 127 | 9009)) => {
            return Err(editor_not_found(&editor));
        }
        Ok(status) => {
            let said = match status.code() {
                Some(code) => t!("edit-editor-status", editor = editor.as_str(), code = code),
                None => t!("edit-editor-stopped", editor = editor.as_str()),
            };
            eprintln!("knead: {said}");
        }
        Err(e) => {
            return Err(Error::Failed(t!(
                "error-editor-failed",
                editor = editor.as_str(),
                why = crate::words::io_words(&e)
            )));
        }
    }
    let checked = Checked::from_path(&path);
    for diagnostic in &checked.parsed.diagnostics {
        write!(out, "{}", checked.source.render(diagnostic, colour))?;
    }
    if let Some(routine) = &checked.parsed.routine {
        let valid = t!("check-valid", summary = routine.summary());
        writeln!(out, "{}: {valid}", path.display())?;
        Ok(ExitCode::SUCCESS)
    } else {
        let path = path.display().to_string();
        writeln!(out, "{}", t!("edit-has-errors", path = path, name = name))?;
        Ok(ExitCode::FAILURE)
    }
}

/// A routine file of the person's: a path, or a name in their routines folder.
fn own_routine(name: &str) -> Option<PathBuf> {
    let as_path = Path::new(name);
    if as_path.is_file() {
        return Some(as_path.to_owned());
    }
    let path = catalog::user_dir()?.join(format!("{name}.toml"));
    path.is_file().then_some(path)
}
