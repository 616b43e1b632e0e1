//! Typography rules: French (after the Imprimerie nationale's Lexique) and English.
//!
//! Each rule reads a run of prose (a field's text, or a run of the body where the source
//! is the text) and reports byte ranges of the field with, where safe, their replacement.

use crate::Rule;
use crate::read::{char_at, is_alnum};
use std::ops::Range;

/// Narrow no-break space (U+202F).
const NNBSP: char = '\u{202f}';
/// No-break space (U+00A0).
const NBSP: char = '\u{a0}';

/// A fault found in a field: where, which rule, and the replacement when it is safe.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Hit {
    pub rule: Rule,
    pub range: Range<usize>,
    pub fix: Option<String>,
}

fn hit(out: &mut Vec<Hit>, rule: Rule, range: Range<usize>, fix: impl Into<String>) {
    out.push(Hit {
        rule,
        range,
        fix: Some(fix.into()),
    });
}

fn prev_char(text: &str, i: usize) -> Option<char> {
    text[..i].chars().next_back()
}

fn next_char(text: &str, i: usize) -> Option<char> {
    text[i..].chars().next()
}

/// Byte ranges of `text`'s words that are addresses (`https://…`, `www.…`, e-mail,
/// paths): no rule looks inside them.
fn url_ranges(text: &str) -> Vec<Range<usize>> {
    if !(text.contains("://") || text.contains("www.") || text.contains('@') || text.contains('/'))
    {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        if c.is_whitespace() {
            if let Some(s) = start.take() {
                let word: &str = &text[s..i];
                let slash_path = word
                    .find('/')
                    .is_some_and(|k| word[..k].contains('.') || word[k..].contains('.'));
                if word.contains("://")
                    || word.starts_with("www.")
                    || (word.contains('@') && word.contains('.'))
                    || slash_path
                {
                    out.push(s..i);
                }
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    out
}

fn masked(urls: &[Range<usize>], i: usize) -> bool {
    urls.iter().any(|r| r.contains(&i))
}

/// Alphanumeric runs of `text` with their byte ranges.
fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < text.len() {
            let (c, n) = char_at(text, i);
            i += n;
            if is_alnum(c) {
                let start = i - n;
                while i < text.len() {
                    let (d, m) = char_at(text, i);
                    if !is_alnum(d) {
                        break;
                    }
                    i += m;
                }
                return Some((start, &text[start..i]));
            }
        }
        None
    })
}

