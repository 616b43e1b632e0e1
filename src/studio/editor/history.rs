//! The draft's revisions, newest first, each restorable (kept by [`crate::studio::store`]).

use super::Ed;
use crate::i18n::use_ui;
use crate::site::local_date_time;
use crate::studio::drafts::display_title;
use crate::studio::store;
use carnet_studio::draft::{Draft, Reason};
use carnet_text::reading::word_count;
use leptos::prelude::*;

/// The draft's revisions, newest first, each restorable.
#[component]
pub(super) fn History(ed: Ed) -> impl IntoView {
    let (lang, words) = use_ui();
    let open = RwSignal::new(false);
    let list = move || {
        ed.history.track();
        let id = ed.current.with_untracked(|d| d.id.clone());
        let mut list = store::revisions(&id, ed.reader).list;
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

impl Ed {
    /// Puts a revision's text back, keeping the current one as a revision first.
    fn restore(self, revision: &Draft) {
        let kept = self.current.with_untracked(|ours| {
            store::keep_revision(&ours.id, ours, Reason::BeforeRestore, self.reader)
        });
        if let Err(problem) = kept {
            self.failed(problem);
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
}
