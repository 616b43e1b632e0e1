use crate::app::use_ui;
use crate::components::StudioStyle;
use crate::data::page_title;
use crate::files;
use crate::i18n::Ui;
use crate::pages::NotFound;
use crate::pages::drafts::display_title;
use crate::photos;
use crate::site::{href, local_date_time};
use crate::state::{Reader, use_reader};
use crate::studio::{self, Saved};
use carnet_content::routes::{self, Route};
use carnet_markdown::ids;
use carnet_markdown::{RenderOptions, render};
use carnet_store::StorageProblem;
use carnet_studio::draft::{Draft, Reason, draft_key};
use carnet_studio::edit::{Format, apply, byte_offset, utf16_offset};
use carnet_text::Date;
use carnet_text::reading::{reading_time_label, word_count};
use carnet_text::slug::slugify;
use carnet_text::typography;
use leptos::ev;
use leptos::html::Textarea;
use leptos::prelude::*;
use leptos_meta::{Html, Title};
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;
use std::time::Duration;
use wasm_bindgen::JsCast;
use web_sys::{File, HtmlDocument, HtmlTextAreaElement};

/// Changes wait this long for the next keystroke before they are written.
const SAVE_AFTER: Duration = Duration::from_millis(400);
/// A preview that took longer than this to render waits for a pause in the typing.
const FRAME_BUDGET_MS: f64 = 10.0;

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
        match studio::load(&id, reader) {
            Some(draft) if draft.deleted.is_none() => view! { <Editor draft/> }.into_any(),
            _ => view! { <NotFound/> }.into_any(),
        }
    }
}

/// Where the text stands with storage.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Status {
    /// Written, at the time in `Ed::saved_at`.
    Saved,
    /// Changes wait to be written.
    Pending,
    /// The browser refused the write, for this reason.
    Failed(StorageProblem),
    /// Another tab saved the draft meanwhile.
    Conflict,
}

impl Status {
    /// Its name in the page (`data-status`), for styles and tests.
    fn name(&self) -> &'static str {
        match self {
            Status::Saved => "saved",
            Status::Pending => "pending",
            Status::Failed(_) => "failed",
            Status::Conflict => "conflict",
        }
    }
}

