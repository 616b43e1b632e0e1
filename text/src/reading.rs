//! Word counts and reading times.

use crate::lang::Lang;

/// Words per minute Carnet assumes for an adult reading on screen.
pub const WORDS_PER_MINUTE: u32 = 220;

/// The number of words in plain text: runs of characters separated by white space
/// that contain at least one letter or digit (so "–" or "…" alone are not words).
pub fn word_count(text: &str) -> u32 {
    let n = text
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count();
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Minutes to read `words` words, rounded to the nearest minute and at least one.
pub fn reading_minutes(words: u32) -> u32 {
    (words.saturating_add(WORDS_PER_MINUTE / 2) / WORDS_PER_MINUTE).max(1)
}

/// "3 min de lecture" / "3 min read".
pub fn reading_time_label(words: u32, lang: Lang) -> String {
    let minutes = reading_minutes(words);
    match lang {
        Lang::Fr => format!("{minutes}\u{a0}min de lecture"),
        Lang::En => format!("{minutes}\u{a0}min read"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_words_not_punctuation() {
        assert_eq!(word_count("Bon ben finalement je n’ai pas de regret."), 8);
        assert_eq!(
            word_count("faire… le métier – qui n’existe pas encore !"),
            7
        );
        assert_eq!(word_count("  \n\t "), 0);
        assert_eq!(word_count("2008-2009, soit environ 3 ans"), 5);
    }

    #[test]
    fn rounds_reading_time_with_a_one_minute_floor() {
        assert_eq!(reading_minutes(0), 1);
        assert_eq!(reading_minutes(50), 1);
        assert_eq!(reading_minutes(329), 1);
        assert_eq!(reading_minutes(330), 2);
        assert_eq!(reading_minutes(2200), 10);
    }

    #[test]
    fn labels_reading_time_in_each_language() {
        assert_eq!(reading_time_label(600, Lang::Fr), "3\u{a0}min de lecture");
        assert_eq!(reading_time_label(600, Lang::En), "3\u{a0}min read");
    }
}
