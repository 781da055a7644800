//! `knead check`, `list` and `schema` as a user runs them: the built binary, its output and
//! its exit code.

use std::path::Path;

use assert_cmd::Command;
use serde_json::Value;

fn knead() -> Command {
    let mut cmd = Command::cargo_bin("knead").expect("binary is built");
    // Keep the user's own routines folder out of the tests.
    cmd.env("XDG_CONFIG_HOME", env!("CARGO_TARGET_TMPDIR"))
        .env("NO_COLOR", "1");
    cmd
}

fn relative(path: &Path) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    path.strip_prefix(root)
        .unwrap_or(path)
        .display()
        .to_string()
}

#[test]
fn every_invalid_fixture_fails_with_the_exact_message() {
    insta::glob!("fixtures/invalid/*.toml", |path| {
        let output = knead()
            .arg("check")
            .arg(relative(path))
            .output()
            .expect("runs");
        assert_eq!(output.status.code(), Some(1), "{}", path.display());
        let stdout = String::from_utf8(output.stdout).expect("utf-8");
        assert!(stdout.starts_with("tests/fixtures/invalid/"), "{stdout}");
        insta::assert_snapshot!(stdout);
    });
}

#[test]
fn warnings_alone_pass_and_are_printed() {
    let output = knead()
        .args(["check", "tests/fixtures/valid/clinical-warnings.toml"])
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(0));
    insta::assert_snapshot!(String::from_utf8(output.stdout).expect("utf-8"));
}

/// The bundled routines' files: English's in `routines/`, the other languages' in
/// `routines/LANG/`.
fn routine_files() -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for dir in ["routines", "routines/de", "routines/es", "routines/fr"] {
        for entry in std::fs::read_dir(dir).expect("routines/") {
            let path = entry.expect("entry").path();
            if path.is_file() {
                files.push(path);
            }
        }
    }
    files
}

#[test]
fn bundled_routine_files_all_pass_with_a_summary_line() {
    let mut files: Vec<String> = routine_files()
        .iter()
        .map(|p| p.display().to_string())
        .collect();
    files.sort();
    assert_eq!(files.len(), 32, "8 routines in 4 languages: {files:?}");
    let output = knead().arg("check").args(&files).output().expect("runs");
    let stdout = String::from_utf8(output.stdout).expect("utf-8");
    assert_eq!(output.status.code(), Some(0), "{stdout}");
    assert!(
        stdout.contains("routines/desk-neck.toml: valid: 3 steps, 5 holds, 4m50s\n"),
        "{stdout}"
    );
    assert!(stdout.ends_with(&format!(
        "checked {0} files: {0} valid, 0 with errors\n",
        files.len()
    )));
}

#[test]
fn check_without_files_checks_every_known_routine() {
    let output = knead().arg("check").output().expect("runs");
    let stdout = String::from_utf8(output.stdout).expect("utf-8");
    assert_eq!(output.status.code(), Some(0), "{stdout}");
    assert!(
        stdout.contains("bundled/post-run-legs.toml: valid: 4 steps, 8 holds"),
        "{stdout}"
    );
}

#[test]
fn one_bad_file_among_good_ones_fails_the_run_and_reports_both() {
    let output = knead()
        .args([
            "check",
            "routines/desk-neck.toml",
            "tests/fixtures/invalid/duration-zero.toml",
            "desk-neck",
        ])
        .output()
        .expect("runs");
    let stdout = String::from_utf8(output.stdout).expect("utf-8");
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stdout.contains(
            "duration-zero.toml:6:8: error: hold must be between 1s and 60m, found \"0s\""
        )
    );
    assert!(
        stdout.contains("checked 3 files: 2 valid, 1 with errors"),
        "{stdout}"
    );
}

#[test]
fn missing_file_and_unknown_name_are_errors_not_crashes() {
    let output = knead()
        .args(["check", "nowhere/missing.toml", "no-such-routine"])
        .output()
        .expect("runs");
    let stdout = String::from_utf8(output.stdout).expect("utf-8");
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stdout.contains("nowhere/missing.toml: error: cannot read the file: there is no such file"),
        "{stdout}"
    );
    assert!(!stdout.contains("os error"), "{stdout}");
    assert!(
        stdout.contains("no-such-routine: error: no routine named \"no-such-routine\""),
        "{stdout}"
    );
}

