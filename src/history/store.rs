//! The SQLite database: opening it safely, writing each record the moment it happens, and
//! the reads the screens, exports and reports need.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use rusqlite::types::Type;
use rusqlite::{Connection, OpenFlags, OptionalExtension, Row, params};
use rusqlite_migration::{M, Migrations};

pub use super::rows::{
    Client, Filter, HoldRow, Imported, NewSession, Programme, Reported, Screening, SessionOutcome,
    Started, StopRuleAnswer, StoredHold,
};
use crate::routine::Side;
use crate::session::HoldOutcome;

/// The schema, one migration per version; never edit a released one, add another.
fn migrations() -> Migrations<'static> {
    Migrations::new(vec![
        M::up(FIRST),
        // Version 2: each hold's spot as the catalogue knows it, so "upper traps" and "upper
        // trapezius" are one spot across sessions; filled for the holds already there.
        M::up_with_hook("ALTER TABLE hold ADD COLUMN spot TEXT;", recognise_spots),
        M::up(PROGRAMMES),
    ])
}

/// Fills in the spot of every hold whose region the catalogue recognises.
fn recognise_spots(tx: &rusqlite::Transaction<'_>) -> rusqlite_migration::HookResult {
    let written: Vec<(String, String)> = tx
        .prepare("SELECT DISTINCT region, side FROM hold WHERE spot IS NULL")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    let mut update = tx.prepare("UPDATE hold SET spot = ?1 WHERE region = ?2 AND side = ?3")?;
    for (region, side) in written {
        let Some(side_value) = side_from_word(&side) else {
            continue;
        };
        if let Some(spot) = crate::body::recognised_spot(&region, side_value) {
            update.execute(params![spot, region, side])?;
        }
    }
    Ok(())
}

/// Version 1: sessions and their holds.
const FIRST: &str = "CREATE TABLE session (
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
    CREATE INDEX hold_by_session ON hold (session_id);";

/// Version 3: where each session stood in its prescription, what the person said about it
/// (overall pain before and after, a note), and every answer to the stop rules (kept apart
/// from sessions, since a yes may mean no session at all).
const PROGRAMMES: &str = "ALTER TABLE session ADD COLUMN week INTEGER;
    ALTER TABLE session ADD COLUMN phase INTEGER;
    ALTER TABLE session ADD COLUMN screening TEXT;
    ALTER TABLE session ADD COLUMN pain_before INTEGER;
    ALTER TABLE session ADD COLUMN pain_after INTEGER;
    ALTER TABLE session ADD COLUMN note TEXT;
    ALTER TABLE session ADD COLUMN programme_start TEXT;
    ALTER TABLE session ADD COLUMN programme_weeks INTEGER;
    ALTER TABLE session ADD COLUMN programme_per_week INTEGER;
    ALTER TABLE session ADD COLUMN prescribed_by TEXT;
    ALTER TABLE session ADD COLUMN prescribed_for TEXT;
    ALTER TABLE session ADD COLUMN stop_above INTEGER;
    CREATE TABLE screening (
        id INTEGER PRIMARY KEY,
        client TEXT NOT NULL DEFAULT '',
        routine_name TEXT NOT NULL,
        routine_hash TEXT NOT NULL,
        asked_at TEXT NOT NULL,
        answer TEXT NOT NULL,
        UNIQUE (client, routine_hash, asked_at)
    );
    CREATE INDEX screening_by_routine ON screening (client, routine_hash, asked_at);";