/// Rules common to both languages on a run: straight apostrophes, `...`, double spaces.
/// `smart`: the run is rendered with smart punctuation, which makes its apostrophes and
/// ellipses right (`etc...` is still reported: it renders as `etc…`).
fn common(
    text: &str,
    base: usize,
    fr: bool,
    smart: bool,
    urls: &[Range<usize>],
    out: &mut Vec<Hit>,
) {
    let bytes = text.as_bytes();
    let (apostrophe, ellipsis, spaces) = if fr {
        (Rule::FrApostrophe, Rule::FrEllipsis, Rule::FrDoubleSpace)
    } else {
        (Rule::EnApostrophe, Rule::EnEllipsis, Rule::EnDoubleSpace)
    };
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\'' if !smart => {
                let letters = prev_char(text, i).is_some_and(char::is_alphabetic)
                    && next_char(text, i + 1).is_some_and(char::is_alphabetic);
                if letters && !masked(urls, i) {
                    hit(out, apostrophe, base + i..base + i + 1, "’");
                }
            }
            b'.' if text[i..].starts_with("...") => {
                let end = i + text[i..].bytes().take_while(|&b| b == b'.').count();
                if !masked(urls, i) {
                    let etc = fr && text[..i].ends_with("etc") && !ends_in_word(&text[..i - 3]);
                    if etc {
                        hit(out, Rule::FrEtc, base + i - 3..base + end, "etc.");
                    } else if end - i == 3 && !smart {
                        hit(out, ellipsis, base + i..base + end, "…");
                    }
                }
                i = end;
                continue;
            }
            b' ' => {
                let run = text[i..].bytes().take_while(|&b| b == b' ').count();
                let inside = || {
                    let before = prev_char(text, i);
                    let after = next_char(text, i + run);
                    before.is_some_and(|c| !c.is_whitespace())
                        && after.is_some_and(|c| !c.is_whitespace() && c != ',' && c != '.')
                };
                if run >= 2 && inside() {
                    hit(out, spaces, base + i..base + i + run, " ");
                }
                i += run;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    if fr && text.contains('…') {
        // « etc… » with the ellipsis character.
        for (i, _) in text.match_indices("etc…") {
            if !ends_in_word(&text[..i]) {
                hit(out, Rule::FrEtc, base + i..base + i + "etc…".len(), "etc.");
            }
        }
    }
}

fn ends_in_word(text: &str) -> bool {
    text.chars().next_back().is_some_and(char::is_alphanumeric)
}

/// The French rules on one run of prose. `at_start`: the run starts a block (a sentence);
/// `smart`: the run is rendered with smart punctuation (see [`common`]).
pub(crate) fn french(text: &str, base: usize, at_start: bool, smart: bool, out: &mut Vec<Hit>) {
    let urls = url_ranges(text);
    common(text, base, true, smart, &urls, out);
    punctuation_spaces(text, base, &urls, out);
    let mut skip_to = 0;
    for (i, word) in words(text) {
        if i < skip_to || masked(&urls, i) {
            continue;
        }
        let end = i + word.len();
        let first = word.as_bytes()[0];
        if first.is_ascii_digit() {
            if let Some((range, fix)) = number(text, i, end) {
                skip_to = range.end;
                hit(
                    out,
                    Rule::FrNumber,
                    base + range.start..base + range.end,
                    fix,
                );
            } else if let Some((rule, range, fix)) = time(text, i, end) {
                skip_to = range.end;
                hit(out, rule, base + range.start..base + range.end, fix);
            } else if let Some(fix) = ordinal(word) {
                hit(out, Rule::FrOrdinal, base + i..base + end, fix);
            }
            continue;
        }
        if let Some(fix) = roman_ordinal(word) {
            hit(out, Rule::FrOrdinal, base + i..base + end, fix);
        } else if let Some(fix) = accented_capital(word) {
            hit(out, Rule::FrAccent, base + i..base + end, fix);
        } else if word == "A" && capital_a(text, i, at_start) {
            hit(out, Rule::FrCapitalA, base + i..base + end, "À");
        } else if let Some(fix) = ligature(word) {
            hit(out, Rule::FrLigature, base + i..base + end, fix);
        }
    }
}

/// Space before `,` `.` and none after them before a letter.
fn punctuation_spaces(text: &str, base: usize, urls: &[Range<usize>], out: &mut Vec<Hit>) {
    let bytes = text.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        if b != b',' && b != b'.' {
            continue;
        }
        if masked(urls, i) {
            continue;
        }
        let next = next_char(text, i + 1);
        // A space before: `mot ,` → `mot,` (not `mot ...`, not ` .net`, not at a line start).
        let spaces = text[..i].bytes().rev().take_while(|&b| b == b' ').count();
        if spaces > 0 {
            let before = prev_char(text, i - spaces);
            let after_ok = next.is_none_or(|c| c.is_whitespace() || "»)\"”".contains(c));
            let dots = b == b'.' && (text[i..].starts_with("..") || text[..i].ends_with('.'));
            if before.is_some_and(char::is_alphanumeric) && after_ok && !dots {
                hit(out, Rule::FrSpaceBefore, base + i - spaces..base + i, "");
            }
        }
        // No space after: `mot,autre`, `fin.Début`.
        let Some(next) = next else { continue };
        // The letters just before the sign (two at most) and the last of them.
        let mut letters_before = 0;
        let mut last_letter = None;
        for c in text[..i].chars().rev().take(2) {
            if !c.is_alphabetic() {
                break;
            }
            last_letter.get_or_insert(c);
            letters_before += 1;
        }
        let missing = if b == b',' {
            next.is_alphabetic() && letters_before >= 2 && {
                let after: usize = text[i + 1..]
                    .chars()
                    .take_while(|c| c.is_alphabetic())
                    .count();
                after >= 2
            }
        } else {
            // A capital after a lower-case word: not a domain, a file name or an initial.
            let mut after = text[i + 1..].chars();
            next.is_uppercase()
                && after.nth(1).is_some_and(char::is_lowercase)
                && letters_before >= 2
                && last_letter.is_some_and(char::is_lowercase)
        };
        if missing {
            let sign = if b == b',' { "," } else { "." };
            hit(
                out,
                Rule::FrSpaceAfter,
                base + i..base + i + 1,
                format!("{sign} "),
            );
        }
    }
}

