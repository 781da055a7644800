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
    history_with_answers(rows, &[], dir);
}

fn history_with_answers(rows: &[ExportRow], answers: &[export::AnswerRow], dir: &Path) {
    let mut json = Vec::new();
    export::write_json(rows, answers, &[], &mut json).expect("json");
    let mut store = Store::open(dir).expect("store");
    // Imported as the person's own history (client "").
    export::import(&mut store, std::str::from_utf8(&json).expect("utf-8"), "").expect("import");
}

fn report(dir: &Path, out: &str) -> String {
    report_with(dir, out, &[], &[])
}

/// `knead report --out OUT ARGS` with `env` (the time zone is UTC unless `env` says).
fn report_with(dir: &Path, out: &str, args: &[&str], env: &[(&str, &str)]) -> String {
    let path = dir.join(out);
    let output = knead_report(dir, &path, args, env);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    std::fs::read_to_string(path).expect("report written")
}

fn knead_report(
    dir: &Path,
    out: &Path,
    args: &[&str],
    env: &[(&str, &str)],
) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_knead"))
        .arg("--data-dir")
        .arg(dir)
        .args(["report", "--out"])
        .arg(out)
        .args(args)
        .env("TZ", "UTC")
        .env_remove("LC_ALL")
        .env_remove("LC_PAPER")
        .env_remove("LANG")
        .env_remove("LANGUAGE")
        .envs(env.iter().copied())
        .output()
        .expect("runs")
}

#[test]
fn the_html_report_is_well_formed_and_has_the_expected_figures() {
    let dir = tempfile::tempdir().expect("tempdir");
    history_with(&known(), dir.path());
    let html = report(dir.path(), "report.html");

    let today = jiff::Timestamp::now()
        .to_zoned(jiff::tz::TimeZone::UTC)
        .date();
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
        text.contains("On average 1.5 sessions a week over 2 weeks."),
        "{text}"
    );
    // Left beside right: one section and one chart for the calf, both sides in it.
    assert!(
        text.contains("Left: first 7.0, last 4.0 (-3.0)  better ."),
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
    assert_eq!(
        items,
        [
            "hip, right is worse: first 3.0, last 6.0 (+3.0)",
            "2026-11-02: neck rated 8/10 (Post-run legs)",
            "2026-11-02: calf, right rated 8/10 (Post-run legs)",
            "2026-11-04: calf, right rated 8/10 (Post-run legs)",
            "hip, right rated higher in each of its last three sessions",
            &format!(
                "no session since 2026-11-10 ({} days to {today})",
                (today - date(2026, 11, 10)).get_days()
            ),
            "calf: right 7, left 4",
        ],
        "the flags first, then the sides that differ"
    );
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
        md.contains("Left: first 7.0, last 4.0 (-3.0) **better**."),
        "{md}"
    );
    assert!(
        md.contains("- **2026-11-02: neck rated 8/10 (Post-run legs)**"),
        "{md}"
    );
    assert!(md.contains("- **calf: right 7, left 4**"), "{md}");
    assert!(!md.contains("base64"), "readable as text: no images inline");
    // The map and one chart per region, as SVG files beside the report, linked relatively.
    let links: Vec<&str> = md
        .lines()
        .filter(|l| l.starts_with("!["))
        .filter_map(|l| l.split("](<").nth(1)?.strip_suffix(">)"))
        .collect();
    assert_eq!(links.len(), 1 + 4, "{md}");
    assert_eq!(links[0], "report-charts/00-pain-map.svg");
    for link in &links {
        let svg = std::fs::read_to_string(dir.path().join(link)).expect("chart beside the report");
        roxmltree::Document::parse(&svg).expect("an SVG document");
        assert!(svg.contains("<svg"), "{link}");
    }
    assert!(
        links
            .iter()
            .all(|l| l.starts_with("report-charts/") && !l.contains("..") && !l.contains('<')),
        "a name cannot steer where a chart is written: {links:?}"
    );
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

/// A prescribed month (from Monday 2026-11-02, 3 sessions a week) with a note, a stop rule
/// answered yes, a gap, a spot skipped for pain, and two spots getting worse.
fn prescribed() -> Vec<ExportRow> {
    let days = [
        ("p1", date(2026, 11, 2), 1),
        ("p2", date(2026, 11, 4), 1),
        ("p3", date(2026, 11, 6), 1),
        ("p4", date(2026, 11, 16), 3),
    ];
    let calf = [3, 4, 5, 6];
    let hip = [3, 4, 6, 9];
    let mut rows = Vec::new();
    for (n, (uid, day, week)) in days.into_iter().enumerate() {
        let mut holds = vec![
            row(uid, day, 0, "calf", "left", Some(calf[n]), "completed"),
            row(uid, day, 1, "hip", "right", Some(hip[n]), "completed"),
        ];
        if uid == "p4" {
            holds.push(row(uid, day, 2, "hip", "right", None, "skipped_for_pain"));
        }
        for hold in &mut holds {
            hold.routine = "Home hips".into();
            hold.week = Some(week);
            hold.phase = Some(if week >= 3 { 2 } else { 1 });
            hold.programme_start = "2026-11-02".into();
            hold.programme_weeks = Some(4);
            hold.programme_per_week = Some(3);
            hold.prescribed_by = "J. Ortiz, PT".into();
            hold.screening = if uid == "p3" { "yes-went-on" } else { "" }.into();
            hold.note = if uid == "p1" { "felt fine" } else { "" }.into();
            hold.pain_before = (uid == "p2").then_some(6);
            hold.pain_after = (uid == "p2").then_some(3);
        }
        rows.extend(holds);
    }
    rows
}

