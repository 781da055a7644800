//! The history as a FHIR R4 Bundle that a clinic's record system can take in: the person as
//! a Patient known only by a pseudonym, a Procedure per session (and per session the stop
//! rules stopped), an Observation per pain rating (LOINC 72514-3, the 0-10 numeric rating
//! scale, category `survey`) with its body site and side, the overall pain before and after
//! told apart by a code of knead's, the activities of the functional scale (one Observation
//! a session, each activity a component) and the global impression of change, and the
//! prescription as one `ServiceRequest`.
//!
//! Every resource carries an identifier (`urn:knead:<kind>`) derived from the history's own
//! ids, so the same history always gives the same resources: as a `transaction`, each is
//! created only if no resource with its identifier exists (`ifNoneExist`), and sending the
//! same history twice adds nothing.

pub mod send;

use std::fmt::Write as _;

use jiff::Timestamp;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use super::rows::by_session;
use super::store::{
    ChangeAnswer, Screening, SessionOutcome, StopRuleAnswer, StoredHold, StoredSession,
};
use crate::routine::Side;

const LOINC: &str = "http://loinc.org";
const SNOMED: &str = "http://snomed.info/sct";
/// knead's own codes, where no standard one tells two things apart.
const KNEAD_CODES: &str = "urn:knead:code";
/// "Pain severity - 0-10 verbal numeric rating [Score] - Reported".
const PAIN_SCORE: (&str, &str) = (
    "72514-3",
    "Pain severity - 0-10 verbal numeric rating [Score] - Reported",
);
/// The Patient-Specific Functional Scale, in knead's codes.
const PSFS: (&str, &str) = ("psfs", "Patient-Specific Functional Scale");
/// The Patient Global Impression of Change, in knead's codes.
const PGIC: (&str, &str) = ("pgic", "Patient Global Impression of Change");
/// "Exercise therapy (regime/therapy)".
const EXERCISE_THERAPY: (&str, &str) = ("229065009", "Exercise therapy");
/// The side of the body, as SNOMED CT qualifier values.
const LEFT: (&str, &str) = ("7771000", "Left");
const RIGHT: (&str, &str) = ("24028007", "Right");
/// The laterality of the body structure an Observation is about.
const LATERALITY: &str = "http://hl7.org/fhir/StructureDefinition/observation-structureLaterality";
/// Where Observation categories come from.
const CATEGORY: &str = "http://terminology.hl7.org/CodeSystem/observation-category";

/// Which Bundle: a collection to read, or a transaction a server takes at its base URL.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `collection`.
    Collection,
    /// `transaction`, each entry a conditional create.
    Transaction,
}

/// What goes into the bundle.
#[derive(Debug, Clone, Copy)]
pub struct Input<'a> {
    /// The holds, oldest first, as the store reads them.
    pub holds: &'a [StoredHold],
    /// Sessions in which no hold was recorded.
    pub sessions_without_holds: &'a [StoredSession],
    /// Every answer to the stop rules.
    pub answers: &'a [StopRuleAnswer],
    /// The pseudonym the history was imported under, if it was.
    pub client: Option<&'a str>,
}

