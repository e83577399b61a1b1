//! Scenario tables: answers and the decision expected for them, as data.
//!
//! Each file in `tests/scenarios/` is a JSON list of cases; a new case needs
//! no new code. A case names its answers and any of: each assessment's
//! outcome (or an object with `outcome`, `deadline`, `reasons`,
//! `conditions` codes), the exact `questions` ids, the `steps` codes, or the
//! `error` expected instead of a decision. The files are pretty-printed, one
//! field a line with 2 spaces (as `JSON.stringify(value, null, 2)` writes
//! them), so a diff shows the case that changed. Native only: the files
//! are read from disk and a policy from its text.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::fs;

use eligibility_checker::{check, default_policy, law, Policy};
use serde_json::Value;

mod json_answers;
use json_answers::entries;

/// Compares an assessment with what a case expects of it: an outcome, or an
/// object of `outcome`, `deadline`, `reasons`, `conditions` codes and
/// `reasonDates`.
fn compare(what: &str, a: &Value, expected: &Value, fail: &mut dyn FnMut(String)) {
    if let Value::String(outcome) = expected {
        if a["outcome"] != *outcome.as_str() {
            fail(format!("{what} is {}, expected {outcome}; reasons {:?}", a["outcome"], codes(&a["reasons"])));
        }
        return;
    }
    for key in ["outcome", "deadline"] {
        if let Some(e) = expected.get(key) {
            if a[key] != *e {
                fail(format!("{what}.{key} is {}, expected {e}; reasons {:?}", a[key], codes(&a["reasons"])));
            }
        }
    }
    for key in ["reasons", "conditions"] {
        if let Some(e) = expected.get(key) {
            if codes(&a[key]) != strings(e) {
                fail(format!("{what}.{key} are {:?}, expected {e}", codes(&a[key])));
            }
        }
    }
    if let Some(e) = expected.get("reasonDates") {
        let dates: Vec<Value> =
            a["reasons"].as_array().unwrap().iter().map(|r| r.get("date").cloned().unwrap_or(Value::Null)).collect();
        if Value::Array(dates.clone()) != *e {
            fail(format!("{what} reason dates are {dates:?}, expected {e}"));
        }
    }
}

fn codes(list: &Value) -> Vec<String> {
    list.as_array().unwrap().iter().map(|r| r["code"].as_str().unwrap().to_owned()).collect()
}

fn strings(list: &Value) -> Vec<String> {
    list.as_array().unwrap().iter().map(|s| s.as_str().unwrap().to_owned()).collect()
}

/// What a decision cites against where it cites it, as the answer screen
/// reads it (it labels a toggle "what the law says" and names each
/// provision by where the item sits): the policy's two outcomes cite its
/// clauses; the law's rights (their reasons, conditions and steps) and the
/// notices cite provisions of law.
fn who_cites_what(decision: &Value) -> Vec<String> {
    let mut problems = Vec::new();
    let mut expect = |item: &Value, of_law: bool, whose: &str| {
        let clause = item["clause"].as_str().unwrap();
        if law::citation(clause).is_some() != of_law {
            problems.push(format!(
                "{whose} cites {clause}, {}",
                if of_law { "not a provision of law" } else { "a provision of law" }
            ));
        }
    };
    let items = |a: &Value| {
        a["reasons"].as_array().unwrap().iter().chain(a["conditions"].as_array().unwrap()).cloned().collect::<Vec<_>>()
    };
    for side in ["return", "warranty"] {
        items(&decision[side]).iter().for_each(|r| expect(r, false, side));
    }
    for right in decision["statutory"].as_array().unwrap() {
        items(right).iter().for_each(|r| expect(r, true, right["id"].as_str().unwrap()));
    }
    decision["notices"].as_array().unwrap().iter().for_each(|n| expect(n, true, "a notice"));
    for step in decision["nextSteps"].as_array().unwrap() {
        let code = step["code"].as_str().unwrap();
        expect(step, LAW_STEPS.contains(&code), &format!("the step {code}"));
    }
    problems
}

/// The steps of the law's rights (`decide::statutory`'s), which cite provisions of law.
const LAW_STEPS: [&str; 2] = ["withdraw", "claim-legal-guarantee"];

