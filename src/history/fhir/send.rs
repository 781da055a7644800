//! Sending a transaction Bundle to a FHIR server's base URL, and reading its answer: what
//! was created and what was there already, or one plain line on what went wrong.
//!
//! The bundle goes in transactions of [`PER_TRANSACTION`] entries, in its order (a resource
//! before those that refer to it): servers bound a transaction of conditional creates
//! (Medplum to 8 entries), and each part's answer says where the server put what a later
//! part refers to. Each part is all or nothing, and sending again creates only what is
//! missing, so a send cut short is completed by sending again.

use knead_core::t;
use std::collections::{BTreeMap, HashMap};
use std::time::Duration;

use serde_json::{Value, json};

/// How long the server has to answer.
const PATIENCE: Duration = Duration::from_secs(30);

/// Entries in one transaction: Medplum refuses more in a transaction of conditional creates.
pub const PER_TRANSACTION: usize = 8;

/// What the server did with the bundle.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sent {
    /// Resources created, by type.
    pub created: BTreeMap<String, usize>,
    /// Resources that were there already (same identifier), by type.
    pub existing: BTreeMap<String, usize>,
}

/// Why the bundle did not arrive.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SendError {
    /// Nothing answered at the address.
    #[error("{}", t!("error-fhir-unreachable", url = .url.as_str(), why = .why.as_str()))]
    Unreachable {
        /// The address.
        url: String,
        /// What the connection said, in words.
        why: String,
    },
    /// The server refused the token, or its absence.
    #[error("{}", t!("error-fhir-refused", url = .url.as_str(), status = *.status))]
    Refused {
        /// The address.
        url: String,
        /// 401 or 403.
        status: u16,
    },
    /// No answer in time.
    #[error("{}", t!("error-fhir-timeout", url = .url.as_str(), secs = *.secs))]
    Timeout {
        /// The address.
        url: String,
        /// The patience, in seconds.
        secs: u64,
    },
    /// The server answered, refusing the bundle, in its own words.
    #[error("{}", t!("error-fhir-rejected", url = .url.as_str(), status = *.status, why = .why.as_str()))]
    Rejected {
        /// The address.
        url: String,
        /// The status.
        status: u16,
        /// The `OperationOutcome`'s text.
        why: String,
    },
    /// The answer is not a FHIR transaction-response.
    #[error("{}", t!("error-fhir-not-fhir", url = .url.as_str(), what = .what.as_str()))]
    NotFhir {
        /// The address.
        url: String,
        /// What came instead.
        what: String,
    },
}

/// Sends `bundle` (a transaction) to `url` in parts, with a bearer `token` if given.
pub fn send(url: &str, bundle: &Value, token: Option<&str>) -> Result<Sent, SendError> {
    let entries = bundle["entry"].as_array().cloned().unwrap_or_default();
    let mut placed: HashMap<String, String> = HashMap::new();
    let mut sent = Sent::default();
    for part in entries.chunks(PER_TRANSACTION) {
        let mut part = part.to_vec();
        for entry in &mut part {
            refer(&mut entry["resource"], &placed);
        }
        let transaction = json!({
            "resourceType": "Bundle",
            "type": "transaction",
            "entry": part,
        });
        let answer = post(url, &transaction, token)?;
        let answered = answer["entry"].as_array().cloned().unwrap_or_default();
        for (entry, answered) in part.iter().zip(&answered) {
            let kind = entry["resource"]["resourceType"]
                .as_str()
                .unwrap_or("resource")
                .to_owned();
            let status = answered["response"]["status"].as_str().unwrap_or_default();
            let into = if status.starts_with("201") {
                &mut sent.created
            } else {
                &mut sent.existing
            };
            *into.entry(kind).or_default() += 1;
            if let (Some(full), Some(location)) = (
                entry["fullUrl"].as_str(),
                answered["response"]["location"].as_str(),
            ) {
                placed.insert(full.to_owned(), resource_path(location));
            }
        }
    }
    Ok(sent)
}

/// `Patient/123` of a location `Patient/123/_history/1` (or a full URL ending so).
fn resource_path(location: &str) -> String {
    let path = location
        .split("/_history/")
        .next()
        .unwrap_or(location)
        .trim_end_matches('/');
    let parts: Vec<&str> = path.rsplitn(3, '/').collect();
    match parts.as_slice() {
        [id, kind, ..] => format!("{kind}/{id}"),
        _ => path.to_owned(),
    }
}

