//! `carnet-site`: the content build. Posts, images and `Carnet.toml` in, with the built
//! app's page (its `index.html`); every file of the site but the app's out.
//!
//! It reads no file and starts no process: the command line (`main.rs`, `cli/`) hands it what
//! it read and writes what it gives back, and the same code can run elsewhere (in the
//! browser's studio). [`build`] is the whole build, in named steps:
//!
//! 1. [`check`]: every post read and validated, all problems at once, with file and line;
//! 2. post texts (`content/<slug>.<hash>.md`) and images (`images`): each one a published
//!    post or the site shows made by [`carnet_images`] (upright, without metadata, at a
//!    few widths, with its link preview card), or taken from the cache;
//! 3. the search index (`data/search.txt`);
//! 4. the data files the app reads ([`carnet_content::data`]): post records, list pages, tag
//!    pages, tags, archive;
//! 5. the prerendered pages, rendered by the app's own components ([`carnet::prerender`])
//!    at the addresses [`carnet_content::routes`] gives, each carrying the data it shows;
//! 6. the feed, the sitemap, `robots.txt` ([`feed`]);
//! 7. `404.html` (the app for every other address) and `_headers` (caching, for hosts that
//!    read it);
//! 8. the site's own sources ([`rebuild::SOURCES_FILE`]), so that the studio can build it
//!    again in the browser with this very code ([`rebuild`]);
//! 9. the web app manifest and the service worker, with the files the reader's browser
//!    keeps for reading offline ([`offline`]).
//!
//! - [`config`]: `Carnet.toml` (where the site lives, who it is).

pub mod config;
pub mod csp;
pub mod feed;
mod images;
pub mod incremental;
pub mod offline;
pub mod rebuild;

use carnet::Part;
use carnet::prerender::{self, Prerender};
use carnet_content::PostMeta;
use carnet_content::data::{
    self, ARCHIVE_FILE, ArchiveEntry, ListPage, PER_PAGE, PostLink, PostRecord, SEARCH_FILE,
    TAGS_FILE, TagEntry, TagPage,
};
use carnet_content::load::{Post, PostError, PostErrorKind, check_posts, image_key, search_index};
use carnet_content::routes::Route;
use carnet_content::tags::{Tag, all_tags};
use carnet_images::{Cache, CardText, Kind, Made, Processed};
use carnet_markdown::{ImageSize, RenderOptions, render};
use carnet_text::Date;
use config::Config;
use feed::FeedPost;
pub use images::Cards;
use images::{draw_cards, image_sizes, write_images};
use pulldown_cmark_escape::escape_html;
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;
use std::path::PathBuf;

/// What a site is made from.
#[derive(Clone, Debug)]
pub struct Sources {
    /// Every `*.md` file of `posts/` (drafts included): its path, for errors, and its text.
    pub posts: Vec<(PathBuf, String)>,
    /// Every file of `posts/images/`, keyed as posts link them: `images/<name>`.
    pub images: BTreeMap<String, Vec<u8>>,
    /// Images made by an earlier build, keyed the same way, for a build that has the site
    /// but not its images (the studio's: see [`rebuild`]); their files are in `kept`. A
    /// file of `images` by the same name replaces it.
    pub made: BTreeMap<String, Processed>,
    /// Link preview cards made by an earlier build, by key ([`carnet_images::card_key`],
    /// [`carnet_images::focused_card_key`]): their paths, in `kept`. Made again only if
    /// their words or picture changed.
    pub cards: BTreeMap<String, String>,
    /// The files of `made` and `cards`, which the site serves as they are: not written
    /// again (see [`Output::keep`]); their bytes only where a card is cut from them.
    pub kept: BTreeMap<String, KeptFile>,
    /// The day of the build: a post dated after it is scheduled, left out of the site
    /// until a build on its date (see [`Post::is_published`]).
    pub today: Date,
}

/// A file an earlier build made, which the site serves as it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeptFile {
    /// Its size and hash.
    pub file: offline::File,
    /// Its bytes, when at hand.
    pub bytes: Option<Vec<u8>>,
}

/// The built app the pages are made around (see `carnet-bundle`).
#[derive(Clone, Copy, Debug)]
pub struct App<'a> {
    /// Its page, `index.html`: every page of the site is this one, filled in.
    pub page: &'a str,
    /// Its other files (`app-<hash>/…`, the icon), copied into the site as they are.
    pub files: &'a [String],
}

