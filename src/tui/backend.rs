//! A terminal backend that sends less. ratatui's crossterm backend resets colours and
//! attributes after every frame and hides the cursor again every frame, each with its own
//! escape sequences; during a hold a frame is one changed digit and a longer bar, so those
//! resets were a quarter of the bytes. This one remembers what the terminal was last told
//! (colours, attributes, cursor shown or hidden) and sends each style change as a single
//! SGR sequence. Everything else is plain crossterm.

use std::io::{self, Write};

use crossterm::cursor::{Hide, MoveTo, Show};
use crossterm::queue;
use crossterm::style::{Attribute, SetAttribute};
use crossterm::terminal::{self, Clear};
use ratatui::backend::{Backend, ClearType, WindowSize};
use ratatui::buffer::Cell;
use ratatui::layout::{Position, Size};
use ratatui::style::{Color, Modifier};

/// What the terminal currently draws new characters with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Pen {
    fg: Color,
    bg: Color,
    modifier: Modifier,
}

impl Pen {
    const RESET: Self = Self {
        fg: Color::Reset,
        bg: Color::Reset,
        modifier: Modifier::empty(),
    };

    fn of(cell: &Cell) -> Self {
        Self {
            fg: cell.fg,
            bg: cell.bg,
            modifier: cell.modifier,
        }
    }
}

/// A crossterm backend, writing only what changed since the last frame.
pub struct LeanBackend<W: Write> {
    writer: W,
    /// What the terminal was last told; `None` when unknown (after a clear or at start).
    pen: Option<Pen>,
    cursor_hidden: bool,
}

impl<W: Write> LeanBackend<W> {
    /// Writes to `writer`; assumes nothing about the terminal's state yet.
    pub fn new(writer: W) -> Self {
        Self {
            writer,
            pen: None,
            cursor_hidden: false,
        }
    }

    /// The writer, for tests.
    #[cfg(test)]
    pub fn writer(&self) -> &W {
        &self.writer
    }
}

impl<W: Write> Backend for LeanBackend<W> {
    type Error = io::Error;

    fn draw<'a, I>(&mut self, content: I) -> io::Result<()>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        let mut last: Option<(u16, u16)> = None;
        for (x, y, cell) in content {
            if !matches!(last, Some((lx, ly)) if x == lx + 1 && y == ly) {
                // CUP is 1-based: row;column.
                write!(self.writer, "\x1b[{};{}H", y + 1, x + 1)?;
            }
            last = Some((x, y));
            let pen = Pen::of(cell);
            if self.pen != Some(pen) {
                sgr(&mut self.writer, self.pen, pen)?;
                self.pen = Some(pen);
            }
            self.writer.write_all(cell.symbol().as_bytes())?;
        }
        Ok(())
    }

    fn hide_cursor(&mut self) -> io::Result<()> {
        if !self.cursor_hidden {
            queue!(self.writer, Hide)?;
            self.cursor_hidden = true;
        }
        Ok(())
    }

    fn show_cursor(&mut self) -> io::Result<()> {
        self.cursor_hidden = false;
        queue!(self.writer, Show)
    }

    fn get_cursor_position(&mut self) -> io::Result<Position> {
        crossterm::cursor::position().map(|(x, y)| Position { x, y })
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> io::Result<()> {
        let Position { x, y } = position.into();
        queue!(self.writer, MoveTo(x, y))
    }

    fn clear(&mut self) -> io::Result<()> {
        self.clear_region(ClearType::All)
    }

    fn clear_region(&mut self, clear_type: ClearType) -> io::Result<()> {
        // Erasing paints with the current background: start from the terminal's default.
        self.pen = Some(Pen::RESET);
        // The terminal may have been someone else's meanwhile (Ctrl-Z, a resize).
        self.cursor_hidden = false;
        let clear = match clear_type {
            ClearType::All => terminal::ClearType::All,
            ClearType::AfterCursor => terminal::ClearType::FromCursorDown,
            ClearType::BeforeCursor => terminal::ClearType::FromCursorUp,
            ClearType::CurrentLine => terminal::ClearType::CurrentLine,
            ClearType::UntilNewLine => terminal::ClearType::UntilNewLine,
        };
        queue!(self.writer, SetAttribute(Attribute::Reset), Clear(clear))
    }

    fn size(&self) -> io::Result<Size> {
        let (width, height) = terminal::size()?;
        Ok(Size { width, height })
    }

    fn window_size(&mut self) -> io::Result<WindowSize> {
        let size = terminal::window_size()?;
        Ok(WindowSize {
            columns_rows: Size {
                width: size.columns,
                height: size.rows,
            },
            pixels: Size {
                width: size.width,
                height: size.height,
            },
        })
    }

    fn flush(&mut self) -> io::Result<()> {
        self.writer.flush()
    }
}

