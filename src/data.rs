//! The site's data in the browser: the site itself and the data files the build writes
//! ([`carnet_content::data`]), read from the page when it carries them, else fetched; each
//! once per visit. Post texts are fetched when a post is opened. When a page is
//! prerendered (`ssr`), the same functions answer from what the build gives the page
//! ([`set_page`]): the page is rendered from exactly what it carries.
//!
//! Views read a file with [`get`], which answers at once from what is there (the page's
//! embedded files, what arrived before) and otherwise starts the download and answers
//! `Err(Pending::Loading)`; every view that asked is run again when a file arrives.

use carnet_content::PostMeta;
#[cfg(not(feature = "ssr"))]
use carnet_content::data::{FILE_ATTRIBUTE, Link, SITE_ID};
use carnet_content::data::{ListPage, Localized, PostRecord, Site, TagPage, post_file};
use carnet_text::Lang;
use leptos::prelude::*;
use serde::de::DeserializeOwned;
use std::any::Any;
use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt;
use std::rc::Rc;
use std::sync::Arc;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Why a file of the site could not be had.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FetchError {
    /// The network request failed (offline, blocked).
    Network(String),
    /// The server answered with an error status.
    Status(u16),
    /// The file is not what the app expects (a site built by another version of Carnet).
    Invalid(String),
}

impl FetchError {
    /// Whether the file is not there at all (an unknown post or tag).
    pub fn is_missing(&self) -> bool {
        *self == FetchError::Status(404)
    }
}

impl fmt::Display for FetchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FetchError::Network(e) => write!(f, "network error: {e}"),
            FetchError::Status(s) => write!(f, "HTTP status {s}"),
            FetchError::Invalid(e) => write!(f, "unexpected content: {e}"),
        }
    }
}

/// A data file that is not here: on its way, or failed. As the `Err` of a [`Load`], so
/// that `?` passes it on from one file to the next.
#[derive(Clone, Debug, PartialEq)]
pub enum Pending {
    /// On its way.
    Loading,
    /// Could not be had.
    Failed(FetchError),
}

/// Where a data file stands. Views keep it in a `Memo`, so that a file arriving for
/// another view does not redraw them.
pub type Load<T> = Result<T, Pending>;

/// A file of the cache: as the page embedded it, on its way, read, or failed.
enum Entry {
    Embedded(String),
    #[cfg_attr(feature = "ssr", allow(dead_code))]
    Loading,
    Ready(Arc<dyn Any + Send + Sync>),
    Failed(FetchError),
}

thread_local! {
    static SITE: RefCell<Rc<Site>> = RefCell::new(Rc::new(read_site()));
    static FILES: RefCell<HashMap<String, Entry>> = RefCell::new(embedded_files());
    /// The files a page being prerendered asked for and does not carry.
    #[cfg(feature = "ssr")]
    static MISSING: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
    /// Every post whose metadata came in a list or a record, by slug: what [`posts`] knows
    /// without fetching.
    static KNOWN: RefCell<HashMap<String, Arc<PostMeta>>> = RefCell::new(HashMap::new());
    /// Post texts already downloaded, by path: a post opened twice is fetched once.
    static BODIES: RefCell<HashMap<String, Rc<str>>> = RefCell::new(HashMap::new());
}

/// Notified whenever a file arrives; [`get`] tracks it.
fn arrivals() -> ArcTrigger {
    thread_local! {
        static ARRIVALS: ArcTrigger = ArcTrigger::new();
    }
    ARRIVALS.with(Clone::clone)
}

/// The site, as every page carries it; a stand-in if a page does not (a build of another
/// version), so that the app still runs.
///
/// Read with the browser's own JSON parser rather than serde: this runs on every page, in
/// the part of the app every page loads, where serde's code for these types would weigh
/// 5 KB (the data files, read with serde, are read by the parts that show them).
#[cfg(not(feature = "ssr"))]
fn read_site() -> Site {
    use web_sys::js_sys::{Array, JSON, Reflect};
    let text = document()
        .get_element_by_id(SITE_ID)
        .and_then(|script| script.text_content());
    let json = text.and_then(|text| JSON::parse(&text).ok());
    if json.is_none() {
        leptos::logging::error!("Carnet: the page carries no site data it can read");
    }
    let json = json.unwrap_or(JsValue::NULL);
    let field = |object: &JsValue, name: &str| Reflect::get(object, &name.into()).ok();
    let text = |object: &JsValue, name: &str| {
        field(object, name)
            .and_then(|v| v.as_string())
            .unwrap_or_default()
    };
    let localized = |name: &str| {
        let object = field(&json, name).unwrap_or(JsValue::NULL);
        Localized {
            fr: text(&object, "fr"),
            en: text(&object, "en"),
        }
    };
    let links = field(&json, "links")
        .filter(Array::is_array)
        .map(|links| {
            Array::from(&links)
                .iter()
                .map(|link| Link {
                    name: text(&link, "name"),
                    url: text(&link, "url"),
                })
                .collect()
        })
        .unwrap_or_default();
    let title = text(&json, "title");
    Site {
        title: if title.is_empty() {
            "Carnet".into()
        } else {
            title
        },
        author: text(&json, "author"),
        lang: text(&json, "lang").parse().unwrap_or(Lang::Fr),
        description: localized("description"),
        footer: localized("footer"),
        links,
        fediverse: field(&json, "fediverse").and_then(|v| v.as_string()),
        image: field(&json, "image").and_then(|v| v.as_string()),
        base_url: text(&json, "base_url"),
    }
}