/// Where the build puts the files it makes, by path relative to the site's root.
pub trait Output {
    /// Writes one file.
    fn write(&mut self, path: &str, contents: &[u8]) -> Result<(), String>;
    /// Keeps one file an earlier build made, as the site serves it ([`Sources::kept`]).
    fn keep(&mut self, path: &str) -> Result<(), String> {
        Err(format!(
            "{path} was made by an earlier build and is not at hand"
        ))
    }
}

/// The files in memory.
impl Output for BTreeMap<String, Vec<u8>> {
    fn write(&mut self, path: &str, contents: &[u8]) -> Result<(), String> {
        self.insert(path.to_owned(), contents.to_vec());
        Ok(())
    }
}

/// The files in memory, and those kept as the site serves them (the studio's build).
#[derive(Debug, Default)]
pub struct InMemory {
    /// The files written, by path.
    pub files: BTreeMap<String, Vec<u8>>,
    /// The files kept: the site has them already.
    pub kept: BTreeSet<String>,
}

impl Output for InMemory {
    fn write(&mut self, path: &str, contents: &[u8]) -> Result<(), String> {
        self.kept.remove(path);
        self.files.insert(path.to_owned(), contents.to_vec());
        Ok(())
    }
    fn keep(&mut self, path: &str) -> Result<(), String> {
        if !self.files.contains_key(path) {
            self.kept.insert(path.to_owned());
        }
        Ok(())
    }
}

/// Why a site could not be built.
#[derive(Debug)]
pub enum BuildError {
    /// Posts with problems, each at its file and line.
    Posts(Vec<PostError>),
    /// A setting that does not fit the posts (`Carnet.toml`'s line in the message).
    Config(String),
    /// The app's page lacks what the build fills in.
    Shell(String),
    /// A page shows data the build did not give it (a mistake of the build's own).
    Page(prerender::MissingData),
    /// A file could not be written.
    Write(String),
}

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BuildError::Posts(errors) => {
                for (i, error) in errors.iter().enumerate() {
                    if i > 0 {
                        writeln!(f)?;
                    }
                    write!(f, "{error}")?;
                }
                Ok(())
            }
            BuildError::Config(e) | BuildError::Shell(e) | BuildError::Write(e) => f.write_str(e),
            BuildError::Page(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for BuildError {}

/// What the build wrote.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Written {
    /// Posts published.
    pub posts: usize,
    /// Prerendered pages.
    pub pages: usize,
    /// Files written in all.
    pub files: usize,
    /// Posts dated after the day of the build, left out until then: slug and date.
    pub scheduled: Vec<(String, Date)>,
    /// Posts kept whole for reading offline, and the bytes of the site's files kept (the
    /// app's files aside).
    pub offline: (usize, usize),
}

/// Counts what goes through to `out`, with each file's size and revision.
struct Counting<'a> {
    out: &'a mut dyn Output,
    files: usize,
    written: BTreeMap<String, offline::File>,
}

impl<'a> Counting<'a> {
    /// Counts what goes through to `out`, from nothing.
    fn new(out: &'a mut dyn Output) -> Self {
        Counting {
            out,
            files: 0,
            written: BTreeMap::new(),
        }
    }

    /// Keeps a file of [`Sources::kept`].
    fn keep(&mut self, path: &str, sources: &Sources) -> Result<(), BuildError> {
        let kept = sources.kept.get(path).ok_or_else(|| {
            BuildError::Write(format!("the site has no record of {path}: build it again"))
        })?;
        self.files += 1;
        self.written.insert(path.to_owned(), kept.file.clone());
        self.out.keep(path).map_err(BuildError::Write)
    }

    /// Keeps a file an earlier build wrote, which the site serves as it is; `file` gives
    /// its size and hash where they matter (see [`offline::kept`]).
    fn keep_served(&mut self, path: &str, file: Option<&offline::File>) -> Result<(), BuildError> {
        self.files += 1;
        if let Some(file) = file {
            self.written.insert(path.to_owned(), file.clone());
        }
        self.out.keep(path).map_err(BuildError::Write)
    }

    /// Keeps a file an earlier build wrote with these very `contents`.
    fn keep_same(&mut self, path: &str, contents: impl AsRef<[u8]>) -> Result<(), BuildError> {
        self.keep_served(path, Some(&file_of(contents.as_ref())))
    }

    fn write(&mut self, path: &str, contents: impl AsRef<[u8]>) -> Result<(), BuildError> {
        self.files += 1;
        self.written
            .insert(path.to_owned(), file_of(contents.as_ref()));
        self.out
            .write(path, contents.as_ref())
            .map_err(BuildError::Write)
    }
}

