//! The history as a FHIR R4 Bundle (type `collection`) that a clinic's record system can
//! take in: the person as a Patient known only by a pseudonym, a Procedure per session, an
//! Observation per pain rating (LOINC 72514-3, the 0-10 numeric rating scale) with its body
//! site and side, and, for a prescribed routine, the prescription as a `ServiceRequest`.
//!
//! Ids are derived from the sessions' own ids, so exporting the same history twice gives the
//! same resources and a receiving system can merge rather than duplicate.

use std::fmt::Write as _;

use jiff::Timestamp;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use super::rows::by_session;
use super::store::{SessionOutcome, StoredHold};
use crate::routine::Side;

const LOINC: &str = "http://loinc.org";
const SNOMED: &str = "http://snomed.info/sct";
/// "Pain severity - 0-10 verbal numeric rating [Score] - Reported".
const PAIN_SCORE: (&str, &str) = (
    "72514-3",
    "Pain severity - 0-10 verbal numeric rating [Score] - Reported",
);
/// "Exercise therapy (regime/therapy)".
const EXERCISE_THERAPY: (&str, &str) = ("229065009", "Exercise therapy");
/// The side of the body, as SNOMED CT qualifier values.
const LEFT: (&str, &str) = ("7771000", "Left");
const RIGHT: (&str, &str) = ("24028007", "Right");
/// Where the side of a body site goes on an Observation.
const LATERALITY: &str = "http://hl7.org/fhir/StructureDefinition/observation-laterality";

/// The bundle for `holds` (oldest first, as the store reads them), made at `now`. `client` is
/// the pseudonym the history was imported under; for the person's own history, the one the
/// prescription names, else "self".
pub fn bundle(holds: &[StoredHold], client: Option<&str>, now: Timestamp) -> Value {
    let pseudonym = client
        .filter(|c| !c.is_empty())
        .or_else(|| holds.iter().find_map(|h| h.programme.client.as_deref()))
        .unwrap_or("self");
    let patient = urn("patient", pseudonym);
    let mut entries = vec![entry(
        &patient,
        json!({
            "resourceType": "Patient",
            "identifier": [{ "system": "urn:knead:pseudonym", "value": pseudonym }],
            "name": [{ "use": "anonymous", "text": pseudonym }],
        }),
    )];
    let mut requests: Vec<String> = Vec::new();
    for session in by_session(holds) {
        let first = session[0];
        let request = first.programme.start.map(|start| {
            let id = urn(
                "prescription",
                &format!("{}|{}|{start}", first.routine_hash, first.routine),
            );
            if !requests.contains(&id) {
                requests.push(id.clone());
                entries.push(entry(&id, service_request(first, &patient, now)));
            }
            id
        });
        let procedure = urn("session", &first.session_uid);
        entries.push(entry(
            &procedure,
            self::procedure(&session, &patient, request.as_deref()),
        ));
        let overall = [
            (
                first.reported.pain_before,
                "before the session",
                first.session_started,
            ),
            (
                first.reported.pain_after,
                "after the session",
                first.session_ended.unwrap_or(first.session_started),
            ),
        ];
        for (rating, when, at) in overall {
            if let Some(rating) = rating {
                let id = urn("overall", &format!("{}|{when}", first.session_uid));
                let mut observation = pain(rating, at, &patient, &procedure);
                observation["note"] = json!([{ "text": format!("Overall pain {when}") }]);
                entries.push(entry(&id, observation));
            }
        }
        for hold in session.iter().filter(|h| h.rating.is_some()) {
            let id = urn(
                "rating",
                &format!("{}|{}|{}", hold.session_uid, hold.hold_index, hold.attempt),
            );
            entries.push(entry(&id, rating(hold, &patient, &procedure)));
        }
    }
    json!({
        "resourceType": "Bundle",
        "type": "collection",
        "timestamp": now.to_string(),
        "entry": entries,
    })
}

fn entry(full_url: &str, resource: Value) -> Value {
    let mut entry = serde_json::Map::new();
    entry.insert("fullUrl".into(), json!(full_url));
    entry.insert("resource".into(), resource);
    Value::Object(entry)
}

/// A session: what was done, when, how it ended, and the person's note.
fn procedure(session: &[&StoredHold], patient: &str, request: Option<&str>) -> Value {
    let first = session[0];
    let status = match first.session_outcome {
        SessionOutcome::Completed | SessionOutcome::Partial => "completed",
        SessionOutcome::Quit | SessionOutcome::Interrupted => "stopped",
    };
    // Each hold once, as its last attempt went (a hold done again is one hold), against the
    // plan's holds, not those reached: a session quit after 1 of 4 is "1 of 4".
    let mut last: std::collections::BTreeMap<u32, bool> = std::collections::BTreeMap::new();
    for hold in session {
        last.insert(hold.hold_index, hold.outcome.was_held());
    }
    let held = last.values().filter(|&&held| held).count();
    let planned = first
        .holds_planned
        .and_then(|n| usize::try_from(n).ok())
        .map_or(last.len(), |n| n.max(last.len()));
    let mut period = json!({ "start": first.session_started.to_string() });
    if let Some(end) = first.session_ended {
        period["end"] = json!(end.to_string());
    }
    let mut notes = vec![json!({
        "text": format!("{held} of {} holds held ({})", planned, first.session_outcome.word())
    })];
    if let Some(note) = &first.reported.note {
        notes.push(json!({ "text": note }));
    }
    let mut procedure = json!({
        "resourceType": "Procedure",
        "status": status,
        "code": { "text": format!("Self-massage: {}", first.routine) },
        "subject": { "reference": patient },
        "performedPeriod": period,
        "note": notes,
    });
    if let Some(request) = request {
        procedure["basedOn"] = json!([{ "reference": request }]);
    }
    procedure
}

/// A hold's pain rating, at its spot and side.
fn rating(hold: &StoredHold, patient: &str, procedure: &str) -> Value {
    let at = hold.rated_at.unwrap_or(hold.hold_ended);
    let mut observation = pain(hold.rating.unwrap_or(0), at, patient, procedure);
    let mut site = json!({ "text": hold.spot_label() });
    if let Some(side) = hold.side {
        let (code, display) = match side {
            Side::Left => LEFT,
            Side::Right => RIGHT,
        };
        site["extension"] = json!([{
            "url": LATERALITY,
            "valueCodeableConcept": {
                "coding": [{ "system": SNOMED, "code": code, "display": display }],
            },
        }]);
    }
    observation["bodySite"] = site;
    observation
}

/// A 0-10 pain score reported at `at`, part of the session `procedure`.
fn pain(rating: u8, at: Timestamp, patient: &str, procedure: &str) -> Value {
    json!({
        "resourceType": "Observation",
        "status": "final",
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

/// The prescription a session followed: exercise therapy over its weeks.
fn service_request(hold: &StoredHold, patient: &str, now: Timestamp) -> Value {
    let p = &hold.programme;
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
            "text": format!("Self-massage programme: {}", hold.routine),
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
            &holds,
            Some("maria"),
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
        assert_eq!(
            first["bodySite"]["extension"][0]["valueCodeableConcept"]["coding"][0]["code"],
            "7771000"
        );
        let right = observations
            .iter()
            .find(|o| o["resource"]["bodySite"]["text"] == "calf, right")
            .expect("a right calf");
        assert_eq!(
            right["resource"]["bodySite"]["extension"][0]["valueCodeableConcept"]["coding"][0]["code"],
            "24028007"
        );
    }
}
