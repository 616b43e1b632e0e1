//! `/drafts/<id>/publish`: "Publier". The site is built with the draft, in this browser,
//! by the same code as the command line ([`builder`]); the writer sees what will
//! be published, the post's page as built, its link preview, and where to send it.

mod builder;
mod folder;
mod github;
mod github_calls;

use crate::components::NotFound;
use crate::components::StudioStyle;
use crate::data::page_title;
use crate::files;
use crate::i18n::PublishUi;
use crate::i18n::use_ui;
use crate::site::href;
use crate::state::use_reader;
use crate::studio::drafts::display_title;
use crate::studio::link_previews::LinkPreviews;
use crate::studio::store;
use builder::{Built, Failure, Outcome, Request};
use carnet_content::routes::{self, Route};
use carnet_markdown::ids;
use carnet_markdown::render::images_without_alt;
use carnet_studio::draft::Draft;
use carnet_studio::publish::{LinkPreview, Report, SOURCES_FILE, without_scripts};
use carnet_studio::refusal::Refusal;
use carnet_text::Date;
use folder::Folder;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::{use_params_map, use_query_map};
use std::rc::Rc;
use std::sync::Arc;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;
use web_sys::js_sys::Uint8Array;

/// `/drafts/<id>/publish`.
#[component]
pub fn Publish() -> impl IntoView {
    let params = use_params_map();
    let reader = use_reader();
    move || {
        let id = params.read().get(routes::ID).unwrap_or_default();
        match store::load(&id, reader) {
            Some(draft) if draft.deleted.is_none() => view! { <PublishDraft draft/> }.into_any(),
            _ => view! { <NotFound/> }.into_any(),
        }
    }
}

#[component]
fn PublishDraft(draft: Draft) -> impl IntoView {
    let (_, words) = use_ui();
    let w = words.publish();
    let outcome = RwSignal::new_local(None::<Outcome>);
    let downloaded = RwSignal::new(false);
    // A draft that edits a published post may take it down instead (`?retirer`).
    let query = use_query_map();
    let removing = RwSignal::new(
        draft.source.is_some() && query.with_untracked(|q| q.get(routes::TAKE_DOWN).is_some()),
    );
    let today = files::today();
    let date: Date = today.parse().unwrap_or(Date::from_unix_seconds(0));
    let slug = draft.slug();
    let what = Arc::new(What {
        file: draft.file_name(),
        text: draft.to_markdown(date),
        id: draft.id.clone(),
        title: display_title(&draft, words.studio().untitled),
        path: href(&format!("/{}", Route::Post(&slug).page())),
        page: Route::Post(&slug).page(),
        images: store::images(&draft.id).len(),
        summary_given: !draft.summary.trim().is_empty(),
        edits_published: draft.source.is_some(),
    });
    let build = {
        let what = what.clone();
        move || {
            outcome.set(None);
            downloaded.set(false);
            let remove = removing.get_untracked();
            let request = Request {
                file: what.file.clone(),
                text: what.text.clone(),
                images: if remove {
                    Vec::new()
                } else {
                    store::images(&what.id)
                        .into_iter()
                        .map(|image| (format!("images/{}", image.name), image.file))
                        .collect()
                },
                page: Route::Post(&slug).file(),
                today: today.clone(),
                remove,
                whole: false,
            };
            spawn_local(async move { outcome.set(Some(builder::build(request, None).await)) });
        }
    };
    build();
    let retry = build.clone();
    let switch = Callback::new(move |()| {
        removing.update(|r| *r = !*r);
        build();
    });
    let editor = href(&Route::Draft(&what.id).path());
    let title = what.title.clone();

    view! {
        <Title text=page_title(Some(&format!("{} · {title}", w.publish)))/>
        <StudioStyle/>
        <section class="publish" aria-labelledby=ids::PUBLISH_TITLE>
            <h1 id=ids::PUBLISH_TITLE>{format!("{} · {title}", w.publish)}</h1>
            <p><A href=editor.clone()>{words.studio().back_to_editor}</A></p>
            {move || match outcome.get() {
                None => view! { <p class="publish-building" role="status">{w.building}</p> }.into_any(),
                Some(Outcome::Failed(failure)) => {
                    let retry = retry.clone();
                    view! {
                        <div class="publish-failed" role="alert">
                            <p>{failure_text(w, &failure)}</p>
                            <button type="button" on:click=move |_| retry()>{w.retry}</button>
                        </div>
                    }.into_any()
                }
                Some(Outcome::Refused(report)) => view! {
                    <Problems w report what=what.clone() editor=editor.clone() back=words.studio().back_to_editor/>
                }.into_any(),
                Some(Outcome::Built(built)) => view! {
                    <Ready w built=*built what=what.clone() removing=removing.get_untracked() switch downloaded/>
                }.into_any(),
            }}
        </section>
    }
}

