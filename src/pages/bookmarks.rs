use crate::app::use_ui;
use crate::components::PostSummary;
use crate::state::use_reader;
use carnet_core::i18n::page_title;
use leptos::prelude::*;
use leptos_meta::{Html, Title};

/// `/bookmarks`: the posts the reader keeps to read later, the most recently added first.
#[component]
pub fn Bookmarks() -> impl IntoView {
    let (lang, words) = use_ui();
    let reader = use_reader();
    view! {
        <Html {..} lang=lang.tag()/>
        <Title text=page_title(Some(words.read_later))/>
        <h1 class="page-title">{words.read_later}</h1>
        {move || {
            let posts = reader.bookmarked();
            if posts.is_empty() {
                view! { <p class="empty">{words.no_bookmarks}</p> }.into_any()
            } else {
                view! {
                    <ol class="post-list">
                        {posts.into_iter().map(|post| view! { <li><PostSummary post/></li> }).collect_view()}
                    </ol>
                }
                .into_any()
            }
        }}
    }
}
