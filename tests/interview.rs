//! The interview asks exactly what matters: checked by brute force over
//! seeded random partial answers.
//!
//! For each answer set: an outcome is undetermined only while a question is
//! left; every unanswered question the engine does not ask leaves every
//! outcome, the deadline of every outcome that may still be eligible, and
//! every condition unchanged, whatever it is answered; and every question it
//! asks (but `product`, always asked first) has two answers that differ in
//! one of those. Answer sets are drawn as the page builds them: a follow-up
//! question is answered only after what it follows.

use chrono::{Datelike, Days, NaiveDate};
use eligibility_checker::{check, default_policy, law, Key, RawValue};
use serde_json::{json, Value};

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn date(d: NaiveDate) -> RawValue {
    RawValue::Str(d.format("%Y-%m-%d").to_string())
}

/// The answers worth trying for `key`, given the date of the check.
fn candidates(key: Key, as_of: NaiveDate, product: Option<&str>) -> Vec<RawValue> {
    let policy = default_policy();
    let s = |v: &str| RawValue::Str(v.to_owned());
    let dates = || {
        let mut out: Vec<RawValue> = [
            0u64, 1, 5, 13, 14, 15, 16, 20, 29, 30, 31, 32, 45, 59, 60, 61, 100, 200, 330, 364, 365, 366, 400, 700,
            730, 731, 800, 1100,
        ]
        .iter()
        .filter_map(|&n| as_of.checked_sub_days(Days::new(n)))
        .map(date)
        .collect();
        for year in [as_of.year() - 2, as_of.year() - 1, as_of.year()] {
            for (m, d) in [(10, 31), (11, 1), (12, 15), (12, 31), (1, 1)] {
                if let Some(day) = NaiveDate::from_ymd_opt(year, m, d).filter(|&day| day <= as_of) {
                    out.push(date(day));
                }
            }
        }
        out
    };
    match key {
        Key::AsOf => Vec::new(),
        Key::Product => policy.products.iter().map(|p| s(&p.id)).collect(),
        Key::Seller => vec![s("mi-com"), s("other")],
        // Every state the law knows (its holidays move the withdrawal's last
        // day: All Souls' Day in Lithuania alone), a region under a state's
        // law, and countries with no statutory rights or only notices.
        Key::Country => law::MEMBER_STATES
            .iter()
            .chain(&law::EEA_STATES)
            .map(|state| s(state.code))
            .chain(["RE", "US", "JP"].map(s))
            .collect(),
        Key::ReturnReason => vec![s("defect"), s("changed-mind")],
        Key::Part => match product.and_then(|id| policy.product(id)) {
            Some(p) => p.parts.iter().map(|p| s(&p.id)).collect(),
            None => vec![s("main"), s("cable")],
        },
        Key::Cause => policy.causes.iter().map(|c| s(&c.id)).collect(),
        Key::BoughtOnline
        | Key::PhysicallyDamaged
        | Key::AllAccessories
        | Key::Opened
        | Key::CommercialUse
        | Key::OriginalPurchaser => {
            vec![RawValue::Bool(true), RawValue::Bool(false)]
        }
        Key::ReceivedDate | Key::OrderDate => dates(),
        Key::RmaIssuedOn | Key::ReplacementReceivedDate => {
            let mut all = dates();
            all.push(RawValue::Null);
            all
        }
    }
}

/// The answers a follow-up question waits for.
fn follows(key: Key) -> &'static [Key] {
    match key {
        Key::OrderDate => &[Key::ReceivedDate],
        // The RMA clock starts from the window's last day, which an order
        // date still being asked can move.
        Key::RmaIssuedOn => &[Key::ReceivedDate, Key::OrderDate],
        Key::ReplacementReceivedDate => &[Key::ReceivedDate, Key::Part],
        Key::BoughtOnline => &[Key::Seller],
        _ => &[],
    }
}

/// What an answer can change: each outcome, the deadline of an outcome that
/// may still be eligible, and the conditions.
fn essence(decision: &Value) -> Value {
    let one = |a: &Value| {
        let open = a["outcome"] != "not-eligible";
        json!({
            "outcome": a["outcome"],
            "deadline": if open { a["deadline"].clone() } else { Value::Null },
            "conditions": a["conditions"].as_array().unwrap().iter().map(|c| c["code"].clone()).collect::<Vec<_>>(),
        })
    };
    // A statutory right that does not apply is the same as none.
    let statutory: Vec<Value> = decision["statutory"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["outcome"] != "not-eligible")
        .map(|s| json!([s["id"], one(s)]))
        .collect();
    json!([one(&decision["return"]), one(&decision["warranty"]), statutory])
}

fn decide(entries: &[(String, RawValue)]) -> Option<Value> {
    check(default_policy(), entries).ok().map(|d| serde_json::to_value(&d).unwrap())
}