/// The draft being published, as the page needs it.
struct What {
    /// Its file name in `posts/`.
    file: String,
    /// Its file, front matter included.
    text: String,
    /// The draft's id.
    id: String,
    /// Its title, as the studio shows it.
    title: String,
    /// Its page on this site.
    path: String,
    /// Its page, relative to the site's root (`posts/<slug>/`).
    page: String,
    /// How many images it shows, kept for this visit.
    images: usize,
    /// Whether it has a summary.
    summary_given: bool,
    /// Whether it edits a published post (it may take it down instead).
    edits_published: bool,
}

/// What the writer is told when the site's files could not be had.
fn failure_text(w: &PublishUi, failure: &Failure) -> String {
    match failure {
        Failure::Network(path) => w.network_failed(path),
        Failure::Status(path, status) => w.status_failed(path, *status),
        Failure::Other(message) => format!("{}\u{a0}: {message}", w.other_failure),
    }
}

/// The problems that stop the build: the draft's in the writer's words (the editor puts
/// the cursor in the field to fix), other posts' at their file and line.
#[component]
fn Problems(
    w: &'static PublishUi,
    report: Report,
    what: Arc<What>,
    editor: String,
    back: &'static str,
) -> impl IntoView {
    let (lang, _) = use_ui();
    view! {
        <div class="publish-problems" role="alert">
            <p>{w.problems_intro}</p>
            <ul>
                {report.problems.into_iter().map(|p| {
                    let draft_file = format!("posts/{}", what.file);
                    if let (Some(kind), true) = (p.kind.clone(), p.file == draft_file || p.file == what.file) {
                        let refusal = Refusal::at(kind, p.line, &what.text);
                        return view! { <li>{refusal.message(lang)}</li> }.into_any();
                    }
                    let place = match (p.file.is_empty(), p.line) {
                        (true, _) => String::new(),
                        (false, 0) => format!("{}\u{a0}: ", p.file),
                        (false, line) => format!("{}:{line}\u{a0}: ", p.file),
                    };
                    view! { <li><code>{place}</code>{p.message}</li> }.into_any()
                }).collect_view()}
            </ul>
            <p><A href=editor>{back}</A></p>
        </div>
    }
}