#[test]
fn usage_errors_exit_with_2() {
    let output = knead()
        .args(["check", "--format", "yaml"])
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("yaml"));
    assert_eq!(
        knead()
            .arg("frobnicate")
            .output()
            .expect("runs")
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn json_format_gives_file_severity_line_column_and_message() {
    let output = knead()
        .args([
            "check",
            "--format",
            "json",
            "tests/fixtures/invalid/bad-choices.toml",
            "routines/feet-plantar.toml",
        ])
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(1));
    let report: Value = serde_json::from_slice(&output.stdout).expect("valid JSON");
    let first = &report["diagnostics"][0];
    assert_eq!(first["file"], "tests/fixtures/invalid/bad-choices.toml");
    assert_eq!(first["severity"], "error");
    assert_eq!(
        (first["line"].as_u64(), first["column"].as_u64()),
        (Some(7), Some(8))
    );
    assert_eq!(
        first["message"],
        "side must be \"none\", \"left\", \"right\" or \"both\", found \"bth\""
    );
    assert_eq!(first["help"], "did you mean \"both\"?");
    assert_eq!(report["diagnostics"].as_array().map(Vec::len), Some(2));
    assert_eq!(report["files"][1]["valid"], true);
    assert_eq!(report["files"][1]["holds"], 6);
}

#[test]
fn committed_schema_matches_knead_schema() {
    let output = knead().arg("schema").output().expect("runs");
    assert_eq!(output.status.code(), Some(0));
    let committed = std::fs::read_to_string("schema/routine.schema.json").expect("schema file");
    assert_eq!(
        String::from_utf8(output.stdout).expect("utf-8"),
        committed,
        "schema/routine.schema.json is stale: run `cargo run -- schema > schema/routine.schema.json`"
    );
}

fn schema_validator() -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string("schema/routine.schema.json").expect("schema"),
    )
    .expect("schema is JSON");
    jsonschema::validator_for(&schema).expect("schema compiles")
}

/// A TOML document as the JSON an editor checks against the schema: dates become strings,
/// as taplo treats them.
fn toml_as_json(text: &str) -> Value {
    #[expect(clippy::wildcard_enum_match_arm, reason = "toml's own value type")]
    fn convert(value: toml::Value) -> Value {
        match value {
            toml::Value::Datetime(d) => Value::String(d.to_string()),
            toml::Value::Array(items) => Value::Array(items.into_iter().map(convert).collect()),
            toml::Value::Table(table) => {
                Value::Object(table.into_iter().map(|(k, v)| (k, convert(v))).collect())
            }
            other => serde_json::to_value(other).expect("JSON"),
        }
    }
    convert(toml::from_str(text).expect("TOML"))
}

#[test]
fn a_prescription_is_checked_and_its_plan_printed_phase_by_phase() {
    let output = knead()
        .args(["check", "tests/fixtures/prescription.toml"])
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        String::from_utf8(output.stdout).expect("utf-8"),
        "tests/fixtures/prescription.toml: valid: 3 steps, 5 holds, 5m10s\n  \
         prescription: 6 weeks from Mon 2026-11-02 to Sun 2026-12-13, 4 sessions a week, by J. Ortiz, PT, for maria\n    \
         phase 1, weeks 1-2: as written · 3 steps, 5 holds, 5m10s\n      \
         step 1 upper trapezius: hold 45s, rest 15s, 1 rep\n      \
         step 2 levator scapulae: hold 45s, rest 15s, 1 rep\n      \
         step 3 infraspinatus: hold 45s, rest 15s, 1 rep\n    \
         phase 2, weeks 3-4: hold 1m · 3 steps, 5 holds, 6m25s\n      \
         step 1 upper trapezius: hold 1m, rest 15s, 1 rep\n      \
         step 2 levator scapulae: hold 1m, rest 15s, 1 rep\n      \
         step 3 infraspinatus: hold 1m, rest 15s, 1 rep\n    \
         phase 3, weeks 5-6: hold 1m15s (steps 1, 2); reps 2 (step 3) · 3 steps, 6 holds, 8m15s\n      \
         step 1 upper trapezius: hold 1m15s, rest 15s, 1 rep\n      \
         step 2 levator scapulae: hold 1m15s, rest 15s, 1 rep\n      \
         step 3 infraspinatus: hold 45s, rest 15s, 2 reps (shorter than phase 2's 1m: this phase \
         does not set its hold)\n    \
         stop if: numbness or tingling in the arm or hand\n    \
         stop if: pain that stays above 7 after the session\n"
    );
    let json = knead()
        .args([
            "check",
            "--format",
            "json",
            "tests/fixtures/prescription.toml",
        ])
        .output()
        .expect("runs");
    let report: Value = serde_json::from_slice(&json.stdout).expect("JSON");
    let p = &report["files"][0]["prescription"];
    assert_eq!(p["end"], "2026-12-13");
    assert_eq!(p["phases"][2]["from_week"], 5);
    assert_eq!(p["phases"][2]["holds"], 6);
    assert_eq!(p["phases"][1]["total_seconds"], 385);
}

