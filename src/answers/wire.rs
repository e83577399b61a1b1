//! The wire text the wasm layer's reader writes for an answers object.

use super::{AnswerError, ErrorCode, RawValue};

/// Reads raw answers from the wire text the wasm layer's reader writes.
///
/// The text is either `!` and the JavaScript kind of a value that is not an
/// answers object (`!null`, `!string`, `!array`, `!unreadable`...), or a run
/// of entries, each a tag, the key as `<length>:<text>` and, for the tags
/// `s` (a string) and `o` (another type, by its `typeof`), the value the same
/// way. Lengths count UTF-16 code units, as JavaScript does. The other tags
/// carry no value: `z` null, `t` true, `f` false, `n` a number, `S` a string
/// too long for any answer, `x` a value whose reading threw.
///
/// # Errors
/// `invalid-answers` (field `None`) for a value that is not an object or a
/// text the reader cannot have written; `unreadable-answer` (field `None`)
/// when reading the object's keys threw.
pub fn read_wire(text: &str) -> Result<Vec<(String, RawValue)>, AnswerError> {
    let whole = |code| AnswerError::new(code, None);
    if let Some(kind) = text.strip_prefix('!') {
        return Err(whole(if kind == "unreadable" { ErrorCode::UnreadableAnswer } else { ErrorCode::InvalidAnswers }));
    }
    let mut rest = text.chars();
    let mut entries = Vec::new();
    while let Some(tag) = rest.next() {
        let key = counted(&mut rest).ok_or(whole(ErrorCode::InvalidAnswers))?;
        let value = match tag {
            'z' => RawValue::Null,
            't' => RawValue::Bool(true),
            'f' => RawValue::Bool(false),
            'n' => RawValue::Number,
            'S' => RawValue::LongStr,
            'x' => RawValue::Unreadable,
            's' => RawValue::Str(counted(&mut rest).ok_or(whole(ErrorCode::InvalidAnswers))?),
            'o' => RawValue::Other(counted(&mut rest).ok_or(whole(ErrorCode::InvalidAnswers))?),
            _ => return Err(whole(ErrorCode::InvalidAnswers)),
        };
        entries.push((key, value));
    }
    Ok(entries)
}

/// Reads `<length>:<text>`, the length in UTF-16 code units.
fn counted(chars: &mut std::str::Chars<'_>) -> Option<String> {
    let mut units: usize = 0;
    loop {
        match chars.next()? {
            ':' => break,
            c => units = units.checked_mul(10)?.checked_add(c.to_digit(10)? as usize)?,
        }
    }
    let mut out = String::new();
    while units > 0 {
        let c = chars.next()?;
        units = units.checked_sub(c.len_utf16())?;
        out.push(c);
    }
    Some(out)
}
