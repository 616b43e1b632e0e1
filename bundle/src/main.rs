//! `carnet-bundle`: builds Carnet's app for the browser, once whatever the posts.
//!
//! ```text
//! carnet-bundle [--debug] [--out DIR]
//! ```
//!
//! Into `target/app/release` (`target/app/debug` with `--debug`): the app's WebAssembly in
//! parts — what every page needs, and the parts the app marks `#[lazy]` (the writer's
//! studio, search, …), fetched the first time they are used —, the studio's builder, the
//! page's side of reading offline, the icons, and the page (`index.html`, which the content
//! build, `carnet-site build`, fills in for every page of the site).
//!
//! The steps are those of `cargo leptos --split` ([`bundle::build`]): `cargo build` for
//! `wasm32-unknown-unknown` (linked with `--emit-relocs`, see `.cargo/config.toml`), the
//! split ([`split`], by `wasm_split_cli_support`, the splitter Leptos' `#[lazy]` is made
//! for), `wasm-bindgen` on the main part and, in release builds, `wasm-opt -Oz` on every
//! part, terser on the JavaScript and Lightning CSS on the stylesheet (`optimize.mjs`).
//! The files land in `app-<hash>/`, one name per build, so that a cached old part is never
//! mixed with new ones, and hosts may cache every file of the app forever.

mod app;
mod builder;
mod bundle;
mod icons;
mod page;
mod split;
mod tools;

use app::BundleOptions;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

const USAGE: &str = "usage: carnet-bundle [--debug] [--out DIR]";

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), String> {
    use lexopt::prelude::*;
    let mut parser = lexopt::Parser::from_env();
    let mut release = true;
    let mut out = None;
    while let Some(arg) = parser.next().map_err(|e| format!("{e}\n{USAGE}"))? {
        match arg {
            Long("debug") => release = false,
            Long("out") => out = Some(PathBuf::from(parser.value().map_err(|e| e.to_string())?)),
            Short('h') | Long("help") => {
                println!("{USAGE}");
                return Ok(());
            }
            arg => return Err(format!("{}\n{USAGE}", arg.unexpected())),
        }
    }
    let profile = if release { "release" } else { "debug" };
    let options = BundleOptions {
        root: PathBuf::from("."),
        release,
        out: out.unwrap_or_else(|| PathBuf::from("target/app").join(profile)),
    };
    let started = Instant::now();
    let (bundle, cached) = bundle::build(&options).map_err(|e| format!("error: {e}"))?;
    println!(
        "carnet-bundle: the app {} in {}/{}/ ({} parts loaded on first use), {:.1} s",
        if cached { "is up to date" } else { "was built" },
        options.out.display(),
        bundle.dir,
        bundle.parts,
        started.elapsed().as_secs_f64()
    );
    Ok(())
}
