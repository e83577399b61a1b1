//! Native timing of the policy validator on the example shop's policy grown
//! to 10,000 parts, as `bench/validate-policy.mjs` grows it for Node.
//!
//! ```text
//! cargo run --profile native --example bench_validate [-- --count PASSES]
//! ```
//!
//! Prints the median milliseconds to parse the text and to validate the
//! value. `--count` times nothing: it validates PASSES times, for
//! `valgrind --tool=callgrind`.

// The validator reads text only natively; clippy builds the examples for
// wasm32 too.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    native::main();
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::hint::black_box;
    use std::time::Instant;

    use eligibility_checker::validate::{parse, validate};
    use serde_json::{json, Value};

    const PARTS: usize = 10_000;

    fn grown() -> String {
        let text = include_str!("../policies/ampere-electronics.json");
        let mut policy: Value = serde_json::from_str(text).expect("the example policy is JSON");
        let ids: Vec<String> = (0..PARTS).map(|i| format!("part-{i}")).collect();
        let parts = policy["parts"].as_array_mut().expect("parts is a list");
        parts.extend(ids.iter().map(|id| json!(id)));
        let products = policy["products"].as_array_mut().expect("products is a list");
        let kit: Vec<Value> = ids.iter().map(|id| json!({ "id": id, "warranty": { "months": 24 } })).collect();
        products.push(json!({ "id": "kit", "parts": kit }));
        for words in policy["words"].as_object_mut().expect("words is an object").values_mut() {
            words["options"]["product"]["kit"] = json!("Kit");
            for id in &ids {
                words["options"]["part"][id] = json!(format!("Part {id}"));
            }
        }
        serde_json::to_string(&policy).expect("a value writes as JSON")
    }

    fn median(mut samples: Vec<f64>) -> f64 {
        samples.sort_by(f64::total_cmp);
        samples[samples.len() / 2]
    }

    pub fn main() {
        let text = grown();
        let args: Vec<String> = std::env::args().collect();
        if let Some(n) = args.iter().position(|a| a == "--count").and_then(|i| args.get(i + 1)) {
            let value = parse(&text).expect("the grown policy is JSON");
            for _ in 0..n.parse::<usize>().expect("a count") {
                black_box(validate(black_box(&value)));
            }
            return;
        }
        let value = parse(&text).expect("the grown policy is JSON");
        let problems = validate(&value);
        assert!(problems.is_empty(), "the grown policy does not validate: {:?}", &problems[..problems.len().min(3)]);
        let (mut parse_ms, mut validate_ms) = (Vec::new(), Vec::new());
        for _ in 0..15 {
            let start = Instant::now();
            let value = black_box(parse(black_box(&text)).expect("JSON"));
            parse_ms.push(start.elapsed().as_secs_f64() * 1e3);
            let start = Instant::now();
            black_box(validate(black_box(&value)));
            validate_ms.push(start.elapsed().as_secs_f64() * 1e3);
        }
        println!("parts {PARTS}: parse {:.2} ms, validate {:.2} ms", median(parse_ms), median(validate_ms));
    }
}