/// Writes one SGR sequence taking the terminal from `from` (unknown: `None`) to `to`.
fn sgr(out: &mut impl Write, from: Option<Pen>, to: Pen) -> io::Result<()> {
    let mut codes: Vec<String> = Vec::with_capacity(4);
    // Attributes can only be added one by one; when any must go, start from a reset.
    let from = match from {
        Some(from) if (from.modifier - to.modifier).is_empty() => from,
        _ => {
            codes.push("0".into());
            Pen::RESET
        }
    };
    for (flag, code) in [
        (Modifier::BOLD, "1"),
        (Modifier::DIM, "2"),
        (Modifier::ITALIC, "3"),
        (Modifier::UNDERLINED, "4"),
        (Modifier::SLOW_BLINK, "5"),
        (Modifier::RAPID_BLINK, "6"),
        (Modifier::REVERSED, "7"),
        (Modifier::HIDDEN, "8"),
        (Modifier::CROSSED_OUT, "9"),
    ] {
        if to.modifier.contains(flag) && !from.modifier.contains(flag) {
            codes.push(code.into());
        }
    }
    if to.fg != from.fg {
        codes.push(colour(to.fg, Layer::Fg));
    }
    if to.bg != from.bg {
        codes.push(colour(to.bg, Layer::Bg));
    }
    if codes.is_empty() {
        return Ok(());
    }
    write!(out, "\x1b[{}m", codes.join(";"))
}

#[derive(Clone, Copy)]
enum Layer {
    Fg,
    Bg,
}