/// The bundle for `input`, made at `now`. The Patient is the client's pseudonym, else the
/// one the prescription names, else one of this history's own (`knead-` and a hash of its
/// first session), never one shared by every history.
pub fn bundle(input: &Input<'_>, kind: Kind, now: Timestamp) -> Value {
    let pseudonym = pseudonym(input);
    let patient = urn("patient", &pseudonym);
    let mut entries = Entries {
        kind,
        list: Vec::new(),
    };
    entries.push(
        &patient,
        json!({
            "resourceType": "Patient",
            "identifier": [{ "system": "urn:knead:pseudonym", "value": pseudonym }],
            "name": [{ "use": "anonymous", "text": pseudonym }],
        }),
        ("urn:knead:pseudonym", &pseudonym),
    );
    let mut requests: Vec<String> = Vec::new();
    let mut sessions: Vec<(StoredSession, Vec<&StoredHold>)> = by_session(input.holds)
        .into_iter()
        .map(|holds| (holds[0].session(), holds))
        .chain(
            input
                .sessions_without_holds
                .iter()
                .map(|s| (s.clone(), Vec::new())),
        )
        .collect();
    sessions.sort_by_key(|(s, _)| s.session_started);
    for (session, holds) in &sessions {
        let request = prescription(session, &patient, now, &mut requests, &mut entries);
        let procedure = urn("session", &session.session_uid);
        entries.push(
            &procedure,
            self::procedure(session, holds, &patient, request.as_deref()),
            ("urn:knead:session", &id_of(&procedure)),
        );
        said(session, &patient, &procedure, &mut entries);
        for hold in holds.iter().filter(|h| h.rating.is_some()) {
            let id = urn(
                "rating",
                &format!("{}|{}|{}", hold.session_uid, hold.hold_index, hold.attempt),
            );
            entries.push(
                &id,
                rating(hold, &patient, &procedure),
                ("urn:knead:rating", &id_of(&id)),
            );
        }
    }
    // A yes that stopped a session: the session not done, and why.
    for answer in input
        .answers
        .iter()
        .filter(|a| a.answer == Screening::YesStopped)
    {
        let id = urn(
            "stop-rules",
            &format!("{}|{}", answer.routine_hash, answer.asked_at),
        );
        entries.push(
            &id,
            not_done(answer, &patient),
            ("urn:knead:stop-rules", &id_of(&id)),
        );
    }
    json!({
        "resourceType": "Bundle",
        "type": match kind {
            Kind::Collection => "collection",
            Kind::Transaction => "transaction",
        },
        "timestamp": now.to_string(),
        "entry": entries.list,
    })
}

/// What the person said about a session: the overall pain before and after, the
/// activities, the global impression of change.
fn said(session: &StoredSession, patient: &str, procedure: &str, entries: &mut Entries) {
    let overall = [
        (
            session.reported.pain_before,
            "overall-pain-before",
            "Overall pain before the session",
            session.session_started,
        ),
        (
            session.reported.pain_after,
            "overall-pain-after",
            "Overall pain after the session",
            session.session_ended.unwrap_or(session.session_started),
        ),
    ];
    for (rating, code, display, at) in overall {
        if let Some(rating) = rating {
            let id = urn("overall", &format!("{}|{code}", session.session_uid));
            let mut observation = pain(rating, at, patient, procedure);
            if let Some(codes) = observation["code"]["coding"].as_array_mut() {
                codes.push(json!({ "system": KNEAD_CODES, "code": code, "display": display }));
            }
            observation["code"]["text"] = json!(display);
            entries.push(&id, observation, ("urn:knead:overall", &id_of(&id)));
        }
    }
    if !session.reported.activities.is_empty() {
        let id = urn("psfs", &session.session_uid);
        entries.push(
            &id,
            functional_scale(session, patient, procedure),
            ("urn:knead:psfs", &id_of(&id)),
        );
    }
    if let Some(change) = session.reported.change {
        let id = urn("pgic", &session.session_uid);
        entries.push(
            &id,
            impression(session, change, patient, procedure),
            ("urn:knead:pgic", &id_of(&id)),
        );
    }
}

/// The Patient's pseudonym (see [`bundle`]).
fn pseudonym(input: &Input<'_>) -> String {
    if let Some(client) = input.client.filter(|c| !c.is_empty()) {
        return client.to_owned();
    }
    let named = input
        .holds
        .iter()
        .find_map(|h| h.programme.client.clone())
        .or_else(|| {
            input
                .sessions_without_holds
                .iter()
                .find_map(|s| s.programme.client.clone())
        });
    if let Some(named) = named {
        return named;
    }
    let first = input
        .holds
        .iter()
        .map(|h| (h.session_started, h.session_uid.as_str()))
        .chain(
            input
                .sessions_without_holds
                .iter()
                .map(|s| (s.session_started, s.session_uid.as_str())),
        )
        .min()
        .map_or("", |(_, uid)| uid);
    let digest = Sha256::digest(format!("knead:history:{first}").as_bytes());
    let short = digest[..6].iter().fold(String::new(), |mut hex, b| {
        let _ = write!(hex, "{b:02x}");
        hex
    });
    format!("knead-{short}")
}

