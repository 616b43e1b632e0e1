//! Readability: sentences, words, syllables, the passive voice and transition words.
//!
//! The text read is the visible text of paragraphs and list items (inline code counts as
//! words); headings, table cells, code blocks and image descriptions are not read.

use crate::Lang;
use std::ops::Range;

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
const ABBREVIATIONS: &[&str] = &[
    "m", "mme", "mmes", "mlle", "mlles", "mm", "me", "dr", "st", "ste", "etc", "ex", "cf", "vs",
    "p", "e.g", "i.e", "mr", "mrs", "ms", "prof", "jr", "sr", "no", "n°", "av", "apr", "env",
    "chap", "fig", "vol", "art",
];

/// Splits `text` into sentence ranges: at `.` `!` `?` `…` followed by a space (or the
/// end) and a capital, a digit, « or a quotation mark; not after abbreviations nor
/// single capitals (`M.`, `etc.`, `e.g.`, `J. Dupont`), nor inside numbers (`1.5`).
pub(crate) fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if !matches!(c, '.' | '!' | '?' | '…') {
            continue;
        }
        // The whole run of signs (`?!`, `...`).
        let mut end = i + c.len_utf8();
        while let Some(&(j, d)) = iter.peek() {
            if matches!(
                d,
                '.' | '!' | '?' | '…' | '"' | '”' | '»' | ')' | '\u{202f}'
            ) && (d != '\u{202f}' || text[j + d.len_utf8()..].starts_with('»'))
            {
                end = j + d.len_utf8();
                iter.next();
            } else {
                break;
            }
        }
        // A closing guillemet after a space: `« Oui ! »`.
        let after = text[end..].trim_start_matches([' ', '\u{a0}', '\u{202f}']);
        if after.starts_with('»') {
            end = text.len() - after.len() + '»'.len_utf8();
            while iter.peek().is_some_and(|&(j, _)| j < end) {
                iter.next();
            }
        }
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
        if c == '.' && end == i + 1 {
            let word: String = text[..i]
                .chars()
                .rev()
                .take_while(|c| !c.is_whitespace() && !"(«\"“".contains(*c))
                .collect::<Vec<char>>()
                .into_iter()
                .rev()
                .collect();
            let lower = word.to_lowercase();
            let single_capital = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
            let dotted =
                word.contains('.') && word.chars().filter(|c| c.is_alphabetic()).count() <= 4;
            if ABBREVIATIONS.contains(&lower.as_str()) || single_capital || dotted {
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
    for c in word.chars().flat_map(char::to_lowercase) {
        let v = vowel(c);
        if v && !in_group {
            groups += 1;
        }
        in_group = v;
        last = [last[1], last[2], c];
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

/// Forms of être (French) and be (English) that make a passive.
const FR_BE: &[&str] = &[
    "est", "sont", "était", "étaient", "sera", "seront", "serait", "seraient", "fut", "furent",
    "été", "être", "soit", "soient", "suis", "es", "sommes", "êtes", "étais", "étions", "étiez",
    "serai", "seras", "serons", "serez", "sois", "soyons", "soyez", "fût", "étant",
];
const EN_BE: &[&str] = &["is", "are", "was", "were", "been", "being", "be", "am"];

/// Adverbs that may stand between the auxiliary and the participle.
const FR_ADVERBS: &[&str] = &[
    "pas",
    "plus",
    "jamais",
    "très",
    "bien",
    "déjà",
    "souvent",
    "toujours",
    "encore",
    "aussi",
    "vraiment",
    "parfois",
    "rarement",
    "mal",
    "peu",
    "trop",
    "tout",
    "entièrement",
    "complètement",
    "largement",
    "rapidement",
    "vite",
    "ainsi",
    "alors",
    "donc",
    "même",
];
const EN_ADVERBS: &[&str] = &[
    "not", "never", "also", "often", "already", "always", "just", "still", "usually", "rarely",
    "then", "only", "being", "now", "fully", "largely", "widely", "first",
];

/// French participles that are not in -é (lower-case).
const FR_PARTICIPLES: &[&str] = &[
    "fait",
    "faite",
    "faits",
    "faites",
    "pris",
    "prise",
    "prises",
    "mis",
    "mise",
    "mises",
    "dit",
    "dite",
    "dits",
    "dites",
    "écrit",
    "écrite",
    "écrits",
    "écrites",
    "ouvert",
    "ouverte",
    "ouverts",
    "ouvertes",
    "offert",
    "offerte",
    "offerts",
    "offertes",
    "couvert",
    "couverte",
    "couverts",
    "couvertes",
    "construit",
    "construite",
    "construits",
    "construites",
    "produit",
    "produite",
    "produits",
    "produites",
    "conduit",
    "conduite",
    "traduit",
    "traduite",
    "traduits",
    "détruit",
    "détruite",
    "détruits",
    "vu",
    "vue",
    "vus",
    "vues",
    "connu",
    "connue",
    "connus",
    "connues",
    "lu",
    "lue",
    "lus",
    "lues",
    "reçu",
    "reçue",
    "reçus",
    "reçues",
    "perdu",
    "perdue",
    "perdus",
    "perdues",
    "vendu",
    "vendue",
    "vendus",
    "vendues",
    "rendu",
    "rendue",
    "rendus",
    "rendues",
    "entendu",
    "entendue",
    "attendu",
    "attendue",
    "tenu",
    "tenue",
    "tenus",
    "retenu",
    "retenue",
    "obtenu",
    "obtenue",
    "soutenu",
    "soutenue",
    "peint",
    "peinte",
    "atteint",
    "atteinte",
    "craint",
    "crainte",
    "joint",
    "jointe",
    "rejoint",
    "fini",
    "finie",
    "finis",
    "finies",
    "choisi",
    "choisie",
    "choisis",
    "choisies",
    "réussi",
    "réussie",
    "saisi",
    "saisie",
    "suivi",
    "suivie",
    "suivis",
    "suivies",
    "servi",
    "servie",
    "servis",
    "remplie",
    "rempli",
    "bâti",
    "bâtie",
    "compris",
    "comprise",
    "appris",
    "apprise",
    "surpris",
    "surprise",
    "permis",
    "permise",
    "promis",
    "promise",
    "soumis",
    "soumise",
    "transmis",
    "transmise",
    "inscrit",
    "inscrite",
    "décrit",
    "décrite",
    "prescrit",
    "interdit",
    "interdite",
    "battu",
    "battue",
    "vaincu",
    "vaincue",
    "convaincu",
    "convaincue",
    "élu",
    "élue",
    "élus",
    "lancé",
];

/// Past participles of être verbs of motion and state (a past tense, not a passive).
const FR_NOT_PASSIVE: &[&str] = &[
    "allé",
    "allée",
    "allés",
    "allées",
    "arrivé",
    "arrivée",
    "arrivés",
    "arrivées",
    "né",
    "née",
    "nés",
    "nées",
    "entré",
    "entrée",
    "entrés",
    "entrées",
    "monté",
    "montée",
    "tombé",
    "tombée",
    "tombés",
    "tombées",
    "resté",
    "restée",
    "restés",
    "restées",
    "retourné",
    "retournée",
    "passé",
    "passée",
    "passés",
    "décédé",
    "décédée",
    "rentré",
    "rentrée",
    "été",
];

/// English irregular past participles.
const EN_PARTICIPLES: &[&str] = &[
    "done",
    "made",
    "written",
    "taken",
    "given",
    "seen",
    "known",
    "shown",
    "built",
    "sent",
    "found",
    "told",
    "put",
    "set",
    "kept",
    "held",
    "brought",
    "bought",
    "thought",
    "caught",
    "taught",
    "paid",
    "led",
    "left",
    "lost",
    "begun",
    "broken",
    "chosen",
    "driven",
    "eaten",
    "fallen",
    "forgotten",
    "gotten",
    "hidden",
    "spoken",
    "stolen",
    "thrown",
    "worn",
    "drawn",
    "grown",
    "born",
    "shut",
    "hit",
    "cut",
    "spent",
    "meant",
    "felt",
    "sold",
    "won",
    "understood",
    "hung",
    "dealt",
    "bound",
    "read",
    "run",
    "said",
    "heard",
    "met",
    "fed",
    "won",
    "split",
    "spread",
    "shipped",
    "beaten",
    "bitten",
    "blown",
    "flown",
    "frozen",
    "ridden",
    "shaken",
    "sworn",
    "torn",
    "woken",
    "withdrawn",
    "overwritten",
    "rewritten",
];

/// Whether the words from `k` make a passive: a form of être / be, up to two adverbs,
/// a past participle.
fn passive_at(words: &[&str], k: usize, lang: Lang) -> bool {
    let (be, adverbs) = match lang {
        Lang::Fr => (FR_BE, FR_ADVERBS),
        Lang::En => (EN_BE, EN_ADVERBS),
    };
    let aux = words[k].strip_prefix("n’").unwrap_or(words[k]);
    if !be.contains(&aux) {
        return false;
    }
    for next in words.iter().skip(k + 1).take(3) {
        if adverbs.contains(next) {
            continue;
        }
        return participle(next, lang);
    }
    false
}

fn participle(w: &str, lang: Lang) -> bool {
    match lang {
        Lang::Fr => {
            if FR_NOT_PASSIVE.contains(&w) || w.contains('’') {
                return false;
            }
            let regular =
                ["é", "ée", "és", "ées"].iter().any(|e| w.ends_with(e)) && w.chars().count() >= 4;
            regular || FR_PARTICIPLES.contains(&w)
        }
        Lang::En => {
            let regular = w.ends_with("ed")
                && w.len() >= 5
                && !w.ends_with("eed")
                && w.chars().all(|c| c.is_ascii_alphabetic());
            regular || EN_PARTICIPLES.contains(&w)
        }
    }
}

/// Transition words and phrases, lower-case, with ’ for apostrophes.
const FR_TRANSITIONS: &[&str] = &[
    "ainsi",
    "cependant",
    "en effet",
    "d’abord",
    "tout d’abord",
    "ensuite",
    "enfin",
    "par exemple",
    "donc",
    "pourtant",
    "toutefois",
    "de plus",
    "en revanche",
    "autrement dit",
    "c’est pourquoi",
    "en somme",
    "néanmoins",
    "d’une part",
    "d’autre part",
    "or",
    "car",
    "puis",
    "aussi",
    "alors",
    "mais",
    "en outre",
    "par ailleurs",
    "de même",
    "également",
    "premièrement",
    "deuxièmement",
    "troisièmement",
    "finalement",
    "en conclusion",
    "pour conclure",
    "bref",
    "en bref",
    "en résumé",
    "c’est-à-dire",
    "notamment",
    "en particulier",
    "surtout",
    "par conséquent",
    "en conséquence",
    "de ce fait",
    "dès lors",
    "parce que",
    "puisque",
    "grâce à",
    "à cause de",
    "malgré",
    "bien que",
    "quoique",
    "au contraire",
    "à l’inverse",
    "tandis que",
    "alors que",
    "de sorte que",
    "afin de",
    "afin que",
    "pour que",
    "d’ailleurs",
    "en fait",
    "en réalité",
    "sinon",
    "certes",
    "d’un côté",
    "de l’autre",
    "au final",
    "pour commencer",
    "avant tout",
    "en premier lieu",
    "en second lieu",
    "en définitive",
    "du coup",
    "ensuite",
    "lorsque",
    "quand",
    "comme",
    "conclusion",
];
const EN_TRANSITIONS: &[&str] = &[
    "however",
    "therefore",
    "for example",
    "for instance",
    "first",
    "firstly",
    "second",
    "secondly",
    "third",
    "then",
    "next",
    "finally",
    "because",
    "moreover",
    "in other words",
    "furthermore",
    "in addition",
    "additionally",
    "also",
    "besides",
    "thus",
    "hence",
    "consequently",
    "as a result",
    "so",
    "but",
    "yet",
    "although",
    "though",
    "even though",
    "whereas",
    "while",
    "instead",
    "on the other hand",
    "in contrast",
    "nevertheless",
    "nonetheless",
    "still",
    "meanwhile",
    "afterwards",
    "later",
    "before",
    "after",
    "in short",
    "in summary",
    "to sum up",
    "in conclusion",
    "overall",
    "indeed",
    "in fact",
    "of course",
    "above all",
    "in particular",
    "especially",
    "namely",
    "such as",
    "that is",
    "similarly",
    "likewise",
    "unlike",
    "otherwise",
    "since",
    "as long as",
    "unless",
    "until",
    "when",
    "once",
    "at first",
    "to begin with",
    "last",
    "lastly",
    "because of",
    "due to",
    "so that",
    "in order to",
    "that way",
    "this way",
];

/// Transition phrases by first word.
pub(crate) struct Transitions {
    by_first: std::collections::HashMap<String, Vec<Vec<String>>>,
}

impl Transitions {
    pub fn new(lang: Lang) -> Transitions {
        let list = match lang {
            Lang::Fr => FR_TRANSITIONS,
            Lang::En => EN_TRANSITIONS,
        };
        let mut by_first: std::collections::HashMap<String, Vec<Vec<String>>> = Default::default();
        for phrase in list {
            // Hyphens and apostrophes split words as in the text.
            let words: Vec<String> = phrase
                .split(' ')
                .flat_map(split_parts)
                .map(str::to_owned)
                .collect();
            by_first.entry(words[0].clone()).or_default().push(words);
        }
        Transitions { by_first }
    }

    fn any(&self, words: &[&str]) -> bool {
        words.iter().enumerate().any(|(k, w)| {
            self.by_first.get(*w).is_some_and(|phrases| {
                phrases.iter().any(|p| {
                    p.len() <= words.len() - k && p.iter().zip(&words[k..]).all(|(a, b)| a == b)
                })
            })
        })
    }
}

/// A lower-case word split at hyphens and apostrophes, the apostrophe kept on the
/// elided word: `d’abord` → `d’`, `abord`.
fn split_parts(w: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut rest = w;
    while let Some(k) = rest.find(['-', '’']) {
        if rest[k..].starts_with('’') {
            parts.push(&rest[..k + '’'.len_utf8()]);
            rest = &rest[k + '’'.len_utf8()..];
        } else {
            if k > 0 {
                parts.push(&rest[..k]);
            }
            rest = &rest[k + 1..];
        }
    }
    if !rest.is_empty() {
        parts.push(rest);
    }
    parts
}

/// Measures one sentence: `text` is the sentence, `offset` its start in the block.
pub(crate) fn measure(
    text: &str,
    offset: usize,
    lang: Lang,
    transitions: &Transitions,
) -> Sentence {
    // The first word, from the text as written (for its span).
    let mut first = None;
    if let Some(token) = text
        .split_whitespace()
        .find(|t| t.chars().any(char::is_alphanumeric))
    {
        let start = token.as_ptr() as usize - text.as_ptr() as usize;
        let word_start = start + token.find(char::is_alphanumeric).unwrap_or(0);
        let word_end = start
            + token
                .char_indices()
                .rfind(|(_, c)| c.is_alphanumeric())
                .map_or(token.len(), |(k, c)| k + c.len_utf8());
        let folded = carnet_text::slug::fold(&text[word_start..word_end]).to_lowercase();
        let word = folded
            .split(|c: char| !c.is_alphanumeric())
            .find(|p| !p.is_empty())
            .unwrap_or_default()
            .to_owned();
        first = Some((word, offset + word_start..offset + word_end));
    }
    // The sentence in lower case, with ’ for apostrophes.
    let mut folded = text.to_lowercase();
    if folded.contains('\'') {
        folded = folded.replace('\'', "’");
    }
    let lower: Vec<&str> = folded
        .split_whitespace()
        .map(|t| t.trim_matches(|c: char| !c.is_alphanumeric() && c != '’'))
        .filter(|t| t.chars().any(char::is_alphanumeric))
        .collect();
    let words = u32::try_from(lower.len()).unwrap_or(u32::MAX);
    let mut syllable_count = 0u32;
    for word in &lower {
        for part in word.split(['-', '’']) {
            if part.chars().any(char::is_alphabetic) {
                syllable_count += syllables(part, lang);
            }
        }
    }
    // Transition phrases are matched on words split at hyphens and apostrophes
    // (the apostrophe kept on the elided word: `d’abord` → `d’`, `abord`).
    let split: Vec<&str> = lower.iter().flat_map(|w| split_parts(w)).collect();
    let passive = (0..lower.len()).any(|k| passive_at(&lower, k, lang));
    Sentence {
        words,
        syllables: syllable_count,
        passive,
        transition: transitions.any(&split),
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
        let t = Transitions::new(Lang::Fr);
        assert!(measure("Le texte est écrit par elle.", 0, Lang::Fr, &t).passive);
        assert!(measure("La page n’est pas lancée.", 0, Lang::Fr, &t).passive);
        assert!(!measure("Il était une fois un blog.", 0, Lang::Fr, &t).passive);
        assert!(!measure("Elle est arrivée hier.", 0, Lang::Fr, &t).passive);
        let t = Transitions::new(Lang::En);
        assert!(measure("The file is checked first.", 0, Lang::En, &t).passive);
        assert!(!measure("The file is big.", 0, Lang::En, &t).passive);
    }

    #[test]
    fn finds_transitions() {
        let t = Transitions::new(Lang::Fr);
        assert!(measure("Tout d’abord, lisons.", 0, Lang::Fr, &t).transition);
        assert!(measure("C'est pourquoi je pars.", 0, Lang::Fr, &t).transition);
        assert!(!measure("Le chat dort.", 0, Lang::Fr, &t).transition);
    }
}
