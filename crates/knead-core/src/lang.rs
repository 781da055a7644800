//! The language knead speaks: every word a person reads or hears is a message of Project
//! Fluent (`locales/LANG.ftl`, embedded in the binary so an install needs no data files),
//! looked up in the language chosen (`--lang`, `[display] language`, a routine's
//! `language`, else the locale), falling back to English for a message not translated.
//!
//! The language is the process's, set once by the shell ([`set`]); a thread may speak
//! another for a while ([`scoped`]), which is how tests render each language side by side.
//! Plurals come from Fluent's rules for each language, never from `if n == 1`.

mod numbers;

use std::cell::Cell;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU8, Ordering};

pub use fluent_bundle::FluentValue;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;

pub use numbers::number_words;

/// A language knead speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Language {
    /// English, the source of every message.
    English,
    /// German.
    German,
    /// Spanish.
    Spanish,
    /// French.
    French,
    /// English made longer by a third and accented, to show where a translation would be
    /// cut or a word is not a message at all (`--lang pseudo`).
    Pseudo,
}

impl Language {
    /// Every language, English first.
    pub const ALL: [Language; 5] = [
        Language::English,
        Language::German,
        Language::Spanish,
        Language::French,
        Language::Pseudo,
    ];

    /// The languages a person may choose, with their own names (the pseudo-language is for
    /// tests).
    pub const SPOKEN: [Language; 4] = [
        Language::English,
        Language::German,
        Language::Spanish,
        Language::French,
    ];

    /// Its code, as `--lang` and the settings take it: `en`, `de`, `es`, `fr`, `pseudo`.
    pub const fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::German => "de",
            Language::Spanish => "es",
            Language::French => "fr",
            Language::Pseudo => "pseudo",
        }
    }

    /// Its name in itself, for lists: "Deutsch".
    pub const fn name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::German => "Deutsch",
            Language::Spanish => "Español",
            Language::French => "Français",
            Language::Pseudo => "Ƥşḗŭḓǿ",
        }
    }

    /// The messages it has of its own (the pseudo-language transforms English's), one file
    /// per part of knead: the session and its screens, `knead check`, `knead where`, and the
    /// commands with their errors. Translators take one part at a time.
    fn sources(self) -> [&'static str; 4] {
        macro_rules! parts {
            ($code:literal) => {
                [
                    include_str!(concat!("../locales/", $code, ".ftl")),
                    include_str!(concat!("../locales/check.", $code, ".ftl")),
                    include_str!(concat!("../locales/where.", $code, ".ftl")),
                    include_str!(concat!("../locales/commands.", $code, ".ftl")),
                ]
            };
        }
        match self {
            Language::English | Language::Pseudo => parts!("en"),
            Language::German => parts!("de"),
            Language::Spanish => parts!("es"),
            Language::French => parts!("fr"),
        }
    }

    /// Its messages as written, all parts in one text, for the tests that compare the files.
    pub fn ftl(self) -> String {
        self.sources().join("\n")
    }

    /// Its body regions' names (English's are the catalogue's own).
    pub fn regions_ftl(self) -> &'static str {
        match self {
            Language::English | Language::Pseudo => "",
            Language::German => include_str!("../locales/regions.de.ftl"),
            Language::Spanish => include_str!("../locales/regions.es.ftl"),
            Language::French => include_str!("../locales/regions.fr.ftl"),
        }
    }

    fn identifier(self) -> LanguageIdentifier {
        let code = match self {
            Language::Pseudo => "en-XA",
            Language::English | Language::German | Language::Spanish | Language::French => {
                self.code()
            }
        };
        code.parse().unwrap_or_default()
    }

    /// The language a locale or a code asks for: `de_DE.UTF-8`, `de`, `de-AT` and
    /// `de_AT@euro` are German, `pseudo` the pseudo-language; `None` for `C`, `POSIX`, an
    /// empty value or a language knead does not speak (the caller then looks further).
    pub fn negotiate(requested: &str) -> Option<Language> {
        let requested = requested.trim();
        if requested.eq_ignore_ascii_case("pseudo") {
            return Some(Language::Pseudo);
        }
        // `de_DE.UTF-8@euro`: the language and region, without the encoding or modifier.
        let tag = requested
            .split(['.', '@'])
            .next()
            .unwrap_or_default()
            .replace('_', "-");
        if tag.is_empty() || tag.eq_ignore_ascii_case("c") || tag.eq_ignore_ascii_case("posix") {
            return None;
        }
        let wanted: LanguageIdentifier = tag.parse().ok()?;
        let available: Vec<LanguageIdentifier> =
            Self::SPOKEN.iter().map(|l| l.identifier()).collect();
        let chosen = fluent_langneg::negotiate_languages(
            &[wanted],
            &available,
            None,
            fluent_langneg::NegotiationStrategy::Filtering,
        );
        let first = chosen.first()?;
        Self::SPOKEN.into_iter().find(|l| l.identifier() == **first)
    }

    /// The language of the locale variables, looked up as gettext does: the first of
    /// `LC_ALL`, `LC_MESSAGES` and `LANG` that is set is the locale (`var` gives each one's
    /// value), so `LC_ALL=C` is English whatever `LANG` says. Unless the locale is `C`, the
    /// first of `LANGUAGE`'s list (`fr:de`, as desktops set it) that knead speaks comes
    /// before it. English for a language knead does not speak.
    pub fn of_locale(var: impl Fn(&str) -> Option<String>) -> Language {
        let Some(locale) = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .filter_map(&var)
            .find(|v| !v.is_empty())
        else {
            return Language::English;
        };
        let Some(language) = Self::negotiate(&locale).or_else(|| {
            // A locale of a language knead does not speak is not C: LANGUAGE may still name one.
            let c = matches!(
                locale.split(['.', '@']).next().unwrap_or_default(),
                "C" | "POSIX"
            );
            (!c).then_some(Language::English)
        }) else {
            return Language::English;
        };
        var("LANGUAGE")
            .unwrap_or_default()
            .split(':')
            .find_map(Self::negotiate)
            .unwrap_or(language)
    }

    /// The decimal separator: a comma in German, Spanish and French.
    pub const fn decimal_comma(self) -> bool {
        matches!(
            self,
            Language::German | Language::Spanish | Language::French
        )
    }

    fn index(self) -> usize {
        match self {
            Language::English => 0,
            Language::German => 1,
            Language::Spanish => 2,
            Language::French => 3,
            Language::Pseudo => 4,
        }
    }
}

