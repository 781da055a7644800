//! Where it hurts: zones of the body where people feel pain, each with the catalogue's
//! regions whose trigger points commonly refer pain there (most likely first) and the red
//! flags to ask about before any of them. `knead where` is built on this table.
//!
//! The referral patterns are facts from the trigger-point literature, written here in the
//! project's own words and order; no figure or text is copied. Sources:
//! - Simons DG, Travell JG, Simons LS. Travell & Simons' Myofascial Pain and Dysfunction:
//!   The Trigger Point Manual, vol. 1, Upper Half of Body, 2nd ed. Williams & Wilkins, 1999.
//! - Travell JG, Simons DG. Myofascial Pain and Dysfunction: The Trigger Point Manual,
//!   vol. 2, The Lower Extremities. Williams & Wilkins, 1992.
//! - Davies C, Davies A. The Trigger Point Therapy Workbook, 3rd ed. New Harbinger, 2013.
//! - The red flags follow the usual screening questions for musculoskeletal pain (for
//!   example NICE CKS "Neck pain", "Low back pain", "Headache: assessment"; the Wells
//!   criteria for a clot in the calf), asked as a lay person can answer them.
//!
//! Places are in figure units, as the regions' (see [`super::figure`]).

use std::sync::OnceLock;

use super::{Area, Region, View, closest, normalise};
use crate::lang::Language;

/// Something that needs a clinician before any self-treatment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Flag {
    /// Chest pain, or pain spreading to the arm or jaw: could be the heart.
    Heart,
    /// A sudden, worst-ever headache.
    Headache,
    /// Numbness, tingling or weakness; bladder or bowel trouble.
    Nerve,
    /// After a fall or an injury, or with a fever.
    InjuryOrFever,
    /// A calf swollen, warm or red: could be a clot.
    Clot,
}

impl Flag {
    /// Every flag, in the order they are asked: the most urgent first.
    pub const ALL: [Flag; 5] = [
        Flag::Heart,
        Flag::Headache,
        Flag::Clot,
        Flag::Nerve,
        Flag::InjuryOrFever,
    ];
}

/// A place where it hurts.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Zone {
    /// A stable identifier: `"temple"`. Its name and other words for it, in each language,
    /// are the message `zone-ID` and its `.aliases` in `locales/where.LANG.ftl`.
    pub id: &'static str,
    /// Where it is on the figure, marked like a region (its `id` is the zone's).
    pub place: Region,
    /// The regions whose trigger points commonly refer pain here, most likely first.
    pub regions: &'static [&'static str],
    /// The red flags that apply here, asked before any muscle.
    pub flags: &'static [Flag],
}

const fn place(id: &'static str, view: View, area: Area) -> Region {
    Region {
        id,
        name: id,
        aliases: &[],
        sided: true,
        view,
        area,
        find: "",
    }
}

const fn oval(x: f32, y: f32, rx: f32, ry: f32) -> Area {
    Area::Oval { x, y, rx, ry }
}

const fn band(from: (f32, f32), to: (f32, f32), r: f32) -> Area {
    Area::Band { from, to, r }
}

use Flag::{Clot, Headache, Heart, InjuryOrFever, Nerve};
use View::{Back, Front};

