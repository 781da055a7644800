//! The writes a session makes, each the moment it happens, and the answers to stop rules.

use jiff::{Timestamp, Zoned};
use rusqlite::{named_params, params};

use crate::session::measures::Impression;

use super::{Clock, HoldRow, NewSession, Screening, SessionOutcome, Store, StoreError, side_word};

impl Store {
    /// Writes a new session (marked interrupted until it ends) and returns its id.
    pub fn begin(&mut self, session: &NewSession, client: &str) -> Result<i64, StoreError> {
        let p = &session.programme;
        self.write(|tx| {
            tx.execute(
                "INSERT INTO session (uid, client, routine_name, routine_hash, routine_path,
                                      started_at, week, phase, screening, pain_before,
                                      programme_start, programme_weeks, programme_per_week,
                                      prescribed_by, prescribed_for, stop_above, holds_planned,
                                      time_zone, utc_offset, activities)
                 VALUES (:uid, :client, :routine_name, :routine_hash, :routine_path,
                         :started_at, :week, :phase, :screening, :pain_before,
                         :programme_start, :programme_weeks, :programme_per_week,
                         :prescribed_by, :prescribed_for, :stop_above, :holds_planned,
                         :time_zone, :utc_offset, :activities)",
                named_params! {
                    ":uid": session.uid,
                    ":client": client,
                    ":routine_name": session.routine_name,
                    ":routine_hash": session.routine_hash,
                    ":routine_path": session.routine_path,
                    ":started_at": session.started_at.to_string(),
                    ":week": p.week,
                    ":phase": p.phase,
                    ":screening": p.screening.map(Screening::word),
                    ":pain_before": session.pain_before,
                    ":programme_start": p.start.map(|d| d.to_string()),
                    ":programme_weeks": p.weeks,
                    ":programme_per_week": p.per_week,
                    ":prescribed_by": p.by,
                    ":prescribed_for": p.client,
                    ":stop_above": p.stop_above,
                    ":holds_planned": session.holds_planned,
                    ":time_zone": session.clock.zone,
                    ":utc_offset": session.clock.offset_seconds(),
                    ":activities": super::activities_json(&session.activities),
                },
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
                 VALUES (:session, :hold_index,
                         (SELECT COALESCE(MAX(attempt), 0) + 1 FROM hold
                          WHERE session_id = :session AND hold_index = :hold_index),
                         :step, :region, :tool, :side, :rep, :planned_ms, :held_ms,
                         :released_ms, :outcome, :ended_at, :spot)",
                named_params! {
                    ":session": session,
                    ":hold_index": hold.hold_index,
                    ":step": hold.step,
                    ":region": hold.region,
                    ":tool": hold.tool,
                    ":side": side_word(hold.side),
                    ":rep": hold.rep,
                    ":planned_ms": hold.planned_ms,
                    ":held_ms": hold.held_ms,
                    ":released_ms": hold.released_ms,
                    ":outcome": hold.outcome.word(),
                    ":ended_at": hold.ended_at.to_string(),
                    ":spot": hold.spot.map(|s| s.to_string()),
                },
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
        at: Timestamp,
    ) -> Result<(), StoreError> {
        self.write(|tx| {
            tx.execute(
                "UPDATE hold SET rating = ?3, rated_at = ?4
                 WHERE id = (SELECT id FROM hold WHERE session_id = ?1 AND hold_index = ?2
                             ORDER BY attempt DESC LIMIT 1)",
                params![session, hold_index, rating, at.to_string()],
            )
            .map(drop)
        })
    }

    /// Marks a session ended.
    pub fn end(
        &mut self,
        session: i64,
        outcome: SessionOutcome,
        at: Timestamp,
    ) -> Result<(), StoreError> {
        self.write(|tx| {
            tx.execute(
                "UPDATE session SET outcome = ?2, ended_at = ?3 WHERE id = ?1",
                params![session, outcome.word(), at.to_string()],
            )
            .map(drop)
        })
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

    /// Sets the global impression of change asked at the end, for `phase` (`None`: skipped).
    pub fn change(
        &mut self,
        session: i64,
        phase: u8,
        answer: Option<Impression>,
    ) -> Result<(), StoreError> {
        self.write(|tx| {
            tx.execute(
                "UPDATE session SET change_phase = ?2, change = ?3 WHERE id = ?1",
                params![session, phase, answer.map(Impression::number)],
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

    /// Keeps an answer to a prescription's stop rules, with the lines answered yes.
    pub fn screen(
        &mut self,
        routine_name: &str,
        routine_hash: &str,
        asked: &Zoned,
        answer: Screening,
        yes_to: &[String],
    ) -> Result<(), StoreError> {
        let clock = Clock::of(asked);
        self.write(|tx| {
            tx.execute(
                "INSERT INTO screening (routine_name, routine_hash, asked_at, answer, yes_to,
                                        time_zone, utc_offset)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![
                    routine_name,
                    routine_hash,
                    asked.timestamp().to_string(),
                    answer.word(),
                    super::lines_json(yes_to),
                    clock.zone,
                    clock.offset_seconds()
                ],
            )?;
            Ok(())
        })
    }
}