/// The process's language, as an index into [`Language::ALL`].
static CHOSEN: AtomicU8 = AtomicU8::new(0);

thread_local! {
    /// A language this thread speaks for a while instead ([`scoped`]).
    static HERE: Cell<Option<Language>> = const { Cell::new(None) };
}

/// Makes `language` the process's, from now on.
pub fn set(language: Language) {
    CHOSEN.store(
        u8::try_from(language.index()).unwrap_or(0),
        Ordering::Relaxed,
    );
}

/// The language spoken here and now.
pub fn current() -> Language {
    HERE.get().unwrap_or_else(|| {
        Language::ALL
            .get(usize::from(CHOSEN.load(Ordering::Relaxed)))
            .copied()
            .unwrap_or(Language::English)
    })
}

/// Runs `f` with this thread speaking `language`.
pub fn scoped<R>(language: Language, f: impl FnOnce() -> R) -> R {
    let before = HERE.replace(Some(language));
    let result = f();
    HERE.set(before);
    result
}

type Bundle = FluentBundle<FluentResource>;

/// Every language's bundle, parsed once.
fn bundles() -> &'static [Bundle] {
    static BUNDLES: OnceLock<Vec<Bundle>> = OnceLock::new();
    BUNDLES.get_or_init(|| Language::ALL.into_iter().map(bundle).collect())
}

fn bundle(language: Language) -> Bundle {
    let mut bundle = FluentBundle::new_concurrent(vec![language.identifier()]);
    // Terminals show the isolation marks Fluent puts around each value as they are.
    bundle.set_use_isolating(false);
    if language == Language::Pseudo {
        bundle.set_transform(Some(pseudo));
    }
    for source in language
        .sources()
        .into_iter()
        .chain([language.regions_ftl()])
    {
        // A file that does not parse keeps what did: its tests fail, a person still reads words.
        let resource =
            FluentResource::try_new(source.to_owned()).unwrap_or_else(|(resource, _)| resource);
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// The pseudo-language's text: each letter accented, each word longer by about a third.
fn pseudo(text: &str) -> std::borrow::Cow<'_, str> {
    let mut out = String::with_capacity(text.len() * 2);
    let mut letters: usize = 0;
    for c in text.chars() {
        if c.is_alphabetic() {
            letters += 1;
            out.push(accented(c));
        } else {
            if letters > 0 {
                out.extend(std::iter::repeat_n('~', letters.div_ceil(3)));
                letters = 0;
            }
            out.push(c);
        }
    }
    if letters > 0 {
        out.extend(std::iter::repeat_n('~', letters.div_ceil(3)));
    }
    std::borrow::Cow::Owned(out)
}

fn accented(c: char) -> char {
    match c {
        'a' => 'á',
        'e' => 'é',
        'i' => 'í',
        'o' => 'ö',
        'u' => 'ü',
        'c' => 'ç',
        'n' => 'ñ',
        'y' => 'ý',
        'A' => 'Å',
        'E' => 'É',
        'I' => 'Î',
        'O' => 'Ö',
        'U' => 'Û',
        other => other,
    }
}

/// The message `id` in the language spoken now, with `args`; English when this language has
/// none, and the id itself when no language has it (a test fails on that).
pub fn message(id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let all = bundles();
    let here = current();
    let found = [here, Language::English].into_iter().find_map(|l| {
        all.get(l.index())
            .and_then(|b| Some((b, b.get_message(id)?.value()?)))
    });
    let Some((bundle, pattern)) = found else {
        return id.to_owned();
    };
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, Some(&fluent_args), &mut errors)
        .into_owned()
}

