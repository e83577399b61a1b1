//! The one shape of every code family: an enum written as a table, each row
//! a variant and the name JavaScript sees, in the contract's order.
//!
//! [`code_table!`] makes from one table the enum, `ALL` (the rows in order),
//! `name`, `from_name`, a `Serialize` that writes the name, and, for a
//! table with a column, the method that reads it. The engine, `vocabulary()`,
//! the TypeScript declarations (`src/wasm/types.d.ts`) and the docs test all
//! read these tables; reordering a row reorders them all.

/// Defines a code table; see the module docs.
///
/// ```text
/// code_table! {
///     /// What kind of answer a question takes.
///     pub enum Kind {
///         /// One of a list of options.
///         Choice = "choice",
///     }
/// }
/// code_table! {
///     /// A table with a column: `Key::kind()`.
///     pub enum Key: kind -> Kind {
///         /// `asOf`.
///         AsOf = "asOf" => Kind::Date,
///     }
/// }
/// ```
macro_rules! code_table {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident: $column:ident -> $ty:ty {
            $( $(#[$vmeta:meta])* $variant:ident = $text:literal => $value:expr, )+
        }
    ) => {
        code_table! { @enum $(#[$meta])* $vis enum $name { $( $(#[$vmeta])* $variant = $text, )+ } }
        impl $name {
            /// This row's value in the table's column.
            pub fn $column(self) -> $ty {
                match self {
                    $( $name::$variant => $value, )+
                }
            }
        }
    };
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $text:literal, )+
        }
    ) => {
        code_table! { @enum $(#[$meta])* $vis enum $name { $( $(#[$vmeta])* $variant = $text, )+ } }
    };
    (
        @enum $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $text:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        $vis enum $name {
            $( $(#[$vmeta])* $variant, )+
        }

        impl $name {
            /// Every row, in the table's order.
            pub const ALL: [$name; [$($text),+].len()] = [$($name::$variant),+];

            /// The name JavaScript sees.
            pub const fn name(self) -> &'static str {
                match self {
                    $( $name::$variant => $text, )+
                }
            }

            /// The row named `name`, if it is one.
            // One hash of `name` and, as a rule, one comparison: an index
            // into `ALL` by the hash of each row's name, built at compile
            // time (`index`). Not a `match` on the texts, which compiles to
            // a comparison per row, nor a search of `ALL`, which compares
            // with every row before it (a reason code near the end of its
            // table cost some 900 instructions on every decision).
            pub fn from_name(name: &str) -> Option<$name> {
                const INDEX: [u8; $crate::codes::slots($name::ALL.len())] =
                    $crate::codes::index([$($text),+]);
                $crate::codes::find(&INDEX, name, |row| $name::ALL.get(row).copied().filter(|code| code.name() == name))
            }
        }

        // As a unit variant: a format writes it as the name, as a string,
        // and serde-wasm-bindgen makes that string once per module (its
        // cache of `'static` texts) instead of on every decision.
        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_unit_variant(stringify!($name), *self as u32, self.name())
            }
        }

        impl<'a> From<$name> for &'a str {
            fn from(code: $name) -> &'a str {
                code.name()
            }
        }
    };
}

/// A free slot of an index.
const EMPTY: u8 = u8::MAX;

/// The slots of the index of a table of `rows` rows: a power of two, at
/// least twice the rows, so a probe always ends at a free slot within a few
/// steps.
pub(crate) const fn slots(rows: usize) -> usize {
    (2 * rows).next_power_of_two()
}

/// A hash of a name from its length and four of its bytes (the first, the
/// middle and the last two): a handful of instructions whatever the length,
/// and it tells apart the names of a table, which share long prefixes
/// (`withdrawal-…`) but not all of those bytes and the length; a rare
/// collision costs one more probe.
const fn hash(name: &[u8]) -> usize {
    let n = name.len();
    if n == 0 {
        return 0;
    }
    let sample = (name[0] as u32)
        | (name[n / 2] as u32) << 8
        | (name[n - 1] as u32) << 16
        | (name[n.saturating_sub(2)] as u32) << 24;
    // Fibonacci hashing: the multiply carries every input bit to the top
    // bits, which the shift keeps.
    ((sample ^ (n as u32).wrapping_mul(0x9e37_79b9)).wrapping_mul(0x9e37_79b9) >> 16) as usize
}