/// The SGR parameters for `colour` on `layer`: the short 30-37/90-97 forms for the sixteen
/// named colours (as ratatui's crossterm backend shows them), 5;N and 2;R;G;B otherwise.
fn colour(colour: Color, layer: Layer) -> String {
    let extended = match layer {
        Layer::Fg => "38",
        Layer::Bg => "48",
    };
    let index = match colour {
        Color::Reset => {
            return match layer {
                Layer::Fg => "39",
                Layer::Bg => "49",
            }
            .into();
        }
        Color::Rgb(r, g, b) => return format!("{extended};2;{r};{g};{b}"),
        Color::Indexed(n) => return format!("{extended};5;{n}"),
        Color::Black => 0,
        Color::Red => 1,
        Color::Green => 2,
        Color::Yellow => 3,
        Color::Blue => 4,
        Color::Magenta => 5,
        Color::Cyan => 6,
        Color::Gray => 7,
        Color::DarkGray => 8,
        Color::LightRed => 9,
        Color::LightGreen => 10,
        Color::LightYellow => 11,
        Color::LightBlue => 12,
        Color::LightMagenta => 13,
        Color::LightCyan => 14,
        Color::White => 15,
    };
    let code = match layer {
        Layer::Fg if index < 8 => 30 + index,
        Layer::Fg => 90 + index - 8,
        Layer::Bg if index < 8 => 40 + index,
        Layer::Bg => 100 + index - 8,
    };
    code.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::Terminal;
    use ratatui::style::Style;
    use ratatui::text::{Line, Span};
    use ratatui::widgets::Paragraph;

    /// What a real terminal shows after these bytes: each cell's text and style.
    fn screen(bytes: &[u8]) -> vt100::Parser {
        let mut parser = vt100::Parser::new(
            6.try_into().expect("rows"),
            30.try_into().expect("columns"),
            0,
        );
        parser.process(bytes);
        parser
    }

    #[expect(
        clippy::wildcard_enum_match_arm,
        reason = "ratatui's colours: the named ones map one to one"
    )]
    fn vt_colour(c: Color) -> vt100::Color {
        match c {
            Color::Reset => vt100::Color::Default,
            Color::Indexed(n) => vt100::Color::Idx(n),
            Color::Rgb(r, g, b) => vt100::Color::Rgb(r, g, b),
            named => {
                let s = colour(named, Layer::Fg);
                let n: u8 = s.parse().expect("short code");
                vt100::Color::Idx(if n >= 90 { n - 90 + 8 } else { n - 30 })
            }
        }
    }

    /// Frames of changing text and styles, drawn one after another, leave the terminal
    /// showing exactly what ratatui's buffer holds, cell by cell, style by style.
    #[test]
    fn every_frame_shows_exactly_the_buffer() {
        let styles = [
            Style::new(),
            Style::new().fg(Color::Magenta).add_modifier(Modifier::BOLD),
            Style::new()
                .bg(Color::Indexed(236))
                .fg(Color::Rgb(250, 10, 3)),
            Style::new().add_modifier(Modifier::REVERSED | Modifier::ITALIC),
            Style::new()
                .fg(Color::DarkGray)
                .add_modifier(Modifier::UNDERLINED),
            Style::new().fg(Color::White).bg(Color::Blue),
        ];
        let mut terminal = Terminal::new(LeanBackend::new(Vec::new())).expect("terminal");
        terminal
            .resize(ratatui::layout::Rect::new(0, 0, 30, 6))
            .expect("size");
        for frame in 0..40_usize {
            let completed = terminal
                .draw(|f| {
                    let lines: Vec<Line> = (0..6)
                        .map(|row| {
                            let style = styles[(frame + row) % styles.len()];
                            let other = styles[(frame * 7 + row * 3) % styles.len()];
                            Line::from(vec![
                                Span::styled(format!("{frame:>3} row {row} "), style),
                                Span::styled("━".repeat(frame % 9), other),
                                Span::styled(if frame % 3 == 0 { "小" } else { "ab" }, style),
                            ])
                        })
                        .collect();
                    f.render_widget(Paragraph::new(lines), f.area());
                })
                .expect("draw")
                .buffer
                .clone();
            let shown = screen(terminal.backend().writer());
            for y in 0..6 {
                for x in 0..30 {
                    let want = &completed[(x, y)];
                    let Some(got) = shown.screen().cell(y, x) else {
                        panic!("no cell {x},{y}")
                    };
                    if want.symbol() == "" || got.is_wide_continuation() {
                        continue;
                    }
                    let context = format!("frame {frame} at {x},{y}");
                    let text = if got.has_contents() {
                        got.contents()
                    } else {
                        " "
                    };
                    assert_eq!(text, want.symbol(), "{context}");
                    assert_eq!(got.fgcolor(), vt_colour(want.fg), "{context}");
                    assert_eq!(got.bgcolor(), vt_colour(want.bg), "{context}");
                    assert_eq!(
                        got.bold(),
                        want.modifier.contains(Modifier::BOLD),
                        "{context}"
                    );
                    assert_eq!(
                        got.italic(),
                        want.modifier.contains(Modifier::ITALIC),
                        "{context}"
                    );
                    assert_eq!(
                        got.underline(),
                        want.modifier.contains(Modifier::UNDERLINED),
                        "{context}"
                    );
                    assert_eq!(
                        got.inverse(),
                        want.modifier.contains(Modifier::REVERSED),
                        "{context}"
                    );
                }
            }
        }
    }

    /// The point of it: an unchanged frame sends nothing, a one-cell change only that cell,
    /// and the cursor is hidden once.
    #[test]
    fn a_frame_sends_only_what_changed() {
        let mut terminal = Terminal::new(LeanBackend::new(Vec::new())).expect("terminal");
        terminal
            .resize(ratatui::layout::Rect::new(0, 0, 30, 6))
            .expect("size");
        let draw = |terminal: &mut Terminal<LeanBackend<Vec<u8>>>, text: &str| {
            let before = terminal.backend().writer().len();
            terminal
                .draw(|f| {
                    let style = Style::new().fg(Color::Magenta).add_modifier(Modifier::BOLD);
                    f.render_widget(
                        Paragraph::new(Span::styled(text.to_owned(), style)),
                        f.area(),
                    );
                })
                .expect("draw");
            terminal.backend().writer()[before..].to_vec()
        };
        draw(&mut terminal, "0:20");
        assert_eq!(draw(&mut terminal, "0:20"), b"");
        assert_eq!(draw(&mut terminal, "0:19"), b"\x1b[1;3H19");
        assert_eq!(draw(&mut terminal, "0:18"), b"\x1b[1;4H8");
    }
}
