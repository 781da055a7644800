//! A prescribed routine run as a client would: today's week and phase on the overview and in
//! the holds, the stop rules asked line by line before the first session of each programme
//! week and after the file changes, and what the history and the export keep of it.

use std::path::Path;
use std::process::{Command, Output, Stdio};

use jiff::{ToSpan as _, Zoned};

/// One short step, longer from week 3, with a stop rule; `start` is week 1's first day.
fn routine(start: jiff::civil::Date) -> String {
    format!(
        "name = \"Home calf\"\n[[step]]\nregion = \"calf\"\ntool = \"ball\"\nhold = \"1s\"\n\
         rest = \"0s\"\nprepare = \"0s\"\n\
         [prescription]\nby = \"J. Ortiz, PT\"\nstart = {start}\nweeks = 6\nper_week = 4\n\
         stop_if = [\"numbness or tingling\"]\n\
         [[prescription.phase]]\nfrom_week = 3\nhold = \"2s\"\n"
    )
}

/// Today, moved by `days`.
fn today_plus(days: i64) -> jiff::civil::Date {
    Zoned::now().date().checked_add(days.days()).expect("date")
}

/// `knead run --plain FILE` with everything knead keeps inside `dir`, `stdin` typed in.
fn run(file: &Path, dir: &Path, stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_knead"))
        .args(["run", "--plain", "--no-voice"])
        .arg(file)
        .env("XDG_STATE_HOME", dir)
        .env("XDG_CONFIG_HOME", dir)
        .env("KNEAD_DATA_DIR", dir)
        .env("ALSA_CONFIG_PATH", "/dev/null")
        .env_remove("DBUS_SESSION_BUS_ADDRESS")
        .env("XDG_RUNTIME_DIR", dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    std::io::Write::write_all(&mut child.stdin.take().expect("stdin"), stdin.as_bytes())
        .expect("types");
    child.wait_with_output().expect("ends")
}

/// `knead export --format FORMAT` of the history in `dir`.
fn export(dir: &Path, format: &str) -> Output {
    Command::new(env!("CARGO_BIN_EXE_knead"))
        .args(["export", "--format", format])
        .env("KNEAD_DATA_DIR", dir)
        .env("XDG_STATE_HOME", dir)
        .output()
        .expect("exports")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A session as the history keeps it: week, phase, the answer to the stop rules, and its
/// holds' planned milliseconds.
type Kept = (Option<u8>, Option<u8>, Option<String>, Vec<i64>);

/// Each session, oldest first.
fn sessions(dir: &Path) -> Vec<Kept> {
    let db = rusqlite::Connection::open(dir.join("history.db")).expect("history");
    let mut statement = db
        .prepare("SELECT id, week, phase, screening FROM session ORDER BY id")
        .expect("query");
    let rows: Vec<(i64, Kept)> = statement
        .query_map([], |r| {
            Ok((r.get(0)?, (r.get(1)?, r.get(2)?, r.get(3)?, Vec::new())))
        })
        .expect("rows")
        .collect::<Result<_, _>>()
        .expect("read");
    rows.into_iter()
        .map(|(id, (week, phase, screening, _))| {
            let planned: Vec<i64> = db
                .prepare("SELECT planned_ms FROM hold WHERE session_id = ?1")
                .expect("query")
                .query_map([id], |r| r.get(0))
                .expect("rows")
                .collect::<Result<_, _>>()
                .expect("read");
            (week, phase, screening, planned)
        })
        .collect()
}

fn answers(dir: &Path) -> Vec<String> {
    let db = rusqlite::Connection::open(dir.join("history.db")).expect("history");
    let mut statement = db
        .prepare("SELECT answer FROM screening ORDER BY id")
        .expect("query");
    statement
        .query_map([], |r| r.get(0))
        .expect("rows")
        .collect::<Result<_, _>>()
        .expect("read")
}

#[test]
fn week_3_runs_the_longer_holds_and_the_stop_rules_are_asked_once_a_week_per_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("calf.toml");
    // Started 15 days ago: today is in week 3, the second phase.
    std::fs::write(&file, routine(today_plus(-15))).expect("write");

    let first = run(&file, dir.path(), "n\n\n4\n");
    assert_eq!(first.status.code(), Some(0), "{}", text(&first.stderr));
    let asked = text(&first.stderr);
    assert!(
        asked.contains(
            "J. Ortiz, PT asked you to stop and get in touch if any of these is true today.\n  \
             Numbness or tingling? Type y or n and Enter: n\n"
        ),
        "{asked}"
    );
    let out = text(&first.stdout);
    assert!(
        out.contains("Week 3 of 6 · phase 2 of 2 · 0 of 4 sessions this week."),
        "{out}"
    );
    assert!(out.contains("Hold 1/1: calf, 2 s"), "{out}");

    let second = run(&file, dir.path(), "\n4\n");
    assert_eq!(second.status.code(), Some(0));
    assert!(
        !text(&second.stderr).contains("Numbness or tingling?"),
        "a no for this file this week is not asked again"
    );
    assert!(
        text(&second.stdout).contains("Week 3 of 6 · phase 2 of 2 · 1 of 4 sessions this week.")
    );

    // The therapist's new version of the file is asked about again.
    let edited = format!("{}# updated\n", routine(today_plus(-15)));
    std::fs::write(&file, edited).expect("write");
    let third = run(&file, dir.path(), "n\n\n4\n");
    assert!(text(&third.stderr).contains("Numbness or tingling?"));

    // A no given before this programme week began is asked again: what was true last week
    // may not be now.
    let db = rusqlite::Connection::open(dir.path().join("history.db")).expect("history");
    let last_week = jiff::Timestamp::now()
        .checked_sub(8.days().hours(0))
        .or_else(|_| jiff::Timestamp::now().checked_sub(jiff::SignedDuration::from_hours(192)))
        .expect("a time");
    db.execute(
        "UPDATE screening SET asked_at = ?1",
        [last_week.to_string()],
    )
    .expect("moved back");
    let fourth = run(&file, dir.path(), "n\n\n4\n");
    assert!(
        text(&fourth.stderr).contains("Numbness or tingling?"),
        "{}",
        text(&fourth.stderr)
    );

    assert_eq!(
        sessions(dir.path()),
        vec![
            (Some(3), Some(2), Some("no".to_owned()), vec![2000]),
            (Some(3), Some(2), None, vec![2000]),
            (Some(3), Some(2), Some("no".to_owned()), vec![2000]),
            (Some(3), Some(2), Some("no".to_owned()), vec![2000]),
        ]
    );
    assert_eq!(answers(dir.path()), vec!["no", "no", "no"]);

    // Something changed mid-week: asked again on request, and this yes is kept too.
    let changed = Command::new(env!("CARGO_BIN_EXE_knead"))
        .args(["run", "--plain", "--no-voice", "--ask-again"])
        .arg(&file)
        .env("XDG_STATE_HOME", dir.path())
        .env("XDG_CONFIG_HOME", dir.path())
        .env("KNEAD_DATA_DIR", dir.path())
        .env_remove("DBUS_SESSION_BUS_ADDRESS")
        .env("ALSA_CONFIG_PATH", "/dev/null")
        .env("XDG_RUNTIME_DIR", dir.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            std::io::Write::write_all(&mut child.stdin.take().expect("stdin"), b"y\n\n")?;
            child.wait_with_output()
        })
        .expect("runs");
    assert_eq!(changed.status.code(), Some(0), "{}", text(&changed.stderr));
    assert!(text(&changed.stderr).contains("Numbness or tingling? Type y or n and Enter: y"));
    assert_eq!(answers(dir.path()), vec!["no", "no", "no", "yes-stopped"]);

    let export = export(dir.path(), "json");
    let json: serde_json::Value = serde_json::from_slice(&export.stdout).expect("JSON");
    assert_eq!(json["version"], 7);
    let first_hold = &json["holds"][0];
    assert_eq!(
        (
            &first_hold["week"],
            &first_hold["phase"],
            &first_hold["screening"]
        ),
        (&3.into(), &2.into(), &"no".into())
    );
}

