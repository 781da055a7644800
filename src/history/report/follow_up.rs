//! What the report's first page answers at a follow-up appointment: whose programme it is and
//! where it stands, what needs attention, how much was done against what was prescribed, and
//! every session.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use jiff::ToSpan as _;
use jiff::civil::Date;
use jiff::tz::TimeZone;

use super::{High, Trend};
use crate::history::rows::{
    Screening, SessionOutcome, StopRuleAnswer, StoredHold, by_session, offset_text,
};
use crate::session::HoldOutcome;
use crate::session::measures::Impression;
use knead_core::t;

/// A rise from first to last of at least this much is flagged, as plainly as a drop of the
/// same size is "much better".
pub const WORSE: f64 = 2.0;
/// A gap between sessions of at least this many days is flagged.
pub const GAP_DAYS: i32 = 7;

/// The prescription the latest session followed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prescribed {
    /// The routine prescribed, by its identity (its file's name): the sessions that count.
    pub routine_id: String,
    /// Its title.
    pub routine: String,
    /// Who prescribed it.
    pub by: Option<String>,
    /// Week 1's first day.
    pub start: Date,
    /// How long it runs.
    pub weeks: u8,
    /// Sessions a week.
    pub per_week: Option<u8>,
    /// The week and phase of the latest session.
    pub week_now: Option<u8>,
    /// That session's phase.
    pub phase_now: Option<u8>,
}

impl Prescribed {
    /// Its last day.
    pub fn end(&self) -> Date {
        self.start
            .checked_add((i64::from(self.weeks) * 7 - 1).days())
            .unwrap_or(self.start)
    }

    /// "Neck and shoulders for 6 weeks from 2026-11-02 to 2026-12-13, 4 a week, by J. Ortiz,
    /// PT; latest session: week 3, phase 2".
    pub fn describe(&self) -> String {
        let mut text = t!(
            "report-prescribed",
            routine = self.routine.as_str(),
            weeks = self.weeks,
            start = crate::lang::date(self.start),
            end = crate::lang::date(self.end())
        );
        if let Some(aim) = self.per_week {
            let _ = write!(text, ", {}", t!("report-prescribed-aim", aim = aim));
        }
        if let Some(by) = &self.by {
            let _ = write!(text, ", {}", t!("by", author = by.as_str()));
        }
        match (self.week_now, self.phase_now) {
            (Some(week), Some(phase)) => {
                let _ = write!(
                    text,
                    "; {}",
                    t!("report-latest-week-phase", week = week, phase = phase)
                );
            }
            (Some(week), None) => {
                let _ = write!(text, "; {}", t!("report-latest-week", week = week));
            }
            _ => {}
        }
        text
    }
}

/// One thing that asks for the therapist's attention.
#[derive(Debug, Clone, PartialEq)]
pub enum Flag {
    /// A rating at or above [`HIGH`].
    High(High),
    /// A spot whose last session mean is [`WORSE`] or more above its first.
    Worse {
        /// The spot.
        spot: String,
        /// Its first session's mean.
        first: f64,
        /// Its last.
        last: f64,
    },
    /// A spot that rated higher in each of its last three sessions.
    Rising {
        /// The spot.
        spot: String,
    },
    /// [`GAP_DAYS`] or more without a session (up to the report's day for the last one).
    Gap {
        /// The last day with a session before it.
        from: Date,
        /// The next day with one, or the report's day.
        to: Date,
        /// Whether no session has followed it yet.
        open: bool,
    },
    /// Holds dropped after ease-off advice (`x`): the pain was too much.
    SkippedForPain {
        /// The day.
        day: Date,
        /// The spot.
        spot: String,
        /// How many holds were dropped.
        holds: usize,
    },
    /// A stop rule applied: the person stopped, as advised, or went on anyway.
    StopRule {
        /// The day.
        day: Date,
        /// The routine.
        routine: String,
        /// Whether the session went ahead.
        went_on: bool,
        /// The rules answered yes (empty for answers from before each was asked on its own).
        yes_to: Vec<String>,
    },
    /// The global impression of change said the problem got worse (5 to 7).
    FeltWorse {
        /// The day.
        day: Date,
        /// The phase it closed.
        phase: u8,
        /// The answer.
        answer: Impression,
    },
    /// The person's note about a session.
    Note {
        /// The day.
        day: Date,
        /// What they wrote.
        text: String,
    },
}

