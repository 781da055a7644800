//! Putting a reminder into the scheduler and taking it out again: the files in their
//! folders, and the scheduler's own command to load them. Where that command is missing or
//! no scheduler runs for this person, the files are still written and a note says what to
//! run.

use knead_core::t;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use super::{Reminder, Scheduler, cron, launchd, schtasks, systemd, unit_name};

/// Where each scheduler's files go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Places {
    /// systemd user units: `$XDG_CONFIG_HOME/systemd/user`.
    pub systemd: PathBuf,
    /// launchd agents: `~/Library/LaunchAgents`.
    pub launch_agents: PathBuf,
    /// The Task Scheduler's task definitions, kept beside the settings.
    pub tasks: PathBuf,
}

impl Places {
    /// This person's folders.
    pub fn of_this_user() -> Option<Places> {
        Some(Places {
            systemd: crate::paths::user_config_dir()?
                .join("systemd")
                .join("user"),
            launch_agents: crate::paths::home_dir()?
                .join("Library")
                .join("LaunchAgents"),
            tasks: crate::paths::settings_file()?.parent()?.join("tasks"),
        })
    }

    /// The files a reminder for `routine` has with `scheduler` (cron keeps none).
    pub fn files(&self, scheduler: Scheduler, routine: &str) -> Vec<PathBuf> {
        let unit = unit_name(routine);
        match scheduler {
            Scheduler::Systemd => vec![
                self.systemd.join(format!("{unit}.timer")),
                self.systemd.join(format!("{unit}.service")),
            ],
            Scheduler::Launchd => {
                vec![self.launch_agents.join(format!("{}.plist", label(routine)))]
            }
            Scheduler::TaskScheduler => vec![self.tasks.join(format!("{unit}.xml"))],
            Scheduler::Cron => vec![],
        }
    }
}

/// The launchd label.
fn label(routine: &str) -> String {
    unit_name(routine).replacen("knead-remind-", "org.knead.remind.", 1)
}

/// The Task Scheduler's name for the task, in a `knead` folder of its own.
fn task_name(routine: &str) -> String {
    format!("\\knead\\{}", unit_name(routine))
}

/// What installing or removing did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Done {
    /// Files written or removed.
    pub files: Vec<PathBuf>,
    /// What the scheduler was told to forget, in words ("disabled and stopped
    /// knead-remind-desk-neck.timer").
    pub unloaded: Vec<String>,
    /// What the person should know or do: the scheduler was not told, and how to tell it.
    pub notes: Vec<String>,
    /// Whether the person's crontab was rewritten.
    pub crontab: bool,
}

/// Whether a reminder will fire, as its scheduler says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum State {
    /// The scheduler has it: it fires at its times.
    Active,
    /// Its files are written but the scheduler has not loaded them: why, and the command
    /// that loads it.
    NotLoaded {
        /// Why it is not loaded.
        why: String,
        /// What to run to load it.
        load: String,
    },
    /// Nothing of it is in the scheduler (its files or its crontab line are gone).
    Missing,
    /// No scheduler runs here to fire it: why.
    NoScheduler(String),
}

impl State {
    /// What `knead remind list` says of it.
    pub fn words(&self, routine: &str) -> String {
        match self {
            State::Active => t!("remind-active"),
            State::NotLoaded { .. } => t!("remind-not-loaded", why = self.why_not(routine)),
            State::Missing => t!("remind-missing", why = self.why_not(routine)),
            State::NoScheduler(_) => t!("remind-will-not-fire", why = self.why_not(routine)),
        }
    }

    /// Why it will not fire, and what to do; empty when it will.
    pub fn why_not(&self, routine: &str) -> String {
        match self {
            State::Active => String::new(),
            State::NotLoaded { why, load } => {
                t!("remind-load-it", why = why.as_str(), load = load.as_str())
            }
            State::Missing => t!("remind-put-back", routine = super::sh_word(routine)),
            State::NoScheduler(why) => why.clone(),
        }
    }
}

/// The schedulers that hold something of the reminder for `routine`: its files, or its
/// crontab lines. A reminder added before `[remind] scheduler` changed lives on in the old one.
pub fn holders(routine: &str, places: &Places) -> Vec<Scheduler> {
    let unit = unit_name(routine);
    Scheduler::ALL
        .into_iter()
        .filter(|&scheduler| match scheduler {
            Scheduler::Cron => {
                crontab_lines().is_ok_and(|t| t.lines().any(|l| l.ends_with(&cron::tag(&unit))))
            }
            Scheduler::Systemd | Scheduler::Launchd | Scheduler::TaskScheduler => {
                places.files(scheduler, routine).iter().any(|f| f.exists())
            }
        })
        .collect()
}