/// Every zone, head to foot, front then back within each part of the body.
pub const ZONES: &[Zone] = &[
    // Head and face.
    Zone {
        id: "forehead",
        place: place("forehead", Front, oval(3.0, 5.0, 4.0, 2.5)),
        regions: &["sternocleidomastoid", "suboccipitals", "splenius-capitis"],
        flags: &[Headache, Nerve, InjuryOrFever],
    },
    Zone {
        id: "temple",
        place: place("temple", Front, oval(7.5, 9.0, 2.5, 3.0)),
        regions: &[
            "upper-trapezius",
            "temporalis",
            "sternocleidomastoid",
            "suboccipitals",
        ],
        flags: &[Headache, Nerve, InjuryOrFever],
    },
    Zone {
        id: "behind-the-eye",
        place: place("behind-the-eye", Front, oval(3.5, 11.5, 1.8, 1.5)),
        regions: &[
            "suboccipitals",
            "sternocleidomastoid",
            "splenius-capitis",
            "temporalis",
        ],
        flags: &[Headache, Nerve, InjuryOrFever],
    },
    Zone {
        id: "ear",
        place: place("ear", Front, oval(7.0, 14.5, 1.5, 2.0)),
        regions: &["masseter", "sternocleidomastoid"],
        flags: &[InjuryOrFever],
    },
    Zone {
        id: "jaw",
        place: place("jaw", Front, oval(6.5, 18.0, 2.5, 3.0)),
        regions: &["masseter", "temporalis", "sternocleidomastoid"],
        flags: &[Heart, InjuryOrFever],
    },
    Zone {
        id: "back-of-the-head",
        place: place("back-of-the-head", Back, oval(3.0, 14.0, 4.0, 4.0)),
        regions: &[
            "suboccipitals",
            "splenius-capitis",
            "upper-trapezius",
            "sternocleidomastoid",
        ],
        flags: &[Headache, Nerve, InjuryOrFever],
    },
    // Neck.
    Zone {
        id: "front-of-the-neck",
        place: place("front-of-the-neck", Front, oval(3.0, 29.0, 2.5, 4.0)),
        regions: &["sternocleidomastoid", "scalenes"],
        flags: &[Heart, InjuryOrFever],
    },
    Zone {
        id: "back-of-the-neck",
        place: place(
            "back-of-the-neck",
            Back,
            band((3.0, 24.0), (3.0, 33.0), 2.5),
        ),
        regions: &[
            "upper-trapezius",
            "levator-scapulae",
            "splenius-capitis",
            "suboccipitals",
        ],
        flags: &[Nerve, InjuryOrFever],
    },
    // Shoulder.
    Zone {
        id: "top-of-the-shoulder",
        place: place("top-of-the-shoulder", Back, oval(13.0, 38.0, 6.0, 3.0)),
        regions: &["upper-trapezius", "levator-scapulae", "scalenes"],
        flags: &[Heart, Nerve],
    },
    Zone {
        id: "front-of-the-shoulder",
        place: place("front-of-the-shoulder", Front, oval(24.0, 44.0, 3.5, 4.0)),
        regions: &[
            "infraspinatus",
            "front-deltoid",
            "pectoralis-minor",
            "pectoralis-major",
            "biceps",
        ],
        flags: &[Heart, Nerve, InjuryOrFever],
    },
    Zone {
        id: "side-of-the-shoulder",
        place: place("side-of-the-shoulder", Front, oval(29.0, 49.0, 2.0, 4.0)),
        regions: &["infraspinatus", "side-deltoid", "scalenes", "subscapularis"],
        flags: &[Nerve, InjuryOrFever],
    },
    Zone {
        id: "back-of-the-shoulder",
        place: place("back-of-the-shoulder", Back, oval(24.0, 50.0, 3.5, 5.0)),
        regions: &[
            "teres-minor",
            "rear-deltoid",
            "teres-major",
            "subscapularis",
            "triceps",
        ],
        flags: &[Nerve, InjuryOrFever],
    },
    // Chest and upper back.
    Zone {
        id: "chest",
        place: place("chest", Front, oval(10.0, 50.0, 7.0, 5.5)),
        regions: &[
            "pectoralis-major",
            "pectoralis-minor",
            "scalenes",
            "sternocleidomastoid",
        ],
        flags: &[Heart, InjuryOrFever],
    },
    Zone {
        id: "between-the-shoulder-blades",
        place: place(
            "between-the-shoulder-blades",
            Back,
            oval(6.0, 52.0, 3.5, 7.0),
        ),
        regions: &[
            "rhomboids",
            "middle-trapezius",
            "levator-scapulae",
            "scalenes",
            "latissimus-dorsi",
        ],
        flags: &[Heart, InjuryOrFever],
    },
    Zone {
        id: "shoulder-blade",
        place: place("shoulder-blade", Back, oval(15.5, 54.0, 4.5, 5.0)),
        regions: &[
            "infraspinatus",
            "teres-minor",
            "latissimus-dorsi",
            "scalenes",
        ],
        flags: &[Heart, Nerve],
    },
    Zone {
        id: "mid-back",
        place: place("mid-back", Back, band((4.0, 62.0), (4.0, 82.0), 3.5)),
        regions: &[
            "erector-spinae",
            "latissimus-dorsi",
            "rhomboids",
            "thoracic-spine",
        ],
        flags: &[Heart, InjuryOrFever],
    },
    // Arm.
    Zone {
        id: "front-of-the-upper-arm",
        place: place("front-of-the-upper-arm", Front, oval(29.5, 67.0, 3.0, 8.0)),
        regions: &["biceps", "brachialis", "infraspinatus", "scalenes"],
        flags: &[Heart, Nerve],
    },
    Zone {
        id: "back-of-the-upper-arm",
        place: place(
            "back-of-the-upper-arm",
            Back,
            band((28.0, 58.0), (30.5, 78.0), 3.0),
        ),
        regions: &["triceps", "teres-major", "scalenes"],
        flags: &[Nerve],
    },
    // Elbow and forearm.
    Zone {
        id: "outer-elbow",
        place: place("outer-elbow", Back, oval(31.0, 85.0, 3.0, 3.0)),
        regions: &["forearm-extensors", "brachioradialis", "triceps"],
        flags: &[Nerve, InjuryOrFever],
    },
    Zone {
        id: "inner-elbow",
        place: place("inner-elbow", Front, oval(31.5, 86.0, 2.5, 3.0)),
        regions: &["forearm-flexors", "brachialis", "triceps"],
        flags: &[Nerve, InjuryOrFever],
    },
    Zone {
        id: "front-of-the-forearm",
        place: place(
            "front-of-the-forearm",
            Front,
            band((33.0, 95.0), (35.5, 115.0), 2.5),
        ),
        regions: &["forearm-flexors", "brachioradialis"],
        flags: &[Nerve],
    },
    Zone {
        id: "back-of-the-forearm",
        place: place(
            "back-of-the-forearm",
            Back,
            band((33.0, 95.0), (36.5, 122.0), 2.5),
        ),
        regions: &["forearm-extensors", "brachioradialis", "scalenes"],
        flags: &[Nerve, InjuryOrFever],
    },
    // Hand.
    Zone {
        id: "thumb",
        place: place("thumb", Front, oval(37.5, 131.0, 2.0, 3.0)),
        regions: &["thenar", "brachialis", "brachioradialis", "scalenes"],
        flags: &[Nerve, InjuryOrFever],
    },
    Zone {
        id: "palm",
        place: place("palm", Front, oval(40.0, 136.0, 3.0, 4.5)),
        regions: &["forearm-flexors", "palm", "scalenes"],
        flags: &[Nerve, InjuryOrFever],
    },
    // Low back, hip and buttock.
    Zone {
        id: "low-back",
        place: place("low-back", Back, oval(4.0, 96.0, 5.0, 6.0)),
        regions: &[
            "quadratus-lumborum",
            "erector-spinae",
            "gluteus-medius",
            "hip-flexors",
        ],
        flags: &[Nerve, InjuryOrFever],
    },
    Zone {
        id: "buttock",
        place: place("buttock", Back, oval(10.0, 115.0, 6.5, 6.0)),
        regions: &[
            "gluteus-medius",
            "gluteus-maximus",
            "piriformis",
            "quadratus-lumborum",
            "gluteus-minimus",
        ],
        flags: &[Nerve, InjuryOrFever],
    },
    Zone {
        id: "side-of-the-hip",
        place: place("side-of-the-hip", Back, oval(18.5, 107.0, 3.0, 4.0)),
        regions: &[
            "gluteus-medius",
            "gluteus-minimus",
            "tensor-fasciae-latae",
            "quadratus-lumborum",
            "piriformis",
        ],
        flags: &[InjuryOrFever],
    },
    Zone {
        id: "groin",
        place: place("groin", Front, oval(7.0, 108.0, 3.0, 3.0)),
        regions: &["adductors", "hip-flexors"],
        flags: &[InjuryOrFever],
    },
    // Thigh and knee.
    Zone {
        id: "front-of-the-thigh",
        place: place(
            "front-of-the-thigh",
            Front,
            band((11.5, 122.0), (12.0, 148.0), 4.5),
        ),
        regions: &["quadriceps", "hip-flexors", "adductors"],
        flags: &[Clot, InjuryOrFever],
    },
    Zone {
        id: "outer-thigh",
        place: place(
            "outer-thigh",
            Front,
            band((19.0, 122.0), (17.0, 150.0), 2.0),
        ),
        regions: &[
            "vastus-lateralis",
            "tensor-fasciae-latae",
            "gluteus-minimus",
        ],
        flags: &[Nerve],
    },
    Zone {
        id: "back-of-the-thigh",
        place: place(
            "back-of-the-thigh",
            Back,
            band((11.5, 125.0), (12.0, 154.0), 4.5),
        ),
        regions: &["hamstrings", "gluteus-minimus", "piriformis"],
        flags: &[Clot, Nerve],
    },
    Zone {
        id: "front-of-the-knee",
        place: place("front-of-the-knee", Front, oval(12.0, 160.0, 4.0, 4.0)),
        regions: &[
            "quadriceps",
            "vastus-medialis",
            "vastus-lateralis",
            "adductors",
        ],
        flags: &[InjuryOrFever],
    },
    Zone {
        id: "back-of-the-knee",
        place: place("back-of-the-knee", Back, oval(12.0, 162.0, 3.0, 2.5)),
        regions: &["popliteus", "hamstrings", "calf"],
        flags: &[Clot, InjuryOrFever],
    },
    // Lower leg and foot.
    Zone {
        id: "shin",
        place: place("shin", Front, band((11.5, 168.0), (12.0, 192.0), 2.0)),
        regions: &["tibialis-anterior", "peroneals"],
        flags: &[Clot, InjuryOrFever],
    },
    Zone {
        id: "calf",
        place: place("calf", Back, oval(12.0, 176.0, 4.5, 8.0)),
        regions: &["calf", "soleus", "gluteus-minimus"],
        flags: &[Clot, Nerve],
    },
    Zone {
        id: "ankle",
        place: place("ankle", Front, oval(13.5, 198.0, 2.5, 2.5)),
        regions: &["peroneals", "tibialis-anterior", "soleus"],
        flags: &[InjuryOrFever],
    },
    Zone {
        id: "heel",
        place: place("heel", Back, oval(12.0, 204.0, 2.5, 2.0)),
        regions: &["soleus", "plantar-fascia", "calf"],
        flags: &[InjuryOrFever],
    },
    Zone {
        id: "sole",
        place: place("sole", Back, oval(12.5, 209.0, 3.5, 2.5)),
        regions: &["plantar-fascia", "calf", "soleus"],
        flags: &[Nerve, InjuryOrFever],
    },
];