/// A site built with the post (or without it, when `removing`): the check list, the page,
/// its link preview, where to send it.
#[component]
fn Ready(
    w: &'static PublishUi,
    built: Built,
    what: Arc<What>,
    removing: bool,
    switch: Callback<()>,
    downloaded: RwSignal<bool>,
) -> impl IntoView {
    let (file, text, id, images) = (
        what.file.clone(),
        what.text.clone(),
        what.id.clone(),
        what.images,
    );
    // What the check list says of the draft's images: how each was shrunk, which lack
    // alt text.
    let shrunk: Vec<String> = store::images(&id)
        .into_iter()
        .filter_map(|image| image.shrunk)
        .collect();
    let without_alt = images_without_alt(&text);
    let preview = LinkPreview::of_page(&built.page);
    // The preview's image is the site's own: shown from where this page is served.
    let site = crate::data::site();
    let image = preview.image.as_ref().and_then(|src| {
        let rest = src.strip_prefix(&site.base_url)?;
        // A new cover's card is not on the site yet: shown from the built file.
        let built = store::show_built_images(rest.to_owned(), &built.files);
        Some(if built == rest {
            href(&format!("/{rest}"))
        } else {
            built
        })
    });
    let report = built.report.clone();
    let scheduled = report.scheduled.first().map(|(_, date)| date.clone());
    let sources_zip = built.sources_zip.clone();
    let site_name = format!("site-{}.zip", files::today());
    let sources_name = format!("posts-{}.zip", file.trim_end_matches(".md"));
    let download = move |name: &str, blob: &web_sys::Blob| {
        if files::download_blob(name, blob).is_ok() {
            downloaded.set(true);
        }
    };
    // What the last write into a folder did: whether it went through, and what to say.
    let written = RwSignal::new(None::<(bool, String)>);
    // The whole site is built when a destination sends it: every file the change touches,
    // the others fetched from the site, with a progress bar.
    let request = Rc::new(built.request.clone());
    let fetching = RwSignal::new(None::<(u32, u32)>);
    let progress: builder::Progress = Rc::new(move |done, total| fetching.set(Some((done, total))));
    let zipping = RwSignal::new(None::<String>);
    let download_site = {
        let (request, progress) = (request.clone(), progress.clone());
        move |_| {
            let (request, progress, name) = (request.clone(), progress.clone(), site_name.clone());
            zipping.set(Some(w.zipping.to_owned()));
            fetching.set(None);
            spawn_local(async move {
                let zipped = builder::site_zip(&request, progress).await;
                fetching.set(None);
                match zipped {
                    Ok(blob) => {
                        zipping.set(None);
                        download(&name, &blob);
                    }
                    Err(failure) => zipping.set(Some(failure_text(w, &failure))),
                }
            });
        }
    };
    let page = store::show_built_images(
        store::show_kept_images(&id, without_scripts(&built.page)),
        &built.files,
    );
    let to_github = github::Post {
        id: id.clone(),
        title: if removing {
            what.title.clone()
        } else {
            preview.title.clone()
        },
        file: file.clone(),
        text: text.clone(),
        path: what.path.clone(),
        url: if removing {
            format!("{}{}", site.base_url, what.page)
        } else {
            preview.url.clone()
        },
        remove: removing,
    };
    let configured = report.github.clone();
    let sources = Rc::new((file.clone(), text, id));
    let write_sources = move |_| {
        let sources = sources.clone();
        spawn_local(async move {
            if let Some(outcome) = write_sources_into_checkout(w, &sources).await {
                written.set(Some(outcome));
            }
        });
    };
    let write_site = move |_| {
        let (request, progress) = (request.clone(), progress.clone());
        fetching.set(None);
        spawn_local(async move {
            let outcome = write_site_into_folder(w, &request, progress).await;
            fetching.set(None);
            if let Some(outcome) = outcome {
                written.set(Some(outcome));
            }
        });
    };
    view! {
        // The timings are for the benchmark (tests/bench/publish.mjs).
        <section class="publish-checklist" aria-labelledby=ids::CHECKLIST_TITLE data-load-ms=built.load_ms.round() data-build-ms=built.build_ms.round()>
            <h2 id=ids::CHECKLIST_TITLE>{w.checklist}</h2>
            <ul>
                {if removing {
                    view! { <li class="warning">{w.will_remove(&what.title, &file)}</li> }.into_any()
                } else {
                    view! {
                        <li class="ok">{w.will_publish(&preview.title, &preview.url)}</li>
                        {report.replaced.iter().map(|f| view! { <li class="warning">{w.replaces(f)}</li> }).collect_view()}
                        {scheduled.map(|date| view! { <li class="warning">{w.scheduled(&date)}</li> })}
                        {(!what.summary_given).then(|| view! { <li class="warning">{w.no_summary}</li> })}
                        {(images > 0).then(|| view! { <li class="ok">{w.images(images)}</li> })}
                        {shrunk.into_iter().map(|said| view! { <li class="ok">{said}</li> }).collect_view()}
                        {without_alt.into_iter().map(|path| view! { <li class="warning">{w.image_without_alt(&path)}</li> }).collect_view()}
                    }.into_any()
                }}
                <li class="ok">{w.totals(report.posts, built.build_ms)}</li>
            </ul>
            {removing.then(|| view! { <p class="hint">{w.take_down_help}</p> })}
            {what.edits_published.then(|| view! {
                <button type="button" class=if removing { "" } else { "danger" } on:click=move |_| switch.run(())>
                    {if removing { w.publish_instead } else { w.take_down_instead }}
                </button>
            })}
        </section>
        {(!removing).then(|| view! {
        <section class="publish-page" aria-labelledby=ids::PAGE_TITLE>
            <h2 id=ids::PAGE_TITLE>{w.page_heading}</h2>
            // The page as built, without its scripts: what a reader sees before the app starts
            // (the draft's images, not on the site yet, shown from this visit's copies).
            <iframe title=w.page_heading sandbox="allow-same-origin" srcdoc=page></iframe>
        </section>
        <section class="publish-preview" aria-labelledby=ids::PREVIEW_TITLE>
            <h2 id=ids::PREVIEW_TITLE>{w.preview_heading}</h2>
            <LinkPreviews preview image/>
        </section>
        })}
        <section class="publish-destinations" aria-labelledby=ids::DESTINATIONS_TITLE>
            <h2 id=ids::DESTINATIONS_TITLE>{w.destinations}</h2>
            <github::ToGitHub post=to_github configured/>
            <div class="destination">
                <button type="button" on:click=download_site>{w.download_site}</button>
                <p>{w.download_site_help}</p>
            </div>
            // Taking a post down is the site without it: the sources (which add files) have
            // nothing to say of it.
            {(!removing).then(|| view! {
                <div class="destination">
                    <button type="button" on:click=move |_| download(&sources_name, &sources_zip)>{w.download_sources}</button>
                    <p>{w.download_sources_help}</p>
                </div>
            })}
            {move || zipping.get().map(|said| view! { <p class="publish-zipping" role="status">{said}</p> })}
            {move || fetching.get().map(|(done, total)| view! {
                <p class="publish-fetching">
                    <label>
                        {w.fetching(done, total)}
                        <progress max=total value=done></progress>
                    </label>
                </p>
            })}
            {move || downloaded.get().then(|| view! { <p class="publish-done" role="status">{w.downloaded}</p> })}
            {(folder::available() && !removing).then(|| view! {
                <div class="destination">
                    <button type="button" on:click=write_sources>{w.folder_sources}</button>
                    <p>{w.folder_sources_help}</p>
                </div>
            })}
            // The site written in place: a post taken down leaves it with its files.
            {folder::available().then(|| view! {
                <div class="destination">
                    <button type="button" on:click=write_site>{w.folder_site}</button>
                    <p>{w.folder_site_help}</p>
                </div>
            })}
            {move || written.get().map(|(ok, message)| view! {
                <p class=if ok { "publish-done folder-written" } else { "publish-failed folder-written" } role="status">{message}</p>
            })}
        </section>
    }
}

