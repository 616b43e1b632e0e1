//! Writes the benchmarks' generated corpus as Markdown posts, to build a large test site:
//! `cargo run -p carnet-content --example generate_posts -- <dir> [count]` (2,000 by default).
//! The e2e tests build such a site to check the pages and the search with thousands of posts.

use std::path::PathBuf;
use std::process::ExitCode;
use std::{env, fs};

#[path = "../benches/common/mod.rs"]
mod common;

fn main() -> ExitCode {
    let mut args = env::args().skip(1);
    let Some(dir) = args.next().map(PathBuf::from) else {
        eprintln!("usage: generate_posts <dir> [count]");
        return ExitCode::FAILURE;
    };
    let count = match args.next().map(|n| n.parse::<usize>()) {
        None => 2_000,
        Some(Ok(n)) => n,
        Some(Err(e)) => {
            eprintln!("error: the count must be a number: {e}");
            return ExitCode::FAILURE;
        }
    };
    let written = fs::create_dir_all(&dir).and_then(|()| {
        for (n, post) in common::corpus(count, 800).iter().enumerate() {
            fs::write(dir.join(format!("post-{n:04}.md")), post.to_markdown(n))?;
        }
        Ok(())
    });
    match written {
        Ok(()) => {
            println!("{count} posts written to {}", dir.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: cannot write to {}: {e}", dir.display());
            ExitCode::FAILURE
        }
    }
}
