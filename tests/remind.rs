//! `knead remind` round trips in a scratch settings folder, for each scheduler's files, and
//! what `knead nudge` decides when run by one.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use assert_cmd::cargo::cargo_bin;

/// A scratch home: settings, state and history of its own.
struct Home {
    dir: tempfile::TempDir,
}

impl Home {
    fn with_settings(text: &str) -> Self {
        let dir = tempfile::tempdir().expect("tempdir");
        let settings = dir.path().join("cfg/knead/config.toml");
        std::fs::create_dir_all(settings.parent().expect("folder")).expect("mkdir");
        std::fs::write(settings, text).expect("write");
        Self { dir }
    }

    fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    fn settings(&self) -> String {
        std::fs::read_to_string(self.path("cfg/knead/config.toml")).expect("settings")
    }

    /// knead in this home, with no desktop bus unless the caller gives one.
    fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(cargo_bin("knead"));
        cmd.args(args)
            .env("HOME", self.dir.path())
            .env("XDG_CONFIG_HOME", self.path("cfg"))
            .env("XDG_STATE_HOME", self.path("state"))
            .env("KNEAD_DATA_DIR", self.path("data"))
            .env_remove("DBUS_SESSION_BUS_ADDRESS")
            .env_remove("XDG_RUNTIME_DIR");
        cmd
    }

    fn knead(&self, args: &[&str]) -> Output {
        self.command(args).output().expect("knead runs")
    }

    /// knead with `dir` first on its PATH.
    fn knead_with_path(&self, args: &[&str], dir: &Path) -> Output {
        let old = std::env::var("PATH").unwrap_or_default();
        self.command(args)
            .env("PATH", format!("{}:{old}", dir.display()))
            .output()
            .expect("knead runs")
    }
}

/// Every file and link under `dir`, however deep.
fn files_in(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if entry.file_type().is_ok_and(|t| t.is_dir()) {
            found.extend(files_in(&path));
        } else {
            found.push(path);
        }
    }
    found
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// What a `remind add` whose reminder was written but will not fire here said, on both
/// outputs: exit 1, saying why.
fn not_firing(output: &Output) -> String {
    let said = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{}{said}", stdout(output));
    assert!(
        said.contains("is kept in the settings but will not fire: "),
        "{said}"
    );
    format!("{}{said}", stdout(output))
}

fn ok(output: &Output) -> String {
    assert!(
        output.status.success(),
        "{}\n{}",
        stdout(output),
        String::from_utf8_lossy(&output.stderr)
    );
    stdout(output)
}

