//! Reads and validates `posts/`, then compiles the post index into the app.
//!
//! A malformed post fails the build here, with the file, the line and what to fix.
//! The post bodies are not embedded: `carnet-site` writes them next to the app.

use carnet_core::load::{image_sizes, index_source, load_posts};
use std::path::{Path, PathBuf};

fn main() {
    println!("cargo::rerun-if-changed=posts");
    let posts = match load_posts(Path::new("posts")) {
        Ok(posts) => posts,
        Err(errors) => {
            for error in &errors {
                println!("cargo::error={error}");
            }
            return;
        }
    };
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let images = image_sizes(Path::new("posts"));
    std::fs::write(out.join("posts.rs"), index_source(&posts, &images))
        .expect("cannot write the post index");
}