/// A number of five digits or more, or one grouped with commas or spaces: its range and
/// its digits grouped by three with U+202F.
fn number(text: &str, start: usize, end: usize) -> Option<(Range<usize>, String)> {
    let bytes = text.as_bytes();
    let word = &text[start..end];
    if !word.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    // A decimal part or a part of a code.
    if let Some(p) = prev_char(text, start)
        && (matches!(p, '#' | '°' | '/' | '_' | '-' | '+' | '@' | '$')
            || (matches!(p, ',' | '.' | ' ')
                && prev_char(text, start - 1).is_some_and(|c| c.is_ascii_digit())))
    {
        return None;
    }
    // Groups after the first: `12,000`, `1,500,000`, `12 000`.
    let mut groups = vec![word];
    let mut at = end;
    let mut sep = None;
    if word.len() <= 3 {
        while let Some(&s) = bytes.get(at) {
            if !(s == b',' || s == b' ') || sep.is_some_and(|t| t != s) {
                break;
            }
            let g = bytes.get(at + 1..at + 4);
            let three = g.is_some_and(|g| g.iter().all(u8::is_ascii_digit));
            let closed = !bytes.get(at + 4).is_some_and(u8::is_ascii_alphanumeric);
            if !(three && closed) {
                break;
            }
            sep = Some(s);
            groups.push(&text[at + 1..at + 4]);
            at += 4;
        }
    }
    let digits: usize = groups.iter().map(|g| g.len()).sum();
    if digits < 5 {
        return None;
    }
    let after = bytes.get(at).copied();
    let code = matches!(after, Some(b'-' | b'/' | b'_' | b'@'))
        || (after == Some(b'.') && bytes.get(at + 1).is_some_and(u8::is_ascii_alphanumeric));
    if code {
        return None;
    }
    if sep == Some(b',') && groups.len() == 2 && groups[1] != "000" {
        // `12,345` may be a French decimal.
        return None;
    }
    if groups.len() == 1 {
        if word.starts_with('0') {
            return None;
        }
        // A postal code: `75011 Paris`.
        if word.len() == 5
            && text[at..].starts_with(' ')
            && next_char(text, at + 1).is_some_and(char::is_uppercase)
        {
            return None;
        }
    }
    let all: String = groups.concat();
    let mut fix = String::with_capacity(all.len() + 8);
    for (k, d) in all.chars().enumerate() {
        if k > 0 && (all.len() - k).is_multiple_of(3) {
            fix.push(NNBSP);
        }
        fix.push(d);
    }
    Some((start..at, fix))
}

/// `14h30`, `14h`, `14:30` → `14 h 30` with no-break spaces.
fn time(text: &str, start: usize, end: usize) -> Option<(Rule, Range<usize>, String)> {
    let word = &text[start..end];
    let hours_len = word.bytes().take_while(u8::is_ascii_digit).count();
    if hours_len == 0 || hours_len > 2 {
        return None;
    }
    let hours: u32 = word[..hours_len].parse().ok()?;
    let rest = &word[hours_len..];
    if let Some(minutes) = rest.strip_prefix(['h', 'H']) {
        let ok = minutes.is_empty()
            || (minutes.len() == 2
                && minutes.bytes().all(|b| b.is_ascii_digit())
                && minutes.parse::<u32>().is_ok_and(|m| m < 60));
        if !ok || hours > 24 {
            return None;
        }
        let mut fix = format!("{hours}{NBSP}h");
        if !minutes.is_empty() {
            fix.push(NBSP);
            fix.push_str(minutes);
        }
        return Some((Rule::FrTime, start..end, fix));
    }
    if !rest.is_empty() || hours > 23 {
        return None;
    }
    // `14:30`, not `14:30:00`, not `a:14:30`.
    let bytes = text.as_bytes();
    if bytes.get(end) != Some(&b':') || prev_char(text, start) == Some(':') {
        return None;
    }
    let m = bytes.get(end + 1..end + 3)?;
    if !m.iter().all(u8::is_ascii_digit)
        || bytes
            .get(end + 3)
            .is_some_and(|&b| b.is_ascii_alphanumeric() || b == b':')
    {
        return None;
    }
    let minutes = &text[end + 1..end + 3];
    if minutes.parse::<u32>().ok()? >= 60 {
        return None;
    }
    Some((
        Rule::FrTime,
        start..end + 3,
        format!("{hours}{NBSP}h{NBSP}{minutes}"),
    ))
}

