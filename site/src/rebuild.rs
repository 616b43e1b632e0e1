//! Building a live site again from what it publishes: the studio's "Publier" runs the
//! content build in the browser, on the site it is served from.
//!
//! Every build writes [`SOURCES_FILE`]: the site's settings, the app's page and files,
//! for each published post, its file name, its front matter as written and where its
//! body is served, and for each published image what the build made of it (the original,
//! with its metadata, is never published: the studio reuses what was made, and makes only
//! the images the writer adds), each card drawn or cut, and the size and hash of their
//! files. With the post bodies fetched from the site, [`SiteSources::sources`] gives back
//! the very [`Sources`], [`Config`] and [`App`] the site was built from (a post's text is
//! its front matter followed by its body), plus the writer's [`Change`]s; building them
//! gives the same site the command line gives from the same posts: the same bytes for the
//! files it writes, and the files of images, cards and the app kept as the site serves
//! them ([`crate::Output::keep`]), not fetched nor written again.
//!
//! Drafts and scheduled posts are not published, so they are not in it: a site built from
//! it again has the same pages, and a scheduled post is published by the next build from
//! the repository on its date.

use crate::config::{Config, ConfigError};
use crate::{App, Cards, KeptFile, Sources, offline};
use carnet_content::load::Post;
use carnet_content::load::image_key;
use carnet_images::Processed;
use carnet_markdown::frontmatter;
pub use carnet_studio::publish::PostSource;
use carnet_text::Date;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

pub use carnet_studio::publish::SOURCES_FILE;

/// The format of [`SOURCES_FILE`]; a site built by another format is built again by the
/// command line, not the studio.
const VERSION: u32 = 5;

/// What a site is built from, as published with it ([`SOURCES_FILE`]).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SiteSources {
    /// The format, [`VERSION`].
    pub version: u32,
    /// `Carnet.toml` as written.
    pub settings: String,
    /// The site's address, as it was built (`CARNET_BASE_URL` may replace the file's).
    pub base_url: String,
    /// The app's page, `index.html`, as `carnet-bundle` built it.
    pub app_page: String,
    /// The app's other files, relative to the site's root.
    pub app_files: Vec<String>,
    /// The published posts, by file name.
    pub posts: Vec<PostSource>,
    /// The published images, as posts link them (`images/<name>`), with what the build
    /// made of each.
    pub images: BTreeMap<String, Processed>,
    /// The link preview cards made on their own, by key ([`carnet_images::card_key`],
    /// [`carnet_images::focused_card_key`]): their paths.
    pub cards: BTreeMap<String, String>,
    /// The files of `images` and `cards`: their sizes and hashes.
    pub kept: BTreeMap<String, offline::File>,
    /// The other files of `posts/images/` (not images), as served: `images/<name>`.
    pub files: Vec<String>,
    /// The size and hash of each page, post text and the manifest: the files the reader's
    /// browser keeps for reading offline that a build of what a change touches
    /// ([`crate::incremental`]) neither makes again nor fetches.
    pub served: BTreeMap<String, offline::File>,
}

/// What the writer changes in the site's posts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    /// A post added, or one of the same file name replaced: its file name and text.
    Write {
        /// `posts/<file>`.
        file: String,
        /// The whole file, front matter included.
        text: String,
    },
    /// A published post taken down, by file name.
    Remove(String),
    /// An image added or replaced, keyed as posts link it: `images/<name>`.
    Image {
        /// `images/<name>`.
        path: String,
        /// Its bytes.
        bytes: Vec<u8>,
    },
}

/// Why a site cannot be built again from what it published.
#[derive(Debug)]
pub enum RebuildError {
    /// [`SOURCES_FILE`] is not one this code reads.
    Format(String),
    /// A file it names was not fetched.
    Missing(String),
    /// Its settings no longer read.
    Config(ConfigError),
}

