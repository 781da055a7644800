//! The operating system's requests to stop, in the loops' own words. On Unix these are
//! signals (SIGTERM, SIGHUP, SIGINT, and the job-control pair); Windows has only its console's
//! control events (Ctrl-C, Ctrl-Break, the window closing), which all arrive as `Interrupt`.

use std::io;

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

/// Calls `deliver` on a thread of its own with each of `which` the process receives, until
/// `deliver` returns false. Install it before changing the terminal: from then on, none of
/// these ends the process behind knead's back.
pub fn listen(
    which: &[Signal],
    deliver: impl Fn(Signal) -> bool + Send + 'static,
) -> io::Result<()> {
    platform::listen(which, Box::new(deliver))
}

type Deliver = Box<dyn Fn(Signal) -> bool + Send>;

#[cfg(unix)]
mod platform {
    use std::io;
    use std::thread;

    use signal_hook::consts::{SIGCONT, SIGHUP, SIGINT, SIGTERM, SIGTSTP};
    use signal_hook::iterator::Signals;

    use super::{Deliver, Signal};

    const TABLE: [(Signal, i32); 5] = [
        (Signal::Terminate, SIGTERM),
        (Signal::HangUp, SIGHUP),
        (Signal::Interrupt, SIGINT),
        (Signal::Stop, SIGTSTP),
        (Signal::Continue, SIGCONT),
    ];

    pub fn number(signal: Signal) -> u8 {
        TABLE
            .iter()
            .find(|(s, _)| *s == signal)
            .and_then(|&(_, n)| u8::try_from(n).ok())
            .unwrap_or(0)
    }

    pub fn listen(which: &[Signal], deliver: Deliver) -> io::Result<()> {
        let numbers = TABLE
            .iter()
            .filter(|(signal, _)| which.contains(signal))
            .map(|&(_, number)| number);
        let mut signals = Signals::new(numbers)?;
        thread::Builder::new()
            .name("knead-signals".into())
            .spawn(move || {
                for number in signals.forever() {
                    let signal = TABLE.iter().find(|&&(_, n)| n == number).map(|s| s.0);
                    if signal.is_some_and(|signal| !deliver(signal)) {
                        break;
                    }
                }
            })?;
        Ok(())
    }
}

#[cfg(windows)]
mod platform {
    use std::io;
    use std::sync::{Mutex, Once};

    use super::{Deliver, Signal};

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

    /// The console has one handler per process: later loops replace who it delivers to.
    static CURRENT: Mutex<Option<Deliver>> = Mutex::new(None);

    pub fn listen(which: &[Signal], deliver: Deliver) -> io::Result<()> {
        static INSTALL: Once = Once::new();
        if !which.contains(&Signal::Interrupt) {
            return Ok(());
        }
        *crate::threads::lock(&CURRENT) = Some(deliver);
        let mut installed = Ok(());
        INSTALL.call_once(|| {
            installed = ctrlc::set_handler(|| {
                let mut current = crate::threads::lock(&CURRENT);
                if current
                    .as_ref()
                    .is_some_and(|deliver| !deliver(Signal::Interrupt))
                {
                    *current = None;
                }
            })
            .map_err(io::Error::other);
        });
        installed
    }
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
}
