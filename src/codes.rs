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
            // A search of `ALL`, not a `match` on the texts: the match
            // compiles to a comparison per row, the search to one loop over
            // the table that `name` already is.
            pub fn from_name(name: &str) -> Option<$name> {
                $name::ALL.into_iter().find(|code| code.name() == name)
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.name())
            }
        }

        impl<'a> From<$name> for &'a str {
            fn from(code: $name) -> &'a str {
                code.name()
            }
        }
    };
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
}
