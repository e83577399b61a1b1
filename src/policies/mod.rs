//! Built-in policies, as data.

use crate::policy::Policy;

mod xiaomi;

/// The default policy: the maker's Limited Warranty Statement for Mi Band,
/// Mi Power Bank and Mi Headphones (`policy/xiaomi-limited-warranty.txt`),
/// split into the clause ids of `policy/CLAUSES.md`. A `static` of the
/// program's data: no code builds it, at start or on first use.
pub fn default_policy() -> &'static Policy {
    &xiaomi::POLICY
}