/// The folder the writer picks: `None` if they closed the dialog, what to say if the
/// browser refused.
async fn pick(w: &'static PublishUi) -> Option<Result<Folder, (bool, String)>> {
    match Folder::pick().await {
        Ok(folder) => folder.map(Ok),
        Err(e) => Some(Err((false, w.write_failed("", &folder::error_text(&e))))),
    }
}

/// Writes the post and its images into the repository's folder the writer picks; `None`
/// if they closed the dialog.
async fn write_sources_into_checkout(
    w: &'static PublishUi,
    (file, text, id): &(String, String, String),
) -> Option<(bool, String)> {
    let folder = match pick(w).await? {
        Ok(folder) => folder,
        Err(said) => return Some(said),
    };
    let name = folder.name();
    if !folder.has_folder("posts").await {
        return Some((false, w.not_a_checkout(&name)));
    }
    let mut written = Vec::new();
    let result = async {
        let path = format!("posts/{file}");
        folder
            .write(&path, &Uint8Array::from(text.as_bytes()))
            .await?;
        written.push(path);
        for image in store::images(id) {
            let bytes = Uint8Array::new(&JsFuture::from(image.file.array_buffer()).await?);
            let path = format!("posts/images/{}", image.name);
            folder.write(&path, &bytes).await?;
            written.push(path);
        }
        Ok::<(), JsValue>(())
    }
    .await;
    Some(match result {
        Ok(()) => (true, w.sources_written(&name, &written)),
        Err(e) => (false, w.write_failed(&name, &folder::error_text(&e))),
    })
}

/// Writes the site with the change into the folder the writer picks, in place: an empty
/// folder, or one that holds a Carnet site. The builder builds what the change touches;
/// the site's other files are fetched from the site (a folder that had the site has most
/// of them: each is written anyway, so that any folder gets the whole site, `progress`
/// told how it goes); the files the site no longer has are removed. `None` if they closed
/// the dialog.
async fn write_site_into_folder(
    w: &'static PublishUi,
    request: &builder::Request,
    progress: builder::Progress,
) -> Option<(bool, String)> {
    let folder = match pick(w).await? {
        Ok(folder) => folder,
        Err(said) => return Some(said),
    };
    let name = folder.name();
    let a_site = folder.has_file(SOURCES_FILE).await || folder.has_file("_headers").await;
    if !a_site && !folder.is_empty().await.unwrap_or(false) {
        return Some((false, w.not_a_site(&name)));
    }
    let whole = builder::Request {
        whole: true,
        ..request.clone()
    };
    let built = match builder::build(whole, Some(progress.clone())).await {
        Outcome::Built(built) => built,
        Outcome::Failed(failure) => return Some((false, failure_text(w, &failure))),
        Outcome::Refused(report) => {
            let said = report.problems.first().map(|p| p.message.clone());
            return Some((false, said.unwrap_or_default()));
        }
    };
    let failed = |e: JsValue| Some((false, w.write_failed(&name, &folder::error_text(&e))));
    for (path, bytes) in &built.files {
        if let Err(e) = folder.write(path, bytes).await {
            return failed(e);
        }
    }
    let total = built.kept.len() as u32;
    for (done, path) in built.kept.iter().enumerate() {
        let written = match builder::fetch_file(path).await {
            Ok(bytes) => folder.write(path, &bytes).await,
            Err(e) => Err(e),
        };
        if let Err(e) = written {
            return failed(e);
        }
        progress(done as u32 + 1, total);
    }
    for path in &built.gone {
        if let Err(e) = folder.remove(path).await {
            return failed(e);
        }
    }
    Some((
        true,
        w.site_written(&name, built.files.len() + built.kept.len()),
    ))
}
