//! What is wrong with a policy: the stable codes, the problem with its JSON
//! Pointer and plain message, and the pointer's steps.

use std::fmt;

use serde::Serialize;

/// What is wrong with a policy: a stable machine code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ProblemCode {
    /// The text is not JSON, or the value cannot be written as JSON.
    InvalidJson,
    /// A value of the wrong JSON type.
    WrongType,
    /// A required field is absent.
    MissingField,
    /// A field the format does not have.
    UnknownField,
    /// A value of the right type that the format does not accept.
    InvalidValue,
    /// An id that is not lowercase words joined by hyphens (dots too, for a
    /// clause id), or is longer than 64 characters.
    InvalidId,
    /// An id given twice in the same list.
    DuplicateId,
    /// An id the checker keeps for itself (`other` as a seller).
    ReservedId,
    /// A list that must have at least one entry is empty.
    EmptyList,
    /// A period of zero or fewer days or months.
    NonPositivePeriod,
    /// A country code that is not one of ISO 3166-1's 249.
    UnknownCountry,
    /// A product's part that `parts` does not define.
    UndefinedPart,
    /// A part in `parts` that no product has.
    UnusedPart,
    /// A clause id cited but not defined in `clauses`.
    UndefinedClause,
    /// A cause named (in a condition's `when`) but not defined in `causes`.
    UndefinedCause,
    /// A seller named (in a condition's `when`) but not in `return.sellers`.
    UndefinedSeller,
    /// A cause without the clause that covers or excludes it.
    CauseWithoutClause,
    /// Two seasonal windows whose order dates overlap.
    OverlappingSeasons,
    /// A seasonal window whose last day comes before its last order day.
    SeasonEndsEarly,
    /// A warranty whose jurisdictions all lie outside the policy's countries.
    UnreachableWarranty,
    /// One of the page's languages has no words.
    MissingLanguage,
    /// A language lacks the words for something the policy adds.
    MissingWords,
}

impl ProblemCode {
    /// Every code, in the order of the list above.
    pub const ALL: [ProblemCode; 22] = [
        ProblemCode::InvalidJson,
        ProblemCode::WrongType,
        ProblemCode::MissingField,
        ProblemCode::UnknownField,
        ProblemCode::InvalidValue,
        ProblemCode::InvalidId,
        ProblemCode::DuplicateId,
        ProblemCode::ReservedId,
        ProblemCode::EmptyList,
        ProblemCode::NonPositivePeriod,
        ProblemCode::UnknownCountry,
        ProblemCode::UndefinedPart,
        ProblemCode::UnusedPart,
        ProblemCode::UndefinedClause,
        ProblemCode::UndefinedCause,
        ProblemCode::UndefinedSeller,
        ProblemCode::CauseWithoutClause,
        ProblemCode::OverlappingSeasons,
        ProblemCode::SeasonEndsEarly,
        ProblemCode::UnreachableWarranty,
        ProblemCode::MissingLanguage,
        ProblemCode::MissingWords,
    ];

    /// The code as JavaScript sees it.
    pub fn name(self) -> &'static str {
        match self {
            ProblemCode::InvalidJson => "invalid-json",
            ProblemCode::WrongType => "wrong-type",
            ProblemCode::MissingField => "missing-field",
            ProblemCode::UnknownField => "unknown-field",
            ProblemCode::InvalidValue => "invalid-value",
            ProblemCode::InvalidId => "invalid-id",
            ProblemCode::DuplicateId => "duplicate-id",
            ProblemCode::ReservedId => "reserved-id",
            ProblemCode::EmptyList => "empty-list",
            ProblemCode::NonPositivePeriod => "non-positive-period",
            ProblemCode::UnknownCountry => "unknown-country",
            ProblemCode::UndefinedPart => "undefined-part",
            ProblemCode::UnusedPart => "unused-part",
            ProblemCode::UndefinedClause => "undefined-clause",
            ProblemCode::UndefinedCause => "undefined-cause",
            ProblemCode::UndefinedSeller => "undefined-seller",
            ProblemCode::CauseWithoutClause => "cause-without-clause",
            ProblemCode::OverlappingSeasons => "overlapping-seasons",
            ProblemCode::SeasonEndsEarly => "season-ends-early",
            ProblemCode::UnreachableWarranty => "unreachable-warranty",
            ProblemCode::MissingLanguage => "missing-language",
            ProblemCode::MissingWords => "missing-words",
        }
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
pub(super) fn problem(code: ProblemCode, path: &str, message: &[&str]) -> Problem {
    Problem { code, path: path.to_owned(), message: message.concat() }
}

/// `path` and one more step, escaped as JSON Pointer asks.
pub(super) fn join(path: &str, key: &str) -> String {
    if key.contains(['~', '/']) {
        return [path, "/", &key.replace('~', "~0").replace('/', "~1")].concat();
    }
    [path, "/", key].concat()
}

pub(super) fn at(path: &str, index: usize) -> String {
    format!("{path}/{index}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_escape_as_json_pointer_asks() {
        assert_eq!(join("/words/en/clauses", "return.window"), "/words/en/clauses/return.window");
        assert_eq!(join("", "a/b~c"), "/a~1b~0c");
    }
}
