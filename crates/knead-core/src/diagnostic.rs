//! Problems found in a user's file: where they are, what was wrong, and how to show them.
//!
//! The text form is the one compilers use (`file:line:col: error: message`) so that editors'
//! problem matchers pick it up, followed by the offending line with a caret under the spot.

use std::fmt::Write as _;
use std::ops::Range;

use anstyle::{AnsiColor, Style};
use serde::Serialize;
use unicode_width::UnicodeWidthStr;

use crate::untrusted;

/// How serious a problem is: errors make a file unusable, warnings do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The file cannot be used until this is fixed.
    Error,
    /// The file works, but something in it deserves a second look.
    Warning,
}

impl Severity {
    /// Its word before the message, in the language spoken (`--format json` keeps the
    /// serialised name).
    fn label(self) -> String {
        match self {
            Severity::Error => crate::t!("check-error"),
            Severity::Warning => crate::t!("check-warning"),
        }
    }

    fn style(self) -> Style {
        let colour = match self {
            Severity::Error => AnsiColor::Red,
            Severity::Warning => AnsiColor::Yellow,
        };
        Style::new().fg_color(Some(colour.into())).bold()
    }
}

/// One problem, located by a byte range in the file's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// Bytes of the source the problem is about; `None` for the file as a whole.
    pub span: Option<Range<usize>>,
    /// What was found and what is wrong with it.
    pub message: String,
    /// How to fix it, when there is something useful to say.
    pub help: Option<String>,
}

impl Diagnostic {
    /// An error at `span`.
    pub fn error(span: Range<usize>, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Error,
            span: Some(span),
            message: message.into(),
            help: None,
        }
    }

    /// A warning at `span`.
    pub fn warning(span: Range<usize>, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Warning,
            span: Some(span),
            message: message.into(),
            help: None,
        }
    }

    /// An error about the whole file (it cannot be read, it is too big).
    pub fn file_error(message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Error,
            span: None,
            message: message.into(),
            help: None,
        }
    }

    /// Adds a line that says how to fix the problem.
    #[must_use]
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Whether this problem makes the file unusable.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// Most characters of a line quoted under an error.
const SNIPPET_CHARS: usize = 100;

/// A file's name and text, indexed by line so positions can be reported.
#[derive(Debug, Clone)]
pub struct SourceFile {
    name: String,
    text: String,
    line_starts: Vec<usize>,
}

/// A 1-based line and column (columns count characters, not bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Position {
    /// Line number, from 1.
    pub line: usize,
    /// Column number in characters, from 1.
    pub column: usize,
}

impl SourceFile {
    /// Wraps `text`, shown to the user as `name`.
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Self {
        let text = text.into();
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Self {
            name: name.into(),
            text,
            line_starts,
        }
    }

    /// The name the user knows the file by (usually its path).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The file's full text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The line and column of a byte offset (clamped to the text, snapped to a char boundary).
    pub fn position(&self, offset: usize) -> Position {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line_index = self.line_starts.partition_point(|&start| start <= offset) - 1;
        let start = self.line_starts[line_index];
        let column = self.text[start..offset].chars().count() + 1;
        Position {
            line: line_index + 1,
            column,
        }
    }

    /// The text of a 1-based line, without its line ending.
    fn line_text(&self, line: usize) -> &str {
        let start = self.line_starts[line - 1];
        let end = self
            .line_starts
            .get(line)
            .map_or(self.text.len(), |&next| next - 1);
        self.text[start..end].trim_end_matches('\r')
    }

