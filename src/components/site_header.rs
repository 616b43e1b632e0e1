use crate::i18n::use_ui;
use crate::search::use_search;
use crate::site::href;
use crate::state::use_reader;
use carnet_content::routes;
use carnet_markdown::ids;
use carnet_text::Lang;
use leptos::ev;
use leptos::html::Input;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::components::A;
use leptos_router::hooks::{use_location, use_navigate, use_query_map};
use wasm_bindgen::JsCast;

/// The banner: the site's name, the search box, and the menu — the main navigation and the
/// language switch. On a phone the menu folds behind a button (a popover, which works
/// before the app has come), so that the banner is one line. The box calls
/// `on_search_focus` when the cursor goes in it (the app fetches the search page's part
/// then).
#[component]
pub fn SiteHeader(on_search_focus: fn()) -> impl IntoView {
    let (lang, words) = use_ui();
    let reader = use_reader();
    let other = match lang {
        Lang::Fr => Lang::En,
        Lang::En => Lang::Fr,
    };
    view! {
        <header class="site-header">
            <A href=href(routes::HOME_PATH) exact=true attr:class="site-name">{crate::data::site().title.clone()}</A>
            <SearchBox on_focus=on_search_focus/>
            <button type="button" class="menu-button" popovertarget=ids::SITE_MENU>{words.menu}</button>
            <div id=ids::SITE_MENU class="site-menu" popover="" on:click=fold>
                <nav aria-label=words.main_nav>
                    // Exact: under a sub-path, "/blog/" would be the start of every address.
                    <A href=href(routes::HOME_PATH) exact=true>{words.posts}</A>
                    <A href=href(routes::ARCHIVE_PATH)>{words.archive}</A>
                    <A href=href(routes::TAGS_PATH)>{words.tags}</A>
                    <A href=href(routes::BOOKMARKS_PATH)>{words.read_later}</A>
                    <A href=href(routes::DRAFTS_PATH)>{words.drafts}</A>
                </nav>
                <button
                    type="button"
                    class="lang-switch"
                    lang=other.tag()
                    title=words.other_language_label
                    on:click=move |_| reader.change_settings(|s| s.lang = Some(other))
                >
                    {words.other_language}
                </button>
            </div>
        </header>
    }
}

/// Folds the menu once something in it is pressed: a link (the app shows the page without
/// reloading it), the language switch. Called by name: the shell would otherwise grow by
/// the popover's bindings. (On a wide screen the menu is not open: nothing to fold.)
fn fold(event: ev::MouseEvent) {
    let Some(menu) = event.current_target() else {
        return;
    };
    let hide = web_sys::js_sys::Reflect::get(&menu, &"hidePopover".into());
    if let Ok(hide) = hide.and_then(|f| f.dyn_into::<web_sys::js_sys::Function>()) {
        let _ = hide.call0(&menu);
    }
}

/// The search box: each keystroke shows `/search?q=…` (one history entry per search, not
/// per letter); `/` anywhere outside a text field puts the cursor in it. The index and the
/// search page's part start downloading as soon as the box has the focus.
#[component]
fn SearchBox(on_focus: fn()) -> impl IntoView {
    let (_, words) = use_ui();
    let search = use_search();
    let navigate = use_navigate();
    let location = use_location();
    let query = use_query_map();
    let on_search_page = move || location.pathname.read().ends_with(routes::SEARCH_PATH);
    let value = move || {
        if on_search_page() {
            query.read().get(routes::QUERY).unwrap_or_default()
        } else {
            String::new()
        }
    };
    let input = NodeRef::<Input>::new();
    let show = move |replace: bool| {
        let Some(box_) = input.get_untracked() else {
            return;
        };
        let q = box_.value();
        let to = routes::search_path(&q, |q| {
            String::from(web_sys::js_sys::encode_uri_component(q))
        });
        navigate(
            &to,
            NavigateOptions {
                replace,
                ..Default::default()
            },
        );
    };
    let on_input = {
        let show = show.clone();
        move |_| show(on_search_page())
    };
    let on_submit = move |e: ev::SubmitEvent| {
        e.prevent_default();
        show(on_search_page());
    };
    let slash = window_event_listener(ev::keydown, move |e| {
        if e.key() != "/" || e.ctrl_key() || e.meta_key() || e.alt_key() || typing_in(&e) {
            return;
        }
        if let Some(box_) = input.get_untracked() {
            e.prevent_default();
            let _ = box_.focus();
            box_.select();
        }
    });
    on_cleanup(move || slash.remove());
    view! {
        <form class="search-box" role="search" action=href(routes::SEARCH_PATH) on:submit=on_submit>
            <label for=ids::SEARCH_BOX class="visually-hidden">{words.search}</label>
            <input
                id=ids::SEARCH_BOX
                type="search"
                name=routes::QUERY
                autocomplete="off"
                placeholder=words.search_placeholder
                aria-keyshortcuts="/"
                node_ref=input
                prop:value=value
                on:input=on_input
                on:focus=move |_| {
                    search.load();
                    on_focus();
                }
            />
        </form>
    }
}

/// Whether a key went to a field that takes text (where "/" is a character, not a shortcut).
fn typing_in(event: &web_sys::KeyboardEvent) -> bool {
    let Some(target) = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return false;
    };
    target.is_content_editable()
        || matches!(target.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
}
