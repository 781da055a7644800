//! The history's rows as the rest of knead sees them: typed (outcome enums, sides, times,
//! durations), with the words they are stored as. `store.rs` turns them into SQL and back.

use std::time::Duration;

use jiff::civil::{Date, DateTime};
use jiff::tz::{Offset, TimeZone};
use jiff::{Timestamp, Zoned};

use crate::body::SpotId;
use crate::routine::Side;
use crate::session::HoldOutcome;
use crate::session::measures::Impression;
use crate::words;

/// Where a session stood in its prescription, when the routine has one, and the
/// prescription itself as it was then (so a report or a clinic's record needs no file).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Programme {
    /// The week of the programme whose values it ran, from 1.
    pub week: Option<u8>,
    /// That week's phase, from 1.
    pub phase: Option<u8>,
    /// The answer to the stop rules, when they were asked before it.
    pub screening: Option<Screening>,
    /// The prescription's first day.
    pub start: Option<Date>,
    /// How many weeks it runs.
    pub weeks: Option<u8>,
    /// Sessions a week it asks for.
    pub per_week: Option<u8>,
    /// Who prescribed it.
    pub by: Option<String>,
    /// Who it is for (a pseudonym).
    pub client: Option<String>,
    /// The routine's `stop_above`: a rating at or above it got ease-off advice.
    pub stop_above: Option<u8>,
}

/// One answer to a prescription's stop rules, kept whether or not a session followed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StopRuleAnswer {
    /// The routine asked about.
    pub routine: String,
    /// The version of its file.
    pub routine_hash: String,
    /// When it was answered.
    pub asked_at: Timestamp,
    /// The answer.
    pub answer: Screening,
    /// The lines of `stop_if` answered yes, as the prescription words them (empty for a no,
    /// and for answers from before each line was asked on its own).
    pub yes_to: Vec<String>,
    /// The person's clock then, so the day of the answer is theirs like their sessions'.
    pub clock: Clock,
}

/// What the person said about a session as a whole: the overall pain before and after (for
/// routines with `session_rating`) and a note for the therapist.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Reported {
    /// Overall pain before the first hold, 0-10.
    pub pain_before: Option<u8>,
    /// Overall pain after the last hold, 0-10.
    pub pain_after: Option<u8>,
    /// One line for the therapist.
    pub note: Option<String>,
    /// The prescription's activities as rated before the first hold, in its order; empty
    /// when they were not asked.
    pub activities: Vec<ActivityRating>,
    /// The global impression of change asked at the end, if it was.
    pub change: Option<ChangeAnswer>,
}

/// An activity of the functional scale as a session rated it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ActivityRating {
    /// The activity, as the prescription words it.
    pub activity: String,
    /// 0 (unable) to 10 (as before the problem); `None` when skipped.
    pub rating: Option<u8>,
}

/// The global impression of change, as a session recorded it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChangeAnswer {
    /// The programme phase it was asked at the end of.
    pub phase: u8,
    /// The answer; `None` when skipped.
    pub answer: Option<Impression>,
}

impl Reported {
    /// The mean of the activities rated, if any was.
    pub fn activity_mean(&self) -> Option<f64> {
        crate::session::measures::psfs_mean(self.activities.iter().map(|a| a.rating))
    }
}

/// The answer to "any of these now?" before a prescribed session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screening {
    /// None of the stop rules applied.
    No,
    /// One applied and the person stopped, as advised.
    YesStopped,
    /// One applied and the person went on anyway.
    YesWentOn,
}

impl Screening {
    /// Every answer, in the order the words are documented.
    pub const ALL: [Screening; 3] = [Screening::No, Screening::YesStopped, Screening::YesWentOn];

    /// The word stored and exported.
    pub const fn word(self) -> &'static str {
        match self {
            Screening::No => "no",
            Screening::YesStopped => "yes-stopped",
            Screening::YesWentOn => "yes-went-on",
        }
    }

    /// The answer a word stands for.
    pub fn from_word(word: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.word() == word)
    }

    /// Whether a stop rule applied.
    pub fn is_yes(self) -> bool {
        self != Screening::No
    }
}

/// The person's clock when a session started: its day and time were theirs, wherever the
/// history is read later (a therapist in another time zone, a report made on a server).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Clock {
    /// The time zone's name (`America/Los_Angeles`), when the system has one.
    pub zone: Option<String>,
    /// Its offset from UTC at the start.
    pub offset: Option<Offset>,
}

impl Clock {
    /// The clock of `now`.
    pub fn of(now: &Zoned) -> Self {
        Self {
            zone: now.time_zone().iana_name().map(str::to_owned),
            offset: Some(now.offset()),
        }
    }

