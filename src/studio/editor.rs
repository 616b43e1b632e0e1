//! `/drafts/<id>`: a draft's editor. This file is its view and the state every handler
//! holds ([`Ed`]); each job has its own file: `autosave` (writes and the other tabs, by the
//! rules of [`carnet_studio::autosave`]), `toolbar` (formatting commands and shortcuts),
//! `history` (revisions), `preview` (rendered within a frame's budget) and `images`
//! (photos pasted or dropped into the text).

mod autosave;
mod details;
mod history;
mod images;
mod preview;
mod relecture;
mod toolbar;

use crate::components::NotFound;
use crate::components::StudioStyle;
use crate::data::page_title;
use crate::files;
use crate::i18n::Ui;
use crate::i18n::use_ui;
use crate::site::{href, local_date_time};
use crate::state::{Reader, use_reader};
use crate::studio::drafts::display_title;
use crate::studio::store;
use carnet_content::routes::{self, Route};
use carnet_markdown::ids;
use carnet_studio::autosave::{Autosave, Status};
use carnet_studio::draft::{Draft, draft_key};
use carnet_studio::refusal::Refusal;
use carnet_text::Date;
use carnet_text::reading::reading_time_label;
use carnet_text::typography;
use details::Details;
use history::History;
use leptos::ev;
use leptos::html::Textarea;
use leptos::prelude::*;
use leptos_meta::{Html, Title};
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;
use relecture::{Reading, Relecture};
use toolbar::Toolbar;

/// `/drafts/<id>`: the editor, or the 404 page for an unknown or deleted draft.
#[component]
pub fn DraftEditor() -> impl IntoView {
    let params = use_params_map();
    let reader = use_reader();
    move || {
        let id = params
            .read()
            .get(carnet_content::routes::ID)
            .unwrap_or_default();
        match store::load(&id, reader) {
            Some(draft) if draft.deleted.is_none() => view! { <Editor draft/> }.into_any(),
            _ => view! { <NotFound/> }.into_any(),
        }
    }
}

/// This tab's bookkeeping, outside the reactive graph.
struct Session {
    /// Where the text stands with storage and the other tabs (the rules: [`Autosave`]).
    autosave: Autosave,
    save_timer: Option<TimeoutHandle>,
    preview_timer: Option<TimeoutHandle>,
    proofread_timer: Option<TimeoutHandle>,
    /// The published posts' keyphrases were asked for.
    keyphrases_asked: bool,
    /// How long the last preview took to render, in ms.
    preview_cost: f64,
}

