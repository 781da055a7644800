//! Undoing what a session changed (the terminal, stderr) before a panic message prints, so the
//! person can read it.

use std::sync::Once;

/// Runs `undo` before the panic message, once per `guard`; earlier hooks still run after it.
pub(crate) fn undo_before_message(guard: &'static Once, undo: fn()) {
    guard.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            undo();
            previous(info);
        }));
    });
}
