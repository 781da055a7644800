//! Whole numbers in words, as the voice says them ("fünfundvierzig", "quarante-cinq"):
//! a speech engine reads digits in its own way, often as a list of digits, and a phrase in
//! words sounds the same whatever the engine.

use super::Language;

/// `n` in words in `language` (up to 9999; digits beyond).
pub fn number_words(language: Language, n: u64) -> String {
    if n > 9999 {
        return n.to_string();
    }
    match language {
        Language::English | Language::Pseudo => english(n),
        Language::German => german(n),
        Language::Spanish => spanish(n),
        Language::French => french(n),
    }
}

fn at(words: &[&'static str], i: u64) -> &'static str {
    usize::try_from(i)
        .ok()
        .and_then(|i| words.get(i))
        .copied()
        .unwrap_or("")
}

fn english(n: u64) -> String {
    const ONES: [&str; 20] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 10] = [
        "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    match n {
        0..=19 => at(&ONES, n).to_owned(),
        20..=99 => match n % 10 {
            0 => at(&TENS, n / 10).to_owned(),
            ones => format!("{}-{}", at(&TENS, n / 10), at(&ONES, ones)),
        },
        100..=999 => match n % 100 {
            0 => format!("{} hundred", at(&ONES, n / 100)),
            rest => format!("{} hundred {}", at(&ONES, n / 100), english(rest)),
        },
        _ => match n % 1000 {
            0 => format!("{} thousand", english(n / 1000)),
            rest => format!("{} thousand {}", english(n / 1000), english(rest)),
        },
    }
}

/// German writes a number as one word: 45 is "fünfundvierzig" (five-and-forty).
fn german(n: u64) -> String {
    const ONES: [&str; 20] = [
        "null",
        "eins",
        "zwei",
        "drei",
        "vier",
        "fünf",
        "sechs",
        "sieben",
        "acht",
        "neun",
        "zehn",
        "elf",
        "zwölf",
        "dreizehn",
        "vierzehn",
        "fünfzehn",
        "sechzehn",
        "siebzehn",
        "achtzehn",
        "neunzehn",
    ];
    const TENS: [&str; 10] = [
        "", "", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig",
        "neunzig",
    ];
    // "eins" alone, "ein" in a compound: einundzwanzig, einhundert.
    let unit = |i: u64| if i == 1 { "ein" } else { at(&ONES, i) };
    match n {
        0..=19 => at(&ONES, n).to_owned(),
        20..=99 => match n % 10 {
            0 => at(&TENS, n / 10).to_owned(),
            ones => format!("{}und{}", unit(ones), at(&TENS, n / 10)),
        },
        100..=999 => match n % 100 {
            0 => format!("{}hundert", unit(n / 100)),
            rest => format!("{}hundert{}", unit(n / 100), german(rest)),
        },
        _ => {
            let thousands = if n / 1000 == 1 {
                "ein".to_owned()
            } else {
                german(n / 1000)
            };
            match n % 1000 {
                0 => format!("{thousands}tausend"),
                rest => format!("{thousands}tausend{}", german(rest)),
            }
        }
    }
}

fn spanish(n: u64) -> String {
    const ONES: [&str; 30] = [
        "cero",
        "uno",
        "dos",
        "tres",
        "cuatro",
        "cinco",
        "seis",
        "siete",
        "ocho",
        "nueve",
        "diez",
        "once",
        "doce",
        "trece",
        "catorce",
        "quince",
        "dieciséis",
        "diecisiete",
        "dieciocho",
        "diecinueve",
        "veinte",
        "veintiuno",
        "veintidós",
        "veintitrés",
        "veinticuatro",
        "veinticinco",
        "veintiséis",
        "veintisiete",
        "veintiocho",
        "veintinueve",
    ];
    const TENS: [&str; 10] = [
        "",
        "",
        "",
        "treinta",
        "cuarenta",
        "cincuenta",
        "sesenta",
        "setenta",
        "ochenta",
        "noventa",
    ];
    const HUNDREDS: [&str; 10] = [
        "",
        "ciento",
        "doscientos",
        "trescientos",
        "cuatrocientos",
        "quinientos",
        "seiscientos",
        "setecientos",
        "ochocientos",
        "novecientos",
    ];
    match n {
        0..=29 => at(&ONES, n).to_owned(),
        30..=99 => match n % 10 {
            0 => at(&TENS, n / 10).to_owned(),
            ones => format!("{} y {}", at(&TENS, n / 10), at(&ONES, ones)),
        },
        100 => "cien".to_owned(),
        101..=999 => match n % 100 {
            0 => at(&HUNDREDS, n / 100).to_owned(),
            rest => format!("{} {}", at(&HUNDREDS, n / 100), spanish(rest)),
        },
        _ => {
            let thousands = if n / 1000 == 1 {
                "mil".to_owned()
            } else {
                format!("{} mil", spanish(n / 1000))
            };
            match n % 1000 {
                0 => thousands,
                rest => format!("{thousands} {}", spanish(rest)),
            }
        }
    }
}

fn french(n: u64) -> String {
    const ONES: [&str; 20] = [
        "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
        "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit",
        "dix-neuf",
    ];
    const TENS: [&str; 7] = [
        "",
        "",
        "vingt",
        "trente",
        "quarante",
        "cinquante",
        "soixante",
    ];
    match n {
        0..=19 => at(&ONES, n).to_owned(),
        20..=69 => match n % 10 {
            0 => at(&TENS, n / 10).to_owned(),
            1 => format!("{} et un", at(&TENS, n / 10)),
            ones => format!("{}-{}", at(&TENS, n / 10), at(&ONES, ones)),
        },
        // 70 to 79: sixty-ten to sixty-nineteen.
        70..=79 => match n {
            71 => "soixante et onze".to_owned(),
            _ => format!("soixante-{}", at(&ONES, n - 60)),
        },
        80 => "quatre-vingts".to_owned(),
        // 81 to 99: four-twenty-one to four-twenty-nineteen.
        81..=99 => format!("quatre-vingt-{}", at(&ONES, n - 80)),
        100..=999 => {
            let hundreds = match n / 100 {
                1 => "cent".to_owned(),
                h if n.is_multiple_of(100) => format!("{} cents", at(&ONES, h)),
                h => format!("{} cent", at(&ONES, h)),
            };
            match n % 100 {
                0 => hundreds,
                rest => format!("{hundreds} {}", french(rest)),
            }
        }
        _ => {
            let thousands = if n / 1000 == 1 {
                "mille".to_owned()
            } else {
                format!("{} mille", french(n / 1000))
            };
            match n % 1000 {
                0 => thousands,
                rest => format!("{thousands} {}", french(rest)),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_said_as_each_language_says_them() {
        let cases = [
            (Language::English, 45, "forty-five"),
            (Language::English, 1, "one"),
            (Language::English, 120, "one hundred twenty"),
            (Language::German, 45, "fünfundvierzig"),
            (Language::German, 1, "eins"),
            (Language::German, 21, "einundzwanzig"),
            (Language::German, 30, "dreißig"),
            (Language::German, 100, "einhundert"),
            (Language::German, 175, "einhundertfünfundsiebzig"),
            (Language::German, 2000, "zweitausend"),
            (Language::Spanish, 45, "cuarenta y cinco"),
            (Language::Spanish, 21, "veintiuno"),
            (Language::Spanish, 100, "cien"),
            (Language::Spanish, 115, "ciento quince"),
            (Language::Spanish, 500, "quinientos"),
            (Language::French, 45, "quarante-cinq"),
            (Language::French, 21, "vingt et un"),
            (Language::French, 71, "soixante et onze"),
            (Language::French, 75, "soixante-quinze"),
            (Language::French, 80, "quatre-vingts"),
            (Language::French, 90, "quatre-vingt-dix"),
            (Language::French, 97, "quatre-vingt-dix-sept"),
            (Language::French, 200, "deux cents"),
            (Language::French, 230, "deux cent trente"),
        ];
        for (language, n, words) in cases {
            assert_eq!(number_words(language, n), words, "{language:?} {n}");
        }
    }
}
