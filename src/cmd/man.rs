//! `knead man`: the manual page, built from what the program itself is made of (clap's
//! commands and options, the key table, the places knead keeps things) so that it cannot
//! fall behind them. One page: every command with its options is in it.

use std::io::{self, Write};

use clap::{Arg, ArgAction, CommandFactory as _};
use clap_mangen::roff::{Roff, bold, italic, roman};

use crate::cli::Cli;
use crate::keys;

/// The environment variables knead reads, and what each changes. A test holds this to the
/// variables the source reads.
pub const ENVIRONMENT: &[(&str, &str)] = &[
    (
        "KNEAD_DATA_DIR",
        "The history folder, instead of $XDG_DATA_HOME/knead (--data-dir overrides it).",
    ),
    (
        "KNEAD_FHIR_TOKEN",
        "The bearer token knead export --format fhir --to URL sends the server, unless \
         --token-env names another variable.",
    ),
    (
        "XDG_CONFIG_HOME",
        "Where the settings file and the routines folder are (default ~/.config).",
    ),
    (
        "XDG_DATA_HOME",
        "Where the history is (default ~/.local/share).",
    ),
    (
        "XDG_STATE_HOME",
        "Where the log and a pause of the reminders are (default ~/.local/state).",
    ),
    (
        "XDG_CACHE_HOME",
        "Where rendered speech is kept (default ~/.cache).",
    ),
    (
        "XDG_RUNTIME_DIR",
        "Where the desktop's D-Bus session bus is looked for, for notifications, and \
         whether a systemd user manager runs, for reminders.",
    ),
    (
        "DBUS_SESSION_BUS_ADDRESS",
        "The D-Bus session bus for notifications; without it (and without \
         $XDG_RUNTIME_DIR/bus) notifications are off, with a notice.",
    ),
    (
        "VISUAL, EDITOR",
        "The editor knead edit opens (VISUAL first); without either, knead says so.",
    ),
    ("NO_COLOR", "When set to anything, no colours."),
    (
        "LANGUAGE, LC_ALL, LC_MESSAGES, LANG",
        "The language of every screen, phrase, notification and report: the locale is the \
         first of LC_ALL, LC_MESSAGES and LANG that is set (de_DE.UTF-8, de and de_AT are \
         German), and LANGUAGE's list (fr:de) comes before it unless the locale is C, as \
         gettext reads them; English where none names German, Spanish or French. \
         [display] language in the settings, a routine's language and --lang come first.",
    ),
    (
        "KNEAD_EFFECTS_LOG",
        "A file to which a session appends one line per cue, notification, phrase and \
         second shown, with its due time, and a heard: line for each sound the sound \
         server started, with when it was to be heard (a phrase's words) and how late the \
         server made it: for measuring how punctual knead is.",
    ),
    (
        "COMPLETE",
        "Set by the completion scripts (knead completions) when they ask knead for the \
         words that can follow; not for setting by hand.",
    ),
];

/// The places knead keeps things on Linux, and what each holds.
const FILES: &[(&str, &str)] = &[
    (
        "$XDG_CONFIG_HOME/knead/config.toml",
        "Settings, in sections: [audio] (volume, mute, the bell, your own sounds), \
         [notifications], [session] (get-ready time, going on by itself), [display] (how the \
         body is drawn), [voice], [remind] (quiet hours, the terminal Start opens, the \
         scheduler, how long a reminder waits) and [hooks] (commands run when a session \
         starts, a hold ends and the session ends). Optional; knead config checks it, knead \
         config --default prints one with every setting.",
    ),
    (
        "$XDG_CONFIG_HOME/knead/routines/",
        "Your routines, NAME.toml, run by name (knead run NAME); knead new starts one.",
    ),
    (
        "$XDG_DATA_HOME/knead/history.db",
        "The history (SQLite): every session, hold and rating, and imported clients' \
         histories. knead export reads it out.",
    ),
    (
        "$XDG_CONFIG_HOME/systemd/user/knead-remind-NAME.timer, .service",
        "A reminder (knead remind add), run by systemd; on macOS \
         ~/Library/LaunchAgents/org.knead.remind.NAME.plist, on Windows a task in the \
         Task Scheduler's knead folder; cron keeps its lines in your crontab.",
    ),
    (
        "$XDG_RUNTIME_DIR/knead/status.json",
        "What a running session is doing, written at each phase change, for knead status; \
         gone when the session ends.",
    ),
    (
        "$XDG_STATE_HOME/knead/knead.log",
        "The log: what went wrong and why, in the libraries' own words (-v for more).",
    ),
    (
        "$XDG_CACHE_HOME/knead/voice/",
        "Spoken phrases, rendered once and kept by text, engine and voice; safe to delete.",
    ),
    (
        "/usr/share/knead/routine.schema.json",
        "The JSON Schema of routine files (also knead schema), for editors (Debian package).",
    ),
];