/// Points references to resources an earlier part placed at where the server put them.
fn refer(value: &mut Value, placed: &HashMap<String, String>) {
    match value {
        Value::Object(map) => {
            for (key, inner) in map.iter_mut() {
                if key == "reference"
                    && let Some(to) = inner.as_str().and_then(|r| placed.get(r))
                {
                    *inner = Value::String(to.clone());
                } else {
                    refer(inner, placed);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| refer(v, placed)),
        Value::Null | Value::Bool(_) | Value::Number(_) | Value::String(_) => {}
    }
}

/// Posts one transaction; its transaction-response.
fn post(url: &str, bundle: &Value, token: Option<&str>) -> Result<Value, SendError> {
    let patience = patience();
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(patience))
        .http_status_as_error(false)
        .build()
        .into();
    let mut request = agent
        .post(url)
        .header("Content-Type", "application/fhir+json")
        .header("Accept", "application/fhir+json");
    if let Some(token) = token {
        request = request.header("Authorization", &format!("Bearer {token}"));
    }
    let body = bundle.to_string();
    let mut response = request
        .send(body.as_bytes())
        .map_err(|e| failure(&e, url, patience))?;
    let status = response.status().as_u16();
    let text = response
        .body_mut()
        .read_to_string()
        .map_err(|e| failure(&e, url, patience))?;
    if matches!(status, 401 | 403) {
        return Err(SendError::Refused {
            url: url.to_owned(),
            status,
        });
    }
    let answer: Option<Value> = serde_json::from_str(&text).ok();
    let not_fhir = || SendError::NotFhir {
        url: url.to_owned(),
        what: format!("status {status}, {} bytes", text.len()),
    };
    if !(200..300).contains(&status) {
        let why = answer
            .as_ref()
            .filter(|v| v["resourceType"] == "OperationOutcome")
            .map(outcome_text)
            .ok_or_else(not_fhir)?;
        return Err(SendError::Rejected {
            url: url.to_owned(),
            status,
            why,
        });
    }
    answer
        .filter(|v| v["resourceType"] == "Bundle" && v["type"] == "transaction-response")
        .ok_or_else(not_fhir)
}

/// What went wrong on the way, in words: a timeout, or the connection.
fn failure(e: &ureq::Error, url: &str, patience: Duration) -> SendError {
    let timed_out = matches!(e, ureq::Error::Timeout(_))
        || matches!(e, ureq::Error::Io(io) if io.kind() == std::io::ErrorKind::TimedOut);
    if timed_out {
        return SendError::Timeout {
            url: url.to_owned(),
            secs: patience.as_secs().max(1),
        };
    }
    let why = if let ureq::Error::Io(io) = e {
        crate::words::io_words(io)
    } else {
        e.to_string()
    };
    SendError::Unreachable {
        url: url.to_owned(),
        why,
    }
}

/// What an `OperationOutcome` says: its issues' texts.
fn outcome_text(outcome: &Value) -> String {
    let texts: Vec<String> = outcome["issue"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|issue| {
            issue["details"]["text"]
                .as_str()
                .or_else(|| issue["diagnostics"].as_str())
                .map(str::to_owned)
        })
        .collect();
    if texts.is_empty() {
        "no reason given".to_owned()
    } else {
        texts.join("; ")
    }
}

/// The patience; tests (debug builds only) shorten it with `KNEAD_TEST_FHIR_TIMEOUT_MS`.
fn patience() -> Duration {
    let test = cfg!(debug_assertions)
        .then(|| {
            std::env::var("KNEAD_TEST_FHIR_TIMEOUT_MS")
                .ok()?
                .parse()
                .ok()
        })
        .flatten();
    test.map_or(PATIENCE, Duration::from_millis)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_location_is_read_as_type_and_id_and_references_follow_it() {
        assert_eq!(resource_path("Patient/abc/_history/1"), "Patient/abc");
        assert_eq!(
            resource_path("http://fhir.example/base/Observation/9"),
            "Observation/9"
        );
        let mut placed = HashMap::new();
        placed.insert("urn:uuid:1".to_owned(), "Patient/abc".to_owned());
        let mut resource = json!({
            "subject": { "reference": "urn:uuid:1" },
            "partOf": [{ "reference": "urn:uuid:2" }],
        });
        refer(&mut resource, &placed);
        assert_eq!(resource["subject"]["reference"], "Patient/abc");
        assert_eq!(
            resource["partOf"][0]["reference"], "urn:uuid:2",
            "in this part still"
        );
    }
}
