//! Everyday commands through the binary: new, edit, completions, man, and exit codes.

use std::path::Path;

use assert_cmd::Command;

fn knead(config: &Path) -> Command {
    let mut cmd = Command::cargo_bin("knead").expect("binary");
    cmd.env("XDG_CONFIG_HOME", config)
        .env("NO_COLOR", "1")
        .env_remove("VISUAL")
        .env_remove("EDITOR");
    cmd
}

#[test]
fn new_writes_a_valid_routine_once_and_never_overwrites() {
    let home = tempfile::tempdir().expect("tempdir");
    let out = knead(home.path())
        .args(["new", "neck-plan"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    let path = home.path().join("knead/routines/neck-plan.toml");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        path.display().to_string()
    );
    let first = std::fs::read_to_string(&path).expect("written");
    assert!(first.contains("name = \"neck-plan\""));
    // The template's #:schema line, resolved from the routines folder, is knead's schema.
    let line = first.lines().next().expect("a first line");
    let relative = line.strip_prefix("#:schema ").expect("a #:schema line");
    let schema = std::fs::read_to_string(path.parent().expect("folder").join(relative))
        .expect("the schema where the line points");
    let current = knead(home.path()).arg("schema").output().expect("runs");
    assert_eq!(schema.as_bytes(), current.stdout.as_slice());
    // It is a valid routine, found by name.
    let check = knead(home.path())
        .args(["check", "neck-plan"])
        .output()
        .expect("runs");
    assert_eq!(
        check.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&check.stdout)
    );

    std::fs::write(&path, "name = \"mine, edited\"\n").expect("edit");
    let again = knead(home.path())
        .args(["new", "neck-plan"])
        .output()
        .expect("runs");
    assert_eq!(again.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&again.stderr).contains("already exists"));
    assert_eq!(
        std::fs::read_to_string(&path).expect("read"),
        "name = \"mine, edited\"\n",
        "overwritten"
    );

    let bad = knead(home.path())
        .args(["new", "../escape"])
        .output()
        .expect("runs");
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn edit_runs_the_editor_then_checks_the_file() {
    let home = tempfile::tempdir().expect("tempdir");
    knead(home.path()).args(["new", "legs"]).assert().success();
    // An "editor" that adds a mistake on line 1.
    let editor = home.path().join("editor.sh");
    std::fs::write(&editor, "#!/bin/sh\nsed -i '1i stop_abve = 7' \"$1\"\n").expect("write");
    std::process::Command::new("chmod")
        .arg("+x")
        .arg(&editor)
        .status()
        .expect("chmod");
    let out = knead(home.path())
        .env("EDITOR", &editor)
        .args(["edit", "legs"])
        .output()
        .expect("runs");
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(
        text.contains("legs.toml:1:1: error: unknown key \"stop_abve\" in the routine"),
        "{text}"
    );
    assert!(text.contains("did you mean \"stop_above\"?"), "{text}");
    // $VISUAL wins over $EDITOR; a no-op editor leaves the file as it is (still broken).
    let out = knead(home.path())
        .env("VISUAL", "true")
        .env("EDITOR", &editor)
        .args(["edit", "legs"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let missing = knead(home.path())
        .args(["edit", "nothing"])
        .output()
        .expect("runs");
    assert_eq!(missing.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("`knead new nothing`"));
}

#[test]
fn each_shells_completion_script_asks_knead_for_the_words() {
    let home = tempfile::tempdir().expect("tempdir");
    for (shell, registers) in [
        (
            "bash",
            "complete -o nospace -o bashdefault -o nosort -F _clap_complete_knead knead",
        ),
        ("zsh", "compdef _clap_dynamic_completer_knead knead"),
        ("fish", "complete --keep-order --exclusive --command knead"),
        (
            "powershell",
            "Register-ArgumentCompleter -Native -CommandName knead",
        ),
    ] {
        let out = knead(home.path())
            .args(["completions", shell])
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(0));
        let script = String::from_utf8_lossy(&out.stdout);
        assert!(script.contains(registers), "{shell}: {script}");
        // At each Tab the script runs knead itself, which answers with the words.
        assert!(
            script.contains(&format!("COMPLETE=\"{shell}\""))
                || script.contains(&format!("COMPLETE={shell}"))
                || script.contains(&format!("$env:COMPLETE = \"{shell}\"")),
            "{shell}: {script}"
        );
    }
}

#[test]
fn exit_codes_are_consistent() {
    let home = tempfile::tempdir().expect("tempdir");
    let code = |args: &[&str]| {
        knead(home.path())
            .args(args)
            .output()
            .expect("runs")
            .status
            .code()
    };
    assert_eq!(code(&["check", "routines/desk-neck.toml"]), Some(0));
    assert_eq!(
        code(&["check", "tests/fixtures/invalid/duration-zero.toml"]),
        Some(1)
    );
    assert_eq!(code(&["run", "no-such-routine"]), Some(1));
    assert_eq!(code(&["frobnicate"]), Some(2));
    assert_eq!(code(&["run"]), Some(2));
    assert_eq!(code(&["run", "desk-neck", "--volume", "101"]), Some(2));
    assert_eq!(code(&["--version"]), Some(0));
    let version = knead(home.path()).arg("--version").output().expect("runs");
    assert_eq!(
        String::from_utf8_lossy(&version.stdout).trim(),
        format!("knead {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn errors_go_to_stderr_and_data_to_stdout() {
    let home = tempfile::tempdir().expect("tempdir");
    let out = knead(home.path())
        .args(["--data-dir", "/nonexistent/x", "export", "--format", "csv"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty(), "an error must not look like data");
    assert!(String::from_utf8_lossy(&out.stderr).contains("no history yet"));
}

#[test]
fn the_log_file_gets_more_with_v_and_the_terminal_gets_none_of_it() {
    let home = tempfile::tempdir().expect("tempdir");
    let run = |verbose: bool| {
        let mut cmd = knead(home.path());
        cmd.env("XDG_STATE_HOME", home.path())
            .env("KNEAD_DATA_DIR", home.path())
            .env("ALSA_CONFIG_PATH", "/dev/null");
        if verbose {
            cmd.arg("-v");
        }
        let out = cmd
            .args(["run", "--plain", "desk-neck"])
            .write_stdin("q\n")
            .output()
            .expect("runs");
        assert!(out.status.success());
        assert!(
            out.stderr.is_empty(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(!String::from_utf8_lossy(&out.stdout).contains("INFO"));
        std::fs::read_to_string(home.path().join("knead/knead.log")).expect("log")
    };
    let quiet = run(false);
    assert!(quiet.contains(" WARN no audio device"), "{quiet}");
    assert!(!quiet.contains(" INFO "), "{quiet}");
    let verbose = run(true);
    assert!(
        verbose.contains(" INFO session starting routine=Desk break: neck and shoulders holds=5"),
        "{verbose}"
    );
}

#[test]
fn the_readme_pictures_are_in_the_repo_and_show_their_screens() {
    let readme = std::fs::read_to_string("README.md").expect("README");
    for (name, shows) in [
        ("overview", "Steps"),
        ("hold", "HOLD"),
        ("rating", "RATE"),
        ("summary", "SESSION COMPLETE"),
        ("history", "HISTORY"),
    ] {
        let path = format!("docs/screenshots/{name}.svg");
        assert!(readme.contains(&path), "the README does not show {path}");
        let svg = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let doc = roxmltree::Document::parse(&svg)
            .unwrap_or_else(|e| panic!("{path} is not well-formed: {e}"));
        let text: Vec<&str> = doc.descendants().filter_map(|n| n.text()).collect();
        assert!(
            text.join(" ").contains(shows),
            "{path} does not show {shows}"
        );
    }
}

#[test]
fn an_editor_that_is_not_installed_is_named_and_fails() {
    let home = tempfile::tempdir().expect("tempdir");
    knead(home.path()).args(["new", "legs"]).assert().success();
    let out = knead(home.path())
        .env("EDITOR", "no-such-editor --wait")
        .args(["edit", "legs"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        err.trim(),
        "knead: the editor \"no-such-editor --wait\" was not found; set VISUAL or EDITOR to one \
         you have (for example EDITOR=nano)"
    );
}

#[test]
fn the_history_screen_without_a_terminal_points_to_export() {
    let home = tempfile::tempdir().expect("tempdir");
    let out = knead(home.path())
        .arg("history")
        .env("KNEAD_DATA_DIR", home.path())
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("needs a terminal"), "{err}");
    assert!(err.contains("knead export --format csv"), "{err}");
    assert!(!err.contains("os error"), "{err}");
}

#[test]
fn a_date_in_another_order_is_explained_not_parsed_into_internals() {
    let home = tempfile::tempdir().expect("tempdir");
    let out = knead(home.path())
        .args(["export", "--format", "csv", "--since", "20/11/2026"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("dates look like 2026-11-20 (year-month-day); did you mean 2026-11-20?"),
        "{err}"
    );
    assert!(!err.contains("digit"), "{err}");
}

/// The template says every key knead understands is in it: each one is, as a key or (for a
/// home programme's) a commented-out key, and the programme is valid once uncommented.
/// In each language the template knead new starts from.
#[test]
fn the_template_has_every_key_and_its_programme_runs_uncommented() {
    for file in [
        "routines/therapist-template.toml",
        "routines/de/therapist-template.toml",
        "routines/es/therapist-template.toml",
        "routines/fr/therapist-template.toml",
    ] {
        template_has_every_key_and_its_programme_runs_uncommented(file);
    }
}

fn template_has_every_key_and_its_programme_runs_uncommented(name: &str) {
    use knead::routine::fields;
    let template = std::fs::read_to_string(name).expect("read");
    let keys: Vec<&str> = template
        .lines()
        .map(|l| l.trim_start().trim_start_matches("# ").trim_start())
        .collect();
    let tables = [
        ("defaults", "[defaults]"),
        ("step", "[[step]]"),
        ("prescription", "[prescription]"),
        ("phase", "[[prescription.phase]]"),
    ];
    for field in [
        fields::ROUTINE,
        fields::STEP,
        fields::PRESCRIPTION,
        fields::PHASE,
    ]
    .into_iter()
    .flatten()
    {
        let found = match tables.iter().find(|(name, _)| *name == field.name) {
            Some((_, header)) => keys.iter().any(|k| k.starts_with(header)),
            None => keys
                .iter()
                .any(|k| k.starts_with(&format!("{} = ", field.name))),
        };
        assert!(found, "{name}: {} is not in the template", field.name);
    }
    // Uncommented, the programme's lines make a valid prescription of two phases.
    let (routine, programme) = template
        .split_once("# [prescription]")
        .expect("a programme");
    let uncommented: Vec<&str> = programme
        .lines()
        .map(|l| {
            let text = l.strip_prefix("# ").unwrap_or(l);
            let toml = text.starts_with('[')
                || text.starts_with(' ')
                || text.starts_with(']')
                || text
                    .split_once(" = ")
                    .is_some_and(|(k, _)| !k.contains(' '));
            if toml { text } else { "" }
        })
        .collect();
    let file = tempfile::tempdir().expect("tempdir");
    let path = file.path().join("programme.toml");
    std::fs::write(
        &path,
        format!("{routine}[prescription]{}", uncommented.join("\n")),
    )
    .expect("write");
    let check = knead(file.path())
        .arg("check")
        .arg(&path)
        .output()
        .expect("runs");
    let said = String::from_utf8_lossy(&check.stdout);
    assert_eq!(check.status.code(), Some(0), "{name}: {said}");
    assert!(
        said.contains("phase 2, weeks 3-6: hold 2m, rest 20s, prepare 10s, reps 3 (step 1)"),
        "{name}: {said}"
    );
}

#[test]
fn edit_without_an_editor_or_a_terminal_says_so_and_starts_nothing() {
    let home = tempfile::tempdir().expect("tempdir");
    knead(home.path()).args(["new", "legs"]).assert().success();
    let before = std::fs::read_to_string(home.path().join("knead/routines/legs.toml"))
        .expect("the new routine");
    let out = knead(home.path())
        .env_remove("VISUAL")
        .env_remove("EDITOR")
        .args(["edit", "legs"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("`knead edit` opens vi in a terminal, and this is not one")
            && err.contains("legs.toml")
            && err.contains("`knead check legs`"),
        "{err}"
    );
    assert!(!err.contains("Vim"), "{err}");
    assert_eq!(
        std::fs::read_to_string(home.path().join("knead/routines/legs.toml")).expect("read"),
        before
    );
}

#[test]
fn a_name_with_spaces_is_the_title_and_its_slug_the_file() {
    let home = tempfile::tempdir().expect("tempdir");
    let out = knead(home.path())
        .args(["new", "Neck plan 2"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let text = std::fs::read_to_string(home.path().join("knead/routines/neck-plan-2.toml"))
        .expect("the file is named for it");
    assert!(
        text.contains("name = \"Neck plan 2\""),
        "the title as typed"
    );
    knead(home.path())
        .args(["check", "neck-plan-2"])
        .assert()
        .success();
    // Still no paths or other punctuation in a name.
    for bad in ["../escape", "a/b", "neck.plan"] {
        let out = knead(home.path())
            .args(["new", bad])
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(2), "{bad}");
    }
}

/// A status file left by a session that was killed is not a session: `knead status` says
/// what is due instead of a phase frozen in time.
#[test]
fn knead_status_ignores_the_file_of_a_session_that_is_gone() {
    let dir = tempfile::tempdir().expect("tempdir");
    let runtime = dir.path().join("runtime");
    std::fs::create_dir_all(runtime.join("knead")).expect("mkdir");
    // A process that has ended: its number is free.
    let mut gone = std::process::Command::new("true")
        .spawn()
        .expect("true runs");
    let pid = gone.id();
    gone.wait().expect("ends");
    let deadline = jiff::Timestamp::now() + jiff::SignedDuration::from_secs(30);
    std::fs::write(
        runtime.join("knead/status.json"),
        format!(
            "{{\"pid\":{pid},\"routine\":\"Desk\",\"phase\":\"hold\",\"hold\":2,\"holds\":5,\
             \"spot\":\"calf L\",\"deadline\":\"{deadline}\",\"left_ms\":null,\"paused\":false}}"
        ),
    )
    .expect("write");
    let status = || {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_knead"))
            .arg("status")
            .env("XDG_RUNTIME_DIR", &runtime)
            .env("XDG_CONFIG_HOME", dir.path().join("config"))
            .env("KNEAD_DATA_DIR", dir.path().join("data"))
            .output()
            .expect("runs");
        String::from_utf8_lossy(&out.stdout).trim().to_owned()
    };
    let said = status();
    assert!(!said.starts_with("hold"), "{said}");
    // The same file from this very test process, which is running: a session line.
    let me = std::process::id();
    std::fs::write(
        runtime.join("knead/status.json"),
        format!(
            "{{\"pid\":{me},\"routine\":\"Desk\",\"phase\":\"hold\",\"hold\":2,\"holds\":5,\
             \"spot\":\"calf L\",\"deadline\":\"{deadline}\",\"left_ms\":null,\"paused\":false}}"
        ),
    )
    .expect("write");
    let said = status();
    assert!(said.starts_with("hold 2/5 · calf L · 0:"), "{said}");
}