#[test]
fn a_yes_advises_stopping_and_runs_only_when_the_person_insists() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("calf.toml");
    std::fs::write(&file, routine(today_plus(-1))).expect("write");

    let stopped = run(&file, dir.path(), "y\n\n");
    // Stopping as advised is the programme working: no failure.
    assert_eq!(stopped.status.code(), Some(0));
    let said = text(&stopped.stderr);
    assert!(
        said.contains("Then stop here and contact J. Ortiz, PT before you go on"),
        "{said}"
    );
    assert!(
        said.contains("Your answer is kept for J. Ortiz, PT, and no session today, as advised."),
        "{said}"
    );
    assert!(
        !text(&stopped.stdout).contains("Hold"),
        "no session after a yes"
    );

    let insisted = run(&file, dir.path(), "y\ns\n\n4\n");
    assert_eq!(
        insisted.status.code(),
        Some(0),
        "{}",
        text(&insisted.stderr)
    );
    assert!(text(&insisted.stdout).contains("Hold 1/1: calf, 1 s"));

    // After a yes, the next session asks again.
    let again = run(&file, dir.path(), "n\n\n4\n");
    assert!(text(&again.stderr).contains("Numbness or tingling?"));

    assert_eq!(
        answers(dir.path()),
        vec!["yes-stopped", "yes-went-on", "no"]
    );
    let kept: Vec<Option<String>> = sessions(dir.path()).into_iter().map(|s| s.2).collect();
    assert_eq!(
        kept,
        vec![Some("yes-went-on".to_owned()), Some("no".to_owned())]
    );

    // The export carries every answer, the yes that stopped (no session, no holds) too, and
    // the therapist's report of the imported history flags both yeses.
    let export = export(dir.path(), "json");
    let json: serde_json::Value = serde_json::from_slice(&export.stdout).expect("JSON");
    let exported: Vec<&str> = json["stop_rules"]
        .as_array()
        .expect("stop_rules")
        .iter()
        .filter_map(|a| a["answer"].as_str())
        .collect();
    assert_eq!(exported, ["yes-stopped", "yes-went-on", "no"]);
    // Each with the person's clock, so the report dates it on their calendar.
    assert!(
        json["stop_rules"]
            .as_array()
            .expect("stop_rules")
            .iter()
            .all(|a| a["utc_offset"]
                .as_str()
                .is_some_and(|o| o.starts_with("UTC"))),
        "{}",
        json["stop_rules"]
    );
    let file = dir.path().join("export.json");
    std::fs::write(&file, &export.stdout).expect("write");
    let therapist = tempfile::tempdir().expect("tempdir");
    let knead = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_knead"))
            .arg("--data-dir")
            .arg(therapist.path())
            .args(args)
            .env("XDG_STATE_HOME", therapist.path())
            .output()
            .expect("runs")
    };
    let imported = knead(&["import", file.to_str().expect("utf-8"), "--client", "maria"]);
    assert_eq!(imported.status.code(), Some(0), "{}", text_of(&imported));
    let out = therapist.path().join("maria.md");
    let written = knead(&[
        "report",
        "--client",
        "maria",
        "--out",
        out.to_str().expect("utf-8"),
    ]);
    assert_eq!(written.status.code(), Some(0), "{}", text_of(&written));
    let md = std::fs::read_to_string(&out).expect("report");
    // Which rule was answered yes, not only that one was.
    assert!(
        md.contains("yes to “numbness or tingling” before Home calf; no session, as advised"),
        "{md}"
    );
    assert!(
        md.contains(
            "yes to “numbness or tingling” before Home calf, and the session went ahead anyway"
        ),
        "{md}"
    );
}

