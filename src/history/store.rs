//! The SQLite database: opening it safely, and (one module each) its tables, the writes a
//! session makes, the reads the screens, exports and reports need, and imports.
//!
//! Columns are read by name (`r.get("held_ms")`), so a new column is one line in the
//! schema, one in the query that wants it and one where it is read.

mod import;
mod read;
mod schema;
mod write;

use knead_core::t;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use rusqlite::types::{FromSql, Type};
use rusqlite::{Connection, OpenFlags, Row};

pub use super::rows::{
    ActivityRating, ChangeAnswer, Client, Clock, Filter, HoldFacts, HoldRow, Imported, Measured,
    NewSession, Programme, Reported, Screening, SessionOutcome, Started, StopRuleAnswer,
    StoredHold, StoredSession,
};
use crate::routine::Side;
use schema::{create_latest, migrations};

/// How long a write waits for another knead process holding the database.
const BUSY: Duration = Duration::from_secs(2);

/// How long opening keeps trying while another process is creating the same history.
const OPEN_PATIENCE: Duration = Duration::from_secs(3);

/// The file name inside the data folder.
pub const FILE: &str = "history.db";

/// Why the history cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The folder cannot be created or the file cannot be opened or written.
    #[error("{}", t!("error-history-open", path = .path.display().to_string(), why = crate::words::io_words(.source)))]
    Open {
        /// The database file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// There is no history yet, for a command that only reads it.
    #[error("{}", t!("error-no-history-yet", path = .path.display().to_string()))]
    Missing {
        /// Where it would be.
        path: PathBuf,
    },
    /// The file is not a knead history database, or it is damaged. It is left untouched.
    #[error("{}", t!("error-history-damaged", path = .path.display().to_string(), why = .reason.as_str()))]
    Damaged {
        /// The database file.
        path: PathBuf,
        /// What SQLite said.
        reason: String,
    },
    /// A read or write failed (full disk, locked for too long, removed...).
    #[error("{0}")]
    Sql(#[from] rusqlite::Error),
    /// The schema could not be brought up to date.
    #[error("{}", t!("error-history-migration", why = .0.to_string()))]
    Migration(#[from] rusqlite_migration::Error),
}

impl StoreError {
    /// Whether trying again may succeed: another process holds or is creating the database.
    fn is_busy(&self) -> bool {
        use rusqlite::ffi::ErrorCode;
        let busy = |e: &rusqlite::Error| {
            matches!(
                e.sqlite_error_code(),
                Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked)
            )
        };
        match self {
            StoreError::Sql(e) => busy(e),
            // A process whose snapshot predates another's new tables fails to create them
            // again; on the next try the schema is current and there is nothing to do.
            StoreError::Migration(_) => true,
            StoreError::Open { .. } | StoreError::Missing { .. } | StoreError::Damaged { .. } => {
                false
            }
        }
    }
}

/// The open database.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
}

impl Store {
    /// Opens (or creates) the history in `dir`. A file that is not an SQLite database, or
    /// fails its integrity check, is reported and never written to.
    pub fn open(dir: &Path) -> Result<Self, StoreError> {
        let path = dir.join(FILE);
        std::fs::create_dir_all(dir).map_err(|source| StoreError::Open {
            path: path.clone(),
            source,
        })?;
        // Two knead processes creating a new history at the same moment contend for it while
        // one switches it to WAL and creates the tables; SQLite then answers "busy" without
        // waiting. The other simply tries again once the first is done.
        let deadline = Instant::now() + OPEN_PATIENCE;
        loop {
            match Self::try_open(&path) {
                Err(e) if e.is_busy() && Instant::now() < deadline => {
                    std::thread::sleep(Duration::from_millis(20));
                }
                result => return result,
            }
        }
    }

