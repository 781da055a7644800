//! Clinical warnings: things a valid routine may do that deserve a second look.
//!
//! Trigger-point compression is usually held 30-90 s; much shorter does little, much longer
//! starves the tissue. Cold or heat for over 20 minutes, or straight on the skin, risks injury.

use std::ops::Range;
use std::time::Duration;

use super::Step;
use super::duration;
use super::tool::Action;
use crate::diagnostic::Diagnostic;
use crate::t;

/// Where the resolved fields of a step were written, so warnings point at the right line.
#[derive(Debug, Clone)]
pub(super) struct StepSpans {
    pub tool: Range<usize>,
    pub hold: Range<usize>,
}

/// Shortest compression hold without a warning.
const SHORTEST_COMPRESSION: Duration = Duration::from_secs(10);
/// Longest compression hold without a warning.
const LONGEST_COMPRESSION: Duration = Duration::from_mins(2);
/// Longest cold or heat application without a warning.
const LONGEST_THERMAL: Duration = Duration::from_mins(20);
/// Words that show a cue or safety line mentions a barrier between pack and skin, in every
/// language knead speaks: a routine's cues are in its therapist's language, whatever the
/// language `knead check` speaks.
fn barrier_words() -> Vec<String> {
    crate::lang::Language::SPOKEN
        .into_iter()
        .filter_map(|language| crate::lang::message_in(language, "check-barrier-words"))
        .flat_map(|list| {
            list.split(',')
                .map(|w| w.trim().to_lowercase())
                .filter(|w| !w.is_empty())
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Warnings for one step.
pub(super) fn step(step: &Step, at: &StepSpans, safety: &[String]) -> Vec<Diagnostic> {
    let mut warnings = Vec::new();
    let hold = duration::format(step.hold);
    match step.tool.action() {
        Action::Compression if step.hold > LONGEST_COMPRESSION => warnings.push(
            Diagnostic::warning(at.hold.clone(), t!("check-hold-long", hold = hold.as_str()))
                .with_help(t!("check-hold-long-help")),
        ),
        Action::Compression if step.hold < SHORTEST_COMPRESSION => warnings.push(
            Diagnostic::warning(
                at.hold.clone(),
                t!("check-hold-short", hold = hold.as_str()),
            )
            .with_help(t!("check-hold-short-help")),
        ),
        Action::Cold | Action::Heat => {
            // A Fluent selector: "cold" or "heat".
            let what = if step.tool.action() == Action::Cold {
                "cold"
            } else {
                "heat"
            };
            if step.hold > LONGEST_THERMAL {
                warnings.push(
                    Diagnostic::warning(
                        at.hold.clone(),
                        t!("check-thermal-long", hold = hold.as_str(), what = what),
                    )
                    .with_help(t!("check-thermal-long-help", what = what)),
                );
            }
            let texts = step.cue.iter().chain(safety);
            let barriers = barrier_words();
            if !texts
                .map(|t| t.to_lowercase())
                .any(|t| barriers.iter().any(|w| t.contains(w.as_str())))
            {
                warnings.push(
                    Diagnostic::warning(
                        at.tool.clone(),
                        t!(
                            "check-no-barrier",
                            what = what,
                            region = step.region.as_str()
                        ),
                    )
                    .with_help(t!("check-no-barrier-help")),
                );
            }
        }
        Action::Compression => {}
    }
    warnings
}

/// A warning for a `stop_above` so high that ease-off advice would come too late.
pub(super) fn stop_above(value: i64, span: Range<usize>) -> Option<Diagnostic> {
    (value > 9).then(|| {
        Diagnostic::warning(span, t!("check-stop-above-high", value = value))
            .with_help(t!("check-stop-above-high-help"))
    })
}

#[cfg(test)]
mod tests {
    use super::super::parse;

    fn warnings(step_body: &str, safety: &str) -> Vec<String> {
        let text = format!(
            "name = \"n\"\nsafety = [{safety}]\n[[step]]\nregion = \"calf\"\n{step_body}\n"
        );
        let parsed = parse(&text);
        assert!(
            parsed.routine.is_some(),
            "should be valid: {:?}",
            parsed.diagnostics
        );
        parsed.diagnostics.into_iter().map(|d| d.message).collect()
    }

    #[test]
    fn compression_holds_outside_10s_to_2m_are_flagged() {
        assert_eq!(
            warnings("tool = \"ball\"\nhold = \"2m1s\"", ""),
            vec!["a 2m1s compression hold is long"]
        );
        assert_eq!(
            warnings("tool = \"ball\"\nhold = \"9s\"", ""),
            vec!["a 9s compression hold is very short"]
        );
        assert!(warnings("tool = \"ball\"\nhold = \"2m\"", "").is_empty());
        assert!(warnings("tool = \"ball\"\nhold = \"10s\"", "").is_empty());
    }

    #[test]
    fn cold_needs_a_barrier_and_at_most_20_minutes() {
        assert_eq!(
            warnings(
                "tool = \"ice pack\"\nhold = \"21m\"\ncue = \"Wrap it in a towel.\"",
                ""
            ),
            vec!["21m of cold is too long"]
        );
        assert_eq!(
            warnings("tool = \"cold pack\"\nhold = \"15m\"", ""),
            vec!["the cold step on calf never mentions a cloth or barrier"]
        );
        assert!(
            warnings(
                "tool = \"cold pack\"\nhold = \"15m\"",
                "\"Always use a thin CLOTH.\""
            )
            .is_empty()
        );
        // A therapist's cue in German, Spanish or French names the cloth in its own words.
        for cue in [
            "Kühlpack in ein Handtuch wickeln.",
            "Envuelva la bolsa en un paño.",
            "Gardez un linge entre la poche et la peau.",
        ] {
            assert!(
                warnings(
                    &format!("tool = \"cold pack\"\nhold = \"15m\"\ncue = \"{cue}\""),
                    ""
                )
                .is_empty(),
                "{cue}"
            );
        }
        // A long cold hold is not a compression hold.
        assert!(
            !warnings("tool = \"heat pack\"\nhold = \"15m\"", "")
                .iter()
                .any(|w| w.contains("compression"))
        );
    }

    #[test]
    fn stop_above_ten_is_flagged() {
        let text = "name = \"n\"\nstop_above = 10\n[[step]]\nregion = \"calf\"\ntool = \"ball\"\nhold = 60\n";
        let parsed = parse(text);
        assert_eq!(parsed.diagnostics.len(), 1);
        assert!(parsed.diagnostics[0].message.starts_with("stop_above = 10"));
        assert!(parsed.routine.is_some());
    }
}
