//! Every word a person reads comes from `words` (knead-core), which the languages work will
//! translate: the drawing code (`src/ui/`) and plain mode (`src/plain.rs`) only lay words
//! out. This fails when a string literal with letters is added to them.

use std::path::Path;

mod common;
use common::source::without_test_items;

/// Literals that are not words a person reads.
const NOT_WORDS: &[&str] = &[
    // An environment variable's name (ui/theme.rs).
    "NO_COLOR",
];

/// The string literals on a line of code, escapes kept as written.
fn literals(line: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut chars = line.chars().peekable();
    let mut previous = ' ';
    while let Some(c) = chars.next() {
        // A char literal such as '"' is not the start of a string.
        if c == '\'' {
            let rest: String = chars.clone().take(3).collect();
            if rest.starts_with("\"'") || rest.starts_with("\\\"'") {
                for _ in 0..=rest.find('\'').unwrap_or(0) {
                    chars.next();
                }
                previous = '\'';
                continue;
            }
        }
        if c == '/' && previous == '/' {
            break;
        }
        if c == '"' {
            let mut text = String::new();
            let mut escaped = false;
            for d in chars.by_ref() {
                if escaped {
                    text.push(d);
                    escaped = false;
                } else if d == '\\' {
                    text.push(d);
                    escaped = true;
                } else if d == '"' {
                    break;
                } else {
                    text.push(d);
                }
            }
            found.push(text);
        }
        previous = c;
    }
    found
}

/// What is left of a literal once format placeholders and escapes are taken out.
fn words_in(literal: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    let mut chars = literal.chars();
    while let Some(c) = chars.next() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            '\\' => {
                chars.next();
            }
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// Every literal with letters in the code (not the tests) of `file`, with its line.
fn offenders(file: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(file).expect("read");
    // Only the items marked test-only are left out: code after a test helper is read.
    let code = without_test_items(&text);
    let mut found = Vec::new();
    for (n, line) in code.lines().enumerate() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("//") || trimmed.starts_with("#[") {
            continue;
        }
        for literal in literals(line) {
            let words = words_in(&literal);
            if words.chars().any(char::is_alphabetic) && !NOT_WORDS.contains(&literal.as_str()) {
                found.push(format!("{}:{}: \"{literal}\"", file.display(), n + 1));
            }
        }
    }
    found
}

fn drawing_files() -> Vec<std::path::PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![root.join("src/ui.rs"), root.join("src/plain.rs")];
    for entry in std::fs::read_dir(root.join("src/ui")).expect("src/ui") {
        let path = entry.expect("entry").path();
        let test = path.file_name().is_some_and(|n| n == "tests.rs");
        if path.extension().is_some_and(|e| e == "rs") && !test {
            files.push(path);
        }
    }
    files.sort();
    files
}

#[test]
fn no_words_are_written_in_the_drawing_code_or_plain_mode() {
    let found: Vec<String> = drawing_files().iter().flat_map(|f| offenders(f)).collect();
    assert!(
        found.is_empty(),
        "words belong in knead-core's words (so they can be translated):\n{}",
        found.join("\n")
    );
}

#[test]
fn the_check_finds_a_sentence_and_lets_layout_through() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("screen.rs");
    std::fs::write(
        &file,
        "// \"a comment\" is not drawn\nfn draw() {\n    let a = format!(\"{name:<width$} · {}\", x);\n    \
         let b = '\"';\n    let c = \"Quit the session?\";\n}\n#[cfg(test)]\nfn helper() { \"test words\" }\n\
         fn after() { \"Read after a test helper\" }\n",
    )
    .expect("write");
    let found = offenders(&file);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found[0].ends_with(":5: \"Quit the session?\""), "{found:?}");
    assert!(
        found[1].ends_with("\"Read after a test helper\""),
        "{found:?}"
    );
}
