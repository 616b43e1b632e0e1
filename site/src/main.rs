//! `carnet-site`: builds the app's WebAssembly into Trunk's output, links it into
//! `index.html`, and writes the static files the app needs next to it (see the library).
//!
//! Trunk runs it after each build (see `Trunk.toml`) with `TRUNK_STAGING_DIR` and
//! `TRUNK_PROFILE` set; it can also be run by hand on the output of `trunk build`:
//! `cargo run -p carnet-site -- <output dir>` (a release build of the app). The posts are read from
//! `posts/`, or from the directory `CARNET_POSTS` names; the site's address from
//! `Carnet.toml`, or from `CARNET_BASE_URL`.

use carnet_core::load::load_posts;
use carnet_site::bundle::{self, BundleOptions};
use carnet_site::config::Config;
use carnet_site::write_site;
use std::env;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    let out = env::args_os()
        .nth(1)
        .or_else(|| env::var_os("TRUNK_STAGING_DIR"))
        .map(PathBuf::from);
    let Some(out) = out else {
        eprintln!("usage: carnet-site <output dir>  (or set TRUNK_STAGING_DIR)");
        return ExitCode::FAILURE;
    };
    let root = env::var_os("TRUNK_SOURCE_DIR").map_or_else(|| PathBuf::from("."), PathBuf::from);
    let config = match Config::load(&root, env::var("CARNET_BASE_URL").ok()) {
        Ok(config) => config,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let posts_dir = env::var_os("CARNET_POSTS").map_or_else(|| root.join("posts"), PathBuf::from);
    let posts = match load_posts(&posts_dir) {
        Ok(posts) => posts,
        Err(errors) => {
            for error in errors {
                eprintln!("error: {error}");
            }
            return ExitCode::FAILURE;
        }
    };
    let options = BundleOptions {
        root: root.clone(),
        release: env::var("TRUNK_PROFILE").map_or(true, |p| p == "release"),
        public_url: config.base_path().to_owned(),
    };
    if let Err(e) = link_app(&options, &out) {
        eprintln!("error: {e}");
        return ExitCode::FAILURE;
    }
    match write_site(&config, &posts_dir, &posts, &out) {
        Ok(written) => {
            println!(
                "carnet-site: {} posts, {} prerendered pages, feed and sitemap for {} written to {}",
                written.posts,
                written.pages,
                config.base_url,
                out.display()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Builds the app into `out` and starts it from `out/index.html`.
fn link_app(options: &BundleOptions, out: &Path) -> Result<(), String> {
    let index = out.join("index.html");
    let html = fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    let no_mark = || {
        format!(
            "{} has no <link data-trunk rel=\"rust\" data-trunk-skip> where the app starts: \
             run carnet-site on a fresh `trunk build` output",
            index.display()
        )
    };
    // Checked before the build, which takes minutes.
    bundle::start_mark(&html).ok_or_else(no_mark)?;
    let bundle = bundle::build(options, out).map_err(|e| e.to_string())?;
    let html = bundle.link_into(&html).ok_or_else(no_mark)?;
    fs::write(&index, html).map_err(|e| format!("{}: {e}", index.display()))?;
    println!(
        "carnet-site: app built in {}/ ({} parts loaded on first use)",
        bundle.dir, bundle.parts
    );
    Ok(())
}
