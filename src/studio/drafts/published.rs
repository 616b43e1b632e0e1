//! "Modifier ou retirer un article publié": the posts this site publishes, read from the
//! sources it publishes of itself (`carnet-sources.json`). Each opens as a draft that keeps
//! the post's file ([`Draft::source`]): publishing it replaces the post; "Retirer" opens
//! the publish page ready to take it down.

use crate::data::fetch_text;
use crate::i18n::use_ui;
use crate::state::use_reader;
use crate::studio::store;
use carnet_content::routes::{self, Route};
use carnet_studio::draft::Draft;
use carnet_studio::publish::{PostSource, SOURCES_FILE};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;
use serde::Deserialize;

/// What this page reads of `carnet-sources.json` (written by carnet-site's `rebuild`).
#[derive(Deserialize)]
struct SiteSources {
    posts: Vec<PostSource>,
}

/// The published posts' sources, from the site's `carnet-sources.json`; `Err` with the
/// reason in words (`w`'s) when it cannot be had.
pub(crate) async fn published_sources(
    w: &'static crate::i18n::PublishUi,
) -> Result<Vec<PostSource>, String> {
    match fetch_text(SOURCES_FILE).await {
        Err(_) => Err(w.network_failed(SOURCES_FILE)),
        Ok(text) => serde_json::from_str::<SiteSources>(&text)
            .map(|sources| sources.posts)
            .map_err(|e| format!("{}\u{a0}: {e}", w.other_failure)),
    }
}

/// A published post, as listed.
#[derive(Clone)]
struct Listed {
    post: PostSource,
    title: String,
}

/// The list, fetched when first opened.
#[component]
pub fn PublishedPosts(error: RwSignal<Option<String>>) -> impl IntoView {
    let (_, words) = use_ui();
    let w = words.publish();
    let reader = use_reader();
    let navigate = use_navigate();
    let posts = RwSignal::new(None::<Result<Vec<Listed>, String>>);
    let load = move |_| {
        if posts.get_untracked().is_some() {
            return;
        }
        spawn_local(async move {
            let listed = published_sources(w).await.map(|posts| {
                posts
                    .into_iter()
                    .map(|post| {
                        let title = Draft::from_markdown(&post.head, String::new(), 0)
                            .map(|d| d.title)
                            .unwrap_or_else(|_| post.file.clone());
                        Listed { post, title }
                    })
                    .collect()
            });
            let _ = posts.try_set(Some(listed));
        });
    };
    // Opens the post as a draft (the one already editing it, if there is one).
    let open = move |post: PostSource, take_down: bool| {
        let navigate = navigate.clone();
        let editing = store::all(reader)
            .into_iter()
            .find(|d| d.deleted.is_none() && d.source.as_deref() == Some(&post.file));
        if let Some(draft) = editing {
            navigate(&draft_path(&draft.id, take_down), Default::default());
            return;
        }
        spawn_local(async move {
            let body = match fetch_text(&post.body).await {
                Ok(body) => body,
                Err(_) => {
                    error.set(Some(w.network_failed(&post.body)));
                    return;
                }
            };
            let draft = Draft::from_markdown(&format!("{}{body}", post.head), String::new(), 0)
                .map_err(|e| words.studio().import_md_failed(&e.to_string()))
                .and_then(|mut draft| {
                    draft.source = Some(post.file.clone());
                    store::add(draft)
                        .map_err(|problem| words.studio().not_created(&problem).to_owned())
                });
            match draft {
                Ok(draft) => navigate(&draft_path(&draft.id, take_down), Default::default()),
                Err(said) => error.set(Some(said)),
            }
        });
    };
    view! {
        <details class="published-posts" on:toggle=load>
            <summary>{w.published_posts}</summary>
            <p class="hint">{w.published_posts_help}</p>
            {move || match posts.get() {
                None => view! { <p role="status">{w.loading_posts}</p> }.into_any(),
                Some(Err(said)) => view! { <p class="refused" role="alert">{said}</p> }.into_any(),
                Some(Ok(list)) => view! {
                    <ul>
                        {list.into_iter().map(|Listed { post, title }| {
                            let open = open.clone();
                            let edit = {
                                let (open, post) = (open.clone(), post.clone());
                                move |_| open(post.clone(), false)
                            };
                            let take_down = move |_| open(post.clone(), true);
                            view! {
                                <li>
                                    <span class="title">{title}</span> " "
                                    <button type="button" on:click=edit>{w.edit}</button>
                                    <button type="button" class="danger" on:click=take_down>{w.take_down}</button>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any(),
            }}
        </details>
    }
}

/// A draft's editor, or its publishing page opened to take its post down.
fn draft_path(id: &str, take_down: bool) -> String {
    if take_down {
        routes::take_down_path(id)
    } else {
        Route::Draft(id).path()
    }
}
