//! History: every session and every hold kept in an embedded SQLite database, written the
//! moment it happens, so ratings survive a crash and a therapist can see what was done.

pub mod export;
pub mod overview;
mod recorder;
pub mod report;
#[doc(hidden)]
pub mod sample;
pub mod store;

use std::path::PathBuf;

use directories::ProjectDirs;

pub use recorder::{Recorder, SessionMeta};
pub use store::{HoldRow, NewSession, Store, StoreError};

/// The data folder: `--data-dir`, else `KNEAD_DATA_DIR`, else `$XDG_DATA_HOME/knead`.
pub fn data_dir(flag: Option<PathBuf>) -> Option<PathBuf> {
    flag.or_else(|| {
        std::env::var_os("KNEAD_DATA_DIR")
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    })
    .or_else(|| ProjectDirs::from("", "", "knead").map(|d| d.data_dir().to_owned()))
}

/// The history screen's contents from `store`: your own sessions, or a client's.
pub fn load_overview(store: &Store, client: Option<&str>) -> Result<overview::Overview, String> {
    let filter = export::Filter {
        client: client.map(str::to_owned),
        ..export::Filter::default()
    };
    let rows = export::rows(store, &filter).map_err(|e| e.to_string())?;
    let intents = crate::catalog::intents();
    let tz = jiff::tz::TimeZone::system();
    let today = jiff::Zoned::now().date();
    Ok(overview::Overview::build(&rows, &tz, today, &|name| {
        intents.get(name).copied()
    }))
}
