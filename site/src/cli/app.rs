//! `carnet-site app`: the app, built once whatever the posts. Its WebAssembly in parts —
//! what every page needs, and the parts the app marks `#[lazy]` (the writer's studio,
//! search, …), fetched the first time they are used —, its stylesheet and icon, and its
//! page (`index.html`, which the content build fills in for every page of the site).
//!
//! The build does what `cargo leptos --split` does:
//! `cargo build` for `wasm32-unknown-unknown` (linked with `--emit-relocs`, see
//! `.cargo/config.toml`), `wasm-split-cli` (the splitter Leptos' `#[lazy]` is made for),
//! `wasm-bindgen` on the main part and, in release builds, `wasm-opt -Oz` on every part
//! and terser on the JavaScript, Lightning CSS on the stylesheet (`site/optimize.mjs`).
//! The files land in `app-<hash>/` (one name per build, so a cached old part is never
//! mixed with new ones) and [`Bundle::head`] is what `index.html` needs to start the app.
//! The stylesheet and the icon get a content hash in their names too, so that hosts may
//! cache every file of the app forever.
//!
//! The studio's builder (the content build in Wasm, for publishing from the browser) is
//! built beside it into the same directory, loaded only when the writer publishes.
//!
//! The steps after `cargo build` take most of a minute: they are skipped when the Wasm
//! `cargo` built is the one they were last run on (a key in
//! `target/carnet-bundle/<profile>/.key`).

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
    /// Where to put the app: `app-<hash>/`, the stylesheet, the icon and `index.html`.
    pub out: PathBuf,
}

/// A built app, written into the output directory.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bundle {
    /// The directory of its files, relative to the output (`app-<hash>`).
    pub dir: String,
    /// The lazily loaded parts (`.wasm` files besides the main one).
    pub parts: usize,
    /// The files each part is made of, by the part's name (see [`part_files`]): a
    /// prerendered page fetches those of the part it needs beside the main Wasm.
    pub part_files: Vec<(String, Vec<String>)>,
}

impl Bundle {
    /// The `<head>` script that starts the app ([`START_SCRIPT`]), with paths relative to
    /// the page's `<base href>` (the content build sets it).
    pub fn head(&self) -> String {
        let script = START_SCRIPT
            .replace("APP_DIR", &self.dir)
            .replace("APP_NAME", APP)
            .replace("PART_FILES", &self.part_files_json());
        format!("<script type=\"module\">\n{script}</script>\n")
    }

