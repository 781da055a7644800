//! The operating system's requests to stop, in the loops' own words. On Unix these are
//! signals (SIGTERM, SIGHUP, SIGINT, and the job-control pair); Windows has only its console's
//! control events (Ctrl-C, Ctrl-Break, the window closing), which all arrive as `Interrupt`.

use std::io;
use std::sync::Mutex;

/// What the operating system asked of the process.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Signal {
    /// SIGTERM: end now (a shutdown, `kill`).
    Terminate,
    /// SIGHUP: the terminal went away.
    HangUp,
    /// SIGINT, or a Windows console's Ctrl-C, Ctrl-Break or close.
    Interrupt,
    /// SIGTSTP: stop for the shell (Ctrl-Z while knead does not own the keys).
    Stop,
    /// SIGCONT: the shell continued the process.
    Continue,
}

impl Signal {
    /// The exit status a process ended by this signal reports: 128 plus its number, as shells
    /// do.
    pub fn exit_status(self) -> u8 {
        128 + platform::number(self)
    }
}

/// Receives each signal caught; returns `false` once its loop has gone.
type Deliver = Box<dyn Fn(Signal) -> bool + Send>;

/// Who the signals go to now: one loop at a time.
static LISTENER: Mutex<Option<Deliver>> = Mutex::new(None);

/// Catching signals; when dropped, nobody listens. On Unix the operating system's defaults
/// apply again (SIGTERM ends the process, SIGTSTP stops it), so nothing is swallowed between
/// loops; Windows keeps its one console handler.
#[must_use = "signals are caught only while this lives"]
pub struct Caught(platform::Registered);

impl Drop for Caught {
    fn drop(&mut self) {
        platform::release(&mut self.0);
        *crate::threads::lock(&LISTENER) = None;
    }
}

/// Hands each of `which` the process receives to `deliver` while the guard lives. Install it
/// before changing the terminal: from then on, none of these ends the process behind knead's
/// back.
///
/// On Unix no thread of its own waits for them: the thread that reads the input does, polling
/// [`readable`] with the input and calling [`dispatch`]; a signal that comes while that
/// thread is busy waits in a pipe.
pub fn listen(
    which: &[Signal],
    deliver: impl Fn(Signal) -> bool + Send + 'static,
) -> io::Result<Caught> {
    *crate::threads::lock(&LISTENER) = Some(Box::new(deliver));
    let registered = platform::catch(which);
    if registered.is_err() {
        *crate::threads::lock(&LISTENER) = None;
    }
    registered.map(Caught)
}

/// Hands a signal to the listener; one that has gone is forgotten.
fn deliver(signal: Signal) {
    let mut listener = crate::threads::lock(&LISTENER);
    if listener.as_ref().is_some_and(|deliver| !deliver(signal)) {
        *listener = None;
    }
}

/// Stops the process as Ctrl-Z would have, once the session is paused and the terminal given
/// back; returns when the shell continues it (`fg`). SIGSTOP, not SIGTSTP: knead catches
/// SIGTSTP itself, to do those first. Windows consoles have no job control: nothing to do.
pub fn stop_here() -> io::Result<()> {
    #[cfg(unix)]
    signal_hook::low_level::raise(signal_hook::consts::SIGSTOP)?;
    Ok(())
}

#[cfg(unix)]
pub use platform::{dispatch, readable};

#[cfg(unix)]
mod platform {
    use std::io::{self, Read as _};
    use std::os::fd::{AsFd as _, BorrowedFd};
    use std::os::unix::net::UnixStream;
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::{Arc, LazyLock, OnceLock};

    use signal_hook::SigId;
    use signal_hook::consts::{SIGCONT, SIGHUP, SIGINT, SIGTERM, SIGTSTP};

    use super::{Signal, deliver};

    const TABLE: [(Signal, i32); 5] = [
        (Signal::Terminate, SIGTERM),
        (Signal::HangUp, SIGHUP),
        (Signal::Interrupt, SIGINT),
        (Signal::Stop, SIGTSTP),
        (Signal::Continue, SIGCONT),
    ];

    /// Set by the handler of the signal at the same place in `TABLE`, cleared when delivered.
    static RAISED: LazyLock<[Arc<AtomicBool>; 5]> = LazyLock::new(Default::default);

    /// Both ends of the pipe each handler writes a byte to, made once for the process.
    static PIPE: OnceLock<(UnixStream, UnixStream)> = OnceLock::new();

    /// The handlers installed by one `listen`.
    pub type Registered = Vec<SigId>;

