//! `knead config`: where the settings live, a commented default file, and a check of them.

use crate::cli::ConfigArgs;
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
        writeln!(out, "no home folder: knead uses the default settings")?;
        return Ok(ExitCode::SUCCESS);
    };
    if args.path {
        writeln!(out, "{}", path.display())?;
        return Ok(ExitCode::SUCCESS);
    }
    if !path.exists() {
        writeln!(
            out,
            "{} does not exist: knead uses the defaults.",
            path.display()
        )?;
        writeln!(
            out,
            "Start one with: knead config --default > {}",
            path.display()
        )?;
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
    writeln!(out, "{}: valid", path.display())?;
    writeln!(
        out,
        "  volume {}, {}, bell {}",
        s.volume,
        if s.mute { "muted" } else { "sound on" },
        on(s.bell)
    )?;
    for (cue, file) in &s.sounds {
        writeln!(out, "  {} sound: {}", cue.name(), file.display())?;
    }
    writeln!(out, "  notifications {}", on(s.notifications))?;
    writeln!(
        out,
        "  auto-advance {}, prepare {}",
        on(s.auto_advance),
        crate::words::short(s.prepare)
    )?;
    Ok(ExitCode::SUCCESS)
}

fn on(flag: bool) -> &'static str {
    if flag { "on" } else { "off" }
}