    fn try_open(path: &Path) -> Result<Self, StoreError> {
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags).map_err(|e| damaged_or_io(path, e))?;
        conn.busy_timeout(BUSY)?;
        // The first statement reads the file's header: a file that is not a database fails
        // here, and is reported as damaged like one that fails the check below.
        // 16 KiB of page cache, not SQLite's 2 MiB: a session writes a few rows down a few
        // B-tree pages and the screens scan, so a bigger cache only holds what the check below
        // read, all day (ten years of history kept 2 MB more in a session that way; 64 KiB
        // still kept 24 KiB more than this). Pages missed are in the system's file cache.
        conn.pragma_update(None, "cache_size", -16)
            .map_err(|e| damaged_or_io(path, e))?;
        // The check builds temporary b-trees to compare each index with its table; in a
        // temporary file they grow with the history on disk, not on the heap of a session.
        conn.pragma_update(None, "temp_store", "FILE")
            .map_err(|e| damaged_or_io(path, e))?;
        let check: Result<String, _> = conn.query_row("PRAGMA quick_check", [], |r| r.get(0));
        match check {
            Ok(ok) if ok == "ok" => {}
            Ok(problem) => {
                return Err(StoreError::Damaged {
                    path: path.to_owned(),
                    reason: problem,
                });
            }
            Err(e) => return Err(damaged_or_io(path, e)),
        }
        let mut store = Self { conn };
        store.setup()?;
        Ok(store)
    }

    /// A history in memory, for tests and benchmarks.
    pub fn in_memory() -> Result<Self, StoreError> {
        let mut store = Self {
            conn: Connection::open_in_memory()?,
        };
        store.setup()?;
        Ok(store)
    }

    fn setup(&mut self) -> Result<(), StoreError> {
        // WAL lets two knead processes write while screens read; FULL makes each commit
        // durable, so a rating confirmed before a power cut is still there after it.
        self.conn.pragma_update(None, "journal_mode", "WAL")?;
        // Every write begins with BEGIN IMMEDIATE, which opens a transaction on the (empty)
        // temporary database too; with no journal there it costs nothing instead of a 136 KB
        // journal buffer that stays on the heap all session. knead keeps nothing in it.
        self.conn
            .pragma_update(Some("temp"), "journal_mode", "OFF")?;
        self.conn.pragma_update(None, "synchronous", "FULL")?;
        self.conn.pragma_update(None, "foreign_keys", "ON")?;
        create_latest(&mut self.conn)?;
        migrations().to_latest(&mut self.conn)?;
        Ok(())
    }

    /// The schema version (SQLite's `user_version`).
    pub fn version(&self) -> Result<u32, StoreError> {
        Ok(self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))?)
    }

    /// Runs `f` in a transaction that takes the write lock up front. A write that starts as a
    /// read can fail at once in WAL mode when another knead process commits meanwhile;
    /// taking the lock first lets the busy timeout make it wait its turn instead.
    pub(super) fn write<T>(
        &mut self,
        f: impl FnOnce(&rusqlite::Transaction<'_>) -> rusqlite::Result<T>,
    ) -> Result<T, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let value = f(&tx)?;
        tx.commit()?;
        Ok(value)
    }

    /// Opens the history in `dir` read-only, for a glance at it (the home screen, a nudge):
    /// without the integrity check and the schema update a writer needs, which over years
    /// of history cost more than everything else `knead` does before its first frame.
    /// `None` when there is no history or it cannot be read.
    pub fn peek(dir: &Path) -> Option<Self> {
        let path = dir.join(FILE);
        if !path.exists() {
            return None;
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(&path, flags)
            .inspect_err(|e| tracing::debug!("peeking at {}: {e}", path.display()))
            .ok()?;
        conn.busy_timeout(BUSY).ok()?;
        Some(Self { conn })
    }

    /// Opens the history in `dir` only if it exists, for commands that just read it.
    pub fn open_existing(dir: &Path) -> Result<Self, StoreError> {
        let path = dir.join(FILE);
        if !path.exists() {
            return Err(StoreError::Missing { path });
        }
        Self::open(dir)
    }
}

/// How a side is stored: `left`, `right`, or empty for none.
fn side_word(side: Option<Side>) -> &'static str {
    side.map_or("", Side::word)
}

#[allow(
    clippy::option_option,
    reason = "outer: a word knead writes; inner: whether the spot has a side"
)]
fn side_from_word(word: &str) -> Option<Option<Side>> {
    if word.is_empty() {
        Some(None)
    } else {
        Side::from_word(word).map(Some)
    }
}

/// Lines kept in one column, as a JSON array (`NULL` for none).
fn lines_json(lines: &[String]) -> Option<String> {
    (!lines.is_empty()).then(|| serde_json::Value::from(lines.to_vec()).to_string())
}

