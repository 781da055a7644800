use jiff::Timestamp;
use rusqlite::Connection;
use rusqlite_migration::{M, Migrations};

use super::schema::{FIRST, LATEST_VERSION, create_latest, migrations};
use super::*;
use crate::body::SpotId;
use crate::session::HoldOutcome;

fn at(text: &str) -> Timestamp {
    text.parse().expect("a time")
}

/// `text` on a clock in Los Angeles.
fn in_la(text: &str) -> jiff::Zoned {
    at(text).in_tz("America/Los_Angeles").expect("a time zone")
}

fn session(uid: &str) -> NewSession {
    NewSession {
        uid: uid.into(),
        routine_name: "Desk".into(),
        routine_hash: "abc".into(),
        routine_path: "bundled/desk-neck.toml".into(),
        started_at: at("2026-11-21T10:00:00Z"),
        clock: Clock::default(),
        holds_planned: 1,
        programme: Programme::default(),
        pain_before: None,
        activities: Vec::new(),
    }
}

fn hold(index: u32, region: &str) -> HoldRow {
    HoldRow {
        hold_index: index,
        step: 0,
        region: region.into(),
        spot: SpotId::recognise(region, Some(Side::Left)),
        tool: "ball".into(),
        side: Some(Side::Left),
        rep: 1,
        planned_ms: 60_000,
        held_ms: 60_000,
        released_ms: None,
        outcome: HoldOutcome::Completed,
        ended_at: at("2026-11-21T10:01:05Z"),
    }
}

#[test]
fn the_latest_answer_to_the_stop_rules_is_kept_per_routine_file() {
    let mut store = Store::in_memory().expect("opens");
    assert_eq!(store.last_screening("abc").expect("reads"), None);
    let numb = vec!["numbness or tingling".to_owned()];
    store
        .screen(
            "Desk",
            "abc",
            &in_la("2026-11-21T10:00:00Z"),
            Screening::YesStopped,
            &numb,
        )
        .expect("writes");
    store
        .screen(
            "Desk",
            "abc",
            &in_la("2026-11-22T10:00:00Z"),
            Screening::No,
            &[],
        )
        .expect("writes");
    store
        .screen(
            "Desk",
            "def",
            &in_la("2026-11-23T05:00:00Z"),
            Screening::YesWentOn,
            &numb,
        )
        .expect("writes");
    assert_eq!(
        store.last_screening("abc").expect("reads"),
        Some((Screening::No, at("2026-11-22T10:00:00Z")))
    );
    assert_eq!(
        store.last_screening("def").expect("reads").map(|(a, _)| a),
        Some(Screening::YesWentOn)
    );
    // Every answer, with the lines answered yes.
    let answers = store.stop_rule_answers(&Filter::default()).expect("reads");
    let yes_to: Vec<&[String]> = answers.iter().map(|a| a.yes_to.as_slice()).collect();
    assert_eq!(yes_to, [&numb[..], &[], &numb[..]]);
    // Each on the person's clock: 05:00 UTC on the 23rd was the evening of the 22nd in Los
    // Angeles, whatever zone reads it.
    let zones: Vec<Option<&str>> = answers.iter().map(|a| a.clock.zone.as_deref()).collect();
    assert_eq!(zones, [Some("America/Los_Angeles"); 3]);
    let on_22nd = Filter {
        since: Some(jiff::civil::date(2026, 11, 22)),
        until: Some(jiff::civil::date(2026, 11, 22)),
        ..Filter::default()
    };
    let answers = store.stop_rule_answers(&on_22nd).expect("reads");
    let asked: Vec<String> = answers.iter().map(|a| a.asked_at.to_string()).collect();
    assert_eq!(asked, ["2026-11-22T10:00:00Z", "2026-11-23T05:00:00Z"]);
    let programme = Programme {
        week: Some(2),
        phase: Some(1),
        screening: Some(Screening::YesWentOn),
        start: Some(jiff::civil::date(2026, 11, 16)),
        weeks: Some(6),
        per_week: Some(3),
        by: Some("J. Ortiz, PT".into()),
        client: Some("maria".into()),
        stop_above: Some(7),
    };
    let id = store
        .begin(
            &NewSession {
                programme: programme.clone(),
                ..session("s1")
            },
            "",
        )
        .expect("begins");
    store.hold(id, &hold(0, "calf")).expect("hold");
    let held = store.holds(&Filter::default()).expect("reads");
    assert_eq!(held[0].programme, programme);
}

