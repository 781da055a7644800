//! Any sequence of keys and waits on a bundled routine: the session and every screen it shows
//! must never panic, and time reported back must never run backwards.
#![no_main]

use std::time::{Duration, Instant};

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use knead::app::App;
use knead::catalog::{self, BUNDLED};
use knead::outputs::Outputs;
use knead::session::Session;
use knead::ui::{self, theme::Theme};
use libfuzzer_sys::fuzz_target;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const KEYS: [KeyCode; 16] = [
    KeyCode::Enter,
    KeyCode::Char(' '),
    KeyCode::Char('p'),
    KeyCode::Char('n'),
    KeyCode::Char('b'),
    KeyCode::Char('e'),
    KeyCode::Char('r'),
    KeyCode::Char('s'),
    KeyCode::Char('x'),
    KeyCode::Char('t'),
    KeyCode::Char('q'),
    KeyCode::Char('?'),
    KeyCode::Up,
    KeyCode::Down,
    KeyCode::Esc,
    KeyCode::Char('5'),
];

fuzz_target!(|data: &[u8]| {
    let Some((&pick, steps)) = data.split_first() else {
        return;
    };
    let bundled = &BUNDLED[usize::from(pick) % BUNDLED.len()];
    let routine = catalog::check_bundled(bundled)
        .parsed
        .routine
        .expect("bundled is valid");
    let mut app = App::new(
        Session::new(routine, false),
        Theme::new(false),
        Outputs::silent(),
    );
    let width = 20 + u16::from(pick % 70);
    let mut terminal = Terminal::new(TestBackend::new(width, 12)).expect("test terminal");
    let mut now = Instant::now();
    for pair in steps.chunks(2) {
        let key = KEYS[usize::from(pair[0] & 0x0f)];
        let wait = pair.get(1).copied().unwrap_or(0);
        // Mostly short waits, sometimes long jumps (a laptop waking from sleep).
        now += if wait >= 250 {
            Duration::from_secs(u64::from(wait) * 60)
        } else {
            Duration::from_millis(u64::from(wait) * 97)
        };
        app.session.tick(now);
        for effect in app.session.take_effects() {
            assert!(effect.at <= now, "effect due in the future");
        }
        let modifiers = if pair[0] & 0xf0 == 0xf0 {
            KeyModifiers::CONTROL
        } else {
            KeyModifiers::NONE
        };
        app.on_key(KeyEvent::new(key, modifiers), now);
        app.flush(now);
        terminal.draw(|f| ui::draw(f, &app, now)).expect("draw");
        if app.exit.is_some() {
            break;
        }
    }
});
