//! The editor's autosave in the browser: its timer, the writes ([`crate::studio::store`]) and
//! the other tabs' storage events, each doing what the rules ([`Autosave`]) answer.

use super::Ed;
use crate::studio::store;
use carnet_store::StorageProblem;
use carnet_studio::autosave::{Autosave, OtherTab, Saved, When, Write};
use carnet_studio::draft::{Draft, Reason};
use leptos::prelude::*;
use std::time::Duration;

/// Changes wait this long for the next keystroke before they are written.
const SAVE_AFTER: Duration = Duration::from_millis(400);

impl Ed {
    pub(super) fn schedule_save(self) {
        self.session.update_value(|s| {
            if let Some(timer) = s.save_timer.take() {
                timer.clear();
            }
        });
        let timer = set_timeout_with_handle(move || self.save_now(), SAVE_AFTER).ok();
        self.session.update_value(|s| s.save_timer = timer);
    }

    /// Writes the text now, if it changed; never over another tab's newer save, even one
    /// made at the same instant ([`store::save`] waits for its claim on the revision).
    pub(super) fn save_now(self) {
        self.save(When::Soon);
    }

    /// The same, at once: the page is being hidden or left, and an answer that comes
    /// later might never be used.
    pub(super) fn save_before_leaving(self) {
        self.save(When::AtOnce);
    }

    fn save(self, when: When) {
        if self.current.is_disposed() {
            return;
        }
        let Some(write) = self.session.try_update_value(|s| {
            if let Some(timer) = s.save_timer.take() {
                timer.clear();
            }
            s.autosave.save(when)
        }) else {
            return;
        };
        match write {
            Write::Nothing => {}
            Write::KeepCopy => {
                let kept = self.current.with_untracked(|ours| {
                    store::keep_revision(&ours.id, ours, Reason::ConflictCopy, self.reader)
                });
                if let Err(problem) = kept {
                    self.failed(problem);
                }
                self.history.update(|n| *n += 1);
            }
            Write::AtOnce { base } => {
                let outcome = self
                    .current
                    .with_untracked(|ours| store::save_at_once(ours, base, self.reader));
                self.after_save(outcome, Autosave::saved);
            }
            Write::Soon { base } => {
                store::save(
                    self.current.get_untracked(),
                    base,
                    self.reader,
                    move |outcome| {
                        if self.current.is_disposed() {
                            // The editor is gone; the text was written all the same.
                            return;
                        }
                        if self.after_save(outcome, Autosave::answered) == Some(true) {
                            self.save_now();
                        }
                    },
                );
            }
        }
    }

    /// Takes a write's `outcome`: the text's new revision, then the autosave (`tell`), then
    /// the page.
    fn after_save<R>(
        self,
        outcome: Saved,
        tell: impl FnOnce(&mut Autosave, Saved, &Draft) -> R,
    ) -> Option<R> {
        if let Saved::Written(draft) = &outcome {
            self.current.update_untracked(|d| {
                d.revision = draft.revision;
                d.updated = draft.updated;
            });
            self.saved_at.set(draft.updated);
        }
        let told = self.current.with_untracked(|ours| {
            self.session
                .try_update_value(|s| tell(&mut s.autosave, outcome, ours))
        });
        self.sync();
        self.history.update(|n| *n += 1);
        told
    }

    /// The browser refused to keep a revision.
    pub(super) fn failed(self, problem: StorageProblem) {
        self.session.update_value(|s| s.autosave.failed(problem));
        self.sync();
    }

    /// Shows where the autosave stands (only what changed: a keystroke redraws nothing).
    pub(super) fn sync(self) {
        let Some((status, conflicted)) = self.session.try_with_value(|s| {
            let autosave = &s.autosave;
            (autosave.status().clone(), autosave.conflict().is_some())
        }) else {
            return;
        };
        if self.status.with_untracked(|shown| *shown != status) {
            self.status.set(status);
        }
        if self.conflicted.get_untracked() != conflicted {
            self.conflicted.set(conflicted);
        }
    }

    /// Another tab wrote this draft.
    pub(super) fn on_other_tab(self) {
        let Some(theirs) = store::load(&self.id(), self.reader) else {
            return;
        };
        match self
            .session
            .try_update_value(|s| s.autosave.other_tab(theirs))
        {
            None | Some(OtherTab::Seen) => {}
            Some(OtherTab::Save) => self.save_now(),
            Some(OtherTab::Adopt(theirs)) => {
                self.adopt(*theirs);
                self.notice
                    .set(Some(self.words.studio().updated_elsewhere.to_owned()));
            }
        }
    }

    /// Shows `theirs` in the fields, as the stored text this tab now builds on.
    fn adopt(self, theirs: Draft) {
        self.session.update_value(|s| s.autosave.adopted(&theirs));
        self.tags_text.set(theirs.tags.join(", "));
        self.saved_at.set(theirs.updated);
        self.current.set(theirs);
        self.replaced.notify();
        self.sync();
        self.render_preview();
    }

    /// The other tab's text, while a conflict is shown.
    fn theirs(self) -> Option<Draft> {
        self.session.with_value(|s| s.autosave.conflict().cloned())
    }

    /// In a conflict, the writer keeps the text of this tab.
    pub(super) fn keep_mine(self) {
        let Some(theirs) = self.theirs() else {
            return;
        };
        let ours = self.current.get_untracked();
        store::save_over(ours, theirs, self.reader, move |outcome| {
            if self.current.is_disposed() {
                return;
            }
            self.after_save(outcome, Autosave::kept_mine);
        });
    }

    /// In a conflict, the writer takes the other tab's text; hers is kept as a revision.
    pub(super) fn take_theirs(self) {
        let Some(theirs) = self.theirs() else {
            return;
        };
        let kept = self.current.with_untracked(|ours| {
            store::keep_revision(&ours.id, ours, Reason::ConflictCopy, self.reader)
        });
        if let Err(problem) = kept {
            self.failed(problem);
            return;
        }
        // The other tab may have saved again since the conflict was found.
        let latest = store::load(&theirs.id, self.reader).unwrap_or(theirs);
        self.adopt(latest);
        self.history.update(|n| *n += 1);
    }
}
