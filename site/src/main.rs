//! `carnet-site`: writes the static files the app needs next to it.
//!
//! Trunk runs it after each build (see `Trunk.toml`) with `TRUNK_STAGING_DIR` set; it can
//! also be run by hand: `cargo run -p carnet-site -- <output dir>`. It writes:
//!
//! - `content/<slug>.<hash>.md`: the body of each published post, fetched when it is opened;
//! - `search.<hash>.txt`: the search index, fetched the first time a reader searches;
//! - `images/`: a copy of `posts/images/`;
//! - `404.html`: a copy of `index.html`, which static hosts such as GitHub Pages serve for
//!   unknown paths, so that deep links (`/posts/<slug>`) start the app after a reload.
//!
//! The posts are read from `posts/`, or from the directory `CARNET_POSTS` names.

use carnet_core::load::{Post, load_posts, search_index, search_index_path};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::{env, fs, io};

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
    match write_site(&posts_dir, &posts, &out) {
        Ok(count) => {
            println!("carnet-site: {count} posts written to {}", out.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Writes bodies, the search index, images and `404.html` into `out`; returns the number of posts published.
fn write_site(posts_dir: &Path, posts: &[Post], out: &Path) -> Result<usize, String> {
    let published: Vec<&Post> = posts.iter().filter(|p| !p.front.draft).collect();
    let content = out.join("content");
    fs::create_dir_all(&content)
        .map_err(|e| format!("cannot create {}: {e}", content.display()))?;
    for post in &published {
        let path = out.join(post.body_path());
        fs::write(&path, &post.body)
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }

    let index = out.join(search_index_path(posts));
    fs::write(&index, search_index(posts).encode())
        .map_err(|e| format!("cannot write {}: {e}", index.display()))?;

    let images = posts_dir.join("images");
    if images.is_dir() {
        copy_dir(&images, &out.join("images"))
            .map_err(|e| format!("cannot copy {}: {e}", images.display()))?;
    }

    let index = out.join("index.html");
    fs::copy(&index, out.join("404.html"))
        .map_err(|e| format!("cannot copy {} to 404.html: {e}", index.display()))?;
    Ok(published.len())
}

fn copy_dir(from: &Path, to: &Path) -> io::Result<()> {
    fs::create_dir_all(to)?;
    for entry in fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            fs::copy(entry.path(), target)?;
        }
    }
    Ok(())
}
