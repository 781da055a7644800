//! Faults around a running session: the history locked by another process, the disk filling
//! up, a read-only data folder, the routine file deleted or edited mid-session. In none of
//! them may a confirmed rating be lost or the session stop.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

use rusqlite::Connection;

mod common;

use common::{four_holds_in, stored};

/// A plain session driven line by line, its output read as it comes.
struct Plain {
    child: Child,
    stdin: ChildStdin,
    lines: Receiver<String>,
    said: Vec<String>,
}

impl Plain {
    fn start(routine: &Path, data: &Path) -> Self {
        let home = routine.parent().expect("routine folder");
        let mut child = Command::new(env!("CARGO_BIN_EXE_knead"))
            .args(["run", "--plain"])
            .arg(routine)
            .env("KNEAD_DATA_DIR", data)
            .env("ALSA_CONFIG_PATH", "/dev/null")
            .env("XDG_STATE_HOME", home)
            .env("XDG_CONFIG_HOME", home)
            .env_remove("DBUS_SESSION_BUS_ADDRESS")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("knead starts");
        let stdin = child.stdin.take().expect("stdin");
        let stdout = child.stdout.take().expect("stdout");
        let (send, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if send.send(line).is_err() {
                    break;
                }
            }
        });
        Self {
            child,
            stdin,
            lines,
            said: Vec::new(),
        }
    }

    fn send(&mut self, line: &str) {
        writeln!(self.stdin, "{line}").expect("knead reads its input");
    }

    /// Waits for a line containing `text`; panics with everything said after 30 s.
    fn wait_for(&mut self, text: &str) {
        let deadline = Instant::now() + Duration::from_secs(30);
        while let Some(left) = deadline.checked_duration_since(Instant::now()) {
            match self.lines.recv_timeout(left) {
                Ok(line) => {
                    let found = line.contains(text);
                    self.said.push(line);
                    if found {
                        return;
                    }
                }
                Err(_) => break,
            }
        }
        panic!("never said {text:?}; said:\n{}", self.said.join("\n"));
    }

    /// Waits for the end; returns everything said.
    fn finish(mut self) -> String {
        drop(self.stdin);
        let status = self.child.wait().expect("knead ends");
        self.said.extend(self.lines.iter());
        let said = self.said.join("\n");
        assert!(status.success(), "{status}:\n{said}");
        said
    }
}

/// A whole session rated 1, 2, 3, 4, so the history exists before the fault.
fn first_session(routine: &Path, data: &Path) {
    let mut run = Plain::start(routine, data);
    run.send("");
    for rating in 1..=4 {
        run.wait_for("from 0 (no pain)");
        run.send(&rating.to_string());
        run.wait_for(&format!("Rated {rating}/10"));
    }
    run.finish();
}

/// A first session in `dir` (so the history exists), then a second one started and waiting
/// at its first rating prompt: the moment each fault is brought in.
fn second_session(dir: &Path) -> (PathBuf, Plain) {
    let routine = four_holds_in(dir);
    let data = dir.join("data");
    first_session(&routine, &data);
    let mut run = Plain::start(&routine, &data);
    run.send("");
    run.wait_for("from 0 (no pain)");
    (data, run)
}

/// Both sessions complete, the second rated 7, 5, 6, 3: nothing was lost.
fn assert_everything_saved(data: &Path, said: &str) {
    let (ratings, outcomes) = stored(data);
    assert_eq!(
        ratings[4..].to_vec(),
        vec![(0, Some(7)), (1, Some(5)), (2, Some(6)), (3, Some(3))],
        "{said}"
    );
    assert_eq!(outcomes, vec!["completed", "completed"]);
}

/// A small tmpfs mounted on a temporary folder (needs root, as CI runs); `None` where this
/// machine does not allow mounting.
struct Tmpfs {
    dir: tempfile::TempDir,
}

impl Tmpfs {
    fn mount(size: &str) -> Option<Self> {
        let dir = tempfile::tempdir().expect("tempdir");
        let ok = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(dir.path())
            .status()
            .is_ok_and(|s| s.success());
        if ok {
            Some(Self { dir })
        } else {
            // CI runs as root and can mount one: there, a skip would hide a failure.
            assert!(
                std::env::var_os("CI").is_none(),
                "cannot mount a tmpfs under CI (not root?)"
            );
            eprintln!("cannot mount a tmpfs here (not root?): skipping");
            None
        }
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    fn remount(&self, options: &str) {
        let status = Command::new("mount")
            .args(["-o", &format!("remount,{options}")])
            .arg(self.path())
            .status()
            .expect("mount");
        assert!(status.success());
    }

    /// Fills every free byte with one file, which is returned.
    fn fill(&self) -> PathBuf {
        let filler = self.path().join("filler");
        let mut file = std::fs::File::create(&filler).expect("create");
        let block = vec![0xaa_u8; 4096];
        while file.write_all(&block).is_ok() {}
        while file.write_all(&[0]).is_ok() {}
        filler
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(self.path()).status();
    }
}

#[test]
fn ratings_given_while_another_process_locks_the_history_are_written_once_it_lets_go() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (data, mut run) = second_session(dir.path());
    // Another process takes the write lock for longer than knead waits (2 s).
    let other = Connection::open(data.join("history.db")).expect("open");
    other.execute_batch("BEGIN EXCLUSIVE").expect("lock");
    run.send("7");
    run.wait_for("Rated 7/10");
    run.send("5");
    run.wait_for("Rated 5/10");
    other.execute_batch("COMMIT").expect("unlock");
    drop(other);
    for rating in ["6", "3"] {
        run.wait_for("from 0 (no pain)");
        run.send(rating);
    }
    let said = run.finish();
    assert!(said.contains("not saved yet"), "{said}");
    assert!(said.contains("the history caught up"), "{said}");
    assert_everything_saved(&data, &said);
}