/// The prescribed month in `dir`, with its answers to the stop rules: a yes that went on
/// before the session of 2026-11-06, and one on the evening of 2026-11-10 in Los Angeles
/// (the 11th in UTC) that stopped (no session).
fn prescribed_history(dir: &Path) {
    let answer = |at: &str, answer: &str| export::AnswerRow {
        routine: "Home hips".into(),
        routine_hash: "0".repeat(64),
        asked_at: at.into(),
        answer: answer.into(),
        // The yes that stopped was given line by line; the earlier one was not.
        yes_to: if answer == "yes-stopped" {
            vec!["numbness or tingling".into()]
        } else {
            vec![]
        },
        ..export::AnswerRow::default()
    };
    let in_la = |row: export::AnswerRow| export::AnswerRow {
        time_zone: "America/Los_Angeles".into(),
        utc_offset: "UTC-08:00".into(),
        ..row
    };
    history_with_answers(
        &prescribed(),
        &[
            answer("2026-11-02T07:59:00Z", "no"),
            answer("2026-11-06T07:59:00Z", "yes-went-on"),
            in_la(answer("2026-11-11T03:00:00Z", "yes-stopped")),
        ],
        dir,
    );
}

#[test]
fn the_first_page_flags_first_then_adherence_and_every_session() {
    let dir = tempfile::tempdir().expect("tempdir");
    prescribed_history(dir.path());
    let today = jiff::Timestamp::now()
        .to_zoned(jiff::tz::TimeZone::UTC)
        .date();
    let html = report(dir.path(), "report.html");
    let doc = roxmltree::Document::parse(html.trim_start_matches("<!DOCTYPE html>"))
        .expect("well-formed");
    let text_of = |node: roxmltree::Node| {
        node.descendants()
            .filter(roxmltree::Node::is_text)
            .map(|n| n.text().unwrap_or_default())
            .collect::<String>()
    };
    let headings: Vec<String> = doc
        .descendants()
        .filter(|n| n.has_tag_name("h2"))
        .map(text_of)
        .collect();
    assert_eq!(
        headings[..3],
        ["Needs attention", "Main outcome", "Adherence"],
        "how it is going comes first"
    );
    assert_eq!(headings.last().map(String::as_str), Some("Sessions"));
    let flags: Vec<String> = doc
        .descendants()
        .filter(|n| n.has_tag_name("ul") && n.attribute("class") == Some("flags"))
        .flat_map(|ul| ul.children().filter(|c| c.has_tag_name("li")).map(text_of))
        .collect();
    let since = (today - date(2026, 11, 16)).get_days();
    assert_eq!(
        flags,
        [
            "2026-11-06: a stop rule applied before Home hips, and the session went ahead anyway"
                .to_owned(),
            "2026-11-10: yes to \u{201c}numbness or tingling\u{201d} before Home hips; no session, as advised".to_owned(),
            "calf, left is worse: first 3.0, last 6.0 (+3.0)".to_owned(),
            "hip, right is worse: first 3.0, last 9.0 (+6.0)".to_owned(),
            "2026-11-16: hip, right rated 9/10 (Home hips)".to_owned(),
            "calf, left rated higher in each of its last three sessions".to_owned(),
            "hip, right rated higher in each of its last three sessions".to_owned(),
            "2026-11-16: 1 hold on hip, right skipped after ease-off advice (too painful)"
                .to_owned(),
            "10 days without a session, 2026-11-06 to 2026-11-16".to_owned(),
            format!("no session since 2026-11-16 ({since} days to {today})"),
            "2026-11-02: \u{201c}felt fine\u{201d}".to_owned(),
        ]
    );
    let all = text_of(doc.root());
    assert!(
        all.contains("Prescription: Home hips for 4 weeks from 2026-11-02 to 2026-11-29, 3 a week, by J. Ortiz, PT; latest session: week 3, phase 2."),
        "{all}"
    );
    assert!(
        all.contains("4 of 12 prescribed sessions of Home hips (33%) in weeks 1-4 (3 a week)."),
        "{all}"
    );
    // This history is from before knead kept each session's plan, and says so.
    assert!(
        all.contains(
            "Holds held in all 4 sessions: 8 of 9 planned (recorded, for sessions from before knead kept the plan)."
        ),
        "{all}"
    );
    // Every session, with its week and phase, holds, outcome, overall pain and note.
    let rows: Vec<String> = doc
        .descendants()
        .filter(|n| n.has_tag_name("table") && n.attribute("class") == Some("sessions"))
        .flat_map(|t| {
            t.children()
                .filter(|c| c.has_tag_name("tr"))
                .skip(1)
                .map(|tr| {
                    tr.children()
                        .filter(|c| c.has_tag_name("td"))
                        .map(text_of)
                        .collect::<Vec<_>>()
                        .join("|")
                })
        })
        .collect();
    assert_eq!(
        rows,
        [
            "2026-11-02|08:00|Home hips|1 / 1|2 of 2|completed||felt fine",
            "2026-11-04|08:00|Home hips|1 / 1|2 of 2|completed|6 → 3|",
            "2026-11-06|08:00|Home hips|1 / 1|2 of 2|completed||",
            "2026-11-16|08:00|Home hips|3 / 2|2 of 3|completed||",
        ]
    );
    // A spot that got worse says so as plainly as one that got better.
    assert!(
        html.contains("(+3.0) <span class=\"bad\">worse</span>"),
        "{html}"
    );
}

