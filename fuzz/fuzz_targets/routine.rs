//! Any bytes as a routine file: reading, validating, reporting the problems and, when the file
//! is valid, drawing its overview and first hold must never panic.
#![no_main]

use std::time::{Duration, Instant};

use knead::app::App;
use knead::diagnostic::SourceFile;
use knead::outputs::Outputs;
use knead::session::{Input, Session};
use knead::ui::{self, theme::Theme};
use libfuzzer_sys::fuzz_target;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let parsed = knead::routine::parse(text);
    let source = SourceFile::new("fuzz.toml", text);
    for diagnostic in &parsed.diagnostics {
        let _ = source.render(diagnostic, true);
        let _ = source.render(diagnostic, false);
    }
    let Some(routine) = parsed.routine else {
        return;
    };
    let _ = routine.summary();
    let _ = routine.total_time();
    let start = Instant::now();
    let mut app = App::new(
        Session::new(routine, false),
        Theme::new(true),
        Outputs::silent(),
    );
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("test terminal");
    terminal.draw(|f| ui::draw(f, &app, start)).expect("draw");
    app.session.update(Input::Start, start);
    let later = start + Duration::from_secs(3);
    app.session.tick(later);
    terminal.draw(|f| ui::draw(f, &app, later)).expect("draw");
});