/// Asks `scheduler` whether it has the reminder for `routine`.
pub fn state(scheduler: Scheduler, routine: &str, places: &Places) -> State {
    let unit = unit_name(routine);
    let files = places.files(scheduler, routine);
    if files.iter().any(|f| !f.exists()) {
        return State::Missing;
    }
    let path = files
        .first()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_default();
    match scheduler {
        Scheduler::Systemd => {
            let timer = format!("{unit}.timer");
            let load =
                format!("systemctl --user daemon-reload && systemctl --user enable --now {timer}");
            if which::which("systemctl").is_err() {
                return State::NoScheduler(t!("remind-no-systemctl-use-cron"));
            }
            if let Some(why) = systemd_unavailable() {
                return State::NotLoaded { why, load };
            }
            match answer(&["systemctl", "--user", "is-enabled", &timer]) {
                Some(said) if said == "enabled" => State::Active,
                said => State::NotLoaded {
                    why: t!(
                        "remind-systemd-says",
                        state = said
                            .filter(|s| !s.is_empty())
                            .unwrap_or_else(|| "not enabled".to_owned())
                    ),
                    load,
                },
            }
        }
        Scheduler::Cron => match crontab_lines() {
            Err(why) => State::NoScheduler(why),
            Ok(table) if table.lines().any(|l| l.ends_with(&cron::tag(&unit))) => State::Active,
            Ok(_) => State::Missing,
        },
        Scheduler::Launchd => {
            if which::which("launchctl").is_err() {
                return State::NoScheduler(t!("remind-not-installed", program = "launchctl"));
            }
            if quiet_status(&["launchctl", "list", &label(routine)]).is_ok() {
                State::Active
            } else {
                State::NotLoaded {
                    why: t!("remind-launchd-not-loaded"),
                    load: format!("launchctl load -w {}", super::sh_word(&path)),
                }
            }
        }
        Scheduler::TaskScheduler => {
            if which::which("schtasks").is_err() {
                return State::NoScheduler(t!("remind-not-installed", program = "schtasks"));
            }
            let name = task_name(routine);
            if quiet_status(&["schtasks", "/Query", "/TN", &name]).is_ok() {
                State::Active
            } else {
                State::NotLoaded {
                    why: t!("remind-task-scheduler-lacks"),
                    load: format!("schtasks /Create /TN {name} /XML \"{path}\" /F"),
                }
            }
        }
    }
}

/// The first line a command printed, when it ran at all (`is-enabled` answers "disabled"
/// with a failing status, which is still an answer).
fn answer(argv: &[&str]) -> Option<String> {
    let output = Command::new(argv[0])
        .args(&argv[1..])
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
        .ok()?;
    Some(
        String::from_utf8_lossy(&output.stdout)
            .lines()
            .next()
            .unwrap_or_default()
            .trim()
            .to_owned(),
    )
}

/// The person's crontab, or why there is none to read: no crontab program.
fn crontab_lines() -> Result<String, String> {
    match Command::new("crontab")
        .arg("-l")
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
    {
        Ok(output) if output.status.success() => {
            Ok(String::from_utf8_lossy(&output.stdout).into_owned())
        }
        // `crontab -l` fails when there is no crontab yet: that is an empty one.
        Ok(_) => Ok(String::new()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(
            "there is no crontab program here: install cron (`sudo apt install cron` on \
             Debian and Ubuntu) and add the reminder again"
                .to_owned(),
        ),
        Err(e) => Err(missing_or_failed("crontab", &e)),
    }
}

/// Why a reminder could not be put in place or taken out.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct InstallError(String);

fn write_file(path: &Path, bytes: &[u8]) -> Result<(), InstallError> {
    let fail = |e: std::io::Error| {
        InstallError(t!(
            "error-cannot-write",
            path = path.display().to_string(),
            why = crate::words::io_words(&e)
        ))
    };
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(fail)?;
    }
    std::fs::write(path, bytes).map_err(fail)
}