/// Every table's columns, indexes and foreign keys, as SQLite reports them.
fn schema_of(conn: &Connection) -> Vec<String> {
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .expect("prepare")
        .query_map([], |r| r.get(0))
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows");
    let mut described = Vec::new();
    for table in tables {
        for pragma in ["table_info", "index_list", "foreign_key_list"] {
            let mut statement = conn
                .prepare(&format!("SELECT * FROM pragma_{pragma}('{table}')"))
                .expect("prepare");
            let columns = statement.column_count();
            let rows = statement
                .query_map([], |r| {
                    (0..columns)
                        .map(|i| {
                            r.get::<_, rusqlite::types::Value>(i)
                                .map(|v| format!("{v:?}"))
                        })
                        .collect::<Result<Vec<_>, _>>()
                })
                .expect("query");
            for row in rows {
                described.push(format!("{table} {pragma} {}", row.expect("row").join(" ")));
            }
        }
    }
    described
}

#[test]
fn a_new_history_gets_the_same_schema_the_migrations_build() {
    let mut migrated = Connection::open_in_memory().expect("open");
    migrations().to_latest(&mut migrated).expect("migrations");
    let mut fresh = Connection::open_in_memory().expect("open");
    create_latest(&mut fresh).expect("latest");
    assert_eq!(schema_of(&fresh), schema_of(&migrated));
    let version = |c: &Connection| -> u32 {
        c.query_row("PRAGMA user_version", [], |r| r.get(0))
            .expect("version")
    };
    assert_eq!(version(&fresh), version(&migrated));
    migrations()
        .to_latest(&mut fresh)
        .expect("nothing left to do");
    assert_eq!(version(&fresh), LATEST_VERSION);
    // A history that has tables already is left to the migrations.
    create_latest(&mut migrated).expect("no-op");
    assert_eq!(schema_of(&migrated), schema_of(&fresh));
}

#[test]
fn migrations_apply_to_a_new_database_and_are_valid() {
    migrations().validate().expect("migrations are valid");
    let store = Store::in_memory().expect("opens");
    assert_eq!(store.version().expect("version"), LATEST_VERSION);
}

