//! "Where does it hurt?": the picker's state. A marker on the body map moves from place to
//! place (or a place is typed); the place's red flags are asked one by one, and a yes ends
//! there with where to seek care; then its muscles, the likeliest picked, to run or save.

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, MouseButton, MouseEvent, MouseEventKind};

use crate::body::View;
use crate::body::map::{self, Glyphs};
use crate::body::zones::{Flag, ZONES, Zone};
use crate::keys::{self, Action, Screen, State};

/// How many of a place's muscles start picked: the likeliest.
const PICKED: usize = 3;

/// Where the picker is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// The body map, the marker on a place.
    Map,
    /// A place being typed.
    Typing(String),
    /// The place's red flag at this index, asked.
    Flag(usize),
    /// This red flag was answered yes: seek care, build nothing.
    Care(Flag),
    /// The place's muscles, to pick from.
    Muscles,
}

/// What the person chose.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Chose {
    /// Leave.
    Quit,
    /// Ctrl-C.
    Interrupted,
    /// Run a routine of these muscles (region ids) of this place (a zone id) now.
    Run(&'static str, Vec<&'static str>),
    /// Save it as a routine of one's own.
    Save(&'static str, Vec<&'static str>),
}

/// The picker.
#[derive(Debug, Clone)]
pub struct Picker {
    /// The view the map shows.
    pub view: View,
    /// The place the marker is on (an index into [`ZONES`]).
    pub zone: usize,
    /// Where the picker is.
    pub step: Step,
    /// Which of the place's muscles are picked, in its order.
    pub picked: Vec<bool>,
    /// The muscle under the cursor.
    pub cursor: usize,
    /// A line to show: a place not found, with a guess.
    pub notice: Option<String>,
    /// How the map is drawn.
    pub glyphs: Glyphs,
    /// The list of keys is open.
    pub help: bool,
    /// Where the map was last drawn (x, y, width, height of the figure), for clicks.
    pub map: std::cell::Cell<Option<(u16, u16, u16, u16)>>,
}

impl Picker {
    /// The picker, its marker on the first place of the front view.
    pub fn new(glyphs: Glyphs) -> Self {
        let zone = ZONES
            .iter()
            .position(|z| z.id == "top-of-the-shoulder")
            .unwrap_or(0);
        Self {
            view: ZONES[zone].place.view,
            zone,
            step: Step::Map,
            picked: Vec::new(),
            cursor: 0,
            notice: None,
            glyphs,
            help: false,
            map: std::cell::Cell::new(None),
        }
    }

    /// A mouse click: on the map, the marker goes to the place clicked (of the view shown);
    /// a second click on the same place chooses it, as Enter does.
    pub fn on_mouse(&mut self, mouse: MouseEvent) -> Option<Chose> {
        if mouse.kind != MouseEventKind::Down(MouseButton::Left) || self.step != Step::Map {
            return None;
        }
        let (x, y, width, height) = self.map.get()?;
        if mouse.column < x || mouse.row < y || mouse.column >= x + width || mouse.row >= y + height
        {
            return None;
        }
        let (fx, fy) = map::point_at(
            self.view,
            mouse.column - x,
            mouse.row - y,
            usize::from(width),
            usize::from(height),
        );
        let zone = Zone::nearest(self.view, fx, fy)?;
        let index = ZONES.iter().position(|z| z.id == zone.id)?;
        self.notice = None;
        if index == self.zone {
            self.chosen();
        } else {
            self.zone = index;
        }
        None
    }

