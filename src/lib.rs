//! Decides, on the shopper's device, whether a product can still be returned
//! for a refund or claimed under warranty, and until when.
//!
//! ```
//! use eligibility_checker::{check, default_policy, Outcome, RawValue};
//!
//! let answers = [
//!     ("asOf", "2026-11-23"),
//!     ("product", "mi-band"),
//!     ("returnReason", "changed-mind"),
//!     ("seller", "mi-com"),
//!     ("country", "DE"),
//!     ("receivedDate", "2026-11-10"),
//!     ("orderDate", "2026-10-28"),
//! ]
//! .map(|(k, v)| (k.to_owned(), RawValue::Str(v.to_owned())));
//! let decision = check(default_policy(), &answers).unwrap();
//! assert_eq!(decision.returns.outcome, Outcome::Undetermined);
//! assert_eq!(decision.returns.deadline.unwrap().to_string(), "2026-12-10");
//! assert_eq!(decision.questions[0].id, "physicallyDamaged");
//! ```
//!
//! The map:
//! - [`Policy`] ([`policy`]): the policy as data, every rule tied to a clause
//!   id; [`default_policy`] is the maker's statement ([`policies`]).
//! - [`Answers`] ([`answers`]): the shopper's answers, checked against the
//!   policy; malformed ones are an [`AnswerError`] with a stable code.
//! - [`decide`](fn@decide) ([`decide`](mod@decide)): one pure function per assessment, on
//!   calendar dates ([`calendar`]); what EU law gives every buyer, its member
//!   states' periods and holidays and the provisions cited, is [`law`].
//! - [`iso_countries`]: the ISO 3166-1 countries a shopper can name.
//! - [`Decision`] ([`decision`]): both [`Assessment`]s, the questions still
//!   worth asking ([`interview`]) and the next steps.
//! - [`texts`]: the texts that live as long as the program, which the
//!   boundary sends out as strings made once.
//! - `wasm` (only on `wasm32`): the JavaScript boundary.

#![deny(missing_docs)]

#[macro_use]
mod codes;
pub mod answers;
pub mod calendar;
pub mod decide;
pub mod decision;
pub mod interview;
pub mod iso_countries;
pub mod law;
pub mod policies;
pub mod policy;
pub mod texts;
// Writes the TypeScript declarations from the code tables, for
// `tests/typescript.rs`; the wasm module includes what it wrote.
#[cfg(not(target_arch = "wasm32"))]
#[doc(hidden)]
pub mod typescript;
pub mod validate;
pub mod vocabulary;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use answers::{AnswerError, Answers, ErrorCode, Key, RawValue};
pub use decide::decide;
pub use decision::{Assessment, Decision, Outcome, Question, Reason, Step};
pub use policies::default_policy;
pub use policy::Policy;

/// Checks raw answers against `policy`, then decides.
///
/// # Errors
/// An [`AnswerError`] when the answers are malformed (see [`Answers::parse`]).
pub fn check<'p>(policy: &'p Policy, entries: &[(String, RawValue)]) -> Result<Decision<'p>, AnswerError> {
    Answers::parse(entries, policy).map(|answers| decide(policy, &answers))
}