#[test]
fn ratings_given_while_the_disk_is_full_are_written_once_there_is_room() {
    let Some(disk) = Tmpfs::mount("2m") else {
        return;
    };
    let (data, mut run) = second_session(disk.path());
    let filler = disk.fill();
    run.send("7");
    run.wait_for("Rated 7/10");
    run.send("5");
    run.wait_for("Rated 5/10");
    std::fs::remove_file(filler).expect("free the space");
    for rating in ["6", "3"] {
        run.wait_for("from 0 (no pain)");
        run.send(rating);
    }
    let said = run.finish();
    assert!(said.contains("not saved yet"), "{said}");
    assert_everything_saved(&data, &said);
}

#[test]
fn a_disk_that_stays_full_keeps_the_history_intact_and_says_what_was_not_saved() {
    let Some(disk) = Tmpfs::mount("2m") else {
        return;
    };
    let (data, mut run) = second_session(disk.path());
    disk.fill();
    for rating in ["7", "5", "6", "3"] {
        run.send(rating);
        run.wait_for(&format!("Rated {rating}/10"));
    }
    let said = run.finish();
    // The person still sees every rating, and is told they are not in the history.
    assert!(
        said.contains("rated 7/10") && said.contains("rated 3/10"),
        "{said}"
    );
    assert!(said.contains("this session is not fully saved"), "{said}");
    let db = Connection::open(data.join("history.db")).expect("open");
    let check: String = db
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .expect("check");
    assert_eq!(check, "ok");
    let (ratings, _) = stored(&data);
    assert_eq!(
        ratings[..4].to_vec(),
        vec![(0, Some(1)), (1, Some(2)), (2, Some(3)), (3, Some(4))]
    );
}

#[test]
fn a_read_only_data_folder_leaves_the_history_untouched_and_the_session_runs() {
    let Some(disk) = Tmpfs::mount("2m") else {
        return;
    };
    let routine_dir = tempfile::tempdir().expect("tempdir");
    let routine = four_holds_in(routine_dir.path());
    let data = disk.path().join("data");
    first_session(&routine, &data);
    let before = std::fs::read(data.join("history.db")).expect("read");
    disk.remount("ro");

    let mut run = Plain::start(&routine, &data);
    run.send("");
    for rating in ["7", "5", "6", "3"] {
        run.wait_for("from 0 (no pain)");
        run.send(rating);
    }
    let said = run.finish();
    assert!(said.contains("not being saved"), "{said}");
    assert!(
        said.contains("Session complete: 4 of 4 holds done"),
        "{said}"
    );
    assert!(
        said.contains("rated 7/10") && said.contains("rated 3/10"),
        "{said}"
    );
    assert_eq!(
        std::fs::read(data.join("history.db")).expect("read"),
        before
    );
}

#[test]
fn the_routine_file_deleted_or_edited_mid_session_changes_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let routine = four_holds_in(dir.path());
    let data = dir.path().join("data");
    let mut run = Plain::start(&routine, &data);
    run.send("");
    run.wait_for("from 0 (no pain)");
    std::fs::write(&routine, "name = \"Other\"\n[[step]]\nregion = \"neck\"\n").expect("edit");
    run.send("4");
    run.wait_for("Rated 4/10");
    std::fs::remove_file(&routine).expect("delete");
    for rating in ["3", "2", "1"] {
        run.wait_for("from 0 (no pain)");
        run.send(rating);
    }
    let said = run.finish();
    assert!(
        said.contains("Session complete: 4 of 4 holds done"),
        "{said}"
    );
    let (ratings, outcomes) = stored(&data);
    assert_eq!(
        ratings,
        vec![(0, Some(4)), (1, Some(3)), (2, Some(2)), (3, Some(1))]
    );
    assert_eq!(outcomes, vec!["completed"]);
    let name: String = Connection::open(data.join("history.db"))
        .expect("open")
        .query_row("SELECT routine_name FROM session", [], |r| r.get(0))
        .expect("name");
    assert_eq!(name, "Four holds");
}
