//! Full-text search over posts: words folded and stemmed per language, ranked with BM25,
//! a title match above a body match, the last word of a query matched as a prefix.
//!
//! The build makes the index from every published post and writes it as one text file
//! ([`Index::encode`]); the app fetches it the first time a reader searches
//! ([`Index::decode`]). This module is the part both share: tokenising, stemming, the index,
//! the ranking, the snippets shown under each result, and the suggestion when nothing matches.

use carnet_text::lang::Lang;
use carnet_text::slug::fold;
use rust_stemmers::{Algorithm, Stemmer};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;

/// How much a word in a title or a tag counts, against one in the summary or the body.
const TITLE_WEIGHT: f32 = 4.0;
/// BM25's term-frequency saturation.
const K1: f32 = 1.2;
/// BM25's length normalisation.
const B: f32 = 0.75;
/// A last word shorter than this is not expanded as a prefix (one letter starts too many).
const MIN_PREFIX: usize = 2;
/// From this many letters, the last word is also matched against words as written.
const SPELLED_FROM: usize = 4;
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
    /// What results call it by: the post's slug.
    pub slug: &'a str,
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

/// The search index: terms and where they occur, and each document's slug and length.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Index {
    /// Each document's slug, by position.
    pub slugs: Vec<String>,
    /// Term → postings, in document order.
    pub terms: BTreeMap<String, Vec<Posting>>,
    /// Words as written (lower case, accents folded) → the terms they stand for, for the
    /// words that are not their own term ("sociaux" → "social"): the last word of a query
    /// is matched against them as the reader types ("sociau" finds "sociaux"). With each
    /// term, the number of documents where the word stands for it, so that a document
    /// can be taken out of the index ([`Index::update`]).
    pub words: BTreeMap<String, BTreeMap<String, u32>>,
    /// Each document's weighted length, in words.
    pub lengths: Vec<f32>,
    /// Their average.
    pub average: f32,
}

