//! The words of "where does it hurt?": the red flags asked before any muscle, what to do when
//! one is answered yes, when to see a clinician, and the routine written for a zone.

use std::fmt::Write as _;

use crate::body::Region;
use crate::body::zones::{self, Flag, Zone};
use crate::t;

/// A red flag's words: `question`, `advice` or `safety`.
fn flag_words(flag: Flag, what: &str) -> String {
    let name = match flag {
        Flag::Heart => "heart",
        Flag::Headache => "headache",
        Flag::Clot => "clot",
        Flag::Nerve => "nerve",
        Flag::InjuryOrFever => "injury",
    };
    crate::lang::message(&format!("where-flag-{name}-{what}"), &[])
}

/// The question a red flag asks, answered yes or no.
pub fn question(flag: Flag) -> String {
    flag_words(flag, "question")
}

/// What to do when a red flag is answered yes: knead builds nothing then.
pub fn advice(flag: Flag) -> String {
    flag_words(flag, "advice")
}

/// A red flag as a routine's safety line, shown before each session (at most 200
/// characters, as every safety line).
pub fn safety(flag: Flag) -> String {
    flag_words(flag, "safety")
}

/// When to see a clinician instead, said with every zone.
pub fn see_a_clinician() -> String {
    t!("where-see-a-clinician")
}

/// The heading of a zone's muscles.
pub fn muscles_heading(zone: &Zone) -> String {
    t!("where-muscles-heading", zone = zone.name())
}

/// A muscle in a zone's list: "upper trapezius (both sides), lacrosse ball, 45 s".
pub fn muscle_line(region: &Region) -> String {
    let name = if region.sided {
        t!("where-muscle-both-sides", muscle = region.local_name())
    } else {
        region.local_name()
    };
    t!(
        "where-muscle",
        region = name,
        tool = tool_name(region),
        seconds = zones::hold_seconds(region)
    )
}

/// The tool `knead where` suggests for a region, in the language spoken.
pub fn tool_name(region: &Region) -> String {
    match zones::tool(region) {
        "thumb" => t!("where-tool-thumb"),
        "foam roller" => t!("where-tool-foam-roller"),
        _ => t!("where-tool-ball"),
    }
}

/// When Enter or s is pressed with no muscle picked.
pub fn none_picked() -> String {
    t!("where-none-picked")
}

/// A typed place knead does not know, with its guess.
pub fn not_found(typed: &str, guess: Option<String>) -> String {
    match guess {
        Some(guess) => t!("where-not-found-meant", typed = typed.trim(), meant = guess),
        None => t!("where-not-found", typed = typed.trim()),
    }
}

/// Under a place on the map.
pub fn enter_chooses() -> String {
    t!("where-enter-chooses")
}

/// "Question 1 of 3".
pub fn flag_count(n: usize, of: usize) -> String {
    t!("where-question-of", number = n, count = of)
}

/// After a routine was saved.
pub fn saved(name: &str) -> String {
    t!("where-saved", name = name)
}

/// A muscle taken or left in the picker's list.
pub const fn picked_mark(picked: bool) -> &'static str {
    if picked { "[x]" } else { "[ ]" }
}

/// The picker's title.
pub fn title() -> String {
    t!("where-title")
}

/// The picker's line under the title on the map.
pub fn map_hint() -> String {
    t!("where-map-hint")
}

/// The heading of the care screen.
pub fn seek_care() -> String {
    t!("where-seek-care")
}

/// The red flags' heading.
pub fn flags_heading() -> String {
    t!("where-flags-heading")
}

/// The line before the routine is built, for plain text.
pub fn build_hint(zone: &Zone) -> String {
    t!("where-build-hint", zone = shell_word(&zone.name()))
}

/// After `--save`: how to run what was written.
pub fn runs_it(name: &str) -> String {
    t!("where-runs-it", name = name)
}

/// The yes/no after each red flag, and the words taken as yes and as no.
pub fn yes_no() -> String {
    t!("where-yes-no")
}

