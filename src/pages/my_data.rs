use crate::components::StudioStyle;
use crate::data::page_title;
use crate::files;
use crate::i18n::use_ui;
use crate::state::use_reader;
use crate::studio::store::{self, DraftsChanged};
use carnet_studio::export::Export;
use leptos::prelude::*;
use leptos_meta::{Html, Title};
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;

/// The outcome of the last action on the page, said to the reader.
#[derive(Clone, Debug, PartialEq)]
enum Outcome {
    Done(String),
    Refused(String),
}

/// `/my-data`: what Carnet keeps in this browser, and the reader's control over it:
/// export, import, clear the reading history, delete everything.
#[component]
pub fn MyData() -> impl IntoView {
    let (lang, words) = use_ui();
    let reader = use_reader();
    let outcome = RwSignal::new(None::<Outcome>);
    // A file read and checked, waiting for the reader's go: the file, what it will change.
    let pending = RwSignal::new(None::<(Export, String)>);
    let changed = expect_context::<DraftsChanged>().0;
    let summary = Memo::new(move |_| {
        changed.track();
        reader.summary()
    });
    let draft_count = Memo::new(move |_| {
        changed.track();
        store::all(reader)
            .iter()
            .filter(|d| d.deleted.is_none())
            .count()
    });

    let export = move |_| {
        let mut export = reader.export();
        export.drafts = store::all(reader);
        export.seen = crate::seen::current(reader);
        let text = export.to_json();
        let name = format!("carnet-{}.json", files::today());
        if let Err(e) = files::download(&name, "application/json", &text) {
            leptos::logging::warn!("export failed: {e:?}");
        }
    };

    let import = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        // The same file can be picked again after a fix.
        input.set_value("");
        leptos::task::spawn_local(async move {
            outcome.set(None);
            pending.set(None);
            match files::read_text(&file).await {
                Err(_) => outcome.set(Some(Outcome::Refused(
                    words.studio().import_unreadable_file.to_owned(),
                ))),
                Ok(text) => match Export::parse(&text) {
                    Err(error) => {
                        outcome.set(Some(Outcome::Refused(words.studio().import_error(&error))))
                    }
                    // Nothing is written before the reader has seen what will change.
                    Ok(export) => {
                        let plan = store::plan_import(export.drafts.clone(), reader);
                        let said = words.studio().import_preview(
                            export.reading.posts.len(),
                            export.bookmarks.posts.len(),
                            &plan,
                        );
                        pending.set(Some((export, said)));
                    }
                },
            }
        });
    };

    let confirm = move |_| {
        let Some((mut export, _)) = pending.get_untracked() else {
            return;
        };
        pending.set(None);
        let said = words
            .studio()
            .imported(export.reading.posts.len(), export.bookmarks.posts.len());
        // Planned again: another tab may have changed a draft since the preview.
        let plan = store::plan_import(std::mem::take(&mut export.drafts), reader);
        let seen = std::mem::take(&mut export.seen);
        crate::seen::change(reader, |ours| {
            let before = ours.clone();
            ours.merge(seen);
            *ours != before
        });
        reader.import(export);
        outcome.set(Some(match store::import(&plan, reader) {
            Ok(()) => Outcome::Done(said),
            Err(problem) => Outcome::Refused(words.problem(&problem).to_owned()),
        }));
    };
    let cancel = move |_| {
        pending.set(None);
        outcome.set(Some(Outcome::Done(
            words.studio().import_cancelled.to_owned(),
        )));
    };

    let count = |label: &'static str, value: Signal<String>| {
        view! {
            <dt>{label}</dt>
            <dd>{value}</dd>
        }
    };

    // What the service worker keeps for reading offline (offline/page.js), once asked.
    let kept = RwSignal::new(None::<(usize, usize)>);
    Effect::new(move |_| {
        leptos::task::spawn_local(async move { kept.set(crate::offline::usage().await) });
    });

    view! {
        <Html {..} lang=lang.tag()/>
        <Title text=page_title(Some(words.my_data))/>
        <StudioStyle/>
        <h1 class="page-title">{words.my_data}</h1>
        <p>{words.studio().my_data_intro}</p>
        <dl class="data-summary">
            {count(words.studio().data_read, Signal::derive(move || summary.get().read.to_string()))}
            {count(words.studio().data_started, Signal::derive(move || summary.get().started.to_string()))}
            {count(words.studio().data_bookmarks, Signal::derive(move || summary.get().bookmarks.to_string()))}
            {count(words.drafts, Signal::derive(move || draft_count.get().to_string()))}
            {count(words.studio().data_set_aside, Signal::derive(move || summary.get().set_aside.to_string()))}
            {count(words.studio().data_size, Signal::derive(move || words.studio().bytes(summary.get().bytes)))}
        </dl>
        {move || kept.get().map(|(bytes, posts)| view! {
            <p class="offline-kept">{words.offline().kept(bytes, posts)}</p>
        })}

        <p class="outcome" role="status">
            {move || match outcome.get() {
                Some(Outcome::Done(text)) => view! { <span class="done">{text}</span> }.into_any(),
                Some(Outcome::Refused(text)) => view! { <span class="refused">{text}</span> }.into_any(),
                None => ().into_any(),
            }}
        </p>

        <section class="data-action">
            <h2>{words.studio().export_data}</h2>
            <p>{words.studio().export_help}</p>
            <button type="button" on:click=export>{words.studio().export_data}</button>
        </section>

        <section class="data-action">
            <h2>{words.studio().import_data}</h2>
            <p>{words.studio().import_help}</p>
            <label class="file-picker">
                {words.studio().import_data}
                <input type="file" class="visually-hidden" accept=".json,application/json" on:change=import/>
            </label>
            {move || pending.with(|p| p.as_ref().map(|(_, said)| said.clone())).map(|said| view! {
                <div class="import-preview" role="alert">
                    <p>{said}</p>
                    <button type="button" on:click=confirm>{words.studio().import_confirm}</button>
                    <button type="button" on:click=cancel>{words.studio().cancel}</button>
                </div>
            })}
        </section>

        <section class="data-action">
            <h2>{words.studio().delete_data}</h2>
            <ConfirmedAction
                label=words.studio().clear_history
                help=words.studio().clear_history_help
                on_confirm=move || {
                    reader.clear_history();
                    outcome.set(Some(Outcome::Done(words.studio().history_cleared.to_owned())));
                }
            />
            <ConfirmedAction
                label=words.studio().clear_all
                help=words.studio().clear_all_help
                on_confirm=move || {
                    reader.clear_all();
                    store::forget_all();
                    outcome.set(Some(Outcome::Done(words.studio().all_cleared.to_owned())));
                }
            />
        </section>
    }
}

/// A button for something that cannot be undone: a first press asks, a second confirms.
#[component]
fn ConfirmedAction(
    label: &'static str,
    help: &'static str,
    on_confirm: impl Fn() + Send + Sync + Copy + 'static,
) -> impl IntoView {
    let (_, words) = use_ui();
    let asking = RwSignal::new(false);
    view! {
        <div class="confirmed-action">
            <p>{help}</p>
            <Show
                when=move || asking.get()
                fallback=move || view! {
                    <button type="button" class="danger" on:click=move |_| asking.set(true)>{label}</button>
                }
            >
                <p role="alert">{words.studio().confirm_delete}</p>
                <button
                    type="button"
                    class="danger"
                    on:click=move |_| {
                        asking.set(false);
                        on_confirm();
                    }
                >
                    {words.studio().confirm}
                </button>
                <button type="button" on:click=move |_| asking.set(false)>{words.studio().cancel}</button>
            </Show>
        </div>
    }
}
