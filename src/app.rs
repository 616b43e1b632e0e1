//! The page layout (skip link, header, main, footer) and the routes.

use crate::components::{NotFound, Notices, PartUnavailable, SiteFooter, SiteHeader};
use crate::i18n::{provide_ui, ui};
use crate::pages::{Archive, Bookmarks, Home, MyData, PostPage, SearchPage, TagIndex, TagPage};
use crate::parts::MissingPart;
use crate::site::base_path;
use crate::state::provide_reader;
use crate::studio::{DraftEditor, DraftPreview, Drafts, Publish};
use carnet_content::routes;
use carnet_markdown::ids;
use carnet_text::Lang;
use leptos::prelude::*;
use leptos_meta::provide_meta_context;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{Lazy, LazyRoute, ParamSegment as P, StaticSegment as S};

/// The whole app. The interface speaks the site's language, as the prerendered pages do,
/// unless the reader chose the other: then it is rebuilt in that one once the app has
/// adopted the page (the reader's settings are read after hydration, see
/// [`provide_reader`]).
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let reader = provide_reader();
    crate::studio::store::provide_drafts();
    crate::search::provide_search();
    // The theme and text size on <html>, as index.html set them before the first paint.
    Effect::new(move |_| {
        let settings = reader.settings();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("data-theme", settings.theme.attr());
            let _ = root.set_attribute("data-text-size", settings.text_size.attr());
        }
    });
    let site_lang = crate::data::site().lang;
    // The browser's languages choose the interface when the reader has not: read once the
    // page is adopted (it was built in the site's language, and the first run is the page
    // as built), as her settings are.
    let adopted = ArcTrigger::new();
    #[cfg(feature = "hydrate")]
    Effect::new({
        let adopted = adopted.clone();
        move |_| adopted.notify()
    });
    let lang = Memo::new(move |built: Option<&Lang>| {
        adopted.track();
        #[cfg(feature = "hydrate")]
        let browser = built.and_then(|_| crate::site::browser_lang());
        #[cfg(not(feature = "hydrate"))]
        let browser = built.and(None);
        reader.settings().lang.or(browser).unwrap_or(site_lang)
    });
    move || {
        let lang = lang.get();
        provide_ui(lang);
        view! { <Layout lang/> }
    }
}

#[component]
fn Layout(lang: Lang) -> impl IntoView {
    let words = ui(lang);
    view! {
        <Router base=base_path()>
            <a class="skip-link" href=format!("#{}", ids::MAIN) on:click=skip_to_main>{words.skip_to_content}</a>
            <SiteHeader on_search_focus=|| leptos::task::spawn_local(preload_search())/>
            <main id=ids::MAIN tabindex="-1">
                <Notices/>
                <Routes fallback=NotFound>
                    // The segments are the routes module's, which builds every address.
                    <Route path=() view={Lazy::<HomeRoute>::new()}/>
                    <Route path=(S(routes::POSTS), P(routes::SLUG)) view={Lazy::<PostRoute>::new()}/>
                    <Route path=(S(routes::BOOKMARKS),) view={Lazy::<BookmarksRoute>::new()}/>
                    <Route path=(S(routes::TAGS),) view={Lazy::<TagIndexRoute>::new()}/>
                    <Route path=(S(routes::TAGS), P(routes::SLUG)) view={Lazy::<TagRoute>::new()}/>
                    <Route path=(S(routes::ARCHIVE),) view={Lazy::<ArchiveRoute>::new()}/>
                    <Route path=(S(routes::SEARCH),) view={Lazy::<SearchRoute>::new()}/>
                    <Route path=(S(routes::MY_DATA),) view={Lazy::<MyDataRoute>::new()}/>
                    <Route path=(S(routes::DRAFTS),) view={Lazy::<DraftsRoute>::new()}/>
                    <Route path=(S(routes::DRAFTS), P(routes::ID)) view={Lazy::<DraftEditorRoute>::new()}/>
                    <Route path=(S(routes::DRAFTS), P(routes::ID), S(routes::PREVIEW)) view={Lazy::<DraftPreviewRoute>::new()}/>
                    <Route path=(S(routes::DRAFTS), P(routes::ID), S(routes::PUBLISH)) view={Lazy::<PublishRoute>::new()}/>
                </Routes>
            </main>
            <SiteFooter/>
        </Router>
    }
}

// The app comes in parts (see bundle/src/split.rs): the main part holds the layout, the
// router and the reader's state; a post's page is one part (where most readers land: it
// needs 123 KB gzip with its chunks; the lists' code would add 53 KB), the lists of posts
// another, the writer's studio and "My data" a third, search a fourth, and the build cuts
// each out of the main part (`#[lazy]`). A part is fetched the first time one of its pages
// is shown (a prerendered page asks for its own beside the main Wasm, see [`Part`]). Few
// parts, not one per page: code two parts share goes into a chunk of its own, and a dozen
// parts made the post page wait on sixty small downloads.

/// The lists of posts, in one part.
#[derive(Clone, Copy)]
enum Reading {
    Home,
    Bookmarks,
    TagIndex,
    Tag,
    Archive,
}

