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
/// Words that show a cue or safety line mentions a barrier between pack and skin.
const BARRIER_WORDS: &[&str] = &[
    "cloth",
    "towel",
    "barrier",
    "fabric",
    "cover",
    "sleeve",
    "shirt",
    "pillowcase",
];

/// Warnings for one step.
pub(super) fn step(step: &Step, at: &StepSpans, safety: &[String]) -> Vec<Diagnostic> {
    let mut warnings = Vec::new();
    let hold = duration::format(step.hold);
    match step.tool.action() {
        Action::Compression if step.hold > LONGEST_COMPRESSION => warnings.push(
            Diagnostic::warning(
                at.hold.clone(),
                format!("a {hold} compression hold is long"),
            )
            .with_help("trigger-point compression is usually 30-90s; keep holds at 2m or less"),
        ),
        Action::Compression if step.hold < SHORTEST_COMPRESSION => warnings.push(
            Diagnostic::warning(
                at.hold.clone(),
                format!("a {hold} compression hold is very short"),
            )
            .with_help("a trigger point needs 30-90s to release; hold for at least 10s"),
        ),
        Action::Cold | Action::Heat => {
            let what = if step.tool.action() == Action::Cold {
                "cold"
            } else {
                "heat"
            };
            if step.hold > LONGEST_THERMAL {
                warnings.push(
                    Diagnostic::warning(at.hold.clone(), format!("{hold} of {what} is too long"))
                        .with_help(format!(
                            "keep {what} applications to 20m or less to avoid injuring the skin"
                        )),
                );
            }
            let texts = step.cue.iter().chain(safety);
            if !texts
                .map(|t| t.to_lowercase())
                .any(|t| BARRIER_WORDS.iter().any(|w| t.contains(w)))
            {
                warnings.push(
                    Diagnostic::warning(
                        at.tool.clone(),
                        format!("the {what} step on {} never mentions a cloth or barrier", step.region),
                    )
                    .with_help("say in the cue or a safety line to keep a cloth between the pack and the skin"),
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
        Diagnostic::warning(
            span,
            format!("stop_above = {value} only advises easing off at the worst pain"),
        )
        .with_help("pressure should stay around 6-7/10; 8 is the usual threshold")
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