/// The data files the page carries, by path.
#[cfg(not(feature = "ssr"))]
fn embedded_files() -> HashMap<String, Entry> {
    let mut files = HashMap::new();
    let Ok(scripts) = document().query_selector_all(&format!("script[{FILE_ATTRIBUTE}]")) else {
        return files;
    };
    for i in 0..scripts.length() {
        let Some(script) = scripts
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        if let (Some(path), Some(text)) =
            (script.get_attribute(FILE_ATTRIBUTE), script.text_content())
        {
            files.insert(path, Entry::Embedded(text));
        }
    }
    files
}

/// Before prerendering sets them ([`set_page`]), no site and no files.
#[cfg(feature = "ssr")]
fn read_site() -> Site {
    Site {
        title: String::new(),
        author: String::new(),
        lang: Lang::Fr,
        description: Localized::default(),
        footer: Localized::default(),
        links: Vec::new(),
        fediverse: None,
        image: None,
        base_url: String::new(),
    }
}

#[cfg(feature = "ssr")]
fn embedded_files() -> HashMap<String, Entry> {
    HashMap::new()
}

/// What the page being prerendered shows, as the browser finds it in the page: the site,
/// the data files it carries and, on a post's page, the post's rendered text (by slug).
/// Forgets the previous page's.
#[cfg(feature = "ssr")]
pub fn set_page(site: Site, files: &[(String, String)], post: Option<(String, String)>) {
    SITE.with_borrow_mut(|s| *s = Rc::new(site));
    FILES.with_borrow_mut(|all| {
        *all = files
            .iter()
            .map(|(path, text)| (path.clone(), Entry::Embedded(text.clone())))
            .collect();
    });
    KNOWN.with_borrow_mut(HashMap::clear);
    BODIES.with_borrow_mut(HashMap::clear);
    MISSING.with_borrow_mut(Vec::clear);
    PRERENDERED.with_borrow_mut(|p| *p = post);
}

/// The files the page being prerendered asked for and does not carry (a page shown as
/// loading: the build's mistake).
#[cfg(feature = "ssr")]
pub fn missing() -> Vec<String> {
    MISSING.with_borrow(Clone::clone)
}

/// The site: its name, description, footer (from `Carnet.toml`, through the page).
pub fn site() -> Rc<Site> {
    SITE.with_borrow(Rc::clone)
}

/// "Page · Site", or the site's name alone: a page's `<title>`.
pub fn page_title(page: Option<&str>) -> String {
    site().page_title(page)
}

/// The data file at `path` (relative to the site root), read as `T`; reactive: the view
/// asking is run again when it arrives. Downloading starts on the first call.
pub fn get<T: DeserializeOwned + Send + Sync + 'static>(path: &str) -> Load<Arc<T>> {
    arrivals().track();
    let found = FILES.with_borrow_mut(|files| {
        let entry = files.get_mut(path)?;
        if let Entry::Embedded(text) = entry {
            *entry = read::<T>(path, text);
        }
        Some(match entry {
            Entry::Loading | Entry::Embedded(_) => Err(Pending::Loading),
            Entry::Failed(e) => Err(Pending::Failed(e.clone())),
            Entry::Ready(value) => value.clone().downcast::<T>().map_err(|_| {
                Pending::Failed(FetchError::Invalid(format!("{path} read as two types")))
            }),
        })
    });
    if let Some(found) = found {
        return found;
    }
    #[cfg(not(feature = "ssr"))]
    download::<T>(path);
    #[cfg(feature = "ssr")]
    report_missing(path);
    Err(Pending::Loading)
}

/// Starts downloading the data file at `path`; [`arrivals`] tells when it is there.
#[cfg(not(feature = "ssr"))]
fn download<T: DeserializeOwned + Send + Sync + 'static>(path: &str) {
    FILES.with_borrow_mut(|files| files.insert(path.to_owned(), Entry::Loading));
    let path = path.to_owned();
    leptos::task::spawn_local(async move {
        let entry = match fetch_text(&path).await {
            Ok(text) => read::<T>(&path, &text),
            Err(e) => Entry::Failed(e),
        };
        if let Entry::Failed(e) = &entry
            && !e.is_missing()
        {
            leptos::logging::warn!("Carnet: cannot load {path}: {e}");
        }
        FILES.with_borrow_mut(|files| files.insert(path, entry));
        arrivals().notify();
    });
}

/// A page being prerendered has no network: it shows what it carries, and the file it
/// asked for is reported (see [`missing`]).
#[cfg(feature = "ssr")]
fn report_missing(path: &str) {
    MISSING.with_borrow_mut(|missing| {
        if !missing.iter().any(|m| m == path) {
            missing.push(path.to_owned());
        }
    });
}