/// Puts `reminder` into `scheduler`, to run `program nudge ROUTINE`; replaces any earlier
/// reminder for the same routine.
pub fn install(
    scheduler: Scheduler,
    reminder: &Reminder,
    program: &Path,
    places: &Places,
) -> Result<Done, InstallError> {
    let unit = unit_name(&reminder.routine);
    let files = places.files(scheduler, &reminder.routine);
    let mut done = Done {
        files: files.clone(),
        ..Done::default()
    };
    match scheduler {
        Scheduler::Systemd => {
            let (timer, service) = systemd::units(reminder, &unit, program);
            write_file(&files[0], timer.as_bytes())?;
            write_file(&files[1], service.as_bytes())?;
            let timer = format!("{unit}.timer");
            if let Some(why) = systemd_unavailable() {
                done.notes.push(t!(
                    "remind-systemd-by-hand",
                    why = why,
                    timer = timer.as_str()
                ));
            } else {
                run_all(
                    &mut done,
                    &[
                        &["systemctl", "--user", "daemon-reload"],
                        &["systemctl", "--user", "enable", "--now", &timer],
                    ],
                );
            }
        }
        Scheduler::Launchd => {
            let path = files[0].to_string_lossy().into_owned();
            // A reminder being replaced is unloaded first; one that was not loaded says so,
            // which is no failure.
            if which::which("launchctl").is_ok() {
                let _ = quiet_status(&["launchctl", "unload", &path]);
            }
            write_file(
                &files[0],
                launchd::plist(reminder, &label(&reminder.routine), program).as_bytes(),
            )?;
            run_all(&mut done, &[&["launchctl", "load", "-w", &path]]);
        }
        Scheduler::TaskScheduler => {
            write_file(
                &files[0],
                &schtasks::utf16(&schtasks::task(reminder, program)),
            )?;
            let path = files[0].to_string_lossy().into_owned();
            let name = task_name(&reminder.routine);
            run_all(
                &mut done,
                &[&["schtasks", "/Create", "/TN", &name, "/XML", &path, "/F"]],
            );
        }
        Scheduler::Cron => {
            let env = desktop_env();
            let lines = cron::lines(reminder, &unit, program, &env);
            done.crontab = edit_crontab(&mut done, &unit, &lines);
        }
    }
    Ok(done)
}

/// Takes the reminder for `routine` out of `scheduler`; no file of it is left behind.
pub fn uninstall(
    scheduler: Scheduler,
    routine: &str,
    places: &Places,
) -> Result<Done, InstallError> {
    let unit = unit_name(routine);
    let files: Vec<PathBuf> = places
        .files(scheduler, routine)
        .into_iter()
        .filter(|f| f.exists())
        .collect();
    let mut done = Done {
        files: files.clone(),
        ..Done::default()
    };
    match scheduler {
        Scheduler::Systemd => {
            let timer = format!("{unit}.timer");
            let manager = systemd_unavailable().is_none();
            if manager
                && run_all(
                    &mut done,
                    &[&["systemctl", "--user", "disable", "--now", &timer]],
                )
            {
                done.unloaded
                    .push(format!("systemd: disabled and stopped {timer}"));
            }
            // `enable` links the timer from timers.target.wants; with no manager to
            // disable it, the link would be left pointing at nothing.
            let link = places.systemd.join("timers.target.wants").join(&timer);
            if link.symlink_metadata().is_ok() {
                done.files.push(link.clone());
            }
            remove_files(&files)?;
            remove_files(&[link])?;
            if manager {
                run_all(&mut done, &[&["systemctl", "--user", "daemon-reload"]]);
            }
        }
        Scheduler::Launchd => {
            for file in &files {
                if run_all(
                    &mut done,
                    &[&["launchctl", "unload", "-w", &file.to_string_lossy()]],
                ) {
                    done.unloaded
                        .push(format!("launchd: unloaded {}", label(routine)));
                }
            }
            remove_files(&files)?;
        }
        Scheduler::TaskScheduler => {
            let name = task_name(routine);
            if !files.is_empty()
                && run_all(&mut done, &[&["schtasks", "/Delete", "/TN", &name, "/F"]])
            {
                done.unloaded
                    .push(format!("Task Scheduler: deleted {name}"));
            }
            remove_files(&files)?;
        }
        Scheduler::Cron => {
            let had =
                crontab_lines().is_ok_and(|t| t.lines().any(|l| l.ends_with(&cron::tag(&unit))));
            done.crontab = edit_crontab(&mut done, &unit, &[]);
            if done.crontab && had {
                done.unloaded.push(t!("remind-cron-removed"));
            }
        }
    }
    Ok(done)
}

fn remove_files(files: &[PathBuf]) -> Result<(), InstallError> {
    for file in files {
        match std::fs::remove_file(file) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => {
                return Err(InstallError(t!(
                    "error-cannot-remove",
                    path = file.display().to_string(),
                    why = crate::words::io_words(&e)
                )));
            }
        }
    }
    Ok(())
}