    /// What the history stores: the offset in seconds east of UTC.
    pub fn offset_seconds(&self) -> Option<i32> {
        self.offset.map(Offset::seconds)
    }

    /// The clock as stored; an offset beyond a day is no clock's.
    pub fn read(zone: Option<String>, offset_seconds: Option<i32>) -> Self {
        Self {
            zone,
            offset: offset_seconds.and_then(|s| Offset::from_seconds(s).ok()),
        }
    }

    /// `at` on this clock, or in `fallback` for a session from before the clock was kept.
    pub fn local(&self, at: Timestamp, fallback: &TimeZone) -> DateTime {
        match self.offset {
            Some(offset) => offset.to_datetime(at),
            None => fallback.to_datetime(at),
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
    /// When it started.
    pub started_at: Timestamp,
    /// The person's clock then.
    pub clock: Clock,
    /// Holds in its plan, each counted once: "3 of 4 held" for a session quit early.
    pub holds_planned: u32,
    /// Its place in the prescription.
    pub programme: Programme,
    /// The overall pain before the first hold, when asked.
    pub pain_before: Option<u8>,
    /// The activities rated before the first hold, when asked.
    pub activities: Vec<ActivityRating>,
}

/// A session of the person's own that asked an outcome measure: which routine, when, and
/// what it asked, so the next session knows whether its week's activities or its phase's
/// global impression were asked already.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Measured {
    /// The routine's name (its title).
    pub routine_name: String,
    /// Where the routine came from.
    pub routine_path: String,
    /// When the session started.
    pub at: Timestamp,
    /// Whether its activities were asked (rated or skipped).
    pub activities: bool,
    /// The phase whose global impression it asked, if it did.
    pub change_phase: Option<u8>,
}

/// A session of the person's own, as the home screen and reminders see it: which routine,
/// and when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Started {
    /// The routine's name (its title).
    pub routine_name: String,
    /// Where the routine came from: `bundled/NAME.toml`, or the file's path.
    pub routine_path: String,
    /// When the session started.
    pub at: Timestamp,
}

/// How a session ended, as the history keeps it: the session's own outcome, so the words
/// stored, exported and shown are the ones the session decided on.
pub use crate::session::Outcome as SessionOutcome;

/// A session as the history holds it, for a session in which no hold was recorded (quit
/// before the first): its note and pain before still leave in an export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredSession {
    /// The session's unique id.
    pub session_uid: String,
    /// Empty for the person's own history, else the client it was imported as.
    pub client: String,
    /// The routine's name.
    pub routine: String,
    /// SHA-256 of the routine file.
    pub routine_hash: String,
    /// Where the routine came from.
    pub routine_path: String,
    /// When the session started.
    pub session_started: Timestamp,
    /// When it ended, if it did.
    pub session_ended: Option<Timestamp>,
    /// How it ended.
    pub session_outcome: SessionOutcome,
    /// Holds in the session's plan (`None` before version 4 kept it).
    pub holds_planned: Option<u32>,
    /// The person's clock at its start.
    pub clock: Clock,
    /// Its place in the prescription.
    pub programme: Programme,
    /// What the person said about the session.
    pub reported: Reported,
}

impl StoredSession {
    /// Whether the session ran the routine a person named: its title (any case) or the
    /// name `knead run` takes.
    pub fn is_routine(&self, name: &str) -> bool {
        names_routine(&self.routine, &self.routine_path, name)
    }

    /// The session's start on the person's clock (`fallback` before it was kept).
    pub fn local_start(&self, fallback: &TimeZone) -> DateTime {
        self.clock.local(self.session_started, fallback)
    }
}

/// One hold's own facts, which [`StoredHold::new`] joins to its session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HoldFacts {
    /// The hold's position in the session, from 0.
    pub hold_index: u32,
    /// 1, or more when the hold was done again after going back.
    pub attempt: u32,
    /// The routine step, from 0.
    pub step: u32,
    /// Body region, as written.
    pub region: String,
    /// The catalogue's spot, when the region was recognised.
    pub spot: Option<SpotId>,
    /// Tool, as written.
    pub tool: String,
    /// The side, for steps with one.
    pub side: Option<Side>,
    /// Repetition on this side, from 1.
    pub rep: u32,
    /// Planned length, extensions included.
    pub planned: Duration,
    /// Time held, pauses excluded.
    pub held: Duration,
    /// Time until the person pressed "released" (manual holds).
    pub released: Option<Duration>,
    /// How the hold ended.
    pub outcome: HoldOutcome,
    /// 0-10, or `None` when not rated.
    pub rating: Option<u8>,
    /// When it was rated.
    pub rated_at: Option<Timestamp>,
    /// When the hold ended.
    pub hold_ended: Timestamp,
}