#[test]
fn the_schema_knows_the_prescription() {
    let validator = schema_validator();
    let good = std::fs::read_to_string("tests/fixtures/prescription.toml").expect("fixture");
    let errors: Vec<String> = validator
        .iter_errors(&toml_as_json(&good))
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    let bad = good.replace("from_week = 3", "from_week = 3\ntool = \"roller\"");
    assert!(
        !validator.is_valid(&toml_as_json(&bad)),
        "a phase cannot change the tool"
    );
    let bad = good.replace("weeks = 6", "weeks = 60");
    assert!(!validator.is_valid(&toml_as_json(&bad)));
}

#[test]
fn schema_accepts_every_bundled_routine() {
    let validator = schema_validator();
    for path in routine_files() {
        let doc = toml_as_json(&std::fs::read_to_string(&path).expect("read"));
        let errors: Vec<String> = validator.iter_errors(&doc).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{}: {errors:?}", path.display());
    }
}

#[test]
fn schema_rejects_what_the_validator_rejects() {
    let validator = schema_validator();
    // Ranges inside duration strings ("0s") are beyond a schema pattern; `knead check` has them.
    for fixture in [
        "duration-spelled-out",
        "wrong-types",
        "unknown-keys",
        "out-of-range",
        "bad-choices",
    ] {
        let text = std::fs::read_to_string(format!("tests/fixtures/invalid/{fixture}.toml"))
            .expect("read");
        assert!(
            !validator.is_valid(&toml_as_json(&text)),
            "{fixture} should not match the schema"
        );
    }
}

#[test]
fn list_shows_bundled_and_user_routines_and_keeps_broken_ones() {
    let config = tempfile::tempdir().expect("tempdir");
    let dir = config.path().join("knead/routines");
    std::fs::create_dir_all(&dir).expect("mkdir");
    std::fs::copy("routines/feet-plantar.toml", dir.join("my-feet.toml")).expect("copy");
    std::fs::copy(
        "tests/fixtures/invalid/duration-zero.toml",
        dir.join("broken.toml"),
    )
    .expect("copy");
    std::fs::write(dir.join("notes.txt"), "not a routine").expect("write");

    let output = knead()
        .env("XDG_CONFIG_HOME", config.path())
        .arg("list")
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(0));
    let stdout = String::from_utf8(output.stdout).expect("utf-8");
    assert!(
        stdout.contains("desk-neck           3 steps, 5 holds, 4m50s"),
        "{stdout}"
    );
    assert!(
        stdout.contains("my-feet             2 steps, 6 holds, 7m15s   Feet: plantar fascia"),
        "{stdout}"
    );
    assert!(stdout.contains("broken              invalid: "), "{stdout}");
    assert!(
        stdout.contains("broken.toml:6:8: error: hold must be between 1s and 60m"),
        "{stdout}"
    );
    assert!(!stdout.contains("notes"), "{stdout}");

    // A user routine is found by name, ahead of bundled ones.
    let output = knead()
        .env("XDG_CONFIG_HOME", config.path())
        .args(["check", "broken"])
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(1));
}

