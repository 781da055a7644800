//! History: every session and every hold kept in an embedded SQLite database, written the
//! moment it happens, so ratings survive a crash and a therapist can see what was done.

pub mod activity;
pub mod export;
pub mod fhir;
pub mod overview;
mod recorder;
pub mod report;
pub mod rows;
#[doc(hidden)]
pub mod sample;
pub mod store;
mod writer;

pub use recorder::{Recorder, SessionMeta};
pub use store::{
    Filter, HoldRow, NewSession, Programme, Screening, SessionOutcome, Store, StoreError,
    StoredHold, StoredSession,
};

pub use crate::paths::data_dir;

/// The history screen's contents from `store`: your own sessions, or a client's, with each
/// routine's sessions-per-week aim from `intent` (by the routine's name).
pub fn load_overview(
    store: &Store,
    client: Option<&str>,
    intent: &dyn Fn(&str) -> Option<u8>,
) -> Result<overview::Overview, StoreError> {
    let filter = export::Filter {
        client: client.map(str::to_owned),
        ..export::Filter::default()
    };
    let rows = store.holds(&filter)?;
    let tz = jiff::tz::TimeZone::system();
    let today = jiff::Zoned::now().date();
    Ok(overview::Overview::build(&rows, &tz, today, intent))
}
