//! `carnet-site`: writes the static files the app needs next to it (see the library).
//!
//! Trunk runs it after each build (see `Trunk.toml`) with `TRUNK_STAGING_DIR` set; it can
//! also be run by hand: `cargo run -p carnet-site -- <output dir>`. The posts are read from
//! `posts/`, or from the directory `CARNET_POSTS` names; the site's address from
//! `Carnet.toml`, or from `CARNET_BASE_URL`.

use carnet_core::load::load_posts;
use carnet_site::config::Config;
use carnet_site::write_site;
use std::env;
use std::path::PathBuf;
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
