//! The countries a shopper can name: ISO 3166-1 alpha-2, upper case.

/// The 249 officially assigned ISO 3166-1 alpha-2 codes, sorted, two
/// letters each (one text keeps the table small in the wasm).
const CODES: &str = "ADAEAFAGAIALAMAOAQARASATAUAWAXAZBABBBDBEBFBGBHBIBJBLBMBNBOBQBRBSBTBVBWBYBZCACCCDCFCGCHCICKCLCMCNCOCRCUCVCWCXCYCZDEDJDKDMDODZECEEEGEHERESETFIFJFKFMFOFRGAGBGDGEGFGGGHGIGLGMGNGPGQGRGSGTGUGWGYHKHMHNHRHTHUIDIEILIMINIOIQIRISITJEJMJOJPKEKGKHKIKMKNKPKRKWKYKZLALBLCLILKLRLSLTLULVLYMAMCMDMEMFMGMHMKMLMMMNMOMPMQMRMSMTMUMVMWMXMYMZNANCNENFNGNINLNONPNRNUNZOMPAPEPFPGPHPKPLPMPNPRPSPTPWPYQARERORSRURWSASBSCSDSESGSHSISJSKSLSMSNSOSRSSSTSVSXSYSZTCTDTFTGTHTJTKTLTMTNTOTRTTTVTWTZUAUGUMUSUYUZVAVCVEVGVIVNVUWFWSYEYTZAZMZW";

/// How many codes there are.
pub const COUNT: usize = CODES.len() / 2;

/// The codes, in order.
pub fn countries() -> impl Iterator<Item = &'static str> {
    (0..COUNT).filter_map(|i| CODES.get(2 * i..2 * i + 2))
}

/// The code as listed, when `code` is one of the 249.
pub fn country(code: &str) -> Option<&'static str> {
    countries().find(|&c| c == code)
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
    }
}
