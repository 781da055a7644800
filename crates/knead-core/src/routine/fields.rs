//! The keys a routine file may hold, with their types, limits and documentation.
//!
//! One table drives both the validator (unknown keys, type checks, limits) and the JSON Schema
//! that editors use, so the two cannot drift apart.

use super::{Release, Sides};

/// What a key's value must be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A string; `multiline` allows line breaks.
    Text {
        /// Whether line breaks are allowed.
        multiline: bool,
    },
    /// An array of strings, each one line of text.
    Lines,
    /// A duration in seconds, inclusive bounds.
    Duration {
        /// Shortest accepted, in seconds.
        min: u64,
        /// Longest accepted, in seconds.
        max: u64,
    },
    /// A whole number, inclusive bounds.
    Integer {
        /// Smallest accepted.
        min: i64,
        /// Largest accepted.
        max: i64,
    },
    /// One of a fixed set of words.
    Choice(&'static [&'static str]),
    /// A list of words from a fixed set, each at most once.
    Choices(&'static [&'static str]),
    /// `true` or `false`.
    Bool,
    /// The `[defaults]` table.
    Defaults,
    /// The `[[step]]` array of tables.
    Steps,
    /// A TOML local date, `2026-11-02`.
    Date,
    /// A list of step numbers, 1-based, each at most the routine's step count.
    StepNumbers,
    /// The `[prescription]` table.
    Prescription,
    /// The `[[prescription.phase]]` array of tables.
    Phases,
    /// The activities of a Patient-Specific Functional Scale: at most [`MAX_ACTIVITIES`]
    /// lines of [`ACTIVITY_CHARS`] characters, no two the same.
    Activities,
}

/// Most activities a Patient-Specific Functional Scale rates (Stratford 1995 asks for up to
/// five).
pub const MAX_ACTIVITIES: usize = 5;

/// How long an activity may be, in characters: long enough to say what and when ("turning
/// my head while driving"), short enough to read out and fit a report's table.
pub const ACTIVITY_CHARS: std::ops::RangeInclusive<usize> = 3..=80;

/// One key of the format.
#[derive(Debug, Clone, Copy)]
pub struct Field {
    /// The key as written in the file.
    pub name: &'static str,
    /// What its value must be.
    pub kind: Kind,
    /// What it means, shown in editors through the schema.
    pub doc: &'static str,
    /// Its default as written in TOML, when it has one.
    pub default: Option<&'static str>,
    /// Whether a file must set it (for steps: unless `[defaults]` does).
    pub required: bool,
}

/// The languages `language` takes, by code.
pub const LANGUAGES: [&str; 4] = [
    crate::lang::Language::SPOKEN[0].code(),
    crate::lang::Language::SPOKEN[1].code(),
    crate::lang::Language::SPOKEN[2].code(),
    crate::lang::Language::SPOKEN[3].code(),
];

/// Most steps a routine may have.
pub const MAX_STEPS: usize = 500;

/// Largest routine file, in bytes.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;

/// The words of every value of an enum with `ALL` and a `const fn word`, at compile time.
macro_rules! words_of {
    ($enum:ty) => {{
        let mut words = [""; <$enum>::ALL.len()];
        let mut i = 0;
        while i < words.len() {
            words[i] = <$enum>::ALL[i].word();
            i += 1;
        }
        words
    }};
}

/// Values of `side`: the words of [`Sides`], so the validator, the schema and the parser
/// share one list.
pub const SIDES: [&str; Sides::ALL.len()] = words_of!(Sides);

/// Values of `release`: the words of [`Release`].
pub const RELEASES: [&str; Release::ALL.len()] = words_of!(Release);

/// How long a hold may be, in a step or a phase.
const HOLD: Kind = Kind::Duration {
    min: 1,
    max: 60 * 60,
};
/// How long a rest may be.
const REST: Kind = Kind::Duration {
    min: 0,
    max: 30 * 60,
};
/// How long a get-ready may be.
const PREPARE: Kind = Kind::Duration {
    min: 0,
    max: 5 * 60,
};
/// Holds per side.
const REPS: Kind = Kind::Integer { min: 1, max: 20 };
/// Sessions a week.
const PER_WEEK: Kind = Kind::Integer { min: 1, max: 14 };
/// Longest prescription, in weeks: a year.
pub const MAX_WEEKS: i64 = 52;

