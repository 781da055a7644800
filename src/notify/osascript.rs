//! Notifications on macOS: `osascript -e 'display notification "BODY" with title "SUMMARY"'`.
//!
//! notify-rust's macOS backend (mac-notification-sys) is Objective-C built against Apple's
//! SDK, which no Linux machine has, so knead could not even be type-checked for macOS with
//! it. `osascript` is on every Mac and needs nothing at build time. What it cannot do: buttons
//! (`display notification` has none, so a reminder there is shown as text), replacing a shown
//! notification, and an application name of knead's own (macOS files them under the program
//! that ran the script).
//!
//! The text reaches the script as string literals built by [`string_literal`], which is
//! compiled and tested everywhere; only the call to `osascript` is macOS's.

/// `text` as a string literal of Apple's script language, quotes included: `"` and `\`
/// escaped, line breaks and tabs as the language's own escapes (`\n`, `\r`, `\t`), any other
/// control character a space. No text can end the literal early, so none can become part of
/// the script.
pub fn string_literal(text: &str) -> String {
    let mut literal = String::with_capacity(text.len() + 2);
    literal.push('"');
    for c in text.chars() {
        match c {
            '"' => literal.push_str("\\\""),
            '\\' => literal.push_str("\\\\"),
            '\n' => literal.push_str("\\n"),
            '\r' => literal.push_str("\\r"),
            '\t' => literal.push_str("\\t"),
            c if c.is_control() => literal.push(' '),
            c => literal.push(c),
        }
    }
    literal.push('"');
    literal
}

/// The one-line script that shows `summary` (the title) with `body`.
pub fn script(summary: &str, body: &str) -> String {
    format!(
        "display notification {} with title {}",
        string_literal(body),
        string_literal(summary)
    )
}

/// Whether `osascript` is there to run (it is on every Mac; a missing one is said when the
/// session starts, as a missing service is elsewhere).
#[cfg(target_os = "macos")]
pub fn reach() -> Result<(), super::NotifyError> {
    which::which("osascript")
        .map(|_| ())
        .map_err(|e| super::NotifyError {
            detail: format!("osascript: {e}"),
        })
}

/// Shows `summary` with `body`, waiting for `osascript` to finish (a fraction of a second).
/// A session calls this only from its notification worker, never from its loop.
#[cfg(target_os = "macos")]
pub fn show(summary: &str, body: &str) -> Result<(), super::NotifyError> {
    use std::process::{Command, Stdio};

    let failed = |detail: String| super::NotifyError { detail };
    let output = Command::new("osascript")
        .arg("-e")
        .arg(script(summary, body))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .output()
        .map_err(|e| failed(format!("osascript: {e}")))?;
    if output.status.success() {
        Ok(())
    } else {
        Err(failed(format!(
            "osascript {}: {}",
            output.status,
            String::from_utf8_lossy(&output.stderr).trim()
        )))
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    /// Reads the string literal at the start of `source` as `osascript` does: the text it
    /// stands for, and what follows its closing quote.
    fn read_literal(source: &str) -> Option<(String, &str)> {
        let mut chars = source.strip_prefix('"')?.char_indices();
        let mut text = String::new();
        while let Some((i, c)) = chars.next() {
            match c {
                '"' => return Some((text, &source[i + 2..])),
                '\\' => match chars.next()?.1 {
                    'n' => text.push('\n'),
                    'r' => text.push('\r'),
                    't' => text.push('\t'),
                    escaped => text.push(escaped),
                },
                c => text.push(c),
            }
        }
        None
    }

    #[test]
    fn quotes_and_backslashes_are_escaped() {
        assert_eq!(string_literal("Desk break"), r#""Desk break""#);
        assert_eq!(string_literal(r#"say "hi""#), r#""say \"hi\"""#);
        assert_eq!(string_literal(r"C:\knead"), r#""C:\\knead""#);
        // A backslash before a quote must not turn the quote's escape into an end.
        assert_eq!(string_literal(r#"\""#), r#""\\\"""#);
        assert_eq!(string_literal("a\nb\tc\rd"), r#""a\nb\tc\rd""#);
        assert_eq!(string_literal("bell\u{7}nul\u{0}"), r#""bell nul ""#);
        assert_eq!(string_literal("María's calf ✓"), r#""María's calf ✓""#);
    }

    #[test]
    fn the_script_shows_the_body_with_the_summary_as_its_title() {
        assert_eq!(
            script("Release. Rate your left calf 0-10", "Legs"),
            r#"display notification "Legs" with title "Release. Rate your left calf 0-10""#
        );
        // Text that tries to end the string and run a command stays text.
        assert_eq!(
            script("x", r#"" & (do shell script "rm -rf ~") & ""#),
            r#"display notification "\" & (do shell script \"rm -rf ~\") & \"" with title "x""#
        );
    }

    proptest! {
        #[test]
        fn any_text_is_one_literal_that_reads_back_as_itself(text in any::<String>()) {
            let script = script("title", &text);
            let rest = script.strip_prefix("display notification ").expect("prefix");
            let (body, rest) = read_literal(rest).expect("a closed literal");
            let expected: String = text
                .chars()
                .map(|c| if c.is_control() && !"\n\r\t".contains(c) { ' ' } else { c })
                .collect();
            prop_assert_eq!(body, expected);
            prop_assert_eq!(rest, r#" with title "title""#);
        }
    }
}
