//! The history as people rely on it: nothing confirmed is lost when knead is killed, two
//! knead processes at once both keep everything, and a history that cannot be used never
//! stops a session or gets overwritten.

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

mod common;

use common::{four_holds_in, stored};

fn spawn(routine: &Path, data: &Path, stdin: &str) -> Child {
    let home = routine.parent().expect("routine folder");
    let mut child = Command::new(env!("CARGO_BIN_EXE_knead"))
        .args(["run", "--plain"])
        .arg(routine)
        .env("KNEAD_DATA_DIR", data)
        .env("ALSA_CONFIG_PATH", "/dev/null")
        .env("XDG_STATE_HOME", home)
        .env("XDG_CONFIG_HOME", home)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("knead starts");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
        .expect("input");
    child
}

#[test]
fn every_confirmed_rating_survives_kill_9_at_twenty_random_moments() {
    let dir = tempfile::tempdir().expect("tempdir");
    let routine = four_holds_in(dir.path());
    // A fixed pseudo-random sequence, so a failure can be reproduced.
    let mut seed: u64 = 0x5eed_cafe;
    for round in 0..20 {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        let delay = Duration::from_millis(50 + (seed >> 33) % 4200);
        let data = dir.path().join(format!("round-{round}"));
        let mut child = spawn(&routine, &data, "\n7\n5\n6\n3\n");
        let stdout = child.stdout.take().expect("stdout");
        let reader = std::thread::spawn(move || {
            BufReader::new(stdout)
                .lines()
                .map_while(Result::ok)
                .collect::<Vec<_>>()
        });
        std::thread::sleep(delay);
        child.kill().expect("SIGKILL");
        let _ = child.wait();
        let lines = reader.join().expect("reader");
        let confirmed: Vec<u8> = lines
            .iter()
            .filter_map(|l| l.strip_prefix("Rated ")?.strip_suffix("/10.")?.parse().ok())
            .collect();
        if !data.join("history.db").exists() {
            assert!(
                confirmed.is_empty(),
                "round {round}: ratings confirmed but no history"
            );
            continue;
        }
        let (ratings, outcomes) = stored(&data);
        for (hold, &value) in confirmed.iter().enumerate() {
            let hold = u32::try_from(hold).expect("small");
            assert!(
                ratings.contains(&(hold, Some(value))),
                "round {round} (killed after {delay:?}): rating {value} of hold {hold} lost; stored {ratings:?}"
            );
        }
        let finished = lines.iter().any(|l| l.starts_with("Session complete"));
        let expected = if finished { "completed" } else { "interrupted" };
        assert!(
            outcomes.iter().all(|o| o == expected),
            "round {round}: {outcomes:?}, finished {finished}"
        );
    }
}

#[test]
fn two_knead_processes_at_once_both_keep_all_their_records() {
    let dir = tempfile::tempdir().expect("tempdir");
    let routine = four_holds_in(dir.path());
    let data = dir.path().join("shared");
    let first = spawn(&routine, &data, "\n1\n2\n3\n4\n");
    let second = spawn(&routine, &data, "\n5\n6\n7\n8\n");
    let mut said = String::new();
    for child in [first, second] {
        let output = child.wait_with_output().expect("ends");
        assert!(output.status.success());
        said.push_str(&String::from_utf8_lossy(&output.stdout));
    }
    let (ratings, outcomes) = stored(&data);
    assert_eq!(outcomes, vec!["completed", "completed"], "{said}");
    let mut values: Vec<u8> = ratings.iter().filter_map(|&(_, r)| r).collect();
    values.sort_unstable();
    assert_eq!(values, vec![1, 2, 3, 4, 5, 6, 7, 8]);
}

#[test]
fn an_unusable_data_folder_says_so_and_the_session_still_runs() {
    let dir = tempfile::tempdir().expect("tempdir");
    let routine = four_holds_in(dir.path());
    let file = dir.path().join("a-file");
    std::fs::write(&file, "not a folder").expect("write");
    let output = spawn(&routine, &file.join("knead"), "\n4\n3\n2\n1\n")
        .wait_with_output()
        .expect("ends");
    let out = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{out}");
    assert!(
        out.contains("Note: this session is not being saved: cannot open "),
        "{out}"
    );
    assert!(out.contains("Session complete: 4 of 4 holds done"), "{out}");
    assert!(
        out.contains("rated 4/10") && out.contains("rated 1/10"),
        "{out}"
    );
}

