//! Every key knead answers to, in one table: what it does, where it works, how the footer
//! and the `?` list name it, and the word that does the same in `--plain`.
//!
//! Dispatch ([`action`]), the footers ([`footer`]), the help list ([`help`]), plain mode
//! ([`plain`]) and the man page all read [`BINDINGS`], so a new key is one line here. Screens
//! only choose which actions their footer offers, and in what order.

mod bindings;

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

pub use bindings::{BINDINGS, EXTEND_LABEL};

use crate::routine::Release;
use crate::session::{Notice, Phase, Session};

/// A key as the table names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// A printable character.
    Char(char),
    /// Any of the digits 0-9.
    Digit,
    /// Control and a letter.
    Ctrl(char),
    /// Enter.
    Enter,
    /// Escape.
    Esc,
    /// Tab or Shift-Tab.
    Tab,
    /// Arrow up.
    Up,
    /// Arrow down.
    Down,
    /// Arrow left.
    Left,
    /// Arrow right.
    Right,
}

impl Key {
    fn matches(self, event: &KeyEvent) -> bool {
        let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
        match (self, event.code) {
            (Key::Ctrl(c), KeyCode::Char(k)) => ctrl && c == k,
            (_, _) if ctrl => false,
            (Key::Char(c), KeyCode::Char(k)) => c == k,
            (Key::Digit, KeyCode::Char(k)) => k.is_ascii_digit(),
            (Key::Enter, KeyCode::Enter)
            | (Key::Esc, KeyCode::Esc)
            | (Key::Tab, KeyCode::Tab | KeyCode::BackTab)
            | (Key::Up, KeyCode::Up)
            | (Key::Down, KeyCode::Down)
            | (Key::Left, KeyCode::Left)
            | (Key::Right, KeyCode::Right) => true,
            _ => false,
        }
    }
}

/// What a key does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Begin the session from the overview.
    Begin,
    /// Something changed since the stop rules were answered: ask them again (the overview
    /// of a routine with stop rules).
    Changed,
    /// Pause or resume the clock.
    Pause,
    /// Skip to the next hold.
    Next,
    /// Go back one hold.
    Back,
    /// Add [`crate::session::EXTEND_BY`] to the hold.
    Extend,
    /// The knot let go (manual-release holds).
    Released,
    /// Select a digit on the rating scale (which one comes from the key).
    Digit,
    /// Select 10.
    Ten,
    /// Lower the selected rating.
    Lower,
    /// Raise the selected rating.
    Raise,
    /// Confirm the selected rating.
    Confirm,
    /// Record the hold as not rated.
    SkipRating,
    /// After ease-off advice: drop the rest of that spot.
    SkipSpot,
    /// Sound off or on.
    Mute,
    /// The voice off or on.
    Voice,
    /// Say where the session stands: the spot, the phase, the time left.
    Where,
    /// Ask whether to quit the session.
    Quit,
    /// Quit, on the "Quit the session?" box.
    QuitNow,
    /// Close the "Quit the session?" box and go on (any key but `y` does).
    KeepGoing,
    /// Ctrl-C: asks to quit during a session, closes elsewhere; the exit status says so.
    Interrupt,
    /// Close the screen (overview, summary, history).
    Close,
    /// Open the history from the summary.
    History,
    /// Scroll or move up.
    Up,
    /// Scroll or move down.
    Down,
    /// Move between the history's spots, weeks and sessions.
    Focus,
    /// The history's pain map instead of its chart.
    Map,
    /// The list of keys.
    Help,
    /// Open the selected routine (home screen).
    Open,
    /// Start a new routine of one's own (home screen).
    NewRoutine,
    /// Type a filter (home screen).
    Filter,
    /// Ctrl-Z: suspend; the clock pauses.
    Suspend,
    /// Write a note for the therapist (summary).
    Note,
    /// "Where does it hurt?" (home screen).
    WhereItHurts,
    /// Move left (the body map's marker).
    Left,
    /// Move right (the body map's marker).
    Right,
    /// Answer yes.
    Yes,
    /// Answer no.
    No,
    /// Take or leave the muscle under the cursor.
    Pick,
    /// Save what was built as a routine of one's own.
    Save,
}

