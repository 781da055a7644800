//! The body: the regions knead knows (a catalogue of canonical names, the names people use,
//! where each is and how to find it), recognised in free text, and the figure they are drawn on.
//!
//! A routine's `region` stays free text. Recognising it lets the history keep "upper traps" and
//! "upper trapezius" as one spot, and lets the screens and the report put it on the body.

pub mod figure;
pub mod map;
mod regions;
pub mod zones;

pub use regions::REGIONS;

use std::sync::OnceLock;

use crate::routine::Side;

/// Which way the figure faces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum View {
    /// Facing you: the person's left is on your right.
    Front,
    /// From behind: the person's left is on your left.
    Back,
}

impl View {
    /// Both views, front first.
    pub const ALL: [View; 2] = [View::Front, View::Back];

    /// `"front view"` / `"back view"`, in the language spoken.
    pub fn label(self) -> String {
        match self {
            View::Front => crate::t!("view-front"),
            View::Back => crate::t!("view-back"),
        }
    }

    /// The short form for a narrow figure: `"front"` / `"back"`.
    pub fn short_label(self) -> String {
        match self {
            View::Front => crate::t!("view-front-short"),
            View::Back => crate::t!("view-back-short"),
        }
    }

    /// Whether the person's left is drawn on the viewer's left.
    pub const fn left_on_left(self) -> bool {
        matches!(self, View::Back)
    }
}

/// Where a region is on the figure, in figure units, on the person's left side.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Area {
    /// An ellipse centred at (`x`, `y`).
    Oval {
        /// Centre, from the midline towards the person's left.
        x: f32,
        /// Centre, down from the top of the head.
        y: f32,
        /// Half the width.
        rx: f32,
        /// Half the height.
        ry: f32,
    },
    /// A line segment with a thickness: a muscle along a limb.
    Band {
        /// One end.
        from: (f32, f32),
        /// The other end.
        to: (f32, f32),
        /// Half the thickness.
        r: f32,
    },
    /// Not one place (a sore spot, wherever it is): nothing is marked.
    Anywhere,
}

/// One region of the catalogue.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Region {
    /// A stable identifier, kept in the history and exports: `"upper-trapezius"`.
    pub id: &'static str,
    /// The canonical name, as knead writes it: `"upper trapezius"`.
    pub name: &'static str,
    /// Other names people use for it, lowercase.
    pub aliases: &'static [&'static str],
    /// Whether it has a left and a right.
    pub sided: bool,
    /// The view it is seen in.
    pub view: View,
    /// Where it is.
    pub area: Area,
    /// One line on how to find it.
    pub find: &'static str,
}

impl Region {
    /// The region with this id.
    pub fn by_id(id: &str) -> Option<&'static Region> {
        REGIONS.iter().find(|r| r.id == id)
    }

    /// Recognises `text` as a region: its name or an alias, in any case, singular or plural,
    /// with or without "the" in front or "muscle" after.
    pub fn recognise(text: &str) -> Option<&'static Region> {
        let key = normalise(text);
        if key.is_empty() {
            return None;
        }
        let (names, owners) = normalised_names();
        names
            .split('\n')
            .zip(owners)
            .find(|(name, _)| is_form(&key, name))
            .and_then(|(_, &index)| REGIONS.get(usize::from(index)))
    }

    /// The known name closest to an unrecognised `text`, for "did you mean".
    pub fn suggest(text: &str) -> Option<&'static str> {
        closest(&normalise(text), REGIONS.iter().flat_map(names))
    }

    /// Its name in the language spoken: the catalogue's in English.
    pub fn local_name(&self) -> String {
        local(self, "").unwrap_or_else(|| self.name.to_owned())
    }

    /// How to find it, in the language spoken.
    pub fn local_find(&self) -> String {
        local(self, "find").unwrap_or_else(|| self.find.to_owned())
    }

    /// Its names and other names in every language knead speaks but English, normalised:
    /// `region = "oberer Trapezius"` is the upper trapezius on any machine.
    fn translated_names(&self) -> Vec<String> {
        let id = format!("region-{}", self.id);
        crate::lang::Language::SPOKEN
            .into_iter()
            .flat_map(|language| crate::lang::names_in(language, &id))
            .collect()
    }
}

