//! docs/codes.md and the problem table of docs/policy.md say what the code
//! tables say: every answer key in asking order, every reason, condition,
//! step, notice and error code, every policy problem code, none more.

use std::collections::BTreeSet;
use std::fs;

use eligibility_checker::decision::{NoticeCode, ReasonCode, StatutoryCondition, StepCode};
use eligibility_checker::validate::ProblemCode;
use eligibility_checker::{default_policy, ErrorCode, Key};

fn doc(name: &str) -> String {
    fs::read_to_string(format!("{}/docs/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

/// The text of the section under `## heading`, up to the next one.
fn section<'d>(text: &'d str, heading: &str) -> &'d str {
    let start = text.find(&format!("\n## {heading}")).unwrap_or_else(|| panic!("no section {heading}"));
    let body = &text[start + 1..];
    let body = &body[body.find('\n').unwrap_or(body.len())..];
    &body[..body.find("\n## ").unwrap_or(body.len())]
}

/// The first cell of each row of each table in `section`, table by table.
fn tables(section: &str) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = Vec::new();
    let mut in_table = false;
    for line in section.lines() {
        if !line.starts_with('|') {
            in_table = false;
            continue;
        }
        if !in_table {
            in_table = true;
            out.push(Vec::new());
            continue; // the header row
        }
        let cell = line.split('|').nth(1).unwrap_or("").trim().trim_matches('`');
        if !cell.starts_with("---") {
            out.last_mut().unwrap().push(cell.to_owned());
        }
    }
    out
}

/// The comma-separated words of the first paragraph of `section`, each
/// without what follows it in parentheses.
fn listed(section: &str) -> Vec<String> {
    let paragraph = section.trim_start().split("\n\n").next().unwrap_or("").replace('\n', " ");
    let mut plain = String::new();
    let mut depth = 0;
    for c in paragraph.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            _ if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    plain.split(',').map(|w| w.trim().to_owned()).collect()
}

fn names<T: Copy>(all: &[T], name: fn(T) -> &'static str) -> Vec<String> {
    all.iter().map(|&c| name(c).to_owned()).collect()
}

fn set(list: &[String]) -> BTreeSet<String> {
    let set: BTreeSet<String> = list.iter().cloned().collect();
    assert_eq!(set.len(), list.len(), "a code is listed twice: {list:?}");
    set
}

#[test]
fn the_questions_are_listed_in_asking_order() {
    let codes = doc("codes.md");
    assert_eq!(listed(section(&codes, "Questions")), names(&Key::ALL, Key::name));
}

#[test]
fn every_reason_condition_step_and_notice_is_documented_once() {
    let codes = doc("codes.md");
    let statutory = tables(section(&codes, "Statutory rights"));
    assert_eq!(statutory.len(), 4, "the statutory section's tables: reasons, conditions, steps, notices");
    let mut reasons = tables(section(&codes, "Reasons")).remove(0);
    reasons.extend(statutory[0].iter().cloned());
    assert_eq!(set(&reasons), set(&names(&ReasonCode::ALL, ReasonCode::name)));
    assert_eq!(statutory[1], names(&StatutoryCondition::ALL, StatutoryCondition::name));
    let mut steps = tables(section(&codes, "Next steps")).remove(0);
    steps.extend(statutory[2].iter().cloned());
    assert_eq!(set(&steps), set(&names(&StepCode::ALL, StepCode::name)));
    assert_eq!(statutory[3], names(&NoticeCode::ALL, NoticeCode::name));
    // The default policy's own conditions (its data, not a table).
    let conditions = tables(section(&codes, "Conditions")).remove(0);
    let policy: Vec<String> = default_policy().condition_codes().iter().map(|c| c.to_string()).collect();
    assert_eq!(set(&conditions), set(&policy));
}

#[test]
fn the_errors_and_the_policy_problems_are_listed_in_order() {
    let codes = doc("codes.md");
    assert_eq!(listed(section(&codes, "Errors")), names(&ErrorCode::ALL, ErrorCode::name));
    let policy = doc("policy.md");
    assert_eq!(tables(section(&policy, "Checks"))[0], names(&ProblemCode::ALL, ProblemCode::name));
}
