//! The log file, `$XDG_STATE_HOME/knead/knead.log`: warnings always, more with `-v`. Nothing
//! is logged to the terminal, so the full screen is never disturbed.

use tracing::Level;

/// Starts logging to the log file; without a usable state folder, logs nowhere.
pub fn init(verbose: u8) {
    let level = match verbose {
        0 => Level::WARN,
        1 => Level::INFO,
        2 => Level::DEBUG,
        _ => Level::TRACE,
    };
    let Some(path) = crate::stderr_log::log_path() else {
        return;
    };
    let (Some(dir), Some(file)) = (path.parent(), path.file_name()) else {
        return;
    };
    if std::fs::create_dir_all(dir).is_err() {
        return;
    }
    // An append-only file behind a mutex is all the log needs: a line is one write.
    let Ok(log) = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(dir.join(file))
    else {
        return;
    };
    let _ = tracing_subscriber::fmt()
        .with_writer(std::sync::Mutex::new(log))
        .with_ansi(false)
        .with_target(false)
        .with_max_level(level)
        .try_init();
}
