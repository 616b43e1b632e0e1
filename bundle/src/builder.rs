//! Step 3: the studio's builder, the content build compiled to Wasm for publishing from
//! the browser, built beside the app into the same directory (loaded only when the writer
//! publishes).

use crate::app::BundleOptions;
use crate::tools::{BundleError, Fnv, cargo, cargo_target_dir, io_error, optimize, run};
use std::fs;
use std::path::PathBuf;
use std::process::Command;

/// The studio's builder (`builder/`): the content build compiled to Wasm for the worker
/// that publishes from the browser (`builder/worker.js`, copied as `builder.js`), with
/// its wasm-bindgen glue, and for a release each file shrunk like the app's. Built in its
/// own target directory (`target/builder`), without the app's `--emit-relocs` (nothing
/// splits it: its relocations would only weigh 5 MB), so that the two builds never
/// rebuild each other's crates. The steps after `cargo build` are skipped when its Wasm
/// and the worker are those they last ran on. Returns its files, and whether they were
/// already there.
pub fn build(options: &BundleOptions) -> Result<(Vec<PathBuf>, bool), BundleError> {
    const BUILDER: &str = "carnet_builder";
    let profile = if options.release { "release" } else { "debug" };
    let target = cargo_target_dir(&options.root).join("builder");
    let mut cargo = cargo();
    cargo
        .current_dir(&options.root)
        .args(["build", "--package", "carnet-builder", "--lib"])
        .args(["--target", "wasm32-unknown-unknown"])
        .env("CARGO_TARGET_DIR", &target)
        // The workspace's flags but `--emit-relocs` (see `.cargo/config.toml`).
        .env("RUSTFLAGS", "--cfg erase_components");
    if options.release {
        cargo.arg("--release");
    }
    run("cargo (builder)", &mut cargo)?;

    let input = target
        .join("wasm32-unknown-unknown")
        .join(profile)
        .join(format!("{BUILDER}.wasm"));
    let worker_source = options.root.join("builder").join("worker.js");
    let work = cargo_target_dir(&options.root)
        .join("carnet-builder")
        .join(profile);
    let files = [
        work.join(format!("{BUILDER}.js")),
        work.join(format!("{BUILDER}_bg.wasm")),
        work.join("builder.js"),
    ];
    let mut key = Fnv::default();
    for file in [&input, &worker_source] {
        key.write(&fs::read(file).map_err(io_error(file))?);
    }
    key.write(profile.as_bytes());
    let key = key.hex();
    let key_file = work.join(".key");
    if fs::read_to_string(&key_file).is_ok_and(|kept| kept == key)
        && files.iter().all(|f| f.exists())
    {
        return Ok((files.to_vec(), true));
    }
    if work.exists() {
        fs::remove_dir_all(&work).map_err(io_error(&work))?;
    }
    fs::create_dir_all(&work).map_err(io_error(&work))?;
    run(
        "wasm-bindgen (builder)",
        Command::new("wasm-bindgen")
            .args(["--target", "web", "--no-typescript", "--out-name", BUILDER])
            .arg("--out-dir")
            .arg(&work)
            .arg(&input),
    )?;
    fs::copy(&worker_source, &files[2]).map_err(io_error(&files[2]))?;
    if options.release {
        optimize(&options.root, &files)?;
    }
    fs::write(&key_file, key).map_err(io_error(&key_file))?;
    Ok((files.to_vec(), false))
}
