//! The built binary driven in a real terminal (tmux, 80x24) as a person would: keys in,
//! screen out, and afterwards a terminal that still works.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

mod common;

/// A tmux server of our own, killed when the test ends.
struct Tmux {
    socket: String,
    /// The history folder knead writes to in this terminal.
    data: tempfile::TempDir,
}

impl Tmux {
    /// Starts a plain shell in an 80x24 window, or `None` (with the reason printed) when tmux is
    /// missing; `.ci/run` installs it, so CI always runs these tests.
    fn start(name: &str) -> Option<Self> {
        if !common::installed("tmux", "-V") {
            return None;
        }
        let tmux = Self {
            socket: format!("knead-e2e-{name}-{}", std::process::id()),
            data: tempfile::tempdir().expect("tempdir"),
        };
        tmux.run(&[
            "new-session",
            "-d",
            "-x",
            "80",
            "-y",
            "24",
            "-s",
            "e2e",
            "bash --norc --noprofile",
        ]);
        tmux.run(&["set-option", "-g", "status", "off"]);
        tmux.keys(&[
            &format!(
                "export PS1='$ ' NO_COLOR=1 XDG_CONFIG_HOME=/nonexistent KNEAD_DATA_DIR={} XDG_STATE_HOME=$(mktemp -d); clear",
                tmux.data.path().display()
            ),
            "Enter",
        ]);
        Some(tmux)
    }

    fn run(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .args(args)
            .output()
            .expect("tmux runs")
    }

    fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "e2e"];
        args.extend_from_slice(keys);
        self.run(&args);
    }

    fn screen(&self) -> String {
        String::from_utf8_lossy(&self.run(&["capture-pane", "-t", "e2e", "-p"]).stdout).into_owned()
    }

    fn format(&self, format: &str) -> String {
        let out = self.run(&["display-message", "-t", "e2e", "-p", format]);
        String::from_utf8_lossy(&out.stdout).trim().to_owned()
    }

    /// Waits until the screen shows `text`, failing with the screen after `secs`.
    fn wait_for(&self, text: &str, secs: u64) -> String {
        let deadline = Instant::now() + Duration::from_secs(secs);
        loop {
            let screen = self.screen();
            if screen.contains(text) {
                return screen;
            }
            assert!(
                Instant::now() < deadline,
                "timed out waiting for {text:?}; screen:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(40));
        }
    }

    /// Runs `knead run ROUTINE` in the shell with `env` before it, and waits for its
    /// overview; returns the screen.
    fn open(&self, routine: &Path, env: &str) -> String {
        self.keys(&[&knead_command(routine, env), "Enter"]);
        self.wait_for("Enter begin", 10)
    }

    /// The pid of the program running in the shell (knead), once it has started.
    fn child_pid(&self) -> String {
        let shell = self.format("#{pane_pid}");
        let deadline = Instant::now() + Duration::from_secs(5);
        loop {
            let out = Command::new("pgrep")
                .args(["-P", &shell])
                .output()
                .expect("pgrep runs");
            let pid = String::from_utf8_lossy(&out.stdout).trim().to_owned();
            if !pid.is_empty() {
                return pid;
            }
            assert!(Instant::now() < deadline, "knead did not start");
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Checks the terminal is usable: main screen, cursor shown, canonical mode and echo on.
    fn assert_sane(&self) {
        assert_eq!(
            self.format("#{alternate_on}"),
            "0",
            "still on the alternate screen"
        );
        assert_eq!(self.format("#{cursor_flag}"), "1", "cursor hidden");
        self.keys(&["clear; stty -a | tr ' ' '\\n' | grep -x -e icanon -e -icanon -e echo -e -echo; echo STTY-$((6*7))", "Enter"]);
        let screen = self.wait_for("STTY-42", 5);
        assert!(
            screen.lines().any(|l| l.trim() == "icanon"),
            "not in canonical mode:\n{screen}"
        );
        assert!(
            !screen.lines().any(|l| l.trim() == "-echo"),
            "echo is off:\n{screen}"
        );
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .arg("kill-server")
            .output();
    }
}

/// Writes `text` as the routine file `name` in `dir`.
fn routine_file(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write routine");
    path
}

/// A short routine: two 1 s holds on both sides of the calf, then a 2 s manual-release hold.
fn short_routine(dir: &Path) -> PathBuf {
    routine_file(
        dir,
        "short.toml",
        r#"name = "E2E short"
[[step]]
region = "calf"
tool = "ball"
hold = "1s"
rest = "1s"
prepare = "1s"
side = "both"
cue = "Lean in."
[[step]]
region = "neck"
tool = "thumb"
hold = "2s"
prepare = "1s"
release = "manual"
"#,
    )
}

/// One 60 s hold with no get-ready time: long enough to act on mid-hold.
fn one_long_hold(dir: &Path) -> PathBuf {
    routine_file(
        dir,
        "long.toml",
        "name = \"Long\"\n[[step]]\nregion = \"calf\"\ntool = \"ball\"\nhold = \"60s\"\nprepare = \"0s\"\n",
    )
}

fn knead_command(routine: &Path, env: &str) -> String {
    format!(
        "{env} {} run {}; echo EXIT=$?",
        env!("CARGO_BIN_EXE_knead"),
        routine.display()
    )
}

#[test]
fn a_short_routine_rated_to_the_summary_leaves_a_working_terminal() {
    let Some(tmux) = Tmux::start("full") else {
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let routine = short_routine(dir.path());
    let overview = tmux.open(&routine, "");
    assert_eq!(tmux.format("#{alternate_on}"), "1");
    // Whatever the sound libraries print on a machine without sound stays off the screen.
    assert!(
        !overview.contains("ALSA") && !overview.contains("cannot find card"),
        "{overview}"
    );
    tmux.keys(&["Enter"]);
    tmux.wait_for("GET READY", 5);
    tmux.wait_for("Rate calf, left", 5);
    tmux.keys(&["7"]);
    tmux.wait_for("7 selected", 5);
    tmux.keys(&["Enter"]);
    tmux.wait_for("Rate calf, right", 8);
    tmux.keys(&["t", "Enter"]);
    // A 10 calls for easing off: the rest lasts 10 s from it, then the get-ready.
    let hold = tmux.wait_for("Press Enter when the knot lets go", 20);
    assert!(hold.contains("HOLD"), "{hold}");
    tmux.keys(&["Enter"]);
    tmux.wait_for("Rate neck", 5);
    tmux.keys(&["3", "Enter"]);
    let summary = tmux.wait_for("SESSION COMPLETE", 5);
    assert!(
        summary.contains("7/10") && summary.contains("10/10") && summary.contains("3/10"),
        "{summary}"
    );
    tmux.keys(&["q"]);
    let after = tmux.wait_for("EXIT=0", 5);
    assert!(
        after.contains("Session complete: 3 of 3 holds done"),
        "{after}"
    );
    tmux.assert_sane();
    // The ratings given on screen are in the history.
    let export = Command::new(env!("CARGO_BIN_EXE_knead"))
        .arg("--data-dir")
        .arg(tmux.data.path())
        .args(["export", "--format", "csv"])
        .output()
        .expect("export runs");
    let csv = String::from_utf8_lossy(&export.stdout);
    let rating = column(&csv, "rating");
    let ratings: Vec<&str> = csv
        .lines()
        .skip(1)
        .map(|l| l.split(',').nth(rating).unwrap_or_default())
        .collect();
    assert_eq!(ratings, ["7", "10", "3"], "{csv}");
    assert!(
        csv.lines()
            .nth(1)
            .is_some_and(|l| l.contains(",completed,")),
        "{csv}"
    );
}

#[test]
fn signals_in_every_phase_restore_the_terminal_and_exit_with_128_plus_the_signal() {
    let Some(tmux) = Tmux::start("signals") else {
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let path = routine_file(
        dir.path(),
        "quick.toml",
        "name = \"Quick\"\n[[step]]\nregion = \"calf\"\ntool = \"ball\"\nprepare = \"3s\"\nhold = \"4s\"\n",
    );
    // (phase, the keys that reach it from the overview, what shows it is on screen)
    let phases: [(&str, &[&str], &str); 5] = [
        ("overview", &[], "Enter begin"),
        ("get ready", &["Enter"], "GET READY"),
        ("hold", &["Enter"], "HOLD"),
        ("rating", &["Enter"], "RATE"),
        ("summary", &["Enter", "5", "Enter"], "SESSION COMPLETE"),
    ];
    for (phase, keys, shown) in phases {
        for (signal, code) in [("TERM", 143), ("HUP", 129), ("INT", 130)] {
            tmux.open(&path, "");
            for key in keys {
                if *key == "5" {
                    tmux.wait_for("RATE", 10);
                }
                tmux.keys(&[key]);
            }
            tmux.wait_for(shown, 10);
            let pid = tmux.child_pid();
            Command::new("kill")
                .args([&format!("-{signal}"), &pid])
                .status()
                .expect("kill runs");
            let after = tmux.wait_for(&format!("EXIT={code}"), 5);
            assert!(!after.contains("panicked"), "{phase}, SIG{signal}: {after}");
            tmux.assert_sane();
            tmux.keys(&["clear", "Enter"]);
        }
    }
}

#[test]
fn a_panic_mid_hold_restores_the_terminal_and_prints_the_message() {
    let Some(tmux) = Tmux::start("panic") else {
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let routine = short_routine(dir.path());
    tmux.open(&routine, "KNEAD_TEST_PANIC=1 RUST_BACKTRACE=0");
    tmux.keys(&["Enter"]);
    let screen = tmux.wait_for("EXIT=101", 10);
    assert!(
        screen.contains("deliberate panic during a hold"),
        "{screen}"
    );
    tmux.assert_sane();
}

#[test]
fn ctrl_z_gives_the_terminal_back_and_fg_redraws_the_paused_session() {
    let Some(tmux) = Tmux::start("suspend") else {
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let path = one_long_hold(dir.path());
    tmux.open(&path, "");
    tmux.keys(&["Enter"]);
    tmux.wait_for("HOLD", 5);
    tmux.keys(&["C-z"]);
    tmux.wait_for("Stopped", 5);
    assert_eq!(tmux.format("#{alternate_on}"), "0");
    tmux.keys(&["clear; fg; echo EXIT=$?", "Enter"]);
    let screen = tmux.wait_for("PAUSED", 5);
    assert!(
        screen.contains("HOLD") && screen.contains("calf"),
        "not redrawn:\n{screen}"
    );
    tmux.keys(&["q", "y"]);
    tmux.wait_for("SESSION STOPPED", 5);
    tmux.keys(&["q"]);
    tmux.wait_for("EXIT=0", 5);
    tmux.assert_sane();
}

/// Plain mode stops for the shell too (it only paused, and `fg` was read as a key), and
/// brought back says where the session stands, paused, and goes on with `p`; Ctrl-C then
/// ends it with the summary on a line of its own.
#[test]
fn ctrl_z_in_plain_mode_stops_for_the_shell_and_fg_says_the_session_is_paused() {
    let Some(tmux) = Tmux::start("suspend-plain") else {
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let path = one_long_hold(dir.path());
    tmux.keys(&[
        &format!(
            "{} run --plain {}; echo EXIT=$?",
            env!("CARGO_BIN_EXE_knead"),
            path.display()
        ),
        "Enter",
    ]);
    tmux.wait_for("Press Enter to begin", 10);
    tmux.keys(&["Enter"]);
    tmux.wait_for("Hold 1/1", 5);
    std::thread::sleep(Duration::from_secs(1));
    tmux.keys(&["C-z"]);
    tmux.wait_for("Stopped", 5);
    // Stopped, the clock does not run: 3 s later the hold has as long left as when it
    // stopped.
    std::thread::sleep(Duration::from_secs(3));
    tmux.keys(&["clear; fg", "Enter"]);
    let screen = tmux.wait_for("left, paused", 5);
    let left = screen
        .lines()
        .find_map(|l| l.split("0:").nth(1)?.get(..2)?.parse::<u64>().ok())
        .unwrap_or_else(|| panic!("no time left shown:\n{screen}"));
    assert!((56..=59).contains(&left), "0:{left} left:\n{screen}");
    tmux.keys(&["p", "Enter"]);
    tmux.wait_for("Resumed", 5);
    // Ctrl-C quits plain mode at once; its summary starts a line, not after the echoed ^C.
    tmux.keys(&["C-c"]);
    // The shell dropped the rest of the command line when the job stopped: no EXIT= here,
    // so the shell's prompt says knead has ended (keys typed before it went to knead).
    tmux.wait_for("Session stopped", 5);
    let deadline = Instant::now() + Duration::from_secs(10);
    let screen = loop {
        let screen = tmux.screen();
        if screen.lines().rfind(|l| !l.trim().is_empty()) == Some("$") {
            break screen;
        }
        assert!(Instant::now() < deadline, "no prompt:\n{screen}");
        std::thread::sleep(Duration::from_millis(40));
    };
    assert!(
        screen.lines().any(|l| l.starts_with("Session stopped")),
        "{screen}"
    );
    let held: f64 = screen
        .split("held ")
        .nth(1)
        .and_then(|rest| rest.split('s').next()?.parse().ok())
        .unwrap_or_else(|| panic!("no time held:\n{screen}"));
    // About a second before Ctrl-Z and a moment after `p`; 3 s more had the clock run.
    assert!(held < 3.5, "the clock ran while stopped:\n{screen}");
    tmux.assert_sane();
}

/// On the real screen: every phase counts down through each whole second once, in order,
/// none skipped or repeated; no second and no deadline is handled before it is due.
#[test]
fn the_clock_shows_every_second_once_and_nothing_is_early() {
    let Some(tmux) = Tmux::start("seconds") else {
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let routine = routine_file(
        dir.path(),
        "count.toml",
        "name = \"Count\"\nauto_advance = true\n[defaults]\ntool = \"ball\"\nprepare = \"2s\"\nrest = \"3s\"\n\
         [[step]]\nregion = \"calf\"\nhold = \"5s\"\n[[step]]\nregion = \"neck\"\nhold = \"4s\"\n",
    );
    let log = dir.path().join("timing.tsv");
    tmux.open(&routine, &format!("KNEAD_EFFECTS_LOG={}", log.display()));
    tmux.keys(&["Enter"]);
    // With auto-advance nobody has to answer: the last rest runs out and the session ends
    // (it used to wait for the last rating for ever).
    tmux.wait_for("SESSION COMPLETE", 40);
    tmux.keys(&["q"]);
    tmux.wait_for("EXIT=0", 5);
    let text = std::fs::read_to_string(&log).expect("timing log");
    let mut shown: Vec<(String, u64)> = Vec::new();
    for line in text.lines().skip(1) {
        let fields: Vec<&str> = line.split('\t').collect();
        let late: i64 = fields[2].parse().expect("lateness");
        assert!(late >= 0, "early: {line}");
        if let Some(second) = fields[0].strip_prefix("second:") {
            let (phase, n) = second.rsplit_once(':').expect("phase:n");
            shown.push((phase.to_owned(), n.parse().expect("n")));
        }
    }
    let mut phases: Vec<(String, Vec<u64>)> = Vec::new();
    for (phase, n) in shown {
        match phases.last_mut() {
            Some((p, ns)) if *p == phase => ns.push(n),
            _ => phases.push((phase, vec![n])),
        }
    }
    let expected: Vec<(String, Vec<u64>)> = [
        ("prepare-0", vec![2, 1]),
        ("hold-0", vec![5, 4, 3, 2, 1]),
        ("rest-0", vec![3, 2, 1]),
        ("prepare-1", vec![2, 1]),
        ("hold-1", vec![4, 3, 2, 1]),
        ("rest-1", vec![3, 2, 1]),
    ]
    .into_iter()
    .map(|(p, n)| (p.to_owned(), n))
    .collect();
    assert_eq!(phases, expected, "{text}");
}

/// A shell that ignores SIGHUP (`trap '' HUP`, some `ssh -t` and tmux setups) does not pass the
/// hang-up on. knead must notice its terminal is gone by itself and end, not wait on a dead
/// terminal for ever (crossterm's reader would spin on it): on the overview, where nothing is
/// redrawn, and in a paused hold.
#[test]
fn a_session_whose_terminal_closes_without_a_sighup_ends_by_itself() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = one_long_hold(dir.path());
    let cases: [(&str, &[&str], &str); 2] = [
        ("overview", &[], "Enter begin"),
        ("paused hold", &["Enter", "Space"], "PAUSED"),
    ];
    for (case, keys, shown) in cases {
        let Some(tmux) = Tmux::start("orphan") else {
            return;
        };
        tmux.keys(&["trap '' HUP", "Enter"]);
        tmux.open(&path, "");
        for key in keys {
            tmux.keys(&[key]);
        }
        tmux.wait_for(shown, 5);
        let pid = tmux.child_pid();
        // Close the terminal the way a dropped connection does: its other end just goes away.
        let server = tmux.format("#{pid}");
        Command::new("kill")
            .args(["-KILL", &server])
            .status()
            .expect("kill runs");
        let proc = PathBuf::from(format!("/proc/{pid}"));
        let deadline = Instant::now() + Duration::from_secs(5);
        while proc.exists() && !is_zombie(&proc) {
            assert!(
                Instant::now() < deadline,
                "{case}: knead still runs 5 s after its terminal closed"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

/// An exited process whose parent has not reaped it yet.
fn is_zombie(proc: &Path) -> bool {
    std::fs::read_to_string(proc.join("stat")).is_ok_and(|stat| {
        stat.rsplit(')')
            .next()
            .is_some_and(|rest| rest.trim_start().starts_with('Z'))
    })
}

/// The history's rows as `knead export` gives them: (session outcome, hold outcome, rating).
fn exported(data: &Path) -> Vec<(String, String, String)> {
    let export = Command::new(env!("CARGO_BIN_EXE_knead"))
        .arg("--data-dir")
        .arg(data)
        .args(["export", "--format", "csv"])
        .output()
        .expect("export runs");
    let csv = String::from_utf8_lossy(&export.stdout);
    let [session, outcome, rating] =
        ["session_outcome", "outcome", "rating"].map(|name| column(&csv, name));
    csv.lines()
        .skip(1)
        .map(|line| {
            let cells: Vec<&str> = line.split(',').collect();
            (
                cells[session].into(),
                cells[outcome].into(),
                cells[rating].into(),
            )
        })
        .collect()
}

/// Where the export's CSV has the column `name`, by its header (the format names its columns;
/// their order may grow).
fn column(csv: &str, name: &str) -> usize {
    csv.lines()
        .next()
        .and_then(|header| header.split(',').position(|c| c == name))
        .unwrap_or_else(|| panic!("no {name} column in {csv}"))
}

/// Eyes closed, as a desk user would: a digit typed but never confirmed still counts when the
/// rest runs out; a rest that runs out with nothing typed says so on screen and is reminded
/// of 20 s later (the timing log shows it; which sound plays is `src/audio/tests.rs`), and
/// `n` during a hold ends it and still asks its rating.
#[test]
fn a_rest_that_runs_out_keeps_the_selected_rating_and_nudges_when_there_is_none() {
    let Some(tmux) = Tmux::start("rest") else {
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let routine = routine_file(
        dir.path(),
        "rest.toml",
        "name = \"Rest flow\"\n[defaults]\ntool = \"ball\"\nprepare = \"1s\"\nrest = \"2s\"\n\
         [[step]]\nregion = \"calf\"\nhold = \"2s\"\n[[step]]\nregion = \"neck\"\nhold = \"30s\"\n\
         [[step]]\nregion = \"jaw\"\nhold = \"2s\"\n",
    );
    let log = dir.path().join("timing.tsv");
    tmux.open(&routine, &format!("KNEAD_EFFECTS_LOG={}", log.display()));
    tmux.keys(&["Enter"]);
    tmux.wait_for("Rate calf", 10);
    tmux.keys(&["6"]);
    tmux.wait_for("6 selected", 5);
    // No Enter: the rest runs out and the 6 counts; the neck's hold starts.
    let hold = tmux.wait_for("HOLD", 10);
    assert!(hold.contains("neck") && hold.contains("n end"), "{hold}");
    // n ends the 30 s hold early, and its rating is still asked for.
    tmux.keys(&["n"]);
    tmux.wait_for("Rate neck", 5);
    let waiting = tmux.wait_for("Rest over: rate to go on.", 10);
    assert!(!waiting.contains("selected"), "{waiting}");
    // The nudge when the rest ran out, and the first reminder 20 s later.
    let deadline = Instant::now() + Duration::from_secs(30);
    while !std::fs::read_to_string(&log)
        .unwrap_or_default()
        .contains("rating-reminder")
    {
        assert!(
            Instant::now() < deadline,
            "no reminder 30 s after the rest ran out"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    tmux.keys(&["4", "Enter"]);
    tmux.wait_for("Rate jaw", 10);
    tmux.keys(&["2", "Enter"]);
    tmux.wait_for("SESSION COMPLETE", 5);
    tmux.keys(&["q"]);
    tmux.wait_for("EXIT=0", 5);
    let text = std::fs::read_to_string(&log).expect("timing log");
    let due = |event: &str| -> Vec<f64> {
        text.lines()
            .filter(|l| l.split('\t').next() == Some(event))
            .filter_map(|l| l.split('\t').nth(1)?.parse().ok())
            .collect()
    };
    let ended = due("rest-ended");
    let reminders = due("rating-reminder");
    assert!(ended.len() >= 2 && !reminders.is_empty(), "{text}");
    assert!(
        (reminders[0] - ended[1] - 20_000.0).abs() < 1.0,
        "the first reminder is 20 s after the rest ran out: {text}"
    );
    assert_eq!(
        exported(tmux.data.path()),
        [
            ("completed".into(), "completed".into(), "6".into()),
            ("completed".into(), "cut_short".into(), "4".into()),
            ("completed".into(), "completed".into(), "2".into()),
        ]
    );
}

/// The quit box: Enter (begin, confirm, released) and q do not quit, the clock stops while it
/// asks, its footer offers only its own keys, and y quits.
#[test]
fn the_quit_box_stops_the_clock_and_only_y_quits() {
    let Some(tmux) = Tmux::start("quitbox") else {
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let path = one_long_hold(dir.path());
    tmux.open(&path, "");
    tmux.keys(&["Enter"]);
    tmux.wait_for("HOLD", 5);
    tmux.keys(&["q"]);
    let asked = tmux.wait_for("Quit the session?", 5);
    let footer = asked.lines().last().unwrap_or_default().to_owned();
    assert!(
        footer.contains("y quit") && footer.contains("n keep going"),
        "{asked}"
    );
    assert!(
        !footer.contains("pause") && !footer.contains("15s"),
        "{asked}"
    );
    assert!(asked.contains("PAUSED"), "the clock stops: {asked}");
    std::thread::sleep(Duration::from_millis(2500));
    let later = tmux.screen();
    assert!(later.contains("Quit the session?"), "{later}");
    // Enter keeps going; the clock runs again from where it stopped.
    tmux.keys(&["Enter"]);
    let back = tmux.wait_for("space pause", 5);
    assert!(
        back.contains("HOLD") && !back.contains("Quit the session?"),
        "{back}"
    );
    assert!(!back.contains("PAUSED"), "{back}");
    let summary = {
        tmux.keys(&["q"]);
        tmux.wait_for("Quit the session?", 5);
        tmux.keys(&["q"]);
        let still = tmux.wait_for("space pause", 5);
        assert!(still.contains("HOLD"), "q on the box keeps going: {still}");
        tmux.keys(&["q"]);
        tmux.wait_for("Quit the session?", 5);
        tmux.keys(&["y"]);
        tmux.wait_for("SESSION STOPPED", 5)
    };
    // Held about 1-2 s before the box and a moment between boxes: never the 2.5 s it was open.
    assert!(summary.contains("0 of 1 hold done, 1 stopped"), "{summary}");
    tmux.keys(&["q"]);
    let after = tmux.wait_for("EXIT=0", 5);
    let held: f64 = after
        .lines()
        .find_map(|l| l.split("held ").nth(1)?.split('s').next()?.parse().ok())
        .expect("the summary says how long it was held");
    assert!(
        held < 2.4,
        "the time the box was open was counted: held {held} s\n{after}"
    );
    assert_eq!(exported(tmux.data.path())[0].0, "quit");
}

/// SIGTERM mid-session: the summary is printed after the screen is restored, and the history
/// says `interrupted`, not `quit`.
#[test]
fn sigterm_mid_session_prints_the_summary_and_is_recorded_as_interrupted() {
    let Some(tmux) = Tmux::start("term") else {
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let routine = short_routine(dir.path());
    tmux.open(&routine, "");
    tmux.keys(&["Enter"]);
    tmux.wait_for("Rate calf, left", 5);
    tmux.keys(&["7", "Enter"]);
    tmux.wait_for("Rate calf, right", 8);
    let pid = tmux.child_pid();
    Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .expect("kill runs");
    let after = tmux.wait_for("EXIT=143", 5);
    assert!(
        after.contains("Session interrupted: 2 of 3 holds done"),
        "{after}"
    );
    assert!(after.contains("rated 7/10"), "{after}");
    tmux.assert_sane();
    let rows = exported(tmux.data.path());
    assert!(
        rows.iter().all(|(session, _, _)| session == "interrupted"),
        "{rows:?}"
    );
    assert_eq!(rows[0].2, "7");

    // Before the first hold was recorded, as plain mode does: the summary, not nothing.
    tmux.keys(&["clear", "Enter"]);
    tmux.open(&routine, "");
    tmux.keys(&["Enter"]);
    tmux.wait_for("GET READY", 5);
    let pid = tmux.child_pid();
    Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .expect("kill runs");
    let after = tmux.wait_for("EXIT=143", 5);
    assert!(
        after.contains("Session interrupted: 0 of 3 holds done"),
        "{after}"
    );
}

/// Another process holds the history's write lock for 10 s mid-session (an import, a backup
/// tool): the writes wait on their own thread, and every deadline and every second on screen
/// stays on time. Before, each batch of effects waited the 2 s busy timeout on the loop.
#[test]
fn a_history_locked_for_ten_seconds_leaves_every_deadline_on_time() {
    let Some(tmux) = Tmux::start("locked") else {
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    // A first session creates the history.
    let first = routine_file(
        dir.path(),
        "first.toml",
        "name = \"First\"\n[[step]]\nregion = \"calf\"\ntool = \"ball\"\nhold = \"1s\"\nprepare = \"0s\"\n",
    );
    let made = Command::new(env!("CARGO_BIN_EXE_knead"))
        .args(["run", "--plain"])
        .arg(&first)
        .env("KNEAD_DATA_DIR", tmux.data.path())
        .env("XDG_CONFIG_HOME", dir.path())
        .env("XDG_STATE_HOME", dir.path())
        .output()
        .expect("first session");
    assert!(made.status.success());
    let routine = routine_file(
        dir.path(),
        "busy.toml",
        "name = \"Busy\"\nauto_advance = true\n[defaults]\ntool = \"ball\"\nprepare = \"1s\"\nrest = \"1s\"\n\
         [[step]]\nregion = \"calf\"\nhold = \"2s\"\nside = \"both\"\n[[step]]\nregion = \"neck\"\nhold = \"2s\"\n",
    );
    let log = dir.path().join("timing.tsv");
    let db = rusqlite::Connection::open(tmux.data.path().join("history.db")).expect("open");
    db.execute_batch("BEGIN EXCLUSIVE").expect("lock");
    let locked = Instant::now();
    tmux.open(&routine, &format!("KNEAD_EFFECTS_LOG={}", log.display()));
    tmux.keys(&["Enter"]);
    let behind = tmux.wait_for("NOT SAVED", 10);
    assert!(behind.contains("HOLD") || behind.contains("GET READY") || behind.contains("REST"));
    std::thread::sleep(Duration::from_secs(10).saturating_sub(locked.elapsed()));
    db.execute_batch("COMMIT").expect("unlock");
    drop(db);
    // The last hold's rating, typed before its prompt: kept for it.
    tmux.wait_for("hold 3 of 3", 20);
    tmux.keys(&["3"]);
    tmux.wait_for("rating 3/10 kept", 5);
    tmux.wait_for("SESSION COMPLETE", 10);
    tmux.keys(&["q"]);
    tmux.wait_for("EXIT=0", 10);
    let text = std::fs::read_to_string(&log).expect("timing log");
    let mut worst = (0i64, String::new());
    let mut effects = 0;
    for line in text.lines().skip(1) {
        let fields: Vec<&str> = line.split('\t').collect();
        let late: i64 = fields[2].parse().expect("lateness");
        effects += 1;
        if late > worst.0 {
            worst = (late, line.to_owned());
        }
    }
    eprintln!(
        "history locked 10 s: worst lateness of {effects} effects, cues and seconds: {} us ({})",
        worst.0, worst.1
    );
    assert!(effects > 30, "{text}");
    assert!(
        worst.0 < 100_000,
        "handled {} ms late with the history locked: {}\n{text}",
        worst.0 / 1000,
        worst.1
    );
    // Everything was written once the lock went.
    let rows: Vec<(String, String, String)> =
        exported(tmux.data.path()).into_iter().skip(1).collect();
    assert_eq!(rows.len(), 3, "{rows:?}");
    assert!(rows.iter().all(|(s, _, _)| s == "completed"), "{rows:?}");
    assert_eq!(rows[2].2, "3");
}

#[test]
fn a_settings_file_with_a_typo_asks_and_runs_on_the_defaults_with_y() {
    let Some(tmux) = Tmux::start("config") else {
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let routine = short_routine(dir.path());
    std::fs::create_dir_all(dir.path().join("knead")).expect("mkdir");
    std::fs::write(dir.path().join("knead/config.toml"), "[audio]\nvolum = 3\n").expect("write");
    let env = format!("XDG_CONFIG_HOME={}", dir.path().display());

    tmux.keys(&[&knead_command(&routine, &env), "Enter"]);
    let screen = tmux.wait_for("any other key to stop", 10);
    assert!(
        screen.contains("error: unknown key \"volum\" in [audio]"),
        "{screen}"
    );
    // Any key but y stops, with the settings left to fix.
    tmux.keys(&["x"]);
    let screen = tmux.wait_for("EXIT=1", 5);
    assert!(
        screen.contains("`knead config` checks the file"),
        "{screen}"
    );
    tmux.assert_sane();

    tmux.keys(&["clear", "Enter", &knead_command(&routine, &env), "Enter"]);
    tmux.wait_for("any other key to stop", 10);
    tmux.keys(&["y"]);
    tmux.wait_for("Enter begin", 10);
    tmux.keys(&["q"]);
    tmux.wait_for("EXIT=0", 5);
    tmux.assert_sane();
}

/// `knead` alone: the home screen, a routine found with the filter and run to its first
/// hold, quit, and back on the home screen with that session counted.
#[test]
fn knead_alone_opens_the_home_screen_runs_a_routine_and_comes_back_to_it() {
    let Some(tmux) = Tmux::start("home") else {
        return;
    };
    tmux.keys(&[
        &format!("{}; echo EXIT=$?", env!("CARGO_BIN_EXE_knead")),
        "Enter",
    ]);
    let home = tmux.wait_for("Enter open", 10);
    assert!(
        home.contains("desk-neck") && home.contains("never"),
        "{home}"
    );
    // Every resize is drawn at the new size, not only the first (the Length column is left
    // out below 60 columns).
    for (width, wide) in [("44", false), ("100", true), ("50", false), ("80", true)] {
        tmux.run(&["resize-window", "-t", "e2e", "-x", width, "-y", "24"]);
        let deadline = Instant::now() + Duration::from_secs(5);
        while tmux.screen().contains("Length") != wide {
            assert!(
                Instant::now() < deadline,
                "not redrawn at {width} columns:\n{}",
                tmux.screen()
            );
            std::thread::sleep(Duration::from_millis(40));
        }
    }
    tmux.keys(&["/"]);
    tmux.keys(&["-l", "forearms"]);
    let filtered = tmux.wait_for("/ forearms", 5);
    assert!(!filtered.contains("desk-neck"), "{filtered}");
    tmux.keys(&["Enter"]);
    tmux.wait_for("filter: forearms", 5);
    tmux.keys(&["Enter"]);
    tmux.wait_for("Enter begin", 10);
    tmux.keys(&["Enter"]);
    tmux.wait_for("HOLD", 15);
    tmux.keys(&["q"]);
    tmux.wait_for("Quit the session?", 5);
    tmux.keys(&["y"]);
    tmux.wait_for("SESSION STOPPED", 5);
    tmux.keys(&["q"]);
    let back = tmux.wait_for("Enter open", 10);
    let row = back
        .lines()
        .find(|l| l.contains("typing-forearms"))
        .unwrap_or_default();
    assert!(row.contains("today") && row.contains("1/5"), "{back}");
    tmux.keys(&["q"]);
    tmux.wait_for("EXIT=0", 5);
    tmux.assert_sane();
}

/// A prescribed routine at a terminal: the stop rules take one key each before the full
/// screen opens, and the overview says which week it is.
#[test]
fn a_prescription_asks_its_stop_rules_with_one_key_and_the_overview_shows_the_week() {
    let Some(tmux) = Tmux::start("prescription") else {
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let start = jiff::Zoned::now()
        .date()
        .checked_sub(jiff::Span::new().days(8))
        .expect("date");
    let routine = routine_file(
        dir.path(),
        "home.toml",
        &format!(
            "name = \"Home\"\n[[step]]\nregion = \"calf\"\ntool = \"ball\"\nhold = \"20s\"\n\
             [prescription]\nstart = {start}\nweeks = 4\nper_week = 3\n\
             stop_if = [\"numbness\"]\n[[prescription.phase]]\nfrom_week = 2\nhold = \"30s\"\n"
        ),
    );
    tmux.keys(&[&knead_command(&routine, ""), "Enter"]);
    tmux.wait_for("Numbness? Type y or n:", 10);
    tmux.keys(&["y"]);
    tmux.wait_for("To start anyway, type s", 5);
    // Anything but s stops (as advised: no failure), and the terminal is as it was.
    tmux.keys(&["Enter"]);
    tmux.wait_for("no session today, as advised", 5);
    tmux.wait_for("EXIT=0", 5);
    tmux.assert_sane();

    tmux.keys(&["clear", "Enter", &knead_command(&routine, ""), "Enter"]);
    tmux.wait_for("Numbness?", 10);
    tmux.keys(&["n"]);
    let screen = tmux.wait_for("Enter begin", 10);
    assert!(
        screen.contains("Week 2 of 4 · phase 2 of 2 · 0 of 3 sessions this week"),
        "{screen}"
    );
    // Something changed since: c on the overview asks the rules again, then shows it anew.
    assert!(screen.contains("c something changed"), "{screen}");
    tmux.keys(&["c"]);
    tmux.wait_for("Numbness? Type y or n:", 10);
    tmux.keys(&["n"]);
    let screen = tmux.wait_for("Enter begin", 10);
    assert!(
        screen.contains("30s · ball"),
        "the second phase's hold:\n{screen}"
    );
    tmux.keys(&["q"]);
    tmux.wait_for("EXIT=0", 5);
    tmux.assert_sane();
}

/// `n` on the home screen: a name typed with a space becomes the file's name in lower case
/// with a dash, and stays the routine's title.
#[test]
fn a_new_routine_named_with_a_space_on_the_home_screen_keeps_its_name() {
    let Some(tmux) = Tmux::start("new") else {
        return;
    };
    let config = tempfile::tempdir().expect("tempdir");
    tmux.keys(&[
        &format!(
            "export XDG_CONFIG_HOME={} EDITOR=true; clear; {}; echo EXIT=$?",
            config.path().display(),
            env!("CARGO_BIN_EXE_knead")
        ),
        "Enter",
    ]);
    tmux.wait_for("Enter open", 10);
    tmux.keys(&["n"]);
    tmux.wait_for("New routine's name", 5);
    tmux.keys(&["-l", "My hips"]);
    tmux.wait_for("My hips", 5);
    tmux.keys(&["Enter"]);
    let home = tmux.wait_for("my-hips is ready", 10);
    let row = home
        .lines()
        .find(|l| l.contains("my-hips"))
        .unwrap_or_default();
    assert!(row.contains("My hips"), "{home}");
    let file = config.path().join("knead/routines/my-hips.toml");
    let text = std::fs::read_to_string(&file).expect("the routine was written");
    assert!(text.contains("name = \"My hips\""), "{text}");
    tmux.keys(&["q"]);
    tmux.wait_for("EXIT=0", 5);
    tmux.assert_sane();
}

/// `knead status` beside a running session: the time it gives is the screen's, within a
/// second, and asking every moment makes the session write nothing (the file changes only
/// at a phase change).
#[test]
fn knead_status_gives_the_screens_time_left_and_costs_the_session_nothing() {
    let Some(tmux) = Tmux::start("status") else {
        return;
    };
    tmux.run(&["resize-window", "-t", "e2e", "-x", "40", "-y", "12"]);
    let dir = tempfile::tempdir().expect("tempdir");
    let runtime = dir.path().join("runtime");
    std::fs::create_dir_all(&runtime).expect("mkdir");
    let routine = one_long_hold(dir.path());
    tmux.open(&routine, &format!("XDG_RUNTIME_DIR={}", runtime.display()));
    tmux.keys(&["Enter"]);
    tmux.wait_for("HOLD", 10);
    let file = runtime.join("knead/status.json");
    let written = std::fs::metadata(&file)
        .and_then(|m| m.modified())
        .expect("the session wrote its status");
    let status = || {
        let out = Command::new(env!("CARGO_BIN_EXE_knead"))
            .arg("status")
            .env("XDG_RUNTIME_DIR", &runtime)
            .env("XDG_CONFIG_HOME", dir.path().join("config"))
            .output()
            .expect("knead status runs");
        String::from_utf8_lossy(&out.stdout).trim().to_owned()
    };
    let seconds = |clock: &str| -> i64 {
        let (m, s) = clock.split_once(':').expect("M:SS");
        m.trim().parse::<i64>().expect("minutes") * 60 + s.trim().parse::<i64>().expect("seconds")
    };
    for _ in 0..5 {
        let line = status();
        let screen = tmux.screen();
        let shown = screen
            .lines()
            .map(str::trim)
            .find(|l| l.len() == 4 && l.as_bytes()[1] == b':')
            .unwrap_or_else(|| panic!("no clock on the screen:\n{screen}"));
        assert!(line.starts_with("hold 1/1 · calf · "), "{line}");
        let told = line.rsplit(" · ").next().expect("a time");
        assert!(
            (seconds(told) - seconds(shown)).abs() <= 1,
            "status {told}, screen {shown}"
        );
        std::thread::sleep(Duration::from_millis(600));
    }
    let still = std::fs::metadata(&file)
        .and_then(|m| m.modified())
        .expect("status file");
    assert_eq!(
        written, still,
        "the session rewrote its status within a phase"
    );
    // Paused, the time stands and says so.
    tmux.keys(&["Space"]);
    tmux.wait_for("PAUSED", 5);
    std::thread::sleep(Duration::from_millis(300));
    let paused = status();
    assert!(paused.ends_with(" paused"), "{paused}");
    tmux.keys(&["q"]);
    tmux.wait_for("Quit the session?", 5);
    tmux.keys(&["y"]);
    tmux.wait_for("SESSION STOPPED", 5);
    assert!(!file.exists(), "the status file outlived the session");
    tmux.keys(&["q"]);
    tmux.wait_for("EXIT=0", 5);
}