#[test]
fn a_history_from_before_spots_learns_them_and_keeps_every_hold_as_written() {
    let dir = tempfile::tempdir().expect("tempdir");
    {
        // A history as knead wrote it before version 2.
        let mut conn = Connection::open(dir.path().join(FILE)).expect("open");
        Migrations::new(vec![M::up(FIRST)])
            .to_latest(&mut conn)
            .expect("version 1");
        conn.execute_batch(
            "INSERT INTO session (id, uid, routine_name, routine_hash, routine_path, started_at)
             VALUES (1, 'a', 'Desk', 'h', 'p', '2026-11-20T10:00:00Z'),
                    (2, 'b', 'Desk', 'h', 'p', '2026-11-21T10:00:00Z');
             INSERT INTO hold (session_id, hold_index, attempt, step, region, tool, side, rep,
                               planned_ms, held_ms, outcome, rating, ended_at)
             VALUES (1, 0, 1, 0, 'upper traps', 'ball', 'left', 1, 1, 1, 'completed', 7,
                     '2026-11-20T10:01:00Z'),
                    (1, 1, 1, 0, 'my sore ear', 'ball', '', 1, 1, 1, 'completed', 2,
                     '2026-11-20T10:02:00Z'),
                    (2, 0, 1, 0, 'Upper Trapezius', 'ball', 'left', 1, 1, 1, 'completed', 5,
                     '2026-11-21T10:01:00Z'),
                    (2, 1, 1, 0, 'calves', 'roller', '', 1, 1, 1, 'completed', 3,
                     '2026-11-21T10:02:00Z');",
        )
        .expect("rows");
    }
    let store = Store::open(dir.path()).expect("migrated");
    assert_eq!(store.version().expect("version"), LATEST_VERSION);
    let holds = store.holds(&Filter::default()).expect("holds");
    let spots: Vec<(&str, Option<String>, String)> = holds
        .iter()
        .map(|h| {
            (
                h.region.as_str(),
                h.spot.map(|s| s.to_string()),
                h.spot_label(),
            )
        })
        .collect();
    assert_eq!(
        spots,
        [
            (
                "upper traps",
                Some("upper-trapezius:left".to_owned()),
                "upper trapezius, left".to_owned()
            ),
            ("my sore ear", None, "my sore ear".to_owned()),
            (
                "Upper Trapezius",
                Some("upper-trapezius:left".to_owned()),
                "upper trapezius, left".to_owned()
            ),
            ("calves", Some("calf".to_owned()), "calf".to_owned()),
        ]
    );
}

#[test]
fn an_empty_file_becomes_a_history() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join(FILE), b"").expect("touch");
    let store = Store::open(dir.path()).expect("opens an empty file");
    assert_eq!(store.version().expect("version"), LATEST_VERSION);
}

#[test]
fn a_redone_hold_is_a_second_attempt_and_the_rating_goes_to_the_latest() {
    let mut store = Store::in_memory().expect("opens");
    let id = store.begin(&session("s1"), "").expect("begin");
    store.hold(id, &hold(0, "calf")).expect("hold");
    store
        .rate(id, 0, Some(6), at("2026-11-21T10:01:10Z"))
        .expect("rate");
    store.hold(id, &hold(0, "calf")).expect("redo");
    store
        .rate(id, 0, Some(4), at("2026-11-21T10:02:10Z"))
        .expect("rate again");
    let rows: Vec<(u32, Option<u8>)> = store
        .conn
        .prepare("SELECT attempt, rating FROM hold ORDER BY attempt")
        .expect("prepare")
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows");
    assert_eq!(rows, vec![(1, Some(6)), (2, Some(4))]);
}

#[test]
fn a_word_no_knead_writes_is_an_error_not_a_guess() {
    let mut store = Store::in_memory().expect("opens");
    let id = store.begin(&session("s1"), "").expect("begin");
    store.hold(id, &hold(0, "calf")).expect("hold");
    let read = store.holds(&Filter::default()).expect("reads");
    assert_eq!(
        (read[0].side, read[0].outcome),
        (Some(Side::Left), HoldOutcome::Completed)
    );
    store
        .conn
        .execute("UPDATE hold SET side = 'middle'", [])
        .expect("update");
    let error = store.holds(&Filter::default()).expect_err("refused");
    assert!(error.to_string().contains("\"middle\""), "{error}");
}

#[test]
fn a_file_that_is_not_a_database_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join(FILE);
    let garbage: Vec<u8> = (0..8192u32).map(|i| (i * 7 % 251) as u8).collect();
    std::fs::write(&path, &garbage).expect("write");
    let error = Store::open(dir.path()).expect_err("damaged");
    assert!(matches!(error, StoreError::Damaged { .. }), "{error}");
    assert!(
        error.to_string().contains("it was left as it is"),
        "{error}"
    );
    assert_eq!(std::fs::read(&path).expect("read"), garbage);
}

#[test]
fn a_folder_that_cannot_be_created_is_a_clear_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("not-a-folder");
    std::fs::write(&file, b"x").expect("write");
    let error = Store::open(&file.join("knead")).expect_err("cannot create");
    assert!(error.to_string().starts_with("cannot open "), "{error}");
}

