//! Points the process's stderr at knead's log file while a session runs. The sound libraries
//! (ALSA, cpal, rodio) print diagnostics there on machines without sound, which would garble
//! the screen; knead's own errors are printed before or after, with stderr restored.
//! Windows' sound and notification libraries do not print, so there it does nothing.

use std::io;

/// While alive, stderr goes to the log file.
#[derive(Debug)]
pub struct Redirect(());

impl Redirect {
    /// Sends stderr to the log file (or nowhere, if it cannot be opened).
    pub fn to_log() -> io::Result<Self> {
        #[cfg(unix)]
        unix::to_log()?;
        Ok(Self(()))
    }
}

impl Drop for Redirect {
    fn drop(&mut self) {
        restore();
    }
}

/// Puts the real stderr back; safe to call when nothing is redirected.
pub fn restore() {
    #[cfg(unix)]
    unix::restore();
}

#[cfg(unix)]
mod unix {
    use std::fs::{File, OpenOptions};
    use std::io::{self, Write};
    use std::os::fd::{AsFd, OwnedFd};
    use std::sync::{Mutex, Once};

    /// The real stderr while it is redirected.
    static SAVED: Mutex<Option<OwnedFd>> = Mutex::new(None);

    pub fn to_log() -> io::Result<()> {
        install_panic_hook();
        let target = open_log().or_else(|_| File::options().write(true).open("/dev/null"))?;
        // Close-on-exec: a child (a hook, the voice) must not hold the real stderr open.
        let saved = rustix::io::fcntl_dupfd_cloexec(io::stderr().as_fd(), 0)?;
        io::stderr().flush()?;
        rustix::stdio::dup2_stderr(target.as_fd())?;
        if let Ok(mut slot) = SAVED.lock() {
            *slot = Some(saved);
        }
        Ok(())
    }

    pub fn restore() {
        let saved = SAVED.lock().ok().and_then(|mut slot| slot.take());
        if let Some(fd) = saved {
            let _ = rustix::stdio::dup2_stderr(fd.as_fd());
        }
    }

    fn open_log() -> io::Result<File> {
        let path = crate::paths::log_file().ok_or_else(|| io::Error::other("no home folder"))?;
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let mut file = OpenOptions::new().create(true).append(true).open(path)?;
        writeln!(
            file,
            "--- knead {} (pid {})",
            env!("CARGO_PKG_VERSION"),
            std::process::id()
        )?;
        Ok(file)
    }

    /// A panic message must reach the person, not the log: restore stderr before it prints.
    fn install_panic_hook() {
        static ONCE: Once = Once::new();
        crate::panic_hook::undo_before_message(&ONCE, restore);
    }
}
