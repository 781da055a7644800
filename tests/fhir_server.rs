//! `knead export --format fhir --to URL` against a real FHIR R4 server on loopback (Medplum's
//! router over its in-memory repository, `tests/fhir/server.mjs`), and against stand-ins
//! that refuse, fail, dawdle or are not FHIR at all.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::path::Path;
use std::process::{Command, Output};

mod common;

use common::medplum::Medplum;
use knead::history::export;
use knead::history::sample;
use knead::history::store::Store;

/// A history of `days` daily sessions in `dir`, as the person's own.
fn history(dir: &Path, days: i64) {
    let rows = sample::daily(jiff::civil::date(2026, 9, 1), days);
    let mut json = Vec::new();
    export::write_json(&rows, &[], &[], &mut json).expect("json");
    let mut store = Store::open(dir).expect("store");
    export::import(&mut store, std::str::from_utf8(&json).expect("utf-8"), "").expect("import");
}

fn knead(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_knead"))
        .args(args)
        .env("KNEAD_DATA_DIR", dir)
        .env("XDG_STATE_HOME", dir)
        .env("XDG_CONFIG_HOME", dir)
        .env_remove("KNEAD_FHIR_TOKEN")
        .envs(env.iter().copied())
        .output()
        .expect("knead runs")
}

fn said(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

#[test]
fn a_history_reaches_a_real_fhir_server_once_and_every_resource_validates() {
    let Some(server) = Medplum::start(None) else {
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    history(dir.path(), 5);
    let sent = knead(
        dir.path(),
        &["export", "--format", "fhir", "--to", &server.url],
        &[],
    );
    let first = said(&sent);
    assert_eq!(sent.status.code(), Some(0), "{first}");
    assert!(
        first.contains(" created") && first.contains("0 already there"),
        "{first}"
    );
    let ratings = server.get("Observation?code=http://loinc.org|72514-3&_count=1000");
    let found = ratings["entry"].as_array().map_or(0, Vec::len);
    // The sample rates every hold it holds: one Observation per rating.
    let expected = sample::daily(jiff::civil::date(2026, 9, 1), 5)
        .iter()
        .filter(|r| r.rating.is_some())
        .count();
    assert_eq!(found, expected, "{ratings}");
    // The same history again adds nothing.
    let again = knead(
        dir.path(),
        &["export", "--format", "fhir", "--to", &server.url],
        &[],
    );
    let second = said(&again);
    assert_eq!(again.status.code(), Some(0), "{second}");
    assert!(second.contains(": 0 created, "), "{second}");
    let ratings = server.get("Observation?code=http://loinc.org|72514-3&_count=1000");
    assert_eq!(ratings["entry"].as_array().map_or(0, Vec::len), expected);
    // Every resource stored passes Medplum's validator (its repository does not check).
    let checked = server.get("$validate-all");
    assert_eq!(checked["issues"], serde_json::json!([]), "{checked}");
    assert!(
        checked["count"].as_u64().unwrap_or(0) > expected as u64,
        "{checked}"
    );
    let patients = server.get("Patient");
    let name = &patients["entry"][0]["resource"]["name"][0]["text"];
    assert!(
        name.as_str()
            .is_some_and(|n| n.starts_with("knead-") && n != "knead-self"),
        "a pseudonym of this history's own: {name}"
    );
}

#[test]
fn a_token_is_sent_from_the_environment_and_its_refusal_is_one_clear_line() {
    let Some(server) = Medplum::start(Some("s3cret")) else {
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    history(dir.path(), 1);
    let args = ["export", "--format", "fhir", "--to", &server.url];
    let refused = knead(dir.path(), &args, &[]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(
        said(&refused).contains("refused the credentials (401)"),
        "{}",
        said(&refused)
    );
    let with_token = knead(dir.path(), &args, &[("KNEAD_FHIR_TOKEN", "s3cret")]);
    assert_eq!(with_token.status.code(), Some(0), "{}", said(&with_token));
    let mut named = args.to_vec();
    named.extend(["--token-env", "CLINIC_TOKEN"]);
    let by_name = knead(dir.path(), &named, &[("CLINIC_TOKEN", "s3cret")]);
    assert_eq!(by_name.status.code(), Some(0), "{}", said(&by_name));
    assert!(
        said(&by_name).contains(": 0 created, "),
        "{}",
        said(&by_name)
    );
    let unset = knead(dir.path(), &named, &[]);
    assert_eq!(unset.status.code(), Some(1));
    assert!(said(&unset).contains("--token-env CLINIC_TOKEN"));
}

/// A stand-in server that answers every request with `reply` after `delay`.
fn stand_in(reply: &'static str, delay: std::time::Duration) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("binds");
    let url = format!("http://{}/", listener.local_addr().expect("address"));
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let mut stream = stream;
            // Read the request head and body (its length is in the head).
            let mut reader = BufReader::new(stream.try_clone().expect("clone"));
            let mut length = 0;
            loop {
                let mut line = String::new();
                if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
                    break;
                }
                if let Some(n) = line.to_lowercase().strip_prefix("content-length:") {
                    length = n.trim().parse().unwrap_or(0);
                }
            }
            let mut body = vec![0; length];
            let _ = reader.read_exact(&mut body);
            std::thread::sleep(delay);
            let _ = stream.write_all(reply.as_bytes());
        }
    });
    url
}

#[test]
fn a_server_that_fails_dawdles_or_is_not_fhir_gets_one_line_and_exit_1() {
    let dir = tempfile::tempdir().expect("tempdir");
    history(dir.path(), 1);
    let send = |url: &str| {
        knead(
            dir.path(),
            &["export", "--format", "fhir", "--to", url],
            &[("KNEAD_TEST_FHIR_TIMEOUT_MS", "700")],
        )
    };
    let body = r#"{"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"exception","diagnostics":"boom"}]}"#;
    let outcome: &'static str = Box::leak(
        format!(
            "HTTP/1.1 500 Internal Server Error\r\nContent-Type: application/fhir+json\r\n\
             Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        )
        .into_boxed_str(),
    );
    let cases: [(String, &str); 4] = [
        (
            stand_in(outcome, std::time::Duration::ZERO),
            "refused the bundle (500): boom",
        ),
        (
            stand_in(
                "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 6\r\nConnection: close\r\n\r\n<html>",
                std::time::Duration::ZERO,
            ),
            "answered with something that is not FHIR",
        ),
        (
            stand_in(outcome, std::time::Duration::from_secs(5)),
            "did not answer within",
        ),
        (
            // Nothing listens there.
            {
                let listener = TcpListener::bind("127.0.0.1:0").expect("binds");
                let url = format!("http://{}/", listener.local_addr().expect("address"));
                drop(listener);
                url
            },
            "no FHIR server answered at",
        ),
    ];
    let csv = knead(
        dir.path(),
        &["export", "--format", "csv", "--to", "http://127.0.0.1:9/"],
        &[],
    );
    assert_eq!(csv.status.code(), Some(2));
    assert!(said(&csv).contains("add --format fhir"), "{}", said(&csv));
    for (url, expected) in cases {
        let out = send(&url);
        let text = said(&out);
        assert_eq!(out.status.code(), Some(1), "{url}: {text}");
        assert!(text.contains(expected), "{url}: {text}");
        assert_eq!(
            text.trim().lines().count(),
            1,
            "one line, no library's raw error: {text}"
        );
    }
}
