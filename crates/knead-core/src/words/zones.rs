//! The words of "where does it hurt?": the red flags asked before any muscle, what to do when
//! one is answered yes, when to see a clinician, and the routine written for a zone.

use std::fmt::Write as _;

use crate::body::Region;
use crate::body::zones::{self, Flag, Zone};

/// The question a red flag asks, answered yes or no.
pub fn question(flag: Flag) -> &'static str {
    match flag {
        Flag::Heart => {
            "Is it pain or pressure in the chest, or pain spreading to the arm, jaw, neck or \
             back, perhaps with breathlessness, sweating or feeling sick?"
        }
        Flag::Headache => {
            "Did the headache come on suddenly and badly, the worst you have had, or with a \
             stiff neck, confusion, fainting or changes in sight or speech?"
        }
        Flag::Clot => {
            "Is the leg swollen, warm, red or tender along the calf, or are you short of \
             breath?"
        }
        Flag::Nerve => {
            "Is there numbness, pins and needles or weakness in an arm, hand, leg or foot, or \
             any new trouble holding urine or stools?"
        }
        Flag::InjuryOrFever => {
            "Did it start with a fall, a blow or an accident, or do you have a fever or feel \
             unwell?"
        }
    }
}

/// What to do when a red flag is answered yes: knead builds nothing then.
pub fn advice(flag: Flag) -> &'static str {
    match flag {
        Flag::Heart => {
            "This could be your heart. Call the emergency services now (112 in Europe, 911 \
             in North America, 999 in the UK). Do not massage."
        }
        Flag::Headache => {
            "A sudden, severe headache needs a doctor now: call the emergency services or go \
             to an emergency department. Do not massage."
        }
        Flag::Clot => {
            "This could be a blood clot. See a doctor today (the emergency services if you \
             are short of breath), and do not massage the leg."
        }
        Flag::Nerve => {
            "A nerve may be involved: see a doctor or physiotherapist before treating it \
             yourself. New trouble holding urine or stools needs a doctor today."
        }
        Flag::InjuryOrFever => {
            "An injury or an infection needs checking first: see a doctor or \
             physiotherapist before treating it yourself."
        }
    }
}

/// A red flag as a routine's safety line, shown before each session (at most 200
/// characters, as every safety line).
pub fn safety(flag: Flag) -> &'static str {
    match flag {
        Flag::Heart => {
            "Chest pain, or pain spreading to the arm, jaw or back: stop and call the \
             emergency services (112, 911, 999)."
        }
        Flag::Headache => {
            "A sudden, severe headache, the worst you have had: stop and get emergency care."
        }
        Flag::Clot => "A calf swollen, warm or red: do not massage it; see a doctor today.",
        Flag::Nerve => {
            "Numbness, tingling or weakness, or new trouble holding urine or stools: stop \
             and see a doctor."
        }
        Flag::InjuryOrFever => {
            "Pain after a fall or an injury, or with a fever: see a doctor before this \
             routine."
        }
    }
}

/// When to see a clinician instead, said with every zone.
pub const SEE_A_CLINICIAN: &str = "See a doctor or physiotherapist if the pain lasts beyond a \
     few weeks, wakes you at night, keeps getting worse, or this does not ease it. Trigger \
     points are a common cause of such pain, not the only one, and nothing here is a cure.";

/// The heading of a zone's muscles.
pub fn muscles_heading(zone: &Zone) -> String {
    format!(
        "Muscles whose trigger points often send pain to the {}, most likely first:",
        zone.name
    )
}

/// A muscle in a zone's list: "upper trapezius (both sides), lacrosse ball, 45 s".
pub fn muscle_line(region: &Region) -> String {
    let sides = if region.sided { " (both sides)" } else { "" };
    format!(
        "{}{sides}, {}, {} s",
        region.name,
        zones::tool(region),
        zones::hold_seconds(region)
    )
}

/// When Enter or s is pressed with no muscle picked.
pub const NONE_PICKED: &str = "pick at least one muscle: Space takes the one under the cursor";