/// What the screen is showing: where keys work, and the labels that change with the state.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct State {
    /// Which screen, which says where every key works.
    pub screen: Screen,
    /// The clock is stopped.
    pub paused: bool,
    /// The sound is off.
    pub muted: bool,
    /// The voice: `None` when there is none, else whether it speaks.
    pub voice: Option<bool>,
}

/// Whether `session`'s routine has a prescription with stop rules.
fn has_stop_rules(session: &Session) -> bool {
    session
        .plan()
        .routine()
        .prescription
        .as_ref()
        .is_some_and(|p| !p.stop_if.is_empty())
}

impl State {
    /// What a session shows in its phase; the sound's state is the caller's to add.
    pub fn of(session: &Session) -> Self {
        let phase = session.phase();
        let ease_off = matches!(
            session.notice(),
            Some(Notice::EaseOff { can_skip: true, .. })
        );
        Self {
            screen: match phase {
                Phase::Overview if has_stop_rules(session) => Screen::RulesOverview,
                Phase::Overview => Screen::Overview,
                Phase::Summary => Screen::Summary,
                Phase::Rest { rated: false, .. } => Screen::Rating,
                Phase::Hold(i) if session.plan().step(i).release == Release::Manual => {
                    Screen::ManualHold
                }
                Phase::Hold(_) => Screen::Hold,
                Phase::Prepare(_) | Phase::Rest { .. } if ease_off => Screen::EaseOff,
                Phase::Prepare(_) => Screen::Prepare,
                Phase::Rest { .. } => Screen::Rest,
            },
            paused: session.is_paused(),
            muted: false,
            voice: None,
        }
    }
}

/// Where keys are read: each screen, and each phase of a session whose keys differ. A
/// binding lists the screens it works on ([`ALWAYS`], [`SESSION`], [`RUNNING`] name the
/// usual groups), so a new screen is one variant and the compiler finds every match on it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Screen {
    /// The routine's overview.
    #[default]
    Overview,
    /// The overview of a routine whose prescription has stop rules: they can be asked
    /// again from here, when something changed since they were answered.
    RulesOverview,
    /// Getting ready for a hold.
    Prepare,
    /// A timed hold.
    Hold,
    /// A hold that ends when the knot lets go.
    ManualHold,
    /// A rest whose rating is given.
    Rest,
    /// Ease-off advice that offers to skip the rest of the spot (in the rest or the next
    /// get-ready).
    EaseOff,
    /// The rating prompt.
    Rating,
    /// The summary.
    Summary,
    /// "Quit the session?"
    ConfirmQuit,
    /// "Overall pain now", before the first hold or after the last.
    Overall,
    /// The note being typed.
    Note,
    /// The history, one panel.
    History,
    /// The history with its lists side by side.
    HistoryLists,
    /// One session of the history, opened.
    HistorySession,
    /// The home screen (`knead` alone).
    Home,
    /// The home screen while a filter or a name is typed.
    HomeTyping,
    /// "Where does it hurt?": the body map with its marker.
    WhereMap,
    /// "Where does it hurt?" while a place is typed.
    WhereTyping,
    /// A red flag, asked yes or no.
    WhereFlag,
    /// A red flag answered yes: where to seek care.
    WhereCare,
    /// The muscles that often send pain to the place, to pick from.
    WhereMuscles,
}

/// Every screen, boxes included.
pub const ALWAYS: &[Screen] = &[
    Screen::Overview,
    Screen::RulesOverview,
    Screen::Prepare,
    Screen::Hold,
    Screen::ManualHold,
    Screen::Rest,
    Screen::EaseOff,
    Screen::Rating,
    Screen::Summary,
    Screen::ConfirmQuit,
    Screen::Overall,
    Screen::Note,
    Screen::History,
    Screen::HistoryLists,
    Screen::HistorySession,
    Screen::Home,
    Screen::HomeTyping,
    Screen::WhereMap,
    Screen::WhereTyping,
    Screen::WhereFlag,
    Screen::WhereCare,
    Screen::WhereMuscles,
];

