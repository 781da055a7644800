//! Stdin's lines for plain mode, read on a thread of their own. On Unix that thread also
//! watches for the signals plain mode catches (`crate::signals`), so plain mode needs one
//! thread for both.

use std::io;
use std::sync::mpsc::Sender;
use std::thread;

/// What the reader sends: a line, or the end of input.
type Wake = crate::driver::run::Wake<String>;

/// Sends each line of stdin to `to`, then `Wake::InputEnded`; stops once `to` has gone.
pub fn spawn(to: Sender<Wake>) -> io::Result<()> {
    let read = platform::reader()?;
    thread::Builder::new()
        .name("knead-stdin".into())
        .spawn(move || read(&to))?;
    Ok(())
}

/// Sends one line, without its line ending; `false` once nobody listens.
fn send(to: &Sender<Wake>, line: &[u8]) -> bool {
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    to.send(Wake::Input(String::from_utf8_lossy(line).into_owned()))
        .is_ok()
}

#[cfg(unix)]
mod platform {
    use std::io::{self, BufRead as _};
    use std::os::fd::BorrowedFd;
    use std::sync::mpsc::Sender;

    use rustix::event::{PollFd, PollFlags, poll};

    use super::{Wake, send};
    use crate::signals;

    /// Stdin and the signals, waited on together.
    pub fn reader() -> io::Result<impl FnOnce(&Sender<Wake>) + Send> {
        let signalled = signals::readable()?;
        Ok(move |to: &Sender<Wake>| read(signalled, to))
    }

    /// Reads until `to` has gone; after the end of input, goes on delivering signals.
    fn read(signalled: BorrowedFd<'static>, to: &Sender<Wake>) {
        let mut stdin = Some(io::stdin().lock());
        let input = rustix::stdio::stdin();
        let mut partial = Vec::new();
        loop {
            let mut fds = [
                PollFd::new(&signalled, PollFlags::IN),
                PollFd::new(&input, PollFlags::IN),
            ];
            let watched = if stdin.is_some() { 2 } else { 1 };
            match poll(&mut fds[..watched], None) {
                Ok(_) | Err(rustix::io::Errno::INTR) => {}
                Err(_) => return,
            }
            if fds[0].revents().contains(PollFlags::IN) {
                signals::dispatch();
            }
            let Some(lock) = stdin.as_mut().filter(|_| !fds[1].revents().is_empty()) else {
                continue;
            };
            // Readable, closed or failed: one read says which. Everything it reads is
            // taken, so nothing waits in the buffer unseen by the next poll.
            let read = match lock.fill_buf() {
                Ok(buf) => {
                    partial.extend_from_slice(buf);
                    buf.len()
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(_) => 0,
            };
            if read == 0 {
                // The end of input: the last line may have no line ending.
                if !partial.is_empty() && !send(to, &partial) {
                    return;
                }
                stdin = None;
                if to.send(Wake::InputEnded).is_err() {
                    return;
                }
                continue;
            }
            lock.consume(read);
            while let Some(end) = partial.iter().position(|&b| b == b'\n') {
                if !send(to, &partial[..end]) {
                    return;
                }
                partial.drain(..=end);
            }
        }
    }
}

/// Windows: ctrlc's thread delivers the console's events, so this one only reads lines.
#[cfg(not(unix))]
mod platform {
    use std::io::{self, BufRead as _};
    use std::sync::mpsc::Sender;

    use super::{Wake, send};

    #[expect(
        clippy::unnecessary_wraps,
        reason = "one signature with Unix's, which can fail"
    )]
    pub fn reader() -> io::Result<impl FnOnce(&Sender<Wake>) + Send> {
        Ok(read)
    }

    fn read(to: &Sender<Wake>) {
        for line in io::stdin().lock().split(b'\n') {
            let Ok(line) = line else { break };
            if !send(to, &line) {
                return;
            }
        }
        let _ = to.send(Wake::InputEnded);
    }
}