impl Index {
    /// Indexes `docs`; results refer to them by position.
    pub fn build(docs: &[Doc<'_>]) -> Index {
        let mut index = Index::default();
        // Stemming is most of the work, and most words recur: each is stemmed once, with
        // its written form when that is not its term.
        let mut stems: HashMap<(String, Lang), (String, Option<String>)> = HashMap::new();
        let mut stem = |word: String, lang: Lang| -> (String, Option<String>) {
            let key = (word, lang);
            if let Some(found) = stems.get(&key) {
                return found.clone();
            }
            let t = term(&key.0, lang);
            let folded = fold(&key.0).to_lowercase();
            let found = (t.clone(), (folded != t).then_some(folded));
            stems.insert(key, found.clone());
            found
        };
        for (n, doc) in docs.iter().enumerate() {
            let mut counts: BTreeMap<String, (u16, u16)> = BTreeMap::new();
            let mut written: BTreeSet<(String, String)> = BTreeSet::new();
            let title_words = words(doc.title).chain(doc.tags.iter().flat_map(|t| words(t)));
            let mut length = 0.0;
            for (word, in_title) in title_words
                .map(|w| (w, true))
                .chain(words(doc.text).map(|w| (w, false)))
            {
                let (t, folded) = stem(word, doc.lang);
                if let Some(folded) = folded {
                    written.insert((folded, t.clone()));
                }
                let c = counts.entry(t).or_default();
                if in_title {
                    c.0 = c.0.saturating_add(1);
                    length += TITLE_WEIGHT;
                } else {
                    c.1 = c.1.saturating_add(1);
                    length += 1.0;
                }
            }
            for (term, (in_title, in_text)) in counts {
                index.terms.entry(term).or_default().push(Posting {
                    doc: n as u32,
                    in_title,
                    in_text,
                });
            }
            for (word, t) in written {
                *index.words.entry(word).or_default().entry(t).or_default() += 1;
            }
            index.slugs.push(doc.slug.to_owned());
            index.lengths.push(length);
        }
        index.average = average(&index.lengths);
        index
    }

    /// The index of `self`'s documents less `removed` (given as they were indexed, so
    /// that their words are counted out) and less the earlier versions of `added`, plus
    /// `added`, numbered as `order` lists them by slug: the very index [`Index::build`]
    /// makes of those documents in that order, without their texts. Adding a post to a
    /// blog of thousands indexes one post.
    pub fn update(&self, removed: &[Doc<'_>], added: &[Doc<'_>], order: &[&str]) -> Index {
        let position: HashMap<&str, u32> = order
            .iter()
            .enumerate()
            .map(|(n, slug)| (*slug, n as u32))
            .collect();
        let new = Index::build(added);
        let gone = Index::build(removed);
        let replaced: BTreeSet<&str> = removed.iter().chain(added).map(|doc| doc.slug).collect();
        // Where each document of `self` and of `new` goes, if it stays.
        let kept: Vec<Option<u32>> = self
            .slugs
            .iter()
            .map(|slug| {
                (!replaced.contains(slug.as_str()))
                    .then(|| position.get(slug.as_str()).copied())
                    .flatten()
            })
            .collect();
        let placed: Vec<u32> = new
            .slugs
            .iter()
            .map(|slug| position[slug.as_str()])
            .collect();
        let mut index = Index {
            slugs: order.iter().map(|slug| (*slug).to_owned()).collect(),
            lengths: vec![0.0; order.len()],
            ..Index::default()
        };
        for (doc, to) in kept.iter().enumerate() {
            if let Some(to) = to {
                index.lengths[*to as usize] = self.lengths[doc];
            }
        }
        for (doc, to) in placed.iter().enumerate() {
            index.lengths[*to as usize] = new.lengths[doc];
        }
        let moved = |postings: &[Posting], to: &dyn Fn(u32) -> Option<u32>| {
            postings
                .iter()
                .filter_map(|p| {
                    Some(Posting {
                        doc: to(p.doc)?,
                        ..*p
                    })
                })
                .collect::<Vec<_>>()
        };
        let terms = self.terms.keys().chain(new.terms.keys());
        for term in terms.collect::<BTreeSet<_>>() {
            let mut postings = self
                .terms
                .get(term)
                .map(|p| moved(p, &|doc| kept[doc as usize]))
                .unwrap_or_default();
            if let Some(p) = new.terms.get(term) {
                postings.extend(moved(p, &|doc| Some(placed[doc as usize])));
            }
            if !postings.is_empty() {
                postings.sort_by_key(|p| p.doc);
                index.terms.insert(term.clone(), postings);
            }
        }
        index.words = self.words.clone();
        for (word, terms) in &gone.words {
            let counts = index.words.entry(word.clone()).or_default();
            for (t, n) in terms {
                let count = counts.entry(t.clone()).or_default();
                *count = count.saturating_sub(*n);
                if *count == 0 {
                    counts.remove(t);
                }
            }
            if counts.is_empty() {
                index.words.remove(word);
            }
        }
        for (word, terms) in new.words {
            let counts = index.words.entry(word).or_default();
            for (t, n) in terms {
                *counts.entry(t).or_default() += n;
            }
        }
        index.average = average(&index.lengths);
        index
    }

    /// The index as the text file the build writes: a header line (format, number of
    /// documents, number of words), one line per document (`slug` TAB `length`), one per
    /// word (the word, TAB, its terms separated by spaces, each followed by `:count` when
    /// the word stands for it in more than one document), then one per term: the term, TAB,
    /// its postings separated by spaces. A posting is the gap from the previous document,
    /// then `:in_text` unless it is 1, then `:in_title` unless it is 0. Gzip does the rest.
    pub fn encode(&self) -> String {
        let mut out = format!("{FORMAT} {} {}\n", self.slugs.len(), self.words.len());
        for (slug, length) in self.slugs.iter().zip(&self.lengths) {
            out.push_str(&format!("{slug}\t{length}\n"));
        }
        for (word, terms) in &self.words {
            out.push_str(word);
            for (i, (t, count)) in terms.iter().enumerate() {
                out.push(if i == 0 { '\t' } else { ' ' });
                out.push_str(t);
                if *count != 1 {
                    out.push_str(&format!(":{count}"));
                }
            }
            out.push('\n');
        }
        for (term, postings) in &self.terms {
            out.push_str(term);
            let mut previous = 0;
            for (i, p) in postings.iter().enumerate() {
                out.push(if i == 0 { '\t' } else { ' ' });
                out.push_str(&(p.doc - previous).to_string());
                previous = p.doc;
                if p.in_title != 0 {
                    out.push_str(&format!(":{}:{}", p.in_text, p.in_title));
                } else if p.in_text != 1 {
                    out.push_str(&format!(":{}", p.in_text));
                }
            }
            out.push('\n');
        }
        out
    }

    /// Reads what [`Index::encode`] wrote.
    pub fn decode(text: &str) -> Result<Index, IndexError> {
        let mut lines = text.lines().enumerate().map(|(n, l)| (n + 1, l));
        let error = |line: usize, reason: &'static str| IndexError { line, reason };
        let (_, header) = lines.next().ok_or(error(1, "the file is empty"))?;
        let counts: Option<Vec<usize>> = header
            .strip_prefix(FORMAT)
            .and_then(|rest| rest.strip_prefix(' '))
            .map(|rest| rest.split(' ').map(|n| n.parse::<usize>().ok()).collect())
            .and_then(|counts: Option<Vec<usize>>| counts.filter(|c| c.len() == 2));
        let counts = counts.ok_or(error(1, "not a Carnet search index of this version"))?;
        let (count, word_count) = (counts[0], counts[1]);
        let mut index = Index::default();
        for _ in 0..count {
            let (n, line) = lines.next().ok_or(error(0, "the file is cut short"))?;
            let (slug, length) = line.split_once('\t').ok_or(error(n, "no length"))?;
            let length: f32 = length.parse().map_err(|_| error(n, "bad length"))?;
            index.slugs.push(slug.to_owned());
            index.lengths.push(length);
        }
        for _ in 0..word_count {
            let (n, line) = lines.next().ok_or(error(0, "the file is cut short"))?;
            let (word, terms) = line.split_once('\t').ok_or(error(n, "no terms"))?;
            let mut counts = BTreeMap::new();
            for t in terms.split(' ') {
                let (t, count) = match t.split_once(':') {
                    Some((t, count)) => (t, count.parse().map_err(|_| error(n, "bad count"))?),
                    None => (t, 1),
                };
                counts.insert(t.to_owned(), count);
            }
            index.words.insert(word.to_owned(), counts);
        }
        for (n, line) in lines {
            let (term, list) = line.split_once('\t').ok_or(error(n, "no postings"))?;
            let mut postings = Vec::new();
            let mut doc = 0u32;
            for (i, posting) in list.split(' ').enumerate() {
                let fields: Vec<&str> = posting.split(':').collect();
                let field = |k: usize, default: u32| {
                    fields.get(k).map_or(Ok(default), |f| f.parse::<u32>())
                };
                let bad = |_| error(n, "bad posting");
                let gap = field(0, 0).map_err(bad)?;
                let in_text = field(1, 1).map_err(bad)?;
                let in_title = field(2, 0).map_err(bad)?;
                doc = doc
                    .checked_add(gap)
                    .ok_or(error(n, "posting out of range"))?;
                if fields.len() > 3 || (i > 0 && gap == 0) {
                    return Err(error(n, "bad posting"));
                }
                if doc as usize >= count || in_text > 65_535 || in_title > 65_535 {
                    return Err(error(n, "posting out of range"));
                }
                postings.push(Posting {
                    doc,
                    in_title: in_title as u16,
                    in_text: in_text as u16,
                });
            }
            index.terms.insert(term.to_owned(), postings);
        }
        index.average = average(&index.lengths);
        Ok(index)
    }

    /// The documents matching every word of `query`, best first, with their scores. The
    /// last word also matches as the start of a longer word (the reader is still typing).
    /// Documents are given by position: `slugs[doc]` names them.
    pub fn search(&self, query: &str) -> Vec<(u32, f32)> {
        let query: Vec<String> = words(query).collect();
        let Some((last, rest)) = query.split_last() else {
            return Vec::new();
        };
        // Dense per-document arrays: a few thousand floats beat a map at every keystroke.
        let n = self.lengths.len();
        let mut scores = vec![0.0f32; n];
        let mut matched_words = vec![0usize; n];
        let mut best = vec![0.0f32; n];
        let wanted = query.len();
        for (i, word) in rest.iter().chain(std::iter::once(last)).enumerate() {
            let is_last = i + 1 == wanted;
            best.fill(0.0);
            for term in self.terms_for(word, is_last) {
                self.score(term, &mut best);
            }
            for (doc, score) in best.iter().enumerate() {
                if *score > 0.0 {
                    scores[doc] += score;
                    matched_words[doc] += 1;
                }
            }
        }
        let mut results: Vec<(u32, f32)> = scores
            .into_iter()
            .zip(matched_words)
            .enumerate()
            .filter(|(_, (_, words))| *words == wanted)
            .map(|(doc, (score, _))| (doc as u32, score))
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
            // Terms that start so, and the terms of written words that do. Short starts find
            // their words through the terms already ("so" → "social"); only from a few letters
            // can what is typed go past a stem ("sociau"), and there few words match.
            let long_enough = start.chars().count() >= SPELLED_FROM;
            let spelled = self
                .words
                .range(start.clone()..)
                .take_while(|(w, _)| long_enough && w.starts_with(&start))
                .flat_map(|(_, terms)| terms.keys());
            let mut longer: Vec<(&str, usize)> = self
                .terms
                .range(start.clone()..)
                .take_while(|(t, _)| t.starts_with(&start))
                .map(|(t, _)| t)
                .chain(spelled)
                .filter_map(|t| self.terms.get_key_value(t))
                .map(|(t, postings)| (t.as_str(), postings.len()))
                .collect();
            longer.sort_unstable();
            longer.dedup();
            longer.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
            found.extend(longer.into_iter().take(MAX_EXPANSIONS).map(|(t, _)| t));
        }
        found.sort_unstable();
        found.dedup();
        found
    }

