//! The Windows build: the release `knead.exe`, cross-compiled here with mingw and run under
//! Wine as a Windows user would run it from a console. What this cannot show (the full-screen
//! session in a real Windows console, sound, notifications) the README says.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

const TARGET: &str = "x86_64-pc-windows-gnu";

mod common;

use common::THREE_HOLDS as ROUTINE;

/// A routine with a mistake on line 5, column 8.
const BAD: &str = r#"name = "Broken"
[[step]]
region = "calf"
tool = "ball"
hold = "9000s"
"#;

/// The built `knead.exe` in a folder of its own, beside the stand-in DLL Wine lacks.
struct Windows {
    dir: PathBuf,
    prefix: PathBuf,
}

impl Windows {
    /// `knead.exe ARGS` under Wine, in `cwd`, with every folder knead uses in `cwd`.
    fn knead(&self, cwd: &Path, args: &[&str], stdin: &str) -> Output {
        use std::io::Write as _;

        let mut child = Command::new("wine")
            .arg(self.dir.join("knead.exe"))
            .args(args)
            .current_dir(cwd)
            .env("WINEPREFIX", &self.prefix)
            .env("WINEDEBUG", "-all")
            .env("KNEAD_DATA_DIR", "data")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("wine runs");
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(stdin.as_bytes())
            .expect("write stdin");
        child.wait_with_output().expect("knead.exe ends")
    }
}

/// Builds `knead.exe` once for all the tests here, or `None` (with the reason printed) when
/// this machine cannot: `scripts/install-deps --test` installs the tools, so under CI a missing
/// one fails instead of skipping.
fn windows() -> Option<&'static Windows> {
    static BUILT: OnceLock<Option<Windows>> = OnceLock::new();
    BUILT.get_or_init(build).as_ref()
}

fn build() -> Option<Windows> {
    let missing = [
        ("wine", "--version"),
        ("x86_64-w64-mingw32-gcc", "--version"),
    ]
    .into_iter()
    .find(|(tool, arg)| Command::new(tool).arg(arg).output().is_err())
    .map(|(tool, _)| tool.to_owned())
    .or_else(|| (!target_installed()).then(|| format!("the Rust target {TARGET}")));
    if let Some(missing) = missing {
        assert!(
            std::env::var_os("CI").is_none(),
            "{missing} is missing under CI (scripts/install-deps --test installs it)"
        );
        eprintln!("skipping: {missing} is missing (scripts/install-deps --test installs it)");
        return None;
    }
    let scratch = Path::new(env!("CARGO_TARGET_TMPDIR"));
    // A target folder of its own, so the build never waits on the lock of the `cargo test`
    // that runs this; kept between local runs, to build once.
    let target = scratch.join("windows-target");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let status = Command::new(cargo)
        .args([
            "build",
            "--release",
            "--locked",
            "--quiet",
            "--target",
            TARGET,
        ])
        .arg("--manifest-path")
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml"))
        .env("CARGO_TARGET_DIR", &target)
        .status()
        .expect("cargo runs");
    assert!(status.success(), "the Windows build failed");

    let dir = scratch.join("windows-bin");
    std::fs::create_dir_all(&dir).expect("bin folder");
    std::fs::copy(
        target.join(TARGET).join("release/knead.exe"),
        dir.join("knead.exe"),
    )
    .expect("copy knead.exe");
    let stand_in = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/windows");
    let status = Command::new("x86_64-w64-mingw32-gcc")
        .args(["-shared", "-O2", "-o"])
        .arg(dir.join("bcryptprimitives.dll"))
        .arg(stand_in.join("bcryptprimitives.c"))
        .arg(stand_in.join("bcryptprimitives.def"))
        .arg("-lbcrypt")
        .status()
        .expect("mingw runs");
    assert!(status.success(), "the stand-in DLL did not build");

    // The Wine prefix is made once, before the tests use it side by side.
    let prefix = scratch.join("wine-prefix");
    let status = Command::new("wineboot")
        .arg("--init")
        .env("WINEPREFIX", &prefix)
        .env("WINEDEBUG", "-all")
        // No Mono or Gecko installers: nothing here needs them, and they would ask.
        .env("WINEDLLOVERRIDES", "mscoree,mshtml=")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("wineboot runs");
    assert!(status.success(), "wineboot failed");
    let _ = Command::new("wineserver")
        .arg("--wait")
        .env("WINEPREFIX", &prefix)
        .status();
    Some(Windows { dir, prefix })
}

fn target_installed() -> bool {
    let Ok(out) = Command::new("rustc").args(["--print", "sysroot"]).output() else {
        return false;
    };
    let sysroot = String::from_utf8_lossy(&out.stdout).trim().to_owned();
    Path::new(&sysroot)
        .join("lib/rustlib")
        .join(TARGET)
        .exists()
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).replace("\r\n", "\n")
}

#[test]
fn the_windows_build_answers_version_list_and_schema() {
    let Some(windows) = windows() else { return };
    let cwd = tempfile::tempdir().expect("tempdir");

    let version = windows.knead(cwd.path(), &["--version"], "");
    assert!(version.status.success());
    assert_eq!(
        stdout(&version).trim(),
        format!("knead {}", env!("CARGO_PKG_VERSION"))
    );

    let list = windows.knead(cwd.path(), &["list"], "");
    assert!(list.status.success());
    let list = stdout(&list);
    assert!(list.contains("desk-neck"), "{list}");
    assert!(list.contains("Bundled routines"), "{list}");

    let schema = windows.knead(cwd.path(), &["schema"], "");
    assert!(schema.status.success());
    let schema: serde_json::Value = serde_json::from_str(&stdout(&schema)).expect("JSON");
    assert!(schema["properties"]["step"].is_object(), "{schema}");

    // The reader of a pipe going away is no error (`knead schema | more`, then q).
    let mut child = Command::new("wine")
        .arg(windows.dir.join("knead.exe"))
        .arg("schema")
        .env("WINEPREFIX", &windows.prefix)
        .env("WINEDEBUG", "-all")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("wine runs");
    drop(child.stdout.take());
    let closed = child.wait_with_output().expect("knead.exe ends");
    assert_eq!(closed.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&closed.stderr), "");
}