/// The editor's state: signals and the session, all `Copy` so every handler can hold it.
#[derive(Clone, Copy)]
struct Ed {
    reader: Reader,
    words: &'static Ui,
    current: RwSignal<Draft>,
    /// Notified when the fields' text is replaced from outside the fields (another tab,
    /// a revision, a conflict): the inputs then show the new text.
    replaced: Trigger,
    tags_text: RwSignal<String>,
    /// Where the text stands, as [`Session::autosave`] says (see `sync`).
    status: RwSignal<Status>,
    saved_at: RwSignal<u64>,
    /// A conflict with another tab's text is shown.
    conflicted: RwSignal<bool>,
    preview: RwSignal<String>,
    word_total: RwSignal<u32>,
    notice: RwSignal<Option<String>>,
    history: RwSignal<u32>,
    /// The post's details are unfolded.
    details_open: RwSignal<bool>,
    /// What the build would refuse, once the writer was told (at "Publier", or on opening
    /// an imported draft); cleared when an edit fixes it.
    refusal: RwSignal<Option<Refusal>>,
    /// What Relecture shows.
    reading: RwSignal<Reading>,
    /// The keyphrases of the site's published posts (but the one this draft edits).
    other_keyphrases: RwSignal<Vec<String>>,
    session: StoredValue<Session, LocalStorage>,
    textarea: NodeRef<Textarea>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tab {
    Write,
    Preview,
}

#[component]
fn Editor(draft: Draft) -> impl IntoView {
    let (lang, words) = use_ui();
    let ed = Ed {
        reader: use_reader(),
        words,
        tags_text: RwSignal::new(draft.tags.join(", ")),
        saved_at: RwSignal::new(draft.updated),
        session: StoredValue::new_local(Session {
            autosave: Autosave::new(&draft),
            save_timer: None,
            preview_timer: None,
            proofread_timer: None,
            keyphrases_asked: false,
            preview_cost: 0.0,
        }),
        current: RwSignal::new(draft),
        replaced: Trigger::new(),
        status: RwSignal::new(Status::Saved),
        conflicted: RwSignal::new(false),
        preview: RwSignal::new(String::new()),
        word_total: RwSignal::new(0),
        notice: RwSignal::new(None),
        history: RwSignal::new(0),
        details_open: RwSignal::new(false),
        refusal: RwSignal::new(None),
        reading: RwSignal::new(Reading::default()),
        other_keyphrases: RwSignal::new(Vec::new()),
        textarea: NodeRef::new(),
    };
    ed.render_preview();
    ed.proofread();
    let tab = RwSignal::new(Tab::Write);
    let id = ed.current.with_untracked(|d| d.id.clone());

    let listeners = [
        window_event_listener(ev::pagehide, move |_| ed.save_before_leaving()),
        // Hidden, the page may be frozen or closed without another event: written at once.
        window_event_listener(ev::visibilitychange, move |_| {
            if document().hidden() {
                ed.save_before_leaving();
            } else {
                ed.save_now();
            }
        }),
        window_event_listener(ev::storage, {
            let key = draft_key(&id);
            move |event| {
                if event.key().as_deref() == Some(key.as_str()) {
                    ed.on_other_tab();
                }
            }
        }),
    ];
    on_cleanup(move || {
        ed.save_before_leaving();
        ed.session.update_value(|s| {
            for timer in [s.preview_timer.take(), s.proofread_timer.take()]
                .into_iter()
                .flatten()
            {
                timer.clear();
            }
        });
        for listener in listeners {
            listener.remove();
        }
    });

    let field = move |get: fn(&Draft) -> String| ed.shown(get);
    // A new draft opens with the cursor in its title; an imported one is checked at once.
    let title_input = NodeRef::<leptos::html::Input>::new();
    let blank = ed
        .current
        .with_untracked(|d| d.title.is_empty() && d.body.is_empty());
    title_input.on_load(move |input| {
        if blank {
            let _ = input.focus();
        }
    });
    if !blank {
        ed.check_refusal();
    }
    let title_text = move || {
        ed.current
            .with(|d| display_title(d, words.studio().untitled))
    };
    let editor_path = href(&Route::Draft(&id).path());

    view! {
        <Html {..} lang=lang.tag()/>
        <Title text=move || page_title(Some(&title_text()))/>
        <StudioStyle/>
        <div class="studio">
            <div class="studio-bar">
                <A href=href(routes::DRAFTS_PATH) attr:class="back">{words.studio().back_to_drafts}</A>
                <p class="save-status" role="status" data-status=move || ed.status.with(Status::name)>
                    {move || match ed.status.get() {
                        Status::Saved => format!("{} · {}", words.studio().status_saved, local_date_time(ed.saved_at.get(), lang)),
                        Status::Pending => words.studio().status_unsaved.to_owned(),
                        Status::Failed(problem) => words.studio().not_saved(&problem).to_owned(),
                        Status::Conflict => words.studio().conflict.to_owned(),
                    }}
                </p>
                <p class="counts">
                    {move || {
                        let n = ed.word_total.get();
                        format!("{} · {}", words.studio().word_count(n), reading_time_label(n, lang))
                    }}
                </p>
                <div class="studio-actions">
                    <A href=format!("{editor_path}/preview")>{words.studio().view_as_post}</A>
                    <button type="button" on:click=move |_| ed.export()>{words.studio().export_md}</button>
                    <A href=format!("{editor_path}/publish") on:click=move |e| ed.publish_clicked(e) attr:class="publish-link">{words.publish().publish}</A>
                </div>
            </div>

            {move || ed.conflicted.get().then(|| view! {
                <div class="conflict" role="alert">
                    <p>{words.studio().conflict}</p>
                    <button type="button" on:click=move |_| ed.keep_mine()>{words.studio().keep_mine}</button>
                    <button type="button" on:click=move |_| ed.take_theirs()>{words.studio().take_theirs}</button>
                </div>
            })}
            <p class="studio-notice" role="status">{move || ed.notice.get()}</p>

            <label class="title-field">
                <span>{words.studio().field_title}</span>
                <input type="text" id=ids::DRAFT_TITLE node_ref=title_input prop:value=ed.shown(|d| d.title.clone())
                    on:input=move |e| ed.edit(|d| d.title = event_target_value(&e))
                    on:blur=move |_| ed.save_now()/>
            </label>
            <Details ed/>
            {move || ed.refusal.get().map(|refusal| {
                let field = refusal.field;
                view! {
                    <p class="refusal" role="alert">
                        {refusal.message(lang)}
                        " "
                        <button type="button" class="link-button" on:click=move |_| ed.focus(field)>
                            {words.desk().show_in_text}
                        </button>
                    </p>
                }
            })}

            <div class="studio-tabs" role="tablist">
                <button type="button" role="tab" aria-selected=move || (tab.get() == Tab::Write).to_string() on:click=move |_| tab.set(Tab::Write)>{words.studio().write_tab}</button>
                <button type="button" role="tab" aria-selected=move || (tab.get() == Tab::Preview).to_string() on:click=move |_| tab.set(Tab::Preview)>{words.studio().preview_tab}</button>
            </div>
            <div class="studio-panes" class:show-preview=move || tab.get() == Tab::Preview>
                <section class="pane write">
                    <Toolbar ed/>
                    <label class="visually-hidden" for=ids::DRAFT_BODY>{words.studio().field_body}</label>
                    <textarea
                        id=ids::DRAFT_BODY
                        class="draft-body"
                        spellcheck="true"
                        lang=move || ed.current.with(|d| d.lang.tag())
                        node_ref=ed.textarea
                        prop:value=field(|d| d.body.clone())
                        on:input=move |e| ed.edit(|d| d.body = event_target_value(&e))
                        on:blur=move |_| ed.save_now()
                        on:keydown=move |e| ed.shortcut(e)
                        on:paste=move |e: ev::ClipboardEvent| {
                            if let Some(files) = e.clipboard_data().and_then(|d| d.files())
                                && ed.take_images(&files)
                            {
                                e.prevent_default();
                            }
                        }
                        on:drop=move |e: ev::DragEvent| {
                            if let Some(files) = e.data_transfer().and_then(|d| d.files())
                                && files.length() > 0
                            {
                                e.prevent_default();
                                ed.take_images(&files);
                            }
                        }
                    ></textarea>
                </section>
                <section class="pane preview" aria-label=words.studio().preview_tab>
                    <article class="post" lang=move || ed.current.with(|d| d.lang.tag())>
                        <h1>{move || ed.current.with(|d| typography::apply(&d.title, d.lang))}</h1>
                        <div class="post-body" inner_html=move || ed.preview.get()></div>
                    </article>
                </section>
                <Relecture ed/>
            </div>
            <History ed/>
        </div>
    }
}

impl Ed {
    pub(super) fn id(self) -> String {
        self.current.with_untracked(|d| d.id.clone())
    }