    /// BM25 (with the title weighted) of `term` in each document that has it, kept in
    /// `best` where it beats what another form of the same query word scored there.
    fn score(&self, term: &str, best: &mut [f32]) {
        let Some(postings) = self.terms.get(term) else {
            return;
        };
        let n = self.lengths.len() as f32;
        let average = self.average.max(1.0);
        let df = postings.len() as f32;
        let idf = ((n - df + 0.5) / (df + 0.5) + 1.0).ln();
        for p in postings {
            let tf = TITLE_WEIGHT * f32::from(p.in_title) + f32::from(p.in_text);
            let length = self.lengths[p.doc as usize] / average;
            let score = idf * tf * (K1 + 1.0) / (tf + K1 * (1.0 - B + B * length));
            let slot = &mut best[p.doc as usize];
            *slot = slot.max(score);
        }
    }
}

/// The first line of an index file, before the numbers of documents and words. Its
/// number changes whenever how the index is made changes (words, stems, weights): it is
/// part of the file's hashed name, so a cached old index is never read by new code.
pub(crate) const FORMAT: &str = "carnet-search 3";

fn average(lengths: &[f32]) -> f32 {
    lengths.iter().sum::<f32>() / (lengths.len().max(1) as f32)
}

/// Why an index file could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IndexError {
    /// The line (from 1; 0 when the file ends too early).
    pub line: usize,
    /// What is wrong there.
    pub reason: &'static str,
}