#[test]
fn last_ratings_come_from_the_previous_session_of_the_same_routine() {
    let mut store = Store::in_memory().expect("opens");
    let first = store.begin(&session("s1"), "").expect("begin");
    store.hold(first, &hold(0, "calf")).expect("hold");
    store
        .rate(first, 0, Some(7), at("2026-11-21T10:01:10Z"))
        .expect("rate");
    let mut second = session("s2");
    second.started_at = at("2026-11-22T10:00:00Z");
    store.begin(&second, "").expect("begin");
    assert_eq!(
        store.last_ratings("Desk", "s2").expect("query"),
        vec![("calf".into(), Some(Side::Left), 7)]
    );
    assert_eq!(store.last_ratings("Other", "s2").expect("query"), vec![]);
}

#[test]
fn starts_are_the_persons_own_sessions_done_oldest_first() {
    let mut store = Store::in_memory().expect("opens");
    let mut later = session("s2");
    later.started_at = at("2026-11-22T10:00:00Z");
    for (uid, client) in [(later, ""), (session("s1"), ""), (session("c1"), "maria")] {
        let id = store.begin(&uid, client).expect("begin");
        store.hold(id, &hold(0, "calf")).expect("a hold");
    }
    // Quit before its first hold, or its only hold skipped: not a session done.
    let mut quit = session("s3");
    quit.started_at = at("2026-11-23T10:00:00Z");
    store.begin(&quit, "").expect("begin");
    let mut skipped = session("s4");
    skipped.started_at = at("2026-11-23T11:00:00Z");
    let id = store.begin(&skipped, "").expect("begin");
    let mut not_held = hold(0, "calf");
    not_held.outcome = HoldOutcome::Skipped;
    store.hold(id, &not_held).expect("a hold");
    let starts = store.starts().expect("query");
    assert_eq!(starts.len(), 2, "{starts:?}");
    assert!(starts[0].at < starts[1].at);
    assert_eq!(starts[1].at.to_string(), "2026-11-22T10:00:00Z");
    assert_eq!(starts[0].routine_path, "bundled/desk-neck.toml");
}

#[test]
fn a_peek_reads_what_was_written_finds_nothing_where_there_is_no_history_and_writes_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    assert!(Store::peek(dir.path()).is_none());
    let mut store = Store::open(dir.path()).expect("opens");
    let id = store.begin(&session("s1"), "").expect("begin");
    store.hold(id, &hold(0, "calf")).expect("a hold");
    let mut peeked = Store::peek(dir.path()).expect("a history");
    assert_eq!(peeked.starts().expect("reads").len(), 1);
    assert!(peeked.begin(&session("s2"), "").is_err(), "read-only");

    let damaged = tempfile::tempdir().expect("tempdir");
    let file = damaged.path().join(FILE);
    std::fs::write(&file, b"not a database, but someone's notes").expect("write");
    assert!(Store::peek(damaged.path()).is_none_or(|s| s.starts().is_err()));
    assert_eq!(
        std::fs::read(&file).expect("read"),
        b"not a database, but someone's notes",
        "a glance writes nothing"
    );
}

#[test]
fn a_session_keeps_its_plan_and_the_persons_clock_and_reads_them_back() {
    let mut store = Store::in_memory().expect("opens");
    let start = at("2026-11-03T06:30:00Z");
    let id = store
        .begin(
            &NewSession {
                started_at: start,
                clock: Clock {
                    zone: Some("America/Los_Angeles".into()),
                    offset: jiff::tz::Offset::from_hours(-8).ok(),
                },
                holds_planned: 4,
                ..session("s1")
            },
            "",
        )
        .expect("begins");
    store.hold(id, &hold(0, "calf")).expect("hold");
    let read = &store.holds(&Filter::default()).expect("reads")[0];
    assert_eq!(read.holds_planned, Some(4));
    assert_eq!(read.clock.zone.as_deref(), Some("America/Los_Angeles"));
    assert_eq!(read.clock.offset_seconds(), Some(-8 * 3600));
    // 06:30 UTC is the evening before in Los Angeles, wherever the history is read.
    let local = read.local_start(&jiff::tz::TimeZone::UTC);
    assert_eq!(local.to_string(), "2026-11-02T22:30:00");
}

