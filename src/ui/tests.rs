//! Every screen rendered into a test backend at 80x24 and 40x12, compared with committed
//! snapshots. Times are synthetic, so each frame is exactly reproducible.

use crossterm::event::KeyCode;
use std::time::{Duration, Instant};

use ratatui::Terminal;
use ratatui::backend::TestBackend;

use super::draw;
use crate::app::App;
use crate::catalog::{self, BUNDLED};
use crate::keys::Action;
use crate::outputs::Outputs;
use crate::routine;
use crate::session::{Input, Session};
use crate::theme::Theme;
use knead_core::t;

const SIZES: [(u16, u16); 2] = [(80, 24), (40, 12)];

fn desk_app() -> App {
    let routine = catalog::check_bundled(&BUNDLED[0])
        .parsed
        .routine
        .expect("bundled routine is valid");
    App::new(
        Session::new(routine, false),
        Theme::new(false),
        Outputs::silent(),
    )
}

/// Two reps on each side of the calf, then a manual-release neck hold.
fn reps_app() -> App {
    let text = r#"
name = "Calf and neck"
[[step]]
region = "calf"
tool = "foam roller"
hold = "60s"
rest = "20s"
reps = 2
side = "both"
cue = "Roll slowly to the tender spot and stay there."
[[step]]
region = "neck"
tool = "thumb"
hold = "90s"
release = "manual"
cue = "Press into the knot at the base of the skull."
"#;
    let routine = routine::parse(text).routine.expect("valid");
    App::new(
        Session::new(routine, false),
        Theme::new(false),
        Outputs::silent(),
    )
}

fn render(app: &App, now: Instant, (width, height): (u16, u16)) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("test terminal");
    terminal.draw(|frame| draw(frame, app, now)).expect("draw");
    terminal.backend().to_string()
}

/// Snapshots `app` at both sizes, named `<screen>@<w>x<h>`.
fn snap(screen: &str, app: &App, now: Instant) {
    for size in SIZES {
        insta::assert_snapshot!(
            format!("{screen}@{}x{}", size.0, size.1),
            render(app, now, size)
        );
    }
}

fn secs(t0: Instant, s: f64) -> Instant {
    t0 + Duration::from_secs_f64(s)
}

#[test]
fn overview() {
    snap("overview", &desk_app(), Instant::now());
}

#[test]
fn prepare_then_hold() {
    let mut app = desk_app();
    let t0 = Instant::now();
    app.driver.session.update(Input::Start, t0);
    snap("prepare", &app, secs(t0, 1.5));
    app.driver.session.tick(secs(t0, 20.0));
    snap("hold", &app, secs(t0, 20.0));
    app.driver
        .session
        .update(Input::TogglePause, secs(t0, 20.0));
    snap("hold-paused", &app, secs(t0, 99.0));
}

#[test]
fn rating_prompt_with_a_selection() {
    let mut app = reps_app();
    let t0 = Instant::now();
    app.driver.session.update(Input::Start, t0);
    app.driver.session.tick(secs(t0, 66.0)); // hold ends at 65 s
    app.driver.typed(Action::Digit, Some(6), secs(t0, 66.0));
    snap("rate", &app, secs(t0, 67.2));
}

#[test]
fn rest_after_a_high_rating_offers_to_skip_the_spot() {
    let mut app = reps_app();
    let t0 = Instant::now();
    app.driver.session.update(Input::Start, t0);
    app.driver.session.tick(secs(t0, 65.0));
    app.driver
        .session
        .update(Input::Rate(Some(9)), secs(t0, 66.0));
    snap("rest-ease-off", &app, secs(t0, 70.0));
}

#[test]
fn switching_sides_after_a_rising_rating() {
    let mut app = reps_app();
    let t0 = Instant::now();
    app.driver.session.update(Input::Start, t0);
    for (rating, at) in [(3, 66.0), (5, 151.0)] {
        app.driver.session.tick(secs(t0, at));
        app.driver
            .session
            .update(Input::Rate(Some(rating)), secs(t0, at));
    }
    app.driver.session.tick(secs(t0, 171.0)); // rest after hold 2 ends at 170 s: prepare, right side
    snap("prepare-switch-not-easing", &app, secs(t0, 172.0));
}

#[test]
fn manual_release_hold() {
    let mut app = reps_app();
    let t0 = Instant::now();
    app.driver.session.update(Input::Start, t0);
    for _ in 0..4 {
        app.driver.session.update(Input::Next, t0);
    }
    app.driver.session.tick(secs(t0, 10.0));
    snap("hold-manual", &app, secs(t0, 10.0));
}

