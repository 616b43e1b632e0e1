use crate::data::page_title;
use crate::i18n::use_ui;
use crate::site::href;
use carnet_content::routes;
use leptos::prelude::*;
use leptos_meta::{Html, Meta, Title};
use leptos_router::components::A;

/// The 404 page, for unknown paths and unknown posts.
#[component]
pub fn NotFound() -> impl IntoView {
    let (lang, words) = use_ui();
    view! {
        <Html {..} lang=lang.tag()/>
        <Title text=page_title(Some(words.not_found_title))/>
        <Meta name="robots" content="noindex"/>
        <section class="not-found">
            <h1 class="page-title">{words.not_found_title}</h1>
            <p>{words.not_found_text}</p>
            <p><A href=href(routes::HOME_PATH)>{words.back_home}</A></p>
        </section>
    }
}
