//! The terminal's input: one thread for the whole process reads it and hands each event to
//! the loop listening now (the home screen, a session, the history).
//!
//! Between loops nobody listens, and then nothing reads the terminal: the thread waits on
//! the terminal and a wake-up pipe together, and reads only once a loop listens. A reader
//! left blocked in `read` would take the first keys of whatever comes next (an editor
//! opened from the home screen, the next screen's first key press).
//!
//! On Unix the same thread watches for the signals a loop catches (`crate::signals`), so
//! the full-screen app needs no thread of its own for them.

use std::io;
use std::sync::{Condvar, Mutex};

use crossterm::event::Event;

/// What the terminal delivers to a loop.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Read {
    /// A key, a resize, a paste.
    Event(Event),
    /// The terminal hung up (its other end closed).
    HungUp,
}

/// Receives input; returns `false` once its loop has gone.
pub type Listener = Box<dyn Fn(Read) -> bool + Send>;

struct Hub {
    listener: Option<Listener>,
    started: bool,
}

static HUB: Mutex<Hub> = Mutex::new(Hub {
    listener: None,
    started: false,
});
static LISTENING: Condvar = Condvar::new();

/// Listening to the terminal; when dropped, nobody is and the thread stops reading it.
#[must_use = "input stops when this is dropped"]
pub struct Listening(());

impl Drop for Listening {
    fn drop(&mut self) {
        crate::threads::lock(&HUB).listener = None;
        platform::wake();
    }
}

/// Sends the terminal's input to `listener` until it returns `false` or the guard drops;
/// starts the reading thread the first time.
pub fn listen(listener: Listener) -> io::Result<Listening> {
    let mut hub = crate::threads::lock(&HUB);
    hub.listener = Some(listener);
    if !hub.started {
        platform::start()?;
        hub.started = true;
    }
    LISTENING.notify_all();
    Ok(Listening(()))
}

/// Blocks until someone listens.
fn wait_for_listener() {
    let mut hub = crate::threads::lock(&HUB);
    while hub.listener.is_none() {
        hub = LISTENING
            .wait(hub)
            .unwrap_or_else(std::sync::PoisonError::into_inner);
    }
}

/// Whether someone listens now.
#[cfg(unix)]
fn listening() -> bool {
    crate::threads::lock(&HUB).listener.is_some()
}

/// Hands `input` to the listener; one that has gone is forgotten.
fn deliver(input: Read) {
    let mut hub = crate::threads::lock(&HUB);
    if hub.listener.as_ref().is_some_and(|l| !l(input)) {
        hub.listener = None;
    }
}

#[cfg(unix)]
mod platform {
    use std::io::{self, IsTerminal as _, Read as _, Write as _};
    use std::os::fd::AsFd as _;
    use std::os::unix::net::UnixStream;
    use std::sync::OnceLock;
    use std::time::Duration;

    use crossterm::event;
    use rustix::event::{PollFd, PollFlags, poll};

    use super::{Read, deliver, listening, wait_for_listener};

    /// How long a wake-up waits for crossterm to see the resize that caused it.
    const RESIZE_PATIENCE: Duration = Duration::from_millis(50);

    /// The write end of the wake-up pipe: a listener leaving and SIGWINCH write to it.
    static WAKE: OnceLock<UnixStream> = OnceLock::new();

    pub fn start() -> io::Result<()> {
        let (mut wakes, wake) = UnixStream::pair()?;
        wake.set_nonblocking(true)?;
        // A resize wakes the thread, which lets crossterm read it as an event.
        signal_hook::low_level::pipe::register(signal_hook::consts::SIGWINCH, wake.try_clone()?)?;
        let _ = WAKE.set(wake);
        let signalled = crate::signals::readable()?;
        // The terminal crossterm reads: stdin when it is one, else the controlling one.
        let tty = if io::stdin().is_terminal() {
            None
        } else {
            Some(std::fs::File::open("/dev/tty")?)
        };
        std::thread::Builder::new()
            .name("knead-input".into())
            .spawn(move || {
                let fd = tty
                    .as_ref()
                    .map_or_else(|| rustix::stdio::stdin(), |f| f.as_fd());
                let gone = PollFlags::HUP | PollFlags::ERR | PollFlags::NVAL;
                let mut drain = [0u8; 64];
                loop {
                    wait_for_listener();
                    // Events crossterm has already read and parsed come first.
                    match event::poll(Duration::ZERO) {
                        Ok(true) => {
                            if let Ok(e) = event::read() {
                                deliver(Read::Event(e));
                            }
                            continue;
                        }
                        Ok(false) => {}
                        Err(_) => {
                            deliver(Read::HungUp);
                            return;
                        }
                    }
                    let mut fds = [
                        PollFd::new(&fd, PollFlags::IN),
                        PollFd::new(&wakes, PollFlags::IN),
                        PollFd::new(&signalled, PollFlags::IN),
                    ];
                    match poll(&mut fds, None) {
                        Ok(_) | Err(rustix::io::Errno::INTR) => {}
                        Err(_) => return,
                    }
                    let (terminal, woken) = (fds[0].revents(), fds[1].revents());
                    if fds[2].revents().contains(PollFlags::IN) {
                        crate::signals::dispatch();
                    }
                    if woken.contains(PollFlags::IN) {
                        let _ = wakes.read(&mut drain);
                    }
                    // A closed terminal also reads as readable; crossterm would retry it
                    // without pause (crossterm#793), so a hang-up wins.
                    if terminal.intersects(gone) {
                        deliver(Read::HungUp);
                        return;
                    }
                    // Read only for a listener: one that left while this thread waited
                    // leaves the keys to whatever reads the terminal next.
                    if terminal.contains(PollFlags::IN) && listening() {
                        let Ok(e) = event::read() else {
                            deliver(Read::HungUp);
                            return;
                        };
                        deliver(Read::Event(e));
                    } else if woken.contains(PollFlags::IN) && listening() {
                        // A resize: crossterm turns its own signal into the event. Its handler
                        // may run a moment after ours, so it gets that moment.
                        if let Ok(true) = event::poll(RESIZE_PATIENCE)
                            && let Ok(e) = event::read()
                        {
                            deliver(Read::Event(e));
                        }
                    }
                }
            })?;
        Ok(())
    }

    pub fn wake() {
        if let Some(mut wake) = WAKE.get() {
            let _ = wake.write(&[1]);
        }
    }
}

/// Windows: the console is read by a thread blocked in `read`; an editor opened from the
/// home screen can lose its first key to it.
#[cfg(not(unix))]
mod platform {
    use std::io;

    use crossterm::event;

    use super::{Read, deliver, wait_for_listener};

    pub fn start() -> io::Result<()> {
        std::thread::Builder::new()
            .name("knead-input".into())
            .spawn(|| {
                loop {
                    wait_for_listener();
                    let Ok(e) = event::read() else {
                        deliver(Read::HungUp);
                        return;
                    };
                    deliver(Read::Event(e));
                }
            })?;
        Ok(())
    }

    pub fn wake() {}
}