/// `2ème` → `2e`, `1ère` → `1re`, `2nd` → `2d`.
fn ordinal(word: &str) -> Option<String> {
    let n = word.bytes().take_while(u8::is_ascii_digit).count();
    let (num, suffix) = word.split_at(n);
    if suffix.is_empty() {
        return None;
    }
    let (stem, plural) = match suffix.strip_suffix('s') {
        Some(s) if !s.is_empty() => (s, "s"),
        _ => (suffix, ""),
    };
    let fixed = match stem {
        "ème" | "eme" | "ième" | "ieme" | "éme" | "è" if num != "1" => "e",
        "ere" | "ère" | "iere" | "ière" | "ére" if num == "1" => "re",
        "ier" if num == "1" => "er",
        "nd" if num == "2" => "d",
        "nde" if num == "2" => "de",
        _ => return None,
    };
    Some(format!("{num}{fixed}{plural}"))
}

/// `XIXème` → `XIXe`.
fn roman_ordinal(word: &str) -> Option<String> {
    let n = word.bytes().take_while(|b| b"IVXLCDM".contains(b)).count();
    if n == 0 || (n == 1 && !matches!(word.as_bytes()[0], b'I' | b'V' | b'X')) {
        return None;
    }
    let (num, suffix) = word.split_at(n);
    let (stem, plural) = match suffix.strip_suffix('s') {
        Some(s) if !s.is_empty() => (s, "s"),
        _ => (suffix, ""),
    };
    match stem {
        "ème" | "eme" | "ième" | "ieme" | "éme" if num != "I" => Some(format!("{num}e{plural}")),
        _ => None,
    }
}

/// Words whose capital takes an accent, as they should be written.
const ACCENTED: &[&str] = &[
    "Échange",
    "Échec",
    "Échelle",
    "École",
    "Écologie",
    "Économie",
    "Économique",
    "Écouter",
    "Écran",
    "Écrire",
    "Écrit",
    "Écriture",
    "Écrivain",
    "Édition",
    "Éditeur",
    "Éducation",
    "Également",
    "Église",
    "Élection",
    "Électricité",
    "Électrique",
    "Élément",
    "Élève",
    "Élu",
    "Émission",
    "Émotion",
    "Énergie",
    "Énorme",
    "Épisode",
    "Époque",
    "Épreuve",
    "Équilibre",
    "Équipe",
    "Équipement",
    "État",
    "Étape",
    "Été",
    "Étoile",
    "Étonnant",
    "Étranger",
    "Étrangère",
    "Être",
    "Étude",
    "Étudiant",
    "Étudiante",
    "Étudier",
    "Évaluation",
    "Événement",
    "Évidemment",
    "Évident",
    "Évolution",
    "Évoluer",
    "Éviter",
    "Évènement",
];

/// `Etat` → `État`, `Evénement` → `Événement` (and plurals, but not `Etes`, which is
/// `Êtes`).
fn accented_capital(word: &str) -> Option<String> {
    let mut chars = word.chars();
    if chars.next() != Some('E') || !chars.next().is_some_and(char::is_lowercase) {
        return None;
    }
    let folded = carnet_text::slug::fold(word);
    let n = word.chars().count();
    for right in ACCENTED {
        let m = right.chars().count();
        if n != m && n != m + 1 {
            continue;
        }
        let right_folded = carnet_text::slug::fold(right);
        if folded == right_folded {
            return Some((*right).to_owned());
        }
        if *right != "Été" && folded.strip_suffix('s') == Some(&right_folded) {
            return Some(format!("{right}s"));
        }
    }
    None
}