/// The bundle's entries, each with the request a transaction needs.
struct Entries {
    kind: Kind,
    list: Vec<Value>,
}

impl Entries {
    /// Adds `resource` as `full_url`, created only if none has the identifier `(system,
    /// value)`.
    fn push(&mut self, full_url: &str, mut resource: Value, (system, value): (&str, &str)) {
        let kind = resource["resourceType"]
            .as_str()
            .unwrap_or_default()
            .to_owned();
        if resource.get("identifier").is_none() {
            resource["identifier"] = json!([{ "system": system, "value": value }]);
        }
        let mut entry = serde_json::Map::new();
        entry.insert("fullUrl".into(), json!(full_url));
        entry.insert("resource".into(), resource);
        if self.kind == Kind::Transaction {
            entry.insert(
                "request".into(),
                json!({
                    "method": "POST",
                    "url": kind,
                    "ifNoneExist": format!("identifier={system}|{value}"),
                }),
            );
        }
        self.list.push(Value::Object(entry));
    }
}

/// The uuid of an `urn:uuid:`, as an identifier's value.
fn id_of(urn: &str) -> String {
    urn.trim_start_matches("urn:uuid:").to_owned()
}

/// The prescription `session` followed, added once per prescription (its file and start,
/// whatever edits the file had); `None` without one, and for a session before its start.
fn prescription(
    session: &StoredSession,
    patient: &str,
    now: Timestamp,
    requests: &mut Vec<String>,
    entries: &mut Entries,
) -> Option<String> {
    let start = session.programme.start?;
    let day = session
        .clock
        .local(session.session_started, &jiff::tz::TimeZone::UTC)
        .date();
    let file = super::rows::routine_id(&session.routine_path);
    let id = urn("prescription", &format!("{file}|{start}"));
    if !requests.contains(&id) {
        requests.push(id.clone());
        entries.push(
            &id,
            service_request(session, patient, now),
            ("urn:knead:prescription", &id_of(&id)),
        );
    }
    // A session before the programme began did not follow it.
    (day >= start).then_some(id)
}

/// A session: what was done, when, how it ended, the stop rules' answer and the note.
fn procedure(
    session: &StoredSession,
    holds: &[&StoredHold],
    patient: &str,
    request: Option<&str>,
) -> Value {
    let status = match session.session_outcome {
        SessionOutcome::Completed | SessionOutcome::Partial => "completed",
        SessionOutcome::Quit | SessionOutcome::Interrupted => "stopped",
    };
    // Each hold once, as its last attempt went (a hold done again is one hold), against the
    // plan's holds, not those reached: a session quit after 1 of 4 is "1 of 4".
    let mut last: std::collections::BTreeMap<u32, bool> = std::collections::BTreeMap::new();
    for hold in holds {
        last.insert(hold.hold_index, hold.outcome.was_held());
    }
    let held = last.values().filter(|&&held| held).count();
    let planned = session
        .holds_planned
        .and_then(|n| usize::try_from(n).ok())
        .map_or(last.len(), |n| n.max(last.len()));
    let mut period = json!({ "start": session.session_started.to_string() });
    if let Some(end) = session.session_ended {
        period["end"] = json!(end.to_string());
    }
    let mut notes = vec![json!({
        "text": format!("{held} of {planned} holds held ({})", session.session_outcome.word())
    })];
    if let Some(screening) = session.programme.screening {
        notes.push(json!({
            "text": format!("Stop rules asked before the session: {}", screening.word())
        }));
    }
    if let Some(note) = &session.reported.note {
        notes.push(json!({ "text": note }));
    }
    let mut procedure = json!({
        "resourceType": "Procedure",
        "status": status,
        "code": { "text": format!("Self-massage: {}", session.routine) },
        "subject": { "reference": patient },
        "performedPeriod": period,
        "note": notes,
    });
    if let Some(request) = request {
        procedure["basedOn"] = json!([{ "reference": request }]);
    }
    procedure
}

