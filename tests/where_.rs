//! `knead where` as a person and a script use it: every place in text and JSON, typos
//! answered with a guess, a routine saved that `knead check` passes clean, and (in a real
//! terminal) the body map to a running session, or a red flag to care and nothing built.

use std::path::Path;
use std::process::{Command, Output};

mod common;

fn knead(home: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_knead"))
        .args(args)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_CACHE_HOME", home.join("cache"))
        .env("XDG_STATE_HOME", home.join("state"))
        .env("KNEAD_DATA_DIR", home.join("data"))
        .output()
        .expect("knead runs")
}

fn text(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn every_place_lists_its_red_flags_and_muscles_in_text_and_json() {
    let home = tempfile::tempdir().expect("tempdir");
    let list = knead(home.path(), &["where"]);
    assert!(list.status.success());
    let names: Vec<String> = text(&list)
        .lines()
        .take_while(|l| !l.is_empty())
        .map(|l| l.split("  ").next().unwrap_or_default().trim().to_owned())
        .collect();
    assert!(names.len() >= 30, "{names:?}");
    for name in &names {
        let out = knead(home.path(), &["where", name]);
        let said = text(&out);
        assert!(out.status.success(), "{name}: {said}");
        assert!(
            said.contains("Muscles whose trigger points often send pain"),
            "{name}"
        );
        assert!(said.contains("See a doctor or physiotherapist"), "{name}");
        assert!(!said.contains('\u{1b}'), "no escapes in a pipe: {name}");
        let json = knead(home.path(), &["where", name, "--format", "json"]);
        let value: serde_json::Value = serde_json::from_slice(&json.stdout).expect("JSON");
        let muscles = value["muscles"].as_array().expect("muscles");
        assert!(!muscles.is_empty(), "{name}");
        for muscle in muscles {
            assert!(
                said.contains(muscle["name"].as_str().expect("name")),
                "{name}"
            );
        }
        for flag in value["red_flags"].as_array().expect("flags") {
            assert!(
                said.contains(flag["question"].as_str().expect("question")),
                "{name}"
            );
        }
    }
    // The heart comes first where it could be the cause.
    let chest = text(&knead(home.path(), &["where", "chest"]));
    assert!(chest.contains("Call the emergency services now"), "{chest}");
}

#[test]
fn a_mistyped_place_is_answered_with_a_guess() {
    let home = tempfile::tempdir().expect("tempdir");
    let out = knead(
        home.path(),
        &["where", "betwen", "the", "shoulder", "blads"],
    );
    assert_eq!(out.status.code(), Some(2));
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("did you mean \"between the shoulder blades\"?"),
        "{said}"
    );
    let out = knead(home.path(), &["where", "Pain in my left temple"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(text(&out).starts_with("Temple\n"));
}

#[test]
fn a_saved_routine_passes_knead_check_clean_and_is_never_replaced() {
    let home = tempfile::tempdir().expect("tempdir");
    let saved = knead(
        home.path(),
        &["where", "heel", "--muscles", "1,2", "--save", "My heel"],
    );
    assert!(
        saved.status.success(),
        "{}",
        String::from_utf8_lossy(&saved.stderr)
    );
    assert!(
        text(&saved).contains("`knead run my-heel` runs it."),
        "{}",
        text(&saved)
    );
    let file = home.path().join("config/knead/routines/my-heel.toml");
    let routine = std::fs::read_to_string(&file).expect("saved");
    assert!(
        routine.contains("region = \"soleus\"") && routine.contains("region = \"plantar fascia\"")
    );
    assert!(
        !routine.contains("region = \"calf\""),
        "only the muscles picked"
    );
    let check = knead(home.path(), &["check", "my-heel"]);
    let said = format!("{}{}", text(&check), String::from_utf8_lossy(&check.stderr));
    assert_eq!(check.status.code(), Some(0), "{said}");
    assert!(!said.contains("warning"), "{said}");
    let again = knead(home.path(), &["where", "heel", "--save", "My heel"]);
    assert_eq!(again.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&again.stderr).contains("already exists"));
    assert_eq!(std::fs::read_to_string(&file).expect("kept"), routine);
    let slash = knead(home.path(), &["where", "heel", "--save", "bad/name"]);
    assert_eq!(slash.status.code(), Some(2), "{}", text(&slash));
    let wrong = knead(home.path(), &["where", "heel", "--muscles", "9"]);
    assert_eq!(wrong.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&wrong.stderr).contains("muscles 1 to 3"));
    // --routine prints the same file.
    let printed = text(&knead(
        home.path(),
        &["where", "heel", "--muscles", "1,2", "--routine"],
    ));
    assert_eq!(printed, routine);
}