/// The latest schema in one piece, for a history that has none yet; equal to running every
/// migration (a test compares the two). Thirteen `ALTER TABLE`s each rewrite and reparse the
/// schema: on a new history that churn left 50 KiB more memory with the history's thread all
/// session, and took longer before the first write. Add each new migration here too.
const LATEST: &str = "CREATE TABLE session (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL,
        client TEXT NOT NULL DEFAULT '',
        routine_name TEXT NOT NULL,
        routine_hash TEXT NOT NULL,
        routine_path TEXT NOT NULL,
        started_at TEXT NOT NULL,
        ended_at TEXT,
        outcome TEXT NOT NULL DEFAULT 'interrupted',
        week INTEGER,
        phase INTEGER,
        screening TEXT,
        pain_before INTEGER,
        pain_after INTEGER,
        note TEXT,
        programme_start TEXT,
        programme_weeks INTEGER,
        programme_per_week INTEGER,
        prescribed_by TEXT,
        prescribed_for TEXT,
        stop_above INTEGER,
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
        spot TEXT,
        UNIQUE (session_id, hold_index, attempt)
    );
    CREATE INDEX hold_by_session ON hold (session_id);
    CREATE TABLE screening (
        id INTEGER PRIMARY KEY,
        client TEXT NOT NULL DEFAULT '',
        routine_name TEXT NOT NULL,
        routine_hash TEXT NOT NULL,
        asked_at TEXT NOT NULL,
        answer TEXT NOT NULL,
        UNIQUE (client, routine_hash, asked_at)
    );
    CREATE INDEX screening_by_routine ON screening (client, routine_hash, asked_at);";

/// The schema version [`LATEST`] is.
const LATEST_VERSION: u32 = 3;

