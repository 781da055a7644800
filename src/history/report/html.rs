//! The report as one self-contained HTML page that prints cleanly: the first page answers
//! how it is going, the details follow on their own pages.

use std::fmt::Write as _;

use super::document::{Block, Cell, Document, Span, Tone};
pub use super::markup::escape;

const STYLE: &str = "body{font-family:system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#222;line-height:1.45}\
h1{font-size:1.5rem;margin-bottom:.2rem}h2{font-size:1.15rem;border-bottom:1px solid #ccc;padding-bottom:.2rem;margin-top:2rem}\
table{border-collapse:collapse;width:100%;font-size:.92rem}td,th{border-bottom:1px solid #e4e4e4;padding:.25rem .4rem;text-align:left}\
th{background:#f4f4f4}.good{color:#0a6b2d;font-weight:600}.bad{color:#a33;font-weight:600}.muted{color:#666}\
section.spot,figure.map{page-break-inside:avoid;break-inside:avoid}figure.map{margin:1rem 0;text-align:center}svg{max-width:100%;height:auto}\
hr.details{border:0;margin:0}.sessions td:nth-child(-n+2),.outcome td:nth-child(n+2):nth-child(-n+3){white-space:nowrap}\
@page{margin:14mm 12mm}\
@media print{body{margin:0;max-width:none;font-size:9.5pt;line-height:1.3}h1{margin:0 0 .2rem}h2{break-after:avoid;margin:.9rem 0 .3rem}\
p,ul{margin:.3em 0}td,th{padding:.1rem .35rem}hr.details{break-before:page}\
tr,li,p,figure{break-inside:avoid}th{background:none;border-bottom:1px solid #999}}";

/// The document as one self-contained HTML page.
pub fn html(document: &Document) -> String {
    let mut h = format!(
        "<!DOCTYPE html><html lang=\"{}\"><head><meta charset=\"utf-8\"/><meta name=\"viewport\" content=\"width=device-width\"/>\
         <title>{}</title><style>{STYLE}@page{{size:{}}}</style></head><body>",
        document.language,
        escape(&document.title),
        document.paper.css()
    );
    for block in &document.blocks {
        block_html(block, &mut h);
    }
    h.push_str("</body></html>\n");
    h
}

/// The class attribute of a tone, empty for plain text.
fn class(tone: Tone) -> &'static str {
    match tone {
        Tone::Plain => "",
        Tone::Muted => " class=\"muted\"",
        Tone::Good => " class=\"good\"",
        Tone::Bad => " class=\"bad\"",
    }
}

fn spans_html(spans: &[Span], h: &mut String) {
    for span in spans {
        match span.tone {
            Tone::Plain => h.push_str(&escape(&span.text)),
            tone @ (Tone::Muted | Tone::Good | Tone::Bad) => {
                let _ = write!(h, "<span{}>{}</span>", class(tone), escape(&span.text));
            }
        }
    }
}

fn cell_html(cell: &Cell, h: &mut String) {
    h.push_str("<td>");
    spans_html(&cell.spans, h);
    h.push_str("</td>");
}

fn block_html(block: &Block, h: &mut String) {
    match block {
        Block::Heading { level, text } => {
            let _ = write!(h, "<h{level}>{}</h{level}>", escape(text));
        }
        Block::Paragraph { spans, tone } => {
            let _ = write!(h, "<p{}>", class(*tone));
            spans_html(spans, h);
            h.push_str("</p>");
        }
        Block::List { kind, items } => {
            let _ = write!(h, "<ul class=\"{kind}\">");
            for item in items {
                let _ = write!(h, "<li{}>{}</li>", class(item.tone), escape(&item.text));
            }
            h.push_str("</ul>");
        }
        Block::Table { kind, head, rows } => {
            let _ = write!(h, "<table class=\"{kind}\"><tr>");
            for name in head {
                let _ = write!(h, "<th>{}</th>", escape(name));
            }
            h.push_str("</tr>");
            for row in rows {
                h.push_str("<tr>");
                for cell in row {
                    cell_html(cell, h);
                }
                h.push_str("</tr>");
            }
            h.push_str("</table>");
        }
        // The SVG is knead's own drawing, its text escaped where it was drawn.
        Block::Figure {
            svg,
            standalone: true,
            ..
        } => {
            let _ = write!(h, "<figure class=\"map\">{svg}</figure>");
        }
        Block::Figure { svg, .. } => h.push_str(svg),
        Block::PageBreak => h.push_str("<hr class=\"details\"/>"),
        Block::Keep(blocks) => {
            h.push_str("<section class=\"spot\">");
            for block in blocks {
                block_html(block, h);
            }
            h.push_str("</section>");
        }
    }
}
