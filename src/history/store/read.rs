//! The reads the screens, exports and reports need, each column read by its name.

use rusqlite::{OptionalExtension, named_params, params};

use super::super::rows::{names_routine, routine_id};
use super::{
    ChangeAnswer, Client, Clock, Columns, Filter, HoldFacts, Measured, Named, Programme, Reported,
    Screening, SessionOutcome, Started, StopRuleAnswer, Store, StoreError, StoredHold,
    StoredSession, activities_from_json, lines_from_json, millis, optional, parsed, side_from_word,
};
use crate::body::SpotId;
use crate::routine::Side;
use crate::session::HoldOutcome;
use crate::session::measures::Impression;

/// The session's columns as `stored_session` reads them, for each query of sessions.
macro_rules! session_columns {
    () => {
        "s.uid, s.client, s.routine_name, s.routine_hash, s.routine_path,
         s.started_at, s.ended_at AS session_ended, s.outcome AS session_outcome,
         s.week, s.phase, s.screening, s.pain_before, s.pain_after, s.note,
         s.programme_start, s.programme_weeks, s.programme_per_week,
         s.prescribed_by, s.prescribed_for, s.stop_above, s.holds_planned,
         s.time_zone, s.utc_offset, s.activities, s.change_phase, s.change"
    };
}

impl Store {
    /// Every hold matching `filter`, oldest first, its days the person's (the system's time
    /// zone for sessions from before knead kept the person's clock). A value no knead writes
    /// (an outcome word from a newer version, a time that is not a time) is an error, never a
    /// guess.
    pub fn holds(&self, filter: &Filter) -> Result<Vec<StoredHold>, StoreError> {
        let (since, until) = utc_days(filter);
        let mut statement = self.conn.prepare(concat!(
            "SELECT ",
            session_columns!(),
            ", h.hold_index, h.attempt, h.step, h.region, h.spot, h.tool, h.side, h.rep,
                    h.planned_ms, h.held_ms, h.released_ms, h.outcome, h.rating, h.rated_at,
                    h.ended_at
             FROM hold h JOIN session s ON s.id = h.session_id
             WHERE s.client = :client AND s.started_at >= :since AND s.started_at < :until
             ORDER BY s.started_at, s.id, h.hold_index, h.attempt"
        ))?;
        let client = filter.client.clone().unwrap_or_default();
        let columns = Columns::of(&statement);
        let rows = statement.query_map(
            named_params! { ":client": client, ":since": since, ":until": until },
            |row| stored_hold(&columns.read(row)),
        )?;
        let mut holds: Vec<StoredHold> = rows.collect::<Result<_, _>>()?;
        let tz = jiff::tz::TimeZone::system();
        holds.retain(|h| {
            filter.has_day(h.local_start(&tz).date())
                && filter.routine.as_deref().is_none_or(|r| h.is_routine(r))
        });
        Ok(holds)
    }

    /// Every session matching `filter` in which no hold was recorded (quit before the first),
    /// oldest first: what [`Store::holds`] cannot show, such as a note about why.
    pub fn sessions_without_holds(
        &self,
        filter: &Filter,
    ) -> Result<Vec<StoredSession>, StoreError> {
        let (since, until) = utc_days(filter);
        let mut statement = self.conn.prepare(concat!(
            "SELECT ",
            session_columns!(),
            " FROM session s
             WHERE s.client = :client AND s.started_at >= :since AND s.started_at < :until
                   AND NOT EXISTS (SELECT 1 FROM hold h WHERE h.session_id = s.id)
             ORDER BY s.started_at, s.id"
        ))?;
        let client = filter.client.clone().unwrap_or_default();
        let columns = Columns::of(&statement);
        let rows = statement.query_map(
            named_params! { ":client": client, ":since": since, ":until": until },
            |row| stored_session(&columns.read(row)),
        )?;
        let mut sessions: Vec<StoredSession> = rows.collect::<Result<_, _>>()?;
        let tz = jiff::tz::TimeZone::system();
        sessions.retain(|s| {
            filter.has_day(s.local_start(&tz).date())
                && filter.routine.as_deref().is_none_or(|r| s.is_routine(r))
        });
        Ok(sessions)
    }

