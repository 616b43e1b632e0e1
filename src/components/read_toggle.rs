use crate::i18n::use_ui;
use crate::state::use_reader;
use carnet_content::PostMeta;
use leptos::prelude::*;
use std::sync::Arc;

/// Marks the post read, or unread if it is.
#[component]
pub fn ReadToggle(post: Arc<PostMeta>) -> impl IntoView {
    let (_, words) = use_ui();
    let reader = use_reader();
    let slug = StoredValue::new(post.slug.clone());
    let read = move || slug.with_value(|slug| reader.is_read(slug));
    view! {
        <button type="button" class="read-toggle" on:click=move |_| slug.with_value(|slug| reader.set_read(slug, !read()))>
            {move || if read() { words.mark_unread } else { words.mark_read }}
        </button>
    }
}
