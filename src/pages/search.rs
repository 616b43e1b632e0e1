use crate::components::{Byline, Tags};
use crate::data::{self, body, page_title};
use crate::i18n::use_ui;
use crate::search::{IndexState, use_search};
use crate::site::href;
use carnet_content::data::{
    ARCHIVE_FILE, ArchiveEntry, PostRecord, TAGS_FILE, TagEntry, post_file,
};
use carnet_content::routes::Route;
use carnet_content::search::{Matcher, Part, closest, snippet};
use carnet_markdown::render::plain_text;
use leptos::prelude::*;
use leptos_meta::{Html, Title};
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

/// Results shown at first, and added by each "More results".
const STEP: usize = 10;
/// Words in a result's snippet.
const SNIPPET_WORDS: usize = 30;

/// `/search?q=…`: the posts matching what the reader types in the header's search box,
/// best first, updated at each keystroke.
#[component]
pub fn SearchPage() -> impl IntoView {
    let (lang, words) = use_ui();
    let search = use_search();
    search.load();
    let query = use_query_map();
    let typed = Memo::new(move |_| query.read().get("q").unwrap_or_default());
    let matcher = Memo::new(move |_| Matcher::new(&typed.get()));
    let results = Memo::new(move |_| match search.state() {
        IndexState::Ready(index) => Some(index.search(&typed.get())),
        _ => None,
    });
    let shown = RwSignal::new(STEP);
    Effect::new(move |_| {
        typed.track();
        shown.set(STEP);
    });
    let title = move || {
        let q = typed.get();
        let q = q.trim();
        page_title(Some(&if q.is_empty() {
            words.search.to_owned()
        } else {
            format!("{} · {q}", words.search)
        }))
    };
    let body = move || {
        if typed.read().trim().is_empty() {
            return view! { <p class="search-prompt">{words.search_prompt}</p> }.into_any();
        }
        match (search.state(), results.get()) {
            (IndexState::Failed(_), _) => view! {
                <div class="load-error" role="alert">
                    <p>{words.search_failed}</p>
                    <button type="button" on:click=move |_| search.load()>{words.try_again}</button>
                </div>
            }
            .into_any(),
            (_, None) => {
                view! { <p class="loading" role="status">{words.search_loading}</p> }.into_any()
            }
            (_, Some(found)) if found.is_empty() => view! {
                <p class="no-results" role="status">{words.no_results(typed.get().trim())}</p>
                <Suggestion query=typed.get()/>
            }
            .into_any(),
            (_, Some(found)) => {
                let total = found.len();
                let more = move || total > shown.get();
                let visible = move || found.iter().take(shown.get()).cloned().collect::<Vec<_>>();
                view! {
                    <p class="result-count" role="status">{words.result_count(total)}</p>
                    <ol class="search-results">
                        <For each=visible key=|slug| slug.clone() let:slug>
                            <li><SearchResult slug matcher/></li>
                        </For>
                    </ol>
                    <Show when=more>
                        <button type="button" class="more-results" on:click=move |_| shown.update(|n| *n += STEP)>
                            {words.more_results}
                        </button>
                    </Show>
                }
                .into_any()
            }
        }
    };
    view! {
        <Html {..} lang=lang.tag()/>
        <Title text=title/>
        <h1 class="page-title">{words.search}</h1>
        <div class="search-outcome">{body}</div>
    }
}

/// One result, once its record is there: the title and a passage of the post, the matched
/// words highlighted. The passage comes from the summary until the post's text has
/// downloaded.
#[component]
fn SearchResult(slug: String, matcher: Memo<Matcher>) -> impl IntoView {
    let record = Memo::new(move |_| data::get::<PostRecord>(&post_file(&slug)));
    move || {
        let Ok(record) = record.get() else {
            return None;
        };
        let post = std::sync::Arc::new(record.post.clone());
        let text = {
            let post = post.clone();
            LocalResource::new(move || {
                let post = post.clone();
                async move { body(&post).await.map(|markdown| plain_text(&markdown)).ok() }
            })
        };
        let title = {
            let post = post.clone();
            move || {
                marked(&snippet(
                    &post.title,
                    post.lang,
                    &matcher.read(),
                    usize::MAX,
                ))
            }
        };
        let passage = {
            let post = post.clone();
            move || {
                let text = text.get().flatten();
                let source = text.as_deref().unwrap_or(&post.summary);
                marked(&snippet(source, post.lang, &matcher.read(), SNIPPET_WORDS))
            }
        };
        Some(view! {
            <article class="search-result" lang=post.lang.tag()>
                <h2><A href=href(&post.path())>{title}</A></h2>
                <Byline lang=post.lang date=post.date words=post.words/>
                <p class="snippet">{passage}</p>
                <Tags lang=post.lang tags=post.tags.clone() linked=true/>
            </article>
        })
    }
}

/// A snippet's parts, the matched words in `<mark>`.
fn marked(parts: &[Part]) -> impl IntoView + use<> {
    parts
        .iter()
        .map(|part| {
            if part.hit {
                view! { <mark>{part.text.clone()}</mark> }.into_any()
            } else {
                part.text.clone().into_any()
            }
        })
        .collect_view()
}

/// When nothing matched: a link to the tag or the post whose name is closest to `query`
/// (from the list of tags and the archive, fetched then).
#[component]
fn Suggestion(query: String) -> impl IntoView {
    let (_, words) = use_ui();
    let lists = Memo::new(move |_| {
        match (
            data::get::<Vec<TagEntry>>(TAGS_FILE),
            data::get::<Vec<ArchiveEntry>>(ARCHIVE_FILE),
        ) {
            (Ok(tags), Ok(posts)) => Some((tags, posts)),
            _ => None,
        }
    });
    move || {
        let (tags, posts) = lists.get()?;
        let names: Vec<&str> = tags
            .iter()
            .map(|t| t.name.as_str())
            .chain(posts.iter().map(|p| p.title.as_str()))
            .collect();
        let (to, name) = closest(&query, &names).map(|i| match tags.get(i) {
            Some(tag) => (href(&Route::Tag(&tag.slug, 1).path()), tag.name.clone()),
            None => {
                let post = &posts[i - tags.len()];
                (href(&Route::Post(&post.slug).path()), post.title.clone())
            }
        })?;
        Some(view! {
            <p class="suggestion">{words.try_instead} " " <A href=to>{name}</A></p>
        })
    }
}
