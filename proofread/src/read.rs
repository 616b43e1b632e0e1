//! Readability: sentences, words, syllables, the passive voice and transition words.
//!
//! The text read is the visible text of paragraphs and list items (inline code counts as
//! words); headings, table cells, code blocks and image descriptions are not read.

mod words;

use crate::Lang;
use std::ops::Range;
use words::*;

/// A sentence of a block: its range in the block's plain text and what was measured.
#[derive(Debug)]
pub(crate) struct Sentence {
    pub words: u32,
    pub syllables: u32,
    pub passive: bool,
    pub transition: bool,
    /// The first word, folded to lower case, and its range in the plain text.
    pub first: Option<(String, Range<usize>)>,
}

/// Abbreviations after which a full stop does not end a sentence (lower-case).
///
/// This list and the word lists below are sorted (by bytes): they are searched by halves.
const ABBREVIATIONS: &[&str] = &[
    "apr", "art", "av", "cf", "chap", "dr", "e.g", "env", "etc", "ex", "fig", "i.e", "jr", "m",
    "me", "mlle", "mlles", "mm", "mme", "mmes", "mr", "mrs", "ms", "no", "n°", "p", "prof", "sr",
    "st", "ste", "vol", "vs",
];

/// The char at byte `i` of `text` (a char boundary) and its length in bytes.
#[inline(always)]
pub(crate) fn char_at(text: &str, i: usize) -> (char, usize) {
    let b = text.as_bytes()[i];
    if b < 0x80 {
        (char::from(b), 1)
    } else {
        let c = text[i..].chars().next().unwrap_or('\0');
        (c, c.len_utf8())
    }
}

#[inline(always)]
pub(crate) fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric()
    }
}

#[inline(always)]
fn is_space(c: char) -> bool {
    if c.is_ascii() {
        matches!(c, ' ' | '\t' | '\n' | '\u{b}' | '\u{c}' | '\r')
    } else {
        c.is_whitespace()
    }
}

/// The length of the sign at byte `j` that continues a sentence's final run of signs
/// (`?!`, `...`, `."`, `.»`, a narrow space before »), or 0.
fn closing_len(text: &str, j: usize) -> usize {
    match text.as_bytes()[j] {
        b'.' | b'!' | b'?' | b'"' | b')' => 1,
        b if b < 0x80 => 0,
        _ => match char_at(text, j) {
            ('…' | '”' | '»', n) => n,
            ('\u{202f}', n) if text[j + n..].starts_with('»') => n,
            _ => 0,
        },
    }
}

/// Whether `word` is one of [`ABBREVIATIONS`], compared in lower case.
fn abbreviation(word: &str) -> bool {
    // Lower-casing never makes fewer chars; the longest abbreviation has 5.
    if word.chars().nth(5).is_some() {
        return false;
    }
    ABBREVIATIONS
        .iter()
        .any(|a| word.chars().flat_map(char::to_lowercase).eq(a.chars()))
}

/// Splits `text` into sentence ranges: at `.` `!` `?` `…` followed by a space (or the
/// end) and a capital, a digit, « or a quotation mark; not after abbreviations nor
/// single capitals (`M.`, `etc.`, `e.g.`, `J. Dupont`), nor inside numbers (`1.5`).
pub(crate) fn sentences(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let len = match b {
            b'.' | b'!' | b'?' => 1,
            0xE2 if bytes[i + 1..].starts_with(&[0x80, 0xA6]) => 3,
            _ => {
                i += 1;
                continue;
            }
        };
        // The whole run of signs (`?!`, `...`).
        let mut end = i + len;
        while end < bytes.len() {
            match closing_len(text, end) {
                0 => break,
                n => end += n,
            }
        }
        // A closing guillemet after a space: `« Oui ! »`.
        let after = text[end..].trim_start_matches([' ', '\u{a0}', '\u{202f}']);
        if after.starts_with('»') {
            end = text.len() - after.len() + '»'.len_utf8();
        }
        let sign_at = i;
        i = end;
        let rest = &text[end..];
        let trimmed = rest.trim_start();
        if trimmed.len() == rest.len() && !trimmed.is_empty() {
            continue;
        }
        let next = trimmed.chars().next();
        let starts = next.is_none_or(|n| {
            n.is_uppercase() || n.is_ascii_digit() || matches!(n, '«' | '"' | '“' | '*' | '_')
        });
        if !starts {
            continue;
        }
        if b == b'.' && end == sign_at + 1 {
            let word_start = text[..sign_at]
                .char_indices()
                .rev()
                .take_while(|&(_, c)| !c.is_whitespace() && !"(«\"“".contains(c))
                .last()
                .map_or(sign_at, |(k, _)| k);
            let word = &text[word_start..sign_at];
            let mut chars = word.chars();
            let single_capital =
                chars.next().is_some_and(char::is_uppercase) && chars.next().is_none();
            let dotted =
                word.contains('.') && word.chars().filter(|c| c.is_alphabetic()).count() <= 4;
            if single_capital || dotted || abbreviation(word) {
                continue;
            }
        }
        if !text[start..end].trim().is_empty() {
            out.push(start..end);
        }
        start = end;
    }
    if !text[start..].trim().is_empty() {
        out.push(start..text.len());
    }
    out
}

