//! The app's build as named steps ([`build`]).

use crate::app::{APP, Bundle, BundleOptions};
use crate::tools::{BundleError, Fnv, cargo, cargo_target_dir, hashed, io_error, optimize, run};
use crate::{builder, icons, page, split};
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// Builds the app into `options.out`: `app-<hash>/`, the icons and `index.html`. Returns
/// what it built, and whether its files were already made from the same Wasm.
pub fn build(options: &BundleOptions) -> Result<(Bundle, bool), BundleError> {
    let wasm = compile(options)?;
    let work = cargo_target_dir(&options.root)
        .join("carnet-bundle")
        .join(options.profile());
    let (mut bundle, mut files, cached) = split::split(options, &wasm, &work)?;
    let (builder_files, builder_cached) = builder::build(options)?;
    files.extend(builder_files);
    files.push(offline_script(options)?);
    bundle.dir = name(&files)?;
    write_files(options, &bundle, &files)?;
    write_page(options, &bundle)?;
    Ok((bundle, cached && builder_cached))
}

/// Step 1: `cargo build` of the app for the browser. Returns the Wasm's path.
fn compile(options: &BundleOptions) -> Result<PathBuf, BundleError> {
    let mut cargo = cargo();
    cargo
        .current_dir(&options.root)
        .args(["build", "--package", APP, "--bin", APP])
        .args([
            "--features",
            "hydrate",
            "--target",
            "wasm32-unknown-unknown",
        ]);
    if options.release {
        cargo.arg("--release");
    }
    run("cargo", &mut cargo)?;
    Ok(cargo_target_dir(&options.root)
        .join("wasm32-unknown-unknown")
        .join(options.profile())
        .join(format!("{APP}.wasm")))
}

/// The page's side of reading offline (`offline/page.js`, see `offline/sw.js`), as
/// `offline.js`: for a release, shrunk by terser.
fn offline_script(options: &BundleOptions) -> Result<PathBuf, BundleError> {
    let source = options.root.join("offline").join("page.js");
    let out = cargo_target_dir(&options.root)
        .join("carnet-offline")
        .join("offline.js");
    let dir = out.parent().expect("a file in a directory");
    fs::create_dir_all(dir).map_err(io_error(dir))?;
    fs::copy(&source, &out).map_err(io_error(&source))?;
    if options.release {
        optimize(&options.root, std::slice::from_ref(&out))?;
    }
    Ok(out)
}

/// The app's directory name, `app-<hash>`, from every file's name and bytes.
fn name(files: &[PathBuf]) -> Result<String, BundleError> {
    let mut hash = Fnv::default();
    for file in files {
        hash.write(file.file_name().map_or(&[][..], |n| n.as_encoded_bytes()));
        hash.write(&fs::read(file).map_err(io_error(file))?);
    }
    Ok(format!("app-{}", hash.hex()))
}

/// A fresh output (no file of an older build stays): the app's files in its directory.
fn write_files(
    options: &BundleOptions,
    bundle: &Bundle,
    files: &[PathBuf],
) -> Result<(), BundleError> {
    if options.out.exists() {
        fs::remove_dir_all(&options.out).map_err(io_error(&options.out))?;
    }
    let dest = options.out.join(&bundle.dir);
    fs::create_dir_all(&dest).map_err(io_error(&dest))?;
    for file in files {
        let to = dest.join(file.file_name().expect("a file in a directory has a name"));
        fs::copy(file, &to).map_err(io_error(&to))?;
    }
    Ok(())
}

/// The page, with the stylesheet (minified for a release) in it, and the icons: quick, so
/// done every time.
fn write_page(options: &BundleOptions, bundle: &Bundle) -> Result<(), BundleError> {
    let read = |path: &Path| fs::read(path).map_err(io_error(path));
    let page_source = options.root.join("index.html");
    let style = options.root.join("style");
    let icon = read(&style.join("favicon.svg"))?;
    let mut css = read(&style.join("main.css"))?;
    if options.release {
        // Minified by Lightning CSS (0.8 KB less gzip on every page's stylesheet).
        let minified = cargo_target_dir(&options.root)
            .join("carnet-style")
            .join("main.css");
        let dir = minified.parent().expect("a file in a directory");
        fs::create_dir_all(dir).map_err(io_error(dir))?;
        fs::write(&minified, &css).map_err(io_error(&minified))?;
        optimize(&options.root, std::slice::from_ref(&minified))?;
        css = read(&minified)?;
    }
    let icon_name = hashed("favicon", "svg", &icon);
    let to = options.out.join(&icon_name);
    fs::write(&to, &icon).map_err(io_error(&to))?;
    let drawn = icons::icons(&icon).map_err(|e| BundleError::Io {
        path: style.join("favicon.svg"),
        source: io::Error::other(e),
    })?;
    for (name, png) in drawn {
        let to = options.out.join(name);
        fs::write(&to, png).map_err(io_error(&to))?;
    }
    // The stylesheet is in the page: the first paint waits for no other file (3.5 KB
    // gzip on each page; a separate file cost a round trip before any text showed).
    let html = String::from_utf8_lossy(&read(&page_source)?).into_owned();
    let page = page::fill(&html, &String::from_utf8_lossy(&css), &icon_name, bundle).map_err(
        |missing| BundleError::Page {
            path: page_source.clone(),
            missing,
        },
    )?;
    let page_out = options.out.join("index.html");
    fs::write(&page_out, page).map_err(io_error(&page_out))
}