impl Zone {
    /// The zone with this id.
    pub fn by_id(id: &str) -> Option<&'static Zone> {
        ZONES.iter().find(|z| z.id == id)
    }

    /// Its name in the language spoken: "temple", "Schläfe".
    pub fn name(&self) -> String {
        self.name_in(crate::lang::current())
    }

    /// Its name in English, for what machines read (`knead where --format json`).
    pub fn english_name(&self) -> String {
        self.name_in(Language::English)
    }

    /// Other words for it in the language spoken.
    pub fn aliases(&self) -> Vec<String> {
        self.names_in(crate::lang::current())
            .into_iter()
            .skip(1)
            .collect()
    }

    /// Its name and other words in `language` (`zone-ID` and its `.aliases`).
    fn names_in(&self, language: Language) -> Vec<String> {
        crate::lang::names_in(language, &format!("zone-{}", self.id))
    }

    /// Its name in `language`, else in English, else its id.
    fn name_in(&self, language: Language) -> String {
        [language, Language::English]
            .into_iter()
            .find_map(|l| self.names_in(l).into_iter().next())
            .unwrap_or_else(|| self.id.replace('-', " "))
    }

    /// Recognises `text` as a zone: its name, id or another word for it in any language
    /// knead speaks, in any case, with or without "my", "the", "pain in" and the like.
    pub fn recognise(text: &str) -> Option<&'static Zone> {
        let key = key(text);
        if key.is_empty() {
            return None;
        }
        all_words()
            .iter()
            .find(|(word, _)| *word == key)
            .map(|(_, zone)| *zone)
            .or_else(|| {
                ZONES
                    .iter()
                    .find(|z| key == normalise(&z.id.replace('-', " ")))
            })
    }

    /// The zone a mistyped `text` most likely meant, named in the language spoken.
    pub fn suggest(text: &str) -> Option<String> {
        let key = key(text);
        let words = all_words();
        let guess = closest(&key, words.iter().map(|(word, _)| word.as_str()))?;
        words
            .iter()
            .find(|(word, _)| word == guess)
            .map(|(_, zone)| zone.name())
    }

    /// Its regions, from the catalogue.
    pub fn regions(&self) -> impl Iterator<Item = &'static Region> + '_ {
        self.regions.iter().filter_map(|id| Region::by_id(id))
    }

    /// The place of `view` nearest the figure point (`x`, `y`) on either side, if one is
    /// near enough: where a click on the map points.
    pub fn nearest(view: View, x: f32, y: f32) -> Option<&'static Zone> {
        /// Farther than this from every place's middle is off the places.
        const NEAR: f32 = 12.0;
        ZONES
            .iter()
            .filter(|z| z.place.view == view)
            .map(|z| {
                let (cx, cy) = z.centre();
                let d = (x.abs() - cx.abs()).hypot(y - cy);
                (z, d)
            })
            .filter(|(_, d)| *d <= NEAR)
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(z, _)| z)
    }

    /// The zone's middle on the figure, for moving a marker between zones.
    pub fn centre(&self) -> (f32, f32) {
        match self.place.area {
            Area::Oval { x, y, .. } => (x, y),
            Area::Band { from, to, .. } => {
                (f32::midpoint(from.0, to.0), f32::midpoint(from.1, to.1))
            }
            Area::Anywhere => (0.0, 0.0),
        }
    }
}