part! {
    /// A reading page's view, from the reading part (fetched on first call).
    reading_page, preload(preload_reading_page):
    fn reading_page(page: Reading) -> Result<AnyView, MissingPart> {
        Ok(match page {
            Reading::Home => view! { <Home/> }.into_any(),
            Reading::Bookmarks => view! { <Bookmarks/> }.into_any(),
            Reading::TagIndex => view! { <TagIndex/> }.into_any(),
            Reading::Tag => view! { <TagPage/> }.into_any(),
            Reading::Archive => view! { <Archive/> }.into_any(),
        })
    }
}

/// A post's page, in a part of its own: the page most readers land on first fetches no
/// list's code.
#[derive(Clone, Copy)]
enum Reader {
    Post,
}

part! {
    post_page, preload(preload_post_page):
    fn post_page(page: Reader) -> Result<AnyView, MissingPart> {
        Ok(match page {
            Reader::Post => view! { <PostPage/> }.into_any(),
        })
    }
}

/// The writer's studio, and "My data", in one part.
#[derive(Clone, Copy)]
enum Studio {
    Drafts,
    Editor,
    Preview,
    Publish,
    MyData,
}

part! {
    /// A studio page's view, from the studio's part (fetched on first call).
    studio_page, preload(preload_studio_page):
    fn studio_page(page: Studio) -> Result<AnyView, MissingPart> {
        Ok(match page {
            Studio::Drafts => view! { <Drafts/> }.into_any(),
            Studio::Editor => view! { <DraftEditor/> }.into_any(),
            Studio::Preview => view! { <DraftPreview/> }.into_any(),
            Studio::Publish => view! { <Publish/> }.into_any(),
            Studio::MyData => view! { <MyData/> }.into_any(),
        })
    }
}

/// `/search`: the search engine and its results, in a part of their own.
#[derive(Clone, Copy)]
enum Finder {
    Search,
}

part! {
    search_page, preload(preload_search_page):
    fn search_page(page: Finder) -> Result<AnyView, MissingPart> {
        Ok(match page {
            Finder::Search => view! { <SearchPage/> }.into_any(),
        })
    }
}

/// Routes to the pages of a part: `lazy_pages!(Part, part_page, preload, { Route => Page, … })`.
/// A page whose part cannot be fetched shows [`PartUnavailable`] instead, and the rest of
/// the app goes on.
macro_rules! lazy_pages {
    ($part:ident, $view:ident, $preload:ident, { $($route:ident => $page:ident),* $(,)? }) => {$(
        struct $route;

        impl LazyRoute for $route {
            fn data() -> Self {
                Self
            }
            async fn view(_this: Self) -> AnyView {
                match $view($part::$page).await {
                    Ok(page) => page,
                    Err(MissingPart) => {
                        let why = crate::parts::why().await;
                        view! { <PartUnavailable why load=|| Box::pin($view($part::$page))/> }
                            .into_any()
                    }
                }
            }
            async fn preload() {
                // A failure is the page's to show, when it is opened.
                let _ = $preload().await;
            }
        }
    )*};
}

lazy_pages!(Reading, reading_page, preload_reading_page, {
    HomeRoute => Home,
    BookmarksRoute => Bookmarks,
    TagIndexRoute => TagIndex,
    TagRoute => Tag,
    ArchiveRoute => Archive,
});

lazy_pages!(Reader, post_page, preload_post_page, { PostRoute => Post });

lazy_pages!(Studio, studio_page, preload_studio_page, {
    DraftsRoute => Drafts,
    DraftEditorRoute => Editor,
    DraftPreviewRoute => Preview,
    PublishRoute => Publish,
    MyDataRoute => MyData,
});

lazy_pages!(Finder, search_page, preload_search_page, { SearchRoute => Search });

pub use carnet_content::routes::Part;

/// Fetches the part of the app the page at `path` (a URL path, base included) needs. The
/// app awaits it before it adopts a prerendered page (hydration needs every view of it).
#[cfg(feature = "hydrate")]
pub async fn preload(path: &str) -> Result<(), MissingPart> {
    let path = path
        .strip_prefix(base_path().trim_end_matches('/'))
        .unwrap_or(path);
    match Part::of(path) {
        Part::Search => preload_search_page().await?,
        Part::Studio => preload_studio_page().await?,
        Part::Post => preload_post_page().await?,
        Part::Reading => preload_reading_page().await?,
    }
    Ok(())
}

/// Fetches the search page's part (once): when the reader puts the cursor in the search
/// box, with the index, so that the first keystroke finds the page there. A failure is
/// the search page's to show.
async fn preload_search() {
    let _ = preload_search_page().await;
}

/// Fetches the reading pages' parts (once), in the background.
#[cfg(feature = "hydrate")]
pub async fn preload_reading() -> Result<(), MissingPart> {
    preload_post_page().await?;
    preload_reading_page().await?;
    Ok(())
}

/// Fetches the studio's (and "My data"'s) part, once: for a writer (a browser holding
/// drafts) it comes in the background, so that the studio opens even after the connection
/// is gone.
#[cfg(feature = "hydrate")]
pub async fn preload_studio() -> Result<(), MissingPart> {
    preload_studio_page().await?;
    Ok(())
}

/// Moves focus to `<main>` without going through the router: under a `<base href>`,
/// `#main` would otherwise resolve to the home page.
fn skip_to_main(ev: leptos::ev::MouseEvent) {
    ev.prevent_default();
    if let Some(main) = document().get_element_by_id(ids::MAIN) {
        use wasm_bindgen::JsCast;
        if let Ok(main) = main.dyn_into::<web_sys::HtmlElement>() {
            let _ = main.focus();
        }
    }
}
