//! Tab completion as bash does it: the script `knead completions bash` prints is loaded into a
//! real bash, and its completion function is called the way bash calls it on Tab. The words
//! come from knead at that moment: the person's routines, the bundled ones, imported clients.

use std::path::Path;
use std::process::Command;

mod common;

/// A home with one routine of the person's own and, when `client` is given, a history with
/// that client's imported sessions.
struct Home {
    dir: tempfile::TempDir,
}

impl Home {
    fn new() -> Self {
        let dir = tempfile::tempdir().expect("tempdir");
        let routines = dir.path().join("config/knead/routines");
        std::fs::create_dir_all(&routines).expect("routines folder");
        std::fs::write(
            routines.join("my-neck.toml"),
            "name = \"My neck\"\n[[step]]\nregion = \"neck\"\ntool = \"thumb\"\nhold = \"1s\"\n",
        )
        .expect("write routine");
        Self { dir }
    }

    fn data(&self) -> std::path::PathBuf {
        self.dir.path().join("data")
    }

    /// Imports a session as client `name`.
    fn import_client(&self, name: &str) {
        let mine = self.dir.path().join("mine");
        let routine = common::four_holds_in(self.dir.path());
        let run = Command::new(env!("CARGO_BIN_EXE_knead"))
            .args(["run", "--plain"])
            .arg(&routine)
            .env("KNEAD_DATA_DIR", &mine)
            .env("XDG_STATE_HOME", self.dir.path())
            .env("ALSA_CONFIG_PATH", "/dev/null")
            .stdin(std::fs::File::open(self.write("ratings", "\n7\n5\n6\n3\n")).expect("open"))
            .output()
            .expect("runs");
        assert!(run.status.success());
        let export = Command::new(env!("CARGO_BIN_EXE_knead"))
            .args(["export", "--format", "json", "--data-dir"])
            .arg(&mine)
            .output()
            .expect("runs");
        let file = self.write("export.json", &String::from_utf8_lossy(&export.stdout));
        let import = Command::new(env!("CARGO_BIN_EXE_knead"))
            .arg("import")
            .arg(&file)
            // Each client imports the same person's sessions: made-up people, kept apart.
            .args(["--client", name, "--as-new", "--data-dir"])
            .arg(self.data())
            .output()
            .expect("runs");
        assert!(import.status.success(), "{import:?}");
    }

    fn write(&self, name: &str, text: &str) -> std::path::PathBuf {
        let path = self.dir.path().join(name);
        std::fs::write(&path, text).expect("write");
        path
    }

    /// What bash offers on Tab after `line` (which ends where the cursor is), in `cwd`.
    fn tab(&self, line: &str, cwd: &Path) -> Vec<String> {
        let bin = Path::new(env!("CARGO_BIN_EXE_knead"))
            .parent()
            .expect("bin folder");
        let path = format!(
            "{}:{}",
            bin.display(),
            std::env::var("PATH").unwrap_or_default()
        );
        // As bash does on Tab: the words, the index of the one being completed, then the
        // function the script registered with `complete -F`, called with the command, the
        // word and the word before it.
        let script = r#"
            source <(knead completions bash)
            read -ra COMP_WORDS <<< "$LINE"
            [[ "$LINE" == *" " ]] && COMP_WORDS+=("")
            COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
            COMP_LINE="$LINE"; COMP_POINT=${#LINE}
            function=$(complete -p knead | sed -E 's/.* -F ([^ ]+) .*/\1/')
            "$function" knead "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
            printf '%s\n' "${COMPREPLY[@]}"
        "#;
        let out = Command::new("bash")
            .args(["--norc", "--noprofile", "-c", script])
            .current_dir(cwd)
            .env("LINE", line)
            .env("PATH", path)
            .env("XDG_CONFIG_HOME", self.dir.path().join("config"))
            .env("KNEAD_DATA_DIR", self.data())
            .output()
            .expect("bash runs");
        assert!(out.status.success(), "{out:?}");
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect()
    }
}

#[test]
fn run_completes_the_persons_routines_and_the_bundled_ones() {
    let home = Home::new();
    let cwd = tempfile::tempdir().expect("tempdir");

    assert_eq!(home.tab("knead run de", cwd.path()), ["desk-neck"]);
    let all = home.tab("knead run ", cwd.path());
    assert_eq!(all.first().map(String::as_str), Some("my-neck"), "{all:?}");
    for bundled in ["desk-neck", "post-run-legs", "feet-plantar"] {
        assert!(all.iter().any(|w| w == bundled), "{all:?}");
    }
    assert_eq!(home.tab("knead edit my", cwd.path()), ["my-neck"]);
    assert_eq!(
        home.tab("knead check post-r", cwd.path()),
        ["post-run-legs"]
    );
}

#[test]
fn run_completes_routine_files_and_folders_too() {
    let home = Home::new();
    let cwd = tempfile::tempdir().expect("tempdir");
    std::fs::create_dir(cwd.path().join("plans")).expect("mkdir");
    std::fs::write(cwd.path().join("plans/calves.toml"), "").expect("write");
    std::fs::write(cwd.path().join("plans/notes.txt"), "").expect("write");

    assert_eq!(home.tab("knead run pl", cwd.path()), ["plans/"]);
    assert_eq!(
        home.tab("knead run plans/", cwd.path()),
        ["plans/calves.toml"]
    );
}

#[test]
fn client_options_complete_imported_clients() {
    let home = Home::new();
    let cwd = tempfile::tempdir().expect("tempdir");
    assert_eq!(
        home.tab("knead report --client ", cwd.path()),
        Vec::<String>::new(),
        "no history yet: nothing to offer"
    );
    home.import_client("maria");
    home.import_client("tom");
    assert_eq!(
        home.tab("knead report --client ", cwd.path()),
        ["maria", "tom"]
    );
    assert_eq!(home.tab("knead export --client m", cwd.path()), ["maria"]);
    assert_eq!(home.tab("knead history --client t", cwd.path()), ["tom"]);
}

#[test]
fn subcommands_and_options_complete() {
    let home = Home::new();
    let cwd = tempfile::tempdir().expect("tempdir");
    assert_eq!(home.tab("knead ex", cwd.path()), ["export"]);
    assert_eq!(home.tab("knead run --no-v", cwd.path()), ["--no-voice"]);
}