#[test]
#[allow(clippy::too_many_lines, reason = "one round trip, told in order")]
fn a_systemd_timer_is_written_verified_listed_and_removed_leaving_the_settings_as_written() {
    let home = Home::with_settings("# mine\n[remind]\nscheduler = \"systemd\" # no cron here\n");
    let settings = home.path("cfg/knead/config.toml");
    std::fs::set_permissions(
        &settings,
        std::os::unix::fs::PermissionsExt::from_mode(0o644),
    )
    .expect("chmod");
    let said = not_firing(&home.knead(&[
        "remind",
        "add",
        "desk-neck",
        "--at",
        "15:30,11:00",
        "--days",
        "mon-fri",
    ]));
    assert!(
        said.starts_with("Reminder for desk-neck: 11:00, 15:30 on weekdays.\n"),
        "{said}"
    );
    // No user manager runs in a test: the files are written and the commands to run named.
    assert!(
        said.contains("systemctl --user enable --now knead-remind-desk-neck.timer"),
        "{said}"
    );
    let timer = home.path("cfg/systemd/user/knead-remind-desk-neck.timer");
    let service = home.path("cfg/systemd/user/knead-remind-desk-neck.service");
    let timer_text = std::fs::read_to_string(&timer).expect("timer");
    assert!(timer_text.contains("OnCalendar=Mon..Fri *-*-* 11:00:00\nOnCalendar=Mon..Fri *-*-* 15:30:00\nPersistent=false\n"), "{timer_text}");
    let service_text = std::fs::read_to_string(&service).expect("service");
    assert!(
        service_text.contains(&format!(
            "ExecStart={} nudge desk-neck\n",
            cargo_bin("knead").display()
        )),
        "{service_text}"
    );
    assert!(
        home.settings()
            .starts_with("# mine\n[remind]\nscheduler = \"systemd\" # no cron here\n")
    );
    assert!(
        home.settings()
            .contains("desk-neck = { at = [\"11:00\", \"15:30\"], days = \"mon-fri\" }")
    );
    ok(&home.knead(&["config"]));
    let mode = std::os::unix::fs::PermissionsExt::mode(
        &std::fs::metadata(&settings)
            .expect("settings")
            .permissions(),
    );
    assert_eq!(mode & 0o777, 0o644, "the settings keep their permissions");

    verified(&[timer.clone(), service.clone()]);
    for line in timer_text
        .lines()
        .filter_map(|l| l.strip_prefix("OnCalendar="))
    {
        let Ok(calendar) = Command::new("systemd-analyze")
            .args(["calendar", line])
            .output()
        else {
            break;
        };
        let normal = String::from_utf8_lossy(&calendar.stdout);
        assert!(calendar.status.success(), "{line}: {normal}");
        assert!(
            normal.contains(&format!("Normalized form: {line}")),
            "{normal}"
        );
    }

    let listed = ok(&home.knead(&["remind", "list"]));
    assert!(
        listed.starts_with(
            "desk-neck  11:00, 15:30    mon-fri   written, not loaded: no systemd user manager"
        ),
        "{listed}"
    );

    // As `systemctl --user enable` would have, in the person's desktop session.
    let wants = home.path("cfg/systemd/user/timers.target.wants");
    std::fs::create_dir_all(&wants).expect("mkdir");
    std::os::unix::fs::symlink(&timer, wants.join("knead-remind-desk-neck.timer")).expect("link");
    let removed = ok(&home.knead(&["remind", "remove", "desk-neck"]));
    assert!(
        removed.starts_with("No more reminders for desk-neck."),
        "{removed}"
    );
    assert!(!timer.exists() && !service.exists(), "files left behind");
    assert_eq!(
        files_in(&home.path("cfg/systemd/user")),
        Vec::<PathBuf>::new()
    );
    assert!(
        !home.settings().contains("desk-neck"),
        "{}",
        home.settings()
    );
    assert!(home.settings().starts_with("# mine\n"));
    let again = home.knead(&["remind", "remove", "desk-nek"]);
    assert_eq!(again.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&again.stderr).contains("no reminder for desk-nek"));
}

/// `systemd-analyze verify` on `units`: clean, or the test fails (under CI it must run).
fn verified(units: &[PathBuf]) {
    if Command::new("systemd-analyze")
        .arg("--version")
        .output()
        .is_err()
    {
        assert!(
            std::env::var_os("CI").is_none(),
            "systemd-analyze is missing under CI"
        );
        eprintln!("skipping the systemd-analyze checks: it is not installed");
        return;
    }
    let verify = Command::new("systemd-analyze")
        .args(["verify", "--man=no"])
        .args(units)
        .output()
        .expect("systemd-analyze runs");
    assert!(
        verify.status.success() && verify.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&verify.stderr)
    );
}

#[test]
fn a_routine_named_with_spaces_and_a_percent_sign_gets_units_systemd_reads_as_written() {
    let home = Home::with_settings("[remind]\nscheduler = \"systemd\"\n");
    let routines = home.path("cfg/knead/routines");
    std::fs::create_dir_all(&routines).expect("mkdir");
    std::fs::write(
        routines.join("my feet 100%.toml"),
        "name = \"Feet\"\n[[step]]\nregion = \"plantar fascia\"\ntool = \"ball\"\nhold = \"30s\"\n",
    )
    .expect("write");
    not_firing(&home.knead(&["remind", "add", "my feet 100%", "--at", "07:05"]));
    let dir = home.path("cfg/systemd/user");
    let units = [
        dir.join("knead-remind-my_feet_100_.timer"),
        dir.join("knead-remind-my_feet_100_.service"),
    ];
    verified(&units);
    let service = std::fs::read_to_string(&units[1]).expect("service");
    assert!(service.contains(" nudge \"my feet 100%%\"\n"), "{service}");
    ok(&home.knead(&["remind", "remove", "my feet 100%"]));
    assert!(!units[0].exists() && !units[1].exists());
}

