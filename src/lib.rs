//! Carnet, the reading site: a Leptos app over the pure crates (`carnet-text`, `-markdown`, `-content`, `-store`, `-studio`), one source of markup
//! for two places. In the browser (`hydrate`), [`start`] adopts the page the content build
//! prerendered — the nodes the reader sees are the ones the app keeps — or renders a page
//! that was not prerendered. At build time (`ssr`), [`prerender`] renders every page the
//! content build writes, with the same components.
//!
//! - `app`: the layout and the router (the addresses are core's `routes`), and `parts`:
//!   the parts of the app fetched when first needed;
//! - `pages/`: one module per page of the reading site (home, post, tags, archive, search,
//!   read later, my data);
//! - `studio/`: the writer's studio — drafts, the editor, a draft's preview, "Publier" —
//!   and the drafts' storage;
//! - `components/`: pieces the pages share (head, header, footer, post summary, pager,
//!   toggles, share, notices, the 404 page);
//! - `data`: the site's data files (from the page or fetched) and post texts, each read once;
//! - `search`: the search index, fetched the first time the reader searches;
//! - `state`: the reader's state (read, positions, bookmarks) as signals, in step with
//!   storage and the other tabs; `seen`: the "new" and "updated" marks;
//! - `storage`: localStorage — the only module that touches it;
//! - `offline`: what the service worker keeps for reading offline;
//! - `tracker`: follows the reader through a post and brings them back where they stopped;
//! - `i18n`: every string of the interface, in French and English, by area;
//! - `files`: downloads and picked files;
//! - `site`: where the site is served from (the page's `<base>`, or the build's);
//! - `prerender` (`ssr`): the pages the content build writes, by the same components.

#![recursion_limit = "256"]

#[macro_use]
mod parts;
mod app;
mod components;
mod data;
mod files;
pub mod i18n;
mod offline;
mod pages;
#[cfg(feature = "ssr")]
pub mod prerender;
mod search;
mod seen;
mod site;
mod state;
mod storage;
mod studio;
mod tracker;

pub use app::Part;

/// Starts the app once the part of it the page needs is there (see [`app::preload`]),
/// then fetches in the background the other reading pages' parts and, for a writer, the
/// studio's. A prerendered page is adopted only with its part (hydration needs all of its
/// views): until the part comes, the page stays as the build wrote it, readable, and says
/// that its buttons wait for the network ([`parts::wait_for_network`]). Any other page
/// starts at once and shows, where its part is missing, why and a way back.
#[cfg(feature = "hydrate")]
pub fn start() {
    site::drop_trailing_slash();
    wasm_bindgen_futures::spawn_local(async {
        let path = leptos::prelude::location().pathname().unwrap_or_default();
        while app::preload(&path).await.is_err() && adopts_prerendered_page() {
            parts::wait_for_network().await;
        }
        parts::network_back();
        mount().await;
        // Fetched ahead, for pages opened later: a failure is theirs to show then.
        let _ = app::preload_reading().await;
        if studio::store::any() {
            let _ = app::preload_studio().await;
        }
    });
}

/// Whether the app will adopt a prerendered page, rather than render one itself.
#[cfg(feature = "hydrate")]
fn adopts_prerendered_page() -> bool {
    leptos::prelude::document()
        .get_element_by_id(carnet_markdown::ids::ROOT)
        .is_some_and(|root| root.has_attribute("data-prerendered"))
        && !site::asks_other_list_page()
}

/// Puts the app in the page's `#carnet` element. A prerendered page (written by
/// [`prerender`]) is adopted as it is: the app hydrates it, so the reader sees no change
/// and keeps their scroll position. A page that was not prerendered (`404.html`, which
/// hosts serve for every other address), or one asked for with a query the build did not
/// render (`?page=2` of a list, shown as its first page until now), is rendered by the app.
///
/// Once the app is live (the reader's state applied, a frame later), `#carnet` gets
/// `data-ready`.
#[cfg(feature = "hydrate")]
async fn mount() {
    use wasm_bindgen::JsCast;
    let document = leptos::prelude::document();
    let prerendered = document
        .get_element_by_id(carnet_markdown::ids::ROOT)
        .filter(|root| root.has_attribute("data-prerendered"));
    if let Some(page) = &prerendered {
        data::keep_prerendered(page);
    }
    let as_built = !site::asks_other_list_page();
    match prerendered {
        Some(page) if as_built => {
            let page: web_sys::HtmlElement = page.unchecked_into();
            leptos::mount::hydrate_from_async(page.clone(), app::App)
                .await
                .forget();
            mark_ready(page.into());
        }
        prerendered => {
            let root: web_sys::HtmlElement = document
                .create_element("div")
                .expect("a div can be created")
                .unchecked_into();
            root.set_id(carnet_markdown::ids::ROOT);
            match &prerendered {
                // Rendered beside the page, then put in its place in one step.
                Some(_) => site::drop_prerendered_head(),
                None => {
                    let _ = document
                        .body()
                        .expect("the page has a body")
                        .append_child(&root);
                }
            }
            leptos::mount::mount_to(root.clone(), app::App).forget();
            if let Some(page) = prerendered {
                let _ = page.replace_with_with_node_1(&root);
            }
            mark_ready(root.into());
        }
    }
}

/// Sets `data-ready` on the app's root at the next frame, after the effects that apply
/// the reader's state have run (tests and scripts wait for it).
#[cfg(feature = "hydrate")]
fn mark_ready(root: web_sys::Element) {
    leptos::prelude::request_animation_frame(move || {
        let _ = root.set_attribute("data-ready", "");
    });
}
