//! `cargo install --path .` as a person would run it, then the installed knead used from an
//! empty folder: the bundled routines are inside the binary, the person's own are found in
//! their routines folder.

use std::path::Path;
use std::process::Command;

use assert_cmd::Command as Knead;

#[test]
fn the_installed_binary_runs_bundled_and_own_routines_from_an_empty_folder() {
    let root = tempfile::tempdir().expect("tempdir");
    // A target folder of its own (kept between local runs, to build once), so the install
    // never waits on the build lock of the `cargo test` that runs this.
    let target = Path::new(env!("CARGO_TARGET_TMPDIR")).join("install-target");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let status = Command::new(cargo)
        .args([
            "install",
            "--quiet",
            "--debug",
            "--locked",
            "--offline",
            "--path",
            env!("CARGO_MANIFEST_DIR"),
        ])
        .arg("--root")
        .arg(root.path())
        .env("CARGO_TARGET_DIR", &target)
        .status()
        .expect("cargo runs");
    assert!(status.success(), "cargo install failed");
    let knead = root.path().join("bin/knead");

    let empty = tempfile::tempdir().expect("tempdir");
    let home = tempfile::tempdir().expect("tempdir");
    let run = |args: &[&str], stdin: &str| {
        Knead::new(&knead)
            .current_dir(empty.path())
            .env("XDG_CONFIG_HOME", home.path())
            .env("XDG_STATE_HOME", home.path())
            .env("KNEAD_DATA_DIR", home.path())
            .env("ALSA_CONFIG_PATH", "/dev/null")
            .args(args)
            .write_stdin(stdin)
            .output()
            .expect("runs")
    };
    let out = run(&["run", "--plain", "post-run-legs"], "q\n");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{text}");
    assert!(text.starts_with("Post-run legs (by knead)"), "{text}");
    assert!(
        text.contains("Session stopped: 0 of 8 holds done"),
        "{text}"
    );

    assert!(run(&["new", "mine"], "").status.success());
    let list = String::from_utf8_lossy(&run(&["list"], "").stdout).into_owned();
    assert!(
        list.lines()
            .any(|l| l.trim_start().starts_with("mine ") && l.contains("5 holds")),
        "{list}"
    );
    let own = run(&["run", "--plain", "mine"], "q\n");
    assert!(
        String::from_utf8_lossy(&own.stdout).starts_with("mine (by Your name, PT)"),
        "{}",
        String::from_utf8_lossy(&own.stdout)
    );
}
