use crate::components::NotFound;
use crate::components::{
    Article, BookmarkToggle, Byline, LoadFailed, Loading, PageHead, ReadToggle, Share, Tags,
    is_offline, when_back_online,
};
use crate::data::{self, FetchError, Pending, body, prerendered_html};
use crate::i18n::ui;
use crate::i18n::use_ui;
use crate::parts::MissingPart;
use crate::site::href;
use crate::state::use_reader;
use crate::tracker::{self, Tracking};
use carnet_content::PostMeta;
use carnet_content::data::{PostLink, PostRecord, post_file};
use carnet_content::routes::Route;
use carnet_markdown::render::{IMAGE_SIZES, image_size};
use carnet_markdown::{ImageSize, RenderOptions, render};
use carnet_store::position::percent;
use carnet_store::seen::text_hash;
use carnet_text::Lang;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;
use std::sync::Arc;

/// `/posts/<slug>`: one post, from its record (`data/posts/<slug>.json`), or the 404 page
/// for an unknown slug.
#[component]
pub fn PostPage() -> impl IntoView {
    let params = use_params_map();
    let slug = Memo::new(move |_| {
        params
            .read()
            .get(carnet_content::routes::SLUG)
            .unwrap_or_default()
    });
    let record = Memo::new(move |_| data::get::<PostRecord>(&post_file(&slug.get())));
    move || match record.get() {
        Ok(record) => view! { <Post record/> }.into_any(),
        Err(Pending::Loading) => view! { <Loading/> }.into_any(),
        Err(Pending::Failed(e)) if e.is_missing() => view! { <NotFound/> }.into_any(),
        Err(Pending::Failed(_)) => {
            view! { <LoadFailed paths=vec![post_file(&slug.get_untracked())]/> }.into_any()
        }
    }
}

#[component]
fn Post(record: Arc<PostRecord>) -> impl IntoView {
    let tracking = Tracking::new();
    // Whether the text changed since the reader read it (its blocks are marked then).
    let changed = RwSignal::new(false);
    let (ui_lang, _) = use_ui();
    let post = Arc::new(record.post.clone());
    let images: Arc<[ImageSize]> = record.images.clone().into();
    let cover = post
        .cover
        .as_ref()
        .and_then(|cover| image_size(&images, &cover.src).cloned());
    let article = Article {
        post: post.clone(),
        cover: cover.clone(),
        card: record.card.clone(),
    };
    view! {
        <PageHead
            name=post.title.clone()
            description=post.summary.clone()
            path=post.route().page()
            lang=post.lang
            article
        />
        <ReadingProgress tracking/>
        <article class="post" lang=post.lang.tag() data-slug=post.slug.clone()>
            <header class="post-header">
                <h1>{post.title.clone()}</h1>
                <Byline lang=post.lang date=post.date words=post.words author=post.author.clone()/>
                <Tags lang=post.lang tags=post.tags.clone() linked=true/>
                <div class="post-actions" lang=ui_lang.tag()>
                    <BookmarkToggle post=post.clone()/>
                    <ReadToggle post=post.clone()/>
                    <OfflineMark post=post.clone()/>
                </div>
            </header>
            {post.cover.clone().map(|linked| {
                // The page's largest picture (its LCP): fetched first, never lazily.
                let src = cover.as_ref().and_then(|c| c.src().map(str::to_owned)).unwrap_or(linked.src);
                let srcset = cover.as_ref().and_then(ImageSize::srcset);
                let sizes = srcset.as_ref().map(|_| IMAGE_SIZES);
                let (width, height) = (cover.as_ref().map(|c| c.width), cover.as_ref().map(|c| c.height));
                view! {
                    <figure class="cover">
                        <img src=src srcset=srcset sizes=sizes alt=linked.alt width=width height=height fetchpriority="high"/>
                    </figure>
                }
            })}
            {post.photo_credit.clone().map(|credit| view! { <p class="photo-credit">{credit}</p> })}
            {move || changed.get().then(|| view! {
                <p class="notice updated-notice" role="status" lang=ui_lang.tag()>{ui(ui_lang).marks().updated_notice}</p>
            })}
            <PostBody post=post.clone() images=images.clone() tracking changed/>
        </article>
        <Share post=post.clone()/>
        <ResumeNotice tracking/>
        <PostNav newer=record.newer.clone() older=record.older.clone()/>
    }
}

