//! `knead run --plain` as a script would use it: lines in, lines out, ratings piped ahead.

use std::io::Write as _;

use assert_cmd::Command;

mod common;

use common::THREE_HOLDS as ROUTINE;

/// `knead run --plain` on the test routine written into `dir`, with every folder knead uses
/// (settings, log, history) inside `dir`.
fn plain_in(dir: &std::path::Path) -> Command {
    let path = dir.join("plain.toml");
    std::fs::write(&path, ROUTINE).expect("write");
    let mut cmd = Command::cargo_bin("knead").expect("binary");
    cmd.args(["run", "--plain"])
        .arg(&path)
        .env("XDG_STATE_HOME", dir)
        .env("XDG_CONFIG_HOME", dir)
        .env("KNEAD_DATA_DIR", dir)
        .timeout(std::time::Duration::from_secs(30));
    cmd
}

/// `knead run --plain ROUTINE` with every folder knead uses in `dir`, and no sound device or
/// D-Bus session, whatever this machine has.
fn sandboxed(routine: &std::path::Path, dir: &std::path::Path) -> std::process::Command {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_knead"));
    cmd.args(["run", "--plain"])
        .arg(routine)
        .env("XDG_STATE_HOME", dir)
        .env("XDG_CONFIG_HOME", dir)
        .env("KNEAD_DATA_DIR", dir)
        .env("ALSA_CONFIG_PATH", "/dev/null")
        .env_remove("DBUS_SESSION_BUS_ADDRESS")
        .env("XDG_RUNTIME_DIR", dir);
    cmd
}

fn run_plain(stdin: &str) -> (String, Option<i32>) {
    let dir = tempfile::tempdir().expect("tempdir");
    let output = plain_in(dir.path())
        // No sound device and no D-Bus session, whatever this machine has.
        .env("ALSA_CONFIG_PATH", "/dev/null")
        .env_remove("DBUS_SESSION_BUS_ADDRESS")
        .env("XDG_RUNTIME_DIR", dir.path())
        .write_stdin(stdin)
        .output()
        .expect("runs");
    (
        String::from_utf8(output.stdout).expect("utf-8"),
        output.status.code(),
    )
}

#[test]
fn piped_ratings_wait_for_their_prompts_and_every_phase_gets_one_line() {
    let (out, code) = run_plain("\n7\nt\n2\n");
    assert_eq!(code, Some(0), "{out}");
    let expected = [
        "Plain test",
        "Safety: Only a test.",
        "3 holds, about 7s.",
        "Press Enter to begin, or q then Enter to quit.",
        "Note: no audio device: visual cues only.",
        "Note: notifications off: no D-Bus session.",
        "Get ready 1/3: calf, left, ball (1s)",
        // Each rating typed ahead is answered at once, and used at its prompt, in order.
        "Kept for the next rating: 7/10.",
        "Kept for the next rating: 10/10.",
        "Kept for the next rating: 2/10.",
        "Hold 1/3: calf, left, 1 s",
        "Release. Held 1.0s.",
        "Rest 1s. Rate calf, left from 0 (no pain) to 10 (worst imaginable), or s to skip:",
        "Rated 7/10.",
        "Switch to the right side.",
        "Get ready 2/3: calf, right, ball (1s)",
        "Hold 2/3: calf, right, 1 s",
        "Release. Held 1.0s.",
        // The kept 10 calls for easing off: the rest lasts long enough to hear it.
        "Rest 10s. Rate calf, right from 0 (no pain) to 10 (worst imaginable), or s to skip:",
        "Rated 10/10.",
        "10/10 is a lot: ease off the pressure on calf, right.",
        "Get ready 3/3: neck, thumb (0s)",
        "Hold 3/3: neck, 1 s",
        "Release. Held 1.0s.",
        "Rate neck from 0 (no pain) to 10 (worst imaginable), or s to skip:",
        "Rated 2/10.",
        "Session complete: 3 of 3 holds done, 3s held.",
        "  1. calf, left, rep 1/1: held 1.0s, rated 7/10",
        "  2. calf, right, rep 1/1: held 1.0s, rated 10/10",
        "  3. neck, rep 1/1: held 1.0s, rated 2/10",
        // One rating a side is enough to compare them, as the report does.
        "  Sides differ: calf: right 10, left 7.",
    ];
    assert_eq!(out.lines().collect::<Vec<_>>(), expected);
}

