//! What is built: the app's name, how it is built ([`BundleOptions`]), and what came out
//! ([`Bundle`]), which the split's cache keeps.

use std::path::PathBuf;

/// The name of the app's crate and binary, and of its files.
pub const APP: &str = "carnet";

/// How to build.
#[derive(Clone, Debug)]
pub struct BundleOptions {
    /// The workspace (where `Cargo.toml` is).
    pub root: PathBuf,
    /// Release build: optimised, and each part through `wasm-opt -Oz`.
    pub release: bool,
    /// Where to put the app: `app-<hash>/`, the icons and `index.html`.
    pub out: PathBuf,
}

impl BundleOptions {
    /// `release` or `debug`, as cargo names its directories.
    pub fn profile(&self) -> &'static str {
        if self.release { "release" } else { "debug" }
    }
}

/// A built app, written into the output directory.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bundle {
    /// The directory of its files, relative to the output (`app-<hash>`).
    pub dir: String,
    /// The lazily loaded parts (`.wasm` files besides the main one).
    pub parts: usize,
    /// The files each part a prerendered page may need is made of, by the part's name
    /// (`post_page`, as `Part::name` gives it): the page fetches them beside the main Wasm.
    pub part_files: Vec<(String, Vec<String>)>,
}

impl Bundle {
    /// What the split's `.key` keeps: the inputs' key, then the bundle, a line each.
    pub fn key(&self, key: &str) -> String {
        let mut kept = format!("{key}\n{}\n", self.parts);
        for (part, files) in &self.part_files {
            kept.push_str(&format!("{part} {}\n", files.join(" ")));
        }
        kept
    }

    /// The bundle `.key` describes, if it was built from the inputs `key` names.
    pub fn from_key(kept: &str, key: &str) -> Option<Bundle> {
        let mut lines = kept.lines();
        (lines.next()? == key).then_some(())?;
        Some(Bundle {
            dir: String::new(),
            parts: lines.next()?.parse().ok()?,
            part_files: lines
                .map(|line| {
                    let mut words = line.split(' ').map(str::to_owned);
                    Some((words.next()?, words.collect()))
                })
                .collect::<Option<_>>()?,
        })
    }

    /// [`Bundle::part_files`] as a JavaScript object: `{"post_page":["chunk_8.wasm",…]}`.
    pub fn part_files_json(&self) -> String {
        let parts: serde_json::Map<String, serde_json::Value> = self
            .part_files
            .iter()
            .map(|(part, files)| (part.clone(), files.clone().into()))
            .collect();
        serde_json::Value::Object(parts).to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_key_keeps_the_bundle_but_its_directory() {
        let bundle = Bundle {
            dir: "app-0123".into(),
            parts: 2,
            part_files: vec![
                (
                    "post_page".into(),
                    vec!["chunk_1.wasm".into(), "split_post_page.wasm".into()],
                ),
                ("search_page".into(), vec!["split_search_page.wasm".into()]),
            ],
        };
        // The directory is not kept: `build` names it from every file, the builder's too.
        assert_eq!(
            Bundle::from_key(&bundle.key("k"), "k"),
            Some(Bundle {
                dir: String::new(),
                ..bundle.clone()
            })
        );
        assert_eq!(Bundle::from_key(&bundle.key("k"), "other"), None);
    }
}
