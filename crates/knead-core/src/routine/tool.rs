//! The tool a step uses: free text, with the common ones recognised so screens can give a hint
//! and the validator can tell compression from cold or heat.

use std::fmt;

/// What a tool does to tissue, which decides the clinical checks that apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Sustained pressure on a spot: balls, rollers, hands, hooks, massage guns.
    Compression,
    /// A cold application.
    Cold,
    /// A heat application.
    Heat,
}

/// A tool knead knows by name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KnownTool {
    /// Any massage ball.
    Ball,
    /// A lacrosse ball: firm, small contact area.
    LacrosseBall,
    /// A tennis ball: softer, a good start.
    TennisBall,
    /// A golf ball: small and hard, for feet and hands.
    GolfBall,
    /// Two balls joined, for either side of the spine.
    PeanutBall,
    /// A foam roller.
    FoamRoller,
    /// A massage stick or roller stick, rolled with both hands.
    Stick,
    /// The thumb.
    Thumb,
    /// The knuckles.
    Knuckles,
    /// The fingertips.
    Fingers,
    /// The forearm near the elbow, leaning in.
    Elbow,
    /// A hooked cane (Theracane, back hook).
    Theracane,
    /// A percussive massage gun.
    MassageGun,
    /// An ice pack.
    IcePack,
    /// A gel or cold pack.
    ColdPack,
    /// A heat pack or pad.
    HeatPack,
}

/// Names each known tool answers to, as knead writes them; they are compared with case,
/// spaces, hyphens and underscores removed.
const NAMES: &[(&str, KnownTool)] = &[
    ("ball", KnownTool::Ball),
    ("massage ball", KnownTool::Ball),
    ("lacrosse ball", KnownTool::LacrosseBall),
    ("tennis ball", KnownTool::TennisBall),
    ("golf ball", KnownTool::GolfBall),
    ("peanut ball", KnownTool::PeanutBall),
    ("peanut", KnownTool::PeanutBall),
    ("foam roller", KnownTool::FoamRoller),
    ("roller", KnownTool::FoamRoller),
    ("massage stick", KnownTool::Stick),
    ("roller stick", KnownTool::Stick),
    ("stick", KnownTool::Stick),
    ("thumb", KnownTool::Thumb),
    ("thumbs", KnownTool::Thumb),
    ("knuckles", KnownTool::Knuckles),
    ("knuckle", KnownTool::Knuckles),
    ("fingers", KnownTool::Fingers),
    ("finger", KnownTool::Fingers),
    ("fingertips", KnownTool::Fingers),
    ("hand", KnownTool::Fingers),
    ("hands", KnownTool::Fingers),
    ("elbow", KnownTool::Elbow),
    ("forearm", KnownTool::Elbow),
    ("theracane", KnownTool::Theracane),
    ("hook", KnownTool::Theracane),
    ("back hook", KnownTool::Theracane),
    ("massage gun", KnownTool::MassageGun),
    ("percussion gun", KnownTool::MassageGun),
    ("ice pack", KnownTool::IcePack),
    ("ice", KnownTool::IcePack),
    ("ice cup", KnownTool::IcePack),
    ("cold pack", KnownTool::ColdPack),
    ("gel pack", KnownTool::ColdPack),
    ("heat pack", KnownTool::HeatPack),
    ("hot pack", KnownTool::HeatPack),
    ("heating pad", KnownTool::HeatPack),
    ("hot water bottle", KnownTool::HeatPack),
];

/// A tool's name with case, spaces, hyphens and underscores removed.
fn squash(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && *c != '-' && *c != '_')
        .flat_map(char::to_lowercase)
        .collect()
}

/// Every known tool, for the other languages' names.
const ALL: [KnownTool; 16] = [
    KnownTool::Ball,
    KnownTool::LacrosseBall,
    KnownTool::TennisBall,
    KnownTool::GolfBall,
    KnownTool::PeanutBall,
    KnownTool::FoamRoller,
    KnownTool::Stick,
    KnownTool::Thumb,
    KnownTool::Knuckles,
    KnownTool::Fingers,
    KnownTool::Elbow,
    KnownTool::Theracane,
    KnownTool::MassageGun,
    KnownTool::IcePack,
    KnownTool::ColdPack,
    KnownTool::HeatPack,
];

