//! The core crate (the routine format and the session) stays free of I/O: its dependencies
//! are pure data and text crates, and its code never reads a clock, a file or a terminal.

use std::path::Path;

mod common;
use common::source::without_test_items;

const CORE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/crates/knead-core");

/// The only crates the core may use: data formats and text measuring, none with I/O.
const ALLOWED: &[&str] = &[
    "anstyle",
    // Project Fluent: messages, plurals and language tags, text only.
    "fluent-bundle",
    "fluent-langneg",
    "jiff",
    "serde",
    "serde_json",
    "strsim",
    "toml",
    "unic-langid",
    "unicode-width",
];

#[test]
fn the_core_depends_only_on_pure_data_and_text_crates() {
    let manifest = std::fs::read_to_string(Path::new(CORE).join("Cargo.toml")).expect("manifest");
    let manifest: toml::Table = manifest.parse().expect("valid TOML");
    let dependencies = manifest["dependencies"].as_table().expect("dependencies");
    for name in dependencies.keys() {
        assert!(
            ALLOWED.contains(&name.as_str()),
            "knead-core depends on {name}: the core must not do I/O; put it in the knead crate"
        );
    }
}

#[test]
fn the_core_never_reads_a_clock_or_touches_the_world() {
    let forbidden = [
        "Instant::now",
        "SystemTime",
        "Timestamp::now",
        "Zoned::now",
        "TimeZone::system",
        "std::env",
        "env::var",
        "std::fs",
        "std::net",
        "std::process",
        "std::thread",
        "std::io::stdin",
        "std::io::stdout",
        "println!",
        "eprintln!",
    ];
    let mut files = vec![Path::new(CORE).join("src")];
    let mut seen = 0;
    while let Some(path) = files.pop() {
        if path.is_dir() {
            files.extend(
                std::fs::read_dir(&path)
                    .expect("read dir")
                    .map(|e| e.expect("entry").path()),
            );
            continue;
        }
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        seen += 1;
        let text = std::fs::read_to_string(&path).expect("source");
        // Tests may make up instants from `Instant::now()`; the core itself may not. Only the
        // items marked test-only are left out: code after a test helper is still read.
        let code = without_test_items(&text);
        if path.ends_with("tests.rs") {
            continue;
        }
        for word in forbidden {
            assert!(
                !code.contains(word),
                "{} uses {word}: the core takes the time and input from outside",
                path.display()
            );
        }
    }
    assert!(seen > 10, "read the core's sources ({seen} files)");
}

#[test]
fn code_after_a_test_helper_is_still_read() {
    let text = "fn a() {}\n#[cfg(test)]\nfn helper() { let x = Instant::now(); }\n\
                fn b() { std::env::var(\"X\"); }\n#[cfg(test)]\nmod tests;\nfn c() {}\n\
                #[cfg(test)]\nmod tests {\n    fn t() { if true { Zoned::now(); } }\n}\n";
    let code = without_test_items(text);
    assert!(!code.contains("Instant::now"), "{code}");
    assert!(!code.contains("Zoned::now"), "{code}");
    assert!(code.contains("std::env::var"), "{code}");
    assert!(code.contains("fn c()"), "{code}");
}