/// Syllables of a word, counted as groups of vowels (y included).
///
/// French: a final silent `e` or `es` does not count (`table`, `tables`: 1 more than the
/// groups before them); the `-ent` of verbs is counted (not told from `moment`).
/// English: a final silent `e` does not count except in `-le` after a consonant
/// (`table`), nor `-ed` except after `t` or `d`, nor `-es` after most consonants.
pub(crate) fn syllables(word: &str, lang: Lang) -> u32 {
    let vowel = |c: char| {
        matches!(
            c,
            'a' | 'e'
                | 'i'
                | 'o'
                | 'u'
                | 'y'
                | 'à'
                | 'â'
                | 'ä'
                | 'é'
                | 'è'
                | 'ê'
                | 'ë'
                | 'î'
                | 'ï'
                | 'ô'
                | 'ö'
                | 'ù'
                | 'û'
                | 'ü'
                | 'œ'
                | 'æ'
                | 'ÿ'
        )
    };
    let mut groups = 0u32;
    let mut in_group = false;
    // The last three letters, the last one at [2] (`\0` before the word's start).
    let mut last = ['\0'; 3];
    let mut step = |c: char| {
        let v = vowel(c);
        if v && !in_group {
            groups += 1;
        }
        in_group = v;
        last = [last[1], last[2], c];
    };
    for c in word.chars() {
        if c.is_ascii() {
            step(c.to_ascii_lowercase());
        } else {
            c.to_lowercase().for_each(&mut step);
        }
    }
    let consonant = |c: char| c.is_alphabetic() && !vowel(c);
    let [c3, c2, c1] = last;
    if groups > 1 {
        let silent = match lang {
            Lang::Fr => (c1 == 'e' && consonant(c2)) || (c1 == 's' && c2 == 'e' && consonant(c3)),
            Lang::En => {
                (c1 == 'e' && consonant(c2) && !(c2 == 'l' && consonant(c3)))
                    || (c1 == 'd' && c2 == 'e' && consonant(c3) && !matches!(c3, 't' | 'd'))
                    || (c1 == 's'
                        && c2 == 'e'
                        && consonant(c3)
                        && !matches!(c3, 's' | 'x' | 'z' | 'c' | 'g' | 'h'))
            }
        };
        if silent {
            groups -= 1;
        }
    }
    groups.max(1)
}

/// The first bytes of `words`, as a set of 256 bits.
const fn first_bytes(words: &[&str]) -> [u64; 4] {
    let mut set = [0u64; 4];
    let mut k = 0;
    while k < words.len() {
        if let Some(&b) = words[k].as_bytes().first() {
            set[(b >> 6) as usize] |= 1 << (b & 63);
        }
        k += 1;
    }
    set
}

/// Whether `set` (made by [`first_bytes`]) has `w`'s first byte: most words are told
/// apart from a list by it, without comparing strings.
#[inline(always)]
fn first_byte_in(set: &[u64; 4], w: &str) -> bool {
    w.as_bytes()
        .first()
        .is_some_and(|&b| set[(b >> 6) as usize] & (1 << (b & 63)) != 0)
}

/// A sorted list of words and the set of their first bytes.
struct List {
    words: &'static [&'static str],
    first: [u64; 4],
}

impl List {
    const fn new(words: &'static [&'static str]) -> List {
        List {
            words,
            first: first_bytes(words),
        }
    }
}

/// Whether `w` is in `list`.
fn listed(list: &List, w: &str) -> bool {
    first_byte_in(&list.first, w) && list.words.binary_search(&w).is_ok()
}