/// The activities as the `activities` column keeps them: `None` when none was asked.
fn activities_json(activities: &[ActivityRating]) -> Option<String> {
    (!activities.is_empty()).then(|| serde_json::to_string(activities).unwrap_or_default())
}

/// What [`activities_json`] wrote; text that is not its array is a conversion error.
fn activities_from_json(text: &str) -> Option<Vec<ActivityRating>> {
    serde_json::from_str(text).ok()
}

/// What [`lines_json`] wrote; text that is not its array is a conversion error.
fn lines_from_json(text: &str) -> Option<Vec<String>> {
    serde_json::from_str(text).ok()
}

fn millis(ms: i64) -> Duration {
    Duration::from_millis(u64::try_from(ms).unwrap_or(0))
}

/// A row whose columns are read by name.
trait ByName {
    /// The column `name`'s value.
    fn value<T: FromSql>(&self, name: &str) -> rusqlite::Result<T>;
    /// Where the column `name` is, for an error that points at it.
    fn index_of(&self, name: &str) -> usize;
}

impl ByName for Row<'_> {
    fn value<T: FromSql>(&self, name: &str) -> rusqlite::Result<T> {
        self.get(name)
    }

    fn index_of(&self, name: &str) -> usize {
        self.as_ref().column_index(name).unwrap_or_default()
    }
}

/// A query's columns by name, looked up once: rusqlite's by-name read compares the name
/// with every column's on every call, which was 60% of a report over ten years of history.
struct Columns(std::collections::HashMap<String, usize>);

impl Columns {
    fn of(statement: &rusqlite::Statement<'_>) -> Self {
        Self(
            statement
                .column_names()
                .into_iter()
                .enumerate()
                .map(|(i, name)| (name.to_owned(), i))
                .collect(),
        )
    }

    /// `row`, read through these columns.
    fn read<'a>(&'a self, row: &'a Row<'a>) -> Named<'a> {
        Named { row, columns: self }
    }
}

/// A row read by name through [`Columns`].
struct Named<'a> {
    row: &'a Row<'a>,
    columns: &'a Columns,
}

impl Named<'_> {
    /// The column `name`'s value.
    fn get<T: FromSql>(&self, name: &str) -> rusqlite::Result<T> {
        self.value(name)
    }
}

impl ByName for Named<'_> {
    fn value<T: FromSql>(&self, name: &str) -> rusqlite::Result<T> {
        let index = self
            .columns
            .0
            .get(name)
            .ok_or_else(|| rusqlite::Error::InvalidColumnName(name.to_owned()))?;
        self.row.get(*index)
    }

    fn index_of(&self, name: &str) -> usize {
        self.columns.0.get(name).copied().unwrap_or_default()
    }
}

/// A text column read through `parse`; a value it refuses is a conversion error that names it.
fn parsed<T>(
    r: &impl ByName,
    column: &str,
    parse: impl Fn(&str) -> Option<T>,
) -> rusqlite::Result<T> {
    let text: String = r.value(column)?;
    parse(&text).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(
            r.index_of(column),
            Type::Text,
            format!("knead does not know the value {text:?} of {column}").into(),
        )
    })
}

/// A text column that may be empty (NULL), read through `parse`.
fn optional<T>(
    r: &impl ByName,
    column: &str,
    parse: impl Fn(&str) -> Option<T>,
) -> rusqlite::Result<Option<T>> {
    match r.value::<Option<String>>(column)? {
        None => Ok(None),
        Some(_) => parsed(r, column, parse).map(Some),
    }
}

/// Sorts an open error into "not a database / damaged" and plain I/O.
fn damaged_or_io(path: &Path, error: rusqlite::Error) -> StoreError {
    use rusqlite::ffi::ErrorCode;
    match error.sqlite_error_code() {
        Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt) => StoreError::Damaged {
            path: path.to_owned(),
            reason: error.to_string(),
        },
        Some(
            ErrorCode::CannotOpen
            | ErrorCode::ReadOnly
            | ErrorCode::PermissionDenied
            | ErrorCode::DiskFull,
        ) => StoreError::Open {
            path: path.to_owned(),
            source: std::io::Error::other(error.to_string()),
        },
        _ => StoreError::Sql(error),
    }
}

#[cfg(test)]
mod tests;
