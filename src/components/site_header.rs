use crate::app::UiLang;
use crate::site::href;
use carnet_core::i18n::{SITE_NAME, ui};
use leptos::prelude::*;
use leptos_router::components::A;

/// The banner: the site's name and the main navigation.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let words = ui(expect_context::<UiLang>().0);
    view! {
        <header class="site-header">
            <A href=href("/") attr:class="site-name">{SITE_NAME}</A>
            <nav aria-label=words.main_nav>
                <A href=href("/")>{words.posts}</A>
            </nav>
        </header>
    }
}
