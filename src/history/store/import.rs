//! Merging a client's export into a history of their own, without duplicating anything
//! imported twice.

use std::time::Duration;

use rusqlite::{named_params, params};

use super::{
    Imported, Screening, StopRuleAnswer, Store, StoreError, StoredHold, StoredSession, side_word,
};

impl Store {
    /// Merges `holds` and `sessions` without holds (both checked by the caller) into the
    /// history of `client`, in one transaction; those already there (by session id, hold and
    /// attempt) are left as they are.
    pub fn import(
        &mut self,
        client: &str,
        holds: &[StoredHold],
        sessions: &[StoredSession],
    ) -> Result<Imported, StoreError> {
        let tx = self.conn.transaction()?;
        let mut imported = Imported::default();
        for session in sessions {
            imported.sessions += insert_session(&tx, client, session)?.0;
        }
        let mut session: Option<(&str, i64)> = None;
        for hold in holds {
            let id = match session {
                Some((uid, id)) if uid == hold.session_uid => id,
                _ => {
                    let (added, id) = insert_session(&tx, client, &hold.session())?;
                    imported.sessions += added;
                    session = Some((&hold.session_uid, id));
                    id
                }
            };
            let ms = |d: Duration| i64::try_from(d.as_millis()).unwrap_or(i64::MAX);
            let added = tx.execute(
                "INSERT OR IGNORE INTO hold (session_id, hold_index, attempt, step, region, tool,
                     side, rep, planned_ms, held_ms, released_ms, outcome, rating, rated_at,
                     ended_at, spot)
                 VALUES (:session, :hold_index, :attempt, :step, :region, :tool, :side, :rep,
                     :planned_ms, :held_ms, :released_ms, :outcome, :rating, :rated_at,
                     :ended_at, :spot)",
                named_params! {
                    ":session": id,
                    ":hold_index": hold.hold_index,
                    ":attempt": hold.attempt,
                    ":step": hold.step,
                    ":region": hold.region,
                    ":tool": hold.tool,
                    ":side": side_word(hold.side),
                    ":rep": hold.rep,
                    ":planned_ms": ms(hold.planned),
                    ":held_ms": ms(hold.held),
                    ":released_ms": hold.released.map(ms),
                    ":outcome": hold.outcome.word(),
                    ":rating": hold.rating,
                    ":rated_at": hold.rated_at.map(|t| t.to_string()),
                    ":ended_at": hold.hold_ended.to_string(),
                    ":spot": hold.spot.map(|s| s.to_string()),
                },
            )?;
            imported.holds += added;
            imported.already += 1 - added;
        }
        tx.commit()?;
        Ok(imported)
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
                                                      answer, yes_to, time_zone, utc_offset)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                    params![
                        client,
                        a.routine,
                        a.routine_hash,
                        a.asked_at.to_string(),
                        a.answer.word(),
                        super::lines_json(&a.yes_to),
                        a.clock.zone,
                        a.clock.offset_seconds()
                    ],
                )?;
            }
            Ok(added)
        })
    }
}

/// Adds `session` to `client`'s history unless it is there already: how many it added (0 or
/// 1) and its row id.
fn insert_session(
    tx: &rusqlite::Transaction<'_>,
    client: &str,
    session: &StoredSession,
) -> Result<(usize, i64), StoreError> {
    let p = &session.programme;
    let added = tx.execute(
        "INSERT OR IGNORE INTO session (uid, client, routine_name, routine_hash, routine_path,
             started_at, ended_at, outcome, week, phase, screening, pain_before, pain_after,
             note, programme_start, programme_weeks, programme_per_week, prescribed_by,
             prescribed_for, stop_above, holds_planned, time_zone, utc_offset, activities,
             change_phase, change)
         VALUES (:uid, :client, :routine_name, :routine_hash, :routine_path, :started_at,
             :ended_at, :outcome, :week, :phase, :screening, :pain_before, :pain_after, :note,
             :programme_start, :programme_weeks, :programme_per_week, :prescribed_by,
             :prescribed_for, :stop_above, :holds_planned, :time_zone, :utc_offset, :activities,
             :change_phase, :change)",
        named_params! {
            ":uid": session.session_uid,
            ":client": client,
            ":routine_name": session.routine,
            ":routine_hash": session.routine_hash,
            ":routine_path": session.routine_path,
            ":started_at": session.session_started.to_string(),
            ":ended_at": session.session_ended.map(|t| t.to_string()),
            ":outcome": session.session_outcome.word(),
            ":week": p.week,
            ":phase": p.phase,
            ":screening": p.screening.map(Screening::word),
            ":pain_before": session.reported.pain_before,
            ":pain_after": session.reported.pain_after,
            ":note": session.reported.note,
            ":programme_start": p.start.map(|d| d.to_string()),
            ":programme_weeks": p.weeks,
            ":programme_per_week": p.per_week,
            ":prescribed_by": p.by,
            ":prescribed_for": p.client,
            ":stop_above": p.stop_above,
            ":holds_planned": session.holds_planned,
            ":time_zone": session.clock.zone,
            ":utc_offset": session.clock.offset_seconds(),
            ":activities": super::activities_json(&session.reported.activities),
            ":change_phase": session.reported.change.map(|c| c.phase),
            ":change": session.reported.change.and_then(|c| c.answer).map(
                crate::session::measures::Impression::number
            ),
        },
    )?;
    let id: i64 = tx.query_row(
        "SELECT id FROM session WHERE client = ?1 AND uid = ?2",
        params![client, session.session_uid],
        |r| r.get("id"),
    )?;
    Ok((added, id))
}
