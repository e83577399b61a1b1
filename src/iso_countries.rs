//! The countries a shopper can name: ISO 3166-1 alpha-2, upper case.

/// The 249 officially assigned ISO 3166-1 alpha-2 codes, sorted, two
/// letters each (one text keeps the table small in the wasm).
const CODES_TEXT: &str = "ADAEAFAGAIALAMAOAQARASATAUAWAXAZBABBBDBEBFBGBHBIBJBLBMBNBOBQBRBSBTBVBWBYBZCACCCDCFCGCHCICKCLCMCNCOCRCUCVCWCXCYCZDEDJDKDMDODZECEEEGEHERESETFIFJFKFMFOFRGAGBGDGEGFGGGHGIGLGMGNGPGQGRGSGTGUGWGYHKHMHNHRHTHUIDIEILIMINIOIQIRISITJEJMJOJPKEKGKHKIKMKNKPKRKWKYKZLALBLCLILKLRLSLTLULVLYMAMCMDMEMFMGMHMKMLMMMNMOMPMQMRMSMTMUMVMWMXMYMZNANCNENFNGNINLNONPNRNUNZOMPAPEPFPGPHPKPLPMPNPRPSPTPWPYQARERORSRURWSASBSCSDSESGSHSISJSKSLSMSNSOSRSSSTSVSXSYSZTCTDTFTGTHTJTKTLTMTNTOTRTTTVTWTZUAUGUMUSUYUZVAVCVEVGVIVNVUWFWSYEYTZAZMZW";

/// The list itself: a `static`, so that every code taken from it points into
/// one place ([`as_listed`] relies on that; a `const` may be copied at each use).
static CODES: &str = CODES_TEXT;

/// How many codes there are.
pub const COUNT: usize = CODES_TEXT.len() / 2;

/// The whole list as a JSON array, `["AD","AE",...]`, made once at compile
/// time: the country question's options are written out on every check
/// until it is answered.
pub const OPTIONS_JSON: &str = match std::str::from_utf8(&OPTIONS_JSON_BYTES) {
    Ok(text) => text,
    Err(_) => "[]",
};

const OPTIONS_JSON_BYTES: [u8; COUNT * 5 + 1] = {
    let codes = CODES_TEXT.as_bytes();
    let mut out = [b','; COUNT * 5 + 1];
    out[0] = b'[';
    let mut i = 0;
    while i < COUNT {
        out[1 + 5 * i] = b'"';
        out[2 + 5 * i] = codes[2 * i];
        out[3 + 5 * i] = codes[2 * i + 1];
        out[4 + 5 * i] = b'"';
        i += 1;
    }
    out[COUNT * 5] = b']';
    out
};

/// The codes, in order.
pub fn countries() -> impl Iterator<Item = &'static str> {
    (0..COUNT).filter_map(|i| CODES.get(2 * i..2 * i + 2))
}

/// `code` as the list's own text, when it is a slice of the list (as
/// [`countries`] gives them), found by where it lies rather than by what
/// it says; `None` for any other text, even one that reads the same.
pub(crate) fn as_listed(code: &str) -> Option<&'static str> {
    let offset = (code.as_ptr() as usize).checked_sub(CODES.as_ptr() as usize)?;
    CODES.get(offset..offset.checked_add(code.len())?).filter(|listed| std::ptr::eq(*listed, code))
}

/// The code as listed, when `code` is one of the 249.
pub fn country(code: &str) -> Option<&'static str> {
    // A binary search over the sorted two-letter slots, each compared as one
    // number (its letters in order) rather than through `memcmp`.
    let &[a, b] = code.as_bytes() else { return None };
    let wanted = u16::from_be_bytes([a, b]);
    let (mut low, mut high) = (0, COUNT);
    while low < high {
        let mid = (low + high) / 2;
        let slot = CODES.get(2 * mid..2 * mid + 2)?;
        let &[x, y] = slot.as_bytes() else { return None };
        match u16::from_be_bytes([x, y]).cmp(&wanted) {
            std::cmp::Ordering::Less => low = mid + 1,
            std::cmp::Ordering::Greater => high = mid,
            std::cmp::Ordering::Equal => return Some(slot),
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_is_sorted_unique_and_complete() {
        let all: Vec<&str> = countries().collect();
        assert_eq!(all.len(), 249);
        assert!(all.windows(2).all(|w| w[0] < w[1]));
        assert!(all.iter().all(|c| c.len() == 2 && c.bytes().all(|b| b.is_ascii_uppercase())));
        assert_eq!(country("DE"), Some("DE"));
        assert_eq!(country("US"), Some("US"));
        assert_eq!(country("de"), None);
        assert_eq!(country("UK"), None);
        assert_eq!(country("EU"), None);
        assert_eq!(country(""), None);
        assert_eq!(country("ZZZ"), None);
        assert_eq!(country("é"), None);
        for c in &all {
            assert_eq!(country(c), Some(*c));
        }
        assert_eq!(serde_json::from_str::<Vec<String>>(OPTIONS_JSON).unwrap(), all);
        for c in &all {
            assert!(as_listed(c).is_some_and(|l| std::ptr::eq(l, *c)));
            let copy: String = c.chars().collect();
            assert_eq!(as_listed(&copy), None, "a copy is not the list's text");
        }
    }
}