    /// Every answer to the stop rules in `client`'s history (`""` for the person's own) that
    /// `filter` lets through, oldest first: on a day it takes (in the system's time zone), and
    /// about a routine it takes, by title or by the file of a session of it.
    pub fn stop_rule_answers(&self, filter: &Filter) -> Result<Vec<StopRuleAnswer>, StoreError> {
        let client = filter.client.clone().unwrap_or_default();
        let mut statement = self.conn.prepare(
            "SELECT routine_name, routine_hash, asked_at, answer, yes_to, time_zone, utc_offset
             FROM screening WHERE client = ?1 ORDER BY asked_at, id",
        )?;
        let rows = statement.query_map([&client], |r| {
            Ok(StopRuleAnswer {
                routine: r.get("routine_name")?,
                routine_hash: r.get("routine_hash")?,
                asked_at: parsed(r, "asked_at", |t| t.parse().ok())?,
                answer: parsed(r, "answer", Screening::from_word)?,
                yes_to: optional(r, "yes_to", lines_from_json)?.unwrap_or_default(),
                clock: Clock::read(r.get("time_zone")?, r.get("utc_offset")?),
            })
        })?;
        let answers: Vec<StopRuleAnswer> = rows.collect::<Result<_, _>>()?;
        // The versions of the routine asked for: an answer names the routine by title, and
        // its file only by hash, which the sessions of that file share.
        let files: Vec<String> = match &filter.routine {
            Some(routine) => self
                .conn
                .prepare(
                    "SELECT DISTINCT routine_hash, routine_name, routine_path FROM session
                     WHERE client = ?1",
                )?
                .query_map([&client], |r| {
                    Ok((
                        r.get::<_, String>("routine_hash")?,
                        r.get::<_, String>("routine_name")?,
                        r.get::<_, String>("routine_path")?,
                    ))
                })?
                .collect::<Result<Vec<_>, _>>()?
                .into_iter()
                .filter(|(_, title, path)| names_routine(title, path, routine))
                .map(|(hash, _, _)| hash)
                .collect(),
            None => Vec::new(),
        };
        let tz = jiff::tz::TimeZone::system();
        Ok(answers
            .into_iter()
            .filter(|a| filter.has_day(a.clock.local(a.asked_at, &tz).date()))
            .filter(|a| {
                filter.routine.as_deref().is_none_or(|r| {
                    a.routine.eq_ignore_ascii_case(r) || files.contains(&a.routine_hash)
                })
            })
            .collect())
    }

    /// The latest answer to the stop rules of the routine file with this hash, in the
    /// person's own history, and when it was given.
    pub fn last_screening(
        &self,
        routine_hash: &str,
    ) -> Result<Option<(Screening, jiff::Timestamp)>, StoreError> {
        Ok(self
            .conn
            .query_row(
                "SELECT answer, asked_at FROM screening WHERE client = '' AND routine_hash = ?1
                 ORDER BY asked_at DESC, id DESC LIMIT 1",
                [routine_hash],
                |r| {
                    Ok((
                        parsed(r, "answer", Screening::from_word)?,
                        parsed(r, "asked_at", |t| t.parse().ok())?,
                    ))
                },
            )
            .optional()?)
    }

    /// The names of the clients whose histories were imported, sorted.
    pub fn clients(&self) -> Result<Vec<String>, StoreError> {
        let mut statement = self
            .conn
            .prepare("SELECT DISTINCT client FROM session WHERE client != '' ORDER BY client")?;
        let names = statement.query_map([], |r| r.get("client"))?;
        Ok(names.collect::<Result<_, _>>()?)
    }

    /// The clients (`""` for the person's own history) already holding any of the sessions
    /// `uids`, with how many of them each holds.
    pub fn holders(&self, uids: &[&str]) -> Result<Vec<(String, usize)>, StoreError> {
        let mut statement = self
            .conn
            .prepare("SELECT client FROM session WHERE uid = ?1")?;
        let mut holders: Vec<(String, usize)> = Vec::new();
        for uid in uids {
            let clients = statement.query_map([uid], |r| r.get::<_, String>("client"))?;
            for client in clients {
                let client = client?;
                match holders.iter_mut().find(|(c, _)| *c == client) {
                    Some((_, n)) => *n += 1,
                    None => holders.push((client, 1)),
                }
            }
        }
        holders.sort();
        Ok(holders)
    }

