use crate::app::use_ui;
use crate::components::PagedPostList;
use crate::pages::NotFound;
use crate::posts::POSTS;
use crate::site::href;
use carnet_core::i18n::page_title;
use carnet_core::tags::{all_tags, find_tag};
use leptos::prelude::*;
use leptos_meta::{Html, Title};
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

/// `/tags`: every tag, alphabetical, with its number of posts.
#[component]
pub fn TagIndex() -> impl IntoView {
    let (lang, words) = use_ui();
    view! {
        <Html {..} lang=lang.tag()/>
        <Title text=page_title(Some(words.all_tags))/>
        <h1 class="page-title">{words.all_tags}</h1>
        <ul class="tag-index">
            {all_tags(POSTS)
                .into_iter()
                .map(|tag| view! {
                    <li>
                        <A href=href(&format!("/tags/{}", tag.slug))>{tag.name}</A>
                        " " <span class="count">{words.post_count(tag.posts.len())}</span>
                    </li>
                })
                .collect_view()}
        </ul>
    }
}

/// `/tags/<slug>`: the posts with that tag, newest first, a page at a time (`?page=2`); the
/// 404 page for an unknown tag.
#[component]
pub fn TagPage() -> impl IntoView {
    let params = use_params_map();
    let (lang, words) = use_ui();
    move || {
        let slug = params.read().get("slug").unwrap_or_default();
        let Some(tag) = find_tag(POSTS, &slug) else {
            return view! { <NotFound/> }.into_any();
        };
        let heading = words.tag_heading(tag.name);
        view! {
            <Html {..} lang=lang.tag()/>
            <Title text=page_title(Some(&heading))/>
            <h1 class="page-title">{heading}</h1>
            <p class="tag-count">
                {words.post_count(tag.posts.len())} " · "
                <A href=href("/tags")>{words.all_tags}</A>
            </p>
            <PagedPostList
                posts=tag.posts
                empty=words.no_posts
                link=move |n: usize| match n {
                    1 => href(&format!("/tags/{slug}")),
                    n => href(&format!("/tags/{slug}?page={n}")),
                }
            />
        }
        .into_any()
    }
}