/// One hold as the history holds it, with its session: the typed read model of the history
/// screen and the report. Exports turn it into their wire format at the edge.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredHold {
    /// The session's unique id.
    pub session_uid: String,
    /// Empty for the person's own history, else the client it was imported as.
    pub client: String,
    /// The routine's name.
    pub routine: String,
    /// SHA-256 of the routine file.
    pub routine_hash: String,
    /// Where the routine came from.
    pub routine_path: String,
    /// When the session started.
    pub session_started: Timestamp,
    /// When it ended, if it did.
    pub session_ended: Option<Timestamp>,
    /// How it ended.
    pub session_outcome: SessionOutcome,
    /// Holds in the session's plan (`None` before version 4 kept it).
    pub holds_planned: Option<u32>,
    /// The person's clock at its start.
    pub clock: Clock,
    /// Its place in the prescription.
    pub programme: Programme,
    /// What the person said about the session.
    pub reported: Reported,
    /// The hold's position in the session, from 0.
    pub hold_index: u32,
    /// 1, or more when the hold was done again after going back.
    pub attempt: u32,
    /// The routine step, from 0.
    pub step: u32,
    /// Body region, as written.
    pub region: String,
    /// The catalogue's spot, when the region was recognised.
    pub spot: Option<SpotId>,
    /// Tool, as written.
    pub tool: String,
    /// The side, for steps with one.
    pub side: Option<Side>,
    /// Repetition on this side, from 1.
    pub rep: u32,
    /// Planned length, extensions included.
    pub planned: Duration,
    /// Time held, pauses excluded.
    pub held: Duration,
    /// Time until the person pressed "released" (manual holds).
    pub released: Option<Duration>,
    /// How the hold ended.
    pub outcome: HoldOutcome,
    /// 0-10, or `None` when not rated.
    pub rating: Option<u8>,
    /// When it was rated.
    pub rated_at: Option<Timestamp>,
    /// When the hold ended.
    pub hold_ended: Timestamp,
}

/// The holds of each session, in the order given (the store reads a session's holds
/// together), for what is said per session: the report's list, a FHIR Procedure.
pub fn by_session(holds: &[StoredHold]) -> Vec<Vec<&StoredHold>> {
    let mut sessions: Vec<Vec<&StoredHold>> = Vec::new();
    for hold in holds {
        match sessions.last_mut() {
            Some(session) if session[0].session_uid == hold.session_uid => session.push(hold),
            _ => sessions.push(vec![hold]),
        }
    }
    sessions
}

impl StoredHold {
    /// A hold of `session`, flat as the screens and reports read it.
    pub fn new(session: StoredSession, hold: HoldFacts) -> Self {
        let StoredSession {
            session_uid,
            client,
            routine,
            routine_hash,
            routine_path,
            session_started,
            session_ended,
            session_outcome,
            holds_planned,
            clock,
            programme,
            reported,
        } = session;
        let HoldFacts {
            hold_index,
            attempt,
            step,
            region,
            spot,
            tool,
            side,
            rep,
            planned,
            held,
            released,
            outcome,
            rating,
            rated_at,
            hold_ended,
        } = hold;
        Self {
            session_uid,
            client,
            routine,
            routine_hash,
            routine_path,
            session_started,
            session_ended,
            session_outcome,
            holds_planned,
            clock,
            programme,
            reported,
            hold_index,
            attempt,
            step,
            region,
            spot,
            tool,
            side,
            rep,
            planned,
            held,
            released,
            outcome,
            rating,
            rated_at,
            hold_ended,
        }
    }

    /// The session this hold was held in.
    pub fn session(&self) -> StoredSession {
        StoredSession {
            session_uid: self.session_uid.clone(),
            client: self.client.clone(),
            routine: self.routine.clone(),
            routine_hash: self.routine_hash.clone(),
            routine_path: self.routine_path.clone(),
            session_started: self.session_started,
            session_ended: self.session_ended,
            session_outcome: self.session_outcome,
            holds_planned: self.holds_planned,
            clock: self.clock.clone(),
            programme: self.programme.clone(),
            reported: self.reported.clone(),
        }
    }

    /// The region's name, one across sessions: the catalogue's when it was recognised (so
    /// "upper traps" and "Upper trapezius" are one spot), else the text as written.
    pub fn region_name(&self) -> &str {
        self.spot.map_or(&self.region, |s| s.region().name)
    }

    /// The routine's identity across edits of its file and of its title: the file's name
    /// without `.toml` ("desk-neck" for `bundled/desk-neck.toml` or
    /// `/home/ana/routines/desk-neck.toml`).
    pub fn routine_id(&self) -> &str {
        routine_id(&self.routine_path)
    }

