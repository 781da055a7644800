//! Every place knead keeps something on disk, worked out in one module so that the folders
//! of each platform (XDG on Linux) come from one `ProjectDirs`.

use std::path::{Path, PathBuf};

use directories::ProjectDirs;

fn dirs() -> Option<ProjectDirs> {
    ProjectDirs::from("", "", "knead")
}

/// The data folder: `--data-dir`, else `KNEAD_DATA_DIR`, else `$XDG_DATA_HOME/knead`.
pub fn data_dir(flag: Option<PathBuf>) -> Option<PathBuf> {
    flag.or_else(|| {
        std::env::var_os("KNEAD_DATA_DIR")
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    })
    .or_else(|| dirs().map(|d| d.data_dir().to_owned()))
}

/// The settings file, `$XDG_CONFIG_HOME/knead/config.toml` (it need not exist).
pub fn settings_file() -> Option<PathBuf> {
    dirs().map(|d| d.config_dir().join("config.toml"))
}

/// The person's routines folder, `$XDG_CONFIG_HOME/knead/routines`.
pub fn routines_dir() -> Option<PathBuf> {
    dirs().map(|d| d.config_dir().join("routines"))
}

/// The cache folder, `$XDG_CACHE_HOME/knead`: what can be made again (rendered speech).
pub fn cache_dir() -> Option<PathBuf> {
    dirs().map(|d| d.cache_dir().to_owned())
}

/// The state folder, `$XDG_STATE_HOME/knead` (the local data folder where the platform has
/// none): what knead keeps between runs that is neither history nor a setting.
pub fn state_dir() -> Option<PathBuf> {
    let dirs = dirs()?;
    Some(
        dirs.state_dir()
            .unwrap_or_else(|| dirs.data_local_dir())
            .to_owned(),
    )
}

/// The runtime folder, `$XDG_RUNTIME_DIR/knead` (private to the person, gone at log-out),
/// else the state folder: where a running session says what it is doing.
pub fn runtime_dir() -> Option<PathBuf> {
    dirs()
        .and_then(|d| d.runtime_dir().map(Path::to_owned))
        .or_else(state_dir)
}

/// The log file, `$XDG_STATE_HOME/knead/knead.log`.
pub fn log_file() -> Option<PathBuf> {
    state_dir().map(|d| d.join("knead.log"))
}

/// The person's own configuration folder (`$XDG_CONFIG_HOME`), where other programs' files
/// live too: systemd's user units.
pub fn user_config_dir() -> Option<PathBuf> {
    directories::BaseDirs::new().map(|d| d.config_dir().to_owned())
}

/// The home folder.
pub fn home_dir() -> Option<PathBuf> {
    directories::BaseDirs::new().map(|d| d.home_dir().to_owned())
}