/// `reps_app` run to its end: the four calf holds rated 6, 4, 7, 7, the neck released and
/// rated `last`. The summary is drawn at the returned instant.
fn to_the_summary(last: u8) -> (App, Instant) {
    let mut app = reps_app();
    let t0 = Instant::now();
    app.driver.session.update(Input::Start, t0);
    let mut at = 0.0;
    for rating in [6, 4, 7, 7] {
        at += 85.0; // 5 s prepare, 60 s hold, 20 s rest
        app.driver.session.tick(secs(t0, at - 19.0));
        app.driver
            .session
            .update(Input::Rate(Some(rating)), secs(t0, at - 19.0));
    }
    app.driver.session.tick(secs(t0, at + 30.0));
    app.driver
        .session
        .update(Input::Release, secs(t0, at + 30.0));
    app.driver
        .session
        .update(Input::Rate(Some(last)), secs(t0, at + 31.0));
    (app, secs(t0, at + 32.0))
}

#[test]
fn summary_after_a_full_session() {
    let (app, at) = to_the_summary(2);
    snap("summary", &app, at);
}

/// A 10/10 on the last hold: the ease-off advice heads the summary, as plain mode prints it
/// before its own.
#[test]
fn summary_after_a_ten_on_the_last_hold_says_to_ease_off() {
    let (app, at) = to_the_summary(10);
    let notice = app.driver.session.notice().expect("advice after a 10");
    let advice = crate::words::notice(app.driver.session.plan(), notice);
    let text = render(&app, at, (80, 24));
    assert!(text.contains(&advice), "{advice:?} in\n{text}");
}

#[test]
fn summary_after_quitting() {
    let mut app = desk_app();
    let t0 = Instant::now();
    app.driver.session.update(Input::Start, t0);
    app.driver.session.tick(secs(t0, 30.0));
    app.driver.session.update(Input::Quit, secs(t0, 30.0));
    snap("summary-stopped", &app, secs(t0, 31.0));
}

#[test]
fn overlays() {
    let mut app = desk_app();
    let t0 = Instant::now();
    app.driver.session.update(Input::Start, t0);
    app.driver.session.tick(secs(t0, 12.0));
    app.help = true;
    snap("help", &app, secs(t0, 12.0));
    app.help = false;
    app.driver.act(Action::Quit, secs(t0, 12.0));
    snap("confirm-quit", &app, secs(t0, 12.0));
}

/// A prescribed routine that asks the overall pain: the overview's week line, the question
/// before the first hold and after the last, and the note being typed.
#[test]
fn prescription_overall_pain_and_note() {
    let text = "name = \"Home neck\"\nsession_rating = true\n[[step]]\nregion = \"upper trapezius\"\n\
                tool = \"ball\"\nhold = \"30s\"\nprepare = \"0s\"\nrest = \"5s\"\n";
    let routine = routine::parse(text).routine.expect("valid");
    let mut app = App::new(
        Session::new(routine, false),
        Theme::new(false),
        Outputs::silent(),
    )
    .with_headline(Some(
        "Week 3 of 6 · phase 2 of 3 · 2 of 4 sessions this week".into(),
    ));
    let t0 = Instant::now();
    snap("prescribed-overview", &app, t0);
    app.driver.act(Action::Begin, t0);
    app.driver.typed(Action::Digit, Some(6), t0);
    snap("overall-before", &app, t0);
    app.driver.act(Action::Confirm, t0);
    app.driver.session.tick(secs(t0, 30.0));
    app.driver.rate(Some(4), secs(t0, 30.0));
    let _ = app.driver.step(secs(t0, 30.0));
    snap("overall-after", &app, secs(t0, 31.0));
    app.driver.answer_overall(Some(3), secs(t0, 31.0));
    app.driver.act(Action::Note, secs(t0, 31.0));
    for c in "tingling in the left hand after the 2nd hold, gone by the end".chars() {
        app.driver.type_note(c);
    }
    snap("note", &app, secs(t0, 32.0));
}

