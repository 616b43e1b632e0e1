//! Timing of `check` on a 20,000-word French draft (the studio checks on every pause).
//!
//! `cargo test -p carnet-proofread --release --test bench -- --ignored --nocapture`

use carnet_proofread::{Lang, Post, check, check_timed};
use std::time::Instant;

/// A French draft of about `words` words, with headings, links, code and a few faults.
fn draft(words: usize) -> String {
    let paragraph = "Puis un jour de 2004, Facebook fait son apparition, suivi de plusieurs autres médias sociaux. \
Ensuite, en France, dans les années 2008-2009, soit environ 3 ans après les U.S., apparaît un nouveau métier. \
Je m'enfonce doucement dans la profondeur des blogs, du [référencement](https://example.org/seo), \
de la rédaction en format Web, de la vidéo... Le rendez-vous est à 14h30 avec 12000 abonnés, `code '...'` compris. \
Mes plus plates excuses aux amis que j’essayais en vain d’entraîner dans l’aventure de mes débuts !\n\n";
    let per = paragraph.split_whitespace().count();
    let mut text = String::new();
    let mut count = 0;
    let mut k = 0;
    while count < words {
        if k % 4 == 0 {
            text.push_str("## Une section sur le métier\n\n");
        }
        text.push_str(paragraph);
        count += per;
        k += 1;
    }
    text
}

#[test]
#[ignore = "timing: run in release with --nocapture"]
fn twenty_thousand_words() {
    for words in [5_000, 20_000] {
        time(words);
    }
}

fn time(words: usize) {
    let body = draft(words);
    let post = Post {
        title: "Le métier qui n’existe pas",
        summary: "",
        body: &body,
        lang: Lang::Fr,
        slug: "le-metier-qui-n-existe-pas",
        keyphrase: "métier",
        has_cover: false,
        base_url: "https://carnet.example/blog/",
        other_keyphrases: &[],
    };
    let report = check(&post);
    let runs = 20;
    let start = Instant::now();
    for _ in 0..runs {
        std::hint::black_box(check(std::hint::black_box(&post)));
    }
    let each = start.elapsed() / runs;
    println!(
        "check: {} words, {} bytes, {} findings: {:.2} ms per check",
        report.stats.words,
        body.len(),
        report.findings.len(),
        each.as_secs_f64() * 1000.0
    );
    // Each phase's time, the best of the runs.
    let mut best: Vec<(&str, f64)> = Vec::new();
    for _ in 0..runs {
        let mut last = Instant::now();
        let mut k = 0;
        std::hint::black_box(check_timed(std::hint::black_box(&post), &mut |phase| {
            let now = Instant::now();
            let ms = (now - last).as_secs_f64() * 1000.0;
            last = now;
            match best.get_mut(k) {
                Some(b) => b.1 = b.1.min(ms),
                None => best.push((phase, ms)),
            }
            k += 1;
        }));
    }
    let phases: Vec<String> = best
        .iter()
        .map(|(phase, ms)| format!("{phase} {ms:.2}"))
        .collect();
    println!("  phases (ms, best of {runs}): {}", phases.join(", "));
}
