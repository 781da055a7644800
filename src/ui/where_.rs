//! "Where does it hurt?": the body map with the marker's place, and beside it the place, its
//! red flags one by one, where to seek care, or its muscles to pick.

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Paragraph, Wrap};

use super::bodymap::{self, Palette};
use super::{footer, put_line, rows, truncate};
use crate::app::figures::Figures;
use crate::app::where_::{Picker, Step};
use crate::body::Region;
use crate::body::map::{Mark, Tone};
use crate::keys::{self, Action};
use crate::theme::Theme;
use crate::words::zones as zone_words;

/// The footer's offer, in order; on a narrow screen the first that fit show.
const OFFER: &[Action] = &[
    Action::Confirm,
    Action::Begin,
    Action::Yes,
    Action::No,
    Action::Help,
    Action::Pick,
    Action::Save,
    Action::Up,
    Action::Focus,
    Action::Filter,
    Action::KeepGoing,
    Action::Close,
];

/// Draws the picker over the whole frame.
pub fn draw(frame: &mut Frame, picker: &Picker, figures: &Figures, theme: Theme) {
    let area = frame.area();
    let [top, body, line, keys_area] = rows(area, [Some(1), None, Some(1), Some(1)]);
    put_line(
        frame,
        top,
        &Line::styled(format!(" {} ", zone_words::title()), theme.selected()),
        Alignment::Left,
    );
    let map_width = bodymap::width(body.height).min(body.width / 2);
    let map = Rect::new(body.x, body.y, map_width, body.height);
    let text = Rect::new(
        body.x + map_width + 1,
        body.y,
        body.width.saturating_sub(map_width + 2),
        body.height,
    );
    let zone = picker.zone();
    let mut marks = vec![Mark {
        region: &zone.place,
        side: None,
        tone: Tone::High,
    }];
    if picker.step == Step::Muscles {
        marks.extend(
            zone.regions()
                .zip(&picker.picked)
                .filter(|(r, p)| **p && r.view == picker.view)
                .map(|(region, _)| Mark {
                    region,
                    side: None,
                    tone: Tone::Mid,
                }),
        );
    }
    let figure = bodymap::figure_area(map);
    picker
        .map
        .set(Some((figure.x, figure.y, figure.width, figure.height)));
    bodymap::draw(
        frame,
        map,
        figures,
        picker.view,
        &marks,
        None,
        Palette::Pain,
        theme,
        picker.glyphs,
    );
    // On a small screen only what matters: the place, the question, the muscles.
    let compact = text.height < 14;
    let lines = match &picker.step {
        Step::Map | Step::Typing(_) => place_lines(picker, compact, theme),
        Step::Flag(i) => flag_lines(picker, *i, compact, theme),
        Step::Care(flag) => vec![
            Line::styled(zone_words::seek_care(), theme.warning()),
            Line::default(),
            Line::styled(zone_words::advice(*flag), theme.warning()),
            Line::default(),
            Line::styled(zone_words::see_a_clinician(), theme.dim()),
        ],
        Step::Muscles => muscle_lines(picker, usize::from(text.width), compact, theme),
    };
    frame.render_widget(
        Paragraph::new(Text::from(lines)).wrap(Wrap { trim: false }),
        text,
    );
    let status = match (&picker.step, &picker.notice) {
        (Step::Typing(typed), _) => Line::from(vec![
            Span::styled(" / ", theme.key()),
            Span::raw(format!("{typed}▏")),
        ]),
        (_, Some(notice)) => Line::styled(format!(" {notice}"), theme.warning()),
        _ => Line::default(),
    };
    put_line(frame, line, &status, Alignment::Left);
    footer(
        frame,
        keys_area,
        theme,
        &keys::footer(&picker.key_state(), OFFER),
    );
    if picker.help {
        help(frame, area, theme);
    }
}

/// The place under the marker and what refers there.
fn place_lines(picker: &Picker, compact: bool, theme: Theme) -> Vec<Line<'static>> {
    let zone = picker.zone();
    let muscles: Vec<String> = zone.regions().map(Region::local_name).collect();
    if compact {
        return vec![
            Line::styled(capitalised(&zone.name()), theme.title()),
            Line::styled(muscles.join(", "), theme.dim()),
        ];
    }
    vec![
        Line::styled(zone_words::map_hint(), theme.dim()),
        Line::default(),
        Line::styled(capitalised(&zone.name()), theme.title()),
        Line::styled(zone.aliases().join(", "), theme.dim()),
        Line::default(),
        Line::raw(zone_words::muscles_heading(zone)),
        Line::raw(muscles.join(", ")),
        Line::default(),
        Line::styled(zone_words::enter_chooses(), theme.dim()),
    ]
}

/// Red flag `i` of the place, asked.
fn flag_lines(picker: &Picker, i: usize, compact: bool, theme: Theme) -> Vec<Line<'static>> {
    let zone = picker.zone();
    let flag = zone.flags[i];
    if compact {
        return vec![
            Line::styled(zone_words::flag_count(i + 1, zone.flags.len()), theme.dim()),
            Line::raw(zone_words::question(flag)),
        ];
    }
    vec![
        Line::styled(capitalised(&zone.name()), theme.title()),
        Line::default(),
        Line::styled(zone_words::flags_heading(), theme.dim()),
        Line::default(),
        Line::styled(zone_words::flag_count(i + 1, zone.flags.len()), theme.dim()),
        Line::raw(zone_words::question(flag)),
    ]
}

/// The place's muscles, picked or not, the cursor's with how to find it.
fn muscle_lines(picker: &Picker, width: usize, compact: bool, theme: Theme) -> Vec<Line<'static>> {
    let zone = picker.zone();
    let mut lines = vec![Line::styled(capitalised(&zone.name()), theme.title())];
    if !compact {
        lines.push(Line::styled(zone_words::muscles_heading(zone), theme.dim()));
    }
    let regions: Vec<&Region> = zone.regions().collect();
    for (i, (region, picked)) in regions.iter().zip(&picker.picked).enumerate() {
        let mark = zone_words::picked_mark(*picked);
        let text = truncate(
            &format!("{mark} {}", zone_words::muscle_line(region)),
            width.saturating_sub(2),
        );
        let style = if i == picker.cursor {
            theme.selected()
        } else {
            theme.dim()
        };
        lines.push(Line::styled(format!(" {text}"), style));
    }
    if let Some(region) = regions.get(picker.cursor).filter(|_| !compact) {
        lines.push(Line::default());
        lines.push(Line::raw(format!(
            "{}: {}",
            region.local_name(),
            zone_words::tool_name(region)
        )));
        lines.push(Line::styled(region.local_find(), theme.dim()));
        lines.push(Line::default());
        lines.push(Line::styled(zone_words::see_a_clinician(), theme.dim()));
    }
    lines
}

fn help(frame: &mut Frame, area: Rect, theme: Theme) {
    super::keys_overlay(frame, area, theme, keys::where_help(), 50);
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
