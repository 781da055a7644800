//! The words the shell's completion asks knead for at each Tab: routine names and files, and
//! clients' names. Read from the catalog and the history, never written.

use std::ffi::OsStr;

use clap_complete::CompletionCandidate;
use clap_complete::engine::{PathCompleter, ValueCompleter as _};

use crate::catalog;

/// What `knead run`, `check` and `edit` take: the routine names that start with `current`,
/// then the routine files and folders its path leads to.
pub fn routine_or_file(current: &OsStr) -> Vec<CompletionCandidate> {
    let typed = current.to_string_lossy();
    let names = routine_names()
        .into_iter()
        .filter(|name| name.get_value().to_string_lossy().starts_with(&*typed));
    let files = PathCompleter::any()
        .filter(|path| {
            path.is_dir()
                || path
                    .extension()
                    .is_some_and(|ext| ext.eq_ignore_ascii_case("toml"))
        })
        .complete(current);
    names.chain(files).collect()
}

/// The routines `knead run` can be given by name: the person's own first, then the bundled
/// ones (with their titles).
pub fn routine_names() -> Vec<CompletionCandidate> {
    let own = catalog::user_files().into_iter().filter_map(|path| {
        let stem = path.file_stem()?.to_string_lossy().into_owned();
        Some(CompletionCandidate::new(stem).help(Some("your routine".into())))
    });
    let bundled = catalog::BUNDLED.iter().map(|bundled| {
        let title = catalog::check_bundled(bundled)
            .parsed
            .routine
            .map(|routine| routine.name);
        CompletionCandidate::new(bundled.name).help(title.map(Into::into))
    });
    own.chain(bundled).collect()
}

/// The clients whose histories were imported into the default history folder; none when
/// there is no history yet.
pub fn client_names() -> Vec<CompletionCandidate> {
    let Some(dir) = crate::paths::data_dir(None) else {
        return Vec::new();
    };
    let Ok(store) = crate::history::store::Store::open_existing(&dir) else {
        return Vec::new();
    };
    store
        .clients()
        .unwrap_or_default()
        .into_iter()
        .map(CompletionCandidate::new)
        .collect()
}
