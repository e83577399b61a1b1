//! One raw answer read as the kind its question takes: an option, a date,
//! a date or none, yes or no.

use chrono::NaiveDate;

use super::{AnswerError, ErrorCode, Key};
use crate::calendar::{parse_date, DateProblem};

/// One answer as JavaScript gave it, before any judgement.
#[derive(Clone, Debug, PartialEq)]
pub enum RawValue {
    /// `undefined`: not answered yet.
    Undefined,
    /// `null`.
    Null,
    /// A boolean.
    Bool(bool),
    /// A string short enough to be read.
    Str(String),
    /// A string too long to be any answer; its text is not carried.
    LongStr,
    /// A number (NaN and infinities included).
    Number,
    /// Any other JavaScript type, by its `typeof`: object, function, symbol, bigint.
    Other(String),
    /// Reading the value threw.
    Unreadable,
}

pub(super) fn choice<T>(key: Key, value: &RawValue, find: impl FnOnce(&str) -> Option<T>) -> Result<T, AnswerError> {
    match value {
        RawValue::Str(s) => find(s).ok_or_else(|| AnswerError::at(ErrorCode::UnknownOption, key)),
        RawValue::LongStr => Err(AnswerError::at(ErrorCode::UnknownOption, key)),
        other => Err(not_read(key, other)),
    }
}

pub(super) fn date(key: Key, value: &RawValue) -> Result<NaiveDate, AnswerError> {
    match value {
        RawValue::Str(s) => parse_date(s).map_err(|p| {
            AnswerError::at(
                match p {
                    DateProblem::Invalid => ErrorCode::InvalidDate,
                    DateProblem::OutOfRange => ErrorCode::DateOutOfRange,
                },
                key,
            )
        }),
        RawValue::LongStr => Err(AnswerError::at(ErrorCode::InvalidDate, key)),
        other => Err(not_read(key, other)),
    }
}

pub(super) fn date_or_none(key: Key, value: &RawValue) -> Result<Option<NaiveDate>, AnswerError> {
    match value {
        RawValue::Null => Ok(None),
        other => date(key, other).map(Some),
    }
}

pub(super) fn yes_no(key: Key, value: &RawValue) -> Result<bool, AnswerError> {
    match value {
        RawValue::Bool(b) => Ok(*b),
        other => Err(not_read(key, other)),
    }
}

pub(super) fn not_read(key: Key, value: &RawValue) -> AnswerError {
    let code = if *value == RawValue::Unreadable { ErrorCode::UnreadableAnswer } else { ErrorCode::WrongType };
    AnswerError::at(code, key)
}