#[test]
fn cron_lines_are_added_to_the_crontab_beside_the_persons_own_and_removed_alone() {
    let home = Home::with_settings("[remind]\nscheduler = \"cron\"\n");
    // A crontab that keeps its table in a file.
    let bin = home.path("bin");
    std::fs::create_dir_all(&bin).expect("mkdir");
    let table = home.path("crontab.txt");
    std::fs::write(&table, "0 9 * * * backup # the person's own\n").expect("write");
    let script = format!(
        "#!/bin/sh\nif [ \"$1\" = -l ]; then cat '{0}'; else cat > '{0}'; fi\n",
        table.display()
    );
    std::fs::write(bin.join("crontab"), script).expect("write");
    Command::new("chmod")
        .arg("+x")
        .arg(bin.join("crontab"))
        .status()
        .expect("chmod");

    let said = ok(&home.knead_with_path(
        &[
            "remind",
            "add",
            "feet-plantar",
            "--at",
            "18:00",
            "--days",
            "sat,sun",
        ],
        &bin,
    ));
    assert!(said.contains("crontab updated"), "{said}");
    assert!(said.contains("(cron has it)."), "{said}");
    let listed = ok(&home.knead_with_path(&["remind", "list"], &bin));
    assert!(listed.contains("  next "), "{listed}");
    let lines = std::fs::read_to_string(&table).expect("table");
    assert_eq!(
        lines,
        format!(
            "0 9 * * * backup # the person's own\n0 18 * * 6,0 {} nudge feet-plantar # knead-remind-feet-plantar\n",
            cargo_bin("knead").display()
        )
    );
    ok(&home.knead_with_path(&["remind", "remove", "feet-plantar"], &bin));
    assert_eq!(
        std::fs::read_to_string(&table).expect("table"),
        "0 9 * * * backup # the person's own\n"
    );
}

#[test]
fn launchd_and_task_scheduler_files_are_well_formed_and_leave_nothing_when_removed() {
    for (scheduler, file) in [
        (
            "launchd",
            "Library/LaunchAgents/org.knead.remind.desk-neck.plist",
        ),
        ("schtasks", "cfg/knead/tasks/knead-remind-desk-neck.xml"),
    ] {
        let home = Home::with_settings(&format!("[remind]\nscheduler = \"{scheduler}\"\n"));
        let said = not_firing(&home.knead(&["remind", "add", "desk-neck", "--at", "11:00"]));
        // Neither launchctl nor schtasks is here: the note says what to run.
        assert!(said.contains("is not installed; run `"), "{said}");
        let path = home.path(file);
        let bytes = std::fs::read(&path).expect("written");
        let text = if scheduler == "schtasks" {
            assert_eq!(
                &bytes[..2],
                &[0xFF, 0xFE],
                "UTF-16 with its byte-order mark"
            );
            let units: Vec<u16> = bytes[2..]
                .chunks(2)
                .map(|c| u16::from_le_bytes([c[0], c[1]]))
                .collect();
            String::from_utf16(&units).expect("UTF-16")
        } else {
            String::from_utf8(bytes).expect("UTF-8")
        };
        let doc = roxmltree::Document::parse_with_options(
            &text,
            roxmltree::ParsingOptions {
                allow_dtd: true,
                ..roxmltree::ParsingOptions::default()
            },
        )
        .unwrap_or_else(|e| panic!("{scheduler}: {e}\n{text}"));
        let strings: Vec<&str> = doc
            .descendants()
            .filter_map(|n| n.text())
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .collect();
        assert!(
            strings.contains(&"nudge desk-neck")
                || strings.windows(2).any(|w| w == ["nudge", "desk-neck"]),
            "{scheduler}: {strings:?}"
        );
        let listed = ok(&home.knead(&["remind", "list"]));
        assert!(listed.starts_with("desk-neck  11:00"), "{listed}");
        ok(&home.knead(&["remind", "remove", "desk-neck"]));
        assert!(!path.exists(), "{scheduler} left {}", path.display());
    }
}

#[test]
fn a_nudge_stays_quiet_when_paused_or_when_there_is_no_reminder_and_says_why() {
    let home = Home::with_settings("[reminders]\ndesk-neck = { at = [\"00:00\"] }\n");
    let none = ok(&home.knead(&["nudge", "feet-plantar"]));
    assert!(
        none.starts_with("no reminder for feet-plantar in the settings"),
        "{none}"
    );
    let paused = ok(&home.knead(&["remind", "pause", "2h"]));
    assert!(paused.starts_with("Reminders paused until "), "{paused}");
    let quiet = ok(&home.knead(&["nudge", "desk-neck"]));
    assert!(
        quiet.starts_with("not reminding of desk-neck: reminders are paused until "),
        "{quiet}"
    );
    let listed = ok(&home.knead(&["remind", "list"]));
    assert!(listed.contains("Paused until "), "{listed}");
    assert_eq!(
        ok(&home.knead(&["remind", "resume"])),
        "Reminders are on again.\n"
    );
    let wrong = home.knead(&["remind", "pause", "two hours"]);
    assert_eq!(wrong.status.code(), Some(2));
    let at = home.knead(&["remind", "add", "desk-neck", "--at", "25:00"]);
    assert_eq!(at.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&at.stderr).contains("\"25:00\" is not a time of day"));
}