impl Flag {
    /// The day it is about, for ordering within a kind.
    fn day(&self) -> Option<Date> {
        match self {
            Flag::High(h) => Some(h.day),
            Flag::Gap { from, .. } => Some(*from),
            Flag::SkippedForPain { day, .. }
            | Flag::StopRule { day, .. }
            | Flag::Note { day, .. }
            | Flag::FeltWorse { day, .. } => Some(*day),
            Flag::Worse { .. } | Flag::Rising { .. } => None,
        }
    }

    /// How urgent its kind is: stop rules first, notes last.
    fn rank(&self) -> u8 {
        match self {
            Flag::StopRule { .. } => 0,
            Flag::Worse { .. } | Flag::FeltWorse { .. } => 1,
            Flag::High(_) => 2,
            Flag::Rising { .. } => 3,
            Flag::SkippedForPain { .. } => 4,
            Flag::Gap { .. } => 5,
            Flag::Note { .. } => 6,
        }
    }

    /// The flag in words, one line, for both formats (which escape it).
    pub fn describe(&self) -> String {
        match self {
            Flag::High(h) => t!(
                "flag-high",
                day = day(h.day),
                spot = h.spot.as_str(),
                rating = h.rating,
                routine = h.routine.as_str()
            ),
            Flag::Worse { spot, first, last } => t!(
                "flag-worse",
                spot = spot.as_str(),
                first = crate::lang::decimal(*first, 1),
                last = crate::lang::decimal(*last, 1),
                change = signed(last - first)
            ),
            Flag::Rising { spot } => t!("flag-rising", spot = spot.as_str()),
            Flag::Gap { from, to, open } => {
                let days = (*to - *from).get_days();
                if *open {
                    t!(
                        "flag-gap-open",
                        from = day(*from),
                        days = days,
                        to = day(*to)
                    )
                } else {
                    t!("flag-gap", days = days, from = day(*from), to = day(*to))
                }
            }
            Flag::SkippedForPain {
                day: on,
                spot,
                holds,
            } => t!(
                "flag-skipped-for-pain",
                day = day(*on),
                holds = *holds,
                spot = spot.as_str()
            ),
            Flag::StopRule {
                day: on,
                routine,
                went_on,
                yes_to,
            } => {
                let which = if yes_to.is_empty() {
                    t!("flag-stop-rule-applied")
                } else {
                    let lines: Vec<String> = yes_to
                        .iter()
                        .map(|rule| format!("\u{201c}{rule}\u{201d}"))
                        .collect();
                    t!(
                        "flag-yes-to",
                        rules = lines.join(&format!(" {} ", t!("flag-and")))
                    )
                };
                if *went_on {
                    t!(
                        "flag-stop-rule-went-on",
                        day = day(*on),
                        which = which,
                        routine = routine.as_str()
                    )
                } else {
                    t!(
                        "flag-stop-rule-stopped",
                        day = day(*on),
                        which = which,
                        routine = routine.as_str()
                    )
                }
            }
            Flag::Note { day: on, text } => format!("{}: \u{201c}{text}\u{201d}", day(*on)),
            Flag::FeltWorse {
                day: on,
                phase,
                answer,
            } => t!(
                "flag-felt-worse",
                day = day(*on),
                answer = crate::words::measures::impression(*answer),
                phase = *phase
            ),
        }
    }
}

/// A day as the report's language writes it.
fn day(date: Date) -> String {
    crate::lang::date(date)
}

/// A change with its sign and one decimal: `+2.5`, `-3,0`.
fn signed(value: f64) -> String {
    let text = format!("{value:+.1}");
    if crate::lang::current().decimal_comma() {
        text.replace('.', ",")
    } else {
        text
    }
}

/// Where a session fell in its prescription, by the person's calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// Not a prescribed session.
    Unprescribed,
    /// Before the programme's first day: it ran week 1's values but is not in week 1.
    Before,
    /// In a week of the programme, running that week's phase.
    Week {
        /// From 1.
        week: u8,
        /// The phase whose values it ran.
        phase: Option<u8>,
    },
    /// After the programme's last day.
    After,
}