#[test]
fn a_damaged_history_is_never_overwritten() {
    let dir = tempfile::tempdir().expect("tempdir");
    let routine = four_holds_in(dir.path());
    let data = dir.path().join("data");
    std::fs::create_dir_all(&data).expect("mkdir");
    let damaged: Vec<u8> = b"SQLite format 3\0"
        .iter()
        .copied()
        .chain((0..8192u32).map(|i| (i % 251) as u8))
        .collect();
    std::fs::write(data.join("history.db"), &damaged).expect("write");
    let output = spawn(&routine, &data, "\n4\n3\n2\n1\n")
        .wait_with_output()
        .expect("ends");
    let out = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{out}");
    assert!(
        out.contains("Note: this session is not being saved: "),
        "{out}"
    );
    assert!(out.contains("it was left as it is"), "{out}");
    assert_eq!(
        std::fs::read(data.join("history.db")).expect("read"),
        damaged
    );
}

/// A history in `dir/mine` with one session of four holds, rated 7, 5, 6 and 3.
fn one_session_in(dir: &Path) -> std::path::PathBuf {
    let routine = four_holds_in(dir);
    let mine = dir.join("mine");
    assert!(
        spawn(&routine, &mine, "\n7\n5\n6\n3\n")
            .wait_with_output()
            .expect("ends")
            .status
            .success()
    );
    mine
}

/// `knead --data-dir DATA ARGS...`, its output.
fn knead(data: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_knead"))
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .output()
        .expect("runs")
}

#[test]
fn a_json_export_imports_into_a_named_history_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mine = one_session_in(dir.path());
    let export = knead(&mine, &["export", "--format", "json"]);
    assert!(export.status.success());
    let file = dir.path().join("export.json");
    std::fs::write(&file, &export.stdout).expect("write");

    let therapist = dir.path().join("therapist");
    let path = file.to_str().expect("utf-8");
    let first = knead(&therapist, &["import", path, "--client", "Ann B"]);
    assert_eq!(
        String::from_utf8_lossy(&first.stdout).trim(),
        "imported 1 session and 4 holds for Ann B (0 holds were already there)"
    );
    let again = knead(&therapist, &["import", path, "--client", "Ann B"]);
    assert_eq!(
        String::from_utf8_lossy(&again.stdout).trim(),
        "imported 0 sessions and 0 holds for Ann B (4 holds were already there)"
    );

    // The client's export is the same rows, under the client's name.
    let theirs = knead(
        &therapist,
        &["export", "--format", "json", "--client", "Ann B"],
    );
    let ours: serde_json::Value = serde_json::from_slice(&export.stdout).expect("json");
    let mut theirs: serde_json::Value = serde_json::from_slice(&theirs.stdout).expect("json");
    for hold in theirs["holds"].as_array_mut().expect("holds") {
        assert_eq!(hold["client"], "Ann B");
        hold["client"] = "".into();
    }
    assert_eq!(ours, theirs);
    // The therapist's own history stays empty.
    let own = knead(&therapist, &["export", "--format", "csv"]);
    assert_eq!(
        String::from_utf8_lossy(&own.stdout).lines().count(),
        1,
        "only the header"
    );
}

#[test]
fn an_import_that_looks_like_a_client_already_here_asks_for_as_new() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mine = one_session_in(dir.path());
    let export = knead(&mine, &["export", "--format", "json"]);
    let file = dir.path().join("export.json");
    std::fs::write(&file, &export.stdout).expect("write");
    let path = file.to_str().expect("utf-8");
    let therapist = dir.path().join("therapist");
    let said = |o: &std::process::Output| String::from_utf8_lossy(&o.stderr).into_owned();
    let sessions = |client: &str| {
        let out = knead(
            &therapist,
            &["export", "--format", "json", "--client", client],
        );
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_default();
        json["holds"].as_array().map_or(0, Vec::len)
    };

    assert!(
        knead(&therapist, &["import", path, "--client", "María Pérez"])
            .status
            .success()
    );
    // The same sessions again, under the name without accents: refused, nothing written.
    let again = knead(&therapist, &["import", path, "--client", "maria perez"]);
    assert_eq!(again.status.code(), Some(1));
    assert!(
        said(&again).contains(
            "a client named \u{201c}María Pérez\u{201d} is already here: if this is the same \
             person, import with --client \"María Pérez\"; if it is someone else, add --as-new"
        ),
        "{}",
        said(&again)
    );
    // Under another name altogether: the sessions themselves give it away.
    let other = knead(&therapist, &["import", path, "--client", "M. P."]);
    assert_eq!(other.status.code(), Some(1));
    assert!(
        said(&other)
            .contains("this session is already in the history of \u{201c}María Pérez\u{201d}"),
        "{}",
        said(&other)
    );
    assert_eq!(sessions("M. P."), 0, "nothing written");
    // Another person after all.
    let new = knead(
        &therapist,
        &["import", path, "--client", "M. P.", "--as-new"],
    );
    assert!(new.status.success(), "{}", said(&new));
    assert_eq!(sessions("M. P."), 4);
    // The same name again merges, as before.
    assert!(
        knead(&therapist, &["import", path, "--client", "María Pérez"])
            .status
            .success()
    );
}

