use crate::components::NotFound;
use crate::components::{LoadFailed, Loading, PageHead, PagedPostList};
use crate::data::{self, Load, Pending};
use crate::i18n::use_ui;
use crate::site::href;
use carnet_content::data::{PER_PAGE, TAGS_FILE, TagEntry, TagPage as TagData, tag_file};
use carnet_content::paging::Page;
use carnet_content::routes::{self, Route};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_params_map, use_query_map};
use std::sync::Arc;

/// `/tags`: every tag, alphabetical, with its number of posts.
#[component]
pub fn TagIndex() -> impl IntoView {
    let (lang, words) = use_ui();
    let tags = Memo::new(move |_| data::get::<Vec<TagEntry>>(TAGS_FILE));
    let list = move || {
        match tags.get() {
        Ok(tags) => view! {
            <ul class="tag-index">
                {tags
                    .iter()
                    .map(|tag| {
                        let (link, name) = (href(&Route::Tag(&tag.slug, 1).path()), tag.name.clone());
                        view! {
                            <li>
                                <A href=link>{name}</A>
                                " " <span class="count">{words.post_count(tag.count)}</span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
        .into_any(),
        Err(Pending::Loading) => view! { <Loading/> }.into_any(),
        Err(Pending::Failed(_)) => {
            view! { <LoadFailed paths=vec![TAGS_FILE.to_owned()]/> }.into_any()
        }
    }
    };
    view! {
        <PageHead name=words.all_tags.to_owned() path=Route::Tags.page() lang/>
        <h1 class="page-title">{words.all_tags}</h1>
        {list}
    }
}

/// `/tags/<slug>`: the posts with that tag, newest first, a page at a time (`?page=2`,
/// from `data/tags/<slug>/<n>.json`); the 404 page for an unknown tag.
#[component]
pub fn TagPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let (lang, words) = use_ui();
    let slug = Memo::new(move |_| params.read().get(routes::SLUG).unwrap_or_default());
    // The first page says how many there are; then the page asked for.
    let shown = Memo::new(move |_| -> Load<(Arc<TagData>, Page)> {
        let slug = slug.get();
        let first = data::get::<TagData>(&tag_file(&slug, 1))?;
        let page = Page::of(
            first.count,
            query.read().get(routes::PAGE).as_deref(),
            PER_PAGE,
        );
        let tag = match page.number {
            1 => first,
            n => data::get::<TagData>(&tag_file(&slug, n))?,
        };
        Ok((tag, page))
    });
    move || {
        let slug = slug.get();
        let (tag, page) = match shown.get() {
            Ok(shown) => shown,
            Err(Pending::Loading) => return view! { <Loading/> }.into_any(),
            Err(Pending::Failed(e)) if e.is_missing() => return view! { <NotFound/> }.into_any(),
            Err(Pending::Failed(_)) => {
                return view! { <LoadFailed paths=vec![tag_file(&slug, 1)]/> }.into_any();
            }
        };
        let heading = words.tag_heading(&tag.name);
        let description = format!("{heading} — {}", words.post_count(tag.count));
        view! {
            <PageHead name=heading.clone() description path=Route::Tag(&slug, 1).page() lang/>
            <h1 class="page-title">{heading}</h1>
            <p class="tag-count">
                {words.post_count(tag.count)} " · "
                <A href=href(routes::TAGS_PATH)>{words.all_tags}</A>
            </p>
            <PagedPostList
                posts=tag.posts.iter().cloned().map(Arc::new).collect()
                page
                empty=words.no_posts
                link=move |n: usize| href(&Route::Tag(&slug, n).path())
            />
        }
        .into_any()
    }
}
