//! The default policy's vocabulary that the page and the npm package's
//! `eligibility-checker/engine` ship as data, `www/vocabulary.js`, is the
//! one `vocabulary()` gives today: the page's wasm module does not carry the
//! function (`src/wasm/mod.rs`, `vocabulary`), and every code the page has
//! words for, every question the receipt code writes, comes from this file.
//! `UPDATE_VOCABULARY=1 cargo test --test vocabulary_js` writes it anew.
#![cfg(not(target_arch = "wasm32"))]

mod generated;

use eligibility_checker::{default_policy, vocabulary::vocabulary, vocabulary::Vocabulary};
use serde::Serialize;

const FILE: &str = "www/vocabulary.js";

/// `www/vocabulary.js` as the engine's tables give it: one named export per
/// field of the vocabulary, in the order `vocabulary()` writes them, so that
/// a bundle takes only the parts it imports; then the one export that the
/// element reads instead of a field, [`QUESTIONS_WITHOUT_COUNTRIES`].
fn written() -> String {
    // Every field by name: a field added to `Vocabulary` fails to compile here.
    let Vocabulary { questions, reasons, conditions, steps, errors, clauses, notices, citations, assessments, contact } =
        vocabulary(default_policy());
    let mut out = String::from(
        "// The default policy's vocabulary: every question, option, code and clause\n\
         // id, as the engine's `vocabulary()` gives it, one export per field in its\n\
         // order. Data, so that the page's wasm module need not carry the function:\n\
         // the page bundles the parts it reads, and the npm package's\n\
         // `eligibility-checker/engine` gives it all as `vocabulary()`.\n\
         // The last export is not a field, but what the element reads instead of\n\
         // `questions`: the questions with the country question's options null,\n\
         // as the element takes that ISO list from the engine (which holds the\n\
         // list, and whose decisions carry it).\n\
         // Written by `UPDATE_VOCABULARY=1 cargo test --test vocabulary_js`, which\n\
         // fails when this file is stale; not edited by hand.\n",
    );
    part(&mut out, "questions", &questions);
    part(&mut out, "reasons", &reasons);
    part(&mut out, "conditions", &conditions);
    part(&mut out, "steps", &steps);
    part(&mut out, "errors", &errors);
    part(&mut out, "clauses", &clauses);
    part(&mut out, "notices", &notices);
    part(&mut out, "citations", &citations);
    part(&mut out, "assessments", &assessments);
    part(&mut out, "contact", &contact);
    let mut without = questions.clone();
    for q in without.iter_mut().filter(|q| q.id == COUNTRY) {
        q.options = None;
    }
    part(&mut out, QUESTIONS_WITHOUT_COUNTRIES, &without);
    out
}

/// The export that is not a field of the vocabulary: the questions with the country
/// question's options (the ISO list, 249 codes) null. The page's engine holds
/// that list, and every decision that asks the country carries it, so the
/// element takes it from there instead of carrying it a second time (about
/// 0.7 KB gzipped of its first load).
const QUESTIONS_WITHOUT_COUNTRIES: &str = "questionsWithoutCountries";
const COUNTRY: &str = "country";

/// `export const NAME = VALUE;`, the value as pretty JSON.
fn part<T: Serialize>(out: &mut String, name: &str, value: &T) {
    out.push_str(&format!("export const {name} = {};\n", serde_json::to_string_pretty(value).unwrap()));
}

#[test]
fn the_shipped_vocabulary_is_the_engines() {
    generated::same_as_written(FILE, &written(), "UPDATE_VOCABULARY", "vocabulary_js");
}

#[test]
fn the_parts_put_together_are_the_whole_vocabulary() {
    // What the file says, read back part by part, is the vocabulary as JSON.
    let whole = serde_json::to_value(vocabulary(default_policy())).unwrap();
    let mut parts = serde_json::Map::new();
    for part in written().split("\nexport const ").skip(1) {
        let (name, value) = part.split_once(" = ").unwrap();
        parts.insert(name.to_string(), serde_json::from_str(value.trim_end().trim_end_matches(';')).unwrap());
    }
    // The one export more: the questions as they are, but for the country
    // question's options.
    let mut without = parts.remove(QUESTIONS_WITHOUT_COUNTRIES).expect("the questions without the countries");
    let country = without.as_array_mut().unwrap().iter_mut().find(|q| q["id"] == COUNTRY).expect("a country question");
    assert_eq!(country["options"], serde_json::Value::Null);
    let listed = whole["questions"].as_array().unwrap().iter().find(|q| q["id"] == COUNTRY).unwrap()["options"].clone();
    assert_eq!(listed.as_array().map(Vec::len), Some(249), "the ISO list");
    country["options"] = listed;
    assert_eq!(without, whole["questions"]);
    assert_eq!(serde_json::Value::Object(parts), whole);
}
