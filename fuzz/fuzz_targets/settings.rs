//! Any bytes as a settings file: reading, validating and reporting must never panic.
#![no_main]

use std::path::Path;

use knead::diagnostic::SourceFile;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (_settings, diagnostics) = knead::config::parse(text, Path::new("/knead-fuzz"));
    let source = SourceFile::new("config.toml", text);
    for diagnostic in &diagnostics {
        let _ = source.render(diagnostic, true);
    }
});
