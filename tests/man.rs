//! The man page: every section a reader looks for, and in them every command, option, key,
//! file and environment variable knead has, so the page cannot fall behind the program.

use std::path::Path;
use std::process::Command;

use clap::CommandFactory as _;
use knead::cli::Cli;
use knead::cmd::man;

/// The page as `man` shows it (without formatting), or the roff source where `man` is missing
/// outside CI.
fn shown() -> String {
    let page = man::render();
    let file = tempfile::NamedTempFile::new().expect("tempfile");
    std::fs::write(file.path(), &page).expect("write");
    let out = Command::new("man")
        .args(["--warnings", "-l"])
        .arg(file.path())
        .env("MANWIDTH", "200")
        .env("MAN_KEEP_FORMATTING", "")
        .env("LC_ALL", "C.UTF-8")
        .output();
    let Ok(out) = out else {
        assert!(
            std::env::var_os("CI").is_none(),
            "man is not installed under CI (scripts/install-deps --test installs it)"
        );
        eprintln!("man is not installed: checking the roff source only");
        return page;
    };
    let warnings = String::from_utf8_lossy(&out.stderr);
    assert!(warnings.is_empty(), "groff warns: {warnings}");
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn the_page_has_every_section_a_reader_looks_for() {
    let page = man::render();
    let sections: Vec<&str> = page
        .lines()
        .filter_map(|l| l.strip_prefix(".SH "))
        .map(|s| s.trim_matches('"'))
        .collect();
    assert_eq!(
        sections,
        [
            "NAME",
            "SYNOPSIS",
            "DESCRIPTION",
            "OPTIONS",
            "COMMANDS",
            "KEYS",
            "FILES",
            "ENVIRONMENT",
            "EXIT STATUS",
            "EXAMPLES",
            "SEE ALSO"
        ]
    );
    // No page it points to is missing: the old one named knead-run(1) and others.
    assert!(!page.contains("knead\\-run(1)"), "{page}");
}

#[test]
fn every_command_and_option_is_on_the_page() {
    let page = shown();
    let mut cli = Cli::command();
    cli.build();
    // Each command and each of its own (`knead remind add`), with every option.
    let mut commands: Vec<(String, &clap::Command)> = Vec::new();
    for command in cli.get_subcommands().filter(|c| c.get_name() != "help") {
        let heading = format!("knead {}", command.get_name());
        for sub in command.get_subcommands().filter(|c| c.get_name() != "help") {
            commands.push((format!("{heading} {}", sub.get_name()), sub));
        }
        commands.push((heading, command));
    }
    assert!(
        commands.iter().any(|(h, _)| h == "knead remind add"),
        "{commands:?}"
    );
    for (heading, command) in commands {
        assert!(
            page.lines().any(|l| l.trim_start().starts_with(&heading)),
            "{heading} missing"
        );
        for long in command.get_arguments().filter_map(|a| a.get_long()) {
            assert!(
                page.contains(&format!("--{long}")),
                "{heading} --{long} missing"
            );
        }
    }
}

#[test]
fn the_settings_it_names_are_the_settings_file_s_sections() {
    let page = shown();
    let files = page
        .split("\nFILES\n")
        .nth(1)
        .and_then(|rest| rest.split("\nENVIRONMENT\n").next())
        .expect("a FILES section");
    let named: Vec<&str> = files
        .split('[')
        .skip(1)
        .filter_map(|part| part.split(']').next())
        .collect();
    let home = tempfile::tempdir().expect("tempdir");
    let out = Command::new(env!("CARGO_BIN_EXE_knead"))
        .args(["config", "--default"])
        .env("XDG_CONFIG_HOME", home.path())
        .output()
        .expect("runs");
    let default = String::from_utf8_lossy(&out.stdout);
    let sections: Vec<&str> = default
        .lines()
        .filter_map(|l| l.strip_prefix('[')?.strip_suffix(']'))
        .filter(|s| !s.contains('.'))
        .collect();
    assert_eq!(named, sections, "{files}");
    // No setting that does not exist (there once was a "colours").
    assert!(!files.contains("colours"), "{files}");
}

#[test]
fn each_key_list_is_a_paragraph_of_its_own() {
    let page = shown();
    let keys = page.split("\nKEYS\n").nth(1).expect("a KEYS section");
    let home = keys
        .lines()
        .find(|l| l.contains("On the home screen"))
        .expect("the home screen's keys");
    assert!(
        home.trim_start().starts_with("On the home screen"),
        "runs on from the line before: {home}"
    );
}

#[test]
fn every_key_is_on_the_page() {
    let page = shown();
    let keys = page
        .split("\nKEYS\n")
        .nth(1)
        .and_then(|rest| rest.split("\nFILES\n").next())
        .expect("a KEYS section");
    let mut count = 0;
    for (key, what) in knead::keys::help() {
        count += 1;
        assert!(keys.contains(key.as_str()), "{key} missing from KEYS");
        assert!(keys.contains(what.as_str()), "{what} missing from KEYS");
    }
    assert!(count >= 10, "the key table has only {count} entries");
}

#[test]
fn every_file_knead_keeps_is_on_the_page() {
    let page = shown();
    // The settings file is where knead says it is.
    let home = tempfile::tempdir().expect("tempdir");
    let out = Command::new(env!("CARGO_BIN_EXE_knead"))
        .args(["config", "--path"])
        .env("XDG_CONFIG_HOME", home.path().join("C"))
        .output()
        .expect("runs");
    let settings = String::from_utf8_lossy(&out.stdout).trim().to_owned();
    assert_eq!(
        Path::new(&settings),
        home.path().join("C/knead/config.toml")
    );
    for place in [
        "$XDG_CONFIG_HOME/knead/config.toml",
        "$XDG_CONFIG_HOME/knead/routines/",
        "$XDG_DATA_HOME/knead/history.db",
        "$XDG_STATE_HOME/knead/knead.log",
        "$XDG_CACHE_HOME/knead/voice/",
    ] {
        assert!(page.contains(place), "{place} missing from FILES");
    }
}

#[test]
fn every_environment_variable_the_source_reads_is_on_the_page() {
    let page = shown();
    let environment = page
        .split("\nENVIRONMENT\n")
        .nth(1)
        .and_then(|rest| rest.split("\nEXIT STATUS\n").next())
        .expect("an ENVIRONMENT section");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut read = Vec::new();
    for dir in ["src", "crates"] {
        collect_env_reads(&root.join(dir), &mut read);
    }
    read.sort();
    read.dedup();
    assert!(read.contains(&"KNEAD_DATA_DIR".to_owned()), "{read:?}");
    // Switches for knead's own tests are not for people.
    for var in read.iter().filter(|v| !v.starts_with("KNEAD_TEST_")) {
        assert!(
            environment.contains(var.as_str()),
            "{var} missing from ENVIRONMENT"
        );
    }
    for var in [
        "XDG_CONFIG_HOME",
        "XDG_DATA_HOME",
        "XDG_STATE_HOME",
        "XDG_CACHE_HOME",
    ] {
        assert!(environment.contains(var), "{var} missing from ENVIRONMENT");
    }
}

/// The names in every `var("NAME")` and `var_os("NAME")` under `dir`.
fn collect_env_reads(dir: &Path, found: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).expect("read dir").flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_env_reads(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).expect("read source");
            for call in ["var(\"", "var_os(\""] {
                for part in text.split(call).skip(1) {
                    if let Some(name) = part.split('"').next()
                        && name.chars().all(|c| c.is_ascii_uppercase() || c == '_')
                    {
                        found.push(name.to_owned());
                    }
                }
            }
        }
    }
}

#[test]
fn man_prints_the_page() {
    let out = Command::new(env!("CARGO_BIN_EXE_knead"))
        .arg("man")
        .output()
        .expect("runs");
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout), man::render());
}