    /// Renders one diagnostic as the user sees it, with ANSI styles when `colour` is set.
    pub fn render(&self, diagnostic: &Diagnostic, colour: bool) -> String {
        let paint = |style: Style, text: &str| {
            if colour {
                format!("{style}{text}{style:#}")
            } else {
                text.to_owned()
            }
        };
        let label = paint(
            diagnostic.severity.style(),
            &format!("{}:", diagnostic.severity.label()),
        );
        let mut out = String::new();
        let Some(span) = &diagnostic.span else {
            let _ = writeln!(out, "{}: {label} {}", self.name, diagnostic.message);
            render_help(&mut out, diagnostic, 2, &paint);
            return out;
        };
        let at = self.position(span.start);
        let _ = writeln!(
            out,
            "{}:{}:{}: {label} {}",
            self.name, at.line, at.column, diagnostic.message
        );

        let line = self.line_text(at.line);
        let gutter = at.line.to_string().len();
        let blue = Style::new().fg_color(Some(AnsiColor::Blue.into())).bold();
        let bar = paint(blue, "|");
        // A long line (a minified file, a hostile one) is shown as a window around the error.
        let skip = (at.column - 1).saturating_sub(SNIPPET_CHARS / 3);
        let shown: String = line.chars().skip(skip).take(SNIPPET_CHARS).collect();
        let cut_before = if skip > 0 { "…" } else { "" };
        let cut_after = if line.chars().count() > skip + SNIPPET_CHARS {
            "…"
        } else {
            ""
        };
        let before = format!(
            "{cut_before}{}",
            printable(&shown.chars().take(at.column - 1 - skip).collect::<String>())
        );
        let line_end = self.line_starts[at.line - 1] + line.len();
        let underlined = self
            .text
            .get(span.start..span.end.min(line_end))
            .unwrap_or("");
        let room = (cut_before.width() + printable(&shown).width()).saturating_sub(before.width());
        let carets = "^".repeat(underlined.width().clamp(1, room.max(1)));
        let _ = writeln!(out, "{:gutter$} {bar}", "");
        let _ = writeln!(
            out,
            "{} {bar} {cut_before}{}{cut_after}",
            paint(blue, &at.line.to_string()),
            printable(&shown)
        );
        let _ = writeln!(
            out,
            "{:gutter$} {bar} {}{}",
            "",
            " ".repeat(before.width()),
            paint(diagnostic.severity.style(), &carets)
        );
        render_help(&mut out, diagnostic, gutter + 1, &paint);
        out
    }
}

/// Writes the help line, its `=` under the snippet's `|`.
fn render_help(
    out: &mut String,
    diagnostic: &Diagnostic,
    indent: usize,
    paint: &dyn Fn(Style, &str) -> String,
) {
    if let Some(help) = &diagnostic.help {
        let _ = writeln!(
            out,
            "{:indent$}= {} {help}",
            "",
            paint(
                Style::new().bold(),
                &format!("{}:", crate::t!("check-help"))
            )
        );
    }
}

/// Replaces control, reordering and invisible characters, so a hostile file can neither
/// rewrite the terminal nor disguise the line an error quotes.
fn printable(line: &str) -> String {
    line.chars()
        .map(|c| {
            if c != '\t' && untrusted::is_unsafe(c) {
                char::REPLACEMENT_CHARACTER
            } else {
                c
            }
        })
        .map(|c| if c == '\t' { ' ' } else { c })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_lines_and_characters_from_one() {
        let file = SourceFile::new("f.toml", "a = 1\nbé = \"x\"\n");
        assert_eq!(file.position(0), Position { line: 1, column: 1 });
        assert_eq!(file.position(6), Position { line: 2, column: 1 });
        // "bé = " is 6 bytes but 5 characters, so the quote is column 6.
        assert_eq!(file.position(12), Position { line: 2, column: 6 });
    }

    #[test]
    fn position_past_the_end_is_clamped() {
        let file = SourceFile::new("f.toml", "ab");
        assert_eq!(file.position(99), Position { line: 1, column: 3 });
    }

    #[test]
    fn render_shows_header_line_and_caret_under_the_span() {
        let file = SourceFile::new("neck.toml", "name = \"x\"\nhold = \"0s\"\n");
        let d = Diagnostic::error(18..22, "hold must be between 1s and 60m, found \"0s\"")
            .with_help("write a duration such as \"90s\"");
        let out = file.render(&d, false);
        assert_eq!(
            out,
            "neck.toml:2:8: error: hold must be between 1s and 60m, found \"0s\"\n  \
             |\n2 | hold = \"0s\"\n  |        ^^^^\n  = help: write a duration such as \"90s\"\n"
        );
    }

    #[test]
    fn render_of_whole_file_problem_has_no_snippet() {
        let file = SourceFile::new("big.toml", "");
        let out = file.render(&Diagnostic::file_error("file is larger than 1 MiB"), false);
        assert_eq!(out, "big.toml: error: file is larger than 1 MiB\n");
    }

    #[test]
    fn render_neutralises_control_characters_in_the_quoted_line() {
        let file = SourceFile::new("f.toml", "name = \"\u{1b}[2J\"\n");
        let out = file.render(&Diagnostic::error(7..13, "bad"), false);
        assert!(!out.contains('\u{1b}'), "{out:?}");
    }
}
