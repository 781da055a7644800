//! Property tests: whatever a file holds, reading it never panics, every reported position is
//! inside the file, and whatever is accepted respects the format's limits.

use std::fmt::Write as _;
use std::time::Duration;

use knead::diagnostic::SourceFile;
use knead::routine::{self, duration};
use proptest::prelude::*;

/// Parses `text` and checks the invariants every outcome must hold.
fn check_invariants(text: &str) {
    let parsed = routine::parse(text);
    let file = SourceFile::new("prop.toml", text);
    for diagnostic in &parsed.diagnostics {
        if let Some(span) = &diagnostic.span {
            assert!(
                span.start <= text.len(),
                "span {span:?} past the end of {} bytes",
                text.len()
            );
        }
        let rendered = file.render(diagnostic, true);
        assert!(rendered.starts_with("prop.toml:"), "{rendered}");
    }
    match &parsed.routine {
        Some(r) => {
            assert!(
                !parsed
                    .diagnostics
                    .iter()
                    .any(knead::diagnostic::Diagnostic::is_error)
            );
            assert!(!r.steps.is_empty() && r.steps.len() <= 500);
            assert!((1..=10).contains(&r.stop_above));
            for step in &r.steps {
                assert!(
                    step.hold >= Duration::from_secs(1) && step.hold <= Duration::from_hours(1)
                );
                assert!(step.rest <= Duration::from_mins(30));
                assert!(step.prepare <= Duration::from_mins(5));
                assert!((1..=20).contains(&step.reps));
                assert!(!step.region.chars().any(char::is_control));
            }
        }
        None => assert!(
            parsed
                .diagnostics
                .iter()
                .any(knead::diagnostic::Diagnostic::is_error),
            "rejected without an error"
        ),
    }
}

/// A TOML value as text, biased towards what the format expects and just around it.
fn value() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<i64>().prop_map(|n| n.to_string()),
        (0i64..4000).prop_map(|n| n.to_string()),
        (
            0u32..100,
            prop::sample::select(vec!["s", "m", "h", "sec", "", " s", "ms"])
        )
            .prop_map(|(n, u)| format!("\"{n}{u}\"")),
        "[ -~]{0,12}".prop_map(|s| format!("{s:?}")),
        any::<String>().prop_map(|s| format!("{s:?}")),
        prop::sample::select(vec!["true", "false", "1.5", "-0.0", "1979-05-27", "inf"])
            .prop_map(String::from),
        prop::sample::select(vec![
            "\"left\"",
            "\"both\"",
            "\"manual\"",
            "\"lacrosse ball\"",
            "\"ice pack\""
        ])
        .prop_map(String::from),
        prop::collection::vec("[a-z ]{0,8}", 0..3).prop_map(|v| format!("{v:?}")),
    ]
}

fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(vec![
            "name", "description", "author", "safety", "stop_above", "auto_advance", "region", "tool",
            "hold", "rest", "prepare", "reps", "side", "release", "cue",
        ])
        .prop_map(String::from),
        1 => "[a-z_]{1,10}",
    ]
}

fn table() -> impl Strategy<Value = String> {
    prop::collection::vec((key(), value()), 0..8).prop_map(|pairs| {
        pairs.into_iter().fold(String::new(), |mut text, (k, v)| {
            let _ = writeln!(text, "{k} = {v}");
            text
        })
    })
}

fn document() -> impl Strategy<Value = String> {
    (
        table(),
        prop::option::of(table()),
        prop::collection::vec(
            (
                prop::sample::select(vec!["[[step]]", "[step]", "[[steps]]"]),
                table(),
            ),
            0..5,
        ),
    )
        .prop_map(|(top, defaults, steps)| {
            let mut text = top;
            if let Some(defaults) = defaults {
                text.push_str("[defaults]\n");
                text.push_str(&defaults);
            }
            for (header, body) in steps {
                text.push_str(header);
                text.push('\n');
                text.push_str(&body);
            }
            text
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        check_invariants(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn arbitrary_toml_documents_never_panic(text in document()) {
        check_invariants(&text);
    }

    #[test]
    fn formatted_durations_parse_back(secs in 0u64..400_000) {
        let d = Duration::from_secs(secs);
        prop_assert_eq!(duration::parse(&duration::format(d)), Ok(d));
    }

    #[test]
    fn duration_parser_never_panics(text in "\\PC{0,16}") {
        let _ = duration::parse(&text);
        let _ = duration::suggest(&text);
    }
}