    /// The place the marker is on.
    pub fn zone(&self) -> &'static Zone {
        &ZONES[self.zone]
    }

    /// What the key table is asked with.
    pub fn key_state(&self) -> State {
        State {
            screen: match self.step {
                Step::Map => Screen::WhereMap,
                Step::Typing(_) => Screen::WhereTyping,
                Step::Flag(_) => Screen::WhereFlag,
                Step::Care(_) => Screen::WhereCare,
                Step::Muscles => Screen::WhereMuscles,
            },
            ..State::default()
        }
    }

    /// Handles a key; returns what the person chose, once they have.
    pub fn on_key(&mut self, key: KeyEvent) -> Option<Chose> {
        if key.kind != KeyEventKind::Press {
            return None;
        }
        if self.help {
            self.help = false;
            return None;
        }
        let action = keys::action(&key, &self.key_state());
        if action == Some(Action::Interrupt) {
            return Some(Chose::Interrupted);
        }
        if let Step::Typing(typed) = &mut self.step {
            match (action, key.code) {
                (Some(Action::Confirm), _) => {
                    let typed = typed.clone();
                    self.step = Step::Map;
                    self.choose_typed(&typed);
                }
                (Some(Action::KeepGoing), _) => self.step = Step::Map,
                (_, KeyCode::Backspace) => {
                    typed.pop();
                }
                (_, KeyCode::Char(c)) if !c.is_control() && typed.len() < 60 => typed.push(c),
                _ => {}
            }
            return None;
        }
        self.notice = None;
        match (&self.step, action?) {
            (_, Action::Help) => self.help = true,
            (Step::Map, Action::Up) => self.step_marker(0.0, -1.0),
            (Step::Map, Action::Down) => self.step_marker(0.0, 1.0),
            (Step::Map, Action::Left) => self.step_marker(-1.0, 0.0),
            (Step::Map, Action::Right) => self.step_marker(1.0, 0.0),
            (Step::Map, Action::Focus) => self.turn(),
            (Step::Map, Action::Filter) => self.step = Step::Typing(String::new()),
            (Step::Map, Action::Confirm) => self.chosen(),
            (Step::Flag(i), Action::Yes) => {
                self.step = Step::Care(self.zone().flags[*i]);
            }
            (Step::Flag(i), Action::No) => {
                let next = i + 1;
                self.step = if next < self.zone().flags.len() {
                    Step::Flag(next)
                } else {
                    Step::Muscles
                };
            }
            (Step::Muscles, Action::Up) => self.cursor = self.cursor.saturating_sub(1),
            (Step::Muscles, Action::Down) => {
                self.cursor = (self.cursor + 1).min(self.picked.len().saturating_sub(1));
            }
            (Step::Muscles, Action::Pick) => {
                if let Some(p) = self.picked.get_mut(self.cursor) {
                    *p = !*p;
                }
            }
            (Step::Muscles, Action::Begin) => {
                return self.muscles().map(|m| Chose::Run(self.zone().id, m));
            }
            (Step::Muscles, Action::Save) => {
                return self.muscles().map(|m| Chose::Save(self.zone().id, m));
            }
            (Step::Flag(_) | Step::Care(_) | Step::Muscles, Action::KeepGoing) => {
                self.step = Step::Map;
            }
            (_, Action::Close) => return Some(Chose::Quit),
            _ => {}
        }
        None
    }

    /// The muscles picked, or a notice when none is.
    fn muscles(&mut self) -> Option<Vec<&'static str>> {
        let picked: Vec<&'static str> = self
            .zone()
            .regions
            .iter()
            .zip(&self.picked)
            .filter(|(_, p)| **p)
            .map(|(id, _)| *id)
            .collect();
        if picked.is_empty() {
            self.notice = Some(crate::words::zones::none_picked());
            return None;
        }
        Some(picked)
    }

    /// The marker's place is chosen: its red flags first, then its muscles.
    fn chosen(&mut self) {
        let zone = self.zone();
        self.picked = (0..zone.regions.len()).map(|i| i < PICKED).collect();
        self.cursor = 0;
        self.step = if zone.flags.is_empty() {
            Step::Muscles
        } else {
            Step::Flag(0)
        };
    }

    /// A typed place: the marker goes there and it is chosen; else a guess.
    fn choose_typed(&mut self, typed: &str) {
        if typed.trim().is_empty() {
            return;
        }
        match Zone::recognise(typed) {
            Some(zone) => {
                if let Some(i) = ZONES.iter().position(|z| z.id == zone.id) {
                    self.zone = i;
                    self.view = zone.place.view;
                    self.chosen();
                }
            }
            None => self.notice = Some(crate::words::zones::not_found(typed, Zone::suggest(typed))),
        }
    }

    /// Moves the marker to the nearest place of this view in the direction (dx, dy), on
    /// the screen as the person sees it (the person's left is on the right in the front view).
    fn step_marker(&mut self, dx: f32, dy: f32) {
        let mirror = if self.view.left_on_left() { -1.0 } else { 1.0 };
        let (x0, y0) = screen_point(self.zone(), mirror);
        let best = ZONES
            .iter()
            .enumerate()
            .filter(|(i, z)| *i != self.zone && z.place.view == self.view)
            .flat_map(|(i, z)| {
                let (x, y) = screen_point(z, mirror);
                // Both sides of a place: its own and its mirror image.
                [(i, x, y), (i, -x, y)]
            })
            .filter_map(|(i, x, y)| {
                let (ex, ey) = (x - x0, y - y0);
                let along = ex * dx + ey * dy;
                let across = (ex * dy - ey * dx).abs();
                // Ahead, and more ahead than aside.
                (along > 0.5 && across <= along * 2.0).then_some((i, along + across * 2.0))
            })
            .min_by(|a, b| a.1.total_cmp(&b.1));
        if let Some((i, _)) = best {
            self.zone = i;
        }
    }

    /// Turns the body: the marker goes to the place of the other view nearest in height.
    fn turn(&mut self) {
        self.view = match self.view {
            View::Front => View::Back,
            View::Back => View::Front,
        };
        let y0 = self.zone().centre().1;
        if let Some((i, _)) = ZONES
            .iter()
            .enumerate()
            .filter(|(_, z)| z.place.view == self.view)
            .min_by(|a, b| {
                (a.1.centre().1 - y0)
                    .abs()
                    .total_cmp(&(b.1.centre().1 - y0).abs())
            })
        {
            self.zone = i;
        }
    }
}