#[test]
fn end_of_input_runs_on_with_holds_not_rated() {
    let (out, code) = run_plain("\n");
    assert_eq!(code, Some(0));
    assert!(out.contains("Session complete: 3 of 3 holds done"), "{out}");
    assert_eq!(out.matches("Not rated.").count(), 3, "{out}");
}

#[test]
fn windows_line_endings_and_a_last_line_without_one_are_read_as_lines() {
    let (out, code) = run_plain("\r\n4\r\n5");
    assert_eq!(code, Some(0), "{out}");
    assert!(out.contains("Rated 4/10."), "{out}");
    assert!(out.contains("Rated 5/10."), "{out}");
    assert!(out.contains("Session complete: "), "{out}");
}

#[test]
fn quit_keeps_what_was_rated() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("plain.toml");
    std::fs::write(&path, ROUTINE).expect("write");
    let mut child = sandboxed(&path, dir.path())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("runs");
    let mut stdin = child.stdin.take().expect("stdin");
    // The first hold is rated 2 s in; from 3 s to 7 s the second is under way.
    stdin.write_all(b"\n5\n").expect("write");
    std::thread::sleep(std::time::Duration::from_millis(3500));
    stdin.write_all(b"q\ny\n").expect("write");
    drop(stdin);
    let output = child.wait_with_output().expect("ends");
    let out = String::from_utf8(output.stdout).expect("utf-8");
    assert_eq!(output.status.code(), Some(0), "{out}");
    assert!(out.contains("Rated 5/10."), "{out}");
    assert!(out.contains("Session stopped: "), "{out}");
    assert!(out.contains("held 1.0s, rated 5/10"), "{out}");
}

#[test]
fn an_invalid_routine_is_reported_not_run() {
    let output = Command::cargo_bin("knead")
        .expect("binary")
        .args(["run", "tests/fixtures/invalid/duration-zero.toml"])
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(1));
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(
        err.contains("duration-zero.toml:6:8: error: hold must be between 1s and 60m"),
        "{err}"
    );
    assert!(err.contains("has errors; fix them and try again"), "{err}");
    let unknown = Command::cargo_bin("knead")
        .expect("binary")
        .args(["run", "nope"])
        .output()
        .expect("runs");
    assert_eq!(unknown.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("no routine named \"nope\""));
}

#[test]
fn sound_library_chatter_goes_to_the_log_not_the_screen() {
    let dir = tempfile::tempdir().expect("tempdir");
    let output = plain_in(dir.path())
        .write_stdin(
            "q
",
        )
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(0));
    assert!(
        output.stderr.is_empty(),
        "stderr: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let log = std::fs::read_to_string(dir.path().join("knead/knead.log")).expect("log written");
    assert!(log.starts_with("--- knead "), "{log}");
}

#[test]
fn bad_settings_are_reported_with_line_and_column_and_nothing_runs() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::create_dir_all(dir.path().join("knead")).expect("mkdir");
    std::fs::write(
        dir.path().join("knead/config.toml"),
        "[audio]\nvolume = 101\n",
    )
    .expect("write");
    let output = Command::cargo_bin("knead")
        .expect("binary")
        .args(["run", "--plain", "desk-neck"])
        .env("XDG_CONFIG_HOME", dir.path())
        .env("NO_COLOR", "1")
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(
        err.contains("knead/config.toml:2:10: error: volume must be between 0 and 100, found 101"),
        "{err}"
    );
    assert!(err.contains("fix the settings in"), "{err}");
}

#[test]
fn with_no_device_the_bell_rings_if_the_settings_ask_for_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::create_dir_all(dir.path().join("knead")).expect("mkdir");
    std::fs::write(
        dir.path().join("knead/config.toml"),
        "[audio]\nbell = true\n",
    )
    .expect("write");
    let output = plain_in(dir.path())
        .env("ALSA_CONFIG_PATH", "/dev/null")
        .write_stdin(
            "
7
t
2
",
        )
        .output()
        .expect("runs");
    let out = String::from_utf8_lossy(&output.stdout);
    assert!(
        out.contains("Note: no audio device: terminal bell only."),
        "{out}"
    );
    // One bell for each hold start, each release, the side switch and the end.
    assert_eq!(out.matches('\u{7}').count(), 3 + 3 + 1 + 1, "{out:?}");
}

