//! The subcommands, one module each; each writes to the writer it is given and returns the
//! process exit code.

pub mod check;
pub mod config;
pub mod export;
pub mod history;
pub mod home;
pub mod list;
pub mod man;
pub mod new;
pub mod nudge;
pub mod regions;
pub mod remind;
pub mod report;
pub mod run;
pub mod shell;

/// Reads a `--since`/`--until` day. A person types dates many ways; the message shows the
/// one knead reads, and the typed date in it when the order is clear (20/11/2026).
pub fn parse_date(text: &str) -> Result<jiff::civil::Date, String> {
    if let Ok(date) = text.trim().parse() {
        return Ok(date);
    }
    let parts: Vec<u32> = text
        .split(['/', '.', '-'])
        .map(|p| p.trim().parse().unwrap_or(0))
        .collect();
    // Day and month in either order, when one of them can only be the day.
    let guess = match parts[..] {
        [a, b, year] if year > 999 && a > 12 && (1..=12).contains(&b) => Some((year, b, a)),
        [a, b, year] if year > 999 && b > 12 && (1..=12).contains(&a) => Some((year, a, b)),
        _ => None,
    };
    let guess = guess
        .and_then(|(y, m, d)| {
            let date = jiff::civil::Date::new(
                i16::try_from(y).ok()?,
                i8::try_from(m).ok()?,
                i8::try_from(d).ok()?,
            )
            .ok()?;
            Some(format!("; did you mean {date}?"))
        })
        .unwrap_or_default();
    if let [year, _, _] = parts[..]
        && year > 999
    {
        return Err(format!("{text} is not a day of the calendar"));
    }
    Err(format!(
        "dates look like 2026-11-20 (year-month-day){guess}"
    ))
}

/// Opens an existing history for a command that reads it, or says why not.
pub(crate) fn open_history(
    data_dir: Option<std::path::PathBuf>,
) -> crate::error::Result<crate::history::Store> {
    let dir = crate::history::data_dir(data_dir).ok_or_else(no_data_folder)?;
    Ok(crate::history::Store::open_existing(&dir)?)
}

/// Refuses a `--client` or `--routine` that matches nothing in the history, naming what
/// there is (with "did you mean"), instead of writing an empty report and exiting 0.
pub(crate) fn check_filter(
    store: &crate::history::Store,
    client: Option<&str>,
    routine: Option<&str>,
) -> crate::error::Result<()> {
    if let Some(name) = client {
        let clients = store.clients()?;
        if !clients.iter().any(|c| c == name) {
            return Err(crate::error::Error::Usage(nothing_named(
                "client",
                name,
                &clients,
                "no client's history has been imported; `knead import FILE --client NAME` adds one",
            )));
        }
    }
    if let Some(name) = routine {
        let routines = store.routines(client.unwrap_or_default())?;
        let wanted = name.to_lowercase();
        let found = routines
            .iter()
            .any(|(title, stem)| title.to_lowercase() == wanted || stem.to_lowercase() == wanted);
        if !found {
            let mut names: Vec<String> = routines
                .into_iter()
                .flat_map(|(title, stem)| [title, stem])
                .filter(|n| !n.is_empty())
                .collect();
            names.sort_by_key(|n| n.to_lowercase());
            names.dedup();
            return Err(crate::error::Error::Usage(nothing_named(
                "routine",
                name,
                &names,
                "this history has no sessions yet",
            )));
        }
    }
    Ok(())
}

/// `no client named "mara". Did you mean "maria"? There are: ann, maria.`
fn nothing_named(what: &str, name: &str, names: &[String], none: &str) -> String {
    if names.is_empty() {
        return format!("no {what} named {name:?}: {none}");
    }
    let guess = crate::body::closest(name, names.iter().map(String::as_str))
        .map(|g| format!(" Did you mean {g:?}?"))
        .unwrap_or_default();
    format!(
        "no {what} named {name:?}.{guess} There are: {}.",
        names.join(", ")
    )
}

/// No folder for the history: no home folder, and neither `--data-dir` nor `KNEAD_DATA_DIR`.
pub(crate) fn no_data_folder() -> crate::error::Error {
    crate::error::Error::Failed(
        "no data folder: set KNEAD_DATA_DIR or pass --data-dir DIR".to_owned(),
    )
}

#[cfg(test)]
mod tests {
    use super::parse_date;

    #[test]
    fn dates_are_year_month_day_and_other_orders_are_explained() {
        assert_eq!(
            parse_date("2026-11-20").map(|d| d.to_string()),
            Ok("2026-11-20".into())
        );
        let said = parse_date("20/11/2026").expect_err("not year-month-day");
        assert_eq!(
            said,
            "dates look like 2026-11-20 (year-month-day); did you mean 2026-11-20?"
        );
        let us = parse_date("11/20/2026").expect_err("not year-month-day");
        assert!(us.ends_with("did you mean 2026-11-20?"), "{us}");
        // 03/04/2026 could be either order: no guess.
        let either = parse_date("03/04/2026").expect_err("ambiguous");
        assert!(!either.contains('?'), "{either}");
        let nonsense = parse_date("last week").expect_err("not a date");
        assert!(nonsense.ends_with("dates look like 2026-11-20 (year-month-day)"));
        assert_eq!(
            parse_date("2026-02-30"),
            Err("2026-02-30 is not a day of the calendar".into())
        );
    }
}
