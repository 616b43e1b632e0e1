use crate::app::use_ui;
use crate::components::PostList;
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
        {move || view! { <PostList posts=reader.bookmarked() empty=words.no_bookmarks/> }}
    }
}
