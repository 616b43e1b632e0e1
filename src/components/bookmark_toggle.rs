use crate::i18n::use_ui;
use crate::state::use_reader;
use carnet_content::PostMeta;
use leptos::prelude::*;
use std::sync::Arc;

/// "Read later": adds the post to the reader's list, or takes it off (a toggle button).
///
/// In a list, `named` adds the post's title for screen readers, so that each button says
/// which post it keeps.
#[component]
pub fn BookmarkToggle(post: Arc<PostMeta>, #[prop(optional)] named: bool) -> impl IntoView {
    let (_, words) = use_ui();
    let reader = use_reader();
    let slug = StoredValue::new(post.slug.clone());
    let kept = move || slug.with_value(|slug| reader.is_bookmarked(slug));
    view! {
        <button
            type="button"
            class="bookmark-toggle"
            aria-pressed=move || kept().to_string()
            on:click=move |_| slug.with_value(|slug| reader.set_bookmark(slug, !kept()))
        >
            <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
                <path d="M4 1.5h8v13l-4-3-4 3z"/>
            </svg>
            {words.read_later}
            {named.then(|| view! { <span class="visually-hidden" lang=post.lang.tag()>{format!(" — {}", post.title)}</span> })}
        </button>
    }
}
