//! A small JSON reader for policies: a tree of [`Json`] values in the
//! document's order, whole numbers only.
//!
//! serde_json's deserializer would do, but it brings float parsing and a
//! visitor for every type into the wasm module, several times the size of
//! this reader; a policy has no fractions, so a number that is not a whole
//! number is kept as [`Json::Fraction`] for the checks to report.

/// How deep arrays and objects may nest: well past any policy, well short of
/// the stack.
const DEEPEST: usize = 64;

/// A JSON value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Json {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A whole number that fits an `i64`.
    Int(i64),
    /// Any other number: a fraction, an exponent, or too large.
    Fraction,
    /// A string.
    Str(String),
    /// An array.
    Array(Vec<Json>),
    /// An object's members in the document's order (a repeated key is kept
    /// twice; [`Json::get`] finds the first).
    Object(Vec<(String, Json)>),
}

impl Json {
    /// The member `key` of an object.
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(members) => members.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// The name of its type, for messages.
    pub fn type_name(&self) -> &'static str {
        match self {
            Json::Null => "null",
            Json::Bool(_) => "a boolean",
            Json::Int(_) | Json::Fraction => "a number",
            Json::Str(_) => "a string",
            Json::Array(_) => "an array",
            Json::Object(_) => "an object",
        }
    }
}

/// Reads a JSON text (RFC 8259) with whitespace around it.
///
/// # Errors
/// What is wrong and the byte offset where, for a text that is not JSON or
/// nests deeper than 64.
pub fn parse(text: &str) -> Result<Json, (&'static str, usize)> {
    let mut p = Parser { b: text.as_bytes(), i: 0 };
    let value = p.value(0)?;
    p.space();
    if p.i < p.b.len() {
        return Err(("text after the JSON value", p.i));
    }
    Ok(value)
}

struct Parser<'t> {
    b: &'t [u8],
    i: usize,
}