/// Files built to hurt: nesting far past any real routine, a megabyte on one line, the most
/// steps and the longest holds the format allows. Each gets a short answer, never a crash or
/// a screenful of one line.
#[test]
fn limits_nesting_size_and_length_get_short_answers() {
    let dir = tempfile::tempdir().expect("tempdir");
    let step = "[[step]]\nregion = \"calf\"\ntool = \"ball\"\nhold = \"2m\"\nrest = \"30m\"\n";
    let hour = step.replace("2m", "60m");
    let cases: [(&str, String, i32); 7] = [
        (
            "deep arrays",
            format!("name = {}{}\n", "[".repeat(50_000), "]".repeat(50_000)),
            1,
        ),
        (
            "deep inline tables",
            format!("name = {}1{}\n", "{a=".repeat(50_000), "}".repeat(50_000)),
            1,
        ),
        (
            "long dotted key",
            format!("[{}]\n", vec!["a"; 20_000].join(".")),
            1,
        ),
        (
            "a megabyte on one line",
            format!("name = \"{}\"\n", "x".repeat(1024 * 1024 - 20)),
            1,
        ),
        (
            "500 steps of 32 minutes: 267 hours, refused",
            format!("name = \"Long\"\n{}", step.repeat(500)),
            1,
        ),
        (
            "an hour's hold (a warning)",
            format!("name = \"Long\"\n{hour}"),
            0,
        ),
        (
            "501 steps",
            format!("name = \"Long\"\n{}", step.repeat(501)),
            1,
        ),
    ];
    for (what, text, code) in cases {
        let file = dir.path().join("limit.toml");
        std::fs::write(&file, text).expect("write");
        let output = knead().arg("check").arg(&file).output().expect("runs");
        let said = String::from_utf8_lossy(&output.stdout);
        assert_eq!(output.status.code(), Some(code), "{what}: {said}");
        assert!(said.len() < 2048, "{what}: {} bytes of output", said.len());
        assert!(
            said.lines().all(|l| l.chars().count() < 200),
            "{what}: {said}"
        );
    }
}

/// A routine in a temporary file, checked as a user would.
fn check_text(text: &str) -> (Option<i32>, String) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("mine.toml");
    std::fs::write(&path, text).expect("write");
    let output = knead().arg("check").arg(&path).output().expect("runs");
    let stdout = String::from_utf8(output.stdout).expect("utf-8");
    (
        output.status.code(),
        stdout.replace(&path.display().to_string(), "mine.toml"),
    )
}

#[test]
fn regions_and_tools_are_recognised_and_slips_get_did_you_mean() {
    let (code, out) = check_text(
        "name = \"n\"\n[[step]]\nregion = \"Upper Traps\"\ntool = \"LACROSSE BALL\"\nhold = 60\nside = \"Left\"\n\
         [[step]]\nregion = \"uper trapezius\"\ntool = \"foam roler\"\nhold = 60\nside = \"BOTH\"\n\
         [[step]]\nregion = \"calfs\"\ntool = \"lacrosse bal\"\nhold = 60\n",
    );
    assert_eq!(code, Some(0), "{out}");
    assert!(
        out.contains("mine.toml:8:10: warning: knead does not know the region \"uper trapezius\""),
        "{out}"
    );
    assert!(
        out.contains("= help: did you mean \"upper trapezius\"?"),
        "{out}"
    );
    assert!(
        out.contains("= help: did you mean \"foam roller\"?"),
        "{out}"
    );
    assert!(out.contains("= help: did you mean \"calf\"?"), "{out}");
    assert!(
        out.contains("= help: did you mean \"lacrosse ball\"?"),
        "{out}"
    );
    assert!(
        !out.contains("Upper Traps"),
        "a known alias is not warned about: {out}"
    );
    assert!(out.contains("valid: 3 steps, 4 holds"), "{out}");
    assert!(out.contains("(4 warnings)"), "{out}");
}

#[test]
fn a_file_with_errors_still_shows_its_unknown_regions_and_tools() {
    let (code, out) = check_text(
        "name = \"n\"\nstop_abve = 7\n[[step]]\nregion = \"uper traps\"\ntool = \"lacrose ball\"\n\
         hold = \"abc\"\n",
    );
    assert_eq!(code, Some(1), "{out}");
    for said in [
        "error: unknown key \"stop_abve\"",
        "error: hold must be a duration",
        "warning: knead does not know the region \"uper traps\"",
        "warning: knead does not know the tool \"lacrose ball\"",
    ] {
        assert!(out.contains(said), "{said}: {out}");
    }
}

#[test]
fn the_schema_takes_any_case_of_a_word_and_requires_region_on_each_step() {
    let validator = schema_validator();
    let good = "name = \"n\"\n[[step]]\nregion = \"calf\"\ntool = \"ball\"\nhold = 60\nside = \"Left\"\nrelease = \"MANUAL\"\n";
    assert!(validator.is_valid(&toml_as_json(good)));
    assert_eq!(check_text(good).0, Some(0));
    let bad_word = good.replace("\"Left\"", "\"lefty\"");
    assert!(!validator.is_valid(&toml_as_json(&bad_word)));
    assert_eq!(check_text(&bad_word).0, Some(1));
    // Tool and hold may come from [defaults]; the region may not.
    let no_region =
        "name = \"n\"\n[defaults]\ntool = \"ball\"\nhold = 60\n[[step]]\nside = \"left\"\n";
    assert!(!validator.is_valid(&toml_as_json(no_region)));
    let (code, out) = check_text(no_region);
    assert_eq!(code, Some(1));
    assert!(out.contains("step 1 has no region"), "{out}");
    let defaults_only =
        "name = \"n\"\n[defaults]\ntool = \"ball\"\nhold = 60\n[[step]]\nregion = \"calf\"\n";
    assert!(validator.is_valid(&toml_as_json(defaults_only)));
}

