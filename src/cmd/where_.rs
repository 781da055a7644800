//! `knead where`: from where it hurts to the muscles that often send pain there, and a
//! routine for them. Red flags come first: a yes to one builds nothing. In a terminal with no
//! place named, a body map to point at (`app::where_`); otherwise text or JSON.

use knead_core::t;
use std::io::{self, BufRead, IsTerminal as _, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use serde_json::json;

use crate::body::Region;
use crate::body::map::{Glyphs, Mark, Picture, Tone, width_for};
use crate::body::zones::{self, Flag, ZONES, Zone};
use crate::cli::{WhereArgs, WhereFormat};
use crate::error::{Error, Result};
use crate::words::zones as words;

/// How many of a zone's muscles a routine works unless the person picks.
pub const FIRST: usize = 3;

/// Runs `knead where`.
pub fn run(args: &WhereArgs, data_dir: Option<&PathBuf>, out: &mut dyn Write) -> Result {
    let typed = args.zone.join(" ");
    let glyphs = args.glyphs.map_or_else(
        || {
            crate::config::path()
                .map(|p| crate::config::load(&p).settings.glyphs)
                .unwrap_or_default()
        },
        Into::into,
    );
    if typed.trim().is_empty() {
        if io::stdin().is_terminal() && io::stdout().is_terminal() {
            return super::where_picker::run(glyphs, data_dir);
        }
        list(out)?;
        return Ok(ExitCode::SUCCESS);
    }
    let zone = find(&typed)?;
    let regions = chosen(zone, &args.muscles)?;
    if args.routine {
        out.write_all(words::routine(zone, &regions).as_bytes())?;
        return Ok(ExitCode::SUCCESS);
    }
    if let Some(name) = &args.save {
        // A name that cannot be a file is said before any question is asked.
        super::new::file_name(name)?;
        if io::stdin().is_terminal()
            && let Some(flag) = ask_flags(zone, &mut io::stdin().lock(), out)?
        {
            writeln!(out, "{}", words::advice(flag))?;
            return Ok(ExitCode::from(1));
        }
        let path = super::new::write_new(name, &words::routine(zone, &regions))?;
        let name = super::new::file_name(name)?;
        writeln!(out, "{}", path.display())?;
        writeln!(out, "{}", words::runs_it(&name))?;
        return Ok(ExitCode::SUCCESS);
    }
    match args.format {
        WhereFormat::Text => {
            // The map for a person at a terminal, or when asked for; not in a pipe.
            let map = (args.glyphs.is_some() || io::stdout().is_terminal()).then_some(glyphs);
            text(zone, &regions, map, out)?;
        }
        WhereFormat::Json => writeln!(out, "{}", as_json(zone))?,
    }
    Ok(ExitCode::SUCCESS)
}

/// The zone `typed` names, or a usage error with the one it likely meant.
pub fn find(typed: &str) -> Result<&'static Zone> {
    Zone::recognise(typed).ok_or_else(|| {
        let typed = typed.trim();
        Error::Usage(match Zone::suggest(typed) {
            Some(meant) => t!("where-no-place-meant", typed = typed, meant = meant),
            None => t!("where-no-place", typed = typed),
        })
    })
}

/// The muscles picked by number (from 1), or the first [`FIRST`].
fn chosen(zone: &Zone, picked: &[usize]) -> Result<Vec<&'static Region>> {
    let all: Vec<&'static Region> = zone.regions().collect();
    if picked.is_empty() {
        return Ok(all.into_iter().take(FIRST).collect());
    }
    picked
        .iter()
        .map(|&n| {
            n.checked_sub(1)
                .and_then(|i| all.get(i).copied())
                .ok_or_else(|| {
                    Error::Usage(t!(
                        "where-muscles-range",
                        number = n,
                        zone = zone.name(),
                        count = all.len()
                    ))
                })
        })
        .collect()
}