impl fmt::Display for IndexError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "search index, line {}: {}", self.line, self.reason)
    }
}

impl std::error::Error for IndexError {}

/// Which words of a text a query matched, to highlight them: any form of a query word in
/// either language, and any word the last query word starts (accents ignored).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Matcher {
    terms: BTreeSet<String>,
    prefix: Option<String>,
}

impl Matcher {
    /// The matcher for what the reader typed.
    pub fn new(query: &str) -> Matcher {
        let query: Vec<String> = words(query).collect();
        let terms = query
            .iter()
            .flat_map(|w| [term(w, Lang::Fr), term(w, Lang::En)])
            .collect();
        let prefix = query
            .last()
            .map(|w| fold(w).to_lowercase())
            .filter(|p| p.chars().count() >= MIN_PREFIX);
        Matcher { terms, prefix }
    }

    /// Whether `word` (lower case), in a text written in `lang`, is one the query matched.
    pub fn matches(&self, word: &str, lang: Lang) -> bool {
        self.prefix
            .as_ref()
            .is_some_and(|p| fold(word).to_lowercase().starts_with(p.as_str()))
            || self.terms.contains(&term(word, lang))
    }
}

/// A piece of a snippet: text, and whether it is a matched word.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Part {
    /// The text, as written.
    pub text: String,
    /// Whether it is a word the query matched (to be highlighted).
    pub hit: bool,
}

