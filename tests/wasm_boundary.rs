//! The wasm boundary, proved from the JavaScript side: what `check` returns is
//! plain JSON-shaped data, every malformed input gives a stable error code and
//! field (SPEC.md "Errors", docs/codes.md), and no input, however hostile,
//! panics the module or leaves it unusable.
//!
//! Run by `make test` twice, in Node and in headless Chromium
//! (scripts/test-wasm.sh); no `wasm_bindgen_test_configure!`, so the same
//! tests run in both.
#![cfg(target_arch = "wasm32")]

use eligibility_checker::{default_policy, law, vocabulary::vocabulary, wasm};
use js_sys::{Array, Function, Object, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::{console_log, wasm_bindgen_test};

mod json_answers;

/// Every error code `check` may throw (SPEC.md "Errors").
const ERROR_CODES: [&str; 12] = [
    "invalid-answers",
    "missing-as-of",
    "unknown-key",
    "wrong-type",
    "invalid-date",
    "date-out-of-range",
    "unknown-option",
    "part-not-in-product",
    "date-after-as-of",
    "order-after-receipt",
    "before-receipt",
    "unreadable-answer",
];

/// The answer keys, in asking order (docs/codes.md).
const KEYS: [&str; 17] = [
    "asOf",
    "product",
    "seller",
    "country",
    "boughtOnline",
    "receivedDate",
    "orderDate",
    "rmaIssuedOn",
    "physicallyDamaged",
    "allAccessories",
    "opened",
    "returnReason",
    "part",
    "replacementReceivedDate",
    "cause",
    "commercialUse",
    "originalPurchaser",
];

/// Every question answered: a Mi Band bought on www.mi.com in the US,
/// received on 1 March 2026, checked on 10 March. Return window: 30 days from
/// receipt (`return.window`); warranty: 12 months for the sensor (`periods`).
const FULL: &str = "{ asOf: '2026-03-10', product: 'mi-band', seller: 'mi-com', country: 'US',
    receivedDate: '2026-03-01', physicallyDamaged: false, allAccessories: true,
    returnReason: 'defect', part: 'main', replacementReceivedDate: null,
    cause: 'defect', commercialUse: false, originalPurchaser: true }";