/// The screens of "where does it hurt?".
pub const WHERE: &[Screen] = &[
    Screen::WhereMap,
    Screen::WhereTyping,
    Screen::WhereFlag,
    Screen::WhereCare,
    Screen::WhereMuscles,
];

/// From the first get-ready to the last rating.
pub const RUNNING: &[Screen] = &[
    Screen::Prepare,
    Screen::Hold,
    Screen::ManualHold,
    Screen::Rest,
    Screen::EaseOff,
    Screen::Rating,
];

/// Every screen of a session: the overview, the holds, the summary.
pub const SESSION: &[Screen] = &[
    Screen::Overview,
    Screen::RulesOverview,
    Screen::Prepare,
    Screen::Hold,
    Screen::ManualHold,
    Screen::Rest,
    Screen::EaseOff,
    Screen::Rating,
    Screen::Summary,
];

/// During a hold, timed or not.
pub const HOLD: &[Screen] = &[Screen::Hold, Screen::ManualHold];

/// Where a rating is chosen: a hold's prompt, the overall pain.
pub const RATING: &[Screen] = &[Screen::Rating, Screen::Overall];

/// Before a rating prompt: a rating typed now is kept for it.
pub const AHEAD: &[Screen] = &[
    Screen::Overview,
    Screen::RulesOverview,
    Screen::Prepare,
    Screen::Hold,
    Screen::ManualHold,
    Screen::Rest,
    Screen::EaseOff,
];

/// The overview, of any routine.
pub const OVERVIEW: &[Screen] = &[Screen::Overview, Screen::RulesOverview];

/// The history, in either layout.
pub const HISTORY: &[Screen] = &[Screen::History, Screen::HistoryLists];

impl Screen {
    /// Whether this is a phase of a running session.
    pub fn is_running(self) -> bool {
        RUNNING.contains(&self)
    }
}

/// How a binding appears on a footer: the key's name, its label, and the label while its
/// toggle is on (paused, muted).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Footer {
    /// The key as the footer writes it.
    pub key: &'static str,
    /// What it does.
    pub label: &'static str,
    /// What it does while toggled on.
    pub on: Option<&'static str>,
}

/// One key, or a few keys that do the same thing, in one place.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    /// The keys.
    pub keys: &'static [Key],
    /// What they do.
    pub action: Action,
    /// The screens it works on.
    pub when: &'static [Screen],
    /// On the footer, if it appears there.
    pub footer: Option<Footer>,
    /// A line of the `?` list and the man page: the keys as written, and what they do.
    pub help: Option<(&'static str, &'static str)>,
    /// The word typed for it in `--plain` (`""` is a bare Enter).
    pub plain: &'static [&'static str],
}

/// What `key` does in `state`, if anything. Releases and repeats are not presses.
pub fn action(key: &KeyEvent, state: &State) -> Option<Action> {
    if key.kind != KeyEventKind::Press {
        return None;
    }
    if let Some((yes, action)) = local_yes(state.screen)
        && Key::Char(yes).matches(key)
    {
        return Some(action);
    }
    BINDINGS
        .iter()
        .find(|b| b.when.contains(&state.screen) && b.keys.iter().any(|k| k.matches(key)))
        .map(|b| b.action)
}

/// Whether `key` is Ctrl-Z, which the loop handles before any screen sees it.
pub fn is_suspend(key: &KeyEvent) -> bool {
    key.kind == KeyEventKind::Press && Key::Ctrl('z').matches(key)
}

