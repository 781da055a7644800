//! The report as Markdown, readable as text: tables, and the charts as SVG files beside it.
//! Every word from the history is escaped, so a routine's or a note's text stays text in any
//! Markdown viewer (no `<script>`, no link, no comment that hides the rest).

use std::fmt::Write as _;

use super::document::{Block, Cell, Document, Span, Tone};

/// A chart written beside a Markdown report: its file name inside the charts folder, and
/// the SVG.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChartFile {
    /// "01-calf.svg".
    pub name: String,
    /// The drawing.
    pub svg: String,
}

/// The document as Markdown, with its figures as SVG files for the folder `folder` beside
/// it (a relative path the Markdown links to).
pub fn markdown(document: &Document, folder: &str) -> (String, Vec<ChartFile>) {
    let mut m = String::new();
    let mut charts = Vec::new();
    for block in &document.blocks {
        block_markdown(block, folder, &mut m, &mut charts);
    }
    (m, charts)
}

/// Text made inert in Markdown: each character that Markdown or the HTML inside it would
/// read as markup is escaped with a backslash, and so is what would let a viewer make a
/// link of bare text (`https://`, `www.`, `@`); a line break becomes a space (a note cannot
/// start a heading or leave a table).
pub fn inert(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let link = match c {
            ':' => chars.peek() == Some(&'/'),
            '.' => out.to_ascii_lowercase().ends_with("www"),
            _ => false,
        };
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '&' | '|' | '!' | '~' | '#' | '@'
            | '$' => {
                out.push('\\');
                out.push(c);
            }
            ':' | '.' if link => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

fn spans_markdown(spans: &[Span], m: &mut String) {
    for span in spans {
        let text = inert(&span.text);
        match span.tone {
            Tone::Good | Tone::Bad if !text.trim().is_empty() => {
                let _ = write!(m, "**{text}**");
            }
            Tone::Plain | Tone::Muted | Tone::Good | Tone::Bad => m.push_str(&text),
        }
    }
}

fn cell_markdown(cell: &Cell, m: &mut String) {
    m.push(' ');
    spans_markdown(&cell.spans, m);
    m.push_str(" |");
}

fn block_markdown(block: &Block, folder: &str, m: &mut String, charts: &mut Vec<ChartFile>) {
    match block {
        Block::Heading { level, text } => {
            let _ = writeln!(m, "{} {}\n", "#".repeat(usize::from(*level)), inert(text));
        }
        Block::Paragraph { spans, tone } => {
            if *tone == Tone::Bad || *tone == Tone::Good {
                m.push_str("**");
                spans_markdown(spans, m);
                m.push_str("**");
            } else {
                spans_markdown(spans, m);
            }
            m.push_str("\n\n");
        }
        Block::List { items, .. } => {
            for item in items {
                m.push_str("- ");
                spans_markdown(std::slice::from_ref(item), m);
                m.push('\n');
            }
            m.push('\n');
        }
        Block::Table { head, rows, .. } => {
            let _ = writeln!(
                m,
                "| {} |",
                head.iter()
                    .map(|h| inert(h))
                    .collect::<Vec<_>>()
                    .join(" | ")
            );
            let _ = writeln!(m, "|{}", "---|".repeat(head.len()));
            for row in rows {
                m.push('|');
                for cell in row {
                    cell_markdown(cell, m);
                }
                m.push('\n');
            }
            m.push('\n');
        }
        Block::Figure { alt, file, svg, .. } => {
            // In angle brackets, a folder named with spaces ("Maria report-charts") links too.
            let _ = writeln!(m, "![{}](<{folder}/{file}>)\n", inert(alt));
            charts.push(ChartFile {
                name: file.clone(),
                svg: svg.clone(),
            });
        }
        Block::PageBreak => {}
        Block::Keep(blocks) => {
            for block in blocks {
                block_markdown(block, folder, m, charts);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::inert;

    #[test]
    fn text_from_the_history_stays_text() {
        assert_eq!(inert("<script>x</script>"), "\\<script\\>x\\</script\\>");
        assert_eq!(
            inert("[x](javascript:alert(1))"),
            "\\[x\\](javascript:alert(1))"
        );
        assert_eq!(inert("<!-- hide"), "\\<\\!-- hide");
        assert_eq!(inert("a | b\n# c"), "a \\| b \\# c");
        assert_eq!(inert("&lt;"), "\\&lt;");
        assert_eq!(
            inert("see https://evil.example or www.evil.example, mail a@b.example"),
            "see https\\://evil.example or www\\.evil.example, mail a\\@b.example"
        );
        assert_eq!(inert("Left: first 7.0, $5"), "Left: first 7.0, \\$5");
        assert_eq!(
            inert("upper trapezius, left 7.0 → 4.0"),
            "upper trapezius, left 7.0 → 4.0"
        );
    }
}