/// A session bus of the test's own, with the fake notification service on it when asked.
struct Desktop {
    bus: std::process::Child,
    service: Option<std::process::Child>,
    address: String,
    record: PathBuf,
}

impl Desktop {
    /// A bus, and a service answering each notification with the next of `answers`.
    /// `None` when dbus-daemon or python3-dbus-next is missing (a failure under CI).
    fn start(dir: &Path, service: Option<&[&str]>) -> Option<Self> {
        use std::io::BufRead as _;
        let missing = |what: &str| {
            assert!(
                std::env::var_os("CI").is_none(),
                "{what} is missing under CI (scripts/install-deps --test installs it)"
            );
            eprintln!("skipping: {what} is missing");
        };
        let python_ok = Command::new("/usr/bin/python3")
            .args(["-c", "import dbus_next"])
            .output()
            .is_ok_and(|o| o.status.success());
        if !python_ok {
            missing("python3-dbus-next");
            return None;
        }
        let Ok(mut bus) = Command::new("dbus-daemon")
            .args(["--session", "--nofork", "--print-address=1"])
            .stdout(std::process::Stdio::piped())
            .spawn()
        else {
            missing("dbus-daemon");
            return None;
        };
        let mut address = String::new();
        std::io::BufReader::new(bus.stdout.take().expect("stdout"))
            .read_line(&mut address)
            .expect("the bus's address");
        let address = address.trim().to_owned();
        let record = dir.join("notifications.jsonl");
        let service = service.map(|answers| {
            let script =
                Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/notify/fake_notifications.py");
            let mut child = Command::new("/usr/bin/python3")
                .arg(script)
                .arg(&record)
                .args(answers)
                .env("DBUS_SESSION_BUS_ADDRESS", &address)
                .stdout(std::process::Stdio::piped())
                .spawn()
                .expect("the fake service starts");
            let mut ready = String::new();
            std::io::BufReader::new(child.stdout.take().expect("stdout"))
                .read_line(&mut ready)
                .expect("READY");
            assert_eq!(ready.trim(), "READY");
            child
        });
        Some(Self {
            bus,
            service,
            address,
            record,
        })
    }

    /// Every notification shown, as the service received it.
    fn shown(&self) -> Vec<serde_json::Value> {
        std::fs::read_to_string(&self.record)
            .unwrap_or_default()
            .lines()
            .map(|l| serde_json::from_str(l).expect("a JSON line"))
            .collect()
    }
}

impl Drop for Desktop {
    fn drop(&mut self) {
        if let Some(service) = &mut self.service {
            let _ = service.kill();
            let _ = service.wait();
        }
        let _ = self.bus.kill();
        let _ = self.bus.wait();
    }
}

/// A home with a reminder for desk-neck at this minute (UTC), whose Start opens a "terminal"
/// that writes down what it was asked to run.
fn reminded_home() -> (Home, PathBuf) {
    reminded_home_with("")
}

/// As [`reminded_home`], with `remind` added to the `[remind]` table.
fn reminded_home_with(remind: &str) -> (Home, PathBuf) {
    let home = Home::with_settings("");
    let opened = home.path("opened.txt");
    let terminal = home.path("terminal.sh");
    std::fs::write(
        &terminal,
        format!("#!/bin/sh\necho \"$@\" > '{}'\n", opened.display()),
    )
    .expect("write");
    Command::new("chmod")
        .arg("+x")
        .arg(&terminal)
        .status()
        .expect("chmod");
    let now = jiff::Timestamp::now().to_zoned(jiff::tz::TimeZone::UTC);
    let settings = format!(
        "[remind]\nterminal = [\"{}\"]\n{remind}[reminders]\ndesk-neck = {{ at = [\"{}\"] }}\n",
        terminal.display(),
        now.strftime("%H:%M")
    );
    std::fs::write(home.path("cfg/knead/config.toml"), settings).expect("write");
    (home, opened)
}

fn nudge(home: &Home, desktop: &Desktop) -> String {
    ok(&home
        .command(&["nudge", "desk-neck"])
        .env("TZ", "UTC")
        .env("DBUS_SESSION_BUS_ADDRESS", &desktop.address)
        .env("KNEAD_TEST_SNOOZE_MS", "300")
        .output()
        .expect("knead runs"))
}