#[test]
fn regions_lists_the_catalogue_and_shows_one_on_the_body() {
    let output = knead().arg("regions").output().expect("runs");
    assert_eq!(output.status.code(), Some(0));
    let list = String::from_utf8(output.stdout).expect("utf-8");
    assert!(list.lines().count() > 50, "{list}");
    assert!(list.contains("quadratus lumborum"), "{list}");
    assert!(list.contains("ql, qls"), "{list}");

    let output = knead()
        .args(["regions", "QL", "--glyphs", "ascii"])
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(0));
    let one = String::from_utf8(output.stdout).expect("utf-8");
    assert!(one.starts_with("quadratus lumborum\n"), "{one}");
    assert!(
        one.contains('#') && one.contains("back view, the left side marked"),
        "{one}"
    );
    // Seen from behind, the person's left is on the left: every mark left of the middle.
    let figure: Vec<&str> = one.lines().filter(|l| l.starts_with("  ")).collect();
    let width = figure.iter().map(|l| l.len()).max().unwrap_or(0);
    for line in &figure {
        if let Some(at) = line.find('#') {
            assert!(at < width / 2 + 1, "{line:?} in\n{one}");
        }
    }

    let output = knead()
        .args(["regions", "hamstrngs"])
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(1));
    let err = String::from_utf8(output.stderr).expect("utf-8");
    assert!(err.contains("did you mean \"hamstrings\"?"), "{err}");
}

/// Routine files at the edges of the format: the JSON Schema an editor checks with and
/// `knead check` must accept and reject the same ones, or a therapist's editor says a file is
/// fine that knead refuses (or the other way round).
#[test]
fn the_schema_and_the_checker_agree_at_the_edges() {
    let validator = schema_validator();
    let mut disagree = Vec::new();
    for (label, text) in &edge_files() {
        let knead = knead::routine::parse(text).routine.is_some();
        let schema = validator.is_valid(&toml_as_json(text));
        if knead != schema {
            disagree.push(format!("{label}: knead {knead}, schema {schema}"));
        }
    }
    assert!(disagree.is_empty(), "{}", disagree.join("\n"));
}

