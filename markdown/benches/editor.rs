//! What the drafts editor does on a keystroke, on a 20,000-word draft: render the preview
//! and count the words. Run with `cargo bench -p carnet-markdown --bench editor`.
//!
//! The browser figures (the same work in Wasm, plus the page) come from
//! `tests/bench/editor.mjs`.

use carnet_markdown::{RenderOptions, render};
use carnet_text::Lang;
use carnet_text::reading::word_count;
use std::hint::black_box;
use std::time::{Duration, Instant};

#[path = "../../content/benches/common/mod.rs"]
mod common;
use common::{FRENCH, Seeded};

/// A French-looking Markdown text of about `words` words: headings, paragraphs, a list,
/// emphasis and links, from a fixed seed.
fn corpus(words: usize) -> String {
    let mut seeded = Seeded::new();
    let mut next = move |n: usize| seeded.below(n);
    let mut out = String::new();
    let mut written = 0;
    let mut paragraph = 0;
    while written < words {
        if paragraph % 12 == 0 {
            out.push_str(&format!("## Partie {}\n\n", paragraph / 12 + 1));
        }
        if paragraph % 9 == 4 {
            for _ in 0..4 {
                out.push_str(&format!(
                    "- {} {} {}\n",
                    FRENCH[next(FRENCH.len())],
                    FRENCH[next(FRENCH.len())],
                    FRENCH[next(FRENCH.len())]
                ));
                written += 3;
            }
            out.push('\n');
        }
        let length = 40 + next(60);
        for i in 0..length {
            let word = FRENCH[next(FRENCH.len())];
            match next(40) {
                0 => out.push_str(&format!("*{word}*")),
                1 => out.push_str(&format!("**{word}**")),
                2 => out.push_str(&format!("[{word}](https://example.org/{word})")),
                _ => out.push_str(word),
            }
            out.push(if i + 1 == length { '.' } else { ' ' });
        }
        out.push_str("\n\n");
        written += length;
        paragraph += 1;
    }
    out
}

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn measure(label: &str, runs: usize, mut work: impl FnMut()) {
    work();
    let samples: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            work();
            start.elapsed()
        })
        .collect();
    println!(
        "{label:<40} median {:>8.2} ms over {runs} runs",
        median(samples).as_secs_f64() * 1000.0
    );
}

fn main() {
    let text = corpus(20_000);
    println!(
        "draft: {} words, {} bytes of Markdown",
        word_count(&text),
        text.len()
    );
    let options = RenderOptions {
        lang: Lang::Fr,
        page_path: "/drafts/bench",
        image_sizes: &[],
    };
    measure("render (preview) of the whole draft", 30, || {
        black_box(render(black_box(&text), &options));
    });
    measure("word count of the whole draft", 30, || {
        black_box(word_count(black_box(&text)));
    });
}
