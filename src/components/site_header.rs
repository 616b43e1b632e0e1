use crate::app::use_ui;
use crate::site::href;
use carnet_core::i18n::SITE_NAME;
use leptos::prelude::*;
use leptos_router::components::A;

/// The banner: the site's name and the main navigation.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let (_, words) = use_ui();
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
        </header>
    }
}
