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
    let appender = tracing_appender::rolling::never(dir, file);
    let _ = tracing_subscriber::fmt()
        .with_writer(appender)
        .with_ansi(false)
        .with_target(false)
        .with_max_level(level)
        .try_init();
}