#[test]
fn a_nudge_offers_start_later_and_skip_and_later_comes_back_once_then_start_opens_the_routine() {
    let (home, opened) = reminded_home();
    let Some(desktop) = Desktop::start(home.dir.path(), Some(&["later", "start"])) else {
        return;
    };
    let said = nudge(&home, &desktop);
    assert!(
        said.starts_with("again in 10 minutes\nstarted desk-neck in "),
        "{said}"
    );
    let shown = desktop.shown();
    assert_eq!(shown.len(), 2, "{shown:?}");
    assert_eq!(
        shown[0]["summary"],
        "Time for Desk break: neck and shoulders (4m50s)"
    );
    assert_eq!(shown[0]["app"], "knead");
    assert_eq!(
        shown[0]["timeout"], 120_000,
        "it goes with the nudge after [remind] wait"
    );
    let keys = |n: usize| -> Vec<String> {
        shown[n]["actions"]
            .as_array()
            .expect("actions")
            .iter()
            .map(|a| a.as_str().expect("text").to_owned())
            .collect()
    };
    assert_eq!(
        keys(0),
        ["start", "Start", "later", "In 10 minutes", "skip", "Skip"]
    );
    assert_eq!(
        keys(1),
        ["start", "Start", "skip", "Skip"],
        "later is offered once"
    );
    // The terminal is let go, not waited for: it writes down its command a moment later.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    let command = loop {
        match std::fs::read_to_string(&opened) {
            Ok(text) if text.ends_with('\n') => break text,
            _ if std::time::Instant::now() > deadline => panic!("the terminal was not opened"),
            _ => std::thread::sleep(std::time::Duration::from_millis(20)),
        }
    };
    assert_eq!(
        command,
        format!("{} run desk-neck\n", cargo_bin("knead").display())
    );
}

#[test]
fn skip_starts_nothing_a_service_without_buttons_gets_text_and_no_service_is_said() {
    let (home, opened) = reminded_home();
    {
        let Some(desktop) = Desktop::start(home.dir.path(), Some(&["skip"])) else {
            return;
        };
        assert_eq!(
            nudge(&home, &desktop),
            "reminded of desk-neck; not started\n"
        );
        assert!(!opened.exists());
    }
    std::fs::remove_file(home.path("notifications.jsonl")).expect("a record");
    {
        let Some(desktop) = Desktop::start(home.dir.path(), Some(&["--no-actions"])) else {
            return;
        };
        assert_eq!(nudge(&home, &desktop), "reminded of desk-neck\n");
        let shown = desktop.shown();
        assert_eq!(shown.len(), 1);
        assert_eq!(shown[0]["actions"], serde_json::json!([]));
        assert_eq!(shown[0]["body"], "knead run desk-neck");
    }
    let Some(bare) = Desktop::start(home.dir.path(), None) else {
        return;
    };
    assert_eq!(
        nudge(&home, &bare),
        "not reminding of desk-neck: no notification service answered on the desktop's bus \
         (the log has what D-Bus said)\n"
    );
}

#[test]
fn knead_alone_without_a_terminal_prints_the_list_with_what_is_due_and_what_is_broken() {
    let home = Home::with_settings("[reminders]\ncold-pack-recovery = { at = [\"18:00\"] }\n");
    let routines = home.path("cfg/knead/routines");
    std::fs::create_dir_all(&routines).expect("mkdir");
    std::fs::write(
        routines.join("broken.toml"),
        "name = \"Broken\"\n[[step]]\nregion = \"calf\"\ntool = \"ball\"\nhold = \"90 minutes\"\n",
    )
    .expect("write");
    std::fs::write(
        routines.join("plain.toml"),
        "name = \"Plain\"\n[[step]]\nregion = \"calf\"\ntool = \"ball\"\nhold = \"30s\"\n",
    )
    .expect("write");
    let listed = ok(&home.knead(&[]));
    let lines: Vec<&str> = listed.lines().collect();
    assert_eq!(lines[0], "Your routines");
    assert!(
        lines[1].starts_with("  broken")
            && lines[1].contains("broken.toml:5:8: error: hold must be"),
        "{listed}"
    );
    assert!(
        lines[2].starts_with("  plain") && !lines[2].contains("due"),
        "no aim, no reminder: {listed}"
    );
    assert_eq!(lines[4], "Bundled routines");
    let feet = lines
        .iter()
        .find(|l| l.contains("feet-plantar"))
        .expect("listed");
    // A bundled routine never done has no aim of the person's yet: listed, not due.
    assert!(
        feet.contains("last: never")
            && feet.contains("0 this week")
            && !feet.contains("of 3")
            && !feet.contains("due"),
        "{feet}"
    );
    let cold = lines
        .iter()
        .find(|l| l.contains("cold-pack-recovery"))
        .expect("listed");
    assert!(
        cold.ends_with("due today"),
        "no aim, but a reminder today: {cold}"
    );
}

