//! The engine, the renderer and the cache, with stand-in engines made of shell commands that
//! hand back one of knead's own cue sounds as the "speech".

use std::time::{Duration, Instant};

use super::*;

/// An engine that runs `script` in `sh` with the phrase as `$1`.
fn engine(script: &str) -> Engine {
    Engine::from_choices(&Choices {
        command: Some(vec![
            "sh".into(),
            "-c".into(),
            script.into(),
            "sh".into(),
            "{text}".into(),
        ]),
        ..Choices::default()
    })
}

fn wav() -> String {
    format!("{}/sounds/halfway.wav", env!("CARGO_MANIFEST_DIR"))
}

/// Waits until `voice` has `count` phrases or a notice.
fn settle(voice: &Voice, count: usize) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while voice.ready_count() < count && voice.notice().is_none() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(5));
    }
}

#[test]
fn phrases_are_rendered_ahead_with_a_lead_in_and_cached_by_text_and_engine() {
    let dir = tempfile::tempdir().expect("tempdir");
    let calls = dir.path().join("calls");
    let script = format!("echo \"$1\" >> {}; cat {}", calls.display(), wav());
    let phrases = vec![
        "Hold.".to_owned(),
        "Release. Rate it, zero to ten.".to_owned(),
    ];
    let voice = Voice::start(
        engine(&script),
        Some(dir.path().join("cache")),
        phrases.clone(),
    );
    settle(&voice, 2);
    assert_eq!(voice.notice(), None);
    let hold = voice.get("Hold.").expect("rendered");
    assert_eq!(hold.text, "Hold.");
    // The bell itself is 0.5 s; 250 ms of silence come first.
    let length = hold.length().as_secs_f64();
    assert!((0.74..0.76).contains(&length), "{length}");
    let first_sound = hold
        .sound
        .clone()
        .position(|s| s.abs() > 0.001)
        .expect("sound");
    assert!(
        first_sound >= 22_050 / 4,
        "lead-in of silence: {first_sound} samples"
    );
    assert_eq!(
        std::fs::read_to_string(&calls).expect("calls"),
        "Hold.\nRelease. Rate it, zero to ten.\n"
    );
    // A second session renders nothing: both come from the cache.
    let again = Voice::start(engine(&script), Some(dir.path().join("cache")), phrases);
    settle(&again, 2);
    assert!(again.get("Hold.").is_some());
    assert_eq!(
        std::fs::read_to_string(&calls)
            .expect("calls")
            .lines()
            .count(),
        2,
        "the cache was used"
    );
    // Another engine (or voice) is another cache entry.
    let other = format!("echo other >> {}; cat {}", calls.display(), wav());
    let other = Voice::start(
        engine(&other),
        Some(dir.path().join("cache")),
        vec!["Hold.".into()],
    );
    settle(&other, 1);
    assert_eq!(
        std::fs::read_to_string(&calls)
            .expect("calls")
            .lines()
            .count(),
        3
    );
}

#[test]
fn an_engine_that_writes_a_file_is_read_from_it() {
    let voice = Voice::start(
        Engine::from_choices(&Choices {
            command: Some(vec!["cp".into(), wav(), "{file}".into()]),
            ..Choices::default()
        }),
        None,
        vec!["Hold.".into()],
    );
    settle(&voice, 1);
    assert!(voice.get("Hold.").is_some(), "{:?}", voice.notice());
}

#[test]
fn a_missing_engine_is_one_quiet_notice_and_the_voice_is_off() {
    let voice = Voice::start(
        Engine::from_choices(&Choices {
            command: Some(vec!["espeak-ng-not-installed".into(), "{text}".into()]),
            ..Choices::default()
        }),
        None,
        vec!["Hold.".into(), "Halfway.".into()],
    );
    settle(&voice, 1);
    assert_eq!(
        voice.notice().as_deref(),
        Some("voice: espeak-ng-not-installed not found")
    );
    assert!(voice.is_broken());
    assert_eq!(install_hint("espeak-ng"), "; apt install espeak-ng");
}

#[test]
fn an_engine_that_fails_or_writes_noise_is_said_in_words_and_nothing_is_played() {
    for (script, says) in [
        (
            "echo oops >&2; exit 3",
            "sh failed (it exited with exit status: 3)",
        ),
        (
            "echo not a sound",
            "sh failed (what it wrote is not a WAV sound knead can read)",
        ),
    ] {
        let voice = Voice::start(engine(script), None, vec!["Hold.".into()]);
        settle(&voice, 1);
        assert_eq!(voice.notice().as_deref(), Some(&*format!("voice: {says}")));
        assert!(voice.get("Hold.").is_none());
        assert!(
            !voice.is_broken(),
            "a failing phrase does not turn the voice off"
        );
    }
}

