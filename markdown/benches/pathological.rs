//! Render time of hostile Markdown at 10 KB, 100 KB and 1 MB: every input must render in
//! time linear in its size (the studio renders an imported draft live; a crafted `.md`
//! must not freeze the tab). Run with `cargo bench -p carnet-markdown --bench pathological`.
//!
//! For each input it prints the median render time at each size and the growth from one
//! size to the next: about 10× for ten times the text is linear, 100× would be quadratic.

use carnet_markdown::{RenderOptions, render};

use carnet_text::Lang;
use std::hint::black_box;
use std::time::{Duration, Instant};

/// Makes an input of about the size given, in bytes.
type Make = Box<dyn Fn(usize) -> String>;

/// Each input: a name and how to make it.
fn inputs() -> Vec<(&'static str, Make)> {
    let repeat = |unit: &'static str| move |size: usize| unit.repeat(size / unit.len() + 1);
    vec![
        ("same heading", Box::new(repeat("## a\n\n"))),
        ("same heading id {#x}", Box::new(repeat("## t {#x}\n\n"))),
        (
            "headings -2, -3… written out",
            Box::new(|size| {
                let mut s = String::from("## a\n\n");
                let mut n = 2;
                while s.len() < size / 2 {
                    s.push_str(&format!("## a-{n}\n\n"));
                    n += 1;
                }
                while s.len() < size {
                    s.push_str("## a\n\n");
                }
                s
            }),
        ),
        (
            "nested quotes",
            Box::new(|size| format!("{}a", ">".repeat(size))),
        ),
        (
            "nested lists",
            Box::new(|size| {
                let mut s = String::new();
                let mut depth = 0;
                while s.len() < size {
                    s.push_str(&" ".repeat(depth * 2));
                    s.push_str("- a\n");
                    depth = (depth + 1) % 200;
                }
                s
            }),
        ),
        ("run of *", Box::new(repeat("*"))),
        ("*a **b ***c", Box::new(repeat("*a **b "))),
        ("run of [", Box::new(repeat("["))),
        ("[a](", Box::new(repeat("[a]("))),
        ("run of `", Box::new(repeat("`"))),
        ("` and ``", Box::new(repeat("` `` "))),
        ("entities", Box::new(repeat("&amp;&#x41;&#65;&bogus; "))),
        ("unfinished entities", Box::new(repeat("&#12345678"))),
        (
            "footnotes",
            Box::new(|size| {
                let mut s = String::new();
                let mut n = 0;
                while s.len() < size / 2 {
                    s.push_str(&format!("a[^{n}] b[^{n}] "));
                    n += 1;
                }
                s.push_str("\n\n");
                for i in 0..n {
                    s.push_str(&format!("[^{i}]: note\n"));
                }
                s
            }),
        ),
        (
            "html: run of <",
            Box::new(|size| format!("<div>\n{}\n", "<".repeat(size))),
        ),
        (
            "html: open comments",
            Box::new(|size| format!("<div>\n{}\n", "<!--".repeat(size / 4))),
        ),
        ("html: tags", Box::new(repeat("<kbd>a</kbd><x y=\"z\"> "))),
        (
            "html: open tags, then closings of others",
            Box::new(|size| {
                format!(
                    "{}{}",
                    "<kbd>".repeat(size / 10),
                    "</mark>".repeat(size / 14)
                )
            }),
        ),
        (
            "html: details across blocks",
            Box::new(repeat(
                "<details>\n<summary>s</summary>\n\n*t*\n\n</details>\n\n",
            )),
        ),
        (
            "html: tags crossing blocks",
            Box::new(repeat("<details>\n<figure>\n\nt\n\n</details>\n\n")),
        ),
        (
            "links and images",
            Box::new(repeat("[a](b) ![c](d) <http://e> ")),
        ),
        (
            "table",
            Box::new(|size| {
                let mut s = String::from("| a | b |\n|---|---|\n");
                while s.len() < size {
                    s.push_str("| `x` | *y* |\n");
                }
                s
            }),
        ),
    ]
}

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn main() {
    let options = RenderOptions {
        lang: Lang::Fr,
        page_path: "/posts/p",
        image_sizes: &[],
    };
    let sizes = [10_000, 100_000, 1_000_000];
    println!("| input | 10 KB | 100 KB | 1 MB | growth ×10, ×100 |");
    println!("|---|---:|---:|---:|---:|");
    for (name, make) in inputs() {
        let mut times = Vec::new();
        for size in sizes {
            let mut text = make(size);
            let mut cut = size.min(text.len());
            while !text.is_char_boundary(cut) {
                cut -= 1;
            }
            text.truncate(cut);
            let runs = if size >= 1_000_000 { 3 } else { 7 };
            let samples = (0..runs)
                .map(|_| {
                    let start = Instant::now();
                    black_box(render(black_box(&text), &options));
                    start.elapsed()
                })
                .collect();
            times.push(median(samples));
        }
        let ms = |d: Duration| d.as_secs_f64() * 1000.0;
        println!(
            "| {name} | {:.2} ms | {:.1} ms | {:.0} ms | {:.0}×, {:.0}× |",
            ms(times[0]),
            ms(times[1]),
            ms(times[2]),
            ms(times[1]) / ms(times[0]),
            ms(times[2]) / ms(times[0]),
        );
    }
}
