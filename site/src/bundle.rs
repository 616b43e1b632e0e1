//! The app's WebAssembly, built in parts: what every page needs, and the parts the app
//! marks `#[lazy]` (the writer's studio, search, …), fetched the first time they are used.
//!
//! Trunk cannot split a Wasm module, so the build does what `cargo leptos --split` does:
//! `cargo build` for `wasm32-unknown-unknown` (linked with `--emit-relocs`, see
//! `.cargo/config.toml`), `wasm-split-cli` (the splitter Leptos' `#[lazy]` is made for),
//! `wasm-bindgen` on the main part and, in release builds, `wasm-opt -Oz` on every part
//! and terser on the JavaScript (`site/optimize.mjs`).
//! The files land in `app-<hash>/` (one name per build, so a cached old part is never
//! mixed with new ones) and [`Bundle::head`] is what `index.html` needs to start the app.

use std::fmt;
use std::fs;
use std::io;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The name of the app's crate and binary, and of its files.
const APP: &str = "carnet";

/// How to build.
#[derive(Clone, Debug)]
pub struct BundleOptions {
    /// The workspace (where `Cargo.toml` is).
    pub root: PathBuf,
    /// Release build: optimised, and each part through `wasm-opt -Oz`.
    pub release: bool,
    /// The site's public path, ending with `/` (Trunk's `--public-url`).
    pub public_url: String,
}

/// A built app, written into the output directory.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bundle {
    /// The directory of its files, relative to the output (`app-<hash>`).
    pub dir: String,
    /// The lazily loaded parts (`.wasm` files besides the main one).
    pub parts: usize,
    public_url: String,
}

impl Bundle {
    /// The `<head>` lines that preload and start the app.
    pub fn head(&self) -> String {
        let base = format!("{}{}", self.public_url, self.dir);
        format!(
            "<link rel=\"modulepreload\" href=\"{base}/{APP}.js\">\n\
             <link rel=\"modulepreload\" href=\"{base}/__wasm_split.js\">\n\
             <link rel=\"preload\" href=\"{base}/{APP}_bg.wasm\" as=\"fetch\" type=\"application/wasm\" crossorigin>\n\
             <script type=\"module\">import init from '{base}/{APP}.js'; init({{ module_or_path: '{base}/{APP}_bg.wasm' }});</script>\n"
        )
    }

    /// Puts [`Bundle::head`] in an HTML page where `index.html` marks the app's place
    /// (`<link data-trunk rel="rust" data-trunk-skip>`, which Trunk leaves there), or
    /// `None` if it has no such mark.
    pub fn link_into(&self, html: &str) -> Option<String> {
        let mark = start_mark(html)?;
        Some(format!(
            "{}{}{}",
            &html[..mark.start],
            self.head().trim_end(),
            &html[mark.end..]
        ))
    }
}

/// Where `index.html` marks the app's place: `<link data-trunk rel="rust" …>`. A page the
/// build already went through has none.
pub fn start_mark(html: &str) -> Option<Range<usize>> {
    let start = html.find("<link data-trunk rel=\"rust\"")?;
    let end = start + html[start..].find('>')? + 1;
    Some(start..end)
}

/// Why the app could not be built.
#[derive(Debug)]
pub enum BundleError {
    /// A tool could not be started (not installed, or not on `PATH`).
    Missing {
        tool: &'static str,
        source: io::Error,
    },
    /// A tool ran and failed; it has said why above.
    Failed { tool: &'static str, status: String },
    /// A file could not be read or written.
    Io { path: PathBuf, source: io::Error },
}

impl fmt::Display for BundleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Missing { tool, source } => write!(
                f,
                "cannot run {tool} ({source}); run .ci/setup, which installs it, and put \
                 node_modules/.bin and ~/.cargo/bin on PATH"
            ),
            Self::Failed { tool, status } => write!(f, "{tool} failed ({status}), see above"),
            Self::Io { path, source } => write!(f, "{}: {source}", path.display()),
        }
    }
}

impl std::error::Error for BundleError {}

fn io_error(path: &Path) -> impl FnOnce(io::Error) -> BundleError + '_ {
    move |source| BundleError::Io {
        path: path.to_owned(),
        source,
    }
}

fn run(tool: &'static str, command: &mut Command) -> Result<(), BundleError> {
    let status = command
        .status()
        .map_err(|source| BundleError::Missing { tool, source })?;
    if status.success() {
        Ok(())
    } else {
        Err(BundleError::Failed {
            tool,
            status: status.to_string(),
        })
    }
}

