use crate::app::use_ui;
use crate::components::PostSummary;
use crate::posts::POSTS;
use carnet_core::i18n::page_title;
use leptos::prelude::*;
use leptos_meta::{Html, Meta, Title};

/// `/`: every post, newest first.
#[component]
pub fn Home() -> impl IntoView {
    let (lang, words) = use_ui();
    view! {
        <Html {..} lang=lang.tag()/>
        <Title text=page_title(None)/>
        <Meta name="description" content=words.site_description/>
        <h1 class="page-title">{words.latest_posts}</h1>
        {if POSTS.is_empty() {
            view! { <p>{words.no_posts}</p> }.into_any()
        } else {
            view! {
                <ol class="post-list">
                    {POSTS.iter().map(|post| view! { <li><PostSummary post/></li> }).collect_view()}
                </ol>
            }
            .into_any()
        }}
    }
}
