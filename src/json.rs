//! A small JSON writer for the decision, the value that goes out on every
//! `check()`.
//!
//! The decision is written by hand rather than through `serde_json` because
//! that is where a check spent most of its time: serde's escaping walks
//! every byte through a table and dates went through `Display`. The output
//! is the same JSON as the types' `Serialize` implementations give (a test
//! compares the two on every scenario), so `serde` stays the definition and
//! this file only the fast path.

use chrono::{Datelike, NaiveDate};

use crate::calendar::Period;
use crate::decision::{Assessment, Decision, Outcome, Question, Reason, Statutory, Step};
use crate::iso_countries;
use crate::vocabulary::Vocabulary;

/// The decision as JSON text.
pub fn decision(d: &Decision<'_>) -> String {
    let mut w = Writer(Vec::with_capacity(4096));
    w.0.push_str("{\"return\":");
    w.assessment(&d.returns, None);
    w.0.push_str(",\"warranty\":");
    w.assessment(&d.warranty, None);
    w.0.push_str(",\"questions\":");
    w.list(&d.questions, Writer::question);
    w.0.push_str(",\"nextSteps\":");
    w.list(&d.next_steps, Writer::step);
    w.0.push_str(",\"statutory\":");
    w.list(&d.statutory, |w, s: &Statutory<'_>| w.assessment(&s.assessment, Some(s)));
    w.0.push_str(",\"notices\":");
    w.list(&d.notices, Writer::reason);
    w.0.push(b'}');
    // Only whole `str`s and ASCII were written.
    String::from_utf8(w.0).unwrap_or_default()
}

/// The vocabulary as JSON text, the same as its `Serialize` gives; written
/// here too so that the default module carries no JSON serialiser.
pub fn vocabulary(v: &Vocabulary<'_>) -> String {
    let mut w = Writer(Vec::with_capacity(8192));
    let strings = |w: &mut Writer, list: &[&str]| w.list(list, |w, s| w.str(s));
    w.0.push_str("{\"questions\":");
    w.list(&v.questions, Writer::question);
    for (key, list) in
        [("reasons", &v.reasons), ("conditions", &v.conditions), ("steps", &v.steps), ("errors", &v.errors)]
    {
        w.0.push_str(",\"");
        w.0.push_str(key);
        w.0.push_str("\":");
        strings(&mut w, list);
    }
    w.0.push_str(",\"clauses\":");
    w.list(v.clauses, |w, c| {
        w.0.push_str("{\"id\":");
        w.str(&c.id);
        w.0.push_str(",\"kind\":");
        w.str(c.kind.name());
        w.0.push(b'}');
    });
    w.0.push_str(",\"notices\":");
    strings(&mut w, &v.notices);
    w.0.push_str(",\"citations\":");
    w.list(v.citations, |w, c| {
        w.0.push_str("{\"id\":");
        w.str(c.id);
        w.0.push_str(",\"kind\":");
        w.str(c.kind.name());
        w.0.push_str(",\"source\":");
        w.str(c.source);
        w.0.push(b'}');
    });
    w.0.push_str(",\"assessments\":");
    strings(&mut w, &v.assessments);
    w.0.push_str(",\"contact\":");
    w.str(v.contact);
    w.0.push(b'}');
    String::from_utf8(w.0).unwrap_or_default()
}

struct Writer(Vec<u8>);

trait Push {
    fn push_str(&mut self, s: &str);
}

impl Push for Vec<u8> {
    fn push_str(&mut self, s: &str) {
        self.extend_from_slice(s.as_bytes());
    }
}

impl Writer {
    fn list<T>(&mut self, items: &[T], mut each: impl FnMut(&mut Self, &T)) {
        self.0.push(b'[');
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                self.0.push(b',');
            }
            each(self, item);
        }
        self.0.push(b']');
    }

    /// A JSON string; the engine's codes and ids need no escaping, so they
    /// are copied in one go, and anything else is escaped.
    fn str(&mut self, s: &str) {
        self.0.push(b'"');
        if s.bytes().all(|b| b >= 0x20 && b != b'"' && b != b'\\') {
            self.0.push_str(s);
        } else {
            for c in s.chars() {
                match c {
                    '"' => self.0.push_str("\\\""),
                    '\\' => self.0.push_str("\\\\"),
                    '\n' => self.0.push_str("\\n"),
                    '\r' => self.0.push_str("\\r"),
                    '\t' => self.0.push_str("\\t"),
                    c if u32::from(c) < 0x20 => {
                        let n = u32::from(c);
                        self.0.push_str("\\u00");
                        self.0.push(hex(n >> 4));
                        self.0.push(hex(n & 0xf));
                    }
                    c => self.0.push_str(c.encode_utf8(&mut [0; 4])),
                }
            }
        }
        self.0.push(b'"');
    }

    /// `"key":"value"` after a comma, when there is a value.
    fn field(&mut self, key: &str, value: Option<&str>) {
        if let Some(v) = value {
            self.0.push_str(",\"");
            self.0.push_str(key);
            self.0.push_str("\":");
            self.str(v);
        }
    }

    /// `YYYY-MM-DD` as chrono writes it for the years 0 to 9999.
    fn date(&mut self, d: NaiveDate) {
        let year = d.year();
        if !(0..=9999).contains(&year) {
            // Outside what any answer reaches; chrono's own form, slowly.
            self.0.push(b'"');
            self.0.push_str(&d.to_string());
            self.0.push(b'"');
            return;
        }
        let mut b = *b"\"0000-00-00\"";
        let digits = |b: &mut [u8], mut n: u32| {
            for slot in b.iter_mut().rev() {
                *slot = b'0' + (n % 10) as u8;
                n /= 10;
            }
        };
        digits(&mut b[1..5], year.unsigned_abs());
        digits(&mut b[6..8], d.month());
        digits(&mut b[9..11], d.day());
        self.0.extend_from_slice(&b);
    }

    fn date_field(&mut self, key: &str, value: Option<NaiveDate>) {
        if let Some(d) = value {
            self.0.push_str(",\"");
            self.0.push_str(key);
            self.0.push_str("\":");
            self.date(d);
        }
    }

    fn assessment(&mut self, a: &Assessment<'_>, statutory: Option<&Statutory<'_>>) {
        self.0.push(b'{');
        if let Some(s) = statutory {
            self.0.push_str("\"id\":");
            self.str(s.id);
            self.0.push(b',');
        }
        self.0.push_str("\"outcome\":\"");
        self.0.push_str(match a.outcome {
            Outcome::Eligible => "eligible",
            Outcome::NotEligible => "not-eligible",
            Outcome::Undetermined => "undetermined",
        });
        self.0.push_str("\",\"deadline\":");
        match a.deadline {
            Some(d) => self.date(d),
            None => self.0.push_str("null"),
        }
        self.0.push_str(",\"reasons\":");
        self.list(&a.reasons, Writer::reason);
        self.0.push_str(",\"conditions\":");
        self.list(&a.conditions, Writer::reason);
        if let Some(s) = statutory {
            self.0.push_str(",\"contact\":");
            self.str(s.contact);
        }
        self.0.push(b'}');
    }

    fn reason(&mut self, r: &Reason<'_>) {
        self.0.push_str("{\"code\":");
        self.str(r.code);
        self.0.push_str(",\"clause\":");
        self.str(r.clause);
        self.date_field("date", r.date);
        self.date_field("orderDate", r.order_date);
        self.field("product", r.product);
        self.field("seller", r.seller);
        self.field("country", r.country);
        self.field("part", r.part);
        if let Some(p) = r.period {
            let (unit, n) = match p {
                Period::Days(n) => ("days", n),
                Period::Months(n) => ("months", n),
            };
            self.0.push_str(",\"period\":{\"");
            self.0.push_str(unit);
            self.0.push_str("\":");
            self.0.push_str(itoa(n, &mut [0; 10]));
            self.0.push(b'}');
        }
        self.field("cause", r.cause);
        self.0.push(b'}');
    }

    fn step(&mut self, s: &Step<'_>) {
        self.0.push_str("{\"code\":");
        self.str(s.code);
        self.0.push_str(",\"clause\":");
        self.str(s.clause);
        self.date_field("date", s.date);
        self.field("contact", s.contact);
        self.0.push(b'}');
    }

    fn question(&mut self, q: &Question<'_>) {
        self.0.push_str("{\"id\":");
        self.str(q.id);
        self.0.push_str(",\"kind\":");
        self.str(q.kind);
        self.0.push_str(",\"options\":");
        match &q.options {
            // Every country: the list written once, at compile time.
            Some(options)
                if options.len() == iso_countries::COUNT && options.iter().copied().eq(iso_countries::countries()) =>
            {
                self.0.push_str(iso_countries::OPTIONS_JSON)
            }
            Some(options) => self.list(options, |w, o| w.str(o)),
            None => self.0.push_str("null"),
        }
        self.0.push(b'}');
    }
}