/// Builds the app and writes its files into `out/app-<hash>/`.
pub fn build(options: &BundleOptions, out: &Path) -> Result<Bundle, BundleError> {
    let profile = if options.release { "release" } else { "debug" };
    let mut cargo = Command::new(env_or("CARGO", "cargo"));
    cargo
        .current_dir(&options.root)
        .args(["build", "--package", APP, "--bin", APP])
        .args(["--target", "wasm32-unknown-unknown"]);
    if options.release {
        cargo.arg("--release");
    }
    run("cargo", &mut cargo)?;

    let target = cargo_target_dir(&options.root);
    let input = target
        .join("wasm32-unknown-unknown")
        .join(profile)
        .join(format!("{APP}.wasm"));
    let work = target.join("carnet-bundle").join(profile);
    if work.exists() {
        fs::remove_dir_all(&work).map_err(io_error(&work))?;
    }
    fs::create_dir_all(&work).map_err(io_error(&work))?;

    run(
        "wasm-split-cli",
        Command::new("wasm-split-cli").arg(&input).arg(&work).args([
            "--target",
            "web",
            "--out-name",
            APP,
        ]),
    )?;
    let split_main = work.join(format!("{APP}.wasm"));
    run(
        "wasm-bindgen",
        Command::new("wasm-bindgen")
            .args(["--target", "web", "--keep-lld-exports", "--no-demangle"])
            .args(["--no-typescript", "--out-name", APP, "--out-dir"])
            .arg(&work)
            .arg(&split_main),
    )?;
    fs::remove_file(&split_main).map_err(io_error(&split_main))?;

    let mut files = Vec::new();
    for entry in fs::read_dir(&work).map_err(io_error(&work))? {
        files.push(entry.map_err(io_error(&work))?.path());
    }
    files.sort();
    if options.release {
        run(
            "node (site/optimize.mjs)",
            Command::new("node")
                .arg(options.root.join("site").join("optimize.mjs"))
                .args(&files),
        )?;
    }

    // One name for the whole build, from every file's bytes.
    let mut hash = Fnv::default();
    for file in &files {
        hash.write(file.file_name().map_or(&[][..], |n| n.as_encoded_bytes()));
        hash.write(&fs::read(file).map_err(io_error(file))?);
    }
    let dir = format!("app-{:016x}", hash.0);
    let dest = out.join(&dir);
    fs::create_dir_all(&dest).map_err(io_error(&dest))?;
    for file in &files {
        let to = dest.join(file.file_name().expect("a file in a directory has a name"));
        fs::copy(file, &to).map_err(io_error(&to))?;
    }
    Ok(Bundle {
        dir,
        parts: files
            .iter()
            .filter(|f| f.extension().is_some_and(|e| e == "wasm"))
            .count()
            - 1,
        public_url: options.public_url.clone(),
    })
}

fn env_or(var: &str, default: &str) -> String {
    std::env::var(var).unwrap_or_else(|_| default.to_owned())
}

/// Cargo's target directory: `CARGO_TARGET_DIR`, else `target/` in the workspace.
fn cargo_target_dir(root: &Path) -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root.join("target"), PathBuf::from)
}

/// FNV-1a, 64 bits: a stable hash for the bundle's directory name.
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Self(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_head_starts_the_app_from_its_directory_under_the_public_path() {
        let bundle = Bundle {
            dir: "app-0123".into(),
            parts: 2,
            public_url: "/blog/".into(),
        };
        let html = bundle
            .link_into(
                "<head><title>T</title>\n<link data-trunk rel=\"rust\" data-trunk-skip data-trunk-id=\"2\">\n</head>",
            )
            .unwrap();
        assert!(html.contains("<link rel=\"modulepreload\" href=\"/blog/app-0123/carnet.js\">"));
        assert!(html.contains("import init from '/blog/app-0123/carnet.js'"));
        assert!(html.contains("module_or_path: '/blog/app-0123/carnet_bg.wasm'"));
        assert!(html.starts_with("<head><title>T</title>\n<link rel=\"modulepreload\""));
        assert!(html.ends_with("</script>\n</head>"));
        assert!(!html.contains("data-trunk"));
        assert_eq!(bundle.link_into("<head></head>"), None);
    }

    #[test]
    fn the_hash_follows_the_bytes() {
        let mut a = Fnv::default();
        a.write(b"carnet");
        let mut b = Fnv::default();
        b.write(b"carnet!");
        assert_ne!(a.0, b.0);
        assert_eq!(a.0, {
            let mut c = Fnv::default();
            c.write(b"carnet");
            c.0
        });
    }
}
