//! Native decisions per second, on the answer sets of `bench/answers.json`
//! (complete and partial, eligible and not).
//!
//! ```text
//! cargo run --profile native --example bench_native [-- --json] [--quick]
//! cargo run --profile native --example bench_native -- --count PASSES
//! ```
//!
//! One decision is what `check()` does beyond the JavaScript boundary: check
//! the raw answers against the policy, then decide. Each round times a batch
//! of about 20 ms; the figure is the median over rounds. `--json` prints one
//! line for `bench/run.mjs` instead of prose. `--count` times nothing: it
//! makes PASSES passes of full decisions, so that `valgrind --tool=callgrind`
//! can count the instructions of one decision, a figure that a busy machine
//! does not move.

use std::hint::black_box;
use std::process::ExitCode;
use std::time::Instant;

use eligibility_checker::{check, decide, default_policy, Answers, Policy, RawValue};
use serde_json::Value;

const ANSWER_SETS: &str = include_str!("../bench/answers.json");

/// One answer set: its name, its raw answers, and what CLAUSES.md says of it.
struct Set {
    name: String,
    entries: Vec<(String, RawValue)>,
    expect: Value,
}

fn raw(value: &Value) -> RawValue {
    match value {
        Value::Null => RawValue::Null,
        Value::Bool(b) => RawValue::Bool(*b),
        Value::String(s) => RawValue::Str(s.clone()),
        Value::Number(_) => RawValue::Number,
        Value::Array(_) | Value::Object(_) => RawValue::Other("object".to_owned()),
    }
}

fn load() -> Result<Vec<Set>, String> {
    let file: Value = serde_json::from_str(ANSWER_SETS).map_err(|e| format!("bench/answers.json: {e}"))?;
    let sets = file["sets"].as_array().ok_or("bench/answers.json: no `sets` array")?;
    sets.iter()
        .map(|set| {
            let answers = set["answers"].as_object().ok_or("bench/answers.json: a set without `answers`")?;
            Ok(Set {
                name: set["name"].as_str().unwrap_or("unnamed").to_owned(),
                entries: answers.iter().map(|(k, v)| (k.clone(), raw(v))).collect(),
                expect: set["expect"].clone(),
            })
        })
        .collect()
}

/// The engine's outcome and deadline per assessment must be what the set expects.
fn check_expectations(policy: &Policy, sets: &[Set]) -> Result<(), String> {
    let mut problems = Vec::new();
    for set in sets {
        let decision = check(policy, &set.entries).map_err(|e| format!("{}: refused: {e}", set.name))?;
        for (label, assessment) in [("return", &decision.returns), ("warranty", &decision.warranty)] {
            let got = serde_json::json!([assessment.outcome, assessment.deadline.map(|d| d.to_string())]);
            if got != set.expect[label] {
                problems.push(format!("{}, {label}: expected {}, engine {got}", set.name, set.expect[label]));
            }
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

/// Nanoseconds per decision over `passes` passes through `items`.
fn time<T>(items: &[T], passes: usize, decide_one: &impl Fn(&T) -> usize) -> f64 {
    let start = Instant::now();
    let mut sink = 0usize;
    for _ in 0..passes {
        for item in items {
            sink = sink.wrapping_add(decide_one(black_box(item)));
        }
    }
    black_box(sink);
    start.elapsed().as_nanos() as f64 / (passes * items.len()) as f64
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    let mid = values.len() / 2;
    if values.len() % 2 == 1 {
        values[mid]
    } else {
        (values[mid - 1] + values[mid]) / 2.0
    }
}

/// Median nanoseconds per decision over `rounds` batches of about 20 ms each.
fn measure<T>(items: &[T], rounds: usize, decide_one: impl Fn(&T) -> usize) -> f64 {
    time(items, 1000, &decide_one); // warm up
    let per_decision = time(items, 1000, &decide_one);
    let passes = ((20e6 / per_decision) as usize / items.len()).max(1);
    median((0..rounds).map(|_| time(items, passes, &decide_one)).collect())
}

fn arg_after(flag: &str) -> Option<String> {
    let mut args = std::env::args().skip_while(|a| a != flag);
    args.next()?;
    args.next()
}

fn main() -> ExitCode {
    let json = std::env::args().any(|a| a == "--json");
    let rounds = if std::env::args().any(|a| a == "--quick") { 11 } else { 51 };
    let policy = default_policy();
    let sets = match load() {
        Ok(sets) => sets,
        Err(e) => {
            eprintln!("bench_native: {e}");
            return ExitCode::FAILURE;
        }
    };
    if let Err(e) = check_expectations(policy, &sets) {
        eprintln!("bench_native: the engine does not decide the answer sets as expected:\n{e}");
        return ExitCode::FAILURE;
    }
    // Check the answers, then decide: what `check()` does past the boundary.
    let check_and_decide = |set: &&Set| check(policy, &set.entries).map_or(0, |d| black_box(d).questions.len());
    // A full decision: every question that matters is answered.
    let is_complete = |set: &&Set| check(policy, &set.entries).is_ok_and(|d| d.questions.is_empty());
    let mixed: Vec<&Set> = sets.iter().collect();
    let complete: Vec<&Set> = sets.iter().filter(is_complete).collect();
    let parsed: Vec<Answers> = complete.iter().filter_map(|set| Answers::parse(&set.entries, policy).ok()).collect();
    if let Some(passes) = arg_after("--count").and_then(|n| n.parse::<usize>().ok()) {
        let mut sink = 0usize;
        for _ in 0..passes {
            for set in &complete {
                sink = sink.wrapping_add(check_and_decide(set));
            }
        }
        println!("{{\"decisions\": {}, \"sink\": {sink}}}", passes * complete.len());
        return ExitCode::SUCCESS;
    }
    let mixed_ns = measure(&mixed, rounds, check_and_decide);
    let complete_ns = measure(&complete, rounds, check_and_decide);
    let decide_ns = measure(&parsed, rounds, |answers| black_box(decide(policy, answers)).questions.len());
    if json {
        println!(
            "{}",
            serde_json::json!({
                "sets": mixed.len(), "completeSets": complete.len(), "rounds": rounds,
                "mixedNs": mixed_ns, "completeNs": complete_ns, "decideOnlyNs": decide_ns,
            })
        );
    } else {
        println!("median of {rounds} rounds; one decision = check the answers + decide, unless said");
        for (label, count, ns) in [
            ("mixed set", mixed.len(), mixed_ns),
            ("full decisions (complete sets)", complete.len(), complete_ns),
            ("the same, decide only", parsed.len(), decide_ns),
        ] {
            println!("  {label:32} {count:2} sets  {ns:8.1} ns  {:>12.0} decisions/s", 1e9 / ns);
        }
    }
    ExitCode::SUCCESS
}