/// How knead's exit status reads.
const EXIT_STATUS: &[(&str, &str)] = &[
    (
        "0",
        "Done: the session ended (completed, partly done or quit with q then y), the \
         routines are valid, the file was written.",
    ),
    (
        "1",
        "Something failed: a routine or settings file with errors, a file that could not \
         be read or written, a history that could not be used.",
    ),
    (
        "2",
        "The command line was wrong (an unknown option, a missing argument).",
    ),
    (
        "130",
        "Ended by Ctrl-C (a second Ctrl-C at the quit question).",
    ),
    (
        "129, 143",
        "Ended by the terminal hanging up (SIGHUP) or by SIGTERM; what was done is kept and \
         the session is recorded as interrupted.",
    ),
];

const EXAMPLES: &[(&str, &str)] = &[
    (
        "knead run desk-neck",
        "A five-minute neck and shoulder break.",
    ),
    (
        "knead run --plain --no-voice post-run-legs",
        "Line by line, for a screen reader or a script; ratings typed as numbers.",
    ),
    (
        "knead check ~/clients/maria.toml",
        "Check a routine file; each mistake with its line and column.",
    ),
    (
        "knead export --format json --since 2026-11-01 > sessions.json",
        "Your sessions since November, to give to your therapist.",
    ),
    (
        "knead import sessions.json --client maria",
        "A therapist keeps a client's export as a history of its own ...",
    ),
    (
        "knead report --client maria --out maria.html",
        "... and writes the report for the follow-up appointment.",
    ),
    (
        "source <(knead completions bash)",
        "Tab completion in this shell, routine names included (the Debian package \
         installs it for bash, zsh and fish).",
    ),
];

const DESCRIPTION: &str = "knead guides you through a self-massage routine: timed \
trigger-point holds (ischemic compression) with a ball, foam roller, thumb or ice pack, rests \
between them, a 0-10 pain rating after each hold, sound cues, spoken guidance and desktop \
notifications, so you can follow it without looking at the screen. Every session is kept as \
history, on your machine only.";

const DESCRIPTION_ROUTINES: &str = "Routines are TOML files. Some come with knead (knead \
list shows them); your own live in the routines folder (see FILES) and are run by name, or any file is \
run by its path. knead check explains each mistake with its line and column, and knead schema \
prints the JSON Schema for editors.";

/// Writes the man page (roff) to `out`.
pub fn write(out: &mut dyn Write) -> io::Result<()> {
    out.write_all(render().as_bytes())
}

/// The whole page.
pub fn render() -> String {
    // The man page stays English, whatever the language (as --help does).
    crate::lang::scoped(crate::lang::Language::English, page)
}

fn page() -> String {
    let mut cli = Cli::command();
    cli.build();
    let mut page = Roff::new();
    page.control(
        "TH",
        [
            "KNEAD",
            "1",
            "",
            &format!("knead {}", env!("CARGO_PKG_VERSION")),
            "User Commands",
        ],
    );
    page.control("SH", ["NAME"]);
    page.text([roman(format!(
        "knead - {}",
        cli.get_about().map(ToString::to_string).unwrap_or_default()
    ))]);

    page.control("SH", ["SYNOPSIS"]);
    page.text([bold("knead"), roman(" ["), italic("OPTIONS"), roman("] ")]);
    page.text([italic("COMMAND"), roman(" ["), italic("ARGS"), roman("]")]);
    page.control("br", []);
    page.text([bold("knead run"), roman(" "), italic("ROUTINE")]);

    page.control("SH", ["DESCRIPTION"]);
    page.text([roman(DESCRIPTION)]);
    page.control("PP", []);
    page.text([roman(DESCRIPTION_ROUTINES)]);

    page.control("SH", ["OPTIONS"]);
    page.text([roman("These apply to every command.")]);
    for arg in cli.get_arguments() {
        option(&mut page, arg);
    }

    page.control("SH", ["COMMANDS"]);
    for command in cli.get_subcommands().filter(|c| c.get_name() != "help") {
        command_entry(&mut page, command, "knead");
    }

    page.control("SH", ["KEYS"]);
    page.text([roman(
        "During a session (knead run) and on the history screen. In --plain mode the \
         same words are typed as lines: a number rates (typed before its prompt, it is kept \
         for it), p pauses, n goes on, q asks whether to quit and y quits.",
    )]);
    for (keys, what) in keys::help() {
        entry(&mut page, &[bold(keys)], &what);
    }
    page.control("PP", []);
    page.text([roman("On the home screen (knead alone, in a terminal):")]);
    for (keys, what) in keys::home_help() {
        entry(&mut page, &[bold(keys)], &what);
    }
    page.control("PP", []);
    page.text([roman(
        "Where does it hurt? (knead where, or w on the home screen):",
    )]);
    for (keys, what) in keys::where_help() {
        entry(&mut page, &[bold(keys)], &what);
    }

    page.control("SH", ["FILES"]);
    page.text([roman(
        "On Linux; other systems keep them in their own folders (knead config --path \
         shows where).",
    )]);
    for (path, what) in FILES {
        entry(&mut page, &[italic(*path)], what);
    }

    section(&mut page, "ENVIRONMENT", ENVIRONMENT);
    section(&mut page, "EXIT STATUS", EXIT_STATUS);
    section(&mut page, "EXAMPLES", EXAMPLES);

    page.control("SH", ["SEE ALSO"]);
    page.text([
        bold("espeak-ng"),
        roman("(1), which knead runs for its voice; the README and CHANGELOG in "),
        italic("/usr/share/doc/knead/"),
        roman("."),
    ]);
    page.render()
}

