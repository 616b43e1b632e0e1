//! The editor's autosave and its rules for two tabs on one draft, without I/O: the editor
//! tells an [`Autosave`] what happened (a keystroke, a save's answer, another tab's write)
//! and does what it answers (write, keep a copy, show the other tab's text). The writes
//! themselves, the timers and the page are the app's.
//!
//! The rules: a change is written shortly after it is typed, and at once when the page is
//! hidden or left; one write at a time in a tab (a change typed meanwhile is written after
//! it, from its revision); no tab writes over a revision it has not seen: the save finds
//! the conflict, keeps this tab's text as a revision and shows both until the writer
//! chooses; while the conflict is shown, every change is kept as a revision; a tab with
//! nothing unsaved follows the other tab's text.

use crate::draft::Draft;
use carnet_store::StorageProblem;

#[cfg(test)]
mod tests;

/// What happened to a write of the draft.
#[derive(Clone, Debug, PartialEq)]
#[allow(
    clippy::large_enum_variant,
    reason = "made once per save and matched at once: a box would only add an allocation"
)]
pub enum Saved {
    /// Written as this revision.
    Written(Draft),
    /// Another tab saved since this tab's revision: nothing was written over it; this
    /// tab's text was kept as a revision. Holds the other tab's draft.
    Conflict(Box<Draft>),
    /// The browser refused the write; what was stored is untouched.
    Failed(StorageProblem),
}

/// Where the text stands with storage, as the editor says it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Status {
    /// Written (the editor shows when).
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
    pub fn name(&self) -> &'static str {
        match self {
            Status::Saved => "saved",
            Status::Pending => "pending",
            Status::Failed(_) => "failed",
            Status::Conflict => "conflict",
        }
    }
}

/// When a save is asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    /// After a pause in the typing, on leaving a field: the write may wait for this tab's
    /// claim on the next revision, and its answer comes later.
    Soon,
    /// The page is being hidden or left: written at once, as an answer that comes later
    /// might never be used.
    AtOnce,
}

/// What the editor does for a save it asked for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Write {
    /// Nothing to write: the text is as stored, or a write is under way (the next one
    /// follows its answer).
    Nothing,
    /// Write the text, based on `base`; the answer goes to [`Autosave::answered`].
    Soon { base: u64 },
    /// Write the text at once, based on `base`; the answer goes to [`Autosave::saved`].
    AtOnce { base: u64 },
    /// A conflict is shown: keep the text as a conflict copy among the revisions (a
    /// refusal goes to [`Autosave::failed`]), write nothing.
    KeepCopy,
}

/// What the editor does when another tab wrote the draft.
#[derive(Clone, Debug, PartialEq)]
pub enum OtherTab {
    /// This tab had seen that revision already.
    Seen,
    /// This tab has unsaved text (or shows a conflict): save it, which finds the conflict
    /// and keeps both texts.
    Save,
    /// Nothing unsaved here: show the other tab's text, and say it came from elsewhere.
    Adopt(Box<Draft>),
}

/// One tab's autosave of one draft.
#[derive(Clone, Debug)]
pub struct Autosave {
    /// The stored revision this tab's text is based on.
    base: u64,
    /// The text changed since it was last written.
    dirty: bool,
    /// A write waits for its answer.
    writing: bool,
    /// Another save was asked for meanwhile.
    again: bool,
    status: Status,
    /// The other tab's text, while a conflict is shown.
    theirs: Option<Draft>,
}

impl Autosave {
    /// The autosave of `draft` as it was just read from storage.
    pub fn new(draft: &Draft) -> Self {
        Autosave {
            base: draft.revision,
            dirty: false,
            writing: false,
            again: false,
            status: Status::Saved,
            theirs: None,
        }
    }

    /// Where the text stands.
    pub fn status(&self) -> &Status {
        &self.status
    }

    /// The other tab's text, while the conflict is shown.
    pub fn conflict(&self) -> Option<&Draft> {
        self.theirs.as_ref()
    }

    /// The stored revision this tab's text is based on.
    pub fn base(&self) -> u64 {
        self.base
    }

    /// The writer changed the text.
    pub fn edited(&mut self) {
        self.dirty = true;
        if self.status != Status::Conflict {
            self.status = Status::Pending;
        }
    }

    /// A save is due (`when`): what to write.
    pub fn save(&mut self, when: When) -> Write {
        if !self.dirty {
            return Write::Nothing;
        }
        if self.theirs.is_some() {
            // Until the writer chooses, every change is kept as a revision.
            return Write::KeepCopy;
        }
        match when {
            When::AtOnce => Write::AtOnce { base: self.base },
            When::Soon if self.writing => {
                self.again = true;
                Write::Nothing
            }
            When::Soon => {
                self.writing = true;
                Write::Soon { base: self.base }
            }
        }
    }

    /// The answer to a [`Write::Soon`], `ours` being the text now in the editor. Returns
    /// whether another save was asked for meanwhile: ask again.
    pub fn answered(&mut self, outcome: Saved, ours: &Draft) -> bool {
        self.writing = false;
        self.saved(outcome, ours);
        std::mem::take(&mut self.again)
    }

    /// The outcome of a write, `ours` being the text now in the editor.
    pub fn saved(&mut self, outcome: Saved, ours: &Draft) {
        match outcome {
            Saved::Written(draft) => {
                // Text typed while the write waited for its answer is still to be saved.
                self.dirty = !ours.same_text(&draft);
                self.base = draft.revision;
                self.status = Status::Saved;
            }
            Saved::Conflict(theirs) => {
                self.theirs = Some(*theirs);
                self.status = Status::Conflict;
            }
            Saved::Failed(problem) => self.status = Status::Failed(problem),
        }
    }

    /// The browser refused to keep a revision (a conflict copy, the text before a restore).
    pub fn failed(&mut self, problem: StorageProblem) {
        self.status = Status::Failed(problem);
    }

    /// Another tab wrote the draft, which now reads `theirs`.
    pub fn other_tab(&mut self, theirs: Draft) -> OtherTab {
        if theirs.revision == self.base {
            return OtherTab::Seen;
        }
        if self.theirs.is_some() {
            // A conflict shown already now shows their latest text.
            self.theirs = Some(theirs);
            return OtherTab::Save;
        }
        if self.dirty {
            return OtherTab::Save;
        }
        OtherTab::Adopt(Box::new(theirs))
    }

    /// The editor now shows `theirs`, the stored text: this tab builds on it.
    pub fn adopted(&mut self, theirs: &Draft) {
        self.base = theirs.revision;
        self.dirty = false;
        self.theirs = None;
        self.status = Status::Saved;
    }

    /// The outcome of writing this tab's text over the other's (the writer kept hers).
    pub fn kept_mine(&mut self, outcome: Saved, ours: &Draft) {
        if matches!(outcome, Saved::Written(_)) {
            self.theirs = None;
        }
        self.saved(outcome, ours);
    }
}
