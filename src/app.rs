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
use leptos_router::{Lazy, LazyRoute, lazy_route, path};

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
                    <Route path=path!("/") view={Lazy::<HomeRoute>::new()}/>
                    <Route path=path!("/posts/:slug") view={Lazy::<PostRoute>::new()}/>
                    <Route path=path!("/bookmarks") view={Lazy::<BookmarksRoute>::new()}/>
                    <Route path=path!("/tags") view={Lazy::<TagIndexRoute>::new()}/>
                    <Route path=path!("/tags/:slug") view={Lazy::<TagRoute>::new()}/>
                    <Route path=path!("/archive") view={Lazy::<ArchiveRoute>::new()}/>
                    <Route path=path!("/search") view={Lazy::<SearchRoute>::new()}/>
                    <Route path=path!("/my-data") view={Lazy::<MyDataRoute>::new()}/>
                    <Route path=path!("/drafts") view={Lazy::<DraftsRoute>::new()}/>
                    <Route path=path!("/drafts/:id") view={Lazy::<DraftEditorRoute>::new()}/>
                    <Route path=path!("/drafts/:id/preview") view={Lazy::<DraftPreviewRoute>::new()}/>
                </Routes>
            </main>
            <SiteFooter/>
        </Router>
    }
}

// Every page is its own part of the app: the build cuts each out of the main part, which
// holds the layout, the router and the reader's state, and a page's part is fetched the
// first time it is shown (`#[lazy_route]`, see site/src/bundle.rs).

/// Fetches the part of the app the page at `path` (a URL path, base included) needs. The
/// app awaits it before it takes over a prerendered page, so the page is whole at once.
pub async fn preload(path: &str) {
    let path = path.trim_end_matches('/');
    let path = path
        .strip_prefix(base_path().trim_end_matches('/'))
        .unwrap_or(path);
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    match segments.as_slice() {
        [] => HomeRoute::preload().await,
        ["posts", _] => PostRoute::preload().await,
        ["bookmarks"] => BookmarksRoute::preload().await,
        ["tags"] => TagIndexRoute::preload().await,
        ["tags", _] => TagRoute::preload().await,
        ["archive"] => ArchiveRoute::preload().await,
        ["search"] => SearchRoute::preload().await,
        ["my-data"] => MyDataRoute::preload().await,
        ["drafts"] => DraftsRoute::preload().await,
        ["drafts", _] => DraftEditorRoute::preload().await,
        ["drafts", _, "preview"] => DraftPreviewRoute::preload().await,
        _ => {}
    }
}

/// Fetches, one after the other, the parts of the reader's pages not fetched yet: once
/// the app runs, following a link needs no download but the post itself.
pub async fn preload_reading() {
    HomeRoute::preload().await;
    PostRoute::preload().await;
    TagRoute::preload().await;
    TagIndexRoute::preload().await;
    ArchiveRoute::preload().await;
    BookmarksRoute::preload().await;
}

/// `/`: the latest posts.
struct HomeRoute;

#[lazy_route]
impl LazyRoute for HomeRoute {
    fn data() -> Self {
        Self
    }
    fn view(_this: Self) -> AnyView {
        view! { <Home/> }.into_any()
    }
}

/// `/posts/:slug`: a post.
struct PostRoute;

#[lazy_route]
impl LazyRoute for PostRoute {
    fn data() -> Self {
        Self
    }
    fn view(_this: Self) -> AnyView {
        view! { <PostPage/> }.into_any()
    }
}

/// `/bookmarks`: posts kept to read later.
struct BookmarksRoute;

#[lazy_route]
impl LazyRoute for BookmarksRoute {
    fn data() -> Self {
        Self
    }
    fn view(_this: Self) -> AnyView {
        view! { <Bookmarks/> }.into_any()
    }
}

/// `/tags`: every tag.
struct TagIndexRoute;

#[lazy_route]
impl LazyRoute for TagIndexRoute {
    fn data() -> Self {
        Self
    }
    fn view(_this: Self) -> AnyView {
        view! { <TagIndex/> }.into_any()
    }
}

/// `/tags/:slug`: the posts of a tag.
struct TagRoute;

#[lazy_route]
impl LazyRoute for TagRoute {
    fn data() -> Self {
        Self
    }
    fn view(_this: Self) -> AnyView {
        view! { <TagPage/> }.into_any()
    }
}

/// `/archive`: every post by month.
struct ArchiveRoute;

#[lazy_route]
impl LazyRoute for ArchiveRoute {
    fn data() -> Self {
        Self
    }
    fn view(_this: Self) -> AnyView {
        view! { <Archive/> }.into_any()
    }
}

/// `/search`: the search engine and its results.
struct SearchRoute;

#[lazy_route]
impl LazyRoute for SearchRoute {
    fn data() -> Self {
        Self
    }
    fn view(_this: Self) -> AnyView {
        view! { <SearchPage/> }.into_any()
    }
}

/// `/my-data`: export, import and erase.
struct MyDataRoute;

#[lazy_route]
impl LazyRoute for MyDataRoute {
    fn data() -> Self {
        Self
    }
    fn view(_this: Self) -> AnyView {
        view! { <MyData/> }.into_any()
    }
}

/// `/drafts`: the writer's studio.
struct DraftsRoute;

#[lazy_route]
impl LazyRoute for DraftsRoute {
    fn data() -> Self {
        Self
    }
    fn view(_this: Self) -> AnyView {
        view! { <Drafts/> }.into_any()
    }
}

/// `/drafts/:id`: the editor.
struct DraftEditorRoute;

#[lazy_route]
impl LazyRoute for DraftEditorRoute {
    fn data() -> Self {
        Self
    }
    fn view(_this: Self) -> AnyView {
        view! { <DraftEditor/> }.into_any()
    }
}

/// `/drafts/:id/preview`: a draft as its readers will see it.
struct DraftPreviewRoute;

#[lazy_route]
impl LazyRoute for DraftPreviewRoute {
    fn data() -> Self {
        Self
    }
    fn view(_this: Self) -> AnyView {
        view! { <DraftPreview/> }.into_any()
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
