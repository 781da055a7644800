//! The history's tables: one migration per version, and the latest schema in one piece for a
//! new history.

use rusqlite::{Connection, params};
use rusqlite_migration::{M, Migrations};

use super::side_from_word;
use crate::body::SpotId;

/// The schema, one migration per version; never edit a released one, add another.
pub(super) fn migrations() -> Migrations<'static> {
    Migrations::new(vec![
        M::up(FIRST),
        // Version 2: each hold's spot as the catalogue knows it, so "upper traps" and "upper
        // trapezius" are one spot across sessions; filled for the holds already there.
        M::up_with_hook("ALTER TABLE hold ADD COLUMN spot TEXT;", recognise_spots),
        M::up(PROGRAMMES),
        M::up(PLANNED_AND_ZONE),
        M::up(ANSWER_CLOCK),
        M::up(MEASURES),
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
        if let Some(spot) = SpotId::recognise(&region, side_value) {
            update.execute(params![spot.to_string(), region, side])?;
        }
    }
    Ok(())
}

/// Version 1: sessions and their holds.
pub(super) const FIRST: &str = "CREATE TABLE session (
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
pub(super) const PROGRAMMES: &str = "ALTER TABLE session ADD COLUMN week INTEGER;
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

/// Version 4: how many holds the session planned (the denominator of "3 of 4 holds held",
/// which the holds recorded cannot give for a session quit early), and the person's time
/// zone and UTC offset at its start, so its day, time and programme week are the person's
/// wherever the report is made; and which stop rules an answer said yes to (a JSON array of
/// the prescription's lines), each rule being asked on its own.
const PLANNED_AND_ZONE: &str = "ALTER TABLE session ADD COLUMN holds_planned INTEGER;
    ALTER TABLE session ADD COLUMN time_zone TEXT;
    ALTER TABLE session ADD COLUMN utc_offset INTEGER;
    ALTER TABLE screening ADD COLUMN yes_to TEXT;";

/// Version 5: the person's time zone and offset when they answered the stop rules, so an
/// answer's day is theirs, as a session's is.
const ANSWER_CLOCK: &str = "ALTER TABLE screening ADD COLUMN time_zone TEXT;
    ALTER TABLE screening ADD COLUMN utc_offset INTEGER;";

/// Version 6: the outcome measures a prescription asks: the activities as rated before the
/// first hold (a JSON array of `{"activity", "rating"}`, the words kept with the rating since
/// a prescription's list may change), and the global impression of change with the phase it
/// closed (`change` 1-7, null with a phase when skipped).
const MEASURES: &str = "ALTER TABLE session ADD COLUMN activities TEXT;
    ALTER TABLE session ADD COLUMN change_phase INTEGER;
    ALTER TABLE session ADD COLUMN change INTEGER;";

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
        holds_planned INTEGER,
        time_zone TEXT,
        utc_offset INTEGER,
        activities TEXT,
        change_phase INTEGER,
        change INTEGER,
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
        yes_to TEXT,
        time_zone TEXT,
        utc_offset INTEGER,
        UNIQUE (client, routine_hash, asked_at)
    );
    CREATE INDEX screening_by_routine ON screening (client, routine_hash, asked_at);";

/// The schema version [`LATEST`] is.
pub(super) const LATEST_VERSION: u32 = 6;

/// Creates the latest schema at once in a database that has no tables yet. A history that
/// has tables is only read here, so another process holding it (a backup) never stops a
/// session opening; a new one is created in a transaction that takes the write lock first,
/// so of two processes creating the same history the second finds the tables there.
pub(super) fn create_latest(conn: &mut Connection) -> rusqlite::Result<()> {
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