/// A typed place knead does not know, with its guess.
pub fn not_found(typed: &str, guess: Option<&str>) -> String {
    match guess {
        Some(guess) => format!(
            "knead does not know \"{}\"; did you mean \"{guess}\"?",
            typed.trim()
        ),
        None => format!(
            "knead does not know \"{}\"; move the marker to it instead",
            typed.trim()
        ),
    }
}

/// Under a place on the map.
pub const ENTER_CHOOSES: &str = "Enter chooses it: a few questions first, then the muscles.";

/// "Question 1 of 3".
pub fn flag_count(n: usize, of: usize) -> String {
    format!("Question {n} of {of}")
}

/// After a routine was saved.
pub fn saved(name: &str) -> String {
    format!("Saved as {name}: `knead run {name}` runs it, `knead edit {name}` changes it.")
}

/// A muscle taken or left in the picker's list.
pub const fn picked_mark(picked: bool) -> &'static str {
    if picked { "[x]" } else { "[ ]" }
}

/// The picker's title.
pub const TITLE: &str = "Where does it hurt?";

/// The picker's line under the title on the map.
pub const MAP_HINT: &str = "Move the marker to where it hurts, or press / and type it.";

/// The heading of the care screen.
pub const SEEK_CARE: &str = "Seek care first";

/// The red flags' heading.
pub const FLAGS_HEADING: &str = "First, if the answer to any of these is yes, do not treat it \
     yourself:";

/// The line before the routine is built, for plain text.
pub fn build_hint(zone: &Zone) -> String {
    format!(
        "`knead where {} --save NAME` writes a routine for these; `--routine` prints it.",
        shell_word(zone.name)
    )
}

fn shell_word(text: &str) -> String {
    if text.contains(' ') {
        format!("\"{text}\"")
    } else {
        text.to_owned()
    }
}

/// A routine for `zone` working `regions` in order, as a commented TOML file that passes
/// `knead check` without warnings.
pub fn routine(zone: &Zone, regions: &[&Region]) -> String {
    let title = capitalised(zone.name);
    let mut safety: Vec<String> = zone
        .flags
        .iter()
        .map(|flag| safety(*flag).to_owned())
        .collect();
    if regions
        .iter()
        .any(|r| matches!(r.id, "sternocleidomastoid" | "scalenes"))
    {
        safety.push(
            "On the side of the neck, hold the muscle gently between thumb and fingers; never \
             press on the pulse or the front of the throat."
                .to_owned(),
        );
    }
    safety.push(
        "Press to a strong but bearable ache, about 6 of 10; never sharp pain, numbness or \
         tingling."
            .to_owned(),
    );
    // Writing to a String cannot fail.
    let mut text = String::new();
    let _ = writeln!(text, "#:schema ../schema/routine.schema.json");
    let _ = writeln!(
        text,
        "# Written by `knead where {}`: muscles whose trigger points often send pain to the\n\
         # {}. Edit it as you like; `knead check` checks it.",
        zone.name, zone.name
    );
    let _ = writeln!(text, "name = {}", toml_string(&title));
    let _ = writeln!(
        text,
        "description = {}",
        toml_string(&format!(
            "For pain at the {}: a hold on each muscle that often sends pain there. {}",
            zone.name, SEE_A_CLINICIAN
        ))
    );
    let _ = writeln!(text, "author = \"knead where\"\nsafety = [");
    for line in &safety {
        let _ = writeln!(text, "    {},", toml_string(line));
    }
    let _ = writeln!(text, "]\n\n[defaults]\nprepare = \"5s\"\nrest = \"15s\"");
    for region in regions {
        let _ = writeln!(
            text,
            "\n[[step]]\nregion = {}\ntool = {}\nhold = \"{}s\"",
            toml_string(region.name),
            toml_string(zones::tool(region)),
            zones::hold_seconds(region)
        );
        if region.sided {
            let _ = writeln!(text, "side = \"both\"");
        }
        let _ = writeln!(text, "cue = {}", toml_string(region.find));
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