/// The footer for `state`: each of `offer` that applies now, as (key, label), in that order.
pub fn footer(state: &State, offer: &[Action]) -> Vec<(String, String)> {
    offer
        .iter()
        .filter(|&&action| action != Action::Voice || state.voice.is_some())
        .filter_map(|&action| {
            let f = BINDINGS
                .iter()
                .filter(|b| b.action == action && b.when.contains(&state.screen))
                .find_map(|b| b.footer)?;
            // Only the toggles have a second label.
            let on = (action == Action::Pause && state.paused)
                || (action == Action::Mute && state.muted)
                || (action == Action::Voice && state.voice == Some(false));
            let key = match local_yes(state.screen).filter(|(_, yes)| *yes == action) {
                Some((yes, _)) => yes.to_string(),
                None => f.key.to_owned(),
            };
            Some((
                key_names(&key),
                said(f.on.filter(|_| on).unwrap_or(f.label)),
            ))
        })
        .collect()
}

/// The language's yes key where a question is answered y or n (`j` in German, `s` in
/// Spanish, `o` in French), with what it does there: it works besides `y`, and the footer
/// shows it.
fn local_yes(screen: Screen) -> Option<(char, Action)> {
    let action = if screen == Screen::WhereFlag {
        Action::Yes
    } else if screen == Screen::ConfirmQuit {
        Action::QuitNow
    } else {
        return None;
    };
    crate::lang::message("answer-yes-key", &[])
        .chars()
        .next()
        .filter(|&c| c != 'y')
        .map(|c| (c, action))
}

/// A label of the table in the language spoken: labels are message ids (`key-begin`), but
/// for the time `+` adds, written as it is.
fn said(label: &str) -> String {
    if label.starts_with("key-") || label.starts_with("help-") {
        crate::lang::message(label, &[])
    } else {
        label.to_owned()
    }
}

/// A `?` line in the language spoken.
fn help_line(&(keys, what): &(&'static str, &'static str)) -> (String, String) {
    (key_names(keys), said(what))
}