/// This tab's bookkeeping, outside the reactive graph.
struct Session {
    /// The stored revision this tab's text is based on.
    base: u64,
    /// The text changed since it was last written.
    dirty: bool,
    save_timer: Option<TimeoutHandle>,
    preview_timer: Option<TimeoutHandle>,
    /// How long the last preview took to render, in ms.
    preview_cost: f64,
    /// A save waits for its answer.
    saving: bool,
    /// Another save was asked for meanwhile.
    again: bool,
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
    status: RwSignal<Status>,
    saved_at: RwSignal<u64>,
    conflict: RwSignal<Option<Draft>>,
    preview: RwSignal<String>,
    word_total: RwSignal<u32>,
    notice: RwSignal<Option<String>>,
    history: RwSignal<u32>,
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
            base: draft.revision,
            dirty: false,
            save_timer: None,
            preview_timer: None,
            preview_cost: 0.0,
            saving: false,
            again: false,
        }),
        current: RwSignal::new(draft),
        replaced: Trigger::new(),
        status: RwSignal::new(Status::Saved),
        conflict: RwSignal::new(None),
        preview: RwSignal::new(String::new()),
        word_total: RwSignal::new(0),
        notice: RwSignal::new(None),
        history: RwSignal::new(0),
        textarea: NodeRef::new(),
    };
    ed.render_preview();
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
            if let Some(timer) = s.preview_timer.take() {
                timer.clear();
            }
        });
        for listener in listeners {
            listener.remove();
        }
    });

    let field = move |get: fn(&Draft) -> String| {
        move || {
            ed.replaced.track();
            ed.current.with_untracked(get)
        }
    };
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
                    <A href=format!("{editor_path}/publish") on:click=move |_| ed.save_before_leaving() attr:class="publish-link">{words.publish().publish}</A>
                </div>
            </div>

            {move || ed.conflict.get().map(|_| view! {
                <div class="conflict" role="alert">
                    <p>{words.studio().conflict}</p>
                    <button type="button" on:click=move |_| ed.keep_mine()>{words.studio().keep_mine}</button>
                    <button type="button" on:click=move |_| ed.take_theirs()>{words.studio().take_theirs}</button>
                </div>
            })}
            <p class="studio-notice" role="status">{move || ed.notice.get()}</p>

            <div class="draft-fields">
                <label class="title-field">
                    <span>{words.studio().field_title}</span>
                    <input type="text" prop:value=field(|d| d.title.clone())
                        on:input=move |e| ed.edit(|d| d.title = event_target_value(&e))
                        on:blur=move |_| ed.save_now()/>
                </label>
                <label>
                    <span>{words.studio().field_author}</span>
                    <input type="text" prop:value=field(|d| d.author.clone())
                        on:input=move |e| ed.edit(|d| d.author = event_target_value(&e))
                        on:blur=move |_| ed.save_now()/>
                </label>
                <label>
                    <span>{words.studio().field_tags}</span>
                    <input type="text" prop:value=move || { ed.replaced.track(); ed.tags_text.get_untracked() }
                        on:input=move |e| {
                            let text = event_target_value(&e);
                            ed.tags_text.set(text.clone());
                            ed.edit(|d| d.tags = split_tags(&text));
                        }
                        on:blur=move |_| ed.save_now()/>
                </label>
                <label>
                    <span>{words.studio().field_lang}</span>
                    <select prop:value=field(|d| d.lang.tag().to_owned())
                        on:change=move |e| {
                            let lang = event_target_value(&e).parse().unwrap_or_default();
                            ed.edit(|d| d.lang = lang);
                            ed.render_preview();
                        }>
                        <option value="fr">{words.studio().french}</option>
                        <option value="en">{words.studio().english}</option>
                    </select>
                </label>
                <label>
                    <span>{words.studio().field_date}</span>
                    <input type="date" prop:value=field(|d| d.kept.date.clone().unwrap_or_default())
                        aria-describedby=ids::DATE_HINT
                        on:input=move |e| {
                            let date = event_target_value(&e);
                            ed.edit(|d| d.kept.date = (!date.is_empty()).then_some(date));
                        }
                        on:blur=move |_| ed.save_now()/>
                    <small id=ids::DATE_HINT class="field-hint">
                        {move || {
                            let today = files::today().parse().ok()?;
                            Some(match ed.current.with(|d| d.scheduled_for(today)) {
                                Some(day) => words.studio().scheduled(day),
                                None if ed.current.with(|d| d.kept.date.is_none()) => {
                                    words.studio().date_today.to_owned()
                                }
                                None => String::new(),
                            })
                        }}
                    </small>
                </label>
                <label class="summary-field">
                    <span>{words.studio().field_summary}</span>
                    <textarea rows="2" prop:value=field(|d| d.summary.clone())
                        on:input=move |e| ed.edit(|d| d.summary = event_target_value(&e))
                        on:blur=move |_| ed.save_now()></textarea>
                </label>
            </div>

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
            </div>
            <History ed/>
        </div>
    }
}