/// `A` that starts a sentence or a line, before a lower-case word: `À partir de`.
fn capital_a(text: &str, i: usize, at_start: bool) -> bool {
    let after = &text[i + 1..];
    if !after.starts_with(' ') || !after[1..].chars().next().is_some_and(char::is_lowercase) {
        return false;
    }
    let before = text[..i].trim_end_matches([' ', NBSP, NNBSP]);
    match before.chars().next_back() {
        None => at_start,
        Some(c) => matches!(
            c,
            '.' | '!' | '?' | '…' | '\n' | '«' | '"' | '“' | '(' | '—' | '–'
        ),
    }
}

/// Words written with œ, lower-case.
const LIGATURES: &[&str] = &[
    "boeuf",
    "boeufs",
    "choeur",
    "choeurs",
    "coelacanthe",
    "coeur",
    "coeurs",
    "désoeuvré",
    "désoeuvrée",
    "désoeuvrement",
    "écoeurant",
    "écoeurante",
    "écoeurer",
    "foetus",
    "manoeuvre",
    "manoeuvres",
    "manoeuvrer",
    "moeurs",
    "noeud",
    "noeuds",
    "oecuménique",
    "oecuménisme",
    "oedème",
    "oedèmes",
    "oedipe",
    "oeil",
    "oeillade",
    "oeillet",
    "oeillets",
    "oeillère",
    "oeillères",
    "oenologie",
    "oenologue",
    "oesophage",
    "oestrogène",
    "oeuf",
    "oeufs",
    "oeuvre",
    "oeuvres",
    "oeuvrer",
    "oeuvré",
    "rancoeur",
    "rancoeurs",
    "soeur",
    "soeurs",
    "voeu",
    "voeux",
];

/// `coeur` → `cœur` (from a list: `coefficient`, `moelle` keep their `oe`).
fn ligature(word: &str) -> Option<String> {
    let has_oe = word
        .as_bytes()
        .windows(2)
        .any(|w| w[0].eq_ignore_ascii_case(&b'o') && w[1].eq_ignore_ascii_case(&b'e'));
    if !has_oe {
        return None;
    }
    let lower = word.to_lowercase();
    if !LIGATURES.contains(&lower.as_str()) {
        return None;
    }
    Some(
        word.replace("oe", "œ")
            .replace("Oe", "Œ")
            .replace("OE", "Œ"),
    )
}

/// The English rules on one run of prose; `smart`: the run is rendered with smart
/// punctuation (see [`common`]).
pub(crate) fn english(text: &str, base: usize, smart: bool, out: &mut Vec<Hit>) {
    let urls = url_ranges(text);
    common(text, base, false, smart, &urls, out);
}

/// Straight double quotes (and, in French, “ ”) paired within a block whose prose runs
/// are `segs`: the fix replaces the whole quotation.
pub(crate) fn quotes(field: &str, segs: &[Range<usize>], fr: bool, out: &mut Vec<Hit>) {
    let rule = if fr { Rule::FrQuotes } else { Rule::EnQuotes };
    // A quotation mark without its pair: reported, with no fix.
    let unpaired = |out: &mut Vec<Hit>, start: usize| {
        let len = field[start..].chars().next().map_or(1, char::len_utf8);
        out.push(Hit {
            rule,
            range: start..start + len,
            fix: None,
        });
    };
    let mut marks: Vec<(usize, char)> = Vec::new();
    for seg in segs {
        let text = &field[seg.clone()];
        if !(text.contains('"') || text.contains('“') || text.contains('”')) {
            continue;
        }
        let urls = url_ranges(text);
        for (i, c) in text.char_indices() {
            if matches!(c, '"' | '“' | '”') && !masked(&urls, i) && (fr || c == '"') {
                marks.push((seg.start + i, c));
            }
        }
    }
    let mut open: Option<usize> = None;
    for &(at, c) in &marks {
        let before = prev_char(field, at);
        let after = next_char(field, at + c.len_utf8());
        let opens = c == '“'
            || (c == '"'
                && before.is_none_or(|b| b.is_whitespace() || "([—–-".contains(b))
                && after.is_some_and(|a| !a.is_whitespace()));
        let closes = c == '”'
            || (c == '"'
                && before.is_some_and(|b| !b.is_whitespace())
                && after.is_none_or(|a| !a.is_alphanumeric()));
        match open {
            Some(start) if closes => {
                let open_len = field[start..].chars().next().map_or(1, char::len_utf8);
                let inner = field[start + open_len..at].trim_matches([' ', NBSP, NNBSP]);
                let fix = if fr {
                    format!("«{NNBSP}{inner}{NNBSP}»")
                } else {
                    format!("“{inner}”")
                };
                let end = at + c.len_utf8();
                hit(out, rule, start..end, fix);
                open = None;
            }
            _ if opens => {
                if let Some(start) = open {
                    unpaired(out, start);
                }
                open = Some(at);
            }
            _ => out.push(Hit {
                rule,
                range: at..at + c.len_utf8(),
                fix: None,
            }),
        }
    }
    if let Some(start) = open {
        unpaired(out, start);
    }
}

