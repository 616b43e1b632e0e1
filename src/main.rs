//! Carnet, the reading site: a Leptos single-page app over the pure `carnet-core`.
//!
//! - `app`: the layout and the routes;
//! - `pages/`: one module per page (home, post, tags, archive, search, read later, my data,
//!   drafts, editor, 404);
//! - `components/`: pieces the pages share (header, footer, post summary, pager, toggles,
//!   notices);
//! - `data`: the site's data files (from the page or fetched) and post texts, each read once;
//! - `search`: the search index, fetched the first time the reader searches;
//! - `state`: the reader's state (read, positions, bookmarks) as signals, in step with
//!   storage and the other tabs;
//! - `storage`: localStorage — the only module that touches it;
//! - `studio`: drafts and their revisions in storage, never saved over a newer tab's;
//! - `tracker`: follows the reader through a post and brings them back where they stopped;
//! - `files`: downloads and picked files;
//! - `site`: where the site is served from and which language the reader prefers.

mod app;
mod components;
mod data;
mod files;
mod pages;
mod search;
mod site;
mod state;
mod storage;
mod studio;
mod tracker;

use wasm_bindgen::JsCast;

/// Starts the app once the part of it the page needs is there (see [`app::preload`]),
/// then fetches in the background the other reading pages' parts and, for a writer, the
/// studio's: a part that cannot be fetched when it is needed stops the app.
fn main() {
    site::drop_trailing_slash();
    wasm_bindgen_futures::spawn_local(async {
        let path = leptos::prelude::location().pathname().unwrap_or_default();
        app::preload(&path).await;
        start();
        app::preload_reading().await;
        if studio::any() {
            app::preload_studio().await;
        }
    });
}

/// Starts the app in a `#carnet` element. A prerendered page (see `site/src/pages.rs`)
/// already shows the same content in its own `#carnet`: the app renders beside it, out of
/// the document, then takes its place in one step, so the reader sees no change and keeps
/// their scroll position.
fn start() {
    let document = leptos::prelude::document();
    let root: web_sys::HtmlElement = document
        .create_element("div")
        .expect("a div can be created")
        .unchecked_into();
    root.set_id("carnet");
    let prerendered = document.get_element_by_id("carnet");
    // The prerendered description gives way to the app's, which follows navigation.
    let old_description = document
        .query_selector("head meta[name=description]")
        .ok()
        .flatten();
    match &prerendered {
        Some(page) => data::keep_prerendered(page),
        None => {
            let _ = document
                .body()
                .expect("the page has a body")
                .append_child(&root);
        }
    }
    leptos::mount::mount_to(root.clone(), app::App).forget();
    if let Some(prerendered) = prerendered {
        let _ = prerendered.replace_with_with_node_1(&root);
        if let Some(meta) = old_description {
            meta.remove();
        }
    }
}