/// The formatting buttons over the text area, with their shortcuts.
#[component]
fn Toolbar(ed: Ed) -> impl IntoView {
    let words = ed.words;
    let buttons = [
        (Format::Bold, words.studio().bold, "B", "Ctrl+B"),
        (Format::Italic, words.studio().italic, "I", "Ctrl+I"),
        (Format::Link, words.studio().link, "[ ]", "Ctrl+K"),
        (Format::Heading, words.studio().heading, "H", "Ctrl+Alt+2"),
        (Format::List, words.studio().list, "•", "Ctrl+Shift+8"),
        (Format::Quote, words.studio().quote, "❝", "Ctrl+Shift+9"),
        (Format::Code, words.studio().code, "</>", "Ctrl+E"),
    ];
    view! {
        <div class="toolbar" role="toolbar" aria-label=words.studio().formatting>
            {buttons
                .into_iter()
                .map(|(format, label, glyph, keys)| view! {
                    <button
                        type="button"
                        aria-label=label
                        title=format!("{label} ({keys})")
                        aria-keyshortcuts=keys.replace("Ctrl", "Control")
                        // Keep the text area's selection: act on mousedown, not focus.
                        on:mousedown=move |e| {
                            e.prevent_default();
                            ed.format(format);
                        }
                        on:click=move |e| {
                            // Keyboard activation (Enter, Space) arrives as a click only.
                            if e.detail() == 0 {
                                ed.format(format);
                            }
                        }
                    >
                        <span aria-hidden="true">{glyph}</span>
                    </button>
                })
                .collect_view()}
        </div>
    }
}

/// The draft's revisions, newest first, each restorable.
#[component]
fn History(ed: Ed) -> impl IntoView {
    let (lang, words) = use_ui();
    let open = RwSignal::new(false);
    let list = move || {
        ed.history.track();
        let id = ed.current.with_untracked(|d| d.id.clone());
        let mut list = studio::revisions(&id, ed.reader).list;
        list.reverse();
        list
    };
    view! {
        <details class="history" on:toggle=move |e| open.set(event_target::<web_sys::HtmlDetailsElement>(&e).open())>
            <summary>{words.studio().history}</summary>
            {move || open.get().then(|| {
                let list = list();
                if list.is_empty() {
                    view! { <p>{words.studio().no_history}</p> }.into_any()
                } else {
                    view! {
                        <ol>
                            {list.into_iter().map(|revision| {
                                let draft = revision.draft.clone();
                                view! {
                                    <li>
                                        <time>{local_date_time(revision.at, lang)}</time>
                                        " · " {words.studio().reason(revision.reason)}
                                        " · " <span lang=draft.lang.tag()>{display_title(&draft, words.studio().untitled)}</span>
                                        " · " {words.studio().word_count(word_count(&draft.body))}
                                        <button type="button" on:click=move |_| ed.restore(&draft)>{words.studio().restore_version}</button>
                                    </li>
                                }
                            }).collect_view()}
                        </ol>
                    }
                    .into_any()
                }
            })}
        </details>
    }
}

fn split_tags(text: &str) -> Vec<String> {
    text.split(',')
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .collect()
}

impl Ed {
    fn id(self) -> String {
        self.current.with_untracked(|d| d.id.clone())
    }

    /// A change made in the fields: noted, saved shortly, previewed.
    fn edit(self, change: impl FnOnce(&mut Draft)) {
        self.current.update(change);
        self.session.update_value(|s| s.dirty = true);
        if self.status.get_untracked() != Status::Conflict {
            self.status.set(Status::Pending);
        }
        self.schedule_save();
        self.schedule_preview();
    }

    fn schedule_save(self) {
        self.session.update_value(|s| {
            if let Some(timer) = s.save_timer.take() {
                timer.clear();
            }
        });
        let timer = set_timeout_with_handle(move || self.save_now(), SAVE_AFTER).ok();
        self.session.update_value(|s| s.save_timer = timer);
    }

    /// Writes the text now, if it changed; never over another tab's newer save, even one
    /// made at the same instant ([`studio::save`] waits for its claim on the revision).
    fn save_now(self) {
        self.save(false);
    }

    /// The same, at once: the page is being hidden or left, and an answer that comes
    /// later might never be used.
    fn save_before_leaving(self) {
        self.save(true);
    }