/// The tool a region is best reached with at home: fingers and thumbs for the face, the
/// hands and the front of the neck, a foam roller for the long thigh muscles, a ball for the
/// rest.
pub fn tool(region: &Region) -> &'static str {
    match region.id {
        "temporalis"
        | "masseter"
        | "suboccipitals"
        | "sternocleidomastoid"
        | "scalenes"
        | "thenar"
        | "palm"
        | "brachioradialis"
        | "forearm-flexors"
        | "forearm-extensors"
        | "brachialis"
        | "biceps"
        | "abdominals" => "thumb",
        "quadriceps" | "vastus-lateralis" | "hamstrings" | "adductors" | "it-band"
        | "thoracic-spine" | "tibialis-anterior" | "peroneals" => "foam roller",
        _ => "lacrosse ball",
    }
}

/// How long to hold a region: 30 s for the small muscles of the face, neck and hand, 45 s
/// for the rest (a sustained compression of 30-90 s in the studies).
pub fn hold_seconds(region: &Region) -> u64 {
    match region.id {
        "temporalis"
        | "masseter"
        | "suboccipitals"
        | "sternocleidomastoid"
        | "scalenes"
        | "thenar"
        | "palm"
        | "popliteus" => 30,
        _ => 45,
    }
}

/// Every zone's name and other words in every language knead speaks, normalised, English
/// first: worked out once.
fn all_words() -> &'static [(String, &'static Zone)] {
    static WORDS: OnceLock<Vec<(String, &'static Zone)>> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut words = Vec::new();
        for language in Language::SPOKEN {
            for zone in ZONES {
                words.extend(
                    zone.names_in(language)
                        .iter()
                        .map(|w| (key(w), zone))
                        .filter(|(w, _)| !w.is_empty()),
                );
            }
        }
        words
    })
}