/// A prescription with activities and the global impression: an activity's box before the
/// first hold, with a value selected, and the seven answers after the last.
#[test]
fn activities_and_global_change() {
    let text = "name = \"Home neck\"\n[[step]]\nregion = \"upper trapezius\"\n\
                tool = \"ball\"\nhold = \"30s\"\nprepare = \"0s\"\nrest = \"5s\"\n\
                [prescription]\nstart = 2026-11-02\nweeks = 6\npgic = true\nactivities = \
                [\"turning my head while driving\", \"carrying the shopping up the stairs\"]\n";
    let routine = routine::parse(text).routine.expect("valid");
    let mut app = App::new(
        Session::new(routine, false).with_measures(true, Some(2)),
        Theme::new(false),
        Outputs::silent(),
    );
    let t0 = Instant::now();
    app.driver.act(Action::Begin, t0);
    app.driver.answer(Some(4), t0);
    app.driver.typed(Action::Digit, Some(7), t0);
    snap("activity", &app, t0);
    app.driver.act(Action::Confirm, t0);
    app.driver.session.tick(secs(t0, 30.0));
    app.driver.rate(Some(4), secs(t0, 30.0));
    let _ = app.driver.step(secs(t0, 30.0));
    app.driver.typed(Action::Digit, Some(2), secs(t0, 31.0));
    snap("global-change", &app, secs(t0, 31.0));
    // At 40 columns a longer question wraps rather than losing its end.
    let german = crate::lang::scoped(crate::lang::Language::German, || {
        render(&app, secs(t0, 31.0), (40, 12))
    });
    let asked = crate::lang::scoped(crate::lang::Language::German, || t!("change-asked"));
    let last_word = asked.split(' ').next_back().expect("a word");
    assert!(german.contains(last_word), "{german}");
}

#[test]
fn too_small_asks_for_a_bigger_window() {
    let text = render(&desk_app(), Instant::now(), (30, 8));
    assert!(text.contains("knead needs at least 40x12;"), "{text}");
    assert!(text.contains("this is 30x8"), "{text}");
}

#[test]
fn every_size_from_tiny_to_large_renders_without_panicking() {
    let mut app = reps_app();
    let t0 = Instant::now();
    app.driver.session.update(Input::Start, t0);
    app.driver.session.tick(secs(t0, 66.0));
    app.driver.typed(Action::Digit, Some(9), secs(t0, 66.0));
    for width in (1..=130).step_by(7) {
        for height in 1..=40 {
            render(&app, secs(t0, 66.0), (width, height));
        }
    }
}

fn sample_history_screen(days: i64) -> crate::app::history::HistoryScreen {
    use jiff::civil::date;
    let mut sample = crate::history::sample::daily(date(2026, 7, 25), days);
    // The right calf stays sorer than the left, so the sides part.
    for row in sample
        .iter_mut()
        .filter(|r| r.region == "calf" && r.side == "right")
    {
        row.rating = row.rating.map(|r| (r + 3).min(10));
    }
    let rows = crate::history::export::parse_rows(&sample).expect("valid sample");
    let today = date(2026, 11, 21);
    let overview =
        crate::history::overview::Overview::build(&rows, &jiff::tz::TimeZone::UTC, today, &|_| {
            Some(3)
        });
    crate::app::history::HistoryScreen::new(Ok(overview))
}

fn render_history(
    screen: &mut crate::app::history::HistoryScreen,
    (width, height): (u16, u16),
) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("test terminal");
    terminal
        .draw(|frame| crate::ui::history::draw(frame, screen, Theme::new(false)))
        .expect("draw");
    terminal.backend().to_string()
}

#[test]
fn history_screen() {
    let mut screen = sample_history_screen(120);
    for size in SIZES.into_iter().chain([(120, 40), (200, 50)]) {
        insta::assert_snapshot!(
            format!("history@{}x{}", size.0, size.1),
            render_history(&mut screen, size)
        );
    }
    // Where the map does not fit beside the chart, m shows it instead.
    screen.on_key(press(KeyCode::Char('m')));
    insta::assert_snapshot!("history-map@80x24", render_history(&mut screen, (80, 24)));
    screen.on_key(press(KeyCode::Char('m')));
    // Tab twice reaches the sessions; Enter opens the one under the cursor.
    screen.on_key(press(KeyCode::Tab));
    screen.on_key(press(KeyCode::Tab));
    screen.on_key(press(KeyCode::Down));
    screen.on_key(press(KeyCode::Enter));
    assert_eq!(screen.open, Some(1));
    insta::assert_snapshot!(
        "history-session@80x24",
        render_history(&mut screen, (80, 24))
    );
    assert!(
        !screen.on_key(press(KeyCode::Esc)),
        "Esc closes the session, not the screen"
    );
    assert_eq!(screen.open, None);
    screen.focus = crate::app::history::Focus::Spots;
    screen.spot.at = 2;
    screen.focus = crate::app::history::Focus::Sessions;
    insta::assert_snapshot!(
        "history-second-spot@80x24",
        render_history(&mut screen, (80, 24))
    );
}

#[test]
fn history_screen_empty_and_unavailable() {
    let mut empty =
        crate::app::history::HistoryScreen::new(Ok(crate::history::overview::Overview::build(
            &[],
            &jiff::tz::TimeZone::UTC,
            jiff::civil::date(2026, 11, 21),
            &|_| None,
        )));
    assert!(render_history(&mut empty, (80, 24)).contains("No sessions yet"));
    let mut broken = crate::app::history::HistoryScreen::new(Err("history.db is damaged".into()));
    assert!(
        render_history(&mut broken, (80, 24))
            .contains("The history cannot be shown: history.db is damaged")
    );
}