/// Asks each red flag of `zone` in turn, a line each; the first answered yes, if any.
/// Anything but yes or no is asked again; the input ending counts as no answer: no routine.
pub fn ask_flags(
    zone: &Zone,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
) -> Result<Option<Flag>> {
    writeln!(out, "{}", words::flags_heading())?;
    for &flag in zone.flags {
        loop {
            write!(out, "{} {} ", words::question(flag), words::yes_no())?;
            out.flush()?;
            let mut line = String::new();
            if input.read_line(&mut line)? == 0 {
                return Err(Error::Failed(t!("where-not-answered")));
            }
            match words::answer(&line.trim().to_lowercase()) {
                Some(true) => return Ok(Some(flag)),
                Some(false) => break,
                None => {}
            }
        }
    }
    Ok(None)
}

fn list(out: &mut dyn Write) -> io::Result<()> {
    let width = ZONES
        .iter()
        .map(|z| z.name().chars().count())
        .max()
        .unwrap_or(0);
    for zone in ZONES {
        writeln!(
            out,
            "{:<width$}  {}",
            zone.name(),
            zone.aliases().join(", ")
        )?;
    }
    writeln!(out, "\n{}", t!("where-list-footer"))
}

fn text(
    zone: &'static Zone,
    chosen: &[&'static Region],
    glyphs: Option<Glyphs>,
    out: &mut dyn Write,
) -> io::Result<()> {
    writeln!(out, "{}", capitalised(&zone.name()))?;
    writeln!(out)?;
    writeln!(out, "{}", words::flags_heading())?;
    for &flag in zone.flags {
        writeln!(out, "  - {}", words::question(flag))?;
        writeln!(out, "    {}", words::advice(flag))?;
    }
    writeln!(out)?;
    writeln!(out, "{}", words::muscles_heading(zone))?;
    for (n, region) in zone.regions().enumerate() {
        let picked = if chosen.iter().any(|r| r.id == region.id) {
            "*"
        } else {
            " "
        };
        writeln!(out, "{picked}{:>2}. {}", n + 1, words::muscle_line(region))?;
        writeln!(out, "     {}", region.local_find())?;
    }
    if let Some(glyphs) = glyphs {
        let height = 20;
        let mut marks: Vec<Mark> = vec![Mark {
            region: &zone.place,
            side: None,
            tone: Tone::High,
        }];
        marks.extend(chosen.iter().map(|&region| Mark {
            region,
            side: None,
            tone: Tone::Mid,
        }));
        for view in crate::body::View::ALL {
            let picture = Picture::draw(view, &marks, width_for(height), height, glyphs);
            writeln!(out)?;
            writeln!(out, "  {}", view.label())?;
            for line in picture.lines() {
                writeln!(out, "  {}", line.trim_end_matches([' ', '\u{2800}']))?;
            }
        }
    }
    writeln!(out)?;
    writeln!(out, "{}", words::see_a_clinician())?;
    writeln!(out, "{}", words::build_hint(zone))?;
    Ok(())
}

fn as_json(zone: &Zone) -> serde_json::Value {
    json!({
        "zone": zone.id,
        "name": zone.name(),
        "red_flags": zone.flags.iter().map(|&f| json!({
            "question": words::question(f),
            "if_yes": words::advice(f),
        })).collect::<Vec<_>>(),
        "muscles": zone.regions().map(|r| json!({
            "region": r.id,
            "name": r.local_name(),
            "sides": r.sided,
            "tool": zones::tool(r),
            "hold_s": zones::hold_seconds(r),
            "find": r.local_find(),
        })).collect::<Vec<_>>(),
        "see_a_clinician": words::see_a_clinician(),
    })
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_red_flags_are_asked_in_turn_until_one_is_answered_yes() {
        let temple = Zone::by_id("temple").expect("temple");
        let mut out = Vec::new();
        let yes = ask_flags(temple, &mut "n\nmaybe\nyes\n".as_bytes(), &mut out).expect("asks");
        assert_eq!(yes, Some(Flag::Nerve));
        let said = String::from_utf8(out).expect("utf-8");
        // The second question was asked again after "maybe".
        assert_eq!(
            said.matches(words::question(Flag::Nerve).as_str()).count(),
            2,
            "{said}"
        );
        let mut out = Vec::new();
        assert_eq!(
            ask_flags(temple, &mut "n\nno\nN\n".as_bytes(), &mut out).expect("asks"),
            None
        );
        // No answer at all builds nothing.
        assert!(ask_flags(temple, &mut "n\n".as_bytes(), &mut Vec::new()).is_err());
    }
}