/// A file's size and revision (the start of its SHA-256, in hexadecimal).
fn file_of(contents: &[u8]) -> offline::File {
    let digest = Sha256::digest(contents);
    offline::File {
        size: contents.len(),
        revision: digest[..8].iter().map(|b| format!("{b:02x}")).collect(),
    }
}

/// Step 1: the posts, read and checked; newest first, drafts included.
pub fn check(sources: &Sources) -> Result<Vec<Post>, BuildError> {
    let made = sources.made.keys().map(|path| (path.clone(), ()));
    let images: BTreeMap<String, ()> = sources
        .images
        .keys()
        .map(|path| (path.clone(), ()))
        .chain(made)
        .collect();
    check_posts(&sources.posts, &images).map_err(BuildError::Posts)
}

/// Builds the site from `sources` with `config`, around `app`, into `out` (every file but
/// the app's own, which are copied as they are); images already made are taken from
/// `cache`, and those made are kept in it.
pub fn build(
    config: &Config,
    sources: &Sources,
    app: App<'_>,
    cache: &dyn Cache,
    out: &mut dyn Output,
) -> Result<Written, BuildError> {
    let posts = check(sources)?;
    let shell = app.page;
    check_shell(shell)?;
    if let Some((image, line)) = &config.image
        && !sources.images.contains_key(image)
        && !sources.made.contains_key(image)
    {
        return Err(BuildError::Config(format!(
            "Carnet.toml:{line}: image {image:?} not found: put it in posts/images/"
        )));
    }
    let shell = set_base(shell, config.base_path());
    let mut out = Counting::new(out);

    let published: Vec<&Post> = posts
        .iter()
        .filter(|p| p.is_published(sources.today))
        .collect();
    let metas: Vec<PostMeta> = published.iter().map(|p| p.meta()).collect();
    for (post, meta) in published.iter().zip(&metas) {
        out.write(&meta.body_path, &post.body)?;
    }
    let made = write_images(config, sources, &published, cache, &mut out)?;
    let cards = draw_cards(config, sources, &published, &metas, &made, cache, &mut out)?;
    let images = made.processed;
    let sizes = image_sizes(&images);
    out.write(SEARCH_FILE, search_index(&published).encode())?;
    let site = site_data(config, &images, &cards);
    let records: Vec<PostRecord> = published
        .iter()
        .enumerate()
        .map(|(i, post)| {
            let card = cards.posts.get(&post.slug);
            post_record(&metas, i, &post.images(), card, &sizes)
        })
        .collect();
    let pages = write_pages_and_feeds(
        config, &site, &published, &metas, &records, &shell, &mut out,
    )?;
    out.write("_headers", headers(config.base_path()))?;
    out.write(offline::MANIFEST_FILE, offline::manifest(config, app.files))?;
    let published_sources = rebuild::SiteSources::of(
        config,
        sources,
        &images,
        &cards,
        &out.written,
        &published,
        app,
    );
    out.write(rebuild::SOURCES_FILE, published_sources.encode())?;
    // The files of a post's images, for reading offline: every width (the reader's screen
    // picks one).
    let images: Vec<Vec<String>> = published
        .iter()
        .map(|p| {
            let files = p
                .images()
                .into_iter()
                .filter_map(|linked| images.get(image_key(&linked)));
            files
                .flat_map(|made| made.variants.iter().map(|v| v.src.clone()))
                .collect()
        })
        .collect();
    let kept = offline::kept(config, &out.written, &metas, &images, app.files);
    out.write(offline::WORKER_FILE, offline::worker(&kept))?;
    Ok(Written {
        offline: (kept.posts, kept.bytes),
        posts: published.len(),
        pages,
        files: out.files,
        scheduled: posts
            .iter()
            .filter(|p| p.is_scheduled(sources.today))
            .map(|p| (p.slug.clone(), p.front.date))
            .collect(),
    })
}