/// "Available offline", when this browser keeps the post's record and text (the service
/// worker, `offline/sw.js`): asked once the page is in the browser, so a prerendered page
/// never says it.
#[component]
fn OfflineMark(post: Arc<PostMeta>) -> impl IntoView {
    let (_, words) = use_ui();
    let kept = RwSignal::new(false);
    Effect::new(move |_| {
        let paths = [post_file(&post.slug), post.body_path.clone()];
        leptos::task::spawn_local(async move { kept.set(crate::offline::kept(&paths).await) });
    });
    move || {
        kept.get()
            .then(|| view! { <span class="offline-kept">{words.offline().available}</span> })
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
fn PostBody(
    post: Arc<PostMeta>,
    images: Arc<[ImageSize]>,
    tracking: Tracking,
    changed: RwSignal<bool>,
) -> impl IntoView {
    let words = ui(post.lang);
    let reader = use_reader();
    if let Some(html) = prerendered_html(&post) {
        // Adopting the prerendered page: its text is already rendered.
        let body = NodeRef::new();
        follow(&post, body, reader, tracking, changed);
        return view! { <div class="post-body" node_ref=body inner_html=html></div> }.into_any();
    }
    let (attempt, set_attempt) = signal(0u32);
    let html = {
        let post = post.clone();
        LocalResource::new(move || {
            attempt.track();
            let (post, images) = (post.clone(), images.clone());
            async move {
                let markdown = body(&post).await?;
                let page_path = href(&post.path());
                render_post(&markdown, post.lang, &page_path, &images)
                    .await
                    .map_err(|missing| FetchError::Network(missing.to_string()))
            }
        })
    };
    (move || match html.get() {
        None => view! { <p class="loading" role="status">{words.loading}</p> }.into_any(),
        Some(Ok(html)) => {
            let body = NodeRef::new();
            follow(&post, body, reader, tracking, changed);
            view! { <div class="post-body" node_ref=body inner_html=html></div> }.into_any()
        }
        Some(Err(error)) => {
            leptos::logging::warn!("cannot load {}: {error}", post.body_path);
            let on_the_way = matches!(error, FetchError::Network(_));
            when_back_online(move || set_attempt.update(|n| *n += 1), on_the_way);
            let said = if is_offline() {
                words.offline().not_kept
            } else {
                words.load_failed
            };
            view! {
                <div class="load-error" role="alert">
                    <p>{said}</p>
                    <button type="button" on:click=move |_| set_attempt.update(|n| *n += 1)>{words.retry}</button>
                </div>
            }
            .into_any()
        }
    })
    .into_any()
}

/// Follows the reader through the post's text once the page is live (an effect: after
/// the app has adopted a prerendered page, never while prerendering).
fn follow(
    post: &PostMeta,
    body: NodeRef<leptos::html::Div>,
    reader: crate::state::Reader,
    tracking: Tracking,
    changed: RwSignal<bool>,
) {
    let slug = post.slug.clone();
    let hash = text_hash(&post.body_path).to_owned();
    let seen = crate::seen::use_seen(reader);
    {
        let slug = slug.clone();
        Effect::new(move |_| untrack(|| tracker::start(&slug, body, reader, tracking)));
    }
    Effect::new(move |_| {
        untrack(|| crate::seen::change(reader, |seen| seen.touch(crate::state::now())));
    });
    let label = ui(crate::i18n::use_ui().0).marks().changed_block;
    // Once: the blocks the reader has not read, if she read another text of this post.
    {
        let (slug, hash, seen) = (slug.clone(), hash.clone(), seen.clone());
        Effect::new(move |done: Option<bool>| {
            if done == Some(true) {
                return true;
            }
            let Some(body) = body.get() else {
                return false;
            };
            let (elements, fingerprints) = tracker::blocks(&body);
            let Some(blocks) = seen.with(|s| s.changed_blocks(&slug, &hash, &fingerprints)) else {
                return false;
            };
            if blocks.is_empty() {
                // Another text, the same words (a link's address, an image): nothing to show;
                // this text is the one she read.
                crate::seen::change(reader, |s| {
                    s.read(&slug, &hash, fingerprints, crate::state::now())
                });
                return true;
            }
            for i in blocks {
                let _ = elements[i].set_attribute("data-changed", "");
                let _ = elements[i].set_attribute("title", label);
            }
            changed.set(true);
            true
        });
    }
    // The text she has read: once she reads it to the end or marks it read, or when a post
    // she read before this was kept has none yet.
    // Remembers whether it was read, and whether this view recorded it already.
    Effect::new(move |previous: Option<(bool, bool)>| {
        let read = reader.is_read(&slug);
        let finished = tracking.progress.get() >= 1.0;
        let toggled = read && matches!(previous, Some((false, _)));
        let done = read && previous.is_some_and(|(_, done)| done);
        let Some(body) = body.get() else {
            return (read, done);
        };
        let first = seen.with_untracked(|s| !s.texts.contains_key(&slug));
        if !read || done || !(toggled || finished || first) {
            return (read, done);
        }
        let (_, fingerprints) = tracker::blocks(&body);
        crate::seen::change(reader, |seen| {
            let first = !seen.texts.contains_key(&slug);
            (toggled || finished || first)
                && seen.read(&slug, &hash, fingerprints, crate::state::now())
        });
        (read, true)
    });
}

part! {
    /// A post's Markdown as HTML, with the sizes of its `images`. The renderer is fetched the
    /// first time a post is rendered here: a prerendered page needs none (see
    /// bundle/src/split.rs); if it cannot be, the page says so and tries again when asked.
    post_renderer:
    fn render_post(
        markdown: &str,
        lang: Lang,
        page_path: &str,
        images: &[ImageSize],
    ) -> Result<String, MissingPart> {
        Ok(render(
            markdown,
            &RenderOptions {
                lang,
                page_path,
                image_sizes: images,
            },
        ))
    }
}

/// Links to the newer and the older post, in the reader's language.
#[component]
fn PostNav(newer: Option<PostLink>, older: Option<PostLink>) -> impl IntoView {
    let (_, words) = use_ui();
    let link = |post: PostLink, label: &'static str, class: &'static str| {
        view! {
            <A href=href(&Route::Post(&post.slug).path()) attr:class=class attr:rel=if class == "older" { "prev" } else { "next" }>
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