#[test]
fn before_the_start_and_after_the_end_it_says_so_and_runs_the_nearest_phase() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("calf.toml");
    let start = today_plus(3);
    std::fs::write(&file, routine(start)).expect("write");
    let early = run(&file, dir.path(), "n\n\n4\n");
    let out = text(&early.stdout);
    assert!(
        out.contains(&format!(
            "Starts {start} (in 3 days) · this session follows week 1 · phase 1 of 2."
        )),
        "{out}"
    );
    assert!(out.contains("Hold 1/1: calf, 1 s"));

    // Six weeks from 50 days ago: the last day was 9 days ago.
    let start = today_plus(-50);
    std::fs::write(&file, routine(start)).expect("write");
    let late = run(&file, dir.path(), "n\n\n4\n");
    let out = text(&late.stdout);
    let end = start.checked_add(41.days()).expect("date");
    assert!(
        out.contains(&format!(
            "Ended {end} (9 days ago) · this session follows week 6 · phase 2 of 2."
        )),
        "{out}"
    );
    assert!(out.contains("Hold 1/1: calf, 2 s"));
    let weeks: Vec<Option<u8>> = sessions(dir.path()).into_iter().map(|s| s.0).collect();
    assert_eq!(weeks, vec![Some(1), Some(6)]);
}

