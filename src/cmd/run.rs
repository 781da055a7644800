//! `knead run`: checks the routine and the settings, opens sound and notifications, then
//! guides the session full-screen or line by line.

use crate::cli::RunArgs;
use crate::error::{Error, Result};
use knead_core::t;
use std::io::{self, IsTerminal as _, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use crate::app::{App, Ended, Exit};
use crate::audio::{Audio, Choices};
use crate::catalog;
use crate::config::{self, Settings};
use crate::history::Screening;
use crate::history::{self, Programme, Recorder, SessionMeta};
use crate::hooks::Hooks;
use crate::notify::Notifications;
use crate::outputs::Outputs;
use crate::plain;
use crate::prescribed;
use crate::session::Session;
use crate::speech;
use crate::stderr_log;
use crate::theme::Theme;
use crate::threads::Waker;
use crate::voice::{self, Engine, Voice};

/// Runs a session; a routine or settings file with errors is reported, not run.
pub fn run(args: &RunArgs, data_dir: Option<&PathBuf>) -> Result {
    Ok(match session(args, data_dir)? {
        Went::Ran(ended) => exit_code(ended),
        // Stopping as the stop rules advise is the programme working, not a failure.
        Went::NotStarted(NotStarted::AsAdvised) => ExitCode::SUCCESS,
        Went::NotStarted(NotStarted::Settings | NotStarted::NoAnswer) => ExitCode::FAILURE,
    })
}

/// How a session went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Went {
    /// It ran, and ended so.
    Ran(Ended),
    /// It did not start.
    NotStarted(NotStarted),
}

/// Why a session did not start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotStarted {
    /// The settings have errors and the person did not run on the defaults.
    Settings,
    /// The stop rules were left unanswered.
    NoAnswer,
    /// A stop rule applied and the person stopped, as advised; the answer is kept.
    AsAdvised,
}

/// Runs a session and says how it went. `c` on the overview of a routine with stop rules
/// (something changed since they were answered) asks them again, then shows the overview
/// anew.
pub fn session(args: &RunArgs, data_dir: Option<&PathBuf>) -> Result<Went> {
    let mut ask_again = args.ask_again;
    loop {
        match session_once(args, data_dir.cloned(), ask_again)? {
            Went::Ran(Ended::App(Exit::AskAgain)) => ask_again = true,
            went @ (Went::Ran(Ended::App(Exit::Done | Exit::Interrupted) | Ended::Signal(_))
            | Went::NotStarted(_)) => return Ok(went),
        }
    }
}