impl fmt::Display for RebuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RebuildError::Format(e) => write!(
                f,
                "{SOURCES_FILE} cannot be read ({e}): build the site again with carnet-site"
            ),
            RebuildError::Missing(path) => write!(f, "the site has no {path}"),
            RebuildError::Config(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for RebuildError {}

impl SiteSources {
    /// The sources of a site built from `sources` with `config` around `app`, of which
    /// `published` are published, with the `images` it made.
    pub fn of(
        config: &Config,
        sources: &Sources,
        images: &BTreeMap<String, Processed>,
        cards: &Cards,
        written: &BTreeMap<String, offline::File>,
        published: &[&Post],
        app: App<'_>,
    ) -> Self {
        let texts: BTreeMap<&Path, &str> = sources
            .posts
            .iter()
            .map(|(path, text)| (path.as_path(), text.as_str()))
            .collect();
        let posts: Vec<PostSource> = published
            .iter()
            .map(|post| {
                let text = texts.get(post.file.as_path()).copied().unwrap_or_default();
                post_source(post, text, cards)
            })
            .collect();
        let files = sources
            .images
            .keys()
            .filter(|path| carnet_images::Kind::of(path) == carnet_images::Kind::Other)
            .cloned()
            .collect();
        SiteSources::assemble(config, app, posts, images, cards, written, files)
    }

    /// The sources of a site of `posts` built with `config` around `app`: the `images`
    /// its build made, its `cards`, the sizes and hashes of the files `written` (or kept),
    /// the other files of `posts/images/`.
    pub(crate) fn assemble(
        config: &Config,
        app: App<'_>,
        mut posts: Vec<PostSource>,
        images: &BTreeMap<String, Processed>,
        cards: &Cards,
        written: &BTreeMap<String, offline::File>,
        files: Vec<String>,
    ) -> Self {
        posts.sort_by(|a, b| a.file.cmp(&b.file));
        SiteSources {
            version: VERSION,
            settings: config.settings.clone(),
            base_url: config.base_url.clone(),
            app_page: app.page.to_owned(),
            app_files: app.files.to_vec(),
            posts,
            images: images.clone(),
            cards: cards.keys.clone(),
            kept: images
                .values()
                .flat_map(Processed::files)
                .chain(cards.keys.values().map(String::as_str))
                .filter_map(|path| Some((path.to_owned(), written.get(path)?.clone())))
                .collect(),
            files,
            served: served(written),
        }
    }

    /// The file's text.
    pub fn encode(&self) -> String {
        serde_json::to_string(self).expect("the sources serialise")
    }

    /// Reads [`SOURCES_FILE`].
    pub fn decode(text: &str) -> Result<Self, RebuildError> {
        let sources: SiteSources =
            serde_json::from_str(text).map_err(|e| RebuildError::Format(e.to_string()))?;
        if sources.version != VERSION {
            return Err(RebuildError::Format(format!(
                "format {}, this studio reads {VERSION}",
                sources.version
            )));
        }
        Ok(sources)
    }

    /// The site's files the build with `changes` needs, to fetch: post bodies, other files
    /// of `posts/images/`, and those [`SiteSources::needed_for_pages`] names. The files of
    /// images, cards and the app are kept as the site serves them.
    pub fn needed<'a>(&'a self, changes: &'a [Change]) -> impl Iterator<Item = &'a str> {
        let bodies = self.posts.iter().map(|p| p.body.as_str());
        bodies
            .chain(self.files.iter().map(String::as_str))
            .chain(self.needed_for_pages(changes))
    }

    /// The site's files the changed posts' pages need ([`crate::incremental::post_pages`]), to
    /// fetch: the widest file of a published image a changed post's cover gives a new
    /// `cover_focus` (a card is cut from it).
    pub fn needed_for_pages<'a>(&'a self, changes: &'a [Change]) -> impl Iterator<Item = &'a str> {
        changes.iter().filter_map(|change| {
            let Change::Write { text, .. } = change else {
                return None;
            };
            let split = frontmatter::split(text).ok()??;
            let fields = frontmatter::read(split.yaml).ok()?;
            fields.cover_focus?;
            let image = self.images.get(image_key(fields.cover.as_deref()?))?;
            Some(image.variants.last()?.src.as_str())
        })
    }

    /// What a build of what `changes` touches ([`crate::incremental`]) starts from: the
    /// settings; the posts `changes` writes, with the images it adds, as [`Sources`] (the
    /// site's images, cards and kept files as in [`SiteSources::sources`], with the bytes
    /// `fetched` gives); the app.
    pub(crate) fn changed_sources<'a>(
        &'a self,
        fetched: &dyn Fn(&str) -> Option<&'a [u8]>,
        changes: &[Change],
        today: Date,
    ) -> Result<(Config, Sources, App<'a>), RebuildError> {
        let config = self.config()?;
        let sources = self.with_changes(BTreeMap::new(), BTreeMap::new(), changes, fetched, today);
        Ok((config, sources, self.app()))
    }

    /// The [`Sources`] of `posts` (file name → text) and `images` (the files of
    /// `posts/images/`) with `changes` made, as of `today`: with the images and cards the
    /// site made, its kept files (the bytes of those `fetched`).
    fn with_changes<'a>(
        &'a self,
        mut posts: BTreeMap<String, String>,
        mut images: BTreeMap<String, Vec<u8>>,
        changes: &[Change],
        fetched: &dyn Fn(&str) -> Option<&'a [u8]>,
        today: Date,
    ) -> Sources {
        for change in changes {
            match change {
                Change::Write { file, text } => {
                    posts.insert(file.clone(), text.clone());
                }
                Change::Remove(file) => {
                    posts.remove(file);
                }
                Change::Image { path, bytes } => {
                    images.insert(path.clone(), bytes.clone());
                }
            }
        }
        Sources {
            posts: posts
                .into_iter()
                .map(|(file, text)| (Path::new("posts").join(file), text))
                .collect(),
            images,
            made: self.images.clone(),
            cards: self.cards.clone(),
            kept: self.kept_files(fetched),
            today,
        }
    }

    /// The settings, as the site was built with them.
    pub fn config(&self) -> Result<Config, RebuildError> {
        Config::parse(&self.settings, Some(self.base_url.clone())).map_err(RebuildError::Config)
    }

    /// The app the site was built around.
    fn app(&self) -> App<'_> {
        App {
            page: &self.app_page,
            files: &self.app_files,
        }
    }

    /// The files of images and cards the site serves, with the bytes of those `fetched`.
    fn kept_files<'a>(
        &'a self,
        fetched: &dyn Fn(&str) -> Option<&'a [u8]>,
    ) -> BTreeMap<String, KeptFile> {
        self.kept
            .iter()
            .map(|(path, file)| {
                let kept = KeptFile {
                    file: file.clone(),
                    bytes: fetched(path).map(<[u8]>::to_vec),
                };
                (path.clone(), kept)
            })
            .collect()
    }

    /// The settings, the sources and the app of the site, with `changes` made, built as
    /// of `today`; `fetched` gives the bytes of each [`SiteSources::needed`] file. Post
    /// files are named `posts/<file>`, as in a checkout, for errors.
    pub fn sources<'a>(
        &'a self,
        fetched: &dyn Fn(&str) -> Option<&'a [u8]>,
        changes: &[Change],
        today: Date,
    ) -> Result<(Config, Sources, App<'a>), RebuildError> {
        let config = self.config()?;
        let get = |path: &str| fetched(path).ok_or_else(|| RebuildError::Missing(path.into()));
        let mut posts = BTreeMap::new();
        for post in &self.posts {
            let body = String::from_utf8_lossy(get(&post.body)?);
            posts.insert(post.file.clone(), format!("{}{body}", post.head));
        }
        let mut images = BTreeMap::new();
        for path in &self.files {
            images.insert(path.clone(), get(path)?.to_vec());
        }
        let sources = self.with_changes(posts, images, changes, fetched, today);
        Ok((config, sources, self.app()))
    }
}

/// The [`SiteSources::served`] files of `written`.
pub(crate) fn served(written: &BTreeMap<String, offline::File>) -> BTreeMap<String, offline::File> {
    written
        .iter()
        .filter(|(path, _)| {
            path.ends_with(".html")
                || (path.starts_with("content/") && path.ends_with(".md"))
                || *path == offline::MANIFEST_FILE
        })
        .map(|(path, file)| (path.clone(), file.clone()))
        .collect()
}

/// A published post's entry in [`SiteSources::posts`], `text` its file's.
pub(crate) fn post_source(post: &Post, text: &str, cards: &Cards) -> PostSource {
    PostSource {
        file: file_name(&post.file),
        // The body is the end of the file (see `frontmatter::split`).
        head: text
            .strip_suffix(post.body.as_str())
            .unwrap_or(text)
            .to_owned(),
        body: post.body_path(),
        meta: post.meta(),
        images: post.images(),
        card: cards.posts.get(&post.slug).cloned(),
    }
}

/// A post file's name, as in `posts/`.
fn file_name(path: &Path) -> String {
    path.file_name()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned()
}