/// Creates the latest schema at once in a database that has no tables yet. A history that
/// has tables is only read here, so another process holding it (a backup) never stops a
/// session opening; a new one is created in a transaction that takes the write lock first,
/// so of two processes creating the same history the second finds the tables there.
fn create_latest(conn: &mut Connection) -> rusqlite::Result<()> {
    fn tables(conn: &Connection) -> rusqlite::Result<u32> {
        conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))
    }
    if tables(conn)? > 0 {
        return Ok(());
    }
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    let version: u32 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if version == 0 && tables(&tx)? == 0 {
        tx.execute_batch(LATEST)?;
        tx.pragma_update(None, "user_version", LATEST_VERSION)?;
    }
    tx.commit()
}

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
            StoreError::Open { .. } | StoreError::Damaged { .. } => false,
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
                "INSERT INTO session (uid, client, routine_name, routine_hash, routine_path, started_at,
                                      week, phase, screening, pain_before, programme_start,
                                      programme_weeks, programme_per_week, prescribed_by,
                                      prescribed_for, stop_above)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
                params![
                    session.uid,
                    client,
                    session.routine_name,
                    session.routine_hash,
                    session.routine_path,
                    session.started_at,
                    session.programme.week,
                    session.programme.phase,
                    session.programme.screening.map(Screening::word),
                    session.pain_before,
                    session.programme.start.map(|d| d.to_string()),
                    session.programme.weeks,
                    session.programme.per_week,
                    session.programme.by,
                    session.programme.client,
                    session.programme.stop_above
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
                                   planned_ms, held_ms, released_ms, outcome, ended_at, spot)
                 VALUES (?1, ?2,
                         (SELECT COALESCE(MAX(attempt), 0) + 1 FROM hold
                          WHERE session_id = ?1 AND hold_index = ?2),
                         ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
                params![
                    session,
                    hold.hold_index,
                    hold.step,
                    hold.region,
                    hold.tool,
                    side_word(hold.side),
                    hold.rep,
                    hold.planned_ms,
                    hold.held_ms,
                    hold.released_ms,
                    hold.outcome.word(),
                    hold.ended_at,
                    hold.spot
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

    /// Marks a session ended.
    pub fn end(
        &mut self,
        session: i64,
        outcome: SessionOutcome,
        at: &str,
    ) -> Result<(), StoreError> {
        self.write(|tx| {
            tx.execute(
                "UPDATE session SET outcome = ?2, ended_at = ?3 WHERE id = ?1",
                params![session, outcome.word(), at],
            )
            .map(drop)
        })
    }

    /// Every hold matching `filter`, oldest first. A value no knead writes (an outcome word
    /// from a newer version, a time that is not a time) is an error, never a guess.
    pub fn holds(&self, filter: &Filter) -> Result<Vec<StoredHold>, StoreError> {
        let since = filter.since.map(|d| d.to_string()).unwrap_or_default();
        let until = filter
            .until
            .and_then(|d| d.tomorrow().ok())
            .map_or_else(|| "9999".to_owned(), |d| d.to_string());
        let mut statement = self.conn.prepare(
            "SELECT s.uid, s.client, s.routine_name, s.routine_hash, s.routine_path, s.started_at,
                    s.ended_at, s.outcome, h.hold_index, h.attempt, h.step, h.region, h.tool, h.side,
                    h.rep, h.planned_ms, h.held_ms, h.released_ms, h.outcome, h.rating, h.rated_at,
                    h.ended_at, h.spot, s.week, s.phase, s.screening, s.pain_before, s.pain_after,
                    s.note, s.programme_start, s.programme_weeks, s.programme_per_week,
                    s.prescribed_by, s.prescribed_for, s.stop_above
             FROM hold h JOIN session s ON s.id = h.session_id
             WHERE s.client = ?1 AND s.started_at >= ?2 AND s.started_at < ?3
                   AND (?4 = '' OR lower(s.routine_name) = lower(?4)
                        OR lower(s.routine_path) = lower(?4 || '.toml')
                        OR substr(lower(s.routine_path), -length(?4) - 6) = '/' || lower(?4) || '.toml')
             ORDER BY s.started_at, s.id, h.hold_index, h.attempt",
        )?;
        let client = filter.client.clone().unwrap_or_default();
        let routine = filter.routine.clone().unwrap_or_default();
        let rows = statement.query_map(params![client, since, until, routine], |r| {
            Ok(StoredHold {
                session_uid: r.get(0)?,
                client: r.get(1)?,
                routine: r.get(2)?,
                routine_hash: r.get(3)?,
                routine_path: r.get(4)?,
                session_started: parsed(r, 5, |s| s.parse().ok())?,
                session_ended: optional(r, 6, |s| s.parse().ok())?,
                session_outcome: parsed(r, 7, SessionOutcome::from_word)?,
                programme: Programme {
                    week: r.get(23)?,
                    phase: r.get(24)?,
                    screening: optional(r, 25, Screening::from_word)?,
                    start: optional(r, 29, |s| s.parse().ok())?,
                    weeks: r.get(30)?,
                    per_week: r.get(31)?,
                    by: r.get(32)?,
                    client: r.get(33)?,
                    stop_above: r.get(34)?,
                },
                reported: Reported {
                    pain_before: r.get(26)?,
                    pain_after: r.get(27)?,
                    note: r.get(28)?,
                },
                hold_index: r.get(8)?,
                attempt: r.get(9)?,
                step: r.get(10)?,
                region: r.get(11)?,
                spot: r.get(22)?,
                tool: r.get(12)?,
                side: parsed(r, 13, side_from_word)?,
                rep: r.get(14)?,
                planned: millis(r.get(15)?),
                held: millis(r.get(16)?),
                released: r.get::<_, Option<i64>>(17)?.map(millis),
                outcome: parsed(r, 18, HoldOutcome::from_word)?,
                rating: r.get(19)?,
                rated_at: optional(r, 20, |s| s.parse().ok())?,
                hold_ended: parsed(r, 21, |s| s.parse().ok())?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Merges `holds` (checked by the caller) into the history of `client`, in one
    /// transaction; those already there (by session id, hold and attempt) are left as they
    /// are.
    pub fn import(&mut self, client: &str, holds: &[StoredHold]) -> Result<Imported, StoreError> {
        let tx = self.conn.transaction()?;
        let mut imported = Imported::default();
        let mut session: Option<(&str, i64)> = None;
        for hold in holds {
            let id = match session {
                Some((uid, id)) if uid == hold.session_uid => id,
                _ => {
                    imported.sessions += tx.execute(
                        "INSERT OR IGNORE INTO session (uid, client, routine_name, routine_hash,
                                                        routine_path, started_at, ended_at, outcome,
                                                        week, phase, screening, pain_before,
                                                        pain_after, note, programme_start,
                                                        programme_weeks, programme_per_week,
                                                        prescribed_by, prescribed_for, stop_above)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14,
                                 ?15, ?16, ?17, ?18, ?19, ?20)",
                        params![
                            hold.session_uid,
                            client,
                            hold.routine,
                            hold.routine_hash,
                            hold.routine_path,
                            hold.session_started.to_string(),
                            hold.session_ended.map(|t| t.to_string()),
                            hold.session_outcome.word(),
                            hold.programme.week,
                            hold.programme.phase,
                            hold.programme.screening.map(Screening::word),
                            hold.reported.pain_before,
                            hold.reported.pain_after,
                            hold.reported.note,
                            hold.programme.start.map(|d| d.to_string()),
                            hold.programme.weeks,
                            hold.programme.per_week,
                            hold.programme.by,
                            hold.programme.client,
                            hold.programme.stop_above
                        ],
                    )?;
                    let id: i64 = tx.query_row(
                        "SELECT id FROM session WHERE client = ?1 AND uid = ?2",
                        params![client, hold.session_uid],
                        |r| r.get(0),
                    )?;
                    session = Some((&hold.session_uid, id));
                    id
                }
            };
            let ms = |d: Duration| i64::try_from(d.as_millis()).unwrap_or(i64::MAX);
            let added = tx.execute(
                "INSERT OR IGNORE INTO hold (session_id, hold_index, attempt, step, region, tool,
                                             side, rep, planned_ms, held_ms, released_ms, outcome,
                                             rating, rated_at, ended_at, spot)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
                params![
                    id,
                    hold.hold_index,
                    hold.attempt,
                    hold.step,
                    hold.region,
                    hold.tool,
                    side_word(hold.side),
                    hold.rep,
                    ms(hold.planned),
                    ms(hold.held),
                    hold.released.map(ms),
                    hold.outcome.word(),
                    hold.rating,
                    hold.rated_at.map(|t| t.to_string()),
                    hold.hold_ended.to_string(),
                    hold.spot
                ],
            )?;
            imported.holds += added;
            imported.already += 1 - added;
        }
        tx.commit()?;
        Ok(imported)
    }

    /// Sets the overall pain after the last hold (`None`: asked, not given).
    pub fn pain_after(&mut self, session: i64, rating: Option<u8>) -> Result<(), StoreError> {
        self.write(|tx| {
            tx.execute(
                "UPDATE session SET pain_after = ?2 WHERE id = ?1",
                params![session, rating],
            )
            .map(drop)
        })
    }

    /// Keeps the person's note about a session.
    pub fn note(&mut self, session: i64, note: &str) -> Result<(), StoreError> {
        self.write(|tx| {
            tx.execute(
                "UPDATE session SET note = ?2 WHERE id = ?1",
                params![session, note],
            )
            .map(drop)
        })
    }

    /// Keeps an answer to a prescription's stop rules.
    pub fn screen(
        &mut self,
        routine_name: &str,
        routine_hash: &str,
        asked_at: &str,
        answer: Screening,
    ) -> Result<(), StoreError> {
        self.write(|tx| {
            tx.execute(
                "INSERT INTO screening (routine_name, routine_hash, asked_at, answer)
                 VALUES (?1, ?2, ?3, ?4)",
                params![routine_name, routine_hash, asked_at, answer.word()],
            )?;
            Ok(())
        })
    }

    /// Every answer to the stop rules in `client`'s history (`""` for the person's own) that
    /// `filter` lets through, oldest first.
    pub fn stop_rule_answers(&self, filter: &Filter) -> Result<Vec<StopRuleAnswer>, StoreError> {
        let client = filter.client.clone().unwrap_or_default();
        let mut statement = self.conn.prepare(
            "SELECT routine_name, routine_hash, asked_at, answer FROM screening
             WHERE client = ?1 ORDER BY asked_at, id",
        )?;
        let rows = statement.query_map([client], |r| {
            Ok(StopRuleAnswer {
                routine: r.get(0)?,
                routine_hash: r.get(1)?,
                asked_at: parsed(r, 2, |t| t.parse().ok())?,
                answer: parsed(r, 3, Screening::from_word)?,
            })
        })?;
        let answers: Vec<StopRuleAnswer> = rows.collect::<Result<_, _>>()?;
        let day = |a: &StopRuleAnswer| a.asked_at.to_zoned(jiff::tz::TimeZone::UTC).date();
        Ok(answers
            .into_iter()
            .filter(|a| filter.since.is_none_or(|since| day(a) >= since))
            .filter(|a| filter.until.is_none_or(|until| day(a) <= until))
            .filter(|a| {
                filter
                    .routine
                    .as_deref()
                    .is_none_or(|r| a.routine.eq_ignore_ascii_case(r))
            })
            .collect())
    }

    /// Merges answers to the stop rules into `client`'s history; those already there are left.
    pub fn import_stop_rule_answers(
        &mut self,
        client: &str,
        answers: &[StopRuleAnswer],
    ) -> Result<usize, StoreError> {
        self.write(|tx| {
            let mut added = 0;
            for a in answers {
                added += tx.execute(
                    "INSERT OR IGNORE INTO screening (client, routine_name, routine_hash, asked_at,
                                                      answer)
                     VALUES (?1, ?2, ?3, ?4, ?5)",
                    params![
                        client,
                        a.routine,
                        a.routine_hash,
                        a.asked_at.to_string(),
                        a.answer.word()
                    ],
                )?;
            }
            Ok(added)
        })
    }

    /// The latest answer to the stop rules of the routine file with this hash, in the
    /// person's own history.
    pub fn last_screening(&self, routine_hash: &str) -> Result<Option<Screening>, StoreError> {
        let answer: Option<String> = self
            .conn
            .query_row(
                "SELECT answer FROM screening WHERE client = '' AND routine_hash = ?1
                 ORDER BY asked_at DESC, id DESC LIMIT 1",
                [routine_hash],
                |r| r.get(0),
            )
            .optional()?;
        Ok(answer.as_deref().and_then(Screening::from_word))
    }

    /// The names of the clients whose histories were imported, sorted.
    pub fn clients(&self) -> Result<Vec<String>, StoreError> {
        let mut statement = self
            .conn
            .prepare("SELECT DISTINCT client FROM session WHERE client != '' ORDER BY client")?;
        let names = statement.query_map([], |r| r.get(0))?;
        Ok(names.collect::<Result<_, _>>()?)
    }

    /// Every imported client with their sessions, the last one, and their routines.
    pub fn client_summaries(&self) -> Result<Vec<Client>, StoreError> {
        let mut clients: Vec<Client> = Vec::new();
        let mut statement = self.conn.prepare(
            "SELECT client, routine_name, COUNT(*), MAX(started_at) FROM session
             WHERE client != '' GROUP BY client, routine_name ORDER BY client, routine_name",
        )?;
        let rows = statement.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, u32>(2)?,
                parsed(r, 3, |t| t.parse::<jiff::Timestamp>().ok())?,
            ))
        })?;
        for row in rows {
            let (name, routine, sessions, last) = row?;
            match clients.last_mut() {
                Some(client) if client.name == name => {
                    client.sessions += sessions;
                    client.last = client.last.max(last);
                    client.routines.push(routine);
                }
                _ => clients.push(Client {
                    name,
                    sessions,
                    last,
                    routines: vec![routine],
                }),
            }
        }
        Ok(clients)
    }

    /// The routines in the history of `client` (`""`: the person's own): each one's title and
    /// the name it is run by (a file's name without `.toml`), sorted.
    pub fn routines(&self, client: &str) -> Result<Vec<(String, String)>, StoreError> {
        let mut statement = self.conn.prepare(
            "SELECT DISTINCT routine_name, routine_path FROM session WHERE client = ?1
             ORDER BY routine_name",
        )?;
        let rows = statement.query_map([client], |r| {
            let path: String = r.get(1)?;
            let stem = std::path::Path::new(&path)
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or_default()
                .to_owned();
            Ok((r.get(0)?, stem))
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Every session of the person's own (not a client's) that counts as done, oldest
    /// first: one in which something was held, as the history screen counts them. A session
    /// quit before its first hold is not a session done.
    pub fn starts(&self) -> Result<Vec<Started>, StoreError> {
        let skipped = [HoldOutcome::Skipped, HoldOutcome::SkippedForPain].map(HoldOutcome::word);
        let mut statement = self.conn.prepare(&format!(
            "SELECT routine_name, routine_path, started_at FROM session
             WHERE client = '' AND EXISTS (
                 SELECT 1 FROM hold WHERE hold.session_id = session.id
                 AND hold.outcome NOT IN ('{}', '{}'))
             ORDER BY started_at",
            skipped[0], skipped[1]
        ))?;
        let rows = statement.query_map([], |r| {
            Ok(Started {
                routine_name: r.get(0)?,
                routine_path: r.get(1)?,
                at: parsed(r, 2, |t| t.parse().ok())?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
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
    ) -> Result<Vec<(String, Option<Side>, u8)>, StoreError> {
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
        let rows = statement.query_map([session], |r| {
            Ok((r.get(0)?, parsed(r, 1, side_from_word)?, r.get(2)?))
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
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

fn millis(ms: i64) -> Duration {
    Duration::from_millis(u64::try_from(ms).unwrap_or(0))
}

/// A text column read through `parse`; a value it refuses is a conversion error that names it.
fn parsed<T>(r: &Row<'_>, column: usize, parse: impl Fn(&str) -> Option<T>) -> rusqlite::Result<T> {
    let text: String = r.get(column)?;
    parse(&text).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(
            column,
            Type::Text,
            format!("knead does not know the value {text:?}").into(),
        )
    })
}

fn optional<T>(
    r: &Row<'_>,
    column: usize,
    parse: impl Fn(&str) -> Option<T>,
) -> rusqlite::Result<Option<T>> {
    match r.get::<_, Option<String>>(column)? {
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
mod tests {
    use super::*;

    fn session(uid: &str) -> NewSession {
        NewSession {
            uid: uid.into(),
            routine_name: "Desk".into(),
            routine_hash: "abc".into(),
            routine_path: "bundled/desk-neck.toml".into(),
            started_at: "2026-11-21T10:00:00Z".into(),
            programme: Programme::default(),
            pain_before: None,
        }
    }

    fn hold(index: u32, region: &str) -> HoldRow {
        HoldRow {
            hold_index: index,
            step: 0,
            region: region.into(),
            spot: crate::body::recognised_spot(region, Some(Side::Left)),
            tool: "ball".into(),
            side: Some(Side::Left),
            rep: 1,
            planned_ms: 60_000,
            held_ms: 60_000,
            released_ms: None,
            outcome: HoldOutcome::Completed,
            ended_at: "2026-11-21T10:01:05Z".into(),
        }
    }

    #[test]
    fn the_latest_answer_to_the_stop_rules_is_kept_per_routine_file() {
        let mut store = Store::in_memory().expect("opens");
        assert_eq!(store.last_screening("abc").expect("reads"), None);
        store
            .screen("Desk", "abc", "2026-11-21T10:00:00Z", Screening::YesStopped)
            .expect("writes");
        store
            .screen("Desk", "abc", "2026-11-22T10:00:00Z", Screening::No)
            .expect("writes");
        store
            .screen("Desk", "def", "2026-11-23T10:00:00Z", Screening::YesWentOn)
            .expect("writes");
        assert_eq!(
            store.last_screening("abc").expect("reads"),
            Some(Screening::No)
        );
        assert_eq!(
            store.last_screening("def").expect("reads"),
            Some(Screening::YesWentOn)
        );
        let programme = Programme {
            week: Some(2),
            phase: Some(1),
            screening: Some(Screening::YesWentOn),
            start: Some(jiff::civil::date(2026, 11, 16)),
            weeks: Some(6),
            per_week: Some(3),
            by: Some("J. Ortiz, PT".into()),
            client: Some("maria".into()),
            stop_above: Some(7),
        };
        let id = store
            .begin(
                &NewSession {
                    programme: programme.clone(),
                    ..session("s1")
                },
                "",
            )
            .expect("begins");
        store.hold(id, &hold(0, "calf")).expect("hold");
        let held = store.holds(&Filter::default()).expect("reads");
        assert_eq!(held[0].programme, programme);
    }

    /// Every table's columns, indexes and foreign keys, as SQLite reports them.
    fn schema_of(conn: &Connection) -> Vec<String> {
        let tables: Vec<String> = conn
            .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            .expect("prepare")
            .query_map([], |r| r.get(0))
            .expect("query")
            .collect::<Result<_, _>>()
            .expect("rows");
        let mut described = Vec::new();
        for table in tables {
            for pragma in ["table_info", "index_list", "foreign_key_list"] {
                let mut statement = conn
                    .prepare(&format!("SELECT * FROM pragma_{pragma}('{table}')"))
                    .expect("prepare");
                let columns = statement.column_count();
                let rows = statement
                    .query_map([], |r| {
                        (0..columns)
                            .map(|i| {
                                r.get::<_, rusqlite::types::Value>(i)
                                    .map(|v| format!("{v:?}"))
                            })
                            .collect::<Result<Vec<_>, _>>()
                    })
                    .expect("query");
                for row in rows {
                    described.push(format!("{table} {pragma} {}", row.expect("row").join(" ")));
                }
            }
        }
        described
    }

    #[test]
    fn a_new_history_gets_the_same_schema_the_migrations_build() {
        let mut migrated = Connection::open_in_memory().expect("open");
        migrations().to_latest(&mut migrated).expect("migrations");
        let mut fresh = Connection::open_in_memory().expect("open");
        create_latest(&mut fresh).expect("latest");
        assert_eq!(schema_of(&fresh), schema_of(&migrated));
        let version = |c: &Connection| -> u32 {
            c.query_row("PRAGMA user_version", [], |r| r.get(0))
                .expect("version")
        };
        assert_eq!(version(&fresh), version(&migrated));
        migrations()
            .to_latest(&mut fresh)
            .expect("nothing left to do");
        assert_eq!(version(&fresh), LATEST_VERSION);
        // A history that has tables already is left to the migrations.
        create_latest(&mut migrated).expect("no-op");
        assert_eq!(schema_of(&migrated), schema_of(&fresh));
    }

    #[test]
    fn migrations_apply_to_a_new_database_and_are_valid() {
        migrations().validate().expect("migrations are valid");
        let store = Store::in_memory().expect("opens");
        assert_eq!(store.version().expect("version"), 3);
    }

    #[test]
    fn a_history_from_before_spots_learns_them_and_keeps_every_hold_as_written() {
        let dir = tempfile::tempdir().expect("tempdir");
        {
            // A history as knead wrote it before version 2.
            let mut conn = Connection::open(dir.path().join(FILE)).expect("open");
            Migrations::new(vec![M::up(FIRST)])
                .to_latest(&mut conn)
                .expect("version 1");
            conn.execute_batch(
                "INSERT INTO session (id, uid, routine_name, routine_hash, routine_path, started_at)
                 VALUES (1, 'a', 'Desk', 'h', 'p', '2026-11-20T10:00:00Z'),
                        (2, 'b', 'Desk', 'h', 'p', '2026-11-21T10:00:00Z');
                 INSERT INTO hold (session_id, hold_index, attempt, step, region, tool, side, rep,
                                   planned_ms, held_ms, outcome, rating, ended_at)
                 VALUES (1, 0, 1, 0, 'upper traps', 'ball', 'left', 1, 1, 1, 'completed', 7,
                         '2026-11-20T10:01:00Z'),
                        (1, 1, 1, 0, 'my sore ear', 'ball', '', 1, 1, 1, 'completed', 2,
                         '2026-11-20T10:02:00Z'),
                        (2, 0, 1, 0, 'Upper Trapezius', 'ball', 'left', 1, 1, 1, 'completed', 5,
                         '2026-11-21T10:01:00Z'),
                        (2, 1, 1, 0, 'calves', 'roller', '', 1, 1, 1, 'completed', 3,
                         '2026-11-21T10:02:00Z');",
            )
            .expect("rows");
        }
        let store = Store::open(dir.path()).expect("migrated");
        assert_eq!(store.version().expect("version"), 3);
        let holds = store.holds(&Filter::default()).expect("holds");
        let spots: Vec<(&str, Option<&str>, String)> = holds
            .iter()
            .map(|h| (h.region.as_str(), h.spot.as_deref(), h.spot_label()))
            .collect();
        assert_eq!(
            spots,
            [
                (
                    "upper traps",
                    Some("upper-trapezius:left"),
                    "upper trapezius, left".to_owned()
                ),
                ("my sore ear", None, "my sore ear".to_owned()),
                (
                    "Upper Trapezius",
                    Some("upper-trapezius:left"),
                    "upper trapezius, left".to_owned()
                ),
                ("calves", Some("calf"), "calf".to_owned()),
            ]
        );
    }

    #[test]
    fn an_empty_file_becomes_a_history() {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::write(dir.path().join(FILE), b"").expect("touch");
        let store = Store::open(dir.path()).expect("opens an empty file");
        assert_eq!(store.version().expect("version"), 3);
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
    fn a_word_no_knead_writes_is_an_error_not_a_guess() {
        let mut store = Store::in_memory().expect("opens");
        let id = store.begin(&session("s1"), "").expect("begin");
        store.hold(id, &hold(0, "calf")).expect("hold");
        let read = store.holds(&Filter::default()).expect("reads");
        assert_eq!(
            (read[0].side, read[0].outcome),
            (Some(Side::Left), HoldOutcome::Completed)
        );
        store
            .conn
            .execute("UPDATE hold SET side = 'middle'", [])
            .expect("update");
        let error = store.holds(&Filter::default()).expect_err("refused");
        assert!(error.to_string().contains("\"middle\""), "{error}");
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
            vec![("calf".into(), Some(Side::Left), 7)]
        );
        assert_eq!(store.last_ratings("Other", "s2").expect("query"), vec![]);
    }

    #[test]
    fn starts_are_the_persons_own_sessions_done_oldest_first() {
        let mut store = Store::in_memory().expect("opens");
        let mut later = session("s2");
        later.started_at = "2026-11-22T10:00:00Z".into();
        for (uid, client) in [(later, ""), (session("s1"), ""), (session("c1"), "maria")] {
            let id = store.begin(&uid, client).expect("begin");
            store.hold(id, &hold(0, "calf")).expect("a hold");
        }
        // Quit before its first hold, or its only hold skipped: not a session done.
        let mut quit = session("s3");
        quit.started_at = "2026-11-23T10:00:00Z".into();
        store.begin(&quit, "").expect("begin");
        let mut skipped = session("s4");
        skipped.started_at = "2026-11-23T11:00:00Z".into();
        let id = store.begin(&skipped, "").expect("begin");
        let mut not_held = hold(0, "calf");
        not_held.outcome = HoldOutcome::Skipped;
        store.hold(id, &not_held).expect("a hold");
        let starts = store.starts().expect("query");
        assert_eq!(starts.len(), 2, "{starts:?}");
        assert!(starts[0].at < starts[1].at);
        assert_eq!(starts[1].at.to_string(), "2026-11-22T10:00:00Z");
        assert_eq!(starts[0].routine_path, "bundled/desk-neck.toml");
    }

    #[test]
    fn a_peek_reads_what_was_written_finds_nothing_where_there_is_no_history_and_writes_nothing() {
        let dir = tempfile::tempdir().expect("tempdir");
        assert!(Store::peek(dir.path()).is_none());
        let mut store = Store::open(dir.path()).expect("opens");
        let id = store.begin(&session("s1"), "").expect("begin");
        store.hold(id, &hold(0, "calf")).expect("a hold");
        let mut peeked = Store::peek(dir.path()).expect("a history");
        assert_eq!(peeked.starts().expect("reads").len(), 1);
        assert!(peeked.begin(&session("s2"), "").is_err(), "read-only");

        let damaged = tempfile::tempdir().expect("tempdir");
        let file = damaged.path().join(FILE);
        std::fs::write(&file, b"not a database, but someone's notes").expect("write");
        assert!(Store::peek(damaged.path()).is_none_or(|s| s.starts().is_err()));
        assert_eq!(
            std::fs::read(&file).expect("read"),
            b"not a database, but someone's notes",
            "a glance writes nothing"
        );
    }
}
