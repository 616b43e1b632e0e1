//! Building a live site again from what it publishes: the studio's "Publier" runs the
//! content build in the browser, on the site it is served from.
//!
//! Every build writes [`SOURCES_FILE`]: the site's settings, the app's page and files,
//! for each published post, its file name, its front matter as written and where its
//! body is served, and for each published image what the build made of it (the original,
//! with its metadata, is never published: the studio reuses what was made, and makes only
//! the images the writer adds). With those files fetched from the site, [`SiteSources::sources`] gives
//! back the very [`Sources`], [`Config`] and [`App`] the site was built from (a post's
//! text is its front matter followed by its body), plus the writer's [`Change`]s; building
//! them gives the same bytes the command line gives from the same posts.
//!
//! Drafts and scheduled posts are not published, so they are not in it: a site built from
//! it again has the same pages, and a scheduled post is published by the next build from
//! the repository on its date.

use crate::config::{Config, ConfigError};
use crate::{App, Cards, Sources};
use carnet_core::Date;
use carnet_core::load::Post;
pub use carnet_core::publish::PostSource;
use carnet_images::{Made, Processed};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

pub use carnet_core::publish::SOURCES_FILE;

/// The format of [`SOURCES_FILE`]; a site built by another format is built again by the
/// command line, not the studio.
const VERSION: u32 = 3;

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
    /// The app's page, `index.html`, as `carnet-site app` built it.
    pub app_page: String,
    /// The app's other files, relative to the site's root.
    pub app_files: Vec<String>,
    /// The published posts, by file name.
    pub posts: Vec<PostSource>,
    /// The published images, as posts link them (`images/<name>`), with what the build
    /// made of each.
    pub images: BTreeMap<String, Processed>,
    /// The link preview cards drawn for pages without a picture, by key
    /// ([`carnet_images::draw_card`]): their paths.
    pub cards: BTreeMap<String, String>,
    /// The other files of `posts/images/` (not images), as served: `images/<name>`.
    pub files: Vec<String>,
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
        published: &[&Post],
        app: App<'_>,
    ) -> Self {
        let texts: BTreeMap<&Path, &str> = sources
            .posts
            .iter()
            .map(|(path, text)| (path.as_path(), text.as_str()))
            .collect();
        let mut posts: Vec<PostSource> = published
            .iter()
            .map(|post| {
                let text = texts.get(post.file.as_path()).copied().unwrap_or_default();
                PostSource {
                    file: file_name(&post.file),
                    // The body is the end of the file (see `frontmatter::split`).
                    head: text
                        .strip_suffix(post.body.as_str())
                        .unwrap_or(text)
                        .to_owned(),
                    body: post.body_path(),
                }
            })
            .collect();
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
            files: sources
                .images
                .keys()
                .filter(|path| carnet_images::Kind::of(path) == carnet_images::Kind::Other)
                .cloned()
                .collect(),
        }
    }

    /// The file's text.
    pub fn encode(&self) -> String {
        serde_json::to_string_pretty(self).expect("the sources serialise")
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

    /// The site's files the build needs, to fetch: post bodies, the files made of
    /// images, other files (the app's files are only copied).
    pub fn needed(&self) -> impl Iterator<Item = &str> {
        let bodies = self.posts.iter().map(|p| p.body.as_str());
        let images = self.images.values().flat_map(Processed::files);
        let cards = self.cards.values().map(String::as_str);
        bodies
            .chain(images)
            .chain(cards)
            .chain(self.files.iter().map(String::as_str))
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
        let config = Config::parse(&self.settings, Some(self.base_url.clone()))
            .map_err(RebuildError::Config)?;
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
        let mut made = BTreeMap::new();
        for (path, processed) in &self.images {
            let files = processed
                .files()
                .map(|file| Ok((file.to_owned(), get(file)?.to_vec())))
                .collect::<Result<_, RebuildError>>()?;
            let image = Made {
                processed: processed.clone(),
                files,
            };
            made.insert(path.clone(), image);
        }
        let mut cards = BTreeMap::new();
        for (key, path) in &self.cards {
            cards.insert(
                key.clone(),
                Made::card_file(path.clone(), get(path)?.to_vec()),
            );
        }
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
        let sources = Sources {
            posts: posts
                .into_iter()
                .map(|(file, text)| (Path::new("posts").join(file), text))
                .collect(),
            images,
            made,
            cards,
            today,
        };
        let app = App {
            page: &self.app_page,
            files: &self.app_files,
        };
        Ok((config, sources, app))
    }
}

/// A post file's name, as in `posts/`.
fn file_name(path: &Path) -> String {
    path.file_name()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned()
}