#[test]
fn x_after_ease_off_advice_skips_the_rest_of_that_spot_in_one_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("reps.toml");
    std::fs::write(
        &path,
        "name = \"Reps\"\n[defaults]\ntool = \"ball\"\nhold = \"1s\"\nrest = \"1s\"\nprepare = \"0s\"\n\
         [[step]]\nregion = \"calf\"\nreps = 2\n[[step]]\nregion = \"neck\"\n",
    )
    .expect("write");
    let output = Command::from_std(sandboxed(&path, dir.path()))
        .timeout(std::time::Duration::from_secs(30))
        // Begin, rate the first calf hold 9 (at or above stop_above), then skip the spot.
        .write_stdin("\n9\nx\n")
        .output()
        .expect("runs");
    let out = String::from_utf8(output.stdout).expect("utf-8");
    assert!(out.contains("9/10 is a lot"), "{out}");
    assert!(out.contains("Skipped the last hold on that spot."), "{out}");
    assert!(!out.contains("Skipped hold 2."), "told once: {out}");
    assert!(out.contains("  2. calf, rep 2/2: skipped"), "{out}");
    assert!(out.contains("Hold 3/3: neck"), "{out}");
}

/// Ratings piped with no Enter first were answered "Ratings come after each hold" and every
/// hold was recorded as not rated: they are kept for the holds, in order, and the end of input
/// begins the session.
#[test]
fn numbers_piped_before_the_session_begins_rate_the_holds_in_order() {
    let (out, code) = run_plain("5\n6\n4\n");
    assert_eq!(code, Some(0), "{out}");
    assert_eq!(out.matches("Kept for the next rating").count(), 3, "{out}");
    assert!(out.contains("Session complete: 3 of 3 holds done"), "{out}");
    for (n, rating) in [(1, 5), (2, 6), (3, 4)] {
        assert!(out.contains(&format!("  {n}. ")), "{out}");
        let line = out
            .lines()
            .find(|l| l.starts_with(&format!("  {n}. ")))
            .unwrap_or_default();
        assert!(
            line.ends_with(&format!("rated {rating}/10")),
            "{line}: {out}"
        );
    }
    // Typed at the prompt with an Enter among them, the same.
    let (out, code) = run_plain("5\n\n3\n4\n");
    assert_eq!(code, Some(0), "{out}");
    for rating in ["rated 5/10", "rated 3/10", "rated 4/10"] {
        assert!(out.contains(rating), "{rating}: {out}");
    }
}

/// `q` quit at once, though quitting asks first, and a `y` after it was read as an answer to
/// something else. Now `q` asks with the clock stopped, `y` quits, anything else goes on.
#[test]
fn q_asks_first_y_quits_and_anything_else_goes_on() {
    let (out, code) = run_plain("\nq\nn\n3\nq\ny\n");
    assert_eq!(code, Some(0), "{out}");
    assert_eq!(
        out.matches("Quit the session? The clock is stopped.")
            .count(),
        2,
        "{out}"
    );
    assert!(out.contains("Going on."), "{out}");
    assert!(
        !out.contains("Paused"),
        "the question says the clock stopped: {out}"
    );
    assert!(out.contains("Session stopped: "), "{out}");
    // The quit came before the first hold's prompt: its kept 3 is not used after quitting.
    assert!(!out.contains("Rated 3/10."), "{out}");
}