/// A session the stop rules stopped: not done, and the lines answered yes as the reason.
fn not_done(answer: &StopRuleAnswer, patient: &str) -> Value {
    let reason = if answer.yes_to.is_empty() {
        "Stop rules answered yes".to_owned()
    } else {
        format!("Stop rules answered yes: {}", answer.yes_to.join("; "))
    };
    json!({
        "resourceType": "Procedure",
        "status": "not-done",
        "statusReason": { "text": reason },
        "code": { "text": format!("Self-massage: {}", answer.routine) },
        "subject": { "reference": patient },
        "performedDateTime": answer.asked_at.to_string(),
    })
}

/// A hold's pain rating, at its spot and side.
fn rating(hold: &StoredHold, patient: &str, procedure: &str) -> Value {
    let at = hold.rated_at.unwrap_or(hold.hold_ended);
    let mut observation = pain(hold.rating.unwrap_or(0), at, patient, procedure);
    observation["bodySite"] = json!({ "text": hold.spot_label() });
    if let Some(side) = hold.side {
        let (code, display) = match side {
            Side::Left => LEFT,
            Side::Right => RIGHT,
        };
        observation["extension"] = json!([{
            "url": LATERALITY,
            "valueCodeableConcept": {
                "coding": [{ "system": SNOMED, "code": code, "display": display }],
            },
        }]);
    }
    observation
}

/// A 0-10 pain score reported at `at`, part of the session `procedure`: a survey, the
/// person's own answer.
fn pain(rating: u8, at: Timestamp, patient: &str, procedure: &str) -> Value {
    json!({
        "resourceType": "Observation",
        "status": "final",
        "category": [{
            "coding": [{ "system": CATEGORY, "code": "survey", "display": "Survey" }],
        }],
        "code": {
            "coding": [{ "system": LOINC, "code": PAIN_SCORE.0, "display": PAIN_SCORE.1 }],
            "text": "Pain 0-10",
        },
        "subject": { "reference": patient },
        "effectiveDateTime": at.to_string(),
        "valueInteger": rating,
        "partOf": [{ "reference": procedure }],
    })
}

/// A survey answer of the person's, part of the session `procedure`, coded with knead's
/// `code` (no LOINC code stands for these scales as a whole).
fn survey(code: (&str, &str), at: Timestamp, patient: &str, procedure: &str) -> Value {
    json!({
        "resourceType": "Observation",
        "status": "final",
        "category": [{
            "coding": [{ "system": CATEGORY, "code": "survey", "display": "Survey" }],
        }],
        "code": {
            "coding": [{ "system": KNEAD_CODES, "code": code.0, "display": code.1 }],
            "text": code.1,
        },
        "subject": { "reference": patient },
        "effectiveDateTime": at.to_string(),
        "partOf": [{ "reference": procedure }],
    })
}

/// Asked, not answered: the person skipped it.
fn declined() -> Value {
    json!({
        "coding": [{
            "system": "http://terminology.hl7.org/CodeSystem/data-absent-reason",
            "code": "asked-declined",
            "display": "Asked But Declined",
        }],
    })
}

/// The activities rated before the first hold: the mean of those rated as the value, each
/// activity a component (0 unable to 10 as before the problem).
fn functional_scale(session: &StoredSession, patient: &str, procedure: &str) -> Value {
    let mut observation = survey(PSFS, session.session_started, patient, procedure);
    match session.reported.activity_mean() {
        Some(mean) => {
            observation["valueQuantity"] = json!({
                "value": (mean * 100.0).round() / 100.0,
                "unit": "score",
                "system": "http://unitsofmeasure.org",
                "code": "{score}",
            });
        }
        None => observation["dataAbsentReason"] = declined(),
    }
    observation["component"] = session
        .reported
        .activities
        .iter()
        .map(|a| {
            let mut component = json!({ "code": { "text": a.activity } });
            match a.rating {
                Some(rating) => component["valueInteger"] = json!(rating),
                None => component["dataAbsentReason"] = declined(),
            }
            component
        })
        .collect();
    observation
}