    fn pipe() -> io::Result<&'static (UnixStream, UnixStream)> {
        if let Some(pipe) = PIPE.get() {
            return Ok(pipe);
        }
        let (read, write) = UnixStream::pair()?;
        read.set_nonblocking(true)?;
        write.set_nonblocking(true)?;
        Ok(PIPE.get_or_init(|| (read, write)))
    }

    pub fn number(signal: Signal) -> u8 {
        TABLE
            .iter()
            .find(|(s, _)| *s == signal)
            .and_then(|&(_, n)| u8::try_from(n).ok())
            .unwrap_or(0)
    }

    pub fn catch(which: &[Signal]) -> io::Result<Registered> {
        let (_, write) = pipe()?;
        let mut registered = Registered::new();
        let caught = TABLE
            .iter()
            .zip(RAISED.iter())
            .filter(|((signal, _), _)| which.contains(signal));
        for (&(_, number), raised) in caught {
            // The flag first: once the byte is in the pipe, the flag says whose it is.
            let flagged = signal_hook::flag::register(number, Arc::clone(raised));
            let piped = flagged.and_then(|id| {
                registered.push(id);
                signal_hook::low_level::pipe::register(number, write.try_clone()?)
            });
            match piped {
                Ok(id) => registered.push(id),
                Err(e) => {
                    release(&mut registered);
                    return Err(e);
                }
            }
        }
        Ok(registered)
    }

    pub fn release(registered: &mut Registered) {
        for id in registered.drain(..) {
            signal_hook::low_level::unregister(id);
        }
    }

    /// Becomes readable when a caught signal arrives; poll it with the input.
    pub fn readable() -> io::Result<BorrowedFd<'static>> {
        Ok(pipe()?.0.as_fd())
    }

    /// Delivers the signals that arrived since the last call. A signal caught while no loop
    /// listened goes to the next one.
    pub fn dispatch() {
        if let Ok((read, _)) = pipe() {
            let mut drain = [0u8; 64];
            while matches!((&*read).read(&mut drain), Ok(n) if n > 0) {}
        }
        for (&(signal, _), raised) in TABLE.iter().zip(RAISED.iter()) {
            if raised.swap(false, Ordering::SeqCst) {
                deliver(signal);
            }
        }
    }
}

#[cfg(windows)]
mod platform {
    use std::io;
    use std::sync::Once;

    use super::{Signal, deliver};

    /// Windows has no signal numbers; these are the C runtime's, so the exit statuses read
    /// as they do on Unix (130 after Ctrl-C).
    pub fn number(signal: Signal) -> u8 {
        match signal {
            Signal::HangUp => 1,
            Signal::Interrupt => 2,
            Signal::Terminate => 15,
            Signal::Stop | Signal::Continue => 0,
        }
    }

    /// The console has one handler per process, installed once; it delivers to whichever
    /// loop listens, on ctrlc's thread.
    pub type Registered = ();

    pub fn catch(which: &[Signal]) -> io::Result<Registered> {
        static INSTALL: Once = Once::new();
        if !which.contains(&Signal::Interrupt) {
            return Ok(());
        }
        let mut installed = Ok(());
        INSTALL.call_once(|| {
            installed = ctrlc::set_handler(|| deliver(Signal::Interrupt)).map_err(io::Error::other);
        });
        installed
    }

    pub fn release(_: &mut Registered) {}
}

#[cfg(test)]
mod tests {
    use super::Signal;

    #[test]
    fn exit_statuses_are_the_shells_128_plus_the_signal_number() {
        assert_eq!(Signal::Interrupt.exit_status(), 130);
        assert_eq!(Signal::Terminate.exit_status(), 143);
        assert_eq!(Signal::HangUp.exit_status(), 129);
    }

    /// The only test in this crate that catches signals: the listener is one per process.
    #[cfg(unix)]
    #[test]
    fn a_signal_waits_in_the_pipe_for_a_dispatch_and_is_delivered_once_even_across_loops() {
        use std::sync::mpsc;

        use rustix::event::{PollFd, PollFlags, Timespec, poll};
        use signal_hook::consts::SIGHUP;

        let readable = || {
            let fd = super::readable().expect("pipe");
            let mut fds = [PollFd::new(&fd, PollFlags::IN)];
            let second = Timespec {
                tv_sec: 1,
                tv_nsec: 0,
            };
            poll(&mut fds, Some(&second)).expect("poll") == 1
        };
        let (tx, first) = mpsc::channel();
        let caught = super::listen(&[Signal::HangUp], move |s| tx.send(s).is_ok()).expect("caught");
        signal_hook::low_level::raise(SIGHUP).expect("raised");
        assert!(first.try_recv().is_err(), "delivered only by a dispatch");
        assert!(readable(), "the pipe wakes whoever polls it");
        super::dispatch();
        assert_eq!(first.try_recv(), Ok(Signal::HangUp));
        super::dispatch();
        assert!(first.try_recv().is_err(), "delivered once");
        // Caught in one loop and not yet delivered when it ends: the next loop gets it.
        signal_hook::low_level::raise(SIGHUP).expect("raised");
        drop(caught);
        let (tx, second) = mpsc::channel();
        let _caught =
            super::listen(&[Signal::HangUp], move |s| tx.send(s).is_ok()).expect("caught");
        super::dispatch();
        assert_eq!(second.try_recv(), Ok(Signal::HangUp));
        assert!(first.try_recv().is_err());
    }
}
