//! Where the app runs: the path the site is served under (from the page's `<base>` in the
//! browser, from the build when prerendering) and what the address asks for.

use std::cell::RefCell;

thread_local! {
    static BASE_PATH: RefCell<String> = RefCell::new(read_base_path());
}

/// The path the site is served under, without a trailing slash: `""` at the root of a
/// host, `"/blog"` when built with `--public-url /blog/`.
pub fn base_path() -> String {
    BASE_PATH.with_borrow(Clone::clone)
}

/// Sets the path the pages being prerendered are served under (see [`base_path`]).
#[cfg(feature = "ssr")]
pub fn set_base_path(path: &str) {
    BASE_PATH.with_borrow_mut(|base| *base = path.trim_end_matches('/').to_owned());
}

/// The URL path of a page of the site: `href("/posts/x")` is `/blog/posts/x` under `/blog/`.
///
/// Links need it: leptos_router's `<A>` leaves a path that starts with `/` as it is.
pub fn href(path: &str) -> String {
    BASE_PATH.with_borrow(|base| format!("{base}{path}"))
}

/// Whether the address asks a list for another page or filter than the one the build
/// prerendered (`?page=2`, `?show=unread`): `index.html`'s first script marks the page
/// (`data-list-pending` on `<html>`, which hides the list until the app shows the right one).
#[cfg(feature = "hydrate")]
pub fn asks_other_list_page() -> bool {
    leptos::prelude::document()
        .document_element()
        .is_some_and(|root| root.has_attribute("data-list-pending"))
}

/// Removes the `<head>` tags the build wrote for the prerendered page (after leptos_meta's
/// `<!--HEAD-->` mark, but the `<title>`), when the app renders the page anew: its own
/// take their place.
#[cfg(feature = "hydrate")]
pub fn drop_prerendered_head() {
    let Some(head) = leptos::prelude::document().head() else {
        return;
    };
    let mut node = head.first_child();
    let mut after_mark = false;
    while let Some(current) = node {
        node = current.next_sibling();
        if current.node_type() == web_sys::Node::COMMENT_NODE
            && current.text_content().as_deref() == Some("HEAD")
        {
            after_mark = true;
        } else if after_mark && current.node_name() != "TITLE" {
            let _ = head.remove_child(&current);
        }
    }
}

/// Static hosts serve a prerendered page at `/posts/<slug>/` (a directory's index.html),
/// and some redirect `/posts/<slug>` there; the app's routes have no trailing slash, so it
/// is taken off the address (without a new history entry) before the router reads it.
#[cfg(feature = "hydrate")]
pub fn drop_trailing_slash() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let Ok(path) = location.pathname() else {
        return;
    };
    if path.len() > 1 && path.ends_with('/') && path != format!("{}/", base_path()) {
        let trimmed = path.trim_end_matches('/');
        let rest = location.search().unwrap_or_default() + &location.hash().unwrap_or_default();
        if let Ok(history) = window.history() {
            let _ = history.replace_state_with_url(
                &wasm_bindgen::JsValue::NULL,
                "",
                Some(&format!("{trimmed}{rest}")),
            );
        }
    }
}

/// The content build writes the public URL into `<base href>`; the document's base URI
/// reflects it. (Prerendering sets it instead: [`set_base_path`].)
#[cfg(feature = "ssr")]
fn read_base_path() -> String {
    String::new()
}

/// The content build writes the public URL into `<base href>`; the document's base URI
/// reflects it.
#[cfg(not(feature = "ssr"))]
fn read_base_path() -> String {
    let base = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .and_then(|uri| web_sys::Url::new(&uri).ok())
        .map(|url| url.pathname())
        .unwrap_or_default();
    base.trim_end_matches('/').to_owned()
}

/// A moment (ms since 1970) as the reader's browser writes it in `lang`: "25 nov. 2026,
/// 14:03".
pub fn local_date_time(ms: u64, lang: carnet_text::Lang) -> String {
    use wasm_bindgen::JsValue;
    use web_sys::js_sys::{Date, Object, Reflect};
    let options = Object::new();
    let _ = Reflect::set(&options, &"dateStyle".into(), &"medium".into());
    let _ = Reflect::set(&options, &"timeStyle".into(), &"short".into());
    Date::new(&JsValue::from_f64(ms as f64))
        .to_locale_string(lang.tag(), &options)
        .into()
}

/// The first of the browser's languages (`navigator.languages`) the interface speaks.
#[cfg(feature = "hydrate")]
pub fn browser_lang() -> Option<carnet_text::Lang> {
    let navigator = leptos::prelude::window().navigator();
    let languages = web_sys::js_sys::Reflect::get(&navigator, &"languages".into()).ok()?;
    web_sys::js_sys::Array::from(&languages)
        .iter()
        .filter_map(|tag| tag.as_string())
        .find_map(|tag| match tag.get(..2) {
            Some("fr" | "FR") => Some(carnet_text::Lang::Fr),
            Some("en" | "EN") => Some(carnet_text::Lang::En),
            _ => None,
        })
}
