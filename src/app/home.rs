//! The home screen's state: every routine with how much it was done, which are due today,
//! the cursor, and the text being typed (a filter, a new routine's name).

use std::time::Duration;

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind};
use jiff::{SignedDuration, Zoned};

use crate::catalog::Checked;
use crate::history::activity::{self, Activity};
use crate::history::store::Started;
use crate::keys::{self, Action, Screen, State};
use crate::remind;

/// One routine on the home screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The name `knead run` takes.
    pub name: String,
    /// Its title, or its first error when it cannot run.
    pub title: String,
    /// How long a session takes today (a prescription's phase changes it), when the routine
    /// is valid.
    pub length: Option<Duration>,
    /// The person's own, rather than bundled.
    pub own: bool,
    /// When last done, and how often this week.
    pub activity: Activity,
    /// Sessions a week it aims for: a bundled routine's only once the person took it up
    /// (did it in the last two weeks); a new person is not told six routines are due.
    pub per_week: Option<u8>,
    /// A reminder fires today.
    pub reminded_today: bool,
    /// Done today already.
    pub done_today: bool,
    /// Why it cannot run: its first error, with line and column.
    pub problem: Option<String>,
}

impl Entry {
    /// Due today: not done yet today, and a reminder fires today or this week's sessions
    /// are short of its aim.
    pub fn due(&self) -> bool {
        let short = self
            .per_week
            .is_some_and(|aim| self.activity.this_week < u32::from(aim));
        !self.done_today && self.length.is_some() && (self.reminded_today || short)
    }
}

/// A bundled routine done within this many days is one the person took up: its weekly aim
/// is theirs.
const TAKEN_UP_DAYS: i64 = 14;

/// The entries for `routines` (the person's own first, then the bundled ones, as given).
pub fn entries(
    routines: &[(Checked, bool)],
    starts: &[Started],
    reminders: &remind::Choices,
    now: &Zoned,
) -> Vec<Entry> {
    let mut entries: Vec<Entry> = routines
        .iter()
        .map(|(checked, own)| {
            let routine = checked.parsed.routine.as_ref();
            let error = checked.parsed.diagnostics.iter().find(|d| d.is_error());
            let title = routine.map_or_else(
                || format!("invalid: {}", error.map_or("", |d| d.message.as_str())),
                |r| r.name.clone(),
            );
            let problem = error.filter(|_| routine.is_none()).map(|d| {
                let rendered = checked.source.render(d, false);
                rendered.lines().next().unwrap_or_default().to_owned()
            });
            let activity = activity::of(
                starts,
                checked.source.name(),
                routine.map_or("", |r| r.name.as_str()),
                now,
            );
            let done_today = activity
                .last
                .is_some_and(|t| t.to_zoned(now.time_zone().clone()).date() == now.date());
            let taken_up = *own
                || routine.is_some_and(|r| r.prescription.is_some())
                || activity.last.is_some_and(|t| {
                    now.timestamp().duration_since(t)
                        < SignedDuration::from_hours(TAKEN_UP_DAYS * 24)
                });
            Entry {
                name: checked.name.clone(),
                title,
                length: routine.map(|r| r.today(now.date()).total_time()),
                own: *own,
                activity,
                per_week: routine.and_then(|r| r.per_week).filter(|_| taken_up),
                reminded_today: reminders
                    .reminder(&checked.name)
                    .is_some_and(|r| r.fires_on(now.weekday())),
                done_today,
                problem,
            }
        })
        .collect();
    // A routine of your own shadows a bundled one of the same name, as `knead run` does.
    let own: Vec<String> = entries
        .iter()
        .filter(|e| e.own)
        .map(|e| e.name.clone())
        .collect();
    entries.retain(|e| e.own || !own.contains(&e.name));
    entries
}

/// What is being typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Typing {
    /// Nothing: keys are commands.
    Nothing,
    /// The filter (shown as it is typed).
    Filter,
    /// A new routine's name.
    NewName(String),
}

/// What the person chose.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Choice {
    /// Open this routine's overview.
    Run(String),
    /// The history screen.
    History,
    /// Make a routine of this name and open it in the editor.
    New(String),
    /// "Where does it hurt?"
    Where,
    /// Leave.
    Quit,
    /// Leave with Ctrl-C.
    Interrupted,
}

/// The home screen.
#[derive(Debug, Clone)]
pub struct Home {
    /// Every routine.
    pub entries: Vec<Entry>,
    /// The selected one, among those the filter shows.
    pub cursor: usize,
    /// Shows only routines whose name or title contains it (any case).
    pub filter: String,
    /// What keys type, if anything.
    pub typing: Typing,
    /// The list of keys is open.
    pub help: bool,
    /// A line to show once: what happened, what was wrong.
    pub notice: Option<String>,
    /// Now, for "today" and "3 days ago".
    pub now: Zoned,
}