#[test]
fn a_nudge_nobody_answers_ends_after_its_wait_and_closes_its_notification() {
    let (home, opened) = reminded_home_with("wait = \"5s\"\n");
    let Some(desktop) = Desktop::start(home.dir.path(), Some(&[])) else {
        return;
    };
    let began = std::time::Instant::now();
    let said = nudge(&home, &desktop);
    let took = began.elapsed();
    assert_eq!(said, "reminded of desk-neck; no answer in 5s\n");
    assert!(
        took >= std::time::Duration::from_secs(5) && took < std::time::Duration::from_secs(15),
        "{took:?}"
    );
    let shown = desktop.shown();
    assert_eq!(shown[0]["timeout"], 5_000, "{shown:?}");
    assert_eq!(
        shown[1]["closed"], 1,
        "the question goes with the nudge: {shown:?}"
    );
    assert!(!opened.exists());
}

#[test]
fn start_sent_by_another_program_on_the_bus_is_not_an_answer() {
    let (home, opened) = reminded_home_with("wait = \"5s\"\n");
    let Some(desktop) = Desktop::start(home.dir.path(), Some(&["--impostor", "start"])) else {
        return;
    };
    let said = nudge(&home, &desktop);
    assert_eq!(said, "reminded of desk-neck; no answer in 5s\n");
    std::thread::sleep(std::time::Duration::from_millis(500));
    assert!(!opened.exists(), "an impostor's Start opened a terminal");
}

#[test]
fn start_with_no_display_says_the_terminal_could_not_open() {
    let home = Home::with_settings("");
    let now = jiff::Timestamp::now().to_zoned(jiff::tz::TimeZone::UTC);
    std::fs::write(
        home.path("cfg/knead/config.toml"),
        format!(
            "[reminders]\ndesk-neck = {{ at = [\"{}\"] }}\n",
            now.strftime("%H:%M")
        ),
    )
    .expect("write");
    let Some(desktop) = Desktop::start(home.dir.path(), Some(&["start"])) else {
        return;
    };
    let said = ok(&home
        .command(&["nudge", "desk-neck"])
        .env("TZ", "UTC")
        .env("DBUS_SESSION_BUS_ADDRESS", &desktop.address)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .expect("knead runs"));
    assert_eq!(
        said,
        "could not start desk-neck: no display to open a terminal on (neither DISPLAY nor \
         WAYLAND_DISPLAY is set)\n"
    );
    drop(desktop);
    // A terminal that ends at once, unsuccessfully, did not open either.
    std::fs::write(
        home.path("cfg/knead/config.toml"),
        format!(
            "[remind]\nterminal = [\"false\"]\n[reminders]\ndesk-neck = {{ at = [\"{}\"] }}\n",
            now.strftime("%H:%M")
        ),
    )
    .expect("write");
    let Some(desktop) = Desktop::start(home.dir.path(), Some(&["start"])) else {
        return;
    };
    assert_eq!(
        nudge(&home, &desktop),
        "could not start desk-neck: false ended at once (exit status: 1); set [remind] \
         terminal in the settings\n"
    );
}

/// Stand-ins for the schedulers' programs in `bin`, which write down each call in
/// `calls.txt` and keep what they were given as marker files, answering as the real ones do:
/// systemctl's `is-enabled`, launchctl's `list LABEL`, schtasks' `/Query`.
fn stand_in_schedulers(home: &Home) -> PathBuf {
    let bin = home.path("bin");
    std::fs::create_dir_all(&bin).expect("mkdir");
    let calls = home.path("calls.txt");
    let marks = home.path("marks");
    std::fs::create_dir_all(&marks).expect("mkdir");
    let scripts = [
        (
            "systemctl",
            "case \"$2\" in\n\
             enable) touch \"$M/$4\" ;;\n\
             disable) rm -f \"$M/$4\" ;;\n\
             is-enabled) if [ -e \"$M/$3\" ]; then echo enabled; else echo disabled; exit 1; fi ;;\n\
             esac\n",
        ),
        (
            "launchctl",
            "case \"$1\" in\n\
             load) touch \"$M/$(basename \"$3\" .plist)\" ;;\n\
             unload) rm -f \"$M/$(basename \"$3\" .plist)\" ;;\n\
             list) [ -e \"$M/$2\" ] || exit 113 ;;\n\
             esac\n",
        ),
        (
            "schtasks",
            "n=$(echo \"$3\" | tr '\\\\' _)\n\
             case \"$1\" in\n\
             /Create) touch \"$M/$n\" ;;\n\
             /Delete) rm -f \"$M/$n\" ;;\n\
             /Query) [ -e \"$M/$n\" ] || exit 1 ;;\n\
             esac\n",
        ),
    ];
    for (name, body) in scripts {
        let path = bin.join(name);
        std::fs::write(
            &path,
            format!(
                "#!/bin/sh\nM='{}'\necho \"{name} $*\" >> '{}'\n{body}",
                marks.display(),
                calls.display()
            ),
        )
        .expect("write");
        Command::new("chmod")
            .arg("+x")
            .arg(&path)
            .status()
            .expect("chmod");
    }
    // A user manager is running: its socket is where systemd keeps it.
    let runtime = home.path("runtime/systemd");
    std::fs::create_dir_all(&runtime).expect("mkdir");
    std::fs::write(runtime.join("private"), "").expect("write");
    bin
}