#[test]
fn an_export_from_before_spots_imports_with_its_spots_recognised() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mine = one_session_in(dir.path());
    let export = knead(&mine, &["export", "--format", "json"]);
    let mut json: serde_json::Value = serde_json::from_slice(&export.stdout).expect("json");
    assert_eq!(json["version"], 7);
    // The routine ran from a file in a folder of the person's; only its name leaves.
    for hold in json["holds"].as_array().expect("holds") {
        let path = hold["routine_path"].as_str().expect("a path");
        assert!(
            !path.contains('/')
                && std::path::Path::new(path)
                    .extension()
                    .is_some_and(|e| e == "toml"),
            "{path}"
        );
        assert_eq!(hold["holds_planned"], 4);
        assert!(
            hold["utc_offset"]
                .as_str()
                .is_some_and(|o| o.starts_with("UTC") && o.len() == 9),
            "{hold}"
        );
    }
    let spots: Vec<&str> = json["holds"]
        .as_array()
        .expect("holds")
        .iter()
        .map(|h| h["spot"].as_str().expect("a spot"))
        .collect();
    assert_eq!(
        spots,
        ["calf:left", "calf:left", "calf:right", "calf:right"]
    );
    let csv = knead(&mine, &["export", "--format", "csv"]);
    let header = String::from_utf8_lossy(&csv.stdout);
    assert!(
        header
            .lines()
            .next()
            .expect("header")
            .contains(",side,spot,")
    );

    // The same session as version 1 wrote it: no spot, and the region in other words.
    json["version"] = 1.into();
    for hold in json["holds"].as_array_mut().expect("holds") {
        hold.as_object_mut().expect("object").remove("spot");
        hold["region"] = "Calves".into();
    }
    let old = dir.path().join("old.json");
    std::fs::write(&old, json.to_string()).expect("write");
    let therapist = dir.path().join("therapist");
    let imported = knead(
        &therapist,
        &["import", old.to_str().expect("utf-8"), "--client", "Ann"],
    );
    assert!(
        imported.status.success(),
        "{}",
        String::from_utf8_lossy(&imported.stderr)
    );
    let theirs = knead(
        &therapist,
        &["export", "--format", "json", "--client", "Ann"],
    );
    let theirs: serde_json::Value = serde_json::from_slice(&theirs.stdout).expect("json");
    let holds = theirs["holds"].as_array().expect("holds");
    assert_eq!(holds[0]["region"], "Calves", "the text is kept as written");
    assert_eq!(holds[0]["spot"], "calf:left");
    assert_eq!(holds[3]["spot"], "calf:right");

    // A version no knead wrote yet is refused, and called newer, not foreign.
    json["version"] = 99.into();
    std::fs::write(&old, json.to_string()).expect("write");
    let newer = knead(
        &therapist,
        &["import", old.to_str().expect("utf-8"), "--client", "Ann"],
    );
    assert!(!newer.status.success());
    let said = String::from_utf8_lossy(&newer.stderr);
    assert!(
        said.contains("version 99 of the format, newer than this knead reads (up to 7)")
            && !said.contains("not a knead history export"),
        "{said}"
    );

    // A field left empty (null) is named, with the hold it is in.
    json["version"] = 4.into();
    json["holds"][2]["region"] = serde_json::Value::Null;
    std::fs::write(&old, json.to_string()).expect("write");
    let null = knead(
        &therapist,
        &["import", old.to_str().expect("utf-8"), "--client", "Ann"],
    );
    assert!(!null.status.success());
    let said = String::from_utf8_lossy(&null.stderr);
    assert!(
        said.contains("hold 3's region: invalid type: null, expected a string")
            && !said.contains("at line 1 column"),
        "{said}"
    );
}

#[test]
fn the_summary_compares_with_the_last_session_of_the_same_routine() {
    let dir = tempfile::tempdir().expect("tempdir");
    let routine = four_holds_in(dir.path());
    let data = dir.path().join("data");
    let first = spawn(&routine, &data, "\n7\n5\n6\n3\n")
        .wait_with_output()
        .expect("ends");
    assert!(!String::from_utf8_lossy(&first.stdout).contains("last time"));
    let second = spawn(&routine, &data, "\n4\n4\n5\n2\n")
        .wait_with_output()
        .expect("ends");
    let out = String::from_utf8_lossy(&second.stdout);
    // Each spot is compared with its last rating the time before (left: 5, right: 3).
    assert!(
        out.contains("1. calf, left, rep 1/2: held 1.0s, rated 4/10 (last time 5)"),
        "{out}"
    );
    assert!(
        out.contains("4. calf, right, rep 2/2: held 1.0s, rated 2/10 (last time 3)"),
        "{out}"
    );
}