/// A tmux server of its own, 80x24, killed at the end.
struct Tmux(String);

impl Tmux {
    fn start(name: &str, home: &Path) -> Option<Self> {
        if !common::installed("tmux", "-V") {
            return None;
        }
        let tmux = Tmux(format!("knead-where-{name}-{}", std::process::id()));
        tmux.run(&[
            "new-session",
            "-d",
            "-x",
            "80",
            "-y",
            "24",
            "-s",
            "w",
            "bash --norc --noprofile",
        ]);
        tmux.keys(&[
            &format!(
                "export PS1='$ ' NO_COLOR=1 XDG_CONFIG_HOME={0}/config XDG_CACHE_HOME={0}/cache \
                 XDG_STATE_HOME={0}/state KNEAD_DATA_DIR={0}/data; clear",
                home.display()
            ),
            "Enter",
        ]);
        Some(tmux)
    }

    fn run(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .args(["-L", &self.0])
            .args(args)
            .output()
            .expect("tmux runs")
    }

    fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "w"];
        args.extend_from_slice(keys);
        self.run(&args);
    }

    fn wait_for(&self, text: &str) -> String {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        loop {
            let screen = text_of(&self.run(&["capture-pane", "-t", "w", "-p"]));
            if screen.contains(text) {
                return screen;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "timed out waiting for {text:?}:\n{screen}"
            );
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
    }
}

fn text_of(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .args(["-L", &self.0, "kill-server"])
            .output();
    }
}

#[test]
fn from_the_body_map_to_a_running_session_and_a_red_flag_to_care() {
    let home = tempfile::tempdir().expect("tempdir");
    let Some(tmux) = Tmux::start("run", home.path()) else {
        return;
    };
    let knead = env!("CARGO_BIN_EXE_knead");
    tmux.keys(&[&format!("{knead} where; echo EXIT=$?"), "Enter"]);
    let map = tmux.wait_for("Where does it hurt?");
    assert!(map.contains("Top of the shoulder"), "{map}");
    // Down the back to the shoulder blade, then choose it.
    tmux.keys(&["Down"]);
    tmux.wait_for("Shoulder blade");
    tmux.keys(&["Enter"]);
    tmux.wait_for("Question 1 of 2");
    tmux.keys(&["n"]);
    tmux.wait_for("Question 2 of 2");
    tmux.keys(&["n"]);
    let muscles = tmux.wait_for("[x] infraspinatus");
    assert!(
        muscles.contains("[ ] scalenes"),
        "the fourth starts left out:\n{muscles}"
    );
    tmux.keys(&["Enter"]);
    let overview = tmux.wait_for("Enter begin");
    assert!(overview.contains("Shoulder blade"), "{overview}");
    tmux.keys(&["Enter"]);
    tmux.wait_for("infraspinatus");
    tmux.keys(&["q"]);
    tmux.wait_for("Quit the session?");
    tmux.keys(&["y"]);
    tmux.wait_for("SESSION STOPPED");
    tmux.keys(&["q"]);
    tmux.wait_for("EXIT=0");

    // A yes to a red flag: where to seek care, and nothing to run or save.
    tmux.keys(&["clear", "Enter"]);
    tmux.keys(&[&format!("{knead} where; echo EXIT=$?"), "Enter"]);
    tmux.wait_for("Where does it hurt?");
    tmux.keys(&["/"]);
    tmux.keys(&["-l", "chest"]);
    tmux.keys(&["Enter"]);
    tmux.wait_for("Question 1 of 2");
    tmux.keys(&["y"]);
    let care = tmux.wait_for("Seek care first");
    assert!(care.contains("Call the emergency services now"), "{care}");
    tmux.keys(&["s"]);
    tmux.keys(&["Enter"]);
    tmux.keys(&["q"]);
    tmux.wait_for("EXIT=0");
    let routines = home.path().join("config/knead/routines");
    assert!(
        !routines.exists() || std::fs::read_dir(&routines).expect("dir").next().is_none(),
        "a red flag built a routine"
    );
}
