//! Reads and validates the posts, then compiles the post index into the app.
//!
//! A malformed post fails the build here, with the file, the line and what to fix.
//! The post bodies and the search index are not embedded: `carnet-site` writes them next to
//! the app. The posts are read from `posts/`, or from the directory `CARNET_POSTS` names
//! (the tests build a site from generated posts that way).

use carnet_core::load::{image_sizes, index_source, load_posts};
use std::path::PathBuf;

fn main() {
    println!("cargo::rerun-if-env-changed=CARNET_POSTS");
    let dir =
        std::env::var_os("CARNET_POSTS").map_or_else(|| PathBuf::from("posts"), PathBuf::from);
    println!("cargo::rerun-if-changed={}", dir.display());
    let posts = match load_posts(&dir) {
        Ok(posts) => posts,
        Err(errors) => {
            for error in &errors {
                println!("cargo::error={error}");
            }
            return;
        }
    };
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let images = image_sizes(&dir);
    std::fs::write(out.join("posts.rs"), index_source(&posts, &images))
        .expect("cannot write the post index");
}
