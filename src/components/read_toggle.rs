use crate::app::use_ui;
use crate::state::use_reader;
use carnet_core::PostMeta;
use leptos::prelude::*;

/// Marks the post read, or unread if it is.
#[component]
pub fn ReadToggle(post: &'static PostMeta) -> impl IntoView {
    let (_, words) = use_ui();
    let reader = use_reader();
    let read = move || reader.is_read(post.slug);
    view! {
        <button type="button" class="read-toggle" on:click=move |_| reader.set_read(post.slug, !read())>
            {move || if read() { words.mark_unread } else { words.mark_read }}
        </button>
    }
}
