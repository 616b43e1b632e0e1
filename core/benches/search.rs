//! Search on a generated corpus of 2,000 posts of about 800 words each, half French-like,
//! half English-like: how long the index takes to build, and how long each keystroke's
//! query takes. Run with `cargo bench -p carnet-core --bench search`.
//!
//! (The index's size on disk will be measured once its file format exists.)

use carnet_core::Lang;
use carnet_core::search::{Doc, Index};
use std::hint::black_box;
use std::time::Instant;

mod common;
use common::{FRENCH, Seeded};

const ENGLISH: &[&str] = &[
    "the",
    "a",
    "and",
    "but",
    "so",
    "job",
    "social",
    "network",
    "digital",
    "community",
    "writing",
    "readers",
    "today",
    "always",
    "with",
    "for",
    "in",
    "blog",
    "post",
    "idea",
    "project",
    "work",
    "passion",
    "watch",
    "content",
    "search",
    "video",
    "story",
    "path",
    "question",
    "answer",
    "tomorrow",
    "year",
    "school",
    "training",
    "company",
    "brand",
    "image",
    "audience",
    "strategy",
    "campaign",
    "running",
    "builds",
    "rendered",
    "browser",
];

struct Generated {
    title: String,
    tags: Vec<String>,
    text: String,
    lang: Lang,
}

/// A vocabulary of `size` words: the language's common words, then words made of its
/// syllables ("réseautage", "veillement"…), so the corpus has thousands of distinct terms.
fn vocabulary(
    common: &'static [&'static str],
    syllables: &[&str],
    size: usize,
    next: &mut impl FnMut(usize) -> usize,
) -> Vec<String> {
    let mut words: Vec<String> = common.iter().map(|w| (*w).to_owned()).collect();
    while words.len() < size {
        let parts = 2 + next(3);
        words.push(
            (0..parts)
                .map(|_| syllables[next(syllables.len())])
                .collect(),
        );
    }
    words
}

/// `count` posts of about `words` words, from a fixed seed. Words are drawn with a skewed
/// (Zipf-like) frequency: a few very common, most rare, as in real text.
fn corpus(count: usize, words: usize) -> Vec<Generated> {
    let mut seeded = Seeded::new();
    let mut next = move |n: usize| seeded.below(n);
    let french = vocabulary(
        FRENCH,
        &[
            "ré", "seau", "tion", "ment", "com", "mu", "nau", "té", "pro", "jet", "veil", "lage",
            "écri", "ture", "lec", "teur", "ma", "gie",
        ],
        8_000,
        &mut next,
    );
    let english = vocabulary(
        ENGLISH,
        &[
            "net", "work", "ing", "com", "mu", "ni", "ty", "pro", "ject", "write", "er", "read",
            "ness", "ful", "ly", "brow", "ser", "tion",
        ],
        8_000,
        &mut next,
    );
    let mut zipf = move |n: usize| {
        let u = next(1_000_000) as f64 / 1_000_000.0;
        ((n as f64) * u.powi(4)) as usize
    };
    (0..count)
        .map(|i| {
            let (lang, vocabulary) = if i % 2 == 0 {
                (Lang::Fr, &french)
            } else {
                (Lang::En, &english)
            };
            let mut pick = |n: usize| -> Vec<String> {
                (0..n)
                    .map(|_| vocabulary[zipf(vocabulary.len())].clone())
                    .collect()
            };
            Generated {
                title: pick(6).join(" "),
                tags: pick(3),
                text: pick(words).join(" "),
                lang,
            }
        })
        .collect()
}

fn main() {
    let posts = corpus(2_000, 800);
    let tags: Vec<Vec<&str>> = posts
        .iter()
        .map(|p| p.tags.iter().map(String::as_str).collect())
        .collect();
    let docs: Vec<Doc<'_>> = posts
        .iter()
        .zip(&tags)
        .map(|(p, tags)| Doc {
            title: &p.title,
            tags,
            text: &p.text,
            lang: p.lang,
        })
        .collect();
    let start = Instant::now();
    let index = Index::build(&docs);
    println!(
        "index of {} posts (~800 words each): built in {:.0} ms, {} terms",
        docs.len(),
        start.elapsed().as_secs_f64() * 1000.0,
        index.terms.len()
    );
    // Each keystroke of "réseaux soc" and of "running brow", as a reader types them.
    for query in ["réseaux soc", "running brow", "metier"] {
        let mut worst: f64 = 0.0;
        let mut total = 0.0;
        let mut keys = 0;
        for end in query.char_indices().map(|(i, c)| i + c.len_utf8()) {
            let typed = &query[..end];
            let start = Instant::now();
            for _ in 0..10 {
                black_box(index.search(black_box(typed)));
            }
            let each = start.elapsed().as_secs_f64() * 1000.0 / 10.0;
            worst = worst.max(each);
            total += each;
            keys += 1;
        }
        println!(
            "query {query:?}: {:.2} ms per keystroke on average, {:.2} ms at worst",
            total / f64::from(keys),
            worst
        );
    }
}
