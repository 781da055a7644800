//! `knead regions`: the regions knead knows, with the names it also takes and how to find each,
//! so a therapist can write a routine whose spots land on the body map and in one history.

use std::io::{self, Write};

use crate::body::map::{Glyphs, Mark, Picture, Tone, width_for};
use crate::body::{self, Area, REGIONS, Region};
use crate::error::{Error, Result};
use knead_core::t;

/// Lists every region, or shows one (`name` in any form knead recognises) on the figure.
pub fn run(name: Option<&str>, glyphs: Glyphs, out: &mut dyn Write) -> Result<()> {
    match name {
        None => list(out)?,
        Some(name) => {
            let Some(region) = Region::recognise(name) else {
                let message = match Region::suggest(name) {
                    Some(meant) => t!("error-unknown-region-meant", region = name, meant = meant),
                    None => t!("error-unknown-region", region = name),
                };
                return Err(Error::Failed(message));
            };
            show(region, glyphs, out)?;
        }
    }
    Ok(())
}

fn list(out: &mut dyn Write) -> io::Result<()> {
    let names: Vec<String> = REGIONS.iter().map(Region::local_name).collect();
    let width = names.iter().map(|n| n.chars().count()).max().unwrap_or(0);
    let view_width = [
        t!("regions-col-view"),
        body::View::Front.short_label(),
        body::View::Back.short_label(),
    ]
    .iter()
    .map(|w| w.chars().count())
    .max()
    .unwrap_or(5);
    writeln!(
        out,
        "{:<width$}  {:<7}  {:<view_width$}  {}",
        t!("regions-col-region"),
        t!("regions-col-sides"),
        t!("regions-col-view"),
        t!("regions-col-also")
    )?;
    for (region, name) in REGIONS.iter().zip(&names) {
        let sides = if region.sided {
            format!(
                "{} / {}",
                t!("side-left-initial").to_lowercase(),
                t!("side-right-initial").to_lowercase()
            )
        } else {
            "-".to_owned()
        };
        let view = match region.area {
            Area::Anywhere => "-".to_owned(),
            Area::Oval { .. } | Area::Band { .. } => region.view.short_label(),
        };
        writeln!(
            out,
            "{name:<width$}  {sides:<7}  {view:<view_width$}  {}",
            local_aliases(region)
        )?;
    }
    writeln!(out, "\n{}", t!("regions-any-form"))
}

/// A region's other names in the language spoken (English's are the catalogue's).
fn local_aliases(region: &Region) -> String {
    let id = format!("region-{}", region.id);
    crate::lang::attribute_in(crate::lang::current(), &id, "aliases")
        .filter(|a| !a.is_empty())
        .unwrap_or_else(|| region.aliases.join(", "))
}

fn show(region: &'static Region, glyphs: Glyphs, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "{}", region.local_name())?;
    let aliases = local_aliases(region);
    if !aliases.is_empty() {
        writeln!(out, "{}", t!("regions-also", names = aliases))?;
    }
    writeln!(out, "{}", region.local_find())?;
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
    if region.sided {
        writeln!(
            out,
            "  {}",
            t!("regions-left-marked", view = region.view.label())
        )
    } else {
        writeln!(out, "  {}", region.view.label())
    }
}