/// Keys at the top of a routine file.
pub const ROUTINE: &[Field] = &[
    Field {
        name: "name",
        kind: Kind::Text { multiline: false },
        doc: "The routine's title, shown at the top of every screen.",
        default: None,
        required: true,
    },
    Field {
        name: "description",
        kind: Kind::Text { multiline: true },
        doc: "What the routine is for, shown on the overview.",
        default: None,
        required: false,
    },
    Field {
        name: "author",
        kind: Kind::Text { multiline: false },
        doc: "Who wrote the routine, e.g. \"Jane Doe, PT\".",
        default: None,
        required: false,
    },
    Field {
        name: "safety",
        kind: Kind::Lines,
        doc: "Safety lines shown before the session starts.",
        default: None,
        required: false,
    },
    Field {
        name: "stop_above",
        kind: Kind::Integer { min: 1, max: 10 },
        doc: "A pain rating at or above this (0-10) shows ease-off advice.",
        default: Some("8"),
        required: false,
    },
    Field {
        name: "per_week",
        kind: PER_WEEK,
        doc: "How many sessions a week the routine is meant for; the history compares.",
        default: None,
        required: false,
    },
    Field {
        name: "auto_advance",
        kind: Kind::Bool,
        doc: "Start the next hold when the rest ends even if the last hold was not rated.",
        default: Some("false"),
        required: false,
    },
    Field {
        name: "language",
        kind: Kind::Choice(&LANGUAGES),
        doc: "The language the session speaks, whatever the machine's: en, de, es or fr. \
              Cue texts stay as written.",
        default: None,
        required: false,
    },
    Field {
        name: "session_rating",
        kind: Kind::Bool,
        doc: "Ask for the overall pain, 0-10, before the first hold and after the last one.",
        default: Some("false"),
        required: false,
    },
    Field {
        name: "defaults",
        kind: Kind::Defaults,
        doc: "Values for any step field except region and cue, used where a step omits them.",
        default: None,
        required: false,
    },
    Field {
        name: "step",
        kind: Kind::Steps,
        doc: "The steps, in order; write each as a [[step]] table.",
        default: None,
        required: true,
    },
    Field {
        name: "prescription",
        kind: Kind::Prescription,
        doc: "A home programme over weeks: who prescribed it, when it starts, how long it \
              runs, its stop rules and how it progresses.",
        default: None,
        required: false,
    },
];

/// Keys of the `[prescription]` table.
pub const PRESCRIPTION: &[Field] = &[
    Field {
        name: "client",
        kind: Kind::Text { multiline: false },
        doc: "Who the programme is for: a pseudonym, never a full name.",
        default: None,
        required: false,
    },
    Field {
        name: "by",
        kind: Kind::Text { multiline: false },
        doc: "Who prescribed it, e.g. \"J. Ortiz, PT\".",
        default: None,
        required: false,
    },
    Field {
        name: "start",
        kind: Kind::Date,
        doc: "The first day of week 1, as a date: start = 2026-11-02.",
        default: None,
        required: true,
    },
    Field {
        name: "weeks",
        kind: Kind::Integer {
            min: 1,
            max: MAX_WEEKS,
        },
        doc: "How many weeks the programme runs.",
        default: None,
        required: true,
    },
    Field {
        name: "per_week",
        kind: PER_WEEK,
        doc: "Sessions a week; replaces the routine's own per_week.",
        default: None,
        required: false,
    },
    Field {
        name: "stop_if",
        kind: Kind::Lines,
        doc: "Reasons to stop and call the therapist, each asked on its own at the first \
              session of each programme week, again after the file changes or a yes, and when \
              the person says something changed.",
        default: None,
        required: false,
    },
    Field {
        name: "activities",
        kind: Kind::Activities,
        doc: "Up to five activities the client finds hard (a Patient-Specific Functional \
              Scale), rated from 0 (unable) to 10 (as before the problem) at the first \
              session and at the first session of each programme week.",
        default: None,
        required: false,
    },
    Field {
        name: "pgic",
        kind: Kind::Bool,
        doc: "Ask the Patient Global Impression of Change (seven answers from very much \
              improved to very much worse) at the last session of each phase and of the \
              programme.",
        default: Some("false"),
        required: false,
    },
    Field {
        name: "phase",
        kind: Kind::Phases,
        doc: "How the programme progresses; write each change as a [[prescription.phase]].",
        default: None,
        required: false,
    },
];