#[test]
fn the_history_screen_renders_at_every_size_without_panicking() {
    let mut screen = sample_history_screen(400);
    for width in (1..=130).step_by(7) {
        for height in 1..=40 {
            render_history(&mut screen, (width, height));
        }
    }
}

/// The longest text a routine may hold, in one word, with emoji and wide characters: it is
/// cut or wrapped inside its own area and never pushes the phase, the clock or the keys off.
#[test]
fn the_longest_allowed_words_stay_inside_their_area() {
    use crate::routine::value::{MAX_LINE_CHARS, MAX_TEXT_CHARS};
    let text = format!(
        "name = \"{}\"\nsafety = [\"{}\"]\ndescription = \"{}\"\n[[step]]\nregion = \"{}\"\ntool = \"{}\"\nhold = \"60s\"\ncue = \"{}\"\n",
        "🦵".repeat(MAX_LINE_CHARS),
        "安".repeat(MAX_LINE_CHARS),
        "小".repeat(MAX_TEXT_CHARS),
        "x".repeat(MAX_LINE_CHARS),
        "y".repeat(MAX_LINE_CHARS),
        "z".repeat(MAX_TEXT_CHARS),
    );
    let parsed = routine::parse(&text);
    let routine = parsed
        .routine
        .unwrap_or_else(|| panic!("{:?}", parsed.diagnostics));
    let mut app = App::new(
        Session::new(routine, false),
        Theme::new(false),
        Outputs::silent(),
    );
    let t0 = Instant::now();
    for (width, height) in SIZES {
        assert!(render(&app, t0, (width, height)).contains("Enter"));
    }
    app.driver.session.update(Input::Start, t0);
    let hold = secs(t0, 30.0);
    app.driver.session.tick(hold);
    for (width, height) in SIZES {
        let screen = render(&app, hold, (width, height));
        let lines: Vec<&str> = screen.lines().collect();
        assert!(lines[0].starts_with("\" HOLD"), "{screen}");
        assert!(
            screen.contains("██") || screen.contains("0:35"),
            "clock shown: {screen}"
        );
        assert!(lines[lines.len() - 1].contains("pause"), "{screen}");
    }
}

/// The snapshots hold text only; this checks the styles the single lines are written with:
/// the phase badge reversed, the spot bold, keys cyan and their words grey, and nothing
/// styled past the text.
#[test]
fn single_lines_keep_their_styles_and_style_nothing_else() {
    use ratatui::style::{Color, Modifier};

    let mut app = desk_app();
    app.theme = Theme::new(true);
    let t0 = Instant::now();
    app.driver.session.update(Input::Start, t0);
    app.driver.session.tick(secs(t0, 20.0));
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("test terminal");
    terminal
        .draw(|frame| draw(frame, &app, secs(t0, 20.0)))
        .expect("draw");
    let buffer = terminal.backend().buffer();
    let row = |y: u16| -> String { (0..80).map(|x| buffer[(x, y)].symbol()).collect() };
    let find = |y: u16, text: &str| -> u16 {
        let at = row(y)
            .find(text)
            .unwrap_or_else(|| panic!("{text:?} not on row {y}"));
        u16::try_from(row(y)[..at].chars().count()).expect("fits")
    };

    let badge = &buffer[(find(0, "HOLD"), 0)];
    assert!(badge.modifier.contains(Modifier::REVERSED | Modifier::BOLD));
    let spot = find(2, "upper trapezius");
    assert!(buffer[(spot, 2)].modifier.contains(Modifier::BOLD));
    assert_eq!(
        buffer[(spot - 1, 2)].modifier,
        Modifier::empty(),
        "styled before the text"
    );
    let footer = 23;
    let key = &buffer[(find(footer, "space"), footer)];
    assert_eq!(key.fg, Color::Cyan);
    assert!(key.modifier.contains(Modifier::BOLD));
    assert_eq!(buffer[(find(footer, "pause"), footer)].fg, Color::DarkGray);
    assert_eq!(buffer[(79, 2)].fg, Color::Reset, "styled past the text");
}