    fn save(self, at_once: bool) {
        if self.current.is_disposed() {
            return;
        }
        let Some(dirty) = self.session.try_update_value(|s| {
            if let Some(timer) = s.save_timer.take() {
                timer.clear();
            }
            s.dirty
        }) else {
            return;
        };
        if !dirty {
            return;
        }
        let ours = self.current.get_untracked();
        if self.conflict.with_untracked(Option::is_some) {
            // Until the writer chooses, every keystroke is kept as a revision.
            if let Err(problem) =
                studio::keep_revision(&ours.id, &ours, Reason::ConflictCopy, self.reader)
            {
                self.status.set(Status::Failed(problem));
            }
            self.history.update(|n| *n += 1);
            return;
        }
        let base = self.session.with_value(|s| s.base);
        if at_once {
            let outcome = studio::save_at_once(&ours, base, self.reader);
            self.after_save(outcome);
            return;
        }
        // One save at a time in a tab: one asked for meanwhile follows it, from its revision.
        let busy = self
            .session
            .try_update_value(|s| std::mem::replace(&mut s.saving, true));
        if busy != Some(false) {
            self.session.update_value(|s| s.again = true);
            return;
        }
        studio::save(ours, base, self.reader, move |outcome| {
            let Some(again) = self.session.try_update_value(|s| {
                s.saving = false;
                std::mem::take(&mut s.again)
            }) else {
                // The editor is gone; the text was written all the same.
                return;
            };
            self.after_save(outcome);
            if again {
                self.save_now();
            }
        });
    }

    fn after_save(self, outcome: Saved) {
        match outcome {
            Saved::Written(draft) => {
                // Text typed while the save waited for its answer is still to be saved.
                let dirty = !self.current.with_untracked(|d| d.same_text(&draft));
                self.session.update_value(|s| {
                    s.base = draft.revision;
                    s.dirty = dirty;
                });
                self.current.update_untracked(|d| {
                    d.revision = draft.revision;
                    d.updated = draft.updated;
                });
                self.saved_at.set(draft.updated);
                self.status.set(Status::Saved);
            }
            Saved::Conflict(theirs) => {
                self.conflict.set(Some(*theirs));
                self.status.set(Status::Conflict);
            }
            Saved::Failed(problem) => self.status.set(Status::Failed(problem)),
        }
        self.history.update(|n| *n += 1);
    }

    /// Another tab wrote this draft.
    fn on_other_tab(self) {
        let Some(theirs) = studio::load(&self.id(), self.reader) else {
            return;
        };
        let (base, dirty) = self.session.with_value(|s| (s.base, s.dirty));
        if theirs.revision == base {
            return;
        }
        if dirty || self.conflict.with_untracked(Option::is_some) {
            // Our unsaved text meets theirs: the save finds the conflict and keeps both.
            // A conflict shown already now shows their latest text.
            if self.conflict.with_untracked(Option::is_some) {
                self.conflict.set(Some(theirs));
            }
            self.save_now();
        } else {
            self.adopt(theirs);
            self.notice
                .set(Some(self.words.studio().updated_elsewhere.to_owned()));
        }
    }

    /// Shows `theirs` in the fields, as the stored text this tab now builds on.
    fn adopt(self, theirs: Draft) {
        self.session.update_value(|s| {
            s.base = theirs.revision;
            s.dirty = false;
        });
        self.tags_text.set(theirs.tags.join(", "));
        self.saved_at.set(theirs.updated);
        self.current.set(theirs);
        self.replaced.notify();
        self.conflict.set(None);
        self.status.set(Status::Saved);
        self.render_preview();
    }

    fn keep_mine(self) {
        let Some(theirs) = self.conflict.get_untracked() else {
            return;
        };
        let ours = self.current.get_untracked();
        studio::save_over(ours, theirs, self.reader, move |outcome| {
            if self.current.is_disposed() {
                return;
            }
            if matches!(outcome, Saved::Written(_)) {
                self.conflict.set(None);
            }
            self.after_save(outcome);
        });
    }