/// The index of a table whose rows are named `names`, in order: slot
/// `hash(name)` (or the next free one after it) holds the row's number.
/// Evaluated at compile time; a table of more than 254 rows fails to build.
pub(crate) const fn index<const ROWS: usize, const SLOTS: usize>(names: [&str; ROWS]) -> [u8; SLOTS] {
    assert!(ROWS < EMPTY as usize && SLOTS >= 2 * ROWS && SLOTS.is_power_of_two());
    let mut index = [EMPTY; SLOTS];
    let mut row = 0;
    while row < ROWS {
        let mut slot = hash(names[row].as_bytes()) & (SLOTS - 1);
        while index[slot] != EMPTY {
            slot = (slot + 1) & (SLOTS - 1);
        }
        index[slot] = row as u8;
        row += 1;
    }
    index
}

/// Looks `name` up in `index`: `row` tells whether the row at a slot is
/// the one named `name`. `None` at the first free slot.
pub(crate) fn find<T>(index: &[u8], name: &str, row: impl Fn(usize) -> Option<T>) -> Option<T> {
    let mask = index.len() - 1;
    let mut slot = hash(name.as_bytes()) & mask;
    // At most every slot once; the index always has a free one, so the loop
    // ends there before.
    for _ in 0..index.len() {
        let number = *index.get(slot)?;
        if number == EMPTY {
            return None;
        }
        if let Some(found) = row(usize::from(number)) {
            return Some(found);
        }
        slot = (slot + 1) & mask;
    }
    None
}

#[cfg(test)]
mod tests {
    code_table! {
        /// A table for the test.
        enum Size: big -> bool {
            /// Small.
            Small = "small" => false,
            /// Large.
            Large = "large" => true,
        }
    }

    #[test]
    fn a_table_reads_both_ways() {
        assert_eq!(Size::ALL, [Size::Small, Size::Large]);
        assert_eq!(Size::Large.name(), "large");
        assert_eq!(Size::from_name("small"), Some(Size::Small));
        assert_eq!(Size::from_name("medium"), None);
        assert!(Size::Large.big() && !Size::Small.big());
        let text: &str = Size::Small.into();
        assert_eq!(text, "small");
    }

    #[test]
    fn every_row_of_the_engine_tables_is_found_by_its_name_and_nothing_else() {
        use crate::answers::{ErrorCode, Key};
        use crate::decision::{ReasonCode, StepCode};
        for code in ReasonCode::ALL {
            assert_eq!(ReasonCode::from_name(code.name()), Some(code));
            let name = code.name();
            for near in [&name[1..], &name[..name.len() - 1], &format!("{name}-"), &name.to_uppercase()] {
                assert_eq!(ReasonCode::from_name(near), None, "{near}");
            }
        }
        for key in Key::ALL {
            assert_eq!(Key::from_name(key.name()), Some(key));
        }
        for code in ErrorCode::ALL {
            assert_eq!(ErrorCode::from_name(code.name()), Some(code));
        }
        for code in StepCode::ALL {
            assert_eq!(StepCode::from_name(code.name()), Some(code));
        }
        for stranger in ["", "a", "asof", "asOf ", "\u{0}", "return-window-open\u{0}"] {
            assert_eq!(Key::from_name(stranger), None);
            assert_eq!(ReasonCode::from_name(stranger), None);
        }
    }

    #[test]
    fn an_index_holds_every_row_once_and_keeps_free_slots() {
        use super::{find, index, slots, EMPTY};
        const NAMES: [&str; 5] = ["a", "b", "ab", "ba", "abc"];
        const INDEX: [u8; slots(5)] = index(NAMES);
        assert_eq!(INDEX.len(), 16);
        let mut rows: Vec<u8> = INDEX.iter().copied().filter(|&r| r != EMPTY).collect();
        rows.sort_unstable();
        assert_eq!(rows, [0, 1, 2, 3, 4]);
        for (row, name) in NAMES.iter().enumerate() {
            assert_eq!(find(&INDEX, name, |r| (NAMES[r] == *name).then_some(r)), Some(row));
        }
        assert_eq!(find(&INDEX, "c", |r| (NAMES[r] == "c").then_some(r)), None);
    }
}