/// Every tool's names in the languages knead speaks besides English (the message
/// `tool-name-ID` and its `.aliases`), squashed: worked out once.
fn translated_names() -> &'static [(String, KnownTool)] {
    static NAMES: std::sync::OnceLock<Vec<(String, KnownTool)>> = std::sync::OnceLock::new();
    NAMES.get_or_init(|| {
        use crate::lang::{Language, names_in};
        let mut all = Vec::new();
        for language in Language::SPOKEN
            .into_iter()
            .filter(|l| *l != Language::English)
        {
            for tool in ALL {
                let names = names_in(language, &format!("tool-name-{}", tool.id()));
                all.extend(names.iter().map(|w| (squash(w), tool)));
            }
        }
        all
    })
}

impl KnownTool {
    /// Recognises `text` as a known tool, ignoring case and spacing ("Foam-Roller",
    /// "foamroller"), by its English names or its names in another language knead speaks
    /// ("Faszienrolle").
    pub fn recognise(text: &str) -> Option<Self> {
        let key = squash(text);
        NAMES
            .iter()
            .find(|(name, _)| squash(name) == key)
            .map(|&(_, tool)| tool)
            .or_else(|| {
                translated_names()
                    .iter()
                    .find(|(name, _)| *name == key)
                    .map(|&(_, tool)| tool)
            })
    }

    /// Its name in messages: `tool-name-ID`, `tool-hint-ID`.
    pub const fn id(self) -> &'static str {
        match self {
            KnownTool::Ball => "ball",
            KnownTool::LacrosseBall => "lacrosse-ball",
            KnownTool::TennisBall => "tennis-ball",
            KnownTool::GolfBall => "golf-ball",
            KnownTool::PeanutBall => "peanut-ball",
            KnownTool::FoamRoller => "foam-roller",
            KnownTool::Stick => "stick",
            KnownTool::Thumb => "thumb",
            KnownTool::Knuckles => "knuckles",
            KnownTool::Fingers => "fingers",
            KnownTool::Elbow => "elbow",
            KnownTool::Theracane => "theracane",
            KnownTool::MassageGun => "massage-gun",
            KnownTool::IcePack => "ice-pack",
            KnownTool::ColdPack => "cold-pack",
            KnownTool::HeatPack => "heat-pack",
        }
    }

    /// The known name closest to an unrecognised `text`, for "did you mean".
    pub fn suggest(text: &str) -> Option<&'static str> {
        let key = squash(text);
        crate::body::closest(&key, NAMES.iter().map(|&(name, _)| name)).filter(|name| {
            // Compared squashed, so "foam roler" finds "foam roller".
            strsim::levenshtein(&key, &squash(name)) <= 2
                || strsim::jaro_winkler(&key, &squash(name)) >= 0.9
        })
    }

    /// What the tool does to tissue.
    pub fn action(self) -> Action {
        match self {
            KnownTool::IcePack | KnownTool::ColdPack => Action::Cold,
            KnownTool::HeatPack => Action::Heat,
            KnownTool::Ball
            | KnownTool::LacrosseBall
            | KnownTool::TennisBall
            | KnownTool::GolfBall
            | KnownTool::PeanutBall
            | KnownTool::FoamRoller
            | KnownTool::Stick
            | KnownTool::Thumb
            | KnownTool::Knuckles
            | KnownTool::Fingers
            | KnownTool::Elbow
            | KnownTool::Theracane
            | KnownTool::MassageGun => Action::Compression,
        }
    }

    /// A one-line tip shown beside the tool during a hold.
    pub fn hint(self) -> String {
        match self {
            KnownTool::Ball => crate::t!("tool-hint-ball"),
            KnownTool::LacrosseBall => crate::t!("tool-hint-lacrosse-ball"),
            KnownTool::TennisBall => crate::t!("tool-hint-tennis-ball"),
            KnownTool::GolfBall => crate::t!("tool-hint-golf-ball"),
            KnownTool::Stick => crate::t!("tool-hint-stick"),
            KnownTool::Elbow => crate::t!("tool-hint-elbow"),
            KnownTool::PeanutBall => crate::t!("tool-hint-peanut-ball"),
            KnownTool::FoamRoller => crate::t!("tool-hint-foam-roller"),
            KnownTool::Thumb => crate::t!("tool-hint-thumb"),
            KnownTool::Knuckles => crate::t!("tool-hint-knuckles"),
            KnownTool::Fingers => crate::t!("tool-hint-fingers"),
            KnownTool::Theracane => crate::t!("tool-hint-theracane"),
            KnownTool::MassageGun => crate::t!("tool-hint-massage-gun"),
            KnownTool::IcePack | KnownTool::ColdPack => crate::t!("tool-hint-ice-pack"),
            KnownTool::HeatPack => crate::t!("tool-hint-heat-pack"),
        }
    }
}