    fn take_theirs(self) {
        let Some(theirs) = self.conflict.get_untracked() else {
            return;
        };
        let ours = self.current.get_untracked();
        if let Err(problem) =
            studio::keep_revision(&ours.id, &ours, Reason::ConflictCopy, self.reader)
        {
            self.status.set(Status::Failed(problem));
            return;
        }
        // The other tab may have saved again since the conflict was found.
        let latest = studio::load(&theirs.id, self.reader).unwrap_or(theirs);
        self.adopt(latest);
        self.history.update(|n| *n += 1);
    }

    /// Puts a revision's text back, keeping the current one as a revision first.
    fn restore(self, revision: &Draft) {
        let ours = self.current.get_untracked();
        if let Err(problem) =
            studio::keep_revision(&ours.id, &ours, Reason::BeforeRestore, self.reader)
        {
            self.status.set(Status::Failed(problem));
            return;
        }
        self.tags_text.set(revision.tags.join(", "));
        self.edit(|d| {
            d.title = revision.title.clone();
            d.author = revision.author.clone();
            d.tags = revision.tags.clone();
            d.summary = revision.summary.clone();
            d.lang = revision.lang;
            d.body = revision.body.clone();
            d.kept = revision.kept.clone();
        });
        self.replaced.notify();
        self.save_now();
        self.render_preview();
    }

    fn schedule_preview(self) {
        let cost = self.session.with_value(|s| s.preview_cost);
        let delay = if cost < FRAME_BUDGET_MS { 0 } else { 300 };
        self.session.update_value(|s| {
            if let Some(timer) = s.preview_timer.take() {
                timer.clear();
            }
        });
        let timer =
            set_timeout_with_handle(move || self.render_preview(), Duration::from_millis(delay))
                .ok();
        self.session.update_value(|s| s.preview_timer = timer);
    }

    /// Renders the preview with the function posts are rendered with, and counts words.
    fn render_preview(self) {
        if self.current.is_disposed() {
            return;
        }
        let started = now_ms();
        let (mut html, words) = self.current.with_untracked(|d| {
            let page_path = href(&Route::Draft(&d.id).path());
            let options = RenderOptions {
                lang: d.lang,
                page_path: &page_path,
                image_sizes: &[],
            };
            (render(&d.body, &options), word_count(&d.body))
        });
        html = studio::show_kept_images(&self.id(), html);
        self.preview.set(html);
        self.word_total.set(words);
        let cost = now_ms() - started;
        self.session.try_update_value(|s| s.preview_cost = cost);
    }

    /// Ctrl/Cmd shortcuts for the formatting commands.
    fn shortcut(self, e: ev::KeyboardEvent) {
        if !(e.ctrl_key() || e.meta_key()) {
            return;
        }
        let format = match (e.alt_key(), e.shift_key(), e.code().as_str()) {
            (false, false, "KeyB") => Format::Bold,
            (false, false, "KeyI") => Format::Italic,
            (false, false, "KeyK") => Format::Link,
            (false, false, "KeyE") => Format::Code,
            (true, false, "Digit2") => Format::Heading,
            (false, true, "Digit8") => Format::List,
            (false, true, "Digit9") => Format::Quote,
            _ => return,
        };
        e.prevent_default();
        self.format(format);
    }

    /// Applies a formatting command to the text area's selection, as an edit the browser's
    /// own undo can take back.
    fn format(self, format: Format) {
        let Some(area) = self.textarea.get_untracked() else {
            return;
        };
        let text = area.value();
        let start = byte_offset(
            &text,
            area.selection_start().ok().flatten().unwrap_or(0) as usize,
        );
        let end = byte_offset(
            &text,
            area.selection_end().ok().flatten().unwrap_or(0) as usize,
        );
        let edit = apply(format, &text, start, end);
        replace_text(&area, &text, edit.start, edit.end, &edit.insert);
        let mut after = text.clone();
        after.replace_range(edit.start..edit.end, &edit.insert);
        let _ = area.set_selection_range(
            utf16_offset(&after, edit.select.0) as u32,
            utf16_offset(&after, edit.select.1) as u32,
        );
        let _ = area.focus();
    }

