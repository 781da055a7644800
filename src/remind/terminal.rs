//! Opening a terminal that runs a routine, for a reminder's Start button.

use std::path::Path;
use std::process::{Command, Stdio};

/// Terminals tried in turn when the settings name none, each with the word after which it
/// takes the command to run.
const KNOWN: [(&str, &str); 4] = [
    ("x-terminal-emulator", "-e"),
    ("gnome-terminal", "--"),
    ("konsole", "-e"),
    ("xterm", "-e"),
];

/// The command that opens a terminal running `knead run ROUTINE`: the settings' `terminal`
/// with knead's command after it, else the first known terminal found.
pub fn command(
    configured: Option<&[String]>,
    program: &Path,
    routine: &str,
) -> Option<Vec<String>> {
    let knead = [
        program.to_string_lossy().into_owned(),
        "run".to_owned(),
        routine.to_owned(),
    ];
    if let Some(argv) = configured.filter(|a| !a.is_empty()) {
        return Some(argv.iter().cloned().chain(knead).collect());
    }
    if cfg!(target_os = "macos") {
        let script = format!(
            "tell application \"Terminal\" to do script \"{}\"",
            knead
                .iter()
                .map(|w| super::sh_word(w))
                .collect::<Vec<_>>()
                .join(" ")
                .replace('\\', "\\\\")
                .replace('"', "\\\"")
        );
        return Some(vec![
            "osascript".into(),
            "-e".into(),
            script,
            "-e".into(),
            "tell application \"Terminal\" to activate".into(),
        ]);
    }
    if cfg!(windows) {
        // `start` opens a console window of its own; its first quoted word is the title.
        return Some(
            ["cmd", "/c", "start", "knead"]
                .iter()
                .map(|s| (*s).to_owned())
                .chain(knead)
                .collect(),
        );
    }
    KNOWN
        .iter()
        .find(|(name, _)| which::which(name).is_ok())
        .map(|(name, flag)| {
            [(*name).to_owned(), (*flag).to_owned()]
                .into_iter()
                .chain(knead)
                .collect()
        })
}

/// Starts it and lets it go: the terminal outlives the nudge.
pub fn open(argv: &[String]) -> std::io::Result<()> {
    Command::new(&argv[0])
        .args(&argv[1..])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map(|_| ())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_configured_terminal_gets_knead_run_after_its_own_words() {
        let argv = command(
            Some(&["wezterm".to_owned(), "start".to_owned(), "--".to_owned()]),
            Path::new("/usr/bin/knead"),
            "desk-neck",
        );
        assert_eq!(
            argv,
            Some(
                [
                    "wezterm",
                    "start",
                    "--",
                    "/usr/bin/knead",
                    "run",
                    "desk-neck"
                ]
                .map(String::from)
                .to_vec()
            )
        );
    }
}