/// A region's name (`attribute` empty) or attribute in the language spoken, when it has one.
fn local(region: &Region, attribute: &str) -> Option<String> {
    let language = crate::lang::current();
    let id = format!("region-{}", region.id);
    if attribute.is_empty() {
        crate::lang::message_in(language, &id)
    } else {
        crate::lang::attribute_in(language, &id, attribute)
    }
    .filter(|s| !s.is_empty())
}

/// A region as written in a routine, in the language spoken: the catalogue's name there for
/// a region it knows (the therapist wrote "upper trapezius", a German session says "oberer
/// Trapezius"), else as written. In English, always as written.
pub fn region_name(written: &str) -> String {
    if matches!(
        crate::lang::current(),
        crate::lang::Language::English | crate::lang::Language::Pseudo
    ) {
        return written.to_owned();
    }
    Region::recognise(written).map_or_else(|| written.to_owned(), Region::local_name)
}

/// Every region's names normalised, in the catalogue's order, one to a line: worked out
/// once, not for each step of each routine read (that was a thousand allocations a step),
/// and kept as one string rather than 250 (16 KiB of the heap for a whole session).
/// Each line's region is kept as its index in [`REGIONS`]. English names first (the
/// catalogue's own, so an English alias wins), then each other language's.
fn normalised_names() -> &'static (String, Vec<u8>) {
    static NAMES: OnceLock<(String, Vec<u8>)> = OnceLock::new();
    NAMES.get_or_init(|| {
        let mut lines: Vec<(String, u8)> = Vec::new();
        for (index, region) in REGIONS.iter().enumerate() {
            let index = u8::try_from(index).unwrap_or(u8::MAX);
            lines.extend(names(region).map(|n| (normalise(n), index)));
        }
        for (index, region) in REGIONS.iter().enumerate() {
            let index = u8::try_from(index).unwrap_or(u8::MAX);
            lines.extend(
                region
                    .translated_names()
                    .iter()
                    .map(|n| (normalise(n), index)),
            );
        }
        let (names, owners): (Vec<String>, Vec<u8>) = lines.into_iter().unzip();
        (names.join("\n"), owners)
    })
}

/// A region's name and its aliases.
fn names(region: &Region) -> impl Iterator<Item = &'static str> {
    std::iter::once(region.name).chain(region.aliases.iter().copied())
}

/// Lowercase, one space between words, hyphens and underscores as spaces, without a leading
/// "the" or "my" or a trailing "muscle(s)".
pub fn normalise(text: &str) -> String {
    let lower = text.to_lowercase().replace(['-', '_', '’'], " ");
    let mut words: Vec<&str> = lower.split_whitespace().collect();
    if words.len() > 1 && matches!(words[0], "the" | "my") {
        words.remove(0);
    }
    if words.len() > 1 && matches!(words[words.len() - 1], "muscle" | "muscles") {
        words.pop();
    }
    words.join(" ")
}

/// A normalised name's plural, as the part of the name kept and what follows it: English
/// rules on the last word only, so "calf" is also "calves" (and "calfs" is a misspelling).
fn plural(name: &str) -> (&str, &'static str) {
    let last = name.rsplit(' ').next().unwrap_or(name);
    if let Some(base) = name.strip_suffix('f') {
        (base, "ves")
    } else if ["s", "x", "ch", "sh"].iter().any(|end| last.ends_with(end)) {
        (name, "es")
    } else {
        (name, "s")
    }
}

/// A plural normalised name's singular ("rhomboids" is also "rhomboid"; "biceps" and
/// "gluteus" are not plurals).
fn singular(name: &str) -> Option<&str> {
    let last = name.rsplit(' ').next().unwrap_or(name);
    let plural = last.len() > 3
        && last.ends_with('s')
        && !last.ends_with("ss")
        && !last.ends_with("us")
        && !last.ends_with("is");
    plural.then(|| &name[..name.len() - 1])
}