/// One session, as the report lists them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionLine {
    /// The day it started, on the person's clock.
    pub day: Date,
    /// "14:05", on the person's clock.
    pub time: String,
    /// The routine's title.
    pub routine: String,
    /// The routine's identity (its file's name).
    pub routine_id: String,
    /// Where it fell in its prescription.
    pub place: Place,
    /// The first day of the prescription it followed: a routine prescribed again from a new
    /// start is a new programme, whose weeks the old one's sessions do not count in.
    pub programme_start: Option<Date>,
    /// Holds held.
    pub held: usize,
    /// Holds in its plan, or, for a session from before knead kept that, holds recorded.
    pub planned: usize,
    /// Whether `planned` is the plan's (else the holds recorded).
    pub plan_known: bool,
    /// How it ended.
    pub outcome: SessionOutcome,
    /// Overall pain before and after.
    pub pain: (Option<u8>, Option<u8>),
    /// The person's note.
    pub note: Option<String>,
}

/// Sessions done against the prescription.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Adherence {
    /// Sessions per week of the programme, from week 1 to the report's week (or the last).
    pub weeks: Vec<(u8, usize)>,
    /// Sessions a week prescribed.
    pub per_week: Option<u8>,
    /// Sessions done in those weeks against those prescribed, in percent.
    pub percent: Option<f64>,
    /// Days with a session in the 30 days up to the report's day.
    pub days_last_30: usize,
    /// Holds held, in every session.
    pub held: usize,
    /// Holds planned (recorded, for sessions from before knead kept the plan).
    pub planned: usize,
    /// Whether every session's plan was known.
    pub plan_known: bool,
}

fn held(session: &[&StoredHold]) -> usize {
    session.iter().filter(|h| h.outcome.was_held()).count()
}

/// Every session, oldest first, on the person's clock (`tz` for one from before it was kept).
pub fn session_lines(rows: &[StoredHold], tz: &TimeZone) -> Vec<SessionLine> {
    by_session(rows)
        .into_iter()
        .map(|session| {
            let first = session[0];
            let start = first.local_start(tz);
            let recorded = session.len();
            let planned = first
                .holds_planned
                .and_then(|n| usize::try_from(n).ok())
                .map(|n| n.max(recorded));
            SessionLine {
                day: start.date(),
                time: start.strftime("%H:%M").to_string(),
                routine: first.routine.clone(),
                routine_id: first.routine_id().to_owned(),
                place: place(first, start.date()),
                programme_start: first.programme.start,
                held: held(&session),
                planned: planned.unwrap_or(recorded),
                plan_known: planned.is_some(),
                outcome: first.session_outcome,
                pain: (first.reported.pain_before, first.reported.pain_after),
                note: first.reported.note.clone(),
            }
        })
        .collect()
}

/// Where a session on `day` (the person's) fell in the prescription it followed. The week
/// is counted from the day, as the person's knead counted it; a session from before the
/// person's clock was kept that says it ran week `n` is taken at its word.
fn place(hold: &StoredHold, day: Date) -> Place {
    let p = &hold.programme;
    let Some(start) = p.start else {
        return Place::Unprescribed;
    };
    let days = (day - start).get_days();
    let weeks = i32::from(p.weeks.unwrap_or(1));
    if days < 0 {
        Place::Before
    } else if days >= weeks * 7 {
        Place::After
    } else {
        let counted = u8::try_from(days / 7 + 1).unwrap_or(u8::MAX);
        let week = if hold.clock.offset.is_none() {
            p.week.unwrap_or(counted)
        } else {
            counted
        };
        Place::Week {
            week,
            phase: p.phase,
        }
    }
}

/// Each clock the sessions' days and times are on, in words, a zone once with each offset
/// it had (`America/Los_Angeles, UTC-07:00 and UTC-08:00` over a change to winter time); the
/// report's own for sessions from before knead kept the person's.
pub fn clocks(rows: &[StoredHold], tz: &TimeZone) -> Vec<String> {
    let mut zones: Vec<(Option<&str>, Vec<String>)> = Vec::new();
    let mut unkept = false;
    for session in by_session(rows) {
        let clock = &session[0].clock;
        let Some(offset) = clock.offset else {
            unkept = true;
            continue;
        };
        let offset = format!("UTC{}", offset_text(offset));
        let zone = clock.zone.as_deref();
        match zones.iter_mut().find(|(z, _)| *z == zone) {
            Some((_, offsets)) if offsets.contains(&offset) => {}
            Some((_, offsets)) => offsets.push(offset),
            None => zones.push((zone, vec![offset])),
        }
    }
    let mut clocks: Vec<String> = zones
        .into_iter()
        .map(|(zone, offsets)| {
            let offsets = offsets.join(&format!(" {} ", t!("flag-and")));
            zone.map_or_else(|| offsets.clone(), |zone| format!("{zone}, {offsets}"))
        })
        .collect();
    if unkept {
        let zone = tz
            .iana_name()
            .map_or_else(|| t!("report-system-zone"), str::to_owned);
        clocks.push(t!("report-clock-unkept", zone = zone));
    }
    clocks
}