/// One overview and, if it begins, one session; `ask_again` asks the stop rules whatever
/// the last answer was.
fn session_once(args: &RunArgs, data_dir: Option<PathBuf>, ask_again: bool) -> Result<Went> {
    let mut err = anstream::stderr();
    let (checked, routine) = checked_routine(&args.routine, &mut err)?;
    let settings = if args.ignore_config {
        Settings::default()
    } else {
        let Some(settings) = settings(&mut err)? else {
            return Ok(Went::NotStarted(NotStarted::Settings));
        };
        settings
    };
    let data_dir = history::data_dir(data_dir);
    let mut meta = SessionMeta::new(&routine, checked.source.text(), checked.source.name());
    let plain_mode = args.plain || !io::stdin().is_terminal() || !io::stdout().is_terminal();
    let course = match prescription(
        &routine,
        &mut meta,
        data_dir.as_deref(),
        (plain_mode, ask_again),
    )? {
        Prescribed::Run(course) => course,
        Prescribed::Stop(why) => return Ok(Went::NotStarted(why)),
    };
    let routine = course
        .as_ref()
        .map_or_else(|| routine.clone(), |c| routine.in_phase(c.today.phase));
    let prescribed = course.is_some();
    let asks = course.as_ref().map(|c| c.asks).unwrap_or_default();
    let headline = course.map(|c| c.headline);
    let routine = routine.with_default_prepare(settings.prepare);
    let speaks = voice_wanted(args, &settings.voice);
    let session = Session::new(routine, args.auto_advance || settings.auto_advance)
        .with_time_left(speaks && settings.voice.level == speech::Level::Full)
        .with_measures(asks.activities, asks.change_of);

    // Before the screen is taken and stderr goes to the log: the wait is said.
    let voice = (speaks && Audio::may_have_output()).then(|| {
        let choices = &settings.voice;
        let phrases = speech::every_phrase(session.plan(), choices.level);
        let engine = Engine::from_choices(choices);
        let first = first_phrase(&session, &engine, choices.level);
        (engine, phrases, first, choices.clone())
    });

    // From here until the session ends, the sound libraries' stderr chatter goes to the log.
    let redirect = stderr_log::Redirect::to_log().ok();
    let choices = Choices {
        volume: args.volume.unwrap_or(settings.volume),
        mute: args.mute || settings.mute,
        bell: settings.bell,
        sounds: settings.sounds.clone(),
    };
    let notify = settings.notifications && !args.no_notify;
    let moments = settings.notify_moments.clone();
    let hooks = settings.hooks.clone();
    let open_outputs = move |wake: Waker| {
        let mut audio = Audio::open(&choices);
        // No sound output, no voice: nothing is rendered.
        if let Some((engine, phrases, first, choices)) = voice.filter(|_| audio.has_device()) {
            let first = first.into_iter().collect();
            let voice = Voice::start_with(engine, voice::cache_dir(), phrases, first);
            audio = audio.with_voice(voice, choices.level, true, choices.volume);
        }
        let outputs = Outputs::new(
            audio,
            Notifications::desktop(notify).with_moments(&moments),
            Recorder::open(data_dir.as_deref(), meta, wake),
            Instant::now(),
        )
        .with_hooks(Hooks::new(hooks));
        for notice in outputs.notices() {
            tracing::warn!("{notice}");
        }
        outputs
    };
    tracing::info!(routine = %session.plan().routine().name, holds = session.plan().len(), "session starting");
    let mut out = io::stdout().lock();
    if plain_mode {
        let asks = plain::Asks {
            headline: headline.as_deref(),
            note: prescribed,
        };
        let ended = run_plain(session, &asks, open_outputs, &mut out);
        drop(redirect);
        return ended.map(Went::Ran);
    }
    // The overview is drawn first; sound, notifications and the history (which take tens of
    // milliseconds to open) come right after it, long before a person can press Enter.
    let glyphs = args.glyphs.map_or(settings.glyphs, Into::into);
    let mut app = App::new(session, Theme::from_env(), Outputs::silent())
        .with_glyphs(glyphs)
        .with_headline(headline);
    let ended = crate::tui::run(&mut app, open_outputs);
    let outputs = &mut app.driver.outputs;
    outputs.finish();
    std::mem::replace(&mut outputs.audio, Audio::silent()).abandon();
    drop(redirect);
    let ended = ended?;
    // The full screen is gone: leave the results where the person can still read them (a
    // closed terminal after SIGHUP takes them nowhere, which is no reason to fail).
    let driver = &app.driver;
    // A session a signal ended says so even before its first hold was recorded, as plain
    // mode does; one quit on its overview has nothing to sum up.
    let began = driver.session.records().iter().any(Option::is_some)
        || (matches!(ended, Ended::Signal(_)) && !driver.session.plan().is_empty());
    if began {
        let said = plain::summary(&driver.session, driver.outputs.history.as_ref(), &mut out);
        if matches!(ended, Ended::App(_)) {
            said?;
        }
    }
    Ok(Went::Ran(ended))
}

/// The phrase `session` begins with, rendered now (before the session can begin), waiting
/// at most [`FIRST_PHRASE_WITHIN`] for the engine and saying so while it does.
fn first_phrase(session: &Session, engine: &Engine, level: speech::Level) -> Option<voice::Phrase> {
    let mut begun = session.clone();
    begun.update(crate::session::Input::Start, Instant::now());
    let effects = begun.take_effects();
    let text = speech::phrases(&begun, &effects, level)
        .into_iter()
        .next()?
        .text;
    let cache = voice::cache_dir();
    voice::first_phrase(engine, cache.as_deref(), &text, FIRST_PHRASE_WITHIN, || {
        let _ = writeln!(io::stdout(), "{}", crate::words::preparing_voice());
    })
}

/// Longest the start waits for the first phrase to be rendered.
const FIRST_PHRASE_WITHIN: Duration = Duration::from_secs(3);

/// A session in plain mode; what could not be saved is said at the end.
fn run_plain(
    session: Session,
    asks: &plain::Asks<'_>,
    open: impl FnOnce(Waker) -> Outputs,
    out: &mut dyn Write,
) -> Result<Ended> {
    let (mut driver, ended) = plain::run(session, asks, open, out)?;
    let outputs = &mut driver.outputs;
    if outputs.finish() > 0
        && let Some(notice) = outputs.history.as_ref().and_then(Recorder::notice)
    {
        writeln!(out, "{notice}")?;
    }
    std::mem::replace(&mut outputs.audio, Audio::silent()).abandon();
    Ok(ended)
}

