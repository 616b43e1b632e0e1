//! Step 2: the app's Wasm cut into parts at Leptos' `#[lazy]` split points, the main part
//! bound by `wasm-bindgen`, and for a release every file shrunk. Skipped when the Wasm is
//! the one these steps last ran on (a key in `target/carnet-bundle/<profile>/.key`): they
//! take most of a minute.

use crate::app::{APP, Bundle, BundleOptions};
use crate::tools::{BundleError, Fnv, io_error, optimize_twice, run};
use carnet_content::routes::Part;
use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Splits, binds and (for a release) optimises the Wasm `input` in `work`, unless `work`
/// already holds what these steps made of the same bytes. Returns the bundle (its
/// directory still to name), its files, and whether they were already there.
pub fn split(
    options: &BundleOptions,
    input: &Path,
    work: &Path,
) -> Result<(Bundle, Vec<PathBuf>, bool), BundleError> {
    // What the steps below make depends on nothing else (the tools are pinned).
    let wasm = fs::read(input).map_err(io_error(input))?;
    let mut key = Fnv::default();
    key.write(&wasm);
    key.write(if options.release {
        b"release, optimised twice"
    } else {
        b"debug"
    });
    let key = key.hex();
    let key_file = work.join(".key");
    if let Ok(kept) = fs::read_to_string(&key_file)
        && let Some(bundle) = Bundle::from_key(&kept, &key)
    {
        return Ok((bundle, list(work)?, true));
    }

    if work.exists() {
        fs::remove_dir_all(work).map_err(io_error(work))?;
    }
    fs::create_dir_all(work).map_err(io_error(work))?;
    let split_main = work.join(format!("{APP}.wasm"));
    let main_module = format!("./{APP}.js");
    let mut split = wasm_split_cli_support::Options::new(&wasm);
    split.output_dir = work;
    split.main_out_path = &split_main;
    split.main_module = &main_module;
    split.target.web();
    let split = wasm_split_cli_support::transform(split)
        .map_err(|e| BundleError::Split(format!("{e:#}")))?;
    run(
        "wasm-bindgen",
        Command::new("wasm-bindgen")
            .args(["--target", "web", "--keep-lld-exports", "--no-demangle"])
            .args(["--no-typescript", "--out-name", APP, "--out-dir"])
            .arg(work)
            .arg(&split_main),
    )?;
    fs::remove_file(&split_main).map_err(io_error(&split_main))?;
    let files = list(work)?;
    if options.release {
        optimize_twice(&options.root, &files)?;
    }

    let bundle = Bundle {
        // Named by `build`, from every file of the app.
        dir: String::new(),
        parts: files
            .iter()
            .filter(|f| f.extension().is_some_and(|e| e == "wasm"))
            .count()
            - 1,
        part_files: part_files(split.prefetch_map),
    };
    fs::write(&key_file, bundle.key(&key)).map_err(io_error(&key_file))?;
    Ok((bundle, files, false))
}

/// The app's files in `work`: its Wasm parts and their JavaScript, by name.
fn list(work: &Path) -> Result<Vec<PathBuf>, BundleError> {
    let mut files = Vec::new();
    for entry in fs::read_dir(work).map_err(io_error(work))? {
        let path = entry.map_err(io_error(work))?.path();
        if path.extension().is_some_and(|e| e == "wasm" || e == "js") {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

/// The files of each part a prerendered page may ask for, by name, from the splitter's
/// map (each part's chunks shared with other parts, then its own file, as file stems).
/// The other parts stay out of every page.
fn part_files(prefetch: HashMap<String, Vec<String>>) -> Vec<(String, Vec<String>)> {
    let mut parts: Vec<(String, Vec<String>)> = prefetch
        .into_iter()
        .filter(|(name, _)| Part::PRERENDERED.iter().any(|p| p.name() == name))
        .map(|(name, stems)| (name, stems.iter().map(|s| format!("{s}.wasm")).collect()))
        .collect();
    parts.sort();
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_gets_the_files_of_the_prerendered_parts_only() {
        let prerendered = Part::PRERENDERED[0].name().to_owned();
        let map = HashMap::from([
            (
                "studio_editor".to_owned(),
                vec!["split_studio_editor".to_owned()],
            ),
            (
                prerendered.clone(),
                vec!["chunk_8".to_owned(), format!("split_{prerendered}")],
            ),
        ]);
        assert_eq!(
            part_files(map),
            [(
                prerendered.clone(),
                vec![
                    "chunk_8.wasm".to_owned(),
                    format!("split_{prerendered}.wasm")
                ]
            )]
        );
    }
}
