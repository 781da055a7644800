//! The key table itself: one `Binding` per key (or keys that do the same), in the order the
//! `?` list and the man page show them.

use super::{Action, Binding, Footer, Key, When};

#[allow(
    clippy::unnecessary_wraps,
    reason = "reads as a table cell: footer: shows(...)"
)]
const fn shows(key: &'static str, label: &'static str) -> Option<Footer> {
    Some(Footer {
        key,
        label,
        on: None,
    })
}

#[allow(
    clippy::unnecessary_wraps,
    reason = "reads as a table cell: footer: toggles(...)"
)]
const fn toggles(key: &'static str, label: &'static str, on: &'static str) -> Option<Footer> {
    Some(Footer {
        key,
        label,
        on: Some(on),
    })
}

/// How the `+` key's time is written; a test holds it to [`crate::session::EXTEND_BY`].
pub const EXTEND_LABEL: &str = "15s";

/// Every key. The first binding that matches a key where it applies wins; the `?` list and
/// the man page keep this order.
pub const BINDINGS: &[Binding] = &[
    Binding {
        keys: &[Key::Enter, Key::Char(' ')],
        action: Action::Begin,
        when: When::Overview,
        footer: shows("Enter", "begin"),
        help: Some(("Enter r", "begin · confirm · released")),
        plain: &[""],
    },
    Binding {
        keys: &[Key::Enter, Key::Char('r')],
        action: Action::Released,
        when: When::ManualHold,
        footer: shows("Enter", "released"),
        help: None,
        plain: &["", "r"],
    },
    Binding {
        keys: &[Key::Enter],
        action: Action::Confirm,
        when: When::Rating,
        footer: shows("Enter", "confirm"),
        help: None,
        plain: &[],
    },
    Binding {
        keys: &[Key::Char(' '), Key::Char('p')],
        action: Action::Pause,
        when: When::Running,
        footer: toggles("space", "pause", "resume"),
        help: Some(("space p", "pause / resume")),
        plain: &["p"],
    },
    Binding {
        keys: &[Key::Char('n')],
        action: Action::Next,
        when: When::Hold,
        footer: shows("n", "end"),
        help: None,
        plain: &["n"],
    },
    Binding {
        keys: &[Key::Char('n')],
        action: Action::Next,
        when: When::Running,
        footer: shows("n", "next"),
        help: Some(("n", "next (a hold ends, then rate)")),
        plain: &["n"],
    },
    Binding {
        keys: &[Key::Char('b')],
        action: Action::Back,
        when: When::Running,
        footer: shows("b", "back"),
        help: Some(("b", "go back one hold")),
        plain: &["b"],
    },
    Binding {
        keys: &[Key::Char('+'), Key::Char('=')],
        action: Action::Extend,
        when: When::Hold,
        footer: shows("+", EXTEND_LABEL),
        help: Some(("+", "add 15 s to this hold")),
        plain: &["+"],
    },
    Binding {
        keys: &[Key::Digit],
        action: Action::Digit,
        when: When::Rating,
        footer: shows("0-9 t", "rate"),
        help: Some(("0-9", "rate; t (or 1 then 0) for 10")),
        plain: &[],
    },
    Binding {
        keys: &[Key::Char('t')],
        action: Action::Ten,
        when: When::Rating,
        footer: None,
        help: None,
        plain: &["t"],
    },
    Binding {
        keys: &[Key::Left, Key::Down],
        action: Action::Lower,
        when: When::Rating,
        footer: None,
        help: Some(("← →", "change the rating")),
        plain: &[],
    },
    Binding {
        keys: &[Key::Right, Key::Up],
        action: Action::Raise,
        when: When::Rating,
        footer: None,
        help: None,
        plain: &[],
    },
    Binding {
        keys: &[Key::Char('s')],
        action: Action::SkipRating,
        when: When::Rating,
        footer: shows("s", "skip"),
        help: Some(("s", "skip the rating")),
        plain: &["s"],
    },
    Binding {
        keys: &[Key::Char('x')],
        action: Action::SkipSpot,
        when: When::EaseOff,
        footer: shows("x", "skip spot"),
        help: Some(("x", "skip the rest of a sore spot")),
        plain: &["x"],
    },
    Binding {
        keys: &[Key::Char('m')],
        action: Action::Mute,
        when: When::Session,
        footer: toggles("m", "mute", "sound on"),
        help: Some(("m v", "sound / voice off, on")),
        plain: &[],
    },
    // Only `y` quits: Enter also begins, confirms and releases, so a person pressing it
    // out of habit keeps their session.
    Binding {
        keys: &[Key::Char('v')],
        action: Action::Voice,
        when: When::Session,
        footer: toggles("v", "voice off", "voice on"),
        help: None,
        plain: &[],
    },
    Binding {
        keys: &[Key::Char('y')],
        action: Action::QuitNow,
        when: When::ConfirmQuit,
        footer: shows("y", "quit"),
        help: None,
        plain: &[],
    },
    Binding {
        keys: &[Key::Char('n'), Key::Esc],
        action: Action::KeepGoing,
        when: When::ConfirmQuit,
        footer: shows("n", "keep going"),
        help: None,
        plain: &[],
    },
    Binding {
        keys: &[Key::Ctrl('c')],
        action: Action::Interrupt,
        when: When::Always,
        footer: None,
        help: None,
        plain: &[],
    },
    Binding {
        keys: &[Key::Char('q'), Key::Esc],
        action: Action::Quit,
        when: When::Running,
        footer: shows("q", "quit"),
        help: Some(("q", "quit (asks; ratings are kept)")),
        plain: &["q"],
    },
    Binding {
        keys: &[Key::Char('q'), Key::Esc],
        action: Action::Close,
        when: When::Overview,
        footer: shows("q", "quit"),
        help: None,
        plain: &["q"],
    },
    Binding {
        keys: &[Key::Char('q'), Key::Esc, Key::Enter],
        action: Action::Close,
        when: When::Summary,
        footer: shows("q", "close"),
        help: None,
        plain: &[],
    },
    Binding {
        keys: &[Key::Char('h')],
        action: Action::History,
        when: When::Summary,
        footer: None,
        help: None,
        plain: &[],
    },
    Binding {
        keys: &[Key::Char('q'), Key::Char('h'), Key::Esc],
        action: Action::Close,
        when: When::History,
        footer: shows("q", "back"),
        help: None,
        plain: &[],
    },
    Binding {
        keys: &[Key::Up, Key::Char('k')],
        action: Action::Up,
        when: When::Overview,
        footer: None,
        help: None,
        plain: &[],
    },
    Binding {
        keys: &[Key::Down, Key::Char('j')],
        action: Action::Down,
        when: When::Overview,
        footer: None,
        help: None,
        plain: &[],
    },
    Binding {
        keys: &[Key::Up, Key::Char('k')],
        action: Action::Up,
        when: When::Summary,
        footer: shows("↑↓", "scroll"),
        help: None,
        plain: &[],
    },
    Binding {
        keys: &[Key::Down, Key::Char('j')],
        action: Action::Down,
        when: When::Summary,
        footer: None,
        help: None,
        plain: &[],
    },
    Binding {
        keys: &[Key::Up, Key::Char('k')],
        action: Action::Up,
        when: When::HistoryLists,
        footer: shows("↑↓", "move"),
        help: None,
        plain: &[],
    },
    Binding {
        keys: &[Key::Up, Key::Char('k')],
        action: Action::Up,
        when: When::History,
        footer: shows("↑↓", "spot"),
        help: None,
        plain: &[],
    },
    Binding {
        keys: &[Key::Down, Key::Char('j')],
        action: Action::Down,
        when: When::History,
        footer: None,
        help: None,
        plain: &[],
    },
    Binding {
        keys: &[Key::Tab],
        action: Action::Focus,
        when: When::History,
        footer: shows("Tab", "spots/sessions"),
        help: None,
        plain: &[],
    },
    Binding {
        keys: &[Key::Char('?')],
        action: Action::Help,
        when: When::Session,
        footer: shows("?", "help"),
        help: None,
        plain: &[],
    },
    Binding {
        keys: &[Key::Ctrl('z')],
        action: Action::Suspend,
        when: When::Session,
        footer: None,
        help: Some(("Ctrl-Z", "suspend; fg comes back")),
        plain: &[],
    },
];
