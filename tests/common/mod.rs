//! Helpers shared by the test files that run sessions against a real history.
#![allow(dead_code, reason = "each test file uses only some of these")]

use std::path::{Path, PathBuf};

use rusqlite::Connection;

pub mod medplum;
pub mod pulse;
pub mod source;

/// Whether `program` runs (`program ARG`). When it does not, the test says it skips, or
/// fails under CI: `scripts/install-deps --test` installs it there, and skipping would let
/// the suite go green untested.
pub fn installed(program: &str, arg: &str) -> bool {
    if std::process::Command::new(program)
        .arg(arg)
        .output()
        .is_ok()
    {
        return true;
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "{program} is not installed under CI (scripts/install-deps --test installs it)"
    );
    eprintln!("skipping: {program} is not installed (scripts/install-deps --test installs it)");
    false
}

/// Four 1 s holds (calf, both sides, two reps) with no get-ready or rest time: ratings are
/// confirmed every second or so.
pub const FOUR_HOLDS: &str = "name = \"Four holds\"\n[defaults]\ntool = \"ball\"\nhold = \"1s\"\nprepare = \"0s\"\nrest = \"0s\"\n\
                              [[step]]\nregion = \"calf\"\nside = \"both\"\nreps = 2\n";

/// Three 1 s holds (calf on both sides, then the neck) with 1 s to get ready and rest: a
/// whole session in about 7 s, for the tests that run one from start to end.
pub const THREE_HOLDS: &str = r#"name = "Plain test"
safety = ["Only a test."]
[[step]]
region = "calf"
tool = "ball"
hold = "1s"
rest = "1s"
prepare = "1s"
side = "both"
[[step]]
region = "neck"
tool = "thumb"
hold = "1s"
prepare = "0s"
"#;

/// Writes [`FOUR_HOLDS`] into `dir`; returns its path.
pub fn four_holds_in(dir: &Path) -> PathBuf {
    let routine = dir.join("four-holds.toml");
    std::fs::write(&routine, FOUR_HOLDS).expect("write routine");
    routine
}

/// (hold index, rating) of every rating in the database, and the session's outcome.
pub fn stored(data: &Path) -> (Vec<(u32, Option<u8>)>, Vec<String>) {
    let db = Connection::open(data.join("history.db")).expect("history exists");
    let ratings = db
        .prepare("SELECT hold_index, rating FROM hold ORDER BY session_id, hold_index, attempt")
        .expect("prepare")
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows");
    let outcomes = db
        .prepare("SELECT outcome FROM session ORDER BY id")
        .expect("prepare")
        .query_map([], |r| r.get(0))
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows");
    (ratings, outcomes)
}
