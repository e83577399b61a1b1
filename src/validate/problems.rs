//! What is wrong with a policy: the stable codes, the problem with its JSON
//! Pointer and plain message, and the pointer's steps.

use std::fmt;

use serde::Serialize;

code_table! {
    /// What is wrong with a policy: a stable machine code.
    pub enum ProblemCode {
        /// The text is not JSON, the value cannot be written as JSON, or an
        /// object gives a key twice (JSON readers disagree on which counts).
        InvalidJson = "invalid-json",
        /// A value of the wrong JSON type.
        WrongType = "wrong-type",
        /// A required field is absent.
        MissingField = "missing-field",
        /// A field the format does not have.
        UnknownField = "unknown-field",
        /// A value of the right type that the format does not accept: a
        /// number out of range, a text with a lone surrogate too.
        InvalidValue = "invalid-value",
        /// An id that is not lowercase words joined by hyphens (dots too, for a
        /// clause id), or is longer than 64 characters.
        InvalidId = "invalid-id",
        /// An id given twice in the same list.
        DuplicateId = "duplicate-id",
        /// An id the checker keeps for itself (`other` as a seller).
        ReservedId = "reserved-id",
        /// A list that must have at least one entry is empty.
        EmptyList = "empty-list",
        /// A period of zero or fewer days or months.
        NonPositivePeriod = "non-positive-period",
        /// A country code that is not one of ISO 3166-1's 249.
        UnknownCountry = "unknown-country",
        /// A product's part that `parts` does not define.
        UndefinedPart = "undefined-part",
        /// A part in `parts` that no product has.
        UnusedPart = "unused-part",
        /// A clause id cited but not defined in `clauses`.
        UndefinedClause = "undefined-clause",
        /// A cause named (in a condition's `when`) but not defined in `causes`.
        UndefinedCause = "undefined-cause",
        /// A seller named (in a condition's `when`) but not in `return.sellers`.
        UndefinedSeller = "undefined-seller",
        /// A cause without the clause that covers or excludes it.
        CauseWithoutClause = "cause-without-clause",
        /// Two seasonal windows whose order dates overlap.
        OverlappingSeasons = "overlapping-seasons",
        /// A seasonal window whose last day comes before its last order day.
        SeasonEndsEarly = "season-ends-early",
        /// A warranty whose jurisdictions all lie outside the policy's countries.
        UnreachableWarranty = "unreachable-warranty",
        /// One of the page's languages has no words.
        MissingLanguage = "missing-language",
        /// A language lacks the words for something the policy adds.
        MissingWords = "missing-words",
    }
}

/// One problem of a policy: what, where, and a plain message.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// The stable machine code.
    pub code: ProblemCode,
    /// A JSON Pointer to the value at fault: `""` for the whole policy,
    /// `/products/0/parts/1/warranty` for a part's period.
    pub path: String,
    /// What is wrong, in plain lowercase words without a final period.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = if self.path.is_empty() { "the policy" } else { &self.path };
        write!(f, "{path}: {}", self.message)
    }
}

/// A problem whose message is the pieces joined: a message names values
/// only by their text, so no number or float formatting enters the module.
pub(super) fn problem(code: ProblemCode, path: &Path, message: &[&str]) -> Problem {
    Problem { code, path: path.pointer(), message: message.concat() }
}

/// `path` and one more step, escaped as JSON Pointer asks.
pub fn join(path: &str, key: &str) -> String {
    if key.contains(['~', '/']) {
        return [path, "/", &key.replace('~', "~0").replace('/', "~1")].concat();
    }
    [path, "/", key].concat()
}

pub(super) fn at(path: &str, index: usize) -> String {
    format!("{path}/{index}")
}

/// Where a value is, as the steps taken to it: written out as a JSON
/// Pointer only when a problem is reported there, so a walk over a large
/// policy builds no text for the places that are fine.
#[derive(Clone, Copy)]
pub enum Path<'a> {
    /// A pointer already written: `""` for the whole policy.
    At(&'a str),
    /// A member of the object at the parent.
    Key(&'a Path<'a>, &'a str),
    /// An item of the array at the parent.
    Index(&'a Path<'a>, usize),
}

impl<'a> Path<'a> {
    /// The member `key` of the object here.
    pub fn key(&'a self, key: &'a str) -> Path<'a> {
        Path::Key(self, key)
    }

    /// The item `i` of the array here.
    pub fn index(&'a self, i: usize) -> Path<'a> {
        Path::Index(self, i)
    }

    /// The JSON Pointer (RFC 6901) to here.
    pub fn pointer(&self) -> String {
        match self {
            Path::At(text) => (*text).to_owned(),
            Path::Key(parent, key) => join(&parent.pointer(), key),
            Path::Index(parent, i) => at(&parent.pointer(), *i),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_escape_as_json_pointer_asks() {
        assert_eq!(join("/words/en/clauses", "return.window"), "/words/en/clauses/return.window");
        assert_eq!(join("", "a/b~c"), "/a~1b~0c");
        let root = Path::At("");
        let words = root.key("words");
        let part = words.key("a/b~c");
        assert_eq!(part.index(3).pointer(), "/words/a~1b~0c/3");
        assert_eq!(Path::At("/parts").index(0).pointer(), "/parts/0");
        assert_eq!(root.pointer(), "");
    }
}
