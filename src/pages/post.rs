use crate::app::use_ui;
use crate::components::{BookmarkToggle, Byline, ReadToggle, Share, Tags};
use crate::pages::NotFound;
use crate::posts::{IMAGE_SIZES, POSTS, body, prerendered_html};
use crate::site::href;
use crate::state::use_reader;
use crate::tracker::{self, Tracking};
use carnet_core::content::find_with_neighbours;
use carnet_core::i18n::{page_title, ui};
use carnet_core::position::percent;
use carnet_core::render::image_size;
use carnet_core::{Lang, PostMeta, RenderOptions, render};
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
    let tracking = Tracking::new();
    let (ui_lang, _) = use_ui();
    view! {
        <Html {..} lang=post.lang.tag()/>
        <Title text=page_title(Some(post.title))/>
        <Meta name="description" content=post.summary/>
        <ReadingProgress tracking/>
        <article class="post" lang=post.lang.tag()>
            <header class="post-header">
                <h1>{post.title}</h1>
                <Byline lang=post.lang date=post.date words=post.words author={post.author.to_owned()}/>
                <Tags lang=post.lang tags={post.tags.iter().map(|t| t.to_string()).collect::<Vec<_>>()} linked=true/>
                <div class="post-actions" lang=ui_lang.tag()>
                    <BookmarkToggle post/>
                    <ReadToggle post/>
                </div>
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
            <PostBody post tracking/>
        </article>
        <Share post/>
        <ResumeNotice tracking/>
        <PostNav newer older/>
    }
}

/// The thin bar at the top of the window that fills as the reader goes down the text.
#[component]
fn ReadingProgress(tracking: Tracking) -> impl IntoView {
    let (_, words) = use_ui();
    let shown = move || percent(tracking.progress.get());
    view! {
        <div
            class="reading-progress"
            role="progressbar"
            aria-label=words.reading_progress
            aria-valuemin="0"
            aria-valuemax="100"
            aria-valuenow=shown
        >
            <div class="bar" style:width=move || format!("{}%", shown())></div>
        </div>
    }
}

/// "Resumed where you left off", with a way back to the top, once the page was scrolled
/// to where the reader stopped.
#[component]
fn ResumeNotice(tracking: Tracking) -> impl IntoView {
    let (_, words) = use_ui();
    let back_to_top = move |_| {
        window().scroll_to_with_x_and_y(0.0, 0.0);
        tracking.resumed.set(false);
    };
    view! {
        <div class="resume-notice" role="status">
            <Show when=move || tracking.resumed.get()>
                <p>{words.resumed}</p>
                <button type="button" on:click=back_to_top>{words.back_to_top}</button>
                <button type="button" class="dismiss" aria-label=words.dismiss title=words.dismiss on:click=move |_| tracking.resumed.set(false)>
                    "×"
                </button>
            </Show>
        </div>
    }
}

/// The post's text: fetched, rendered, and kept in memory for the next visit; once it is
/// shown, the reader's progress through it is followed.
#[component]
fn PostBody(post: &'static PostMeta, tracking: Tracking) -> impl IntoView {
    let words = ui(post.lang);
    let reader = use_reader();
    if let Some(html) = prerendered_html(post) {
        // Taking over the prerendered page: its text is already rendered.
        let body = NodeRef::new();
        tracker::start(post.slug, body, reader, tracking);
        return view! { <div class="post-body" node_ref=body inner_html=html></div> }.into_any();
    }
    let (attempt, set_attempt) = signal(0u32);
    let html = LocalResource::new(move || {
        attempt.track();
        async move {
            let markdown = body(post).await?;
            let page_path = href(&format!("/posts/{}", post.slug));
            Ok::<_, crate::posts::FetchError>(render_post(&markdown, post.lang, &page_path).await)
        }
    });
    (move || match html.get() {
        None => view! { <p class="loading" role="status">{words.loading}</p> }.into_any(),
        Some(Ok(html)) => {
            let body = NodeRef::new();
            tracker::start(post.slug, body, reader, tracking);
            view! { <div class="post-body" node_ref=body inner_html=html></div> }.into_any()
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
    })
    .into_any()
}

/// A post's Markdown as HTML. The renderer is fetched the first time a post is rendered
/// here: a prerendered page needs none (see site/src/bundle.rs).
#[lazy]
fn render_post(markdown: &str, lang: Lang, page_path: &str) -> String {
    render(
        markdown,
        &RenderOptions {
            lang,
            page_path,
            image_sizes: IMAGE_SIZES,
        },
    )
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
