//! Warnings for a region or tool knead does not know: the text stays free, but a slip of the
//! keys ("uper trapezius") would keep a spot apart from its history and off the body map.

use std::ops::Range;

use super::tool::KnownTool;
use crate::body::Region;
use crate::diagnostic::Diagnostic;
use crate::t;

/// A warning for a region knead does not know, with the name it likely meant.
pub(super) fn region(text: &str, span: Range<usize>) -> Option<Diagnostic> {
    if Region::recognise(text).is_some() {
        return None;
    }
    let warning = Diagnostic::warning(span, t!("check-unknown-region", region = text));
    Some(match Region::suggest(text) {
        Some(name) => warning.with_help(t!("check-did-you-mean", key = format!("\"{name}\""))),
        None => warning.with_help(t!("check-unknown-region-help")),
    })
}

/// A warning for a tool knead does not know, with the name it likely meant.
pub(super) fn tool(name: &str, span: Range<usize>) -> Option<Diagnostic> {
    if KnownTool::recognise(name).is_some() {
        return None;
    }
    let warning = Diagnostic::warning(span, t!("check-unknown-tool", tool = name));
    Some(match KnownTool::suggest(name) {
        Some(known) => warning.with_help(t!("check-did-you-mean", key = format!("\"{known}\""))),
        None => warning.with_help(t!("check-unknown-tool-help")),
    })
}

#[cfg(test)]
mod tests {
    use super::super::parse;

    fn warnings(region: &str, tool: &str) -> Vec<(String, Option<String>)> {
        let text = format!(
            "name = \"n\"\n[[step]]\nregion = \"{region}\"\ntool = \"{tool}\"\nhold = 60\n"
        );
        let parsed = parse(&text);
        assert!(parsed.routine.is_some(), "{:?}", parsed.diagnostics);
        parsed
            .diagnostics
            .into_iter()
            .map(|d| (d.message, d.help))
            .collect()
    }

    #[test]
    fn a_known_region_and_tool_pass_whatever_the_case_plural_or_alias() {
        assert!(warnings("Upper Traps", "Lacrosse Ball").is_empty());
        assert!(warnings("calves", "foam-roller").is_empty());
        assert!(warnings("QL", "thumb").is_empty());
    }

    #[test]
    fn a_slip_gets_did_you_mean_and_anything_else_a_plain_warning() {
        assert_eq!(
            warnings("uper trapezius", "lacrosse bal"),
            vec![
                (
                    "knead does not know the region \"uper trapezius\"".to_owned(),
                    Some("did you mean \"upper trapezius\"?".to_owned())
                ),
                (
                    "knead does not know the tool \"lacrosse bal\"".to_owned(),
                    Some("did you mean \"lacrosse ball\"?".to_owned())
                ),
            ]
        );
        assert_eq!(
            warnings("calfs", "foam roler")
                .into_iter()
                .map(|(_, help)| help.unwrap_or_default())
                .collect::<Vec<_>>(),
            vec!["did you mean \"calf\"?", "did you mean \"foam roller\"?"]
        );
        let plain = warnings("my left ear", "ball");
        assert_eq!(plain.len(), 1);
        assert!(
            plain[0]
                .1
                .as_deref()
                .is_some_and(|h| h.contains("knead regions"))
        );
    }
}