const FR_BE_LIST: List = List::new(FR_BE);
const EN_BE_LIST: List = List::new(EN_BE);
const FR_ADVERBS_LIST: List = List::new(FR_ADVERBS);
const EN_ADVERBS_LIST: List = List::new(EN_ADVERBS);
const FR_PARTICIPLES_LIST: List = List::new(FR_PARTICIPLES);
const FR_NOT_PASSIVE_LIST: List = List::new(FR_NOT_PASSIVE);
const EN_PARTICIPLES_LIST: List = List::new(EN_PARTICIPLES);

/// Whether the words from `k` make a passive: a form of être / be, up to two adverbs,
/// a past participle. `words` are ranges of `lower`.
fn passive_at(lower: &str, words: &[Range<usize>], k: usize, lang: Lang) -> bool {
    let (be, adverbs) = match lang {
        Lang::Fr => (&FR_BE_LIST, &FR_ADVERBS_LIST),
        Lang::En => (&EN_BE_LIST, &EN_ADVERBS_LIST),
    };
    let w = &lower[words[k].clone()];
    let aux = w.strip_prefix("n’").unwrap_or(w);
    if !listed(be, aux) {
        return false;
    }
    for r in words.iter().skip(k + 1).take(3) {
        let next = &lower[r.clone()];
        // Listed, or made as most adverbs are (`particulièrement`, `widely`).
        let made = match lang {
            Lang::Fr => next.ends_with("ment") && next.chars().count() >= 7,
            Lang::En => next.ends_with("ly") && next.len() >= 5,
        };
        if listed(adverbs, next) || made {
            continue;
        }
        return participle(next, lang);
    }
    false
}

fn participle(w: &str, lang: Lang) -> bool {
    match lang {
        Lang::Fr => {
            if listed(&FR_NOT_PASSIVE_LIST, w) || w.contains('’') {
                return false;
            }
            let regular =
                ["é", "ée", "és", "ées"].iter().any(|e| w.ends_with(e)) && w.chars().count() >= 4;
            regular || listed(&FR_PARTICIPLES_LIST, w)
        }
        Lang::En => {
            let regular = w.ends_with("ed")
                && w.len() >= 5
                && !w.ends_with("eed")
                && w.bytes().all(|b| b.is_ascii_alphabetic());
            regular || listed(&EN_PARTICIPLES_LIST, w)
        }
    }
}

/// Transition phrases split into words as in the text, sorted by their first word.
pub(crate) struct Transitions {
    phrases: Vec<Vec<&'static str>>,
    /// The first bytes of the phrases' first words.
    first: [u64; 4],
}

impl Transitions {
    pub fn new(lang: Lang) -> Transitions {
        let list = match lang {
            Lang::Fr => FR_TRANSITIONS,
            Lang::En => EN_TRANSITIONS,
        };
        let mut phrases: Vec<Vec<&'static str>> = list
            .iter()
            .map(|phrase| {
                // Hyphens and apostrophes split words as in the text.
                let mut parts = Vec::new();
                let mut at = 0;
                for word in phrase.split(' ') {
                    push_parts(word, at, &mut parts);
                    at += word.len() + 1;
                }
                parts.into_iter().map(|r| &phrase[r]).collect()
            })
            .collect();
        phrases.sort_by(|a, b| a[0].cmp(b[0]));
        let firsts: Vec<&str> = phrases.iter().map(|p| p[0]).collect();
        Transitions {
            first: first_bytes(&firsts),
            phrases,
        }
    }

    /// Whether a phrase starts at one of `parts` (ranges of `lower`).
    fn any(&self, lower: &str, parts: &[Range<usize>]) -> bool {
        parts.iter().enumerate().any(|(k, r)| {
            let w = &lower[r.clone()];
            if !first_byte_in(&self.first, w) {
                return false;
            }
            let from = self.phrases.partition_point(|p| p[0] < w);
            self.phrases[from..]
                .iter()
                .take_while(|p| p[0] == w)
                .any(|p| {
                    p.len() <= parts.len() - k
                        && p.iter()
                            .zip(&parts[k..])
                            .all(|(a, b)| *a == &lower[b.clone()])
                })
        })
    }
}

