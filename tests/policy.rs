//! Policies as data: the example files read and pass, and each semantic
//! check finds what it should, at the right JSON path. Policy text is read
//! natively (the wasm module takes parsed objects: tests/wasm_policy.rs).
#![cfg(not(target_arch = "wasm32"))]

use std::fs;

use eligibility_checker::validate::{read_str, warnings_str, Problem};
use eligibility_checker::{check, default_policy, Policy, RawValue};
use serde_json::{json, Value};

fn file(name: &str) -> String {
    fs::read_to_string(format!("{}/policies/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

/// `policies/xiaomi-limited-warranty.json` is the built-in policy, as
/// `defaultPolicy()` gives it. `UPDATE_POLICIES=1 cargo test` writes it anew.
#[test]
fn the_default_policy_file_is_the_builtin_policy() {
    let path = format!("{}/policies/xiaomi-limited-warranty.json", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("UPDATE_POLICIES").is_some() {
        fs::write(&path, serde_json::to_string_pretty(default_policy()).unwrap() + "\n").unwrap();
    }
    assert_eq!(read_str(&file("xiaomi-limited-warranty.json")).as_ref(), Ok(default_policy()));
}

fn problems(text: &str) -> Vec<(String, String)> {
    match read_str(text) {
        Ok(_) => Vec::new(),
        Err(list) => list.iter().map(|p: &Problem| (p.code.name().to_owned(), p.path.clone())).collect(),
    }
}

fn policy(text: &str) -> Policy {
    read_str(text).unwrap_or_else(|e| panic!("{e:#?}"))
}

#[test]
fn the_example_policy_is_valid() {
    let p = policy(&file("ampere-electronics.json"));
    assert_eq!(p.id, "ampere-electronics");
}

fn example() -> Value {
    serde_json::from_str(&file("ampere-electronics.json")).unwrap()
}

/// The problems of the example policy once `change` is applied to it.
fn after(change: impl FnOnce(&mut Value)) -> Vec<(String, String)> {
    let mut v = example();
    change(&mut v);
    problems(&v.to_string())
}

/// The warnings of the example policy once `change` is applied to it.
fn warnings_after(change: impl FnOnce(&mut Value)) -> Vec<(String, String)> {
    let mut v = example();
    change(&mut v);
    warnings_str(&v.to_string()).iter().map(|p| (p.code.name().to_owned(), p.path.clone())).collect()
}

fn p(code: &str, path: &str) -> (String, String) {
    (code.to_owned(), path.to_owned())
}

#[test]
fn shape_problems_come_all_at_once_with_their_paths() {
    let found = after(|v| {
        v["colour"] = json!("red");
        v["products"][0]["parts"][1]["warranty"] = json!({ "weeks": 2 });
        v["products"][1]["id"] = json!("Head Phones");
        v["return"]["window"].as_object_mut().unwrap().remove("clause");
        v["warranty"]["originalPurchaserOnly"] = json!("no");
        v["warranty"]["jurisdictions"][0] = json!("XX");
        v["return"]["seasonal"][0]["lastDay"] = json!("02-30");
        v["contact"]["email"] = json!("support at ampere");
    });
    assert_eq!(
        found,
        [
            p("unknown-field", "/colour"),
            p("invalid-value", "/contact/email"),
            p("unknown-field", "/products/0/parts/1/warranty/weeks"),
            p("invalid-value", "/products/0/parts/1/warranty"),
            p("invalid-id", "/products/1/id"),
            p("missing-field", "/return/window/clause"),
            p("invalid-value", "/return/seasonal/0/lastDay"),
            p("wrong-type", "/warranty/originalPurchaserOnly"),
            p("unknown-country", "/warranty/jurisdictions/0"),
        ]
    );
}

#[test]
fn periods_are_above_zero() {
    assert_eq!(
        after(|v| v["products"][0]["parts"][0]["warranty"] = json!({ "months": 0 })),
        [p("non-positive-period", "/products/0/parts/0/warranty/months")]
    );
    assert_eq!(
        after(|v| v["return"]["window"]["period"] = json!({ "days": -14 })),
        [p("non-positive-period", "/return/window/period/days")]
    );
    assert_eq!(
        after(|v| v["return"]["window"]["period"] = json!({ "days": 1.5 })),
        [p("invalid-value", "/return/window/period/days")]
    );
    assert_eq!(
        after(|v| v["return"]["window"]["period"] = json!({ "days": 1, "months": 1 })),
        [p("invalid-value", "/return/window/period")]
    );
    assert_eq!(
        after(|v| v["warranty"]["replacement"]["period"] = json!({ "months": 1201 })),
        [p("invalid-value", "/warranty/replacement/period/months")]
    );
    assert_eq!(after(|v| v["return"]["window"]["period"] = json!({ "days": 1 })), []);
}

#[test]
fn a_part_used_but_not_defined_and_one_defined_but_unused() {
    assert_eq!(
        after(|v| {
            v["products"][0]["parts"][2]["id"] = json!("screen");
            v["parts"].as_array_mut().unwrap().push(json!("keyboard"));
        }),
        [
            p("undefined-part", "/products/0/parts/2/id"),
            p("unused-part", "/parts/2"),
            p("unused-part", "/parts/4"),
            p("missing-words", "/words/en/options/part/keyboard"),
        ]
    );
}

#[test]
fn a_clause_cited_but_not_defined() {
    assert_eq!(
        after(|v| v["return"]["window"]["clause"] = json!("returns.windw")),
        [p("undefined-clause", "/return/window/clause")]
    );
    assert_eq!(
        after(|v| v["products"][2]["finalSale"] = json!("clearance")),
        [p("undefined-clause", "/products/2/finalSale")]
    );
    assert_eq!(after(|v| v["causes"][3]["clause"] = json!("nope")), [p("undefined-clause", "/causes/3/clause")]);
}

#[test]
fn a_cause_without_a_clause() {
    assert_eq!(
        after(|v| {
            v["causes"][2].as_object_mut().unwrap().remove("clause");
        }),
        [p("cause-without-clause", "/causes/2/clause")]
    );
    assert_eq!(after(|v| v["causes"][2]["clause"] = Value::Null), [p("cause-without-clause", "/causes/2/clause")]);
}

#[test]
fn overlapping_seasons_and_a_season_that_ends_too_early() {
    let season = |from: &str, to: &str, last: &str, years: u32| json!({ "orderedFrom": from, "orderedTo": to, "lastDay": last, "yearsAfter": years, "clause": "returns.gifts" });
    assert_eq!(
        after(|v| v["return"]["seasonal"].as_array_mut().unwrap().push(season("12-24", "12-31", "01-20", 1))),
        [p("overlapping-seasons", "/return/seasonal/1")]
    );
    assert_eq!(
        after(|v| v["return"]["seasonal"].as_array_mut().unwrap().push(season("12-25", "12-31", "01-20", 1))),
        []
    );
    assert_eq!(
        after(|v| v["return"]["seasonal"][0] = season("06-01", "06-30", "06-15", 0)),
        [p("season-ends-early", "/return/seasonal/0")]
    );
    // A season may span New Year; it overlaps one that shares a day.
    assert_eq!(after(|v| v["return"]["seasonal"][0] = season("12-27", "01-06", "01-31", 1)), []);
    assert_eq!(
        after(|v| v["return"]["seasonal"][0] = season("12-27", "01-06", "01-31", 0)),
        [p("season-ends-early", "/return/seasonal/0")]
    );
    assert_eq!(
        after(|v| v["return"]["seasonal"][0] = season("12-01", "11-30", "01-15", 1)),
        [p("season-ends-early", "/return/seasonal/0")]
    );
    assert_eq!(
        after(|v| v["return"]["seasonal"].as_array_mut().unwrap().push(season("12-20", "01-02", "01-31", 1))),
        [p("overlapping-seasons", "/return/seasonal/1")]
    );
    // 29 February: missing three years in four.
    assert_eq!(
        after(|v| v["return"]["seasonal"][0] = season("11-15", "12-24", "02-29", 1)),
        [p("invalid-value", "/return/seasonal/0/lastDay")]
    );
}

#[test]
fn new_fields_are_checked() {
    // Channels name the policy's own shops, with a known channel.
    assert_eq!(
        after(|v| v["return"]["channels"] = json!({ "ampere-online": "distance", "corner-shop": "in-store" })),
        [p("undefined-seller", "/return/channels/corner-shop")]
    );
    assert_eq!(
        after(|v| v["return"]["channels"] = json!({ "ampere-online": "by-pigeon" })),
        [p("invalid-value", "/return/channels/ampere-online")]
    );
    assert_eq!(after(|v| v["causes"][0]["kind"] = json!("acts-of-god")), [p("invalid-value", "/causes/0/kind")]);
    // A shorter period for business use needs its clause.
    assert_eq!(
        after(|v| v["warranty"]["commercialUsePeriod"] = json!({ "months": 6 })),
        [p("invalid-value", "/warranty/commercialUsePeriod")]
    );
    // Jurisdictions all outside the countries a shopper may name.
    assert_eq!(
        after(|v| v["warranty"]["jurisdictions"] = json!(["FR", "BE"])),
        [p("unreachable-warranty", "/warranty/jurisdictions")]
    );
    // A member state covers its outermost regions.
    assert_eq!(
        after(|v| {
            v["countries"] = json!(["RE"]);
            v["warranty"]["jurisdictions"] = json!(["FR"]);
        }),
        []
    );
    // An expected life says where it comes from.
    assert_eq!(
        after(|v| v["products"][0]["expectedLife"] = json!({ "period": { "years": 5 }, "source": " " })),
        [
            p("unknown-field", "/products/0/expectedLife/period/years"),
            p("invalid-value", "/products/0/expectedLife/period"),
            p("invalid-value", "/products/0/expectedLife/source")
        ]
    );
    // A product without a warranty needs no parts.
    assert_eq!(
        after(|v| {
            v["products"][2]["parts"] = json!([]);
            v["products"][2]["noWarranty"] = json!("returns.final-sale");
        }),
        []
    );
}

/// Fix 2: a copy of the default policy with `defect` excluded refuses the
/// maker's warranty for a defect, but not the legal guarantee (2019/771 Art. 21).
#[test]
fn a_policy_exclusion_never_reaches_the_legal_guarantee() {
    let mut v = serde_json::to_value(default_policy()).unwrap();
    v["causes"][0]["excluded"] = json!(true);
    let policy = read_str(&v.to_string()).unwrap();
    let answers = raw(&[
        ("asOf", "2026-03-05"),
        ("product", "mi-band"),
        ("seller", "mi-com"),
        ("country", "DE"),
        ("receivedDate", "2025-10-01"),
        ("cause", "defect"),
    ]);
    let d = serde_json::to_value(check(&policy, &answers).unwrap()).unwrap();
    assert_eq!(d["warranty"]["outcome"], "not-eligible");
    let guarantee = &d["statutory"][1];
    assert_eq!(guarantee["id"], "eu-legal-guarantee");
    assert_ne!(guarantee["outcome"], "not-eligible", "{guarantee}");
    assert!(!guarantee.to_string().contains("not-a-lack-of-conformity"));
}

/// English words are required; another language may lack some or all of
/// them: the policy stays valid, each gap is a warning, and the page shows
/// the English words there.
#[test]
fn a_language_with_missing_words() {
    // The example brings en, es and de words; fr and it, page languages too, are warned about.
    let untouched = warnings_after(|_| {});
    assert_eq!(untouched, [p("missing-language", "/words/fr"), p("missing-language", "/words/it")]);
    let without_es_clause = |v: &mut Value| {
        v["words"]["es"]["clauses"].as_object_mut().unwrap().remove("returns.gifts");
    };
    assert_eq!(after(without_es_clause), []);
    assert_eq!(warnings_after(without_es_clause)[0], p("missing-words", "/words/es/clauses/returns.gifts"));
    let without_de_condition = |v: &mut Value| {
        v["words"]["de"]["conditions"].as_object_mut().unwrap().remove("restocking-fee");
    };
    assert_eq!(after(without_de_condition), []);
    assert_eq!(warnings_after(without_de_condition)[0], p("missing-words", "/words/de/conditions/restocking-fee"));
    let without_de = |v: &mut Value| {
        v["words"].as_object_mut().unwrap().remove("de");
    };
    assert_eq!(after(without_de), []);
    assert_eq!(warnings_after(without_de)[0], p("missing-language", "/words/de"));
    // English is what the page falls back on: its gaps are problems.
    assert_eq!(
        after(|v| {
            v["words"]["en"]["clauses"].as_object_mut().unwrap().remove("returns.gifts");
        }),
        [p("missing-words", "/words/en/clauses/returns.gifts")]
    );
    assert_eq!(
        after(|v| {
            v["words"].as_object_mut().unwrap().remove("en");
        }),
        [p("missing-language", "/words/en")]
    );
    assert_eq!(
        after(|v| v["words"]["en"]["options"]["product"]["laptop"] = json!(3)),
        [p("wrong-type", "/words/en/options/product/laptop")]
    );
    // A language the page does not speak may come too; its gaps are warnings as well.
    let in_japanese = |v: &mut Value| v["words"]["ja"] = json!({ "ui": { "title": "返品できますか" } });
    assert_eq!(after(in_japanese), []);
    assert!(warnings_after(in_japanese).contains(&p("missing-words", "/words/ja/clauses/returns.scope")));
}

/// A policy with English words only is valid, with a warning for each other
/// language of the page.
#[test]
fn a_policy_in_english_only() {
    let english_only = |v: &mut Value| v["words"].as_object_mut().unwrap().retain(|lang, _| lang == "en");
    assert_eq!(after(english_only), []);
    assert_eq!(
        warnings_after(english_only),
        ["es", "de", "fr", "it"].map(|l| p("missing-language", &format!("/words/{l}")))
    );
    let mut v = example();
    english_only(&mut v);
    assert_eq!(policy(&v.to_string()).id, "ampere-electronics");
}

#[test]
fn ids_are_unique_and_well_formed() {
    assert_eq!(after(|v| v["causes"][1]["id"] = json!("defect")), [p("duplicate-id", "/causes/1/id")]);
    assert_eq!(after(|v| v["return"]["sellers"][1] = json!("other")), [p("reserved-id", "/return/sellers/1")]);
    assert_eq!(
        after(|v| v["return"]["conditions"][0]["code"] = json!("free.label")),
        [p("invalid-id", "/return/conditions/0/code")]
    );
    assert_eq!(after(|v| v["products"] = json!([])).first(), Some(&p("empty-list", "/products")));
}

#[test]
fn conditions_name_what_exists() {
    assert_eq!(
        after(|v| v["return"]["conditions"][0]["when"] = json!({ "cause": "fire" })),
        [p("undefined-cause", "/return/conditions/0/when/cause")]
    );
    assert_eq!(
        after(|v| v["return"]["conditions"][0]["when"] = json!({ "seller": "mi-com" })),
        [p("undefined-seller", "/return/conditions/0/when/seller")]
    );
    assert_eq!(
        after(|v| v["return"]["conditions"][0]["when"] = json!({ "returnReason": "broken" })),
        [p("invalid-value", "/return/conditions/0/when/returnReason")]
    );
    assert_eq!(
        after(|v| v["return"]["conditions"][0]["when"] = json!({ "weather": "rain" })),
        [p("invalid-value", "/return/conditions/0/when")]
    );
    assert_eq!(after(|v| v["return"]["opened"]["refused"] = json!(true)), [p("invalid-value", "/return/opened")]);
}

#[test]
fn text_that_is_not_json() {
    assert_eq!(problems("{"), [p("invalid-json", "")]);
    assert_eq!(problems("[]"), [p("wrong-type", "")]);
    assert_eq!(problems(&format!("{}1{}", "[".repeat(200), "]".repeat(200))), [p("invalid-json", "")]);
}

#[test]
fn the_builtin_policy_needs_no_words_but_may_carry_them() {
    let mut v = serde_json::to_value(default_policy()).unwrap();
    assert_eq!(problems(&v.to_string()), []);
    v["words"] = json!({ "en": { "ui": { "title": "Check your Mi product" } } });
    assert_eq!(problems(&v.to_string()), []);
    // A new clause needs English words; the other languages fall back on them.
    v["clauses"].as_array_mut().unwrap().push(json!({ "id": "store.note", "kind": "info" }));
    assert_eq!(problems(&v.to_string()), [p("missing-words", "/words/en/clauses/store.note")]);
    assert_eq!(
        warnings_str(&v.to_string()).iter().map(|p| (p.code.name().to_owned(), p.path.clone())).collect::<Vec<_>>(),
        ["es", "de", "fr", "it"].map(|l| p("missing-language", &format!("/words/{l}")))
    );
}

fn raw(pairs: &[(&str, &str)]) -> Vec<(String, RawValue)> {
    pairs.iter().map(|(k, v)| (k.to_string(), RawValue::Str(v.to_string()))).collect()
}

#[test]
fn answers_are_checked_against_the_policy_countries() {
    let shop = policy(&file("ampere-electronics.json"));
    let code = |pairs: &[(&str, &str)]| check(&shop, &raw(pairs)).err().map(|e| (e.code.name(), e.field));
    let field = |f: &str| Some(f.to_owned());
    assert_eq!(code(&[("asOf", "2026-03-10"), ("country", "AT")]), None);
    assert_eq!(code(&[("asOf", "2026-03-10"), ("country", "FR")]), Some(("unknown-option", field("country"))));
    // In its place in the asking order: after a bad product, before a bad date.
    assert_eq!(
        code(&[("asOf", "2026-03-10"), ("country", "FR"), ("product", "mi-band")]),
        Some(("unknown-option", field("product")))
    );
    assert_eq!(
        code(&[("asOf", "2026-03-10"), ("country", "FR"), ("receivedDate", "2026-13-01")]),
        Some(("unknown-option", field("country")))
    );
    assert_eq!(
        code(&[("asOf", "2026-03-10"), ("country", "FR"), ("colour", "red")]),
        Some(("unknown-key", field("colour")))
    );
    // The country question offers the policy's countries only.
    let d = check(&shop, &raw(&[("asOf", "2026-03-10"), ("product", "laptop")])).unwrap();
    let q = d.questions.iter().find(|q| q.id == "country").unwrap();
    assert_eq!(q.options.as_deref(), Some(&["DE", "AT", "NL"][..]));
    // The default policy lets the shopper name any country.
    assert!(check(default_policy(), &raw(&[("asOf", "2026-03-10"), ("country", "JP")])).is_ok());
}

#[test]
fn the_vocabulary_has_the_policy_codes() {
    let shop = policy(&file("ampere-electronics.json"));
    let v = eligibility_checker::vocabulary::vocabulary(&shop);
    // Every policy's vocabulary lists every reason the engine can give, so
    // the page words them once; the conditions are the policy's own.
    let reasons: Vec<&str> = v.reasons.iter().map(|c| c.name()).collect();
    assert!(reasons.contains(&"return-final-sale") && reasons.contains(&"return-opened"));
    assert_eq!(v.conditions[..2], ["restocking-fee", "free-return-label"]);
    let builtin = eligibility_checker::vocabulary::vocabulary(default_policy());
    assert_eq!(builtin.reasons, v.reasons);
}

/// Enough of JSON Schema (2020-12) for docs/policy.schema.json, without
/// `pattern` (no regular expressions here): the ids, dates and countries
/// its patterns describe are checked by the engine's own tests above.
fn conforms(schema: &Value, root: &Value, v: &Value) -> bool {
    let s = match schema.get("$ref").and_then(Value::as_str) {
        Some(r) => &root["$defs"][r.trim_start_matches("#/$defs/")],
        None => schema,
    };
    if s.get("$ref").is_some() && !conforms(s, root, v) {
        return false;
    }
    let all = |key: &str| {
        s.get(key).and_then(Value::as_array).map(|list| list.iter().filter(|x| conforms(x, root, v)).count())
    };
    let ty = s.get("type").and_then(Value::as_str).map_or(true, |t| match t {
        "object" => v.is_object(),
        "array" => v.is_array(),
        "string" => v.is_string(),
        "integer" => v.is_i64() || v.is_u64(),
        "boolean" => v.is_boolean(),
        "null" => v.is_null(),
        _ => false,
    });
    let num = |key: &str, ok: fn(f64, f64) -> bool| {
        s.get(key).and_then(Value::as_f64).map_or(true, |b| v.as_f64().map_or(true, |n| ok(n, b)))
    };
    let obj = v.as_object().map_or(true, |o| {
        let props = s.get("properties").and_then(Value::as_object);
        let required = s
            .get("required")
            .and_then(Value::as_array)
            .map_or(true, |r| r.iter().all(|k| o.contains_key(k.as_str().unwrap())));
        required
            && o.iter().all(|(k, x)| match props.and_then(|p| p.get(k)) {
                Some(ps) => conforms(ps, root, x),
                None => match s.get("additionalProperties") {
                    Some(Value::Bool(b)) => *b,
                    Some(extra) => conforms(extra, root, x),
                    None => true,
                },
            })
    });
    let arr = v.as_array().map_or(true, |a| {
        s.get("items").map_or(true, |i| a.iter().all(|x| conforms(i, root, x)))
            && s.get("minItems").and_then(Value::as_u64).map_or(true, |m| a.len() as u64 >= m)
            && (s.get("uniqueItems") != Some(&Value::Bool(true))
                || a.iter().enumerate().all(|(i, x)| !a[..i].contains(x)))
    });
    ty && obj
        && arr
        && num("minimum", |n, b| n >= b)
        && num("maximum", |n, b| n <= b)
        && s.get("const").map_or(true, |c| c == v)
        && s.get("enum").and_then(Value::as_array).map_or(true, |e| e.contains(v))
        && all("oneOf").map_or(true, |n| n == 1)
        && all("anyOf").map_or(true, |n| n >= 1)
        && all("allOf").map_or(true, |n| Some(n) == s.get("allOf").and_then(Value::as_array).map(Vec::len))
        && s.get("not").map_or(true, |n| !conforms(n, root, v))
}

#[test]
fn the_schema_accepts_the_policies_and_refuses_bad_shapes() {
    let schema: Value = serde_json::from_str(
        &fs::read_to_string(format!("{}/docs/policy.schema.json", env!("CARGO_MANIFEST_DIR"))).unwrap(),
    )
    .unwrap();
    let ok = |v: &Value| conforms(&schema, &schema, v);
    assert!(ok(&example()));
    assert!(ok(&serde_json::from_str(&file("xiaomi-limited-warranty.json")).unwrap()));
    assert!(ok(&serde_json::to_value(default_policy()).unwrap()));
    let bad: [fn(&mut Value); 9] = [
        |v| v["colour"] = json!("red"),
        |v| v["products"][0]["parts"][0]["warranty"] = json!({ "months": 0 }),
        |v| v["products"][0]["parts"][0]["warranty"] = json!({ "days": 1, "months": 1 }),
        |v| {
            v["causes"][0].as_object_mut().unwrap().remove("clause");
        },
        |v| v["return"]["sellers"][0] = json!("other"),
        |v| v["return"]["opened"]["refused"] = json!(true),
        |v| v["return"]["conditions"][0]["when"] = json!({ "weather": "rain" }),
        |v| v["warranty"]["jurisdictions"] = json!([]),
        |v| v["words"]["en"]["options"]["product"]["laptop"] = json!(3),
    ];
    for (i, change) in bad.iter().enumerate() {
        let mut v = example();
        change(&mut v);
        assert!(!ok(&v), "change {i} passes the schema");
        assert!(!problems(&v.to_string()).is_empty(), "change {i} passes validatePolicy");
    }
}

/// The example policy's text with `from` replaced by `to` once.
fn edited(from: &str, to: &str) -> String {
    let text = file("ampere-electronics.json");
    assert!(text.contains(from), "{from}");
    text.replacen(from, to, 1)
}

#[test]
fn a_key_given_twice_is_a_problem_at_its_place() {
    // serde_json's Value and JSON.parse would keep the second, this reader the first.
    let text = edited("\"email\": ", "\"email\": \"a@b.example\", \"email\": ");
    assert_eq!(problems(&text), [p("invalid-json", "/contact/email")]);
    let text = edited("\"en\": {", "\"en\": { \"x\": \"one\", \"x\": \"two\",");
    assert_eq!(problems(&text), [p("invalid-json", "/words/en/x")]);
}

#[test]
fn a_number_out_of_range_is_a_problem_at_its_place_never_null() {
    let text = edited("\"countries\": ", "\"countries\": 1e400, \"x\": ");
    assert_eq!(problems(&text), [p("invalid-value", "/countries")]);
    let found = read_str(&text).unwrap_err();
    assert!(found[0].message.contains("out of range"), "{}", found[0]);
    // The largest double is a number, not out of range: a wrong type there.
    let text = edited("\"countries\": ", "\"countries\": 1e308, \"x\": ");
    assert_eq!(problems(&text), [p("unknown-field", "/x"), p("wrong-type", "/countries")]);
}

#[test]
fn a_lone_surrogate_in_the_words_is_a_problem_at_its_place() {
    for half in ["\\ud800", "\\udfff", "\\ud83d x"] {
        let text = edited("\"en\": {", &format!("\"en\": {{ \"x-lone\": \"a{half}\","));
        assert_eq!(problems(&text), [p("invalid-value", "/words/en/x-lone")], "{half}");
    }
    // A whole pair is a character.
    assert!(problems(&edited("\"en\": {", "\"en\": { \"x-pair\": \"\\ud83d\\ude00\",")).is_empty());
}

#[test]
fn the_contact_address_is_one_a_mailto_link_keeps_whole() {
    for bad in [
        "returns#desk@shop.example",
        "returns@shop.example?cc=x",
        "a b@shop.example",
        "a@b@shop.example",
        "a\n@b.example",
        "@shop.example",
        "returns@",
    ] {
        let found = after(|v| v["contact"]["email"] = json!(bad));
        assert_eq!(found, [p("invalid-value", "/contact/email")], "{bad:?}");
    }
    for good in ["returns@shop.example", "returns+eu@shop.example", "r.desk@sub.shop.example"] {
        assert!(after(|v| v["contact"]["email"] = json!(good)).is_empty(), "{good}");
    }
}

#[test]
fn a_policy_of_ten_thousand_parts_is_read_and_its_one_repeat_found() {
    let big = |repeat: bool| {
        let mut v = example();
        let parts: Vec<Value> = (0..10_000).map(|i| json!(format!("p{i}"))).collect();
        let mut product = v["products"][0].clone();
        product["id"] = json!("kit");
        product["parts"] = Value::Array(
            (0..10_000).map(|i| json!({ "id": format!("p{}", if repeat && i == 9_999 { 0 } else { i }), "warranty": { "months": 12 } })).collect(),
        );
        v["products"].as_array_mut().unwrap().push(product);
        v["parts"].as_array_mut().unwrap().extend(parts);
        for lang in ["en", "es", "de"] {
            v["words"][lang]["options"]["product"]["kit"] = json!("Kit");
            for i in 0..10_000 {
                v["words"][lang]["options"]["part"][format!("p{i}")] = json!(format!("Part {i}"));
            }
        }
        problems(&v.to_string())
    };
    assert_eq!(big(false), []);
    // The example's own four parts come first in /parts.
    assert_eq!(big(true), [p("duplicate-id", "/products/3/parts/9999/id"), p("unused-part", "/parts/10003")]);
}
