//! What the app learns from the browser about where and for whom it runs.

use carnet_core::Lang;
use carnet_core::i18n::ui_lang;

thread_local! {
    static BASE_PATH: String = read_base_path();
}

/// The path the site is served under, without a trailing slash: `""` at the root of a
/// host, `"/blog"` when built with `--public-url /blog/`.
pub fn base_path() -> String {
    BASE_PATH.with(Clone::clone)
}

/// The URL path of a page of the site: `href("/posts/x")` is `/blog/posts/x` under `/blog/`.
///
/// Links need it: leptos_router's `<A>` leaves a path that starts with `/` as it is.
pub fn href(path: &str) -> String {
    BASE_PATH.with(|base| format!("{base}{path}"))
}

/// Static hosts serve a prerendered page at `/posts/<slug>/` (a directory's index.html),
/// and some redirect `/posts/<slug>` there; the app's routes have no trailing slash, so it
/// is taken off the address (without a new history entry) before the router reads it.
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
/// reflects it.
fn read_base_path() -> String {
    let base = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .and_then(|uri| web_sys::Url::new(&uri).ok())
        .map(|url| url.pathname())
        .unwrap_or_default();
    base.trim_end_matches('/').to_owned()
}

/// The interface language: the first of the browser's preferred languages Carnet speaks.
pub fn reader_lang() -> Lang {
    let languages: Vec<String> = web_sys::window()
        .map(|w| w.navigator().languages())
        .map(|list| list.iter().filter_map(|l| l.as_string()).collect())
        .unwrap_or_default();
    ui_lang(languages.iter().map(String::as_str))
}

/// A moment (ms since 1970) as the reader's browser writes it in `lang`: "25 nov. 2026,
/// 14:03".
pub fn local_date_time(ms: u64, lang: carnet_core::Lang) -> String {
    use wasm_bindgen::JsValue;
    use web_sys::js_sys::{Date, Object, Reflect};
    let options = Object::new();
    let _ = Reflect::set(&options, &"dateStyle".into(), &"medium".into());
    let _ = Reflect::set(&options, &"timeStyle".into(), &"short".into());
    Date::new(&JsValue::from_f64(ms as f64))
        .to_locale_string(lang.tag(), &options)
        .into()
}
