//! The SQLite database: opening it safely, writing each record the moment it happens, and
//! the reads the screens, exports and reports need.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use rusqlite::{Connection, OpenFlags, OptionalExtension, params};
use rusqlite_migration::{M, Migrations};

/// The schema, one migration per version; never edit a released one, add another.
const MIGRATION_STEPS: &[M<'_>] = &[M::up(
    "CREATE TABLE session (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL,
        client TEXT NOT NULL DEFAULT '',
        routine_name TEXT NOT NULL,
        routine_hash TEXT NOT NULL,
        routine_path TEXT NOT NULL,
        started_at TEXT NOT NULL,
        ended_at TEXT,
        outcome TEXT NOT NULL DEFAULT 'interrupted',
        UNIQUE (client, uid)
    );
    CREATE INDEX session_by_start ON session (client, started_at);
    CREATE TABLE hold (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
        hold_index INTEGER NOT NULL,
        attempt INTEGER NOT NULL,
        step INTEGER NOT NULL,
        region TEXT NOT NULL,
        tool TEXT NOT NULL,
        side TEXT NOT NULL,
        rep INTEGER NOT NULL,
        planned_ms INTEGER NOT NULL,
        held_ms INTEGER NOT NULL,
        released_ms INTEGER,
        outcome TEXT NOT NULL,
        rating INTEGER,
        rated_at TEXT,
        ended_at TEXT NOT NULL,
        UNIQUE (session_id, hold_index, attempt)
    );
    CREATE INDEX hold_by_session ON hold (session_id);",
)];
const MIGRATIONS: Migrations<'_> = Migrations::from_slice(MIGRATION_STEPS);

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
    #[error("cannot open {path}: {source}")]
    Open {
        /// The database file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// The file is not a knead history database, or it is damaged. It is left untouched.
    #[error("{path} is damaged or not a knead history ({reason}); it was left as it is")]
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
    #[error("cannot update the history's format: {0}")]
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
            _ => false,
        }
    }
}

/// A session as it starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewSession {
    /// Unique across machines, so imports never duplicate it.
    pub uid: String,
    /// The routine's name.
    pub routine_name: String,
    /// A hash of the routine file's content.
    pub routine_hash: String,
    /// Where the routine came from.
    pub routine_path: String,
    /// ISO 8601, UTC.
    pub started_at: String,
}

