//! Search on a generated corpus of 2,000 posts of about 800 words each, half French-like,
//! half English-like: how long the index takes to build, and how long each keystroke's
//! query takes. Run with `cargo bench -p carnet-content --bench search`.
//!
//! The same corpus can be written as posts, to build a test site and time the search in the
//! browser: `cargo run -p carnet-content --example generate_posts -- <dir>`.

use carnet_content::search::{Doc, Index};
use flate2::Compression;
use flate2::write::GzEncoder;
use std::hint::black_box;
use std::io::Write;
use std::time::Instant;

mod common;
use common::corpus;

fn main() {
    let posts = corpus(2_000, 800);
    let tags: Vec<Vec<&str>> = posts
        .iter()
        .map(|p| p.tags.iter().map(String::as_str).collect())
        .collect();
    let slugs: Vec<String> = (0..posts.len()).map(|n| format!("post-{n:04}")).collect();
    let docs: Vec<Doc<'_>> = posts
        .iter()
        .zip(&tags)
        .zip(&slugs)
        .map(|((p, tags), slug)| Doc {
            slug,
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
    let file = index.encode();
    let mut gzip = GzEncoder::new(Vec::new(), Compression::best());
    gzip.write_all(file.as_bytes()).expect("gzip in memory");
    let gzipped = gzip.finish().expect("gzip in memory").len();
    println!(
        "index file: {} KB raw, {} KB gzip -9",
        file.len() / 1024,
        gzipped / 1024
    );
    let start = Instant::now();
    black_box(Index::decode(&file).expect("the index reads back"));
    println!(
        "index file read back in {:.0} ms",
        start.elapsed().as_secs_f64() * 1000.0
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