    /// A change made in the fields: noted, saved shortly, previewed.
    pub(super) fn edit(self, change: impl FnOnce(&mut Draft)) {
        self.current.update(change);
        if self.refusal.with_untracked(Option::is_some) {
            self.check_refusal();
        }
        self.session.update_value(|s| s.autosave.edited());
        self.sync();
        self.schedule_save();
        self.schedule_preview();
        self.schedule_proofreading();
    }

    /// Checks the draft as the build will, and shows what it would refuse.
    fn check_refusal(self) {
        let Ok(today) = files::today().parse::<Date>() else {
            return;
        };
        let refusal = self.current.with_untracked(|d| Refusal::of_draft(d, today));
        if refusal != self.refusal.get_untracked() {
            self.refusal.set(refusal);
        }
    }

    /// "Publier": a draft the build would refuse stays here, the writer told why and the
    /// cursor put in the field to fix; any other is saved before the publishing page.
    fn publish_clicked(self, event: web_sys::MouseEvent) {
        self.check_refusal();
        if let Some(refusal) = self.refusal.get_untracked() {
            event.prevent_default();
            self.focus(refusal.field);
            return;
        }
        self.save_before_leaving();
    }

    /// Selects `range` (bytes) of the text, scrolled into view, the cursor in it.
    pub(super) fn select_in_body(self, range: std::ops::Range<usize>) {
        let Some(area) = self.textarea.get_untracked() else {
            return;
        };
        let text = area.value();
        let (start, end) = (range.start.min(text.len()), range.end.min(text.len()));
        let _ = area.focus();
        let _ = area.set_selection_range(
            carnet_studio::edit::utf16_offset(&text, start) as u32,
            carnet_studio::edit::utf16_offset(&text, end) as u32,
        );
        // Scroll the selection into view: blur and focus again makes browsers do it.
        let _ = area.blur();
        let _ = area.focus();
    }

    /// Downloads the draft as a post file, and the images kept for it.
    fn export(self) {
        self.save_now();
        let draft = self.current.get_untracked();
        let Ok(today) = files::today().parse::<Date>() else {
            return;
        };
        // The build would refuse the file: say so now rather than at publication.
        if let Some(refusal) = Refusal::of_draft(&draft, today) {
            let field = refusal.field;
            self.refusal.set(Some(refusal));
            self.focus(field);
            return;
        }
        let file = draft.to_markdown(today);
        if let Err(e) = files::download(&draft.file_name(), "text/markdown", &file) {
            leptos::logging::warn!("export failed: {e:?}");
        }
        for image in store::images(&draft.id) {
            if let Err(e) = files::download_blob(&image.name, &image.file) {
                leptos::logging::warn!("image export failed: {e:?}");
            }
        }
    }
}
