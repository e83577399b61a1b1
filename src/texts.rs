//! Texts that live as long as the program, remembered by where they lie.
//!
//! A decision under the default policy borrows its texts (codes, clause ids,
//! options, the contact) from that policy, a `static` of the program's
//! data, and from the engine's own tables: as long as the program. The
//! JavaScript boundary [`remember`]s them; a decision's serializer then
//! finds each by its address ([`fixed`]) and hands it on as `'static`, which
//! serde-wasm-bindgen turns into a JavaScript string once per module
//! instead of on every decision. A text not remembered (a custom policy's,
//! which may be dropped) goes out as it is.

use std::cell::RefCell;

use serde::Serializer;

/// An open-addressing set of texts keyed by their address. Not std's
/// `HashMap<(usize, usize), &str>`: measured in the page's module, that one
/// (hashbrown and SipHash) made it 40,323 B gzip against 38,556 B, over the
/// 38 KiB budget it then had.
#[derive(Default)]
struct Texts {
    /// A power of two of slots, at most half of them used.
    slots: Vec<Option<&'static str>>,
    used: usize,
}

thread_local! {
    static TEXTS: RefCell<Texts> = RefCell::new(Texts::default());
}

/// The first slot to probe for a text at `address`.
fn home(address: usize, mask: usize) -> usize {
    // Fibonacci hashing of the address; its low bits are alignment.
    (address.wrapping_mul(0x9e37_79b9) >> 4) & mask
}

impl Texts {
    /// The slot holding `text` (same address, same length), or the free
    /// slot where it would go; `None` only for an empty set.
    fn find(&self, text: &str) -> Option<usize> {
        let mask = self.slots.len().checked_sub(1)?;
        let mut slot = home(text.as_ptr() as usize, mask);
        for _ in 0..self.slots.len() {
            match self.slots.get(slot)? {
                Some(held) if !std::ptr::eq(*held, text) => slot = (slot + 1) & mask,
                _ => return Some(slot),
            }
        }
        None
    }

    fn insert(&mut self, text: &'static str) {
        if (self.used + 1) * 2 > self.slots.len() {
            let size = (self.slots.len() * 2).max(64);
            let old = std::mem::replace(&mut self.slots, vec![None; size]);
            self.used = 0;
            for held in old.into_iter().flatten() {
                self.insert(held);
            }
        }
        let found = self.find(text);
        if let Some(slot) = found {
            if let Some(free @ None) = self.slots.get_mut(slot) {
                *free = Some(text);
                self.used += 1;
            }
        }
    }
}

/// Remembers `text`, which lives as long as the program.
pub fn remember(text: &'static str) {
    TEXTS.with(|texts| {
        if let Ok(mut texts) = texts.try_borrow_mut() {
            texts.insert(text);
        }
    });
}

/// `text` as the remembered text at its place, when it is one; `None` for
/// any other text, even one that reads the same.
pub fn fixed(text: &str) -> Option<&'static str> {
    TEXTS.with(|texts| {
        let texts = texts.try_borrow().ok()?;
        let slot = texts.find(text)?;
        *texts.slots.get(slot)?
    })
}

/// Serialises a text: a remembered one as a unit variant (a format writes
/// it as the text itself), any other as a string.
pub(crate) fn serialize_text<S: Serializer>(text: &&str, s: S) -> Result<S::Ok, S::Error> {
    match fixed(text) {
        Some(fixed) => s.serialize_unit_variant("", 0, fixed),
        None => s.serialize_str(text),
    }
}

/// As [`serialize_text`], for a text that may be missing (`null`).
pub(crate) fn serialize_text_or_none<S: Serializer>(text: &Option<&str>, s: S) -> Result<S::Ok, S::Error> {
    match text {
        Some(text) => serialize_text(text, s),
        None => s.serialize_none(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_is_found_by_its_place_not_by_what_it_says() {
        let many: Vec<&'static str> = (0..300).map(|i| &*Box::leak(format!("text-{i}").into_boxed_str())).collect();
        assert_eq!(fixed(many[0]), None);
        for text in &many {
            remember(text);
        }
        remember(many[7]);
        for text in &many {
            assert!(fixed(text).is_some_and(|f| std::ptr::eq(f, *text)), "{text}");
            let copy: String = text.chars().collect();
            assert_eq!(fixed(&copy), None, "a copy of {text}");
        }
        // The same place, another length: another text.
        assert_eq!(fixed(&many[0][..4]), None);
        assert_eq!(serde_json::to_string(&Some(many[3])).unwrap(), "\"text-3\"");
        #[derive(serde::Serialize)]
        struct Both<'a> {
            #[serde(serialize_with = "serialize_text")]
            a: &'a str,
            #[serde(serialize_with = "serialize_text_or_none")]
            b: Option<&'a str>,
        }
        let copy = String::from("copy");
        let both = Both { a: many[5], b: Some(&copy) };
        assert_eq!(serde_json::to_string(&both).unwrap(), r#"{"a":"text-5","b":"copy"}"#);
        assert_eq!(serde_json::to_string(&Both { a: &copy, b: None }).unwrap(), r#"{"a":"copy","b":null}"#);
    }
}