#[test]
fn the_interview_asks_exactly_what_can_change_the_answer() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let start = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap();
    let mut checked = 0;
    while checked < 800 {
        let as_of = start + Days::new(rng.below(4 * 365) as u64);
        let mut entries = vec![("asOf".to_owned(), date(as_of))];
        let mut product = None;
        for key in Key::ALL.into_iter().skip(1) {
            // Follow-ups come after what they follow, as the page asks them.
            let ready =
                follows(key).iter().all(|k| *k == Key::OrderDate || entries.iter().any(|(name, _)| name == k.name()));
            if ready && rng.below(100) < 55 {
                let options = candidates(key, as_of, product);
                let value = options[rng.below(options.len())].clone();
                if let (Key::Product, RawValue::Str(p)) = (key, &value) {
                    product = Some(default_policy().product(p).unwrap().id.as_ref());
                }
                entries.push((key.name().to_owned(), value));
            }
        }
        let Some(decision) = decide(&entries) else { continue };
        checked += 1;
        let asked: Vec<&str> =
            decision["questions"].as_array().unwrap().iter().map(|q| q["id"].as_str().unwrap()).collect();
        // A shopper with nothing wrong is asked nothing about a fault.
        if entries.iter().any(|(k, v)| k == "returnReason" && *v == RawValue::Str("changed-mind".to_owned())) {
            for never in [Key::Part, Key::Cause, Key::OriginalPurchaser, Key::ReplacementReceivedDate] {
                assert!(!asked.contains(&never.name()), "{} asked after a change of mind: {entries:?}", never.name());
            }
        }
        let base = essence(&decision);
        let undetermined = base.to_string().contains("undetermined");
        // (The converse need not hold: while the country is unknown, no
        // statutory right is listed, yet the country may reveal one.)
        assert!(
            !undetermined || !asked.is_empty(),
            "an undetermined outcome with nothing left to ask: {entries:?}\n{decision}"
        );

        for key in Key::ALL.into_iter().skip(2) {
            if entries.iter().any(|(k, _)| k == key.name()) {
                continue;
            }
            let vary = |given: &[(String, RawValue)]| -> Vec<Value> {
                candidates(key, as_of, product)
                    .into_iter()
                    .filter_map(|v| {
                        let mut more = given.to_vec();
                        more.push((key.name().to_owned(), v));
                        decide(&more).map(|d| essence(&d))
                    })
                    .collect()
            };
            let results = vary(&entries);
            if asked.contains(&key.name()) {
                // It may matter only together with later answers: then some
                // completion of the others shows it.
                let differs = |r: &[Value]| r.iter().any(|x| *x != r[0]);
                // (With a single valid answer, as when the order was placed
                // on the day of the check, there is nothing to tell apart.)
                let matters = results.len() < 2
                    || differs(&results)
                    || (0..150).any(|_| {
                        let mut full = entries.clone();
                        for other in Key::ALL.into_iter().skip(1) {
                            // Dates that must follow receipt would make most dates of receipt an
                            // error (before-receipt): "none" keeps them all valid.
                            let after_receipt = matches!(other, Key::RmaIssuedOn | Key::ReplacementReceivedDate);
                            if key == Key::ReceivedDate && after_receipt && !full.iter().any(|(k, _)| k == other.name())
                            {
                                full.push((other.name().to_owned(), RawValue::Null));
                            } else if other != key && !full.iter().any(|(k, _)| k == other.name()) {
                                // A random answer that keeps the set valid (an order
                                // date after receipt is an error, not a completion).
                                let options = candidates(other, as_of, product);
                                let first = rng.below(options.len());
                                let fits =
                                    (0..options.len()).map(|i| &options[(first + i) % options.len()]).find(|v| {
                                        let mut more = full.clone();
                                        more.push((other.name().to_owned(), (*v).clone()));
                                        decide(&more).is_some()
                                    });
                                if let Some(v) = fits {
                                    full.push((other.name().to_owned(), v.clone()));
                                }
                            }
                        }
                        let r = vary(&full);
                        !r.is_empty() && differs(&r)
                    });
                assert!(
                    matters,
                    "{} is asked, but no answer to it changes anything: {entries:?}\n{decision}",
                    key.name()
                );
            } else if follows(key)
                .iter()
                .all(|k| entries.iter().any(|(name, _)| name == k.name()) || !asked.contains(&k.name()))
            {
                // A follow-up is asked only once what it follows is known
                // (SPEC, "Only relevant questions"); until then it may matter.
                for r in &results {
                    assert_eq!(
                        *r,
                        base,
                        "{} is not asked, but an answer to it changes the decision: {entries:?}",
                        key.name()
                    );
                }
            }
        }
    }
}