/// The home screen over the bundled routines and one of the person's own, on Wednesday
/// 2026-12-02 at 12:00 UTC, with `starts` as the history.
fn sample_home(starts: &[crate::history::store::Started]) -> crate::app::home::Home {
    use crate::app::home::{Home, entries};
    let now = jiff::civil::date(2026, 12, 2)
        .at(12, 0, 0, 0)
        .to_zoned(jiff::tz::TimeZone::UTC)
        .expect("zoned");
    let own = catalog::Checked::from_text(
        "hips",
        "/home/p/.config/knead/routines/hips.toml",
        "name = \"My hips\"\nper_week = 2\n[[step]]\nregion = \"piriformis\"\ntool = \"ball\"\nhold = \"60s\"\n",
    );
    let broken = catalog::Checked::from_text(
        "broken",
        "/home/p/.config/knead/routines/broken.toml",
        "name = \"Broken\"\n[[step]]\nregion = \"calf\"\ntool = \"ball\"\nhold = \"90 minutes\"\n",
    );
    let routines: Vec<(catalog::Checked, bool)> = [(broken, true), (own, true)]
        .into_iter()
        .chain(BUNDLED.iter().map(|b| (catalog::check_bundled(b), false)))
        .collect();
    let reminders = crate::remind::Choices {
        reminders: vec![crate::remind::Reminder {
            routine: "cold-pack-recovery".into(),
            at: crate::remind::schedule::parse_times(["18:00"]).expect("time"),
            days: crate::remind::Days::DAILY,
        }],
        ..crate::remind::Choices::default()
    };
    Home::new(entries(&routines, starts, &reminders, &now), now)
}

fn render_home(home: &crate::app::home::Home, (width, height): (u16, u16)) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("test terminal");
    terminal
        .draw(|frame| crate::ui::home::draw(frame, home, Theme::new(false)))
        .expect("draw");
    terminal.backend().to_string()
}

/// In each language the home screen's column headings stand apart, and a due routine's mark
/// and a session done today ("aujourd'hui 09:12") are whole, at 80x24.
#[test]
fn the_home_screen_s_columns_fit_their_words_in_each_language() {
    use crate::lang::{Language, scoped};
    let today = crate::history::store::Started {
        routine_name: "Desk break: neck and shoulders".into(),
        routine_path: "bundled/desk-neck.toml".into(),
        at: "2026-12-02T09:12:00Z".parse().expect("timestamp"),
    };
    for language in [Language::German, Language::Spanish, Language::French] {
        scoped(language, || {
            let home = sample_home(std::slice::from_ref(&today));
            let text = render_home(&home, (80, 24));
            let [length, last, week] = crate::words::home::columns();
            let heads = format!("{length} ");
            assert!(text.contains(&heads), "{language:?}: {heads:?} in\n{text}");
            assert!(text.contains(&format!("{last} ")), "{language:?}:\n{text}");
            assert!(text.contains(&week), "{language:?}:\n{text}");
            let done = crate::words::home::last_done(Some(today.at), &home.now);
            assert!(text.contains(&done), "{language:?}: {done:?} in\n{text}");
            let due = crate::words::home::due();
            assert!(text.contains(&due), "{language:?}: {due:?} in\n{text}");
        });
    }
}

#[test]
fn home_screen() {
    let start = |path: &str, name: &str, at: &str| crate::history::store::Started {
        routine_name: name.into(),
        routine_path: path.into(),
        at: at.parse().expect("timestamp"),
    };
    let busy = [
        start(
            "bundled/desk-neck.toml",
            "Desk break: neck and shoulders",
            "2026-11-30T10:00:00Z",
        ),
        start(
            "bundled/desk-neck.toml",
            "Desk break: neck and shoulders",
            "2026-12-01T10:00:00Z",
        ),
        start(
            "bundled/desk-neck.toml",
            "Desk break: neck and shoulders",
            "2026-12-02T09:12:00Z",
        ),
        start(
            "/home/p/.config/knead/routines/hips.toml",
            "My hips",
            "2026-11-24T18:00:00Z",
        ),
        start(
            "bundled/post-run-legs.toml",
            "Post-run legs",
            "2026-11-30T17:00:00Z",
        ),
        start(
            "bundled/post-run-legs.toml",
            "Post-run legs",
            "2026-12-01T17:00:00Z",
        ),
        start(
            "bundled/post-run-legs.toml",
            "Post-run legs",
            "2026-12-02T07:00:00Z",
        ),
    ];
    for (name, starts) in [("empty", &[][..]), ("busy", &busy[..])] {
        let home = sample_home(starts);
        for size in [(80, 24), (40, 12), (120, 30)] {
            insta::assert_snapshot!(
                format!("home-{name}@{}x{}", size.0, size.1),
                render_home(&home, size)
            );
        }
    }
    let mut help = sample_home(&busy);
    help.help = true;
    insta::assert_snapshot!("home-keys@80x24", render_home(&help, (80, 24)));
    insta::assert_snapshot!("home-keys@40x12", render_home(&help, (40, 12)));
    let mut naming = sample_home(&busy);
    naming.typing = crate::app::home::Typing::NewName("my-feet".into());
    let screen = render_home(&naming, (80, 24));
    assert!(screen.contains("New routine's name: my-feet▏"), "{screen}");
    assert!(screen.contains("Enter done  Esc cancel"), "{screen}");
}