/// knead in `home`, with only `bin` and the system's folders on PATH, and a runtime folder.
fn knead_with_schedulers(home: &Home, args: &[&str], bin: &Path) -> Output {
    home.command(args)
        .env("PATH", format!("{}:/bin", bin.display()))
        .env("XDG_RUNTIME_DIR", home.path("runtime"))
        .output()
        .expect("knead runs")
}

#[test]
fn each_scheduler_s_answer_is_the_reminder_s_state_and_remove_says_what_it_unloaded() {
    for (scheduler, unloaded) in [
        (
            "systemd",
            "systemd: disabled and stopped knead-remind-desk-neck.timer.",
        ),
        ("launchd", "launchd: unloaded org.knead.remind.desk-neck."),
        (
            "schtasks",
            "Task Scheduler: deleted \\knead\\knead-remind-desk-neck.",
        ),
    ] {
        let home = Home::with_settings(&format!("[remind]\nscheduler = \"{scheduler}\"\n"));
        let bin = stand_in_schedulers(&home);
        let added = knead_with_schedulers(
            &home,
            &["remind", "add", "desk-neck", "--at", "11:00"],
            &bin,
        );
        let said = stdout(&added);
        assert_eq!(added.status.code(), Some(0), "{scheduler}: {said}");
        assert!(
            said.contains(&format!("({scheduler} has it).")),
            "{scheduler}: {said}"
        );
        let listed = stdout(&knead_with_schedulers(&home, &["remind", "list"], &bin));
        assert!(
            listed.starts_with("desk-neck  11:00           daily     next "),
            "{scheduler}: {listed}"
        );
        // Unloaded behind knead's back: the list says so, and how to load it.
        for mark in std::fs::read_dir(home.path("marks")).expect("marks") {
            std::fs::remove_file(mark.expect("mark").path()).expect("rm");
        }
        let listed = stdout(&knead_with_schedulers(&home, &["remind", "list"], &bin));
        assert!(
            listed.contains("written, not loaded: ") && listed.contains("` loads it"),
            "{scheduler}: {listed}"
        );
        // Loaded again, then removed: remove says what it unloaded.
        let again = knead_with_schedulers(
            &home,
            &["remind", "add", "desk-neck", "--at", "11:00"],
            &bin,
        );
        assert_eq!(again.status.code(), Some(0), "{}", stdout(&again));
        let removed = stdout(&knead_with_schedulers(
            &home,
            &["remind", "remove", "desk-neck"],
            &bin,
        ));
        assert!(
            removed.lines().any(|l| l == unloaded),
            "{scheduler}: {removed}"
        );
        let calls = std::fs::read_to_string(home.path("calls.txt")).expect("calls");
        assert!(!calls.is_empty(), "{scheduler}");
    }
}

#[test]
fn a_reminder_with_no_scheduler_to_fire_it_says_so_and_exits_1_keeping_the_settings() {
    let home = Home::with_settings("");
    let empty = home.path("empty-bin");
    std::fs::create_dir_all(&empty).expect("mkdir");
    // Neither a user manager nor a crontab program: cron is the scheduler, and is not there.
    let added = home
        .command(&[
            "remind",
            "add",
            "desk-neck",
            "--at",
            "11:00,15:30",
            "--days",
            "mon-fri",
        ])
        .env("PATH", &empty)
        .output()
        .expect("knead runs");
    let said = String::from_utf8_lossy(&added.stderr);
    assert_eq!(added.status.code(), Some(1), "{said}");
    assert!(
        said.contains("will not fire: there is no crontab program here"),
        "{said}"
    );
    assert!(!stdout(&added).contains("crontab -e"), "{}", stdout(&added));
    assert!(!stdout(&added).contains("Next:"), "{}", stdout(&added));
    assert!(
        home.settings().contains("desk-neck"),
        "kept in the settings"
    );
    let listed = home
        .command(&["remind", "list"])
        .env("PATH", &empty)
        .output()
        .expect("knead runs");
    assert!(
        stdout(&listed).contains("will not fire: there is no crontab program here"),
        "{}",
        stdout(&listed)
    );
}