/// Pushes the ranges of a lower-case word (`w`, at `base` in its text) split at hyphens
/// and apostrophes, the apostrophe kept on the elided word: `d’abord` → `d’`, `abord`.
fn push_parts(w: &str, base: usize, out: &mut Vec<Range<usize>>) {
    let mut at = 0;
    while let Some(k) = w[at..].find(['-', '’']).map(|k| at + k) {
        if w[k..].starts_with('’') {
            let end = k + '’'.len_utf8();
            out.push(base + at..base + end);
            at = end;
        } else {
            if k > at {
                out.push(base + at..base + k);
            }
            at = k + 1;
        }
    }
    if at < w.len() {
        out.push(base + at..base + w.len());
    }
}

/// Splits a lower-case word (at `base` in its text) at hyphens and apostrophes as
/// [`push_parts`] does, pushing the parts' ranges to `parts`; returns the syllables of
/// its parts (split at hyphens and apostrophes, the apostrophe dropped).
fn split_word(word: &str, base: usize, lang: Lang, parts: &mut Vec<Range<usize>>) -> u32 {
    let bytes = word.as_bytes();
    let mut count = 0;
    let (mut start, mut k) = (0, 0);
    loop {
        let sep = match bytes.get(k) {
            None => 0,
            Some(b'-') => 1,
            Some(0xE2) if bytes[k + 1..].starts_with(&[0x80, 0x99]) => 3,
            Some(_) => {
                k += 1;
                continue;
            }
        };
        let part = &word[start..k];
        if part.chars().any(is_alpha) {
            count += syllables(part, lang);
        }
        match sep {
            0 => {
                if k > start {
                    parts.push(base + start..base + k);
                }
                return count;
            }
            1 if k > start => parts.push(base + start..base + k),
            1 => {}
            _ => parts.push(base + start..base + k + sep),
        }
        k += sep;
        start = k;
    }
}

#[inline(always)]
fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        c.is_alphabetic()
    }
}

/// Buffers reused from one sentence to the next.
#[derive(Default)]
pub(crate) struct Scratch {
    /// The sentence in lower case, with ’ for apostrophes.
    lower: String,
    /// Its words: ranges of `lower`.
    words: Vec<Range<usize>>,
    /// Its words split at hyphens and apostrophes: ranges of `lower`.
    parts: Vec<Range<usize>>,
}

/// Writes `text` in lower case into `out`, with ’ for apostrophes. Char by char: the
/// final sigma of `str::to_lowercase` (ς for σ) changes nothing the measures read.
fn lower_into(text: &str, out: &mut String) {
    out.clear();
    let bytes = text.as_bytes();
    // `text[run..i]` is already in lower case.
    let mut run = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            if b.is_ascii_uppercase() || b == b'\'' {
                out.push_str(&text[run..i]);
                out.push(if b == b'\'' {
                    '’'
                } else {
                    char::from(b.to_ascii_lowercase())
                });
                run = i + 1;
            }
            i += 1;
            continue;
        }
        let (c, n) = char_at(text, i);
        let mut lower = c.to_lowercase();
        if !(lower.len() == 1 && lower.next() == Some(c)) {
            out.push_str(&text[run..i]);
            out.extend(c.to_lowercase());
            run = i + n;
        }
        i += n;
    }
    out.push_str(&text[run..]);
}

/// Measures one sentence: `text` is the sentence, `offset` its start in the block.
pub(crate) fn measure(
    text: &str,
    offset: usize,
    lang: Lang,
    transitions: &Transitions,
    scratch: &mut Scratch,
) -> Sentence {
    // The first word, from the text as written (for its span).
    let mut first = None;
    if let Some(token) = text.split_whitespace().find(|t| t.chars().any(is_alnum)) {
        let start = token.as_ptr() as usize - text.as_ptr() as usize;
        let word_start = start + token.find(is_alnum).unwrap_or(0);
        let word_end = start
            + token
                .char_indices()
                .rfind(|&(_, c)| is_alnum(c))
                .map_or(token.len(), |(k, c)| k + c.len_utf8());
        let folded = carnet_text::slug::fold(&text[word_start..word_end]).to_lowercase();
        let word = folded
            .split(|c: char| !c.is_alphanumeric())
            .find(|p| !p.is_empty())
            .unwrap_or_default()
            .to_owned();
        first = Some((word, offset + word_start..offset + word_end));
    }
    let Scratch {
        lower,
        words,
        parts,
    } = scratch;
    lower_into(text, lower);
    let lower: &str = lower;
    words.clear();
    parts.clear();
    let mut syllable_count = 0u32;
    let bytes = lower.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // A token: up to the next white space.
        let (c, n) = char_at(lower, i);
        if is_space(c) {
            i += n;
            continue;
        }
        // Its first and last chars that are alphanumeric or ’, and whether any is
        // alphanumeric.
        let (mut from, mut to, mut alnum) = (None, 0, false);
        let (mut c, mut n) = (c, n);
        loop {
            let a = is_alnum(c);
            if a || c == '’' {
                from.get_or_insert(i);
                to = i + n;
                alnum |= a;
            }
            i += n;
            if i >= bytes.len() {
                break;
            }
            (c, n) = char_at(lower, i);
            if is_space(c) {
                break;
            }
        }
        let Some(from) = from else { continue };
        if !alnum {
            continue;
        }
        syllable_count += split_word(&lower[from..to], from, lang, parts);
        words.push(from..to);
    }
    let passive = (0..words.len()).any(|k| passive_at(lower, words, k, lang));
    Sentence {
        words: u32::try_from(words.len()).unwrap_or(u32::MAX),
        syllables: syllable_count,
        passive,
        // Transition phrases are matched on words split at hyphens and apostrophes.
        transition: transitions.any(lower, parts),
        first,
    }
}