impl Home {
    /// A home screen over `entries`, the cursor on the first routine due today.
    pub fn new(entries: Vec<Entry>, now: Zoned) -> Self {
        let cursor = entries.iter().position(Entry::due).unwrap_or(0);
        Self {
            entries,
            cursor,
            filter: String::new(),
            typing: Typing::Nothing,
            help: false,
            notice: None,
            now,
        }
    }

    /// The entries the filter lets through.
    pub fn visible(&self) -> Vec<&Entry> {
        let filter = self.filter.to_lowercase();
        self.entries
            .iter()
            .filter(|e| {
                filter.is_empty()
                    || e.name.to_lowercase().contains(&filter)
                    || e.title.to_lowercase().contains(&filter)
            })
            .collect()
    }

    /// Puts the cursor on the routine called `name`, if it is shown.
    pub fn select(&mut self, name: &str) {
        if let Some(i) = self.visible().iter().position(|e| e.name == name) {
            self.cursor = i;
        }
    }

    /// What the key table is asked with.
    pub fn key_state(&self) -> State {
        State {
            screen: match self.typing {
                Typing::Nothing => Screen::Home,
                Typing::Filter | Typing::NewName(_) => Screen::HomeTyping,
            },
            ..State::default()
        }
    }

    /// Handles a key; returns the person's choice when one is made.
    pub fn on_key(&mut self, key: KeyEvent) -> Option<Choice> {
        if key.kind != KeyEventKind::Press {
            return None;
        }
        if self.help {
            self.help = false;
            return None;
        }
        let action = keys::action(&key, &self.key_state());
        if action == Some(Action::Interrupt) {
            return Some(Choice::Interrupted);
        }
        if self.typing != Typing::Nothing {
            return self.type_key(key, action);
        }
        self.notice = None;
        let shown = self.visible().len();
        match action? {
            Action::Up => self.cursor = self.cursor.saturating_sub(1),
            Action::Down => self.cursor = (self.cursor + 1).min(shown.saturating_sub(1)),
            Action::Open => {
                let entry = self.visible().get(self.cursor).copied()?;
                if let Some(problem) = &entry.problem {
                    // Its errors are on this line, not lost behind the screen.
                    self.notice = Some(format!("{problem}; `knead edit {}` opens it", entry.name));
                    return None;
                }
                return Some(Choice::Run(entry.name.clone()));
            }
            Action::History => return Some(Choice::History),
            Action::WhereItHurts => return Some(Choice::Where),
            Action::NewRoutine => self.typing = Typing::NewName(String::new()),
            Action::Filter => self.typing = Typing::Filter,
            Action::Help => self.help = true,
            Action::Close => {
                if self.filter.is_empty() {
                    return Some(Choice::Quit);
                }
                // Esc or q with a filter on clears it first.
                self.filter.clear();
                self.cursor = 0;
            }
            Action::Begin
            | Action::Changed
            | Action::Pause
            | Action::Next
            | Action::Back
            | Action::Extend
            | Action::Released
            | Action::Digit
            | Action::Ten
            | Action::Lower
            | Action::Raise
            | Action::Confirm
            | Action::SkipRating
            | Action::SkipSpot
            | Action::Mute
            | Action::Voice
            | Action::Where
            | Action::Quit
            | Action::QuitNow
            | Action::KeepGoing
            | Action::Interrupt
            | Action::Focus
            | Action::Map
            | Action::Suspend
            | Action::Note
            | Action::Left
            | Action::Right
            | Action::Yes
            | Action::No
            | Action::Pick
            | Action::Save => {}
        }
        None
    }