/// Inputs that must throw, with the code and the field (`None`: `null`).
const ERROR_CASES: &[(&str, &str, Option<&str>)] = &[
    // The whole value is not an answers object.
    ("null", "invalid-answers", None),
    ("undefined", "invalid-answers", None),
    ("42", "invalid-answers", None),
    ("'asOf'", "invalid-answers", None),
    ("true", "invalid-answers", None),
    ("[]", "invalid-answers", None),
    ("[{ asOf: '2026-03-10' }]", "invalid-answers", None),
    ("Symbol('answers')", "invalid-answers", None),
    ("10n", "invalid-answers", None),
    // asOf is the one required answer; `undefined` means not answered.
    ("{}", "missing-as-of", Some("asOf")),
    ("{ asOf: undefined, product: 'mi-band' }", "missing-as-of", Some("asOf")),
    ("{ asOf: null }", "wrong-type", Some("asOf")),
    // Unknown keys, including ones that look like JavaScript internals.
    ("{ asOf: '2026-03-10', colour: 'red' }", "unknown-key", Some("colour")),
    ("{ asOf: '2026-03-10', asof: '2026-03-10' }", "unknown-key", Some("asof")),
    ("{ asOf: '2026-03-10', '': 1 }", "unknown-key", Some("")),
    ("{ asOf: '2026-03-10', constructor: 1 }", "unknown-key", Some("constructor")),
    (r#"JSON.parse('{"asOf":"2026-03-10","__proto__":1}')"#, "unknown-key", Some("__proto__")),
    // Wrong types.
    ("{ asOf: '2026-03-10', product: null }", "wrong-type", Some("product")),
    ("{ asOf: '2026-03-10', product: 1 }", "wrong-type", Some("product")),
    ("{ asOf: '2026-03-10', product: ['mi-band'] }", "wrong-type", Some("product")),
    ("{ asOf: '2026-03-10', product: new String('mi-band') }", "wrong-type", Some("product")),
    ("{ asOf: '2026-03-10', product: Symbol('mi-band') }", "wrong-type", Some("product")),
    ("{ asOf: Symbol('2026-03-10') }", "wrong-type", Some("asOf")),
    ("{ asOf: 20260310 }", "wrong-type", Some("asOf")),
    ("{ asOf: new Date(2026, 2, 10) }", "wrong-type", Some("asOf")),
    ("{ asOf: '2026-03-10', physicallyDamaged: 'false' }", "wrong-type", Some("physicallyDamaged")),
    ("{ asOf: '2026-03-10', physicallyDamaged: 0 }", "wrong-type", Some("physicallyDamaged")),
    ("{ asOf: '2026-03-10', commercialUse: null }", "wrong-type", Some("commercialUse")),
    ("{ asOf: '2026-03-10', receivedDate: null }", "wrong-type", Some("receivedDate")),
    ("{ asOf: '2026-03-10', rmaIssuedOn: false }", "wrong-type", Some("rmaIssuedOn")),
    // Unknown options: options are exact, case included.
    ("{ asOf: '2026-03-10', product: 'mi-phone' }", "unknown-option", Some("product")),
    ("{ asOf: '2026-03-10', product: 'MI-BAND' }", "unknown-option", Some("product")),
    ("{ asOf: '2026-03-10', country: 'us' }", "unknown-option", Some("country")),
    ("{ asOf: '2026-03-10', country: 'XX' }", "unknown-option", Some("country")),
    ("{ asOf: '2026-03-10', cause: 'bad-luck' }", "unknown-option", Some("cause")),
    // Impossible or malformed dates.
    ("{ asOf: '2026-02-30' }", "invalid-date", Some("asOf")),
    ("{ asOf: '2026-02-29' }", "invalid-date", Some("asOf")),
    ("{ asOf: '2026-13-01' }", "invalid-date", Some("asOf")),
    ("{ asOf: '2026-00-10' }", "invalid-date", Some("asOf")),
    ("{ asOf: '2026-3-10' }", "invalid-date", Some("asOf")),
    ("{ asOf: '2026-03-10T00:00:00Z' }", "invalid-date", Some("asOf")),
    ("{ asOf: '' }", "invalid-date", Some("asOf")),
    ("{ asOf: '2026-03-10', receivedDate: '2026-02-30' }", "invalid-date", Some("receivedDate")),
    // Possible dates outside the years 1900 to 2999.
    ("{ asOf: '0000-01-01' }", "date-out-of-range", Some("asOf")),
    ("{ asOf: '9999-01-01' }", "date-out-of-range", Some("asOf")),
    ("{ asOf: '1899-12-31' }", "date-out-of-range", Some("asOf")),
    ("{ asOf: '3000-01-01' }", "date-out-of-range", Some("asOf")),
    ("{ asOf: '2026-03-10', receivedDate: '0000-01-01' }", "date-out-of-range", Some("receivedDate")),
    // Checks between answers.
    ("{ asOf: '2026-03-10', receivedDate: '2026-03-11' }", "date-after-as-of", Some("receivedDate")),
    ("{ asOf: '2026-03-10', rmaIssuedOn: '2026-03-11' }", "date-after-as-of", Some("rmaIssuedOn")),
    (
        "{ asOf: '2026-02-01', receivedDate: '2026-01-05', orderDate: '2026-01-06' }",
        "order-after-receipt",
        Some("orderDate"),
    ),
    ("{ asOf: '2026-03-10', receivedDate: '2026-03-05', rmaIssuedOn: '2026-03-04' }", "before-receipt", Some("rmaIssuedOn")),
    ("{ asOf: '2026-03-10', product: 'mi-power-bank', part: 'wristband' }", "part-not-in-product", Some("part")),
    ("{ asOf: '2026-03-10', product: 'mi-band', part: 'adapter' }", "part-not-in-product", Some("part")),
    ("{ asOf: '2026-03-10', product: 'mi-band', part: 'ear-cushions' }", "part-not-in-product", Some("part")),
    // Reading a value threw.
    (
        "Object.defineProperty({ asOf: '2026-03-10' }, 'product', { enumerable: true, get() { throw new Error('boom'); } })",
        "unreadable-answer",
        Some("product"),
    ),
    (
        "Object.defineProperty({}, 'asOf', { enumerable: true, get() { throw undefined; } })",
        "unreadable-answer",
        Some("asOf"),
    ),
    (
        "new Proxy({ asOf: '2026-03-10', seller: 'mi-com' }, { get(t, k) { if (k === 'seller') throw Symbol('no'); return Reflect.get(t, k); } })",
        "unreadable-answer",
        Some("seller"),
    ),
    ("new Proxy({ asOf: '2026-03-10' }, { ownKeys() { throw new Error('no keys'); } })", "unreadable-answer", None),
    // Precedence: unknown keys first, wherever they stand...
    ("{ asOf: '2026-03-10', product: 5, zebra: 1 }", "unknown-key", Some("zebra")),
    ("{ product: 5, zebra: 1 }", "unknown-key", Some("zebra")),
    // ...then the answers in asking order, not in the object's order...
    ("{ asOf: '2026-03-10', cause: 'bad-luck', product: 5 }", "wrong-type", Some("product")),
    ("{ product: 5 }", "missing-as-of", Some("asOf")),
    ("{ receivedDate: '2026-02-30', asOf: '2026-13-01' }", "invalid-date", Some("asOf")),
    // ...then the checks between answers.
    ("{ asOf: '2026-03-10', receivedDate: '2026-03-11', cause: 'bad-luck' }", "unknown-option", Some("cause")),
    (
        "{ asOf: '2026-03-10', product: 'mi-band', part: 'adapter', physicallyDamaged: 'no' }",
        "wrong-type",
        Some("physicallyDamaged"),
    ),
];

/// `check` as JavaScript calls it: one value in, a decision out or a throw.
fn check(answers: JsValue) -> Result<JsValue, JsValue> {
    wasm::check(&answers)
}

/// Evaluates a JavaScript expression: the inputs Rust cannot write directly.
fn js(expr: &str) -> JsValue {
    Function::new_no_args(&format!("return ({expr});"))
        .call0(&JsValue::NULL)
        .unwrap_or_else(|err| panic!("test input `{expr}` threw: {err:?}"))
}

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn get_str(value: &JsValue, key: &str) -> Option<String> {
    get(value, key).as_string()
}

/// The JSON text of `value`, or its debug form where JSON has none.
fn json(value: &JsValue) -> String {
    JSON::stringify(value).ok().and_then(|text| text.as_string()).unwrap_or_else(|| format!("{value:?}"))
}

/// A short printable form of any value, for failure messages.
fn show(value: &JsValue) -> String {
    clip(json(value))
}

fn clip(text: String) -> String {
    match text.char_indices().nth(300) {
        Some((cut, _)) => format!("{}...", &text[..cut]),
        None => text,
    }
}

/// Asserts that `value` is JSON-shaped: plain objects (prototype
/// `Object.prototype`), arrays, strings, finite numbers, booleans and `null`;
/// never `undefined`, a `Map` or a class instance.
fn assert_plain(value: &JsValue, path: &str) {
    if value.is_null() || value.is_string() || value.as_bool().is_some() {
        return;
    }
    if let Some(n) = value.as_f64() {
        assert!(n.is_finite(), "{path} is the number {n}");
        return;
    }
    assert!(!value.is_undefined(), "{path} is undefined; a missing value must be null");
    assert!(value.is_object(), "{path} is not JSON data: {}", show(value));
    if Array::is_array(value) {
        for (i, item) in Array::from(value).iter().enumerate() {
            assert_plain(&item, &format!("{path}[{i}]"));
        }
        return;
    }
    let object_prototype = Object::get_prototype_of(&Object::new());
    assert!(
        Object::is(&Object::get_prototype_of(value), &object_prototype),
        "{path} is not a plain object: {}",
        show(value)
    );
    for entry in Object::entries(value.unchecked_ref()).iter() {
        let entry = Array::from(&entry);
        let key = entry.get(0).as_string().unwrap_or_default();
        assert_plain(&entry.get(1), &format!("{path}.{key}"));
    }
}

/// Asserts the shape of a decision (SPEC.md "Decision").
fn assert_decision(decision: &JsValue, label: &str) {
    assert_plain(decision, label);
    for name in ["return", "warranty"] {
        let assessment = get(decision, name);
        let outcome = get_str(&assessment, "outcome").unwrap_or_default();
        assert!(
            ["eligible", "not-eligible", "undetermined"].contains(&outcome.as_str()),
            "{label}: {name}.outcome is {}",
            show(&get(&assessment, "outcome"))
        );
        assert!(Reflect::has(&assessment, &"deadline".into()).unwrap_or(false), "{label}: {name} has no deadline key");
        let deadline = get(&assessment, "deadline");
        assert!(
            deadline.is_null() || is_date(&deadline.as_string().unwrap_or_default()),
            "{label}: {name}.deadline is {}",
            show(&deadline)
        );
        for list in ["reasons", "conditions"] {
            for item in array(&get(&assessment, list), &format!("{label}: {name}.{list}")) {
                assert_cites(&item, false, &format!("{label}: {name}.{list}"));
            }
        }
    }
    // The law's rights and the notices cite provisions of law (the answer
    // screen labels their texts so); the policy's outcomes, above, its clauses.
    for right in array(&get(decision, "statutory"), &format!("{label}: statutory")) {
        for list in ["reasons", "conditions"] {
            for item in array(&get(&right, list), &format!("{label}: statutory {list}")) {
                assert_cites(&item, true, &format!("{label}: statutory {list}"));
            }
        }
    }
    for notice in array(&get(decision, "notices"), &format!("{label}: notices")) {
        assert_cites(&notice, true, &format!("{label}: notices"));
    }
    for question in array(&get(decision, "questions"), &format!("{label}: questions")) {
        let id = get_str(&question, "id").unwrap_or_default();
        assert!(KEYS[1..].contains(&id.as_str()), "{label}: question {}", show(&question));
        let kind = get_str(&question, "kind").unwrap_or_default();
        assert!(
            ["choice", "date", "yes-no", "date-or-none"].contains(&kind.as_str()),
            "{label}: question {}",
            show(&question)
        );
        let options = get(&question, "options");
        assert!(options.is_null() || Array::is_array(&options), "{label}: question {}", show(&question));
    }
    for step in array(&get(decision, "nextSteps"), &format!("{label}: nextSteps")) {
        assert_cites_clause(&step, &format!("{label}: nextSteps"));
    }
}

fn array(value: &JsValue, what: &str) -> Vec<JsValue> {
    assert!(Array::is_array(value), "{what} is not an array: {}", show(value));
    Array::from(value).iter().collect()
}

fn assert_cites_clause(item: &JsValue, what: &str) {
    let code = get_str(item, "code").unwrap_or_default();
    let clause = get_str(item, "clause").unwrap_or_default();
    assert!(is_kebab(&code), "{what}: bad code in {}", show(item));
    assert!(!clause.is_empty(), "{what}: no clause in {}", show(item));
}

/// That `item` has a code and cites a provision of law when `of_law`, a
/// clause of the policy otherwise.
fn assert_cites(item: &JsValue, of_law: bool, what: &str) {
    assert_cites_clause(item, what);
    let clause = get_str(item, "clause").unwrap_or_default();
    assert_eq!(law::citation(&clause).is_some(), of_law, "{what}: {} cites {clause}", show(item));
}

fn is_kebab(code: &str) -> bool {
    !code.is_empty() && code.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn is_date(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

/// Asserts that `error` is what `check` must throw: an `Error` with a known
/// `code`, a `field` that is a string or `null`, and a message.
fn assert_error_shape(error: &JsValue, label: &str) {
    assert!(error.is_instance_of::<js_sys::Error>(), "{label}: threw a non-Error {}", show(error));
    let code = get_str(error, "code").unwrap_or_default();
    assert!(ERROR_CODES.contains(&code.as_str()), "{label}: unknown error code {}", show(&get(error, "code")));
    let field = get(error, "field");
    assert!(field.is_null() || field.is_string(), "{label}: field is {}", show(&field));
    let message = get_str(error, "message").unwrap_or_default();
    assert!(!message.is_empty(), "{label}: the error has no message");
}

fn expect_error(answers: JsValue, code: &str, field: Option<&str>, label: &str) -> JsValue {
    let error = match check(answers) {
        Ok(decision) => panic!("{label}: expected {code}, got the decision {}", show(&decision)),
        Err(error) => error,
    };
    assert_error_shape(&error, label);
    assert_eq!(get_str(&error, "code").as_deref(), Some(code), "{label}: code");
    assert_eq!(get_str(&error, "field").as_deref(), field, "{label}: field");
    error
}

fn expect_decision(answers: JsValue, label: &str) -> JsValue {
    match check(answers) {
        Ok(decision) => {
            assert_decision(&decision, label);
            decision
        }
        Err(error) => panic!(
            "{label}: threw {} {}: {}",
            show(&get(&error, "code")),
            show(&get(&error, "field")),
            show(&get(&error, "message"))
        ),
    }
}

#[wasm_bindgen_test]
fn full_answers_give_a_final_decision() {
    let decision = expect_decision(js(FULL), "full answers");
    let ret = get(&decision, "return");
    let warranty = get(&decision, "warranty");
    assert_eq!(get_str(&ret, "outcome").as_deref(), Some("eligible"));
    // return.window: 30 days counted from the day after receipt.
    assert_eq!(get_str(&ret, "deadline").as_deref(), Some("2026-03-31"));
    assert_eq!(get_str(&warranty, "outcome").as_deref(), Some("eligible"));
    // periods: 12 months for the sensor, from the date of receipt.
    assert_eq!(get_str(&warranty, "deadline").as_deref(), Some("2027-03-01"));
    assert_eq!(Array::from(&get(&decision, "questions")).length(), 0, "questions: {}", show(&decision));
    let window_open = array(&get(&ret, "reasons"), "return.reasons")
        .into_iter()
        .find(|r| get_str(r, "code").as_deref() == Some("return-window-open"))
        .unwrap_or_else(|| panic!("no return-window-open reason: {}", show(&ret)));
    assert_eq!(get_str(&window_open, "clause").as_deref(), Some("return.window"));
    assert_eq!(get_str(&window_open, "date").as_deref(), Some("2026-03-31"));
    let steps = array(&get(&decision, "nextSteps"), "nextSteps");
    assert!(
        steps.iter().any(|s| get_str(s, "code").as_deref() == Some("request-rma")),
        "no request-rma step: {}",
        show(&decision)
    );
}

#[wasm_bindgen_test]
fn unknown_deadlines_are_null_and_product_is_asked_first() {
    for (expr, label) in [
        ("{ asOf: '2026-03-10' }", "asOf only"),
        ("{ asOf: '2026-03-10', product: undefined }", "product undefined"),
        ("Object.assign(Object.create(null), { asOf: '2026-03-10' })", "null prototype"),
    ] {
        let decision = expect_decision(js(expr), label);
        for name in ["return", "warranty"] {
            let assessment = get(&decision, name);
            assert!(get(&assessment, "deadline").is_null(), "{label}: {name}.deadline");
            assert_eq!(get_str(&assessment, "outcome").as_deref(), Some("undetermined"), "{label}: {name}");
        }
        let first = get(&Array::from(&get(&decision, "questions")), "0");
        assert_eq!(get_str(&first, "id").as_deref(), Some("product"), "{label}: {}", show(&first));
        assert_eq!(get_str(&first, "kind").as_deref(), Some("choice"), "{label}");
        let options: Vec<String> =
            array(&get(&first, "options"), "product options").iter().filter_map(JsValue::as_string).collect();
        assert_eq!(options, ["mi-band", "mi-power-bank", "mi-headphones"], "{label}");
    }
}

#[wasm_bindgen_test]
fn years_1900_and_2999_are_in_range() {
    expect_decision(js("{ asOf: '1900-01-01' }"), "1900-01-01");
    expect_decision(js("{ asOf: '2999-12-31' }"), "2999-12-31");
    expect_decision(js("{ asOf: '2028-02-29' }"), "leap day");
    expect_decision(js("{ asOf: '2026-03-10', rmaIssuedOn: null }"), "rmaIssuedOn null");
}

#[wasm_bindgen_test]
fn each_malformed_input_throws_its_code_and_field() {
    for (expr, code, field) in ERROR_CASES {
        expect_error(js(expr), code, *field, expr);
    }
}

/// The default policy's vocabulary as the page ships it (the page's module
/// has no `vocabulary()`; `tests/vocabulary_js.rs` keeps the file in step).
const VOCABULARY: &str = include_str!("../www/vocabulary.js");

#[wasm_bindgen_test]
fn every_error_code_is_in_the_vocabulary() {
    let errors = &VOCABULARY[VOCABULARY.find("export const errors").unwrap()..];
    let errors = &errors[..errors.find(';').unwrap()];
    for code in ERROR_CODES {
        assert!(errors.contains(&format!("\"{code}\"")), "www/vocabulary.js lacks the error code {code}");
    }
}

#[wasm_bindgen_test]
fn a_revoked_proxy_is_an_error_for_the_whole_value() {
    let revoked =
        js("(() => { const r = Proxy.revocable({ asOf: '2026-03-10' }, {}); r.revoke(); return r.proxy; })()");
    let error = check(revoked).expect_err("a revoked proxy gave a decision");
    assert_error_shape(&error, "revoked proxy");
    let code = get_str(&error, "code").unwrap_or_default();
    assert!(["unreadable-answer", "invalid-answers"].contains(&code.as_str()), "revoked proxy: {code}");
    assert!(get(&error, "field").is_null(), "revoked proxy: field {}", show(&get(&error, "field")));
}

#[wasm_bindgen_test]
fn symbol_keys_are_ignored_or_rejected_as_unknown() {
    let with_symbol = js("{ asOf: '2026-03-10', [Symbol('asOf')]: 'x' }");
    match check(with_symbol) {
        // Like JSON.stringify and Object.keys: a symbol is not an answer key.
        Ok(decision) => {
            let plain = expect_decision(js("{ asOf: '2026-03-10' }"), "plain");
            assert_eq!(json(&decision), json(&plain));
        }
        Err(error) => {
            assert_error_shape(&error, "symbol key");
            assert_eq!(get_str(&error, "code").as_deref(), Some("unknown-key"));
        }
    }
}

#[wasm_bindgen_test]
fn huge_strings_are_rejected_whole() {
    const TEN_MB: &str = "10_000_000";
    let label = "10 MB product";
    expect_error(
        js(&format!("{{ asOf: '2026-03-10', product: 'x'.repeat({TEN_MB}) }}")),
        "unknown-option",
        Some("product"),
        label,
    );
    let label = "10 MB date";
    expect_error(js(&format!("{{ asOf: '2'.repeat({TEN_MB}) }}")), "invalid-date", Some("asOf"), label);
    let label = "10 MB date-like";
    expect_error(js(&format!("{{ asOf: '2026-03-10' + '0'.repeat({TEN_MB}) }}")), "invalid-date", Some("asOf"), label);
    let error = check(js(&format!("{{ asOf: '2026-03-10', ['k'.repeat({TEN_MB})]: 1 }}"))).expect_err("10 MB key");
    assert_error_shape(&error, "10 MB key");
    assert_eq!(get_str(&error, "code").as_deref(), Some("unknown-key"));
    assert!(get_str(&error, "field").is_some_and(|f| f.starts_with("kkkk")), "10 MB key: field");
    expect_decision(js(FULL), "after huge strings");
}

#[wasm_bindgen_test]
fn thousands_of_throwing_getters_leave_the_module_working() {
    let before = json(&expect_decision(js(FULL), "before"));
    let throwing = js("Object.defineProperty({ asOf: '2026-03-10' }, 'cause', \
                       { enumerable: true, get() { throw new Error('boom'); } })");
    for i in 0..5_000 {
        expect_error(throwing.clone(), "unreadable-answer", Some("cause"), &format!("call {i}"));
    }
    assert_eq!(json(&expect_decision(js(FULL), "after")), before);
}

/// xorshift64: small, seeded, and the same sequence on every run.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn percent(&mut self, p: u64) -> bool {
        self.next() % 100 < p
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

/// Hostile values, made once: wrong types, near-miss strings, exotic objects.
const HOSTILE: &str = "[undefined, null, true, false, 0, -0, 1, -1, NaN, Infinity, -Infinity,
    1e308, 2 ** 53 + 1, 0.5, 10n, '', ' ', 'mi-band', 'MI-BAND', 'mi-band ', 'US', 'us', 'ZZ',
    'main', 'wristband', 'adapter', 'defect', 'not-sure', 'other', '2026-03-10', '2026-02-29',
    '2028-02-29', '2026-02-30', '1900-01-01', '1899-12-31', '2999-12-31', '3000-01-01',
    '0000-01-01', '9999-12-31', '+02026-03-10', '2026-3-1', '2026-03-10T00:00:00Z',
    '\\uD800', '2026-03-1\\u0000', '\\u0000', 'é', '😀'.repeat(1000), 'x'.repeat(100000),
    Symbol('s'), Symbol.iterator, [], [1, 2], ['2026-03-10'], {}, { asOf: '2026-03-10' },
    new Date(0), new Map([['asOf', '2026-03-10']]), new Set(), /re/, () => 1, Object.create(null),
    new Proxy({}, {}), new String('mi-band'), new Number(1), new Boolean(true), Object(Symbol()),
    new Uint8Array(4), Promise.resolve(1), new Error('e'), { toString() { throw 1; } },
    { valueOf() { throw 1; }, [Symbol.toPrimitive]() { throw 2; } }]";

/// Ways to put a value on an object, or to wrap the object, that a reader of
/// the answers must survive.
const HELPERS: &str = "({
  put(o, k, v) { Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true }); },
  assign(o, k, v) { try { o[k] = v; } catch {} },
  throwing(o, k, n) {
    const thrown = [new Error('boom'), 'a string', undefined, null, 42, Symbol('thrown'), new Proxy({}, {})];
    Object.defineProperty(o, k, { enumerable: true, configurable: true, get() { throw thrown[n % thrown.length]; } });
  },
  getter(o, k, v) { Object.defineProperty(o, k, { enumerable: true, configurable: true, get: () => v }); },
  mutating(o, k, v) {
    Object.defineProperty(o, k, { enumerable: true, configurable: true,
      get() { for (const key of Object.keys(o)) if (key !== k) delete o[key]; o.intruder = 1; return v; } });
  },
  hidden(o, k, v) { Object.defineProperty(o, k, { value: v, enumerable: false, configurable: true }); },
  symbolKey(o, v) { o[Symbol('key')] = v; },
  inherit(o, k, v) { const proto = {}; proto[k] = v; Object.setPrototypeOf(o, proto); },
  wrap(t, mode) {
    const boom = () => { throw new Error('trap'); };
    switch (mode) {
      case 0: return new Proxy(t, {});
      case 1: return new Proxy(t, { get: boom });
      case 2: return new Proxy(t, { ownKeys: boom });
      case 3: return new Proxy(t, { getOwnPropertyDescriptor: boom });
      case 4: { const r = Proxy.revocable(t, {}); r.revoke(); return r.proxy; }
      case 5: return new Proxy(t, { ownKeys: () => [...Reflect.ownKeys(t), 'product', 'ghost'] });
      case 6: return new Proxy(t, { getPrototypeOf: boom, has: boom });
      case 7: return Object.freeze(t);
      default: return new Proxy(t, { get: (o, k, r) => (typeof k === 'string' && k.length % 2 ? Symbol(k) : Reflect.get(o, k, r)) });
    }
  },
})";