#[test]
fn plain_mode_asks_the_overall_pain_around_the_holds_and_keeps_a_note() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("calf.toml");
    let written = routine(today_plus(0)).replace(
        "name = \"Home calf\"\n",
        "name = \"Home calf\"\nsession_rating = true\n",
    );
    std::fs::write(&file, written).expect("write");
    // The stop rules, the pain before (which begins), the hold's rating, the pain after, a
    // note; typed all at once, as a script would.
    let done = run(&file, dir.path(), "n\n6\n4\n11\n3\nleft hand tingled\n");
    assert_eq!(done.status.code(), Some(0), "{}", text_of(&done));
    let out = text(&done.stdout);
    let order = [
        "Overall pain now, from 0 (no pain) to 10 (worst imaginable): type it and Enter to begin",
        "Overall pain 6/10.",
        "Hold 1/1: calf, 1 s",
        "Rated 4/10.",
        "Session complete",
        "Overall pain now, from 0 (no pain) to 10 (worst imaginable), or s to skip:",
        "Type a number from 0 (no pain) to 10",
        "Overall pain 3/10.",
        "A note for your therapist (one line), or Enter for none:",
        "Note kept with this session.",
    ];
    let mut from = 0;
    for line in order {
        let at = out[from..]
            .find(line)
            .unwrap_or_else(|| panic!("{line:?} missing after byte {from}:\n{out}"));
        from += at + line.len();
    }
    let db = rusqlite::Connection::open(dir.path().join("history.db")).expect("history");
    let kept: (Option<u8>, Option<u8>, Option<String>) = db
        .query_row(
            "SELECT pain_before, pain_after, note FROM session",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .expect("one session");
    assert_eq!(
        kept,
        (Some(6), Some(3), Some("left hand tingled".to_owned()))
    );

    // At the end of input nothing more is asked, and nothing is made up.
    let quiet = run(&file, dir.path(), "s\n4\n");
    assert_eq!(quiet.status.code(), Some(0), "{}", text_of(&quiet));
    let last: (Option<u8>, Option<u8>, Option<String>) = db
        .query_row(
            "SELECT pain_before, pain_after, note FROM session ORDER BY id DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .expect("a second session");
    assert_eq!(last, (None, None, None));
}

fn text_of(output: &Output) -> String {
    format!("{}{}", text(&output.stdout), text(&output.stderr))
}

/// The Python that has the `fhir.resources` models: `KNEAD_TEST_PYTHON`, else the one
/// `scripts/install-deps --test` sets up in `target/test-python`. `None` (the test skips)
/// only outside CI.
fn fhir_python() -> Option<std::path::PathBuf> {
    let python = std::env::var_os("KNEAD_TEST_PYTHON").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("target/test-python/bin/python"),
        std::path::PathBuf::from,
    );
    let found = Command::new(&python)
        .args(["-c", "import fhir.resources"])
        .output()
        .is_ok_and(|o| o.status.success());
    if found {
        return Some(python);
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "fhir.resources is not installed under CI (scripts/install-deps --test installs it)"
    );
    eprintln!("skipping: fhir.resources is not installed (scripts/install-deps --test)");
    None
}

