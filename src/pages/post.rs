use crate::app::use_ui;
use crate::components::{Byline, Tags};
use crate::pages::NotFound;
use crate::posts::{IMAGE_SIZES, POSTS, body};
use crate::site::href;
use carnet_core::content::find_with_neighbours;
use carnet_core::i18n::{page_title, ui};
use carnet_core::render::image_size;
use carnet_core::{PostMeta, RenderOptions, render};
use leptos::prelude::*;
use leptos_meta::{Html, Meta, Title};
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

/// `/posts/<slug>`: one post, or the 404 page for an unknown slug.
#[component]
pub fn PostPage() -> impl IntoView {
    let params = use_params_map();
    move || {
        let slug = params.read().get("slug").unwrap_or_default();
        match find_with_neighbours(POSTS, &slug) {
            Some((post, newer, older)) => view! { <Post post newer older/> }.into_any(),
            None => view! { <NotFound/> }.into_any(),
        }
    }
}

#[component]
fn Post(
    post: &'static PostMeta,
    newer: Option<&'static PostMeta>,
    older: Option<&'static PostMeta>,
) -> impl IntoView {
    view! {
        <Html {..} lang=post.lang.tag()/>
        <Title text=page_title(Some(post.title))/>
        <Meta name="description" content=post.summary/>
        <article class="post" lang=post.lang.tag()>
            <header class="post-header">
                <h1>{post.title}</h1>
                <Byline post with_author=true/>
                <Tags post/>
            </header>
            {post.cover.map(|cover| {
                let size = image_size(IMAGE_SIZES, cover.src);
                view! {
                    <figure class="cover">
                        <img src=cover.src alt=cover.alt width=size.map(|s| s.width) height=size.map(|s| s.height)/>
                    </figure>
                }
            })}
            {post.photo_credit.map(|credit| view! { <p class="photo-credit">{credit}</p> })}
            <PostBody post/>
        </article>
        <PostNav newer older/>
    }
}

/// The post's text: fetched, rendered, and kept in memory for the next visit.
#[component]
fn PostBody(post: &'static PostMeta) -> impl IntoView {
    let words = ui(post.lang);
    let (attempt, set_attempt) = signal(0u32);
    let html = LocalResource::new(move || {
        attempt.track();
        async move {
            let markdown = body(post).await?;
            let page_path = href(&format!("/posts/{}", post.slug));
            Ok::<_, crate::posts::BodyError>(render(
                &markdown,
                &RenderOptions {
                    lang: post.lang,
                    page_path: &page_path,
                    image_sizes: IMAGE_SIZES,
                },
            ))
        }
    });
    move || match html.get() {
        None => view! { <p class="loading" role="status">{words.loading}</p> }.into_any(),
        Some(Ok(html)) => {
            scroll_to_hash_after_render();
            view! { <div class="post-body" inner_html=html></div> }.into_any()
        }
        Some(Err(error)) => {
            leptos::logging::warn!("cannot load {}: {error}", post.body_path);
            view! {
                <div class="load-error" role="alert">
                    <p>{words.load_failed}</p>
                    <button type="button" on:click=move |_| set_attempt.update(|n| *n += 1)>{words.retry}</button>
                </div>
            }
            .into_any()
        }
    }
}

/// Once the body is in the page, scrolls to the element the URL's `#fragment` names, which
/// did not exist yet when the router tried.
fn scroll_to_hash_after_render() {
    request_animation_frame(|| {
        let hash = window().location().hash().unwrap_or_default();
        let id = hash.trim_start_matches('#');
        if id.is_empty() {
            return;
        }
        let id = decode_fragment(id);
        if let Some(el) = document().get_element_by_id(&id) {
            el.scroll_into_view();
        }
    });
}

/// Percent-decodes an URL fragment (ids may contain non-ASCII letters).
fn decode_fragment(s: &str) -> String {
    web_sys::js_sys::decode_uri_component(s)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_else(|| s.to_owned())
}

/// Links to the newer and the older post, in the reader's language.
#[component]
fn PostNav(newer: Option<&'static PostMeta>, older: Option<&'static PostMeta>) -> impl IntoView {
    let (_, words) = use_ui();
    let link = |post: &'static PostMeta, label: &'static str, class: &'static str| {
        view! {
            <A href=href(&format!("/posts/{}", post.slug)) attr:class=class attr:rel=if class == "older" { "prev" } else { "next" }>
                <span class="label">{label}</span>
                <span class="title" lang=post.lang.tag()>{post.title}</span>
            </A>
        }
    };
    (newer.is_some() || older.is_some()).then(|| {
        view! {
            <nav class="post-nav" aria-label=words.more_posts>
                {older.map(|p| link(p, words.older_post, "older"))}
                {newer.map(|p| link(p, words.newer_post, "newer"))}
            </nav>
        }
    })
}
