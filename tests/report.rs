//! `knead report` on a known history: the figures a therapist reads, in a well-formed,
//! self-contained file that no name in the history can inject markup into.

use std::path::Path;
use std::process::Command;

use jiff::civil::date;
use knead::history::Store;
use knead::history::export::{self, ExportRow};
use knead::history::sample::row;

/// Three sessions over two weeks with known ratings.
fn known() -> Vec<ExportRow> {
    let (a, b, c) = (date(2026, 11, 2), date(2026, 11, 4), date(2026, 11, 10));
    vec![
        row("s1", a, 0, "calf", "left", Some(7), "completed"),
        row("s1", a, 1, "neck", "", Some(8), "completed"),
        row("s1", a, 2, "hip", "right", Some(3), "completed"),
        row("s1", a, 5, "calf", "right", Some(8), "completed"),
        row(
            "s1",
            a,
            3,
            "<script>alert(1)</script>",
            "",
            Some(2),
            "skipped",
        ),
        row("s2", b, 0, "calf", "left", Some(5), "completed"),
        row("s2", b, 2, "hip", "right", Some(4), "completed"),
        row("s2", b, 5, "calf", "right", Some(8), "completed"),
        row(
            "s2",
            b,
            3,
            "<script>alert(1)</script>",
            "",
            None,
            "completed",
        ),
        row("s3", c, 0, "calf", "left", Some(4), "completed"),
        row("s3", c, 2, "hip", "right", Some(6), "completed"),
        row("s3", c, 5, "calf", "right", Some(7), "completed"),
        row(
            "s3",
            c,
            3,
            "<script>alert(1)</script>",
            "",
            None,
            "completed",
        ),
        row(
            "s3",
            c,
            4,
            "<script>alert(1)</script>",
            "",
            None,
            "cut_short",
        ),
    ]
}

fn history_with(rows: &[ExportRow], dir: &Path) {
    let mut json = Vec::new();
    export::write_json(rows, &mut json).expect("json");
    let mut store = Store::open(dir).expect("store");
    // Imported as the person's own history (client "").
    export::import(&mut store, std::str::from_utf8(&json).expect("utf-8"), "").expect("import");
}

fn report(dir: &Path, out: &str) -> String {
    let path = dir.join(out);
    let status = Command::new(env!("CARGO_BIN_EXE_knead"))
        .arg("--data-dir")
        .arg(dir)
        .args(["report", "--out"])
        .arg(&path)
        .env("TZ", "UTC")
        .status()
        .expect("runs");
    assert!(status.success());
    std::fs::read_to_string(path).expect("report written")
}

#[test]
fn the_html_report_is_well_formed_and_has_the_expected_figures() {
    let dir = tempfile::tempdir().expect("tempdir");
    history_with(&known(), dir.path());
    let html = report(dir.path(), "report.html");

    let body = html.trim_start_matches("<!DOCTYPE html>");
    let doc = roxmltree::Document::parse(body).expect("the report is well-formed markup");
    assert!(
        !doc.descendants().any(|n| n.has_tag_name("script")),
        "a name became a script element"
    );
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(
        !doc.descendants()
            .any(|n| n.has_tag_name("link") || n.has_tag_name("img")),
        "not self-contained"
    );

    let text: String = doc
        .descendants()
        .filter(roxmltree::Node::is_text)
        .map(|n| n.text().unwrap_or_default())
        .collect::<Vec<_>>()
        .join(" ");
    assert!(text.contains("2026-11-02 to 2026-11-10"), "{text}");
    assert!(text.contains("3 sessions"), "{text}");
    assert!(
        text.contains("1.5 sessions a week on average over 2 weeks."),
        "{text}"
    );
    // Left beside right: one section and one chart for the calf, both sides in it.
    assert!(
        text.contains("Left: first 7.0, last 4.0 (-3.0)") && text.contains("much better"),
        "{text}"
    );
    assert!(text.contains("Right: first 8.0, last 7.0 (-1.0)"), "{text}");
    assert!(text.contains("Right: first 3.0, last 6.0 (+3.0)"), "{text}");
    assert!(
        text.contains("calf: right 7, left 4"),
        "the sides differ: {text}"
    );
    assert!(text.contains("8/10"), "the rating of 8 is listed: {text}");
    // hip rose 3 -> 4 -> 6: not easing. The unsafe-named spot: 1 skipped and 1 cut short of 4.
    let items: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("li"))
        .filter_map(|n| n.text())
        .collect();
    assert_eq!(items, ["calf: right 7, left 4", "hip, right"]);
    assert!(
        html.contains(
            "<td>&lt;script&gt;alert(1)&lt;/script&gt;</td><td>4</td><td>1</td><td>1</td>"
        ),
        "{html}"
    );
    let svgs: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name("svg"))
        .collect();
    assert_eq!(
        svgs.len(),
        1 + 4,
        "the map, then one chart per region with ratings"
    );
    // The map: each spot in the colour of its latest rating, on its own side.
    let marked = |spot: &str| {
        svgs[0]
            .descendants()
            .find(|n| n.has_tag_name("title") && n.text() == Some(spot))
            .and_then(|n| n.parent())
            .and_then(|g| g.attribute("fill"))
    };
    assert_eq!(marked("calf, left"), Some("#f0b400"), "4: the middle tone");
    assert_eq!(marked("calf, right"), Some("#d32f2f"), "7: the high tone");
    assert_eq!(marked("neck"), Some("#d32f2f"), "8");
    let views: Vec<&str> = svgs[0]
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .filter_map(|n| n.text())
        .collect();
    assert_eq!(
        views[..6],
        ["R", "front view", "L", "L", "back view", "R"],
        "each view says where each side is"
    );
}

#[test]
fn the_markdown_report_has_the_same_figures_and_embedded_charts() {
    let dir = tempfile::tempdir().expect("tempdir");
    history_with(&known(), dir.path());
    let md = report(dir.path(), "report.md");
    assert!(md.starts_with("# knead report: Your sessions"));
    assert!(
        md.contains("Left: first 7.0, last 4.0 (-3.0) **much better**."),
        "{md}"
    );
    assert!(
        md.contains("| 2026-11-02 | neck | 8/10 | Post-run legs |"),
        "{md}"
    );
    assert!(md.contains("- **calf: right 7, left 4**"), "{md}");
    assert_eq!(md.matches("](data:image/svg+xml;base64,").count(), 4);
}

#[test]
fn a_report_without_a_history_says_so() {
    let dir = tempfile::tempdir().expect("tempdir");
    let output = Command::new(env!("CARGO_BIN_EXE_knead"))
        .arg("--data-dir")
        .arg(dir.path())
        .args(["report", "--out"])
        .arg(dir.path().join("r.html"))
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("no history yet"));
}