/// Answers that are right more often than not, so the engine gets past the
/// first check as well as failing it. A choice question's options are the
/// default policy's, as its vocabulary lists them (`choices`).
fn likely_value(key: &str, choices: &[(&str, Vec<&'static str>)], rng: &mut XorShift) -> JsValue {
    match key {
        "asOf" | "receivedDate" | "orderDate" | "rmaIssuedOn" | "replacementReceivedDate" => {
            if key != "asOf" && key != "receivedDate" && key != "orderDate" && rng.percent(20) {
                return JsValue::NULL;
            }
            let year = 2023 + rng.below(5);
            let (month, day) = (1 + rng.below(12), 1 + rng.below(31));
            JsValue::from_str(&format!("{year:04}-{month:02}-{day:02}"))
        }
        // A few states rather than all 249, EU members as often as not: both sides of the law layer.
        "country" => rng.pick(&["US", "DE", "FR", "ES", "GB", "CN", "JP"]).into(),
        _ => match choices.iter().find(|(id, _)| *id == key) {
            Some((_, options)) => rng.pick(options).into(),
            None => JsValue::from_bool(rng.percent(50)),
        },
    }
}

/// Each choice question of the default policy with its options, in the vocabulary's order.
fn choices() -> Vec<(&'static str, Vec<&'static str>)> {
    vocabulary(default_policy()).questions.into_iter().filter_map(|q| Some((q.id, q.options?))).collect()
}

struct Fuzzer {
    rng: XorShift,
    hostile: Array,
    helpers: JsValue,
    choices: Vec<(&'static str, Vec<&'static str>)>,
}

impl Fuzzer {
    fn helper(&self, name: &str) -> Function {
        get(&self.helpers, name).unchecked_into()
    }

    fn hostile(&mut self) -> JsValue {
        self.hostile.get(self.rng.below(self.hostile.length() as usize) as u32)
    }

    /// One input for `check`, and a recipe to name it in a failure.
    fn answers(&mut self) -> (JsValue, String) {
        if self.rng.percent(8) {
            let value = self.hostile();
            let recipe = format!("whole value {}", show(&value));
            return (value, recipe);
        }
        let object: JsValue = if self.rng.percent(10) {
            Object::create(JsValue::NULL.unchecked_ref::<Object>()).into()
        } else {
            Object::new().into()
        };
        let mut recipe = String::from("{");
        let mut keys: Vec<&str> = Vec::new();
        if self.rng.percent(90) {
            keys.push("asOf");
        }
        for _ in 0..self.rng.below(9) {
            keys.push(if self.rng.percent(90) {
                self.rng.pick(&KEYS)
            } else {
                self.rng.pick(&["asof", "AsOf", "", "__proto__", "constructor", "toString", "product ", "0", "length"])
            });
        }
        for key in keys {
            let value =
                if self.rng.percent(65) { likely_value(key, &self.choices, &mut self.rng) } else { self.hostile() };
            let (how, n) = (self.rng.below(100), self.rng.next() as u32);
            let (k, v) = (JsValue::from_str(key), value.clone());
            let named = match how {
                0..=79 => "put",
                80..=84 => "assign",
                85..=88 => "throwing",
                89..=91 => "getter",
                92..=93 => "mutating",
                94..=95 => "hidden",
                96..=97 => "inherit",
                _ => "symbolKey",
            };
            let f = self.helper(named);
            let _ = match named {
                "throwing" => f.call3(&JsValue::NULL, &object, &k, &JsValue::from(n)),
                "symbolKey" => f.call2(&JsValue::NULL, &object, &v),
                _ => f.call3(&JsValue::NULL, &object, &k, &v),
            };
            recipe.push_str(&format!(" {named} {key:?}: {};", show(&value)));
        }
        recipe.push_str(" }");
        if self.rng.percent(10) {
            let mode = self.rng.below(9) as u32;
            recipe.push_str(&format!(" wrapped {mode}"));
            let wrapped = self.helper("wrap").call2(&JsValue::NULL, &object, &JsValue::from(mode));
            return (wrapped.unwrap_or(object), recipe);
        }
        (object, recipe)
    }
}

#[wasm_bindgen_test]
fn thousands_of_hostile_inputs_give_a_decision_or_a_coded_error() {
    let before = json(&expect_decision(js(FULL), "before"));
    let mut fuzzer = Fuzzer {
        rng: XorShift(0x9E37_79B9_7F4A_7C15),
        hostile: js(HOSTILE).into(),
        helpers: js(HELPERS),
        choices: choices(),
    };
    let (mut decisions, mut errors) = (0, 0);
    for i in 0..4_000 {
        let (answers, recipe) = fuzzer.answers();
        let label = format!("input {i} ({recipe})");
        // Shown only when the test fails: if `check` traps, the last line
        // names the input that killed it.
        console_log!("{}", clip(label.clone()));
        match check(answers) {
            Ok(decision) => {
                assert_decision(&decision, &label);
                decisions += 1;
            }
            Err(error) => {
                assert_error_shape(&error, &label);
                errors += 1;
            }
        }
    }
    // Both paths must have been exercised, or the loop proves little.
    assert!(decisions > 200 && errors > 200, "{decisions} decisions, {errors} errors");
    assert_eq!(json(&expect_decision(js(FULL), "after")), before);
}

/// The scenario tables' answers under the default policy, through the
/// boundary and natively: the same decision, text for text. Twice over, so
/// the second pass goes out through the texts the first remembered
/// (src/texts.rs), the dates written by hand and the ISO codes as the list's
/// own.
#[wasm_bindgen_test]
fn the_boundary_sends_what_the_engine_decides() {
    use eligibility_checker::{check as decide_natively, default_policy};
    use serde_json::Value;
    let mut compared = 0;
    for pass in 0..2 {
        for file in [include_str!("scenarios/default.json"), include_str!("scenarios/statutory.json")] {
            let cases: Vec<Value> = serde_json::from_str(file).unwrap();
            for case in &cases {
                let entries = json_answers::entries(&case["answers"]);
                let Ok(native) = decide_natively(default_policy(), &entries) else { continue };
                let text = serde_json::to_string(&case["answers"]).unwrap();
                let through = check(JSON::parse(&text).unwrap())
                    .unwrap_or_else(|e| panic!("{}: check() threw {}", case["name"], show(&e)));
                let through: Value = serde_json::from_str(&json(&through)).unwrap();
                assert_eq!(through, serde_json::to_value(&native).unwrap(), "pass {pass}: {}", case["name"]);
                compared += 1;
            }
        }
    }
    assert!(compared > 300, "only {compared} decisions compared");
}
