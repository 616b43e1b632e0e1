//! Step 9: reading offline, and the blog installed as an app. The web app manifest
//! ([`MANIFEST_FILE`]) and the service worker ([`WORKER_FILE`]: `offline/sw.js` with the
//! list of files it keeps, [`Kept`], written in).
//!
//! What the reader's browser keeps once she has visited the site:
//! - always: the app (every part, but the studio's builder, which publishes and so needs
//!   the network anyway), its icons, the pages of the home, tags and archive, `404.html`
//!   (the app's page for every other address: search, read later, my data, the studio),
//!   every list and tag page, the archive and the search index;
//! - every post (its page, data, text and images), newest first, up to `Carnet.toml`'s
//!   `offline` limits ([`Offline`]). The worker keeps the posts she opens beyond them.
//!
//! Files whose name carries a content hash are kept as they are; the others with a
//! revision (a hash of their bytes), so that after a deploy the worker fetches again only
//! what changed.

use crate::config::{Config, Offline};
use carnet_content::PostMeta;
use carnet_content::data;
use carnet_content::routes::Route;
use carnet_text::Lang;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// The web app manifest, at the site's root.
pub const MANIFEST_FILE: &str = "manifest.webmanifest";

/// The service worker, at the site's root: its scope is the whole site.
pub const WORKER_FILE: &str = "sw.js";

/// The worker's code; the build writes the site's files in place of [`WORKER_MARK`].
const WORKER: &str = include_str!("../../offline/sw.js");

/// Where, in [`WORKER`], the site's files go.
const WORKER_MARK: &str = "/* the content build writes the site's files here */ null";

/// The studio's builder: fetched when the writer publishes, which needs the network.
const NOT_KEPT: [&str; 3] = ["carnet_builder_bg.wasm", "carnet_builder.js", "builder.js"];

/// A file the build wrote: its size and the hash of its bytes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct File {
    pub size: usize,
    pub revision: String,
}

/// The files the worker keeps at install, as it reads them from `sw.js`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Kept {
    /// Where the site is served (`/blog/`): the worker's scope.
    pub scope: String,
    /// The app's directory (`app-<hash>`): the worker also keeps the previous one's files,
    /// for tabs still running it.
    pub app: String,
    /// Each file's path from the site's root, with its revision; `None` for files whose
    /// name carries a content hash. A page is its `index.html` (`posts/x/index.html`).
    pub files: Vec<(String, Option<String>)>,
    /// How many posts are kept whole.
    pub posts: usize,
    /// The bytes of the files kept, but the app's (which the build does not read).
    #[serde(skip)]
    pub bytes: usize,
    /// Of those, the posts' (what `offline.megabytes` limits).
    #[serde(skip)]
    pub post_bytes: usize,
}

/// Which files the worker keeps: see the module's documentation. `written` is every file
/// the build wrote but this step's, `posts` the posts, newest first (`post_images`: the images each shows), and `app_files`
/// the app's files.
pub fn kept(
    config: &Config,
    written: &BTreeMap<String, File>,
    posts: &[PostMeta],
    post_images: &[Vec<String>],
    app_files: &[String],
) -> Kept {
    let mut kept = Kept {
        scope: config.base_path().to_owned(),
        app: app_files
            .iter()
            .find_map(|f| f.split_once('/').map(|(dir, _)| dir))
            .filter(|dir| dir.starts_with("app-"))
            .unwrap_or_default()
            .to_owned(),
        ..Kept::default()
    };
    for file in app_files {
        let name = file.rsplit('/').next().unwrap_or(file);
        if !NOT_KEPT.contains(&name) {
            kept.files.push((file.clone(), None));
        }
    }
    let add = |kept: &mut Kept, path: &str| {
        if let Some(file) = written.get(path) {
            let hashed = path.starts_with("content/");
            kept.files
                .push((path.to_owned(), (!hashed).then(|| file.revision.clone())));
            kept.bytes += file.size;
        }
    };
    for path in written.keys() {
        let always = matches!(
            path.as_str(),
            "404.html" | data::TAGS_FILE | data::ARCHIVE_FILE | data::SEARCH_FILE | MANIFEST_FILE
        ) || path.starts_with("data/pages/")
            || path.starts_with("data/tags/")
            || is_list_page(path);
        if always {
            add(&mut kept, path);
        }
    }
    let limit = config.offline;
    let mut images_kept = BTreeSet::new();
    for (post, images) in posts.iter().zip(post_images) {
        let slug = &post.slug;
        let own = [
            data::post_file(slug),
            post.body_path.clone(),
            Route::Post(slug).file(),
        ];
        let new_images: Vec<&String> = images
            .iter()
            .filter(|i| !images_kept.contains(*i) && written.contains_key(*i))
            .collect();
        let size: usize = own
            .iter()
            .chain(new_images.iter().copied())
            .filter_map(|p| written.get(p))
            .map(|f| f.size)
            .sum();
        if kept.posts >= limit.posts || kept.post_bytes + size > bytes_of(limit) {
            break;
        }
        kept.post_bytes += size;
        for path in own.iter().chain(new_images.iter().copied()) {
            add(&mut kept, path);
        }
        images_kept.extend(new_images.into_iter().cloned());
        kept.posts += 1;
    }
    kept
}