#[test]
fn home_screen_renders_at_every_size_without_panicking() {
    let home = sample_home(&[]);
    for width in (1..=130).step_by(3) {
        for height in 1..=30 {
            render_home(&home, (width, height));
        }
    }
}

/// A one-step routine on `region`'s `side`, during its hold.
fn holding(region: &str, side: &str, t0: Instant) -> App {
    let text = format!(
        "name = \"Map\"\n[[step]]\nregion = \"{region}\"\ntool = \"lacrosse ball\"\nhold = \"60s\"\nside = \"{side}\"\n"
    );
    let routine = routine::parse(&text).routine.expect("valid");
    let mut app = App::new(
        Session::new(routine, false),
        Theme::new(false),
        Outputs::silent(),
    );
    app.driver.session.update(Input::Start, t0);
    app.driver.session.tick(secs(t0, 6.0));
    app
}

#[test]
fn body_map_at_every_size_left_and_right_front_and_back() {
    let t0 = Instant::now();
    for (region, side, name) in [
        ("calf", "left", "map-back-left"),
        ("upper trapezius", "right", "map-back-right"),
        ("pectoralis major", "left", "map-front-left"),
        ("quadriceps", "right", "map-front-right"),
    ] {
        let app = holding(region, side, t0);
        for size in [(40, 12), (80, 24), (120, 40), (200, 50)] {
            insta::assert_snapshot!(
                format!("{name}@{}x{}", size.0, size.1),
                render(&app, secs(t0, 20.0), size)
            );
        }
    }
}

#[test]
fn the_map_is_drawn_once_per_phase_not_per_redraw() {
    let t0 = Instant::now();
    let app = holding("calf", "left", t0);
    for s in 7..20 {
        render(&app, secs(t0, f64::from(s)), (80, 24));
    }
    assert_eq!(app.figures.kept(), 1);
    render(&app, secs(t0, 21.0), (120, 40));
    assert_eq!(app.figures.kept(), 2, "a new size draws a new picture");
}

#[test]
fn the_map_marks_the_side_being_held_on_the_side_it_is_seen() {
    let t0 = Instant::now();
    // From behind, the left calf is on the left half of the figure.
    let screen = render(&holding("calf", "left", t0), secs(t0, 20.0), (80, 24));
    assert!(screen.contains("L  back view  R"), "{screen}");
    assert!(screen.contains("◀ left side"), "{screen}");
    // From the front, the right quadriceps is on the viewer's left too.
    let screen = render(&holding("quads", "right", t0), secs(t0, 20.0), (80, 24));
    assert!(screen.contains("R  front view  L"), "{screen}");
    assert!(screen.contains("◀ right side"), "{screen}");
    // A region knead does not know: text only, no figure.
    let screen = render(
        &holding("elbow of doom", "left", t0),
        secs(t0, 20.0),
        (80, 24),
    );
    assert!(!screen.contains("view"), "{screen}");
}

fn press(code: KeyCode) -> crossterm::event::KeyEvent {
    crossterm::event::KeyEvent::new(code, crossterm::event::KeyModifiers::NONE)
}

#[test]
fn the_sessions_cursor_stops_at_the_last_row_and_up_moves_at_once() {
    let mut screen = sample_history_screen(120);
    screen.on_key(press(KeyCode::Tab));
    screen.on_key(press(KeyCode::Tab));
    for _ in 0..500 {
        screen.on_key(press(KeyCode::Down));
    }
    assert_eq!(screen.session.at, 119, "the last of 120 sessions");
    let shown = render_history(&mut screen, (80, 24));
    assert!(
        shown.contains("›2026-07-25 08:00"),
        "the oldest, under the cursor:\n{shown}"
    );
    screen.on_key(press(KeyCode::Up));
    let shown = render_history(&mut screen, (80, 24));
    assert!(
        shown.contains("›2026-07-26 08:00"),
        "one press moves:\n{shown}"
    );
    assert!(
        shown.contains(" 2026-07-25 08:00"),
        "and the list did not jump:\n{shown}"
    );
}