/// About `length` words of `text` around its best cluster of matched words, cut at words,
/// with "…" where the text goes on. The matched words are their own [`Part`]s.
pub fn snippet(text: &str, lang: Lang, matcher: &Matcher, length: usize) -> Vec<Part> {
    // Each word's byte range, and whether it matches (each distinct word checked once).
    let mut seen: HashMap<String, bool> = HashMap::new();
    let mut spans: Vec<(usize, usize, bool)> = Vec::new();
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (start, c.is_alphanumeric()) {
            (None, true) => start = Some(i),
            (Some(s), false) => {
                let word = text[s..i].to_lowercase();
                let hit = match seen.get(&word) {
                    Some(hit) => *hit,
                    None => {
                        let hit = matcher.matches(&word, lang);
                        seen.insert(word, hit);
                        hit
                    }
                };
                spans.push((s, i, hit));
                start = None;
            }
            _ => {}
        }
    }
    if spans.is_empty() {
        return Vec::new();
    }
    let length = length.clamp(1, spans.len());
    // The window of `length` words with the most matches; the earliest on a tie. It starts a
    // few words before its first match, so the match has some context.
    let mut hits_in: usize = spans[..length].iter().filter(|s| s.2).count();
    let (mut best, mut best_hits) = (0, hits_in);
    for first in 1..=spans.len() - length {
        hits_in =
            hits_in + usize::from(spans[first + length - 1].2) - usize::from(spans[first - 1].2);
        if hits_in > best_hits {
            (best, best_hits) = (first, hits_in);
        }
    }
    if best_hits > 0 {
        let first_hit = (best..best + length).find(|&i| spans[i].2).unwrap_or(best);
        best = first_hit
            .saturating_sub(length / 4)
            .min(spans.len() - length);
    }
    let window = &spans[best..best + length];
    let mut parts: Vec<Part> = Vec::new();
    let mut push = |text: &str, hit: bool| match parts.last_mut() {
        _ if text.is_empty() => {}
        Some(last) if !last.hit && !hit => last.text.push_str(text),
        _ => parts.push(Part {
            text: text.to_owned(),
            hit,
        }),
    };
    if best > 0 {
        push("…", false);
    } else {
        // What comes before the first word on its line (an opening quote, say).
        push(
            text[..window[0].0]
                .rsplit('\n')
                .next()
                .unwrap_or_default()
                .trim_start(),
            false,
        );
    }
    let mut at = window[0].0;
    for &(s, e, hit) in window {
        // What lies between two words (spaces, punctuation; line breaks as one space).
        push(&one_line(&text[at..s]), false);
        push(&text[s..e], hit);
        at = e;
    }
    if best + length < spans.len() {
        push("…", false);
    } else {
        push(
            text[at..].split('\n').next().unwrap_or_default().trim_end(),
            false,
        );
    }
    parts
}

/// `text` with each run of line breaks and spaces around them as one space: a snippet
/// runs paragraphs together.
fn one_line(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains('\n') {
        return text.into();
    }
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if c == '\n' || c == ' ' || c == '\t' || c == '\r' {
            space = true;
        } else {
            if space {
                out.push(' ');
                space = false;
            }
            out.push(c);
        }
    }
    if space {
        out.push(' ');
    }
    out.into()
}

/// Which of `candidates` (tag names, titles) is closest to `query`, when nothing matched:
/// the one with a run of words most like the query's words, accents and case ignored.
/// `None` when none is close enough to be a likely typo.
pub fn closest(query: &str, candidates: &[&str]) -> Option<usize> {
    let query: Vec<String> = words(query).map(|w| fold(&w)).collect();
    if query.is_empty() {
        return None;
    }
    let wanted = query.join(" ");
    let mut best: Option<(usize, f64)> = None;
    for (i, candidate) in candidates.iter().enumerate() {
        let words: Vec<String> = words(candidate).map(|w| fold(&w)).collect();
        let run = query.len().min(words.len()).max(1);
        let score = words
            .windows(run)
            .map(|w| strsim::normalized_damerau_levenshtein(&wanted, &w.join(" ")))
            .fold(0.0, f64::max);
        if score >= CLOSE_ENOUGH && best.is_none_or(|(_, b)| score > b) {
            best = Some((i, score));
        }
    }
    best.map(|(i, _)| i)
}

