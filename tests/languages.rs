//! A session in the person's language, as they would start it: from the locale, from
//! `--lang`, from the settings and from the routine, in plain mode.

use std::path::Path;
use std::process::{Command, Output, Stdio};

use knead::lang::{Language, scoped};
use knead_core::t;

/// One 1 s hold on the upper trapezius, left.
const ROUTINE: &str = "name = \"Nacken\"\n[[step]]\nregion = \"upper trapezius\"\nside = \"left\"\n\
                       tool = \"ball\"\nhold = \"1s\"\nrest = \"0s\"\nprepare = \"0s\"\n";

/// `knead ARGS run --plain FILE` with `env`, the locale variables cleared first, and a
/// rating of 3 typed.
fn session(dir: &Path, routine: &str, args: &[&str], env: &[(&str, &str)]) -> String {
    let file = dir.join("routine.toml");
    std::fs::write(&file, routine).expect("routine");
    let mut command = Command::new(env!("CARGO_BIN_EXE_knead"));
    command
        .args(args)
        .args(["run", "--plain", "--no-voice", "--no-notify"])
        .arg(&file)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env_remove("LANGUAGE")
        .envs(env.iter().copied())
        .env("KNEAD_DATA_DIR", dir)
        .env("XDG_STATE_HOME", dir)
        .env("XDG_CONFIG_HOME", dir)
        .env("XDG_RUNTIME_DIR", dir)
        .env("ALSA_CONFIG_PATH", "/dev/null")
        .env_remove("DBUS_SESSION_BUS_ADDRESS");
    let (status, text) = typed(&mut command, "\n3\n");
    assert_eq!(status, Some(0), "{text}");
    text
}

/// Runs `command` with `stdin` typed: its exit status, and its stdout then stderr.
fn typed(command: &mut Command, stdin: &str) -> (Option<i32>, String) {
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("knead runs");
    std::io::Write::write_all(&mut child.stdin.take().expect("stdin"), stdin.as_bytes())
        .expect("types");
    let out: Output = child.wait_with_output().expect("ends");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.code(), text)
}

/// What a session in `language` says on the way, as knead's own words have it.
fn said_in(language: Language) -> [String; 3] {
    scoped(language, || {
        [
            t!("announce-rated", rating = 3),
            knead::words::summary_title(Some(knead::session::Outcome::Completed)),
            knead::words::spot_label("upper trapezius", Some(knead::routine::Side::Left)),
        ]
    })
}

fn speaks(text: &str, language: Language) -> bool {
    said_in(language)
        .iter()
        .all(|line| text.contains(line.as_str()))
}

#[test]
fn a_session_speaks_the_language_of_the_locale_the_flag_the_settings_or_the_routine() {
    let english = said_in(Language::English);
    let german = said_in(Language::German);
    assert_ne!(english, german, "German is translated");
    let dir = tempfile::tempdir().expect("tempdir");
    for locale in ["de_DE.UTF-8", "de", "de_AT"] {
        let text = session(dir.path(), ROUTINE, &[], &[("LANG", locale)]);
        assert!(speaks(&text, Language::German), "LANG={locale}:\n{text}");
        assert!(!text.contains(&english[0]), "no English left:\n{text}");
    }
    let text = session(
        dir.path(),
        ROUTINE,
        &[],
        &[("LANG", "fr_FR.UTF-8"), ("LC_ALL", "es_ES.UTF-8")],
    );
    assert!(speaks(&text, Language::Spanish), "LC_ALL first:\n{text}");
    let text = session(
        dir.path(),
        ROUTINE,
        &["--lang", "fr"],
        &[("LANG", "de_DE.UTF-8")],
    );
    assert!(speaks(&text, Language::French), "--lang first:\n{text}");
    let text = session(dir.path(), ROUTINE, &[], &[("LANG", "C.UTF-8")]);
    assert!(speaks(&text, Language::English), "C is English:\n{text}");

    // The routine's language, on an English machine; --lang still wins.
    let german_routine = format!("language = \"de\"\n{ROUTINE}");
    let text = session(dir.path(), &german_routine, &[], &[("LANG", "en_US.UTF-8")]);
    assert!(speaks(&text, Language::German), "the routine's:\n{text}");
    let text = session(dir.path(), &german_routine, &["--lang", "en"], &[]);
    assert!(
        speaks(&text, Language::English),
        "--lang over the routine:\n{text}"
    );

    // The settings' language, over the locale.
    let settings = dir.path().join("knead");
    std::fs::create_dir_all(&settings).expect("settings folder");
    std::fs::write(
        settings.join("config.toml"),
        "[display]\nlanguage = \"es\"\n",
    )
    .expect("settings");
    let text = session(dir.path(), ROUTINE, &[], &[("LANG", "de_DE.UTF-8")]);
    assert!(speaks(&text, Language::Spanish), "the settings':\n{text}");
}

