use crate::app::use_ui;
use crate::state::use_reader;
use carnet_core::PostMeta;
use leptos::prelude::*;

/// "Read later": adds the post to the reader's list, or takes it off (a toggle button).
///
/// In a list, `named` adds the post's title for screen readers, so that each button says
/// which post it keeps.
#[component]
pub fn BookmarkToggle(post: &'static PostMeta, #[prop(optional)] named: bool) -> impl IntoView {
    let (_, words) = use_ui();
    let reader = use_reader();
    let kept = move || reader.is_bookmarked(post.slug);
    view! {
        <button
            type="button"
            class="bookmark-toggle"
            aria-pressed=move || kept().to_string()
            on:click=move |_| reader.set_bookmark(post.slug, !kept())
        >
            <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
                <path d="M4 1.5h8v13l-4-3-4 3z"/>
            </svg>
            {words.read_later}
            {named.then(|| view! { <span class="visually-hidden" lang=post.lang.tag()>{format!(" — {}", post.title)}</span> })}
        </button>
    }
}
