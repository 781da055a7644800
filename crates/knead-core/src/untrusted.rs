//! Text that came from someone else's file: which characters could rewrite the terminal or
//! disguise what a line says. A leaf module, so the format, the diagnostics and the history
//! import all judge text the same way without depending on each other.

/// Whether `c` could rewrite the terminal or disguise text: a control, reordering or
/// invisible character. (Routines refuse these, with a message for each kind.)
pub fn is_unsafe(c: char) -> bool {
    c.is_control() || is_bidi_control(c) || is_invisible(c)
}

/// Format characters that show nothing: a region written with one would look the same as the
/// region without it yet be kept apart in the history. The zero-width joiner and non-joiner
/// stay allowed; emoji sequences and several scripts need them.
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{034F}'
            | '\u{061C}'
            | '\u{115F}'
            | '\u{1160}'
            | '\u{17B4}'
            | '\u{17B5}'
            | '\u{180E}'
            | '\u{200B}'
            | '\u{2060}'..='\u{2064}'
            | '\u{3164}'
            | '\u{FEFF}'
            | '\u{FFA0}'
            | '\u{FFF9}'..='\u{FFFB}'
    )
}

/// Characters that reorder text on screen and can disguise what a line says.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}')
}
