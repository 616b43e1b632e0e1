//! What the benchmarks share: a seeded random source and a French-like vocabulary, so every
//! generated corpus is the same from one run to the next.

// Each benchmark compiles this module on its own and uses part of it.
#![allow(dead_code)]

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
