//! `knead config` as a person uses it: where the file is, a default to start from, a check.

use assert_cmd::Command;

fn knead(config_home: &std::path::Path) -> Command {
    let mut cmd = Command::cargo_bin("knead").expect("binary");
    cmd.env("XDG_CONFIG_HOME", config_home).env("NO_COLOR", "1");
    cmd
}

#[test]
fn path_default_and_check_work_together() {
    let home = tempfile::tempdir().expect("tempdir");
    let expected = home.path().join("knead/config.toml");

    let out = knead(home.path())
        .args(["config", "--path"])
        .output()
        .expect("runs");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        expected.display().to_string()
    );

    let out = knead(home.path()).arg("config").output().expect("runs");
    assert_eq!(out.status.code(), Some(0));
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("does not exist: knead uses the defaults")
    );

    let default = knead(home.path())
        .args(["config", "--default"])
        .output()
        .expect("runs")
        .stdout;
    std::fs::create_dir_all(expected.parent().expect("parent")).expect("mkdir");
    std::fs::write(&expected, &default).expect("write");
    let out = knead(home.path()).arg("config").output().expect("runs");
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(text.contains(": valid"), "{text}");
    assert!(text.contains("volume 80, sound on, bell off"), "{text}");
    assert!(text.contains("notifications on"), "{text}");
    assert!(text.contains("auto-advance off, prepare 5s"), "{text}");
}

#[test]
fn a_broken_settings_file_fails_the_check_with_located_errors() {
    let home = tempfile::tempdir().expect("tempdir");
    std::fs::create_dir_all(home.path().join("knead")).expect("mkdir");
    std::fs::write(
        home.path().join("knead/config.toml"),
        "[audio]\nvolum = 50\n[session]\nprepare = -3\n",
    )
    .expect("write");
    let out = knead(home.path()).arg("config").output().expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("config.toml:2:1: error: unknown key \"volum\" in [audio]"),
        "{text}"
    );
    assert!(text.contains("= help: did you mean \"volume\"?"), "{text}");
    assert!(
        text.contains("config.toml:4:11: error: prepare must be between 0s and 5m, found -3"),
        "{text}"
    );
}

#[test]
fn a_session_not_at_a_terminal_names_ignore_config_and_runs_with_it() {
    let home = tempfile::tempdir().expect("tempdir");
    std::fs::create_dir_all(home.path().join("knead")).expect("mkdir");
    std::fs::write(
        home.path().join("knead/config.toml"),
        "[audio]\nvolum = 3\n",
    )
    .expect("write");

    let refused = knead(home.path())
        .args(["run", "--plain", "desk-neck"])
        .env("XDG_STATE_HOME", home.path())
        .env("KNEAD_DATA_DIR", home.path())
        .write_stdin("q\n")
        .output()
        .expect("runs");
    assert_eq!(refused.status.code(), Some(1));
    let err = String::from_utf8_lossy(&refused.stderr);
    assert!(err.contains("unknown key \"volum\" in [audio]"), "{err}");
    assert!(
        err.contains("or add --ignore-config to run on the defaults"),
        "{err}"
    );

    let ran = knead(home.path())
        .args(["run", "--plain", "--ignore-config", "desk-neck"])
        .env("XDG_STATE_HOME", home.path())
        .env("KNEAD_DATA_DIR", home.path())
        .write_stdin("q\n")
        .output()
        .expect("runs");
    assert_eq!(ran.status.code(), Some(0));
    let said = String::from_utf8_lossy(&ran.stdout);
    assert!(said.starts_with("Desk break: neck and shoulders"), "{said}");
    assert!(!String::from_utf8_lossy(&ran.stderr).contains("volum"));
}
