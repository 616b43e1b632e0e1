use super::{Byline, Tags};
use crate::site::href;
use carnet_core::PostMeta;
use leptos::prelude::*;
use leptos_router::components::A;

/// One post in a list: title, date, reading time, summary and tags, in the post's language.
#[component]
pub fn PostSummary(post: &'static PostMeta) -> impl IntoView {
    view! {
        <article class="post-summary" lang=post.lang.tag()>
            <h2>
                <A href=href(&format!("/posts/{}", post.slug))>{post.title}</A>
            </h2>
            <Byline post/>
            <p class="summary">{post.summary}</p>
            <Tags post/>
        </article>
    }
}
