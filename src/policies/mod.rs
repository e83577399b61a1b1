//! Built-in policies, as data.

use crate::policy::Policy;

mod xiaomi;

/// The default policy: the maker's Limited Warranty Statement for Mi Band,
/// Mi Power Bank and Mi Headphones (`policy/xiaomi-limited-warranty.txt`),
/// split into the clause ids of `policy/CLAUSES.md`.
pub fn default_policy() -> &'static Policy {
    // Built once per thread and kept for the life of the program; the wasm
    // module has one thread, and a plain once-cell per thread is smaller
    // there than a synchronised one.
    thread_local! {
        static POLICY: &'static Policy = Box::leak(Box::new(xiaomi::policy()));
    }
    POLICY.with(|p| *p)
}
