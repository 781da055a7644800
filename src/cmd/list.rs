//! `knead list`: the bundled routines and the user's own, with their size and length.

use knead_core::t;
use std::io::{self, Write};

use crate::catalog::{self, Checked};

/// Prints both lists; a broken user file is shown with its first error, not dropped.
pub fn run(out: &mut dyn Write) -> io::Result<()> {
    let bundled: Vec<Checked> = catalog::BUNDLED
        .iter()
        .map(catalog::check_bundled)
        .collect();
    let user: Vec<Checked> = catalog::user_files()
        .iter()
        .map(|p| catalog::check_user_file(p))
        .collect();
    let width = bundled
        .iter()
        .chain(&user)
        .map(|c| c.name.chars().count())
        .max()
        .unwrap_or(0);

    // A prescribed routine as today's phase runs it, as `knead run` would.
    let today = jiff::Zoned::now().date();
    writeln!(out, "{}", t!("list-bundled"))?;
    for checked in &bundled {
        write_row(out, checked, width, today)?;
    }
    writeln!(out)?;
    match catalog::user_dir() {
        Some(dir) => writeln!(
            out,
            "{}",
            t!("list-yours-in", folder = dir.display().to_string())
        )?,
        None => writeln!(out, "{}", t!("list-yours-no-home"))?,
    }
    if user.is_empty() {
        writeln!(out, "  {}", t!("list-none-yet"))?;
    }
    for checked in &user {
        write_row(out, checked, width, today)?;
    }
    Ok(())
}

fn write_row(
    out: &mut dyn Write,
    checked: &Checked,
    width: usize,
    today: jiff::civil::Date,
) -> io::Result<()> {
    let name = &checked.name;
    match (
        &checked.parsed.routine,
        checked.parsed.diagnostics.iter().find(|d| d.is_error()),
    ) {
        (Some(routine), _) => writeln!(
            out,
            "  {name:<width$}  {:<24}  {}",
            routine.today(today).summary(),
            routine.name
        ),
        (None, Some(error)) => {
            let rendered = checked.source.render(error, false);
            let first = rendered.lines().next().unwrap_or_default();
            let invalid = t!("list-invalid-because", why = first);
            writeln!(out, "  {name:<width$}  {invalid}")
        }
        (None, None) => writeln!(out, "  {name:<width$}  {}", t!("list-invalid")),
    }
}
