//! `knead where` in a terminal (and `w` on the home screen): the body map to point at, then
//! the routine built for the place, run at once or saved among the person's routines.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::app::where_::{Chose, Picker};
use crate::body::Region;
use crate::body::map::Glyphs;
use crate::body::zones::Zone;
use crate::cmd;
use crate::cmd::run::Went;
use crate::error::{Error, Result};
use crate::signals::Signal;
use crate::theme::Theme;
use crate::words::zones as words;

/// What came of the picker, for the home screen to go on from.
#[derive(Debug, Clone, PartialEq)]
pub enum Picked {
    /// Nothing: the person left, or a red flag sent them to care.
    Nothing,
    /// A routine was saved under this name.
    Saved(String),
    /// A session ran to this exit status.
    Ran(ExitCode),
    /// Ctrl-C or a signal: leave with this status.
    Ended(ExitCode),
}

/// Runs `knead where` in a terminal.
pub fn run(glyphs: Glyphs, data_dir: Option<&PathBuf>) -> Result {
    match pick(glyphs, data_dir)? {
        Picked::Nothing => Ok(ExitCode::SUCCESS),
        Picked::Saved(name) => {
            println!("{}", words::saved(&name));
            Ok(ExitCode::SUCCESS)
        }
        Picked::Ran(code) | Picked::Ended(code) => Ok(code),
    }
}

/// Shows the picker and does what was chosen.
pub fn pick(glyphs: Glyphs, data_dir: Option<&PathBuf>) -> Result<Picked> {
    let mut picker = Picker::new(glyphs);
    let chose = match crate::tui::run_where(&mut picker, Theme::from_env())? {
        Ok(chose) => chose,
        Err(signal) => return Ok(Picked::Ended(ExitCode::from(signal.exit_status()))),
    };
    match chose {
        Chose::Quit => Ok(Picked::Nothing),
        Chose::Interrupted => Ok(Picked::Ended(ExitCode::from(
            Signal::Interrupt.exit_status(),
        ))),
        Chose::Save(zone, regions) => {
            let (zone, regions) = resolve(zone, &regions)?;
            let text = words::routine(zone, &regions);
            let name = free_name(zone);
            cmd::new::write_new(&name, &text)?;
            Ok(Picked::Saved(name))
        }
        Chose::Run(zone, regions) => {
            let (zone, regions) = resolve(zone, &regions)?;
            let path = scratch(zone, &words::routine(zone, &regions))?;
            let args = crate::cli::RunArgs::of(&path.to_string_lossy());
            match cmd::run::session(&args, data_dir)? {
                Went::Ran(ended) => Ok(Picked::Ran(cmd::run::exit_code(ended))),
                Went::NotStarted(_) => Ok(Picked::Nothing),
            }
        }
    }
}

fn resolve(zone: &str, regions: &[&str]) -> Result<(&'static Zone, Vec<&'static Region>)> {
    let zone = Zone::by_id(zone)
        .ok_or_else(|| Error::Failed(knead_core::t!("where-no-such-place", id = zone)))?;
    Ok((
        zone,
        regions.iter().filter_map(|id| Region::by_id(id)).collect(),
    ))
}

/// A name for a saved routine no routine of the person's has: `where-temple`, then
/// `where-temple-2`, ...
fn free_name(zone: &Zone) -> String {
    let base = format!("where-{}", zone.id);
    let taken = |name: &str| {
        crate::catalog::user_dir().is_some_and(|d| d.join(format!("{name}.toml")).exists())
    };
    if !taken(&base) {
        return base;
    }
    (2..1000)
        .map(|n| format!("{base}-{n}"))
        .find(|name| !taken(name))
        .unwrap_or(base)
}

/// Writes a routine run at once (not kept among the person's) to the cache folder.
fn scratch(zone: &Zone, text: &str) -> Result<PathBuf> {
    let dir = crate::paths::cache_dir()
        .ok_or_else(|| Error::Failed(knead_core::t!("where-no-home")))?
        .join("where");
    std::fs::create_dir_all(&dir)?;
    let path = dir.join(format!("where-{}.toml", zone.id));
    std::fs::write(&path, text)?;
    Ok(path)
}