/// A section of tagged paragraphs, each term in bold.
fn section(page: &mut Roff, title: &str, rows: &[(&str, &str)]) {
    page.control("SH", [title]);
    for (term, what) in rows {
        entry(page, &[bold(*term)], what);
    }
}

/// A tagged paragraph: `term` on its line, `what` indented below.
fn entry(page: &mut Roff, term: &[clap_mangen::roff::Inline], what: &str) {
    page.control("TP", []);
    page.text(term.to_vec());
    page.text([roman(what)]);
}

/// One command: its synopsis, what it does, its own options (the global ones are under
/// OPTIONS), then each of its subcommands (`knead remind add`) the same way.
fn command_entry(page: &mut Roff, command: &clap::Command, parent: &str) {
    let name = format!("{parent} {}", command.get_name());
    let own: Vec<&Arg> = command
        .get_arguments()
        .filter(|a| !is_help(a) && !a.is_global_set())
        .collect();
    let mut synopsis = vec![bold(name.clone())];
    if command.has_subcommands() {
        synopsis.push(roman(" "));
        synopsis.push(italic("COMMAND"));
    }
    if own.iter().any(|a| !a.is_positional()) {
        synopsis.push(roman(" ["));
        synopsis.push(italic("OPTIONS"));
        synopsis.push(roman("]"));
    }
    for arg in own.iter().filter(|a| a.is_positional()) {
        let name = arg.get_id().as_str().to_uppercase();
        let many = matches!(arg.get_action(), ArgAction::Append);
        synopsis.push(roman(" "));
        match (arg.is_required_set(), many) {
            (true, _) => synopsis.push(italic(name)),
            (false, false) => synopsis.extend([roman("["), italic(name), roman("]")]),
            (false, true) => synopsis.extend([roman("["), italic(name), roman("]...")]),
        }
    }
    page.control("SS", []);
    page.text(synopsis);
    page.text([roman(
        command
            .get_long_about()
            .or(command.get_about())
            .map(ToString::to_string)
            .unwrap_or_default(),
    )]);
    for arg in own {
        option(page, arg);
    }
    for sub in command.get_subcommands().filter(|c| c.get_name() != "help") {
        command_entry(page, sub, &name);
    }
}

/// An option or argument: how it is written, and its help (with the values it takes).
fn option(page: &mut Roff, arg: &Arg) {
    let value = arg
        .get_value_names()
        .and_then(|names| names.first())
        .map_or_else(|| arg.get_id().as_str().to_uppercase(), ToString::to_string);
    let mut term = Vec::new();
    if arg.is_positional() {
        term.push(italic(value));
    } else {
        if let Some(short) = arg.get_short() {
            term.push(bold(format!("-{short}")));
            term.push(roman(", "));
        }
        if let Some(long) = arg.get_long() {
            term.push(bold(format!("--{long}")));
        }
        if arg.get_action().takes_values() {
            term.push(roman(" "));
            term.push(italic(value));
        }
    }
    // The help is written for --help, where `code` reads as code; a man page has no backticks.
    let mut help = arg
        .get_long_help()
        .or(arg.get_help())
        .map(|help| help.to_string().replace('`', ""))
        .unwrap_or_default();
    let values: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_owned())
        .collect();
    if !values.is_empty() && arg.get_action().takes_values() {
        help = format!(
            "{}. One of: {}.",
            help.trim_end_matches('.'),
            values.join(", ")
        );
    }
    page.control("TP", []);
    page.text(term);
    page.text([roman(help)]);
}

fn is_help(arg: &Arg) -> bool {
    matches!(
        arg.get_action(),
        ArgAction::Help | ArgAction::HelpLong | ArgAction::HelpShort | ArgAction::Version
    )
}
