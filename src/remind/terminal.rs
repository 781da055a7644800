//! Opening a terminal that runs a routine, for a reminder's Start button.

use knead_core::t;
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

/// Why no terminal window can open here, if none can: on Linux and the BSDs, a desktop says
/// where it is in `DISPLAY` or `WAYLAND_DISPLAY` (a reminder's environment carries them).
pub fn no_display() -> Option<String> {
    if cfg!(any(windows, target_os = "macos")) {
        return None;
    }
    let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty());
    (!set("DISPLAY") && !set("WAYLAND_DISPLAY")).then(|| t!("remind-no-display"))
}

/// How long a terminal that cannot open takes to say so: one still running after this is
/// taken as open.
const SETTLE: std::time::Duration = std::time::Duration::from_secs(2);

/// Why a terminal did not open.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    /// The program could not be run.
    #[error("{}", crate::words::io_words(.0))]
    Spawn(#[from] std::io::Error),
    /// It ended at once, unsuccessfully.
    #[error("{}", t!("error-terminal-ended", status = .0.to_string()))]
    Ended(std::process::ExitStatus),
}

/// Starts it and lets it go once it has settled: the terminal outlives the nudge. One that
/// ends at once, unsuccessfully, did not open (no display, a wrong option); one that ends
/// at once successfully handed the window to a server of its own (gnome-terminal does).
pub fn open(argv: &[String]) -> Result<(), OpenError> {
    let mut child = Command::new(&argv[0])
        .args(&argv[1..])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()?;
    let settled = std::time::Instant::now() + SETTLE;
    while std::time::Instant::now() < settled {
        match child.try_wait()? {
            Some(status) if status.success() => return Ok(()),
            Some(status) => return Err(OpenError::Ended(status)),
            None => std::thread::sleep(std::time::Duration::from_millis(50)),
        }
    }
    Ok(())
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