#[test]
fn the_markdown_first_page_has_the_same_flags_and_every_session() {
    let dir = tempfile::tempdir().expect("tempdir");
    prescribed_history(dir.path());
    let md = report(dir.path(), "report.md");
    let attention = md
        .split("## Needs attention\n\n")
        .nth(1)
        .and_then(|rest| rest.split("\n## ").next())
        .expect("the flags section");
    assert!(
        attention.starts_with("- **2026-11-06: a stop rule applied"),
        "{md}"
    );
    assert!(
        attention.contains("- 2026-11-02: \u{201c}felt fine\u{201d}"),
        "{md}"
    );
    assert!(
        md.contains("| 2026-11-16 | 08:00 | Home hips | 3 / 2 | 2 of 3 | completed |  |  |"),
        "{md}"
    );
}

/// A tool the print test needs; `None` (the test skips) only outside CI.
fn tool(name: &str) -> Option<&str> {
    if Command::new(name).arg("--version").output().is_ok() {
        return Some(name);
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "{name} is not installed under CI (scripts/install-deps --test installs it)"
    );
    eprintln!("skipping: {name} is not installed (scripts/install-deps --test)");
    None
}

/// `html` printed by headless Chromium; the PDF's size of page 1 and its pages' text.
fn print(html: &Path, pdf: &Path) -> (String, Vec<String>) {
    let printed = Command::new("chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-pdf-header-footer",
        ])
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(html)
        .output()
        .expect("chromium runs");
    assert!(pdf.exists(), "{}", String::from_utf8_lossy(&printed.stderr));
    let info = Command::new("pdfinfo").arg(pdf).output().expect("pdfinfo");
    let info = String::from_utf8_lossy(&info.stdout).into_owned();
    let size = info
        .lines()
        .find_map(|l| l.strip_prefix("Page size:"))
        .map(|s| s.trim().to_owned())
        .unwrap_or_default();
    let text = Command::new("pdftotext")
        .args(["-layout"])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext");
    let pages = String::from_utf8_lossy(&text.stdout)
        .split('\u{c}')
        .map(str::to_owned)
        .filter(|p| !p.trim().is_empty())
        .collect();
    (size, pages)
}

#[test]
fn the_html_report_prints_to_clean_letter_and_a4_pages_with_the_follow_up_first() {
    let (Some(_), Some(_)) = (tool("chromium"), tool("pdftotext")) else {
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    prescribed_history(dir.path());
    // Letter where the locale says so, A4 elsewhere, or as asked (the paper's locale; the
    // words stay English).
    report_with(dir.path(), "letter.html", &[], &[("LANG", "en_US.UTF-8")]);
    report_with(
        dir.path(),
        "a4.html",
        &[],
        &[("LANG", "en_US.UTF-8"), ("LC_PAPER", "de_DE.UTF-8")],
    );
    report_with(
        dir.path(),
        "asked.html",
        &["--paper", "letter"],
        &[("LANG", "en_US.UTF-8"), ("LC_PAPER", "de_DE.UTF-8")],
    );
    let letter = dir.path().join("letter.html");
    let a4 = dir.path().join("a4.html");
    let asked = dir.path().join("asked.html");
    for (page, paper) in [(&letter, "(letter)"), (&a4, "(A4)"), (&asked, "(letter)")] {
        let (size, pages) = print(page, &dir.path().join("out.pdf"));
        assert!(size.ends_with(paper), "{size}");
        assert!(pages.len() >= 2, "{pages:?}");
        // Page 1 answers how it is going, and only that.
        let first = &pages[0];
        for part in [
            "knead report",
            "Prescription:",
            "Needs attention",
            "a stop rule applied",
            "Adherence",
            "4 of 12 prescribed sessions",
        ] {
            assert!(first.contains(part), "{part:?} not on page 1:\n{first}");
        }
        assert!(
            !first.contains("Pain by spot"),
            "details begin on page 2:\n{first}"
        );
        assert!(
            pages[1].trim_start().starts_with("Pain by spot"),
            "{}",
            pages[1]
        );
        // Every session is on paper, none cut between pages.
        let all = pages.join("\n");
        for day in ["2026-11-02", "2026-11-04", "2026-11-06", "2026-11-16"] {
            assert!(
                all.lines()
                    .any(|l| l.trim_start().starts_with(day) && l.contains("Home hips")),
                "the session of {day} is not one line:\n{all}"
            );
        }
        // Nothing runs off the right edge: every line of text fits the page's width.
        let widest = all
            .lines()
            .map(|l| l.trim_end().chars().count())
            .max()
            .unwrap_or(0);
        assert!(widest < 140, "a line of {widest} characters: {all}");
    }
}

/// A table cell's text and the tone of its verdict.
type Cell<'a> = (String, Option<&'a str>);