#[test]
fn sessions_per_week_lists_every_routine_scrolling_when_there_is_no_room() {
    use jiff::civil::date;
    let names = [
        "Desk neck",
        "Feet",
        "Post-run legs",
        "Shoulders",
        "Upper back",
    ];
    let rows: Vec<_> = names
        .iter()
        .enumerate()
        .map(|(n, name)| {
            let mut row = crate::history::sample::row(
                &format!("s{n}"),
                date(2026, 11, 16 + i8::try_from(n).expect("small")),
                0,
                "calf",
                "left",
                Some(4),
                "completed",
            );
            row.routine = (*name).to_owned();
            row
        })
        .collect();
    let rows = crate::history::export::parse_rows(&rows).expect("valid");
    let overview = crate::history::overview::Overview::build(
        &rows,
        &jiff::tz::TimeZone::UTC,
        date(2026, 11, 21),
        &|_| None,
    );
    let mut screen = crate::app::history::HistoryScreen::new(Ok(overview));
    let shown = render_history(&mut screen, (80, 24));
    assert!(shown.contains("Sessions per week · 5 routines"), "{shown}");
    assert!(
        shown.contains("│›Desk neck") && !shown.contains("│ Upper back"),
        "{shown}"
    );
    screen.on_key(press(KeyCode::Tab));
    for _ in 0..10 {
        screen.on_key(press(KeyCode::Down));
    }
    let shown = render_history(&mut screen, (80, 24));
    assert!(
        shown.contains("›Upper back"),
        "the last routine scrolled into view:\n{shown}"
    );
    assert!(shown.contains("5 sessions"), "{shown}");
}

#[test]
fn h_on_a_summary_opens_the_session_it_sums_up() {
    let overview = sample_history_screen(30).overview;
    let newest = overview.as_ref().expect("read").sessions[0].clone();
    let (tx, rx) = std::sync::mpsc::channel();
    let mut screen = crate::app::history::HistoryScreen::loading(rx).opening_newest();
    assert_eq!(screen.open, None, "nothing to open before it is read");
    tx.send(overview).expect("send");
    assert!(screen.poll());
    assert_eq!(screen.open, Some(0));
    assert_eq!(screen.focus, crate::app::history::Focus::Sessions);
    let shown = render_history(&mut screen, (80, 24));
    assert!(shown.contains(&newest.routine), "{shown}");
    // Esc goes back to the overview of every session.
    screen.on_key(press(KeyCode::Esc));
    assert_eq!(screen.open, None);
}

fn render_where(picker: &crate::app::where_::Picker, (width, height): (u16, u16)) -> String {
    let figures = crate::app::figures::Figures::default();
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("test terminal");
    terminal
        .draw(|frame| crate::ui::where_::draw(frame, picker, &figures, Theme::new(false)))
        .expect("draw");
    terminal.backend().to_string()
}

/// "Where does it hurt?": the map with the marker, a red flag asked, the care it sends to,
/// and the muscles to pick, at 80x24 and 40x12.
#[test]
fn where_does_it_hurt() {
    use crate::app::where_::{Picker, Step};
    use crate::body::zones::Flag;
    use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyEventState, KeyModifiers};
    let press = |picker: &mut Picker, code: KeyCode| {
        picker.on_key(KeyEvent {
            code,
            modifiers: KeyModifiers::NONE,
            kind: KeyEventKind::Press,
            state: KeyEventState::NONE,
        })
    };
    let mut picker = Picker::new(crate::body::map::Glyphs::Ascii);
    let mut steps: Vec<(&str, Picker)> = vec![("where-map", picker.clone())];
    press(&mut picker, KeyCode::Char('/'));
    for c in "calf".chars() {
        press(&mut picker, KeyCode::Char(c));
    }
    steps.push(("where-typing", picker.clone()));
    press(&mut picker, KeyCode::Enter);
    assert_eq!(picker.step, Step::Flag(0));
    steps.push(("where-flag", picker.clone()));
    let mut care = picker.clone();
    press(&mut care, KeyCode::Char('y'));
    assert_eq!(care.step, Step::Care(Flag::Clot));
    steps.push(("where-care", care));
    press(&mut picker, KeyCode::Char('n'));
    press(&mut picker, KeyCode::Char('n'));
    assert_eq!(picker.step, Step::Muscles);
    steps.push(("where-muscles", picker.clone()));
    for (name, picker) in &steps {
        for size in SIZES {
            let screen = render_where(picker, size);
            insta::assert_snapshot!(format!("{name}@{}x{}", size.0, size.1), screen);
        }
    }
    // Nothing that matters is cut at 40x12: the place, the question, the muscles, the keys.
    let small = render_where(&steps[2].1, (40, 12));
    assert!(small.contains("Question 1 of 2"), "{small}");
    assert!(small.contains("y yes") && small.contains("n no"), "{small}");
    let small = render_where(&steps[4].1, (40, 12));
    for muscle in ["[x] calf", "[x] soleus", "[x] gluteus minimus"] {
        assert!(small.contains(muscle), "{muscle}: {small}");
    }
    assert!(small.contains("Enter run now"), "{small}");
    let small = render_where(&steps[3].1, (40, 12));
    assert!(small.contains("This could be a blood"), "{small}");
}