/// The global impression of change at the end of a phase: one of seven answers.
fn impression(
    session: &StoredSession,
    change: ChangeAnswer,
    patient: &str,
    procedure: &str,
) -> Value {
    let at = session.session_ended.unwrap_or(session.session_started);
    let mut observation = survey(PGIC, at, patient, procedure);
    match change.answer {
        Some(answer) => {
            let words = crate::words::measures::impression(answer);
            observation["valueCodeableConcept"] = json!({
                "coding": [{
                    "system": "urn:knead:pgic",
                    "code": answer.number().to_string(),
                    "display": words,
                }],
                "text": words,
            });
        }
        None => observation["dataAbsentReason"] = declined(),
    }
    observation["note"] = json!([{
        "text": format!("Asked at the end of programme phase {}", change.phase),
    }]);
    observation
}

/// The prescription a session followed: exercise therapy over its weeks.
fn service_request(session: &StoredSession, patient: &str, now: Timestamp) -> Value {
    let p = &session.programme;
    let start = p.start.unwrap_or_default();
    let days = i64::from(p.weeks.unwrap_or(1)) * 7 - 1;
    let end = start
        .checked_add(jiff::Span::new().days(days))
        .unwrap_or(start);
    let over = end < now.to_zoned(jiff::tz::TimeZone::UTC).date();
    let mut request = json!({
        "resourceType": "ServiceRequest",
        "status": if over { "completed" } else { "active" },
        "intent": "order",
        "code": {
            "coding": [{ "system": SNOMED, "code": EXERCISE_THERAPY.0, "display": EXERCISE_THERAPY.1 }],
            "text": format!("Self-massage programme: {}", session.routine),
        },
        "subject": { "reference": patient },
        "occurrencePeriod": { "start": start.to_string(), "end": end.to_string() },
    });
    if let Some(by) = &p.by {
        request["requester"] = json!({ "display": by });
    }
    if let Some(aim) = p.per_week {
        request["patientInstruction"] = json!(format!(
            "{aim} sessions a week for {} weeks",
            p.weeks.unwrap_or(1)
        ));
    }
    request
}

/// A stable `urn:uuid:` for one thing of a kind: a name-based (version 5 style) UUID from
/// SHA-256 of the kind and key, so the same session always gets the same id.
fn urn(kind: &str, key: &str) -> String {
    let digest = Sha256::digest(format!("knead:{kind}:{key}").as_bytes());
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&digest[..16]);
    bytes[6] = (bytes[6] & 0x0f) | 0x50;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let hex = bytes.iter().fold(String::with_capacity(32), |mut hex, b| {
        let _ = write!(hex, "{b:02x}");
        hex
    });
    format!(
        "urn:uuid:{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history::export::parse_rows;
    use crate::history::sample;

    #[test]
    fn ids_are_stable_uuids_and_differ_by_kind_and_key() {
        let a = urn("session", "1-2");
        assert_eq!(a, urn("session", "1-2"));
        assert_ne!(a, urn("session", "1-3"));
        assert_ne!(a, urn("rating", "1-2"));
        let uuid = a.trim_start_matches("urn:uuid:");
        assert_eq!(uuid.len(), 36);
        assert_eq!(&uuid[14..15], "5", "version 5");
        assert!(
            matches!(&uuid[19..20], "8" | "9" | "a" | "b"),
            "RFC 4122 variant"
        );
    }

    #[test]
    fn every_rating_is_an_observation_of_its_session_with_its_side() {
        let start = jiff::civil::date(2026, 11, 2);
        let holds = parse_rows(&sample::daily(start, 2)).expect("rows");
        let bundle = bundle(
            &Input {
                holds: &holds,
                sessions_without_holds: &[],
                answers: &[],
                client: Some("maria"),
            },
            Kind::Collection,
            "2026-11-05T10:00:00Z".parse().expect("ts"),
        );
        let entries = bundle["entry"].as_array().expect("entries");
        let of = |kind: &str| {
            entries
                .iter()
                .filter(|e| e["resource"]["resourceType"] == kind)
                .collect::<Vec<_>>()
        };
        assert_eq!(of("Patient").len(), 1);
        assert_eq!(of("Patient")[0]["resource"]["name"][0]["text"], "maria");
        assert_eq!(of("Procedure").len(), 2);
        let rated = holds.iter().filter(|h| h.rating.is_some()).count();
        let observations = of("Observation");
        assert_eq!(observations.len(), rated);
        assert!(
            of("ServiceRequest").is_empty(),
            "no prescription, no request"
        );
        let first = &observations[0]["resource"];
        assert_eq!(first["code"]["coding"][0]["code"], "72514-3");
        assert_eq!(
            first["partOf"][0]["reference"],
            of("Procedure")[0]["fullUrl"]
        );
        assert_eq!(first["bodySite"]["text"], "calf, left");
        assert_eq!(first["category"][0]["coding"][0]["code"], "survey");
        assert_eq!(
            first["extension"][0]["valueCodeableConcept"]["coding"][0]["code"],
            "7771000"
        );
        assert_eq!(first["extension"][0]["url"], LATERALITY);
        let right = observations
            .iter()
            .find(|o| o["resource"]["bodySite"]["text"] == "calf, right")
            .expect("a right calf");
        assert_eq!(
            right["resource"]["extension"][0]["valueCodeableConcept"]["coding"][0]["code"],
            "24028007"
        );
    }
}