/// The attribute `attribute` of message `id` (a region's other names, say), in the language
/// `language`; `None` when it has none.
pub fn attribute_in(language: Language, id: &str, attribute: &str) -> Option<String> {
    let bundle = bundles().get(language.index())?;
    let pattern = bundle.get_message(id)?.get_attribute(attribute)?.value();
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, None, &mut errors)
            .into_owned(),
    )
}

/// The message `id` in `language` only, without falling back to English: `None` when it
/// has no such message.
pub fn message_in(language: Language, id: &str) -> Option<String> {
    let bundle = bundles().get(language.index())?;
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, None, &mut errors)
            .into_owned(),
    )
}

/// `value` with `digits` decimals, in the language spoken now: `4.5`, `4,5`.
pub fn decimal(value: f64, digits: usize) -> String {
    let text = format!("{value:.digits$}");
    if current().decimal_comma() {
        text.replace('.', ",")
    } else {
        text
    }
}

/// A day as the language writes it: `2026-11-02` in English (the report's ISO days),
/// `02.11.2026` in German, `02/11/2026` in Spanish and French.
pub fn date(day: jiff::civil::Date) -> String {
    match current() {
        Language::English | Language::Pseudo => day.to_string(),
        Language::German => day.strftime("%d.%m.%Y").to_string(),
        Language::Spanish | Language::French => day.strftime("%d/%m/%Y").to_string(),
    }
}

/// A day with its weekday, as the home screen shows today: `Sun 6 Dec`, `So. 6. Dez.`.
pub fn weekday_day_month(day: jiff::civil::Date) -> String {
    let weekday = message(weekday_id(day.weekday()), &[]);
    let month = message(month_id(day.month()), &[]);
    message(
        "date-weekday-day-month",
        &[
            ("weekday", FluentValue::from(weekday)),
            ("day", FluentValue::from(day.day())),
            ("month", FluentValue::from(month)),
        ],
    )
}

/// A name and its other names in `language`: message `id`'s value, then its `.aliases`
/// (comma-separated), as the regions, places and tools keep theirs. Empty where it has none.
pub fn names_in(language: Language, id: &str) -> Vec<String> {
    let aliases = attribute_in(language, id, "aliases").unwrap_or_default();
    message_in(language, id)
        .into_iter()
        .chain(aliases.split(',').map(|a| a.trim().to_owned()))
        .filter(|n| !n.is_empty())
        .collect()
}

/// A day's short weekday name: `Mon`, `Mo.`, `lun.`.
pub fn weekday(day: jiff::civil::Date) -> String {
    message(weekday_id(day.weekday()), &[])
}

/// A day with its month in words, for older days in lists: `6 Dec 2025`.
pub fn day_month_year(day: jiff::civil::Date) -> String {
    let month = message(month_id(day.month()), &[]);
    message(
        "date-day-month-year",
        &[
            ("day", FluentValue::from(day.day())),
            ("month", FluentValue::from(month)),
            ("year", FluentValue::from(day.year())),
        ],
    )
}

fn weekday_id(weekday: jiff::civil::Weekday) -> &'static str {
    match weekday {
        jiff::civil::Weekday::Monday => "weekday-mon",
        jiff::civil::Weekday::Tuesday => "weekday-tue",
        jiff::civil::Weekday::Wednesday => "weekday-wed",
        jiff::civil::Weekday::Thursday => "weekday-thu",
        jiff::civil::Weekday::Friday => "weekday-fri",
        jiff::civil::Weekday::Saturday => "weekday-sat",
        jiff::civil::Weekday::Sunday => "weekday-sun",
    }
}