/// After a rating typed ahead, bare Enters during the hold got no answer, and two stale
/// "Rest after hold 1: 0:06 left." lines came after the release. Each gets its answer now.
#[test]
fn bare_enters_after_a_kept_rating_are_answered_at_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("long.toml");
    std::fs::write(
        &path,
        "name = \"Long\"\n[[step]]\nregion = \"calf\"\ntool = \"ball\"\nhold = \"3s\"\n\
         rest = \"2s\"\nprepare = \"0s\"\nreps = 2\n",
    )
    .expect("write");
    let mut child = sandboxed(&path, dir.path())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("runs");
    let mut stdin = child.stdin.take().expect("stdin");
    // Begin, rate ahead, then two bare Enters during the first hold.
    stdin.write_all(b"\n6\n\n\n").expect("write");
    std::thread::sleep(std::time::Duration::from_millis(1500));
    drop(stdin);
    let output = child.wait_with_output().expect("ends");
    let out = String::from_utf8(output.stdout).expect("utf-8");
    let lines: Vec<&str> = out.lines().collect();
    let kept = lines
        .iter()
        .position(|l| l.starts_with("Kept for the next rating: 6/10."))
        .expect(&out);
    let release = lines
        .iter()
        .position(|l| l.starts_with("Release."))
        .expect(&out);
    let statuses: Vec<usize> = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| l.starts_with("Hold 1/2: calf, 3s, 0:0"))
        .map(|(i, _)| i)
        .collect();
    assert_eq!(statuses.len(), 2, "{out}");
    assert!(statuses.iter().all(|&i| kept < i && i < release), "{out}");
    assert!(!out.contains("Rest after hold"), "no stale lines: {out}");
    assert!(out.contains("rated 6/10"), "{out}");
}

/// `printf '3\n' | knead run --plain r.toml` could hang at a later rest: with no more input,
/// the session runs to its end, the holds after the kept rating not rated.
#[test]
fn input_that_ends_lets_the_session_run_to_its_end() {
    let (out, code) = run_plain("3\n");
    assert_eq!(code, Some(0), "{out}");
    assert!(out.contains("Session complete: 3 of 3 holds done"), "{out}");
    assert!(out.contains("rated 3/10"), "{out}");
    assert_eq!(out.matches("Not rated.").count(), 2, "{out}");
}

#[test]
fn every_line_gets_an_answer() {
    // During the first get-ready: a word knead does not know, then a bare Enter.
    let (out, code) = run_plain("\nwhat\n\n");
    assert_eq!(code, Some(0), "{out}");
    let lines: Vec<&str> = out.lines().collect();
    let at = |prefix: &str| {
        lines
            .iter()
            .position(|l| l.starts_with(prefix))
            .unwrap_or_else(|| panic!("no line starting {prefix:?}:\n{out}"))
    };
    let hint = at("Keys: Enter (begin / released)");
    assert!(
        lines[hint].contains("n next")
            && lines[hint].contains("q quit")
            && lines[hint].contains("w say the spot, phase and time left"),
        "{out}"
    );
    assert_eq!(
        lines[hint].matches(" n ").count(),
        1,
        "each word once: {out}"
    );
    // A bare Enter while the clock runs says where the session is.
    let status = at("Get ready 1/3: calf, left, 1s, 0:0");
    assert!(lines[status].ends_with(" left."), "{out}");
    assert!(hint < status, "{out}");
    // `w` says where the session is too (and is spoken with a voice).
    let (out, code) = run_plain("\nw\n");
    assert_eq!(code, Some(0), "{out}");
    assert!(
        out.lines()
            .any(|l| l.starts_with("Get ready 1/3: calf, left, 1s, 0:0") && l.ends_with(" left.")),
        "{out}"
    );
    // The overview answers anything but Enter and q with how to begin.
    let (out, _) = run_plain("go\nq\n");
    assert_eq!(
        out.matches("Press Enter to begin, or q then Enter to quit.")
            .count(),
        2,
        "{out}"
    );
}