/// Runs every case of `file` under `policy`, returning the clause ids the
/// decisions cited.
pub fn run(file: &str, policy: &Policy) -> BTreeSet<String> {
    let text = fs::read_to_string(format!("{}/tests/scenarios/{file}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let cases: Vec<Value> = serde_json::from_str(&text).unwrap();
    let mut cited = BTreeSet::new();
    let mut failures = Vec::new();
    for case in &cases {
        let name = case["name"].as_str().unwrap();
        let result = check(policy, &entries(&case["answers"]));
        let mut fail = |what: String| failures.push(format!("{name}: {what}"));
        match (result, case.get("error")) {
            (Err(e), Some(expected)) => {
                let got = serde_json::json!({ "code": e.code.name(), "field": e.field });
                if &got != expected {
                    fail(format!("error {got}, expected {expected}"));
                }
            }
            (Err(e), None) => fail(format!("unexpected error {e}")),
            (Ok(_), Some(expected)) => fail(format!("no error, expected {expected}")),
            (Ok(decision), None) => {
                let got = serde_json::to_value(&decision).unwrap();
                for problem in who_cites_what(&got) {
                    fail(problem);
                }
                for side in ["return", "warranty"] {
                    let a = &got[side];
                    for r in a["reasons"].as_array().unwrap().iter().chain(a["conditions"].as_array().unwrap()) {
                        cited.insert(r["clause"].as_str().unwrap().to_owned());
                    }
                    if let Some(expected) = case.get(side) {
                        compare(side, a, expected, &mut fail);
                    }
                }
                // `statutory`: the ids present, in order, each compared like an assessment.
                if let Some(Value::Object(expected)) = case.get("statutory") {
                    let list = got["statutory"].as_array().unwrap();
                    let mut ids: Vec<&str> = list.iter().map(|s| s["id"].as_str().unwrap()).collect();
                    ids.sort_unstable();
                    let want: Vec<&str> = expected.keys().map(String::as_str).collect();
                    if ids != want {
                        fail(format!("statutory are {ids:?}, expected {want:?}"));
                    }
                    for s in list {
                        if let Some(e) = expected.get(s["id"].as_str().unwrap()) {
                            compare(s["id"].as_str().unwrap(), s, e, &mut fail);
                        }
                    }
                }
                if let Some(e) = case.get("notices") {
                    if codes(&got["notices"]) != strings(e) {
                        fail(format!("notices are {:?}, expected {e}", codes(&got["notices"])));
                    }
                }
                for step in got["nextSteps"].as_array().unwrap() {
                    cited.insert(step["clause"].as_str().unwrap().to_owned());
                }
                if let Some(e) = case.get("questions") {
                    let ids: Vec<String> = got["questions"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|q| q["id"].as_str().unwrap().to_owned())
                        .collect();
                    if ids != strings(e) {
                        fail(format!("questions are {ids:?}, expected {e}"));
                    }
                }
                if let Some(e) = case.get("steps") {
                    if codes(&got["nextSteps"]) != strings(e) {
                        fail(format!("steps are {:?}, expected {e}", codes(&got["nextSteps"])));
                    }
                }
                if let Some(e) = case.get("stepDates") {
                    let dates: Vec<Value> = got["nextSteps"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|r| r.get("date").cloned().unwrap_or(Value::Null))
                        .collect();
                    if Value::Array(dates.clone()) != *e {
                        fail(format!("step dates are {dates:?}, expected {e}"));
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{} of {} cases failed:\n{}", failures.len(), cases.len(), failures.join("\n"));
    cited
}

#[test]
fn default_policy_scenarios() {
    run("default.json", default_policy());
}

#[test]
fn statutory_scenarios() {
    run("statutory.json", default_policy());
}

/// Every clause id of CLAUSES.md is in the policy data with its kind; every
/// rule and condition is cited by the policy's rules and by at least one
/// scenario's decision; only informational clauses may go uncited.
#[test]
fn every_clause_is_accounted_for() {
    let dir = env!("CARGO_MANIFEST_DIR");
    let text = fs::read_to_string(format!("{dir}/docs/policy/CLAUSES.md")).unwrap();
    if let Ok(shared) = fs::read_to_string(format!("{dir}/../shared/policy/CLAUSES.md")) {
        assert_eq!(text, shared, "docs/policy/CLAUSES.md differs from the shared spec's copy");
    }
    let table: Vec<(String, String)> = text
        .lines()
        .filter_map(|l| {
            let cols: Vec<&str> = l.split('|').map(str::trim).collect();
            let id = cols.get(1)?.strip_prefix('`')?.strip_suffix('`')?;
            Some((id.to_owned(), cols.get(2)?.to_string()))
        })
        .collect();
    assert_eq!(table.len(), 37, "CLAUSES.md lists 37 clauses");
    let policy = default_policy();
    let data: Vec<(String, String)> = policy
        .clauses
        .iter()
        .map(|c| (c.id.to_string(), serde_json::to_value(c.kind).unwrap().as_str().unwrap().to_owned()))
        .collect();
    assert_eq!(data, table, "the policy data's clauses and kinds are CLAUSES.md's");

    let in_rules: BTreeSet<&str> = policy.cited_clauses().into_iter().collect();
    let in_scenarios = run("default.json", policy);
    for (id, kind) in &table {
        if kind != "info" {
            assert!(in_rules.contains(id.as_str()), "no rule or condition of the policy data cites {id}");
            assert!(in_scenarios.contains(id), "no scenario's decision cites {id}");
        }
    }
    for id in &in_rules {
        assert!(table.iter().any(|(t, _)| t == id), "the policy cites {id}, which CLAUSES.md does not define");
    }
}

/// The example policy of a general electronics shop (`policies/`), through
/// the same tables: every limit at the day before, the day and the day after.
#[test]
fn electronics_shop_scenarios() {
    example_policy_scenarios("ampere-electronics.json");
}

/// The third example policy: a Nordic shop that sells online and in its own
/// shops, with a New-Year season, per-product windows, a gift card without a
/// warranty and a shorter warranty for business use.
#[test]
fn nordic_shop_scenarios() {
    example_policy_scenarios("norrsken-audio.json");
}

/// Runs `policies/<file>` through `tests/scenarios/<file>`; every rule
/// clause the policy cites is cited by some decision.
fn example_policy_scenarios(file: &str) {
    let text = fs::read_to_string(format!("{}/policies/{file}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let policy = eligibility_checker::validate::read_str(&text).unwrap_or_else(|e| panic!("{e:#?}"));
    let cited = run(file, &policy);
    for (_, id) in policy.clause_references() {
        let kind = policy.clause(id).map(|c| c.kind);
        if kind == Some(eligibility_checker::policy::ClauseKind::Rule) {
            assert!(cited.contains(id), "no scenario's decision cites {id}");
        }
    }
}
