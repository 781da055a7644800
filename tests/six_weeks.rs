//! A home programme with activities (the Patient-Specific Functional Scale) and the global
//! impression of change, run as a client would through six simulated weeks: each session on
//! its own day under libfaketime (the monotonic clock left real), two a week, answered by a
//! script on stdin. Then the therapist's report, and the history sent to a real FHIR server.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use common::medplum::Medplum;

const LIBFAKETIME: &str = "/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1";

/// Three phases of two weeks, two sessions a week, two activities, the global impression.
const ROUTINE: &str = r#"name = "Neck at home"
[defaults]
tool = "ball"
hold = "1s"
rest = "0s"
prepare = "0s"

[[step]]
region = "upper trapezius"
side = "left"

[prescription]
client = "maria"
by = "J. Ortiz, PT"
start = 2026-11-02
weeks = 6
per_week = 2
activities = ["turning my head while driving", "sleeping on my side"]
pgic = true

[[prescription.phase]]
from_week = 3
hold = "2s"

[[prescription.phase]]
from_week = 5
hold = "3s"
"#;

/// libfaketime, or `None` (a failure under CI, where `scripts/install-deps --test` installs
/// it) when it is missing.
fn faketime() -> Option<PathBuf> {
    let path = PathBuf::from(LIBFAKETIME);
    if path.is_file() {
        return Some(path);
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "libfaketime is missing under CI (scripts/install-deps --test)"
    );
    eprintln!("skipping: no libfaketime (apt install libfaketime)");
    None
}

/// `knead ARGS` in `dir` with the wall clock starting at `at` (UTC), `stdin` typed.
fn knead_at(lib: &Path, dir: &Path, at: &str, args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_knead"))
        .args(args)
        .env("LD_PRELOAD", lib)
        .env("FAKETIME", format!("@{at}"))
        .env("FAKETIME_DONT_FAKE_MONOTONIC", "1")
        .env("TZ", "UTC")
        .env("XDG_STATE_HOME", dir)
        .env("XDG_CONFIG_HOME", dir)
        .env("KNEAD_DATA_DIR", dir)
        .env("XDG_RUNTIME_DIR", dir)
        .env("ALSA_CONFIG_PATH", "/dev/null")
        .env_remove("DBUS_SESSION_BUS_ADDRESS")
        .env_remove("KNEAD_FHIR_TOKEN")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("knead runs");
    std::io::Write::write_all(&mut child.stdin.take().expect("stdin"), stdin.as_bytes())
        .expect("types");
    child.wait_with_output().expect("ends")
}

fn said(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

/// The activities' ratings in week `week`: driving improves a point a week, sleeping not.
fn activities(week: u8) -> (u8, u8) {
    (week + 2, 5)
}

/// The answer to the global impression at the end of phase `phase`: 3 minimally improved,
/// then 2 much improved, then 1 very much improved.
fn change(phase: u8) -> u8 {
    4 - phase
}

/// What the client types at a session of `week`: the activities at the week's first, the
/// hold's rating, the global impression when the session `closes` a phase, no note.
fn script(week: u8, first_of_week: bool, closes: Option<u8>) -> String {
    let (driving, sleeping) = activities(week);
    let mut lines = Vec::new();
    if first_of_week {
        lines.extend([driving.to_string(), sleeping.to_string()]);
    }
    lines.push((7 - week).to_string());
    lines.extend(closes.map(|phase| change(phase).to_string()));
    lines.push(String::new());
    lines.join("\n") + "\n"
}

#[test]
fn six_weeks_of_activities_and_global_change_reach_the_report_and_a_fhir_server() {
    let Some(lib) = faketime() else {
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("neck-at-home.toml");
    std::fs::write(&file, ROUTINE).expect("routine");
    let file = file.to_str().expect("utf-8 path");
    let start = jiff::civil::date(2026, 11, 2);
    for week in 1..=6u8 {
        // Monday and Thursday of each programme week.
        for (n, offset) in [(0, 0), (1, 3)] {
            let day = start
                .checked_add(jiff::Span::new().days(i64::from(week - 1) * 7 + offset))
                .expect("a day");
            let (driving, _) = activities(week);
            let first_of_week = n == 0;
            // The second session of a phase's last week closes it.
            let closes = (n == 1 && week % 2 == 0).then_some(week / 2);
            let typed = script(week, first_of_week, closes);
            let out = knead_at(
                &lib,
                dir.path(),
                &format!("{day} 09:00:00"),
                &["run", "--plain", "--no-voice", "--no-notify", file],
                &typed,
            );
            let text = said(&out);
            assert!(out.status.success(), "week {week} day {offset}: {text}");
            assert!(text.contains(&format!("Week {week} of 6")), "{text}");
            assert_eq!(
                text.contains(&format!("turning my head while driving: {driving}/10.")),
                first_of_week,
                "week {week} session {n}: the activities are rated at the week's first\n{text}"
            );
            assert_eq!(
                text.contains("how has your problem changed?"),
                closes.is_some(),
                "week {week} session {n}: the global impression closes each phase\n{text}"
            );
            assert!(text.contains(&format!("Rated {}/10.", 7 - week)), "{text}");
        }
    }

    // The therapist's report after the programme.
    let report = dir.path().join("report.md");
    let out = knead_at(
        &lib,
        dir.path(),
        "2026-12-14 12:00:00",
        &["report", "--out", report.to_str().expect("utf-8")],
        "",
    );
    assert!(out.status.success(), "{}", said(&out));
    let text = std::fs::read_to_string(&report).expect("report");
    let first_page = text.split("Pain by spot").next().expect("a first page");
    for line in [
        "## Activities (Patient-Specific Functional Scale)",
        "| turning my head while driving | 3 (2026-11-02) | 8 (2026-12-07) | +5 | **better** |",
        "| sleeping on my side | 5 (2026-11-02) | 5 (2026-12-07) | +0 | no important change |",
        "| Mean of the activities | 4.0 (2026-11-02) | 6.5 (2026-12-07) | +2.5 | **better** |",
        "## Global impression of change",
        "| 2026-11-12 | end of phase 1 | **minimally improved** |",
        "| 2026-11-26 | end of phase 2 | **much improved** |",
        "| 2026-12-10 | end of phase 3 | **very much improved** |",
    ] {
        assert!(first_page.contains(line), "{line}\n{first_page}");
    }

    // The history reaches a real FHIR server and is found there.
    let Some(server) = Medplum::start(None) else {
        return;
    };
    let started = std::time::Instant::now();
    let out = knead_at(
        &lib,
        dir.path(),
        "2026-12-14 12:00:00",
        &["export", "--format", "fhir", "--to", &server.url],
        "",
    );
    eprintln!("sent in {:?}: {}", started.elapsed(), said(&out));
    assert!(out.status.success(), "{}", said(&out));
    let found = |code: &str| {
        let bundle = server.get(&format!(
            "Observation?code=urn:knead:code|{code}&_count=100"
        ));
        bundle["entry"].as_array().map_or(0, Vec::len)
    };
    assert_eq!(found("psfs"), 6, "one a week");
    assert_eq!(found("pgic"), 3, "one a phase");
    let pain = server.get("Observation?code=http://loinc.org|72514-3&_count=100");
    assert_eq!(
        pain["entry"].as_array().map_or(0, Vec::len),
        12,
        "one per rating"
    );
    // Every resource stored passes Medplum's validator, the activities' components too.
    let checked = server.get("$validate-all");
    assert_eq!(checked["issues"], serde_json::json!([]), "{checked}");
    assert_eq!(checked["count"], 35, "{checked}");
}