#[test]
fn a_client_or_routine_that_matches_nothing_says_what_there_is_and_a_csv_import_says_why_not() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mine = one_session_in(dir.path());
    let json = knead(&mine, &["export", "--format", "json"]);
    let file = dir.path().join("export.json");
    std::fs::write(&file, &json.stdout).expect("write");
    let path = file.to_str().expect("utf-8");
    let therapist = dir.path().join("therapist");
    assert!(
        knead(&therapist, &["import", path, "--client", "maria"])
            .status
            .success()
    );

    let out = dir.path().join("r.html");
    let report = knead(
        &therapist,
        &[
            "report",
            "--client",
            "mara",
            "--out",
            out.to_str().expect("utf-8"),
        ],
    );
    assert_eq!(report.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&report.stderr).trim(),
        "knead: no client named \"mara\". Did you mean \"maria\"? There are: maria."
    );
    assert!(!out.exists(), "no empty report is written");

    // The routine by its title or by the name `knead run` takes; anything else is refused.
    for name in ["Four holds", "four-holds"] {
        let export = knead(&mine, &["export", "--format", "csv", "--routine", name]);
        assert!(export.status.success(), "{name}");
        assert_eq!(
            String::from_utf8_lossy(&export.stdout).lines().count(),
            1 + 4,
            "{name}"
        );
    }
    let wrong = knead(
        &mine,
        &["export", "--format", "csv", "--routine", "four hold"],
    );
    assert_eq!(wrong.status.code(), Some(2));
    let said = String::from_utf8_lossy(&wrong.stderr);
    assert!(
        said.contains("no routine named \"four hold\". Did you mean \"Four holds\"?")
            && said.contains("There are: Four holds, four-holds."),
        "{said}"
    );

    let csv = knead(&mine, &["export", "--format", "csv"]);
    let csv_file = dir.path().join("export.csv");
    std::fs::write(&csv_file, &csv.stdout).expect("write");
    let imported = knead(
        &therapist,
        &[
            "import",
            csv_file.to_str().expect("utf-8"),
            "--client",
            "ann",
        ],
    );
    assert!(!imported.status.success());
    assert!(
        String::from_utf8_lossy(&imported.stderr).contains(
            "this is a CSV export; import reads the JSON one: ask for `knead export --format json`"
        ),
        "{}",
        String::from_utf8_lossy(&imported.stderr)
    );
}

#[test]
fn a_note_on_a_session_quit_before_any_hold_reaches_the_therapist() {
    let dir = tempfile::tempdir().expect("tempdir");
    let routine = dir.path().join("rx.toml");
    std::fs::write(
        &routine,
        "name = \"Neck rx\"\n\n[[step]]\nregion = \"upper trapezius\"\ntool = \"ball\"\n\
         hold = \"30s\"\n\n[prescription]\nstart = \"2026-01-05\"\nweeks = 52\nper_week = 3\n",
    )
    .expect("write routine");
    let mine = dir.path().join("mine");
    // Begin, quit during the first get-ready, say yes, then the note.
    let run = spawn(&routine, &mine, "\nq\ny\nneck too sore to start\n")
        .wait_with_output()
        .expect("ends");
    let said = String::from_utf8_lossy(&run.stdout);
    assert!(run.status.success(), "{said}");
    assert!(said.contains("0 of 1 hold done"), "{said}");
    assert!(said.contains("Note kept"), "{said}");

    let csv = knead(&mine, &["export", "--format", "csv"]);
    let csv = String::from_utf8_lossy(&csv.stdout);
    let mut lines = csv.lines();
    let header: Vec<&str> = lines.next().expect("header").split(',').collect();
    let row: Vec<&str> = lines
        .next()
        .expect("the session's row")
        .split(',')
        .collect();
    let cell = |name: &str| row[header.iter().position(|h| *h == name).expect(name)];
    assert_eq!(cell("note"), "neck too sore to start");
    assert_eq!(cell("session_outcome"), "quit");
    assert_eq!(cell("hold_index"), "", "no hold");

    let export = knead(&mine, &["export", "--format", "json"]);
    let file = dir.path().join("export.json");
    std::fs::write(&file, &export.stdout).expect("write");
    let therapist = dir.path().join("therapist");
    let path = file.to_str().expect("utf-8");
    let import = knead(&therapist, &["import", path, "--client", "Ana"]);
    assert!(
        String::from_utf8_lossy(&import.stdout).contains("imported 1 session and 0 holds"),
        "{}",
        String::from_utf8_lossy(&import.stdout)
    );
    let theirs = knead(
        &therapist,
        &["export", "--format", "csv", "--client", "Ana"],
    );
    assert!(
        String::from_utf8_lossy(&theirs.stdout).contains("neck too sore to start"),
        "the note came back with the import"
    );
}