/// A Latin name's other number: "levator scapulae" is also "levator scapula", and "plantar
/// fascia" "plantar fasciae".
fn latin(name: &str) -> Option<String> {
    if let Some(one) = name.strip_suffix("ae") {
        Some(format!("{one}a"))
    } else {
        name.ends_with('a').then(|| format!("{name}e"))
    }
}

/// Whether `key` is the normalised `name` itself, its plural or its singular, English or
/// Latin.
fn is_form(key: &str, name: &str) -> bool {
    let (kept, added) = plural(name);
    key == name
        || (key.len() == kept.len() + added.len() && key.starts_with(kept) && key.ends_with(added))
        || singular(name) == Some(key)
        || latin(name).as_deref() == Some(key)
}

/// Every form [`is_form`] accepts for a normalised name.
#[cfg(test)]
fn forms(name: &str) -> Vec<String> {
    let (kept, added) = plural(name);
    let mut out = vec![name.to_owned(), format!("{kept}{added}")];
    out.extend(singular(name).map(str::to_owned));
    out.extend(latin(name));
    out
}

/// The candidate nearest a (normalised) `word`, when near enough to be a slip of the keys.
pub fn closest<'a>(word: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    if word.chars().count() < 3 {
        return None;
    }
    candidates
        .map(|c| (c, normalise(c)))
        .map(|(c, n)| {
            (
                strsim::jaro_winkler(word, &n),
                strsim::levenshtein(word, &n),
                c,
            )
        })
        .filter(|&(score, edits, _)| score >= 0.9 || (edits <= 2 && word.chars().count() > 4))
        // The first of equals wins: a canonical name is listed before its aliases.
        .fold(None, |best: Option<(f64, usize, &str)>, here| match best {
            Some(b) if b.0.total_cmp(&here.0).then(here.1.cmp(&b.1)).is_ge() => Some(b),
            _ => Some(here),
        })
        .map(|(_, _, c)| c)
}

/// A spot as the history keeps it: a region of the catalogue and, for a region with sides,
/// the side. Written as the region's id and the side (`"calf:left"`, `"thoracic-spine"`), the
/// form stored and exported; a midline region keeps no side, whatever the step said.
#[derive(Debug, Clone, Copy)]
pub struct SpotId {
    region: &'static Region,
    side: Option<Side>,
}

impl SpotId {
    /// The spot of `region` on `side` (no side for a region without sides).
    pub fn new(region: &'static Region, side: Option<Side>) -> Self {
        Self {
            region,
            side: side.filter(|_| region.sided),
        }
    }

    /// The spot of a region as written and a side, when the catalogue knows the region: how
    /// the history tells that "upper traps, left" and "Upper Trapezius, left" are one spot.
    pub fn recognise(region: &str, side: Option<Side>) -> Option<Self> {
        Region::recognise(region).map(|r| Self::new(r, side))
    }

    /// Reads the written form; `None` for a region this catalogue does not know or a side
    /// that is not one.
    pub fn parse(text: &str) -> Option<Self> {
        let (id, side) = match text.split_once(':') {
            Some((id, side)) => (id, Some(Side::from_word(side)?)),
            None => (text, None),
        };
        Region::by_id(id).map(|r| Self::new(r, side))
    }

    /// The region.
    pub fn region(self) -> &'static Region {
        self.region
    }

    /// The side, for a region with sides.
    pub fn side(self) -> Option<Side> {
        self.side
    }
}

impl std::fmt::Display for SpotId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.side {
            Some(side) => write!(f, "{}:{}", self.region.id, side.word()),
            None => f.write_str(self.region.id),
        }
    }
}

impl SpotId {
    /// What it is compared and ordered by: the written form's parts.
    fn key(self) -> (&'static str, Option<&'static str>) {
        (self.region.id, self.side.map(Side::word))
    }
}

impl PartialEq for SpotId {
    fn eq(&self, other: &Self) -> bool {
        self.key() == other.key()
    }
}

impl Eq for SpotId {}

impl std::hash::Hash for SpotId {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.key().hash(state);
    }
}

impl PartialOrd for SpotId {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for SpotId {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.key().cmp(&other.key())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(text: &str) -> Option<&'static str> {
        Region::recognise(text).map(|r| r.id)
    }

