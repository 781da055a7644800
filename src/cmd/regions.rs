//! `knead regions`: the regions knead knows, with the names it also takes and how to find each,
//! so a therapist can write a routine whose spots land on the body map and in one history.

use std::io::{self, Write};

use crate::body::map::{Glyphs, Mark, Picture, Tone, width_for};
use crate::body::{self, Area, REGIONS, Region};
use crate::error::{Error, Result};

/// Lists every region, or shows one (`name` in any form knead recognises) on the figure.
pub fn run(name: Option<&str>, glyphs: Glyphs, out: &mut dyn Write) -> Result<()> {
    match name {
        None => list(out)?,
        Some(name) => {
            let Some(region) = Region::recognise(name) else {
                let hint = Region::suggest(name)
                    .map(|s| format!("did you mean \"{s}\"? "))
                    .unwrap_or_default();
                return Err(Error::Failed(format!(
                    "knead does not know the region \"{name}\"; {hint}`knead regions` lists them"
                )));
            };
            show(region, glyphs, out)?;
        }
    }
    Ok(())
}

fn list(out: &mut dyn Write) -> io::Result<()> {
    let width = REGIONS.iter().map(|r| r.name.len()).max().unwrap_or(0);
    writeln!(
        out,
        "{:<width$}  {:<7}  {:<5}  also",
        "region", "sides", "view"
    )?;
    for region in REGIONS {
        let sides = if region.sided { "l / r" } else { "-" };
        let view = match region.area {
            Area::Anywhere => "-",
            Area::Oval { .. } | Area::Band { .. } => view_word(region),
        };
        writeln!(
            out,
            "{:<width$}  {sides:<7}  {view:<5}  {}",
            region.name,
            region.aliases.join(", ")
        )?;
    }
    writeln!(
        out,
        "\nAny case, singular or plural. `knead regions NAME` shows one on the body."
    )
}

fn view_word(region: &Region) -> &'static str {
    match region.view {
        body::View::Front => "front",
        body::View::Back => "back",
    }
}

fn show(region: &'static Region, glyphs: Glyphs, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "{}", region.name)?;
    if !region.aliases.is_empty() {
        writeln!(out, "also: {}", region.aliases.join(", "))?;
    }
    writeln!(out, "{}", region.find)?;
    if region.area == Area::Anywhere {
        return Ok(());
    }
    let height = 20;
    let mark = Mark {
        region,
        side: region.sided.then_some(crate::routine::Side::Left),
        tone: Tone::High,
    };
    let picture = Picture::draw(region.view, &[mark], width_for(height), height, glyphs);
    writeln!(out)?;
    for line in picture.lines() {
        writeln!(out, "  {}", line.trim_end_matches([' ', '\u{2800}']))?;
    }
    let side = if region.sided {
        ", the left side marked"
    } else {
        ""
    };
    writeln!(out, "  {}{side}", region.view.label())
}