#[cfg(test)]
mod measures_tests {
    use super::*;
    use crate::history::export::parse_rows;
    use crate::history::rows::ActivityRating;
    use crate::history::sample;
    use crate::session::measures::Impression;

    #[test]
    fn the_activities_and_the_global_impression_are_survey_observations_of_their_session() {
        let mut holds =
            parse_rows(&sample::daily(jiff::civil::date(2026, 11, 2), 2)).expect("rows");
        let first = holds[0].session_uid.clone();
        for hold in holds.iter_mut().filter(|h| h.session_uid == first) {
            hold.reported.activities = vec![
                ActivityRating {
                    activity: "walking the dog".into(),
                    rating: Some(3),
                },
                ActivityRating {
                    activity: "sleeping on my side".into(),
                    rating: None,
                },
            ];
            hold.reported.change = Some(ChangeAnswer {
                phase: 2,
                answer: Some(Impression::MinimallyWorse),
            });
        }
        let bundle = bundle(
            &Input {
                holds: &holds,
                sessions_without_holds: &[],
                answers: &[],
                client: Some("maria"),
            },
            Kind::Transaction,
            "2026-11-05T10:00:00Z".parse().expect("ts"),
        );
        let entries = bundle["entry"].as_array().expect("entries");
        let coded = |code: &str| {
            entries
                .iter()
                .filter(|e| e["resource"]["code"]["coding"][0]["code"] == code)
                .collect::<Vec<_>>()
        };
        let psfs = coded("psfs");
        assert_eq!(psfs.len(), 1, "only the session that rated them");
        let o = &psfs[0]["resource"];
        assert_eq!(o["category"][0]["coding"][0]["code"], "survey");
        assert_eq!(o["valueQuantity"]["value"], 3.0, "the mean of those rated");
        assert_eq!(o["component"][0]["code"]["text"], "walking the dog");
        assert_eq!(o["component"][0]["valueInteger"], 3);
        assert_eq!(
            o["component"][1]["dataAbsentReason"]["coding"][0]["code"],
            "asked-declined"
        );
        let session = entries
            .iter()
            .find(|e| e["resource"]["resourceType"] == "Procedure")
            .expect("a session");
        assert_eq!(o["partOf"][0]["reference"], session["fullUrl"]);
        assert!(
            psfs[0]["request"]["ifNoneExist"]
                .as_str()
                .is_some_and(|q| q.starts_with("identifier=urn:knead:psfs|")),
            "{}",
            psfs[0]["request"]
        );
        let pgic = coded("pgic");
        assert_eq!(pgic.len(), 1);
        let o = &pgic[0]["resource"];
        assert_eq!(o["valueCodeableConcept"]["coding"][0]["code"], "5");
        assert_eq!(o["valueCodeableConcept"]["text"], "minimally worse");
        assert_eq!(
            o["note"][0]["text"],
            "Asked at the end of programme phase 2"
        );
    }
}