/// Function words of French titles that are never proper nouns.
const SMALL_WORDS: &[&str] = &[
    "le", "la", "les", "un", "une", "des", "de", "du", "et", "ou", "en", "au", "aux", "pour",
    "par", "sur", "sous", "dans", "avec", "sans", "qui", "que", "quoi", "mon", "ma", "mes", "ton",
    "ta", "tes", "son", "sa", "ses", "notre", "votre", "nos", "vos", "leur", "leurs", "ce", "cet",
    "cette", "ces", "comment", "pourquoi", "quand", "est", "sont", "pas", "plus",
];

/// English Title Case in a French title: more than half of the words of four letters or
/// more after the first are capitalised, and at least two. The fix lower-cases them,
/// keeping words in capitals (`SEO`) or with inner capitals (`LinkedIn`); it is offered
/// only when each word it lower-cases is a small word or appears lower-cased in `body`.
pub(crate) fn title_case(title: &str, body: &str) -> Option<Hit> {
    let all: Vec<(usize, &str)> = words(title).collect();
    let rest = all.get(1..)?;
    let long: Vec<&str> = rest
        .iter()
        .map(|&(_, w)| w)
        .filter(|w| w.chars().count() >= 4)
        .collect();
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let capitals = long.iter().filter(|w| capital(w)).count();
    if capitals < 2 || capitals * 2 <= long.len() {
        return None;
    }
    let mut fix = title.to_owned();
    let mut safe = true;
    for &(i, w) in rest.iter().rev() {
        let mut chars = w.chars();
        let Some(first) = chars.next() else { continue };
        if !first.is_uppercase() || chars.any(char::is_uppercase) {
            continue;
        }
        let lower = w.to_lowercase();
        if !SMALL_WORDS.contains(&lower.as_str()) && !contains_word(body, &lower) {
            safe = false;
            break;
        }
        fix.replace_range(i..i + w.len(), &lower);
    }
    Some(Hit {
        rule: Rule::FrTitleCase,
        range: 0..title.len(),
        fix: safe.then_some(fix),
    })
}

fn contains_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(i, _)| {
        !ends_in_word(&text[..i])
            && !text[i + word.len()..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_numbers() {
        let t = "12000 et 1500000 et 12,000 et 12 000 et 2016 et 3,14159 et 12000,5";
        let found: Vec<String> = words(t)
            .filter_map(|(i, w)| number(t, i, i + w.len()).map(|(r, f)| format!("{}={f}", &t[r])))
            .collect();
        assert_eq!(
            found,
            [
                "12000=12\u{202f}000",
                "1500000=1\u{202f}500\u{202f}000",
                "12,000=12\u{202f}000",
                "12 000=12\u{202f}000",
                "12000=12\u{202f}000",
            ]
        );
    }

    #[test]
    fn ordinals() {
        assert_eq!(ordinal("2ème").as_deref(), Some("2e"));
        assert_eq!(ordinal("1ère").as_deref(), Some("1re"));
        assert_eq!(ordinal("1er"), None);
        assert_eq!(ordinal("2nde").as_deref(), Some("2de"));
        assert_eq!(roman_ordinal("XIXème").as_deref(), Some("XIXe"));
        assert_eq!(roman_ordinal("Mème"), None);
    }
}