/// The bytes `offline.megabytes` allows.
fn bytes_of(limit: Offline) -> usize {
    limit.megabytes as usize * 1_000_000
}

/// `sw.js`: the worker, with the files it keeps.
pub fn worker(kept: &Kept) -> String {
    let files = serde_json::to_string(kept).expect("the list serialises");
    WORKER.replacen(WORKER_MARK, &files, 1)
}

/// `manifest.webmanifest`: the site's name, description and colours, where it starts
/// and what it covers (the path it is served under), and its icons (the app's
/// `icon-*.png`, made from its SVG icon, and the SVG itself).
pub fn manifest(config: &Config, app_files: &[String]) -> String {
    let base = config.base_path();
    let mut icons: Vec<serde_json::Value> = Vec::new();
    for file in app_files {
        let icon = |sizes: &str, kind: &str, purpose: &str| serde_json::json!({ "src": file, "sizes": sizes, "type": kind, "purpose": purpose });
        if let Some(rest) = file.strip_prefix("icon-maskable-") {
            let size = rest.split('-').next().unwrap_or_default();
            icons.push(icon(&format!("{size}x{size}"), "image/png", "maskable"));
        } else if let Some(rest) = file.strip_prefix("icon-") {
            let size = rest.split('-').next().unwrap_or_default();
            icons.push(icon(&format!("{size}x{size}"), "image/png", "any"));
        } else if file.starts_with("favicon-") && file.ends_with(".svg") {
            icons.push(icon("any", "image/svg+xml", "any"));
        }
    }
    let manifest = serde_json::json!({
        "id": base,
        "name": config.title,
        "short_name": config.title,
        "description": config.description.get(config.lang),
        "lang": config.lang.tag(),
        "dir": "ltr",
        "start_url": base,
        "scope": base,
        "display": "standalone",
        "theme_color": config.colors.theme,
        "background_color": config.colors.background,
        "icons": icons,
    });
    serde_json::to_string_pretty(&manifest).expect("the manifest serialises")
}

/// The notice of a new version, hidden until `offline/page.js` shows it: in every page,
/// beside the app's root (which the app adopts; this it leaves alone).
pub fn update_notice(lang: Lang) -> String {
    let words = carnet::i18n::ui(lang).offline();
    format!(
        "<div id=\"{}\" class=\"update\" role=\"status\" hidden><p>{}</p><button type=\"button\">{}</button></div>",
        carnet_markdown::ids::UPDATE,
        words.new_version,
        words.reload
    )
}

/// Whether `path` is a prerendered list's page: the home page, the archive, the tags,
/// each tag's first page.
fn is_list_page(path: &str) -> bool {
    path.strip_suffix("index.html").is_some_and(|page| {
        matches!(
            Route::of(&format!("/{page}")),
            Some(Route::Home | Route::Archive | Route::Tags | Route::Tag(..))
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use carnet_text::Date;

    fn meta(slug: &str) -> PostMeta {
        PostMeta {
            slug: slug.into(),
            title: slug.into(),
            date: "2016-06-09".parse::<Date>().unwrap(),
            author: "Isabelle".into(),
            tags: Vec::new(),
            summary: String::new(),
            lang: Lang::Fr,
            words: 1,
            cover: None,
            photo_credit: None,
            body_path: format!("content/{slug}.0000.md"),
        }
    }

    #[test]
    fn posts_are_kept_newest_first_until_the_megabytes_run_out() {
        let config = Config::parse(
            &format!(
                "{}base_url = \"https://x.org/\"\noffline = {{ posts = 10, megabytes = 1 }}\n",
                crate::config::tests::IDENTITY
            ),
            None,
        )
        .unwrap();
        let file = |size| File {
            size,
            revision: "r".into(),
        };
        let mut written = BTreeMap::new();
        for slug in ["a", "b", "c"] {
            written.insert(format!("posts/{slug}/index.html"), file(100_000));
            written.insert(format!("data/posts/{slug}.json"), file(1_000));
            written.insert(format!("content/{slug}.0000.md"), file(10_000));
        }
        written.insert("images/big.jpg".into(), file(900_000));
        written.insert("index.html".into(), file(50_000));
        let posts = [meta("a"), meta("b"), meta("c")];
        let images = [vec![], vec!["images/big.jpg".to_owned()], vec![]];
        let kept = kept(&config, &written, &posts, &images, &[]);
        // a (111 kB) fits; b with its image (1,011 kB) does not fit with a: the newest
        // posts only, so c is not kept either. The home counts apart.
        assert_eq!(kept.posts, 1);
        assert_eq!((kept.bytes, kept.post_bytes), (50_000 + 111_000, 111_000));
        assert!(!kept.files.iter().any(|(p, _)| p == "images/big.jpg"));
    }
}