/// The tool as the routine names it, plus what knead recognised it as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tool {
    /// The text from the file, as written.
    pub name: String,
    /// The recognised tool, if any.
    pub known: Option<KnownTool>,
}

impl Tool {
    /// A tool named `name`, recognised if knead knows it.
    pub fn new(name: impl Into<String>) -> Self {
        let name = name.into();
        let known = KnownTool::recognise(&name);
        Self { name, known }
    }

    /// What the tool does; unknown tools are treated as compression, the common case.
    pub fn action(&self) -> Action {
        self.known.map_or(Action::Compression, KnownTool::action)
    }
}

/// The tool as a person reads it: as written in English, and a tool knead knows by its name
/// in another language spoken ("Faszienrolle" for "foam roller"). The history keeps `name`.
impl fmt::Display for Tool {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use crate::lang::{Language, current, message_in};
        let local = match (current(), self.known) {
            (Language::English | Language::Pseudo, _) | (_, None) => None,
            (language, Some(tool)) => message_in(language, &format!("tool-name-{}", tool.id())),
        };
        f.write_str(local.as_deref().unwrap_or(&self.name))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognition_ignores_case_and_spacing() {
        for text in [
            "foam roller",
            "Foam Roller",
            "foam-roller",
            "FOAMROLLER",
            "  foam   roller ",
        ] {
            assert_eq!(
                KnownTool::recognise(text),
                Some(KnownTool::FoamRoller),
                "{text}"
            );
        }
        assert_eq!(
            KnownTool::recognise("Thera Cane"),
            Some(KnownTool::Theracane)
        );
        assert_eq!(KnownTool::recognise("theracane/hook"), None);
        assert_eq!(KnownTool::recognise("Golf-Ball"), Some(KnownTool::GolfBall));
        assert_eq!(
            KnownTool::recognise("Lacrosse ball"),
            Some(KnownTool::LacrosseBall)
        );
    }

    #[test]
    fn slips_of_the_keys_get_the_tool_meant() {
        assert_eq!(KnownTool::suggest("lacrosse bal"), Some("lacrosse ball"));
        assert_eq!(KnownTool::suggest("foam roler"), Some("foam roller"));
        assert_eq!(KnownTool::suggest("Tenis ball"), Some("tennis ball"));
        assert_eq!(KnownTool::suggest("rolling pin"), None);
    }

    #[test]
    fn unknown_tools_are_kept_and_count_as_compression() {
        let tool = Tool::new("rolling pin");
        assert_eq!(tool.known, None);
        assert_eq!(tool.action(), Action::Compression);
        assert_eq!(tool.to_string(), "rolling pin");
    }

    #[test]
    fn cold_and_heat_tools_are_told_apart() {
        assert_eq!(Tool::new("Ice pack").action(), Action::Cold);
        assert_eq!(Tool::new("cold pack").action(), Action::Cold);
        assert_eq!(Tool::new("heat pack").action(), Action::Heat);
        assert_eq!(Tool::new("massage gun").action(), Action::Compression);
    }
}