/// The prescription of the latest prescribed session.
pub fn prescribed(rows: &[StoredHold]) -> Option<Prescribed> {
    let latest = rows.iter().rev().find(|r| r.programme.start.is_some())?;
    let p = &latest.programme;
    Some(Prescribed {
        routine_id: latest.routine_id().to_owned(),
        routine: latest.routine.clone(),
        by: p.by.clone(),
        start: p.start?,
        weeks: p.weeks.unwrap_or(1),
        per_week: p.per_week,
        week_now: p.week,
        phase_now: p.phase,
    })
}

/// Everything that asks for attention, most urgent kind first, each kind in date order.
#[allow(
    clippy::too_many_arguments,
    reason = "the report's parts, each computed once"
)]
pub fn flags(
    rows: &[StoredHold],
    answers: &[StopRuleAnswer],
    lines: &[SessionLine],
    spots: &[Trend],
    high: &[High],
    rising: &[String],
    tz: &TimeZone,
    today: Date,
) -> Vec<Flag> {
    let mut flags: Vec<Flag> = high.iter().cloned().map(Flag::High).collect();
    flags.extend(spots.iter().filter_map(|t| {
        let (first, last) = t.first_last()?;
        (last - first >= WORSE).then(|| Flag::Worse {
            spot: t.spot.clone(),
            first,
            last,
        })
    }));
    flags.extend(
        rising
            .iter()
            .map(|spot| Flag::Rising { spot: spot.clone() }),
    );
    let mut days: Vec<Date> = lines.iter().map(|l| l.day).collect();
    days.dedup();
    for pair in days.windows(2) {
        if (pair[1] - pair[0]).get_days() >= GAP_DAYS {
            flags.push(Flag::Gap {
                from: pair[0],
                to: pair[1],
                open: false,
            });
        }
    }
    if let Some(&last) = days.last()
        && (today - last).get_days() >= GAP_DAYS
    {
        flags.push(Flag::Gap {
            from: last,
            to: today,
            open: true,
        });
    }
    for session in by_session(rows) {
        let first = session[0];
        let day = first.local_start(tz).date();
        let mut for_pain: BTreeMap<String, usize> = BTreeMap::new();
        for hold in session
            .iter()
            .filter(|h| h.outcome == HoldOutcome::SkippedForPain)
        {
            *for_pain.entry(hold.spot_label()).or_default() += 1;
        }
        flags.extend(
            for_pain
                .into_iter()
                .map(|(spot, holds)| Flag::SkippedForPain { day, spot, holds }),
        );
        if let Some(change) = first.reported.change
            && let Some(answer) = change.answer.filter(|a| a.number() >= 5)
        {
            flags.push(Flag::FeltWorse {
                day,
                phase: change.phase,
                answer,
            });
        }
        if let Some(text) = &first.reported.note {
            flags.push(Flag::Note {
                day,
                text: text.clone(),
            });
        }
    }
    flags.extend(
        answers
            .iter()
            .filter(|a| a.answer.is_yes())
            .map(|a| Flag::StopRule {
                day: a.clock.local(a.asked_at, tz).date(),
                routine: a.routine.clone(),
                went_on: a.answer == Screening::YesWentOn,
                yes_to: a.yes_to.clone(),
            }),
    );
    flags.sort_by_key(|f| (f.rank(), f.day()));
    flags
}