/// A plain session, its output read as it comes, ended by a signal once `shown` is said;
/// `ended` closes its input first.
fn signalled(
    signal: &str,
    shown: &str,
    ended: bool,
) -> (String, Option<i32>, std::path::PathBuf, tempfile::TempDir) {
    use std::io::{BufRead, BufReader};
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("long.toml");
    std::fs::write(
        &path,
        "name = \"Long\"\n[defaults]\ntool = \"ball\"\nprepare = \"0s\"\nrest = \"1s\"\n\
         [[step]]\nregion = \"calf\"\nhold = \"1s\"\n[[step]]\nregion = \"neck\"\nhold = \"60s\"\n",
    )
    .expect("write");
    let mut child = sandboxed(&path, dir.path())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("knead starts");
    let mut stdin = Some(child.stdin.take().expect("stdin"));
    if let Some(stdin) = stdin.as_mut() {
        std::io::Write::write_all(stdin, b"\n6\n").expect("input");
    }
    if ended {
        stdin = None;
    }
    let mut said = String::new();
    let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
    for line in lines.by_ref() {
        let line = line.expect("utf-8");
        said.push_str(&line);
        said.push('\n');
        if line.contains(shown) {
            break;
        }
    }
    std::process::Command::new("kill")
        .args([&format!("-{signal}"), &child.id().to_string()])
        .status()
        .expect("kill runs");
    for line in lines {
        said.push_str(&line.expect("utf-8"));
        said.push('\n');
    }
    let status = child.wait().expect("ends");
    drop(stdin);
    (said, status.code(), dir.path().join("history.db"), dir)
}

fn session_outcome(db: &std::path::Path) -> String {
    rusqlite::Connection::open(db)
        .expect("history")
        .query_row("SELECT outcome FROM session", [], |r| r.get(0))
        .expect("one session")
}

#[test]
fn sigterm_and_sighup_end_a_plain_session_with_its_summary_as_interrupted() {
    // The last one comes after the end of input, when only the signals are still watched.
    for (signal, code, ended) in [
        ("TERM", 143, false),
        ("HUP", 129, false),
        ("TERM", 143, true),
    ] {
        let (said, status, db, _dir) = signalled(signal, "Hold 2/2", ended);
        assert_eq!(status, Some(code), "SIG{signal}: {said}");
        assert!(
            said.contains("Session interrupted: 1 of 2 holds done, 1 stopped,"),
            "SIG{signal}: {said}"
        );
        assert!(said.contains("rated 6/10"), "SIG{signal}: {said}");
        assert_eq!(session_outcome(&db), "interrupted", "SIG{signal}");
    }
}

#[test]
fn ctrl_c_stops_a_plain_session_with_its_summary_as_quit() {
    let (said, status, db, _dir) = signalled("INT", "Hold 2/2", false);
    assert_eq!(status, Some(130), "{said}");
    assert!(
        said.contains("Session stopped: 1 of 2 holds done, 1 stopped,"),
        "{said}"
    );
    assert_eq!(session_outcome(&db), "quit");
}

/// A desktop bus with no notification service on it (a bare `dbus-run-session`): the kind
/// of machine where notifications fail mid-session.
#[test]
fn a_bus_without_a_notification_service_is_one_plain_note_before_any_prompt() {
    if Command::new("dbus-run-session")
        .arg("--version")
        .output()
        .is_err()
    {
        assert!(
            std::env::var_os("CI").is_none(),
            "dbus-run-session is missing under CI (scripts/install-deps --test installs it)"
        );
        eprintln!("skipping: dbus-run-session is missing");
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let routine = dir.path().join("plain.toml");
    std::fs::write(&routine, ROUTINE).expect("write");
    let mut cmd = std::process::Command::new("dbus-run-session");
    cmd.arg("--")
        .arg(env!("CARGO_BIN_EXE_knead"))
        .args(["run", "--plain"])
        .arg(&routine)
        .env("XDG_STATE_HOME", dir.path())
        .env("XDG_CONFIG_HOME", dir.path())
        .env("KNEAD_DATA_DIR", dir.path())
        .env("ALSA_CONFIG_PATH", "/dev/null");
    let out = assert_cmd::Command::from_std(cmd)
        .write_stdin("\n4\n5\n6\n")
        .timeout(std::time::Duration::from_secs(30))
        .output()
        .expect("runs");
    let said = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{said}");
    let notes: Vec<usize> = said
        .lines()
        .enumerate()
        .filter(|(_, l)| l.contains("notifications"))
        .map(|(i, _)| i)
        .collect();
    let note =
        "Note: notifications off: no notification service answered (--no-notify turns them off).";
    assert_eq!(notes.len(), 1, "{said}");
    assert_eq!(said.lines().nth(notes[0]), Some(note), "{said}");
    let first_prompt = said
        .lines()
        .position(|l| l.starts_with("Rest 1s. Rate"))
        .expect("a rating prompt");
    assert!(notes[0] < first_prompt, "{said}");
    assert!(!said.contains("org.freedesktop"), "{said}");
}

#[test]
fn the_summary_points_out_a_side_two_points_worse_than_the_other() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("sides.toml");
    std::fs::write(
        &path,
        "name = \"Sides\"\n[defaults]\ntool = \"ball\"\nhold = \"1s\"\nrest = \"0s\"\nprepare = \"0s\"\n\
         [[step]]\nregion = \"rear deltoid\"\nside = \"both\"\nreps = 2\n",
    )
    .expect("write");
    let output = Command::from_std(sandboxed(&path, dir.path()))
        .timeout(std::time::Duration::from_secs(30))
        // Each side's value is the mean of its ratings this session, as in the report:
        // 5.5 against 4.5 is one point, not a difference.
        .write_stdin("\n6\n5\n4\n5\n")
        .output()
        .expect("runs");
    let out = String::from_utf8(output.stdout).expect("utf-8");
    assert!(
        !out.contains("Sides differ"),
        "one point is not a difference: {out}"
    );
    let output = Command::from_std(sandboxed(&path, dir.path()))
        .timeout(std::time::Duration::from_secs(30))
        .write_stdin("\n6\n5\n3\n2\n")
        .output()
        .expect("runs");
    let out = String::from_utf8(output.stdout).expect("utf-8");
    assert!(
        out.contains("  Sides differ: rear deltoid: left 5.5, right 2.5."),
        "{out}"
    );
}

