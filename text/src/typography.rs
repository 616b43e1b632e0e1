//! Typographic niceties that depend on the language of the text.
//!
//! French puts a space before `; : ! ?` and inside « », and that space must never
//! let the sign wrap to a line of its own. [`apply`] makes those spaces no-break:
//! narrow (U+202F) before `; ! ?` and inside guillemets, full-width (U+00A0) before `:`,
//! as the Imprimerie nationale's rules have it.

use crate::lang::Lang;

/// Narrow no-break space (U+202F).
pub const NNBSP: char = '\u{202f}';
/// No-break space (U+00A0).
pub const NBSP: char = '\u{a0}';

/// `text` with the typography of `lang` applied. English text is returned unchanged.
///
/// For French: the space written before `; : ! ? »` or after `«` becomes a no-break
/// space, and a missing one is added where it is unambiguous (`encore!` → `encore !`,
/// `«Le` → `« Le`). A `:` or `?` between letters or digits (`10:30`, `a?b=c`) is left
/// alone, as are signs that follow another sign (`?!`).
pub fn apply(text: &str, lang: Lang) -> String {
    match lang {
        Lang::En => text.to_owned(),
        Lang::Fr => french(text),
    }
}

fn french(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 8);
    for (i, &c) in chars.iter().enumerate() {
        let next = chars.get(i + 1).copied();
        let space_before = match c {
            ';' | '!' | '?' | '»' => Some(NNBSP),
            ':' => Some(NBSP),
            _ => None,
        };
        if let Some(space) = space_before {
            let last = out.chars().next_back();
            match last {
                Some(' ' | NBSP | NNBSP) => {
                    out.pop();
                    out.push(space);
                }
                Some(prev) if prev.is_alphanumeric() || matches!(prev, '…' | '’' | ')') => {
                    // Only add a space where the sign clearly ends a clause or a quotation.
                    let ends_clause = next.is_none_or(|n| n.is_whitespace() || ".,)…".contains(n));
                    if c == '»' || ends_clause {
                        out.push(space);
                    }
                }
                _ => {}
            }
            out.push(c);
            continue;
        }
        if c == ' ' && out.ends_with('«') {
            out.push(NNBSP);
            continue;
        }
        out.push(c);
        if c == '«' && next.is_some_and(|n| !n.is_whitespace()) {
            out.push(NNBSP);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fr(s: &str) -> String {
        apply(s, Lang::Fr)
    }

    #[test]
    fn makes_existing_spaces_no_break() {
        assert_eq!(fr("pas encore !"), "pas encore\u{202f}!");
        assert_eq!(
            fr("Pourquoi ? Parce que ; voilà : fini"),
            "Pourquoi\u{202f}? Parce que\u{202f}; voilà\u{a0}: fini"
        );
        assert_eq!(
            fr("« Le métier qui n’existe pas »"),
            "«\u{202f}Le métier qui n’existe pas\u{202f}»"
        );
    }

    #[test]
    fn adds_missing_spaces_where_unambiguous() {
        assert_eq!(fr("encore!"), "encore\u{202f}!");
        assert_eq!(fr("Vraiment?"), "Vraiment\u{202f}?");
        assert_eq!(fr("Conclusion: la fin"), "Conclusion\u{a0}: la fin");
        assert_eq!(fr("«Bonjour»"), "«\u{202f}Bonjour\u{202f}»");
    }

    #[test]
    fn leaves_times_urls_and_doubled_signs_alone() {
        assert_eq!(fr("à 10:30 précises"), "à 10:30 précises");
        assert_eq!(fr("voir site.fr?a=b"), "voir site.fr?a=b");
        assert_eq!(fr("Quoi ?!"), "Quoi\u{202f}?!");
        assert_eq!(fr("https://exemple.fr"), "https://exemple.fr");
    }

    #[test]
    fn english_is_untouched() {
        assert_eq!(
            apply("Really ? Yes : « no »", Lang::En),
            "Really ? Yes : « no »"
        );
    }
}
