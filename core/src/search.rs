//! Full-text search over posts: words folded and stemmed per language, ranked with BM25,
//! a title match above a body match, the last word of a query matched as a prefix.
//!
//! The build will make the index from every post; the app will load it on first use. This
//! module is the part both share: tokenising, stemming, the index and the ranking.

use crate::lang::Lang;
use crate::slug::fold;
use rust_stemmers::{Algorithm, Stemmer};
use std::collections::BTreeMap;

/// How much a word in a title or a tag counts, against one in the summary or the body.
const TITLE_WEIGHT: f32 = 4.0;
/// BM25's term-frequency saturation.
const K1: f32 = 1.2;
/// BM25's length normalisation.
const B: f32 = 0.75;
/// A last word shorter than this is not expanded as a prefix (one letter starts too many).
const MIN_PREFIX: usize = 2;
/// At most this many terms stand for a prefix: the ones in the most documents.
const MAX_EXPANSIONS: usize = 32;

/// The words of `text`: split on anything that is not a letter or a digit (apostrophes
/// included: "l’équipe" is "l", "équipe"), lower-cased.
pub fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
}

/// The search term for `word` (lower case) in `lang`: its Snowball stem, accents folded, so
/// that "réseaux" and "reseau", "métier" and "metier" meet.
pub fn term(word: &str, lang: Lang) -> String {
    // Constant algorithms, so that only these two stemmers end up in the Wasm.
    let stemmer = match lang {
        Lang::Fr => Stemmer::create(Algorithm::French),
        Lang::En => Stemmer::create(Algorithm::English),
    };
    fold(&stemmer.stem(word)).to_lowercase()
}

/// A document to index.
#[derive(Clone, Copy, Debug)]
pub struct Doc<'a> {
    /// Its title.
    pub title: &'a str,
    /// Its tags.
    pub tags: &'a [&'a str],
    /// Its summary and body, as plain text.
    pub text: &'a str,
    /// The language it is written in (its words are stemmed in it).
    pub lang: Lang,
}

/// Where a term occurs: in which document, how often in its title and tags, and elsewhere.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Posting {
    /// The document's position in the indexed list.
    pub doc: u32,
    /// Occurrences in the title and tags.
    pub in_title: u16,
    /// Occurrences in the summary and body.
    pub in_text: u16,
}

/// The search index: terms and where they occur, and each document's length.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Index {
    /// Term → postings, in document order.
    pub terms: BTreeMap<String, Vec<Posting>>,
    /// Each document's weighted length, in words.
    pub lengths: Vec<f32>,
    /// Their average.
    pub average: f32,
}