/// Steps 4 to 6 and `404.html`: the data files, the prerendered pages, the feeds. Returns
/// how many pages.
fn write_pages_and_feeds(
    config: &Config,
    site: &data::Site,
    published: &[&Post],
    metas: &[PostMeta],
    records: &[PostRecord],
    shell: &str,
    out: &mut Counting<'_>,
) -> Result<usize, BuildError> {
    let tags = all_tags(metas);
    let embedded = write_data(records, metas, &tags, out)?;

    let bodies: Vec<String> = records
        .iter()
        .zip(published)
        .map(|(record, post)| render_body(config, post, &record.images))
        .collect();
    let pages = write_pages(config, site, shell, records, &bodies, &tags, embedded, out)?;

    let feed_posts: Vec<FeedPost<'_>> = metas
        .iter()
        .zip(&bodies)
        .map(|(meta, html)| FeedPost { meta, html })
        .take(config.feed_limit.unwrap_or(usize::MAX))
        .collect();
    out.write("feed.xml", feed::atom(config, &feed_posts))?;
    out.write(
        "sitemap.xml",
        feed::sitemap(config, &sitemap_urls(metas, &tags)),
    )?;
    out.write("robots.txt", feed::robots(config))?;

    let not_found = shell
        .replacen(
            HEAD_MARK,
            &format!("{HEAD_MARK}<title>{}</title>", esc(&config.title)),
            1,
        )
        .replacen("<html", &format!("<html lang=\"{}\"", config.lang.tag()), 1);
    let notice = offline::update_notice(config.lang);
    let not_found = embed(&not_found, &format!("{notice}{}", data::embed(site, &[])))?;
    out.write("404.html", csp::protect(&not_found))?;
    Ok(pages)
}

/// Caching rules in Netlify's `_headers` format (docs/deploying.md has nginx's): the files with
/// a content hash in their name never change, so they may be cached forever. Everything
/// else keeps its name from build to build and must be revalidated, which is Netlify's
/// default (`max-age=0, must-revalidate`): not repeated here, as a host that combines the
/// matching rules would join the two values.
pub fn headers(base_path: &str) -> String {
    let mut out = String::from(
        "# Written by carnet-site. Files with a content hash in their name never change: cache\n\
         # them forever. Everything else keeps its name and is revalidated (the host's default).\n",
    );
    for pattern in ["app-*", "favicon-*", "icon-*", "content/*"] {
        out.push_str(&format!(
            "{base_path}{pattern}\n  Cache-Control: public, max-age=31536000, immutable\n"
        ));
    }
    // Each page carries its own policy; the header adds what a page cannot say.
    out.push_str(&format!(
        "{base_path}*\n  Content-Security-Policy: {}\n",
        csp::HEADER
    ));
    out
}

/// Where, in the app's page, each page's title and `<meta>` tags go (leptos_meta's mark).
const HEAD_MARK: &str = "<!--HEAD-->";

/// Text escaped for HTML content and attribute values.
fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    escape_html(&mut out, text).expect("to a String");
    out
}

/// The app's page must have leptos_meta's [`HEAD_MARK`], a `<base href>` and a body.
fn check_shell(shell: &str) -> Result<(), BuildError> {
    for needed in [HEAD_MARK, "<base href=\"", "<body>", "</body>"] {
        if !shell.contains(needed) {
            return Err(BuildError::Shell(format!(
                "the app's index.html has no {needed}: build the app with `carnet-bundle`"
            )));
        }
    }
    Ok(())
}

/// `shell` with its `<base href>` set to `path`, where the site is served.
fn set_base(shell: &str, path: &str) -> String {
    let start = shell.find("<base href=\"").expect("checked") + "<base href=\"".len();
    let end = start + shell[start..].find('"').unwrap_or(0);
    format!("{}{}{}", &shell[..start], esc(path), &shell[end..])
}

/// `html` with `script` placed just before `</body>`.
fn embed(html: &str, script: &str) -> Result<String, BuildError> {
    let at = html
        .rfind("</body>")
        .ok_or_else(|| BuildError::Shell("a page has no </body>".into()))?;
    Ok(format!("{}  {script}\n  {}", &html[..at], &html[at..]))
}

/// The site as the app sees it, its image the card made of `Carnet.toml`'s, or the one
/// drawn for it.
fn site_data(config: &Config, images: &BTreeMap<String, Processed>, cards: &Cards) -> data::Site {
    data::Site {
        title: config.title.clone(),
        author: config.author.clone(),
        lang: config.lang,
        description: config.description.clone(),
        footer: config.footer.clone(),
        links: config.links.clone(),
        fediverse: config.fediverse.clone(),
        image: config
            .image
            .as_ref()
            .and_then(|(path, _)| Some(images.get(path)?.card.clone()))
            .or_else(|| cards.site.clone()),
        base_url: config.base_url.clone(),
    }
}

