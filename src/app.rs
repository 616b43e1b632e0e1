//! The page layout (skip link, header, main, footer) and the routes.

use crate::components::{Notices, SiteFooter, SiteHeader};
use crate::pages::{
    Archive, Bookmarks, DraftEditor, DraftPreview, Drafts, Home, MyData, NotFound, PostPage,
    SearchPage, TagIndex, TagPage,
};
use crate::site::{base_path, reader_lang};
use crate::state::provide_reader;
use carnet_core::Lang;
use carnet_core::i18n::{Ui, ui};
use leptos::prelude::*;
use leptos_meta::provide_meta_context;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

/// The interface language, provided to every component by [`App`].
#[derive(Clone, Copy, Debug)]
struct UiLang(Lang);

/// The reader's interface language and its words.
pub fn use_ui() -> (Lang, &'static Ui) {
    let lang = expect_context::<UiLang>().0;
    (lang, ui(lang))
}

/// The whole app. The interface is rebuilt in the other language when the reader switches.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let reader = provide_reader();
    crate::studio::provide_drafts();
    crate::search::provide_search();
    // The theme and text size on <html>, as index.html set them before the first paint.
    Effect::new(move |_| {
        let settings = reader.settings();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("data-theme", settings.theme.attr());
            let _ = root.set_attribute("data-text-size", settings.text_size.attr());
        }
    });
    let lang = Memo::new(move |_| reader.settings().lang.unwrap_or_else(reader_lang));
    move || {
        let lang = lang.get();
        provide_context(UiLang(lang));
        view! { <Layout lang/> }
    }
}

#[component]
fn Layout(lang: Lang) -> impl IntoView {
    let words = ui(lang);
    view! {
        <Router base=base_path()>
            <a class="skip-link" href="#main" on:click=skip_to_main>{words.skip_to_content}</a>
            <SiteHeader/>
            <main id="main" tabindex="-1">
                <Notices/>
                <Routes fallback=NotFound>
                    <Route path=path!("/") view=Home/>
                    <Route path=path!("/posts/:slug") view=PostPage/>
                    <Route path=path!("/bookmarks") view=Bookmarks/>
                    <Route path=path!("/tags") view=TagIndex/>
                    <Route path=path!("/tags/:slug") view=TagPage/>
                    <Route path=path!("/archive") view=Archive/>
                    <Route path=path!("/search") view=SearchPage/>
                    <Route path=path!("/my-data") view=MyData/>
                    <Route path=path!("/drafts") view=Drafts/>
                    <Route path=path!("/drafts/:id") view=DraftEditor/>
                    <Route path=path!("/drafts/:id/preview") view=DraftPreview/>
                </Routes>
            </main>
            <SiteFooter/>
        </Router>
    }
}

/// Moves focus to `<main>` without going through the router: under a `<base href>`,
/// `#main` would otherwise resolve to the home page.
fn skip_to_main(ev: leptos::ev::MouseEvent) {
    ev.prevent_default();
    if let Some(main) = document().get_element_by_id("main") {
        use wasm_bindgen::JsCast;
        if let Ok(main) = main.dyn_into::<web_sys::HtmlElement>() {
            let _ = main.focus();
        }
    }
}