/// A routine that asks the overall pain: Enter on the overview asks it (as on the full
/// screen), and a script's numbers answer it, the hold and the question after it in order.
#[test]
fn enter_asks_the_overall_pain_and_a_script_answers_each_question_in_order() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("overall.toml");
    std::fs::write(
        &path,
        "name = \"Overall\"\nsession_rating = true\n[[step]]\nregion = \"calf\"\n\
         tool = \"ball\"\nhold = \"1s\"\nprepare = \"0s\"\n",
    )
    .expect("write");
    let output = Command::from_std(sandboxed(&path, dir.path()))
        .timeout(std::time::Duration::from_secs(30))
        .write_stdin("\n6\n4\n3\n")
        .output()
        .expect("runs");
    let out = String::from_utf8(output.stdout).expect("utf-8");
    assert_eq!(output.status.code(), Some(0), "{out}");
    let order = [
        "Overall pain now, from 0 (no pain) to 10 (worst imaginable), or s to skip:",
        "Overall pain 6/10.",
        "Rated 4/10.",
        "Overall pain 3/10.",
    ];
    let mut from = 0;
    for line in order {
        let at = out[from..]
            .find(line)
            .unwrap_or_else(|| panic!("{line:?} missing after byte {from}:\n{out}"));
        from += at + line.len();
    }
}

/// Lines that cannot mean anything later are answered at once, even with a rating kept,
/// not held back and answered in a burst after it; key words are read in either case.
#[test]
fn a_bad_line_after_a_kept_rating_is_answered_at_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("long.toml");
    std::fs::write(
        &path,
        "name = \"Long\"\n[[step]]\nregion = \"calf\"\ntool = \"ball\"\nhold = \"2s\"\n\
         rest = \"1s\"\nprepare = \"0s\"\nreps = 3\n",
    )
    .expect("write");
    let output = Command::from_std(sandboxed(&path, dir.path()))
        .timeout(std::time::Duration::from_secs(30))
        .write_stdin("\n7\n11\n-1\nabc\nT\n")
        .output()
        .expect("runs");
    let out = String::from_utf8(output.stdout).expect("utf-8");
    let lines: Vec<&str> = out.lines().collect();
    let release = lines
        .iter()
        .position(|l| l.starts_with("Release."))
        .expect(&out);
    let before: Vec<&&str> = lines[..release].iter().collect();
    assert_eq!(
        before
            .iter()
            .filter(|l| l.starts_with("Type a number from 0"))
            .count(),
        2,
        "11 and -1, at once: {out}"
    );
    assert!(
        before.iter().any(|l| l.starts_with("Keys: ")),
        "abc, at once: {out}"
    );
    assert!(!out.contains("Kept until after"), "{out}");
    assert!(
        before.contains(&&"Kept for the next rating: 10/10."),
        "T is t: {out}"
    );
    // The reminder of the keys names each word once, none empty.
    let keys = lines.iter().find(|l| l.starts_with("Keys: ")).expect(&out);
    assert!(!keys.contains(",  ") && !keys.contains(" , "), "{keys}");
}