/// The record of the `i`-th published post of `metas` (newest first), which shows the
/// `images` (as linked, its cover first: [`Post::images`]) and has the link preview `card`,
/// with the sizes of its images.
fn post_record(
    metas: &[PostMeta],
    i: usize,
    images: &[String],
    card: Option<&String>,
    sizes: &[ImageSize],
) -> PostRecord {
    let meta = &metas[i];
    let cover = meta.cover.as_ref().map(|cover| image_key(&cover.src));
    let mut images: Vec<ImageSize> = images
        .iter()
        .filter_map(|path| carnet_markdown::render::image_size(sizes, path).cloned())
        .map(|mut image| {
            // Only the cover's card is shown (as the page's link preview).
            if Some(image.path.as_str()) != cover {
                image.card = None;
            }
            image
        })
        .collect();
    images.sort_by(|a, b| a.path.cmp(&b.path));
    images.dedup();
    PostRecord {
        card: card.cloned(),
        post: meta.clone(),
        images,
        newer: i.checked_sub(1).map(|j| PostLink::from(&metas[j])),
        older: metas.get(i + 1).map(PostLink::from),
    }
}

/// Step 4: the data files the app reads. Returns, by path, the text of those a page
/// embeds (every post's record, the first page of each list, the tags, the archive), so
/// that a page carries the very file the app would fetch.
fn write_data(
    records: &[PostRecord],
    metas: &[PostMeta],
    tags: &[Tag<'_>],
    out: &mut Counting<'_>,
) -> Result<HashMap<String, String>, BuildError> {
    let mut embedded = HashMap::new();
    for file in data_files(records, metas, tags) {
        out.write(&file.path, &file.json)?;
        if file.embedded {
            embedded.insert(file.path, file.json);
        }
    }
    Ok(embedded)
}

/// A data file the app reads.
struct DataFile {
    /// Its path.
    path: String,
    /// Its text.
    json: String,
    /// Whether a page embeds it.
    embedded: bool,
}

/// The data files of posts `metas` (newest first) with their `records`, and their `tags`.
fn data_files(records: &[PostRecord], metas: &[PostMeta], tags: &[Tag<'_>]) -> Vec<DataFile> {
    let mut files = Vec::new();
    let mut add = |path: String, json: String, embedded: bool| {
        files.push(DataFile {
            path,
            json,
            embedded,
        });
    };
    for record in records {
        add(data::post_file(&record.post.slug), value(record), true);
    }
    for (n, chunk) in chunks(metas).enumerate() {
        let page = ListPage {
            count: metas.len(),
            posts: chunk.to_vec(),
        };
        add(data::list_file(n + 1), value(&page), n == 0);
    }
    for tag in tags {
        for (n, posts) in chunks(&tag.posts).enumerate() {
            let page = value(&tag_page(tag, posts));
            add(data::tag_file(&tag.slug, n + 1), page, n == 0);
        }
    }
    add(TAGS_FILE.to_owned(), value(&tag_entries(tags)), true);
    add(
        ARCHIVE_FILE.to_owned(),
        value(&archive_entries(metas)),
        true,
    );
    files
}

/// `items` a page at a time; one empty page when there are none (the home of a new blog).
fn chunks<T>(items: &[T]) -> impl Iterator<Item = &[T]> {
    let empty: &[T] = &[];
    let first_if_empty = items.is_empty().then_some(empty);
    first_if_empty.into_iter().chain(items.chunks(PER_PAGE))
}

fn tag_page(tag: &Tag<'_>, posts: &[&PostMeta]) -> TagPage {
    TagPage {
        name: tag.name.to_owned(),
        count: tag.posts.len(),
        posts: posts.iter().map(|p| (*p).clone()).collect(),
    }
}

fn tag_entries(tags: &[Tag<'_>]) -> Vec<TagEntry> {
    tags.iter()
        .map(|t| TagEntry {
            slug: t.slug.clone(),
            name: t.name.to_owned(),
            count: t.posts.len(),
        })
        .collect()
}

fn archive_entries(metas: &[PostMeta]) -> Vec<ArchiveEntry> {
    metas
        .iter()
        .map(|p| ArchiveEntry {
            slug: p.slug.clone(),
            title: p.title.clone(),
            date: p.date,
            lang: p.lang,
        })
        .collect()
}

/// A post's text as HTML, as the app renders it on the post's page.
fn render_body(config: &Config, post: &Post, images: &[ImageSize]) -> String {
    let base = config.base_path().trim_end_matches('/');
    let page_path = format!("{base}{}", Route::Post(&post.slug).path());
    render(
        &post.body,
        &RenderOptions {
            lang: post.front.lang,
            page_path: &page_path,
            image_sizes: images,
        },
    )
}

/// Step 5: the prerendered pages, rendered by the app's own components
/// ([`carnet::prerender`]), each with the data files it shows (from `embedded`, as
/// [`write_data`] wrote them). Returns how many.
#[allow(clippy::too_many_arguments)]
fn write_pages(
    config: &Config,
    site: &data::Site,
    shell: &str,
    records: &[PostRecord],
    bodies: &[String],
    tags: &[Tag<'_>],
    mut embedded: HashMap<String, String>,
    out: &mut Counting<'_>,
) -> Result<usize, BuildError> {
    let mut count = 0;
    let mut write = |route: Route<'_>, data_file: String, post_body: Option<(&str, &str)>| {
        let json = embedded.remove(&data_file).expect("write_data wrote it");
        let html = render_page(config, site, shell, route, &[(data_file, json)], post_body)?;
        count += 1;
        // One page after the other: on two threads, Leptos' shared state made it no faster.
        out.write(&route.file(), html)
    };
    for (record, html) in records.iter().zip(bodies) {
        let slug = &record.post.slug;
        write(
            Route::Post(slug),
            data::post_file(slug),
            Some((slug, html.as_str())),
        )?;
    }
    for (route, data_file) in list_pages(tags) {
        write(route, data_file, None)?;
    }
    Ok(count)
}

/// The prerendered pages that list posts, each with the data file it shows: the home,
/// the tags, each tag's, the archive.
fn list_pages<'a>(tags: &'a [Tag<'_>]) -> Vec<(Route<'a>, String)> {
    let mut pages = vec![
        (Route::Home, data::list_file(1)),
        (Route::Tags, TAGS_FILE.to_owned()),
    ];
    for tag in tags {
        pages.push((Route::Tag(&tag.slug, 1), data::tag_file(&tag.slug, 1)));
    }
    pages.push((Route::Archive, ARCHIVE_FILE.to_owned()));
    pages
}

/// The page at `route`: the app's own components rendered with the data `files` it shows
/// (and, on a post's page, the post's slug and text as HTML), in the app's page `shell`,
/// which then carries those files.
fn render_page(
    config: &Config,
    site: &data::Site,
    shell: &str,
    route: Route<'_>,
    files: &[(String, String)],
    post_body: Option<(&str, &str)>,
) -> Result<String, BuildError> {
    let notice = offline::update_notice(config.lang);
    let path = route.path();
    let page = Prerender {
        route: &path,
        files,
        post_body,
    };
    let html = prerender::render(site, config.base_path(), page, |app| {
        let data = data::embed(site, files);
        fill(shell, app, route.part(), &format!("{notice}{data}"))
    })
    .map_err(BuildError::Page)?;
    Ok(csp::protect(&html))
}

/// The app's page (`shell`) with the app's markup (`app`) in its `#carnet` element, marked
/// with the `part` of the app it needs, then `data` (the data the page carries), as the
/// whole `<body>`.
fn fill(shell: &str, app: &str, part: Part, data: &str) -> String {
    let start = shell.find("<body>").expect("checked") + "<body>".len();
    let end = shell.rfind("</body>").expect("checked");
    format!(
        "{}\n    <div id=\"{}\" data-prerendered data-part=\"{}\">{app}</div>\n    {data}\n  {}",
        &shell[..start],
        carnet_markdown::ids::ROOT,
        part.name(),
        &shell[end..]
    )
}

/// A data file's text.
fn value(data: &impl Serialize) -> String {
    serde_json::to_string(data).expect("the data serialises")
}

/// Every page worth indexing, with the date it last changed.
fn sitemap_urls(metas: &[PostMeta], tags: &[Tag<'_>]) -> Vec<(String, Option<Date>)> {
    let newest = metas.first().map(|p| p.date);
    let mut urls: Vec<(String, Option<Date>)> = vec![
        (Route::Home.page(), newest),
        (Route::Archive.page(), newest),
        (Route::Tags.page(), newest),
    ];
    urls.extend(tags.iter().map(|t| {
        let page = Route::Tag(&t.slug, 1).page();
        (page, t.posts.first().map(|p| p.date))
    }));
    urls.extend(metas.iter().map(|p| (p.route().page(), Some(p.date))));
    urls
}

#[cfg(test)]
mod tests;