#[test]
fn a_phrase_never_reaches_an_engine_as_an_option() {
    let dir = tempfile::tempdir().expect("tempdir");
    let said = dir.path().join("said");
    let script = format!("printf '%s' \"$1\" > {}; cat {}", said.display(), wav());
    let voice = Voice::start(engine(&script), None, vec!["-w /tmp/x".into()]);
    settle(&voice, 1);
    assert_eq!(std::fs::read_to_string(&said).expect("said"), " -w /tmp/x");
}

#[test]
fn a_phrase_can_reach_a_shell_engine_as_base64_never_as_code() {
    let dir = tempfile::tempdir().expect("tempdir");
    let said = dir.path().join("said");
    // The phrase is inside the script itself, as a shell-run engine (PowerShell's) needs it.
    let script = format!(
        "printf '%s' '{{text_base64}}' | base64 -d > {}; cat {}",
        said.display(),
        wav()
    );
    let voice = Voice::start(
        Engine::from_choices(&Choices {
            command: Some(vec!["sh".into(), "-c".into(), script]),
            ..Choices::default()
        }),
        None,
        vec!["Don't press; $(touch pwned)".into()],
    );
    settle(&voice, 1);
    assert!(voice.notice().is_none(), "{:?}", voice.notice());
    assert_eq!(
        std::fs::read_to_string(&said).expect("said"),
        "Don't press; $(touch pwned)"
    );
    assert!(!std::path::Path::new("pwned").exists());
}

#[test]
fn the_engines_silence_after_a_phrase_is_taken_off_and_its_last_sound_kept() {
    // A WAV as espeak-ng writes one: a 0.5 s tone that decays, then 0.3 s of silence.
    let mut bytes = Vec::new();
    {
        let spec = hound::WavSpec {
            channels: 1,
            sample_rate: 22_050,
            bits_per_sample: 16,
            sample_format: hound::SampleFormat::Int,
        };
        let mut out = hound::WavWriter::new(std::io::Cursor::new(&mut bytes), spec).expect("wav");
        for i in 0..11_025u32 {
            let t = f64::from(i) / 22_050.0;
            let decay = 1.0 - f64::from(i) / 11_025.0;
            let sample = (t * 440.0 * std::f64::consts::TAU).sin() * decay * 16_000.0;
            #[allow(
                clippy::cast_possible_truncation,
                reason = "within i16 by construction"
            )]
            out.write_sample(sample as i16).expect("sample");
        }
        for _ in 0..6_615 {
            out.write_sample(0i16).expect("silence");
        }
        out.finalize().expect("finish");
    }
    let sound = decode(&bytes).expect("decodes");
    let samples: Vec<f32> = sound.collect();
    // 250 ms of lead-in, the 500 ms tone, 40 ms of its tail: not the 300 ms of silence.
    let length = samples.len();
    assert!(
        (22_050 * 78 / 100..22_050 * 80 / 100).contains(&length),
        "{length} samples"
    );
    // The tone's last audible samples are still there.
    let last = samples
        .iter()
        .rposition(|s| s.abs() > SILENT)
        .expect("sound");
    assert!(last > 22_050 * 74 / 100, "{last}");
}

/// The words of a German session reach the engine in German, with `{lang}` = `de`; without a
/// voice of the person's choosing espeak-ng is asked for its German voice.
#[test]
fn a_german_session_speaks_german_and_tells_the_engine_its_language() {
    use crate::lang::{Language, scoped};
    let dir = tempfile::tempdir().expect("tempdir");
    let said = dir.path().join("said");
    let engine = Engine::from_choices(&Choices {
        command: Some(vec![
            "sh".into(),
            "-c".into(),
            format!(
                "printf '%s|%s' \"$1\" \"$2\" > {}; cat {}",
                said.display(),
                wav()
            ),
            "sh".into(),
            "{lang}".into(),
            "{text}".into(),
        ]),
        ..Choices::default()
    });
    let phrase = scoped(Language::German, || {
        let phrase = crate::speech::length(Duration::from_secs(45));
        engine.render(&phrase).expect("renders");
        phrase
    });
    assert_eq!(phrase, "fünfundvierzig Sekunden");
    assert_eq!(
        std::fs::read_to_string(&said).expect("said"),
        "de|fünfundvierzig Sekunden"
    );
    #[cfg(not(any(target_os = "macos", windows)))]
    {
        let german = scoped(Language::German, || default_argv(&Choices::default()));
        assert_eq!(german[..4], ["espeak-ng", "--stdout", "-v", "de"]);
        let chosen = scoped(Language::German, || {
            default_argv(&Choices {
                voice: Some("mb-de2".into()),
                ..Choices::default()
            })
        });
        assert_eq!(
            chosen[..4],
            ["espeak-ng", "--stdout", "-v", "mb-de2"],
            "the person's"
        );
        let english = scoped(Language::English, || default_argv(&Choices::default()));
        assert!(
            !english.contains(&"-v".to_owned()),
            "espeak-ng's own default"
        );
    }
}