/// Keys as the language names them: Space is "Leertaste", Ctrl "Strg" in German; letters,
/// arrows, Enter, Esc and Tab as printed on the keys.
fn key_names(keys: &str) -> String {
    if matches!(
        crate::lang::current(),
        crate::lang::Language::English | crate::lang::Language::Pseudo
    ) {
        return keys.to_owned();
    }
    keys.split(' ')
        .map(|key| {
            if key.eq_ignore_ascii_case("space") {
                crate::lang::message("keyname-space", &[])
            } else if let Some(rest) = key.strip_prefix("Ctrl-") {
                format!("{}-{rest}", crate::lang::message("keyname-ctrl", &[]))
            } else {
                key.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The `?` list of a session (and the man page's KEYS): (keys, what they do), in table
/// order.
pub fn help() -> impl Iterator<Item = (String, String)> {
    BINDINGS
        .iter()
        .filter(|b| !is_home(b) && !is_where(b))
        .filter_map(|b| b.help.as_ref().map(help_line))
}

/// Whether a binding is "where does it hurt?"'s own.
fn is_where(binding: &Binding) -> bool {
    binding.when.iter().all(|s| WHERE.contains(s))
}

/// The `?` list of "where does it hurt?" (and the man page's).
pub fn where_help() -> impl Iterator<Item = (String, String)> {
    BINDINGS.iter().filter(|b| is_where(b)).filter_map(|b| {
        let (keys, what) = help_line(b.help.as_ref()?);
        // The red flags' y, as the language answers yes.
        let keys = match local_yes(Screen::WhereFlag) {
            Some((yes, action)) if b.action == action => keys.replacen('y', &yes.to_string(), 1),
            _ => keys,
        };
        Some((keys, what))
    })
}

/// Whether a binding is the home screen's own.
fn is_home(binding: &Binding) -> bool {
    binding
        .when
        .iter()
        .all(|s| matches!(s, Screen::Home | Screen::HomeTyping))
}

/// The home screen's `?` list (and its part of the man page).
pub fn home_help() -> impl Iterator<Item = (String, String)> {
    BINDINGS
        .iter()
        .filter(|b| is_home(b))
        .filter_map(|b| b.help.as_ref().map(help_line))
}

/// What a word typed in `--plain` means in `state`: the first binding that applies with that
/// word (a number on the rating prompt is the caller's to read).
pub fn plain(word: &str, state: &State) -> Option<Action> {
    if let Some((yes, action)) = local_yes(state.screen)
        && word.chars().eq(std::iter::once(yes))
    {
        return Some(action);
    }
    BINDINGS
        .iter()
        .find(|b| b.when.contains(&state.screen) && b.plain.contains(&word))
        .map(|b| b.action)
}

/// Whether `word` is typed for a key somewhere in a session, in plain mode.
pub fn is_plain_word(word: &str) -> bool {
    !word.is_empty()
        && BINDINGS
            .iter()
            .any(|b| b.plain.contains(&word) && b.when.iter().any(|s| SESSION.contains(s)))
}

/// The plain-mode reminder of what can be typed during a session.
pub fn plain_hint() -> String {
    // A word bound in several places (n: "end" in a hold, "next" elsewhere) is named once, by
    // its most general binding, which comes last.
    let mut named: Vec<(&str, &str)> = Vec::new();
    for binding in BINDINGS
        .iter()
        .filter(|b| b.when.iter().all(|s| s.is_running()))
    {
        let word = binding.plain.iter().find(|w| !w.is_empty());
        // The footer's short word, or the key list's line for a key the footer has no room
        // for (`w`).
        let label = binding
            .footer
            .map(|footer| footer.label)
            .or(binding.help.map(|help| help.1));
        let (Some(word), Some(label)) = (word, label) else {
            continue;
        };
        match named.iter_mut().find(|(w, _)| w == word) {
            Some(entry) => entry.1 = label,
            None => named.push((word, label)),
        }
    }
    let words: Vec<String> = named
        .iter()
        .map(|(word, label)| format!("{word} {}", said(label)))
        .collect();
    knead_core::t!("plain-keys", keys = words.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::EXTEND_BY;

    fn press(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    fn state(screen: Screen) -> State {
        State {
            screen,
            ..State::default()
        }
    }

    #[test]
    fn the_extend_labels_say_the_real_extension() {
        let secs = EXTEND_BY.as_secs();
        assert_eq!(EXTEND_LABEL, format!("{secs}s"));
        let (_, help) = help().find(|(k, _)| *k == "+").expect("a + line");
        assert!(help.contains(&format!("{secs} s")), "{help}");
    }

    #[test]
    fn a_red_flag_question_takes_the_language_s_yes_and_shows_it() {
        use crate::lang::{Language, scoped};
        let flag = state(Screen::WhereFlag);
        let j = press(KeyCode::Char('j'));
        assert_eq!(action(&j, &flag), None);
        scoped(Language::German, || {
            assert_eq!(action(&j, &flag), Some(Action::Yes));
            assert_eq!(action(&press(KeyCode::Char('y')), &flag), Some(Action::Yes));
            let keys: Vec<String> = footer(&flag, &[Action::Yes, Action::No])
                .into_iter()
                .map(|(key, _)| key)
                .collect();
            assert_eq!(keys, ["j", "n"]);
        });
        // The quit box's yes too, typed or in plain mode.
        let quit = state(Screen::ConfirmQuit);
        scoped(Language::French, || {
            let o = press(KeyCode::Char('o'));
            assert_eq!(action(&o, &quit), Some(Action::QuitNow));
            assert_eq!(plain("o", &quit), Some(Action::QuitNow));
        });
        // Only on the question: elsewhere j is whatever the table says.
        scoped(Language::German, || {
            assert_ne!(action(&j, &state(Screen::Hold)), Some(Action::Yes));
        });
    }

    #[test]
    fn p_pauses_on_the_full_screen_as_in_plain_mode() {
        let active = state(Screen::Prepare);
        assert_eq!(
            action(&press(KeyCode::Char('p')), &active),
            Some(Action::Pause)
        );
        assert_eq!(plain("p", &active), Some(Action::Pause));
    }

    #[test]
    fn q_quits_in_plain_mode_from_the_overview_on() {
        for screen in [Screen::Overview, Screen::Hold, Screen::Rating] {
            assert!(
                matches!(
                    plain("q", &state(screen)),
                    Some(Action::Quit | Action::Close)
                ),
                "{screen:?}"
            );
        }
    }

    #[test]
    fn enter_means_what_the_screen_is_about() {
        let enter = press(KeyCode::Enter);
        assert_eq!(
            action(&enter, &state(Screen::Overview)),
            Some(Action::Begin)
        );
        assert_eq!(
            action(&enter, &state(Screen::Rating)),
            Some(Action::Confirm)
        );
        assert_eq!(action(&enter, &state(Screen::Summary)), Some(Action::Close));
        let hold = state(Screen::Hold);
        assert_eq!(action(&enter, &hold), None, "a timed hold ignores Enter");
        let manual = state(Screen::ManualHold);
        assert_eq!(action(&enter, &manual), Some(Action::Released));
    }

    #[test]
    fn releases_and_control_keys_are_not_letters() {
        let mut release = press(KeyCode::Char('n'));
        release.kind = KeyEventKind::Release;
        assert_eq!(action(&release, &state(Screen::Hold)), None);
        let ctrl_n = KeyEvent::new(KeyCode::Char('n'), KeyModifiers::CONTROL);
        assert_eq!(action(&ctrl_n, &state(Screen::Hold)), None);
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(
            action(&ctrl_c, &state(Screen::Hold)),
            Some(Action::Interrupt)
        );
        assert!(is_suspend(&KeyEvent::new(
            KeyCode::Char('z'),
            KeyModifiers::CONTROL
        )));
    }

    #[test]
    fn footers_offer_only_what_works_now_with_the_label_for_the_state() {
        let offer = [
            Action::Pause,
            Action::Released,
            Action::Extend,
            Action::Next,
        ];
        let hold = State {
            paused: true,
            ..state(Screen::Hold)
        };
        let pairs = |footer: Vec<(String, String)>| -> Vec<String> {
            footer
                .into_iter()
                .map(|(k, w)| format!("{k} {w}"))
                .collect()
        };
        let english = crate::lang::Language::English;
        assert_eq!(
            crate::lang::scoped(english, || pairs(footer(&hold, &offer))),
            ["space resume", "+ 15s", "n end"]
        );
        let prepare = state(Screen::Prepare);
        assert_eq!(
            crate::lang::scoped(english, || pairs(footer(&prepare, &offer))),
            ["space pause", "n next"]
        );
    }

    #[test]
    fn every_session_key_is_in_the_help_list() {
        // A binding that works during a session and has no help line of its own must be
        // covered by another line naming its key.
        let lines: Vec<String> = help().map(|(keys, _)| keys).collect();
        for binding in BINDINGS.iter().filter(|b| b.when == RUNNING) {
            assert!(
                binding.help.is_some(),
                "{:?} works during a session but the ? list does not say so",
                binding.action
            );
        }
        assert!(lines.iter().any(|k| k == "Ctrl-Z"));
    }

    #[test]
    fn keys_are_named_as_the_language_names_them() {
        use crate::lang::{Language, scoped};
        let german: Vec<String> = scoped(Language::German, || help().map(|(k, _)| k).collect());
        assert!(german.iter().any(|k| k == "Strg-Z"), "{german:?}");
        assert!(german.iter().any(|k| k == "Leertaste p"), "{german:?}");
        let flag = scoped(Language::German, || {
            where_help()
                .find(|(_, what)| what == &knead_core::t!("help-answer-a-red-flag-question"))
        });
        assert_eq!(flag.map(|(k, _)| k).as_deref(), Some("j n"));
        let english: Vec<String> = help().map(|(k, _)| k).collect();
        assert!(english.iter().any(|k| k == "space p"), "{english:?}");
    }
}