    /// Takes image files pasted or dropped into the text: each is shrunk in the browser
    /// (upright, at most 2,400 px, without metadata: [`photos::prepare`]), then a reference
    /// to `images/<name>` is inserted and the file kept for this visit only. Returns
    /// whether there were any.
    fn take_images(self, files: &web_sys::FileList) -> bool {
        let images: Vec<File> = (0..files.length())
            .filter_map(|i| files.get(i))
            .filter(|f| f.type_().starts_with("image/"))
            .collect();
        let any = !images.is_empty();
        leptos::task::spawn_local(async move {
            for file in images {
                let name = image_file_name(&file.name());
                let prepared = match photos::prepare(file, &name).await {
                    Ok(prepared) => prepared,
                    Err(e) => {
                        leptos::logging::warn!("image not read: {e:?}");
                        self.notice
                            .set(Some(self.words.studio().image_unreadable(&name)));
                        continue;
                    }
                };
                let Some(area) = self.textarea.get_untracked() else {
                    return;
                };
                let name = prepared.name;
                let studio = self.words.studio();
                let shrunk = prepared.shrunk.map(|(before, after)| {
                    studio.image_shrunk(&name, before, after, prepared.position)
                });
                let kept = studio.image_kept(&name);
                let said = shrunk
                    .as_ref()
                    .map_or(kept.clone(), |s| format!("{s} {kept}"));
                studio::keep_image(&self.id(), &name, prepared.file, shrunk);
                let text = area.value();
                let at = byte_offset(
                    &text,
                    area.selection_end().ok().flatten().unwrap_or(0) as usize,
                );
                replace_text(&area, &text, at, at, &format!("![](images/{name})"));
                self.notice.set(Some(said));
            }
        });
        any
    }

    /// Downloads the draft as a post file, and the images kept for it.
    fn export(self) {
        self.save_now();
        let draft = self.current.get_untracked();
        // The build refuses a post without them: say so now rather than at publication.
        if draft.title.trim().is_empty() || draft.author.trim().is_empty() {
            self.notice
                .set(Some(self.words.studio().export_needs.to_owned()));
            return;
        }
        let Ok(today) = files::today().parse::<Date>() else {
            return;
        };
        let file = draft.to_markdown(today);
        if let Err(e) = files::download(&draft.file_name(), "text/markdown", &file) {
            leptos::logging::warn!("export failed: {e:?}");
        }
        for image in studio::images(&draft.id) {
            if let Err(e) = files::download_blob(&image.name, &image.file) {
                leptos::logging::warn!("image export failed: {e:?}");
            }
        }
    }
}

/// Replaces `start..end` (bytes) of the text area's `text` with `insert` through the
/// browser's editing commands, so that Ctrl+Z undoes it; the `input` event follows.
fn replace_text(area: &HtmlTextAreaElement, text: &str, start: usize, end: usize, insert: &str) {
    let _ = area.focus();
    let _ = area.set_selection_range(
        utf16_offset(text, start) as u32,
        utf16_offset(text, end) as u32,
    );
    let done = document()
        .dyn_into::<HtmlDocument>()
        .ok()
        .and_then(|d| {
            d.exec_command_with_show_ui_and_value("insertText", false, insert)
                .ok()
        })
        .unwrap_or(false);
    if !done {
        let _ = area.set_range_text(insert);
        if let Ok(input) = web_sys::Event::new("input") {
            let _ = area.dispatch_event(&input);
        }
    }
}

/// A file name fit for `posts/images/`: the name slugged, its extension kept.
fn image_file_name(name: &str) -> String {
    let (stem, ext) = name.rsplit_once('.').unwrap_or((name, "png"));
    let stem = slugify(stem);
    let stem = if stem.is_empty() {
        "image".to_owned()
    } else {
        stem
    };
    format!("{stem}.{}", ext.to_ascii_lowercase())
}

fn now_ms() -> f64 {
    window().performance().map_or(0.0, |p| p.now())
}
