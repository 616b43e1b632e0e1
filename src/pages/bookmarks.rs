use crate::components::{LoadFailed, Loading, PostList};
use crate::data::{self, Pending, page_title};
use crate::i18n::use_ui;
use crate::state::use_reader;
use leptos::prelude::*;
use leptos_meta::{Html, Title};

/// `/bookmarks`: the posts the reader keeps to read later, the most recently added first.
#[component]
pub fn Bookmarks() -> impl IntoView {
    let (lang, words) = use_ui();
    let reader = use_reader();
    let kept = Memo::new(move |_| data::posts(&reader.bookmarked()));
    view! {
        <Html {..} lang=lang.tag()/>
        <Title text=page_title(Some(words.read_later))/>
        <h1 class="page-title">{words.read_later}</h1>
        {move || match kept.get() {
            Ok(posts) => view! { <PostList posts empty=words.no_bookmarks/> }.into_any(),
            Err(Pending::Loading) => view! { <Loading/> }.into_any(),
            Err(Pending::Failed(_)) => view! { <LoadFailed paths=reader.bookmarked().iter().map(|s| carnet_content::data::post_file(s)).collect()/> }.into_any(),
        }}
    }
}