/// A place's middle as seen on the screen: x to the right.
fn screen_point(zone: &Zone, mirror: f32) -> (f32, f32) {
    let (x, y) = zone.centre();
    (x * -mirror, y)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::{KeyEventState, KeyModifiers};

    fn press(code: KeyCode) -> KeyEvent {
        KeyEvent {
            code,
            modifiers: KeyModifiers::NONE,
            kind: KeyEventKind::Press,
            state: KeyEventState::NONE,
        }
    }

    fn typed(picker: &mut Picker, text: &str) -> Option<Chose> {
        picker.on_key(press(KeyCode::Char('/')));
        for c in text.chars() {
            picker.on_key(press(KeyCode::Char(c)));
        }
        picker.on_key(press(KeyCode::Enter))
    }

    #[test]
    fn the_marker_moves_between_places_and_tab_turns_the_body() {
        let mut picker = Picker::new(Glyphs::Ascii);
        let start = picker.zone().id;
        picker.on_key(press(KeyCode::Down));
        let below = picker.zone().id;
        assert_ne!(start, below);
        assert!(picker.zone().centre().1 > Zone::by_id(start).expect("zone").centre().1);
        picker.on_key(press(KeyCode::Up));
        assert_eq!(picker.zone().id, start);
        picker.on_key(press(KeyCode::Tab));
        assert_eq!(picker.view, View::Front);
        assert_eq!(picker.zone().place.view, View::Front);
        // Every place can be reached with the arrows and Tab alone.
        let mut seen = std::collections::HashSet::new();
        let mut stack = vec![picker.clone()];
        while let Some(p) = stack.pop() {
            if !seen.insert((p.zone, p.view == View::Front)) {
                continue;
            }
            for code in [
                KeyCode::Up,
                KeyCode::Down,
                KeyCode::Left,
                KeyCode::Right,
                KeyCode::Tab,
            ] {
                let mut next = p.clone();
                next.on_key(press(code));
                stack.push(next);
            }
        }
        let reached: std::collections::HashSet<usize> = seen.iter().map(|(z, _)| *z).collect();
        let missing: Vec<&str> = ZONES
            .iter()
            .enumerate()
            .filter(|(i, _)| !reached.contains(i))
            .map(|(_, z)| z.id)
            .collect();
        assert!(missing.is_empty(), "not reachable: {missing:?}");
    }

    #[test]
    fn a_yes_to_a_red_flag_ends_in_care_and_builds_nothing() {
        let mut picker = Picker::new(Glyphs::Ascii);
        assert_eq!(typed(&mut picker, "chest"), None);
        assert_eq!(picker.step, Step::Flag(0));
        assert_eq!(picker.on_key(press(KeyCode::Char('y'))), None);
        assert_eq!(picker.step, Step::Care(Flag::Heart));
        // Nothing to run or save from here: Enter and s do nothing, Esc goes back.
        assert_eq!(picker.on_key(press(KeyCode::Enter)), None);
        assert_eq!(picker.on_key(press(KeyCode::Char('s'))), None);
        assert_eq!(picker.step, Step::Care(Flag::Heart));
        picker.on_key(press(KeyCode::Esc));
        assert_eq!(picker.step, Step::Map);
    }

    #[test]
    fn no_to_every_flag_leads_to_the_likeliest_muscles_to_run() {
        let mut picker = Picker::new(Glyphs::Ascii);
        typed(&mut picker, "temple");
        for _ in 0..picker.zone().flags.len() {
            assert!(matches!(picker.step, Step::Flag(_)));
            picker.on_key(press(KeyCode::Char('n')));
        }
        assert_eq!(picker.step, Step::Muscles);
        // Leave the second, take the fourth.
        picker.on_key(press(KeyCode::Down));
        picker.on_key(press(KeyCode::Char(' ')));
        picker.on_key(press(KeyCode::Down));
        picker.on_key(press(KeyCode::Down));
        picker.on_key(press(KeyCode::Char(' ')));
        let chose = picker.on_key(press(KeyCode::Enter));
        assert_eq!(
            chose,
            Some(Chose::Run(
                "temple",
                vec!["upper-trapezius", "sternocleidomastoid", "suboccipitals"]
            ))
        );
    }

    #[test]
    fn a_click_moves_the_marker_and_a_second_click_chooses() {
        use crossterm::event::{MouseButton, MouseEventKind};
        let mut picker = Picker::new(Glyphs::Ascii);
        // The figure as drawn at 80x24: 18 rows from row 1.
        let (width, height) = (u16::try_from(map::width_for(18)).expect("width"), 18);
        picker.map.set(Some((0, 1, width, height)));
        let calf = Zone::by_id("calf").expect("calf");
        let (cx, cy) = calf.centre();
        let (col, row) = (0..width)
            .flat_map(|c| (0..height).map(move |r| (c, r)))
            .min_by(|a, b| {
                let d = |(c, r): (u16, u16)| {
                    let (x, y) = map::point_at(View::Back, c, r, usize::from(width), 18);
                    (x - cx).hypot(y - cy)
                };
                d(*a).total_cmp(&d(*b))
            })
            .expect("a cell");
        let click = |picker: &mut Picker| {
            picker.on_mouse(MouseEvent {
                kind: MouseEventKind::Down(MouseButton::Left),
                column: col,
                row: row + 1,
                modifiers: KeyModifiers::NONE,
            })
        };
        click(&mut picker);
        assert_eq!(picker.zone().id, "calf");
        assert_eq!(picker.step, Step::Map);
        click(&mut picker);
        assert_eq!(picker.step, Step::Flag(0));
        // Off the map, nothing.
        let mut other = Picker::new(Glyphs::Ascii);
        other.map.set(Some((0, 1, width, height)));
        other.on_mouse(MouseEvent {
            kind: MouseEventKind::Down(MouseButton::Left),
            column: 70,
            row: 5,
            modifiers: KeyModifiers::NONE,
        });
        assert_eq!(other.zone().id, "top-of-the-shoulder");
    }

    #[test]
    fn a_mistyped_place_is_answered_with_a_guess() {
        let mut picker = Picker::new(Glyphs::Ascii);
        typed(&mut picker, "templ");
        assert_eq!(picker.step, Step::Map);
        assert!(
            picker
                .notice
                .as_deref()
                .is_some_and(|n| n.contains("temple")),
            "{:?}",
            picker.notice
        );
    }
}