#[test]
fn a_history_from_version_3_keeps_its_sessions_and_learns_nothing_it_never_knew() {
    let dir = tempfile::tempdir().expect("tempdir");
    {
        let mut conn = Connection::open(dir.path().join(FILE)).expect("open");
        // Every migration but the last: a history as version 3 of knead left it.
        let all = Migrations::new(vec![
            M::up(FIRST),
            M::up("ALTER TABLE hold ADD COLUMN spot TEXT;"),
            M::up(super::schema::PROGRAMMES),
        ]);
        all.to_latest(&mut conn).expect("version 3");
        conn.execute_batch(
            "INSERT INTO session (id, uid, routine_name, routine_hash, routine_path, started_at,
                                  week)
             VALUES (1, 'a', 'Desk', 'h', 'p', '2026-11-20T10:00:00Z', 2);
             INSERT INTO hold (session_id, hold_index, attempt, step, region, tool, side, rep,
                               planned_ms, held_ms, outcome, rating, ended_at, spot)
             VALUES (1, 0, 1, 0, 'calf', 'ball', 'left', 1, 1, 1, 'completed', 7,
                     '2026-11-20T10:01:00Z', 'calf:left');",
        )
        .expect("rows");
    }
    let store = Store::open(dir.path()).expect("migrated");
    assert_eq!(store.version().expect("version"), LATEST_VERSION);
    let holds = store.holds(&Filter::default()).expect("holds");
    assert_eq!(holds.len(), 1);
    assert_eq!(holds[0].programme.week, Some(2));
    assert_eq!(
        (holds[0].holds_planned, &holds[0].clock),
        (None, &Clock::default())
    );
}

#[test]
fn a_note_on_a_session_without_holds_leaves_in_the_export_and_comes_back_on_import() {
    use crate::history::export;
    let mut store = Store::in_memory().expect("opens");
    let quit = store
        .begin(
            &NewSession {
                pain_before: Some(7),
                ..session("quit-early")
            },
            "",
        )
        .expect("begins");
    store.note(quit, "too sore to start today").expect("note");
    store
        .end(quit, SessionOutcome::Quit, at("2026-11-21T10:00:20Z"))
        .expect("ends");
    let held = store
        .begin(
            &NewSession {
                started_at: at("2026-11-22T10:00:00Z"),
                ..session("held")
            },
            "",
        )
        .expect("begins");
    store.hold(held, &hold(0, "calf")).expect("hold");

    let filter = Filter::default();
    let without = store.sessions_without_holds(&filter).expect("reads");
    assert_eq!(without.len(), 1, "only the session with no hold");
    let rows: Vec<export::ExportRow> = store
        .holds(&filter)
        .expect("reads")
        .iter()
        .map(export::ExportRow::from)
        .collect();
    let empty: Vec<export::ExportRow> = without.iter().map(export::ExportRow::from).collect();
    let mut json = Vec::new();
    export::write_json(&rows, &[], &empty, &mut json).expect("writes");

    let mut therapist = Store::in_memory().expect("opens");
    let parsed = export::parse(std::str::from_utf8(&json).expect("utf-8"), "Ana").expect("parses");
    let imported = export::merge(&mut therapist, &parsed, "Ana").expect("merges");
    assert_eq!((imported.sessions, imported.holds), (2, 1));
    let theirs = Filter {
        client: Some("Ana".into()),
        ..Filter::default()
    };
    let back = therapist.sessions_without_holds(&theirs).expect("reads");
    assert_eq!(back.len(), 1);
    assert_eq!(
        back[0].reported.note.as_deref(),
        Some("too sore to start today")
    );
    assert_eq!(back[0].reported.pain_before, Some(7));
    assert_eq!(back[0].session_outcome, SessionOutcome::Quit);
    // Imported twice, nothing is added.
    let again = export::merge(&mut therapist, &parsed, "Ana").expect("merges");
    assert_eq!((again.sessions, again.holds), (0, 0));
}