#[test]
fn the_windows_build_checks_good_and_bad_routines() {
    let Some(windows) = windows() else { return };
    let cwd = tempfile::tempdir().expect("tempdir");
    std::fs::write(cwd.path().join("good.toml"), ROUTINE).expect("write");
    std::fs::write(cwd.path().join("bad.toml"), BAD).expect("write");

    let good = windows.knead(cwd.path(), &["check", "good.toml"], "");
    assert_eq!(good.status.code(), Some(0));
    assert!(stdout(&good).contains("good.toml: valid: 2 steps, 3 holds"));

    let bad = windows.knead(cwd.path(), &["check", "bad.toml"], "");
    assert_eq!(bad.status.code(), Some(1));
    let said = stdout(&bad);
    assert!(
        said.contains(r#"bad.toml:5:8: error: hold must be between 1s and 60m, found "9000s""#),
        "{said}"
    );

    let missing = windows.knead(cwd.path(), &["check", "missing.toml"], "");
    assert_eq!(missing.status.code(), Some(1));
    assert!(
        stdout(&missing)
            .contains("missing.toml: error: cannot read the file: there is no such file"),
        "{}",
        stdout(&missing)
    );
}

#[test]
fn a_plain_session_on_windows_is_kept_exported_and_reported() {
    let Some(windows) = windows() else { return };
    let cwd = tempfile::tempdir().expect("tempdir");
    std::fs::write(cwd.path().join("wine.toml"), ROUTINE).expect("write");

    let run = windows.knead(cwd.path(), &["run", "--plain", "wine.toml"], "\n4\n5\n6\n");
    let said = stdout(&run);
    assert_eq!(run.status.code(), Some(0), "{said}");
    assert!(
        said.contains("Session complete: 3 of 3 holds done"),
        "{said}"
    );
    assert!(
        said.contains("3. neck, rep 1/1: held 1.0s, rated 6/10"),
        "{said}"
    );

    let export = windows.knead(cwd.path(), &["export", "--format", "json"], "");
    assert!(export.status.success());
    let export: serde_json::Value = serde_json::from_str(&stdout(&export)).expect("JSON");
    let kept: Vec<_> = export["holds"]
        .as_array()
        .expect("holds")
        .iter()
        .map(|row| {
            (
                row["region"].as_str().unwrap_or_default().to_owned(),
                row["side"].as_str().unwrap_or_default().to_owned(),
                row["rating"].as_u64(),
            )
        })
        .collect();
    assert_eq!(
        kept,
        [
            ("calf".to_owned(), "left".to_owned(), Some(4)),
            ("calf".to_owned(), "right".to_owned(), Some(5)),
            ("neck".to_owned(), String::new(), Some(6)),
        ]
    );

    let report = windows.knead(cwd.path(), &["report", "--out", "report.md"], "");
    assert!(report.status.success(), "{}", stdout(&report));
    let report = std::fs::read_to_string(cwd.path().join("report.md")).expect("report written");
    let first_lines: String = report.lines().take(8).collect::<Vec<_>>().join("\n");
    assert!(report.contains("· 1 session ·"), "{first_lines}");
    // Both sides of the calf in one section, left beside right.
    assert!(report.contains("### calf\n"), "{report}");
    assert!(report.contains("Left: first 4.0"), "{report}");
    assert!(report.contains("Right: first 5.0"), "{report}");
    assert!(report.contains("### neck"), "{first_lines}");
}

/// A reminder registered in Wine's Task Scheduler with `schtasks /Create /XML`, listed, and
/// deleted again with nothing left: neither the task nor knead's copy of its definition.
#[test]
fn a_reminder_is_registered_with_the_task_scheduler_and_removed_without_a_trace() {
    let Some(windows) = windows() else { return };
    let cwd = tempfile::tempdir().expect("tempdir");
    let task = windows
        .prefix
        .join("drive_c/windows/system32/tasks/knead/knead-remind-desk-neck");
    let added = windows.knead(
        cwd.path(),
        &[
            "remind",
            "add",
            "desk-neck",
            "--at",
            "11:00,15:30",
            "--days",
            "mon-fri",
        ],
        "",
    );
    let said = stdout(&added);
    assert_eq!(added.status.code(), Some(0), "{said}");
    assert!(said.contains("Task Scheduler task written: C:\\"), "{said}");
    assert!(!said.contains("Note:"), "schtasks took it: {said}");
    assert!(
        task.exists(),
        "no task in Wine's scheduler at {}",
        task.display()
    );

    let listed = stdout(&windows.knead(cwd.path(), &["remind", "list"], ""));
    assert!(
        listed.contains("desk-neck  11:00, 15:30    mon-fri"),
        "{listed}"
    );
    assert!(!listed.contains("not installed"), "{listed}");

    let removed = windows.knead(cwd.path(), &["remind", "remove", "desk-neck"], "");
    let said = stdout(&removed);
    assert_eq!(removed.status.code(), Some(0), "{said}");
    assert!(said.contains("Task Scheduler task removed: C:\\"), "{said}");
    assert!(!said.contains("Note:"), "{said}");
    assert!(!task.exists(), "the task is still registered");
}