/// One hold as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HoldRow {
    /// Position in the session's plan, from 0.
    pub hold_index: u32,
    /// Step of the routine, from 0.
    pub step: u32,
    /// Body region.
    pub region: String,
    /// Tool as written.
    pub tool: String,
    /// `left`, `right` or empty.
    pub side: String,
    /// Repetition on this side, from 1.
    pub rep: u32,
    /// Planned length in milliseconds (extensions included).
    pub planned_ms: i64,
    /// Time actually held in milliseconds.
    pub held_ms: i64,
    /// Manual time to release in milliseconds.
    pub released_ms: Option<i64>,
    /// `completed`, `released`, `cut_short`, `stopped` or `skipped`.
    pub outcome: String,
    /// ISO 8601, UTC.
    pub ended_at: String,
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
        // Reading the schema is the first thing that touches the file's content.
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
        self.conn.pragma_update(None, "synchronous", "FULL")?;
        self.conn.pragma_update(None, "foreign_keys", "ON")?;
        MIGRATIONS.to_latest(&mut self.conn)?;
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
    fn write<T>(
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

    /// Writes a new session (marked interrupted until it ends) and returns its id.
    pub fn begin(&mut self, session: &NewSession, client: &str) -> Result<i64, StoreError> {
        self.write(|tx| {
            tx.execute(
                "INSERT INTO session (uid, client, routine_name, routine_hash, routine_path, started_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![
                    session.uid,
                    client,
                    session.routine_name,
                    session.routine_hash,
                    session.routine_path,
                    session.started_at
                ],
            )?;
            Ok(tx.last_insert_rowid())
        })
    }

    /// Writes a hold as it ends; a hold done again (after going back) becomes a new attempt.
    pub fn hold(&mut self, session: i64, hold: &HoldRow) -> Result<(), StoreError> {
        self.write(|tx| {
            tx.execute(
                "INSERT INTO hold (session_id, hold_index, attempt, step, region, tool, side, rep,
                                   planned_ms, held_ms, released_ms, outcome, ended_at)
                 VALUES (?1, ?2,
                         (SELECT COALESCE(MAX(attempt), 0) + 1 FROM hold
                          WHERE session_id = ?1 AND hold_index = ?2),
                         ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                params![
                    session,
                    hold.hold_index,
                    hold.step,
                    hold.region,
                    hold.tool,
                    hold.side,
                    hold.rep,
                    hold.planned_ms,
                    hold.held_ms,
                    hold.released_ms,
                    hold.outcome,
                    hold.ended_at
                ],
            )
            .map(drop)
        })
    }

    /// Sets the rating of a hold's latest attempt (`None`: not rated).
    pub fn rate(
        &mut self,
        session: i64,
        hold_index: u32,
        rating: Option<u8>,
        at: &str,
    ) -> Result<(), StoreError> {
        self.write(|tx| {
            tx.execute(
                "UPDATE hold SET rating = ?3, rated_at = ?4
                 WHERE id = (SELECT id FROM hold WHERE session_id = ?1 AND hold_index = ?2
                             ORDER BY attempt DESC LIMIT 1)",
                params![session, hold_index, rating, at],
            )
            .map(drop)
        })
    }

    /// Marks a session ended: `completed` or `quit`.
    pub fn end(&mut self, session: i64, outcome: &str, at: &str) -> Result<(), StoreError> {
        self.write(|tx| {
            tx.execute(
                "UPDATE session SET outcome = ?2, ended_at = ?3 WHERE id = ?1",
                params![session, outcome, at],
            )
            .map(drop)
        })
    }

    /// The connection, for the read queries of the other history modules.
    pub(super) fn conn(&self) -> &Connection {
        &self.conn
    }

    /// A transaction, for writes that must land together (imports).
    pub(super) fn transaction(&mut self) -> rusqlite::Result<rusqlite::Transaction<'_>> {
        self.conn.transaction()
    }

    /// Opens the history in `dir` only if it exists, for commands that just read it.
    pub fn open_existing(dir: &Path) -> Result<Self, StoreError> {
        let path = dir.join(FILE);
        if !path.exists() {
            let source = std::io::Error::new(
                std::io::ErrorKind::NotFound,
                "no history yet: run a session first",
            );
            return Err(StoreError::Open { path, source });
        }
        Self::open(dir)
    }

    /// The latest rating of each spot in the most recent earlier session of `routine`, keyed by
    /// (region, side).
    pub fn last_ratings(
        &self,
        routine: &str,
        before_uid: &str,
    ) -> Result<Vec<(String, String, u8)>, StoreError> {
        let session: Option<i64> = self
            .conn
            .query_row(
                "SELECT id FROM session WHERE client = '' AND routine_name = ?1 AND uid != ?2
                 ORDER BY started_at DESC LIMIT 1",
                params![routine, before_uid],
                |r| r.get(0),
            )
            .optional()?;
        let Some(session) = session else {
            return Ok(Vec::new());
        };
        let mut statement = self.conn.prepare(
            "SELECT region, side, rating FROM hold
             WHERE session_id = ?1 AND rating IS NOT NULL ORDER BY hold_index, attempt",
        )?;
        let rows = statement.query_map([session], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
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
mod tests {
    use super::*;

    fn session(uid: &str) -> NewSession {
        NewSession {
            uid: uid.into(),
            routine_name: "Desk".into(),
            routine_hash: "abc".into(),
            routine_path: "bundled/desk-neck.toml".into(),
            started_at: "2026-11-21T10:00:00Z".into(),
        }
    }

    fn hold(index: u32, region: &str) -> HoldRow {
        HoldRow {
            hold_index: index,
            step: 0,
            region: region.into(),
            tool: "ball".into(),
            side: "left".into(),
            rep: 1,
            planned_ms: 60_000,
            held_ms: 60_000,
            released_ms: None,
            outcome: "completed".into(),
            ended_at: "2026-11-21T10:01:05Z".into(),
        }
    }

    #[test]
    fn migrations_apply_to_a_new_database_and_are_valid() {
        MIGRATIONS.validate().expect("migrations are valid");
        let store = Store::in_memory().expect("opens");
        assert_eq!(store.version().expect("version"), 1);
    }

    #[test]
    fn an_empty_file_becomes_a_history() {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::write(dir.path().join(FILE), b"").expect("touch");
        let store = Store::open(dir.path()).expect("opens an empty file");
        assert_eq!(store.version().expect("version"), 1);
    }

    #[test]
    fn a_redone_hold_is_a_second_attempt_and_the_rating_goes_to_the_latest() {
        let mut store = Store::in_memory().expect("opens");
        let id = store.begin(&session("s1"), "").expect("begin");
        store.hold(id, &hold(0, "calf")).expect("hold");
        store.rate(id, 0, Some(6), "t1").expect("rate");
        store.hold(id, &hold(0, "calf")).expect("redo");
        store.rate(id, 0, Some(4), "t2").expect("rate again");
        let rows: Vec<(u32, Option<u8>)> = store
            .conn
            .prepare("SELECT attempt, rating FROM hold ORDER BY attempt")
            .expect("prepare")
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .expect("query")
            .collect::<Result<_, _>>()
            .expect("rows");
        assert_eq!(rows, vec![(1, Some(6)), (2, Some(4))]);
    }

    #[test]
    fn a_file_that_is_not_a_database_is_refused_and_left_untouched() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join(FILE);
        let garbage: Vec<u8> = (0..8192u32).map(|i| (i * 7 % 251) as u8).collect();
        std::fs::write(&path, &garbage).expect("write");
        let error = Store::open(dir.path()).expect_err("damaged");
        assert!(matches!(error, StoreError::Damaged { .. }), "{error}");
        assert!(
            error.to_string().contains("it was left as it is"),
            "{error}"
        );
        assert_eq!(std::fs::read(&path).expect("read"), garbage);
    }

    #[test]
    fn a_folder_that_cannot_be_created_is_a_clear_error() {
        let dir = tempfile::tempdir().expect("tempdir");
        let file = dir.path().join("not-a-folder");
        std::fs::write(&file, b"x").expect("write");
        let error = Store::open(&file.join("knead")).expect_err("cannot create");
        assert!(error.to_string().starts_with("cannot open "), "{error}");
    }

    #[test]
    fn last_ratings_come_from_the_previous_session_of_the_same_routine() {
        let mut store = Store::in_memory().expect("opens");
        let first = store.begin(&session("s1"), "").expect("begin");
        store.hold(first, &hold(0, "calf")).expect("hold");
        store.rate(first, 0, Some(7), "t").expect("rate");
        let mut second = session("s2");
        second.started_at = "2026-11-22T10:00:00Z".into();
        store.begin(&second, "").expect("begin");
        assert_eq!(
            store.last_ratings("Desk", "s2").expect("query"),
            vec![("calf".into(), "left".into(), 7)]
        );
        assert_eq!(store.last_ratings("Other", "s2").expect("query"), vec![]);
    }
}
