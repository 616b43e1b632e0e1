use crate::app::use_ui;
use crate::site::href;
use crate::state::use_reader;
use carnet_core::Lang;
use carnet_core::i18n::SITE_NAME;
use leptos::prelude::*;
use leptos_router::components::A;

/// The banner: the site's name, the main navigation and the language switch.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let (lang, words) = use_ui();
    let reader = use_reader();
    let other = match lang {
        Lang::Fr => Lang::En,
        Lang::En => Lang::Fr,
    };
    view! {
        <header class="site-header">
            <A href=href("/") attr:class="site-name">{SITE_NAME}</A>
            <nav aria-label=words.main_nav>
                <A href=href("/")>{words.posts}</A>
                <A href=href("/archive")>{words.archive}</A>
                <A href=href("/tags")>{words.tags}</A>
                <A href=href("/bookmarks")>{words.read_later}</A>
                <A href=href("/drafts")>{words.drafts}</A>
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
        </header>
    }
}
