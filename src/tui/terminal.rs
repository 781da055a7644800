//! Owning the terminal: raw mode and the alternate screen on the way in, and a sure way back
//! out on exit, on a panic, on a signal, and around Ctrl-Z.

use std::io::{self, BufWriter, Stdout};
use std::sync::Once;

use crossterm::cursor::{Hide, Show};
use crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use crossterm::execute;
use crossterm::style::{Attribute, SetAttribute};
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::Terminal;
use ratatui::layout::Rect;

use super::backend::LeanBackend;

/// Layouts kept between frames.
const LAYOUTS: std::num::NonZeroUsize = std::num::NonZeroUsize::new(16).expect("16 is not zero");

/// The backend: stdout behind a buffer, so each frame leaves in one write.
pub type Backend = LeanBackend<BufWriter<Stdout>>;

/// The terminal in full-screen mode; dropping it puts the terminal back.
pub struct Tui {
    /// The ratatui terminal to draw on.
    pub terminal: Terminal<Backend>,
    /// Mouse clicks are asked for (the body map's picker), again after Ctrl-Z.
    mouse: bool,
}

impl Tui {
    /// Switches to raw mode and the alternate screen.
    pub fn enter() -> io::Result<Self> {
        install_panic_hook();
        // A few screens of a few layouts each: ratatui's default cache of 500 layouts costs
        // 17 KB of table before the first one is kept.
        ratatui::layout::Layout::init_cache(LAYOUTS);
        setup()?;
        let terminal = Terminal::new(LeanBackend::new(BufWriter::new(io::stdout())))?;
        Ok(Self {
            terminal,
            mouse: false,
        })
    }

    /// Asks the terminal to report mouse clicks, where it can; [`restore`] stops it.
    pub fn capture_mouse(&mut self) -> io::Result<()> {
        self.mouse = true;
        execute!(io::stdout(), EnableMouseCapture)
    }

    /// Gives the terminal back and stops the process, as Ctrl-Z would; when the shell resumes
    /// it (`fg`), takes the terminal again and forces a full redraw.
    #[cfg(unix)]
    pub fn suspend(&mut self) -> io::Result<()> {
        restore();
        crate::signals::stop_here()?;
        self.resume()
    }

    /// Windows consoles have no job control: Ctrl-Z only pauses the clock (the caller's
    /// part) and the screen is drawn afresh.
    #[cfg(not(unix))]
    pub fn suspend(&mut self) -> io::Result<()> {
        self.resume()
    }

    /// Takes the terminal again after the process was stopped and continued, and forces a
    /// full redraw. (Not `Terminal::clear`, which asks the terminal for the cursor position:
    /// the answer would arrive on the input thread instead.)
    pub fn resume(&mut self) -> io::Result<()> {
        setup()?;
        if self.mouse {
            execute!(io::stdout(), EnableMouseCapture)?;
        }
        let size = self.terminal.size()?;
        self.terminal
            .resize(Rect::new(0, 0, size.width, size.height))
    }
}

impl Drop for Tui {
    fn drop(&mut self) {
        restore();
    }
}

fn setup() -> io::Result<()> {
    enable_raw_mode()?;
    execute!(io::stdout(), EnterAlternateScreen, Hide)
}

/// Leaves raw mode and the alternate screen and shows the cursor. Safe to call twice; errors
/// are ignored because the terminal may already be gone (SIGHUP).
pub fn restore() {
    let _ = disable_raw_mode();
    // The backend leaves colours set between frames; the shell must not inherit them.
    let _ = execute!(
        io::stdout(),
        SetAttribute(Attribute::Reset),
        DisableMouseCapture,
        LeaveAlternateScreen,
        Show
    );
}

/// Restores the terminal before the panic message prints, so the message is readable.
fn install_panic_hook() {
    static ONCE: Once = Once::new();
    crate::panic_hook::undo_before_message(&ONCE, restore);
}
