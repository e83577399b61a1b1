//! The policy exports, proved from the JavaScript side: `defaultPolicy()`
//! passes `validatePolicy`, a `Checker` on it answers exactly as `check`,
//! an invalid policy throws a coded error with every problem, and nothing a
//! caller passes as a policy panics the module.
//!
//! The exports need the `policy` feature:
//! `CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
//! cargo test --target wasm32-unknown-unknown --features policy --test wasm_policy`
#![cfg(all(target_arch = "wasm32", feature = "policy"))]

use eligibility_checker::wasm::{
    self,
    policy::{default_policy_js, policy_warnings, validate_policy, Checker},
};
use js_sys::{Array, Function, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

const EXAMPLE: &str = include_str!("../policies/ampere-electronics.json");

fn js(source: &str) -> JsValue {
    Function::new_no_args(&format!("return ({source});")).call0(&JsValue::NULL).unwrap()
}

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn text(value: &JsValue) -> String {
    JSON::stringify(value).ok().and_then(|s| s.as_string()).unwrap_or_default()
}

/// The problems `validatePolicy` finds, as `code path` lines.
fn problems(policy: &JsValue) -> Vec<String> {
    let list: Array = validate_policy(policy).unwrap().into();
    list.iter()
        .map(|p| format!("{} {}", get(&p, "code").as_string().unwrap(), get(&p, "path").as_string().unwrap()))
        .collect()
}

#[wasm_bindgen_test]
fn the_default_policy_is_valid_and_checks_as_check_does() {
    let policy = default_policy_js().unwrap();
    assert_eq!(get(&policy, "id").as_string().as_deref(), Some("xiaomi-limited-warranty"));
    assert!(problems(&policy).is_empty());
    let checker = Checker::new(&policy).unwrap();
    assert_eq!(checker.policy_id(), "xiaomi-limited-warranty");
    for answers in [
        "{ asOf: '2026-03-10' }",
        "{ asOf: '2026-03-10', product: 'mi-band', seller: 'mi-com', country: 'DE', receivedDate: '2026-03-01', physicallyDamaged: false, allAccessories: true, returnReason: 'defect', part: 'main', replacementReceivedDate: null, cause: 'defect', commercialUse: false, originalPurchaser: true }",
        "{ asOf: '2027-01-20', product: 'mi-headphones', seller: 'mi-com', country: 'US', receivedDate: '2026-12-20', orderDate: '2026-11-30' }",
    ] {
        assert_eq!(text(&checker.check(&js(answers)).unwrap()), text(&wasm::check(&js(answers)).unwrap()), "{answers}");
    }
    for bad in ["null", "{}", "{ asOf: '2026-03-10', colour: 'red' }", "{ asOf: '2026-03-10', product: 'laptop' }"] {
        let (a, b) = (checker.check(&js(bad)).unwrap_err(), wasm::check(&js(bad)).unwrap_err());
        assert_eq!(
            (text(&get(&a, "code")), text(&get(&a, "field"))),
            (text(&get(&b, "code")), text(&get(&b, "field"))),
            "{bad}"
        );
    }
    assert_eq!(text(&checker.vocabulary().unwrap()), text(&wasm::vocabulary().unwrap()));
}

#[wasm_bindgen_test]
fn a_checker_on_another_policy_checks_answers_against_it() {
    let checker = Checker::new(&JSON::parse(EXAMPLE).unwrap()).unwrap();
    let d = checker
        .check(&js("{ asOf: '2026-03-16', product: 'laptop', seller: 'ampere-online', country: 'AT', receivedDate: '2026-03-02', physicallyDamaged: false, allAccessories: true, opened: true, returnReason: 'defect', part: 'battery', replacementReceivedDate: null, cause: 'defect', commercialUse: false }"))
        .unwrap();
    assert_eq!(text(&get(&get(&d, "return"), "outcome")), "\"eligible\"");
    assert_eq!(text(&get(&get(&d, "return"), "deadline")), "\"2026-03-16\"");
    assert_eq!(
        text(&get(&get(&get(&d, "return"), "conditions"), "0")),
        r#"{"code":"restocking-fee","clause":"returns.restocking-fee"}"#
    );
    assert_eq!(text(&get(&get(&d, "warranty"), "deadline")), "\"2027-03-02\"");
    let clearance = checker.check(&js("{ asOf: '2026-03-05', product: 'clearance-item' }")).unwrap();
    assert_eq!(
        text(&get(&get(&get(&clearance, "return"), "reasons"), "0")),
        r#"{"code":"return-final-sale","clause":"returns.final-sale","product":"clearance-item"}"#
    );
    for (answers, code, field) in [
        ("{ asOf: '2026-03-10', product: 'mi-band' }", "unknown-option", "product"),
        ("{ asOf: '2026-03-10', seller: 'mi-com' }", "unknown-option", "seller"),
        ("{ asOf: '2026-03-10', country: 'FR' }", "unknown-option", "country"),
        ("{ asOf: '2026-03-10', cause: 'fire' }", "unknown-option", "cause"),
        ("{ asOf: '2026-03-10', product: 'headphones', part: 'battery' }", "part-not-in-product", "part"),
    ] {
        let e = checker.check(&js(answers)).unwrap_err();
        assert_eq!(
            (get(&e, "code").as_string().unwrap(), get(&e, "field").as_string().unwrap()),
            (code.to_owned(), field.to_owned()),
            "{answers}"
        );
    }
    let vocabulary = checker.vocabulary().unwrap();
    let products: Array = get(&get(&get(&vocabulary, "questions"), "0"), "options").into();
    assert_eq!(text(&products), r#"["laptop","headphones","clearance-item"]"#);
}

#[wasm_bindgen_test]
fn an_invalid_policy_throws_every_problem() {
    let policy = JSON::parse(EXAMPLE).unwrap();
    Reflect::set(&policy, &"colour".into(), &"red".into()).unwrap();
    Reflect::set(&get(&policy, "return"), &"window".into(), &js("{ period: { days: 0 }, clause: 'returns.windw' }"))
        .unwrap();
    let expected = [
        "unknown-field /colour",
        "non-positive-period /return/window/period/days",
        "undefined-clause /return/window/clause",
    ];
    assert_eq!(problems(&policy), expected);
    let err = Checker::new(&policy).err().unwrap();
    assert!(err.is_instance_of::<js_sys::Error>());
    assert_eq!(get(&err, "code").as_string().as_deref(), Some("invalid-policy"));
    let list: Array = get(&err, "problems").into();
    assert_eq!(list.length(), 3);
    let message = get(&err, "message").as_string().unwrap();
    assert!(message.starts_with("invalid policy (3 problems): /colour: unknown field"), "{message}");
}

#[wasm_bindgen_test]
fn nothing_passed_as_a_policy_panics() {
    for (source, expected) in [
        ("undefined", "invalid-json "),
        ("() => 1", "invalid-json "),
        ("Symbol('p')", "invalid-json "),
        ("10n", "invalid-json "),
        ("(() => { const o = {}; o.self = o; return o; })()", "invalid-json "),
        ("({ get id() { throw new Error('no'); } })", "invalid-json "),
        ("null", "wrong-type "),
        ("'{}'", "wrong-type "),
        ("[]", "wrong-type "),
        ("new Proxy({}, { ownKeys() { throw 1; } })", "invalid-json "),
        ("JSON.parse('{\"id\": \"x\", \"parts\": ' + '['.repeat(500) + ']'.repeat(500) + '}')", "invalid-json "),
    ] {
        let found = problems(&js(source));
        assert_eq!(found.first().map(String::as_str), Some(expected), "{source}: {found:?}");
        assert!(Checker::new(&js(source)).is_err(), "{source}");
    }
    // The module still works.
    assert!(problems(&default_policy_js().unwrap()).is_empty());
}

#[wasm_bindgen_test]
fn what_json_cannot_hold_is_a_problem_at_its_place() {
    // JSON.parse makes 1e400 Infinity; once it was written back as null ("any country").
    let policy = js(&format!("(() => {{ const p = {EXAMPLE}; p.countries = JSON.parse('1e400'); return p; }})()"));
    assert_eq!(problems(&policy), ["invalid-value /countries"]);
    // A lone surrogate in the words, which Rust would read as U+FFFD.
    for half in ["\\uD800", "\\uDFFF", "x\\uD83D"] {
        let policy = js(&format!(
            "(() => {{ const p = {EXAMPLE}; p.words.en.options.product.laptop = '{half}'; return p; }})()"
        ));
        assert_eq!(problems(&policy), ["invalid-value /words/en/options/product/laptop"], "{half}");
        assert!(Checker::new(&policy).is_err());
    }
    // A whole pair and a real U+FFFD are text.
    let policy = js(&format!(
        "(() => {{ const p = {EXAMPLE}; p.words.en.options.product.laptop = 'Laptop \\uD83D\\uDCBB \\uFFFD'; return p; }})()"
    ));
    assert!(problems(&policy).is_empty());
    // A `#` would cut the page's mailto link.
    let policy =
        js(&format!("(() => {{ const p = {EXAMPLE}; p.contact.email = 'service#eu@ampere.example'; return p; }})()"));
    assert_eq!(problems(&policy), ["invalid-value /contact/email"]);
    // An undefined member is absent, as JSON.stringify has it: `countries` is optional.
    let policy = js(&format!("(() => {{ const p = {EXAMPLE}; p.countries = undefined; return p; }})()"));
    assert!(problems(&policy).is_empty());
}

#[wasm_bindgen_test]
fn the_checker_uses_the_object_it_was_given() {
    // One reading: what is validated is what decides, without a JSON text between.
    let policy = js(&format!("(() => {{ const p = {EXAMPLE}; p.return.window.period = {{ days: 3 }}; return p; }})()"));
    let checker = Checker::new(&policy).unwrap();
    let d = checker.check(&js("{ asOf: '2026-03-10', product: 'laptop', seller: 'ampere-online', country: 'AT', receivedDate: '2026-03-02' }")).unwrap();
    assert_eq!(text(&get(&get(&d, "return"), "deadline")), "\"2026-03-05\"");
}

/// A policy with English words only is valid: `validatePolicy` lists no
/// problem, a `Checker` is built, and `policyWarnings` lists each other
/// language of the page in the same shape as problems.
#[wasm_bindgen_test]
fn a_policy_in_english_only_is_valid_with_warnings() {
    let policy = JSON::parse(EXAMPLE).unwrap();
    let words = get(&policy, "words");
    for lang in ["es", "de"] {
        Reflect::delete_property(&words.clone().into(), &JsValue::from_str(lang)).unwrap();
    }
    assert_eq!(problems(&policy), Vec::<String>::new());
    assert!(Checker::new(&policy).is_ok());
    let warnings: Array = policy_warnings(&policy).unwrap().into();
    let found: Vec<String> = warnings
        .iter()
        .map(|p| format!("{} {}", get(&p, "code").as_string().unwrap(), get(&p, "path").as_string().unwrap()))
        .collect();
    assert_eq!(found, ["es", "de", "fr", "it"].map(|l| format!("missing-language /words/{l}")));
    assert!(get(&warnings.get(0), "message").as_string().unwrap().contains("English"));
    // Without English words the policy is invalid, and a warning is not a problem.
    Reflect::delete_property(&words.into(), &JsValue::from_str("en")).unwrap();
    assert_eq!(problems(&policy), ["missing-language /words/en"]);
    let none: Array = policy_warnings(&js("undefined")).unwrap().into();
    assert_eq!(none.length(), 0);
}