fn month_id(month: i8) -> &'static str {
    const MONTHS: [&str; 12] = [
        "month-jan",
        "month-feb",
        "month-mar",
        "month-apr",
        "month-may",
        "month-jun",
        "month-jul",
        "month-aug",
        "month-sep",
        "month-oct",
        "month-nov",
        "month-dec",
    ];
    usize::try_from(month - 1)
        .ok()
        .and_then(|i| MONTHS.get(i))
        .copied()
        .unwrap_or("month-jan")
}

/// A message, in the language spoken now: `t!("begin")`,
/// `t!("holds", count = 3)`.
#[macro_export]
macro_rules! t {
    ($id:literal) => {
        $crate::lang::message($id, &[])
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::lang::message(
            $id,
            &[$((stringify!($name), $crate::lang::FluentValue::from($value))),+],
        )
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_locale_names_its_language_whatever_its_region_or_encoding() {
        for locale in ["de_DE.UTF-8", "de", "de_AT", "de-CH", "de_AT@euro", "DE_de"] {
            assert_eq!(
                Language::negotiate(locale),
                Some(Language::German),
                "{locale}"
            );
        }
        assert_eq!(Language::negotiate("es_MX.UTF-8"), Some(Language::Spanish));
        assert_eq!(Language::negotiate("fr_CA"), Some(Language::French));
        assert_eq!(Language::negotiate("en_GB.UTF-8"), Some(Language::English));
        for nothing in ["C", "POSIX", "", "C.UTF-8", "ja_JP.UTF-8", "x"] {
            assert_eq!(Language::negotiate(nothing), None, "{nothing}");
        }
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, v)| (*v).to_owned())
            }
        };
        assert_eq!(
            Language::of_locale(env(&[("LANG", "fr_FR.UTF-8"), ("LC_ALL", "de_DE.UTF-8")])),
            Language::German,
            "LC_ALL first"
        );
        assert_eq!(
            Language::of_locale(env(&[("LANG", "fr_FR.UTF-8"), ("LC_MESSAGES", "C")])),
            Language::English,
            "LC_MESSAGES=C is English, as the C library reads it"
        );
        assert_eq!(
            Language::of_locale(env(&[("LANG", "de_DE.UTF-8"), ("LC_ALL", "C.UTF-8")])),
            Language::English
        );
        assert_eq!(
            Language::of_locale(env(&[("LANG", "de_DE.UTF-8"), ("LC_ALL", "")])),
            Language::German,
            "an empty LC_ALL is not set"
        );
        assert_eq!(Language::of_locale(env(&[])), Language::English);
        assert_eq!(
            Language::of_locale(env(&[("LANG", "en_GB.UTF-8"), ("LANGUAGE", "ja:fr:de")])),
            Language::French,
            "LANGUAGE's first language knead speaks, before the locale's"
        );
        assert_eq!(
            Language::of_locale(env(&[("LANG", "ja_JP.UTF-8"), ("LANGUAGE", "de")])),
            Language::German
        );
        assert_eq!(
            Language::of_locale(env(&[("LANG", "de_DE.UTF-8"), ("LANGUAGE", "ja")])),
            Language::German,
            "a LANGUAGE knead does not speak leaves the locale's"
        );
        assert_eq!(
            Language::of_locale(env(&[("LC_ALL", "C"), ("LANGUAGE", "de")])),
            Language::English,
            "gettext ignores LANGUAGE under the C locale"
        );
        assert_eq!(
            Language::of_locale(env(&[("LANGUAGE", "de")])),
            Language::English,
            "no locale at all is C"
        );
    }

    #[test]
    fn each_thread_may_speak_its_own_language_for_a_while() {
        let english = scoped(Language::English, || t!("lang-self-name"));
        let german = scoped(Language::German, || t!("lang-self-name"));
        assert_eq!((english.as_str(), german.as_str()), ("English", "Deutsch"));
        assert_eq!(
            scoped(Language::German, || decimal(4.5, 1)),
            "4,5",
            "a German decimal comma"
        );
        let day = jiff::civil::date(2026, 11, 2);
        assert_eq!(scoped(Language::German, || date(day)), "02.11.2026");
        assert_eq!(scoped(Language::English, || date(day)), "2026-11-02");
    }

    #[test]
    fn the_pseudo_language_is_longer_and_accented() {
        let english = scoped(Language::English, || t!("lang-self-name"));
        let pseudo = scoped(Language::Pseudo, || t!("lang-self-name"));
        assert_ne!(pseudo, english);
        assert!(
            pseudo.chars().count() >= english.chars().count() * 4 / 3,
            "{pseudo}"
        );
    }
}