#[test]
fn activities_and_the_global_impression_are_kept_exported_and_imported() {
    use crate::history::export;
    use crate::session::measures::Impression;
    let mut store = Store::in_memory().expect("opens");
    let activities = vec![
        ActivityRating {
            activity: "turning my head while driving".into(),
            rating: Some(3),
        },
        ActivityRating {
            activity: "reaching a shelf, \"high\" one".into(),
            rating: None,
        },
    ];
    let id = store
        .begin(
            &NewSession {
                activities: activities.clone(),
                ..session("measured")
            },
            "",
        )
        .expect("begins");
    store.hold(id, &hold(0, "calf")).expect("hold");
    store
        .change(id, 2, Some(Impression::MuchImproved))
        .expect("change");
    let plain = store.begin(&session("plain"), "").expect("begins");
    store.hold(plain, &hold(0, "calf")).expect("hold");

    let holds = store.holds(&Filter::default()).expect("reads");
    assert_eq!(holds[0].reported.activities, activities);
    assert_eq!(holds[0].reported.activity_mean(), Some(3.0));
    assert_eq!(
        holds[0].reported.change,
        Some(ChangeAnswer {
            phase: 2,
            answer: Some(Impression::MuchImproved)
        })
    );
    assert_eq!(holds[1].reported.activities, vec![]);
    assert_eq!(holds[1].reported.change, None);
    let measured = store.measured().expect("reads");
    assert_eq!(measured.len(), 1, "only the session that asked");
    assert!(measured[0].activities);
    assert_eq!(measured[0].change_phase, Some(2));

    let rows: Vec<export::ExportRow> = holds.iter().map(export::ExportRow::from).collect();
    assert_eq!(rows[0].activity_mean, Some(3.0));
    assert_eq!((rows[0].change_phase, rows[0].change), (Some(2), Some(2)));
    let mut out = Vec::new();
    export::write_csv(&rows, &[], &mut out).expect("writes");
    let csv = String::from_utf8(out).expect("utf-8");
    let mut lines = csv.lines();
    let header = lines.next().expect("header");
    assert!(
        header.contains(",activities,activity_mean,change_phase,change,"),
        "{header}"
    );
    assert!(
        lines.next().is_some_and(|l| l.contains("turning my head while driving")
            && l.contains(",3.0,2,2,")),
        "{csv}"
    );

    let mut out = Vec::new();
    export::write_json(&rows, &[], &[], &mut out).expect("writes");
    let text = String::from_utf8(out).expect("utf-8");
    let mut therapist = Store::in_memory().expect("opens");
    let parsed = export::parse(&text, "Ana").expect("parses");
    export::merge(&mut therapist, &parsed, "Ana").expect("merges");
    let theirs = Filter {
        client: Some("Ana".into()),
        ..Filter::default()
    };
    let back = therapist.holds(&theirs).expect("reads");
    assert_eq!(back[0].reported, holds[0].reported);
    assert_eq!(back[1].reported, holds[1].reported);
    // A file that claims a rating off the scale is refused.
    let mut bad = rows[0].clone();
    bad.activities = r#"[{"activity":"walking","rating":11}]"#.into();
    let mut out = Vec::new();
    export::write_json(&[bad], &[], &[], &mut out).expect("writes");
    let text = String::from_utf8(out).expect("utf-8");
    assert!(export::parse(&text, "Ana").is_err());
}
