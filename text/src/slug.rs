//! Slugs (URL path segments and heading ids) and accent folding.
//!
//! Folding is a small table for the Latin letters of French, English and their neighbours
//! rather than a Unicode decomposition crate: it runs in the browser, and full Unicode
//! tables would cost more Wasm than the rest of the text handling together.

/// The base letters of a Latin letter with diacritics (`é` → `e`, `œ` → `oe`).
///
/// Characters without a folding are returned unchanged, as a one-character string slice
/// cannot be returned for them; callers push the original character instead.
pub fn fold_char(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ā' | 'Ă' | 'Ą' => "A",
        'ç' | 'ć' | 'č' => "c",
        'Ç' | 'Ć' | 'Č' => "C",
        'ď' | 'đ' => "d",
        'Ď' | 'Đ' => "D",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => "e",
        'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ė' | 'Ę' | 'Ě' => "E",
        'ğ' => "g",
        'Ğ' => "G",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => "i",
        'Ì' | 'Í' | 'Î' | 'Ï' | 'Ī' | 'Į' | 'İ' => "I",
        'ł' | 'ľ' => "l",
        'Ł' | 'Ľ' => "L",
        'ñ' | 'ń' | 'ň' => "n",
        'Ñ' | 'Ń' | 'Ň' => "N",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
        'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō' | 'Ő' => "O",
        'ř' => "r",
        'Ř' => "R",
        'ś' | 'š' | 'ş' => "s",
        'Ś' | 'Š' | 'Ş' => "S",
        'ť' | 'ţ' => "t",
        'Ť' | 'Ţ' => "T",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => "u",
        'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ū' | 'Ů' | 'Ű' | 'Ų' => "U",
        'ý' | 'ÿ' => "y",
        'Ý' | 'Ÿ' => "Y",
        'ź' | 'ż' | 'ž' => "z",
        'Ź' | 'Ż' | 'Ž' => "Z",
        'æ' => "ae",
        'Æ' => "AE",
        'œ' => "oe",
        'Œ' => "OE",
        'ß' => "ss",
        _ => return None,
    })
}

/// `text` with Latin diacritics removed: `"Réseaux"` → `"Reseaux"`.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match fold_char(c) {
            Some(base) => out.push_str(base),
            None => out.push(c),
        }
    }
    out
}

/// A lower-case, hyphen-separated slug: `"Le métier qui n’existe pas"` →
/// `"le-metier-qui-n-existe-pas"`.
///
/// Latin letters are folded to ASCII; letters and digits of other scripts are kept
/// (lower-cased), so a title in any script still gets a readable slug. Everything else
/// separates words. Returns an empty string when `text` has no letter or digit.
pub fn slugify(text: &str) -> String {
    let mut slug = String::with_capacity(text.len());
    let mut pending_hyphen = false;
    for c in fold(text).chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            if pending_hyphen && !slug.is_empty() {
                slug.push('-');
            }
            pending_hyphen = false;
            slug.push(c);
        } else {
            pending_hyphen = true;
        }
    }
    slug
}

/// Whether `s` is a slug as [`slugify`] makes them from ASCII text: `a-z`, `0-9` and
/// single inner hyphens. Post slugs must be of this form, as they become URLs and file names.
pub fn is_ascii_slug(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with('-')
        && !s.ends_with('-')
        // Two hyphens in a row, byte by byte: `contains("--")` brings a substring searcher
        // of 500 bytes into every page's Wasm for this one check.
        && !s.as_bytes().windows(2).any(|pair| pair == b"--")
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_french_accents_and_ligatures() {
        assert_eq!(
            fold("métier réseaux à l’œuvre Ça"),
            "metier reseaux a l’oeuvre Ca"
        );
        assert_eq!(fold("naïve façade Noël"), "naive facade Noel");
    }

    #[test]
    fn slugifies_titles() {
        assert_eq!(
            slugify("« Le métier qui n’existe pas »"),
            "le-metier-qui-n-existe-pas"
        );
        assert_eq!(slugify("Réseaux sociaux"), "reseaux-sociaux");
        assert_eq!(slugify("  Hello,   World! 2016 "), "hello-world-2016");
        assert_eq!(slugify("Ünïcödé — ça marche ?"), "unicode-ca-marche");
        assert_eq!(slugify("日本語 テスト"), "日本語-テスト");
        assert_eq!(slugify("!!!"), "");
    }

    #[test]
    fn recognises_ascii_slugs() {
        assert!(is_ascii_slug("le-metier-qui-n-existe-pas"));
        assert!(is_ascii_slug("post-2"));
        for bad in [
            "",
            "-a",
            "a-",
            "a--b",
            "Le-metier",
            "métier",
            "a b",
            "a_b",
            "a/b",
        ] {
            assert!(!is_ascii_slug(bad), "{bad:?}");
        }
    }
}