impl Index {
    /// Indexes `docs`; results refer to them by position.
    pub fn build(docs: &[Doc<'_>]) -> Index {
        let mut index = Index::default();
        for (n, doc) in docs.iter().enumerate() {
            let mut counts: BTreeMap<String, (u16, u16)> = BTreeMap::new();
            let title_words = words(doc.title).chain(doc.tags.iter().flat_map(|t| words(t)));
            let mut length = 0.0;
            for word in title_words {
                counts.entry(term(&word, doc.lang)).or_default().0 += 1;
                length += TITLE_WEIGHT;
            }
            for word in words(doc.text) {
                counts.entry(term(&word, doc.lang)).or_default().1 += 1;
                length += 1.0;
            }
            for (term, (in_title, in_text)) in counts {
                index.terms.entry(term).or_default().push(Posting {
                    doc: n as u32,
                    in_title,
                    in_text,
                });
            }
            index.lengths.push(length);
        }
        index.average = index.lengths.iter().sum::<f32>() / (index.lengths.len().max(1) as f32);
        index
    }

    /// The documents matching every word of `query`, best first, with their scores. The
    /// last word also matches as the start of a longer word (the reader is still typing).
    pub fn search(&self, query: &str) -> Vec<(u32, f32)> {
        let query: Vec<String> = words(query).collect();
        let Some((last, rest)) = query.split_last() else {
            return Vec::new();
        };
        let mut scores: BTreeMap<u32, (f32, usize)> = BTreeMap::new();
        let wanted = query.len();
        for (i, word) in rest.iter().chain(std::iter::once(last)).enumerate() {
            let is_last = i + 1 == wanted;
            let mut matched: BTreeMap<u32, f32> = BTreeMap::new();
            for term in self.terms_for(word, is_last) {
                for (doc, score) in self.score(term) {
                    let best = matched.entry(doc).or_default();
                    *best = best.max(score);
                }
            }
            for (doc, score) in matched {
                let entry = scores.entry(doc).or_default();
                entry.0 += score;
                entry.1 += 1;
            }
        }
        let mut results: Vec<(u32, f32)> = scores
            .into_iter()
            .filter(|(_, (_, words))| *words == wanted)
            .map(|(doc, (score, _))| (doc, score))
            .collect();
        results.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        results
    }

    /// The index terms a query word stands for: its stem in either language, and, for the
    /// last word, every term its folded form starts.
    fn terms_for(&self, word: &str, prefix: bool) -> Vec<&str> {
        let mut found: Vec<&str> = [Lang::Fr, Lang::En]
            .into_iter()
            .map(|lang| term(word, lang))
            .filter_map(|t| self.terms.get_key_value(&t).map(|(k, _)| k.as_str()))
            .collect();
        let start = fold(word).to_lowercase();
        if prefix && start.chars().count() >= MIN_PREFIX {
            let mut longer: Vec<(&str, usize)> = self
                .terms
                .range(start.clone()..)
                .take_while(|(t, _)| t.starts_with(&start))
                .map(|(t, postings)| (t.as_str(), postings.len()))
                .collect();
            longer.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
            found.extend(longer.into_iter().take(MAX_EXPANSIONS).map(|(t, _)| t));
        }
        found.sort_unstable();
        found.dedup();
        found
    }

    /// BM25 (with the title weighted) of `term` in each document that has it.
    fn score(&self, term: &str) -> Vec<(u32, f32)> {
        let Some(postings) = self.terms.get(term) else {
            return Vec::new();
        };
        let n = self.lengths.len() as f32;
        let average = self.average;
        let df = postings.len() as f32;
        let idf = ((n - df + 0.5) / (df + 0.5) + 1.0).ln();
        postings
            .iter()
            .map(|p| {
                let tf = TITLE_WEIGHT * f32::from(p.in_title) + f32::from(p.in_text);
                let length = self.lengths[p.doc as usize] / average.max(1.0);
                let score = idf * tf * (K1 + 1.0) / (tf + K1 * (1.0 - B + B * length));
                (p.doc, score)
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_split_and_lower_cased() {
        let w: Vec<String> = words("L’équipe Carnet : 2 réseaux-sociaux !").collect();
        assert_eq!(w, ["l", "équipe", "carnet", "2", "réseaux", "sociaux"]);
    }

    #[test]
    fn terms_fold_accents_and_stem_per_language() {
        assert_eq!(term("métier", Lang::Fr), term("metier", Lang::Fr));
        assert_eq!(term("réseaux", Lang::Fr), term("réseau", Lang::Fr));
        assert_eq!(term("métiers", Lang::Fr), term("métier", Lang::Fr));
        assert_eq!(term("running", Lang::En), "run");
        assert_eq!(term("posts", Lang::En), term("post", Lang::En));
        assert_ne!(term("carnet", Lang::Fr), term("carrot", Lang::En));
    }

    fn corpus() -> Index {
        Index::build(&[
            Doc {
                title: "Le métier qui n’existe pas",
                tags: &["réseaux sociaux"],
                text: "Bonjour. Un nouveau métier, face aux réseaux sociaux.",
                lang: Lang::Fr,
            },
            Doc {
                title: "Bienvenue sur Carnet",
                tags: &["carnet"],
                text: "Un blog sans serveur. On y parle parfois de métier.",
                lang: Lang::Fr,
            },
            Doc {
                title: "How Carnet is built",
                tags: &["rust"],
                text: "Posts are Markdown files, rendered in the browser.",
                lang: Lang::En,
            },
        ])
    }

    /// The documents `query` finds, best first.
    fn found(index: &Index, query: &str) -> Vec<u32> {
        index.search(query).into_iter().map(|(d, _)| d).collect()
    }

    #[test]
    fn finds_without_accents_and_in_another_form() {
        let index = corpus();
        let docs = |q: &str| found(&index, q);
        assert_eq!(docs("metier"), [0, 1]);
        assert_eq!(docs("réseau"), [0]);
        assert_eq!(docs("post"), [2]);
        assert_eq!(docs("nothing"), Vec::<u32>::new());
        assert_eq!(docs(""), Vec::<u32>::new());
    }

    #[test]
    fn a_title_match_ranks_above_a_body_match() {
        let index = corpus();
        let results = index.search("métier");
        assert_eq!(results[0].0, 0, "in the title of the first post");
        assert!(results[0].1 > results[1].1);
        assert_eq!(found(&index, "carnet"), [1, 2]);
    }

    #[test]
    fn every_word_must_match_and_the_last_is_a_prefix() {
        let index = corpus();
        let docs = |q: &str| found(&index, q);
        assert_eq!(docs("metier reseau"), [0]);
        assert_eq!(docs("bienv"), [1], "the last word as typed so far");
        assert_eq!(
            docs("b"),
            Vec::<u32>::new(),
            "one letter is not yet a prefix"
        );
        assert_eq!(docs("mét"), [0, 1]);
        assert_eq!(docs("bienvenue serv"), [1]);
        assert_eq!(docs("bienvenue rust"), Vec::<u32>::new());
        // Only the last word is a prefix: the others are whole words.
        assert_eq!(docs("bienv carnet"), Vec::<u32>::new());
    }
}
