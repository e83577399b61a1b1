//! What can be wrong with answers: the stable codes, in the contract's
//! order, and the error that names the key at fault.

use std::fmt;

use super::Key;

/// The stable machine code of an [`AnswerError`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorCode {
    /// The whole value is not an answers object.
    InvalidAnswers,
    /// `asOf` is missing.
    MissingAsOf,
    /// A key that is not a question.
    UnknownKey,
    /// A value of the wrong type for its question.
    WrongType,
    /// Not a `YYYY-MM-DD` date, or a day that does not exist.
    InvalidDate,
    /// A date whose year is outside 1900 to 2999.
    DateOutOfRange,
    /// A value that is not one of the question's options.
    UnknownOption,
    /// A part that the chosen product does not have.
    PartNotInProduct,
    /// A date later than `asOf`.
    DateAfterAsOf,
    /// An order date later than the date of receipt.
    OrderAfterReceipt,
    /// An RMA issued, or a replacement received, before the product was received.
    BeforeReceipt,
    /// Reading the value threw.
    UnreadableAnswer,
}

impl ErrorCode {
    /// Every code, in the order the contract lists them.
    pub const ALL: [ErrorCode; 12] = [
        ErrorCode::InvalidAnswers,
        ErrorCode::MissingAsOf,
        ErrorCode::UnknownKey,
        ErrorCode::WrongType,
        ErrorCode::InvalidDate,
        ErrorCode::DateOutOfRange,
        ErrorCode::UnknownOption,
        ErrorCode::PartNotInProduct,
        ErrorCode::DateAfterAsOf,
        ErrorCode::OrderAfterReceipt,
        ErrorCode::BeforeReceipt,
        ErrorCode::UnreadableAnswer,
    ];

    /// The code as JavaScript sees it.
    pub fn name(self) -> &'static str {
        match self {
            ErrorCode::InvalidAnswers => "invalid-answers",
            ErrorCode::MissingAsOf => "missing-as-of",
            ErrorCode::UnknownKey => "unknown-key",
            ErrorCode::WrongType => "wrong-type",
            ErrorCode::InvalidDate => "invalid-date",
            ErrorCode::DateOutOfRange => "date-out-of-range",
            ErrorCode::UnknownOption => "unknown-option",
            ErrorCode::PartNotInProduct => "part-not-in-product",
            ErrorCode::DateAfterAsOf => "date-after-as-of",
            ErrorCode::OrderAfterReceipt => "order-after-receipt",
            ErrorCode::BeforeReceipt => "before-receipt",
            ErrorCode::UnreadableAnswer => "unreadable-answer",
        }
    }

    fn message(self) -> &'static str {
        match self {
            ErrorCode::InvalidAnswers => "answers must be a plain object",
            ErrorCode::MissingAsOf => "asOf, the date of the check, is required",
            ErrorCode::UnknownKey => "not a question of the checker",
            ErrorCode::WrongType => "the value has the wrong type for this question",
            ErrorCode::InvalidDate => "not a real date written YYYY-MM-DD",
            ErrorCode::DateOutOfRange => "the year must be from 1900 to 2999",
            ErrorCode::UnknownOption => "not one of the question's options",
            ErrorCode::PartNotInProduct => "the chosen product has no such part",
            ErrorCode::DateAfterAsOf => "the date is later than asOf",
            ErrorCode::OrderAfterReceipt => "the order date is later than the date of receipt",
            ErrorCode::BeforeReceipt => "the date is earlier than the date of receipt",
            ErrorCode::UnreadableAnswer => "reading the value threw an exception",
        }
    }
}

/// Malformed answers: which rule they break, and at which key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnswerError {
    /// The stable machine code.
    pub code: ErrorCode,
    /// The answer key at fault; `None` when the whole value is at fault.
    pub field: Option<String>,
}

impl AnswerError {
    /// An error at `field`.
    pub fn new(code: ErrorCode, field: Option<String>) -> AnswerError {
        AnswerError { code, field }
    }

    pub(super) fn at(code: ErrorCode, key: Key) -> AnswerError {
        AnswerError::new(code, Some(key.name().to_owned()))
    }
}

impl fmt::Display for AnswerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.field {
            Some(field) => write!(f, "{field}: {}", self.code.message()),
            None => f.write_str(self.code.message()),
        }
    }
}

impl std::error::Error for AnswerError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_are_plain() {
        let e = AnswerError::new(ErrorCode::UnknownKey, Some("colour".to_owned()));
        assert_eq!(e.to_string(), "colour: not a question of the checker");
        for code in ErrorCode::ALL {
            let m = code.message();
            assert!(!m.ends_with('.') && m.chars().next().is_some_and(|c| c.is_lowercase()), "{m}");
        }
    }
}
