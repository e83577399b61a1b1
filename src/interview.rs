//! Which unanswered questions can still change an outcome.
//!
//! Each assessment reports the questions it still depends on (see
//! [`crate::decide`](fn@crate::decide)); this module puts them in asking order with their
//! options. `product` is always asked first: it says what the check is about
//! and which parts exist.

use crate::answers::{Answers, Key, Needs, ReturnReason, OTHER_SELLER};
use crate::decision::Question;
use crate::iso_countries::countries;
use crate::policy::{Policy, Text};

/// The questions in `needs`, and `product` if unanswered, in asking order.
pub fn questions<'p>(policy: &'p Policy, answers: &Answers<'p>, mut needs: Needs) -> Vec<Question<'p>> {
    if answers.product.is_none() {
        needs.add(Key::Product);
    }
    Key::ALL.into_iter().filter(|&k| needs.has(k) && !answers.has(k)).map(|k| question(policy, answers, k)).collect()
}

/// The question `key` with its options for these answers.
pub fn question<'p>(policy: &'p Policy, answers: &Answers<'p>, key: Key) -> Question<'p> {
    let options: Option<Vec<&'p str>> = match key {
        Key::Product => Some(policy.products.iter().map(|p| p.id.as_ref()).collect()),
        Key::Seller => Some(policy.returns.sellers.iter().map(Text::as_ref).chain([OTHER_SELLER]).collect()),
        Key::Country => Some(match &policy.countries {
            Some(list) => list.iter().map(Text::as_ref).collect(),
            None => countries().collect(),
        }),
        Key::ReturnReason => Some(ReturnReason::OPTIONS.to_vec()),
        Key::Part => Some(match answers.product {
            Some(product) => product.parts.iter().map(|p| p.id.as_ref()).collect(),
            // Every part, in the order the policy defines them.
            None => policy.parts.iter().map(Text::as_ref).collect(),
        }),
        Key::Cause => Some(policy.causes.iter().map(|c| c.id.as_ref()).collect()),
        _ => None,
    };
    Question { id: key.name(), kind: key.kind(), options }
}
