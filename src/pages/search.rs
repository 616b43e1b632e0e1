use crate::app::use_ui;
use crate::components::{Byline, Tags};
use crate::posts::{POSTS, body};
use crate::search::{IndexState, use_search};
use crate::site::href;
use carnet_core::PostMeta;
use carnet_core::i18n::page_title;
use carnet_core::render::plain_text;
use carnet_core::search::{Matcher, Part, closest, snippet};
use carnet_core::tags::all_tags;
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
                let visible = move || found.iter().copied().take(shown.get()).collect::<Vec<_>>();
                view! {
                    <p class="result-count" role="status">{words.result_count(total)}</p>
                    <ol class="search-results">
                        <For each=visible key=|post| post.slug let:post>
                            <li><SearchResult post matcher/></li>
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

/// One result: the title and a passage of the post, the matched words highlighted. The
/// passage comes from the summary until the post's text has downloaded.
#[component]
fn SearchResult(post: &'static PostMeta, matcher: Memo<Matcher>) -> impl IntoView {
    let text = LocalResource::new(move || async move {
        body(post).await.map(|markdown| plain_text(&markdown)).ok()
    });
    let title = move || marked(&snippet(post.title, post.lang, &matcher.read(), usize::MAX));
    let passage = move || {
        let text = text.get().flatten();
        let source = text.as_deref().unwrap_or(post.summary);
        marked(&snippet(source, post.lang, &matcher.read(), SNIPPET_WORDS))
    };
    view! {
        <article class="search-result" lang=post.lang.tag()>
            <h2><A href=href(&format!("/posts/{}", post.slug))>{title}</A></h2>
            <Byline lang=post.lang date=post.date words=post.words/>
            <p class="snippet">{passage}</p>
            <Tags lang=post.lang tags={post.tags.iter().map(|t| t.to_string()).collect::<Vec<_>>()} linked=true/>
        </article>
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

/// When nothing matched: a link to the tag or the post whose name is closest to `query`.
#[component]
fn Suggestion(query: String) -> impl IntoView {
    let (_, words) = use_ui();
    let tags = all_tags(POSTS);
    let names: Vec<&str> = tags
        .iter()
        .map(|t| t.name)
        .chain(POSTS.iter().map(|p| p.title))
        .collect();
    let link = closest(&query, &names).map(|i| match tags.get(i) {
        Some(tag) => (href(&format!("/tags/{}", tag.slug)), tag.name),
        None => {
            let post = &POSTS[i - tags.len()];
            (href(&format!("/posts/{}", post.slug)), post.title)
        }
    });
    link.map(|(to, name)| {
        view! {
            <p class="suggestion">{words.try_instead} " " <A href=to>{name}</A></p>
        }
    })
}