    /// Every imported client with their sessions, the last one, and their routines.
    pub fn client_summaries(&self) -> Result<Vec<Client>, StoreError> {
        let mut clients: Vec<Client> = Vec::new();
        let mut statement = self.conn.prepare(
            "SELECT client, routine_name, COUNT(*) AS sessions, MAX(started_at) AS last
             FROM session
             WHERE client != '' GROUP BY client, routine_name ORDER BY client, routine_name",
        )?;
        let rows = statement.query_map([], |r| {
            Ok((
                r.get::<_, String>("client")?,
                r.get::<_, String>("routine_name")?,
                r.get::<_, u32>("sessions")?,
                parsed(r, "last", |t| t.parse::<jiff::Timestamp>().ok())?,
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
            let path: String = r.get("routine_path")?;
            Ok((r.get("routine_name")?, routine_id(&path).to_owned()))
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
                routine_name: r.get("routine_name")?,
                routine_path: r.get("routine_path")?,
                at: parsed(r, "started_at", |t| t.parse().ok())?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The person's own sessions that asked an outcome measure, oldest first.
    pub fn measured(&self) -> Result<Vec<Measured>, StoreError> {
        let mut statement = self.conn.prepare(
            "SELECT routine_name, routine_path, started_at, activities, change_phase
             FROM session
             WHERE client = '' AND (activities IS NOT NULL OR change_phase IS NOT NULL)
             ORDER BY started_at",
        )?;
        let rows = statement.query_map([], |r| {
            Ok(Measured {
                routine_name: r.get("routine_name")?,
                routine_path: r.get("routine_path")?,
                at: parsed(r, "started_at", |t| t.parse().ok())?,
                activities: r.get::<_, Option<String>>("activities")?.is_some(),
                change_phase: r.get("change_phase")?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The latest rating of each spot in the most recent earlier session of `routine`,
    /// keyed by (region, side).
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
                |r| r.get("id"),
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
            Ok((
                r.get("region")?,
                parsed(r, "side", side_from_word)?,
                r.get("rating")?,
            ))
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

/// One row of [`Store::holds`]' query as the history's typed hold.
/// The UTC days a filter's days may fall on: a day on any clock lies within a day of the UTC
/// day, so the query takes a day more on each side and the person's day decides after.
fn utc_days(filter: &Filter) -> (String, String) {
    let since = filter
        .since
        .and_then(|d| d.yesterday().ok())
        .map(|d| d.to_string())
        .unwrap_or_default();
    let until = filter
        .until
        .and_then(|d| d.tomorrow().ok())
        .and_then(|d| d.tomorrow().ok())
        .map_or_else(|| "9999".to_owned(), |d| d.to_string());
    (since, until)
}

fn stored_hold(r: &Named<'_>) -> rusqlite::Result<StoredHold> {
    let time = |s: &str| s.parse().ok();
    let side = parsed(r, "side", side_from_word)?;
    let region: String = r.get("region")?;
    // A spot from a newer catalogue is recognised again from the text as written.
    let spot = optional(r, "spot", |s| Some(SpotId::parse(s)))?
        .flatten()
        .or_else(|| SpotId::recognise(&region, side));
    let hold = HoldFacts {
        hold_index: r.get("hold_index")?,
        attempt: r.get("attempt")?,
        step: r.get("step")?,
        region,
        spot,
        tool: r.get("tool")?,
        side,
        rep: r.get("rep")?,
        planned: millis(r.get("planned_ms")?),
        held: millis(r.get("held_ms")?),
        released: r.get::<Option<i64>>("released_ms")?.map(millis),
        outcome: parsed(r, "outcome", HoldOutcome::from_word)?,
        rating: r.get("rating")?,
        rated_at: optional(r, "rated_at", time)?,
        hold_ended: parsed(r, "ended_at", time)?,
    };
    Ok(StoredHold::new(stored_session(r)?, hold))
}

fn stored_session(r: &Named<'_>) -> rusqlite::Result<StoredSession> {
    let time = |s: &str| s.parse().ok();
    Ok(StoredSession {
        session_uid: r.get("uid")?,
        client: r.get("client")?,
        routine: r.get("routine_name")?,
        routine_hash: r.get("routine_hash")?,
        routine_path: r.get("routine_path")?,
        session_started: parsed(r, "started_at", time)?,
        session_ended: optional(r, "session_ended", time)?,
        session_outcome: parsed(r, "session_outcome", SessionOutcome::from_word)?,
        holds_planned: r.get("holds_planned")?,
        clock: Clock::read(r.get("time_zone")?, r.get::<Option<i32>>("utc_offset")?),
        programme: Programme {
            week: r.get("week")?,
            phase: r.get("phase")?,
            screening: optional(r, "screening", Screening::from_word)?,
            start: optional(r, "programme_start", |s| s.parse().ok())?,
            weeks: r.get("programme_weeks")?,
            per_week: r.get("programme_per_week")?,
            by: r.get("prescribed_by")?,
            client: r.get("prescribed_for")?,
            stop_above: r.get("stop_above")?,
        },
        reported: Reported {
            pain_before: r.get("pain_before")?,
            pain_after: r.get("pain_after")?,
            note: r.get("note")?,
            activities: optional(r, "activities", activities_from_json)?.unwrap_or_default(),
            change: match r.get::<Option<u8>>("change_phase")? {
                Some(phase) => Some(ChangeAnswer {
                    phase,
                    // Import checks 1 to 7: nothing else is written.
                    answer: r
                        .get::<Option<u8>>("change")?
                        .and_then(Impression::from_number),
                }),
                None => None,
            },
        },
    })
}