/// Whether `answer` (trimmed, lowercase) is yes, no, or neither, in English or the language
/// spoken.
pub fn answer(answer: &str) -> Option<bool> {
    let listed = |id| {
        crate::lang::message(id, &[])
            .split(',')
            .map(|w| w.trim().to_lowercase())
            .collect::<Vec<_>>()
    };
    let is =
        |id, english: &[&str]| english.contains(&answer) || listed(id).iter().any(|w| w == answer);
    if is("where-yes-words", &["y", "yes"]) {
        Some(true)
    } else if is("where-no-words", &["n", "no"]) {
        Some(false)
    } else {
        None
    }
}

fn shell_word(text: &str) -> String {
    if text.contains(' ') {
        format!("\"{text}\"")
    } else {
        text.to_owned()
    }
}

/// A routine for `zone` working `regions` in order, as a commented TOML file that passes
/// `knead check` without warnings: its words in the language spoken, its keys as TOML's.
pub fn routine(zone: &Zone, regions: &[&Region]) -> String {
    let name = zone.name();
    let title = capitalised(&name);
    let mut safety: Vec<String> = zone.flags.iter().map(|flag| safety(*flag)).collect();
    if regions
        .iter()
        .any(|r| matches!(r.id, "sternocleidomastoid" | "scalenes"))
    {
        safety.push(t!("where-safety-neck"));
    }
    safety.push(t!("where-safety-pressure"));
    // Writing to a String cannot fail.
    let mut text = String::new();
    let _ = writeln!(text, "#:schema ../schema/routine.schema.json");
    for line in t!("where-routine-comment", zone = name.as_str()).lines() {
        let _ = writeln!(text, "# {line}");
    }
    let _ = writeln!(text, "name = {}", toml_string(&title));
    let description = t!(
        "where-routine-description",
        zone = name.as_str(),
        see = see_a_clinician()
    );
    let _ = writeln!(text, "description = {}", toml_string(&description));
    let _ = writeln!(text, "author = \"knead where\"\nsafety = [");
    for line in &safety {
        let _ = writeln!(text, "    {},", toml_string(line));
    }
    let _ = writeln!(text, "]\n\n[defaults]\nprepare = \"5s\"\nrest = \"15s\"");
    for region in regions {
        // The region in the language spoken: knead reads it in any language it speaks. The
        // tool stays as knead's tools are named.
        let _ = writeln!(
            text,
            "\n[[step]]\nregion = {}\ntool = {}\nhold = \"{}s\"",
            toml_string(&region.local_name()),
            toml_string(zones::tool(region)),
            zones::hold_seconds(region)
        );
        if region.sided {
            let _ = writeln!(text, "side = \"both\"");
        }
        let _ = writeln!(text, "cue = {}", toml_string(&region.local_find()));
    }
    text
}

/// A TOML basic string.
fn toml_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::body::zones::ZONES;
    use crate::routine::parse;

    #[test]
    fn every_zone_s_routine_reads_without_errors_or_warnings() {
        for zone in ZONES {
            let regions: Vec<&Region> = zone.regions().collect();
            let text = routine(zone, &regions);
            let parsed = parse(&text);
            assert!(
                parsed.routine.is_some(),
                "{}: {:?}\n{text}",
                zone.id,
                parsed.diagnostics
            );
            assert!(
                parsed.diagnostics.is_empty(),
                "{}: {:?}\n{text}",
                zone.id,
                parsed.diagnostics
            );
            let built = parsed.routine.expect("a routine");
            assert_eq!(built.steps.len(), regions.len());
            let total = built.total_time();
            assert!(
                total.as_secs() > 30 && total.as_secs() < 2 * 60 * 60,
                "{}",
                zone.id
            );
        }
    }

    #[test]
    fn every_red_flag_asks_and_says_what_to_do() {
        for flag in Flag::ALL {
            assert!(question(flag).ends_with('?'));
            assert!(!advice(flag).is_empty());
        }
        assert!(advice(Flag::Heart).contains("emergency"));
    }
}