#[test]
fn a_pause_takes_days_and_a_day_and_refuses_no_time() {
    let home = Home::with_settings("");
    let three = ok(&home.knead(&["remind", "pause", "3d"]));
    assert!(three.starts_with("Reminders paused until "), "{three}");
    let until = ok(&home.knead(&["remind", "pause", "until", "2099-12-28"]));
    assert!(
        until.contains("Mon 28 Dec 00:00") || until.contains("28 Dec 00:00"),
        "{until}"
    );
    let zero = home.knead(&["remind", "pause", "0m"]);
    assert_eq!(zero.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&zero.stderr).contains("pauses nothing"),
        "{}",
        String::from_utf8_lossy(&zero.stderr)
    );
    let past = home.knead(&["remind", "pause", "until", "2020-01-01"]);
    assert_eq!(past.status.code(), Some(2));
}

#[test]
fn remind_test_shows_the_notification_now_even_while_paused() {
    let (home, _) = reminded_home();
    ok(&home.knead(&["remind", "pause", "2h"]));
    let Some(desktop) = Desktop::start(home.dir.path(), Some(&["skip"])) else {
        return;
    };
    let said = ok(&home
        .command(&["remind", "test", "desk-neck"])
        .env("DBUS_SESSION_BUS_ADDRESS", &desktop.address)
        .output()
        .expect("knead runs"));
    assert_eq!(said, "reminded of desk-neck; not started\n");
    assert_eq!(desktop.shown().len(), 1);
    // The scheduler's nudge, at the same moment, keeps the pause.
    assert!(nudge(&home, &desktop).starts_with("not reminding of desk-neck: "));
}

#[test]
fn remove_takes_a_reminder_out_of_a_scheduler_the_settings_no_longer_name() {
    let home = Home::with_settings("[remind]\nscheduler = \"cron\"\n");
    let bin = home.path("bin");
    std::fs::create_dir_all(&bin).expect("mkdir");
    let table = home.path("crontab.txt");
    std::fs::write(&table, "").expect("write");
    std::fs::write(
        bin.join("crontab"),
        format!(
            "#!/bin/sh\nif [ \"$1\" = -l ]; then cat '{0}'; else cat > '{0}'; fi\n",
            table.display()
        ),
    )
    .expect("write");
    Command::new("chmod")
        .arg("+x")
        .arg(bin.join("crontab"))
        .status()
        .expect("chmod");
    ok(&home.knead_with_path(&["remind", "add", "desk-neck", "--at", "11:00"], &bin));
    assert!(
        std::fs::read_to_string(&table)
            .expect("table")
            .contains("nudge desk-neck")
    );
    // The person switches to systemd; the crontab line would fire on.
    let settings = home.settings().replace("\"cron\"", "\"systemd\"");
    std::fs::write(home.path("cfg/knead/config.toml"), settings).expect("write");
    let removed = ok(&home.knead_with_path(&["remind", "remove", "desk-neck"], &bin));
    assert!(
        removed.contains("cron: its lines taken out of your crontab."),
        "{removed}"
    );
    assert_eq!(std::fs::read_to_string(&table).expect("table"), "");
}

#[test]
fn remind_test_with_no_notification_service_says_it_failed_and_exits_1() {
    let (home, _) = reminded_home();
    let out = home.knead(&["remind", "test", "desk-neck"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("could not show the notification"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn a_pause_until_a_day_takes_a_time_too() {
    let home = Home::with_settings("");
    let until = ok(&home.knead(&["remind", "pause", "until", "2099-12-28", "10:00"]));
    assert!(until.contains("28 Dec 10:00"), "{until}");
    let bad = home.knead(&["remind", "pause", "until", "2099-12-28", "ten"]);
    assert_eq!(bad.status.code(), Some(2));
    let negative = home.knead(&["remind", "pause", "-3d"]);
    assert_eq!(negative.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&negative.stderr).contains("is not a length of time"),
        "{}",
        String::from_utf8_lossy(&negative.stderr)
    );
}