#[test]
fn a_language_knead_does_not_speak_is_refused_with_the_ones_it_does() {
    let out = Command::new(env!("CARGO_BIN_EXE_knead"))
        .args(["--lang", "ja", "list"])
        .output()
        .expect("knead runs");
    assert_eq!(out.status.code(), Some(2));
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("knead speaks en, de, es, fr, not \"ja\""),
        "{said}"
    );
}

/// A region written in German is the same spot as the English name in the history.
#[test]
fn a_region_written_in_another_language_is_the_same_spot() {
    for language in [Language::German, Language::Spanish, Language::French] {
        let local = knead::lang::message_in(language, "region-upper-trapezius")
            .expect("a name for the upper trapezius");
        assert_eq!(
            knead::body::SpotId::recognise(&local, Some(knead::routine::Side::Left)),
            knead::body::SpotId::recognise("upper trapezius", Some(knead::routine::Side::Left)),
            "{language:?}: {local}"
        );
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let german =
        knead::lang::message_in(Language::German, "region-upper-trapezius").expect("German");
    let routine = ROUTINE.replace("upper trapezius", &german);
    session(dir.path(), &routine, &[], &[("LANG", "en_US.UTF-8")]);
    session(dir.path(), ROUTINE, &[], &[("LANG", "de_DE.UTF-8")]);
    let out = Command::new(env!("CARGO_BIN_EXE_knead"))
        .args(["export", "--format", "csv"])
        .env("KNEAD_DATA_DIR", dir.path())
        .env("XDG_STATE_HOME", dir.path())
        .output()
        .expect("exports");
    let csv = String::from_utf8_lossy(&out.stdout);
    let spots = csv.matches(",upper-trapezius:left,").count();
    assert_eq!(spots, 2, "both sessions on one spot:\n{csv}");
}

/// The loudest sample of a 16-bit PCM WAV, from 0 to 1 (`None`: not such a WAV).
#[cfg(not(any(target_os = "macos", windows)))]
fn loudest(wav: &[u8]) -> Option<f32> {
    let data = wav.windows(4).position(|w| w == b"data")?;
    let samples = wav.get(data + 8..)?;
    samples
        .chunks_exact(2)
        .map(|pair| f32::from(i16::from_le_bytes([pair[0], pair[1]])).abs() / 32768.0)
        .reduce(f32::max)
}

/// espeak-ng's German, Spanish and French voices say every phrase a bundled routine can say
/// in that language: each renders to a WAV with sound in it (under CI espeak-ng must be
/// there: `scripts/install-deps --test`).
#[test]
#[cfg(not(any(target_os = "macos", windows)))]
fn espeak_ng_renders_every_phrase_of_a_routine_in_each_language() {
    if Command::new("espeak-ng").arg("--version").output().is_err() {
        assert!(
            std::env::var_os("CI").is_none(),
            "espeak-ng is missing under CI (scripts/install-deps --test)"
        );
        eprintln!("skipping: no espeak-ng");
        return;
    }
    let routine = knead::catalog::check_bundled(&knead::catalog::BUNDLED[0])
        .parsed
        .routine
        .expect("a bundled routine");
    let plan = knead::session::Plan::new(routine);
    for language in [Language::German, Language::Spanish, Language::French] {
        scoped(language, || {
            let engine = knead::voice::Engine::from_choices(&knead::voice::Choices::default());
            let phrases = knead::speech::every_phrase(&plan, knead::speech::Level::Full);
            assert!(phrases.len() > 20, "{language:?}: {}", phrases.len());
            for phrase in &phrases {
                let wav = engine
                    .render(phrase)
                    .unwrap_or_else(|e| panic!("{language:?} {phrase:?}: {e}"));
                let loud = loudest(&wav).unwrap_or_else(|| panic!("{phrase:?}: not a WAV"));
                assert!(loud > 0.05, "{language:?} {phrase:?} is silent");
            }
        });
    }
}

/// `knead --lang de ARGS` in `dir`, with nothing typed: (exit status, stdout and stderr).
fn german(dir: &Path, args: &[&str]) -> (Option<i32>, String) {
    typed(
        Command::new(env!("CARGO_BIN_EXE_knead"))
            .args(["--lang", "de"])
            .args(args)
            .current_dir(dir)
            .env("KNEAD_DATA_DIR", dir)
            .env("XDG_STATE_HOME", dir)
            .env("XDG_CONFIG_HOME", dir)
            .env("HOME", dir)
            .env_remove("DBUS_SESSION_BUS_ADDRESS"),
        "",
    )
}

/// Each message in German is in `text` and its English is not.
fn in_german_only(text: &str, lines: &[(&str, Vec<(&'static str, String)>)]) {
    for (id, args) in lines {
        let render = |language| {
            scoped(language, || {
                let args: Vec<(&str, knead_core::lang::FluentValue<'_>)> = args
                    .iter()
                    .map(|(k, v)| (*k, knead_core::lang::FluentValue::from(v.as_str())))
                    .collect();
                knead_core::lang::message(id, &args)
            })
        };
        let (de, en) = (render(Language::German), render(Language::English));
        assert_ne!(de, en, "{id} is translated");
        assert!(text.contains(&de), "{id}: {de:?} in\n{text}");
        assert!(!text.contains(&en), "{id}: no English {en:?} in\n{text}");
    }
}

/// A therapist checking a routine in German reads German diagnostics with the TOML keys as
/// written; a client meets German errors; `knead where` asks and writes in German.
#[test]
fn check_errors_and_where_speak_german() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        dir.path().join("bad.toml"),
        "name = \"Nacken\"\n[[step]]\nregion = \"oberer Trapezius\"\ntool = \"ball\"\n\
         hold = \"90 sec\"\nrepetitions = 3\n",
    )
    .expect("routine");
    let (status, text) = german(dir.path(), &["check", "bad.toml"]);
    assert_eq!(status, Some(1), "{text}");
    in_german_only(
        &text,
        &[
            ("check-error", vec![]),
            (
                "check-unknown-key",
                vec![
                    ("key", "\"repetitions\"".to_owned()),
                    ("table", scoped(Language::German, || t!("check-in-step"))),
                ],
            ),
            ("check-did-you-mean", vec![("key", "\"reps\"".to_owned())]),
            (
                "check-duration",
                vec![
                    ("key", "hold".to_owned()),
                    ("found", "\"90 sec\"".to_owned()),
                ],
            ),
        ],
    );
    assert!(text.contains("bad.toml:6:1"), "line and column:\n{text}");

    // The command line's own mistakes, in German and knead's words.
    let (status, text) = german(dir.path(), &["export", "--since", "20.11.2026"]);
    assert_eq!(status, Some(2), "{text}");
    assert!(text.starts_with("knead: --since 20.11.2026: "), "{text}");
    in_german_only(&text, &[("error-date-format", vec![])]);

    let (status, text) = german(dir.path(), &["run", "gibtsnicht"]);
    assert_eq!(status, Some(1), "{text}");
    in_german_only(
        &text,
        &[("error-no-routine", vec![("name", "gibtsnicht".to_owned())])],
    );

    // A place typed in German; its red flags asked in German, and answered with j.
    let temple = scoped(Language::German, || {
        knead_core::body::zones::Zone::by_id("temple").map(knead_core::body::zones::Zone::name)
    })
    .expect("the temple");
    let (status, text) = german(dir.path(), &["where", &temple]);
    assert_eq!(status, Some(0), "{text}");
    in_german_only(
        &text,
        &[
            ("where-flags-heading", vec![]),
            ("where-flag-headache-question", vec![]),
            ("where-see-a-clinician", vec![]),
        ],
    );
    let (status, text) = german(dir.path(), &["where", &temple, "--routine"]);
    assert_eq!(status, Some(0), "{text}");
    std::fs::write(dir.path().join("schlaefe.toml"), &text).expect("routine written");
    let (status, checked) = german(dir.path(), &["check", "schlaefe.toml"]);
    assert_eq!(
        status,
        Some(0),
        "the routine written checks clean:\n{checked}\n{text}"
    );
    assert!(
        !checked.contains(&scoped(Language::German, || t!("check-warning"))),
        "{checked}"
    );
    in_german_only(&text, &[("where-safety-pressure", vec![])]);
}