    /// Whether the session ran the routine a person named: its title (any case) or the
    /// name `knead run` takes.
    pub fn is_routine(&self, name: &str) -> bool {
        names_routine(&self.routine, &self.routine_path, name)
    }

    /// The session's start on the person's clock (`fallback` before it was kept).
    pub fn local_start(&self, fallback: &TimeZone) -> DateTime {
        self.clock.local(self.session_started, fallback)
    }

    /// The spot as the screens and reports name it: "upper trapezius, left".
    pub fn spot_label(&self) -> String {
        words::spot_label(self.region_name(), self.side)
    }
}

impl Filter {
    /// Whether `day` (the person's) is within `since` and `until`.
    pub fn has_day(&self, day: Date) -> bool {
        self.since.is_none_or(|since| day >= since) && self.until.is_none_or(|until| day <= until)
    }
}

/// Which holds to read.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// A client's imported history instead of the person's own.
    pub client: Option<String>,
    /// Sessions started on or after this day (the person's).
    pub since: Option<Date>,
    /// Sessions started on or before this day (the person's).
    pub until: Option<Date>,
    /// Only this routine: its title (any case) or the name `knead run` takes.
    pub routine: Option<String>,
}

/// A client whose export was imported, as `knead clients` lists them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Client {
    /// The name it was imported as.
    pub name: String,
    /// Sessions imported.
    pub sessions: u32,
    /// When the last of them started.
    pub last: Timestamp,
    /// The routines done, sorted.
    pub routines: Vec<String>,
}

/// What an import added.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Imported {
    /// New sessions.
    pub sessions: usize,
    /// New holds.
    pub holds: usize,
    /// Holds already there.
    pub already: usize,
}

/// One hold as it is written when it ends.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HoldRow {
    /// Position in the session's plan, from 0.
    pub hold_index: u32,
    /// Step of the routine, from 0.
    pub step: u32,
    /// Body region.
    pub region: String,
    /// The catalogue's spot, when the region is recognised.
    pub spot: Option<SpotId>,
    /// Tool as written.
    pub tool: String,
    /// The side, for steps with one.
    pub side: Option<Side>,
    /// Repetition on this side, from 1.
    pub rep: u32,
    /// Planned length in milliseconds (extensions included).
    pub planned_ms: i64,
    /// Time actually held in milliseconds.
    pub held_ms: i64,
    /// Manual time to release in milliseconds.
    pub released_ms: Option<i64>,
    /// How it ended.
    pub outcome: HoldOutcome,
    /// When it ended.
    pub ended_at: Timestamp,
}

/// An offset as ISO 8601 writes it: `+01:00`, `-08:00`, `+05:45`.
pub fn offset_text(offset: Offset) -> String {
    let seconds = offset.seconds();
    let sign = if seconds < 0 { '-' } else { '+' };
    let minutes = seconds.unsigned_abs() / 60;
    format!("{sign}{:02}:{:02}", minutes / 60, minutes % 60)
}

/// Whether `name`, as a person typed it, names the routine with this title that came from
/// `path`: its title in any case, or its file's name with or without `.toml`.
pub fn names_routine(title: &str, path: &str, name: &str) -> bool {
    title.eq_ignore_ascii_case(name)
        || routine_id(path).eq_ignore_ascii_case(name.strip_suffix(".toml").unwrap_or(name))
}

/// A routine's identity from where it came from: its file's name without `.toml`.
pub fn routine_id(path: &str) -> &str {
    let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
    name.strip_suffix(".toml").unwrap_or(name)
}

/// Each hold as it counts: its last attempt, or, when that has no rating, its last attempt
/// that was rated (a rating given is not taken back by going back and not rating again), as
/// the end-of-session summary counts it (`Session::counted_records`). `rows` come as the store
/// reads them, each hold's attempts in order; the export keeps every attempt.
pub fn last_attempts(rows: Vec<StoredHold>) -> Vec<StoredHold> {
    let counted: Vec<usize> = counted(&rows);
    let mut counted = counted.into_iter().peekable();
    rows.into_iter()
        .enumerate()
        .filter_map(|(i, row)| counted.next_if_eq(&i).map(|_| row))
        .collect()
}

/// The indexes of the rows that count, by [`last_attempts`]'s rule, in order.
pub fn counted(rows: &[StoredHold]) -> Vec<usize> {
    let mut kept: Vec<usize> = Vec::with_capacity(rows.len());
    for (i, row) in rows.iter().enumerate() {
        match kept.last_mut() {
            Some(last)
                if rows[*last].session_uid == row.session_uid
                    && rows[*last].hold_index == row.hold_index =>
            {
                if row.rating.is_some() || rows[*last].rating.is_none() {
                    *last = i;
                }
            }
            _ => kept.push(i),
        }
    }
    kept
}
