//! The languages' files: each parses, no message is defined twice, each has exactly the English file's messages with the
//! same variables (a missing or extra one fails), every region of the catalogue has its
//! name, other names and "how to find it" in each language, and every message the code asks
//! for exists.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement, Resource};
use knead_core::body::REGIONS;
use knead_core::lang::Language;

fn parsed<'a>(name: &str, text: &'a str) -> Resource<&'a str> {
    match fluent_syntax::parser::parse(text) {
        Ok(resource) => resource,
        Err((_, errors)) => panic!("{name} does not parse: {errors:?}"),
    }
}

/// Each message's id, with the variables its value and attributes use.
fn messages(resource: &Resource<&str>) -> BTreeMap<String, BTreeSet<String>> {
    let mut all = BTreeMap::new();
    for entry in &resource.body {
        if let Entry::Message(message) = entry {
            let mut variables = BTreeSet::new();
            if let Some(value) = &message.value {
                pattern_variables(value, &mut variables);
            }
            for attribute in &message.attributes {
                pattern_variables(&attribute.value, &mut variables);
            }
            let id = message.id.name;
            assert!(
                all.insert(id.to_owned(), variables).is_none(),
                "{id} is defined twice"
            );
        }
    }
    all
}

fn pattern_variables(pattern: &Pattern<&str>, into: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, into);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, into: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            inline_variables(selector, into);
            for variant in variants {
                pattern_variables(&variant.value, into);
            }
        }
        Expression::Inline(inline) => inline_variables(inline, into),
    }
}

fn inline_variables(inline: &InlineExpression<&str>, into: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            into.insert(id.name.to_owned());
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, into),
        InlineExpression::StringLiteral { .. }
        | InlineExpression::NumberLiteral { .. }
        | InlineExpression::FunctionReference { .. }
        | InlineExpression::MessageReference { .. }
        | InlineExpression::TermReference { .. } => {}
    }
}

#[test]
fn every_language_has_exactly_the_english_messages_with_their_variables() {
    let english_text = Language::English.ftl();
    let english = messages(&parsed("en", &english_text));
    assert!(english.len() > 300, "{} messages", english.len());
    for language in [Language::German, Language::Spanish, Language::French] {
        let name = format!("{}'s .ftl files", language.code());
        let text = language.ftl();
        let theirs = messages(&parsed(&name, &text));
        let missing: Vec<&String> = english
            .keys()
            .filter(|k| !theirs.contains_key(*k))
            .collect();
        let extra: Vec<&String> = theirs
            .keys()
            .filter(|k| !english.contains_key(*k))
            .collect();
        assert!(missing.is_empty(), "{name} lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{name} has messages English has not: {extra:?}"
        );
        for (id, variables) in &english {
            assert_eq!(
                theirs.get(id),
                Some(variables),
                "{name}: {id} must use exactly the variables {variables:?}"
            );
        }
    }
}

#[test]
fn every_region_has_its_name_other_names_and_how_to_find_it_in_each_language() {
    for language in [Language::German, Language::Spanish, Language::French] {
        let name = format!("regions.{}.ftl", language.code());
        let resource = parsed(&name, language.regions_ftl());
        let mut seen: BTreeMap<String, &str> = BTreeMap::new();
        let mut ids = BTreeSet::new();
        for entry in &resource.body {
            let Entry::Message(message) = entry else {
                continue;
            };
            let id = message.id.name;
            ids.insert(id.to_owned());
            let attributes: BTreeSet<&str> = message.attributes.iter().map(|a| a.id.name).collect();
            assert_eq!(
                attributes,
                BTreeSet::from(["aliases", "find"]),
                "{name}: {id} needs .aliases and .find"
            );
            let region = id.strip_prefix("region-").unwrap_or(id);
            let local = knead_core::lang::message_in(language, id).unwrap_or_default();
            let aliases =
                knead_core::lang::attribute_in(language, id, "aliases").unwrap_or_default();
            for word in std::iter::once(local.as_str()).chain(aliases.split(',')) {
                let word = knead_core::body::normalise(word.trim());
                if word.is_empty() {
                    continue;
                }
                if let Some(other) = seen.insert(word.clone(), region) {
                    assert_eq!(
                        other, region,
                        "{name}: \"{word}\" names {other} and {region}"
                    );
                }
            }
        }
        let catalogue: BTreeSet<String> =
            REGIONS.iter().map(|r| format!("region-{}", r.id)).collect();
        assert_eq!(
            ids, catalogue,
            "{name}: one message per region of the catalogue"
        );
    }
}