/// How alike (0 to 1) a suggestion must be to what was typed.
const CLOSE_ENOUGH: f64 = 0.6;

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
                slug: "le-metier",
                title: "Le métier qui n’existe pas",
                tags: &["réseaux sociaux"],
                text: "Bonjour. Un nouveau métier, face aux réseaux sociaux.",
                lang: Lang::Fr,
            },
            Doc {
                slug: "bienvenue",
                title: "Bienvenue sur Carnet",
                tags: &["carnet"],
                text: "Un blog sans serveur. On y parle parfois de métier.",
                lang: Lang::Fr,
            },
            Doc {
                slug: "how",
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

    #[test]
    fn the_index_file_reads_back_identical() {
        let index = corpus();
        let text = index.encode();
        let words = index.words.len();
        assert!(
            words > 0 && index.words["reseaux"].contains_key("reseau"),
            "{:?}",
            index.words
        );
        assert!(
            text.starts_with(&format!("carnet-search 3 3 {words}\nle-metier\t")),
            "{text}"
        );
        let back = Index::decode(&text).unwrap();
        assert_eq!(back, index);
        assert_eq!(back.search("métier"), index.search("métier"));
        assert_eq!(back.slugs, ["le-metier", "bienvenue", "how"]);
    }

    #[test]
    fn an_index_updated_a_document_at_a_time_is_the_index_built_anew() {
        let doc = |slug, title, text, lang| Doc {
            slug,
            title,
            tags: &["réseaux sociaux"],
            text,
            lang,
        };
        let metier = doc(
            "le-metier",
            "Le métier",
            "Les réseaux sociaux, un métier.",
            Lang::Fr,
        );
        let metier_edited = doc(
            "le-metier",
            "Le métier",
            "Un métier sans réseaux.",
            Lang::Fr,
        );
        let bienvenue = doc(
            "bienvenue",
            "Bienvenue",
            "Les réseaux et les sociaux.",
            Lang::Fr,
        );
        let how = doc("how", "How", "Social networks, networks again.", Lang::En);
        let new = doc(
            "nouveau",
            "Nouveau",
            "Des réseaux nouveaux, encore des réseaux.",
            Lang::Fr,
        );
        let old = Index::build(&[metier, bienvenue, how]);
        fn slugs<'a>(docs: &[Doc<'a>]) -> Vec<&'a str> {
            docs.iter().map(|d| d.slug).collect()
        }
        // A post added first, one edited, one taken down: each as if built anew.
        for (removed, added, now) in [
            (vec![], vec![new], vec![new, metier, bienvenue, how]),
            (
                vec![metier],
                vec![metier_edited],
                vec![metier_edited, bienvenue, how],
            ),
            (vec![bienvenue], vec![], vec![metier, how]),
            (vec![metier, how], vec![new], vec![bienvenue, new]),
        ] {
            let updated = old.update(&removed, &added, &slugs(&now));
            let built = Index::build(&now);
            assert_eq!(updated, built, "{:?} {:?}", slugs(&removed), slugs(&added));
            assert_eq!(updated.encode(), built.encode());
        }
        // "sociaux" stays while a document has it, with its count.
        let without_metier = old.update(&[metier], &[], &["bienvenue", "how"]);
        assert_eq!(
            without_metier.words["sociaux"]["social"], 1,
            "{:?}",
            without_metier.words
        );
        assert!(
            old.encode().contains("\nsociaux\tsocial:2\n"),
            "{}",
            old.encode()
        );
        let bad_count = old.encode().replace("social:2", "social:x");
        assert_eq!(Index::decode(&bad_count).unwrap_err().reason, "bad count");
    }

    #[test]
    fn a_damaged_index_file_is_refused_with_its_line() {
        let index = corpus();
        let text = index.encode();
        let error = |t: &str| Index::decode(t).unwrap_err();
        assert_eq!(error("").line, 1);
        assert_eq!(error("carnet-search 1 3\n").line, 1, "an older format");
        assert_eq!(
            error("carnet-search 2 3 0\n").line,
            1,
            "the format before counts"
        );
        assert_eq!(error("carnet-search 3 3\n").line, 1, "no word count");
        assert_eq!(
            error("carnet-search 3 3 0\nle-metier\t12\n").line,
            0,
            "cut short"
        );
        let broken = text.replacen("\t", " ", 1);
        assert_eq!(error(&broken).line, 2);
        // The first term's line, after the header, the 3 documents and the words.
        let first_term = 1 + 3 + index.words.len();
        let lines: Vec<&str> = text.lines().collect();
        let head = lines[..first_term].join("\n");
        let term = lines[first_term].split('\t').next().unwrap();
        let line = first_term + 1;
        let posting = |list: &str| Index::decode(&format!("{head}\n{term}\t{list}\n"));
        assert_eq!(posting("0 1 1").unwrap().terms[term].len(), 3);
        assert_eq!(posting("7").unwrap_err().line, line, "no document 7");
        assert_eq!(
            posting("0 4294967295 1").unwrap_err().reason,
            "posting out of range"
        );
        assert_eq!(posting("x:y").unwrap_err().reason, "bad posting");
        assert_eq!(
            posting("0 0").unwrap_err().reason,
            "bad posting",
            "one document twice"
        );
        assert_eq!(posting("0:1:1:1").unwrap_err().reason, "bad posting");
    }

    #[test]
    fn the_last_word_finds_words_whose_stem_it_does_not_start() {
        let index = corpus();
        // "sociaux" is indexed as "social": "sociau", typed on the way, still finds it.
        for typed in ["so", "soc", "socia", "sociau", "sociaux", "réseaux sociau"] {
            assert_eq!(found(&index, typed), [0], "{typed}");
        }
        let english = Index::build(&[Doc {
            slug: "run",
            title: "Running",
            tags: &[],
            text: "He was running.",
            lang: Lang::En,
        }]);
        for typed in ["ru", "run", "runn", "runnin", "running"] {
            assert_eq!(found(&english, typed), [0], "{typed}");
        }
    }

    /// A snippet as text, matched words in brackets.
    fn shown(parts: &[Part]) -> String {
        parts
            .iter()
            .map(|p| {
                if p.hit {
                    format!("[{}]", p.text)
                } else {
                    p.text.clone()
                }
            })
            .collect()
    }

    #[test]
    fn snippets_highlight_every_form_of_the_query_words() {
        let text = "Bonjour. Mon métier n’existe pas.\n\nLes réseaux sociaux, un Métier.";
        let parts = snippet(text, Lang::Fr, &Matcher::new("metier reseau"), 20);
        assert_eq!(
            shown(&parts),
            "Bonjour. Mon [métier] n’existe pas. Les [réseaux] sociaux, un [Métier]."
        );
        // The last word as a prefix, accents ignored.
        let parts = snippet(text, Lang::Fr, &Matcher::new("soc"), 20);
        assert!(shown(&parts).contains("[sociaux]"));
        // An English stem in an English text.
        let parts = snippet("He was running home.", Lang::En, &Matcher::new("run"), 20);
        assert_eq!(shown(&parts), "He was [running] home.");
        // A title, whole, with its quotes.
        let title = "«\u{202f}Le métier qui n’existe pas\u{202f}»";
        let parts = snippet(title, Lang::Fr, &Matcher::new("metier"), usize::MAX);
        assert_eq!(
            shown(&parts),
            "«\u{202f}Le [métier] qui n’existe pas\u{202f}»"
        );
    }

    #[test]
    fn a_snippet_is_cut_around_the_matches() {
        let filler = "un deux trois quatre cinq six sept huit neuf dix ";
        let text = format!(
            "{}le métier de demain {}fin",
            filler.repeat(5),
            filler.repeat(5)
        );
        let parts = snippet(&text, Lang::Fr, &Matcher::new("métier"), 8);
        let shown = shown(&parts);
        assert_eq!(shown, "…dix le [métier] de demain un deux trois…");
        // No match: the start of the text.
        let parts = snippet(&text, Lang::Fr, &Matcher::new("absent"), 3);
        assert_eq!(self::shown(&parts), "un deux trois…");
        assert_eq!(
            snippet("", Lang::Fr, &Matcher::new("x"), 5),
            Vec::<Part>::new()
        );
    }

    #[test]
    fn the_closest_tag_or_title_is_suggested() {
        let candidates = [
            "réseaux sociaux",
            "carnet",
            "«\u{202f}Le métier qui n’existe pas\u{202f}»",
        ];
        assert_eq!(closest("resaux", &candidates), Some(0));
        assert_eq!(closest("reseaux sociau", &candidates), Some(0));
        assert_eq!(closest("carent", &candidates), Some(1));
        assert_eq!(closest("metierr", &candidates), Some(2));
        assert_eq!(closest("zzzzzz", &candidates), None);
        assert_eq!(closest("", &candidates), None);
    }
}