/// Routine files at the edges, each with what makes it one.
#[expect(
    clippy::too_many_lines,
    reason = "a table of edge cases, one line each"
)]
fn edge_files() -> Vec<(String, String)> {
    let base = |defaults: &str, step: &str, prescription: &str| {
        format!(
            "name = \"Edge\"\n[defaults]\ntool = \"ball\"\nhold = \"45s\"\n{defaults}\n\
             [[step]]\nregion = \"calf\"\n{step}\n\
             [prescription]\nstart = 2026-11-02\nweeks = 6\n{prescription}\n"
        )
    };
    let long = |n: usize| "x".repeat(n);
    let mut files: Vec<(String, String)> = Vec::new();
    let mut step = |label: &str, line: &str| {
        files.push((format!("step {label}"), base("", line, "")));
    };
    for hold in [
        "\"0s\"",
        "\"1s\"",
        "\"60m\"",
        "\"61m\"",
        "\"1h\"",
        "\"1h 1s\"",
        "\"59m 60s\"",
        "\"0059m 0061s\"",
        "\"1h0m0s\"",
        "\"3600s\"",
        "\"3601s\"",
        "\"0h 0m 1s\"",
        "0",
        "3600",
        "3601",
        "\"2h\"",
        "\" 90s \"",
    ] {
        step(&format!("hold = {hold}"), &format!("hold = {hold}"));
    }
    for rest in [
        "\"0s\"",
        "\"30m\"",
        "\"30m 1s\"",
        "\"1801s\"",
        "\"29m 60s\"",
    ] {
        step(&format!("rest = {rest}"), &format!("rest = {rest}"));
    }
    for prepare in [
        "\"5m\"",
        "\"301s\"",
        "\"0m 0s\"",
        "\"4m 60s\"",
        "\"4m 61s\"",
    ] {
        step(
            &format!("prepare = {prepare}"),
            &format!("prepare = {prepare}"),
        );
    }
    for reps in ["2", "2.0", "2.5", "0", "20", "21"] {
        step(&format!("reps = {reps}"), &format!("reps = {reps}"));
    }
    for (label, cue) in [
        ("blank cue", "\"   \"".to_owned()),
        ("multi-line cue", "\"a\\nb\"".to_owned()),
        ("multi-line say", String::new()),
        ("cue with a bell", "\"a\\u0007b\"".to_owned()),
        (
            "cue with a right-to-left override",
            "\"a\\u202Eb\"".to_owned(),
        ),
        ("cue with a zero-width space", "\"a\\u200Bb\"".to_owned()),
    ] {
        if cue.is_empty() {
            step(label, "say = \"a\\nb\"");
        } else {
            step(label, &format!("cue = {cue}"));
        }
    }
    let mut top = |label: &str, text: String| files.push((label.to_owned(), text));
    let named = |name: &str| base("", "", "").replacen("name = \"Edge\"", name, 1);
    top("empty name", named("name = \"\""));
    top("blank name", named("name = \"  \""));
    top("multi-line name", named("name = \"a\\nb\""));
    top(
        "multi-line description",
        named("name = \"Edge\"\ndescription = \"a\\nb\""),
    );
    top(
        "a 200-character safety line",
        named(&format!("name = \"Edge\"\nsafety = [\"{}\"]", long(200))),
    );
    top(
        "a 201-character safety line",
        named(&format!("name = \"Edge\"\nsafety = [\"{}\"]", long(201))),
    );
    top(
        "a blank safety line",
        named("name = \"Edge\"\nsafety = [\" \"]"),
    );
    top("no steps", "name = \"Edge\"\nstep = []\n".to_owned());
    let mut programme = |label: &str, line: &str| {
        files.push((format!("prescription {label}"), base("", "", line)));
    };
    programme("start quoted", "");
    programme("phase = []", "phase = []");
    programme("stop_if blank", "stop_if = [\"\"]");
    programme(
        "steps = []",
        "[[prescription.phase]]\nfrom_week = 3\nhold = \"60s\"\nsteps = []",
    );
    programme(
        "a phase's hold of 0s",
        "[[prescription.phase]]\nfrom_week = 3\nhold = \"0s\"",
    );
    programme(
        "a phase's hold of 61m",
        "[[prescription.phase]]\nfrom_week = 3\nhold = \"61m\"",
    );
    // The quoted start replaces the date.
    if let Some(file) = files
        .iter_mut()
        .find(|(l, _)| l == "prescription start quoted")
    {
        file.1 = file
            .1
            .replace("start = 2026-11-02", "start = \"2026-11-02\"");
    }

    files
}

/// Every way to write every duration around each limit, in each of its spellings: the
/// schema's patterns take exactly the durations `knead check` takes.
#[test]
fn the_schema_takes_exactly_the_durations_knead_takes() {
    let validator = schema_validator();
    for (key, max) in [("hold", 3600), ("rest", 1800), ("prepare", 300)] {
        let mut disagree = Vec::new();
        for n in (0..=max + 130).filter(|n| *n < 130 || n + 130 > max || n % 7 == 0) {
            let (h, m, s) = (n / 3600, n % 3600 / 60, n % 60);
            let mut spellings = vec![
                format!("{n}s"),
                format!("{}m{s}s", n / 60),
                format!("{}m {s}s", n / 60),
                format!("{h}h {m}m {s}s"),
                format!("{h}h{s:02}s"),
                format!("0{n}s"),
            ];
            if s == 0 {
                spellings.push(format!("{}m", n / 60));
            }
            if n >= 60 {
                spellings.push(format!("{}m {}s", n / 60 - 1, s + 60));
            }
            if n % 3600 == 0 {
                spellings.push(format!("{h}h"));
            }
            for spelling in spellings {
                let hold = if key == "hold" {
                    ""
                } else {
                    "hold = \"30s\"\n"
                };
                let text = format!(
                    "name = \"d\"\n[[step]]\nregion = \"calf\"\ntool = \"ball\"\n{hold}\
                     {key} = \"{spelling}\"\n"
                );
                let knead = knead::routine::parse(&text).routine.is_some();
                let schema = validator.is_valid(&toml_as_json(&text));
                if knead != schema {
                    disagree.push(format!(
                        "{key} = {spelling:?}: knead {knead}, schema {schema}"
                    ));
                }
            }
        }
        assert!(disagree.is_empty(), "{}", disagree.join("\n"));
    }
}