/// Whether a prescribed session goes ahead.
enum Prescribed {
    /// It runs, at this place in the programme (`None`: the routine has no prescription).
    Run(Option<prescribed::Course>),
    /// The person stopped at the stop rules.
    Stop(NotStarted),
}

/// Today's week and phase of `routine`'s prescription, from the history's sessions, and the
/// stop rules when they are due; what is decided goes into `meta`. Runs before the session's
/// loop, so the few milliseconds of reading (and writing an answer) delay nothing on it.
fn prescription(
    routine: &crate::routine::Routine,
    meta: &mut SessionMeta,
    data_dir: Option<&std::path::Path>,
    (plain_mode, ask_again): (bool, bool),
) -> Result<Prescribed> {
    let Some(p) = &routine.prescription else {
        return Ok(Prescribed::Run(None));
    };
    let store = data_dir.and_then(history::Store::peek);
    let starts = store
        .as_ref()
        .and_then(|s| s.starts().ok())
        .unwrap_or_default();
    let now = jiff::Zoned::now();
    let Some(mut course) = prescribed::course(routine, &meta.routine_path, &starts, &now) else {
        return Ok(Prescribed::Run(None));
    };
    let last = store
        .as_ref()
        .and_then(|s| s.last_screening(&meta.routine_hash).ok().flatten());
    let measured = store
        .as_ref()
        .and_then(|s| s.measured().ok())
        .unwrap_or_default();
    drop(store);
    course.asks = course.measures(
        p,
        (&measured, &starts),
        (&meta.routine_path, &meta.routine_name),
        (
            prescribed::week_began(p, course.today, &now),
            now.time_zone(),
        ),
    );
    let mut screening = None;
    let due = prescribed::must_ask(p, last, prescribed::week_began(p, course.today, &now));
    if (ask_again && !p.stop_if.is_empty()) || due {
        let mut err = anstream::stderr();
        let answers = if plain_mode {
            prescribed::ask(p, prescribed::Typing::Lines, &mut err, first_char_of_line)?
        } else {
            prescribed::ask(p, prescribed::Typing::Keys, &mut err, key)?
        };
        let Some(answers) = answers else {
            writeln!(err, "knead: {}", t!("rules-no-answer"))?;
            return Ok(Prescribed::Stop(NotStarted::NoAnswer));
        };
        let kept = keep_answer(data_dir, meta, &answers);
        if answers.screening == Screening::YesStopped {
            let who = p.by.clone().unwrap_or_else(|| t!("rules-your-therapist"));
            match kept {
                Ok(()) => writeln!(err, "{}", t!("rules-kept", who = who.as_str()))?,
                Err(why) => writeln!(
                    err,
                    "{}",
                    t!("rules-not-kept", who = who.as_str(), why = why.as_str())
                )?,
            }
            return Ok(Prescribed::Stop(NotStarted::AsAdvised));
        }
        if let Err(why) = kept {
            writeln!(
                err,
                "knead: {}",
                t!("rules-answer-not-kept", why = why.as_str())
            )?;
        }
        screening = Some(answers.screening);
    }
    meta.programme = Programme {
        stop_above: meta.programme.stop_above,
        ..course.programme(p, screening)
    };
    Ok(Prescribed::Run(Some(course)))
}

/// Writes the answers to the stop rules to the history; why not, in words, when it cannot
/// (the person is told: a yes that stopped has no session row to keep it).
fn keep_answer(
    data_dir: Option<&std::path::Path>,
    meta: &SessionMeta,
    answers: &prescribed::Answers,
) -> std::result::Result<(), String> {
    let Some(dir) = data_dir else {
        return Err(t!("error-no-data-folder-short"));
    };
    history::Store::open(dir)
        .and_then(|mut store| {
            store.screen(
                &meta.routine_name,
                &meta.routine_hash,
                &jiff::Zoned::now(),
                answers.screening,
                &answers.yes_to,
            )
        })
        .map_err(|e| {
            tracing::warn!("the answer to the stop rules was not saved: {e}");
            e.to_string()
        })
}

/// The first character of the next line on stdin; `None` at its end.
fn first_char_of_line() -> io::Result<Option<char>> {
    let mut line = String::new();
    if io::stdin().read_line(&mut line)? == 0 {
        return Ok(None);
    }
    Ok(Some(line.trim().chars().next().unwrap_or(' ')))
}

