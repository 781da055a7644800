//! The report as a document: headings, paragraphs, lists, tables and figures, each piece of
//! text with its tone. `contents.rs` says what the report says once; `html.rs` and
//! `markdown.rs` only render, so the two files cannot say different things.

/// How a piece of text reads: plainly, as an aside, or as good or bad news (which the HTML
/// colours and the Markdown makes bold, so it survives printing in black and white).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// Plain text.
    Plain,
    /// An aside: how to read a table, what a figure shows.
    Muted,
    /// Better.
    Good,
    /// Worse, or needs attention.
    Bad,
}

/// A run of text in one tone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    /// The words, as a person reads them (the renderer escapes them).
    pub text: String,
    /// How they read.
    pub tone: Tone,
}

impl Span {
    /// Plain text.
    pub fn plain(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            tone: Tone::Plain,
        }
    }

    /// Text in `tone`.
    pub fn toned(text: impl Into<String>, tone: Tone) -> Self {
        Self {
            text: text.into(),
            tone,
        }
    }
}

/// One cell of a table (one column: Markdown tables cannot span).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cell {
    /// What it says.
    pub spans: Vec<Span>,
}

impl Cell {
    /// A cell of plain text.
    pub fn plain(text: impl Into<String>) -> Self {
        Self {
            spans: vec![Span::plain(text)],
        }
    }
}

/// A part of the document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// A heading, level 1 (the title) to 3.
    Heading {
        /// 1-3.
        level: u8,
        /// Its words.
        text: String,
    },
    /// A paragraph of spans, as a whole in `tone` (an aside, a finding).
    Paragraph {
        /// What it says.
        spans: Vec<Span>,
        /// How the whole reads.
        tone: Tone,
    },
    /// A list of one-line items.
    List {
        /// What the list holds (an HTML class: `flags`).
        kind: &'static str,
        /// Each item and its tone.
        items: Vec<Span>,
    },
    /// A table with a header row.
    Table {
        /// What the table holds (an HTML class: `sessions`, `spots`).
        kind: &'static str,
        /// The column names.
        head: Vec<String>,
        /// The rows, a cell for each column.
        rows: Vec<Vec<Cell>>,
    },
    /// A drawing: inline in HTML, a file beside the Markdown.
    Figure {
        /// What it shows, for a reader who cannot see it.
        alt: String,
        /// The file a Markdown report writes it to: letters, digits and dashes only.
        file: String,
        /// The SVG.
        svg: String,
        /// Whether it stands on its own (the body map) or belongs to the section above it.
        standalone: bool,
    },
    /// Printed, what follows starts a new page.
    PageBreak,
    /// Blocks kept together on one printed page (a spot's words and its chart).
    Keep(Vec<Block>),
}

/// The paper a report prints on.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Paper {
    /// 210 x 297 mm, the world's.
    #[default]
    A4,
    /// 8.5 x 11 in, the United States' and a few neighbours'.
    Letter,
}

impl Paper {
    /// The paper of a locale such as `en_US.UTF-8`: letter where it is the norm, A4
    /// elsewhere (and where the locale names no country).
    pub fn of_locale(locale: &str) -> Self {
        const LETTER: [&str; 16] = [
            "US", "CA", "MX", "PH", "CL", "CO", "VE", "PR", "GT", "CR", "PA", "DO", "SV", "NI",
            "HN", "BZ",
        ];
        let country = locale
            .split(['.', '@'])
            .next()
            .and_then(|l| l.split_once('_'))
            .map(|(_, country)| country);
        match country {
            Some(c) if LETTER.contains(&c) => Paper::Letter,
            _ => Paper::A4,
        }
    }

    /// Its name in CSS.
    pub fn css(self) -> &'static str {
        match self {
            Paper::A4 => "A4",
            Paper::Letter => "letter",
        }
    }
}

/// The whole report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// The page's title, for the window or tab.
    pub title: String,
    /// The paper it prints on.
    pub paper: Paper,
    /// Everything in order, the title's heading first.
    pub blocks: Vec<Block>,
    /// The language it is written in, as HTML's `lang` takes it.
    pub language: &'static str,
}

impl Document {
    /// A paragraph of one plain span.
    pub fn text(&mut self, text: impl Into<String>) {
        self.toned(text, Tone::Plain);
    }

    /// A paragraph of one span in `tone`.
    pub fn toned(&mut self, text: impl Into<String>, tone: Tone) {
        self.blocks.push(Block::Paragraph {
            spans: vec![Span::plain(text)],
            tone,
        });
    }

    /// A heading.
    pub fn heading(&mut self, level: u8, text: impl Into<String>) {
        self.blocks.push(Block::Heading {
            level,
            text: text.into(),
        });
    }

    /// A table.
    pub fn table(&mut self, kind: &'static str, head: &[String], rows: Vec<Vec<Cell>>) {
        self.blocks.push(Block::Table {
            kind,
            head: head.to_vec(),
            rows,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::Paper;

    #[test]
    fn the_paper_follows_the_locales_country() {
        for (locale, paper) in [
            ("en_US.UTF-8", Paper::Letter),
            ("es_MX.UTF-8", Paper::Letter),
            ("fr_CA", Paper::Letter),
            ("en_GB.UTF-8", Paper::A4),
            ("de_DE.UTF-8@euro", Paper::A4),
            ("C.UTF-8", Paper::A4),
            ("", Paper::A4),
        ] {
            assert_eq!(Paper::of_locale(locale), paper, "{locale}");
        }
    }
}