    /// A key while typing: Enter finishes, Esc cancels, Backspace deletes, the rest types.
    fn type_key(&mut self, key: KeyEvent, action: Option<Action>) -> Option<Choice> {
        match (action, key.code, &mut self.typing) {
            (Some(Action::Confirm), _, Typing::NewName(name)) => {
                let name = name.trim().to_owned();
                self.typing = Typing::Nothing;
                return (!name.is_empty()).then_some(Choice::New(name));
            }
            (Some(Action::KeepGoing), _, Typing::Filter) => {
                self.filter.clear();
                self.typing = Typing::Nothing;
            }
            (Some(Action::Confirm | Action::KeepGoing), _, _) => self.typing = Typing::Nothing,
            (_, KeyCode::Backspace, Typing::Filter) => {
                self.filter.pop();
            }
            (_, KeyCode::Backspace, Typing::NewName(name)) => {
                name.pop();
            }
            (_, KeyCode::Char(c), Typing::Filter) if !c.is_control() => {
                self.filter.push(c);
                self.cursor = 0;
            }
            (_, KeyCode::Char(c), Typing::NewName(name)) if !c.is_control() && name.len() < 64 => {
                name.push(c);
            }
            _ => {}
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::KeyModifiers;

    fn entry(name: &str, per_week: Option<u8>, this_week: u32, done_today: bool) -> Entry {
        Entry {
            name: name.into(),
            title: format!("{name} title"),
            length: Some(Duration::from_secs(290)),
            own: false,
            activity: Activity {
                last: None,
                this_week,
            },
            per_week,
            reminded_today: false,
            done_today,
            problem: None,
        }
    }

    fn press(home: &mut Home, code: KeyCode) -> Option<Choice> {
        home.on_key(KeyEvent::new(code, KeyModifiers::NONE))
    }

    fn typed(home: &mut Home, text: &str) {
        for c in text.chars() {
            press(home, KeyCode::Char(c));
        }
    }

    #[test]
    fn due_means_short_of_this_weeks_aim_or_reminded_and_not_yet_done_today() {
        assert!(entry("a", Some(3), 1, false).due());
        assert!(!entry("a", Some(3), 3, false).due(), "aim met");
        assert!(!entry("a", Some(3), 1, true).due(), "done today");
        assert!(!entry("a", None, 0, false).due(), "no aim, no reminder");
        let reminded = Entry {
            reminded_today: true,
            ..entry("a", None, 0, false)
        };
        assert!(reminded.due());
    }

    #[test]
    fn the_cursor_starts_on_the_first_routine_due_and_enter_opens_it() {
        let mut home = Home::new(
            vec![
                entry("done", Some(2), 2, false),
                entry("due", Some(2), 0, false),
            ],
            Zoned::now(),
        );
        assert_eq!(home.cursor, 1);
        assert_eq!(
            press(&mut home, KeyCode::Enter),
            Some(Choice::Run("due".into()))
        );
        press(&mut home, KeyCode::Down);
        assert_eq!(home.cursor, 1, "the cursor stops at the last row");
        press(&mut home, KeyCode::Up);
        press(&mut home, KeyCode::Up);
        assert_eq!(home.cursor, 0);
    }

    #[test]
    fn enter_on_a_routine_with_errors_says_where_instead_of_running_it() {
        let broken = Entry {
            length: None,
            problem: Some("broken.toml:5:8: error: hold must be a duration".into()),
            ..entry("broken", None, 0, false)
        };
        let mut home = Home::new(vec![broken], Zoned::now());
        assert_eq!(press(&mut home, KeyCode::Enter), None);
        assert_eq!(
            home.notice.as_deref(),
            Some("broken.toml:5:8: error: hold must be a duration; `knead edit broken` opens it")
        );
    }

    #[test]
    fn slash_filters_as_you_type_and_esc_clears_it() {
        let mut home = Home::new(
            vec![
                entry("desk-neck", None, 0, false),
                entry("feet", None, 0, false),
            ],
            Zoned::now(),
        );
        press(&mut home, KeyCode::Char('/'));
        typed(&mut home, "FEE");
        assert_eq!(home.visible().len(), 1);
        assert_eq!(
            press(&mut home, KeyCode::Char('q')),
            None,
            "q types while filtering"
        );
        press(&mut home, KeyCode::Backspace);
        press(&mut home, KeyCode::Enter);
        assert_eq!(home.typing, Typing::Nothing);
        assert_eq!(
            press(&mut home, KeyCode::Enter),
            Some(Choice::Run("feet".into()))
        );
        // q with a filter on clears the filter; the next q quits.
        assert_eq!(press(&mut home, KeyCode::Char('q')), None);
        assert_eq!(home.visible().len(), 2);
        assert_eq!(press(&mut home, KeyCode::Char('q')), Some(Choice::Quit));
    }

    #[test]
    fn n_asks_for_a_name_and_h_opens_the_history() {
        let mut home = Home::new(vec![entry("a", None, 0, false)], Zoned::now());
        press(&mut home, KeyCode::Char('n'));
        typed(&mut home, "My hips");
        // A space is part of the name (the title; the file is my-hips.toml), not a key.
        assert_eq!(
            press(&mut home, KeyCode::Enter),
            Some(Choice::New("My hips".into()))
        );
        press(&mut home, KeyCode::Char('n'));
        assert_eq!(press(&mut home, KeyCode::Esc), None, "Esc gives up");
        assert_eq!(press(&mut home, KeyCode::Char('h')), Some(Choice::History));
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(home.on_key(ctrl_c), Some(Choice::Interrupted));
    }
}
