//! What can be wrong with answers: the stable codes, in the contract's
//! order, and the error that names the key at fault.

use std::fmt;

use super::Key;

code_table! {
    /// The stable machine code of an [`AnswerError`], in the contract's
    /// order, with its message.
    pub enum ErrorCode: message -> &'static str {
        /// The whole value is not an answers object.
        InvalidAnswers = "invalid-answers" => "answers must be a plain object",
        /// `asOf` is missing.
        MissingAsOf = "missing-as-of" => "asOf, the date of the check, is required",
        /// A key that is not a question.
        UnknownKey = "unknown-key" => "not a question of the checker",
        /// A value of the wrong type for its question.
        WrongType = "wrong-type" => "the value has the wrong type for this question",
        /// Not a `YYYY-MM-DD` date, or a day that does not exist.
        InvalidDate = "invalid-date" => "not a real date written YYYY-MM-DD",
        /// A date whose year is outside 1900 to 2999.
        DateOutOfRange = "date-out-of-range" => "the year must be from 1900 to 2999",
        /// A value that is not one of the question's options.
        UnknownOption = "unknown-option" => "not one of the question's options",
        /// A part that the chosen product does not have.
        PartNotInProduct = "part-not-in-product" => "the chosen product has no such part",
        /// A date later than `asOf`.
        DateAfterAsOf = "date-after-as-of" => "the date is later than asOf",
        /// An order date later than the date of receipt.
        OrderAfterReceipt = "order-after-receipt" => "the order date is later than the date of receipt",
        /// An RMA issued, or a replacement received, before the product was received.
        BeforeReceipt = "before-receipt" => "the date is earlier than the date of receipt",
        /// Reading the value threw.
        UnreadableAnswer = "unreadable-answer" => "reading the value threw an exception",
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

impl AnswerError {
    /// The message: the field at fault, if any, then what is wrong with it.
    /// Joined by hand rather than through `core::fmt`, which the page's
    /// module would otherwise carry for this one text.
    pub fn message(&self) -> String {
        let what = self.code.message();
        match &self.field {
            Some(field) => [field, ": ", what].concat(),
            None => what.to_owned(),
        }
    }
}

impl fmt::Display for AnswerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
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
        assert_eq!(e.message(), e.to_string());
        assert_eq!(AnswerError::new(ErrorCode::InvalidAnswers, None).message(), "answers must be a plain object");
        for code in ErrorCode::ALL {
            let m = code.message();
            assert!(!m.ends_with('.') && m.chars().next().is_some_and(|c| c.is_lowercase()), "{m}");
        }
    }
}