/// Sessions done against the prescription, if there is one, up to `today`.
pub fn adherence(lines: &[SessionLine], prescribed: Option<&Prescribed>, today: Date) -> Adherence {
    let since = today.checked_sub(29.days()).unwrap_or(today);
    let mut recent: Vec<Date> = lines
        .iter()
        .map(|l| l.day)
        .filter(|d| (since..=today).contains(d))
        .collect();
    recent.dedup();
    let mut adherence = Adherence {
        days_last_30: recent.len(),
        held: lines.iter().map(|l| l.held).sum(),
        planned: lines.iter().map(|l| l.planned).sum(),
        plan_known: lines.iter().all(|l| l.plan_known),
        ..Adherence::default()
    };
    let Some(p) = prescribed else {
        return adherence;
    };
    let weeks_begun = if today < p.start {
        0
    } else {
        let elapsed = (today - p.start).get_days() / 7 + 1;
        u8::try_from(elapsed.min(i32::from(p.weeks))).unwrap_or(p.weeks)
    };
    // Only sessions of the prescribed routine count (by its identity, so an edit of its file
    // or title does not end the count, and another routine done that week does not add to
    // it), each in the programme week the person's calendar put it in.
    let counts = |l: &SessionLine, week: u8| {
        l.held > 0
            && l.routine_id == p.routine_id
            && l.programme_start == Some(p.start)
            && matches!(l.place, Place::Week { week: w, .. } if w == week)
    };
    adherence.weeks = (1..=weeks_begun)
        .map(|week| (week, lines.iter().filter(|l| counts(l, week)).count()))
        .collect();
    adherence.per_week = p.per_week;
    if let Some(aim) = p.per_week.filter(|_| weeks_begun > 0) {
        let done: usize = adherence.weeks.iter().map(|w| w.1).sum();
        let asked = usize::from(aim) * usize::from(weeks_begun);
        adherence.percent = Some(100.0 * done as f64 / asked as f64);
    }
    adherence
}

/// Whether a hold belongs to the prescription `p`: its routine, in that programme.
pub(super) fn of_prescription(hold: &StoredHold, p: &Prescribed) -> bool {
    hold.routine_id() == p.routine_id && hold.programme.start == Some(p.start)
}

/// The change in a rating that matters clinically, which grows with where it started:
/// about 1 point from a first rating below 4, 2 from 4 to 6, 3 from 7 up.
pub fn important_change(first: f64) -> f64 {
    if first < 4.0 {
        1.0
    } else if first < 7.0 {
        2.0
    } else {
        3.0
    }
}

/// How a spot's pain changed, judged against [`important_change`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Down by an important change or more.
    Better,
    /// Up by an important change or more.
    Worse,
    /// Less than an important change either way.
    Unchanged,
}

/// A prescribed spot's main outcome: its first session against its latest.
#[derive(Debug, Clone, PartialEq)]
pub struct MainOutcome {
    /// "upper trapezius, left".
    pub spot: String,
    /// The first session's mean rating, and its day.
    pub first: (f64, Date),
    /// The latest session's, and its day.
    pub last: (f64, Date),
    /// Sessions that rated it.
    pub sessions: usize,
}

impl MainOutcome {
    /// The change that would matter for this spot's first rating.
    pub fn important(&self) -> f64 {
        important_change(self.first.0)
    }

    /// Better, worse or unchanged, by that change.
    pub fn verdict(&self) -> Verdict {
        if self.sessions < 2 {
            Verdict::Unchanged
        } else {
            Verdict::of(self.first.0, self.last.0)
        }
    }
}

impl Verdict {
    /// A change from `first` to `last`, judged against [`important_change`] from `first`;
    /// every spot in the report is judged so, not only the prescribed ones.
    pub fn of(first: f64, last: f64) -> Self {
        let change = last - first;
        let important = important_change(first);
        if -change >= important {
            Self::Better
        } else if change >= important {
            Self::Worse
        } else {
            Self::Unchanged
        }
    }
}

/// A session's ratings of a spot: the session, its day, their sum and count.
type SessionSum<'a> = (&'a str, Date, f64, u32);

