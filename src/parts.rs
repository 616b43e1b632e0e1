//! When a part of the app cannot be fetched: the error the split functions return, and
//! why it happened (the network, or a new version of the site).
//!
//! The app's parts (see [`crate::app`]) are fetched when first needed. A fetch can fail:
//! offline, on a flaky network, or because the site was deployed again since this tab
//! opened and the host no longer has this version's files. The split functions are
//! `fallible`, so a failure is a value here, never a panic that would stop the app. A
//! tab only ever fetches files of its own version (each build's files live in their own
//! `app-<hash>/` directory), so it never mixes two versions; after a deploy, the page says
//! so and offers to reload.

use wasm_bindgen::JsValue;

/// A function whose body is a part of the app: `part!(name, preload(preload_fn)?: fn …)`.
/// In the browser's app (`hydrate`) the body is cut out by `wasm_split` (`fallible`: a
/// failed fetch is a [`MissingPart`]), fetched on first call; `preload_fn` fetches it
/// without calling it. Anywhere else — the content build, natively or in the studio's
/// builder (Wasm too, but one module) — it is a plain call, and `preload_fn` does nothing.
macro_rules! part {
    (
        $(#[$attr:meta])*
        $part:ident $(, preload($preload:ident))?:
        fn $name:ident($($arg:ident: $ty:ty),* $(,)?) -> Result<$ok:ty, MissingPart> $body:block
    ) => {
        $(#[$attr])*
        #[cfg(feature = "hydrate")]
        #[::leptos::wasm_split::wasm_split(
            $part, wasm_split_path = ::leptos::wasm_split, fallible $(, preload($preload))?
        )]
        fn $name($($arg: $ty),*) -> Result<$ok, MissingPart> $body

        $(#[$attr])*
        #[cfg(not(feature = "hydrate"))]
        #[allow(clippy::unused_async)]
        async fn $name($($arg: $ty),*) -> Result<$ok, MissingPart> $body

        $(
            #[cfg(not(feature = "hydrate"))]
            #[allow(clippy::unused_async, dead_code)]
            async fn $preload() -> Result<(), MissingPart> {
                Ok(())
            }
        )?
    };
}

/// A part of the app could not be fetched. Trying again fetches it anew.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MissingPart;

impl From<leptos::wasm_split::SplitLoaderError> for MissingPart {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        MissingPart
    }
}

impl std::fmt::Display for MissingPart {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a part of the app could not be fetched")
    }
}

/// Why a part could not be fetched.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Why {
    /// The site cannot be reached: offline, or the network failed.
    Offline,
    /// The site now serves another version of the app: this tab's files are gone.
    Redeployed,
    /// The site answers with this version: the fetch failed on the way.
    Flaky,
}

/// Asks the site which version of the app it serves now (from its home page, past any
/// cache), to tell the reader why a part could not be fetched.
pub async fn why() -> Why {
    if web_sys::window().is_some_and(|w| !w.navigator().on_line()) {
        return Why::Offline;
    }
    let Some(ours) = this_version() else {
        return Why::Flaky;
    };
    let probe = format!("./?carnet-version={}", js_sys_now());
    match crate::data::fetch_text(&probe).await {
        Err(_) => Why::Offline,
        Ok(page) if page.contains(&format!("{ours}/")) => Why::Flaky,
        Ok(page) if page.contains("app-") => Why::Redeployed,
        Ok(_) => Why::Flaky,
    }
}

/// This tab's version of the app: the directory its files come from (`app-<hash>`), as
/// the page's start script recorded it.
/// The directory of this tab's app, `app-<hash>` (set by the page's start script).
pub fn this_version() -> Option<String> {
    let window = web_sys::window()?;
    web_sys::js_sys::Reflect::get(&window, &JsValue::from_str("carnetApp"))
        .ok()?
        .as_string()
}

fn js_sys_now() -> u64 {
    web_sys::js_sys::Date::now() as u64
}

/// Says, above a prerendered page, that its buttons wait for the network (the page reads
/// whole without the app), then waits for the browser to be back online, the reader's
/// "try again", or 20 seconds, whichever comes first.
#[cfg(feature = "hydrate")]
pub async fn wait_for_network() {
    use wasm_bindgen::JsCast;
    use wasm_bindgen::closure::Closure;
    let Some(window) = web_sys::window() else {
        return;
    };
    let document = leptos::prelude::document();
    let words = crate::i18n::ui(crate::data::site().lang);
    let notice = match document.get_element_by_id(carnet_markdown::ids::WAITING) {
        Some(notice) => notice,
        None => {
            let Ok(notice) = document.create_element("div") else {
                return;
            };
            notice.set_id(carnet_markdown::ids::WAITING);
            let _ = notice.set_attribute("class", "load-error part-unavailable");
            let _ = notice.set_attribute("role", "alert");
            notice.set_inner_html(&format!(
                "<p>{}</p><button type=\"button\">{}</button>",
                words.part_waiting, words.retry
            ));
            if let Some(body) = document.body() {
                let _ = body.prepend_with_node_1(&notice);
            }
            notice
        }
    };
    let button = notice.query_selector("button").ok().flatten();
    let wake = web_sys::js_sys::Promise::new(&mut |resolve, _| {
        let resolve = move || {
            let _ = resolve.call0(&JsValue::NULL);
        };
        let resolve: web_sys::js_sys::Function = Closure::<dyn Fn()>::new(resolve)
            .into_js_value()
            .unchecked_into();
        let once = web_sys::AddEventListenerOptions::new();
        once.set_once(true);
        let _ = window.add_event_listener_with_callback_and_add_event_listener_options(
            "online", &resolve, &once,
        );
        if let Some(button) = &button {
            let _ = button.add_event_listener_with_callback_and_add_event_listener_options(
                "click", &resolve, &once,
            );
        }
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20_000);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(wake).await;
}

/// Removes the notice [`wait_for_network`] showed, once the part is there.
#[cfg(feature = "hydrate")]
pub fn network_back() {
    if let Some(notice) =
        leptos::prelude::document().get_element_by_id(carnet_markdown::ids::WAITING)
    {
        notice.remove();
    }
}