#[test]
fn the_fhir_export_is_a_valid_r4_bundle_of_the_prescribed_sessions() {
    let Some(python) = fhir_python() else {
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("calf.toml");
    // Week 6 of 6, the last of phase 2, with one session a week: this session closes the
    // programme, so the global impression is asked.
    let written = routine(today_plus(-36))
        .replace(
            "name = \"Home calf\"\n",
            "name = \"Home calf\"\nsession_rating = true\n",
        )
        .replace("per_week = 4\n", "per_week = 1\n")
        .replace(
            "[prescription]\n",
            "[prescription]\nclient = \"maria\"\nactivities = [\"walking the dog\"]\n\
             pgic = true\n",
        );
    std::fs::write(&file, written).expect("write");
    // The stop rule, the overall pain, the activity, the hold, the overall pain, the global
    // impression (this session closes the programme), the note.
    let done = run(&file, dir.path(), "n\n6\n5\n4\n3\n2\nleft hand tingled\n");
    assert_eq!(done.status.code(), Some(0), "{}", text_of(&done));
    let export = export(dir.path(), "fhir");
    assert_eq!(export.status.code(), Some(0), "{}", text_of(&export));
    let bundle_path = dir.path().join("bundle.json");
    std::fs::write(&bundle_path, &export.stdout).expect("write");
    let validator = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fhir/validate.py");
    let checked = Command::new(&python)
        .arg(&validator)
        .arg(&bundle_path)
        .output()
        .expect("python runs");
    assert!(checked.status.success(), "{}", text_of(&checked));
    // One patient, one session, its request, the hold's rating, the two overall ones, the
    // activities and the global impression.
    assert_eq!(
        text(&checked.stdout),
        "Observation 5\nPatient 1\nProcedure 1\nServiceRequest 1\n"
    );

    let bundle: serde_json::Value = serde_json::from_slice(&export.stdout).expect("JSON");
    let resources: Vec<&serde_json::Value> = bundle["entry"]
        .as_array()
        .expect("entries")
        .iter()
        .map(|e| &e["resource"])
        .collect();
    let find = |kind: &str| {
        resources
            .iter()
            .find(|r| r["resourceType"] == kind)
            .copied()
            .expect(kind)
    };
    assert_eq!(find("Patient")["name"][0]["text"], "maria");
    let request = find("ServiceRequest");
    assert_eq!(request["code"]["coding"][0]["code"], "229065009");
    assert_eq!(
        request["occurrencePeriod"]["start"],
        today_plus(-36).to_string()
    );
    assert_eq!(request["requester"]["display"], "J. Ortiz, PT");
    let procedure = find("Procedure");
    assert_eq!(procedure["status"], "completed");
    assert_eq!(
        procedure["note"][1]["text"],
        "Stop rules asked before the session: no"
    );
    assert_eq!(procedure["note"][2]["text"], "left hand tingled");
    // The overall pain before and after are told apart by code, not by a note.
    let overall: Vec<&str> = resources
        .iter()
        .filter(|r| r["resourceType"] == "Observation")
        .filter_map(|r| r["code"]["coding"][1]["code"].as_str())
        .collect();
    assert_eq!(overall, ["overall-pain-before", "overall-pain-after"]);
    for resource in &resources {
        let identifier = &resource["identifier"][0];
        assert!(
            identifier["system"]
                .as_str()
                .is_some_and(|s| s.starts_with("urn:knead:"))
                && identifier["value"].is_string(),
            "{resource}"
        );
        if resource["resourceType"] == "Observation" {
            assert_eq!(resource["category"][0]["coding"][0]["code"], "survey");
        }
    }
    measures_in(&resources);

    // The validator is not one that passes anything: a rating that is not a number fails.
    let broken = String::from_utf8(export.stdout).expect("utf-8").replacen(
        "\"valueInteger\": 4",
        "\"valueInteger\": \"four\"",
        1,
    );
    std::fs::write(&bundle_path, broken).expect("write");
    let refused = Command::new(&python)
        .arg(&validator)
        .arg(&bundle_path)
        .output()
        .expect("python runs");
    assert!(!refused.status.success(), "{}", text_of(&refused));
}

/// The Observations' values in order (the overall pain before and after, the activities,
/// the change, the hold), the activity rated 5 and the global impression answered 2.
fn measures_in(resources: &[&serde_json::Value]) {
    let values: Vec<Option<u64>> = resources
        .iter()
        .filter(|r| r["resourceType"] == "Observation")
        .map(|r| r["valueInteger"].as_u64())
        .collect();
    assert_eq!(
        values,
        [Some(6), Some(3), None, None, Some(4)],
        "before, after, the activities, the change, then the hold"
    );
    let coded = |code: &str| {
        resources
            .iter()
            .find(|r| r["code"]["coding"][0]["code"] == code)
            .copied()
            .expect(code)
    };
    assert_eq!(coded("psfs")["component"][0]["valueInteger"], 5);
    assert_eq!(
        coded("pgic")["valueCodeableConcept"]["coding"][0]["code"],
        "2"
    );
}

#[test]
fn list_shows_the_length_of_todays_phase() {
    let dir = tempfile::tempdir().expect("tempdir");
    let routines = dir.path().join("knead/routines");
    std::fs::create_dir_all(&routines).expect("mkdir");
    let list = |start: jiff::civil::Date| {
        std::fs::write(routines.join("calf.toml"), routine(start)).expect("write");
        let out = Command::new(env!("CARGO_BIN_EXE_knead"))
            .arg("list")
            .env("XDG_CONFIG_HOME", dir.path())
            .output()
            .expect("runs");
        text(&out.stdout)
            .lines()
            .find(|l| l.trim_start().starts_with("calf "))
            .expect("the routine's row")
            .to_owned()
    };
    // Week 1 holds 1 s, week 3 (phase 2) 2 s, as the session that day runs them.
    assert!(list(today_plus(-1)).contains("1 step, 1 hold, 1s"));
    assert!(list(today_plus(-15)).contains("1 step, 1 hold, 2s"));
}
