use super::{BookmarkToggle, Byline, ReadingStatus, Tags};
use crate::i18n::use_ui;
use crate::site::href;
use crate::state::use_reader;
use carnet_content::PostMeta;
use carnet_store::seen::text_hash;
use leptos::prelude::*;
use leptos_router::components::A;
use std::sync::Arc;

/// One post in a list: title, date, reading time, summary and tags, in the post's language;
/// then where the reader stands with it and the "Read later" toggle.
#[component]
pub fn PostSummary(post: Arc<PostMeta>) -> impl IntoView {
    let reader = use_reader();
    let (lang, _) = use_ui();
    let slug = post.slug.clone();
    let (link, title) = (href(&post.path()), post.title.clone());
    view! {
        <article class="post-summary" class:unread=move || !reader.is_read(&slug) lang=post.lang.tag()>
            <h2>
                <A href=link>{title}</A>
            </h2>
            <Byline lang=post.lang date=post.date words=post.words/>
            <p class="summary">{post.summary.clone()}</p>
            <Tags lang=post.lang tags=post.tags.clone() linked=true/>
            <div class="summary-actions" lang=lang.tag()>
                <SeenMarks post=post.clone()/>
                <ReadingStatus post=post.clone()/>
                <BookmarkToggle post=post.clone() named=true/>
            </div>
        </article>
    }
}

/// "Nouveau" on a post published since the reader's last visit, "Mis à jour depuis votre
/// lecture" on a post she read whose text changed since ([`carnet_store::seen`]); nothing
/// while prerendering.
#[component]
fn SeenMarks(post: Arc<PostMeta>) -> impl IntoView {
    let (_, words) = use_ui();
    let seen = crate::seen::use_seen(use_reader());
    move || {
        let marks = words.marks();
        seen.with(|seen| {
            let hash = text_hash(&post.body_path);
            let new = seen
                .is_new(&post.slug, post.date)
                .then(|| view! { <span class="mark new">{marks.new}</span> });
            let updated = seen
                .changed_since_read(&post.slug, hash)
                .then(|| view! { <span class="mark updated">{marks.updated}</span> });
            (new, updated)
        })
    }
}

/// A list of posts as [`PostSummary`]s, or `empty` when there is none.
#[component]
pub fn PostList(posts: Vec<Arc<PostMeta>>, empty: &'static str) -> impl IntoView {
    if posts.is_empty() {
        view! { <p class="empty">{empty}</p> }.into_any()
    } else {
        view! {
            <ol class="post-list">
                {posts.into_iter().map(|post| view! { <li><PostSummary post/></li> }).collect_view()}
            </ol>
        }
        .into_any()
    }
}