/// Each spot of the prescription's sessions, first session against latest, in the order the
/// routine first rated them.
pub fn main_outcome(rows: &[StoredHold], p: &Prescribed, tz: &TimeZone) -> Vec<MainOutcome> {
    // spot -> each session's (day, sum, count), in session order.
    let mut spots: Vec<(String, Vec<SessionSum<'_>>)> = Vec::new();
    for row in rows.iter().filter(|r| of_prescription(r, p)) {
        let Some(rating) = row.rating else {
            continue;
        };
        let label = row.spot_label();
        let index = spots
            .iter()
            .position(|(s, _)| *s == label)
            .unwrap_or_else(|| {
                spots.push((label, Vec::new()));
                spots.len() - 1
            });
        let sessions = &mut spots[index].1;
        match sessions.last_mut() {
            Some((uid, _, sum, n)) if *uid == row.session_uid => {
                *sum += f64::from(rating);
                *n += 1;
            }
            _ => sessions.push((
                &row.session_uid,
                row.local_start(tz).date(),
                f64::from(rating),
                1,
            )),
        }
    }
    spots
        .into_iter()
        .filter_map(|(spot, sessions)| {
            let mean = |s: &SessionSum<'_>| (s.2 / f64::from(s.3), s.1);
            Some(MainOutcome {
                spot,
                first: mean(sessions.first()?),
                last: mean(sessions.last()?),
                sessions: sessions.len(),
            })
        })
        .collect()
}

/// One phase of the prescription as it was done: the hold lengths it prescribed and what
/// was held, so a progression (30 -> 45 -> 60 s) can be confirmed.
#[derive(Debug, Clone, PartialEq)]
pub struct PhaseDone {
    /// The phase, from 1.
    pub phase: u8,
    /// The first and last programme weeks that had a session of it (the prescription's own
    /// weeks for each phase are not kept with the history).
    pub weeks: (u8, u8),
    /// Its sessions.
    pub sessions: usize,
    /// The hold lengths its steps prescribed, in seconds, each once, shortest first (each
    /// step's most common planned length: a hold extended with `+` is not the prescription).
    pub prescribed: Vec<u64>,
    /// The mean time held of the holds that were held, in seconds.
    pub held: Option<f64>,
}

/// Each phase the prescription's sessions ran in its weeks, in order: a session before the
/// start ran week 1's values but is not phase 1's (nor one after the end the last phase's).
pub fn phases_done(rows: &[StoredHold], p: &Prescribed, tz: &TimeZone) -> Vec<PhaseDone> {
    struct Tally<'a> {
        weeks: (u8, u8),
        sessions: Vec<&'a str>,
        planned: BTreeMap<u32, BTreeMap<u64, usize>>,
        held: (f64, u32),
    }
    let mut phases: BTreeMap<u8, Tally<'_>> = BTreeMap::new();
    for row in rows.iter().filter(|r| of_prescription(r, p)) {
        let Place::Week {
            week,
            phase: Some(phase),
        } = place(row, row.local_start(tz).date())
        else {
            continue;
        };
        let tally = phases.entry(phase).or_insert_with(|| Tally {
            weeks: (week, week),
            sessions: Vec::new(),
            planned: BTreeMap::new(),
            held: (0.0, 0),
        });
        tally.weeks = (tally.weeks.0.min(week), tally.weeks.1.max(week));
        if tally.sessions.last() != Some(&row.session_uid.as_str()) {
            tally.sessions.push(&row.session_uid);
        }
        *tally
            .planned
            .entry(row.step)
            .or_default()
            .entry(row.planned.as_secs())
            .or_default() += 1;
        if row.outcome.was_held() {
            tally.held.0 += row.held.as_secs_f64();
            tally.held.1 += 1;
        }
    }
    phases
        .into_iter()
        .map(|(phase, tally)| {
            let mut prescribed: Vec<u64> = tally
                .planned
                .values()
                .filter_map(|lengths| {
                    lengths
                        .iter()
                        .max_by_key(|(length, n)| (**n, std::cmp::Reverse(**length)))
                        .map(|(length, _)| *length)
                })
                .collect();
            prescribed.sort_unstable();
            prescribed.dedup();
            PhaseDone {
                phase,
                weeks: tally.weeks,
                sessions: tally.sessions.len(),
                prescribed,
                held: (tally.held.1 > 0).then(|| tally.held.0 / f64::from(tally.held.1)),
            }
        })
        .collect()
}

/// What the prescription's sessions show (nothing without one): each spot's main outcome,
/// each phase as done, and the days the file changed.
pub fn progress(
    rows: &[StoredHold],
    prescribed: Option<&Prescribed>,
    tz: &TimeZone,
) -> (Vec<MainOutcome>, Vec<PhaseDone>, Vec<Date>) {
    prescribed
        .map(|p| {
            (
                main_outcome(rows, p, tz),
                phases_done(rows, p, tz),
                file_changes(rows, p, tz),
            )
        })
        .unwrap_or_default()
}

/// The days the prescription's routine file changed (a new version first ran), oldest first.
pub fn file_changes(rows: &[StoredHold], p: &Prescribed, tz: &TimeZone) -> Vec<Date> {
    let mut changes = Vec::new();
    let mut version: Option<&str> = None;
    for row in rows.iter().filter(|r| of_prescription(r, p)) {
        if version.is_some_and(|v| v != row.routine_hash) {
            changes.push(row.local_start(tz).date());
        }
        version = Some(&row.routine_hash);
    }
    changes.dedup();
    changes
}