    /// Puts [`Bundle::head`] in an HTML page where `index.html` marks the app's place
    /// ([`START_MARK`]), or `None` if it has no such mark.
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

/// Where `index.html` marks the app's place.
/// When the app starts. Nothing of it is requested before the page's first paint: its
/// files would share the connection with the page's text (a preload in the `<head>` gets
/// as high a priority as the page itself). Then:
/// - a page the build did not prerender (`404.html`), a list asked for another page or
///   filter, and a returning reader's page (their marks, place and settings are in this
///   browser's storage, under `carnet.`) start it at once after the paint;
/// - a first visit of a prerendered page, which reads whole without the app, starts it at
///   the reader's first gesture (pointer, key, touch, focus, scroll): a reader who only
///   reads pays neither its download nor its start-up. A button pressed before the app is
///   ready is pressed again once it is: the app keeps the page's nodes, so it is the same
///   button.
///
/// Then the main Wasm, its glue, the parts' loader and the files of the part the page
/// needs (`#carnet[data-part]`, which the content build sets) are requested side by side:
/// the part would otherwise wait for the main Wasm to be running before it is asked for.
pub const START_SCRIPT: &str = r#"// When the app starts: see START_SCRIPT in site/src/cli/app.rs.
const parts = PART_FILES;
window.carnetApp = 'APP_DIR';
const start = () => {
  if (window.carnetStarted) return;
  window.carnetStarted = true;
  const page = document.getElementById('carnet');
  for (const file of ['APP_NAME_bg.wasm', ...(parts[page && page.dataset.part] || [])]) {
    document.head.append(Object.assign(document.createElement('link'),
      { rel: 'preload', as: 'fetch', type: 'application/wasm', crossOrigin: '', href: `APP_DIR/${file}` }));
  }
  import('./APP_DIR/__wasm_split.js');
  import('./APP_DIR/offline.js');
  import('./APP_DIR/APP_NAME.js').then((app) => app.default());
};
const pressed = [];
const press = (e) => { const button = e.target.closest && e.target.closest('button'); if (button) pressed.push(button); };
addEventListener('click', press, true);
new MutationObserver((_, observer) => {
  if (!document.querySelector('#carnet[data-ready]')) return;
  observer.disconnect();
  removeEventListener('click', press, true);
  for (const button of pressed) if (button.isConnected) button.click();
}).observe(document.body, { attributes: true, subtree: true, attributeFilter: ['data-ready'] });
let returning = false;
try { returning = Object.keys(localStorage).some((key) => key.startsWith('carnet.')); } catch (e) {}
const prerendered = document.querySelector('#carnet[data-prerendered]');
if (!prerendered || returning || 'listPending' in document.documentElement.dataset) {
  requestAnimationFrame(() => setTimeout(start));
} else {
  for (const gesture of ['pointerdown', 'keydown', 'touchstart', 'focusin', 'scroll', 'wheel']) {
    addEventListener(gesture, start, { capture: true, passive: true, once: true });
  }
}
"#;

pub const START_MARK: &str = "<!-- carnet-site app: the app starts here -->";

/// Where `html` marks the app's place ([`START_MARK`]).
pub fn start_mark(html: &str) -> Option<Range<usize>> {
    let start = html.find(START_MARK)?;
    Some(start..start + START_MARK.len())
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

/// Builds the app into `options.out`: `app-<hash>/`, `favicon-<hash>.svg` and
/// `index.html` (from the project's, with the stylesheet in it, the icon's name and the
/// lines that start the app). Returns what it built, and whether it was already there.
pub fn build(options: &BundleOptions) -> Result<(Bundle, bool), BundleError> {
    let profile = if options.release { "release" } else { "debug" };
    let mut cargo = Command::new(env_or("CARGO", "cargo"));
    cargo
        .current_dir(&options.root)
        .args([
            "build",
            "--package",
            APP,
            "--bin",
            APP,
            "--features",
            "hydrate",
        ])
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
    let read = |path: &Path| fs::read(path).map_err(io_error(path));
    let work = target.join("carnet-bundle").join(profile);
    let (mut bundle, mut files, cached) = split(options, &input, &work)?;
    let (builder_files, builder_cached) = builder(options)?;
    files.extend(builder_files);
    files.push(offline_script(options, &target)?);
    // One name for the whole build, from every file's bytes.
    let mut hash = Fnv::default();
    for file in &files {
        hash.write(file.file_name().map_or(&[][..], |n| n.as_encoded_bytes()));
        hash.write(&fs::read(file).map_err(io_error(file))?);
    }
    bundle.dir = format!("app-{:016x}", hash.0);
    let cached = cached && builder_cached;

    // The page, the stylesheet and the icon: quick, so done every time.
    let page_source = options.root.join("index.html");
    let style = options.root.join("style");
    let (page, mut css, icon) = (
        read(&page_source)?,
        read(&style.join("main.css"))?,
        read(&style.join("favicon.svg"))?,
    );
    if options.release {
        // Minified by Lightning CSS, through site/optimize.mjs (0.8 KB less gzip on every
        // page's stylesheet).
        let minified = target.join("carnet-style").join("main.css");
        let dir = minified.parent().expect("a file in a directory");
        fs::create_dir_all(dir).map_err(io_error(dir))?;
        fs::write(&minified, &css).map_err(io_error(&minified))?;
        optimize(&options.root, std::slice::from_ref(&minified))?;
        css = read(&minified)?;
    }
    // A fresh output: no file of an older build stays.
    if options.out.exists() {
        fs::remove_dir_all(&options.out).map_err(io_error(&options.out))?;
    }
    let dest = options.out.join(&bundle.dir);
    fs::create_dir_all(&dest).map_err(io_error(&dest))?;
    for file in &files {
        let to = dest.join(file.file_name().expect("a file in a directory has a name"));
        fs::copy(file, &to).map_err(io_error(&to))?;
    }
    let icon_name = hashed("favicon", "svg", &icon);
    let to = options.out.join(&icon_name);
    fs::write(&to, &icon).map_err(io_error(&to))?;
    for (name, png) in icons(&icon).map_err(|e| BundleError::Io {
        path: style.join("favicon.svg"),
        source: io::Error::other(e),
    })? {
        let to = options.out.join(name);
        fs::write(&to, png).map_err(io_error(&to))?;
    }
    // The stylesheet is in the page: the first paint waits for no other file (3.5 KB
    // gzip on each page; a separate file cost a round trip before any text showed).
    let style = format!("<style>{}</style>", String::from_utf8_lossy(&css).trim());
    let page = String::from_utf8_lossy(&page)
        .replace("<link rel=\"stylesheet\" href=\"style/main.css\">", &style)
        .replace(
            "href=\"style/favicon.svg\"",
            &format!("href=\"{icon_name}\""),
        );
    let page = bundle.link_into(&page).ok_or_else(|| BundleError::Io {
        path: page_source.clone(),
        source: io::Error::other(format!("no {START_MARK} where the app starts")),
    })?;
    let page_out = options.out.join("index.html");
    fs::write(&page_out, page).map_err(io_error(&page_out))?;
    Ok((bundle, cached))
}

/// Splits, binds and (for a release) optimises the Wasm `input` in `work`, unless `work`
/// already holds what these steps made of the same bytes (a key in `work/.key`). Returns
/// the bundle, its files, and whether they were already there.
fn split(
    options: &BundleOptions,
    input: &Path,
    work: &Path,
) -> Result<(Bundle, Vec<PathBuf>, bool), BundleError> {
    let list = |work: &Path| -> Result<Vec<PathBuf>, BundleError> {
        let mut files = Vec::new();
        for entry in fs::read_dir(work).map_err(io_error(work))? {
            let path = entry.map_err(io_error(work))?.path();
            if path.extension().is_some_and(|e| e == "wasm" || e == "js") {
                files.push(path);
            }
        }
        files.sort();
        Ok(files)
    };
    // What the steps below make depends on nothing else (the tools are pinned).
    let wasm = fs::read(input).map_err(io_error(input))?;
    let mut key = Fnv::default();
    key.write(&wasm);
    key.write(if options.release {
        b"release"
    } else {
        b"debug"
    });
    let key = format!("{:016x}", key.0);
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
    run(
        "wasm-split-cli",
        Command::new("wasm-split-cli").arg(input).arg(work).args([
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
            .arg(work)
            .arg(&split_main),
    )?;
    fs::remove_file(&split_main).map_err(io_error(&split_main))?;
    let loader = work.join("__wasm_split.js");
    let mut part_files = part_files(&fs::read_to_string(&loader).map_err(io_error(&loader))?);
    // Only what a prerendered page may ask for goes in every page.
    part_files.retain(|(name, _)| carnet::Part::PRERENDERED.iter().any(|p| p.name() == name));
    let files = list(work)?;
    if options.release {
        optimize(&options.root, &files)?;
    }

    let bundle = Bundle {
        // Named in `build`, from every file of the app.
        dir: String::new(),
        parts: files
            .iter()
            .filter(|f| f.extension().is_some_and(|e| e == "wasm"))
            .count()
            - 1,
        part_files,
    };
    fs::write(&key_file, bundle.key(&key)).map_err(io_error(&key_file))?;
    Ok((bundle, files, false))
}

/// The studio's builder (`builder/`): the content build compiled to Wasm for the worker
/// that publishes from the browser (`builder/worker.js`, copied as `builder.js`), with
/// its wasm-bindgen glue, and for a release each file shrunk like the app's. Built in its
/// own target directory (`target/builder`), without the app's `--emit-relocs` (nothing
/// splits it: its relocations would only weigh 5 MB), so that the two builds never
/// rebuild each other's crates. The steps after `cargo build` are skipped when its Wasm
/// and the worker are those they last ran on. Returns its files, and whether they were
/// already there.
fn builder(options: &BundleOptions) -> Result<(Vec<PathBuf>, bool), BundleError> {
    const BUILDER: &str = "carnet_builder";
    let profile = if options.release { "release" } else { "debug" };
    let target = cargo_target_dir(&options.root).join("builder");
    let mut cargo = Command::new(env_or("CARGO", "cargo"));
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
    let key = format!("{:016x}", key.0);
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

impl Bundle {
    /// What `.key` keeps: the inputs' key, then the bundle, a line each.
    fn key(&self, key: &str) -> String {
        let mut kept = format!("{key}\n{}\n", self.parts);
        for (part, files) in &self.part_files {
            kept.push_str(&format!("{part} {}\n", files.join(" ")));
        }
        kept
    }

    /// The bundle `.key` describes, if it was built from the inputs `key` names.
    fn from_key(kept: &str, key: &str) -> Option<Bundle> {
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
    fn part_files_json(&self) -> String {
        let parts: serde_json::Map<String, serde_json::Value> = self
            .part_files
            .iter()
            .map(|(part, files)| (part.clone(), files.clone().into()))
            .collect();
        serde_json::Value::Object(parts).to_string()
    }
}

/// The files each part is made of, read from the parts' loader `wasm-split-cli` writes
/// (`__wasm_split.js`, before it is minified): for each part it exports
/// (`__wasm_split_load_<name>`), the chunks it shares with other parts, then its own file.
/// The name is the split module's (`post_page`), as the app's `Part::name` gives it.
fn part_files(loader: &str) -> Vec<(String, Vec<String>)> {
    // Each loader: `[export ]const <ident> = …makeLoad(() => { … new URL("./<file>" … }, [<deps>])`.
    let mut defs: Vec<String> = Vec::new();
    for line in loader.lines() {
        match line
            .strip_prefix("export const ")
            .or_else(|| line.strip_prefix("const "))
        {
            Some(def) => defs.push(def.to_owned()),
            None => {
                if let Some(def) = defs.last_mut() {
                    def.push('\n');
                    def.push_str(line);
                }
            }
        }
    }
    let mut files = std::collections::HashMap::new();
    let mut parts = Vec::new();
    for def in &defs {
        let Some((ident, body)) = def.split_once(" = ") else {
            continue;
        };
        if !body.contains("makeLoad(") {
            continue;
        }
        let Some(file) = body
            .split_once("new URL(\"./")
            .and_then(|(_, rest)| rest.split_once('"'))
            .map(|(file, _)| file.to_owned())
        else {
            continue;
        };
        let deps: Vec<&str> = body
            .rsplit_once(", [")
            .and_then(|(_, rest)| rest.split_once(']'))
            .map(|(deps, _)| deps.split(", ").filter(|d| !d.is_empty()).collect())
            .unwrap_or_default();
        if let Some(name) = ident.strip_prefix("__wasm_split_load_") {
            parts.push((name.to_owned(), deps, file.clone()));
        }
        files.insert(ident.to_owned(), file);
    }
    parts
        .into_iter()
        .map(|(name, deps, file)| {
            let mut all: Vec<String> = deps
                .iter()
                .filter_map(|dep| files.get(*dep).cloned())
                .collect();
            all.push(file);
            (name, all)
        })
        .collect()
}

/// The page's side of reading offline (`offline/page.js`, see `offline/sw.js`), as
/// `offline.js`: for a release, shrunk by terser.
fn offline_script(options: &BundleOptions, target: &Path) -> Result<PathBuf, BundleError> {
    let source = options.root.join("offline").join("page.js");
    let out = target.join("carnet-offline").join("offline.js");
    let dir = out.parent().expect("a file in a directory");
    fs::create_dir_all(dir).map_err(io_error(dir))?;
    fs::copy(&source, &out).map_err(io_error(&source))?;
    if options.release {
        optimize(&options.root, std::slice::from_ref(&out))?;
    }
    Ok(out)
}

/// The installed app's icons, drawn from the SVG icon: `icon-192-<hash>.png` and
/// `icon-512-<hash>.png` (the icon as it is), and `icon-maskable-512-<hash>.png` (on its
/// own background colour, within the middle 80% that every mask shape keeps), as the web
/// app manifest lists them (`site/src/offline.rs`).
pub fn icons(svg: &[u8]) -> Result<Vec<(String, Vec<u8>)>, String> {
    use resvg::{tiny_skia, usvg};
    let tree = usvg::Tree::from_data(svg, &usvg::Options::default())
        .map_err(|e| format!("the icon is not an SVG the build can draw: {e}"))?;
    let draw = |size: u32, scale: f32, background: Option<tiny_skia::Color>| {
        let mut pixmap = tiny_skia::Pixmap::new(size, size).ok_or("an empty icon")?;
        if let Some(colour) = background {
            pixmap.fill(colour);
        }
        let side = tree.size().width().max(tree.size().height());
        let zoom = size as f32 * scale / side;
        let offset = size as f32 * (1.0 - scale) / 2.0;
        let transform = tiny_skia::Transform::from_scale(zoom, zoom).post_translate(offset, offset);
        resvg::render(&tree, transform, &mut pixmap.as_mut());
        pixmap.encode_png().map_err(|e| e.to_string())
    };
    // The maskable icon's background: the light theme's page colour (style/main.css).
    let paper = tiny_skia::Color::from_rgba8(0xfb, 0xfa, 0xf7, 0xff);
    let mut icons = Vec::new();
    for (stem, size, scale, background) in [
        ("icon-192", 192, 1.0, None),
        ("icon-512", 512, 1.0, None),
        ("icon-maskable-512", 512, 0.8, Some(paper)),
    ] {
        let png = draw(size, scale, background)?;
        icons.push((hashed(stem, "png", &png), png));
    }
    Ok(icons)
}

/// Shrinks `files` in place (`site/optimize.mjs`: Binaryen, terser, Lightning CSS).
fn optimize(root: &Path, files: &[PathBuf]) -> Result<(), BundleError> {
    run(
        "node (site/optimize.mjs)",
        Command::new("node")
            .arg(root.join("site").join("optimize.mjs"))
            .args(files),
    )
}

/// `<stem>-<hash>.<extension>`, the hash over `bytes`.
fn hashed(stem: &str, extension: &str, bytes: &[u8]) -> String {
    let mut hash = Fnv::default();
    hash.write(bytes);
    format!("{stem}-{:016x}.{extension}", hash.0)
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
    fn the_installed_apps_icons_are_drawn_from_the_svg_icon() {
        use resvg::tiny_skia::Pixmap;
        let svg = include_bytes!("../../../style/favicon.svg");
        let icons = icons(svg).unwrap();
        let names: Vec<&str> = icons.iter().map(|(n, _)| n.as_str()).collect();
        assert!(names[0].starts_with("icon-192-") && names[0].ends_with(".png"));
        assert!(names[1].starts_with("icon-512-"));
        assert!(names[2].starts_with("icon-maskable-512-"));
        let pixmaps: Vec<Pixmap> = icons
            .iter()
            .map(|(_, png)| Pixmap::decode_png(png).unwrap())
            .collect();
        let sizes: Vec<u32> = pixmaps.iter().map(Pixmap::width).collect();
        assert_eq!(sizes, [192, 512, 512]);
        // The icon as drawn: its red cover in the middle, nothing in the corner.
        let middle = pixmaps[1].pixel(256, 400).unwrap();
        assert_eq!(
            (middle.red(), middle.green(), middle.blue()),
            (0x9a, 0x34, 0x12)
        );
        assert_eq!(pixmaps[1].pixel(0, 0).unwrap().alpha(), 0);
        // The maskable one on the page's colour, within the middle 80%.
        let corner = pixmaps[2].pixel(0, 0).unwrap();
        assert_eq!(
            (corner.red(), corner.green(), corner.blue(), corner.alpha()),
            (0xfb, 0xfa, 0xf7, 0xff)
        );
        assert_eq!(
            pixmaps[2].pixel(256, 30).unwrap(),
            corner,
            "the cover starts below the safe zone's edge"
        );
    }

    #[test]
    fn the_head_starts_the_app_from_its_directory_under_the_public_path() {
        let bundle = Bundle {
            dir: "app-0123".into(),
            parts: 2,
            part_files: vec![
                (
                    "post_page".into(),
                    vec!["chunk_1.wasm".into(), "split_post_page_9.wasm".into()],
                ),
                (
                    "studio_page".into(),
                    vec!["split_studio_page_7.wasm".into()],
                ),
            ],
        };
        let html = bundle
            .link_into(&format!("<head><title>T</title>\n{START_MARK}\n</head>"))
            .unwrap();
        assert!(html.contains("import('./app-0123/carnet.js').then((app) => app.default())"));
        assert!(html.contains("['carnet_bg.wasm', ...(parts[page && page.dataset.part] || [])]"));
        assert!(html.contains("href: `app-0123/${file}`"));
        assert!(html.contains(
            r#"const parts = {"post_page":["chunk_1.wasm","split_post_page_9.wasm"],"studio_page":["split_studio_page_7.wasm"]};"#
        ));
        assert!(html.starts_with("<head><title>T</title>\n<script type=\"module\">"));
        assert!(html.ends_with("</script>\n</head>"));
        assert_eq!(bundle.link_into("<head></head>"), None);
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

    #[test]
    fn each_part_is_its_shared_chunks_then_its_own_file() {
        // As wasm-split-cli writes it (abridged).
        let loader = r#"import { initSync } from "./carnet.js";
/* post_page_1, studio_page_2 */
const __chunk_8 = makeLoad(() => {
    const src = fetch(new URL("./chunk_8.wasm", import.meta.url));
    src.catch(() => {});
    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));
}
, []);
const __chunk_9 = makeLoad(() => {
    const src = fetch(new URL("./chunk_9.wasm", import.meta.url));
}
, []);
export const __wasm_split_load_post_page = wrapAsyncCb(makeLoad(() => {
    const src = fetch(new URL("./split_post_page.wasm", import.meta.url));
}
, [__chunk_8, __chunk_9]));
export const __wasm_split_load_search_engine = wrapAsyncCb(makeLoad(() => {
    const src = fetch(new URL("./split_search_engine.wasm", import.meta.url));
}
, []));
"#;
        assert_eq!(
            part_files(loader),
            [
                (
                    "post_page".to_owned(),
                    vec![
                        "chunk_8.wasm".to_owned(),
                        "chunk_9.wasm".to_owned(),
                        "split_post_page.wasm".to_owned()
                    ]
                ),
                (
                    "search_engine".to_owned(),
                    vec!["split_search_engine.wasm".to_owned()]
                ),
            ]
        );
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
