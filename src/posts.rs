//! The posts: their index, compiled in at build time, and their bodies, fetched on demand.

use carnet_core::PostMeta;
use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

include!(concat!(env!("OUT_DIR"), "/posts.rs"));

thread_local! {
    /// Bodies already downloaded, by slug: a post opened twice is fetched once.
    static BODIES: RefCell<HashMap<&'static str, Rc<str>>> = RefCell::new(HashMap::new());
}

/// Why a file of the site (a post's body, the search index) could not be had.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FetchError {
    /// The network request failed (offline, blocked).
    Network(String),
    /// The server answered with an error status.
    Status(u16),
}

impl fmt::Display for FetchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FetchError::Network(e) => write!(f, "network error: {e}"),
            FetchError::Status(s) => write!(f, "HTTP status {s}"),
        }
    }
}

thread_local! {
    /// The slug and rendered body of the post the prerendered page showed, read once when
    /// the app starts (see [`keep_prerendered`]).
    static PRERENDERED: RefCell<Option<(String, String)>> = const { RefCell::new(None) };
}

/// Keeps the rendered body of the post the prerendered page shows, before the app takes
/// the page over: it is the same render, made at build time, so the app shows it at once
/// instead of downloading the post again.
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
            .filter(|(slug, _)| slug == post.slug)
            .map(|(_, html)| html.clone())
    })
}

/// The Markdown body of `post`, from memory or else from the site's `content/` files.
pub async fn body(post: &'static PostMeta) -> Result<Rc<str>, FetchError> {
    if let Some(body) = BODIES.with_borrow(|b| b.get(post.slug).cloned()) {
        return Ok(body);
    }
    let text: Rc<str> = fetch_text(post.body_path).await?.into();
    BODIES.with_borrow_mut(|b| b.insert(post.slug, text.clone()));
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