/// `[hooks]` commands run at the session's moments with the facts in variables; one that
/// hangs is killed at its limit and the session keeps its time.
#[test]
fn hooks_run_with_the_sessions_facts_and_a_hanging_one_is_killed_at_its_limit() {
    let dir = tempfile::tempdir().expect("tempdir");
    let record = dir.path().join("hooks.txt");
    let line = |what: &str| {
        format!(
            "[\"sh\", \"-c\", \"echo {what} >> '{}'\"]",
            record.display()
        )
    };
    let settings = format!(
        "[hooks]\nsession_start = {}\nhold_end = {}\nsession_end = {}\nlimit = \"1s\"\n",
        line("$KNEAD_EVENT $KNEAD_ROUTINE $KNEAD_HOLDS"),
        line("$KNEAD_EVENT $KNEAD_HOLD $KNEAD_SPOT/$KNEAD_SIDE $KNEAD_OUTCOME [$KNEAD_RATING]"),
        line("$KNEAD_EVENT $KNEAD_OUTCOME $KNEAD_HELD"),
    );
    std::fs::create_dir_all(dir.path().join("knead")).expect("mkdir");
    std::fs::write(dir.path().join("knead/config.toml"), settings).expect("write");
    let output = plain_in(dir.path())
        .env("ALSA_CONFIG_PATH", "/dev/null")
        .env_remove("DBUS_SESSION_BUS_ADDRESS")
        .env("XDG_RUNTIME_DIR", dir.path())
        .write_stdin("\n4\ns\n7\n")
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(0));
    let said = std::fs::read_to_string(&record).expect("the hooks ran");
    assert_eq!(
        said,
        "session_start Plain test 3\n\
         hold_end 1 calf, left/left completed [4]\n\
         hold_end 2 calf, right/right completed []\n\
         hold_end 3 neck/ completed [7]\n\
         session_end completed 3\n",
    );
    // Quit on the overview: the session never began, so nothing starts or ends.
    let quit = plain_in(dir.path())
        .env("ALSA_CONFIG_PATH", "/dev/null")
        .env_remove("DBUS_SESSION_BUS_ADDRESS")
        .env("XDG_RUNTIME_DIR", dir.path())
        .write_stdin("q\n")
        .output()
        .expect("runs");
    assert_eq!(quit.status.code(), Some(0));
    assert_eq!(
        std::fs::read_to_string(&record).expect("record"),
        said,
        "a hook ran for a session that never began"
    );

    // A hook that hangs, through a shell as people write them: stopped at its limit with
    // what it started, and holding nothing of knead's open (the pipes end with knead).
    let hanging = "[hooks]\nhold_end = [\"sh\", \"-c\", \"sleep 30\"]\nlimit = \"1s\"\n";
    std::fs::write(dir.path().join("knead/config.toml"), hanging).expect("write");
    let began = std::time::Instant::now();
    let output = plain_in(dir.path())
        .env("ALSA_CONFIG_PATH", "/dev/null")
        .env_remove("DBUS_SESSION_BUS_ADDRESS")
        .env("XDG_RUNTIME_DIR", dir.path())
        .write_stdin("\n4\n5\n6\n")
        .output()
        .expect("runs");
    let took = began.elapsed();
    assert_eq!(output.status.code(), Some(0));
    assert!(
        took < std::time::Duration::from_secs(15),
        "three hanging hooks held the session up: {took:?}"
    );
    let log = std::fs::read_to_string(dir.path().join("knead/knead.log")).expect("log");
    assert!(
        log.contains("hook hold_end: sh was still running after 1s; stopped it"),
        "{log}"
    );
}