/// `n` in decimal, written into `buf`.
fn itoa(mut n: u32, buf: &mut [u8; 10]) -> &str {
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    // Only ASCII digits were written.
    std::str::from_utf8(&buf[i..]).unwrap_or("0")
}

fn hex(n: u32) -> u8 {
    b"0123456789abcdef"[(n & 0xf) as usize]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::decision::Outcome;

    #[test]
    fn strings_are_escaped_only_when_they_need_it() {
        let mut w = Writer(Vec::new());
        w.str("return.window");
        w.str("a\"b\\c\nd\u{1}é");
        let text = String::from_utf8(w.0).unwrap();
        assert_eq!(text, r#""return.window""a\"b\\c\nd\u0001é""#);
        let text = text.replacen("\"\"", "\",\"", 1);
        let parsed: Vec<String> = serde_json::from_str(&format!("[{text}]")).unwrap();
        assert_eq!(parsed, ["return.window", "a\"b\\c\nd\u{1}é"]);
    }

    #[test]
    fn dates_are_written_as_chrono_writes_them() {
        for (y, m, d) in
            [(1900, 1, 1), (2026, 11, 23), (2999, 12, 31), (3000, 12, 31), (9999, 1, 9), (10000, 1, 1), (-5, 3, 4)]
        {
            let date = NaiveDate::from_ymd_opt(y, m, d).unwrap();
            let mut w = Writer(Vec::new());
            w.date(date);
            assert_eq!(String::from_utf8(w.0).unwrap(), serde_json::to_string(&date).unwrap());
        }
    }

    #[test]
    fn the_vocabulary_matches_serde() {
        let v = crate::vocabulary::vocabulary(crate::default_policy());
        let written: serde_json::Value = serde_json::from_str(&vocabulary(&v)).unwrap();
        assert_eq!(written, serde_json::to_value(&v).unwrap());
    }

    #[test]
    fn an_assessment_matches_serde() {
        let a = Assessment {
            outcome: Outcome::NotEligible,
            deadline: None,
            reasons: vec![Reason { period: Some(Period::Months(12)), part: Some("main"), ..Reason::new("x", "y") }],
            conditions: Vec::new(),
        };
        let mut w = Writer(Vec::new());
        w.assessment(&a, None);
        assert_eq!(serde_json::from_slice::<serde_json::Value>(&w.0).unwrap(), serde_json::to_value(&a).unwrap());
    }
}
