//! `knead config`: where the settings live, a commented default file, and a check of them.

use crate::cli::ConfigArgs;
use knead_core::t;
use std::io::{self, Write};
use std::process::ExitCode;

use crate::config::{self, DEFAULT_FILE};

/// Prints the path, the default file, or the checked settings.
pub fn run(args: &ConfigArgs, out: &mut dyn Write, colour: bool) -> io::Result<ExitCode> {
    if args.default {
        out.write_all(DEFAULT_FILE.as_bytes())?;
        return Ok(ExitCode::SUCCESS);
    }
    let Some(path) = config::path() else {
        writeln!(out, "{}", t!("config-no-home"))?;
        return Ok(ExitCode::SUCCESS);
    };
    if args.path {
        writeln!(out, "{}", path.display())?;
        return Ok(ExitCode::SUCCESS);
    }
    if !path.exists() {
        let path = path.display().to_string();
        writeln!(out, "{}", t!("config-missing", path = path.as_str()))?;
        writeln!(out, "{}", t!("config-start-one", path = path))?;
        return Ok(ExitCode::SUCCESS);
    }
    let loaded = config::load(&path);
    for diagnostic in &loaded.diagnostics {
        write!(out, "{}", loaded.source.render(diagnostic, colour))?;
    }
    if loaded.has_errors() {
        return Ok(ExitCode::FAILURE);
    }
    let s = &loaded.settings;
    writeln!(out, "{}: {}", path.display(), t!("config-valid"))?;
    let sound = if s.mute {
        t!("config-muted")
    } else {
        t!("config-sound-on")
    };
    writeln!(
        out,
        "  {}",
        t!(
            "config-sound",
            volume = s.volume,
            sound = sound,
            bell = on(s.bell)
        )
    )?;
    for (cue, file) in &s.sounds {
        let file = file.display().to_string();
        writeln!(
            out,
            "  {}",
            t!("config-cue-sound", cue = cue.name(), file = file)
        )?;
    }
    writeln!(
        out,
        "  {}",
        t!("config-notifications", on = on(s.notifications))
    )?;
    writeln!(
        out,
        "  {}",
        t!(
            "config-advance",
            on = on(s.auto_advance),
            prepare = crate::words::short(s.prepare)
        )
    )?;
    Ok(ExitCode::SUCCESS)
}

fn on(flag: bool) -> String {
    if flag {
        t!("config-on")
    } else {
        t!("config-off")
    }
}
