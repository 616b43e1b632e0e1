//! What the benchmarks share: a seeded random source, French-like and English-like
//! vocabularies, and a generated corpus of posts, the same from one run to the next.
//! `examples/generate_posts.rs` writes that corpus as Markdown files, for a test site.

// Each benchmark compiles this module on its own and uses part of it.
#![allow(dead_code)]

use carnet_text::Lang;

/// A small linear congruential generator: deterministic, good enough to pick words.
pub struct Seeded(u64);

impl Seeded {
    /// Starts from Isabelle's first post's date, for luck.
    pub fn new() -> Self {
        Seeded(0x2016_0609)
    }

    /// A number below `n`.
    pub fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) as usize % n
    }
}

/// Common French words.
pub const FRENCH: &[&str] = &[
    "le",
    "la",
    "les",
    "un",
    "une",
    "des",
    "et",
    "mais",
    "donc",
    "métier",
    "réseaux",
    "sociaux",
    "numérique",
    "communauté",
    "écrire",
    "lecteurs",
    "aujourd’hui",
    "toujours",
    "avec",
    "pour",
    "dans",
    "blog",
    "article",
    "idée",
    "projet",
    "travail",
    "passion",
    "veille",
    "contenu",
    "référencement",
    "vidéo",
    "histoire",
    "chemin",
    "question",
    "réponse",
    "demain",
    "année",
    "école",
    "formation",
    "entreprise",
    "marque",
    "image",
    "public",
    "stratégie",
    "campagne",
];

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

/// The tags generated posts carry; two spellings of one tag among them, as writers do.
pub const TAGS: &[&str] = &[
    "réseaux sociaux",
    "métier",
    "veille",
    "écriture",
    "communauté",
    "Réseaux Sociaux",
    "rust",
    "carnet",
    "image de marque",
    "stratégie",
    "vidéo",
    "formation",
];

/// A generated post.
pub struct Generated {
    /// Its title: six words.
    pub title: String,
    /// Two tags (sometimes twice the same), from [`TAGS`].
    pub tags: Vec<String>,
    /// Its text, words separated by spaces.
    pub text: String,
    /// French for even posts, English for odd ones.
    pub lang: Lang,
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
pub fn corpus(count: usize, words: usize) -> Vec<Generated> {
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
            let title = pick(6).join(" ");
            let text = pick(words).join(" ");
            let tags = (0..2).map(|_| TAGS[zipf(TAGS.len())].to_owned()).collect();
            Generated {
                title,
                tags,
                text,
                lang,
            }
        })
        .collect()
}

impl Generated {
    /// The post as a Markdown file for `posts/`: front matter, then paragraphs of about 80
    /// words. Post `n` of `count` is dated so the newest is last, a day and a half apart.
    pub fn to_markdown(&self, n: usize) -> String {
        let days = n * 3 / 2;
        let (year, month, day) = (2016 + days / 336, 1 + days / 28 % 12, 1 + days % 28);
        let (author, lang) = match self.lang {
            Lang::Fr => ("Isabelle", "fr"),
            Lang::En => ("The Carnet team", "en"),
        };
        let tags: Vec<String> = self.tags.iter().map(|t| format!("\"{t}\"")).collect();
        let mut out = format!(
            "---\ntitle: \"{}\"\ndate: {year}-{month:02}-{day:02}\nauthor: {author}\ntags: [{}]\nlang: {lang}\n---\n",
            capitalised(&self.title),
            tags.join(", ")
        );
        let words: Vec<&str> = self.text.split(' ').collect();
        for paragraph in words.chunks(80) {
            out.push('\n');
            out.push_str(&capitalised(&paragraph.join(" ")));
            out.push_str(".\n");
        }
        out
    }
}

/// `text` with its first letter in upper case.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