/// Whether this session speaks: `--voice` / `--no-voice`, else the settings, else on (it
/// stays silent, with a notice, when no engine is found).
fn voice_wanted(args: &RunArgs, choices: &voice::Choices) -> bool {
    if args.no_voice {
        false
    } else {
        args.voice || choices.enabled.unwrap_or(true)
    }
}

/// The routine `name` names, checked; its errors are printed and refuse it.
fn checked_routine(
    name: &str,
    err: &mut dyn Write,
) -> Result<(catalog::Checked, crate::routine::Routine)> {
    let checked = catalog::resolve(name)?;
    let Some(routine) = checked.parsed.routine.clone() else {
        for diagnostic in &checked.parsed.diagnostics {
            write!(err, "{}", checked.source.render(diagnostic, true))?;
        }
        return Err(Error::Failed(t!(
            "error-routine-has-errors",
            name = checked.source.name()
        )));
    };
    // From here the session speaks the routine's language, if it has one.
    super::speak_routines_language(&routine);
    Ok((checked, routine))
}

/// The exit status for how a session ended: 130 for Ctrl-C, 128 + N for signal N.
pub fn exit_code(ended: Ended) -> ExitCode {
    match ended {
        // AskAgain: the session loops back to the stop rules before this is reached.
        Ended::App(Exit::Done | Exit::AskAgain) => ExitCode::SUCCESS,
        Ended::App(Exit::Interrupted) => {
            ExitCode::from(crate::signals::Signal::Interrupt.exit_status())
        }
        Ended::Signal(signal) => ExitCode::from(signal.exit_status()),
    }
}

/// The person's settings; when they have errors, what is wrong with them, and at a terminal
/// the choice to run on the defaults this once (a five-minute break is not the moment to
/// debug a settings file). `None` when the session should not start.
fn settings(err: &mut dyn Write) -> io::Result<Option<Settings>> {
    let Some(path) = config::path() else {
        return Ok(Some(Settings::default()));
    };
    let loaded = config::load(&path);
    for diagnostic in &loaded.diagnostics {
        write!(err, "{}", loaded.source.render(diagnostic, true))?;
    }
    if !loaded.has_errors() {
        return Ok(Some(loaded.settings));
    }
    if !(io::stdin().is_terminal() && io::stderr().is_terminal()) {
        let path = path.display().to_string();
        writeln!(
            err,
            "knead: {}",
            t!("run-settings-fix-or-ignore", path = path)
        )?;
        return Ok(None);
    }
    let path = path.display().to_string();
    write!(err, "knead: {} ", t!("run-settings-ask", path = path))?;
    err.flush()?;
    let key = key()?;
    let yes = key.filter(|c| is_yes(*c));
    writeln!(err, "{}", yes.map(String::from).unwrap_or_default())?;
    if yes.is_some() {
        Ok(Some(Settings::default()))
    } else {
        writeln!(err, "knead: {}", t!("run-settings-fix"))?;
        Ok(None)
    }
}

/// Waits for one key at the terminal; whether it was `y`.
/// Whether `c` answers yes: `y`, or the language's yes (`j`, `s`, `o`).
fn is_yes(c: char) -> bool {
    let local = t!("answer-yes-key").chars().next();
    c.eq_ignore_ascii_case(&'y') || local.is_some_and(|l| c.eq_ignore_ascii_case(&l))
}

/// Waits for one key at the terminal: its character, `None` for Esc, Ctrl-C or a key
/// without one. The terminal is in raw mode only while waiting, so the key needs no Enter
/// and is not echoed.
#[expect(
    clippy::wildcard_enum_match_arm,
    reason = "crossterm's key codes: only a character or Enter answers"
)]
fn key() -> std::io::Result<Option<char>> {
    use crossterm::event::{self, Event, KeyCode, KeyEventKind, KeyModifiers};
    use crossterm::terminal;

    terminal::enable_raw_mode()?;
    let key = loop {
        match event::read() {
            Ok(Event::Key(key)) if key.kind == KeyEventKind::Press => break Ok(key),
            Ok(_) => {}
            Err(e) => break Err(e),
        }
    };
    terminal::disable_raw_mode()?;
    let key = key?;
    Ok(match key.code {
        KeyCode::Char(_) if key.modifiers.contains(KeyModifiers::CONTROL) => None,
        KeyCode::Char(c) => Some(c),
        KeyCode::Enter => Some('\n'),
        _ => None,
    })
}