/// The main screens of a session in one language, at `size`: the overview, a hold, the
/// rating prompt, the key list and the summary.
fn main_screens(language: crate::lang::Language, size: (u16, u16)) -> Vec<(String, String)> {
    crate::lang::scoped(language, || {
        let mut screens = Vec::new();
        let mut app = reps_app();
        let t0 = Instant::now();
        screens.push(("overview", render(&app, t0, size)));
        app.driver.session.update(Input::Start, t0);
        app.driver.session.tick(secs(t0, 20.0));
        screens.push(("hold", render(&app, secs(t0, 20.0), size)));
        app.driver.session.tick(secs(t0, 66.0));
        app.driver.typed(Action::Digit, Some(6), secs(t0, 66.0));
        screens.push(("rate", render(&app, secs(t0, 67.2), size)));
        app.help = true;
        screens.push(("keys", render(&app, secs(t0, 67.2), size)));
        app.help = false;
        app.driver.act(Action::Confirm, secs(t0, 68.0));
        app.driver.act(Action::Quit, secs(t0, 70.0));
        app.driver
            .on_quit_box(Some(Action::QuitNow), secs(t0, 71.0));
        let _ = app.driver.step(secs(t0, 71.0));
        screens.push(("summary", render(&app, secs(t0, 72.0), size)));
        screens
            .into_iter()
            .map(|(name, text)| (name.to_owned(), text))
            .collect()
    })
}

/// Every main screen in German, Spanish and French at 80x24.
#[test]
fn main_screens_in_each_language() {
    use crate::lang::Language;
    for language in [Language::German, Language::Spanish, Language::French] {
        for (name, text) in main_screens(language, (80, 24)) {
            insta::assert_snapshot!(format!("{}-{name}@80x24", language.code()), text);
        }
    }
}

/// At 40x12 in Spanish and French the rating question, longer than the screen is wide,
/// wraps onto a second line rather than losing its end.
#[test]
fn the_rating_question_is_whole_at_40x12_in_each_language() {
    use crate::lang::{Language, scoped};
    for language in [Language::German, Language::Spanish, Language::French] {
        let screens = main_screens(language, (40, 12));
        let (_, rate) = screens.iter().find(|(n, _)| n == "rate").expect("rate");
        let app = reps_app();
        let plan = app.driver.session.plan();
        let ask = scoped(language, || {
            crate::words::screens::how_tender(&crate::words::spot(plan, plan.spot(0)))
        });
        for word in ask.split_whitespace() {
            assert!(
                rate.contains(word),
                "{language:?}: {word:?} of {ask:?} in\n{rate}"
            );
        }
    }
}

/// In the rest at 40x12, the rating just given stays whole in each language: the rep goes
/// first (the header says it too).
#[test]
fn the_rating_just_given_stays_whole_in_the_rest_at_40x12() {
    use crate::lang::{Language, scoped};
    for language in [Language::German, Language::Spanish, Language::French] {
        scoped(language, || {
            let mut app = reps_app();
            let t0 = Instant::now();
            app.driver.session.update(Input::Start, t0);
            app.driver.session.tick(secs(t0, 66.0));
            app.driver
                .session
                .update(Input::Rate(Some(6)), secs(t0, 66.5));
            let text = render(&app, secs(t0, 67.0), (40, 12));
            let rated = crate::words::rated(6);
            assert!(text.contains(&rated), "{language:?}: {rated:?} in\n{text}");
        });
    }
}

/// The pseudo-language (a third longer, accented) at 40x12: what matters is still there.
#[test]
fn the_pseudo_language_at_40x12_keeps_what_matters() {
    use crate::lang::{Language, scoped};
    let screens = main_screens(Language::Pseudo, (40, 12));
    let find = |name: &str| {
        screens
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, text)| text.clone())
            .expect(name)
    };
    let (hold_badge, rate_badge, begin) = scoped(Language::Pseudo, || {
        (t!("badge-hold"), t!("badge-rate"), t!("key-begin"))
    });
    assert!(find("overview").contains(&begin), "{}", find("overview"));
    let hold = find("hold");
    assert!(hold.contains(&hold_badge) && hold.contains("0:4"), "{hold}");
    let rate = find("rate");
    assert!(
        rate.contains(&rate_badge) && rate.contains(" 10 ") && rate.contains(" 0 "),
        "the scale's ends stay: {rate}"
    );
    for (name, text) in &screens {
        insta::assert_snapshot!(format!("pseudo-{name}@40x12"), text);
    }
}