/// Kandel–Moles (French) or Flesch (English) reading ease.
pub(crate) fn reading_ease(words: u32, sentences: u32, syllables: u32, lang: Lang) -> f32 {
    if words == 0 || sentences == 0 {
        return 100.0;
    }
    let per_sentence = words as f32 / sentences as f32;
    let per_word = syllables as f32 / words as f32;
    match lang {
        Lang::Fr => 207.0 - 1.015 * per_sentence - 73.6 * per_word,
        Lang::En => 206.835 - 1.015 * per_sentence - 84.6 * per_word,
    }
}

#[cfg(test)]
mod tests {
    /// Whether `sentence`, in `lang`, reads as passive.
    fn passive(sentence: &str, lang: Lang) -> bool {
        let t = Transitions::new(lang);
        measure(sentence, 0, lang, &t, &mut Scratch::default()).passive
    }

    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text)
            .into_iter()
            .map(|r| text[r].trim())
            .collect()
    }

    #[test]
    fn splits_sentences() {
        assert_eq!(
            split("M. Dupont est là. Il a 1.5 an, etc. Et alors ? « Oui ! » Fin… suite."),
            [
                "M. Dupont est là.",
                "Il a 1.5 an, etc. Et alors ?",
                "« Oui ! »",
                "Fin… suite."
            ]
        );
        assert_eq!(
            split("We use e.g. Rust. It works!"),
            ["We use e.g. Rust.", "It works!"]
        );
    }

    #[test]
    fn counts_syllables() {
        assert_eq!(syllables("table", Lang::Fr), 1);
        assert_eq!(syllables("métier", Lang::Fr), 2);
        assert_eq!(syllables("existe", Lang::Fr), 2);
        assert_eq!(syllables("table", Lang::En), 2);
        assert_eq!(syllables("make", Lang::En), 1);
        assert_eq!(syllables("wanted", Lang::En), 2);
        assert_eq!(syllables("jumped", Lang::En), 1);
    }

    #[test]
    fn finds_passives() {
        assert!(passive("Le texte est écrit par elle.", Lang::Fr));
        assert!(passive("La page n’est pas lancée.", Lang::Fr));
        assert!(!passive("Il était une fois un blog.", Lang::Fr));
        assert!(!passive("Elle est arrivée hier.", Lang::Fr));
        assert!(passive("The file is checked first.", Lang::En));
        assert!(!passive("The file is big.", Lang::En));
    }

    #[test]
    fn lists_are_sorted() {
        for list in [
            ABBREVIATIONS,
            FR_BE,
            EN_BE,
            FR_ADVERBS,
            EN_ADVERBS,
            FR_PARTICIPLES,
            FR_NOT_PASSIVE,
            EN_PARTICIPLES,
        ] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
    }

    #[test]
    fn finds_transitions() {
        let t = Transitions::new(Lang::Fr);
        assert!(
            measure(
                "Tout d’abord, lisons.",
                0,
                Lang::Fr,
                &t,
                &mut Scratch::default()
            )
            .transition
        );
        assert!(
            measure(
                "C'est pourquoi je pars.",
                0,
                Lang::Fr,
                &t,
                &mut Scratch::default()
            )
            .transition
        );
        assert!(!measure("Le chat dort.", 0, Lang::Fr, &t, &mut Scratch::default()).transition);
    }
}