/// Keys of a `[[prescription.phase]]` table.
pub const PHASE: &[Field] = &[
    Field {
        name: "from_week",
        kind: Kind::Integer {
            min: 1,
            max: MAX_WEEKS,
        },
        doc: "The week this phase starts; it lasts to the end, or to the next phase.",
        default: None,
        required: true,
    },
    Field {
        name: "hold",
        kind: HOLD,
        doc: "The hold from this week on, in place of the routine's.",
        default: None,
        required: false,
    },
    Field {
        name: "rest",
        kind: REST,
        doc: "The rest from this week on.",
        default: None,
        required: false,
    },
    Field {
        name: "prepare",
        kind: PREPARE,
        doc: "The get-ready time from this week on.",
        default: None,
        required: false,
    },
    Field {
        name: "reps",
        kind: REPS,
        doc: "Holds per side from this week on.",
        default: None,
        required: false,
    },
    Field {
        name: "steps",
        kind: Kind::StepNumbers,
        doc: "Which steps the change applies to, counted from 1; every step when left out.",
        default: None,
        required: false,
    },
];

/// Keys of a `[[step]]` table.
pub const STEP: &[Field] = &[
    Field {
        name: "region",
        kind: Kind::Text { multiline: false },
        doc: "The body region or spot, e.g. \"upper trapezius\".",
        default: None,
        required: true,
    },
    Field {
        name: "tool",
        kind: Kind::Text { multiline: false },
        doc: "What to press with; common tools (lacrosse ball, foam roller, thumb, ice pack...) \
              are recognised and get a tip on screen.",
        default: None,
        required: true,
    },
    Field {
        name: "hold",
        kind: HOLD,
        doc: "How long to hold: \"90s\", \"1m30s\", \"1m 30s\" or whole seconds. With \
              release = \"manual\" this is the longest hold.",
        default: None,
        required: true,
    },
    Field {
        name: "rest",
        kind: REST,
        doc: "Rest after each hold, while the spot is rated.",
        default: Some("\"15s\""),
        required: false,
    },
    Field {
        name: "prepare",
        kind: PREPARE,
        doc: "Get-ready time before each hold.",
        default: Some("\"5s\""),
        required: false,
    },
    Field {
        name: "reps",
        kind: REPS,
        doc: "Holds on this spot, per side.",
        default: Some("1"),
        required: false,
    },
    Field {
        name: "side",
        kind: Kind::Choice(&SIDES),
        doc: "Which side: \"both\" does the left, then the right.",
        default: Some("\"none\""),
        required: false,
    },
    Field {
        name: "release",
        kind: Kind::Choice(&RELEASES),
        doc: "\"manual\": the person presses a key when the knot lets go; the time to release \
              is recorded.",
        default: Some("\"timed\""),
        required: false,
    },
    Field {
        name: "cue",
        kind: Kind::Text { multiline: true },
        doc: "What to do, shown during the hold.",
        default: None,
        required: false,
    },
    Field {
        name: "say",
        kind: Kind::Text { multiline: false },
        doc: "What the voice says for this spot at get ready, in place of its region and side \
              (\"Left shoulder blade, on the ball.\").",
        default: None,
        required: false,
    },
];

/// Whether a step field may be set in `[defaults]` (everything but what names the spot).
pub fn defaultable(field: &Field) -> bool {
    !matches!(field.name, "region" | "cue" | "say")
}

/// Looks a key up in a table of fields.
pub fn find(fields: &'static [Field], name: &str) -> Option<&'static Field> {
    fields.iter().find(|f| f.name == name)
}