/// What a person types, as the zones' words are kept: "Pain in my left temple" is "temple".
fn key(text: &str) -> String {
    let mut key = normalise(text);
    for lead in [
        "pain in ", "pain at ", "ache in ", "the ", "my ", "left ", "right ", "both ",
    ] {
        while let Some(rest) = key.strip_prefix(lead) {
            key = rest.to_owned();
        }
    }
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_zone_leads_to_regions_the_catalogue_knows_and_has_a_place_on_the_figure() {
        assert!(ZONES.len() >= 30, "{}", ZONES.len());
        for zone in ZONES {
            assert!(!zone.regions.is_empty(), "{}", zone.id);
            for id in zone.regions {
                assert!(
                    Region::by_id(id).is_some(),
                    "{}: unknown region {id}",
                    zone.id
                );
            }
            assert_eq!(zone.place.id, zone.id);
            let (x, y) = zone.centre();
            assert!(
                super::super::figure::inside(x, y),
                "{} is off the body at ({x}, {y})",
                zone.id
            );
        }
    }

    #[test]
    fn names_ids_and_other_words_are_each_one_zone_in_each_language() {
        for language in Language::SPOKEN {
            let mut seen = std::collections::HashMap::new();
            for zone in ZONES {
                let words = zone
                    .names_in(language)
                    .into_iter()
                    .map(|w| key(&w))
                    .chain(std::iter::once(normalise(&zone.id.replace('-', " "))));
                for word in words {
                    if let Some(other) = seen.insert(word.clone(), zone.id) {
                        assert_eq!(other, zone.id, "{language:?}: {word:?} names two zones");
                    }
                }
            }
        }
    }

    #[test]
    fn a_click_on_a_place_of_the_map_finds_that_place() {
        use super::super::map::point_at;
        // The picture the picker draws at 80x24: 18 rows for the figure.
        let (width, height) = (super::super::map::width_for(18), 18_usize);
        let cols = u16::try_from(width).expect("a narrow figure");
        for zone in ZONES {
            let (cx, cy) = zone.centre();
            // The cell whose middle is nearest the place's middle, on the person's left.
            let cell = (0..cols)
                .flat_map(|c| (0..18_u16).map(move |r| (c, r)))
                .min_by(|a, b| {
                    let d = |(c, r): (u16, u16)| {
                        let (x, y) = point_at(zone.place.view, c, r, width, height);
                        (x - cx).hypot(y - cy)
                    };
                    d(*a).total_cmp(&d(*b))
                })
                .expect("cells");
            let (x, y) = point_at(zone.place.view, cell.0, cell.1, width, height);
            let found = Zone::nearest(zone.place.view, x, y).expect("a place");
            // At this size a cell is about 6 figure units: a neighbour's middle may be as near.
            let (fx, fy) = found.centre();
            assert!(
                found.id == zone.id || (fx - cx).hypot(fy - cy) < 8.0,
                "{} found {}",
                zone.id,
                found.id
            );
        }
        // Far off the body, nothing.
        assert_eq!(Zone::nearest(View::Front, 46.0, 214.0), None);
    }

    #[test]
    fn a_zone_is_found_however_a_person_says_it() {
        for (said, id) in [
            ("temple", "temple"),
            ("Pain in my left temple", "temple"),
            ("between the shoulder blades", "between-the-shoulder-blades"),
            ("HEEL", "heel"),
            ("tennis elbow", "outer-elbow"),
            ("lower back", "low-back"),
            ("feet", "sole"),
        ] {
            assert_eq!(Zone::recognise(said).map(|z| z.id), Some(id), "{said}");
        }
        assert_eq!(Zone::recognise("templ"), None);
        assert_eq!(Zone::suggest("templ").as_deref(), Some("temple"));
        assert_eq!(
            Zone::suggest("betwen the shoulder blads").as_deref(),
            Some("between the shoulder blades")
        );
    }

    #[test]
    fn a_zone_with_the_heart_or_a_clot_among_its_causes_asks_about_them() {
        for id in ["chest", "jaw", "between-the-shoulder-blades"] {
            assert!(
                Zone::by_id(id).is_some_and(|z| z.flags.contains(&Flag::Heart)),
                "{id}"
            );
        }
        for id in ["calf", "back-of-the-knee"] {
            assert!(
                Zone::by_id(id).is_some_and(|z| z.flags.contains(&Flag::Clot)),
                "{id}"
            );
        }
        for id in ["temple", "forehead", "back-of-the-head"] {
            assert!(
                Zone::by_id(id).is_some_and(|z| z.flags.contains(&Flag::Headache)),
                "{id}"
            );
        }
    }
}