/// `text`, the data file at `path` (embedded or fetched), read as `T`; the posts it shows
/// are remembered (see [`posts`]).
fn read<T: DeserializeOwned + Send + Sync + 'static>(path: &str, text: &str) -> Entry {
    match serde_json::from_str::<T>(text) {
        Ok(value) => {
            remember(&value);
            Entry::Ready(Arc::new(value))
        }
        Err(e) => Entry::Failed(FetchError::Invalid(format!("{path}: {e}"))),
    }
}

/// Forgets that `path` failed, so that the next [`get`] tries again.
/// Whether `path` failed on the way (offline, a network that dropped), not with an answer.
pub fn failed_on_network(path: &str) -> bool {
    FILES
        .with_borrow(|files| matches!(files.get(path), Some(Entry::Failed(FetchError::Network(_)))))
}

pub fn retry(path: &str) {
    let failed = FILES.with_borrow_mut(|files| {
        matches!(files.get(path), Some(Entry::Failed(_))) && files.remove(path).is_some()
    });
    if failed {
        arrivals().notify();
    }
}

/// Keeps the posts a data file just read shows (a list page, a tag page, a record), so
/// that [`posts`] finds them without fetching their records.
fn remember(value: &dyn Any) {
    let shown: &[PostMeta] = if let Some(list) = value.downcast_ref::<ListPage>() {
        &list.posts
    } else if let Some(tag) = value.downcast_ref::<TagPage>() {
        &tag.posts
    } else if let Some(record) = value.downcast_ref::<PostRecord>() {
        std::slice::from_ref(&record.post)
    } else {
        &[]
    };
    KNOWN.with_borrow_mut(|known| {
        for post in shown {
            known.insert(post.slug.clone(), Arc::new(post.clone()));
        }
    });
}

/// The posts `slugs` name, in order: from the lists already read, else from their records;
/// `Loading` until every one is known; a post gone from the site (no record) is left out.
pub fn posts(slugs: &[String]) -> Load<Vec<Arc<PostMeta>>> {
    let mut posts = Vec::new();
    let mut loading = false;
    for slug in slugs {
        if let Some(post) = KNOWN.with_borrow(|known| known.get(slug).cloned()) {
            posts.push(post);
            continue;
        }
        match get::<PostRecord>(&post_file(slug)) {
            Ok(record) => posts.push(Arc::new(record.post.clone())),
            Err(Pending::Loading) => loading = true,
            Err(Pending::Failed(e)) if e.is_missing() => {}
            Err(Pending::Failed(e)) => return Err(Pending::Failed(e)),
        }
    }
    if loading {
        Err(Pending::Loading)
    } else {
        Ok(posts)
    }
}

thread_local! {
    /// The slug and rendered body of the post the prerendered page showed, read once when
    /// the app starts (see [`keep_prerendered`]).
    static PRERENDERED: RefCell<Option<(String, String)>> = const { RefCell::new(None) };
}

/// Keeps the rendered body of the post the prerendered page shows, before the app adopts
/// the page: it is the same render, made at build time, which the app keeps instead of
/// downloading the post again (and shows again if the page is rebuilt in another language).
#[cfg(feature = "hydrate")]
pub fn keep_prerendered(page: &web_sys::Element) {
    let article = page.query_selector("article[data-slug]").ok().flatten();
    let kept = article.and_then(|article| {
        let slug = article.get_attribute("data-slug")?;
        let body = article.query_selector(".post-body").ok().flatten()?;
        Some((slug, body.inner_html()))
    });
    PRERENDERED.with_borrow_mut(|p| *p = kept);
}

/// The rendered body of `post`, if the page the app took over was that post's.
pub fn prerendered_html(post: &PostMeta) -> Option<String> {
    PRERENDERED.with_borrow(|p| {
        p.as_ref()
            .filter(|(slug, _)| *slug == post.slug)
            .map(|(_, html)| html.clone())
    })
}

/// The Markdown body of `post`, from memory or else from the site's `content/` files.
pub async fn body(post: &PostMeta) -> Result<Rc<str>, FetchError> {
    if let Some(body) = BODIES.with_borrow(|b| b.get(&post.body_path).cloned()) {
        return Ok(body);
    }
    let text: Rc<str> = fetch_text(&post.body_path).await?.into();
    BODIES.with_borrow_mut(|b| b.insert(post.body_path.clone(), text.clone()));
    Ok(text)
}

/// GETs `path` (relative to the document's base URL) as text.
pub async fn fetch_text(path: &str) -> Result<String, FetchError> {
    let network = |e: JsValue| FetchError::Network(format!("{e:?}"));
    let window = web_sys::window().ok_or_else(|| FetchError::Network("no window".into()))?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(path))
        .await
        .and_then(|r| r.dyn_into())
        .map_err(network)?;
    if !response.ok() {
        return Err(FetchError::Status(response.status()));
    }
    let text = JsFuture::from(response.text().map_err(network)?)
        .await
        .map_err(network)?;
    Ok(text.as_string().unwrap_or_default())
}
