pub(super) mod published;

use crate::components::StudioStyle;
use crate::data::page_title;
use crate::files;
use crate::i18n::use_ui;
use crate::site::{href, local_date_time};
use crate::state::use_reader;
use crate::storage;
use crate::studio::store::{self, DraftsChanged};
use carnet_content::routes::Route;
use carnet_store::usage;
use carnet_studio::draft::Draft;
use carnet_text::reading::word_count;
use leptos::prelude::*;
use leptos_meta::{Html, Title};
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{DragEvent, File, HtmlInputElement};

/// `/drafts`: every draft, newest edit first; new, import, duplicate, delete with undo,
/// the recently deleted ones, and how much room Carnet takes.
#[component]
pub fn Drafts() -> impl IntoView {
    let (lang, words) = use_ui();
    let reader = use_reader();
    let changed = expect_context::<DraftsChanged>().0;
    let drafts = Memo::new(move |_| {
        changed.track();
        store::all(reader)
    });
    let error = RwSignal::new(None::<String>);
    let undo = RwSignal::new(None::<Draft>);
    let navigate = use_navigate();
    // The router's navigate adds the site's base path itself (unlike links: see site::href).
    let open = move |draft: &Draft| navigate(&Route::Draft(&draft.id).path(), Default::default());

    let new_draft = {
        let open = open.clone();
        move |_| match store::create(lang, reader) {
            Ok(draft) => open(&draft),
            Err(problem) => error.set(Some(words.studio().not_created(&problem).to_owned())),
        }
    };

    let import = {
        let open = open.clone();
        move |file: File| {
            let open = open.clone();
            let name = file.name().to_lowercase();
            let markdown = [".md", ".markdown", ".txt"]
                .iter()
                .any(|ext| name.ends_with(ext))
                || file.type_().starts_with("text/");
            if !markdown {
                error.set(Some(words.studio().import_md_failed(&file.name())));
                return;
            }
            leptos::task::spawn_local(async move {
                let text = match files::read_text(&file).await {
                    Ok(text) => text,
                    Err(_) => {
                        error.set(Some(words.studio().import_unreadable_file.to_owned()));
                        return;
                    }
                };
                match Draft::from_markdown(&text, String::new(), 0) {
                    Err(e) => error.set(Some(words.studio().import_md_failed(&e.to_string()))),
                    Ok(draft) => match store::add(draft) {
                        Ok(draft) => open(&draft),
                        Err(problem) => {
                            error.set(Some(words.studio().not_created(&problem).to_owned()))
                        }
                    },
                }
            });
        }
    };
    let import_picked = {
        let import = import.clone();
        move |ev: leptos::ev::Event| {
            let input: Option<HtmlInputElement> = ev.target().and_then(|t| t.dyn_into().ok());
            if let Some(file) = input
                .as_ref()
                .and_then(|i| i.files())
                .and_then(|f| f.get(0))
            {
                import(file);
            }
            if let Some(input) = input {
                input.set_value("");
            }
        }
    };
    let import_dropped = move |ev: DragEvent| {
        ev.prevent_default();
        if let Some(file) = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        {
            import(file);
        }
    };

    let persistence = RwSignal::new(None::<bool>);
    leptos::task::spawn_local(async move { persistence.set(Some(ask_persistence().await)) });

    let live = move || {
        drafts
            .get()
            .into_iter()
            .filter(|d| d.deleted.is_none())
            .collect::<Vec<_>>()
    };
    let deleted = move || {
        drafts
            .get()
            .into_iter()
            .filter(|d| d.deleted.is_some())
            .collect::<Vec<_>>()
    };

    view! {
        <Html {..} lang=lang.tag()/>
        <Title text=page_title(Some(words.drafts))/>
        <StudioStyle/>
        <div class="drafts-page" on:dragover=|ev: DragEvent| ev.prevent_default() on:drop=import_dropped>
            <h1 class="page-title">{words.drafts}</h1>
            <div class="drafts-actions">
                <button type="button" class="primary" on:click=new_draft>{words.studio().new_draft}</button>
                <label class="file-picker">
                    {words.studio().import_md}
                    <input type="file" class="visually-hidden" accept=".md,.markdown,text/markdown,text/plain" on:change=import_picked/>
                </label>
                <span class="hint">{words.studio().import_md_help}</span>
            </div>
            <published::PublishedPosts error/>
            <p class="outcome" role="alert">
                {move || error.get().map(|text| view! { <span class="refused">{text}</span> })}
            </p>
            <p class="undo-bar" role="status">
                {move || undo.get().map(|draft| view! {
                    {words.studio().draft_deleted} " "
                    <button type="button" on:click=move |_| {
                        if let Err(problem) = store::set_deleted(&draft.id, false, reader) {
                            error.set(Some(words.studio().not_saved(&problem).to_owned()));
                        }
                        undo.set(None);
                    }>{words.studio().undo}</button>
                })}
            </p>
            {move || {
                let list = live();
                if list.is_empty() {
                    view! { <p class="empty">{words.studio().no_drafts}</p> }.into_any()
                } else {
                    view! {
                        <ol class="draft-list">
                            {list.into_iter().map(|draft| view! { <DraftItem draft error undo/> }).collect_view()}
                        </ol>
                    }
                    .into_any()
                }
            }}
            {move || {
                let gone = deleted();
                (!gone.is_empty()).then(|| view! {
                    <section class="recently-deleted">
                        <h2>{words.studio().recently_deleted}</h2>
                        <ul>
                            {gone.into_iter().map(|draft| {
                                let id = draft.id.clone();
                                let id2 = draft.id.clone();
                                view! {
                                    <li>
                                        <span class="title">{display_title(&draft, words.studio().untitled)}</span>
                                        <button type="button" on:click=move |_| {
                                            if let Err(problem) = store::set_deleted(&id, false, reader) {
                                                error.set(Some(words.studio().not_saved(&problem).to_owned()));
                                            }
                                        }>{words.studio().restore}</button>
                                        <button type="button" class="danger" on:click=move |_| store::purge(&id2)>{words.studio().delete_forever}</button>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    </section>
                })
            }}
            <p class="storage-info">
                {move || {
                    changed.track();
                    let entries = storage::entries();
                    words.studio().storage_used(usage(entries.iter().map(|(k, v)| (k.as_str(), v.as_str()))).bytes)
                }}
                " "
                {move || match persistence.get() {
                    Some(true) => words.studio().persist_granted,
                    Some(false) => words.studio().persist_denied,
                    None => "",
                }}
            </p>
        </div>
    }
}

/// One draft in the list: title, last edit, length, and what can be done with it.
#[component]
fn DraftItem(
    draft: Draft,
    error: RwSignal<Option<String>>,
    undo: RwSignal<Option<Draft>>,
) -> impl IntoView {
    let (lang, words) = use_ui();
    let reader = use_reader();
    let path = href(&Route::Draft(&draft.id).path());
    let post_lang = draft.lang.tag();
    let title = display_title(&draft, words.studio().untitled);
    let edited = local_date_time(draft.updated, lang);
    let length = words.studio().word_count(word_count(&draft.body));
    let scheduled = files::today()
        .parse()
        .ok()
        .and_then(|today| draft.scheduled_for(today));
    let published = draft
        .published
        .as_ref()
        .map(|p| (local_date_time(p.at, lang), p.url.clone()));
    let duplicate = {
        let draft = draft.clone();
        move |_| {
            let mut copy = draft.clone();
            copy.title = format!(
                "{}{}",
                display_title(&draft, words.studio().untitled),
                words.studio().copy_suffix
            );
            if let Err(problem) = store::add(copy) {
                error.set(Some(words.studio().not_created(&problem).to_owned()));
            }
        }
    };
    let delete = {
        let draft = draft.clone();
        move |_| match store::set_deleted(&draft.id, true, reader) {
            Ok(()) => undo.set(Some(draft.clone())),
            Err(problem) => error.set(Some(words.studio().not_saved(&problem).to_owned())),
        }
    };
    view! {
        <li class="draft-item" lang=post_lang>
            <h2><A href=path>{title}</A></h2>
            <p class="draft-meta" lang=lang.tag()>
                {words.studio().edited} " " <time>{edited}</time> " · " {length}
                {scheduled.map(|day| view! { <br/><span class="scheduled">{words.studio().scheduled(day)}</span> })}
                {published.map(|(when, url)| view! {
                    <br/><span class="published">{words.publish().published_on(&when)} " " <a href=url>{url.clone()}</a></span>
                })}
            </p>
            <div class="draft-actions" lang=lang.tag()>
                <button type="button" on:click=duplicate>{words.studio().duplicate}</button>
                <button type="button" class="danger" on:click=delete>{words.studio().delete}</button>
            </div>
        </li>
    }
}

/// The draft's title, or "Untitled".
pub fn display_title(draft: &Draft, untitled: &'static str) -> String {
    if draft.title.trim().is_empty() {
        untitled.to_owned()
    } else {
        draft.title.clone()
    }
}

/// Asks the browser to keep Carnet's storage even when space runs short; whether it will.
async fn ask_persistence() -> bool {
    let navigator = window().navigator();
    // Only secure contexts (https, localhost) have it.
    let has_storage = web_sys::js_sys::Reflect::get(&navigator, &"storage".into())
        .is_ok_and(|s| !s.is_undefined());
    if !has_storage {
        return false;
    }
    let storage = navigator.storage();
    let granted = |promise: Result<web_sys::js_sys::Promise, _>| async move {
        match promise {
            Ok(p) => JsFuture::from(p)
                .await
                .ok()
                .and_then(|v| v.as_bool())
                .unwrap_or(false),
            Err(_) => false,
        }
    };
    granted(storage.persisted()).await || granted(storage.persist()).await
}