/// Why `systemctl --user` cannot be used now, if it cannot: no systemctl, or no user manager
/// for this login (a container, an SSH session without lingering).
fn systemd_unavailable() -> Option<String> {
    if which::which("systemctl").is_err() {
        return Some(t!("remind-not-installed", program = "systemctl"));
    }
    let runtime = std::env::var_os("XDG_RUNTIME_DIR").map(PathBuf::from);
    let manager = runtime.is_some_and(|dir| dir.join("systemd").join("private").exists());
    (!manager).then(|| t!("remind-no-systemd-manager"))
}

/// Runs each command in turn; the first that fails (or is missing) becomes a note with the
/// commands left to run by hand. Whether all ran.
fn run_all(done: &mut Done, commands: &[&[&str]]) -> bool {
    for (i, argv) in commands.iter().enumerate() {
        if let Err(why) = quiet_status(argv) {
            let rest: Vec<String> = commands[i..].iter().map(|c| c.join(" ")).collect();
            done.notes.push(t!(
                "remind-run-yourself",
                why = why,
                commands = rest.join(" && ")
            ));
            return false;
        }
    }
    true
}

/// Runs a scheduler's command, its output to the log; what went wrong, in words.
fn quiet_status(argv: &[&str]) -> Result<(), String> {
    let output = Command::new(argv[0])
        .args(&argv[1..])
        .stdin(Stdio::null())
        .output()
        .map_err(|e| {
            tracing::debug!("{}: {e}", argv[0]);
            missing_or_failed(argv[0], &e)
        })?;
    let said = String::from_utf8_lossy(&output.stderr);
    if output.status.success() {
        return Ok(());
    }
    tracing::warn!(
        "{} failed ({}): {}",
        argv.join(" "),
        output.status,
        said.trim()
    );
    let first = said.lines().next().unwrap_or("").trim();
    Err(t!(
        "remind-command-failed",
        command = argv.join(" "),
        first = first
    ))
}

fn missing_or_failed(program: &str, e: &std::io::Error) -> String {
    if e.kind() == std::io::ErrorKind::NotFound {
        t!("remind-not-installed", program = program)
    } else {
        t!("remind-not-started", program = program)
    }
}

/// The variables a notification from cron needs to reach this desktop.
fn desktop_env() -> Vec<(String, String)> {
    [
        "DISPLAY",
        "WAYLAND_DISPLAY",
        "XDG_RUNTIME_DIR",
        "DBUS_SESSION_BUS_ADDRESS",
    ]
    .into_iter()
    .filter_map(|k| {
        Some((
            k.to_owned(),
            std::env::var(k).ok().filter(|v| !v.is_empty())?,
        ))
    })
    .collect()
}

/// Replaces the reminder's lines in the person's crontab with `lines` (none: removes them).
/// Whether the crontab took them.
fn edit_crontab(done: &mut Done, unit: &str, lines: &[String]) -> bool {
    let tag = cron::tag(unit);
    let by_hand = |done: &mut Done, why: String| {
        let what = if lines.is_empty() {
            t!("remind-cron-remove-by-hand", tag = tag.as_str())
        } else {
            t!("remind-cron-add-by-hand", lines = lines.join("\n"))
        };
        done.notes.push(format!("{why}; {what}"));
        false
    };
    let current = match Command::new("crontab")
        .arg("-l")
        .stdin(Stdio::null())
        .output()
    {
        // `crontab -l` fails when there is no crontab yet: that is an empty one.
        Ok(output) if output.status.success() => {
            String::from_utf8_lossy(&output.stdout).into_owned()
        }
        Ok(_) => String::new(),
        // No crontab program: nothing to edit, and no `crontab -e` to advise; the reminder's
        // state says it will not fire.
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return false,
        Err(e) => return by_hand(done, missing_or_failed("crontab", &e)),
    };
    let mut kept: Vec<&str> = current.lines().filter(|l| !l.ends_with(&tag)).collect();
    kept.extend(lines.iter().map(String::as_str));
    let mut text = kept.join("\n");
    if !text.is_empty() {
        text.push('\n');
    }
    let written = Command::new("crontab")
        .arg("-")
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            if let Some(mut stdin) = child.stdin.take() {
                stdin.write_all(text.as_bytes())?;
            }
            child.wait_with_output()
        });
    match written {
        Ok(output) if output.status.success() => true,
        Ok(output) => by_hand(
            done,
            t!(
                "remind-crontab-refused",
                why = String::from_utf8_lossy(&output.stderr).trim()
            ),
        ),
        Err(e) => by_hand(done, missing_or_failed("crontab", &e)),
    }
}