    #[test]
    fn the_catalogue_has_fifty_regions_each_with_its_own_names() {
        let real = REGIONS.iter().filter(|r| r.area != Area::Anywhere).count();
        assert!(real >= 50, "{real} regions");
        let mut seen = std::collections::HashMap::new();
        for region in REGIONS {
            assert!(!region.find.is_empty(), "{}", region.id);
            assert_eq!(
                region.id,
                region.name.to_lowercase().replace(' ', "-"),
                "an id is its name"
            );
            for name in names(region) {
                let name = normalise(name);
                for form in forms(&name) {
                    assert!(is_form(&form, &name), "{form:?} of {name:?}");
                    if let Some(other) = seen.insert(form.clone(), region.id) {
                        assert_eq!(other, region.id, "{form:?} names two regions");
                    }
                }
            }
        }
    }

    #[test]
    fn recognition_takes_any_case_plural_and_alias() {
        assert_eq!(id("Upper Trapezius"), Some("upper-trapezius"));
        assert_eq!(id("upper traps"), Some("upper-trapezius"));
        assert_eq!(id("  UPPER   TRAP "), Some("upper-trapezius"));
        assert_eq!(id("calves"), Some("calf"));
        assert_eq!(id("Calf"), Some("calf"));
        assert_eq!(id("hamstring"), Some("hamstrings"));
        assert_eq!(id("QL"), Some("quadratus-lumborum"));
        assert_eq!(id("the rhomboids"), Some("rhomboids"));
        assert_eq!(id("IT-band"), Some("it-band"));
        assert_eq!(id("glutes"), Some("gluteus-maximus"));
        assert_eq!(id("soleus"), Some("soleus"));
        assert_eq!(id("piriformis muscle"), Some("piriformis"));
        assert_eq!(id("levator scapula"), Some("levator-scapulae"));
        assert_eq!(id("calfs"), None);
        assert_eq!(id("elbow of doom"), None);
        assert_eq!(id(""), None);
    }

    #[test]
    fn slips_of_the_keys_get_the_name_meant() {
        assert_eq!(Region::suggest("uper trapezius"), Some("upper trapezius"));
        assert_eq!(Region::suggest("calfs"), Some("calf"));
        assert_eq!(Region::suggest("hamstrngs"), Some("hamstrings"));
        assert_eq!(Region::suggest("levator scapla"), Some("levator scapulae"));
        assert_eq!(Region::suggest("my left ear"), None);
        assert_eq!(Region::suggest("xy"), None);
    }

    #[test]
    fn a_spot_is_the_region_and_the_side_it_has() {
        let calf = Region::recognise("calves").expect("known");
        assert_eq!(SpotId::new(calf, Some(Side::Left)).to_string(), "calf:left");
        assert_eq!(SpotId::new(calf, None).to_string(), "calf");
        let spine = Region::recognise("thoracic spine").expect("known");
        assert_eq!(
            SpotId::new(spine, Some(Side::Right)).to_string(),
            "thoracic-spine"
        );
        assert_eq!(Region::by_id("calf").map(|r| r.name), Some("calf"));
        let left_calf = SpotId::parse("calf:left").expect("a spot");
        assert_eq!(
            (left_calf.region().id, left_calf.side()),
            ("calf", Some(Side::Left))
        );
        assert_eq!(
            SpotId::parse("thoracic-spine").map(|s| s.region().id),
            Some("thoracic-spine")
        );
        assert_eq!(SpotId::parse("elbow-of-a-robot:left"), None);
        assert_eq!(SpotId::parse("calf:middle"), None);
        assert_eq!(
            SpotId::recognise("Upper Traps", Some(Side::Left)).map(|s| s.to_string()),
            Some("upper-trapezius:left".to_owned())
        );
        assert_eq!(SpotId::recognise("my left ear", Some(Side::Left)), None);
        for text in ["calf:left", "calf:right", "calf", "thoracic-spine"] {
            assert_eq!(
                SpotId::parse(text).map(|s| s.to_string()).as_deref(),
                Some(text)
            );
        }
    }
}