#[test]
fn one_table_holds_every_spot_left_beside_right_and_the_charts_share_one_time_axis() {
    let dir = tempfile::tempdir().expect("tempdir");
    history_with(&known(), dir.path());
    let html = report(dir.path(), "report.html");
    let doc = roxmltree::Document::parse(html.trim_start_matches("<!DOCTYPE html>"))
        .expect("well-formed");
    let text_of = |node: roxmltree::Node| {
        node.descendants()
            .filter(roxmltree::Node::is_text)
            .map(|n| n.text().unwrap_or_default())
            .collect::<String>()
    };
    let table = doc
        .descendants()
        .find(|n| n.has_tag_name("table") && n.attribute("class") == Some("spots"))
        .expect("the spots table");
    // Each row's cells: (text, the verdict's class).
    let rows: Vec<Vec<Cell>> = table
        .children()
        .filter(|c| c.has_tag_name("tr"))
        .skip(1)
        .map(|tr| {
            tr.children()
                .filter(|c| c.has_tag_name("td"))
                .map(|td| {
                    // The verdict's tone is on its words inside the cell.
                    let tone = td
                        .children()
                        .find_map(|c| c.attribute("class").filter(|_| c.has_tag_name("span")));
                    (text_of(td), tone)
                })
                .collect()
        })
        .collect();
    let row = |spot: &str| {
        rows.iter()
            .find(|r| r[0].0 == spot)
            .unwrap_or_else(|| panic!("no row for {spot}: {rows:?}"))
    };
    // The calf's sides in one row: the left better (said, and coloured: 3 points from 7 is
    // an important change), the right a little (1 point from 8 is not).
    let calf = row("calf");
    assert_eq!(calf[1].0, "7.0 → 4.0 (-3.0) ▆▅▄ better");
    assert_eq!(calf[1].1, Some("good"));
    assert_eq!(calf[2].0, "8.0 → 7.0 (-1.0) ▇▇▆");
    assert_eq!(calf[2].1, None);
    // The hip, right side only, got worse; the neck has no side: its own column, never the
    // left's.
    let hip = row("hip");
    assert_eq!(
        (hip[1].0.as_str(), hip[2].0.as_str(), hip[3].0.as_str()),
        ("", "3.0 → 6.0 (+3.0) ▃▄▅ worse", "")
    );
    assert_eq!(hip[2].1, Some("bad"));
    let neck = row("neck");
    assert_eq!((neck[1].0.as_str(), neck[2].0.as_str()), ("", ""));
    assert!(neck[3].0.starts_with("8.0 → 8.0"), "{neck:?}");
    // Every chart runs to the report's last day, the neck's (rated once, on the first day) too.
    let charts: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name("section") && n.attribute("class") == Some("spot"))
        .collect();
    assert_eq!(charts.len(), 4);
    for chart in charts {
        assert!(
            text_of(chart).contains("last 2026-11-10"),
            "{}",
            text_of(chart)
        );
    }
}

#[test]
fn manual_release_times_are_followed_over_sessions() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut rows = Vec::new();
    for (uid, day, seconds) in [
        ("m1", date(2026, 11, 2), [44.0, 36.0]),
        ("m2", date(2026, 11, 9), [30.0, 20.0]),
    ] {
        for (i, s) in seconds.into_iter().enumerate() {
            let mut hold = row(
                uid,
                day,
                u32::try_from(i).expect("index"),
                "neck",
                "",
                Some(5),
                "released",
            );
            hold.released_s = Some(s);
            rows.push(hold);
        }
    }
    history_with(&rows, dir.path());
    let html = report(dir.path(), "report.html");
    assert!(
        html.contains("<tr><td>neck</td><td>40 s</td><td>25 s</td><td>-15 s</td><td>2</td></tr>"),
        "the mean of each session's reps, first against last: {html}"
    );
    let md = report(dir.path(), "report.md");
    assert!(md.contains("| neck | 40 s | 25 s | -15 s | 2 |"), "{md}");
}

// What a therapist's trial found wrong, each on a history built for it.