/// Every `t!("id"` and every key-table label in the code, and whether en.ftl has it.
#[test]
fn every_message_the_code_asks_for_is_in_the_english_file() {
    let english_text = Language::English.ftl();
    let english = messages(&parsed("en", &english_text));
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut files = vec![root.join("src"), root.join("crates/knead-core/src")];
    let mut asked = BTreeSet::new();
    while let Some(path) = files.pop() {
        if path.is_dir() {
            files.extend(
                std::fs::read_dir(&path)
                    .expect("a folder")
                    .map(|e| e.expect("an entry").path()),
            );
            continue;
        }
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("source");
        for (start, _) in text.match_indices("t!(\"") {
            // `t!(`, not `format!(` or `print!(`.
            let before = text[..start].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let rest = &text[start + 4..];
            if let Some(end) = rest.find('"') {
                asked.insert((rest[..end].to_owned(), path.display().to_string()));
            }
        }
        for prefix in ["\"key-", "\"help-"] {
            for (start, _) in text.match_indices(prefix) {
                let rest = &text[start + 1..];
                if let Some(end) = rest.find('"') {
                    let id = &rest[..end];
                    if !id.ends_with('-') && !id.contains(' ') {
                        asked.insert((id.to_owned(), path.display().to_string()));
                    }
                }
            }
        }
    }
    assert!(asked.len() > 300, "{} found", asked.len());
    let missing: Vec<&(String, String)> = asked
        .iter()
        .filter(|(id, _)| !english.contains_key(id))
        .collect();
    assert!(missing.is_empty(), "not in en.ftl: {missing:?}");
}

/// Every place of `knead where` has a name and other words in each language, and each of
/// them is recognised as that place.
#[test]
fn every_place_has_its_words_in_each_language_and_is_found_by_them() {
    use knead_core::body::zones::{ZONES, Zone};
    for language in Language::SPOKEN {
        for zone in ZONES {
            let id = format!("zone-{}", zone.id);
            let name = knead_core::lang::message_in(language, &id)
                .unwrap_or_else(|| panic!("{language:?}: no {id}"));
            let aliases = knead_core::lang::attribute_in(language, &id, "aliases")
                .unwrap_or_else(|| panic!("{language:?}: {id} has no .aliases"));
            for word in std::iter::once(name.as_str()).chain(aliases.split(',')) {
                assert_eq!(
                    Zone::recognise(word).map(|z| z.id),
                    Some(zone.id),
                    "{language:?}: {word:?}"
                );
            }
        }
    }
}

/// Every tool knead knows has its name in each language, and it and its other names are
/// recognised as that tool: `tool = "Kühlpack"` is a cold pack, with a cold pack's checks.
#[test]
fn every_tool_has_its_name_in_each_language_and_is_found_by_it() {
    use knead_core::routine::KnownTool;
    let english = Language::English.ftl();
    let ids: Vec<String> = messages(&parsed("en", &english))
        .into_keys()
        .filter(|id| id.starts_with("tool-name-"))
        .collect();
    assert_eq!(ids.len(), 16, "{ids:?}");
    for id in &ids {
        let tool = KnownTool::recognise(
            &knead_core::lang::message_in(Language::English, id).expect("English"),
        )
        .unwrap_or_else(|| panic!("{id}'s English name is not a tool"));
        assert_eq!(format!("tool-name-{}", tool.id()), *id);
        for language in [Language::German, Language::Spanish, Language::French] {
            let name = knead_core::lang::message_in(language, id).expect("a name");
            let aliases = knead_core::lang::attribute_in(language, id, "aliases")
                .unwrap_or_else(|| panic!("{language:?}: {id} has no .aliases"));
            for word in std::iter::once(name.as_str()).chain(aliases.split(',')) {
                assert_eq!(
                    KnownTool::recognise(word.trim()),
                    Some(tool),
                    "{language:?}: {word:?}"
                );
            }
        }
    }
}