type Parsed<T> = Result<T, (&'static str, usize)>;

impl Parser<'_> {
    fn fail<T>(&self, what: &'static str) -> Parsed<T> {
        Err((what, self.i))
    }

    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }

    fn eat(&mut self, word: &[u8]) -> bool {
        let found = self.b.get(self.i..self.i + word.len()) == Some(word);
        if found {
            self.i += word.len();
        }
        found
    }

    fn value(&mut self, depth: usize) -> Parsed<Json> {
        if depth > DEEPEST {
            return self.fail("nested too deeply");
        }
        self.space();
        match self.peek() {
            Some(b'{') => self.object(depth),
            Some(b'[') => self.array(depth),
            Some(b'"') => self.string().map(Json::Str),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ if self.eat(b"null") => Ok(Json::Null),
            _ if self.eat(b"true") => Ok(Json::Bool(true)),
            _ if self.eat(b"false") => Ok(Json::Bool(false)),
            _ => self.fail("expected a JSON value"),
        }
    }

    /// After `[` or `{`: the items up to `close`, each read by `item`.
    fn items<T>(&mut self, close: u8, mut item: impl FnMut(&mut Self) -> Parsed<T>) -> Parsed<Vec<T>> {
        self.i += 1;
        let mut out = Vec::new();
        self.space();
        if self.peek() == Some(close) {
            self.i += 1;
            return Ok(out);
        }
        loop {
            out.push(item(self)?);
            self.space();
            match self.peek() {
                Some(b',') => self.i += 1,
                Some(c) if c == close => {
                    self.i += 1;
                    return Ok(out);
                }
                _ => return self.fail("expected a comma or the end of the list"),
            }
        }
    }

    fn array(&mut self, depth: usize) -> Parsed<Json> {
        self.items(b']', |p| p.value(depth + 1)).map(Json::Array)
    }

    fn object(&mut self, depth: usize) -> Parsed<Json> {
        let members = self.items(b'}', |p| {
            p.space();
            if p.peek() != Some(b'"') {
                return p.fail("expected a key in double quotes");
            }
            let key = p.string()?;
            p.space();
            if !p.eat(b":") {
                return p.fail("expected a colon after the key");
            }
            Ok((key, p.value(depth + 1)?))
        })?;
        Ok(Json::Object(members))
    }

    fn number(&mut self) -> Parsed<Json> {
        let start = self.i;
        self.eat(b"-");
        let digits = |p: &mut Self| {
            let from = p.i;
            while matches!(p.peek(), Some(b'0'..=b'9')) {
                p.i += 1;
            }
            p.i - from
        };
        let whole = digits(self);
        if whole == 0 || (whole > 1 && self.b.get(self.i - whole) == Some(&b'0')) {
            return self.fail("a number with no digits, or a leading zero");
        }
        let mut fraction = false;
        if self.eat(b".") {
            fraction = true;
            if digits(self) == 0 {
                return self.fail("a number with no digits after the point");
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.i += 1;
            fraction = true;
            if !self.eat(b"+") {
                self.eat(b"-");
            }
            if digits(self) == 0 {
                return self.fail("a number with no digits in its exponent");
            }
        }
        let text = std::str::from_utf8(self.b.get(start..self.i).unwrap_or_default()).unwrap_or_default();
        Ok(match text.parse::<i64>() {
            Ok(n) if !fraction => Json::Int(n),
            _ => Json::Fraction,
        })
    }

    fn string(&mut self) -> Parsed<String> {
        self.i += 1;
        let mut out = String::new();
        loop {
            let start = self.i;
            while matches!(self.peek(), Some(c) if c != b'"' && c != b'\\' && c >= 0x20) {
                self.i += 1;
            }
            // The text is a &str, and the run stops only at ASCII bytes, so
            // it is whole UTF-8.
            out.push_str(std::str::from_utf8(self.b.get(start..self.i).unwrap_or_default()).unwrap_or_default());
            match self.peek() {
                Some(b'"') => {
                    self.i += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.i += 1;
                    let c = match self.peek() {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => self.unicode()?,
                        _ => return self.fail("an unknown escape"),
                    };
                    self.i += 1;
                    out.push(c);
                }
                _ => return self.fail("a string that does not end, or a control character in it"),
            }
        }
    }

    /// At the `u` of `\uXXXX`, with a second escape for a surrogate pair;
    /// leaves `i` on the last hex digit. A lone surrogate reads as U+FFFD.
    fn unicode(&mut self) -> Parsed<char> {
        let hex = |p: &Self, at: usize| -> Parsed<u32> {
            let digits =
                p.b.get(at..at + 4)
                    .and_then(|d| std::str::from_utf8(d).ok())
                    .filter(|d| d.bytes().all(|c| c.is_ascii_hexdigit()));
            digits
                .and_then(|d| u32::from_str_radix(d, 16).ok())
                .ok_or(("an escape that is not \\u and four hex digits", at))
        };
        let first = hex(self, self.i + 1)?;
        self.i += 4;
        if (0xD800..0xDC00).contains(&first) && self.b.get(self.i + 1..self.i + 3) == Some(b"\\u") {
            let second = hex(self, self.i + 3)?;
            if (0xDC00..0xE000).contains(&second) {
                self.i += 6;
                return Ok(char::from_u32(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)).unwrap_or('\u{FFFD}'));
            }
        }
        Ok(char::from_u32(first).unwrap_or('\u{FFFD}'))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(text: &str) -> Json {
        Json::Str(text.to_owned())
    }

    #[test]
    fn reads_json() {
        assert_eq!(parse(" null ").unwrap(), Json::Null);
        assert_eq!(
            parse("[true,false, -12 ,0]").unwrap(),
            Json::Array(vec![Json::Bool(true), Json::Bool(false), Json::Int(-12), Json::Int(0)])
        );
        assert_eq!(parse("[1.5, 1e3, 99999999999999999999]").unwrap(), Json::Array(vec![Json::Fraction; 3]));
        assert_eq!(
            parse(r#"{"b": {}, "a": []}"#).unwrap(),
            Json::Object(vec![("b".into(), Json::Object(vec![])), ("a".into(), Json::Array(vec![]))])
        );
        assert_eq!(parse(r#""a\"\\\/\b\f\n\r\tz""#).unwrap(), s("a\"\\/\u{8}\u{c}\n\r\tz"));
        assert_eq!(parse(r#""\u00e9\ud83d\ude00é😀""#).unwrap(), s("é😀é😀"));
        assert_eq!(parse(r#""\ud83d""#).unwrap(), s("\u{FFFD}"));
        assert_eq!(parse(r#""\ud83dx""#).unwrap(), s("\u{FFFD}x"));
    }

    #[test]
    fn refuses_what_is_not_json() {
        for bad in [
            "",
            "nul",
            "[1,]",
            "{\"a\" 1}",
            "{a: 1}",
            "[1 2]",
            "01",
            "-",
            "1.",
            "1e",
            "\"a",
            "\"\\x\"",
            "\"\\u12\"",
            "\"\t\"",
            "[] x",
            "'a'",
            "NaN",
        ] {
            assert!(parse(bad).is_err(), "{bad}");
        }
        assert_eq!(parse(&"[".repeat(100)).unwrap_err().0, "nested too deeply");
        assert!(parse(&format!("{}{}", "[".repeat(60), "]".repeat(60))).is_ok());
    }

    #[test]
    fn agrees_with_serde_json() {
        let text = include_str!("../../policies/xiaomi-limited-warranty.json");
        fn same(a: &Json, b: &serde_json::Value) -> bool {
            match (a, b) {
                (Json::Null, serde_json::Value::Null) => true,
                (Json::Bool(x), serde_json::Value::Bool(y)) => x == y,
                (Json::Int(x), serde_json::Value::Number(y)) => y.as_i64() == Some(*x),
                (Json::Str(x), serde_json::Value::String(y)) => x == y,
                (Json::Array(x), serde_json::Value::Array(y)) => {
                    x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same(a, b))
                }
                (Json::Object(x), serde_json::Value::Object(y)) => {
                    x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| same(v, w)))
                }
                _ => false,
            }
        }
        assert!(same(&parse(text).unwrap(), &serde_json::from_str(text).unwrap()));
    }
}