/// Every session of `rows` as the report's sessions table lists it, joined by `|`.
fn session_rows(html: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(html.trim_start_matches("<!DOCTYPE html>"))
        .expect("well-formed");
    let text_of = |node: roxmltree::Node| {
        node.descendants()
            .filter(roxmltree::Node::is_text)
            .map(|n| n.text().unwrap_or_default())
            .collect::<String>()
    };
    doc.descendants()
        .filter(|n| n.has_tag_name("table") && n.attribute("class") == Some("sessions"))
        .flat_map(|t| {
            t.children()
                .filter(|c| c.has_tag_name("tr"))
                .skip(1)
                .map(|tr| {
                    tr.children()
                        .filter(|c| c.has_tag_name("td"))
                        .map(text_of)
                        .collect::<Vec<_>>()
                        .join("|")
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

/// The report's text, tags left out.
fn words_of(html: &str) -> String {
    let doc = roxmltree::Document::parse(html.trim_start_matches("<!DOCTYPE html>"))
        .expect("well-formed");
    doc.descendants()
        .filter(roxmltree::Node::is_text)
        .map(|n| n.text().unwrap_or_default())
        .collect::<Vec<_>>()
        .join(" ")
}

/// One held, rated hold of the prescribed neck routine in a session on `day`; `file` and
/// `title` as the client's knead wrote them that day.
fn neck(uid: &str, day: jiff::civil::Date, file: &str, title: &str) -> ExportRow {
    let mut hold = row(uid, day, 0, "upper trapezius", "left", Some(5), "completed");
    hold.routine = title.into();
    hold.routine_path = file.into();
    hold.programme_start = "2026-11-02".into();
    hold.programme_weeks = Some(4);
    hold.programme_per_week = Some(3);
    // The week its knead ran: week 1's values before the start.
    let days = (day - date(2026, 11, 2)).get_days().max(0);
    hold.week = Some(u8::try_from(days / 7 + 1).expect("a week"));
    hold.phase = Some(1);
    hold
}

/// Sessions of a prescribed neck routine in `dir`, its file edited in week 3, beside another
/// routine's and an earlier programme's.
fn edited_programme(dir: &Path) {
    let file = "/home/ana/routines/desk-neck.toml";
    let mut rows = Vec::new();
    // Week 1: three sessions; week 2: two, and two quick ones of another routine; week 3 the
    // therapist renamed the routine and changed its holds (a new hash): three, and one
    // other; week 4: two. One more, two days before the start, ran week 1's values.
    let prescribed = [
        date(2026, 10, 31),
        date(2026, 11, 2),
        date(2026, 11, 4),
        date(2026, 11, 6),
        date(2026, 11, 10),
        date(2026, 11, 12),
        date(2026, 11, 16),
        date(2026, 11, 18),
        date(2026, 11, 20),
        date(2026, 11, 24),
        date(2026, 11, 26),
    ];
    for (n, day) in prescribed.into_iter().enumerate() {
        let edited = day >= date(2026, 11, 16);
        let title = if edited { "Neck, phase 2" } else { "Desk neck" };
        let mut hold = neck(&format!("p{n}"), day, file, title);
        if edited {
            hold.routine_hash = "1".repeat(64);
        }
        rows.push(hold);
    }
    for (n, day) in [date(2026, 11, 10), date(2026, 11, 11), date(2026, 11, 17)]
        .into_iter()
        .enumerate()
    {
        let mut other = row(
            &format!("o{n}"),
            day,
            0,
            "forearm",
            "left",
            Some(3),
            "completed",
        );
        other.routine = "Typing forearms".into();
        other.routine_path = "bundled/typing-forearms.toml".into();
        rows.push(other);
    }
    // Two sessions of the same routine in an earlier programme (from 2026-10-05): its week 1
    // is not this programme's.
    for (n, day) in [date(2026, 10, 6), date(2026, 10, 8)]
        .into_iter()
        .enumerate()
    {
        let mut old = neck(&format!("old{n}"), day, file, "Desk neck");
        old.programme_start = "2026-10-05".into();
        old.week = Some(1);
        rows.push(old);
    }
    history_with(&rows, dir);
}

#[test]
fn adherence_counts_only_the_prescribed_routine_across_edits_of_its_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    edited_programme(dir.path());
    let whole = report_with(dir.path(), "whole.html", &["--until", "2026-11-29"], &[]);
    assert!(
        words_of(&whole).contains("10 of 12 prescribed sessions of Neck, phase 2 (83%)"),
        "{}",
        words_of(&whole)
    );
    let html = report_with(
        dir.path(),
        "report.html",
        &["--since", "2026-10-30", "--until", "2026-11-29"],
        &[],
    );
    let text = words_of(&html);
    assert!(
        text.contains(
            "10 of 12 prescribed sessions of Neck, phase 2 (83%) in weeks 1-4 (3 a week)."
        ),
        "{text}"
    );
    assert!(
        text.contains(
            "On average 2.5 sessions a week of Neck, phase 2 over the programme's 4 weeks so far."
        ),
        "{text}"
    );
    let weeks = text
        .split("Programme week")
        .nth(1)
        .expect("the weeks' table");
    assert!(
        weeks.starts_with(" 1 2 3 4 Sessions 3 of 3 2 of 3 3 of 3 2 of 3 "),
        "{weeks}"
    );
    // Nor is it phase 1's, though it ran phase 1's holds.
    assert!(
        text.contains("Held on average 1 1-4 10 60 s 60 s"),
        "{text}"
    );
    // The session before the start is listed as such, not as week 1.
    let sessions = session_rows(&html);
    assert_eq!(
        sessions[0],
        "2026-10-31|08:00|Desk neck|before the start|1 of 1|completed||"
    );
    assert!(sessions[1].starts_with("2026-11-02|08:00|Desk neck|1 / 1|"));

    // Limited to the other routine, by the name `knead run` takes.
    let other = report_with(
        dir.path(),
        "other.html",
        &["--routine", "typing-forearms"],
        &[],
    );
    assert_eq!(session_rows(&other).len(), 3);
    assert!(words_of(&other).contains("3 sessions"));
}

#[test]
fn weeks_and_times_are_the_clients_wherever_the_report_is_made() {
    let dir = tempfile::tempdir().expect("tempdir");
    let la = |uid: &str, utc: &str, week: u8| {
        let mut hold = neck(uid, date(2026, 11, 9), "desk-neck.toml", "Desk neck");
        hold.session_started = utc.into();
        hold.week = Some(week);
        hold.time_zone = "America/Los_Angeles".into();
        hold.utc_offset = "UTC-08:00".into();
        hold
    };
    // Sunday 22:00, Monday 23:30 and the next Sunday 21:00 in Los Angeles: weeks 1, 2, 2 for
    // the client, though in UTC they fall on Mondays and a Tuesday (weeks 2, 2, 3). One
    // more before the start, in summer time.
    let mut summer = la("s", "2026-10-31T17:00:00Z", 1);
    summer.utc_offset = "UTC-07:00".into();
    history_with(
        &[
            summer,
            la("a", "2026-11-09T06:00:00Z", 1),
            la("b", "2026-11-10T07:30:00Z", 2),
            la("c", "2026-11-16T05:00:00Z", 2),
        ],
        dir.path(),
    );
    for zone in ["UTC", "Asia/Tokyo"] {
        let html = report_with(
            dir.path(),
            "report.html",
            &["--until", "2026-11-22"],
            &[("TZ", zone)],
        );
        let text = words_of(&html);
        let weeks = text
            .split("Programme week")
            .nth(1)
            .expect("the weeks' table");
        assert!(
            weeks.starts_with(" 1 2 3 Sessions 1 of 3 2 of 3 0 of 3 "),
            "{zone}: {weeks}"
        );
        assert!(
            text.contains("Days and times are yours, as the sessions were done: America/Los_Angeles, UTC-07:00 and UTC-08:00."),
            "{text}"
        );
        assert_eq!(
            session_rows(&html)
                .iter()
                .map(|r| r.split('|').take(4).collect::<Vec<_>>().join("|"))
                .collect::<Vec<_>>(),
            [
                "2026-10-31|10:00|Desk neck|before the start",
                "2026-11-08|22:00|Desk neck|1 / 1",
                "2026-11-09|23:30|Desk neck|2 / 1",
                "2026-11-15|21:00|Desk neck|2 / 1",
            ],
            "{zone}"
        );
    }
}

#[test]
fn a_region_done_with_and_without_a_side_keeps_every_row() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut rows = Vec::new();
    for (uid, day) in [("a", date(2026, 11, 2)), ("b", date(2026, 11, 4))] {
        rows.push(row(
            uid,
            day,
            0,
            "upper trapezius",
            "left",
            Some(6),
            "completed",
        ));
        rows.push(row(
            uid,
            day,
            1,
            "upper trapezius",
            "right",
            Some(6),
            "completed",
        ));
        rows.push(row(
            uid,
            day,
            2,
            "upper trapezius",
            "",
            Some(3),
            "completed",
        ));
    }
    history_with(&rows, dir.path());
    let html = report(dir.path(), "report.html");
    let doc = roxmltree::Document::parse(html.trim_start_matches("<!DOCTYPE html>"))
        .expect("well-formed");
    let table = doc
        .descendants()
        .find(|n| n.has_tag_name("table") && n.attribute("class") == Some("spots"))
        .expect("the spots table");
    let cells: Vec<Vec<String>> = table
        .children()
        .filter(|c| c.has_tag_name("tr"))
        .skip(1)
        .map(|tr| {
            tr.children()
                .filter(|c| c.has_tag_name("td"))
                .map(|td| {
                    td.descendants()
                        .filter(roxmltree::Node::is_text)
                        .map(|n| n.text().unwrap_or_default())
                        .collect::<String>()
                })
                .collect()
        })
        .collect();
    // One row: left, right, and the sideless holds in a column of their own.
    assert_eq!(cells.len(), 1, "{cells:?}");
    assert_eq!(cells[0][0], "upper trapezius");
    assert!(cells[0][1].starts_with("6.0 → 6.0") && cells[0][2].starts_with("6.0 → 6.0"));
    assert!(cells[0][3].starts_with("3.0 → 3.0"), "{cells:?}");
    let md = report(dir.path(), "report.md");
    assert!(md.contains("| Spot | Left | Right | No side |"), "{md}");
    let row = md
        .lines()
        .find(|l| l.starts_with("| upper trapezius |"))
        .expect("the row");
    let cells: Vec<&str> = row.split(" | ").collect();
    assert!(
        cells[1].starts_with("6.0 → 6.0") && cells[2].starts_with("6.0 → 6.0"),
        "{row}"
    );
    assert!(cells[3].starts_with("3.0 → 3.0"), "{row}");
}

#[test]
fn a_session_cut_short_counts_against_the_holds_it_planned() {
    let dir = tempfile::tempdir().expect("tempdir");
    let planned = |mut hold: ExportRow, outcome: &str| {
        hold.holds_planned = Some(4);
        hold.session_outcome = outcome.into();
        hold
    };
    let day = date(2026, 11, 2);
    let mut rows: Vec<ExportRow> = (0..3)
        .map(|i| {
            planned(
                row("quit", day, i, "calf", "left", Some(4), "completed"),
                "quit",
            )
        })
        .collect();
    // The first hold done again: still one hold of four.
    let mut again = planned(
        row("quit", day, 0, "calf", "left", Some(3), "completed"),
        "quit",
    );
    again.attempt = 2;
    rows.insert(1, again);
    rows.push(planned(
        row(
            "cut",
            date(2026, 11, 3),
            0,
            "calf",
            "left",
            Some(4),
            "completed",
        ),
        "interrupted",
    ));
    history_with(&rows, dir.path());
    let html = report(dir.path(), "report.html");
    let sessions = session_rows(&html);
    assert_eq!(
        sessions[0],
        "2026-11-02|08:00|Post-run legs||3 of 4|stopped||"
    );
    assert_eq!(
        sessions[1],
        "2026-11-03|08:00|Post-run legs||1 of 4|interrupted||"
    );
    assert!(words_of(&html).contains("Holds held in both sessions: 4 of 8 planned."));

    let fhir = Command::new(env!("CARGO_BIN_EXE_knead"))
        .arg("--data-dir")
        .arg(dir.path())
        .args(["export", "--format", "fhir"])
        .output()
        .expect("runs");
    let fhir = String::from_utf8_lossy(&fhir.stdout);
    assert!(fhir.contains("3 of 4 holds held (quit)"), "{fhir}");
    assert!(fhir.contains("1 of 4 holds held (interrupted)"), "{fhir}");
}

#[test]
fn what_cannot_be_a_report_is_refused_with_the_reason_and_the_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    history_with(&known(), dir.path());
    let said = |output: &std::process::Output| String::from_utf8_lossy(&output.stderr).into_owned();

    let backwards = knead_report(
        dir.path(),
        &dir.path().join("r.html"),
        &["--since", "2026-11-10", "--until", "2026-11-02"],
        &[],
    );
    assert_eq!(backwards.status.code(), Some(2));
    assert!(said(&backwards).contains("--since 2026-11-10 is after --until 2026-11-02"));
    assert!(!dir.path().join("r.html").exists());
    let export = Command::new(env!("CARGO_BIN_EXE_knead"))
        .arg("--data-dir")
        .arg(dir.path())
        .args([
            "export",
            "--format",
            "csv",
            "--since",
            "2026-11-10",
            "--until",
            "2026-11-02",
        ])
        .output()
        .expect("runs");
    assert_eq!(export.status.code(), Some(2), "{}", said(&export));

    let pdf = dir.path().join("r.pdf");
    let refused = knead_report(dir.path(), &pdf, &[], &[]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(
        said(&refused).contains("end it in .html"),
        "{}",
        said(&refused)
    );
    assert!(!pdf.exists(), "nothing written into r.pdf");

    let nowhere = knead_report(dir.path(), Path::new("/proc/nope/r.html"), &[], &[]);
    assert_eq!(nowhere.status.code(), Some(1));
    let words = said(&nowhere);
    assert!(
        words.contains("cannot write /proc/nope/r.html: the folder it goes in does not exist"),
        "{words}"
    );
    assert!(!words.contains("os error"), "{words}");
}

#[test]
fn markdown_keeps_what_a_routine_or_a_note_says_as_text() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut hold = row(
        "a",
        date(2026, 11, 2),
        0,
        "<b>calf</b>",
        "left",
        Some(4),
        "completed",
    );
    hold.routine = "<script>alert(1)</script>".into();
    hold.note = "[x](javascript:alert(1)) <img src=x onerror=alert(1)> <!-- the rest".into();
    history_with(&[hold], dir.path());
    let md = report(dir.path(), "report.md");
    // Every `<`, `[` and `]` is escaped: none opens a tag, a comment or a link.
    for (i, c) in md.char_indices() {
        if matches!(c, '<' | '[' | ']') && !md[..i].ends_with('\\') {
            let start = md[..i].rfind('\n').map_or(0, |n| n + 1);
            let line = md[start..].lines().next().unwrap_or_default();
            // Only the chart links knead writes itself are links.
            assert!(line.starts_with("!["), "{c} unescaped after {line:?}");
        }
    }
    assert!(md.contains("\\<script\\>alert(1)\\</script\\>"), "{md}");
    assert!(md.contains("\\[x\\](javascript:alert(1))"), "{md}");
}

#[test]
fn the_first_page_has_the_main_outcome_the_prescribed_holds_against_those_held_and_file_changes() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut rows = Vec::new();
    // Four sessions, two a phase: phase 1 prescribes 30 s, phase 2 (from week 3, a new
    // version of the file) 45 s, one hold of which was extended to 60 s.
    let days = [
        (date(2026, 11, 3), 1, 1),
        (date(2026, 11, 10), 2, 1),
        (date(2026, 11, 17), 3, 2),
        (date(2026, 11, 24), 4, 2),
    ];
    // First against last: 8 -> 6 is less than the 3 that matters from 8; 5 -> 3 is the 2
    // that matters from 5; 2 -> 1 the 1 that matters from 2.
    let ratings = [[8, 5, 2], [8, 4, 2], [7, 4, 1], [6, 3, 1]];
    for (n, (day, week, phase)) in days.into_iter().enumerate() {
        for (i, region) in ["upper trapezius", "levator scapulae", "infraspinatus"]
            .into_iter()
            .enumerate()
        {
            let index = u32::try_from(i).expect("small");
            let mut hold = neck(&format!("s{n}"), day, "neck.toml", "Neck");
            hold.region = region.into();
            hold.hold_index = index;
            hold.step = index;
            hold.rating = Some(ratings[n][i]);
            hold.week = Some(week);
            hold.phase = Some(phase);
            let prescribed = if phase == 1 { 30.0 } else { 45.0 };
            hold.planned_s = if n == 3 && i == 0 { 60.0 } else { prescribed };
            hold.held_s = hold.planned_s;
            if phase == 2 {
                hold.routine_hash = "2".repeat(64);
            }
            rows.push(hold);
        }
    }
    history_with(&rows, dir.path());
    let html = report_with(dir.path(), "report.html", &["--until", "2026-11-29"], &[]);
    let doc = roxmltree::Document::parse(html.trim_start_matches("<!DOCTYPE html>"))
        .expect("well-formed");
    let text_of = |node: roxmltree::Node| {
        node.descendants()
            .filter(roxmltree::Node::is_text)
            .map(|n| n.text().unwrap_or_default())
            .collect::<String>()
    };
    let table = |kind: &str| -> Vec<String> {
        doc.descendants()
            .find(|n| n.has_tag_name("table") && n.attribute("class") == Some(kind))
            .unwrap_or_else(|| panic!("no {kind} table"))
            .children()
            .filter(|c| c.has_tag_name("tr"))
            .skip(1)
            .map(|tr| {
                tr.children()
                    .filter(|c| c.has_tag_name("td"))
                    .map(text_of)
                    .collect::<Vec<_>>()
                    .join("|")
            })
            .collect()
    };
    assert_eq!(
        table("outcome"),
        [
            "upper trapezius, left|8.0 (2026-11-03)|6.0 (2026-11-24)|-2.0|3|no important change",
            "levator scapulae, left|5.0 (2026-11-03)|3.0 (2026-11-24)|-2.0|2|better",
            "infraspinatus, left|2.0 (2026-11-03)|1.0 (2026-11-24)|-1.0|1|better",
        ]
    );
    assert_eq!(
        table("phases"),
        ["1|1-2|2|30 s|30 s", "2|3-4|2|45 s|48 s"],
        "the extended hold is not the prescription, and is held"
    );
    let words = words_of(&html);
    assert!(
        words.contains(
            "The routine's file changed on 2026-11-17: the sessions since 2026-11-17 ran its \
             latest version."
        ),
        "{words}"
    );
    // All of it is on the first page, before the details.
    let first_page = words.split("Pain by spot").next().expect("a first page");
    for part in ["Main outcome", "Hold prescribed", "file changed"] {
        assert!(first_page.contains(part), "{part}: {first_page}");
    }
}

/// The report in German, Spanish and French: its headings, flags and tables in the
/// language, its days as the language writes them, and no English heading left.
#[test]
fn the_report_is_written_in_the_language_chosen() {
    use knead::lang::{Language, scoped};
    use knead_core::t;
    let dir = tempfile::tempdir().expect("tempdir");
    prescribed_history(dir.path());
    let english = scoped(Language::English, || {
        [
            t!("report-main-outcome"),
            t!("report-needs-attention"),
            t!("report-adherence"),
            t!("report-sessions"),
        ]
    });
    for (language, day) in [
        (Language::German, "02.11.2026"),
        (Language::Spanish, "02/11/2026"),
        (Language::French, "02/11/2026"),
    ] {
        let code = language.code();
        let text = report_with(
            dir.path(),
            &format!("{code}.md"),
            &["--lang", code],
            &[("LANG", "en_US.UTF-8")],
        );
        let headings = scoped(language, || {
            [
                t!("report-main-outcome"),
                t!("report-needs-attention"),
                t!("report-adherence"),
                t!("report-sessions"),
            ]
        });
        for (theirs, ours) in headings.iter().zip(&english) {
            assert_ne!(theirs, ours, "{code}: {ours} is translated");
            assert!(
                text.contains(&format!("## {theirs}")),
                "{code}: {theirs}\n{text}"
            );
            assert!(
                !text.contains(&format!("## {ours}\n")),
                "{code}: English {ours}\n{text}"
            );
        }
        assert!(text.contains(day), "{code}: days written {day}\n{text}");
        assert!(!text.contains("2026-11-02"), "{code}: no ISO day\n{text}");
        let html = report_with(dir.path(), &format!("{code}.html"), &["--lang", code], &[]);
        assert!(html.contains(&format!("<html lang=\"{code}\">")), "{code}");
    }
}
