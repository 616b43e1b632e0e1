use crate::i18n::use_ui;
use crate::state::use_reader;
use carnet_content::PostMeta;
use carnet_store::position::percent;
use leptos::prelude::*;
use std::sync::Arc;

/// Where the reader stands with a post, in words: "Non lu", "42 % lu" with a small bar, or
/// "Lu".
#[component]
pub fn ReadingStatus(post: Arc<PostMeta>) -> impl IntoView {
    let (_, words) = use_ui();
    let reader = use_reader();
    move || match reader.reading(&post.slug) {
        Some(state) if state.read => view! {
            <span class="reading-status read">
                <span aria-hidden="true">"✓ "</span>{words.read}
            </span>
        }
        .into_any(),
        Some(state) if state.position.is_some() => view! {
            <span class="reading-status started">
                <span class="meter" aria-hidden="true">
                    <span style:width=format!("{}%", percent(state.progress))></span>
                </span>
                {words.percent_read(state.progress)}
            </span>
        }
        .into_any(),
        _ => view! { <span class="reading-status unread">{words.unread}</span> }.into_any(),
    }
}
